"""Helpers for the knowledge-base tests: small kb-seed-shaped folders written by hand."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

WriteTable = Callable[[str, list[dict[str, str]]], Path]


@pytest.fixture
def seed_root(tmp_path: Path) -> Path:
    """An empty folder laid out like ``kb-seed``."""
    root = tmp_path / "kb-seed"
    root.mkdir()
    return root


@pytest.fixture
def write_table(seed_root: Path) -> WriteTable:
    """Write ``rows`` as a CSV at ``relative`` under the seed root (columns of the first row)."""

    def write(relative: str, rows: list[dict[str, str]]) -> Path:
        path = seed_root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return path

    return write
