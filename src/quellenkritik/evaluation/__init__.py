"""Whole-record evaluation against articles annotated by the qk-dev-gold guide.

``qk eval articles --gold DIR`` (see :mod:`.articles`); the matching rules
are in :mod:`.score`, reading and checking the annotations in :mod:`.gold`.
"""

from __future__ import annotations

from .articles import evaluate_articles, summarise
from .gold import GoldArticle, load_gold
from .score import ArticleScore, score_article

__all__ = ["evaluate_articles", "summarise", "load_gold", "GoldArticle", "score_article", "ArticleScore"]
