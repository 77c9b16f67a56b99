from common import Collector
from campaigns import HOLLINS, SOCIETY

C = Collector("planning")
r = C.add

# ---------------------------------------------------------------- campaign (a): hollins-standard, exact copies
H = "hollins-standard"
r("resident", HOLLINS, camp=(H, "template"), keep=[("Brampton Brook Primary", "school name"), ("Little Brampton", "village")])
r("resident", HOLLINS, camp=(H, "exact"))
r("resident", HOLLINS.replace("\n\n", "\n"), camp=(H, "exact"))
r("prefer not to say", HOLLINS.lower(), camp=(H, "exact"), keep=[("aldershaw medical centre", "GP surgery, lower case")])
r("resident", " ".join(HOLLINS.split()), camp=(H, "exact"))
r("resident", HOLLINS.replace("Please refuse this application.", "Please refuse this application!!").replace("five year", "five-year"), camp=(H, "exact"))
r("resident", HOLLINS.upper(), camp=(H, "exact"), keep=[("HOLLINS LANE", "road name in capitals, landmark")])
r("parent", "  " + HOLLINS.replace(", and", " and").replace("\n\n", "\n\n\n") + "  ", camp=(H, "exact"), raw=True)

# ---------------------------------------------------------------- campaign (e): society letter (template + exact in csv; letters elsewhere)
S = "aldershaw-society-letter"
r("community group", SOCIETY, camp=(S, "template"), keep=[("Kestrel Rise", "housing estate name"), ("August", "month")])
r("resident", SOCIETY.replace("  ", " ").replace("developer's", "developers").rstrip(".") , camp=(S, "exact"))

# ---------------------------------------------------------------- independent responses
r("resident", """
We moved to Aldershaw in 2019 and live on Wrenfield Close, which backs directly onto the lower part of Hollins Meadow. I want to make a few points that I don't think the developer has taken seriously.

1) Drainage. Every winter since we moved in, the bottom of our garden has been under water for weeks at a time. Our neighbours had water in their conservatory in February 2024. The flood risk assessment says the site is Flood Zone 1, which may be true on a map, but it ignores surface water completely.

2) Overlooking. The indicative layout puts two-storey houses about 12 metres from our back fence. That is not a buffer, it is a car park.

3) The lane. I walk my son to school along Hollins Lane and there is no pavement. We already have to step into the hedge when the tractors come through.

I am not against new homes in principle - my own house was new once - but this is the wrong site.

Sophie Marchetti
""", pd=[("street", "Wrenfield Close"), ("person", "Sophie Marchetti")],
  keep=[("Flood Zone 1", "planning term"), ("February 2024", "date, not a birth date"), ("Hollins Lane", "lane used as a route, not home")])

r("resident", "I object to this application. Too many houses and not enough doctors.", near=("hollins-standard", "shares the stock phrase 'I object to this application' only"))

r("business owner", """
As the owner of the farm shop on the B4012 I am broadly supportive. More households within walking distance is good for local trade, and the village needs younger families if the school and the pub are going to survive. My concern is construction traffic. Please condition the working hours and make sure lorries don't park in our lay-by, which we need for customer parking, especially on Saturdays. Otherwise, good luck to them.
""", keep=[("B4012", "road number"), ("Saturdays", "weekday")])

r("parent", """
no more houses!!! school is full my daughter didnt get in to brampton brook and has to get the bus to sedgecombe every day. sort the school out first then talk about houses
""", keep=[("sedgecombe", "village, lower case"), ("brampton brook", "school, lower case")])

r("resident", """
my neighbour gwen hollis is 84 and has lived next to that field her whole married life, she says it has flooded every year she can remember. she cant get to the drop in so im writing for both of us. we both object. gwen says to tell you the old farmer used to call the bottom bit the bog field for a reason. she also wants to know why the speed bumps that were promised after the last accident never got put in
""", pd=[("person", "gwen hollis")])

