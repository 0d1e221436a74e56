"""Golden: the real pipeline (structure, shipped NLP model, linking) on the seed article, then
triggers and time expressions: the events the issue's done-when list names are all found,
with the modality cues that tell what happened from what is planned, offered or refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from kronika.extract.dates import TimePrecision, resolve_time_expressions
from kronika.extract.lexicon import CueKind
from kronika.extract.triggers import TriggerMatch, find_triggers
from kronika.ingest.readers import ReadOptions, read_source
from kronika.pipeline import PROCESS_COMPONENTS, Pipeline
from kronika.types import Article, PloverType, SegmentKind


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Article:
    [article] = read_source(str(seed_path), ReadOptions())
    assert isinstance(article, Article)
    return Pipeline.build(PROCESS_COMPONENTS)(article)


@pytest.fixture(scope="module")
def found(seed: Article) -> list[tuple[str, TriggerMatch]]:
    return [(seed.text[m.start : m.end], m) for m in find_triggers(seed)]


def one(found: list[tuple[str, TriggerMatch]], text: str, plover: PloverType) -> TriggerMatch:
    matches = [m for t, m in found if t == text and m.entry.type is plover]
    assert len(matches) == 1, [(t, m.entry.id) for t, m in found]
    return matches[0]


def test_seed_meeting_is_a_consult_that_took_place(found: list[tuple[str, TriggerMatch]]) -> None:
    talks = one(found, "tárgyalása", PloverType.CONSULT)
    assert talks.tense == "Past" and CueKind.OCCURRED in talks.cue_kinds()
    assert one(found, "találkozó", PloverType.CONSULT).segment is SegmentKind.LEDE


def test_seed_nemet_mondott_is_a_reject(found: list[tuple[str, TriggerMatch]]) -> None:
    reject = one(found, "nemet mondott", PloverType.REJECT)
    assert CueKind.NEGATED not in reject.cue_kinds()


def test_seed_fighting_continues(found: list[tuple[str, TriggerMatch]]) -> None:
    fighting = one(found, "harci cselekményeket", PloverType.ASSAULT)
    assert {CueKind.CONTINUING, CueKind.REPORTED} <= fighting.cue_kinds()


def test_seed_payment_offer_is_intended_aid(found: list[tuple[str, TriggerMatch]]) -> None:
    aid = one(found, "dollárt befizetni", PloverType.AID)
    assert {CueKind.INTENDED, CueKind.REPORTED} <= aid.cue_kinds()


def test_seed_trilateral_meeting_is_planned(found: list[tuple[str, TriggerMatch]]) -> None:
    meeting = one(found, "háromoldalú találkozót", PloverType.CONSULT)
    assert meeting.entry.mode == "multilateral"
    assert {CueKind.PLANNED, CueKind.REPORTED} <= meeting.cue_kinds()


def test_seed_agreement_is_ready_for_signature_not_signed(
    found: list[tuple[str, TriggerMatch]],
) -> None:
    agreement = one(found, "megállapodás", PloverType.AGREE)
    assert CueKind.INTENDED in agreement.cue_kinds()
    assert CueKind.OCCURRED not in agreement.cue_kinds()


def test_seed_caption_handshake_is_a_consult_in_the_caption(
    found: list[tuple[str, TriggerMatch]],
) -> None:
    handshake = one(found, "kezet fog", PloverType.CONSULT)
    assert handshake.segment is SegmentKind.CAPTION


def test_seed_opinion_that_peace_did_not_come_closer_has_no_trigger(
    seed: Article, found: list[tuple[str, TriggerMatch]]
) -> None:
    opinion = seed.text.index("a tartós béke nem került közelebb")
    sentence_end = seed.text.index(",", opinion)
    assert not [t for t, m in found if opinion <= m.start < sentence_end]


def test_seed_caption_date_and_korabban(seed: Article) -> None:
    found = {seed.text[t.start : t.end]: t for t in resolve_time_expressions(seed)}
    caption = found["2025. augusztus 15-én"]
    assert (caption.first, caption.segment) == (dt.date(2025, 8, 15), SegmentKind.CAPTION)
    assert found["Korábban"].precision is TimePrecision.NONE
