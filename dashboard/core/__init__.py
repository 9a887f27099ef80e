"""The pure core: schema, loading, validation, the join, time filtering and URL state.

Nothing in this package imports streamlit (a ruff rule enforces it), so everything here
can be used from the CLI, from tests and from other tools.
"""
