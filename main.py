"""Start Samordnare Desktop: ``python main.py --help``."""

import sys

from samordnare_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
