"""Proposing and typing entity mentions, before they are grouped (see component.py).

The statistical model's entities are the starting point; rules correct them where news copy
has conventions the model was not trained on, each in its own module, run in this order:

- model_spans: the model's entities cut at numbers and brackets, persons' edges fixed;
- headlines: headlines in capitals or Title Case fool the model: what it finds there is kept
  only when a rule or the body of the article confirms it;
- ruler_spans: gazetteers override the model's type for the same span but never cut a longer
  name ("Bank of England" stays whole); organisation shapes, titles and initials add names;
- datelines: a dateline ("BELGRADE 1996-08-30", "SEOUL, Oct 19") names a place, a caption's
  "(FIRST LAST)" a person;
- cues: person cues ("X, a senior analyst at ..."), place and organisation nouns;
- results, clubs: "Name (Country)" in results and scorecards are people; in results and
  standings tables a club followed by its scores is an organisation, even when it is named
  after a city (a country stays a place: national teams); fixtures, club cues, line-ups;
- line_ups: a line that lists only players ("Faye (Berkovic 83), Coyne (Burnley)") names people
  and their clubs, and the body's full names of its players are people's; a surname on a
  line-up (also one run on after a quote: lineup_lists.py) is no place ("Morley");
- given_names: a name that starts with a given name is a person's ("Keanu Reeves"), also
  where a table rule took it for a club ("Vera Zvonareva 6-1 6-0"), and a given name right
  before a surname the model found alone is part of the name ("Amelie Mauresmo");
- name_starts: other name words the model cut off a person's start go back in ("JM Coetzee");
- fused: halves of one name joined ("Police Federation of England and Wales"), two names run
  together split ("Dell and Hewlett-Packard");
- long_names: a long official name cut at "and", a comma or a second "of" is one name
  ("Department for Culture, Media and Sport"); "the Scottish Executive" is found;
- person_spans: roles, parties, speech verbs and letters fused to a person's name come off,
  a name ends at its possessive, the particles and hyphenated half of a surname go back in;
- honorifics: "Mr", "Dr", "Lord" before a name make it a person's and stay out of it;
- acronyms: an acronym takes the type of the long form it was defined after;
- corporate: names after company cues ("the band X", "shares in X") proposed, and a name
  with a company's words around one mention and no person's evidence an organisation throughout;
- exclusions: names inside adjectives and event names are dropped, and common words the model
  took for names where every word is capitalised (a sentence's or headline's first word);
- org_precision: a sentence's first word fused to an organisation comes off ("But Democrats"),
  a lone one that reads as no name is dropped ("Controversial new casinos");
- title_runs: pieces of a title ("Frost" of "Breakfast with Frost", "Hour Party" of "24 Hour
  Party People") are dropped, halves of a name split at a slash ("AC/DC") joined;
- of_names: a body's head the model found alone takes the "of" name after it ("House" of
  "House of Fraser"); its tail is no separate mention
- of_titles: "Rings" of "Lord of the Rings", "Pops" of "Top of the Pops" dropped;
- office_titles: "State for Constitutional Affairs" of "Secretary of State for ..." dropped;
- possessed_things: a work or product a person or company owns ("Google's Blogger") dropped;
- portfolios: a portfolio before a role noun comes off ("Lib Dem Home Affairs spokesman");
- works: titles of films, albums, games, drugs ("the film Ray") are dropped, every mention;
- music_acts: well-known bands ("Keane", "the Killers") in an article that talks of music;
- work_referents: a name is a work (dropped) or a band (an organisation) by the evidence around
  all its uses in the article ("her role in X", "X star Y", "rock band X", "X were");
- work_lists: the members of a list a plural work or band noun introduces ("the singles A, B
  and C", "bands such as A and B") and awards ("Golden Bear", "Brit Award nominations"), every
  mention;
- org_checks: products, laws, buildings and portfolios are no organisations; "Radio 4" is whole;
- storms_holidays: "Hurricane Mitch" and its bare "Mitch", "Boxing Day" dropped
- named_things: "a technology called X" and "Mental Capacity" of "the Mental Capacity Bill"
  are no organisations;
- work_heads: a name before a work's noun ("the Evil Dead movies") is a title, every mention;
- colon_titles: pieces of a title written with a colon ("CSI: Miami", "CSI:NY") dropped;
- political_bodies: parties ("Tory leader", "the Conservatives") and "the Commons" proposed;
- broadcasters, committees: "on Five", "E4" and lower-case committees ("the culture select
  committee") proposed as organisations;
- employer_names: the name after a job noun or a source's name ("editor of X", "said Ann Lee
  at X") proposed as an organisation;
- transfer_clubs: a club named only by a transfer ("is joining Corinthians", "signed from
  Middlesbrough") is proposed, in a sports report;
- event_names: "the Budget", "Live 8" dropped, "summit" cut off "the G8 summit";
- competitions: in a sports report "the Champions League", "the Tri-Nations" dropped, every
  mention, unless one shows the body ("the Premier League said");
- tech_referents: software, malware and technologies ("the X virus", "running Linux") dropped;
- stock_indices: a name before "index" or a size and a market verb ("the Nikkei 225 fell") is an
  index: dropped, every mention;
- org_names: "West Yorkshire police" is an organisation, and so is a person-shaped name that starts
  with a one-word organisation of the article and has no given name ("Virgin Megastores");
- propagation: every later use of a name (and a person's surname) found in the article is a
  mention too;
- possessive_names: a company's "'s" that owns nothing is its own ("Moody's said"), and then
  at every mention;
- place_decisions: a place no gazetteer knows whose mentions show a company, band or person
  ("shares in X", "rival X", "X's record company") is retyped, all its mentions at once;
- hyphen_places: a place before "-based", "-born", "-area" is a mention ("Paris-based auction
  house"), after place_modifiers ("the Hartlepool by-election");
- letter_towns: the town under a reader's letter ("Ninfa Holt" / "Walnut Creek") is a place;
- street_names (after landmarks): a street a preposition locates ("on Peachtree Road") is a place;
- place_support: any other place no gazetteer knows is kept only when its shape or words say
  place; languages are never places, "Exeter City" in a sports article is a club.

All of it works on token indices; the caller turns spans into character offsets. The order
matters: each step sees (and may retype) what the steps before it proposed.
"""
from __future__ import annotations

