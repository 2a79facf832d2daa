"""Start Samordnare Desktop: ``python main.py --help``."""

import gc
import sys

from samordnare_desktop.app import main

if __name__ == "__main__":
    code = main()
    # the process ends now: what is still alive goes to the collector's permanent generation, so
    # the interpreter's final collection does not scan the ~200,000 objects of the imports
    # (~100 ms of CPU after a command; files and the database were closed by main)
    gc.freeze()
    sys.exit(code)
