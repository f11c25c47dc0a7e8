"""Ingest: idempotent, one transaction per file, encodings, bad files named, the rest goes on."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from store import ingest as ingest_module
from store import queries
from store.db import make_engine, make_sessions, migrate
from store.extract import read_page
from store.ingest import ingest
from store.models import Article, Mention, Page, Person, PersonName, SourceFile
from store.text import DecodeError, decode
from tests.conftest import RMRB, SAMPLE_PAGES

PAGE = sorted(SAMPLE_PAGES.glob("*.txt"))[0]


def count(sessions, model) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_sample_folder_then_again_adds_nothing(sessions, sample_dir):
    first = ingest(sessions, [sample_dir])
    assert first.ok and first.files == 3 and first.articles == 34
    again = ingest(sessions, [sample_dir])
    assert again.ok and again.articles == 0 and again.skipped == 3
    assert count(sessions, Article) == 34


def test_changed_file_replaces_its_articles(sessions, sample_dir):
    ingest(sessions, [sample_dir])
    page = sample_dir / PAGE.name
    text = page.read_text(encoding="utf-8")
    cut = text.index("示范区召开消防安全工作会议")
    page.write_text(text[:cut], encoding="utf-8")
    report = ingest(sessions, [page])
    assert report.outcomes[0].status == "replaced"
    with sessions() as s:
        heads = [a.headline for a in queries.all_articles(s)]
    assert "示范区召开消防安全工作会议" not in heads
    assert count(sessions, Article) == 34 - 15 + report.articles
    assert count(sessions, SourceFile) == 3


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("gb18030"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.encode("gbk", errors="strict"),
    ],
    ids=["gb18030", "utf8-bom", "crlf", "gbk"],
)
def test_other_encodings_give_the_same_articles(encode):
    text = PAGE.read_text(encoding="utf-8")
    expected = read_page(text, PAGE.name)
    assert read_page(decode(encode(text)), PAGE.name) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 20, "binary"),
        ("示范区召开会议".encode() + "新".encode()[:2], "truncated"),
        (b"\xff\xfe\x00", "byte-order mark"),  # found by bench/fuzz.py: it stopped the whole import
        (b"\xef\xbb\xbf\xff\xfe\xfd", "byte-order mark"),
    ],
    ids=["empty", "blank", "binary", "truncated", "utf16-bom-truncated", "utf8-bom-not-utf8"],
)
def test_bad_files_are_named_and_the_rest_lands(sessions, sample_dir, content, message):
    bad = sample_dir / "bad.txt"
    bad.write_bytes(content)
    report = ingest(sessions, [sample_dir])
    assert not report.ok
    assert len(report.errors) == 1
    assert str(bad) in report.errors[0] and message in report.errors[0]
    assert report.articles == 34


def test_decode_rejects_binary_with_a_reason():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_a_huge_page_file_is_refused(sessions, tmp_path):
    big = tmp_path / "huge.txt"
    big.write_bytes("新闻。\n".encode() * (6 * 1024 * 1024 // 10 + 1))
    fifty = tmp_path / "fifty.txt"
    with fifty.open("wb") as f:  # 50 MB, sparse: refused by its size before a byte is read
        f.truncate(50 * 1024 * 1024)
    report = ingest(sessions, [big, fifty])
    assert not report.ok and len(report.errors) == 2
    assert all("too large" in e for e in report.errors)
    assert "huge.txt" in report.errors[0] and "50.0 MB" in report.errors[1] and "fifty.txt" in report.errors[1]
    assert count(sessions, SourceFile) == 0


def _record(i: int, **extra) -> str:
    rec = {
        "id": f"r{i}",
        "title": f"标题{i}",
        "date": "2024-03-0" + str(1 + i % 9),
        "body": f"本报北京3月1日电（记者张三、李四）第{i}条新闻的正文。",
        **extra,
    }
    return json.dumps(rec, ensure_ascii=False)


def test_jsonl_broken_lines_are_named_and_good_lines_land(sessions, tmp_path):
    f = tmp_path / "export.jsonl"
    lines = [
        _record(1),
        '{"title": "坏的',
        _record(2),
        json.dumps({"title": "无正文"}),
        "[1, 2]",
        _record(3, date="昨天"),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest(sessions, [f])
    assert report.articles == 2
    assert [e.split(": ", 1)[0] for e in report.errors] == [f"{f}:2", f"{f}:4", f"{f}:5", f"{f}:6"]
    assert "broken JSON" in report.errors[0]
    assert "'body'" in report.errors[1]
    assert "'date'" in report.errors[3]
    with sessions() as s:
        arts = queries.all_articles(s)
    assert arts[0].reporters == ("张三", "李四")
    assert arts[0].event_date == date(2024, 3, 1)


def test_jsonl_records_already_stored_add_nothing(sessions, tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text("\n".join(_record(i) for i in range(5)), encoding="utf-8")
    b = tmp_path / "b.jsonl"
    b.write_text("\n".join(_record(i) for i in range(3, 8)), encoding="utf-8")
    assert ingest(sessions, [a]).articles == 5
    second = ingest(sessions, [b])
    assert second.articles == 3 and second.skipped == 2
    assert ingest(sessions, [a, b]).articles == 0
    assert count(sessions, Article) == 8


def test_a_failure_inside_a_file_leaves_nothing_behind(sessions, sample_dir, monkeypatch):
    real = ingest_module._write

    def explode(s, rows, resolver):
        real(s, rows, resolver)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ingest_module, "_write", explode)
    with pytest.raises(RuntimeError):
        ingest(sessions, [sample_dir / PAGE.name])
    for model in (SourceFile, Page, Article, Mention):
        assert count(sessions, model) == 0


def test_page_date_from_name_manifest_or_option(sessions, tmp_path):
    text = PAGE.read_text(encoding="utf-8")
    named = tmp_path / "named"
    named.mkdir()
    (named / "2023-03-14.txt").write_text(text, encoding="utf-8")
    listed = tmp_path / "listed"
    listed.mkdir()
    (listed / "page.txt").write_text(text + "\n补充。\n", encoding="utf-8")
    (listed / "manifest.json").write_text('{"page.txt": "2023-03-15"}', encoding="utf-8")
    given = tmp_path / "given.txt"
    given.write_text(text + "\n另一版。\n", encoding="utf-8")
    assert ingest(sessions, [named, listed]).ok
    assert ingest(sessions, [given], page_date=date(2023, 3, 16)).ok
    with sessions() as s:
        pages = {p.label: (p.page_date, p.page_date_inferred) for p in s.scalars(select(Page))}
    assert pages == {
        "2023-03-14": (date(2023, 3, 14), False),
        "page": (date(2023, 3, 15), False),
        "given": (date(2023, 3, 16), False),
    }


def test_missing_path_is_an_error(sessions, tmp_path):
    report = ingest(sessions, [tmp_path / "nope"])
    assert not report.ok and "no such file" in report.errors[0]


def test_ocr_variants_are_one_person_and_near_names_are_not(sessions, sample_dir):
    ingest(sessions, [sample_dir])
    with sessions() as s:
        one = queries.person(s, "宫卫红")
        other = queries.person(s, "官卫红")
        zhao = queries.person(s, "赵俊生")
    assert one is not None and other is not None
    assert one.name == other.name
    assert set(one.variants) == {"宫卫红", "官卫红"}
    assert zhao is not None and "赵俊峰" not in zhao.variants


def test_unknown_file_types_in_a_folder_are_ignored(sessions, sample_dir):
    (sample_dir / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert ingest(sessions, [sample_dir]).ok


def test_a_named_file_of_an_unknown_type_is_an_error(sessions, tmp_path):
    f = tmp_path / "photo.jpg"
    f.write_bytes(b"\xff\xd8\xff")
    assert "not a page" in ingest(sessions, [f]).errors[0]


def test_cli_ingest_json_summary_and_exit_status(tmp_path, sample_dir, monkeypatch, capsys):
    from bot.cli import main

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    (sample_dir / "empty.txt").write_bytes(b"")
    assert main(["ingest", str(sample_dir), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["files"] == 4 and out["articles"] == 34 and len(out["errors"]) == 1
    assert main(["articles", "--json"]) == 0
    arts = json.loads(capsys.readouterr().out)
    assert len(arts) == 34
    first = arts[0]
    for key in (
        "id",
        "page",
        "position",
        "kind",
        "headline",
        "kicker",
        "subtitle",
        "reporters",
        "event_date",
        "page_date",
        "page_date_inferred",
        "people",
    ):
        assert key in first
    assert {"name", "title", "kind"} <= set(first["people"][0])
    assert main(["people", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert {"name", "variants", "kind", "titles", "articles", "co_mentioned"} <= set(people[0])


def _articles_and_mentions(sessions) -> tuple[list, list]:
    with sessions() as s:
        articles = s.execute(select(Article.uid, Article.headline, Article.reporters, Article.event_date).order_by(Article.uid)).all()
        mentions = s.execute(
            select(Article.uid, Mention.name, Mention.title, Mention.kind, Mention.role)
            .join(Article, Article.id == Mention.article_id)
            .order_by(Article.uid, Mention.name, Mention.title)
        ).all()
    return [tuple(a) for a in articles], [tuple(m) for m in mentions]


def test_a_large_file_read_by_worker_processes_is_stored_as_if_read_here(sessions, tmp_path, monkeypatch):
    if not RMRB.exists():
        pytest.skip(f"{RMRB} is missing (the corpus is not bundled)")
    monkeypatch.setattr(ingest_module, "BATCH", 40)  # four batches: three of them read by workers
    path = tmp_path / "big.jsonl"
    with RMRB.open(encoding="utf-8") as f:
        path.write_text("".join(line for _, line in zip(range(150), f, strict=False)), encoding="utf-8")
    here = make_sessions(make_engine(f"sqlite:///{tmp_path / 'here.db'}"))
    migrate(here.kw["bind"])
    one = ingest(here, [path], workers=1)
    two = ingest(sessions, [path], workers=2)
    assert one.ok and two.ok and one.articles == two.articles == 150
    assert _articles_and_mentions(sessions) == _articles_and_mentions(here)


def test_people_first_named_in_one_batch_are_stored_once_each(sessions, tmp_path):
    records = [
        {"id": "a", "title": "会议召开", "date": "2024-03-11", "page": "1", "body": "党工委书记宫卫红主持会议。区领导万英奎出席。"},
        {"id": "b", "title": "调研工作", "date": "2024-03-11", "page": "2", "body": "区领导万英奎、赵俊生调研。"},
        {"id": "c", "title": "检查工作", "date": "2024-03-20", "page": "1", "body": "党工委书记官卫红检查工作。"},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    assert ingest(sessions, [path]).ok
    with sessions() as s:
        spellings = {name: pid for name, pid in s.execute(select(PersonName.name, PersonName.person_id)).all()}
        people = s.scalar(select(func.count()).select_from(Person))
    assert spellings["宫卫红"] == spellings["官卫红"]  # an OCR variant with the same title, pages apart
    assert people == 3 and {"万英奎", "赵俊生"} <= set(spellings)
