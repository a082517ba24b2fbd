"""One rating scale: the keypad's words are the report's, and its digits are the scores the
counter shows out of 4 (4 the best)."""

from __future__ import annotations

from hallq.domain import LANGUAGES
from hallq.domain.values import HallInfo
from hallq.report.labels import LABELS, choice_label
from ui.keypad import labels


def test_keypad_words_are_the_reports_words_in_every_language():
    for lang in LANGUAGES:
        report = LABELS[lang]
        for key, words in labels.CHOICES.items():
            assert words[lang] == choice_label(report, key), (lang, key)
    assert labels.CHOICES["acceptable"]["vi"] == "Chấp nhận được"


def test_the_keypads_digit_is_the_score_so_four_is_the_best():
    choices = list(HallInfo(code="h", name="H").rating_choices)
    digits = {c["key"]: labels.key_digit(c, i) for i, c in enumerate(choices)}
    assert digits == {"very_satisfied": 4, "satisfied": 3, "acceptable": 2, "unsatisfied": 1}
    # A hall's own choice without a one-digit score keeps its place in the row.
    assert labels.key_digit({"key": "x", "score": 10}, 4) == 5
