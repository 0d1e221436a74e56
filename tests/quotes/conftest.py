"""Hand-built articles for quote tests, made without a model (as spaCy's own tests build
``Doc``s): segments from blank lines (or given kinds), sentences at full stops, a regex
tokenizer with a small lexicon of lemmas, parts of speech and features for the words a test
needs, and linked mentions placed by string search."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from kronika.types import (
    Article,
    DatePrecision,
    Mention,
    PublicationDate,
    Segment,
    SegmentKind,
    Sentence,
    Token,
)

_TOKEN = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"]?\s+(?=[A-ZÁÉÍÓÖŐÚÜŰ„–\"])")
_FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
_NOM = "Case=Nom|Number=Sing"
_POSSESSED = "Case=Nom|Number=Sing|Number[psor]=Sing|Person[psor]=3"


def _verb(lemma: str, feats: str = _FIN) -> tuple[str, str, str]:
    return (lemma, "VERB", feats)


#: form → (lemma, UPOS, FEATS) for the words the tests rely on. Other words: capitalised ones
#: are nominative proper nouns, the rest carry no part of speech the extractor reacts to.
LEXICON: dict[str, tuple[str, str, str]] = {
    **{w: (w.lower(), "DET", "Definite=Def|PronType=Art") for w in ("a", "A", "az", "Az")},
    "hogy": ("hogy", "SCONJ", ""),
    "és": ("és", "CCONJ", ""),
    "azt": ("az", "PRON", "Case=Acc|PronType=Dem"),
    "arról": ("az", "PRON", "Case=Del|PronType=Dem"),
    "is": ("is", "ADV", ""),
    "ki": ("ki", "ADV", ""),
    "hozzá": ("hozzá", "ADV", ""),
    "szerint": ("szerint", "ADP", ""),
    "szerinte": ("szerint", "ADP", "Number[psor]=Sing|Person[psor]=3"),
    "elmondása": ("elmondás", "NOUN", _POSSESSED),
    "Elmondása": ("Elmondás", "NOUN", _POSSESSED),
    "szóvivője": ("szóvivő", "NOUN", _POSSESSED),
    "terv": ("terv", "NOUN", _NOM),
    "feliratok": ("felirat", "NOUN", "Case=Nom|Number=Plur"),
    "kapus": ("kapus", "NOUN", _NOM),
    "elnök": ("elnök", "NOUN", _NOM),
    "haditudósító": ("haditudósító", "NOUN", _NOM),
    "ukrán": ("ukrán", "ADJ", "Case=Nom"),
    "TASZSZ-ra": ("TASZSZ", "PROPN", "Case=Sub|Number=Sing"),
    "hivatkozva": _verb("hivatkoz", "VerbForm=Conv"),
    "mondta": _verb("mond"),
    "mondjuk": _verb("mond", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    "közölte": _verb("közöl"),
    "fogalmazott": _verb("fogalmaz"),
    "jelentette": _verb("jelent"),
    "tette": _verb("tesz"),
    "beszélt": _verb("beszél"),
    "bejelentette": _verb("bejelent"),
    "írta": _verb("ír"),
    "hitték": _verb("hisz", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    "folytatja": _verb("folytat", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "van": _verb("van", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "lesz": _verb("van", "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"),
    "kell": _verb("kell", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "tárgyalt": _verb("tárgyal"),
    "került": _verb("kerül"),
    "vált": _verb("válik"),
    "egyeztetett": _verb("egyeztet"),
    "dolgozik": _verb("dolgozik", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "sikerült": _verb("sikerül"),
    "terveznek": _verb("tervez", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    "várhatók": ("várható", "ADJ", "Case=Nom|Number=Plur"),
    "várja": _verb("vár", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "jelezte": _verb("jelez"),
    "zajlott": _verb("zajlik"),
    "tartott": _verb("tart"),
    "esett": _verb("esik"),
    "mondott": _verb("mond"),
    "fog": _verb("fog", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "elmarad": _verb("elmarad", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "Harcolunk": _verb("harcol", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    "engedünk": _verb("enged", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    "kijelenthető": ("kijelenthető", "ADJ", "Case=Nom|VerbForm=PartPres"),
    "megbukott": _verb("megbukik"),
    "Egyesek": ("egyes", "PRON", "Case=Nom|Number=Plur"),
    "mivel": ("mivel", "SCONJ", ""),
    "Korábban": ("korábban", "ADV", ""),
    "miniszter": ("miniszter", "NOUN", _NOM),
    "miniszterelnök": ("miniszterelnök", "NOUN", _NOM),
    "kormányfő": ("kormányfő", "NOUN", _NOM),
    "külügyminiszter": ("külügyminiszter", "NOUN", _NOM),
    "hivatal": ("hivatal", "NOUN", _NOM),
    "elnöke": ("elnök", "NOUN", _POSSESSED),
    "által": ("által", "ADP", ""),
    "után": ("után", "ADP", ""),
    "szerintük": ("szerint", "ADP", "Number[psor]=Plur|Person[psor]=3"),
    "pénteken": ("péntek", "NOUN", "Case=Sup|Number=Sing"),
    "ismét": ("ismét", "ADV", ""),
    "vezető": ("vezető", "ADJ", "Case=Nom|VerbForm=PartPres"),
    "tárcát": ("tárca", "NOUN", "Case=Acc|Number=Sing"),
    "jelölteket": ("jelölt", "NOUN", "Case=Acc|Number=Plur"),
    "köztük": ("köztük", "ADV", ""),
    "ugyanakkor": ("ugyanakkor", "ADV", ""),
    "arra": ("az", "PRON", "Case=Sub|PronType=Dem"),
    "figyelmet": ("figyelem", "NOUN", "Case=Acc|Number=Sing"),
    "felhívta": _verb("felhív"),
    "vélte": _verb("vél"),
    "bírálta": _verb("bírál"),
    "kijelentette": _verb("kijelent"),
    "megerősítette": _verb("megerősít"),
    # A name with an article glued to its front, as scraped pages print it.
    "aHírlap": ("aHírlap", "PROPN", _NOM),
    # The lemmatizer leaves some sentence-opening verbs as they are.
    "Megerősítette": _verb("Megerősítette"),
    "Nem": ("nem", "ADV", "PronType=Neg"),
    "cáfolta": _verb("cáfol"),
    "elmondta": _verb("elmond"),
    "teszi": _verb("tesz", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "írja": _verb("ír", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "tárgyal": _verb("tárgyal", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "marad": _verb("marad", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "aki": ("aki", "PRON", "Case=Nom|PronType=Rel"),
    "december": ("december", "NOUN", _NOM),
    "19-én": ("19", "NOUN", _NOM),
    "kormány": ("kormány", "NOUN", _NOM),
    "társaság": ("társaság", "NOUN", _NOM),
    "portál": ("portál", "NOUN", _NOM),
    "lap": ("lap", "NOUN", _NOM),
    "osztrák": ("osztrák", "ADJ", "Case=Nom"),
    "állapította": _verb("megállapít"),
    "kiemeli": _verb("kiemel", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "meg": ("meg", "ADV", ""),
    "olajipari": ("olajipari", "ADJ", "Case=Nom"),
    "hírt": ("hír", "NOUN", "Case=Acc|Number=Sing"),
    "beavatkozásairól": ("beavatkozás", "NOUN", "Case=Del|Number=Plur|Number[psor]=Sing"),
    "Brüsszellel": ("Brüsszel", "PROPN", "Case=Ins|Number=Sing"),
    "kapcsolatos": ("kapcsolatos", "ADJ", "Case=Nom"),
    "terveiről": ("terv", "NOUN", "Case=Del|Number=Plur|Number[psor]=Sing|Person[psor]=3"),
    "eladásáról": ("eladás", "NOUN", "Case=Del|Number=Sing|Number[psor]=Sing|Person[psor]=3"),
    "beszámolója": ("beszámoló", "NOUN", _POSSESSED),
    # The lemmatizer cuts a rare compound wrong and reads a case into its possessive ending.
    "sajtótitkára": ("sajtótitk", "NOUN", "Case=Sbl|Number=Sing|Number[psor]=Sing"),
    "alapján": ("alapján", "ADP", ""),
    # Concessions, sources inside reported clauses, verbs of quoting (issue 6, third pass).
    "Bár": ("bár", "SCONJ", ""),
    "viszont": ("viszont", "ADV", ""),
    "ér": _verb("ér", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "osztja": _verb("oszt", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "véleményét": ("vélemény", "NOUN", "Case=Acc|Number=Sing|Number[psor]=Sing"),
    "tagadja": _verb("tagad", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "megy": _verb("megy", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "elhúzódik": _verb("elhúzódik", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "két": ("két", "NUM", "Case=Nom|NumType=Card"),
    "forrásuk": ("forrás", "NOUN", "Case=Nom|Number=Sing|Number[psor]=Plur|Person[psor]=3"),
    "volt": _verb("van"),
    "helyi": ("helyi", "ADJ", "Case=Nom"),
    "rendőrfőnök": ("rendőrfőnök", "NOUN", _NOM),
    "szavai": ("szó", "NOUN", "Case=Nom|Number=Plur|Number[psor]=Sing|Person[psor]=3"),
    "mutatja": _verb("mutat", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "tartotta": _verb("tart"),
    # A role noun scraping glued to its verb, tagged as one verb.
    "kormányfőelárulta": _verb("kormányfőelárul"),
    "kedden": ("kedd", "NOUN", "Case=Sup|Number=Sing"),
    "kormányszóvivő": ("kormányszóvivő", "NOUN", _NOM),
    "444": ("444", "NUM", "Case=Nom|NumType=Card"),
    "kérdezte": _verb("kérdez"),
    "utalt": _verb("utal"),
    "idézte": _verb("idéz"),
    "Jánost": ("János", "PROPN", "Case=Acc|Number=Sing"),
    "felelte": _verb("felel"),
    "romlik": _verb("romlik", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "vagyok": _verb("van", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"),
    "úgy": ("úgy", "ADV", ""),
    "gondolta": _verb("gondol"),
}

DATE = PublicationDate(dt.date(2026, 1, 23), DatePrecision.DAY)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with lemma, UPOS and features from :data:`LEXICON`."""
    tokens = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        form = match.group()
        if form in LEXICON:
            lemma, pos, feats = LEXICON[form]
        elif not form[0].isalnum():
            lemma, pos, feats = form, "PUNCT", ""
        elif form[0].isupper():
            lemma, pos, feats = form, "PROPN", _NOM
        else:
            lemma, pos, feats = form, "X", ""
        tokens.append(Token(match.start(), match.end(), lemma, pos, feats))
    return tokens


