<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>Aftercare</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>待客户补充</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <source>Counter note</source>
        <translation>窗口记录</translation>
    </message>
    <message>
        <source>Unsatisfied rating</source>
        <translation>不满意评价</translation>
    </message>
    <message>
        <source>Customer&apos;s page</source>
        <translation>客户网页</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>部分解决</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>投诉不成立</translation>
    </message>
    <message>
        <source>{due} — overdue</source>
        <translation>{due} — 已超期</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts ({n})</source>
        <translation>提醒（{n}）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>没有未处理的提醒。</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>I have an appointment</source>
        <translation>我有预约</translation>
    </message>
    <message>
        <source>Type the code of your booking, or hold its QR code under the scanner.</source>
        <translation>请输入预约码，或将二维码放在扫描器下。</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>A booking code has 6 letters and digits. Please check it.</source>
        <translation>预约码由6位字母和数字组成，请核对。</translation>
    </message>
    <message>
        <source>Your appointment is at {start}. Please come back from {at}.</source>
        <translation>您的预约时间是{start}，请于{at}以后再来。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Book an appointment for this customer</source>
        <translation>为这位客户预约</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Phone (for a reminder)</source>
        <translation>手机（用于提醒）</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>姓名（可不填）</translation>
    </message>
    <message>
        <source>No service of this hall takes appointments.</source>
        <translation>本营业厅没有可预约的业务。</translation>
    </message>
    <message>
        <source>{time} ({n} free)</source>
        <translation>{time}（余{n}个）</translation>
    </message>
    <message>
        <source>No free time that day.</source>
        <translation>当天已无可约时间。</translation>
    </message>
</context>
<context>
    <name>CallTicketDialog</name>
    <message>
        <source>Call out of turn</source>
        <translation>插队叫号</translation>
    </message>
    <message>
        <source>Call %1 out of turn</source>
        <translation>插队叫 %1 号</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Came back with documents</source>
        <translation>补齐材料后返回</translation>
    </message>
    <message>
        <source>Elderly or unwell customer</source>
        <translation>老人或身体不适</translation>
    </message>
    <message>
        <source>Supervisor&apos;s request</source>
        <translation>主管要求</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>I&apos;m here about my case</source>
        <translation>续办我的办件</translation>
    </message>
    <message>
        <source>Type your case number (HS…) or the phone number you gave, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>请输入办件编号（HS…）或登记的手机号，或将回执上的二维码对准扫描器。</translation>
    </message>
    <message>
        <source>Case number or phone</source>
        <translation>办件编号或手机号</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Take an ordinary ticket</source>
        <translation>普通取号</translation>
    </message>
    <message>
        <source>Please type the case number from your receipt (it starts with HS) or your phone number.</source>
        <translation>请输入回执上的办件编号（以 HS 开头）或您的手机号。</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Open a case…</source>
        <translation>建立办件…</translation>
    </message>
    <message>
        <source>Find a case…</source>
        <translation>查找办件…</translation>
    </message>
    <message>
        <source>About case %1 · %2 · %3</source>
        <translation>关于办件 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Printing the receipt of case %1…</source>
        <translation>正在打印办件 %1 的回执…</translation>
    </message>
    <message>
        <source>Case %1 opened, due by %2. Printing the receipt…</source>
        <translation>已建立办件 %1，期限 %2。正在打印回执…</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>回执未能打印：%1</translation>
    </message>
    <message>
        <source>No receipt printer here: the receipt is saved as %1</source>
        <translation>本窗口没有回执打印机：回执已保存为 %1</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>回执已打印。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and complaints</source>
        <translation>办件与投诉</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未办结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>With</source>
        <translation>当前处理</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>指定负责人</translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translation>原因（不予办理时必填）</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Set cause</source>
        <translation>设定原因</translation>
    </message>
    <message>
        <source>How the complaint was answered (required)</source>
        <translation>投诉的答复情况（必填）</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>关闭投诉</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Customer&apos;s words: {text}</source>
        <translation>客户原话：{text}</translation>
    </message>
    <message>
        <source>Case {number} now belongs to {name}.</source>
        <translation>办件 {number} 现由 {name} 负责。</translation>
    </message>
    <message>
        <source>Case {number}: {status}.</source>
        <translation>办件 {number}：{status}。</translation>
    </message>
    <message>
        <source>Complaint {number} now belongs to {name}.</source>
        <translation>投诉 {number} 现由 {name} 负责。</translation>
    </message>
    <message>
        <source>Complaint {number}: cause {cause}.</source>
        <translation>投诉 {number}：原因为{cause}。</translation>
    </message>
    <message>
        <source>Complaint {number} closed.</source>
        <translation>投诉 {number} 已关闭。</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>A customer code or phone number has 4 to 20 letters or digits. Please check it.</source>
        <translation>客户编号或电话号码为 4 到 20 位字母或数字，请检查。</translation>
    </message>
    <message>
        <source>Customer code or phone number (optional)</source>
        <translation>客户编号或电话号码（可不填）</translation>
    </message>
    <message>
        <source>4 to 20 letters or digits</source>
        <translation>4 到 20 位字母或数字</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>CounterComplaints</name>
    <message>
        <source>Note saved. This visit already has complaint %1, due by %2.</source>
        <translation>备注已保存。此次办理已有投诉 %1，期限 %2。</translation>
    </message>
    <message>
        <source>The customer was not satisfied: complaint %1 opened, due by %2.</source>
        <translation>客户不满意：已登记投诉 %1，期限 %2。</translation>
    </message>
    <message>
        <source>Complaint %1 opened, due by %2.</source>
        <translation>已登记投诉 %1，期限 %2。</translation>
    </message>
