"""Hungarian time expressions, found in an article and resolved against its publication date.

:func:`resolve_time_expressions` finds written dates (``2025. augusztus 15-én``,
``2025-08-15``), dates that need the publication year (``január 23-án``, ``decemberben``),
deictic ones (``tegnap``, ``ma``, ``holnap``, ``múlt héten``, ``idén``, ``tavaly``), weekdays
(``csütörtökön``, ``múlt pénteken``), parts of months and years (``2026 elején``, ``január
végén``, ``tavaly ősszel``), weekends (``a hét végén``, ``múlt hétvégén``), seasons without
a year (``nyáron``, ``a nyári``), the adjectives of days and weeks (``a tegnapi``, ``a múlt
heti``), ranges (``március 3. és 5. között``, ``március 3-tól 5-ig``, ``2024 és 2026
között``), vague references (``korábban``, ``nemrég``, ``a napokban``), and days counted from
the day the text named last (``december 11-én … másnap``, ``aznap``, ``két nappal később``;
a bare ``később``, ``azóta`` is vague), in its own segment or
the one before and never from a day inside a direct quote, whose ``ma`` and ``tegnap`` are
the speaker's: they count from the day the quote's attribution names (``„Ma itt vagyok” –
mondta december 11-én``), else from the publication date.
An article or ``is`` the scrape glued to an expression (``másnapazt``) does not hide it.

Where the text leaves the direction open (a weekday, a month without a year) the clause
decides: a past-tense clause looks back from the publication date, a clause with a plan,
intention or condition cue (``terveznek``, ``kész``, ``-na/-ne``) looks forward, and a
present-tense clause (Hungarian has no future tense, and headlines narrate the past in the
present) takes the nearer of the two. A participle the expression modifies decides before the
clause does (``ha végrehajtjuk a nyári csúcson elfogadott döntéseket`` looks back, ``a
márciusban tartandó ülésről beszélt`` ahead), and so does a past indicative verb right beside
it (``kivédheti a támadást – jelentette ki kedden``; ``pénteken kellett volna jönnöm``),
except for a time something is set for (``február 26-ra tűzték ki``); a past conditional is
counterfactual and looks back (``novemberben részt kellett volna vennie``). The publication day
itself counts in both directions, because Hungarian news names the day of publication by its
weekday (``Putyin csütörtökön fogadta…`` in Thursday's paper is that Thursday).

Nothing unknown is made up: ``korábban`` is a past reference with precision ``none`` and no
date, and a relative expression in an undated article has no date either. A date in a photo
caption carries the caption's segment kind, because it dates the photo, not the story.

hun-date-parser was tried for this and left out (see the lexicon README): it merges separate
expressions of a text into one span and misreads ranges and year parts.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from kronika.extract.clauses import TokenView
from kronika.extract.lexicon import CueKind, Lexicon, default_lexicon
from kronika.extract.modality import CueFinder
from kronika.types import (
    Article,
    DatePrecision,
    EventDatePrecision,
    Quote,
    QuoteKind,
    SegmentKind,
    Token,
)

__all__ = [
    "TimeDirection",
    "TimeExpression",
    "TimePrecision",
    "attributive_past",
    "participle_after",
    "resolve_time_expressions",
]


#: How much of a time expression's date is known: the same scale as an event's date, which
#: takes its precision from the expression that dates it.
TimePrecision = EventDatePrecision


class TimeDirection(StrEnum):
    """Which way from the publication date an expression was read."""

    PAST = "past"
    FUTURE = "future"
    NEAREST = "nearest"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression: its span, the dates it covers and how they were found.

    ``first``/``last`` are the first and last day covered (equal for a day; None when the
    expression gives no date, like ``korábban``). ``relative`` says the publication date was
    needed; ``direction`` how an open expression was read (a vague one, like ``korábban``,
    has a direction and no date); ``approximate`` marks conventional spans (``a napokban``:
    the last seven days; ``elején``: the first third). ``segment`` is the kind of segment it
    stands in (``caption`` dates the photo).
    """

    start: int
    end: int
    precision: TimePrecision
    first: dt.date | None
    last: dt.date | None
    relative: bool
    direction: TimeDirection | None
    approximate: bool
    segment: SegmentKind | None


MONTHS = (
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
)
#: Abbreviations, accepted only with their dot and a day after them (``aug. 15.``): bare,
#: ``okt`` and ``mar`` would be the start of ``oktatás`` and ``maradt``.
#: Each is the start of its month's name, which is how :func:`_month_number` reads it.
MONTH_ABBREVIATIONS = (
    "jan",
    "febr?",
    "márc",
    "ápr",
    "máj",
    "jún",
    "júl",
    "aug",
    "szept",
    "okt",
    "nov",
    "dec",
)
#: Weekday stems as written before their suffixes (``szerdán``, ``vasárnap``), Monday first.
WEEKDAYS = ("hétfő", "kedd", "szerd", "csütörtök", "péntek", "szombat", "vasárnap")

