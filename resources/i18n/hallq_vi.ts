<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>Aftercare</name>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Chờ khách hàng bổ sung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Không giải quyết</translation>
    </message>
    <message>
        <source>Counter note</source>
        <translation>Ghi chú tại quầy</translation>
    </message>
    <message>
        <source>Unsatisfied rating</source>
        <translation>Đánh giá không hài lòng</translation>
    </message>
    <message>
        <source>Customer&apos;s page</source>
        <translation>Trang của khách hàng</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>Giải quyết một phần</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Không có cơ sở</translation>
    </message>
    <message>
        <source>{due} — overdue</source>
        <translation>{due} — quá hạn</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Acknowledge</source>
        <translation>Đã biết</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts ({n})</source>
        <translation>Cảnh báo ({n})</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Không có cảnh báo nào.</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>I have an appointment</source>
        <translation>Tôi có lịch hẹn</translation>
    </message>
    <message>
        <source>Type the code of your booking, or hold its QR code under the scanner.</source>
        <translation>Nhập mã đặt lịch, hoặc đưa mã QR vào dưới máy quét.</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Mã đặt lịch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>Lấy số</translation>
    </message>
    <message>
        <source>A booking code has 6 letters and digits. Please check it.</source>
        <translation>Mã đặt lịch gồm 6 chữ cái và chữ số. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <source>Your appointment is at {start}. Please come back from {at}.</source>
        <translation>Lịch hẹn của bạn lúc {start}. Vui lòng quay lại từ {at}.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Đặt lịch hẹn</translation>
    </message>
    <message>
        <source>Book an appointment for this customer</source>
        <translation>Đặt lịch hẹn cho khách hàng này</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Phone (for a reminder)</source>
        <translation>Điện thoại (để nhắc lịch)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Họ tên (không bắt buộc)</translation>
    </message>
    <message>
        <source>No service of this hall takes appointments.</source>
        <translation>Điểm giao dịch này chưa có dịch vụ nhận đặt lịch.</translation>
    </message>
    <message>
        <source>{time} ({n} free)</source>
        <translation>{time} (còn {n} chỗ)</translation>
    </message>
    <message>
        <source>No free time that day.</source>
        <translation>Ngày này không còn giờ trống.</translation>
    </message>
</context>
<context>
    <name>CallTicketDialog</name>
    <message>
        <source>Call out of turn</source>
        <translation>Gọi không theo thứ tự</translation>
    </message>
    <message>
        <source>Call %1 out of turn</source>
        <translation>Gọi %1 không theo thứ tự</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Có hẹn trước</translation>
    </message>
    <message>
        <source>Came back with documents</source>
        <translation>Quay lại với giấy tờ</translation>
    </message>
    <message>
        <source>Elderly or unwell customer</source>
        <translation>Khách cao tuổi hoặc không khỏe</translation>
    </message>
    <message>
        <source>Supervisor&apos;s request</source>
        <translation>Theo yêu cầu của giám sát</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>I&apos;m here about my case</source>
        <translation>Tôi đến về hồ sơ của tôi</translation>
    </message>
    <message>
        <source>Type your case number (HS…) or the phone number you gave, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Nhập số hồ sơ (HS…) hoặc số điện thoại đã đăng ký, hoặc đưa mã QR trên phiếu vào máy quét.</translation>
    </message>
    <message>
        <source>Case number or phone</source>
        <translation>Số hồ sơ hoặc số điện thoại</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>Lấy số</translation>
    </message>
    <message>
        <source>Take an ordinary ticket</source>
        <translation>Lấy số thông thường</translation>
    </message>
    <message>
        <source>Please type the case number from your receipt (it starts with HS) or your phone number.</source>
        <translation>Vui lòng nhập số hồ sơ trên phiếu (bắt đầu bằng HS) hoặc số điện thoại của bạn.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Open a case…</source>
        <translation>Lập hồ sơ…</translation>
    </message>
    <message>
        <source>Find a case…</source>
        <translation>Tìm hồ sơ…</translation>
    </message>
    <message>
        <source>About case %1 · %2 · %3</source>
        <translation>Về hồ sơ %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Printing the receipt of case %1…</source>
        <translation>Đang in phiếu của hồ sơ %1…</translation>
    </message>
    <message>
        <source>Case %1 opened, due by %2. Printing the receipt…</source>
        <translation>Đã lập hồ sơ %1, hạn %2. Đang in phiếu…</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>Chưa in được phiếu: %1</translation>
    </message>
    <message>
        <source>No receipt printer here: the receipt is saved as %1</source>
        <translation>Quầy không có máy in phiếu: phiếu đã lưu tại %1</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Đã in phiếu.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and complaints</source>
        <translation>Hồ sơ và khiếu nại</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Chỉ đang mở</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Đang ở</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Giao người phụ trách</translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translation>Lý do (bắt buộc khi từ chối)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Set cause</source>
        <translation>Ghi nguyên nhân</translation>
    </message>
    <message>
        <source>How the complaint was answered (required)</source>
        <translation>Cách đã trả lời khiếu nại (bắt buộc)</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>Đóng khiếu nại</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>Customer&apos;s words: {text}</source>
        <translation>Lời khách hàng: {text}</translation>
    </message>
    <message>
        <source>Case {number} now belongs to {name}.</source>
        <translation>Hồ sơ {number} nay do {name} phụ trách.</translation>
    </message>
    <message>
        <source>Case {number}: {status}.</source>
        <translation>Hồ sơ {number}: {status}.</translation>
    </message>
    <message>
        <source>Complaint {number} now belongs to {name}.</source>
        <translation>Khiếu nại {number} nay do {name} phụ trách.</translation>
    </message>
    <message>
        <source>Complaint {number}: cause {cause}.</source>
        <translation>Khiếu nại {number}: nguyên nhân {cause}.</translation>
    </message>
    <message>
        <source>Complaint {number} closed.</source>
        <translation>Đã đóng khiếu nại {number}.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>A customer code or phone number has 4 to 20 letters or digits. Please check it.</source>
        <translation>Mã khách hàng hoặc số điện thoại có từ 4 đến 20 chữ hoặc số. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <source>Customer code or phone number (optional)</source>
        <translation>Mã khách hàng hoặc số điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <source>4 to 20 letters or digits</source>
        <translation>4 đến 20 chữ hoặc số</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>CounterComplaints</name>
    <message>
        <source>Note saved. This visit already has complaint %1, due by %2.</source>
        <translation>Đã lưu ghi chú. Lượt giao dịch này đã có khiếu nại %1, hạn giải quyết %2.</translation>
    </message>
    <message>
        <source>The customer was not satisfied: complaint %1 opened, due by %2.</source>
        <translation>Khách hàng không hài lòng: đã ghi nhận khiếu nại %1, hạn giải quyết %2.</translation>
    </message>
    <message>
        <source>Complaint %1 opened, due by %2.</source>
        <translation>Đã ghi nhận khiếu nại %1, hạn giải quyết %2.</translation>
    </message>
