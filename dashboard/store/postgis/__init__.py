"""The shared store in PostgreSQL + PostGIS.

- ``package``: import a validated data package into the database and export it back
  byte for byte; the data version (triggers) and the re-read into a ``Dataset``;
- ``index``: the query tables derived from the validated data (duration classes,
  covering indexes, search text), rebuilt under an advisory lock;
- ``store``: ``PostgisStore``, the ``Store`` protocol answered in SQL.
"""
