"""Place links the rest of the document contradicts: clubs named by their town, surnames that are towns.

Applied to the knowledge-base matches of one document (``entities.kb``), before
the statistical NER, which may then tag the freed words itself.

* **Clubs by their town.** Sports reports name clubs and teams by their town
  ("Matchwinner für Wolfsburg", "Wolfsburgs Trainer", "Köln-Trainer Stöger",
  "Philadelphia Flyers – Toronto Maple Leafs 2:3", "mit der Austria"). In a
  document with enough sports vocabulary (:func:`is_sports`), a place match in
  one of these patterns becomes an organisation with a local id, method
  ``club-by-town`` and confidence 0.6, never the town's id; a country after
  "gegen" or "für" in a sentence about play is its national team
  (``team-by-country``). The patterns are the same for every club and town.
* **Surnames.** A word used after "Frau" or "Herr" anywhere in the document
  ("Frau Haag") is a person's name there, so its other mentions ("Haag: Ich bin
  ...") are not linked to the town of that name either.
* **Elided compound parts.** "Nord-" in "Nord- und Mittelamerika" is half of a
  word, never a place.
* **Other names of a town.** GeoNames lists a city's names in many languages
  without saying which, and some are German words or names ("Klar" for Kelar
  in Iraq, "Mers" for Moers, "Werder" for Warder in Ethiopia, "Lukas" for Ełk).
  A one-word name that is not the city's own and does not begin like it (nor
  holds a word of it: "Berlin-Friedrichshain") links only for a city of a
  million people or more ("Wien", "Kiew", "Peking") or when the document names
  the city's country or another of its places ("Maskat" in a story about Oman,
  "Braunschweig" for Brunswick in a story with other German places).
  A name in capitals ("DEN") never links to a city.
* **Words, not places.** A town's name that is also a common noun, right after
  an article ("das Essen war ..."), is the noun.

Written here: no list of clubs could be shipped (none with an open licence is
in ../shared), and the rules need only the text around the match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document, Span
from ...linguistic.wordclass import is_common_noun, is_first_name
from .lexicon import ARTICLES, PERSON_TITLES
from .translit import strip_diacritics

__all__ = ["SPORTS_WORDS", "ROLE_WORDS", "is_sports", "apply_context_rules", "noun_after_article", "credit_label",
           "place_countries", "unsupported_alias", "postcode_before", "word_not_town", "CLUB_CONFIDENCE"]

CLUB_CONFIDENCE = 0.6

#: Words of sports reporting (German and English); a document with at least
#: MIN_SPORTS of them, MIN_DISTINCT different, is read as a sports report.
SPORTS_WORDS = frozenset("""
Tor Tore Toren Treffer Trainer Trainers Coach Bundesliga Liga Ligaspiel Ligaspiele Ligaspielen Meisterschaft
Meister Saison Tabelle Tabellenführer Tabellenplatz Punkte Punkten Elfmeter Halbzeit Matchwinner Mittelfeldspieler
Stürmer Verteidiger Torhüter Tormann Goalie Keeper Kapitän Heimspiel Auswärtsspiel Derby Remis Unentschieden
Relegation Relegationsplatz Aufsteiger Absteiger Pokal Spieltag Schlusslicht Eishockey Fußball Basketball Handball
Champions League Europa-League Stadion Mannschaft Klub Verein Profis Teamchef Sportdirektor Abwehr Defensive
Offensive Torschütze Doppelpack Triplepack Hattrick Playoff Play-off Viertelfinale Halbfinale Finale Rückspiel
Hinspiel Gegentor Gegentore Ausgleich Führungstreffer NHL NBA NFL NHL-Ergebnisse goal goals coach league season
match striker goalkeeper
""".split())
MIN_SPORTS = 4
MIN_DISTINCT = 3

#: Nouns of a team's people and play: "Wolfsburgs Trainer", "Köln-Trainer", "Gents Defensive".
ROLE_WORDS = frozenset("""
Trainer Coach Cheftrainer Co-Trainer Betreuer Teamchef Sportdirektor Manager Präsident Torhüter Tormann Goalie
Keeper Kapitän Stürmer Verteidiger Mittelfeldspieler Spieler Profi Profis Legionär Fans Anhänger Abwehr Defensive
Offensive Mannschaft Elf Sieg Niederlage Torhunger Tor Tore Treffer Heimspiel Auswärtsspiel Vergangenheit Kader
Nachwuchs Akademie Stadion Fanklub Partie Spiel Match Duell Auswahl Nationalteam Elf Rivale Rivalen Erzrivale
Erzrivalen Konkurrent Konkurrenten Gegner
""".split())

#: Titles a club or team carries in a sports report: "Double-Sieger Salzburg", "Titelverteidiger Russland".
_TEAM_TITLES = ("sieger", "meister", "champion", "titelverteidiger", "gastgeber", "tabellenführer", "aufsteiger",
                "absteiger", "spitzenreiter", "tabellenletzte", "schlusslicht", "finalist", "favorit",
                "zwerg", "außenseiter", "em-gegner", "wm-gegner", "gruppengegner", "finalgegner")

#: More words of play, counted only within the sentence of a match (too common in politics for the document test).
_PLAY_WORDS = frozenset("""Runde Gegner Partie Spiel Spiele Spielen Duell Prüfstein Heimsieg Auswärtssieg Saisonstart
spielt spielte spielen gewann gewinnt verlor verliert siegte siegt empfängt empfing trifft Platz Rasen""".split())

#: "Leverkusen (28 Pkt)", "Werder (+2)": a standings line
_TABLE_NUMBER = re.compile(r" \([+\-−±]?\d{1,3}(?: ?(?:Pkt\.?|Punkte|P\.|Tore|Siege))?\)")
#: verbs whose subject, in a sports report, is a team: "München überstand diese Sequenz"
_PLAY_VERBS = frozenset("""gewann gewinnt siegte siegt verlor verliert überstand übersteht unterlag unterliegt führte
führt kassierte kassiert schlug besiegte bezwang dominierte drehte glich empfängt empfing spielte spielt holte
erzielte traf trifft""".split())
_WORD = re.compile(r"[^\W\d_][\w-]*")
_SCORE = re.compile(r"\b\d{1,2}:\d{1,2}\b")
#: words before a club's town: "für Wolfsburg", "gegen Wolfsburg", "Mittelfeldspieler von Wolfsburg", "bei Rapid"
_CLUB_BEFORE = frozenset({"für", "gegen", "von", "bei"})
_ARTICLES = frozenset({"der", "die", "den", "dem", "des"})
_TITLE_NAME = re.compile(r"\b(?:%s)\.? +([A-ZÄÖÜ][\w-]+)" % "|".join(sorted(PERSON_TITLES)))


def is_sports(text: str) -> bool:
    """Whether ``text`` reads as a sports report: MIN_SPORTS words of SPORTS_WORDS, MIN_DISTINCT different."""
    found = [w for w in _WORD.findall(text) if w in SPORTS_WORDS]
    return len(found) >= MIN_SPORTS and len(set(found)) >= MIN_DISTINCT


#: a team's line-up: "Ajax: Cillessen – Tete, Veltman (71. Sanogo), ..." (group 1: the colon)
_LINEUP = re.compile(r"[A-ZÄÖÜ][\w.-]*(:) (?:[A-ZÄÖÜ]\. )?[A-ZÄÖÜ][\w'-]+ [–-] (?:[A-ZÄÖÜ]\. )?[A-ZÄÖÜ][\w'-]+"
                     r"(?: \(\d+\. [^)]{1,30}\))?, ")  # a list of names, not a result ("Norwegen – Schweden 2:3")
#: what stands before a player's name in a line-up
_LINEUP_SEPS = frozenset({": ", "– ", "- ", ", ", " (", ". "})


def _lineup_end(text: str, start: int) -> int:
    """Where a line-up that starts at ``start`` ends: the next line, or a full stop after a word
    (not after an initial or a minute in brackets), at most 400 characters on."""
    hi = min(len(text), start + 400)
    for m in re.finditer(r"\n|(?<=[a-zäöüß)]{2})\. ", text[start:hi]):
        return start + m.start()
    return hi


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for a, b in spans:
        if a <= pos < b:
            return a, b
    return None


def _club_reason(text: str, s: Span, sentence: tuple[int, int] | None, kind: str) -> str | None:
    """Why the place match ``s`` (of KB kind ``kind``: city, country, state...) names a club or team here, or None."""
    before = text[max(0, s.start - 30) : s.start].split()
    prev = before[-1] if before else ""
    after = text[s.end : s.end + 30]
    nxt = after.split()[0] if after.split() else ""
    surface = text[s.start : s.end]
    part = re.match(r"-(\w+)", after)
    if part:
        # "Köln-Trainer" names the club; "Ennis-Hill", "Stoke-on-Trent" are other names
        return "a team role after the town in one word (Köln-Trainer)" if part.group(1) in ROLE_WORDS else None
    if surface.endswith("s") and nxt.rstrip(".,;:") in ROLE_WORDS:
        return "the town's genitive before a team role (Wolfsburgs Trainer)"
    if kind == "city" and re.match(r": (?:[A-ZÄÖÜ]\. )?[A-ZÄÖÜ][\w-]+ [–-] ", after):
        return "the town before a line-up (Salzburg: C. Name – Name, ...)"
    if kind in ("city", "country") and _TABLE_NUMBER.match(after):
        return "a number in brackets after the town, as in a league table (Leverkusen (28 Pkt))"
    if kind == "city" and nxt == "gegen" and re.match(r" gegen [A-ZÄÖÜ]", after):
        return "a town against another in a sports report (Dortmund gegen Gladbach)"
    if kind in ("city", "country") and nxt in _PLAY_VERBS:
        return f"the town as the one who plays ({surface} {nxt})"
    if prev.lower().endswith(_TEAM_TITLES) and prev[:1].isupper() and kind in ("city", "country"):
        return f"a team's title before the name ({prev})"
    sent = text[sentence[0] : sentence[1]] if sentence else text[max(0, s.start - 200) : s.end + 200]
    if not (any(w in SPORTS_WORDS or w in ROLE_WORDS or w in _PLAY_WORDS for w in _WORD.findall(sent))
            or _SCORE.search(sent)):
        return None
    if kind == "country":
        if re.match(r" [–-] [A-ZÄÖÜ]", after) and _SCORE.search(sent):
            return "a country before a dash in a line of results (Norwegen – Schweden 2:3)"
        if prev in _ARTICLES and s.attrs.get("method") == "kb" and not _german_country_word(surface):
            return "a foreign country name with an article (mit der Austria)"
        if prev.lower() in ("gegen", "für") and s.attrs.get("method") == "kb":
            return f"'{prev}' before a country in a sports sentence: its national team"
        if re.match(r" mit (?:einem |einer )?(?:\w+ )?\d{1,2}:\d{1,2}", after):
            return "a country with a score after it (Ecuador mit 2:0 in Führung): its national team"
        if re.match(r" \(\d{1,3}\.\)", after) and _SCORE.search(sent) is None and "Gegner" in sent:
            return "a country with its ranking among opponents (Portugal (7.)): its national team"
        return None
    if kind == "continent":
        return None
    if prev.lower() in _CLUB_BEFORE:
        return f"'{prev}' before the town in a sports sentence"
    if kind != "city":
        return None  # "aus dem Burgenland": regions take articles in German
    if prev in _ARTICLES:
        return "an article before the town in a sports sentence (gegen die Bayern)"
    if prev.isupper() and 2 <= len(prev) <= 5 and prev.isalpha() and _SCORE.search(sent):
        return "a club's letters before the town in a line of results (LASK Linz)"
    if nxt[:1].isupper() and text[s.end : s.end + 1] == " " and _SCORE.search(sent):
        return "a name after the town in a line of results (Philadelphia Flyers ... 2:3)"
    return None


def kind_of(entry) -> str:  # noqa: ANN001 - a KB Entry or None
    return entry.kind if entry is not None else ""


def _german_country_word(surface: str) -> bool:
    """Country names that take an article in German ("die Schweiz", "die Ukraine"): not club names."""
    return not surface.isascii() or surface in _GERMAN_ARTICLE_COUNTRIES


_GERMAN_ARTICLE_COUNTRIES = frozenset({
    "Schweiz", "Türkei", "Ukraine", "Slowakei", "Mongolei", "USA", "Niederlande", "Philippinen", "Tschechei",
    "Elfenbeinküste", "Dominikanische", "Vereinigten", "Emirate", "Iran", "Irak", "Jemen", "Libanon", "Sudan",
    "Kongo", "Tschad", "Niger", "Senegal", "Vatikan", "Bahamas", "Malediven", "Seychellen", "Komoren",
})


#: words that continue a club's name after its town ("Manchester City", "Hannover 96")
_CLUB_TAIL = re.compile(r" (?:City|United|Albion|Athletic|County|Rovers|Wanderers|Town|FC|SC|\d{2}(?![\d:.,]\d))\b")


def _extend_team(text: str, s: Span, results: bool) -> int:
    """The end of a club's name that starts with the town: "Manchester City", "Hannover 96", and
    in a line of results every capitalised word after it ("Philadelphia Flyers", "Columbus Blue Jackets")."""
    end = s.end
    m = _CLUB_TAIL.match(text, end)
    if m:
        return m.end()
    if not results:
        return end
    for _ in range(3):
        m = re.match(r" ([A-Z][\w.]*)", text[end:])
        if not m or m.group(1).upper() == m.group(1) and len(m.group(1)) > 1:
            break
        end += m.end()
    return end


def apply_context_rules(doc: Document, layer: list[Span], kb_get) -> None:  # noqa: ANN001 - kb_get: id -> Entry
    """Relabel or drop the KB place matches in ``layer`` that the document contradicts (see the module)."""
    text = doc.text
    labels = {id(s) for s in layer if s.attrs.get("kb") and credit_label(text, s.start, s.end)}
    if labels:  # "(Bild: Anna Beispiel)": a picture credit, not the newspaper
        layer[:] = [s for s in layer if id(s) not in labels]
    places = [s for s in layer if s.label == "LOC" and s.attrs.get("kb")]
    if not places:
        return
    drop: set[int] = set()
    # elided compound parts: "Nord- und Mittelamerika"
    for s in places:
        if text[s.end - 1 : s.end] == "-" or (text[s.end : s.end + 1] == "-" and text[s.end + 1 : s.end + 2] in (" ", ",", "")):
            drop.add(id(s))
    # other names of a town that the document does not support; common nouns after an article
    countries = place_countries(places, kb_get)
    for s in places:
        entry = kb_get(s.attrs.get("id"))
        if entry is not None and entry.source == "geonames" and (
                unsupported_alias(text[s.start : s.end], s.attrs.get("method", ""), entry, countries)
                or noun_after_article(text, s.start, s.end) or word_not_town(text, s.start, s.end, entry)):
            drop.add(id(s))
    drop.update(id(s) for s in _settle_city_or_region(doc, [s for s in places if id(s) not in drop], kb_get))
    # surnames: "Frau Haag" anywhere makes every "Haag" a name
    surnames = set(_TITLE_NAME.findall(text))
    if surnames:
        for s in places:
            w = text[s.start : s.end]
            if w in surnames or (w.endswith("s") and w[:-1] in surnames):
                drop.add(id(s))
    if is_sports(text):
        # the players of a line-up ("Ajax: Cillessen – Tete, Veltman (71. Sanogo), ..."): names, not places
        lineups = [(m.end(1), _lineup_end(text, m.end(1))) for m in _LINEUP.finditer(text)]
        if lineups:
            for s in places:
                if any(a <= s.start < b for a, b in lineups) and text[s.start - 2 : s.start] in _LINEUP_SEPS:
                    drop.add(id(s))
        sentences = [(x.start, x.end) for x in doc.layers.get("sentences", ())]
        for s in places:
            if id(s) in drop:
                continue
            entry = kb_get(s.attrs.get("id"))
            reason = _club_reason(text, s, _sentence_of(sentences, s.start), entry.kind if entry else "")
            if reason is None:
                continue
            end = _extend_team(text, s, "results" in reason and "letters" not in reason)
            if "letters" in reason:  # "LASK Linz": the club's letters join its name
                s.start = text.rindex(" ", 0, s.start - 1) + 1 if " " in text[: s.start - 1] else 0
            # a country is its national team, but "die Austria" is a club named in a foreign language
            team = kind_of(entry) == "country" and "with an article" not in reason
            _make_club(doc, s, end, reason, "team-by-country" if team else "club-by-town")
    if drop:
        layer[:] = [s for s in layer if id(s) not in drop]


#: Cities this large have German exonyms the KB lists among their names ("Wien", "Kiew", "Peking").
_BIG_CITY = 1_000_000


def place_countries(places: list[Span], kb_get) -> dict[str, set[str]]:  # noqa: ANN001
    """Country code -> the ids of the document's place matches that lie in or are that country."""
    out: dict[str, set[str]] = {}
    for s in places:
        e = kb_get(s.attrs.get("id"))
        code = (e.country or (e.id.rsplit(":", 1)[-1] if e.kind == "country" else "")) if e is not None else ""
        if code:
            out.setdefault(code, set()).add(e.id)
    return out


