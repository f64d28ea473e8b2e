"""analyst views: event_view, dyad_view, document_view, partner_view

Readable SQL views for Datasette, spreadsheets and ad-hoc SQL: one row per
stored event with its codes, areas, systems and evidence as text; dyad-year
counts; documents without their full text; and every actor with its activity.
Events are counted per stored document here (the exports merge the outlets
of a story); ``stories`` columns count each story once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 14:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VIEWS = ("event_view", "dyad_view", "document_view", "partner_view")


def _agg(expression: str, table: str, where: str, distinct: bool = True, sep: str = ", ") -> str:
    """A correlated subquery that joins ``expression`` of ``table`` rows into one text cell."""
    if op.get_bind().dialect.name == "postgresql":
        inner = f"string_agg({'DISTINCT ' if distinct else ''}{expression}, '{sep}' ORDER BY {expression})"
        return f"(SELECT {inner} FROM {table} WHERE {where})"
    source = f"(SELECT {'DISTINCT ' if distinct else ''}{expression} AS v FROM {table} WHERE {where} ORDER BY 1)"
    return f"(SELECT group_concat(v, '{sep}') FROM {source})"


def _year(expression: str) -> str:
    return f"substr({expression}, 1, 4)"


def upgrade() -> None:
    """Create the views."""
    where = "{t}.event_id = e.id"
    op.execute(f"""
        CREATE VIEW event_view AS
        SELECT e.id AS event_id,
               COALESCE(e.date, d.published) AS date,
               e.date AS event_date,
               e.type AS type,
               e.stage AS stage,
               {_agg("p.code", "event_parties p", where.format(t="p"))} AS codes,
               {_agg("p.name", "event_parties p", where.format(t="p"))} AS parties,
               CASE WHEN e.direction_from IS NOT NULL
                    THEN e.direction_from || ' -> ' || e.direction_to END AS direction,
               {_agg("a.area", "event_areas a", where.format(t="a"))} AS areas,
               {_agg("s.name", "event_systems s", where.format(t="s"))} AS systems,
               {_agg("v.text", "evidence v", where.format(t="v"), distinct=False, sep=" / ")} AS evidence,
               e.confidence AS confidence,
               e.cameo AS cameo,
               d.title AS title,
               d.site AS site,
               COALESCE(d.url, d.source) AS source,
               d.story_id AS story_id,
               e.doc_id AS doc_id
        FROM events e JOIN documents d ON d.doc_id = e.doc_id
    """)
    op.execute(f"""
        CREATE VIEW dyad_view AS
        SELECT pa.code AS code_a,
               pb.code AS code_b,
               {_year("COALESCE(e.date, d.published)")} AS year,
               e.type AS type,
               COUNT(DISTINCT e.id) AS events,
               COUNT(DISTINCT d.story_id) AS stories,
               COUNT(DISTINCT e.doc_id) AS documents,
               MIN(COALESCE(e.date, d.published)) AS first_date,
               MAX(COALESCE(e.date, d.published)) AS last_date
        FROM events e
        JOIN documents d ON d.doc_id = e.doc_id
        JOIN event_parties pa ON pa.event_id = e.id
        JOIN event_parties pb ON pb.event_id = e.id AND pa.code < pb.code
        GROUP BY pa.code, pb.code, {_year("COALESCE(e.date, d.published)")}, e.type
    """)
    op.execute("""
        CREATE VIEW document_view AS
        SELECT d.doc_id AS doc_id,
               d.published AS published,
               d.title AS title,
               d.site AS site,
               COALESCE(d.url, d.source) AS source,
               d.story_id AS story_id,
               d.duplicate_of AS duplicate_of,
               d.language AS language,
               (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.doc_id) AS events,
               LENGTH(d.text) AS characters
        FROM documents d
    """)
    op.execute("""
        CREATE VIEW partner_view AS
        SELECT p.code AS code,
               MIN(p.kind) AS kind,
               COUNT(DISTINCT e.id) AS events,
               COUNT(DISTINCT d.story_id) AS stories,
               MIN(COALESCE(e.date, d.published)) AS first_date,
               MAX(COALESCE(e.date, d.published)) AS last_date
        FROM event_parties p
        JOIN events e ON e.id = p.event_id
        JOIN documents d ON d.doc_id = e.doc_id
        GROUP BY p.code
    """)


def downgrade() -> None:
    """Drop the views."""
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
