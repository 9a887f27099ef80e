"""The page's HTML has the browser fetch the map's loader with Streamlit's own code
(``<link rel="modulepreload">``), not after the page's first run has been drawn.

Streamlit's page asks for a component's script only once React has drawn the component,
and by then it has asked for some 80 modules of its own widgets: on HTTP/1.1's six
connections the map's loader waited behind them (docs/benchmarks.md, "the map's loader
named in the page"). An ASGI middleware (``dashboard/asgi.py`` installs it) that imports
nothing heavy and changes no other response.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Message = dict[str, Any]
Send = Callable[[Message], Awaitable[None]]
# Describe the file, not the page sent: a cache or a range request must not use them.
FILE_HEADERS = (b"content-length", b"etag", b"last-modified", b"accept-ranges")


def preload_links(hrefs: tuple[str, ...]) -> bytes:
    """The ``<link>`` elements that have the browser fetch the module scripts ``hrefs``."""
    return b"".join(
        b'<link rel="modulepreload" crossorigin href="%s">' % h.encode("ascii") for h in hrefs
    )


class Preload:
    """ASGI middleware: the page's root document (a GET or HEAD of a path ending in "/",
    the only path Streamlit does not redirect to one without, answered 200 with
    uncompressed text/html) gets ``hrefs`` preloaded before its ``</head>``. Every other
    response passes as it comes."""

    def __init__(self, app, hrefs: tuple[str, ...]) -> None:
        self.app = app
        self.links = preload_links(hrefs)

    async def __call__(self, scope, receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].endswith("/")
        ):
            await self.app(scope, receive, send)
            return
        writer = _PageWriter(send, self.links, head=scope["method"] == "HEAD")
        await self.app(scope, receive, writer.send)


class _PageWriter:
    """Passes a response on; holds the page until its body is whole, and sends it with
    the links (and its new length)."""

    def __init__(self, send: Send, links: bytes, head: bool) -> None:
        self.downstream = send
        self.links = links
        self.head = head
        self.start: Message | None = None
        self.body: list[bytes] = []

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start" and _is_plain_html(message):
            await self._page_start(message)
        elif self.start is not None and message["type"] == "http.response.body":
            await self._page_body(message)
        else:
            if self.start is not None:  # e.g. a file sent by path: the page as it is
                await self.downstream(self.start)
                self.start = None
            await self.downstream(message)

    async def _page_start(self, start: Message) -> None:
        if not self.head:
            self.start = start  # held until the body is whole
            return
        # No body to change: the length the same GET's page has.
        length = int(_headers(start).get(b"content-length", b"-1"))
        await self.downstream(_page_headers(start, length + len(self.links), length >= 0))

    async def _page_body(self, message: Message) -> None:
        self.body.append(message.get("body", b""))
        if message.get("more_body"):
            return
        page = b"".join(self.body).replace(b"</head>", self.links + b"</head>", 1)
        await self.downstream(_page_headers(self.start, len(page), True))
        await self.downstream({"type": "http.response.body", "body": page})


def _headers(start: Message) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in start.get("headers", [])}


def _is_plain_html(start: Message) -> bool:
    headers = _headers(start)
    return (
        start.get("status") == 200
        and headers.get(b"content-type", b"").startswith(b"text/html")
        and b"content-encoding" not in headers
    )


def _page_headers(start: Message, length: int, known: bool) -> Message:
    """``start`` for the page sent: its length (when ``known``), none of the file's."""
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in FILE_HEADERS]
    if known:
        headers.append((b"content-length", str(length).encode()))
    return {**start, "headers": headers}