</context>
<context>
    <name>CounterDisplay</name>
    <message>
        <source>hallq — counter %1 display</source>
        <translation>hallq — màn hình quầy %1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Đang mời</translation>
    </message>
    <message>
        <source>Please wait to be called</source>
        <translation>Vui lòng chờ gọi số</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>hallq — counter %1</source>
        <translation>hallq — quầy %1</translation>
    </message>
    <message>
        <source>This device has no counter number (start it with --counter N).</source>
        <translation>Thiết bị này chưa có số quầy (khởi động với --counter N).</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Phụ nữ mang thai</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Có hẹn trước</translation>
    </message>
    <message>
        <source>The counter was closed. Log in to open it again.</source>
        <translation>Quầy đã đóng. Đăng nhập để mở lại.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Đang tạm nghỉ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>On a break: %1</source>
        <translation>Đang tạm nghỉ: %1</translation>
    </message>
    <message>
        <source>Ready: press F1 to call the next customer</source>
        <translation>Sẵn sàng: nhấn F1 để gọi khách tiếp theo</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Không có ai đang chờ</translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>Đang chờ quầy này: %1</translation>
    </message>
    <message>
        <source>Booked: {code}, {when}. Tell the customer this code.</source>
        <translation>Đã đặt: {code}, {when}. Hãy báo mã này cho khách hàng.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <source>The counter is closed. Goodbye.</source>
        <translation>Quầy đã đóng. Tạm biệt.</translation>
    </message>
</context>
<context>
    <name>CountersSection</name>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>Dịch vụ, theo thứ tự</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Tick the services this counter calls; the first in the list is called first (Up / Down).</source>
        <translation>Đánh dấu các dịch vụ quầy này gọi; dịch vụ đầu danh sách được gọi trước (Lên / Xuống).</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Save counter</source>
        <translation>Lưu quầy</translation>
    </message>
    <message>
        <source>Counter {n} saved.</source>
        <translation>Đã lưu quầy {n}.</translation>
    </message>
</context>
<context>
    <name>CountersTable</name>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Current ticket</source>
        <translation>Số hiện tại</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Bao lâu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Break: {reason}</source>
        <translation>Nghỉ: {reason}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Nghỉ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>{number} called</source>
        <translation>Đã gọi {number}</translation>
    </message>
    <message>
        <source>{number} serving</source>
        <translation>Đang phục vụ {number}</translation>
    </message>
    <message>
        <source>Counter {n}</source>
        <translation>Quầy {n}</translation>
    </message>
    <message>
        <source>idle {d}</source>
        <translation>rảnh {d}</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Pair a new device</source>
        <translation>Ghép nối thiết bị mới</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Thêm thiết bị</translation>
    </message>
    <message>
        <source>Revoke selected</source>
        <translation>Thu hồi mục đã chọn</translation>
    </message>
    <message>
        <source>The new device&apos;s token, shown only this once. Enter it on the device (--token), then close this page:</source>
        <translation>Mã thiết bị mới, chỉ hiện một lần này. Nhập mã vào thiết bị (--token), rồi đóng trang này:</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Máy lấy số</translation>
    </message>
    <message>
        <source>Counter PC</source>
        <translation>Máy tính quầy</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Rating keypad</source>
        <translation>Bàn phím đánh giá</translation>
    </message>
    <message>
        <source>Supervisor PC</source>
        <translation>Máy tính giám sát</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>active</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>Device added.</source>
        <translation>Đã thêm thiết bị.</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>Hãy chọn một thiết bị trong danh sách trước.</translation>
    </message>
    <message>
        <source>Revoke “{name}”? It will stop working at once.</source>
        <translation>Thu hồi “{name}”? Thiết bị sẽ ngừng hoạt động ngay.</translation>
    </message>
    <message>
        <source>{name} revoked.</source>
        <translation>Đã thu hồi {name}.</translation>
    </message>
</context>
<context>
    <name>EventLogWindow</name>
    <message>
        <source>hallq — hub events</source>
        <translation>hallq — sự kiện máy chủ</translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation>Đã kết nối máy chủ</translation>
    </message>
    <message>
        <source>Not connected to the hub</source>
        <translation>Chưa kết nối máy chủ</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Tickets issued</source>
        <translation>Số phiếu đã phát</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Đã phục vụ</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Thời gian chờ trung bình</translation>
    </message>
    <message>
        <source>90% waited less than</source>
        <translation>90% chờ ít hơn</translation>
    </message>
    <message>
        <source>Served within target</source>
        <translation>Phục vụ đúng hạn</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Đánh giá trung bình</translation>
    </message>
    <message>
        <source>Rating response rate</source>
        <translation>Tỷ lệ đánh giá</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} phút</translation>
    </message>
</context>
<context>
    <name>FindCaseDialog</name>
    <message>
        <source>Find a case</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <source>Find a case by its number (HS-…) or the customer&apos;s phone</source>
        <translation>Tìm hồ sơ theo số (HS-…) hoặc số điện thoại của khách</translation>
    </message>
    <message>
        <source>Number or phone</source>
        <translation>Số hồ sơ hoặc điện thoại</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Print its receipt again</source>
        <translation>In lại phiếu</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>No case found.</source>
        <translation>Không tìm thấy hồ sơ.</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>hallq — hall display</source>
        <translation>hallq — màn hình sảnh</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Đang mời</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Số vừa gọi</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 người chờ</translation>
    </message>
    <message>
        <source>≈ %1 min (%2–%3)</source>
        <translation>≈ %1 phút (%2–%3)</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 phút</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>mở lúc %1</translation>
    </message>
    <message>
        <source>wait not known yet</source>
        <translation>chưa rõ thời gian chờ</translation>
    </message>
    <message>
        <source>very soon</source>
        <translation>Sắp đến lượt</translation>
    </message>
</context>
<context>
    <name>HallSection</name>
    <message>
        <source>Hall settings</source>
        <translation>Cài đặt sảnh</translation>
    </message>
    <message>
        <source>Hall name</source>
        <translation>Tên sảnh</translation>
    </message>
    <message>
        <source>Message on the hall display</source>
        <translation>Thông báo trên màn hình sảnh</translation>
    </message>
    <message>
        <source>Footer on tickets</source>
        <translation>Chân trang trên phiếu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Business day starts at (hour)</source>
        <translation>Ngày làm việc bắt đầu lúc (giờ)</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>Số lần gọi lại trước khi ghi vắng</translation>
    </message>
    <message>
        <source>Rating keypad waits (seconds)</source>
        <translation>Bàn phím đánh giá chờ (giây)</translation>
    </message>
    <message>
        <source>Alert: counter idle for (minutes, 0 = never)</source>
        <translation>Cảnh báo: quầy rảnh quá (phút, 0 = không)</translation>
    </message>
    <message>
        <source>Alert: counter on a break for (minutes, 0 = never)</source>
        <translation>Cảnh báo: quầy nghỉ quá (phút, 0 = không)</translation>
    </message>
    <message>
        <source>Wrong PINs before a lock</source>
        <translation>Số lần sai PIN trước khi khóa</translation>
    </message>
    <message>
        <source>Lock after wrong PINs (minutes)</source>
        <translation>Khóa khi sai PIN (phút)</translation>
    </message>
    <message>
        <source>Save hall settings</source>
        <translation>Lưu cài đặt sảnh</translation>
    </message>
    <message>
        <source>Hall settings saved.</source>
        <translation>Đã lưu cài đặt sảnh.</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>Staff code: {code}</source>
        <translation>Mã nhân viên: {code}</translation>
    </message>
    <message>
        <source>This counter is closed. Please take a number at the kiosk.</source>
        <translation>Quầy này đã đóng. Vui lòng lấy số tại máy lấy số.</translation>
    </message>
    <message>
        <source>Back in a moment. Thank you for waiting.</source>
        <translation>Quay lại ngay. Cảm ơn quý khách đã chờ.</translation>
    </message>
    <message>
        <source>Welcome! After your visit, please tell us how we did.</source>
        <translation>Xin chào! Sau khi giao dịch, xin quý khách đánh giá dịch vụ.</translation>
    </message>
    <message>
        <source>Not connected to the hall server: ratings are paused.</source>
        <translation>Mất kết nối máy chủ: tạm dừng đánh giá.</translation>
    </message>
