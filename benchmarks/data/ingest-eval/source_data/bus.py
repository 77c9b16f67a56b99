from common import Collector
from campaigns import ROUTE36

C = Collector("buses")
r = C.add

B = "save-the-36"
T = ROUTE36
P = T.split("\n\n")   # 5 paragraphs

# ---------------------------------------------------------------- campaign (d): template, exact, partial copies
r("resident", T, camp=(B, "template"), keep=[("Hallow End", "village"), ("Bramcote St Mary", "village, looks like a name")])
r("resident", T.replace("\n\n", "\n\n\n"), camp=(B, "exact"))
r("carer", T.replace("36", "36 ").replace("  ", " ").replace(" .", ".").replace("Monday to Saturday.", "Monday to Saturday!"), camp=(B, "exact"))

# partial: opening + paragraph 2 + own text
r("resident", P[0] + "\n\n" + P[1] + """

I'm 78 and I gave up driving after my cataract operation. I go into Kellingham on the 36 every Tuesday and Friday for my shopping and to see my sister. The driver, a lovely chap called Winston, waits for me to sit down before he pulls away. My son lives in Leeds and can't ferry me about. If the bus goes I will be stuck in the house.
""", camp=(B, "edited"), pd=[("person", "Winston")], keep=[("cataract", "medical term"), ("Leeds", "city"), ("Tuesday", "weekday")])

# partial: paragraph 3 + 5 + own text before
r("student", """
i use the 36 to get to kellingham college 5 days a week, theres no other way, my mum works nights and cant drive me.

""" + P[2] + "\n\n" + P[4], camp=(B, "edited"), keep=[("kellingham college", "college, lower case")])

# partial: paragraphs 0 + 3 with own middle
r("resident", P[0] + "\n\n" + P[1] + """

We moved to Bramcote St Mary three years ago on the understanding there was a bus. My wife works at the hospital in Kellingham and does not drive for medical reasons. Without the 36 she would have to give up her job. A taxi each way is £19. The booking service doesn't start until 7am and her shift starts at 7.30.

""" + P[3], camp=(B, "edited"), keep=[("7.30", "time")])

# partial: 2 paragraphs + own ending with personal details
r("resident", P[1] + "\n\n" + P[2] + """

I live at 2 Church Row, Hallow End and I'm happy for someone from the transport team to ring me on 01632 960 415 to talk about how the 36 is used in our village.
""", camp=(B, "edited"), pd=[("street", "2 Church Row"), ("phone", "01632 960 415")], keep=[("transport team", "council team")])

# ---------------------------------------------------------------- independent responses
r("commuter", """
The X4 going down to hourly is a disaster for anyone who works in Castlebury. At the moment if you miss one you wait 20 minutes. Hourly means you either get there 50 minutes early or you're late. Employers won't put up with that. And the last bus back at 18:40?? Some of us work till 6.
""", keep=[("The X4", "bus route"), ("Castlebury", "town"), ("18:40", "time")])

r("resident", "Bring back the 112 on Sundays.", keep=[("112", "bus route")])

r("resident", """
I live on Northgate Lane and the rerouted 7A would come down our street, which is 5m wide with cars parked on both sides. It is completely unsuitable for a bus. Last year when the main road was closed the diverted bus, YJ15 KFE, got stuck outside number 40 for forty minutes and then clipped two cars. Please keep the 7A on the main road. Northgate Lane was never built for buses.
""", pd=[("street", "Northgate Lane"), ("vehicle_registration", "YJ15 KFE")], keep=[("7A", "bus route")])

r("prefer not to say", """
BUSES ARE A LIFELINE NOT A LUXURY. CUT THE COUNCILLORS EXPENSES NOT OUR BUSES
""")

