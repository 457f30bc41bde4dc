"""The spike detector: counts the ingest stream per watch and decides when to alert.

Pure computation (no database): :class:`~app.crisis.observer.CrisisObserver` feeds it what
ingest stored and writes the alerts. Counting is in 10-second buckets; the tests of
:mod:`app.crisis.baseline` run when a bucket closes, and in between each message only adds one
to a counter and compares it with thresholds computed when the bucket opened, so a steep surge
is caught on the message that makes it significant and the detector keeps up with thousands of
messages a second.
"""

from __future__ import annotations

import math
import re
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.crisis.baseline import (
    LABEL_Z,
    SENSITIVITIES,
    SENSITIVITY,
    SeasonalBaseline,
    hour_key,
    share_shift,
    threshold,
)

BUCKET_S = 10
#: messages at or below this compound score are negative, at or above POSITIVE_AT positive
#: (the classifier's own label thresholds, app/classify/sentiment.py)
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.5
SENTIMENTS = ("any", "negative", "positive")
#: minutes of traffic seen before alerts start when there is no day of history yet
WARM_UP_MINUTES = 3
#: per closed bucket: the usual shares remember about a day (8,640 buckets)
SHARE_DECAY = 1 - 1 / 8640
MAX_KEYWORD = 200
#: windows of 10 minutes or less: messages come in small bursts (see baseline.py)
MIN_SHORT_DISPERSION = 0.04
#: no day of history: the rate seen so far is a rough guide, so the tail is wider
IMMATURE_DISPERSION = 0.1
#: the hour window: the day-to-day variation of a whole day's volume (about ±14 %)
MIN_HOUR_DISPERSION = 0.02
#: the hour window's ratio threshold lies this far from 1 relative to the others (2× → 1.75×)
HOUR_RATIO_SCALE = 0.75

_WORDS = re.compile(r"(?<![@\w])#?([^\W\d_][\w'’-]{2,})", re.UNICODE)
STOPWORDS = frozenset(
    """the and for you your with this that have has had not but are was were our out all any
    can get got just now one two from they them their there what when who why how its it's
    about been will would could should very really still even after again than then too more
    some into over only also back here day days week weeks time thanks thank please hey hi
    los las del por que una con para muy est les des une pas est dans pour mais sur avec
    der die das und ist nicht ein eine mit auf für sich den dem noch schon""".split()
)


class WatchError(ValueError):
    """A watch that cannot work: the message says why, in words."""


@dataclass(frozen=True)
class WatchSpec:
    id: int
    workspace_id: int
    name: str
    account_id: int | None = None
    keyword: str | None = None
    intent: str | None = None
    sentiment: str = "any"
    window_minutes: int = 10
    sensitivity: str = "balanced"
    cooldown_minutes: int = 30


def compile_keyword(keyword: str | None) -> re.Pattern[str] | None:
    """A word or phrase (matched as whole words, any case), or ``/a regular expression/``."""
    if keyword is None:
        return None
    kw = keyword.strip()
    if not kw:
        raise WatchError("The keyword is empty: type a word, a phrase or /a pattern/.")
    if len(kw) > MAX_KEYWORD:
        raise WatchError(f"The keyword is too long (at most {MAX_KEYWORD} characters).")
    if len(kw) >= 2 and kw.startswith("/") and kw.endswith("/"):
        body = kw[1:-1]
        if not body.strip():
            raise WatchError("The pattern between the slashes is empty.")
        try:
            pattern = re.compile(body, re.IGNORECASE)
        except re.error as exc:
            raise WatchError(f"The pattern is not a valid regular expression: {exc}.") from None
        if pattern.search(""):
            raise WatchError("The pattern matches every message (it matches empty text).")
        return pattern
    if not any(ch.isalnum() for ch in kw):
        raise WatchError("The keyword has no letters or digits; it would match nothing useful.")
    return re.compile(r"(?<!\w)" + re.escape(kw) + r"(?!\w)", re.IGNORECASE)


