from __future__ import annotations

import codecs

import pytest

from kronika.errors import EncodingError
from kronika.ingest.decode import decode_bytes

HUNGARIAN = "„Árvíztűrő tükörfúrógép” – mondta Zelenszkij az ülés után."


def test_utf8_with_and_without_bom_decodes() -> None:
    assert decode_bytes(HUNGARIAN.encode()) == HUNGARIAN
    assert decode_bytes(codecs.BOM_UTF8 + HUNGARIAN.encode()) == HUNGARIAN


def test_utf16_with_bom_decodes() -> None:
    assert decode_bytes(HUNGARIAN.encode("utf-16")) == HUNGARIAN


def test_windows_1250_file_is_detected_by_its_quotes_and_decoded() -> None:
    assert decode_bytes(HUNGARIAN.encode("cp1250")) == HUNGARIAN


def test_latin2_file_is_detected_and_decoded() -> None:
    text = "Őszintén szólva a tűzszünet nem jött létre, közölte a külügyminiszter."
    assert decode_bytes(text.encode("iso8859_2")) == text


def test_empty_and_whitespace_files_are_rejected_as_empty() -> None:
    for data in (b"", b"  \n\t "):
        with pytest.raises(EncodingError, match="empty file"):
            decode_bytes(data)


def test_binary_data_is_rejected() -> None:
    with pytest.raises(EncodingError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_control_character_soup_without_nul_is_rejected_as_binary() -> None:
    with pytest.raises(EncodingError, match="binary"):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20)


def test_utf8_with_a_broken_sequence_is_invalid_utf8_not_guessed() -> None:
    data = HUNGARIAN.encode() + b" \xff\xfe hiba"
    with pytest.raises(EncodingError, match=r"invalid UTF-8 at byte \d+"):
        decode_bytes(data)
