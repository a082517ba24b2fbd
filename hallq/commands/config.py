"""`hallq config check|show|sample`: the device's settings file."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallq import settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="check or show this device's settings file")
    csub = p.add_subparsers(dest="config_command", required=True)
    c = csub.add_parser("check", help="report every problem in the settings file")
    c.add_argument("--file", type=Path, default=None, help="default: " +
                   str(settings.default_path()))
    c.add_argument("--missing-ok", action="store_true",
                   help="no file is fine (every setting at its default)")
    c.set_defaults(func=cmd_check)
    s = csub.add_parser("show", help="print the settings in effect")
    s.add_argument("--file", type=Path, default=None)
    s.set_defaults(func=cmd_show)
    m = csub.add_parser("sample", help="print a settings file with every setting explained")
    m.set_defaults(func=lambda args: print(settings.sample_text()) or 0)


def cmd_check(args: argparse.Namespace) -> int:
    path = args.file or settings.default_path()
    if getattr(args, "missing_ok", False) and not path.exists():
        print(f"{path}: no settings file; every setting is at its default.")
        return 0
    try:
        settings.load(path, required=True)
    except settings.SettingsError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s); nothing was started with this file.")
        return 1
    print(f"{path}: OK")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    try:
        s = settings.load(args.file)
    except settings.SettingsError as exc:
        print("\n".join(exc.problems))
        return 1
    for section, values in s.values.items():
        print(f"[{section}]")
        for k, v in values.items():
            print(f"{k} = {v!r}")
        print()
    return 0
