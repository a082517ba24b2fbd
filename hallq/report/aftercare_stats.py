"""The statistics of the satisfaction indices: a mean's 95 % t-interval (Student's t quantile
computed exactly, no SciPy) and a median.

Method, as the report declares it: for an index answered n times with scores 1-5, mean x̄
and sample standard deviation s, the 95 % interval is x̄ ± t(0.975, n-1) · s / √n, clipped
to the scale 1-5; under MIN_ANSWERS answers no interval is given ("too few answers").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

MIN_ANSWERS = 5  # fewer answers: the interval would say nothing worth printing
LEVEL = 0.95
SCALE = (1.0, 5.0)
EXPANSION_DF = 100


def t_two_sided_probability(t: float, df: int) -> float:
    """P(|T| <= t) for Student's T with `df` (an integer >= 1) degrees of freedom, in closed
    form (Abramowitz & Stegun 26.7.3-4)."""
    if t <= 0:
        return 0.0
    theta = math.atan(t / math.sqrt(df))
    c2 = math.cos(theta) ** 2
    if df % 2 == 1:
        total, term = 0.0, math.cos(theta)
        for k in range(1, (df - 1) // 2 + 1):  # cos θ + 2/3 cos³θ + (2·4)/(3·5) cos⁵θ ...
            total += term
            term *= c2 * (2 * k) / (2 * k + 1)
        return 2 / math.pi * (theta + math.sin(theta) * total)
    total, term = 0.0, 1.0
    for k in range(1, df // 2 + 1):  # 1 + 1/2 cos²θ + (1·3)/(2·4) cos⁴θ ...
        total += term
        term *= c2 * (2 * k - 1) / (2 * k)
    return math.sin(theta) * total


def t_quantile(p: float, df: int) -> float:
    """The t with P(T <= t) = p (p > 0.5): by bisection on the exact distribution, or past
    EXPANSION_DF degrees of freedom (where the bisection gets slow) by the Cornish-Fisher
    expansion around the normal quantile, within 1e-9 of it there."""
    if df > EXPANSION_DF:
        z = NormalDist().inv_cdf(p)
        return (z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
                + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3)
                + (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z)
                / (92160 * df ** 4))
    want = 2 * p - 1  # P(|T| <= t)
    lo, hi = 0.0, 1.0
    while t_two_sided_probability(hi, df) < want:
        hi *= 2
    for _ in range(100):
        mid = (lo + hi) / 2
        if t_two_sided_probability(mid, df) < want:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2


def mean_interval(scores: Sequence[int]) -> tuple[float, float] | None:
    """The 95 % t-interval of the mean score, clipped to 1-5; None under MIN_ANSWERS."""
    n = len(scores)
    if n < MIN_ANSWERS:
        return None
    mean = sum(scores) / n
    var = sum((x - mean) ** 2 for x in scores) / (n - 1)
    half = t_quantile((1 + LEVEL) / 2, n - 1) * math.sqrt(var / n)
    return max(SCALE[0], mean - half), min(SCALE[1], mean + half)


def median(xs: Sequence[float]) -> float | None:
    if not xs:
        return None
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
