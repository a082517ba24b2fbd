"""`python -m hallq` runs the `hallq` command."""

import sys

from hallq.commands.main import main

sys.exit(main())
