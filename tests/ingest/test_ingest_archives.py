"""ZIP and tar archives: members read in memory as files; a bad member is reported and skipped.

Every archive here is built in the test from invented articles (made-up towns and outlets).
"""

from __future__ import annotations

import io
import json
import random
import tarfile
import zipfile

import pytest

from quellenkritik.document import Document
from quellenkritik.errors import DecodeError, InputError, UnsupportedInputError
from quellenkritik.ingest import ColumnMap, from_path, iter_inputs
from quellenkritik.ingest import archives
from quellenkritik.ingest.archives import unsafe_member_name

TEXT = "Die Gemeinde Beispielhausen eröffnet eine neue Bibliothek, teilte der Bürgermeister mit."
HTML = "<!doctype html><html><head><title>Hafen</title></head><body><p>Der Hafen von Musterstadt wächst.</p></body></html>"
JSONL = json.dumps({"text": "Erste Meldung aus Teststadt.", "title": "Meldung"}, ensure_ascii=False) + "\n{kaputt\n"


def _zip(path, members: dict[str, bytes | str]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _tar(path_or_buffer, members: dict[str, bytes], mode: str = "w:gz") -> None:
    kwargs = {"fileobj": path_or_buffer} if isinstance(path_or_buffer, io.BytesIO) else {"name": path_or_buffer}
    with tarfile.open(mode=mode, **kwargs) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


def _where(item: Document | InputError) -> str:
    return item.location if isinstance(item, InputError) else item.source.location  # type: ignore[return-value]


def _read(path, settings, **kw):
    return list(iter_inputs([str(path)], settings=settings, **kw))


def test_zip_members_are_read_as_files_and_a_broken_one_is_skipped(tmp_path, settings):
    path = tmp_path / "sammlung.zip"
    _zip(path, {
        "texte/bibliothek.txt": TEXT,
        "texte/hafen.html": HTML,
        "meldungen.jsonl": JSONL,
        "texte/kaputt.txt": b"\x00\x01\x02\x03" * 64,  # binary: one error
        "bilder/logo.png": b"\x89PNG\r\n\x1a\n",  # not an article name: skipped, as in a directory
        "__MACOSX/texte/._bibliothek.txt": b"\x00\x05\x16\x07",  # macOS metadata: skipped
        "texte/.versteckt.txt": "versteckt",  # hidden: skipped
    })
    items = _read(path, settings)
    assert [_where(i) for i in items] == [
        f"{path}!texte/bibliothek.txt", f"{path}!texte/hafen.html", f"{path}!meldungen.jsonl:1",
        f"{path}!meldungen.jsonl:2", f"{path}!texte/kaputt.txt",
    ]
    txt, html, line, bad_line, binary = items
    assert txt.source.kind == "file" and txt.runtime["raw"] == TEXT and txt.runtime["raw_format"] == "text"
    assert html.runtime["raw_format"] == "html" and "Musterstadt" in html.runtime["raw"]
    assert line.source.kind == "jsonl" and line.runtime["hints"] == {"title": "Meldung"}
    assert isinstance(bad_line, DecodeError) and "invalid JSON" in bad_line.reason
    assert isinstance(binary, UnsupportedInputError) and "binary" in binary.reason


def test_tar_formats(tmp_path, settings):
    for mode, name in (("w", "a.tar"), ("w:gz", "a.tar.gz"), ("w:gz", "a.tgz"), ("w:bz2", "a.tar.bz2"),
                       ("w:xz", "a.tar.xz")):
        path = tmp_path / name
        _tar(path, {"artikel/eins.txt": TEXT.encode("cp1252"), "artikel/zwei.htm": HTML.encode()}, mode)
        first, second = _read(path, settings)
        assert first.source.location == f"{path}!artikel/eins.txt", name
        assert first.runtime["raw"] == TEXT and first.source.encoding == "cp1252"
        assert second.runtime["raw_format"] == "html"


def test_path_traversal_names_are_refused_and_nothing_is_written(tmp_path, settings, monkeypatch):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    zpath = tmp_path / "boese.zip"
    _zip(zpath, {"../../entkommen.txt": "Text, der nach außen will.", "ok.txt": TEXT,
                 "..\\..\\windows.txt": "rückwärts", "C:/absolut.txt": "Laufwerk"})
    tpath = tmp_path / "boese.tar.gz"
    _tar(tpath, {"/tmp/absolut.txt": b"absolut", "x/../../hoch.txt": b"hoch", "gut.txt": TEXT.encode()})
    items = _read(zpath, settings) + _read(tpath, settings)
    refused = [i for i in items if isinstance(i, InputError)]
    assert [i.location for i in refused] == [
        f"{zpath}!../../entkommen.txt", f"{zpath}!..\\..\\windows.txt", f"{zpath}!C:/absolut.txt",
        f"{tpath}!/tmp/absolut.txt", f"{tpath}!x/../../hoch.txt",
    ]
    assert all("points outside the archive" in i.reason for i in refused)
    assert [i.source.location for i in items if isinstance(i, Document)] == [f"{zpath}!ok.txt", f"{tpath}!gut.txt"]
    assert not (tmp_path / "entkommen.txt").exists() and not (tmp_path / "hoch.txt").exists()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["boese.tar.gz", "boese.zip"]


def test_unsafe_member_name():
    assert unsafe_member_name("a/b/c.txt") is None
    assert unsafe_member_name("a/..b/c.txt") is None  # ".." only as a whole part
    assert unsafe_member_name("../c.txt") == "'..' in the path"
    assert unsafe_member_name("/etc/c.txt") == "an absolute path"
    assert unsafe_member_name("d:\\c.txt") == "an absolute path"


def test_a_member_over_the_size_limit_is_refused(tmp_path, settings, monkeypatch):
    monkeypatch.setattr(archives, "MAX_DECOMPRESSED_BYTES", 500)
    zpath = tmp_path / "gross.zip"
    _zip(zpath, {"gross.txt": "Wort " * 200, "klein.txt": TEXT})
    tpath = tmp_path / "gross.tar"
    _tar(tpath, {"gross.txt": b"Wort " * 200, "klein.txt": TEXT.encode()}, "w")
    for path in (zpath, tpath):
        big, small = _read(path, settings)
        assert isinstance(big, UnsupportedInputError) and big.location == f"{path}!gross.txt"
        assert "1,000 bytes unpacked, over the limit of 500 bytes" in big.reason
        assert isinstance(small, Document)


def test_nested_archives_are_read_one_level_deep(tmp_path, settings):
    inner = io.BytesIO()
    _tar(inner, {"innen.txt": TEXT.encode()})
    innermost = io.BytesIO()
    with zipfile.ZipFile(innermost, "w") as zf:
        zf.writestr("ganz-innen.txt", TEXT)
    middle = io.BytesIO()
    with zipfile.ZipFile(middle, "w") as zf:
        zf.writestr("tief.zip", innermost.getvalue())
    path = tmp_path / "aussen.zip"
    _zip(path, {"innen.tar.gz": inner.getvalue(), "mitte.zip": middle.getvalue()})
    doc, refused = _read(path, settings)
    assert doc.source.location == f"{path}!innen.tar.gz!innen.txt" and doc.runtime["raw"] == TEXT
    assert isinstance(refused, UnsupportedInputError) and refused.location == f"{path}!mitte.zip!tief.zip"
    assert "nested 2 levels deep" in refused.reason


def test_broken_archives_do_not_stop_the_batch(tmp_path, settings):
    good = tmp_path / "gut.txt"
    good.write_text(TEXT, encoding="utf-8")
    broken_zip = tmp_path / "kaputt.zip"
    _zip(broken_zip, {"a.txt": TEXT})
    broken_zip.write_bytes(broken_zip.read_bytes()[:40])
    rng = random.Random(13)  # letters that do not compress, so the cut falls inside the second member
    noise = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(40_000)).encode()
    buf = io.BytesIO()
    _tar(buf, {"eins.txt": TEXT.encode(), "zwei.txt": noise})
    truncated = tmp_path / "abgebrochen.tar.gz"
    truncated.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    items = list(iter_inputs([str(broken_zip), str(truncated), str(good)], settings=settings))
    assert [type(i).__name__ for i in items] == ["DecodeError", "Document", "DecodeError", "Document"]
    assert items[0].location == str(broken_zip) and "broken ZIP archive" in items[0].reason
    assert items[1].source.location == f"{truncated}!eins.txt"
    assert items[2].location == f"{truncated}!zwei.txt" and "broken member" in items[2].reason
    assert items[3].source.location == str(good)