</context>
<context>
    <name>IndicesSection</name>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Câu hỏi mới</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Sửa câu hỏi</translation>
    </message>
    <message>
        <source>Key (a-z, 0-9, _)</source>
        <translation>Mã (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>Question in Vietnamese</source>
        <translation>Câu hỏi bằng tiếng Việt</translation>
    </message>
    <message>
        <source>Question in Simplified Chinese</source>
        <translation>Câu hỏi bằng tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Question in Traditional Chinese</source>
        <translation>Câu hỏi bằng tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>Câu hỏi bằng tiếng Anh</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Lưu câu hỏi</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Bỏ câu hỏi</translation>
    </message>
    <message>
        <source>Question {key} saved.</source>
        <translation>Đã lưu câu hỏi {key}.</translation>
    </message>
    <message>
        <source>Stop asking the question {key}? Its past answers stay in the reports.</source>
        <translation>Ngừng hỏi câu {key}? Các câu trả lời trước đây vẫn có trong báo cáo.</translation>
    </message>
    <message>
        <source>Question {key} removed.</source>
        <translation>Đã bỏ câu hỏi {key}.</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <source>Priority: elderly</source>
        <translation>Ưu tiên: người cao tuổi</translation>
    </message>
    <message>
        <source>Priority: disability</source>
        <translation>Ưu tiên: người khuyết tật</translation>
    </message>
    <message>
        <source>Priority: pregnant</source>
        <translation>Ưu tiên: phụ nữ mang thai</translation>
    </message>
    <message>
        <source>Priority: appointment</source>
        <translation>Ưu tiên: có hẹn trước</translation>
    </message>
    <message>
        <source>Please remember your number.</source>
        <translation>Xin quý khách nhớ số của mình.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <source>Please take your printed ticket below.</source>
        <translation>Xin nhận phiếu in ở bên dưới.</translation>
    </message>
    <message>
        <source>The printer is out of paper, so no ticket was printed. Please remember your number — you are in the queue. The staff have been told.</source>
        <translation>Máy in hết giấy nên không in được phiếu. Xin nhớ số của mình — quý khách đã có trong hàng chờ. Nhân viên đã được báo.</translation>
    </message>
    <message>
        <source>The ticket printer is not working, so no ticket was printed. Please remember your number — you are in the queue. The staff have been told.</source>
        <translation>Máy in phiếu bị lỗi nên không in được phiếu. Xin nhớ số của mình — quý khách đã có trong hàng chờ. Nhân viên đã được báo.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Số của quý khách</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Số người trước quý khách: %1</translation>
    </message>
    <message>
        <source>Service opens at %1</source>
        <translation>Dịch vụ bắt đầu lúc %1</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>Thời gian chờ dự kiến: chưa rõ</translation>
    </message>
    <message>
        <source>Estimated wait: you are next</source>
        <translation>Thời gian chờ dự kiến: quý khách là người tiếp theo</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>Thời gian chờ dự kiến: khoảng %1 phút</translation>
    </message>
    <message>
        <source>(usually %1–%2 min)</source>
        <translation>(thường từ %1 đến %2 phút)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>KeypadWindow</name>
    <message>
        <source>hallq — rating keypad, counter {n}</source>
        <translation>hallq — bàn phím đánh giá, quầy {n}</translation>
    </message>
    <message>
        <source>Counter {n}</source>
        <translation>Quầy {n}</translation>
    </message>
</context>
<context>
    <name>KioskKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>hallq — take a number</source>
        <translation>hallq — lấy số</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Log in and open the counter</source>
        <translation>Đăng nhập và mở quầy</translation>
    </message>
    <message>
        <source>Supervisor log-in</source>
        <translation>Đăng nhập giám sát</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the visit</source>
        <translation>Ghi chú về lượt giao dịch</translation>
    </message>
    <message>
        <source>Note on the visit of %1</source>
        <translation>Ghi chú về lượt giao dịch %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Bill and payment</source>
        <translation>Hóa đơn và thanh toán</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Chỉ số công tơ</translation>
    </message>
    <message>
        <source>Outage or supply quality</source>
        <translation>Mất điện hoặc chất lượng cấp</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Lắp đặt mới</translation>
    </message>
    <message>
        <source>Contract change</source>
        <translation>Thay đổi hợp đồng</translation>
    </message>
    <message>
        <source>Staff or service at the hall</source>
        <translation>Nhân viên hoặc phục vụ tại sảnh</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>What was asked:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>In a few words, what the customer asked for or complained about</source>
        <translation>Tóm tắt khách hàng yêu cầu hay khiếu nại điều gì</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Cần theo dõi tiếp</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Hiển thị từ</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Hiển thị đến</translation>
    </message>
    <message>
        <source>Notice in Vietnamese</source>
        <translation>Thông báo bằng tiếng Việt</translation>
    </message>
    <message>
        <source>Notice in Simplified Chinese</source>
        <translation>Thông báo bằng tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Notice in Traditional Chinese</source>
        <translation>Thông báo bằng tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>Thông báo bằng tiếng Anh</translation>
    </message>
    <message>
        <source>New notice to the hall (displays, ticket and case pages)</source>
        <translation>Thông báo mới cho sảnh (màn hình, trang số thứ tự và trang hồ sơ)</translation>
    </message>
    <message>
        <source>Left empty: shown in the hall&apos;s first language</source>
        <translation>Để trống: hiển thị bằng ngôn ngữ đầu tiên của sảnh</translation>
    </message>
    <message>
        <source>Post notice</source>
        <translation>Đăng thông báo</translation>
    </message>
    <message>
        <source>Withdraw selected notice</source>
        <translation>Gỡ thông báo đã chọn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Người đăng</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã gỡ</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang hiển thị</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Sắp hiển thị</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Notice posted: shown from {start} until {end}.</source>
        <translation>Đã đăng thông báo: hiển thị từ {start} đến {end}.</translation>
    </message>
    <message>
        <source>Notice withdrawn: it is shown nowhere from now on.</source>
        <translation>Đã gỡ thông báo: từ nay không còn hiển thị ở đâu nữa.</translation>
    </message>
</context>
<context>
    <name>OfflineBadge</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
</context>
<context>
    <name>OnlinePage</name>
    <message>
        <source>Channel</source>
        <translation>Kênh gửi</translation>
    </message>
    <message>
        <source>SMSC address</source>
        <translation>Địa chỉ SMSC</translation>
    </message>
    <message>
        <source>SMSC port</source>
        <translation>Cổng SMSC</translation>
    </message>
    <message>
        <source>System ID</source>
        <translation>System ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Tên người gửi</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Địa chỉ webhook</translation>
    </message>
    <message>
        <source>Body ($phone, $text, $language)</source>
        <translation>Nội dung ($phone, $text, $language)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token xác thực</translation>
    </message>
    <message>
        <source>Remind 2 hours before an appointment</source>
        <translation>Nhắc trước giờ hẹn 2 tiếng</translation>
    </message>
    <message>
        <source>Keep phone numbers (days after the visit)</source>
        <translation>Giữ số điện thoại (số ngày sau giao dịch)</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Không gửi tin</translation>
    </message>
    <message>
        <source>SMS (SMPP)</source>
        <translation>Tin nhắn SMS (SMPP)</translation>
    </message>
    <message>
        <source>Webhook (Zalo OA, WeChat...)</source>
        <translation>Webhook (Zalo OA, WeChat...)</translation>
    </message>
    <message>
        <source>Messages to customers</source>
        <translation>Tin nhắn cho khách hàng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Phone number for a test message</source>
        <translation>Số điện thoại nhận tin thử</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Gửi tin thử</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Today: {booked} appointments, {checked_in} checked in, {no_shows} no-shows, {cancelled} cancelled · {phone} tickets taken from phones · messages: {sent} sent, {failed} failed, {waiting} waiting</source>
        <translation>Hôm nay: {booked} lịch hẹn, {checked_in} đã đến, {no_shows} vắng, {cancelled} đã hủy · {phone} số lấy qua điện thoại · tin nhắn: {sent} đã gửi, {failed} lỗi, {waiting} đang chờ</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Đã đặt</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>(set; type to change)</source>
        <translation>(đã đặt; nhập để đổi)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Test message queued; it goes out within seconds.</source>
        <translation>Đã xếp tin thử; tin sẽ được gửi trong vài giây.</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>Lập hồ sơ</translation>
    </message>
    <message>
        <source>Open a case for %1: the request is followed after this visit, and you own it.</source>
        <translation>Lập hồ sơ cho %1: yêu cầu được theo dõi sau lần đến này, và bạn là người phụ trách.</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Cần mang theo</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Số điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <source>to find the case by phone later</source>
        <translation>để sau này tìm hồ sơ theo số điện thoại</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1 (%2 ngày làm việc)</translation>
    </message>
    <message>
        <source>This visit is already case %1.</source>
        <translation>Lần đến này đã là hồ sơ %1.</translation>
    </message>
</context>
<context>
    <name>OwnList</name>
    <message>
        <source>My open cases and complaints: {n}</source>
        <translation>Hồ sơ và khiếu nại tôi đang phụ trách: {n}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} quá hạn</translation>
    </message>
    <message>
        <source>Case {number}: {kind}, {status}, due {due}</source>
        <translation>Hồ sơ {number}: {kind}, {status}, hạn {due}</translation>
    </message>
    <message>
        <source>Complaint {number}: {source}, due {due}</source>
        <translation>Khiếu nại {number}: {source}, hạn {due}</translation>
    </message>
    <message>
        <source>Nothing open: every case and complaint of yours is closed.</source>
        <translation>Không còn việc đang mở: mọi hồ sơ và khiếu nại của bạn đã đóng.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Pause the counter</source>
        <translation>Tạm nghỉ quầy</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Nghỉ ngắn</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Nghỉ trưa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Họp</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Làm giấy tờ</translation>
    </message>
    <message>
        <source>System problem</source>
        <translation>Sự cố hệ thống</translation>
    </message>
