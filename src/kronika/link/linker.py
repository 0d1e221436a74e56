"""Link an article's mentions to knowledge-base entities or to stable local NIL ids.

Each mention is tried against the index in a fixed order, and the first rule that finds an
entity records itself in ``Mention.rule``:

``coref``
    a one-word person name after (or, in a headline, before) a full name in the same article:
    ``Koc`` after ``Alekszandr Koc``; the earlier full mention's entity wins over the KB, so an
    unknown ``Kovács János`` and a later ``Kovács`` share one NIL id.
``exact`` / ``inflection``
    the surface, or its dictionary form (the NLP lemma, the stem the morphologizer's case
    implies, or any stem of :func:`~kronika.lang.hu.stem_candidates`), is a KB name or alias.
``acronym``
    an upper-case surface spells the initials of an organisation's name.
``partial-name``
    a family name alone (``Putyin`` → Vlagyimir Putyin), taken only when one person is clearly
    the one news means by it (the only curated bearer, or the only one holding a high office
    on the article's date); or given name + family name where the given name agrees.
``fuzzy``
    one edit away from a single long name, and not itself a known name (``Wikoff`` →
    Witkoff; ``Trumpf`` is never Trump, whose name is too short to be fuzzed).
``demonym``
    a lower-case place adjective (``grönlandi`` → Greenland).
``metonymy:<id>``
    a seat of government or a capital acting as a government (``Moszkva … dolgozik``,
    ``a Kreml szerint``): ``entity_id`` stays the place (Q649) and the rule names the
    government it stands for (``metonymy:Q159``), so "the place" and "the actor" are both
    recoverable; ``a Kremlben`` (a location) keeps the rule of its name match.
``nil``
    nothing matched: ``nil:<article id>:<folded dictionary form>``.
``acronym-member``
    a plural noun an organisation's acronym derives for its members (``a TEK-esek``, ``a
    NATO-sok``), a mention the linker adds when the NER missed it: the members act as the
    body, as ``a rendőrök`` do for the police.
``coref-untagged``
    a person's family name the NER left out (``Kovácsot`` after ``Kovács Anna``; ``Kovács
    Anna`` again, when the NER missed the full name the second time), a mention the linker
    adds with the entity of the full name before it: the person acts and speaks there as
    well.

Role descriptions (``az ukrán elnök``) are new mentions made by
:mod:`kronika.link.descriptions` after the names are linked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from kronika.kb.index import (
    MIN_FUZZY_LENGTH,
    NIL_PREFIX,
    KbIndex,
    edit_distance_at_most_one,
    family_names,
    fold,
    given_names,
    nil_id,
    transcription_key,
)
from kronika.lang.hu import CASE_SUFFIXES, stem_candidates, strip_case
from kronika.link.descriptions import RULE as DESCRIPTION_RULE
from kronika.link.descriptions import find_descriptions
from kronika.link.tokens import TokenView
from kronika.types import Article, Entity, EntityType, Mention, Token

_COMPATIBLE_TYPES: dict[str, frozenset[EntityType]] = {
    "PER": frozenset({EntityType.PERSON}),
    "LOC": frozenset(
        {EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.PLACE}
        | {EntityType.FACILITY}
    ),
    "ORG": frozenset({EntityType.ORGANISATION, EntityType.FACILITY, EntityType.COUNTRY}),
}
_PLACE_TYPES = _COMPATIBLE_TYPES["LOC"]
#: The rule of the member mentions the linker adds (``a TEK-esek``).
MEMBER_RULE = "acronym-member"
#: The rule of the family-name mentions the linker adds where the NER missed a person named
#: in full earlier in the article (``Kovácsot`` after ``Kovács Anna``).
UNTAGGED_RULE = "coref-untagged"
#: The rules of the mentions linking adds to the NER's: linking again starts without them.
_ADDED_RULES = (DESCRIPTION_RULE, MEMBER_RULE, UNTAGGED_RULE)
# How sure each rule is before ambiguity is taken into account.
_BASE_CONFIDENCE = {
    "exact": 0.97,
    "inflection": 0.93,
    "acronym": 0.85,
    "partial-name": 0.8,
    "fuzzy": 0.6,
    "demonym": 0.7,
    MEMBER_RULE: 0.8,
    UNTAGGED_RULE: 0.85,
}
NIL_CONFIDENCE = 0.5
_MAX_ACRONYM = 6
_MIN_GLUED_STEM = 5
_NAME_RULES = frozenset({"exact", "inflection"})
# A surname shared by several people is given to one only when its prior is this much higher.
_SURNAME_MARGIN = 2.0
# A lone surname names a person only if that person is this prominent (curated or in office).
_SURNAME_MIN_PRIOR = 1.5
_QUOTES = "\"'„”“«»‘’()[]"
# Scraped pages lose the space between words: "mondtaVolodimir", "aReuters".
_GLUED_PREFIX = re.compile(r"^[a-záéíóöőúüű–-]+(?=[A-ZÁÉÍÓÖŐÚÜŰ])")
_CAMEL_GLUE = re.compile(r"(?<=[a-záéíóöőúüű]{3})(?=[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű])")
_WORD = re.compile(r"\S+")
# A word that may be a family name written alone: a capital, then lower-case letters.
_SURNAME_WORD = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]{2,}")
# A word that is a lower-case article glued to a name: "aReuters", "azEuronews".
_ARTICLE_LED = re.compile(r"^az?(?=[A-ZÁÉÍÓÖŐÚÜŰ])")
_WEB_SUFFIX = re.compile(r"\.(hu|com|org|net|eu)$")
# Predicate adjectives that take an infinitive and make their subject an actor
# ("Moszkva kész … befizetni").
_ACTING_ADJECTIVES = frozenset({"kész", "hajlandó", "képes", "nyitott"})
_NON_ACTING_VERBS = frozenset({"van", "található", "fekszik"})
# Adjectives that turn the names before them into a relation, not an actor ("Kijev és
# Washington közötti megállapodás").
_RELATIONAL_ADJECTIVES = frozenset(
    {"közötti", "közti", "elleni", "felé", "iránti", "melletti", "környéki", "közeli"}
)
# An acronym an article may define in parentheses after a name ("(IRC)").
_DEFINED_ACRONYM = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰ]{2,6}")
#: A plural member noun derived from an acronym, with any case ending: ``TEK-esek``,
#: ``TEK-eseket``, ``NATO-sok``, ``FBI-osokkal``. The singular (``TEK-es``) is mostly an
#: adjective (``a TEK-es akció``) and is left to the NER.
_MEMBER_NOUN = re.compile(
    r"(?P<acronym>[A-ZÁÉÍÓÖŐÚÜŰ]{2,6})-(?:[aeoöó]?s)(?:ok|ek|ök|ak)(?:[a-záéíóöőúüű]*)"
)
#: The country whose press this is: its capital acting is the city, not the government.
HOME_COUNTRY = "Q28"


@dataclass(frozen=True, slots=True)
class Link:
    """The outcome of linking one mention."""

    entity_id: str
    confidence: float
    rule: str
    #: The dictionary form the mention was found under when that is not its surface
    #: (``Mark Ruttét`` → ``Mark Rutte``): the mention's lemma from then on.
    form: str | None = None


@dataclass(slots=True)
class _Antecedents:
    """Full person names seen in the article, by surname, for coreference."""

    by_surname: dict[str, list[tuple[int, Link]]] = field(default_factory=dict)

    def add(self, key: str, start: int, link: Link) -> None:
        # Keyed as transcribed: "Vucsics" follows "Aleksandar Vučić" (folded "vucic").
        self.by_surname.setdefault(transcription_key(key), []).append((start, link))

    def find(self, key: str, start: int) -> Link | None:
        """The nearest earlier full mention with this surname, else the first later one."""
        earlier = self.before(key, start)
        if earlier is not None:
            return earlier[1]
        seen = self.by_surname.get(transcription_key(key))
        return seen[0][1] if seen else None

    def before(self, key: str, start: int) -> tuple[int, Link] | None:
        """The nearest full mention with this surname before ``start``: its offset, its link."""
        earlier = [
            (offset, link)
            for offset, link in self.by_surname.get(transcription_key(key), ())
            if offset < start
        ]
        return earlier[-1] if earlier else None


def link_mentions(article: Article, index: KbIndex) -> tuple[Mention, ...]:
    """The article's mentions with ``entity_id``, ``confidence`` and ``rule`` set, plus the
    role descriptions (``az orosz elnök``) found in its tokens, ordered by position.

    ``entity_id`` is a KB id or ``nil:<article id>:<folded name>``, the same for every mention
    of one unknown name in the article. See the module docstring for the rules.
    """
    day = article.date.value if article.date else None
    view = TokenView.of(article.tokens)
    # Linking again (a re-run, an updated KB) starts from the NER mentions alone: descriptions
    # a previous run added are found again, and old links must not steer the new ones.
    mentions = sorted(
        (
            _without_glue(article, replace(m, entity_id=None, confidence=None, rule=None), index)
            for m in article.mentions
            if m.rule not in _ADDED_RULES
        ),
        key=lambda m: (m.start, m.end),
    )
    mentions = sorted(
        (part for mention in mentions for part in _unmerged(article, mention, index)),
        key=lambda m: (m.start, m.end),
    )
    mentions = _grown(article, mentions, index, view)
    antecedents = _collect_antecedents(article, mentions, index, day, view)
    linked = []
    for mention in mentions:
        link = _link_one(article, mention, index, day, view, antecedents)
        linked.append(
            _relabelled(
                replace(
                    mention,
                    entity_id=link.entity_id,
                    confidence=link.confidence,
                    rule=link.rule,
                    lemma=link.form or mention.lemma,
                ),
                index,
            )
        )
    linked = _with_inflected_unknowns(article, linked)
    linked = _with_defined_acronyms(article, linked)
    linked = _with_member_mentions(article, linked, index, day, view)
    linked = _with_untagged_surnames(article, linked, antecedents, index, view)
    described = find_descriptions(article, linked, index, day, view)
    return tuple(sorted((*linked, *described), key=lambda m: (m.start, m.end)))


def _with_member_mentions(
    article: Article, linked: list[Mention], index: KbIndex, day: dt.date | None, view: TokenView
) -> list[Mention]:
    """The mentions plus those of an organisation by the plural noun its acronym derives for
    its members (``akit a TEK-esek fogtak el``): the NER rarely tags such a word, or tags it
    as an unknown name, and the members act for the body. Only an acronym the KB gives an
    organisation counts; a NIL mention of exactly that word gives way."""
    found = []
    for token in view.tokens:
        if token.pos not in ("NOUN", "PROPN"):
            continue
        surface = article.text[token.start : token.end]
        match = _MEMBER_NOUN.fullmatch(surface)
        if match is None or any(
            m.start < token.end
            and token.start < m.end
            and not ((m.start, m.end) == (token.start, token.end) and _is_nil(m))
            for m in linked
        ):
            continue
        acronym = match.group("acronym")
        named = _same_capitals(acronym, index.full.get(fold(acronym), ()), index)
        ids = [
            i
            for i in (*named, *index.acronyms.get(acronym, ()))
            if index.entities[i].type is EntityType.ORGANISATION
        ]
        if not ids:
            continue
        link = _choose(ids, MEMBER_RULE, "ORG", index, day)
        found.append(
            Mention(
                token.start,
                token.end,
                "ORG",
                acronym,
                entity_id=link.entity_id,
                confidence=link.confidence,
                rule=MEMBER_RULE,
            )
        )
    if not found:
        return linked
    replaced = {(m.start, m.end) for m in found}
    return sorted(
        (*(m for m in linked if (m.start, m.end) not in replaced), *found),
        key=lambda m: (m.start, m.end),
    )


def _with_untagged_surnames(
    article: Article,
    linked: list[Mention],
    antecedents: _Antecedents,
    index: KbIndex,
    view: TokenView,
) -> list[Mention]:
    """The mentions plus the family names of people named in full earlier that the NER left
    untagged (``Kovács akkor még miniszter volt`` after ``Kovács Anna``), with the full
    name's entity: a word written with a capital, with any case ending, that is the family
    name of the nearest earlier full person name (of a name the KB does not know, either
    end, whose order is unknown). When the given name follows (``Kovács Anna`` again), the
    mention takes it in.

    A capital at the start of a sentence (or of a quote) is no sign of a name, so there the
    tagger must call the word a proper noun (``Magyar`` of ``Magyar Péter`` is mostly the
    adjective there). A capital word beside it, other than the given name, makes it part of
    another name (``Kovács Intézet``); and a word the KB knows as a name of something else stays
    unlinked (``Washington`` after ``George Washington``)."""
    covered = {i for m in linked for i in view.within(m.start, m.end)}
    firsts = {_first_word(view, sentence.start) for sentence in article.sentences}
    by_start = {m.start: m for m in linked}
    found: list[Mention] = []
    for i, token in enumerate(view.tokens):
        surface = article.text[token.start : token.end]
        if (
            i in covered
            or not _SURNAME_WORD.fullmatch(surface)
            or (i in firsts and token.pos != "PROPN")
        ):
            continue
        for form in dict.fromkeys([surface, *(r.stem for r in stem_candidates(surface)[1:])]):
            antecedent = antecedents.before(fold(form), token.start)
            if antecedent is None:
                continue
            offset, link = antecedent
            named = index.full.get(fold(form), ())
            full = by_start.get(offset)
            span = _untagged_span(article, view, i, form, full.lemma if full else "", firsts)
            if (named and link.entity_id not in named) or span is None:
                break
            first, last, lemma = span
            if covered.intersection(range(first, last + 1)):
                break
            found.append(
                Mention(
                    view.tokens[first].start,
                    view.tokens[last].end,
                    "PER",
                    lemma,
                    entity_id=link.entity_id,
                    confidence=min(_BASE_CONFIDENCE[UNTAGGED_RULE], link.confidence),
                    rule=UNTAGGED_RULE,
                )
            )
            covered.update(range(first, last + 1))
            break
    if not found:
        return linked
    return sorted((*linked, *found), key=lambda m: (m.start, m.end))


def _untagged_span(
    article: Article, view: TokenView, i: int, form: str, name: str, firsts: set[int]
) -> tuple[int, int, str] | None:
    """The tokens of an untagged family name at ``i`` read as ``form`` and its lemma: the
    word alone, or with the given name of the full ``name`` beside it (``Kovács Anna``,
    ``Anna Kovácsnak``); None when another capital word stands beside it."""
    before, after = view.get(i - 1), view.get(i + 1)
    folded = fold(name)
    first, last, lemma = i, i, form
    if _capitalised(article, after) and after is not None:
        word = article.text[after.start : after.end]
        stems = [word, *(r.stem for r in stem_candidates(word)[1:])]
        if folded not in {fold(f"{form} {stem}") for stem in stems}:
            return None
        last, lemma = i + 1, name
    if _capitalised(article, before) and before is not None and i not in firsts:
        given = article.text[before.start : before.end]
        if folded != fold(f"{given} {form}") or last != i:
            return None
        first, lemma = i - 1, name
    return first, last, lemma


def _first_word(view: TokenView, start: int) -> int:
    """The index of a sentence's first word, past an opening quote or dash."""
    index = view.after(start)
    while index < len(view.tokens) and view.tokens[index].pos == "PUNCT":
        index += 1
    return index


