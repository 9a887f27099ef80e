"""The page's HTML has the browser fetch the map's loader with Streamlit's own code
(``<link rel="modulepreload">``), not after the page's first run has been drawn.

Streamlit's page asks for a component's script only once React has drawn the component,
and by then it has asked for some 80 modules of its own widgets: on HTTP/1.1's six
connections the map's loader waited ~0.6 s behind them (measured on a warm server whose
first map took 1.5-2.5 s). An ASGI middleware (``dashboard/asgi.py`` installs it); it
imports nothing and changes nothing else of any response.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Message = dict[str, Any]
Send = Callable[[Message], Awaitable[None]]


def preload_links(hrefs: tuple[str, ...]) -> bytes:
    """The ``<link>`` elements that have the browser fetch the module scripts ``hrefs``."""
    return b"".join(
        b'<link rel="modulepreload" crossorigin href="%s">' % h.encode("ascii") for h in hrefs
    )


class Preload:
    """ASGI middleware: an HTML page it passes (a GET answered 200 with uncompressed
    text/html) gets ``hrefs`` preloaded before its ``</head>`` (a HEAD, the length that
    page has); every other response passes unchanged, as it comes."""

    def __init__(self, app, hrefs: tuple[str, ...]) -> None:
        self.app = app
        self.links = preload_links(hrefs)

    async def __call__(self, scope, receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        writer = _PageWriter(send, self.links, head=scope["method"] == "HEAD")
        await self.app(scope, receive, writer.send)


class _PageWriter:
    """Passes a response on; holds an HTML page until its body is whole, and sends it
    with the links (and its new length)."""

    def __init__(self, send: Send, links: bytes, head: bool) -> None:
        self.downstream = send
        self.links = links
        self.head = head
        self.start: Message | None = None
        self.body: list[bytes] = []

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start" and _is_plain_html(message):
            if self.head:  # no body to change: the length the GET's page has
                length = int(dict(message["headers"]).get(b"content-length", b"-1"))
                message = (
                    _with_length(message, length + len(self.links)) if length >= 0 else message
                )
                await self.downstream(message)
                return
            self.start = message
            return
        if self.start is None or message["type"] != "http.response.body":
            await self.downstream(message)
            return
        self.body.append(message.get("body", b""))
        if message.get("more_body"):
            return
        page = b"".join(self.body).replace(b"</head>", self.links + b"</head>", 1)
        await self.downstream(_with_length(self.start, len(page)))
        await self.downstream({"type": "http.response.body", "body": page})


def _is_plain_html(start: Message) -> bool:
    headers = dict(start.get("headers", []))
    return (
        start.get("status") == 200
        and headers.get(b"content-type", b"").startswith(b"text/html")
        and b"content-encoding" not in headers
    )


def _with_length(start: Message, length: int) -> Message:
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    return {**start, "headers": [*headers, (b"content-length", str(length).encode())]}
