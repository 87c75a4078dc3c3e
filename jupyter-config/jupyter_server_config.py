# Jupyter configuration of this repository: `make lab`, the browser test and Binder point
# JUPYTER_CONFIG_PATH here. Notebooks are saved without outputs or widget state, because what
# they show is personal data from your workspace (see followup_kit/clean_notebooks.py).
c = get_config()  # noqa: F821
c.ContentsManager.pre_save_hook = "followup_kit.clean_notebooks.pre_save_hook"
