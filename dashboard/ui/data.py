"""Loading, cached once per change of the data files (keyed on path and mtime)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.core import config
from dashboard.core.dataset import Dataset, files, load_dataset
from dashboard.core.reference import FILES, GAZETTEER
from dashboard.mapview.layers import prepare_reference


def _stamp(directory: Path) -> tuple:
    """Paths and modification times of every input file: the cache key."""
    paths = list(files(directory).values())
    ref = config.reference_dir(directory)
    paths += [ref / name for name in (*FILES.values(), GAZETTEER)]
    return tuple((str(p), p.stat().st_mtime_ns if p.exists() else None) for p in paths)


@st.cache_data(show_spinner="Loading and validating the data…", max_entries=4)
def _load(directory: str, stamp: tuple) -> Dataset:
    return load_dataset(directory)


@st.cache_data(show_spinner=False, max_entries=4)
def _reference(directory: str, stamp: tuple) -> dict:
    return prepare_reference(_load(directory, stamp).reference)


def current_dataset() -> tuple[Dataset, dict]:
    """The dataset of the configured data directory and its browser-ready reference layers."""
    directory = config.data_dir()
    stamp = _stamp(directory)
    return _load(str(directory), stamp), _reference(str(directory), stamp)
