from lib import R, ws, lower, nopunct, paras
from campaigns import T

C = "parks-rangers-not-permits"

R("PKS-001", "resident", """I've lived in Balloch for 40 years and the summer weekends are now unbearable. Cars parked on the verges all the way up the A82, people toileting in gardens, barbecues on the beach at Milarrochy Bay. I support the camping zones and I'd extend them. The Park Authority needs teeth. And it needs to put toilets where people actually go, because at the moment the only toilets open in the evening are in the shopping centre.""",
  keep=[("Balloch", "town name"), ("A82", "road number"), ("Milarrochy Bay", "place name"), ("Park Authority", "organisation")])

R("PKS-002", "visitor", T[C], camp=(C, "template"))

R("PKS-003", "community council", """Response from Strathfillan Community Council

We welcome much of the draft plan, in particular the commitment to affordable housing in Tyndrum and Crianlarich. However:

a) The plan says very little about the A82 upgrade between Tarbet and Inverarnan, which is the single biggest issue for our community. Lorries and coaches regularly meet on the narrow sections at Pulpit Rock.
b) Public toilets at Tyndrum Lower station were closed in 2020 and never reopened. West Highland Way walkers now use the woods.
c) The plan should support the reopening of the Crianlarich-Killin bus.
d) We ask that the Gaelic name Srath Fhaolain be used alongside Strathfillan in park signage.

We would be happy to meet Park Authority officers in the village hall.""",
  keep=[("Strathfillan Community Council", "organisation"), ("Tyndrum", "village name"), ("Crianlarich", "village name"), ("Tarbet", "village name"), ("Inverarnan", "place name"), ("Pulpit Rock", "landmark"), ("Tyndrum Lower", "station name"), ("West Highland Way", "long distance route"), ("Killin", "village name"), ("Srath Fhaolain", "Gaelic place name"), ("Strathfillan", "place name")])

R("PKS-004", "visitor", "Leave it as it is. It's fine.")

R("PKS-005", "visitor", ws(T[C]), camp=(C, "exact"))

R("PKS-006", "resident", """Ich wohne in Callander seit 2018, ursprünglich aus Freiburg. Sorry for the mix - my English writing is slower than my German!

Ich finde den Plan gut, aber: die Busverbindung nach Stirling ist schlecht. Without a car you cannot live here. Bitte mehr Busse, besonders am Sonntag.

Zum Thema Camping: Keine Angabe. I don't camp so I don't have an opinion.

Katrin Weber, Tigh na Mara, Leny Road""",
  pii=[("person", "Katrin Weber"), ("house_name", "Tigh na Mara"), ("street", "Leny Road")],
  keep=[("Ich wohne in Callander", "German sentence with a place"), ("Freiburg", "city"), ("Stirling", "town name"), ("Bitte", "German word"), ("Sonntag", "German weekday"), ("Keine Angabe", "German for 'not stated'")])

R("PKS-007", "visitor", """more rangers not more rules. the rangers at rowardennan are great. the permit system is a joke, i booked one last year and nobody checked it. its just a money grab""",
  keep=[("rowardennan", "place name, lower-case")])

R("PKS-008", "landowner", """We farm 1,100 acres on the east side of Loch Lomond, including ground at Sallochy and above Cashel. We fully support responsible access but we have lost 14 ewes to dog attacks in the last three seasons, and we have had two fires on the hill. The plan's section on "visitor management" does not mention livestock at all. We would ask for:

- seasonal dog-on-lead signage on all access points between Balmaha and Rowardennan during lambing (March to May)
- a named ranger contact for land managers
- funding for stock fencing where paths cross grazing

We are not asking for access to be restricted. We are asking for the plan to recognise that this is a working landscape.""",
  keep=[("Loch Lomond", "loch name"), ("Sallochy", "place name"), ("Cashel", "place name"), ("Balmaha", "village name"), ("Rowardennan", "place name"), ("March", "month"), ("May", "month that is also a forename")])

