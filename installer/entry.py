"""The bundle's entry point: the same `main` the installed `sro-panel` command runs."""

import sys

from sro_panel.cli import main

if __name__ == "__main__":
    sys.exit(main())
