from lib import R, ws, lower, nopunct, paras, upper_first_para
from campaigns import T

C = "leisure-save-riverside-pool"

R("LEI-001", "individual", """Absolutely gutted. I have swum at Riverside every morning for 22 years. It's not just a pool, it's where I see people. Since my wife died it is the only reason I get out of the house some days. If it closes I honestly don't know what I'll do. I know the building is old. Fix it, or build a smaller pool, but don't leave the town with nothing. Once it's gone it's gone, nobody ever builds a new public pool.""",
  keep=[("Riverside", "leisure centre name")])

R("LEI-002", "individual", T[C], camp=(C, "template"))

R("LEI-003", "employee", """I'm Hodan Warsame and I teach the Stage 1 to 7 lessons on Saturday mornings and the school sessions on weekdays. Between us the three swimming teachers get roughly 900 children through lessons every term. Many of those children are from families where the parents can't swim - that's a safety issue, not a luxury. Victoria Baths in Aldermoor is already full and has a waiting list of 14 months for lessons. Please don't do this.""",
  pii=[("person", "Hodan Warsame")],
  keep=[("Saturday", "weekday"), ("Victoria Baths", "pool name that contains a forename"), ("Aldermoor", "town name")])

R("LEI-004", "individual", "Close it. It's a money pit and the changing rooms are disgusting.")

R("LEI-005", "individual", ws(T[C]), camp=(C, "exact"))

R("LEI-006", "service user", """I had a knee replacement last year and the physio at Wexcombe General sent me to the warm water sessions at Riverside as part of my rehab. It has made a massive difference, I am walking without a stick now. The hospital physio pool closed in 2021 so there is nowhere else. If you want to check, my hospital number is WG4471203 and my physio's notes will say the same. Don't close the pool, it will just send more people back to the GP.""",
  pii=[("hospital_number", "WG4471203")],
  keep=[("Wexcombe General", "hospital name"), ("Riverside", "leisure centre name"), ("2021", "year")])

R("LEI-007", "young person", """i go swimming club 3 times a week and we compete at county level. if riverside shuts we have to train at 6am in aldermoor and my mum cant drive me there. its the only thing i'm actually good at""",
  keep=[("riverside", "leisure centre, lower-case"), ("aldermoor", "town name, lower-case")])

R("LEI-008", "individual", lower(T[C]), camp=(C, "exact"))

R("LEI-009", "unpaid carer", """My husband Desmond has Parkinson's and the only exercise he can still do safely is in the water. The Parkinson's UK group meets at Riverside on Thursday afternoons, and there are eight or nine regulars. His consultant has written that hydrotherapy is part of his treatment plan. I am happy to give his NHS number (999 526 0182) if that helps the council understand this is a medical need, not a hobby. We don't drive any more and the bus to Aldermoor takes 50 minutes with a change at the Interchange.

Marcia Campbell""",
  pii=[("person", "Desmond"), ("nhs_number", "999 526 0182"), ("person", "Marcia Campbell")],
  keep=[("Parkinson's", "medical condition"), ("Parkinson's UK", "charity"), ("Thursday", "weekday"), ("Aldermoor", "town name"), ("the Interchange", "bus station used as a direction")])

R("LEI-010", "individual", """The consultation document says the centre costs £640,000 a year to run but the income figures aren't shown. How much does it bring in? Without that this is not a real consultation. Also, what's happening to the site? If it's going to be sold for flats then say so. People will be a lot angrier if they find out afterwards. And if the council is relying on the condition survey, publish the whole thing, not a two-page summary.""")

R("LEI-011", "individual", """Please do not close Riverside Leisure Centre and pool. It is the only public swimming pool in the town. Hundreds of children learn to swim there every year, and the school swimming lessons that every primary pupil is entitled to cannot happen without it.

My daughter's school, Wexcombe St Mary's C of E Primary, walks the Year 4s down to Riverside every Wednesday. If it closes they'd need a coach to Aldermoor and the school says it can't afford that. So she simply won't learn to swim at school.

I urge the council to explore a community asset transfer, a leisure trust or a phased refurbishment. Save our pool.""",
  pii=[("school", "Wexcombe St Mary's C of E Primary")],
  keep=[("Riverside Leisure Centre", "facility name"), ("Wednesday", "weekday"), ("Aldermoor", "town name")],
  camp=(C, "edited"))

