"""The offline language detector and the dropping of foreign lines in English pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataFileError
from defcoop.records import RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.cleaning.language import detect_language, is_foreign_line, load_stopwords

ENGLISH = ("Chile and Spain agreed on Monday to build two patrol ships together at a yard in Valparaiso.\n"
           "The ships will be delivered to the navy by 2028, the defence ministry said in a statement.\n"
           "Officials from both countries will meet again in Madrid in the autumn to review the work.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the two countries would expand their cooperation.", "en"),
        ("Le ministre a déclaré que les deux pays vont renforcer leur coopération dans la défense.", "fr"),
        ("Der Minister sagte, dass die beiden Länder ihre Zusammenarbeit ausbauen werden.", "de"),
        ("El ministro dijo que los dos países ampliarán su cooperación en defensa.", "es"),
        ("O ministro disse que os dois países vão ampliar a cooperação na defesa.", "pt"),
        ("Il ministro ha detto che i due paesi amplieranno la cooperazione nella difesa.", "it"),
        ("De minister zei dat de twee landen hun samenwerking op het gebied van defensie uitbreiden.", "nl"),
        ("Bakan, iki ülkenin savunma alanında işbirliğini genişleteceğini söyledi ve bu çok önemli.", "tr"),
        ("Menteri mengatakan bahwa kedua negara akan memperluas kerja sama di bidang pertahanan.", "id"),
        ("Minister powiedział, że oba kraje rozszerzą współpracę w dziedzinie obronności.", "pl"),
        ("Министр заявил, что две страны расширят сотрудничество в области обороны.", "ru"),
        ("Міністр заявив, що дві країни розширять співпрацю у сфері оборони.", "uk"),
        ("قال الوزير إن البلدين سيوسعان التعاون في مجال الدفاع", "ar"),
        ("国防部长表示两国将扩大防务合作", "zh"),
        ("防衛相は両国が防衛協力を拡大すると述べた", "ja"),
        ("국방부 장관은 양국이 방산 협력을 확대할 것이라고 말했다", "ko"),
        ("रक्षा मंत्री ने कहा कि दोनों देश सहयोग बढ़ाएंगे", "hi"),
    ],
)
def test_detects_language(text: str, language: str) -> None:
    assert detect_language(text).language == language


@pytest.mark.parametrize("text", ["", "12345 67", "Rafale", "K2 Black Panther"])
def test_too_little_evidence_is_undetermined(text: str) -> None:
    assert detect_language(text).language == "und"


def test_names_and_headings_are_not_foreign_lines() -> None:
    assert not is_foreign_line("Kosiniak-Kamysz and Ahn Gyu-back")
    assert not is_foreign_line("Nuclear proliferation")
    assert is_foreign_line("Япония и Турция обсудили поставки беспилотников")


def test_foreign_headline_above_english_article_is_skipped_and_counted() -> None:
    headline = "Chile y España construirán dos buques patrulleros"
    doc = clean(RawDocument(source="a", text=headline + "\n" + ENGLISH))
    assert doc.language == "en"
    assert doc.skipped_lines == 1
    assert headline not in doc.text
    assert doc.text.startswith("Chile and Spain agreed")
    assert any("non_english_line" in entry for entry in doc.removed)


def test_cyrillic_line_inside_english_page_is_skipped() -> None:
    line = "Чили и Испания построят два патрульных корабля"
    doc = clean(RawDocument(source="a", text=ENGLISH.replace("\n", "\n" + line + "\n", 1)))
    assert doc.skipped_lines == 1
    assert line not in doc.text


def test_non_english_document_keeps_its_text_and_language() -> None:
    text = ("Le Chili et l'Espagne ont signé lundi un accord pour construire deux patrouilleurs.\n"
            "Les navires seront livrés à la marine en 2028, selon le ministère de la défense.")
    doc = clean(RawDocument(source="a", text=text))
    assert doc.language == "fr"
    assert doc.skipped_lines == 0
    assert "patrouilleurs" in doc.text


def test_stopword_file_must_have_english(tmp_path: Path) -> None:
    path = tmp_path / "sw.tsv"
    path.write_text("# holds: x\n# sources: y\nlanguage\twords\nfr\tle|la\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="English"):
        load_stopwords(path)


def test_stopword_file_rejects_bad_code(tmp_path: Path) -> None:
    path = tmp_path / "sw.tsv"
    path.write_text("# holds: x\n# sources: y\nlanguage\twords\nEnglish\tthe|and\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_stopwords(path)
    assert info.value.line == 4


def test_short_latin_text_without_evidence_counts_as_english() -> None:
    assert clean(RawDocument(source="a", text="Rafale M: India, France seal deal")).language == "en"
    assert clean(RawDocument(source="a", text="12345")).language == "und"
