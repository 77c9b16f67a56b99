from lib import R, ws, lower, nopunct, paras
from campaigns import T

C = "parking-first-hour-free"

R("PRK-001", "resident", """I live on Cowper Street, which is one of the streets in the proposed Zone C. At the moment I can never park within 200 metres of my own front door from 8am because commuters use it as a free car park for the station. A residents' permit scheme would be a godsend. £60 a year is reasonable. Please bring it in as soon as possible, and please include Saturdays because that's when the shoppers come.""",
  pii=[("street", "Cowper Street")],
  keep=[("Zone C", "permit zone name"), ("Saturdays", "weekday")])

R("PRK-002", "business", T[C], camp=(C, "template"))

R("PRK-003", "resident", """Charging for parking at the health centre car park is immoral. People don't go there for fun. My husband has dialysis three times a week. Please exempt the health centre.""")

R("PRK-004", "business", ws(T[C]), camp=(C, "exact"))

R("PRK-005", "resident", """£60 for a permit and then £30 for each visitor book?? My mum visits every day to help with my kids, she'd need a visitor permit every single day. That's hundreds a year. Can there be a carer permit? Her car is a red Fiesta SN70VXP if you need to know, she's 71 and not going to start getting the bus.""",
  pii=[("vehicle_registration", "SN70VXP")],
  keep=[("Fiesta", "car model")])

R("PRK-006", "visitor", "I visit Stanbridge for the market on a Thursday. If I have to pay I'll go to Banbury instead.",
  keep=[("Stanbridge", "town name"), ("Thursday", "weekday"), ("Banbury", "town name")])

R("PRK-007", "business", """As a local business owner, I am asking the council to keep the first hour of parking free in the town centre car parks. The high street is already struggling with empty shops, and shoppers will simply drive to the out-of-town retail park where parking is free.

We opened our bakery on Sheep Street in 2017 and this would be the final straw. Since Covid our takings are down a third. Customers pop in for a loaf and a coffee - they won't do that if they have to pay £1.50 and download an app.

Free short-stay parking keeps the town alive. Please think again.

Ravi Patel, The Crusty Cob
ravi.patel.bakery@example.com""",
  pii=[("person", "Ravi Patel"), ("email", "ravi.patel.bakery@example.com")],
  keep=[("Sheep Street", "business location"), ("2017", "year"), ("Covid", "disease name"), ("The Crusty Cob", "business name")],
  camp=(C, "edited"))

R("PRK-008", "resident", "N/A")

R("PRK-009", "resident", """Support the residents' permit scheme 100%. Oppose the charges in Abbey Walk car park. You can't have it both ways - if you push commuters out of the streets they have to park somewhere, and if Abbey Walk costs £6 a day they'll just go to the next street outside the zone. All that does is move the problem one street over. Look at the whole area, not just the town centre.""",
  keep=[("Abbey Walk", "car park name")])

R("PRK-010", "resident", """Dear Council,

I write about the proposed permit zone B. I have lived at 9 Paradise Row for 40 years, and I am 84. I no longer drive but my carer, Bernadette, comes four times a day in her own car. She cannot afford to pay for parking out of her wages and the agency will not cover it. If she cannot park, I cannot have care. Please make sure carers can park free.

Yours sincerely,
Dorothy Ashcombe
OX16 5AA""",
  pii=[("street", "9 Paradise Row"), ("person", "Bernadette"), ("person", "Dorothy Ashcombe"), ("postcode", "OX16 5AA")])

R("PRK-011", "business", lower(T[C]), camp=(C, "exact"))

R("PRK-012", "resident", """The pay machines in the Market Square take cards only. My dad is 80 and doesn't have a smartphone. Keep at least one cash machine in every car park. Even Sainsbury's car park lets you pay with coins.""",
  keep=[("Market Square", "place name"), ("Sainsbury's", "shop name")])

R("PRK-013", "business", """As a regular shopper rather than a business owner, I am asking the council to keep the first hour of parking free in the town centre car parks. The high street is already struggling with empty shops, and people like me will simply drive to Fairfield Retail Park where parking is free. The proposed charge of £1.50 an hour will drive footfall away from independent shops, cafés and market traders. Free short-stay parking keeps the town alive.""",
  keep=[("Fairfield Retail Park", "place name")],
  camp=(C, "edited"))

R("PRK-014", "resident", """I got a ticket on 14/02/2025 outside my own house because my permit had slipped off the dashboard. Car reg KY21 HNB. The appeal was refused. I'm not sure how adding more zones is going to help when the existing system can't handle a permit falling off a dashboard. Also the wardens are out at 7.55am on a Sunday.""",
  pii=[("vehicle_registration", "KY21 HNB")],
  keep=[("14/02/2025", "date of a parking ticket, not a birth date"), ("Sunday", "weekday")])