R("LEI-012", "individual", """Riverside is where I learned to swim, where my kids learned to swim and where I taught my granddaughter last summer. I run an Instagram account (@wexcombe_mermaid) posting the sunrise from the top windows of the pool hall because it is honestly the nicest view in town. 4,000 people follow it. That should tell you something about how people feel. Kerry-Ann x""",
  pii=[("social_handle", "@wexcombe_mermaid"), ("person", "Kerry-Ann")],
  keep=[("Riverside", "leisure centre name"), ("Instagram", "platform")])

R("LEI-013", "individual", "Save our pool!!!!")

R("LEI-014", "organisation", """Response from Wexcombe Amateur Swimming Club

1. The club has 212 members, 160 of whom are under 18.
2. We hire the pool for 11 hours a week and paid £38,400 in hire fees last year.
3. There is no other 25m pool within the district.
4. Swim England guidance is that clubs need access within 30 minutes' travel.
5. We would be willing to take part in a community asset transfer or trust model and have already spoken to two other clubs that have done this.

We request a meeting with the Head of Leisure and Culture before the report goes to Cabinet.""",
  keep=[("Wexcombe Amateur Swimming Club", "organisation"), ("Swim England", "organisation"), ("Head of Leisure and Culture", "job title"), ("Cabinet", "council body")])

R("LEI-015", "individual", """I take my 2 year old to the toddler splash session. They play the Peppa Pig song and Mr Tumble on the speakers and she absolutely loves it. Where else are we meant to go? Soft play at Aldermoor costs £8.50 and it's full of germs. Please keep it open.""",
  keep=[("Peppa Pig", "TV character"), ("Mr Tumble", "TV character"), ("Aldermoor", "town name")])

R("LEI-016", "individual", nopunct(T[C]), camp=(C, "exact"))

R("LEI-017", "individual", """The council keeps saying it has no money but found £2 million for the new roundabout on the A4059. Priorities!!!""",
  keep=[("A4059", "road number")])

R("LEI-018", "business", """I own a café on Mill Street opposite the centre. About a third of my weekday trade is parents waiting for swimming lessons and people coming out of the gym. If the centre closes I will probably have to let two staff go. Please consider the knock-on effect on the businesses around it. The chip shop, the newsagent and the hairdresser on the corner all say the same. We're not asking for a handout, just a bit of joined-up thinking.""",
  keep=[("Mill Street", "business location, not a home address")])

R("LEI-019", "individual", """I use the gym not the pool. Gym equipment is ancient and half of it is broken. I would pay more if it was fixed. Honestly if you're going to close the pool at least keep the gym and the sports hall open, they don't cost anything like as much to heat. Five-a-side on a weeknight is packed every week and the badminton courts are booked solid.""")

R("LEI-020", "service user", """I have MS and use the hoist to get in the pool. There is no other pool with a hoist in the district, I rang round. Swimming is the only exercise where I am not in pain. Close this and you are taking away my independence. The equality impact assessment does not even mention disabled users, it just says "no significant impact". I would like to know who wrote that.""",
  keep=[("MS", "medical condition abbreviation")])

R("LEI-021", "individual", """We live on Osier Close, right behind the centre. I'm not against the pool closing as such but I am very worried about what happens to the site. The council sold the old library site to a developer and it sat empty for six years with kids breaking in. If it closes, please commit to a plan for the land before closing it, not after.""",
  pii=[("street", "Osier Close")])

R("LEI-022", "individual", """I am 81. I swim on a Tuesday and a Friday at the over 60s session. It costs me £2.10 and I get a cup of tea after with the ladies. That is my week. Please leave us alone.""",
  keep=[("Tuesday", "weekday"), ("Friday", "weekday")])

R("LEI-023", "individual", upper_first_para(T[C]), camp=(C, "exact"))

R("LEI-024", "individual", """Pls don't close it!! I live in Flat 12, Mallard House on Wharf Road and I can see it from my window, it's the only thing open round here after 6pm apart from the Greggs and the bookies. Teenagers need somewhere to go. When they shut the youth club the anti-social behaviour went through the roof.""",
  pii=[("flat", "Flat 12, Mallard House"), ("street", "Wharf Road")],
  keep=[("Greggs", "shop name")])

