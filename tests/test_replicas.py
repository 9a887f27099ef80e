"""A team deployment end to end: PostGIS, two replicas, HAProxy (deploy/haproxy.cfg).

A throwaway PostgreSQL + PostGIS cluster holds the data; two dashboard replicas read it
(DASHBOARD_STORE, one shared cookie secret); Debian's HAProxy balances them with the
shipped configuration. Headless browser sessions go through the balancer: each works,
they land on both replicas, killing one moves its users on with a reload and no lost
view (the URL holds it), and an edit written to the database by one analyst appears for
the others on their next interaction. The data: tests/synthetic.py's package.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import http.server
import re
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

import pytest

from devkit.browser import free_port, launch_browser, require_browser, serve, wait_idle
from devkit.pg import require_postgis
from devkit.replicas import HAPROXY_CFG, balancer, haproxy_env, haproxy_path, require_haproxy, team
from synthetic import EVENTS, write_package

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

EVENT = "ev-drill"
TITLE = EVENTS[EVENT][3]
CORRECTED = "Drill in the valley (title corrected in the database)"


def _open(context, url: str):
    page = context.new_page()
    response = page.goto(url)
    page.get_by_text(TITLE if EVENT in url else "events match this view").first.wait_for(
        timeout=90_000
    )
    wait_idle(page)
    return page, response.headers.get("x-dashboard-replica")


@pytest.mark.browser
def test_two_replicas_behind_haproxy_share_one_database(tmp_path):
    require_browser()
    require_postgis()
    require_haproxy()
    with contextlib.ExitStack() as stack:
        data = write_package(tmp_path / "data")
        deployed = stack.enter_context(team(data, "shared-by-replicas"))
        uri, url, r1 = deployed.uri, deployed.url, deployed.replicas[0]
        browser = stack.enter_context(launch_browser())

        view = f"{url}/?event={EVENT}&mode=window"
        contexts = [browser.new_context(viewport={"width": 1400, "height": 900}) for _ in range(4)]
        opened = [_open(c, view) for c in contexts]
        served = [replica for _page, replica in opened]
        assert set(served) == {"replica1", "replica2"}, served  # round robin, then sticky
        for page, _ in opened:
            assert page.locator('[data-testid="stException"]').count() == 0

        # Stickiness: a reload stays on the same replica (its session, its state).
        page0, first = opened[0]
        assert page0.reload().headers.get("x-dashboard-replica") == first

        # One analyst corrects a title in the database; every session, on either
        # replica, sees it on its next interaction (here: switching the time mode).
        import adbc_driver_postgresql.dbapi as pg

        with pg.connect(uri) as conn, conn.cursor() as cur:
            cur.execute(
                f"UPDATE dashboard.events SET title = '{CORRECTED}' WHERE event_id = '{EVENT}'"
            )
            conn.commit()
        for page, _ in opened:
            page.get_by_text("As of: everything up to the end", exact=True).click()
            page.get_by_text(CORRECTED).first.wait_for(timeout=90_000)
            # The click took effect on the same run that found the new data (the view
            # is not reset to the link's by the reload): the address says so.
            page.wait_for_url("**mode=asof**", timeout=30_000)
            assert page.locator('[data-testid="stException"]').count() == 0

        # Kill replica 1: its users reload and land on replica 2 with the same view.
        r1[1].terminate()
        r1[1].wait(timeout=20)
        time.sleep(3)  # two failed health checks a second apart mark it down
        for (page, replica), context in zip(opened, contexts, strict=True):
            if replica != "replica1":
                continue
            response = page.reload()
            assert response.headers.get("x-dashboard-replica") == "replica2"
            page.get_by_text(CORRECTED).first.wait_for(timeout=90_000)  # same event selected
            assert f"event={EVENT}" in page.url and "mode=asof" in page.url
            cookie = {c["name"]: c["value"] for c in context.cookies()}
            assert cookie.get("DASHREPLICA") == "replica2"  # sticky to its new replica
        for c in contexts:
            c.close()


# -- the balancer's own behaviour: two replicas on a data directory, no database -----------

USER, PASSWORD = "analyst", "correct horse battery"


@pytest.fixture(scope="module")
def replicas(tmp_path_factory):
    """Two dashboard replicas on the synthetic package (one shared cookie secret)."""
    require_haproxy()
    data = write_package(tmp_path_factory.mktemp("replicas") / "data")
    env = {"STREAMLIT_SERVER_COOKIE_SECRET": "shared-by-replicas"}
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(serve(data, env=env, quiet=True))[0] for _ in range(2)]


def _get(url: str, path: str, auth: tuple[str, str] | None = None, headers=None):
    """(status, headers as a lower-cased dict, body) of one request through ``url``."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    sent = dict(headers or {})
    if auth:
        sent["Authorization"] = "Basic " + base64.b64encode(":".join(auth).encode()).decode()
    conn.request("GET", path, headers=sent)
    r = conn.getresponse()
    got = (r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
    conn.close()
    return got


def _websocket(url: str, auth: tuple[str, str] | None = None) -> str:
    """The status line the server answers a WebSocket upgrade of /_stcore/stream with."""
    parts = urlsplit(url)
    lines = [
        "GET /_stcore/stream HTTP/1.1",
        f"Host: {parts.netloc}",
        f"Origin: {url}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Protocol: streamlit",
    ]
    if auth:
        lines.append("Authorization: Basic " + base64.b64encode(":".join(auth).encode()).decode())
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as s:
        s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return s.recv(4096).decode("latin-1").split("\r\n")[0]


def _check(settings: dict[str, str], users=None) -> subprocess.CompletedProcess:
    extra = ["-f", str(users)] if users else []
    return subprocess.run(
        [haproxy_path(), "-c", "-f", str(HAPROXY_CFG), *extra],
        env=haproxy_env(["127.0.0.1:1", "127.0.0.1:2"], free_port(), settings),
        capture_output=True,
        text=True,
    )


def test_balancer_names_no_replica_and_its_cookie_is_httponly_samelax(replicas):
    checked = _check({})
    # Valid, and with nothing ignored (before, `option httplog` had no log target).
    assert checked.returncode == 0 and "WARNING" not in checked.stdout, checked.stdout
    log: list[str] = []
    with balancer(replicas, log=log) as url:
        status, headers, body = _get(url, "/")
        assert status == 200 and b"<html" in body.lower()
        # No internal name of a replica or the server software in what a browser sees.
        assert "x-dashboard-replica" not in headers
        assert "server" not in headers
        cookie = headers["set-cookie"]
        assert cookie.startswith("DASHREPLICA=")
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    # One log line per request on stdout (the container's log).
    assert any("GET / HTTP/1.1" in line for line in log), log
    with balancer(replicas, {"DASH_SHOW_REPLICA": "1"}) as url:
        # Only when a deployment asks for it (tests, debugging) does a response say so.
        assert _get(url, "/")[1]["x-dashboard-replica"] in {"replica1", "replica2"}


class _Echo(http.server.BaseHTTPRequestHandler):
    """A stand-in replica that records the headers of what reaches it."""

    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self):
        if self.path != "/_stcore/health":
            self.seen.append({k.lower(): v for k, v in self.headers.items()})
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


