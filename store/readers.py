"""Reading JSON Lines records into articles, in this process or, for a large file, in worker
processes while this one writes: reading (segmenting bylines, finding people) is pure and costs
ten times what storing does, so a bulk import goes as fast as the machine has cores. Records come
back in the order they were given; a worker's error is raised here, as a serial read's would be."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from datetime import date
from multiprocessing.pool import Pool
from typing import Any

from store import ner
from store.extract import ArticleData, read_record

Record = tuple[str, str, str, str, date | None]  # title, body, kicker, subtitle, the page's date

CHUNK = 25  # records sent to a worker at a time


def default_workers() -> int:
    """One worker a core, at most four (beyond that the writer cannot keep up)."""
    return max(1, min(4, os.cpu_count() or 1))


class RecordReader:
    """Reads batches of records; the first batch of a file in this process (a small file never
    waits for workers to start), the rest in `workers` processes when there is more than one.
    `submit` starts reading a batch and returns what gives its articles when called (`first_here`
    False: the first batch in the workers too, when it is no quick read). The name
    model reads as it is switched on here, unless `rules_only` (a bulk import whose names the
    model reads later, `store.later`)."""

    def __init__(self, workers: int | None = None, *, rules_only: bool = False, first_here: bool = True) -> None:
        self.workers = default_workers() if workers is None else max(1, workers)
        self.model = None if rules_only else ner.enabled_model()
        self.first_here = first_here
        self.batches = 0
        self.pool: Pool | None = None

    def submit(self, records: list[Record]) -> Callable[[], list[ArticleData]]:
        self.batches += 1
        if self.workers == 1 or (self.batches == 1 and self.first_here):
            with ner.switched(self.model):
                articles = [read_record(*r) for r in records]
            return lambda: articles
        if self.pool is None:
            self.pool = _pool(self.workers, self.model)
        return self.pool.map_async(_read, records, chunksize=CHUNK).get

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def __enter__(self) -> RecordReader:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _pool(workers: int, model: str | None) -> Pool:
    """Workers forked from this process where the system can (they share its loaded dictionary and
    need no `__main__` guard in a caller's script; they never touch its database connections and
    leave with `os._exit`), spawned elsewhere; the name model switched on or off as asked."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    return context.Pool(workers, initializer=_start, initargs=(model,))


def _start(model: str | None) -> None:
    if model:
        ner.enable(model)
    else:
        ner.disable()


def _read(record: Record) -> ArticleData:
    return read_record(*record)
