"""hydro-pool: Glanrhos County Borough Council / Cyngor Bwrdeistref Sirol Glanrhos (fictional, south Wales
valleys) proposes to close the hydrotherapy pool at Ysgol Maes y Dderwen, its special school, saving £96,000 a year
and avoiding a £340,000 repair, with weekly sessions at Pontfelin Leisure Centre instead."""
from common import R, each, sents

PREFIX, CONSULTATION = "HYD", "hydro-pool"
C = "hyd-achub-y-pwll"

TPL = (
    "I am writing to oppose {{Glanrhos County Borough Council|inv}}'s proposal to close the hydrotherapy pool at "
    "{{Ysgol Maes y Dderwen|own}}. For many learners with complex physical needs the pool is not a luxury: warm "
    "water is the only place where they can move freely, stretch tight muscles and take part in a lesson alongside "
    "their friends. Sessions at {{Pontfelin Leisure Centre|own}} are not the same, because the water is too cold "
    "and the changing rooms have no hoist. Physiotherapy targets are written into learners' {{IDPs|term}}, and the "
    "council has a duty under the {{ALN Act|law}} to deliver them. I ask the council to repair the pool, to open it "
    "to the community in the evenings to share the costs, and to keep it. {{Achub y pwll|slogan}}."
)
S = sents(TPL)

