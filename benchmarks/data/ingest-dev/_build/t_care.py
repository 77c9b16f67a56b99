from lib import R, ws, lower, nopunct, paras
from campaigns import T

C = "care-fair-charging"

R("CAR-001", "person who uses services", T[C], camp=(C, "template"))

R("CAR-002", "unpaid carer", """I care for my son Tariq, who is 27 and has cerebral palsy and a learning disability. He goes to a day service three days a week and has a personal assistant for two afternoons. Under the current policy he pays £38 a week. Under your proposal, because his PIP daily living component would be counted in full, the council's own calculator says he would pay £96 a week. That is nearly all of his PIP. PIP is meant to pay for the extra costs of being disabled: the extra laundry (he has continence issues), the taxis because he cannot use buses, the specialist cutlery, the heating because he feels the cold. Where is that money supposed to come from now?

I am 63. I have cared for Tariq his whole life. I have never asked the council for anything for myself. But I will not be able to keep going if his support is cut because he cannot afford it.

Nasreen Qureshi""",
  pii=[("person", "Tariq"), ("person", "Nasreen Qureshi")],
  keep=[("cerebral palsy", "medical condition"), ("PIP", "benefit acronym")])

R("CAR-003", "person who uses services", "I agree with the council. Everybody should pay their fair share.")

R("CAR-004", "family member", ws(T[C]), camp=(C, "exact"))

R("CAR-005", "person who uses services", """My name is Olumide Bankole-Hart, DOB 12.03.1958, NHS No: 999 159 0838. I have had two strokes. I receive Attendance Allowance at the higher rate. I am writing this with help from my daughter. I currently pay nothing for my care because my income is below the threshold. I was told on the phone that under the new rules I would pay "around £40 a week". Nobody has explained how that was worked out. I would like a financial reassessment before anything changes and I want it in writing.""",
  pii=[("person", "Olumide Bankole-Hart"), ("date_of_birth", "12.03.1958"), ("nhs_number", "999 159 0838")],
  keep=[("Attendance Allowance", "benefit name")])

R("CAR-006", "unpaid carer", """No one should be charged for care in the first six weeks after hospital. My dad came home from St James's after a fall and they sent us a bill for the reablement. We didn't even know it wasn't free. Nobody at the hospital mentioned charges. The discharge team just said the council would be in touch. That's not good enough when you're trying to cope with someone coming home after a fall.""",
  keep=[("St James's", "hospital name (possessive, looks like a name)")])

R("CAR-007", "organisation", """Response from Westmarch Carers Centre

Westmarch Carers Centre supports 3,400 registered unpaid carers across the city. We have consulted carers through three focus groups and an online survey (412 responses).

1. Charging carers for carer services. The proposal to introduce a flat £5 charge for carers' breaks is contrary to the spirit of the Care Act 2014, which gives carers a right to support in their own right. Carers UK estimates that unpaid carers in England save the state £162 billion a year. Charging them is a false economy.

2. Disability-related expenditure. The current DRE allowance of £20 a week is far below the real extra costs. We recommend an individual assessment, not a flat rate.

3. Hospital discharge. We support continuing free reablement for six weeks.

4. Communication. Several carers told us they first heard of the consultation from us, not from the council. The Director of Adult Social Care should write to everyone who currently pays a contribution.

We would welcome a meeting.""",
  keep=[("Westmarch Carers Centre", "organisation"), ("Care Act 2014", "legislation"), ("Carers UK", "charity"), ("England", "country"), ("DRE", "acronym"), ("The Director of Adult Social Care", "job title")])

R("CAR-008", "person who uses services", "no comment")

R("CAR-009", "unpaid carer", """I look after my wife who has early onset Alzheimer's. She's 58. The day centre is the only break I get. If you charge for it I'll just have to stop her going, because we can't afford it on my wage alone, and then I'll have to give up work. It's that simple. Has anybody in the council thought about what happens then? We end up costing you more, not less.""",
  keep=[("Alzheimer's", "medical condition")])

R("CAR-010", "person who uses services", """I am responding to the consultation on the adult social care charging policy. I am deeply concerned that the proposal to count 100% of disability benefits as income when working out charges will push disabled people into poverty. I am one of those people.

I have motor neurone disease. My electricity bill is £190 a month because of my ventilator, powered bed and wheelchair charging. None of this is counted in the current disability-related expenditure allowance.

The council should allow a full and fair assessment of disability-related expenditure for every person. People should not have to choose between paying for care and heating their homes. I urge the council to withdraw this proposal.

K. Nwachukwu
kelechi.nwachukwu@example.org""",
  pii=[("person", "K. Nwachukwu"), ("email", "kelechi.nwachukwu@example.org")],
  keep=[("motor neurone disease", "medical condition")],
  camp=(C, "edited"))

