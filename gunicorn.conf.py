"""gunicorn settings, read from the working directory by ``gunicorn … wsgi:app``.

A shareable annotated page is ``GET /annotate?text=…``; linker offers such addresses up
to ``LINKER_SHARE_URL_MAX`` (default 8000) characters, so the request line must be
allowed that long (gunicorn's own default is 4094; 8190 is its maximum).
"""

limit_request_line = 8190
