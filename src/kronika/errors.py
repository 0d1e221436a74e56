"""Krónika's one exception tree. Messages say what went wrong and what to do next.

::

    KronikaError
    ├── ConfigError            bad settings or a bad --db URL
    │   └── LexiconError       a malformed lexicon file (triggers, cues)
    ├── InputError             one input could not be read (becomes a Rejection, batch goes on)
    │   ├── EncodingError      binary, invalid UTF-8, undecidable legacy encoding
    │   ├── DateError          missing or malformed date header
    │   └── FormatError        unknown or malformed format (CSV columns, JSON line, HTML)
    ├── PipelineError          components whose requires/provides do not fit
    ├── KnowledgeBaseError     the KB cannot be built from its data as it is
    └── StoreError             the database cannot be opened, migrated or written
        └── NotFoundError      no article with that id
"""

from __future__ import annotations


class KronikaError(Exception):
    """Base of every error Krónika raises on purpose."""


class ConfigError(KronikaError):
    """Invalid settings."""


class LexiconError(ConfigError):
    """A lexicon file is malformed; the message names the entry and the fix."""


class KnowledgeBaseError(KronikaError):
    """The knowledge base cannot be built from the data as it is; the message says why."""


class InputError(KronikaError):
    """One input cannot become an article; the message is the one-line reason."""


class EncodingError(InputError):
    """The bytes are not text Krónika can decode."""


class DateError(InputError):
    """The article's date is missing or malformed."""


class FormatError(InputError):
    """The input does not have the shape its format requires."""


class PipelineError(KronikaError):
    """A pipeline cannot be assembled from its components."""


class StoreError(KronikaError):
    """The store cannot be opened, migrated or written."""


class NotFoundError(StoreError):
    """The requested record is not in the store."""
