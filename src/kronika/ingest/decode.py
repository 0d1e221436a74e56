"""Turn the bytes of one input into text, or say exactly why not.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are. Legacy Hungarian
8-bit files (ISO-8859-2 / Windows-1250) are detected and decoded. A file that is mostly
UTF-8 but has broken sequences is *invalid UTF-8*, not a legacy file: guessing would
silently corrupt it.
"""

from __future__ import annotations

import codecs
import re

from kronika.errors import EncodingError

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Bytes 0x80-0x9F are C1 controls in ISO-8859-2 but printable in Windows-1250 („ ” – Š ...).
_CP1250_ONLY = re.compile(rb"[\x80-\x9f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Letters that make a decoding plausible Hungarian (or at least Central European) text.
_HUNGARIAN_LETTERS = frozenset("áéíóöőúüűÁÉÍÓÖŐÚÜŰ")


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` as text; raise EncodingError with a one-line reason otherwise."""
    if not data.strip():
        raise EncodingError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8(data[len(codecs.BOM_UTF8) :])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked_text(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise EncodingError(f"invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise EncodingError("binary file (contains NUL bytes), not text")
    try:
        return _checked_text(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            raise EncodingError(
                f"invalid UTF-8 at byte {exc.start} (the file is UTF-8 with a broken sequence; "
                "re-export it or fix the byte)"
            ) from exc
    return _decode_legacy(data)


def _decode_utf8(data: bytes) -> str:
    try:
        return _checked_text(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise EncodingError(f"invalid UTF-8 at byte {exc.start + 3}") from exc


def _decode_legacy(data: bytes) -> str:
    """Decode a Central European 8-bit file: Windows-1250 if it uses 0x80-0x9F, else Latin-2."""
    encoding = "cp1250" if _CP1250_ONLY.search(data) else "iso8859_2"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"neither UTF-8 nor {encoding} (undefined byte 0x{data[exc.start]:02x} at "
            f"byte {exc.start}); convert the file to UTF-8"
        ) from exc
    high = [c for c in text if ord(c) > 127]
    if high and sum(c in _HUNGARIAN_LETTERS for c in high) < len(high) / 2:
        raise EncodingError(
            "not UTF-8 and not recognisable as Latin-2/Windows-1250 Hungarian text; "
            "convert the file to UTF-8"
        )
    return _checked_text(text)


def _checked_text(text: str) -> str:
    """Reject decoded text that is really binary data (many control characters)."""
    sample = text[:8192]
    if not sample.strip():
        raise EncodingError("empty file")
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise EncodingError(f"binary file ({controls} control characters), not text")
    return text
