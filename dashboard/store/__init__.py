"""The store: what the dashboard asks of its data, answered without a per-event loop.

- ``query``: ``Query`` (a view's question), the ``Store`` protocol, time modes and day
  numbers;
- ``filters``: attribute filters (category, status, evidence, actor, precision);
- ``search``: the free-text search's one rule (words, stems, prefixes) and the word
  index both stores search;
- ``embedded``: ``EmbeddedStore``, the validated data package held in memory;
- ``postgis``: the shared PostgreSQL + PostGIS store: import and export of a package,
  its query tables, triggers and locks, and ``PostgisStore`` answering in SQL.
"""
