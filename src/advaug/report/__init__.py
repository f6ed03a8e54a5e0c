"""Tables and figures built from the per-run metrics JSON files."""