</context>
<context>
    <name>CounterDisplay</name>
    <message>
        <source>hallq — counter %1 display</source>
        <translation>hallq — %1 号窗口显示屏</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>Please wait to be called</source>
        <translation>请等候叫号</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>hallq — counter %1</source>
        <translation>hallq — %1 号窗口</translation>
    </message>
    <message>
        <source>This device has no counter number (start it with --counter N).</source>
        <translation>本设备没有窗口号（请用 --counter N 启动）。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残障人士</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>The counter was closed. Log in to open it again.</source>
        <translation>窗口已关闭。登录后可重新开放。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放中</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>On a break: %1</source>
        <translation>暂停中：%1</translation>
    </message>
    <message>
        <source>Ready: press F1 to call the next customer</source>
        <translation>就绪：按 F1 呼叫下一位</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>没有人在等候</translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>本窗口等候：%1</translation>
    </message>
    <message>
        <source>Booked: {code}, {when}. Tell the customer this code.</source>
        <translation>已预约：{code}，{when}。请把预约码告诉客户。</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <source>The counter is closed. Goodbye.</source>
        <translation>窗口已关闭。再见。</translation>
    </message>
</context>
<context>
    <name>CountersSection</name>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>业务（按顺序）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Tick the services this counter calls; the first in the list is called first (Up / Down).</source>
        <translation>勾选本窗口办理的业务；排在前面的优先呼叫（上移 / 下移）。</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save counter</source>
        <translation>保存窗口</translation>
    </message>
    <message>
        <source>Counter {n} saved.</source>
        <translation>{n} 号窗口已保存。</translation>
    </message>
</context>
<context>
    <name>CountersTable</name>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Current ticket</source>
        <translation>当前号码</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放中</translation>
    </message>
    <message>
        <source>Break: {reason}</source>
        <translation>暂停：{reason}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>{number} called</source>
        <translation>已呼叫 {number}</translation>
    </message>
    <message>
        <source>{number} serving</source>
        <translation>正在办理 {number}</translation>
    </message>
    <message>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
    <message>
        <source>idle {d}</source>
        <translation>空闲 {d}</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pair a new device</source>
        <translation>配对新设备</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Revoke selected</source>
        <translation>吊销所选</translation>
    </message>
    <message>
        <source>The new device&apos;s token, shown only this once. Enter it on the device (--token), then close this page:</source>
        <translation>新设备的令牌只显示这一次。请在设备上输入（--token），然后关闭此页：</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Counter PC</source>
        <translation>窗口电脑</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <source>Rating keypad</source>
        <translation>评价器</translation>
    </message>
    <message>
        <source>Supervisor PC</source>
        <translation>主管电脑</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Device added.</source>
        <translation>设备已添加。</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>请先在列表中选择设备。</translation>
    </message>
    <message>
        <source>Revoke “{name}”? It will stop working at once.</source>
        <translation>吊销“{name}”？该设备将立即停止工作。</translation>
    </message>
    <message>
        <source>{name} revoked.</source>
        <translation>{name} 已吊销。</translation>
    </message>
</context>
<context>
    <name>EventLogWindow</name>
    <message>
        <source>hallq — hub events</source>
        <translation>hallq — 服务器事件</translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation>已连接服务器</translation>
    </message>
    <message>
        <source>Not connected to the hub</source>
        <translation>未连接服务器</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Tickets issued</source>
        <translation>已发号数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>90% waited less than</source>
        <translation>90% 等候少于</translation>
    </message>
    <message>
        <source>Served within target</source>
        <translation>按时办理</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评价</translation>
    </message>
    <message>
        <source>Rating response rate</source>
        <translation>评价率</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
</context>
<context>
    <name>FindCaseDialog</name>
    <message>
        <source>Find a case</source>
        <translation>查找办件</translation>
    </message>
    <message>
        <source>Find a case by its number (HS-…) or the customer&apos;s phone</source>
        <translation>按办件编号（HS-…）或客户手机号查找</translation>
    </message>
    <message>
        <source>Number or phone</source>
        <translation>编号或手机号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Print its receipt again</source>
        <translation>重新打印回执</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>No case found.</source>
        <translation>未找到办件。</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>hallq — hall display</source>
        <translation>hallq — 大厅显示屏</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <source>≈ %1 min (%2–%3)</source>
        <translation>约 %1 分钟 (%2–%3)</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>%1 开始办理</translation>
    </message>
    <message>
        <source>wait not known yet</source>
        <translation>等候时间暂时未知</translation>
    </message>
    <message>
        <source>very soon</source>
        <translation>即将叫号</translation>
    </message>
</context>
<context>
    <name>HallSection</name>
    <message>
        <source>Hall settings</source>
        <translation>大厅设置</translation>
    </message>
    <message>
        <source>Hall name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <source>Message on the hall display</source>
        <translation>大厅显示屏上的消息</translation>
    </message>
    <message>
        <source>Footer on tickets</source>
        <translation>号票页脚</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Business day starts at (hour)</source>
        <translation>营业日开始时间（时）</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>过号前需重呼次数</translation>
    </message>
    <message>
        <source>Rating keypad waits (seconds)</source>
        <translation>评价器等待（秒）</translation>
    </message>
    <message>
        <source>Alert: counter idle for (minutes, 0 = never)</source>
        <translation>提醒：窗口空闲超过（分钟，0 = 不提醒）</translation>
    </message>
    <message>
        <source>Alert: counter on a break for (minutes, 0 = never)</source>
        <translation>提醒：窗口暂停超过（分钟，0 = 不提醒）</translation>
    </message>
    <message>
        <source>Wrong PINs before a lock</source>
        <translation>锁定前允许输错 PIN 次数</translation>
    </message>
    <message>
        <source>Lock after wrong PINs (minutes)</source>
        <translation>PIN 输错后锁定（分钟）</translation>
    </message>
    <message>
        <source>Save hall settings</source>
        <translation>保存大厅设置</translation>
    </message>
    <message>
        <source>Hall settings saved.</source>
        <translation>大厅设置已保存。</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>Staff code: {code}</source>
        <translation>工号：{code}</translation>
    </message>
    <message>
        <source>This counter is closed. Please take a number at the kiosk.</source>
        <translation>本窗口已关闭，请到取号机取号。</translation>
    </message>
    <message>
        <source>Back in a moment. Thank you for waiting.</source>
        <translation>马上回来，感谢您的耐心等候。</translation>
    </message>
    <message>
        <source>Welcome! After your visit, please tell us how we did.</source>
        <translation>欢迎！办理完毕后，请为我们的服务评价。</translation>
    </message>
    <message>
        <source>Not connected to the hall server: ratings are paused.</source>
        <translation>未连接服务器：评价暂停。</translation>
    </message>
