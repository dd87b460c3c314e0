"""Patterns of page furniture that `clean` removes, one list per rule.

Every pattern is compiled case-insensitively unless it sits in a ``*_CASED`` list. They describe
kinds of text (a sign-up form, an app promo), never one site's sentence.
"""

# what one signs up for: "… Morning Headlines email"
_SIGNUP_NOUNS = r"(?:newsletters?|e-?mails?|alerts?|briefings?|bulletins?|digests?|updates)"

# Phrases of newsletter sign-up boxes and their form residue. A paragraph made mostly of these
# phrases goes; one phrase inside a real paragraph does not make it go.
SIGNUP = [
    r"\bsign(?:ing)?[ -]?up (?:to|for|now|today|here)\b(?:\s+\S+){0,8}?\s+"
    rf"(?:{_SIGNUP_NOUNS}|headlines)\b(?:\s+{_SIGNUP_NOUNS}\b)?"
    # "… email for the latest news.", "… newsletter that helps readers understand the news."
    r"(?:(?: (?:for|with) (?:the |all the |our )?(?:latest|best|top|biggest|day['’]s|week['’]s)\b"
    r"|,? (?:that|which|featuring|bringing|delivering)\b|,? to (?:stay|keep|get|receive|be)\b)[^.!?\n]{0,80})?[.!]?",
    r"\bnever miss (?:a|another) (?:story|thing|beat|headline|update)\b\s*[—–:-]?",
    r"\b(?:stay|keep) (?:informed|up[ -]to[ -]date|in the know|ahead)\b[^.!?\n]{0,40}?\b(?:with|via) (?:our|the)\b"
    rf"(?:\s+\S+){{0,4}}?\s+{_SIGNUP_NOUNS}\b[.!]?",
    # "Want to get this briefing by email? Here's the sign-up."
    rf"\bwant (?:to get|to receive|more of) (?:this|our|the)\b(?:\s+\S+){{0,3}}?\s+{_SIGNUP_NOUNS}\b[^?\n]{{0,30}}\?",
    r"\bhere['’]s the sign[ -]?up\b[.!]?",
    rf"\bsubscribe (?:to|for) (?:our|the|my)\b(?:\s+\S+){{0,6}}?\s+{_SIGNUP_NOUNS}\b",
    # "Subscribe for free to receive new posts."
    r"\bsubscribe (?:for free|now|today|here)\b(?: to (?:receive|get|read|support)\b[^.!?\n]{0,60})?[.!]?",
    r"\bget (?:our|the)\b(?:\s+\S+){0,4}?\s+newsletters?\b(?: delivered[^.!?]{0,60})?",
    r"\b(?:please )?enter (?:a |your )?(?:valid )?e-?mail(?: address)?\b",
    r"\b(?:invalid|valid) e-?mail(?: address)?\b",
    r"\bthanks? (?:you )?for (?:signing up|subscribing)\b(?: to(?: the| our)?)?",
    r"\b(?:read|view|see|review) (?:our|the) (?:privacy (?:notice|policy)|terms(?: of (?:use|service))?"
    r"|cookie policy)\b",
    r"\bI (?:would like|want|agree) to (?:be e-?mailed|receive|get)\b[^.!?]{0,140}[.!?]?",
    r"\bby (?:signing up|subscribing|clicking|submitting|registering)\b[^.!?]{0,140}"
    r"\b(?:agree|consent|accept)\b[^.!?]{0,140}[.!?]?",
    r"\byou (?:can|may) (?:unsubscribe|opt[ -]out) at any time\b\.?",
    r"\bthis site is protected by recaptcha\b[^.!?]{0,120}[.!?]?",
    r"\bsomething went wrong,? please try again(?: later)?\b\.?",
    r"\bno spam\b",
    r"\bsign up\b",
    # "Get the latest news delivered to your inbox.", "Sent weekly, straight to your inbox!"
    # no more than the phrase: "Phishing emails sent to your inbox may look real" is mostly news
    r"\b(?:get|receive)\b(?:\s+\S+){0,6}?\s+(?:delivered|sent)\b(?:\s+\S+){0,4}?\s+to your inbox(?:es)?\b[.!]?",
    r"\b(?:delivered|sent)\b(?:\s+\S+){0,4}?\s+to your inbox(?:es)?\b[.!]?",
    # "Get the best of the news in your inbox every morning."
    r"\b(?:get|receive)\b(?:\s+\S+){0,8}?\s+in your inbox(?:es)?\b(?:\s+\S+){0,3}?[.!]?",
    # the question that leads a sign-up: "Want more stories like this?"
    r"\b(?:want|like|love|enjoy(?:ed)?)\s+(?:more\s+)?(?:stories|news|articles|reading|this (?:story|article))\b"
    r"[^.!?]{0,40}\?",
]

