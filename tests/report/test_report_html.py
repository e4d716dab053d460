"""The HTML page: flat highlighted segments, balanced markup, escaping, CSP."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from quellenkritik.report import csp_policy, render

VOID = {"meta", "br", "input", "img", "link", "hr", "wbr"}


class Page(HTMLParser):
    """Checks that tags are balanced and collects the highlighted segments."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.segments: list[dict] = []  # {"attrs", "text", "children"}
        self._open_segment: dict | None = None
        self.scripts: list[dict] = []
        self.metas: list[dict] = []
        self.article_text: list[str] = []
        self._in_article = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.metas.append(attrs)
        if tag == "script":
            self.scripts.append(attrs)
        if tag in VOID:
            if self._open_segment is not None:
                self._open_segment["children"].append(tag)
            return
        if self._open_segment is not None:
            self.errors.append(f"<{tag}> nested inside a segment")
        self.stack.append(tag)
        if tag == "article":
            self._in_article += 1
        if "data-layers" in attrs:
            self._open_segment = {"attrs": attrs, "text": "", "children": [], "depth": len(self.stack)}
            self.segments.append(self._open_segment)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self._open_segment is not None and self._open_segment["depth"] == len(self.stack):
            self._open_segment = None
        if tag == "article":
            self._in_article -= 1
        self.stack.pop()

    def handle_data(self, data):
        if self._open_segment is not None:
            self._open_segment["text"] += data
        if self._in_article:
            self.article_text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def in_layer(page: Page, layer: str) -> list[dict]:
    return [s for s in page.segments if layer in s["attrs"]["data-layers"].split()]


def test_markup_is_balanced(report_doc):
    page = parse(render(report_doc, "html"))
    assert page.errors == []
    assert page.stack == []
    assert page.segments


def test_each_entity_is_its_own_segments(report_doc):
    page = parse(render(report_doc, "html"))
    segments = in_layer(page, "entities")
    texts = [s["text"] for s in segments]
    # "Anna Keller" and both "Neustadt" are one segment each; "werden das" lies inside the
    # quote and a sentence boundary does not cut it: one segment too
    assert sorted(texts) == sorted(["Neustadt", "Neustadt", "Anna Keller", "werden das"])


def test_overlap_quote_with_entity_is_flat(report_doc):
    page = parse(render(report_doc, "html"))
    quote = in_layer(page, "quotes")
    assert "".join(s["text"] for s in quote) == "„Wir werden das nicht hinnehmen“"
    assert [s["text"] for s in quote] == ["„Wir ", "werden das", " nicht hinnehmen“"]
    middle = quote[1]["attrs"]
    assert set(middle["data-layers"].split()) >= {"quotes", "entities", "sentences", "paragraphs"}
    # the tooltip names both spans, with label and attrs
    assert "quotes: direct" in middle["title"] and "speaker=Anna Keller" in middle["title"]
    assert "entities: MISC" in middle["title"] and "note=inside a quote" in middle["title"]
    # a span crossing several segments is named by all of them, for hover
    ids = [set(s["attrs"]["data-spans"].split()) for s in quote]
    assert set.intersection(*ids)


def test_every_character_shown_once(report_doc):
    page = parse(render(report_doc, "html"))
    shown = "".join(page.article_text)
    expected = re.sub(r"\s+", "", report_doc.text)
    assert re.sub(r"\s+", "", shown) == expected


def test_paragraphs_and_line_breaks(report_doc):
    html = render(report_doc, "html")
    article = html.split('<article id="qk-text"', 1)[1].split("</article>", 1)[0]
    assert article.count("<p>") == 4
    assert article.count("<br>") == 1  # the single newline in the third paragraph


