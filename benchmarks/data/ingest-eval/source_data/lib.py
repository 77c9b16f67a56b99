from common import Collector
from campaigns import FERNSIDE

C = Collector("library")
r = C.add

K = "keep-fernside"
F = FERNSIDE
paras = F.split("\n\n")

# ---------------------------------------------------------------- campaign (b): template, exact, and copies with an added personal paragraph
r("resident", F, camp=(K, "template"), keep=[("Fernside Library", "library name")])
r("resident", F.replace("\n\n", "\n"), camp=(K, "exact"))
r("parent", F.replace("Fernside Library.", "Fernside library.").replace("council's", "councils"), camp=(K, "exact"))

r("parent", F + """

I want to add something personal. My son Jakub is 7 and has dyslexia. The children's librarian, Mrs Ogunleye, found him books with bigger print and shorter chapters and now he reads every night. No volunteer rota is going to give him that.

Ewa Zielinska
""", camp=(K, "edited"), pd=[("person", "Jakub"), ("person", "Ogunleye"), ("person", "Ewa Zielinska")], keep=[("dyslexia", "condition")])

r("carer", """
I care for my husband who has Alzheimer's. The memory café at Fernside Library on a Thursday morning is the only two hours in the week when I can sit down with a cup of tea and talk to people who understand. Please don't take it away.

""" + F, camp=(K, "edited"), keep=[("Alzheimer's", "medical term"), ("Thursday", "weekday")])

r("resident", F + """

PS. I am 81 and I do not have the internet at home. The library is where I read my emails from my grandchildren in Australia. Where am I supposed to go?
""", camp=(K, "edited"), keep=[("Australia", "country"), ("PS", "abbreviation")])

r("resident", """
I'm one of the people who got help with my Universal Credit claim on the library computers when I lost my job in 2022. The staff sat with me for an hour and I'd never have got it done otherwise. You can reach me on 07700 900 762 if you want to hear more about it.

""" + F, camp=(K, "edited"), pd=[("phone", "07700 900 762")], keep=[("Universal Credit", "benefit name")])

# ---------------------------------------------------------------- independent responses
r("library user", """
I have used Fernside Library since I was a little girl in the 1960s, when it still had the wooden card catalogue and Miss Fairbairn would shush you if you so much as turned a page loudly. It is part of the fabric of this place. I understand the council has no money, I really do, but once a library closes it never comes back. I would be willing to pay more council tax to keep it.
""", pd=[("person", "Fairbairn")])

r("parent", """
we go to rhyme time every tuesday with my twins, its literally the only baby group thats free. the staff are amazing. please dont close it
""", keep=[("rhyme time", "library activity"), ("tuesday", "weekday, lower case")])

r("prefer not to say", "Close it. Nobody uses libraries any more, everything is online. Save the money.")

r("staff member", """
I work for the library service and I am responding as a private individual, so I would rather not give my name or say which branch.

What the consultation document does not say is that the "community model" in other parts of the borough has meant libraries open 9 hours a week instead of 38, no access to the main catalogue, and no one on site trained in safeguarding. Two of the three community libraries set up in 2016 had closed by 2020.

Staff are not against volunteers. Volunteers already help us with the summer reading challenge and the homework club. But volunteers should add to a professional service, not replace it.

I would also point out that the building is owned by the council, so the "saving" includes the costs of a building that will still need heating, insuring and maintaining whoever runs it.
""", keep=[("summer reading challenge", "programme"), ("homework club", "activity")])

r("disabled resident", """
Dear Northdale Borough Council,

I am 74 and registered blind. Every fortnight the library orders in talking books for me and one of the assistants, a lovely young man called Reuben, carries them to the bus stop for me. I don't suppose volunteers will do that. I really hope you think again.

Yours sincerely,
Mrs Patricia Oyelaran
Flat 6, Chandos House, Fernside Road
""", pd=[("person", "Reuben"), ("person", "Patricia Oyelaran"), ("flat", "Flat 6, Chandos House, Fernside Road")],
  keep=[("Northdale Borough Council", "council name"), ("registered blind", "condition")])

r("student", """
I'm in year 12 and I revise at Fernside every day after school because my house is too crowded and noisy, there's 6 of us in a 3 bed. The library is quiet and has wifi and it's warm. If it goes down to a couple of days a week I genuinely don't know where I'll work for my A levels. My mum can't afford a laptop for me either, so I use the library ones for coursework.
""", keep=[("year 12", "school year"), ("A levels", "qualification")])

