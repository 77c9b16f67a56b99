"""golf-courses: Eden and Leven Council (fictional, Fife) proposes to close two of its five municipal golf
courses (Craigmount Park and Kinnaird Hill), offer the land for housing, and raise the adult season ticket
for the rest from £395 to £560."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "GLF", "golf-courses"
C = "glf-golf-for-all-not-the-few"

TPL = (
    "We oppose the closure of {{Craigmount Park|own}} and {{Kinnaird Hill|own}} golf courses. "
    "Municipal golf is how working people in {{Fife|place}} learned the game, long before anyone paid a "
    "green fee at a private club like {{the Royal Balcraig|org}}. "
    "These courses are also open green space used every day by dog walkers, runners and families. "
    "Once the land is sold for housing it will never come back. "
    "Raising the season ticket from {{£395|num}} to {{£560|num}} will drive away pensioners and juniors, and "
    "fewer players means less income, not more. "
    "Golf for all, not the few. "
    "We ask {{Eden and Leven Council|inv}} to keep all five courses open, to freeze the season ticket for a "
    "year, and to work with the clubs and volunteers on a plan to run them together."
)
S = sents(TPL)


def spaced(s):
    return s.replace(",", " ,").replace(". ", ".  ")


ITEMS = [
    # 001 template
    R("golfer", TPL, C, "template"),
    # 002 short
    R("resident", "Sell them. Golf is a rich man's game."),
    # 003 exact: spaces before commas, double spaces
    R("golfer", each(TPL, spaced), C, "exact"),
    # 004 junior golfer, school, lower case
    R("young person", "im 14 and i play at {{kinnaird hill|own}} every saturday with my pal [[p:Finlay]]. our "
      "coach is Mr [[p:Duthie]] no wait you said dont put names. anyway im in s3 at [[sch:balcraig high]] and "
      "its the only place i can afford. the posh clubs want a joining fee. pls dont shut it"),
    # 005 blank
    R("resident", ""),
    # 006 dog walker, street, dog with a person's name
    R("resident", "I live on [[st:Lomond View]] and walk {{Hamish|pet}}, my collie, round the edge of "
      "{{Craigmount Park|own}} twice a day. There are dozens of us. The course is the only bit of green between "
      "the estate and {{the A915|road}} and {{the Standing Stane Road|route}}. Four hundred houses will not have a single tree. My neighbour at no. 12, [[p:Morag Paterson]], is 88 and her only walk is the path by the ninth."),
    # 007 edited: personal paragraph, stroke survivor, hospital number
    R("golfer", " ".join(S[:3]) + "\n\nAfter my stroke in 2022 the physio at {{the Victoria Hospital|hosp}} in "
      "{{Kirkcaldy|place}} told me to walk every day, and nine holes at Kinnaird with my brother [[p:Tam]] is how "
      "I do it. My hospital number there is [[hosp:VHK 2281407]] and they will tell you I have not been readmitted. "
      "My NHS number is [[nhs:999 135 1191]]. I am on a pension and {{£560|num}} is out of reach.\n\n" + " ".join(S[3:]) + "\n[[p:Robert Lumsden]], "
      "[[st:23 Wemyss Crescent]], Methilbrae [[pc:KY8 3RW]]", C, "edited"),
    # 008 support
    R("resident", "We need houses more than we need a fifth golf course. My daughter has been on the list for six "
      "years. She is in [[fl:Flat 6, Largo Court]] with two bairns, housing list ref [[acc:FHR-118204]]. Build them. [[p:Shona Birrell]]"),
    # 009 exact lower case
    R("golfer", each(TPL, str.lower), C, "exact"),
    # 010 Sunderland visitor
    R("visitor", "We come up from {{Sunderland|place}} every {{September|date}}, eight of us, and play "
      "{{Craigmount Park|own}} because we can't afford {{the Old Course|landmark}} or {{the Jubilee Course|landmark}}. We stay in {{Leven|place}} "
      "three nights and spend a fortune in the pubs. Close it and we'll gan to {{Northumberland|place}} instead. "
      "{{Ha'way the lads|dialect}}.\n[[p:Stevie Gallagher]], [[em:stevie.g1973@example.net]]"),
    # 011 club secretary, formal
    R("organisation", "{{Kinnaird Hill Golf Club|org}} has 212 members who play over the council course under "
      "a {{ticket agreement|law}}. Our {{Match Secretary|role}}, [[p:Alison Greig]], has offered three times to "
      "take on greenkeeping with volunteers. No reply has been received from {{the Head of Parks|role}}. We "
      "request a meeting. Contact: [[em:secretary.khgc at example dot org]]."),
    # 012 Romanian greenkeeper
    R("staff", "I am greenkeeper at {{Craigmount Park|own}} since 2016. I come from {{Cluj|place}}. In this "
      "job I learn everything from old boss [[p:Dougie Kinnear]], he is retired now. The greens are very good, "
      "players from {{Edinburgh|place}} say so. If course closes I lose my job and my flat, "
      "[[fl:flat 2]], [[st:9 Links Road]]. My NI is [[ni:qq 73 20 41 a]], I pay tax here ten years. {{Mulțumesc|lang}}. [[p:Ionuț Popescu]]"),
    # 013 near miss
    R("resident", "Golf for all, not the few, they say. Fine, but then open the clubhouse to the rest of "
      "us and stop chasing kids off the fairway."),
    # 014 edited: reworded opening and closing
    R("golfer", "I am writing as a season ticket holder of thirty years. " + " ".join(S[1:5]) +
      " Please think again before you sell something you can never buy back.", C, "edited"),
    # 015 very short
    R("resident", "No comment."),
    # 016 councillor named (person), office a keep
    R("resident", "At the ward forum Councillor [[p:Gail Moncrieff]] said the decision was already made. If so "
      "what is this consultation for? I want {{the Convener of the Place Committee|office}} to answer that.\n[[p:Douglas Wemyss]]"),
    # 017 Malayalam nurse
    R("resident", "I am a nurse from {{Kerala|place}}, working in {{Dunfermline|place}}. My husband and two "
      "sons learned golf at {{Kinnaird Hill|own}}, it is cheap and people are friendly. Our older boy "
      "[[p:Abhinav]] now plays for the team at [[sch:Dunmarnock Academy]]. Please keep it, in our culture we say "
      "{{nanni|lang}} to people who give us good things. [[p:Lakshmi Nair]]"),
    # 018 housing association
    R("organisation", "{{Kingdom Housing Association|org}} supports the release of land at "
      "{{Craigmount Park|own}} for affordable homes. {{Fife|place}} has 9,000 people on the housing list. We "
      "would want a share of green space kept and the path to {{the Fife Coastal Path|route}} left open."),
    # 019 car registration and vandalism
    R("golfer", "Since the council cut the greenkeeping the car park at Kinnaird is a mess. Someone broke into "
      "my van there, [[vr:SK19 FWD]], and took my {{Ping|brand}} clubs and a {{Callaway|orgp}} driver. Fix the car park before you put the "
      "price up. Season ticket [[acc:ELC-GS-30917]], [[p:Grant Mackie]], [[ph:0131 496 0852]]"),
    # 020 edited: partial template plus own text
    R("golfer", " ".join(S[:4]) + " My grandad played Craigmount in the fifties after his shift at "
      "{{the Wellesley pit|landmark}}. Keep it.", C, "edited"),
]
