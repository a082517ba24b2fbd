<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
<context>
    <name>Aftercare</name>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>總部</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>待客戶補充</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予辦理</translation>
    </message>
    <message>
        <source>Counter note</source>
        <translation>窗口記錄</translation>
    </message>
    <message>
        <source>Unsatisfied rating</source>
        <translation>不滿意評價</translation>
    </message>
    <message>
        <source>Customer&apos;s page</source>
        <translation>客戶網頁</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>部分解決</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>投訴不成立</translation>
    </message>
    <message>
        <source>{due} — overdue</source>
        <translation>{due} — 已逾期</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
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
        <translation>沒有未處理的提醒。</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>I have an appointment</source>
        <translation>我有預約</translation>
    </message>
    <message>
        <source>Type the code of your booking, or hold its QR code under the scanner.</source>
        <translation>請輸入預約碼，或將 QR 碼放在掃描器下。</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>預約碼</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>A booking code has 6 letters and digits. Please check it.</source>
        <translation>預約碼由6位字母和數字組成，請核對。</translation>
    </message>
    <message>
        <source>Your appointment is at {start}. Please come back from {at}.</source>
        <translation>您的預約時間是{start}，請於{at}以後再來。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Book an appointment for this customer</source>
        <translation>為這位客戶預約</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Phone (for a reminder)</source>
        <translation>手機（用於提醒）</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>姓名（可不填）</translation>
    </message>
    <message>
        <source>No service of this hall takes appointments.</source>
        <translation>本營業廳沒有可預約的業務。</translation>
    </message>
    <message>
        <source>{time} ({n} free)</source>
        <translation>{time}（餘{n}個）</translation>
    </message>
    <message>
        <source>No free time that day.</source>
        <translation>當天已無可約時間。</translation>
    </message>
</context>
<context>
    <name>CallTicketDialog</name>
    <message>
        <source>Call out of turn</source>
        <translation>插隊叫號</translation>
    </message>
    <message>
        <source>Call %1 out of turn</source>
        <translation>插隊叫 %1 號</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Came back with documents</source>
        <translation>補齊文件後返回</translation>
    </message>
    <message>
        <source>Elderly or unwell customer</source>
        <translation>長者或身體不適</translation>
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
        <translation>續辦我的辦件</translation>
    </message>
    <message>
        <source>Type your case number (HS…) or the phone number you gave, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>請輸入辦件編號（HS…）或登記的手機號碼，或將回執上的二維碼對準掃描器。</translation>
    </message>
    <message>
        <source>Case number or phone</source>
        <translation>辦件編號或手機號碼</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Take an ordinary ticket</source>
        <translation>一般取號</translation>
    </message>
    <message>
        <source>Please type the case number from your receipt (it starts with HS) or your phone number.</source>
        <translation>請輸入回執上的辦件編號（以 HS 開頭）或您的手機號碼。</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Open a case…</source>
        <translation>建立辦件…</translation>
    </message>
    <message>
        <source>Find a case…</source>
        <translation>查詢辦件…</translation>
    </message>
    <message>
        <source>About case %1 · %2 · %3</source>
        <translation>關於辦件 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Printing the receipt of case %1…</source>
        <translation>正在列印辦件 %1 的回執…</translation>
    </message>
    <message>
        <source>Case %1 opened, due by %2. Printing the receipt…</source>
        <translation>已建立辦件 %1，期限 %2。正在列印回執…</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>回執未能列印：%1</translation>
    </message>
    <message>
        <source>No receipt printer here: the receipt is saved as %1</source>
        <translation>本窗口沒有回執印表機：回執已儲存為 %1</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>回執已列印。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and complaints</source>
        <translation>辦件與投訴</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>僅未辦結</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>辦件</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>With</source>
        <translation>目前處理</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>指定負責人</translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translation>原因（不予辦理時必填）</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>更改狀態</translation>
    </message>
    <message>
        <source>Set cause</source>
        <translation>設定原因</translation>
    </message>
    <message>
        <source>How the complaint was answered (required)</source>
        <translation>投訴的答覆情況（必填）</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>關閉投訴</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Customer&apos;s words: {text}</source>
        <translation>客戶原話：{text}</translation>
    </message>
    <message>
        <source>Case {number} now belongs to {name}.</source>
        <translation>辦件 {number} 現由 {name} 負責。</translation>
    </message>
    <message>
        <source>Case {number}: {status}.</source>
        <translation>辦件 {number}：{status}。</translation>
    </message>
    <message>
        <source>Complaint {number} now belongs to {name}.</source>
        <translation>投訴 {number} 現由 {name} 負責。</translation>
    </message>
    <message>
        <source>Complaint {number}: cause {cause}.</source>
        <translation>投訴 {number}：原因為{cause}。</translation>
    </message>
    <message>
        <source>Complaint {number} closed.</source>
        <translation>投訴 {number} 已關閉。</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>A customer code or phone number has 4 to 20 letters or digits. Please check it.</source>
        <translation>客戶編號或電話號碼為 4 到 20 位字母或數字，請檢查。</translation>
    </message>
    <message>
        <source>Customer code or phone number (optional)</source>
        <translation>客戶編號或電話號碼（可不填）</translation>
    </message>
    <message>
        <source>4 to 20 letters or digits</source>
        <translation>4 到 20 位字母或數字</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>CounterComplaints</name>
    <message>
        <source>Note saved. This visit already has complaint %1, due by %2.</source>
        <translation>備註已儲存。此次辦理已有投訴 %1，期限 %2。</translation>
    </message>
    <message>
        <source>The customer was not satisfied: complaint %1 opened, due by %2.</source>
        <translation>客戶不滿意：已登記投訴 %1，期限 %2。</translation>
    </message>
    <message>
        <source>Complaint %1 opened, due by %2.</source>
        <translation>已登記投訴 %1，期限 %2。</translation>
    </message>
</context>
<context>
    <name>CounterDisplay</name>
    <message>
        <source>hallq — counter %1 display</source>
        <translation>hallq — %1 號櫃檯顯示螢幕</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>正在辦理</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在叫號</translation>
    </message>
    <message>
        <source>Please wait to be called</source>
        <translation>請等候叫號</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>hallq — counter %1</source>
        <translation>hallq — %1 號櫃檯</translation>
    </message>
    <message>
        <source>This device has no counter number (start it with --counter N).</source>
        <translation>本裝置沒有櫃檯號（請用 --counter N 啟動）。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>長者</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>身心障礙</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕婦</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>The counter was closed. Log in to open it again.</source>
        <translation>櫃檯已關閉。登入後可重新開放。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放中</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>暫停中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>On a break: %1</source>
        <translation>暫停中：%1</translation>
    </message>
    <message>
        <source>Ready: press F1 to call the next customer</source>
        <translation>就緒：按 F1 呼叫下一位</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>沒有人在等候</translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>本櫃檯等候：%1</translation>
    </message>
    <message>
        <source>Booked: {code}, {when}. Tell the customer this code.</source>
        <translation>已預約：{code}，{when}。請把預約碼告訴客戶。</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>備註已儲存。</translation>
    </message>
    <message>
        <source>The counter is closed. Goodbye.</source>
        <translation>櫃檯已關閉。再見。</translation>
    </message>