r("resident", "keep it open")

r("volunteer", """
I support the community model. I'm a member of the Friends of Fernside Library and I honestly think with the right support we can run it well. We already raise around £3,000 a year for events. What we need from the council is a guarantee on the building for at least ten years, help with insurance, and access to the library management system so people can still order books from other branches.
""", keep=[("Friends of Fernside Library", "community group")])

r("parent", """
My daughter Zainab (she is 9) wrote this herself and asked me to send it:

"Dear council, please do not shut our library. I have read all the Harry Potter books from there and all the Horrid Henry ones. I want to read all the books in the whole library before I am 12. From Zainab"
""", pd=[("person", "Zainab")], keep=[("Harry Potter", "book series"), ("Horrid Henry", "book series, looks like a name")])

r("resident", "N/A")

r("library user", """
Moja mama i ja chodzimy do biblioteki... sorry, I write in English. My mother and me go to the library every week for the English conversation class on Monday. The teacher there helped me to write my CV and now I have a job in the warehouse. For people from other countries the library is very important. Please not close. Also my mother is 70 and she cannot use computer. In the library there is a lady who helps her to book appointment for doctor on the app. Where she will go?
""", keep=[("Monday", "weekday")])

r("resident", """
The consultation questionnaire is biased. Question 4 asks "which of these options do you prefer" and both options involve closing the council-run library. There is no option to keep things as they are. I would like this recorded as a formal complaint about the consultation process. I would also point out that the paper copies ran out at the library itself after two days, and the online form timed out twice when I tried to complete it.
""")

r("resident", """
Has anyone thought about moving the library into the health centre or the leisure centre? Other councils have done this. It keeps the staff, saves a building, and people are going there anyway. The library in Millbrook moved into the health centre three years ago and as far as I know it's busier than ever. The council should look at that before handing Fernside to volunteers. The GP surgery in Fernside has had space to spare since it was extended.
""")

r("carer", """
I'm a paid carer and I take one of my clients, Mr Desmond Clarke, to the library every Friday. He has Parkinson's and early dementia and he loves the local history section - he used to work at the old gasworks and there are photos of him in one of the albums. The library staff know him by name and make a fuss of him. It is the highlight of his week. A church hall with a shelf of donated paperbacks is not the same.
""", pd=[("person", "Desmond Clarke")], keep=[("Parkinson's", "medical condition"), ("dementia", "medical term"), ("Friday", "weekday")])

r("resident", """
I think this is a sensible proposal. The library is open 38 hours a week and every time I go in there are two or three people in there. It costs a fortune to heat. The council has to save money somewhere and I'd rather they kept social care going than paid for a half-empty building. I'd be happy to see the books moved to the church hall with volunteers, as long as people can still order from the central library.
""")

r("parent", """
We home educate our three children and the library is basically our classroom. We use it at least three mornings a week. Anyone who wants to see what the library means to families like ours is welcome to get in touch - helen.mcallister.home@example.org
""", pd=[("email", "helen.mcallister.home@example.org")])

r("resident", """
LIBRARIES ARE A STATUTORY SERVICE UNDER THE PUBLIC LIBRARIES AND MUSEUMS ACT 1964. THE COUNCIL HAS A LEGAL DUTY TO PROVIDE A COMPREHENSIVE AND EFFICIENT SERVICE. IF YOU CLOSE FERNSIDE I WILL BE WRITING TO THE SECRETARY OF STATE. THIS HAS HAPPENED BEFORE IN OTHER COUNCILS AND THE GOVERNMENT HAD TO STEP IN. DON'T THINK WE WON'T DO IT.
""", keep=[("PUBLIC LIBRARIES AND MUSEUMS ACT 1964", "legislation"), ("SECRETARY OF STATE", "role in capitals"), ("FERNSIDE", "place in capitals")])

r("community group", """
Fernside Tenants and Residents Association

Our committee discussed the proposal at our meeting on 3 June. We represent about 400 households on the Fernside estate, many of them older people and families on low incomes.

Our view is that the library should stay council-run. Our members told us:
* it is the only free indoor space on the estate since the youth club closed
* the computers are used for benefit claims, job searches and booking GP appointments
* the warm space last winter was used by over 60 people a week
* many residents do not feel confident going into Kettlebridge town centre

If the council goes ahead, the Association is not in a position to run a library. We have four active committee members, all of whom are over 65.
""", keep=[("Fernside Tenants and Residents Association", "community group"), ("3 June", "meeting date"), ("Kettlebridge", "town")])

