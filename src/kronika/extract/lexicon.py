"""Krónika's Hungarian event-trigger lexicon: typed records read from a TOML file.

The lexicon is data (``kronika/data/lexicon/triggers.toml``, documented in the README beside
it). This module reads it into frozen records and validates every entry on load, so a typo
in the data fails loudly when the lexicon is read, never silently when an article is coded:

* the PLOVER type is one of the 16, the mode one of that type's modes, the contexts PLOVER's;
* an argument frame maps known roles (``actor``, ``partner``, ``target``, …) to known
  markers: Universal Dependencies case names (``Nom``, ``Ins``, ``Del``), ``Poss`` for the
  possessor of a nominalisation, or a postposition (``ellen``, ``elleni``, ``közötti``);
* a word pattern is well formed (``lemma``, ``lemma[Acc]``, ``be+vezet``, ``*[VerbForm=Inf]``).

Two kinds of record come out: :class:`TriggerEntry` (a word or phrase that names an event of a
PLOVER type) and :class:`CueRule` (a word, phrase or morphological feature that changes an
event's modality: negation, plans, intentions, conditions, refusals, cancellations, reports).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from kronika.errors import LexiconError
from kronika.types import PloverType

T = TypeVar("T")

__all__ = [
    "CASES",
    "PLOVER_CONTEXTS",
    "PLOVER_MODES",
    "POSTPOSITIONS",
    "PREVERBS",
    "ROLES",
    "CueKind",
    "CueRule",
    "CueScope",
    "Frame",
    "Lexicon",
    "LexiconError",
    "PloverType",
    "TriggerEntry",
    "TriggerForm",
    "WordPattern",
    "default_lexicon",
    "load_lexicon",
    "parse_pattern",
]


#: Each type's modes, from the PLOVER 2.0 manual; types without modes take none.
PLOVER_MODES: Mapping[PloverType, frozenset[str]] = {
    PloverType.AGREE: frozenset(),
    PloverType.CONSULT: frozenset({"visit", "third-party", "multilateral", "phone"}),
    PloverType.SUPPORT: frozenset(),
    PloverType.CONCEDE: frozenset(),
    PloverType.COOPERATE: frozenset(),
    PloverType.AID: frozenset(),
    PloverType.RETREAT: frozenset(
        {"withdraw", "release", "disarm", "ceasefire", "access", "resign"}
    ),
    PloverType.REQUEST: frozenset({"assist", "change", "yield", "meet"}),
    PloverType.ACCUSE: frozenset({"disapprove", "investigate", "allege"}),
    PloverType.REJECT: frozenset({"assist", "change", "yield", "meet"}),
    PloverType.THREATEN: frozenset(
        {"restrict", "arrest", "relations", "expel", "territory", "violence"}
    ),
    PloverType.PROTEST: frozenset(
        {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}
    ),
    PloverType.SANCTION: frozenset({"convict", "expel", "withdraw", "discontinue"}),
    PloverType.MOBILIZE: frozenset({"troops", "weapons", "police", "militia"}),
    PloverType.COERCE: frozenset(
        {
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    PloverType.ASSAULT: frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        }
    ),
}

PLOVER_CONTEXTS = frozenset(
    {
        "military",
        "intelligence",
        "executive",
        "legislative",
        "election",
        "political_institutions",
        "pro_democracy",
        "pro_autocracy",
        "economic",
        "legal",
        "reparations",
        "human_rights",
        "rights_freedoms",
        "repression",
        "human_security",
        "gender",
        "lgbt",
        "religion_ethnicity",
        "inequality",
        "diplomatic",
        "territory",
        "peacekeeping",
        "health",
        "asylum",
        "migration",
        "disasters",
        "natural_resource",
        "environment",
        "technology",
        "terrorism",
        "cbrn",
        "cyber",
        "misinformation",
        "crime",
        "corruption",
        "illegal_drugs",
        "trafficking",
    }
)

#: The argument roles a frame may name (see the lexicon README for what each one means).
ROLES = frozenset(
    {
        "actor",
        "partner",
        "target",
        "recipient",
        "theme",
        "topic",
        "destination",
        "origin",
        "reason",
    }
)

#: Universal Dependencies ``Case`` values the Hungarian models emit.
CASES = frozenset(
    {
        "Nom",
        "Acc",
        "Dat",
        "Gen",
        "Ins",
        "Tra",
        "Ess",
        "Ine",
        "Ill",
        "Ela",
        "Sup",
        # Sublative (-ra/-re): "Sbl" in UD Hungarian and in the models trained on it.
        "Sbl",
        "Del",
        "Ade",
        "All",
        "Abl",
        "Ter",
        "Cau",
        "For",
        "Tem",
        "Loc",
        "Dis",
    }
)

#: Postpositions (and their ``-i`` adjectival forms) that mark arguments in Hungarian news.
POSTPOSITIONS = frozenset(
    {
        "ellen",
        "elleni",
        # ``X-szel szemben`` (against X) in legal frames; elsewhere it also means "unlike X".
        "szemben",
        "között",
        "közötti",
        "részéről",
        "részére",
        "számára",
        "miatt",
        "melletti",
        "mellett",
        "iránti",
        "felé",
        "felől",
        "nevében",
        "oldalán",
        # ``X védelmére kel`` (rises to X's defence): X is whom the phrase's noun defends.
        "védelmére",
        "körüli",
        "kapcsán",
        "ügyében",
        "útján",
        "révén",
        "által",
        # ``kalapot emel X előtt`` (takes one's hat off to X); elsewhere it is mostly time.
        "előtt",
        # Possessed nouns used as postpositions: "X részvételével" (with X taking part).
        "részvételével",
        "vezetésével",
        "közreműködésével",
        "közvetítésével",
    }
)

#: Marker for the possessor of a nominalisation (``Putyin tárgyalása``, ``X letartóztatása``).
POSSESSOR = "Poss"

#: Hungarian verbal prefixes that separate from the verb (``bevezet`` → ``vezették be``).
PREVERBS = frozenset(
    {
        "abba",
        "agyon",
        "alá",
        "át",
        "be",
        "bele",
        "el",
        "ellen",
        "elő",
        "együtt",
        "fel",
        "föl",
        "félre",
        "hátra",
        "haza",
        "helyre",
        "hozzá",
        "ide",
        "jóvá",
        "ki",
        "körül",
        "közre",
        "közzé",
        "le",
        "meg",
        "míg",
        "oda",
        "össze",
        "rá",
        "szembe",
        "szét",
        "tönkre",
        "tovább",
        "újra",
        "utána",
        "végig",
        "végre",
        "vissza",
    }
)


class TriggerForm(StrEnum):
    """How an entry is written: a verb lemma, a noun (nominalisation) or a multiword phrase."""

    VERB = "verb"
    NOUN = "noun"
    PHRASE = "phrase"


class CueKind(StrEnum):
    """What a modality cue says about an event in its scope."""

    NEGATED = "negated"
    PLANNED = "planned"
    INTENDED = "intended"
    HYPOTHETICAL = "hypothetical"
    REFUSED = "refused"
    CANCELLED = "cancelled"
    REPORTED = "reported"
    CONTINUING = "continuing"
    OCCURRED = "occurred"


class CueScope(StrEnum):
    """How far a cue reaches from where it stands."""

    #: Only the clause the cue stands in.
    CLAUSE = "clause"
    #: Its clause, and a ``hogy`` clause right after it (``tervezik, hogy találkoznak``).
    MATRIX = "matrix"
    #: The whole sentence (``X szerint``, ``közölte, hogy``, ``jelentette ki``).
    SENTENCE = "sentence"


_PATTERN = re.compile(
    r"^(?P<surface>=)?(?:(?P<preverb>[^\W\d_]+)\+)?(?P<lemma>-?[^\W\d_][\w-]*|\*)(?:\[(?P<features>[^\]]+)\])?$"
)


@dataclass(frozen=True, slots=True)
class WordPattern:
    """One word of a trigger or cue.

    ``lemma`` is the dictionary form (``tárgyalás``), or ``*`` for any word. ``preverb`` is
    set for a separable verb written ``be+vezet``: the pattern then also matches the bare
    stem with its preverb standing apart (``vezették be``). ``features`` are FEATS pairs the
    token must carry (``Case=Acc``, ``VerbForm=Inf``). ``surface_only`` (written ``=nem``)
    matches the written form only, never a lemma: ``nemet`` has the lemma ``nem`` but is
    not a negation.
    """

    lemma: str
    preverb: str | None = None
    features: tuple[tuple[str, str], ...] = ()
    surface_only: bool = False

    @property
    def stem(self) -> str | None:
        """The verb without its preverb (``vezet`` for ``be+vezet``), or None."""
        return self.lemma[len(self.preverb) :] if self.preverb else None

    @property
    def wildcard(self) -> bool:
        return self.lemma == "*"


def parse_pattern(text: str, where: str = "pattern") -> tuple[WordPattern, ...]:
    """The words of a pattern written as in the lexicon (``szankció[Acc] be+vezet``).

    ``[Acc]`` is short for ``[Case=Acc]``; several features are separated by commas
    (``[Case=Acc,Number=Plur]``); alternatives for one feature by ``|`` (``[Sbl|All]``);
    ``=word`` matches the written form only.
    """
    words = text.split()
    if not words:
        raise LexiconError(f"{where}: empty pattern")
    return tuple(_parse_word(word, where) for word in words)


def _parse_word(word: str, where: str) -> WordPattern:
    match = _PATTERN.match(word)
    if match is None:
        raise LexiconError(
            f"{where}: cannot read {word!r}; write lemma, lemma[Case], preverb+verb, =form "
            "or *[Key=Val]"
        )
    preverb = match["preverb"]
    lemma = match["lemma"].lower()
    if preverb is not None:
        preverb = preverb.lower()
        if preverb not in PREVERBS:
            raise LexiconError(f"{where}: {preverb!r} in {word!r} is not a Hungarian preverb")
        if lemma == "*":
            raise LexiconError(f"{where}: a wildcard cannot carry a preverb ({word!r})")
        lemma = preverb + lemma
    features: list[tuple[str, str]] = []
    for item in (match["features"] or "").split(","):
        if not item:
            continue
        key, sep, value = item.partition("=")
        if not sep:
            key, value = "Case", item
        if key == "Case" and not set(value.split("|")) <= CASES:
            raise LexiconError(f"{where}: unknown case {value!r} in {word!r}")
        features.append((key.strip(), value.strip()))
    if lemma == "*" and not features:
        raise LexiconError(f"{where}: a wildcard needs features to match on ({word!r})")
    surface_only = match["surface"] is not None
    if lemma.startswith("-") and not surface_only:
        raise LexiconError(f"{where}: a clitic such as {word!r} is a written form: write ={word}")
    if surface_only and (preverb is not None or lemma == "*"):
        raise LexiconError(f"{where}: a written form (=…) is matched as is ({word!r})")
    return WordPattern(
        lemma=lemma, preverb=preverb, features=tuple(features), surface_only=surface_only
    )


@dataclass(frozen=True, slots=True)
class Frame:
    """Which morphological marker signals which argument: role → markers, in preference order.

    ``Frame((("actor", ("Nom",)), ("partner", ("Ins",))))`` reads "the nominative is the
    actor; the ``-val/-vel`` (instrumental) phrase is the co-participant".
    """

    roles: tuple[tuple[str, tuple[str, ...]], ...]

    def markers(self, role: str) -> tuple[str, ...]:
        """The markers of ``role`` (empty when the frame does not name it)."""
        for name, markers in self.roles:
            if name == role:
                return markers
        return ()

    def role_of(self, marker: str) -> str | None:
        """The role a marker (``Ins``, ``ellen``) signals in this frame, or None."""
        for name, markers in self.roles:
            if marker in markers:
                return name
        return None


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon entry: a word or phrase, the PLOVER event it names, and its frame."""

    id: str
    form: TriggerForm
    text: str
    pattern: tuple[WordPattern, ...]
    type: PloverType
    mode: str | None
    contexts: tuple[str, ...]
    frame: Frame
    #: A third-person plural with no subject leaves the actor unnamed (``letartóztatták``):
    #: the authorities, not the people in the accusative.
    impersonal: bool
    gloss: str
    notes: str
    #: The kinds of body (:data:`AUTHORITY_KINDS`) that do the act when the text leaves its
    #: doer unnamed (``elítélték``: a court; ``eljárás indult``: the police), first choice first.
    authority: tuple[str, ...] = ()
    #: The most other tokens between neighbouring words of this entry's phrase, when the
    #: sense allows more than the lexicon's ``max_gap`` (a noun phrase between a verb and
    #: its object: ``meghallgatta Umerov és Hnatov tárgyalók jelentését``); None for the
    #: lexicon's.
    max_gap: int | None = None


