"""footpath-diversion: Wansdale County Council (fictional, Northumberland) consults on an application by a
dairy farm to divert Public Footpath 23 in the parish of Birkenside out of the farmyard in the hamlet of Hallgarth onto a
field-edge route 640 metres longer, with three kissing gates and a footbridge over the Hallgarth Burn, under
section 119 of the Highways Act 1980."""
from common import R, each, sents

PREFIX, CONSULTATION = "FPD", "footpath-diversion"
C = "fpd-keep-the-old-way-open"

TPL = (
    "I object to the proposed diversion of Public Footpath 23 at {{Hallgarth|own}}, {{Birkenside|inv}}. "
    "The path has run through the farmyard for centuries and is the only level, direct route between the village "
    "and {{St Aidan's Well|landmark}}. "
    "The new route is 640 metres longer, crosses a wet field that floods every winter, and adds three kissing "
    "gates that no wheelchair, mobility scooter or double buggy can get through. "
    "A diversion order under the {{Highways Act 1980|law}} must not make a path substantially less convenient to "
    "the public, and this one plainly does. "
    "Farm safety matters, but gates, signs and a fenced walkway through the yard would meet it. "
    "I ask {{Wansdale County Council|inv}} to refuse the order. "
    "{{Keep the old way open|slogan}}."
)
S = sents(TPL)


