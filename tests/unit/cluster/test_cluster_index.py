"""ClusterIndex: duplicates and stories, incremental and rebuilt from stored fingerprints."""

from __future__ import annotations

from datetime import date

from defcoop.config import Settings
from defcoop.records import Document, Event, Evidence, Party, RawDocument, StoredSummary
from defcoop.stages.clean import clean
from defcoop.stages.cluster import ClusterIndex, story_id_for

WIRE = """Vietnam and South Korea agree on howitzer deal
HANOI, Sept 14 (AFP) - Vietnam will buy 20 K9 Thunder self-propelled howitzers from South Korea's Hanwha \
Aerospace in a deal worth about $250 million, the two governments said on Thursday.
The agreement was signed in Hanoi by Vietnamese Deputy Defence Minister Hoang Xuan Chien and South Korean \
procurement chief Seok Jong-gun, who is on a three-day visit to the country.
Deliveries of the howitzers are expected to start in 2025, and Hanwha will train Vietnamese gun crews at a \
range near Da Nang, according to the statement.
It is the first major arms purchase by Vietnam from South Korea and follows years of talks between the \
two militaries on artillery and ammunition."""

REWRITE = """Seoul clinches first big arms sale to Hanoi
South Korea has sealed its first significant weapons export to Vietnam: twenty K9 Thunder artillery \
systems built by Hanwha Aerospace, for roughly 250 million dollars.
Seok Jong-gun, who heads Seoul's arms procurement agency, put his name to the contract during a trip to \
Hanoi together with Vietnamese deputy minister Hoang Xuan Chien.
Crews from the Vietnamese army will learn to operate the K9 at a training ground close to Da Nang, with the \
first guns arriving in 2025."""

LATER = """Vietnam and South Korea hold naval talks in Seoul
Vietnamese and South Korean navy chiefs met in Seoul on Tuesday to discuss joint search-and-rescue drills \
and port visits, the Vietnamese embassy said.
Admiral Tran Thanh Nghiem and his counterpart agreed that a Vietnamese frigate would call at Busan next \
spring and that officers would attend staff courses at each other's academies."""

OTHER = """Kenya and Britain renew training pact
Kenya and the United Kingdom renewed their defence cooperation agreement in Nairobi on Wednesday, \
extending the training of British troops at a range near Nanyuki for five years."""


def doc(text: str, source: str, published: str | None = None, furniture: str = "") -> Document:
    return clean(RawDocument(source=source, text=furniture + text, published=published))


def event(document: Document, codes: tuple[str, str], etype: str) -> Event:
    return Event(type=etype, stage="AGREED", parties=[Party(c, "state", c) for c in codes],
                 evidence=[Evidence(document.doc_id, 0, 10, document.text[:10])], doc_ids=[document.doc_id])


def ingest(index: ClusterIndex, document: Document, events: list[Event] | None = None) -> tuple[str | None, str]:
    decision = index.assign(document, events or [])
    index.add(document, events or [], decision)
    return decision.duplicate_of, decision.story_id


def test_wire_copy_with_other_furniture_is_a_near_duplicate() -> None:
    index = ClusterIndex(Settings())
    original = doc(WIRE, "site-a.txt")
    copy = doc(WIRE.replace("said on Thursday", "said Thursday") + "\nRead more: Asia news\nExampleTwo.com",
               "site-b.txt", furniture="Home\nWorld\nimg\n")
    assert original.content_hash != copy.content_hash
    _, story = ingest(index, original)
    duplicate_of, copy_story = ingest(index, copy)
    assert duplicate_of == original.doc_id
    assert copy_story == story == story_id_for(original.doc_id)


def test_exact_copy_points_to_the_original() -> None:
    index = ClusterIndex(Settings())
    original = doc(WIRE, "a.txt")
    ingest(index, original)
    decision = index.assign(doc(WIRE, "b.txt"), [])
    assert decision.duplicate_of == original.doc_id


