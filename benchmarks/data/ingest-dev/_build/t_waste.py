from lib import R, ws, lower, nopunct, paras
from campaigns import T

C = "waste-double-tax"

R("WST-001", "resident", """Fortnightly is fine for us, we recycle almost everything. Two adults, no kids. Our black bin is never more than half full. I think people just need to recycle properly. The garden charge is fair, why should people without gardens pay for people with gardens? I'd go further and say the money raised should go into food waste collections, which we still don't have, and which most councils brought in years ago.""")

R("WST-002", "resident", T[C], camp=(C, "template"))

R("WST-003", "resident", """We are a family of six living at Rowan Cottage, Holloway Lane, and we already fill the black bin every week even with recycling everything we can. Two of the kids are still in nappies. A fortnightly collection means two weeks of nappies sitting in a bin in July. Absolutely not. And £52 a year for the brown bin when we already pay Band D council tax? Double tax.""",
  pii=[("house_name", "Rowan Cottage"), ("street", "Holloway Lane")],
  keep=[("July", "month"), ("Band D", "council tax band")])

R("WST-004", "resident", "no comment")

R("WST-005", "resident", ws(T[C]), camp=(C, "exact"))

R("WST-006", "resident", """Someone dumped a mattress, a fridge and about twenty bags of rubble in the lane behind Ivy Grove last month. White Transit van, reg LS19 ODX, I saw them do it and reported it. Nothing happened. If you bring in fortnightly bins and charge for garden waste this is going to get ten times worse. Sort out enforcement first.""",
  pii=[("vehicle_registration", "LS19 ODX")],
  keep=[("Ivy Grove", "street used as a location of an incident, not a home"), ("Transit", "van model")])

R("WST-007", "resident", """i work nights and the bin men come at 6.30am, half the time i miss them and then its another week. now it'll be another 2 weeks?? the street will be a tip. also foxes""")

R("WST-008", "resident", lower(T[C]), camp=(C, "exact"))

R("WST-009", "resident", """I am 86 and was born on 2 May 1938, I mention it only because I cannot drag a heavy bin down a steep drive and the "assisted collection" form on your website asks for a doctor's letter which my surgery charges £25 for. Please make assisted collections simpler. My neighbour Mr Baptiste takes my bin out for me but he is moving to Bristol in the spring.""",
  pii=[("date_of_birth", "2 May 1938"), ("person", "Baptiste")],
  keep=[("Bristol", "city name")])

R("WST-010", "resident", """Support the changes. Most councils went fortnightly years ago and the sky didn't fall in. Recycling rates went up. Kingsmere is about 15 years behind everyone else.""",
  keep=[("Kingsmere", "borough name")])

R("WST-011", "resident", """I strongly object to the introduction of a charge for garden waste collection. We already pay council tax for our bins to be emptied, and this charge is a double tax on households with gardens. My husband has Crohn's disease and a stoma, and we produce a lot of medical waste that cannot go in the recycling. A fortnightly collection is not acceptable for us. The council should keep weekly collections of general waste and scrap the garden waste charge. Please listen to residents.

Grace & Tomasz Wiśniewski
ls6 2qx""",
  pii=[("person", "Grace"), ("person", "Tomasz Wiśniewski"), ("postcode", "ls6 2qx")],
  keep=[("Crohn's disease", "medical condition")],
  camp=(C, "edited"))

R("WST-012", "resident", """The Cinderbank tip is closed on Tuesdays and Wednesdays now and you have to book a slot online. If you charge for the brown bin, people are going to take garden waste to the tip instead, and there won't be enough slots. Have you modelled that? Last spring the queue for the tip went back onto the main road most weekends. A lot of people will just give up and leave it in the lane.""",
  keep=[("Cinderbank", "tip location"), ("Tuesdays", "weekday"), ("Wednesdays", "weekday")])

R("WST-013", "resident", """Ich wohne in Kingsmere seit 2015 und ich finde die Idee nicht schlecht. Sorry, my English is not perfect so I write some in German. In Deutschland wir haben Biotonne, Gelber Sack, Papier, Restmüll - alles getrennt, und die Abholung ist alle zwei Wochen. Es funktioniert. But you must give people the right bins first. Die Stadt should give a food waste caddy to every house, then fortnightly is no problem.

Jürgen Müller""",
  pii=[("person", "Jürgen Müller")],
  keep=[("Ich", "German pronoun"), ("Kingsmere", "borough name"), ("Deutschland", "country, German"), ("Biotonne", "German noun"), ("Gelber Sack", "German noun"), ("Restmüll", "German noun"), ("Die Stadt", "German phrase"), ("2015", "year")])

R("WST-014", "organisation", """Response from Oakworth Green Allotment Society.

Our members collectively produce a great deal of green waste, most of which is composted on site. However, woody material and diseased plant matter (for example blight-affected potatoes) cannot be composted and currently goes in members' brown bins at home. A charge will lead to burning on plots, which the Society prohibits but cannot fully police. We would ask for a discounted or free community green waste collection for allotment sites.""",
  keep=[("Oakworth Green Allotment Society", "organisation")])

