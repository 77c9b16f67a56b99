from common import Collector
from campaigns import WREXBY_AE, MIDWIFE

C = Collector("hospital")
r = C.add

W = "save-wrexby-ae"
T = WREXBY_AE
P = T.split("\n\n")  # 5 paragraphs

# ---------------------------------------------------------------- campaign (c): first-person rewording / shortened
r("resident", T, camp=(W, "template"), keep=[("Integrated Care Board", "organisation"), ("A614", "road")])
r("resident", T.replace("\n\n", "\n"), camp=(W, "exact"))
r("patient", T.replace("A&E", "A & E").replace("6pm", "6 pm"), camp=(W, "exact"))

r("resident", """
I am writing as a resident of Wrexby to oppose the plan to move the A&E department and the consultant-led maternity unit from Wrexby General Hospital to Hallingford.

""" + P[1] + "\n\n" + P[2] + "\n\n" + P[3] + """

I call on the trust board and the Integrated Care Board to reject this option and keep full A&E and maternity services at Wrexby General Hospital.
""", camp=(W, "edited"))

r("resident", """
I have lived in one of the villages outside Wrexby for 40 years and I oppose the plan to move A&E and consultant-led maternity from Wrexby General Hospital to Hallingford.

""" + P[1] + """

There is no direct public transport between the two towns after 6pm. Many families simply cannot afford or manage that journey.

""" + P[3] + """

Please reject this option. I want full A&E and maternity services kept at Wrexby General.
""", camp=(W, "edited"))

r("staff member", P[0].replace("We are writing as residents of Wrexby and the surrounding villages", "I am writing as a member of staff at Wrexby General and a local resident") + "\n\n" + P[1] + "\n\n" + P[2] + """

The trust says the change is about safety and staffing, but I believe it is about money. I have worked at Wrexby General for 19 years and the staff here are among the most dedicated anywhere.

""" + P[4].replace("We call on", "I call on"), camp=(W, "edited"), keep=[("Wrexby General", "hospital")])

r("resident", "My name is Grace Appiah-Mensah and " + P[0].replace("We are writing as residents of Wrexby and the surrounding villages", "I'm writing as a mum of three from Wrexby") + "\n\n" + P[1] + """

When my youngest was born in 2021 it all happened in under an hour. If I'd had to go to Hallingford she'd have been born in the car on the A614.

""" + P[4].replace("We call on", "I'm asking"), camp=(W, "edited"), pd=[("person", "Grace Appiah-Mensah")])

# ---------------------------------------------------------------- campaign (f): small short campaign
M = "midwife-unit"
r("parent", MIDWIFE, camp=(M, "template"))
r("resident", MIDWIFE.replace("  ", " ").replace("midwife-led", "midwife led"), camp=(M, "exact"))
r("parent", MIDWIFE.replace("Please keep", "Please, please keep").replace(
    "A local unit with good ambulance transfer arrangements is safe, is popular with families and would keep skilled midwives working in our town.",
    "A local unit with a good ambulance transfer system is safe and would keep our brilliant midwives working in Wrexby."),
  camp=(M, "edited"))

# ---------------------------------------------------------------- independent responses
r("patient", """
I have Crohn's disease and have been admitted through Wrexby A&E four times in the last two years, each time with severe pain and vomiting. My consultant, Dr Halvorsen, says time matters in a flare with a suspected obstruction. An hour in the back of a car to Hallingford is not a safe option for me. My hospital number is WG0447821 if anyone wants to check my history.
""", pd=[("person", "Halvorsen"), ("hospital_number", "WG0447821")], keep=[("Crohn's disease", "medical condition"), ("A&E", "department")])

r("staff member", """
I'm an A&E consultant and I'm going to say something unpopular. Wrexby's emergency department cannot currently be staffed safely. We have had 7 consultant vacancies for over a year and rely on locums every night. Patients with major trauma, strokes and heart attacks already bypass Wrexby and go to Hallingford because that's where the specialist teams are. A single, properly staffed emergency department with a strong urgent treatment centre at Wrexby is, in my view, safer than two struggling ones. I know this is hard to hear.
""", keep=[("A&E consultant", "job title"), ("urgent treatment centre", "service")])

