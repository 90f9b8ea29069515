"""The only place that reads and writes files: record discovery, fast bulk reading, round-trip edits."""
