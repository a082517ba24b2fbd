"""Every word of the daily report (PDF and CSV), per language: vi, zh_CN, zh_TW, en (no Qt)."""

from __future__ import annotations

from datetime import date

LANGS = ("vi", "zh_CN", "zh_TW", "en")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "left_at_close": "Left waiting at close",
        "c_issued": "Issued", "c_in": "In", "c_out": "Out", "c_called": "Called", "c_served": "Served", "c_no_shows": "No-show", "c_mean_wait": "Mean wait", "c_p90": "P90 wait", "c_within": "Within target", "c_service_time": "Service time", "c_rating": "Rating",
        "title": "Daily report", "generated": "Generated", "page": "Page {n}",
        "issued": "Tickets issued", "served": "Served", "no_shows": "No-shows",
        "cancelled": "Cancelled", "transfers": "Transfers",
        "mean_wait": "Mean wait", "p90_wait": "90% waited at most",
        "within_target": "Within target wait", "mean_rating": "Mean rating",
        "response_rate": "Response rate", "complaints": "Complaints",
        "open_follow_ups": "Open follow-ups", "satisfied": "Satisfied",
        "by_service": "By service", "by_staff": "By staff member", "by_hour": "By hour",
        "ratings": "Customer ratings", "low_reasons": "Reasons given for low ratings",
        "follow_ups": "Notes needing follow-up", "staffing": "Tomorrow's staffing",
        "comparison": "Compared with the same weekday last week",
        "service": "Service", "target": "Target", "called": "Called",
        "transfers_in": "In", "transfers_out": "Out", "service_time": "Service time",
        "rating": "Rating", "staff": "Staff", "hour": "Hour", "arrivals": "Arrivals",
        "counters_open": "Counters open", "counters_needed": "Counters needed",
        "ticket": "Ticket", "day": "Day", "text": "Text", "kind": "Kind",
        "figure": "Figure", "today": "This day", "last_week": "Last week",
        "change": "Change", "total": "Total", "count": "Count", "share": "Share",
        "min": "min", "rated": "Rated", "arrivals_per_hour": "Arrivals per hour",
        "wait_per_hour": "Mean wait by hour of arrival (min)",
        "units_note": "Times in minutes; target = the service's target wait; In / Out = transfers received / sent; P90 = 90% waited at most; rating out of 4.",
        "open_per_hour": "Counters open (mean over the hour); tomorrow's need",
        "none": "None.", "no_data": "No tickets on this day.",
        "complaint": "Complaint", "request": "Request",
        "very_satisfied": "Very satisfied", "acceptable": "Acceptable",
        "unsatisfied": "Unsatisfied", "waited_too_long": "Waited too long",
        "staff_attitude": "Staff attitude", "explanation_unclear": "Explanation unclear",
        "procedure_complicated": "Procedure too complicated", "other": "Other",
        "basis_same_weekday": "Based on {days}: the same weekday in the last four weeks.",
        "basis_recent": "Based on the last days with tickets: {days}.",
        "basis_none": "No recent days with tickets: no plan.",
        "staffing_note": (
            "Model: {model}. For each hour and service, λ = mean arrivals in that hour on "
            "the basis days, S = mean service time; the plan is the smallest number of "
            "counters c with 1 − C(c, λS) · e^(−(c − λS)·T/S) ≥ {goal} (T = the service's "
            "target wait). Assumptions: Poisson arrivals at a constant rate within the hour; "
            "exponential service times; one first-come-first-served queue per service with "
            "its own counters (a counter that serves two services pools them, so the total is "
            "an upper bound); nobody leaves the queue; each hour in steady state, no backlog "
            "carried over."),
        "definitions": (
            "Wait: from taking the ticket (or joining the queue after a transfer) to the first "
            "call; headline waits are first visits only. 90% waited at most: nearest-rank "
            "90th percentile. Response rate: rated visits / served visits. Every figure is "
            "computed from the hall's event log, so this report can be reproduced for any "
            "past day; follow-ups are those open at the end of the day."),
        "weekdays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    },
    "vi": {
        "left_at_close": "Chưa phục vụ khi hết giờ",
        "c_issued": "Phát", "c_in": "Nhận", "c_out": "Chuyển", "c_called": "Đã gọi", "c_served": "Phục vụ", "c_no_shows": "Vắng", "c_mean_wait": "Chờ TB", "c_p90": "Chờ P90", "c_within": "Đạt MT", "c_service_time": "TG PV", "c_rating": "Điểm",
        "title": "Báo cáo hoạt động ngày", "generated": "Lập lúc", "page": "Trang {n}",
        "issued": "Số phiếu đã phát", "served": "Đã phục vụ", "no_shows": "Vắng mặt",
        "cancelled": "Đã hủy", "transfers": "Chuyển nghiệp vụ",
        "mean_wait": "Thời gian chờ trung bình", "p90_wait": "90% khách chờ không quá",
        "within_target": "Đạt thời gian chờ mục tiêu", "mean_rating": "Điểm hài lòng TB",
        "response_rate": "Tỷ lệ khách đánh giá", "complaints": "Khiếu nại",
        "open_follow_ups": "Việc cần theo dõi", "satisfied": "Hài lòng",
        "by_service": "Theo dịch vụ", "by_staff": "Theo nhân viên", "by_hour": "Theo giờ",
        "ratings": "Đánh giá của khách hàng", "low_reasons": "Lý do đánh giá thấp",
        "follow_ups": "Việc cần theo dõi, chưa xử lý", "staffing": "Dự kiến số quầy ngày mai",
        "comparison": "So sánh với cùng ngày tuần trước",
        "service": "Dịch vụ", "target": "Mục tiêu", "called": "Đã gọi",
        "transfers_in": "Chuyển đến", "transfers_out": "Chuyển đi",
        "service_time": "TG phục vụ", "rating": "Điểm", "staff": "Nhân viên", "hour": "Giờ",
        "arrivals": "Khách đến", "counters_open": "Quầy mở", "counters_needed": "Quầy cần",
        "ticket": "Số phiếu", "day": "Ngày", "text": "Nội dung", "kind": "Loại",
        "figure": "Chỉ số", "today": "Ngày này", "last_week": "Tuần trước",
        "change": "Thay đổi", "total": "Tổng", "count": "Số lượng", "share": "Tỷ lệ",
        "min": "phút", "rated": "Đã đánh giá", "arrivals_per_hour": "Khách đến theo giờ",
        "wait_per_hour": "Thời gian chờ TB theo giờ đến (phút)",
        "units_note": "Thời gian tính bằng phút; Mục tiêu = thời gian chờ mục tiêu; MT = mục tiêu; Nhận / Chuyển = số lượt chuyển đến / chuyển đi; P90 = 90% khách chờ không quá; TG PV = thời gian phục vụ TB; điểm trên thang 4.",
        "open_per_hour": "Số quầy mở (TB trong giờ); số quầy cần ngày mai",
        "none": "Không có.", "no_data": "Không có phiếu nào trong ngày này.",
        "complaint": "Khiếu nại", "request": "Yêu cầu",
        "very_satisfied": "Rất hài lòng", "acceptable": "Chấp nhận được",
        "unsatisfied": "Không hài lòng", "waited_too_long": "Chờ quá lâu",
        "staff_attitude": "Thái độ nhân viên", "explanation_unclear": "Giải thích chưa rõ",
        "procedure_complicated": "Thủ tục phức tạp", "other": "Khác",
        "basis_same_weekday": "Dựa trên {days}: cùng thứ trong bốn tuần gần nhất.",
        "basis_recent": "Dựa trên các ngày gần nhất có phiếu: {days}.",
        "basis_none": "Không có dữ liệu những ngày gần đây: chưa lập được dự kiến.",
        "staffing_note": (
            "Mô hình: {model}. Với mỗi giờ và mỗi dịch vụ, λ = số khách đến trung bình trong "
            "giờ đó ở các ngày cơ sở, S = thời gian phục vụ trung bình; số quầy cần là số c "
            "nhỏ nhất có 1 − C(c, λS) · e^(−(c − λS)·T/S) ≥ {goal} (T = thời gian chờ mục tiêu "
            "của dịch vụ). Giả định: khách đến theo phân phối Poisson, tốc độ không đổi trong "
            "giờ; thời gian phục vụ phân phối mũ; mỗi dịch vụ một hàng đợi đến trước phục vụ "
            "trước với quầy riêng (quầy phục vụ hai dịch vụ sẽ gộp tải, nên tổng là cận "
            "trên); không ai bỏ về; mỗi giờ ở trạng thái dừng, không dồn khách sang giờ sau."),
        "definitions": (
            "Thời gian chờ: từ lúc lấy phiếu (hoặc vào hàng sau khi chuyển) đến lần gọi đầu "
            "tiên; số liệu tổng hợp chỉ tính lượt đầu. 90% khách chờ không quá: phân vị 90 "
            "(thứ hạng gần nhất). Tỷ lệ đánh giá: lượt được đánh giá / lượt đã phục vụ. Mọi số "
            "liệu được tính từ nhật ký sự kiện của điểm giao dịch, nên báo cáo của bất kỳ ngày "
            "nào cũng lập lại được đúng như cũ; việc cần theo dõi là những việc còn mở cuối ngày."),
        "weekdays": "Thứ Hai,Thứ Ba,Thứ Tư,Thứ Năm,Thứ Sáu,Thứ Bảy,Chủ Nhật",
    },
    "zh_CN": {
        "left_at_close": "闭厅时未办理",
        "c_issued": "取号", "c_in": "转入", "c_out": "转出", "c_called": "叫号", "c_served": "办结", "c_no_shows": "过号", "c_mean_wait": "平均等候", "c_p90": "P90等候", "c_within": "达标率", "c_service_time": "办理时长", "c_rating": "评分",
        "title": "每日服务报告", "generated": "生成时间", "page": "第 {n} 页",
        "issued": "取号数", "served": "已办结", "no_shows": "过号未到",
        "cancelled": "已取消", "transfers": "转办",
        "mean_wait": "平均等候时间", "p90_wait": "90%客户等候不超过",
        "within_target": "目标时间内叫号比例", "mean_rating": "平均满意度",
        "response_rate": "评价率", "complaints": "投诉",
        "open_follow_ups": "待跟进事项", "satisfied": "满意率",
        "by_service": "按业务", "by_staff": "按工作人员", "by_hour": "按时段",
        "ratings": "客户评价", "low_reasons": "不满意原因",
        "follow_ups": "待跟进事项（未办结）", "staffing": "明日窗口配置建议",
        "comparison": "与上周同日对比",
        "service": "业务", "target": "目标", "called": "已叫号",
        "transfers_in": "转入", "transfers_out": "转出", "service_time": "平均办理时长",
        "rating": "评分", "staff": "工作人员", "hour": "时段", "arrivals": "到达人数",
        "counters_open": "开放窗口", "counters_needed": "所需窗口",
        "ticket": "票号", "day": "日期", "text": "内容", "kind": "类型",
        "figure": "指标", "today": "当日", "last_week": "上周同日",
        "change": "变化", "total": "合计", "count": "数量", "share": "比例",
        "min": "分钟", "rated": "已评价", "arrivals_per_hour": "各时段到达人数",
        "wait_per_hour": "各到达时段平均等候（分钟）",
        "units_note": "时间单位为分钟；目标 = 该业务目标等候时间；P90 = 90%客户等候不超过；评分满分4分。",
        "open_per_hour": "开放窗口数（时段平均）；明日所需",
        "none": "无。", "no_data": "当日没有取号记录。",
        "complaint": "投诉", "request": "诉求",
        "very_satisfied": "非常满意", "acceptable": "一般",
        "unsatisfied": "不满意", "waited_too_long": "等候时间太长",
        "staff_attitude": "服务态度", "explanation_unclear": "解释不清楚",
        "procedure_complicated": "流程太复杂", "other": "其他",
        "basis_same_weekday": "依据：{days}（近四周的同一星期几）。",
        "basis_recent": "依据：最近有取号的日期 {days}。",
        "basis_none": "近期没有取号数据，无法给出建议。",
        "staffing_note": (
            "模型：{model}。对每个时段和每项业务，λ = 依据日该时段的平均到达人数，S = 平均办理"
            "时长；所需窗口数为满足 1 − C(c, λS) · e^(−(c − λS)·T/S) ≥ {goal} 的最小 c（T = 该业务"
            "的目标等候时间）。假设：到达服从泊松分布，时段内到达率不变；办理时长服从指数分布；每项"
            "业务一条先到先办的队列并有专用窗口（一个窗口兼办两项业务可合并负荷，故合计为上限）；"
            "无人中途离开；各时段独立达到稳态，不向下一时段积压。"),
        "definitions": (
            "等候时间：从取号（或转办后重新排队）到首次叫号；汇总指标只计首次办理。90%客户等候不"
            "超过：第90百分位数（最近秩法）。评价率：已评价次数 / 已办结次数。所有数字均由大厅的"
            "事件日志计算，任何一天的报告都可以完全重现；待跟进事项为当日结束时仍未办结者。"),
        "weekdays": "星期一,星期二,星期三,星期四,星期五,星期六,星期日",
    },
    "zh_TW": {
        "left_at_close": "閉廳時未辦理",
        "c_issued": "取號", "c_in": "轉入", "c_out": "轉出", "c_called": "叫號", "c_served": "辦結", "c_no_shows": "過號", "c_mean_wait": "平均等候", "c_p90": "P90等候", "c_within": "達標率", "c_service_time": "辦理時長", "c_rating": "評分",
        "title": "每日服務報告", "generated": "產生時間", "page": "第 {n} 頁",
        "issued": "取號數", "served": "已辦結", "no_shows": "過號未到",
        "cancelled": "已取消", "transfers": "轉辦",
        "mean_wait": "平均等候時間", "p90_wait": "90%客戶等候不超過",
        "within_target": "目標時間內叫號比例", "mean_rating": "平均滿意度",
        "response_rate": "評價率", "complaints": "投訴",
        "open_follow_ups": "待跟進事項", "satisfied": "滿意率",
        "by_service": "按業務", "by_staff": "按工作人員", "by_hour": "按時段",
        "ratings": "客戶評價", "low_reasons": "不滿意原因",
        "follow_ups": "待跟進事項（未辦結）", "staffing": "明日窗口配置建議",
        "comparison": "與上週同日對比",
        "service": "業務", "target": "目標", "called": "已叫號",
        "transfers_in": "轉入", "transfers_out": "轉出", "service_time": "平均辦理時長",
        "rating": "評分", "staff": "工作人員", "hour": "時段", "arrivals": "到達人數",
        "counters_open": "開放窗口", "counters_needed": "所需窗口",
        "ticket": "票號", "day": "日期", "text": "內容", "kind": "類型",
        "figure": "指標", "today": "當日", "last_week": "上週同日",
        "change": "變化", "total": "合計", "count": "數量", "share": "比例",
        "min": "分鐘", "rated": "已評價", "arrivals_per_hour": "各時段到達人數",
        "wait_per_hour": "各到達時段平均等候（分鐘）",
        "units_note": "時間單位為分鐘；目標 = 該業務目標等候時間；P90 = 90%客戶等候不超過；評分滿分4分。",
        "open_per_hour": "開放窗口數（時段平均）；明日所需",
        "none": "無。", "no_data": "當日沒有取號記錄。",
        "complaint": "投訴", "request": "訴求",
        "very_satisfied": "非常滿意", "acceptable": "普通",
        "unsatisfied": "不滿意", "waited_too_long": "等候時間太長",
        "staff_attitude": "服務態度", "explanation_unclear": "解釋不清楚",
        "procedure_complicated": "流程太複雜", "other": "其他",
        "basis_same_weekday": "依據：{days}（近四週的同一星期幾）。",
        "basis_recent": "依據：最近有取號的日期 {days}。",
        "basis_none": "近期沒有取號資料，無法給出建議。",
        "staffing_note": (
            "模型：{model}。對每個時段和每項業務，λ = 依據日該時段的平均到達人數，S = 平均辦理"
            "時長；所需窗口數為滿足 1 − C(c, λS) · e^(−(c − λS)·T/S) ≥ {goal} 的最小 c（T = 該業務"
            "的目標等候時間）。假設：到達服從卜瓦松分佈，時段內到達率不變；辦理時長服從指數分佈；每項"
            "業務一條先到先辦的佇列並有專用窗口（一個窗口兼辦兩項業務可合併負荷，故合計為上限）；"
            "無人中途離開；各時段獨立達到穩態，不向下一時段積壓。"),
        "definitions": (
            "等候時間：從取號（或轉辦後重新排隊）到首次叫號；彙總指標只計首次辦理。90%客戶等候不"
            "超過：第90百分位數（最近秩法）。評價率：已評價次數 / 已辦結次數。所有數字均由大廳的"
            "事件日誌計算，任何一天的報告都可以完全重現；待跟進事項為當日結束時仍未辦結者。"),
        "weekdays": "星期一,星期二,星期三,星期四,星期五,星期六,星期日",
    },
}
# "satisfied" is both a rating choice and the share column; the same word fits both.
for _lang, _words in (("en", "Satisfied"), ("vi", "Hài lòng"), ("zh_CN", "满意"),
                      ("zh_TW", "滿意")):
    LABELS[_lang].setdefault("satisfied_choice", _words)


def labels(lang: str) -> dict[str, str]:
    """The words of one language; a missing word falls back to English."""
    return LABELS["en"] | LABELS.get(lang, {})


def choice_label(words: dict[str, str], key: str) -> str:
    return words["satisfied_choice"] if key == "satisfied" else words.get(key, key)


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