r("resident", "SAVE OUR A&E!!!", keep=[("SAVE OUR A&E", "capitalised slogan")])

r("patient", """
My husband had a stroke in March. The paramedics got him to Wrexby within 20 minutes and he had the clot-busting drug in time. The stroke nurse, Angharad, told me that every minute counts. He's walking and talking now. If we'd had to go to Hallingford I don't think I'd have a husband. Please don't do this. He still can't believe how quick they were. Neither can I.
""", pd=[("person", "Angharad")], keep=[("stroke nurse", "job title"), ("March", "month"), ("paramedics", "job")])

r("resident", "")

r("parent", """
i had my baby at wrexby last year and the midwives were amazing, i was in labour for 3 hours start to finish. hallingford is 40 mins away on a good day. what happens to women like me??? i dont drive and my partner works away in the week. i would of had to get a taxi and no taxi wants to take a woman in labour lol. seriously though its scary
""", keep=[("wrexby", "town, lower case"), ("hallingford", "town, lower case")])

r("community group", """
Healthwatch Fenmoor - summary of what we have heard

Between January and April we spoke to 412 local people about the proposals at 23 events, including markets, baby groups, a food bank and two care homes.

Key themes:
1. Travel. 78% of people were worried about getting to Hallingford, especially without a car. Concerns were highest among older people, disabled people and people on low incomes.
2. Ambulance response. People do not trust that ambulance response times will improve. Several told us about waiting over 6 hours for an ambulance.
3. Maternity. Women who had given birth recently valued the continuity and the small, friendly feel of the Wrexby unit. Many supported keeping a midwife-led unit.
4. Trust in the process. Many people believed the decision had already been made.

We recommend the trust publishes a detailed travel plan, including a shuttle bus, before making a decision.
""", keep=[("Healthwatch Fenmoor", "organisation"), ("January", "month"), ("food bank", "service")])

r("parent", """
Our daughter Maisie was born at 29 weeks in the special care baby unit at Wrexby. The neonatal nurses saved her life. Sister Bronwen Griffiths held my hand for three nights solid. Maisie is now a happy 6 year old. I cannot bear the thought of families in the same situation having to drive to Hallingford every day for weeks.
""", pd=[("person", "Maisie"), ("person", "Bronwen Griffiths")], keep=[("special care baby unit", "hospital unit"), ("neonatal nurses", "job title")])

r("patient", """
I am 87 and I have Parkinson's. I no longer drive. My daughter works in Lincoln. If I need A&E I will have to wait for an ambulance, and the last time I had a fall I waited five hours on the kitchen floor. Please think of the old people. My late wife used to say that a hospital is only as good as your ability to get to it. She was right.
""", keep=[("Parkinson's", "medical condition"), ("Lincoln", "city")])

r("resident", "Keep A&E at Wrexby General.", near=("save-wrexby-ae", "slogan overlapping the campaign's closing demand"))

r("staff member", """
I'm a community midwife. I think a midwife-led unit at Wrexby, alongside consultant care at Hallingford, could work well IF it is properly resourced and the ambulance transfer times are guaranteed. What worries me is the proposal to move ALL births to Hallingford with nothing left at Wrexby. Women will give birth at home or on the roadside by accident, and some will choose to free-birth because they don't want to travel. That is not safe.
""", keep=[("community midwife", "job title"), ("ALL", "capitalised word")])

r("resident", """
The consultation document is 94 pages long and I'm an intelligent person but I couldn't follow it. What does "option B2 with enhanced UTC" actually mean? Please produce a plain English summary. And an easy read version, and one in Polish and Lithuanian, given how many people in Wrexby speak those languages at home. Otherwise the consultation only hears from people like me who have the time to wade through it.
""", keep=[("UTC", "abbreviation"), ("option B2", "consultation option")])

r("carer", """
I care full time for my son who has Down's syndrome and a heart condition. He has been blue-lighted to Wrexby A&E twice this year. I receive Carer's Allowance and I don't have a car. If he needs A&E and I follow the ambulance to Hallingford, I have no way of getting home. His NHS number is 726 018 1591 and his notes will show how often we use the hospital.
""", pd=[("nhs_number", "726 018 1591")], keep=[("Down's syndrome", "medical condition"), ("Carer's Allowance", "benefit")])

