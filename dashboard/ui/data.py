"""The store of the configured data directory: one copy per process and data version.

``st.cache_resource`` (not ``cache_data``): a million events are not unpickled on every
rerun, every session shares the one store. The store and everything it returns as shared
state (its arrays are read-only) is never changed in place.
"""

from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from dashboard import config
from dashboard.contract.dataset import Dataset
from dashboard.store.embedded import data_stamp, open_database_store, open_store, version_of
from dashboard.store.postgis import package as postgis
from dashboard.store.query import ViewStore
from dashboard.view.query import context_of
from dashboard.view.state import Context
from dashboard.view.story import checked


@st.cache_resource(show_spinner="Loading and validating the data…", max_entries=2)
def _store(directory: str, version: str) -> ViewStore:
    store = open_store(directory)
    store.version = version  # the version the cache key was computed from
    return store


@st.cache_resource(show_spinner="Loading and validating the data…", max_entries=2)
def store_of_database(uri: str, version: str) -> ViewStore:
    return open_database_store(uri, version)


@st.cache_resource(show_spinner=False, max_entries=2)
def _context(version: str, _store: ViewStore) -> Context:
    return context_of(_store)


def _where(p) -> str:
    return p.file + (f", column '{p.column}'" if p.column else "")


# Per data directory, the last store that had events: a file caught in the middle of being
# written (or saved broken) leaves no event to show; the page keeps the data it had.
_last_good: dict[str, ViewStore] = {}
FALLBACK_NOTE = "data_fallback_note"


def directory_store(directory: str) -> ViewStore:
    """The store of data directory ``directory`` as its files are now (cached by their
    version: files that did not change are not read again)."""
    return _store(directory, version_of(data_stamp(Path(directory))))


def current_store() -> ViewStore:
    """The store of the configured data directory, reloaded when its files change; while
    the files on disk yield no event at all, the last store that had events (with a note
    in ``st.session_state[FALLBACK_NOTE]`` saying why)."""
    try:
        uri = config.database_uri()
    except ValueError as exc:
        st.error(str(exc))
        st.stop()
    if uri:
        return _database_store(uri)
    directory = str(config.data_dir())
    store = directory_store(directory)
    good = _last_good.get(directory)
    if store.n or good is None:
        _last_good[directory] = store if store.n else good or store
        st.session_state.pop(FALLBACK_NOTE, None)
        return store
    first = next((p for p in store.dataset.problems if p.cause is None), None)
    st.session_state[FALLBACK_NOTE] = (
        "The data files changed and no event can be read from them now"
        + (f" ({_where(first)}: {first.message[:160]})" if first else "")
        + ". Showing the data as it was last read; this page picks up the files again once "
        "they load."
    )
    return good


def _database_store(uri: str) -> ViewStore:
    """The database's data, reloaded when its version changes (one indexed row read per
    run); while the database cannot be reached, the data as last read, with a note."""
    good = _last_good.get(uri)
    try:
        version = postgis.version(uri)
        if version is None:
            raise postgis.NotImported("the database holds no imported data")
        store = store_of_database(uri, version)
        if not store.n and good is not None:  # an edit left no event: keep what we had
            raise postgis.NotImported("no event can be read from the database now")
    except Exception as exc:  # the database is down or emptied: keep what we had
        logging.getLogger(__name__).warning("data store %s: %s", postgis.redact(uri), exc)
        if good is None:
            # What the operator must fix, without the address (it may hold a password).
            st.error(
                "The shared database (DASHBOARD_STORE) cannot be read: "
                + (str(exc) if isinstance(exc, postgis.NotImported) else "it does not answer")
                + ". Import data with `python -m dashboard import-postgis`, or check that "
                "the database is running; the server log has the details."
            )
            st.stop()
        st.session_state[FALLBACK_NOTE] = (
            "The shared database cannot be read now"
            + (f" ({exc})" if isinstance(exc, postgis.NotImported) else "")
            + ". Showing the data as it was last read; this page picks it up again once "
            "the database answers."
        )
        return good
    _last_good[uri] = store
    st.session_state.pop(FALLBACK_NOTE, None)
    return store


def current_context(store: ViewStore) -> Context:
    """What a link's parameters are checked against (known ids, the span of the data)."""
    return _context(store.version, store)


@st.cache_resource(show_spinner=False, max_entries=2)
def _checked(version: str, _store: ViewStore, _ctx: Context) -> Dataset:
    return checked(_store.dataset, _ctx)


def checked_dataset(store: ViewStore, ctx: Context) -> Dataset:
    """The store's data with its narratives' steps checked as links are (a step whose
    view the page would not show as written is left out, with its problem)."""
    return _checked(store.version, store, ctx)
