"""Page furniture: lines that belong to the web page, not to the article.

Each pattern names a *reason* that is recorded with the removed line
(``removed: [{"text": ..., "reason": ...}]``), so a reader can audit what was
taken out. Patterns are German and English and match whole short lines only:
a body sentence that happens to mention "Facebook" or "spenden" is never
removed.

Appeals are the exception: a line of up to ``MAX_APPEAL_WORDS`` words is
furniture when most of its sentences are appeals to the reader
(:func:`appeal_reason`): a call to donate ("Unterstützen Sie unsere Arbeit
per PayPal"), bank details (an IBAN, a BIC), a crypto wallet (an address,
"Bitcoin-Adresse auf Anfrage"), a newsletter or app promotion. An appeal
needs the reader addressed or a payment detail: "Die Stiftung sammelte
Spenden" is a sentence of the article. :func:`block_line` tells the lines
that belong to such a block only next to it ("Empfänger: ...", "Herzlichen
Dank!"), :func:`author_bio_header` and :func:`author_bio_line` the note
about the author. Tested in tests/clean/test_clean_furniture.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..evidence.quantities.patterns import IBAN

__all__ = [
    "classify_line",
    "appeal_reason",
    "block_line",
    "author_bio_header",
    "author_bio_line",
    "forwarded_source",
    "strip_quote_marker",
    "APPEAL_TRIGGERS",
    "FURNITURE_REASONS",
    "Furniture",
]

_NETWORKS = (
    r"x|twitter|facebook|linkedin|whatsapp|telegram|xing|reddit|pinterest|threads|bluesky|"
    r"mastodon|vk|vkontakte|flipboard|pocket|tumblr|signal|messenger|instagram|tiktok|youtube"
)

# Order matters only for readability; the first matching reason wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "share-button",
        re.compile(
            rf"^(?:(?:auf|bei|via|über|on|share on|teilen auf|share via)\s+)?(?:{_NETWORKS})"
            r"(?:\s+(?:teilen|posten|senden|share|folgen|follow))?$",
            re.I,
        ),
    ),
    (
        "share-button",
        re.compile(
            r"^(?:per|via|als|by)?\s*e-?mail\s*(?:senden|teilen|verschicken|versenden|share)?$|"
            r"^(?:artikel|beitrag|seite|story|article|this article|this story)?\s*"
            r"(?:teilen|drucken|versenden|merken|speichern|share|print|save|bookmark)$|"
            r"^(?:link kopieren|copy link|jetzt teilen|share this)$",
            re.I,
        ),
    ),
    (
        "donation",
        re.compile(
            r"^(?:spendier(?:en sie)?\s+(?:mir|uns)\s+einen\s+kaffee|buy me a coffee|"
            r"jetzt spenden|hier spenden|spenden|donate(?: now)?|support us|unterstützen sie uns|"
            r"unterstützen sie (?:unsere arbeit|unabhängigen journalismus)|"
            r"support (?:our work|independent journalism)|become a patron|werden sie unterstützer)[.!]?$",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^(?:(?:zum|unser(?:en)?|den|our)\s+)?[\w-]*newsletter[\w-]*(?:\s+(?:abonnieren|bestellen|anmelden|"
            r"erhalten|abonnieren sie))?(?:\s*[-–:]\s*.{0,60})?[.!]?$|"
            r"^(?:subscribe to our newsletter|sign up for our newsletter|zum newsletter anmelden|"
            r"nichts (?:mehr )?verpassen!?.{0,40}newsletter.{0,30})[.!]?$",
            re.I,
        ),
    ),
    (
        "subscription-call",
        re.compile(
            r"^(?:jetzt abonnieren|abonnieren|"
            r"subscribe(?: now)?|sign up|abo abschließen|"
            r"jetzt registrieren|anmelden|login|log in|einloggen)[.!]?$",
            re.I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^(?:zurück|weiter|nach oben|zum seitenanfang|back to top|startseite|home|menü|menu|"
            r"mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|"
            r"related(?: articles| stories)?|read more|weiterlesen|mehr lesen|mehr dazu|"
            r"kommentare?(?: anzeigen)?|comments?|zu den kommentaren)(?:\s*[:»›>].{0,120})?$",
            re.I,
        ),
    ),
    ("advertisement", re.compile(r"^(?:anzeige|werbung|advertisement|sponsored|gesponsert)$", re.I)),
    (
        "cookie-notice",
        re.compile(r"^.{0,80}\bcookies?\b.{0,80}\b(?:akzeptieren|zustimmen|accept|agree)\b.{0,40}$", re.I),
    ),
    (
        "image-credit",
        re.compile(r"^(?:foto|fotos|bild|bilder|photo|image|grafik|illustration)\s*:\s*\S.{0,80}$", re.I),
    ),
    ("source-credit", re.compile(r"^(?:quelle|quellen|source|sources)\s*:\s*\S.{0,120}$", re.I)),
    ("copyright", re.compile(r"^(?:©|\(c\)|copyright\b|alle rechte vorbehalten|all rights reserved).{0,120}$", re.I)),
    (
        "reading-time",
        re.compile(
            r"^(?:⏱\s*)?(?:lesezeit|lesedauer|reading time)?\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*"
            r"(?:min\.?|minuten|minutes?)\s*(?:lesezeit|lesedauer|read)?$",
            re.I,
        ),
    ),
    (
        "notice",  # a label saying the text is invented, fictional or satire
        re.compile(r"^\[?\s*(?:erfunden\w*|fiktiv\w*|invented|fictional|fictitious|satire)\b.{0,120}$", re.I),
    ),
    ("tag-list", re.compile(r"^(?:schlagwörter|schlagworte|tags|themen|topics|stichwörter)\s*:.{0,200}$", re.I)),
]

_FORWARDED = re.compile(
    r"(?:^|\s)(?:(?:artikel|beitrag|nachricht|text)\s+)?(?:weitergeleitet|übernommen)\s+(?:von|aus)\s*:?\s*(?P<src>\S.{0,100}?)\s*$|"
    r"(?:^|\s)(?:forwarded|republished|reposted|syndicated)\s+from\s*:?\s*(?P<src2>\S.{0,100}?)\s*$|"
    r"^(?:zuerst erschienen|erstveröffentlichung|originally published)\s*(?:bei|in|auf|by|at|on)?\s*:?\s*(?P<src3>\S.{0,100}?)\s*$",
    re.I,
)

_QUOTE_MARKER = re.compile(r"^(?:>\s*)+")

#: Every reason a removed line can carry (documented in docs/clean.md).
FURNITURE_REASONS = (
    "share-button",
    "donation",
    "bank-account",
    "crypto-wallet",
    "newsletter",
    "promotion",
    "author-bio",
    "subscription-call",
    "navigation",
    "advertisement",
    "cookie-notice",
    "image-credit",
    "source-credit",
    "copyright",
    "reading-time",
    "tag-list",
    "notice",
    "forwarded-from",
    "byline",
    "kicker",
    "title",
    "site-name",
    "empty-markup",
)

MAX_FURNITURE_WORDS = 14
#: Appeals (donation, bank details, newsletter) may fill a longer line.
MAX_APPEAL_WORDS = 80

# --- Appeals: donation, bank account, crypto wallet, newsletter, promotion -------
#: An IBAN (the pattern the quantities stage uses to leave its digits alone).
_IBAN = re.compile(r"(?<![A-Za-z0-9])" + IBAN + r"(?![A-Za-z0-9])")
#: A BIC or SWIFT code after its label.
_BIC = re.compile(r"\b(?:BIC|SWIFT)(?:[-/ ]?(?:Code|SWIFT|BIC))?\s*:?\s*[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
#: A line that opens with a bank-detail label ("Kontonummer: ...", "Spendenkonto: ...").
_ACCOUNT_LABEL = re.compile(
    r"^(?:IBAN|BIC|SWIFT(?:-?Code)?|Konto(?:nummer|-?Nr\.?)|BLZ|Bankleitzahl|Kontoinhaber(?:in)?|"
    r"Spendenkonto|Bankverbindung|Account number|Routing number|Sort code)\b\s*:",
    re.I,
)
#: Wallet addresses: Bitcoin (bech32 and base58), Ethereum.
_CRYPTO_ADDRESS = re.compile(r"\b(?:bc1[a-z0-9]{25,80}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40})\b")
_CRYPTO_WORD = re.compile(
    r"\b(?:bitcoin|btc|ethereum|eth|litecoin|ltc|monero|xmr|dogecoin|krypto\w*|crypto\w*|wallet)\b", re.I
)
_CRYPTO_CONTEXT = re.compile(r"(?:adresse|address|wallet|empfänger|schlüssel|spende|donat|unterstütz|support)", re.I)
#: A label over a wallet address: "Bitcoin (BTC):", "Ethereum-Adresse:", "Monero:".
_CRYPTO_LABEL = re.compile(
    r"^(?:bitcoin(?:\s+cash)?|btc|ethereum(?:\s+classic)?|eth|litecoin|ltc|monero|xmr|dogecoin|doge)"
    r"(?:\s*\(\w{2,5}\))?(?:[- ](?:adresse|address|wallet))?\s*:\s*\S*$",
    re.I,
)
#: Money given to the outlet or author.
_MONEY_TERM = re.compile(
    r"\b(?:Spende[n]?|\w+spende[n]?|[Ss]pendier\w*|[Ss]pende[nt]?\s+(?:Sie|uns|mir)|"
    r"(?i:paypal|patreon|steady|dauerauftrag|einmalzahlung|\w*überweisung|zuwendung|donat\w*|tip jar|"
    r"buy me a coffee))\b"
)
#: Support asked of the reader ("Unterstützen Sie", "Ihre Unterstützung", "Unterstütze uns").
_SUPPORT_APPEAL = re.compile(
    r"\b(?:[Uu]nterstützen\s+Sie|(?:^|(?<=[.!?:]\s))[Uu]nterstützt?e?\s+(?:uns|mich|unsere|meine)|"
    r"[Hh]elfen\s+Sie\s+mit|(?i:support\s+(?:us|our|my))|"
    r"(?:[Ss]ichern|[Uu]nterstützen|[Ee]rmöglichen|[Ff]ördern)\s+Sie\s+(?:\w+\s+){0,3}Journalismus)\b"
)
#: "Ihre Unterstützung" asked for, not thanked for ("nur mit Ihrer Unterstützung
#: möglich", "brauchen wir Ihre Unterstützung").
_SUPPORT_NEED = re.compile(
    r"(?:Ihre|Ihrer|[Ee]ure|[Ee]urer|[Dd]eine|[Dd]einer)\s+[Uu]nterstützung\b(?=.*\b(?:möglich|angewiesen|nötig)\b)|"
    r"\b(?:nur mit|brauchen wir|benötigen wir|bitten (?:wir )?um|auf)\s+(?:Ihre|Ihrer|eure|eurer|deine|deiner)\s+"
    r"[Uu]nterstützung\b"
)
#: The reader addressed (formal forms inside a sentence only: "Sie" opening one
#: may be "they"), or the outlet asking for itself.
_READER = re.compile(
    r"(?<=[^.!?:\s] )(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b|"
    r"\b(?:Ihnen|du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure|euren|eurem|eurer)\b|"
    r"\b(?:uns|unser|unsere|unseren|unserem|unserer|unseres|mich|mir|mein|meine|meinen|meinem|meiner|meines|"
    r"you|your|us|our|me|my)\b"
)
_NEWSLETTER = re.compile(r"newsletter", re.I)
_SIGN_UP = re.compile(
    r"\b(?:abonnier\w*|anmeld\w*|anmelden|bestell\w*|registrier\w*|eintrag\w*|trag\w*\s+\w+\s+ein|verpass\w*|"
    r"kostenlos\w*|gratis|jetzt|hier|sign\s+up|subscribe\w*|inbox|postfach|e-mail-adresse)\b",
    re.I,
)
#: A bracketed note from the outlet to its reader ("[Wenn Sie ... live auf Ihr
#: Handy haben wollen, empfehlen wir Ihnen unsere App ...]").
_PROMO = re.compile(
    r"\b(?:app|handy|newsblog|liveblog|live-blog|abo\w*|kostenlos\w*|podcast|plus|herunterladen|push\w*|"
    r"überblick)\b",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?])[\"“”»«)\]]*\s+(?=[\"„“»«(\[]?[A-ZÄÖÜ0-9])")
#: Words that must be in a text for :func:`appeal_reason` to find anything (lower case).
APPEAL_TRIGGERS = frozenset((
    "iban", "bic", "swift", "konto", "kontonummer", "spendenkonto", "bankverbindung", "blz", "bankleitzahl",
    "kontoinhaber", "bitcoin", "btc", "ethereum", "eth", "litecoin", "ltc", "monero", "xmr", "dogecoin", "wallet",
    "spende", "spenden", "spendet", "spendier", "spendieren", "paypal", "patreon", "steady", "dauerauftrag",
    "einmalzahlung", "überweisung", "banküberweisung", "zuwendung", "donate", "donation", "donations",
    "unterstützen", "unterstütze", "unterstützt", "unterstützung", "helfen", "support", "journalismus",
    "newsletter", "app", "handy", "newsblog", "liveblog", "abo", "abonnieren", "kostenlos", "podcast",
))


#: A quotation followed by its speaker ("„Spenden Sie!“, rief er"): reported, not addressed to the reader.
_REPORTED = re.compile(r"[“”\"»«]\s*,\s*[a-zäöü]")


def _sentence_appeal(sent: str) -> str | None:
    iban = _IBAN.search(sent)
    if iban and sum(c.isdigit() for c in iban.group()) >= 10:
        return "bank-account"
    if _BIC.search(sent) or _ACCOUNT_LABEL.match(sent):
        return "bank-account"
    m = _CRYPTO_ADDRESS.search(sent)
    if m and (m.group().startswith(("bc1", "0x")) or (
        any(c.isdigit() for c in m.group()) and any(c.isupper() for c in m.group()) and any(c.islower() for c in m.group())
    )):
        return "crypto-wallet"
    if _CRYPTO_LABEL.match(sent) or (
        len(sent.split()) <= 20
        and _CRYPTO_WORD.search(sent)
        and _CRYPTO_CONTEXT.search(sent)
        and (_READER.search(sent) or "anfrage" in sent.lower() or sent.rstrip().endswith(":"))
    ):
        return "crypto-wallet"
    if _REPORTED.search(sent):
        return None
    if _SUPPORT_APPEAL.search(sent) or _SUPPORT_NEED.search(sent) or (
        _MONEY_TERM.search(sent) and _READER.search(sent)
    ):
        return "donation"
    if _NEWSLETTER.search(sent) and (_SIGN_UP.search(sent) or _READER.search(sent)):
        return "newsletter"
    return None


def appeal_reason(text: str) -> str | None:
    """Why ``text`` (a line or a sentence) is an appeal to the reader, or None.

    One of "bank-account", "crypto-wallet", "donation", "newsletter",
    "promotion". A line of several sentences needs most of them to be
    appeals (or payment details); a bracketed note that addresses the reader
    about an app, a newsletter or a subscription is a promotion.
    """
    core = text.strip()
    if not core:
        return None
    sentences = [x for x in _SENTENCES.split(core) if x.strip()]
    found = [r for r in map(_sentence_appeal, sentences) if r]
    if found and 2 * len(found) >= len(sentences):
        # the strongest evidence names the line: account details over a plea
        for reason in ("bank-account", "crypto-wallet", "donation", "newsletter"):
            if reason in found:
                return reason
    if core[:1] == "[" and _READER.search(core) and _PROMO.search(core):
        return "newsletter" if _NEWSLETTER.search(core) else "promotion"
    return None


#: Lines that belong to a donation or bank-details block when they stand next to one.
_BLOCK_LINE = re.compile(
    r"^(?:(?:empfänger(?:in)?|zahlungsempfänger|verwendungszweck|zweck|betreff|stichwort|referenz|adresse|"
    r"anschrift|bank|kreditinstitut|institut|inhaber(?:in)?|recipient|reference|purpose)\s*:.{0,160}|"
    r"für beträge in .{0,40}:|"
    r"(?:per|via|mit|by)\s+(?:paypal|kreditkarte|lastschrift|überweisung|apple pay|google pay|credit card).{0,80}|"
    r"(?:paypal|kreditkarte|lastschrift|apple pay|google pay)\b.{0,80}|"
    r"(?:\d+\s+|vielen\s+|herzlichen\s+|tausend\s+|besten\s+)?dank\b.{0,60}[.!]?|thank you.{0,60})$",
    re.I,
)


def block_line(line: str) -> bool:
    """A line that belongs to a donation or bank-details block when it stands
    next to one ("Empfänger: ...", "Per Kreditkarte, Apple Pay etc.",
    "Herzlichen Dank!"); short appeals ("Auf Sie kommt es an!") as well."""
    core = strip_quote_marker(line)
    if not core or len(core.split()) > 25:
        return False
    if _BLOCK_LINE.match(core):
        return True
    return len(core.split()) <= 8 and core.endswith(("!", ":")) and bool(_READER.search(core))


_BIO_HEADER = re.compile(
    r"^(?:über\s+(?:den|die|das)\s+(?:autor|autorin|autoren|autorinnen|verfasser|verfasserin|gastautor|gastautorin)|"
    r"zu[mr]\s+(?:autor|autorin|person|verfasser|verfasserin)|autor:innen|autor\*innen|autorinnen und autoren|"
    r"die autorin|der autor|die autoren|about the authors?|the author)\s*:?$",
    re.I,
)
_BIO_LINE = re.compile(
    r"^\[?\s*(?:(?:der|die|unser|unsere)\s+(?:gast)?(?:autor|autorin|verfasser|verfasserin)|the author)\s+"
    r"(?:\([^)]{1,40}\)\s+)?(?:ist|war|lebt|arbeitet|arbeitete|schreibt|leitet|lehrt|studierte|forscht|unterrichtet|"
    r"is|was|lives|works|writes|teaches)\b",
    re.I,
)


def author_bio_header(line: str) -> bool:
    """A heading over a note about the author ("Über den Autor:", "Zur Person")."""
    return bool(_BIO_HEADER.match(strip_quote_marker(line)))


def author_bio_line(line: str, after_header: bool = False) -> bool:
    """A note about the author: "Der Autor ist ...", "[Die Autorin lebt in ...]";
    ``after_header``: the lines under a heading, so also a bare name ("ANNA
    MUSTER") and sentences about a person ("Sie lehrt an ...", "Geboren 1970")."""
    core = strip_quote_marker(line)
    words = core.split()
    if not words or len(words) > 70:
        return False
    if _BIO_LINE.match(core):
        return True
    if not after_header:
        return False
    if len(words) <= 4 and all(w[:1].isupper() for w in words) and not core.endswith((".", "!", "?")):
        return True  # the author's name
    return bool(re.match(
        r"^(?:er|sie|geboren|jahrgang|he|she|born)\b|^(?:\S+\s+){1,3}(?:\(\d{2}\)\s+)?"
        r"(?:ist|war|lebt|arbeitet|arbeitete|schreibt|leitet|lehrt|studierte|forscht|is|was|lives|works|writes)\b",
        core, re.I,
    ))


@dataclass(frozen=True)
class Furniture:
    reason: str
    value: str | None = None  # e.g. the outlet named in a forwarded-from line


def strip_quote_marker(line: str) -> str:
    """Drop leading '>' markers that scraping leaves from blockquote markup."""
    return _QUOTE_MARKER.sub("", line).strip()


def forwarded_source(line: str) -> tuple[str, str] | None:
    """``(source, prefix)`` if the line (or its tail) says it was forwarded from somewhere."""
    if len(line.split()) > 40:
        return None
    m = _FORWARDED.search(line)
    if not m:
        return None
    src = (m.group("src") or m.group("src2") or m.group("src3") or "").strip().rstrip(".")
    if not src or len(src.split()) > 8:
        return None
    return src, line[: m.start()].rstrip()


def classify_line(line: str) -> Furniture | None:
    """The furniture reason of a whole line, or None when it may be article text."""
    core = strip_quote_marker(line)
    if not core:
        return Furniture("empty-markup") if line.strip() else None
    words = core.split()
    if len(words) > MAX_FURNITURE_WORDS:
        appeal = appeal_reason(core) if len(words) <= MAX_APPEAL_WORDS else None
        return Furniture(appeal) if appeal else None
    for reason, pattern in _PATTERNS:
        if pattern.match(core):
            return Furniture(reason)
    fwd = forwarded_source(core)
    if fwd and not fwd[1]:
        return Furniture("forwarded-from", fwd[0])
    appeal = appeal_reason(core)
    if appeal:
        return Furniture(appeal)
    if author_bio_header(core):
        return Furniture("author-bio")
    return None
