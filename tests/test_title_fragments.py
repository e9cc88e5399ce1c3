"""Pieces of titles and longer names (facts/entities/title_runs.py): a piece of a title with
lowercase function words inside, or of a title that starts with a number, is no person,
organisation or place; a name split at a slash is one name. Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types

_HEAD = "News of the week\n\n"


@pytest.mark.parametrize("text, pieces", [
    # a programme's, a festival's, a game's, a film's name with function words inside
    ("The minister told BBC One's Supper with Frost programme that the plan was sound.", ["Frost", "Supper"]),
    ("Speaking on ITV's Coffee with Marsh, the chancellor said taxes would not rise.",
     ["Coffee with Marsh", "Marsh"]),
    ("Her new show, Hide and Seek, opens in Leeds next week, the producers said.", ["Seek", "Hide"]),
    ("He was best known for the classic 1983 film A Sailor and a Gentleman, his agent said.",
     ["Gentleman", "Sailor"]),
    # a title that starts with a number
    ("Actor Dan Pell starred in 12 Hour Dance People, the film about Sheffield clubs.",
     ["Hour Dance", "Hour Dance People"]),
    # a capitalised title right after a work noun
    ("She presented the programme Go Digital on BBC Two for three years.", ["Digital", "Go Digital"]),
])
def test_pieces_of_titles_are_no_names(extract, text, pieces):
    rec = extract(_HEAD + text)
    for piece in pieces:
        assert _types(rec, piece) == [], piece


@pytest.mark.parametrize("text, name, types", [
    # a stage name that starts with a number, with a person's cue at one use: every use
    ("Rapper 40 Pence said the feud was over. Police were called after 40 Pence left the studio.",
     "40 Pence", ["people"]),
    # halves of a name split at a slash
    ("Fans of AC/DC queued outside the arena in Perth, police said.", "AC/DC", ["organisations"]),
])
def test_whole_names_are_kept(extract, text, name, types):
    rec = extract(_HEAD + text)
    assert _types(rec, name) == types
    uses = [m for k in ("people", "organisations", "places") for e in getattr(rec, k) for m in e.mentions
            if name in m.text or m.text in name]
    assert [m.text for m in uses] == [name] * text.count(name)


def test_no_title_runs_in_sports_reports(nlp):
    """Clubs are named like titles ("Hearts of Oak"): a sports report's pieces stay."""
    from factextract.facts.entities.lexicon import Lexicon
    from factextract.facts.entities.proposal import Proposal
    from factextract.facts.entities.title_runs import TitleRuns
    from factextract.facts.entities.tokens import TokenView

    v = TokenView(nlp.make_doc("The fans of Knights of Stone cheered the win."))
    runs = TitleRuns(Lexicon())
    k = v.texts.index("Stone")
    assert [sp.s for sp in runs.apply(v, [Proposal(k, k + 1, "organisations", "model")], sports=True)] == [k]
    # the same words outside a sports report are a title's piece
    v = TokenView(nlp("The fans of Knights of Stone cheered the win."))
    assert runs.apply(v, [Proposal(k, k + 1, "organisations", "model")], sports=False) == []


@pytest.mark.parametrize("text, name, types", [
    # a number that counts what follows it
    ("The company sold 34 Grosvenor casinos last year, the firm said.", "Grosvenor", ["organisations"]),
    ("About 27 Labour MPs rebelled over the plan on Wednesday.", "Labour", ["organisations"]),
    # an address
    ("Reporters gathered outside 10 Downing Street on Monday.", "Downing Street", ["places"]),
    # a list of names, not a title
    ("The Larkspurs have drawn comparisons with The Cure and New Order from critics.", "Cure", ["organisations"]),
    # a name by itself next to a title's words, or two known places
    ("Europe with France particularly well represented won most prizes.", "France", ["places"]),
    # two companies at a slash stay two
    ("Shares in Ryanair/Boeing joint ventures rose, Reuters reported.", "Boeing", ["organisations"]),
])
def test_names_beside_title_words_stay(extract, text, name, types):
    rec = extract(_HEAD + text)
    assert _types(rec, name) == types


@pytest.mark.parametrize("text, gone, kept", [
    # a portfolio before a role noun, alone or fused to the party before it
    ("The Lib Dem Home Affairs spokesman Gareth Lowe called the bill a mess.", ["Home Affairs", "Lib Dem Home Affairs"],
     ["Gareth Lowe"]),
    ("Said Arts minister Estelle Morris on Monday.", ["Arts"], ["Estelle Morris"]),
    ("Former Health minister Alan Milburn said so on Friday.", ["Health"], ["Alan Milburn"]),
    # a body before a role noun stays, whole
    ("A Home Office spokesman insisted the checks had worked.", [], ["Home Office"]),
    ("A Department for Trade and Industry spokeswoman said the talks went well.", ["Department for"],
     ["Department for Trade and Industry"]),
    ("The Scottish Executive Health minister said waiting lists had fallen.", ["Scottish Executive Health"],
     ["Scottish Executive"]),
    # a title's words before the portfolio are no name
    ("New Home Secretary Ann Velt vowed to act on Monday.", ["New", "New Home"], ["Ann Velt"]),
    # a prize's category is no organisation; a shop named "Best ..." is one
    ("Imelda Staunton won Best Actress for her role.", ["Best Actress"], ["Imelda Staunton"]),
    ("She was named Best Supporting Actress at the ceremony in Paris.", ["Best Supporting Actress"], []),
    ("He bought the set at Best Buy in Ohio.", [], ["Best Buy"]),
    # a film named after its heroine, after "her performance in"
    ("Critics praised her performance in Nora Pell, the judges said.", ["Nora Pell"], []),
    # a title after a work noun and a comma, ending the phrase
    ("The nominees include Dry Lanterns and the Ray Charles biopic, Ray.", ["Ray"], ["Ray Charles"]),
    ("The film, Ray Winstone said, was a success.", [], ["Ray Winstone"]),
    # the last members of a list are no title
    ("The bundle offers Sky channels such as Sky News, Sky Travel and the History Channel.", [],
     ["Sky Travel"]),
])
def test_portfolios_categories_and_listed_titles(extract, text, gone, kept):
    rec = extract(_HEAD + text)
    for name in gone:
        assert _types(rec, name) == [], name
    for name in kept:
        assert _types(rec, name) != [], name


def test_other_uses_of_a_title_found_go_too(extract):
    rec = extract(_HEAD + "She presented the programme Go Digital on BBC Two. Viewers of Go Digital on the radio "
                          "were asked to write in, the producers said.")
    assert _types(rec, "Digital") == []