R("LEI-025", "individual", """Please do not close Riverside Leisure Centre and pool. It is the only public swimming pool in the town and the nearest alternative is over forty minutes away by bus. Older people use the aqua aerobics and the warm water sessions to stay mobile and independent. I swim with my friend Wiesława Zając every Tuesday and we have done for nine years since she moved here from Kraków. Neither of us drives. Closing it will cost the NHS and the council more in the long run. Save our pool.""",
  pii=[("person", "Wiesława Zając")],
  keep=[("Riverside Leisure Centre", "facility name"), ("Tuesday", "weekday"), ("Kraków", "city name"), ("NHS", "organisation")],
  camp=(C, "edited"))

R("LEI-026", "individual", "N/A")

R("LEI-027", "individual", """To whom it may concern,

I wish to register my strong objection to the closure. I am a retired structural engineer and I have read the condition survey summary. It does not support the conclusion that the building is beyond economic repair: the main issues are the roof coverings and the plant, both of which are routine replacements. I would be happy to discuss this with an officer. I can be contacted on +44 20 7946 0831.

Regards,
Chukwuemeka Obi CEng MICE""",
  pii=[("phone", "+44 20 7946 0831"), ("person", "Chukwuemeka Obi")],
  keep=[("CEng MICE", "professional letters")])

R("LEI-028", "individual", """The centre has been run down on purpose so it can be closed. The sauna has been "temporarily closed" since 2022, the cafe was shut, the opening hours were cut. Then you say usage has fallen. Of course it has! This is a classic managed decline. I've seen it happen with the library and the museum and now it's the pool. Invest in it properly for five years and then see if usage has fallen.""",
  keep=[("2022", "year")])

R("LEI-029", "councillor", """I have been asked by a number of residents in my ward to submit their concerns. I would also note that the Cabinet Member for Leisure, Cllr Lewis Mbeki, committed in the administration's manifesto to "protect every leisure facility in the district". Residents are entitled to ask what has changed. I would support a leisure trust model.

Cllr Annette Fairclough-Davies, Riverside Ward""",
  pii=[("person", "Lewis Mbeki"), ("person", "Annette Fairclough-Davies")],
  keep=[("Cabinet Member for Leisure", "job title"), ("Riverside Ward", "ward name")])

R("LEI-030", "individual", """Please do not close Riverside Leisure Centre and pool. It is the only public swimming pool in the town and the nearest alternative is over forty minutes away by bus. Hundreds of children learn to swim there every year. The building needs investment, not demolition. I urge the council to publish the full condition survey so residents can see the real figures. Save our pool.

Sent from my iPhone""",
  keep=[("iPhone", "product name")],
  camp=(C, "edited"))

R("LEI-031", "individual", """me and my nan (pauline) go to aquafit on a monday. shes 74 and its the only exercise she does. shes already lost her day centre. whats next""",
  pii=[("person", "pauline")],
  keep=[("monday", "weekday, lower-case")])

R("LEI-032", "individual", """Support closure if, and only if, the money saved goes into the new pool at Aldermoor and there's a free shuttle bus. Otherwise no.""",
  keep=[("Aldermoor", "town name")])

R("LEI-033", "individual", T[C], camp=(C, "exact"))

R("LEI-034", "individual", """This is my response.

I'm a single mum of three. My eldest has ADHD and swimming is the one thing that calms him down. Swimming lessons at Riverside are £5.40 a session with the leisure card. If we have to go to Aldermoor that's £6.80 bus fare on top for the four of us, plus two hours of our Saturday. I simply can't. He will stop swimming.

I know the council has to save money. But close the pool and you'll be paying for it in CAMHS referrals and youth offending. It's false economy.

You can contact me at sade.akinola@example.org if you want to hear more, I'm happy to help with any trust or community group.""",
  pii=[("email", "sade.akinola@example.org")],
  keep=[("ADHD", "medical condition acronym"), ("Aldermoor", "town name"), ("Saturday", "weekday"), ("CAMHS", "NHS service acronym")])