R("PKS-009", "resident", """I'm writing about parking at Ben A'an and Ben Ledi. Every good weekend the car parks are full by 8am and people park on the A821 through the Duke's Pass, which is dangerous. I'd support a charge at the trailhead car parks if the money goes to a bus from Callander. Please also sort out the verge at Loch Achray.""",
  keep=[("Ben A'an", "mountain name that looks like a person"), ("Ben Ledi", "mountain name that looks like a person"), ("A821", "road number"), ("Duke's Pass", "road/landmark"), ("Callander", "town name"), ("Loch Achray", "loch name")])

R("PKS-010", "visitor", """N/A""")

R("PKS-011", "resident", """I oppose the proposal to extend the seasonal camping management zones to the east shore of Loch Lomond and the north shore of Loch Venachar. The Land Reform (Scotland) Act 2003 gives everyone a right of responsible access, and wild camping is part of Scotland's outdoor heritage.

I've been camping at Loch Venachar since I was a boy with my dad, and I now take my own kids. We take everything home, every time. Please don't punish families like mine for the behaviour of a few. More rangers, more bins, better enforcement.

Iain MacIntyre
Flat 2/1, 14 Dunearn Street, Glasgow g20 6qt
07700 900 726""",
  pii=[("person", "Iain MacIntyre"), ("flat", "Flat 2/1"), ("street", "14 Dunearn Street"), ("postcode", "g20 6qt"), ("phone", "07700 900 726")],
  keep=[("Loch Lomond", "loch name"), ("Loch Venachar", "loch name"), ("Land Reform (Scotland) Act 2003", "legislation"), ("Glasgow", "city")],
  camp=(C, "edited"))

R("PKS-012", "organisation", """Response from Mountaineering Scotland (summary)

Mountaineering Scotland represents over 18,000 members. We support the plan's aims on nature restoration and peatland, and the commitment to path maintenance on Ben Lomond, Ben More and Ben Vorlich, which are among the most heavily used hills in the country.

We oppose any extension of the camping management zones. The Scottish Outdoor Access Code already provides a framework. Enforcement of existing litter and fire legislation, with Police Scotland, is the right approach.

We encourage the Park to work with Forestry and Land Scotland and NatureScot on a single approach to visitor infrastructure.""",
  keep=[("Mountaineering Scotland", "organisation"), ("Ben Lomond", "mountain name"), ("Ben More", "mountain name"), ("Ben Vorlich", "mountain name"), ("Scottish Outdoor Access Code", "code name"), ("Police Scotland", "organisation"), ("Forestry and Land Scotland", "organisation"), ("NatureScot", "organisation")])

R("PKS-013", "business", """We run a small B&B in Killin. The plan is good on tourism but says nothing about staff housing. We can't get staff because there's nowhere for them to live - every cottage in the village is a holiday let. The plan should limit new short-term lets in the Park. Skye and Edinburgh have brought in control areas. If the Park has the powers, it should use them.""",
  keep=[("Killin", "village name"), ("B&B", "business type"), ("Skye", "island name"), ("Edinburgh", "city")])

R("PKS-014", "visitor", """I am a wheelchair user and there are almost no accessible paths in the Park. The path at Loch Katrine is brilliant and the boardwalk at Balloch Castle is OK but that is about it. Please put accessible routes in the plan with actual targets, and accessible toilets that are open in winter. Most disabled people I know have given up on the Park. It shouldn't be like that. It's supposed to be for everyone.""",
  keep=[("Loch Katrine", "loch name"), ("Balloch Castle", "landmark")])

R("PKS-015", "resident", """As a Gaelic speaker I'd like to see more Gaelic in the Park. The old names are being lost. Loch Laomainn, Beinn Laomainn, Srath Dubh-uisge - these should be on the signs. The Park could work with Bòrd na Gàidhlig on this. Children at the Gaelic medium units in the area would love to be involved in a naming project. Mòran taing.""",
  keep=[("Loch Laomainn", "Gaelic place name"), ("Beinn Laomainn", "Gaelic mountain name"), ("Srath Dubh-uisge", "Gaelic place name"), ("Bòrd na Gàidhlig", "organisation"), ("Mòran taing", "Gaelic phrase (many thanks)")])

