"""Decoding files and the small text predicates that segmentation and extraction share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """A file that is not text in an encoding we can read."""


CJK = "\u3400-\u4dbf\u4e00-\u9fff"
TERMINAL = "。！？!?…”」』"  # a paragraph ending in one of these is a finished sentence
CLAUSE_PUNCT = "，,、；;：:"
OPEN_QUOTE = "“「『‘"


def one_of(words: Iterable[str], *, not_before: dict[str, str] | None = None) -> str:
    """A regular expression matching any of words, longest first, as a trie (`主(?:任|席)`): Python's
    engine tries the alternatives of `任|席|…` one by one at each position, a trie one character at a
    time. `not_before` maps a word to characters that must not follow it (`{"支书": "记"}`)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = word
    return _branch(trie, not_before or {})


def _branch(node: dict, not_before: dict[str, str]) -> str:
    alternatives = [re.escape(char) + _branch(child, not_before) for char, child in sorted(node.items()) if char]
    inner = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
    if "" not in node:
        return inner
    end = f"(?![{re.escape(not_before[node['']])}])" if node[""] in not_before else ""
    return f"(?:{inner}|{end})" if alternatives else end  # the longer words first, then the word itself


def decode(data: bytes) -> str:
    """Bytes of a page file to text: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM.

    Raises DecodeError for binary data or text in no encoding we recognise."""
    if not data.strip():
        raise DecodeError("the file is empty")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("the file is binary (it contains NUL bytes)")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return _clean(data[len(bom) :].decode(codec, errors="strict"))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the file starts with a {codec.upper()} byte-order mark but is not {codec.upper()} ({exc.reason})") from None
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and _mostly_utf8(data[: exc.start]):
            raise DecodeError("the file is truncated: it ends in the middle of a UTF-8 character") from None
    try:
        return _clean(data.decode("gb18030"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("the file is not text in a known encoding")
    return _clean(str(best))


def _mostly_utf8(data: bytes) -> bool:
    return len(data) > 0 and data.decode("utf-8", errors="ignore").encode("utf-8") == data


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    control = sum(1 for c in text[:20000] if unicodedata.category(c) == "Cc" and c not in "\n\t")
    if control > max(8, len(text[:20000]) // 200):
        raise DecodeError("the file is binary (it contains control characters)")
    return text


def fold(text: str) -> str:
    """A form for matching only: NFKC (full-width to half-width), no spaces. Never displayed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def is_terminated(line: str) -> bool:
    """A finished paragraph: it ends a sentence, or closes a note that stands after one
    (`…。（作者为本报记者）`, or the end of such a note broken across lines)."""
    s = line.rstrip()
    if not s:
        return False
    if s[-1] in TERMINAL:
        return True
    if s[-1] in ")）":
        opening = _opening(s)
        return opening <= 0 or s[opening - 1] in TERMINAL
    return False


def _opening(s: str) -> int:
    """Where the bracket that closes s opens (nested ones counted), or -1."""
    depth = 0
    for k in range(len(s) - 1, -1, -1):
        if s[k] in ")）":
            depth += 1
        elif s[k] in "(（":
            depth -= 1
            if depth == 0:
                return k
    return -1


_UNSAFE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Text a user typed, without lone surrogates and control characters (which no database or
    encoder takes)."""
    return _UNSAFE.sub("", text)
