"""The store of the configured data directory: one copy per process and data version.

``st.cache_resource`` (not ``cache_data``): a million events are not unpickled on every
rerun, every session shares the one store. The store and everything it returns as shared
state (its arrays are read-only) is never changed in place.
"""

from __future__ import annotations

import streamlit as st

from dashboard.core import config
from dashboard.core.store import EmbeddedStore, data_stamp, open_store, version_of
from dashboard.core.timefilter import data_span
from dashboard.core.urlstate import Context
from dashboard.core.view import context_of


@st.cache_resource(show_spinner="Loading and validating the data…", max_entries=2)
def _store(directory: str, version: str) -> EmbeddedStore:
    store = open_store(directory)
    store.version = version  # the version the cache key was computed from
    return store


@st.cache_resource(show_spinner=False, max_entries=2)
def _context(version: str, _store: EmbeddedStore) -> Context:
    return context_of(_store)


def current_store() -> EmbeddedStore:
    """The store of the configured data directory, reloaded when its files change."""
    directory = config.data_dir()
    return _store(str(directory), version_of(data_stamp(directory)))


def current_context(store: EmbeddedStore) -> Context:
    """What a link's parameters are checked against (known ids, the span of the data)."""
    return _context(store.version, store)


__all__ = ["current_context", "current_store", "data_span"]
