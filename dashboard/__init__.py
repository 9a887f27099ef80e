"""China–Tajikistan security cooperation dashboard.

Layers (see README, "Architecture"):
- ``dashboard.core``: schema, loading, validation, the join, time filtering, URL state.
  Pure Python; never imports streamlit.
- ``dashboard.mapview``: pure functions that build ``pydeck.Deck`` objects.
- ``dashboard.export``: briefing PNG and data downloads (matplotlib, no browser needed).
- ``dashboard.ui`` and ``dashboard/app.py``: the only code that calls ``st.*``.
"""

__version__ = "0.1.0"
TITLE = "China–Tajikistan security cooperation · Pamir / Wakhan"
