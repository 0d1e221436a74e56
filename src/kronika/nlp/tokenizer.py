"""Tokenizer exceptions for Hungarian news on top of spaCy's Hungarian rules.

spaCy's Hungarian tokenizer already keeps ``15-én``, ``2025.``, ``Witkoff-fal``,
``Abu-Dzabiban``, ``10%-ot`` and lower-case abbreviations (``stb.``, ``kb.``, ``febr.``)
whole, and splits „…” quotes and dashes off. What it misses in news text is an abbreviation
at the start of a sentence or a title (``Jan. 23-án``, ``Kb. 300-an``, ``Szept.``): the
capitalised form of every lower-case abbreviation it knows becomes an exception too.

Scraped pages also glue words together where a paragraph or a link ended
(``tüntettekGrönlandon``, ``mondtaVolodimir``, ``szerintJ.``): a capital right after a
lower-case word of four or more letters starts a new token. The text itself is never
changed; only the token boundary moves. Camel-case names (``BlackBerry``, ``iPhone``) stay
whole.

Glue between two lower-case words (``tárgyalásokután``, ``azukrajnai``,
``forrásbólbiztosítja``) is split only when the run is no word form NerKor's training text
has (:mod:`kronika.nlp.wordforms`) and one of three shapes holds, which compounds (written
together in Hungarian: ``béketárgyalás``, ``feladatellátás``) never have:

* a function word glued after a known form: ``tárgyalások|után``, ``stratégiáról|is``,
  ``júniusban|egy``;
* a function word glued before a known form: ``az|ukrajnai``, ``hogy|minden``,
  ``A|kétnapos`` (after ``a``/``az`` only a form of five letters or more);
* a known form ending in a case suffix no compound's first half carries (``-ban``, ``-ból``,
  ``-nak``, ``-val``, ``-tól`` …) before a known form: ``forrásból|biztosítja``;
* where none of these fits, a plural or possessive (``-ok``, ``-ek``, ``-ak``, ``-ai``,
  ``-ei``) of a known stem of six letters or more before a known form:
  ``csapások|érték``, ``kormányai|közös`` (``fennakadás`` stays whole).

A capitalised run splits the same ways but for the case ending, and also after a name:
a form NerKor writes with a capital inside a sentence (``Gábor``, ``Ukrajna``, listed
capitalised in the word forms) before a common word of four letters or more that is no name
and no place name's head: ``Gábor|kérte``, ``Ukrajna|hajlandó``, while ``Csehországgal``,
``Temesvár`` and a compound at a sentence's start (``Irodaház``, no name) stay whole.
Proper-name + common-noun compounds are written with a hyphen (``NATO-csúcs``), so such a
run not in the list is nearly always glue.

The last part of a hyphenated word glued to the next word splits the same ways, or after a
sublative ending (``NATO-csúcs|óta``, ``NATO-csúcsra|utalt``): after a hyphen a compound's
parts are written together, so the part is one word (:func:`hyphen_tail_split`).

A dash glued to the word after it (``„…” –mondta``) is split off it, and so are a closing
quotation mark and a dash glued between a quote's last word and its attribution
(``megtörtént”–mondtaa``: 47 such runs in the hu-news-scrape text), and a colon and an
opening quotation mark glued between the word announcing a quote and its first word
(``hangsúlyozták:„Ilyen``: 33 runs).

A preverb glued to the article after it (``vezették kia``, ``tette közzéaz``) splits in
lower case whatever the list says (``Bea`` and ``idea`` stay whole); so does the article
``a`` glued to a common form ending in ``a`` or ``e`` (``mondta|a``, ``idézte|a``) when the
run is no word form: no Hungarian word ends in ``aa``, and the 24 such runs of the
hu-news-scrape text are all glue, while NerKor's devel text has none.

A preverb glued to the capital after it splits off too (``leA``, ``kiPutyin``: 19 such runs
in the hu-news-scrape text), and so does an article (``azRTL``, ``aCapitolium``); the
rest of the piece then splits by the rules above (``azUkrajnaelleni`` → ``az Ukrajna
elleni``), unless NerKor has the whole run; an article glued to an acronym (``BBCa``), a
capital glued to the lower-case part of a hyphenated word (``Facebook-oldalánKovács``), a
name whose case ending is glued to a word NerKor has (``Telexhez|eljuttatott``), a closing
mark and a dash glued after a word before a space (``elkészült”– írta``) and the question
particle ``-e`` of a sentence glued to the next (``áll-e.Az``) split too.

On NerKor's devel text, which has no glue, these rules split two tokens in 10,000; the
name and plural rules add five more in 100,000 (compounds at a sentence's start whose first
half is a name elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.symbols import ORTH

from kronika.lang.hu import ARTICLES, CLOSING_MARKS, DASHES

_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzáéíóöőúüű")
#: How many lower-case letters must come before a glued capital.
GLUED_MIN = 4


@dataclass(frozen=True, slots=True)
class _Boundary:
    """A zero-width infix match, shaped like ``re.Match`` where spaCy reads it."""

    position: int

    def start(self) -> int:
        return self.position

    def end(self) -> int:
        return self.position


def glued_boundaries(text: str) -> list[_Boundary]:
    """Where a glued capital starts a new word: ``tüntettekGrönlandon`` → after
    ``tüntettek``. Only in a piece that starts with a lower-case word of at least
    :data:`GLUED_MIN` letters, so brand names written in camel case (``BlackBerry``,
    ``LibreOffice``, ``MobileMe``) stay whole."""
    run = 0
    while run < len(text) and text[run] in _LOWER:
        run += 1
    if run >= GLUED_MIN and run < len(text) and text[run].isupper():
        return [_Boundary(run)]
    return []


@dataclass(frozen=True, slots=True)
class _Shifted:
    """An infix match of a piece's tail, moved to its place in the whole piece."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


