"""Streamlit entry point: ``streamlit run dashboard/app.py`` (or ``make run``)."""

import sys
from pathlib import Path

import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ (not the repository) on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.ui.page import render
from dashboard.ui.signin import require_sign_in

# The tab's title comes from the region's settings, set by render() once they are read.
st.set_page_config(page_icon="🗺️", layout="wide")
require_sign_in()  # DASHBOARD_SIGN_IN=oidc: nothing below runs until signed in
render()
