"""The Streamlit UI: the only package that calls ``st.*``, split by component."""
