"""One organisation, one entity, no fragments (org_dups.py): acronyms the article never defines
join the long name they spell, short forms less a place word join their long name, a mention the
neighbouring capitals complete belongs to the longer name, and a word cut from a title is none."""
from __future__ import annotations

from collections import Counter

import pytest

from factextract.facts.entities.org_dups import OrgDuplicates

DUPS = OrgDuplicates(frozenset({"management", "energy", "bank"}),
                     {"us", "uk", "european", "scottish", "british", "eu"})


def _group(text, name, etype="organisations", nth=0):
    starts = [i for i in range(len(text)) if text.startswith(name, i)
              and not text[i - 1:i].isalnum() and not text[i + len(name):i + len(name) + 1].isalnum()]
    s = starts[nth]
    return {"type": etype, "keys": {" ".join(name.replace("-", " ").lower().split())},
            "mentions": [(s, s + len(name))], "votes": Counter({etype: 1})}


def _names(text, groups):
    return sorted(sorted(text[s:e] for s, e in g["mentions"]) for g in groups)


@pytest.mark.parametrize("acronym, long_name, spelled", [
    ("ISF", "International Skating Federation", True),
    ("FAO", "Food and Agriculture Organisation", True),     # "and" skipped
    ("FAO", "Food & Agriculture Organisation", True),       # "&" skipped
    ("BST", "Bureau for the Study of Tides", True),                  # "for", "the" skipped
    ("UKIP", "UK Independence Party", True),                # its capitals
    ("QFM", "QFM Fund Management", True),                   # a prefix form with a company tail
    ("BBC", "BBC News", False),                             # a prefix form without one
    ("AOL", "AOL UK", False),                               # a place after it: another body
    ("US", "US Airways", False),                             # a country before a name is no acronym of it
    ("BT", "BT Together", False),                           # its own initials after it: a product
    ("IAAF", "IAAF Council", False),                        # a body of it, no company tail
    ("ISF", "Skating Federation", False),
    ("ISF", "Federation", False),
])
def test_when_a_long_name_spells_an_acronym(acronym, long_name, spelled):
    assert DUPS.spells(acronym, long_name) == spelled


@pytest.mark.parametrize("text, short, long, joined", [
    ("The Bureau for the Study of Tides said so. A BST official agreed.", "BST", "Bureau for the Study of Tides", True),
    ("QFM Fund Management rose. Later QFM fell.", "QFM", "QFM Fund Management", True),
    # two long names fit: no join
    ("The Kelford Rowing Club and the Kelford Rugby Club met. The KRC won.", "KRC", None, False),
])
def test_an_undefined_acronym_joins_the_one_long_name(text, short, long, joined):
    groups = [_group(text, "Kelford Rowing Club"), _group(text, "Kelford Rugby Club")] if long is None \
        else [_group(text, long)]
    groups.append(_group(text, short, "places"))
    out = DUPS.apply(text, groups)
    assert (len(out) == len(groups) - 1) == joined


@pytest.mark.parametrize("text, short, long, joined", [
    ("The US Senate voted. The Senate met again.", "Senate", "US Senate", True),
    ("The European Commission warned Rome. The Commission said no.", "Commission", "European Commission", True),
    ("The US Customs Service seized it. Customs said so.", "Customs", "US Customs Service", True),
    # a party exists in every nation: no join
    ("The Scottish Labour Party met. Labour won.", "Labour", "Scottish Labour Party", False),
    # a place word that is no first word
    ("The Commission for Europe met. The Commission said no.", "Commission", "Commission for Europe", False),
])
def test_a_short_form_less_its_place_word_joins(text, short, long, joined):
    out = DUPS.apply(text, [_group(text, long), _group(text, short, nth=-1 if short in long else 0)])
    assert (len(out) == 1) == joined


def test_a_short_form_of_two_place_prefixed_names_stays_apart():
    text = "The US Senate and the Kelford Senate met. The Senate agreed."
    groups = [_group(text, "US Senate"), _group(text, "Kelford Senate"), _group(text, "Senate", nth=2)]
    groups[1]["keys"] = {"uk senate"}   # two names less a place word
    assert len(DUPS.apply(text, groups)) == 3


@pytest.mark.parametrize("text, fragment, longer", [
    ("Real Madrid won. Fans in the stands cheered Real Madrid again.", "Madrid", "Real Madrid"),
    ("Menatep Group owns it. A Menatep Group spokesman agreed.", "Group", "Menatep Group"),
    ("The Bank of England met. Traders at the Bank of England waited.", "England", "Bank of England"),
])
def test_a_fragment_mention_goes_to_the_longer_name(text, fragment, longer):
    frag = _group(text, fragment, "places", nth=1)
    out = DUPS.apply(text, [_group(text, longer), frag])
    assert _names(text, out) == [[longer, longer]]


