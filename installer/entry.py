"""The frozen program's first module: PyInstaller starts here, as `csp-desk` does from a checkout."""

import sys

from csp_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
