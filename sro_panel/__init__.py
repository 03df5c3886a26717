"""SRO Panel: selection, training and assignment of School Resource Officers."""

# Kept equal to pyproject.toml's version by a test; reading it from the installed
# metadata instead costs about 40 ms at every start.
__version__ = "0.1.0"
