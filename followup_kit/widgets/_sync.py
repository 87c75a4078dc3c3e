"""Keeping a widget current: notice every change to the workspace, from this notebook or another.

A write through the same workspace object (another widget in this notebook) is seen at once; a
write from another notebook's kernel is seen within a second, by polling a counter SQLite keeps
(``PRAGMA data_version``), which costs microseconds. Without a running kernel (plain Python,
tests) there is no polling: call :meth:`Watch.check` to look.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from ..store import Workspace

__all__ = ["Watch", "kernel_loop"]

POLL_SECONDS = 1.0


def kernel_loop() -> asyncio.AbstractEventLoop | None:
    """The event loop of the Jupyter kernel we run in, or None outside a kernel."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    if getattr(get_ipython(), "kernel", None) is None:
        return None
    try:
        return asyncio.get_event_loop()
    except RuntimeError:
        return None


class Watch:
    """Call ``on_change`` whenever something in the workspace changed since the last look."""

    def __init__(
        self,
        workspace: Workspace,
        on_change: Callable[[], Any],
        *,
        interval: float = POLL_SECONDS,
    ) -> None:
        self.workspace = workspace
        self.on_change = on_change
        self.interval = interval
        self.stopped = False
        self._last = workspace.change_stamp()
        self._handle: asyncio.TimerHandle | None = None
        workspace.on_change(self.check)
        self._schedule()

    def seen(self) -> None:
        """Take what is stored now as known (after the widget itself reloaded it)."""
        self._last = self.workspace.change_stamp()

    def check(self) -> bool:
        """Look for a change now; call ``on_change`` and return True if there was one."""
        if self.stopped:
            return False
        stamp = self.workspace.change_stamp()
        if stamp == self._last:
            return False
        self._last = stamp
        self.on_change()
        return True

    def stop(self) -> None:
        """Stop watching (the widget was closed)."""
        self.stopped = True
        if self._handle is not None:
            self._handle.cancel()

    def _tick(self) -> None:
        self._handle = None
        try:
            self.check()
        except Exception:  # a closed or failing workspace: on_change reports its own errors
            self.stop()
            return
        self._schedule()

    def _schedule(self) -> None:
        loop = kernel_loop()
        if loop is not None and not self.stopped:
            self._handle = loop.call_later(self.interval, self._tick)