r("parish council", """
Bramcote St Mary Parish Council - response to the bus network review

The Parish Council strongly objects to the withdrawal of route 36. In a survey of the parish carried out in May, 62 households said at least one person uses the 36 weekly; 19 said it was their only means of getting to Kellingham.

The Parish Council has concerns about the proposed WestLink demand responsive service:
(a) The 24 hour advance booking requirement makes it unusable for urgent appointments.
(b) The proposed hours (7am to 7pm) exclude early shift workers and students with evening classes.
(c) Experience of similar schemes in neighbouring counties suggests that capacity is quickly exhausted.

The Parish Council would be willing to discuss a contribution from the precept towards a reduced timetable on the 36, and asks the Cabinet Member for Transport to meet with parish representatives before any decision is taken.

Clerk to the Parish Council
""", keep=[("Bramcote St Mary Parish Council", "parish council"), ("Cabinet Member for Transport", "job title"), ("WestLink", "service brand"), ("May", "month"), ("Clerk to the Parish Council", "job title")])

r("disabled resident", """
I'm a wheelchair user and I want to say that the demand responsive minibuses are often not accessible. The one that came to me on the trial last year had a manual ramp that the driver didn't know how to use. Low floor buses on a fixed timetable are far better for disabled people. I can turn up and go like anyone else. That's what independence means.
""")

r("staff member", """
I've been a bus driver on the Kellingham routes for 14 years and I'm responding as a member of the public, not for the company. The 36 carries fewer passengers than some routes, yes, but the people on it have no other choice. I've got regulars who I know by name, who I know will be at the stop on a Tuesday, and if they're not there I worry about them. You can't put that in a spreadsheet.
""", keep=[("bus driver", "job title"), ("Tuesday", "weekday")])

r("resident", "n/a")

r("resident", """
the 7 is always late anyway, half the time it doesnt turn up, stagecoach dont care. making it every 30 mins instead of 20 is just going to make it worse. also the stop by the co-op on station road has no shelter and its always raining and the timetable on the pole has been out of date since about 2022. its not hard to print a new one
""", keep=[("stagecoach", "bus operator, lower case"), ("co-op", "shop as landmark"), ("station road", "street used as landmark")])

r("resident", """
I support the changes to be honest. I've watched the 36 go past my house with one or two people on it for years. If the money can be used to make the X4 and the 7 more reliable, that helps far more people. A booking service for the villages sounds sensible. My mum lives in a village in the next county where they brought one in two years ago and she says it's actually better than the old bus because it picks her up from the door. It depends how well it's run, I suppose.
""", keep=[("X4", "bus route")])

r("bus user", """
I rely on my concessionary bus pass, which doesn't start until 9.30am. Most of the hospital appointments at Castlebury General are at 9. Can the council please let pass holders travel free before 9.30 for medical appointments? Other counties do. My appointment last week was at 9.10 and I had to pay £4.80 for the bus, which on my pension is a lot. I'm sure I'm not the only one.
""", keep=[("Castlebury General", "hospital name"), ("concessionary bus pass", "scheme")])

r("parent", """
My son starts at Kellingham High in September. He is entitled to free school transport but the council says he has to catch the 36 with a bus pass instead of a school bus. If the 36 goes, what happens? Nobody in the consultation has answered this. We live at Rookery Farm Cottages, Hallow End, HR6 8RW. It's a 4 mile walk on a road with no pavement.
""", pd=[("street", "Rookery Farm Cottages"), ("postcode", "HR6 8RW")], keep=[("Kellingham High", "school"), ("Hallow End", "village")])

r("resident", """
Why is it always the rural areas that get cut? We pay the same council tax. We already have no shop, no pub, no post office, and now no bus.
""")

r("disabled resident", """
I'm partially sighted and I can't drive. My husband died in January. Since then the 36 has been how I get to church on a Sunday, sorry, I mean the Saturday shopping bus, I'm getting muddled. Either way, I need it. Please don't take it. Mrs D. Fitzgerald-Ahern
""", pd=[("person", "D. Fitzgerald-Ahern")], keep=[("January", "month"), ("partially sighted", "condition")])

r("resident", """
The X4 is run by Arriva and the 7 by Stagecoach. Would it not make sense to have one ticket that works on both? I pay twice when I change in Kellingham. Sort out ticketing before cutting services.
""", keep=[("Arriva", "bus operator"), ("Stagecoach", "bus operator")])

r("resident", "NO to cuts. YES to better buses.")

