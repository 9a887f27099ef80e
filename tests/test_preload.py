"""The page's HTML names the map's loader (``dashboard/ui/preload.py``): an HTML page
gets the link before its ``</head>`` and its right length; nothing else is touched."""

import asyncio

from dashboard.ui.preload import Preload, preload_links

HREFS = ("./_stcore/bidi-components/x.y/loader.js",)
LINK = b'<link rel="modulepreload" crossorigin href="./_stcore/bidi-components/x.y/loader.js">'
PAGE = b"<!doctype html><html><head><title>t</title></head><body>page</body></html>"


def _app(body_parts, content_type=b"text/html; charset=utf-8", status=200, extra=()):
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


def _get(app, method="GET", scope_type="http"):
    """The messages ``Preload(app)`` sends for one request: (status, headers, body)."""
    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": scope_type, "method": method, "path": "/", "headers": []}
    asyncio.run(Preload(app, HREFS)(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


def test_the_page_gets_the_link_before_its_head_ends_and_its_new_length():
    status, headers, body = _get(_app([PAGE[:20], PAGE[20:50], PAGE[50:]]))
    assert status == 200
    assert body == PAGE.replace(b"</head>", LINK + b"</head>")
    assert int(headers[b"content-length"]) == len(body)
    assert list(headers).count(b"content-length") == 1


def test_a_head_request_says_the_length_of_the_page_a_get_gets():
    _, get_headers, _ = _get(_app([PAGE]))
    _, headers, _ = _get(_app([PAGE]), method="HEAD")
    assert headers[b"content-length"] == get_headers[b"content-length"]


def test_other_responses_pass_unchanged():
    script = b"export default 1; // </head>"
    assert _get(_app([script], b"text/javascript"))[2] == script
    # Not modified, compressed, or an answer to another method: as they came.
    assert _get(_app([PAGE], status=304))[2] == PAGE
    gz = _get(_app([PAGE], extra=[(b"content-encoding", b"gzip")]))
    assert gz[2] == PAGE and int(gz[1][b"content-length"]) == len(PAGE)
    assert _get(_app([PAGE]), method="POST")[2] == PAGE


def test_links_name_each_module():
    assert preload_links(("./a.js", "./b.js")).count(b'rel="modulepreload"') == 2