def _capitalised(article: Article, token: Token | None) -> bool:
    return token is not None and article.text[token.start : token.start + 1].isupper()


def _is_nil(mention: Mention) -> bool:
    return mention.entity_id is None or mention.entity_id.startswith(NIL_PREFIX)


def _relabelled(mention: Mention, index: KbIndex) -> Mention:
    """The mention labelled ORG when the NER called an organisation the KB knows a place or
    a miscellaneous name (``írja a Reutersaz``, tagged LOC): what it names decides whether it
    can speak, act or be quoted."""
    entity = index.entity(mention.entity_id) if mention.entity_id else None
    if (
        entity is not None
        and entity.type is EntityType.ORGANISATION
        and mention.label in ("LOC", "MISC")
    ):
        return replace(mention, label="ORG")
    return mention


def _with_inflected_unknowns(article: Article, linked: list[Mention]) -> list[Mention]:
    """An unknown name inflected (``Greta Thunberget``) is the unknown name the article
    also writes bare (``Greta Thunberg``): one NIL id and that dictionary form, so its case
    ending shows (here the accusative: Thunberg is arrested, not arresting)."""
    bare = {
        fold(m.lemma): m
        for m in linked
        if _is_nil(m) and m.lemma and fold(m.lemma) == fold(article.text[m.start : m.end])
    }
    if not bare:
        return linked
    out = []
    for mention in linked:
        surface = article.text[mention.start : mention.end]
        if _is_nil(mention) and fold(mention.lemma or surface) == fold(surface):
            *words, last = surface.split(" ")
            for reading in stem_candidates(last)[1:]:
                other = bare.get(fold(" ".join([*words, reading.stem])))
                if other is not None and other.label == mention.label:
                    mention = replace(mention, entity_id=other.entity_id, lemma=other.lemma)
                    break
        out.append(mention)
    return out