R("CAR-011", "family member", """my mum (margaret) is 91 and in a care home. shes a self funder and the fees went up 11% this year. the council ones pay less for the same room. why are self funders subsidising everyone else. its not fair. not sure this is the right consultation but nobody else asks""",
  pii=[("person", "margaret")])

R("CAR-012", "unpaid carer", lower(T[C]), camp=(C, "exact"))

R("CAR-013", "advocate", """I am an independent advocate. I am responding in a professional capacity and not about any individual. Many of the people I work with have a learning disability or autism and will not understand a charging letter. The council should commit that no charge will be increased without a face-to-face or video explanation, in Easy Read, with an advocate present if wanted. The Easy Read version of this consultation was only published two weeks before the closing date, which is not acceptable.""",
  keep=[("Easy Read", "document format")])

R("CAR-014", "person who uses services", """I have been told by my social worker, Ms Doyle, that my contribution is going up from £12 to £57. I am on ESA and PIP. My NI number is JK456789D if you need to look me up. I have Asperger's and anxiety and I don't cope well on the phone, please write to me. I want to know if I can appeal.""",
  pii=[("person", "Doyle"), ("ni_number", "JK456789D")],
  keep=[("ESA", "benefit acronym"), ("PIP", "benefit acronym"), ("Asperger's", "medical condition")])

R("CAR-015", "provider", """We are a small home care agency delivering around 1,800 hours a month for the council. When contributions went up in a neighbouring authority, about 1 in 12 clients cancelled some or all of their care within three months. In our experience, those clients then had more falls and more hospital admissions. We would urge the council to look at the evidence from elsewhere before making this change.""")

R("CAR-016", "unpaid carer", """I am responding to the consultation on the adult social care charging policy. I am deeply concerned that the proposal to count 100% of disability benefits as income when working out charges will push disabled people into poverty.

My daughter Chloe-Anne Fitzgerald (born 30/07/1999) has Down's syndrome and lives at home with us at 56 Larkspur Avenue, LS8 3NW. She has a tiny income and the proposal would take almost all of it.

The council should never charge unpaid carers for services that support them in their caring role. I urge the council to withdraw this proposal.""",
  pii=[("person", "Chloe-Anne Fitzgerald"), ("date_of_birth", "30/07/1999"), ("street", "56 Larkspur Avenue"), ("postcode", "LS8 3NW")],
  keep=[("Down's syndrome", "medical condition")],
  camp=(C, "edited"))

R("CAR-017", "individual", """The council needs to raise money somehow. Rather than charge disabled people, put council tax up by the extra 2% social care precept, which I would happily pay.""")

R("CAR-018", "person who uses services", """I have Parkinson's and live alone. I have carers come in four times a day. They are wonderful - especially Precious, who has been coming for three years and knows exactly how I like things. I already pay £64 a week. If it goes up I will have to cut the tea time call and go to bed hungry. That is the truth.""",
  pii=[("person", "Precious")],
  keep=[("Parkinson's", "medical condition")])

R("CAR-019", "person who uses services", nopunct(T[C]), camp=(C, "exact"))

R("CAR-020", "unpaid carer", "N/A")

R("CAR-021", "family member", """On behalf of my father, who is in the Royal Westmarch Infirmary at the moment (hospital number RWI-0093317) and is due to be discharged to a care home. Nobody has told us whether the first six weeks will be free or not. We have been given three different answers by three different people. Please publish clear information about hospital discharge charges and make sure ward staff know what the policy is.""",
  pii=[("hospital_number", "RWI-0093317")],
  keep=[("Royal Westmarch Infirmary", "hospital name")])

R("CAR-022", "unpaid carer", """The question "Do you agree with the proposal to introduce a flat charge for carers' services?" is a leading question. Of course carers don't agree. Why is the council consulting on something it must know is unpopular? Is the decision already made? I'd like the council to publish the number of responses received and the breakdown, and to explain what would make it change its mind.""")

R("CAR-023", "person who uses services", """I'm a wheelchair user and a Motability customer. If you count my mobility component as income you are wrong, because it goes straight to Motability for the car. The consultation document says only the daily living component will be counted. Please confirm that in writing because the FAQ says "all PIP". Which is it? I'm not the only one confused. Everyone in my support group has read it differently.""",
  keep=[("Motability", "organisation"), ("FAQ", "acronym")])