r("resident", "no comment")

r("resident", """
Honestly I think people are getting hysterical about this. Most of us will use A&E once or twice in our lives. I'd rather travel 40 minutes to a good department than 10 minutes to a bad one. The trust has been clear that the really serious cases already go to Hallingford.
""")

r("patient", """
Dear Sir/Madam,

I am writing to object in the strongest possible terms.

I live at Apartment 2, The Maltings, Quayside, Wrexby and I am a type 1 diabetic. I have had three hypos requiring an ambulance in the past eighteen months. On each occasion the paramedics took me to Wrexby A&E, which is five minutes away. Hallingford is forty minutes away.

I do not accept that this is about safety. It is about saving money by closing services in poorer towns.

Yours faithfully,
Dariusz Kamiński
""", pd=[("flat", "Apartment 2, The Maltings, Quayside"), ("person", "Dariusz Kamiński")], keep=[("type 1 diabetic", "medical term"), ("hypos", "medical term")])

r("patient", """
I was diagnosed with breast cancer last year and all my chemo has been at Wrexby. It would be very helpful if the oncology day unit stays where it is, whatever happens to A&E. The consultation isn't clear on this. Could someone reply to me at sharonlbrady@example.net? Thank you.
""", pd=[("email", "sharonlbrady@example.net")], keep=[("oncology day unit", "hospital unit"), ("chemo", "medical term")])

r("resident", """
WHY DOES EVERYTHING GO TO HALLINGFORD. THEY GOT THE NEW COLLEGE, THE NEW POLICE STATION, NOW THE HOSPITAL. WREXBY IS BEING LEFT TO ROT
""", keep=[("WREXBY", "town in capitals"), ("HALLINGFORD", "town in capitals")])

r("farmer", """
I'm a farmer near Saltmarsh End. Farming is dangerous work. Last harvest my neighbour lost two fingers in a baler and my wife drove him to Wrexby in 15 minutes. Hallingford would be nearer an hour from us. Accidents on farms don't wait. Neither do chainsaws, quad bikes or bulls. Every farmer round here will tell you a story like mine.
""", keep=[("Saltmarsh End", "village")])

r("staff member", """
I'm a healthcare assistant on Kingfisher Ward. Staff are exhausted. We have been told for years that the hospital is under review and it's very hard to recruit anyone when the future is so uncertain. Whatever you decide, decide, and then invest. Don't leave us in limbo for another five years.
""", keep=[("Kingfisher Ward", "ward name"), ("healthcare assistant", "job title")])

r("patient", """
I've got COPD and I use the ambulatory care unit at Wrexby. I'd like to know what happens to it if A&E moves. My details in case you need them: Raymond Gilchrist, DOB 03/11/1948, NHS no. 4830166134.
""", pd=[("person", "Raymond Gilchrist"), ("date_of_birth", "03/11/1948"), ("nhs_number", "4830166134")], keep=[("COPD", "medical abbreviation"), ("ambulatory care unit", "hospital unit")])

r("resident", """
We should be angry with the government not the trust. They've been starved of money for 15 years.
""")

r("patient", """
I am expecting my first baby in October. I live in Wrexby and I don't drive. My partner works shifts in Grimsby. The plans say women can call an ambulance in labour, but everyone knows ambulances are taking hours. I'm really frightened about this. My midwife has been lovely, but when I asked her what the plan would be for someone like me if the changes go ahead she said she honestly didn't know.
""", keep=[("October", "month"), ("Grimsby", "town")])

r("resident", """
Please consider a free shuttle bus between Wrexby and Hallingford running every hour, 7am to 11pm, if the changes go ahead. For visitors and outpatients this would make a huge difference. The current patient transport service is only for people with a medical need, so a lot of people would fall through the gap. It needn't be expensive - a minibus every hour would do it. Other trusts run them.
""")