from .acronyms import type_acronyms
from .corporate import CorporateNames
from .clubs import Clubs, TeamSheets
from .sport_reports import is_sports
from .line_ups import LineUps
from .club_contexts import ClubContexts
from .cues import ContextCues
from .datelines import Datelines, photo_credits
from .exclusions import Exclusions
from .sentence_openers import SentenceOpeners
from .foreign_institutions import ForeignInstitutions
from .fused import FusedNames
from .given_names import GivenNames
from .headlines import confirm_headlines, headline_tokens
from .honorifics import Honorifics
from .lexicon import Lexicon
from .long_names import LongNames
from .model_spans import ModelSpans, PersonEdges
from .name_starts import NameStarts
from .org_checks import OrgChecks
from .org_places import OrgPlaces
from .the_titles import TheTitles
from .org_names import OrgNames
from .venues import Venues
from .country_led_names import CountryLedNames
from .institution_cues import InstitutionCues
from .org_precision import OrgLeads
from .propagation import Propagation
from .place_decisions import PlaceDecisions
from .event_places import EventPlaces
from .place_modifiers import PlaceModifiers
from .hyphen_places import HyphenPlaces
from .letter_towns import LetterTowns
from .street_names import StreetNames
from .town_mentions import TownMentions
from .landmarks import Landmarks
from .place_support import PlaceSupport
from .person_spans import PersonSpans
from .proposal import Proposal
from .results import ResultsPeople, Tables
from .ruler_spans import RulerMerge
from .tokens import TokenView
from .work_referents import WorkReferents
from .band_proposals import BandProposals
from .music_acts import MusicActs
from .work_lists import WorkLists
from .political_bodies import PoliticalBodies
from .tech_referents import TechReferents
from .products import Products
from .stock_indices import StockIndices
from .product_heads import ProductHeads
from .works import drop_works
from .title_runs import TitleRuns
from .portfolios import Portfolios
from .possessive_names import keep_name_possessives
from .event_names import EventNames
from .sport_org_edges import SportOrgEdges
from .competitions import Competitions
from .broadcasters import Broadcasters
from .listed_people import ListedPeople
from .formal_places import FormalPlaces
from .constituencies import Constituencies
from .seats import Seats
from .committees import Committees
from .employer_names import EmployerNames
from .transfer_clubs import TransferClubs
from .colon_titles import ColonTitles
from .named_things import NamedThings
from .storms_holidays import StormsHolidays
from .work_heads import WorkHeads
from .of_names import OfNames
from .of_titles import OfTitles
from .office_titles import OfficeTitles
from .possessed_things import PossessedThings
from .fused_surnames import FusedSurnames