def _with_defined_acronyms(article: Article, linked: list[Mention]) -> list[Mention]:
    """Unknown acronyms the article defines: ``Oroszországi Nyomozó Bizottság (IRC)``
    makes every ``IRC`` that the KB does not know the body named before the parenthesis,
    so ``tette hozzá az IRC`` names it (rule ``acronym-defined``). The letters need not be
    the name's initials: a translated name keeps the original's acronym (Investigative
    Committee → IRC)."""
    text = article.text
    defined: dict[str, Mention] = {}
    for before, mention in pairwise(linked):
        surface = text[mention.start : mention.end]
        if (
            before.label == "ORG"
            and before.entity_id
            and _DEFINED_ACRONYM.fullmatch(surface)
            and text[before.end : mention.start] == " ("
            and text[mention.end : mention.end + 1] == ")"
        ):
            defined.setdefault(surface, before)
    if not defined:
        return linked
    out = []
    for mention in linked:
        full = defined.get(text[mention.start : mention.end])
        if full is not None and (mention.entity_id or "").startswith(NIL_PREFIX):
            mention = replace(
                mention,
                entity_id=full.entity_id,
                confidence=full.confidence,
                rule="acronym-defined",
            )
        out.append(mention)
    return out


#: Words that open Hungarian sentences and are never part of a name: the NER sometimes takes
#: one into the capitalised name after it.
SENTENCE_OPENERS = frozenset(
    {
        "miközben", "mivel", "ezért", "azért", "majd", "korábban", "később", "azonban",
        "ugyanakkor", "szerinte", "ahogy", "amikor", "hiszen", "tehát", "így", "sőt", "viszont",
        "végül", "tegnap", "most", "már", "akkor", "ekkor", "erre", "emellett", "mégis",
        "ráadásul", "közben", "aztán", "utána", "mindeközben", "eközben", "pedig", "és",
    }
)  # fmt: skip


