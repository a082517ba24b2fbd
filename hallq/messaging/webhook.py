"""A message by HTTPS webhook: a URL and a body template in the set-up (the way Zalo OA and
WeChat template messages are reached through a company's gateway)."""

from __future__ import annotations

import json
from string import Template

import httpx

from hallq.messaging.smpp import SendFailed
from hallq.wire import MessagingSetup


class WebhookChannel:
    """POST the rendered body; 2xx is sent. Each message carries its id as Idempotency-Key,
    so one resent after a crash is recognised by the receiver."""

    name = "webhook"
    resend_in_flight = True

    def __init__(self, setup: MessagingSetup, timeout: float = 10.0):
        self.setup = setup
        self.http = httpx.Client(timeout=timeout)

    def body(self, message_id: int, phone: str, text: str, language: str, kind: str) -> str:
        def esc(v: str) -> str:
            return json.dumps(v, ensure_ascii=False)[1:-1]  # safe inside a JSON string
        return Template(self.setup.webhook_body).safe_substitute(
            phone=esc(phone), text=esc(text), language=esc(language), kind=esc(kind),
            id=str(message_id))

    def send(self, message_id: int, phone: str, text: str, language: str = "vi",
             kind: str = "") -> str:
        headers = {"Content-Type": "application/json; charset=utf-8",
                   "Idempotency-Key": f"hallq-{message_id}"}
        if self.setup.webhook_token:
            headers["Authorization"] = f"Bearer {self.setup.webhook_token}"
        try:
            r = self.http.post(self.setup.webhook_url, headers=headers,
                               content=self.body(message_id, phone, text, language, kind)
                               .encode())
        except httpx.HTTPError as exc:
            raise SendFailed(f"webhook: {exc or type(exc).__name__}") from exc
        if not 200 <= r.status_code < 300:
            raise SendFailed(f"webhook answered {r.status_code}: {r.text[:200]}")
        return r.headers.get("X-Message-Id", "")

    def poll(self) -> None:
        """Receipts come by the receiver's own means; nothing to read here."""

    def close(self) -> None:
        self.http.close()
