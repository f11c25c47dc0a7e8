"""The retriever on the development question set, and routing of plain-text messages."""

from datetime import date
from pathlib import Path

import pytest

from store import answers
from store.db import make_engine, make_sessions, migrate
from store.ingest import corpus_version, ingest
from store.retrieval import Index, Retriever, build_index
from tests.conftest import PG_URL, SAMPLE_PAGES

QUESTIONS = Path(__file__).parent / "fixtures" / "questions.tsv"


def questions() -> list[tuple[str, str, bool]]:
    rows = []
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            rows.append((parts[0], parts[1], len(parts) > 2 and parts[2] == "typo"))
    return rows


def ranks(sessions) -> list[tuple[str, int | None]]:
    with sessions() as s:
        index = build_index(s, corpus_version(s))
        out = []
        for query, expected, _ in questions():
            hits = answers.search(s, index, query, 5)
            rank = next(
                (i for i, h in enumerate(hits, 1) if expected in h.article.headline or expected in h.article.body[:80]),
                None,
            )
            out.append((query, rank))
        return out


@pytest.fixture
def loaded(sessions):
    assert ingest(sessions, [SAMPLE_PAGES]).ok
    return sessions


def test_question_set_hit_at_1_and_5(loaded):
    qs = questions()
    assert len(qs) >= 40 and sum(t for *_, t in qs) >= 10
    result = ranks(loaded)
    hit1 = sum(r == 1 for _, r in result) / len(result)
    hit5 = sum(r is not None for _, r in result) / len(result)
    print(f"hit@1 {hit1:.3f} hit@5 {hit5:.3f} of {len(result)}")
    misses = [(q, r) for q, r in result if r != 1]
    assert hit1 >= 0.9, misses
    assert hit5 >= 0.98, misses


@pytest.mark.skipif(not PG_URL, reason="NEWSBOT_TEST_DATABASE_URL is not set (PostgreSQL run skipped)")
def test_same_results_on_sqlite_and_postgresql(tmp_path):
    results = []
    for url in (f"sqlite:///{tmp_path / 'a.db'}", PG_URL):
        engine = make_engine(url)
        from tests.conftest import _reset

        if url == PG_URL:
            _reset(engine)
        migrate(engine)
        sessions = make_sessions(engine)
        ingest(sessions, [SAMPLE_PAGES])
        with sessions() as s:
            index = build_index(s)
            results.append([[(h.article_id, round(h.score, 6)) for h in index.search(q, 5)] for q, *_ in questions()])
        engine.dispose()
    assert results[0] == results[1]


def test_index_saves_and_loads(loaded, tmp_path):
    with loaded() as s:
        index = build_index(s, 7)
    path = tmp_path / "index.npz"
    index.save(path)
    again = Index.load(path)
    assert again is not None and again.version == 7
    assert again.people == index.people and "宫卫红" in again.known_people
    assert again.heads == index.heads and again.names.names == index.names.names
    for q, *_ in questions():
        assert again.search(q, 5) == index.search(q, 5)
    with loaded() as s:
        routed = answers.answer(s, again, "宫卫红", date(2023, 3, 20))
    assert routed.kind == "person"
    path.write_bytes(b"not an index")
    assert Index.load(path) is None


def test_retriever_rebuilds_when_the_store_changes(sessions, tmp_path):
    retriever = Retriever(sessions, tmp_path / "cache.npz")
    assert retriever.index.size == 0
    ingest(sessions, [SAMPLE_PAGES])
    assert retriever.refresh() is True
    assert retriever.index.size == 34
    assert retriever.refresh() is False
    fresh = Retriever(sessions, tmp_path / "cache.npz")
    assert fresh.index.size == 34  # loaded from the saved file


def test_routing(loaded):
    today = date(2023, 3, 20)
    with loaded() as s:
        index = build_index(s)
        person = answers.answer(s, index, "吕沛最近在忙什么", today)
        assert person.kind == "person" and person.who and person.who.person and person.who.person.name == "吕沛"
        typo = answers.answer(s, index, "吕佩", today)
        assert typo.kind == "person" and typo.who and typo.who.person and typo.who.person.name == "吕沛"
        day = answers.answer(s, index, "3月11日的新闻", today)
        assert day.kind == "day" and day.day == date(2023, 3, 11) and len(day.articles) == 3
        yesterday = answers.answer(s, index, "昨天", date(2023, 3, 12))
        assert yesterday.kind == "day" and yesterday.day == date(2023, 3, 11)
        holders = answers.answer(s, index, "管委会主任", today)
        assert holders.kind == "holders" and holders.who and holders.who.holders[0].name in ("官卫红", "宫卫红")
        found = answers.answer(s, index, "篮球赛什么时候开幕", today)
        assert found.kind == "search" and "篮球赛开幕" in found.hits[0].article.headline
        assert "篮球" in found.hits[0].snippet.text and found.hits[0].snippet.marks
        nothing = answers.answer(s, index, "   ", today)
        assert nothing.kind == "nothing"


def test_who_suggests_close_names(loaded):
    with loaded() as s:
        result = answers.who(s, "吕佩")
    assert result.person is None and "吕沛" in result.suggestions


def test_who_for_every_gold_person(loaded):
    from tests.conftest import GOLD
    from tests.gold import read_tsv

    with loaded() as s:
        wrong = []
        for row in read_tsv(GOLD / "people.tsv"):
            result = answers.who(s, row["name"])
            person = result.person
            if person is None:
                wrong.append((row["name"], "not found"))
                continue
            titles = {t.title for t in person.titles}
            expected = {t.strip() for t in row["titles"].split("|") if t.strip()}
            if person.kind != row["kind"] or not expected <= titles:
                wrong.append((row["name"], person.kind, titles - expected, expected - titles))
        both = answers.who(s, "宫卫红").person
        assert both is not None and set(both.variants) == {"宫卫红", "官卫红"}
    assert wrong == []
