"""Behaviour of app.classify on clear examples, negation, hostile input and the API contract.

The examples here are not in resources/labelled/messages.csv: they check the cues generalise a
little beyond the sample the lexicons were written against.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import time

import pytest

from app.classify import Classification, Intent, classify
from app.classify.intent_lexicon import LEXICON, NEGATORS
from app.classify.intents import CUES

CLEAR = [
    # complaint
    ("en", Intent.COMPLAINT, "Two weeks and still no refund. Absolutely unacceptable service."),
    ("es", Intent.COMPLAINT, "Es una vergüenza, llevo un mes sin respuesta y sin reembolso"),
    ("fr", Intent.COMPLAINT, "Service client lamentable, toujours pas de remboursement"),
    ("de", Intent.COMPLAINT, "Eine Frechheit, ich warte immer noch auf meine Erstattung"),
    ("it", Intent.COMPLAINT, "Servizio pessimo, aspetto ancora il rimborso"),
    # question
    ("en", Intent.QUESTION, "Hi, do you ship to Norway?"),
    ("es", Intent.QUESTION, "¿Cuánto tarda el envío a Bilbao?"),
    ("fr", Intent.QUESTION, "Est-ce que la garantie couvre la batterie ?"),
    ("de", Intent.QUESTION, "Wie lange dauert der Versand nach München?"),
    ("pt", Intent.QUESTION, "Como faço para trocar a senha do app?"),
    # purchase intent
    (
        "en",
        Intent.PURCHASE_INTENT,
        "We want to buy 40 lamps for our office, can sales send a quote?",
    ),
    ("es", Intent.PURCHASE_INTENT, "Quiero comprar tres altavoces, ¿tenéis descuento?"),
    ("de", Intent.PURCHASE_INTENT, "Wir möchten 30 Lampen kaufen, gibt es Firmenpreise?"),
    ("pt", Intent.PURCHASE_INTENT, "Quero comprar duas luminárias, qual o preço?"),
    ("it", Intent.PURCHASE_INTENT, "Vorrei comprare due lampade, mi fate un preventivo?"),
    # feature request
    ("en", Intent.FEATURE_REQUEST, "Please add a sleep timer to the speaker app"),
    ("fr", Intent.FEATURE_REQUEST, "Ce serait génial de pouvoir choisir la couleur du réveil"),
    ("de", Intent.FEATURE_REQUEST, "Vorschlag: bitte eine Kindersicherung einbauen"),
    ("it", Intent.FEATURE_REQUEST, "Per favore aggiungete un timer per lo spegnimento"),
    # bug report
    ("en", Intent.BUG_REPORT, "The app keeps crashing since the last update on my Pixel 8"),
    ("es", Intent.BUG_REPORT, "La app se cierra sola desde la última actualización"),
    ("fr", Intent.BUG_REPORT, "L'appli ne fonctionne plus depuis la mise à jour"),
    ("pt", Intent.BUG_REPORT, "O app trava e não carrega depois da atualização"),
    # praise
    ("en", Intent.PRAISE, "Thank you so much, the new lamp is gorgeous! Highly recommend"),
    ("es", Intent.PRAISE, "Muchas gracias, la lámpara es preciosa. Recomiendo 100%"),
    ("de", Intent.PRAISE, "Vielen Dank, die Lampe ist wunderschön. Klare Kaufempfehlung!"),
    ("pt", Intent.PRAISE, "Obrigada, amei a luminária! Recomendo demais"),
    # urgent / safety
    ("en", Intent.URGENT_SAFETY, "There is smoke coming out of the charger, what do I do?"),
    ("es", Intent.URGENT_SAFETY, "¡Sale humo del cargador y huele a quemado!"),
    ("fr", Intent.URGENT_SAFETY, "Mon compte a été piraté, bloquez-le vite svp"),
    ("de", Intent.URGENT_SAFETY, "Das Netzteil hat Feuer gefangen, überall Rauch!"),
    ("it", Intent.URGENT_SAFETY, "Il caricatore ha preso fuoco, c'è fumo dappertutto!"),
    # crisis signal
    ("en", Intent.CRISIS_SIGNAL, "My lawyer will be in touch and I have sent this to the BBC"),
    ("es", Intent.CRISIS_SIGNAL, "Voy a contarlo a la prensa y a mi abogado #BoicotLumio"),
    ("fr", Intent.CRISIS_SIGNAL, "Votre pub est raciste, j'en parle aux journalistes"),
    ("pt", Intent.CRISIS_SIGNAL, "Vou processar vocês, meu advogado já sabe #BoicoteLumio"),
    # other
    ("en", Intent.OTHER, "Good morning everyone"),
    ("es", Intent.OTHER, "jajaja"),
    ("de", Intent.OTHER, "Guten Morgen aus Leipzig"),
]


@pytest.mark.parametrize(("lang", "expected", "text"), CLEAR, ids=[f"{c[1]}-{c[0]}" for c in CLEAR])
def test_clear_examples_get_their_intent(lang: str, expected: Intent, text: str) -> None:
    result = classify(text)
    assert result.intent is expected, (text, result.intents, result.evidence)


def test_every_intent_is_covered_in_several_languages() -> None:
    languages = {intent: {lang for lang, i, _ in CLEAR if i is intent} for intent in Intent}
    assert all(len(langs) >= 3 for langs in languages.values()), languages


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I am not happy with my order", "en"),
        ("Not happy at all with the support I got", "en"),
        ("No estoy contento con el pedido", "es"),
        ("Je ne suis pas satisfait de la livraison", "fr"),
        ("Ich bin mit der Lieferung nicht zufrieden", "de"),
        ("Não estou satisfeito com a entrega", "pt"),
        ("Non sono contento della consegna", "it"),
    ],
)
def test_negated_satisfaction_is_a_negative_complaint(text: str, lang: str) -> None:
    result = classify(text, language_hint=lang)
    assert result.sentiment_label == "negative", (text, result.sentiment)
    assert result.intent is Intent.COMPLAINT, (text, result.evidence)


def test_negation_stops_at_the_end_of_a_clause() -> None:
    # "nie" negates "wieder", not the next sentence's "katastrophal".
    assert classify("Nie wieder Lumio. Katastrophaler Service").sentiment < 0


def test_negated_criticism_is_praise() -> None:
    result = classify("Not bad at all, really impressed with the quality")
    assert result.sentiment_label == "positive"
    assert result.intent is Intent.PRAISE


def test_ironic_praise_is_a_complaint() -> None:
    result = classify("Great, another update that deletes all my scenes. Thanks for nothing 🙃")
    assert result.sentiment_label == "negative"
    assert Intent.PRAISE not in result.intents


def test_mixed_message_carries_several_intents_best_first() -> None:
    result = classify(
        "The app crashes every time I open it since the update, and I want my money back. "
        "Worst service ever."
    )
    assert {Intent.BUG_REPORT, Intent.COMPLAINT} <= set(result.intents)
    confidences = [result.scores[intent] for intent in result.intents]
    assert confidences == sorted(confidences, reverse=True)


def test_result_contract() -> None:
    result = classify("Do you ship to Canada?")
    assert isinstance(result, Classification)
    assert result.intent is result.intents[0]
    assert set(result.scores) == set(Intent)
    assert all(0.0 <= value <= 1.0 for value in result.scores.values())
    assert -1.0 <= result.sentiment <= 1.0
    assert result.sentiment_label in {"negative", "neutral", "positive"}
    assert result.evidence, "a routed message says why"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.language = "xx"  # type: ignore[misc]


def test_language_hint_wins_and_is_normalised() -> None:
    assert classify("Do you ship to Canada?", language_hint="pt-BR").language == "pt"
    assert classify("Do you ship to Canada?", language_hint="EN").language == "en"
    assert classify("Do you ship to Canada?", language_hint="not a tag").language == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Where can I find the invoice for my last order?", "en"),
        ("¿Dónde puedo encontrar la factura de mi último pedido?", "es"),
        ("Où puis-je trouver la facture de ma dernière commande ?", "fr"),
        ("Wo finde ich die Rechnung für meine letzte Bestellung?", "de"),
        ("Onde posso encontrar a nota fiscal do meu último pedido?", "pt"),
        ("Dove posso trovare la fattura del mio ultimo ordine?", "it"),
        ("👍🔥🔥", "und"),
        ("", "und"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert classify(text).language == lang


HOSTILE = {
    "empty": "",
    "whitespace": " \n\t  ",
    "nul": "help\x00 my charger\x00 caught fire",
    "lone surrogates": "crash \ud83d after update \udc4d \ud800",
    "rtl override": "\u202emy account was hacked\u202c please help",
    "zero width": "ca\u200bught fi\u200dre \ufeff and sm\u2060oke",
    "controls": "\x1b[31mred\x1b[0m \x07\x08 \x7f \x85",
    "only emoji": "😡😡😡",
    "combining storm": "a" + "\u0301" * 5000,
    "non-latin": "Ваше приложение не работает 😡",
    "cjk": "应用程序崩溃了",
    "100 KB": ("refund now " * 10_000)[:100_000],
    "100 KB one word": "a" * 100_000,
    "100 KB emoji": "🔥" * 100_000,
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_never_raises(text: str) -> None:
    start = time.perf_counter()
    result = classify(text)
    assert time.perf_counter() - start < 2.0, "one message must not stall ingest"
    assert result.intents
    assert isinstance(result.language, str)
    assert -1.0 <= result.sentiment <= 1.0


def test_invisible_characters_do_not_hide_keywords() -> None:
    assert classify(HOSTILE["zero width"]).intent is Intent.URGENT_SAFETY
    assert classify(HOSTILE["rtl override"]).intent is Intent.URGENT_SAFETY
    assert classify(HOSTILE["nul"]).intent is Intent.URGENT_SAFETY


def test_non_text_is_refused_clearly() -> None:
    with pytest.raises(TypeError):
        classify(b"bytes are not text")  # type: ignore[arg-type]


def test_lexicon_names_only_known_intents_and_languages() -> None:
    names = {intent.value for intent in Intent}
    for lang, blocks in LEXICON.items():
        assert lang == "*" or lang in NEGATORS, lang
        assert set(blocks) <= names, (lang, set(blocks) - names)
        for cue in CUES[lang]:
            assert cue.flip_to is None or cue.flip_to in names, cue.source


def test_core_imports_no_qt() -> None:
    code = (
        "import sys, app.classify; app.classify.classify('hello');"
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "lang", "sign"),
    [
        ("Great, another update and now nothing works 🙃", "en", -1),
        ("Genial, otra vez sin luz en casa 🙄", "es", -1),
        ("Super, encore une commande perdue 🙄", "fr", -1),
        ("Toll, schon wieder kaputt 🙄", "de", -1),
        ("Me encanta, es preciosa y muy rápida", "es", 1),
        ("J'adore, livraison rapide, merci !", "fr", 1),
        ("Ich liebe sie, wunderschön und schnell geliefert", "de", 1),
        ("Adorei, muito obrigada!", "pt", 1),
        ("Bellissima, grazie mille!", "it", 1),
        ("Pésimo servicio, nunca más", "es", -1),
        ("Servizio orribile, mai più", "it", -1),
    ],
)
def test_sentiment_lexicon_and_irony_before_intent(text: str, lang: str, sign: int) -> None:
    """The raw sentiment score, before intent can pull it down."""
    from app.classify import sentiment
    from app.classify._text import clean, fold

    cleaned = clean(text)
    assert sign * sentiment.compound(cleaned, fold(cleaned), lang) > 0.05, text


def test_wishes_are_not_satisfaction() -> None:
    from app.classify import sentiment

    text = "it would be amazing if the lamp had a timer"
    assert sentiment.label(sentiment.compound(text, text, "en")) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Is there a discount if I buy 20 speakers for our office?",
        "Any chance you could send a quote for 15 units?",
        "Is there any way to get a bulk price for 12 lamps?",
    ],
)
def test_a_question_about_buying_is_a_lead(text: str) -> None:
    result = classify(text)
    assert result.intent is Intent.PURCHASE_INTENT, result.evidence
    assert Intent.QUESTION not in result.intents[:1]
