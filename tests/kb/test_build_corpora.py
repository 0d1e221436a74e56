"""Rebuilding the knowledge base from the shared kb-seed reproduces the shipped artefact."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.kb import build_kb_with_notes, read_kb
from kronika.kb.build import seed_identities
from kronika.kb.manual import confirm_qids, load_manual
from kronika.kb.politicians import identity_index, verified_qids


@pytest.mark.corpora
def test_rebuild_from_kb_seed_matches_the_shipped_kb(corpora: Path) -> None:
    result = build_kb_with_notes(corpora)
    assert not result.notes.type_conflicts
    assert not result.notes.verified_missing
    assert result.entities == read_kb(), "kb.jsonl.gz is stale: run `python -m kronika.kb build`"


@pytest.mark.corpora
def test_every_manual_qid_is_confirmed_by_kb_seed(corpora: Path) -> None:
    index = seed_identities(corpora / "kb-seed")
    assert confirm_qids(load_manual().entities, index) == []


@pytest.mark.corpora
def test_seed_article_qids_are_confirmed_by_kb_seed(corpora: Path) -> None:
    from .test_artefact import SEED_QIDS

    index = identity_index(corpora / "kb-seed")
    verified = {row.qid for row in verified_qids(corpora / "kb-seed")}
    assert set(SEED_QIDS) <= verified
    assert all(index.get(qid) for qid in SEED_QIDS)
