"""Hungarian nominal inflection of names: which stem a case-marked form comes from.

Hungarian marks case with suffixes that follow vowel harmony (``Kijevben`` / ``Bécsben``,
``Moszkvától`` / ``Berlintől``), lengthen a stem-final ``a``/``e`` (``Moszkva`` →
``Moszkvától``), and assimilate the ``v`` of ``-val/-vel`` and ``-vá/-vé`` to a final
consonant (``Trump`` → ``Trumppal``, ``Putyin`` → ``Putyinnal``). Foreign names whose
spelling hides their pronunciation take the suffix after a hyphen (``Witkoff-fal``,
``NATO-t``). A trained lemmatizer has never seen most names, so this module undoes those
rules: :func:`strip_case` for a form whose case the morphologizer has tagged,
:func:`stem_candidates` for every reading of a form when the case is unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

VOWELS = frozenset("aáeéiíoóöőuúüűAÁEÉIÍOÓÖŐUÚÜŰ")
#: The definite article (``a`` before a consonant, ``az`` before a vowel), which scraped
#: pages glue to the word before or after it.
ARTICLES = ("az", "a")
#: The dashes Hungarian news sets an aside off with in pairs, and opens a quote's attribution
#: with (``„…” – mondta``), en and em.
DASHES = frozenset({"–", "—"})
#: Quotation marks, Hungarian and others (``„…”``, ``"…"``, ``»…«``).
QUOTE_MARKS = frozenset({"„", "”", '"', "“", "»", "«"})
#: Words after a quoted stretch that make it a label, not speech: an inscription, a slogan or
#: a title (``„Támogatom a foglyokat” feliratú tábla``, ``a „…” című dal``).
LABEL_WORDS = frozenset(
    {
        "felirat", "feliratú", "jelmondat", "jelszó", "szlogen", "transzparens", "tábla",
        "plakát", "molinó", "című", "elnevezésű", "nevű", "hashtag",
    }
)  # fmt: skip
#: Words that may stand between a label and its noun: another label coordinated with it
#: (``„…”, illetve az „…” feliratok``) and its article.
_LABEL_LINKS = frozenset({",", "illetve", "és", "vagy", "a", "az"})
#: Marks that open and close a Hungarian quotation (``„…”``, ``»…«``, ``"…"``).
OPENING_MARKS = frozenset({"„", "“"})
CLOSING_MARKS = frozenset({"”", "«", '"'})
#: How many words after a closing mark a label's noun is looked for.
LABEL_REACH = 12


def label_follows(words: Sequence[tuple[str, str]]) -> bool:
    """Whether the words after a quoted stretch (surface and lemma, from its closing mark on)
    name it a label: the first word past coordinated labels and their articles is one of
    :data:`LABEL_WORDS` (``„…”, illetve az „…” feliratok``)."""
    inside = False
    for surface, lemma in words[:LABEL_REACH]:
        if surface in OPENING_MARKS:
            inside = True
        elif surface in CLOSING_MARKS:
            inside = False
        elif not inside and surface.lower() not in _LABEL_LINKS:
            return lemma.lower() in LABEL_WORDS or surface.lower() in LABEL_WORDS
    return False


#: Endings of a noun one thing of which is owned, by him or her (``kifogása``,
#: ``tárgyalása``), and by us or them (``kifogásunk``, ``tervük``).
OWNED_BY_ONE = ("a", "e", "ja", "je")
OWNED_BY_MANY = ("uk", "ük", "juk", "jük", "unk", "ünk")
#: Endings of a noun several of which are owned (``miniszterelnökei``, ``vezetői``).
OWNED_PLURAL = ("i", "ai", "ei", "jai", "jei")
_LENGTHENED = {"á": "a", "é": "e"}

#: Case suffixes by Universal Dependencies ``Case`` value, before assimilation.
CASE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "Acc": ("ot", "et", "öt", "at", "t"),
    "Dat": ("nak", "nek"),
    "Ins": ("val", "vel"),
    "Tra": ("vá", "vé"),
    "Ine": ("ban", "ben"),
    "Ill": ("ba", "be"),
    "Ela": ("ból", "ből"),
    "Gen": ("nak", "nek"),
    "Sup": ("on", "en", "ön", "n"),
    "Sbl": ("ra", "re"),
    "Del": ("ról", "ről"),
    "Ade": ("nál", "nél"),
    "All": ("hoz", "hez", "höz"),
    "Abl": ("tól", "től"),
    "Ter": ("ig",),
    "Cau": ("ért",),
    "Frm": ("ként",),
    "Ess": ("ul", "ül"),
    "Tem": ("kor",),
}

#: Cases whose suffix is short enough to end many names in the nominative too
#: (``Kuijt``, ``Poulsen``): undo them only when something else agrees.
AMBIGUOUS_CASES = frozenset({"Acc", "Sup"})

# A stem shorter than this is not worth a reading (``Kant`` is not ``Kan`` + ``-t``).
MIN_STEM = 3
# Before a hyphen even two letters are a name (EU-ban, ENSZ-nek).
MIN_ACRONYM = 2


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a form: its stem and the case of the suffix taken off."""

    stem: str
    case: str
    suffix: str


