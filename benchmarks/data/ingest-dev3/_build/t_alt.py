"""allotments: Saxby Bridge Town Council (fictional market town, Leicestershire / Rutland border)
proposes to raise allotment rents from £42 to £96 a plot and change how the waiting list works."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "ALT", "allotments"
C = "alt-grow-food-not-fees"

TPL = (
    "We are allotment holders and people on the waiting list in {{Saxby Bridge|inv}}. "
    "We understand the town council has to cover its costs, but more than doubling the rent in one year is not fair. "
    "Allotments are not a luxury. "
    "For many of us they are where we get exercise, grow affordable food and find company. "
    "The proposed rise from {{£42|num}} to {{£96|num}} a plot will push out pensioners and low-income families first, "
    "and that will not shorten the waiting list, it will just change who is on it. "
    "Grow food, not fees. "
    "We ask the council to phase any rise over three years, keep the concession for over-65s and people on benefits, "
    "and bring back half plots so more people can start growing. "
    "Talk to the plot holders before you decide."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


def tail_and_spaces(s):
    return s.replace(", ", ",  ")


ITEMS = [
    # 001 template
    R("allotment holder", TPL, C, "template"),
    # 002
    R("allotment holder", "Fair enough, it's been cheap for years."),
    # 003 exact, one sentence per line
    R("allotment holder", plain_only(TPL, one_per_line), C, "exact"),
    # 004 long-standing holder, word-name neighbour, potato varieties
    R("allotment holder", "I live on [[st:Bell Street]], right opposite the gate, and I've had a plot at {{Cuckoo Meadow|inv}} since 1987 and the rent has gone up before "
      "without anyone dying of it. But {{£96|num}} is steep for the older ones. Old [[p:Basil]] on the plot next to me "
      "is 88, still grows the best {{King Edwards|plant}} on the site, and he has told me he'll give up rather than "
      "pay it. Lose people like him and you lose forty years of know-how."),
    # 005 blank
    R("allotment holder", ""),
    # 006 waiting-list applicant: ref, flat, child
    R("waiting list applicant", "I have been on the waiting list for three years (ref [[acc:WL-2291]]) and nobody "
      "has ever contacted me. We live in [[fl:Flat 9, Maltings Court]] with no outside space at all and my daughter "
      "[[p:Amelia-Rose]], who is in Reception at [[sch:Saxby Bridge Infants]], is desperate to grow things. Please sort out the list before you put the rent up. Half "
      "plots would help families like us."),
    # 007 Polish plot holder
    R("allotment holder", "I am [[p:Małgorzata Zielińska]], on the site everybody is calling me [[p:Gosia]]. In "
      "{{Poland|place}} we have {{działki|lang}}, family gardens, my grandmother had one in {{Łódź|place}} all her "
      "life and it was cheap for everybody, this is the point of it. {{£96|num}} for me is OK but for the pensioners "
      "is too much. Maybe pay by month? {{Dziękuję|lang}}."),
    # 008 edited: personal paragraph in the middle, phone
    R("allotment holder", " ".join(S[:4]) + "\n\nFor me it is more than that. My husband [[p:Alan]] has "
      "{{vascular dementia|med}} and the plot is the one place he is still himself. He can't manage on his own now "
      "so I go with him every morning. If we lose it I honestly don't know what we'll do. If anyone from the council "
      "wants to see what it means to us, ring me on [[ph:01632 960 588]].\n\n" + " ".join(S[4:]) +
      "\n[[p:Pauline Garside]]", C, "edited"),
    # 009
    R("resident", "No"),
    # 010 association treasurer
    R("organisation", "Response of {{the Treasurer|role}}, {{Tanyard Lane Allotment Association|inv}}.\n"
      "1. The council's own figures show income of {{£6,720|num}} against direct costs of {{£9,100|num}}. A rise to "
      "{{£60|num}} would close that gap.\n2. The {{Small Holdings and Allotments Act 1908|law}} and "
      "{{section 10 of the Allotments Act 1950|law}} require a rent that a tenant may reasonably be expected to pay. We "
      "doubt {{£96|num}} meets that test.\n3. The {{National Allotment Society|org}} recommends a concession for "
      "pensioners and benefit claimants. We support that.\n4. Water charges should be shown separately."),
    # 011 exact, lower case
    R("allotment holder", each(TPL, str.lower), C, "exact"),
    # 012 lower-case word-name
    R("allotment holder", "me and [[p:hazel]] share half a plot up the top end by the compost bays. we pay {{£21|num}} "
      "each at the moment. we could just about do double but not more than that. also the gate lock has been broken "
      "since {{christmas|date}}. txt me [[ph:07700900417]]"),
    # 013 near-miss
    R("resident", "Talk to the plot holders before you decide anything. Half of them have no email and didn't know "
      "there was a consultation until it went up on the noticeboard in the shed."),
    # 014 gardener with varieties and seed companies
    R("allotment holder", "It would be helpful if the council knew what an allotment actually produces. Last year "
      "off a half plot I had {{Charlotte|plant}} potatoes and {{Pink Fir Apple|plant}} till {{November|date}}, "
      "{{Ailsa Craig|plant}} onions, {{Kelvedon Wonder|plant}} peas, a {{Victoria|plant}} plum, herbs (sage, "
      "{{rosemary|word}}, thyme) and cut flowers, {{Sweet William|plant}} and {{Busy Lizzies|plant}} for my mum. Seed "
      "from {{Mr Fothergill's|orgp}} and {{Thompson & Morgan|orgp}} costs more than the rent already. It is cheap "
      "food, and that's the point."),
    # 015
    R("allotment holder", " ".join(S[:3] + S[4:6] + S[7:]), C, "edited"),
    # 016 Bangladeshi grower
    R("allotment holder", "I grow {{lau|lang}} (bottle gourd) and {{data shak|lang}} which you cannot buy fresh in "
      "{{Saxby Bridge|inv}}. My husband [[p:Abdul Karim]] built the frame for the gourds himself. At {{Eid|event}} we "
      "give vegetables to all the neighbours. Please keep the rent fair, many families on our site are not rich."),
    # 017 business
    R("business", "{{Pettifer's Garden Centre|orgp}} supports the allotment sites and sponsors the annual show. We "
      "would ask the council to consider a lower rate for new starters in their first year; in our experience half "
      "of new plot holders give up within two seasons, and cost is often the reason.\n[[p:Roger Pettifer]], proprietor"),
    # 018 parent: child, year, school
    R("parent", "My son [[p:Alfie Brookes-Hart]] ([[dob:09/09/2014]]) in Year 5 at [[sch:St Botolph's C of E Primary]] runs the school "
      "garden club with his teacher and they have a shared plot through the council. Will the school plot pay "
      "the new rate too? If so I suspect it will go."),
    # 019 narrowboat home
    R("waiting list applicant", "I live on a narrowboat, [[hn:Meadowsweet]], and move between {{Foxton Locks|landmark}} "
      "and the town moorings, so I've been told I don't count as a resident for the waiting list. I've paid council "
      "tax in {{Harborough|place}} district for six years. The residency rule needs changing for boaters. [[em:meadowsweet.boat [at] example.net]]"),
    # 020 exact, final stop removed and extra spaces after commas
    R("allotment holder", plain_only(TPL, tail_and_spaces)[:-1], C, "exact"),
    # 021 councillor named in role
    R("allotment holder", "At the meeting in {{the Corn Exchange|landmark}} {{the Town Clerk|role}} said no decision "
      "had been made. Cllr [[p:Askew]] then told the paper it was a done deal. Which is it? I'd like an answer "
      "from {{the Mayor|role}}, Cllr [[p:Linda Fairbrother]], before anyone votes."),
    # 022 Caribbean grower
    R("allotment holder", "Mi name is [[p:Winston Clarke]], up the allotment they call me [[p:Winnie]]. I been on "
      "{{Gallows Hill|inv}} site twenty two years. I grow {{callaloo|lang}}, pumpkin, {{scotch bonnet|plant}}. "
      "Council should come look how much food come off one plot before dem put the price up so. Pensioners cyaan "
      "manage this. Postcode [[pc:LE16 9XT]]."),
    # 023 disability
    R("allotment holder", "I have {{Crohn's|med}} and {{MS|med}}. The raised-bed plots by the gate are the only ones I "
      "can use. They were built with lottery money from {{the National Lottery Community Fund|org}}, so charging "
      "full rent for them seems wrong. Please keep a disabled concession. My GP can confirm, NHS number [[nhs:999 863 9115]]."),
    # 024
    R("resident", "£96 for a bit of mud? no chance"),
    # 025 young couple, lower case, home street, handle
    R("waiting list applicant", "we are on the waiting list since jan, live on [[st:orchard rise]] with a yard the "
      "size of a table. we'd honestly pay 96 if we could actually get a plot. we post our balcony veg on insta "
      "[[sh:@plot_and_pickle]] if you want to see we are serious lol"),
    # 026 edited: half template + own text
    R("allotment holder", " ".join(S[2:5]) + " That is the bit the council keeps missing. I'm a nurse on nights and "
      "the plot is how I sleep. Put it up by inflation, fine, but not this. And bring back half plots, I'd happily "
      "give up half of mine to someone on the list.", C, "edited"),
    # 027 site rep named
    R("allotment holder", "The site rep, [[p:Rosemary]], does a brilliant job keeping the paths cut and chasing up "
      "the neglected plots, all for nothing. If the council wants to justify a rise then pay for a proper water "
      "supply and a skip twice a year, and give the reps some support. Mrs [[p:Tebbutt]] shouldn't have to do it all herself."),
    # 028 Sikh grower
    R("allotment holder", "[[p:Sukhwinder Gill]] here - [[p:Sukhi]] on the site WhatsApp. Most of what I grow goes to "
      "the {{langar|lang}} at {{Guru Nanak Gurdwara|church}} in {{Leicester|place}} on {{Sundays|date}}. I can pay the increase "
      "but please keep a discount for the pensioners, some of them have been there longer than I have been alive. Pics on [[sh:@sukhi_grows]]."),
    # 029 concession: DOB, address block sign-off
    R("pensioner", "I am 71 and on pension credit. If you remove the over-65 concession my rent goes from {{£21|num}} "
      "to {{£96|num}} in one go. The form asked for date of birth so here it is, [[dob:19.08.1953]], and my NI "
      "number is [[ni:QQ 58 20 41 B]] if you need to check the pension credit.\n[[p:Margaret Ann Pybus]], "
      "[[hn:Quince]], [[st:Church Lane]], Saxby Bridge"),
    # 030 scarecrow show, characters
    R("allotment holder", "Don't forget the scarecrow competition raises money for the sites every year. This year "
      "we had two {{Worzel Gummidge|char}}s, a {{Mr McGregor|char}} chasing {{Peter Rabbit|char}}, and a "
      "{{Percy the Park Keeper|char}} made by [[p:Barney Quinn]], aged 7, and his grandad. Price families out and there won't be anyone to make them."),
    # 031 contact details
    R("allotment holder", "I'm happy to help the council with a fairer banding scheme, I did similar work for a "
      "housing association. Contact me at [[em:g.okafor@example.org]] or on [[ph:07700 900 153]].\n"
      "[[p:Godfrey Okafor]]"),
    # 032 waiting list management
    R("resident", "The real problem is the list, not the rent. Plots sit empty for a whole season before the "
      "{{Allotments Officer|role}} does anything. My own tenancy ref is [[acc:SBTC/ALT/0147]] and I've never once had an inspection. Inspect in {{May|date}} and {{August|date}}, send one warning, then "
      "re-let. Do that and the list halves without touching the price."),
    # 033 capitals
    R("allotment holder", "DOUBLING THE RENT IS DAYLIGHT ROBBERY. {{GROW FOOD NOT FEES|slogan}}. SHAME ON "
      "{{SAXBY BRIDGE TOWN COUNCIL|inv}}."),
    # 034 long ramble: widow, late husband, grandson, vehicle registration
    R("allotment holder", "My late husband [[p:Ken]] took on our plot at {{Gallows Hill|inv}} the year we married, "
      "1969, when it was still {{£2|num}} a year and you paid it at the council offices in cash and got a little "
      "pink receipt. He planted the {{Bramley|plant}} that's still there by the shed and a row of raspberries that "
      "have moved themselves about three yards to the left over fifty years. When he was poorly at the end, the "
      "{{Marie Curie|orgp}} nurse used to say he'd perk up every time I brought him in a bunch of sweet peas from the "
      "plot. I've kept it going since, with help from our grandson [[p:Kieran]] who comes up on {{Saturdays|date}} when he's "
      "not working. I'm not against paying a bit more. The water tank leaks, the track floods every winter and "
      "somebody from the council came and took my car registration, [[vr:FP66 RZO]], for parking on the track, "
      "which we have all done for forty years, so I can see they want money from somewhere. But {{£96|num}} when I "
      "am on my own and on the state pension is a lot, and I know three other widows on our site in exactly the "
      "same boat. If the concession goes, I think we all go, and I think that would be a sad thing for the town. "
      "The young ones on the waiting list are lovely but they give up after a season when the bindweed comes. We "
      "don't give up. We're the ones who lend them a spade and tell them when to put the beans in and which slug "
      "pellets not to use because of the hedgehogs. [[p:Ken]] always said an allotment is the only place in town where "
      "a bank manager and a bin man talk to each other as equals. Please think again."),
    # 035, 036
    R("allotment holder", "Support the rise if the money goes back into the sites. Water troughs, fencing, a toilet."),
    R("allotment holder", "Allotments are a lifeline for some of us. I would rather pay more than see a site sold off for housing, which is what happened in {{Oakham|place}}."),
]
