"""Serving the app over HTTP: a WSGI server whose worker threads accept connections themselves,
and `serve`, which runs one such server per core on one listening socket.

Pages are CPU work under one interpreter lock, so a process gets a core's worth of work done
however many threads it has. A worker accepts a connection only when it is free: with several
processes on one socket, the kernel hands each connection to a process with a free worker,
not to one whose threads are all busy (as a socket per process with SO_REUSEPORT would, by a
hash of the client's address). That is what keeps the slowest answers close to the typical one
under load.
"""

from __future__ import annotations

import logging
import os
import select
import signal
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from ilacs.store import Store
from ilacs.web.app import App

log = logging.getLogger(__name__)
WORKERS = 2  # threads per process accepting and answering requests
CLIENT_TIMEOUT = 30  # seconds a client may take to send its request or read the answer
PROMPT = 0.05  # seconds a worker waits for a new connection's request before passing it on
WAITING = 32  # threads per process for connections whose request is slow to come


class Handler(WSGIRequestHandler):
    timeout = CLIENT_TIMEOUT

    def log_message(self, *args) -> None:  # one line per request is noise under load
        pass


class Server(WSGIServer):
    """`serve_forever` runs `workers` threads, each accepting and answering one connection at
    a time; `shutdown` stops them. The listening socket may be shared with other processes."""

    request_queue_size = 512

    def __init__(self, address, sock: socket.socket | None = None, workers: int = WORKERS):
        super().__init__(address, Handler, bind_and_activate=sock is None)
        if sock is not None:
            self.socket.close()
            self.socket = sock
            # what HTTPServer.server_bind records of the address it bound, here the socket's
            self.server_address = sock.getsockname()
            self.server_name = socket.getfqdn(self.server_address[0])
            self.server_port = self.server_address[1]
            self.setup_environ()
        self.workers = workers
        # accept() waits at most this long, so that a stopped server's threads notice
        self.socket.settimeout(0.5)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._waiting = ThreadPoolExecutor(WAITING, thread_name_prefix="ilacs-web-waiting")

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._stopping.clear()
        self._threads = [
            threading.Thread(target=self._work, name=f"ilacs-web-{i}", daemon=True)
            for i in range(self.workers)
        ]
        for t in self._threads:
            t.start()
        for t in self._threads:
            t.join()

    def _work(self) -> None:
        while not self._stopping.is_set():
            try:
                request, address = self.socket.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._stopping.is_set() or self.socket.fileno() < 0:
                    return  # the socket was closed under us: stopping
                log.exception("accept failed")
                continue
            request.settimeout(CLIENT_TIMEOUT)
            ready, _, _ = select.select([request], [], [], PROMPT)
            if ready:
                self._answer(request, address)
            else:
                # A connection with nothing to read yet (a browser's speculative preconnect,
                # a slow link) waits on a thread of its own, not on one of the workers.
                self._waiting.submit(self._answer, request, address)

    def _answer(self, request: socket.socket, address) -> None:
        try:
            self.finish_request(request, address)
        except Exception:
            self.handle_error(request, address)
        finally:
            self.shutdown_request(request)

    def shutdown(self) -> None:
        self._stopping.set()
        for t in self._threads:
            if t is not threading.current_thread():
                t.join()
        self._waiting.shutdown(wait=False, cancel_futures=True)


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0 picks a free port), to share among server processes."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(Server.request_queue_size)
    return sock


def make_server(
    db: Path | str,
    host: str = "127.0.0.1",
    port: int = 8000,
    warm: bool = False,
    sock: socket.socket | None = None,
) -> Server:
    """A server over the app for `db` (port 0 picks a free port), on `sock` if given.

    With `warm`, a background thread renders the most visited pages, and the picture of every
    era of dates, while it starts serving.
    """
    server = Server((host, port), sock)
    app = App(db)
    server.set_app(app)
    if warm:
        threading.Thread(target=app.warm, name="ilacs-warm", daemon=True).start()
    return server


def serve(
    db: Path | str,
    host: str = "127.0.0.1",
    port: int = 8000,
    processes: int = 1,
    ready: Callable[[str, int], None] | None = None,
) -> None:
    """Serve `db` until SIGINT or SIGTERM, in `processes` processes sharing one socket.

    The database is checked (and closed again) before the processes fork: each opens its own
    read-only connections, as SQLite requires, and warms its own pages. `ready(host, port)` is
    called once the socket listens. SIGTERM or Ctrl-C stops the children too.
    """
    Store.open_readonly(Path(db)).close()  # fail early, with the store's own message
    sock = listen(host, port)
    h, p = sock.getsockname()[:2]
    many = processes > 1 and hasattr(os, "fork")
    children: list[int] = []

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    for _ in range(processes - 1 if many else 0):
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops its children
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            try:
                make_server(db, h, p, warm=True, sock=sock).serve_forever()
            finally:
                os._exit(0)
        children.append(pid)
    server = make_server(db, h, p, warm=True, sock=sock)
    if ready:
        ready(h, p)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
        for pid in children:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