@pytest.mark.parametrize("text, word, kept", [
    ("Health Secretary Jo Kell said so.", "Health", False),
    ("The Finance Minister of Kelford resigned.", "Finance", False),
    ("The Health Protection Agency warned.", "Health", True),
    ("EU Commissioner Jo Kell said so.", "EU", True),   # an acronym before a title is a body
    ("Scottish Secretary Jo Kell said so.", "Scottish", True),   # a place word before a title stays
])
def test_a_word_cut_from_a_title_is_no_entity(text, word, kept):
    assert bool(DUPS.apply(text, [_group(text, word)])) == kept


@pytest.mark.parametrize("text, long, short", [
    ("The International Skating Federation met on Monday. An ISF official said the rules would change.",
     "International Skating Federation", "ISF"),
    ("The US Customs Service seized the cargo in Miami. Customs officers said the boxes held fake watches.",
     "US Customs Service", "Customs"),
])
def test_whole_articles_join_the_other_name(extract, text, long, short):
    orgs = {e.name: e for e in extract(text).organisations}
    assert short not in orgs
    assert short in orgs[long].aliases


def test_a_title_word_is_no_organisation_in_an_article(extract):
    rec = extract("Waiting lists fell, Health Secretary John Kellaway said on Monday.")
    assert "Health" not in {m.text for kind in ("organisations", "places") for e in getattr(rec, kind) for m in e.mentions}


def test_a_name_of_several_words_before_a_title_stays():
    text = "Home Office Minister Jo Kell said so."
    assert DUPS.apply(text, [_group(text, "Home Office")])


@pytest.mark.parametrize("text, fused, name, moved", [
    ("Digital Kelford driven by TV\n\nHomes in Kelford bought more sets.", "Digital Kelford", "Kelford", True),
    ("Slim Gamebox triples sales\n\nThe Gamebox sold well.", "Slim Gamebox", "Gamebox", True),
    # written in the body too: a name of its own
    ("Kelford Rovers win\n\nKelford Rovers beat Kelford at home.", "Kelford Rovers", "Kelford", False),
    # a link word or a body's last word holds the name together: no common word was fused
    ("Bank of Kelford raises rates\n\nThe central bank said prices in Kelford rose.", "Bank of Kelford", "Kelford", False),
    ("Kelford Energy Bank cuts jobs\n\nThe lender said jobs in Kelford would go.", "Kelford Energy Bank", "Kelford", False),
])
def test_a_name_fused_from_headline_words_goes_to_the_name_in_it(text, fused, name, moved):
    other = _group(text, name, "places", nth=-1)
    out = DUPS.apply(text, [_group(text, fused), other])
    assert (fused not in {text[s:e] for g in out for s, e in g["mentions"]}) == moved


def test_a_fused_headline_name_finds_its_part_through_the_alias_table():
    dups = OrgDuplicates(frozenset(), set(), lambda k: {"uk": "united kingdom"}.get(k, k))
    text = "Digital UK driven by TV\n\nHomes in Britain bought more sets."
    place = _group(text, "Britain", "places")
    place["keys"] = {"united kingdom"}
    out = dups.apply(text, [_group(text, "Digital UK"), place])
    assert _names(text, out) == [["Britain", "UK"]]


def test_a_fused_headline_name_goes_to_the_part_the_article_names_most():
    text = "Digital Kelford driven by TV\n\nDigital sets sold. Homes in Kelford and Kelford towns bought them."
    digital = _group(text, "Digital", nth=1)
    kelford = _group(text, "Kelford", "places", nth=1)
    kelford["mentions"].append((text.rindex("Kelford"), text.rindex("Kelford") + 7))
    out = DUPS.apply(text, [_group(text, "Digital Kelford"), digital, kelford])
    assert _names(text, out) == [["Digital"], ["Kelford", "Kelford", "Kelford"]]


@pytest.mark.parametrize("text, long, short", [
    ("Shares in Kelmar Department Stores rose 4%. Kelmar, owner of two chains, said sales grew.",
     "Kelmar Department Stores", "Kelmar"),
    ("Flights of Brisket Air Lines were cancelled on Monday. Brisket said the storm was to blame.",
     "Brisket Air Lines", "Brisket"),
])
def test_a_company_name_less_its_trade_word_joins_it(extract, text, long, short):
    orgs = {e.name: e for e in extract(text).organisations}
    assert short not in orgs
    assert short in orgs[long].aliases