def _without_glue(article: Article, mention: Mention, index: KbIndex) -> Mention:
    """The mention cut to the name it holds when scraping glued a neighbouring word into its
    span: a lower-case word before it (``aBillboard``, ``–mondtaVolodimir Zelenszkij``), a
    next word led by a glued article (``Trump aReuters``), or an article glued to the name
    with the next phrase after it (``Vanceaz UnHerdnek``, cut only when ``Vance`` is a known
    name). The span, and with it the speaker span a quote records and the NIL id of an
    unknown name, then covers the name alone."""
    text = article.text
    start, end = mention.start, mention.end
    lemma = mention.lemma
    glued = _GLUED_PREFIX.match(text[start:end])
    if glued and glued.end() < end - start:
        start += glued.end()
        lemma = lemma[glued.end() :] if lemma.startswith(glued.group()) else lemma
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    if len(words) > 1:
        first = text[words[0][0] : words[0][1]]
        if first.lower() in SENTENCE_OPENERS and not index.is_known_name(fold(first)):
            # ``Miközben Trump lazít``: a sentence's opening word the NER took into the name.
            start = words[1][0]
            lemma = lemma[len(first) :].lstrip() if lemma.startswith(first) else lemma
            words = words[1:]
    for k in range(1, len(words)):
        word = text[words[k][0] : words[k][1]]
        if _ARTICLE_LED.match(word):
            end = words[k - 1][1]
            break
        previous = text[words[k - 1][0] : words[k - 1][1]]
        # Only "az" is taken for a glued article here: many names end in "a" (Roberta).
        stem = previous[:-2]
        if (
            previous.endswith("az")
            and len(stem) >= _MIN_GLUED_STEM
            and word[:1].isupper()
            and index.is_known_name(fold(stem))
        ):
            end = words[k - 1][0] + len(stem)
            break
        # "Ruttea berlini beszédében": a lower-case word in a name span follows an article
        # glued to a known name; "a" is taken only when the whole word is no known name.
        for glued_article in ("az", "a"):
            stem = previous[: -len(glued_article)]
            if (
                word[:1].islower()
                and previous.endswith(glued_article)
                and len(stem) >= _MIN_GLUED_STEM
                and index.is_known_name(fold(stem))
                and not index.is_known_name(fold(previous))
            ):
                end = words[k - 1][0] + len(stem)
                break
        if end != mention.end:
            break
    last = text[words[-1][0] : words[-1][1]] if words else ""
    stem = last[:-2]
    if (
        end == mention.end
        and last.endswith("az")
        and len(stem) >= _MIN_GLUED_STEM
        and text[end + 1 : end + 2].islower()
        and index.is_known_name(fold(stem))
        and not index.is_known_name(fold(last))
    ):
        # "írja a Reutersaz alapján": the article of the next phrase glued to the name.
        end = words[-1][0] + len(stem)
    if (start, end) == (mention.start, mention.end):
        return mention
    if end < mention.end:
        lemma = text[start:end]
    return replace(mention, start=start, end=end, lemma=lemma)


#: A regnal or papal numeral opening a name (``XIV. Leó``).
_REGNAL = re.compile(r"^[IVXL]+\.$")


def _unmerged(article: Article, mention: Mention, index: KbIndex) -> tuple[Mention, ...]:
    """The mention split in two when the NER ran an organisation's name into a person's
    after it (``a Fidesz Steiner Attilát indítja``, ``idézte a Reuters XIV. Leó pápát``): the
    span opens with the full name of a KB organisation (and nothing else), the whole span is
    no KB name, and the rest is two or more capitalised words naming a person, a given name
    or a known name at its end (in any case) or a regnal numeral at its start. A hyphenated
    word before the name is cut off it too (:func:`_without_lead_compound`), and a person's
    one-word name run into the next name (:func:`_two_people`)."""
    text = article.text
    words = [
        (m.start() + mention.start, m.end() + mention.start)
        for m in _WORD.finditer(text[mention.start : mention.end])
    ]
    if fold(text[mention.start : mention.end]) in index.full:
        return (mention,)
    if len(words) >= 2:
        parts = (
            _without_lead_compound(article, mention, words, index)
            or _two_people(article, mention, words, index)
            or _two_names(article, mention, words, index)
            or _run_into_named(article, mention, words)
        )
        if parts is not None:
            return parts
    if len(words) < 3:
        return (mention,)
    for cut in range(len(words) - 2, 0, -1):
        ids = index.full.get(fold(text[words[0][0] : words[cut - 1][1]]), ())
        entities = [index.entity(entity_id) for entity_id in ids]
        if not entities or not all(
            e is not None and e.type is EntityType.ORGANISATION for e in entities
        ):
            continue
        rest = [text[a:b] for a, b in words[cut:]]
        if not all(word[:1].isupper() for word in rest):
            return (mention,)
        last = rest[-1]
        person = _REGNAL.match(rest[0]) is not None or any(
            fold(reading.stem) in index.hungarian_given_names
            or fold(reading.stem) in index.surnames
            for reading in stem_candidates(last)
        )
        if not person:
            return (mention,)
        organisation = replace(
            mention, end=words[cut - 1][1], label="ORG", lemma=text[words[0][0] : words[cut - 1][1]]
        )
        named = replace(
            mention, start=words[cut][0], label="PER", lemma=text[words[cut][0] : mention.end]
        )
        return organisation, named
    return (mention,)


#: A capitalised word joined by a hyphen to a lower-case ending or word (``HVG-nek``,
#: ``Facebook-oldalán``, ``NATO-tag``): group 1 is the name, group 2 what follows it.
_LEAD_COMPOUND = re.compile(r"^([A-ZÁÉÍÓÖŐÚÜŰ][^\s-]*)-([a-záéíóöőúüű]+)$")
#: The ends of an adjective made from a name (``Sydney-i``, ``Iszlamofóbia-ellenes``,
#: ``Nobel-díjas``): such a word may open an institution's name (``Közel-keleti Egyházak
#: Tanácsa``), so it is never cut off.
_ADJECTIVE_ENDS = ("i", "s", "ú", "ű")
_CASE_ENDINGS = frozenset(ending for endings in CASE_SUFFIXES.values() for ending in endings)


