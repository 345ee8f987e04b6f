"""Benchmarks: `uv run python -m bench` prints one line per figure, NAME VALUE UNIT."""
