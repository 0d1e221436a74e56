"""What an event's sentence measures: duration, money, the dead, injured and arrested.

Hungarian news writes numbers as digits (``3,5``, ``1 000``, ``27``), as words (``három és fél``,
``egymilliárd``, ``tizenkét``) and as digits with a scale word (``1,5 milliárd``). Every
reader here works on one sentence's text and returns plain numbers; none guesses: a sentence
without a measure gives None.
"""

from __future__ import annotations

import re

from kronika.types import EventAttributes

__all__ = ["parse_number", "read_measures"]

_UNITS = {
    "nulla": 0,
    "egy": 1,
    "két": 2,
    "kettő": 2,
    "három": 3,
    "négy": 4,
    "öt": 5,
    "hat": 6,
    "hét": 7,
    "nyolc": 8,
    "kilenc": 9,
}
_TENS = {
    "tíz": 10,
    "tizen": 10,
    "húsz": 20,
    "huszon": 20,
    "harminc": 30,
    "negyven": 40,
    "ötven": 50,
    "hatvan": 60,
    "hetven": 70,
    "nyolcvan": 80,
    "kilencven": 90,
}
_SCALES = {"száz": 100, "ezer": 1_000, "millió": 1_000_000, "milliárd": 1_000_000_000}
_SCALE_WORD = r"(?:ezer|millió|milliárd)"
_NUMBER_WORD = (
    r"(?:(?:egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizen|húsz|huszon|harminc|"
    r"negyven|ötven|hatvan|hetven|nyolcvan|kilencven|száz|ezer|millió|milliárd)+)"
)
_DIGITS = r"(?:\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,\d+)?"
_NUMBER = (
    rf"(?:(?P<digits>{_DIGITS})(?:\s*(?P<scale>{_SCALE_WORD}))?|"
    rf"(?P<words>{_NUMBER_WORD}(?:\s+és\s+fél)?))"
)


def parse_number(text: str) -> float | None:
    """The value of a Hungarian number written in digits, words or both (``3,5``,
    ``három és fél``, ``egymilliárd``, ``1,5 milliárd``, ``tizenkétezer``), or None."""
    text = text.strip().lower()
    match = re.fullmatch(rf"({_DIGITS})\s*({_SCALE_WORD})?", text)
    if match:
        value = float(re.sub(r"[ \u00a0.]", "", match[1]).replace(",", "."))
        return value * _SCALES[match[2]] if match[2] else value
    half = 0.0
    if text.endswith(" és fél"):
        text, half = text[: -len(" és fél")], 0.5
    words = _number_words(text)
    return None if words is None else words + half


def _number_words(text: str) -> float | None:
    total = 0
    current = 0
    position = 0
    names = sorted({**_UNITS, **_TENS, **_SCALES}, key=len, reverse=True)
    read_any = False
    while position < len(text):
        for name in names:
            if text.startswith(name, position):
                break
        else:
            return None
        position += len(name)
        read_any = True
        if name in _UNITS:
            current += _UNITS[name]
        elif name in _TENS:
            current += _TENS[name]
        elif name == "száz":
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * _SCALES[name]
            current = 0
    return float(total + current) if read_any else None


_DURATION = re.compile(
    rf"\b{_NUMBER}\s+(?P<unit>órá|órán|órás|órát|perc|percen|perces|napon|napos|napig|hét|hetes)"
    r"\w*(?:\s+(?:át|keresztül))?",
    re.IGNORECASE,
)
_UNIT_MINUTES = {"ór": 60, "per": 1, "nap": 1440, "hét": 10080, "het": 10080}
_CURRENCIES = {
    "dollár": "USD",
    "euró": "EUR",
    "euro": "EUR",
    "forint": "HUF",
    "rubel": "RUB",
    "hrivnya": "UAH",
    "jüan": "CNY",
    "frank": "CHF",
    "zloty": "PLN",
    "korona": "CZK",
}
_MONEY = re.compile(
    rf"\b{_NUMBER}\s*(?P<currency>dollár|euró|euro|forint|rubel|hrivnya|jüan|frank|zloty)\w*",
    re.IGNORECASE,
)
_MONEY_SYMBOL = re.compile(rf"(?P<symbol>\$|€|USD|EUR|HUF)\s*{_NUMBER}", re.IGNORECASE)
_SYMBOLS = {"$": "USD", "€": "EUR", "usd": "USD", "eur": "EUR", "huf": "HUF"}
_PERSON = r"(?:ember|személy|civil|katona|áldozat|gyerek|gyermek|nő|férfi|rendőr|tüntető)\w*"
_LEAST = r"(?:legalább\s+|mintegy\s+|közel\s+|több mint\s+)?"
_DEAD = (
    re.compile(
        rf"\b{_NUMBER}\s+(?:{_PERSON}\s+)?(?:halott|halálos áldozat|meghalt|életét vesztette|"
        r"vesztette életét|elhunyt|meghalt)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:megölt|meghalt|életét vesztette|halálát okozta)\w*\s+{_LEAST}{_NUMBER}\s+{_PERSON}",
        re.IGNORECASE,
    ),
)
_INJURED = (
    re.compile(
        rf"\b{_NUMBER}\s+(?:{_PERSON}\s+)?(?:sebesült|megsebesült|megsérült|sérült)",
        re.IGNORECASE,
    ),
    re.compile(rf"(?:megsebesült|megsérült)\w*\s+{_LEAST}{_NUMBER}\s+{_PERSON}", re.IGNORECASE),
)
_ARRESTED = (
    re.compile(
        rf"\b{_NUMBER}\s+(?:{_PERSON}\s+|gyanúsított\w*\s+)?(?:vettek\s+|vett\s+|vették\s+)?"
        r"(?:őrizetbe|letartóztat|elfog)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:őrizetbe vett|letartóztatt|elfogt)\w*\s+{_LEAST}{_NUMBER}\s+\w+", re.IGNORECASE
    ),
)


def read_measures(sentence: str) -> EventAttributes:
    """Duration, money amount, dead, injured and arrested counts of ``sentence``, as the
    attributes of an event told in it (topics and continuation are the coder's to add)."""
    duration = None
    match = _DURATION.search(sentence)
    if match:
        value = _value(match)
        unit = match["unit"].lower()[:3]
        if value is not None:
            duration = value * next(m for key, m in _UNIT_MINUTES.items() if unit.startswith(key))
    amount = currency = None
    money = _MONEY.search(sentence)
    if money:
        amount = _value(money)
        currency = _CURRENCIES[money["currency"].lower()]
    else:
        symbol = _MONEY_SYMBOL.search(sentence)
        if symbol:
            amount = _value(symbol)
            currency = _SYMBOLS[symbol["symbol"].lower()]
    return EventAttributes(
        duration_minutes=duration,
        amount=amount,
        currency=currency if amount is not None else None,
        dead=_count(_DEAD, sentence),
        injured=_count(_INJURED, sentence),
        arrested=_count(_ARRESTED, sentence),
    )


def _value(match: re.Match[str]) -> float | None:
    if match["digits"]:
        return parse_number(match["digits"] + (" " + match["scale"] if match["scale"] else ""))
    return parse_number(match["words"]) if match["words"] else None


def _count(patterns: tuple[re.Pattern[str], ...], sentence: str) -> int | None:
    for pattern in patterns:
        match = pattern.search(sentence)
        if match:
            value = _value(match)
            if value is not None and value == int(value):
                return int(value)
    return None
