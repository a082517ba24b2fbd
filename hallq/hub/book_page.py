"""The booking page a customer opens on a phone: its words in four languages, and its HTML.

One language at a time, chosen on the page (first: ?lang=, then the phone's language, then
the hall's first). The page calls the public appointment routes; nothing personal is kept
in the browser beyond the code it shows.
"""

from __future__ import annotations

import html

from hallq.domain import LANGUAGES
from hallq.hub.page_shell import BASE_CSS, NAV_CSS, lang_nav, shell

LANGS = LANGUAGES  # the languages offered, in the switcher's order (the routes read it)

TEXTS: dict[str, dict[str, str]] = {
    "title": {"vi": "Đặt lịch hẹn", "zh_CN": "预约办理", "zh_TW": "預約辦理",
              "en": "Book an appointment"},
    "queue": {"vi": "Lấy số ngay từ điện thoại", "zh_CN": "手机直接取号", "zh_TW": "手機直接取號",
              "en": "Take a ticket now from your phone"},
    "queue_how": {"vi": "Chọn dịch vụ; bạn sẽ thấy số người trước bạn và được báo khi đến "
                        "lượt.",
                  "zh_CN": "选择业务后，可随时查看前面人数，轮到您时会通知您。",
                  "zh_TW": "選擇業務後，可隨時查看前面人數，輪到您時會通知您。",
                  "en": "Choose a service; you will see how many are ahead and be told when "
                        "it is your turn."},
    "err_no_phone_queue": {"vi": "Dịch vụ này không lấy số qua điện thoại.",
                           "zh_CN": "此业务不支持手机取号。", "zh_TW": "此業務不支援手機取號。",
                           "en": "This service takes no tickets from phones."},
    "err_phone_queue_full": {"vi": "Hôm nay đã hết số lấy qua điện thoại cho dịch vụ này; "
                                   "vui lòng lấy số tại máy ở sảnh.",
                             "zh_CN": "今日该业务手机取号已满，请到大厅取号机取号。",
                             "zh_TW": "今日該業務手機取號已滿，請到大廳取號機取號。",
                             "en": "Today's phone tickets for this service are all taken; "
                                   "take one at the hall's kiosk."},
    "err_already_in_queue": {"vi": "Số điện thoại này đang có số thứ tự trong hàng.",
                             "zh_CN": "该号码已有排队号。", "zh_TW": "該號碼已有排隊號。",
                             "en": "This number already has a ticket in the queue."},
    "service": {"vi": "1. Chọn dịch vụ", "zh_CN": "1. 选择业务", "zh_TW": "1. 選擇業務",
                "en": "1. Choose a service"},
    "day": {"vi": "2. Chọn ngày", "zh_CN": "2. 选择日期", "zh_TW": "2. 選擇日期",
            "en": "2. Choose a day"},
    "time": {"vi": "3. Chọn giờ", "zh_CN": "3. 选择时间", "zh_TW": "3. 選擇時間",
             "en": "3. Choose a time"},
    "contact": {"vi": "4. Số điện thoại của bạn", "zh_CN": "4. 您的手机号码",
                "zh_TW": "4. 您的手機號碼", "en": "4. Your phone number"},
    "phone": {"vi": "Số điện thoại của bạn", "zh_CN": "您的手机号码", "zh_TW": "您的手機號碼",
              "en": "Your phone number"},
    "name": {"vi": "Họ tên (không bắt buộc)", "zh_CN": "姓名（可不填）", "zh_TW": "姓名（可不填）",
             "en": "Name (optional)"},
    "book": {"vi": "Đặt lịch", "zh_CN": "确认预约", "zh_TW": "確認預約", "en": "Book"},
    "free": {"vi": "còn {n} chỗ", "zh_CN": "余 {n} 个", "zh_TW": "餘 {n} 個", "en": "{n} free"},
    "full": {"vi": "hết chỗ", "zh_CN": "已满", "zh_TW": "已滿", "en": "full"},
    "no_slots": {"vi": "Ngày này không còn giờ trống.", "zh_CN": "当天已无可预约时间。",
                 "zh_TW": "當天已無可預約時間。", "en": "No free time left that day."},
    "no_services": {"vi": "Điểm giao dịch này chưa nhận đặt lịch.",
                    "zh_CN": "本营业厅暂不接受预约。", "zh_TW": "本營業廳暫不接受預約。",
                    "en": "This hall takes no appointments yet."},
    "booked": {"vi": "Đã đặt lịch. Mã của bạn:", "zh_CN": "预约成功。您的预约码：",
               "zh_TW": "預約成功。您的預約碼：", "en": "Booked. Your code:"},
    "how": {"vi": "Khi đến, nhập mã này hoặc quét mã QR tại máy lấy số, từ 15 phút trước "
                  "đến 10 phút sau giờ hẹn.",
            "zh_CN": "到达后，请在取号机输入此码或扫描二维码，时间为预约前15分钟至预约后10分钟。",
            "zh_TW": "到達後，請在取號機輸入此碼或掃描 QR 碼，時間為預約前15分鐘至預約後10分鐘。",
            "en": "When you arrive, type this code or scan the QR code at the ticket kiosk, "
                  "from 15 minutes before to 10 minutes after your time."},
    "manage": {"vi": "Xem, đổi giờ hoặc hủy lịch đã đặt", "zh_CN": "查看、改期或取消预约",
               "zh_TW": "查看、改期或取消預約", "en": "See, move or cancel a booking"},
    "code": {"vi": "Mã đặt lịch", "zh_CN": "预约码", "zh_TW": "預約碼", "en": "Booking code"},
    "show": {"vi": "Xem", "zh_CN": "查看", "zh_TW": "查看", "en": "Show"},
    "cancel": {"vi": "Hủy lịch hẹn", "zh_CN": "取消预约", "zh_TW": "取消預約",
               "en": "Cancel the appointment"},
    "move": {"vi": "Đổi sang giờ đã chọn", "zh_CN": "改到所选时间", "zh_TW": "改到所選時間",
             "en": "Move to the time chosen"},
    "state_booked": {"vi": "Đã đặt", "zh_CN": "已预约", "zh_TW": "已預約", "en": "Booked"},
    "state_cancelled": {"vi": "Đã hủy", "zh_CN": "已取消", "zh_TW": "已取消",
                        "en": "Cancelled"},
    "state_checked_in": {"vi": "Đã đến", "zh_CN": "已签到", "zh_TW": "已簽到",
                         "en": "Checked in"},
    "next_free": {"vi": "Giờ trống gần nhất:", "zh_CN": "最近的可约时间：",
                  "zh_TW": "最近的可約時間：", "en": "Next free times:"},
    "err_slot_full": {"vi": "Giờ này vừa hết chỗ.", "zh_CN": "该时间刚刚约满。",
                      "zh_TW": "該時間剛剛約滿。", "en": "That time has just filled up."},
    "err_slot_passed": {"vi": "Giờ này đã qua.", "zh_CN": "该时间已过。", "zh_TW": "該時間已過。",
                        "en": "That time has passed."},
    "err_bad_phone": {"vi": "Số điện thoại gồm 4 đến 20 chữ số.",
                      "zh_CN": "手机号码应为4至20位数字。", "zh_TW": "手機號碼應為4至20位數字。",
                      "en": "A phone number is 4 to 20 digits."},
    "err_phone_required": {"vi": "Vui lòng nhập số điện thoại.", "zh_CN": "请填写手机号码。",
                           "zh_TW": "請填寫手機號碼。", "en": "Please give a phone number."},
    "err_already_booked": {"vi": "Số điện thoại này đã có lịch hẹn cho dịch vụ này trong "
                                 "ngày; hãy đổi giờ hoặc hủy lịch cũ.",
                           "zh_CN": "该号码当天已预约此业务，请改期或取消原预约。",
                           "zh_TW": "該號碼當天已預約此業務，請改期或取消原預約。",
                           "en": "This number already has a booking for this service that "
                                 "day; move or cancel it."},
    "err_unknown_appointment": {"vi": "Không tìm thấy mã này.", "zh_CN": "未找到此预约码。",
                                "zh_TW": "未找到此預約碼。", "en": "No booking with this code."},
    "err_appointment_cancelled": {"vi": "Lịch hẹn này đã bị hủy.", "zh_CN": "此预约已取消。",
                                  "zh_TW": "此預約已取消。", "en": "This booking is cancelled."},
    "err_already_checked_in": {"vi": "Lịch hẹn này đã được sử dụng.",
                               "zh_CN": "此预约已签到使用。", "zh_TW": "此預約已簽到使用。",
                               "en": "This booking has already been used."},
    "err_not_movable": {"vi": "Lịch hẹn này không thể đổi giờ.", "zh_CN": "此预约无法改期。",
                        "zh_TW": "此預約無法改期。", "en": "This booking cannot be moved."},
    "err_other": {"vi": "Không thực hiện được. Vui lòng thử lại.", "zh_CN": "操作未成功，请重试。",
                  "zh_TW": "操作未成功，請重試。", "en": "That did not work. Please try again."},
    "err_network": {"vi": "Mất kết nối. Vui lòng thử lại.", "zh_CN": "网络中断，请重试。",
                    "zh_TW": "網路中斷，請重試。", "en": "No connection. Please try again."},
}