</context>
<context>
    <name>PlansBox</name>
    <message>
        <source>Appointments: calendar and places</source>
        <translation>Lịch hẹn: lịch làm việc và số chỗ</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>Ngày nghỉ lễ (YYYY-MM-DD, …)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Customers a slot</source>
        <translation>Số khách mỗi khung giờ</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>Khung giờ (phút)</translation>
    </message>
    <message>
        <source>Phone tickets a day</source>
        <translation>Số lấy qua điện thoại mỗi ngày</translation>
    </message>
    <message>
        <source>Save the appointment set-up</source>
        <translation>Lưu cài đặt lịch hẹn</translation>
    </message>
    <message>
        <source>Write the opening hours as 07:30–11:30, 13:30–17:00.</source>
        <translation>Viết giờ làm việc dạng 07:30–11:30, 13:30–17:00.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>This hub cannot make the daily report yet (it needs a newer hallq).</source>
        <translation>Máy chủ này chưa lập được báo cáo ngày (cần hallq mới hơn).</translation>
    </message>
    <message>
        <source>The report for {day} was sent to the printer.</source>
        <translation>Đã gửi báo cáo ngày {day} tới máy in.</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>Báo cáo chưa được lưu.</translation>
    </message>
    <message>
        <source>The report could not be saved: {e}</source>
        <translation>Không lưu được báo cáo: {e}</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Đã lưu báo cáo vào {path}.</translation>
    </message>
</context>
<context>
    <name>ServicesSection</name>
    <message>
        <source>Prefix</source>
        <translation>Tiền tố</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Thời gian chờ mục tiêu</translation>
    </message>
    <message>
        <source>Typical time</source>
        <translation>Thời gian thường</translation>
    </message>
    <message>
        <source>Queue limit</source>
        <translation>Giới hạn hàng chờ</translation>
    </message>
    <message>
        <source>Kiosk order</source>
        <translation>Thứ tự trên máy lấy số</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Dịch vụ mới</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Sửa dịch vụ</translation>
    </message>
    <message>
        <source>Prefix (one letter)</source>
        <translation>Tiền tố (một chữ cái)</translation>
    </message>
    <message>
        <source>Name in Vietnamese</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>Name in Simplified Chinese</source>
        <translation>Tên tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Name in Traditional Chinese</source>
        <translation>Tên tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Typical service time</source>
        <translation>Thời gian phục vụ thường</translation>
    </message>
    <message>
        <source>Queue limit (alert above)</source>
        <translation>Giới hạn hàng chờ (cảnh báo khi vượt)</translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation>Thứ tự trên máy lấy số</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>Có phục vụ hôm nay</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>Lưu dịch vụ</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} phút</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Service {p} saved.</source>
        <translation>Đã lưu dịch vụ {p}.</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Longest wait / target</source>
        <translation>Chờ lâu nhất / mục tiêu</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Thời gian chờ dự kiến</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Đã phục vụ hôm nay</translation>
    </message>
    <message>
        <source>{m} min / {t}</source>
        <translation>{m} phút / {t}</translation>
    </message>
    <message>
        <source>— / {t}</source>
        <translation>— / {t}</translation>
    </message>
    <message>
        <source>opens at {t}</source>
        <translation>mở lúc {t}</translation>
    </message>
    <message>
        <source>no open counter</source>
        <translation>không có quầy mở</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>dưới 1 phút</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>không phải chờ</translation>
    </message>
    <message>
        <source>≈ {m} min ({lo}–{hi})</source>
        <translation>≈ {m} phút ({lo}–{hi})</translation>
    </message>
    <message>
        <source>≈ {m} min</source>
        <translation>≈ {m} phút</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation>Cài đặt sảnh</translation>
    </message>
    <message>
        <source>Satisfaction questions</source>
        <translation>Câu hỏi khảo sát hài lòng</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <source>Please confirm</source>
        <translation>Xin xác nhận</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Clerk</source>
        <translation>Giao dịch viên</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nhân viên mới</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Sửa nhân viên</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Active (can log in)</source>
        <translation>Đang làm việc (được đăng nhập)</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits. For an existing staff member, leave it empty to keep the PIN, or type a new one to reset it.</source>
        <translation>Mã PIN có 4 đến 8 chữ số. Với nhân viên đã có, để trống để giữ PIN cũ, hoặc nhập PIN mới để đặt lại.</translation>
    </message>
    <message>
        <source>Lift lock-out</source>
        <translation>Gỡ khóa đăng nhập</translation>
    </message>
    <message>
        <source>Let this staff member log in again after too many wrong PINs, on every device.</source>
        <translation>Cho nhân viên này đăng nhập lại sau khi nhập sai PIN quá nhiều lần, trên mọi thiết bị.</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>Lưu nhân viên</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>{code} saved.</source>
        <translation>Đã lưu {code}.</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>Hãy chọn một nhân viên trong danh sách trước.</translation>
    </message>
    <message>
        <source>Lock-out lifted for {code}.</source>
        <translation>Đã gỡ khóa đăng nhập cho {code}.</translation>
    </message>
    <message>
        <source>{code} was not locked out.</source>
        <translation>{code} không bị khóa đăng nhập.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Elderly</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Phụ nữ mang thai</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Có hẹn trước</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>bắt đầu lúc %1</translation>
    </message>
    <message>
        <source>waiting time not known yet</source>
        <translation>chưa rõ thời gian chờ</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>không phải chờ</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>khoảng %1 phút</translation>
    </message>
    <message>
        <source>Priority customers and customer code (optional) — choose these first:</source>
        <translation>Khách ưu tiên và mã khách hàng (không bắt buộc) — chọn trước:</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>Mã khách hàng: %1</translation>
    </message>
    <message>
        <source>Add customer code / phone</source>
        <translation>Thêm mã khách hàng / SĐT</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Tôi có lịch hẹn</translation>
    </message>
    <message>
        <source>Tap a service to take your number</source>
        <translation>Chạm vào dịch vụ để lấy số</translation>
    </message>
    <message>
        <source>No service is open at the moment. Please ask the staff.</source>
        <translation>Hiện chưa có dịch vụ nào mở. Xin hỏi nhân viên.</translation>
    </message>
