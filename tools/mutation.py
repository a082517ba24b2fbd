"""Mutation testing: runs mutmut over the modules [tool.mutmut] names and prints, per module,
mutants killed / survived / not reached, with the goal each must meet.

    python tools/mutation.py                 # every module (about 10 minutes on 2 cores)
    python tools/mutation.py queue wire      # only modules whose name contains these words
    python tools/mutation.py --report        # each module's figures from its last run
    python tools/mutation.py --survivors     # ... and name each surviving mutant
                                             #     (`mutmut show NAME` prints its change)

Killed counts timeouts too (a mutant that makes a rule loop forever is caught); a mutant
listed in tests/mutation/equivalent.txt (one line each, with why) is equivalent and left
out of the score; "not reached" are mutants of code no selected test runs.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENT = ROOT / "tests" / "mutation" / "equivalent.txt"
LOG = ROOT / "build" / "mutmut-run.log"
KEPT = ROOT / "build" / "mutation-results.json"  # per module, the verdicts of its last run
# The goals: the rules and the queue's commands, then the codec and the table.
GOALS = {"hallq.wire": 85.0, "hallq.hub.permissions": 85.0}
DEFAULT_GOAL = 90.0
KILLED = {1, 3, 24, -24, 36, 37, 152, 255}  # killed, pytest error, timeouts, type check
SURVIVED = {0}
NOT_REACHED = {5, 33}


def modules() -> list[str]:
    """The modules [tool.mutmut] only_mutate names (its patterns expanded), by import name."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]
    found: list[str] = []
    for pattern in config["only_mutate"]:
        for path in sorted(ROOT.glob(pattern)):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found.append(name.removesuffix(".__init__"))
    return found


def goal(module: str) -> float:
    return next((g for m, g in GOALS.items() if module == m or module.startswith(m + ".")),
                DEFAULT_GOAL)


def equivalents() -> dict[str, str]:
    """Mutant name -> why it cannot be killed."""
    found: dict[str, str] = {}
    if not EQUIVALENT.exists():
        return found
    for line in EQUIVALENT.read_text("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, why = line.partition(" ")
            found[name] = why.strip()
    return found


def run_results(module: str) -> dict[str, int | None] | None:
    """The run just made: mutant name -> mutmut's exit code (None: not run); None if the
    module has no results in mutants/."""
    meta = ROOT / "mutants" / (module.replace(".", "/") + ".py.meta")
    if not meta.exists():  # a package's own module
        meta = ROOT / "mutants" / module.replace(".", "/") / "__init__.py.meta"
    if not meta.exists():
        return None
    codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
    return codes


def kept() -> dict[str, dict[str, int | None]]:
    """Each module's verdicts from its last run (a run of some modules keeps the others')."""
    if not KEPT.exists():
        return {}
    found: dict[str, dict[str, int | None]] = json.loads(KEPT.read_text("utf-8"))
    return found


def keep(chosen: list[str]) -> None:
    every = kept()
    for module in chosen:
        codes = run_results(module)
        if codes is not None:
            every[module] = codes
    KEPT.write_text(json.dumps(every, indent=1, sort_keys=True), "utf-8")


def results(module: str) -> dict[str, int | None] | None:
    return kept().get(module)


def report(chosen: list[str], survivors: bool) -> int:
    equiv = equivalents()
    below = 0
    head = f"{'module':28} {'mutants':>7} {'killed':>7} {'survived':>8} {'equiv.':>6} " \
           f"{'not reached':>11} {'other':>5} {'killed %':>8} {'goal':>5}"
    print(head)
    print("-" * len(head))
    totals: Counter[str] = Counter()
    stale: list[str] = []
    for module in chosen:
        codes = results(module)
        if codes is None:
            print(f"{module:28} (no results: run the tool on it first)")
            continue
        if not codes:
            print(f"{module:28} (no functions to mutate)")
            continue
        n: Counter[str] = Counter()
        lost: list[str] = []
        for name, code in sorted(codes.items()):
            if code in KILLED:
                n["killed"] += 1
                if name in equiv:
                    stale.append(name)
            elif code in SURVIVED and name in equiv:
                n["equivalent"] += 1
            elif code in SURVIVED:
                n["survived"] += 1
                lost.append(name)
            elif code in NOT_REACHED:
                n["not_reached"] += 1
                lost.append(name)
            else:  # not checked yet, suspicious, segfault, skipped
                n["other"] += 1
        n["mutants"] = len(codes)
        totals.update(n)
        scored = n["killed"] + n["survived"] + n["not_reached"]
        want = goal(module)
        if scored:
            pct = 100.0 * n["killed"] / scored
            share = f"{pct:>7.1f}% {want:>4.0f}%{'' if pct >= want else '  below'}"
            below += pct < want
        else:
            share = f"{'-':>8} {want:>4.0f}%  not run"
            below += 1
        print(f"{module:28} {n['mutants']:>7} {n['killed']:>7} {n['survived']:>8} "
              f"{n['equivalent']:>6} {n['not_reached']:>11} {n['other']:>5} {share}")
        if survivors:
            for name in lost:
                kind = "not reached" if codes[name] in NOT_REACHED else "survived"
                print(f"    {kind:11} {name}")
    scored = totals["killed"] + totals["survived"] + totals["not_reached"]
    if scored:
        print("-" * len(head))
        print(f"{'all':28} {totals['mutants']:>7} {totals['killed']:>7} "
              f"{totals['survived']:>8} {totals['equivalent']:>6} {totals['not_reached']:>11} "
              f"{totals['other']:>5} {100.0 * totals['killed'] / scored:>7.1f}%")
    print("killed % = killed / (killed + survived + not reached); equivalent mutants "
          f"({EQUIVALENT.relative_to(ROOT)}) are left out")
    for name in stale:
        print(f"note: {name} is listed as equivalent but a test kills it: strike its line")
    return 1 if below else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("words", nargs="*", help="only modules whose name contains one of these")
    ap.add_argument("--report", action="store_true", help="print the last run's figures")
    ap.add_argument("--survivors", action="store_true", help="name each surviving mutant")
    ap.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    args = ap.parse_args(argv)
    chosen = [m for m in modules()
              if not args.words or any(w in m for w in args.words)]
    if not chosen:
        ap.error(f"no module in [tool.mutmut] only_mutate matches {args.words}")
    if not args.report:
        # mutmut keeps a verdict until the mutated function changes, not when a test does:
        # start from nothing so every figure is of the tests as they are now.
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
        globs = [f"{m}.x*" for m in chosen] if args.words else []
        LOG.parent.mkdir(exist_ok=True)
        print(f"mutmut: {len(chosen)} module(s), {args.jobs} at a time; its own output in "
              f"{LOG.relative_to(ROOT)}", flush=True)
        with LOG.open("w", encoding="utf-8") as log:
            done = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children",
                                   str(args.jobs), *globs], cwd=ROOT, check=False,
                                  stdout=log, stderr=subprocess.STDOUT)
        if done.returncode != 0:
            print(f"mutmut failed ({done.returncode}): see {LOG.relative_to(ROOT)}")
            return done.returncode
        keep(chosen)
    have = {m: codes for m in chosen if (codes := results(m)) is not None}
    missing = [n for n in equivalents() if
               any(fnmatch.fnmatch(n, f"{m}.x*") and n not in codes for m, codes in have.items())]
    for name in missing:
        print(f"note: {name} (listed as equivalent) is no longer a mutant: strike its line")
    return report(chosen, args.survivors)


if __name__ == "__main__":
    sys.exit(main())
