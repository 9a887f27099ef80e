"""A dashboard of dated, sourced geospatial events: map, timeline, sources, briefing.

What makes it about one region (title, view, presets, attribution…) is data, read from
``settings.toml`` (``dashboard.core.settings``); the shipped data and settings are about
China–Tajikistan security cooperation in the Pamir / Wakhan.

Layers (see README, "Architecture"):
- ``dashboard.core``: schema, loading, validation, the join, time filtering, URL state.
  Pure Python; never imports streamlit.
- ``dashboard.mapview``: pure functions that build ``pydeck.Deck`` objects.
- ``dashboard.export``: briefing PNG and data downloads (matplotlib, no browser needed).
- ``dashboard.ui`` and ``dashboard/app.py``: the only code that calls ``st.*``.
"""

__version__ = "0.1.0"
