"""Where the data lives: the repository root by default, or ``DASHBOARD_DATA_DIR``."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
ENV_DATA_DIR = "DASHBOARD_DATA_DIR"
# A PostgreSQL URI (postgresql://user@host:port/db) to read the data from a shared PostGIS
# database instead of a data directory (dashboard.store.postgis.package).
ENV_STORE = "DASHBOARD_STORE"
REFERENCE_SUBDIR = Path("geodata") / "reference"
BUNDLED_REFERENCE = REPO_ROOT / REFERENCE_SUBDIR  # what a package without its own uses


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data directory: ``explicit``, else ``$DASHBOARD_DATA_DIR``, else the repository root."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or REPO_ROOT
    return Path(chosen).expanduser().resolve()


def reference_dir(directory: Path) -> Path:
    """Reference layers of ``directory`` if it has its own, else the bundled ones.

    Teams that bring their own events usually keep the bundled basemap layers.
    """
    own = directory / REFERENCE_SUBDIR
    return own if own.is_dir() else BUNDLED_REFERENCE


def database_uri() -> str | None:
    """``$DASHBOARD_STORE`` when it names a PostgreSQL database, else None (the data
    directory is the store)."""
    uri = os.environ.get(ENV_STORE, "").strip()
    if not uri:
        return None
    if not uri.startswith(("postgresql://", "postgres://")):
        # Never echo the value: it may hold a password.
        raise ValueError(
            f"{ENV_STORE} must be a postgresql:// address (or unset for the data directory)"
        )
    return uri