</context>
<context>
    <name>SupervisorAlerts</name>
    <message>
        <source>{device}: the ticket printer cannot be reached. Check its power and cable.</source>
        <translation>{device}: không kết nối được máy in phiếu. Hãy kiểm tra nguồn điện và dây cáp.</translation>
    </message>
    <message>
        <source>{device}: the ticket printer is out of paper. Load a new roll.</source>
        <translation>{device}: máy in phiếu đã hết giấy. Hãy lắp cuộn giấy mới.</translation>
    </message>
    <message>
        <source>{device}: the printer in this device&apos;s settings is not one hallq can drive. Check the printer settings.</source>
        <translation>{device}: máy in trong cài đặt của thiết bị này không được hallq hỗ trợ. Hãy kiểm tra cài đặt máy in.</translation>
    </message>
    <message>
        <source>{device}: the ticket printer reported an error. Check it, then print a test ticket.</source>
        <translation>{device}: máy in phiếu báo lỗi. Hãy kiểm tra máy in, rồi in thử một phiếu.</translation>
    </message>
    <message>
        <source>The hall&apos;s backup failed. Check that the backup folder exists and has free space.</source>
        <translation>Sao lưu dữ liệu của điểm giao dịch không thành công. Hãy kiểm tra thư mục sao lưu còn tồn tại và còn dung lượng trống.</translation>
    </message>
    <message>
        <source>{device}: fault {code}. Tell the technician.</source>
        <translation>{device}: lỗi {code}. Hãy báo cho kỹ thuật viên.</translation>
    </message>
    <message>
        <source>waited too long</source>
        <translation>chờ quá lâu</translation>
    </message>
    <message>
        <source>staff attitude</source>
        <translation>thái độ nhân viên</translation>
    </message>
    <message>
        <source>explanation unclear</source>
        <translation>giải thích chưa rõ</translation>
    </message>
    <message>
        <source>procedure too complicated</source>
        <translation>thủ tục quá phức tạp</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Unsatisfied customer: {number}, counter {counter}, {staff}</source>
        <translation>Khách không hài lòng: {number}, quầy {counter}, {staff}</translation>
    </message>
    <message>
        <source>{service}: {number} has waited {minutes} min (target {target} min)</source>
        <translation>{service}: {number} đã chờ {minutes} phút (mục tiêu {target} phút)</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, more than the limit of {limit}</source>
        <translation>{service}: {waiting} người chờ, vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting and no open counter serves it</source>
        <translation>{service}: {waiting} người chờ nhưng không quầy nào đang mở phục vụ dịch vụ này</translation>
    </message>
    <message>
        <source>Counter {counter} ({staff}) idle for {minutes} min while customers wait</source>
        <translation>Quầy {counter} ({staff}) rảnh {minutes} phút trong khi khách đang chờ</translation>
    </message>
    <message>
        <source>Counter {counter} ({staff}) on a break for {minutes} min</source>
        <translation>Quầy {counter} ({staff}) tạm nghỉ {minutes} phút</translation>
    </message>
    <message>
        <source>Complaint {number} ({owner}) is overdue: it was due {due}</source>
        <translation>Khiếu nại {number} ({owner}) đã quá hạn: hạn là {due}</translation>
    </message>
    <message>
        <source>Complaint {number} ({owner}) is still unanswered: it went to head office</source>
        <translation>Khiếu nại {number} ({owner}) vẫn chưa được trả lời: đã chuyển lên công ty</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>hallq — supervisor</source>
        <translation>hallq — giám sát</translation>
    </message>
    <message>
        <source>Print today&apos;s report</source>
        <translation>In báo cáo hôm nay</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Lưu báo cáo dạng PDF…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>Appointments and messages</source>
        <translation>Lịch hẹn và tin nhắn</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>Giám sát: {name}</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Not connected to the hall server</source>
        <translation>Chưa kết nối máy chủ</translation>
    </message>
    <message>
        <source>Waiting for the hall server…</source>
        <translation>Đang chờ máy chủ…</translation>
    </message>
    <message>
        <source>Type your staff code and PIN.</source>
        <translation>Nhập mã nhân viên và mã PIN.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can log in here.</source>
        <translation>Chỉ giám sát hoặc quản trị viên được đăng nhập ở đây.</translation>
    </message>
    <message>
        <source>Head office has never received this hall&apos;s data. Check the network or call support.</source>
        <translation>Trụ sở chưa từng nhận được dữ liệu của sảnh này. Kiểm tra mạng hoặc gọi hỗ trợ.</translation>
    </message>
    <message>
        <source>Head office has not received this hall&apos;s data since {when}. Check the network or call support.</source>
        <translation>Trụ sở chưa nhận được dữ liệu của sảnh này từ {when}. Kiểm tra mạng hoặc gọi hỗ trợ.</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Lỗi gần nhất: {error}</translation>
    </message>
    <message>
        <source>Live view — {n} alerts</source>
        <translation>Trực tiếp — {n} cảnh báo</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Preparing the report for {day}…</source>
        <translation>Đang lập báo cáo ngày {day}…</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Transfer the customer</source>
        <translation>Chuyển khách hàng</translation>
    </message>
    <message>
        <source>To a service:</source>
        <translation>Sang dịch vụ:</translation>
    </message>
    <message>
        <source>To a counter:</source>
        <translation>Sang quầy:</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Ghi chú (không bắt buộc):</translation>
    </message>
    <message>
        <source>What the next counter should know</source>
        <translation>Điều quầy tiếp theo cần biết</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlocked by %1</source>
        <translation>Được mở khóa bởi %1</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s staff code.</source>
        <translation>Nhập mã nhân viên của giám sát.</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Nhập mã PIN.</translation>
    </message>
    <message>
        <source>Supervisor: unlock the kiosk</source>
        <translation>Giám sát: mở khóa máy lấy số</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Về máy lấy số</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Đóng máy lấy số</translation>
    </message>
