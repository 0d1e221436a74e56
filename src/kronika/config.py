"""Validated settings: one table of (name, default, help) drives validation, ``--help`` and docs.

Values come, in rising priority, from the packaged defaults in ``SETTINGS``, environment
variables ``KRONIKA_<NAME>`` and explicit overrides (command-line options).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kronika.errors import ConfigError

#: Article categories whose events are not coded by default (hu-news-scrape's section names):
#: sport, advertising, lifestyle, book reviews and trivia.
UNCODED_CATEGORIES = (
    "Sport",
    "Hirdetés",
    "Támogatott tartalom",
    "PR-cikk",
    "Életmód",
    "Könyvespolc",
    "Észkombájn",
)


@dataclass(frozen=True, slots=True)
class Setting:
    """One documented setting."""

    name: str
    default: Any
    help: str
    #: Whether an empty environment variable sets the empty value rather than being ignored.
    blank: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db",
        "sqlite:///kronika.db",
        "Database URL: a SQLite file (the embedded default, relative to the working "
        "directory) or postgresql+psycopg://user:pass@host/db.",
    ),
    Setting(
        "nlp_model",
        "kronika-hu-news",
        "spaCy pipeline for the NLP stage: Krónika's own (kronika-hu-news), a pipeline "
        "directory, or an installed package such as hu_core_news_lg.",
    ),
    Setting("max_bytes", 5_000_000, "Largest input file, in bytes, that ingest will read."),
    Setting(
        "near_duplicate_threshold",
        0.8,
        "Estimated Jaccard similarity of word shingles above which two articles are linked "
        "as copies of one another.",
    ),
    Setting(
        "uncoded_categories",
        ",".join(UNCODED_CATEGORIES),
        "Article categories (as the outlet names its section, any case) whose events are not "
        "coded: sports reports tell games in the words of attack and defence, and advertising, "
        "lifestyle features, book reviews and trivia tell no news. Comma-separated; empty "
        "codes every article.",
        blank=True,
    ),
)


class Settings(BaseModel):
    """Krónika's settings, validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    db: str = Field(min_length=1)
    nlp_model: str = Field(min_length=1)
    max_bytes: int = Field(gt=0)
    near_duplicate_threshold: float = Field(gt=0.0, le=1.0)
    uncoded_categories: str

    @property
    def uncoded(self) -> frozenset[str]:
        """The categories of ``uncoded_categories``, case-folded."""
        return frozenset(
            name.strip().casefold() for name in self.uncoded_categories.split(",") if name.strip()
        )

    @field_validator("db")
    @classmethod
    def _db_is_url(cls, value: str) -> str:
        if "://" not in value:
            raise ValueError(
                f"{value!r} is not a database URL; use sqlite:///path/to/file.db or "
                "postgresql+psycopg://user:password@host/dbname"
            )
        return value


def load_settings(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Settings from defaults, then ``KRONIKA_*`` environment variables, then ``overrides``."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
    for setting in SETTINGS:
        raw = env.get(f"KRONIKA_{setting.name.upper()}")
        if raw is not None and (raw != "" or setting.blank):
            values[setting.name] = raw
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = value
    try:
        return Settings(**values)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from exc