# Words without which no SIGNUP phrase can match (checked on the lower-cased paragraph first).
SIGNUP_TRIGGERS = (
    "sign",
    "subscri",
    "mail",
    "privacy",
    "newsletter",
    "thank",
    "recaptcha",
    "wrong",
    "spam",
    "terms",
    "cookie",
    "agree",
    "would like",
    "inbox",
)

# Calls to action that make up a whole short paragraph (matched from its start).
# The labels of a page's buttons and boxes: a paragraph made only of these goes.
PAGE_LABELS = [
    r"supported by",
    r"send any friend a story",
    r"give this (?:article|story)",
    r"share (?:the )?full (?:article|story)",
    r"(?:save|gift|bookmark)(?: this)?(?: article| story)?",
    r"save for later",
    r"sign in to save(?: this)?(?: article| story)?",
    r"newsletters?",
    r"opinion",
    r"back to top",
    r"featured (?:video|stories|story)",
    r"video ad feedback",
    r"now playing",
    r"up next",
    r"(?:full )?transcript",
    r"key points",
    r"get in touch",
    r"comment on this (?:story|article)",
    r"post a comment",
    r"order reprints",
    r"(?:show|hide|toggle|expand|close) (?:caption|image|gallery)",
    r"today['’]s paper",
    r"subscribe",
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -]min(?:ute)?s?(?: read| listen| watch)",
]
_PAGE_LABEL = "(?:" + "|".join(PAGE_LABELS) + ")"

