"""defcoop: turn defense and security news into an evidence-backed knowledge base
of international defense cooperation.

The library is usable without the CLI::

    from defcoop.pipeline import Pipeline
    from defcoop.config import load_settings

    pipeline = Pipeline.from_settings(load_settings())
    result = pipeline.process_text("India and Japan held a joint naval exercise on Tuesday.")
"""

__version__ = "0.1.0"
