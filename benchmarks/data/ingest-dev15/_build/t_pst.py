"""post16-transport: Stourmoor County Council (fictional, West Midlands) proposes a £720 yearly contribution for
post-16 SEND transport, personal travel budgets and more independent travel training.
Campaign: pst-no-fee-for-college."""
from common import R, each, plain_only, sents

PREFIX = "PST"
CONSULTATION = "post16-transport"
C = "pst-no-fee-for-college"

T = ("I oppose the plan to charge families {{£720|num}} a year for post-16 SEND transport. Young people with SEND do "
     "not stop needing support when they turn sixteen. Many cannot use public buses safely and have no choice about "
     "which college meets their needs. Most of our families already pay more for care, equipment and heating because "
     "of disability. A charge of {{£720|num}} will force some young people to leave education, which goes against "
     "the spirit of the {{Children and Families Act 2014|law}} and the duty to participate until eighteen. "
     "Independent travel training is welcome, but it must be offered, not forced. Please scrap the charge and keep "
     "free transport for every young person with an {{EHCP|send}}.")
S = sents(T)

ITEMS = [
    # 001
    R("parent carer", T, C, "template"),
    # 002
    R("parent", "My son [[p:Ayaan Rahman]] is 17 and goes to {{Kingsbrook Specialist College|venue}}. He has "
      "{{global developmental delay|med}}. The college is 14 miles away and there is no bus. I am single mum with "
      "three children and I work in school kitchen. {{£720|num}} is almost one month of my wages. Please think about "
      "families like us."),
    # 003 exact: capitals
    R("parent", each(T, str.upper), C, "exact"),
    # 004
    R("college principal", "{{Principal|role}}, {{Stourmoor College|venue}}. We have 212 students with EHCPs, and "
      "around 90 use council transport. In our experience a charge will fall hardest on families just above the "
      "free school meals line. We already see students drop out when a bus route changes. We would welcome a "
      "conversation about a joint travel training offer with the council's {{Independent Travel Training|own}} team."),
    # 005
    R("young person", "tbh i wanna learn the bus on my own but not bein chucked on it day 1. my travel trainer "
      "[[p:Deano]] is sound. i have {{autism|med}} n get overwhelmed wen its packed. im on tiktok "
      "[[sh:@ayaan.rides.the.11]] lol. dont charge my mum she cant afford it"),
    # 006
    R("parent", "{{Assalamu alaikum|lang}}. I am writing for my daughter [[p:Maryam Bibi]] who is 16 and have "
      "{{cerebral palsy|med}}, she use wheelchair. She need the taxi with ramp, we cannot put wheelchair in our car. "
      "Her {{Blue Badge|law}} number is [[acc:BB 7720 4419 0312]]. My husband is disabled also. Please do not take "
      "money from us, we are on {{Universal Credit|law}}. {{Allah Hafiz|lang}}."),
    # 007
    R("transport provider", "We hold contracts for 31 SEND routes across {{Stourmoor|inv}}. If personal travel budgets "
      "move families away from shared minibuses, routes will become uneconomic and prices will rise for everyone "
      "else. The council should model this before the {{September|date}} tender round."),
    # 008 edited: personal paragraph added
    R("parent", T.replace(" " + S[3], "") + "\n\nMy daughter [[p:Lily-Grace]] is 16 and has "
      "{{Down's syndrome|med}}. She has started at {{Kingsbrook Specialist College|venue}} and loves it. I work "
      "nights as a carer and cannot drive her. If you want to talk to me ring [[ph:07700900236]]. "
      "[[p:Donna Pritchard]]", C, "edited"),
    # 009
    R("parent", ""),
    # 010
    R("parent", "{{Nomoskar|lang}}. My son [[p:Sabbir]] is 18 in {{November|date}} and he have severe learning "
      "disability. He cannot go on bus alone, never. He not understand money or danger. The council letter say "
      "'personal travel budget' but I do not know how to find driver. My English is weak, my daughter [[p:Rumana]] "
      "help me write this. Please keep the bus free. My email is [[em:r.begum@example.org]]."),
    # 011 exact: doubled spaces after each sentence
    R("grandparent", plain_only(T, lambda s: s.replace(". ", ".  ")), C, "exact"),
    # 012
    R("independent travel trainer", "As an {{independent travel trainer|role}} I want to say that travel training "
      "works best when a young person is ready and wants it. About a third of the students I work with will never be "
      "safe alone on public transport. Charging their families will not change that, it will just punish them."),
    # 013
    R("parent", "NO TO THE CHARGE. NO TO THE CHARGE. NO TO THE CHARGE. {{£720|num}} FOR WHAT?? THE TAXI IS LATE 3 "
      "DAYS OUT OF 5 ANYWAY."),
    # 014
    R("parent", "We live in [[fl:Flat 7, Beacon House]] and there is no parking so I can't drive my son even if I "
      "had a car. He has {{Tourette's|med}} and {{OCD|med}} and he cannot cope with the noise on the 9 bus. The "
      "proposal says 'mileage allowance'. Mileage for what? [[p:Kyle]] needs a taxi or he doesn't go to college."),
    # 015 edited: sentences dropped + own closing
    R("parent", " ".join([S[0], S[1], S[2], S[4]]) + " My son [[p:Jakub]] is doing Level 1 catering and he is so "
      "proud. If he has to leave it will break him. Please think again.", C, "edited"),
    # 016
    R("councillor", "I am the {{Green Party|org}} councillor for {{Cookley Heath|inv}} division. Some of my "
      "rural families live three miles from the nearest bus stop. I have asked the {{Cabinet Member for Education|role}}, "
      "Cllr [[p:Nigel Bradbury-Cox]], for the equality impact assessment twice and not yet had it."),
    # 017 near-miss
    R("parent", "Independent travel training is welcome, but it must be offered, not forced. My daughter did it "
      "last year and now goes to {{Halesowen|place}} on her own. It was the best thing that happened to her. So I "
      "actually support the council on this one, as long as the charge has exemptions for low-income families."),
    # 018
    R("parent", "{{Dzień dobry|lang}}. I am father of [[p:Oliwia]], 17, at college in {{Kidderminster|place}}. She "
      "has {{epilepsy|med}} and has seizures sometimes in the morning, so she cannot travel alone. I drive her when "
      "I can, our car is [[vr:BX68OPL]], but I work shifts at {{Amazon|org}}. The charge is unfair."),
    # 019
    R("parent", "Our son [[p:Jayden Okafor-Smith]] (DOB [[dob:21 Feb 06]]) was 18 this year and is in his last "
      "year at college. He has {{sickle cell disease|med}} and {{autism|med}}. When he is in crisis he is admitted to "
      "{{Russells Hall|hosp}} (hospital number [[hosp:RH-228104]]). Cold bus stops in winter trigger crises. The "
      "taxi is a medical necessity, not a luxury. [[p:Grace Okafor]], [[st:11 Lye Waste Lane]], [[pc:DY10 3TB]]"),
    # 020 ramble
    R("parent", "I've read the whole consultation document twice and I want to make some points in order.\n"
      "1. The document says most other councils already charge. That isn't a reason. Some councils also cut "
      "libraries and it doesn't make it right.\n"
      "2. It says the charge will raise {{£290,000|num}}. It doesn't say what it will cost to deal with the young "
      "people who drop out, end up at home, and then need day services at 19 instead of 25.\n"
      "3. The hardship fund is discretionary. Discretionary means families will have to beg, and some won't "
      "because they're proud or they can't fill in the forms.\n"
      "4. Personal travel budgets assume you can find a driver. There are no drivers. Ask any parent in "
      "{{Stourport|place}}.\n"
      "5. Independent travel training: brilliant for some, impossible for others. My son [[p:Lewis]] is 17, has "
      "{{22q11 deletion syndrome|med}} and the mental age of about eight. He thinks all strangers are friends. He "
      "will never be safe alone on a bus and no amount of training will change that.\n"
      "6. The consultation was only online for the first three weeks. Many of our families don't do online.\n"
      "7. You're counting on {{DLA|law}} and {{PIP|law}} to pay the charge. PIP is meant for the extra costs of "
      "disability, it's already spent, on heating, on incontinence pads, on replacing things that get broken.\n"
      "I've been a foster carer for 20 years and adopted [[p:Lewis]] when he was three. I've seen a lot of "
      "council consultations and I've seen decisions made before the consultation closed. I hope this isn't one "
      "of those. If it is, at least have the honesty to say so. If not, meet us at {{Stourport Civic Hall|landmark}} "
      "and listen."),
    # 021
    R("careers adviser", "{{Careers adviser|role}} in a special school sixth form. Three of our Year 14 students are "
      "already choosing courses based on where the free bus goes rather than what they want to do. The charge will "
      "make this worse. Please publish the list of exemptions before the decision."),
    # 022
    R("parent", "Taxi driver here, and a dad of a lad with {{ADHD|med}}. I drive four SEND routes. Some of these "
      "kids have had the same driver for five years. Change that and you'll have kids who won't get in the car. "
      "Money isn't everything. [[p:Gaz]]"),
    # 023
    R("parent", "Please contact me on [[ph:+44 7700 900 719]] or [[ph:0121 496 0455]] (work). We have three children "
      "and two have EHCPs. Our application ref is [[acc:PST-24-01182]] and it still hasn't been processed since "
      "{{July|date}}. How can we plan for a charge when we don't even know if he's eligible?"),
    # 024
    R("parent", "Unfair."),
    # 025
    R("parent", "I am [[p:Shazia]], mother of [[p:Hamza Iqbal]]. He has {{Duchenne|med}} and uses a power chair, "
      "NHS number [[nhs:999 533 5530]]. His {{PIP|law}} is paid to me as appointee, my NI number is "
      "[[ni:qq 44 19 83 a]]. The council wants us to prove 'exceptional need' for the taxi. A boy in a power chair "
      "who cannot lift his arms, what more do you need? We live at [[hn:Noor Manzil]], [[st:Park Lane]], "
      "[[pc:wv14 0qj]]."),
]
