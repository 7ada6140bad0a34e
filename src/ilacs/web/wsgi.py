"""Serving the app: `create_app()` for any WSGI server, and `serve()`, which runs it under
waitress in one process (what `ilacs serve` does).

waitress reads requests and writes answers on one event loop, and hands only whole requests to
its worker threads: a client that sends its headers a byte at a time, or reads a download
slowly, costs a socket, not a worker. On top of its own limits (connections, idle time) a
request's headers must all arrive within HEADER_TIMEOUT seconds. Pages are CPU work under one
interpreter lock, and one process answers England on any date and the LA pages well within
50 ms at the 95th percentile under 8 concurrent clients (bench/web.py); for more cores or a
public site, run `create_app` under gunicorn or granian behind a reverse proxy (README).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher

from ilacs.web.app import App

log = logging.getLogger(__name__)
THREADS = 8  # workers answering whole requests (a download's first build waits on one)
CONNECTION_LIMIT = 200  # open connections; beyond it new ones wait in the listen backlog
IDLE_TIMEOUT = 30  # seconds a connection may sit idle (keep-alive, or a stalled reader)
HEADER_TIMEOUT = 10  # seconds from a request's first byte to the end of its headers
STOP_TIMEOUT = 3  # seconds workers get to finish their request when the server stops


def create_app(db: Path | str | None = None, *, warm: bool = True) -> App:
    """The app over `db` (default: $ILACS_DB, else ilacs.db), for any WSGI server:
    `gunicorn 'ilacs.web:create_app()'`. With `warm`, a background thread renders the most
    visited pages, the picture of every era of dates and the download files while it serves."""
    app = App(db if db is not None else os.environ.get("ILACS_DB", "ilacs.db"))
    if warm:
        threading.Thread(target=warm_up, args=(app,), name="ilacs-warm", daemon=True).start()
    return app


def warm_up(app: App) -> None:
    """Warm `app` (pages, then download files); a failure is logged, never raised, so
    that the server goes on serving whatever happens here."""
    started = time.perf_counter()
    pages = files = 0
    try:
        pages = app.warm()
        files = app.downloads.build_all()
    except Exception:
        log.exception("warm-up stopped")
    log.info(
        "warm: %d pages, %d download files in %.1f s", pages, files, time.perf_counter() - started
    )


def listen(host: str = "127.0.0.1", port: int = 8000) -> socket.socket:
    """A listening TCP socket (port 0 picks a free one). A port in use raises OSError
    (errno EADDRINUSE) here, before anything is loaded."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # Reuse a port whose last connections are still closing (TIME_WAIT); a port another
        # process listens on stays refused.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


class _Channel(HTTPChannel):
    """A connection that notes when the request it is receiving began."""

    request_began = 0.0

    def received(self, data):
        before = self.request
        result = super().received(data)
        if self.request is not None and self.request is not before:
            self.request_began = time.monotonic()  # a request began in these bytes
        return result


class _Dispatcher(ThreadedTaskDispatcher):
    def shutdown(self, cancel_pending=True, timeout=STOP_TIMEOUT):
        return super().shutdown(cancel_pending, timeout)


class _WaitressServer(TcpWSGIServer):
    channel_class = _Channel
    header_timeout: float = HEADER_TIMEOUT

    def maintenance(self, now):
        super().maintenance(now)  # closes connections idle for longer than channel_timeout
        late = time.monotonic() - self.header_timeout
        for channel in list(self.active_channels.values()):
            if channel.request is not None and not channel.requests:
                if channel.request_began < late:
                    log.info(
                        "closing %s: request not in after %g s", channel.addr, self.header_timeout
                    )
                    channel.will_close = True


class Server:
    """waitress serving `app` on the listening socket `sock` until `stop()` (from any thread)
    or, when `run()` is in the main thread, SIGINT or SIGTERM."""

    def __init__(
        self,
        app: App,
        sock: socket.socket,
        threads: int = THREADS,
        *,
        header_timeout: float = HEADER_TIMEOUT,
        idle_timeout: float = IDLE_TIMEOUT,
    ):
        self.app = app
        adj = Adjustments(
            sockets=[sock],
            threads=threads,
            connection_limit=CONNECTION_LIMIT,
            channel_timeout=idle_timeout,
            cleanup_interval=1,  # how often the timeouts are checked
            ident="ilacs",
        )
        dispatcher = _Dispatcher()
        dispatcher.set_thread_count(threads)
        self._map: dict = {}
        self._server = _WaitressServer(
            app,
            self._map,
            _sock=sock,
            dispatcher=dispatcher,
            adj=adj,
            bind_socket=False,
            sockinfo=(sock.family, sock.type, sock.proto, sock.getsockname()),
        )
        self._server.header_timeout = header_timeout
        self.address: tuple[str, int] = sock.getsockname()[:2]

    def run(self) -> None:
        """Serve until stopped; the workers get STOP_TIMEOUT seconds to finish."""
        self._server.run()  # returns on KeyboardInterrupt or SystemExit, workers stopped
        self._server.task_dispatcher.shutdown()  # when the loop ended by stop()

    def stop(self) -> None:
        """Close every connection and the socket; `run()` then returns."""
        from waitress import wasyncore

        # The trigger runs the function on the event loop's thread (the stubs type it as int).
        trigger = self._server.trigger
        trigger.pull_trigger(lambda: wasyncore.close_all(self._map))  # type: ignore[attr-defined]


def serve(
    db: Path | str,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    ready: Callable[[str, int], None] | None = None,
    threads: int = THREADS,
) -> None:
    """Serve `db` on `host:port` until SIGINT or SIGTERM, in this process.

    The port is taken first (OSError if it is in use), then the database loaded;
    `ready(host, port)` is called once requests are answered. The warm-up runs meanwhile in
    a background thread. SIGTERM at any point stops the process within a few seconds.
    """

    def stop(signum, frame):
        raise KeyboardInterrupt

    sock = listen(host, port)
    # waitress warns of every request that waits for a worker, which a busy minute makes many
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    main = threading.current_thread() is threading.main_thread()
    before = signal.signal(signal.SIGTERM, stop) if main else None
    try:
        server = Server(create_app(db), sock, threads)
        if ready:
            ready(*server.address)
        server.run()
    finally:
        sock.close()
        if main:
            signal.signal(signal.SIGTERM, before)
