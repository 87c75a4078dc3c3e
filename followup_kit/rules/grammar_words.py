"""Word lists for our own grammar checks (data apart from logic; see grammar_checks.py).

Open classes (nouns, verbs, adjectives, adverbs and verb forms) come from Harper's dictionary,
compiled into ``followup_kit/data/word_classes.txt`` by ``tools/word_classes.py``; the
patterns that tell which of two confusable words a sentence needs are in
``followup_kit/data/confusions.txt``. What is here: the closed classes (a few hundred function
words), a few fixes to Harper's tags, irregular verbs and words that are slips in any letter.
"""

from __future__ import annotations

__all__ = [
    "ATTRIBUTIVE_PLURALS",
    "CLASSES",
    "IRREGULAR_VERBS",
    "RARE_TYPOS",
    "TAG_FIXES",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed classes, by name: the patterns below refer to them as '@name'.
CLASSES: dict[str, frozenset[str]] = {
    "det": _words("a an the this that these those every each some any no another either neither"),
    "article": _words("a an the"),
    "poss": _words("my your his her its our their"),
    "subj": _words("i you he she it we they"),
    "subj3": _words("he she it"),
    "obj": _words("me you him her it us them"),
    "modal": _words("can could will would shall should may might must cannot"),
    "be": _words("am is are was were be been being"),
    "have": _words("have has had having"),
    "do": _words("do does did"),
    "prep": _words(
        "about above across after against along among around at before behind below beneath "
        "beside besides between beyond by despite during for from in inside into near of off "
        "on onto out outside over past per since through throughout to toward towards under "
        "until upon with within without via"
    ),
    # Prepositions after which 'you' is an object and a noun cannot follow it directly.
    "object_prep": _words(
        "about against among around at behind beside between by for from into of on onto over "
        "through to toward towards under upon with without"
    ),
    "conj": _words("and or but nor so yet because although though while whereas if unless"),
    "clause_start": _words(
        "and or but so because although though while if unless when whenever that since "
        "once as where whether"
    ),
    # Verbs that take two objects: 'send you examples', 'give me a call'.
    "ditransitive": _words(
        "give gives gave giving given send sends sent sending show shows showed showing shown "
        "tell tells told telling offer offers offered offering bring brings brought bringing "
        "owe owes owed owing email emails emailed emailing wish wishes wished wishing "
        "pay pays paid paying ask asks asked asking teach teaches taught teaching "
        "promise promises promised promising lend lends lent lending sell sells sold "
        "get gets got getting buy buys bought buying make makes made making hand hands handed "
        "grant grants granted allow allows allowed cost costs mail mails mailed write writes "
        "wrote forward forwards forwarded call calls called find finds found keep keeps kept "
        "leave leaves left let lets save saves saved spare spares spared award awarded "
        "guarantee guaranteed "
        "ping pinged text texted"
    ),
    # Words after which an object pronoun may be followed by a bare noun phrase anyway.
    "time_word": _words(
        "today tomorrow yesterday tonight now soon again too also both all personally directly "
        "earlier later first next last this every each once twice always often sometimes "
        "either alone well already anyway yet so instead here there back"
    ),
    "adverb_degree": _words(
        "very really so quite too rather pretty extremely truly incredibly especially "
        "particularly genuinely deeply highly most more less always still never just also "
        "already absolutely certainly definitely clearly simply"
    ),
    "comparative_word": _words("more less fewer rather other better worse else different"),
    "negation": _words("not never n't"),
    "number": _words(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
        "fifty hundred several many few"
    ),
    "plural_det": _words("these those many several few both all two three four five our"),
    "time_noun": _words(
        "week weeks month months year years day days time morning afternoon evening night "
        "monday tuesday wednesday thursday friday saturday sunday quarter summer winter spring "
        "autumn fall semester term weekend hour hours minute minutes decade"
    ),
}

# Harper's tags that mislead these checks, fixed by hand (tags as in word_classes.txt).
TAG_FIXES: dict[str, str] = {
    "glad": "J",
    "able": "J",
    "ready": "J",
    "busy": "J",
    "free": "J",
    "sure": "J",
    "happy": "J",
    "eager": "J",
    "keen": "J",
    "proud": "J",
    "grateful": "J",
    "thankful": "J",
    "excited": "JVDP",
    "interested": "JVDP",
    "welcome": "JNVL",
    "right": "JNR",
    "whether": "K",
    "our": "E",
    "weak": "J",
    "week": "N",
    "role": "N",
    "team": "N",
    "staff": "N",
    "experience": "NVL",
    "thanks": "NS",
    "both": "E",
    "all": "E",
    "well": "RJ",
    "here": "R",
    "there": "R",
    "then": "R",
    "than": "K",
    "to": "I",
    "too": "R",
    "also": "R",
    "just": "RJ",
    "like": "IVL",
    "as": "IK",
    "hear": "VL",
    "know": "VL",
    "now": "R",
    "new": "J",
    "meet": "VLN",
    "met": "VDP",
    "lead": "VLN",
    "led": "VDP",
    "loose": "J",
    "lose": "VL",
    "quiet": "JN",
    "quite": "R",
    "passed": "VDP",
    "past": "NJI",
    "advice": "N",
    "advise": "VL",
    "affect": "VL",
    "effect": "NVL",
    "except": "IK",
    "accept": "VL",
    "write": "VL",
    "wrote": "VD",
    "written": "VP",
    "going": "VG",
}

# Irregular verbs: base, past, past participle (regular verbs are derived by rule).
IRREGULAR_VERBS: tuple[tuple[str, str, str], ...] = tuple(
    tuple(line.split())  # type: ignore[misc]
    for line in """
    be was been
    become became become
    begin began begun
    bring brought brought
    build built built
    buy bought bought
    catch caught caught
    choose chose chosen
    come came come
    cut cut cut
    deal dealt dealt
    do did done
    draw drew drawn
    drive drove driven
    eat ate eaten
    fall fell fallen
    feel felt felt
    find found found
    fly flew flown
    forget forgot forgotten
    get got gotten
    give gave given
    go went gone
    grow grew grown
    have had had
    hear heard heard
    hold held held
    keep kept kept
    know knew known
    lead led led
    learn learned learned
    leave left left
    lend lent lent
    let let let
    lose lost lost
    make made made
    mean meant meant
    meet met met
    pay paid paid
    put put put
    read read read
    ride rode ridden
    rise rose risen
    run ran run
    say said said
    see saw seen
    sell sold sold
    send sent sent
    set set set
    show showed shown
    sit sat sat
    speak spoke spoken
    spend spent spent
    stand stood stood
    take took taken
    teach taught taught
    tell told told
    think thought thought
    throw threw thrown
    understand understood understood
    wake woke woken
    wear wore worn
    win won won
    write wrote written
    """.strip().splitlines()
)


# Plural nouns that name a field or a department and stand before another noun without an
# apostrophe: 'the sales team', 'an operations analyst', 'the claims process'.
ATTRIBUTIVE_PLURALS = frozenset(
    """
    sales operations systems communications services sports arts goods savings claims events
    payments accounts products students customers engineers clients nurses jobs careers news
    logistics customs economics analytics graphics electronics materials facilities benefits
    rewards relations affairs admissions sciences studies works parts arms humanities
    languages skills people kids childrens mens womens girls boys sellers buyers partners
    members users patients volunteers parents teachers workers employees staffs drivers
    """.split()
)

# Real words that are rare in job letters and one letter away from a common word there: a
# letter almost always means the common one. (Checked by frequency: the intended word is at
# least fifty times more common in pyspellchecker's corpus.)
RARE_TYPOS: dict[str, str] = {
    "manger": "manager",
    "mangers": "managers",
    "discus": "discuss",
    "costumer": "customer",
    "costumers": "customers",
    "pubic": "public",
    "collage": "college",
    "prefect": "perfect",
    "asses": "assess",
    "defiantly": "definitely",
    "loosing": "losing",
    "thee": "the",
    "bellow": "below",
    "alot": "a lot",
    "infact": "in fact",
    "aswell": "as well",
    "eachother": "each other",
    "incase": "in case",
}
