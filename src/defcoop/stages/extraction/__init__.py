"""The parts of the extract stage (:mod:`defcoop.stages.extract` composes them).

* :mod:`.matcher`: one Aho-Corasick pass of every lexicon phrase over a document;
* :mod:`.document`: defense focus, topic dyad, place mentions;
* :mod:`.sentence`: clause regions, party mentions and coordinated groups of a sentence;
* :mod:`.parties`: the sides linked to a trigger, supplier -> recipient;
* :mod:`.visits`: visitor -> host, receptions, port calls and visits implied by officials acting abroad;
* :mod:`.materiel`: weapon words and pronouns pointing back at a weapon named before;
* :mod:`.production`: where a production trigger makes goods, and imports that are no local production;
* :mod:`.candidates`: weak triggers a strong one covers, adjacent triggers folded, shared parties;
* :mod:`.stage`: stage cues and frames; :mod:`.tense`, :mod:`.habits`: tense and aspect;
* :mod:`.factuality`: negation, speculation, rejected bids and non-defense senses;
* :mod:`.stage_links`: how one trigger's stage follows another's (a deal and what it allows);
* :mod:`.areas`: areas and systems in a trigger's scope;
* :mod:`.event_builder`: party completion, alliances, pairs and events of one trigger;
* :mod:`.discourse`: rules across sentences (pronoun and descriptive subjects, the system
  referred back to, "also" partners, deal terms and training, one direction per transfer, questions);
* :mod:`.followups`: visits implied at a venue, the story's tense, provisions of a signed deal;
* :mod:`.referential` (composing :mod:`.order_parts` and :mod:`.editions`): events stated only
  by reference to earlier ones (the contract behind a delivery, deliveries going on, the rest
  still to come, an earlier edition).

Every rule reads its words from the lexicon tables (``defcoop/lexicons/data``),
so a reader can audit and extend them without touching the code.
"""
