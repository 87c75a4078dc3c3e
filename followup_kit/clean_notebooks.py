"""Notebooks from this repository are saved clean: no outputs, no widget state.

What a notebook shows is made from the workspace (names of interviewers, their concerns, your
plans): personal data that must never reach a tracked file. JupyterLab saves (and autosaves)
outputs into the ``.ipynb`` file, so the repository's Jupyter configuration
(``jupyter-config/jupyter_server_config.py``, used by ``make lab``, the browser test and
Binder) runs :func:`pre_save_hook` on every save: the file on disk keeps the cells' source and
nothing else. Your data stays in the workspace, where the notebooks read it again when run.
"""

from __future__ import annotations

from typing import Any

__all__ = ["clean_notebook", "pre_save_hook"]

CELL_METADATA_KEPT = frozenset({"tags"})


def clean_notebook(notebook: dict[str, Any]) -> dict[str, Any]:
    """Drop outputs, execution counts, widget state and editor metadata, in place."""
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.pop("attachments", None)
        metadata = cell.get("metadata") or {}
        cell["metadata"] = {k: v for k, v in metadata.items() if k in CELL_METADATA_KEPT}
    metadata = notebook.get("metadata") or {}
    kept: dict[str, Any] = {}
    if "kernelspec" in metadata:
        kept["kernelspec"] = metadata["kernelspec"]
    language = (metadata.get("language_info") or {}).get("name")
    if language:
        kept["language_info"] = {"name": language}
    notebook["metadata"] = kept
    return notebook


def pre_save_hook(model: dict[str, Any], path: str = "", **_: Any) -> None:
    """Jupyter server hook: clean a notebook before it is written; refuse to save otherwise."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    try:
        clean_notebook(model["content"])
    except Exception as exc:  # never write outputs because cleaning failed
        from tornado.web import HTTPError

        raise HTTPError(
            500,
            f"followup-kit did not save {path}: its outputs could not be removed ({exc}). "
            "Clear all outputs (Edit > Clear Outputs of All Cells) and save again.",
        ) from exc
