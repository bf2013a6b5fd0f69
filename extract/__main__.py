"""`python -m extract` is the `claims` command."""

import sys

from extract.cli import main

sys.exit(main())