r("resident", "Why is it always the poorer areas that lose things? You'd never close the library in Upper Kettlebridge.", keep=[("Upper Kettlebridge", "place")])

r("volunteer", """
I volunteer with the Citizens Advice drop-in which is held in the library meeting room every Wednesday. If the library moves to the church hall we lose a private room to see clients in. We see 15-20 people a week with debt, housing and benefit problems. Please make sure whatever happens there is still a confidential space for advice services. Debt and housing problems are not things people want to talk about in the middle of a coffee morning.
""", keep=[("Citizens Advice", "organisation"), ("Wednesday", "weekday")])

r("parent", """
as a single dad with 2 kids the library is a life saver in the holidays, free activities, lego club, the summer reading thing. my youngest is obsessed with the mr men books and we take out about 10 a week lol. not everyone can afford to buy books
""", keep=[("lego club", "activity"), ("mr men books", "book series, lower case")])

r("community group", """
I would like to make a few comments.

The building itself is a listed Edwardian library, opened in 1906. Whatever happens to the service, the council must not sell the building for flats. It was paid for by public subscription and it belongs to the people of Fernside.

Secondly, the local studies collection, which includes parish records, photographs and the minute books of the Fernside Co-operative Society, must not be broken up or moved out of the area.

Thirdly, I would support a combined model where the council keeps at least one professional librarian and volunteers extend the opening hours. That seems a reasonable compromise.

I am the secretary of the Fernside Local History Society and would be happy to meet officers.

R. J. Thistlethwaite
""", pd=[("person", "R. J. Thistlethwaite")], keep=[("Fernside Local History Society", "community group"), ("Fernside Co-operative Society", "historic organisation"), ("Edwardian", "period")])

r("resident", """
Me and my neighbour Agnieszka both go to the knit and natter group. Agnieszka's English has improved so much from coming. we don't want it to close.
""", pd=[("person", "Agnieszka")])

r("resident", "no comment")

r("volunteer", """
I run the Lego club on Saturday mornings as a volunteer. I'd happily keep doing it under a community model, but I'm not going to run the whole library, and I don't know anyone who would. The council needs to be honest that "community-run" in practice means "closed most of the week".
""", keep=[("Lego", "brand"), ("Saturday", "weekday")])

r("resident", """
Fernside library is where I learned to read, where I did my homework and where I found my first job in the Evening Chronicle. It's where my mum took me when the electric was cut off because it was warm. It's not an exaggeration to say it changed my life. Please find another way. I know money is tight. But cutting the libraries in the poorest wards is the most expensive kind of saving there is - you just pay for it later in other ways.
""", keep=[("Evening Chronicle", "newspaper name")])

r("business owner", """
I own the newsagent opposite. When the library is open I get trade from parents grabbing a drink and a snack. The closure would affect the whole parade of shops. I'd support keeping it open even on reduced hours rather than the volunteer option. The parade has already lost the bank and the post office counter. Every time something closes there's a bit less reason for people to come down here.
""")

r("disabled resident", """
I'm autistic and I find most public places overwhelming. The library is one of the few places I can go that is quiet and where I'm not expected to buy anything. The staff don't make me feel strange. A busy church hall with coffee mornings going on would not work for me. I don't think people understand how important it is for some of us to have a calm public space. I volunteered in the library for a while as part of my support plan and it gave me the confidence to apply for jobs. I now work part time.
""", keep=[("autistic", "condition")])

r("patient", """
I'm recovering from chemo and my energy is very limited. The home library service has been bringing me books every three weeks. Is that going to stop? Nobody has been able to tell me. My details are on your system under Gillian Farquharson, 14 Orchard Walk.
""", pd=[("person", "Gillian Farquharson"), ("street", "14 Orchard Walk")], keep=[("chemo", "medical term"), ("home library service", "service name")])

r("resident", """
Keep the library. Cut councillors' allowances instead.
""")

