"""motorhome-parking: Wester Rossan Council (fictional, north-west Highlands) proposes to ban sleeping
overnight in vehicles from 9pm to 7am in eleven council car parks, including the beach car park at Camas Bàn
and the pier car park at Portnacraig, with £100 penalties, and to open three paid aires (water, waste disposal
and bins, £18 a night) with seasonal rangers."""
from common import R, each, sents

PREFIX, CONSULTATION = "MOT", "motorhome-parking"
C = "mot-welcome-but-not-at-any-cost"

TPL = (
    "I support {{Wester Rossan Council|inv}}'s plan to stop overnight sleeping in vehicles in its car parks and to "
    "open proper paid aires. "
    "Every summer since the {{North Coast 500|brand}} became famous, the beach car park at {{Camas Bàn|own}} has "
    "been full of campervans from {{May|date}} to {{September|date}}, with human waste in the dunes, grey water "
    "tipped in the burn, and residents unable to park. "
    "Most visitors are welcome and careful, but a few spoil it for everyone. "
    "Three aires with water, waste disposal and rubbish collection, at a fair charge, are a sensible answer. "
    "I ask the council to enforce the ban, to employ seasonal rangers, and to spend the "
    "income in the villages that carry the pressure. "
    "{{Welcome visitors, but not at any cost|slogan}}."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 crofter
    R("crofter", "{{Tha mi ag aontachadh|gaelic}}. I croft at {{Inverbreck|inv}} and I've had three vans parked in "
      "the gateway of my {{fank|scots}} this summer, one of them for four nights. I'm not against visitors, my own "
      "daughter runs the café. But the ban needs teeth."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 German couple
    R("visitor", "We are coming to {{Scotland|place}} every year since 2015 with our {{Hymer|brand}} and we always use "
      "campsites or pay. But a £100 fine for sleeping is very hard, it is dangerous to drive when you are tired. "
      "Please make signs in more languages. Our camper is [[vr:FR-HB 412]] if the rangers want to say hello. "
      "{{Mit freundlichen Grüßen|lang}},\n[[p:Jürgen]] and [[p:Heike Baumgartner]], {{Freiburg|place}}, "
      "[[em:baumgartner.h@example.net]]"),
    # 005 campsite owner
    R("business", "{{Inverbreck Caravan and Camping Park|org}} was at 60% in {{August|date}} because people park "
      "free on the shore. I support the ban, but don't undercut us: {{£18|num}} is less than our hardstanding "
      "rate.\n[[ph:01632 960 448]]"),
    # 006 edited: personal paragraph
    R("resident", " ".join(S[:2]) + "\n\nWe live at [[hn:Taigh a' Chladaich]], the white house at the end of the "
      "shore road. In {{July|date}} my husband [[p:Alasdair]] had a heart attack and the ambulance was held up for "
      "twenty minutes by a campervan ([[vr:KX21 MVE]]) parked across the passing place. He survived, no thanks to "
      "that driver. His {{Raigmore|hosp}} number is [[hosp:RAI 5510294]] and my complaint to you, "
      "[[acc:WRC-ENV-23118]], is still unanswered.\n\n" + " ".join(S[2:]) + "\n[[p:Catriona MacLeod]], [[pc:IV54 8XR]]", C, "edited"),
    # 007 van-dweller, lower case
    R("van dweller", "i live full time in my van [[hn:bramble]] (shes an old {{sprinter|brand}}) and ive been on "
      "the road 3 yrs. i dont dump anything, i use the {{Scottish Water|org}} disposal points and i pay for sites 2 "
      "nights a week. a blanket ban means people like me who actually live in our vans have nowhere legal to sleep. "
      "its not tourism its my home. [[sh:@thelongwayround.van]] on {{insta|brand}} if u want to see how we do it "
      "properly. reg is [[vr:wn14 zdp]] if ur wardens want to wave 👋\n[[p:sophie]]"),
    # 008 Dutch couple
    R("visitor", "We come from {{Utrecht|place}} with our camper. In the {{Netherlands|place}} there are many "
      "camperplaatsen with a machine for payment and it works very well. {{£18|num}} is OK if there is water, "
      "electricity and toilet emptying. Please make also a place near the ferry at {{Ullapool|place}}. "
      "{{Met vriendelijke groet|lang}},\n[[p:Pieter]] & [[p:Joke van Dijk]]"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 community council, numbered
    R("community council", "{{Portnacraig and Inverbreck Community Council|inv}}: response\n"
      "1. The Community Council supports the ban in principle, by 7 votes to 2.\n"
      "2. Enforcement: the car park attendants finish at 6pm. Who will issue penalties at 11pm? "
      "{{Police Scotland|org}} have told us it is not their role.\n"
      "3. The pier car park at {{Portnacraig|inv}} is used by fishermen and the {{RNLI|org}} crew at night. The "
      "aire should go at the old school at {{Inverbreck|inv}} instead.\n"
      "4. Income should be spent locally, as the {{Visitor Levy (Scotland) Act 2024|law}} requires for the levy.\n"
      "{{Secretary|role}}"),
    # 011 disabled motorhome user
    R("disabled person", "I'm a wheelchair user with {{spina bifida|med}} and our motorhome has a lift. Aires must "
      "have level hardstanding, an accessible waste point and ideally a {{Changing Places|brand}} toilet, or they "
      "are no use to us. We come up from {{Carlisle|placename}} twice a year and spend a lot of money in the "
      "villages."),
    # 012 edited: reworded opening and closing
    R("resident", "I was born and brought up in {{Portnacraig|inv}} and I'd like to add my voice. "
      + " ".join(S[1:-1]) + " We want people to come, we just want the place to still be here when they do.\n"
      "{{Le dùrachd|gaelic}},\n[[p:Iona MacRae]]", C, "edited"),
    # 013 near-miss
    R("motorhome owner", "Most visitors are welcome and careful, but a few spoil it for everyone, and you are "
      "about to fine all of us for what a few did. Punish the ones who dump, not the ones who sleep."),
    # 014 one word
    R("resident", "Overdue."),
    # 015 exact, one sentence per line
    R("resident", each(TPL, one_per_line), C, "exact"),
    # 016 fisherman
    R("fisherman", "The pier car park is a working pier. My boat's the {{Girl Mairi|ship}} and I land at four in the morning to find a camper on the loading bay. Put the aire anywhere but "
      "{{Portnacraig|inv}} pier."),
    # 017 edited: part of the template plus own text
    R("worker", " ".join(S[2:5]) + " I work in the café at {{Camas Bàn|own}} every summer, I come from "
      "{{Bologna|place}}. The campers are good customers but the toilet of the café is not for emptying the "
      "cassette! Please make the aires quickly. {{Grazie|lang}}.\n"
      "[[em:giulia.russo(at)example.net]]", C, "edited"),
    # 018 teenager at the Gaelic-medium high school
    R("young person", "{{Tha mi còig-deug|gaelic}}. I'm 15 and I work weekends in the shop in {{Portnacraig|inv}}. "
      "I'm at [[sch:Àrd-sgoil Phort na Creige]]. Honestly the vans are good for the shop, they buy bread and milk "
      "and ice cream. Don't scare them all away.\n[[p:Eilidh]]"),
    # 019 French cyclist
    R("visitor", "I cycled the {{North Coast 500|brand}} last year and then took the {{MV Loch Buie|ship}} to "
      "{{Iona|placename}}. "
      "The big campervans overtaking on the single-track roads were the most dangerous thing of my whole trip. "
      "Anything that makes fewer of them is good for cyclists. {{Cordialement|lang}}."),
    # 020 capitals
    R("motorhome owner", "I PAY MY {{ROAD TAX|law}} SAME AS ANYONE. {{SCOTLAND|place}} WANTS OUR MONEY BUT NOT US. WE WILL GO "
      "TO {{NORWAY|place}} NEXT YEAR. AND I WANT MY £100 BACK FOR TICKET [[acc:WR/PCN/004127]].\n[[p:KEITH]], [[pc:DN159TQ]]"),
]