r("patient", """
In 2019 I was brought into Wrexby A&E with sepsis. The doctor who saw me, Dr Oluwaseun Bakare, recognised it in minutes. I was in ITU for nine days. I'm told that if I'd been another hour, I wouldn't have made it. I owe my life to that department. I'm back at work now as a plumber and I've got two kids. Every time I drive past Wrexby General I think about it.
""", pd=[("person", "Oluwaseun Bakare")], keep=[("sepsis", "medical term"), ("ITU", "unit abbreviation")])

r("resident", "N/A")

r("resident", """
The A614 between Wrexby and Hallingford is closed at least 10 times a year for accidents or flooding at the Ouseby bends. The diversion adds 30 minutes. Has the trust even looked at this? I drive it every day for work. When the Ouseby bends flood, the only way round is through the villages on single-track roads. An ambulance on blue lights would struggle to do it in under an hour.
""", keep=[("A614", "road"), ("Ouseby bends", "place, landmark")])

r("staff member", """
I am a paramedic and I work out of Wrexby ambulance station. I support the consolidation of major trauma and stroke in Hallingford because that is what the evidence says. But I have real concerns about A&E. If Wrexby loses its A&E, every ambulance that would have dropped off there will be doing a 90-minute round trip instead. Fewer ambulances available means longer waits for everyone. The modelling in the consultation is not realistic.
""", keep=[("paramedic", "job title"), ("Wrexby ambulance station", "building")])

r("parent", """
I'm a Polish woman living in Wrexby for 12 years. My English is not perfect. I had two babies in Wrexby hospital. The midwives help me a lot and there was an interpreter. In Hallingford it will be more difficult for my family to visit because my husband work in factory and we have only one car. Please keep the hospital for families. When my daughter was born she had a problem with breathing and she was in special care for one week. I could walk to see her every day. In Hallingford I could not.
""")

r("resident", """
I object to the proposals. I've read the clinical case and I'm not persuaded. The trust's own figures show Wrexby's A&E performs better on the 4 hour target than Hallingford's. Why move the better-performing department into the worse-performing one? I would also like to see the data on ambulance handover times at Hallingford, which I understand are among the worst in the region. Sending more ambulances there will make those queues longer, not shorter.
""", keep=[("4 hour target", "NHS target")])

r("parent", """
can someone tell me if the kids ward is moving too? my son is asthmatic and we end up on the childrens ward at wrexby a few times every winter. the consultation doesnt say. hallingford has a childrens ward but its always full, my friends daughter was there last year on a trolley in a corridor for 8 hours. my numbers 07700-900-843
""", pd=[("phone", "07700-900-843")], keep=[("asthmatic", "medical term")])

r("resident", """
This is going to kill people. There, I've said it. Someone will die in the back of a car on the A614 and the trust board will say "lessons will be learned".
""")

r("resident", """
I'd like to put on record my thanks to the staff of Wrexby General for the care my late father received in his final weeks. Whatever is decided, please keep the palliative care beds here, near families. The nurses let my mother sleep in the chair next to him for his last three nights. That kind of care only works when the hospital is close enough for families to be there.
""", keep=[("palliative care", "medical term")])

r("resident", """
Our MP, Daniel Achterberg, voted for the funding formula that created this mess and now he's posing for photos with the "Save Wrexby A&E" banner. Hypocrisy.
""", pd=[("person", "Daniel Achterberg")], keep=[("MP", "role abbreviation")])

r("patient", """
Re: the reconfiguration. I have epilepsy and have tonic-clonic seizures about twice a month. Usually I don't need hospital, but when I have cluster seizures I do, and quickly. I live on Granary Lane, near the hospital, precisely so I can get there. I moved here for this reason. When I lived further out my wife had to drive me in during a cluster and I was fitting in the back of the car. I won't put her through that again. Hospital no. WGH 209 5561.
""", pd=[("street", "Granary Lane"), ("hospital_number", "WGH 209 5561")], keep=[("epilepsy", "medical term"), ("tonic-clonic", "medical term")])

r("resident", "I agree with the plans. Centralising specialist care saves lives.")

r("young person", """
I'm 16 and I'm writing because my mum told me to but also because I actually care. My little brother has epilepsy and he's been rushed to Wrexby loads of times. It would be so much worse if we had to go further. please keep it also my mum doesnt drive at night because of her eyes so it would be a taxi which costs loads
""", keep=[("epilepsy", "medical term")])

