"""Pages fetched over HTTP(S) with urllib3: time and size limits, retries with backoff on 429
and 5xx, redirects followed up to a limit, a User-Agent that names the tool, and at most a few
requests at a time per host.

Fetches run in a small thread pool, a bounded window ahead of the reader, and come back in the
order the URLs were given. A failed fetch is a `Fetched` with `error` set (the HTTP status,
"timed out", "too large", "too many redirects"), never an exception.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from .. import __version__

USER_AGENT = f"factextract/{__version__} (news fact extraction; +https://pypi.org/project/factextract/)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass
class FetchSettings:
    """The limits of one run's fetching (CLI options set them)."""
    timeout: float = 20.0        # seconds for one fetch, retries and redirects included
    max_bytes: int = 10_000_000  # a body larger than this is refused
    retries: int = 2             # further tries after a 429/5xx or a connection error
    backoff: float = 0.5         # seconds before the 2nd retry, doubling after (first is at once)
    max_redirects: int = 10
    per_host: int = 2            # requests at a time to one host
    workers: int = 8             # requests at a time in all


@dataclass
class Fetched:
    url: str
    body: bytes | None = None
    content_type: str = ""
    final_url: str | None = None
    error: str | None = None


class Fetcher:
    """Fetches URLs under one FetchSettings; `fetch_all` keeps the per-host limit."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        import urllib3

        self.settings = settings or FetchSettings()
        self.http = urllib3.PoolManager(num_pools=32, maxsize=max(1, self.settings.per_host),
                                        headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
        self._hosts: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()

    def _host_slot(self, url: str) -> threading.Semaphore:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = threading.Semaphore(max(1, self.settings.per_host))
            return self._hosts[host]

    def fetch(self, url: str) -> Fetched:
        """One URL: the body, or the reason there is none."""
        import urllib3
        from urllib3.exceptions import (MaxRetryError, NewConnectionError, ProtocolError,
                                        ReadTimeoutError, ConnectTimeoutError)

        s = self.settings
        if urlsplit(url).scheme not in ("http", "https"):
            return Fetched(url, error="not an http(s) URL")
        retry = urllib3.Retry(total=s.retries + s.max_redirects, connect=s.retries, read=s.retries,
                              status=s.retries, redirect=s.max_redirects, status_forcelist=RETRY_STATUSES,
                              backoff_factor=s.backoff, backoff_max=max(s.backoff * 8, 1.0),
                              raise_on_status=False, raise_on_redirect=True, retry_after_max=int(max(1, s.timeout)))
        deadline = time.monotonic() + s.timeout
        with self._host_slot(url):
            try:
                resp = self.http.request("GET", url, retries=retry, preload_content=False, redirect=True,
                                         timeout=urllib3.Timeout(connect=min(s.timeout, 10), read=s.timeout))
            except MaxRetryError as exc:
                return Fetched(url, error=_reason(exc.reason, s))
            except (ReadTimeoutError, ConnectTimeoutError):
                return Fetched(url, error=f"timed out (over {s.timeout:g} s)")
            except (NewConnectionError, ProtocolError, OSError, ValueError) as exc:
                return Fetched(url, error=f"fetch failed ({exc.__class__.__name__})")
            try:
                return self._body(url, resp, deadline)
            finally:
                resp.release_conn()

    def _body(self, url: str, resp, deadline: float) -> Fetched:
        from urllib3.exceptions import HTTPError

        s = self.settings
        final = resp.geturl() or url
        if resp.status >= 400:
            return Fetched(url, final_url=final, error=f"HTTP {resp.status} {resp.reason or ''}".strip())
        if resp.status >= 300:
            return Fetched(url, final_url=final, error=f"HTTP {resp.status} redirect without a usable Location")
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > s.max_bytes:
            return Fetched(url, final_url=final, error=f"too large ({int(length):,} bytes; the limit is {s.max_bytes:,})")
        chunks, size = [], 0
        try:
            for chunk in resp.stream(65536):
                size += len(chunk)
                if size > s.max_bytes:
                    return Fetched(url, final_url=final, error=f"too large (over {s.max_bytes:,} bytes)")
                if time.monotonic() > deadline:
                    return Fetched(url, final_url=final, error=f"timed out (over {s.timeout:g} s)")
                chunks.append(chunk)
        except HTTPError as exc:
            if "timed out" in str(exc).lower():
                return Fetched(url, final_url=final, error=f"timed out (over {s.timeout:g} s)")
            return Fetched(url, final_url=final, error=f"fetch failed ({exc.__class__.__name__})")
        return Fetched(url, b"".join(chunks), resp.headers.get("Content-Type", ""), final)

    def fetch_all(self, urls: Iterable[str]) -> Iterator[Fetched]:
        """Every URL's result in the given order; fetches run ahead in a bounded window."""
        window = max(1, self.settings.workers) * 2
        with ThreadPoolExecutor(max_workers=max(1, self.settings.workers)) as pool:
            pending: deque[Future] = deque()
            for url in urls:
                pending.append(pool.submit(self.fetch, url))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()


def _reason(reason: BaseException | None, s: FetchSettings) -> str:
    """A one-line reason for a fetch that ran out of retries or redirects."""
    from urllib3.exceptions import (ConnectTimeoutError, NewConnectionError, ReadTimeoutError,
                                    ResponseError)

    if isinstance(reason, (ReadTimeoutError, ConnectTimeoutError)):
        return f"timed out (over {s.timeout:g} s)"
    if isinstance(reason, ResponseError) and "redirect" in str(reason).lower():
        return f"too many redirects (more than {s.max_redirects})"
    if isinstance(reason, ResponseError):
        return f"fetch failed ({reason})"
    if isinstance(reason, NewConnectionError):
        return "cannot connect"
    return f"fetch failed ({reason.__class__.__name__ if reason else 'unknown'})"
