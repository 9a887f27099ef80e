"""The settings of a data directory: which file applies (its own ``settings.toml``, else
the one shipped at the repository root, else none), read and resolved."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from dashboard import config
from dashboard.contract.problems import Problem
from dashboard.contract.settings.model import SETTINGS_FILE, Settings
from dashboard.contract.settings.read import Found, read_settings
from dashboard.contract.settings.resolve import BBox, Credits, resolve


def settings_path(directory: Path) -> tuple[Path | None, str]:
    """The settings file used for ``directory`` and where it is from: its own
    ``settings.toml``, else the one shipped at the repository root, else none."""
    own = directory / SETTINGS_FILE
    if own.is_file():
        return own, "data directory"
    shipped = config.REPO_ROOT / SETTINGS_FILE
    if shipped.is_file():
        return shipped, "shipped"
    return None, "defaults"


def stamp_paths(directory: Path) -> list[Path]:
    """The files whose change changes the settings (for the data version)."""
    return [directory / SETTINGS_FILE, config.REPO_ROOT / SETTINGS_FILE]


def load_settings(
    directory: Path,
    extent: BBox,
    countries: Collection[str] = (),
    bundled_attribution: Credits = "",
) -> tuple[Settings, list[Problem]]:
    """The settings of the data directory ``directory`` (its own file, else the shipped
    one) and the problems found in them, each located and each falling back per key."""
    found, source = read_for(directory)
    return resolve(found, extent, countries, bundled_attribution, source)


def read_for(directory: Path) -> tuple[Found, str]:
    """The settings file of ``directory`` read (not yet resolved) and where it is from:
    what is needed before the reference layers are read (``reference.files``)."""
    path, source = settings_path(Path(directory))
    label = SETTINGS_FILE if source != "shipped" else f"{SETTINGS_FILE} (shipped)"
    if source == "shipped" and Path(directory).resolve() == config.REPO_ROOT.resolve():
        label = SETTINGS_FILE
    return read_settings(path, label), source