def _fold(word: str) -> tuple[str, str]:
    """Two ASCII foldings: accents dropped ("Köln" -> "koln"), umlauts spelt out ("koeln")."""
    low = word.lower()
    spelt = low.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return strip_diacritics(low).translate(_LETTERS), strip_diacritics(spelt).translate(_LETTERS)


#: letters that have no decomposition to drop ("Şırnak", "Ełk")
_LETTERS = str.maketrans("ıłøđ", "ilod")


def _like_own_name(surface: str, canonical: str) -> bool:
    """Whether ``surface`` begins like a word of the city's own name or holds one ("Koeln" for
    "Köln", "Ostjerusalem" for "East Jerusalem", "Frankfurt" for "Frankfurt am Main")."""
    folds = _fold(surface)
    for word in canonical.replace("-", " ").split():
        for cw in _fold(word):
            if len(cw) >= 3 and any(f[:3] == cw[:3] or (len(cw) >= 4 and cw in f) for f in folds):
                return True
    return False


def unsupported_alias(surface: str, method: str, entry, countries: dict[str, set[str]]) -> bool:  # noqa: ANN001
    word = surface[:-1] if method == "kb-inflected" and surface.endswith("s") else surface
    if len(word) > 1 and word.isupper():
        return True  # "DEN", "FIN": a team's or country's letters, never a town
    if " " in word or word == entry.canonical:
        return False
    if (entry.population or 0) >= _BIG_CITY:
        return False
    if is_first_name(word):
        return True  # "Hilde" for Hilden: a first name first, whatever else the document names
    if _like_own_name(word, entry.canonical):
        return False
    # another place of the document in that country, or the country itself ("Julia" five times
    # over is no support for Plovdiv)
    return not (countries.get(entry.country, set()) - {entry.id})


