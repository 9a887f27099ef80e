"""A team deployment on loopback: a throwaway PostGIS cluster holding a data package, two
dashboard replicas reading it (DASHBOARD_STORE, one shared cookie secret), and Debian's
HAProxy with the shipped deploy/haproxy.cfg in front."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from devkit.browser import REPO, free_port, serve, stop, wait_healthy
from devkit.pg import throwaway_cluster

HAPROXY_CFG = REPO / "deploy" / "haproxy.cfg"


def haproxy_path() -> str | None:
    """Debian's HAProxy, or None when it is not installed."""
    return shutil.which("haproxy") or shutil.which("/usr/sbin/haproxy")


def require_haproxy() -> None:
    """Skip (or, with REQUIRE_POSTGIS=1 as in CI, fail) the calling test without HAProxy."""
    import pytest

    if not haproxy_path():
        reason = "the replica test needs HAProxy (apt-get install haproxy)"
        if os.environ.get("REQUIRE_POSTGIS") == "1":
            pytest.fail(reason + " (REQUIRE_POSTGIS=1)")
        pytest.skip(reason)


def haproxy_env(replicas: list[str], port: int, settings: dict[str, str] | None = None):
    """The environment deploy/haproxy.cfg reads: its address, the replicas, ``settings``
    (DASH_SHOW_REPLICA, DASH_SIGN_IN)."""
    env = {"DASH_BIND": f"127.0.0.1:{port}", **(settings or {})}
    return env | {f"REPLICA_{i}": r.removeprefix("http://") for i, r in enumerate(replicas, 1)}


@contextlib.contextmanager
def balancer(
    replicas: list[str],
    settings: dict[str, str] | None = None,
    users: Path | None = None,
    log: list[str] | None = None,
) -> Iterator[str]:
    """HAProxy with deploy/haproxy.cfg on a free loopback port, in the foreground, in
    front of the ``replicas`` (base URLs), with ``settings`` in its environment and the
    ``users`` file (a userlist) as a second configuration file; yields its URL. Its log
    lines are appended to ``log`` when it stops."""
    port = free_port()
    extra = ["-f", str(users)] if users else []
    # A file, not a pipe: a pipe nobody reads fills up and HAProxy would block logging.
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(
            [haproxy_path() or "/usr/sbin/haproxy", "-f", str(HAPROXY_CFG), *extra, "-db"],
            env=haproxy_env(replicas, port, settings),
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(proc, url, 30, "haproxy", out)
            yield url
        finally:
            # A soft stop (SIGUSR1): HAProxy finishes its sessions and writes their log
            # lines; SIGTERM stopped it at once and a request's line was lost at times.
            proc.send_signal(signal.SIGUSR1)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
            stop(proc)
            if log is not None:
                out.seek(0)
                log.extend(out.read().splitlines())


@dataclass
class Team:
    """A running team deployment."""

    uri: str  # the PostGIS database the replicas read
    url: str  # the balancer
    replicas: list[tuple[str, subprocess.Popen]]  # each replica's URL and server process


@contextlib.contextmanager
def team(
    data_dir: Path, cookie_secret: str, timeout: float = 120, quiet: bool = False
) -> Iterator[Team]:
    """Import ``data_dir`` into a throwaway cluster, serve two replicas on it behind the
    balancer; everything is stopped and removed afterwards."""
    from dashboard.store.postgis import package as postgis

    with contextlib.ExitStack() as stack:
        uri = stack.enter_context(throwaway_cluster())
        postgis.import_package(data_dir, uri)
        env = {"DASHBOARD_STORE": uri, "STREAMLIT_SERVER_COOKIE_SECRET": cookie_secret}
        replicas = [
            stack.enter_context(serve(env=env, timeout=timeout, quiet=quiet)) for _ in range(2)
        ]
        url = stack.enter_context(balancer([u for u, _ in replicas], {"DASH_SHOW_REPLICA": "1"}))
        yield Team(uri, url, replicas)
