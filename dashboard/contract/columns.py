"""Whole-column helpers on Arrow-backed string columns (no per-row Python).

pandas keeps CSV text as Arrow strings; these do the common operations in Arrow's
compute kernels rather than through Python objects, which at a million rows is the
difference between milliseconds and seconds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# Numbers as the data contract writes them (what pandas and Arrow parse alike): no
# "1_000", no "infinity".
NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"


def arrow_strings(values) -> pa.Array:
    """``values`` (a Series, array or list of str; missing as "") as one Arrow string array."""
    array = pa.array(pd.Series(values, dtype="str").fillna(""), type=pa.string())
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def isin(values, allowed) -> np.ndarray:
    """``values.isin(allowed)`` as a bool array, done by Arrow (pandas' own ``isin`` on
    Arrow strings goes through a Python list of the allowed values)."""
    # Repeated allowed values are fine as they are: the lookup's hash set holds each
    # once, and a ``unique`` first would hash them all twice.
    value_set = arrow_strings(allowed)
    return pc.is_in(arrow_strings(values), value_set=value_set).to_numpy(zero_copy_only=False)


def positions(values, keys) -> np.ndarray:
    """Position of each of ``values`` among ``keys`` (distinct), -1 where absent: Arrow's
    hash lookup (pandas' ``get_indexer`` first makes a Python string of every key)."""
    at = pc.index_in(arrow_strings(values), value_set=arrow_strings(keys))
    return at.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


def categorical(values: pd.Series) -> pd.Series:
    """``values.astype("category")`` (the same categories, sorted, and codes), built from
    one sorted factorize: several times faster on a million Arrow strings."""
    codes, uniques = pd.factorize(values, sort=True)
    # An object column's categories are inferred from the values, as astype does.
    categories = pd.Index(list(uniques)) if values.dtype == object else pd.Index(uniques)
    dtype = pd.CategoricalDtype(categories)
    return pd.Series(
        pd.Categorical.from_codes(codes, dtype=dtype), index=values.index, name=values.name
    )


def to_float(values) -> np.ndarray:
    """Numbers written as the contract allows (``NUMBER``) as float64; NaN elsewhere."""
    text = arrow_strings(values)
    number = pc.match_substring_regex(text, f"^(?:{NUMBER})$")
    return pc.cast(pc.if_else(number, text, "nan"), pa.float64()).to_numpy(zero_copy_only=False)


def distinct(values) -> tuple[np.ndarray, list[str]]:
    """(code of each value, the distinct values in order of first appearance)."""
    encoded = pc.dictionary_encode(arrow_strings(values))
    return encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()
