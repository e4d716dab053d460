"""The literal prefilters of the rhetoric patterns: what they require, and that they never
skip a pattern that matches (a skipped match would be a lost finding)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quellenkritik.rhetoric import perspective, translation
from quellenkritik.rhetoric.techniques.detect import _tables
from quellenkritik.rhetoric.triggers import Prefilter, automaton, collapse, present, requirements, satisfied
from tests.conftest import SHARED, need_shared

_V = r"(?:freiheit|würde|heimat)"


def test_a_pattern_repeating_a_group_needs_that_many_occurrences():
    reqs = requirements(rf"{_V},\s+{_V}\s+und\s+{_V}")
    assert reqs == ((("freiheit", "würde", "heimat"), 3),)  # ", " is too short, " und " too common
    words = ("freiheit", "würde", "heimat")
    for low, ok in (("freiheit und würde", False), ("freiheit, würde und heimat", True),
                    ("freiheit, freiheit und freiheit", True)):
        assert satisfied(reqs, present(low, words), low) is ok


def test_every_required_part_is_a_requirement_and_optional_parts_are_not():
    reqs = requirements(r"nach\s+dem\s+(?:letzten\s+)?strohhalm")
    assert {g for g, _ in reqs} == {("nach dem ",), ("strohhalm",)}
    assert reqs[0][0] == ("nach dem ",)  # the longer, more selective string is tested first
    two = requirements(r"(?:namhafte|viele)\s+(?:experten|forscher)\w*")
    assert {g for g, _ in two} == {("namhafte", "viele"), ("experten", "forscher")}
    assert not satisfied(two, {"viele"}, "viele leute")  # the single best trigger alone would run the regex


def test_a_pattern_without_literals_has_no_requirement_and_always_runs():
    assert requirements(r"\w+\s+\w+") == ()
    assert satisfied((), set(), "")
    assert Prefilter([(), requirements("strohhalm")]).candidates("ein satz") == [0]


def test_the_automaton_finds_what_a_test_per_string_finds():
    words = ("sehr", "sehr, sehr", "öl ins feuer", "wasser")
    low = collapse("Das ist  Öl ins\nFeuer, sehr, sehr teuer.")
    assert present(low, words, automaton(words)) == present(low, words) == {"sehr", "sehr, sehr", "öl ins feuer"}


def test_the_prefilter_keeps_table_order_and_checks_every_requirement():
    table = [requirements(p) for p in (r"nach\s+dem\s+strohhalm", r"strohhalm", r"(?:viele|namhafte)\s+experten")]
    f = Prefilter(table)
    assert f.candidates(collapse("Nach dem Strohhalm greifen")) == [0, 1]
    assert f.candidates("viele leute, keine experten") == [2]  # both strings present: the regex decides
    assert f.candidates("viele leute") == []


def _tables_in_use() -> list[tuple[re.Pattern[str], tuple]]:
    out = [(rx, reqs) for lang in ("de", "en") for rx, _, reqs in _tables(lang).phrases]
    out += [(rx, reqs) for rx, _, reqs in perspective._compiled()]
    for table in (translation.FORMULAS, translation.CALQUES):
        out += [(rx, requirements(rx.pattern)) for rx, _, _ in table]
    return out


def _sound_on(text: str, patterns: list[tuple[re.Pattern[str], tuple]]) -> list[str]:
    low = collapse(text)
    runs = set(Prefilter([reqs for _, reqs in patterns]).candidates(low))
    return [rx.pattern[:80] for k, (rx, _) in enumerate(patterns) if k not in runs and rx.search(text)]


def test_no_pattern_that_matches_a_real_article_is_skipped():
    patterns = _tables_in_use()
    need_shared(SHARED / "examples")
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "examples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "data/qk-dev-gold/articles").glob("*.txt"))]
    # invented sentences that hit patterns of several kinds
    texts += ["Freiheit, Würde und Heimat: namhafte Experten sagen, wir sind nicht das Volk, sondern die Elite.",
              "Erst kommen sie für die einen, dann für die anderen und bald für uns. Am 17. November Ortszeit."]
    broken = [b for t in texts for b in _sound_on(t, patterns)]
    assert broken == []


_PATTERNS = _tables_in_use()
_VOCAB = sorted({x.strip() for _, reqs in _PATTERNS for g, _ in reqs for x in g for x in x.split()} - {""})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from([" ", "  ", "\n", ", ", " - "]),
                          st.booleans()), min_size=1, max_size=14))
def test_no_pattern_that_matches_words_of_the_lexicons_is_skipped(parts):
    text = "".join((w.capitalize() if cap else w) + sep for w, sep, cap in parts)
    assert _sound_on(text, _PATTERNS) == []
