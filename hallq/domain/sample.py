"""The sample configuration: a district office of a provincial electricity company."""

from __future__ import annotations

from hallq.domain import Counter, HallInfo, Service, Staff, StaffRole
from hallq.domain.appointments import Plan

HALL = HallInfo(
    code="HCM-Q3",
    name="Điện lực Quận 3",
    timezone="Asia/Ho_Chi_Minh",
    day_start_hour=4,
    languages=("vi", "zh_CN", "en"),
    message="Giờ làm việc 7:30–17:00 · Hotline 19001006",
    footer="Hotline 19001006",
)

SERVICES = [
    Service("A", {"vi": "Thanh toán tiền điện", "zh_CN": "缴纳电费", "zh_TW": "繳納電費",
                  "en": "Pay a bill"}, 10, 3.0, True, 1, 40),
    Service("B", {"vi": "Cấp điện mới", "zh_CN": "新装用电", "zh_TW": "新裝用電",
                  "en": "New connection"}, 20, 15.0, True, 2, 15),
    Service("C", {"vi": "Hợp đồng, thay đổi thông tin", "zh_CN": "合同与信息变更",
                  "zh_TW": "合約與資料變更", "en": "Contract and account changes"},
            15, 8.0, True, 3, 20),
    Service("D", {"vi": "Sự cố, khiếu nại", "zh_CN": "故障与投诉", "zh_TW": "故障與投訴",
                  "en": "Outages and complaints"}, 10, 10.0, True, 4, 15),
    Service("E", {"vi": "Tư vấn chung", "zh_CN": "一般咨询", "zh_TW": "一般諮詢",
                  "en": "General questions"}, 15, 5.0, True, 5, 25),
]

# New connections and contract changes take appointments (2 customers a slot); the rest
# are walk-in only. `hallq init` and the demo start with these.
APPOINTMENT_PLANS = [Plan("B", capacity=2, slot_min=30), Plan("C", capacity=2, slot_min=20)]

COUNTERS = [
    Counter(1, "Quầy 1", ("A", "E")),
    Counter(2, "Quầy 2", ("A", "E")),
    Counter(3, "Quầy 3", ("A", "E")),
    Counter(4, "Quầy 4", ("B", "C")),
    Counter(5, "Quầy 5", ("C", "B")),
    Counter(6, "Quầy 6", ("D", "E")),
]

# (staff, PIN): the PINs are for the demo and tests; a hall changes them on day one.
STAFF = [
    (Staff("NV01", "Nguyễn Văn Hùng", StaffRole.CLERK), "1111"),
    (Staff("NV02", "Trần Thị Mai", StaffRole.CLERK), "2222"),
    (Staff("NV03", "Lê Văn Nam", StaffRole.CLERK), "3333"),
    (Staff("NV04", "Phạm Thị Hoa", StaffRole.CLERK), "4444"),
    (Staff("NV05", "Hoàng Văn Minh", StaffRole.CLERK), "5555"),
    (Staff("NV06", "Võ Thị Lan", StaffRole.CLERK), "6666"),
    (Staff("GS01", "Đặng Thu Hà", StaffRole.SUPERVISOR), "9999"),
    (Staff("AD01", "Quản trị", StaffRole.ADMIN), "0000"),
]