def validate(spec: WatchSpec) -> re.Pattern[str] | None:
    """Check every setting of a watch; returns its compiled keyword."""
    if not spec.name.strip():
        raise WatchError("Give the watch a name.")
    if spec.sentiment not in SENTIMENTS:
        raise WatchError(f"Sentiment must be one of {', '.join(SENTIMENTS)}.")
    if spec.sensitivity not in SENSITIVITIES:
        raise WatchError(f"Sensitivity must be one of {', '.join(SENSITIVITIES)}.")
    if not 1 <= spec.window_minutes <= 240:
        raise WatchError("The window must be between 1 and 240 minutes.")
    if not 0 <= spec.cooldown_minutes <= 24 * 60:
        raise WatchError("The cooldown must be between 0 minutes and a day.")
    return compile_keyword(spec.keyword)


@dataclass(frozen=True, slots=True)
class Observation:
    """One stored inbound message, as the detector sees it."""

    at: float  # seconds since the epoch (the message's time)
    text: str
    sentiment: float | None
    intent: str | None
    account_id: int


@dataclass(frozen=True)
class Evidence:
    """Why an alert was raised, in numbers; :func:`describe` puts it in words."""

    watch_id: int
    workspace_id: int
    watch_name: str
    keyword: str | None
    kind: str  # surge | negative | positive
    count: int
    expected: float
    window_minutes: float
    window_start: float
    at: float
    negative_share: float
    positive_share: float
    usual_negative_share: float
    top_terms: tuple[str, ...]
    utc_offset_s: float = 0.0

    @property
    def ratio(self) -> float:
        return self.count / self.expected if self.expected > 0 else math.inf


def _part_of_day(hour: int) -> str:
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 18:
        return "afternoon"
    if 18 <= hour < 23:
        return "evening"
    return "night"


def describe(ev: Evidence) -> str:
    """ "412 messages in 10 min, 9× usual for a Tuesday morning; 71 % negative; top words: …"."""
    local = datetime.fromtimestamp(ev.window_start + ev.utc_offset_s, UTC)
    when = f"{local:%A} {_part_of_day(local.hour)}"
    noun = "message" if ev.count == 1 else "messages"
    about = f" mentioning “{ev.keyword}”" if ev.keyword else ""
    minutes = max(1, round(ev.window_minutes))
    head = f"{ev.count:,} {noun}{about} in {minutes} min"
    if ev.expected >= 0.5:
        ratio = ev.count / ev.expected
        times = f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.1f}×"
        head += f", {times} usual for a {when}"
    else:
        head += f", where a {when} usually has none"
    parts = [head, f"{ev.negative_share * 100:.0f} % negative"]
    if ev.kind == "positive" or ev.positive_share >= 0.3:
        parts.append(f"{ev.positive_share * 100:.0f} % positive")
    if ev.kind == "negative" and ev.expected > 0 and ev.count < 2 * ev.expected:
        parts[1] += f" (usually {ev.usual_negative_share * 100:.0f} %)"
    if ev.top_terms:
        parts.append("top words: " + ", ".join(ev.top_terms))
    title = {
        "surge": "Surge",
        "negative": "Negative surge",
        "positive": "Praise surge",
    }.get(ev.kind, "Surge")
    return f"{title} ({ev.watch_name}): " + "; ".join(parts) + "."


def words(text: str) -> list[str]:
    out = []
    for m in _WORDS.finditer(text.lower()):
        w = m.group(1).strip("'’-")
        if len(w) >= 3 and w not in STOPWORDS:
            out.append(w)
    return out


