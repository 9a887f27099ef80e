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

Why TOML: it is read by the standard library (``tomllib``), it takes comments (the shipped
file explains itself and is the example to copy), it has no trailing-comma or quoting
traps for people editing it by hand, repeated keys are an error rather than a silent
overwrite (as in JSON), and its parser says on which line a syntax error is.

Defaults are region-neutral; where a value depends on the region they are derived from
it: the box from the reference layers, the opening view from the box.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dashboard import config
from dashboard.contract.problems import WARNING, Problem
from dashboard.contract.validate import Closest, did_you_mean

SETTINGS_FILE = "settings.toml"
MAX_BYTES = 64_000  # a settings file is a page of text; anything bigger is something else
# Zoom range of the map; outside it the region is a dot or a blur.
ZOOM_RANGE = (2.0, 14.0)
LAT_RANGE = (-85.0, 85.0)  # where the web map's projection ends
LON_RANGE = (-180.0, 180.0)
# What can be drawn under the events, in drawing order: land (the focus country tinted),
# country names, lakes, rivers, province and district boundaries, borders, place names.
REFERENCE_LAYERS = (
    "countries",
    "country_names",
    "lakes",
    "rivers",
    "provinces",
    "districts",
    "borders",
    "places",
)
# A derived opening zoom shows the region's box this many pixels wide: about the map's
# width on a laptop (the briefing's map covers the same ground at the same zoom).
FIT_WIDTH_PX = 760
MAX_PRESETS = 12
# A permalink keeps the view to these decimals: a preset is rounded the same way, so the
# sidebar still names it after the view went through the address bar.
VIEW_DIGITS = {"lat": 4, "lon": 4, "zoom": 2}
SHOWN_CHARS = 200  # a value quoted in a problem is cut to this many characters


@dataclass(frozen=True)
class View:
    """A named map view: the opening view or one of the sidebar's *Area* presets."""

    name: str
    lat: float
    lon: float
    zoom: float

    @property
    def triple(self) -> tuple[float, float, float]:
        """(lat, lon, zoom), as the sidebar compares and applies it."""
        return (self.lat, self.lon, self.zoom)


@dataclass(frozen=True)
class Settings:
    """The settings in force (after validation and fallbacks).

    The dataclass defaults are a world view with nothing region-specific: what code that
    builds a view without any settings (a bare ``Context``) falls back to.
    """

    title: str = "Events map"
    page_title: str = "Events map"
    attribution: str = ""
    focus_country: str = ""
    search_placeholder: str = ""
    bbox: tuple[float, float, float, float] = (-180.0, -85.0, 180.0, 85.0)
    view: View = View("Whole region", 0.0, 0.0, ZOOM_RANGE[0])
    presets: tuple[View, ...] = ()
    reference_layers: tuple[str, ...] = REFERENCE_LAYERS
    no_place: str = "no place given"
    no_place_note: str = "have no place in the sources"
    no_place_detail: str = "No place given in the sources"
    # Where they came from: "data directory", "shipped" (the repository root's) or
    # "defaults" (no file could be read).
    source: str = "defaults"

    @property
    def center(self) -> tuple[float, float]:
        """The opening view's (lat, lon)."""
        return (self.view.lat, self.view.lon)

    def area_presets(self) -> dict[str, tuple[float, float, float]]:
        """The sidebar's *Area* choices: the opening view first, then the presets."""
        return {v.name: v.triple for v in (self.view, *self.presets)}

    def draws(self, layer: str) -> bool:
        """Whether the reference layer ``layer`` (``REFERENCE_LAYERS``) is drawn."""
        return layer in self.reference_layers


# --- The declaration ---------------------------------------------------------------------

# What a check finds: (key, value, message). The key may be deeper than the declared one
# ("presets[2].zoom"); the message is the rule broken.
Issue = tuple[str, Any, str]
Check = Callable[[str, Any], tuple[Any, list[Issue]]]
INVALID = object()  # a check's verdict: nothing usable, the key takes its default


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


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _text(max_chars: int, empty: bool = False) -> Check:
    """One line of text, at most ``max_chars`` characters (surrounding spaces dropped)."""

    def check(key: str, v: Any) -> tuple[Any, list[Issue]]:
        if not isinstance(v, str):
            return INVALID, [(key, v, "must be text (in quotes)")]
        text = v.strip()
        if any(ord(c) < 32 or ord(c) == 127 for c in text):
            return INVALID, [(key, v, "must be one line of text (no line breaks or tabs)")]
        if len(text) > max_chars:
            return INVALID, [(key, v, f"must be at most {max_chars} characters ({len(text)})")]
        if not text and not empty:
            return INVALID, [(key, v, "must not be empty")]
        return text, []

    return check


