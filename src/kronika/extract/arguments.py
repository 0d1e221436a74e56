"""Who takes part in an event, read from Hungarian morphology and phrase structure.

Hungarian marks a participant's role on the last word of its noun phrase: the case ending
(``Putyinnal`` instrumental, ``Ukrajnának`` dative, ``a Kremlben`` inessive), a postposition
after it (``Oroszország ellen``, ``X és Y közötti``), or the possessive ending of the noun it
belongs to (``Putyin és Witkoff tárgyalása``). This module finds the participant candidates
of a clause (its linked entity mentions, states named by demonyms, and institutions or
people named by a role noun with no id: ``a londoni rendőrség``) and each one's **marker**,
so an event's frame (``actor = ["Nom"], partner = ["Ins"]``) can say which mention plays
which role. It handles:

* the phrase head after a name (``Putyin orosz elnök`` is nominative through ``elnök``);
* possessors: a name owning the trigger noun is its ``Poss`` argument; a name owning another
  noun takes that noun's case when the noun is an oblique (``a Béketanács költségvetésébe`` is
  where money goes), and is no participant when the noun is a nominative description
  (``Zelenszkij tanácsadója``);
* coordination: a postposition or a possessed noun marks only the last of coordinated names
  (``Ukrajna, Oroszország és az Egyesült Államok részvételével``, ``a Tanács és a magyar
  kormány vitájáról``), so the marker is carried back over the names before it,
  skipping appositive descriptions (``Trump különmegbízottja, Steve Witkoff``);
* states named by a demonym and a "side" noun (``az orosz és az amerikai fél``, ``ukrán
  erők``), which no NER model tags, as participants standing for the country;
* a bare ``a kormány``: the government the article named before with a state's adjective,
  else that of the state the story is set in, Hungary's by default.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from kronika.extract.clauses import Clause, TokenView
from kronika.extract.dates import MONTHS, WEEKDAYS
from kronika.extract.lexicon import CASES, POSSESSOR, POSTPOSITIONS
from kronika.lang.hu import ARTICLES, OWNED_PLURAL, QUOTE_MARKS, stem_candidates, strip_case
from kronika.types import Mention, Token

__all__ = ["Argument", "clause_arguments", "mention_tokens"]

#: Words that join coordinated names (``Putyin és Witkoff``, ``Ukrajna, Oroszország``).
CONNECTORS = frozenset({",", "és", "s", "valamint", "illetve", "meg", "vagy", "sem", "is"})
#: Possessed nouns that work as postpositions (``X részvételével`` "with X taking part").
POSSESSED_MARKERS: Mapping[str, str] = {
    "részvétel": "részvételével",
    "vezetés": "vezetésével",
    "közreműködés": "közreműködésével",
    "közvetítés": "közvetítésével",
}
#: Endings of the lemmas of people's titles (``külügyminiszter``, ``vezérkari főnök``).
TITLE_ENDINGS = (
    "miniszter",
    "elnök",
    "főnök",
    "szóvivő",
    "nagykövet",
    "titkár",
    "kancellár",
    "parancsnok",
    "megbízott",
    "tanácsadó",
    "polgármester",
)
#: Postpositions no frame lists that still take a name out of its case's role: ``X szerint``
#: (a source), ``Majkával szemben`` (against Majka, not a partner), ``Magyarország előtt``
#: (before Hungary, not the subject).
OTHER_POSTPOSITIONS = frozenset({"szerint", "részéről", "szemben", "előtt", "javára", "kárára"})
#: Postposition spellings that mark the same role (``X és Y között`` = ``közötti``).
POSTPOSITION_ALIASES: Mapping[str, str] = {"között": "közötti", "elleni": "ellen"}
#: The adjective a name takes as the target of an event noun (``Ukrajna elleni``).
_AGAINST_ADJECTIVES = frozenset({"elleni"})
#: Words after a noun that make it the target of something (``rendőrök elleni``).
_AGAINST_WORDS = frozenset({"elleni", "ellen"})
#: Possessive endings a lemmatiser may leave on a lemma (``gyakorlatai``, ``céljuk``,
#: ``tanácsadója``), long enough not to be a noun's own end as ``-a``/``-e`` may be.
KEPT_POSSESSIVE_ENDINGS = (
    "ai", "ei", "jai", "jei", "ója", "ője", "uk", "ük", "juk", "jük", "unk", "ünk"
)  # fmt: skip
#: The owners' ``-i`` after an agent noun's ``-ó/-ő`` (``ostromlói``, ``támogatói``), or
#: plural possessions' ``-ei`` (``körei``: ``Trump köreiben``), kept on an untagged lemma.
AGENT_POSSESSIVE_ENDINGS = ("ói", "ői", "ei")
#: Nouns that make a demonym a state's side (``az orosz fél``, ``ukrán erők``).
SIDE_NOUNS = frozenset(
    {
        "fél",
        "erő",
        "haderő",
        "hadsereg",
        "kormány",
        "vezetés",
        "diplomácia",
        "delegáció",
        "küldöttség",
        "tárgyalócsoport",
        "tárgyaló",
        "katona",
        "csapat",
        "hadvezetés",
        "légierő",
        "tüzérség",
        "haditengerészet",
        "hatóság",
        "rendőrség",
        "titkosszolgálat",
        "külügyminisztérium",
        "védelmi minisztérium",
        "minisztérium",
        "parlament",
        "törvényhozás",
        "állam",
        "fegyveres erő",
        "küldött",
        "nagykövet",
        "nagykövetség",
        "követség",
        "képviselő",
        "vezető",
        "tisztviselő",
        "diplomata",
        # An official the KB does not name stands for the state (``a líbiai vezérkari főnök
        # látogatása``); one it names is a description mention of that person.
        "főnök",
        "parancsnok",
        "tábornok",
        "szolgálat",
        "ügynökség",
        "hivatal",
        # What a state issues speaks for it (``az amerikai nemzetbiztonsági stratégia
        # ostorozza Európát``, ``elutasította az amerikai javaslatot``).
        "stratégia",
        "jelentés",
        "közlemény",
        "nyilatkozat",
        "javaslat",
        "terv",
        "béketerv",
    }
)
#: Common nouns naming who acts in news events when no name is given: institutions, forces
#: and people by their role (``a rendőrség``, ``a bíróság``, ``a tüntetők``). Each becomes a
#: participant without an entity id, named by its phrase (``a londoni rendőrség``).
AGENT_NOUNS = frozenset(
    {
        "rendőrség",
        "rendőr",
        "bíróság",
        "ügyészség",
        "ügyész",
        "hatóság",
        "kormány",
        "kormányzat",
        "kabinet",
        "parlament",
        "országgyűlés",
        "minisztérium",
        "hadsereg",
        "katona",
        "tüntető",
        "aktivista",
        "elkövető",
        "gyanúsított",
        "támadó",
        "merénylő",
        "terrorista",
        "fegyveres",
        "lázadó",
        "haditengerészet",
        "légierő",
        "tüzérség",
        "rendőrkapitányság",
        "főkapitányság",
        "kommandós",
        "terrorelhárítás",
        "szakszervezet",
        "ellenzék",
        "vádhatóság",
        "nyomozó",
        "terrorelhárító",
        "határőrség",
        "vámhatóság",
        "titkosszolgálat",
        "bizottság",
        "testület",
        "önkormányzat",
    }
)
#: People named by sex, age, office or trade where the news leaves them unnamed (``a férfi
#: megverte``, ``két újabb nő vádolta meg``, ``a rendész felszólította``, ``meglátogatta a
#: miniszter``): participants like the role nouns above.
PERSON_NOUNS = frozenset(
    {
        "férfi",
        "nő",
        "fiú",
        "lány",
        "asszony",
        "bíró",
        "miniszter",
        "államtitkár",
        "tárcavezető",
        "rendész",
        "őr",
        "vadász",
        "kamionos",
        "fuvarozó",
        "gazda",
        "tettes",
        "gyilkos",
        "rabló",
        "tolvaj",
        "csaló",
        "társ",
        "tanár",
        "pedagógus",
        "diák",
        "egyetemista",
        "orvos",
        "ápoló",
        "dolgozó",
        "munkás",
        "munkavállaló",
        "alkalmazott",
        "sofőr",
        "kihordó",
        "újságkihordó",
        "postás",
        "nyugdíjas",
        "lakó",
        "szurkoló",
    }
)
#: Heads of compound role nouns (``mezőőr``, ``börtönőr``, ``orvvadász``, ``belügyminiszter``):
#: a lemma ending in one after at least three letters of its own is a role noun too.
_COMPOUND_HEADS = ("őr", "vadász", "bíró", "miniszter")
_COMPOUND_FIRST = 3


def person_noun(lemma: str) -> bool:
    """Whether a lower-case lemma names a person by sex, age or trade (``férfi``,
    ``mezőőr``), not a body (``rendőrség``)."""
    return lemma not in AGENT_NOUNS and role_noun(lemma)


def role_noun(lemma: str) -> bool:
    """Whether a lower-case lemma names people or a body by role (``rendőrség``, ``férfi``,
    ``mezőőr``)."""
    return (
        lemma in AGENT_NOUNS
        or lemma in PERSON_NOUNS
        or any(
            lemma.endswith(head) and len(lemma) - len(head) >= _COMPOUND_FIRST
            for head in _COMPOUND_HEADS
        )
    )


#: Words in the names of the bodies a definite role noun stands for (``a bíróság`` after
#: ``a Fővárosi Törvényszék`` is that court), Hungarian and English, lower case; a Hungarian
#: compound holds its head (``Rendőr-főkapitányság``, ``Főügyészség``).
_COURT = ("bíróság", "törvényszék", "ítélőtábla", "court", "tribunal")
_POLICE = ("rendőrség", "rendőr-főkapitányság", "rendőrkapitányság", "police", "constabulary")
_PROSECUTION = ("ügyészség", "prosecution", "prosecutor")
_INVESTIGATORS = ("nyomozó bizottság", "nyomozó iroda", "nyomozóhivatal", "investigative committee")
#: A short acronym (``tek``) counts only at the start of a word of the body's name.
_COUNTER_TERROR = ("terrorelhárítás", "tek", "counter-terror")
BODY_HEADS: Mapping[str, tuple[str, ...]] = {
    "terrorelhárító": _COUNTER_TERROR,
    "terrorelhárítás": _COUNTER_TERROR,
    "kommandós": (*_COUNTER_TERROR, "készenléti rendőrség"),
    "bíróság": _COURT,
    "törvényszék": _COURT,
    "rendőrség": _POLICE,
    "rendőrkapitányság": _POLICE,
    "főkapitányság": _POLICE,
    "ügyészség": _PROSECUTION,
    "vádhatóság": _PROSECUTION,
}
#: Sentences back within which the nearest of several bodies wins when no other is as near.
_BODY_WINDOW = 3
_CASE_DEFAULT = "Nom"


@dataclass(frozen=True, slots=True)
class Argument:
    """A participant candidate in a clause: the span naming it, the entity id standing for it
    (a state for ``Moszkva`` as a government, for ``az orosz fél``), its name, the marker of its
    role (a UD case, ``Poss``, or a postposition), and its token range.

    ``place_id`` is the mention's own entity (the city, not the state it stands for), for
    reading it as a location; ``label`` the NER label (``LOC`` for places)."""

    start: int
    end: int
    name: str
    entity_id: str | None
    place_id: str | None
    label: str
    marker: str
    first: int
    last: int
    #: Where the name's whole phrase ends (``Trump kezdeményezéséről`` for ``Trump``).
    phrase_end: int
    #: Part of an appositive description of another name (``Trump különmegbízottja``):
    #: not a participant of the clause's events.
    descriptive: bool = False
    #: Named by a role noun (``a bíróság``), even when read as the body the article named
    #: before: too loose a subject to carry into the clauses that depend on it.
    by_role: bool = False


def mention_tokens(
    tokens: Sequence[Token], start: int, end: int, starts: Sequence[int] | None = None
) -> tuple[int, int]:
    """The ``[first, last)`` token range covering the characters ``[start, end)``;
    ``starts`` are the tokens' start offsets when the caller has them."""
    if starts is None:
        starts = [token.start for token in tokens]
    first = max(bisect_right(starts, start) - 1, 0)
    if first < len(tokens) and tokens[first].end <= start:
        first += 1
    return first, max(bisect_left(starts, end), first + 1)


