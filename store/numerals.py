"""Chinese numerals as newspapers print them: `二〇二四` (a year, digit by digit), `七十`,
`一百零一`, `十三` (a number). Pure."""

from __future__ import annotations

DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "两": 2}


def digits(text: str) -> int:
    """`二〇二四` -> 2024: each character a digit, as a year is printed."""
    return int("".join(str(DIGITS[c]) for c in text))


def number(text: str) -> int:
    """`70`, `七十`, `一百零一`, `十三` -> the number."""
    if text.isdigit():
        return int(text)
    value = digit = 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        else:  # 十 or 百
            value += (digit or 1) * (10 if ch == "十" else 100)
            digit = 0
    return value + digit
