"""Review of SEND home-to-school transport eligibility (TRN-001..026)."""
from common import R, each, sents

PREFIX = "TRN"
CONSULTATION = "send-transport"
CAMP = "trn-door-to-door"

T = ("I am responding to the review of {{SEND|send}} transport eligibility. I strongly object to the proposal to "
     "replace door-to-door transport with personal travel budgets and pick-up points for children with "
     "{{EHCPs|send}}. Many of our children cannot wait safely at a roadside, cannot manage a change of vehicle and "
     "cannot cope with a different driver every week. A personal travel budget of {{45p a mile|num}} does not cover "
     "the real cost of a parent driving twice a day, and many of us work or have other children to get to school. "
     "Independent travel training is welcome for young people who are ready for it, but it must never be forced on "
     "a child to save money. Please keep door-to-door transport with a consistent driver and escort for every child "
     "who needs it, and assess each child as an individual.")
S = sents(T)

ITEMS = [
    # 001 template
    R("parent", T, CAMP, "template"),
    # 002 taxi operator
    R("transport operator", "We hold fourteen SEND contracts with the council. Drivers and passenger assistants are "
      "{{enhanced DBS|send}} checked and trained in {{epilepsy|med}} rescue medication, but contract prices have not "
      "moved since 2021 while fuel and insurance have. If routes are retendered as 'pick-up point' runs, experienced "
      "drivers will leave for {{Uber|brand}}. Consistency is what keeps these children calm, and consistency costs money."),
    # 003 exact: one sentence per line
    R("parent", "\n".join(S), CAMP, "exact"),
    # 004 Romanian mother
    R("parent", "Hello, my son [[p:Darius Munteanu]] is 11, he has {{autism|med}} and {{epilepsy|med}}. Every morning "
      "the taxi come at 7.40 and the driver [[p:Gary]] and the lady escort know what to do if he has seizure. If you "
      "give me money for petrol I cannot drive him, I do not have a car and I work in care home from 7. Please do "
      "not take the taxi. {{Mulțumesc frumos|lang}}."),
    # 005
    R("resident", "Pick-up points for kids who can't cross a road on their own? Madness."),
    # 006 passenger assistant
    R("passenger assistant", "I'm an escort on a run from {{Saltmere|inv}} to [[sch:Brambleside School]]. Seven "
      "children, an hour and ten minutes each way. One of my lads, [[p:Mason]], took a whole term before he would "
      "get in the minibus ([[vr:FX68 KLO]], it's always that one) without screaming, and now he sings {{Thomas the Tank Engine|char}} all the way. Change "
      "his driver and his escort and you're back to square one. Nobody who wrote this proposal has done a school run."),
    # 007 post-16
    R("parent", "My daughter [[p:Freya Lindqvist]] is 17 and has an {{EHCP|send}} for {{cerebral palsy|med}}. She is "
      "at [[sch:Castlebury College]] and we live at [[hn:Lark Rise Farm]], eleven miles out. She is doing a foundation course and claims {{PIP|law}} in her own name (NI [[ni:QQ 55 01 93 D]]). The new post-16 contribution of {{£650|num}} a year "
      "is a tax on disabled young people staying in education. Her brother gets a free bus pass for the same journey."),
    # 008 edited: a sentence dropped + personal paragraph
    R("parent", " ".join(S[:3] + S[4:]) + "\n\nMy son [[p:Noah]] is 8 and has {{autism|med}} and a {{learning disability|med}}. "
      "He goes to [[sch:Brambleside]] in a taxi, reg [[vr:YK19 HTX]], with the same driver, [[p:Dave]], and the same "
      "escort, [[p:Sandra]], for two years now. The day [[p:Dave]] was off sick, [[p:Noah]] hit his head on the window "
      "until it bled. That is what a change of driver means for us.\n\n[[p:Hannah Corbridge]]", CAMP, "edited"),
    # 009 grandmother, caravan
    R("grandparent", "Me and my husband have got custody of our grandson [[p:Jayden]]. We live in a static caravan at "
      "[[fl:plot 22, Meadowview Park]], [[pc:hl9 4xe]], right out past {{Saltmere|inv}}. There is no bus, no "
      "pavement, and the nearest 'pick-up point' in your map is the layby on the {{B6321|road}}, which is a 60 "
      "road with lorries. [[p:Jayden]] is 7 and runs off. How is that safe? I'm 68 and I don't drive."),
    # 010 CAPS dad, vehicle reg
    R("parent", "I DRIVE MY DAUGHTER TO SCHOOL MYSELF ALREADY BECAUSE THE TAXI KEPT CHANGING (COMPLAINT REF [[acc:TA/0923/S]], NEVER ANSWERED). 38 MILES A DAY. MY CAR "
      "[[vr:YT16 KXW]] HAS DONE 40,000 MILES SINCE SHE STARTED AT [[sch:OAKHURST]]. 45P A MILE WOULDN'T EVEN COVER THE "
      "TYRES. AND NOW YOU WANT EVERYONE ELSE TO DO THE SAME. NO."),
    # 011 exact, capitals
    R("parent", each(T, str.upper), CAMP, "exact"),
    # 012 special school head
    R("headteacher", "At {{Brambleside School|venue}} around 130 of our 148 pupils arrive on council transport. Late "
      "arrivals already cost us the first lesson on most days. If pupils are moved onto pick-up point routes with "
      "more stops, the journey time for some will exceed the 75-minute limit in the {{statutory guidance|law}}. "
      "We would welcome travel training for the handful of older students who are ready, delivered with school staff."),
    # 013 near-miss: travel trainer
    R("travel trainer", "I train young people to travel independently. Independent travel training is welcome for "
      "young people who are ready for it, and I have seen it change lives: one young man I worked with now gets two "
      "buses to his job at {{Morrisons|org}}. But it takes twelve weeks or more per person and there are two of us "
      "in the county. The savings in the document assume four hundred."),
    # 014 lower case mum
    R("parent", "my son [[p:jack]] has been in a taxi since reception. hes 14 now and [[p:jack]] would love to get the bus "
      "like his mates but he cant read a timetable and he panics if its late. hed rather walk our dog {{murphy|pet}} than sit in a taxi anyway. if the travel training is real and "
      "takes as long as it takes then fine. if its a way to take the taxi off him then no"),
    # 015 Prader-Willi, phone, email
    R("parent", "My son [[p:Teddy Okonkwo]] has {{Prader-Willi syndrome|med}}. He is always hungry and will take "
      "food from anyone. A bus stop or a shared pick-up point with other children's lunchboxes is genuinely "
      "dangerous for him. We're at [[st:14 Sycamore Drive]]. Happy to talk: [[ph:0114 496 0382]] or [[em:chidinma.okonkwo@example.com]].\n[[p:Chidinma Okonkwo]]"),
    # 016
    R("parent", "n/a"),
    # 017 young person
    R("young person", "I did travel training last year when I was 16. It was scary at first but now I get the "
      "{{number 42|route}} to college on my own and I feel more grown up. I think it should be offered to everyone "
      "who wants it. But my friend [[p:Zak]] couldn't do it because of his seizures so it shouldnt be forced.\n"
      "[[p:Dylan]], {{Year 12|send}}"),
    # 018 charity
    R("charity", "{{Mencap|org}} in {{Hollinshire|inv}} is concerned that the draft policy reads the {{Education Act 1996|law}} "
      "narrowly. Section 508B requires the authority to make suitable arrangements for eligible children; "
      "'suitable' includes safe and stress-free. A blanket move to pick-up points without individual risk "
      "assessment is likely to be unlawful, and may also breach the {{Equality Act 2010|law}}."),
    # 019 edited: half the template plus own text
    R("parent", " ".join(S[:4]) + " We live in a village with one bus a day and our daughter uses a wheelchair. "
      "I'm not against change but this proposal was clearly written by people who live in {{Castlebury|inv}} and "
      "have never tried to get a wheelchair onto a rural bus in the rain.", CAMP, "edited"),
    # 020 rural street
    R("parent", "We live on [[st:Quarry Lane]] in {{Holloway Green|inv}} ([[pc:hl11 4jw]]). There is no pavement and no street light "
      "between our house and the proposed pick-up point at the junction with {{Fennick Road|route}}. My son "
      "[[p:Callum]] has {{ADHD|med}} and no sense of danger. I'll end up driving him, which means I lose my job, and our only car, [[vr:FD21 RMX]], is my husband's for work."),
    # 021 Ghanaian mother
    R("parent", "Good afternoon. My son [[p:Kwame Asante]] is in Year 5 at [[sch:Oakhurst Academy]]. He has "
      "{{sickle cell|med}} and he is not allowed to get cold or wait outside in the winter, the doctors at "
      "{{Sheffield Children's Hospital|hosp}} have said this. His hospital number is [[hosp:S0981223]] if you need "
      "to check. Please keep his transport. {{God bless|salut}}."),
    # 022 councillor
    R("councillor", "Transport is the fastest-growing budget in the county and I understand why the council must "
      "act. But the proposals should be phased, starting with post-16 travel training, and any child whose "
      "{{EHCP|send}} names a need for a consistent adult should keep one. I will put that as an amendment.\n\n"
      "Cllr [[p:Geraint Mowbray]] ([[em:mowbray.g[at]example.org]]), Vice-Chair, {{Children and Young People Scrutiny Committee|role}}"),
    # 023 foster carer
    R("foster carer", "We foster two brothers, [[p:Tyler]] and [[p:Ryan]], who go to different schools "
      "([[sch:Skelby Academy]] and [[sch:Brambleside School]]). Under the proposal I'd be paid mileage to drive "
      "both, in opposite directions, at the same time. I can't be in two places at once."),
    # 024
    R("resident", "Agree with the council. The bill has to be paid somehow."),
    # 025 NHS unspaced
    R("parent", "My daughter [[p:Aleksandra]] (we call her [[p:Ola]]) has {{Rett syndrome|med}} and is fed by "
      "{{gastrostomy|med}}. The escort is trained to deal with the tube and her seizures. Her NHS number is "
      "[[nhs:9994174762]], date of birth [[dob:2016-02-11]], and her plan is [[acc:EHC-20-07731]], please check both before anyone says she can go "
      "by mileage allowance. I am Polish and I learn English still, sorry for mistakes. {{Dziękuję bardzo|lang}}."),
    # 026 Jordan as place
    R("parent", "We came here from {{Jordan|place}} in 2019 as refugees. My son has {{hearing loss|med}} and "
      "{{learning disability|med}}. The transport is the reason he can go to school at all, because I do not drive "
      "and his school is in {{Fennick|inv}}. I ask you to keep it."),
]