def clause_arguments(
    view: TokenView,
    clause: Clause,
    mentions: Sequence[Mention],
    triggers: frozenset[int],
    demonyms: Mapping[str, str],
    stands_for: Callable[[Mention], str | None],
    institutions: Mapping[str, str] | None = None,
    office_holder: Callable[[str, str], str | None] | None = None,
    is_country: Callable[[str | None], bool] | None = None,
) -> list[Argument]:
    """Every participant candidate of ``clause`` with its role marker, in text order.

    ``mentions`` are the article's linked mentions; ``triggers`` the token indices of the
    clause's noun triggers (a name owning one of them is its ``Poss`` argument);
    ``demonyms`` maps a lower-case demonym to its country's entity id; ``stands_for`` gives
    the entity a mention stands for as a participant (a capital's or a seat of government's
    state); ``institutions`` maps the lower-case name of a state's institution that starts
    with its demonym (``ukrán parlament``, ``orosz védelmi minisztérium``) to its entity id;
    ``office_holder`` gives the person who is a body's role noun (``Q35``, ``miniszterelnök``)
    on the article's date; ``is_country`` tells a state's id, for ``az ország``."""
    tokens = view.article.tokens
    surfaces = view.surfaces
    found: list[Argument] = []
    #: Words of the clause inside a name (``a Dán Királyság``), which name no state by
    #: themselves, whether or not the name is a participant.
    in_names: set[int] = set()
    for mention in mentions:
        if mention.end <= clause.start or mention.start >= clause.end:
            continue
        first, last = mention_tokens(tokens, mention.start, mention.end, view.token_starts)
        if first < clause.first or last > clause.last:
            continue
        if mention.label != "MISC" and last - first > 1:
            in_names.update(range(first, last))
        elif last - first > 1:
            # A capitalised word inside a title or an institution's name the NER called MISC
            # (``a HUN-REN Magyar Kutatási Hálózat``) is part of that name, too; a demonym
            # opening the name (``az Ukrán Nemzeti Korrupcióellenes Hivatal``) or in lower case
            # (``az amerikai–orosz csúcstalálkozó``) still names its state.
            in_names.update(i for i in range(first + 1, last) if surfaces[i][:1].isupper())
        if (mention.entity_id or "nil:").startswith("nil:") and (
            mention.label == "MISC" or all(t.pos != "PROPN" for t in tokens[first:last])
        ):
            # An unlinked MISC span (a title, an event name) or a capitalised common noun the
            # NER took for a name (``Jóváhagyás``) is no participant.
            continue
        if last < clause.last and surfaces[last].lower() in PLACE_KIND_ADJECTIVES:
            # ``a Donyeck megyei Szeverszk településről``: the county describes the town
            # (and ``egy Louisiana állambeli cég`` a firm, whatever label the NER gave it).
            continue
        if _in_compound_adjective(view, mention, last):
            # ``egy Taylor Swift-tematikájú táncóra``, ``a Trump-ellenes tüntetők``: a name
            # inside a compound adjective describes something else; it takes no part.
            continue
        case = _name_case(view, mention, last - 1)
        glued = view.article.text[mention.end : tokens[last - 1].end].lower()
        # ``Ruttea berlini beszédében``: an article glued to the name's end opens the next
        # phrase, so the name heads its own (Rutte speaks; the speech is not his owner's).
        alone = glued in DEFINITE_ARTICLES
        head = (
            last - 1
            if case or alone
            else _head(tokens, surfaces, last - 1, clause.last, mention.label, clause.first)
        )
        marker = _marker(
            tokens, surfaces, last - 1, head, clause.last, triggers, case, mention.label == "LOC"
        )
        named_noun = _named_noun(tokens, surfaces, last, clause.last)
        if named_noun is not None:
            # ``az Elbit Systems nevű izraeli cég brit kutatóközpontjába``: a name before
            # ``nevű`` labels the noun after it, and takes that noun's role.
            noun_head = _head(tokens, surfaces, named_noun, clause.last, first=clause.first)
            marker = _marker(tokens, surfaces, named_noun, noun_head, clause.last, triggers)
            head = noun_head
        elif marker == _CASE_DEFAULT and head == last - 1:
            # ``a Bondi Beachen, Ausztrália egyik leghíresebb strandján``: an apposition
            # agrees in case, so its case is the name's when the name's ending allows it.
            marker = _appositive_case(view, last, clause) or marker
        bracketed = _bracketed_after(view, first, last, clause)
        if bracketed is not None:
            # ``az Olajexportáló Országok Szövetségének (OPEC) bécsi ülésére``: a name in
            # brackets after a word spells it out or shortens it, and plays that word's role.
            named = next((a for a in found if a.last == bracketed + 1), None)
            marker = (
                named.marker
                if named is not None
                else _marker(tokens, surfaces, bracketed, bracketed, clause.last, triggers)
            )
        if marker is None:
            continue
        found.append(
            _mention_argument(view, mention, (first, last), marker, tokens[head].end, stands_for)
        )
    if office_holder is not None:
        found = _office_holders(view, clause, found, office_holder)
    found.extend(
        _demonym_sides(view, clause, found, demonyms, triggers, institutions or {}, in_names)
    )
    found.extend(
        _government(
            view,
            _named_body(view, argument, mentions, stands_for),
            demonyms,
            institutions,
            is_country,
        )
        for argument in _agent_nouns(view, clause, found, triggers)
    )
    if is_country is not None:
        found.extend(
            _the_country(view, clause, found, mentions, triggers, stands_for, is_country, demonyms)
        )
    found.sort(key=lambda argument: argument.first)
    return _coordinated(view, clause, found)


#: Sentences back (besides its own) in which ``az ország`` looks for the state it means.
_COUNTRY_WINDOW = 0


def _the_country(
    view: TokenView,
    clause: Clause,
    named: Sequence[Argument],
    mentions: Sequence[Mention],
    triggers: frozenset[int],
    stands_for: Callable[[Mention], str | None],
    is_country: Callable[[str | None], bool],
    demonyms: Mapping[str, str],
) -> list[Argument]:
    """``az ország`` is the state named last before it in its sentence, by name or demonym
    (``a kolumbiai kormányt …: felfüggeszti az ország segélyét``), in the role a name in its
    place would have; with no state named there it is no participant (a window reaching the
    sentence before took a German demonym for the Hungary of the sentence's subject)."""
    tokens, surfaces = view.article.tokens, view.surfaces
    covered = {index for argument in named for index in range(argument.first, argument.last)}
    found = []
    for index in range(max(clause.first, 1), clause.last):
        token = tokens[index]
        if (
            index in covered
            or token.lemma.lower() != "ország"
            or surfaces[index - 1].lower() != "az"
            or token.feature("Number") == "Plur"
            or token.feature("Person[psor]") is not None
        ):
            continue
        state = _last_state(view, index, mentions, stands_for, is_country, demonyms)
        if state is None:
            continue
        head = _head(tokens, surfaces, index, clause.last, "LOC", clause.first)
        marker = _marker(tokens, surfaces, index, head, clause.last, triggers, place=True)
        if marker is None:
            continue
        found.append(
            Argument(
                start=tokens[index - 1].start,
                end=token.end,
                name=state[1],
                entity_id=state[0],
                place_id=state[0],
                label="LOC",
                marker=marker,
                first=index - 1,
                last=index + 1,
                phrase_end=tokens[head].end,
                by_role=True,
            )
        )
    return found


def _last_state(
    view: TokenView,
    index: int,
    mentions: Sequence[Mention],
    stands_for: Callable[[Mention], str | None],
    is_country: Callable[[str | None], bool],
    demonyms: Mapping[str, str],
) -> tuple[str, str] | None:
    """The id and name of the state named last before token ``index`` (a name standing for
    a state, or a demonym adjective), within :data:`_COUNTRY_WINDOW` sentences before its
    own; None if none is."""
    tokens, surfaces = view.article.tokens, view.surfaces
    here = view.sentence_of(index)
    if here is None:
        return None
    best: tuple[int, str, str] | None = None
    for mention in mentions:
        state = stands_for(mention)
        if state is None or not is_country(state):
            continue
        first, last = mention_tokens(tokens, mention.start, mention.end, view.token_starts)
        sentence = view.sentence_of(first)
        if last > index or sentence is None or not 0 <= here - sentence <= _COUNTRY_WINDOW:
            continue
        if best is None or last > best[0]:
            name = mention.lemma or view.article.text[mention.start : mention.end]
            best = (last, state, name)
    floor = best[0] if best is not None else 0
    for position in range(index - 1, floor - 1, -1):
        sentence = view.sentence_of(position)
        if sentence is None or here - sentence > _COUNTRY_WINDOW:
            break
        if tokens[position].pos != "ADJ":
            continue
        states = _demonym_states(surfaces[position].lower(), tokens[position], demonyms)
        if len(states) == 1:
            return states[0], "az ország"
    return None if best is None else (best[1], best[2])