@dataclass
class _WatchState:
    spec: WatchSpec
    pattern: re.Pattern[str] | None
    baseline: SeasonalBaseline
    neg_share0: float = 0.15
    pos_share0: float = 0.2
    #: (bucket key, [n, negative, positive]) for the last hour, oldest first
    ring: deque[tuple[int, list[int]]] = field(default_factory=deque)
    terms: deque[tuple[int, Counter[str]]] = field(default_factory=deque)
    term_base: Counter[str] = field(default_factory=Counter)
    term_base_total: int = 0
    cur_key: int | None = None
    cur: list[int] = field(default_factory=lambda: [0, 0, 0])
    cur_terms: Counter[str] = field(default_factory=Counter)
    #: per scale (seconds): count in the ring excluding the current bucket, and the threshold
    base: dict[int, int] = field(default_factory=dict)
    thr: dict[int, int] = field(default_factory=dict)
    mu: dict[int, float] = field(default_factory=dict)
    hour: int | None = None
    hour_count: int = 0
    hour_alerted: bool = False
    last_alert: float = -math.inf
    first_seen: float | None = None
    seen: int = 0
    suppressed: int = 0
    spiking: bool = False
    share_n: float = 0.0
    share_neg: float = 0.0
    share_pos: float = 0.0
    #: the bucket whose fast check already fired
    checked: int | None = None

    @property
    def scales(self) -> tuple[int, ...]:
        w = self.spec.window_minutes * 60
        return tuple(sorted({60, w, 3600}))


def _slice(spec: WatchSpec) -> tuple[object, ...]:
    """What a watch counts; the rest (window, sensitivity, cooldown) is how it judges."""
    return (spec.account_id, spec.keyword, spec.intent, spec.sentiment)