@dataclass(frozen=True, slots=True)
class CueRule:
    """A modality cue: words (or a FEATS pair on any token) and how far they reach."""

    kind: CueKind
    scope: CueScope
    text: str
    pattern: tuple[WordPattern, ...]
    #: Words that, right after a negation word, turn it into focus negation of the next word
    #: (``nem kizárólag Ukrajnáról``), not negation of the event.
    unless_followed_by: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The validated lexicon: trigger entries and modality cue rules."""

    version: str
    entries: tuple[TriggerEntry, ...]
    cues: tuple[CueRule, ...]
    #: How many tokens may separate the words of a phrase (``szankciókat vezettek be``).
    max_gap: int = 3
    #: Idioms that contain a trigger word but name no event (``felhívja a figyelmet``,
    #: ``pénzt öl bele``): a trigger sharing a word with one is not a trigger.
    idioms: tuple[tuple[WordPattern, ...], ...] = ()
    #: Structures built from the lexicon (pattern indexes), kept with it: see :meth:`derived`.
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, name: str, build: Callable[[Lexicon], T]) -> T:
        """The structure ``name`` built from this lexicon by ``build`` (a pattern index),
        built on first use and kept as long as the lexicon lives: matching asks for it once
        per article, building it takes longer than coding one."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return cast(T, self._derived[name])

    def of_type(self, plover_type: PloverType) -> tuple[TriggerEntry, ...]:
        """The entries coding ``plover_type``."""
        return tuple(entry for entry in self.entries if entry.type is plover_type)

    def entry(self, entry_id: str) -> TriggerEntry:
        """The entry with id ``entry_id`` (``CONSULT:tárgyal``)."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)


DEFAULT_PATH = "data/lexicon/triggers.toml"


@cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped with Krónika (read and validated once per process)."""
    source = resources.files("kronika").joinpath(DEFAULT_PATH)
    return _lexicon_from(source.read_text(encoding="utf-8"), DEFAULT_PATH)