</context>
<context>
    <name>WhatIfPage</name>
    <message>
        <source>No customers today yet: nothing to replay.</source>
        <translation>Hôm nay chưa có khách: chưa có gì để phát lại.</translation>
    </message>
    <message>
        <source>Replayed: {share}% of {n} customers within their target wait, {unserved} not served before the end of the day.</source>
        <translation>Kết quả phát lại: {share}% trong {n} khách được gọi trong thời gian chờ mục tiêu, {unserved} khách không được phục vụ trước cuối ngày.</translation>
    </message>
    <message>
        <source>What if other counters had been open? Set the counters open in each hour and press Replay: today&apos;s customers are replayed with the time each really took.</source>
        <translation>Nếu mở số quầy khác thì sao? Đặt số quầy mở cho từng giờ rồi bấm Phát lại: khách của hôm nay được phát lại với đúng thời gian phục vụ thực tế của từng người.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Phát lại</translation>
    </message>
    <message>
        <source>Today&apos;s counters</source>
        <translation>Số quầy hôm nay</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>Quầy mở</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>Chờ TB (phút)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Đạt mục tiêu</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Khách tiếp theo</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Bắt đầu phục vụ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Chuyển…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Tạm nghỉ…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Ghi chú…</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>Đóng quầy</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Call the selected ticket out of turn…</source>
        <translation>Gọi số đã chọn không theo thứ tự…</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>Đặt lịch hẹn…</translation>
    </message>
    <message>
        <source>Red: waited past the service&apos;s target</source>
        <translation>Đỏ: đã chờ quá thời gian mục tiêu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>Today: %1 served</source>
        <translation>Hôm nay: đã phục vụ %1</translation>
    </message>
    <message>
        <source>average %1 min</source>
        <translation>trung bình %1 phút</translation>
    </message>
    <message>
        <source>rating %1/4 (%2 ratings)</source>
        <translation>đánh giá %1/4 (%2 lượt)</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>Đã gọi %1.</translation>
    </message>
    <message>
        <source>Called %1 out of turn.</source>
        <translation>Đã gọi %1 không theo thứ tự.</translation>
    </message>
    <message>
        <source>Recalled %1.</source>
        <translation>Đã gọi lại %1.</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Đang phục vụ %1.</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 đã xong.</translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation>%1 được ghi là vắng mặt.</translation>
    </message>
    <message>
        <source>%1 transferred.</source>
        <translation>%1 đã được chuyển.</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>Quầy đang tạm nghỉ.</translation>
    </message>
    <message>
        <source>The counter is open again.</source>
        <translation>Quầy đã mở lại.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <source>Called — waiting for the customer</source>
        <translation>Đã gọi — đang chờ khách</translation>
    </message>
    <message>
        <source>(recalled %1×)</source>
        <translation>(đã gọi lại %1 lần)</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>Mã khách hàng: %1</translation>
    </message>
    <message>
        <source>No customer code</source>
        <translation>Không có mã khách hàng</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>Đã chờ %1</translation>
    </message>
    <message>
        <source>At the counter %1</source>
        <translation>Tại quầy %1</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Chờ khách hàng bổ sung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối giải quyết</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>Due by %1 · owner %2</source>
        <translation>Hạn %1 · người phụ trách %2</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Message on the hall display</source>
        <translation>Thông báo trên màn hình sảnh</translation>
    </message>
    <message>
        <source>Footer on tickets</source>
        <translation>Chân trang trên phiếu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Business day starts at (hour)</source>
        <translation>Ngày làm việc bắt đầu lúc (giờ)</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>Số lần gọi lại trước khi ghi vắng</translation>
    </message>
    <message>
        <source>Rating keypad waits (seconds)</source>
        <translation>Bàn phím đánh giá chờ (giây)</translation>
    </message>
    <message>
        <source>Alert: counter idle for (minutes)</source>
        <translation>Cảnh báo: quầy không phục vụ trong (phút)</translation>
    </message>
    <message>
        <source>Alert: counter on a break for (minutes)</source>
        <translation>Cảnh báo: quầy tạm nghỉ quá (phút)</translation>
    </message>
    <message>
        <source>Wrong PINs before a lock</source>
        <translation>Số lần sai PIN trước khi khóa</translation>
    </message>
    <message>
        <source>Lock after wrong PINs (minutes)</source>
        <translation>Khóa khi sai PIN (phút)</translation>
    </message>
    <message>
        <source>Rating choices</source>
        <translation>Các mức đánh giá</translation>
    </message>
    <message>
        <source>Reasons for a low rating</source>
        <translation>Lý do đánh giá thấp</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Customers a slot</source>
        <translation>Số khách mỗi khung giờ</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>Khung giờ (phút)</translation>
    </message>
    <message>
        <source>Phone tickets a day</source>
        <translation>Số lấy qua điện thoại mỗi ngày</translation>
    </message>
    <message>
        <source>Prefix (one letter)</source>
        <translation>Tiền tố (một chữ cái)</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Tên dịch vụ</translation>
    </message>
    <message>
        <source>Name in Vietnamese</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>Name in Simplified Chinese</source>
        <translation>Tên tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Name in Traditional Chinese</source>
        <translation>Tên tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Thời gian chờ mục tiêu</translation>
    </message>
    <message>
        <source>Typical service time</source>
        <translation>Thời gian phục vụ thường</translation>
    </message>
    <message>
        <source>Queue limit</source>
        <translation>Giới hạn hàng chờ</translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation>Thứ tự trên máy lấy số</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Counter number</source>
        <translation>Số quầy</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mã nhân viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Satisfaction questions</source>
        <translation>Câu hỏi khảo sát hài lòng</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Hiển thị từ</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Hiển thị đến</translation>
    </message>
    <message>
        <source>Notice in Vietnamese</source>
        <translation>Thông báo bằng tiếng Việt</translation>
    </message>
    <message>
        <source>Notice in Simplified Chinese</source>
        <translation>Thông báo bằng tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Notice in Traditional Chinese</source>
        <translation>Thông báo bằng tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>Thông báo bằng tiếng Anh</translation>
    </message>
    <message>
        <source>Cannot reach the hall server. Please wait or call staff.</source>
        <translation>Không kết nối được máy chủ. Xin chờ hoặc gọi nhân viên.</translation>
    </message>
    <message>
        <source>This device is not paired with the hall server.</source>
        <translation>Thiết bị này chưa được ghép nối với máy chủ.</translation>
    </message>
    <message>
        <source>This device is not allowed to do that.</source>
        <translation>Thiết bị này không được phép làm việc đó.</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>Vui lòng đăng nhập trước.</translation>
    </message>
    <message>
        <source>Wrong staff code or PIN.</source>
        <translation>Sai mã nhân viên hoặc mã PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a few minutes.</source>
        <translation>Nhập sai PIN quá nhiều lần. Thử lại sau vài phút.</translation>
    </message>
    <message>
        <source>Another staff member is working at this counter.</source>
        <translation>Một nhân viên khác đang làm việc tại quầy này.</translation>
    </message>
    <message>
        <source>You are already working at another counter.</source>
        <translation>Bạn đang làm việc tại một quầy khác.</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>Quầy đã đóng.</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>Quầy đang tạm nghỉ.</translation>
    </message>
    <message>
        <source>Finish the current customer first.</source>
        <translation>Hãy hoàn tất khách hiện tại trước.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Không có ai đang chờ.</translation>
    </message>
    <message>
        <source>No customer is at this counter.</source>
        <translation>Không có khách tại quầy này.</translation>
    </message>
    <message>
        <source>Recall the customer before marking a no-show.</source>
        <translation>Hãy gọi lại khách trước khi ghi vắng mặt.</translation>
    </message>
    <message>
        <source>The customer is already being served.</source>
        <translation>Khách đang được phục vụ.</translation>
    </message>
    <message>
        <source>This visit has already been rated.</source>
        <translation>Lượt giao dịch này đã được đánh giá.</translation>
    </message>
    <message>
        <source>There is no visit to rate.</source>
        <translation>Không có lượt giao dịch nào để đánh giá.</translation>
    </message>
    <message>
        <source>This service is not available.</source>
        <translation>Dịch vụ này hiện không phục vụ.</translation>
    </message>
    <message>
        <source>A customer code or phone number has 4 to 20 letters or digits.</source>
        <translation>Mã khách hàng hoặc số điện thoại có từ 4 đến 20 chữ hoặc số.</translation>
    </message>
    <message>
        <source>The hall server cannot save right now. Nothing was changed.</source>
        <translation>Máy chủ hiện không lưu được. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The request was not understood. Nothing was changed.</source>
        <translation>Không hiểu yêu cầu. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Vui lòng nêu lý do.</translation>
    </message>
    <message>
        <source>Choose where to transfer the customer.</source>
        <translation>Chọn nơi chuyển khách đến.</translation>
    </message>
    <message>
        <source>This prefix is already used by another service.</source>
        <translation>Tiền tố này đã được dịch vụ khác dùng.</translation>
    </message>
    <message>
        <source>A counter must serve at least one service.</source>
        <translation>Mỗi quầy phải phục vụ ít nhất một dịch vụ.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Mã PIN có 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>A service prefix is one letter from A to Z.</source>
        <translation>Tiền tố dịch vụ là một chữ cái từ A đến Z.</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Vui lòng nhập tên.</translation>
    </message>
    <message>
        <source>Waits, times and limits must be numbers above zero.</source>
        <translation>Thời gian chờ, thời gian và giới hạn phải là số lớn hơn 0.</translation>
    </message>
    <message>
        <source>A service is listed twice for this counter.</source>
        <translation>Một dịch vụ bị liệt kê hai lần cho quầy này.</translation>
    </message>
    <message>
        <source>Counter numbers go from 1 to 99.</source>
        <translation>Số quầy từ 1 đến 99.</translation>
    </message>
    <message>
        <source>This staff code is already used.</source>
        <translation>Mã nhân viên này đã được dùng.</translation>
    </message>
    <message>
        <source>A new staff member needs a PIN.</source>
        <translation>Nhân viên mới cần có mã PIN.</translation>
    </message>
    <message>
        <source>A staff code has 1 to 12 letters or digits.</source>
        <translation>Mã nhân viên có từ 1 đến 12 chữ hoặc số.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Chọn một vai trò trong danh sách.</translation>
    </message>
    <message>
        <source>This hall setting is not valid (check the time zone and hours).</source>
        <translation>Cài đặt sảnh không hợp lệ (kiểm tra múi giờ và giờ).</translation>
    </message>
    <message>
        <source>Choose at least one language: vi, zh_CN, zh_TW or en.</source>
        <translation>Chọn ít nhất một ngôn ngữ: vi, zh_CN, zh_TW hoặc en.</translation>
    </message>
    <message>
        <source>A counter PC or rating keypad needs its counter number.</source>
        <translation>Máy tính quầy hoặc bàn phím đánh giá cần có số quầy.</translation>
    </message>
    <message>
        <source>There is no such counter.</source>
        <translation>Không có quầy này.</translation>
    </message>
    <message>
        <source>There is no such device.</source>
        <translation>Không có thiết bị này.</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>Không có nhân viên này.</translation>
    </message>
    <message>
        <source>This ticket is already back in the queue.</source>
        <translation>Số này đã được xếp lại hàng.</translation>
    </message>
    <message>
        <source>This follow-up is already resolved.</source>
        <translation>Việc cần theo dõi này đã được giải quyết.</translation>
    </message>
    <message>
        <source>This alert is not known; refresh the window.</source>
        <translation>Cảnh báo này không hợp lệ; hãy làm mới cửa sổ.</translation>
    </message>
    <message>
        <source>This rating is not offered any more; please choose again.</source>
        <translation>Mức đánh giá này không còn; xin vui lòng chọn lại.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Hãy nhập ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write what the customer asked or complained about.</source>
        <translation>Hãy ghi nội dung khách hàng yêu cầu hoặc khiếu nại.</translation>
    </message>
    <message>
        <source>This priority is not known; choose again.</source>
        <translation>Loại ưu tiên này không hợp lệ; hãy chọn lại.</translation>
    </message>
    <message>
        <source>This reason is not offered any more; please choose again.</source>
        <translation>Lý do này không còn; xin vui lòng chọn lại.</translation>
    </message>
    <message>
        <source>The hall server is restarting. Nothing was changed; try again in a moment.</source>
        <translation>Máy chủ đang khởi động lại. Chưa có gì thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>Bạn chưa đăng nhập.</translation>
    </message>
    <message>
        <source>This ticket is not for this counter.</source>
        <translation>Số này không thuộc quầy này.</translation>
    </message>
    <message>
        <source>Only a customer marked absent can be put back in the queue.</source>
        <translation>Chỉ khách đã bị đánh dấu vắng mặt mới được xếp lại hàng.</translation>
    </message>
    <message>
        <source>The counter is not on a break.</source>
        <translation>Quầy không đang tạm nghỉ.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting.</source>
        <translation>Số này không còn đang chờ.</translation>
    </message>
    <message>
        <source>This note does not exist any more; refresh the list.</source>
        <translation>Ghi chú này không còn; hãy làm mới danh sách.</translation>
    </message>
    <message>
        <source>There is no such ticket today.</source>
        <translation>Hôm nay không có số này.</translation>
    </message>
    <message>
        <source>No head office is set for this hall (sync settings).</source>
        <translation>Sảnh này chưa cài đặt trụ sở (cài đặt đồng bộ).</translation>
    </message>
    <message>
        <source>A sync with head office is already running.</source>
        <translation>Đang đồng bộ với trụ sở.</translation>
    </message>
    <message>
        <source>There is no appointment with this code. Check the code, or take an ordinary ticket.</source>
        <translation>Không có lịch hẹn với mã này. Hãy kiểm tra mã, hoặc lấy số thông thường.</translation>
    </message>
    <message>
        <source>This appointment has already been used; its ticket was given then.</source>
        <translation>Lịch hẹn này đã được sử dụng; số thứ tự đã được cấp lúc đó.</translation>
    </message>
    <message>
        <source>This appointment was cancelled. Take an ordinary ticket.</source>
        <translation>Lịch hẹn này đã bị hủy. Vui lòng lấy số thông thường.</translation>
    </message>
    <message>
        <source>This appointment is for another day.</source>
        <translation>Lịch hẹn này là của ngày khác.</translation>
    </message>
    <message>
        <source>Too early for this appointment: please come back 15 minutes before its time.</source>
        <translation>Còn quá sớm so với giờ hẹn: vui lòng quay lại trước giờ hẹn 15 phút.</translation>
    </message>
    <message>
        <source>This service takes no appointments.</source>
        <translation>Dịch vụ này không nhận đặt lịch.</translation>
    </message>
    <message>
        <source>Choose one of the appointment times offered.</source>
        <translation>Vui lòng chọn một trong các giờ hẹn được đưa ra.</translation>
    </message>
    <message>
        <source>That time has passed; choose a later one.</source>
        <translation>Giờ này đã qua; vui lòng chọn giờ muộn hơn.</translation>
    </message>
    <message>
        <source>That time is fully booked; choose another.</source>
        <translation>Giờ này đã hết chỗ; vui lòng chọn giờ khác.</translation>
    </message>
    <message>
        <source>Appointments can be booked at most 60 days ahead.</source>
        <translation>Chỉ đặt lịch trước tối đa 60 ngày.</translation>
    </message>
    <message>
        <source>This phone number already has an appointment for this service that day.</source>
        <translation>Số điện thoại này đã có lịch hẹn cho dịch vụ này trong ngày đó.</translation>
    </message>
    <message>
        <source>Please give a phone number.</source>
        <translation>Vui lòng nhập số điện thoại.</translation>
    </message>
    <message>
        <source>A phone number has 4 to 20 digits.</source>
        <translation>Số điện thoại gồm 4 đến 20 chữ số.</translation>
    </message>
    <message>
        <source>Only a booked appointment not yet checked in can be moved.</source>
        <translation>Chỉ đổi giờ được lịch hẹn đã đặt và chưa đến.</translation>
    </message>
    <message>
        <source>This service takes no tickets from phones.</source>
        <translation>Dịch vụ này không lấy số qua điện thoại.</translation>
    </message>
    <message>
        <source>Today&apos;s tickets from phones for this service are all taken.</source>
        <translation>Hôm nay đã hết số lấy qua điện thoại cho dịch vụ này.</translation>
    </message>
    <message>
        <source>This phone number already has a ticket in the queue.</source>
        <translation>Số điện thoại này đang có số thứ tự trong hàng.</translation>
    </message>
    <message>
        <source>A booking code has 4 to 12 letters or digits.</source>
        <translation>Mã đặt lịch gồm 4 đến 12 chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>An appointment with this code already exists.</source>
        <translation>Đã có lịch hẹn với mã này.</translation>
    </message>
    <message>
        <source>There is no case with this number.</source>
        <translation>Không có hồ sơ với số này.</translation>
    </message>
    <message>
        <source>This visit is already a case.</source>
        <translation>Giao dịch này đã được lập hồ sơ.</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Hồ sơ này đã đóng.</translation>
    </message>
    <message>
        <source>The case cannot go to that status from where it is.</source>
        <translation>Hồ sơ không thể chuyển sang trạng thái đó từ trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>The hall&apos;s calendar has no working day ahead; check its working days and holidays.</source>
        <translation>Lịch của điểm giao dịch không còn ngày làm việc nào; hãy kiểm tra ngày làm việc và ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>A due time is 0 to 120 working days.</source>
        <translation>Thời hạn xử lý từ 0 đến 120 ngày làm việc.</translation>
    </message>
    <message>
        <source>Type the case number or the phone number given for the case.</source>
        <translation>Hãy nhập số hồ sơ hoặc số điện thoại đã đăng ký cho hồ sơ.</translation>
    </message>
    <message>
        <source>There is no open case for this phone number.</source>
        <translation>Không có hồ sơ nào đang giải quyết với số điện thoại này.</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s cause from the list.</source>
        <translation>Chọn nguyên nhân khiếu nại trong danh sách.</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>Khiếu nại này đã được đóng.</translation>
    </message>
    <message>
        <source>Choose how the complaint ended.</source>
        <translation>Chọn kết quả giải quyết khiếu nại.</translation>
    </message>
    <message>
        <source>Write how the complaint was answered.</source>
        <translation>Ghi rõ cách đã trả lời khiếu nại.</translation>
    </message>
    <message>
        <source>There is no complaint with this number.</source>
        <translation>Không có khiếu nại nào mang số này.</translation>
    </message>
    <message>
        <source>A complaint about this visit was already made; nothing was changed.</source>
        <translation>Lượt giao dịch này đã có khiếu nại; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Write what the customer complained about.</source>
        <translation>Hãy ghi nội dung khách hàng khiếu nại.</translation>
    </message>
    <message>
        <source>A complaint or its answer is at most 1,000 characters.</source>
        <translation>Khiếu nại hoặc câu trả lời dài tối đa 1.000 ký tự.</translation>
    </message>
    <message>
        <source>A complaint comes from a note, a rating or the customer.</source>
        <translation>Khiếu nại đến từ ghi chú, đánh giá hoặc từ khách hàng.</translation>
    </message>
    <message>
        <source>Choose who answers the complaint.</source>
        <translation>Hãy chọn người trả lời khiếu nại.</translation>
    </message>
    <message>
        <source>Write each question in Vietnamese or English.</source>
        <translation>Hãy viết mỗi câu hỏi bằng tiếng Việt hoặc tiếng Anh.</translation>
    </message>
    <message>
        <source>The questions come once the visit is finished.</source>
        <translation>Câu hỏi chỉ hiện ra sau khi giao dịch đã xong.</translation>
    </message>
    <message>
        <source>The questions come once the case is closed.</source>
        <translation>Câu hỏi chỉ hiện ra sau khi hồ sơ đã đóng.</translation>
    </message>
    <message>
        <source>This question was already answered; nothing was changed.</source>
        <translation>Câu hỏi này đã được trả lời rồi; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This question is not asked any more; refresh the page.</source>
        <translation>Câu hỏi này không còn được hỏi nữa; hãy tải lại trang.</translation>
    </message>
    <message>
        <source>A score is 1 to 5.</source>
        <translation>Điểm từ 1 đến 5.</translation>
    </message>
    <message>
        <source>Choose a score for at least one question.</source>
        <translation>Hãy chọn điểm cho ít nhất một câu hỏi.</translation>
    </message>
    <message>
        <source>A notice must end after it starts.</source>
        <translation>Thời điểm kết thúc của thông báo phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>This end time has passed: the notice would be shown nowhere.</source>
        <translation>Thời điểm kết thúc này đã qua: thông báo sẽ không hiển thị ở đâu cả.</translation>
    </message>
    <message>
        <source>Write the notice in at least one language.</source>
        <translation>Hãy viết thông báo bằng ít nhất một ngôn ngữ.</translation>
    </message>
    <message>
        <source>A notice is at most 240 characters in each language.</source>
        <translation>Mỗi ngôn ngữ, thông báo dài tối đa 240 ký tự.</translation>
    </message>
    <message>
        <source>This notice does not exist any more; refresh the list.</source>
        <translation>Thông báo này không còn nữa; hãy làm mới danh sách.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Đã xảy ra lỗi.</translation>
    </message>
    <message>
        <source>Check “{field}”: {text}</source>
        <translation>Kiểm tra “{field}”: {text}</translation>
    </message>
    <message>
        <source>{field}: this value is not valid. Nothing was changed.</source>
        <translation>{field}: giá trị này không hợp lệ. Chưa có gì thay đổi.</translation>
    </message>
</context>
</TS>
