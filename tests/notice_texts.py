"""A hall notice long enough to fill the displays' band in both languages (vi, zh_CN)."""

LONG_VI = ("Thứ Bảy 12/12 tạm ngừng cấp điện khu vực phường 7, phường 8 và một phần phường 9 "
           "từ 8:00 đến 11:00 để bảo trì trạm biến áp; quầy thu tiền vẫn làm việc bình thường, "
           "quý khách cần hỗ trợ xin gọi 19001006 hoặc hỏi nhân viên quầy 6.")
LONG_ZH = ("12月12日（周六）8:00至11:00第7坊、第8坊及第9坊部分区域因变电站检修暂停供电；收费窗口照常办理，"
           "如需帮助请拨打19001006或咨询6号窗口工作人员。由此带来的不便，敬请谅解。谢谢合作。"
           "检修完毕后将立即恢复供电，届时无需另行通知。请各位客户提前做好准备，妥善安排生产和生活用电。"
           "如有医疗设备等特殊用电需求，请提前与供电公司联系登记，我们将尽力提供帮助。停电期间请勿靠近变电设施，"
           "注意安全。")
