"""A team deployment on loopback: a throwaway PostGIS cluster holding a data package, two
dashboard replicas reading it (DASHBOARD_STORE, one shared cookie secret), and Debian's
HAProxy with the shipped deploy/haproxy.cfg in front."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
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


@contextlib.contextmanager
def balancer(replicas: list[str]) -> Iterator[str]:
    """HAProxy with deploy/haproxy.cfg on a free loopback port, in the foreground, in
    front of the ``replicas`` (base URLs); yields its URL."""
    port = free_port()
    env = {"DASH_BIND": f"127.0.0.1:{port}"}
    env |= {f"REPLICA_{i}": r.removeprefix("http://") for i, r in enumerate(replicas, 1)}
    proc = subprocess.Popen(
        [haproxy_path() or "/usr/sbin/haproxy", "-f", str(HAPROXY_CFG), "-db"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(proc, url, 30, "haproxy", proc.stdout)
        yield url
    finally:
        stop(proc)


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
        url = stack.enter_context(balancer([u for u, _ in replicas]))
        yield Team(uri, url, replicas)
