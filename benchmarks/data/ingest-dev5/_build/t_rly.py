"""railway-path: an 11-mile walking, cycling and horse-riding path on the disused Scarsdale Valley Railway between
Thornsgill and Kirkby Scar (fictional North Fells District Council, on the Durham / Cumbria border).

Farmers whose land the line crosses, people whose homes back onto it, riders, cyclists, disabled users, a parish
council, a walking group, a B&B, a quarry firm.
"""
from common import R

PREFIX, CONSULTATION = "RLY", "railway-path"

ITEMS = [
    # 001
    R("resident",
      "Brilliant idea. I cycled the {{Consett and Sunderland Railway Path|landmark}} last summer with my kids and "
      "it was the best day out we've had, better than {{Hadrian's Wall|landmark}}. Get it built."),
    # 002
    R("farmer",
      "The old line runs right through the middle of our land for nearly a mile. We've farmed [[hn:High Bleakrigg]] "
      "for four generations and the trackbed has been ours since the railway sold it in 1972. Nobody has asked to buy "
      "it. Dogs off leads among ewes at lambing is my worry. I'll talk to the council, but not through a form. "
      "[[p:Wilf Dinsdale]] [[ph:01632 960 517]]"),
    # 003
    R("resident",
      "Our house is called [[hn:Crossing Cottage]] - it was the crossing keeper's house - and the line runs past our "
      "back door. We'd lose all privacy. Please put a proper fence and hedge between the path and the gardens, and "
      "no lights. [[p:Alison]] and [[p:Mark Tweddle]]"),
    # 004
    R("horse rider",
      "Please make it a bridleway not just a cycle path. The lanes round here are lethal for horses. I had a near miss "
      "on the {{A689|road}} last month with a van, reg [[vr:nk68 ozt]], who didn't slow down at all. "
      "{{British Horse Society|org}} guidance says a 3 metre width with a soft verge works fine for both."),
    # 005
    R("resident",
      "we're at [[hn:the old forge]] in Thornsgill, right by the old station. we would love a café and a bike hire at "
      "the station. only thing, please not a car park on the green."),
    # 006
    R("walking group",
      "The {{Scarsdale Ramblers|inv}} strongly support the path. Our members are mostly over 65 and many can no longer "
      "manage the fell paths. A level, surfaced route from {{Thornsgill|inv}} to {{Kirkby Scar|inv}} with benches every "
      "mile would open the valley up to them. Please keep the {{Beeching|hist}}-era viaduct at {{Sleddale|inv}} open "
      "to walkers whatever else happens. Secretary: [[p:Margaret Raine]], [[em:m.raine@example.org]]"),
    # 007
    R("resident", "Waste of money."),
    # 008
    R("resident",
      "I live just off [[st:Station Road]] and the back of the terrace looks straight onto the embankment. Kids "
      "already go up there on motorbikes at night. A proper path with people on it would make it safer, not worse. "
      "[[p:Chester]] from number 6 says the same."),
    # 009
    R("wheelchair user",
      "I use a powered wheelchair and there is almost nowhere in the valley I can go off-road. Please use a sealed "
      "surface, not loose gravel, and no A-frame barriers - they stop wheelchairs and handcycles. "
      "{{Sustrans|org}} has good guidance on this. I'm at [[fl:Flat 4, Bank House]], [[st:Front Street]], Kirkby Scar "
      "if anyone wants to come and try the route with me."),
    # 010
    R("farmer",
      "Our holding number is [[acc:CPH 08/214/0067]]. The council's map shows the path crossing our farm track twice. "
      "Who maintains the gates? Who pays when a gate's left open and the cattle are on the {{A66|road}}? "
      "[[p:Tom Metcalfe]], [[hn:Greenhow Farm]]"),
    # 011
    R("resident",
      "As a cyclist from {{Chester-le-Street|placename}} who visits the valley every summer, I'd spend money in the "
      "pubs like {{the Lord Nelson|pub}} and {{the Queen's Head|pub}} and cafés if there was a safe route. The {{Coast to Coast|landmark}} brings thousands through "
      "{{Kirkby Stephen|placename}} already."),
    # 012
    R("resident", ""),
    # 013
    R("parish council",
      "{{Thornsgill Parish Council|inv}} voted 6-1 in support at its {{September|date}} meeting, subject to: "
      "parking at the old goods yard rather than the village green; no lighting; and a commitment to maintain the "
      "path, hedges and drainage. The {{Clerk|role}} will forward the minutes."),
    # 014
    R("resident",
      "MY GARDEN BACKS ONTO THE LINE AND I'VE HAD THREE BREAK-INS. NOBODY IS PUTTING A PUBLIC PATH BEHIND MY HOUSE. "
      "[[p:BRIAN LOWES]] [[st:19 VIADUCT TERRACE]]"),
    # 015
    R("business",
      "We run the {{Black Bull|pub}} in Kirkby Scar. A path from the station to the pub would bring walkers and "
      "cyclists year round. The {{Duke of Cumberland|pub}} in Thornsgill says the same. Both pubs support."),
    # 016
    R("resident",
      "I'm a wildlife volunteer. The cuttings near [[hn:Cold Knuckles]] (our farm) have one of the best orchid "
      "colonies in the county and a bat roost in the tunnel mouth. A path is fine but please have an ecological "
      "survey first and no tarmac through the cuttings. Dr [[p:Rachael Pounder]]"),
    # 017
    R("resident",
      "Long overdue. My grandad drove the last train on the line in {{1965|date}}, the year after the {{Flying Scotsman|art}} came through on a special. He'd be made up."),
    # 018
    R("teenager",
      "me n my mates would use it to get to school in Kirkby Scar instead of the bus which takes 50 mins. "
      "i go to [[sch:kirkby scar school]] and theres like 10 of us from thornsgill. also pls put a pump track "
      "somewhere. snap [[sh:ollie.bmx09]]"),
    # 019
    R("landowner",
      "I own the old railway station building, now our home: [[hn:Station House]], [[st:Station Lane]], Thornsgill, "
      "[[pc:DL12  9QR]]. The platform is in our garden. I'm broadly supportive but the path must go round the "
      "platform, not along it. I'd sell a strip of the paddock for parking. Contact me on "
      "[[em:stationhouse.thornsgill at example dot com]]. [[p:Graham Kipling-Wood]]"),
    # 020
    R("resident",
      "Why does everything have to be for cyclists? What about the buses? Not had a bus on {{Sundays|date}} since {{2014|date}}."),
    # 021
    R("quarry company",
      "{{Scar Limestone Ltd|org}} holds a haulage easement over a 400m section of the trackbed near "
      "{{Kirkby Scar|inv}}. We have no objection provided the path is fenced and gated where our vehicles cross. "
      "Our {{Estates Manager|role}} is happy to meet officers."),
    # 022
    R("resident",
      "Please consider dog walkers. I walk the dog on the line every day from our place at [[fl:Plot 9, "
      "Riverside Park Homes]] and it's the only flat walk for someone with knees like mine. I'm 79. "
      "Don't ban dogs. [[p:Jean]]"),
    # 023
    R("care worker",
      "I support. I come from a village in Poland and we have path like this on old railway, everybody use it. "
      "I work at the care home and I cycle to my shift at 6am on the road, it is dangerous in winter. My husband "
      "[[p:Paweł]] also will use it. My NI number [[ni:QQ 72 55 19 B]] if you need to check I live here. [[p:Agnieszka Wróbel]]"),
    # 024
    R("farmer",
      "My SBI is [[acc:106 478 229]] and my {{Countryside Stewardship|law}} agreement covers the hedges along the "
      "old line. If the council wants to cut them back or plant them up, it'll affect my payments. Nobody has "
      "thought about this. [[p:J. W. Alderson]]"),
    # 025
    R("resident",
      "i live in a narrowboat - no wait we're on the river not the canal - a boat called [[hn:Second Wind]] moored "
      "below the viaduct, it's our home. the path would pass right above us. fine by me, more people = safer. "
      "[[p:Fen]]"),
    # 026
    R("resident",
      "My mum [[p:Dorothy Harker]], DOB [[dob:14/11/1938]], lives alone at [[st:3 Mill Row]] which backs onto the "
      "line and she's already nervous. Could the council write to her directly? She doesn't do the internet. "
      "Her phone is [[ph:01632 960 093]], NHS number [[nhs:999-186-3338]], and her unit number at {{Darlington Memorial|hosp}} is [[hosp:DM 1182734]]. I live in {{Darlington|place}} so I can't always be there. [[p:Sue]]"),
    # 027
    R("cycling club",
      "{{Teesdale Wheelers|org}} fully support. We'd like the surface to be suitable for road bikes, and we'd "
      "offer volunteers for a litter pick and maintenance days. Our insta is {{@teesdalewheelers|org}}."),
    # 028
    R("resident",
      "i live on [[st:glebe close]] next to where the path would start and i'm worried about parking. every weekend "
      "the close is full of walkers' cars already. residents parking please"),
    # 029
    R("resident",
      "Support but needs toilets and bins, and the car park on {{Station Road|route}} needs resurfacing. And mend the wall at {{Sleddale|inv}} where it's fallen into the beck."),
    # 030
    R("resident",
      "Love this. We moved here from {{St Albans|placename}} for exactly this sort of thing. Home is "
      "[[hn:Ashgrove]], the last house before the tunnel, and we'd happily have a gate from the garden straight onto "
      "the path! [[p:Harriet]] & [[p:Jonty Fairbairn-Ross]]"),
    # 031
    R("resident",
      "The consultation says 'no loss of farmland' but the map takes a 5 metre strip through [[hn:Low Lathes]]. My "
      "father [[p:Ned Kirkbride]] (b. [[dob:1937-05-02]]) is 88 and he's lived there all his life. Nobody's told him. I'm his son, "
      "[[p:Kit]]."),
    # 032
    R("resident",
      "Good idea. But please finish the one in {{Barnard Castle|placename}} first, it's been 'coming soon' for "
      "five years. {{Mr Blobby|char}} could have built it quicker."),
]