CALL_TO_ACTION = [
    rf"{_PAGE_LABEL}(?:\s*[|•·]\s*{_PAGE_LABEL})*\s*:?\s*$",
    r"click here\b",
    r"tap here\b",
    r"(?:download|get|install) (?:the|our)\b(?:\s+\S+){0,5}?\s+app\b",
    # "Read this story in our app", "Listen to more stories on the Noa app", "Open in app"
    r"(?:read|listen to|watch|stream|continue reading|open|view)\b[^.!?\n]{0,60}?\b(?:in|on) (?:our|the)\b"
    r"(?:\s+\S+){0,4}?\s+app\b(?:\s+(?:for|to)\b[^,;\n]{0,60})?\s*[.!]?\s*$",
    r"open in (?:the )?app\s*$",
    r"(?:(?:now )?available|download(?: it)?|get it) (?:now )?(?:on|from|in) (?:the )?(?:app store|google play|ios\b)",
    r"(?:follow|like|find|join) us on\b",
    r"(?:follow|like) (?:\S+\s+){0,3}on (?:twitter|facebook|instagram|linkedin|tiktok|threads|bluesky|youtube"
    r"|mastodon|x(?=\s*(?:[.:]|@|$)))",
    # "Join our WhatsApp channel for the latest news."
    r"join (?:our|the) (?:\S+ ){0,2}(?:whatsapp|telegram|signal|discord) (?:channel|group|community)\b",
    r"subscribe(?: now| today| here)?\s*(?:[:|.!]|$)",
    r"subscribe to (?:our|the)\b",
    r"share (?:or comment on )?(?:this|the) (?:article|story|page|post)\b",
    # "Like this article? Share it with a friend."
    r"(?:(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the) (?:article|story|piece|newsletter|post)"
    r"|(?:like|enjoying|enjoy) what you(?:['’]re| are) reading)\s*\?",
    r"share (?:on|via) (?:twitter|facebook|whatsapp|email|linkedin|x)\b",
    r"(?:read|see|watch) (?:more|also|next|the latest)\b\s*(?:[:|»>-]|$|about|on|from|here|at)",
    r"(?:(?:related|recommended)(?: stories| articles| topics| content| coverage| links| reading| videos"
    r"| for you)?|more on this story|most read|trending(?: now)?|also read|read (?:this )?next"
    r"|you (?:may|might) also (?:like|enjoy)|more (?:from|in|on|about) \S+(?: \S+)?|more stories|top stories|latest news"
    r"|most (?:viewed|popular|shared|commented)|latest|what to read next|explore more on (?:these|this) topics?)"
    # "Most Read from Bloomberg": a heading names whose it is
    r"(?:\s+(?:from|on|at|in)\s+(?:the\s+)?\S+(?:\s+\S+)?)?\s*(?:[:|»>]|$)",
    r"(?:topics|tags|tagged|filed under|categories|more about)\s*(?:[:|]|$)",
    r"posted in(?: (?-i:[A-Z])[\w&-]*,?){1,4}\s*$",
    r"(?:advertisement|sponsored(?: content)?|promoted(?: content)?|paid content|ad)"
    r"\s*(?:[:|]|$|[-–—]\s*(?:scroll|story|article|continue)\b)",
    # a row of share buttons, or one: "Facebook Twitter Email", "Share"
    r"(?:(?:share|tweet|email|facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|flipboard|print)"
    r"[\s|,•·]*)+$",
    r"watch (?:the |this )?(?:video|clip) (?:above|below)\b",
    r"\[(?:embedded content|embed|image|photo|video|gallery)\]",
    r"(?:image|photo|picture|slide) \d+ (?:of|/) \d+\s*$",
    # paywall notices
    r"(?:subscribe|sign up|log in|sign in) to (?:continue|keep) reading\b",
    r"to continue reading\b",
    r"you(?:['’]ve| have) reached (?:your|the) (?:limit|maximum)\b",
    r"create a free account\b",
    r"get (?:unlimited|full|digital|instant) access\b",
    r"this (?:article|story|content) is (?:for|only available to|exclusive to|reserved for) (?:paying )?"
    r"(?:subscribers|members)\b",
    r"(?:sponsored|promoted|partner) (?:links?|stories|posts|content)(?: by \S+(?: \S+)?)?\s*$",
    r"(?:watch|listen|video|audio|podcast|gallery|photos|in pictures|go deeper|dig deeper|see also"
    r"|further reading)\s*[:|]",
    # a podcast promo: "Click to subscribe to the Daily wherever you get your podcasts"
    r"[^\n]{0,120}\bwherever you (?:get|listen to|find) (?:your )?podcasts\b",
    r"continue reading\b",
    r"(?:story|article) continues(?: (?:below|after)\b|\s*$)",
    r"(?:scroll|swipe) (?:down|up)\b",
    r"(?:sign in|log in|register) to (?:continue|read|comment)\b",
    r"(?:join|leave a|view|show) (?:the )?comments?\b",
    r"join (?:our|the) (?:comment|commenting|comments|discussion) (?:forum|section|community|thread)\b",
    r"(?:already a (?:subscriber|member)|already have an account|already registered)\b",
    r"subscribe (?:for|from) (?:just |only )?[$£€]",
    r"listen to (?:this|the) (?:article|story)\b",
    r"skip to (?:the )?(?:main )?(?:content|navigation|article)\b",
    r"click to (?:share|email|print|tweet|open|subscribe|listen|follow|watch|download)\b",
    r"(?:copy link|print(?: this)?(?: page| article| story)?|email this(?: page| article| story)?)\s*$",
    r"read the (?:full|original|complete|whole) (?:story|article|report|piece)"
    r"(?:\s+(?:at|on|here|in)\b|\s*(?:[:.»>]|$))",
    # tip lines and comment prompts
    r"(?:do you )?(?:have|got) an? (?:(?:confidential|anonymous|news) ){0,2}(?:tip|story)\b"
    r"(?: to share| for us| (?:you['’]d|you would) like (?:us )?to (?:share|tell|report))?\s*[?:]",
    # "Have thoughts on this story? Email us.": a question, then the way to answer it
    r"(?:do you )?(?:have|got) (?:a |any )?(?:thoughts|questions?|feedback|comments?|views)\b[^?\n]{0,60}\?\s*"
    r"(?:(?:e-?mail|write to|contact|tell|ask|send|let|share|drop|reach|get in touch with)\s+"
    r"(?:(?:it|them|a (?:line|note))\s+(?:with|to)\s+)?(?:us|our|the (?:newsroom|editors?|desk))\b|get in touch\b)",
    r"(?:want|like) to read more\b[^?\n]{0,40}\?",
    r"check out our (?:\w+ ){0,3}(?:section|page|coverage|hub|archive)\b",
    r"thank(?:s| you) for (?:reading|watching|listening)(?: (?:to )?(?:this|our|the) (?:article|story|newsletter"
    r"|podcast|episode|show|coverage))?\s*[.!]?\s*$",
    r"send us (?:your )?(?:feedback|a tip|tips|your (?:stories|views|thoughts))(?:\s+(?:at|to|via)\b|\s*[.!:])",
    r"(?:contact|reach|email|e-mail|write to)\b[^\n]{0,80}?\S@\S",
    # "To contact the reporter on this story: …"
    r"to (?:contact|reach|e-?mail|write to) (?:the |this )?(?:reporters?|authors?|editors?|writers?|newsroom)\b",
    # "Follow AP's coverage of the election at …", "Follow our live coverage"
    r"follow (?:our|(?-i:[A-Z])[\w.&-]*['’]s?) (?:\w+ ){0,2}coverage\b",
    # "Find AP's full coverage of the war at …"; not "Find Russia's coverage … biased, critics say"
    r"(?:find|see|read) (?:our|(?-i:[A-Z])[\w.&-]*['’]s?) (?:full|latest|live|complete|ongoing|continuing|more)"
    r" (?:\w+ )?coverage\b",
    # a prompt, not a sentence of the article: "Have your say, the council urged" stays
    r"we(?:['’]d| would)? (?:want|like|love) to hear from you\s*[.!:]",
    r"(?:share|tell us) your (?:thoughts|views|stories|story|experiences?|comments)"
    r"(?:[^.!?\n]{0,30}\b(?:comments?|below|with us|here))?\s*[.!:]",
    r"have your say\s*[.!:]",
    # alone, or pointing to the comments: "Join the discussion in our comment section below."
    r"join the (?:conversation|discussion|debate)(?:\s*(?:[:.!]|$)|\b[^\n]{0,40}\b(?:comments?|below)\b)",
    r"(?:report an? (?:error|typo|issue|correction)|reuse this content)\s*(?:[:.!]|$)",
    r"to report an? (?:correction|typo|error|mistake)\b",
    r"for (?:the latest|more) (?:news|updates|stories|coverage)\b[^\n]{0,40}\b(?:visit|go to|head to|follow|download)\b",
    # the page's own machinery
    r"(?:we use cookies|accept (?:all )?cookies|manage cookies|cookie (?:settings|preferences))\b",
    r"(?:please )?enable javascript\b",
    r"loading(?:\.{1,3}|…)?\s*$",
    r"comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off)\b",
]
CALL_TO_ACTION_MAX_WORDS = 25
# a paragraph of furniture of several kinds, sentence by sentence, is no longer than this
MIXED_FURNITURE_MAX_WORDS = 30

