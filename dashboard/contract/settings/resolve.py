"""From what was read to the settings in force: the valid values, the defaults for the
rest, and those that depend on the region derived from it (the box from the reference
layers, the opening view from the box), all checked against each other and against the
reference layers."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from typing import Any

from dashboard.contract.problems import Problem
from dashboard.contract.settings.keys import BY_NAME
from dashboard.contract.settings.model import ZOOM_RANGE, Settings, View
from dashboard.contract.settings.read import Found
from dashboard.contract.validate import Closest, did_you_mean

# A derived opening zoom shows the region's box this many pixels wide: about the map's
# width on a laptop (the briefing's map covers the same ground at the same zoom).
FIT_WIDTH_PX = 760
# A permalink keeps the view to these decimals: a preset is rounded the same way, so the
# sidebar still names it after the view went through the address bar.
VIEW_DIGITS = {"lat": 4, "lon": 4, "zoom": 2}

BBox = tuple[float, float, float, float]
# The bundled layers' credits: a text, or the text for a region's box and drawn layers.
Credits = str | Callable[[BBox, tuple[str, ...]], str]


def fit_zoom(bbox: BBox) -> float:
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


def _value(values: dict[str, Any], name: str) -> Any:
    """The valid value of key ``name``, else its default."""
    return values.get(name, BY_NAME[name].default)


def resolve(
    found: Found,
    extent: BBox,
    countries: Collection[str] = (),
    bundled_attribution: Credits = "",
    source: str = "defaults",
) -> tuple[Settings, list[Problem]]:
    """The settings in force: the valid values of ``found``, the defaults for the rest,
    derived ones from ``extent`` (the reference layers' lon/lat box), checked against each
    other and against the reference layers (``countries``: their ISO alpha-3 codes).
    ``bundled_attribution`` is the default attribution, or gives it for the region's box
    and the layers drawn."""
    values = found.values
    out = Found(lines=found.lines, label=found.label)
    bbox = _region_box(values, extent)
    # In this order, the order of their warnings.
    opening = _opening_view(values, bbox, out)
    presets = _presets_inside(values, bbox, opening, out)
    focus = _focus_country(values, countries, out)
    layers = _value(values, "reference.layers")
    if callable(bundled_attribution):  # the credits of what is drawn in the region
        bundled_attribution = bundled_attribution(bbox, layers)
    attribution = _attribution(values, layers, bundled_attribution, out)
    title = _value(values, "title")
    settings = Settings(
        title=title,
        page_title=values.get("page_title") or title,
        attribution=attribution,
        focus_country=focus,
        search_placeholder=_value(values, "search_placeholder"),
        bbox=bbox,
        view=opening,
        presets=presets,
        reference_layers=layers,
        no_place=_value(values, "no_place.label"),
        no_place_note=_value(values, "no_place.note"),
        no_place_detail=_value(values, "no_place.detail"),
        source=source,
    )
    return settings, found.problems + out.problems


def _region_box(values: dict[str, Any], extent: BBox) -> BBox:
    """The region's box: as given, else the reference layers' extent, else the world."""
    fallback = tuple(float(x) for x in extent)
    if not (all(map(math.isfinite, fallback)) and fallback[0] < fallback[2]):
        fallback = Settings.bbox  # reference layers with nothing in them: the world
    return values.get("region.bbox", fallback)


def _opening_view(values: dict[str, Any], bbox: BBox, out: Found) -> View:
    """The opening view: centre and zoom as given, else fitted to the box; a centre
    outside the box is warned of and replaced."""
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
    return _rounded(View(_value(values, "view.name"), **view))


def _presets_inside(
    values: dict[str, Any], bbox: BBox, opening: View, out: Found
) -> tuple[View, ...]:
    """The presets centred inside the box and not named like the opening view (the
    others are warned of and left out), rounded as a permalink keeps them."""
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
    return tuple(presets)


def _focus_country(values: dict[str, Any], countries: Collection[str], out: Found) -> str:
    """The focus country if the reference layers have it; else none, with a warning."""
    focus = _value(values, "focus_country")
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
        return ""
    return focus


def _attribution(
    values: dict[str, Any], layers: tuple[str, ...], bundled_attribution: str, out: Found
) -> str:
    """The credits as given, else the bundled layers' (those drawn in the region). The
    bundled districts are ODbL: wherever they are drawn, OpenStreetMap is credited
    (added, with a warning)."""
    attribution = values.get("attribution") or bundled_attribution
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
    return attribution