def _without_lead_compound(
    article: Article, mention: Mention, words: list[tuple[int, int]], index: KbIndex
) -> tuple[Mention, ...] | None:
    """The name after a hyphenated word the NER ran into it, or None when there is none.

    A name with a case ending (``nyilatkozta a HVG-nek Kovács Anna``, ``az AP-nek Carl
    …``) is a mention of its own, unless it is one letter (``írta az X-en Marco Rubio``:
    dropped); a compound common noun (``a Facebook-oldalán Kovács Anna``, ``a NATO-tag
    Amerika``) is no name, so the mention starts after it. The rest must be capitalised
    words; an adjective (``Sydney-i Műszaki Egyetem``) and a KB name are never cut."""
    text = article.text
    first = _LEAD_COMPOUND.match(text[words[0][0] : words[0][1]])
    rest = [text[a:b] for a, b in words[1:]]
    if (
        first is None
        or not all(word[:1].isupper() for word in rest)
        or fold(text[words[0][0] : words[0][1]]) in index.full
    ):
        return None
    ending = first.group(2)
    case_ending = ending in _CASE_ENDINGS
    if not case_ending and ending.endswith(_ADJECTIVE_ENDS):
        return None
    lead = text[words[0][0] : words[1][0]]
    lemma = mention.lemma[len(lead) :] if mention.lemma.startswith(lead) else " ".join(rest)
    person = any(
        fold(reading.stem) in index.hungarian_given_names or fold(reading.stem) in index.surnames
        for reading in stem_candidates(rest[-1])
    )
    named = replace(
        mention, start=words[1][0], lemma=lemma, label="PER" if person else mention.label
    )
    if not case_ending or len(first.group(1)) < 2:
        # A one-letter name (``X-en``) is no name the linker can tell from an initial.
        return (named,)
    name = replace(mention, end=words[0][1], lemma=first.group(1))
    return name, named


def _two_people(
    article: Article, mention: Mention, words: list[tuple[int, int]], index: KbIndex
) -> tuple[Mention, ...] | None:
    """The two mentions a person's span holds when it opens with the whole name of a KB
    person written as one word (``Trump``, ``Putyin``) and goes on with another name (``egy
    fotó, amin Trump Epsteinnel látható``, ``Putyin Ukrajna …``), or None. The rest must
    not name that person again (``Abdul-Hamid Dbeibah``)."""
    if mention.label != "PER":
        return None
    text = article.text
    first = text[words[0][0] : words[0][1]]
    ids = index.full.get(fold(first), ())
    if not ids or not all(
        (entity := index.entity(entity_id)) is not None and entity.type is EntityType.PERSON
        for entity_id in ids
    ):
        return None
    rest = [text[a:b] for a, b in words[1:]]
    if not rest[0][:1].isupper():
        return None
    own_words = {
        fold(part)
        for entity_id in ids
        if (entity := index.entity(entity_id)) is not None
        for name in _names(entity)
        for part in name.split()
    }
    for word in rest:
        for reading in stem_candidates(word):
            stem = fold(reading.stem)
            if stem in own_words or stem in index.hungarian_given_names:
                # ``Putyin Vlagyimir``, ``Orbán Viktor``: the person's own name, family first.
                return None
    person = replace(mention, end=words[0][1], lemma=first)
    lemma = mention.lemma[len(first) :].lstrip() if mention.lemma.startswith(first) else ""
    other = replace(mention, start=words[1][0], lemma=lemma or " ".join(rest))
    known = [index.entity(entity_id) for entity_id in index.full.get(fold(other.lemma), ())]
    if known and all(e is not None and e.type in _PLACE_TYPES for e in known):
        # ``Putyin Ukrajna …``: the name after the person is a place's.
        other = replace(other, label="LOC")
    return person, other


#: Kinds of entity whose whole name may open a span the NER ran into the next name: a
#: city's or a region's (``New``, ``Manchester``, ``Salvador``) opens many a longer name.
_LEADING_NAME_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANISATION, EntityType.COUNTRY})
#: Kinds of entity an organisation's name runs into as its own part (``Amnesty International
#: Magyarország``, ``Fidesz Budapest``: a branch), never a second name.
_BRANCH_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION})
#: Cases of a place where or to which someone is (``Ankarában``, ``Indiába``): a surname
#: that is a place name (``Denzel Washingtonról``) rarely stands in one. The superessive
#: counts for a country only (``Magyarországon``): a name's last letters read as one too
#: often (``Matt Damon``, ``Sean Penn``).
_WHERE_CASES = frozenset({"Ine", "Ade", "Ill"})


def _two_names(
    article: Article, mention: Mention, words: list[tuple[int, int]], index: KbIndex
) -> tuple[Mention, ...] | None:
    """The two mentions a span holds when the NER ran two KB names into one, the second
    with a case ending (``Ukrajna Oroszországgal``, ``Gulyás Gergely Miniszterelnökséget``,
    ``Dmitrij Kozak Moszkvában``), or None.

    The span opens with the whole name of a person, an organisation or a state and goes on
    with capitalised words whose name, the case ending taken off, is another KB name, while
    the span read as one name is none (``New Yorkban``, ``Los Angelesben`` stay whole). An
    organisation's name before a place's is its branch (``Amnesty International
    Magyarországon``) and stays whole too. A person the KB does not know may end in a KB
    place where they are (``Nuno Loureiro Portugáliában``, ``Macron Abu-Dzabiban``)."""
    if mention.label not in _COMPATIBLE_TYPES:
        return None
    text = article.text
    parts = [text[a:b] for a, b in words]
    if any(
        fold(" ".join([*parts[:-1], reading.stem])) in index.full
        for reading in stem_candidates(parts[-1])
    ):
        return None
    for cut in range(1, len(words)):
        left = [index.entity(i) for i in index.full.get(fold(" ".join(parts[:cut])), ())]
        if not left or not all(e is not None and e.type in _LEADING_NAME_TYPES for e in left):
            continue
        if not all(word[:1].isupper() for word in parts[cut:]):
            return None
        for reading in stem_candidates(parts[-1]):
            name = " ".join([*parts[cut:-1], reading.stem])
            right = [index.entity(i) for i in index.full.get(fold(name), ())]
            if reading.case == "Nom" or not right or any(e is None for e in right):
                continue
            right_types = {e.type for e in right if e is not None}
            if any(e is not None and e.type is EntityType.ORGANISATION for e in left) and (
                right_types & _BRANCH_TYPES
            ):
                return None
            label = (
                "PER"
                if right_types == {EntityType.PERSON}
                else "LOC"
                if right_types <= _PLACE_TYPES
                else "ORG"
            )
            first = replace(mention, end=words[cut - 1][1], lemma=" ".join(parts[:cut]))
            second = replace(mention, start=words[cut][0], label=label, lemma=name)
            return first, second
        return None
    if (
        mention.label == "PER"
        and len(parts) >= 2
        and parts[-1][:1].isupper()
        # One word alone must be a name the KB knows as part of one (``Macron Abu-Dzabiban``,
        # not a capitalised ``Magánúton Indiába`` glued after a headline).
        and (len(parts) > 2 or index.is_known_name(fold(parts[0])))
    ):
        # ``Kovács Béla Moszkvában``: a person the KB does not know, where they are.
        for reading in stem_candidates(parts[-1]):
            places = [index.entity(i) for i in index.full.get(fold(reading.stem), ())]
            if (
                places
                and all(e is not None and e.type in _PLACE_TYPES for e in places)
                and (
                    reading.case in _WHERE_CASES
                    or (
                        reading.case == "Sup"
                        and all(e is not None and e.type is EntityType.COUNTRY for e in places)
                    )
                )
            ):
                person = replace(mention, end=words[-2][1], lemma=" ".join(parts[:-1]))
                place = replace(mention, start=words[-1][0], label="LOC", lemma=reading.stem)
                return person, place
    return None