def _named_noun(
    tokens: Sequence[Token], surfaces: Sequence[str], after: int, limit: int
) -> int | None:
    """The noun a name labels when ``nevű`` follows it at token ``after`` (past adjectives:
    ``X nevű izraeli katonai cég``), or None."""
    if after >= limit or surfaces[after].lower() != "nevű":
        return None
    step = after + 1
    while step < limit and tokens[step].pos in ("ADJ", "NUM"):
        step += 1
    return step if step < limit and tokens[step].pos == "NOUN" else None


def _appositive_case(view: TokenView, after: int, clause: Clause) -> str | None:
    """The oblique case of an apposition after a comma at token ``after`` (articles, owners,
    adjectives and numbers, then its noun), when the word before the comma can be
    read with that case's ending (``Beachen``: ``Beach`` + ``-en``); None otherwise."""
    tokens, surfaces = view.article.tokens, view.surfaces
    if after >= clause.last or surfaces[after] != ",":
        return None
    noun = after + 1
    while noun + 1 < clause.last and (
        tokens[noun].pos in ("DET", "PROPN", "ADJ", "NUM")
        or (
            # (an owner: ``egy gyógyszergyár vezetőjét``)
            tokens[noun].pos == "NOUN"
            and (tokens[noun].feature("Case") or _CASE_DEFAULT) == _CASE_DEFAULT
            and tokens[noun + 1].pos in ("NOUN", "ADJ")
        )
    ):
        noun += 1
    if noun >= clause.last or noun == after + 1 or tokens[noun].pos != "NOUN":
        return None
    case = tokens[noun].feature("Case")
    if case in (None, _CASE_DEFAULT, "Gen", "Dat"):
        return None
    word = surfaces[after - 1]
    return case if any(reading.case == case for reading in stem_candidates(word)[1:]) else None


def _bracketed_after(view: TokenView, first: int, last: int, clause: Clause) -> int | None:
    """The index of the word a name (tokens ``first`` to ``last``) stands in brackets right
    after (``Szövetségének (OPEC)``), or None when it does not."""
    surfaces = view.surfaces
    before = first - 2
    if before < clause.first or last >= clause.last:
        return None
    if surfaces[first - 1] != "(" or surfaces[last] != ")":
        return None
    token = view.article.tokens[before]
    if token.pos not in ("NOUN", "PROPN") or not _shows_case(token, surfaces[before]):
        # (A case the word's ending does not show is the tagger's guess, ``Versenyhivatal``
        # tagged instrumental; the bracketed name's own case is then the better reading.)
        return None
    return before


def _shows_case(token: Token, surface: str) -> bool:
    """Whether the tagger's case of ``token`` is written on it: nominative, or an ending of
    that case (``-nak/-nek`` for a dative or genitive)."""
    case = token.feature("Case") or _CASE_DEFAULT
    word = surface.lower()
    if case == _CASE_DEFAULT or strip_case(word, case) != word:
        return True
    return case in ("Dat", "Gen") and word.endswith(("nak", "nek"))


def _in_compound_adjective(view: TokenView, mention: Mention, last: int) -> bool:
    """Whether ``mention`` (its tokens ending before ``last``) is the first part of a
    hyphenated adjective: its last token is that adjective (``Trump-ellenes``) or ends in a
    hyphen (``Kossuth- és Jászai Mari-díjas``), or the next token is one continuing the name
    (``Taylor`` + ``Swift-tematikájú``)."""
    tokens, surfaces = view.article.tokens, view.surfaces
    if surfaces[last - 1].endswith("-"):
        # ``Kossuth- és Jászai Mari-díjas művészek``: the first half of a compound whose
        # second half it shares with the next.
        return True
    for index in (last - 1, last):
        if index >= len(tokens) or tokens[index].pos != "ADJ":
            continue
        head, hyphen, rest = surfaces[index].partition("-")
        if not (hyphen and head and rest):
            continue
        if index == last - 1 and tokens[index].end > mention.end:
            return True
        if index == last and head[:1].isupper():
            return True
    return False


def _mention_argument(
    view: TokenView,
    mention: Mention,
    span: tuple[int, int],
    marker: str,
    phrase_end: int,
    stands_for: Callable[[Mention], str | None],
    by_role: bool = False,
) -> Argument:
    """The participant candidate ``mention`` names (its tokens ``span``), with its role
    ``marker``, named by its dictionary form and standing for the entity ``stands_for``
    gives."""
    return Argument(
        start=mention.start,
        end=mention.end,
        name=mention.lemma or view.article.text[mention.start : mention.end],
        entity_id=stands_for(mention),
        place_id=mention.entity_id,
        label=mention.label,
        marker=marker,
        first=span[0],
        last=span[1],
        phrase_end=phrase_end,
        by_role=by_role,
    )


#: The definite article's forms.
DEFINITE_ARTICLES = frozenset(ARTICLES)


def _office_holders(
    view: TokenView,
    clause: Clause,
    arguments: list[Argument],
    office_holder: Callable[[str, str], str | None],
) -> list[Argument]:
    """Coordinated bodies that own a plural role noun stand for their office holders:
    ``Dánia és Grönland miniszterelnökei`` are the two prime ministers, not the two states.
    A body whose holder the KB does not know stays the body."""
    tokens, surfaces = view.article.tokens, view.surfaces
    taken = {index for argument in arguments for index in range(argument.first, argument.last)}
    result = []
    for argument in arguments:
        step = argument.last
        while step < clause.last and (surfaces[step].lower() in CONNECTORS or step in taken):
            step += 1
        token = tokens[step] if step < clause.last else None
        holder = noun = None
        if (
            token is not None
            and argument.entity_id
            and token.pos == "NOUN"
            and token.feature("Number") == "Plur"
        ):
            # By the written form: the lemmatizer keeps rare possessed plurals whole.
            form = surfaces[step].lower()
            for ending in sorted(OWNED_PLURAL, key=len, reverse=True):
                if form.endswith(ending):
                    noun = form[: -len(ending)]
                    holder = office_holder(argument.entity_id, noun)
                    if holder is not None:
                        break
        if token is None or holder is None:
            result.append(argument)
            continue
        result.append(
            _replace(
                argument,
                entity_id=holder,
                place_id=None,
                label="PER",
                name=f"{argument.name} {noun}",
                marker=token.feature("Case") or _CASE_DEFAULT,
            )
        )
    return result


def _head(
    tokens: Sequence[Token],
    surfaces: Sequence[str],
    index: int,
    limit: int,
    label: str | None = None,
    first: int | None = None,
) -> int:
    """The last word of the noun phrase a name at ``index`` stands in: unmarked adjectives
    and nouns after an unmarked name belong to it (``Putyin orosz elnök``), and so does a noun
    the name owns (``a Béketanács költségvetésébe``); a noun with a case of its own and no
    possessive ending starts another phrase. A name's acronym in parentheses after it is
    skipped (``a Szerb Kőolajipari Vállalat (NIS) eladásáról``), and so is ``volt`` (former)
    the tagger read as the verb when the clause from ``first`` has a finite verb of its own
    (``Szabó látogatást tett Kovács volt barátnőjének lakásán``)."""
    head = index
    start = index
    if index + 3 < limit and surfaces[index + 1] == "(" and surfaces[index + 3] == ")":
        start = index + 3
    if first is not None and _former(tokens, surfaces, start + 1, first, limit):
        start += 1
    reach = 4
    step = start
    skipped = -1
    head_before_skip = head
    while step + 1 < min(start + reach, limit):
        step += 1
        token = tokens[step]
        before = tokens[index] if step - 1 == start else tokens[step - 1]
        if (
            skipped < 0
            and step == head + 1
            and _participle_complement(tokens, step, limit)
            and not _possessed(token, surfaces[step])
        ):
            # ``a Tisza kormányzati programalkotásért felelős vezetője``: a participle's
            # complement inside the phrase, when an owned noun ends it (below).
            reach += 1
            skipped = step
            head_before_skip = head
            continue
        if token.pos == "NUM" and _owned_description(tokens, surfaces, step + 1, limit):
            # ``Gáza egyetlen katolikus temploma``: a quantifier between a name and the
            # nominative noun it owns belongs to that noun (the name is the owner, not the
            # subject); ``Kozak 2025 szeptemberében`` (a case of its own) still ends it.
            continue
        if step - 1 > start and _joins_adjectives(tokens, step, limit):
            # ``Ukrajna pénzügyi és katonai támogatása``: coordinated adjectives.
            reach += 1
            continue
        if token.pos not in ("ADJ", "NOUN") or surfaces[step] in CONNECTORS:
            # A proper noun after a name is another name (``Ausztria Kovács Béla oldalára``).
            break
        if step - 1 != skipped and (
            (before.feature("Case") or _CASE_DEFAULT) != _CASE_DEFAULT
            or _possessed(before, surfaces[step - 1])
        ):
            break
        if surfaces[step].lower() in POSTPOSITIONS or (
            token.pos == "NOUN" and _time_noun(surfaces[step])
        ):
            # ``az elnök március végéig dönt``: a month or a weekday noun starts a
            # time adverbial, not the name's head (an adjective, ``a párt szombati
            # tüntetése``, still belongs to it).
            break
        marked = (token.feature("Case") or _CASE_DEFAULT) != _CASE_DEFAULT
        if (
            marked
            and not _possessed(token, surfaces[step])
            and not is_title(token)
            and not (label == "ORG" and _classifier(token, surfaces[step]))
            and not (label == "LOC" and token.lemma.lower() in PLACE_CLASSIFIERS)
        ):
            # ``Putyin nemet mondott``: a noun with its own case after a name is another
            # phrase (here the object), not the name's head.
            break
        head = step
        if marked or _possessed(token, surfaces[step]):
            break
    if skipped >= 0 and not (
        tokens[head].pos == "NOUN"
        and (tokens[head].feature("Case") or _CASE_DEFAULT) == _CASE_DEFAULT
        and _possessed(tokens[head], surfaces[head])
    ):
        # (Past a complement, only a nominative owned noun makes the name its owner.)
        return head_before_skip
    return head


def _former(
    tokens: Sequence[Token], surfaces: Sequence[str], index: int, first: int, limit: int
) -> bool:
    """Whether token ``index`` is ``volt`` meaning former (``Carlos volt barátnője``, ``Breton
    volt EU-biztos``) though tagged as the verb: an adjective or a noun follows it and its
    clause (``first`` to ``limit``) has another finite verb, its predicate."""
    if (
        index + 1 >= limit
        or surfaces[index].lower() != "volt"
        or tokens[index].pos not in ("VERB", "AUX")
        or tokens[index + 1].pos not in ("ADJ", "NOUN")
    ):
        return False
    return any(
        i != index and tokens[i].pos in ("VERB", "AUX") and tokens[i].feature("VerbForm") == "Fin"
        for i in range(first, limit)
    )


