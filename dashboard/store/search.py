"""Free-text search: its one rule, and the word index both stores search.

The rule (every store, the page's help and the docs follow it):

- Text and query are cut into **words**: Unicode lower case (Arrow's ``utf8_lower``),
  apostrophes inside a word dropped (``China’s`` is the word ``chinas``), then each run of
  letters, combining marks and digits is a word; anything else separates words. A word
  longer than ``MAX_WORD`` characters is cut to its first ``MAX_WORD``.
- Each word has a **stem**: Snowball's English stemmer (``funding``, ``funds``, ``funded``
  and ``fund`` all have the stem ``fund``).
- A query word **matches** a text word with the same stem, or, when the query word has
  at least ``MIN_PREFIX`` characters, a text word that begins with it. So ``funding``
  finds "funds" and "funded"; ``fund`` finds those and "fundraising"; ``funding`` does not
  find "fundamental"; no query word matches inside a word (``fund`` does not find
  "refunded"); ``10`` finds "10" but not "100".
- An event is **found** when each query word matches a word of its title, summary,
  actors, place name or one of its quotes (in any order, in any of them). A search with
  no word (only punctuation) or holding control characters finds nothing.

The words of every event are found once per data version (``WordIndex``), columnar: the
text's bytes are classified with lookup tables, each distinct word is stemmed once. The
embedded store searches the index in memory; the PostGIS store holds the same words and
stems in its query tables (``store.postgis.index``) and asks them the same ``Term``\\ s.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from snowballstemmer.english_stemmer import EnglishStemmer

from dashboard.contract.columns import arrow_strings

# What the search looks in, besides the quotes.
SEARCHED_COLUMNS = ("title", "summary", "actors", "site_name")
# A search holding these finds nothing (no text a reader sees holds them).
UNSEARCHABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MIN_PREFIX = 3  # shorter query words match only words of their stem ("10" is not "100")
MAX_WORD = 100  # characters kept of a longer word (an index entry has a size limit)
APOSTROPHES = "'’ʼ"  # dropped inside a word: they join, never separate
LAST_CHAR = "\U0010ffff"  # sorts after every character a word can hold
CHUNK_BYTES = 1 << 24  # text cut into pieces of about this size: bounded scratch memory

# The rule in a reader's words (the search box's help).
HELP = (
    "Finds the events whose title, summary, actors, place or quotes hold every word you "
    "type, in any order. A word finds its other forms (funding: funds, funded) and, from "
    "three characters, the words it begins (fund: fundraising); never a word inside "
    "another (fund: not refund). Case is ignored."
)

KEEP, JOIN, BREAK, CONT, LEAD = 0, 1, 2, 3, 4  # byte classes (CONT, LEAD: UTF-8 parts)


def _byte_classes() -> np.ndarray:
    """The class of each byte value (ASCII: by the character; else a UTF-8 part)."""
    table = np.full(256, BREAK, dtype=np.uint8)
    for c in range(128):
        if chr(c).isalnum():
            table[c] = KEEP
    table[ord("'")] = JOIN
    table[0x80:0xC0] = CONT
    table[0xC0:] = LEAD
    return table


BYTE_CLASS = _byte_classes()


def char_class(cp: int) -> int:
    """KEEP for a letter, mark or digit; JOIN for an apostrophe; else BREAK."""
    ch = chr(cp)
    if ch in APOSTROPHES:
        return JOIN
    return KEEP if unicodedata.category(ch)[0] in "LMN" else BREAK


@dataclass(frozen=True)
class Term:
    """A query word as what it matches (see the module docstring): a word whose stem is
    ``stem``, or one that begins with ``prefix`` (None: the query word is too short)."""

    stem: str
    prefix: str | None

    @property
    def upper(self) -> str:
        """Every word beginning with ``prefix`` sorts (by code point) in [prefix, upper)."""
        return f"{self.prefix}{LAST_CHAR}"

    def matches(self, words: pa.Array, stems: pa.Array) -> np.ndarray:
        """Which of ``words`` (with their ``stems``) this term matches."""
        hit = pc.equal(stems, self.stem)
        if self.prefix is not None:
            hit = pc.or_(hit, pc.starts_with(words, self.prefix))
        return hit.to_numpy(zero_copy_only=False)


def search_terms(query: str) -> tuple[Term, ...]:
    """The terms of a search, one per distinct word; none: it finds nothing."""
    if UNSEARCHABLE.search(query):
        return ()
    words, _ = words_of(pa.array([query], pa.string()))
    words = pc.unique(words)
    return tuple(
        Term(s, w if len(w) >= MIN_PREFIX else None)
        for w, s in zip(words.to_pylist(), stem_words(words).to_pylist(), strict=True)
    )


def words_of(texts) -> tuple[pa.Array, np.ndarray]:
    """The words of each text (in order; large strings) and the row each came from."""
    low = pc.utf8_lower(pc.fill_null(arrow_strings(texts), ""))
    if isinstance(low, pa.ChunkedArray):
        low = low.combine_chunks()
    low = low.cast(pa.large_string())  # 64-bit offsets: any size
    offsets = np.frombuffer(low.buffers()[1], np.int64)[low.offset : low.offset + len(low) + 1]
    data = np.frombuffer(low.buffers()[2] or b"", np.uint8)
    # Row ranges of about CHUNK_BYTES each (a Python loop over pieces, not over rows).
    cuts = np.searchsorted(offsets, np.arange(offsets[0], offsets[-1], CHUNK_BYTES))
    bounds = [*np.unique(np.clip(cuts, 0, len(low))).tolist(), len(low)]
    found, rows = [], []
    for lo, hi in itertools.pairwise(bounds):
        if hi > lo:
            w, r = _chunk_words(data[offsets[lo] : offsets[hi]], offsets[lo : hi + 1] - offsets[lo])
            found.append(w)
            rows.append(r + lo)
    words = pa.concat_arrays(found) if found else pa.array([], pa.large_string())
    if len(words) and pc.max(pc.utf8_length(words)).as_py() > MAX_WORD:
        words = pc.utf8_slice_codeunits(words, 0, MAX_WORD)
    return words, np.concatenate(rows) if rows else np.zeros(0, np.int64)


def _classes(b: np.ndarray) -> np.ndarray:
    """KEEP, JOIN or BREAK for each byte of UTF-8 text ``b`` (a character's bytes share
    its class; each distinct non-ASCII character is looked up once)."""
    cls = BYTE_CLASS[b]
    lead = np.flatnonzero(cls == LEAD)
    if not len(lead):
        return cls
    padded = np.concatenate([b, np.zeros(3, np.uint8)])  # a lead's next bytes always exist
    first = padded[lead].astype(np.int32)
    size = np.where(first < 0xE0, 2, np.where(first < 0xF0, 3, 4))
    cp = first & np.where(size == 2, 0x1F, np.where(size == 3, 0x0F, 0x07))
    for k in (1, 2, 3):
        more = size > k
        cp = np.where(more, (cp << 6) | (padded[lead + k].astype(np.int32) & 0x3F), cp)
    distinct, at = np.unique(cp, return_inverse=True)
    char_cls = np.array([char_class(int(c)) for c in distinct], dtype=np.uint8)[at]
    for k in range(4):
        part = size > k
        cls[lead[part] + k] = char_cls[part]
    return cls


def _chunk_words(b: np.ndarray, offsets: np.ndarray) -> tuple[pa.Array, np.ndarray]:
    """Words of the texts whose bytes are ``b`` (row ``i``: ``offsets[i]:offsets[i+1]``)."""
    cls = _classes(b)
    inside = cls != BREAK  # a word's bytes, its apostrophes included
    first, last = inside.copy(), inside.copy()
    first[1:] &= ~inside[:-1]
    last[:-1] &= ~inside[1:]
    rows = offsets[:-1] < offsets[1:]
    first[offsets[:-1][rows]] = inside[offsets[:-1][rows]]  # no word runs into the next row
    last[offsets[1:][rows] - 1] = inside[offsets[1:][rows] - 1]
    starts, stops = np.flatnonzero(first), np.flatnonzero(last) + 1
    # A word is its run's bytes less its apostrophes (rare: counted where they are).
    joins = np.flatnonzero(cls == JOIN)
    lengths = stops - starts
    np.subtract.at(lengths, np.searchsorted(starts, joins, side="right") - 1, 1)
    filled = lengths > 0  # a run of apostrophes alone is no word
    word_offsets = np.concatenate([[0], np.cumsum(lengths[filled])]).astype(np.int64)
    words = pa.LargeStringArray.from_buffers(
        int(filled.sum()), pa.py_buffer(word_offsets), pa.py_buffer(b[cls == KEEP].tobytes())
    )
    return words, np.searchsorted(offsets, starts[filled], side="right") - 1


_STEMMER = EnglishStemmer()  # the pure-Python one, always (never a faster variant's stems)
_STEMMER_LOCK = threading.Lock()  # it keeps state while it stems


def stem_words(words: pa.Array) -> pa.Array:
    """The stem of each of ``words`` (lower case). Words with no letter a–z or fewer than
    three characters are their own stem (the English stemmer leaves them unchanged), so
    only the others go through it."""
    words = arrow_strings(words)
    stemmed = pc.and_(
        pc.match_substring_regex(words, "[a-z]"), pc.greater(pc.utf8_length(words), 2)
    )
    todo = pc.filter(words, stemmed).to_pylist()
    if not todo:
        return words
    with _STEMMER_LOCK:
        stems = _STEMMER.stemWords(todo)
    return pc.replace_with_mask(words, stemmed, pa.array(stems, pa.string()))


class WordIndex:
    """The words of each event, once per data version: the distinct ``words`` and their
    ``stems``, and for each word the events that hold it (``events``, grouped by word:
    word ``i``'s are ``events[starts[i]:starts[i + 1]]``)."""

    def __init__(self, events: pd.DataFrame, excerpts: pd.DataFrame | None) -> None:
        self.n = len(events)
        code, event, self.words = _event_words(events, excerpts)
        self.stems = stem_words(self.words)
        # Sorted (word, event) pairs, each once: one sort of 64-bit keys.
        keys = np.sort((code.astype(np.int64) << 32) | event.astype(np.int64))
        keys = keys[np.concatenate([[True], keys[1:] != keys[:-1]])]
        self.events = (keys & 0xFFFFFFFF).astype(np.int32)
        self.starts = np.searchsorted(keys >> 32, np.arange(len(self.words) + 1))
        self._found: OrderedDict[tuple[Term, ...], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def find(self, terms: tuple[Term, ...]) -> np.ndarray:
        """Which events each of ``terms`` finds a word in (cached for a few searches)."""
        with self._lock:
            if terms in self._found:
                self._found.move_to_end(terms)
                return self._found[terms]
        hit = np.full(self.n, bool(terms))
        for term in terms:
            codes = np.flatnonzero(term.matches(self.words, self.stems))
            lo = self.starts[codes]
            mine = np.zeros(self.n, dtype=bool)
            mine[self.events[_spans(lo, self.starts[codes + 1] - lo)]] = True
            hit &= mine
        hit.setflags(write=False)
        with self._lock:
            self._found[terms] = hit
            if len(self._found) > 8:
                self._found.popitem(last=False)
        return hit


def _column_words(texts) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """(distinct words, code of each word of each row, the row): each distinct text is
    cut into words once (summaries, actors and places repeat)."""
    distinct = pc.dictionary_encode(arrow_strings(texts))
    words, value = words_of(distinct.dictionary)
    coded = pc.dictionary_encode(words)
    tokens = coded.indices.to_numpy(zero_copy_only=False)
    first = np.searchsorted(value, np.arange(len(distinct.dictionary) + 1))
    of_row = distinct.indices.to_numpy(zero_copy_only=False)
    count = first[of_row + 1] - first[of_row]
    at = _spans(first[of_row], count)
    return coded.dictionary, tokens[at], np.repeat(np.arange(len(of_row)), count)


def _spans(lo: np.ndarray, count: np.ndarray) -> np.ndarray:
    """The positions ``lo[i]``, …, ``lo[i] + count[i] - 1`` for each ``i``, in one array
    (the items of many ranges, gathered at once)."""
    return np.repeat(lo - np.cumsum(count) + count, count) + np.arange(count.sum())


def _event_words(
    events: pd.DataFrame, excerpts: pd.DataFrame | None
) -> tuple[np.ndarray, np.ndarray, pa.Array]:
    """(word code, event position) of every word of the searched text, and the words."""
    parts = [_column_words(events[column]) for column in SEARCHED_COLUMNS]
    if excerpts is not None and len(excerpts):
        owner = pc.index_in(
            arrow_strings(excerpts["event_id"]), value_set=arrow_strings(events["event_id"])
        ).to_numpy(zero_copy_only=False)
        vocab, code, row = _column_words(excerpts["quote"])
        event = np.nan_to_num(owner[row], nan=-1).astype(np.int64)  # -1: a quote of no event
        parts.append((vocab, code[event >= 0], event[event >= 0]))
    # One vocabulary: each part's codes mapped into it.
    merged = pc.dictionary_encode(pa.concat_arrays([vocab for vocab, _, _ in parts]))
    into = merged.indices.to_numpy(zero_copy_only=False)
    base = np.cumsum([0] + [len(vocab) for vocab, _, _ in parts])
    code = np.concatenate([into[base[i] + c] for i, (_, c, _) in enumerate(parts)])
    event = np.concatenate([r for _, _, r in parts])
    return code, event, merged.dictionary