r("resident", """
Why does the consultation say Fernside library had "44,000 visits" last year when the same figure for 2019 was over 90,000? Maybe because you cut the hours in 2020 and never put them back. You've been running it down deliberately so you can close it. It's the same trick every time. They did it with the swimming baths in 2015: cut the hours, blamed falling numbers, then closed it. Nobody believes this consultation is genuine.
""")

r("resident", """
I'm in favour, to be honest. St Barnabas church hall is bright, it's got a proper kitchen and disabled toilets, which the current library doesn't. If the books and computers move there, and there are decent hours, I think most people will be fine with it. There would need to be a separate quiet room for study, though, and the church would have to agree not to book the hall out for funerals and parties when the library is meant to be open.
""", keep=[("St Barnabas", "church, named after a saint")])

r("parent", """
my son has downs syndrome and the sensory story time on a saturday is the one thing we do as a family that he loves and where nobody stares at him. the lady who runs it, shazia, is brilliant with him. if it moves to volunteers will that still happen?? he cant cope with crowds or loud noises and the church hall has a toddler group in it on saturdays so it would be no good for him anyway. please keep something for kids like him
""", pd=[("person", "shazia")], keep=[("downs syndrome", "medical condition, lower case"), ("saturday", "weekday, lower case")])

r("resident", """
I find it depressing that in 2024 we are even having this conversation. A town of 20,000 people should have a library. Full stop.
""")

r("resident", """
Suggestion: open later on Thursdays so people who work can use it, and close on Monday mornings when it's quiet. Same hours, more useful.
""", keep=[("Thursdays", "weekday"), ("Monday", "weekday")])

r("prefer not to say", """
I use the library to print documents for my immigration case because I do not have a printer. I also use the computer to speak with my lawyer. Please keep it. I am waiting for a decision for two years and I cannot work. The library is where I go every day to study English and to feel like a normal person. The staff are kind and they never ask me why I am there.
""")

r("library user", """
Please can you keep the large print books. My eyes are bad now (macular degeneration) and I get through three a week. I live in Flat 23 Beech House on the Fernside estate and the library is the only place I can walk to. I'm on 0161 496 0734 if anyone wants to ask me anything but please ring in the afternoon.
""", pd=[("flat", "Flat 23 Beech House"), ("phone", "0161 496 0734")], keep=[("macular degeneration", "medical term")])

r("resident", """
I run a small book group (eight of us, all retired) that has met in the library every month since 2009. We borrow reading group sets from the central library - ten copies of the same book. Will a community library be able to get those? I've asked twice and nobody knows.
""")

r("resident", """
Close Kettlebridge Central instead and keep the branch libraries. The central one is half empty and people in the estates can't afford the bus into town.
""", keep=[("Kettlebridge Central", "library name")])

r("young person", """
hiya im 15 i go there with my mates after school to do homework and use the computers and play on the xbox on fridays. if it shuts we will literally just be hanging round the park and then people will moan about that instead
""", keep=[("xbox", "product name"), ("fridays", "weekday")])

r("retired", """
I'm a retired librarian (38 years, most of them in Northdale) and I'd like to say as clearly as I can that running a library is a skilled job. Stock selection, information literacy, safeguarding, data protection, helping someone with a dementia diagnosis find the right information, helping a teenager with a research project - none of this happens by itself. I would happily volunteer to support the library, but I would not volunteer to replace my former colleagues.
""", keep=[("Northdale", "borough")])

r("library user", """
The library was the first place I went when I arrived in Kettlebridge from Lagos in 2017. They gave me a library card before I even had a bank account. I met my first friends there. I'm now a qualified pharmacist. Thank you to the staff, especially Mr Adeyemi-Brown who always had time to talk. I still go every Saturday with my daughter.
""", pd=[("person", "Adeyemi-Brown")], keep=[("Lagos", "city"), ("pharmacist", "job title")])

r("resident", """
The community option could work IF:
- the council keeps paying for the books and the IT
- there's a paid co-ordinator
- the building stays council owned
- there's a proper review after 2 years
Otherwise it will fail like the others.

I say this as someone who sat on the committee of the community library in Ashby Vale for four years. We were exhausted by the end.
""", keep=[("IF", "capitalised word")])

r("resident", """
I would just like to say thank you to the Fernside staff. When my wife died last year they helped me find books on bereavement and told me about the Cruse group that meets there. I don't know what I'd have done. I'm 77 and my children live away. For a few months the library was the only place I went apart from the shops. The staff always said hello and asked how I was. You can't put a price on that, though I suppose that's exactly what the council is trying to do.
""", keep=[("Cruse", "bereavement charity, looks like a name")])

