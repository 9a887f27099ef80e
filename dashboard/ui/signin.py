"""Sign-in through the team's identity provider (OpenID Connect) when the deployment asks.

``DASHBOARD_SIGN_IN=oidc``: until Streamlit's ``st.user`` says the browser has signed in
(``st.login``, configured in the ``[auth]`` section of ``.streamlit/secrets.toml``), the
page shows only a sign-in screen and stops before any data is read, so no event, source,
claim or export reaches the browser. ``proxy``: HAProxy asks for the password
(deploy/haproxy.cfg, DASH_SIGN_IN). Unset (``make run`` on localhost): open.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import streamlit as st

ENV_SIGN_IN = "DASHBOARD_SIGN_IN"
MODES = ("", "off", "proxy", "oidc")


def sign_in_mode() -> str:
    """The sign-in the deployment asks of the app: "oidc", or "" when the app is open
    (unset, "off", or "proxy": the balancer does it). Raises ValueError on another value."""
    mode = os.environ.get(ENV_SIGN_IN, "").strip().lower()
    if mode not in MODES:
        raise ValueError(f"{ENV_SIGN_IN} must be oidc, proxy or off (or unset), not {mode!r}")
    return "oidc" if mode == "oidc" else ""


def signed_in(user: Mapping) -> bool:
    """Whether ``user`` (``st.user``) has signed in with the identity provider."""
    return user.get("is_logged_in") is True


def _auth_configured() -> bool:
    """Whether secrets.toml has the ``[auth]`` section ``st.login`` reads."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets.toml at all
        return False


def _stop_with(message: str) -> None:
    st.error(message, icon=":material/lock:")
    st.stop()


def require_sign_in() -> None:
    """Stop the run with a sign-in screen unless the browser may see the data; with
    sign-in on, a signed-in user gets their name and a sign-out button in the sidebar."""
    try:
        mode = sign_in_mode()
    except ValueError as exc:
        _stop_with(str(exc))
    if not mode:
        return
    if not _auth_configured():
        # Fail closed: sign-in was asked for, so an open page would be the wrong default.
        _stop_with(
            f"{ENV_SIGN_IN}=oidc needs an [auth] section in .streamlit/secrets.toml "
            "(redirect_uri, cookie_secret, client_id, client_secret, server_metadata_url); "
            "see the README, section Sign-in."
        )
    if signed_in(st.user):
        who = st.user.get("name") or st.user.get("email") or "signed in"
        st.sidebar.caption(f"Signed in: {who}")
        st.sidebar.button("Sign out", key="sign_out", on_click=st.logout)
        return
    st.title("Sign in")
    st.write("This dashboard is shared with your team only. Sign in to open it.")
    st.button("Sign in with your organisation's account", key="sign_in", on_click=st.login)
    st.stop()
