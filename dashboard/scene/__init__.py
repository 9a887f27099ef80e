"""The scene: everything one view draws, decided once for every renderer.

- ``style``: the palette, letters and mark styles;
- ``marks``: each event's mark (colour, outline, ring at a shared place, letter), columnar;
- ``scene``: ``build_scene``, from what the store returns for a view, the view state,
  the settings and the frame to what is drawn: marks, areas, circles, labels, legend,
  caption and counts, selection;
- ``frame``: the map frame (Web Mercator, as deck.gl draws it) and its pixels;
- ``labels``: the one label placer (no overlap, nothing under a mark or a circle);
- ``legend``: the legend entries that occur;
- ``text``: shared wording (counts, places, precision).

The browser map, presentation mode and the briefing image draw from it and restate none
of it. Pure: no streamlit, no matplotlib.
"""
