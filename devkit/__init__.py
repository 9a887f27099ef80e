"""What the tests and the benchmarks both use, and neither owns.

- ``devkit.synth``: a deterministic synthetic data package of any size;
- ``devkit.synth_acled``: a deterministic synthetic ACLED export of any size;
- ``devkit.browser``: the dashboard served on a free loopback port, Debian's Chromium
  with the flags that render WebGL here, and waits for the map and for Streamlit;
- ``devkit.pg``: a throwaway PostgreSQL + PostGIS cluster;
- ``devkit.replicas``: a team deployment on loopback (PostGIS, two replicas, HAProxy);
- ``devkit.sessions``: many concurrent browser sessions on one server, measured.

Not part of the installed dashboard: importable from the repository root (pytest's
``pythonpath``, ``python -m bench.run``).
"""
