"""ggznet: a command-line tool over a Git-versioned YAML knowledge base of regional ggz collaboration."""

__version__ = "0.1.0"
