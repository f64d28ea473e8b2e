"""Analyst outputs built on :mod:`defcoop.db.queries`: exports, summaries, plots, report."""