def test_rewrite_by_another_outlet_joins_the_story_without_being_a_duplicate() -> None:
    index = ClusterIndex(Settings())
    _, story = ingest(index, doc(WIRE, "a.txt", "2023-09-14"))
    duplicate_of, rewrite_story = ingest(index, doc(REWRITE, "b.txt", "2023-09-15"))
    assert duplicate_of is None
    assert rewrite_story == story


def test_same_dyad_other_event_months_later_is_a_new_story() -> None:
    index = ClusterIndex(Settings())
    _, story = ingest(index, doc(WIRE, "a.txt", "2023-09-14"))
    _, later_story = ingest(index, doc(LATER, "c.txt", "2024-03-05"))
    assert later_story != story


def test_same_dyad_other_event_without_dates_is_a_new_story() -> None:
    index = ClusterIndex(Settings())
    _, story = ingest(index, doc(WIRE, "a.txt"))
    _, later_story = ingest(index, doc(LATER, "c.txt"))
    assert later_story != story


def test_rewrite_outside_the_story_window_is_a_new_story() -> None:
    index = ClusterIndex(Settings(story_window_days=7))
    _, story = ingest(index, doc(WIRE, "a.txt", "2023-09-14"))
    _, rewrite_story = ingest(index, doc(REWRITE, "b.txt", "2023-10-30"))
    assert rewrite_story != story


def test_event_pairs_decide_when_the_leads_name_no_two_countries() -> None:
    index = ClusterIndex(Settings())
    lead = "Hanwha will deliver 20 K9 Thunder howitzers worth $250 million, officials said on Thursday.\n"
    first = doc(lead + "Crews will train at a range near Da Nang with instructors from Hanwha Aerospace.", "a.txt")
    ingest(index, first, [event(first, ("KOR", "VNM"), "ARMS_TRANSFER")])
    second = doc(lead + "Hanwha Aerospace instructors will train the K9 Thunder crews near Da Nang.", "b.txt")
    _, story = ingest(index, second, [event(second, ("JPN", "VNM"), "ARMS_TRANSFER")])
    assert story == story_id_for(second.doc_id)


def test_shared_lead_countries_outweigh_a_misread_event_party() -> None:
    index = ClusterIndex(Settings())
    first = doc(WIRE, "a.txt")
    _, first_story = ingest(index, first, [event(first, ("KOR", "VNM"), "ARMS_TRANSFER")])
    second = doc(REWRITE, "b.txt")
    _, story = ingest(index, second, [event(second, ("KOR", "YEM"), "ARMS_TRANSFER")])
    assert story == first_story


def test_events_strengthen_a_story_match() -> None:
    index = ClusterIndex(Settings())
    first = doc(WIRE, "a.txt")
    _, story = ingest(index, first, [event(first, ("KOR", "VNM"), "ARMS_TRANSFER")])
    second = doc(REWRITE, "b.txt")
    _, second_story = ingest(index, second, [event(second, ("KOR", "VNM"), "ARMS_TRANSFER")])
    assert second_story == story


def test_unrelated_document_starts_its_own_story() -> None:
    index = ClusterIndex(Settings())
    ingest(index, doc(WIRE, "a.txt"))
    other = doc(OTHER, "k.txt")
    assert ingest(index, other) == (None, story_id_for(other.doc_id))


def test_empty_document_gets_its_own_story() -> None:
    index = ClusterIndex(Settings())
    ingest(index, doc(WIRE, "a.txt"))
    empty = doc("Home\nMenu", "e.txt")
    duplicate_of, story = ingest(index, empty)
    assert duplicate_of is None and story == story_id_for(empty.doc_id)
    assert story.startswith("s") and len(story) == 11