def _run_into_named(
    article: Article, mention: Mention, words: list[tuple[int, int]]
) -> tuple[Mention, ...] | None:
    """The two mentions of a span where the NER ran an organisation's name into the next
    one, which the KB does not know but the article names on its own elsewhere (``a Kovax
    Petrolinnal folytatott tárgyalás`` beside ``a Petrolin``), or None: the span's last word
    has a case ending, its stem is the whole of another organisation mention, and every word
    before it has a capital. The ending shows the two are in different roles; a bare last
    word may be part of one name (``Petrolin Trade``). A person's name keeps its family name
    whatever else the article calls by it (``Anna Kovácsnak`` beside ``Kovács``)."""
    text = article.text
    parts = [text[a:b] for a, b in words]
    if mention.label != "ORG" or not all(part[:1].isupper() for part in parts):
        return None
    # (The NER's own mentions: those a previous linking added must not steer this one.)
    alone = {
        fold(text[m.start : m.end])
        for m in article.mentions
        if m.label == mention.label
        and (m.start, m.end) != (mention.start, mention.end)
        and m.rule not in _ADDED_RULES
    }
    # (Every reading after the first has a case ending.)
    for reading in stem_candidates(parts[-1])[1:]:
        if fold(reading.stem) not in alone:
            continue
        first = replace(mention, end=words[-2][1], lemma=" ".join(parts[:-1]))
        second = replace(mention, start=words[-1][0], lemma=reading.stem)
        return first, second
    return None


def _grown(
    article: Article, mentions: list[Mention], index: KbIndex, view: TokenView
) -> list[Mention]:
    """Mentions that grow over a capitalised word the NER left out before them when the two
    together are a KB name: ``Vitályos`` + ``Eszter`` → ``Vitályos Eszter``, where the given
    name alone would become an unknown person."""
    covered = {i for m in mentions for i in view.within(m.start, m.end)}
    grown = []
    for mention in mentions:
        first = view.after(mention.start)
        before = view.get(first - 1)
        if (
            before is not None
            and first - 1 not in covered
            and before.pos == "PROPN"
            and article.text[before.end : mention.start] == " "
        ):
            name = article.text[before.start : mention.end]
            if name[:1].isupper() and fold(name) in index.full:
                mention = replace(
                    mention, start=before.start, lemma=f"{before.lemma} {mention.lemma}"
                )
        grown.append(mention)
    return grown


def _collect_antecedents(
    article: Article,
    mentions: Sequence[Mention],
    index: KbIndex,
    day: dt.date | None,
    view: TokenView,
) -> _Antecedents:
    """Link the multi-word person names first, so a later or earlier surname can follow them."""
    antecedents = _Antecedents()
    for mention in mentions:
        words = _clean(article.text[mention.start : mention.end]).split()
        if len(words) < 2 or not words[-1][:1].isupper():
            continue
        link = _link_by_name(article, mention, index, day, view)
        entity = index.entity(link.entity_id)
        is_person = entity.type is EntityType.PERSON if entity else mention.label == "PER"
        if not is_person:
            continue
        if entity is not None:
            keys = family_names(entity)
        else:
            # An unknown name's order is unknown (Kovács János, Jeff Landry): either end may
            # come back alone, and in one article it means the same person.
            lemma_words = fold(mention.lemma).split() or fold(" ".join(words)).split()
            keys = {lemma_words[0], lemma_words[-1]}
        for key in keys:
            antecedents.add(key, mention.start, link)
    return antecedents


def _link_one(
    article: Article,
    mention: Mention,
    index: KbIndex,
    day: dt.date | None,
    view: TokenView,
    antecedents: _Antecedents,
) -> Link:
    surface = _repair(article.text[mention.start : mention.end])
    own = _link_by_name(article, mention, index, day, view)
    if " " not in surface and surface[:1].isupper():
        for form in (*_forms(surface, mention, view), *_without_glued_article(surface)):
            antecedent = antecedents.find(fold(form), mention.start)
            if antecedent is None or not _may_corefer(mention, form, index):
                continue
            # An unknown full name does not hide a surname the KB knows by itself.
            if antecedent.entity_id.startswith(NIL_PREFIX) and own.rule in _NAME_RULES:
                break
            confidence = min(0.95, antecedent.confidence)
            coref = Link(antecedent.entity_id, confidence, "coref", _lemma(form, surface))
            return _with_metonymy(coref, article, mention, index, view)
    return _with_metonymy(own, article, mention, index, view)


def _may_corefer(mention: Mention, form: str, index: KbIndex) -> bool:
    """A surname may follow a person only if it is not a place or body named on its own
    (``Washington`` after ``George Washington`` is still the city when labelled LOC)."""
    if mention.label in ("PER", "MISC"):
        return True
    return fold(form) not in index.full


def _link_by_name(
    article: Article, mention: Mention, index: KbIndex, day: dt.date | None, view: TokenView
) -> Link:
    """The name rules in order (exact/inflection, acronym, partial-name, fuzzy, demonym),
    else a NIL id."""
    surface = _repair(article.text[mention.start : mention.end])
    forms = _forms(surface, mention, view)
    if len(fold(surface)) < 2:
        return Link(nil_id(article, mention), NIL_CONFIDENCE, "nil")
    if surface[:1].isupper() or surface[:1].isdigit():
        for form in forms:
            ids = index.full.get(fold(form))
            if ids:
                ids = _same_capitals(form, ids, index)
            if ids:
                rule = "exact" if form == surface else "inflection"
                return replace(
                    _choose(ids, rule, mention.label, index, day), form=_lemma(form, surface)
                )
        for form in forms:
            ids = index.acronyms.get(form)
            if ids and form.isupper():
                return _choose(ids, "acronym", mention.label, index, day)
        link = _unglued(surface, mention.label, index, day)
        if link:
            return link
        for form in forms:
            link = _partial_name(form, mention.label, index, day)
            if link:
                return link
        for form in forms:
            link = _fuzzy(form, mention.label, index, day)
            if link:
                return link
    else:
        # Lower case is folded only where the KB writes the name so (``dpa``): otherwise
        # "magyar" would be Péter Magyar.
        for form in forms:
            ids = index.full.get(fold(form)) if form in index.written else None
            if ids:
                rule = "exact" if form == surface else "inflection"
                return _choose(ids, rule, mention.label, index, day)
        link = _demonym(surface, mention, index, day)
        if link:
            return link
    return Link(nil_id(article, mention), NIL_CONFIDENCE, "nil")


