"""The shipped knowledge base: ``kronika/data/kb/kb.jsonl.gz``, one entity per line.

The file is written deterministically (entities sorted by id, keys sorted, gzip without a
timestamp or file name) so that a rebuild from unchanged data is byte-identical and a rebuild
from changed data diffs line by line.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from kronika.errors import FormatError
from kronika.types import Entity, EntityType, Role

KB_FILE = "kb.jsonl.gz"


def kb_path() -> Path:
    """Where the packaged knowledge base lives."""
    return Path(str(resources.files("kronika") / "data" / "kb" / KB_FILE))


def entity_to_json(entity: Entity) -> dict[str, Any]:
    """An entity as a JSON object (dates as ISO strings, empty fields left out)."""
    record: dict[str, Any] = {"id": entity.id, "name_en": entity.name_en, "type": entity.type.value}
    optional: dict[str, Any] = {
        "qid": entity.qid,
        "name_hu": entity.name_hu,
        "aliases": list(entity.aliases),
        "country": entity.country,
        "sector": entity.sector,
        "roles": [_role_to_json(role) for role in entity.roles],
        "latitude": entity.latitude,
        "longitude": entity.longitude,
        "sources": list(entity.sources),
    }
    record.update({key: value for key, value in optional.items() if value not in (None, [])})
    return record


def _role_to_json(role: Role) -> dict[str, Any]:
    record: dict[str, Any] = {"office": role.office, "source": role.source}
    for key, value in (("of", role.of), ("start", role.start), ("end", role.end)):
        if value is not None:
            record[key] = value.isoformat() if isinstance(value, dt.date) else value
    return record


def entity_from_json(record: dict[str, Any]) -> Entity:
    """The inverse of :func:`entity_to_json`."""
    return Entity(
        id=record["id"],
        qid=record.get("qid"),
        name_en=record["name_en"],
        name_hu=record.get("name_hu"),
        type=EntityType(record["type"]),
        aliases=tuple(record.get("aliases", ())),
        country=record.get("country"),
        sector=record.get("sector"),
        roles=tuple(
            Role(
                office=role["office"],
                of=role.get("of"),
                start=_date(role.get("start")),
                end=_date(role.get("end")),
                source=role["source"],
            )
            for role in record.get("roles", ())
        ),
        latitude=record.get("latitude"),
        longitude=record.get("longitude"),
        sources=tuple(record.get("sources", ())),
    )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def write_kb(entities: Iterable[Entity], path: Path | None = None) -> Path:
    """Write the knowledge base as gzipped JSON lines, sorted by id; returns the path."""
    path = path or kb_path()
    lines = [
        json.dumps(entity_to_json(entity), ensure_ascii=False, sort_keys=True)
        for entity in sorted(entities, key=lambda e: e.id)
    ]
    buffer = io.BytesIO()
    # mtime=0 and an empty file name keep the gzip header identical across rebuilds.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path


def iter_kb(path: Path | None = None) -> Iterator[Entity]:
    """Stream the entities of a knowledge-base file (the packaged one by default)."""
    path = path or kb_path()
    if not path.exists():
        raise FormatError(f"{path}: no knowledge base; build it with `python -m kronika.kb build`")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield entity_from_json(json.loads(line))
            except (KeyError, ValueError) as exc:
                raise FormatError(f"{path} line {number}: not a KB entity ({exc})") from exc


def read_kb(path: Path | None = None) -> list[Entity]:
    """All entities of a knowledge-base file."""
    return list(iter_kb(path))
