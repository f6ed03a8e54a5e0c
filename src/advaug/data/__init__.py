"""Data sets: fetching (``download``), parsing (``readers``), spec strings and ``prepare`` (``sources``),
and the canonical on-disk format every later step reads (``canonical``)."""

from advaug.data.canonical import PreparedData, RawSplits, load_prepared, write_prepared
from advaug.data.sources import (
    DEFAULT_DATASET,
    KNOWN_DATASETS,
    dataset_slug,
    parse_spec,
    prepare,
    validate_spec,
)

__all__ = [
    "DEFAULT_DATASET",
    "KNOWN_DATASETS",
    "PreparedData",
    "RawSplits",
    "dataset_slug",
    "load_prepared",
    "parse_spec",
    "prepare",
    "validate_spec",
    "write_prepared",
]