</context>
<context>
    <name>IndicesSection</name>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Key (a-z, 0-9, _)</source>
        <translation>代码（a-z、0-9、_）</translation>
    </message>
    <message>
        <source>Question in Vietnamese</source>
        <translation>越南语问题</translation>
    </message>
    <message>
        <source>Question in Simplified Chinese</source>
        <translation>简体中文问题</translation>
    </message>
    <message>
        <source>Question in Traditional Chinese</source>
        <translation>繁体中文问题</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>英语问题</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>保存问题</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Question {key} saved.</source>
        <translation>问题 {key} 已保存。</translation>
    </message>
    <message>
        <source>Stop asking the question {key}? Its past answers stay in the reports.</source>
        <translation>停止询问问题 {key}？以往的回答仍保留在报告中。</translation>
    </message>
    <message>
        <source>Question {key} removed.</source>
        <translation>问题 {key} 已删除。</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <source>Priority: elderly</source>
        <translation>优先：老人</translation>
    </message>
    <message>
        <source>Priority: disability</source>
        <translation>优先：残障人士</translation>
    </message>
    <message>
        <source>Priority: pregnant</source>
        <translation>优先：孕妇</translation>
    </message>
    <message>
        <source>Priority: appointment</source>
        <translation>优先：预约</translation>
    </message>
    <message>
        <source>Please remember your number.</source>
        <translation>请记住您的号码。</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <source>Please take your printed ticket below.</source>
        <translation>请在下方取走号票。</translation>
    </message>
    <message>
        <source>The printer is out of paper, so no ticket was printed. Please remember your number — you are in the queue. The staff have been told.</source>
        <translation>打印机缺纸，未能打印号票。请记住您的号码——您已在排队中。已通知工作人员。</translation>
    </message>
    <message>
        <source>The ticket printer is not working, so no ticket was printed. Please remember your number — you are in the queue. The staff have been told.</source>
        <translation>号票打印机故障，未能打印号票。请记住您的号码——您已在排队中。已通知工作人员。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面还有：%1 人</translation>
    </message>
    <message>
        <source>Service opens at %1</source>
        <translation>本业务 %1 开始办理</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>预计等候：暂时未知</translation>
    </message>
    <message>
        <source>Estimated wait: you are next</source>
        <translation>预计等候：下一位就是您</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>预计等候：约 %1 分钟</translation>
    </message>
    <message>
        <source>(usually %1–%2 min)</source>
        <translation>（一般 %1–%2 分钟）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>KeypadWindow</name>
    <message>
        <source>hallq — rating keypad, counter {n}</source>
        <translation>hallq — 评价器，{n} 号窗口</translation>
    </message>
    <message>
        <source>Counter {n}</source>
        <translation>{n} 号窗口</translation>
    </message>
</context>
<context>
    <name>KioskKeypad</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>hallq — take a number</source>
        <translation>hallq — 取号</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Log in and open the counter</source>
        <translation>登录并开放窗口</translation>
    </message>
    <message>
        <source>Supervisor log-in</source>
        <translation>主管登录</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the visit</source>
        <translation>办理备注</translation>
    </message>
    <message>
        <source>Note on the visit of %1</source>
        <translation>%1 的办理备注</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Bill and payment</source>
        <translation>账单与缴费</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Outage or supply quality</source>
        <translation>停电或供电质量</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新装</translation>
    </message>
    <message>
        <source>Contract change</source>
        <translation>合同变更</translation>
    </message>
    <message>
        <source>Staff or service at the hall</source>
        <translation>大厅人员或服务</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What was asked:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>In a few words, what the customer asked for or complained about</source>
        <translation>简述客户的诉求或投诉</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>已当场解决</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>需要跟进</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>显示开始</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>显示截止</translation>
    </message>
    <message>
        <source>Notice in Vietnamese</source>
        <translation>越南语通知</translation>
    </message>
    <message>
        <source>Notice in Simplified Chinese</source>
        <translation>简体中文通知</translation>
    </message>
    <message>
        <source>Notice in Traditional Chinese</source>
        <translation>繁体中文通知</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>英语通知</translation>
    </message>
    <message>
        <source>New notice to the hall (displays, ticket and case pages)</source>
        <translation>新的大厅通知（显示屏、号票页面和办件页面）</translation>
    </message>
    <message>
        <source>Left empty: shown in the hall&apos;s first language</source>
        <translation>留空：以大厅的第一语言显示</translation>
    </message>
    <message>
        <source>Post notice</source>
        <translation>发布通知</translation>
    </message>
    <message>
        <source>Withdraw selected notice</source>
        <translation>撤下所选通知</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤下</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>即将生效</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Notice posted: shown from {start} until {end}.</source>
        <translation>通知已发布：显示时间 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>Notice withdrawn: it is shown nowhere from now on.</source>
        <translation>通知已撤下：从现在起不再在任何地方显示。</translation>
    </message>
</context>
<context>
    <name>OfflineBadge</name>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
