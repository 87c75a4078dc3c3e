"""Notebooks open in JupyterLab unmodified: the file server fills in what the kernel will say.

The notebooks are saved with only the name of their language (see :mod:`clean_notebooks`).
When the kernel starts, JupyterLab writes the kernel's full description of its language (the
Python version, its syntax highlighting, its file extension) into the notebook, and that change
marks the notebook modified before the user has typed anything: closing it then asks whether to
save changes nobody made. Opened through :class:`NotebookContents`, a notebook already holds
that description, so the kernel's changes nothing; the pre-save hook drops it again on save.

The repository's Jupyter configuration (``jupyter-config/jupyter_server_config.py``) chooses
this class; it only changes notebooks whose kernel is this Python's own (``python3``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager

__all__ = ["NotebookContents", "describe_language"]

NATIVE_KERNEL = "python3"  # the kernel ipykernel installs for the Python that runs the server


@cache
def _kernel_language() -> dict[str, Any]:
    """What ipykernel in this Python reports as its language (its own table, not a copy)."""
    from ipykernel.ipkernel import IPythonKernel

    return dict(IPythonKernel.language_info)


def describe_language(notebook: dict[str, Any]) -> dict[str, Any]:
    """Give a cleaned Python notebook the kernel's full language description, in place."""
    metadata = notebook.get("metadata")
    if not isinstance(metadata, dict):
        return notebook
    kernel = metadata.get("kernelspec") or {}
    language = metadata.get("language_info") or {}
    if kernel.get("name") != NATIVE_KERNEL or set(language) - {"name"}:
        return notebook  # another kernel, or a description already there: leave it as it is
    if language.get("name", "python") != "python":
        return notebook
    metadata["language_info"] = _kernel_language()
    return notebook


class NotebookContents(AsyncLargeFileManager):
    """JupyterLab's usual file manager, handing out notebooks as the kernel describes them."""

    async def get(self, path: str, content: bool = True, **kwargs: Any) -> dict[str, Any]:
        """The file's model; a notebook's language described in full (see the module)."""
        model = await super().get(path, content=content, **kwargs)
        if content and model.get("type") == "notebook" and isinstance(model.get("content"), dict):
            describe_language(model["content"])
        return model
