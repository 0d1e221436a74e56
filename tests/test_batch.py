"""The batch engine: every bad input is a rejection with a reason, the rest goes in."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kronika.batch import ingest
from kronika.ingest.readers import ReadOptions
from kronika.pipeline import ComponentFailed, Pipeline
from kronika.registry import ComponentSpec
from kronika.store import Store
from kronika.types import Article

BODY = "A kormány szerdán elfogadta a költségvetést, az ellenzék szerint a számok nem reálisak."


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """One file per kind of bad input, with the words its reason must contain."""
    cases = {
        "empty.txt": (b"", "empty file"),
        "binary.bin": (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)), "binary file"),
        "broken-utf8.txt": (
            f" date 2026-01-20 {BODY}".encode() + b"\xc3\x28 tov\xe1bb",
            "invalid UTF-8",
        ),
        "no-header.txt": (BODY.encode(), "--date"),
        "bad-header.txt": (f" date 2026-02-31 {BODY}".encode(), "2026-02-31"),
        "big.txt": (f" date 2026-01-20 {BODY}".encode() * 400, "limit"),
        "nav.html": (b"<html><body><nav>Men\xc3\xbc</nav></body></html>", "no article text"),
    }
    expected = {}
    for name, (data, reason) in cases.items():
        (folder / name).write_bytes(data)
        expected[str(folder / name)] = reason
    return expected


def test_each_bad_input_is_rejected_with_its_reason_and_the_batch_goes_on(
    store: Store, tmp_path: Path, seed_path: Path
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    expected = write_bad_inputs(inputs)
    latin2 = inputs / "latin2.txt"
    latin2.write_bytes(
        f" date 2026-01-20 Őszintén szólva a tűzszünet nem jött létre. {BODY}".encode("iso8859_2")
    )
    cp1250 = inputs / "cp1250.txt"
    cp1250.write_bytes(
        f" date 2026-01-21 „Nem írjuk alá” – mondta a miniszter. {BODY}".encode("cp1250")
    )
    report = ingest([str(inputs), str(seed_path)], store, ReadOptions(max_bytes=20_000))
    reasons = {r.source: r.reason for r in report.rejected}
    assert set(reasons) == set(expected)
    for source, words in expected.items():
        assert words in reasons[source], (source, reasons[source])
        assert "\n" not in reasons[source]
    assert report.ingested == 3
    texts = {store.get_article(i).article.text[:9] for i in report.article_ids}
    assert texts == {"Őszintén ", "„Nem írju", "Vlagyimir"}
    assert {r.source for r in store.rejections()} == set(expected)


def test_a_failing_component_costs_one_article_not_the_batch(
    store: Store, seed_path: Path, tmp_path: Path
) -> None:
    def explode(article: Article) -> dict[str, tuple[()]]:
        if "Putyin" in article.text:
            raise RuntimeError("boom")
        return {"segments": ()}

    spec = ComponentSpec(
        "test.explode.v1", "unused:unused", frozenset({"text"}), frozenset({"segments"}), ""
    )
    pipeline = Pipeline((spec,), (explode,))
    other = tmp_path / "other.txt"
    other.write_text(f" date 2026-01-20 {BODY}", encoding="utf-8")
    report = ingest([str(seed_path), str(other)], store, ReadOptions(), pipeline=pipeline)
    assert report.ingested == 1
    [rejection] = report.rejected
    assert rejection.source == str(seed_path)
    assert "test.explode.v1 failed: RuntimeError: boom" in rejection.reason
    with pytest.raises(ComponentFailed):
        pipeline(Article(text="Putyin", date=None))


def article_integrity(url: str) -> tuple[int, int]:
    """(articles, articles missing any of their parts) in a SQLite store."""
    engine = create_engine(url)
    with engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        broken = conn.execute(
            text(
                "SELECT count(*) FROM articles a WHERE "
                "NOT EXISTS (SELECT 1 FROM segments s WHERE s.article_id = a.id) OR "
                "NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.article_id = a.id) OR "
                "(a.fingerprint IS NOT NULL AND "
                " (SELECT count(*) FROM minhash_bands b WHERE b.article_id = a.id) = 0)"
            )
        ).scalar_one()
    engine.dispose()
    return total, broken


@pytest.mark.slow
def test_killed_batch_leaves_no_half_article_and_a_rerun_completes_it(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    count = 1500
    for i in range(count):
        (inputs / f"{i:05d}.txt").write_text(
            f" date 2026-01-20 {i}. hír: {BODY}\n\nMásodik bekezdés a(z) {i}. cikkben, "
            f"amely {i * 7} forintról szól.",
            encoding="utf-8",
        )
    db = tmp_path / "kill.db"
    url = f"sqlite:///{db}"
    command = [sys.executable, "-m", "kronika", "--db", url, "ingest", str(inputs), "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    written = 0
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                written = article_integrity(url)[0]
            except Exception:  # tables not yet created
                written = 0
            if written >= 50:
                break
        time.sleep(0.01)
    assert process.poll() is None, "the batch finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    total, broken = article_integrity(url)
    assert 50 <= total < count
    assert broken == 0
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert article_integrity(url) == (count, 0)
    assert f'"ingested": {count - total}' in rerun.stdout
