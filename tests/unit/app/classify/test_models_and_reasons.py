"""The pieces behind the public figures: the linear model, the cue index, the reasons."""

from __future__ import annotations

import pytest

from app.classify import classify, intents, linear
from app.classify._text import clean, fold
from app.classify.reasons import evidence, explain
from tests.bench._public import load
from tests.bench.classify_bench import load_sample


def test_features_squeeze_stretched_words_and_mark_negation() -> None:
    feats = linear.features(fold("Odiooo esto, no me gusta :("))
    assert "w:odio" in feats
    assert "w:NOT_me" in feats and "w:NOT_gusta" in feats
    assert "w:esto" in feats  # the comma ended nothing before the negator
    assert "w::(" in feats or "w:NOT_:(" in feats


def test_linear_model_learns_and_survives_a_round_trip() -> None:
    docs = [linear.features(t) for t in ("great lamp", "love it", "broken lamp", "hate it")]
    model = linear.train(docs, ["pos", "pos", "neg", "neg"], epochs=60)
    assert model.proba(linear.features("great"))["pos"] > 0.6
    assert model.proba(linear.features("broken"))["neg"] > 0.6
    again = linear.LinearModel.from_bytes(model.to_bytes())
    for text in ("great", "broken", "nothing known"):
        a, b = model.proba(linear.features(text)), again.proba(linear.features(text))
        assert a == pytest.approx(b, abs=1e-2)
    top = [f for f, _w in model.top_features(linear.features("great lamp"), "pos", 6)]
    assert "w:great" in top and "w:lamp" not in top  # "lamp" was in both classes
    with pytest.raises(ValueError):
        linear.LinearModel.from_bytes(b"not a model")


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"refund\w*", ("refund",)),
        (r"(?:on hold|hung up)", ("hung up", "on hold")),
        (r"[🙄😡]", ()),
        (r"(?:the )?refund", ()),
        (r"(?:cancel+ed|canceled) my order", ("cance",)),  # the parser factors "cance" out
    ],
)
def test_literal_starts_of_cues(pattern: str, starts: tuple[str, ...]) -> None:
    assert intents._starts(pattern) == starts


def test_the_cue_index_never_hides_a_cue_that_matches() -> None:
    """Same hits with and without the index, on every text we have."""
    texts = [r["text"] for r in load_sample()] + [
        r["text"] for r in load("sentences_en.csv", None)[:1500]
    ]
    for text in texts:
        folded = fold(clean(text))
        for cues in intents.CUES.values():
            fast = [(c.source, m.start()) for c, m in intents._hits(folded, cues)]
            slow = []
            for cue in cues:
                for match in cue.regex.finditer(folded):
                    start = match.start()
                    if cue.lead and start and intents._is_word_char(folded[start - 1]):
                        continue
                    slow.append((cue.source, start))
                    break
            assert fast == slow, text


def test_every_classification_says_why() -> None:
    lines = explain(evidence(classify("I want a refund, the lamp arrived broken!!")))
    assert lines[0].startswith("Intent complaint") and "refund" in lines[0]
    assert any(line.startswith("Mood negative") for line in lines)
    plain = explain(evidence(classify("Don't waste your money on this one.")))
    assert "the mood decided" in plain[0]
    learned = explain(
        {
            "intent": "question",
            "learned": {
                "intent": "purchase_intent",
                "probability": 0.91,
                "features": [["w:offices", 0.4]],
                "labels": 3,
                "replaced": "question",
            },
        }
    )
    assert learned == [
        "Intent purchase_intent: learned from the team's corrections (3 so far), 91 % sure, "
        "on “offices”; the shipped classifier said question."
    ]
    assert explain(None) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Odiooo los sanatorios", "es"),
        ("Das Buch ist langweilig :(", "de"),
        ("J'ai trouvé ce roman très décevant.", "fr"),
        ("Não gostei, muito chato", "pt"),
        ("Non mi è piaciuto per niente", "it"),
    ],
)
def test_plain_negative_words_in_every_language(text: str, lang: str) -> None:
    result = classify(text, lang)
    assert result.sentiment_label == "negative", (text, result.sentiment_cues)


def test_laughter_is_positive_everywhere() -> None:
    assert classify("jajajaja me encanta", "es").sentiment_label == "positive"
    assert classify("kkkkkk amei", "pt").sentiment_label == "positive"