_HYPHEN_PART_GLUE = re.compile(r"(?<=-)[a-záéíóöőúüű]{4,}(?=[A-ZÁÉÍÓÖŐÚÜŰ])")
_ACRONYM_ARTICLE = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰ]{2,}(?=az?$)")


def hyphen_part_boundaries(text: str) -> list[_Boundary]:
    """Where a capital glued to a lower-case part after a hyphen starts a new word:
    ``Facebook-oldalánSzalay`` → after ``oldalán``, as :func:`glued_boundaries` does at the
    start of a piece."""
    return [_Boundary(match.end()) for match in _HYPHEN_PART_GLUE.finditer(text)]


def acronym_article_boundaries(text: str) -> list[_Boundary]:
    """Where an article glued to an acronym starts: ``BBCa`` → ``BBC`` ``a``; Hungarian
    writes an acronym's endings after a hyphen (``BBC-nek``), so a bare ``a`` or ``az`` is
    the next word."""
    match = _ACRONYM_ARTICLE.match(text)
    return [_Boundary(match.end())] if match else []


def glued_article(text: str, forms: Mapping[str, int]) -> int | None:
    """Where an article glued to the capital after it ends: ``azUkrajna``, ``azRTL``,
    ``aCapitolium`` → after ``az`` or ``a``. A piece NerKor knows whole stays whole."""
    for article in ("az", "a"):
        size = len(article)
        if (
            text.startswith(article)
            and len(text) >= size + 2
            and text[size].isupper()
            and text[size + 1].isalpha()
            and not forms.get(text, 0)
        ):
            return size
    return None


def glued_preverb(text: str, forms: Mapping[str, int]) -> int | None:
    """Where a preverb glued to the capital after it ends: ``leA lövöldözés``,
    ``kiPutyin``, ``megUkrajnapénzügyi`` → after ``le``, ``ki``, ``meg`` (a verb's preverb
    standing after it, and a headline run into the text). Hungarian writes no word with a
    capital after a preverb; a piece NerKor knows whole stays whole."""
    # (Every piece of text passes here: most are lower-case words, which one C-level test
    # lets through; else find the first capital among the first few letters and look the
    # lower-case run before it up, rather than trying each preverb.)
    head = text[: PREVERB_MAX + 1]
    if head.islower() or not head[:1].islower():
        return None
    size = next((i for i in range(1, len(head)) if head[i].isupper()), 0)
    if (
        size
        and text[:size] in GLUED_PREVERBS
        and (text[size + 1].isalpha() if len(text) > size + 1 else text[size] == "A")
        and not forms.get(text, 0)
    ):
        return size
    return None


