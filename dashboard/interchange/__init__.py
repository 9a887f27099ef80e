"""Import and export: other formats in and out of the data contract.

Pure (never imports streamlit): ``acled`` reads an ACLED CSV export into a data package,
``geoparquet`` writes the events joined to their places as GeoParquet and reads such a
file back into a data package; ``package`` writes a data package the validator accepts.
See docs/interchange.md.
"""