r("carer", """
I am writing on behalf of my mother, Mrs Eileen Doherty, who is 91 and lives with me. She has Alzheimer's and heart failure. In the last year she has been admitted to Wrexby General five times. Each time I was able to stay with her because it's 10 minutes from home. At Hallingford I would not be able to do that, as I have my own health problems and cannot drive at night. Her date of birth is 22.06.1933 and her hospital number is K334901X if anyone wants to look at her admissions.
""", pd=[("person", "Eileen Doherty"), ("date_of_birth", "22.06.1933"), ("hospital_number", "K334901X")], keep=[("Alzheimer's", "medical condition"), ("heart failure", "medical term")])

r("resident", """
Option A - keep everything at Wrexby - is obviously unaffordable and the trust has said so. Option C would close Wrexby entirely. So really it's B or B2. I'd support B2 if there are hard guarantees on the UTC opening hours (24/7, not "up to 24/7"). Without those guarantees, B2 is just a closure with extra steps.
""", keep=[("Option A", "consultation option"), ("24/7", "time expression")])

r("resident", """
There's a petition going round on change.org with 14,000 signatures. I hope the trust counts that.
""", keep=[("change.org", "website")])

r("resident", """
Maternity:
* keep a birth centre at Wrexby
* keep antenatal clinics at Wrexby
* free parking at Hallingford for women in labour and their partners
* proper transfer protocols
A&E:
* 24/7 UTC with x-ray
* clear signs so people know where to go
""", keep=[("x-ray", "medical term")])

r("local worker", """
i work at the chicken factory on the industrial estate and theres lots of accidents, knife cuts, burns, people falling off forklifts. wrexby a&e sees them in 10 minutes. my mate ricky nearly lost his hand last year and they saved it. please dont close it
""", pd=[("person", "ricky")], keep=[("a&e", "department, lower case")])

r("patient", """
I've had a hip replacement at Wrexby and the orthopaedic team were excellent. Will planned surgery stay at Wrexby? If emergency work goes to Hallingford, maybe planned operations could come the other way, so they don't get cancelled every winter. Mine was cancelled twice, once on the morning of the operation, because the beds were full of emergency admissions. That's not the staff's fault but it was awful - I'd taken time off work and arranged for my sister to come and look after me.
""", keep=[("orthopaedic", "medical term")])

r("retired", """
I'm a retired GP. I have mixed feelings. The clinical arguments for centralising major emergencies are strong. But the consultation underestimates how many "minor" cases turn out to be serious, and how many frail elderly people would be better treated locally. A well-staffed acute medical unit at Wrexby would be my priority. In my experience a large proportion of elderly admissions are for infections, falls and confusion, not for anything a specialist centre adds value to.
""", keep=[("acute medical unit", "hospital unit"), ("GP", "job title")])

r("staff member", """
As the Royal College of Midwives rep for Wrexby, I want to make it clear that midwives here were not properly consulted before the options were drawn up. Several of us will leave rather than transfer to Hallingford. The trust should not assume staff will follow the service. Many of us have children in local schools and partners working locally. A 46-mile round trip on top of a 12-hour shift is not something people will do for long, and Hallingford is short of midwives too.
""", keep=[("Royal College of Midwives", "organisation"), ("rep", "role")])

r("resident", """
Why not make Wrexby the centre and move Hallingford's services here? Wrexby has more land, better parking and is nearer the coast where the population is older.
""")

r("volunteer", """
Hello my name is Joy. I'm 68 and I'm a volunteer on the hospital's meet and greet desk. I see every day how frightened people are when they come in. A familiar place close to home matters. Please think again. I've volunteered here for nine years since I retired from the post office, and I'd like to do nine more.
""", pd=[("person", "Joy")], keep=[("meet and greet desk", "volunteer role")])

r("parent", """
My partner Ayesha gave birth to our son at St Aldhelm's in Hallingford in 2022 because Wrexby's unit was closed that week due to staffing. The care was good but the travel was awful - I had to leave at midnight with no buses and she was alone overnight. Please think about partners and families, not just patients. If the changes happen, please at least have somewhere partners can stay overnight, and free parking for the first few days.
""", pd=[("person", "Ayesha")], keep=[("St Aldhelm's", "hospital named after a saint")])

