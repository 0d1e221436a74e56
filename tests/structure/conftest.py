"""Helpers for structure tests: the segmentation contract as one reusable check."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from kronika.structure import segment_article
from kronika.types import Article, Segment, SegmentKind

ContractCheck = Callable[[str, Sequence[Segment]], None]
Segmenter = Callable[..., list[tuple[SegmentKind, str]]]


def contract_violations(text: str, segments: Sequence[Segment]) -> list[str]:
    """Every way ``segments`` break the segmentation contract for ``text`` (empty when kept)."""
    problems: list[str] = []
    covered = [0] * len(text)
    previous_end = 0
    for segment in segments:
        piece = text[segment.start : segment.end]
        if segment.start < previous_end:
            problems.append(f"{segment} overlaps or is out of order")
        if not piece:
            problems.append(f"{segment} is empty")
        elif piece != piece.strip():
            problems.append(f"{segment} is not trimmed: {piece!r}")
        for index in range(segment.start, segment.end):
            covered[index] += 1
        previous_end = max(previous_end, segment.end)
    for index, char in enumerate(text):
        if not char.isspace() and covered[index] != 1:
            problems.append(f"character {index} ({char!r}) is covered {covered[index]} times")
            break
    return problems


@pytest.fixture
def contract() -> ContractCheck:
    """An assertion that segments keep the contract: sorted, trimmed, covering, disjoint."""

    def check(text: str, segments: Sequence[Segment]) -> None:
        problems = contract_violations(text, segments)
        assert not problems, "\n".join(problems)

    return check


@pytest.fixture
def segmented(contract: ContractCheck) -> Segmenter:
    """Segment a text (checking the contract on the way) into (kind, text) pairs, in order."""

    def segment(text: str, title: str | None = None) -> list[tuple[SegmentKind, str]]:
        segments = segment_article(Article(text=text, date=None, title=title))
        contract(text, segments)
        return [(s.kind, text[s.start : s.end]) for s in segments]

    return segment