def _lemma(form: str, surface: str) -> str | None:
    """The lemma a mention takes from the form it was linked under: that form when it is the
    surface without a case ending (``Ruttét`` → ``Rutte``), else None (the NLP lemma stays)."""
    if form == surface or form.split()[:-1] != surface.split()[:-1]:
        return None
    last = surface.split()[-1]
    stem = form.split()[-1]
    return form if any(reading.stem == stem for reading in stem_candidates(last)[1:]) else None


def _same_capitals(form: str, ids: Sequence[str], index: KbIndex) -> tuple[str, ...]:
    """An all-capitals acronym (``USA``) only matches names the KB writes in capitals too,
    never a word that folds to it (the river Usa); and a word not in capitals never matches
    a name the KB has only as a short acronym (``Isten`` read as ``Ist`` + ``-en`` is not the
    airport ``IST``)."""
    if not (form.isupper() and len(form) <= _MAX_ACRONYM):
        key = fold(form)
        return tuple(i for i in ids if not _only_acronym(key, _names(index.entities[i])))
    return tuple(
        i
        for i in ids
        if any(
            name == form or (name.isupper() and fold(name) == fold(form))
            for name in _names(index.entities[i])
        )
    )


def _only_acronym(key: str, names: Sequence[str]) -> bool:
    """Whether every one of ``names`` that folds to ``key`` is a short all-capitals acronym
    (and at least one does)."""
    matching = [name for name in names if fold(name) == key]
    return bool(matching) and all(name.isupper() and len(name) <= _MAX_ACRONYM for name in matching)


def _names(entity: Entity) -> tuple[str, ...]:
    return tuple(n for n in (entity.name_hu, entity.name_en, *entity.aliases) if n)


def _clean(surface: str) -> str:
    return " ".join(surface.strip(_QUOTES + " ").split())


def _repair(surface: str) -> str:
    """The surface without what scraping glued to its front or a web address's ending:
    ``–mondtaVolodimir Zelenszkij`` → ``Volodimir Zelenszkij``, ``azOrigo`` → ``Origo``,
    ``mandiner.hu`` → ``mandiner``."""
    text = _clean(surface)
    glued = _GLUED_PREFIX.match(text)
    if glued:
        text = text[glued.end() :]
    return _WEB_SUFFIX.sub("", text) or text


def _without_glued_article(word: str) -> list[str]:
    """``Reutersaz`` → ``Reuters``; ``Ruttea`` → ``Rutte`` (stems of at least five letters)."""
    return [
        word[: -len(article)]
        for article in ("az", "a")
        if word.endswith(article) and len(word) - len(article) >= _MIN_GLUED_STEM
    ]


def _unglued(surface: str, label: str, index: KbIndex, day: dt.date | None) -> Link | None:
    """A multi-word name with the next word glued to it (``Donald Trumphétfőn``,
    ``António Costaaz``): the longest prefix of the last word that completes a KB name.
    One-word names are never cut, or ``Trumpf`` would become Trump."""
    split = _CAMEL_GLUE.sub(" ", surface)
    if split != surface:
        # "DonaldTrumpés": the space lost between words inside the span; "DonaldTrump",
        # the whole name once the space is back.
        ids = index.full.get(fold(split))
        if ids:
            return _choose(ids, "inflection", label, index, day)
        return _unglued(split, label, index, day)
    words = surface.split()
    if len(words) == 1:
        # A one-word name only loses a glued article ("Reutersaz", "Ruttea"), and only to
        # become a full KB name; never a shorter surname or a typo.
        for form in _without_glued_article(surface):
            ids = index.full.get(fold(form))
            if ids:
                return _choose(ids, "inflection", label, index, day)
        return None
    head, last = " ".join(words[:-1]), words[-1]
    for cut in range(len(last) - 1, 2, -1):
        if not last[cut:].islower():
            break
        ids = index.full.get(fold(f"{head} {last[:cut]}"))
        if ids:
            return _choose(ids, "inflection", label, index, day)
    return None


def _forms(surface: str, mention: Mention, view: TokenView) -> list[str]:
    """The ways to read a surface as a dictionary form, most literal first: itself, the NLP
    lemma, the stem its tagged case implies, then every stem of its last word."""
    words = surface.split()
    if not words:
        return []
    head, last = " ".join(words[:-1]), words[-1]
    stems = [last]
    token = _last_token(mention, view)
    if token is not None:
        stems.append(strip_case(last, token.feature("Case")))
    stems.extend(reading.stem for reading in stem_candidates(last)[1:])
    forms = [surface]
    lemma = _clean(mention.lemma)
    if lemma:
        forms.append(lemma)
    forms.extend(f"{head} {stem}" if head else stem for stem in stems)
    return list(dict.fromkeys(form for form in forms if form))


def _last_token(mention: Mention, view: TokenView) -> Token | None:
    inside = view.within(mention.start, mention.end)
    return view.tokens[inside[-1]] if len(inside) else None


def _score(entity_id: str, label: str, index: KbIndex, day: dt.date | None) -> float:
    entity = index.entities[entity_id]
    compatible = entity.type in _COMPATIBLE_TYPES.get(label, frozenset())
    return index.prior(entity_id, day) + (2.0 if compatible else 0.0)


def _choose(ids: Sequence[str], rule: str, label: str, index: KbIndex, day: dt.date | None) -> Link:
    """The best-scoring candidate; confidence falls with the share of the others' scores."""
    scored = sorted(((_score(i, label, index, day), i) for i in ids), reverse=True)
    best, entity_id = scored[0]
    share = best / sum(score for score, _ in scored) if best > 0 else 1 / len(scored)
    return Link(entity_id, round(_BASE_CONFIDENCE[rule] * (0.5 + 0.5 * share), 3), rule)


def _given_name_agrees(given: str, entity_id: str, index: KbIndex) -> bool:
    """Whether a mention's given name fits the person: the same name, a short form
    (``Steve``/``Steven``), an initial (``V.``) or a one-letter variant (``Marc``/``Mark``)."""
    key = fold(given)
    if not key:
        return False
    for name in given_names(index.entities[entity_id]):
        if len(key) == 1 and name.startswith(key):
            return True
        if min(len(key), len(name)) >= 3 and (name.startswith(key) or key.startswith(name)):
            return True
        if len(key) >= 4 and edit_distance_at_most_one(key, name):
            return True
    return False


