"""Web pages written for the tests (our own words), and a local HTTP server on 127.0.0.1."""
from __future__ import annotations

import html
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = [
    "The harbour authority in Port Ellery said on Tuesday that it would close the north pier for "
    "six weeks while engineers replace 140 wooden piles damaged in the winter storms.",
    "\"We cannot let the ferries dock on a pier that moves under them,\" said Maren Olsby, the "
    "authority's chief engineer, adding that the repairs would cost about $2.4 million.",
    "Ferry services to the islands will use the south quay until the work ends in early June, "
    "the authority said. Local fishermen said the change would add an hour to their mornings.",
]


def page(title: str = "Pier to close for repairs", site: str = "Ellery Gazette", body=BODY,
         lang: str = "en", published: str = "2025-03-04T08:00:00Z", modified: str = "2025-03-09T10:00:00Z",
         authors=("Ada Brennan", "Tom Hale"), url: str = "https://news.example/pier", jsonld: bool = True,
         extra_head: str = "") -> str:
    """A news page as CMSs write them: <title> with the site name, og:title, JSON-LD, menus,
    a newsletter prompt and a footer around the article."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": published, "dateModified": modified,
          "author": [{"@type": "Person", "name": a} for a in authors],
          "publisher": {"@type": "Organization", "name": site}}
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if jsonld else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(site)}</title>
<meta property="og:title" content="{html.escape(title)} | {html.escape(site)}">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="article:modified_time" content="{modified}">
<link rel="canonical" href="{url}">
{script}{extra_head}
<script>var tracker = "Breaking: the menu said 99 things";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<header><a href="/">{html.escape(site)}</a></header>
<main><article>
<h1>{html.escape(title)}</h1>
<div class="byline">By {" and ".join(authors)}</div>
{paras}
<p>Sign up for our newsletter to get the harbour news every morning.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Mayor opens new library wing</a></li></ul></aside>
<footer><p>Contact us at desk@news.example. All rights reserved.</p></footer>
</body></html>"""


INDEX_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Ellery Gazette: Home</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<ul><li><a href="/a">Pier to close</a></li><li><a href="/b">Library wing opens</a></li>
<li><a href="/c">Council votes on budget</a></li></ul></body></html>"""


class Server:
    """A threaded HTTP server on 127.0.0.1 with a few fixed routes; counts requests at a time."""

    def __init__(self, pages: dict[str, str]) -> None:
        self.pages, self.agents = pages, []
        self.active = self.peak = 0
        self.hits: dict[str, int] = {}
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                with server.lock:
                    server.active += 1
                    server.peak = max(server.peak, server.active)
                    server.hits[self.path] = server.hits.get(self.path, 0) + 1
                    server.agents.append(self.headers.get("User-Agent", ""))
                try:
                    server.route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with server.lock:
                        server.active -= 1

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def route(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        if path == "/slow":
            time.sleep(3)
        if path.startswith("/loop"):
            h.send_response(302)
            h.send_header("Location", "/loop2" if path == "/loop" else "/loop")
            h.end_headers()
            return
        if path == "/flaky" and self.hits[path] == 1:
            h.send_response(503)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if path == "/error":
            h.send_response(500)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if path.startswith("/busy"):
            time.sleep(0.3)
            path = "/page"
        body = self.pages.get(path if path != "/flaky" else "/page")
        if body is None:
            h.send_response(404)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        data = body.encode("utf-8")
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