_L = "a-záéíóöőúüű"
_FULL_MONTH = "(?P<{name}>" + "|".join(MONTHS) + ")"
_ANY_MONTH = "(?P<{name}>" + "|".join(MONTHS) + "|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.)"
_SUFFIX = rf"(?:\.|-?[{_L}]+)?"
_DAY_SUFFIX = rf"(?:\.|-[{_L}]+)?"
#: ``elején``, ``közepén``, ``végén`` and their other cases, not ``végül`` (finally).
_PART = r"(?P<part>elej[eéi]\w*|közep[eéi]\w*|vég[eéi]\w*)"
_SEASON = r"(?P<season>tavas\w*|nyar\w*|nyár\w*|ős[sz]\w*|tél\w*|tel[eé]\w*)"
_RANGE_JOIN = r"(?:\s*[–—-]\s*|\.?\s+és\s+|-?t[óő]l\s+)"
_DAYPART = r"(?:\s+(?:reggel|délelőtt|délben|délután|este|éjjel|éjszaka|hajnalban))?"
#: The case endings a weekday takes (``kedden``, ``szerdára``, ``péntektől``, ``vasárnapi``),
#: listed so that ``Szombathely`` is not a Saturday.
_WEEKDAY_SUFFIX = r"(?:[aáeéoö]?n|[aá]?r[ae]|[aá]?ig|[aá]?t[óő]l|[aá]?i|[aeoö]?t)?"


def _month_number(text: str) -> int:
    """The month (1-12) of a full, inflected (``januárjában``) or abbreviated (``febr.``) name."""
    word = text.lower().rstrip(".")
    for number, name in enumerate(MONTHS, start=1):
        if word.startswith(name) or name.startswith(word):
            return number
    raise ValueError(text)


@dataclass(frozen=True, slots=True)
class _Context:
    """What a resolver needs besides its match: the anchor and the clause's direction."""

    anchor: dt.date | None
    anchor_precision: DatePrecision | None
    direction: TimeDirection
    #: The day named last before the expression (``december 11-én … másnap``), if any.
    reference: dt.date | None = None


@dataclass(frozen=True, slots=True)
class _Found:
    precision: TimePrecision
    first: dt.date | None
    last: dt.date | None
    relative: bool
    direction: TimeDirection | None = None
    approximate: bool = False


_Resolver = Callable[[re.Match[str], _Context], "_Found | None"]


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _pick_year(month: int, day: int | None, context: _Context) -> tuple[int, TimeDirection] | None:
    """The year of a month (and day) given without one, read in the clause's direction."""
    if context.anchor is None:
        return None
    anchor = context.anchor
    this_year = anchor.year

    def start(year: int) -> dt.date:
        return _day(year, month, day or 1) or _month_end(year, month)

    def end(year: int) -> dt.date:
        return start(year) if day else _month_end(year, month)

    past = this_year if start(this_year) <= anchor else this_year - 1
    future = this_year if end(this_year) >= anchor else this_year + 1
    if context.direction is TimeDirection.PAST:
        return past, TimeDirection.PAST
    if context.direction is TimeDirection.FUTURE:
        return future, TimeDirection.FUTURE
    if past == future:
        return past, TimeDirection.NEAREST
    distance_past = (anchor - end(past)).days
    distance_future = (start(future) - anchor).days
    return (past if distance_past <= distance_future else future), TimeDirection.NEAREST


def _full_numeric(match: re.Match[str], _context: _Context) -> _Found | None:
    day = _day(int(match["y"]), int(match["m"]), int(match["d"]))
    return _Found(TimePrecision.DAY, day, day, relative=False) if day else None


def _month_day(match: re.Match[str], context: _Context) -> _Found | None:
    month, day = _month_number(match["month"]), int(match["d"])
    if match["y"]:
        found = _day(int(match["y"]), month, day)
        return _Found(TimePrecision.DAY, found, found, relative=False) if found else None
    picked = _pick_year(month, day, context)
    if picked is None:
        return _unknown(context)
    found = _day(picked[0], month, day)
    return _Found(TimePrecision.DAY, found, found, True, picked[1]) if found else None


def _month_day_range(match: re.Match[str], context: _Context) -> _Found | None:
    month = _month_number(match["month"])
    month2 = _month_number(match["month2"]) if match["month2"] else month
    day, day2 = int(match["d"]), int(match["d2"])
    if match["y"]:
        year, direction, relative = int(match["y"]), None, False
    else:
        picked = _pick_year(month, day, context)
        if picked is None:
            return _unknown(context)
        (year, direction), relative = picked, True
    first = _day(year, month, day)
    last = _day(year + (1 if month2 < month else 0), month2, day2)
    if first is None or last is None or last < first:
        return None
    return _Found(TimePrecision.RANGE, first, last, relative, direction)


