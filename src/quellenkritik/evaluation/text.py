"""The readable form of ``qk eval articles --format text``: a table, then the detail."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["render_text"]

_ROWS = (
    ("entities (right label)", "entities_recall", "entities_precision"),
    ("quantities (right value)", "quantities_recall", None),
    ("dates", "dates_recall", None),
    ("attributions (speaker)", "attributions_recall", "attributions_precision"),
    ("  one find per attribution", "attributions_recall_strict", None),
    ("source type, where found", "source_type_accuracy", None),
    ("anonymous sources", "anonymous_sources_recall", None),
    ("unattributed claims", "unattributed_claims_recall", None),
    ("genre", "genre_accuracy", None),
    ("techniques (span, any label)", "techniques_recall", "techniques_precision"),
    ("  with the right label", "techniques_recall_labelled", None),
)


def _fmt(v: Any) -> str:
    # three decimals: 0.598 must not print as a target's 0.60
    return "-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))


def _item(d: dict[str, Any]) -> str:
    main = d.get("text") or d.get("source") or ""
    rest = ", ".join(f"{k}={v}" for k, v in d.items() if k not in ("text",) and v not in (None, "", []))
    return f"{main!r}  {rest}" if rest else repr(main)


def render_text(result: dict[str, Any], console: Console) -> None:
    fig = result["figures"]
    table = Table(title=f"{result['articles']} articles", show_lines=False)
    table.add_column("layer")
    table.add_column("recall / accuracy", justify="right")
    table.add_column("precision", justify="right")
    for label, r, p in _ROWS:
        table.add_row(label, _fmt(fig.get(r)), _fmt(fig.get(p)) if p else "")
    console.print(table)
    per = fig.get("per_technique")
    if isinstance(per, dict) and per:
        t = Table(title="techniques, by label", show_lines=False)
        for col in ("technique", "gold", "recall", "predicted", "precision"):
            t.add_column(col, justify="left" if col == "technique" else "right")
        for name, r in per.items():
            t.add_row(name, str(r["gold"]), _fmt(r["recall"]), str(r["predicted"]), _fmt(r["precision"]))
        console.print(t)
    for key in result.get("failed", []):
        console.print(f"[red]failed:[/] {key}")
    for art in result.get("detail", []):
        console.rule(art["key"])
        for layer, res in art.items():
            if not isinstance(res, dict):
                continue
            console.print(f"[bold]{layer}[/] {res['found']}/{res['gold']} found, {res['predicted']} predicted", highlight=False)
            for m in res["misses"]:
                console.print(f"  [red]missed[/] {_item(m)}", highlight=False, soft_wrap=True)
            for m in res["false_positives"]:
                console.print(f"  [yellow]extra[/]  {_item(m)}", highlight=False, soft_wrap=True)
        for e in art.get("source_type_errors", []):
            console.print(f"  [magenta]type[/]   {e['source']!r}: gold {e['gold']}, predicted {e['predicted']} ({e['predicted_source']!r})",
                          highlight=False, soft_wrap=True)