def dash_boundaries(text: str, forms: Mapping[str, int]) -> list[_Boundary]:
    """Where a dash glued to the lower-case word after it ends (``–mondta``, ``–írja``), and
    where that word splits if it is glued itself (``–mondta|a``, ``–írta|Landry``); or where
    a word a dash is glued to the end of ends (``biztosítja|–``, before a space), with a
    closing quotation mark between them (``elkészült|”|–``)."""
    if len(text) >= 3 and text[-1] in DASHES and text[:-1].isalpha():
        return [_Boundary(len(text) - 1)]
    if len(text) >= 4 and text[-1] in DASHES and text[-2] in CLOSING_MARKS and text[:-2].isalpha():
        return [_Boundary(len(text) - 2), _Boundary(len(text) - 1)]
    if len(text) < 3 or text[0] not in DASHES or not text[1:].isalpha() or not text[1].islower():
        return []
    return [_Boundary(1), *_inner_boundaries(text[1:], forms, 1)]


def _inner_boundaries(word: str, forms: Mapping[str, int], offset: int) -> list[_Boundary]:
    """Where ``word``, standing at ``offset`` in its piece, splits if it is glued itself: at a
    glued capital (``írta|Landry``), else at lower-case glue (``mondta|a``)."""
    inner = glued_boundaries(word)
    if not inner:
        cut = glue_split(word, forms)
        if cut is None and _attribution_verb_with_article(word, forms):
            cut = len(word) - 1
        inner = [_Boundary(cut)] if cut is not None else []
    return [_Boundary(b.position + offset) for b in inner]


def _attribution_verb_with_article(word: str, forms: Mapping[str, int]) -> bool:
    """Whether ``word``, glued to the dash before it, is a definite past verb with the
    article glued on (``–idéztea Reuters``): after a dash the word is the verb of an
    attribution, so a past form seen in ``forms`` at all (``idézte``, rarer than
    :data:`GLUED_ARTICLE_MIN`) is enough, when ``word`` itself is no form."""
    verb = word[:-1]
    return (
        word.islower()
        and word.endswith("a")
        and verb.endswith(("ta", "te"))
        and word not in forms
        and forms.get(verb, 0) > 0
    )


#: Closing quotation marks the scrape glues between a quote and its attribution.
CLOSING_QUOTES = '”“"'


def attribution_boundaries(text: str, forms: Mapping[str, int]) -> list[_Boundary]:
    """Where a quote's last word, its closing mark, a dash and the attribution's verb glued
    together split (``megtörtént”–mondtaa`` → ``megtörtént|”|–|mondta|a``): the scrape drops
    the spaces around a quotation's end."""
    found = [at for at in (text.find(char) for char in CLOSING_QUOTES) if at >= 0]
    mark = min(found) if found else -1
    if mark < 2 or not text[:mark].isalpha():
        return []
    after = mark + 1
    cuts = [mark, after]
    if after < len(text) and text[after] in DASHES:
        after += 1
        cuts.append(after)
    rest = text[after:]
    if len(rest) < 2 or not rest.isalpha() or not rest[0].islower():
        return []
    return [_Boundary(c) for c in cuts] + _inner_boundaries(rest, forms, after)


#: Opening quotation marks the scrape glues to the colon before them.
OPENING_QUOTES = '„“"»'


def colon_quote_boundaries(text: str) -> list[_Boundary]:
    """Where a word, a colon, an opening quotation mark and the quote's first word glued
    together split (``hangsúlyozták:„Ilyen`` → ``hangsúlyozták|:|„|Ilyen``): the scrape drops
    the space after a colon that announces a quote."""
    colon = text.find(":")
    if colon < 2 or colon + 2 >= len(text) or not text[:colon].isalpha():
        return []
    if text[colon + 1] not in OPENING_QUOTES or not text[colon + 2].isalnum():
        return []
    return [_Boundary(colon), _Boundary(colon + 1), _Boundary(colon + 2)]


#: How often NerKor must have a word (in lower case, or a name as written) for it to start
#: a capitalised piece that a glued capital splits (``Gergely|Miniszterelnökséget``).
CAPITAL_GLUE_MIN_SEEN = 5


