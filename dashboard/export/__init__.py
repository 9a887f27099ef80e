"""Briefing outputs rendered on the server: legend and briefing PNG (matplotlib), CSV/GeoJSON."""
