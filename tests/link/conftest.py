"""Hand-built articles and a small hand-built knowledge base for linking tests.

Articles are made without a model (as spaCy's own tests build ``Doc``s): a regex tokenizer,
a small lexicon of lemmas, parts of speech and features for the words a test needs, and
mentions placed by string search.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import pytest

from kronika.link import KbIndex, build_index
from kronika.types import (
    Article,
    DatePrecision,
    Entity,
    EntityType,
    Mention,
    PublicationDate,
    Role,
    Token,
)

_TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")

#: form → (lemma, UPOS, FEATS) for the words the tests rely on; other words default to
#: themselves, PROPN when capitalised (NOUN otherwise), nominative.
LEXICON: dict[str, tuple[str, str, str]] = {
    "a": ("a", "DET", "Definite=Def|PronType=Art"),
    "A": ("a", "DET", "Definite=Def|PronType=Art"),
    "az": ("az", "DET", "Definite=Def|PronType=Art"),
    "Az": ("az", "DET", "Definite=Def|PronType=Art"),
    "és": ("és", "CCONJ", ""),
    "egy": ("egy", "DET", "Definite=Ind|PronType=Art"),
    "orosz": ("orosz", "ADJ", "Case=Nom"),
    "ukrán": ("ukrán", "ADJ", "Case=Nom"),
    "amerikai": ("amerikai", "ADJ", "Case=Nom"),
    "volt": ("volt", "ADJ", "Case=Nom"),
    "elnök": ("elnök", "NOUN", "Case=Nom|Number=Sing"),
    "elnökök": ("elnök", "NOUN", "Case=Nom|Number=Plur"),
    "elnökének": ("elnök", "NOUN", "Case=Dat|Number=Sing|Number[psor]=Sing|Person[psor]=3"),
    "veje": ("vő", "NOUN", "Case=Nom|Number=Sing|Number[psor]=Sing|Person[psor]=3"),
    "kormányfő": ("kormányfő", "NOUN", "Case=Nom|Number=Sing"),
    "haditudósító": ("haditudósító", "NOUN", "Case=Nom|Number=Sing"),
    "szerint": ("szerint", "ADP", ""),
    "számára": ("számára", "ADP", ""),
    "dolgozik": ("dolgozik", "VERB", "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin"),
    "nyilatkozott": ("nyilatkozik", "VERB", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    "tárgyalt": ("tárgyal", "VERB", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    "beszélt": ("beszél", "VERB", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    "fogalmazott": ("fogalmaz", "VERB", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    "közölte": ("közöl", "VERB", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    "zajlott": ("zajlik", "VERB", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    "kész": ("kész", "ADJ", "Case=Nom"),
    "befizetni": ("befizet", "VERB", "VerbForm=Inf"),
    "Kremlben": ("Kreml", "PROPN", "Case=Ine|Number=Sing"),
    "Putyinnal": ("Putyin", "PROPN", "Case=Ins|Number=Sing"),
    "Trumppal": ("Trump", "PROPN", "Case=Ins|Number=Sing"),
    "Zelenszkijnek": ("Zelenszkij", "PROPN", "Case=Dat|Number=Sing"),
    "Moszkvától": ("Moszkva", "PROPN", "Case=Abl|Number=Sing"),
    "Kijevbe": ("Kijev", "PROPN", "Case=Ill|Number=Sing"),
    "Abu-Dzabiban": ("Abu-Dzabi", "PROPN", "Case=Ine|Number=Sing"),
    "Donbasz": ("Donbasz", "PROPN", "Case=Gen|Number=Sing"),
    # A rare compound the lemmatizer cuts wrong, reading a case into its possessive ending.
    "sajtótitkára": ("sajtótitk", "NOUN", "Case=Sbl|Number=Sing|Number[psor]=Sing"),
    "alapján": ("alapján", "ADP", ""),
    # A role noun scraping glued to its verb, tagged as one verb.
    "kormányfőelárulta": (
        "kormányfőelárul",
        "VERB",
        "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin",
    ),
    "elnökválasztást": ("elnökválasztás", "NOUN", "Case=Acc|Number=Sing"),
}


def tokenize(text: str, lexicon: dict[str, tuple[str, str, str]] | None = None) -> list[Token]:
    """Tokens of ``text`` with lemmas and features from ``lexicon`` (LEXICON by default)."""
    table = LEXICON if lexicon is None else lexicon
    tokens = []
    for match in _TOKEN.finditer(text):
        form = match.group()
        if form in table:
            lemma, pos, morph = table[form]
        elif not form[0].isalnum():
            lemma, pos, morph = form, "PUNCT", ""
        else:
            pos = "PROPN" if form[0].isupper() else "NOUN"
            lemma, morph = form, "Case=Nom|Number=Sing"
        tokens.append(Token(match.start(), match.end(), lemma, pos, morph))
    return tokens


def find(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    """The span of the ``occurrence``-th occurrence of ``surface`` (which must exist)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def make_article(
    text: str,
    mentions: Sequence[tuple[str, str] | tuple[str, str, int] | tuple[str, str, int, str]],
    day: dt.date = dt.date(2026, 1, 23),
) -> Article:
    """An article with tokens and mentions ``(surface, label[, occurrence[, lemma]])``."""
    made = []
    for spec in mentions:
        surface, label = spec[0], spec[1]
        occurrence = spec[2] if len(spec) > 2 else 0  # type: ignore[misc]
        lemma = spec[3] if len(spec) > 3 else surface  # type: ignore[misc]
        start, end = find(text, surface, occurrence)
        made.append(Mention(start, end, label, lemma))
    return Article(
        text=text,
        date=PublicationDate(day, DatePrecision.DAY),
        tokens=tuple(tokenize(text)),
        mentions=tuple(made),
    )