r("parent", """
Fernside does a Bookstart session for new parents. My health visitor told me about it when my son was born in March and I've been going since. The Gruffalo and Peppa Pig board books are all from the library because I can't afford to buy them. It matters. I'm on maternity pay and every penny counts. The baby groups that cost £5 a session are out of the question. Rhyme Time is free, it's warm and I've made friends there, which after a difficult birth has honestly been a lifeline.
""", keep=[("Bookstart", "programme"), ("The Gruffalo", "book title"), ("Peppa Pig", "character"), ("health visitor", "job title"), ("March", "month")])

r("resident", "It's a shame but I understand why. Money has to come from somewhere.")

r("resident", """
My partner Callum and I both work full time and the library is never open when we can get there. Evenings and Sunday afternoons would be far more useful than weekday mornings. If a community group could manage that, I'm all for it. What I don't want is a library that's open Tuesday and Thursday mornings only, which is what happened in Brookfield when theirs went community-run. Callum's mum volunteers there and she says half the time they can't get enough people to open up.
""", pd=[("person", "Callum")], keep=[("Sunday", "weekday")])

r("resident", """
im disgusted. shut the library but spend £2 million on a new roundabout at the retail park. whoever decided this should be ashamed
""")

r("carer", """
I'd like to respond on behalf of my father, who is 92 and housebound. He's been getting the home library service for six years. He was born on 2 February 1932 and he's read his way through pretty much every war history they've got. His volunteer, Brian, comes every three weeks and it's often the only visitor he has apart from me. Please don't cut this service, whatever happens to the building.

Karen Boateng
""", pd=[("date_of_birth", "2 February 1932"), ("person", "Brian"), ("person", "Karen Boateng")])

r("resident", """
I follow the library on instagram and they post about all their events. It's a really active, busy place, it doesn't look like it's failing to me. I'm @kettlebridge_reads on there if you want to see how many people share their posts. The Halloween trail last year had a queue out of the door. That's not a dying library. People just don't always come in at the times the council's counters are looking.
""", pd=[("social_handle", "@kettlebridge_reads")], keep=[("instagram", "platform")])

r("resident", """
dont close it
""")

r("parent", """
Honestly? I'd never used the library until the pandemic. Then I borrowed a laptop from their loan scheme for my son's online schooling and it was a godsend. Last year I took out the Ancestry subscription on their computers and traced my family back to Donegal. It's so much more than books now and I don't think the council understands that. My mum came with me once and found her grandmother's name on a ship's passenger list. She cried.
""", keep=[("Ancestry", "website name"), ("Donegal", "place")])

r("business owner", """
I am a registered childminder and I take the children I look after to the library twice a week. It is one of the few free, safe, indoor places I can take five under-fives. St Barnabas hall has steps at the front and no baby change. It is not suitable for us. I also need to get a double buggy in, and there's nowhere to leave it in the hall. The current library has a ramp, automatic doors and space in the children's area. It's exactly what a library for young families should look like.
""", keep=[("childminder", "job"), ("St Barnabas", "church name")])

r("resident", """
The cost figures don't add up. The consultation says the library costs £186,000 a year to run. But the building costs are charged centrally and the staff costs include two posts that have been vacant since last year. I've put in a Freedom of Information request and will share the answer with the Friends group. Anyone who wants a copy can email me: t.wojcik84@gmail.com

Tomasz Wójcik
""", pd=[("email", "t.wojcik84@gmail.com"), ("person", "Tomasz Wójcik")], keep=[("Freedom of Information", "legislation name")])

r("resident", """
Last year the staff at Fernside helped me apply for my provisional licence and my CSCS card for a labouring job. I didn't even know where to find my national insurance number (pz 71 46 02 d, it was on an old payslip in the end). Nobody at home could help me with forms like that. I got the job. That's what the library does, not just books.
""", pd=[("ni_number", "pz 71 46 02 d")], keep=[("CSCS card", "construction skills card")])