r("prefer not to say", """
Another sham consultation. decided already.
""")

r("disabled resident", """
I'm Deaf and use BSL. When I went to Wrexby A&E the staff booked a video interpreter quickly. Will Hallingford have the same? Please make sure accessibility is part of the plan. Also remember that Deaf people can't ring 999 or NHS 111 easily. We rely on text relay or on walking in. If the nearest A&E is 23 miles away, that is a real barrier for us. Please talk to Deaf people about this.
""", keep=[("BSL", "language abbreviation"), ("Deaf", "capitalised community term")])

r("parent", """
Dear North Fenmoor Hospitals NHS Trust,

My son Tyrone was stabbed in the town centre two summers ago. He lost a lot of blood. The trauma surgeon at Wrexby, Miss Cavendish-Hart, operated within the hour. She saved his life. I hope you will consider what would have happened if he had been sent 23 miles away.

Marcia Thompson
07700 900 592
""", pd=[("person", "Tyrone"), ("person", "Cavendish-Hart"), ("person", "Marcia Thompson"), ("phone", "07700 900 592")],
  keep=[("North Fenmoor Hospitals NHS Trust", "NHS trust"), ("trauma surgeon", "job title")])

r("patient", """
I'm currently under the cardiology team for an arrhythmia and I've been told I may need a pacemaker. I had a letter saying my follow-up would be moved to Hallingford "as part of service changes" before this consultation had even closed! NHS number 486-091-3906, letter dated 2 May. How is that not a done deal?
""", pd=[("nhs_number", "486-091-3906")], keep=[("arrhythmia", "medical term"), ("2 May", "letter date, not a birth date"), ("cardiology", "medical specialty")])

r("carer", """
I gave up work to care for my wife after her brain injury. We get Carer's Allowance and PIP and money is very tight. The DWP letters all go to my name, Ikechukwu Eze, NI QQ 40 17 82 B, in case the trust is going to offer any help with travel costs to people on benefits, which it should. Petrol to Hallingford and back three times a week would be over £60.
""", pd=[("person", "Ikechukwu Eze"), ("ni_number", "QQ 40 17 82 B")], keep=[("DWP", "government department"), ("PIP", "benefit"), ("brain injury", "medical term")])

r("community group", """
I run a local mums' group on facebook and tiktok (@wrexbymumsunite) and we've had hundreds of comments about this. Nearly every woman who has given birth at Wrexby says the same thing: the midwives knew them, it was calm, it was close. Please look at the comments before you decide. We're at DN37 7PL if you want to send anything to the group, c/o Kirsty.
""", pd=[("social_handle", "@wrexbymumsunite"), ("postcode", "DN37 7PL"), ("person", "Kirsty")], keep=[("facebook", "platform"), ("tiktok", "platform")])

r("patient", """
I was born at Wrexby General on the 19th of April 1987, and so were all three of my children. Last autumn I was in A&E with a kidney stone (NHS 494 821 9932 if you want to check) and I was seen, scanned and home in four hours. I can't imagine doing that at Hallingford with three kids to collect from school. Keep it local. Please. My mum says the same.
""", pd=[("date_of_birth", "19th of April 1987"), ("nhs_number", "494 821 9932")], keep=[("kidney stone", "medical term"), ("Wrexby General", "hospital")])

