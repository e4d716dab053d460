"""The summary printed at the end of a batch: what the corpus holds, in a few lines.

Counts are gathered as records come in (nothing is kept but counters), so the
summary costs nothing on a corpus of any size.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..document import Document
from ..report.common import plural

__all__ = ["CorpusSummary", "plural"]




@dataclass
class CorpusSummary:
    articles: int = 0
    words: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    genres: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)  # articles naming each entity
    speakers: Counter[str] = field(default_factory=Counter)  # articles quoting each speaker
    findings: Counter[str] = field(default_factory=Counter)  # techniques, translation signals, other findings

    def add(self, doc: Document) -> None:
        self.articles += 1
        self.words += len(doc.text.split())
        self.languages[doc.language or "unknown"] += 1
        genre = doc.document.get("genre") if isinstance(doc.document, dict) else None
        if isinstance(genre, dict) and genre.get("label"):
            self.genres[str(genre["label"])] += 1
        names = {str(sp.attrs.get("canonical") or doc.text[sp.start:sp.end]) for sp in doc.layers.get("entities", ())
                 if sp.label in ("PER", "ORG", "LOC")}
        self.entities.update(names)
        speakers = doc.document.get("speakers") if isinstance(doc.document, dict) else None
        if isinstance(speakers, list):
            self.speakers.update({str(g.get("speaker")) for g in speakers if isinstance(g, dict) and g.get("speaker")})
        for sp in doc.layers.get("techniques", ()):
            self.findings[sp.label] += 1
        for sp in doc.layers.get("translation", ()):
            self.findings[f"translation: {sp.label}"] += 1
        for sp in doc.layers.get("findings", ()):
            if sp.label != "sourcing-profile":
                self.findings[sp.label] += 1

    def render(self, console: Console, failed: int = 0, top: int = 5) -> None:
        """A small table at 80 columns: one row per aspect, the most frequent values first."""
        if not self.articles:
            return
        table = Table(title=f"corpus: {plural(self.articles, 'article')}, {plural(self.words, 'word')}"
                      + (f", {plural(failed, 'input')} failed" if failed else ""),
                      title_justify="left", show_header=False, box=None, padding=(0, 1))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")

        def most(c: Counter[str]) -> Text:
            return Text(", ".join(f"{k} {v}" for k, v in c.most_common(top)) or "none")

        table.add_row("languages", most(self.languages))
        if self.genres:
            table.add_row("genres", most(self.genres))
        table.add_row("entities", most(self.entities))
        table.add_row("speakers", most(self.speakers))
        table.add_row("findings", most(self.findings))
        console.print(table)
