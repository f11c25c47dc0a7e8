"""`newsbot run` as a process: stops cleanly within 5 s on SIGTERM and SIGINT; a wrong or
missing token is a clear message, no traceback, and the token is never printed."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time

import pytest

from tests.conftest import ROOT
from tests.fakebot import FakeTelegram


def _env(fake: FakeTelegram, tmp, token: str) -> dict[str, str]:
    return dict(
        os.environ,
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=fake.base_url,
        TELEGRAM_API_BASE_FILE_URL=fake.base_file_url,
        DATABASE_URL=f"sqlite:///{tmp / 'run.db'}",
        XDG_CACHE_HOME=str(tmp / "cache"),
    )


async def _start(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_a_signal_stops_the_bot_within_5_seconds(tmp_path, sig):
    fake = FakeTelegram()
    await fake.start()
    proc = await _start(_env(fake, tmp_path, fake.token))
    try:
        for _ in range(300):
            if fake.calls_of("getUpdates"):
                break
            await asyncio.sleep(0.1)
        assert fake.calls_of("getUpdates"), "the bot never started polling"
        t = time.monotonic()
        proc.send_signal(sig)
        _, err = await asyncio.wait_for(proc.communicate(), 10)
        assert time.monotonic() - t < 5.0
        assert proc.returncode == 0, err.decode()[-500:]
        assert fake.token not in err.decode()
    finally:
        if proc.returncode is None:
            proc.kill()
        await fake.stop()


async def test_a_wrong_token_is_a_clear_message(tmp_path):
    fake = FakeTelegram()
    await fake.start()
    wrong = "999999:WRONG-token-value"
    proc = await _start(_env(fake, tmp_path, wrong))
    try:
        _, err = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        await fake.stop()
    text = err.decode()
    assert proc.returncode == 2
    assert "refused TELEGRAM_BOT_TOKEN" in text
    assert "Traceback" not in text and wrong not in text


async def test_a_missing_token_is_a_clear_message(tmp_path):
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}", TELEGRAM_BOT_TOKEN="")
    proc = await _start(env)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in err.decode() and "Traceback" not in err.decode()
