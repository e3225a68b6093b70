"""`python -m hub` is `kiosk-hub`."""

import sys

from hub.cli import main

sys.exit(main())
