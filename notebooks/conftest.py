"""When pytest runs the notebooks (nbval), they use a throwaway workspace, never your own data."""

import os
import tempfile

os.environ["FOLLOWUP_KIT_HOME"] = tempfile.mkdtemp(prefix="followup-kit-nbval-")
