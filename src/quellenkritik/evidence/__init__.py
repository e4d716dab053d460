"""The evidence stage: quantities, dates, quotations and attributions, entities, claims.

Each part is a subpackage with a ``components`` module that registers its
pipeline components (see quellenkritik.pipeline).
"""
