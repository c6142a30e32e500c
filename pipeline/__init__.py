"""A living systematic review of dry needling, as software.

Stages (one module each, run in order by :mod:`pipeline.runner`):
fetch -> parse -> screen -> extract -> pool -> grade -> report.
"""

__version__ = "0.1.0"
