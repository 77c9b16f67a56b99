"""noise-insulation: Lea Vale Borough Council (fictional, near Luton), which owns Lea Vale Airport, consults on
its Quieter Homes Scheme for the airport's growth: full insulation only inside the 63 decibel contour, a grant
capped at £3,000 for homes between 57 and 63 decibels, and nothing for schools outside the contour."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "ANI", "noise-insulation"
C = "ani-sleep-is-not-a-luxury"

TPL = (
    "We live under the flight path of {{Lea Vale Airport|air}} and we object to the proposed "
    "{{Quieter Homes Scheme|own}}. "
    "The 63 decibel line on the council's map does not match what we hear. "
    "{{easyJet|air}} and {{Wizz Air|air}} planes now pass over our roofs every two minutes from five in the morning, and a grant capped at "
    "{{£3,000|num}} will not pay for new windows, let alone a loft. "
    "Sleep is not a luxury. "
    "Children cannot learn and shift workers cannot rest when the windows rattle all night. "
    "As owner of the airport the council profits from every extra flight, so it must pay the full cost. "
    "We ask for full insulation for every home and school inside the 57 decibel contour, a ban on night "
    "flights before six, and independent noise monitors on our streets."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


def no_punct(s):
    return s.replace(",", "").replace(".", "")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Urdu-speaking grandmother through her son
    R("resident", "My mother [[p:Razia Bibi]] does not write English so I am writing for her. She lives on "
      "[[st:Saxon Road]] near {{Bury Park|place}} and says the planes wake her for {{Fajr|lang}} before the "
      "alarm does. She says {{Allah hafiz|lang}} to the council and please do the windows. Her postcode is [[pc:lu4  8aj]]."),
    # 003 exact, no punctuation
    R("resident", each(TPL, no_punct), C, "exact"),
    # 004 short
    R("resident", "The airport brings jobs. It is not {{Airport|show}} on the telly, it is real work. Half of {{Dunstable|place}} works there. Stop moaning."),
    # 005 blank
    R("resident", ""),
    # 006 headteacher, school as institution (venue), no child
    R("organisation", "As {{headteacher|role}} of {{Wigmore Fields Primary|venue}} I note the school sits at "
      "62 decibels and so gets nothing. We stop lessons 40 times a day. {{Ofsted|org}} has commented on it. "
      "{{The Director of Children's Services|role}} has our data."),
    # 007 edited: personal paragraph: night-shift worker, baby, DOB
    R("shift worker", " ".join(S[:4]) + "\n\nI drive for {{Vauxhall|orgp}} at the van plant in "
      "{{Luton|place}}, nights, and sleep in the day in the back bedroom of [[st:41 Runley Road]], "
      "[[pc:lu1 3hd]]. Our son [[p:Kacper]] was born on [[dob:3rd November 2024]] and he has not slept through "
      "once, with the 5am departures straight over. My NI number is [[ni:QQ662039A]]. My wife [[p:Agnieszka]] is back at work in {{April|date}}.\n\n"
      + " ".join(S[4:]) + "\n[[p:Tomasz Nowicki]]", C, "edited"),
    # 008 very short support
    R("resident", "Fair scheme. Support."),
    # 009 exact lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 010 teen lower case, snapchat, school
    R("young person", "we cant hear the teacher in maths at [[sch:stopsley park academy]] when the easyjet "
      "ones go over lol. my mate [[p:kai]] timed it its every 2 mins. fix the school windows not just "
      "houses. my snap is [[sh:lil.zain_07]] if u want a video"),
    # 011 farmer in a named house
    R("resident", "Our family has farmed at [[hn:Galley Hill Farm]] since 1952, long before {{Lea Vale "
      "Airport|air}} was anything but a grass strip. The house is listed, so your grant for double glazing is "
      "useless: {{Historic England|org}} will not let us change the sashes. Secondary glazing costs "
      "{{£9,000|num}}. [[p:Richard Tebbutt]]"),
    # 012 near miss
    R("resident", "I agree the 63 decibel line on the council's map is a guess. Sleep is not a luxury, but neither is a job. Half my street works at the airport. Insulate "
      "the houses and let it grow. I post the noise readings from my garden at [[sh:@leavale_decibels]]."),
    # 013 organisation, councillor named
    R("organisation", "{{Lea Vale Airport Consultative Committee|inv}} notes that Councillor "
      "[[p:Imran Qureshi]], who chairs it, declared an interest. {{The Leader of the Council|office}} sits on "
      "the airport company board. We recommend the scheme is reviewed by {{the Civil Aviation Authority|org}}."),
    # 014 edited: reworded opening and closing
    R("resident", "Speaking for the {{Caddington Rise|inv}} residents' group: we object to the scheme as "
      "drafted. " + " ".join(S[2:7]) + " Do the right thing by the people who live with your planes.",
      C, "edited"),
    # 015 vehicle registration, car damage from vortex
    R("resident", "Last {{August|date}} a roof tile came off in a plane's wake and went through the windscreen "
      "of my car, [[vr:KP70 LZG]], on the drive. The airport claims team took five months. Add vortex "
      "damage to the scheme. [[p:Gary Stringer]], [[st:6 Cowslip Hill]], [[pc:LU2 7HS]]"),
    # 016 Bangladeshi elder, Bengali phrase
    R("resident", "I am retired taxi driver. Forty years in {{Luton|place}}. Before it was quiet at night, now "
      "no. Please give windows to everybody. {{Dhonnobad|lang}}. [[p:Abdul Mannan]], [[ph:01632 960 905]]"),
    # 017 long ramble, retired engineer
    R("resident", "I worked at the airport for 31 years, in engineering, starting on the old {{BAC One-"
      "Eleven|air}} with {{Britannia|air}} and finishing on the {{A321neo|air}}, so nobody can tell me I am "
      "against it. It paid for my house, and my shopping at {{Sainsbury's|orgp}} on {{Dunstable Road|route}}. But I want to set down what has changed. When we moved to "
      "[[st:Turnpike Close]] in 1989 the last flight was about eleven and the first about half six, and the "
      "planes were louder, yes, but there were maybe a dozen an hour at the busiest. Now it is a steady stream "
      "from five until gone midnight, and the new route they brought in under {{the airspace change|law}} puts "
      "them right over the top of the close instead of over {{the M1|road}}. My wife [[p:Brenda]] has "
      "{{tinnitus|med}} and the drone sets it off. Our grandson stays on a Friday and we have had to move him "
      "to the front bedroom. Even the car alarm on my old {{Rover|brand}}, [[vr:LN13 BXC]], goes off. I have read the council's map three times. The 63 line stops at the end of our "
      "road. The houses on the other side of the road get full insulation and we get a voucher. The planes do "
      "not know where the line is. I went to the drop-in at {{the Hat Factory|landmark}} and the young man from "
      "the consultants, very polite, said the contours are modelled, not measured. Well, come and measure "
      "them. Put a monitor on my garage if you like. I would also say that the {{£3,000|num}} figure was set in "
      "2014 and builders' prices have gone up by half since. And please, whatever you decide, write the letters "
      "so a normal person can read them. Thank you.\n[[p:Dennis Ashworth]]"),
    # 018 edited: partial template plus own words
    R("resident", " ".join(S[:4]) + " I work nights at {{the L&D|hosp}} as a porter and I get four hours "
      "sleep if I'm lucky. Sort it out.", C, "edited"),
    # 019 pet with a person's name, brand
    R("resident", "Our old spaniel {{Bernard|pet}} shakes every time a {{Wizz Air|air}} plane goes over. That "
      "is not a joke. Our cat {{Mrs Miggins|pet}} hides under the bed. Include the dog in the consultation, he lives here too. [[p:Pauline]] and [[p:Keith Dunstable]]"),
    # 020 exact one sentence per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
]
