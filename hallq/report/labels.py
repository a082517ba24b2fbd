"""Every word of the daily report (PDF and CSV), per language: vi, zh_CN, zh_TW, en (no Qt);
its longer sentences are in hallq.report.sentences."""

from __future__ import annotations

from datetime import date

from hallq.domain import LANGUAGES
from hallq.report.sentences import SENTENCES

# Each word once, in every language of hallq.domain.LANGUAGES, in its order: vi, zh_CN, zh_TW, en.
WORDS: dict[str, tuple[str, str, str, str]] = {
    "left_at_close": (
        "Chưa phục vụ khi hết giờ",
        "闭厅时未办理",
        "閉廳時未辦理",
        "Left waiting at close",
    ),
    "still_waiting": ("Còn đang chờ", "仍在等候", "仍在等候", "Still waiting"),
    "as_of": ("tính đến {t}", "截至 {t}", "截至 {t}", "as of {t}"),
    "c_issued": ("Phát", "取号", "取號", "Issued"),
    "c_in": ("Nhận", "转入", "轉入", "In"),
    "c_out": ("Chuyển", "转出", "轉出", "Out"),
    "c_called": ("Đã gọi", "叫号", "叫號", "Called"),
    "c_served": ("Phục vụ", "办结", "辦結", "Served"),
    "c_no_shows": ("Vắng", "过号", "過號", "No-show"),
    "c_mean_wait": ("Chờ TB", "平均等候", "平均等候", "Mean wait"),
    "c_p90": ("Chờ P90", "P90等候", "P90等候", "P90 wait"),
    "c_within": ("Đạt MT", "达标率", "達標率", "Within target"),
    "c_service_time": ("TG PV", "办理时长", "辦理時長", "Service time"),
    "c_rating": ("Điểm", "评分", "評分", "Rating"),
    "title": ("Báo cáo hoạt động ngày", "每日服务报告", "每日服務報告", "Daily report"),
    "generated": ("Lập lúc", "生成时间", "產生時間", "Generated"),
    "page": ("Trang {n}", "第 {n} 页", "第 {n} 頁", "Page {n}"),
    "issued": ("Số phiếu đã phát", "取号数", "取號數", "Tickets issued"),
    "served": ("Đã phục vụ", "已办结", "已辦結", "Served"),
    "no_shows": ("Vắng mặt", "过号未到", "過號未到", "No-shows"),
    "cancelled": ("Đã hủy", "已取消", "已取消", "Cancelled"),
    "transfers": ("Chuyển nghiệp vụ", "转办", "轉辦", "Transfers"),
    "mean_wait": ("Thời gian chờ trung bình", "平均等候时间", "平均等候時間", "Mean wait"),
    "p90_wait": (
        "90% khách chờ không quá",
        "90%客户等候不超过",
        "90%客戶等候不超過",
        "90% waited at most",
    ),
    "within_target": (
        "Đạt thời gian chờ mục tiêu",
        "目标时间内叫号比例",
        "目標時間內叫號比例",
        "Within target wait",
    ),
    "mean_rating": ("Điểm hài lòng TB", "平均满意度", "平均滿意度", "Mean rating"),
    "response_rate": ("Tỷ lệ khách đánh giá", "评价率", "評價率", "Response rate"),
    "complaints": ("Khiếu nại", "投诉", "投訴", "Complaints"),
    "open_follow_ups": ("Việc cần theo dõi", "待跟进事项", "待跟進事項", "Open follow-ups"),
    "satisfied": ("Hài lòng", "满意率", "滿意率", "Satisfied"),
    "by_service": ("Theo dịch vụ", "按业务", "按業務", "By service"),
    "by_staff": ("Theo nhân viên", "按工作人员", "按工作人員", "By staff member"),
    "by_hour": ("Theo giờ", "按时段", "按時段", "By hour"),
    "ratings": ("Đánh giá của khách hàng", "客户评价", "客戶評價", "Customer ratings"),
    "low_reasons": (
        "Lý do đánh giá thấp",
        "不满意原因",
        "不滿意原因",
        "Reasons given for low ratings",
    ),
    "follow_ups": (
        "Việc cần theo dõi, chưa xử lý",
        "待跟进事项（未办结）",
        "待跟進事項（未辦結）",
        "Notes needing follow-up",
    ),
    "staffing": (
        "Dự kiến số quầy ngày mai",
        "明日窗口配置建议",
        "明日窗口配置建議",
        "Tomorrow's staffing",
    ),
    "comparison": (
        "So sánh với cùng ngày tuần trước",
        "与上周同日对比",
        "與上週同日對比",
        "Compared with the same weekday last week",
    ),
    "service": ("Dịch vụ", "业务", "業務", "Service"),
    "target": ("Mục tiêu", "目标", "目標", "Target"),
    "called": ("Đã gọi", "已叫号", "已叫號", "Called"),
    "transfers_in": ("Chuyển đến", "转入", "轉入", "In"),
    "transfers_out": ("Chuyển đi", "转出", "轉出", "Out"),
    "service_time": ("TG phục vụ", "平均办理时长", "平均辦理時長", "Service time"),
    "rating": ("Điểm", "评分", "評分", "Rating"),
    "staff": ("Nhân viên", "工作人员", "工作人員", "Staff"),
    "hour": ("Giờ", "时段", "時段", "Hour"),
    "arrivals": ("Khách đến", "到达人数", "到達人數", "Arrivals"),
    "counters_open": ("Quầy mở", "开放窗口", "開放窗口", "Counters open"),
    "counters_needed": ("Quầy cần", "所需窗口", "所需窗口", "Counters needed"),
    "ticket": ("Số phiếu", "票号", "票號", "Ticket"),
    "day": ("Ngày", "日期", "日期", "Day"),
    "text": ("Nội dung", "内容", "內容", "Text"),
    "kind": ("Loại", "类型", "類型", "Kind"),
    "figure": ("Chỉ số", "指标", "指標", "Figure"),
    "today": ("Ngày này", "当日", "當日", "This day"),
    "last_week": ("Tuần trước", "上周同日", "上週同日", "Last week"),
    "change": ("Thay đổi", "变化", "變化", "Change"),
    "total": ("Tổng", "合计", "合計", "Total"),
    "count": ("Số lượng", "数量", "數量", "Count"),
    "share": ("Tỷ lệ", "比例", "比例", "Share"),
    "min": ("phút", "分钟", "分鐘", "min"),
    "rated": ("Đã đánh giá", "已评价", "已評價", "Rated"),
    "arrivals_per_hour": (
        "Khách đến theo giờ",
        "各时段到达人数",
        "各時段到達人數",
        "Arrivals per hour",
    ),
    "wait_per_hour": (
        "Thời gian chờ TB theo giờ đến (phút)",
        "各到达时段平均等候（分钟）",
        "各到達時段平均等候（分鐘）",
        "Mean wait by hour of arrival (min)",
    ),
    "open_per_hour": (
        "Số quầy mở (TB trong giờ); số quầy cần ngày mai",
        "开放窗口数（时段平均）；明日所需",
        "開放窗口數（時段平均）；明日所需",
        "Counters open (mean over the hour); tomorrow's need",
    ),
    "none": ("Không có.", "无。", "無。", "None."),
    "audit": ("Thay đổi cấu hình và đăng nhập sai", "设置变更与登录失败", "設定變更與登入失敗",
              "Set-up changes and failed logins"),
    "time": ("Giờ", "时间", "時間", "Time"),
    "who": ("Người thực hiện", "操作人", "操作人", "Who"),
    "what": ("Nội dung", "项目", "項目", "What"),
    "details": ("Cũ → mới", "旧 → 新", "舊 → 新", "Old → new"),
    "device": ("Thiết bị", "设备", "設備", "Device"),
    "counter": ("Quầy", "窗口", "窗口", "Counter"),
    "failures": ("Số lần sai", "失败次数", "失敗次數", "Failures"),
    "locked": ("đã khóa", "已锁定", "已鎖定", "locked"),
    "failed_login": ("Đăng nhập sai", "登录失败", "登入失敗", "Failed login"),
    "what_hall": ("Cài đặt điểm giao dịch", "大厅设置", "大廳設定", "Hall settings"),
    "what_service": ("Dịch vụ", "业务", "業務", "Service"),
    "what_counter": ("Quầy", "窗口", "窗口", "Counter"),
    "what_staff": ("Nhân viên", "工作人员", "工作人員", "Staff"),
    "what_device_added": ("Thêm thiết bị", "添加设备", "新增設備", "Device added"),
    "what_device_revoked": ("Thu hồi thiết bị", "撤销设备", "撤銷設備", "Device revoked"),
    "no_data": (
        "Không có phiếu nào trong ngày này.",
        "当日没有取号记录。",
        "當日沒有取號記錄。",
        "No tickets on this day.",
    ),
    "complaint": ("Khiếu nại", "投诉", "投訴", "Complaint"),
    "request": ("Yêu cầu", "诉求", "訴求", "Request"),
    "very_satisfied": ("Rất hài lòng", "非常满意", "非常滿意", "Very satisfied"),
    "acceptable": ("Chấp nhận được", "一般", "普通", "Acceptable"),
    "unsatisfied": ("Không hài lòng", "不满意", "不滿意", "Unsatisfied"),
    "waited_too_long": ("Chờ quá lâu", "等候时间太长", "等候時間太長", "Waited too long"),
    "staff_attitude": ("Thái độ nhân viên", "服务态度", "服務態度", "Staff attitude"),
    "explanation_unclear": (
        "Giải thích chưa rõ",
        "解释不清楚",
        "解釋不清楚",
        "Explanation unclear",
    ),
    "procedure_complicated": (
        "Thủ tục phức tạp",
        "流程太复杂",
        "流程太複雜",
        "Procedure too complicated",
    ),
    "other": ("Khác", "其他", "其他", "Other"),
    "basis_same_weekday": (
        "Dựa trên {days}: cùng thứ trong bốn tuần gần nhất.",
        "依据：{days}（近四周的同一星期几）。",
        "依據：{days}（近四週的同一星期幾）。",
        "Based on {days}: the same weekday in the last four weeks.",
    ),
    "basis_recent": (
        "Dựa trên các ngày gần nhất có phiếu: {days}.",
        "依据：最近有取号的日期 {days}。",
        "依據：最近有取號的日期 {days}。",
        "Based on the last days with tickets: {days}.",
    ),
    "basis_none": (
        "Không có dữ liệu những ngày gần đây: chưa lập được dự kiến.",
        "近期没有取号数据，无法给出建议。",
        "近期沒有取號資料，無法給出建議。",
        "No recent days with tickets: no plan.",
    ),
    "weekdays": (
        "Thứ Hai,Thứ Ba,Thứ Tư,Thứ Năm,Thứ Sáu,Thứ Bảy,Chủ Nhật",
        "星期一,星期二,星期三,星期四,星期五,星期六,星期日",
        "星期一,星期二,星期三,星期四,星期五,星期六,星期日",
        "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    ),
    "estimate_error": ("Sai số dự báo thời gian chờ", "等候时间预估误差", "等候時間預估誤差",
                       "Wait estimate error"),
    "estimate_mae": ("Sai số dự báo trung bình", "预估平均偏差", "預估平均偏差",
                     "Mean estimate error"),
    "no_last_week": (
        "Cùng ngày tuần trước không có phiếu nào: không có dữ liệu để so sánh.",
        "上周同日没有取号记录：无数据可对比。",
        "上週同日沒有取號記錄：無資料可對比。",
        "No tickets on the same weekday last week: no data to compare."),
    "no_data_short": ("Không có dữ liệu", "无数据", "無資料", "No data"),
    "would_need": ("Cần thực tế", "实际需要", "實際需要", "Would need"),
    "replay_within": ("Đạt mục tiêu (mô phỏng)", "达标率（回放）", "達標率（回放）",
                      "Within target (replayed)"),
    "replay_wait": ("Chờ TB (mô phỏng)", "平均等候（回放）", "平均等候（回放）",
                    "Mean wait (replayed)"),
    "cat_billing": ("Hóa đơn và thanh toán", "账单与缴费", "帳單與繳費", "Bill and payment"),
    "cat_meter": ("Chỉ số công tơ", "抄表", "抄表", "Meter reading"),
    "cat_outage": ("Mất điện hoặc chất lượng cấp", "停电或供电质量", "停電或供電品質",
                   "Outage or supply quality"),
    "cat_connection": ("Lắp đặt mới", "新装", "新裝", "New connection"),
    "cat_contract": ("Thay đổi hợp đồng", "合同变更", "合約變更", "Contract change"),
    "cat_staff": ("Nhân viên hoặc phục vụ tại sảnh", "大厅人员或服务", "大廳人員或服務",
                  "Staff or service at the hall"),
    "cat_waiting": ("Thời gian chờ", "等候时间", "等候時間", "Waiting time"),
    "cat_other": ("Khác", "其他", "其他", "Other"),
    # Cases, complaints and the satisfaction indices (hallq.report.aftercare)
    "aftercare": ("Hồ sơ và khiếu nại", "业务工单与投诉", "業務工單與投訴", "Cases and complaints"),
    "cases_by_owner": ("Hồ sơ theo người phụ trách", "工单（按负责人）", "工單（按負責人）",
                       "Cases by owner"),
    "complaints_by_cause": ("Khiếu nại theo nguyên nhân", "投诉（按原因）", "投訴（按原因）",
                            "Complaints by cause"),
    "complaints_by_owner": ("Khiếu nại theo người phụ trách", "投诉（按负责人）",
                            "投訴（按負責人）", "Complaints by owner"),
    "indices": ("Mức độ hài lòng theo chỉ số", "分项满意度", "分項滿意度",
                "Satisfaction by index"),
    "a_owner": ("Người phụ trách", "负责人", "負責人", "Owner"),
    "a_cause": ("Nguyên nhân", "原因", "原因", "Cause"),
    "a_opened": ("Tiếp nhận", "新受理", "新受理", "Opened"),
    "a_closed": ("Đã đóng", "已办结", "已辦結", "Closed"),
    "a_on_time": ("Xong đúng hạn", "按期办结", "按期辦結", "Done on time"),
    "a_overdue": ("Quá hạn", "超期", "超期", "Overdue"),
    "a_open": ("Còn mở cuối ngày", "日终未结", "日終未結", "Open at day end"),
    "a_median_close": ("Thời gian xử lý, trung vị (giờ)", "办结用时中位数（小时）",
                       "辦結用時中位數（小時）", "Median time to close (h)"),
    "a_index": ("Chỉ số", "指标", "指標", "Index"),
    "a_answers": ("Số câu trả lời", "回答数", "回答數", "Answers"),
    "a_mean": ("Điểm TB (1–5)", "平均分（1–5）", "平均分（1–5）", "Mean (1–5)"),
    "a_ci": ("Khoảng tin cậy 95%", "95%置信区间", "95%信賴區間", "95% confidence interval"),
    "a_top2": ("Tỷ lệ 4–5 điểm", "4–5分占比", "4–5分佔比", "Share 4–5"),
    "too_few": ("Quá ít câu trả lời", "回答太少", "回答太少", "Too few answers"),
    "no_cause": ("Chưa xác định", "未定原因", "未定原因", "No cause yet"),
    "idx_access": ("Tiếp cận", "便利可达", "便利可達", "Access"),
    "idx_waiting_time": ("Thời gian chờ", "等候时间", "等候時間", "Waiting time"),
    "idx_staff_attitude": ("Thái độ nhân viên", "服务态度", "服務態度", "Staff attitude"),
    "idx_information": ("Thông tin", "信息告知", "資訊告知", "Information"),
    "idx_procedure": ("Thủ tục đơn giản", "手续简便", "手續簡便", "Simplicity of procedure"),
    "idx_bill_price": ("Hóa đơn và giá rõ ràng", "账单与价格清晰", "帳單與價格清晰",
                       "Clarity of bill and price"),
    "idx_facilities": ("Cơ sở vật chất", "厅内设施", "廳內設施", "Facilities"),
    "cause_waiting_time": ("Thời gian chờ", "等候时间", "等候時間", "Waiting time"),
    "cause_staff_attitude": ("Thái độ nhân viên", "服务态度", "服務態度", "Staff attitude"),
    "cause_wrong_information": ("Thông tin sai", "告知信息有误", "告知資訊有誤",
                                "Wrong information"),
    "cause_billing": ("Hóa đơn, thanh toán", "账单与缴费", "帳單與繳費", "Billing"),
    "cause_procedure": ("Thủ tục", "办理手续", "辦理手續", "Procedure"),
    "cause_facilities": ("Cơ sở vật chất", "厅内设施", "廳內設施", "Facilities"),
    "cause_outage": ("Mất điện, mất nước", "停电停水", "停電停水", "Outage"),
    "cause_other": ("Khác", "其他", "其他", "Other"),
    # "satisfied" is both a rating choice and the share column; the same word fits both.
    "satisfied_choice": ("Hài lòng", "满意", "滿意", "Satisfied"),
}

LABELS: dict[str, dict[str, str]] = {
    lang: {key: row[i] for key, row in (WORDS | SENTENCES).items()}
    for i, lang in enumerate(LANGUAGES)
}


def labels(lang: str, until: str | None = None) -> dict[str, str]:
    """The words of one language (every word has all four); an unknown language gets English.
    `until` ("HH:MM"): a report of a day still open, counted up to then: who is not served
    yet is still waiting, not left waiting at close."""
    words = dict(LABELS.get(lang) or LABELS["en"])
    if until is not None:
        words["left_at_close"] = words["still_waiting"]
    return words


def choice_label(words: dict[str, str], key: str) -> str:
    return words["satisfied_choice"] if key == "satisfied" else words.get(key, key)


def category_label(words: dict[str, str], key: str) -> str:
    """A note category in words (the counter stores keys); an unknown one as it was typed."""
    return words.get(f"cat_{key}", key) if key else ""


def format_day(day: date, lang: str) -> str:
    wd = labels(lang)["weekdays"].split(",")[day.weekday()]
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日 {wd}"
    if lang == "vi":
        return f"{wd}, {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{wd} {day.day} {day.strftime('%B')} {day.year}"


def format_number(x: float | int | None, lang: str, digits: int = 1) -> str:
    """A figure as printed: '—' for none, a decimal comma in Vietnamese."""
    if x is None:
        return "—"
    if isinstance(x, int):
        text = f"{x:,}"
        return text.replace(",", ".") if lang == "vi" else text
    text = f"{x:.{digits}f}"
    return text.replace(".", ",") if lang == "vi" else text


def format_share(x: float | None, lang: str) -> str:
    return "—" if x is None else f"{round(100 * x)}%"
