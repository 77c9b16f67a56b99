"""Taxi and private-hire licensing policy: fictional Stourmere District Council (north Worcestershire,
on the edge of the Black Country). Vehicle age limits, CCTV in every licensed vehicle, a new driver
knowledge test."""
import re
from common import R, each, plain_only, sents

PREFIX = "TAX"
CONSULTATION = "taxi-licensing"
CAMP = "tax-fair-deal-for-drivers"

T = ("We are licensed drivers in the {{Stourmere|inv}} district and we oppose the new age limit, the CCTV rule and "
     "the knowledge test. A well kept eleven year old car is safer than a neglected four year old "
     "one, and the twice-yearly {{MOT|law}} already proves it. Forcing us to scrap good vehicles will push fares up "
     "and push drivers to license with {{Wolverhampton|place}} instead. We are not against cameras, but the council "
     "wants to be the {{data controller|role}} while each driver pays {{£650|num}} for a system we cannot "
     "view. If CCTV is needed, the council should fund it from licence fees. The knowledge test "
     "should check what matters: safeguarding, the law and getting passengers home, not trick questions about "
     "pubs that shut years ago. Three failed attempts and you lose your living is too harsh. Please meet the drivers "
     "before the {{Licensing Committee|inv}} decides. Give us a fair deal and we will keep giving {{Stourmere|inv}} "
     "a safe service.")
S = sents(T)

