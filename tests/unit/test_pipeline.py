"""The composition of the stages: user files routed by header, non-English skipped."""

from __future__ import annotations

from pathlib import Path

from defcoop.config import load_settings
from defcoop.outputs.jsonl import outlet_of
from defcoop.pipeline import Pipeline

ARTICLE = (
    "Kenya and Ethiopia sign defence pact\n"
    "Join the Horn Herald Club for exclusive briefings\n"
    "Kenya and Ethiopia signed a defence cooperation agreement in Nairobi on Monday, officials said.\n"
)


def test_user_boilerplate_file_is_used_by_the_clean_stage(tmp_path: Path) -> None:
    plain = Pipeline.from_settings(load_settings(env={})).process_text(ARTICLE)
    assert "Horn Herald Club" in plain.document.text
    rules = tmp_path / "my_site.tsv"
    rules.write_text("# holds: furniture of the Horn Herald site\n# sources: my own reading\n"
                     "# table: boilerplate\nrule\tmatch\tpattern\nsubscription\tprefix\tJoin the Horn Herald Club\n",
                     encoding="utf-8")
    pipeline = Pipeline.from_settings(load_settings({"lexicons": [str(rules)]}, env={}))
    cleaned = pipeline.process_text(ARTICLE)
    assert "Horn Herald Club" not in cleaned.document.text
    assert any("Horn Herald Club" in line for line in cleaned.document.removed)
    assert any(e.type == "AGREEMENT" and e.codes == ["ETH", "KEN"] for e in cleaned.events)


def test_non_english_document_gives_no_event() -> None:
    pipeline = Pipeline.from_settings(load_settings(env={}))
    french = ("Le Kenya et l'Éthiopie ont signé lundi un accord de coopération en matière de défense, "
              "a annoncé le ministère. Les deux pays vont organiser des exercices conjoints l'an prochain.")
    result = pipeline.process_text(french)
    assert result.document.language == "fr" and result.events == []


def test_outlet_of() -> None:
    assert outlet_of("Defense Wire", None) == "defense wire"
    assert outlet_of(None, "https://www.example.org/a/b") == "example.org"
    assert outlet_of(None, None) is None