R("LEI-035", "individual", """Please do not close Riverside. My grandson learned to swim there and so did I, in 1969, when it first opened! Older people use the aqua aerobics to stay mobile and independent. The building needs investment, not demolition. Thank you, the Local MP Rebecca Thorne-Ashdown has also promised to fight this so I hope the council listens.""",
  pii=[("person", "Rebecca Thorne-Ashdown")],
  keep=[("Riverside", "leisure centre name"), ("1969", "year, not a birth date"), ("MP", "title")])

R("LEI-036", "individual", """Whats the point of consulting when its already been decided. Total waste of time.""")

R("LEI-037", "individual", """If the pool has to close then the least the council can do is:
* keep the learner pool open as a separate facility
* subsidise bus travel to Victoria Baths for under-16s and over-65s
* keep the school swimming programme going with coaches
* publish the savings figure every year so we can see it actually saved something

My children are called Mei and Jun and they are 7 and 10, both in the Dolphins group. Lessons are the highlight of their week.

Li Na Chen, 18 Heronsgate Crescent""",
  pii=[("person", "Mei"), ("person", "Jun"), ("person", "Li Na Chen"), ("street", "18 Heronsgate Crescent")],
  keep=[("Victoria Baths", "pool name that contains a forename"), ("Dolphins", "swimming group name")])

R("LEI-038", "individual", """Save Riverside pool. My mum has Alzheimer's and she was a swimmer all her life. The dementia-friendly swim on a Wednesday afternoon is one of the only times she's calm and happy now. The staff are amazing with her. I don't know where else we'd go. Swimming is one of the few things she still remembers how to do. She doesn't always know who I am but she knows how to do breaststroke.""",
  keep=[("Riverside", "leisure centre name"), ("Alzheimer's", "medical condition"), ("Wednesday", "weekday")])

R("LEI-039", "individual", """Please do not close Riverside Leisure Centre and pool. It is the only public swimming pool in the town and the nearest alternative is over forty minutes away by bus. It is a lifeline for people recovering from illness. I had cancer treatment in 2023 and the Macmillan swimming sessions got me back on my feet. Closing it will cost the NHS and the council more in the long run. The building needs investment, not demolition. I urge the council to explore a leisure trust.

Jane""",
  pii=[("person", "Jane")],
  keep=[("Riverside Leisure Centre", "facility name"), ("2023", "year"), ("Macmillan", "charity name that is also a surname"), ("NHS", "organisation")],
  camp=(C, "edited"))

R("LEI-040", "individual", """Long post, sorry.

I've been on the leisure centre users' group for nine years. I want to correct some of the figures in the consultation, because I think the council has presented them in a way that makes closure look inevitable.

1. "Usage has fallen by 31% since 2019." True, but the centre was closed for five months in 2020 and for another four in 2021 for Covid, and then the sauna, steam room and café were closed and the opening hours cut from 84 to 61 a week. If you cut opening hours by a quarter, of course usage falls. Per opening hour, usage is almost back to 2019 levels.

2. "Repairs of £4.2 million are needed." That is the figure for a full refurbishment, including a new reception, new changing village and a climbing wall that nobody asked for. The condition survey itself says the essential work - roof, boilers, pool filtration - comes to about £1.1 million over five years.

3. "The nearest alternative is 8 miles away." By car. By bus it's the 23 to the Interchange and then the 40 to Aldermoor, about 50 minutes each way and £6.80 return. For a family of four that's £27 before they've even paid to swim.

4. "The site could generate a capital receipt." The site is in the flood zone. I doubt any developer will pay much for it, and the council knows this because it tried to sell the depot next door in 2016 and nobody bid.

I'm not saying the centre doesn't have problems. It does. But the council should compare like with like and publish the full figures, not a summary designed to lead to one answer. The users' group has asked for the full survey three times under Freedom of Information and been refused on grounds of "commercial sensitivity".

Give us the figures and let residents make up their own minds.""",
  keep=[("2019", "year"), ("2020", "year"), ("Covid", "disease"), ("the 23", "bus route"), ("the Interchange", "bus station"), ("the 40", "bus route"), ("Aldermoor", "town name"), ("Freedom of Information", "legislation")])