def _participle_complement(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """Whether the noun at ``index`` has a case of its own (not the accusative) and a
    participle (an adjective ending in ``-ó/-ő``, or ``felelős``) right after it
    (``ügyekkel foglalkozó``, ``programalkotásért felelős``)."""
    token = tokens[index]
    if token.pos != "NOUN" or (token.feature("Case") or _CASE_DEFAULT) in (_CASE_DEFAULT, "Acc"):
        return False
    after = index + 1
    return (
        after < limit
        and tokens[after].pos == "ADJ"
        and tokens[after].lemma.lower().endswith(("ó", "ő", "felelős"))
    )


#: Endings of the nouns that say what kind of body a name is (``a Palestine Action
#: tüntetőcsoportot``, ``a Kormany.hu oldalra``): such a noun gives the organisation's name
#: its case, as a title does.
CLASSIFIER_ENDINGS = (
    "csoport", "szervezet", "mozgalom", "egyesület", "párt", "vállalat", "társaság",
    "hálózat", "szövetség", "konszern", "cég", "oldal", "honlap", "portál",
)  # fmt: skip


#: Nouns that say what kind of place a name is (``a Szeverszk településről``): they give the
#: name its case, as a title does a person's.
PLACE_CLASSIFIERS = frozenset(
    {
        "település", "város", "falu", "község", "megye", "régió", "térség", "tartomány",
        "kerület", "járás", "kikötő", "repülőtér", "fővárosa", "szoros", "félsziget", "körzet",
        "övezet",
    }
)  # fmt: skip
#: Adjectives of a place kind after a place name (``a Donyeck megyei Szeverszk``): the name
#: describes the place after it.
PLACE_KIND_ADJECTIVES = frozenset(
    {
        "megyei", "városi", "járási", "kerületi", "tartományi", "községi", "állambeli",
        "régióbeli", "települési", "falubeli", "városbeli", "megyebeli",
    }
)  # fmt: skip


def _classifier(token: Token, surface: str) -> bool:
    """Whether ``token`` names a kind of body (``tüntetőcsoportot``, ``olajvállalatnak``)."""
    lemma = token.lemma.lower()
    word = surface.lower()
    return token.pos == "NOUN" and (
        lemma.endswith(CLASSIFIER_ENDINGS) or any(ending in word for ending in CLASSIFIER_ENDINGS)
    )


def is_title(token: Token) -> bool:
    """Whether ``token`` is a person's title, which takes the case of the name before it
    (``Rusztem Umerov korábbi védelmi minisztertől``: from Umerov, not Umerov as subject)."""
    return token.pos == "NOUN" and token.lemma.lower().endswith(TITLE_ENDINGS)


def _time_noun(surface: str) -> bool:
    word = surface.lower()
    # ``szombathelyi`` is the town Szombathely's adjective, not Saturday's.
    return word.startswith(MONTHS) or (
        word.startswith(WEEKDAYS) and not word.startswith("szombathely")
    )


def _owned_description(
    tokens: Sequence[Token], surfaces: Sequence[str], index: int, limit: int
) -> bool:
    """Whether the words from ``index`` are unmarked adjectives ending in an owned noun
    with no case of its own (``katolikus temploma``)."""
    for step in range(index, min(index + 3, limit)):
        token = tokens[step]
        if (token.feature("Case") or _CASE_DEFAULT) != _CASE_DEFAULT:
            return False
        if token.pos == "NOUN":
            return _possessed(token, surfaces[step])
        if token.pos != "ADJ":
            return False
    return False


#: Endings before a case suffix that only an owned noun has (``tervezetéről`` has ``-é``,
#: which an unowned ``-e`` stem lengthened also has, so it is not among them).
UNMISTAKABLY_OWNED = ("ja", "je", "já", "jé", "ai", "ei", "jai", "jei", "ái", "éi")


def _possessed(token: Token, surface: str | None = None, strict: bool = False) -> bool:
    """Whether the tagger marks ``token`` as owned (``tárgyalása``, ``költségvetésébe``). With
    its written ``surface``, a form that is just the lemma plus a case ending is not, whatever
    the tag says (``megtiszteltetésnek``: the tagger's possessive there is a mistake)."""
    tagged = token.feature("Number[psor]") is not None or token.feature("Person[psor]") is not None
    lemma = token.lemma.lower()
    if not tagged and surface is not None and token.pos == "NOUN":
        # ``a Capitolum ostromlóinak``: an agent noun whose owners' ``-i`` the lemmatiser
        # kept (``ostromlói``) is owned though untagged.
        return len(lemma) > 4 and lemma.endswith(AGENT_POSSESSIVE_ENDINGS)
    if not tagged or surface is None:
        return tagged
    case = token.feature("Case") or _CASE_DEFAULT
    if strict and lemma == surface.lower() and case != _CASE_DEFAULT:
        # The lemmatiser left an inflected form whole (``lázadásról``): the tag is as
        # unsure, so only an ending no unowned stem has before its case makes the name
        # before it the owner of an event (``Krasznahorkai lázadásról beszél`` is not his
        # rebellion). For a name's case the tag still serves (``a Euroclearing brüsszeli
        # elszámolóháznál``).
        return strip_case(lemma, case).endswith(UNMISTAKABLY_OWNED)
    # (A lemma that kept a plural possessive ending is owned all the same in an oblique case:
    # ``a Ryanair gyakorlataival``, lemma ``gyakorlatai``.)
    return strip_case(surface.lower(), case) != lemma or (
        case != _CASE_DEFAULT and lemma.endswith(KEPT_POSSESSIVE_ENDINGS)
    )


def _marker(
    tokens: Sequence[Token],
    surfaces: Sequence[str],
    last: int,
    head: int,
    limit: int,
    triggers: frozenset[int],
    case: str | None = None,
    place: bool = False,
) -> str | None:
    """The role marker of a name whose own last token is ``last`` and phrase head ``head``:
    a postposition after the phrase, ``Poss`` for the owner of a trigger noun, the case of an
    owned oblique noun, the head's case (``case`` when the name's own case is known better
    than the tagger's); None for the owner of a nominative description, unless the name is a
    ``place`` (a state) owning its government, an authority or an army."""
    token = tokens[head]
    if head != last and _possessed(token, surfaces[head]):
        if head in triggers:
            return POSSESSOR if _possessed(token, surfaces[head], strict=True) else None
        possessed_marker = POSSESSED_MARKERS.get(token.lemma.lower())
        if possessed_marker is not None:
            return possessed_marker
        case = token.feature("Case") or _CASE_DEFAULT
        owned = _genitive_owned(tokens, surfaces, head, limit)
        if owned is not None and owned not in triggers:
            # ``az Egyesült Államok különmegbízottjának kinevezését``: the owner of an owner
            # in the genitive stands in the role of what that one owns.
            return _marker(tokens, surfaces, last, owned, limit, triggers)
        if place and _side_noun(token.lemma.lower()):
            # ``Olaszország versenyhatósága bírságot szabott ki``: who owns a government,
            # an authority or an army acts through it, in its case.
            return case
        return None if case == _CASE_DEFAULT else case
    following = head + 1
    if following < limit:
        word = surfaces[following].lower()
        word = POSTPOSITION_ALIASES.get(word, word)
        if word in POSTPOSITIONS or word in OTHER_POSTPOSITIONS:
            return word
        if (
            (head == last or tokens[head].lemma.lower() in PLACE_CLASSIFIERS)
            and _governing_postposition(tokens[following], word)
            and (case or token.feature("Case") or _CASE_DEFAULT) == _CASE_DEFAULT
        ):
            # ``Vasco da Gama nyomán``, ``Trump után``, ``Putyin nélkül``: any postposition
            # after an uninflected name governs it, so it is not the nominative subject; so
            # does one after a place's kind (``a Haymana körzet felett``).
            return word
        if following in triggers and _possessed(tokens[following], surfaces[following]):
            if _possessed(tokens[following], surfaces[following], strict=True):
                return POSSESSOR
            return case or token.feature("Case") or _CASE_DEFAULT
        owned = following + 2
        if (
            tokens[following].pos == "PROPN"
            and owned < limit
            and surfaces[following + 1].lower() in _AGAINST_ADJECTIVES
            and owned in triggers
            and _possessed(tokens[owned], surfaces[owned], strict=True)
            and (case or token.feature("Case") or _CASE_DEFAULT) == _CASE_DEFAULT
        ):
            # ``Putyin Ukrajna elleni háborúja``: the name before another's ``elleni`` phrase
            # owns the event noun after it; the other is its target.
            return POSSESSOR
        possessed_marker = (
            POSSESSED_MARKERS.get(tokens[following].lemma.lower())
            if _possessed(tokens[following], surfaces[following])
            else None
        )
        if possessed_marker is not None:
            return possessed_marker
    marker = case or token.feature("Case") or _CASE_DEFAULT
    if marker == "Gen" and head == last and _owns_nothing(tokens, surfaces, head, limit):
        # ``átadja Moszkvának a 20 pontos tervezetet``: a ``-nak/-nek`` name the tagger
        # took for a genitive but that owns no noun after it is a dative.
        return "Dat"
    return marker


def _owns_nothing(tokens: Sequence[Token], surfaces: Sequence[str], head: int, limit: int) -> bool:
    """Whether the ``-nak/-nek`` word at ``head`` owns no noun after it, right after it or
    past the definite article a dative owner takes (``Moszkvának a terve``)."""
    if not surfaces[head].lower().endswith(("nak", "nek")):
        return False
    after = head + 1
    if after < limit and tokens[after].pos == "DET" and surfaces[after].lower() in ARTICLES:
        return owned_noun(tokens, after, limit) is None
    return owned_noun(tokens, head, limit) is None


def _genitive_owned(
    tokens: Sequence[Token], surfaces: Sequence[str], head: int, limit: int
) -> int | None:
    """The noun an owned noun in the genitive owns (``különmegbízottjának`` in ``a
    különmegbízottjának kinevezését``): its ``-nak/-nek`` form is followed by a noun it owns
    (:func:`owned_noun`). None when it is a dative (``a szóvivőjének nyilatkozott``)."""
    if (tokens[head].feature("Case") or _CASE_DEFAULT) not in ("Dat", "Gen"):
        return None
    if not surfaces[head].lower().endswith(("nak", "nek")):
        return None
    owned = owned_noun(tokens, head, limit)
    return owned if owned is not None and _possessed(tokens[owned], surfaces[owned]) else None


#: Postpositions after which a noun keeps its role: ``mint`` compares (``olyan országok,
#: mint Magyarország``); ``közül`` names the group one of whom acts (``a menekülők közül
#: egyikük lőtt``).
NOT_GOVERNING = frozenset({"mint", "közül"})


#: Personal endings on a postposition (``szerint|e``, ``közül|ük``, ``által|am``).
PERSONAL_ENDINGS = frozenset(
    {"e", "em", "ed", "ünk", "etek", "ük", "a", "am", "ad", "unk", "atok", "uk", "ja", "je",
     "juk", "jük", "nk", "tek", "tok"}
)  # fmt: skip


def _governing_postposition(token: Token, word: str) -> bool:
    """Whether ``token`` (lower-case surface ``word``) is a postposition governing the noun
    before it: not a personal form, which stands alone (``szerinte``, ``közülük``)."""
    if token.pos != "ADP" or word in NOT_GOVERNING:
        return False
    lemma = token.lemma.lower()
    return not (word.startswith(lemma) and word[len(lemma) :] in PERSONAL_ENDINGS)


def _side_noun(lemma: str) -> bool:
    """Whether ``lemma`` is a side noun (:data:`SIDE_NOUNS`), or a compound ending in one of
    five letters or more (``versenyhatóság``, ``külügyminisztérium``)."""
    return lemma in SIDE_NOUNS or any(
        len(noun) >= 5 and lemma.endswith(noun) for noun in SIDE_NOUNS if " " not in noun
    )


def _name_case(view: TokenView, mention: Mention, last: int) -> str | None:
    """The case of a name the tagger took for a nominative although the linker found it
    under a form without a case ending (``Felszólítjuk Mark Ruttét``: the accusative of
    ``Mark Rutte``); None when the tagger's case stands."""
    token = view.article.tokens[last]
    if (token.feature("Case") or _CASE_DEFAULT) != _CASE_DEFAULT or not mention.lemma:
        return None
    surface = view.surfaces[last]
    stem = mention.lemma.split()[-1]
    if stem == surface or not mention.lemma.endswith(stem):
        return None
    return next(
        (reading.case for reading in stem_candidates(surface)[1:] if reading.stem == stem), None
    )


#: Attacks a demonym before them places rather than wages (``az ausztrál terrortámadás``,
#: ``a francia merénylet``), unlike a war's (``orosz dróntámadás``, ``orosz invázió``).
PLACED_ATTACKS = frozenset(
    {
        "terrortámadás",
        "merénylet",
        "lövöldözés",
        "mészárlás",
        "késelés",
        "robbantás",
        "túszejtés",
        "emberrablás",
        "gázolás",
        "terrorcselekmény",
    }
)


def compound_stems(lemma: str) -> set[str]:
    """A lemma and the heads of it as a compound (``lakóház`` → ``ház``, ``terrortámadás``
    → ``támadás``), down to three letters."""
    return {lemma[i:] for i in range(0, max(1, len(lemma) - 2))}


#: Words that make a side noun a former one (``volt amerikai diplomaták``).
FORMER = frozenset({"volt", "egykori", "korábbi", "néhai", "nyugalmazott", "leköszönő"})


def _demonym_sides(
    view: TokenView,
    clause: Clause,
    named: Sequence[Argument],
    demonyms: Mapping[str, str],
    triggers: frozenset[int],
    institutions: Mapping[str, str],
    in_names: Collection[int] = (),
) -> list[Argument]:
    """States and their institutions named by their demonym, which no NER model tags:

    * an institution the knowledge base names so: ``az ukrán parlament``, ``az orosz védelmi
      minisztérium`` (the institution, not its state);

    * before a side noun: ``az orosz és az amerikai fél``, ``ukrán erők`` (each adjective of a
      coordination for its own state, all with the noun's marker);
    * as a noun: ``az amerikaiak tárgyaltak``, ``az oroszok által követelt``;
    * right before an event noun, as its doer: ``orosz invázió``, ``amerikai szankciók``,
      ``amerikai-orosz csúcstalálkozó`` (both states).
    """
    tokens, surfaces = view.article.tokens, view.surfaces
    covered = {index for argument in named for index in range(argument.first, argument.last)}
    covered.update(in_names)
    found: list[Argument] = []
    pending: list[int] = []

    def side(first: int, last: int, country: str, marker: str) -> Argument:
        return Argument(
            start=tokens[first].start,
            end=tokens[last - 1].end,
            name=surfaces[first].lower(),
            entity_id=country,
            place_id=None,
            label="ORG",
            marker=marker,
            first=first,
            last=last,
            phrase_end=tokens[last - 1].end,
        )

    skip_to = clause.first
    for index in range(clause.first, clause.last):
        if index < skip_to:
            continue
        token = tokens[index]
        word = surfaces[index].lower()
        if index in covered:
            pending = []
            continue
        states = _demonym_states(word, token, demonyms)
        if states and index > clause.first and surfaces[index - 1].lower() in FORMER:
            # ``volt amerikai diplomaták``: former officials no longer act for the state.
            pending = []
            continue
        institution = (
            _institution(tokens, surfaces, index, clause.last, demonyms, institutions)
            if token.pos == "ADJ" and states
            else None
        )
        if institution is not None:
            entity, head = institution
            marker = _marker(
                tokens,
                surfaces,
                head,
                _owned_by_unmarked(tokens, head, clause.last),
                clause.last,
                triggers,
            )
            if marker is not None:
                found.append(
                    _named_by_lemma(side(index, head + 1, entity, marker), tokens, surfaces, head)
                )
            pending = []
            skip_to = head + 1
            continue
        if token.pos == "ADJ" and states and token.feature("Number") != "Plur":
            following = _next_noun(tokens, surfaces, index, clause.last)
            if following is not None and following in triggers:
                if compound_stems(tokens[following].lemma.lower()) & PLACED_ATTACKS:
                    # ``az ausztrál terrortámadás``: a terror attack is told by where it
                    # happened, not by a state that waged it.
                    pending = []
                    continue
                found.extend(side(index, index + 1, state, POSSESSOR) for state in states)
                pending = []
                continue
            pending.append(index)
            continue
        nominal = token.pos in ("NOUN", "PROPN") or (
            token.pos == "ADJ" and token.feature("Number") == "Plur"
        )
        if nominal and states and demonym_base(word, token, demonyms) is not None:
            if index > clause.first and tokens[index - 1].pos == "ADJ":
                # ``az anyaországi magyarok``, ``a kárpátaljai magyarok``: people described by
                # where they live, not their state.
                pending = []
                continue
            marker = _marker(tokens, surfaces, index, index, clause.last, triggers)
            if marker is not None:
                found.extend(side(index, index + 1, state, marker) for state in states)
            pending = []
            continue
        if pending and (word in CONNECTORS or token.pos == "DET"):
            continue
        if pending and token.pos == "ADJ" and surfaces[index - 1].lower() in CONNECTORS:
            # ``ukrán és európai küldöttségekkel``: a coordinated adjective naming no state
            # leaves the demonym before it its noun.
            continue
        if pending and token.pos == "ADJ" and token.feature("VerbForm") is None:
            # ``az ukrán korrupcióellenes ügynökségek``: an adjective of the noun's own.
            continue
        owned = _owned_by_unmarked(tokens, index, clause.last) if pending else index
        if (
            pending
            and token.pos == "NOUN"
            and index + 1 < clause.last
            and surfaces[index + 1].lower() in REASON_POSTPOSITIONS
        ):
            # ``az amerikai közeledés miatt tüntettek``: a state's act a demonym names is a
            # reason, and the state its party, in the postposition's role.
            found.extend(
                side(adjective, adjective + 1, state, surfaces[index + 1].lower())
                for adjective in pending
                for state in _demonym_states(
                    surfaces[adjective].lower(), tokens[adjective], demonyms
                )
            )
            pending = []
            continue
        if pending and token.lemma.lower() in SIDE_NOUNS:
            marker = _marker(tokens, surfaces, index, owned, clause.last, triggers)
            if marker is None and owned != index:
                # ``az orosz hadsereg egy tábornoka``: the side owns a nominative description
                # (someone of it), and is no participant itself.
                pending = []
                continue
            if marker is None:
                marker = token.feature("Case") or _CASE_DEFAULT
            for adjective in pending:
                last = index + 1 if adjective == pending[-1] else adjective + 1
                for state in _demonym_states(
                    surfaces[adjective].lower(), tokens[adjective], demonyms
                ):
                    found.append(side(adjective, last, state, marker))
        pending = []
    return found


#: Postpositions of a reason, whose noun a demonym may give a party (``az amerikai közeledés
#: miatt``).
REASON_POSTPOSITIONS = frozenset({"miatt"})


def _agent_nouns(
    view: TokenView, clause: Clause, named: Sequence[Argument], triggers: frozenset[int]
) -> list[Argument]:
    """Institutions and people named by role, not by name (``a londoni rendőrség``,
    ``a tüntetők``), when no name stands in their phrase."""
    tokens, surfaces = view.article.tokens, view.surfaces
    covered = {index for argument in named for index in range(argument.first, argument.last)}
    found = []
    for index in range(clause.first, clause.last):
        token = tokens[index]
        if index in covered:
            continue
        # (Only a hyphenated word can name a government by its head: no regex on the rest.)
        headed = "-" in surfaces[index] and OWNED_GOVERNMENT.match(surfaces[index]) is not None
        if token.pos != "NOUN" and not headed:
            continue
        if index in triggers and (token.feature("Case") or _CASE_DEFAULT) != _CASE_DEFAULT:
            continue
        if not (headed or role_noun(token.lemma.lower()) or _agentive_plural(tokens, index)):
            continue
        owned = owned_noun(tokens, index, clause.last)
        if (
            owned is not None
            and owned not in triggers
            and (
                owned == index + 1
                or tokens[owned].feature("Case") == "Acc"
                or (
                    (after := _past_coordinated_owned(tokens, owned, clause.last)) < clause.last
                    and _governing_postposition(tokens[after], surfaces[after].lower())
                )
            )
            and (token.feature("Case") or _CASE_DEFAULT) == _CASE_DEFAULT
            and _possessed(tokens[owned], surfaces[owned])
        ):
            # ``a rendőrség szóvivője``: the role noun owns what follows and is no
            # participant (unless what it owns is the event: ``a fuvarozók tiltakozása``);
            # nor is the owner of an object further on (``a tüntetők egy csoportját
            # fogadták``) or of a noun a postposition governs (``a kormány önazonossági
            # törvénye miatt``), while a part of a group acts (``a tüntetők egy része``).
            # Before a noun of its own (``a rendőrség házkutatást tartott``) or a name (``a
            # bíróság Kovács Pétert ítélte el``) a new phrase starts, so the role noun stands
            # on its own.
            continue
        adjectives = _adjectives_before(view, index, covered, clause.first)
        first = index - len(adjectives)
        if _quoted_label(view, index):
            # ``A „férfi feketében” elnevezés``: a quoted label, no one who acts.
            continue
        marker = _marker(tokens, surfaces, index, index, clause.last, triggers)
        if marker is None or _titles(view, named, first, index, marker):
            # ``Szijjártó Péter külügyminiszter``, ``a külügyminiszter, Szergej Lavrov``: the
            # role noun is the named person's title, no one else.
            continue
        words = [*adjectives, token.lemma.lower()]
        found.append(_role_argument(tokens, first, index, " ".join(words), marker))
    return found


def _titles(
    view: TokenView, named: Sequence[Argument], first: int, index: int, marker: str
) -> bool:
    """Whether the role noun at token ``index`` (its phrase from ``first``, its role
    ``marker``) stands in apposition to a named person: right after the name (``Hankó Balázs
    miniszter``), or right before it in the same role, a comma between or not (``a
    külügyminiszter, Szergej Lavrov``; ``a bíróság Kovács Pétert ítélte el`` names two)."""
    surfaces = view.surfaces
    after = index + 1 + (index + 1 < len(surfaces) and surfaces[index + 1] == ",")
    # Names of bodies and places may stand between the person and the title (``Mikus
    # Zsuzsanna Fővárosi Törvényszéki bíró``).
    ends = {argument.last: argument.first for argument in named if argument.label != "PER"}
    while first in ends and ends[first] < first:
        first = ends[first]
    tokens = view.article.tokens
    before = tokens[first - 1] if first > 0 else None
    if (
        before is not None
        and before.pos == "PROPN"
        and before.feature("Case") in (None, "Nom")
        and tokens[index].feature("Person[psor]") is None
    ):
        # A name the model gave no person's label (``Mikus Zsuzsanna Fővárosi Törvényszéki
        # bíró`` as one name): a bare proper noun before a role noun it does not own
        # (``Trump kormánya``) is who holds it.
        return True
    return any(
        argument.last == first
        or (argument.first in (index + 1, after) and argument.marker == marker)
        for argument in named
        if argument.label == "PER"
    )


def _quoted_label(view: TokenView, index: int) -> bool:
    """Whether token ``index`` stands in a short quoted phrase that more words follow inside
    the quote and a noun after it (``a „férfi feketében” elnevezés``): the phrase names
    something, no one who acts (``„az egyik bíró” betiltotta`` ends at the noun)."""
    tokens, surfaces = view.article.tokens, view.surfaces
    opening = next(
        (i for i in range(index - 1, max(-1, index - 4), -1) if surfaces[i] in QUOTE_MARKS), None
    )
    closing = next(
        (i for i in range(index + 1, min(len(tokens), index + 4)) if surfaces[i] in QUOTE_MARKS),
        None,
    )
    return (
        opening is not None
        and closing is not None
        and closing > index + 1
        and closing + 1 < len(tokens)
        and tokens[closing + 1].pos == "NOUN"
    )


def _role_argument(
    tokens: Sequence[Token], first: int, index: int, name: str, marker: str
) -> Argument:
    """A participant named by a role noun at token ``index`` (its phrase from ``first``),
    with no entity id: ``a londoni rendőrség``."""
    return Argument(
        start=tokens[first].start,
        end=tokens[index].end,
        name=name,
        entity_id=None,
        place_id=None,
        label="ORG",
        marker=marker,
        first=first,
        last=index + 1,
        phrase_end=tokens[index].end,
        by_role=True,
    )


#: Nouns ending like an agent noun that name no people (``az adók``; ``az erők`` is a side),
#: or none who act (a poll's ``válaszadók`` hold opinions).
NOT_AGENTIVE = frozenset(
    {
        "adó",
        "erő",
        "idő",
        "eső",
        "tető",
        "mező",
        "cső",
        "kelő",
        "tartó",
        "erdő",
        "kártevő",
        "válaszadó",
    }
)


def _agentive_plural(tokens: Sequence[Token], index: int) -> bool:
    """Whether token ``index`` is a definite plural agent noun, a word for people by what
    they do (``a fuvarozók``, ``a résztvevők``, ``a gazdálkodók``): a ``-ó/-ő`` noun, not a
    borrowed ``-ió`` one (``a szankciók``, ``az opciók``)."""
    token = tokens[index]
    lemma = token.lemma.lower()
    return (
        token.feature("Number") == "Plur"
        and token.feature("Person[psor]") is None
        and len(lemma) >= 5
        and lemma.endswith(("ó", "ő"))
        and not lemma.endswith("ió")
        and lemma not in NOT_AGENTIVE
        and index > 0
        and tokens[index - 1].pos in ("DET", "ADJ")
    )


def _named_body(
    view: TokenView,
    argument: Argument,
    mentions: Sequence[Mention],
    stands_for: Callable[[Mention], str | None],
) -> Argument:
    """A bare definite role noun (``a bíróság``, ``a terrorelhárítók``), or a bare plural
    one (``kommandósok fogták el``), is the body of its kind the article named before it
    (``a Fővárosi Törvényszék``, ``Preston Crown Court``, ``a TEK-esek``): the one such body,
    or the nearest when it is in the last few sentences and no other is. Otherwise it stays
    as is."""
    tokens = view.article.tokens
    noun = tokens[argument.first]
    heads = BODY_HEADS.get(noun.lemma.lower())
    before = argument.first - 1
    if heads is None or argument.last - argument.first != 1:
        return argument
    definite = before >= 0 and view.surfaces[before].lower() in DEFINITE_ARTICLES
    bare_plural = noun.feature("Number") == "Plur" and (
        before < 0 or tokens[before].pos not in ("DET", "NUM", "ADJ")
    )
    if not (definite or bare_plural):
        return argument
    text = view.article.text
    #: Each body's latest mention before the noun: its key → (mention, its sentence).
    latest: dict[str, tuple[Mention, int]] = {}
    for key, mention, first, _ in _body_mentions(view, mentions, heads, stands_for):
        if mention.end <= argument.start:
            latest[key] = (mention, view.sentence_of(first) or 0)
    here = view.sentence_of(argument.first) or 0
    near = [m for m, sentence in latest.values() if here - sentence <= _BODY_WINDOW]
    bodies = [m for m, _ in latest.values()] if len(latest) == 1 else near
    if len(bodies) != 1:
        return argument
    body = bodies[0]
    return _replace(
        argument,
        name=body.lemma or text[body.start : body.end],
        entity_id=stands_for(body),
    )


#: A government named by its head's surname, which NER may miss (``Trump-kormányzatot``,
#: ``Biden-adminisztrációval``): a body named by role, whose state the coder finds.
OWNED_GOVERNMENT = re.compile(r"([A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+)-(?:kormány|adminisztráció)")
#: Nouns naming a state's government (``a kormány``, ``a kormányzat``).
GOVERNMENT_NOUNS = frozenset({"kormány", "kormányzat"})
#: Whose government a bare ``a kormány`` is when the article names none: Hungarian news.
HOME_DEMONYM = "magyar"


def _government(
    view: TokenView,
    argument: Argument,
    demonyms: Mapping[str, str],
    institutions: Mapping[str, str] | None,
    is_country: Callable[[str | None], bool] | None = None,
) -> Argument:
    """A bare definite ``a kormány`` (or ``a kormányzat``) as the government the article
    named last before it with a state's adjective (``a francia kormány … A kormány egyik
    tagja``), else that of the state the story is set in (:func:`story_demonym`): Hungary's,
    whose press this is, unless the article names only another. The state's institution is
    meant when the KB lists one (``magyar kormány``), else the state itself, as ``a francia
    kormány`` is. A plural (``a kormányok``), an owned government (``Trump kormánya``) and
    one with an adjective of its own stay as they are."""
    tokens, surfaces = view.article.tokens, view.surfaces
    noun = tokens[argument.first]
    if (
        argument.entity_id is not None
        or argument.last - argument.first != 1
        or noun.lemma.lower() not in GOVERNMENT_NOUNS
        or noun.feature("Number") == "Plur"
        or _possessed(noun, surfaces[argument.first])
        or argument.first == 0
        or surfaces[argument.first - 1].lower() not in DEFINITE_ARTICLES
    ):
        return argument
    base = None
    for index in range(argument.first - 1, 0, -1):
        if tokens[index].lemma.lower() not in GOVERNMENT_NOUNS:
            continue
        base = demonym_base(surfaces[index - 1].lower(), tokens[index - 1], demonyms)
        if base is not None:
            break
    base = base or story_demonym(view, demonyms, is_country)
    state = institutions.get(f"{base} kormány") if institutions else None
    state = state or demonyms.get(base)
    if state is None:
        return argument
    return _replace(argument, entity_id=state)


def story_demonym(
    view: TokenView,
    demonyms: Mapping[str, str],
    is_country: Callable[[str | None], bool] | None = None,
) -> str:
    """The state an article's story is set in, by its adjective: Hungary's when the article
    names it with one at all or names no other state twice (``a kormány`` in Hungarian news),
    else the state its adjectives name most (``brit`` in a story about British pubs). With
    ``is_country``, only states count (``uniós`` names no government)."""
    counts: dict[str, int] = {}
    tokens, surfaces = view.article.tokens, view.surfaces
    for index, token in enumerate(tokens):
        if token.pos != "ADJ":
            continue
        base = demonym_base(surfaces[index].lower(), token, demonyms)
        if base is not None and (is_country is None or is_country(demonyms.get(base))):
            counts[base] = counts.get(base, 0) + 1
    if counts.get(HOME_DEMONYM) or not counts:
        return HOME_DEMONYM
    base, seen = max(counts.items(), key=lambda item: item[1])
    return base if seen >= 2 else HOME_DEMONYM


#: The bodies a lexicon sense's ``authority`` names (see :mod:`kronika.extract.lexicon`): the
#: words in their names, and the role nouns standing for them, the organisation's first.
#: The role nouns that name a police force.
_POLICE_NOUNS = ("rendőrség", "rendőrkapitányság", "főkapitányság", "rendőr")
AUTHORITIES: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "court": (_COURT, ("bíróság", "törvényszék", "ítélőtábla", "esküdtszék")),
    "police": ((*_POLICE, *_COUNTER_TERROR), _POLICE_NOUNS),
    # A counter-terror unit arrests (``akit a TEK-esek fogtak el``) but opens no criminal
    # proceedings: the police force does.
    "criminal-police": (_POLICE, _POLICE_NOUNS),
    "prosecution": (_PROSECUTION, ("ügyészség", "vádhatóság", "ügyész")),
    # Named only: ``a nyomozók`` are as often the police's.
    "investigators": (_INVESTIGATORS, ()),
}


