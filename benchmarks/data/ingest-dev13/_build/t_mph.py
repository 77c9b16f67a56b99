"""twenty-zones: fictional Clydeholm City Council (Glasgow-like) proposes 20 mph zones across residential streets with
average-speed and fixed cameras on main roads."""
from common import R

PREFIX = "MPH"
CONSULTATION = "twenty-zones"

ITEMS = [
    # 001
    R("resident",
      "About time. {{Drumbrae Road|route}} is a rat run from the {{M8|road}} and folk go through at 40 past the nursery. "
      "20 mph on the side streets and a camera on the main drag, I'd have done it ten year ago."),
    # 002 Scots
    R("resident",
      "Ah'm no wantin a camera oan every lamp post. Ma maw's up [[st:Keppoch Crescent]] an she cannae get a taxi as it is, "
      "they'll no come up if it takes them twice as lang. {{It's a money makin racket|scots}}, that's aw it is. "
      "{{Clydeholm City Council|inv}} couldnae run a menage."),
    # 003
    R("resident", ""),
    # 004 cyclist
    R("cyclist",
      "I cycle from {{Westerhaugh|inv}} to the city centre every day. Three close passes a week on {{Gallowflat Street|route}} "
      "alone. I post the helmet-cam clips on [[sh:@westerhaugh_wheels]] and {{Police Scotland|org}} have done nothing with any "
      "of them. 20 mph would make the junction at {{Auchenshiel Cross|landmark}} survivable. Support, strongly."),
    # 005 parent
    R("parent",
      "Our [[p:Callum]] is 8 and goes to [[sch:Auchenshiel Primary]]. To get there he has to cross {{Auchenshiel Road|route}} "
      "where the lollipop man was clipped by a van in {{October|date}}. The school has asked for a 20 zone for three years. "
      "Please just do it before a wean gets killed."),
    # 006 taxi driver
    R("taxi driver",
      "Black hackney driver 31 years. A blanket 20 adds time to every fare and the customer pays. Cameras on main roads, "
      "fine, but keep 30 on the {{A814|road}} and {{Dumbarton Road|route}}. The council should fix the potholes first.\n[[p:Archie Dunlop]], badge [[acc:TX 40217]]"),
    # 007 campaign group
    R("organisation",
      "{{Clydeholm Cycling Campaign|inv}} welcomes the proposals. Our comments:\n- The zones should cover every residential "
      "street, not a patchwork; drivers ignore signs that change every 200 metres.\n- Average-speed cameras are fairer than "
      "fixed ones and reduce bunching.\n- The council should publish casualty data by ward, as {{Edinburgh|place}} did after "
      "its 2016 rollout.\n- Enforcement will need {{Police Scotland|org}} to agree; the consultation is silent on this.\n"
      "Contact: [[p:Ross Gilchrist]], [[em:ross.gilchrist@example.org]]"),
    # 008 ALL CAPS
    R("resident",
      "CASH COW. THE CAMERAS ARE ABOUT REVENUE NOT SAFETY. {{20'S PLENTY|slogan}} MY FOOT. NOBODY ASKED US.\n[[p:SENGA MCGLONE]]"),
    # 009 flat and reg
    R("resident",
      "A silver {{Audi|brand}}, reg [[vr:SF68 KZW]], comes down our street at 50-plus most nights about 11. We're in "
      "[[fl:flat 3/1]], [[st:41 Gallowhill Street]], so we see it from the window. I've reported it twice. A camera at the "
      "foot of the hill would sort him out. Postcode [[pc:g11 6qz]] if you need it. Phone [[ph:0141 496 0527]] if the council wants the dates."),
    # 010 business
    R("business",
      "We own {{McGinty's Bar|orgp}} on {{Westerhaugh Road|route}}. Deliveries already struggle with the bus lane. Slower "
      "traffic is not the problem for us, loading is. Please make sure the scheme allows loading bays outside licensed "
      "premises.\n[[p:Frankie McGinty]]"),
    # 011 Pakistani Glaswegian
    R("resident",
      "I live in {{Pollokshields|place}} and my kids walk to the mosque on {{Albert Drive|route}} every evening for Quran "
      "class. The cars fly down there especially during {{Ramadan|event}} before iftar when everyone is rushing home. My wife "
      "[[p:Saima]] was nearly hit last year with the pram. 20 mph yes please.\n[[p:Imran Qureshi]]"),
    # 012
    R("resident", "Naw."),
    # 013 older resident, pet
    R("pensioner",
      "I walk my dug {{Hamish|pet}} twice a day along {{Kelvinbrae Park|landmark}} and the road at the gates is a nightmare. "
      "I am 81, so is my neighbour [[p:Isa]] who comes with me, and we are not as quick crossing as I was. The green man gives you about six seconds. I support the lower limit but "
      "the crossings need longer too."),
    # 014 bus driver
    R("bus driver",
      "Driving for {{First Glasgow|org}} on the 4 and the 75. Twenty limits on bus routes will make the timetables "
      "impossible unless {{SPT|org}} rewrite them, and then people complain the bus is slower than walking. Exempt the bus "
      "corridors or give us priority at the lights."),
    # 015 teacher
    R("teacher",
      "I teach at {{St Mirin's High|venue}}. At 3.20pm there are 1,100 teenagers on the pavements outside the school, most of "
      "them staring at their phones. I am in favour of the whole scheme. The only objection I hear in the staffroom is "
      "about the cameras being hidden; put them where people can see them."),
    # 016 text-speak
    R("resident",
      "20 is way 2 slow on {{Kelvinhaugh Road|route}} lol its a main road not a cul de sac. do it on the wee streets fine"),
    # 017 retired police
    R("resident",
      "Retired traffic cop here. Speed kills, but signs alone don't slow anybody; physical measures and enforcement do. "
      "My pal [[p:Big Eck]] from the old {{Strathclyde Police|org}} traffic department says the same. Cameras work. Put the "
      "money into them and into road design, not into consultants."),
    # 018 Vietnamese
    R("business",
      "I have nail shop {{Lotus Nails|org}} on {{Govan Road|route}}. Customers park outside for short time. If camera come, "
      "they afraid and go to shop in {{Braehead|place}} instead. I am agree slower car for safety, children is important, "
      "but please not too many camera. {{Cảm ơn|lang}}.\n[[p:Nguyễn Thị Lan]]"),
    # 019 disabled resident
    R("disabled person",
      "I use a powerchair and cross {{Drumbrae Road|route}} to get to the {{Co-op|org}}. Cars at 30 don't have time to "
      "see me. My carer [[p:Brook]] has pulled me back twice. Please support the 20 zone, and please drop the kerbs while "
      "you're at it."),
    # 020 councillor
    R("councillor",
      "As one of the three members for {{Auchenshiel and Westerhaugh|inv}} ward I have had 212 emails on this, roughly "
      "two to one in favour. The strongest support is from parents; the strongest opposition is from people who drive "
      "through the ward and do not live in it. I would ask {{the Convener for Neighbourhoods and Sustainability|role}} to "
      "publish the equality impact assessment before the committee.\nCllr [[p:Shona McCallum]]"),
    # 021 motorcyclist
    R("motorcyclist",
      "fixed cameras on {{Crow Road|route}} are pointless, everybody knows where they are and brakes for 50 yards. got flashed "
      "at 34 last march on my bike [[vr:sk19xrv]] and it was 3 in the morning with nobody about. average speed cameras "
      "fair enough."),
    # 022 parent, son injured
    R("parent",
      "My son [[p:Jayden Kerr]], [[dob:04/09/2015]], was knocked off his bike outside our house on [[st:Balgray Lane]] in "
      "{{June 2024|date}}. The driver was doing about 35 and said he 'didn't see him'. [[p:Jayden]] spent nine days in the "
      "{{Royal Hospital for Children|hosp}}. He is fine now but he will not ride a bike any more. Lower the speed. Please."),
    # 023 ramble
    R("pensioner",
      "I've lived in {{Ballochmyre|inv}} since 1961 when the trams were just finished and you could play fitba in the "
      "street till your tea. Then the cars came and the streets got given over to them, one after another, and nobody ever "
      "asked us either, so when folk say 'nobody asked us' about this I have a wee laugh. My granddaughter [[p:Aimee]] "
      "cannot go to the shop on her own at 12 because of the traffic, I was sent for the messages at 7. Something's gone "
      "wrong. I drive myself, I've a wee {{Corsa|brand}}, and I can tell you that going at 20 instead of 30 across "
      "{{Ballochmyre|inv}} costs me maybe two minutes to the {{Asda|org}}. Two minutes. The arguments against are mostly "
      "from folk who are in a hurry, and I understand that, but the streets are where people live. I would like the council "
      "to do the whole scheme and also put benches back, and trees, and make the pavements fit for the prams and the "
      "zimmers. I doubt it'll happen but there you go, you asked."),
    # 024
    R("resident", "Get on wi it."),
    # 025 Polish delivery driver
    R("delivery driver",
      "I am delivery driver for {{Amazon|brand}}, 140 drops per day. With 20 mph on all streets I need extra hour and the "
      "company will not pay it. I understand safety, I have also children in {{Clydeholm|inv}}, but the app does not "
      "understand. Maybe 20 only near schools and shops?\n{{Pozdrawiam|polish}}, [[p:Tomasz Zieliński]]"),
]