R("PKS-016", "visitor", """Came up from Manchester in our camper last August and got moved on by a ranger at 11pm from a lay-by at Loch Lubnaig even though we were doing no harm. Van is a white VW, reg SK19 XZT, if you want to check your records. The ranger was rude. We won't be back. Motorhome users spend money in local shops and you're treating us like criminals.""",
  pii=[("vehicle_registration", "SK19 XZT")],
  keep=[("Manchester", "city"), ("August", "month"), ("Loch Lubnaig", "loch name"), ("VW", "car make")])

R("PKS-017", "resident", """Our MSP, Fiona Kerr-Lindsay, has called for the Park Authority to be scrapped. I disagree with her. The Park has done a lot of good work on invasive species and woodland. But it needs to listen to people who live here. This plan was written in Balloch by people who go home to Glasgow at five o'clock.""",
  pii=[("person", "Fiona Kerr-Lindsay")],
  keep=[("MSP", "title"), ("Park Authority", "organisation"), ("Balloch", "town name"), ("Glasgow", "city")])

R("PKS-018", "visitor", "no comment")

R("PKS-019", "individual", """I suffered a serious ankle fracture on Conic Hill in October and had to be stretchered off by the Lomond Mountain Rescue Team. The path on the descent to Balmaha is badly eroded and there's no warning sign. I was in the Queen Elizabeth for four days. My CHI is 1403521239 if anyone from NHS Greater Glasgow and Clyde needs to verify. Please put path repair on Conic Hill at the top of the list.""",
  pii=[("nhs_number", "1403521239")],
  keep=[("Conic Hill", "hill name"), ("October", "month"), ("Lomond Mountain Rescue Team", "organisation"), ("Balmaha", "village name"), ("the Queen Elizabeth", "hospital name (looks like a person)"), ("NHS Greater Glasgow and Clyde", "health board")])

R("PKS-020", "resident", """The Park should make it easier to build homes for local families. My daughter and her partner both work in Aberfoyle and cannot find anywhere to live. They're in a caravan.""",
  keep=[("Aberfoyle", "village name")])

R("PKS-021", "visitor", """i cycle the loch lomond and trossachs loop every summer. road surface on the B829 from aberfoyle to inversnaid is shocking. potholes you could lose a wheel in. please fix""",
  keep=[("loch lomond", "loch name, lower-case"), ("trossachs", "area name, lower-case"), ("B829", "road number"), ("aberfoyle", "village name, lower-case"), ("inversnaid", "place name, lower-case")])

R("PKS-022", "visitor", """Ich wohne in München und komme seit zwanzig Jahren jedes Jahr nach Schottland zum Wandern. Die Landschaft ist wunderschön. Two comments in English so you can understand: 1) The West Highland Way is getting too crowded at Rowchoish bothy; 2) Please keep wild camping free. Es ist ein Teil der Kultur.

Stefan Hoffmann
Ahornweg 12, 82131 Gauting
stefan.hoffmann@example.de""",
  pii=[("person", "Stefan Hoffmann"), ("street", "Ahornweg 12"), ("postcode", "82131"), ("email", "stefan.hoffmann@example.de")],
  keep=[("Ich wohne in München", "German sentence with a place"), ("Schottland", "German for Scotland"), ("Die Landschaft", "German phrase"), ("West Highland Way", "long distance route"), ("Rowchoish", "bothy/place name"), ("Gauting", "town name")])

R("PKS-023", "resident", """More rangers not more permits. That's it, that's my response.""")