def test_rebuilt_index_takes_the_same_decisions() -> None:
    settings = Settings()
    live = ClusterIndex(settings)
    stored: list[StoredSummary] = []
    for text, source, published in ((WIRE, "a.txt", "2023-09-14"), (OTHER, "k.txt", "2023-09-14")):
        document = doc(text, source, published)
        decision = live.assign(document, [])
        live.add(document, [], decision)
        stored.append(StoredSummary(document.doc_id, decision.story_id, decision.duplicate_of,
                                    document.published, decision.fingerprint))
    rebuilt = ClusterIndex.from_stored(stored, settings)
    assert len(rebuilt) == 2
    rewrite = doc(REWRITE, "b.txt", "2023-09-15")
    assert rebuilt.assign(rewrite, []) == live.assign(rewrite, [])
    assert rebuilt.assign(rewrite, []).story_id == stored[0].story_id


def test_stored_documents_without_fingerprint_are_tolerated() -> None:
    summaries = [StoredSummary("abc", "s1", None, date(2023, 1, 1), None),
                 StoredSummary("def", None, "abc", None, b"garbage")]
    index = ClusterIndex.from_stored(summaries, Settings())
    assert len(index) == 2
    assert index.story_of == ["s1", story_id_for("def")]
    assert index.assign(doc(WIRE, "a.txt"), []).duplicate_of is None


def test_datelines_without_year_keep_events_months_apart() -> None:
    close, apart = ClusterIndex(Settings()), ClusterIndex(Settings())
    for index in (close, apart):
        ingest(index, doc("HANOI, Sept 14 (AFP) -\n" + WIRE, "a.txt"))
    _, close_story = ingest(close, doc("SEOUL, Sept 15 -\n" + REWRITE, "b.txt"))
    _, late_story = ingest(apart, doc("SEOUL, March 2 -\n" + REWRITE, "c.txt"))
    assert close_story == close.story_of[0]
    assert late_story != apart.story_of[0]


def test_dateline_days_wrap_around_the_new_year() -> None:
    index = ClusterIndex(Settings())
    _, story = ingest(index, doc("HANOI, Dec 30 (AFP) -\n" + WIRE, "a.txt"))
    _, rewrite_story = ingest(index, doc("SEOUL, Jan 2 -\n" + REWRITE, "b.txt"))
    assert rewrite_story == story


def test_lead_dyads_veto_even_when_event_pairs_overlap() -> None:
    index = ClusterIndex(Settings())
    first = doc(WIRE, "a.txt")
    ingest(index, first, [event(first, ("KOR", "VNM"), "ARMS_TRANSFER")])
    other_text = REWRITE.replace("Seoul clinches first big arms sale to Hanoi",
                                 "Japan and Vietnam discuss coast guard ships")
    other_text = other_text.replace("South Korea has sealed", "Japan said Vietnam had sealed")
    second = doc(other_text, "b.txt")
    _, story = ingest(index, second, [event(second, ("KOR", "VNM"), "ARMS_TRANSFER")])
    assert story == story_id_for(second.doc_id)


FRAMEWORK = """Hungary and Sweden sign framework for more Gripen jets
STOCKHOLM, June 3 (Wire) -
Hungary and Sweden signed a framework agreement on Monday for four more Gripen fighters and an upgrade \
of the fleet, the Swedish defence ministry said. Saab will deliver the jets by 2026, and Hungarian Defence \
Minister Kristof Szalay-Bobrovniczky said the deal strengthened the air force."""

DELIVERY_LATER = """Saab hands over first of four new Gripens to Hungary
The first of four additional Gripen fighters ordered by Hungary was handed over at Saab's plant in \
Linkoping on June 5, 2026, the company said, with Hungarian Defence Minister Kristof Szalay-Bobrovniczky \
attending the ceremony alongside Swedish officials."""

FRAMEWORK_COPY_DATED = FRAMEWORK.replace("STOCKHOLM, June 3 (Wire) -", "Published: 2024-06-03")


def test_date_in_an_undated_lead_stands_in_for_publication() -> None:
    index = ClusterIndex(Settings())
    first = doc(FRAMEWORK_COPY_DATED, "a.txt")
    assert first.published == date(2024, 6, 3)
    ingest(index, first)
    later = doc(DELIVERY_LATER, "b.txt")
    assert later.published is None
    _, story = ingest(index, later)
    assert story == story_id_for(later.doc_id)


