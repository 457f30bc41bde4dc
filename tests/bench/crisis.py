"""Crisis response figures (issue 12): ``python -m tests.bench crisis``.

- Detection: 14 quiet days of synthetic traffic (daily and weekly rhythm, noise; see
  _crisis_traffic.py) replayed through a detector that starts empty and learns as it goes (as
  after installation), then a ×10 surge for 30 minutes (mostly negative) on day 15 at 10:00, a
  slow build ×1→×3 over 2 hours on day 15 at 15:00, and a ×5 praise surge on day 16 at 11:00.
  ``detect_latency_s``: from the ×10 surge's start to its alert; ``false_alarms``: alerts in
  the 14 quiet days after the first day (the warm-up day included separately as
  ``warm_up_alarms``); ``slow_build_detected_min``: minutes from the build's start;
  ``positive_detected``: the praise surge raised a positive alert.
- ``detector_msgs_per_s``: the detector alone, three watches, over a surge-rate stream.
- ``declare_propagation_ms``: PostgreSQL, two workstations (see _crisis_declare.py).
- ``room_max_stall_ms``: the crisis room open during a 1,000 msg/s surge (see _crisis_room.py).
"""

from __future__ import annotations

import time

from app.crisis.detector import Detector, Evidence, WatchSpec
from tests.bench._crisis_traffic import DAY, T0, Surge, stream

LEVEL = 6.0  # messages per minute at an ordinary hour (≈ 7,000 a day)


def detection(scale: float = 1.0) -> dict[str, object]:
    watches = [
        WatchSpec(1, 1, "All mentions", window_minutes=10, sensitivity="balanced"),
        WatchSpec(
            2, 1, "Negative", sentiment="negative", window_minutes=10, sensitivity="balanced"
        ),
    ]
    det = Detector(watches)
    # the 14 quiet days; a quick look (scale < 0.1) replays 8
    days = 14 if scale >= 0.1 else 8
    quiet: list[Evidence] = []
    for batch in _batches(stream(days, level=LEVEL, seed=5)):
        quiet.extend(det.observe(batch))
    warm = [e for e in quiet if e.at < T0 + DAY]
    false_alarms = [e for e in quiet if e.at >= T0 + DAY]
    surge = T0 + days * DAY + 10 * 3600
    build = T0 + days * DAY + 15 * 3600
    praise = T0 + (days + 1) * DAY + 11 * 3600
    surges = (
        Surge(surge, 30, 10, 10, "negative", 0.8),
        Surge(build, 120, 1, 3, "negative", 0.7),
        Surge(praise, 20, 5, 5, "positive", 0.85),
    )
    later: list[Evidence] = []
    for batch in _batches(stream(2, level=LEVEL, seed=6, surges=surges, start=T0 + days * DAY)):
        later.extend(det.observe(batch))

    def first(start: float, end: float, kinds: tuple[str, ...] = ()) -> Evidence | None:
        hits = [e for e in later if start <= e.at < end and (not kinds or e.kind in kinds)]
        return hits[0] if hits else None

    a = first(surge, surge + 1800)
    b = first(build, build + 7200)
    c = first(praise, praise + 1200, ("positive",))
    others = [
        e
        for e in later
        if not any(s.start <= e.at < s.start + s.minutes * 60 + 3600 for s in surges)
    ]
    return {
        "detect_latency_s": round(a.at - surge, 1) if a else None,
        "surge_alert": a and _text(a),
        "false_alarms": len(false_alarms) + len(others),
        "quiet_days": days,
        "alerts_during_surges": len(later) - len(others),
        "warm_up_alarms": len(warm),
        "slow_build_detected_min": round((b.at - build) / 60, 1) if b else None,
        "slow_build_alert": b and _text(b),
        "positive_detected": c is not None,
        "positive_latency_s": round(c.at - praise, 1) if c else None,
        "positive_alert": c and _text(c),
    }


def _text(e: Evidence) -> str:
    from app.crisis.detector import describe

    return describe(e)


def _batches(obs, size: int = 200):
    batch = []
    for ob in obs:
        batch.append(ob)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def throughput(scale: float = 1.0) -> dict[str, object]:
    watches = [
        WatchSpec(1, 1, "All mentions"),
        WatchSpec(2, 1, "Charger", keyword="charger"),
        WatchSpec(3, 1, "Negative", sentiment="negative"),
    ]
    det = Detector(watches)
    # a day of ordinary traffic first, so the baseline is mature and thresholds are real
    for batch in _batches(stream(1, level=LEVEL, seed=9)):
        det.observe(batch)
    n = max(20_000, int(300_000 * scale))
    start = T0 + DAY + 10 * 3600
    # a surge at 5,000 messages a second: the stream's own timestamps are that dense
    obs = list(stream(n / (LEVEL * 1.5 * 1000) / 1440 + 0.01, level=LEVEL * 1000, start=start))
    obs = obs[:n]
    t0 = time.perf_counter()
    for i in range(0, len(obs), 500):
        det.observe(obs[i : i + 500])
    elapsed = time.perf_counter() - t0
    return {"detector_msgs_per_s": round(len(obs) / elapsed), "detector_msgs": len(obs)}


def run(scale: float = 1.0) -> dict[str, object]:
    out: dict[str, object] = {}
    out.update(detection(scale))
    out.update(throughput(scale))
    from tests.bench._crisis_declare import declare_propagation
    from tests.bench._crisis_room import room_stall

    out.update(declare_propagation(scale))
    out.update(room_stall(scale))
    return out
