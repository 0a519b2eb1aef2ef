"""``python -m linker`` runs the linker command."""

from linker.cli import main

main()