R("WST-015", "resident", nopunct(T[C]), camp=(C, "exact"))

R("WST-016", "resident", """Absolutely ridiculous. We pay nearly £2,000 a year council tax for what exactly? The roads are full of potholes, the library's closed, and now you want to empty the bins half as often and charge extra for the garden one. What do we actually get for our money? I'd like an itemised bill. And don't give me the line about "difficult financial decisions" - stop paying consultants for these surveys then. I've lived on Brackenfield Road for 31 years and the service has got worse every single year. It's a DOUBLE TAX and everyone knows it.""",
  pii=[("street", "Brackenfield Road")],
  keep=[("DOUBLE TAX", "all caps phrase")])

R("WST-017", "resident", "Fine with it.")

R("WST-018", "resident", """As a carer for my brother who has Huntington's, I deal with a lot of incontinence waste. We currently get the extra purple bag collection. Please confirm this will continue weekly even if the main bins go fortnightly. The consultation doesn't say. If you need to contact me my number is 0113 496 0742.""",
  pii=[("phone", "0113 496 0742")],
  keep=[("Huntington's", "medical condition")])

R("WST-019", "resident", """I strongly object to the introduction of a charge for garden waste collection. We already pay council tax for our bins to be emptied, and this charge is a double tax on households with gardens. The council should keep weekly collections of general waste, scrap the garden waste charge, and invest in making recycling easier instead.

I'd add that the bins on our estate are emptied by a crew that is clearly already stretched - if you go fortnightly, make sure the round is actually finished on the day.""",
  camp=(C, "edited"))

R("WST-020", "resident", """the willows, 3 sandpit lane - our brown bin was not emptied 4 times last summer and we never got a refund, so why would we pay £52 now for a service that doesnt turn up. sort the service out first then talk about charging""",
  pii=[("house_name", "the willows"), ("street", "3 sandpit lane")])

R("WST-021", "business", """We run a small garden maintenance business. Customers often ask us to put clippings in their brown bin. If they stop paying for the brown bin we will have to take it all to a licensed site at commercial rates, which we'll pass on. Not a complaint as such, just pointing out the cost doesn't disappear, it moves.""")

R("WST-022", "resident", """I think the changes are OK but you need to do something about the flats. We are in Flat 4B, Carlton Court and there are 24 flats sharing four big bins. They are overflowing by Thursday already. Fortnightly will be a disaster for blocks of flats. Please look at flats separately. Maybe bigger bins, or more of them, or a weekly collection for flats only. The managing agent says it's the council's problem and the council says it's the managing agent's.""",
  pii=[("flat", "Flat 4B, Carlton Court")],
  keep=[("Thursday", "weekday")])

R("WST-023", "resident", paras(T[C]), camp=(C, "exact"))

R("WST-024", "resident", """I agree with everything in the "double tax" letter going round Facebook, but I actually want to say something different. The real problem is the recycling. Half of what I put in the blue bin gets rejected because the rules keep changing. Can you please put a list ON THE LID of what goes in which bin. Then people will recycle and fortnightly will work.""",
  keep=[("Facebook", "platform"), ("ON THE LID", "all caps phrase")])

R("WST-025", "resident", """Our Jack Russell had a run-in with a rat last summer in the back alley and that was with weekly collections. Vermin are already a problem. Fortnightly will make it worse. No to fortnightly bins.""",
  keep=[("Jack Russell", "dog breed that looks like a name")])

R("WST-026", "resident", """I would pay the garden waste charge if it meant the bins were actually emptied on time. Start the charge from May to October only, when there's actually grass to cut, and make it cheaper. £52 for a whole year when you don't collect in December and January is a con. Also, let people share a bin with a neighbour and split the cost.""",
  keep=[("May", "month that is also a forename"), ("October", "month"), ("December", "month"), ("January", "month")])

R("WST-027", "resident", """I strongly object to the introduction of a charge for garden waste collection. We already pay council tax for our bins to be emptied, and this charge is a double tax on households with gardens.

I am a pensioner on a fixed income (NI number QQ 12 34 56 C, in case you want to check I get pension credit). £52 is a week's food shopping for me.

The council should keep weekly collections of general waste, scrap the garden waste charge, and invest in making recycling easier instead. Please listen to residents.

Yours, Eileen Mahoney, Hillcrest, Moor Top, LS28 7QJ, tel 0113-496-0915""",
  pii=[("ni_number", "QQ 12 34 56 C"), ("person", "Eileen Mahoney"), ("house_name", "Hillcrest"), ("street", "Moor Top"), ("postcode", "LS28 7QJ"), ("phone", "0113-496-0915")],
  camp=(C, "edited"))

R("WST-028", "resident", "")

R("WST-029", "resident", """Please keep weekly. Flies. Maggots. Smell. Every summer. Enough said. Photos on my page if anyone at the council wants to see them - facebook.com/tadhg.okeeffe.5 - Tadhg""",
  pii=[("social_handle", "facebook.com/tadhg.okeeffe.5"), ("person", "Tadhg")])