# Membership and donation appeals.
DONATION = [
    r"\b(?:please )?support (?:independent|quality|our|trusted|local|fearless|free|public[- ]interest)\b"
    r"(?:\s+\S+){0,3}?\s+(?:journalism|news)\b(?: in [A-Z][\w-]*(?: [A-Z][\w-]*)?)?"
    r"(?: (?:by|with) (?:subscribing|donating|a (?:donation|subscription|gift)|becoming an? \w+)(?: today| now)?)?\.?",
    # "Your support helps keep our journalism free": for us; not "helps the charity reach …"
    r"\byour (?:support|donation|contribution|gift|membership) (?:helps|makes|keeps|allows|enables|funds|powers)\b"
    r"(?=[^.!?]{0,60}\b(?:us|our|journalism|reporting|newsroom)\b)[^.!?]{0,100}[.!?]?",
    r"\b(?:donations?|contributions?|gifts?) (?:are|is) (?:fully )?tax[- ]deductible\b[^.!?]{0,80}[.!?]?",
    r"\bchip in\b[^.!?]{0,40}\bto (?:support|keep|help|fund)\b[^.!?]{0,60}[.!?]?",
    r"\bbecome an? (?:member|supporter|subscriber|patron|donor|friend)\b(?: (?:of|today|now)\b[^.!?]{0,40})?\.?",
    r"\bsupport us\b(?: (?:just )?(?:once|monthly|annually|today|now|from \S+))?\.?",
    r"\b(?:donate|give|contribute) (?:now|today|monthly|once)\b\.?",
    r"\bmake a (?:one-off |one-time |monthly |recurring )?(?:donation|contribution)\b[^.!?]{0,80}[.!?]?",
    r"\bjoin us in (?:this|the|our) (?:fight|mission|work|effort|cause)\b\.?",
    r"\bour (?:journalism|reporting|newsroom|work) (?:is|relies|depends|remains)\b[^.!?]{0,120}"
    r"\b(?:readers?|support|donations?|members?|funded)\b[^.!?]{0,60}[.!?]?",
    r"\bevery (?:contribution|donation)\b[^.!?]{0,100}[.!?]?",
    r"\bif you (?:value|like|enjoy|appreciate|rely on) (?:our|this|what we)\b[^.!?]{0,120}[.!?]?",
    r"\b(?:like|love|enjoy(?:ed)?|value) what you(?:['’]ve| have)? (?:just )?read\s*\?",
    r"\b(?:please )?consider (?:supporting|subscribing|donating|a donation)\b[^.!?]{0,100}[.!?]?",
    r"\b(?:please )?(?:turn off|disable|pause|whitelist) (?:your |the )?ad[ -]?block(?:er|ing)?\b[^.!?]{0,60}[.!?]?",
    r"\bour (?:journalists|reporters|newsroom|staff|team) works? (?:hard|tirelessly|around the clock)\b"
    r"[^.!?]{0,80}[.!?]?",
]