r("town council", """
Aldershaw Town Council considered application 24/01873/OUT at its meeting on 9 October and resolved to OBJECT for the following reasons.

1. The site lies outside the settlement boundary defined in the adopted Local Plan (Policy SP2) and is not allocated for housing. The District Council is able to demonstrate a five year supply of deliverable housing sites and the tilted balance in paragraph 11 of the NPPF is not engaged.

2. The Aldershaw Neighbourhood Plan, made in 2022, identifies Hollins Meadow as a Local Green Space (Policy ANP7). Development would be in direct conflict with it.

3. The Town Council has serious concerns about highway safety at the Hollins Lane / B4012 junction. Visibility to the west is poor and three collisions have been recorded in the last five years.

4. There is no capacity at Aldershaw Medical Centre or at either primary school. Any permission must secure financial contributions towards both through a Section 106 agreement.

5. The Town Council notes the objection from the Lead Local Flood Authority and shares its concerns.

Should the District Council be minded to approve, the Town Council asks to be consulted on the wording of conditions and on the Section 106 heads of terms.

Town Clerk, on behalf of Aldershaw Town Council
""", keep=[("Aldershaw Town Council", "organisation"), ("Town Clerk", "job title"), ("NPPF", "policy acronym"), ("9 October", "meeting date, not DOB"), ("Lead Local Flood Authority", "organisation")])

r("prefer not to say", """
THIS IS A DISGRACE. THE COUNCIL HAS ALREADY DECIDED AND THIS CONSULTATION IS A SHAM. WHERE ARE ALL THESE PEOPLE GOING TO WORK? WHERE WILL THEY PARK? NOBODY LISTENS TO ALDERSHAW PEOPLE ANY MORE
""", keep=[("THIS IS A DISGRACE", "capitalised words"), ("ALDERSHAW", "town in capitals")])

r("resident", """
Since the survey works started there has been a white van, reg LV21 ZRH, parked across the field gate opposite our drive most mornings from about 7am with the engine running. If this is what "investigation works" looks like I dread to think what three years of building will be like. Please insist on a construction management plan with all contractor parking inside the site. And wheel washing, because the lane is already covered in mud.
""", pd=[("vehicle_registration", "LV21 ZRH")])

r("young person", """
I'm 29, I grew up in Aldershaw and I still live in my old bedroom at my parents' because there is nothing here I can afford to buy or even rent. Every time a new estate is proposed the same people who already own their homes turn up to object. 120 homes with 40% affordable is exactly what this town needs. Please approve it. And to the people objecting: a lot of you bought your houses in the 90s for three times your salary. For me it would be eleven times. It's not the same world.
""")

r("resident", """
Please contact me on 07700 900418 as I would like to speak at the planning committee. I have lived at 3 Hollins Cottages for 31 years and nobody from Barnfield has ever knocked on my door.
""", pd=[("phone", "07700 900418"), ("street", "3 Hollins Cottages")], keep=[("Barnfield", "developer name")])

r("community group", """
Response from the Hollins Lane Action Group

We are a group of around 140 households in Aldershaw and Little Brampton. Our members object to this application. Our main points are:

- The site is not allocated and the council has a five year supply. There is simply no policy basis for approval.
- Surface water. Members have photographs going back to 2012 showing standing water across the lower field every winter. The developer's drainage strategy relies on infiltration, which will not work on heavy clay.
- Ecology. Volunteers recorded skylarks on 11 visits between April and July, and at least three bat species along the hedgerow. The developer's survey was done on a single day.
- Highways. Hollins Lane is 4.1m wide at its narrowest. Two cars cannot pass.
- Heritage. The upper field has visible ridge and furrow which the county archaeologist has not yet commented on.

We would ask that our secretary, Ifeoma Nwachukwu, be allowed to speak at committee. She can be contacted at ifeoma.n@mailbox.test or on 01632 960 271.

Hollins Lane Action Group
""", pd=[("person", "Ifeoma Nwachukwu"), ("email", "ifeoma.n@mailbox.test"), ("phone", "01632 960 271")],
  keep=[("Hollins Lane Action Group", "community group"), ("April", "month"), ("county archaeologist", "job title")])

r("resident", "Support. We need houses.")
r("resident", "")
r("prefer not to say", "N/A")

r("resident", """
I beleive the traffic survey was done in the school holidays which is not representitive at all. The juntion by the Red Lion is dangerous allready and their was a bad crash there in march, the air ambulance had to land in the field. Adding all these cars is madness and the council knows it. Also the noise from the building site will go on for years, my husband works nights and sleeps in the day. Who is going to compensate us for that? Nobody, thats who.
""", keep=[("Red Lion", "pub used as a landmark"), ("march", "month, lower case")])