r("patient", """
I want to tell you what happened when my second child was born, because I think it's exactly the situation the trust says won't happen.

It was February 2023, about 2am. I was 38 weeks and my first labour had lasted 14 hours, so when the contractions started we weren't in a rush. Within forty minutes they were two minutes apart. My husband Dominic rang the labour ward at Wrexby and they told us to come straight in. We live about ten minutes from the hospital. We got there with, according to the midwife, "about fifteen minutes to spare".

What nobody could have known was that our son would be born with the cord round his neck and wouldn't breathe on his own. The midwife, Precious, hit the emergency buzzer and within a minute there was a paediatrician and another midwife in the room. He was resuscitated and taken to special care, where he spent five days. He is now a noisy, happy, completely healthy toddler.

If the consultant-led unit had been in Hallingford that night, one of two things would have happened. Either we would have set off on the A614 and he would have been born in the car somewhere past the Ouseby bends, with nobody there who could resuscitate him. Or we'd have called an ambulance, which (as we all know) can take an hour or more to arrive at the moment, and the same thing would have happened on our kitchen floor.

I've read the trust's case for change. I understand that a bigger unit sees more complicated cases and that staff keep their skills up. I understand about rotas and the difficulty of recruiting consultants. But the consultation talks about "low-risk women" as if you can always tell in advance who will turn out to be high-risk. I was low-risk. My first birth was completely straightforward. Nobody could have predicted what happened.

I would ask the trust board to read this and to imagine it was their family. Then tell me that 23 miles doesn't matter.

I'm happy to talk to anyone about this. I've also shared our story with the local paper, because I think people need to hear it.
""", pd=[("person", "Dominic"), ("person", "Precious")], keep=[("February 2023", "date, not DOB"), ("paediatrician", "job title"), ("labour ward", "hospital unit"), ("Ouseby bends", "landmark")])

r("business owner", """
Response on behalf of Wrexby & District Chamber of Commerce

The Chamber represents 180 businesses in Wrexby and the surrounding area, from sole traders to the two largest employers in the town, the food processing plant and the port.

Our members' concerns fall into three areas.

1. Workforce health and safety. Several of our members operate in high-risk sectors - food processing, agriculture, fishing, haulage, construction - where serious injuries happen. A local emergency department is part of how those risks are managed. Some members have told us their insurers have already asked about the implications of the proposals.

2. Recruitment. Businesses in Wrexby already find it hard to recruit skilled staff, particularly at senior level. One of the first questions candidates with families ask is about schools and hospitals. Losing consultant-led maternity in particular would make the town less attractive to young families.

3. The hospital as an employer. Wrexby General is the largest single employer in the town. Its staff spend their wages in our shops, cafés and services. We are concerned that moving A&E and maternity is the first step towards a wider run-down of the site, and we would like clear commitments about the long-term future of the hospital.

We recognise the clinical arguments made by the trust, and we do not claim expertise in them. But we would urge the trust board and the Integrated Care Board to consider the wider economic impact on a town that already ranks among the most deprived in the region, and to publish an economic impact assessment before a decision is taken.

The Chamber would welcome a meeting with the trust's chief executive.
""", keep=[("Wrexby & District Chamber of Commerce", "business organisation"), ("chief executive", "job title"), ("Integrated Care Board", "organisation")])

r("young person", """
I'm 17 and I'm a cadet with St John Ambulance. We do first aid cover at events in the town - the carnival, football, the Christmas lights. We're trained to deal with things until the ambulance arrives, but we're not paramedics. At the carnival last summer a man collapsed with a cardiac arrest and we did CPR for eleven minutes until the crew got there. He survived because Wrexby A&E and the cath lab team were ready for him fifteen minutes later. If the nearest A&E is Hallingford, that's another half an hour at least. I don't want to be doing CPR for an hour on someone's dad.
""", keep=[("St John Ambulance", "charity, looks like a person's name"), ("cath lab", "hospital unit"), ("CPR", "abbreviation")])

r("patient", """
I have sickle cell disease. When I have a crisis the pain is unbearable and I need IV pain relief within an hour - that's in the national guidance. The team at Wrexby know me and have a care plan on file, so I go straight through. I have no idea what would happen at Hallingford, where nobody knows me. Please make sure that people with long-term conditions like mine have a clear plan before anything changes.
""", keep=[("sickle cell disease", "medical condition"), ("IV", "abbreviation")])

r("resident", """
In an emergency those extra minutes cost lives - everyone keeps saying it and it's true, but I'd like to make a different point. The trust hasn't said a word about mental health. Wrexby A&E is where people in crisis go, especially at night, because there's nowhere else. My brother was brought in by the police twice last year. Where will people like him go at 3am if A&E is in Hallingford? A cell?
""", near=("save-wrexby-ae", "echoes one template phrase; independent argument about mental health"), keep=[("A&E", "department")])
