"""Free-text search (``store.search``): words found by their stem or by their beginning,
with one rule, on a package whose summaries hold the word forms (tests/synthetic.py's
``WORDED``; ``FOUND``: each search and what it finds). The PostGIS store's answers to
the same searches are in test_postgis.py."""

from __future__ import annotations

from unittest import mock

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from snowballstemmer.english_stemmer import EnglishStemmer

from dashboard.store import search
from dashboard.store.embedded import open_store
from dashboard.store.filters import Filters
from dashboard.store.query import Query
from dashboard.store.search import (
    BREAK,
    JOIN,
    MAX_WORD,
    char_class,
    search_terms,
    stem_words,
    words_of,
)
from synthetic import FOUND, write_worded_package


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return open_store(write_worded_package(tmp_path_factory.mktemp("worded")))


def found(store, query: str) -> set[str]:
    rows = store.rows(Query(*store.span(), filters=Filters(query=query)))
    return set(rows["event_id"])


@pytest.mark.parametrize(("query", "expected"), FOUND.items(), ids=repr)
def test_a_search_finds_words_by_their_stem_or_their_beginning(store, query, expected):
    assert found(store, query) == expected


def test_a_search_ands_with_the_other_filters(store):
    q = Query(*store.span(), filters=Filters(query="fund", categories=("funding", "exercise")))
    assert set(store.rows(q)["event_id"]) == {"ev-funding", "ev-drill"}


def test_words_are_cut_as_the_rule_says():
    texts = pa.array(["China’s PAP funded it; 10.5 m", None, "", "ΟΔΥΣΣΈΑΣ Große-Straße", "'''"])
    words, rows = words_of(texts)
    assert list(zip(words.to_pylist(), rows.tolist(), strict=True)) == [
        ("chinas", 0), ("pap", 0), ("funded", 0), ("it", 0), ("10", 0), ("5", 0), ("m", 0),
        ("οδυσσέασ", 3), ("große", 3), ("straße", 3),
    ]  # fmt: skip
    long_word, _ = words_of(pa.array(["x" * (MAX_WORD + 50)]))
    assert long_word.to_pylist() == ["x" * MAX_WORD]
    assert [(t.stem, t.prefix) for t in search_terms("Funding at 10")] == [
        ("fund", "funding"), ("at", None), ("10", None)
    ]  # fmt: skip


def test_only_words_the_stemmer_can_change_go_through_it():
    # Words with no letter a-z, or shorter than three, are their own stem: the shortcut
    # gives exactly what the stemmer gives.
    sample = ["fundings", "as", "is", "2021s", "1990", "οδυσσέας", "straßen", "y", "yes",
              "ies", "naïve", "chinas", "x1s", "ёлки", "sky's", "news", "dying"]  # fmt: skip
    expected = [EnglishStemmer().stemWord(w) for w in sample]
    assert stem_words(pa.array(sample)).to_pylist() == expected


def reference_words(text: str) -> list[str]:
    """store.search's words of one text, character by character."""
    words, word = [], ""
    for ch in pc.utf8_lower(pa.array([text]))[0].as_py():
        kind = char_class(ord(ch))
        if kind == BREAK:
            words += [word[:MAX_WORD]] if word else []
            word = ""
        elif kind != JOIN:
            word += ch
    return words + ([word[:MAX_WORD]] if word else [])


TEXT = st.text(
    alphabet=st.sampled_from("ab Z9_-.,;'’ʼ\n\t€ßİΣσς\u0301中文😀ё\u00a0Ⅻ²"), max_size=30
)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.one_of(st.none(), TEXT), max_size=8))
def test_the_columnar_cut_is_the_character_by_character_cut(texts):
    # Pieces of a few bytes: words and rows cross the pieces' edges.
    with mock.patch.object(search, "CHUNK_BYTES", 7):
        words, rows = words_of(pa.array(texts, pa.string()))
    expected = [(w, i) for i, t in enumerate(texts) for w in reference_words(t or "")]
    assert list(zip(words.to_pylist(), rows.tolist(), strict=True)) == expected
