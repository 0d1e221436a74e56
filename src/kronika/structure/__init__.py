"""The structure of a news page: which stretch of an article is headline, lede, caption, junk.

:func:`segment_article` is the ``structure.rules.v1`` component. It reads only
``article.text`` and ``article.title`` and never changes the text: every segment is a
trimmed span into it, and together the segments cover every non-whitespace character
exactly once. Page junk is a ``boilerplate`` segment, never a cut.

How a page is read, in order:

1. **Headline.** When the article has a title and the text starts with it (readers build
   ``title + "\\n\\n" + body``), that stretch is the headline. Without a title, a short first
   line with no final stop above the body is taken as the headline.
2. **Pieces.** Every line is a paragraph candidate. Inside a line, scraped pages often glue
   paragraphs together (``…mondta.A miniszter…``, ``…tovább”Az…``, ``…döntőbenA délutáni…``);
   those places become segment boundaries, guarded against initials (``J.R.R.``),
   abbreviations (``dr.``), Roman numerals, numbers and domains (``Index.hu``). Photo credits
   (``Fotó:``, ``(Fotó: …)``, ``Nyitókép forrása:``, ``Borítókép:``, ``Kép:``), bylines
   (``Szerző:``), timestamps (``… 14:05 CET``) and social-media embeds are carved out of the
   line wherever they sit, including glued to the end of a paragraph.
3. **Roles.** Promo and related-article boxes, comment sections (everything below their
   heading), tag runs (``OroszországUkrajnaháború…``), bare ``Forrás:``/``Szerző:`` lines
   and related-article titles glued to the last word are ``boilerplate``. The short line
   right before a picture credit is its ``caption``; a caption line carrying its own credit
   (``Tüntetők a téren (Fotó: MTI)``) is a caption followed by a credit segment. A line of
   its own starting with a dash and a lowercase word (``– fogalmazott Koc.``) is an
   ``attribution`` and the paragraph before it a ``blockquote`` (a quote opened with ``„``
   paragraphs earlier is one blockquote segment per paragraph). A short line between
   paragraphs that does not end like prose (no ``.``, ``:``, ``,``; a question is fine) is
   a ``subheading``. The first remaining paragraph is the ``lede``, the rest ``paragraph``.

Pure Python and precompiled :mod:`re` patterns; thousands of articles a second.
"""

from __future__ import annotations

from collections.abc import Callable

from kronika.structure.pieces import Cause, Piece, cut_pieces, trimmed
from kronika.structure.roles import assign_roles
from kronika.types import Article, Segment, SegmentKind

__all__ = ["segment_article", "structure_component"]


def segment_article(article: Article) -> tuple[Segment, ...]:
    """The structural segments of ``article``, sorted by position.

    The segments are non-overlapping, trimmed of surrounding whitespace, non-empty, and
    together cover every non-whitespace character of ``article.text`` exactly once.
    """
    text = article.text
    pieces: list[Piece] = []
    headline = _headline_span(text, article.title)
    if headline is not None:
        pieces.append(Piece(headline[0], headline[1], Cause.LINE, SegmentKind.HEADLINE))
    pieces.extend(cut_pieces(text, headline[1] if headline else 0))
    pieces = assign_roles(text, pieces, has_title=bool(article.title and article.title.strip()))
    return tuple(
        Segment(piece.kind or SegmentKind.PARAGRAPH, piece.start, piece.end) for piece in pieces
    )


def _headline_span(text: str, title: str | None) -> tuple[int, int] | None:
    """The span of ``title`` at the start of ``text``, when the text starts with it."""
    if not title or not title.strip():
        return None
    title = title.strip()
    start, _ = trimmed(text, 0, len(text))
    end = start + len(title)
    if not text.startswith(title, start) or (end < len(text) and text[end].isalnum()):
        return None
    return start, end


def structure_component() -> Callable[[Article], dict[str, tuple[Segment, ...]]]:
    """The ``structure.rules.v1`` component: an article's ``segments``."""

    def structure(article: Article) -> dict[str, tuple[Segment, ...]]:
        return {"segments": segment_article(article)}

    return structure
