"""Run the command-line interface: ``python -m msc_sci``."""

import sys

from msc_sci._cli import main

sys.exit(main())
