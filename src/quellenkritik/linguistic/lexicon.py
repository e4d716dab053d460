"""Closed word lists the sentence splitter decides with, per language.

A token that ends in a period but is an ordinal ("24.", "2020.") or an
abbreviation ("Mio.", "usw.") ends a sentence only when what follows looks
like a sentence start. These lists say what does:

* ``STARTERS``: capitalised closed-class words (articles, pronouns,
  conjunctions, prepositions, sentence adverbs) that begin sentences and
  hardly ever follow an ordinal or an abbreviation inside one. Nouns are
  left out on purpose: German capitalises every noun ("5,27 Mio. Euro").
* ``MONTHS``: month names and their abbreviations ("am 3. Oktober").
* ``NEVER_FINAL``: abbreviations that always have more of their sentence
  after them (titles before a name, "ca.", "bzw.", "Nr.").
* ``ORDINAL_GOVERNORS``: words before a number that make it an ordinal
  ("am 1000. Tag", "zum 2000. Mal") rather than a year at a sentence end.

All comparisons are on the token text as written (case matters for
``STARTERS`` and ``MONTHS``), except ``ORDINAL_GOVERNORS`` (lowercased).
"""

from __future__ import annotations

__all__ = ["STARTERS", "MONTHS", "NEVER_FINAL", "ORDINAL_GOVERNORS", "EXTRA_ABBREVIATIONS"]

_DE_STARTERS = """
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Keinen
Er Sie Es Wir Ich Ihr Du Man Dies Diese Dieser Dieses Diesen Jene Jener Jenes
Sein Seine Seinen Seinem Seiner Ihre Ihren Ihrem Ihrer Unser Unsere Mein Meine
Dass Damit Dann Danach Dabei Dadurch Daher Darum Deshalb Deswegen Dafür Dagegen
Doch Aber Und Oder Denn Sondern Auch Allerdings Jedoch Trotzdem Außerdem Zudem
Zwar Nun Jetzt Heute Gestern Hier Dort Da So Somit Also Insgesamt Schließlich
Zunächst Bereits Schon Noch Nur Immer Nie Niemand Alle Viele Einige Mehrere
Was Wer Wie Wo Warum Wann Wieso Weshalb Welche Welcher Welches Wenn Weil Als
Ob Obwohl Nachdem Bevor Während Seit Seitdem Bis Laut Nach Vor Mit Ohne Für
Gegen Auf Aus Bei Durch In Im Ins Am An Um Unter Über Von Vom Zu Zum Zur
Neben Zwischen Trotz Wegen Angesichts Hinzu Ebenso Gleichzeitig Inzwischen
Mittlerweile Derzeit Demnach Dennoch Stattdessen Vielmehr Andererseits Einerseits
Zuvor Später Anschließend Erst Etwa Rund Mehr Weniger Nicht Ja Nein
"""

_EN_STARTERS = """
The A An This That These Those There Here It He She They We I You His Her Its
Their Our My Your But And Or So Yet Then Now However Meanwhile Still Also
In On At For With After Before When While If As Since Although Though Because
What Who Why How Where Which No Not Some Many Most All Each Every Both Such
"""

STARTERS: dict[str, frozenset[str]] = {
    "de": frozenset(_DE_STARTERS.split()),
    "en": frozenset(_EN_STARTERS.split()),
}

MONTHS: dict[str, frozenset[str]] = {
    "de": frozenset(
        """Januar Jänner Februar Feber März April Mai Juni Juli August September
        Oktober November Dezember Jan. Feb. Febr. Mär. Mrz. Apr. Jun. Jul. Aug.
        Sep. Sept. Okt. Nov. Dez.""".split()
    ),
    "en": frozenset(
        """January February March April May June July August September October
        November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct.
        Nov. Dec.""".split()
    ),
}

NEVER_FINAL: dict[str, frozenset[str]] = {
    "de": frozenset(
        """Dr. Prof. Hr. Hrn. Fr. Frl. Mr. Mrs. Ms. Dipl. Dipl.-Ing. Ing. Nr. St.
        Abs. Art. Bd. Vol. Tel. Abb. Kap. Ziff. ca. bzw. vgl. sog. inkl. incl.
        evtl. ggf. ggfs. bspw. z.B. z.b. d.h. lt. gem. max. min. mind. geb. gegr.
        stellv. ehem. engl. frz. lat. röm. kath. ev. Jh. Jhd. insb. bzgl. abzgl.
        zzgl. ggü. s.o. o.g. a.D. i.d.R. u.U. v.a. z.T. z.Z. z.Zt. Hg. Hrsg.
        hrsg. v.l.n.r. vs.""".split()
    ),
    "en": frozenset(
        """Mr. Mrs. Ms. Dr. Prof. St. Mt. Gen. Gov. Sen. Rep. Rev. Adm. Messrs.
        e.g. i.e. E.g. I.e. vs. v.s. No.""".split()
    ),
}

ORDINAL_GOVERNORS: dict[str, frozenset[str]] = {
    "de": frozenset(
        """am im zum vom beim zur der die das dem den des ein eine einem einer
        eines sein seine seinem seinen ihr ihre ihrem ihren ab bis zum""".split()
    ),
    "en": frozenset(),
}

#: Abbreviations spaCy's blank tokenizers split ("Febr" + ".") that are added
#: to the cached tokenizers as special cases, so they stay one token. Only
#: forms that are never ordinary words (not "Lkw.", which ends sentences).
EXTRA_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "de": tuple("Febr. med. Anm. Jhdt. Verf. Jg. Vors. Präs. Kap. Ziff..".split()),
    "en": (),
}
