"""Every setting, read in one place: the environment first, then a `.env` file."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from store import ner
from store.db import default_url

TELEGRAM_API = "https://api.telegram.org/bot"
TELEGRAM_FILES = "https://api.telegram.org/file/bot"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    telegram_bot_token: SecretStr | None = Field(default=None, description="the bot's token from @BotFather")
    database_url: str = Field(default_factory=default_url, description="SQLAlchemy URL of the store")
    admin_ids: str = Field(default="", description="comma-separated Telegram user ids allowed admin commands")
    news_dir: Path | None = Field(default=None, description="folder of page files and JSONL exports for /reload")
    telegram_api_base_url: str = Field(default=TELEGRAM_API, description="Bot API endpoint (PTB base_url)")
    telegram_api_base_file_url: str = Field(default=TELEGRAM_FILES, description="Bot API file endpoint")
    webhook_url: str | None = Field(default=None, description="public HTTPS URL; set to serve a webhook")
    webhook_listen: str = Field(default="127.0.0.1", description="address the webhook server binds")
    webhook_port: int = Field(default=8443, description="port the webhook server binds")
    webhook_secret_token: SecretStr | None = Field(default=None, description="secret Telegram sends with updates")
    db_busy_seconds: float = Field(
        default=5.0, gt=0, description="how long the bot waits for a locked or unreachable database before saying it is busy"
    )
    newsbot_tz: str = Field(default="Asia/Shanghai", description="time zone of digest times")
    log_level: str = Field(default="INFO", description="logging level")
    newsbot_name_model: str = Field(
        default="auto",
        description="'auto': find people also with the Baidu LAC model when it is installed (pip install 'newsbot[names]'); "
        "'lac': insist on it; 'off': the rules alone (a faster bulk import)",
    )

    @field_validator("admin_ids")
    @classmethod
    def _check_admins(cls, value: str) -> str:
        for part in value.replace(";", ",").split(","):
            if part.strip() and not part.strip().lstrip("-").isdigit():
                raise ValueError(f"ADMIN_IDS must be numeric Telegram user ids, got {part.strip()!r}")
        return value

    @field_validator("newsbot_name_model")
    @classmethod
    def _check_name_model(cls, value: str) -> str:
        value = value.strip().lower() or "auto"
        if value not in ner.SETTINGS:
            raise ValueError(f"NEWSBOT_NAME_MODEL must be one of {', '.join(ner.SETTINGS)}, got {value!r}")
        return value

    @cached_property
    def admins(self) -> frozenset[int]:
        return frozenset(int(p) for p in self.admin_ids.replace(";", ",").split(",") if p.strip())


def load_settings() -> Settings:
    return Settings()
