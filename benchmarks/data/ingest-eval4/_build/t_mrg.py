"""school-merger: merging Brookfield Lodge School and Hollins Park School onto the Hollins Park site
(fictional Sedgebrook Metropolitan Borough Council, Black Country, West Midlands)."""
from common import R, each, sents

PREFIX = "MRG"
CONSULTATION = "school-merger"
CAMP = "mrg-two-schools-two-sites"

T = ("I am writing to object to the proposal to merge {{Brookfield Lodge School|own}} and {{Hollins Park School|own}} onto one site. "
     "These are two very different schools serving children with very different needs. "
     "Putting over 300 pupils with complex needs on a single campus in {{Lyebridge|inv}} will mean longer journeys, bigger classes and more noise for children who already find the world overwhelming. "
     "The council says the merger will save money on buildings, but no one has shown how it will improve education. "
     "Parents were not asked before the plan was drawn up. "
     "Keep both schools open, keep both sites, and invest in the buildings we already have. "
     "Our children deserve schools built around their needs, not around a budget spreadsheet. "
     "Two schools, two sites, no merger.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", each(T, str.lower), CAMP, "exact"),
    R("parent", " ".join(S[:4]) + "\n\nMy son [[p:Alfie Nock]] is in Year 4 at {{Brookfield Lodge|own}}. He has {{Down's syndrome|med}} and uses {{Makaton|therapy}}, and the staff there know every sign he makes. "
      "We live on [[st:Coppice Close]] in {{Tipford|inv}}, ten minutes from the school. A move to {{Lyebridge|inv}} means [[p:Alfie]] on a minibus for the best part of an hour each way.\n\n"
      + " ".join(S[5:]), CAMP, "edited"),
    R("young person", "hollins park is the only place i aint been bullied. if u put all the kids from brookfield in wiv us its gonna be loud an i cant do loud. "
      "my mate [[p:kian]] already moved skools twice. dont do it pls. {{year 10|send}} here, {{GCSEs|send}} next year, worst timing ever"),
    R("SENCO", "As {{SENCO|send}} of a mainstream primary that refers into both schools, I can see some benefits of one site: shared therapy staff, one {{Outreach Service|own}} and fewer transitions at 11. "
      "But the consultation document does not explain how pupils with {{PMLD|send}} and pupils with {{autism|med}} and anxiety will be kept apart from each other's triggers. "
      "Please publish the accessibility plan and the {{Section 41|law}} implications before the {{Cabinet|role}} decides."),
    R("grandparent", "Ar [[p:Tayla]] goes to {{Brookfield Lodge|own}} an it's the best thing as ever happened to 'er. She was gerrin nowhere at 'er old school. "
      "Ow am yow gunna fit all them kids on the one site? It ay big enough, I've sid it. We'm on [[st:Hawbush Lane]] with the dog, {{Alan|pet}}, her mom cor drive, so it's me as teks 'er. "
      "{{Yam|dialect}} avin a laff if yow think this is about the kids. Leave it be."),
    R("parent", "My daughter [[p:Simran Kaur Bains]] she is in Year 7 at {{Hollins Park|own}}. She has {{autism|med}} and {{selective mutism|med}}. For three years she not speak at school, now she speak to her TA. "
      "If the school change and she has new people around she go back to nothing. Please council, think of the children first, not the building. "
      "{{Sat Sri Akal|lang}}, [[p:Harjit Bains]]"),
    R("headteacher", "I write as {{headteacher|role}} of {{Hollins Park School|own}}, with the agreement of the {{governing body|role}}. We support the principle of investment in specialist provision. "
      "We cannot support the current proposal. The {{Hollins Park|own}} site was built for 140 pupils; the plan puts 310 there by {{September 2027|date}} using modular classrooms on the playing field. "
      "There is no hydrotherapy pool on our site, and the pool at {{Brookfield Lodge|own}} is used every day by pupils with {{cerebral palsy|med}} and {{Duchenne|med}}. "
      "We ask the council to withdraw the proposal and to co-produce a new one with families, staff and the {{Sedgebrook Parent Carer Forum|org}}."),
    R("parent", each(T, str.upper), CAMP, "exact"),
    R("taxi driver", "I drive the {{Brookfield|own}} run every morning from {{Cradwell|inv}}, four kids in the back and a passenger assistant. If it all moves to {{Lyebridge|inv}} that is another 25 minutes on the {{A4123|road}} at rush hour. "
      "One of my lads is sick if he's in the car over half an hour. I've been doing this route 11 years in the same cab, [[vr:BK19 XTP]], with the same escort, [[p:Shaz]]. Nobody from the council has asked the drivers owt."),
    R("parent", ""),
    R("teaching assistant", "I have been a TA at {{Brookfield Lodge|own}} for 14 years. The children here need calm. One boy in my class, [[p:Kai]], covers his ears when the hall door bangs and only calms down for {{Mr Tumble|char}} and {{Something Special|char}}. "
      "Imagine [[p:Kai]] in a dining hall with 300 others. The staff are exhausted already and many of us will not follow the school to {{Lyebridge|inv}} on {{National Express West Midlands|org}} buses that don't go there."),
    R("parent", " ".join(S[:3]) + " I have two children at {{Hollins Park|own}} and I have watched the school squeeze into every cupboard it has. "
      "A merger will not fix that. What would fix it is the new-build that was promised in 2019 and then quietly dropped. Ask yourselves why nobody has mentioned that. "
      + S[-2], CAMP, "edited"),
    R("councillor", "As ward councillor for {{Tipford North|inv}} I have had more casework on this than on anything since I was elected. "
      "Residents can contact me at [[em:cllr.p.hadley@example.org]] or through the {{Council House|landmark}}. "
      "The {{Cabinet Member for Children's Services|role}}, Cllr [[p:Denise Oakley]], must meet parents before any decision. - Cllr [[p:Pete Hadley]]"),
    R("foster carer", "Our foster son [[p:Reece]] (DOB [[dob:07/11/2014]]) has been with us for two years and is in Year 5 at {{Brookfield Lodge|own}}. "
      "He has {{foetal alcohol spectrum disorder|med}} and attachment needs and any change of building and faces knocks him back months. "
      "His social worker agrees. For the panel's records his NHS number is [[nhs:999 653 2690]]. Please do not take the one stable thing he has."),
    R("parent", "Our children deserve schools built around their needs, not just a shiny new block. Having said that, I'm actually in favour. "
      "My son waited two years for a place at {{Hollins Park|own}} because it's full, and a bigger school would mean more places. Bring it on, just do it properly."),
    R("parent", "Disgraceful."),
    R("parent", "{{Dzień dobry|lang}}. I am father of [[p:Oliwier]], he is 9 and he is in {{Brookfield Lodge|own}} because of his epilepsy and learning. "
      "In {{Poland|place}} special schools are small. Here also small, and this is good. New big school is not good for him, he have seizures when stress. "
      "I work nights in warehouse in {{Wednesbury|place}}, I cannot drive him to {{Lyebridge|inv}}. {{Dziękuję|lang}}."),
    R("educational psychologist", "Speaking as an {{educational psychologist|role}} who works with both schools, my concern is the loss of the sensory and communication environments that took years to build: "
      "{{Attention Autism|therapy}} sessions, the {{PECS|therapy}} routines, the {{Intensive Interaction|therapy}} room and the sensory garden at {{Brookfield Lodge|own}}. "
      "These are not furniture that can be moved. I would urge a phased model, with a shared sixth form first, rather than a single move in one summer."),
    R("grandparent", "I've brought up our [[p:Jaxon]] since he was three because his mom couldn't cope, God love her, and he's ten now. He's at {{Brookfield Lodge|own}} in Year 5 and it's took us years to get him there. "
      "First he was at [[sch:St Kenelm's C of E Primary]] and they tried, they did, but he was throwing chairs by the {{Christmas|date}} and they had him on a part-time timetable, an hour a day, which is no education at all. "
      "Then we had the fight for the {{EHCP|send}}, two years of it, a tribunal and all, and the solicitor from {{IPSEA|org}} was a godsend. Now he's settled, he's got his {{Zones of Regulation|therapy}} card on his lanyard and he can tell you if he's in the red or the green, which he couldn't before. "
      "He's learning to read. He went on the trip to the {{Black Country Living Museum|landmark}} and he was as good as gold, the teacher said. "
      "And now you want to move the whole lot to {{Lyebridge|inv}}. I don't drive, I'm 71 and I've had both knees done. I take him on the bus some days when the taxi's off sick, the 226, and it's two buses to {{Lyebridge|inv}}. "
      "You say it's about better buildings. Well the buildings at {{Brookfield|own}} are old, I'll give you that, the roof leaks in the dining hall, I've seen the bucket. Fix the roof. "
      "Don't take a lad who's finally happy and throw him in with three hundred others. And don't tell me it'll be fine because I've heard that before, from people who've never met him. "
      "If you want to see what it's like come and sit in our front room when he's had a bad day. You're welcome to. Yours, a very tired nan, [[p:Brenda Pearsall]]."),
    R("organisation", "The {{Sedgebrook Parent Carer Forum|org}} surveyed 212 families in {{March|date}} and {{April|date}}. {{78%|num}} oppose the merger as proposed; {{64%|num}} said travel time was their main worry. "
      "We welcome the {{Local Authority|role}}'s commitment to {{co-production|send}} but this proposal was presented to us, not written with us. We ask for an independent review of the options and an {{Equality Impact Assessment|law}} under the {{Equality Act 2010|law}}."),
    R("step-parent", "I'm [[p:Ellie]]'s stepdad and I do the school run. {{Hollins Park|own}} has been brilliant with her. Happy to talk, I'm on [[ph:07700 900 418]].\n\n"
      "[[p:Dean Crutchley]]\n[[st:42 Wrens Nest Road]]\n{{Cradwell|inv}}\n[[pc:DY4 7QT]]"),
    R("parent", "THIS IS ALL ABOUT MONEY. YOU CLOSED THE {{RESPITE CENTRE|own}} IN 2021 AND NOW THIS. MY SON [[p:CONNOR]] NEEDS {{BROOKFIELD LODGE|own}} AND HIS {{PHYSIO|send}}. "
      "ASK ANY PARENT. NOBODY WANTS IT. SHAME ON {{SEDGEBROOK COUNCIL|inv}}!!!"),
    R("parent", "My daughter [[p:Grace]] has {{Rett syndrome|med}} and sees the neuro team at {{Birmingham Children's Hospital|hosp}} (hospital no. [[hosp:BCH 5520418]]) every three months. "
      "{{Brookfield Lodge|own}} is twelve minutes from our house and the nurses at school manage her feeds and her seizure plan. The new site is forty minutes. "
      "Please keep a nursing team on any site you choose. [[p:Grace]] can't wait in traffic with a {{PEG|med}} feed due."),
    R("MP caseworker", "I am writing on behalf of [[p:Sharon Bayliss]] MP, {{Member of Parliament|role}} for {{Sedgebrook South|inv}}, who has been contacted by 47 constituents. "
      "One constituent, Mrs [[p:Ruksana Begum]] of [[st:Tividale Road]], has a son in Year 9 at {{Hollins Park|own}} who has not attended for six weeks because of anxiety about the move. "
      "Her case reference with our office is [[acc:SB-2024-0917]]. The MP asks that the council publish its transport modelling before the {{Cabinet|role}} meeting. "
      "[[p:Tom Whitehouse]], {{Senior Caseworker|role}}"),
]
