"""Sign-in through an identity provider (DASHBOARD_SIGN_IN=oidc, Streamlit's st.login):
before signing in the page holds a sign-in prompt and nothing of the data; signed in, the
page is the dashboard; unset (``make run`` on localhost), the page is open."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from pages import APP, texts
from synthetic import EVENTS, write_package

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a-long-random-secret",
    "client_id": "dashboard",
    "client_secret": "not-a-real-secret",
    "server_metadata_url": "https://idp.example.org/.well-known/openid-configuration",
}
TITLES = [e[3] for e in EVENTS.values()]


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return write_package(tmp_path_factory.mktemp("signin") / "data")


def _page(monkeypatch, package, mode: str | None, user: dict | None = None, auth=AUTH):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(package))
    if mode is None:
        monkeypatch.delenv("DASHBOARD_SIGN_IN", raising=False)
    else:
        monkeypatch.setenv("DASHBOARD_SIGN_IN", mode)
    at = AppTest.from_file(APP, default_timeout=60)
    if auth:
        at.secrets["auth"] = auth
    if user is not None:
        at.user = user
    return at.run()


def _shows_data(at: AppTest) -> bool:
    """Whether anything of the data is on the page: events, their list, the map, exports."""
    page = texts(at) + "".join(str(b.proto) for b in at.get("download_button"))
    return (
        any(t in page for t in TITLES)
        or bool(at.dataframe)
        or "events match this view" in page
        or bool(at.get("download_button"))
    )


def test_signed_out_sees_only_the_sign_in_prompt(monkeypatch, package):
    at = _page(monkeypatch, package, "oidc", {"is_logged_in": False})
    assert not at.exception
    assert [b.key for b in at.button] == ["sign_in"]
    assert "Sign in" in [t.value for t in at.title]
    assert not _shows_data(at)
    assert not at.get("deck_gl_json_chart") and not at.slider and not at.text_input


def test_signed_in_sees_the_dashboard(monkeypatch, package):
    user = {"is_logged_in": True, "name": "Ana Analyst", "email": "ana@example.org"}
    at = _page(monkeypatch, package, "oidc", user)
    assert not at.exception
    assert _shows_data(at)
    assert "Signed in: Ana Analyst" in texts(at)
    assert "sign_out" in [b.key for b in at.sidebar.button]


def test_sign_in_asked_for_but_not_configured_shows_no_data(monkeypatch, package):
    """Fail closed: no [auth] section (or a mistyped mode) is an error, not an open page."""
    at = _page(monkeypatch, package, "oidc", auth=None)
    assert "needs an [auth] section" in texts(at) and not _shows_data(at)
    at = _page(monkeypatch, package, "odic", {"is_logged_in": True})
    assert "must be oidc, proxy or off" in texts(at) and not _shows_data(at)


@pytest.mark.parametrize("mode", [None, "off", "proxy"])
def test_without_oidc_the_page_is_open(monkeypatch, package, mode):
    """``make run`` on localhost, and a deployment whose proxy asks for the password."""
    at = _page(monkeypatch, package, mode, auth=None)
    assert not at.exception and _shows_data(at)
    assert "sign_in" not in [b.key for b in at.button]


@pytest.mark.browser
def test_a_browser_that_has_not_signed_in_sees_the_sign_in_screen(package, tmp_path):
    """The real server with DASHBOARD_SIGN_IN=oidc and an [auth] section: the browser
    gets the sign-in screen, and no event, map or list."""
    import shutil

    from conftest import REPO
    from devkit.browser import launch_browser, require_browser, serve, wait_idle

    require_browser()
    site = tmp_path / "site" / ".streamlit"
    site.mkdir(parents=True)
    shutil.copy(REPO / ".streamlit" / "config.toml", site / "config.toml")
    lines = [f'{key} = "{value}"' for key, value in AUTH.items()]
    (site / "secrets.toml").write_text("[auth]\n" + "\n".join(lines) + "\n")
    env = {"DASHBOARD_SIGN_IN": "oidc"}
    with (
        serve(package, env=env, cwd=site.parent) as (url, _),
        launch_browser() as browser,
    ):
        page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
        page.goto(f"{url}/?event=ev-drill")
        page.get_by_role("button", name="Sign in with your organisation's account").wait_for(
            timeout=60_000
        )
        wait_idle(page)
        assert page.get_by_text("events match this view").count() == 0
        assert all(page.get_by_text(t).count() == 0 for t in TITLES)
        assert page.locator('[data-testid="stDataFrame"], canvas').count() == 0
        artifacts = REPO / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        page.screenshot(path=str(artifacts / "sign-in-oidc.png"))
