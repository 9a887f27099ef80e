"""The data contract: what a data package is, and reading it into a validated ``Dataset``.

- ``schema`` / ``datapackage.json``: the one declaration of the files, columns and rules
  (``schema_docs`` writes docs/data.md from it);
- ``validate``, ``sites``, ``claims``, ``dates``, ``columns``: reading and checking each
  file, column by column, every problem located (``problems``, ``report``);
- ``join``, ``catalog``: events joined to their places and admin areas, and to the layer
  group each is drawn in;
- ``reference``: the bundled reference layers (borders, districts, rivers, places);
- ``settings``: ``settings.toml``, what makes the package about one region;
- ``dataset``: ``load_dataset``, the one entry point that does all of the above.

Pure: never imports streamlit, and nothing from the store, view, scene or renderers.
"""