</context>
<context>
    <name>CountersSection</name>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>業務（依順序）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Tick the services this counter calls; the first in the list is called first (Up / Down).</source>
        <translation>勾選本櫃檯辦理的業務；排在前面的優先呼叫（上移 / 下移）。</translation>
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
        <translation>儲存櫃檯</translation>
    </message>
    <message>
        <source>Counter {n} saved.</source>
        <translation>{n} 號櫃檯已儲存。</translation>
    </message>
</context>
<context>
    <name>CountersTable</name>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Current ticket</source>
        <translation>目前號碼</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放中</translation>
    </message>
    <message>
        <source>Break: {reason}</source>
        <translation>暫停：{reason}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>{number} called</source>
        <translation>已呼叫 {number}</translation>
    </message>
    <message>
        <source>{number} serving</source>
        <translation>正在辦理 {number}</translation>
    </message>
    <message>
        <source>Counter {n}</source>
        <translation>{n} 號櫃檯</translation>
    </message>
    <message>
        <source>idle {d}</source>
        <translation>閒置 {d}</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <source>Id</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Pair a new device</source>
        <translation>配對新裝置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>新增裝置</translation>
    </message>
    <message>
        <source>Revoke selected</source>
        <translation>撤銷所選</translation>
    </message>
    <message>
        <source>The new device&apos;s token, shown only this once. Enter it on the device (--token), then close this page:</source>
        <translation>新裝置的權杖只顯示這一次。請在裝置上輸入（--token），然後關閉此頁：</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>取號機</translation>
    </message>
    <message>
        <source>Counter PC</source>
        <translation>櫃檯電腦</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示螢幕</translation>
    </message>
    <message>
        <source>Rating keypad</source>
        <translation>評價器</translation>
    </message>
    <message>
        <source>Supervisor PC</source>
        <translation>主管電腦</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Device added.</source>
        <translation>裝置已新增。</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>請先在清單中選擇裝置。</translation>
    </message>
    <message>
        <source>Revoke “{name}”? It will stop working at once.</source>
        <translation>撤銷「{name}」？該裝置將立即停止運作。</translation>
    </message>
    <message>
        <source>{name} revoked.</source>
        <translation>{name} 已撤銷。</translation>
    </message>
</context>
<context>
    <name>EventLogWindow</name>
    <message>
        <source>hallq — hub events</source>
        <translation>hallq — 伺服器事件</translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation>已連線伺服器</translation>
    </message>
    <message>
        <source>Not connected to the hub</source>
        <translation>未連線伺服器</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Tickets issued</source>
        <translation>已發號數</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已辦理</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>過號</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>目前等候</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>90% waited less than</source>
        <translation>90% 等候少於</translation>
    </message>
    <message>
        <source>Served within target</source>
        <translation>準時辦理</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均評價</translation>
    </message>
    <message>
        <source>Rating response rate</source>
        <translation>評價率</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待追蹤</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分鐘</translation>
    </message>
</context>
<context>
    <name>FindCaseDialog</name>
    <message>
        <source>Find a case</source>
        <translation>查詢辦件</translation>
    </message>
    <message>
        <source>Find a case by its number (HS-…) or the customer&apos;s phone</source>
        <translation>依辦件編號（HS-…）或客戶手機號碼查詢</translation>
    </message>
    <message>
        <source>Number or phone</source>
        <translation>編號或手機號碼</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>Print its receipt again</source>
        <translation>重新列印回執</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查詢…</translation>
    </message>
    <message>
        <source>No case found.</source>
        <translation>未找到辦件。</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>hallq — hall display</source>
        <translation>hallq — 大廳顯示螢幕</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在叫號</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫號</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>目前等候</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <source>≈ %1 min (%2–%3)</source>
        <translation>約 %1 分鐘 (%2–%3)</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>約 %1 分鐘</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>%1 開始辦理</translation>
    </message>
    <message>
        <source>wait not known yet</source>
        <translation>等候時間暫時未知</translation>
    </message>
    <message>
        <source>very soon</source>
        <translation>即將叫號</translation>
    </message>
</context>
<context>
    <name>HallSection</name>
    <message>
        <source>Hall settings</source>
        <translation>大廳設定</translation>
    </message>
    <message>
        <source>Hall name</source>
        <translation>大廳名稱</translation>
    </message>
    <message>
        <source>Message on the hall display</source>
        <translation>大廳顯示螢幕上的訊息</translation>
    </message>
    <message>
        <source>Footer on tickets</source>
        <translation>號碼單頁尾</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南語</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Business day starts at (hour)</source>
        <translation>營業日開始時間（時）</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>過號前需重呼次數</translation>
    </message>
    <message>
        <source>Rating keypad waits (seconds)</source>
        <translation>評價器等待（秒）</translation>
    </message>
    <message>
        <source>Alert: counter idle for (minutes, 0 = never)</source>
        <translation>提醒：櫃檯閒置超過（分鐘，0 = 不提醒）</translation>
    </message>
    <message>
        <source>Alert: counter on a break for (minutes, 0 = never)</source>
        <translation>提醒：櫃檯暫停超過（分鐘，0 = 不提醒）</translation>
    </message>
    <message>
        <source>Wrong PINs before a lock</source>
        <translation>鎖定前允許輸錯 PIN 次數</translation>
    </message>
    <message>
        <source>Lock after wrong PINs (minutes)</source>
        <translation>PIN 輸錯後鎖定（分鐘）</translation>
    </message>
    <message>
        <source>Save hall settings</source>
        <translation>儲存大廳設定</translation>
    </message>
    <message>
        <source>Hall settings saved.</source>
        <translation>大廳設定已儲存。</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>Staff code: {code}</source>
        <translation>員工編號：{code}</translation>
    </message>
    <message>
        <source>This counter is closed. Please take a number at the kiosk.</source>
        <translation>本櫃檯已關閉，請至取號機取號。</translation>
    </message>
    <message>
        <source>Back in a moment. Thank you for waiting.</source>
        <translation>馬上回來，感謝您的耐心等候。</translation>
    </message>
    <message>
        <source>Welcome! After your visit, please tell us how we did.</source>
        <translation>歡迎！辦理完畢後，請為我們的服務評價。</translation>
    </message>
    <message>
        <source>Not connected to the hall server: ratings are paused.</source>
        <translation>未連線伺服器：評價暫停。</translation>
    </message>