def authority_body(
    view: TokenView,
    kinds: Sequence[str],
    mentions: Sequence[Mention],
    stands_for: Callable[[Mention], str | None],
    at: int,
) -> Argument | None:
    """The body that does an act whose doer the text leaves unnamed (``elítélték``: a
    court; ``eljárás indult``: the police), the first of ``kinds`` the article names: a
    named body of that kind (``Preston Crown Court``), the one such body or the one named
    in the last few sentences before token ``at``; with none named, its role noun
    (``a londoni rendőrség``, ``a bíróság``). Two bodies of the first kind found and none
    nearer leave the doer unknown."""
    tokens = view.article.tokens
    covered: set[int] = set()
    for mention in mentions:
        first, last = mention_tokens(tokens, mention.start, mention.end, view.token_starts)
        covered.update(range(first, last))
    here = view.sentence_of(at) or 0
    for kind in kinds:
        heads, nouns = AUTHORITIES[kind]
        named: dict[str, tuple[Mention, int, int]] = {}
        for key, mention, first, last in _body_mentions(view, mentions, heads, stands_for):
            if key not in named or first < at:
                named[key] = (mention, first, last)
        if named:
            near = [
                found
                for found in named.values()
                if found[1] < at and here - (view.sentence_of(found[1]) or 0) <= _BODY_WINDOW
            ]
            bodies = list(named.values()) if len(named) == 1 else near
            if len(bodies) != 1:
                return None
            mention, first, last = bodies[0]
            return _mention_argument(
                view, mention, (first, last), _CASE_DEFAULT, mention.end, stands_for, by_role=True
            )
        for noun in nouns:
            indices = [
                index
                for index, token in enumerate(tokens)
                if token.pos == "NOUN" and token.lemma.lower() == noun and index not in covered
            ]
            if kind == "criminal-police" and any(
                view.surfaces[i + 1].lower() in _AGAINST_WORDS
                for i in indices
                if i + 1 < len(tokens)
            ):
                # ``Rendőrök elleni gyilkossági kísérlet miatt indult eljárás``: police
                # officers the article makes the target of a crime do not tell the force that
                # investigates it (they may still be who arrests: ``közeledtek, hogy őrizetbe
                # vegyék``).
                break
            if indices:
                # The mention nearest before the act, else the first after it, named by the
                # fullest phrase the article gives the body (``a londoni rendőrség``, then
                # ``a rendőrség``): one body, one name.
                before = [index for index in indices if index < at]
                index = before[-1] if before else indices[0]
                first = index - len(_adjectives_before(view, index, covered))
                words = max(
                    ([*_adjectives_before(view, other, covered), noun] for other in indices),
                    key=len,
                )
                return _role_argument(tokens, first, index, " ".join(words), _CASE_DEFAULT)
    return None