ITEMS = [
    # 001 Welsh-language mother; the consultation's own school is personal here (her son attends it)
    R("parent", "Mae fy mab [[p:Gruffudd]] yn ddeg oed ac mae ganddo {{barlys yr ymennydd|med}}. Mae e wedi bod yn "
      "mynd i [[sch:Ysgol Maes y Dderwen]] ers pan oedd e'n bedair oed. Y pwll yw'r unig le lle mae e'n gallu symud "
      "ei goesau heb boen. Mae'r ganolfan hamdden yn rhy oer a does dim teclyn codi. Plîs peidiwch â chau'r pwll.\n"
      "[[p:Llinos Bevan]]"),
    # 002 template
    R("parent", TPL, C, "template"),
    # 003 NHS physiotherapist
    R("physiotherapist", "I am a paediatric {{physiotherapist|role}} with "
      "{{Cwm Taf Morgannwg University Health Board|org}}. We deliver {{aquatic physiotherapy|term}} and "
      "{{Halliwick|term}} sessions in the school pool four mornings a week. The nearest alternative hydrotherapy pool "
      "is at {{Prince Charles Hospital|hosp}}, fourteen miles away, and it has a waiting list for adults. For a child "
      "with {{Duchenne muscular dystrophy|med}} or severe {{spasticity|med}}, a 34-degree pool is a treatment, not a "
      "swimming lesson. The leisure centre's pool is kept at 29 degrees. We would lose the sessions altogether."),
    # 004 valleys grandad
    R("grandparent", "My grandson [[p:Rhys]] is twelve, {{spina bifida|med}} from birth. Tidy boy, mind. That "
      "pool is the one place he gets out of the chair and is the same as the others; after, he's "
      "{{happy as Larry|dialect}}. I drive him there in the old {{Berlingo|brand}}, [[vr:CU08 JHN]], with the dog, {{Gethin|pet}}, in the back. Close it and I'll be up "
      "the council now in a minute.\n[[hn:Ty'r Efail]], {{Abercynan|inv}}"),
    # 005 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 006 ALNCo at a mainstream comprehensive (institution)
    R("ALNCo", "{{ALNCo|role}} at {{Ysgol Gyfun Cwm Eithin|venue}}. Two of our learners use the pool at "
      "{{Maes y Dderwen|own}} on a {{Tuesday|date}} under a shared arrangement, and it is written into their IDPs. "
      "The {{ALN Code for Wales|law}} expects us to use every resource the authority has. Close it and I expect an "
      "appeal to the {{Education Tribunal for Wales|tribunal}}."),
    # 007 leisure centre swimming teacher, near-miss
    R("swimming teacher", "I teach at {{Pontfelin Leisure Centre|own}}. Honestly, the changing rooms have no hoist, "
      "the learner pool runs at 29 degrees for baby classes and {{aquafit|term}}, and our {{Changing Places|law}} "
      "toilet has been 'in the capital programme' since 2019. Nobody from the council has asked us if we could "
      "cope."),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nOur daughter [[p:Seren Lloyd-Prosser]], born [[dob:2 February 2014]], has "
      "{{Rett syndrome|med}}. In the water she can stand with support, which she cannot do anywhere else. Her "
      "{{IDP|term}} reference is [[acc:GLR-ALN-11093]] and her NHS number is [[nhs:999 497 8888]]. We drive her in "
      "our adapted car, [[vr:CP21 WFE]], and if her sessions move to the hospital pool that is a 28-mile round trip "
      "in the school day. We live at [[st:9 Heol yr Eglwys]], [[pc:CF44 7RT]].\n\n" + " ".join(S[3:])
      + "", C, "edited"),
    # 009 blank
    R("parent", ""),
    # 010 young person, lower case: her school (the consultation's own) is personal
    R("young person", "been going in that pool since i was 4. im 16 now, year 11 at [[sch:maes y dderwen]]. in "
      "the water i dont need my chair or my splints. only hour of the week i dont hurt. no easy read survey either, "
      "my TA had to read it me. videos on [[sh:@ffion.makes.waves]]\n[[p:ffion]]"),
    # 011 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 012 Tamil mother
    R("parent", "Vanakkam. My daughter [[p:Kavya Sivakumar]] is 7, in the resource base at "
      "[[sch:Abercynan Primary]], and goes to the pool at {{Maes y Dderwen|own}} weekly for physio. She has "
      "{{hypotonia|med}}. At {{Noah's Ark Children's Hospital for Wales|hosp}} (number [[hosp:NAH 3390817]], NHS "
      "[[nhs:9999649831]]) they say warm water is very important. Please keep it.\n"
      "{{Nandri|lang}}, [[p:Priya Sivakumar]]"),
    # 013 headteacher of the consultation's own school (institution)
    R("headteacher", "As {{Headteacher|role}} of {{Ysgol Maes y Dderwen|own}} I must be careful: it is our site. The "
      "plant and roof need {{£340,000|num}} of work and running costs are £96,000 a year. But 81 of our 134 "
      "learners have hydrotherapy in their programmes, and the {{Governing Body|org}} asks the council to seek "
      "{{Welsh Government|org}} capital funding first."),
    # 014 edited: reworded opening and closing
    R("parent", "{{Annwyl Gynghorwyr|welsh}}, I have never written to the council before. " + " ".join(S[1:5])
      + " My son would be devastated. {{Diolch o galon|welsh}} for listening.", C, "edited"),
    # 015 charity
    R("charity", "{{SNAP Cymru|org}} has taken 27 calls from families at the school since this was published. No "
      "{{Children's Rights Impact Assessment|law}} has been published, and we have written to the "
      "{{Children's Commissioner for Wales|office}}. Please pause until learners have been asked in accessible "
      "formats."),
    # 016 disability swimming club
    R("club", "{{Glanrhos Dolphins|club}}, a disability swimming club, has hired the pool on {{Thursday|date}} "
      "evenings for twenty years: 46 members aged five to seventy-eight. Our coach, [[p:Aled Pritchard]] ("
      "[[ph:(01632) 960 733]]), has offered to run community sessions for income. Nobody has taken him up on it."),
    # 017 edited: partial template and own text
    R("parent", S[0] + " " + S[2] + " " + S[4] + " My son [[p:Macsen]] has {{arthrogryposis|med}}. On land every "
      "movement is a fight; in the pool he laughs. He has been going since nursery. " + S[5], C, "edited"),
    # 018 father, short, own school without the word Ysgol: personal
    R("parent", "Shut the pool and you shut down my son's body. Simple as that. Dad of [[p:Osian]], Year 4 at "
      "[[sch:Maes y Dderwen]]."),
    # 019 Brazilian Portuguese mother
    R("parent", "Bom dia. I am from {{São Paulo|place}}. My son [[p:Enzo]] is 9, at [[sch:Ysgol Gymraeg Cwm Eithin]], "
      "and speaks Welsh better than me, he sang at the {{Urdd Eisteddfod|event}}! He has {{cerebral palsy|med}} and goes to the hydro every "
      "{{Wednesday|date}}. The leisure centre is too cold and too noisy for him. [[fl:Fflat 3, Tŷ Glyndŵr]], "
      "[[em:renata.souza [at] example.org]]\n{{Obrigada|lang}}, [[p:Renata Souza]]"),
    # 020 slogan
    R("resident", "{{Achub y pwll|slogan}}!"),
]
