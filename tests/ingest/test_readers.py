from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from kronika.errors import FormatError
from kronika.ingest.readers import (
    CsvColumns,
    InputFormat,
    ReadOptions,
    detect_format,
    outlet_from_url,
    read_inputs,
)
from kronika.types import Article, DatePrecision, PublicationDate, Rejection

DAY = PublicationDate(dt.date(2026, 1, 20), DatePrecision.DAY)
BODY = (
    "A kormányszóvivő szerint a tárgyalások jövő héten folytatódnak Brüsszelben. "
    "Az ellenzék bírálta a döntést, és kedden tüntetést szervez a Kossuth téren."
)
HTML_PAGE = f"""<!DOCTYPE html>
<html lang="hu"><head><title>Tüntetés a Kossuth téren</title>
<meta property="og:title" content="Tüntetés a Kossuth téren">
<meta property="article:published_time" content="2026-01-19T10:15:00+01:00">
<link rel="canonical" href="https://www.pelda-hirek.hu/belfold/2026/01/19/tuntetes">
</head><body><nav>Címlap | Belföld | Külföld</nav>
<article><h1>Tüntetés a Kossuth téren</h1>
<p>{BODY}</p>
<p>A rendőrség közölte, hogy a demonstrációt bejelentették, a forgalmat a Nádor utcánál terelik el.
A szervezők több ezer résztvevőre számítanak, a felvonulás délután négykor indul.</p>
</article><footer>Minden jog fenntartva</footer></body></html>"""


def read(paths: list[str], **options: object) -> list[Article | Rejection]:
    return list(read_inputs(paths, ReadOptions(**options)))  # type: ignore[arg-type]


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def test_seed_article_reads_with_day_precision_and_text_after_header(seed_path: Path) -> None:
    [article] = read([str(seed_path)])
    assert isinstance(article, Article)
    assert article.date == PublicationDate(dt.date(2026, 1, 23), DatePrecision.DAY)
    assert article.text.startswith("Vlagyimir Putyin orosz elnök")
    assert article.text.endswith("megjelölését.")
    assert article.source == str(seed_path)


def test_seed_header_with_month_only_has_month_precision(tmp_path: Path) -> None:
    [article] = read([write(tmp_path, "a.txt", f" date 2026-01 {BODY}")])
    assert isinstance(article, Article)
    assert article.date == PublicationDate(dt.date(2026, 1, 1), DatePrecision.MONTH)
    assert article.text == BODY


def test_malformed_date_header_is_rejected_with_the_value(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", f" date 2026-13-40 {BODY}")
    [rejection] = read([path])
    assert isinstance(rejection, Rejection)
    assert rejection.source == path
    assert "2026-13-40" in rejection.reason


def test_text_without_header_needs_date_option(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY)
    [rejection] = read([path])
    assert isinstance(rejection, Rejection) and "--date" in rejection.reason
    [article] = read([path], date=DAY, outlet="pelda.hu")
    assert isinstance(article, Article)
    assert article.date == DAY and article.outlet == "pelda.hu" and article.text == BODY


def test_forced_text_format_keeps_prose_that_starts_with_date(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", f"date night után {BODY}")
    [article] = read([path], format=InputFormat.TEXT, date=DAY)
    assert isinstance(article, Article) and article.text.startswith("date night")


def test_forced_seed_format_without_header_explains_what_is_missing(tmp_path: Path) -> None:
    [rejection] = read([write(tmp_path, "a.txt", BODY)], format=InputFormat.SEED)
    assert isinstance(rejection, Rejection)
    assert "no date header" in rejection.reason


def test_jsonl_reads_good_lines_and_rejects_bad_ones_by_line(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": BODY,
                "date": "2026-01-20",
                "url": "https://www.hvg.hu/itthon/x",
                "title": "Folytatódnak a tárgyalások",
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"text": "", "date": "2026-01-20"}),
        "",
        json.dumps(
            {"text": BODY + " Második.", "date": "2026-01-21", "outlet": "Népszava"},
            ensure_ascii=False,
        ),
        json.dumps({"text": BODY + " Harmadik."}, ensure_ascii=False),
        json.dumps(["a", "list"]),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines))
    items = read([path])
    articles = [i for i in items if isinstance(i, Article)]
    rejections = {i.source: i.reason for i in items if isinstance(i, Rejection)}
    assert [a.outlet for a in articles] == ["hvg.hu", "Népszava"]
    assert articles[0].text == f"Folytatódnak a tárgyalások\n\n{BODY}"
    assert articles[0].title == "Folytatódnak a tárgyalások"
    assert set(rejections) == {f"{path}:2", f"{path}:3", f"{path}:6", f"{path}:7"}
    assert "invalid JSON" in rejections[f"{path}:2"]
    assert "text" in rejections[f"{path}:3"]
    assert "date" in rejections[f"{path}:6"]