DONATION_TRIGGERS = (
    "support",
    "member",
    "donat",
    "contribut",
    "give",
    "join us",
    "journalism",
    "reporting",
    "newsroom",
    "our work",
    "if you",
    "consider",
    "block",
    "work hard",
    "works hard",
    "tirelessly",
    "around the clock",
)

# Editorial notices. LABELS are removed where they start a paragraph; NOTICES are whole
# sentences removed wherever they start a paragraph or make one up.
NOTICE_LABELS = [
    r"(?:breaking|developing|update|updated|live|exclusive)\s*[:|—–]\s+(?=[A-Z“\"‘'])",
]
# A note label: what follows it is the note, to the end of the paragraph, unless it is one of
# the NOTICES below followed by article text.
NOTE_LABEL = r"editor['’]?s['’]? note(?:\s*\([^()\n]{1,40}\))?\s*[:\-–—]\s*"
NOTICE_LABELS_CASED = [r"(?:BREAKING|DEVELOPING|UPDATE|UPDATED|EXCLUSIVE)(?: NEWS)?\s*[:\-—–|]\s*"]
# a news organisation's name: "The Associated Press", "The AP", "ProPublica"
_NEWSROOM = r"(?:the )?(?-i:[A-Z])[\w.&’'-]*(?: (?-i:[A-Z])[\w.&’'-]*){0,4}"
NOTICES = [
    r"this (?:is an? )?(?:developing|breaking)(?: news)? (?:story|article|report|situation)\b[^.!?]{0,80}[.!?]",
    r"this (?:story|article|post|report|page) (?:has been|was|is being|will be|may be|is) "
    r"(?:updated|corrected|amended|revised|developing)\b[^.!?]{0,120}[.!?]",
    r"(?:please )?check back (?:later |soon )?for (?:updates|more)\b[^.!?]{0,60}[.!?]",
    r"more (?:follows|to follow|to come|details to follow|soon)\s*[.…]*",
    r"(?:last )?(?:updated|update|corrected|corrections?(?: (?:&|and) clarifications?)?|clarification)"
    r"\s*(?:[:|,—–-]|on|at)\s*[^\n]{0,200}",
    # an affiliate disclosure: "This article contains affiliate links. We may earn a commission …"
    r"this (?:article|story|post|page|piece) (?:contains|includes|may contain) affiliate links?\b[^.!?]{0,120}[.!?]",
    r"we (?:may )?(?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b[^.!?]{0,150}[.!?]",
    r"(?:last modified\s*(?:[:|,—–-]|on|at)|modified\s*[:|])\s*[^\n]{0,200}",
    # a time stamp alone: "Updated 10:15 AM EST, Tue December 13, 2022"
    r"(?:last )?(?:updated|modified|published|posted)\s+(?:\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?m\b"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"[^\n]{0,80}$",
    r"this (?:article|story|post) is (?:more than|over) (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:years?|months?|days?) old\b\.?",
    r"the views (?:and opinions )?expressed (?:in this|here|herein)\b[^.!?]{0,100}[.!?]",
    # a news organisation's about-us line: "The Associated Press is an independent global news organization …"
    # ("RT is a Russian state-funded news outlet" explains; the about-us line says it is independent)
    r"(?:the )?(?-i:[A-Z])[\w.&’'-]*(?: (?-i:[A-Z])[\w.&’'-]*){0,4} is an? (?:[\w-]+,? ){0,3}?"
    r"(?:independent|nonprofit|non-profit|not-for-profit|nonpartisan|non-partisan),? (?:[\w-]+,? ){0,3}?"
    r"(?:news organi[sz]ation|newsroom|news agency|news service|news outlet|media organi[sz]ation)\b[^\n]{0,200}$",
    r"an earlier version of this (?:story|article|report)\b[^.!?]{0,200}[.!?]",
    r"(?:first )?published (?:on|at)\b[^.!?\n]{0,60}",
    r"(?:published|posted|updated)\s+\d+\s*(?:seconds?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?)"
    r"\s+ago\b",
    r"a version of this (?:article|story|review|column|report|interview) (?:appears|appeared|was published|ran)"
    r" in print\b[^\n]{0,300}",
    r"this (?:is an? (?:rush |computer-generated |automated )?transcript\b|transcript (?:was|has been|is|may)"
    r" (?:automatically |machine[- ])?(?:generated|edited|produced|created|not)\b)[^.!?]{0,120}[.!?]",
    # "This story is part of our series on …" (not "is part of a wider trend")
    r"this (?:story|article|piece|report|post) is (?:part|one) of (?:our|an? (?:ongoing|occasional|special|new))"
    r"\b[^.!?]{0,150}[.!?]",
    # where it ran first, by name: not "was first published in 1987, and it shaped …"
    r"this (?:article|story|post|piece) (?:was |is )?(?:originally|first) (?:appeared|published|ran)"
    r" (?:on|in|at|by) (?:the )?(?-i:[A-Z])[^.!?\n]{0,150}[.!?]?",
    r"this (?:article|story|post|piece) (?:was|is) (?:produced|written|reported|co-published|funded|supported)"
    r" (?:in partnership with|in collaboration with|with support from|with the support of|as part of)\b"
    r"[^.!?]{0,150}[.!?]",
    # a wire story's revision note: "(Updates with comment from the governor in paragraph 3)"
    # (the verb, capitalised, as the note's first word; not "Changes to the law take effect")
    r"\((?-i:Updates|Adds|Recasts|Corrects|Rewrites|Refiles|Changes|Fixes|Removes|Inserts|Clarifies|Deletes"
    r"|Restores|Replaces)\b(?!\s+(?:to|in|of|for|from|on|are|is|were|was|will|would|could|have|had|that"
    r"|which|and)\b)[^()\n]{0,200}\)",
    # a funder's disclosure, told as the newsroom's: "… The AP is solely responsible for all content."
    # (the newsroom named first: every paragraph is tried, and a name fails fast)
    rf"(?:{_NEWSROOM} (?:receives|received|is supported by|is funded by)\b[^.!?\n]{{0,200}}[.!?]\s+)?"
    rf"{_NEWSROOM} is solely responsible for (?:all |its )?(?:content|coverage|journalism)\b[^.!?\n]{{0,60}}[.!?]?",
]
# Notices of the last kinds above only stand alone, in short paragraphs.
NOTICE_MAX_WORDS = 45

