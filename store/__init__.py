"""newsbot's article store: a synchronous library with no Telegram in it."""