#: Role nouns Hungarian news uses in place of a title given before, for variety: each with
#: the titles it stands for (``a kormányfő`` after ``Orbán Viktor miniszterelnök``).
ROLE_VARIANTS: dict[str, tuple[str, ...]] = {
    "kormányfő": ("miniszterelnök", "kancellár"),
    "államfő": ("elnök", "király", "királynő"),
    "egyházfő": ("pápa", "pátriárka"),
    "tárcavezető": ("miniszter",),
    "főtitkár": ("titkár",),
}


def _is_consonant(char: str) -> bool:
    return char.isalpha() and char not in VOWELS


# Digraphs double their first letter: Kovács + val → Kováccsal, Nagy + val → Naggyal.
_DIGRAPHS = ("cs", "dz", "gy", "ly", "ny", "sz", "ty", "zs")


def _readings_for(form: str, case: str, suffix: str) -> list[Reading]:
    """Readings of ``form`` as a stem plus ``suffix`` of ``case``."""
    if suffix[0] == "v":
        stems = _assimilated_stems(form, suffix[1:])
    elif form.lower().endswith(suffix) and len(form) > len(suffix):
        stem = form[: -len(suffix)]
        if stem.endswith("-") and len(stem) > MIN_ACRONYM:
            # NATO-t, EU-ban: a hyphen separates a spelling that hides its sound from its suffix.
            return [Reading(stem[:-1], case, suffix)]
        stems = [_restore(stem)]
    else:
        stems = []
    return [
        Reading(stem, case, suffix)
        for stem in stems
        if len(stem) >= MIN_STEM and stem[-1].isalnum()
    ]


def _assimilated_stems(form: str, tail: str) -> list[str]:
    """Stems of ``-val/-vel`` or ``-vá/-vé`` forms, whose ``v`` becomes the stem's last
    consonant: Moszkvá+v+al, Trump+p+al, Witkoff-f+al, Kovác+cs+al."""
    if not form.lower().endswith(tail) or len(form) <= len(tail) + 1:
        return []
    body = form[: -len(tail)]
    last = body[-1].lower()
    if last == "v" and body[-2] in VOWELS:
        return [_restore(body[:-1])]
    if len(body) >= 3 and body[-2] == "-" and body[-3].lower() == last:
        return [body[:-2]]
    for digraph in _DIGRAPHS:
        # Kováccs: the first letter of the digraph doubled, then the digraph.
        if body.lower().endswith(digraph[0] + digraph) and len(body) > 3:
            return [body[:-3] + body[-2:]]
    if len(body) >= 2 and _is_consonant(last) and body[-2].lower() == last:
        return [body[:-1]]
    return []


def _restore(stem: str) -> str:
    """Undo the lengthening of a stem-final a/e before a suffix (Moszkvá- → Moszkva)."""
    if stem and stem[-1] in _LENGTHENED:
        return stem[:-1] + _LENGTHENED[stem[-1]]
    return stem


#: Every (case, suffix) pair, longest suffix first.
_SUFFIXES_LONGEST_FIRST = tuple(
    sorted(
        ((case, suffix) for case, suffixes in CASE_SUFFIXES.items() for suffix in suffixes),
        key=lambda item: -len(item[1]),
    )
)


def strip_case(form: str, case: str | None) -> str:
    """The stem of ``form`` given the morphologizer's ``Case``; the form itself when the case
    is nominative, unknown, or no suffix of that case fits."""
    if not case or case == "Nom" or case not in CASE_SUFFIXES:
        return form
    for suffix in CASE_SUFFIXES[case]:
        for reading in _readings_for(form, case, suffix):
            return reading.stem
    return form


def stem_candidates(form: str) -> list[Reading]:
    """Every reading of ``form`` as a name plus one case suffix, longest suffix first; the
    form itself (nominative) always comes first."""
    return list(_stem_candidates(form))


@lru_cache(maxsize=65536)
def _stem_candidates(form: str) -> tuple[Reading, ...]:
    # (Worked out once per distinct form: the linker asks for the same names again and
    # again, article after article.)
    readings = [Reading(form, "Nom", "")]
    seen = {form}
    for case, suffix in _SUFFIXES_LONGEST_FIRST:
        for reading in _readings_for(form, case, suffix):
            if reading.stem not in seen:
                seen.add(reading.stem)
                readings.append(reading)
    return tuple(readings)