def _adjectives_before(
    view: TokenView, index: int, covered: Collection[int], floor: int = 0
) -> list[str]:
    """The lower-case adjectives right before token ``index`` (``londoni`` in ``a londoni
    rendőrség``), outside names, from token ``floor`` on; an adjective made of a place's
    name of several words keeps those words as written (``a New York-i szövetségi
    ügyész``)."""
    tokens, surfaces = view.article.tokens, view.surfaces
    first = index
    while (
        first > floor
        and tokens[first - 1].pos == "ADJ"
        and tokens[first - 1].feature("VerbForm") is None
        and first - 1 not in covered
    ):
        # (A participle the model calls an adjective is a verb: ``csütörtökön állt bíróság
        # elé``.)
        first -= 1
    place = first
    if first < index and "-" in surfaces[first] and surfaces[first][:1].isupper():
        while (
            place > floor
            and surfaces[place - 1][:1].isupper()
            and tokens[place - 1].pos in ("PROPN", "X", "NOUN")
            and place - 1 not in covered
        ):
            place -= 1
    if place < first:
        return [surfaces[i] if i <= first else surfaces[i].lower() for i in range(place, index)]
    if first > floor and tokens[first - 1].pos == "NUM" and first - 1 not in covered:
        # ``két férfi``, ``egy 61 éves férfi``: a number counts the people or measures the
        # adjective after it.
        first -= 1
    return [surfaces[i].lower() for i in range(first, index)]