WEEKDAYS = {"vi": ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
            "zh_CN": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
            "zh_TW": ["週一", "週二", "週三", "週四", "週五", "週六", "週日"],
            "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}

_STYLE = BASE_CSS + "h1{font-size:26px;margin:8px 0}h2{font-size:20px;margin:18px 0 8px}" + \
    NAV_CSS + """.grid{display:flex;flex-wrap:wrap;gap:8px}
button{font:inherit;min-height:48px;padding:8px 12px;border:2px solid #0b4f8a;border-radius:8px;
background:#fff;color:#0b4f8a}button.on{background:#0b4f8a;color:#fff}
button:disabled{border-color:#999;color:#555;background:#e6e6e6}
button.main{width:100%;background:#0b4f8a;color:#fff;margin-top:12px}
input{font:inherit;width:100%;min-height:48px;padding:8px;border:2px solid #555;
border-radius:8px}label{display:block;margin-top:8px}
.err{color:#a00000;font-weight:bold}.code{font-size:44px;letter-spacing:6px;
font-weight:bold;text-align:center;margin:8px 0}.box{background:#fff;border-radius:12px;
padding:12px;margin-top:12px}small{font-size:15px}
"""


def page(lang: str, hall_name: str, code: str = "") -> str:
    """The whole booking page in one language; the script draws the steps from the API."""
    t = {k: v[lang] for k, v in TEXTS.items()}
    e = {k: html.escape(v) for k, v in t.items()}
    hall = html.escape(hall_name)
    body = f"""
<h1>{e['title']}</h1><p>{hall}</p>
<section id=queue class=box hidden><h2>{e['queue']}</h2>
<p><small>{e['queue_how']}</small></p>
<label for=qphone>{e['phone']}</label>
<input id=qphone type=tel inputmode=tel autocomplete=tel maxlength=20>
<div id=qservices class=grid style="margin-top:8px"></div></section>
<section id=book><h2>{e['service']}</h2><div id=services class=grid></div>
<div id=days hidden><h2>{e['day']}</h2><div id=daylist class=grid></div></div>
<div id=times hidden><h2>{e['time']}</h2><div id=timelist class=grid></div></div>
<div id=who hidden><h2>{e['contact']}</h2>
<input id=phone type=tel inputmode=tel autocomplete=tel maxlength=20>
<label for=name>{e['name']}</label><input id=name maxlength=80 autocomplete=name>
<button id=go class=main>{e['book']}</button></div></section>
<p id=msg class=err role=alert></p>
<section id=done class=box hidden><p>{e['booked']}</p><p id=code class=code></p>
<p id=when></p><img id=qr alt="QR" width=200 height=200 style="display:block;margin:auto">
<p><small>{e['how']}</small></p></section>
<section class=box><h2>{e['manage']}</h2>
<label for=mcode>{e['code']}</label><input id=mcode maxlength=12
autocapitalize=characters><button id=mshow class=main>{e['show']}</button>
<div id=mine hidden><p id=minfo></p><button id=mmove class=main hidden>
{e['move']}</button><button id=mcancel class=main>
{e['cancel']}</button></div></section>
"""
    return shell(lang, f"{e['title']} · {hall}", _STYLE, lang_nav(lang), body,
                 data={"lang": lang, "t": t, "weekdays": WEEKDAYS[lang], "code": code},
                 script=_SCRIPT)


_SCRIPT = r"""
let svc=null,day=null,slot=null,mine=null;
const api=(path,opts)=>fetch(path,opts).then(async r=>{const b=await r.json().catch(()=>({}));
 if(!r.ok)throw b.error||{code:'other'};return b;},e=>{throw e.code?e:{code:'network'}});
const post=(path,body)=>api(path,{method:'POST',headers:{'Content-Type':'application/json'},
 body:JSON.stringify(body)});
const hhmm=iso=>iso.slice(11,16), ymd=iso=>iso.slice(0,10);
const dayName=d=>D.weekdays[(new Date(d+'T12:00:00Z').getUTCDay()+6)%7]+' '+d.slice(8,10)+
 '/'+d.slice(5,7);
function say(e){let m=T['err_'+e.code]||T.err_other;$('msg').textContent=m;
 const nf=(e.details||{}).next_free||[];if(nf.length){$('msg').textContent=m+' '+T.next_free+
 ' '+nf.map(s=>dayName(ymd(s))+' '+hhmm(s)).join(', ');}}
function button(text,on,click,disabled){const b=document.createElement('button');
 b.textContent=text;if(on)b.className='on';b.disabled=!!disabled;b.onclick=click;return b;}
function pick(list,btn){for(const b of list.children)b.classList.remove('on');
 btn.classList.add('on');}
function queue(list){const box=$('qservices');box.replaceChildren();
 const ok=list.filter(s=>s.phone_queue);$('queue').hidden=!ok.length;
 for(const s of ok){box.appendChild(button(s.prefix+' · '+(s.names[D.lang]||s.names.vi||
  s.prefix),false,()=>{$('msg').textContent='';post('/api/phone/tickets',{service:s.prefix,
  phone:$('qphone').value.trim(),language:D.lang}).then(r=>{location.href=r.url+'?lang='+
  D.lang;},say);}));}}
function services(){api('/api/appointments/services').then(r=>{hall=r.hall;queue(r.services);const box=$('services');
 const ok=r.services.filter(s=>s.appointments);box.replaceChildren();
 if(!ok.length){box.textContent=T.no_services;return;}
 for(const s of ok){const b=button(s.prefix+' · '+(s.names[D.lang]||s.names.vi||s.prefix),
  false,()=>{svc=s.prefix;pick(box,b);days();});box.appendChild(b);}},say);}
let hall={open_weekdays:[1,2,3,4,5,6,7],holidays:[]};
function days(){$('days').hidden=false;const box=$('daylist');box.replaceChildren();
 const today=new Date();for(let i=0,n=0;i<30&&n<10;i++){const d=new Date(today.getTime()+
  i*864e5);const iso=d.getFullYear()+'-'+String(d.getMonth()+1).padStart(2,'0')+'-'+
   String(d.getDate()).padStart(2,'0');
  if(!hall.open_weekdays.includes(d.getDay()||7)||hall.holidays.includes(iso))continue;n++;
  const b=button(dayName(iso),false,()=>{day=iso;pick(box,b);times();});box.appendChild(b);}}
function times(){$('times').hidden=false;const box=$('timelist');box.replaceChildren();
 api('/api/appointments/slots?service='+svc+'&date='+day).then(r=>{
  if(!r.slots.length){box.textContent=T.no_slots;return;}
  for(const s of r.slots){const label=hhmm(s.start)+' · '+(s.free?T.free.replace('{n}',
   s.free):T.full);const b=button(label,false,()=>{slot=s.start;pick(box,b);
   $('who').hidden=false;$('mmove').hidden=!mine;},!s.free);box.appendChild(b);}},say);}
$('go').onclick=()=>{$('msg').textContent='';post('/api/appointments/book',{service:svc,
 start:slot,phone:$('phone').value.trim(),name:$('name').value.trim(),language:D.lang})
 .then(r=>{const a=r.appointment;$('done').hidden=false;$('code').textContent=a.code;
  $('when').textContent=dayName(ymd(a.start))+' '+hhmm(a.start)+' · '+a.service;
  $('qr').src='/book/qr/'+a.code+'.svg';$('done').scrollIntoView();times();},say);};
function show(a){mine=a;$('mine').hidden=false;$('minfo').textContent=a.code+' · '+
 a.service+' · '+dayName(ymd(a.start))+' '+hhmm(a.start)+' · '+T['state_'+a.state];
 $('mcancel').hidden=a.state!=='booked';$('mmove').hidden=a.state!=='booked'||!slot;
 if(a.state==='booked'&&svc!==a.service){svc=a.service;slot=null;$('mmove').hidden=true;
  days();}}
$('mshow').onclick=()=>{$('msg').textContent='';const c=$('mcode').value.trim().toUpperCase();
 if(c)api('/api/appointments/'+encodeURIComponent(c)).then(r=>show(r.appointment),say);};
$('mcancel').onclick=()=>post('/api/appointments/'+mine.code+'/cancel',{})
 .then(r=>show(r.appointment),say);
$('mmove').onclick=()=>post('/api/appointments/'+mine.code+'/move',{start:slot})
 .then(r=>{show(r.appointment);times();},say);
services();if(D.code){$('mcode').value=D.code;$('mshow').click();}
"""
