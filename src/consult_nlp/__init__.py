"""consult-nlp: code consultation responses into categories, count them, and publish the appendix offline."""

from importlib.metadata import PackageNotFoundError, version

from .errors import ConsultError

try:
    __version__ = version("consult-nlp")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["ConsultError", "__version__"]
