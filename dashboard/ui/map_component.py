"""The map component's name and loader, and the address Streamlit serves the loader at.

Light (no Streamlit import): the server's entry (``dashboard/asgi.py``) names the loader
in the page's HTML, and ``map_panel`` declares the component with the same names.
"""

# Streamlit names a components-v2 component by its package and its name in pyproject.toml
# ([[tool.streamlit.component.components]] name = "map").
MAP_COMPONENT = "dashboard.map"
MAP_LOADER = "map.js"  # built by frontend/build.mjs into dashboard/frontend/
# Where Streamlit serves a component's files, relative to the page (as Streamlit's own
# page names its scripts, so a base URL path keeps working).
LOADER_HREF = f"./_stcore/bidi-components/{MAP_COMPONENT}/{MAP_LOADER}"
