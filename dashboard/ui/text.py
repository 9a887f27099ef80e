"""Showing data text safely: data is text, never markup."""

from __future__ import annotations

import re
from urllib.parse import quote, urlparse

# Every ASCII punctuation mark that Markdown (or Streamlit's :directives:) could act on.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'^@%])")


def md_escape(text: object) -> str:
    """Escape data for ``st.markdown``: every Markdown/LaTeX/directive character is
    backslash-escaped, so it renders literally. HTML is never enabled."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def safe_url(url: object) -> str | None:
    """The URL if it is http(s) with a host, percent-encoded for a Markdown link; else None."""
    if not isinstance(url, str) or not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        return None
    return quote(url.strip(), safe=":/?#@!$&'*+,;=%~-._").replace("(", "%28").replace(")", "%29")