def _number(lo: float, hi: float) -> Check:
    def check(key: str, v: Any) -> tuple[Any, list[Issue]]:
        if not _is_number(v) or not lo <= v <= hi:
            return INVALID, [(key, v, f"must be a number from {lo:g} to {hi:g}")]
        return float(v), []

    return check


def _bbox(key: str, v: Any) -> tuple[Any, list[Issue]]:
    if not isinstance(v, list) or len(v) != 4 or not all(_is_number(x) for x in v):
        return INVALID, [(key, v, "must be four numbers: [west, south, east, north]")]
    west, south, east, north = (float(x) for x in v)
    if not (LON_RANGE[0] <= west < east <= LON_RANGE[1]):
        why = "west must be less than east (a box across the antimeridian is not supported)"
        if not all(LON_RANGE[0] <= x <= LON_RANGE[1] for x in (west, east)):
            why = f"west and east must be longitudes from {LON_RANGE[0]:g} to {LON_RANGE[1]:g}"
        return INVALID, [(key, v, why)]
    if not (LAT_RANGE[0] <= south < north <= LAT_RANGE[1]):
        why = "south must be less than north (is it [west, south, east, north]?)"
        if not all(LAT_RANGE[0] <= y <= LAT_RANGE[1] for y in (south, north)):
            why = f"south and north must be latitudes from {LAT_RANGE[0]:g} to {LAT_RANGE[1]:g}"
        return INVALID, [(key, v, why)]
    return (west, south, east, north), []


COUNTRY_RE = re.compile(r"[A-Z]{3}")


def _country(key: str, v: Any) -> tuple[Any, list[Issue]]:
    # Codes are read in any case ("afg"), as people write them; whether the country is in
    # the reference layers is checked once they are read (``resolve``).
    if isinstance(v, str) and (v.strip() == "" or COUNTRY_RE.fullmatch(v.strip().upper())):
        return v.strip().upper(), []
    return INVALID, [(key, v, "must be an ISO 3166-1 alpha-3 code (e.g. 'AFG'), or '' for none")]


def _layers(key: str, v: Any) -> tuple[Any, list[Issue]]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        return INVALID, [(key, v, 'must be a list of layer names, e.g. ["countries", "borders"]')]
    closest = Closest(list(REFERENCE_LAYERS))
    issues = [
        (
            key,
            x,
            f"is no reference layer (known: {', '.join(REFERENCE_LAYERS)})"
            + did_you_mean(closest(x)),
        )
        for x in v
        if x not in REFERENCE_LAYERS
    ]
    known = tuple(layer for layer in REFERENCE_LAYERS if layer in v)
    if issues and not known:
        return INVALID, issues  # only slips: the sender meant layers, not none of them
    return known, issues


VIEW_KEYS = ("name", "lat", "lon", "zoom")
_name = _text(60)
_lat = _number(*LAT_RANGE)
_lon = _number(*LON_RANGE)
_zoom = _number(*ZOOM_RANGE)


def _presets(key: str, v: Any) -> tuple[Any, list[Issue]]:
    """Each [[presets]] table checked on its own: a bad one is left out, the others kept."""
    if not isinstance(v, list) or not all(isinstance(p, dict) for p in v):
        return INVALID, [(key, v, "must be [[presets]] tables, each with name, lat, lon, zoom")]
    closest = Closest(list(VIEW_KEYS))
    # Each with its place in the file: problems found later (``resolve``) name it.
    kept: list[tuple[int, View]] = []
    issues: list[Issue] = []
    for i, item in enumerate(v, start=1):
        where = f"{key}[{i}]"
        for k in item:
            if k not in VIEW_KEYS:
                issues.append(
                    (f"{where}.{k}", item[k], "unknown key, ignored" + did_you_mean(closest(k)))
                )
        got = {}
        bad = []
        for k, check in (("name", _name), ("lat", _lat), ("lon", _lon), ("zoom", _zoom)):
            if k not in item:
                bad.append((f"{where}.{k}", None, "is missing; this preset is left out"))
                continue
            value, found = check(f"{where}.{k}", item[k])
            bad += [(k2, v2, m + "; this preset is left out") for k2, v2, m in found]
            got[k] = value
        if bad:
            issues += bad
        elif any(p.name == got["name"] for _, p in kept):
            issues.append(
                (f"{where}.name", got["name"], "is already a preset's name; this one is left out")
            )
        elif len(kept) >= MAX_PRESETS:
            issues.append(
                (where, got["name"], f"more than {MAX_PRESETS} presets; this one is left out")
            )
        else:
            kept.append((i, View(**got)))
    return tuple(kept), issues


