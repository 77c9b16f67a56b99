"""ehc-gateway: a 'Graduated Response Gateway' before EHC needs assessment requests are considered
(fictional Mersley Borough Council, Merseyside, North West England)."""
from common import R, each, plain_only, sents

PREFIX = "EHC"
CONSULTATION = "ehc-gateway"
CAMP = "ehc-dont-gate-the-law"

T = ("The {{Graduated Response Gateway|own}} is unlawful and it must be dropped. "
     "Under {{section 36 of the Children and Families Act 2014|law}} a council must carry out an {{EHC needs assessment|send}} where a child may have special educational needs and may need provision through a plan. "
     "There is no legal requirement for two terms of evidence first, and no parent should be told to wait while their child falls further behind. "
     "Families already wait months for an assessment and many only get one after going to tribunal. "
     "Adding another panel will mean more refusals, more appeals and more money spent on lawyers instead of children. "
     "Parents and young people have the right to ask for an assessment themselves. "
     "Don't build a gate in front of the law. "
     "Drop the Gateway.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", each(T, lambda s: s.lower().replace(",", "")), CAMP, "exact"),
    R("parent", plain_only(T, lambda s: s.replace(". ", ".\n\n")), CAMP, "exact"),
    R("grandparent", " ".join([S[0], S[1], S[3], S[5], S[7]]), CAMP, "edited"),
    R("parent", " ".join(S[:5]) + "\n\nOur daughter [[p:Leah-Mae Price]], Year 9, born [[dob:14/03/2011]], has been under {{Alder Hey|hosp}} since she was two (hospital number [[hosp:AH 2231904]]). "
      "Her school has done everything the Gateway asks and more. Two terms of evidence would take her to the end of Year 9 with nothing in place for {{GCSEs|send}}.", CAMP, "edited"),
    R("parent", "Are yous having a laugh? Me and our kid both had to fight for our lads' plans. Took me 18 month and a tribunal for [[p:Kian]]. "
      "Now yous want to make it harder? Sound, great, boss idea that. {{Mersley|inv}} is already one of the worst for timescales in the country. Sort yourselves out."),
    R("SENCO", "I am a {{SENCO|send}} in a {{Mersley|inv}} primary and I partly support the Gateway. Too many requests go in with no {{APDR|send}} evidence and get refused anyway; a proper gateway could help us get them right first time. "
      "But it must not be used to refuse parents' own requests, and the {{Gateway Panel|own}} must include a {{SENCO|send}} from outside the {{local authority|role}}."),
    R("parent", "{{Buna ziua|lang}}. I am mother of [[p:Ionuț]], he is 6, he is not speaking yet. Nursery said he need assessment, we ask in {{September|date}}, still waiting. "
      "Now you say two more terms? In {{Romania|place}} I would not wait so much. Please not make this. [[p:Mihaela Popescu]], [[fl:flat 4b]], [[st:Cherry Lane]], [[pc:l4 7xn]]"),
    R("young person", "im 17 n i asked for my own {{EHC needs assessment|send}} at college cos i got {{ADHD|med}} n {{dyscalculia|med}}. they said i have 2 wait for the gateway thing. "
      "my mum said u cant do that. is it legal?? im not tryna wait til im 19. [[sh:@notjust_ellis]]"),
    R("educational psychologist", "As an {{educational psychologist|role}} I welcome a clearer {{graduated approach|send}} but I am concerned that the Gateway relies on schools being able to buy {{EP|send}} time. "
      "In {{2023|date}} the traded {{EP service|own}} was cut to 60 days a year across 70 schools. Schools cannot evidence what they cannot access. Fund {{SALT|send}}, {{OT|send}} and {{EP|send}} time first."),
    R("parent", "I've read the leaflet. Don't build a gate in front of the law, someone wrote on the {{Facebook|org}} group, and I agree, but I'd add: don't build it in front of the {{CAMHS|send}} waiting list either."),
    R("parent", "No."),
    R("foster carer", "Our foster son (initials [[p:D.J.]]) is 8 and came to us in the summer with no plan, from another authority. His social worker and I asked for an assessment in {{October|date}}. "
      "We live on [[st:Larkhill Way]] and he started at [[sch:Broadgreen Lane Primary]] in {{November|date}}. The Gateway would mean he waits until next summer simply because the evidence from his last school doesn't count. "
      "NHS no. [[nhs:999 484 6906]]. Children in care can't wait."),
    R("headteacher", "Our school has 31% of pupils on {{SEN Support|send}}. I am not against evidence, but the Gateway form is 14 pages long. Who is going to fill that in? The {{SENCO|send}} teaches four days a week. "
      "The {{Local Authority|role}} should pilot the Gateway in ten schools and publish the results before rolling it out."),
    R("organisation", "{{IPSEA|org}} and {{Mersley SENDIASS|org}} have jointly reviewed the proposal. Our view is that any policy that adds a threshold not in the statutory test at {{section 36(8)|law}} is unlawful, as the {{SEND Code of Practice|law}} makes clear at {{paragraph 9.14|ref}}. "
      "The council should redraft the Gateway as guidance for schools only, and state plainly that it is not a precondition for a request."),
    R("parent", "Right, I'll try and keep this short but I probably won't. My son [[p:Rowan]] is 9, he's at [[sch:St Anselm's RC Primary]] in {{Walton|place}}, and he's had every bit of the graduated response you can think of. "
      "He's had {{Lego therapy|therapy}}. He's had {{Talkabout|therapy}}. He's had a {{social skills group|therapy}} and a {{sensory circuit|therapy}} every morning and a visual timetable on his desk and a {{Now and Next|therapy}} board, and he's had his {{Zones of Regulation|therapy}} fans. He's been on {{SEN Support|send}} since Reception. "
      "And still by Year 4 he could barely read, and he was hiding under the table most afternoons. The school put in for an assessment last {{May|date}}, with three years of evidence, folders of it, and the council said no, because the evidence showed he was 'making progress'. Progress! He'd gone from a reading age of five to a reading age of five and a half. "
      "We went to tribunal. We won, obviously, because we always win, because the council doesn't turn up with anything. It took fourteen months. In that time our [[p:Rowan]] stopped wanting to go to school and I had to drop to three days at work. "
      "Now you want to add a Gateway on top, with a panel, and a form, and two terms of evidence. He HAD the evidence. It made no difference. "
      "The problem in {{Mersley|inv}} isn't that schools don't do the graduated response. It's that the council says no to everybody first and waits to see who's got the energy to appeal. "
      "Scrap the Gateway, fix the panel, and answer your emails. I'm made up for anyone who gets through without a fight, but I don't know anyone who has. [[p:Gemma Kinsella]]"),
    R("grandparent", "We look after our grandson two days a week at [[hn:Rowan Cottage]] in {{Parbold|place}}. He is waiting for an assessment. The Gateway will delay it. We oppose it."),
    R("SEND caseworker", "I work as an {{SEN caseworker|role}} for the council and I'm responding in a personal capacity. We currently have 52 cases each. The Gateway is being sold to staff as a way of 'managing demand'. "
      "Demand is children. I don't think it's lawful and I don't think colleagues believe it is either."),
    R("parent", ""),
    R("parent", "We're already at tribunal over the refusal to assess our son (appeal ref [[acc:EH/24/03718]]; my NI number [[ni:QQ067248C]] is on the form for some reason). The council conceded two weeks before the hearing, as it usually does. "
      "The Gateway will just mean more of these. Each one costs the council thousands in legal fees. Put that money into schools."),
    R("councillor", "I chair the {{Children and Young People Scrutiny Committee|inv}}. We will be calling in the Gateway proposal. I have asked the {{Assistant Director for Education|role}} for legal advice in writing. "
      "Cllr [[p:Maureen Tierney]], {{Anfield|place}} ward"),
    R("parent", "My son [[p:Chen Hao]] (English name [[p:Henry]]) has {{autism|med}} and speech delay. School says wait, council says wait, doctor says wait. In {{Hong Kong|place}} the same problem. "
      "Please give clear timescale in the new policy, in weeks, so parents know. Contact [[em:chen.weiming@example.net]] thank you"),
    R("parent", "NO GATEWAY. NO MORE PANELS. JUST DO THE ASSESSMENTS LIKE THE LAW SAYS. {{SIX WEEKS|num}} TO DECIDE. {{TWENTY WEEKS|num}} FOR THE PLAN. IT'S NOT HARD. [[p:LISA]]"),
    R("parent", "I have twins, [[p:J.R.]] and [[p:L.R.]], both in Year 1 at [[sch:Dovecot Park Primary]]. One has {{cerebral palsy|med}}, one has {{Angelman syndrome|med}}. "
      "They both love {{Bluey|char}} and {{Peppa Pig|char}}, like every other five-year-old. Nobody could seriously suggest either of them needs two terms of evidence to show they might need a plan. The Gateway needs an exception for obvious cases."),
    R("paediatrician", "Speaking as a community {{paediatrician|role}}: medical advice is currently delayed by the volume of requests. A well-run gateway could help triage. "
      "It must not, however, prevent a request going in. I would also ask that the {{Designated Clinical Officer|role}} sits on the {{Gateway Panel|own}}."),
]
