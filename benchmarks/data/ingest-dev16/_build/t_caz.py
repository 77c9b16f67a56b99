"""clean-air-zone: fictional Caerwern City Council / Cyngor Dinas Caerwern (south Wales) proposes a charging
Class C clean air zone from April 2026: £10 a day for non-compliant vans, £12.50 a day for non-compliant taxis and
private hire vehicles, with a £3,000 retrofit grant."""
import re
from common import R, each, sents, plain_only

PREFIX = "CAZ"
CONSULTATION = "clean-air-zone"
CAMP = "caz-fair-deal-for-drivers"

TPL = ("We all want cleaner air, but the proposed charges put the whole cost on the drivers who can least afford it. "
       "A self-employed taxi driver cannot find {{£12.50|num}} a day on top of fuel, insurance and licence fees, and a "
       "second-hand compliant vehicle costs more than most of us earn in a year. The retrofit grant of {{£3,000|num}} "
       "barely covers a deposit. We are asking {{Caerwern City Council|inv}} for three things: a two-year exemption for "
       "licensed taxis and private hire vehicles, grants that cover at least half the cost of a compliant vehicle, and "
       "a scrappage scheme for small businesses with vans. Clean air should not cost people their livelihoods.")
S = sents(TPL)

ITEMS = [
    # 001
    R("taxi driver", TPL, CAMP, "template"),
    # 002
    R("van driver",
      "Plumber, self employed, {{2017|date}} {{Transit|brand}}, {{Euro 5|num}} so I'm caught. {{£10|num}} a day is {{£2,400|num}} a year. I'll "
      "just stop taking jobs inside the ring road and the customers in {{Grangetown|place}} can wait for someone who's "
      "got a newer van. My reg is [[vr:CF66 WLN]] if you want to check I'm not making it up."),
    # 003
    R("parent",
      "My daughter [[p:Lowri]] has had {{asthma|med}} since she was two and we have ended up in {{the Heath|hosp}} four "
      "times, her NHS number is [[nhs:999 270 7704]]. We live on [[st:Clive Street]] right by the lights where the taxis queue. I fully support the zone and "
      "would go further. Children's lungs are not a business cost.\n[[p:Angharad Pugh]]"),
    # 004
    R("taxi driver",
      "I drive hackney 19 years in {{Caerwern|inv}}. My car is {{Skoda Octavia|brand}} {{2016|date}}, diesel, not "
      "compliant. New one is {{£24,000|num}}. I have three children and my wife is sick. The grant is {{£3,000|num}}, "
      "what can I buy with this? Please give more time, two years at least. My badge number is [[acc:HC-0419]], national insurance [[ni:qq305512b]].\n"
      "[[p:Muhammad Arshad]]"),
    # 005
    R("taxi driver", each(TPL, str.lower), CAMP, "exact"),
    # 006
    R("cyclist",
      "Support. I cycle in from {{Penarth|place}} every day along the {{A4160|road}} and the air at the bottom of "
      "{{Penarth Road|route}} is filthy. {{Da iawn|welsh}}, about time. But please spend the money from the charge on "
      "proper segregated cycle lanes, not on more consultants."),
    # 007
    R("business",
      "{{Federation of Small Businesses|org}} Wales members are broadly supportive of cleaner air but deeply concerned "
      "about timing. Many van-dependent businesses are still repaying {{Covid|med}} loans. We ask for a 12-month sunset "
      "period, a clear exemption for vehicles on order, and that the council works with {{Welsh Government|org}} on a "
      "national scrappage scheme."),
    # 008
    R("resident", ""),
    # 009
    R("taxi driver",
      " ".join(S[:3]) + "\n\nMy own story: I came to {{Caerwern|inv}} from {{Jordan|placename}} in {{2016|date}} and I "
      "have driven a private hire car for {{Capital Cars|org}} for five years. My car is a {{Toyota Avensis|brand}}, "
      "[[vr:ca15 tyo]], and it is paid off. If I must replace it I will be in debt again. My licence number is "
      "[[acc:PH/2019/3371]].\n\n" + S[3] + " " + S[4]),
    # 010
    R("doctor",
      "As a {{respiratory consultant|role}} at the {{University Hospital of Wales|hosp}} I see the effects of nitrogen "
      "dioxide daily, particularly in children and people with {{COPD|med}}. The evidence on Class C zones is clear. "
      "I support the proposal and urge the council not to weaken it. Exemptions should be time-limited."),
    # 011
    R("resident", "Cash grab."),
    # 012
    R("resident",
      "I saw the leaflet under my wipers saying clean air should not cost people their livelihoods. Fair enough, but it "
      "also shouldn't cost kids their lungs. I'm a mum on {{Cowbridge Road East|route}} and I'm with the council on "
      "this. Maybe give the taxi lads a bit longer, that's all."),
    # 013
    R("van driver",
      "I'm a florist, I deliver all over the city from {{Canton|place}}. My van is a {{2015|date}} {{Berlingo|brand}}, "
      "[[vr:FN15 OXW]]. {{Mother's Day|event}}, {{Valentine's|event}}, weddings, funerals, I'm in and out of the zone ten "
      "times a day but only charged once, is that right? Please say so clearly on the website.\n"
      "[[p:Bethan Ifans]], {{Ifans Flowers|orgp}}"),
    # 014
    R("taxi driver",
      each(TPL, lambda t: re.sub(r"\s+", " ", t.upper()).replace(",", "").replace(":", "")), CAMP, "exact"),
    # 015
    R("taxi driver",
      "Salam. I am taxi driver, I am from {{Kurdistan|place}}, I live in {{Caerwern|inv}} 11 years, [[fl:Flat 21, Tŷ Nant]]. Many drivers are "
      "like me, we work 12 hours, we have family. The zone is good for air but bad for us. Please make grant bigger. My "
      "car [[vr:KU63 HFD]]. Phone [[ph:029 2018 0973]]. [[p:Rebwar Ahmed]]"),
    # 016
    R("young person",
      "climate is literally the biggest issue of our lifetime and ppl are moaning about 10 quid. my whole school did a "
      "walkout for the zone. im 16, follow [[sh:@caerwern_climate_strike]] for the protest on {{friday|month}}"),
    # 017
    R("resident",
      "Ysgrifennaf i gefnogi'r {{Parth Aer Glân|inv}}. Mae'r aer ar {{Heol y Porth|route}} yn ofnadwy. Ond plîs "
      "meddyliwch am yr hen bobl sy'n dibynnu ar dacsis. {{Diolch yn fawr|welsh}}.\n[[p:Gwenno Rhys-Jenkins]]"),
    # 018
    R("business",
      "We run a small scaffolding firm from a yard in {{Tremorfa|place}}. We have four vans: [[vr:WR16 KTE]], "
      "[[vr:WR16KTF]], [[vr:CV65 BNP]] and [[vr:DX14 ZLA]]. Two are compliant, two are not. Replacing the older two will "
      "cost us {{£38,000|num}}. We have a job in {{Chester|placename}} next month and one in the city centre every week. "
      "We will pass the charge on to customers, there's no other way."),
    # 019
    R("taxi driver",
      "I'm writing as a driver and a dad, and I want cleaner air for my own kids as much as anyone. But the proposed "
      "charges put the whole cost on the drivers who can least afford it. " + " ".join(S[2:4]) + " I am asking you, as "
      "someone who has driven this city for twenty years, for a two-year exemption and a proper grant. That is all."),
    # 020
    R("taxi association",
      "The {{Caerwern Hackney Carriage Association|inv}} represents 412 licensed drivers. 61 per cent of our members' "
      "vehicles are not compliant. We asked for a meeting with the {{Cabinet Member for Climate Change|role}}, Cllr "
      "[[p:Huw Prosser]], in {{November|month}} and were told to respond through this form. That is not consultation. "
      "We request an urgent meeting.\nChair"),
    # 021
    R("van driver",
      "Right, where do I start. I've been an electrician for 28 years, self employed for 15. I live in {{Caerphilly|place}} "
      "and nearly all my work is in {{Caerwern|inv}}, because that's where the work is, offices, flats, the uni. My van "
      "is a {{2016|date}} {{Vivaro|brand}}, [[vr:CN16 FVW]], with 140,000 miles on it, and it's Euro 5 so it's caught by "
      "your zone. I priced up a Euro 6 replacement and the cheapest with the racking I need is {{£17,500|num}}. I'm 57. "
      "I'm not taking on {{£17,500|num}} of finance at 57. So here are my options. One, I pay {{£10|num}} a day, which I "
      "put on the bill and my customers pay, so in the end you're just putting up the price of fixing things. Two, I "
      "stop doing jobs in the zone, which means your pensioners in {{Splott|place}} and {{Adamsdown|place}} wait longer "
      "for someone to come and sort their fuse box. Three, I retire early, and that's one less sparky in a city that "
      "hasn't got enough. None of that makes the air cleaner. What would help is a proper scrappage scheme for small "
      "firms, like they had in {{London|place}} with the {{ULEZ|law}} at the end, or letting vans that only go in two "
      "days a week pay less. I'm not against clean air, my granddaughter [[p:Seren]] has {{asthma|med}}, I know what it "
      "is. But you've done this to us, not with us. Any questions, [[ph:07700 900 902]], or "
      "[[em:gareth.sparks@example.org]]... sorry that's old, it's [[em:garethsparks@example.com]] now.\n"
      "[[p:Gareth Llewellyn]]\n[[st:12 Heol Bedwas]]\n[[pc:CF83 1QB]]"),
    # 022
    R("taxi driver",
      "I am Bengali, I drive taxi in {{Caerwern|inv}} since {{2009|date}}. My son [[p:Rafi]] (dob [[dob:7/3/09]]) helps me with the form. "
      "We want two years more. Also the council website is only English and Welsh, please make {{Bengali|lang}}, "
      "{{Urdu|lang}}, {{Somali|lang}} and {{Kurdish|lang}} versions so drivers can read. {{Dhonnobad|lang}}."),
    # 023
    R("taxi driver",
      "To whoever reads these. " + " ".join([S[0], S[1], S[4]]) + " I've written this with the other lads on "
      "the rank at {{Central Station|landmark}} and we all feel the same."),
    # 024
    R("resident",
      "{{Lidl|org}}, {{Sainsbury's|orgp}} and {{Tesco|org}} vans will just pay it and carry on. It's the little man who gets hit. Also, "
      "what happens to blue badge holders who rely on an older adapted car? My dad [[p:Dai]] drives a converted "
      "{{Berlingo|brand}} with his wheelchair in the back and he's not scrapping it."),
    # 025
    R("resident",
      "Makes sense to me. The city's full of idling taxis outside {{St David's|landmark}} all day. If the money goes on "
      "buses, I'm in. My neighbour [[p:Precious]], who's a nurse on nights, says the 6 bus is useless after "
      "{{10pm|num}} though, so sort that too."),
]

for _i in (9, 19, 23):  # edited campaign copies
    ITEMS[_i - 1].camp, ITEMS[_i - 1].role = CAMP, "edited"