class Detector:
    """Spike detection for a set of watches. Not thread-safe: one ingest thread feeds it."""

    def __init__(self, watches: Iterable[WatchSpec] = (), *, utc_offset_s: float = 0.0) -> None:
        self.utc_offset_s = utc_offset_s
        self.watches: dict[int, _WatchState] = {}
        self.raised: list[Evidence] = []
        for w in watches:
            self.add(w)

    # ------------------------------------------------------------------------- set-up
    def add(self, spec: WatchSpec) -> bool:
        """Add or change a watch; True when its baseline must be learned (again) from history.

        A change of sensitivity, window or cooldown keeps what was learned and counted; a change
        of what is counted (account, keyword, intent, sentiment) is a different slice of the
        stream, whose old baseline would make every comparison wrong.
        """
        pattern = validate(spec)
        old = self.watches.get(spec.id)
        state = _WatchState(spec, pattern, SeasonalBaseline({}, self.utc_offset_s))
        if old is not None and _slice(old.spec) != _slice(spec):
            old = None
        if old is not None:  # settings changed: keep what was learned and counted
            state.baseline, state.ring, state.terms = old.baseline, old.ring, old.terms
            state.term_base, state.term_base_total = old.term_base, old.term_base_total
            state.neg_share0, state.pos_share0 = old.neg_share0, old.pos_share0
            state.last_alert, state.first_seen, state.seen = (
                old.last_alert,
                old.first_seen,
                old.seen,
            )
        self.watches[spec.id] = state
        return old is None

    def remove(self, watch_id: int) -> None:
        self.watches.pop(watch_id, None)

    def fit(
        self,
        watch_id: int,
        hours: dict[int, float],
        *,
        negative_share: float | None = None,
        positive_share: float | None = None,
    ) -> None:
        """Learn a watch's baseline from hourly counts (from the stored history)."""
        st = self.watches[watch_id]
        st.baseline = SeasonalBaseline(dict(hours), self.utc_offset_s)
        if negative_share is not None:
            st.neg_share0 = negative_share
        if positive_share is not None:
            st.pos_share0 = positive_share
        if hours and st.first_seen is None:
            st.first_seen = min(hours) * 3600.0
        if st.cur_key is not None:
            st.checked = None
            self._prepare(st, st.cur_key)

    def matches(self, st: _WatchState, ob: Observation) -> bool:
        spec = st.spec
        if spec.account_id is not None and ob.account_id != spec.account_id:
            return False
        if spec.intent is not None and ob.intent != spec.intent:
            return False
        if spec.sentiment == "negative" and not (
            ob.sentiment is not None and ob.sentiment <= NEGATIVE_AT
        ):
            return False
        if spec.sentiment == "positive" and not (
            ob.sentiment is not None and ob.sentiment >= POSITIVE_AT
        ):
            return False
        return st.pattern is None or st.pattern.search(ob.text) is not None

    # ------------------------------------------------------------------------- the stream
    def observe(self, batch: Sequence[Observation]) -> list[Evidence]:
        """Count a batch of messages (in time order); returns the alerts it raised."""
        out: list[Evidence] = []
        states = list(self.watches.values())
        for ob in batch:
            toks: list[str] | None = None
            key = int(ob.at // BUCKET_S)
            for st in states:
                if not self.matches(st, ob):
                    continue
                # a late message (older than the open bucket) is counted in the open bucket
                if st.cur_key is None or key > st.cur_key:
                    self._roll(st, key, out)
                if st.first_seen is None:
                    st.first_seen = ob.at
                st.seen += 1
                cur = st.cur
                cur[0] += 1
                if ob.sentiment is not None:
                    if ob.sentiment <= NEGATIVE_AT:
                        cur[1] += 1
                    elif ob.sentiment >= POSITIVE_AT:
                        cur[2] += 1
                if toks is None:
                    toks = words(ob.text[:1000])
                st.cur_terms.update(toks)
                st.hour_count += 1
                if st.checked == st.cur_key:
                    continue  # this bucket already raised (or held) its alert
                n = cur[0]
                for scale, thr in st.thr.items():
                    if st.base[scale] + n >= thr:
                        st.checked = st.cur_key
                        self._evaluate(st, max(ob.at, st.cur_key * BUCKET_S), out)
                        break
        self.raised.extend(out)
        return out

    def tick(self, now: float) -> list[Evidence]:
        """Close buckets up to ``now`` with no new message (so quiet is noticed too)."""
        out: list[Evidence] = []
        key = int(now // BUCKET_S)
        for st in self.watches.values():
            if st.cur_key is not None and key > st.cur_key:
                self._roll(st, key, out)
        self.raised.extend(out)
        return out

    # ----------------------------------------------------------------------------- buckets
    def _roll(self, st: _WatchState, key: int, out: list[Evidence]) -> None:
        """Close the open bucket, move the hour on if needed, and prepare the thresholds."""
        if st.cur_key is not None:
            # the closing bucket may complete a spike the fast path did not catch
            self._evaluate(st, (st.cur_key + 1) * BUCKET_S - 0.001, out, closing=True)
            st.ring.append((st.cur_key, st.cur))
            st.terms.append((st.cur_key, st.cur_terms))
            if not st.spiking and st.cur[0]:
                # the usual shares of negative and positive messages, learned as we go
                st.share_n = st.share_n * SHARE_DECAY + st.cur[0]
                st.share_neg = st.share_neg * SHARE_DECAY + st.cur[1]
                st.share_pos = st.share_pos * SHARE_DECAY + st.cur[2]
                if st.share_n >= 200:
                    st.neg_share0 = st.share_neg / st.share_n
                    st.pos_share0 = st.share_pos / st.share_n
        st.cur_key = key
        st.cur = [0, 0, 0]
        st.cur_terms = Counter()
        oldest = key - 3600 // BUCKET_S
        while st.ring and st.ring[0][0] <= oldest:
            st.ring.popleft()
        while st.terms and st.terms[0][0] <= oldest:
            _k, c = st.terms.popleft()
            if not st.hour_alerted:
                st.term_base.update(c)
                st.term_base_total += sum(c.values())
        if len(st.term_base) > 50_000:
            st.term_base = Counter(dict(st.term_base.most_common(20_000)))
        hour = hour_key(key * BUCKET_S)
        if st.hour != hour:
            if st.hour is not None:
                # learn from the hour that ended; an hour with an alert counts at most twice
                # what was expected, so a surge does not teach that surges are normal (and a
                # baseline that was wrong still learns, instead of alerting every morning)
                count = float(st.hour_count)
                if st.hour_alerted and st.baseline.mature:
                    usual = st.baseline.expected(st.hour * 3600.0, st.hour * 3600.0 + 3600)
                    count = min(count, 2 * usual)
                st.baseline.add_hour(st.hour, count)
                if st.hour % 6 == 0 or st.baseline.n_hours <= 48:
                    st.baseline.refit()
            if st.hour is not None:
                # empty hours in between are history too (quiet nights count)
                for h in range(st.hour + 1, min(hour, st.hour + 48)):
                    st.baseline.add_hour(h, 0)
            st.hour = hour
            st.hour_count = 0
            st.hour_alerted = False
        self._prepare(st, key)

    def _prepare(self, st: _WatchState, key: int) -> None:
        """Counts so far and thresholds of each window, for the bucket ``key``."""
        now = key * BUCKET_S
        sens = st.spec.sensitivity
        mature = st.baseline.mature
        st.base.clear()
        st.thr.clear()
        st.mu.clear()
        for scale in st.scales:
            lo = key - scale // BUCKET_S + 1  # buckets in the window, the open one included
            st.base[scale] = sum(c[0] for k, c in st.ring if k >= lo)
            mu = self._expected(st, now + BUCKET_S - scale, now + BUCKET_S)
            if mu is None or (scale >= 3600 and not mature):  # no slow builds without a rhythm
                st.thr[scale] = 1 << 60
                continue
            st.mu[scale] = mu
            inv_r = st.baseline.dispersion if mature else IMMATURE_DISPERSION
            inv_r = max(inv_r, MIN_SHORT_DISPERSION if scale <= 600 else MIN_HOUR_DISPERSION)
            thr = threshold(
                mu,
                inv_r,
                sens,
                ratio_scale=(HOUR_RATIO_SCALE if scale >= 3600 else 1.0) * (1.0 if mature else 2.0),
                alpha_scale=min(1.0, scale / 3600),
            )
            if scale >= 3600:  # an hour of evidence, so more of it
                thr = max(thr, 2 * int(SENSITIVITY[sens]["min_count"]))
            st.thr[scale] = thr

    def _expected(self, st: _WatchState, start: float, end: float) -> float | None:
        if st.baseline.mature:
            return st.baseline.expected(start, end)
        # no day of history yet, so no daily rhythm: the higher of the mean rate so far and
        # the rate of the half hour before the window (a morning ramp is then no surge)
        if st.first_seen is None:
            return None
        span = start - st.first_seen
        if span < WARM_UP_MINUTES * 60:
            return None
        before = st.seen - sum(c[0] for k, c in st.ring if k * BUCKET_S >= start) - st.cur[0]
        lo = int((start - 1800) // BUCKET_S)
        hi = int(start // BUCKET_S)
        recent = sum(c[0] for k, c in st.ring if lo <= k < hi)
        recent_span = min(1800.0, span)
        rate = max(max(before, 1) / span, recent / recent_span)
        return rate * (end - start)

    # -------------------------------------------------------------------------- deciding
    def _window(self, st: _WatchState, scale: int, at: float) -> tuple[int, int, int]:
        lo = int(at // BUCKET_S) - scale // BUCKET_S + 1
        n = neg = pos = 0
        for k, c in st.ring:
            if k >= lo:
                n, neg, pos = n + c[0], neg + c[1], pos + c[2]
        if st.cur_key is not None and st.cur_key >= lo:
            n, neg, pos = n + st.cur[0], neg + st.cur[1], pos + st.cur[2]
        return n, neg, pos

    def _evaluate(
        self, st: _WatchState, at: float, out: list[Evidence], *, closing: bool = False
    ) -> None:
        sens = st.spec.sensitivity
        fired: tuple[int, int, float] | None = None
        for scale in st.scales:
            thr = st.thr.get(scale)
            if thr is None:
                continue
            n = self._window(st, scale, at)[0]
            if n >= thr:
                mu = st.mu.get(scale, 0.0)
                if fired is None or (mu > 0 and n / mu > fired[1] / max(fired[2], 1e-9)):
                    fired = (scale, n, mu)
        w = st.spec.window_minutes * 60
        n_w, neg_w, pos_w = self._window(st, w if fired is None else fired[0], at)
        kind: str | None = None
        if fired is not None and st.spec.sentiment != "any":
            kind = st.spec.sentiment  # a negative (positive) watch: its surges are of that kind
        elif fired is not None:
            kind = "surge"
            n_c, neg_c, pos_c = self._window(st, max(fired[0], 60), at)
            if share_shift(neg_c, n_c, st.neg_share0, sens, z_min=LABEL_Z):
                kind = "negative"
            elif share_shift(pos_c, n_c, st.pos_share0, sens, z_min=LABEL_Z):
                kind = "positive"
        elif (
            closing
            and st.spec.sentiment == "any"
            and n_w >= 2 * SENSITIVITY[sens]["min_count"]
            and share_shift(neg_w, n_w, st.neg_share0, sens)
            and (st.baseline.mature or st.mu)
        ):
            kind = "negative"  # turning negative without a rise in volume
        if kind is None:
            st.spiking = False
            return
        st.hour_alerted = True
        st.spiking = True
        if at - st.last_alert < st.spec.cooldown_minutes * 60:
            st.suppressed += 1  # the cooldown holds alert storms
            return
        if fired is not None and fired[0] >= 3600 and at - st.last_alert < 7200:
            # the hour window still holds the spike already told: no second alert for it
            st.suppressed += 1
            return
        st.last_alert = at
        scale = fired[0] if fired is not None else w
        count = fired[1] if fired is not None else n_w
        n_s, neg_s, pos_s = self._window(st, scale, at)
        mu = fired[2] if fired is not None else (self._expected(st, at - w, at) or 0.0)
        out.append(
            Evidence(
                watch_id=st.spec.id,
                workspace_id=st.spec.workspace_id,
                watch_name=st.spec.name,
                keyword=st.spec.keyword,
                kind=kind,
                count=count,
                expected=mu,
                window_minutes=scale / 60,
                window_start=at - scale,
                at=at,
                negative_share=neg_s / n_s if n_s else 0.0,
                positive_share=pos_s / n_s if n_s else 0.0,
                usual_negative_share=st.neg_share0,
                top_terms=self.top_terms(st, scale, at),
                utc_offset_s=self.utc_offset_s,
            )
        )

    def top_terms(self, st: _WatchState, scale: int, at: float, k: int = 3) -> tuple[str, ...]:
        """The words most over-represented in the window against the learned vocabulary."""
        lo = int(at // BUCKET_S) - max(scale, 60) // BUCKET_S + 1
        win: Counter[str] = Counter()
        for key, c in st.terms:
            if key >= lo:
                win.update(c)
        win.update(st.cur_terms)
        total = sum(win.values())
        if not total:
            return ()
        base_total = st.term_base_total
        skip = set()
        if st.spec.keyword:
            skip.update(words(st.spec.keyword))
        scored = []
        for w, c in win.items():
            if c < 3 or w in skip:
                continue
            expected = (st.term_base.get(w, 0) / base_total * total) if base_total else 0.0
            if c < 2 * expected:
                continue
            scored.append((c * math.log((c + 1) / (expected + 1)), c, w))
        scored.sort(reverse=True)
        return tuple(w for _s, _c, w in scored[:k])

    def state(self, watch_id: int) -> _WatchState:
        return self.watches[watch_id]