def _year_month(match: re.Match[str], _context: _Context) -> _Found | None:
    year, month = int(match["y"]), _month_number(match["month"])
    return _Found(
        TimePrecision.MONTH, dt.date(year, month, 1), _month_end(year, month), relative=False
    )


def _month_alone(match: re.Match[str], context: _Context) -> _Found | None:
    month = _month_number(match["month"])
    picked = _pick_year(month, None, context)
    if picked is None:
        return _unknown(context)
    year, direction = picked
    first, last = dt.date(year, month, 1), _month_end(year, month)
    if match["part"]:
        first, last = _part_of(first, last, match["part"])
        return _Found(TimePrecision.RANGE, first, last, True, direction, approximate=True)
    return _Found(TimePrecision.MONTH, first, last, True, direction)


def _year_month_part(match: re.Match[str], _context: _Context) -> _Found | None:
    year, month = int(match["y"]), _month_number(match["month"])
    first, last = _part_of(dt.date(year, month, 1), _month_end(year, month), match["part"])
    return _Found(TimePrecision.RANGE, first, last, relative=False, approximate=True)


def _part_of(first: dt.date, last: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of ``[first, last]`` (``elején``, ``közepén``,
    ``végén``): a convention, marked approximate by the callers."""
    span = (last - first).days + 1
    third = span // 3
    word = part.lower()
    if word.startswith("elej"):
        return first, first + dt.timedelta(days=third - 1)
    if word.startswith("közep"):
        return first + dt.timedelta(days=third), last - dt.timedelta(days=third)
    return last - dt.timedelta(days=third - 1), last


def _season(year: int, season: str) -> tuple[dt.date, dt.date]:
    word = season.lower()
    if word.startswith("tavas"):
        return dt.date(year, 3, 1), dt.date(year, 5, 31)
    if word.startswith(("nyar", "nyár")):
        return dt.date(year, 6, 1), dt.date(year, 8, 31)
    if word.startswith("ős"):
        return dt.date(year, 9, 1), dt.date(year, 11, 30)
    # Winter is read as the one starting in December of the year named.
    return dt.date(year, 12, 1), _month_end(year + 1, 2)


def _year_part(match: re.Match[str], _context: _Context) -> _Found | None:
    year = int(match["y"])
    if match["season"]:
        first, last = _season(year, match["season"])
    else:
        first, last = _part_of(dt.date(year, 1, 1), dt.date(year, 12, 31), match["part"])
    return _Found(TimePrecision.RANGE, first, last, relative=False, approximate=True)


def _year(match: re.Match[str], _context: _Context) -> _Found | None:
    year = int(match["y"])
    return _Found(TimePrecision.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31), False)


def _year_range(match: re.Match[str], _context: _Context) -> _Found | None:
    year, year2 = int(match["y"]), int(match["y2"])
    if year2 <= year:
        return None
    return _Found(TimePrecision.RANGE, dt.date(year, 1, 1), dt.date(year2, 12, 31), False)


_RELATIVE_DAYS = {"tegnapelőtt": -2, "tegnap": -1, "ma": 0, "mai": 0, "holnap": 1, "holnapután": 2}


def _relative_day(match: re.Match[str], context: _Context) -> _Found | None:
    anchor = _day_anchor(context)
    if anchor is None:
        return _unknown(context)
    word = match["word"].lower()
    offset = _RELATIVE_DAYS.get(word, _RELATIVE_DAYS.get(word.removesuffix("i"), 0))
    day = anchor + dt.timedelta(days=offset)
    return _Found(TimePrecision.DAY, day, day, relative=True)


def _weekday(match: re.Match[str], context: _Context) -> _Found | None:
    anchor = _day_anchor(context)
    if anchor is None:
        return _unknown(context)
    wanted = next(i for i, stem in enumerate(WEEKDAYS) if match["wd"].lower().startswith(stem))
    which = (match["which"] or "").lower()
    if which:
        # múlt/jövő pénteken: that weekday in the previous or next calendar week.
        monday = anchor - dt.timedelta(days=anchor.weekday())
        weeks = -1 if which in ("múlt", "előző") else 1
        day = monday + dt.timedelta(weeks=weeks, days=wanted)
        direction = TimeDirection.PAST if weeks < 0 else TimeDirection.FUTURE
        return _Found(TimePrecision.DAY, day, day, True, direction)
    back = anchor - dt.timedelta(days=(anchor.weekday() - wanted) % 7)
    ahead = anchor + dt.timedelta(days=(wanted - anchor.weekday()) % 7)
    if context.direction is TimeDirection.PAST:
        day = back
    elif context.direction is TimeDirection.FUTURE:
        day = ahead
    else:
        day = back if (anchor - back) <= (ahead - anchor) else ahead
    return _Found(TimePrecision.DAY, day, day, True, context.direction)


def _week(match: re.Match[str], context: _Context) -> _Found | None:
    anchor = _day_anchor(context)
    if anchor is None:
        return _unknown(context)
    which = (match["which"] or "").lower()
    weeks = {"múlt": -1, "előző": -1, "jövő": 1, "következő": 1}.get(which, 0)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=weeks)
    return _Found(TimePrecision.RANGE, monday, monday + dt.timedelta(days=6), relative=True)


def _weekend(match: re.Match[str], context: _Context) -> _Found | None:
    """``a hét végén``, ``hétvégén``, ``múlt hétvégén``: a Saturday and the Sunday after it.

    With ``múlt``/``jövő`` it is the previous or next calendar week's weekend; bare, the
    clause decides: a past clause takes the last weekend that has begun (on a Sunday, that
    very weekend), a planned one the next weekend that has not ended, a present one the
    nearer of the two.
    """
    anchor = _day_anchor(context)
    if anchor is None:
        return _unknown(context)
    which = (match["which"] or "").lower()
    monday = anchor - dt.timedelta(days=anchor.weekday())
    direction: TimeDirection | None = None
    if which:
        weeks = -1 if which in ("múlt", "előző") else 1
        saturday = monday + dt.timedelta(weeks=weeks, days=5)
    else:
        back = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        ahead = back if anchor.weekday() >= 5 else monday + dt.timedelta(days=5)
        if context.direction is TimeDirection.PAST:
            saturday = back
        elif context.direction is TimeDirection.FUTURE:
            saturday = ahead
        else:
            sunday_before = back + dt.timedelta(days=1)
            saturday = back if (anchor - sunday_before) <= (ahead - anchor) else ahead
        direction = context.direction
    return _Found(TimePrecision.RANGE, saturday, saturday + dt.timedelta(days=1), True, direction)


#: A season named alone (``nyáron``, ``a nyári``, ``ősszel``, ``télen``), without a year.
_SEASON_ALONE = r"(?P<season>nyáron|nyári|tavasszal|tavaszi|ősszel|őszi|télen|téli)"


def _season_alone(match: re.Match[str], context: _Context) -> _Found | None:
    """A season without a year: the one going on at publication, else the last one (past
    clause), the next one (planned clause) or the nearer one (present clause)."""
    if context.anchor is None:
        return _unknown(context)
    anchor = context.anchor
    years = range(anchor.year - 2, anchor.year + 2)
    spans = [_season(year, match["season"]) for year in years]
    for first, last in spans:
        if first <= anchor <= last and context.direction is not TimeDirection.FUTURE:
            return _Found(TimePrecision.RANGE, first, last, True, context.direction, True)
    past = max((s for s in spans if s[1] < anchor), key=lambda s: s[0])
    future = min((s for s in spans if s[0] > anchor), key=lambda s: s[0])
    if context.direction is TimeDirection.PAST:
        chosen = past
    elif context.direction is TimeDirection.FUTURE:
        chosen = future
    else:
        chosen = past if (anchor - past[1]) <= (future[0] - anchor) else future
    return _Found(TimePrecision.RANGE, chosen[0], chosen[1], True, context.direction, True)


def _relative_month(match: re.Match[str], context: _Context) -> _Found | None:
    if context.anchor is None:
        return _unknown(context)
    which = (match["which"] or "").lower()
    step = {"múlt": -1, "előző": -1, "jövő": 1, "következő": 1}.get(which, 0)
    index = context.anchor.year * 12 + context.anchor.month - 1 + step
    year, month = divmod(index, 12)
    first, last = dt.date(year, month + 1, 1), _month_end(year, month + 1)
    if match["part"]:
        first, last = _part_of(first, last, match["part"])
        return _Found(TimePrecision.RANGE, first, last, True, approximate=True)
    return _Found(TimePrecision.MONTH, first, last, relative=True)


_YEAR_WORDS = {"tavalyelőtt": -2, "tavaly": -1, "idén": 0, "idei": 0, "jövőre": 1, "jövő": 1}


def _relative_year(match: re.Match[str], context: _Context) -> _Found | None:
    if context.anchor is None:
        return _unknown(context)
    word = match["word"].lower()
    offset = next(v for k, v in _YEAR_WORDS.items() if word.startswith(k))
    year = context.anchor.year + offset
    if match["season"]:
        first, last = _season(year, match["season"])
        return _Found(TimePrecision.RANGE, first, last, True, approximate=True)
    if match["part"]:
        first, last = _part_of(dt.date(year, 1, 1), dt.date(year, 12, 31), match["part"])
        return _Found(TimePrecision.RANGE, first, last, True, approximate=True)
    return _Found(TimePrecision.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31), True)


#: How far back (or ahead) ``a napokban`` reaches: a convention, marked approximate.
RECENT_DAYS = 7


def _recent_days(_match: re.Match[str], context: _Context) -> _Found | None:
    anchor = _day_anchor(context)
    if anchor is None:
        return _unknown(context)
    span = dt.timedelta(days=RECENT_DAYS - 1)
    if context.direction is TimeDirection.FUTURE:
        return _Found(TimePrecision.RANGE, anchor, anchor + span, True, TimeDirection.FUTURE, True)
    return _Found(TimePrecision.RANGE, anchor - span, anchor, True, TimeDirection.PAST, True)


#: The day each word counts to from the day named before it (``egy nappal …`` by its last
#: word: ``később`` and ``azután`` are the day after, ``korábban`` and ``előtte`` the day
#: before).
_ANAPHORIC_DAYS = {
    "más": 1,
    "köv": 1,
    "azn": 0,
    "előz": -1,
    "később": 1,
    "azután": 1,
    "korábban": -1,
    "előtte": -1,
}


#: Numerals counting days (``két nappal később``), from one.
_COUNTS = ("egy", "két", "három", "négy", "öt", "hat", "hét")


def _anaphoric_day(match: re.Match[str], context: _Context) -> _Found | None:
    """``másnap``, ``aznap``, ``az előző napon``: a day counted from the day the text named
    last (``december 11-én … Szijjártó másnap azt mondta``), unknown without one."""
    if context.reference is None:
        return _unknown(context)
    word = re.sub(r"^\w+\s+nappal\s+", "", match["word"].lower())
    offset = next(v for k, v in _ANAPHORIC_DAYS.items() if word.startswith(k))
    count = (match["count"] or "egy").lower()
    offset *= int(count) if count.isdigit() else _COUNTS.index(count) + 1
    day = context.reference + dt.timedelta(days=offset)
    return _Found(TimePrecision.DAY, day, day, relative=True)


def _vague_past(_match: re.Match[str], _context: _Context) -> _Found | None:
    return _Found(TimePrecision.NONE, None, None, relative=True, direction=TimeDirection.PAST)


def _vague_future(_match: re.Match[str], _context: _Context) -> _Found | None:
    return _Found(TimePrecision.NONE, None, None, relative=True, direction=TimeDirection.FUTURE)


def _unknown(context: _Context) -> _Found:
    """A relative expression in an article whose date is not known precisely enough."""
    return _Found(TimePrecision.NONE, None, None, relative=True, direction=context.direction)


def _day_anchor(context: _Context) -> dt.date | None:
    return context.anchor if context.anchor_precision is DatePrecision.DAY else None


#: Words the scrape glues onto the word before them where a link or tag ended (``Szijjártó
#: másnapazt mondta``), after an expression of four letters or more.
_GLUED = r"(?<=\w{4})(?:az|azt|a|is|egy)(?!\w)"


def _rx(pattern: str) -> re.Pattern[str]:
    """``pattern`` as whole words; a dot right before is a sentence end the scrape glued to
    the next word (``miniszternek.2025 elején``), unless a digit stands before it
    (``1.2025``), and an article or ``is`` right after is a word the scrape glued to it
    (``másnapazt``)."""
    return re.compile(rf"(?<!\w)(?<!\d\.){pattern}(?=(?!\w)|{_GLUED})", re.IGNORECASE)


_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
_MONTH1, _MONTH2 = _ANY_MONTH.format(name="month"), _ANY_MONTH.format(name="month2")
_NAMED_MONTH = _FULL_MONTH.format(name="month")

#: (pattern, resolver), tried all; where matches overlap the longest wins.
_RULES: tuple[tuple[re.Pattern[str], _Resolver], ...] = (
    (
        _rx(rf"{_YEAR}\s*[.\-/]\s*(?P<m>\d{{1,2}})\s*[.\-/]\s*(?P<d>\d{{1,2}}){_SUFFIX}"),
        _full_numeric,
    ),
    (
        _rx(
            rf"(?:{_YEAR}\.?\s+)?{_MONTH1}\.?\s+(?P<d>\d{{1,2}}){_RANGE_JOIN}"
            rf"(?:{_MONTH2}\.?\s+)?(?P<d2>\d{{1,2}}){_DAY_SUFFIX}(?:\s+között)?"
        ),
        _month_day_range,
    ),
    (_rx(rf"(?:{_YEAR}\.?\s+)?{_MONTH1}\.?\s+(?P<d>\d{{1,2}}){_DAY_SUFFIX}{_DAYPART}"), _month_day),
    (_rx(rf"{_YEAR}\.?\s+{_NAMED_MONTH}[{_L}]*\s+{_PART}"), _year_month_part),
    (_rx(rf"{_YEAR}\.?\s+{_NAMED_MONTH}[{_L}]*"), _year_month),
    (_rx(rf"{_NAMED_MONTH}[{_L}]*(?:\s+{_PART})?"), _month_alone),
    (_rx(rf"{_YEAR}\.?\s+(?:év\s+)?(?:{_PART}|{_SEASON})"), _year_part),
    (
        _rx(
            rf"{_YEAR}(?:\.?\s*[–—-]\s*|\s+és\s+|-t[óő]l\s+)"
            rf"(?P<y2>(?:1[89]|20)\d\d)(?:-[{_L}]+)?(?:\s+között)?"
        ),
        _year_range,
    ),
    (_rx(rf"{_YEAR}(?:-(?:b[ae]n|ig|t[óő]l|r[ae]|[aeoö]s[{_L}]*)|\s+óta)"), _year),
    (
        _rx(
            rf"(?:(?P<which>múlt|előző|jövő|következő)\s+)?"
            rf"(?P<wd>hétfő|kedd|szerd[aá]|csütörtök|péntek|szombat|vasárnap)"
            rf"{_WEEKDAY_SUFFIX}{_DAYPART}"
        ),
        _weekday,
    ),
    (
        _rx(
            r"(?:a\s+)?(?P<word>tegnapelőtt|tegnap|holnapután|holnap|ma)"
            r"(?:\s+(?:reggel|délelőtt|délben|délután|este|éjjel|éjszaka|hajnalban))?"
        ),
        _relative_day,
    ),
    (_rx(r"a\s+(?P<word>mai|tegnapi|holnapi)\s+napon"), _relative_day),
    # A day adjective on an event noun: ``a tegnapi berlini beszéd``, not bare ``mai``
    # (``a mai Oroszország`` is present-day Russia).
    (_rx(r"(?P<word>tegnapelőtti|tegnapi|holnaputáni|holnapi)"), _relative_day),
    (
        _rx(
            r"(?:a\s+)?(?:(?P<which>múlt|előző|jövő|következő)\s+)?"
            r"(?:hét\s+végén|hétvég(?:én|i|ét))"
        ),
        _weekend,
    ),
    (
        _rx(
            r"(?:a\s+)?(?:(?P<which>múlt|előző|jövő|következő)\s+|ezen\s+a\s+|e\s+)"
            r"(?:hét\w*|heti)"
        ),
        _week,
    ),
    (
        _rx(
            r"(?:a\s+)?(?:(?P<which>múlt|előző|jövő|következő)\s+|ebben\s+a\s+|a\s+)"
            rf"hónap\w*(?:\s+{_PART})?"
        ),
        _relative_month,
    ),
    (
        _rx(
            rf"(?:az?\s+)?(?P<word>tavalyelőtt|tavaly\w*|idén|idei|jövőre)"
            rf"(?:\s+(?:év\s+)?(?:{_SEASON}|{_PART}))?"
        ),
        _relative_year,
    ),
    (_rx(rf"(?:az?\s+)?{_SEASON_ALONE}"), _season_alone),
    (
        _rx(
            r"(?P<word>másnap(?:ján)?|aznap|következő\s+napon|előző\s+nap(?:on)?"
            r"|(?P<count>egy|két|három|négy|öt|hat|hét|\d{1,2})\s+nappal\s+"
            r"(?:később|korábban|előtte|azután))"
        ),
        _anaphoric_day,
    ),
    (_rx(r"a\s+napokban"), _recent_days),
    (
        _rx(
            r"(?:már\s+)?(?:korábban|nemrég(?:iben)?|a\s+minap|minap|régebben|a\s+múltban"
            r"|később|utóbb|azóta|időközben)"
        ),
        _vague_past,
    ),
    (_rx(r"(?:hamarosan|rövidesen|nemsokára|a\s+jövőben)"), _vague_future),
)

#: Cue kinds that point a clause to the future.
FUTURE_CUES = frozenset({CueKind.PLANNED, CueKind.INTENDED, CueKind.HYPOTHETICAL})


def resolve_time_expressions(
    article: Article,
    lexicon: Lexicon | None = None,
    view: TokenView | None = None,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[TimeExpression]:
    """The time expressions of ``article`` in text order, resolved against its date; only
    those inside the spans ``within`` when given (the event coder asks for the sentences
    that hold a trigger, the only ones it dates events from).

    Works on the text alone; with ``article.tokens`` (the NLP stage) the clause's tense and
    modality cues choose the direction of open expressions, otherwise the nearer date wins.
    """
    lexicon = lexicon or default_lexicon()
    view = view or TokenView.of(article)
    cues = CueFinder(view, lexicon)
    anchor = article.date.value if article.date is not None else None
    precision = article.date.precision if article.date is not None else None
    segment_starts = [segment.start for segment in article.segments]
    direct = [q for q in article.quotes if q.kind is QuoteKind.DIRECT]
    spans = (
        _with_references(article.text, within, segment_starts)
        if within is not None
        else [(0, len(article.text))]
    )
    candidates = _candidates(article.text, spans)
    found: list[TimeExpression] = []
    taken_until = -1
    quoted = [(q.start, q.end) for q in direct]
    spoken: list[tuple[int, re.Match[str], TimeDirection]] = []
    for start, end, resolver, match in candidates:
        if start < taken_until:
            continue
        context = _Context(
            anchor,
            precision,
            _clause_direction(view, cues, start, end),
            _reference_day(
                found,
                start,
                view.segment_kind(start) is SegmentKind.CAPTION,
                segment_starts,
                quoted,
            ),
        )
        resolved = resolver(match, context)
        if resolved is None:
            continue
        taken_until = end
        if resolver is _relative_day and any(q_start <= start < q_end for q_start, q_end in quoted):
            spoken.append((len(found), match, context.direction))
        found.append(
            TimeExpression(
                start=start,
                end=end,
                precision=resolved.precision,
                first=resolved.first,
                last=resolved.last,
                relative=resolved.relative,
                direction=resolved.direction,
                approximate=resolved.approximate,
                segment=view.segment_kind(start),
            )
        )
    for index, match, direction in spoken:
        time = found[index]
        quote = next(q for q in direct if q.start <= time.start < q.end)
        day = _speech_day(article, view, found, quote, quoted)
        if day is None or day == anchor:
            continue
        again = _relative_day(match, _Context(day, DatePrecision.DAY, direction))
        if again is not None:
            found[index] = replace(time, first=again.first, last=again.last)
    return found


def _speech_day(
    article: Article,
    view: TokenView,
    found: Sequence[TimeExpression],
    quote: Quote,
    quoted: Sequence[tuple[int, int]],
) -> dt.date | None:
    """The day a direct quote was said, from which its ``ma`` and ``tegnap`` count: the one
    past day its attribution clause names (``„Ma itt vagyok” – mondta december 11-én``).
    A day named earlier in the paragraph is no sign: the speaker may look back on it
    (``hétfőn ígéretet kaptak. „A tegnapi demonstráció…” – mondta`` on Tuesday)."""
    anchor = article.date.value if article.date is not None else None

    def days(start: int, end: int) -> list[dt.date]:
        return [
            t.first
            for t in found
            if start <= t.start < end
            and t.precision is TimePrecision.DAY
            and t.first is not None
            and anchor is not None
            and t.first <= anchor
            and t.segment is not SegmentKind.CAPTION
            and not any(q_start <= t.start < q_end for q_start, q_end in quoted)
        ]

    cue = view.clause_at(quote.cue_start)
    if cue is None:
        return None
    named = set(days(cue.start, cue.end + 1))
    return named.pop() if len(named) == 1 else None


def _candidates(
    text: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int, _Resolver, re.Match[str]]]:
    """Every match of every rule in ``spans``, by start and then longest first."""
    candidates: list[tuple[int, int, _Resolver, re.Match[str]]] = []
    for span_start, span_end in spans:
        for pattern, resolver in _RULES:
            for match in pattern.finditer(text, span_start, span_end):
                candidates.append((match.start(), match.end(), resolver, match))
    candidates.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    return candidates


def _with_references(
    text: str, spans: Sequence[tuple[int, int]], segment_starts: Sequence[int]
) -> list[tuple[int, int]]:
    """``spans``, each one that holds a day counted from another (``másnap``) reaching back to
    the start of the segment before its own, where that day may be named; overlaps merged."""
    wanted = []
    anaphoric = [pattern for pattern, resolver in _RULES if resolver is _anaphoric_day]
    for start, end in spans:
        if any(pattern.search(text, start, end) for pattern in anaphoric):
            here = bisect.bisect_right(segment_starts, start) - 1
            start = min(start, segment_starts[max(here - 1, 0)]) if here >= 0 else 0
        wanted.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(wanted):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _reference_day(
    found: Sequence[TimeExpression],
    start: int,
    caption: bool,
    segment_starts: Sequence[int],
    quoted: Sequence[tuple[int, int]],
) -> dt.date | None:
    """The day an anaphoric expression at ``start`` counts from: the last day named before it
    in its own or the previous segment, outside direct quotes (whose ``ma`` is the speaker's
    day) and in a caption only for a caption."""
    here = bisect.bisect_right(segment_starts, start) - 1
    for time in reversed(found):
        if here - (bisect.bisect_right(segment_starts, time.start) - 1) > 1:
            return None
        if (
            time.precision is TimePrecision.DAY
            and time.first is not None
            and (time.segment is SegmentKind.CAPTION) == caption
            and not any(q_start <= time.start < q_end for q_start, q_end in quoted)
        ):
            return time.first
    return None


def _clause_direction(view: TokenView, cues: CueFinder, start: int, end: int) -> TimeDirection:
    """Past for a past-tense clause, future for a planned, intended or conditional one,
    nearest otherwise (present tense, no verb, or no tokens at all)."""
    clause = view.clause_at(start)
    if clause is None or not (clause.start <= start < clause.end):
        return TimeDirection.NEAREST
    participle = participle_after(view, end)
    if participle is not None:
        return participle
    if _past_verb_beside(view, start, end) and not _target(view.article.text[start:end]):
        return TimeDirection.PAST
    inside = [i for i in range(clause.first, clause.last) if _overlaps(view, i, start, end)]
    kinds = {cue.kind for cue in cues.cues_for(clause, start, end, inside)}
    if clause.tense == "Past" and any(
        view.surfaces[i].lower() == "volna" for i in range(clause.first, clause.last)
    ):
        # A past conditional is counterfactual: ``novemberben részt kellett volna vennie``
        # tells of the November that has passed.
        return TimeDirection.PAST
    if kinds & FUTURE_CUES:
        return TimeDirection.FUTURE
    if clause.tense == "Past":
        return TimeDirection.PAST
    return TimeDirection.NEAREST


#: Words that may stand between an expression and the participle it modifies (``a nyári
#: hágai csúcson elfogadott``): adjectives, names, nouns and numbers, and the adverb of the
#: participle itself (``a februári, rosszul sikerült``).
_PARTICIPLE_PHRASE_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM", "ADV"})


def participle_after(view: TokenView, end: int) -> TimeDirection | None:
    """The tense of the participle an expression modifies, a few words on (``a nyári hágai
    csúcson elfogadott határozat`` looks back even in a clause that looks ahead, ``a jövő
    héten tartandó ülés`` looks ahead), or None when no participle follows."""
    tokens = view.article.tokens
    index = bisect.bisect_left(view.token_starts, end)
    for position in range(index, min(index + 4, len(tokens))):
        token = tokens[position]
        form = token.feature("VerbForm")
        if attributive_past(tokens, position):
            return TimeDirection.PAST
        if form == "PartFut":
            return TimeDirection.FUTURE
        comma = view.surfaces[position] == "," and position == index
        if not comma and (token.pos not in _PARTICIPLE_PHRASE_POS or form is not None):
            return None
    return None


def attributive_past(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a past participle before its noun: tagged so, or a finite
    past verb of the same ``-t`` form between an adverb and an adjective or noun, the tagger's
    reading of ``a rosszul sikerült találkozó``."""
    token = tokens[index]
    form = token.feature("VerbForm")
    if form == "PartPast":
        return True
    return (
        form == "Fin"
        and token.pos == "VERB"
        and token.feature("Tense") == "Past"
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].pos in ("ADV", "ADJ")
        and tokens[index + 1].pos in ("ADJ", "NOUN")
    )


def _target(text: str) -> bool:
    """Whether an expression names the time something is set for (``február 26-ra``,
    ``hétfőre``), which a past verb (``tűzték ki``) does not turn into the past."""
    return text.lower().endswith(("ra", "re"))


def _past_verb_beside(view: TokenView, start: int, end: int) -> bool:
    """Whether the finite verb right before the expression (past its preverb) or right after
    it is in the past indicative: the expression dates that verb even where the clause holds
    a plan or a condition (``A NATO kivédheti a támadást – jelentette ki kedden Rutte``)."""
    tokens = view.article.tokens
    before = bisect.bisect_left(view.token_starts, start) - 1
    while before >= 0 and tokens[before].pos == "ADV":
        before -= 1
    after = bisect.bisect_left(view.token_starts, end)
    return any(
        0 <= index < len(tokens)
        and tokens[index].feature("VerbForm") == "Fin"
        and tokens[index].feature("Tense") == "Past"
        and tokens[index].feature("Mood") == "Ind"
        for index in (before, after)
    )


def _overlaps(view: TokenView, index: int, start: int, end: int) -> bool:
    token = view.article.tokens[index]
    return token.start < end and start < token.end
