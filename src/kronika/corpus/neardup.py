"""MinHash fingerprints of article content, so copies of one article under two URLs are linked.

The fingerprint covers what a reader would call the article (headline, lede, paragraphs,
quotes), not page furniture: two copies that differ only in boilerplate, credits or
whitespace get the same or a very similar signature.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
import numpy.typing as npt

from kronika.types import MINHASH_BANDS, Article, Fingerprint, SegmentKind

SIGNATURE_SIZE = 4 * MINHASH_BANDS
SHINGLE_WORDS = 4
# Below this many words a near-duplicate judgement is noise; exact ids still catch copies.
MIN_WORDS = 12

_WORD = re.compile(r"\w+")
_FURNITURE = frozenset({SegmentKind.BOILERPLATE, SegmentKind.CREDIT})
_rng = np.random.default_rng(20260123)
_MULTIPLIERS = _rng.integers(1, 2**63, size=SIGNATURE_SIZE, dtype=np.uint64) | np.uint64(1)
_OFFSETS = _rng.integers(0, 2**63, size=SIGNATURE_SIZE, dtype=np.uint64)
_SHINGLE_MIX = np.array(
    [0x9E3779B97F4A7C15 >> (7 * i) | 1 for i in range(SHINGLE_WORDS)], dtype=np.uint64
)


def content_words(article: Article) -> list[str]:
    """Lower-cased words of the article's content segments (all text if not yet segmented)."""
    if not article.segments:
        return _WORD.findall(article.text.lower())
    words: list[str] = []
    for segment in article.segments:
        if segment.kind not in _FURNITURE:
            words.extend(_WORD.findall(article.text[segment.start : segment.end].lower()))
    return words


def fingerprint_article(article: Article) -> Fingerprint | None:
    """The article's MinHash fingerprint, or None when it is too short to judge."""
    words = content_words(article)
    if len(words) < MIN_WORDS:
        return None
    word_hashes = np.fromiter(
        (zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words)
    )
    count = len(words) - SHINGLE_WORDS + 1
    shingles = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE_WORDS):
        shingles ^= word_hashes[offset : offset + count] * _SHINGLE_MIX[offset]
    shingles = np.unique(shingles)
    return Fingerprint(tuple(int(v) for v in _min_hashes(shingles)))


def _min_hashes(shingles: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Multiply-shift hashing: the top 32 bits of ``a*x + b`` (mod 2**64) per permutation."""
    with np.errstate(over="ignore"):
        hashed = (shingles[:, None] * _MULTIPLIERS[None, :] + _OFFSETS[None, :]) >> np.uint64(32)
    result: npt.NDArray[np.uint64] = hashed.min(axis=0)
    return result