# Wire and photo credits.
CREDIT_PARENTHETICAL = (
    r"\(\s*(?:additional )?(?:reporting|writing|editing|compiled|produced|research|graphics)"
    r"(?: and \w+)? by\b[^()]{0,300}\)\.?"
)
_NAME = r"(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){0,3}"
_NAMES = rf"{_NAME}(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_NAME}){{0,5}}"
_ROLE_BY = (
    r"(?:produced|edited|written|compiled|reported|photographed|illustrated|designed|fact-checked"
    r"|copy[- ]edited|graphics|design|research|translated)(?: and \w+)? by"
)
CREDITS = [
    r"(?:additional )?(?:reporting|writing|editing)(?: and \w+)? by\b[^\n]{0,250}",
    # names only: "Produced by Jane Roe. Edited by John Doe." ("Produced by Warner Bros, the film …" is news)
    rf"{_ROLE_BY}\s+{_NAMES}\.?(?:\s+{_ROLE_BY}\s+{_NAMES}\.?)*",
    # "— With assistance from John Doe and Mary Major."
    rf"(?:[—–-]+\s*)?with (?:assistance|additional reporting|reporting|help) (?:from|by)\s+{_NAMES}\.?",
    r"credit\s*(?:\.{2,3}|…)\s*[^\n]{0,150}",  # "Credit...Jane Doe for The Times"
    r"file (?:photo|picture|image|footage)\.?",
    r"this (?:material|content|article|story) may not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b[^\n]{0,160}",
    r"(?:photo|photograph|image|picture|illustration|video|file photo|main image|top image|pictured)"
    r"(?: credit)?\s*[:|]\s*[^\n]{0,200}",
    r"(?:image|media|photo|video) (?:caption|source|copyright)\s*[,:|]\s*[^\n]{0,200}",
    r"sources?\s*:\s*(?:\S+\s+){0,9}\S+\s*",
    r"our (?:standards|editorial standards|ethics policy|corrections policy)\s*:[^\n]{0,120}",
    # a dateline left alone: "CNN —", "WASHINGTON (AP) —"
    r"(?:(?-i:[A-Z][A-Z.,’' ]{1,40})(?:\s*\([\w ]{1,20}\))?|\((?-i:[A-Z])[\w ]{1,20}\))\s*[—–-]+",
    # the author's note with a way to reach them: "Jane Doe covers politics for the Gazette. Follow her …"
    # (an address or a handle: "a retired teacher who can be reached at his shop" is news)
    r"(?-i:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}) (?:is an? [^.\n]{0,80}?\b(?:reporter|correspondent|writer"
    r"|editor|columnist|contributor|journalist|producer|critic|intern)\b|covers\b|writes (?:about|for|on)\b)"
    r"(?=[^\n]*?(?:\S@\S|(?<!\w)@\w{2,}|\bfollow (?:him|her|them) on (?:twitter|x|instagram|threads|bluesky"
    r"|mastodon|facebook|linkedin)\b))[^\n]{0,320}",
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|by\b))\s*[^\n]{0,200}",
    r"[^\n]{0,150}\bcontributed(?: reporting)? to this (?:report|story|article)\.?",
    # "Jane Doe contributed reporting from Kyiv.": the whole paragraph, ending there
    r"[^\n]{0,150}\bcontributed (?:additional )?reporting(?: (?:from|in)\b[^\n]{0,100})?\.?",
    r"[^\n]{0,200}(?:getty images|shutterstock|ap photo|afp via getty|epa-efe"
    r"|(?<=[a-z])/(?:afp|ap|reuters|epa|ap photo)\b(?!-)|\breuters/(?=[a-z]))[^\n]{0,60}",
]
CREDIT_MAX_WORDS = 40

