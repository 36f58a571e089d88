"""Servers the tests start the way a newcomer does: a free loopback port, `make serve` on a copy
of the corpus, and a wait until it answers. Shared by the browser, rebuild and README tests."""

import os
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} never answered")


@contextmanager
def process_group(command, **popen):
    """A command started in its own process group (make, datasette and its --reload worker),
    stopped as a whole on exit."""
    process = subprocess.Popen(command, start_new_session=True, **popen)
    try:
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@contextmanager
def make_serve(raw: Path, db: Path):
    """`make serve` itself on the files under raw; yields its base URL once it answers."""
    port = free_port()
    command = ["make", "--no-print-directory", "-s", "serve", f"INPUT={raw}", f"DB={db}"]
    with process_group(
        [*command, f"PORT={port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ):
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/parks")
        yield base