r("business owner", """
We run the Plough at Hallow End. Half our kitchen staff get the 36 in from Kellingham because they're young and don't have cars. If the 36 goes we genuinely don't know how we'll staff the pub. We've already cut our lunchtime opening. This would probably finish us. We've been here eleven years and we're one of the last things keeping Hallow End going as a village. The pub hosts the parish council meetings and the over-60s lunch club. Cut the bus and you cut a lot more than the bus.
""", keep=[("the Plough", "pub name"), ("Hallow End", "village")])

r("resident", """
I'd like to complain about the number 7 at the stop outside Boots in the Market Square. It regularly doesn't stop, the drivers say it is full, and there is no real-time display so you have no idea when the next one is. Please fix the basics before you redesign the network. Last Thursday I waited 50 minutes in the rain with my two-year-old and three full buses went past. When one finally stopped, the driver told me to fold the buggy because the wheelchair space was taken. I ended up walking home.
""", keep=[("number 7", "bus route"), ("Boots", "shop"), ("Market Square", "landmark")])

r("resident", """
Every morning at 7.10 the 7A, reg number SN67 WLM, parks across my drive at the turning circle while the driver has his break. I have asked him nicely and I have rung the depot twice. If the new timetable has even more buses laying over there, I will be blocked in every day. I live at 31 Orchard Rise. Please put the layover somewhere else.
""", pd=[("vehicle_registration", "SN67 WLM"), ("street", "31 Orchard Rise")], keep=[("7A", "bus route"), ("depot", "place word")])

r("carer", """
Could the consultation be made available in large print or easy read? My brother has a learning disability and wanted to respond himself but couldn't manage the online form.
""")

r("carer", """
Easy read response from my brother (I wrote it down for him):

I go on the bus to my day centre.
I like the bus.
I know the driver.
I do not want a different bus.
I do not like phoning.
Please keep my bus.
""", keep=[("I", "pronoun"), ("day centre", "service")])

r("carer", """
As a carer for my mum I've used the Dial-a-Ride service and it's very good, but you have to book a week in advance and it's often full. If WestLink is going to be like that, it's not a replacement for a bus. Also, is it going to be run by the same people? The consultation doesn't say.
""", keep=[("Dial-a-Ride", "service"), ("WestLink", "service")])

r("commuter", """
I'd like to support the proposal for a new express service between Kellingham and the railway station at Castlebury Parkway. At the moment the only way to get a morning train is to drive or get a taxi. If this goes ahead, I'd likely give up my second car. There must be plenty of families like ours where the second car is only really for getting to the station. Make the bus meet the trains and make it reliable and people will use it.
""", keep=[("Castlebury Parkway", "railway station")])

r("resident", """
You're proposing to withdraw the 36 because it "only carries 40,000 passengers a year". That's over 100 journeys a day. How many of those people will just stay at home instead? Has anyone modelled that? I'd bet a lot of them are older people going to the doctor or to see family, and if they stop going out the cost turns up somewhere else - in GP visits, in social care, in loneliness. Cutting a bus isn't a saving if it just moves the bill to another department.
""")

r("resident", "No comment")

r("young person", """
my nan lives in bramcote and gets the 36 to come and see us every saturday. shes 83 and doesnt have a mobile so how is she meant to book a minibus?? she gets confused on the phone and she wont use an app. the bus is simple, she knows the time, she knows the driver. its not hard. honestly think about people
""", keep=[("bramcote", "village, lower case"), ("saturday", "weekday")])

r("resident", """
I'm writing to say I appreciate the consultation and the chance to comment. I live in town and I don't use the buses much but I think the council should protect rural services even if they don't make money. That is what public services are for. Nobody would suggest closing a road because not many cars use it.
""")

r("bus user", """
I've been trying to get my bus pass renewed for weeks. My old one expired in April and the online form keeps rejecting my date of birth. It's 17/08/1956 for the record. I've rung 3 times. Meanwhile I'm paying full fare. Not really about the consultation but nobody else is listening. My email is margaret.sowerby56@hotmail.co.uk.
""", pd=[("date_of_birth", "17/08/1956"), ("email", "margaret.sowerby56@hotmail.co.uk")], keep=[("April", "month")])

