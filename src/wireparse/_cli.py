"""Placeholder; the command line is being written."""


def main() -> int:
    """Run the command line."""
    return 0
