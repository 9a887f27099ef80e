"""The floor of the benchmark: a Streamlit app that only draws a title.

Whatever the dashboard does, a page cannot appear faster than this on the same machine.
"""

import streamlit as st

st.title("Floor")
