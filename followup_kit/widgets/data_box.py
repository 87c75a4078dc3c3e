"""Download the whole workspace as JSON, or bring an export back (e.g. into a new Binder)."""

from __future__ import annotations

import json

import ipywidgets as w
from markupsafe import Markup

from ..store import Workspace, dumps_export
from ._common import download_link, guarded, html, message, set_html

__all__ = ["DataBox"]


class DataBox(w.VBox):
    """A download link for your data, and an upload box to restore it."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.link = html("")
        self.upload = w.FileUpload(accept=".json", multiple=False, description="Restore")
        self.replace = w.Checkbox(description="replace what is here", indent=False)
        self.status = html("")
        self.upload.observe(lambda c: guarded(self.status)(self.restore)(), "value")
        super().__init__([self.link, w.HBox([self.upload, self.replace]), self.status])
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the download link from what the workspace holds now."""
        data = dumps_export(self.workspace.export_data()).encode("utf-8")
        set_html(
            self.link,
            download_link(
                "followup-kit-export.json",
                data,
                "application/json",
                "Download all your data (JSON)",
            )
            + Markup(' <span class="fk-muted">({} KB)</span>').format(len(data) // 1024),
        )

    def restore(self) -> None:
        """Import the uploaded export (into an empty workspace, or replacing when ticked)."""
        if not self.upload.value:
            return
        content = bytes(self.upload.value[0]["content"])
        try:
            data = json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            message(self.status, f"That file is not a followup-kit export: {exc}", "error")
            return
        backup = self.workspace.import_data(data, replace=self.replace.value)
        self.refresh()
        kept = f" What was here before is saved in {backup}." if backup else ""
        message(self.status, f"Restored. Re-run the other notebooks to see it.{kept}")
