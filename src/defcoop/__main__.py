"""``python -m defcoop`` runs the command-line tool."""

from defcoop.cli.main import main

main()