def test_corrupt_member_data_is_one_error(tmp_path, settings):
    path = tmp_path / "crc.zip"
    _zip(path, {"a.txt": TEXT, "b.txt": "Noch ein Artikel aus Teststadt. " * 20})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("b.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5] ^= 0xFF  # damage the compressed data of b.txt
    path.write_bytes(bytes(data))
    first, second = _read(path, settings)
    assert isinstance(first, Document)
    assert isinstance(second, InputError) and second.location == f"{path}!b.txt"
    assert "broken member" in second.reason


def test_links_and_empty_archives(tmp_path, settings):
    path = tmp_path / "links.tar"
    with tarfile.open(path, "w") as tf:
        info = tarfile.TarInfo("passwort.txt")
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(info)
    [err] = _read(path, settings)
    assert err.location == f"{path}!passwort.txt" and "links in archives are not followed" in err.reason
    empty = tmp_path / "bilder.zip"
    _zip(empty, {"a.png": b"\x89PNG\r\n\x1a\n"})
    [err] = _read(empty, settings)
    assert err.location == str(empty) and "no article files" in err.reason


def test_tables_in_archives_and_archives_in_directories(tmp_path, settings):
    d = tmp_path / "eingang"
    d.mkdir()
    _zip(d / "tabellen.zip", {"korpus.csv": f"headline;text\nBibliothek;{TEXT}\n", "ohne-kopf.tsv": f"{TEXT}\tT\n"})
    _tar(d / "alt.tgz", {"a.txt": TEXT.encode()})
    (d / "notiz.txt").write_text(TEXT, encoding="utf-8")
    items = list(iter_inputs([str(d)], settings=settings))
    assert [_where(i) for i in items] == [
        f"{d / 'alt.tgz'}!a.txt", f"{d / 'notiz.txt'}", f"{d / 'tabellen.zip'}!korpus.csv:row 2",
        f"{d / 'tabellen.zip'}!ohne-kopf.tsv",
    ]
    assert items[2].runtime["hints"] == {"title": "Bibliothek"}
    assert "--text-column" in items[3].reason
    with_columns = list(iter_inputs([str(d / "tabellen.zip")], settings=settings, columns=ColumnMap(text="2")))
    assert [_where(i) for i in with_columns] == [
        f"{d / 'tabellen.zip'}!korpus.csv:row 2", f"{d / 'tabellen.zip'}!ohne-kopf.tsv:row 1"]


def test_from_path_reads_an_archive_of_one_article(tmp_path, settings):
    path = tmp_path / "einer.zip"
    _zip(path, {"nur.txt": TEXT})
    assert from_path(path, settings=settings).source.location == f"{path}!nur.txt"
    _zip(path, {"a.txt": TEXT, "b.txt": TEXT})
    with pytest.raises(UnsupportedInputError, match="several articles"):
        from_path(path, settings=settings)