r("landowner", """
I farm the land immediately north of the site. I have no objection to houses as such but I would ask the council to think about what happens on the boundary. We already lose lambs every spring to dogs off leads on the public footpath. With 120 more households and no fencing condition it will get worse. A proper stock-proof fence and a dog bin or two at the stile would make a real difference.
""")

r("resident", """
Our home, Meadowsweet Cottage, is the nearest property to the proposed site entrance. We have owned it since 1996. The plans show the new access road running within 8 metres of our bedroom window and the headlights of every car leaving the estate will shine straight into the house. Nobody from the council or the developer has visited us. We would welcome a site visit - the postcode for deliveries is sy7 4jw, we're the white cottage with the green door.
""", pd=[("house_name", "Meadowsweet Cottage"), ("postcode", "sy7 4jw")])

r("resident", """
Cllr Martin Okonjo came round in the summer before the election and told us this site "would never get through". Now here we are. I would like to know what he and the other ward councillors are actually doing about it. I've emailed him twice since and had no reply. If councillors are going to make promises on the doorstep they should at least answer their emails.
""", pd=[("person", "Martin Okonjo")], keep=[("ward councillors", "role")])

r("parent", """
Our daughter Amelia-Rose started reception at Brampton Brook in September and there are 31 in her class already. Two of the children in her class live in Sedgecombe because there was no room for them there. Where are the children from 120 new houses going to go? The application says the school has "surplus capacity" - it doesn't. Please check this with the school before making a decision. I asked at the school office and they said nobody had contacted them.
""", pd=[("person", "Amelia-Rose")], keep=[("September", "month"), ("Sedgecombe", "village")])

r("resident", """
I have written to Fiona Castellano MP about this and she agreed with me that the infrastructure just isn't there. I hope the planning committee will take notice of her letter. I've also been through the developer's transport statement. It counts the footpath along the B4012 as a safe walking route to school. It isn't - it's 90cm wide in places and the quarry lorries come within inches of you. Nobody who has actually walked it would call it safe.
""", pd=[("person", "Fiona Castellano")], keep=[("MP", "role abbreviation")])

r("local worker", """
I support this application. I work at the Aldershaw Medical Centre and I can tell you half our receptionists and healthcare assistants can't afford to live in the town. They commute from Telford. Affordable homes close to work would help us recruit. The surgery has been talking to the developer about a contribution to extending the building and I hope the council secures it.
""", keep=[("Aldershaw Medical Centre", "GP surgery"), ("Telford", "town"), ("healthcare assistants", "job title")])

r("resident", """
Too many houses already been built in Aldershaw, Kestrel Rise was supposed to be the last one. The roads cant cope. Its a no from me.
""", keep=[("Kestrel Rise", "estate")])

r("resident", """
The bats. Nobody ever talks about the bats. We see them every summer evening along the hedge at the back of the meadow - pipistrelles mostly, but a friend with a detector picked up a noctule last year. If the hedge goes, they go. Please make the council ecologist look at this properly and not just accept the developer's report. Their bat survey was done on one night in October when it was 6 degrees. Of course they didn't find much.
""", keep=[("council ecologist", "job title")])

r("retired", """
My wife and I are both in our late seventies and we would like to downsize and stay in Aldershaw. There is nothing suitable. Every new estate is four-bed executive homes. If this goes ahead, could some of the houses be bungalows please? I think there are a lot of people our age in the same position.
""")

r("resident", """
I object. This is greenfield land, and once it's gone it's gone. Build on the old dairy site on Station Road first - it's been derelict for eleven years.
""", keep=[("Station Road", "street used as a landmark for a site"), ("old dairy", "landmark")])

r("parent", """
hi i live at 12 kestrel rise and the traffic at school time is already backed up to our house. i have a 3 year old and a newborn and i genuinly worry about crossing that road. also the sewers, our toilet backs up when it rains heavy. please dont let them build more
""", pd=[("street", "12 kestrel rise")])

r("business owner", """
I run a small building firm and employ 9 local people. Developments like this keep my lads in work. People moan about new houses but they all live in one. I started as an apprentice on the Millfield estate in 2016 and I've taken on four apprentices myself since. Work like this is how young lads round here get a trade. Approve it.
""")

r("resident", """
I'm not against development. I'm against this development, on this field, with this access. If Barnfield came back with fewer homes, a proper junction with the B4012 and the lower field left as open space, I think most people would accept it. As it stands I object. I'd also want the affordable housing spread through the site, not tucked in the corner next to the pumping station. And a proper junction with the B4012, not a painted give-way line.
""", keep=[("Barnfield", "developer")])