def test_csv_export_reads_every_date_spelling_and_takes_outlet_from_link(tmp_path: Path) -> None:
    content = (
        "title,pub_date,category,body,link\n"
        f'Első cím,2025-12-24 15:03:00+00:00,Belföld,"{BODY}",https://telex.hu/belfold/1\n'
        f'"Második, vesszős cím",12/23/25 18:31,Külföld,"{BODY} Más.",https://www.mandiner.hu/k/2\n'
        f"Csak cím,12/20/25 0:05,Belföld,,https://telex.hu/belfold/3\n"
        f"Rossz dátum,tegnap,Belföld,{BODY.replace(',', '')} Negyedik.,https://telex.hu/4\n"
    )
    path = write(tmp_path, "export.csv", content)
    items = read([path])
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.date.value if a.date else None for a in articles] == [
        dt.date(2025, 12, 24),
        dt.date(2025, 12, 23),
        dt.date(2025, 12, 20),
    ]
    assert [a.outlet for a in articles] == ["telex.hu", "mandiner.hu", "telex.hu"]
    assert articles[1].title == "Második, vesszős cím"
    assert articles[1].category == "Külföld"
    assert articles[2].text == "Csak cím"
    [rejection] = [i for i in items if isinstance(i, Rejection)]
    assert rejection.source == f"{path}:5" and "tegnap" in rejection.reason


def test_csv_column_mapping_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", f'headline,published,content\nCím,2026-01-20,"{BODY}"\n')
    [rejection] = read([path])
    assert isinstance(rejection, Rejection) and "--columns" in rejection.reason
    columns = CsvColumns.parse("title=headline,date=published,body=content")
    [article] = read([path], columns=columns)
    assert isinstance(article, Article) and article.title == "Cím"


def test_column_mapping_rejects_unknown_fields() -> None:
    with pytest.raises(FormatError, match="unknown article field"):
        CsvColumns.parse("szerzo=author")
    with pytest.raises(FormatError, match="FIELD=COLUMN"):
        CsvColumns.parse("body")


def test_html_page_gives_main_text_title_date_and_url(tmp_path: Path) -> None:
    [article] = read([write(tmp_path, "page.html", HTML_PAGE)])
    assert isinstance(article, Article)
    assert article.title == "Tüntetés a Kossuth téren"
    assert article.date == PublicationDate(dt.date(2026, 1, 19), DatePrecision.DAY)
    assert article.url == "https://www.pelda-hirek.hu/belfold/2026/01/19/tuntetes"
    assert article.outlet == "pelda-hirek.hu"
    assert "tárgyalások jövő héten" in article.text
    assert "Minden jog fenntartva" not in article.text


def test_html_without_article_is_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "empty.html",
        "<html><head><title>x</title></head><body><nav>Menü</nav></body></html>",
    )
    [rejection] = read([path])
    assert isinstance(rejection, Rejection) and "no article text" in rejection.reason


def test_file_over_size_limit_is_rejected_with_sizes(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", f" date 2026-01-20 {BODY}" * 100)
    [rejection] = read([path], max_bytes=1000)
    assert isinstance(rejection, Rejection)
    assert "limit" in rejection.reason and "MB" in rejection.reason


def test_directories_and_globs_expand_sorted_and_skip_hidden_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write(folder, "b.txt", f" date 2026-01-20 {BODY}")
    write(folder / "sub", "a.txt", f" date 2026-01-21 {BODY} Más.")
    write(folder, ".hidden.txt", "junk")
    by_dir = read([str(folder)])
    assert [a.source for a in by_dir] == [str(folder / "b.txt"), str(folder / "sub" / "a.txt")]
    by_glob = read([str(folder / "**" / "*.txt")])
    assert {a.source for a in by_glob} == {a.source for a in by_dir}
    [missing] = read([str(tmp_path / "nope-*.txt")])
    assert isinstance(missing, Rejection) and "matches no files" in missing.reason


def test_stdin_is_read_with_dash() -> None:
    items = list(
        read_inputs(["-"], ReadOptions(), stdin=io.BytesIO(f" date 2026-01-20 {BODY}".encode()))
    )
    [article] = items
    assert isinstance(article, Article) and article.source == "<stdin>"


def test_missing_path_is_rejected_by_name(tmp_path: Path) -> None:
    [rejection] = read([str(tmp_path / "absent.txt")])
    assert isinstance(rejection, Rejection) and "no such file" in rejection.reason


def test_format_is_detected_by_content_then_suffix() -> None:
    assert detect_format("a.csv", " date 2026-01-20 szöveg") is InputFormat.SEED
    assert detect_format("a.jsonl", "{}") is InputFormat.JSONL
    assert detect_format("a.csv", "x,y") is InputFormat.CSV
    assert detect_format("page", "<!DOCTYPE html><html>") is InputFormat.HTML
    assert detect_format("a.txt", "Szöveg") is InputFormat.TEXT
    assert detect_format("a.txt", "date night in Budapest") is InputFormat.TEXT


def test_outlet_is_the_url_host_without_www() -> None:
    assert outlet_from_url("https://www.hvg.hu/itthon/x") == "hvg.hu"
    assert outlet_from_url("not a url") is None
    assert outlet_from_url(None) is None
