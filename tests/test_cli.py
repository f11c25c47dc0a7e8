"""The command line contract of DESIGN.md: search, who, ask, latest."""

import json

import pytest

from bot.cli import main


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    return tmp_path


def test_ask_on_an_empty_store_loads_the_samples_and_answers(cli_env, capsys):
    assert main(["ask", "官卫红最近在忙什么"]) == 0
    out = capsys.readouterr()
    assert "sample pages" in out.err
    assert "官卫红" in out.out and "管委会主任" in out.out and "宫卫红" in out.out


def test_search_json_and_batch(cli_env, capsys, tmp_path):
    main(["ask", "你好"])
    capsys.readouterr()
    assert main(["search", "篮球文化节", "--json", "--limit", "3"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["headline"] == "市第十三届篮球文化节示范区篮球赛开幕"
    assert {"score", "snippet", "id", "reporters"} <= set(hits[0])
    batch = tmp_path / "queries.txt"
    batch.write_text("篮球文化节\n\n沁全湖社区\n", encoding="utf-8")
    assert main(["search", "--batch", str(batch)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["query"] for x in lines] == ["篮球文化节", "沁全湖社区"]
    assert all(x["elapsed_ms"] > 0 and x["results"] for x in lines)


def test_who_json_person_title_and_suggestions(cli_env, capsys):
    main(["ask", "你好"])
    capsys.readouterr()
    assert main(["who", "宫卫红", "--json"]) == 0
    person = json.loads(capsys.readouterr().out)
    assert set(person) == {"query", "person", "holders", "suggestions"}
    assert sorted(person["person"]["variants"]) == ["官卫红", "宫卫红"]
    assert main(["who", "管委会主任", "--json"]) == 0
    holders = json.loads(capsys.readouterr().out)["holders"]
    assert holders[0]["name"] == "官卫红"
    assert main(["who", "吕佩", "--json"]) == 1
    assert "吕沛" in json.loads(capsys.readouterr().out)["suggestions"]


def test_latest_json_is_newest_first(cli_env, capsys):
    main(["ask", "你好"])
    capsys.readouterr()
    assert main(["latest", "--json", "--limit", "5"]) == 0
    arts = json.loads(capsys.readouterr().out)
    dates = [a["page_date"] for a in arts]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2023-03-14"


def test_no_command_prints_help(cli_env, capsys):
    assert main([]) == 2
    assert "ingest" in capsys.readouterr().out


def test_a_bad_setting_is_a_clear_message(cli_env, capsys, monkeypatch):
    monkeypatch.setenv("ADMIN_IDS", "alice")
    assert main(["stats"]) == 2
    assert "ADMIN_IDS" in capsys.readouterr().err


def test_an_unknown_name_model_is_a_clear_message(cli_env, capsys, monkeypatch):
    monkeypatch.setenv("NEWSBOT_NAME_MODEL", "crf")
    assert main(["stats"]) == 2
    assert "NEWSBOT_NAME_MODEL" in capsys.readouterr().err


def test_ask_answers_the_bot_s_commands_as_the_bot_does(cli_env, capsys):
    main(["ask", "你好"])
    capsys.readouterr()
    main(["ask", "/who", "管委会主任"])
    assert "任职者" in (out := capsys.readouterr().out) and "官卫红" in out
    main(["ask", "/latest", "2"])
    assert (out := capsys.readouterr().out).startswith("最新报道") and "\n2. " in out and "\n3. " not in out
    main(["ask", "/date", "3月11日"])
    assert capsys.readouterr().out.startswith("2023-03-11（")
    main(["ask", "/today"])
    assert capsys.readouterr().out.startswith("2023-03-14（")
    main(["ask", "/a_1"])
    assert "本报讯" in capsys.readouterr().out
    main(["ask", "/date", "不是日期"])
    assert capsys.readouterr().out.startswith("用法：/date")
