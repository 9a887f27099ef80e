"""The server's entry (``python -m dashboard serve`` runs it): the page (``app.py``), whose
HTML names the map's loader for the browser to fetch at once (``ui/preload.py``).

``streamlit run dashboard/app.py`` serves the same page without that.
"""

import sys
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

# `streamlit run dashboard/asgi.py` puts dashboard/ (not the repository) on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.ui.map_component import LOADER_HREF
from dashboard.ui.preload import Preload

app = st.App(
    Path(__file__).with_name("app.py"), middleware=[Middleware(Preload, hrefs=(LOADER_HREF,))]
)