r("prefer not to say", "no comment")

r("resident", """
Dear Sir/Madam

Re 24/01873/OUT. I object on the grounds of highway safety, loss of countryside and lack of infrastructure. I also wish to complain about the consultation. The site notice was put up on a lamp post facing the wrong way and I only found out about the application from a neighbour, Mr Obi, three days before the deadline.

Yours faithfully
D. Whitcombe
""", pd=[("person", "Obi"), ("person", "D. Whitcombe")])

r("resident", """
Will there be a bus? The 112 only comes twice a day and stops at 4pm. New houses on the edge of town without a bus just means two more cars per house.
""", keep=[("112", "bus route number"), ("Will", "sentence-start word that is also a name")])

r("student", """
I'm doing A-level geography and we did a fieldwork project on Brampton Brook last year. We measured the flow rates above and below the site after heavy rain and the brook rose by more than a metre in a few hours. Covering the field with roofs and tarmac will only make this worse. I have attached our data to the email I sent to the planning officer. Our teacher said we could share it.
""", keep=[("A-level geography", "course name"), ("planning officer", "job title")])

r("resident", """
OBJECT.

1. Traffic
2. Flooding
3. Doctors
4. School
5. Wildlife
6. It's a lovely field and we walk our dog there every day
""")

r("resident", """
I find it interesting that the agent for the developer, a Mr Hargreaves, told the public exhibition that the houses would be "mostly for local people". There is no mechanism to ensure that. Local connection policies only apply to the affordable units, which are 40% at best, and we all know those percentages get negotiated down on "viability" grounds once permission is granted.
""", pd=[("person", "Hargreaves")])

r("disabled resident", """
As a wheelchair user I would like to point out that none of the footpaths on the plan connect to the town centre without using Hollins Lane, which has no pavement. I would be completely cut off if I lived there. Any approval must include an accessible route into town. That means dropped kerbs, a proper surface (not gravel) and somewhere to rest on the hill. I'd also ask that some of the homes are built to full wheelchair standard, because there is almost nothing accessible to buy in this district.
""", keep=[("Hollins Lane", "road named as landmark")])

r("resident", """
We bought our house at 27 Millfield Drive, Aldershaw, SY7 4QD two years ago and were told by the estate agent that the field behind was protected. I now find it isn't. I object to the application and I would also like to know who I complain to about being misled. The searches didn't mention it either. We paid a premium for the view and the open space and now we're told there could be 120 houses behind us.
""", pd=[("street", "27 Millfield Drive"), ("postcode", "SY7 4QD")])

r("resident", """
Light pollution. On a clear night you can still see the Milky Way from the top of the meadow. 120 houses with street lights will finish that. If permission is given please condition low-level, warm lighting. And no floodlit show-home car park please. We have barn owls hunting over the meadow most evenings and they need the dark as much as we do.
""", keep=[("Milky Way", "named thing"), ("On", "sentence start")])

r("resident", "I object to this application for the same reasons as everyone else in the town.", near=("hollins-standard", "stock objection phrase only"))

r("carer", """
Good afternoon, I'm writing on behalf of my mum, Mrs Rukhsana Begum, who lives on Sedgecombe Road near the site and doesn't use email. She is worried mainly about the noise from building and about the pylons being moved. She has asthma and the dust from the Kestrel Rise building work made it much worse. She'd like someone from the council to ring her on 01632 960 588 as she can't read the letters very easily.

Thank you, Nadia
""", pd=[("person", "Rukhsana Begum"), ("street", "Sedgecombe Road"), ("phone", "01632 960 588"), ("person", "Nadia")],
  keep=[("Kestrel Rise", "estate"), ("asthma", "medical term")])

r("parent", """
Honestly the objectors make me laugh. Half of them moved here from Birmingham in the last ten years and now they want to pull the ladder up behind them. My kids will never be able to afford a house here at this rate. My eldest is 26, works full time at the distribution centre and still lives with us. That's the reality. I get that the lane is narrow, fine, make them widen it. But don't pretend this is about newts.
""", keep=[("Birmingham", "city")])

