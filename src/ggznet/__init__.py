"""ggznet: a command-line tool over a Git-versioned YAML knowledge base of regional ggz collaboration."""

__version__ = "0.1.0"

# Where ggznet's repository (with action.yml and .pre-commit-hooks.yaml) is published, as OWNER/REPO;
# releases are tagged v<version>. `ggznet init` points new region repositories here.
ACTION_REPOSITORY = "ggznet/ggznet"
