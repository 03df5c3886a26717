"""SRO Panel: selection, training and assignment of School Resource Officers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sro-panel")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