# A paragraph that is only a byline: "By Jane Doe, CNN", "By JANE DOE Associated Press", "By Jane
# Doe and John Roe | Political Correspondents". Matched whole and case-sensitively: each name and
# title word is capitalised, so "By Tuesday, the storm had passed." is a sentence. "By March" alone
# is a date: a month or weekday first is no name (checked against the calendar lexicon).
_BYLINE_WORD = (
    r"(?:[A-Z][\w’'.&-]*|(?:de|da|del|della|der|van|von|la|le|al|bin|ibn|of|for|the|and|at|in|on|&)(?=\s))"
)
# the words a byline opens on
BYLINE_LEADS = (
    "By",
    "BY",
    "Written by",
    "WRITTEN BY",
    "Words by",
    "Story by",
    "Analysis by",
    "ANALYSIS BY",
    "Opinion by",
    "Commentary by",
    "Review by",
    "Interview by",
    "Photos by",
    "Text by",
)
# what may follow the names: "| Dec 14, 2022 | 3 min read"
_BYLINE_DATE = (
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d\d-\d\d)"
    r"(?:,? (?:at )?\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?: [A-Z]{2,4})?)?"
)
_BYLINE_AFTER = (
    rf"(?:\s*[|•·,—–-]\s*(?:{_BYLINE_DATE}|\d+ min(?:ute)?s? read|(?:Updated|Published):? [^|•·\n]{{1,40}}))*"
)
BYLINE = (
    rf"(?:{'|'.join(BYLINE_LEADS)})\s+(?P<named>[A-Z][\w’'.-]*(?:\s+{_BYLINE_WORD}){{0,5}}"
    rf"(?:\s*(?:,|\||•|·|—|–|-|&|and)\s*[A-Z][\w’'.&-]*(?:\s+{_BYLINE_WORD}){{0,5}}){{0,3}}){_BYLINE_AFTER}\.?"
)
BYLINE_MAX_WORDS = 16

# A stand-alone line in capitals, the headline of another story.
HEADLINE_MIN_WORDS = 5
HEADLINE_MAX_CHARS = 250
HEADLINE_MIN_UPPER_RATIO = 0.9

# Words after which a paragraph break cannot end a sentence, because a name follows them.
TITLE_ABBREVIATIONS = [
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Gen.",
    "Lt.",
    "Col.",
    "Sgt.",
    "Capt.",
    "Maj.",
    "Adm.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Rev.",
    "Hon.",
    "Pres.",
    "Sec.",
    "Supt.",
    "Cmdr.",
    "Brig.",
    "St.",
    "Mt.",
]
# Initialisms that may end a sentence ("aid to the U.S.") or start a noun phrase ("U.S. Secretary").
# Before such a word, these words mean it ends a noun phrase, so the sentence may well end there.
INITIALISM_ENDS_AFTER = [
    "the",
    "to",
    "in",
    "of",
    "from",
    "by",
    "for",
    "with",
    "and",
    "on",
    "at",
    "into",
    "than",
]