R("WST-030", "resident", """Q: Do you agree with moving to fortnightly collections? Keine Angabe.
Q: Do you agree with the garden waste charge? Nein. I have lived here 4 years and the garden bin is the best service you have. Sie können nicht everything charge extra.

Anke Schröder-Bell, Apartment 17, The Maltings""",
  pii=[("person", "Anke Schröder-Bell"), ("flat", "Apartment 17, The Maltings")],
  keep=[("Keine Angabe", "German for 'not stated'"), ("Nein", "German word"), ("Sie", "German pronoun")])

R("WST-031", "resident", """Every council that has gone fortnightly has had the same result: a short-term saving, a long-term increase in fly-tipping, and a lot of angry residents. I'd like to see Kingsmere Borough Council publish the evidence it's relying on.""",
  keep=[("Kingsmere Borough Council", "council name")])

R("WST-032", "resident", """Can you please pass this on to the bin crew on our round - Gaz and the lads are always cheerful and always put the bins back. Whatever you decide, don't cut the crews. That's all.""",
  pii=[("person", "Gaz")])

R("WST-033", "resident", """I strongly object to the garden waste charge, it's a double tax. But I actually support fortnightly collection of general waste, as long as the food waste caddies are collected weekly. My email is p.szymanska@example.net if you want to include me in any focus group.""",
  pii=[("email", "p.szymanska@example.net")])

R("WST-034", "councillor", """I am responding as ward member for Oakworth Green. Residents in my ward have overwhelmingly told me they oppose the garden waste charge. I also want to record my disappointment that the Cabinet Member for Environment, Cllr Sheila Hartigan, declined to hold a public meeting in the ward. Many of my residents are elderly and not online.""",
  pii=[("person", "Sheila Hartigan")],
  keep=[("Oakworth Green", "ward/village name"), ("Cabinet Member for Environment", "job title")])

R("WST-035", "resident", """calling it a double tax is a bit much tbh, nobody makes you have a garden. but the brown bin price should be means tested. my mum is on pension credit and has a massive garden she cant afford to pay someone to clear. £52 is a lot for her""")

R("WST-036", "resident", """I'm disabled (wheelchair user) and live alone at 27 Tanner's Row. I need an assisted collection. Currently the crew collects from my side gate. Will this continue if the frequency changes? Also, my garden is tiny - can I share a brown bin with the house next door (julie at no. 29) and split the charge? That would be fair.""",
  pii=[("street", "27 Tanner's Row"), ("person", "julie")])

R("WST-037", "resident", """Please consider the impact of the changes on Christmas and New Year. Last year with the Bank Holiday Monday our bins weren't emptied for nearly three weeks. With fortnightly that'd be a month.""",
  keep=[("Christmas", "holiday"), ("New Year", "holiday"), ("Bank Holiday Monday", "holiday/weekday")])

R("WST-038", "resident", """Agree with fortnightly bins. Disagree with charging for garden waste. People will just put grass cuttings in the black bin and that defeats the point. Or they'll burn it. Our neighbour already has bonfires every Sunday.""",
  keep=[("Sunday", "weekday")])

R("WST-039", "resident", """I strongly object to the garden waste charge and fortnightly collections. Families with young children in nappies will not cope. My daughter Amelia-Rose is 14 months old and we go through a bin bag of nappies every three days. We already pay council tax. Please listen to residents.

Text me on 07700900233 if you want to discuss.""",
  pii=[("person", "Amelia-Rose"), ("phone", "07700900233")])

R("WST-040", "resident", """Fortnightly bin collections work perfectly well in Wales and Scotland. Stop pandering to the moaners.""",
  keep=[("Wales", "country"), ("Scotland", "country")])

R("WST-041", "resident", """Right. Where do I start.

We moved to fortnightly recycling three years ago and we were told it would be "better for the environment". What actually happened is that the blue bin is full after a week, so the rest goes in the black bin, so the black bin is full, so the extra goes in bags next to the bin, and then the crew won't take side waste, so the bags sit there until the foxes get them. I've got photographs going back three years. Every fortnight. Like clockwork.

Now you want to do the same thing to general waste AND charge us for garden waste. We have a big garden because we bought a house with a big garden, at a price that reflected that, and paid stamp duty on it, and pay a higher council tax band for it. The garden waste charge is a double tax, I don't care how the council dresses it up.

And the consultation itself. The survey doesn't let you say "no" to both proposals - if you say no to fortnightly, the next question asks which day you'd prefer your fortnightly collection. That's not a consultation, it's a done deal with a questionnaire stuck on the end.

I've written to my councillor, Cllr Donovan Achterberg, three times and had one reply, which said he would "raise it with officers". I've written to the newspaper. I've been to the drop-in session at the library, where a very nice young man from the waste team told me he agreed with me but "it's above his pay grade".

What would I like? Weekly black bin. Weekly food waste. Fortnightly blue. Garden waste included in council tax as it always has been. And the crews to actually take the side waste instead of leaving it to rot.

Patrick Donnelly-Shaw
Brambles, 5 Meadow Croft""",
  pii=[("person", "Donovan Achterberg"), ("person", "Patrick Donnelly-Shaw"), ("house_name", "Brambles"), ("street", "5 Meadow Croft")],
  keep=[("AND", "all caps word")])
