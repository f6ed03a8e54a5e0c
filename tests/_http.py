"""A local HTTP server for download tests: serves a directory on 127.0.0.1, misbehaves on request.

Tests never touch the internet; this server stands in for a data host, including
the ways real hosts fail (errors, dropped or truncated connections, no Range
support), and records each request so a test can check what the client asked.
"""

from __future__ import annotations

import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FAILURES = ("500", "drop", "truncate")


class FileServer:
    """Context manager serving ``root``; ``fail_first`` requests fail in the way ``failure`` names.

    ``failure``: ``"500"`` answers an internal server error, ``"drop"`` closes the
    connection without answering, ``"truncate"`` announces the full length and
    sends only the first half. ``ranges=False`` ignores ``Range`` headers the way
    servers without resume support do (answering 200 with the whole file).
    """

    def __init__(self, root: str | Path, *, ranges: bool = True, fail_first: int = 0, failure: str = "500"):
        if failure not in FAILURES:
            raise ValueError(f"failure must be one of {FAILURES}")
        self.root = Path(root)
        self.ranges = ranges
        self.fail_first = fail_first
        self.failure = failure
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def url(self, name: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/{name}"

    def __enter__(self) -> "FileServer":
        handler = type("Handler", (_Handler,), {"owner": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _record(self, entry: dict) -> int:
        """Log a request; return how many came before it (to decide whether it fails)."""
        with self._lock:
            self.requests.append(entry)
            return len(self.requests) - 1


class _Handler(BaseHTTPRequestHandler):
    owner: FileServer

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        owner = self.owner
        entry = {
            "path": self.path,
            "range": self.headers.get("Range"),
            "user_agent": self.headers.get("User-Agent"),
            "status": None,
            "sent": 0,
        }
        index = owner._record(entry)
        target = owner.root / self.path.lstrip("/")
        if not target.is_file() or owner.root.resolve() not in target.resolve().parents:
            entry["status"] = 404
            self.send_error(404)
            return
        body = target.read_bytes()
        if index < owner.fail_first:
            self._fail(owner.failure, body, entry)
            return
        start = self._range_start(entry["range"]) if owner.ranges else None
        if start is not None and start >= len(body):
            entry["status"] = 416
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{len(body)}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if start is None:
            self._send(200, body, entry)
        else:
            self._send(
                206, body[start:], entry, {"Content-Range": f"bytes {start}-{len(body) - 1}/{len(body)}"}
            )

    @staticmethod
    def _range_start(header: str | None) -> int | None:
        match = re.fullmatch(r"bytes=(\d+)-", header or "")
        return int(match.group(1)) if match else None

    def _send(self, status: int, payload: bytes, entry: dict, headers: dict | None = None) -> None:
        entry["status"] = status
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Accept-Ranges", "bytes" if self.owner.ranges else "none")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)
        entry["sent"] = len(payload)

    def _fail(self, failure: str, body: bytes, entry: dict) -> None:
        self.close_connection = True
        if failure == "500":
            entry["status"] = 500
            self.send_error(500)
        elif failure == "drop":
            entry["status"] = "dropped"
            self.connection.shutdown(socket.SHUT_RDWR)
        else:
            entry["status"] = "truncated"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            half = body[: len(body) // 2]
            self.wfile.write(half)
            self.wfile.flush()
            entry["sent"] = len(half)
            self.connection.shutdown(socket.SHUT_RDWR)


def unused_port() -> int:
    """A local port with nothing listening, so connecting fails at once (like being offline)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