def test_days_of_year_days_apart_need_more_than_a_shared_pair() -> None:
    from defcoop.stages.clustering.features import EVENT_KEY, NAME, term_hash
    from defcoop.stages.clustering.stories import StoryIndex

    pair = term_hash("pair:hungary|sweden", EVENT_KEY)
    names = [term_hash(f"name{i}", NAME) for i in range(15)]
    others = [term_hash(f"other{i}", NAME) for i in range(14)]
    index = StoryIndex(window_days=21)
    index.add([pair, *names], None, day_of_year=150)
    query = [pair, names[0], *others]
    same_day = index.best(query, None, day_of_year=151)
    assert same_day is not None and 0.06 < same_day.score < 0.2
    assert index.best(query, None, day_of_year=156) is None
    assert index.best(query, None) is not None


def test_an_undated_report_cannot_chain_stories_of_other_years() -> None:
    index = ClusterIndex(Settings())
    ingest(index, doc(FRAMEWORK_COPY_DATED, "a.txt"))
    undated = doc(FRAMEWORK.replace("STOCKHOLM, June 3 (Wire) -\n", "").replace("four more", "4 more"), "b.txt")
    _, undated_story = ingest(index, undated)
    assert undated_story == index.story_of[0]
    dated_later = doc("Published: 2026-06-05\n" + DELIVERY_LATER.replace(" on June 5, 2026,", ""), "c.txt")
    _, later_story = ingest(index, dated_later)
    assert later_story not in {index.story_of[0]}


UGANDA_JETS = """Uganda inducts two overhauled Su-30 fighter jets
The Ugandan air force took delivery of two Su-30 fighter jets at Entebbe on Tuesday, President Yoweri \
Museveni said at the handover ceremony. The jets were overhauled by the 558 Aircraft Repair Plant in \
Belarus, and were first built by Sukhoi in Russia.
Museveni said the aircraft would patrol the border with the Democratic Republic of Congo and that more \
pilots would be trained at Gulu air base next year."""

UGANDA_JETS_REWRITE = """Kampala takes delivery of refurbished Sukhois
Uganda has received a pair of Su-30 jets from a repair plant in Belarus this week. At a ceremony in Entebbe, \
President Yoweri Museveni told officers that the fighters would guard the frontier with Congo.
The overhaul of the Russian-built aircraft was carried out by the 558 Aircraft Repair Plant, and Ugandan \
pilots will continue training at Gulu."""

BELARUS_RUSSIA_DRILL = """Belarus and Russia open air defence drill near Baranovichi
Belarus and Russia began a week-long air defence exercise near Baranovichi on Monday, the Belarusian \
defence ministry said. Su-30 fighters built by Sukhoi and S-400 batteries of both forces take part.
The drill follows a union state agreement on a joint regional air defence system signed in 2009, the \
ministry added."""


def test_background_dyad_of_a_lead_does_not_join_that_dyads_story() -> None:
    index = ClusterIndex(Settings())
    jets = doc(UGANDA_JETS, "ug.txt", published="2021-03-11")
    ingest(index, jets, [event(jets, ("BLR", "UGA"), "ARMS_TRANSFER"), event(jets, ("BLR", "RUS"), "ARMS_TRANSFER")])
    drill = doc(BELARUS_RUSSIA_DRILL, "by.txt")
    _, story = ingest(index, drill, [event(drill, ("BLR", "RUS"), "EXERCISE")])
    assert story == story_id_for(drill.doc_id)


def test_rewrite_naming_the_same_main_dyad_still_joins() -> None:
    index = ClusterIndex(Settings())
    jets = doc(UGANDA_JETS, "ug.txt", published="2021-03-11")
    _, first = ingest(index, jets, [event(jets, ("BLR", "UGA"), "ARMS_TRANSFER")])
    rewrite = doc(UGANDA_JETS_REWRITE, "ug2.txt", published="2021-03-12")
    _, story = ingest(index, rewrite, [event(rewrite, ("BLR", "UGA"), "ARMS_TRANSFER")])
    assert story == first


