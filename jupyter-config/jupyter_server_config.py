# Jupyter configuration of this repository: `make lab`, the browser test and Binder point
# JUPYTER_CONFIG_PATH here. Notebooks are saved without outputs or widget state, because what
# they show is personal data from your workspace (see followup_kit/clean_notebooks.py), and open
# unmodified (see followup_kit/lab_contents.py). labconfig/ beside this file switches off
# JupyterLab's "official Jupyter news" question.
import contextlib
import warnings

c = get_config()  # noqa: F821
c.ServerApp.contents_manager_class = "followup_kit.lab_contents.NotebookContents"
c.ContentsManager.pre_save_hook = "followup_kit.clean_notebooks.pre_save_hook"

# notebook_shim (installed with JupyterLab) reads every attribute of the server when it starts,
# the deprecated ServerApp.token among them, which prints a DeprecationWarning although nothing
# here sets it (the token is IdentityProvider.token). Only that message is silenced. Voila's
# server extension, once imported, would put a filter showing every traitlets deprecation in
# front of ours: it is imported here first, with that filter dropped when the block ends.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    with contextlib.suppress(ImportError):
        import voila  # noqa: F401
warnings.filterwarnings(
    "ignore", message="ServerApp.token config is deprecated", category=DeprecationWarning
)
