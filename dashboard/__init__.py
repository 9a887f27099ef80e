"""A dashboard of dated, sourced geospatial events: map, timeline, sources, briefing.

What makes it about one region (title, view, presets, attribution…) is data, read from
``settings.toml`` (``dashboard.contract.settings``); the shipped data and settings are about
China–Tajikistan security cooperation in the Pamir / Wakhan.

Packages, in the order data flows through them (see README, "Architecture"):
- ``dashboard.contract``: the data package: schema, reading, validation, the join, settings;
- ``dashboard.store``: what the dashboard asks of its data (in memory or PostGIS);
- ``dashboard.view``: the view state and the URL that holds it;
- ``dashboard.scene``: what one view draws, decided once;
- ``dashboard.render``: the map component, the briefing image, tables, the timeline;
- ``dashboard.ui`` and ``dashboard/app.py``: the only code that calls ``st.*``;
- ``dashboard.interchange``: ACLED and GeoParquet in and out; ``dashboard.cli``.
"""

__version__ = "0.1.0"