r("resident", """
The water company already can't cope. Severn Trent were pumping sewage into Brampton Brook 43 times last year according to their own figures. Until they upgrade the treatment works there should be no new connections. I've reported sewage in the brook twice myself this year. Both times the Environment Agency said they would look into it and both times I heard nothing. The outfall is just below the footbridge where the children paddle in summer.
""", keep=[("Severn Trent", "water company"), ("Brampton Brook", "watercourse")])

r("resident", """
I strongly object to this proposal.

My main worry is Hollins Lane itself. My husband Kevin cycles to work along it every morning and he has been clipped by a wing mirror twice. With hundreds more cars he will be killed. There is no room to widen the lane without taking out the hedges, which are supposed to be protected.

I also don't believe the figures for trips per house. Most households on Kestrel Rise have three cars.

Mrs L. Pritchard-Evans
""", pd=[("person", "Kevin"), ("person", "L. Pritchard-Evans")], keep=[("Hollins Lane", "road, landmark")])

r("resident", """
Where is the play area? The last estate promised one and it never got built. Make them build it first, before the houses, as a condition.
""")

r("resident", """
i follow the save hollins meadow page on facebook and theres loads of misinformation on it. the field isnt a nature reserve, its a silage field that gets sprayed. im neutral but people should get there facts right. having said that i do think the traffic is a real issue, the lane is terrible at school times and someone will get hurt. so im not saying build it, im saying argue about the real things not made up stuff about otters
""", keep=[("facebook", "platform, lower case")])

r("disabled resident", """
I am disabled and I rely on the community transport minibus. The driver told me they won't take the minibus down Hollins Lane because it is too narrow. If the new estate is only reached by that lane, nobody there will get community transport either. Please think about people like me. I have lived in Aldershaw for 22 years and I have watched every new estate get built without anyone asking how disabled people will get around. It would cost very little to put a proper pavement in at the same time as the houses.
""", keep=[("The driver", "role word, no name")])

r("resident", """
We recently found great crested newts in our garden pond on Brookside, which is about 200m from the site boundary. I have sent photos to the county recorder. I believe a proper survey of the ponds on the site itself is needed before any decision.

Tom & Hannah Ashworth-Lee, 4 Brookside
""", pd=[("street", "Brookside"), ("person", "Tom"), ("person", "Hannah Ashworth-Lee"), ("street", "4 Brookside")],
  keep=[("great crested newts", "species"), ("county recorder", "job title")])

r("business owner", """
I own the Co-op franchise on the High Street. I support the application. Footfall in the town centre has dropped since the bank closed and more residents would help keep shops like mine open. I would ask the council to make sure the footpath links to the High Street are actually built this time. On Kestrel Rise the developer was supposed to build a cycle path to the town centre and it stops dead at the field edge. Get it in the legal agreement with a date on it.
""", keep=[("Co-op", "shop"), ("High Street", "street used as a landmark")])

r("prefer not to say", """
Who actually benefits from this? Not Aldershaw. The landowner gets millions, Barnfield gets millions, and we get the traffic. OBJECT
""")

r("resident", """
I'd like to raise a point about the public right of way. Footpath 14 runs diagonally across the meadow from the stile at the top of Hollins Lane to the kissing gate by the brook. The illustrative masterplan shows houses on the line of the path. It is a legal right of way and cannot simply be built over. I would ask the council's rights of way officer to comment. We walk it with our grandson Oskar most weekends.
""", pd=[("person", "Oskar")], keep=[("rights of way officer", "job title"), ("Footpath 14", "public footpath")])

r("resident", """
Object. The Inspector threw this site out of the Local Plan in 2021 for good reasons and nothing has changed since then. Why are we even here again?
""", keep=[("Inspector", "role"), ("Local Plan", "document")])

r("resident", """
I live on Sedgecombe Road and on bin day the lorry already has to reverse half way up the road because cars park both sides. Whatever happens with this application, please think about parking. Two weeks ago an ambulance couldn't get up to the top end of our road because of parked cars and the crew had to walk the last hundred yards with their kit. If the new estate uses our road as a rat run it will only get worse.
""", pd=[("street", "Sedgecombe Road")])

r("local worker", """
As a nurse working shifts I can tell you getting out of Aldershaw at 7am is already a nightmare. The B4012 roundabout backs up to Tesco. Another 120 houses will make it worse. I've been late for handover three times this month already, and when you're late on a ward it's your colleagues on nights who pay for it. Unless there's a second way out of the town, or a proper junction, this is going to be grim.
""", keep=[("Tesco", "supermarket as landmark"), ("B4012", "road"), ("nurse", "job")])