</context>
<context>
    <name>OnlinePage</name>
    <message>
        <source>Channel</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>SMSC address</source>
        <translation>短信中心地址</translation>
    </message>
    <message>
        <source>SMSC port</source>
        <translation>短信中心端口</translation>
    </message>
    <message>
        <source>System ID</source>
        <translation>系统账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发送方名称</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>Body ($phone, $text, $language)</source>
        <translation>消息体（$phone、$text、$language）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Remind 2 hours before an appointment</source>
        <translation>预约前2小时提醒</translation>
    </message>
    <message>
        <source>Keep phone numbers (days after the visit)</source>
        <translation>手机号保留天数（办理后）</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>不发送消息</translation>
    </message>
    <message>
        <source>SMS (SMPP)</source>
        <translation>短信（SMPP）</translation>
    </message>
    <message>
        <source>Webhook (Zalo OA, WeChat...)</source>
        <translation>Webhook（微信、Zalo OA 等）</translation>
    </message>
    <message>
        <source>Messages to customers</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Phone number for a test message</source>
        <translation>测试消息的手机号</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>发送测试消息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Today: {booked} appointments, {checked_in} checked in, {no_shows} no-shows, {cancelled} cancelled · {phone} tickets taken from phones · messages: {sent} sent, {failed} failed, {waiting} waiting</source>
        <translation>今日：预约{booked}个，已签到{checked_in}个，未到{no_shows}个，已取消{cancelled}个 · 手机取号{phone}个 · 消息：已发送{sent}条，失败{failed}条，待发送{waiting}条</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>(set; type to change)</source>
        <translation>（已设置；输入以更改）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Test message queued; it goes out within seconds.</source>
        <translation>测试消息已排队，几秒内发出。</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>建立办件</translation>
    </message>
    <message>
        <source>Open a case for %1: the request is followed after this visit, and you own it.</source>
        <translation>为 %1 建立办件：本次未办结的事项将继续跟进，由您负责。</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>需携带</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>手机号（可选）</translation>
    </message>
    <message>
        <source>to find the case by phone later</source>
        <translation>以便日后按手机号查找办件</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1（%2 个工作日）</translation>
    </message>
    <message>
        <source>This visit is already case %1.</source>
        <translation>本次来访已建立办件 %1。</translation>
    </message>
</context>
<context>
    <name>OwnList</name>
    <message>
        <source>My open cases and complaints: {n}</source>
        <translation>我负责的未结办件与投诉：{n}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} 件已超期</translation>
    </message>
    <message>
        <source>Case {number}: {kind}, {status}, due {due}</source>
        <translation>办件 {number}：{kind}，{status}，期限 {due}</translation>
    </message>
    <message>
        <source>Complaint {number}: {source}, due {due}</source>
        <translation>投诉 {number}：{source}，期限 {due}</translation>
    </message>
    <message>
        <source>Nothing open: every case and complaint of yours is closed.</source>
        <translation>没有未结事项：您的办件和投诉均已办结。</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause the counter</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>短暂休息</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>开会</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>处理文件</translation>
    </message>
    <message>
        <source>System problem</source>
        <translation>系统故障</translation>
    </message>
</context>
<context>
    <name>PlansBox</name>
    <message>
        <source>Appointments: calendar and places</source>
        <translation>预约：营业时间与名额</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>节假日（YYYY-MM-DD，…）</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Customers a slot</source>
        <translation>每时段名额</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>时段（分钟）</translation>
    </message>
    <message>
        <source>Phone tickets a day</source>
        <translation>每日手机取号数</translation>
    </message>
    <message>
        <source>Save the appointment set-up</source>
        <translation>保存预约设置</translation>
    </message>
    <message>
        <source>Write the opening hours as 07:30–11:30, 13:30–17:00.</source>
        <translation>营业时间请写成 07:30–11:30, 13:30–17:00。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>This hub cannot make the daily report yet (it needs a newer hallq).</source>
        <translation>此服务器暂不能生成日报（需要更新版 hallq）。</translation>
    </message>
    <message>
        <source>The report for {day} was sent to the printer.</source>
        <translation>{day} 的报表已发送到打印机。</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>报表未保存。</translation>
    </message>
    <message>
        <source>The report could not be saved: {e}</source>
        <translation>报表无法保存：{e}</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>报表已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>ServicesSection</name>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>目标等候</translation>
    </message>
    <message>
        <source>Typical time</source>
        <translation>常规用时</translation>
    </message>
    <message>
        <source>Queue limit</source>
        <translation>排队上限</translation>
    </message>
    <message>
        <source>Kiosk order</source>
        <translation>取号机顺序</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新业务</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>编辑业务</translation>
    </message>
    <message>
        <source>Prefix (one letter)</source>
        <translation>前缀（一个字母）</translation>
    </message>
    <message>
        <source>Name in Vietnamese</source>
        <translation>越南语名称</translation>
    </message>
    <message>
        <source>Name in Simplified Chinese</source>
        <translation>简体中文名称</translation>
    </message>
    <message>
        <source>Name in Traditional Chinese</source>
        <translation>繁体中文名称</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英语名称</translation>
    </message>
    <message>
        <source>Typical service time</source>
        <translation>常规办理用时</translation>
    </message>
    <message>
        <source>Queue limit (alert above)</source>
        <translation>排队上限（超出即提醒）</translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation>取号机上的顺序</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>今日开放</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>保存业务</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Service {p} saved.</source>
        <translation>业务 {p} 已保存。</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Longest wait / target</source>
        <translation>最长等候 / 目标</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已办理</translation>
    </message>
    <message>
        <source>{m} min / {t}</source>
        <translation>{m} 分钟 / {t}</translation>
    </message>
    <message>
        <source>— / {t}</source>
        <translation>— / {t}</translation>
    </message>
    <message>
        <source>opens at {t}</source>
        <translation>{t} 开始办理</translation>
    </message>
    <message>
        <source>no open counter</source>
        <translation>没有开放的窗口</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>无需等候</translation>
    </message>
    <message>
        <source>≈ {m} min ({lo}–{hi})</source>
        <translation>约 {m} 分钟 ({lo}–{hi})</translation>
    </message>
    <message>
        <source>≈ {m} min</source>
        <translation>约 {m} 分钟</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation>大厅设置</translation>
    </message>
    <message>
        <source>Satisfaction questions</source>
        <translation>满意度问题</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Clerk</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Active (can log in)</source>
        <translation>启用（可登录）</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits. For an existing staff member, leave it empty to keep the PIN, or type a new one to reset it.</source>
        <translation>PIN 码为 4 到 8 位数字。已有员工留空则保留原 PIN，输入新 PIN 则重置。</translation>
    </message>
    <message>
        <source>Lift lock-out</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Let this staff member log in again after too many wrong PINs, on every device.</source>
        <translation>让因 PIN 输错次数过多而被锁定的该员工在所有设备上重新登录。</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>保存员工</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{code} saved.</source>
        <translation>{code} 已保存。</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>请先在列表中选择员工。</translation>
    </message>
    <message>
        <source>Lock-out lifted for {code}.</source>
        <translation>已解除 {code} 的锁定。</translation>
    </message>
    <message>
        <source>{code} was not locked out.</source>
        <translation>{code} 未被锁定。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Elderly</source>
        <translation>老人</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残障人士</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>%1 开始办理</translation>
    </message>
    <message>
        <source>waiting time not known yet</source>
        <translation>等候时间暂时未知</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>无需等候</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>Priority customers and customer code (optional) — choose these first:</source>
        <translation>优先客户和客户编号（可选）——请先选择：</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>客户编号：%1</translation>
    </message>
    <message>
        <source>Add customer code / phone</source>
        <translation>添加客户编号 / 电话</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>我有预约</translation>
    </message>
    <message>
        <source>Tap a service to take your number</source>
        <translation>点击业务即可取号</translation>
    </message>
    <message>
        <source>No service is open at the moment. Please ask the staff.</source>
        <translation>目前没有开放的业务，请咨询工作人员。</translation>
    </message>