def _partial_name(form: str, label: str, index: KbIndex, day: dt.date | None) -> Link | None:
    words = form.split()
    if label not in ("PER", "MISC") or not words or not words[-1][:1].isupper():
        return None
    if len(words) == 1:
        ids = index.surnames.get(fold(form), ())
        return _prominent_bearer(ids, index, day)
    for surname, given in ((words[-1], words[0]), (words[0], words[-1])):
        ids = tuple(
            i
            for i in index.surnames.get(fold(surname), ())
            if _given_name_agrees(given, i, index) and _is_newsworthy(i, index, day)
        )
        if len(ids) == 1:
            return _choose(ids, "partial-name", "PER", index, day)
    return None


def _is_newsworthy(entity_id: str, index: KbIndex, day: dt.date | None) -> bool:
    """In office on the date, or curated: a name that only partly matches someone from a
    1990s legislator table is more likely someone else of the same name."""
    return index.is_current(entity_id, day) or index.prior(entity_id, day) >= _SURNAME_MIN_PRIOR


def _prominent_bearer(ids: Sequence[str], index: KbIndex, day: dt.date | None) -> Link | None:
    """The person a bare surname means: the clear favourite by prior, and prominent enough."""
    if not ids:
        return None
    scored = sorted(((index.prior(i, day), i) for i in ids), reverse=True)
    best = scored[0][0]
    if best < _SURNAME_MIN_PRIOR:
        return None
    if len(scored) > 1 and best - scored[1][0] < _SURNAME_MARGIN:
        return None
    return _choose([i for _, i in scored], "partial-name", "PER", index, day)


def _fuzzy(form: str, label: str, index: KbIndex, day: dt.date | None) -> Link | None:
    """A typo or transcription variant of a prominent name: the last word spelled as a
    Hungarian transcription (``Donbasz``/``Donbass``), or one edit inside it (``Wikoff``),
    pointing at exactly one newsworthy entity; never a word that is itself a known name."""
    words = form.split()
    last = fold(words[-1]) if words else ""
    if len(last) < MIN_FUZZY_LENGTH - 1 or index.is_known_name(last) or " " in last:
        return None
    ids = set(index.transcribed.get(transcription_key(fold(form)), ()))
    if not ids:
        near = [key for key in index.near_keys(last) if key[0] == last[0]]
        ids = {i for key in near for i in (*index.full.get(key, ()), *index.surnames.get(key, ()))}
        if len(words) > 1:
            ids = {i for i in ids if _given_name_agrees(words[0], i, index)}
    ids = {i for i in ids if index.prior(i, day) >= _SURNAME_MIN_PRIOR}
    if len(ids) != 1:
        return None
    return _choose(tuple(ids), "fuzzy", label, index, day)


def _demonym(surface: str, mention: Mention, index: KbIndex, day: dt.date | None) -> Link | None:
    """A lower-case place adjective: a listed demonym, or ``-i`` on a place name
    (``grönlandi`` → Grönland, ``kijevi`` → Kijev)."""
    words = surface.split()
    if len(words) != 1:
        return None
    word = mention.lemma.casefold() if mention.lemma else surface.casefold()
    for candidate in dict.fromkeys((word, surface.casefold())):
        if candidate in index.demonyms:
            return Link(index.demonyms[candidate], _BASE_CONFIDENCE["demonym"], "demonym")
        if candidate.endswith("i") and len(candidate) > 4:
            ids = [
                i
                for i in index.full.get(fold(candidate[:-1]), ())
                if index.entities[i].type in _PLACE_TYPES
            ]
            if ids:
                best = _choose(ids, "demonym", "LOC", index, day)
                return best
    return None


def _with_metonymy(
    link: Link, article: Article, mention: Mention, index: KbIndex, view: TokenView
) -> Link:
    government = index.government_of(link.entity_id)
    # An inflected name is not nominative (Kremlben, Tripoliba), so it cannot be the actor;
    # and in Hungarian news Budapest acting is the city, not the Hungarian government.
    if government is None or government == HOME_COUNTRY or link.rule == "inflection":
        return link
    if not _acts(mention, view):
        return link
    return replace(link, rule=f"metonymy:{government}")


def _acts(mention: Mention, view: TokenView) -> bool:
    """Whether a place name is the actor of its clause: nominative, not a possessor
    (``Moszkva déli részén``) or the object of a postposition (``Kijev számára``,
    ``Kijev és Washington között``), with a finite verb in its clause or ``szerint`` after
    it (``Moszkva szerint``)."""
    inside = view.within(mention.start, mention.end)
    if not len(inside):
        return False
    if view.tokens[inside[-1]].feature("Case") not in (None, "Nom"):
        return False
    following = _after_coordination(view, inside[-1] + 1)
    if following is not None:
        if following.lemma == "szerint":
            return True
        if following.pos == "ADP" or following.lemma in _RELATIONAL_ADJECTIVES:
            return False
        # A noun right after the name makes the name its modifier or possessor
        # (Kijev megyét, Brüsszel fiataljainak).
        if following.pos == "NOUN" or following.feature("Person[psor]"):
            return False
    clause = _clause(view, inside[0], inside[-1])
    has_infinitive = any(t.feature("VerbForm") == "Inf" for t in clause)
    return any(
        (
            t.pos in ("VERB", "AUX")
            and t.feature("VerbForm") == "Fin"
            and t.lemma not in _NON_ACTING_VERBS
        )
        or (t.lemma in _ACTING_ADJECTIVES and has_infinitive)
        for t in clause
    )


def _after_coordination(view: TokenView, i: int) -> Token | None:
    """The first token after ``i`` that is not a coordinated name or an adjective
    (``Moszkva és Kijev között``, ``a Fehér Ház idei karácsonyi dekorációja``)."""
    for token in view.tokens[i : i + 6]:
        if token.pos in ("CCONJ", "PROPN", "ADJ") and token.lemma not in _RELATIONAL_ADJECTIVES:
            continue
        if token.lemma == ",":
            continue
        return token
    return None


def _clause(view: TokenView, first: int, last: int) -> list[Token]:
    """The tokens between the punctuation marks around ``[first, last]``."""
    start = first
    while start > 0 and view.tokens[start - 1].pos != "PUNCT":
        start -= 1
    end = last
    while end + 1 < len(view.tokens) and view.tokens[end + 1].pos != "PUNCT":
        end += 1
    return [t for i, t in enumerate(view.tokens[start : end + 1], start) if i < first or i > last]
