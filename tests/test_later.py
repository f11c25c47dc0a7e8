"""A bulk import is stored with the people the rules find and searchable at once; the name model's
reading follows (`store.later`), resumable, once per article, in any process."""

import json
import threading

import pytest
from sqlalchemy import func, select

from bot.cli import main
from store import ingest as ingest_module
from store import later, ner
from store.extract import read_record
from store.ingest import ingest
from store.models import Mention, Meta, Person
from store.people import find_people

MODEL_ONLY = "冰心回忆童年，明代吴承恩曾用诗句。"  # names only the model finds (吴承恩: no title, said once)
TITLED = "市长王建国出席会议。"  # a person the rules find


class _FakeModel:
    """Stands in for the LAC model: tags the given words PER wherever they are printed."""

    def __init__(self, names):
        self.names = names

    def run(self, lines):
        return [[(n, "PER") for n in self.names if n in line] for line in lines]


@pytest.fixture
def model(monkeypatch):
    monkeypatch.setattr(ner, "_lac", lambda: _FakeModel(["吴承恩"]))
    assert ner.enable("lac")


def _export(tmp_path, n: int, name: str = "bulk.jsonl"):
    path = tmp_path / name
    records = [{"id": f"r{i}", "title": f"第{i}条", "date": "2024-03-11", "body": TITLED + MODEL_ONLY} for i in range(n)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return path


def _names(sessions) -> dict[str, int]:
    with sessions() as s:
        return dict(s.execute(select(Mention.name, func.count()).group_by(Mention.name)).tuples().all())


def _version(sessions) -> str | None:
    with sessions() as s:
        row = s.get(Meta, "corpus_version")
        return row.value if row else None


def test_the_fake_model_finds_what_the_rules_do_not(model):
    assert {p.name for p in find_people(TITLED + MODEL_ONLY)} == {"王建国", "吴承恩"}
    with ner.switched(None):
        assert {p.name for p in find_people(TITLED + MODEL_ONLY)} == {"王建国"}


def test_a_bulk_import_has_the_rules_people_first_and_the_models_after(sessions, tmp_path, monkeypatch, model):
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    monkeypatch.setattr(later, "BATCH", 7)  # several batches, the last one short
    report = ingest(sessions, [_export(tmp_path, 30)], workers=1)
    assert report.ok and report.articles == 30
    with sessions() as s:
        assert later.waiting(s) == 30
    assert _names(sessions) == {"王建国": 30}
    before = _version(sessions)
    seen = []
    assert later.read_waiting(sessions, workers=1, progress=lambda done, total, _: seen.append((done, total))) == 30
    assert seen[-1] == (30, 30) and len(seen) == 5
    assert _names(sessions) == {"王建国": 30, "吴承恩": 30}
    with sessions() as s:
        assert later.waiting(s) == 0
        assert s.scalar(select(func.count()).select_from(Person)) == 2
    assert _version(sessions) != before  # bot processes rebuild their index with the new names
    assert later.read_waiting(sessions, workers=1) == 0


def test_the_models_reading_is_the_same_as_reading_with_it_at_once(sessions, tmp_path, monkeypatch, model):
    small = ingest(sessions, [_export(tmp_path, 3, "small.jsonl")], workers=1)  # under BULK_BYTES: read at once
    with sessions() as s:
        assert small.ok and later.waiting(s) == 0
    at_once = _names(sessions)
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    path = _export(tmp_path, 3, "big.jsonl")
    path.write_text(path.read_text(encoding="utf-8").replace('"id": "r', '"id": "b'), encoding="utf-8")
    assert ingest(sessions, [path], workers=1).ok
    later.read_waiting(sessions, workers=1)
    assert _names(sessions) == {name: 2 * n for name, n in at_once.items()}


def test_worker_processes_read_the_rules_alone_then_the_model(sessions, tmp_path, monkeypatch, model):
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    monkeypatch.setattr(ingest_module, "BATCH", 10)  # batches after the first are read by two workers
    monkeypatch.setattr(later, "BATCH", 10)
    assert ingest(sessions, [_export(tmp_path, 40)], workers=2).ok
    assert _names(sessions) == {"王建国": 40}
    assert later.read_waiting(sessions, workers=2) == 40
    assert _names(sessions) == {"王建国": 40, "吴承恩": 40}


def _bulk(sessions, tmp_path, monkeypatch, n: int):
    """n records stored by a bulk import, their names waiting: the file, and what a pass reads of
    them (the articles as stored, the records)."""
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    path = _export(tmp_path, n)
    assert ingest(sessions, [path], workers=1).ok
    batch = later._next_batch(sessions, 0, 100)
    return path, [stored for stored, _ in batch], [record for _, record in batch]


def test_a_batch_another_process_completed_first_is_left_alone(sessions, tmp_path, monkeypatch, model):
    _, articles, records = _bulk(sessions, tmp_path, monkeypatch, 4)
    read = [read_record(*record) for record in records]
    assert later._Writer(sessions).store(articles, lambda: read) == 4
    assert later._Writer(sessions).store(articles, lambda: read) == 0  # the slower process writes nothing
    assert _names(sessions) == {"王建国": 4, "吴承恩": 4}


def test_a_person_another_process_stored_meanwhile_is_found_on_a_second_try(sessions, tmp_path, monkeypatch, model):
    _, stored, records = _bulk(sessions, tmp_path, monkeypatch, 3)
    with ner.switched(None):
        rules = [read_record(*record) for record in records]
    models = [read_record(*record) for record in records]
    this, other = later._Writer(sessions), later._Writer(sessions)
    assert this.store(stored[:1], lambda: rules[:1]) == 1  # this writer knows 王建国 only
    assert other.store(stored[1:2], lambda: models[1:2]) == 1  # another stores 吴承恩
    assert this.store(stored[2:], lambda: models[2:]) == 1  # its insert of 吴承恩 fails, then it finds him
    assert _names(sessions) == {"王建国": 3, "吴承恩": 2}
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2


def test_a_file_replaced_while_its_names_are_read_is_left_as_replaced(sessions, tmp_path, monkeypatch, model):
    path, stored, records = _bulk(sessions, tmp_path, monkeypatch, 4)
    read = [read_record(*record) for record in records]
    path.write_text(path.read_text(encoding="utf-8").replace("第", "新"), encoding="utf-8")
    assert ingest(sessions, [path], workers=1).ok  # new articles, new ids, waiting
    assert later._Writer(sessions).store(stored, lambda: read) == 0
    with sessions() as s:
        assert later.waiting(s) == 4 and s.scalar(select(func.count()).select_from(Mention)) == 4


def test_with_the_model_off_the_articles_keep_waiting(sessions, tmp_path, monkeypatch, model):
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    assert ingest(sessions, [_export(tmp_path, 3)], workers=1).ok
    ner.disable()
    assert later.read_waiting(sessions, workers=1) == 0
    with sessions() as s:
        assert later.waiting(s) == 3


def test_without_the_model_a_bulk_import_waits_for_nothing(sessions, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    assert ingest(sessions, [_export(tmp_path, 3)], workers=1).ok
    with sessions() as s:
        assert later.waiting(s) == 0


def test_a_thread_reading_with_the_rules_alone_leaves_the_others_model_on(model):
    inside, other = threading.Event(), threading.Event()
    seen = {}

    def rules_alone():
        with ner.switched(None):
            seen["here"] = ner.enabled_model()
            inside.set()
            other.wait(5)

    t = threading.Thread(target=rules_alone)
    t.start()
    inside.wait(5)
    seen["other"] = ner.enabled_model()
    other.set()
    t.join()
    assert seen == {"here": None, "other": "lac"} and ner.enabled_model() == "lac"


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("NEWSBOT_NAME_MODEL", "auto")
    monkeypatch.setattr(ner, "_lac", lambda: _FakeModel(["吴承恩"]))
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    return tmp_path


def test_cli_ingest_completes_the_names_unless_asked_to_leave_them(cli_env, capsys):
    path = _export(cli_env, 5)
    assert main(["ingest", str(path), "--names-later", "--json", "--workers", "1"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["articles"] == 5 and summary["names_waiting"] == 5 and summary["names_completed"] == 0
    assert main(["stats"]) == 0
    assert "5 articles wait for the name model" in capsys.readouterr().out
    assert main(["names", "--workers", "1"]) == 0
    assert "5 articles completed" in capsys.readouterr().out
    other = _export(cli_env, 5, "other.jsonl")
    other.write_text(other.read_text(encoding="utf-8").replace('"id": "r', '"id": "o'), encoding="utf-8")
    assert main(["ingest", str(other), "--json", "--workers", "1"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["names_completed"] == 5 and summary["names_waiting"] == 0
    assert main(["who", "吴承恩", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["person"]["article_total"] == 10


def test_cli_names_without_the_model_says_so(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("NEWSBOT_NAME_MODEL", "off")
    assert main(["names"]) == 2
    assert "name model is off" in capsys.readouterr().err


def test_cli_stats_says_how_to_complete_what_waits_when_the_model_is_off(cli_env, monkeypatch, capsys):
    assert main(["ingest", str(_export(cli_env, 2)), "--names-later", "--workers", "1"]) == 0
    monkeypatch.setenv("NEWSBOT_NAME_MODEL", "off")
    capsys.readouterr()
    assert main(["stats"]) == 0
    assert "2 articles have only the people the rules found" in (out := capsys.readouterr().out)
    assert "newsbot names" in out



async def test_a_bot_process_reads_names_only_in_a_quiet_moment(tmp_path, monkeypatch, model):
    """Replies come first: while updates keep arriving the background reading waits, and once the
    bot has been quiet for NAMES_IDLE_SECONDS it completes the waiting articles."""
    import asyncio
    import time

    from bot import services as services_module
    from bot.services import Services
    from bot.settings import Settings

    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    monkeypatch.setattr(services_module, "NAMES_IDLE_SECONDS", 0.5)
    monkeypatch.setattr(services_module, "NAMES_AT_ONCE", 2)
    monkeypatch.setattr(services_module, "NAMES_SECONDS", 0.05)
    svc = Services.open(Settings(database_url=f"sqlite:///{tmp_path / 'bot.db'}"))
    assert ingest(svc.sessions, [_export(tmp_path, 6)], workers=1).ok
    task = asyncio.create_task(svc.keep_names_read())
    try:
        busy_until = time.monotonic() + 1.5
        while time.monotonic() < busy_until:  # an update every 0.1 s
            svc.note_update()
            await asyncio.sleep(0.1)
        with svc.sessions() as s:
            assert later.waiting(s) == 6
        for _ in range(50):
            await asyncio.sleep(0.1)
            with svc.sessions() as s:
                if later.waiting(s) == 0:
                    break
        with svc.sessions() as s:
            assert later.waiting(s) == 0
        assert _names(svc.sessions) == {"王建国": 6, "吴承恩": 6}
    finally:
        task.cancel()
        svc.close()