def capital_boundaries(text: str, forms: Mapping[str, int]) -> list[_Boundary]:
    """Where a glued capital starts a new word in a capitalised piece: ``KorábbanCristiano``,
    ``ZoltánItt``, ``FacebookVitályos`` → after the first word, when that word is one NerKor
    knows well (a sentence's last name glued to the next sentence's first word is the common
    case). Camel-case brands whose first part is no such word (``BlackBerry``, ``YouTube``)
    stay whole."""
    if not text[:1].isupper():
        return []
    run = 1
    while run < len(text) and text[run] in _LOWER:
        run += 1
    rest = text[run + 1 :]
    if run < GLUED_MIN or run >= len(text) or not text[run].isupper():
        return []
    if len(rest) < 2 or not all(char in _LOWER for char in rest):
        return []
    first = text[:run]
    if forms.get(text.lower(), 0) or forms.get(text, 0):
        # A camel-case name NerKor has whole (``BlackBerry``).
        return []
    seen = max(forms.get(first.lower(), 0), forms.get(first, 0))
    return [_Boundary(run)] if seen >= CAPITAL_GLUE_MIN_SEEN else []


#: Function words that scraped text glues to the end of the word before them.
GLUED_AFTER = frozenset(
    {
        "az", "egy", "is", "hogy", "után", "előtt", "szerint", "miatt", "alatt", "között",
        "ellen", "óta", "nélkül", "mellett", "során", "helyett", "pedig", "már", "még", "azt",
        "ezt", "amely", "vagy", "csak", "volt",
    }
)  # fmt: skip
#: Function words that scraped text glues to the start of the word after them.
GLUED_BEFORE = frozenset(
    {
        "a", "az", "és", "hogy", "is", "de", "ha", "mert", "mint", "azt", "ezt", "már", "még",
        "pedig", "miatt", "szerint", "arról", "erről", "azért", "ezért", "amikor", "ahogy",
        "amely", "valamint", "illetve", "mivel", "ahol", "amit", "akik", "aki",
    }
)  # fmt: skip
#: Case suffixes that end a whole word: a compound's first half never carries them.
CASE_ENDINGS = (
    "ban", "ben", "ból", "ből", "ról", "ről", "nak", "nek", "val", "vel", "ként", "tól", "től",
)  # fmt: skip
#: Plural and possessive endings (``csapások``, ``miniszterelnökei``) that end a whole word
#: when what comes before them is a known form: a compound's first half never carries them.
PLURAL_ENDINGS = ("ok", "ek", "ök", "ak", "ai", "ei")
#: Preverbs a scrape glues to the article after them (``vezették kia``, ``tette közzéaz``).
GLUED_PREVERBS = frozenset(
    {
        "ki", "be", "le", "fel", "föl", "el", "meg", "át", "rá", "szét", "össze", "vissza",
        "közzé", "alá", "elő", "oda", "haza", "neki", "végig", "tovább", "létre",
    }
)  # fmt: skip
#: The length of the longest glued preverb (``vissza``, ``tovább``).
PREVERB_MAX = max(map(len, GLUED_PREVERBS))
#: Heads of place names written together with a name (``Csehország``, ``Székelyföld``,
#: ``Temesvár``, ``Szenteste``): a name before them is no glue.
PLACE_HEADS = (
    "ország", "föld", "vár", "falu", "falv", "hely", "megye", "hegy", "sziget", "háza", "kapu",
    "este", "alj",
)  # fmt: skip
#: How often a form ending in a vowel must be seen before an ``a`` glued after it is
#: taken for the article (``mondta|a``).
GLUED_ARTICLE_MIN = 20
#: The shortest run an ``a`` glued on is cut from (``írta|a``).
GLUED_ARTICLE_RUN = 5
#: How often a word must be seen before a name no list knows is cut off it.
NEW_NAME_WORD_MIN = 10
_VOWELS = frozenset("aáeéiíoóöőuúüű")
#: Numerals that ``egy`` joins as one word (``nyolcvanegy``).
_TENS = ("tíz", "húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven")
#: Starts of relative pronouns that are ``a`` + a question word (``amelyikkel``, ``amekkora``).
_RELATIVE_STARTS = ("mely", "mekk", "mi", "ki")