r("resident", """
WestLink? Good luck getting through on the phone. I tried the trial version last year three times and never got a booking. The app crashed and the phone line just rang out. I'd also point out there's no mobile signal in half of Hallow End so an app is useless. I also don't understand how it will work when lots of people want to go at the same time, like market day or when the college term starts. Will people just be told there's no space?
""")

r("resident", """
The 36 goes past the end of our lane at Yew Tree Farm and my husband, who has MS, uses it to get to his physio at Kellingham Health Centre. If it's withdrawn, we'll have to ask for hospital transport which costs the NHS a lot more than a bus does. Penny Mwangi, Yew Tree Farm, Bramcote St Mary.
""", pd=[("house_name", "Yew Tree Farm"), ("person", "Penny Mwangi")], keep=[("MS", "medical abbreviation"), ("Kellingham Health Centre", "health centre"), ("NHS", "organisation")])

r("student", """
i do a level art at castlebury college and the x4 is the only way to get there, if it goes hourly i would have to get the one at 6:50 to get there for 9. thats insane. please keep it every 30 mins at least in the mornings
""", keep=[("castlebury college", "college, lower case"), ("x4", "bus route, lower case")])

r("resident", """
Re: proposed changes to route 7/7A

I live in Flat 3, 18 Northgate Terrace and I'm registered disabled. The current 7A stops right outside. Under the new plan the nearest stop would be on Ferry Road, which is 600 metres away up a steep hill. I physically can't walk that. Please keep at least some 7A journeys on the current route.

Thank you
Sunil
""", pd=[("flat", "Flat 3, 18 Northgate Terrace"), ("person", "Sunil")], keep=[("Ferry Road", "road used as a landmark for a stop"), ("7A", "bus route")])

r("resident", "I support the proposals.")

r("resident", """
I have lived in Hallow End all my life, 71 years. When I was a girl there were buses every hour and a train station. Now there's the 36 four times a day, and you want to take that. It feels like the council wants villages like ours to die. My grandson would like to live here but how can he without a car? He's an apprentice electrician and he can't afford to run one yet. The bus is how young people stay in the village too.
""")

r("resident", """
Bus drivers are not paid enough. That's why services get cancelled - there are no drivers. Pay them properly and half these problems go away.
""")

r("local worker", """
I'm a GP receptionist at Kellingham Health Centre. Every week we have patients miss appointments because they can't get here from the villages. We already see people who've put off coming until they're really ill because the bus times don't fit. Withdrawing the 36 will make this worse. We already juggle appointment times so patients from the villages can get a slot that fits the bus. Without the bus that's not possible.
""", keep=[("GP receptionist", "job title"), ("Kellingham Health Centre", "health centre")])

r("resident", """
Hi, I'm emailing about the bus changes. I don't have much to say except that the 112 is important for the villages on the Castlebury road. Please keep it. Thanks, Olu Adebayo (olu.adebayo@example.com)
""", pd=[("person", "Olu Adebayo"), ("email", "olu.adebayo@example.com")], keep=[("112", "bus route")])

r("resident", """
How about making the big operators run the rural routes as part of their contracts for the profitable ones? They make money on the town routes, let them take the rough with the smooth. That's how it worked before deregulation and it's how London still works. The council hands out the contracts, so it has the power to bundle them.
""")

r("prefer not to say", """
What is the point of this consultation. You've already signed the contract for WestLink. It was in the Kellingham Echo last week. Waste of everyone's time.
""", keep=[("Kellingham Echo", "newspaper")])

r("commuter", """
Dear Sir or Madam,

I am writing to express my concern about the proposed timetable for the X4.

I work at the Royal Mail delivery office in Castlebury, starting at 6am. At present I can catch the 05:20 X4 from Kellingham bus station. The proposed timetable starts at 06:15. I would therefore be unable to get to work.

I understand that early services carry fewer passengers, but those passengers are often on low wages and have no alternative. I would ask the council to keep at least one X4 journey before 6am.

Yours faithfully,
Graham Ellwood-Parr
""", pd=[("person", "Graham Ellwood-Parr")], keep=[("Royal Mail", "organisation"), ("Kellingham bus station", "landmark")])