r("parent", """
Hello. My name is Chidi and I have lived in Aldershaw for 4 years. I support new homes but I worry about the school. My son is in year 2. If the school gets bigger, will the council pay for more teachers? My wife is also asking about the doctor. Last month we waited three weeks to see a GP for our daughter's ear infection. She was crying every night. Thank you.
""", pd=[("person", "Chidi")], keep=[("year 2", "school year")])

r("resident", """
The application is a disgrace!!!!! It should be thrown out!!!! Whats the point of having a local plan if developers just ignore it??? I have lived here 60 years and seen this town ruined bit by bit. First the cattle market went, then the railway, then the bank. Now the fields. My grandchildren won't know what this town was like
""")

r("parent", """
I'm writing as someone who has been on the council housing waiting list for six years with two children in a one-bedroom flat. I know people will say the affordable homes won't go to people like me but at least it's a chance. Please approve it and please make sure the social rented homes are not all stuck in one corner. Mixed communities work better for everyone, and kids shouldn't grow up knowing they live in 'the social bit'.
""")

r("retired", """
I support the scheme in principle but the drainage plan needs to be properly independently reviewed. I'm a retired civil engineer and the infiltration rates assumed in appendix D are frankly optimistic for Keuper marl. Attenuation ponds sized for 1 in 100 plus 40% climate allowance would be the minimum I'd expect. I would also want to see an exceedance route drawing showing where the water goes when the system is overwhelmed, because it will be, and a maintenance company with a bond in place, not a vague promise that a management company will look after the ponds.
""", keep=[("Keuper marl", "geology term, looks like a name")])

r("resident", """
We need to stop building on fields. There are hundreds of empty flats above the shops in this district. Use them.
""")

r("prefer not to say", """
No objections.
""")

r("resident", """
Please refuse. The lane, the flooding, the school, the surgery. Enough is enough. - Gaz (on twitter as @gazza_aldershaw if anyone from the council wants to reply)
""", pd=[("person", "Gaz"), ("social_handle", "@gazza_aldershaw")])

r("resident", """
My husband and I live at The Old Forge on Hollins Lane. On the day of the public exhibition, a large tipper lorry, KX19 NWB, reversed into our boundary wall while turning in the lane and drove off. We reported it to the police. The lane is not fit for construction traffic, let alone 120 households. We object in the strongest terms.

Margaret and Ian Rennie
""", pd=[("house_name", "The Old Forge"), ("street", "Hollins Lane"), ("vehicle_registration", "KX19 NWB"), ("person", "Margaret"), ("person", "Ian Rennie")])

r("resident", """
parking is already a joke round here. the survey contractors park on the verge outside my house all day and last week i got a ticket for parking on my OWN verge, car reg ey66ptk, while theirs didnt. if this gets approved it will be like that for years. sort the parking before anything
""", pd=[("vehicle_registration", "ey66ptk")], keep=[("OWN", "capitalised word")])

r("retired", """
We have lived in Aldershaw for 38 years, the last 21 of them on Clover Bank, and we have seen the town change a great deal in that time, much of it for the better. We are not people who object to everything. We supported the Millfield scheme, which was on brownfield land by the old station yard, and we supported the affordable housing at Church Meadow. We are writing to object to this application, and we want to explain why as carefully as we can.

Firstly, the principle. The site was put forward for the Local Plan and was rejected by the Inspector, who said the harm to the landscape and the setting of the town would be significant. Nothing on the ground has changed since then. If the council now approves it, residents will reasonably ask what the point of the Local Plan process was. We both gave up evenings to go to the hearing sessions.

Secondly, the access. Every vehicle going to and from 120 homes will have to use Hollins Lane and its junction with the B4012. The lane is single track for about 300 metres between the cottages and the farm. The developer's answer is a "priority shuttle" with give-way markings. Anyone who has tried to reverse a car along that lane to let a delivery van through knows that this will not work. We have seen the milk tanker stuck there more than once.

Thirdly, drainage. We are not engineers, but we have eyes. The lower meadow has a pond on it every winter which appears in November and is gone by April. It is there in the old Ordnance Survey maps too, marked as "liable to flood". The drainage strategy proposes soakaways. If water is sitting on the surface for five months, it is not soaking away now, and it won't soak away when there are roofs and roads on top of it.

Fourthly, services. Our GP practice is closed to new patients. We recently waited five weeks for a routine appointment. The primary school has put in temporary classrooms. The dentist is private-only. A financial contribution under Section 106 does not produce a doctor or a teacher.

Finally, we would like to say something about the consultation. The site notice was on a lamp post on the B4012 where nobody walks. The public exhibition was held on a weekday afternoon when most working people could not attend. The documents on the planning portal run to over 80 files, several of them with titles like "Appendix F rev C". It is very hard for ordinary people to take part.

We ask the committee to refuse the application.

Alasdair & Morag Lindsay
""", pd=[("street", "Clover Bank"), ("person", "Alasdair"), ("person", "Morag Lindsay")],
  keep=[("Church Meadow", "housing site name"), ("Ordnance Survey", "organisation"), ("November", "month"), ("Section 106", "legal agreement"), ("Inspector", "role")])

