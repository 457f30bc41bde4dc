"""The crisis timeline's y axis: every label a whole, round count of messages."""

from __future__ import annotations

import math

from ui.crisis.timeline import axis


def _round(step: int) -> bool:
    exp = 10 ** int(math.log10(step))
    return step / exp in (1, 2, 5) or step / exp == 2.5 and step >= 25


def test_every_label_is_a_whole_round_count_above_the_peak() -> None:
    for peak in range(1, 5001):
        top, divisions = axis(peak)
        assert top % divisions == 0, (peak, top, divisions)
        step = top // divisions
        labels = [step * i for i in range(divisions + 1)]
        assert _round(step), (peak, labels)
        assert 1 <= divisions <= 5, (peak, labels)
        assert top >= peak and (top < 2 * peak or peak == 1), (peak, labels)


def test_a_quiet_minute_reads_as_the_counts_it_had() -> None:
    # quarters of a round top printed "0, 0, 0, 1, 1" for one message and "12, 25, 38" for 50
    assert axis(1) == (1, 1)
    assert axis(3) == (3, 3)
    top, divisions = axis(33)
    assert [top * i // divisions for i in range(divisions + 1)] == [0, 10, 20, 30, 40]
