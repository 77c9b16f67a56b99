"""Home-care re-procurement into zones: fictional Fellmarch County Council (a fell county in the far north-west
of England). One lead provider per zone, an end to fifteen-minute calls, a rural uplift."""
from common import R, each, plain_only, sents

PREFIX = "HCR"
CONSULTATION = "home-care"
CAMP = "hcr-same-face-every-morning"

T = ("We are home care workers and family carers across {{Fellmarch|inv}}. We know the county needs a better way to "
     "buy home care, but putting one provider in charge of each zone will break the relationships that keep people "
     "safe at home. An older person with {{dementia|med}} does not care which zone they live in. They care that the "
     "same face comes through the door each morning. Under the zone plan, anyone whose provider loses the contract "
     "will be handed to a stranger. Please guarantee that no client loses their regular carer because of the change. "
     "Pay carers for travel time between calls, with a proper rural rate for the fell villages, and stop "
     "fifteen-minute calls for personal care. Every carer should be paid at least the {{Real Living Wage|law}}. Talk "
     "to us before the {{Cabinet|inv}} signs the new contracts in the spring.")
S = sents(T)

ITEMS = [
    # 001
    R("home care worker", T, CAMP, "template"),
    # 002
    R("family carer",
      "Ah's been looking after [[p:Wilf]] since the {{Parkinson's|med}} got bad. We're up at [[hn:Low Rigg Farm]], "
      "six mile up a single track road above {{Threlmire|inv}}. The lass that comes, [[p:Jodie]], is gey good, she "
      "knaas him and he knaas her, and she's the only yan who'll come up in the snow. If your zone gives him to some "
      "big firm from {{Carlisle|placename}} they'll not find us, nivver mind get up the lonning in January. Divn't "
      "fix what's not broke. His NHS number's [[nhs:999-573-0723]], it's on every letter they send, look him up.\n[[p:Nancy Ritson]] [[ph:01632960771]]"),
    # 003
    R("home care worker", "\n".join(S), CAMP, "exact"),
    # 004
    R("home care worker",
      "I am carer for 11 years, and also I look after my own {{Hooyo|Somali word (mother)}} at home. I am Somali "
      "British, I live in {{Carlhaven|inv}}. In my job I drive between calls and nobody pays the miles in the middle. "
      "Some days I start 7am and finish 10pm but I am paid for only six hours. One client, Mrs [[p:Agnes Tweddle]], I "
      "see her four years, she only eats when I make the rice pudding how she likes. Zones will take her from me. My "
      "mother's carer is [[p:Ubah]] from our community, she speaks Somali with her. Please keep carers who speak the "
      "language. {{Mahadsanid|lang}}.\n[[p:Fardowsa Hirsi Jama]] [[ph:+447700900934]]"),
    # 005
    R("person who uses home care",
      "About me\nMy name is [[p:Ben]].\nI have {{Down's syndrome|med}}.\nI live in my own flat.\n[[p:Leanne]] and "
      "[[p:Marcus]] help me every day.\nThey help me cook and take my tablets.\nI like them.\n\nWhat I think\nI do not "
      "want new people.\nNew people make me worried.\nPlease do not change my helpers.\n\n[[p:Ben Airey]] wrote this "
      "with his advocate from {{Fellmarch Speaking Up|inv}}."),
    # 006
    R("resident", "Zones will never work in the fells."),
    # 007
    R("family carer",
      " ".join(S[:4]) + "\n\nMy mother, [[p:Margaret Hetherington]], {{NHS number|term}} [[nhs:999 846 8787]], lives "
      "alone at [[hn:Fellside Cottage]], [[st:Back Lane]], [[pc:CA16 9XR]]. She has had the same two carers for five "
      "years. When her agency lost a contract in {{2021|date}} she had eleven different people in a month and ended up "
      "in {{Cumberland Infirmary|hosp}} with a fall.\n\n" + " ".join(S[4:]),
      CAMP, "edited"),
    # 008
    R("care provider",
      "{{Dowson's Homecare|orgp}} is a family firm founded by my grandmother {{in 1987|date}}. We employ {{38|num}} "
      "staff in {{Threlmire|inv}} and the {{Eden Valley|place}}. We could never bid for a whole zone on our own and "
      "would have to become a subcontractor to a national company or close. Staff would transfer under {{TUPE|law}} "
      "but clients would lose the local knowledge. Please allow small providers to bid as a consortium.\n"
      "[[p:Helen Dowson-Pratt]], {{Registered Manager|role}}"),
    # 009
    R("district nurse",
      "As a {{district nurse|role}} I see the consequences when care breaks down: missed insulin, pressure sores, "
      "people found on the floor. A single provider per zone could improve this if the {{CQC|org}} rating is part of "
      "the scoring. Please build in a joint visit with nursing for anyone with a catheter or a syringe driver."),
    # 010
    R("resident", "Fifteen minute calls are cruel. Stop them whatever else you do."),
    # 011
    R("home care worker", plain_only(T, lambda s: s.replace(",", "").replace(".", "")), CAMP, "exact"),
    # 012
    R("home care worker",
      "I came from {{Zimbabwe|place}} on a {{Health and Care Worker visa|law}} in {{2022|date}}. My sponsor is the "
      "agency so if the agency loses the zone I lose my visa. Nobody in the consultation documents talks about this. "
      "The agency payroll even has my NI number wrong, it is [[ni:qq 60 33 18 b]] not what they put. "
      "There are many of us in {{Carlhaven|inv}} in the same position. Please ask the winning provider to take over "
      "sponsorship.\n[[p:Tendai Moyo]]"),
    # 013
    R("son of a home care client",
      "Mam's ninety-three and still in her own house on [[st:Stainton Terrace]] in {{Skelgate|inv}} ([[pc:CA110EZ]]), the way she wants. "
      "She's got carers four times a day. Some weeks it's grand, some weeks the tea-time call comes at half three and "
      "the bedtime yan at seven, so she's in bed fourteen hours. Ah've rung the office till Ah'm blue in the face. "
      "Zones or no zones, sort the rota. She was born [[dob:3rd June 1931]], she's earned it.\n[[p:Keith Armstrong]]"),
    # 014
    R("resident", ""),
    # 015
    R("home care worker",
      "I'm a care worker in the {{Skelgate|inv}} patch and I'm sending this with my colleagues. " + " ".join(S[1:-1])
      + " We would welcome a meeting before any decision is taken.", CAMP, "edited"),
    # 016
    R("retired GP",
      "I do not share the view that zones will necessarily mean a stranger at the door. The same face comes through "
      "the door only if the carer stays, and at present carers leave the sector in droves. Fix pay first and the "
      "continuity follows. The zone model, done well, could reduce the miles and waste of three agencies passing each "
      "other on the {{A66|road}}."),
    # 017
    R("person who uses home care",
      "i have {{MS|med}} and use a hoist. my carers are [[p:kasia]] and [[p:dorota]] and they are brilliant, they come "
      "from {{Poland|place}} and have been with me since {{2019|date}}. every time the council changes something i "
      "get scared i will lose them. dont do it. i will not let a man i dont know hoist me. my nhs no is [[nhs:9996010848]] if you need to look me up.\n- [[p:jen]]"),
    # 018
    R("charity",
      "{{Age UK|org}} in {{Fellmarch|inv}} welcomes the end of fifteen-minute calls. We are concerned that the rural "
      "uplift is only {{8%|num}}. The {{Homecare Association|org}} cost of care model suggests at least {{£30.84|num}} "
      "an hour outside towns. We also ask for a named {{contract manager|role}} for each zone and an independent "
      "complaints route, as required under the {{Care Act 2014|law}}."),
    # 019
    R("home care worker",
      " ".join(S[:4]) + " I have worked in care since I was {{18|num}} and I love it, but I cannot afford to stay on "
      "what we are paid now. Last month my car needed tyres and I had to borrow from my sister. Something has to "
      "change, and zones are not the thing that needs changing.", CAMP, "edited"),
    # 020
    R("family carer",
      "My dad [[p:Jonty Pattinson]] ([[dob:born 17 Nov 1939]], NHS [[nhs:999 072 5942]]) has {{Lewy body dementia|med}} and lives in [[fl:Flat 3, Greta Court]] in "
      "{{Keswick|place}}. The council has already told us his provider is pulling out of the {{North Lakes|place}}. "
      "I'm his {{Lasting Power of Attorney|law}}. Please contact me before anything changes for him: "
      "[[em:ruth.pattinson at example dot org]] or [[ph:01632 960 584]]."),
    # 021
    R("home care worker",
      "I trained as a nurse in {{Kerala|place}} and now I am senior carer. The zone documents say providers must use "
      "an {{electronic call monitoring|term}} system, but in the valleys there is no signal. My phone cannot log in at "
      "Mr [[p:Birkett]]'s house on [[st:Mardale Road]] and then the office says I did not arrive. Please think about "
      "this.\n[[p:Jincy Mathew]]"),
    # 022
    R("resident", "Support. The current system is chaos."),
    # 023
    R("parish council",
      "{{Threlmire Parish Council|inv}} discussed the proposals at its meeting on {{14 January|date}}. Members are "
      "concerned that {{Threlmire|inv}}, {{Ullerby|inv}} and {{Hawsbeck|inv}} sit on the border of two zones. "
      "Residents in the upper dale already wait weeks for a package. The {{Parish Clerk|role}} will forward "
      "individual comments separately."),
    # 024
    R("sheltered housing tenant",
      "I'm a tenant at [[fl:flat 12, Blencathra House]]. Six of us in the block have care. My neighbour [[p:Sadie]] "
      "gets a different girl every morning and she's frightened to open the door. The warden, [[p:Lorraine]], does her "
      "best but it isn't her job. Put one firm in charge of the whole building at least.\n[[p:Ivy Rigg]], [[pc:CA12 5TY]]"),
    # 025
    R("resident",
      "What happens to people who live right on the {{Northumberland|place}} border and get care from a firm in "
      "{{Hexham|place}} or {{Alston|placename}}?"),
]
