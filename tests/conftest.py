"""Shared fixtures: corpora location, store URLs for both backends, the seed article."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "src" / "kronika" / "data" / "seed" / "000_2b66a5f92737e9e6.txt"
PG_ENV = "KRONIKA_TEST_PG_URL"


def corpora_path() -> Path:
    return Path(os.environ.get("KRONIKA_CORPORA", REPO.parent / "shared" / "corpora"))


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The shared corpora folder; tests that need it skip cleanly when it is absent."""
    path = corpora_path()
    if not (path / "hu-news-scrape").is_dir():
        pytest.skip(f"corpora not found at {path} (set KRONIKA_CORPORA)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def _fresh_postgres_url() -> Iterator[str]:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV} (`.ci/run` does)")
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file, and a PostgreSQL schema when configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kronika.db'}"
    else:
        yield from _fresh_postgres_url()


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    from kronika.store import Store

    with Store(store_url) as opened:
        yield opened