ITEMS = [
    # 001
    R("taxi driver", T, CAMP, "template"),
    # 002
    R("hackney carriage driver",
      "{{Ow bist|Black Country phrase}}. I've drove a hackney round {{Stourmere|inv}} for twenty-two year and I ay never "
      "had one complaint. Me cab's a {{2012|num}} {{TX4|brand or product name}}, [[vr:LK62 FNO]], {{300,000|num}} mile on it and still "
      "gooin like a good un. Under your rules it's scrap. Worrabout the lads who've just paid {{£18,000|num}} for one "
      "second hand? Yow lot ay got a clue. Ask [[p:Gaz]] on the rank at {{Stourmere station|landmark}}, he'll tell yer "
      "the same.\n{{Tara-a-bit|Black Country phrase}}\n[[p:Den Hickinbottom]], hackney plate [[acc:H212]]"),
    # 003
    R("private hire driver", each(T, str.lower), CAMP, "exact"),
    # 004
    R("private hire driver",
      "{{Dzień dobry|lang}}. My name is [[p:Tomasz Wieczorek]], I am British-Polish, 14 years driving private hire for "
      "{{Saltbeck Cars|inv}}. I agree with CCTV. On {{14/01/2024|date}} a passenger ran without paying and punched me at "
      "{{Hollowmoor|inv}} roundabout, police could do nothing because no camera. But please do not make me pay "
      "{{£650|num}}. My car is {{Skoda|orgp}} {{Octavia|brand or product name}} hybrid, reg [[vr:YF19 NWK]], it will be "
      "nine years old next year and it is perfect. For knowledge test: I know every street here better than "
      "{{Google Maps|org}}. Test in English is fine, but reading questions only, no listening? My friend [[p:Krzysiek]] "
      "failed because the audio was bad in the room.\nText me if you want to talk, [[ph:07700 900 318]]. Badge [[acc:PH/1340]]"),
    # 005
    R("women's safety group",
      "{{Stourmere Women's Night Safety Network|inv}} strongly supports mandatory CCTV with audio that is activated by a "
      "panic button. Many of our members travel home alone after shifts at {{Merry Hill|landmark}} or the hospital. We "
      "also ask that every licensed driver is trained in {{Ask for Angela|law}} and that the knowledge test includes "
      "safeguarding and {{county lines|legal or policy term}} awareness. Guidance from the {{Suzy Lamplugh Trust|orgp}} "
      "should be built in. We do not take a view on vehicle age."),
    # 006
    R("resident", "Ten years is plenty for a cab."),
    # 007
    R("taxi driver",
      " ".join(S[:4]) + "\n\nMy own car is a {{2014|num}} {{Toyota|orgp}} {{Prius+|brand or product name}}, [[vr:FJ64 UXB]], "
      "with {{210,000|num}} miles, a full service history and a clean {{MOT|law}} in March. I bought it outright and I "
      "am {{61|num}}. I cannot borrow {{£25,000|num}} for a new one at my age. My badge is [[acc:PH/0873]] if you want "
      "to check my record, there is nothing on it.\n\n" + " ".join(S[4:]),
      CAMP, "edited"),
    # 008
    R("wheelchair user",
      "I use a powered chair and I need a proper {{WAV|abbreviation (wheelchair accessible vehicle)}} with a ramp, not a "
      "saloon. There are only a handful in {{Stourmere|inv}}. If you scrap the older ones at ten years there will be "
      "none at all on a Sunday night. Please keep the 12 year limit for accessible cabs and enforce the "
      "{{Taxis and Private Hire Vehicles (Disabled Persons) Act 2022|law}} properly. The best driver I know is "
      "[[p:Rajinder]], plate [[acc:H077]], who always straps me in right and never rushes me."),
    # 009
    R("resident", ""),
    # 010
    R("business",
      "I run {{The Nailmakers Arms|business}} on {{Bridge Street|route}}, opposite the rank on {{Coventry Street|route}}. On a Friday there's no cabs after midnight "
      "as it is. Half our customers come over from {{Dudley|placename}}, {{Halesowen|place}} and {{Stourbridge|place}} and they need to get "
      "home. If the new rules drive more drivers out we'll see more drink driving. We sell {{Batham's|orgp}} and "
      "{{Holden's|orgp}}, not rocket fuel, but folk still need a lift.\n[[p:Carol Bissell]], licensee, [[em:thenailmakers@example.net]]"),
    # 011
    R("taxi driver", each(T, str.upper), CAMP, "exact"),
    # 012
    R("pensioner",
      "Our [[p:Shaz]] picks me up every Tuesday and Friday for the shopping, she's bin doing it since me hip went. She "
      "drives the red {{Skoda|orgp}}, [[vr:DY15CWK]], and knows to come to the back door at [[st:Cinder Bank Close]]. If her has to sit some daft test again and fails it "
      "what am I supposed to do? I cor walk to the bus. Leave the good uns alone. I'm {{89|num}} and I've never had a "
      "bad word off a taxi driver in this town.\nmrs [[p:iris kendrick]]"),
    # 013
    R("resident",
      "Please meet the drivers before the vote, fine, but please also meet the people who have to sit in the back of a "
      "filthy car at two in the morning. Half the private hire fleet smells of smoke. Age limits and cameras are "
      "overdue."),
    # 014
    R("private hire operator",
      "{{Hollowmoor Cars Ltd|inv}} has {{46|num}} vehicles. We support CCTV in principle but the council's chosen "
      "specification only lists two approved suppliers. Our drivers also work {{Birmingham Airport|landmark}} and the "
      "{{NEC|landmark}} and already compete with {{Uber|org}} and {{Bolt|org}} cars licensed by other authorities. A hard "
      "ten year limit will not change who is on the road in {{Stourmere|inv}}, only where they are licensed. "
      "{{Operations manager|role}}, [[p:Nadeem Aslam]], [[em:n.aslam@example.com]], [[ph:0121 496 0472]]"),
    # 015
    R("taxi driver",
      "I have driven a cab for 17 years and I am writing on behalf of my family as well as myself. "
      + " ".join(S[1:-1]) + " Thank you for reading this, and please do not make your mind up before you have heard "
      "from us.", CAMP, "edited"),
    # 016
    R("private hire driver",
      "I am a Sikh driver, 31 years in this country. The knowledge test should be in plain English. The sample paper "
      "on the website asked which side of the {{Market Hall|landmark}} the old {{Woolworths|orgp}} was on. Woolworths "
      "closed in {{2008|date}}. My son [[p:Harjot]] passed his degree and could not answer that. Also please accept "
      "a {{DBS|law}} from the {{Update Service|law}} so we are not paying twice. Last time I had to give my NI number "
      "[[ni:QQ 72 19 04 D]] to three different people. {{Sat Sri Akal|lang}}.\n[[p:Gurpreet Singh Dhaliwal]]"),
    # 017
    R("resident", "CCTV yes. Driver paying for it no."),
    # 018
    R("parent",
      "My son is autistic and goes to [[sch:Brockhill Heath Academy]] by taxi on a council contract. He has had the same driver, [[p:Mo]], for "
      "three years and it has made all the difference. A new face every term would undo that. Any knowledge test must "
      "include {{SEND|abbreviation (special educational needs and disabilities)}} awareness but please don't make good "
      "drivers like [[p:Mo Yousaf]] resit over and over.\n[[p:Lindsey Parkes-Hobday]]"),
    # 019
    R("taxi driver",
      " ".join(S[:5]) + " That is all I want to say on cameras. On the test, I have passed it once already in "
      "{{2009|date}}. Why should I sit it again when I have driven here for fifteen years and not once got lost?",
      CAMP, "edited"),
    # 020
    R("private hire driver",
      "cctv ok but who watches it. the council? they cant even answer the phone. my mate [[p:kuly]] waited 11 weeks "
      "for his badge renewal and lost money every day. sort your own office out first then talk to us about standards\n[[sh:@stourmere_cabbie]] on tiktok"),
    # 021
    R("councillor",
      "As the ward member for {{Brockhill Heath|inv}} I support the age limit for new vehicles but I would like the "
      "Committee to consider an exemption for vehicles that pass an enhanced test every six months. My colleague "
      "Cllr [[p:Bev Tolley]] and I have both had emails from constituents about the cost of CCTV.\nCllr "
      "[[p:Jaswinder Kaur Bains]] ([[em:cllr.j.bains@example.org]])"),
    # 022
    R("resident",
      "Knowledge test is fine but let people resit more than three times. A driver who fails three times is not a "
      "danger, he's nervous."),
    # 023
    R("trade union",
      "{{Unite the Union|org}} represents many hackney and private hire drivers in the district. We ask the council to "
      "follow the {{Statutory Taxi and Private Hire Vehicle Standards|law}} issued by the {{Department for "
      "Transport|org}}, which do not require drivers to pay for CCTV, and to carry out an {{Equality Impact "
      "Assessment|law}}, since most drivers here are from {{Pakistani|nationality or community}}, {{Kashmiri|nationality "
      "or community}} and {{Eastern European|nationality or community}} communities. {{Regional Officer|role}}, "
      "{{West Midlands|place}}."),
    # 024
    R("resident",
      "A private hire car is parked on our drive's dropped kerb every night, a silver {{Kia|org}} "
      "[[vr:bd17 hwo]] with plate number [[acc:PH 1192]]. He lives two doors down on [[st:Foxglove Road]]. Would "
      "CCTV stop that? No. Enforce the rules you have got."),
    # 025
    R("taxi driver",
      "Same as everyone. We're not {{Del Boy|char}} in a {{Reliant Robin|brand or product name}}. Keep the good cars, make the council pay for the cameras, and get somebody who actually "
      "drives for a living to write the test."),
]
