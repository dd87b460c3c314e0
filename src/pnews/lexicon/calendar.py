"""Names `dates` needs: months, weekdays, holidays, seasons, parts of the day, units, numbers."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Month names that are also ordinary words: a date only with a day, a year or a temporal word.
AMBIGUOUS_MONTHS = frozenset(
    {"may", "march", "mar", "jan", "dec", "sept", "aug", "jun", "jul", "oct", "nov", "sep", "apr", "feb"}
)
# Nouns of a span that, with "to" or "ending", make the month after them its end: "the 12 months
# to March", "the year ending May" (not "plans to march").
SPANS_ENDING_IN_A_MONTH = frozenset(
    {"year", "years", "months", "quarter", "quarters", "half", "weeks", "period", "season"}
)

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

# "a week on Monday", "Thursday fortnight", "a week ago today": days counted from a named day
DAYS_IN_A_STEP = {"week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14}
# "a week ago Monday", "a week last Tuesday", "a week before Friday": counted back from it
STEPS_BACK_FROM_A_DAY = frozenset({"ago", "last", "before"})

# Words that, right after a weekday, make it part of a name: "Sunday Times", "Monday Night Football".
WEEKDAY_NAME_PARTS = frozenset({
    "times", "telegraph", "express", "mirror", "herald", "post", "mail", "tribune", "observer",
    "independent", "star", "sport", "people", "night", "school", "service", "services", "trading",
    "club", "league", "magazine", "paper", "edition", "show", "special", "massacre",
})  # fmt: skip

# A capitalised word before a weekday that names a past event, not a day of this week: "Black
# Monday" (1987), "Bloody Sunday" (1905, 1972). "Super Tuesday" and "Good Friday" are holidays of
# their own, read as such or not at all ("the Good Friday Agreement").
WEEKDAY_EPITHETS = frozenset({"black", "bloody", "good"})

# Fixed-date holidays: (month, day).
FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year’s day": (1, 1),
    "new year's eve": (12, 31), "new year’s eve": (12, 31), "new year's": (1, 1), "new year’s": (1, 1),
    "new year": (1, 1),
    "independence day": (7, 4), "fourth of july": (7, 4), "the fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "valentine’s day": (2, 14),
    "veterans day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "st. patrick’s day": (3, 17),
    "bastille day": (7, 14), "canada day": (7, 1), "may day": (5, 1), "labour day": (5, 1),
    "juneteenth": (6, 19), "epiphany": (1, 6), "all saints' day": (11, 1), "guy fawkes night": (11, 5),
    # the Julian calendar's Christmas, 13 days behind from 1900 to 2099
    "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7), "orthodox christmas eve": (1, 6),
    "coptic christmas": (1, 7),
    "kwanzaa": (12, 26), "burns night": (1, 25), "australia day": (1, 26), "waitangi day": (2, 6),
    "holocaust memorial day": (1, 27), "international women's day": (3, 8),
    "international women’s day": (3, 8), "st david's day": (3, 1), "st. david's day": (3, 1),
    "st david’s day": (3, 1), "st george's day": (4, 23), "st. george's day": (4, 23),
    "st george’s day": (4, 23), "st andrew's day": (11, 30), "st. andrew's day": (11, 30),
    "st andrew’s day": (11, 30), "world aids day": (12, 1), "earth day": (4, 22),
    "bonfire night": (11, 5), "april fools' day": (4, 1), "april fools’ day": (4, 1),
    "cinco de mayo": (5, 5),
}  # fmt: skip
# Holidays whose date is the United States' own: after another country's name or people ("Ukraine's
# Independence Day", "Canadian Thanksgiving") they fall on a day of that country, unknown here.
HOLIDAYS_OF_THE_UNITED_STATES = frozenset({
    "independence day", "thanksgiving", "thanksgiving day", "labor day", "memorial day",
    "veterans day", "election day", "juneteenth", "columbus day", "presidents' day", "presidents’ day",
    "presidents day", "martin luther king day", "mlk day", "mother's day", "mother’s day",
    "father's day", "father’s day",
})  # fmt: skip
# Capitalised words after a holiday's name that make it a place's or a past event's name:
# "Christmas Island", "the Easter Rising".
NAMES_AFTER_A_HOLIDAY = frozenset({
    "island", "islands", "rising", "uprising", "offensive", "massacre", "truce", "carol", "carols", "war",
    "agreement", "accord", "accords",
})  # fmt: skip
# Words before a holiday's name that make the two a person's name: "Father Christmas" is Santa.
NAMES_BEFORE_A_HOLIDAY = frozenset({"father"})
# Words that make a holiday a greeting, no time: "Merry Christmas", "Happy New Year".
GREETINGS_BEFORE_A_HOLIDAY = frozenset({"merry", "happy"})
# Things named after a holiday, in any case: "a Christmas tree", "Easter eggs" are no time.
THINGS_NAMED_AFTER_A_HOLIDAY = frozenset({
    "tree", "trees", "card", "cards", "pudding", "puddings", "cracker", "crackers", "jumper",
    "jumpers", "sweater", "sweaters", "stocking", "stockings", "ornament", "ornaments", "bauble",
    "baubles", "decoration", "decorations", "lights", "egg", "eggs", "bunny", "bunnies", "costume",
    "costumes", "candy", "candies", "pumpkin", "pumpkins", "hamper", "hampers", "song", "songs",
    "single", "singles", "album", "albums", "film", "films", "movie", "movies", "cake", "cakes",
    "bonnet", "bonnets", "wreath", "wreaths", "candle", "candles", "menorah", "menorahs", "seder",
    "seders",
})  # fmt: skip
# Words before "New Year" that make it another calendar's, on a day of its own: "Chinese New Year".
OTHER_NEW_YEARS = frozenset({
    "chinese", "lunar", "jewish", "persian", "iranian", "kurdish", "vietnamese", "islamic", "hijri",
    "muslim", "thai", "tamil", "sinhala", "sinhalese", "tibetan", "korean", "ethiopian", "orthodox",
    "hindu", "bengali", "nepali", "sikh", "khmer", "cambodian", "mongolian", "tet",
})  # fmt: skip
# Holidays on the n-th weekday of a month (n = -1 for the last): (month, weekday 0=Mon, n).
# A holiday counted from such a day sits in HOLIDAY_DAYS_AFTER.
NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
    "presidents' day": (2, 0, 3), "presidents’ day": (2, 0, 3), "presidents day": (2, 0, 3),
    "mother's day": (5, 6, 2), "mother’s day": (5, 6, 2), "father's day": (6, 6, 3),
    "father’s day": (6, 6, 3), "columbus day": (10, 0, 2), "election day": (11, 0, 1),
    "black friday": (11, 3, 4), "cyber monday": (11, 3, 4), "giving tuesday": (11, 3, 4),
    # the US primaries' biggest day: the first Tuesday of March in every election year since 2000
    # but 2008 (February 5)
    "super tuesday": (3, 1, 1),
    "remembrance sunday": (11, 6, 2),
}  # fmt: skip
# Held only in US presidential election years (divisible by 4): with no year written, the one
# nearest the reference date, whatever the tense.
HOLIDAYS_OF_ELECTION_YEARS = frozenset({"super tuesday"})
# Days most often meant in even years, with no tense to say which, unless one of an odd year is
# within two months: the US federal Election Day ("Working backward from Election Day", said in
# April 2016, is the November 2016 one, not November 2015's).
HOLIDAYS_MOSTLY_OF_EVEN_YEARS = frozenset({"election day"})
# "the second Sunday in March", "the last Friday of June": which of a month's weekdays.
NTH_WEEKDAY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip
# US Election Day is the Tuesday after the first Monday of November; the shopping days follow
# Thanksgiving.
HOLIDAY_DAYS_AFTER = {"election day": 1, "black friday": 1, "cyber monday": 4, "giving tuesday": 5}
# A month and day with no year, followed by one of an event's words, names that event's day: "the
# Sept. 11 attacks" is 2001-09-11, not this year's; "the Jan. 6 committee" 2021-01-06.
EVENT_DAYS = {
    (9, 11): (2001, (
        "attacks", "terrorist attacks", "terror attacks", "hijackers", "hijackings", "commission",
        "memorial", "victims", "first responders", "era",
    )),
    (1, 6): (2021, (
        "riot", "riots", "insurrection", "committee", "select committee", "attack on the capitol",
        "attack on the u.s. capitol", "hearings", "rioters", "defendants",
    )),
    (7, 7): (2005, ("bombings", "bombers", "attacks")),
}  # fmt: skip
# After an event's words, an observance held on this year's day, not the event's: "a Sept. 11
# memorial service", "the Sept. 11 victims' vigil"
NOUNS_OF_AN_OBSERVANCE = (
    "service", "services", "ceremony", "ceremonies", "event", "events", "observance", "observances",
    "vigil", "vigils", "commemoration", "commemorations", "anniversary", "remembrance",
)  # fmt: skip
# written with numbers ("the 7/7 bombings"), these name the event even alone: "after 9/11"
EVENT_DAYS_NAMED_BY_NUMBERS_ALONE = frozenset({"9/11"})
# Holidays counted in days from Easter Sunday.
EASTER_HOLIDAYS = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1,
    "holy saturday": -1, "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46,
    "pentecost": 49, "whit sunday": 49, "whit monday": 50, "ascension day": 39, "holy thursday": -3,
    "shrove tuesday": -47, "mardi gras": -47, "pancake day": -47, "mothering sunday": -21,
}  # fmt: skip
# Holidays counted in days from the Orthodox churches' Easter Sunday.
ORTHODOX_EASTER_HOLIDAYS = {
    "orthodox easter": 0, "orthodox easter sunday": 0, "orthodox good friday": -2,
    "orthodox easter monday": 1,
}  # fmt: skip

# Holidays on a day of the Hebrew calendar: (month counted from Nisan, day). Purim falls in Adar II
# (13) when a year has one, in Adar (12) otherwise.
HEBREW_CALENDAR_HOLIDAYS = {
    "rosh hashanah": (7, 1), "rosh hashana": (7, 1), "jewish new year": (7, 1), "yom kippur": (7, 10),
    "sukkot": (7, 15), "succot": (7, 15), "hanukkah": (9, 25), "chanukah": (9, 25), "hanukah": (9, 25),
    "chanukkah": (9, 25), "purim": (13, 14), "passover": (1, 15), "pesach": (1, 15), "shavuot": (3, 6),
    "tisha b'av": (5, 9), "tisha b’av": (5, 9),
}  # fmt: skip
# Every holiday's name, whatever calendar sets its day
HOLIDAY_NAMES = (
    *FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS, *ORTHODOX_EASTER_HOLIDAYS, *HEBREW_CALENDAR_HOLIDAYS,
)  # fmt: skip

# "the nineties": the decade's digit
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9, "noughties": 0,
}  # fmt: skip
# Decades known by an epithet, whatever the century now: "the Swinging Sixties" were the 1960s
NAMED_DECADES = {
    "roaring twenties": "192", "hungry thirties": "193", "dirty thirties": "193",
    "swinging sixties": "196", "gay nineties": "189",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Words before a bare season name that make it a time: "during summer", "its autumn meeting"
SEASON_LEADS = frozenset({
    "in", "during", "by", "until", "till", "since", "through", "throughout", "over", "before",
    "after", "into", "its", "their", "our", "his", "her",
})  # fmt: skip
# Hedges before a month or season that lead to it as "by" does ("no later than May"), and one that
# leaves the lead before it to do so ("until at least March", "since at least the spring").
HEDGES_BEFORE_A_DATE = ("no later than", "no earlier than", "no sooner than")
HEDGES_AFTER_A_LEAD = ("at least",)
# A sentence opening on one of these and a dated year sets the year of the months it names
# after: "In 2008, the campaign began airing ads in mid-September" (2008-09).
YEAR_FRAME_LEADS = (
    "in", "during", "throughout", "back in", "early in", "late in", "later in", "earlier in",
)  # fmt: skip
# A month or season with one of these words is dated by it, not by a year framing its sentence.
NOT_IN_A_YEAR_FRAME = frozenset({
    "last", "next", "this", "coming", "past", "previous", "following", "same", "that", "ago",
    "earlier", "later", "current",
})  # fmt: skip
# Season names that are also common nouns ("the fall in prices", "a hot spring"): they need more
# than a lead word to be taken, and are never taken after these words ("her fall from grace").
SEASONS_ALSO_NOUNS = frozenset({"fall", "spring"})
NOT_BEFORE_A_SEASON_NOUN = frozenset({"early", "late", "its", "their", "our", "his", "her"})
# After these, a capitalised season is a name: "a free kick by Winter".
NOT_BEFORE_A_CAPITAL_SEASON = frozenset(
    {"by", "before", "after", "over", "since", "until", "till", "through", "throughout"}
)
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # as a season of its year (winter: December)
# The day's turning points, as the part of the day they open or close: "at dawn" → TMO.
TWILIGHT_PARTS = {
    "dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO",
    "dusk": "EV", "sunset": "EV", "nightfall": "EV",
}  # fmt: skip
# "the events of today", "the session of yesterday": that day; but "the cars of tomorrow" is any day to come
NOUNS_OF_A_PARTICULAR_DAY = frozenset({
    "events", "event", "proceedings", "session", "sessions", "meeting", "meetings", "vote", "votes",
    "match", "matches", "game", "games", "news", "headlines", "papers", "edition", "attack", "attacks",
    "trading", "results", "hearing", "debate", "speech", "program", "programme", "show", "schedule",
    # "ahead of tomorrow", "the rest of today": a part of, or a place next to, that day
    "as", "ahead", "instead", "because", "out", "inside", "outside", "rest", "end", "start",
    "beginning", "most", "all", "part", "much", "remainder", "whole", "course", "middle", "some",
    "close", "morning", "afternoon", "evening", "night", "date", "day",
})  # fmt: skip
# Adjectives between "a" and a day that make it a time to come in general: "a better tomorrow".
ADJECTIVES_OF_A_GENERIC_DAY = frozenset({
    "better", "brighter", "bright", "new", "different", "safer", "fairer", "greener", "cleaner",
    "healthier", "happier", "stronger", "bigger", "shared", "common", "hopeful", "prosperous",
})  # fmt: skip
# the generic day of "the children of today": TimeML's reference values
GENERIC_DAY_VALUES = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF", "yesterday": "PAST_REF"}

PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}

# "an upheaval in the morning shows", "on the evening news": a part of the day that names a kind of
# programme or paper, not a time
NOUNS_A_PART_OF_THE_DAY_DESCRIBES = frozenset({
    "show", "shows", "news", "newscast", "newscasts", "bulletin", "bulletins", "broadcast", "broadcasts",
    "programme", "programmes", "program", "programs", "edition", "editions",
    "paper", "papers", "newspaper", "newspapers", "daily", "dailies", "anchor", "anchors", "host", "hosts",
})  # fmt: skip

# TIMEX3 duration units: (letter, is a time unit written after "T").
UNITS = {
    "second": ("S", True), "seconds": ("S", True), "minute": ("M", True), "minutes": ("M", True),
    "hour": ("H", True), "hours": ("H", True), "day": ("D", False), "days": ("D", False),
    "week": ("W", False), "weeks": ("W", False), "weekend": ("WE", False), "weekends": ("WE", False),
    "month": ("M", False), "months": ("M", False), "year": ("Y", False), "years": ("Y", False),
    "decade": ("DE", False), "decades": ("DE", False), "century": ("CE", False),
    "centuries": ("CE", False), "quarter": ("Q", False), "quarters": ("Q", False),
    "fortnight": ("FN", False), "fortnights": ("FN", False),
}  # fmt: skip

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "half": 0.5, "dozen": 12, "single": 1, "couple": 2,
}  # fmt: skip
# Years that "BC" after them names a place, not an era: "the 2013 BC election" (British Columbia).
MODERN_YEARS_NOT_BEFORE_CHRIST = range(1800, 2200)
# Vulgar fractions written after a whole number: "2½ years".
FRACTION_SIGNS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# Number words that multiply what comes before them rather than add to it.
NUMBER_MULTIPLIERS = frozenset({"hundred", "thousand", "dozen", "couple"})
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "final": 4, "last": -1,
}  # fmt: skip
# The days of a month as ordinal words: "the third of March", "the twenty-first of June".
_ORDINAL_UNITS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
DAY_ORDINAL_WORDS = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
# Amounts with no number: "several months" → PXM, "a handful of days ago" → PAST_REF.
VAGUE_AMOUNTS = frozenset({
    "several", "few", "a few", "many", "some", "numerous", "multiple", "a handful of", "a number of",
})  # fmt: skip

# Words ending an amount that make "a year" after it a rate: "$5 million a year", "60 hours a week",
# "one day a week".
RATE_AMOUNT_WORDS = frozenset({
    "per cent", "percent", "million", "billion", "cents", "pence", "dollars", "euros", "pounds",
    "minutes", "hours", "days", "nights", "weeks", "months", "barrels", "tonnes",
    "minute", "hour", "day", "night", "week", "month",
})  # fmt: skip
# Units long enough that "over the years" is a stretch of them, not the hours of one night.
LONG_UNITS = frozenset({"months", "years", "decades", "centuries"})
# Words that count the plural before "a day" as a number does: "multiple rallies a day".
COUNT_QUANTIFIERS = frozenset(
    {"multiple", "several", "many", "numerous", "a few", "a couple of", "countless"}
)

# Words after a year-like number that make it a count, not a year: "2000 troops".
COUNT_NOUN_HINT = "s"  # a plural noun straight after the number
YEAR_CONTEXT_WORDS = frozenset({
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "between",
    "through", "early", "late", "mid", "circa", "around", "to", "and", "year", "fiscal", "the",
    "summer", "spring", "autumn", "fall", "winter", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "election", "season",
    "census", "budget", "olympics", "campaign", "class", "vintage", "model", "edition", "cycle",
})  # fmt: skip

# "who can win in November" looks ahead; after a date ("a tree that can receive texts") it says nothing.
ABILITY_MODALS = frozenset({"can", "cannot", "can't", "can’t"})
# Words that put a bare weekday or month in the future: "will meet on Friday".
FUTURE_MARKERS = frozenset({
    "will", "'ll", "’ll", "shall", "going", "plans", "plan", "planned", "scheduled", "expected",
    "set", "due", "next", "upcoming", "coming", "later", "until", "till", "tomorrow", "await",
    "awaits", "awaiting", "hopes", "intends", "aims", "expect", "expects", "would", "to", "might",
    "looming", "impending", "forthcoming", "planning", *ABILITY_MODALS,
})  # fmt: skip
# Before a participle of a plan, words of a comparison: "fewer jobs than expected in January", "went
# ahead as planned on Friday" say nothing of the time ahead.
COMPARISONS_BEFORE_A_PARTICIPLE = frozenset({"than", "as"})
# After "coming", words that make it a participle of where something comes from, not a time ahead:
# "the huzzahs coming out of her headquarters Monday night"; not "an audit coming out in March"
FROM_WHERE_AFTER_COMING = (("from",), ("off",), ("out", "of"))
# Present-tense verbs of a timetable: "the trial opens Monday", "the offer expires on Friday".
SCHEDULE_VERBS = frozenset({
    "begins", "starts", "opens", "resumes", "reopens", "reconvenes", "convenes", "expires", "ends",
    "closes", "concludes", "kicks", "launches", "debuts", "premieres", "airs", "arrives", "departs",
    "travels", "heads", "returns", "visits", "hosts", "faces", "meets", "takes", "goes", "speaks",
    "unveils", "enters", "testifies", "hears", "announces", "publishes", "delivers", "holds", "plays",
    "runs", "lasts", "continues", "leaves", "retires",
})  # fmt: skip
# Verbs whose present progressive is an arrangement ahead: "Sanders is speaking Thursday", "he is
# leaving the show next month"; not a reaction to what was ("are hailing the speech on Thursday").
ARRANGEMENTS_IN_THE_PROGRESSIVE = frozenset({
    "going", "coming", "leaving", "departing", "arriving", "visiting", "travelling", "traveling",
    "heading", "hosting", "holding", "organizing", "organising", "campaigning", "running", "speaking",
    "meeting", "facing", "playing", "launching", "unveiling", "releasing", "filing", "joining",
    "returning", "attending", "opening", "closing", "starting", "beginning", "testifying",
    "appearing", "headlining", "delivering", "flying", "stepping", "retiring", "marrying",
    "competing", "performing", "debuting", "premiering",
})  # fmt: skip
# The same verbs after a plural subject: "Democrats vote Tuesday", "the two leaders meet on Friday".
PLURAL_SCHEDULE_VERBS = frozenset({
    "begin", "start", "open", "resume", "reopen", "reconvene", "convene", "vote", "hold", "meet",
    "face", "play", "host", "visit", "travel", "head", "return", "go", "take", "arrive", "leave",
    "continue", "close", "end", "expire", "conclude", "kick", "launch", "depart", "air", "debut",
    "premiere", "run", "last", "come",
})  # fmt: skip
# Verbs whose subject is a time still ahead: "as Election Day nears", "with the deadline looming";
# their past ("as the vote neared") is past as any verb's.
VERBS_OF_A_TIME_DRAWING_NEAR = frozenset({
    "nears", "approaches", "looms", "beckons", "nearing", "approaching", "looming", "beckoning",
})  # fmt: skip
# Present verbs whose subject, a weekday opening the sentence, is a day still ahead (or today): "Saturday
# marks the 20th anniversary", "Friday is the deadline"; not a month or a holiday ("December is
# traditionally quiet"), and "Monday marked" is past.
PRESENT_VERBS_OF_A_DAY_AHEAD = frozenset({"marks", "is"})
# Verbs of a speech tag after a comma ("…in November, said Mr Richards"): the tag's tense is not the date's.
SPEECH_TAG_VERBS = frozenset({"said", "says", "added", "told", "announced", "reported", "according"})
# Those of them whose clause may follow with no object or "that": "said the vote in May would be close"
VERBS_OF_SAYING_BEFORE_A_CLAUSE = frozenset({"said", "added"})
# Words in -ing after a comma that open no participle clause: ", during which", ", nothing will"
WORDS_IN_ING_NOT_A_PARTICIPLE = frozenset({
    "during", "morning", "evening", "nothing", "something", "anything", "everything", "string",
})  # fmt: skip
# Relative pronouns that stand as the subject of those verbs: "the rules, which come into force on Monday"
RELATIVE_SUBJECTS = frozenset({"which", "who"})
# Words ending in "s" that are no plural subject: "does not hold", "its return", "as planned".
NOT_PLURAL_SUBJECTS = frozenset({"does", "has", "was", "its", "as", "yes", "whereas"})
# A copula straight before a date (or "on"/"in" and a date) says when something is due: "the vote is
# on Tuesday", "the deadline is Friday".
SCHEDULE_COPULAS = frozenset({"is", "are"})
# Words before "last" that make it the verb ("will last until Friday"), not a past marker.
MODALS_BEFORE_A_VERB = frozenset({
    "will", "would", "could", "can", "may", "might", "should", "must", "to", "'ll", "’ll",
})  # fmt: skip
# Conjunctions whose clause in the present speaks of the future: "if a Republican is elected in
# November", "unless the deal is approved by March".
CONDITIONAL_CONJUNCTIONS = frozenset({"if", "unless", "once", "until", "till", "whether", "when"})
# Phrases that open such a clause: "will sell 300,000 copies by the time the chart is announced on
# Sunday", "as soon as it is approved in March".
CONDITIONAL_PHRASES = (("by", "the", "time"), ("as", "soon", "as"), ("in", "case"))
# Verbs that take a "that" clause: after them "that September" is "that" and a month, not the
# September in view ("said that May would resign").
VERBS_BEFORE_A_THAT_CLAUSE = frozenset({
    "say", "says", "said", "add", "adds", "added", "note", "notes", "noted", "think", "thinks",
    "thought", "believe", "believes", "believed", "know", "knows", "knew", "argue", "argues", "argued",
    "claim", "claims", "claimed", "warn", "warns", "warned", "insist", "insists", "insisted",
    "suggest", "suggests", "suggested", "state", "states", "stated", "announce", "announces",
    "announced", "report", "reports", "reported", "reveal", "reveals", "revealed", "show", "shows",
    "showed", "shown", "find", "finds", "found", "predict", "predicts", "predicted", "expect",
    "expects", "expected", "hope", "hopes", "hoped", "fear", "fears", "feared", "estimate",
    "estimates", "estimated", "admit", "admits", "admitted", "confirm", "confirms", "confirmed",
    "deny", "denies", "denied", "agree", "agrees", "agreed", "decide", "decides", "decided", "so",
    "such", "fact", "news", "sure", "clear", "likely", "unlikely", "possible", "certain",
})  # fmt: skip
# Verbs whose object comes before the "that" clause: "told reporters that May would go".
VERBS_WITH_AN_OBJECT_BEFORE_THAT = frozenset({
    "tell", "tells", "told", "telling", "assure", "assures", "assured", "remind", "reminds",
    "reminded", "inform", "informs", "informed", "warn", "warns", "warned", "convince", "convinced",
})  # fmt: skip
# Modals that make a past tense after "if" a supposition: "how ties would fare if he won on Nov. 8".
MODALS_OF_A_SUPPOSITION = frozenset({"would", "could", "might", "'d", "’d"})
# Clauses of time whose past tense is backshifted under "would": "would be paid when they opened on Friday".
# Not "after": "said it would cut jobs after sales fell in January" gives a reason that is past.
TIME_CLAUSE_OPENERS = frozenset({"when", "once", "until", "till"})
MODALS_OF_A_FUTURE_IN_THE_PAST = frozenset({"would", "'d", "’d"})
# Past verbs whose "to" starts something already under way, not a plan: "has begun to rebut".
PAST_VERBS_BEFORE_TO = frozenset({
    "began", "begun", "started", "continued", "tried", "used", "had", "managed", "failed",
    "refused", "helped", "seemed", "appeared", "rushed", "moved", "stepped", "declined",
    "struggled", "sought", "attempted", "scrambled", "opted", "chose", "neglected", "hesitated",
    "happened", "proceeded", "bothered",
})  # fmt: skip
# Past verbs whose "to" leads to a place, a person or a state, not to a verb: "took to social media
# to complain on Wednesday" complained then.
PAST_VERBS_BEFORE_TO_A_PLACE = frozenset({
    "took", "taken", "went", "gone", "came", "travelled", "traveled", "flew", "flown", "headed",
    "returned", "drove", "driven", "walked", "marched", "fled", "raced", "sailed", "rode", "ran",
    "turned", "switched", "spoke", "talked", "wrote", "written", "appealed", "responded",
    "replied", "reacted", "listened", "sent", "brought", "delivered", "journeyed",
})  # fmt: skip
# Past verbs of meeting or stopping, done for the sake of what their "to" says: "the jury retired to
# consider its verdict on Tuesday", "leaders met to discuss the crisis on Friday" did so then.
PAST_VERBS_BEFORE_A_PURPOSE = frozenset({
    "met", "gathered", "convened", "reconvened", "assembled", "congregated", "rallied", "paused",
    "stopped", "queued", "retired", "regrouped", "huddled", "mobilised", "mobilized", "united",
    "arrived", "worked", "fought", "battled",
})  # fmt: skip
# Before a participle they make it a passive, whose "to" gives a purpose: "was taken to cut costs".
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "be", "being", "is", "are"})
# Verbs whose object a participle completes, in their tense, not the participle's: "will get it done
# by Friday", "make their voice heard on Tuesday", "wanted the bill passed by Friday".
VERBS_BEFORE_AN_OBJECT_AND_ITS_PARTICIPLE = frozenset({
    "get", "gets", "getting", "got", "have", "has", "having", "had", "make", "makes", "making",
    "made", "want", "wants", "wanted", "need", "needs", "needed", "keep", "keeps", "kept", "see",
    "sees", "saw", "let", "lets",
})  # fmt: skip
# Words that end the object before such a participle: a perfect's adverb ("have not finished"), or
# the subject of a clause of its own ("like the one he delivered Monday").
NOT_IN_AN_OBJECT = frozenset(
    {"not", "never", "just", "now", "yet", "since", "sure", "i", "he", "she", "we", "they"}
)
# Past verbs whose object and "to" make a request or a plan, not a purpose: "urged voters to turn
# out on Tuesday", "expected the vote to pass on Friday".
VERBS_OF_A_REQUEST = frozenset({
    "asked", "urged", "told", "ordered", "invited", "called", "pressed", "encouraged", "persuaded",
    "expected", "scheduled", "planned", "wanted", "allowed", "forced", "required", "authorized",
    "authorised", "hired", "appointed", "elected", "named", "needed", "paid", "challenged", "dared",
    "instructed", "directed", "advised", "warned", "reminded", "begged", "implored", "set",
})  # fmt: skip
# Past verbs whose object and "to" say what did happen: "forced Schultz to resign on Sunday".
VERBS_THAT_MADE_IT_HAPPEN = frozenset({
    "forced", "compelled", "obliged", "prompted", "caused", "led", "got",
})  # fmt: skip
# Their participles open a clause of what followed: "refused to help, forcing the firm to file on
# Monday" has the tense of the clause before it.
PARTICIPLES_THAT_MADE_IT_HAPPEN = frozenset({
    "forcing", "compelling", "obliging", "prompting", "causing", "leading",
})  # fmt: skip
# Events nobody schedules: a date that names when one happened, at most two words on, looks back
# as a past verb does ("after the church massacre in June", "the attacks in Paris on Friday"). Not
# "coup", which a party plans.
UNPLANNED_EVENTS = frozenset({
    "massacre", "massacres", "attack", "attacks", "shooting", "shootings", "bombing", "bombings",
    "killing", "killings", "murder", "murders", "stabbing", "stabbings", "assassination", "crash",
    "crashes", "earthquake", "explosion", "explosions", "blast", "blasts", "accident", "accidents",
    "riot", "riots", "tragedy", "disaster", "death", "deaths", "collapse", "ambush", "slaying",
    "slayings", "kidnapping", "kidnappings", "abduction", "abductions", "beheading", "beheadings",
    "hijacking", "hijackings", "derailment", "overdose", "rampage", "tsunami", "tsunamis", "coup",
    "coups", "mudslide", "mudslides",
})  # fmt: skip
# After these, "one day" is some day to come, not a length, even before "to": "hope one day to
# harness", "vowed one day to return".
VERBS_OF_HOPING = frozenset({
    "hope", "hopes", "hoped", "hoping", "dream", "dreams", "dreamed", "dreamt", "dreaming", "aspire",
    "aspires", "aspired", "yearn", "yearns", "yearned", "longed", "vowed", "vows", "vow",
})  # fmt: skip
# These take "one day" as some day only split from their "to": "wants to one day run"; "wants one
# day to rest" is a length.
VERBS_OF_WANTING = frozenset({
    "want", "wants", "wanted", "wish", "wishes", "wished", "promised", "promises", "pledged",
    "pledges", "plan", "plans", "planned", "intend", "intends", "intended", "aim", "aims", "aimed",
})  # fmt: skip
# Past verbs of lasting: "until" after them closes a time gone ("the talks lasted until Friday"),
# not one ahead ("adjourned until Friday", "extended until Friday" are plans).
PAST_VERBS_OF_LASTING = frozenset({
    "lasted", "continued", "remained", "stayed", "persisted", "lingered", "waited", "endured",
    "raged", "dragged", "survived", "lived", "worked", "served", "reigned", "ruled", "held",
})  # fmt: skip
# After "with" and a noun, these are no past verbs but a forecast: "with an increase predicted in the
# second half of the year".
FORECAST_PARTICIPLES = frozenset({
    "predicted", "forecast", "projected", "anticipated", "tipped", "pencilled", "penciled", "slated",
    "earmarked", "mooted",
})  # fmt: skip
# Before "than" a bound on the date, not the time of the telling: "no earlier than August".
COMPARATIVES_OF_TIME = frozenset({"earlier", "later", "sooner"})
# Past markers that are no verbs: "decided last week to stand down" has its verb further back
PAST_MARKERS_NOT_VERBS = frozenset(
    {"ago", "last", "earlier", "previously", "already", "recently", "yesterday"}
)
# Past verbs whose "to", even past a date, is the intent itself: "agreed on Tuesday to raise taxes
# from April" looks ahead.
VERBS_OF_AN_INTENT = frozenset({
    "agreed", "decided", "voted", "promised", "pledged", "vowed", "threatened", "offered",
    "proposed", "resolved", "undertook",
})  # fmt: skip
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "you", "it"})
# Conjunctions that may join two objects ("braved a hot sun and long lines to cast") as well as clauses
CONJUNCTIONS_JOINING_OBJECTS = frozenset({"and", "or"})
# Words before "to" that make it a plan or a state, whatever verb came before: "are likely to
# vote", "his bid to win"
STATES_AND_PLANS_BEFORE_TO = frozenset({
    "likely", "unlikely", "able", "unable", "ready", "due", "about", "going", "set", "poised",
    "eager", "keen", "sure", "certain", "willing", "free", "expected", "scheduled", "slated",
    "need", "needed", "time", "plans", "plan", "bid", "hopes", "efforts", "effort", "chance",
})  # fmt: skip
# After "was" or "were", words before "to" that make a plan seen from the past, which may have
# come by now or not: "was scheduled to leave late Tuesday" is the nearest Tuesday. So is "was to".
PLANS_SEEN_FROM_THE_PAST = frozenset({
    "scheduled", "set", "due", "expected", "slated", "poised", "planning", "going", "meant",
    "supposed", "about",
})  # fmt: skip
# Adverbs inside such a verb group: "was originally scheduled to"
ADVERBS_IN_A_VERB_GROUP = frozenset({"originally", "initially", "also", "still", "then", "first", "once"})
# between "has" and its participle: "has already found", "have long been"
ADVERBS_INSIDE_A_PERFECT = ADVERBS_IN_A_VERB_GROUP | {"already", "long", "just", "repeatedly"}
# Finite present verbs: "said they are likely to": the past verb belongs to another clause
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "has", "have", "does", "do"})
# "it is already almost July": a state now, not a past marker as in "has already voted"
PRESENT_FORMS_OF_BE = frozenset({"is", "are", "am"})
# What says a thing lies ahead of now, not of a time told in the past ("would", "was due to"):
# "rates will drop later in the year", "she is slated to be there later in the month".
FUTURE_FROM_NOW = frozenset({"will", "shall", "won't", "won’t"})
PLANS_AFTER_A_PRESENT_BE = frozenset({
    "going", "set", "due", "expected", "scheduled", "slated", "poised", "likely", "planning", "hoping",
})  # fmt: skip
# Stop a look back for them: the clause is told from the past ("had hoped", "was due to", "he'd")
TOLD_FROM_THE_PAST = frozenset({"would", "could", "was", "were", "had", "did"})
# Words just before a date that look ahead from any verb: "to stay in the fight until January"
LOOKING_AHEAD_BEFORE_A_DATE = frozenset({"until", "till", "through", "before", "by", "ahead"})
# Auxiliaries that make "set" a past participle of something done: "the record was set in October".
PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been"})
# What follows "set" when it is a plan: "was set for Tuesday", "had been set to vote".
PURPOSES_AFTER_SET = frozenset({"for", "to", "until", "till"})
# "set" after these (or a number) is a noun, not a plan: "a four-set win", "the opening set"
# (not "final" or "tie": "the final, set for Sunday" is a plan; the comma is gone once split into words)
WORDS_BEFORE_SET_AS_A_NOUN = frozenset({
    "a", "an", "the", "each", "every", "straight", "opening", "deciding", "first", "second", "third",
    "fourth", "fifth", "data", "box", "tv", "film", "jet",
})  # fmt: skip
# The words a noun phrase opens with: "the plan", "its plans", "those rules"
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"}) | POSSESSIVE_DETERMINERS
# After one of these a participle is an adjective, not a verb: "an unprecedented windfall in March",
# "his troubled campaign". Not "that" ("the bill that passed on Tuesday") nor "those" ("those
# arrested on Friday").
DETERMINERS_BEFORE_AN_ADJECTIVE = frozenset({"a", "an", "the"}) | POSSESSIVE_DETERMINERS
# Future markers that, after a date and before one of the words after them, open a time of their
# own rather than tell a tense: "rose in morning trading, before declining later in the day"; not
# "the Nov. 8 election later said".
FUTURE_MARKERS_OPENING_A_TIME = frozenset({"later"})
WORDS_OPENING_A_TIME_AFTER_A_MARKER = frozenset({"in", "on", "this", "that", "today", "tonight", "same"})
# Future markers that are often nouns: "the bailout plan on Tuesday", "his hopes in May".
FUTURE_MARKERS_ALSO_NOUNS = frozenset({"plan", "plans", "hopes", "aims"})
# Before one of those, a word that makes it a noun: "the plan", "its plans", "no hopes"
WORDS_BEFORE_A_NOUN_PLAN = DETERMINERS | {"no", "any", "new", "such", "whose", "some", "every", "each"}
# After one, a word that makes it a noun: "plans for a stadium", "hopes of a deal", "changed its
# plans after the debate"
WORDS_AFTER_A_NOUN_PLAN = frozenset({
    "for", "of", "on", "in", "at", "by", "was", "were", "is", "are", "had", "has", "after", "before",
    "about", "under", "from", "with",
})  # fmt: skip
# "the early part of the year", "the latter part of the decade": the edge each part is.
PARTS_AT_AN_EDGE = {
    "early": "START", "earlier": "START", "first": "START", "middle": "MID", "late": "END",
    "later": "END", "latter": "END", "last": "END", "final": "END",
}  # fmt: skip
# Months that are also first names: "April Mellody", "June Carter Cash", "August Wilson".
MONTHS_ALSO_FIRST_NAMES = frozenset({"April", "June", "August"})
# Roles before such a month make it a first name, as the titles of names.py do: "Detective
# Sergeant April Smith", "Actress June Brown".
ROLES_BEFORE_A_FIRST_NAME = frozenset({
    "dr", "dr.", "prof", "prof.", "professor", "sergeant", "sgt", "sgt.", "detective", "constable",
    "officer", "inspector", "captain", "capt.", "lieutenant", "lt.", "judge", "senator", "sen.", "rep.",
    "councillor", "singer", "author", "writer", "nurse", "aunt", "daughter", "wife",
})  # fmt: skip
# Capitalised words after such a month that keep it a month: "August Bank Holiday", "June Primary".
WORDS_AFTER_A_MONTH_IN_A_NAME = frozenset({
    *MONTHS, *WEEKDAYS, "bank", "holiday", "holidays", "fools", "fool's", "recess",
    "primary", "primaries", "session", "term", "issue", "edition", "election", "elections",
    "meeting", "summit", "revolution", "uprising", "offensive", "jobs", "report", "sales",
    "quarter", "figures", "deadline", "vote", "poll", "polls", "referendum", "congress",
    "conference", "convention", "games", "festival",
})  # fmt: skip
# After "the March" or "the May", words that make it a noun of its own: "the March on Washington",
# "the March drew thousands" ("the May and June figures" are months by their joiner).
WORDS_AFTER_A_NOUN_NOT_A_MONTH = WORDS_AFTER_A_NOUN_PLAN | frozenset({
    "and", "or", "but", "nor", "to", "into", "that", "which", "who", "will", "would", "have", "can",
    "could", "should", "may", "might", "must", "did", "does", "through", "across", "against", "toward",
    "towards", "past", "along", "around", "itself", "went", "drew", "began", "ended", "took", "made",
})  # fmt: skip
# Nouns after a leader's surname, so after "the May" a prime minister's: "the May government"
NOUNS_AFTER_A_LEADERS_NAME = frozenset({
    "government", "administration", "cabinet", "ministry", "premiership", "presidency", "era", "years",
    "camp", "team", "regime", "doctrine", "leadership", "deal", "plan", "strategy", "style",
})  # fmt: skip
# Modals of what may come: "the offensive could resume in the spring". Not "could not attend".
POSSIBILITY_MODALS = frozenset({"could", "should", "must"})
# Modals that give a clause its time when a participle describing a noun comes between them and
# the date: "will give him the boost needed for a strong performance Tuesday".
MODALS_OF_THE_CLAUSE = frozenset({
    "will", "'ll", "’ll", "shall", "must", "should", "can", "could", "may", "might",
})  # fmt: skip
# Participles of a state, not an event: after a noun ("the boost needed for a strong performance
# Tuesday") the date is not theirs to place.
PARTICIPLES_OF_A_STATE = frozenset({
    "needed", "focused", "focussed", "based", "aimed", "designed", "intended", "required", "geared",
    "centered", "centred", "dedicated", "devoted", "tailored", "meant", "located", "situated",
})  # fmt: skip
# Prepositions after a participle that describes a noun: "a campaign focused on", "the boost needed for".
PREPOSITIONS_AFTER_A_PARTICIPLE = frozenset({
    "on", "for", "in", "at", "by", "with", "from", "to", "into", "against", "over", "under", "about",
})  # fmt: skip
# Modals whose perfect looks back: "he could have died on Sunday", "would've turned 80 on Friday".
MODALS_BEFORE_A_PERFECT = frozenset({"would", "could", "should", "must", "might", "may"})
# Words that start the object of "have", not a participle after it: "would have trouble in the fall".
OBJECTS_OF_HAVE = DETERMINERS | {
    "to", "no", "any", "some", "trouble", "time", "enough", "more", "less", "little", "much",
    "many", "one", "two", "three", "several", "few", "nothing", "anything", "something", "it",
}  # fmt: skip
# Present forms of a clause's verb: a month or season it names with no other tense to go by is still
# to come ("doesn't translate into a victory in November", "Then there's November"), or just gone.
PRESENT_TENSE_FORMS = PRESENT_AUXILIARIES | {
    "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't", "isn’t", "aren’t", "hasn’t", "haven’t",
    "doesn’t", "don’t", "there's", "there’s", "it's", "it’s", "that's", "that’s", "here's", "here’s",
    "what's", "what’s",
}  # fmt: skip
# Before a participle, a present perfect, which looks back: "sales in January have been lower"
PRESENT_PERFECT_AUXILIARIES = frozenset({"has", "have", "hasn't", "haven't", "hasn’t", "haven’t"})
# Nouns after a season that make it a kind of the noun, not a time: "the summer analysts", "their
# winter coats", "summer camp"
NOUNS_A_SEASON_MAKES_A_KIND = frozenset({
    "analyst", "analysts", "intern", "interns", "internship", "internships", "associate",
    "associates", "hire", "hires", "staff", "student", "students", "camp", "camps", "school",
    "schools", "coat", "coats", "clothes", "clothing", "wear", "tyres", "tires", "menu", "menus",
    "collection", "collections", "wardrobe", "wardrobes", "reading", "fashion", "fashions",
})  # fmt: skip
# Adverbs of a habit: "December is traditionally a quiet month" tells of every December, not the next
HABITUAL_ADVERBS = frozenset({
    "traditionally", "usually", "typically", "normally", "generally", "historically", "always",
    "customarily", "habitually",
})  # fmt: skip
# Words before a month that put it behind a present: "is up from 5% in November", "since", "after"
GONE_BEFORE_A_MONTH = frozenset({"from", "since", "after", "than", "following", "back"})
# Participles after a modal's "have" that mark no past on their own, being also a present, a base
# form or a noun: "could have been", "might have set", "should have cut"; the others are past
# markers or end in -ed.
PARTICIPLES_NOT_PAST_MARKERS = frozenset({
    "been", "become", "come", "run", "put", "cut", "let", "set", "hurt", "read", "quit", "spread",
    "shut", "cost", "beat", "bet", "burst", "cast", "forecast", "upset", "overcome", "broken",
    "beaten", "bitten", "woken", "sunk", "sprung", "stuck", "lent", "bound", "fed", "bred", "shed",
})  # fmt: skip
# Negated modals that keep a passive in the past: "could not be reached Tuesday".
PAST_MODALS = frozenset({"could not", "couldn't", "couldn’t"})
# Negated "would" before what a spokesman declines to do: a refusal given, not a future in the past
# ("wouldn't say Tuesday how", "would not comment on Monday"); "said he would not attend on
# Friday" keeps its plan.
REFUSED_AFTER_WOULD_NOT = frozenset({
    "say", "comment", "confirm", "discuss", "elaborate", "specify", "disclose", "reveal", "speculate",
    "answer", "respond", "detail", "identify", "name",
})  # fmt: skip
# Words ending in "-ed" that are no past form: "exceed", "a hundred", "indeed". A capitalised one
# inside a clause is a name ("the United States", "Manchester United"); these are names even
# opening one ("United host City on Boxing Day").
NOT_PAST_ENDING_IN_ED = frozenset({
    "succeed", "proceed", "exceed", "indeed", "speed", "greed", "breed", "bleed", "hundred",
    "kindred", "sacred", "naked", "wicked", "wretched",
})  # fmt: skip
NAMES_ENDING_IN_ED = frozenset({"united", "ahmed", "mohammed", "mohamed", "muhammed", "alfred", "manfred"})
# Words ending in "-ly" that are no adverb of manner: "will be formally installed" skips the adverb,
# "will be July" has none.
NOT_ADVERBS_ENDING_IN_LY = frozenset({
    "july", "italy", "family", "ally", "rally", "supply", "reply", "apply", "likely", "early", "daily",
    "weekly", "monthly", "yearly", "holy", "belly", "bully", "jelly", "folly", "lily", "hourly", "fly",
})  # fmt: skip
# Future markers only as written in lower case: "May" is the month.
LOWER_CASE_FUTURE_MARKERS = frozenset({"may"})
PAST_MARKERS = frozenset({
    "said", "was", "were", "had", "did", "ago", "last", "earlier", "told", "announced", "reported",
    "since", "previously", "already", "recently", "yesterday", "died", "killed", "held", "met", "visited",
    "began", "came", "went", "took", "made", "left", "won", "lost", "fell", "rose", "grew", "saw",
    "gave", "got", "sent", "spent", "brought", "fought", "struck", "became", "ran", "led", "hit",
    "broke", "chose", "drew", "drove", "flew", "forgot", "froze", "knew", "paid", "sold",
    "spoke", "stood", "thought", "threw", "wrote", "found", "felt", "kept", "meant", "shot",
}) | frozenset({
    # irregular past forms and participles that are neither a present form nor a common noun
    # (not "fed", "lent", "bit", "ground", "wound", "bore", "dove", "drunk", "split", "set", "cut",
    # nor "stuck", mostly an adjective: "may get stuck with")
    "arose", "arisen", "awoke", "awoken", "begun", "bent", "bled", "blew", "blown", "bought",
    "built", "caught", "chosen", "clung", "crept", "dealt", "dug", "drank", "drawn", "driven",
    "eaten", "ate", "fallen", "fled", "flung", "flown", "forbade", "forbidden", "forgave",
    "forgiven", "forgotten", "frozen", "given", "gone", "gotten", "grown", "heard", "hid", "hidden",
    "hung", "knelt", "known", "laid", "leapt", "learnt", "mistook", "overcame", "overtook",
    "overtaken", "oversaw", "overseen", "overthrew", "overthrown", "rang", "rode", "ridden", "risen",
    "rung", "sang", "sank", "sought", "seen", "shaken", "shook", "shone", "shown", "shrank", "slain",
    "slept", "slid", "sped", "spoken", "sprang", "spun", "stole", "stolen", "stung",
    "strove", "swore", "sworn", "swept", "swung", "taken", "taught", "thrown", "tore", "torn",
    "understood", "undertook", "undertaken", "underwent", "undergone", "upheld", "wept", "woke",
    "wore", "worn", "withdrew", "withdrawn", "withheld", "withstood", "written", "done",
})  # fmt: skip

# Words before a date that put it after the event told, not at its start ("starting on Sunday"):
# "prices rose ahead of Saturday's vote", told in the past, may name a day gone or still to come.
# (as the words are split: "run-up" is "run up")
AHEAD_OF_WHAT_IS_TOLD = frozenset({
    "ahead of", "run up to", "lead up to", "in advance of", "heading into", "going into",
    "headed into", "in preparation for", "preparing for", "gearing up for", "bracing for",
})  # fmt: skip
# Words before a date that look ahead when no verb in the sentence says otherwise: "Still, ahead of
# Saturday's caucus, ...", "the rules are effective Monday".
LOOKING_AHEAD_TO = AHEAD_OF_WHAT_IS_TOLD | frozenset({
    "waiting for", "wait for", "ahead to", "forward to", "starting", "beginning", "effective",
    "starting on", "beginning on", "effective on", "starting from", "effective from", "starting in",
    "beginning in", "planning for", "preparations for", "ready for", "toward", "towards",
})  # fmt: skip
# Nouns of what is arranged for a day, right before "for" and the date: "called a strike for Monday",
# "fans without tickets for Saturday's game". A past verb before one does not put the day behind.
NOUNS_SCHEDULED_FOR_A_DAY = frozenset({
    "strike", "strikes", "walkout", "walkouts", "meeting", "meetings", "ticket", "tickets",
    "booking", "bookings", "appointment", "appointments", "election", "elections", "referendum",
    "summit", "hearing", "hearings", "session", "sessions", "plans", "preparations", "ceasefire",
    "ceasefires", "truce", "truces", "protest", "protests", "rally", "rallies", "vote", "debate",
    "talks", "visit",
})  # fmt: skip
# Verbs that move what was arranged to a new day, right before "to", "until" or "till" and the date:
# "the hearing was adjourned to February 14", "the vote was pushed back to March". Those in
# VERBS_THAT_MOVE_A_DATE_WITH_A_PARTICLE only with "back", "forward" or "off" ("put back to May";
# not "brought to court"). After a past verb the new day is the nearest such day.
VERBS_THAT_MOVE_A_DATE = frozenset({
    "postponed", "postpone", "postpones", "adjourned", "adjourn", "adjourns", "delayed", "delay",
    "delays", "deferred", "defer", "defers", "moved", "move", "moves", "rescheduled", "reschedule",
    "reschedules", "shifted", "shift", "shifts", "extended", "extend", "extends", "bumped",
})  # fmt: skip
VERBS_THAT_MOVE_A_DATE_WITH_A_PARTICLE = frozenset({
    "put", "puts", "pushed", "push", "pushes", "brought", "bring", "brings", "set", "sets",
})  # fmt: skip
PARTICLES_OF_A_MOVED_DATE = frozenset({"back", "forward", "forwards", "off", "up"})
# After one of PASSIVE_AUXILIARIES, these call or propose an event for a day: "an election was
# called for December 12".
VERBS_THAT_CALL_FOR_A_DAY = frozenset({"called", "proposed"})
# Nouns of a forecast or a deadline, which may also take "of" and name the weather first: "issued a
# warning for snow on Thursday", "a deadline of Friday".
NOUNS_OF_A_FORECAST = frozenset({
    "warning", "warnings", "alert", "alerts", "forecast", "forecasts", "deadline", "deadlines",
})  # fmt: skip
# Nouns of what may come, before "of" and a gerund: "his chances of winning in November".
NOUNS_OF_A_PROSPECT = frozenset({
    "chance", "chances", "hope", "hopes", "odds", "prospect", "prospects", "likelihood",
    "possibility", "risk", "danger", "threat", "fear", "fears",
})  # fmt: skip
# Prepositions that lead into a date: "announced in mid-October" is as near "announced" as
# "announced October", so they do not count in the distance to a tense marker.
PREPOSITIONS_BEFORE_A_DATE = frozenset({
    "in", "on", "at", "during", "from", "of", "for", "around", "by", "through", "throughout", "into",
})  # fmt: skip

# Verbs whose object is a period they open or close: "ended the day lower", "as we close the year",
# "Moya began the year with a win".
VERBS_AT_THE_EDGE_OF_A_PERIOD = frozenset({
    "end", "ended", "ending", "ends", "close", "closed", "closes", "closing", "finish", "finished",
    "finishes", "finishing", "start", "started", "starting", "starts", "begin", "began", "begins",
    "beginning", "open", "opened", "opens",
})  # fmt: skip

# Words before "the first of the year" that make it a day: "after the first of the year", not "it was
# the first of the year for him" (the first win).
LEADS_BEFORE_THE_FIRST_OF_A_PERIOD = frozenset({
    "after", "by", "since", "until", "till", "before", "on", "around", "from", "through", "at", "past",
    "of", "effective", "starting", "beginning",
})  # fmt: skip

# Prepositions opening a phrase before the subject: "During that stormy game in October, United
# striker Ruud van Nistelrooy caught": the date takes the tense of the verb after the subject.
PREPOSITIONS_OPENING_A_CLAUSE = frozenset({
    "in", "on", "at", "during", "after", "before", "following", "throughout", "by", "amid",
})  # fmt: skip

# Prepositions that keep a capitalised "Today" a day in a title-case headline ("10 Things to Know
# for Today"); after other words it is a name ("USA Today", "Radio 4's Today programme").
PREPOSITIONS_BEFORE_A_TITLED_DAY = frozenset({
    "for", "until", "till", "by", "from", "since", "before", "after",
})  # fmt: skip
# The short words a title leaves in lower case: "How the Grinch Stole Christmas", "Ship of Fools".
LOWER_CASE_WORDS_IN_A_TITLE = frozenset({
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
})  # fmt: skip
# Words before "for" that schedule what follows: "set for May", "slated for March".
SCHEDULED_FOR_VERBS = frozenset({
    "set", "scheduled", "planned", "slated", "due", "pencilled", "penciled", "booked", "timetabled",
    "earmarked", "billed", "fixed", "targeted", "postponed", "delayed", "moved", "rescheduled",
})  # fmt: skip
# Past verbs that change a plan, after the plan's participle set off by commas: "The vote, scheduled
# for Thursday, was postponed"; its day may be gone or still ahead ("The final, set for Sunday, was
# sold out" keeps the plan, ahead).
VERBS_THAT_CHANGE_A_PLAN = frozenset({
    "postponed", "delayed", "cancelled", "canceled", "scrapped", "suspended", "adjourned", "moved",
    "rescheduled", "deferred", "shelved", "abandoned", "halted", "disrupted", "interrupted", "derailed",
})  # fmt: skip
# the same with the particle they need: "was called off", not "was called historic"
PHRASAL_VERBS_THAT_CHANGE_A_PLAN = {"called": "off", "put": "off", "pushed": "back", "brought": "forward"}
# between the auxiliary and the verb that changes a plan: "was later called off"
ADVERBS_BEFORE_A_CHANGE = ADVERBS_IN_A_VERB_GROUP | {"later", "abruptly", "suddenly", "again", "hastily"}
# Verbs before "two years back" that make it a delay, not a time gone: "set the project two years back".
VERBS_THAT_MOVE_BACK = frozenset({
    "set", "sets", "setting", "put", "puts", "putting", "push", "pushed", "pushes", "pushing", "move",
    "moved", "moves", "moving", "held", "hold", "holds", "holding", "knock", "knocked", "knocks",
})  # fmt: skip
# A sentence opening on one of these sets a condition or a time, in the present for what lies
# ahead: "If Cruz wins Wisconsin's contest Tuesday", "When Democrats get to Philadelphia in July".
# ("Whoever wins in November, …": a free relative in the present is as open as a condition)
CONDITIONS_OPENING_A_SENTENCE = frozenset(
    {"if", "when", "once", "unless", "whoever", "whichever", "whatever"}
)
# Conjunctions a sentence may open on before its condition or its year: "But if …", "And in 2008, …"
CONJUNCTIONS_OPENING_A_SENTENCE = frozenset({"and", "but", "so", "yet", "or", "then"})
# Verbs whose past is their present: "when they split in December" may be either.
VERBS_ALIKE_IN_PAST_AND_PRESENT = frozenset({
    "bet", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let", "put",
    "quit", "read", "set", "shed", "shut", "split", "spread", "thrust", "upset",
})  # fmt: skip
# Conjunctions that, before a subject, open a clause with a verb of its own: "in July and Congress has"
CONJUNCTIONS_OF_CLAUSES = frozenset({"and", "but", "while", "whereas", "although", "though", "because"})
# Words that open a new clause: a tense marker after them is not the tense of a date before them.
CLAUSE_JOINERS = frozenset({
    "and", "but", "while", "whereas", "which", "who", "although", "though", "if", "unless", "whether",
    "because", "how", "why", "what", "that",
})  # fmt: skip
# After a noun, these give the time of what it names: "arrived for a summit starting on Thursday".
PARTICIPLES_THAT_TIME_A_NOUN = frozenset({"starting", "beginning", "opening"})
# Words before such a participle that are no noun it could time: "within minutes of opening",
# "hammered out beginning on Sunday", "he was starting".
NOT_NOUNS_BEFORE_A_PARTICIPLE = (
    PASSIVE_AUXILIARIES
    | SUBJECT_PRONOUNS
    | CLAUSE_JOINERS
    | PREPOSITIONS_AFTER_A_PARTICIPLE
    | PREPOSITIONS_OPENING_A_CLAUSE
    | PARTICLES_OF_A_MOVED_DATE
    | {"of", "since", "or", "out"}
)

# Deictic words and the step each takes from the reference date: "next week", "last October".
RELATIVE_OFFSETS = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}
# Words before a date something is measured against ("the biggest rise since December 1998", "down
# from £2.6bn in January 2004", "compared with March 2003"): no date of the story told around it.
WORDS_BEFORE_A_DATE_COMPARED_WITH = frozenset({
    "since", "from", "than", "with", "against", "versus", "vs", "until", "till", "to", "before",
})  # fmt: skip
# Words that may follow "next" standing for its unit ("this year and next are", "and next, he said"):
# a new clause, a reporting verb or the verb of the phrase, not a noun ("next to nothing").
WORDS_AFTER_AN_ELIDED_UNIT = frozenset({
    "and", "or", "but", "as", "when", "while", "because", "if", "according", "said", "says",
    "is", "are", "was", "were", "will", "would",
})  # fmt: skip

# Words of degree before an amount that give no mod and stay outside the extent: "just eight months
# later", "only a year later".
DEGREE_WORDS_BEFORE_AN_AMOUNT = ("just", "only", "barely")
# "at about 3 p.m.", "around half past nine": a clock time given roughly (mod APPROX)
APPROXIMATE_CLOCK_WORDS = ("about", "around", "approximately", "roughly", "circa")
# Words before an amount of time and the TimeML mod each gives: to a duration ("more than
# 40 years"), to a point that many units back ("more than a year ago": before it) and to a point
# that many units on ("less than a week later": before it).
AMOUNT_MODIFIERS = {
    "more than": ("MORE_THAN", "BEFORE", "AFTER"),
    "longer than": ("MORE_THAN", "BEFORE", "AFTER"),
    "upwards of": ("MORE_THAN", "BEFORE", "AFTER"),
    "in excess of": ("MORE_THAN", "BEFORE", "AFTER"),
    "over": ("MORE_THAN", "BEFORE", "AFTER"),
    "less than": ("LESS_THAN", "AFTER", "BEFORE"),
    "fewer than": ("LESS_THAN", "AFTER", "BEFORE"),
    "under": ("LESS_THAN", "AFTER", "BEFORE"),
    "nearly": ("LESS_THAN", "AFTER", "BEFORE"),
    "almost": ("LESS_THAN", "AFTER", "BEFORE"),
    "at least": ("EQUAL_OR_MORE", "ON_OR_BEFORE", "ON_OR_AFTER"),
    "no less than": ("EQUAL_OR_MORE", "ON_OR_BEFORE", "ON_OR_AFTER"),
    "a minimum of": ("EQUAL_OR_MORE", "ON_OR_BEFORE", "ON_OR_AFTER"),
    "at most": ("EQUAL_OR_LESS", "ON_OR_AFTER", "ON_OR_BEFORE"),
    "no more than": ("EQUAL_OR_LESS", "ON_OR_AFTER", "ON_OR_BEFORE"),
    "not more than": ("EQUAL_OR_LESS", "ON_OR_AFTER", "ON_OR_BEFORE"),
    "up to": ("EQUAL_OR_LESS", "ON_OR_AFTER", "ON_OR_BEFORE"),
    "a maximum of": ("EQUAL_OR_LESS", "ON_OR_AFTER", "ON_OR_BEFORE"),
    "about": ("APPROX", "APPROX", "APPROX"),
    "around": ("APPROX", "APPROX", "APPROX"),
    "roughly": ("APPROX", "APPROX", "APPROX"),
    "approximately": ("APPROX", "APPROX", "APPROX"),
    "some": ("APPROX", "APPROX", "APPROX"),
    "close to": ("APPROX", "APPROX", "APPROX"),
    "an estimated": ("APPROX", "APPROX", "APPROX"),
}
# After an amount, the modifier it stands for: "20-odd years", "five-plus months", "10 or so years",
# "ten or more years", "a week or longer", "a year or less".
AMOUNT_MODIFIERS_AFTER = {
    "-odd": "about", "-plus": "more than", "or so": "about", "or more": "at least", "or longer": "at least",
    "or less": "at most", "or fewer": "at most", "or shorter": "at most",
}  # fmt: skip
# "over" and "under" are amounts only after these ("in over six years", "just under a week"),
# not after a verb ("spread over two years").
AMOUNT_OVER_UNDER_AFTER = frozenset({
    "for", "in", "of", "after", "within", "since", "by", "to", "at", "just", "well", "slightly",
    "little", "only", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking", "spend",
    "spends", "spent", "spending", "wait", "waits", "waited", "waiting", "serve", "served", "serving",
})  # fmt: skip
# Verbs whose "in" is a particle, not the preposition: "phased in over three years" is spread over
# them, as "spread over" is.
VERBS_WITH_IN_AS_PARTICLE = frozenset({
    "phase", "phases", "phased", "phasing", "bring", "brings", "brought", "bringing", "usher",
    "ushers", "ushered", "ushering", "roll", "rolls", "rolled", "rolling",
})  # fmt: skip
# "about" is a topic, not an amount, after these: "talked about two years of war".
ABOUT_AS_TOPIC_AFTER = frozenset({
    "talk", "talks", "talked", "talking", "think", "thinks", "thought", "thinking", "know", "knew",
    "learn", "learned", "hear", "heard", "speak", "spoke", "spoken", "write", "wrote", "written",
    "worry", "worried", "ask", "asked", "story", "film", "book", "documentary", "article", "report",
    "joke", "joked", "complain", "complained", "complaints", "care", "cares", "cared", "concern",
    "concerns", "concerned", "question", "questions", "worries", "news", "warning", "rules", "debate",
    "argument",
})  # fmt: skip
# Last words of a point counted from another: which way it counts.
COUNTED_BACK_WORDS = frozenset({"ago", "earlier", "before", "previously"})
COUNTED_ON_WORDS = frozenset({"later", "after", "on", "hence", "now", "today", "time"})

# Prefixes that put a time before or after the date they name: "post-Christmas trading" is not
# on Christmas, so it is no anchor for a later "the day".
PREFIXES_AROUND_A_DATE = ("post-", "pre-", "post–", "pre–")
# How often: "paid monthly", "an annual profit", "a biennial summit" (count, unit).
FREQUENCY_WORDS = {
    "hourly": (1, "hour"), "daily": (1, "day"), "nightly": (1, "day"), "weekly": (1, "week"),
    "fortnightly": (2, "week"), "monthly": (1, "month"), "quarterly": (1, "quarter"),
    "semiannual": (6, "month"), "semiannually": (6, "month"), "semi-annual": (6, "month"),
    "semi-annually": (6, "month"), "yearly": (1, "year"), "annual": (1, "year"),
    "annually": (1, "year"), "biennial": (2, "year"), "biennially": (2, "year"),
}  # fmt: skip
# Frequency words that name a paper before its title: "the trade weekly Screen International".
PUBLICATION_FREQUENCIES = frozenset({"daily", "weekly", "monthly", "fortnightly"})
# Words in "s" that may say what kind of paper one is ("the sports daily"); another word in "s" before
# a frequency word is a plural that the frequency is of ("the trains daily.").
KINDS_OF_PAPER_IN_S = frozenset({"news", "sports", "arts", "business"})
# Words after "hourly" that make it a kind of pay: "hourly workers", "hourly and salaried staff".
HOURLY_PAY_WORDS = frozenset({
    "workers", "worker", "employees", "employee", "staff", "jobs", "job", "personnel", "union",
    "labor", "labour", "positions", "salaried",
})  # fmt: skip
# Nouns after "daily", "weekly": a thing to read or watch, not how often something happens.
PUBLICATION_NOUNS = frozenset({
    "newsletter", "newsletters", "email", "emails", "e-mail", "digest", "briefing", "podcast",
    "guide", "roundup", "round-up", "column", "magazine", "paper", "newspaper", "show", "programme",
    "program", "edition", "bulletin", "puzzle", "crossword", "horoscope", "mail", "news",
})  # fmt: skip

# Superlatives that rank something within a period: "the biggest weekly gain of the year".
SUPERLATIVES = frozenset({
    "highest", "lowest", "biggest", "best", "worst", "largest", "smallest", "strongest", "weakest",
    "sharpest", "steepest", "deepest", "fastest", "slowest", "busiest", "hottest", "coldest",
    "warmest", "wettest", "driest", "longest", "shortest", "heaviest", "lightest", "greatest",
    "deadliest", "bloodiest", "costliest", "first", "last", "final", "only", "most", "least",
})  # fmt: skip

# Words that make a run of days ("a third straight day", "two consecutive quarters").
RUN_WORDS = frozenset({"straight", "consecutive", "successive"})

# Anaphoric words and the step each takes from the date before: "the following year", "the day before".
ANAPHORIC_OFFSETS = {
    "same": 0, "following": 1, "next": 1, "after": 1, "later": 1, "on": 1, "afterward": 1,
    "afterwards": 1,
    "previous": -1, "preceding": -1, "prior": -1, "before": -1, "earlier": -1,
}  # fmt: skip

# Plurals after a year-like number that the year dates, not things counted: events held that
# year ("the 2022 midterms", "the 2019 polls") and what was measured then ("cut emissions to 1990
# levels"); "2000 troops" is a count.
PLURALS_DATED_BY_A_YEAR = frozenset({
    "elections", "seasons", "olympics", "paralympics", "games", "midterms", "primaries",
    "caucuses", "polls", "playoffs", "finals", "championships", "oscars", "emmys", "grammys",
    "levels",
})  # fmt: skip

# Words after "first-half" / "second-half" that make it a period of accounts, not of a match.
PERIOD_RESULT_WORDS = frozenset({
    "profit", "profits", "results", "earnings", "sales", "revenue", "revenues", "loss", "losses",
    "growth", "output", "figures", "net", "operating", "pretax", "pre-tax", "dividend", "turnover",
    "exports", "imports", "shipments", "deliveries", "gdp", "inflation",
})  # fmt: skip

# Words after a month that make it the month a statistic measures, gone or under way: "August
# unemployment data", "the September jobs report", "August retail sales".
MONTHLY_STATISTICS = PERIOD_RESULT_WORDS | frozenset({
    "jobs", "payrolls", "payroll", "unemployment", "employment", "jobless", "retail", "trade",
    "housing", "factory", "manufacturing", "cpi", "ppi", "data", "numbers", "statistics",
    "orders", "spending",
})  # fmt: skip
# Words in a sentence that make a bare "the second half" a half year, not a half of a match.
ECONOMIC_CONTEXT_WORDS = PERIOD_RESULT_WORDS | frozenset({
    "price", "prices", "demand", "economy", "economic", "economies", "market", "markets", "shares",
    "fiscal", "quarter", "hedging", "inflation", "gdp", "forecast", "forecasts", "investment",
    "orders", "production", "unemployment", "recovery", "recession",
})  # fmt: skip

# "in the near term", "over the long term": the future.
TERM_LENGTHS = ("near", "nearer", "short", "shorter", "medium", "long", "longer")

# Words after "to" that show it is a preposition: "a threat to both", "a letter to them", "cut to
# zero" (and the NUMBER_WORDS).
NO_VERB_AFTER_TO = DETERMINERS | {
    "both", "all", "each", "every", "some", "any", "many", "most", "no", "me", "him", "us",
    "them", "whom", "which", "what", "about", "around", "nearly", "almost", "roughly", "more",
    "less", "fewer", "zero", "nil", "half", "dozens", "hundreds", "thousands", "millions",
    "billions",
}  # fmt: skip
# Endings of nouns that no verb has: "a right to discovery in February" plans nothing.
NOUN_ENDINGS_AFTER_TO = ("ness", "ity", "ism", "ery")

# "half past nine", "a quarter to ten", "twenty past six": minutes counted from or to an hour
MINUTES_ON_THE_HOUR = {
    "half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20,
    "twenty-five": 25, "twenty five": 25,
}  # fmt: skip
# Hours as words, for "ten o'clock".
CLOCK_HOURS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# After these a clock-like number is a chapter and verse: "Exodus 18:21", "Romans 8:31", "Surah 5:32".
SCRIPTURE_BOOKS = frozenset({
    "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth", "Samuel",
    "Kings", "Chronicles", "Ezra", "Nehemiah", "Esther", "Job", "Psalm", "Psalms", "Proverbs",
    "Ecclesiastes", "Isaiah", "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos",
    "Obadiah", "Jonah", "Micah", "Nahum", "Habakkuk", "Zephaniah", "Haggai", "Zechariah", "Malachi",
    "Matthew", "Mark", "Luke", "John", "Acts", "Romans", "Corinthians", "Galatians", "Ephesians",
    "Philippians", "Colossians", "Thessalonians", "Timothy", "Titus", "Philemon", "Hebrews", "James",
    "Peter", "Jude", "Revelation", "Revelations", "Quran", "Koran", "Surah", "Sura",
})  # fmt: skip
# After a clock-like number, these make it a place in a recording: "starts at the 15:20 mark".
POSITIONS_IN_A_RECORDING = ("mark",)

# Words that may follow a date standing as a noun ("on the 11 December in Kumasi"); another
# lower-case word makes it an attributive date ("the 11 September attacks").
FUNCTION_WORDS_AFTER_A_DATE = frozenset({
    "in", "at", "on", "and", "or", "but", "nor", "when", "as", "with", "to", "for", "of", "by",
    "from", "until", "till", "after", "before", "since", "through", "into", "than", "then", "where",
    "while", "is", "was", "were", "are", "be", "been", "will", "would", "could", "should", "may",
    "might", "must", "can", "has", "had", "have", "that", "which", "who", "this", "last", "next",
    "so", "if", "because", "against", "during",
})  # fmt: skip
# Words that end the noun phrase a day's possessive opens: "Sunday's attack on …", "Friday's row
# over the riots": an unplanned event named after them is not the day's.
WORDS_AFTER_A_NOUN_PHRASE = FUNCTION_WORDS_AFTER_A_DATE | {"over"}

# Time zones after a clock time: "3 p.m. ET", "8 p.m. Eastern", "8 p.m. Eastern time".
TIME_ZONE_ABBREVIATIONS = (
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT",
    "HST", "GMT", "BST", "UTC", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "AEST", "AEDT",
    "IST", "JST", "KST", "HKT", "SGT",
)  # fmt: skip
TIME_ZONE_REGIONS = ("Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii")
# Zones that are UTC: their times get the "Z" of TIMEX3.
UTC_ZONES = frozenset({"utc", "gmt", "z", "greenwich mean time", "coordinated universal time"})
# A capitalised word before "time" that opens a sentence, not a place's clock: "at 3 p.m. The time…"
NOT_A_ZONE = DETERMINERS | frozenset({
    "every", "each", "some", "any", "no", "one", "what", "which", "by", "at", "in", "on",
    "from", "and", "but", "prime", "half", "full", "part", "over", "extra", "lunch", "closing",
    "opening", "bed", "tea", "dinner", "supper", "breakfast", "kick", "race", "game", "show", "air",
    "first", "last", "next", "long", "short", "same", "most", "more", "less", "much", "enough",
})  # fmt: skip

# Words that make the number after them a name, not a year: "Resolution 2334", "Flight 1549";
# names of stock indexes and software whose number is year-like: "the Russell 2000", "Windows 2000".
LABELS_BEFORE_A_NUMBER = (
    "Resolution", "Section", "Article", "Chapter", "Page", "Flight", "Route", "Highway", "Interstate",
    "Room", "Suite", "Platform", "Gate", "Bill", "Amendment", "Rule", "Regulation", "Directive",
    "Paragraph", "Clause", "Model", "Version", "Build", "Item", "Exhibit", "Case", "Docket",
    "Russell", "Windows",
)  # fmt: skip

# The last word of a street's name: "1600 Pennsylvania Avenue" is an address, not a year.
# Not "Court": "a 2016 Supreme Court ruling".
STREET_SUFFIXES = (
    "Avenue", "Ave", "Street", "St", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane", "Ln",
    "Place", "Pl", "Terrace", "Parkway", "Pkwy", "Square", "Plaza",
)  # fmt: skip
# After these words (or a month, or a possessive) a number before a street's name is still a year:
# "In 2008 Wall Street collapsed", "the 2008 Wall Street crash", "Egypt's 2011 Tahrir Square protests".
WORDS_BEFORE_A_YEAR_NOT_AN_ADDRESS = frozenset({
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "of",
    "the", "a", "an",
})  # fmt: skip

# "the first half of the 20th century", "the latter part of the 1990s": which part of a decade or
# century, as a TimeML mod; "the first decade of the 21st century" is itself a decade
PART_OF_A_SPAN_MODS = {
    "first": "START", "opening": "START", "early": "START", "earlier": "START",
    "second": "END", "latter": "END", "last": "END", "later": "END", "closing": "END", "final": "END",
}  # fmt: skip
PARTS_OF_A_SPAN = ("half", "quarter", "part", "third", "years", "decade")

# "the quarter ended Sept. 30", "the half-year to June": how many months a period named by its end spans
MONTHS_IN_A_PERIOD = {
    "quarter": 3, "three months": 3, "half": 6, "half year": 6, "half-year": 6, "six months": 6, "year": 12,
}  # fmt: skip

# "the entire year", "the whole week": all of a span, a time even without a preposition
WHOLE_OF_A_SPAN = ("entire", "whole", "full")
