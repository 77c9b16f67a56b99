"""Area inclusion partnerships: moving SEND support into four district teams (AIP-001..025)."""
import re
from common import R, each, sents

PREFIX = "AIP"
CONSULTATION = "inclusion-partnerships"
CAMP = "aip-nothing-about-us"

T = ("We are parents and carers of children with special educational needs in {{Hollinshire|inv}}. We do not support "
     "the plan to move {{SEND|send}} support into four area inclusion partnerships until the council can show that "
     "specialist advice will get closer to our children, not further away. Our children already wait months for an "
     "{{educational psychologist|role}} and a {{speech and language therapist|role}}. A new district structure must not "
     "become another layer between families and the people who make decisions. We ask the council to guarantee that "
     "every school keeps a named specialist teacher, that parents sit on each partnership board as equal members, and "
     "that no decision about a child's support is made by a panel that has never met them. Put the money into staff "
     "who work with children, not into new meetings. Nothing about us without us.")
S = sents(T)

ITEMS = [
    # 001 template
    R("parent group", T, CAMP, "template"),
    # 002
    R("SENCO", "The proposal to give each area a SEND lead is sensible in principle. In practice the {{Castlebury AIP|inv}} "
      "would cover 61 schools with what looks like 2.5 FTE of specialist teaching time. At the moment I can ring the "
      "{{Specialist Teaching Service|inv}} and get a visit within a term. Please show the staffing for each partnership "
      "before asking us to agree to it. Also: who chairs the {{panel|send}}, and will {{SENCOs|role}} be members?"),
    # 003 exact, lower case
    R("parent", each(T, str.lower), CAMP, "exact"),
    # 004 Polish mother
    R("parent", "Hello, my son [[p:Kacper Nowak]] is 9 years, he have {{autism|med}} and {{ADHD|med}}. He go to "
      "[[sch:Skelby Primary]] and the teachers there are very kind but they say they wait for help from the council "
      "since one year. Now you make new team with new name and again we wait? In {{Poland|place}} I did not know this "
      "word {{EHCP|send}}, now I know it too good. Please first give the help, then change the names. "
      "{{Dziękuję|lang}}.\n[[p:Agnieszka Nowak]]"),
    # 005
    R("resident", "Another reorganisation. Same staff, new logo."),
    # 006 blank
    R("parent", ""),
    # 007 headteacher, formal, no child named
    R("headteacher", "Response from the governing body and senior leadership of {{Holloway Green Infant School|venue}}.\n\n"
      "1. We welcome the intention to bring the {{Educational Psychology Service|inv}}, the {{Specialist Teaching Service|inv}} "
      "and the {{Inclusion Support Team|inv}} under one area manager.\n2. We are concerned that the proposed 'request for "
      "partnership support' form duplicates the {{SEN support plan|send}} schools already keep under the "
      "{{graduated approach|send}} in the {{SEND Code of Practice|law}}.\n3. Small infant schools need a guaranteed "
      "minimum of {{EP|send}} time, not a share of a pooled allocation that larger schools will use first.\n\n"
      "{{Headteacher|role}}, on behalf of the {{governing body|role}}"),
    # 008 edited: personal paragraph added, one sentence dropped
    R("parent", " ".join(S[:2] + S[3:5]) + "\n\nMy daughter [[p:Ivy Marsh-Kendall]] (born [[dob:9 Jan 2018]]) is in Year 3 at "
      "[[sch:Ashwick Vale Primary]]. She has {{selective mutism|med}} and waited fourteen months to see a "
      "{{speech and language therapist|role}}. By the time the report came, she had moved class and nobody had read it. "
      "[[p:Ivy]] does not need a new partnership board, she needs someone who knows her. " + S[5] + " " + S[6] +
      "\n\n[[p:Rachel Marsh-Kendall]]", CAMP, "edited"),
    # 009 grandparent
    R("grandparent", "I am writing as a grandad who does a lot of the school runs. Our grandson [[p:Reuben]] has "
      "{{Duchenne muscular dystrophy|med}} and goes up to {{Sheffield Children's Hospital|hosp}} every few months (hospital no. [[hosp:SCH 5528104]], NHS [[nhs:999 458 2283]]). His "
      "mum cannot take any more time off. What worries me is one more set of new faces. Every time the council "
      "changes something we start again explaining who he is. Keep the people, change the paperwork if you must."),
    # 010 CAPS dad
    R("parent", "WHY DOES EVERY CHANGE MEAN LESS FOR OUR KIDS. MY LAD [[p:TYLER-JAY]] HAS BEEN OUT OF SCHOOL SINCE "
      "{{FEBRUARY|date}} ON A {{PART TIME TIMETABLE|send}} AND NOBODY FROM THE COUNCIL HAS RUNG ME ONCE. NOW ITS GOING TO "
      "BE AN 'AREA PARTNERSHIP'. WHO DO I RING THEN??? SORT THE BASICS FIRST"),
    # 011 exact, capitals
    R("parent", each(T, str.upper), CAMP, "exact"),
    # 012 educational psychologist
    R("educational psychologist", "As a practising {{educational psychologist|role}} in the county I support closer "
      "working between schools in an area. Consultation models such as {{Portage|ther}} for under-fives and "
      "{{Solution Circles|ther}} already work best when the same professionals see the same schools each term. "
      "However, statutory advice for {{EHC needs assessments|send}} takes most of our time, and the consultation "
      "document is silent on how the partnerships will protect time for early work. A district team without "
      "enough psychologists is a waiting list with a new name."),
    # 013 near-miss
    R("SENCO", "I'd go further than the parent groups. 'Put the money into staff who work with children' - yes, but "
      "which staff? Our biggest gap is {{occupational therapy|send}}, and that is commissioned by the {{ICB|org}}, "
      "not the council. The partnerships will only work if health sits round the table too."),
    # 014 young person
    R("young person", "im 15 and i have {{dyslexia|med}} and {{dyspraxia|med}}. my mum said i could do this one myself. "
      "what i want to say is nobody ever asks us what helps. the thing that helps me is my {{reader pen|brand}} and "
      "my TA mrs [[p:begum]] who doesnt make a big deal of it. if you make new teams please ask young people. "
      "from [[p:skye]] (year 10)"),
    # 015 parent carer forum
    R("parent carer forum", "This is the formal response of {{Hollinshire Parent Carer Voice|org}}, the designated "
      "parent carer forum for the county. We surveyed 412 families in {{September|date}}.\n\n"
      "- 71% did not know who to contact about their child's SEND support today.\n"
      "- 64% support a single area team if it has a named key worker for each family.\n"
      "- Only 9% had heard of the proposed partnership boards.\n\n"
      "We ask for parent carer representation on each board, paid for under the {{co-production|send}} principles "
      "in section 19 of the {{Children and Families Act 2014|law}}, and for the {{Local Offer|send}} to list each "
      "area team's staff and response times.\n\n[[p:Deborah Akinyemi]], Chair\nTel [[ph:0117 496 0263]]"),
    # 016
    R("parent", "n/a"),
    # 017 Nepali mother
    R("parent", "{{Namaste|lang}}. My daughter [[p:Sabina Gurung]] is in Year 4 at [[sch:st wilfrids]]. She has "
      "{{hearing loss|med}} both ears and uses {{hearing aids|med}}. The teacher of the deaf is very good, she comes "
      "every two week. Please in new area team do not stop this visit. My husband is working in {{Aldershot|place}} "
      "with the army before, we move many times, and every time the help is stop and start. Here it is good. Please "
      "keep. {{Dhanyabad|lang}}."),
    # 018 councillor
    R("councillor", "As county councillor for the {{Fennick Rural|inv}} division I have had more casework on SEND "
      "this year than on roads. The partnerships must be coterminous with the district councils or families in "
      "the villages will be passed between teams. I have asked {{the Cabinet Member for Education and SEND|role}} "
      "to publish the boundaries before the decision goes to {{Cabinet|role}}.\n\nCllr [[p:Marcus Thornley-Webb]]"),
    # 019 edited: half template plus own text
    R("parent", "I agree with the statement from other parents. "
      + " ".join(S[:4]) + " In our case it is worse than months. My son [[p:Oscar]] was referred to the "
      "{{Educational Psychology Service|inv}} in Year 1 and he is now in Year 3. He is a lovely, funny boy who "
      "loves {{Minecraft|brand}} and hates loud rooms. We would like a team that actually answers the phone. Ring me on [[ph:020 7946 0718]] (work) and see how long it takes.",
      CAMP, "edited"),
    # 020 social worker
    R("social worker", "I work in the {{Children with Disabilities Team|inv}}. Much of the breakdown I see in families "
      "starts with an education placement going wrong while agencies argue over who leads. If the area partnerships "
      "include a named social care link, that would help. Please also make sure the boundaries match our "
      "{{Early Help|send}} localities. One family I work with has had four different {{SEND officers|role}} in two years."),
    # 021 ramble
    R("parent", "Where do I even start. I am a single mum of three, my middle one [[p:Bailey]] is 11 and has "
      "{{autism|med}} with a {{PDA|med}} profile and {{ADHD|med}}, and my eldest [[p:Lacey]] is waiting for an "
      "assessment too. [[p:Bailey]] has been at [[sch:Marlcombe Academy]] since {{September|date}} and it has been a "
      "disaster from week one because nobody read his plan. His {{EHCP|send}} number is [[acc:HCC/EHC/21/04417]] "
      "if anyone from the council wants to actually look at it, and my {{SENDIASS|org}} case is [[acc:SIA-4471]]. The SENCO, Mrs [[p:Okafor]], is doing her best "
      "but she has 190 kids on the SEN register and she told me herself she can't get an {{EP|send}} in until the "
      "summer. Dr [[p:Sandhu]] at the child development centre wrote in {{March|date}} that he needs a quieter "
      "place to learn and a key adult. We're now in {{November|date}}. I have been to a tribunal before, for "
      "[[p:Bailey]]'s primary, and I won, and it took a year of my life. So when I read that the council wants "
      "'area inclusion partnerships' I just think, who is going to be in them? The same three people who are off "
      "sick because they've got 300 cases each? I don't want a new name, I want someone to ring me back. I work "
      "nights at {{Tesco|org}} so I can be home in the day in case school calls me to pick him up, which is most "
      "days. I haven't had a full week of work since {{Easter|date}}, and I've had to write my NI number, [[ni:QQ210934A]], on four different forms for four different benefits. My mum helps with the little one. If the "
      "partnership means someone local who knows the schools and can actually make a school follow a plan, fine. "
      "If it means another form, another panel and another meeting I'm not invited to, then no. Sorry this is so "
      "long. I'm tired.\n[[p:Kayleigh]]"),
    # 022 teaching assistant
    R("teaching assistant", "I'm a TA in a primary in {{Skelby|inv}}. My 1:1, [[p:Alfie]], uses {{Makaton|ther}} "
      "and a {{PECS|ther}} book and has come on so much this year. Last week [[p:Alfie]] asked for {{Peppa Pig|char}} with a sign instead of hitting out. The outreach teacher from the area team used to "
      "come in and model things with me. That stopped last year. If the new partnership brings that back, I'm for it."),
    # 023 Romanian father
    R("parent", "Good day. I am father of [[p:Ionuț Popescu]], 7 years, he has {{Down syndrome|med}}. We are in "
      "{{Hollinshire|inv}} from 2019. In general the school is good but the help from the county is very slow and "
      "every letter is different person. I think one team near us is better idea, but it must have people, not only "
      "the name. You can call me [[ph:07700 900 418]]. {{Mulțumesc|lang}}, [[p:Florin Popescu]]"),
    # 024 charity
    R("charity", "The {{Hollinshire Branch|org}} of the {{National Autistic Society|org}} broadly supports area-based "
      "working but has three concerns: autistic children without an {{EHCP|send}} must be able to access the teams; "
      "the 'partnership panels' must publish their decisions and reasons; and the council must not use the new "
      "structure to delay statutory assessment, which has a 20-week limit in law."),
    # 025
    R("parent", "Makes sense if the teams are actually staffed. Right now they aren't. Our youngest, [[p:Poppy]], has "
      "{{Perthes disease|med}} and has had three OTs in a year; the last OT, [[p:Marek]], left in {{March|date}} and "
      "nobody has replaced him."),
]