r("organisation", """
Response from Severnside Homes (registered provider)

Severnside Homes owns and manages around 4,200 affordable homes across the district, including 310 in Aldershaw. We are not the developer of this site, and we have no agreement with Barnfield Homes to acquire the affordable units, although we would expect to be approached if permission were granted.

We want to set out some facts about housing need in Aldershaw which we hope will be useful to the committee.

At 1 April there were 412 households on the housing register with a stated preference for Aldershaw, of which 96 are in the highest priority bands. The average wait for a two-bedroom home in the town is now over four years. For a four-bedroom home it is effectively indefinite: we have had four lettings of four-bedroom homes in Aldershaw in the last three years.

We currently have 23 households from Aldershaw living in temporary accommodation outside the town, many of them families with children who are travelling back every day to school.

The proposal for 40% affordable housing would deliver 48 homes. If the tenure mix follows the council's policy, around 30 of these would be for social or affordable rent. This would make a real difference, but only if the homes are the right size. We would urge the council to secure a proportion of larger family homes and some fully accessible homes, which are in very short supply.

We recognise the concerns raised about infrastructure, and we do not take a position on highways or drainage, which are matters for the technical consultees. Our view is simply that the need for affordable homes in Aldershaw is acute and that any decision should give this significant weight.

We would also ask the council to resist any later attempt to reduce the affordable housing on viability grounds. We have seen this happen on two sites in the district in the last five years, and in both cases the affordable housing was roughly halved.

Housing Strategy Team, Severnside Homes
""", keep=[("Severnside Homes", "housing association"), ("Barnfield Homes", "developer"), ("Housing Strategy Team", "team name"), ("1 April", "date, not DOB")])

r("volunteer", """
I've been a volunteer surveyor for the county bird recorder for about ten years, and Hollins Meadow is one of my regular patches. In the last breeding season I recorded at least five pairs of skylark, two singing yellowhammers along the northern hedge, and a barn owl quartering the rough grass most evenings in June and July. Lapwing used to breed in the wet hollow in the lower field and I had a pair there as recently as 2020. These are all red-listed species. The developer's ecology report was based on a single visit in September, which is the wrong time of year for breeding birds. I would ask the council ecologist to require a full breeding bird survey before any decision is taken, and to treat the lower field in particular as a constraint rather than an opportunity for "attenuation ponds".
""", keep=[("county bird recorder", "role"), ("June", "month"), ("council ecologist", "job title")])

r("resident", """
Mixed feelings. I'm a first-time buyer myself (just) and I know how hard it is. But I walked round the exhibition boards and the houses were the same four designs you see on every estate from here to Swindon, all grey cladding and tiny gardens. If Aldershaw has to have 120 more homes, can they at least look like they belong here? Brick, proper chimneys, some trees that will actually grow. And please, some actual bungalows for older people so they can free up family homes.
""", keep=[("Swindon", "town")])

r("resident", """
I object to this application. I've lived in Little Brampton since 1987 and the brook has come over the road four times in that period, twice since they built Kestrel Rise upstream. Hollins Lane is a single track road with no footway, and I'd add that it has no street lighting either, so in winter the children walking to the school bus are in pitch dark with cars coming round the bend. I don't understand why the highways people haven't objected. Please refuse this application.
""", near=("hollins-standard", "reuses two template phrases in otherwise independent text"), keep=[("Little Brampton", "village")])
