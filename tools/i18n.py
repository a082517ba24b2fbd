"""Translations: extract ui/ strings into resources/i18n/*.ts, build the .qm, report what is left.

    python tools/i18n.py update          # pyside6-lupdate over ui/ -> hallq_<lang>.ts
    python tools/i18n.py status          # unfinished translations per language (exit 1 if any)
    python tools/i18n.py todo todo.json  # the unfinished ones as JSON, for a translator
    python tools/i18n.py fill todo.json  # put a translator's JSON back into the .ts files
    python tools/i18n.py build           # pyside6-lrelease -> hallq_<lang>.qm, qt_<lang>.qm

English is the source language: hallq_en.ts only holds plural forms ("%n minute(s)").
qt_<lang>.ts hold Qt's own words (Cancel, the file dialog) where Qt ships none (all of
them for vi, a few file-dialog words for zh), edited by hand or in Qt Linguist.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout: hallq is importable

from hallq.domain import LANGUAGES  # noqa: E402

UI = ROOT / "ui"
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("vi", "zh_CN", "zh_TW")  # every string; en only its plural forms


def ts_path(lang: str) -> Path:
    return I18N / f"hallq_{lang}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials (it ships {name})")
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def wrapper_strings(files: list[Path]) -> str:
    """Python source that lupdate can read for strings passed through a module's helper.

    Some modules translate through a helper such as ui/errors.py's
        def _t(text): return QCoreApplication.translate("errors", text)
    lupdate cannot see through it, so each literal `_t("...")` becomes a plain
    QCoreApplication.translate("errors", "...") line in a generated file.
    """
    lines = []
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError as exc:  # a file someone is in the middle of editing
            print(f"warning: {path}: {exc}; its helper strings are skipped", file=sys.stderr)
            continue
        helpers: dict[str, str] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.args.args:
                ret = node.body[-1]
                if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call):
                    call = ret.value
                    name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                    if name == "translate" and len(call.args) >= 2 and \
                            isinstance(call.args[0], ast.Constant) and \
                            isinstance(call.args[1], ast.Name) and \
                            call.args[1].id == node.args.args[0].arg:
                        helpers[node.name] = call.args[0].value
        if not helpers:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id in helpers and node.args and \
                    isinstance(node.args[0], ast.Constant) and \
                    isinstance(node.args[0].value, str):
                ctx, text = helpers[node.func.id], node.args[0].value
                lines.append(f"QCoreApplication.translate({ctx!r}, {text!r})")
    return "from PySide6.QtCore import QCoreApplication\n\n" + "\n".join(lines) + "\n"


def lupdate(ts_files: list[Path], plural_only: bool = False, quiet: bool = True) -> None:
    """Run pyside6-lupdate over every ui/ module (and the helper strings) into ts_files."""
    files = ui_sources()
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "hallq_translate_helpers.py"
        extra.write_text(wrapper_strings(files), encoding="utf-8")
        cmd = [_tool("pyside6-lupdate"), *map(str, files), str(extra), "-locations", "none",
               "-no-obsolete"]
        if plural_only:
            cmd.append("-pluralonly")
        if quiet:
            cmd.append("-silent")
        cmd += ["-ts", *map(str, ts_files)]
        subprocess.run(cmd, check=True, cwd=ROOT)


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in TRANSLATED:
        lupdate([ts_path(lang)])
    lupdate([ts_path("en")], plural_only=True)
    for lang in LANGUAGES:
        _set_language(ts_path(lang), lang)
    report()


def _set_language(path: Path, lang: str) -> None:
    """lupdate guesses the language from the file name; say it exactly (zh_TW, not zh)."""
    text = path.read_text(encoding="utf-8")
    want = {"en": "en_US", "vi": "vi_VN"}.get(lang, lang)
    head, sep, rest = text.partition("<TS ")
    tag, close, body = rest.partition(">")
    attrs = {k: v for k, v in (a.split("=", 1) for a in tag.split() if "=" in a)}
    attrs["language"] = f'"{want}"'
    if lang == "en" or "sourcelanguage" not in attrs:
        attrs["sourcelanguage"] = '"en_US"'
    new = head + sep + " ".join(f"{k}={v}" for k, v in attrs.items()) + close + body
    if new != text:
        path.write_text(new, encoding="utf-8")


# -- reading and writing translations

def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) for every current (not vanished/obsolete) message."""
    out = []
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            out.append((name, msg.findtext("source", ""), msg))
    return out


def is_finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def unfinished(lang: str) -> list[tuple[str, str, bool]]:
    """(context, source, is_plural) of every message without a finished translation."""
    path = ts_path(lang)
    if not path.exists():
        return []
    return [(c, s, m.get("numerus") == "yes") for c, s, m in messages(path)
            if not is_finished(m)]


def report() -> int:
    left = 0
    for lang in LANGUAGES:
        todo = unfinished(lang)
        total = len(messages(ts_path(lang))) if ts_path(lang).exists() else 0
        left += len(todo)
        print(f"{lang:6} {total - len(todo):4}/{total:<4} translated"
              + (f"  ({len(todo)} to do)" if todo else ""))
    return 1 if left else 0


def todo_json(out: Path) -> None:
    """{lang: {context: {source: "" or [plural forms]}}} for every unfinished message."""
    data: dict = {}
    for lang in LANGUAGES:
        for ctx, src, plural in unfinished(lang):
            data.setdefault(lang, {}).setdefault(ctx, {})[src] = [""] if plural else ""
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {out}")


def fill(data: dict) -> int:
    """Write translations {lang: {context: {source: text | [forms]}}} into the .ts files.

    A context "*" applies to the source in every context. Returns how many were set.
    """
    count = 0
    for lang, by_ctx in data.items():
        path = ts_path(lang)
        tree = ET.parse(path)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                src = msg.findtext("source", "")
                text = by_ctx.get(name, {}).get(src) or by_ctx.get("*", {}).get(src)
                if not text:
                    continue
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                if tr.get("type") in ("vanished", "obsolete"):
                    continue
                tr.attrib.pop("type", None)
                if msg.get("numerus") == "yes":
                    for f in list(tr):
                        tr.remove(f)
                    tr.text = None
                    for form in text if isinstance(text, list) else [text]:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = text if isinstance(text, str) else text[0]
                count += 1
        _write_ts(tree, path)
    return count


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def build(out_dir: Path | None = None) -> list[Path]:
    """.ts -> .qm with pyside6-lrelease (the .qm are build outputs, not kept in git)."""
    out_dir = out_dir or I18N
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = [ts_path(lang) for lang in LANGUAGES] + sorted(I18N.glob("qt_*.ts"))
    built = []
    for ts in (p for p in sources if p.exists()):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    print("built " + ", ".join(p.name for p in built))
    return built


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("update", help="extract strings from ui/ into the .ts files")
    sub.add_parser("status", help="count unfinished translations (exit 1 if any)")
    t = sub.add_parser("todo", help="write the unfinished translations as JSON")
    t.add_argument("out", type=Path)
    f = sub.add_parser("fill", help="put translations from a JSON file into the .ts files")
    f.add_argument("file", type=Path)
    b = sub.add_parser("build", help="compile .ts into .qm")
    b.add_argument("--out", type=Path, default=None)
    args = p.parse_args(argv)
    if args.cmd == "update":
        update()
    elif args.cmd == "status":
        return report()
    elif args.cmd == "todo":
        todo_json(args.out)
    elif args.cmd == "fill":
        n = fill(json.loads(args.file.read_text(encoding="utf-8")))
        print(f"{n} translations set")
        update()  # lupdate rewrites the files in its own layout
    elif args.cmd == "build":
        build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
