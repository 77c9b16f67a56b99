"""street-lights: Marshfleet District Council (fictional, South Lincolnshire fens) proposes part-night
lighting: residential street lights off from midnight to 5.30am."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "LGT", "street-lights"
C = "lgt-keep-our-lanes-lit"

TPL = (
    "We the undersigned residents of {{Marshfleet|inv}} district oppose the proposal to switch off street lights "
    "between midnight and 5.30am. "
    "Many people in our villages work nights at the food factories, the port and the hospital, and walk or cycle "
    "home in the small hours. "
    "Country lanes with no pavement are dangerous enough in daylight. "
    "Turning off the lights will leave shift workers, older people and anyone caught out at night in total darkness, "
    "and it will make homes and vehicles easier targets for thieves. "
    "Keep our lanes lit after midnight. "
    "The lights have already been converted to LED, so the saving is small. "
    "We ask the council to keep all-night lighting at junctions, crossings and the footpaths used by shift workers, "
    "and to publish the crime and collision figures from areas where lights are already off. "
    "Safety is worth more than the saving."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002
    R("resident", "Switch them off. Waste of money and the light pollution is awful."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 night-shift worker
    R("shift worker", "I work nights at {{Bakkavor|org}} in {{Spalding|place}} and cycle home along "
      "{{Cowbridge Drove|route}} at ten past two. There is a dyke on one side and no verge on the other. With the "
      "lights off I will be riding into pitch black with lorries from the packhouses coming the other way. Please "
      "keep the drove lit, even if you switch off the estates."),
    # 005 blank
    R("resident", ""),
    # 006 amateur astronomer
    R("resident", "Strongly support. I run a small astronomy group and the fens should be one of the darkest places in "
      "{{England|place}}. On a clear night in the part of the district that already switches off you can see the "
      "{{Milky Way|astronomical object}}, {{Orion|constellation}} in winter and {{Cassiopeia|constellation}} "
      "overhead. The {{International Dark-Sky Association|org}} would support this too."),
    # 007 young woman, social handle
    R("resident", "I'm 23 and walk back from my bar job at about half twelve. Every girl I know is already nervous "
      "on the unlit bit by the playing field. Turning the rest off is asking for something to happen. I've posted "
      "about it and loads of people agree, look up [[sh:@fenland.fern]] on tiktok."),
    # 008 edited: personal paragraph in the middle (home street, house name)
    R("resident", " ".join(S[:4]) + "\n\nLast winter my father, who is 86, went out to put the bin out at night and "
      "fell on the kerb outside his house, [[hn:Hollybank]] on [[st:Spalding Road]], because the light was out "
      "for repair. He lay there forty minutes until a neighbour found him. He broke his hip and has not been the "
      "same since.\n\n" + " ".join(S[4:]), C, "edited"),
    # 009
    R("resident", "Agree with the council."),
    # 010 farmer's wife: farm house name, crime reference
    R("farmer", "We've had two quad bikes and a trailer taken from the yard at [[hn:Gowt's End Farm]] in the last "
      "three years, both times in the early hours, and my husband [[p:Robin]] chased them off once in his dressing gown. {{Lincolnshire Police|org}} gave us a crime reference "
      "([[acc:LP-23-118407]]) and that was the last we heard. The village lights are the only light between us and "
      "the main road. Thieves know exactly when places go dark."),
    # 011 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 parish council
    R("parish council", "{{Thornfleet Parish Council|inv}} considered the proposal on {{12 March|date}}. One resident, [[p:Cyril Bawtree]], spoke "
      "at length about his fall last winter. The council supports part-night lighting in principle but asks that: the lights at the {{A17|road}} junction, the "
      "crossing outside {{St Guthlac's|church}} and the footpath to the industrial estate stay on all night; and "
      "that the parish is consulted before any light we pay for under {{section 3 of the Parish Councils Act 1957|law}} "
      "is changed.\n{{Clerk to the Council|role}}"),
    # 013 near-miss
    R("resident", "'Keep our lanes lit after midnight' is all very well but most of our lanes have never been lit in "
      "the first place. Spend the money on fixing the potholes instead."),
    # 014 static caravan
    R("resident", "We live all year in [[fl:caravan 41, Sandhills Park]] and the site relies on the council's lights "
      "on the access road. My husband [[p:Ray]] works at {{Butlins|orgp}} in {{Skegness|place}} and finishes at one in the "
      "summer. It's a long dark walk."),
    # 015 edited: reworded opening and closing
    R("resident", "I'm not one for petitions but I agree with every word of this, so I've put it in my own name. "
      + " ".join(S[1:7]) + " I'd rather pay a couple of pounds more council tax than have my wife walk home in the "
      "dark.\n[[p:Trevor Dring]]", C, "edited"),
    # 016 Latvian factory worker
    R("shift worker", "My name is [[p:Inese Bērziņa]], I am from {{Latvia|place}}, I work in packing factory near "
      "{{Boston|place}}, the shift finish 2am. I don't have car. Many of us walk together from the factory for safety. "
      "Without light it is very dangerous, also for the women. Please keep. {{Paldies|lang}}. Tel [[ph:07700 900 683]]"),
    # 017 nurse, car damaged outside home, registration without spacing
    R("nurse", "I'm a nurse at {{Pilgrim Hospital|hosp}} and I come home at all hours. Last year my car [[vr:fl19ktz]] "
      "was damaged outside our house on [[st:Fen Lane]] at about 3am, the wing mirror kicked off and a scratch down "
      "the side. The one camera that caught anything only did because of the street light. Leave them on."),
    # 018 child: full name, year, school
    R("parent", "My daughter [[p:Lily-Mae Tointon]] in Year 10 at [[sch:Marshfleet Academy]] works till half eleven "
      "at the chip shop in the village and walks home. I pick her up when I can but I start at five. Midnight is too "
      "early - 1am at least. She sends me a snap when she leaves, her snapchat is [[sh:lilymae.t07]]."),
    # 019 exact, one sentence per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
    # 020 district councillor
    R("councillor", "I will be voting against the proposal as drafted. The saving quoted, {{£184,000|num}} a year, "
      "assumes every light in the district goes off, which nobody is suggesting. I have asked "
      "{{the Portfolio Holder for Highways|role}} for a ward-by-ward breakdown and I would urge "
      "{{Lincolnshire County Council|org}} to share its own evidence from 2016.\nCllr [[p:Colin Brackenbury]]\n[[em:cllr.brackenbury@example.org]]"),
    # 021 postman, character
    R("postal worker", "I'm a postie, out of the delivery office at quarter to five. I'm hardly {{Postman Pat|char}} "
      "but I do know every dark corner in three villages. Switching off till half five means we start the walk in "
      "the dark in winter."),
    # 022 lower case
    R("resident", "switch them off at 1 not 12, the pubs dont shut till half 11 and people need to get home"),
    # 023 deaf respondent
    R("resident", "I am deaf and I use {{BSL|name of a language (British Sign Language)}}. My interpreter [[p:Bev]] is helping me write this. In the dark I cannot lip-read or "
      "sign with anyone, and I cannot hear a car coming. I also have {{Ménière's|med}} and lose my balance. Please "
      "think about disabled people who go out at night."),
    # 024
    R("resident", "Don't."),
    # 025 burglary victim: flat, street, postcode, phone
    R("resident", "We were burgled on {{19/10/2024|date}}. I live at [[fl:Flat 2]], [[st:17 Westgate]], [[pc:PE21 7XJ]], and "
      "the light outside is the only one on our side of the road. They also had a go at my car, [[vr:NX70TWB]]. Whoever it was came in through the yard at the "
      "back at about 2am. The police said it happens more where it's dark. If anyone wants to talk to me, "
      "[[ph:+44 7700 900 346]]."),
    # 026 edited: half the template plus own text
    R("resident", " ".join(S[3:6]) + " I'd add that the parish lights on the green were changed to LED with our "
      "precept only last year, so why are we now being told to switch them off? It makes no sense.", C, "edited"),
    # 027 streets as routes, road numbers
    R("resident", "The lights on {{London Road|route}} by the {{Co-op|org}} and at the roundabout where the "
      "{{A16|road}} meets the {{A52|road}} should stay on. Nobody lives on those bits, they're where the traffic is. "
      "Turn off the cul-de-sacs by all means."),
    # 028 lower-case nickname, port
    R("resident", "my hubby [[p:deano]] works nights at the docks in {{Boston|place}} ({{Port of Boston|org}}) and "
      "gets a lift back to the end of our road at 3. hes 6 foot 4 and still says hes not walking down here in the "
      "pitch black. thats all i need to say really"),
    # 029 wildlife
    R("organisation", "Street lighting disrupts foraging by several bat species, including "
      "{{noctule|bat species}} and {{Daubenton's bat|bat species (named after a person)}}, along the drains. The "
      "{{Bat Conservation Trust|org}} guidance supports part-night lighting near watercourses. We welcome the "
      "proposal.\n{{Lincolnshire Wildlife Trust|org}}, {{Conservation Officer|role}}"),
    # 030 Neighbourhood Watch
    R("resident", "Our {{Neighbourhood Watch|org}} coordinator, [[p:Barry]], says burglaries in the villages that "
      "already went dark doubled. I don't know if that's true but I know I'd feel less safe. I'm 79 and on my own on [[st:Chapel Row]]."),
    # 031 address block sign-off, DOB with a cue
    R("pensioner", "I am writing as an older person who lives alone. I do go out after midnight, to my daughter's "
      "when the grandchildren are poorly. Please leave the lights on in the village. DOB [[dob:7-4-44]] in case you "
      "want to count us oldies.\n[[p:Edna Ketteringham]], [[hn:The Willows]], [[st:Bourne Road]], Thornfleet"),
    # 032 a place that looks like a name
    R("resident", "My sister in {{Alford|placename}} has had part-night lighting for years and says nobody notices "
      "any more. Same in {{Stickney|placename}}. I think people are making a fuss about nothing."),
    # 033 capitals
    R("resident", "LIGHTS ON. {{PEOPLE BEFORE PENNIES|slogan}}. [[p:KEVIN DOUBLEDAY]]"),
    # 034 long ramble: single mother, son with autism, email
    R("parent", "I'm a single mum and I do a twilight shift at the chicken factory, 6 till 2, because it's the only "
      "thing that fits round my son's school. He's 14 and autistic and my mum sits with him while I'm at work. I "
      "drive, thank God, but the car park at work is lit and then the minute you turn into the village it's like "
      "driving into a cupboard and you've got deer, you've got people walking back from the pub in dark clothes, "
      "you've got the lads on their bikes with no lights. It's bad enough now. My mum walks home after I get back, "
      "it's only four doors but she's 70 and had a fall last year and I watch her from the step until she's in. If "
      "the light goes off at midnight I'll be walking her home at half two in the morning and leaving my son on his "
      "own, which I can't do because he panics if he wakes up and I'm not there. I know the council has got no "
      "money. I know about the LED lights and the carbon and all that and I'm not stupid, I'd turn them off on the "
      "main road where there's no houses. But not where people live. Somebody should come and stand in our village "
      "at two in the morning before they decide. You can email me if you want to ask me anything, "
      "[[em:kerry.ancell@example.net]]. I won't mind.\n[[p:Kerry Ancell]]"),
    # 035, 036
    R("resident", "Turn them off at 1am and back on at 5. Compromise."),
    R("resident", "How much will it actually save per household per year? The consultation doesn't say. I'd want to know that before I answer."),
]
