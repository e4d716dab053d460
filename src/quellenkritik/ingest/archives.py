"""ZIP and tar archives: each member read in memory as if it were a file.

An archive (by its name: ``.zip``, ``.tar``, ``.tar.gz``/``.tgz``,
``.tar.bz2``/``.tbz2``, ``.tar.xz``/``.txz``) is opened with the standard
library's :mod:`zipfile` or :mod:`tarfile`, and every member whose name a
directory walk would pick up (an article suffix, not hidden, not under
``__MACOSX``) goes through :func:`~quellenkritik.ingest.files.iter_data`
with the location ``ARCHIVE!path/in/archive``. Nothing is ever extracted
to disk.

A member that cannot be read is one InputError at its location and the
archive goes on: a name that points outside the archive (absolute, a drive
letter, or ``..``), a link, more than
:data:`~quellenkritik.ingest.files.MAX_DECOMPRESSED_BYTES` unpacked, an
encrypted or broken member. An archive inside an archive is read too, one
level deep; a third level is refused. A tar stream that breaks off ends the
archive with one error after the members read so far.
"""

from __future__ import annotations

import io
import re
import tarfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterator

from ..document import Document
from ..errors import DecodeError, InputError, UnsupportedInputError
from .fetch import Resolver, Transport
from .files import ARTICLE_SUFFIXES, MAX_DECOMPRESSED_BYTES, gunzip, inner_suffix, is_article_name, iter_data
from .sniff import archive_format, is_gzip
from .tables import ColumnMap

__all__ = ["iter_archive", "unsafe_member_name", "MAX_ARCHIVE_DEPTH"]

#: Archives inside an archive are read this many levels deep (the outer archive is level 0).
MAX_ARCHIVE_DEPTH = 1

_DRIVE = re.compile(r"^[A-Za-z]:")

# One member as the loop below sees it: its name, "file", "dir", "link" or
# "other", its unpacked size (None when unknown) and a function that reads it.
_Member = tuple[str, str, "int | None", Callable[[], bytes]]

try:  # the xz and bz2 modules are optional in some Python builds
    from lzma import LZMAError as _LZMAError
except ImportError:  # pragma: no cover
    _LZMAError = OSError  # type: ignore[misc,assignment]

_STREAM_ERRORS = (tarfile.TarError, EOFError, zlib.error, _LZMAError, OSError)


def unsafe_member_name(name: str) -> str | None:
    """Why an archive member's name points outside the archive, or None when it does not.

    Archives are read in memory and nothing is written, but such a name marks
    a hostile or broken archive, so the member is refused, not read.
    """
    if "\x00" in name:
        return "a NUL byte in the name"
    slashed = name.replace("\\", "/")
    if slashed.startswith("/") or _DRIVE.match(slashed):
        return "an absolute path"
    if ".." in slashed.split("/"):
        return "'..' in the path"
    return None


def _wanted(name: str) -> bool:
    """A member a directory walk would pick up: an article name, no hidden part, not macOS metadata."""
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    if not parts or any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    return is_article_name(parts[-1])


def _too_large(size: int | None) -> str | None:
    if size is not None and size > MAX_DECOMPRESSED_BYTES:
        return f"{size:,} bytes unpacked, over the limit of {MAX_DECOMPRESSED_BYTES:,} bytes: not read"
    return None


# ---- ZIP ---------------------------------------------------------------------------


def _zip_kind(info: zipfile.ZipInfo) -> str:
    if info.is_dir():
        return "dir"
    mode = (info.external_attr >> 16) & 0o170000  # Unix file type, when a Unix tool made the archive
    if mode == 0o120000:
        return "link"
    if mode not in (0, 0o100000):
        return "other"
    return "file"


def _zip_reader(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> Callable[[], bytes]:
    def read() -> bytes:
        if info.flag_bits & 0x1:
            raise UnsupportedInputError("encrypted member: not read (no password)", where)
        try:
            with zf.open(info) as fh:
                data = fh.read(MAX_DECOMPRESSED_BYTES + 1)  # the size in the header may lie
        except NotImplementedError as exc:
            raise UnsupportedInputError(f"compression not supported: {exc}", where) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, _LZMAError, OSError) as exc:
            raise DecodeError(f"broken member: {exc}", where) from exc
        if len(data) > MAX_DECOMPRESSED_BYTES:
            raise UnsupportedInputError(_too_large(len(data)) or "too large", where)
        return data

    return read


def _zip_members(source: Path | bytes, location: str) -> Iterator[_Member]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise DecodeError(f"broken ZIP archive: {exc}", location) from exc
    with zf:
        for info in zf.infolist():
            where = f"{location}!{info.filename}"
            yield info.filename, _zip_kind(info), info.file_size, _zip_reader(zf, info, where)


# ---- tar ---------------------------------------------------------------------------


