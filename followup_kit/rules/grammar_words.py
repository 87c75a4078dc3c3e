"""Word lists for our own grammar checks (data apart from logic; see grammar_checks.py).

Open classes (nouns, verbs, adjectives, adverbs and verb forms) come from Harper's dictionary,
compiled into ``followup_kit/data/word_classes.txt`` by ``tools/word_classes.py``. What is
here: the closed classes (a few hundred function words), irregular verbs, the pairs of real
words people confuse, and the context patterns that tell which one a sentence needs.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "ATTRIBUTIVE_PLURALS",
    "CLASSES",
    "CONFUSIONS",
    "IRREGULAR_VERBS",
    "RARE_TYPOS",
    "TAG_FIXES",
    "Confusion",
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


class Confusion(NamedTuple):
    """A real word that the words around it show to be a slip for another.

    ``before`` and ``after`` are the slots next to the word, nearest first; each slot is a
    word, several words joined by '/', a class '@name' (CLASSES, or the open classes
    @noun, @verb, @base, @ing, @past, @participle, @adj, @adv, @content), '^' for the
    start of a sentence, '$' for its end, or '*' for any word. A slot starting with '!'
    must not match. ``unless_before``/``unless_after`` are whole patterns that cancel it.
    """

    word: str
    replacement: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    unless_before: tuple[str, ...] = ()
    unless_after: tuple[str, ...] = ()
    why: str = ""


def _c(word: str, replacement: str, before: str = "", after: str = "", **kw: str) -> Confusion:
    return Confusion(
        word,
        replacement,
        tuple(before.split()),
        tuple(after.split()),
        tuple(kw.get("unless_before", "").split()),
        tuple(kw.get("unless_after", "").split()),
        kw.get("why", ""),
    )


_OWNER = "a noun needs 'your', the owner"
CONFUSIONS: tuple[Confusion, ...] = (
    # you / your / you're
    _c("you", "your", "@object_prep", "@content", unless_after="@time_word", why=_OWNER),
    _c("you", "your", "@object_prep", "@adj @noun", unless_after="@time_word", why=_OWNER),
    _c("you", "your", "@verb", "@plural", unless_before="@ditransitive", why=_OWNER),
    _c("you", "your", "@verb", "@adj @plural/@noun_only", unless_before="@ditransitive", why=_OWNER),
    _c("you", "your", "^", "@noun_only", why=_OWNER),
    _c("you", "your", "@verb", "@noun_only", unless_before="@ditransitive", why=_OWNER),
    _c("you", "your", "@verb", "@adj @noun_only", unless_before="@ditransitive", why=_OWNER),
    _c("your", "you're", "!@verb", "going/welcome/not", why="'you're' is 'you are'"),
    _c("your", "you're", "", "always/so/very/still/already/all/really/just/also/definitely/clearly/"
       "probably @ing/@adj/@participle/a/an/the/not", unless_after="@any @adj @noun",
       why="'you're' is 'you are'"),
    _c("your", "you're", "@clause_start/know/think/hope/understand/sure", "@participle !@noun",
       why="'you're' is 'you are'"),
    _c("your", "you're", "@clause_start", "@adj_only", why="'you're' is 'you are'"),
    _c("your", "you're", "@clause_start", "@ing !@noun", why="'you're' is 'you are'"),
    _c("your", "you're", "know/think/hope/understand/guess/sure/bet", "@adj", why="'you're' is 'you are'"),
    _c("your", "you're", "know/think/hope/understand/guess", "@ing", why="'you're' is 'you are'"),
    _c("your", "you're", "^", "welcome/right/correct/invited/busy/going", why="'you're' is 'you are'"),
    _c("your", "you're", ",", "right/correct/welcome", why="'you're' is 'you are'"),
    _c("your", "you're", "", "a/an/the", why="'you're' is 'you are'"),
    _c("you're", "your", "", "@noun_only", why=_OWNER),
    _c("you're", "your", "@object_prep", "", why=_OWNER),
    _c("you're", "your", "", "@adj @noun_only", unless_after="@ing", why=_OWNER),
    # their / there / they're
    _c("there", "their", "!@be", "@noun_only", unless_before="over/from/in/out/up/down/back/here",
       why="a noun needs 'their', the owner"),
    _c("there", "their", "!@be", "@adj_only @noun", unless_before="over/from/in/out",
       why="a noun needs 'their', the owner"),
    _c("there", "their", "@object_prep", "@content", unless_before="from/over/in/out/up/down/near/"
       "to/get/got/go/went/back/live/lived/been", unless_after="@time_word/@prep/@conj",
       why="a noun needs 'their', the owner"),
    _c("their", "there", "", "is/are/was/were/isn't/aren't/wasn't/weren't/will/has/have/seems",
       unless_before="@prep/@verb", why="'there is' points to something; 'their' owns it"),
    _c("their", "there", "@be/if/whether", "is/are/was/were/anything/any", why="'is there' asks"),
    _c("their", "they're", "", "going/doing/not/so/very/clearly/always/also/all/really",
       why="'they're' is 'they are'"),
    _c("their", "they're", "", "@adj_only", unless_after="@adj_only @noun",
       why="'they're' is 'they are'"),
    _c("their", "they're", "", "a/an/the", why="'they're' is 'they are'"),
    _c("their", "they're", "said/think/hope/know/because/as/and/but/so/sure", "@participle/@adj !@noun",
       unless_after="@any @noun", why="'they're' is 'they are'"),
    _c("they're", "their", "", "@noun_only", why="a noun needs 'their', the owner"),
    _c("they're", "their", "", "@adj @noun_only", unless_after="@ing",
       why="a noun needs 'their', the owner"),
    # its / it's
    _c("its", "it's", "", "been/a/an/the/not/going/always/never/about/so/very/such/really/just/"
       "also/still/only/quite", why="'it's' is 'it is' or 'it has'"),
    _c("its", "it's", "", "clear/great/good/exciting/hard/easy/important/nice/possible/true/time/"
       "wonderful/amazing/impressive/rare/clearly", unless_after="@any @noun",
       why="'it's' is 'it is' or 'it has'"),
    _c("its", "it's", "", "@adj_only $", why="'it's' is 'it is'"),
    _c("its", "it's", "", "@adj_only to/that/how", why="'it's' is 'it is'"),
    _c("it's", "its", "", "@noun_only", unless_after="@noun_only @noun_only",
       why="a noun needs 'its', the owner"),
    _c("it's", "its", "", "own", why="a noun needs 'its', the owner"),
    _c("it's", "its", "!^", "@plural", unless_after="@any who/that/like", why="a noun needs 'its', the owner"),
    _c("it's", "its", "and/of/with/for/since/from/on/about/in/values/has/improve/improved",
       "@adj @noun", why="a noun needs 'its', the owner"),
    # then / than
    _c("then", "than", "@comparative", "", why="a comparison takes 'than'"),
    _c("then", "than", "more/less/fewer/rather/other/better/worse/faster/longer/bigger", "",
       why="a comparison takes 'than'"),
    _c("than", "then", "and/since/until/till/by/back/just/only/even/now/but", "!@comparative",
       unless_before="more/less/rather/other/better", why="'then' is about time or order"),
    _c("than", "then", ",", "@subj/i/we/you", unless_before="@any @comparative",
       why="'then' is about time or order"),
    _c("than", "then", "^", "", why="'then' is about time or order"),
    # form / from
    _c("form", "from", "@verb/@adv/@noun", "@det/@poss/@obj/@proper/@number",
       unless_before="to/@modal/@subj/@det/@poss/and/or/help/helps/helped/will/@plural",
       why="'from' says where something comes from"),
    _c("form", "from", "far/apart/away/aside/back/hear/hearing/heard/moved/move/moving/came/come/"
       "graduated/graduating/learned/learnt/learn/switched/transitioned/else/anything/something",
       "",
       why="'from' says where something comes from"),
    _c("from", "form", "@det/@poss/application/consent/contact/order/registration", "!@det",
       unless_before="apart/away/far/come/came/back", why="a form is a document to fill in"),
    # here / hear
    _c("here", "hear", "to/@modal/cannot/can't/didn't/don't", "from/about/back/more/that/of/what/how",
       why="'hear' is done with the ears"),
    _c("here", "hear", "to", "you/your/the/it", unless_before="come/came/get/got/move/moved",
       why="'hear' is done with the ears"),
    _c("hear", "here", "@be/work/working/live/living/start/started/stay/come/came/moved/over/right/"
       "from/out/up/in", "", unless_after="from/about/back", why="'here' is a place"),
    _c("hear", "here", "^", "is/are/was/were/'s", why="'here' is a place"),
    # meat / meet / met
    _c("meat", "meet", "to/@modal/and", "", why="'meet' is to see someone"),
    _c("meat", "meet", "", "you/with/the/your/him/her/them/again/up/everyone", why="'meet' is to see someone"),
    _c("meet", "met", "we/i/they/you/he/she", "on/yesterday/last/earlier/at/in/during/last",
       unless_before="when/if/will/can/should/@modal/we/once/until/whenever",
       why="the meeting is over: 'met'"),
    _c("meet", "met", "when/after/since/once/before", "last/yesterday/earlier",
       why="the meeting is over: 'met'"),
    _c("meet", "met", "@subj when/after/since/once", "last/yesterday/earlier",
       why="the meeting is over: 'met'"),
    _c("meet", "met", "@noun @subj", "during/at/on/yesterday",
       why="the meeting is over: 'met'"),
    _c("met", "meet", "to/@modal", "", why="after 'to' the verb takes its plain form"),
    # weather / whether
    _c("weather", "whether", "", "or/i/you/we/they/he/she/it/the/to/there/your/my/our",
       unless_before="the/@poss/good/bad/nice/rainy/cold/hot/warm/sunny/wet/stormy",
       unless_after="the storm/forecast",
       why="'whether' introduces a choice"),
    _c("whether", "weather", "@det/@poss/@adj", "", unless_before="@prep/as/know/ask/asked/see",
       why="'weather' is rain and sun"),
    # to / too / two
    _c("too", "to", "forward/want/wanted/like/love/able/going/need/happy/glad/talk/speak/back/"
       "addition/asset/welcome/listen/reply/used/trying/opportunity/chance/hope/plan",
       "!$", unless_after="much/many/long/late/early/soon/busy/far", why="'too' means 'also' or 'excessively'"),
    _c("too", "to", "", "@base @det/@poss/@obj/@proper/more/you", unless_before="me/way/far/much",
       why="before a verb, 'to'"),
    _c("to", "too", "@obj/@proper/@noun/,", "$", unless_before="@verb/listen/talk/go/went/come/"
       "came/forward/back/up/reply/wrote/write/spoke/speak/thanks/due/according",
       why="'too' means 'also'"),
    _c("to", "too", "was/were/is/are/be/been/not/am/felt/feel/seems/seemed/got/get/far/way/"
       "much/talk/talked/ask", "much/many/long/late/early/soon/busy/nervous/big/small/"
       "hard/far/often/good/bad/expensive/young/old/quickly/fast/slow/little/few", why="'too' means 'excessively'"),
    _c("to", "two", "for/in/of/about/last/past/next/first/only/the/these/those/with",
       "years/months/weeks/days/hours/people/things/roles/interviews/projects/teams/sites/of/more",
       unless_before="talk/talking/spoke/speak/moved/sent/listen", why="'two' is the number"),
    _c("two", "too", "@noun/@obj/it/that/this", "$", why="'too' means 'also'"),
    _c("two", "to", "", "@base_only", why="before a verb, 'to'"),
    # brake / break
    _c("brake", "break", "coffee/lunch/tea/short/big/long/quick/a/the/lucky/career/summer/winter/my",
       "", why="a break is a pause or a chance; a brake stops a car"),
    _c("brake", "break", "", "into/from/through/even/down", why="a break is a pause or a chance"),
    # write / right
    _c("write", "right", "were/was/is/are/am/be/been/you're/i'm/we're", "",
       why="'right' means correct"),
    _c("write", "right", "@det/@poss/all/exactly/just/you", "",
       unless_after="@det/@poss/@obj/to/back/a/about/up/down/in/for/it/this/that",
       why="'right' means correct"),
    _c("write", "right", "", "away/now/person/fit/choice/candidate/time/place/direction/thing",
       why="'right' means correct"),
    _c("right", "write", "to/@modal", "to/back/a/an/the/about/up/down/in/for/you/me/him/her/them/"
       "it/this/that/@poss", why="'write' is what a writer does"),
    # tough / touch
    _c("tough", "touch", "in/of", "", unless_before="@adj", why="keep in 'touch'"),
    _c("tough", "touch", "", "base/on/upon", why="'touch base'"),
    _c("touch", "tough", "a/an/the/very/so/really/quite/pretty/too", "@noun/$/,",
       unless_after="of/screen/base/point/points/typing/up/on", why="'tough' means hard"),
    # accept / except
    _c("except", "accept", "to/@modal/and/gladly/happily/not/please", "@det/@poss/@obj/@noun/@adj/any",
       unless_before="@be", why="to 'accept' is to take"),
    _c("accept", "except", "@noun_only/everyone/everybody/everything/all/,/anyone", "@obj/for/the/that",
       unless_before="@subj/to/@modal/please/and/not/will/would/happily/gladly/i/we",
       why="'except' leaves something out"),
    # affect / effect
    _c("effect", "affect", "to/@modal/not/n't/can/could/will/would/may/might/did/does/do/also/"
       "directly/negatively/positively", "@det/@poss/@obj/@noun/how",
       unless_after="change/changes", why="to 'affect' is to act on; the 'effect' is the result"),
    _c("affect", "effect", "@det/@poss/@adj", "", unless_before="to/@modal/not/also",
       why="the result is the 'effect'"),
    _c("affect", "effect", "", "on/of", why="the result is the 'effect'"),
    # loose / lose
    _c("loose", "lose", "to/@modal/not/never/n't/don't/didn't/won't/@subj/could/afford", "",
       why="to 'lose' is to no longer have"),
    _c("loose", "lose", "", "@det/@poss/touch/sight/track/time/money/focus/interest/customers",
       why="to 'lose' is to no longer have"),
    _c("lose", "loose", "@det/@adj/few/some/many", "ends/end/fit/change/threads",
       why="'loose' is the opposite of tight"),
    # lead / led
    _c("lead", "led", "have/has/had/was/were/been/being/is/are", "",
       unless_after="to $", why="the past of 'lead' is 'led'"),
    _c("lead", "led", "experience/that/this/which/it/work/project/role", "me/us/to/him/her/them",
       why="the past of 'lead' is 'led'"),
    _c("led", "lead", "to/@modal/and", "@det/@poss/@noun/@adj/the", unless_before="@be/have/has/had",
       why="after 'to' the verb takes its plain form"),
    # quite / quiet
    _c("quiet", "quite", "", "@adj_only/@adv/a/an/some/well/sure/often/good/interesting/long",
       unless_after="and/place/room/office/time/@noun_only", why="'quite' means 'rather'"),
    _c("quite", "quiet", "@be/a/an/the/very/so/more/nice/and", "$/and/place/room/office/time/space/"
       "area/moment/week/corner", why="'quiet' means 'not loud'"),
    # advice / advise
    _c("advise", "advice", "@det/@poss/@adj/for/some/any/of/good/great/helpful/useful/expert", "",
       unless_before="to/@modal/will", why="'advice' is the noun; 'advise' the verb"),
    _c("advise", "advice", "^/,", "on/about/is/was", why="'advice' is the noun"),
    _c("advice", "advise", "to/@modal/@subj/gladly/happily", "@det/@poss/@obj/@noun/on/about/clients",
       why="'advise' is the verb; 'advice' the noun"),
    # personal / personnel
    _c("personal", "personnel", "@det/@poss", "team/department/office/manager/file/files/$/,/is/was",
       unless_before="very", why="'personnel' are the staff"),
    _c("personnel", "personal", "a/my/your/the/kind/very", "note/interest/touch/growth/"
       "development/reasons/experience/goals/connection/best/level/life/story/thanks/letter/"
       "matter/favourite/favorite/project/time/statement", why="'personal' means your own"),
    # principal / principle
    _c("principal", "principle", "in", "", why="'in principle' means in general"),
    _c("principal", "principle", "one/a/the/key/basic/guiding/core/first/same/my/our",
       "$/i/we/that/is/behind/guides/,", why="a 'principle' is a rule"),
    _c("principle", "principal", "a/the/as/our/your", "@noun", unless_after="of/that/is/$/,",
       why="a 'principal' is the head or the main one"),
    # compliment / complement
    _c("compliment", "complement", "", "each/one", why="to 'complement' is to complete"),
    _c("compliment", "complement", "skills/experience/background/strengths/expertise/knowledge/"
       "styles/style/would/will/perfectly/nicely/well", "@det/@poss/each/one/$",
       unless_before="i/we/you/to", why="to 'complement' is to complete"),
    _c("complement", "compliment", "the/a/your/kind/nice/lovely/generous/that/this", "$/,/on/about",
       why="a 'compliment' is praise"),
    # past / passed
    _c("passed", "past", "the/over/in/this", "$/few/year/years/week/weeks/month/months/decade/,",
       why="'past' is the time before now"),
    _c("past", "passed", "have/has/had/@subj", "the/it/on/along/my/your/all/every/away",
       unless_before="@be", unless_after="the point/year/week/month/few",
       why="'passed' is the past of 'pass'"),
    # who's / whose
    _c("who's", "whose", "", "@noun_only", why="'whose' says who owns it"),
    _c("who's", "whose", "", "@plural", unless_after="@ing", why="'whose' says who owns it"),
    _c("who's", "whose", "", "@noun @subj", why="'whose' says who owns it"),
    _c("who's", "whose", "", "@adj @noun_only", unless_after="@adj @ing", why="'whose' says who owns it"),
    _c("whose", "who's", "", "been/going/not/always/also/just/a/an/the/very/so/@ing/@adj_only",
       unless_after="@ing @noun", why="'who's' is 'who is' or 'who has'"),
    # misc real-word slips that a context shows
    _c("think", "thank", "^/i/we/and/,", "you/your/everyone/all", why="'thank' you"),
    _c("thank", "think", "i/we/really/still/also/do", "that/it/so/about/of/my/the",
       unless_after="you", why="'think' is to believe"),
    _c("your", "you", "thank", "", why="'thank you'"),
    _c("though", "thought", "i/we/you/they/he/she/had/have/first/always", "that/it/the/this/about/of/"
       "@adj_only", unless_after="the @comparative", why="'thought' is the past of 'think'"),
    _c("new", "knew", "i/we/you/they/he/she/already/always", "that/it/what/how/right/the/then/about/"
       "i/you/we/then", unless_after="the @noun", why="'knew' is the past of 'know'"),
    _c("now", "know", "me/us/you/them/to/don't/didn't/i/we", "$/if/whether/what/how/when/where/that/who/"
       "about/more", unless_before="from/right/by/until", why="'know' means to be aware"),
    _c("roll", "role", "@det/@poss/@adj/new/this/that", "of/as/at/with/in/$/,/you/that",
       unless_after="out/call/up", why="the job is a 'role'"),
    _c("weak", "week", "last/next/this/each/every/per/a/one/two/the/that/past/coming/whole",
       "$/,/or/and/of/ago/before/after/at/in/on/for/to", why="seven days are a 'week'"),
    _c("hole", "whole", "the/a/my/our/your/this", "@noun", unless_after="punch/in/of",
       why="'whole' means all of it"),
    _c("wander", "wonder", "i/we/you/they/also", "if/whether/what/how/why/who/when/about",
       why="to 'wonder' is to ask yourself"),
    _c("where", "were", "we/you/they", "", unless_after="@base/@subj", why="'were' is the past of 'are'"),
    _c("were", "where", "know/see/saw/see/show/showed/asked/ask/wondered/is/that's/place/office/"
       "city/from", "the/i/we/you/they/he/she/it/my/your/our", unless_before="@subj",
       why="'where' asks about a place"),
    _c("are", "our", "@object_prep/join/joined/joining", "@noun_only", why="'our' owns it"),
    _c("are", "our", "@object_prep/join/joined/joining", "@adj @noun", why="'our' owns it"),
    _c("our", "are", "we/you/they", "", unless_after="@noun_only", why="'are' is the verb"),
    _c("me", "my", "@object_prep/meeting/meet/met/thank/thanks", "@noun_only",
       unless_before="@ditransitive", why="a noun needs 'my', the owner"),
    _c("an", "and", "@obj/@noun/@proper", "@poss/@obj/@subj/@det", why="'and' joins two things"),
    _c("on", "one", "", "of", unless_before="@verb/depend/depends/based/work/worked/working/focus",
       unless_after="of the @noun_only @noun", why="'one of' them"),
    _c("off", "of", "one/some/many/any/all/most/each/both/none/part/because/instead/kind/lot/out",
       "the/my/your/our/their/his/her/its/these/those/them/us/you", why="'of' says which"),
    _c("the", "there", "^", "are/is/was/were", why="'there are'"),
    _c("is", "are", "there", "many/several/few/two/three/four/five/lots/both/plenty",
       why="several things take 'there are'"),
    _c("was", "were", "there", "many/several/few/two/three/four/five/lots/both/plenty",
       why="several things take 'there were'"),
    _c("interesting", "interested", "", "in", why="you are 'interested in' something"),
    _c("apart", "a part", "@be/being/become/feel/felt", "of", why="'a part of' the team"),
    _c("peace", "piece", "a/one/another/every/each/that/this", "of", why="a 'piece' of something"),
    _c("peaked", "piqued", "", "my/your/our/his/her/their", why="interest is 'piqued'"),
    _c("board", "bored", "@be/felt/feel/get/got/getting", "$/,/with/during/at/in/by",
       why="'bored' is the feeling"),
    _c("everyday", "every day", "@noun/@verb/it/them/this/that", "$/,/and/for", why="'every day' is how often"),
    _c("it", "its", "and/of/as well as", "strengths/weaknesses/team/staff/people/history/future/"
       "mission/values/customers/users/own", why="a noun needs 'its', the owner"),
    _c("dose", "does", "@noun/@subj/it/this/that/what/which/who/she/he", "not/n't", why="'does not'"),
    _c("filed", "field", "the/this/my/your/same/a", "of/$/,/and", why="a 'field' of work"),
    _c("fist", "first", "the/my/your/our/a", "@noun/time/day/week/round", why="'first' comes before"),
    _c("wit", "with", "", "@det/@poss/@obj/@proper", unless_before="@det/@adj", why="'with'"),
    _c("exited", "excited", "@be/very/so/really/truly/both/all/also/more/most/feel/felt/am",
       "", unless_after="the/a/@poss/from/through/via/out", why="'excited' is the feeling"),
    _c("exited", "excited", "", "about/to/for/by/that", why="'excited' is the feeling"),
    _c("conversion", "conversation", "our/the/your/my/a/great/good/short/helpful/lovely",
       "about/with/yesterday/today/on/earlier/last/this/$", unless_after="rate/rates/of",
       why="a talk is a 'conversation'"),
    _c("causal", "casual", "a/an/the/more/very/quite/fairly", "style/dress/tone/chat/environment/"
       "manner/conversation/atmosphere/approach/way", why="'casual' means relaxed"),
    _c("of", "have", "@modal", "", why="'could have', not 'could of'"),
    _c("lunch", "launch", "product/the/a/our/your/app/site", "plans/date/event/party/of/campaign",
       unless_before="the/a", why="a 'launch' starts a product"),
    _c("good", "well", "job/work/this/it/that", "$", unless_before="@be/as/look/looks/looked/feel/felt/"
       "seem/seems/sound/sounds/smell/taste/very/so/really/pretty", why="'well' describes how"),
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