def test_article_script_is_escaped(report_doc):
    html = render(report_doc, "html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "<img" not in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>lehnt" not in html and "&lt;b&gt;lehnt&lt;/b&gt;" in html
    # attrs in tooltips are escaped too (quotes cannot close the attribute)
    assert 'onerror="alert(3)"' not in html
    page = parse(html)
    assert any('<img src=x onerror="alert(3)">' in s["attrs"]["title"] for s in page.segments)
    # the only script is the report's own, carrying the nonce
    assert len(page.scripts) == 1 and page.scripts[0].get("nonce")


def test_csp_meta_with_fresh_nonce(report_doc):
    first, second = render(report_doc, "html"), render(report_doc, "html")
    page = parse(first)
    csp = [m for m in page.metas if m.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(csp) == 1
    policy = csp[0]["content"]
    nonce = page.scripts[0]["nonce"]
    assert policy == csp_policy(nonce)
    assert "default-src 'none'" in policy and f"script-src 'nonce-{nonce}'" in policy
    assert "style-src 'unsafe-inline'" in policy and "img-src data:" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert parse(second).scripts[0]["nonce"] != nonce
    # the policy comes before anything else in <head>
    assert first.index("Content-Security-Policy") < first.index("<style>") < first.index("<script")


def test_self_contained(report_doc):
    html = render(report_doc, "html")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "@import" not in html and "url(" not in html


def test_toggles_default_on_except_structure(report_doc):
    html = render(report_doc, "html")
    boxes = re.findall(r'<label class="layer[^"]*" title="([^"]*)">\s*<input type="checkbox" data-toggle="(L\d+)"([^>]*)>', html)
    state = {title.split(":")[0]: ("checked" in rest) for title, _, rest in boxes}
    assert state["sentences"] is False and state["paragraphs"] is False
    for name in ("entities", "quotes", "repeats", "quantities", "dates", "findings", "framing"):
        assert state[name] is True, name
    article_classes = re.search(r'<article id="qk-text" class="([^"]*)"', html).group(1).split()
    assert len([c for c in article_classes if c.startswith("on-")]) == 7


def test_lists_of_findings_repeats_and_furniture(report_doc):
    html = render(report_doc, "html")
    lists = html.split('<section class="lists">', 1)[1]
    assert "unattributed-number" in lists
    assert "passage repeated at ¶1 (0–90) and ¶3" in lists
    assert "Auf X teilen" in lists and "share-button" in lists


def test_zero_length_span_is_a_marker(build_report_doc):
    doc = build_report_doc(text="Ein Satz ohne Quelle. Noch einer.", title="Marker")
    doc.add("findings", 9, 9, label="gap", by="test")
    page = parse(render(doc, "html"))
    marks = in_layer(page, "findings")
    assert len(marks) == 1 and marks[0]["text"] == "" and "mark" in marks[0]["attrs"]["class"].split()


def test_layer_names_cannot_inject_css_or_markup(build_report_doc):
    doc = build_report_doc(text="Ein kurzer Text aus Altdorf.", title="Namen")
    doc.add('x"><script>alert(5)</script>', 0, 3, label="odd", by="test")
    html = render(doc, "html")
    assert "<script>alert(5)" not in html
    assert parse(html).errors == []


def test_finding_points_at_all_its_spans(build_report_doc):
    teaser = "Die Brücke bleibt gesperrt."
    text = f"{teaser}\n\nDazwischen steht etwas anderes.\n\n{teaser}"
    doc = build_report_doc(text=text, title="Brücke")
    second = text.rindex(teaser)
    doc.add("findings", 0, len(teaser), label="repeated-passage", by="test",
            spans=[[0, len(teaser)], [second, second + len(teaser)]], explanation="zweimal derselbe Satz")
    page = parse(render(doc, "html"))
    marked = in_layer(page, "findings")
    assert "".join(s["text"] for s in marked) == teaser * 2
    ids = {s["attrs"]["data-spans"] for s in marked}
    assert len(ids) == 1  # one finding: hovering one place lights up both
    assert all(s["attrs"]["title"].count("repeated-passage") == 1 for s in marked)
    assert "explanation=zweimal derselbe Satz" in marked[0]["attrs"]["title"]


def test_whole_document_findings_are_listed_not_highlighted_and_unattributed_is_off_by_default():
    import re

    from quellenkritik.document import Document, Source
    from quellenkritik.report import render

    text = ("Ein erfundener Satz über die Stadt, der lang genug ist. " * 6).strip()
    doc = Document(source=Source(kind="text", location="<t>"), text=text)
    doc.add("findings", 0, len(text), "sourcing-profile", by="speech", sentences=6)
    doc.add("unattributed", 0, 55, "UNATTRIBUTED", by="speech")
    page = render(doc, "html")
    assert "sourcing-profile" in page  # still listed among the findings
    highlighted = re.findall(r'data-layers="([^"]*)"', page)
    assert highlighted and all("findings" not in layers for layers in highlighted)
    boxes = dict(re.findall(r'<input type="checkbox" data-toggle="L\d+"( checked)?>\s*<span[^>]*></span>\s*'
                            r'<span class="name">(\w+)</span>', page)[i][::-1] for i in range(2))
    assert boxes == {"findings": " checked", "unattributed": ""}


def _details(html: str, cls: str) -> str:
    return html.split(f'<details open class="section {cls}">', 1)[1].split("</details>", 1)[0]


def _cells(row: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]


def test_sourcing_section_and_summary(sections_doc):
    html = render(sections_doc, "html")
    assert parse(html).errors == []
    header = html.split("</header>", 1)[0]
    assert ("<strong>Sourcing:</strong> 3 of 7 sentences (43 %) state facts without attribution; "
            "1 anonymous source; sources by type: official 3; by state: RU 1, UA 1") in header
    section = _details(html, "sourcing")
    assert "<li>1 anonymous source</li>" in section
    rows = re.findall(r"<tr data-target=\"(L\d+-\d)\"[^>]*>(.*?)</tr>", section)
    assert [_cells(row) for _, row in rows][2] == ["¶1 (157–168)", "Ein Beamter", "official · anonymous"]
    # each row jumps to its span of the sources layer, highlighted in the text
    page = parse(html)
    for target, _ in rows:
        marked = "".join(s["text"] for s in page.segments if target in s["attrs"]["data-spans"].split())
        assert marked in ("dem Kreml", "Die Regierung in Kiew", "Ein Beamter")


def test_entities_table_groups_mentions(sections_doc):
    html = render(sections_doc, "html")
    section = _details(html, "entities")
    assert "7 mentions" in section
    rows = re.findall(r"<tr( data-target=\"[^\"]*\")?[^>]*>(.*?)</tr>", section)[1:]
    assert [_cells(row)[:4] for _, row in rows] == [
        ["Vladimir Putin qk:per:vladimir-putin", "PER", "2", "Wladimir Putin, Putin"],
        ["Olga Beispiel", "PER", "1", "Olga Beispiel"],
        ["Kremlin qk:org:kremlin", "ORG", "1", "Kreml"],
        ["Moscow qk:loc:moscow", "LOC", "2", "Moskau ×2"],
        ["Kyiv qk:loc:kyiv", "LOC", "1", "Kiew"],
    ]
    # the Putin row names both mentions' spans, which are highlighted in the text
    targets = rows[0][0].split('"')[1].split()
    assert len(targets) == 2
    page = parse(html)
    marked = {s["text"] for s in page.segments if set(targets) & set(s["attrs"]["data-spans"].split())}
    assert marked == {"Wladimir Putin", "Putin"}


def test_claims_table_by_score(sections_doc, build_sections_doc):
    html = render(sections_doc, "html")
    section = _details(html, "claims")
    rows = re.findall(r"<tr data-target=\"([^\"]*)\"[^>]*>(.*?)</tr>", section)
    cells = [_cells(row) for _, row in rows]
    assert [c[0] for c in cells] == ["0.90", "0.70", "0.40"]
    assert cells[1][2:] == ["reported speech", "attributed to dem Kreml (qk:org:kremlin)"]
    assert cells[0][3] == "unattributed" and 'class="unattributed"' in rows[0][1]
    # the attributed claim's row also points at its attribution span
    assert len(rows[1][0].split()) == 2 and len(rows[0][0].split()) == 1
    assert 'class="section claims"' not in render(build_sections_doc(claims=False), "html")


def test_sections_escape_record_values(build_sections_doc):
    doc = build_sections_doc()
    doc.layers["entities"][0].attrs["canonical"] = '<script>alert(7)</script>'
    doc.layers["entities"][0].attrs["id"] = '"><img src=x onerror=alert(8)>'
    doc.layers["claims"][0].attrs["reasons"] = ["<b>fett</b>"]
    doc.layers["sources"][0].attrs["source_type"] = "<i>typ</i>"
    html = render(doc, "html")
    page = parse(html)
    assert page.errors == [] and len(page.scripts) == 1
    assert "<script>alert(7)" not in html and "&lt;script&gt;alert(7)&lt;/script&gt;" in html
    assert "<img" not in html and "<b>fett" not in html and "<i>typ" not in html
