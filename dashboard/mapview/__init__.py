"""Map building: pure functions that return ``pydeck.Deck`` objects (no streamlit here)."""