def load_lexicon(path: str | Path) -> Lexicon:
    """Read and validate a lexicon file in the format of the shipped ``triggers.toml``.

    Raises :class:`LexiconError` naming the first bad entry and what to change.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read the lexicon {path}: {exc}") from exc
    return _lexicon_from(text, str(path))


def _lexicon_from(text: str, where: str) -> Lexicon:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{where} is not valid TOML: {exc}") from exc
    version = str(data.get("version", ""))
    if not version:
        raise LexiconError(f'{where}: give the lexicon a top-level version = "…"')
    entries = _entries(data.get("sense", []), where)
    cues = _cues(data.get("cue", []), where)
    idioms = _idioms(data.get("idiom", []), where)
    max_gap = data.get("max_gap", 3)
    if not isinstance(max_gap, int) or max_gap < 0:
        raise LexiconError(f"{where}: max_gap must be a non-negative integer")
    return Lexicon(version=version, entries=entries, cues=cues, max_gap=max_gap, idioms=idioms)


_SENSE_KEYS = frozenset(
    {
        "type",
        "mode",
        "contexts",
        "gloss",
        "frame",
        "noun_frame",
        "verbs",
        "nouns",
        "phrases",
        "impersonal",
        "authority",
        "max_gap",
        "notes",
    }
)
#: The bodies a sense's ``authority`` may name: who convicts, arrests, investigates, charges.
AUTHORITY_KINDS = frozenset({"court", "police", "criminal-police", "prosecution", "investigators"})


def _entries(senses: Sequence[Mapping[str, Any]], where: str) -> tuple[TriggerEntry, ...]:
    entries: list[TriggerEntry] = []
    seen: set[str] = set()
    for number, sense in enumerate(senses, start=1):
        gloss = str(sense.get("gloss", ""))
        here = f"{where}: sense {number} ({gloss or 'no gloss'})"
        unknown = set(sense) - _SENSE_KEYS
        if unknown:
            raise LexiconError(f"{here}: unknown keys {sorted(unknown)}")
        plover_type, mode = _type_and_mode(sense, here)
        contexts = tuple(_strings(sense.get("contexts", []), f"{here} contexts"))
        bad = [c for c in contexts if c not in PLOVER_CONTEXTS]
        if bad:
            raise LexiconError(f"{here}: {bad} are not PLOVER contexts")
        verbs = _strings(sense.get("verbs", []), f"{here} verbs")
        nouns = _strings(sense.get("nouns", []), f"{here} nouns")
        phrases = _strings(sense.get("phrases", []), f"{here} phrases")
        if not (verbs or nouns or phrases):
            raise LexiconError(f"{here}: list at least one of verbs, nouns, phrases")
        frame = _frame(sense.get("frame"), f"{here} frame") if verbs or phrases else None
        noun_frame = _frame(sense.get("noun_frame"), f"{here} noun_frame") if nouns else None
        impersonal = sense.get("impersonal", False)
        if not isinstance(impersonal, bool):
            raise LexiconError(f"{here}: impersonal is true or false")
        authority = tuple(_strings(sense.get("authority", []), f"{here} authority"))
        unknown_kinds = sorted(set(authority) - AUTHORITY_KINDS)
        if unknown_kinds:
            kinds = ", ".join(sorted(AUTHORITY_KINDS))
            raise LexiconError(f"{here}: authority {unknown_kinds} unknown (kinds: {kinds})")
        max_gap = sense.get("max_gap")
        if max_gap is not None and (not isinstance(max_gap, int) or max_gap < 0):
            raise LexiconError(f"{here}: max_gap must be a non-negative integer")
        forms: list[tuple[TriggerForm, str, Frame | None]] = [
            *((TriggerForm.VERB, text, frame) for text in verbs),
            *((TriggerForm.NOUN, text, noun_frame) for text in nouns),
            *((TriggerForm.PHRASE, text, frame) for text in phrases),
        ]
        for listed_form, text, entry_frame in forms:
            if entry_frame is None:  # unreachable: _frame raised for the lists present
                raise LexiconError(f"{here}: {text!r} has no frame")
            pattern = parse_pattern(text, f"{here} {text!r}")
            # A verb written with its object (``fogva tart``) is a phrase for the matcher.
            multiword_verb = listed_form is TriggerForm.VERB and len(pattern) > 1
            form = TriggerForm.PHRASE if multiword_verb else listed_form
            entry_id = f"{plover_type}{':' + mode if mode else ''}:{text}"
            if entry_id in seen:
                raise LexiconError(f"{here}: {text!r} is listed twice for {plover_type}")
            seen.add(entry_id)
            entries.append(
                TriggerEntry(
                    id=entry_id,
                    form=form,
                    text=text,
                    pattern=pattern,
                    type=plover_type,
                    mode=mode,
                    contexts=contexts,
                    frame=entry_frame,
                    impersonal=impersonal,
                    authority=authority,
                    max_gap=max_gap,
                    gloss=gloss,
                    notes=str(sense.get("notes", "")),
                )
            )
    return tuple(entries)


def _type_and_mode(sense: Mapping[str, Any], here: str) -> tuple[PloverType, str | None]:
    try:
        plover_type = PloverType(sense.get("type", ""))
    except ValueError:
        raise LexiconError(
            f"{here}: type {sense.get('type')!r} is not one of the 16 PLOVER types"
        ) from None
    mode = sense.get("mode") or None
    if mode is not None and mode not in PLOVER_MODES[plover_type]:
        allowed = ", ".join(sorted(PLOVER_MODES[plover_type])) or "none"
        raise LexiconError(f"{here}: {plover_type} has no mode {mode!r} (its modes: {allowed})")
    return plover_type, mode


def _frame(value: Any, here: str) -> Frame:
    if not isinstance(value, Mapping) or not value:
        raise LexiconError(f'{here}: give a table of role = [markers], e.g. actor = ["Nom"]')
    roles: list[tuple[str, tuple[str, ...]]] = []
    for role, markers in value.items():
        if role not in ROLES:
            raise LexiconError(f"{here}: unknown role {role!r} (roles: {', '.join(sorted(ROLES))})")
        items = tuple(_strings(markers, f"{here} {role}"))
        for marker in items:
            if marker not in CASES and marker != POSSESSOR and marker not in POSTPOSITIONS:
                raise LexiconError(
                    f"{here}: {role} marker {marker!r} is not a case, Poss or a known postposition"
                )
        roles.append((role, items))
    if "actor" not in dict(roles):
        raise LexiconError(f"{here}: every frame names the actor (use [] when it is never overt)")
    return Frame(tuple(roles))


def _idioms(tables: Sequence[Mapping[str, Any]], where: str) -> tuple[tuple[WordPattern, ...], ...]:
    idioms: list[tuple[WordPattern, ...]] = []
    for number, table in enumerate(tables, start=1):
        here = f"{where}: idiom {number}"
        unknown = set(table) - {"phrases", "notes"}
        if unknown:
            raise LexiconError(f"{here}: unknown keys {sorted(unknown)}")
        phrases = _strings(table.get("phrases", []), f"{here} phrases")
        if not phrases:
            raise LexiconError(f"{here}: list the phrases that are no event")
        idioms.extend(parse_pattern(text, f"{here} {text!r}") for text in phrases)
    return tuple(idioms)


_CUE_KEYS = frozenset({"kind", "scope", "words", "features", "unless_followed_by", "notes"})


def _cues(tables: Sequence[Mapping[str, Any]], where: str) -> tuple[CueRule, ...]:
    rules: list[CueRule] = []
    for number, table in enumerate(tables, start=1):
        here = f"{where}: cue {number}"
        unknown = set(table) - _CUE_KEYS
        if unknown:
            raise LexiconError(f"{here}: unknown keys {sorted(unknown)}")
        try:
            kind = CueKind(table.get("kind", ""))
            scope = CueScope(table.get("scope", CueScope.CLAUSE))
        except ValueError as exc:
            raise LexiconError(f"{here}: {exc}") from None
        unless = frozenset(_strings(table.get("unless_followed_by", []), f"{here}"))
        texts = [
            *_strings(table.get("words", []), f"{here} words"),
            *(f"*[{pair}]" for pair in _strings(table.get("features", []), f"{here} features")),
        ]
        if not texts:
            raise LexiconError(f"{here}: list words or features")
        rules.extend(
            CueRule(kind, scope, text, parse_pattern(text, f"{here} {text!r}"), unless)
            for text in texts
        )
    return tuple(rules)


def _strings(value: Any, here: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{here}: expected a list of non-empty strings")
    return [v.strip() for v in value]
