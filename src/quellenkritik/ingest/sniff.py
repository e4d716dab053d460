"""Cheap sniffing of inputs: HTML or text, feed or not, binary or not.

Everything here looks at the first kilobytes only, so it stays fast on large
inputs and never raises on odd bytes.
"""

from __future__ import annotations

import re

from ..errors import UnsupportedInputError

__all__ = [
    "looks_like_html",
    "looks_like_feed",
    "check_binary",
    "binary_reason",
    "is_gzip",
    "archive_format",
    "ARCHIVE_NAME_ENDINGS",
    "SNIFF_BYTES",
]

#: How much of the input the sniffers look at.
SNIFF_BYTES = 1024

_STRONG_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]")
_LEADING_TAG = re.compile(
    r"<(?:!--|article|p|div|section|main|header|h[1-6]|meta|title|span|table|ul|ol|"
    r"blockquote|figure|br|a|em|strong|b|i)[\s>/]"
)
_ANY_TAG = re.compile(
    r"</?(?:p|div|article|section|main|br|h[1-6]|span|a|li|ul|ol|blockquote|figure|"
    r"em|strong|b|i|time|header|footer|nav)(?:\s[^<>]*)?/?>"
)
_XML_PROLOGUE = re.compile(r"^(?:\s*<\?xml[^>]*\?>|\s*<!--.*?-->|\s*<\?xml-stylesheet[^>]*\?>)*", re.S)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")

# Magic numbers of common binary formats: (prefix, name).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE/Office document"),
    (b"\x7fELF", "executable"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"OggS", "Ogg media"),
    (b"wOFF", "font"),
    (b"wOF2", "font"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

# Control bytes that do not occur in text (tab, LF, VT, FF, CR and ESC excluded).
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20)) | {0x7F}
_CONTROL_SHARE = 0.05


def looks_like_html(s: str) -> bool:
    """True when the start of ``s`` (about 1 KB) looks like an HTML document or fragment.

    A doctype, ``<html>``, ``<head>`` or ``<body>`` decides at once; otherwise
    the text must start with a common tag, or carry at least three tags.
    Prose that mentions one ``<p>`` stays text.
    """
    head = s[:SNIFF_BYTES].lstrip("\ufeff \t\r\n").lower()
    if not head or "<" not in head:
        return False
    if _STRONG_HTML.search(head):
        return True
    if _LEADING_TAG.match(head):
        return True
    return len(_ANY_TAG.findall(head)) >= 3


def _sniff_text(data: bytes, n: int = 2048) -> str:
    head = data[:n]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("latin-1")


def looks_like_feed(data: bytes | str) -> bool:
    """True when the input starts like an RSS 2.0/0.9x, RSS 1.0 (RDF) or Atom feed."""
    head = data[:2048] if isinstance(data, str) else _sniff_text(data)
    head = head.lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower()
    head = _XML_PROLOGUE.sub("", head, count=1).lstrip()
    if _STRONG_HTML.search(head[:200]):
        return False
    return bool(_FEED_ROOT.match(head))


def is_gzip(data: bytes) -> bool:
    """True for bytes that start with the gzip magic number."""
    return data[:2] == b"\x1f\x8b"


#: Name endings read as archives, by format (compared lower-case).
ARCHIVE_NAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "zip": (".zip",),
    "tar": (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz"),
}


def archive_format(name: str) -> str | None:
    """``"zip"`` or ``"tar"`` when the file name says it is such an archive, else None.

    By name only: a ``.docx`` is a ZIP file too, but not an archive of articles.
    """
    lower = name.lower()
    for fmt, endings in ARCHIVE_NAME_ENDINGS.items():
        if lower.endswith(endings):
            return fmt
    return None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is a binary file (``"PDF"``, ``"NUL bytes"``, ...) or None for text.

    Callers handle byte-order marks first: UTF-16 and UTF-32 text holds NULs.
    """
    head = data[:8192]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if b"\x00" in head:
        return "NUL bytes"
    if head:
        controls = sum(1 for b in head if b in _CONTROL)
        if controls / len(head) > _CONTROL_SHARE:
            return f"{controls / len(head):.0%} control characters"
    return None


def check_binary(data: bytes, location: str | None = None) -> None:
    """Raise UnsupportedInputError("binary file (...)") for binary ``data``."""
    reason = binary_reason(data)
    if reason:
        raise UnsupportedInputError(f"binary file ({reason})", location)
