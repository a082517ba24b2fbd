"""`hallq hub`: serve a hall's hub until stopped."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallq.hubserver import DEFAULT_PORT
from hallq.paths import default_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hub", help="serve the hall (REST commands, WebSocket events)")
    p.add_argument("--db", type=Path, default=default_db(), help="hall database file")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (0.0.0.0 for the hall's LAN)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.set_defaults(func=cmd_hub)


def cmd_hub(args: argparse.Namespace) -> int:
    from hallq.hubserver import serve
    serve(args.db, args.host, args.port)
    return 0
