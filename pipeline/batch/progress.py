"""Progress on stderr: a rich bar on a terminal, a plain line every few seconds otherwise."""

from __future__ import annotations

import sys
import time
from typing import Protocol

PLAIN_EVERY_SECONDS = 10.0


class Progress(Protocol):
    def advance(self) -> None: ...
    def window(self, done: int, total: int) -> None: ...
    def close(self) -> None: ...


class Silent:
    def advance(self) -> None:
        pass

    def window(self, done: int, total: int) -> None:
        pass

    def close(self) -> None:
        pass


class PlainLines:
    """A line such as "1200/5000 documents, 14.2 docs/s, ETA 268 s" now and then."""

    def __init__(self, total: int | None, every: float = PLAIN_EVERY_SECONDS) -> None:
        self.total = total
        self.every = every
        self.done = 0
        self.started = self.last = time.monotonic()

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            print(self.line(now), file=sys.stderr, flush=True)

    def window(self, done: int, total: int) -> None:
        """A long document's windows: "document 1/1: window 12/290" now and then."""
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            of = "" if self.total is None else f"/{self.total}"
            print(
                f"document {self.done + 1}{of}: window {done}/{total}", file=sys.stderr, flush=True
            )

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        if self.total is None:
            return f"{self.done} documents, {rate:.1f} docs/s"
        eta = (self.total - self.done) / rate if rate else float("inf")
        return f"{self.done}/{self.total} documents, {rate:.1f} docs/s, ETA {eta:.0f} s"

    def close(self) -> None:
        pass


# How often the bar is drawn, at most
BAR_EVERY_SECONDS = 0.1


class Bar:
    """rich's progress bar with documents/s and the time left, drawn by the run's own
    thread as documents and windows are done, at most every BAR_EVERY_SECONDS: rich's own
    refresh thread would be running as a pool's workers are forked from this process
    (`pool_start.pool_context`), and a lock it held then (stderr's) would stay held in them."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self.progress = RichProgress(
            TextColumn("documents"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s{task.fields[window]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            auto_refresh=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("documents", total=total, rate="-", window="")
        self.started = self.drawn = time.monotonic()
        self.done = 0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        rate = self.done / max(now - self.started, 1e-9)
        self.progress.update(self.task, advance=1, rate=f"{rate:.1f}", window="")
        self.draw(now)

    def window(self, done: int, total: int) -> None:
        self.progress.update(self.task, window=f", this one: window {done}/{total}")
        self.draw(time.monotonic())

    def draw(self, now: float) -> None:
        if now - self.drawn >= BAR_EVERY_SECONDS:
            self.drawn = now
            self.progress.refresh()

    def close(self) -> None:
        self.progress.stop()


def progress_for(total: int | None, quiet: bool) -> Progress:
    """The right progress display for where stderr goes."""
    if quiet:
        return Silent()
    if sys.stderr.isatty():
        return Bar(total)
    return PlainLines(total)
