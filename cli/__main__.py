import sys

from cli.kiosk_main import main

sys.exit(main())