r("resident", """
i live in the new houses at Kellingham Fields and there is no bus at all. weve been promised one since 2021. instead of cutting routes how about adding one where 400 families live with no service
""", keep=[("Kellingham Fields", "estate as place"), ("2021", "year")])

r("volunteer", """
The consultation says passengers can "use the community car scheme instead". I am a volunteer driver for the Hallow End community car scheme. There are six of us, most over 70. We already turn down about a third of requests. We cannot take on everyone who uses the 36. Our mileage rate hasn't gone up since 2019 and petrol has. If anything the scheme needs more support from the council, not more work.
""", keep=[("community car scheme", "service"), ("Hallow End", "village")])

r("resident", """
Just a quick one. The stop at the Royal Oak on the Castlebury Road is a request stop and drivers go straight past it in the dark because there's no light. Could we get a solar light at the stop please. Someone will get hurt. My daughter gets off there after her late shift and she's had to flag the bus down with her phone torch. It shouldn't be like that.
""", keep=[("Royal Oak", "pub as landmark"), ("Castlebury Road", "road used as landmark")])

r("resident", """
I live at Stable Cottage, Mill Lane, Bramcote St Mary, HR69DX. On Monday 3rd the 36 didn't turn up at all, and on Wednesday it came 25 minutes early and left before I got to the stop. If you want people to use buses they need to be reliable. That's the problem, not the number of people.
""", pd=[("house_name", "Stable Cottage"), ("street", "Mill Lane"), ("postcode", "HR69DX")], keep=[("Monday 3rd", "date, not a birth date"), ("Wednesday", "weekday")])

r("resident", """
Before any decision, could the council please publish the passenger numbers for each route by time of day? It's impossible to comment sensibly without them.
""")

r("disabled resident", """
I travel with a guide dog and find the smaller minibuses very difficult. There's barely room for her under the seat. On the regular buses the drivers know us. My dog's name is Tilly, by the way, and she knows exactly which stop to get off at! Seriously though, a change of route and stops is very hard for people with sight loss. It took us months to learn the current route. Please give plenty of notice of any changes and make sure stops are announced on board.
""", keep=[("Tilly", "dog's name, not a person")])

r("resident", """
Cut the 36, cut the 112, reduce the X4... and then the council will wonder why everyone drives and the roads are full. You declared a climate emergency in 2019. Act like it. Every bus you cut puts more cars on the road. It makes no sense to spend money on electric car chargers in the town car parks while cutting the buses.
""", keep=[("climate emergency", "policy term")])

r("parent", """
My son's got autism and can't drive. He volunteers at the animal rescue near Hallow End 3 days a week and it's the best thing in his life. He gets the 36 there on his own, which took us two years of practising. Please please please don't take this away from him. If you want to talk to him about it, he's on instagram as @finnsrescuepals and he'd love to tell you about the dogs.
""", pd=[("social_handle", "@finnsrescuepals")], keep=[("autism", "condition"), ("instagram", "platform")])

r("resident", """
The consultation map shows route 36 going through "Bramcote St. Marys" - the village is Bramcote St Mary. If you can't spell the name of the village you are cutting off, it doesn't fill me with confidence. It also shows the stop at the school in the wrong place. I'd suggest someone from the transport team actually rides the route before making decisions about it. It's not hard, it's a day ticket.
""", keep=[("Bramcote St Mary", "village")])

r("resident", """
I'd like to make a suggestion. Instead of cancelling the 36, combine it with the school bus to Kellingham High. Both go the same way at about the same time. The school bus runs half empty. I see it every morning from my kitchen window: twelve kids on a 50-seat coach, and ten minutes later the 36 comes through with eight pensioners on it. Put them together and you've saved a vehicle and kept the service.
""", keep=[("Kellingham High", "school")])

r("resident", """
yes to the new station link, no to cutting the villages. simple
""")

r("resident", """
I live on Castlebury Road, Hallow End. There are 11 of us over 80 in this road alone who use the 36. My neighbour Mr Kazimierz Nowak is 91 and still goes to the Polish club in Kellingham every Sunday on it. If you want a proper list of who'll be affected, I'll knock on doors for you. We're a close road and we look out for each other, but none of us can replace a bus.
""", pd=[("street", "Castlebury Road"), ("person", "Kazimierz Nowak")], keep=[("Polish club", "club name"), ("Sunday", "weekday")])

