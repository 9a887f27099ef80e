"""A throwaway PostgreSQL + PostGIS cluster (Debian's packages, no systemd).

``throwaway_cluster()`` runs initdb and pg_ctl as the ``postgres`` user in a temporary
folder, on a free loopback port, creates the PostGIS extension and yields a connection
URI; the cluster is stopped and removed afterwards. Ready in about 1.5 s here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from devkit.browser import free_port

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
POSTGIS_CONTROL = Path("/usr/share/postgresql/15/extension/postgis.control")


def missing() -> str | None:
    """Why a cluster cannot be started here, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL 15 ({PG_BIN}/initdb; apt-get install postgresql-15)"
    if not POSTGIS_CONTROL.exists():
        return "PostGIS (apt-get install postgresql-15-postgis-3)"
    try:
        import adbc_driver_postgresql  # noqa: F401
    except ImportError:
        return "the adbc-driver-postgresql package (pip install -e '.[postgis]')"
    return None


def require_postgis() -> None:
    """Skip (or, with REQUIRE_POSTGIS=1 as in CI, fail) when a cluster cannot start."""
    import pytest

    why = missing()
    if why:
        if os.environ.get("REQUIRE_POSTGIS") == "1":
            pytest.fail(f"PostGIS tests need {why} (REQUIRE_POSTGIS=1)")
        pytest.skip(f"PostGIS tests need {why}")


def _as_postgres(*cmd: str) -> list[str]:
    # initdb refuses to run as root; elsewhere (a developer's own account) run as oneself.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else list(cmd)


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster, yield ``postgresql://postgres@127.0.0.1:PORT/postgres``."""
    root = Path(tempfile.mkdtemp(prefix="pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = free_port()
    run = lambda *cmd: subprocess.run(  # noqa: E731
        _as_postgres(*cmd), check=True, capture_output=True, text=True
    )
    try:
        run(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-locale")  # fmt: skip
        opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(root / "pg.log"), "-w",
            "-o", opts, "start")  # fmt: skip
        uri = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        import adbc_driver_postgresql.dbapi as pg

        with pg.connect(uri) as conn, conn.cursor() as cur:
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            conn.commit()
        yield uri
    finally:
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(root, ignore_errors=True)