</context>
<context>
    <name>IndicesSection</name>
    <message>
        <source>Key</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新問題</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>編輯問題</translation>
    </message>
    <message>
        <source>Key (a-z, 0-9, _)</source>
        <translation>代碼（a-z、0-9、_）</translation>
    </message>
    <message>
        <source>Question in Vietnamese</source>
        <translation>越南語問題</translation>
    </message>
    <message>
        <source>Question in Simplified Chinese</source>
        <translation>簡體中文問題</translation>
    </message>
    <message>
        <source>Question in Traditional Chinese</source>
        <translation>繁體中文問題</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>英語問題</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>儲存問題</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>刪除問題</translation>
    </message>
    <message>
        <source>Question {key} saved.</source>
        <translation>問題 {key} 已儲存。</translation>
    </message>
    <message>
        <source>Stop asking the question {key}? Its past answers stay in the reports.</source>
        <translation>停止詢問問題 {key}？以往的回答仍保留在報告中。</translation>
    </message>
    <message>
        <source>Question {key} removed.</source>
        <translation>問題 {key} 已刪除。</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <source>Priority: elderly</source>
        <translation>優先：長者</translation>
    </message>
    <message>
        <source>Priority: disability</source>
        <translation>優先：身心障礙</translation>
    </message>
    <message>
        <source>Priority: pregnant</source>
        <translation>優先：孕婦</translation>
    </message>
    <message>
        <source>Priority: appointment</source>
        <translation>優先：預約</translation>
    </message>
    <message>
        <source>Please remember your number.</source>
        <translation>請記住您的號碼。</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在列印號碼單…</translation>
    </message>
    <message>
        <source>Please take your printed ticket below.</source>
        <translation>請在下方取走號碼單。</translation>
    </message>
    <message>
        <source>The printer is out of paper, so no ticket was printed. Please remember your number — you are in the queue. The staff have been told.</source>
        <translation>印表機缺紙，未能列印號碼單。請記住您的號碼——您已在排隊中。已通知工作人員。</translation>
    </message>
    <message>
        <source>The ticket printer is not working, so no ticket was printed. Please remember your number — you are in the queue. The staff have been told.</source>
        <translation>號碼單印表機故障，未能列印號碼單。請記住您的號碼——您已在排隊中。已通知工作人員。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面還有：%1 人</translation>
    </message>
    <message>
        <source>Service opens at %1</source>
        <translation>本業務 %1 開始辦理</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>預計等候：暫時未知</translation>
    </message>
    <message>
        <source>Estimated wait: you are next</source>
        <translation>預計等候：下一位就是您</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>預計等候：約 %1 分鐘</translation>
    </message>
    <message>
        <source>(usually %1–%2 min)</source>
        <translation>（一般 %1–%2 分鐘）</translation>
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
        <translation>hallq — 評價器，{n} 號櫃檯</translation>
    </message>
    <message>
        <source>Counter {n}</source>
        <translation>{n} 號櫃檯</translation>
    </message>
</context>
<context>
    <name>KioskKeypad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>hallq — take a number</source>
        <translation>hallq — 取號</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Services</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>櫃檯</translation>
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
        <translation>登入</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Log in and open the counter</source>
        <translation>登入並開放櫃檯</translation>
    </message>
    <message>
        <source>Supervisor log-in</source>
        <translation>主管登入</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on the visit</source>
        <translation>辦理備註</translation>
    </message>
    <message>
        <source>Note on the visit of %1</source>
        <translation>%1 的辦理備註</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Bill and payment</source>
        <translation>帳單與繳費</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Outage or supply quality</source>
        <translation>停電或供電品質</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新裝</translation>
    </message>
    <message>
        <source>Contract change</source>
        <translation>合約變更</translation>
    </message>
    <message>
        <source>Staff or service at the hall</source>
        <translation>大廳人員或服務</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候時間</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What was asked:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <source>In a few words, what the customer asked for or complained about</source>
        <translation>簡述客戶的需求或投訴</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Resolved now</source>
        <translation>已當場解決</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>需要追蹤</translation>
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
        <translation>顯示開始</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>顯示截止</translation>
    </message>
    <message>
        <source>Notice in Vietnamese</source>
        <translation>越南語通知</translation>
    </message>
    <message>
        <source>Notice in Simplified Chinese</source>
        <translation>簡體中文通知</translation>
    </message>
    <message>
        <source>Notice in Traditional Chinese</source>
        <translation>繁體中文通知</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>英語通知</translation>
    </message>
    <message>
        <source>New notice to the hall (displays, ticket and case pages)</source>
        <translation>新的大廳通知（顯示屏、號票頁面和辦件頁面）</translation>
    </message>
    <message>
        <source>Left empty: shown in the hall&apos;s first language</source>
        <translation>留空：以大廳的第一語言顯示</translation>
    </message>
    <message>
        <source>Post notice</source>
        <translation>發布通知</translation>
    </message>
    <message>
        <source>Withdraw selected notice</source>
        <translation>撤下所選通知</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>發布人</translation>
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
        <translation>即將生效</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Notice posted: shown from {start} until {end}.</source>
        <translation>通知已發布：顯示時間 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>Notice withdrawn: it is shown nowhere from now on.</source>
        <translation>通知已撤下：從現在起不再在任何地方顯示。</translation>
    </message>
</context>
<context>
    <name>OfflineBadge</name>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新連線…</translation>
    </message>