#: a town this small is not the first sense of a word that the text also uses as a word
_WORD_TOWN = 500_000
_DEFINITE = frozenset("der die das dem den".split())
_GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI", "LU"})


def word_not_town(text: str, start: int, end: int, entry) -> bool:  # noqa: ANN001
    """A one-word town abroad of under half a million that the text uses as a word: right after a
    definite article ("an der Praia": the beach, not Cape Verde's capital; towns take no article in
    German) or written small elsewhere in the text ("Surprise, surprise": not Surprise, Arizona).
    Towns of German-speaking countries are left to the other rules ("die Donaustadt" is a district of
    Vienna, "siegen" a verb beside Siegen)."""
    word = text[start:end]
    if (entry.population or 0) >= _WORD_TOWN or " " in word or "-" in word or entry.kind == "country" \
            or entry.country in _GERMAN_SPEAKING:
        return False  # "die Donaustadt" (a district of Vienna), "Siegen" and "siegen": read by the other rules
    before = text[max(0, start - 5) : start]
    if before.endswith(" ") and before.split()[-1:] and before.split()[-1] in _DEFINITE:
        return True
    low = word.lower()
    return low != word and low in _small_words(text)


@lru_cache(maxsize=4)
def _small_words(text: str) -> frozenset[str]:
    """The words of ``text`` written small (once per document, not once per place)."""
    return frozenset(w for w in re.findall(r"(?<![\w-])[a-zäöüß]+(?![\w-])", text))