R("CAR-024", "unpaid carer", """I am responding to the consultation on the adult social care charging policy. I am deeply concerned that the proposal to count 100% of disability benefits as income when working out charges will push disabled people into poverty. I care for my husband who has Huntington's disease. The Minimum Income Guarantee is already too low to cover the extra costs of disability, such as heating, special diets, laundry and transport. My husband needs a high calorie diet, his clothes and bedding need washing daily, and he feels the cold terribly. I urge the council to withdraw this proposal.

Mrs Bronwen Evans-Tudor
Ty Gwyn, 14 Chapel Hill
phone 020 7946 0388""",
  pii=[("person", "Bronwen Evans-Tudor"), ("house_name", "Ty Gwyn"), ("street", "14 Chapel Hill"), ("phone", "020 7946 0388")],
  keep=[("Huntington's disease", "medical condition"), ("Minimum Income Guarantee", "policy term")],
  camp=(C, "edited"))

R("CAR-025", "person who uses services", """Yes""")

R("CAR-026", "organisation", """Response from Westmarch Citizens Advice.

Our advisers see a growing number of clients in debt to the council for unpaid care charges. In the last year, 14% of our debt clients had social care arrears. Typically these clients were not told how their charge was calculated, were not offered a disability-related expenditure assessment, and had not been advised about benefits they were entitled to.

We recommend:
• a benefits check before any charge is set
• a clear written explanation of every charge
• no referral to debt collection agencies for care arrears
• a hardship fund

We welcome the proposal to keep the first six weeks of reablement free.""",
  keep=[("Westmarch Citizens Advice", "organisation")])

R("CAR-027", "unpaid carer", """i care for my brother daniel he has autism and learning disabilitys and lives with me. hes 34. he goes to the day centre on mondays and wednesdays and the rest of the time its me. if you charge me for his respite i cant pay it. im on carers allowance. thats £81.90 a week. my ni is ab123456c if u need it. please dont""",
  pii=[("person", "daniel"), ("ni_number", "ab123456c")],
  keep=[("mondays", "weekday, lower-case"), ("wednesdays", "weekday, lower-case"), ("carers allowance", "benefit, lower-case")])

R("CAR-028", "unpaid carer", paras(T[C]), camp=(C, "exact"))

R("CAR-029", "family member", """My mother died at the hospice in February. She'd been under Marie Curie nurses at home for the last month, who were incredible. In the middle of all that, we got a letter from the council about her care contribution going up from April, with a form to fill in. I rang and asked them to stop and they said they couldn't. I'd like the council to have a policy of not sending charging letters to people on end-of-life care. It's cruel.""",
  keep=[("February", "month"), ("Marie Curie", "charity that is named after a person"), ("April", "month")])

R("CAR-030", "person who uses services", """I am responding to the consultation on the adult social care charging policy. I am deeply concerned that the proposal to count 100% of disability benefits as income when working out charges will push disabled people into poverty. The Minimum Income Guarantee is already too low.

I have been in and out of hospital with my lungs (COPD). Hospital no. M4471982 at St Luke's. Every time I come out, I'm told the first six weeks of care will be free and then I get a bill. Stop charging for the first six weeks of care after a hospital discharge. People should not have to choose between paying for care and heating their homes. My CHI... sorry, I lived in Scotland for years, my NHS number is 9990166137.

Wojciech Kamiński""",
  pii=[("hospital_number", "M4471982"), ("nhs_number", "9990166137"), ("person", "Wojciech Kamiński")],
  keep=[("COPD", "medical acronym"), ("St Luke's", "hospital name (looks like a name)"), ("Scotland", "country"), ("CHI", "acronym")],
  camp=(C, "edited"))

R("CAR-031", "individual", """Social care is a national problem and it should be funded nationally. The council is being forced into this by government cuts. I don't blame the council, I blame Westminster. But I still oppose the proposal.""",
  keep=[("Westminster", "place used for government")])

R("CAR-032", "unpaid carer", """I've been a carer for 19 years, first for my mum and now for my partner. I want to say something about the way this consultation has been done. The online form timed out twice and lost everything I'd written. The paper copies weren't available at my library. The phone line was engaged all afternoon. The drop-in session was at 2pm on a Tuesday, when every working carer is at work and every non-working carer is caring. If you really want to know what carers think, come to us - the carers' group meets at the Salvation Army hall on the first Friday of the month.

On the actual proposal: a flat £5 charge for a carer's break sounds small. But it's £5 for every break, and a lot of us have two or three a month. And it sends a message: your caring is worth nothing to us, and now we'll charge you for the privilege of a rest.""",
  keep=[("Tuesday", "weekday"), ("Salvation Army", "organisation"), ("Friday", "weekday")])

