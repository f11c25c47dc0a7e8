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


CHUNK = 500  # people looked up in one query
Wanted = tuple[str, str, set[str], set[str]]  # a name, its kind, its titles, the names on its page


class Resolver:
    """Maps names to person ids inside one ingest transaction, caching what it has looked up; the
    people a batch names for the first time are stored together (a bulk import meets thousands)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[str, int] = {}
        self.titles: dict[int, set[str]] = {}
        self.kinds: dict[int, str] = {}
        self.loaded = False
        self.new: list[str] = []  # names of people not stored yet, with ids -1, -2, …
        self.spellings: list[tuple[str, int]] = []  # other spellings of people, to store
        self.upgraded: dict[int, str] = {}  # stored people whose kind rose

    def using(self, session: Session) -> Resolver:
        """The same memory of who is who, in the next transaction (of one writer: what another
        process stores meanwhile is not seen, and a name it stored first fails the insert)."""
        self.session = session
        return self

    def _load(self) -> None:
        """All known spellings in one query: cheaper than one query per name on a large import."""
        for name, pid in self.session.execute(select(PersonName.name, PersonName.person_id)).tuples():
            self.ids[name] = pid
        self.loaded = True

    def person_ids(self, wanted: list[Wanted]) -> list[int]:
        """The person id of each (name, kind, titles, page names), new people and spellings stored."""
        if not self.loaded:
            self._load()
        self._recall({self.ids[w[0]] for w in wanted if w[0] in self.ids})
        out = []
        for name, kind, titles, page_names in wanted:
            pid = self.ids.get(name)
            if pid is None:
                pid = self._variant_of(name, kind, titles, page_names)
                if pid is not None:
                    self.spellings.append((name, pid))
                    self.ids[name] = pid
            if pid is None:
                self.new.append(name)
                pid = self.ids[name] = -len(self.new)
                self.kinds[pid], self.titles[pid] = kind, set()
            self._note(pid, kind, titles)
            out.append(pid)
        stored = self._store()
        return [stored.get(pid, pid) for pid in out]

    def _store(self) -> dict[int, int]:
        """Store the new people, spellings and kinds; the ids the new people got for their
        stand-ins."""
        stored: dict[int, int] = {}
        if self.new:
            rows = [{"name": n, "kind": self.kinds[-i]} for i, n in enumerate(self.new, 1)]
            ids = self.session.scalars(insert(Person).returning(Person.id, sort_by_parameter_order=True), rows)
            stored = {-i: pid for i, pid in enumerate(ids, 1)}
            for i, name in enumerate(self.new, 1):
                pid = stored[-i]
                self.ids[name] = pid
                self.kinds[pid], self.titles[pid] = self.kinds.pop(-i), self.titles.pop(-i)
        spellings = [(n, stored[-i]) for i, n in enumerate(self.new, 1)] + self.spellings
        if spellings:
            self.session.execute(insert(PersonName), [{"name": n, "person_id": stored.get(p, p)} for n, p in spellings])
        if self.upgraded:
            self.session.execute(update(Person), [{"id": p, "kind": k} for p, k in self.upgraded.items()])
        self.new, self.spellings, self.upgraded = [], [], {}
        return stored

    def _variant_of(self, name: str, kind: str, titles: set[str], page_names: set[str]) -> int | None:
        cores = {title_core(t) for t in titles if t}
        if not cores:
            return None
        for i, ch in enumerate(name):
            for alt_ch in _PARTNERS.get(ch, ()):
                alt = name[:i] + alt_ch + name[i + 1 :]
                if alt in page_names:
                    continue  # both spellings on one page: two people
                pid = self.ids.get(alt)
                if (
                    pid is not None
                    and cores & self._titles(pid)
                    and KIND_RANK.get(self._kind(pid), 0) == KIND_RANK.get(kind, 0)
                ):
                    return pid
        return None

    def _recall(self, pids: set[int]) -> None:
        """The titles and kinds of stored people not yet in memory, a few queries for many people
        (one query a person otherwise: a bulk import into a large archive meets thousands)."""
        todo = sorted(p for p in pids if p > 0 and p not in self.titles)
        for start in range(0, len(todo), CHUNK):
            chunk = todo[start : start + CHUNK]
            for pid in chunk:
                self.titles[pid] = set()
            rows = select(Mention.person_id, Mention.title).where(Mention.person_id.in_(chunk)).distinct()
            for pid, title in self.session.execute(rows).tuples():
                if title:
                    self.titles[pid].add(title_core(title))
            for pid, kind in self.session.execute(select(Person.id, Person.kind).where(Person.id.in_(chunk))).tuples():
                self.kinds.setdefault(pid, kind)

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
            if pid > 0:
                self.upgraded[pid] = kind


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
