"""The short link a briefing prints, and its QR code (no matplotlib here)."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

import numpy as np
import segno

from dashboard.view.state import ViewState
from dashboard.view.url import SPAN_KEYS, to_query

QR_ERROR = "m"  # 15% of the code may be lost (a photo of a projected slide) and it reads
QR_MIN_MODULE_PX = 3  # phone cameras read a code from a slide at 3 px a module and more
QR_TARGET_PX = 205  # the code's side, quiet zone included, on the 1920 × 1080 slide
QR_QUIET = 4  # modules of white around the code, as the standard asks


def short_link(permalink: str, state: ViewState, defaults: ViewState) -> str:
    """The link to ``state`` on the app at ``permalink``'s address, with only the
    parameters that differ from ``defaults``, and always the time window (``SPAN_KEYS``:
    its default moves when data is added, and a printed briefing must keep opening the
    same window).

    Commas stay unescaped (they are legal in a query string and keep it legible). An
    empty ``permalink`` gives an empty link.
    """
    if not permalink:
        return ""
    parts = urlsplit(permalink)
    base = f"{parts.scheme}://{parts.netloc}{parts.path or '/'}" if parts.netloc else ""
    if not base:  # a bare query or path: keep what was given before the query
        base = permalink.split("?")[0] or "/"
    mine, default = to_query(state), to_query(defaults)
    kept = {k: v for k, v in mine.items() if k in SPAN_KEYS or default.get(k) != v}
    return base + "?" + urlencode(kept, doseq=True, safe=",")


def link_lines(link: str, per_line: int) -> list[str]:
    """``link`` in lines of at most ``per_line`` characters, broken only before an ``&``
    (never inside a parameter); a parameter longer than a line gets a line of its own."""
    head, _, query = link.partition("?")
    tokens = [head + ("?" if _ else "")]
    params = query.split("&") if query else []
    if params:
        tokens[0] += params[0]
        tokens += ["&" + p for p in params[1:]]
    lines = [tokens[0]]
    for t in tokens[1:]:
        if len(lines[-1]) + len(t) <= per_line:
            lines[-1] += t
        else:
            lines.append(t)
    return lines


def qr_matrix(link: str) -> np.ndarray:
    """The QR code of ``link`` as a boolean array (True: a dark module), quiet zone
    included."""
    qr = segno.make(link, error=QR_ERROR, micro=False)
    return np.array(list(qr.matrix_iter(border=QR_QUIET)), dtype=bool)


def qr_module_px(modules: int, scale: float) -> int:
    """Pixels per module for a code ``modules`` wide: about ``QR_TARGET_PX`` in all, and
    never under ``QR_MIN_MODULE_PX`` (a long link gets a bigger code, not a blurred one)."""
    return max(QR_MIN_MODULE_PX, int(QR_TARGET_PX * scale) // modules)