R("PKS-024", "business", """I run a watersports hire business at Loch Earn. Jet skis are an absolute menace and the Park must bring in a byelaw to control powered craft on Loch Earn like it has on Loch Lomond. Last summer a jet ski nearly hit a paddleboarder off St Fillans. I've got footage. You can reach me on 0131 496 0572 or at hello.lochearnpaddle@example.co.uk - actually better to use my own one, eilidh.macrae@example.com.

Eilidh MacRae""",
  pii=[("phone", "0131 496 0572"), ("email", "eilidh.macrae@example.com"), ("person", "Eilidh MacRae")],
  keep=[("Loch Earn", "loch name"), ("Loch Lomond", "loch name"), ("St Fillans", "village name (saint's name)"), ("hello.lochearnpaddle@example.co.uk", "business email, not personal")])

R("PKS-025", "visitor", """Dear sirs,

I write as a walker of some fifty years' experience in these hills. The Cobbler (Ben Arthur) has become a motorway and the car park at Succoth is a disgrace on a Saturday. Arrochar has no proper public toilets. I would ask the Park to put visitor facilities at Arrochar in the plan with a date attached.

Further, the proposed "gateway hubs" at Tarbet and Luss will simply concentrate traffic further on the A82. The railway is the answer: West Highland Line services should stop at Arrochar and Tarbet more frequently in summer.

Yours faithfully
A. R. Lindqvist-Forbes""",
  pii=[("person", "A. R. Lindqvist-Forbes")],
  keep=[("The Cobbler", "mountain nickname"), ("Ben Arthur", "mountain name that looks exactly like a person's name"), ("Succoth", "place name"), ("Saturday", "weekday"), ("Arrochar", "village name"), ("Tarbet", "village name"), ("Luss", "village name"), ("A82", "road number"), ("West Highland Line", "railway line")])

R("PKS-026", "resident", """Beavers. The plan says nothing about beavers. They're all over the Tay catchment now and they've reached Loch Tay and Killin. Some farmers are furious, some people love them. The Park needs a policy.""",
  keep=[("Tay", "river name"), ("Loch Tay", "loch name"), ("Killin", "village name")])

R("PKS-027", "resident", """I have read the whole draft plan, all 184 pages of it, which I suspect is more than most of the board have done, and I want to make some points that nobody else will make because they don't live here all year round.

First, the plan is written for visitors. Every chapter starts with visitor numbers. There are 15,000 people who live in the Park and we get one chapter, near the back, called "Thriving Communities", which is mostly about broadband. Broadband is fine. But the reason young people leave Arrochar and Luss and Aberfoyle isn't broadband, it's that there are no houses they can afford and no jobs that pay more than minimum wage for six months a year.

Second, the planning system. I applied to convert a steading on my own land into a house for my son and it took three years and £14,000 in fees and reports, and was refused because of "landscape character". Meanwhile a developer got permission for forty holiday lodges on the hill behind us in eleven months. Explain that to me.

Third, roads. The A82 and the A84 are the responsibility of Transport Scotland, not the Park, I know that. But the Park should be banging the table about them, because every summer Sunday the A82 at Tarbet is a car park and people who live here can't get to work or to hospital.

Fourth, and I'll stop after this, the consultation events were all held in Balloch on weekday afternoons. I work. Most people I know work. Hold them in the evening, in the villages, and you might get a different answer.

I am not against the Park. I am against a Park that treats the people who live here as an inconvenience.""",
  keep=[("Arrochar", "village name"), ("Luss", "village name"), ("Aberfoyle", "village name"), ("A82", "road number"), ("A84", "road number"), ("Transport Scotland", "organisation"), ("Sunday", "weekday"), ("Tarbet", "village name"), ("Balloch", "town name"), ("Thriving Communities", "chapter title")])

R("PKS-028", "individual", """Keine Angabe""",
  keep=[("Keine Angabe", "German for 'not stated'")])

R("PKS-029", "resident", """We live at Taigh Bhàn, Balquhidder, FK19 8PB. Our road is single track and in summer we have coaches trying to get to Rob Roy's Grave and getting stuck. Please put a weight limit on the Balquhidder glen road and put up signs at Kingshouse. My son Ruaridh (he's 16, DOB 27/11/08) has been nearly knocked off his bike twice.""",
  pii=[("house_name", "Taigh Bhàn"), ("postcode", "FK19 8PB"), ("person", "Ruaridh"), ("date_of_birth", "27/11/08")],
  keep=[("Balquhidder", "village name"), ("Rob Roy's Grave", "landmark named after a historical figure"), ("Kingshouse", "place name")])

