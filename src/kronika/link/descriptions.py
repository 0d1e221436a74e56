"""Role descriptions as mentions: ``az orosz elnök``, ``a kormányfő``, ``az amerikai elnök
veje``, ``a haditudósító``, resolved to the person who holds the role on the article's date.

A description is found from token lemmas with patterns compiled once from
:data:`~kronika.kb.offices.HUNGARIAN_ROLE_WORDS` (longest role phrase first), and is

* **resolved** by, in order: its country adjective (``orosz`` → the president *of Russia*
  on the article date) or its possessor (``a Fehér Ház elnöke`` → the president of the
  country the White House stands for); what the article itself said earlier (``Alekszandr Koc
  haditudósító`` teaches ``haditudósító`` → Koc); the most recently named person who holds
  the office on the date (a holder the article only described with a country, ``a belga
  miniszterelnök``, yields to one it named by name: a Hungarian writer qualifies the foreign
  holder and leaves the one the article is about bare); and for a bare head of government
  or minister, Hungary, whose press this is. When a country has several holders (two
  spokespeople), the one the article names is meant. A role noun the lemmatizer cut wrong
  (``sajtótitkára`` → ``sajtótitk``) is still found by its possessive form. A kinship word
  after it (``veje``) follows the ``relative:`` roles of the person found (Trump → his
  son-in-law Kushner).
* **emitted** as a new mention (label PER, or ORG for a body) only when it stands for a name:
  after a definite article, not next to the name it describes. ``Koc haditudósító`` and
  ``az orosz elnök, Vlagyimir Putyin`` are appositions: they teach the article's memory but
  add no mention, so one actor is not counted twice. ``volt``/``egykori`` (former) and plural
  descriptions are never resolved to the current holder.

The span leaves out the article (``orosz elnök``), like a named-entity span.
"""

from __future__ import annotations

import datetime as dt
from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass, field

from kronika.kb.index import KbIndex
from kronika.kb.offices import HEAD_OF_GOVERNMENT, HEAD_OF_STATE, HUNGARIAN_ROLE_WORDS
from kronika.lang.hu import OWNED_BY_ONE
from kronika.link.tokens import TokenView
from kronika.types import Article, EntityType, Mention, Token

RULE = "role"
_KINSHIP = frozenset({"son_in_law", "daughter_in_law", "spouse", "child"})
_KIN_PREFIX = "relative:"
# Offices a bare noun ("a kormányfő", "a külügyminiszter") means for Hungary by default.
_DEFAULT_COUNTRY_OFFICES = (HEAD_OF_GOVERNMENT | {"foreign_minister", "defence_minister"}) - {
    "chancellor"
}
HUNGARY = "Q28"
_DETERMINERS = frozenset({"a", "az"})
_FORMER = frozenset({"volt", "egykori", "korábbi", "leendő", "megválasztott", "ex", "néhai"})
_CONFIDENCE = {"adjective": 0.85, "possessor": 0.85, "memory": 0.85, "recent": 0.75}
_DEFAULT_CONFIDENCE = 0.6


def _compile_patterns() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """First lemma → (lemma sequence, office keys), longest sequence first."""
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for words, offices in HUNGARIAN_ROLE_WORDS.items():
        lemmas = tuple(words.split())
        table.setdefault(lemmas[0], []).append((lemmas, offices))
    return {
        first: tuple(sorted(entries, key=lambda entry: -len(entry[0])))
        for first, entries in table.items()
    }