r("resident", """
This review has been done the wrong way round. Decide what level of service villages need, then work out how to pay for it. Not cut first and see who complains. Other counties have set minimum standards - for example every village over 500 people gets at least a two-hourly weekday service - and then planned the network around that.
""")

r("bus user", """
i just want to say the driver on the early 112, pete, is a legend. waits for the kids running from the estate, helps the old boys with their shopping. whatever you do with the timetable please dont lose drivers like him
""", pd=[("person", "pete")], keep=[("112", "bus route")])

r("disabled resident", """
I applied for a disabled person's bus pass in February because of my epilepsy (I can't legally drive). They asked for my National Insurance number, which I gave them (JR 56 21 84 C), plus my GP letter, and I've heard nothing since. Without the pass the bus costs me £9 a day. Please sort out the pass system as part of this review. Call me on +44 7700 900319 if you need anything else.
""", pd=[("ni_number", "JR 56 21 84 C"), ("phone", "+44 7700 900319")], keep=[("epilepsy", "medical term"), ("February", "month")])

r("community group", """
Kellingham Disability Forum - comments

1. Any WestLink vehicle must be fully wheelchair accessible, with trained drivers.
2. Booking must be possible by phone, not only by app.
3. Real-time information at stops should include audio announcements.
4. Timetable changes should be published in accessible formats at least 8 weeks in advance.

Our coordinator, Bláithín Ní Mhurchú, is happy to meet officers. Contact her via the forum inbox: forum.kdf@mailbox.test or 0117-496-0582.
""", pd=[("person", "Bláithín Ní Mhurchú"), ("email", "forum.kdf@mailbox.test"), ("phone", "0117-496-0582")], keep=[("Kellingham Disability Forum", "community group"), ("WestLink", "service brand")])

r("resident", """
The new timetable has the last X4 leaving Castlebury at 18:40 on weekdays and 17:10 on Saturdays. That rules out the cinema, the theatre, evening classes, late shifts in shops... basically any life after work. Young people will just leave. My eldest already has. She moved to Bristol last year because she couldn't get to work and back without a car, and she couldn't afford a car on what she was earning.
""", keep=[("Saturdays", "weekday"), ("X4", "bus route")])

r("student", """
im 15 (d.o.b. 14.7.09) so i should get the under 16 fare but half the drivers wont accept my school id and make me pay adult. its £4.60 each way to kellingham on the x4. if youre changing everything anyway can you make the young persons ticket actually work
""", pd=[("date_of_birth", "14.7.09")], keep=[("x4", "bus route, lower case"), ("kellingham", "town, lower case")])

r("bus user", """
I have tried to look at the proposals properly rather than just react, so here goes.

CURRENT SERVICE (as I understand it)
- 36: Kellingham - Bramcote St Mary - Hallow End, 4 journeys each way Mon-Sat, none on Sundays. First bus from Hallow End 07:05, last back from Kellingham 17:30.
- X4: Kellingham - Castlebury, every 20 mins daytime Mon-Sat, hourly evenings until 22:40, hourly Sundays.
- 112: Kellingham - villages on the Castlebury road - Castlebury, 2 journeys a day.
- 7/7A: town services, every 20 mins.

PROPOSED
- 36 withdrawn, replaced by WestLink (bookable, 07:00-19:00 Mon-Sat).
- X4 hourly all day, last departure from Castlebury 18:40.
- 112 unchanged on weekdays, Sunday journeys withdrawn.
- 7/7A every 30 mins, 7A rerouted via Northgate.

MY COMMENTS
1. The X4 change is the one that affects most people and it has had the least attention. Going from every 20 minutes to hourly on the main corridor between the two biggest towns will lose far more passengers than the 36 ever carried. People will just buy a car.

2. The 36 has been run down. Its timetable was cut from 6 journeys to 4 in 2019, and the 09:40 was moved to 10:15, after which it was no use for anyone starting work. Unsurprisingly passenger numbers fell. The consultation then uses those numbers to justify withdrawing it.

3. WestLink is an unknown. The trial in the east of the county had a booking success rate of 61% according to the council's own report (I found it in the Cabinet papers from last March). That means almost 4 in 10 people who tried to book a journey didn't get one. That's not a bus service.

4. No one seems to have looked at connections. The last 36 into Hallow End is timed five minutes before the X4 arrives in Kellingham, so you can't get home from Castlebury at all after about 3pm if you live on the 36.

5. The cost of keeping the 36 at 4 journeys a day is given as £118,000 a year. The cost of WestLink for the same area is given as £96,000. So the saving is about £22,000 a year, to leave several hundred people without a reliable service. I don't think that's a good trade.

WHAT I'D LIKE TO SEE
- Keep the 36 but retime it to connect with the X4.
- Keep the X4 at least half-hourly in the daytime.
- Run WestLink as an addition in the evenings and on Sundays, where there's currently nothing.
- Publish the passenger numbers by route and time of day.

Thanks for reading this far.
""", keep=[("WestLink", "service brand"), ("Cabinet papers", "council document"), ("MY COMMENTS", "heading in capitals"), ("Northgate", "area"), ("X4", "bus route")])