KEYS: tuple[Key, ...] = (
    Key(
        name="title",
        type="text",
        rule="one line, 1–100 characters",
        default="Events map",
        meaning="The page heading and the briefing image's title.",
        check=_text(100),
    ),
    Key(
        name="page_title",
        type="text",
        rule="one line, at most 100 characters",
        default=None,
        derived="the title",
        meaning="The browser tab's title.",
        check=_text(100, empty=True),
    ),
    Key(
        name="attribution",
        type="text",
        rule="one line, at most 600 characters",
        default=None,
        derived="the bundled reference layers' credits when they are used, else none",
        meaning="Credits for the map data, shown under the map, on the slide and on every "
        "briefing image (what the reference layers' licences ask for). Where the bundled "
        "district boundaries are drawn, their OpenStreetMap (ODbL) credit is always kept.",
        check=_text(600, empty=True),
    ),
    Key(
        name="focus_country",
        type="text",
        rule='ISO 3166-1 alpha-3 code (any case) of a country in the reference layers, or `""`',
        default="",
        meaning="The country the data is about: tinted a little warmer than its neighbours "
        "on the map and the briefing, and named first there.",
        check=_country,
    ),
    Key(
        name="search_placeholder",
        type="text",
        rule="one line, at most 60 characters",
        default="",
        meaning="Example words shown in the empty search box (a place, an actor of the data).",
        check=_text(60, empty=True),
    ),
    Key(
        name="region.bbox",
        type="[west, south, east, north]",
        rule="four numbers in degrees; west < east, south < north",
        default=None,
        derived="the extent of the reference layers",
        meaning="The region: the map keeps to this box; the opening view and the presets "
        "must lie inside it.",
        check=_bbox,
    ),
    Key(
        name="view.name",
        type="text",
        rule="one line, 1–60 characters",
        default="Whole region",
        meaning="The opening view's name among the sidebar's *Area* choices (listed first).",
        check=_name,
    ),
    Key(
        name="view.lat",
        type="number",
        rule=f"{LAT_RANGE[0]:g} to {LAT_RANGE[1]:g}, inside region.bbox",
        default=None,
        derived="the middle of region.bbox",
        meaning="The opening view's centre: latitude.",
        check=_lat,
    ),
    Key(
        name="view.lon",
        type="number",
        rule=f"{LON_RANGE[0]:g} to {LON_RANGE[1]:g}, inside region.bbox",
        default=None,
        derived="the middle of region.bbox",
        meaning="The opening view's centre: longitude.",
        check=_lon,
    ),
    Key(
        name="view.zoom",
        type="number",
        rule=f"{ZOOM_RANGE[0]:g} to {ZOOM_RANGE[1]:g}",
        default=None,
        derived="the zoom that shows the whole width of region.bbox",
        meaning="The opening view's zoom (web map levels: each step doubles the scale).",
        check=_zoom,
    ),
    Key(
        name="presets",
        type="[[presets]] tables",
        rule=f"each with name, lat, lon, zoom (as in view); at most {MAX_PRESETS}, names "
        "distinct, centres inside region.bbox",
        default=(),
        meaning="More *Area* choices in the sidebar, after the opening view. A bad one is "
        "left out, the others are kept.",
        check=_presets,
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
        check=_layers,
    ),
    Key(
        name="no_place.label",
        type="text",
        rule="one line, 1–60 characters",
        default="no place given",
        meaning="Says that the sources give an event no place, where such events are "
        'counted and listed: "9 with no place given" (caption, briefing), the list\'s '
        "Place column.",
        check=_text(60),
    ),
    Key(
        name="no_place.note",
        type="text",
        rule="one line, 1–120 characters",
        default="have no place in the sources",
        meaning='Ends the note under the map: "10 of the 19 events that match have no place '
        'in the sources: they are in the list…".',
        check=_text(120),
    ),
    Key(
        name="no_place.detail",
        type="text",
        rule="one line, 1–120 characters",
        default="No place given in the sources",
        meaning="Begins the detail panel's line for such an event (\"…: listed and on the "
        'timeline, not drawn on the map").',
        check=_text(120),
    ),
)
BY_NAME = {k.name: k for k in KEYS}
TABLES = tuple(dict.fromkeys(k.name.split(".")[0] for k in KEYS if "." in k.name))