#: labels of credits and captions that the word-class lexicon also knows as names ("Bild")
_CREDIT_WORDS = frozenset("Bild Bilder Foto Fotos Quelle Grafik Karte Video Illustration Screenshot Abbildung".split())


_POSTCODE_BEFORE = re.compile(r"(?<![\d.,])\d{4,5} $")
_REGION_SOURCE = "iso3166-2"
#: a city this large is the first sense of its name even beside regions ("Wien, Burgenland und ...")
_CITY_STATE = 500_000


def postcode_before(text: str, start: int) -> bool:
    """A postcode right before ``start`` ("8200 Schaffhausen", "1010 Wien")."""
    return _POSTCODE_BEFORE.search(text, max(0, start - 8), start) is not None


def _settle_city_or_region(doc: Document, places: list[Span], kb_get) -> list[Span]:  # noqa: ANN001
    """A name that is a city and a region of one country ("Salzburg", "Brandenburg"): after a
    postcode the city ("8200 Schaffhausen"; with no city of that name in the KB, no link); in a
    sentence that names another region and no other city ("aus Brandenburg, ... aus Salzburg und
    ... aus Bayern") the region. Returns the spans to drop."""
    from .kb import load_kb

    text = doc.text
    sentences = [(x.start, x.end) for x in doc.layers.get("sentences", ())]
    kb = load_kb()
    info = {}
    for s in places:
        entry = kb_get(s.attrs.get("id"))
        if entry is None or entry.source not in ("geonames", _REGION_SOURCE):
            continue
        other = "geonames" if entry.source == _REGION_SOURCE else _REGION_SOURCE
        twins = [e for e in kb.by_norm(text[s.start : s.end])
                 if e.country == entry.country and e.id != entry.id and e.source == other]
        info[id(s)] = (entry, twins[0] if twins else None)
    drop = []
    for s in places:
        if id(s) not in info:
            continue
        entry, twin = info[id(s)]
        if entry.source == _REGION_SOURCE and postcode_before(text, s.start):
            if twin is not None:
                _relink(s, twin, "a postcode before the name: the city")
            else:
                drop.append(s)  # "8200 Schaffhausen": a town the KB does not hold, not the canton
    # a city whose name is also a federal state's (Land, canton), in a sentence that names other
    # states and no city: the state. Twice, so that a state found on the first pass counts on the second
    # ("aus Brandenburg, ... aus Salzburg und ... aus Bayern").
    for _ in range(2):
        for s in places:
            if id(s) not in info:
                continue
            entry, twin = info[id(s)]
            if entry.source != "geonames" or twin is None or twin.kind not in _STATE_KINDS \
                    or (entry.population or 0) >= _CITY_STATE:
                continue
            sent = _sentence_of(sentences, s.start) or (max(0, s.start - 200), s.end + 200)
            others = [info[id(o)] for o in places if o is not s and id(o) in info and sent[0] <= o.start < sent[1]]
            plain = [e for e, t in others if t is None]  # names that are only a city or only a region
            if any(e.kind in _STATE_KINDS for e in plain) and not any(e.source == "geonames" for e in plain):
                _relink(s, twin, "named in a sentence with other states and no city: the state")
                info[id(s)] = (twin, None)
    return drop