R("PKS-030", "visitor", """The Park should ban barbecues completely between April and September. The fire at Sallochy in 2021 burned for two days. Disposable barbecues should be banned from sale in the Park too - Luss village shop still sells them.""",
  keep=[("April", "month"), ("September", "month"), ("Sallochy", "place name"), ("2021", "year"), ("Luss", "village name")])

R("PKS-031", "resident", """Ranger Calum at Inchcailloch was brilliant with our P6 class on the school trip. The education programme should be expanded. My daughter is in P6 at Gartocharn Primary and she hasn't stopped talking about it. More of this please.""",
  pii=[("person", "Calum"), ("school", "Gartocharn Primary")],
  keep=[("Inchcailloch", "island name"), ("P6", "school year")])

R("PKS-032", "resident", """The plan talks about "net zero" and "sustainable travel" but the bus from Aberfoyle to Stirling has been cut to 5 a day, and there's no bus at all on a Sunday. Stagecoach and the Park need to talk. Also the Citylink 914/915 doesn't stop at Inverbeg any more. If you want people to leave the car at home, you have to give them a bus to get on.""",
  keep=[("Aberfoyle", "village name"), ("Stirling", "town name"), ("Sunday", "weekday"), ("Stagecoach", "bus company"), ("Citylink 914/915", "coach route"), ("Inverbeg", "place name")])

R("PKS-033", "visitor", """Love the park!! We come every year from Newcastle with our dogs. Please make more dog friendly cafes. You can follow our trips on insta - lochside.larder""",
  pii=[("social_handle", "lochside.larder")],
  keep=[("Newcastle", "city")])

R("PKS-034", "resident", """I oppose the extension of camping zones. I agree with more rangers. However I'd like to go further than the campaign letters everyone is sending: the Park should build proper low-cost campsites with toilets at Loch Venachar and Loch Chon, like the one at Loch Chon already, so that people have somewhere to go. Rangers can't do anything if there is nowhere to send people.""",
  keep=[("Loch Venachar", "loch name"), ("Loch Chon", "loch name")])

R("PKS-035", "individual", """I have COPD and was airlifted from Ben Vorlich (the Loch Earn one) two summers ago. My CHI number is 0204614589 and the ambulance service will have my records. The point I want to make is that phone signal on the hill is non-existent and the Park should work with the phone companies on emergency coverage. I only survived because another walker had a satellite messenger.""",
  pii=[("nhs_number", "0204614589")],
  keep=[("COPD", "medical acronym"), ("Ben Vorlich", "mountain name"), ("Loch Earn", "loch name")])

R("PKS-036", "resident", """Just want to say the Park staff do a good job with very little money. Thank you.""")

R("PKS-037", "resident", """i live in drymen and the traffic on a sunny weekend is insane. people come off the M8 and M9 and think the whole park is a car park. we need park and ride from balloch. my pal kenny drives the 309 and says the buses are rammed every weekend in summer so put more on""",
  pii=[("person", "kenny")],
  keep=[("drymen", "village name, lower-case"), ("M8", "motorway"), ("M9", "motorway"), ("balloch", "town name, lower-case"), ("the 309", "bus route")])

R("PKS-038", "visitor", """Regarding the proposed visitor levy: I would happily pay £2 a night if I could see where it was being spent. Publish it. VisitScotland says the levy will fund "visitor infrastructure" but it doesn't say what.""",
  keep=[("VisitScotland", "organisation")])

