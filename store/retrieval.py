"""The retriever: BM25 over character bigrams (headline, kicker and subtitle also unigrams, and
weighted above the body), query expansion with names the store knows (matched fuzzily), and a
rapidfuzz rerank of the top candidates. Built from the store; immutable once built, so a reload
builds a new one off the hot path and swaps it in one assignment."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from store import postings
from store.gazetteer import Gazetteer, PlaceCollector, build_gazetteer
from store.ingest import corpus_version
from store.models import Article, PersonName
from store.postings import MIN_CUT, Postings, build_postings
from store.text import clean, fold
from store.tokens import BIGRAM_BASE, query_keys

HEAD_BOOST = 2.0
BODY_MAX_DF = 0.02  # body pairs in more than 2% of documents carry little and cost much
CANDIDATES = 30
MAX_EXPAND = 10  # names are short: a longer question is matched by its pairs, not expanded
SINGLE_WEIGHT = 0.3  # single characters of the query, matched in headlines only
SINGLE_MAX_DF = 0.02  # ... and only the rarer ones: a character in many headlines says little and costs much
FUZZY_WEIGHT = 0.1
BODY_B = 0.3  # news reports are long for a reason: length says little about relevance
CHUNK = 4000
FORMAT = 5  # bump when the saved layout changes

# Words of a question that say nothing about what is asked.
QUESTION_WORDS = re.compile(
    r"请问|请|多少|什么时候|什么|哪些|哪里|哪儿|哪个|哪位|怎么样|怎么|怎样|如何|为什么|为何|是否|有没有|有关|关于|相关"
    r"|的新闻|新闻|消息|报道|情况|最近|近期|在忙|忙什么|吗|呢|吧|啊|了吗|是谁|谁"
)


@dataclass(frozen=True)
class Hit:
    article_id: int
    score: float


@dataclass(frozen=True)
class Index:
    version: int
    ids: np.ndarray  # article id per document number
    heads: tuple[str, ...]  # folded kicker + headline + subtitle
    head: Postings
    body: Postings
    names: Gazetteer
    people: tuple[str, ...] = ()  # every spelling of every person, for routing and suggestions

    @property
    def size(self) -> int:
        return int(self.ids.size)

    @cached_property
    def known_people(self) -> frozenset[str]:
        return frozenset(self.people)

    @property
    def nbytes(self) -> int:
        return self.ids.nbytes + self.head.nbytes + self.body.nbytes + sum(len(h) * 4 + 56 for h in self.heads)

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Body BM25 plus headline BM25 weighted by how much of the query the headline holds
        (so a headline sharing one common pair does not outrank the article that prints the
        phrase), then a fuzzy rerank against the headline."""
        core = question_core(query)
        if not core or not self.size:
            return []
        keys = query_keys(core)
        pairs = [k for k in keys if k >= BIGRAM_BASE]
        singles = [k for k in keys if k < BIGRAM_BASE]
        expansions = self.names.expand(core) if len(core) <= MAX_EXPAND else []
        for name in expansions:
            pairs += [k for k in query_keys(name) if k >= BIGRAM_BASE and k not in pairs]
        body = np.zeros(self.size, dtype=np.float32)
        head = np.zeros(self.size, dtype=np.float32)
        matched = np.zeros(self.size, dtype=np.float32)
        touched: list[np.ndarray] = []
        self.body.add_scores(body, pairs, 1.0, touched)
        self.head.add_scores(head, pairs, 1.0, touched, matched)
        rare = [k for k in singles if self.head.df(k) <= max(MIN_CUT, SINGLE_MAX_DF * self.size)]
        self.head.add_scores(head, rare, SINGLE_WEIGHT, touched if not pairs else None)
        coverage = matched / max(1, len(pairs)) if pairs else np.ones(self.size, dtype=np.float32)
        scores = body + HEAD_BOOST * head * coverage * coverage
        top = _top(scores, touched, CANDIDATES)
        if not top.size:
            return []
        return self._rerank(core, expansions, top, scores)[:limit]

    def _rerank(self, core: str, expansions: list[str], top: np.ndarray, scores: np.ndarray) -> list[Hit]:
        best = float(scores[top[0]]) or 1.0
        hits = []
        for doc in top:
            head = self.heads[doc]
            fuzzy = fuzz.partial_ratio(core, head) / 100 if len(core) <= len(head) else fuzz.ratio(core, head) / 100
            bonus = FUZZY_WEIGHT * fuzzy * fuzzy + (0.1 if any(n in head for n in expansions) else 0.0)
            hits.append(Hit(int(self.ids[doc]), float(scores[doc]) / best + bonus))
        hits.sort(key=lambda h: (-h.score, -h.article_id))
        return hits

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {"ids": self.ids, "meta": np.array([self.version, FORMAT], dtype=np.int64)}
        postings.save(self.head, "head", arrays)
        postings.save(self.body, "body", arrays)
        arrays["heads"] = np.array("\x1e".join(self.heads))
        arrays["names"] = np.array("\x1e".join(self.names.names))
        arrays["people"] = np.array("\x1e".join(self.people))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, **arrays)  # type: ignore[arg-type]
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> Index | None:
        """A saved index, or None when the file is missing, unreadable or of an older layout."""
        try:
            with np.load(path, allow_pickle=False) as z:
                version, fmt = (int(x) for x in z["meta"])
                if fmt != FORMAT:
                    return None
                arrays = {k: z[k] for k in z.files}
        except (OSError, ValueError, KeyError):
            return None
        heads = str(arrays["heads"]).split("\x1e") if arrays["ids"].size else []
        names = [n for n in str(arrays["names"]).split("\x1e") if n]
        people = tuple(n for n in str(arrays["people"]).split("\x1e") if n)
        return cls(
            version,
            arrays["ids"],
            tuple(heads),
            postings.load("head", arrays),
            postings.load("body", arrays),
            Gazetteer(names),
            people,
        )