def glue_split(piece: str, forms: Mapping[str, int]) -> int | None:
    """Where a run of letters glued from two words splits (see the module docstring), or
    None. Of several places, the one whose rarer half is the more common form wins; a plural
    or possessive, or a name, not in ``forms`` is cut off only where no other place fits."""
    word = piece.lower()
    if not forms or not word.isalpha():
        return None
    for article in ARTICLES:
        stem = word[: -len(article)]
        if piece.islower() and word.endswith(article) and stem in GLUED_PREVERBS:
            return len(word) - len(article)
        if (
            piece.islower()
            and word.endswith(article)
            and word not in forms
            and (stem in GLUED_AFTER or stem in GLUED_BEFORE)
        ):
            # ``hogya``, ``szerinta``, ``ésa``: a function word with the article glued on
            # (``utána``, ``mára`` are words of their own, seen in the forms).
            return len(stem)
    if (
        piece.islower()
        and len(word) >= GLUED_ARTICLE_RUN
        and word.endswith("a")
        and word[-2:-1] in ("a", "e")
        and word not in forms
        and forms.get(word[:-1], 0) >= GLUED_ARTICLE_MIN
    ):
        # ``mondtaa``, ``idéztea``: no Hungarian word ends in ``aa``, and a common form
        # ending in a vowel with one more ``a`` that is no word form is the article glued on.
        return len(word) - 1
    if len(word) < 5 or word in forms:
        return None
    capital = piece[0].isupper()
    if capital and not piece[1:].islower():
        return None
    cut = _best_cut(
        word,
        lambda left, right: min(forms.get(left, 0), forms.get(right, 0)),
        lambda left, right: _glued(left, right, forms, capital),
    )
    if cut is None and capital:
        cut = _best_cut(
            word,
            lambda left, right: 0 if left in forms else forms.get(right, 0),
            lambda left, right: _glued_after_new_name(left, right, forms),
        )
    if cut is None and capital:
        cut = _best_cut(
            word,
            lambda left, right: forms.get(right, 0),
            lambda left, right: _glued_after_case(left, right, forms),
        )
    elif cut is None:
        cut = _best_cut(
            word,
            lambda left, right: min(forms.get(left[:-2], 0), forms.get(right, 0)),
            lambda left, right: _glued_after_plural(left, right, forms),
        )
    return cut


def _best_cut(
    word: str, seen: Callable[[str, str], int], glued: Callable[[str, str], bool]
) -> int | None:
    """The place in ``word`` with the most ``seen`` halves that ``glued`` accepts."""
    best: tuple[int, int] | None = None
    for cut in range(1, len(word) - 1):
        left, right = word[:cut], word[cut:]
        count = seen(left, right)
        if count == 0 or (best is not None and count <= best[0]):
            continue
        if glued(left, right):
            best = (count, cut)
    return best[1] if best else None


def _glued(left: str, right: str, forms: Mapping[str, int], capital: bool) -> bool:
    if right in GLUED_AFTER and len(left) >= 3:
        if right == "egy" and left.endswith(_TENS):
            return False
        return not (capital and right == "is")
    if left in GLUED_BEFORE and forms.get(right, 0) >= 2:
        if capital and left not in ("a", "az"):
            return False
        if len(left) <= 2:
            return len(right) >= 5 and not (left == "a" and right.startswith(_RELATIVE_STARTS))
        return len(right) >= 3
    if capital:
        return (
            left.capitalize() in forms
            and len(left) >= 4
            and len(right) >= 4
            and forms.get(right, 0) >= 2
            and right.capitalize() not in forms
            and not right.startswith(PLACE_HEADS)
        )
    return (
        len(left) >= 5
        and len(right) >= 4
        and left.endswith(CASE_ENDINGS)
        and forms.get(right, 0) >= 2
    )


def _glued_after_plural(left: str, right: str, forms: Mapping[str, int]) -> bool:
    """Whether ``left`` is a plural or possessive (``csapás|ok``, ``miniszterelnök|ei``) of a
    stem of six letters or more and ``right`` a word (the stem's count is checked by the
    caller)."""
    return (
        left.endswith(PLURAL_ENDINGS)
        and len(left) >= 8
        and len(right) >= 4
        and forms.get(right, 0) >= 2
    )


