"""The `hallq` command: one entry point for every role; GUI roles are imported lazily."""

from __future__ import annotations

import argparse
import importlib
import sys

from hallq.commands.logs import setup_logging
from hallq.domain import DomainError
from hallq.store.database import StoreError

# Each module adds its subcommands with register(subparsers); add a line to add a group.
COMMAND_MODULES = [
    "hallq.commands.setup",
    "hallq.commands.hub",
    "hallq.commands.simulate",
    "hallq.commands.roles",
    "hallq.commands.config",
    "hallq.commands.backup",
    "hallq.commands.printer",
    "hallq.commands.sync",
    "hallq.commands.report",
    "hallq.commands.appointments",
    "hallq.commands.cases",
    "hallq.commands.complaints",
    "hallq.commands.notices",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hallq", description="hallq: the queue and counter "
                                     "system of a customer-service hall.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # a rotating file per long-running role, console for the rest
    setup_logging(args.command, verbose=args.verbose)
    try:
        return int(args.func(args) or 0)
    except (StoreError, DomainError) as exc:
        print(f"hallq: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
