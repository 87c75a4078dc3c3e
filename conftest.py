"""pytest's configuration for the whole repository, kept out of the notebook folder.

When pytest runs the notebooks (nbval: ``notebooks/`` and ``app/``), their kernels inherit this
process's environment: they use a throwaway workspace, never your own data.
"""

import os
import tempfile

os.environ["FOLLOWUP_KIT_HOME"] = tempfile.mkdtemp(prefix="followup-kit-nbval-")
