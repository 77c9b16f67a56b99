from lib import R, ws, lower, nopunct, paras
from campaigns import T

C = "transport-save-school-buses"

R("TRN-001", "parent/carer", T[C], camp=(C, "template"))

R("TRN-002", "individual", """I broadly support the proposals. The council has been paying for transport well beyond what the law requires and that money has to come from somewhere. Three miles is the statutory distance and lots of children walk that far in other parts of the country.

That said, the route assessments need to be done properly. Some of the lanes round here have no verge at all. I'd also like the council to explain how much the changes will actually save each year once the cost of route assessments and appeals is taken off. The figure of £1.2m in the summary looks optimistic to me.""")

R("TRN-003", "parent/carer", """My son Oliver Brennan-Hughes (DOB 14/02/2015) currently gets the bus to St Aidan's RC Primary because it is our nearest Catholic school. Under your proposal he would lose his place on the bus from September because faith schools would no longer count. We are not churchgoers for show, Oliver was baptised there and his sisters went there. The alternative, Thornby Community Primary, is also over two miles away and there is no footpath on the B6160 between us and the village. I would have to give up my job at the hospital to drive him. Please reconsider the faith school element.""",
  pii=[("person", "Oliver Brennan-Hughes"), ("person", "Oliver"), ("date_of_birth", "14/02/2015"), ("school", "St Aidan's RC Primary")],
  keep=[("September", "month"), ("B6160", "road number"), ("Thornby", "village name"), ("Catholic", "religion, not a name")])

R("TRN-004", "individual", "N/A")

R("TRN-005", "parent/carer", ws(T[C]), camp=(C, "exact"))

R("TRN-006", "young person", """the bus is the only way i can get to college without my mum having to drive me and she works nights. pls dont take it away""")

R("TRN-007", "parent/carer", """we live on fenwick lane just outside little marston and my daughter amira is 9. you want her to walk 2.8 miles on a 60 limit road with lorries from the quarry. are you serious?? nobody from the council has ever walked that road. come and do it on a wet tuesday in november at 8am and then tell me its safe""",
  pii=[("street", "fenwick lane"), ("person", "amira")],
  keep=[("little marston", "village name, lower-case"), ("tuesday", "weekday"), ("november", "month")])

R("TRN-008", "organisation", """Response on behalf of Ashworth Rural Parishes Forum.

The Forum represents 23 parish councils across the north and west of the county. Our members have raised the following points:

- The proposals will increase traffic at school gates in villages that already have serious parking problems at 8.45am and 3.15pm.
- Several routes that would become "available walking routes" cross the A59, which carries heavy goods vehicles.
- The spare seat scheme costs relatively little because the buses are running anyway.
- Withdrawing transport for post-16 students will disproportionately affect young people in rural areas, who have no realistic public transport alternative. The 59 and the X6 run only every two hours.
- No equality impact assessment has been published for rural households.

We ask the council to defer the decision until route assessments have been carried out and published for each affected route, and to meet with parish representatives before the Executive meeting in March.""",
  keep=[("Ashworth Rural Parishes Forum", "organisation"), ("A59", "road number"), ("The 59", "bus route"), ("X6", "bus route"), ("March", "month"), ("Executive", "council body")])

R("TRN-009", "individual", "no comment")

R("TRN-010", "parent/carer", """I am writing to object to the proposal to change home to school transport eligibility. My two children, Kacper and Zuzanna Nowicki, attend Holy Family Catholic Primary and we live at 3 Moorgate Cottages, Little Marston, HG4 9ZP. We do not have a car. Raising the walking distance to the statutory limit of three miles for children over eight will force children to walk along unlit rural roads with no pavements. Many families do not have a car, and the public bus does not run at times that match the school day. Removing the spare seat scheme will hit low-income families hardest. The council has not properly assessed the safety of the routes that children would be expected to walk, especially in winter. I ask the council to keep the current eligibility criteria, to keep free transport for children attending their nearest faith school, and to carry out a proper route safety assessment before making any decision. Our children's safety should not be sacrificed to save money.""",
  pii=[("person", "Kacper"), ("person", "Zuzanna Nowicki"), ("school", "Holy Family Catholic Primary"), ("street", "3 Moorgate Cottages"), ("postcode", "HG4 9ZP")],
  keep=[("Little Marston", "village name")],
  camp=(C, "edited"))

