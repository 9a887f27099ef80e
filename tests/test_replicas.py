"""A team deployment end to end: PostGIS, two replicas, HAProxy (deploy/haproxy.cfg).

A throwaway PostgreSQL + PostGIS cluster holds the data; two dashboard replicas read it
(DASHBOARD_STORE, one shared cookie secret); Debian's HAProxy balances them with the
shipped configuration. Headless browser sessions go through the balancer: each works,
they land on both replicas, killing one moves its users on with a reload and no lost
view (the URL holds it), and an edit written to the database by one analyst appears for
the others on their next interaction. The data: tests/synthetic.py's package.
"""

from __future__ import annotations

import contextlib
import time

import pytest

from devkit.browser import launch_browser, require_browser, wait_idle
from devkit.pg import require_postgis
from devkit.replicas import require_haproxy, team
from synthetic import EVENTS, write_package

pytestmark = pytest.mark.browser
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