r("community group", """
Westmarsh Youth Council - response to the bus review

We are a group of 28 young people aged 11-18 from across the county. We ran a survey of young people in March and had 640 replies. Here is what they told us.

- 71% said they use buses at least once a week, mostly to get to school, college, work or to see friends.
- The cost of fares was the biggest problem (even with the young person's fare, £4 a day is a lot when you're on an apprentice wage or have no income).
- Young people in villages feel completely cut off, especially in the evenings and at weekends. Several said they had turned down jobs or college courses because they couldn't get there.
- Many young people don't feel safe waiting at stops in the dark, especially where there's no shelter or light.
- Hardly anyone had heard of WestLink. Those who had said they wouldn't want to phone up to book a bus.

Our asks:
1. Don't cut the X4 to hourly. Students at Castlebury College need it.
2. Keep a bus to the villages, even if it's less often.
3. Make the young person's fare £1 a journey, like some other areas.
4. Put real-time information and lights at the busiest stops.
5. Ask young people before changing things again. We'd be happy to help.

Thank you for listening.
""", keep=[("Westmarsh Youth Council", "youth council"), ("Castlebury College", "college"), ("March", "month")])

r("staff member", """
I'm a staff nurse on the early shift at Castlebury General and I live in Kellingham. At the moment I get the 06:05 X4 which gets me in for 06:50 and a 7am start. Under the new timetable the first X4 leaves at 06:15 and arrives at 07:05, so I'd be late every single shift. Half the healthcare assistants on my ward are in the same boat. The hospital has already said it can't offer more parking spaces. If the council wants to cut the X4, it needs to talk to the hospital trust about shift times first, because otherwise you are going to make an already short-staffed hospital even shorter.
""", keep=[("staff nurse", "job title"), ("Castlebury General", "hospital"), ("06:05", "time")])

r("farmer", """
Our farm is two miles up a track from the 112 stop on the Castlebury road. My wife and I are in our 70s and we're managing, but we won't be driving for ever. The Sunday 112 is how our daughter visits from town without a car. Please don't take the Sunday journeys off. If anyone from the council wants to come out and see how isolated it is up here, ring me on +44 (0)1632 960 990 - ask for Hamish.
""", pd=[("phone", "+44 (0)1632 960 990"), ("person", "Hamish")], keep=[("112", "bus route")])

r("resident", """
The 36 is the only public transport for these villages - that's in the leaflet everyone's been sending round and fair enough, it's true. But I want to say something about the 112 as well, which nobody's mentioned. It's the only bus that goes past the care home at Kellingham Lodge, and the care staff who don't drive rely on it for their shifts. If you take the Sunday journeys off, who's going to look after the residents on a Sunday?
""", near=("save-the-36", "quotes one template sentence; the rest is about a different route"), keep=[("Kellingham Lodge", "care home"), ("Sunday", "weekday")])

r("prefer not to say", "   ", raw=True)