</context>
<context>
    <name>OnlinePage</name>
    <message>
        <source>Channel</source>
        <translation>發送方式</translation>
    </message>
    <message>
        <source>SMSC address</source>
        <translation>簡訊中心位址</translation>
    </message>
    <message>
        <source>SMSC port</source>
        <translation>簡訊中心埠</translation>
    </message>
    <message>
        <source>System ID</source>
        <translation>系統帳號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>發送方名稱</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook 位址</translation>
    </message>
    <message>
        <source>Body ($phone, $text, $language)</source>
        <translation>訊息內容（$phone、$text、$language）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>存取權杖</translation>
    </message>
    <message>
        <source>Remind 2 hours before an appointment</source>
        <translation>預約前2小時提醒</translation>
    </message>
    <message>
        <source>Keep phone numbers (days after the visit)</source>
        <translation>手機號保留天數（辦理後）</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>不發送訊息</translation>
    </message>
    <message>
        <source>SMS (SMPP)</source>
        <translation>簡訊（SMPP）</translation>
    </message>
    <message>
        <source>Webhook (Zalo OA, WeChat...)</source>
        <translation>Webhook（微信、Zalo OA 等）</translation>
    </message>
    <message>
        <source>Messages to customers</source>
        <translation>客戶訊息</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Phone number for a test message</source>
        <translation>測試訊息的手機號</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>發送測試訊息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>預約碼</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Today: {booked} appointments, {checked_in} checked in, {no_shows} no-shows, {cancelled} cancelled · {phone} tickets taken from phones · messages: {sent} sent, {failed} failed, {waiting} waiting</source>
        <translation>今日：預約{booked}個，已簽到{checked_in}個，未到{no_shows}個，已取消{cancelled}個 · 手機取號{phone}個 · 訊息：已發送{sent}則，失敗{failed}則，待發送{waiting}則</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已簽到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>(set; type to change)</source>
        <translation>（已設定；輸入以變更）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Test message queued; it goes out within seconds.</source>
        <translation>測試訊息已排隊，幾秒內發出。</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>建立辦件</translation>
    </message>
    <message>
        <source>Open a case for %1: the request is followed after this visit, and you own it.</source>
        <translation>為 %1 建立辦件：本次未辦結的事項將繼續跟進，由您負責。</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>辦件類型</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>辦結期限</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>需攜帶</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>手機號碼（選填）</translation>
    </message>
    <message>
        <source>to find the case by phone later</source>
        <translation>以便日後依手機號碼查詢辦件</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1（%2 個工作天）</translation>
    </message>
    <message>
        <source>This visit is already case %1.</source>
        <translation>本次來訪已建立辦件 %1。</translation>
    </message>
</context>
<context>
    <name>OwnList</name>
    <message>
        <source>My open cases and complaints: {n}</source>
        <translation>我負責的未結辦件與投訴：{n}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} 件已逾期</translation>
    </message>
    <message>
        <source>Case {number}: {kind}, {status}, due {due}</source>
        <translation>辦件 {number}：{kind}，{status}，期限 {due}</translation>
    </message>
    <message>
        <source>Complaint {number}: {source}, due {due}</source>
        <translation>投訴 {number}：{source}，期限 {due}</translation>
    </message>
    <message>
        <source>Nothing open: every case and complaint of yours is closed.</source>
        <translation>沒有未結事項：您的辦件和投訴均已辦結。</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Pause the counter</source>
        <translation>暫停櫃檯</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>短暫休息</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>開會</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>處理文件</translation>
    </message>
    <message>
        <source>System problem</source>
        <translation>系統故障</translation>
    </message>
</context>
<context>
    <name>PlansBox</name>
    <message>
        <source>Appointments: calendar and places</source>
        <translation>預約：營業時間與名額</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>營業時間</translation>
    </message>
    <message>
        <source>Holidays (YYYY-MM-DD, …)</source>
        <translation>節假日（YYYY-MM-DD，…）</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Customers a slot</source>
        <translation>每時段名額</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>時段（分鐘）</translation>
    </message>
    <message>
        <source>Phone tickets a day</source>
        <translation>每日手機取號數</translation>
    </message>
    <message>
        <source>Save the appointment set-up</source>
        <translation>儲存預約設定</translation>
    </message>
    <message>
        <source>Write the opening hours as 07:30–11:30, 13:30–17:00.</source>
        <translation>營業時間請寫成 07:30–11:30, 13:30–17:00。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Save the report</source>
        <translation>儲存報表</translation>
    </message>
    <message>
        <source>This hub cannot make the daily report yet (it needs a newer hallq).</source>
        <translation>此伺服器暫不能產生日報（需要更新版 hallq）。</translation>
    </message>
    <message>
        <source>The report for {day} was sent to the printer.</source>
        <translation>{day} 的報表已送至印表機。</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>報表未儲存。</translation>
    </message>
    <message>
        <source>The report could not be saved: {e}</source>
        <translation>報表無法儲存：{e}</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>報表已儲存至 {path}。</translation>
    </message>
</context>
<context>
    <name>ServicesSection</name>
    <message>
        <source>Prefix</source>
        <translation>字首</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>目標等候</translation>
    </message>
    <message>
        <source>Typical time</source>
        <translation>一般用時</translation>
    </message>
    <message>
        <source>Queue limit</source>
        <translation>排隊上限</translation>
    </message>
    <message>
        <source>Kiosk order</source>
        <translation>取號機順序</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新業務</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>編輯業務</translation>
    </message>
    <message>
        <source>Prefix (one letter)</source>
        <translation>字首（一個字母）</translation>
    </message>
    <message>
        <source>Name in Vietnamese</source>
        <translation>越南語名稱</translation>
    </message>
    <message>
        <source>Name in Simplified Chinese</source>
        <translation>簡體中文名稱</translation>
    </message>
    <message>
        <source>Name in Traditional Chinese</source>
        <translation>繁體中文名稱</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英語名稱</translation>
    </message>
    <message>
        <source>Typical service time</source>
        <translation>一般辦理用時</translation>
    </message>
    <message>
        <source>Queue limit (alert above)</source>
        <translation>排隊上限（超出即提醒）</translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation>取號機上的順序</translation>
    </message>
    <message>
        <source>Offered today</source>
        <translation>今日開放</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>儲存業務</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分鐘</translation>
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
        <translation>業務 {p} 已儲存。</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Longest wait / target</source>
        <translation>最長等候 / 目標</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>預計等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已辦理</translation>
    </message>
    <message>
        <source>{m} min / {t}</source>
        <translation>{m} 分鐘 / {t}</translation>
    </message>
    <message>
        <source>— / {t}</source>
        <translation>— / {t}</translation>
    </message>
    <message>
        <source>opens at {t}</source>
        <translation>{t} 開始辦理</translation>
    </message>
    <message>
        <source>no open counter</source>
        <translation>沒有開放的櫃檯</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>不到 1 分鐘</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>無需等候</translation>
    </message>
    <message>
        <source>≈ {m} min ({lo}–{hi})</source>
        <translation>約 {m} 分鐘 ({lo}–{hi})</translation>
    </message>
    <message>
        <source>≈ {m} min</source>
        <translation>約 {m} 分鐘</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Services</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation>大廳設定</translation>
    </message>
    <message>
        <source>Satisfaction questions</source>
        <translation>滿意度問題</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <source>Please confirm</source>
        <translation>請確認</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Clerk</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新員工</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>編輯員工</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Active (can log in)</source>
        <translation>啟用（可登入）</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits. For an existing staff member, leave it empty to keep the PIN, or type a new one to reset it.</source>
        <translation>PIN 碼為 4 到 8 位數字。現有員工留空則保留原 PIN，輸入新 PIN 則重設。</translation>
    </message>
    <message>
        <source>Lift lock-out</source>
        <translation>解除鎖定</translation>
    </message>
    <message>
        <source>Let this staff member log in again after too many wrong PINs, on every device.</source>
        <translation>讓因 PIN 輸錯次數過多而被鎖定的該員工在所有裝置上重新登入。</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>儲存員工</translation>
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
        <translation>{code} 已儲存。</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>請先在清單中選擇員工。</translation>
    </message>
    <message>
        <source>Lock-out lifted for {code}.</source>
        <translation>已解除 {code} 的鎖定。</translation>
    </message>
    <message>
        <source>{code} was not locked out.</source>
        <translation>{code} 未被鎖定。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Elderly</source>
        <translation>長者</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>身心障礙</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕婦</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>%1 開始辦理</translation>
    </message>
    <message>
        <source>waiting time not known yet</source>
        <translation>等候時間暫時未知</translation>
    </message>
    <message>
        <source>no wait</source>
        <translation>無需等候</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約 %1 分鐘</translation>
    </message>
    <message>
        <source>Priority customers and customer code (optional) — choose these first:</source>
        <translation>優先客戶和客戶編號（可選）——請先選擇：</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>客戶編號：%1</translation>
    </message>
    <message>
        <source>Add customer code / phone</source>
        <translation>新增客戶編號 / 電話</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>我有預約</translation>
    </message>
    <message>
        <source>Tap a service to take your number</source>
        <translation>點選業務即可取號</translation>
    </message>
    <message>
        <source>No service is open at the moment. Please ask the staff.</source>
        <translation>目前沒有開放的業務，請洽詢工作人員。</translation>
    </message>
