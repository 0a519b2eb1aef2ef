"""The WSGI entry point: ``gunicorn -w 4 -b 127.0.0.1:8000 wsgi:app``.

A catalogue or setting that cannot be used stops it with one line on standard error and
exit status 4 (see ``linker.web.startup``).
"""

from linker.web import create_app
from linker.web.startup import exit_on_error

with exit_on_error():
    app = create_app()
