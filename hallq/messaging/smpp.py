"""SMS over SMPP 3.4 (smpplib): Vietnamese and Chinese in UCS-2, long texts split into
concatenated parts, delivery receipts read back."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import smpplib.client
import smpplib.consts
import smpplib.exceptions
import smpplib.gsm

from hallq.wire import MessagingSetup

log = logging.getLogger(__name__)

Receipt = Callable[[str, bool], None]  # (the SMSC's message id, delivered?)
_RECEIPT = re.compile(rb"id:(\S+).*stat:(\w+)", re.S)


class SendFailed(Exception):
    """The SMSC refused the message or could not be reached; try again later."""


class SmppChannel:
    """One transceiver bind, kept open between messages."""

    name = "smpp"
    resend_in_flight = False  # an SMS caught mid-send is never sent a second time

    def __init__(self, setup: MessagingSetup, on_receipt: Receipt, timeout: float = 5.0):
        self.setup = setup
        self.on_receipt = on_receipt
        self.timeout = timeout
        self.client: Any = None
        self._ids: dict[int, str] = {}  # submit_sm sequence -> the SMSC's message id
        self._receipts: list[tuple[str, bool]] = []

    def _connect(self) -> Any:
        if self.client is not None:
            return self.client
        c = smpplib.client.Client(self.setup.smpp_host, self.setup.smpp_port,
                                  timeout=self.timeout, allow_unknown_opt_params=True)
        c.set_message_sent_handler(self._sent)
        c.set_message_received_handler(self._received)
        try:
            c.connect()
            c.bind_transceiver(system_id=self.setup.smpp_system_id,
                               password=self.setup.smpp_password)
        except (OSError, smpplib.exceptions.ConnectionError, smpplib.exceptions.PDUError) as exc:
            self._drop(c)
            raise SendFailed(f"SMSC {self.setup.smpp_host}:{self.setup.smpp_port}: "
                             f"{exc or type(exc).__name__}") from exc
        self.client = c
        return c

    def _drop(self, c: Any) -> None:
        try:
            c.disconnect()
        except Exception:  # already gone: nothing more to close
            pass
        self.client = None

    def _sent(self, pdu: Any, **_: Any) -> None:
        mid = pdu.message_id
        self._ids[pdu.sequence] = mid.decode() if isinstance(mid, bytes) else str(mid)

    def _received(self, pdu: Any, **_: Any) -> None:
        # Kept until poll(): a receipt can arrive while the next part is being submitted,
        # before the message it names is recorded as sent with its id.
        found = _RECEIPT.search(pdu.short_message or b"")
        if found:
            self._receipts.append((found.group(1).decode(), found.group(2) == b"DELIVRD"))

    def send(self, message_id: int, phone: str, text: str, language: str = "vi",
             kind: str = "") -> str:
        """Submit every part; the SMSC's id of the first is the message's."""
        c = self._connect()
        parts, coding, esm_class = smpplib.gsm.make_parts(text)
        try:
            seqs = []
            for part in parts:
                pdu = c.send_message(
                    source_addr_ton=smpplib.consts.SMPP_TON_ALNUM,
                    source_addr=self.setup.smpp_source_addr,
                    dest_addr_ton=smpplib.consts.SMPP_TON_INTL if phone.startswith("+")
                    else smpplib.consts.SMPP_TON_UNK,
                    destination_addr=phone.lstrip("+"), short_message=part,
                    data_coding=coding, esm_class=esm_class, registered_delivery=True)
                seqs.append(pdu.sequence)
            while any(s not in self._ids for s in seqs):
                c.read_once(auto_send_enquire_link=False)
        except (OSError, smpplib.exceptions.ConnectionError,
                smpplib.exceptions.PDUError) as exc:
            self._drop(c)
            raise SendFailed(f"SMSC: {exc or type(exc).__name__}") from exc
        return self._ids.pop(seqs[0])

    def poll(self) -> None:
        """Read the receipts that have arrived (never waits) and hand them on."""
        if self.client is not None:
            try:
                self.client.poll(auto_send_enquire_link=False)
            except (OSError, smpplib.exceptions.ConnectionError, smpplib.exceptions.PDUError):
                self._drop(self.client)
        receipts, self._receipts = self._receipts, []
        for provider_id, delivered in receipts:
            self.on_receipt(provider_id, delivered)

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.unbind()
            except Exception:  # the SMSC went first: closing is all that is left
                pass
            self._drop(self.client)