class CandidateFinder:
    """Runs the proposing and typing steps over one document, in order."""

    def __init__(self) -> None:
        self.lexicon = lex = Lexicon()
        self.model_spans = ModelSpans()
        self.ruler = RulerMerge(lex)
        self.person_edges = PersonEdges(lex)
        self.datelines = Datelines(lex)
        self.cues = ContextCues(lex)
        self.given_names = GivenNames(lex)
        self.name_starts = NameStarts(lex)
        self.results = ResultsPeople(lex)
        self.tables = Tables(lex)
        self.clubs = Clubs(lex)
        self.team_sheets = TeamSheets(lex)
        self.line_ups = LineUps(lex)
        self.club_contexts = ClubContexts(lex)
        self.honorifics = Honorifics()
        self.person_spans = PersonSpans(lex)
        self.fused = FusedNames(lex)
        self.long_names = LongNames(lex)
        self.hyphen_places = HyphenPlaces(lex)
        self.letter_towns = LetterTowns(lex)
        self.streets = StreetNames()
        self.exclusions = Exclusions(lex, self.hyphen_places)
        self.openers = SentenceOpeners(lex)
        self.foreign_institutions = ForeignInstitutions()
        self.corporate = CorporateNames(lex)
        self.propagation = Propagation(lex)
        self.place_decisions = PlaceDecisions(lex)
        self.place_support = PlaceSupport(lex, self.place_decisions)
        self.place_modifiers = PlaceModifiers(lex)
        self.event_places = EventPlaces(lex)
        self.town_mentions = TownMentions(lex)
        self.landmarks = Landmarks()
        self.venues = Venues()
        self.country_led = CountryLedNames(lex.bodies)
        self.institutions = InstitutionCues()
        self.org_checks = OrgChecks()
        self.org_places = OrgPlaces(lex)
        self.the_titles = TheTitles()
        self.org_names = OrgNames(lex)
        self.org_leads = OrgLeads()
        self.music_acts = MusicActs(lex)
        self.work_referents = WorkReferents(lex, self.music_acts)
        self.work_lists = WorkLists(lex)
        self.bands = BandProposals(lex)
        self.politics = PoliticalBodies()
        self.tech = TechReferents()
        self.products = Products()
        self.stock_indices = StockIndices()
        self.product_heads = ProductHeads()
        self.title_runs = TitleRuns(lex)
        self.listed_people = ListedPeople(lex)
        self.formal_places = FormalPlaces(lex)
        self.constituencies = Constituencies(lex)
        self.seats = Seats()
        self.portfolios = Portfolios()
        self.events = EventNames()
        self.competitions = Competitions()
        self.sport_edges = SportOrgEdges(lex)
        self.broadcasters = Broadcasters()
        self.committees = Committees()
        self.employers = EmployerNames(lex)
        self.transfer_clubs = TransferClubs(lex)
        self.colon_titles = ColonTitles()
        self.named_things = NamedThings()
        self.work_heads = WorkHeads(lex)
        self.of_titles = OfTitles(lex)
        self.of_names = OfNames(lex)
        self.office_titles = OfficeTitles()
        self.possessed = PossessedThings(lex)
        self.fused_surnames = FusedSurnames()
        self.storms_holidays = StormsHolidays()

    def find(self, v: TokenView) -> list[Proposal]:
        """The typed mentions of v's document, sorted by start token."""
        sports = is_sports(v, self.lexicon)
        headline = headline_tokens(v)
        spans = self.model_spans.propose(v, headline)
        spans = self.ruler.merge(v, spans, headline)
        spans = self.person_edges.fix(v, spans)
        self.datelines.apply(v, spans)
        photo_credits(v, spans)
        self.cues.apply(v, spans)
        self.results.apply(v, spans)
        self.tables.apply(v, spans, sports)
        self.given_names.apply(v, spans)
        self.name_starts.apply(v, spans, headline)
        if sports:
            self.line_ups.apply(v, spans)   # "Coyne (Burnley), Faye (Berkovic 83)" (line_ups.py)
            self.club_contexts.apply(v, spans)   # "joined City from Feyenoord" (club_contexts.py)
            self.clubs.apply(v, spans)
            self.team_sheets.apply(v, spans)
        spans = self.fused.apply(v, spans)
        spans = self.long_names.apply(v, spans)
        spans = self.of_names.apply(v, spans)   # "House" + "Fraser" (of_names.py)
        spans = self.person_spans.apply(v, spans)
        self.honorifics.apply(v, spans)
        self.person_spans.cut_possessives(v, spans)
        type_acronyms(v, spans)
        self.corporate.apply(v, spans)
        spans = self.exclusions.drop(v, spans, headline)
        spans = self.openers.apply(v, spans, headline)   # "Wary Republicans", "Between" (sentence_openers.py)
        spans = self.org_leads.apply(v, spans, headline)
        spans = self.title_runs.apply(v, spans, headline, sports)
        spans = self.of_titles.apply(v, spans, sports)   # "Rings" of "Lord of the Rings" (of_titles.py)
        spans = self.office_titles.apply(v, spans)   # "Secretary of State for X" (office_titles.py)
        spans = self.possessed.apply(v, spans, sports)   # "Google's Blogger" (possessed_things.py)
        spans = self.portfolios.apply(v, spans)
        spans = drop_works(v, spans)
        spans = self.colon_titles.apply(v, spans)   # "CSI: Miami" (colon_titles.py)
        self.music_acts.apply(v, spans, sports)
        self.bands.apply(v, spans, sports)
        spans = self.work_referents.apply(v, spans, sports)
        spans = self.work_lists.apply(v, spans, sports)
        spans = self.the_titles.apply(v, spans, sports)   # "also tip The Aviator"
        spans = self.org_checks.apply(v, spans)
        spans = self.named_things.apply(v, spans)   # "a tool called X" (named_things.py)
        spans = self.work_heads.apply(v, spans, sports)   # "the Evil Dead movies" (work_heads.py)
        self.org_places.apply(v, spans)   # "from Hartpury, Gloucestershire"
        self.politics.apply(v, spans)
        self.broadcasters.apply(v, spans)   # "on Five", "E4" (broadcasters.py)
        self.committees.apply(v, spans)   # "the culture select committee" (committees.py)
        self.employers.apply(v, spans, sports)   # "editor of X", "said Ann Lee at X" (employer_names.py)
        self.transfer_clubs.apply(v, spans, sports)   # "is joining Corinthians" (transfer_clubs.py)
        spans = self.tech.apply(v, spans)
        spans = self.products.apply(v, spans, sports)
        spans = self.stock_indices.apply(v, spans)   # "the FTSE 100 index" (stock_indices.py)
        spans = self.product_heads.apply(v, spans)   # "MSN Messenger", "Bankash-A Trojan"
        self.org_names.apply(v, spans)
        spans = confirm_headlines(v, spans)
        spans = self.events.apply(v, spans)   # "the Budget", "the G8 summit" (event_names.py)
        spans = self.competitions.apply(v, spans, sports)   # "the Celtic League" (competitions.py)
        if sports:   # "Barcelona star Ronaldinho", "Injured Chelsea" (sport_org_edges.py)
            spans = self.sport_edges.apply(v, spans)
        self.listed_people.apply(v, spans)   # "Bernal, Jamie Foxx and ..." (listed_people.py)
        self.formal_places.apply(v, spans, sports)   # "the State of California" (formal_places.py)
        spans = self.constituencies.apply(v, spans)   # "the MP for Birkenhead" (constituencies.py)
        spans = self.fused_surnames.apply(v, spans)   # "Blair Labour's" (fused_surnames.py)
        spans = self.seats.apply(v, spans)   # "the constituency of Bethnal Green and Bow" (seats.py)
        spans = self.propagation.propagate(v, spans, headline)
        spans = self.storms_holidays.apply(v, spans)   # "Hurricane Mitch", "Easter" (storms_holidays.py)
        keep_name_possessives(v, spans)   # "Moody's said" (possessive_names.py)
        self.venues.apply(v, spans)   # "at the Roosevelt Hotel" (venues.py)
        self.country_led.apply(v, spans)   # "UK Online said" (country_led_names.py)
        self.institutions.apply(v, spans)   # "educated at Eton" (institution_cues.py)
        spans = self.foreign_institutions.apply(v, spans)   # "the Musée d'Orsay" (foreign_institutions.py)
        self.place_decisions.apply(v, spans)
        spans = self.place_support.apply(v, spans, sports)
        self.place_modifiers.apply(v, spans)   # "the Hartlepool by-election"
        self.hyphen_places.apply(v, spans, sports)   # "Paris-based", "Los Angeles-area" (hyphen_places.py)
        self.letter_towns.apply(v, spans)   # "Ninfa Holt, Walnut Creek" under a letter (letter_towns.py)
        self.town_mentions.apply(v, spans, sports)   # "died in Bath aged 94"
        self.landmarks.apply(v, spans)   # "on Hollywood Boulevard"
        self.streets.apply(v, spans)   # "a crash on Peachtree Road" (street_names.py)
        self.event_places.apply(v, spans)   # "the Athens Olympics" (event_places.py)
        return sorted(spans, key=lambda sp: sp.s)
