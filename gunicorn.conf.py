"""gunicorn settings, read from the working directory by ``gunicorn … wsgi:app``.

A shareable annotated page is ``GET /annotate?text=…``; linker offers such addresses up
to ``LINKER_SHARE_URL_MAX`` (default 8000) characters, so the request line must be
allowed that long (gunicorn's own default is 4094; 8190 is its maximum).
"""

limit_request_line = 8190

# Load the app (and its catalogue) once, in the master, before forking the workers: a broken
# catalogue or setting then stops gunicorn at once with linker's one-line message (exit
# status 4), and the workers share the loaded catalogue's pages.
preload_app = True

# The access log is off unless asked for (--access-logfile). Its format leaves out the query
# string, where ``/annotate?text=…`` carries a statement: statements are not logged.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(a)s"'
