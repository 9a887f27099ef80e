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
