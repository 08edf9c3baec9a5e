"""``python -m wireparse``: the same as the ``wireparse`` command."""

import sys

from wireparse._cli import main

if __name__ == "__main__":
    sys.exit(main())