def _person(
    qid: str | None,
    key: str,
    name_en: str,
    name_hu: str,
    country: str,
    roles: Sequence[Role] = (),
    aliases: Sequence[str] = (),
    sources: Sequence[str] = ("manual:2026-01",),
) -> Entity:
    return Entity(
        id=qid or f"kronika:{key}",
        qid=qid,
        name_en=name_en,
        name_hu=name_hu,
        type=EntityType.PERSON,
        aliases=tuple(aliases),
        country=country,
        roles=tuple(roles),
        sources=tuple(sources),
    )


def _place(
    qid: str,
    name_en: str,
    name_hu: str,
    kind: EntityType,
    country: str,
    roles: Sequence[Role] = (),
    aliases: Sequence[str] = (),
) -> Entity:
    return Entity(
        id=qid,
        qid=qid,
        name_en=name_en,
        name_hu=name_hu,
        type=kind,
        aliases=tuple(aliases),
        country=country,
        roles=tuple(roles),
        sources=("kb-seed:verified-qids",),
    )


def _role(office: str, of: str, start: str | None = None, end: str | None = None) -> Role:
    return Role(
        office,
        of,
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
        "test",
    )


def small_kb() -> list[Entity]:
    """A dozen entities, enough for every rule (ids as in the real KB where it has them)."""
    return [
        _place("Q159", "Russia", "Oroszország", EntityType.COUNTRY, "RUS"),
        _place(
            "Q30",
            "United States",
            "Amerikai Egyesült Államok",
            EntityType.COUNTRY,
            "USA",
            aliases=("Egyesült Államok",),
        ),
        _place("Q212", "Ukraine", "Ukrajna", EntityType.COUNTRY, "UKR"),
        _place("Q28", "Hungary", "Magyarország", EntityType.COUNTRY, "HUN"),
        _place("Q223", "Greenland", "Grönland", EntityType.COUNTRY, "GRL"),
        _place("Q31", "Belgium", "Belgium", EntityType.COUNTRY, "BEL"),
        _place("Q649", "Moscow", "Moszkva", EntityType.CITY, "RUS", (_role("capital", "Q159"),)),
        _place("Q1899", "Kyiv", "Kijev", EntityType.CITY, "UKR", (_role("capital", "Q212"),)),
        _place("Q1519", "Abu Dhabi", "Abu-Dzabi", EntityType.CITY, "ARE"),
        _place(
            "Q605714", "Donbas", "Donyec-medence", EntityType.REGION, "UKR", aliases=("Donbass",)
        ),
        _place(
            "Q133274",
            "Moscow Kremlin",
            "Kreml",
            EntityType.FACILITY,
            "RUS",
            (_role("seat_of_government", "Q159"),),
        ),
        _place(
            "Q35525",
            "White House",
            "Fehér Ház",
            EntityType.FACILITY,
            "USA",
            (_role("seat_of_government", "Q30"),),
        ),
        _person(
            "Q7747",
            "",
            "Vladimir Putin",
            "Vlagyimir Putyin",
            "RUS",
            (_role("president", "Q159", "2012-05-07"),),
            ("Putyin", "Putin"),
        ),
        _person(
            "Q23530",
            "",
            "Boris Yeltsin",
            "Borisz Jelcin",
            "RUS",
            (_role("president", "Q159", "1991-07-10", "1999-12-31"),),
        ),
        _person(
            "Q22686",
            "",
            "Donald Trump",
            "Donald Trump",
            "USA",
            (_role("president", "Q30", "2025-01-20", "2029-01-20"),),
            ("Trump",),
        ),
        _person(
            "Q3874799",
            "",
            "Volodymyr Zelenskyy",
            "Volodimir Zelenszkij",
            "UKR",
            (_role("president", "Q212", "2019-05-20"),),
            ("Zelenszkij",),
        ),
        _person(
            "Q13628723",
            "",
            "Jared Kushner",
            "Jared Kushner",
            "USA",
            (_role("relative:son_in_law", "Q22686"),),
        ),
        _person(
            None,
            "steve-witkoff",
            "Steve Witkoff",
            "Steve Witkoff",
            "USA",
            (_role("special_envoy", "Q30", "2025-01-20"),),
            ("Steven Witkoff",),
        ),
        _person(
            None,
            "alexander-kots",
            "Alexander Kots",
            "Alekszandr Koc",
            "RUS",
            (_role("war_correspondent", "Q849047"),),
            ("Koc",),
        ),
        _person(
            "Q57641",
            "",
            "Viktor Orbán",
            "Orbán Viktor",
            "HUN",
            (_role("prime_minister", "Q28", "2010-05-29"),),
        ),
        _person(
            None,
            "anna-kovacs",
            "Anna Kovács",
            "Kovács Anna",
            "HUN",
            (_role("legislator", "Q28", "1998-06-18", "2002-05-14"),),
            sources=("everypolitician:hungary-cabinet@2022-07",),
        ),
        # A South Slavic name the KB spells natively (Hungarian news transcribes it).
        _person(
            "Q222031",
            "",
            "Aleksandar Vučić",
            "",
            "SRB",
            (_role("president", "Q403", "2017-05-31"),),
        ),
        # A Hungarian name whose family name the NER tends to leave out.
        _person("Q111884634", "", "Eszter Vitályos", "Vitályos Eszter", "HUN"),
        _person(
            None,
            "bart-de-wever",
            "Bart De Wever",
            "Bart De Wever",
            "BEL",
            (_role("prime_minister", "Q31", "2025-02-03"),),
        ),
        # Two spokespeople of one government: a description needs the article to choose.
        _person(
            None,
            "dmitry-peskov",
            "Dmitry Peskov",
            "Dmitrij Peszkov",
            "RUS",
            (_role("spokesperson", "Q159"),),
            ("Peszkov",),
        ),
        _person(
            "Q20812953",
            "",
            "Maria Zakharova",
            "Marija Zaharova",
            "RUS",
            (_role("spokesperson", "Q159"),),
        ),
        Entity(
            id="Q130879",
            qid="Q130879",
            name_en="Reuters",
            name_hu="Reuters",
            type=EntityType.ORGANISATION,
            country="GBR",
            sector="JRN",
            sources=("test",),
        ),
        # Known by its acronym, from which its members are named (``a KTK-sok``).
        Entity(
            id="kronika:kozponti-tuzoltokar",
            qid=None,
            name_en="Central Fire Corps",
            name_hu="Központi Tűzoltókar",
            aliases=("KTK",),
            type=EntityType.ORGANISATION,
            country="HUN",
            sector="GOV",
            sources=("test",),
        ),
        # Known by an all-capitals code that a capitalised word plus a case ending can
        # fold to (``Isten`` = ``Ist`` + ``-en``).
        _place(
            "Q86473",
            "Atatürk International Airport",
            "Atatürk nemzetközi repülőtér",
            EntityType.FACILITY,
            "TUR",
            aliases=("IST",),
        ),
    ]


DEMONYMS = {
    "RUS": ("orosz",),
    "USA": ("amerikai",),
    "UKR": ("ukrán",),
    "GRL": ("grönlandi",),
    "BEL": ("belga",),
}


@pytest.fixture(scope="session")
def index() -> KbIndex:
    return build_index(small_kb(), DEMONYMS)