MAX_QUERY = 200  # characters of a question that are read; the rest says nothing more


def question_core(text: str) -> str:
    """The part of a question that names what is asked: `山阳路项目全长多少公里` -> `山阳路项目全长公里`.
    Lone surrogates and control characters are dropped; at most MAX_QUERY characters are kept."""
    return QUESTION_WORDS.sub("", fold(clean(text[: MAX_QUERY * 4])).lower())[:MAX_QUERY]


def _top(scores: np.ndarray, touched: list[np.ndarray], k: int) -> np.ndarray:
    """The k best documents, looking only at those a query term reached."""
    if not touched:
        return np.zeros(0, np.int64)
    cand = np.concatenate(touched)
    if cand.size > 4 * k:
        cand = cand[np.argpartition(scores[cand], -4 * k)[-4 * k :]]
    cand = np.unique(cand)
    order = np.lexsort((cand, -scores[cand]))
    return cand[order][:k]


def build_index(session: Session, version: int = 0) -> Index:
    """Read every article (in id order, a chunk at a time) and build the index."""
    ids = np.array(session.scalars(select(Article.id).order_by(Article.id)).all(), dtype=np.int64)
    heads: list[str] = []
    lengths: list[int] = []
    for kicker, headline, subtitle, blen in session.execute(
        select(Article.kicker, Article.headline, Article.subtitle, func.length(Article.body)).order_by(Article.id)
    ):
        heads.append(fold(f"{kicker} {headline} {subtitle}").lower())
        lengths.append(int(blen or 0))

    def body_chunks() -> Iterator[list[str]]:
        for start in range(0, ids.size, CHUNK):
            chunk_ids = ids[start : start + CHUNK].tolist()
            rows = dict(
                session.execute(select(Article.id, Article.body).where(Article.id.in_(chunk_ids))).tuples().all()
            )
            yield [rows.get(i, "") for i in chunk_ids]

    def head_chunks() -> Iterator[list[str]]:
        for start in range(0, len(heads), CHUNK):
            yield heads[start : start + CHUNK]

    head_len = np.array([len(h) for h in heads], dtype=np.float32)
    head = build_postings(head_chunks, ids.size, head_len, unigrams=True, b=0.3)
    places = PlaceCollector()
    body = build_postings(
        body_chunks,
        ids.size,
        np.array(lengths, dtype=np.float32),
        unigrams=False,
        b=BODY_B,
        max_df=BODY_MAX_DF,
        on_chunk=places,
    )
    people = sorted(session.scalars(select(PersonName.name)))
    return Index(version, ids, tuple(heads), head, body, build_gazetteer(people, heads, places.places), tuple(people))


class Retriever:
    """Holds the current index for a process: loads a saved one, rebuilds when the store's corpus
    version moves, and swaps the new index in with one assignment (readers never wait)."""

    def __init__(self, sessions: sessionmaker[Session], cache: Path | None = None) -> None:
        self.sessions = sessions
        self.cache = cache
        self._index: Index | None = None
        self._lock = threading.Lock()

    @property
    def index(self) -> Index:
        if self._index is None:
            self.refresh()
        assert self._index is not None
        return self._index

    def refresh(self, force: bool = False) -> bool:
        """Rebuild if the store changed since the index was built. True when swapped."""
        with self._lock:
            with self.sessions() as s:
                version = corpus_version(s)
            current = self._index
            if current is not None and current.version == version and not force:
                return False
            if current is None and self.cache and not force:
                saved = Index.load(self.cache)
                if saved is not None and saved.version == version:
                    self._index = saved
                    return True
            with self.sessions() as s:
                fresh = build_index(s, version)
            if self.cache:
                with contextlib.suppress(OSError):  # a read-only cache only costs the next cold start
                    fresh.save(self.cache)
            self._index = fresh
            return True

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        return self.index.search(query, limit)