R("TRN-011", "school", """We are a small rural primary school with 61 pupils on roll, of whom 38 currently use council transport. If eligibility is tightened as proposed, our modelling suggests at least a dozen families would move their children to schools nearer the parents' workplaces, which would make the school unviable within three years. The consultation document does not mention the effect on small schools at all. We would urge the Cabinet Member for Children and Young People to visit before any decision is taken.""",
  keep=[("Cabinet Member for Children and Young People", "job title")])

R("TRN-012", "individual", """Good idea. Too many kids get driven everywhere. We walked 4 miles each way in all weathers and it did us no harm.""")

R("TRN-013", "parent/carer", lower(T[C]), camp=(C, "exact"))

R("TRN-014", "parent/carer", """Our son has Down's syndrome and an EHCP that names Brook Vale School, which is 11 miles from home. The consultation says SEND transport is "not in scope" but then on page 14 it says that personal transport budgets will be "encouraged" instead of taxis. I am not a taxi firm. I cannot take him 11 miles each way and also get his brother to school and get to work. Please be clear whether SEND transport is changing or not, because the document contradicts itself.""",
  keep=[("Down's syndrome", "medical condition"), ("EHCP", "acronym"), ("SEND", "acronym")],
  pii=[("school", "Brook Vale School")])

R("TRN-015", "parent/carer", """Can I just say the driver on the Eddlesfield run, Pete, and the escort Mrs Adeyemi are absolutely brilliant with the kids and they know every child by name. My little one has Asperger's and getting on a bus with a different driver every day would be a nightmare for him. Whatever you decide, please keep the same contractors and keep the escorts on the primary runs. They are paid next to nothing and they do a job most of us couldn't do. If money has to be saved, look at the management side of the transport team first.""",
  pii=[("person", "Pete"), ("person", "Adeyemi")],
  keep=[("Eddlesfield", "town name"), ("Asperger's", "medical condition")])

R("TRN-016", "individual", """Agree with the changes. The spare seat scheme was always unfair because some families got it and others didn't depending on luck.""")

R("TRN-017", "parent/carer", """i object for the same reasons as everyone else. unlit roads, no pavements, no buses. simple as""")

R("TRN-018", "parent/carer", """I am writing to object to the proposal to change home to school transport eligibility. Raising the walking distance to the statutory limit of three miles for children over eight will force children to walk along unlit rural roads with no pavements. Many families do not have a car, and the public bus does not run at times that match the school day. The council has not properly assessed the safety of the routes that children would be expected to walk, especially in winter.

I would be happy to show an officer the route my daughter would have to walk. Call me on 07700 900418 or email d.okonkwo-ellis@example.com.

Dayo Okonkwo-Ellis""",
  pii=[("phone", "07700 900418"), ("email", "d.okonkwo-ellis@example.com"), ("person", "Dayo Okonkwo-Ellis")],
  camp=(C, "edited"))

R("TRN-019", "young person", """im in year 10 at eddlesfield academy and me and my mate jack get the spare seat bus from Thornby. if it goes we have to get 2 buses and we'd be late every day bc the Stagecoach one gets in at 9.05. also we've done a video about it, follow @lils.walk.to.school on tiktok""",
  pii=[("school", "eddlesfield academy"), ("person", "jack"), ("social_handle", "@lils.walk.to.school")],
  keep=[("Thornby", "village name"), ("Stagecoach", "bus company")])

R("TRN-020", "individual", "")

R("TRN-021", "parent/carer", """I don't understand why the council is consulting on this in the summer holidays when half the parents are away. Feels like it's been done on purpose so nobody responds. Extend the deadline.""")

R("TRN-022", "councillor", """As a ward councillor for Thornby and Little Marston I have had more casework on this proposal than on anything else this year. I want to put on record that the route from Little Marston to Thornby along the B6160 is not a safe walking route under any reasonable definition, and that my colleague Councillor Dunstan's claim at the last Scrutiny meeting that "children used to walk it in the 1970s" is not an assessment.

I would ask officers to publish each route assessment in full.

Cllr Margaret Oyelaran-Smith""",
  pii=[("person", "Dunstan"), ("person", "Margaret Oyelaran-Smith")],
  keep=[("Thornby", "village name"), ("Little Marston", "village name"), ("B6160", "road number"), ("Scrutiny", "council committee"), ("1970s", "decade")])

