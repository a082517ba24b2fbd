"""Qt's own words (standard buttons, the file dialog, text menus) in Vietnamese, which Qt
does not ship: a translator installed beside Qt's qtbase_zh_CN/zh_TW, so no English
"Cancel" or file dialog reaches a Vietnamese user."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_BUTTONS = {
    "OK": "Đồng ý", "&OK": "&Đồng ý", "Cancel": "Hủy", "&Cancel": "&Hủy", "Save": "Lưu",
    "&Save": "&Lưu", "Open": "Mở", "&Open": "&Mở", "Close": "Đóng", "&Close": "Đó&ng",
    "Yes": "Có", "&Yes": "&Có", "No": "Không", "&No": "&Không", "Yes to &All": "Có với tất cả",
    "N&o to All": "Không với tất cả", "Apply": "Áp dụng", "Reset": "Đặt lại",
    "Help": "Trợ giúp", "Discard": "Bỏ", "Don't Save": "Không lưu", "Close without Saving":
    "Đóng không lưu", "Abort": "Dừng", "Retry": "Thử lại", "Ignore": "Bỏ qua",
    "Restore Defaults": "Khôi phục mặc định", "Save All": "Lưu tất cả",
    "Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…",
}

_FILES = {
    "&Look in:": "&Tìm trong:", "File &name:": "Tên &tệp:", "Files of &type:": "&Loại tệp:",
    "Look in:": "Tìm trong:", "File name:": "Tên tệp:", "Files of type:": "Loại tệp:",
    "Directory:": "Thư mục:", "Save As": "Lưu thành", "Back": "Quay lại",
    "Forward": "Tiến tới", "Parent Directory": "Thư mục cha",
    "Create New Folder": "Tạo thư mục mới", "List View": "Xem danh sách",
    "Detail View": "Xem chi tiết", "All Files (*)": "Mọi tệp (*)", "Name": "Tên",
    "Size": "Cỡ", "Type": "Loại", "Kind": "Loại", "Date Modified": "Ngày sửa",
    "Recent Places": "Nơi gần đây", "My Computer": "Máy tính", "Computer": "Máy tính",
    "New Folder": "Thư mục mới", "&New Folder": "Thư mục &mới", "&Delete": "&Xóa",
    "&Rename": "Đổi &tên", "Show &hidden files": "Hiện tệp ẩ&n", "&Choose": "&Chọn",
    "Folder": "Thư mục", "File": "Tệp", "Drive": "Ổ đĩa", "Unknown": "Không rõ",
    "Go back": "Quay lại", "Go forward": "Tiến tới", "Go to the parent directory":
    "Đến thư mục cha", "Create a New Folder": "Tạo thư mục mới",
    "Change to list view mode": "Xem dạng danh sách",
    "Change to detail view mode": "Xem dạng chi tiết",
    "%1 already exists.\nDo you want to replace it?":
        "%1 đã có.\nQuý vị có muốn thay thế không?",
    "Are you sure you want to delete '%1'?": "Quý vị có chắc muốn xóa '%1' không?",
    "%1\nFile not found.\nPlease verify the correct file name was given.":
        "%1\nKhông tìm thấy tệp.\nVui lòng kiểm tra lại tên tệp.",
    "Sidebar": "Thanh bên", "Files": "Tệp",
}

_EDIT = {
    "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "Cắ&t", "&Copy": "&Chép",
    "&Paste": "&Dán", "Delete": "Xóa", "Select All": "Chọn tất cả",
    "Copy &Link Location": "Chép địa chỉ liên kết",
}

# Qt's translation contexts that show these words (Qt 6).
VI: dict[str, dict[str, str]] = {
    "QPlatformTheme": _BUTTONS, "QDialogButtonBox": _BUTTONS, "QMessageBox": _BUTTONS,
    "QFileDialog": {**_BUTTONS, **_FILES}, "QFileSystemModel": _FILES,
    "QFileDialogTreeView": _FILES, "QSidebar": _FILES,
    "QLineEdit": _EDIT, "QWidgetTextControl": _EDIT, "QTextControl": _EDIT,
    "QInputDialog": _BUTTONS, "QColorDialog": _BUTTONS, "QErrorMessage": _BUTTONS,
}


class QtTexts(QTranslator):
    """A translator from a table: Qt asks it for (context, text) and gets our words."""

    def __init__(self, table: dict[str, dict[str, str]], parent=None):
        super().__init__(parent)
        self.table = table

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        ctx = context.decode() if isinstance(context, bytes) else str(context or "")
        return self.table.get(ctx, {}).get(source)  # None: not ours, Qt keeps looking

# What Qt's own qtbase_zh_CN / qtbase_zh_TW leave in English (Qt 6's file dialog).
ZH: dict[str, dict[str, dict[str, str]]] = {
    "zh_CN": {"QFileDialog": {"&Look in:": "查找范围(&L)：", "Files of &type:": "文件类型(&T)："}},
    "zh_TW": {"QFileDialog": {"&Look in:": "查詢範圍(&L)：", "Files of &type:": "檔案類型(&T)："}},
}


def table(lang: str) -> dict[str, dict[str, str]]:
    """Our words for Qt's texts in `lang` (all of them for vi; the gaps for zh)."""
    return VI if lang == "vi" else ZH.get(lang, {})
