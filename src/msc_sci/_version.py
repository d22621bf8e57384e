"""The package version, read by the build backend and by ``msc_sci.__version__``."""

__version__ = "0.1.0"