def _body_mentions(
    view: TokenView,
    mentions: Sequence[Mention],
    heads: Sequence[str],
    stands_for: Callable[[Mention], str | None],
) -> Iterator[tuple[str, Mention, int, int]]:
    """The mentions, in text order, of bodies whose names hold one of ``heads``
    (:func:`_names_body`), each with its key (the entity it stands for, else its name) and
    its token range; no person is a body."""
    tokens, text = view.article.tokens, view.article.text
    for mention in mentions:
        if mention.label == "PER":
            continue
        name = (mention.lemma or text[mention.start : mention.end]).lower()
        if not any(_names_body(head, name) for head in heads):
            continue
        first, last = mention_tokens(tokens, mention.start, mention.end, view.token_starts)
        yield stands_for(mention) or name, mention, first, last


def _names_body(head: str, name: str) -> bool:
    """Whether a body's lower-case name holds ``head``: starting or ending a word (a
    compound's head, ``főügyészség``) or, for a short acronym, starting one (``tek``)."""
    if len(head) > 3:
        # The head starts a word or ends one (a compound's head): not buried in a glued word
        # the NER took for a name (``Arendőrséga``).
        return re.search(rf"(?<!\w){re.escape(head)}|{re.escape(head)}(?!\w)", name) is not None
    return re.search(r"(?<!\w)" + re.escape(head), name) is not None


#: Plural endings of a demonym noun, longest first, with what the singular ends in
#: (``oroszok`` → ``orosz``, ``franciák`` → ``francia``, ``amerikaiak`` → ``amerikai``).
_PLURALS = (("ák", "a"), ("ék", "e"), ("ok", ""), ("ek", ""), ("ök", ""), ("ak", ""), ("k", ""))


def _institution(
    tokens: Sequence[Token],
    surfaces: Sequence[str],
    index: int,
    limit: int,
    demonyms: Mapping[str, str],
    institutions: Mapping[str, str],
) -> tuple[str, int] | None:
    """The institution a demonym at ``index`` opens the name of, with the index of the name's
    last word: the demonym's base form, the words after it as written and the last by its
    lemma (``ukrán parlamentnek`` → ``ukrán parlament``), up to three words."""
    if not institutions:
        return None
    base = demonym_base(surfaces[index].lower(), tokens[index], demonyms)
    if base is None:
        return None
    words = [base]
    for head in range(index + 1, min(index + 4, limit)):
        if tokens[head].pos not in ("NOUN", "ADJ", "PROPN"):
            return None
        key = " ".join([*words, tokens[head].lemma.lower()])
        if tokens[head].pos != "ADJ" and key in institutions:
            return institutions[key], head
        words.append(surfaces[head].lower())
    return None


def _named_by_lemma(
    argument: Argument, tokens: Sequence[Token], surfaces: Sequence[str], head: int
) -> Argument:
    """``argument`` named by its words, the last in its dictionary form."""
    words = [surfaces[i].lower() for i in range(argument.first, head)]
    return _replace(argument, name=" ".join([*words, tokens[head].lemma.lower()]))


def demonym_base(word: str, token: Token, demonyms: Mapping[str, str]) -> str | None:
    """The demonym a word is a form of: the word or its lemma, else, for a plural noun the
    lemmatizer got wrong (``oroszokkal`` → ``oroszo``), its stem without case and plural
    endings."""
    for form in (word, token.lemma.lower()):
        if form in demonyms:
            return form
    if token.feature("Number") != "Plur":
        return None
    stem = strip_case(word, token.feature("Case"))
    for ending, singular in _PLURALS:
        if stem.endswith(ending) and stem[: -len(ending)] + singular in demonyms:
            return stem[: -len(ending)] + singular
    return None


def _demonym_states(word: str, token: Token, demonyms: Mapping[str, str]) -> list[str]:
    """The states a demonym word names: one (``orosz``, ``oroszok``), or each part of a
    hyphenated pair (``amerikai-orosz``)."""
    base = demonym_base(word, token, demonyms)
    if base is not None:
        return [demonyms[base]]
    parts = re.split(r"[-–]", word)
    if len(parts) > 1 and all(part in demonyms for part in parts):
        return list(dict.fromkeys(demonyms[part] for part in parts))
    return []


#: Demonstratives that stand as a possessed noun's determiner (``a kormány azon tervét``).
DEMONSTRATIVE_DETERMINERS = frozenset({"azon", "ezen", "ama", "eme"})


def owned_noun(tokens: Sequence[Token], index: int, limit: int) -> int | None:
    """The possessed noun the word at ``index`` owns, before ``limit``, or None: right after
    it (``a Szent Család-templom plébánosával``) or past an acronym in parentheses (``a …
    Vállalat (Nis) eladásáról``), an indefinite article or a demonstrative (``a kormány
    azon tervét``), numbers and adjectives, coordinated or not (``az orosz hadsereg egy magas
    rangú tábornoka``, ``Ukrajna pénzügyi és katonai támogatása``)."""
    step = index + 1
    if step + 2 < limit and tokens[step].pos == "PUNCT" and tokens[step + 2].pos == "PUNCT":
        step += 3
    if step < limit and (
        (tokens[step].pos == "DET" and tokens[step].lemma.lower() == "egy")
        # ``a kormány azon tervét``: a demonstrative determiner.
        or tokens[step].lemma.lower() in DEMONSTRATIVE_DETERMINERS
    ):
        step += 1
    while step < limit:
        if tokens[step].pos in ("ADJ", "NUM") or _joins_adjectives(tokens, step, limit):
            step += 1
        elif _postpositional_adjective(tokens, step, limit):
            # ``aktivisták engedély nélküli gyűlése``: a noun and the adjective made of a
            # postposition after it describe the owned noun, like an adjective.
            step += 2
        else:
            break
    if step < limit and tokens[step].pos == "NOUN" and tokens[step].feature("Person[psor]"):
        return step
    return None


#: Adjectives made of postpositions (``nélküli``, ``elleni``): with the noun before them they
#: describe the noun after them (``az engedély nélküli gyűlés``).
POSTPOSITIONAL_ADJECTIVES = frozenset(
    {"nélküli", "elleni", "közötti", "melletti", "iránti", "körüli", "utáni", "előtti"}
)


def _past_coordinated_owned(tokens: Sequence[Token], owned: int, limit: int) -> int:
    """The word after an owned noun and the owned nouns coordinated with it (``gyűlése és
    vonulása miatt``: ``miatt``)."""
    after = owned + 1
    while (
        after + 1 < limit
        and tokens[after].lemma.lower() in ("és", "vagy")
        and tokens[after + 1].pos == "NOUN"
        and tokens[after + 1].feature("Person[psor]")
    ):
        after += 2
    return after


