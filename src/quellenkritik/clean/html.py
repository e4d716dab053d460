"""Clean an HTML page: trafilatura finds the main text and metadata.

Before extraction, blocks that the page's markup names as a newsletter
sign-up, a donation box or a note about the author (``class``/``id`` such as
"newsletter", "spenden", "donate", "author-bio") are taken out of the page
and recorded in ``removed`` with that reason, so they are itemised whether or
not trafilatura would have dropped them. trafilatura then removes navigation,
comments and other boilerplate; the plain-text rules of :mod:`.scraped` run
over its output, so that share buttons, donation and bank-account blocks or a
"weitergeleitet von" line that survive extraction are still moved out, and a
headline repeated as the first line of the text is recorded as removed.
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura

from ..document import Removed
from ..errors import EmptyDocumentError
from .scraped import Cleaned, clean_text

__all__ = ["clean_html", "extract_main_text", "strip_marked_blocks"]

#: ``class``/``id`` words that mark a block of page furniture, and its reason.
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("author-bio", re.compile(
        r"author[-_]?(?:bio|box|info|description)|about[-_]?(?:the[-_]?)?author|"
        r"autor(?:en)?[-_]?(?:box|bio|info|kasten)|\bautorenbox\b"
    )),
    ("newsletter", re.compile(r"newsletter|subscribe[-_]?(?:box|form|widget)|signup[-_]?(?:box|form)")),
    ("donation", re.compile(r"donat(?:e|ion)|spende|support[-_]?us|paypal|patreon|steady[-_]?(?:hq|box)")),
)
#: A note about the author has sentences; shorter marked blocks are bylines (kept for the metadata).
_MIN_BIO_WORDS = 8
#: What a marked donation or newsletter block says, in its text.
_SAYS = {
    "donation": re.compile(r"spend|spende|donat|unterstütz|support|iban|paypal|beitrag|journalismus|förder", re.I),
    "newsletter": re.compile(r"newsletter|abonn|anmeld|e-mail|email|subscribe|verpass|posteingang|informiert", re.I),
}
#: Elements whose text is code, never furniture text.
_CODE_TAGS = frozenset(("script", "style", "noscript", "template", "svg"))
#: Cheap pre-check on the raw page: without one of these, no block is marked.
_MARK_WORDS = re.compile(r"newsletter|subscribe|signup|donat|spende|support|paypal|patreon|steady|author|autor", re.I)
#: Elements that are never taken out as a whole.
_KEEP_TAGS = frozenset(("html", "head", "body", "article", "main"))
#: A marked block holds at most this many words, and at most this share of the page's words.
_MAX_BLOCK_WORDS = 150
_MAX_BLOCK_SHARE = 0.4
_WS = re.compile(r"\s+")


def _text(el: Any) -> str:
    """The element's text without script and style content, on one line."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node.tag, str) and node.tag in _CODE_TAGS:
            return
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return _WS.sub(" ", " ".join(parts)).strip()


def strip_marked_blocks(html: str) -> tuple[str, list[tuple[str, str]]]:
    """(the page without its marked furniture blocks, [(text, reason)] of each).

    A block is an element whose ``class`` or ``id`` names a newsletter
    sign-up, a donation box or a note about the author, with some text, at
    most ``_MAX_BLOCK_WORDS`` words and ``_MAX_BLOCK_SHARE`` of the page, and
    no ``article``/``main`` inside; the outermost such element is taken. The
    page comes back unchanged when nothing is marked or it does not parse.
    """
    if not _MARK_WORDS.search(html):
        return html, []
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - an unparsable page: trafilatura gets it as it is
        return html, []
    total = len(tree.text_content().split()) or 1
    chosen: list[tuple[Any, str, str]] = []
    picked: set[Any] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS or el.tag in _CODE_TAGS:
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if not marks.strip():
            continue
        reason = next((r for r, rx in _MARKS if rx.search(marks)), None)
        if reason is None or any(a in picked for a in el.iterancestors()):
            continue
        text = _text(el)
        words = len(text.split())
        if not words or words > _MAX_BLOCK_WORDS or words > _MAX_BLOCK_SHARE * total:
            continue
        if reason == "author-bio" and words < _MIN_BIO_WORDS:
            continue
        if reason in _SAYS and not _SAYS[reason].search(text):
            continue  # the markup says one thing, the text another (a menu, a pop-up): trafilatura decides
        if el.find(".//article") is not None or el.find(".//main") is not None:
            continue
        picked.add(el)
        chosen.append((el, reason, text))
    if not chosen:
        return html, []
    for el, _, _ in chosen:
        el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode"), [(text, reason) for _, reason, text in chosen]


def extract_main_text(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """(main text, metadata) of a page; both empty when trafilatura finds nothing."""
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if result is None:
        return "", {}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta: dict[str, Any] = {}
    if data.get("title"):
        meta["title"] = data["title"]
    if data.get("author"):
        meta["authors"] = [a.strip() for a in str(data["author"]).split(";") if a.strip()]
    if data.get("sitename"):
        meta["outlet"] = data["sitename"]
    if data.get("date"):
        meta["published"] = str(data["date"])[:10]
    if data.get("url"):
        meta["url"] = data["url"]
    if data.get("description"):
        meta["description"] = data["description"]
    categories = data.get("categories") or []
    if categories:
        meta["section"] = categories[0]
    return data.get("text") or "", meta


def clean_html(html: str, hints: dict[str, Any] | None = None, *, location: str | None = None, by: str = "clean") -> Cleaned:
    hints = dict(hints or {})
    page: str | None = html
    text, meta = extract_main_text(html, url=hints.get("url"))
    if not text.strip() and "<body" not in html[:5000].lower():
        # A fragment (a feed item's content, a JSONL "html" field): trafilatura
        # wants a page, so give it one; if that fails too, take the tag-free text.
        page = f"<html><body><article>{html}</article></body></html>"
        text, meta = extract_main_text(page, url=hints.get("url"))
        if not text.strip():
            text, page = trafilatura.html2txt(html) or "", None
    marked: list[tuple[str, str]] = []
    if page is not None and text.strip():
        stripped, marked = strip_marked_blocks(page)
        if marked:
            # the text without the marked blocks; the metadata stays the whole
            # page's (a byline or a date inside an author box still counts there)
            rest = extract_main_text(stripped, url=hints.get("url"))[0]
            if rest.strip():
                text = rest
            else:
                marked = []
    if not text.strip():
        raise EmptyDocumentError("no article text found in the HTML page", location)
    meta.update({k: v for k, v in hints.items() if v not in (None, "", [])})
    # Title known from the page: do not guess another one from the text.
    cleaned = clean_text(text, meta, find_title="title" not in meta, by=by)
    # the blocks marked in the page come first (their place in the text is unknown)
    cleaned.removed[:0] = [Removed(text=t, reason=r, by=by) for t, r in marked]
    return cleaned