r("staff member", """
I am a Year 3 teacher at one of the primary schools in Fernside and I am writing in a personal capacity.

Every class in our school visits Fernside Library at least once a half term. For many of our children it is the only time they choose a book for themselves. About a third of our pupils are eligible for free school meals. Many of them do not have books at home, and some of them do not have a table to read at. When they walk into the library and realise that they can take home any book they like, for free, and that nobody will tell them off for choosing a book that's "too easy" or "too hard", you can see something change in them.

The library staff are extraordinary. They know the children by name. They know which child is obsessed with sharks, which one has just discovered graphic novels, which one is new to the country and needs books in Arabic or Romanian. They run the Summer Reading Challenge, and every September I can tell which children did it and which didn't. The difference in reading fluency after six weeks away from school is stark.

I have read the consultation document carefully. It says that class visits "could continue under a community-managed model". I would like to know how. Our visits take place on weekday mornings. Will there be volunteers available at 9.30 on a Tuesday? Will they have DBS checks? Will they have the training to deal with a disclosure from a child, which has happened to library staff more than once? Will there be anyone who knows which books to recommend to a reluctant reader in Year 5?

I also want to say something about the building. St Barnabas hall is a lovely space for a coffee morning, but it is a 15-minute walk from our school along the main road. The current library is two minutes away. With 30 seven-year-olds, that difference decides whether a visit happens or not.

I know the council has had its funding cut year after year, and I don't envy the people who have to make these decisions. But a library is one of the few things a council does that genuinely changes the life chances of children. Please don't give it up.

K. Osei-Bonsu
""", pd=[("person", "K. Osei-Bonsu")], keep=[("Year 3", "school year"), ("Summer Reading Challenge", "programme"), ("DBS", "check type"), ("Arabic", "language"), ("St Barnabas", "church name")])

r("resident", """
I'm going to be the unpopular voice here. I've been a council tax payer in this borough for 30 years and I think the council is right to look at this.

I went into Fernside Library three times last month at different times of day and counted the people. On a Tuesday morning there were six, including two staff. On a Thursday afternoon there were eleven, most of them on the computers. On a Saturday morning it was busier, maybe twenty, mostly families. That's for a building that is open 38 hours a week and costs, according to the council's own figures, getting on for £190,000 a year.

Meanwhile my mother, who is 88, has had her home care visits cut from four a day to three, and we were told it was because of budget pressures. I find it very hard to accept that a library with a handful of people in it should be protected while frail old people go without help.

I'm not against libraries. I think a community-run library in the church hall, with volunteers and some support from the council, could give people most of what they value - a place to borrow books, use a computer and have a chat - at a fraction of the cost. Other places manage it. If the people who are writing in so passionately about the library put their energy into volunteering, I'm sure it could work.

I'd also say the council should stop paying for things like the e-magazine service and the music CD collection, which surely hardly anyone uses now.

Sorry if this upsets people, but someone has to say it.
""", keep=[("Tuesday", "weekday"), ("Saturday", "weekday")])

r("student", """
I'm doing a master's in information and library studies and I chose Fernside for a placement last year precisely because it's such a good example of a small community library doing a lot with very little. In eight weeks I saw the team help someone escape a violent relationship by quietly pointing her to the right services, help a man whose benefits had been stopped to challenge the decision, run a dementia-friendly reminiscence session, and deal with a teenager who came in drunk and distressed on a Friday afternoon. None of this is in the visitor statistics. All of it requires training and judgement. I'd urge the council to look at what the staff actually do, not just how many books go out.
""", keep=[("Friday", "weekday")])

r("grandparent", """
I'm a grandmother and I look after my two grandsons after school three days a week. We go to the library nearly every time because it's free, it's warm, and they love it. The older one has just got into the Wimpy Kid books and the little one still wants Bob the Builder every single time. If it closes I honestly don't know where we'll go in the winter. Soft play is £7 each.
""", keep=[("Wimpy Kid", "book series"), ("Bob the Builder", "character, looks like a name")])

r("resident", """
Fernside Library is not just a building full of books - I know that sounds like a slogan, and I've seen it on the leaflets going round, but in our case it's literally true. My husband had a stroke two years ago and lost most of his speech. His speech therapist suggested picture books and audiobooks, and the library staff put together a bag for him every fortnight. He's now reading simple novels again. I'm not sure a volunteer rota would have known where to start.
""", near=("keep-fernside", "quotes the campaign's opening line; own content otherwise"), keep=[("speech therapist", "job title")])

r("resident", "-")
