"""`hallq simulate` with the wait estimate told the truth of the day it replays.

    python benchmarks/_told_the_truth.py TRACE simulate --db ... --trace TRACE ...

Before each estimate, what it learned is replaced by what the trace says of the whole day:
each service's mean visit time (plus the simulator's walk-up of 20-60 s) and the real
number of arrivals in every quarter-hour. No clerk or hour factors. What such an estimate
still misses is the spread of single visits, which nothing known at issue can tell:
`estimate_error.py --told-the-truth` prints it beside the real estimate's error.

HALLQ_TOLD (set by `estimate_error.py --told PARTS`) tells it only some of the truth, to
see which part closes the gap: "means" (the means, no clerk or hour factors), "arrivals",
"no-factors" (nothing told; the clerk and hour factors dropped); default "means,arrivals".
"""

from __future__ import annotations

import csv
import os
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hallq.commands.main import main  # noqa: E402
from hallq.domain import estimate, learn  # noqa: E402
from hallq.domain.history import SLOT, SLOTS, slot_of  # noqa: E402

WALK_UP_MIN = 40 / 60  # the simulator's walk-up to the counter: uniform 20-60 s


def truth(trace: Path, timezone: str) -> tuple[dict[str, float], dict[str, tuple[float, ...]]]:
    """Each service's mean counter time and its arrivals a minute per slot, from the trace."""
    minutes: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, list[float]] = defaultdict(lambda: [0.0] * SLOTS)
    tz = ZoneInfo(timezone)
    with open(trace, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r.get("service_minutes"):
                minutes[r["service"]].append(float(r["service_minutes"]))
            counts[r["service"]][slot_of(datetime.fromisoformat(r["arrival"]), tz)] += 1
    means = {s: sum(xs) / len(xs) + WALK_UP_MIN for s, xs in minutes.items()}
    per_min = SLOT.total_seconds() / 60
    return means, {s: tuple(x / per_min for x in xs) for s, xs in counts.items()}


def run(argv: list[str]) -> int:
    trace, args = Path(argv[0]), argv[1:]
    real = learn.learn
    known: dict[str, tuple] = {}

    parts = set(os.environ.get("HALLQ_TOLD", "means,arrivals").split(","))

    def told(state, now):  # type: ignore[no-untyped-def]
        if not known:
            known["t"] = truth(trace, state.hall.timezone)
        means, profile = known["t"]
        out = real(state, now)
        if parts & {"means", "no-factors"}:
            out.clerk_factor, out.hour_factor = {}, {}
        if "means" in parts:
            out.service_min.update(means)
        if "arrivals" in parts:
            out.profile = dict(profile)
        return out

    estimate.learn = told  # the estimate's own name for it
    return main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