R("CAR-033", "person who uses services", """Please can someone phone me about my bill. 07700 900 347. Thanks, Lin Zhao""",
  pii=[("phone", "07700 900 347"), ("person", "Lin Zhao")])

R("CAR-034", "family member", """I am responding on behalf of my aunt, who has vascular dementia. Please note her details for the financial assessment team: Mrs Hyacinth Bramwell-Clarke, d.o.b 02/11/1940, NHS number 999-186-0916, National Insurance ZX 71 24 68 B. She lives at Flat 2, Orchard Mews. She has asked me to say that she does not want to move into a care home and wants to stay at home as long as possible, and the new charges would make that impossible for her.""",
  pii=[("person", "Hyacinth Bramwell-Clarke"), ("date_of_birth", "02/11/1940"), ("nhs_number", "999-186-0916"), ("ni_number", "ZX 71 24 68 B"), ("flat", "Flat 2, Orchard Mews")],
  keep=[("vascular dementia", "medical condition")])

R("CAR-035", "unpaid carer", """The council should never charge unpaid carers for services that support them. Never. I'm exhausted. That's all I've got the energy to write.""",
  camp=None)

R("CAR-036", "person who uses services", """I use direct payments to employ my own PA. Please consider that the charge is taken before I get my direct payment, so if the contribution goes up the PA's hours go down, and I can't legally pay her less than the minimum wage. This is not discussed anywhere in the consultation. My PA has worked for me for six years. If I have to cut her hours she'll find a job elsewhere and I'll be back to agency carers who change every week.""",
  keep=[("PA", "acronym for personal assistant")])

R("CAR-037", "unpaid carer", """I am responding to the consultation on the adult social care charging policy. I am deeply concerned that the proposal to count 100% of disability benefits as income when working out charges will push disabled people into poverty. The council should allow a full and fair assessment of disability-related expenditure for every person, stop charging for the first six weeks of care after a hospital discharge, and never charge unpaid carers for services that support them in their caring role.

I would also ask the council to meet with Mencap and Scope, who have done a lot of work on this in other areas.""",
  keep=[("Mencap", "charity"), ("Scope", "charity")],
  camp=(C, "edited"))

R("CAR-038", "individual", """What about people who own their home but have no savings? You can't eat a house. Deferred payment agreements are a form of debt and people are frightened of them. Please explain them properly in plain English.""")

R("CAR-039", "person who uses services", """i have bipolar and i was sectioned last year. after i came out i had a care package under section 117 which is supposed to be free but i got a bill anyway. took 4 months to sort out. please train your staff about s117 aftercare. my support worker jo helped me fill this in.""",
  pii=[("person", "jo")],
  keep=[("section 117", "legal reference"), ("s117", "legal reference")])

R("CAR-040", "unpaid carer", """The charges are one thing, but what really gets me is the assessment. It took 7 months for mine. Seven months. In that time my husband's needs changed twice. By the time the financial assessment letter came, it was out of date. You need more staff, not more charges. Dr Anand at the surgery wrote three letters and not one was acknowledged.""",
  pii=[("person", "Anand")])

R("CAR-041", "unpaid carer", """I am writing as a carer, and as someone who used to work in the council's own financial assessment team, so I have seen this from both sides.

From the inside: the team is badly understaffed. When I left there were four assessors for the whole city and a backlog of over 600 cases. People were waiting months for an assessment and then being sent a backdated bill for hundreds of pounds. The proposals in this consultation will make that worse, because the disability-related expenditure assessment will become much more complicated and every single person on a contribution will need to be reassessed. I would like to know how many additional staff have been budgeted for. I suspect the answer is none.

From the outside: my partner has multiple sclerosis and I gave up my job to care for him. His contribution under the new rules would go from £31 to £88 a week. We have already cut back on everything. We don't have the heating on during the day. We don't go anywhere. The only thing we haven't cut is his care, and now we're being asked to choose between his care and eating properly.

I don't think the people who designed this policy are bad people. I think they were given a savings target and worked backwards. But somebody senior - the Director of Adult Social Care, the Cabinet Member, the Chief Executive - needs to look at the individual examples and ask whether this is really what the council wants to be doing to its most vulnerable residents.

I'm happy to talk to anyone from the council about this. My email is s.achebe-lowe@example.net.""",
  pii=[("email", "s.achebe-lowe@example.net")],
  keep=[("multiple sclerosis", "medical condition"), ("the Director of Adult Social Care", "job title"), ("the Cabinet Member", "job title"), ("the Chief Executive", "job title")])
