"""The knowledge base of actors: states, alliances, agencies, companies, systems, people, titles.

Facts are data (tab-separated files in ``defcoop/kb/data`` plus the user's own
files); this package reads and validates them::

    kb = load_knowledge_base(settings.lexicons)
    kb.get("state:JPN").aliases, kb.members("QUAD"), kb.is_code("NATO")
"""

from __future__ import annotations

from defcoop.kb.loader import build_knowledge_base, load_knowledge_base
from defcoop.kb.model import Entity, FalseFriend, KnowledgeBase, slugify

__all__ = ["Entity", "FalseFriend", "KnowledgeBase", "build_knowledge_base", "load_knowledge_base", "slugify"]
