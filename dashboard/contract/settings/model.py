"""The settings in force (``Settings``, ``View``) and the ranges their values keep to."""

from __future__ import annotations

from dataclasses import dataclass

SETTINGS_FILE = "settings.toml"
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
MAX_PRESETS = 12


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