R("PRK-015", "organisation", """Stanbridge Chamber of Trade response

The Chamber surveyed its 94 members in January. Key findings:
- 81% oppose the removal of the free first hour
- 67% report falling footfall since 2019
- 12 members said they would consider relocating or closing
- Members support residents' permits in principle but not in the streets immediately adjoining the Market Square

We note that Marks & Spencer and John Lewis both closed their town-centre stores in the last five years, and in each case cited parking. We ask the council to commission an independent footfall study before proceeding.""",
  keep=[("Stanbridge Chamber of Trade", "organisation"), ("January", "month"), ("Marks & Spencer", "shop name"), ("John Lewis", "shop name that looks like a person"), ("Market Square", "place name")])

R("PRK-016", "resident", """dont care about the town centre, never go there anyway, nothing left. do care about the permits. we need them""")

R("PRK-017", "resident", """I'm a nurse at the Horton and work 12 hour shifts. I park on Oxford Road because the hospital car park is full before 7am. If Oxford Road becomes permit-only, where am I meant to go? NHS staff need an exemption or a park and ride that actually runs at 6.30am. We already pay to park at work when we can find a space. Taking away the last free on-street parking near the hospital will push staff to leave, and we're short as it is.""",
  keep=[("the Horton", "hospital name (short form)"), ("Oxford Road", "street where the respondent parks for work, not a home"), ("NHS", "organisation")])

R("PRK-018", "business", """As a local business owner I am asking the council to keep the first hour of parking free in the town centre car parks. The high street is already struggling with empty shops and shoppers will simply drive to the out-of-town retail park where parking is free. The proposed charge of £1.50 an hour will drive footfall away from independent shops cafés and market traders. I also ask that residents' permit zones are not extended into the streets around the Market Square as this will remove the short-stay spaces our customers rely on. Free short-stay parking keeps the town alive. Please think again""", camp=(C, "exact"))

R("PRK-019", "resident", """We are in Flat 3, 41 Chandos Terrace. Three flats, one parking space between us, and the street is the only other option. We all work shifts. Please make sure that flats get the same number of permits per household as houses - the draft says "maximum two permits per property" which would mean two permits between three flats.

Sean and Aoife Gallagher""",
  pii=[("flat", "Flat 3"), ("street", "41 Chandos Terrace"), ("person", "Sean"), ("person", "Aoife Gallagher")])

R("PRK-020", "resident", "STOP TAXING MOTORISTS",
  keep=[("STOP TAXING MOTORISTS", "all caps phrase")])

R("PRK-021", "resident", """I've got a Blue Badge. Will Blue Badge holders still park free and without time limit in the pay and display bays? The document says "Blue Badge concessions will be reviewed" which is worrying.""",
  keep=[("Blue Badge", "scheme name")])

R("PRK-022", "business", """As a local business owner, I am asking the council to keep the first hour of parking free. The high street is already struggling with empty shops, and shoppers will simply drive to the out-of-town retail park where parking is free. Our toy shop relies on families popping in on the way back from school. Last Christmas we had the Mr Men window and a Thomas the Tank Engine layout running and had queues out the door - those families parked for 40 minutes, not three hours. Charge for long stay, not short stay. Free short-stay parking keeps the town alive. Please think again.""",
  keep=[("Mr Men", "book characters"), ("Thomas the Tank Engine", "TV character"), ("Christmas", "holiday")],
  camp=(C, "edited"))

R("PRK-023", "resident", """why does the permit cost more for a second car. we have two cars because we both work and theres no bus after 7. its a tax on people who work. permits should go by household not by car. our cars are sf68kpl and yx15 abn if that matters for the survey""",
  pii=[("vehicle_registration", "sf68kpl"), ("vehicle_registration", "yx15 abn")])

R("PRK-024", "resident", """The consultation map is wrong. It shows St Mary's Church car park as council owned but it belongs to the church. If you put charges there, people attending funerals and weddings will be charged. Also the pedestrian route from the car park behind the Bull's Head to the High Street is unlit and needs sorting before you start charging people to use it.""",
  keep=[("St Mary's Church", "landmark"), ("the Bull's Head", "pub used as landmark"), ("High Street", "street used as direction")])

R("PRK-025", "resident", """I strongly support the residents' permits. Our road is used as a rat run and free car park. However the consultation should also include a 20mph limit. There was a near miss with a child outside number 14 last month - a silver BMW doing at least 40. I got most of the plate: it began YD68. Nothing was done.""",
  keep=[("20mph", "speed limit"), ("BMW", "car make")])

R("PRK-026", "resident", """Ik woon... sorry, wrong language! I'm Dutch. I live in Stanbridge and cycle everywhere. Please use the parking money for safe cycle lanes, especially on the A361 and the Warwick Road roundabout.""",
  keep=[("Stanbridge", "town name"), ("A361", "road number"), ("Warwick Road", "road used as a direction")])

R("PRK-027", "councillor", """I am responding as one of the members for Central Ward. I wish to put on record my support for a residents' permit scheme in Zone A, which has been requested by residents for over a decade. I would also note that the Mayor, Cllr Tony Ferreira, has publicly promised traders that the free first hour will be protected, and I would ask officers to clarify whether the proposal is consistent with that promise.

Cllr Bernard Okoro""",
  pii=[("person", "Tony Ferreira"), ("person", "Bernard Okoro")],
  keep=[("Central Ward", "ward name"), ("Zone A", "permit zone"), ("the Mayor", "role, not a name")])

