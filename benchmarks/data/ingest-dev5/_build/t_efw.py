"""incinerator: a proposed energy-from-waste plant at the former Drumcraw Quarry (fictional Blackwater and Sperrin
District Council, Co. Tyrone, Northern Ireland).

180,000 tonnes a year, a 70-metre stack, up to 140 lorries a day. Farmers, rural residents, Irish-language and
Ulster Scots voices, a GAA club, a haulier, a waste firm, an environmental group.
"""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "EFW", "incinerator"
C = "efw-no-drumcraw-burner"

TPL = ("I object to the proposed energy-from-waste incinerator at the former {{Drumcraw Quarry|inv}}. "
       "The plant would burn {{180,000 tonnes|num}} of waste a year, much of it brought in from outside the district, "
       "and its {{70-metre|num}} stack would be seen from every farm and village for miles. "
       "Up to {{140|num}} lorries a day would use narrow country roads that were never built for them and that our "
       "children walk and cycle on. "
       "We are also worried about the effect of emissions on the air we breathe, on livestock and on "
       "{{Lough Neagh|place}}, which is already in crisis. "
       "The council should invest in recycling and reuse instead of locking us into burning waste for thirty years. "
       "Please refuse this proposal and listen to the people who live here.")
S = sents(TPL)

ITEMS = [
    # 001
    R("resident", TPL, C, "template"),
    # 002
    R("farmer",
      "We farm 200 acres of grass and a suckler herd at [[hn:Lisnahull Farm]], a mile downwind of the quarry. "
      "My father farmed it before me and my son [[p:Jack]] wants to take it on. Who is going to buy beef or milk from "
      "beside an incinerator? The {{Ulster Farmers' Union|org}} should be consulted as a body. "
      "[[p:Sammy Crawford]]"),
    # 003
    R("resident",
      "{{Ná déan é|irish}}. I grew up in {{Coalisland|place}} when the brickworks chimneys were still going and half the "
      "street had chests like bellows. My da, [[p:Pádraig Ó Catháin]], died of emphysema at 63. I still live in the same house on [[st:Annagher Terrace]]. Don't bring that "
      "back. {{Go raibh maith agat|irish}}. [[p:Siobhán]]"),
    # 004
    R("waste company",
      "{{Tyrone Resource Recovery Ltd|org}} supports the proposal. Northern Ireland still sends over {{30%|num}} of "
      "municipal waste to landfill and exports refuse-derived fuel to the Netherlands. A modern plant under "
      "{{NIEA|org}} permit conditions is cleaner than either. Our {{Managing Director|role}} would welcome a site "
      "visit by councillors."),
    # 005
    R("resident", each(TPL, str.lower), C, "exact"),
    # 006
    R("resident",
      "The lorries will come up the {{Moy Road|route}} past the school and then through the village. It's already "
      "bad with the quarry trucks. We live on [[st:Carnan Road]] and our windows shake every time one passes. "
      "My wife [[p:Bríd]] has been counting them for a month: 97 on the worst day."),
    # 007
    R("resident", ""),
    # 008
    R("GAA club",
      "{{St Patrick's GAC, Ballynagarvey|org}}: our pitches are 600 metres from the proposed stack. We have 310 "
      "juvenile members. We ask for independent air monitoring at the club grounds before and after any plant is built. "
      "Contact our club secretary [[p:Caoimhe Mac Giolla Bhríde]] at [[em:secretary.stpatricks(at)example.org]]."),
    # 009
    R("resident",
      "I object to the proposed energy-from-waste incinerator at the former Drumcraw Quarry. "
      "The plant would burn 180,000 tonnes of waste a year, much of it brought in from outside the district, "
      "and its 70-metre stack would be seen from every farm and village for miles. "
      "We are also worried about the effect of emissions on the air we breathe, on livestock and on "
      "Lough Neagh, which is already in crisis. "
      "I have a personal reason. My daughter [[p:Aoife McGurk]] ([[dob:22/07/2011]]) has severe asthma and "
      "has been admitted to {{Craigavon Area Hospital|hosp}} four times. Her hospital number is "
      "[[hosp:CAH 2207118]] and her consultant has told us to avoid smoke and fumes. We live at "
      "[[st:14 Drumcraw Road]], [[pc:BT71 5QZ]], which is the nearest house to the site. "
      "The council should invest in recycling and reuse instead of locking us into burning waste for thirty years. "
      "Please refuse this proposal and listen to the people who live here.", C, "edited"),
    # 010
    R("haulier",
      "I run four lorries out of {{Dungannon|place}}. Work is work, and the roads will be upgraded as part of it. "
      "I'd support it if the council made the developer widen the {{B43|road}} first. Reg [[vr:LKZ 4821]] is one of "
      "mine if anyone says my lads drive badly - ring me first."),
    # 011
    R("resident",
      "I don't like it but I'm not sure about the campaign either. Recycling alone won't deal with what can't be "
      "recycled. My view: please refuse this proposal and listen to the people who live here, then come back with a "
      "smaller plant that only takes our own waste."),
    # 012
    R("environmental group",
      "{{Friends of the Earth Northern Ireland|org}} objects. The plant would lock the district into burning for "
      "25-30 years and undermine the {{Climate Change Act (Northern Ireland) 2022|law}} targets. "
      "{{Lough Neagh|place}} has had blue-green algae blooms every summer since {{2023|date}}; further nitrogen "
      "deposition is unacceptable. We refer the council to {{Arc21|org}}'s experience at {{Hightown|place}}."),
    # 013
    R("resident",
      "{{A'm no for it|ulster}}. Thon lorries is bad enough the noo. wee [[p:Davy Magill]] up the road near lost his dug to "
      "a quarry truck in {{October|date}}. Nae incinerator."),
    # 014
    R("resident", each(TPL, str.upper), C, "exact"),
    # 015
    R("resident",
      "I'm 15 and doing a geography project on this. I think people should know that modern energy from waste plants "
      "are way cleaner than burning rubbish used to be, there's one in {{Vienna|place}} with a ski slope on the "
      "roof lol. But the lorries are a real problem for the roads around here. my insta is [[sh:@tyrone.geog.girl]] "
      "if anyone wants to see my survey results"),
    # 016
    R("farmer",
      "We're at [[hn:Cloghog House]], [[st:Drumcraw Road]], with 120 ewes (flock [[acc:UK 0 40217 300418]]). Nobody from the developer has knocked "
      "on our door, though we share a march fence with the quarry. I'd want compensation for the land value and a "
      "guarantee about the water supply - our well is 40 foot from the boundary. [[p:Robert]] and "
      "[[p:Heather Lyttle]], [[ph:028 9649 6217]]"),
    # 017
    R("resident",
      "Completely against. My husband [[p:Darragh]] was in the {{Royal Victoria|hosp}} for six weeks last year with "
      "his lungs and he's not right yet. His number there is [[hosp:RVH 3398102]] and his H&C is "
      "[[nhs:999 415 7868]] if the health people want to look at what breathing this air would do to him. "
      "We're in [[hn:An Teach Bán]], the white house at the crossroads on [[st:Bóthar na Croise]] ([[st:Crossroads Lane]] on the English sign)."),
    # 018
    R("councillor",
      "As a member of the {{Planning Committee|role}}, I cannot express a view on the merits. I would ask that "
      "officers publish all correspondence with the {{Department for Infrastructure|org}} and that the "
      "consultation is extended to {{12 weeks|num}} given the level of interest. Cllr [[p:Seamus O'Hagan]]"),
    # 019
    R("resident",
      "I want to add my name to the many objections to this burner. "
      "The plant would burn 180,000 tonnes of waste a year, much of it brought in from outside the district, "
      "and its 70-metre stack would be seen from every farm and village for miles. "
      "Up to 140 lorries a day would use narrow country roads that were never built for them and that our "
      "children walk and cycle on. "
      "We are also worried about the effect of emissions on the air we breathe, on livestock and on "
      "Lough Neagh, which is already in crisis. "
      "No incinerator at Drumcraw, not now and not ever.", C, "edited"),
    # 020
    R("resident",
      "Who decided on Drumcraw? The site selection report lists six sites and two of them are in {{Belfast|place}} "
      "beside existing industry. Why are we getting it?"),
    # 021
    R("resident",
      "i live in a mobile home on my brothers farm, its my home all year, [[hn:the Rambler]] its called. "
      "no way you could breathe with that chimney. [[p:tam mcconville]]"),
    # 022
    R("business",
      "We run a farm shop and café on the {{Cookstown|place}} road, {{Maguire's Farm Kitchen|orgp}}. Our customers "
      "come for local food. We cannot see a plant like this helping. Please refuse."),
    # 023
    R("resident",
      "DO NOT BUILD IT. WE HAVE HAD ENOUGH DUMPED ON TYRONE. {{STORM ÉOWYN|storm}} TOOK THE ROOF OFF OUR SHED AND WE "
      "GOT NO HELP BUT THE COUNCIL HAS MONEY FOR THIS. NO NO NO."),
    # 024
    R("resident",
      "I used to live in [[fl:Apartment 5]], [[st:22 Linen Quay]] in {{Belfast|place}} near the {{Titanic Quarter|landmark}}, "
      "and moved out here for clean air. Now this. I work from home and have {{Hodgkin's lymphoma|med}} in "
      "remission. I'm frightened. [[p:Lina Al-Khatib]], National Insurance [[ni:QQ 30 12 88 A]] (the form asked)"),
    # 025
    R("resident",
      "I'm on the side of building it but only if the heat goes to homes. A plant that size could heat "
      "{{Ballynagarvey|inv}} and half of {{Stewartstown|placename}}. Otherwise it's just burning."),
    # 026
    R("Irish-language group",
      "Tá {{Glór na nGael Dhroim Crá|inv}} i gcoinne an togra seo. We ask that all consultation documents are "
      "published in Irish as well as English, as the {{Identity and Language (Northern Ireland) Act 2022|law}} "
      "intends. {{Le meas|irish}}."),
    # 027
    R("resident",
      "We are also worried about the effect of emissions on the air we breathe, on livestock and on "
      "Lough Neagh, which is already in crisis. "
      "The council should invest in recycling and reuse instead of locking us into burning waste for thirty years. "
      "Please refuse this proposal and listen to the people who live here. "
      "I'll say that on my own account as well. I'm a nurse in {{South Tyrone Hospital|hosp}} and I see what bad air "
      "does to children with asthma. And I drive that road at 7am and the quarry trucks already own it. "
      "There's a primary school at the bottom of the brae with no footpath. Not here.", C, "edited"),
    # 028
    R("resident",
      "Support. We need it. The bins are going to {{England|place}} and the {{Netherlands|place}} on lorries and "
      "ships. Burn it here and make electricity. When {{Storm Darragh|storm}} took the power out for three days we'd have been glad of it."),
    # 029
    R("farmer",
      "My brother-in-law [[p:Ivan McKinstry]] farms the land to the north of the quarry and I farm to the south. "
      "Neither of us was consulted. We both have dairy herds and milk is collected by {{Dale Farm|org}}. Our "
      "herd number is on file with {{DAERA|org}} if the council needs to check. [[p:Norman Gilliland]], "
      "[[hn:Drumcraw Mill]], [[pc:bt71 5ql]]"),
    # 030
    R("resident",
      "Against. The roads, the smell, the stack, the lot. [[p:J. Quinn]] from [[hn:Tullyard Lodge]]"),
    # 031
    R("resident",
      "We had the quarry for forty years and were promised a lake and a nature park when it closed. That was in the "
      "{{2009|date}} restoration plan. We'd settle for a running track like the {{Mary Peters Track|landmark}} in Belfast. Give us what we were promised."),
    # 032
    R("resident",
      "{{Przepraszam|lang}} for my English. I live in [[st:Main Street]], Ballynagarvey with my husband [[p:Krzysztof]] and "
      "work at the meat plant. Our children go to [[sch:Ballynagarvey Primary School]]. We are worried about the "
      "air for the children. Please no."),
]
