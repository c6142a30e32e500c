"""The one exception type that reaches the user as a single line."""


class PipelineError(Exception):
    """A problem the user can fix (bad input, missing setting, network gave up).

    The CLI prints ``str(error)`` on one line and exits non-zero; no traceback.
    """