# --- Reading -----------------------------------------------------------------------------


def _shown(v: Any) -> str:
    text = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


_KEY_PART = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
_KEY_LINE = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*\]\]?")


def _dotted(text: str) -> str:
    return ".".join(p.strip().strip("\"'") for p in re.findall(_KEY_PART, text))


def key_lines(text: str) -> dict[str, int]:
    """The line (1-based) where each key and table starts: ``view.zoom``, ``presets[2]``,
    ``presets[2].zoom``. tomllib gives no positions, so a problem about a value is
    located by this scan (good enough for the hand-written files settings are)."""
    lines: dict[str, int] = {}
    table = ""
    arrays: dict[str, int] = {}
    in_string = False
    for n, line in enumerate(text.splitlines(), start=1):
        quotes = line.count('"""') + line.count("'''")
        if in_string:
            in_string = quotes % 2 == 0
            continue
        if m := _HEADER.match(line):
            name = _dotted(m[2])
            if m[1] == "[[":
                arrays[name] = arrays.get(name, 0) + 1
                name = f"{name}[{arrays[name]}]"
            table = name
            lines.setdefault(name, n)
        elif m := _KEY_LINE.match(line):
            lines.setdefault(f"{table}.{_dotted(m[1])}" if table else _dotted(m[1]), n)
        in_string = quotes % 2 == 1
    return lines


