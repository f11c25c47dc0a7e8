"""newsbot's Telegram-facing side: settings, the CLI, handlers and formatting."""
