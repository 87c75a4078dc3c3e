"""ipywidgets front end."""