@dataclass
class Found:
    """What reading a settings file gave: the valid values by key name, the problems,
    and the line of each key (to locate the problems found later, in ``resolve``)."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    label: str = SETTINGS_FILE

    def warn(self, rule: str, key: str | None, message: str, value: Any = None) -> None:
        line = None
        if key is not None:
            # The key's own line, else its table's (a missing key of a preset).
            probe = key
            while probe and (line := self.lines.get(probe)) is None and "." in probe:
                probe = probe.rsplit(".", 1)[0]
            line = self.lines.get(probe)
        self.problems.append(
            Problem(
                self.label,
                rule,
                message,
                line,
                key,
                None if value is None else _shown(value),
                severity=WARNING,
                unit="line",
            )
        )


def _flatten(doc: dict, found: Found) -> dict[str, Any]:
    """``{"view": {"zoom": 6}}`` → ``{"view.zoom": 6}`` for the declared tables; any other
    key is kept as it is (and reported unknown)."""
    flat: dict[str, Any] = {}
    for k, v in doc.items():
        if k in TABLES:
            if not isinstance(v, dict):
                found.warn(
                    "settings-value", k, f"must be a table ([{k}]); using its keys' defaults", v
                )
                continue
            for kk, vv in v.items():
                flat[f"{k}.{kk}"] = vv
        else:
            flat[k] = v
    return flat


def _unknown(name: str, value: Any, found: Found) -> None:
    meant = Closest([k.name for k in KEYS] + list(TABLES))(name)
    if meant is None:
        # A key put outside its table ("zoom" for "view.zoom"), or in the wrong one.
        leaf = name.rsplit(".", 1)[-1]
        at = [k.name for k in KEYS if k.name.rsplit(".", 1)[-1] == leaf]
        meant = at[0] if len(at) == 1 else None
    what = "table" if isinstance(value, dict) else "key"
    found.warn(
        "settings-unknown-key", name, f"unknown {what}, ignored" + did_you_mean(meant), value
    )


def read_settings(path: Path | None, label: str = SETTINGS_FILE) -> Found:
    """The valid values of the settings file at ``path`` (None: no file), by key name,
    with a located problem for everything set aside. Never raises on a bad file."""
    found = Found(label=label)
    if path is None:
        return found
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)  # no more: a huge file is not read whole
    except OSError as exc:
        found.warn(
            "settings-file", None, f"cannot be read ({exc.strerror or exc}); using the defaults"
        )
        return found
    if len(raw) > MAX_BYTES:
        found.warn("settings-file", None, f"is larger than {MAX_BYTES:,} bytes; using the defaults")
        return found
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a BOM is fine, as in the data
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        found.problems.append(
            Problem(
                label,
                "settings-file",
                "is not UTF-8; using the defaults",
                line,
                severity=WARNING,
                unit="line",
            )
        )
        return found
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        where = f" (column {m[2]})" if m else ""
        found.problems.append(
            Problem(
                label,
                "settings-syntax",
                f"is not valid TOML: {message}{where}; using the defaults",
                int(m[1]) if m else None,
                severity=WARNING,
                unit="line",
            )
        )
        return found
    found.lines = key_lines(text)
    for name, value in _flatten(doc, found).items():
        key = BY_NAME.get(name)
        if key is None:
            _unknown(name, value, found)
            continue
        clean, issues = key.check(name, value)
        for where, v, message in issues:
            if clean is INVALID:
                # After a "did you mean …?" a new sentence, else one more clause.
                using = f"using {key.fallback()}"
                message += (
                    f" {using[0].upper()}{using[1:]}." if message.endswith("?") else f"; {using}"
                )
            found.warn("settings-value", where, message, v)
        if clean is not INVALID:
            found.values[name] = clean
    return found


# --- Settings of a data directory --------------------------------------------------------


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


def fit_zoom(bbox: tuple[float, float, float, float]) -> float:
    """The zoom at which the box's width fills ``FIT_WIDTH_PX`` pixels of a web map
    (512-pixel tiles, as deck.gl), within ``ZOOM_RANGE``."""
    west, _south, east, _north = bbox
    zoom = math.log2(360 * FIT_WIDTH_PX / (512 * (east - west)))
    return round(min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1]), VIEW_DIGITS["zoom"])


def _rounded(v: View) -> View:
    return View(
        v.name,
        round(v.lat, VIEW_DIGITS["lat"]),
        round(v.lon, VIEW_DIGITS["lon"]),
        round(v.zoom, VIEW_DIGITS["zoom"]),
    )


def _inside(bbox, lat: float | None = None, lon: float | None = None) -> bool:
    west, south, east, north = bbox
    return (lat is None or south <= lat <= north) and (lon is None or west <= lon <= east)


def resolve(
    found: Found,
    extent: tuple[float, float, float, float],
    countries: Collection[str] = (),
    bundled_attribution: str = "",
    source: str = "defaults",
) -> tuple[Settings, list[Problem]]:
    """The settings in force: the valid values of ``found``, the defaults for the rest,
    derived ones from ``extent`` (the reference layers' lon/lat box), checked against each
    other and against the reference layers (``countries``: their ISO alpha-3 codes)."""
    values = dict(found.values)
    out = Found(lines=found.lines, label=found.label)
    fallback = tuple(float(x) for x in extent)
    if not (all(map(math.isfinite, fallback)) and fallback[0] < fallback[2]):
        fallback = Settings.bbox  # reference layers with nothing in them: the world
    bbox = values.get("region.bbox", fallback)
    west, south, east, north = bbox

    view = {"lat": (south + north) / 2, "lon": (west + east) / 2, "zoom": fit_zoom(bbox)}
    for axis in ("lat", "lon"):
        name = f"view.{axis}"
        if name in values:
            if _inside(bbox, **{axis: values[name]}):
                view[axis] = values[name]
            else:
                out.warn(
                    "settings-region",
                    name,
                    f"is outside region.bbox {list(bbox)}; using {BY_NAME[name].derived}",
                    values[name],
                )
    if "view.zoom" in values:
        view["zoom"] = values["view.zoom"]
    opening = _rounded(View(values.get("view.name", BY_NAME["view.name"].default), **view))

    presets = []
    for i, p in values.get("presets", ()):
        if not _inside(bbox, p.lat, p.lon):
            out.warn(
                "settings-region",
                f"presets[{i}]",
                f"'{p.name}' is centred outside region.bbox {list(bbox)}; this preset is left out",
                [p.lat, p.lon],
            )
        elif p.name == opening.name:
            out.warn(
                "settings-value",
                f"presets[{i}].name",
                "is the opening view's name (view.name); this preset is left out",
                p.name,
            )
        else:
            presets.append(_rounded(p))

    focus = values.get("focus_country", "")
    if focus and countries and focus not in countries:
        meant = Closest(sorted(countries))(focus)
        out.warn(
            "settings-region",
            "focus_country",
            "is no country of the reference layers ("
            + ", ".join(sorted(countries))
            + ")"
            + (did_you_mean(meant) + " Nothing is tinted." if meant else "; nothing is tinted"),
            focus,
        )
        focus = ""

    layers = values.get("reference.layers", REFERENCE_LAYERS)
    attribution = values.get("attribution") or bundled_attribution
    # The bundled districts are ODbL: wherever they are drawn, OpenStreetMap is credited.
    if (
        "districts" in layers
        and "openstreetmap" in bundled_attribution.lower()
        and "openstreetmap" not in attribution.lower()
    ):
        out.warn(
            "settings-value",
            "attribution",
            "does not credit OpenStreetMap, whose licence (ODbL) the bundled district "
            "boundaries need wherever they are drawn; the bundled credits are added",
            attribution,
        )
        attribution = f"{attribution} {bundled_attribution}".strip()

    title = values.get("title", BY_NAME["title"].default)
    settings = Settings(
        title=title,
        page_title=values.get("page_title") or title,
        attribution=attribution,
        focus_country=focus,
        search_placeholder=values.get("search_placeholder", ""),
        bbox=bbox,
        view=opening,
        presets=tuple(presets),
        reference_layers=layers,
        no_place=values.get("no_place.label", BY_NAME["no_place.label"].default),
        no_place_note=values.get("no_place.note", BY_NAME["no_place.note"].default),
        no_place_detail=values.get("no_place.detail", BY_NAME["no_place.detail"].default),
        source=source,
    )
    return settings, found.problems + out.problems


def load_settings(
    directory: Path,
    extent: tuple[float, float, float, float],
    countries: Collection[str] = (),
    bundled_attribution: str = "",
) -> tuple[Settings, list[Problem]]:
    """The settings of the data directory ``directory`` (its own file, else the shipped
    one) and the problems found in them, each located and each falling back per key."""
    path, source = settings_path(Path(directory))
    label = SETTINGS_FILE if source != "shipped" else f"{SETTINGS_FILE} (shipped)"
    if source == "shipped" and Path(directory).resolve() == config.REPO_ROOT.resolve():
        label = SETTINGS_FILE
    found = read_settings(path, label)
    return resolve(found, extent, countries, bundled_attribution, source)


# --- Documentation -----------------------------------------------------------------------


def _default_text(k: Key) -> str:
    if k.default is None:
        return k.derived
    if k.default == ():
        return "none"
    if isinstance(k.default, tuple):
        return "all: " + ", ".join(f"`{x}`" for x in k.default)
    return f"`{json.dumps(k.default, ensure_ascii=False)}`"


def settings_markdown(keys: Iterable[Key] = KEYS) -> list[str]:
    """The settings file's section of docs/data.md, as lines (from ``KEYS``)."""
    out = [
        f"## `{SETTINGS_FILE}`",
        "",
        "What makes the dashboard about one region (optional): its title, attribution, box",
        "and opening view, the sidebar's *Area* presets, the reference layers drawn, the",
        "country tinted warmer and the words for events with no place. The dashboard reads",
        f"`{SETTINGS_FILE}` from the data directory, else the one shipped at the repository",
        "root (the Pamir / Wakhan settings; `bench/settings.toml` is a second example).",
        "Every key is optional: one left out takes its default, and a default that depends",
        "on the region is derived from it (the box from the reference layers, the opening",
        "view from the box). A bad value is a warning naming the file, line, key, value and",
        "rule, and that key (or that one preset or layer) falls back; an unknown key is",
        'warned with a "did you mean"; a file that is not valid TOML gives the defaults. The',
        "app lists these warnings with the data's problems, and `validate` prints them.",
        "",
        "| key | type | rules | default | meaning |",
        "|---|---|---|---|---|",
    ]
    for k in keys:
        out.append(f"| `{k.name}` | {k.type} | {k.rule} | {_default_text(k)} | {k.meaning} |")
    out.append("")
    return out


def describe_source(settings: Settings) -> str:
    """Which settings file is in force, in words (for the validation report)."""
    return {
        "data directory": f"{SETTINGS_FILE} of the data directory",
        "shipped": f"none in the data directory: the shipped {SETTINGS_FILE} (repository root)",
    }.get(settings.source, f"no {SETTINGS_FILE} found: the defaults")


__all__ = [
    "KEYS",
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
    "read_settings",
    "resolve",
    "settings_markdown",
    "settings_path",
    "stamp_paths",
]
