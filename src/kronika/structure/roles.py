"""Giving each piece of a page its role: furniture first, then captions, quotes, headings, prose.

The order matters and is the documentation of precedence: a stretch recognised as page
furniture is never reconsidered as prose; a caption needs the credit after it; a blockquote
needs the attribution line after it; whatever is left is the lede (the first) or a paragraph.
"""

from __future__ import annotations

from itertools import islice

from kronika.structure import patterns as p
from kronika.structure.pieces import Cause, CreditRole, Piece, capital_glues, trimmed
from kronika.types import SegmentKind

_JUNK = SegmentKind.BOILERPLATE
_BODY_KINDS = (None, SegmentKind.BLOCKQUOTE, SegmentKind.ATTRIBUTION, SegmentKind.SUBHEADING)


def assign_roles(text: str, pieces: list[Piece], has_title: bool) -> list[Piece]:
    """Set the kind of every piece (splitting off related-article tails); returns the pieces."""
    _mark_furniture(text, pieces)
    _mark_captions(text, pieces)
    pieces = _mark_related_tail(text, pieces)
    if not has_title:
        _mark_untitled_headline(text, pieces)
    _mark_quotes(text, pieces)
    _mark_subheadings(text, pieces)
    _mark_prose(pieces)
    return pieces


def _words(text: str, piece: Piece) -> int:
    """How many whitespace-separated words the piece has."""
    return len(text[piece.start : piece.end].split())


# --- furniture -------------------------------------------------------------------------------


def _mark_furniture(text: str, pieces: list[Piece]) -> None:
    """Promos, boxes, comment sections, tag runs and stray symbols become boilerplate."""
    box_open = False
    seen_body = False
    for index, piece in enumerate(pieces):
        if piece.kind is not None:
            continue
        words = _words(text, piece)
        if box_open and words <= p.MAX_BOX_ITEM_WORDS and not _ends_statement(text, piece):
            piece.kind = SegmentKind.BOILERPLATE
            continue
        box_open = False
        if p.COMMENT_BOX.match(text, piece.start, piece.end):
            piece.kind = SegmentKind.BOILERPLATE
            if seen_body:  # a comment counter above the article is not the comment section
                for later in pieces[index + 1 :]:
                    later.kind = SegmentKind.BOILERPLATE
                return
        elif words <= p.MAX_FURNITURE_WORDS and p.FURNITURE.match(text, piece.start, piece.end):
            piece.kind = SegmentKind.BOILERPLATE
            box_open = bool(p.BOX_HEADING.match(text, piece.start, piece.end))
        elif not p.ALPHANUMERIC.search(text, piece.start, piece.end) or _is_tag_run(text, piece):
            piece.kind = SegmentKind.BOILERPLATE
        else:
            seen_body = True


def _is_tag_run(text: str, piece: Piece) -> bool:
    """Topic tags glued together: `OroszországUkrajnaháborúDonald TrumpVlagyimir Putyin`."""
    if _ends_sentence(text, piece):
        return False
    if not all(p.STARTS_HEADING.match(word) for word in text[piece.start : piece.end].split()):
        return False
    return len(list(islice(capital_glues(text, p.TAG_GLUE, piece.start, piece.end), 2))) == 2


def _ends_sentence(text: str, piece: Piece) -> bool:
    """Whether the piece ends with a sentence stop (possibly inside quotes or brackets)."""
    return bool(p.ENDS_SENTENCE.search(text, piece.start, piece.end))


def _ends_statement(text: str, piece: Piece) -> bool:
    """Whether the piece ends like prose (`.`, `…`, `:`, `;`, `,`), not like a title."""
    return bool(p.ENDS_STATEMENT.search(text, piece.start, piece.end))


# --- headline without a title ----------------------------------------------------------------