R("PKS-039", "resident", """Bitte lesen Sie auch die englische Version. I am originally from Austria and now live in Strathyre.

The plan is very long (184 pages!). Die meisten Leute haben keine Zeit dafür. Please produce a two-page summary next time.

My concerns:
- Holiday lets in Strathyre and Lochearnhead
- No doctor in the village since Dr Gallacher retired
- The village hall needs a new roof

Ursula Brandstätter
01877 ... sorry, mobile only: +44 7700 900 391""",
  pii=[("person", "Ursula Brandstätter"), ("person", "Gallacher"), ("phone", "+44 7700 900 391")],
  keep=[("Bitte lesen Sie", "German phrase"), ("Austria", "country"), ("Strathyre", "village name"), ("Die meisten Leute", "German phrase"), ("Lochearnhead", "village name")])

R("PKS-040", "resident", """I volunteer with the monthly litter pick at Loch Venachar. We fill two skips each summer, but it is always the same few spots, and it's a small minority who leave the mess - most campers are fine. A ranger at each of those spots on a Saturday night would do more than any permit scheme. I'm not against the camping zones as such, I just don't think they have been enforced, and I'd want to see them enforced properly where they already exist before anyone talks about extending them.""",
  keep=[("Loch Venachar", "loch name"), ("Saturday", "weekday")])

R("PKS-041", "business", """Highland Glen Lodges response (we are a family business, 12 lodges near Crianlarich).

I want to respond specifically to Policy VE4 on short-term lets and Policy H2 on housing.

1. We support more affordable housing. We struggle to recruit and our two housekeepers commute from Killin and Tyndrum. However, the draft policy treats all tourism accommodation as the problem. Purpose-built lodges like ours were never houses and never could be. Please distinguish between converting existing homes to holiday lets (which we agree should be controlled) and new-build tourism accommodation.

2. The plan's own figures show tourism supports around 40% of jobs in the Park. The plan should say so clearly and not treat tourism as a necessary evil.

3. The visitor levy. If Stirling Council and Argyll and Bute Council introduce different levies in different halves of the Park it will be chaos for guests and businesses. The Park should push for a single scheme.

4. Water and sewerage. Scottish Water has told us there is no capacity at the Crianlarich works for any new connection until 2028. The plan allocates sites for 60 new homes in the village. How?

Happy to discuss. Contact our office on 0131 496 0814. Please do not publish my name, the business name is fine.

Mhairi Drummond-Shaw, Director""",
  pii=[("phone", "0131 496 0814"), ("person", "Mhairi Drummond-Shaw")],
  keep=[("Highland Glen Lodges", "business name"), ("Crianlarich", "village name"), ("Policy VE4", "policy reference"), ("Policy H2", "policy reference"), ("Killin", "village name"), ("Tyndrum", "village name"), ("Stirling Council", "council"), ("Argyll and Bute Council", "council"), ("Scottish Water", "organisation"), ("2028", "year"), ("Director", "job title")])

R("PKS-042", "community group", """We are a health walks group of 20 or so older people from the west of Edinburgh. We started through the NHS Lothian health walks programme and we are now part of an Age Scotland project on getting older people into the countryside. Twice a year we hire a minibus and come to the Trossachs - usually a low-level walk around Loch Ard or at the Lodge visitor centre near Aberfoyle.

Our requests for the plan:
1. Keep the visitor centre toilets open all year. Several of our walkers have continence problems and a walk without a toilet simply can't happen.
2. Benches every half mile on the popular low-level paths.
3. Minibus parking at the Lodge, which is often full of cars by 10 in the morning.
4. Public transport from Edinburgh - at the moment it's two trains and a bus, which is too much for most of our members.

If you want to speak to the group, our organiser is Morag MacLeod (0131 496 0177), or write to us c/o the church hall, eh12 5ab.""",
  pii=[("person", "Morag MacLeod"), ("phone", "0131 496 0177"), ("postcode", "eh12 5ab")],
  keep=[("Edinburgh", "city"), ("NHS Lothian", "health board"), ("Age Scotland", "charity"), ("Trossachs", "area name"),
        ("Loch Ard", "loch name"), ("the Lodge", "visitor centre used as a place name"), ("Aberfoyle", "village name")])
