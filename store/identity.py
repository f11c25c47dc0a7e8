"""Who a printed name is: one person per name, OCR variants of one person linked (宫/官 with a
title in common, never two names on the same page), and merges an admin asks for."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from store.models import Mention, Person, PersonName
from store.names import LOOKALIKES
from store.text import fold

KIND_RANK = {"other": 0, "official": 1, "correspondent": 2, "columnist": 2, "photographer": 3, "reporter": 3}
_PARTNERS: dict[str, set[str]] = {}
for _pair in LOOKALIKES:
    a, b = tuple(_pair)
    _PARTNERS.setdefault(a, set()).add(b)
    _PARTNERS.setdefault(b, set()).add(a)


def title_core(title: str) -> str:
    """The comparable end of a title: `开发区(高新区)党工委副书记` and `党工委副书记` agree."""
    folded = fold(title)
    return folded.rsplit(")", 1)[-1][-8:]


class Resolver:
    """Maps names to person ids inside one ingest transaction, caching what it has looked up."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[str, int | None] = {}
        self.titles: dict[int, set[str]] = {}
        self.kinds: dict[int, str] = {}
        self.loaded = False

    def _load(self) -> None:
        """All known spellings in one query: cheaper than one query per name on a large import."""
        for name, pid in self.session.execute(select(PersonName.name, PersonName.person_id)).tuples():
            self.ids[name] = pid
        self.loaded = True

    def person_id(self, name: str, kind: str, titles: set[str], page_names: set[str]) -> int:
        pid = self._lookup(name)
        if pid is None:
            pid = self._variant_of(name, kind, titles, page_names)
            if pid is not None:
                self.session.execute(insert(PersonName).values(name=name, person_id=pid))
                self.ids[name] = pid
        if pid is None:
            pid = self.session.scalar(insert(Person).values(name=name, kind=kind).returning(Person.id))
            assert pid is not None
            self.session.execute(insert(PersonName).values(name=name, person_id=pid))
            self.ids[name] = pid
            self.kinds[pid] = kind
            self.titles[pid] = set()
        self._note(pid, kind, titles)
        return pid

    def _lookup(self, name: str) -> int | None:
        if not self.loaded:
            self._load()
        return self.ids.get(name)

    def _variant_of(self, name: str, kind: str, titles: set[str], page_names: set[str]) -> int | None:
        cores = {title_core(t) for t in titles if t}
        if not cores:
            return None
        for i, ch in enumerate(name):
            for alt_ch in _PARTNERS.get(ch, ()):
                alt = name[:i] + alt_ch + name[i + 1 :]
                if alt in page_names:
                    continue  # both spellings on one page: two people
                pid = self._lookup(alt)
                if (
                    pid is not None
                    and cores & self._titles(pid)
                    and KIND_RANK.get(self._kind(pid), 0) == KIND_RANK.get(kind, 0)
                ):
                    return pid
        return None

    def _titles(self, pid: int) -> set[str]:
        if pid not in self.titles:
            rows = self.session.scalars(select(Mention.title).where(Mention.person_id == pid).distinct())
            self.titles[pid] = {title_core(t) for t in rows if t}
        return self.titles[pid]

    def _kind(self, pid: int) -> str:
        if pid not in self.kinds:
            self.kinds[pid] = self.session.scalar(select(Person.kind).where(Person.id == pid)) or "other"
        return self.kinds[pid]

    def _note(self, pid: int, kind: str, titles: set[str]) -> None:
        self._titles(pid).update(title_core(t) for t in titles if t)
        if KIND_RANK.get(kind, 0) > KIND_RANK.get(self._kind(pid), 0):
            self.kinds[pid] = kind
            self.session.execute(update(Person).where(Person.id == pid).values(kind=kind))


def merge_people(session: Session, keep: str, other: str) -> tuple[str, list[str]]:
    """Merge the person named `other` into the person named `keep` (an admin's alias).
    Returns the kept name and all its spellings. Raises LookupError for an unknown name."""
    keep_id = session.scalar(select(PersonName.person_id).where(PersonName.name == keep))
    other_id = session.scalar(select(PersonName.person_id).where(PersonName.name == other))
    if keep_id is None:
        raise LookupError(keep)
    if other_id is None:
        session.add(PersonName(name=other, person_id=keep_id))
    elif other_id != keep_id:
        session.execute(update(Mention).where(Mention.person_id == other_id).values(person_id=keep_id))
        session.execute(update(PersonName).where(PersonName.person_id == other_id).values(person_id=keep_id))
        session.execute(delete(Person).where(Person.id == other_id))
    session.flush()
    names = list(session.scalars(select(PersonName.name).where(PersonName.person_id == keep_id)))
    name = session.scalar(select(Person.name).where(Person.id == keep_id)) or keep
    return name, sorted(names)