def _mark_untitled_headline(text: str, pieces: list[Piece]) -> None:
    """A short first line with no final stop, above the body, is the headline."""
    body = [piece for piece in pieces if piece.kind is None]
    if len(body) < 2:
        return
    first, following = body[0], body[1]
    if (
        first is pieces[0]
        and following.cause is Cause.LINE
        and _words(text, first) <= p.MAX_HEADLINE_WORDS
        and not _ends_statement(text, first)
        and p.STARTS_HEADING.match(text, first.start)
    ):
        first.kind = SegmentKind.HEADLINE


# --- related-article titles glued to the last word -------------------------------------------


def _mark_related_tail(text: str, pieces: list[Piece]) -> list[Piece]:
    """Related-article titles glued after the last paragraph become boilerplate."""
    last = len(pieces) - 1
    while last >= 0 and pieces[last].kind is not None:
        last -= 1
    while last > 0 and pieces[last].kind is None and _is_glued_title(text, pieces[last]):
        pieces[last].kind = SegmentKind.BOILERPLATE
        last -= 1
    if last < 0 or pieces[last].kind is not None:
        return pieces
    piece = pieces[last]
    window = max(piece.start, piece.end - p.MAX_RELATED_TITLE_CHARS)
    for glue in capital_glues(text, p.CAPITAL_GLUE, window, piece.end):
        tail = Piece(glue, piece.end, Cause.WORD_GLUE)
        if _is_glued_title(text, tail) and _words(text, tail) >= 2:
            head_start, head_end = trimmed(text, piece.start, glue)
            head = Piece(head_start, head_end, piece.cause)
            tail.kind = SegmentKind.BOILERPLATE
            return [*pieces[:last], head, tail, *pieces[last + 1 :]]
    return pieces


def _is_glued_title(text: str, piece: Piece) -> bool:
    """Whether a piece glued to the prose before it reads as a headline, not a sentence."""
    if piece.cause not in (Cause.WORD_GLUE, Cause.SENTENCE_GLUE):
        return False
    if _words(text, piece) > p.MAX_RELATED_TITLE_WORDS:
        return False
    if p.SENTENCE_BREAK.search(text, piece.start, piece.end):
        return False
    last = text[piece.end - 1]
    if piece.cause is Cause.WORD_GLUE:
        return last not in ".…"
    # after a full stop the tail must look like a title, not a last sentence missing its stop
    stretch = text[piece.start : piece.end]
    return (
        last.isalnum()
        and not stretch.startswith("„")
        and stretch.count(",") <= p.MAX_RELATED_TITLE_COMMAS
        and not p.INLINE_ATTRIBUTION.search(stretch)
    )


# --- captions and credits ------------------------------------------------------------------


def _mark_captions(text: str, pieces: list[Piece]) -> None:
    """The line right before a picture credit is its caption; a lone `Forrás:` line is junk."""
    for index, piece in enumerate(pieces):
        if piece.kind is not SegmentKind.CREDIT:
            continue
        before = pieces[index - 1] if index else None
        if (
            piece.credit in (CreditRole.PHOTO, CreditRole.SOURCE)
            and before is not None
            and before.kind is None
            and _is_caption_like(text, before)
            # on its own line after a finished sentence, `Forrás:` names the text's source
            and not (
                piece.credit is CreditRole.SOURCE
                and piece.cause is Cause.LINE
                and _ends_sentence(text, before)
            )
        ):
            before.kind = SegmentKind.CAPTION
        if piece.credit is CreditRole.SOURCE and (
            before is None or before.kind not in (SegmentKind.CAPTION, SegmentKind.CREDIT)
        ):
            piece.kind = SegmentKind.BOILERPLATE


def _is_caption_like(text: str, piece: Piece) -> bool:
    """Short, and either without a final stop or a single sentence."""
    words = _words(text, piece)
    if words > p.MAX_CAPTION_WORDS or p.ATTRIBUTION.match(text, piece.start, piece.end):
        return False
    if text[piece.end - 1] in ":;,":
        return False
    if not _ends_sentence(text, piece):
        return True
    return words <= p.MAX_CAPTION_SENTENCE_WORDS and not p.SENTENCE_BREAK.search(
        text, piece.start, piece.end
    )


