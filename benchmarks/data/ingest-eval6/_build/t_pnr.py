"""park-and-ride: Aberlevin City Council (fictional, north-east Scotland; Doric voices) proposes to close its two
park-and-ride sites, Brigmuir (north, on the A96) and Craigshaw (west), and withdraw the P2 and P5 bus services,
to save £1.4m a year."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "PNR", "park-and-ride"
C = "pnr-keep-brigmuir-running"

TPL = (
    "We are commuters, shift workers, students and shop owners who use the {{Brigmuir Park and Ride|own}}, and we "
    "object to {{Aberlevin City Council|inv}}'s plan to close it along with the {{Craigshaw|own}} site. "
    "Every morning the {{P2|road}} takes hundreds of cars off the {{A96|road}} and out of the city centre. "
    "Without it those cars will be back on {{Netherkirk Street|route}} and the city's own "
    "{{Low Emission Zone|law}} will be undermined. "
    "Hospital staff on early shifts depend on the first bus at {{6.10am|num}}. "
    "The car parks are only half full because fares went up twice in two years and the buses were cut to every "
    "twenty minutes. "
    "Fix the service, don't close it. "
    "We ask the council to keep both sites open for at least two more years, bring back a ten-minute peak "
    "service, freeze the fare, and publish the passenger numbers every year."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("commuter", TPL, C, "template"),
    # 002 Doric, retired man
    R("resident", "{{Fit like|scots}}. I'm a retired {{loon|scots}} fae {{Ellon|placename}} and I gyang in on the "
      "P2 twice a wik tae see the {{quine|scots}} (ma dother) an the grandbairns. I {{dinna|scots}} drive in {{the toon|scots}}, "
      "it's a {{gey|scots}} fash wi the bus gates an I canna get parked. Ma wife [[p:Elspeth]] uses it for her "
      "hospital appointments, her number's [[hosp:LRI-4471902]]. Fit are we tae dae if it shuts? Keep it gyaan.\n[[p:Sandy Gauld]]"),
    # 003 exact, one sentence per line
    R("commuter", one_per_line(TPL), C, "exact"),
    # 004 nurse on early shifts, car registration
    R("NHS staff", "I'm a staff nurse at {{Aberlevin Royal Infirmary|hosp}} and start at 7.30. I park at {{Brigmuir|inv}} and "
      "get the 6.50. There is no staff parking worth the name at the {{Infirmary|hosp}}. If this closes I'll "
      "be driving right into the city and paying {{£9|num}} a day. My car's a wee silver "
      "{{Corsa|brand}}, [[vr:SV68 KRZ]], and it's been sat in bay 14 at Brigmuir every morning for six years. Season ticket [[acc:PR-004173]].\n[[p:Lorna]]"),
    # 005 Romanian fish-factory worker
    R("shift worker", "{{Bună ziua|lang}}. My name is [[p:Ionela Popescu]] and I work in fish processing at the "
      "harbour, shift start 6 o'clock. I live in Brigmuir, [[st:Laverock Way]], [[pc:AB21 7LW]], and I have no car. I take the "
      "P2 from the Park and Ride because it is the only bus so early. If you close it I cannot go to work. My National Insurance is [[ni:qq 63 08 14 a]], I pay tax. Please "
      "call me if you need, [[ph:07700 900 186]]. {{Mulțumesc|lang}}."),
    # 006 support closure
    R("resident", "Close them. I farm at [[hn:Mains of Craigshaw]] and drive past the site every day and it's got about thirty cars in it. The money "
      "would be better spent on the potholes on the {{A944|road}}."),
    # 007 blank
    R("resident", ""),
    # 008 edited: personal paragraph (shop owner, email)
    R("business", " ".join(S[:4]) + "\n\nI trained with {{Timpson|orgp}} and I have run a shoe repair and key-cutting shop on Netherkirk Street for "
      "twenty-two years. Most of my older customers come in on the P2 from Brigmuir and walk down. Trade is down a "
      "third since the bus gates and this would finish me. I'm happy to be contacted at "
      "[[em:m.duguid@example.net]].\n\n" + " ".join(S[4:]) + "\n[[p:Moira Duguid]]", C, "edited"),
    # 009 student, text-speak lower case
    R("student", "im at {{nescol|venue}} n me n my flatmate [[p:ruaridh]] get the p2 in from brigmuir coz rent is "
      "cheaper out there. its like {{£2.80|num}} with the student card. if it goes we r stuck, the 727 takes "
      "an hour n goes round every housing estate in the shire"),
    # 010 bus operator
    R("organisation", "{{Levin Valley Buses|inv}} operates the {{P2|road}} and {{P5|road}} under contract. "
      "Passenger numbers on the P2 are at 61% of 2019 levels, the P5 at 38%. We would be willing to discuss running "
      "the P2 commercially on a reduced timetable if the council keeps the Brigmuir site open and maintains the "
      "bus priority on the {{A96|road}}. {{Managing Director|role}}"),
    # 011 exact, capitals
    R("commuter", each(TPL, str.upper), C, "exact"),
    # 012 offshore worker
    R("offshore worker", "I fly offshore from {{Dyce|place}} with {{Bristow|orgp}}, three weeks on, three off. I "
      "leave the van, [[vr:sf17 hgx]], at Brigmuir and get the P2 to the heliport link. It's the only place it's "
      "safe for three weeks. Plenty of the lads fae {{Keith|placename}} and {{Huntly|placename}} do the same. Charge us for long stay if you like but don't shut "
      "it.\n[[p:Dougie]]"),
    # 013 near-miss: slogan and one sentence
    R("resident", "Fix the service, don't close it, says the leaflet. Fair enough, but the council has been fixing "
      "it for ten years and it's still empty. I'd rather the money went to the {{727|road}} that serves the "
      "villages properly."),
    # 014 Doric, young mother, school
    R("parent", "I {{bide|scots}} in Brigmuir wi twa {{bairns|scots}} an nae car. The aulder een, [[p:Kayden]], is at "
      "[[sch:Brigmuir Primary]] an the wee een at nursery in the toon near ma work. I get the P2 at 8 an it's "
      "the only bus that wid get us there. Ye'd hae us on twa buses and late every day. Think on {{fowk|scots}} "
      "like us an nae jist the cars.\n[[p:Shannon Cowie]]"),
    # 015 edited: reworded opening and closing
    R("commuter", "I've signed the petition but wanted to put it in my own words too. " + " ".join(S[1:5]) +
      " I'd ask every councillor who votes to close it to try getting to the hospital for 7am without it first.",
      C, "edited"),
    # 016 councillor, named
    R("councillor", "I represent {{Brigmuir and Denhead|inv}} ward. The {{SNP|party}} group accepts the budget "
      "pressure but closing {{Brigmuir|inv}} would cut off a growing estate. {{Craigshaw|own}} is a different case. I have asked "
      "the {{Convener of the Net Zero and Transport Committee|role}} to separate the two decisions.\n"
      "Cllr [[p:Fiona Bisset]]"),
    # 017 blind man with guide dog
    R("disabled person", "I'm registered blind and the P2 is the one bus I can use on my own, because it only "
      "stops at the Park and Ride and the city centre, so there's no counting stops. My guide dog {{Winston|pet}} "
      "knows the route better than I do. Please do an equality impact "
      "assessment that actually talks to blind people.\n[[p:Alasdair Milne]], [[ph:0141 496 0388]]"),
    # 018 climate group
    R("organisation", "{{Aberlevin Climate Action|inv}} opposes the closures. The council's own "
      "{{Low Emission Zone|law}} and the {{Scottish Government|org}}'s target of a 20% cut in car kilometres "
      "depend on giving people an alternative. {{Transport Scotland|org}} and {{Nestrans|org}} funded Brigmuir in "
      "{{2008|date}}. Closing it now would be a backward step."),
    # 019 short
    R("resident", "Keep it."),
    # 020 capitals
    R("resident", "KEEP THE BUS. THE COUNCIL SPENT MILLIONS ON {{UNION STREET|route}} AND IT'S STILL HALF EMPTY "
      "BUT THEY CANNAE RUN A BUS FAE BRIGMUIR. {{DISGRACE|slogan}}."),
    # 021 Ghanaian nurse, name, hospital staff number
    R("NHS staff", "I am a healthcare support worker from {{Kumasi|place}} in {{Ghana|place}}, working at the Royal "
      "Infirmary since 2022. I share [[fl:flat 2/1]] at [[st:41 Netherkirk Street]] and I do not drive yet in this country. The P2 is how I get to work for 7am. Without it I need a "
      "taxi at {{£18|num}} each way. On nights it is worse. {{Medaase|lang}}.\n[[p:Akosua Mensah]]"),
    # 022 edited: half the template plus own text
    R("student", " ".join(S[:3]) + " I'm a student nurse on placement and I can't afford city parking on a "
      "bursary. My mum in {{Inverurie|place}} drops me at Brigmuir on her way to work. Closing it means two buses "
      "and a much earlier start.", C, "edited"),
    # 023 taxi driver in favour
    R("taxi driver", "Taxi driver 26 years. The park and ride took our {{Dyce|place}} airport and hospital trade for years. It's "
      "empty half the day now. Close it and put more taxi ranks in at the {{Royal Infirmary|hosp}}. The council has "
      "better things to spend {{£1.4 million|num}} on. [[p:Jim]]"),
    # 024 older woman, Doric, address block
    R("resident", "I'm eighty-one an I use the P2 tae gyang tae the {{Music Hall|landmark}} an the shops. I've a "
      "bus pass so it costs me naething but it keeps me {{oot an aboot|scots}}. Ma neebor [[p:Ina]] is the same.\n"
      "Mrs [[p:Jessie Lumsden]]\n[[st:8 Hillview Gairdens]]\nBrigmuir\n[[pc:ab21 9jt]]\n[[ph:0131 496 0285]]"),
    # 025 distribution centre shift worker
    R("shift worker", "I work nights at the {{Tesco|org}} distribution centre out at the business park and the P2 "
      "late bus gets me back to Brigmuir where my car is. If it goes I'll have to drive the whole way and I've "
      "only just got my licence back. Reg's [[vr:SN20 FKL]] if anyone's asking."),
]
