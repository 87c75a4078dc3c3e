"""Download the whole workspace as JSON, or bring an export back (e.g. into a new Binder)."""

from __future__ import annotations

import ipywidgets as w
from markupsafe import Markup

from ..model import now
from ..store import Workspace
from ..transfer import dumps_export, parse_export
from ._common import download_link, guarded, html, message, place, root, set_html, size_label
from ._sync import Watch

__all__ = ["DataBox"]


class DataBox(w.VBox):
    """A download link for your data, and an upload box to restore it.

    The link always holds what is stored now: it is rebuilt the moment anything changes,
    in this notebook at once and from another notebook within a second.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.link = html("")
        self.upload = w.FileUpload(accept=".json", multiple=False, description="Restore")
        self.replace = w.Checkbox(description="replace what is here", indent=False)
        self.status = html("")
        self.data = b""  # what the link downloads
        self.upload.observe(lambda c: guarded(self.status)(self.restore)(), "value")
        super().__init__([self.link, w.HBox([self.upload, self.replace]), self.status])
        root(self)
        self.watch = Watch(workspace, guarded(self.status)(self.refresh))
        self.refresh()

    def close(self) -> None:
        """Stop following the workspace, then close the widget."""
        self.watch.stop()
        super().close()

    def refresh(self) -> None:
        """Rebuild the download link from what the workspace holds now."""
        self.watch.seen()
        self.data = dumps_export(self.workspace.export_data()).encode("utf-8")
        set_html(
            self.link,
            download_link(
                "followup-kit-export.json",
                self.data,
                "application/json",
                "Download all your data (JSON)",
            )
            + Markup(' <span class="fk-muted">({}, as stored at {:%H:%M:%S})</span>').format(
                size_label(len(self.data)), now().astimezone()
            ),
        )

    def restore(self) -> None:
        """Import the uploaded export (into an empty workspace, or replacing when ticked)."""
        if not self.upload.value:
            return
        content = bytes(self.upload.value[0]["content"])
        name = self.upload.value[0].get("name") or "that file"
        # Forget the file at once: choosing the same file again (say, after ticking
        # "replace") must try again, and a value that never changes sends no event.
        self.upload.value = ()
        data = parse_export(content, name)
        if not self.replace.value and not self.workspace.is_empty():
            message(
                self.status,
                f"Not restored: {self.workspace.folder} already holds data. To replace it, tick "
                "“replace what is here” and choose the file again (what is here now is saved "
                "to a backup file first).",
                "error",
            )
            return
        backup = self.workspace.import_data(data, replace=self.replace.value)
        self.refresh()
        kept = f" What was here before is saved in {backup}." if backup else ""
        message(self.status, f"Restored. {place('restored')}{kept}")