R("TRN-023", "parent/carer", nopunct(T[C]), camp=(C, "exact"))

R("TRN-024", "other", """Bus operator's view. We run four contracted school routes for Ashworth County Council. Removing the spare seat scheme does not save the council very much because the vehicle runs regardless of how many seats are filled; what it does do is remove income that helps keep the contract price down. If route numbers fall below a certain level we may not be able to bid for the next tender round in 2026. The council should talk to operators before changing things.""",
  keep=[("Ashworth County Council", "council name"), ("2026", "year")])

R("TRN-025", "parent/carer", """Born and raised here, same as my kids. My daughter Niamh (born 3rd September 2016) will be walking past the quarry entrance. There's no footway for about 400 metres. I have photographs. Happy to share them.""",
  pii=[("person", "Niamh"), ("date_of_birth", "3rd September 2016")])

R("TRN-026", "individual", """The proposals seem sensible financially but I'd like to see more detail on how many children are affected in each area. The table in appendix B only gives county totals.""")

R("TRN-027", "parent/carer", """I am writing to object to the proposal to change home to school transport eligibility.

Our son Ruairi O'Donnell is in year 6 at St Columba's and starts at Holy Cross in September. Under these rules he would not get transport to either. We chose them because they are our faith schools, not to be awkward.

Raising the walking distance will force children to walk along unlit rural roads with no pavements. Many families do not have a car, and the public bus does not run at times that match the school day. The council has not properly assessed the safety of the routes. I ask the council to keep the current eligibility criteria, to keep free transport for children attending their nearest faith school, and to carry out a proper route safety assessment before making any decision. Our children's safety should not be sacrificed to save money.

Siobhan O'Donnell
47 Kiln Lane, Eddlesfield""",
  pii=[("person", "Ruairi O'Donnell"), ("school", "St Columba's"), ("school", "Holy Cross"), ("person", "Siobhan O'Donnell"), ("street", "47 Kiln Lane")],
  keep=[("September", "month"), ("Eddlesfield", "town name")],
  camp=(C, "edited"))

R("TRN-028", "individual", """Please consider the environmental impact. More parents driving = more emissions, more congestion at the gate. The council declared a climate emergency in 2019 and this goes completely against it.""",
  keep=[("2019", "year, not a birth date")])

R("TRN-029", "parent/carer", """NO. NO. NO. This is a DISGRACE. Cut the councillors' expenses first.""",
  keep=[("NO", "all caps word"), ("DISGRACE", "all caps word")])

R("TRN-030", "parent/carer", """Dear Sir/Madam,

I wish to object to the withdrawal of post-16 transport. My son is 17 and attends the sixth form at Ripon. He has no other way of getting there: the first service bus from our village arrives at 9.40am. If he loses the bus he will have to drop out, and he wants to be a vet.

Yours faithfully,
Mrs H. Kowalczyk
12 Saxton Rise
Eddlesfield
hg3 4tl""",
  pii=[("person", "H. Kowalczyk"), ("street", "12 Saxton Rise"), ("postcode", "hg3 4tl")],
  keep=[("Ripon", "town name"), ("Eddlesfield", "town name")])

R("TRN-031", "parent/carer", """Keep the buses.""")

R("TRN-032", "parent/carer", """I am writing to object to the proposal to change home to school transport eligibility. Raising the walking distance to the statutory limit of three miles for children over eight will force children to walk along unlit rural roads with no pavements. Many families do not have a car, and the public bus does not run at times that match the school day. Removing the spare seat scheme will hit low-income families hardest and will put more cars on the road outside schools at drop-off time. The council has not properly assessed the safety of the routes that children would be expected to walk, especially in winter.

My own view is that the council should look at charging a modest fee for spare seats rather than scrapping them altogether. Most families I know would pay £1 a day. I'd rather pay than have my kids walk that road.""",
  camp=(C, "edited"))

R("TRN-033", "young person", """i think its unfair on people in the villages. people in town can walk to school but we cant theres literally no pavement""")

