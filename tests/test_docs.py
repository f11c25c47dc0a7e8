"""The README lists every command (from COMMANDS and the CLI) and every setting."""

from bot.cli import build_parser
from bot.commands import COMMANDS
from bot.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")


def test_readme_lists_every_bot_command():
    missing = [c.name for c in COMMANDS if f"/{c.name}" not in README]
    assert missing == []


def test_readme_lists_every_cli_command():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    missing = [name for name in sub.choices if f"newsbot {name}" not in README]
    assert missing == []


def test_readme_and_env_example_list_every_setting():
    names = [n.upper() for n in Settings.model_fields]
    assert [n for n in names if n not in README] == []
    assert [n for n in names if f"{n}=" not in ENV_EXAMPLE] == []
