"""The demo network: an in-process social network with a steady stream of realistic traffic.

It implements the same :class:`~accounts.base.Connector` interface as the real networks, so the
console's ingest, inbox and publisher run unchanged against it. Traffic is generated from a
seeded random stream at a configurable rate (messages per second): complaints, questions,
praise, purchase intent, feature requests and bug reports in several languages, from a pool of
customers of whom some write more than once, partly as follow-ups in their earlier thread.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from accounts.base import (
    Amplifier,
    AmplifyTarget,
    Connector,
    FetchResult,
    Image,
    InboundItem,
    ItemKind,
    PostMetrics,
    Profile,
    RemoteAuthor,
    ReplyTarget,
    SendResult,
)

NETWORK = "demo"

# (intent, language, text). {brand} is the brand's handle, {product} a product name.
MESSAGES: tuple[tuple[str, str, str], ...] = (
    (
        "complaint",
        "en",
        "@{brand} my order #{n} arrived broken and nobody answers my emails. Really disappointed.",
    ),
    ("complaint", "en", "Three weeks waiting for a refund from @{brand}. This is unacceptable."),
    ("complaint", "en", "@{brand} the {product} stopped charging after two days 😡"),
    ("complaint", "es", "@{brand} mi pedido llegó roto y nadie me responde. Muy decepcionado."),
    (
        "complaint",
        "fr",
        "@{brand} toujours pas de remboursement après trois semaines, c'est inadmissible.",
    ),
    (
        "complaint",
        "de",
        "@{brand} Lieferung seit zwei Wochen überfällig, der Kundenservice antwortet nicht.",
    ),
    ("question", "en", "@{brand} do you ship the {product} to Canada?"),
    ("question", "en", "Hey @{brand}, what's the warranty on the {product}?"),
    ("question", "es", "@{brand} ¿tienen el {product} en color negro?"),
    ("question", "pt", "@{brand} vocês entregam em Lisboa? Quanto tempo demora?"),
    ("question", "de", "@{brand} Gibt es den {product} auch mit deutscher Tastatur?"),
    ("praise", "en", "Shoutout to @{brand} support, fixed my issue in 5 minutes! 🙌"),
    ("praise", "en", "Loving my new {product} from @{brand}, best purchase this year ❤️"),
    ("praise", "fr", "Merci @{brand}, service client au top !"),
    ("praise", "it", "@{brand} il {product} è fantastico, grazie!"),
    (
        "purchase_intent",
        "en",
        "@{brand} looking to buy 50 {product}s for our office, who do I talk to?",
    ),
    ("purchase_intent", "en", "Thinking of switching to @{brand}. Any discount for teams?"),
    (
        "purchase_intent",
        "es",
        "@{brand} quiero comprar el {product} para mi empresa, ¿precio por volumen?",
    ),
    ("feature_request", "en", "@{brand} please add dark mode to the {product} app!"),
    ("feature_request", "en", "Would love if @{brand} let us export our data as CSV"),
    ("feature_request", "de", "@{brand} bitte eine Exportfunktion für Rechnungen einbauen"),
    ("bug_report", "en", "@{brand} the app crashes every time I open settings on Android 15"),
    ("bug_report", "en", "Bug: @{brand} checkout page shows the wrong total when I use a coupon"),
    ("bug_report", "fr", "@{brand} l'application plante quand j'ajoute une photo"),
    (
        "urgent_safety",
        "en",
        "@{brand} my {product} battery is swelling and smells like smoke, is it safe??",
    ),
    ("other", "en", "@{brand} 👀"),
)
# a surge on demand (the crisis demo): a product scare, or a praise wave for marketing
SURGE_NEGATIVE: tuple[str, ...] = (
    "@{brand} my Bolt charger overheated and burned my desk. Is there a recall??",
    "@{brand} recall the Bolt charger NOW, it burns. My kid got hurt.",
    "Bolt charger from @{brand} melted overnight, fire risk, why no recall yet?",
    "Burn marks from the @{brand} Bolt charger. This is dangerous, disgusting.",
    "@{brand} smoke coming out of my Bolt charger, terrible. Recall it!",
    "Never buying from @{brand} again, the charger burned my phone. Awful.",
)
SURGE_POSITIVE: tuple[str, ...] = (
    "The new @{brand} AeroPhone launch ad is brilliant, amazing campaign! 😍",
    "Obsessed with the @{brand} launch video, brilliant work, love it!",
    "That @{brand} launch event was amazing, well done team! 🎉",
)
FOLLOW_UPS: tuple[tuple[str, str], ...] = (
    ("en", "Any update on this?"),
    ("en", "Still waiting for an answer…"),
    ("en", "Thanks, that worked!"),
    ("es", "¿Alguna novedad?"),
    ("fr", "Des nouvelles ?"),
    ("de", "Gibt es schon eine Antwort?"),
)
PRODUCTS = ("AeroPhone", "Bolt charger", "Nimbus headphones", "TerraWatch", "Pixel lamp")
FIRST = (
    "Ana",
    "Ben",
    "Chloé",
    "Dario",
    "Emma",
    "Femi",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kai",
    "Lucía",
    "Marta",
    "Noah",
    "Olu",
    "Pia",
    "Quentin",
    "Rosa",
    "Sven",
    "Tara",
    "Umar",
    "Vera",
    "Wen",
    "Xavi",
    "Yara",
    "Zoe",
)
LAST = (
    "Silva",
    "Müller",
    "Dubois",
    "Rossi",
    "Khan",
    "Nakamura",
    "García",
    "Okafor",
    "Berg",
    "Novak",
    "Lopez",
    "Smith",
)


@dataclass
class _Sent:
    remote_id: str
    text: str
    idempotency_key: str
    in_reply_to: str | None
    at: datetime
    media: list[dict] = field(default_factory=list)


class DemoNetwork:
    """The shared in-process network: generates traffic for every demo brand account.

    Thread-safe; a run id makes remote ids unique per process, so a restarted demo never
    collides with what an earlier run stored.
    """

    def __init__(
        self,
        brands: Sequence[str],
        rate: float = 1.0,
        seed: int = 7,
        clock: Callable[[], float] = time.monotonic,
        customers: int = 60,
    ) -> None:
        self.brands = list(brands)
        self.rate = max(0.0, rate)
        self._rng = random.Random(seed)
        self._clock = clock
        self._start = clock()
        self._lock = threading.Lock()
        self.run_id = uuid.uuid4().hex[:8]
        self._generated = 0
        self.items: list[tuple[str, InboundItem]] = []  # (brand, item)
        self._threads: dict[tuple[str, str], str] = {}  # (brand, customer) → thread key
        self._customers = [self._make_customer(i) for i in range(customers)]
        self.sent: dict[str, list[_Sent]] = {b: [] for b in self.brands}
        #: surges on demand: [start, end, messages per second, kind, generated so far]
        self._surges: list[list] = []

    def _make_customer(self, i: int) -> RemoteAuthor:
        first = self._rng.choice(FIRST)
        last = self._rng.choice(LAST)
        handle = f"{first.lower()}{last.lower()}{i}".encode("ascii", "ignore").decode()
        return RemoteAuthor(
            f"demo-user-{i}",
            handle,
            f"{first} {last}",
            followers=int(self._rng.paretovariate(1.2) * 40),
        )

    def _pick_customer(self) -> RemoteAuthor:
        # a few customers write a lot, most write once or twice
        idx = min(int(self._rng.paretovariate(1.1)) - 1, len(self._customers) - 1)
        if self._rng.random() < 0.75:
            idx = self._rng.randrange(len(self._customers))
        return self._customers[idx]

    def generate(self, count: int) -> None:
        """Generate ``count`` more items now (used by tests and benchmarks)."""
        with self._lock:
            for _ in range(count):
                self._generate_one()

    def _advance(self) -> None:
        now = self._clock()
        due = int((now - self._start) * self.rate)
        while self._generated < due:
            self._generate_one()
        for surge in self._surges:
            start, end, rate, kind, done = surge
            if now < start:
                continue
            want = int((min(now, end) - start) * rate)
            for _ in range(max(0, want - done)):
                self._generate_surge_one(kind)
            surge[4] = max(done, want)

    def surge(
        self,
        seconds: float = 600.0,
        rate: float | None = None,
        kind: str = "negative",
        *,
        after: float = 0.0,
    ) -> float:
        """Raise a surge (the crisis demo), ``after`` seconds from now: for ``seconds``, ``rate``
        extra messages a second (default: ten times the demo rate, at least 5), mostly about a
        burning charger (``kind="negative"``) or a praised launch (``"positive"``). Returns the
        rate."""
        per_s = rate if rate is not None else max(5.0, self.rate * 9)
        with self._lock:
            start = self._clock() + max(0.0, after)
            self._surges.append([start, start + seconds, per_s, kind, 0])
        return per_s

    @property
    def age(self) -> float:
        """Seconds of traffic so far."""
        return self._clock() - self._start

    def generate_surge(self, count: int, kind: str = "negative") -> None:
        """``count`` surge messages now (tests and benchmarks)."""
        with self._lock:
            for _ in range(count):
                self._generate_surge_one(kind)

    @property
    def surging(self) -> bool:
        now = self._clock()
        return any(start <= now < end for start, end, *_ in self._surges)

    def _generate_surge_one(self, kind: str) -> None:
        if self._rng.random() < 0.15:  # ordinary traffic goes on underneath
            self._generate_one()
            return
        n = self._generated
        self._generated += 1
        brand = self.brands[n % len(self.brands)]
        author = self._make_customer(10_000 + n)
        remote_id = f"{self.run_id}-{n}"
        pool = SURGE_POSITIVE if kind == "positive" else SURGE_NEGATIVE
        item = InboundItem(
            remote_id=remote_id,
            kind=ItemKind.MENTION,
            author=author,
            text=self._rng.choice(pool).format(brand=brand),
            created_at=datetime.now(UTC),
            thread_key=remote_id,
            url=f"https://demo.social/{author.handle}/{remote_id}",
            language="en",
        )
        self.items.append((brand, item))

    def _generate_one(self) -> None:
        n = self._generated
        self._generated += 1
        brand = (
            self.brands[n % len(self.brands)]
            if self._rng.random() < 0.8
            else self._rng.choice(self.brands)
        )
        author = self._pick_customer()
        key = (brand, author.remote_id)
        remote_id = f"{self.run_id}-{n}"
        now = datetime.now(UTC)
        is_dm = self._rng.random() < 0.2
        if key in self._threads and self._rng.random() < 0.45:
            thread = self._threads[key]
            lang, text = self._rng.choice(FOLLOW_UPS)
            kind = ItemKind.DM if thread.startswith("dm:") else ItemKind.REPLY
            parent = thread.removeprefix("dm:")
        else:
            _intent, lang, template = self._rng.choice(MESSAGES)
            text = template.format(
                brand=brand, product=self._rng.choice(PRODUCTS), n=self._rng.randint(10000, 99999)
            )
            if is_dm:
                # a direct message does not tag the brand: drop a leading tag, say "you" elsewhere
                text = text.removeprefix(f"@{brand} ").replace(f"@{brand}", "you")
                thread = f"dm:{brand}:{author.remote_id}"
                kind = ItemKind.DM
                parent = None
            else:
                thread = remote_id
                kind = ItemKind.MENTION
                parent = None
            self._threads[key] = thread
        item = InboundItem(
            remote_id=remote_id,
            kind=kind,
            author=author,
            text=text,
            created_at=now,
            thread_key=thread,
            parent_remote_id=parent,
            url=f"https://demo.social/{author.handle}/{remote_id}",
            language=lang,
        )
        self.items.append((brand, item))

    def fetch(self, brand: str, after: int, limit: int) -> tuple[list[InboundItem], int, bool]:
        with self._lock:
            self._advance()
            out: list[InboundItem] = []
            pos = after
            while pos < len(self.items) and len(out) < limit:
                b, it = self.items[pos]
                pos += 1
                if b == brand:
                    out.append(it)
            return out, pos, pos < len(self.items)

    def send(
        self, brand: str, text: str, key: str, in_reply_to: str | None, images: Sequence[Image] = ()
    ) -> _Sent:
        with self._lock:
            for s in self.sent[brand]:
                if s.idempotency_key == key:
                    return s  # the network honours idempotency keys, as Mastodon does
            sent = _Sent(
                f"{self.run_id}-out-{uuid.uuid4().hex[:10]}",
                text,
                key,
                in_reply_to,
                datetime.now(UTC),
                [{"alt": img.alt} for img in images],
            )
            self.sent[brand].append(sent)
            return sent

    def find(self, brand: str, key: str) -> _Sent | None:
        with self._lock:
            return next((s for s in self.sent[brand] if s.idempotency_key == key), None)


class DemoConnector(Connector, Amplifier):
    """One demo brand account; the cursor is "run id:position" in the network's stream."""

    network = NETWORK
    #: the demo network takes images (with their alt text) as a real network would
    supports_media = True

    def __init__(self, net: DemoNetwork, brand: str) -> None:
        self.net = net
        self.brand = brand

    def profile(self) -> Profile:
        return Profile(
            remote_id=f"demo-brand-{self.brand}", handle=self.brand, display_name=self.brand
        )

    def fetch_inbound(self, cursor: str | None, limit: int = 100) -> FetchResult:
        after = 0
        if cursor:
            run, _, pos = cursor.partition(":")
            if run == self.net.run_id and pos.isdigit():
                after = int(pos)
        items, pos, more = self.net.fetch(self.brand, after, limit)
        return FetchResult(items=items, cursor=f"{self.net.run_id}:{pos}", more=more)

    def fetch_thread(self, thread_key: str) -> Sequence[InboundItem]:
        with self.net._lock:
            return [
                it for b, it in self.net.items if b == self.brand and it.thread_key == thread_key
            ]

    def send_reply(
        self, target: ReplyTarget, text: str, idempotency_key: str, *, images: Sequence[Image] = ()
    ) -> SendResult:
        s = self.net.send(self.brand, text, idempotency_key, target.remote_id, images)
        return SendResult(s.remote_id, f"https://demo.social/{self.brand}/{s.remote_id}", s.at)

    def publish_post(
        self, text: str, idempotency_key: str, *, images: Sequence[Image] = ()
    ) -> SendResult:
        s = self.net.send(self.brand, text, idempotency_key, None, images)
        return SendResult(s.remote_id, f"https://demo.social/{self.brand}/{s.remote_id}", s.at)

    def find_sent(self, idempotency_key: str) -> SendResult | None:
        s = self.net.find(self.brand, idempotency_key)
        return None if s is None else SendResult(s.remote_id, None, s.at)

    # -------------------------------------------------- amplifying and metrics (issue 16)

    def boost(self, target: AmplifyTarget, idempotency_key: str) -> SendResult:
        """A repost on the demo network: kept with the key, so a second one changes nothing."""
        s = self.net.send(self.brand, "", idempotency_key, target.remote_id)
        return SendResult(s.remote_id, target.url, s.at)

    def quote(self, target: AmplifyTarget, text: str, idempotency_key: str) -> SendResult:
        s = self.net.send(self.brand, text, idempotency_key, target.remote_id)
        return SendResult(s.remote_id, f"https://demo.social/{self.brand}/{s.remote_id}", s.at)

    metrics_batch = 50

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """The demo audience's reactions: they grow with the post's age, steadily for each
        post (seeded by its id), so the Posts view has something true to the demo to show."""
        out = []
        with self.net._lock:
            sent = {s.remote_id: s for s in self.net.sent[self.brand]}
        now = datetime.now(UTC)
        for rid in remote_ids:
            s = sent.get(rid)
            if s is None:
                continue
            seed = int(hashlib.sha256(rid.encode()).hexdigest()[:8], 16)
            minutes = max(0.0, (now - s.at).total_seconds() / 60)
            grow = 1 - 0.5 ** (minutes / 30)  # half of the reach in the first half hour
            out.append(
                PostMetrics(
                    remote_id=rid,
                    likes=round((5 + seed % 40) * grow),
                    reposts=round((1 + seed % 9) * grow),
                    replies=round((seed % 6) * grow),
                    impressions=round((400 + seed % 2600) * grow),
                )
            )
        return out