# --- quotes ---------------------------------------------------------------------------------


def _mark_quotes(text: str, pieces: list[Piece]) -> None:
    """A dash line after prose is an attribution; the prose it closes is a blockquote.

    A quote opened with `„` several paragraphs earlier and closed right before the
    attribution is marked paragraph by paragraph: one blockquote segment per paragraph,
    like every other segment, so no segment ever spans a paragraph break.
    """
    for index in range(1, len(pieces)):
        piece, before = pieces[index], pieces[index - 1]
        if piece.kind is not None or before.kind is not None or not _is_attribution(text, piece):
            continue
        if _ends_with(text, before, ":") or p.ATTRIBUTION.match(text, before.start, before.end):
            continue  # a list of dash items, not a quote and its speaker
        piece.kind = SegmentKind.ATTRIBUTION
        before.kind = SegmentKind.BLOCKQUOTE
        for opener in _quote_opening(text, pieces, index - 1):
            opener.kind = SegmentKind.BLOCKQUOTE


def _is_attribution(text: str, piece: Piece) -> bool:
    """A line of its own: dash, a short lowercase clause, a stop (`– fogalmazott Koc.`)."""
    return (
        piece.cause is Cause.LINE
        and bool(p.ATTRIBUTION.match(text, piece.start, piece.end))
        and _words(text, piece) <= p.MAX_ATTRIBUTION_WORDS
        and _ends_sentence(text, piece)
    )


def _quote_opening(text: str, pieces: list[Piece], closing: int) -> list[Piece]:
    """The earlier paragraphs of a quote that ends in ``pieces[closing]``, if it opened earlier."""
    if _quote_balance(text, pieces[closing]) >= 0:
        return []
    earlier: list[Piece] = []
    for index in range(closing - 1, max(closing - p.MAX_QUOTE_PARAGRAPHS, 0) - 1, -1):
        piece = pieces[index]
        if piece.kind is not None:
            return []
        earlier.append(piece)
        if _quote_balance(text, piece) > 0:
            return earlier
    return []


def _quote_balance(text: str, piece: Piece) -> int:
    """Opening minus closing Hungarian quotation marks in the piece."""
    stretch = text[piece.start : piece.end]
    return stretch.count("„") - stretch.count("”")


def _ends_with(text: str, piece: Piece, characters: str) -> bool:
    """Whether the piece's last character is one of ``characters``."""
    return text[piece.end - 1] in characters


# --- subheadings and prose ------------------------------------------------------------------


def _mark_subheadings(text: str, pieces: list[Piece]) -> None:
    """A short line with no final stop, between body paragraphs, is a subheading."""
    following: list[SegmentKind | None] = [_JUNK] * len(pieces)  # next non-junk kind
    upcoming: SegmentKind | None = _JUNK
    for index in range(len(pieces) - 1, -1, -1):
        following[index] = upcoming
        if pieces[index].kind is not _JUNK:
            upcoming = pieces[index].kind
    seen_body = False
    for index, piece in enumerate(pieces):
        if (
            piece.kind is None
            and seen_body
            and following[index] in (None, SegmentKind.BLOCKQUOTE)
            and _is_heading_like(text, piece)
        ):
            piece.kind = SegmentKind.SUBHEADING
        elif piece.kind in _BODY_KINDS:
            seen_body = True


def _is_heading_like(text: str, piece: Piece) -> bool:
    """Few words, a capital first, no stop, comma or colon last, not a dash line."""
    return (
        _words(text, piece) <= p.MAX_SUBHEADING_WORDS
        and piece.end - piece.start <= p.MAX_SUBHEADING_CHARS
        and bool(p.STARTS_HEADING.match(text, piece.start))
        and not _ends_statement(text, piece)
    )


def _mark_prose(pieces: list[Piece]) -> None:
    """The first remaining piece is the lede, the others are paragraphs."""
    kind = SegmentKind.LEDE
    for piece in pieces:
        if piece.kind is None:
            piece.kind = kind
            kind = SegmentKind.PARAGRAPH