def nth(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    """The span of the ``occurrence``-th occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def make_article(
    text: str,
    mentions: Sequence[tuple[str, int, str, str]] = (),
    kinds: Sequence[SegmentKind] | None = None,
    segments: Sequence[Segment] | None = None,
) -> Article:
    """An article of ``text`` whose paragraphs (split at blank lines, unless ``segments`` are
    given) have ``kinds`` (all paragraphs by default), with ``mentions`` given as (surface,
    occurrence, label, entity id); a mention of a role description (lower-case surface) gets
    the rule ``role``."""
    if segments is None:
        paragraphs = re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)
        segments = [
            Segment(kinds[n] if kinds is not None else SegmentKind.PARAGRAPH, m.start(), m.end())
            for n, m in enumerate(paragraphs)
        ]
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for segment in segments:
        cursor = segment.start
        for cut in _SENTENCE_END.finditer(text, segment.start, segment.end):
            sentences.append(Sentence(cursor, cut.start()))
            cursor = cut.end()
        sentences.append(Sentence(cursor, segment.end))
        tokens.extend(tokenize(text, segment.start, segment.end))
    built = []
    for surface, occurrence, label, entity in mentions:
        start, end = nth(text, surface, occurrence)
        rule = "role" if surface[0].islower() else "exact"
        built.append(Mention(start, end, label, surface, entity, 0.9, rule))
    return Article(
        text=text,
        date=DATE,
        segments=tuple(segments),
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        mentions=tuple(sorted(built, key=lambda m: m.start)),
    )


def glued(article: Article, surface: str, occurrence: int = 0) -> Article:
    """``article`` with the tokens of ``surface`` merged into one token of no part of speech,
    as the tagger leaves words a scraped page glued together (``–mondtaa``, ``közölte,„a``)."""
    start, end = nth(article.text, surface, occurrence)
    kept = [t for t in article.tokens if t.end <= start or t.start >= end]
    merged = Token(start, end, article.text[start:end], "X")
    return replace(article, tokens=tuple(sorted([*kept, merged], key=lambda t: t.start)))