</context>
<context>
    <name>SupervisorAlerts</name>
    <message>
        <source>{device}: the ticket printer cannot be reached. Check its power and cable.</source>
        <translation>{device}：無法連接取號印表機。請檢查電源和連接線。</translation>
    </message>
    <message>
        <source>{device}: the ticket printer is out of paper. Load a new roll.</source>
        <translation>{device}：取號印表機缺紙。請裝入新紙捲。</translation>
    </message>
    <message>
        <source>{device}: the printer in this device&apos;s settings is not one hallq can drive. Check the printer settings.</source>
        <translation>{device}：此設備設定中的印表機 hallq 無法驅動。請檢查印表機設定。</translation>
    </message>
    <message>
        <source>{device}: the ticket printer reported an error. Check it, then print a test ticket.</source>
        <translation>{device}：取號印表機回報錯誤。請檢查印表機，然後列印一張測試票。</translation>
    </message>
    <message>
        <source>The hall&apos;s backup failed. Check that the backup folder exists and has free space.</source>
        <translation>大廳資料備份失敗。請檢查備份資料夾是否存在且有剩餘空間。</translation>
    </message>
    <message>
        <source>{device}: fault {code}. Tell the technician.</source>
        <translation>{device}：故障 {code}。請通知技術人員。</translation>
    </message>
    <message>
        <source>waited too long</source>
        <translation>等候太久</translation>
    </message>
    <message>
        <source>staff attitude</source>
        <translation>工作人員態度</translation>
    </message>
    <message>
        <source>explanation unclear</source>
        <translation>解釋不清楚</translation>
    </message>
    <message>
        <source>procedure too complicated</source>
        <translation>手續太複雜</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unsatisfied customer: {number}, counter {counter}, {staff}</source>
        <translation>客戶不滿意：{number}，{counter} 號櫃檯，{staff}</translation>
    </message>
    <message>
        <source>{service}: {number} has waited {minutes} min (target {target} min)</source>
        <translation>{service}：{number} 已等候 {minutes} 分鐘（目標 {target} 分鐘）</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, more than the limit of {limit}</source>
        <translation>{service}：{waiting} 人等候，超過上限 {limit}</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting and no open counter serves it</source>
        <translation>{service}：{waiting} 人等候，但沒有開放的櫃檯辦理此業務</translation>
    </message>
    <message>
        <source>Counter {counter} ({staff}) idle for {minutes} min while customers wait</source>
        <translation>{counter} 號櫃檯（{staff}）閒置 {minutes} 分鐘，但有客戶在等候</translation>
    </message>
    <message>
        <source>Counter {counter} ({staff}) on a break for {minutes} min</source>
        <translation>{counter} 號櫃檯（{staff}）已暫停 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>Complaint {number} ({owner}) is overdue: it was due {due}</source>
        <translation>投訴 {number}（{owner}）已逾期：期限為 {due}</translation>
    </message>
    <message>
        <source>Complaint {number} ({owner}) is still unanswered: it went to head office</source>
        <translation>投訴 {number}（{owner}）仍未答覆：已上報總部</translation>
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
        <translation>列印今日報表</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>將報表儲存為 PDF…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假設推演</translation>
    </message>
    <message>
        <source>Appointments and messages</source>
        <translation>預約與訊息</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>主管：{name}</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Not connected to the hall server</source>
        <translation>未連線伺服器</translation>
    </message>
    <message>
        <source>Waiting for the hall server…</source>
        <translation>正在等待伺服器…</translation>
    </message>
    <message>
        <source>Type your staff code and PIN.</source>
        <translation>請輸入員工編號和 PIN 碼。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can log in here.</source>
        <translation>只有主管或管理員可以在此登入。</translation>
    </message>
    <message>
        <source>Head office has never received this hall&apos;s data. Check the network or call support.</source>
        <translation>總部從未收到本大廳的資料。請檢查網路或聯絡技術支援。</translation>
    </message>
    <message>
        <source>Head office has not received this hall&apos;s data since {when}. Check the network or call support.</source>
        <translation>總部自 {when} 起未收到本大廳的資料。請檢查網路或聯絡技術支援。</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最近錯誤：{error}</translation>
    </message>
    <message>
        <source>Live view — {n} alerts</source>
        <translation>即時 — {n} 則提醒</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>Preparing the report for {day}…</source>
        <translation>正在產生 {day} 的報表…</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>轉辦</translation>
    </message>
    <message>
        <source>Transfer the customer</source>
        <translation>轉辦客戶</translation>
    </message>
    <message>
        <source>To a service:</source>
        <translation>轉至業務：</translation>
    </message>
    <message>
        <source>To a counter:</source>
        <translation>轉至櫃檯：</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>備註（可選）：</translation>
    </message>
    <message>
        <source>What the next counter should know</source>
        <translation>下一個櫃檯需要了解的情況</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlocked by %1</source>
        <translation>由 %1 解鎖</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s staff code.</source>
        <translation>請輸入主管員工編號。</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>請輸入 PIN 碼。</translation>
    </message>
    <message>
        <source>Supervisor: unlock the kiosk</source>
        <translation>主管：解鎖取號機</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回取號機</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>關閉取號機</translation>
    </message>
