"""county-farms: Askerdale County Council (fictional, Cumbria) proposes to sell nine of the twenty-one holdings
on its county farms estate and stop letting starter farms to new entrants."""
from common import R, each, sents, plain_only
import re

PREFIX, CONSULTATION = "FRM", "county-farms"
C = "frm-keep-the-county-farms"

TPL = (
    "As tenants, former tenants and supporters of {{Askerdale County Council|inv}}'s county farms, we object to "
    "the proposal to sell nine of the twenty-one holdings. "
    "County farms are often the only way a young person without family land can start farming. "
    "Once a holding is sold it is gone for good, and the money will disappear into one year's budget. "
    "The estate also looks after hedges, walls, becks and wildlife that a private buyer may not keep. "
    "Keep the county farms. "
    "We ask the council to withdraw the sale, to keep the starter holdings for new entrants, to spend the rents "
    "on repairing the farmhouses and buildings, and to talk to every tenant before any holding goes on the market. "
    "Selling the family silver is not a plan."
)
S = sents(TPL)


def no_punct(s):
    return re.sub(r"[,.']", "", s)


ITEMS = [
    # 001 template
    R("tenant farmer", TPL, C, "template"),
    # 002 Cumbrian tenant, farm home, flock number, signature with postcode
    R("tenant farmer", "Ah've farmed [[hn:Foulsyke]] thirty-two year, an' mi fadder afore us. If t'council sells it, "
      "some off-comer fra {{Manchester|place}} 'll buy t'house for a holiday let. {{Yan, tyan, tethera|dialect}}, "
      "that's aw there'll be left to count o' t'{{Herdwicks|breed}}. {{Divn't dee it|dialect}}. Flock number "
      "[[acc:UK 0 581234]].\n[[p:Jossie Tyson]], [[hn:Foulsyke]], [[pc:ca17 4rn]]"),
    # 003
    R("resident", "Sell them. Why is a council running farms when it can't fill a pothole on the {{A66|road}}?"),
    # 004 young entrants, child's school, holding number
    R("tenant farmer", "We got the tenancy of [[hn:Low Mossgill]] in 2019, when we were 24 and 26, after eight "
      "years working for other people. Without a county farm we would never have had a chance; land round here "
      "goes for {{£12,000 an acre|num}}. Our lad [[p:Arlo]] has just started at [[sch:Lathwaite CE School]], "
      "which has 31 children. If the farms go, the families go, and then the school goes. Our holding number is "
      "[[acc:08/214/0037]] if you want to check that the rent has always been paid on time.\n[[p:Becca]] and "
      "[[p:Dan Irving]]"),
    # 005 exact, capitals
    R("tenant farmer", each(TPL, str.upper), C, "exact"),
    # 006 blank
    R("resident", ""),
    # 007 Lithuanian dairy worker: tied cottage, obfuscated email
    R("farm worker", "I am [[p:Rūta Petrauskienė]], six years in the dairy on a county farm near {{Hestonby|inv}}. "
      "If the farm is sold I lose the job and the house also, we live in the farm cottage, "
      "[[hn:Beckside Cottage]]. In {{Lithuania|place}} my grandparents lost their land in {{Soviet|adj}} time, I know "
      "what this is. {{Ačiū|lang}}. [[em:ruta.p at example dot com]]"),
    # 008 farming union, laws and report named after a person
    R("organisation", "The {{National Farmers' Union|org}} {{North West|place}} region opposes the sale. {{Part III|law}} "
      "of the {{Agriculture Act 1970|law}} gave councils their smallholdings as a first rung on the farming "
      "ladder, and {{the Rock Review|report}} of tenant farming in {{2022|date}} asked councils to keep them. "
      "Holdings sold with vacant possession will not come back. If the council needs capital, we suggest selling "
      "surplus cottages, not land, and using {{Sustainable Farming Incentive|law}} and "
      "{{Countryside Stewardship|law}} payments to improve the estate.\n{{Group Secretary|role}}, Askerdale"),
    # 009 edited: personal paragraph with farm, holding number, father, phone
    R("tenant farmer", " ".join(S[:3]) + "\n\nWe farm [[hn:Crag End]] at {{Nether Skelby|inv}}. My father "
      "[[p:Wilf Heslop]] took the tenancy in 1974 with twelve cows and a {{Massey Ferguson|orgp}} 35, and I took "
      "it over when he retired. Our holding number is [[acc:08/221/0105]]. My daughter wants to farm and there "
      "is nowhere else in this county she could start. Ring me on [[ph:01632 960 418]] if you want to come and "
      "see it.\n\n" + " ".join(S[3:]), C, "edited"),
    # 010 parish council, clerk signs
    R("parish council", "{{Lathwaite Parish Council|inv}} discussed the proposal on {{14 May|date}}. Four of the "
      "nine holdings are in our parish and members were unanimous against the sale. The "
      "{{Clerk to the Council|role}} will ask {{the Leader of the Council|public}} to meet us in the village hall.\n"
      "[[p:Anne Tinkler]], Clerk"),
    # 011 Shona shepherd, employer and wife named
    R("farm worker", "My name is [[p:Tatenda Chikwanha]], from {{Zimbabwe|place}}. I am a shepherd on a county farm. "
      "My boss Mr [[p:Routledge]] is the tenant and he is teaching me everything, and my wife [[p:Memory]] milks "
      "for him. In {{Masvingo|place}} my father farmed communal land. Land is life. {{Ndinotenda|lang}}."),
    # 012 exact, punctuation removed
    R("former tenant", plain_only(TPL, no_punct), C, "exact"),
    # 013 near-miss
    R("resident", "People keep saying once a holding is sold it is gone for good. So is the money, if we keep "
      "spending it on farmhouses the council can't afford to repair. Sell the worst three and keep the rest."),
    # 014 resident naming the cabinet member and the MP
    R("resident", "{{The Cabinet Member for Resources|public}}, Cllr [[p:Ian Bewley]], told the "
      "{{Cumberland and Westmorland Herald|org}} that the farms are 'not core business'. {{The MP for Askerdale and Eden|public}}, "
      "[[p:Harriet Gaskell]], says the opposite in her newsletter. Perhaps they could talk to each other before "
      "the council sells anything."),
    # 015 walker, routes, fells, a dog with a person's name
    R("walker", "The {{Cumbria Way|route}} and the {{Coast to Coast|route}} both cross county farm land near "
      "{{Hestonby|inv}}, and the tenants keep the stiles for nothing; I walk it every week with my collie, "
      "{{Bill|pet}}. Private owners on the way to {{Blencathra|landmark}} put up 'no access' signs."),
    # 016 edited: reworded opening and closing
    R("former tenant", "I farmed one of the council's holdings for nineteen years before I bought my own place, "
      "and I would not have a farm today without it. " + " ".join(S[1:-1]) + " Think on before you sell what "
      "your grandfathers bought.", C, "edited"),
    # 017 teenager, lower case, school, tiktok handle
    R("young person", "im 16 and in {{askerdale yfc|inv}}. everyone says go to college and get a job in "
      "{{kendal|placename}} but i want to farm and my family havent got land. the county farms are literally the "
      "only way in. im at [[sch:askerdale high]] and we do lambing at my uncles. follow us on tiktok "
      "[[sh:@lambs_of_lathwaite]]"),
    # 018 long ramble: farmer's widow
    R("former tenant", "My husband [[p:Geordie]] (his proper name was [[p:George]] but nobody ever used it) came to "
      "[[hn:Hollin Bank]] as a tenant in 1968 with a borrowed tractor and eleven heifers, and we stayed fifty-one "
      "years. The council was a good landlord then. The land agent came round twice a year in a tweed jacket, "
      "walked the hedges and had his dinner with us. When the barn roof went in the gales they had it fixed in a "
      "fortnight. We reared three children on that farm. We showed {{Shorthorns|breed}} at the {{Cumberland Show|event}} "
      "and at {{Penrith|place}}, and we bought everything at {{Carrs Billington|orgp}} on account. In 2001 "
      "{{foot and mouth|med}} took every animal we had, and I will never forget the smoke over the valley, but "
      "the council gave us a rent holiday and we started again. That is what a public landlord is for. [[p:Geordie]] "
      "died in 2019 and I handed the tenancy back, as I was too old to carry on, and a young couple have it now. "
      "They have put in a milk vending machine and the schoolchildren come to see the calves. I cannot "
      "understand why anyone would sell a farm like that to pay for one year of a budget. When it is gone, no "
      "young couple without money will ever farm it again. It will be a second home with the land let to "
      "whoever pays most, and the hedges [[p:Geordie]] laid will be flailed to stumps. I am 84 and I may not see it, "
      "but I would ask every councillor who votes for this to go up there first and stand in the yard and look "
      "at what they are selling."),
    # 019 land agent, firms named after people
    R("business", "As a rural surveyor who has valued several holdings: the estate is run down because it has been "
      "starved of investment. Nine lots in a flat market will not make the {{£6.2 million|num}} in the report. If "
      "you must sell, use a firm that knows the area, such as {{Harrison & Hetherington|orgp}} or "
      "{{Mitchells|orgp}}, and sell in small lots.\n[[p:Clive Armstrong]] MRICS"),
    # 020
    R("resident", "Support. Sell."),
    # 021 wildlife trust
    R("organisation", "{{Cumbria Wildlife Trust|org}}: three holdings border {{Mossgill Moss SSSI|inv}}, where "
      "curlew still breed, and the tenants keep cattle off the moss in spring. A "
      "{{Site of Special Scientific Interest|law}} cannot protect the land next to it. Take these three out of the sale."),
    # 022 edited: part of the template plus own text
    R("resident", " ".join(S[1:4]) + " My cousin got a starter holding at eighteen and now runs 600 ewes. That is "
      "what this is for.", C, "edited"),
    # 023 succession: DOB, NI, farm, postcode
    R("tenant farmer", "My husband died in {{January|date}} and I have applied to take on the tenancy under the "
      "succession rules of the {{Agricultural Holdings Act 1986|law}}. The council has my date of birth as "
      "[[dob:03/03/1961]] and my {{National Insurance|law}} number, [[ni:QQ 44 20 17 A]], on the form, and still says it "
      "has not received it. Now I read that our farm is on the list. Nobody has phoned me.\n"
      "[[p:Sandra Nicholson]], [[hn:Crookhow Farm]], Hestonby, [[pc:CA16 4XP]]"),
    # 024 vet, conditions named after people and places
    R("vet", "As vet to most of the holdings: these tenants have kept {{bovine TB|med}} and "
      "{{Johne's disease|med}} out of their herds, reported {{Schmallenberg|med}} early, and know more about "
      "{{Lyme disease|med}} in ticks than most doctors. The {{Animal and Plant Health Agency|org}} would say the same."),
    # 025 Traveller horse dealer: uncle, van, pitch
    R("Traveller", "For years a county farm tenant let us graze the cobs on his back field the week before "
      "{{Appleby Horse Fair|event}}. My uncle [[p:Tommy Lee]] agreed it on a handshake. Sell it and the horses end "
      "up on the verges, and the police pull our {{Transit|brand}}, [[vr:KX17 GHN]], every mile of the {{A66|road}}. We "
      "live on [[fl:pitch 4, Eden Lane site]]. It was a {{kushti|lang}} arrangement, leave it be."),
]