def nocommas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("walker", TPL, C, "template"),
    # 002 Northumbrian voice
    R("resident", "{{Howay|dialect}}, man. Aa've walked through {{Hallgarth|own}} yard since Aa was a bairn, an' me "
      "fatha before us. Noo they want us roond the bog field. {{Divvent|dialect}} let them."),
    # 003 exact, lower case
    R("walker", each(TPL, str.lower), C, "exact"),
    # 004 the farm
    R("farmer", "We milk 180 cows at {{Hallgarth|own}} and the path runs within three yards of the parlour door and "
      "across the turning space of a 26-tonne {{Arla|org}} tanker. Walkers leave gates open, dogs go for the calves, "
      "and last {{April|date}} a child was nearly hit by a reversing telehandler. Our insurers and the "
      "{{Health and Safety Executive|org}} both say a working yard is no place for the public. The new route has "
      "views to {{the Cheviot|placename}} and we have offered to pay for the gates and the footbridge (our SBI is [[acc:106 552 183]] if "
      "the officer needs it).\n"
      "[[p:Helen Robson]], {{Hallgarth Farms Ltd|org}}"),
    # 005 Korean student
    R("walker", "I am a PhD student at {{Newcastle University|org}}, from {{Busan|place}}. I walk this path every "
      "weekend for bird watching. In winter there are {{Bewick's swans|species}} on the flood beside the burn, and "
      "the new route goes right past them. Please ask the {{RSPB|org}} before you decide. {{감사합니다|lang}}.\n"
      "[[p:Park Ji-woo]]"),
    # 006 edited: personal paragraph
    R("resident", " ".join(S[:3]) + "\n\nMy husband [[p:Norman]] (d.o.b. [[dob:12.3.47]], NHS number [[nhs:999 504 2312]]) has "
      "{{motor neurone disease|med}} and goes out on "
      "his scooter every afternoon. The yard path is the only walk he can still do from our bungalow on "
      "[[st:Wellhead Close]], [[pc:NE48 3LT]]. He cannot get through a kissing gate and he cannot get across a "
      "wet field.\n\n" + " ".join(S[3:]) + "\n[[p:Sandra Elliott]]", C, "edited"),
    # 007 teenager, lower case
    R("young person", "did my {{dofe|org}} bronze expedition on this path in year 9. the farm yard bit is the only "
      "bit that isnt mud lol. me n [[p:mia]] got chased by a cow on the field bit so idk why u would "
      "send everyone that way. pics on my insta [[sh:@hikergirl.nland]]"),
    # 008 horse rider
    R("horse rider", "I ride out from home, [[hn:Whinfield Cottage]]. It's a footpath, so I can't ride it, but I'd ask the council to think bigger: make the new "
      "field-edge route a bridleway and I'd support the diversion. My mare {{Duchess|pet}} and I would use it twice "
      "a week, and the {{British Horse Society|org}} would back it."),
    # 009 exact, capitals
    R("walker", each(TPL, str.upper), C, "exact"),
    # 010 parish council, numbered
    R("parish council", "{{Birkenside Parish Council|inv}}\n"
      "1. The Parish Council objects to the order, by five votes to one.\n"
      "2. The path is on the {{definitive map|law}} and is used daily by residents walking to the bus.\n"
      "3. We suggest a fenced walkway along the north side of the yard, which the farm has not costed.\n"
      "4. If the order is opposed, it should go to {{the Planning Inspectorate|org}}.\n"
      "Our County Councillor [[p:Alan Shotton]] has been sent a copy.\n{{Parish Clerk|role}}"),
    # 011 Japanese visitor
    R("visitor", "I visit {{Northumberland|place}} every autumn from {{Osaka|place}} to walk {{Hadrian's Wall|landmark}} and "
      "the small paths. Walking through the farm and seeing the cows is part of the English countryside for me. "
      "I understand the farmer has a difficult job, but please do not make the path so long and wet. "
      "{{ありがとうございました|lang}}.\n[[p:Sato Yuki]]"),
    # 012 edited: reworded opening and closing
    R("organisation", "I have led the {{Wansdale Ramblers|org}} {{Tuesday|date}} walk through {{Hallgarth|own}} for nine "
      "years, and I am writing for myself as well as for them. " + " ".join(S[1:-2]) + " We will object formally "
      "if the order is made.\n{{Footpath Secretary|role}}", C, "edited"),
    # 013 near-miss
    R("farmer", "Farm safety matters, but gates, signs and a fenced walkway won't stop a dog off its lead from going "
      "for a calf. I've farmed for forty years and I'd divert it too."),
    # 014 one word
    R("resident", "Support."),
    # 015 dog walker
    R("walker", "I walk {{Bonnie|pet}}, my collie, on this path every morning. On the field edge she'd be in "
      "with the sheep, and I'd have to have her on a lead all the way, so it's the yard or nothing. I'm on "
      "[[st:Front Street]], [[pc:NE48 2 JW]], happy to talk, "
      "[[ph:0191 498 0627]]."),
    # 016 Gurkha veteran
    R("walker", "I served 22 years in the {{Royal Gurkha Rifles|org}} and trained on the "
      "{{Otterburn Ranges|landmark}}. I walk this path from {{Bellingham|placename}} with my grandson [[p:Aarav]]. "
      "The longer way is fine, but the footbridge needs a handrail, the burn is fast in winter. "
      "{{Dhanyabad|lang}}.\n[[p:Dil Bahadur Gurung]], [[em:dil.gurung at example dot org]]"),
    # 017 edited: part of the template plus own text
    R("parent", " ".join(S[2:5]) + " I have twins, [[p:Ivy]] and [[p:Rowan]], who are eighteen months old, and "
      "the yard is the only way I can get the double buggy to the well and back. Contact me on "
      "[[em:jess.charlton@example.com]].\n[[p:Jess Charlton]]", C, "edited"),
    # 018 local historian
    R("historian", "The route through {{Hallgarth|own}} appears on the {{Birkenside Tithe Map|law}} of 1841 and in "
      "the {{Enclosure Award of 1812|law}}, and the well has been a place of pilgrimage since at least the 1600s. "
      "Copies are at {{Northumberland Archives|org}} in {{Woodhorn|place}}. A path with this history should not be "
      "moved for convenience."),
    # 019 retired GP
    R("retired GP", "Retired GP here. A flooded field grazed by cattle is a real risk of {{Weil's disease|med}}; the "
      "yard is a risk of {{E. coli O157|med}}. A fenced walkway through the yard is the safest answer."),
    # 020 blank
    R("resident", ""),
]