def _postpositional_adjective(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """Whether a bare noun at ``index`` and a postpositional adjective after it describe the
    noun that follows them (``engedély nélküli``, ``Oroszország elleni``)."""
    return (
        index + 2 < limit
        and tokens[index].pos in ("NOUN", "PROPN")
        and (tokens[index].feature("Case") or _CASE_DEFAULT) == _CASE_DEFAULT
        and tokens[index + 1].lemma.lower() in POSTPOSITIONAL_ADJECTIVES
    )


def _joins_adjectives(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """Whether the word at ``index`` is ``és`` or ``vagy`` between two adjectives before
    ``limit`` (``Ukrajna pénzügyi és katonai támogatása``)."""
    return (
        tokens[index].lemma.lower() in ("és", "vagy")
        and index > 0
        and tokens[index - 1].pos == "ADJ"
        and index + 1 < limit
        and tokens[index + 1].pos == "ADJ"
    )


def _owned_by_unmarked(tokens: Sequence[Token], index: int, limit: int) -> int:
    """The possessed noun an unmarked noun at ``index`` owns (:func:`owned_noun`), or
    ``index`` itself when it owns none or stands in a case of its own."""
    if (tokens[index].feature("Case") or _CASE_DEFAULT) != _CASE_DEFAULT:
        return index
    owned = owned_noun(tokens, index, limit)
    return index if owned is None else owned


def _next_noun(
    tokens: Sequence[Token], surfaces: Sequence[str], index: int, limit: int
) -> int | None:
    """The noun an adjective at ``index`` modifies (past other adjectives), or None. A
    compound's first part left hanging before a conjunction (``orosz rakéta- és
    dróntámadások``) shares the noun after it."""
    step, end = index + 1, min(index + 4, limit)
    while step < end:
        if (
            tokens[step].pos == "NOUN"
            and surfaces[step].endswith("-")
            and step + 2 < limit
            and surfaces[step + 1].lower() in ("és", "vagy")
        ):
            step += 2
            end = min(step + 1, limit)
            continue
        if tokens[step].pos in ("NOUN", "PROPN"):
            return step
        if tokens[step].pos != "ADJ":
            return None
        step += 1
    return None


def _coordinated(view: TokenView, clause: Clause, arguments: list[Argument]) -> list[Argument]:
    """Carry a postposition or possessor marker back over the coordinated names before the
    name that bears it, and mark names inside appositive descriptions."""
    surfaces, tokens = view.surfaces, view.article.tokens
    chunks = _chunks(surfaces, clause)
    chunk_of = {index: number for number, (a, b) in enumerate(chunks) for index in range(a, b)}
    mentioned = {index for argument in arguments for index in range(argument.first, argument.last)}
    descriptive_chunks = {
        number
        for number, (a, b) in enumerate(chunks)
        if _is_description(tokens, surfaces, chunks, number, mentioned)
    }
    asides = _person_asides(surfaces, clause, arguments)
    result: list[Argument] = []
    for argument in arguments:
        number = chunk_of.get(argument.first)
        if number in descriptive_chunks and _object_of_verb(tokens, argument, chunks[number]):
            # ``Felháborítónak nevezte X kinevezését Dánia külügyminisztere, Y``: the
            # description is the subject after the object; X is the verb's object.
            number = None
        if number in descriptive_chunks or argument.first in asides:
            argument = _replace(argument, descriptive=True)
        result.append(argument)
    for position in range(len(result) - 1, -1, -1):
        bearer = result[position]
        if bearer.marker == _CASE_DEFAULT or bearer.descriptive:
            continue
        if not (
            bearer.marker == POSSESSOR
            or bearer.marker in POSTPOSITIONS
            or bearer.marker in POSSESSED_MARKERS.values()
            or _owns_oblique(tokens, surfaces, bearer, clause)
        ):
            continue
        chunk = chunk_of.get(bearer.first)
        if chunk is None or not _opens_chunk(tokens, chunks[chunk], bearer.first):
            continue
        if bearer.marker in OBLIQUE_CASES and surfaces[chunks[chunk][0] - 1] == ",":
            # ``Magyar Péter, a Tisza Párt elnökéről``: after a comma an owner may be an
            # apposition; a list ends in a conjunction (``X, Y és Z vezetőinek``).
            continue
        for earlier in range(position - 1, -1, -1):
            candidate = result[earlier]
            candidate_chunk = chunk_of.get(candidate.first)
            if candidate_chunk is None or candidate_chunk >= chunk:
                continue
            if candidate.descriptive:
                continue
            if candidate.marker != _CASE_DEFAULT:
                break
            between = range(candidate_chunk + 1, chunk)
            if any(
                c not in descriptive_chunks and not _has_argument(chunks[c], result)
                for c in between
            ):
                break
            if _has_finite_verb(tokens, chunks[candidate_chunk], candidate.last):
                break
            result[earlier] = _replace(candidate, marker=bearer.marker)
            chunk = candidate_chunk
    return result


#: The cases an owned noun after a name may give it (see :func:`_owns_oblique`): every case
#: the models emit but the unmarked, the genitive and the adverbial ones no name owner takes.
OBLIQUE_CASES = CASES - {"Nom", "Gen", "Tra", "Ess", "For", "Tem", "Loc", "Dis"}


def _owns_oblique(
    tokens: Sequence[Token], surfaces: Sequence[str], bearer: Argument, clause: Clause
) -> bool:
    """Whether ``bearer`` has its oblique case from the noun it owns right after it (``a
    magyar kormány vitájáról``): names coordinated before it own that noun too (``a Tanács
    és a magyar kormány vitájáról``), where each name in its own case would carry the ending
    itself (``Trumppal és Putyinnal``)."""
    head = bearer.last
    if bearer.marker not in OBLIQUE_CASES or head >= clause.last:
        return False
    token = tokens[head]
    return (
        token.pos == "NOUN"
        and token.feature("Case") == bearer.marker
        and _possessed(token, surfaces[head])
    )


def _opens_chunk(tokens: Sequence[Token], chunk: tuple[int, int], first: int) -> bool:
    """Whether only an article and modifiers stand before token ``first`` in its chunk: a
    coordinated name opens its piece (``és az Egyesült Államok``); a name deep in a longer
    piece (``… kezet fog az … amerikai-orosz csúcstalálkozó``) coordinates with nothing."""
    return all(tokens[i].pos in ("DET", "ADJ", "NUM") for i in range(chunk[0], first))


def _chunks(surfaces: Sequence[str], clause: Clause) -> list[tuple[int, int]]:
    """The clause cut at connectors: the pieces coordination and apposition join."""
    chunks: list[tuple[int, int]] = []
    start = clause.first
    for index in range(clause.first, clause.last):
        if surfaces[index].lower() in CONNECTORS:
            if index > start:
                chunks.append((start, index))
            start = index + 1
    if start < clause.last:
        chunks.append((start, clause.last))
    return chunks


def _object_of_verb(tokens: Sequence[Token], argument: Argument, chunk: tuple[int, int]) -> bool:
    """Whether ``argument`` is the object of its chunk's finite verb, not part of the
    description the chunk ends in: accusative, with a finite verb in the chunk and no
    participle after it whose object it could be (``a szerződést aláíró miniszter, Y``)."""
    first, end = chunk
    if argument.marker != "Acc":
        return False
    if not any(tokens[i].feature("VerbForm") == "Fin" for i in range(first, end)):
        return False
    return not any(
        (tokens[i].feature("VerbForm") or "").startswith("Part") for i in range(argument.last, end)
    )


def _is_description(
    tokens: Sequence[Token],
    surfaces: Sequence[str],
    chunks: Sequence[tuple[int, int]],
    number: int,
    mentioned: set[int],
) -> bool:
    """A chunk ending in a common noun, followed by a comma and a name, describes that name
    (``Trump amerikai elnök különmegbízottja, Steve Witkoff``)."""
    last = chunks[number][1]
    if surfaces[last - 1] == ")" and "(" in surfaces[chunks[number][0] : last - 1]:
        # ``Decsi István (volt képviselő), Szili Katalin``: a bracketed remark after a name
        # ends the chunk; the name, not the remark, is what comes before the comma.
        last = chunks[number][0] + surfaces[chunks[number][0] : last].index("(")
        if last == chunks[number][0]:
            return False
    if last - 1 in mentioned or number + 1 >= len(chunks):
        return False
    if (tokens[last - 1].feature("Case") or _CASE_DEFAULT) != _CASE_DEFAULT:
        # ``… a csúcstalálkozó helyszínén, az … bázison``: an oblique phrase, not a title.
        return False
    if last >= len(surfaces) or surfaces[last] != ",":
        return False
    following_first, following_last = chunks[number + 1]
    for index in range(following_first, following_last):
        if index in mentioned:
            # An apposition shares the case of what it describes: a name in an oblique case
            # (``… kísérlete, társaival szemben``) starts a phrase of its own.
            end = index
            while end + 1 < following_last and end + 1 in mentioned:
                end += 1
            return (tokens[end].feature("Case") or _CASE_DEFAULT) == _CASE_DEFAULT
        if tokens[index].pos != "DET":
            return False
    return False


def _person_asides(
    surfaces: Sequence[str], clause: Clause, arguments: Sequence[Argument]
) -> set[int]:
    """The words of a bracketed remark on a person, right after their name, that is more
    than one name (``Szili Katalin (korábban MSZP, most KDNP)``): the parties and posts in it
    describe the person and take no part in the event. A bracket holding one name alone
    (``Marissa (Sarah Snook)``, ``Kovács (Fidesz)``) is left to the other rules."""
    people = {argument.last for argument in arguments if argument.label == "PER"}
    found: set[int] = set()
    for opening in people:
        if opening >= clause.last or surfaces[opening] != "(":
            continue
        closing = next(
            (i for i in range(opening + 1, clause.last) if surfaces[i] in ("(", ")")), None
        )
        if closing is None or surfaces[closing] != ")":
            continue
        inside = range(opening + 1, closing)
        if any(a.first == inside.start and a.last == inside.stop for a in arguments):
            continue
        found.update(inside)
    return found


def _has_argument(chunk: tuple[int, int], arguments: Sequence[Argument]) -> bool:
    return any(chunk[0] <= argument.first < chunk[1] for argument in arguments)


def _has_finite_verb(tokens: Sequence[Token], chunk: tuple[int, int], after: int) -> bool:
    """A finite verb after the name in its own chunk ends the coordination: the name is that
    verb's subject (``Putyin tárgyalt, Witkoff közötti …``)."""
    return any(
        tokens[index].pos in ("VERB", "AUX") and tokens[index].feature("VerbForm") == "Fin"
        for index in range(after, chunk[1])
    )


def _replace(argument: Argument, **changes: object) -> Argument:
    fields = {name: getattr(argument, name) for name in Argument.__slots__}
    fields.update(changes)
    return Argument(**fields)
