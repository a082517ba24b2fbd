"""The daily report's longer sentences (notes under its tables, definitions, lines about the
estimate and the staffing), per language: vi, zh_CN, zh_TW, en; its words are in labels."""

from __future__ import annotations

# Each sentence once, in every language of hallq.domain.LANGUAGES, in its order.
SENTENCES: dict[str, tuple[str, str, str, str]] = {
    "units_note": (
        ("Thời gian tính bằng phút; Mục tiêu = thời gian chờ mục tiêu; MT = mục tiêu; Nhận / "
         "Chuyển = số lượt chuyển đến / chuyển đi; P90 = 90% khách chờ không quá; TG PV = thời "
         "gian phục vụ TB; điểm trên thang 4."),
        "时间单位为分钟；目标 = 该业务目标等候时间；P90 = 90%客户等候不超过；评分满分4分。",
        "時間單位為分鐘；目標 = 該業務目標等候時間；P90 = 90%客戶等候不超過；評分滿分4分。",
        ("Times in minutes; target = the service's target wait; In / Out = transfers received / "
         "sent; P90 = 90% waited at most; rating out of 4."),
    ),
    "staffing_note": (
        ("Cách tính: với mỗi giờ và mỗi dịch vụ, số quầy nhỏ nhất mà mô hình {model} cho là "
         "giữ {goal} khách trong thời gian chờ mục tiêu, theo lượng khách và thời gian phục "
         "vụ của các ngày cơ sở; sau đó phát lại khách thực của các ngày đó với đề xuất này, "
         "giờ và dịch vụ nào có hơn 10% khách chờ quá mục tiêu thì thêm một quầy, cho đến khi "
         "{hold} khách đạt mục tiêu hoặc hết quầy. Khi phát lại, các dịch vụ được phục vụ tại "
         "cùng quầy dùng chung các quầy đó, như tại điểm giao dịch."),
        ("计算方法：对每个时段和每项业务，按依据日的到达人数和办理时长，取 {model} 模型下能使 "
         "{goal} 的客户在目标等候时间内被叫号的最少窗口数；再以此建议回放依据日的真实客户，"
         "凡超时客户超过 10% 的时段和业务加开一个窗口，直到 {hold} 的客户达标或窗口用尽。"
         "回放时，在同一窗口办理的业务共用这些窗口，与大厅实际一致。"),
        ("計算方法：對每個時段和每項業務，按依據日的到達人數和辦理時長，取 {model} 模型下能使 "
         "{goal} 的客戶在目標等候時間內被叫號的最少窗口數；再以此建議回放依據日的真實客戶，"
         "凡超時客戶超過 10% 的時段和業務加開一個窗口，直到 {hold} 的客戶達標或窗口用盡。"
         "回放時，在同一窗口辦理的業務共用這些窗口，與大廳實際一致。"),
        ("How: for each hour and service, the fewest counters that the {model} model says keep "
         "{goal} of the customers within the target wait, from the basis days' arrivals and "
         "service times; then the basis days' real customers are replayed with that advice, "
         "and each hour and service where more than 10% waited too long gets one more counter, "
         "until {hold} are within target or the hall has no more counters. In the replay, "
         "services served at the same counters share them, as in the hall."),
    ),
    "definitions": (
        ("Thời gian chờ: từ lúc lấy phiếu (hoặc vào hàng sau khi chuyển) đến lần gọi đầu tiên; "
         "số liệu tổng hợp chỉ tính lượt đầu. 90% khách chờ không quá: phân vị 90 (thứ hạng gần "
         "nhất). Tỷ lệ đánh giá: lượt được đánh giá / lượt đã phục vụ. Mọi số liệu được tính từ "
         "nhật ký sự kiện của điểm giao dịch, nên báo cáo của bất kỳ ngày nào cũng lập lại được "
         "đúng như cũ; việc cần theo dõi là những việc còn mở cuối ngày."),
        ("等候时间：从取号（或转办后重新排队）到首次叫号；汇总指标只计首次办理。"
         "90%客户等候不超过：第90百分位数（最近秩法）。评价率：已评价次数 / 已办结次数。"
         "所有数字均由大厅的事件日志计算，任何一天的报告都可以完全重现；"
         "待跟进事项为当日结束时仍未办结者。"),
        ("等候時間：從取號（或轉辦後重新排隊）到首次叫號；彙總指標只計首次辦理。"
         "90%客戶等候不超過：第90百分位數（最近秩法）。評價率：已評價次數 / 已辦結次數。"
         "所有數字均由大廳的事件日誌計算，任何一天的報告都可以完全重現；"
         "待跟進事項為當日結束時仍未辦結者。"),
        ("Wait: from taking the ticket (or joining the queue after a transfer) to the first "
         "call; headline waits are first visits only. 90% waited at most: nearest-rank 90th "
         "percentile. Response rate: rated visits / served visits. Every figure is computed "
         "from the hall's event log, so this report can be reproduced for any past day; "
         "follow-ups are those open at the end of the day."),
    ),
    "estimate_line": (
        "Thời gian chờ dự báo in trên phiếu lệch trung bình {mae} phút so với thực tế "
        "({share} thời gian chờ trung bình), trên {n} phiếu.",
        "票上预估的等候时间与实际平均相差 {mae} 分钟（平均等候时间的 {share}），共 {n} 张票。",
        "票上預估的等候時間與實際平均相差 {mae} 分鐘（平均等候時間的 {share}），共 {n} 張票。",
        "The wait printed on the tickets was off by {mae} min on average ({share} of the mean "
        "wait), over {n} tickets."),
    "estimate_line_minutes": (
        "Thời gian chờ dự báo in trên phiếu lệch trung bình {mae} phút so với thực tế, trên "
        "{n} phiếu (thời gian chờ quá ngắn để tính theo tỷ lệ).",
        "票上预估的等候时间与实际平均相差 {mae} 分钟，共 {n} 张票（等候时间太短，不按比例计算）。",
        "票上預估的等候時間與實際平均相差 {mae} 分鐘，共 {n} 張票（等候時間太短，不按比例計算）。",
        "The wait printed on the tickets was off by {mae} min on average, over {n} tickets "
        "(the waits were too short to give it as a share)."),
    "replay_line": (
        "Phát lại khách thực của {days} với số quầy đề xuất: {share} khách được gọi trong "
        "thời gian chờ mục tiêu (mục tiêu {goal}).",
        "以建议的窗口数回放 {days} 的真实客户：{share} 的客户在目标等候时间内被叫号（目标 {goal}）。",
        "以建議的窗口數回放 {days} 的真實客戶：{share} 的客戶在目標等候時間內被叫號（目標 {goal}）。",
        "Replaying the real customers of {days} with the advised counters: {share} are "
        "called within their target wait (goal {goal})."),
    "capped_line": (
        "Điểm giao dịch có {have} quầy; đề xuất không vượt quá số đó. Giờ cao điểm cần tới "
        "{need} quầy để đạt mục tiêu.",
        "本厅共有 {have} 个窗口，建议不超过此数；高峰时段需要 {need} 个窗口才能达标。",
        "本廳共有 {have} 個窗口，建議不超過此數；高峰時段需要 {need} 個窗口才能達標。",
        "The hall has {have} counters; no hour is advised more. At its peak the hall would "
        "need {need} to meet the goal."),
    "aftercare_note": (
        "Hồ sơ: tiếp nhận và đóng (hoàn thành hoặc từ chối) trong ngày; quá hạn và còn mở "
        "tính vào cuối ngày, theo người phụ trách lúc đó. Khiếu nại: thời gian xử lý từ lúc "
        "tiếp nhận đến lúc đóng, của các khiếu nại đóng trong ngày.",
        "工单：当日受理与办结（完成或不予受理）的件数；超期与未结按日终统计，归入当时的负责人。"
        "投诉：办结用时为受理至办结的时长，统计当日办结的投诉。",
        "工單：當日受理與辦結（完成或不予受理）的件數；超期與未結按日終統計，歸入當時的負責人。"
        "投訴：辦結用時為受理至辦結的時長，統計當日辦結的投訴。",
        "Cases: opened and closed (done or refused) during the day; overdue and open counted "
        "at the day's end, under their owner then. Complaints: time to close from opening "
        "to closing, of those closed during the day.",
    ),
    "indices_note": (
        "Điểm từ 1 (rất không hài lòng) đến 5 (rất hài lòng), trả lời trong ngày trên trang "
        "phiếu hoặc trang hồ sơ. Khoảng tin cậy 95% của điểm trung bình: khoảng t Student, "
        "x̄ ± t(0,975; n−1)·s/√n, giới hạn trong thang 1–5; không tính khi có dưới {n} câu "
        "trả lời.",
        "评分从 1（非常不满意）到 5（非常满意），为当日在取号单页面或工单页面的回答。平均分的 "
        "95% 置信区间：学生 t 区间，平均分 ± t(0.975, n−1)·s/√n，限定在 1–5 分之间；回答少于 {n} "
        "个时不计算。",
        "評分從 1（非常不滿意）到 5（非常滿意），為當日在取號單頁面或工單頁面的回答。平均分的 "
        "95% 信賴區間：學生 t 區間，平均分 ± t(0.975, n−1)·s/√n，限定在 1–5 分之間；回答少於 {n} "
        "個時不計算。",
        "Scores from 1 (very dissatisfied) to 5 (very satisfied), answered that day on the "
        "ticket's or the case's page. 95% confidence interval of the mean: Student's "
        "t-interval, x̄ ± t(0.975, n−1)·s/√n, clipped to the 1–5 scale; none under {n} "
        "answers.",
    ),
}