</context>
<context>
    <name>SupervisorAlerts</name>
    <message>
        <source>{device}: the ticket printer cannot be reached. Check its power and cable.</source>
        <translation>{device}：无法连接取号打印机。请检查电源和连接线。</translation>
    </message>
    <message>
        <source>{device}: the ticket printer is out of paper. Load a new roll.</source>
        <translation>{device}：取号打印机缺纸。请装入新纸卷。</translation>
    </message>
    <message>
        <source>{device}: the printer in this device&apos;s settings is not one hallq can drive. Check the printer settings.</source>
        <translation>{device}：此设备设置中的打印机 hallq 无法驱动。请检查打印机设置。</translation>
    </message>
    <message>
        <source>{device}: the ticket printer reported an error. Check it, then print a test ticket.</source>
        <translation>{device}：取号打印机报告错误。请检查打印机，然后打印一张测试票。</translation>
    </message>
    <message>
        <source>The hall&apos;s backup failed. Check that the backup folder exists and has free space.</source>
        <translation>大厅数据备份失败。请检查备份文件夹是否存在且有剩余空间。</translation>
    </message>
    <message>
        <source>{device}: fault {code}. Tell the technician.</source>
        <translation>{device}：故障 {code}。请通知技术人员。</translation>
    </message>
    <message>
        <source>waited too long</source>
        <translation>等候太久</translation>
    </message>
    <message>
        <source>staff attitude</source>
        <translation>工作人员态度</translation>
    </message>
    <message>
        <source>explanation unclear</source>
        <translation>解释不清楚</translation>
    </message>
    <message>
        <source>procedure too complicated</source>
        <translation>手续太复杂</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unsatisfied customer: {number}, counter {counter}, {staff}</source>
        <translation>客户不满意：{number}，{counter} 号窗口，{staff}</translation>
    </message>
    <message>
        <source>{service}: {number} has waited {minutes} min (target {target} min)</source>
        <translation>{service}：{number} 已等候 {minutes} 分钟（目标 {target} 分钟）</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, more than the limit of {limit}</source>
        <translation>{service}：{waiting} 人等候，超过上限 {limit}</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting and no open counter serves it</source>
        <translation>{service}：{waiting} 人等候，但没有开放的窗口办理此业务</translation>
    </message>
    <message>
        <source>Counter {counter} ({staff}) idle for {minutes} min while customers wait</source>
        <translation>{counter} 号窗口（{staff}）空闲 {minutes} 分钟，但有客户在等候</translation>
    </message>
    <message>
        <source>Counter {counter} ({staff}) on a break for {minutes} min</source>
        <translation>{counter} 号窗口（{staff}）已暂停 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Complaint {number} ({owner}) is overdue: it was due {due}</source>
        <translation>投诉 {number}（{owner}）已超期：期限为 {due}</translation>
    </message>
    <message>
        <source>Complaint {number} ({owner}) is still unanswered: it went to head office</source>
        <translation>投诉 {number}（{owner}）仍未答复：已上报总部</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>hallq — supervisor</source>
        <translation>hallq — 主管</translation>
    </message>
    <message>
        <source>Print today&apos;s report</source>
        <translation>打印今日报表</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>将报表保存为 PDF…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假设推演</translation>
    </message>
    <message>
        <source>Appointments and messages</source>
        <translation>预约与消息</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>主管：{name}</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected to the hall server</source>
        <translation>未连接服务器</translation>
    </message>
    <message>
        <source>Waiting for the hall server…</source>
        <translation>正在等待服务器…</translation>
    </message>
    <message>
        <source>Type your staff code and PIN.</source>
        <translation>请输入工号和 PIN 码。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can log in here.</source>
        <translation>只有主管或管理员可以在此登录。</translation>
    </message>
    <message>
        <source>Head office has never received this hall&apos;s data. Check the network or call support.</source>
        <translation>总部从未收到本大厅的数据。请检查网络或联系技术支持。</translation>
    </message>
    <message>
        <source>Head office has not received this hall&apos;s data since {when}. Check the network or call support.</source>
        <translation>总部自 {when} 起未收到本大厅的数据。请检查网络或联系技术支持。</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最近错误：{error}</translation>
    </message>
    <message>
        <source>Live view — {n} alerts</source>
        <translation>实时 — {n} 条提醒</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Preparing the report for {day}…</source>
        <translation>正在生成 {day} 的报表…</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Transfer the customer</source>
        <translation>转办客户</translation>
    </message>
    <message>
        <source>To a service:</source>
        <translation>转至业务：</translation>
    </message>
    <message>
        <source>To a counter:</source>
        <translation>转至窗口：</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>What the next counter should know</source>
        <translation>下一个窗口需要了解的情况</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlocked by %1</source>
        <translation>由 %1 解锁</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s staff code.</source>
        <translation>请输入主管工号。</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message>
        <source>Supervisor: unlock the kiosk</source>
        <translation>主管：解锁取号机</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回取号机</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>关闭取号机</translation>
    </message>
