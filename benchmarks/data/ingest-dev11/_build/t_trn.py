"""SEND home-to-school transport: personal transport budgets instead of taxis (fictional Elmsworth County Council)."""
import re
from common import R, each, sents, plain_only

PREFIX = "TRN"
CONSULTATION = "send-transport"
CAMP = "trn-taxis-not-mileage"

TPL = ("We are parents and carers of disabled children in {{Elmsworth|inv}} and we object to the plan to replace "
       "school taxis with {{Personal Transport Budgets|law}}. Many of us cannot drive, have more than one child at "
       "different schools, or work hours that do not fit the school day. A mileage payment of {{45p|num}} does not make a "
       "parent able to be in two places at once. Our children do not travel with trained escorts for convenience: "
       "they have {{epilepsy|med}}, use wheelchairs or cannot cope with change. The {{Children and Families Act 2014|law}} "
       "and the {{Education Act 1996|law}} put the duty to provide free, suitable transport on the council, not on "
       "families. We ask {{Elmsworth County Council|inv}} to keep taxis and escorts for every child who needs them, to "
       "make budgets a choice and never a condition, and to publish a full equality impact assessment before any "
       "decision is taken.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, CAMP, "template"),
    # 002 Polish mother
    R("parent", "My son [[p:Kacper]] is in Year 4 at [[sch:Greyfriars Park School]], he has {{ASC|send}} and is non verbal. "
      "Every morning the taxi driver [[p:Steve]] and the escort Mrs [[p:Bernadette Quayle]] come at 7.40 and he is calm "
      "because it is same people, same car. I do not drive, my husband work nights in {{Amazon|brand}} warehouse. "
      "With budget what I do, walk him 4 miles? Please, do not take this. {{Dziękuję|lang}}.\n[[p:Agnieszka Wróbel]]"),
    # 003 exact lower case
    R("parent", each(TPL, str.lower), CAMP, "exact"),
    # 004
    R("parent", "Taxis work. Leave them alone."),
    # 005 SENCO formal, no named child
    R("SENCO", "I write as {{SENCO|send}} at {{Brackley Moor School|cons}}, an all-age special school for pupils with "
      "{{SLD|send}} and {{PMLD|send}}. Around 70% of our pupils arrive by {{Elmsworth County Council|inv}} transport. "
      "Continuity of driver and passenger assistant is not a luxury; for pupils who use {{PECS|therapy}} or "
      "{{Makaton|therapy}}, the escort is often the first communication partner of the day. If families are "
      "pushed onto budgets, we expect later arrivals, more dysregulation at the gate, and some pupils with "
      "{{Rett syndrome|med}} or complex medical needs arriving without anyone trained in their care plan. The "
      "consultation says nothing about buccal midazolam training for parents who might share lifts."),
    # 006 caps
    R("parent", "MY DAUGHTER [[p:SKYE]] HAS {{DRAVET SYNDROME|med}}. SHE CAN SEIZE IN THE CAR AT ANY MOMENT. THE ESCORT "
      "IS TRAINED TO GIVE HER RESCUE MEDS. WHO GIVES THEM WHEN I AM DRIVING ON THE {{A614|road}}??? 45P A MILE WONT "
      "PAY FOR MY DAUGHTERS FUNERAL. DISGUSTING."),
    # 007 taxi driver
    R("taxi driver", "I've driven a school contract for {{Elmsworth Cars|org}} for nine years. Most of my lot are waiting on {{Station Road|route}} by half seven and most of them are "
      "lovely. One lad, [[p:Rowan]], won't get in unless {{Thomas the Tank Engine|char}} is on the tablet, and it "
      "took us a term to get there. You can't put a price per mile on that. Also, the council pays us late already. "
      "My cab is [[vr:EU19 KXP]] if anyone from transport wants to actually ride along one morning."),
    # 008 blank
    R("parent", ""),
    # 009 edited: personal paragraph added
    R("parent", " ".join(S[:4]) + "\n\nMy son [[p:Jayden Okonkwo-Price]] (Year 9, [[sch:Fernside Academy]]) has "
      "{{Duchenne|med}} and uses a power chair. His escort [[p:Lorraine]] knows how to do his transfers and his "
      "breathing. Our car, [[vr:FN68 WZA]], is not adapted and we cannot afford a WAV even with {{Motability|brand}}.\n\n"
      + " ".join(S[4:])
      + "\n\n[[p:Chidinma Okonkwo-Price]], [[st:23 Larchfield Road]], [[pc:EW4 7QD]]", CAMP, "edited"),
    # 010 grandparent
    R("grandparent", "I look after my grandson [[p:Bailey]] three days a week while his mum works at the hospital. "
      "I'm 74 and I gave up driving after my cataracts. [[p:Bailey]] goes to [[sch:Oakhurst Primary]]'s resource base and "
      "the taxi is the only way. Don't make an old woman choose between the bus pass and the boy.\n"
      "[[p:Joan Pickersgill]], [[hn:Bramble End]], [[st:Nursery Lane]], {{Thorpe Ashby|inv}}"),
    # 011 exact caps
    R("parent", each(TPL, str.upper), CAMP, "exact"),
    # 012 near-miss
    R("parent", "I work full time and have two children at two different schools. The consultation talks about "
      "flexibility but a mileage payment of 45p does not make me any less late for my own job. Could the council at "
      "least pilot this with volunteers first?"),
    # 013 young person, text speak
    R("young person", "im 15 and i did the {{independent travel training|send}} last yr. i get the 22 bus now on my own "
      "and its actually fine, i like having my earphones in. but my mate in the taxi couldnt do that, he would get "
      "lost and panic. so dont make every1 do it. [[p:deano]] (snap [[sh:deano.k09]])"),
    # 014
    R("parent", "n/a"),
    # 015 exact: whitespace and punctuation
    R("parent", plain_only(TPL, lambda t: t.replace(", ", "  ").replace(": ", " - ")), CAMP, "exact"),
    # 016 parent carer forum
    R("parent carer forum", "{{Elmsworth Parent Carer Forum|inv}} surveyed 212 families in four weeks. 61% said they "
      "would not be able to accept a budget because they do not drive or do not have a car; 38% have more than one "
      "disabled child. We support budgets as an option, as the statutory guidance ({{Travel to school for children of "
      "compulsory school age|law}}, 2024) allows, but never as the default. We also reject the proposed {{grace period|word}} of one term for families who refuse a budget. We also ask the council to stop calling "
      "the escort a 'passenger assistant' in letters: families know them as the escort."),
    # 017 Somali mother
    R("parent", "Asalaamu calaykum. My name is [[p:Hodan Farah]]. My son [[p:Abdirahman]] he is autistic and he run. "
      "In taxi there is child lock and escort sister [[p:Ubah]] she speak Somali to him. If I take him on two bus with "
      "the baby he will run in road. I have no car. Please keep the taxi. {{Mahadsanid|lang}}.\nphone [[ph:07700 900 418]]"),
    # 018 foster carer
    R("foster carer", "Our foster son [[p:T.J.]] has {{FASD|med}} and {{ADHD|send}}. His placement is 14 miles away "
      "because nowhere closer would take him. We have three other children in our care. A budget would mean one of us "
      "gives up work. The {{fostering allowance|law}} doesn't stretch to a second car."),
    # 019 councillor
    R("councillor", "As ward member for {{Hartwell North|inv}} I have had more casework on this proposal than on anything "
      "since the library closures. I will not support it at Cabinet in its current form, and I have told the "
      "{{Cabinet Member for Children and Families|role}} so. Families should be given a genuine choice.\n"
      "Cllr [[p:Margaret Oyelaran-Hythe]]\n[[em:m.oyelaran-hythe@example.org]]"),
    # 020 edited: half + own text
    R("parent", S[0] + " " + S[2] + " I had to give up my job at the call centre when my youngest started "
      "at special school because no route was offered for eight weeks. " + S[5]
      + " Listen to us for once.", CAMP, "edited"),
    # 021 dialect
    R("parent", "Ah've got twins, [[p:Alfie]] an' [[p:Archie]], both wi' {{Down's syndrome|med}}, both at different "
      "schools cos one needed t'hearing unit an' t'other didn't. Ah can't be in {{Worksop|place}} an' "
      "{{Retford|place}} at t'same time, can ah? {{Daft as a brush|dialect}}, this."),
    # 022 headteacher mainstream
    R("headteacher", "Speaking as headteacher of a mainstream primary with 31 pupils on the SEN register, I would ask "
      "the council to model the knock-on effect on attendance. Where a parent is late dropping off a sibling at "
      "{{St Wilfrid's Primary|cons}}, that child's attendance suffers too. The {{SEND Code of Practice|law}} is clear "
      "that provision follows need, not budget."),
    # 023 supportive parent with PTB
    R("parent", "We took a budget in a pilot last year and honestly it has been brilliant for us. I drive [[p:Grace]] in "
      "our WAV ([[vr:YR70 HDG]]) and we stop at the farm on the way to see the goats, which sets her up for the day. "
      "But it only works because I'm at home and we have {{Motability|brand}}. Keep it optional."),
    # 024 Bengali parent
    R("parent", "My daughter [[p:Tahmina Begum]], date of birth [[dob:12/03/2013]], she is blind and go to "
      "[[sch:Elmsworth Sensory Support Base]]. My husband is not well, he have kidney dialysis at "
      "{{Queen's Medical Centre|hosp}} three times a week. We live [[fl:Flat 6, Beecham House]], [[st:Tanners Row]], "
      "[[pc:ew2 9lb]]. Please, taxi is important. {{Dhonnobad|lang}}."),
    # 025 teaching assistant
    R("teaching assistant", "I'm a 1:1 TA. Most mornings the first twenty minutes are spent settling children who "
      "have had a bad journey. Kids in taxis with the same escort every day arrive ready. Don't make our job harder."),
]
