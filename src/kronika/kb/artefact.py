"""The shipped knowledge base: ``kronika/data/kb/kb.jsonl.gz``, one entity per line.

The file is written deterministically (entities sorted by id, keys sorted, gzip without a
timestamp or file name) so that a rebuild from unchanged data is byte-identical and a rebuild
from changed data diffs line by line.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from kronika.errors import FormatError
from kronika.types import Entity

KB_FILE = "kb.jsonl.gz"


def kb_path() -> Path:
    """Where the packaged knowledge base lives."""
    return Path(str(resources.files("kronika") / "data" / "kb" / KB_FILE))


def write_kb(entities: Iterable[Entity], path: Path | None = None) -> Path:
    """Write the knowledge base as gzipped JSON lines, sorted by id; returns the path."""
    path = path or kb_path()
    lines = [
        json.dumps(entity.to_json(), ensure_ascii=False, sort_keys=True)
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
                yield Entity.from_json(json.loads(line))
            except (KeyError, ValueError) as exc:
                raise FormatError(f"{path} line {number}: not a KB entity ({exc})") from exc


def read_kb(path: Path | None = None) -> list[Entity]:
    """All entities of a knowledge-base file."""
    return list(iter_kb(path))
