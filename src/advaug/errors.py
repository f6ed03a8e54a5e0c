"""The one exception type that the command line turns into a one-line message."""


class UserError(Exception):
    """A mistake the user can fix (bad config, missing file, offline download).

    The CLI prints ``error: <message>`` and exits with status 2 instead of a
    traceback, so the message must say what is wrong and what to do.
    """