def _glued_after_new_name(left: str, right: str, forms: Mapping[str, int]) -> bool:
    """Whether a foreign name ``forms`` does not know (``Kowalczyk``) is glued to a common
    word. Hungarian words and names are mostly known, and an unknown run with an accent is
    rather an inflected or compound word cut in the wrong place (``Csinosí|tettem``); a word
    after it starting with a vowel may be its case suffix (``Debrec|ennek``)."""
    return (
        len(left) >= 5
        and left.isascii()
        and len(right) >= 5
        and right[0] not in _VOWELS
        and forms.get(right, 0) >= NEW_NAME_WORD_MIN
        and right.capitalize() not in forms
        and not right.startswith(PLACE_HEADS)
        and not any(left[:cut] in forms and left[cut:] in forms for cut in range(3, len(left) - 2))
    )


#: Case endings a name glued to the next word may end in (``Telexhez|eljuttatott``).
NAME_CASE_ENDINGS = (
    "hez", "hoz", "höz", "nak", "nek", "ban", "ben", "ból", "ből", "ról", "ről", "tól", "től",
    "val", "vel", "nál", "nél", "ért",
)  # fmt: skip
#: The shortest word glued after a case-suffixed name that is cut off.
CASE_GLUE_WORD = 6


def _glued_after_case(left: str, right: str, forms: Mapping[str, int]) -> bool:
    """Whether a name with a case ending (``Telexhez``) is glued to a common word NerKor has,
    however rarely (``eljuttatott``): a name ends at its case ending, so a known word after
    one is the next word."""
    return (
        left.endswith(NAME_CASE_ENDINGS)
        and len(left) - 3 >= 3
        and len(right) >= CASE_GLUE_WORD
        and forms.get(right, 0) > 0
        and right.capitalize() not in forms
    )


def tune_tokenizer(nlp: Any, forms: Mapping[str, int] | None = None) -> None:
    """Add the capitalised forms of the tokenizer's abbreviations as special cases, and split
    glued words (lower-case glue by ``forms``, the shipped NerKor word forms by default)."""
    tokenizer = nlp.tokenizer
    finditer = tokenizer.infix_finditer
    if finditer is not None and not getattr(finditer, "splits_glued_words", False):
        if forms is None:
            from kronika.nlp.wordforms import load_wordforms

            forms = load_wordforms()
        tokenizer.infix_finditer = _with_glued_words(finditer, forms)
    for orth in list(tokenizer.rules or {}):
        if len(orth) > 2 and orth.endswith(".") and orth[:-1].isalpha() and orth.islower():
            capital = orth[0].upper() + orth[1:]
            if capital not in tokenizer.rules:
                tokenizer.add_special_case(capital, [{ORTH: capital}])


def _with_glued_words(
    finditer: Callable[[str], Iterable[Any]], forms: Mapping[str, int]
) -> Callable[[str], list[Any]]:
    """spaCy's infix matches of a piece, with a glued-word boundary first when it has one."""

    def find(text: str) -> list[Any]:
        article = glued_article(text, forms)
        if article is None:
            article = glued_preverb(text, forms)
        if article is not None:
            # ``azUkrajnaelleni``, ``megUkrajnapénzügyi``: the article or the preverb, then
            # whatever the rest splits into.
            rest = find(text[article:])
            shifted = [_Shifted(m.start() + article, m.end() + article) for m in rest]
            return [_Boundary(article), *shifted]
        found = list(finditer(text))
        boundaries = _glued_then_split(text, forms) or (
            hyphen_part_boundaries(text)
            or acronym_article_boundaries(text)
            or _capital_then_split(text, forms)
            or dash_boundaries(text, forms)
            or attribution_boundaries(text, forms)
            or colon_quote_boundaries(text)
        )
        if not boundaries and not found:
            cut = glue_split(text, forms)
            if cut is None and "-" in text:
                cut = hyphen_tail_split(text, forms)
            boundaries = [_Boundary(cut)] if cut is not None else []
        if boundaries and not any(m.start() <= boundaries[0].position < m.end() for m in found):
            found = sorted([*found, *boundaries], key=lambda m: m.start())
        after = _glued_after_punctuation(text, found)
        if after:
            found = sorted([*found, *after], key=lambda m: m.start())
        return _with_question_particles(text, found)

    find.splits_glued_words = True  # type: ignore[attr-defined]
    return find


