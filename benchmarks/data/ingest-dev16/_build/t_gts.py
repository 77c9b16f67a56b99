"""traveller-site: fictional Avonmere District Council (north-east of Bristol) consults on allocating site GT2,
land at Withy Lane, Stowick, for eight permanent Gypsy and Traveller pitches, with site GT4 (the former highways depot
at Hanbury Road) as a reserve. A numbered pitch or plot that is someone's home is a `flat`."""
from common import R

PREFIX = "GTS"
CONSULTATION = "traveller-site"

ITEMS = [
    # 001
    R("Gypsy / Traveller",
      "We are a Romany family, been travelling round {{Avonmere|inv}} for four generations. For the last six years we "
      "have been stuck on the roadside on {{Withy Lane|route}} with no water and no toilet, moved on by the {{gavvers|romani}} "
      "every few weeks. Eight pitches on {{GT2|inv}} would mean my {{chavvies|romani}} can go to school and stay there. Please "
      "pass it.\n[[p:Levi Boswell]]"),
    # 002
    R("resident",
      "Object. {{Stowick|inv}} has 300 houses and no shop. The lane is single track with passing places and the junction "
      "with the {{A420|road}} is already dangerous. This is the wrong site for anyone, not just Travellers."),
    # 003
    R("Gypsy / Traveller",
      "I'm an Irish Traveller, my family came over from {{Galway|place}} in the seventies. We've a private yard in "
      "{{Yate|place}} with permission for two trailers, but my son [[p:Martin]] is married now with a baby and there's "
      "no room for him. He's on the side of the road near {{Cribbs Causeway|landmark}}. The council has found no new "
      "pitch since {{2012|date}}. {{Dia daoibh|irish}}, and thank you for asking us for once.\n[[p:Nora Ward]]"),
    # 004
    R("resident",
      "where's it to exactly? the map in the document is useless. if its the field behind the old quarry then fair "
      "enough, nobody uses it. if its the paddock next to [[hn:Withy Farm]] my mum lives there and she will be "
      "upset. cheers drive"),
    # 005
    R("landowner",
      "I own the land at {{GT2|inv}} and I have confirmed to the council that it is available. I farmed it for 40 "
      "years. My late father let Travellers stop there every summer for the {{Stow Fair|event}} in {{May|month}} and we "
      "never had a day's trouble. Some of the comments I have heard in the {{Stowick Arms|org}} are a disgrace.\n"
      "[[p:Roger Hembrow]], [[hn:Manor Farm]]"),
    # 006
    R("charity",
      "{{Friends, Families and Travellers|org}} supports the allocation of {{GT2|inv}}. The council's own {{Gypsy and "
      "Traveller Accommodation Assessment|law}} found a need for 23 pitches by {{2038|date}}. {{Planning Policy for "
      "Traveller Sites|law}} requires a five-year supply of deliverable sites. Without it the council will keep spending "
      "on evictions instead of homes."),
    # 007
    R("resident", ""),
    # 008
    R("resident",
      "NO NO NO. WE HAD A LOT OF CARAVANS ON THE {{PLAYING FIELD|word}} IN {{2019|date}} AND IT COST THE PARISH "
      "{{£8,000|num}} TO CLEAR UP. WHY SHOULD {{STOWICK|inv}} TAKE THEM WHEN {{CHIPPING SODBURY|place}} TAKES NONE."),
    # 009
    R("Gypsy / Traveller",
      "My name is [[p:Vashti Loveridge]]. I live on [[fl:pitch 3]] at the old depot site, which is "
      "meant to be temporary and has been for nine years. My address for post is [[fl:Pitch 3, Hanbury Road "
      "Site]], [[pc:BS37 9XD]]. My daughter [[p:Mireli]] is in Year 4 at [[sch:St Mary's Primary, Yate]] and she is "
      "doing well. If we are moved again she will lose her place. A settled pitch is all we want."),
    # 010
    R("parish council",
      "{{Stowick Parish Council|inv}} does not object in principle, but asks that the allocation include a proper "
      "footway to the bus stop, a passing bay and landscaping. Our chair, Cllr [[p:Diane Fry]], would welcome a "
      "meeting with residents of both communities. We note that the {{Equality Act 2010|law}} applies to "
      "this decision."),
    # 011
    R("teacher",
      "I teach at a primary school in the area and I have taught Traveller children for fifteen years. Every eviction "
      "means a child drops off the roll, and by secondary age most are gone. A settled site near a school makes an "
      "enormous difference. The {{Traveller Education Service|inv}} was cut in {{2015|date}}; this is one thing the "
      "council can still do."),
    # 012
    R("resident", "Agree."),
    # 013
    R("Showperson",
      "I'm a travelling Showman, member of the {{Showmen's Guild of Great Britain|org}}. Showpeople are not Gypsies or "
      "Travellers and we need yards, not pitches, with room for rides and lorries. The plan says nothing about us. Our "
      "winter quarters at [[hn:Kingsfield Yard]] are on a lease that ends next year."),
    # 014
    R("resident",
      "Alright my lover. I grew up on {{Barton Hill|place}} and we had a site down the road at {{St Philips|place}} for "
      "years. Never bothered no one. People round {{Stowick|inv}} need to get over themselves, it's gert lush out there "
      "and there's room for everybody."),
    # 015
    R("Gypsy / Traveller",
      "i am [[p:tyson]] i am 15. we live in a trailer by the {{M4|road}} and the {{gavvers|romani}} come every week. i want to be "
      "a mechanic and go to college in {{Bristol|place}} but you need a address for that. my snap is "
      "[[sh:tyson.b.2009]] if you want to talk to me"),
    # 016
    R("resident",
      "I live on [[st:Withy Lane]] itself and I am not against a site. But the document says the lane is 4.8 metres "
      "wide and it is nowhere near that outside my house. Please measure it. And please talk to the residents of the "
      "lane directly instead of through the parish."),
    # 017
    R("police",
      "{{Avon and Somerset Police|org}} neighbourhood team view: authorised sites reduce unauthorised encampments and "
      "the costs of {{section 61|law}} enforcement. We do not anticipate any increase in crime associated with the "
      "allocation. {{Neighbourhood Inspector|role}}, {{Yate and Sodbury|place}}"),
    # 018
    R("Gypsy / Traveller",
      "We go to {{Appleby|event}} every {{June|month}} with the horses and come home again. Home is the problem. Me and "
      "my wife [[p:Kathleen]] have a mare called {{Peggy|pet}} and a cob called {{Dolly|pet}} and nowhere to keep them "
      "because every field we rent gets sold. The site plan should include grazing. Keep it {{kushti|romani}}.\n[[p:Johnny "
      "McDonagh]]"),
    # 019
    R("resident",
      "I've nothing against Travellers but I'd like to know who pays for the water, electric and the warden. If the "
      "residents pay rent and council tax like the rest of us, fine. My neighbour [[p:Stan]] says they don't but he "
      "says a lot of things."),
    # 020
    R("health visitor",
      "As a {{health visitor|role}} I see families on the roadside who cannot register with a GP because they have no "
      "address. Immunisation rates for roadside children are very low. One mother I saw last month, living in a "
      "trailer on a lay-by near {{Kimberley|placename}} before she came down here, had not had a postnatal check at "
      "all. A settled site with an address would change that."),
    # 021
    R("Gypsy / Traveller",
      "My father was born in a wagon, a proper {{vardo|romani}}, at {{Horsmonden|place}} in {{Kent|place}}, and his father before him. I was "
      "born in a trailer in a lay-by on the {{A38|road}} and I have been moved on more times than I can count. I am "
      "fifty-four now and I want to tell you what it is like. Every time the police come they run our plates and ask "
      "for names. Last month it was my son's van, [[vr:WU17 HLX]], pulled over three times in one week, no ticket, "
      "nothing wrong. My grandchildren have been to five different schools. My daughter-in-law [[p:Shannon]] had her "
      "baby at {{Southmead|hosp}} and we had to tell the midwife a different address every time she came. I am not "
      "asking for anything special. I am asking for what every family in {{Stowick|inv}} has got, a place to live, "
      "a tap, a toilet and a bin. The people at the meeting in the village hall said we would bring crime. I have "
      "never been in trouble in my life. I have my own business, tarmac and fencing, and I pay my taxes. I sent my "
      "accounts to show the council. If you want to see the kind of people we are, come and see us. We are at "
      "[[fl:plot 6 on the Hanbury Road site]] for now. You can phone me on [[ph:0117 496 0558]] or my wife on "
      "[[ph:07700900683]]. {{God bless|salut}}.\n[[p:Henry Lee]]"),
    # 022
    R("resident",
      "Reserve site {{GT4|inv}} is better: it is on the bus route, it is already hardstanding and it is council owned. I do not "
      "understand why the depot is only the reserve."),
    # 023
    R("Gypsy / Traveller",
      "My nan [[p:Bridie]] says the last time the council asked Travellers what they wanted was {{1994|date}}, the year "
      "they brought in the {{Criminal Justice and Public Order Act|law}}. She's 81 and she wants to die on a pitch not "
      "on a verge. Our email is [[em:mcginleys (at) example.com]]."),
    # 024
    R("business",
      "We run {{Hembrow & Daughters|orgp}} garden centre opposite the site. We have no objection and we would happily "
      "employ people from the site. A lot of the opposition in the village is about fear, not facts. I would ask the "
      "council to publish its crime and traffic evidence in plain English.\n[[p:Jess Hembrow]], "
      "[[em:jess@example.net]]"),
    # 025
    R("resident",
      "Having lived in {{Shirley|placename}} in {{Solihull|place}} near a site for many years I can say it was no "
      "trouble at all once it was run properly. The warden is the key. Make sure there is one. [[p:Graham]] and "
      "[[p:Sue Pritchard]], [[st:Stowick Road]]"),
]
