"""visitor-levy: a 5% visitor levy on overnight stays (fictional Dunmallie and Glen Ossian Council, West Highlands).

Under the Visitor Levy (Scotland) Act 2024; proposed start April 2027. Hosts, hotels, campsites, crofters, residents,
Gaelic and Scots voices, seasonal workers.
"""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "VLV", "visitor-levy"
C = "vlv-support-local-hosts"

TPL = ("As a small accommodation provider in {{Glen Ossian|inv}}, I am writing to oppose the proposed {{5%|num}} visitor levy. "
       "Our guests already pay {{20%|num}} VAT on their rooms, which is far more than in most European countries that "
       "charge a tourist tax. "
       "A levy will be added to every booking, and we will be the ones explaining it at the door and collecting it for "
       "the council. "
       "Many of our visitors are families and walkers on tight budgets who will simply go elsewhere. "
       "If a levy must come in, it should be a flat rate per night, capped at seven nights, with no charge for children, "
       "and every penny should be spent on the roads, toilets and paths that visitors actually use. "
       "Support local hosts, not another tax.")
S = sents(TPL)

ITEMS = [
    # 001
    R("resident",
      "Yes. About time. Every summer the single-track road along {{Loch Ness|place}} and the one to the pier is blocked by camper vans and the council says "
      "it has no money. {{Edinburgh|place}} is doing it, so should we."),
    # 002
    R("crofter",
      "We croft at [[hn:Achnacloich]] above the loch and we've let the old byre as a bothy for walkers since 2015. "
      "Fourteen pound a night. If I have to register and collect {{5%|num}} of that I'll just stop letting it, it's not "
      "worth the paperwork. Exempt anything under {{£30|num}} a night. [[p:Ruaraidh MacAskill]]"),
    # 003
    R("guest house owner", TPL, C, "template"),
    # 004
    R("resident",
      "{{Tha mi airson seo|gaelic}}. I am in favour. The money must stay in the glen though, not go to {{Fort William|placename}} "
      "or into the council's general pot. We have no public toilet between {{Fort Augustus|placename}} and the "
      "head of the glen. {{Mòran taing|gaelic}}."),
    # 005
    R("hotel association",
      "The {{Dunmallie Hotels and Hospitality Association|inv}} represents 38 businesses with 1,140 bedrooms. "
      "Our members are not opposed in principle but ask for: a start no earlier than {{April 2028|date}} to allow for "
      "contracted group rates; a {{2%|num}} collection allowance; exemption for coach tours booked before the "
      "{{Visitor Levy (Scotland) Act 2024|law}} came into force; and a seat on the board that decides spending. "
      "The {{Chief Executive|role}} has our full submission."),
    # 006
    R("seasonal worker",
      "I am from Lithuania and working in the hotel kitchen five seasons. Workers like me live in staff caravans, "
      "I hope levy is not for us. My NI is [[ni:QQ123456C]]. My caravan is [[fl:number 6 in the staff field]] behind the "
      "{{Ossian Arms|pub}}, it is my home April to October. My friend [[p:Rūta Petrauskienė]] she pay council tax "
      "in the village and still they ask her for levy when her mother visit. {{Ačiū|lang}}. [[p:Tomas]]"),
    # 007
    R("guest house owner", each(TPL, str.lower), C, "exact"),
    # 008
    R("resident",
      "we're on [[st:Bridgend Brae]], permit [[acc:DGO/RP/4471]], and from june to sept there's camper vans parked outside ours every night, "
      "emptying their toilets in the burn. a levy is fine but it won't touch them because they don't stay "
      "anywhere. do something about the wild campers first"),
    # 009
    R("holiday let owner",
      "I let one cottage which is next to our own house. The cottage is a business; our house, "
      "[[hn:Tigh na Mara]] on [[st:Ardgour Road]], is not. My short-term let licence is [[acc:DGO-STL-00412]] and I already paid "
      "{{£420|num}} for it. Now a levy on top. The administration cost alone will eat into a very small margin. "
      "[[p:Morven Dalgleish]]"),
    # 010
    R("resident", ""),
    # 011
    R("guest house owner",
      "As a small accommodation provider in Glen Ossian, I am writing to oppose the proposed 5% visitor levy. "
      "Our guests already pay 20% VAT on their rooms, which is far more than in most European countries that "
      "charge a tourist tax. "
      "A levy will be added to every booking, and we will be the ones explaining it at the door and collecting it for "
      "the council. "
      "My wife [[p:Fiona]] and I run three rooms in our own home, [[hn:Ardbeag]], [[st:Shore Road]], "
      "[[pc:PH33 6XJ]]. We are both in our sixties and the booking system we use cannot add a percentage charge. "
      "We would have to do it by hand for every guest. Please ring me on [[ph:01632 960 884]] or write to "
      "[[em:ardbeag.rooms@example.com]] if you want to see how it works in practice. "
      "Support local hosts, not another tax.", C, "edited"),
    # 012
    R("teenager",
      "im 16 and i work summers at the boat trips. honestly the tourists have loads of money, like they pay {{£35|num}} "
      "for an hour on the loch and dont blink. the levy should pay for a bus that actually runs after 6 so people my "
      "age can get home from work. sorry for spelling lol"),
    # 013
    R("campsite owner",
      "{{Glen Ossian Holiday Park|inv}} - 60 pitches and 14 statics. Campsites should be charged per pitch not per "
      "cent. A {{5%|num}} charge on a {{£22|num}} tent pitch is nothing; on a static caravan let for a week it adds "
      "up. Half our statics are owned privately and people live in some of them - e.g. a retired couple in "
      "[[hn:Dunroamin]] on the top row have been there full time for nine years. They should not be treated as "
      "visitors."),
    # 014
    R("resident",
      "I agree with some of the hosts. The levy will be added to every booking and someone has to collect it, but the "
      "B&Bs collect VAT already so they can collect this. What I want to know is who decides how it's spent. "
      "Last time there was a 'tourism fund' it went on a sculpture at the roundabout."),
    # 015
    R("community council",
      "{{Glen Ossian Community Council|inv}} supports a levy provided that at least {{70%|num}} of the money raised "
      "in the glen is spent in the glen. Our secretary, [[p:Catriona Nic a' Phì]], surveyed 212 households; "
      "{{81%|num}} were in favour. Priorities were toilets at {{Camas Ban|inv}}, passing places on the "
      "{{B8021|road}} and a ranger. We thank the {{Depute Leader|role}} for attending our {{March|date}} meeting."),
    # 016
    R("guest house owner", each(TPL, lambda s: s.replace(",", "")), C, "exact"),
    # 017
    R("resident",
      "Visitors are welcome, it's the cars. Our house, '[[hn:Fernbank]]', is just off [[st:Kirk Wynd]] in the village and on a wet "
      "{{Saturday|date}} in {{August|date}} you can't get out of your own drive. A levy paid to the council won't fix "
      "that unless there's a car park and a shuttle bus. Charge the cruise-ship day trippers from "
      "{{Port Glasgow|placename}} and {{Oban|place}} too - they stay nowhere and pay nothing."),
    # 018
    R("business",
      "We run the {{Golden Dragon|pub}} takeaway in Dunmallie for 22 years. Tourist is good for us in summer but winter "
      "is very quiet. If tourist go away because of levy we lose business. My son [[p:Ka-Ho]] help me to write. "
      "Thank you. [[p:Wong Mei Ling]]"),
    # 019
    R("resident",
      "We bought a flat in town, [[fl:Flat 2R]], [[st:9 Caledonian Place]], as our home when we retired here from "
      "{{Castle Douglas|placename}}. The flat below is an Airbnb and the one above too. There are weekend parties, "
      "suitcases on the stair at 2am. The levy is a good start but the real problem is that half the stair is holiday "
      "lets. Register them and cap them. [[p:Hamish]] and [[p:Elspeth Orr]]"),
    # 020
    R("guest house owner",
      "We are a family guest house and, like every small host I have spoken to, we cannot support this levy as drafted. "
      "A levy will be added to every booking, and we will be the ones explaining it at the door and collecting it for "
      "the council. "
      "Many of our visitors are families and walkers on tight budgets who will simply go elsewhere. "
      "If a levy must come in, it should be a flat rate per night, capped at seven nights, with no charge for children, "
      "and every penny should be spent on the roads, toilets and paths that visitors actually use. "
      "We hope the council will think again and come and talk to us before it decides.", C, "edited"),
    # 021
    R("resident",
      "NO NO NO. THE COUNCIL CANNOT EMPTY THE BINS IN THE LAYBY AND NOW IT WANTS MORE MONEY. "
      "WHERE DID THE LAST LOT GO. TAX TAX TAX."),
    # 022
    R("tour operator",
      "We run small-group tours from {{Inverness|place}} and {{Edinburgh|place}}. Our guests pay levies in Edinburgh "
      "from {{July 2026|date}} and now here too. Please align the rules so we don't have one system per council. "
      "Contact our operations manager, [[p:Siobhán Ní Bhriain]], on [[ph:0131 496 0738]]."),
    # 023
    R("resident",
      "My nan's on [[st:Sràid na h-Eaglaise]] ([[st:Church Street]] on the new signs) and she's 91. The tour buses turn in "
      "the square outside hers, by {{St Columba's|church}}, three times a day. If the levy pays for a proper bus stop at the {{Co-op|org}} instead "
      "of in front of her window she'd be delighted. She says thank you to the council for asking, she's never been "
      "asked anything before."),
    # 024
    R("guest house owner", plain_only(TPL, lambda s: s.replace(" ", "  ").replace(".  ", ".   ")), C, "exact"),
    # 025
    R("resident",
      "Campervan parking is the biggest issue for those of us on [[st:Lochside Terrace]]. Ours is the row of "
      "cottages by the slipway and we've had vans parked across the driveways. Last summer a van "
      "[[vr:SN71 WKP]] was there eleven nights running. The levy needs to come with overnight parking charges."),
    # 026
    R("hotel owner",
      "As the owner of the {{Lochend Hotel|org}} I must point out that the {{Visitor Levy (Scotland) Act|law}} already "
      "exempts people in receipt of disability benefits. The consultation document doesn't say how a hotel is meant to "
      "check that. We are not {{DWP|org}}. Mr [[p:A. Sutherland-Grant]], proprietor."),
    # 027
    R("resident", "Support. Spend it on the toilets."),
    # 028
    R("resident",
      "I don't normally do these but. My daughter [[p:Isla]] is at [[sch:Glen Ossian Primary]] and the school run "
      "in summer is dangerous with the buses. A levy that paid for a crossing and a 20 zone outside the school would be "
      "the best thing it could do. I'm on facebook as [[sh:Kirsty Glen Mum]] if the council wants to talk to local "
      "parents. [[p:Kirsty]]"),
    # 029
    R("guest house owner",
      "Many of our visitors are families and walkers on tight budgets who will simply go elsewhere. "
      "If a levy must come in, it should be a flat rate per night, capped at seven nights, with no charge for children, "
      "and every penny should be spent on the roads, toilets and paths that visitors actually use. "
      "Support local hosts, not another tax. I would add that we host a lot of cyclists on the {{Great Glen Way|landmark}} "
      "who stay one night only. A flat {{£2|num}} is fair to them. A percentage isn't.", C, "edited"),
    # 030
    R("ranger",
      "I've worked as a seasonal ranger here for six years. Path erosion on {{Sgùrr an Fhithich|landmark}} is the worst "
      "I've seen outside {{Ben Nevis|placename}}, and the car park at the foot is full by 8am. I'd support a levy if some of it funds permanent "
      "ranger posts. Please also stop saying 'wild camping' when you mean people in vans; wild camping under the "
      "{{Scottish Outdoor Access Code|law}} is a right and mostly well behaved."),
    # 031
    R("resident",
      "Good idea but please make sure people who live here full time in a caravan are not charged. My partner and "
      "I live in a static at {{Glen Ossian Holiday Park|inv}} - [[fl:plot 31]], called [[hn:Seaspray]]. I'm born [[dob:2/4/49]]. Our council "
      "tax ref is [[acc:7710 4423 9]]. We have no other home. Thanks. [[p:Dougie]] and [[p:Lorraine Kerr]]"),
    # 032
    R("resident",
      "Agree wi it. The glen's fair hoachin wi visitors fae Easter tae October an we get nae benefit. "
      "Spend it on the road an the toilets an a bus. {{Haud the heid|scots}} an get it done."),
]