_PATTERNS = _compile_patterns()


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A role phrase in the tokens: ``[first, last]`` token indices and its office keys."""

    first: int
    last: int
    offices: tuple[str, ...]
    noun: str


def _match(view: TokenView, i: int, text: str) -> _Phrase | None:
    token = view.tokens[i]
    form = text[token.start : token.end].casefold()
    stems = [form[: -len(e)] for e in _POSSESSIVE_ENDINGS if form.endswith(e)]
    entries = _PATTERNS.get(token.lemma.casefold()) or next(
        (_PATTERNS[stem] for stem in stems if stem in _PATTERNS), ()
    )
    for lemmas, offices in entries:
        end = i + len(lemmas) - 1
        if end >= len(view.tokens):
            continue
        if all(_fits(view.tokens[i + k], lemmas[k], text) for k in range(len(lemmas))):
            return _Phrase(i, end, offices, " ".join(lemmas))
    return None


def _fits(token: Token, lemma: str, text: str) -> bool:
    """Whether ``token`` is the word ``lemma`` of a role phrase: by its lemma, or, when the
    lemmatizer cut a rare compound wrong (``sajtótitkára`` → ``sajtótitk``), by a form that
    is the noun with a third-person possessive ending."""
    if token.lemma.casefold() == lemma:
        return True
    form = text[token.start : token.end].casefold()
    return form.startswith(lemma) and form[len(lemma) :] in _POSSESSIVE_ENDINGS


def _is_kinship(phrase: _Phrase) -> bool:
    return all(office in _KINSHIP for office in phrase.offices)


def _possessed(token: Token, text: str) -> bool:
    """Whether a noun carries a possessive suffix (``elnöke``, ``különmegbízottja``), by its
    features or, when the tagger took it for a verb, by what its form adds to its lemma."""
    if token.feature("Person[psor]") is not None:
        return True
    form, lemma = text[token.start : token.end].casefold(), token.lemma.casefold()
    return form != lemma and form.startswith(lemma) and form[len(lemma) :][:1] in _POSSESSIVE


_POSSESSIVE = frozenset("jaeáé")
_POSSESSIVE_ENDINGS = frozenset(OWNED_BY_ONE)


@dataclass(slots=True)
class _Memory:
    """Role nouns the article has bound to a name by apposition, with where it did so; the
    people it names by name; and the people it has so far described only with a country or a
    possessor (``a belga miniszterelnök``), never by name."""

    by_noun: dict[str, tuple[int, str]]
    named: frozenset[str] = frozenset()
    qualified: set[str] = field(default_factory=set)


def find_descriptions(
    article: Article,
    linked: Sequence[Mention],
    index: KbIndex,
    day: dt.date | None,
    view: TokenView,
) -> list[Mention]:
    """New mentions for the role descriptions of ``article`` that resolve to an entity."""
    if not view.tokens:
        return []
    view = _unglued_roles(view, article.text)
    mention_at: dict[int, Mention] = {}
    covered: set[int] = set()
    for mention in linked:
        inside = view.within(mention.start, mention.end)
        covered.update(inside)
        if len(inside):
            mention_at[inside[-1]] = mention
    persons = sorted(
        (m.start, m.entity_id)
        for m in linked
        if m.entity_id
        and (entity := index.entity(m.entity_id)) is not None
        and entity.type is EntityType.PERSON
    )
    memory = _Memory({}, frozenset(entity_id for _, entity_id in persons))
    found: list[Mention] = []
    i = 0
    while i < len(view.tokens):
        phrase = _match(view, i, article.text)
        if phrase is None or covered.intersection(range(phrase.first, phrase.last + 1)):
            i += 1
            continue
        described = _describe(article, phrase, view, index, day, mention_at, memory, persons)
        if described is not None and described.entity_id:
            found.append(described)
            # A description names its person as much as a name does: "az ukrán elnök …
            # az államfő" both mean whoever was found first.
            insort(persons, (described.start, described.entity_id))
        i = phrase.last + 1
    return found


# A role noun glued to the verb after it ("a kormányfőelárulta") leaves at least this many
# letters of verb; the role noun has at least this many letters too.
_MIN_GLUED = 4


def _unglued_roles(view: TokenView, text: str) -> TokenView:
    """``view`` with a one-word role noun that scraping glued to the verb after it (``a
    kormányfőelárulta``, tagged as one verb after an article, which no verb follows) split
    off as a nominative noun, so that it is described like ``a kormányfő elárulta``."""
    tokens: list[Token] = []
    changed = False
    for i, token in enumerate(view.tokens):
        before = view.get(i - 1)
        role = (
            _glued_role(text[token.start : token.end], token.lemma)
            if token.pos == "VERB"
            and before is not None
            and before.lemma.casefold() in _DETERMINERS
            else None
        )
        if role is None:
            tokens.append(token)
            continue
        cut = token.start + len(role)
        tokens.append(Token(token.start, cut, role, "NOUN", "Case=Nom|Number=Sing"))
        tokens.append(Token(cut, token.end, token.lemma[len(role) :], "VERB", token.morph))
        changed = True
    return TokenView.of(tuple(tokens)) if changed else view


def _glued_role(form: str, lemma: str) -> str | None:
    """The one-word role noun a verb form (and its lemma) opens with, when a lower-case verb
    of at least a few letters follows it (``kormányfőelárulta``), else None."""
    for length in range(len(form) - _MIN_GLUED, _MIN_GLUED - 1, -1):
        role, rest = form[:length], form[length:]
        if (
            role.islower()
            and rest.isalpha()
            and rest.islower()
            and lemma.startswith(role)
            and any(len(words) == 1 for words, _ in _PATTERNS.get(role, ()))
        ):
            return role
    return None


def _describe(
    article: Article,
    phrase: _Phrase,
    view: TokenView,
    index: KbIndex,
    day: dt.date | None,
    mention_at: dict[int, Mention],
    memory: _Memory,
    persons: list[tuple[int, str]],
) -> Mention | None:
    head = view.tokens[phrase.last]
    if head.feature("Number") == "Plur" or _is_kinship(phrase):
        return None
    # Walk left over the modifiers: country adjectives, "former", a possessor name.
    country: str | None = None
    start = phrase.first
    former = False
    j = phrase.first - 1
    while j >= 0:
        lemma = view.tokens[j].lemma.casefold()
        if lemma in index.demonyms and country is None:
            country = index.demonyms[lemma]
        elif lemma in _FORMER:
            former = True
        else:
            break
        start = j
        j -= 1
    before = view.get(j)
    possessor = mention_at.get(j) if _possessed(head, article.text) else None
    named_before = mention_at.get(j) if possessor is None else None
    if former:
        return None
    entity_id, how = _resolve(phrase, country, possessor, index, day, memory, persons, head)
    if (
        entity_id is not None
        and how in ("adjective", "possessor")
        and entity_id not in memory.named
    ):
        memory.qualified.add(entity_id)
    last, noun = phrase.last, phrase.noun
    # The dictionary form: the modifiers' lemmas and the role words as the lexicon has them
    # (the lemmatizer may cut a rare compound wrong).
    words = [t.lemma for t in view.tokens[start : phrase.first]] + [noun]
    # A kinship (or role) noun owned by what was just found: "az amerikai elnök veje".
    while entity_id is not None:
        nxt = view.get(last + 1)
        owned = nxt is not None and _possessed(nxt, article.text)
        chained = _match(view, last + 1, article.text) if owned else None
        if chained is None:
            break
        entity_id = _owned_by(chained, entity_id, index, day)
        last, noun = chained.last, chained.noun
        words.append(noun)
    # Appositions bind the noun to the name beside it and add no mention.
    apposed = named_before if named_before is not None else _apposed_name(view, last, mention_at)
    if apposed is not None and apposed.label == "PER":
        if apposed.entity_id:
            memory.by_noun[noun] = (apposed.start, apposed.entity_id)
        return None
    if entity_id is None:
        return None
    if possessor is None and (before is None or before.lemma.casefold() not in _DETERMINERS):
        return None
    entity = index.entity(entity_id)
    label = "PER" if entity is None or entity.type is EntityType.PERSON else "ORG"
    return Mention(
        view.tokens[start].start,
        view.tokens[last].end,
        label,
        " ".join(words),
        entity_id=entity_id,
        confidence=_CONFIDENCE.get(how, _DEFAULT_CONFIDENCE),
        rule=RULE,
    )


def _owned_by(phrase: _Phrase, owner: str, index: KbIndex, day: dt.date | None) -> str | None:
    """Who holds ``phrase`` for ``owner``: a relative of a person (Trump's son-in-law), or an
    office of the polity the owner leads (the US president's envoy is the US envoy)."""
    offices = tuple(
        f"{_KIN_PREFIX}{office}" if office in _KINSHIP else office for office in phrase.offices
    )
    polities = [owner]
    entity = index.entity(owner)
    if entity is not None:
        polities.extend(
            role.of for role in entity.roles if role.of and index.is_current_role(role, day)
        )
    for polity in dict.fromkeys(polities):
        holders = {h.entity_id for h in index.office_holders(offices, polity, day)}
        if holders:
            return holders.pop() if len(holders) == 1 else None
    return None


def _apposed_name(view: TokenView, last: int, mention_at: dict[int, Mention]) -> Mention | None:
    """The mention that starts right after the description, with or without a comma."""
    k = last + 1
    nxt = view.get(k)
    if nxt is not None and nxt.lemma == ",":
        k += 1
    token = view.get(k)
    if token is None:
        return None
    for end_index in range(k, min(k + 6, len(view.tokens))):
        mention = mention_at.get(end_index)
        if mention is not None and view.after(mention.start) == k:
            return mention
    return None


def _resolve(
    phrase: _Phrase,
    country: str | None,
    possessor: Mention | None,
    index: KbIndex,
    day: dt.date | None,
    memory: _Memory,
    persons: list[tuple[int, str]],
    head: Token,
) -> tuple[str | None, str]:
    """The entity a role phrase names, and which evidence found it."""
    polity = country
    how = "adjective"
    if polity is None and possessor is not None and possessor.entity_id:
        polity = index.government_of(possessor.entity_id) or possessor.entity_id
        how = "possessor"
    if polity is not None:
        holders = index.office_holders(phrase.offices, polity, day)
        ids = {h.entity_id for h in holders}
        if len(ids) > 1:
            # Two spokespeople of Russia: the one the article names is meant.
            ids = {e for _, e in persons if e in ids}
        if len(ids) == 1:
            return ids.pop(), how
        return None, how
    # The latest evidence wins: an apposition ("Trump elnök") or a named holder of the office.
    holding = {h.entity_id for h in index.office_holders(phrase.offices, None, day)}
    earlier = [(offset, e) for offset, e in persons if offset < head.start and e in holding]
    if any(e in memory.named for _, e in earlier):
        # A Hungarian writer qualifies a foreign holder ("a belga miniszterelnök") and leaves
        # the one the article is about bare: a bare role after both is the one named by name.
        earlier = [(offset, e) for offset, e in earlier if e not in memory.qualified]
    remembered = memory.by_noun.get(phrase.noun)
    candidates = [c for c in (remembered, earlier[-1] if earlier else None) if c is not None]
    if candidates:
        offset, entity_id = max(candidates)
        return entity_id, "memory" if (offset, entity_id) == remembered else "recent"
    # A lede may describe before it names: "az elnök ... Donald Trump".
    later = [e for offset, e in persons if offset > head.start and e in holding]
    if later:
        return later[0], "recent"
    defaults = [o for o in phrase.offices if o in _DEFAULT_COUNTRY_OFFICES | HEAD_OF_STATE]
    if defaults and phrase.noun != "elnök":
        holders = index.office_holders(defaults, HUNGARY, day)
        ids = {h.entity_id for h in holders}
        if len(ids) == 1:
            return ids.pop(), "default"
    return None, "none"