R("TRN-034", "parent/carer", """My daughter has epilepsy and is not allowed to walk alone in case she has a seizure. I work full time. Under the new rules she would not qualify because she is 2.6 miles from school and her condition is "managed". Who decides what managed means? Her consultant at Harrogate District Hospital could tell you. Please add a medical exception that parents can apply for without needing an EHCP.

Gwen Pritchard, tel 01632 960271""",
  pii=[("person", "Gwen Pritchard"), ("phone", "01632 960271")],
  keep=[("Harrogate District Hospital", "hospital name"), ("EHCP", "acronym")])

R("TRN-035", "individual", """Our children's safety should not be sacrificed to save money - that's what everyone keeps saying, and I agree, but nobody is suggesting where else the money should come from. I would support the changes for secondary pupils only, with primary children kept on the existing criteria. Secondary age children are better able to judge traffic and many of them already choose to cycle. But an eight year old on an unlit lane in the dark is a different matter entirely and I don't think anyone would seriously argue otherwise.""")

R("TRN-036", "parent/carer", paras(T[C]), camp=(C, "exact"))

R("TRN-037", "parent/carer", """The taxi that takes my daughter to her special school (a silver Skoda, YJ67 WMB) is often 20 minutes late already. If you cut the budget further it will only get worse. She needs routine. Last term she missed the start of school eleven times. I have complained to the transport team three times and been told "it is with the contractor". I would like to know what penalties the contractor faces for lateness, if any, and whether those will actually be enforced under the new budget.""",
  pii=[("vehicle_registration", "YJ67 WMB")],
  keep=[("Skoda", "car make")])

R("TRN-038", "parent/carer", """I object. Raising the walking distance to the statutory limit of three miles for children over eight will force children to walk along unlit rural roads with no pavements. Many families do not have a car, and the public bus does not run at times that match the school day. I ask the council to keep the current eligibility criteria, to keep free transport for children attending their nearest faith school, and to carry out a proper route safety assessment before making any decision.

We moved out to the village for the schools. Nobody told us the bus could be taken away. Thank you for reading.""",
  camp=(C, "edited"))

R("TRN-039", "individual", "did not answer")

R("TRN-040", "parent/carer", """Three things:
1) the consultation form kept crashing on my phone
2) the map of "available walking routes" doesn't show Back Lane at all
3) why are we only finding out about this from a Facebook group?

As for the actual proposal - my lad is 12, we're 2.9 miles by road from school, and we'd be 0.1 mile under the limit. 0.1 of a mile. Measured how?? On Google Maps it's 3.2. Please publish how you measure distances.""",
  keep=[("Back Lane", "lane named as a route on a map, not where the respondent lives"), ("Facebook", "platform name"), ("Google Maps", "product name")])

R("TRN-041", "parent/carer", """I want to set out in some detail why this proposal would be a disaster for our family and, I think, for many others who will not have the time or confidence to respond.

We live two and three-quarter miles from my daughter's school, Eddlesfield High, by the shortest route the council uses, which goes along the old railway track. That track is not lit, not gritted and not surfaced. In winter it is a mudbath, and it floods where it passes under the A59. It has no houses along it for over a mile. I would not walk it alone in the dark as an adult woman, let alone send my twelve year old daughter along it at 7.40 in the morning in December.

The alternative route by road is 3.4 miles, which is over the limit, but the council's measuring method picks the shortest "available" route, which is the track. I asked the transport team in writing whether the track had been assessed and was told "all routes will be assessed in line with statutory guidance". That is not an answer.

We have one car and my husband needs it for work - he is a plasterer and starts at 7. I work in Ripon in a care home on shifts. We cannot both do the school run. There is a public bus but it goes via three villages and gets in at 9.10, twenty-five minutes after registration.

I understand the council's finances are difficult. I am not asking for special treatment. I am asking for the council to do what it says it will do: assess every route properly, publish the assessments, and give families a right of appeal to someone independent. Until that is done, please do not change the eligibility criteria.

I have also signed the petition but I wanted to write in my own words.

Anna-Maria Popescu""",
  pii=[("person", "Anna-Maria Popescu"), ("school", "Eddlesfield High")],
  keep=[("A59", "road number"), ("December", "month"), ("Ripon", "town name")])
