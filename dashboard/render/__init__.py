"""Renderers: each draws a scene (``dashboard.scene``) and decides nothing of its own.

- ``map``: the deck.gl map component's protocol, pydeck layer spec and payloads;
- ``briefing``: the briefing image and slide (matplotlib), its link and QR code;
- ``tables``: CSV and GeoJSON downloads; ``timeline``: the Altair timeline.
"""
