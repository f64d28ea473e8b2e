"""Helpers of the clean stage: boilerplate rules, HTML extraction, publication
metadata, language detection and content normalization.

:mod:`defcoop.stages.clean` composes them; each module here is usable alone.
"""