def _tar_kind(member: tarfile.TarInfo) -> str:
    if member.isdir():
        return "dir"
    if member.issym() or member.islnk():
        return "link"
    return "file" if member.isfile() else "other"


def _tar_members(source: Path | bytes, location: str) -> Iterator[_Member]:
    # Stream mode ("r|*"): members in order, each read once, gzip/bzip2/xz unpacked on the way.
    try:
        if isinstance(source, bytes):
            tf = tarfile.open(fileobj=io.BytesIO(source), mode="r|*")
        else:
            tf = tarfile.open(source, mode="r|*")
    except _STREAM_ERRORS as exc:
        raise DecodeError(f"broken tar archive: {exc}", location) from exc
    read_so_far = 0
    broken: list[str] = []  # set when a member's data breaks off: the stream cannot go on after it
    with tf:
        members = iter(tf)
        while not broken:
            try:
                member = next(members)
            except StopIteration:
                return
            except _STREAM_ERRORS as exc:
                raise DecodeError(
                    f"broken tar archive after {read_so_far} member(s): {exc}; the rest could not be read", location
                ) from exc
            read_so_far += 1

            def read(member: tarfile.TarInfo = member) -> bytes:
                where = f"{location}!{member.name}"
                fh = tf.extractfile(member)
                if fh is None:
                    raise UnsupportedInputError("not a regular file", where)
                try:
                    return fh.read()
                except _STREAM_ERRORS as exc:
                    broken.append(member.name)
                    raise DecodeError(f"broken member: {exc}; the archive breaks off here, nothing after it "
                                      "could be read", where) from exc

            yield member.name, _tar_kind(member), member.size, read


# ---- both --------------------------------------------------------------------------


def iter_archive(
    source: Path | bytes,
    *,
    location: str,
    settings: Any,
    transport: Transport | None = None,
    resolver: Resolver | None = None,
    columns: ColumnMap | None = None,
    depth: int = 0,
) -> Iterator[Document | InputError]:
    """The documents of an archive's members (location ``LOCATION!MEMBER``) and an
    InputError for each member that cannot be read.

    ``source`` is the archive's path, or its bytes (an archive inside an
    archive, ``depth`` 1). The format comes from the name at the end of
    ``location``. An archive that cannot be opened raises DecodeError; one
    without article members yields one UnsupportedInputError.
    """
    name = location.rsplit("!", 1)[-1]
    fmt = archive_format(name)
    if fmt is None:
        raise UnsupportedInputError("not a .zip, .tar, .tar.gz, .tgz, .tar.bz2 or .tar.xz archive", location)
    members = _zip_members(source, location) if fmt == "zip" else _tar_members(source, location)
    yielded = 0
    for member_name, kind, size, read in members:
        where = f"{location}!{member_name}"
        unsafe = unsafe_member_name(member_name)
        if unsafe:
            yielded += 1
            yield UnsupportedInputError(f"member name points outside the archive ({unsafe}): not read", where)
            continue
        if kind == "dir" or not _wanted(member_name):
            continue
        for item in _member_items(member_name, kind, size, read, where=where, settings=settings, transport=transport,
                                  resolver=resolver, columns=columns, depth=depth):
            yielded += 1
            yield item
    if not yielded:
        kinds = " ".join(sorted(ARTICLE_SUFFIXES))
        yield UnsupportedInputError(f"no article files ({kinds}) in archive", location)


def _member_items(
    name: str,
    kind: str,
    size: int | None,
    read: Callable[[], bytes],
    *,
    where: str,
    settings: Any,
    transport: Transport | None,
    resolver: Resolver | None,
    columns: ColumnMap | None,
    depth: int,
) -> Iterator[Document | InputError]:
    """One member's documents, or its one error."""
    try:
        if kind == "link":
            raise UnsupportedInputError("a link: links in archives are not followed", where)
        if kind != "file":
            raise UnsupportedInputError("not a regular file", where)
        too_large = _too_large(size)
        if too_large:
            raise UnsupportedInputError(too_large, where)
        if archive_format(name):
            if depth >= MAX_ARCHIVE_DEPTH:
                raise UnsupportedInputError(
                    f"an archive nested {depth + 1} levels deep: not read (archives are read {MAX_ARCHIVE_DEPTH} "
                    "level deep inside another; unpack it first)", where)
            yield from iter_archive(read(), location=where, settings=settings, transport=transport,
                                    resolver=resolver, columns=columns, depth=depth + 1)
            return
        data = read()
        if is_gzip(data):
            data = gunzip(data, where)
        yield from iter_data(data, suffix=inner_suffix(PurePosixPath(name.replace("\\", "/"))), location=where,
                             settings=settings, transport=transport, resolver=resolver, columns=columns)
    except InputError as exc:
        if exc.location is None:
            exc.location = where
        yield exc
    except Exception as exc:  # noqa: BLE001 - one bad member must not end the archive
        yield InputError(f"unexpected error: {type(exc).__name__}: {exc}", where)
