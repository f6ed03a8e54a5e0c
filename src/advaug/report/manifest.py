"""``manifest.json``: every table and figure of a report with its category and caption.

The number of figures depends on what was evaluated, so the Snakemake rule
declares the report's ``tables/`` and ``figures/`` folders as outputs and
reads categories from here (:func:`report_category`); each caption is also
written as ``<name>.rst`` beside the file the HTML report shows, where the
rule's caption template includes it. A rebuild removes what the previous
build listed and this one did not write, so a figure whose data went away
does not linger in the report.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from advaug.io import write_json, write_text

MANIFEST_NAME = "manifest.json"
# what the HTML report shows for each kind; the other files are downloads
REPORT_SUFFIX = {"table": ".html", "figure": ".png"}


@dataclass
class Entry:
    name: str
    kind: str  # "table" | "figure"
    category: str
    caption: str
    files: list[str] = field(default_factory=list)  # relative to the report directory
    report_file: str | None = None
    title: str = ""


class Manifest:
    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.entries: list[Entry] = []

    def add(
        self, name: str, kind: str, category: str, caption: str, paths: list[Path], title: str | None = None
    ) -> list[Path]:
        """Record a written table or figure; nothing is recorded for an empty ``paths``."""
        if not paths:
            return []
        if kind not in REPORT_SUFFIX:
            raise ValueError(f"kind must be one of {sorted(REPORT_SUFFIX)}, not {kind!r}")
        if any(entry.name == name for entry in self.entries):
            raise ValueError(f"two report entries named {name!r}")
        files = [self._relative(path) for path in paths]
        shown = next((f for f in files if f.endswith(REPORT_SUFFIX[kind])), None)
        entry = Entry(name, kind, category, caption, files, shown, title or name)
        if shown is not None:
            caption_file = (self.out_dir / shown).with_suffix(".rst")
            write_text(caption_file, rst_escape(caption) + "\n")
            entry.files.append(self._relative(caption_file))
        self.entries.append(entry)
        return list(paths)

    def write(self) -> list[Path]:
        """Write manifest.json, remove the previous build's leftovers; all files of this build."""
        path = self.out_dir / MANIFEST_NAME
        previous = read_manifest(path) if path.exists() else []
        written = {f for entry in self.entries for f in entry.files}
        for entry in previous:
            for stale in set(entry.files) - written:
                target = (self.out_dir / stale).resolve()
                if target.is_relative_to(self.out_dir.resolve()) and target.is_file():
                    target.unlink()
        write_json(path, {"entries": [asdict(entry) for entry in self.entries]})
        return [self.out_dir / f for entry in self.entries for f in entry.files] + [path]

    def _relative(self, path: Path) -> str:
        return Path(path).resolve().relative_to(self.out_dir.resolve()).as_posix()


def read_manifest(path: str | Path) -> list[Entry]:
    data = json.loads(Path(path).read_text())
    return [Entry(**entry) for entry in data.get("entries", [])]


def _shown_entry(manifest_path: str | Path, name: str) -> Entry | None:
    for entry in read_manifest(manifest_path):
        if entry.report_file and Path(entry.report_file).stem == name:
            return entry
    return None


def report_category(manifest_path: str | Path, name: str, default: str = "Other") -> str:
    """The category of the entry whose shown file is named ``name`` (without suffix), for the
    Snakemake rule's ``report(..., category=...)``."""
    entry = _shown_entry(manifest_path, name)
    return entry.category if entry else default


def report_labels(manifest_path: str | Path, name: str) -> dict[str, str]:
    """What the HTML report lists the entry as (``report(..., labels=...)``): its title."""
    entry = _shown_entry(manifest_path, name)
    return {"name": entry.title if entry else name}


def rst_escape(text: str) -> str:
    """Plain text that reStructuredText shows as written (method names hold underscores)."""
    return "".join("\\" + char if char in "\\*`|_[]<>" else char for char in text)
