"""The page's HTML names the map's loader (``dashboard/ui/preload.py``): the page's root
document gets the link before its ``</head>``, its right length and none of the file's
cache validators; every other response passes as it came."""

import asyncio

from dashboard.ui.preload import Preload

HREFS = ("./_stcore/bidi-components/x.y/loader.js",)
LINK = b'<link rel="modulepreload" crossorigin href="./_stcore/bidi-components/x.y/loader.js">'
PAGE = b"<!doctype html><html><head><title>t</title></head><body>page</body></html>"
FILE = [(b"etag", b'"abc"'), (b"last-modified", b"Sun, 06 Dec 2026 10:00:00 GMT")]


def _app(body_parts, content_type=b"text/html; charset=utf-8", status=200, extra=FILE):
    """An ASGI app answering every request with ``body_parts`` (sent as chunks)."""

    async def app(scope, receive, send):
        headers = [
            (b"content-type", content_type),
            (b"content-length", str(sum(map(len, body_parts))).encode()),
            *extra,
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        for i, part in enumerate(body_parts):
            more = i < len(body_parts) - 1
            await send({"type": "http.response.body", "body": part, "more_body": more})

    return app


def _sent(app, method="GET", path="/"):
    """The messages ``app`` sends for one request."""
    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "headers": []}
    asyncio.run(app(scope, None, send))
    return sent


def _respond(app, method="GET", path="/"):
    """What ``Preload(app)`` sends for one request: (status, header list, body)."""
    return _response(_sent(Preload(app, HREFS), method, path))


def _plain(app, method="GET", path="/"):
    """What ``app`` itself sends for that request."""
    return _response(_sent(app, method, path))


def _response(sent):
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], start["headers"], body


def test_the_page_gets_the_link_before_its_head_ends_and_its_new_length():
    for path in ("/", "/dashboard/"):  # the root document, also under a base URL path
        status, headers, body = _respond(_app([PAGE[:20], PAGE[20:50], PAGE[50:]]), path=path)
        assert status == 200
        assert body == PAGE.replace(b"</head>", LINK + b"</head>")
        lengths = [v for k, v in headers if k == b"content-length"]
        assert lengths == [str(len(body)).encode()]
        # The file's validators would let a cache keep a page without the link.
        assert not {k for k, _ in headers} & {b"etag", b"last-modified"}


def test_a_head_request_says_the_length_of_the_page_a_get_gets():
    _, get_headers, _ = _respond(_app([PAGE]))
    _, head_headers, _ = _respond(_app([PAGE]), method="HEAD")
    assert head_headers == get_headers


def test_other_responses_pass_unchanged():
    script = b"export default 1; // </head>"
    gz = [*FILE, (b"content-encoding", b"gzip")]
    for app, request in [
        (_app([script], b"text/javascript"), {}),
        (_app([PAGE]), {"path": "/media/report.html"}),  # a file, not the page
        (_app([PAGE], extra=gz), {}),  # compressed: not read
        (_app([PAGE]), {"method": "POST"}),
    ]:
        assert _respond(app, **request) == _plain(app, **request), request
    assert _respond(_app([b""], status=304)) == _plain(_app([b""], status=304))


def test_a_page_sent_some_other_way_goes_as_it_is():
    """A server may send a file by its path (ASGI's pathsend): the page goes unchanged."""

    async def app(scope, receive, send):
        headers = [(b"content-type", b"text/html"), *FILE]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.pathsend", "path": "/srv/index.html"})

    assert _sent(Preload(app, HREFS)) == _sent(app)
