"""Small helpers shared by the importers: local ids, dates, and building entity records."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from kronika.types import Entity, EntityType, Role

LOCAL_PREFIX = "kronika:"
_QID = re.compile(r"^Q[1-9][0-9]*$")


def is_qid(value: str | None) -> bool:
    """Whether ``value`` has the shape of a Wikidata item id (``Q`` and digits, no zero lead)."""
    return bool(value) and _QID.match(value or "") is not None


def slug(text: str) -> str:
    """An ASCII, lower-case, hyphenated form of ``text`` for local ids (``Béketanács`` →
    ``beketanacs``)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def local_id(*parts: str) -> str:
    """A stable local id for an entity that has no confirmed QID (``kronika:steve-witkoff``)."""
    return LOCAL_PREFIX + "-".join(slug(part) for part in parts if part)


def parse_date(value: str | None) -> dt.date | None:
    """A table date (``2019-05-20``, ``2018-06``, ``2017``) as a date, its first day when only
    the month or year is known; None for empty or unreadable values."""
    if not value:
        return None
    text = value.strip().strip("'\"")[:10]
    for pattern, fmt in (
        (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
        (r"\d{4}-\d{2}", "%Y-%m"),
        (r"\d{4}", "%Y"),
    ):
        if re.fullmatch(pattern, text):
            return dt.datetime.strptime(text, fmt).date()
    return None


def year_end(value: str | None) -> dt.date | None:
    """The last day of a year-only end date, so a term ``2017–2022`` covers all of 2022."""
    parsed = parse_date(value)
    return None if parsed is None else dt.date(parsed.year, 12, 31)


# A name is letters (any script), digits, spaces and name punctuation; Natural Earth's
# alternative-name columns carry a few mis-encoded values (``Mosc£``) that match nothing.
_NAME = re.compile(r"^[^\W_](?:[\w .,'’()&/–-]*[\w.)])?$")


def unique(values: Iterable[str | None]) -> tuple[str, ...]:
    """Non-empty, well-formed names, stripped, first occurrence kept, in order."""
    seen: dict[str, None] = {}
    for value in values:
        text = (value or "").strip()
        if text and _NAME.match(text) and text not in seen:
            seen[text] = None
    return tuple(seen)


def make_entity(
    *,
    qid: str | None,
    name_en: str,
    type: EntityType,
    source: str,
    name_hu: str | None = None,
    aliases: Iterable[str | None] = (),
    country: str | None = None,
    sector: str | None = None,
    roles: Iterable[Role] = (),
    latitude: float | None = None,
    longitude: float | None = None,
    local_key: str | None = None,
) -> Entity:
    """An entity whose id is its QID when it has one, else a local id from ``local_key`` or its
    English name. Aliases never repeat the two names."""
    qid = qid if is_qid(qid) else None
    names = {name_en, name_hu}
    return Entity(
        id=qid or local_id(local_key or name_en),
        qid=qid,
        name_en=name_en,
        name_hu=name_hu or None,
        type=type,
        aliases=tuple(a for a in unique(aliases) if a not in names),
        country=country,
        sector=sector,
        roles=tuple(roles),
        latitude=latitude,
        longitude=longitude,
        sources=(source,),
    )


def to_float(value: str | None) -> float | None:
    """A coordinate from a table cell, or None."""
    try:
        return round(float(value), 5) if value not in (None, "") else None
    except ValueError:
        return None
