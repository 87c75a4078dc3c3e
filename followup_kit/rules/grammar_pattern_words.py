"""Word lists for the checks of grammar_patterns.py (data apart from logic).

Collocations (the preposition a word takes), verbs of feeling, nouns that name a thing rather
than a person, and the closed cases (uncountable nouns, possessive pronouns).
"""

from __future__ import annotations

__all__ = [
    "ADDITION_NOUNS",
    "COLLOCATIONS",
    "EMBED_TRIGGERS",
    "FEELING_ADJECTIVES",
    "FEELING_VERBS",
    "MASS_PLURALS",
    "NO_PREPOSITION",
    "PERSON_NOUNS",
    "POSSESSIVE_PRONOUNS",
    "SELF_CAUSED",
    "THING_NOUNS",
    "TO_VERBS",
    "UNCOUNTABLE",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _table(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """'word forms | right | wrong prepositions' lines -> each form: (right, wrongs)."""
    table = {}
    for line in text.strip().splitlines():
        forms, right, wrongs = (cell.strip() for cell in line.split("|"))
        for form in forms.split():
            table[form] = (right, _words(wrongs))
    return table


# A word, the preposition it takes, and the prepositions written for it by mistake. Only
# prepositions that cannot be right after the word in any sense are listed ('responsible to
# the board' and 'interested to hear' are right; 'familiar to me' is right).
COLLOCATIONS = _table(
    """
    depend depends depended depending dependent | on | of in from to at
    reliant | on | of in from to
    rely relies relied relying | on | in of at to from
    responsible | for | of about
    capable incapable | of | to for in
    congratulate congratulated congratulations congrats | on | for about
    interested | in | on about for at of
    familiar | with | about in on of
    aware unaware | of | about on for
    insist insists insisted insisting | on | in for to
    focused focussed focusing focussing | on | at about
    consist consists consisted consisting | of | on from with
    comply complies complied complying | with | to by on
    participate participates participated participating | in | on to into
    specialize specializes specialized specializing specialise specialises specialised | in | on at
    similar | to | with as than
    emphasis | on | about
    passionate | about | on of
    keen | on | in about
    fond | of | with about for
    impressed | by | of from
    satisfied dissatisfied | with | of from
    excited | about | on of
    resulted resulting | in | to into
    involved | in | on into
    knowledgeable | about | on of
    grateful thankful | for | about of
    proud | of | for about with
    """
)

# Verbs that take their object without a preposition: 'discuss about the role' -> 'discuss'.
# 'enter into an agreement' is right and stays out; so does 'discussion about'.
NO_PREPOSITION = _table(
    """
    discuss discussed discussing discusses | - | about
    emphasize emphasized emphasizing emphasizes emphasise emphasised emphasising | - | on about
    comprise comprises comprising | - | of
    describe described describing describes | - | about
    mention mentioned mentioning mentions | - | about
    await awaited awaiting awaits | - | for
    despite | - | of
    contact contacted contacting | - | to with
    """
)

# Verbs and nouns that take 'to' before what they reach: 'reply your email' -> 'reply to'.
TO_VERBS = _words(
    "reply replied replying respond responded responding listen listened listening "
    "apologize apologized apologise apologised"
)
ADDITION_NOUNS = _words("addition asset contribution commitment dedication introduction")

# Words after which a wh-word starts an embedded question, in statement order.
EMBED_TRIGGERS = _words(
    "know knows knew known knowing ask asks asked asking tell tells told telling wonder "
    "wonders wondered wondering sure unsure curious understand understands understood "
    "learn learned learnt find confirm confirms confirmed clarify clarifies clarified "
    "explain explained see remember forget decide decided idea check discuss share hear "
    "heard show showed"
)

# Verbs of feeling: the -ed form is how a person feels, the -ing form what makes them feel it.
FEELING_VERBS = _words(
    "excite interest surprise thrill bore confuse amaze satisfy intimidate frustrate "
    "overwhelm exhaust disappoint embarrass encourage inspire fascinate astonish shock "
    "annoy please delight humble captivate intrigue energize energise motivate terrify "
    "puzzle depress irritate disturb alarm stun astound baffle bewilder"
)

# Verbs of feeling whose -ing form a person may rightly be ('I was so disappointing on
# Tuesday', 'I was confusing in my answer'): only read as a slip right before 'about', 'to'...
SELF_CAUSED = _words(
    "disappoint annoy confuse frustrate embarrass bore inspire encourage irritate intimidate "
    "challenge"
)

# Adjectives of a person's state, which need a verb before them ('I happy to' -> 'I am').
FEELING_ADJECTIVES = _words(
    "happy glad available able ready grateful thankful eager keen proud aware confident "
    "hopeful interested excited thrilled pleased delighted honored honoured sorry unable "
    "unavailable free busy curious"
)

# Nouns for things and events: an -ed adjective of feeling before or about one is a slip for
# the -ing form ('a satisfied experience', 'the tour was interested').
THING_NOUNS = _words(
    "experience experiences tour visit conversation conversations discussion discussions "
    "interview interviews meeting meetings talk talks project projects role position "
    "opportunity opportunities work job task tasks challenge challenges chat presentation "
    "session question questions idea ideas news result results place offer process "
    "format problem problems book story topic field area approach insight insights morning "
    "afternoon day week demo product vision culture environment journey trip stories "
    "prospect prospects time times tools tool system systems data day days plan plans "
    "roadmap agenda schedule program programme course event events panel exercise test "
    "case study assignment workload pace timeline answer answers response feedback"
)

# Nouns for people, after which 'which' is a slip for 'who'.
PERSON_NOUNS = _words(
    "people person persons everyone everybody anyone anybody someone somebody nobody "
    "colleague colleagues engineer engineers developer developers nurse nurses teacher "
    "teachers student students customer customers employee employees mentor mentors "
    "interviewer interviewers recruiter recruiters friend friends doctor doctors patient "
    "patients designer designers analyst analysts founder founders applicant applicants "
    "volunteers volunteer man woman men women guy guys individual individuals researcher "
    "researchers scientist scientists coworker coworkers teammate teammates"
)

# Plurals that name an amount ('less funds' is fine) or are not plural counts at all.
MASS_PLURALS = _words(
    "funds resources savings earnings assets goods sales proceeds taxes means news series "
    "species thanks arrears belongings outskirts premises regards surroundings clothes "
    "wages riches remains analytics economics logistics physics mathematics politics data "
    "media"
)

# Nouns with no plural in ordinary use: 'researches' -> 'research'. Value: the plural's fix.
UNCOUNTABLE = {
    "equipments": "equipment",
    "informations": "information",
    "advices": "advice",
    "feedbacks": "feedback",
    "knowledges": "knowledge",
    "softwares": "software",
    "hardwares": "hardware",
    "furnitures": "furniture",
    "luggages": "luggage",
    "baggages": "baggage",
    "homeworks": "homework",
    "evidences": "evidence",
    "machineries": "machinery",
    "researches": "research",
    "jewelries": "jewelry",
    "sceneries": "scenery",
    "worser": "worse",
}

# Possessive pronouns written with an apostrophe: "your's" -> 'yours'.
POSSESSIVE_PRONOUNS = {
    "your's": "yours",
    "yours'": "yours",
    "their's": "theirs",
    "theirs'": "theirs",
    "our's": "ours",
    "ours'": "ours",
    "her's": "hers",
    "hers'": "hers",
}
