"""`hallq hub`: serve a hall's hub until stopped."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallq import settings
from hallq.paths import default_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hub", help="serve the hall (REST commands, WebSocket events)")
    p.add_argument("--db", type=Path, default=None,
                   help="hall database file (default: [hub] db, else the user data folder)")
    p.add_argument("--host", default=None,
                   help="address to listen on, 0.0.0.0 for the hall's LAN (default: [hub] "
                        "host, else 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="default: [hub] port, else 8470")
    p.add_argument("--config", type=Path, default=None, help="settings file")
    p.set_defaults(func=cmd_hub)


def cmd_hub(args: argparse.Namespace) -> int:
    try:
        conf = settings.load(args.config).hub
    except settings.SettingsError as exc:
        print("\n".join(exc.problems))
        print("The hub was not started.")
        return 2
    from hallq.hub.server import serve  # FastAPI loads only when a hub really starts

    db = args.db or (Path(conf.db) if conf.db else default_db())
    serve(db, args.host or conf.host, args.port or conf.port)
    return 0
