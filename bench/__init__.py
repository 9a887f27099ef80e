"""``make bench`` and ``make load-test``: the dashboard measured against its floor, its old
map and ``GeoDataFrame.explore()`` (``run``), many sessions on one server or two replicas
(``load``), the PostGIS store at scale (``postgis``). Run from the repository root as
``python -m bench.run`` (``bench.load``, ``bench.postgis``)."""