</context>
<context>
    <name>WhatIfPage</name>
    <message>
        <source>No customers today yet: nothing to replay.</source>
        <translation>今天還沒有客戶：沒有可回放的內容。</translation>
    </message>
    <message>
        <source>Replayed: {share}% of {n} customers within their target wait, {unserved} not served before the end of the day.</source>
        <translation>回放結果：{n} 位客戶中 {share}% 在目標等候時間內被叫號，{unserved} 位在當天結束前未獲辦理。</translation>
    </message>
    <message>
        <source>What if other counters had been open? Set the counters open in each hour and press Replay: today&apos;s customers are replayed with the time each really took.</source>
        <translation>如果開放的窗口數不同會怎樣？設定每個時段開放的窗口數，然後按「回放」：按每位客戶的實際辦理時長回放今天的客戶。</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Today&apos;s counters</source>
        <translation>今天的窗口數</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>開放窗口</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>平均等候（分鐘）</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>達標</translation>
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
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>轉辦…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>暫停…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>備註…</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>關閉櫃檯</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Call the selected ticket out of turn…</source>
        <translation>插隊呼叫所選號碼…</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>預約…</translation>
    </message>
    <message>
        <source>Red: waited past the service&apos;s target</source>
        <translation>紅色：等候已超過目標時間</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Today: %1 served</source>
        <translation>今日：已辦理 %1</translation>
    </message>
    <message>
        <source>average %1 min</source>
        <translation>平均 %1 分鐘</translation>
    </message>
    <message>
        <source>rating %1/4 (%2 ratings)</source>
        <translation>評價 %1/4（%2 次）</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <source>Called %1 out of turn.</source>
        <translation>已插隊呼叫 %1。</translation>
    </message>
    <message>
        <source>Recalled %1.</source>
        <translation>已重新呼叫 %1。</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>正在辦理 %1。</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 已辦結。</translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation>%1 已標記為過號。</translation>
    </message>
    <message>
        <source>%1 transferred.</source>
        <translation>%1 已轉辦。</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>櫃檯暫停服務。</translation>
    </message>
    <message>
        <source>The counter is open again.</source>
        <translation>櫃檯已恢復服務。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Called — waiting for the customer</source>
        <translation>已呼叫——等待客戶</translation>
    </message>
    <message>
        <source>(recalled %1×)</source>
        <translation>（已重呼 %1 次）</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>客戶編號：%1</translation>
    </message>
    <message>
        <source>No customer code</source>
        <translation>無客戶編號</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>已等候 %1</translation>
    </message>
    <message>
        <source>At the counter %1</source>
        <translation>在櫃檯 %1</translation>
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
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>待客戶補充</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予辦理</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due by %1 · owner %2</source>
        <translation>期限 %1 · 負責人 %2</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Message on the hall display</source>
        <translation>大廳顯示螢幕上的訊息</translation>
    </message>
    <message>
        <source>Footer on tickets</source>
        <translation>號碼單頁尾</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Business day starts at (hour)</source>
        <translation>營業日開始時間（時）</translation>
    </message>
    <message>
        <source>Recalls before a no-show</source>
        <translation>過號前需重呼次數</translation>
    </message>
    <message>
        <source>Rating keypad waits (seconds)</source>
        <translation>評價器等待（秒）</translation>
    </message>
    <message>
        <source>Alert: counter idle for (minutes)</source>
        <translation>提醒：窗口閒置超過（分鐘）</translation>
    </message>
    <message>
        <source>Alert: counter on a break for (minutes)</source>
        <translation>提醒：窗口暫停超過（分鐘）</translation>
    </message>
    <message>
        <source>Wrong PINs before a lock</source>
        <translation>鎖定前允許輸錯 PIN 次數</translation>
    </message>
    <message>
        <source>Lock after wrong PINs (minutes)</source>
        <translation>PIN 輸錯後鎖定（分鐘）</translation>
    </message>
    <message>
        <source>Rating choices</source>
        <translation>評價選項</translation>
    </message>
    <message>
        <source>Reasons for a low rating</source>
        <translation>差評原因</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>營業時間</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>節假日</translation>
    </message>
    <message>
        <source>Customers a slot</source>
        <translation>每時段名額</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>時段（分鐘）</translation>
    </message>
    <message>
        <source>Phone tickets a day</source>
        <translation>每日手機取號數</translation>
    </message>
    <message>
        <source>Prefix (one letter)</source>
        <translation>字首（一個字母）</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>業務名稱</translation>
    </message>
    <message>
        <source>Name in Vietnamese</source>
        <translation>越南語名稱</translation>
    </message>
    <message>
        <source>Name in Simplified Chinese</source>
        <translation>簡體中文名稱</translation>
    </message>
    <message>
        <source>Name in Traditional Chinese</source>
        <translation>繁體中文名稱</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英語名稱</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>目標等候</translation>
    </message>
    <message>
        <source>Typical service time</source>
        <translation>一般辦理用時</translation>
    </message>
    <message>
        <source>Queue limit</source>
        <translation>排隊上限</translation>
    </message>
    <message>
        <source>Order on the kiosk</source>
        <translation>取號機上的順序</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Counter number</source>
        <translation>窗口號</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Satisfaction questions</source>
        <translation>滿意度問題</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>顯示開始</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>顯示截止</translation>
    </message>
    <message>
        <source>Notice in Vietnamese</source>
        <translation>越南語通知</translation>
    </message>
    <message>
        <source>Notice in Simplified Chinese</source>
        <translation>簡體中文通知</translation>
    </message>
    <message>
        <source>Notice in Traditional Chinese</source>
        <translation>繁體中文通知</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>英語通知</translation>
    </message>
    <message>
        <source>Cannot reach the hall server. Please wait or call staff.</source>
        <translation>無法連線伺服器，請稍候或聯絡工作人員。</translation>
    </message>
    <message>
        <source>This device is not paired with the hall server.</source>
        <translation>本裝置未與伺服器配對。</translation>
    </message>
    <message>
        <source>This device is not allowed to do that.</source>
        <translation>本裝置無權執行此操作。</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <source>Wrong staff code or PIN.</source>
        <translation>員工編號或 PIN 碼錯誤。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a few minutes.</source>
        <translation>PIN 碼輸錯次數過多，請幾分鐘後再試。</translation>
    </message>
    <message>
        <source>Another staff member is working at this counter.</source>
        <translation>另一位工作人員正在使用此櫃檯。</translation>
    </message>
    <message>
        <source>You are already working at another counter.</source>
        <translation>您已在另一個櫃檯工作。</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>櫃檯已關閉。</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>櫃檯暫停服務。</translation>
    </message>
    <message>
        <source>Finish the current customer first.</source>
        <translation>請先辦結目前客戶。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>沒有人在等候。</translation>
    </message>
    <message>
        <source>No customer is at this counter.</source>
        <translation>此櫃檯沒有客戶。</translation>
    </message>
    <message>
        <source>Recall the customer before marking a no-show.</source>
        <translation>標記過號前請先重呼客戶。</translation>
    </message>
    <message>
        <source>The customer is already being served.</source>
        <translation>該客戶已在辦理中。</translation>
    </message>
    <message>
        <source>This visit has already been rated.</source>
        <translation>本次辦理已評價。</translation>
    </message>
    <message>
        <source>There is no visit to rate.</source>
        <translation>沒有可評價的辦理。</translation>
    </message>
    <message>
        <source>This service is not available.</source>
        <translation>該業務暫不辦理。</translation>
    </message>
    <message>
        <source>A customer code or phone number has 4 to 20 letters or digits.</source>
        <translation>客戶編號或電話號碼為 4 到 20 位字母或數字。</translation>
    </message>
    <message>
        <source>The hall server cannot save right now. Nothing was changed.</source>
        <translation>伺服器暫時無法儲存，未做任何變更。</translation>
    </message>
    <message>
        <source>The request was not understood. Nothing was changed.</source>
        <translation>無法識別該請求，未做任何變更。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
    <message>
        <source>Choose where to transfer the customer.</source>
        <translation>請選擇轉辦去向。</translation>
    </message>
    <message>
        <source>This prefix is already used by another service.</source>
        <translation>該字首已被其他業務使用。</translation>
    </message>
    <message>
        <source>A counter must serve at least one service.</source>
        <translation>每個櫃檯至少要辦理一項業務。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 碼為 4 到 8 位數字。</translation>
    </message>
    <message>
        <source>A service prefix is one letter from A to Z.</source>
        <translation>業務字首為 A 到 Z 的一個字母。</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>請輸入名稱。</translation>
    </message>
    <message>
        <source>Waits, times and limits must be numbers above zero.</source>
        <translation>等候、用時和上限必須是大於 0 的數字。</translation>
    </message>
    <message>
        <source>A service is listed twice for this counter.</source>
        <translation>此櫃檯的業務有重複。</translation>
    </message>
    <message>
        <source>Counter numbers go from 1 to 99.</source>
        <translation>櫃檯號為 1 到 99。</translation>
    </message>
    <message>
        <source>This staff code is already used.</source>
        <translation>該員工編號已被使用。</translation>
    </message>
    <message>
        <source>A new staff member needs a PIN.</source>
        <translation>新員工需要設定 PIN 碼。</translation>
    </message>
    <message>
        <source>A staff code has 1 to 12 letters or digits.</source>
        <translation>員工編號為 1 到 12 位字母或數字。</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>請從清單中選擇角色。</translation>
    </message>
    <message>
        <source>This hall setting is not valid (check the time zone and hours).</source>
        <translation>大廳設定無效（請檢查時區和時間）。</translation>
    </message>
    <message>
        <source>Choose at least one language: vi, zh_CN, zh_TW or en.</source>
        <translation>請至少選擇一種語言：vi、zh_CN、zh_TW 或 en。</translation>
    </message>
    <message>
        <source>A counter PC or rating keypad needs its counter number.</source>
        <translation>櫃檯電腦或評價器需要填寫櫃檯號。</translation>
    </message>
    <message>
        <source>There is no such counter.</source>
        <translation>沒有這個櫃檯。</translation>
    </message>
    <message>
        <source>There is no such device.</source>
        <translation>沒有這個裝置。</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>沒有這位員工。</translation>
    </message>
    <message>
        <source>This ticket is already back in the queue.</source>
        <translation>此號碼已重新排隊。</translation>
    </message>
    <message>
        <source>This follow-up is already resolved.</source>
        <translation>此跟進事項已處理完畢。</translation>
    </message>
    <message>
        <source>This alert is not known; refresh the window.</source>
        <translation>無法識別此提醒，請重新整理視窗。</translation>
    </message>
    <message>
        <source>This rating is not offered any more; please choose again.</source>
        <translation>此評價選項已不再提供，請重新選擇。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>請按 YYYY-MM-DD 格式填寫日期。</translation>
    </message>
    <message>
        <source>Write what the customer asked or complained about.</source>
        <translation>請寫明客戶的請求或投訴內容。</translation>
    </message>
    <message>
        <source>This priority is not known; choose again.</source>
        <translation>無法識別此優先類別，請重新選擇。</translation>
    </message>
    <message>
        <source>This reason is not offered any more; please choose again.</source>
        <translation>此原因已不再提供，請重新選擇。</translation>
    </message>
    <message>
        <source>The hall server is restarting. Nothing was changed; try again in a moment.</source>
        <translation>伺服器正在重新啟動，未做任何更改，請稍後再試。</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>您尚未登入。</translation>
    </message>
    <message>
        <source>This ticket is not for this counter.</source>
        <translation>此號碼不屬於本窗口。</translation>
    </message>
    <message>
        <source>Only a customer marked absent can be put back in the queue.</source>
        <translation>只有被標記為過號的客戶才能重新排隊。</translation>
    </message>
    <message>
        <source>The counter is not on a break.</source>
        <translation>本窗口不在暫停中。</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting.</source>
        <translation>此號碼已不在等候中。</translation>
    </message>
    <message>
        <source>This note does not exist any more; refresh the list.</source>
        <translation>此記錄已不存在，請重新整理列表。</translation>
    </message>
    <message>
        <source>There is no such ticket today.</source>
        <translation>今天沒有這個號碼。</translation>
    </message>
    <message>
        <source>No head office is set for this hall (sync settings).</source>
        <translation>本大廳未設定總部（同步設定）。</translation>
    </message>
    <message>
        <source>A sync with head office is already running.</source>
        <translation>與總部的同步正在進行中。</translation>
    </message>
    <message>
        <source>There is no appointment with this code. Check the code, or take an ordinary ticket.</source>
        <translation>沒有此預約碼的預約。請核對預約碼，或一般取號。</translation>
    </message>
    <message>
        <source>This appointment has already been used; its ticket was given then.</source>
        <translation>此預約已使用，當時已發過號。</translation>
    </message>
    <message>
        <source>This appointment was cancelled. Take an ordinary ticket.</source>
        <translation>此預約已取消，請一般取號。</translation>
    </message>
    <message>
        <source>This appointment is for another day.</source>
        <translation>此預約不是今天的。</translation>
    </message>
    <message>
        <source>Too early for this appointment: please come back 15 minutes before its time.</source>
        <translation>離預約時間還早，請在預約前15分鐘再來。</translation>
    </message>
    <message>
        <source>This service takes no appointments.</source>
        <translation>此業務不接受預約。</translation>
    </message>
    <message>
        <source>Choose one of the appointment times offered.</source>
        <translation>請從可選的預約時間中選擇。</translation>
    </message>
    <message>
        <source>That time has passed; choose a later one.</source>
        <translation>該時間已過，請選擇稍後的時間。</translation>
    </message>
    <message>
        <source>That time is fully booked; choose another.</source>
        <translation>該時間已約滿，請選擇其他時間。</translation>
    </message>
    <message>
        <source>Appointments can be booked at most 60 days ahead.</source>
        <translation>最多可提前60天預約。</translation>
    </message>
    <message>
        <source>This phone number already has an appointment for this service that day.</source>
        <translation>該手機號當天已預約此業務。</translation>
    </message>
    <message>
        <source>Please give a phone number.</source>
        <translation>請填寫手機號碼。</translation>
    </message>
    <message>
        <source>A phone number has 4 to 20 digits.</source>
        <translation>手機號碼應為4至20位數字。</translation>
    </message>
    <message>
        <source>Only a booked appointment not yet checked in can be moved.</source>
        <translation>只有已預約且未簽到的預約才能改期。</translation>
    </message>
    <message>
        <source>This service takes no tickets from phones.</source>
        <translation>此業務不支援手機取號。</translation>
    </message>
    <message>
        <source>Today&apos;s tickets from phones for this service are all taken.</source>
        <translation>今日該業務的手機取號已滿。</translation>
    </message>
    <message>
        <source>This phone number already has a ticket in the queue.</source>
        <translation>該手機號已有排隊號。</translation>
    </message>
    <message>
        <source>A booking code has 4 to 12 letters or digits.</source>
        <translation>預約碼為4至12位字母或數字。</translation>
    </message>
    <message>
        <source>An appointment with this code already exists.</source>
        <translation>已有使用此預約碼的預約。</translation>
    </message>
    <message>
        <source>There is no case with this number.</source>
        <translation>沒有此編號的案件。</translation>
    </message>
    <message>
        <source>This visit is already a case.</source>
        <translation>此次辦理已立案。</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>此案件已結案。</translation>
    </message>
    <message>
        <source>The case cannot go to that status from where it is.</source>
        <translation>案件無法從目前狀態轉到該狀態。</translation>
    </message>
    <message>
        <source>The hall&apos;s calendar has no working day ahead; check its working days and holidays.</source>
        <translation>營業廳日曆中沒有後續工作日，請檢查工作日和節假日設定。</translation>
    </message>
    <message>
        <source>A due time is 0 to 120 working days.</source>
        <translation>辦理時限為0至120個工作日。</translation>
    </message>
    <message>
        <source>Type the case number or the phone number given for the case.</source>
        <translation>請輸入辦件編號或辦件登記的手機號碼。</translation>
    </message>
    <message>
        <source>There is no open case for this phone number.</source>
        <translation>此手機號碼沒有辦理中的辦件。</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s cause from the list.</source>
        <translation>請從清單中選擇投訴原因。</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>此投訴已結案。</translation>
    </message>
    <message>
        <source>Choose how the complaint ended.</source>
        <translation>請選擇投訴處理結果。</translation>
    </message>
    <message>
        <source>Write how the complaint was answered.</source>
        <translation>請寫明投訴的答覆情況。</translation>
    </message>
    <message>
        <source>There is no complaint with this number.</source>
        <translation>沒有此編號的投訴。</translation>
    </message>
    <message>
        <source>A complaint about this visit was already made; nothing was changed.</source>
        <translation>此次辦理已有投訴，未作任何更改。</translation>
    </message>
    <message>
        <source>Write what the customer complained about.</source>
        <translation>請填寫客戶投訴的內容。</translation>
    </message>
    <message>
        <source>A complaint or its answer is at most 1,000 characters.</source>
        <translation>投訴或答覆最多 1000 字。</translation>
    </message>
    <message>
        <source>A complaint comes from a note, a rating or the customer.</source>
        <translation>投訴來源只能是窗口記錄、評價或客戶本人。</translation>
    </message>
    <message>
        <source>Choose who answers the complaint.</source>
        <translation>請選擇負責答覆投訴的人員。</translation>
    </message>
    <message>
        <source>Write each question in Vietnamese or English.</source>
        <translation>每個問題請用越南語或英語填寫。</translation>
    </message>
    <message>
        <source>The questions come once the visit is finished.</source>
        <translation>辦理結束後才能回答這些問題。</translation>
    </message>
    <message>
        <source>The questions come once the case is closed.</source>
        <translation>工單辦結後才能回答這些問題。</translation>
    </message>
    <message>
        <source>This question was already answered; nothing was changed.</source>
        <translation>該問題已經回答過，未作任何更改。</translation>
    </message>
    <message>
        <source>This question is not asked any more; refresh the page.</source>
        <translation>此問題已不再詢問，請重新整理頁面。</translation>
    </message>
    <message>
        <source>A score is 1 to 5.</source>
        <translation>分數為 1 到 5。</translation>
    </message>
    <message>
        <source>Choose a score for at least one question.</source>
        <translation>請至少為一個問題選擇分數。</translation>
    </message>
    <message>
        <source>A notice must end after it starts.</source>
        <translation>通知的結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <source>This end time has passed: the notice would be shown nowhere.</source>
        <translation>該結束時間已過：通知將不會在任何地方顯示。</translation>
    </message>
    <message>
        <source>Write the notice in at least one language.</source>
        <translation>請至少用一種語言填寫通知。</translation>
    </message>
    <message>
        <source>A notice is at most 240 characters in each language.</source>
        <translation>每種語言的通知最多 240 個字元。</translation>
    </message>
    <message>
        <source>This notice does not exist any more; refresh the list.</source>
        <translation>此通知已不存在，請重新整理列表。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>發生錯誤。</translation>
    </message>
    <message>
        <source>Check “{field}”: {text}</source>
        <translation>請檢查「{field}」：{text}</translation>
    </message>
    <message>
        <source>{field}: this value is not valid. Nothing was changed.</source>
        <translation>{field}：此值無效，未做任何變更。</translation>
    </message>
</context>
</TS>