#: federal states whose names are also their capitals' (Salzburg, Brandenburg, Bern)
_STATE_KINDS = frozenset({"state", "land", "canton", "bundesland"})


def _relink(s: Span, entry, why: str) -> None:  # noqa: ANN001
    s.attrs.update({"id": entry.id, "canonical": entry.canonical, "method": "kb-context", "confidence": 0.85,
                    "note": why})


def credit_label(text: str, start: int, end: int) -> bool:
    """ "(Bild: Anna Beispiel)", "Foto: ...": a common noun that opens a bracket, line or cell and is
    followed by a colon labels what follows (a credit, a caption); it names nothing."""
    word = text[start:end]
    if text[end : end + 1] != ":" or not (word in _CREDIT_WORDS or is_common_noun(word)):
        return False
    before = text[max(0, start - 3) : start].rstrip(" ")
    return start == 0 or not before or before[-1] in "(|[\n"


def noun_after_article(text: str, start: int, end: int) -> bool:
    """ "das Essen war sehr schlecht": a town's name that is a common noun, right after an article."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in ARTICLES and text[start - 1 : start] == " " \
        and is_common_noun(text[start:end])


def _make_club(doc: Document, s: Span, end: int, reason: str, method: str) -> None:
    from .resolve import local_id

    name = doc.text[s.start : end]
    base = name[:-1] if name.endswith("s") and end == s.end and s.attrs.get("method") == "kb-inflected" else name
    s.end = end
    s.label = "ORG"
    place = s.attrs.get("canonical")
    s.attrs.clear()
    what = "a national team named by its country" if method == "team-by-country" else "a club or team named by its town"
    s.attrs.update({"id": local_id(base, "ORG"), "canonical": base, "kb": False, "method": method,
                    "confidence": CLUB_CONFIDENCE, "note": f"{what} ({place}): {reason}"})
