"""The live page of a ticket taken from a phone (/q/<token>): its words in four languages and
its HTML. The status is pushed by server-sent events; nothing polls."""

from __future__ import annotations

import html

from hallq.hub.page_shell import BASE_CSS, NAV_CSS, lang_nav, shell

TEXTS: dict[str, dict[str, str]] = {
    "title": {"vi": "Số thứ tự của bạn", "zh_CN": "您的排队号", "zh_TW": "您的排隊號",
              "en": "Your ticket"},
    "waiting": {"vi": "Đang chờ", "zh_CN": "等候中", "zh_TW": "等候中", "en": "Waiting"},
    "called": {"vi": "Mời bạn đến quầy {counter}", "zh_CN": "请到{counter}号窗口",
               "zh_TW": "請到{counter}號窗口", "en": "Please go to counter {counter}"},
    "serving": {"vi": "Đang phục vụ tại quầy {counter}", "zh_CN": "正在{counter}号窗口办理",
                "zh_TW": "正在{counter}號窗口辦理", "en": "Being served at counter {counter}"},
    "done": {"vi": "Đã phục vụ xong. Cảm ơn bạn!", "zh_CN": "已办结，谢谢！",
             "zh_TW": "已辦結，謝謝！", "en": "Served. Thank you!"},
    "cancelled": {"vi": "Số này đã hủy.", "zh_CN": "此号已取消。", "zh_TW": "此號已取消。",
                  "en": "This ticket is cancelled."},
    "no_show": {"vi": "Bạn đã vắng mặt khi được gọi. Hãy hỏi quầy hướng dẫn.",
                "zh_CN": "叫号时您未到，请咨询服务台。", "zh_TW": "叫號時您未到，請洽服務台。",
                "en": "You missed your call. Please ask at the information desk."},
    "transferred": {"vi": "Đã chuyển sang dịch vụ khác.", "zh_CN": "已转办其他业务。",
                    "zh_TW": "已轉辦其他業務。", "en": "Sent on to another service."},
    "ahead": {"vi": "Số người trước bạn: {n}", "zh_CN": "您前面还有 {n} 人",
              "zh_TW": "您前面還有 {n} 人", "en": "People ahead of you: {n}"},
    "eta": {"vi": "Chờ khoảng {lo}–{hi} phút", "zh_CN": "预计等候 {lo}–{hi} 分钟",
            "zh_TW": "預計等候 {lo}–{hi} 分鐘", "en": "About {lo}–{hi} minutes"},
    "opens": {"vi": "Quầy mở lúc {t}", "zh_CN": "窗口 {t} 开始办理", "zh_TW": "窗口 {t} 開始辦理",
              "en": "Counters open at {t}"},
    "unknown": {"vi": "Chưa biết thời gian chờ", "zh_CN": "等候时间暂不确定",
                "zh_TW": "等候時間暫不確定", "en": "Waiting time not known yet"},
    "come": {"vi": "Hãy đến sảnh trước khi tới lượt.", "zh_CN": "请在叫号前到达大厅。",
             "zh_TW": "請在叫號前到達大廳。", "en": "Please be in the hall before your turn."},
    "not_coming": {"vi": "Tôi không đến nữa", "zh_CN": "我不来了", "zh_TW": "我不來了",
                   "en": "I'm not coming"},
    "confirm": {"vi": "Hủy số này?", "zh_CN": "确定取消此号？", "zh_TW": "確定取消此號？",
                "en": "Cancel this ticket?"},
    "offline": {"vi": "Mất kết nối, đang kết nối lại…", "zh_CN": "连接中断，正在重连…",
                "zh_TW": "連線中斷，正在重連…", "en": "Connection lost, reconnecting…"},
}

_STYLE = BASE_CSS + NAV_CSS + """.num{font-size:72px;font-weight:bold;text-align:center;
margin:12px 0 0;letter-spacing:2px}.svc{text-align:center;margin:0 0 12px}
.state{font-size:26px;font-weight:bold;text-align:center;padding:12px;border-radius:12px;
background:#fff}.called{background:#0b6b2e;color:#fff}p{text-align:center}
button{font:inherit;width:100%;min-height:52px;margin-top:24px;border:2px solid #a00000;
border-radius:8px;background:#fff;color:#a00000}#off{color:#a00000}
"""


def page(lang: str, token: str) -> str:
    """The live ticket page in one language; the script fills it from the event stream."""
    t = {k: v[lang] for k, v in TEXTS.items()}
    body = f"""<p class=num id=num>…</p><p class=svc id=svc></p>
<div class=state id=state></div><p id=ahead></p><p id=eta></p><p id=come hidden>
{html.escape(t['come'])}</p><p id=off hidden>{html.escape(t['offline'])}</p>
<button id=cancel hidden>{html.escape(t['not_coming'])}</button>"""
    return shell(lang, html.escape(t["title"]), _STYLE, lang_nav(lang), body,
                 data={"lang": lang, "t": t, "token": token}, script=_SCRIPT,
                 private=True)  # its address is the ticket's secret


_SCRIPT = r"""
let es=null;
function fill(s){$('num').textContent=s.number;
 $('svc').textContent=(s.names[D.lang]||s.names.vi||s.service);
 const st=$('state');st.className='state';$('ahead').textContent='';$('eta').textContent='';
 $('come').hidden=true;$('cancel').hidden=s.state!=='waiting';
 if(s.state==='waiting'){st.textContent=T.waiting;$('come').hidden=false;
  $('ahead').textContent=T.ahead.replace('{n}',s.ahead);
  if(s.eta_min!==null&&s.eta_min!==undefined){const lo=s.eta_low_min??s.eta_min,
   hi=s.eta_high_min??s.eta_min;$('eta').textContent=T.eta.replace('{lo}',lo).replace('{hi}',hi);}
  else $('eta').textContent=s.opens_at?T.opens.replace('{t}',s.opens_at):T.unknown;}
 else if(s.state==='called'){st.textContent=T.called.replace('{counter}',s.counter);
  st.className='state called';}
 else if(s.state==='serving'){st.textContent=T.serving.replace('{counter}',s.counter);}
 else{st.textContent=T[s.state]||s.state;if(es){es.close();es=null;}}}
function listen(){es=new EventSource('/q/'+D.token+'/events');
 es.onmessage=e=>{$('off').hidden=true;fill(JSON.parse(e.data));};
 es.onerror=()=>{$('off').hidden=false;};}
$('cancel').onclick=()=>{if(!confirm(T.confirm))return;fetch('/q/'+D.token+'/cancel',
 {method:'POST'});};
listen();
"""
