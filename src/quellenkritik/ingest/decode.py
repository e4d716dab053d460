"""Bytes to text: byte-order mark, strict UTF-8, declared charset, then detection.

The order, and why:

1. A byte-order mark (UTF-8, UTF-16, UTF-32) is unambiguous.
2. Binary input (PDF, images, NUL bytes, many control characters) is refused.
3. Strict UTF-8: text that decodes as UTF-8 almost never is anything else.
   Mostly-UTF-8 text with a few stray bytes is kept as UTF-8 with those
   bytes replaced (the encoding says so), not re-read as Windows-1252
   (a Windows-1252 text has no valid multi-byte sequences to speak of).
4. A declared charset: the HTTP ``Content-Type`` charset, then for HTML a
   ``<meta charset>``/``http-equiv`` or XML declaration. ISO-8859-1 and ASCII
   are read as Windows-1252, as browsers do (WHATWG Encoding Standard).
5. Detection: Windows-1252, the usual legacy encodings of German, English and
   Russian/Ukrainian sources, and charset-normalizer's guesses are each
   scored with charset-normalizer's mess detector; the least messy wins, near
   ties (within 0.05) going to the earlier candidate. charset-normalizer alone misreads short
   German text (``"Schöne Grüße"`` comes out as Urdu cp1006), hence the prior.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError, EmptyDocumentError
from .sniff import check_binary

__all__ = ["decode_bytes", "charset_from_content_type", "declared_html_charset", "normalise_charset"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Legacy encodings tried in this order (the order breaks ties).
PRIOR_ENCODINGS = ("cp1252", "cp1251", "cp1250", "koi8_r", "koi8_u", "cp1253", "iso8859_15")

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)

# Above this mess ratio no candidate is plausible text.
_MAX_MESS = 0.5
# A declared charset is trusted unless its text is this messy.
_DECLARED_MAX_MESS = 0.2
_SAMPLE_CHARS = 65_536
_MESS_SAMPLE = 20_000
_TIE = 0.05
# Fewer non-ASCII letters than this are too little evidence against Windows-1252.
_MIN_EVIDENCE = 3

try:  # charset-normalizer's mess detector; internal, so guarded
    from charset_normalizer.md import mess_ratio as _cn_mess_ratio
except ImportError:  # pragma: no cover - only with a changed charset-normalizer
    _cn_mess_ratio = None


def _mess(text: str) -> float:
    sample = text[:_MESS_SAMPLE]
    if _cn_mess_ratio is not None:
        return float(_cn_mess_ratio(sample, 1.0))
    # Fallback: the share of characters that are neither ASCII nor letters.
    odd = sum(1 for c in sample if ord(c) > 0x7F and not c.isalpha())
    return odd / max(1, len(sample))


def normalise_charset(name: str | None) -> str | None:
    """The Python codec name for a declared charset, or None if unknown or unusable.

    ISO-8859-1, Latin-1 and ASCII map to Windows-1252 (a superset, and what
    such declarations mean in practice). UTF-16/32 declared inside an
    ASCII-compatible document are meaningless and ignored.
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):  # an unknown name, or one with a NUL in it
        return None
    if codec in ("iso8859-1", "latin-1", "ascii", "us-ascii"):
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        return None
    return codec


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a ``Content-Type`` header value, as given."""
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return m.group(1) if m else None


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB, as given."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes replaced, when the rest is clearly UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if 0 < bad <= max(3, len(text) // 1000) and good >= 5 * bad:
        return text
    return None


def _guesses(data: bytes, exclude: set[str]) -> list[str]:
    """charset-normalizer's top guesses (best effort: none when it fails)."""
    try:
        from charset_normalizer import from_bytes

        found = [m.encoding for m in list(from_bytes(data[:_SAMPLE_CHARS]))[:5]]
    except Exception:  # noqa: BLE001 - detection is best effort; the priors remain
        return []
    return [e for e in found if e not in exclude and not e.startswith(("utf_16", "utf_32"))]


def _score(data: bytes, encodings: list[str], scored: list[tuple[str, str, float]]) -> bool:
    """Append ``(text, encoding, mess)`` for each encoding that decodes; True once one is spotless."""
    for enc in encodings:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((text, enc, _mess(text)))
        if scored[-1][2] == 0.0:
            return True
    return False


def _detect(data: bytes) -> tuple[str, str, float] | None:
    """The least messy decoding among the prior encodings and charset-normalizer's."""
    scored: list[tuple[str, str, float]] = []
    spotless = _score(data, list(PRIOR_ENCODINGS), scored)
    if scored and scored[0][1] == PRIOR_ENCODINGS[0] and scored[0][2] <= _TIE:
        return scored[0]  # no later candidate can beat it by more than the tie margin
    if not spotless:  # charset-normalizer (slow) only when no prior reads cleanly
        _score(data, _guesses(data, set(PRIOR_ENCODINGS)), scored)
    if not scored:
        return None
    least = min(score for _, _, score in scored)
    # The first candidate close to the least messy one: the priors win near-ties
    # ("— costs €5m" is a little messy in cp1252 and not at all in cp775).
    winner = next(c for c in scored if c[2] <= least + _TIE)
    western = scored[0] if scored[0][1] == PRIOR_ENCODINGS[0] else None
    if western is not None and winner is not western and western[2] <= _MAX_MESS:
        # Too few non-ASCII letters to tell scripts apart ("„Zitat“ – 20 €" is
        # as clean in cp1251, with "Ђ" for "€"): Windows-1252 decides.
        if sum(1 for c in winner[0] if ord(c) > 0x7F and c.isalpha()) < _MIN_EVIDENCE:
            return western
    return winner


def decode_bytes(
    data: bytes,
    *,
    location: str | None = None,
    html: bool = False,
    declared: str | None = None,
) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``.

    ``declared`` is a charset from outside the bytes (an HTTP header); with
    ``html=True`` a charset declared in the document is used too. Raises
    :class:`EmptyDocumentError` for empty or whitespace-only input,
    :class:`~quellenkritik.errors.UnsupportedInputError` for binary data and
    :class:`DecodeError` when no encoding gives plausible text.
    """
    if not data.strip():
        raise EmptyDocumentError("empty input", location)
    text: str | None = None
    encoding = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {codec} text after its byte-order mark: {exc.reason}", location) from exc
            break
    if text is None:
        check_binary(data, location)
        text, encoding = _decode_unmarked(data, location=location, html=html, declared=declared)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise EmptyDocumentError("empty input", location)
    return text, encoding


def _decode_unmarked(data: bytes, *, location: str | None, html: bool, declared: str | None) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        replaced = mostly.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
        return mostly, f"utf-8 ({replaced} invalid byte{'s' if replaced != 1 else ''} replaced)"
    declarations = [declared]
    if html:
        declarations.append(declared_html_charset(data))
    for name in declarations:
        codec = normalise_charset(name)
        if codec is None or codec == "utf-8":
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _mess(text) <= _DECLARED_MAX_MESS:
            return text, codec
    best = _detect(data)
    if best is None or best[2] > _MAX_MESS:
        guess = f" (best guess {best[1]})" if best else ""
        raise DecodeError(f"cannot decode: not UTF-8 and no plausible encoding found{guess}", location)
    return best[0], best[1]
