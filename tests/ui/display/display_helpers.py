"""The hall display on the test hub, for the tests that draw summaries of their own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hallq import settings as hsettings
from ui.app import set_language
from ui.client import HallClient
from ui.display.hall import HallDisplay

# Names as long as a Vietnamese hall gives them (the first language, with zh_CN under it).
LONG_NAMES = {
    "A": "Thanh toán tiền điện và các khoản phí dịch vụ",
    "B": "Cấp điện mới cho hộ gia đình và doanh nghiệp",
    "C": "Hợp đồng mua bán điện, thay đổi thông tin khách hàng",
    "D": "Sự cố mất điện, khiếu nại về hoá đơn tiền điện",
    "E": "Tư vấn chung về sử dụng điện an toàn, tiết kiệm",
}


def display_settings() -> hsettings.Settings:
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    s.values["voice"]["enabled"] = False
    return s


def hold_messages(client: HallClient) -> None:
    """The client takes no more messages from the hub: a summary a test draws is not
    replaced by one the hub still owes (it sends one a quarter of a second after a change)."""
    client._ws.textMessageReceived.disconnect(client._on_ws_message)


@contextmanager
def held_display(qtbot, hub, hold: bool = True) -> Iterator[HallDisplay]:
    """A display connected to the hub, its five service cards built from the hub's
    snapshot, then (with `hold`) deaf to the hub: the test hands it its summaries and
    calls."""
    client = HallClient(hub.url, hub.token("display"))
    w = HallDisplay(client, display_settings())
    qtbot.addWidget(w)
    try:
        with qtbot.waitSignal(client.connectedChanged, timeout=5000):
            client.start()
        qtbot.waitUntil(lambda: set(w.service_cards) == set("ABCDE"), timeout=5000)
        if hold:
            hold_messages(client)
        yield w
    finally:
        client.stop()
        set_language("en")