R("PRK-028", "resident", "")

R("PRK-029", "business", """As a market trader (fruit and veg, 26 years) I am asking the council to keep the first hour free. The high street is already struggling with empty shops, and shoppers will simply drive to the out-of-town retail park where parking is free. The proposed charge of £1.50 an hour will drive footfall away from independent shops, cafés and market traders. My customers are mostly elderly and come in for an hour, twice a week. They won't pay. Free short-stay parking keeps the town alive. Please think again. You can reach me on 07700 900612 during the week.""",
  pii=[("phone", "07700 900612")],
  camp=(C, "edited"))

R("PRK-030", "resident", """Not sure why there are two separate questions about the permit price and the zone boundary when they're clearly linked. I'd support the zones if the permit were £30 not £60.""")

R("PRK-031", "resident", """I'm a wheelchair user and I drive an adapted van (reg P472 GTR). It's too tall for the multi-storey and the disabled bays in Sheep Street are always full of people who don't have badges. Enforcement is the problem, not the charges. If you enforce, I'm happy to pay.""",
  pii=[("vehicle_registration", "P472 GTR")],
  keep=[("Sheep Street", "street used as a location")])

R("PRK-032", "resident", """Please see my thread on X about this (@marek_jasinski) - I've mapped every space in the proposed Zone B and there are 212 spaces for 340 households. The numbers don't work. You are going to sell more permits than there are spaces.""",
  pii=[("social_handle", "@marek_jasinski")],
  keep=[("X", "platform name"), ("Zone B", "permit zone")])

R("PRK-033", "resident", """Object to the charges. I come into town to go to the bank (while there still is one), the library, the chemist and the butcher's. That takes more than an hour. £3 every time, twice a week, is £300 a year. I'm a pensioner. I'll have to shop online and then the shops will close. Keeps the town alive, my foot.""")

R("PRK-034", "resident", """PLEASE introduce permits on Harcourt Road. We live at number 22. There are cars parked across our drive several times a week and on match days it's impossible. Contact me on (01632) 960 118 - Mrs Y. Ibrahim""",
  pii=[("street", "Harcourt Road"), ("phone", "(01632) 960 118"), ("person", "Y. Ibrahim")],
  keep=[("PLEASE", "all caps word")])

R("PRK-035", "resident", "Agree with all proposals.")

R("PRK-036", "resident", """Can we have some joined-up thinking please. You consulted on closing the Park and Ride in 2022, you're now consulting on charging in the town centre, and the bus from my village (the 488) was cut to two a day in April. What exactly do you want people to do? Walk 9 miles? I don't object to paying something for parking. I object to being given no alternative and then charged for not having one.""",
  keep=[("Park and Ride", "service name"), ("the 488", "bus route"), ("April", "month"), ("2022", "year")])

R("PRK-037", "resident", """I work at the Co-op on Bridge Street on minimum wage. We already pay £4 a day to park. Staff in the town centre need a cheaper workers' permit. The council is making it more expensive to go to work. A lot of us are part-time on four-hour shifts, so an all-day rate is no good either. A cheap part-day rate for workers would help.""",
  keep=[("Co-op", "shop name"), ("Bridge Street", "workplace street")])

R("PRK-038", "resident", """The problem with the current arrangements:
- people park on the pavement on Lime Kiln Way so you can't get a pram or wheelchair through
- there's no enforcement after 6pm
- the residents of the new flats were promised parking and didn't get it

My suggestions:
- permits, yes, but enforced
- double yellows on the bend
- a bus that runs in the evening

thanks, ali (ox16 4rz)""",
  pii=[("person", "ali"), ("postcode", "ox16 4rz")],
  keep=[("Lime Kiln Way", "street named as a problem location")])

R("PRK-039", "business", """I run the florist on the corner of Market Square and I've been in this town for nineteen years. I'm not part of any campaign and I'm writing this myself at 11pm after closing up.

I actually support some of what the council is proposing. Residents on the streets off the square have had a terrible time with all-day parking and they deserve permits. I'd support that.

But the charges are a different matter. My customers come in, choose something, often wait while I make it up. Fifteen minutes, twenty maybe. Funerals are a big part of my trade and those customers are often elderly and often upset. I do not want to be telling a bereaved widow that she needs to download an app and pay £1.50 for twenty minutes to collect a wreath for her husband. I really don't.

What I'd suggest:
- 30 minutes free in the Market Square bays, with a no-return-within-two-hours rule, properly enforced
- charges in the long-stay car parks, which are mostly used by commuters anyway
- keep cash payment
- a loading bay for traders outside the old bank

If the council wants to raise money from parking, take it from the people parking all day, not from the people keeping the high street going for twenty minutes at a time.""",
  keep=[("Market Square", "place name")])