CHILE_PERU_TALKS = """Chile and Peru hold navy staff talks in Lima
LIMA, March 4 -
Chilean and Peruvian navy officers met in Lima on Monday for their annual staff talks and agreed to keep \
cooperating on search and rescue along the maritime border, the Peruvian navy said."""

CHILE_PERU_SHIPS = """Peru to receive two retired Chilean navy frigates
Chile will hand two retired navy frigates to Peru, the Chilean defence ministry said in Santiago, adding \
that the Peruvian navy would send crews for training before the handover."""


def test_same_dyad_sharing_only_countries_stays_apart() -> None:
    index = ClusterIndex(Settings())
    talks = doc(CHILE_PERU_TALKS, "talks.txt")
    ingest(index, talks, [event(talks, ("CHL", "PER"), "DIALOGUE")])
    ships = doc(CHILE_PERU_SHIPS, "ships.txt")
    _, story = ingest(index, ships, [event(ships, ("CHL", "PER"), "ARMS_TRANSFER")])
    assert story == story_id_for(ships.doc_id)


def test_reports_agreeing_on_the_events_join_without_a_shared_name() -> None:
    index = ClusterIndex(Settings())
    first = doc(CHILE_PERU_SHIPS, "ships.txt")
    _, story = ingest(index, first, [event(first, ("CHL", "PER"), "ARMS_TRANSFER")])
    second = doc("""Peruvian navy to get Chilean warships
The Peruvian navy is to take over two frigates that Chile has retired, officials in Lima confirmed, and \
Peruvian sailors will train in Chile first.""", "ships2.txt")
    _, joined = ingest(index, second, [event(second, ("CHL", "PER"), "ARMS_TRANSFER")])
    assert joined == story


DRILL = """Thousands of troops join Pacific Shield drills in New Zealand
Published: 2024-09-02
The biennial Pacific Shield exercise, hosted by New Zealand and France, opened near Waiouru on Monday.
Units from Fiji, Tonga, Papua New Guinea and Japan are taking part in the ten-day drills, which include \
amphibious landings and disaster relief serials."""

VISIT = """French minister makes first visit to Papua New Guinea
September 5, 2024
PORT MORESBY -- France's armed forces minister arrived in Papua New Guinea on Thursday, the first such \
visit, and met Prime Minister James Marape to discuss training for the PNG Defence Force.
The minister then flew on to New Zealand, where French troops are taking part in drills with Fiji and Tonga."""


def test_a_visit_to_a_state_with_a_three_word_name_is_not_a_drill_listing_it() -> None:
    index = ClusterIndex(Settings())
    drill, visit = doc(DRILL, "drill.txt"), doc(VISIT, "visit.txt")
    _, first = ingest(index, drill)
    _, second = ingest(index, visit)
    assert first != second


def test_two_undated_reports_sharing_only_a_dyad_and_a_year_are_two_stories() -> None:
    index = ClusterIndex(Settings())
    boats = ("Australia hands over patrol boats to Timor-Leste\n\nDILI - Australia handed two Guardian-class patrol "
             "boats to Timor-Leste's navy, under a programme first announced in 2017, officials in Dili said.")
    pact = ("Australia and Timor-Leste sign training pact\n\nCANBERRA - Australia and Timor-Leste signed an "
            "agreement on officer training, extending a scheme that began in 2017, the ministers said.")
    stories = []
    for number, (text, etype) in enumerate(((boats, "ARMS_TRANSFER"), (pact, "PERSONNEL"))):
        document = clean(RawDocument(source=f"s{number}.txt", text=text))
        events = [Event(type=etype, stage="AGREED", parties=[Party("Australia", "state", "AUS"),
                        Party("Timor-Leste", "state", "TLS")], evidence=[Evidence(document.doc_id, 0, 1, "x")],
                        doc_ids=[document.doc_id])]
        decision = index.assign(document, events)
        index.add(document, events, decision)
        stories.append(decision.story_id)
    assert stories[0] != stories[1]
