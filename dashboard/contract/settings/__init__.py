"""Region settings: what makes the dashboard about one region (``settings.toml``).

The title, the attribution, the region's box and opening view, the sidebar's *Area*
presets, the reference layers drawn, the country tinted warmer and the words for events
with no place are data, not code: a team with other data writes its own file. They are
read from ``settings.toml`` in the data directory, else from the one shipped at the
repository root (the Pamir / Wakhan values).

Every key is declared once in ``KEYS`` (type, default, rule, meaning): the validator and
the generated documentation (docs/data.md) both read it. A bad value is a located
warning (file, line, key, value, rule) and its key falls back to the default; a file
that cannot be read at all gives the defaults. Nothing here raises on a bad file.
Defaults are region-neutral; where a value depends on the region they are derived from
it: the box from the reference layers, the opening view from the box.

The modules, by role:

- ``model``: ``Settings`` and ``View``, and the ranges their values keep to;
- ``checks``: the check each value goes through; ``keys``: the declaration ``KEYS``;
- ``read``: reading the TOML file (lines, unknown keys, "did you mean");
- ``resolve``: from what was read to ``Settings``, with the derived defaults;
- ``load``: which file applies to a data directory, read and resolved;
- ``docs``: the settings in words (docs/data.md, the validation report).
"""

from dashboard.contract.settings.docs import describe_source, settings_markdown
from dashboard.contract.settings.keys import KEYS, Key
from dashboard.contract.settings.load import load_settings, read_for, settings_path, stamp_paths
from dashboard.contract.settings.model import (
    LAT_RANGE,
    LON_RANGE,
    REFERENCE_LAYERS,
    SETTINGS_FILE,
    ZOOM_RANGE,
    Settings,
    View,
)
from dashboard.contract.settings.read import Found, key_lines, read_settings
from dashboard.contract.settings.resolve import fit_zoom, resolve

__all__ = [
    "KEYS",
    "LAT_RANGE",
    "LON_RANGE",
    "REFERENCE_LAYERS",
    "SETTINGS_FILE",
    "ZOOM_RANGE",
    "Found",
    "Key",
    "Settings",
    "View",
    "describe_source",
    "fit_zoom",
    "key_lines",
    "load_settings",
    "read_for",
    "read_settings",
    "resolve",
    "settings_markdown",
    "settings_path",
    "stamp_paths",
]
