"""pnews: Unix-style filters for news articles."""

__version__ = "0.1.0"
