"""`python -m sro_panel` is the `sro-panel` command."""

import sys

from sro_panel.cli import main

sys.exit(main())
