"""linker's benchmark: resolver throughput side by side with the alternatives (issue 7).

``python -m bench`` builds a corpus of about 10 MB from the gold texts and a 1 MB HTML
page, measures linker and its baselines in one process (several rounds, medians), prints
a table with the ratios the targets name and writes the figures as JSON.
``python -m bench http`` measures the API under gunicorn with ``wrk``.

Nothing here runs at import time; every module is imported by the entry point.
"""

#: One megabyte, as the figures count it: a million bytes of UTF-8.
MB = 1_000_000
