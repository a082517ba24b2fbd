"""The range a customer is shown beside the estimate: whole minutes, around the estimate,
never for a turn under a minute away or a range that rounds to one number."""

from __future__ import annotations

import pytest

from hallq.domain.estimate import shown_range


@pytest.mark.parametrize(("eta", "low", "high", "shown"), [
    (6.2, 4.4, 8.6, (4, 9)),  # each end rounded
    (6.0, 6.4, 8.0, (6, 8)),  # the estimate is inside it, whatever the rounding
    (6.0, 3.0, 5.6, (3, 6)),
    (1.4, 0.9, 2.4, (1, 2)),
    (2.2, 2.0, 2.4, None),  # rounds to one number: "about 2 min" says it all
    (0.4, 0.0, 1.4, None),  # under a minute: "very soon", no range
    (None, None, None, None),  # no estimate (no counter open)
    (6.0, None, None, None),  # an estimate from a release without a range
    (6.0, 4.0, None, None),  # half a range is none
    (6.0, None, 8.0, None),
    (None, 4.0, 8.0, None),  # a range and no estimate: nothing to put it beside
])
def test_the_shown_range(eta, low, high, shown):
    assert shown_range(eta, low, high) == shown