</context>
<context>
    <name>WhatIfPage</name>
    <message>
        <source>No customers today yet: nothing to replay.</source>
        <translation>今天还没有客户：没有可回放的内容。</translation>
    </message>
    <message>
        <source>Replayed: {share}% of {n} customers within their target wait, {unserved} not served before the end of the day.</source>
        <translation>回放结果：{n} 位客户中 {share}% 在目标等候时间内被叫号，{unserved} 位在当天结束前未获办理。</translation>
    </message>
    <message>
        <source>What if other counters had been open? Set the counters open in each hour and press Replay: today&apos;s customers are replayed with the time each really took.</source>
        <translation>如果开放的窗口数不同会怎样？设置每个时段开放的窗口数，然后按“回放”：按每位客户的实际办理时长回放今天的客户。</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Today&apos;s counters</source>
        <translation>今天的窗口数</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Call the selected ticket out of turn…</source>
        <translation>插队呼叫所选号码…</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Red: waited past the service&apos;s target</source>
        <translation>红色：等候已超过目标时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Today: %1 served</source>
        <translation>今日：已办理 %1</translation>
    </message>
    <message>
        <source>average %1 min</source>
        <translation>平均 %1 分钟</translation>
    </message>
    <message>
        <source>rating %1/4 (%2 ratings)</source>
        <translation>评价 %1/4（%2 次）</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <source>Called %1 out of turn.</source>
        <translation>已插队呼叫 %1。</translation>
    </message>
    <message>
        <source>Recalled %1.</source>
        <translation>已重新呼叫 %1。</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>正在办理 %1。</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 已办结。</translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation>%1 已标记为过号。</translation>
    </message>
    <message>
        <source>%1 transferred.</source>
        <translation>%1 已转办。</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>窗口暂停服务。</translation>
    </message>
    <message>
        <source>The counter is open again.</source>
        <translation>窗口已恢复服务。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Called — waiting for the customer</source>
        <translation>已呼叫——等待客户</translation>
    </message>
    <message>
        <source>(recalled %1×)</source>
        <translation>（已重呼 %1 次）</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>客户编号：%1</translation>
    </message>
    <message>
        <source>No customer code</source>
        <translation>无客户编号</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>已等候 %1</translation>
    </message>
    <message>
        <source>At the counter %1</source>
        <translation>在窗口 %1</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>待客户补充</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due by %1 · owner %2</source>
        <translation>期限 %1 · 负责人 %2</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Message on the hall display</source>
        <translation>大厅显示屏上的消息</translation>
    </message>
    <message>
        <source>Footer on tickets</source>
        <translation>号票页脚</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Business day starts at (hour)</source>
        <translation>营业日开始时间（时）</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>过号前需重呼次数</translation>
    </message>
    <message>
        <source>Rating keypad waits (seconds)</source>
        <translation>评价器等待（秒）</translation>
    </message>
    <message>
        <source>Alert: counter idle for (minutes)</source>
        <translation>提醒：窗口空闲超过（分钟）</translation>
    </message>
    <message>
        <source>Alert: counter on a break for (minutes)</source>
        <translation>提醒：窗口暂停超过（分钟）</translation>
    </message>
    <message>
        <source>Wrong PINs before a lock</source>
        <translation>锁定前允许输错 PIN 次数</translation>
    </message>
    <message>
        <source>Lock after wrong PINs (minutes)</source>
        <translation>PIN 输错后锁定（分钟）</translation>
    </message>
    <message>
        <source>Rating choices</source>
        <translation>评价选项</translation>
    </message>
    <message>
        <source>Reasons for a low rating</source>
        <translation>差评原因</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Customers a slot</source>
        <translation>每时段名额</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>时段（分钟）</translation>
    </message>
    <message>
        <source>Phone tickets a day</source>
        <translation>每日手机取号数</translation>
    </message>
    <message>
        <source>Prefix (one letter)</source>
        <translation>前缀（一个字母）</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>业务名称</translation>
    </message>
    <message>
        <source>Name in Vietnamese</source>
        <translation>越南语名称</translation>
    </message>
    <message>
        <source>Name in Simplified Chinese</source>
        <translation>简体中文名称</translation>
    </message>
    <message>
        <source>Name in Traditional Chinese</source>
        <translation>繁体中文名称</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英语名称</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>目标等候</translation>
    </message>
    <message>
        <source>Typical service time</source>
        <translation>常规办理用时</translation>
    </message>
    <message>
        <source>Queue limit</source>
        <translation>排队上限</translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation>取号机上的顺序</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Counter number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Satisfaction questions</source>
        <translation>满意度问题</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>显示开始</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>显示截止</translation>
    </message>
    <message>
        <source>Notice in Vietnamese</source>
        <translation>越南语通知</translation>
    </message>
    <message>
        <source>Notice in Simplified Chinese</source>
        <translation>简体中文通知</translation>
    </message>
    <message>
        <source>Notice in Traditional Chinese</source>
        <translation>繁体中文通知</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>英语通知</translation>
    </message>
    <message>
        <source>Cannot reach the hall server. Please wait or call staff.</source>
        <translation>无法连接服务器，请稍候或联系工作人员。</translation>
    </message>
    <message>
        <source>This device is not paired with the hall server.</source>
        <translation>本设备未与服务器配对。</translation>
    </message>
    <message>
        <source>This device is not allowed to do that.</source>
        <translation>本设备无权执行此操作。</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Wrong staff code or PIN.</source>
        <translation>工号或 PIN 码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a few minutes.</source>
        <translation>PIN 码输错次数过多，请几分钟后再试。</translation>
    </message>
    <message>
        <source>Another staff member is working at this counter.</source>
        <translation>另一位工作人员正在使用此窗口。</translation>
    </message>
    <message>
        <source>You are already working at another counter.</source>
        <translation>您已在另一个窗口工作。</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>窗口已关闭。</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>窗口暂停服务。</translation>
    </message>
    <message>
        <source>Finish the current customer first.</source>
        <translation>请先办结当前客户。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>没有人在等候。</translation>
    </message>
    <message>
        <source>No customer is at this counter.</source>
        <translation>此窗口没有客户。</translation>
    </message>
    <message>
        <source>Recall the customer before marking a no-show.</source>
        <translation>标记过号前请先重呼客户。</translation>
    </message>
    <message>
        <source>The customer is already being served.</source>
        <translation>该客户已在办理中。</translation>
    </message>
    <message>
        <source>This visit has already been rated.</source>
        <translation>本次办理已评价。</translation>
    </message>
    <message>
        <source>There is no visit to rate.</source>
        <translation>没有可评价的办理。</translation>
    </message>
    <message>
        <source>This service is not available.</source>
        <translation>该业务暂不办理。</translation>
    </message>
    <message>
        <source>A customer code or phone number has 4 to 20 letters or digits.</source>
        <translation>客户编号或电话号码为 4 到 20 位字母或数字。</translation>
    </message>
    <message>
        <source>The hall server cannot save right now. Nothing was changed.</source>
        <translation>服务器暂时无法保存，未做任何更改。</translation>
    </message>
    <message>
        <source>The request was not understood. Nothing was changed.</source>
        <translation>无法识别该请求，未做任何更改。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Choose where to transfer the customer.</source>
        <translation>请选择转办去向。</translation>
    </message>
    <message>
        <source>This prefix is already used by another service.</source>
        <translation>该前缀已被其他业务使用。</translation>
    </message>
    <message>
        <source>A counter must serve at least one service.</source>
        <translation>每个窗口至少要办理一项业务。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>A service prefix is one letter from A to Z.</source>
        <translation>业务前缀为 A 到 Z 的一个字母。</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Waits, times and limits must be numbers above zero.</source>
        <translation>等候、用时和上限必须是大于 0 的数字。</translation>
    </message>
    <message>
        <source>A service is listed twice for this counter.</source>
        <translation>此窗口的业务有重复。</translation>
    </message>
    <message>
        <source>Counter numbers go from 1 to 99.</source>
        <translation>窗口号为 1 到 99。</translation>
    </message>
    <message>
        <source>This staff code is already used.</source>
        <translation>该工号已被使用。</translation>
    </message>
    <message>
        <source>A new staff member needs a PIN.</source>
        <translation>新员工需要设置 PIN 码。</translation>
    </message>
    <message>
        <source>A staff code has 1 to 12 letters or digits.</source>
        <translation>工号为 1 到 12 位字母或数字。</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>请从列表中选择角色。</translation>
    </message>
    <message>
        <source>This hall setting is not valid (check the time zone and hours).</source>
        <translation>大厅设置无效（请检查时区和时间）。</translation>
    </message>
    <message>
        <source>Choose at least one language: vi, zh_CN, zh_TW or en.</source>
        <translation>请至少选择一种语言：vi、zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>A counter PC or rating keypad needs its counter number.</source>
        <translation>窗口电脑或评价器需要填写窗口号。</translation>
    </message>
    <message>
        <source>There is no such counter.</source>
        <translation>没有这个窗口。</translation>
    </message>
    <message>
        <source>There is no such device.</source>
        <translation>没有这个设备。</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>没有这位员工。</translation>
    </message>
    <message>
        <source>This ticket is already back in the queue.</source>
        <translation>此号码已重新排队。</translation>
    </message>
    <message>
        <source>This follow-up is already resolved.</source>
        <translation>此跟进事项已处理完毕。</translation>
    </message>
    <message>
        <source>This alert is not known; refresh the window.</source>
        <translation>无法识别此提醒，请刷新窗口。</translation>
    </message>
    <message>
        <source>This rating is not offered any more; please choose again.</source>
        <translation>此评价选项已不再提供，请重新选择。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>Write what the customer asked or complained about.</source>
        <translation>请写明客户的请求或投诉内容。</translation>
    </message>
    <message>
        <source>This priority is not known; choose again.</source>
        <translation>无法识别此优先类别，请重新选择。</translation>
    </message>
    <message>
        <source>This reason is not offered any more; please choose again.</source>
        <translation>此原因已不再提供，请重新选择。</translation>
    </message>
    <message>
        <source>The hall server is restarting. Nothing was changed; try again in a moment.</source>
        <translation>服务器正在重启，未做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>您尚未登录。</translation>
    </message>
    <message>
        <source>This ticket is not for this counter.</source>
        <translation>此号码不属于本窗口。</translation>
    </message>
    <message>
        <source>Only a customer marked absent can be put back in the queue.</source>
        <translation>只有被标记为过号的客户才能重新排队。</translation>
    </message>
    <message>
        <source>The counter is not on a break.</source>
        <translation>本窗口不在暂停中。</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting.</source>
        <translation>此号码已不在等候中。</translation>
    </message>
    <message>
        <source>This note does not exist any more; refresh the list.</source>
        <translation>此记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>There is no such ticket today.</source>
        <translation>今天没有这个号码。</translation>
    </message>
    <message>
        <source>No head office is set for this hall (sync settings).</source>
        <translation>本大厅未设置总部（同步设置）。</translation>
    </message>
    <message>
        <source>A sync with head office is already running.</source>
        <translation>与总部的同步正在进行中。</translation>
    </message>
    <message>
        <source>There is no appointment with this code. Check the code, or take an ordinary ticket.</source>
        <translation>没有此预约码的预约。请核对预约码，或普通取号。</translation>
    </message>
    <message>
        <source>This appointment has already been used; its ticket was given then.</source>
        <translation>此预约已使用，当时已发过号。</translation>
    </message>
    <message>
        <source>This appointment was cancelled. Take an ordinary ticket.</source>
        <translation>此预约已取消，请普通取号。</translation>
    </message>
    <message>
        <source>This appointment is for another day.</source>
        <translation>此预约不是今天的。</translation>
    </message>
    <message>
        <source>Too early for this appointment: please come back 15 minutes before its time.</source>
        <translation>离预约时间还早，请在预约前15分钟再来。</translation>
    </message>
    <message>
        <source>This service takes no appointments.</source>
        <translation>此业务不接受预约。</translation>
    </message>
    <message>
        <source>Choose one of the appointment times offered.</source>
        <translation>请从可选的预约时间中选择。</translation>
    </message>
    <message>
        <source>That time has passed; choose a later one.</source>
        <translation>该时间已过，请选择稍后的时间。</translation>
    </message>
    <message>
        <source>That time is fully booked; choose another.</source>
        <translation>该时间已约满，请选择其他时间。</translation>
    </message>
    <message>
        <source>Appointments can be booked at most 60 days ahead.</source>
        <translation>最多可提前60天预约。</translation>
    </message>
    <message>
        <source>This phone number already has an appointment for this service that day.</source>
        <translation>该手机号当天已预约此业务。</translation>
    </message>
    <message>
        <source>Please give a phone number.</source>
        <translation>请填写手机号码。</translation>
    </message>
    <message>
        <source>A phone number has 4 to 20 digits.</source>
        <translation>手机号码应为4至20位数字。</translation>
    </message>
    <message>
        <source>Only a booked appointment not yet checked in can be moved.</source>
        <translation>只有已预约且未签到的预约才能改期。</translation>
    </message>
    <message>
        <source>This service takes no tickets from phones.</source>
        <translation>此业务不支持手机取号。</translation>
    </message>
    <message>
        <source>Today&apos;s tickets from phones for this service are all taken.</source>
        <translation>今日该业务的手机取号已满。</translation>
    </message>
    <message>
        <source>This phone number already has a ticket in the queue.</source>
        <translation>该手机号已有排队号。</translation>
    </message>
    <message>
        <source>A booking code has 4 to 12 letters or digits.</source>
        <translation>预约码为4至12位字母或数字。</translation>
    </message>
    <message>
        <source>An appointment with this code already exists.</source>
        <translation>已有使用此预约码的预约。</translation>
    </message>
    <message>
        <source>There is no case with this number.</source>
        <translation>没有此编号的案件。</translation>
    </message>
    <message>
        <source>This visit is already a case.</source>
        <translation>此次办理已立案。</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>此案件已结案。</translation>
    </message>
    <message>
        <source>The case cannot go to that status from where it is.</source>
        <translation>案件无法从当前状态转到该状态。</translation>
    </message>
    <message>
        <source>The hall&apos;s calendar has no working day ahead; check its working days and holidays.</source>
        <translation>营业厅日历中没有后续工作日，请检查工作日和节假日设置。</translation>
    </message>
    <message>
        <source>A due time is 0 to 120 working days.</source>
        <translation>办理时限为0至120个工作日。</translation>
    </message>
    <message>
        <source>Type the case number or the phone number given for the case.</source>
        <translation>请输入办件编号或办件登记的手机号。</translation>
    </message>
    <message>
        <source>There is no open case for this phone number.</source>
        <translation>此手机号没有办理中的办件。</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s cause from the list.</source>
        <translation>请从列表中选择投诉原因。</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>此投诉已结案。</translation>
    </message>
    <message>
        <source>Choose how the complaint ended.</source>
        <translation>请选择投诉处理结果。</translation>
    </message>
    <message>
        <source>Write how the complaint was answered.</source>
        <translation>请写明投诉的答复情况。</translation>
    </message>
    <message>
        <source>There is no complaint with this number.</source>
        <translation>没有此编号的投诉。</translation>
    </message>
    <message>
        <source>A complaint about this visit was already made; nothing was changed.</source>
        <translation>此次办理已有投诉，未作任何更改。</translation>
    </message>
    <message>
        <source>Write what the customer complained about.</source>
        <translation>请填写客户投诉的内容。</translation>
    </message>
    <message>
        <source>A complaint or its answer is at most 1,000 characters.</source>
        <translation>投诉或答复最多 1000 字。</translation>
    </message>
    <message>
        <source>A complaint comes from a note, a rating or the customer.</source>
        <translation>投诉来源只能是窗口记录、评价或客户本人。</translation>
    </message>
    <message>
        <source>Choose who answers the complaint.</source>
        <translation>请选择负责答复投诉的人员。</translation>
    </message>
    <message>
        <source>Write each question in Vietnamese or English.</source>
        <translation>每个问题请用越南语或英语填写。</translation>
    </message>
    <message>
        <source>The questions come once the visit is finished.</source>
        <translation>办理结束后才能回答这些问题。</translation>
    </message>
    <message>
        <source>The questions come once the case is closed.</source>
        <translation>工单办结后才能回答这些问题。</translation>
    </message>
    <message>
        <source>This question was already answered; nothing was changed.</source>
        <translation>该问题已经回答过，未作任何更改。</translation>
    </message>
    <message>
        <source>This question is not asked any more; refresh the page.</source>
        <translation>此问题已不再询问，请刷新页面。</translation>
    </message>
    <message>
        <source>A score is 1 to 5.</source>
        <translation>分数为 1 到 5。</translation>
    </message>
    <message>
        <source>Choose a score for at least one question.</source>
        <translation>请至少为一个问题选择分数。</translation>
    </message>
    <message>
        <source>A notice must end after it starts.</source>
        <translation>通知的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>This end time has passed: the notice would be shown nowhere.</source>
        <translation>该结束时间已过：通知将不会在任何地方显示。</translation>
    </message>
    <message>
        <source>Write the notice in at least one language.</source>
        <translation>请至少用一种语言填写通知。</translation>
    </message>
    <message>
        <source>A notice is at most 240 characters in each language.</source>
        <translation>每种语言的通知最多 240 个字符。</translation>
    </message>
    <message>
        <source>This notice does not exist any more; refresh the list.</source>
        <translation>此通知已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>Check “{field}”: {text}</source>
        <translation>请检查“{field}”：{text}</translation>
    </message>
    <message>
        <source>{field}: this value is not valid. Nothing was changed.</source>
        <translation>{field}：此值无效，未做任何更改。</translation>
    </message>
</context>
</TS>
