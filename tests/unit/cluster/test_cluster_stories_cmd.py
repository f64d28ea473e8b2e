"""``defcoop stories``: stories read back from a database, filtered and rendered."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from tests.factories import make_processed

from defcoop.cli.stories_cmd import load_stories, stories
from defcoop.records import ClusterDecision
from defcoop.stages.store import Store


def build_db(path: Path) -> str:
    url = f"sqlite:///{path}"
    store = Store(url)
    first = make_processed("Egypt will buy Rafale jets from France, officials in Cairo said.")
    second = make_processed("France is to sell Rafale fighters to Egypt, the ministry in Paris said.")
    other = make_processed("Japan and India held naval talks in Tokyo.", codes=("IND", "JPN"), etype="DIALOGUE")
    first.document.site, second.document.site = "one.example", "two.example"
    first.cluster = ClusterDecision(None, "sA", b"")
    second.cluster = ClusterDecision(None, "sA", b"")
    other.cluster = ClusterDecision(None, "sB", b"")
    store.write_batch([first, second, other])
    store.close()
    return url


def test_load_stories_groups_documents_and_merges_events(tmp_path: Path) -> None:
    url = build_db(tmp_path / "s.db")
    store = Store(url)
    with store.session() as session:
        views = load_stories(session)
        assert [v.story_id for v in views] == ["sA", "sB"]
        story = views[0]
        assert story.outlets == ["one.example", "two.example"]
        assert len(story.events) == 1
        assert len(story.events[0].doc_ids) == 2
        assert story.events[0].confidence > 0.8
        assert [v.story_id for v in load_stories(session, code="JPN")] == ["sB"]
        assert [v.story_id for v in load_stories(session, min_documents=2)] == ["sA"]
    store.close()


def test_stories_command_prints_a_tree(tmp_path: Path) -> None:
    url = build_db(tmp_path / "s.db")
    result = CliRunner().invoke(stories, ["--db", url, "--code", "egy"])
    assert result.exit_code == 0, result.output
    assert "1 story" in result.output
    assert "sA" in result.output
    assert "ARMS_TRANSFER AGREED EGY-FRA" in result.output
    assert "reported by 2" in result.output
    assert "sB" not in result.output


def test_documents_without_a_site_are_named_by_url_host_or_file_and_count_apart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'o.db'}"
    store = Store(url)
    texts = ("Chile will buy Leopard tanks from Germany, the army in Santiago said.",
             "Germany is to deliver Leopard tanks to Chile, the ministry in Berlin said.",
             "Chile and Germany closed a deal on Leopard tanks on Monday.")
    docs = [make_processed(text, codes=("CHL", "DEU")) for text in texts]
    docs[0].document.url = "https://www.andes-post.example/defense/leopard"
    for item in docs:
        item.cluster = ClusterDecision(None, "sC", b"")
    store.write_batch(docs)
    store.close()
    result = CliRunner().invoke(stories, ["--db", url])
    assert result.exit_code == 0, result.output
    names = sorted(["andes-post.example", docs[1].document.source, docs[2].document.source])
    assert f"3 document(s), 3 outlet(s): {', '.join(names)}" in result.output
    assert "?" not in result.output
    assert "reported by 3" in result.output


def test_stories_take_the_filters_of_every_reading_command(tmp_path: Path) -> None:
    url = build_db(tmp_path / "s.db")

    def shown(*args: str) -> list[str]:
        result = CliRunner().invoke(stories, ["--db", url, *args])
        assert result.exit_code == 0, result.output
        return [story for story in ("sA", "sB") if story in result.output]

    assert shown("--type", "dialogue") == ["sB"]
    assert shown("--code", "EGY", "--partner", "FRA", "--area", "FIGHTER_AIRCRAFT") == ["sA"]
    assert shown("--until", "2021-05-03") == [] and shown("--since", "2021-05") == ["sA", "sB"]
    assert shown("--min-confidence", "0.9") == []
    bad = CliRunner().invoke(stories, ["--db", url, "--since", "2021-13"])
    assert bad.exit_code == 2 and "is not a date" in bad.output