#: The sublative endings (onto, ``-ra``, ``-re``) that may end the last part of a hyphenated
#: word glued to the next word (``NATO-csúcsra|utalt``).
SUBLATIVE_ENDINGS = ("ra", "re")


def hyphen_tail_split(text: str, forms: Mapping[str, int]) -> int | None:
    """Where a hyphenated word whose last part is glued to the next word splits
    (``NATO-csúcs|óta``, ``Facebook-posztjában|ugyanis``, ``NATO-csúcsra|utalt``): the last
    part splits as :func:`glue_split` splits a word, or after a known form ending in
    ``-ra``/``-re`` before a known word of four letters or more. The part after a hyphen is
    a whole word (a compound's parts are written together after it), so a sublative there
    ends it, unless what comes before the ending is a preverb (``EU-előre|lépés`` is a
    compound with the adverb ``előre``); between two plain words the same cut would split
    compounds (``hátra|menet``). On NerKor's devel and test text (3,425 hyphenated tokens)
    neither cut fires."""
    head, hyphen, last = text.rpartition("-")
    if not head or len(last) < 5 or not last.isalpha() or not last.islower():
        return None
    if last in forms or text.lower() in forms:
        return None
    cut = glue_split(last, forms)
    if cut is None:
        cut = _best_cut(
            last,
            lambda left, right: min(forms.get(left, 0), forms.get(right, 0)),
            lambda left, right: (
                len(left) >= 5
                and len(right) >= 4
                and left.endswith(SUBLATIVE_ENDINGS)
                and left[:-2] not in GLUED_PREVERBS
                and forms.get(right, 0) >= 2
            ),
        )
    return None if cut is None else len(head) + len(hyphen) + cut


def _glued_then_split(text: str, forms: Mapping[str, int]) -> list[_Boundary]:
    """:func:`glued_boundaries`, and where the capitalised rest splits by
    :func:`glue_split` when it is glued itself (``akadályozzaUkrajnauniós`` → ``akadályozza``
    ``Ukrajna`` ``uniós``)."""
    return _rest_split(text, glued_boundaries(text), forms)


def _capital_then_split(text: str, forms: Mapping[str, int]) -> list[_Boundary]:
    """:func:`capital_boundaries`, and where the capitalised rest splits by
    :func:`glue_split` when it is glued itself (``DonaldTrumpelnök`` → ``Donald`` ``Trump``
    ``elnök``)."""
    return _rest_split(text, capital_boundaries(text, forms), forms)


def _rest_split(
    text: str, boundaries: list[_Boundary], forms: Mapping[str, int]
) -> list[_Boundary]:
    """``boundaries`` with one more where the rest after the first splits by
    :func:`glue_split`."""
    if boundaries:
        start = boundaries[0].position
        rest = text[start:]
        cut = glue_split(rest, forms) if rest.isalpha() else None
        if cut is not None:
            boundaries.append(_Boundary(start + cut))
    return boundaries


#: Punctuation a scrape glues words to (``bejelentette:megtagadjaThierry``).
_GLUE_PUNCTUATION = frozenset(":;,!?")


def _glued_after_punctuation(text: str, found: Sequence[Any]) -> list[_Boundary]:
    """Where a glued capital starts a word in the part of a piece after an infix punctuation
    mark (``bejelentette:megtagadjaThierry``, ``tették,mondtaTrump``), as
    :func:`glued_boundaries` finds at the start of a piece."""
    return [
        _Boundary(match.end() + boundary.position)
        for match in found
        if text[match.start() : match.end()] in _GLUE_PUNCTUATION
        for boundary in glued_boundaries(text[match.end() :])
    ]


def _with_question_particles(text: str, found: list[Any]) -> list[Any]:
    """``found`` with a boundary before each question particle ``-e`` that ends a word an
    infix split off (``áll-e.Az`` → ``áll``, ``-e``, ``.``, ``Az``): spaCy splits ``-e`` as a
    suffix of the whole piece only, and a sentence glued to the next hides it."""
    extra = [
        _Boundary(match.start() - 2)
        for match in found
        if match.start() >= 3
        and text[match.start() - 2 : match.start()] == "-e"
        and text[match.start() - 3] in _LOWER
    ]
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda m: m.start())
