"""The declaration: every key of ``settings.toml`` once in ``KEYS`` (type, rule, default,
meaning and check). The reader and the generated documentation (docs/data.md) both read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dashboard.contract.reference import LAYER_NAMES
from dashboard.contract.settings.checks import (
    VIEW_NAME_CHARS,
    Check,
    check_bbox,
    check_country,
    check_files,
    check_layers,
    check_presets,
    number_check,
    text_check,
)
from dashboard.contract.settings.model import (
    LAT_RANGE,
    LON_RANGE,
    MAX_PRESETS,
    REFERENCE_LAYERS,
    ZOOM_RANGE,
)


@dataclass(frozen=True)
class Key:
    """One setting: its dotted TOML name, type and rule in words, default and meaning.

    ``default`` of None means derived from the region (``derived`` says how).
    """

    name: str
    type: str
    rule: str
    default: Any
    meaning: str
    check: Check = field(repr=False, compare=False)
    derived: str = ""

    def fallback(self) -> str:
        """What a bad or missing value is replaced with, in words."""
        if self.default is None:
            return self.derived
        if self.default in ("", ()):
            return "the default (none)"
        if isinstance(self.default, tuple):
            return "the default (all)"
        return f"the default {self.default!r}"


def _line(
    name: str, max_chars: int, default: Any, meaning: str, empty: bool = False, derived: str = ""
) -> Key:
    """A key of one line of text: its rule in words and its check from the same limits."""
    rule = (
        f"one line, at most {max_chars} characters"
        if empty
        else f"one line, 1–{max_chars} characters"
    )
    return Key(name, "text", rule, default, meaning, text_check(max_chars, empty), derived)


def _view_number(
    name: str, bounds: tuple[float, float], where: str, derived: str, meaning: str
) -> Key:
    """A number of the opening view, derived from the region unless given: its rule in
    words and its check from the same bounds."""
    rule = f"{bounds[0]:g} to {bounds[1]:g}{where}"
    return Key(name, "number", rule, None, meaning, number_check(*bounds), derived)


KEYS: tuple[Key, ...] = (
    _line(
        "title",
        100,
        default="Events map",
        meaning="The page heading and the briefing image's title.",
    ),
    _line(
        "page_title",
        100,
        empty=True,
        default=None,
        derived="the title",
        meaning="The browser tab's title.",
    ),
    _line(
        "attribution",
        600,
        empty=True,
        default=None,
        derived="the credits of the bundled reference layers drawn with a feature in "
        "region.bbox, else none",
        meaning="Credits for the map data, shown under the map, on the slide and on every "
        "briefing image (what the reference layers' licences ask for). Where the bundled "
        "district boundaries are drawn, their OpenStreetMap (ODbL) credit is always kept.",
    ),
    Key(
        name="focus_country",
        type="text",
        rule='ISO 3166-1 alpha-3 code (any case) of a country in the reference layers, or `""`',
        default="",
        meaning="The country the data is about: tinted a little warmer than its neighbours "
        "on the map and the briefing, and named first there.",
        check=check_country,
    ),
    _line(
        "search_placeholder",
        60,
        empty=True,
        default="",
        meaning="Example words shown in the empty search box (a place, an actor of the data).",
    ),
    Key(
        name="region.bbox",
        type="[west, south, east, north]",
        rule="four numbers in degrees; west < east, south < north",
        default=None,
        derived="the extent of the reference layers",
        meaning="The region: the map keeps to this box; the opening view and the presets "
        "must lie inside it.",
        check=check_bbox,
    ),
    _line(
        "view.name",
        VIEW_NAME_CHARS,
        default="Whole region",
        meaning="The opening view's name among the sidebar's *Area* choices (listed first).",
    ),
    _view_number(
        "view.lat",
        LAT_RANGE,
        ", inside region.bbox",
        derived="the middle of region.bbox",
        meaning="The opening view's centre: latitude.",
    ),
    _view_number(
        "view.lon",
        LON_RANGE,
        ", inside region.bbox",
        derived="the middle of region.bbox",
        meaning="The opening view's centre: longitude.",
    ),
    _view_number(
        "view.zoom",
        ZOOM_RANGE,
        "",
        derived="the zoom that shows the whole width of region.bbox",
        meaning="The opening view's zoom (web map levels: each step doubles the scale).",
    ),
    Key(
        name="presets",
        type="[[presets]] tables",
        rule=f"each with name, lat, lon, zoom (as in view); at most {MAX_PRESETS}, names "
        "distinct, centres inside region.bbox",
        default=(),
        meaning="More *Area* choices in the sidebar, after the opening view. A bad one is "
        "left out, the others are kept.",
        check=check_presets,
    ),
    Key(
        name="reference.layers",
        type="list of names",
        rule="any of " + ", ".join(f"`{n}`" for n in REFERENCE_LAYERS),
        default=REFERENCE_LAYERS,
        meaning="The reference layers drawn under the events, on the map and the briefing; "
        "the sidebar offers the districts and place names toggles only when they are drawn. "
        "(Countries, provinces and districts are read all the same: they name each event's "
        "admin areas.)",
        check=check_layers,
    ),
    Key(
        name="reference.files",
        type="[reference.files] table: layer = file name, or a list of them",
        rule="layers among " + ", ".join(f"`{n}`" for n in LAYER_NAMES) + "; file names "
        "relative to the reference folder (no `..`)",
        default=None,
        derived="the shipped package's files (geodata/README.md)",
        meaning="The files of each reference layer, in the data directory's "
        "`geodata/reference/` (else the bundled one). A layer the table does not name is "
        "not read; a missing or broken file is a warning and its layer is left out. Layers, "
        "geometries and columns: *Reference layers* below.",
        check=check_files,
    ),
    _line(
        "no_place.label",
        60,
        default="no place given",
        meaning="Says that the sources give an event no place, where such events are "
        'counted and listed: "9 with no place given" (caption, briefing), the list\'s '
        "Place column.",
    ),
    _line(
        "no_place.note",
        120,
        default="have no place in the sources",
        meaning='Ends the note under the map: "10 of the 19 events that match have no place '
        'in the sources: they are in the list…".',
    ),
    _line(
        "no_place.detail",
        120,
        default="No place given in the sources",
        meaning="Begins the detail panel's line for such an event (\"…: listed and on the "
        'timeline, not drawn on the map").',
    ),
    _line(
        "cache.dir",
        500,
        empty=True,
        default="",
        meaning="The folder for the saved copy of the validated data (a snapshot: a restart "
        "or a second server reads it instead of validating the files again), relative to "
        "the data directory. Default: a folder per data directory in the user's cache "
        "folder (`$XDG_CACHE_HOME`, else `~/.cache`); the data directory itself is never "
        "written unless named here.",
    ),
)
BY_NAME = {k.name: k for k in KEYS}
TABLES = tuple(dict.fromkeys(k.name.split(".")[0] for k in KEYS if "." in k.name))
