"""consult-nlp: code consultation responses into categories, count them, and publish the appendix offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("consult-nlp")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"


class ConsultError(ValueError):
    """A problem the user can fix: the message names the file, the entry or row, and the fix."""
