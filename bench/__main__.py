"""``python -m bench [--quick] [--json PATH]`` and ``python -m bench http [...]``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the HTTP benchmark (``http``) or the in-process one (default)."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["http"]:
        from bench import http

        return http.main(args[1:])
    from bench import run

    return run.main(args)


if __name__ == "__main__":
    sys.exit(main())