class _Quiet(http.server.HTTPServer):
    def handle_error(self, request, client_address):
        pass  # the balancer's health probe hangs up without reading the body


def test_replicas_see_the_browsers_address_in_x_forwarded_for():
    require_haproxy()
    servers = [_Quiet(("127.0.0.1", 0), _Echo) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        urls = [f"http://127.0.0.1:{s.server_port}" for s in servers]
        with balancer(urls) as url:
            assert _get(url, "/?event=x")[0] == 200
        assert _Echo.seen and _Echo.seen[-1].get("x-forwarded-for") == "127.0.0.1"
    finally:
        for server in servers:
            server.shutdown()


def _users_file(tmp_path, password: str):
    """A userlist as a team writes it: the hash made with `openssl passwd -6`."""
    digest = subprocess.run(
        ["openssl", "passwd", "-6", "-stdin"], input=password, capture_output=True, text=True
    ).stdout.strip()
    assert digest.startswith("$6$")
    path = tmp_path / "users.cfg"
    path.write_text(f"userlist dashboard_users\n    user {USER} password {digest}\n")
    return path


def test_sign_in_at_the_proxy_guards_everything_but_health(replicas, tmp_path):
    users = _users_file(tmp_path, PASSWORD)
    signed = {"DASH_SIGN_IN": "1"}
    assert _check(signed, users).returncode == 0
    assert _check(signed).returncode != 0  # sign-in on and no userlist: refuses to start
    with balancer(replicas, signed, users) as url:
        page = _get(url, "/", (USER, PASSWORD))
        assert page[0] == 200
        asset = re.search(rb'src="\.?/?(static/js/[^"]+\.js)"', page[2]).group(1).decode()
        for path in ("/", f"/{asset}", "/?event=ev-drill", "/media/x.csv", "/_stcore/host-config"):
            for auth in (None, (USER, "wrong"), ("intruder", PASSWORD)):
                status, headers, body = _get(url, path, auth)
                assert status == 401, (path, auth, status)
                assert headers["www-authenticate"].startswith("Basic")
                assert b"ev-drill" not in body and b"static/js" not in body
        assert _websocket(url).split()[1] == "401"  # no session, so no data, no export
        assert _get(url, "/_stcore/health")[0] == 200  # the balancer's probe stays open
        # Signed in, the page, its code and its live connection work.
        assert _get(url, f"/{asset}", (USER, PASSWORD))[0] == 200
        assert _websocket(url, (USER, PASSWORD)).split()[1] == "101"


@pytest.mark.browser
def test_a_browser_signs_in_at_the_proxy_and_uses_the_dashboard(replicas, tmp_path):
    """Without the password the browser gets no page; with it (as a browser sends it
    after its prompt), the page, its live connection and an event work."""
    require_browser()
    users = _users_file(tmp_path, PASSWORD)
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(balancer(replicas, {"DASH_SIGN_IN": "1"}, users))
        browser = stack.enter_context(launch_browser())
        stranger = browser.new_context().new_page()
        # Chromium's answer to the 401 when it has no password to offer: no page at all.
        with pytest.raises(Exception, match="ERR_INVALID_AUTH_CREDENTIALS"):
            stranger.goto(url)
        assert stranger.get_by_text(TITLE).count() == 0
        context = browser.new_context(
            viewport={"width": 1400, "height": 900},
            http_credentials={"username": USER, "password": PASSWORD},
        )
        page, _ = _open(context, f"{url}/?event={EVENT}&mode=window")
        assert page.locator('[data-testid="stException"]').count() == 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "signed-in-at-the-proxy.png"))
