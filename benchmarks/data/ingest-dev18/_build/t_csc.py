"""customer-centre: the London Borough of Kelsham (fictional, inner London) proposes to close the face-to-face
Customer Service Centre at Kelsham Town Hall and move to 'digital by default', with phone callbacks and two
library help points."""
from common import R, each, sents

PREFIX, CONSULTATION = "CSC", "customer-centre"
C = "csc-talk-to-a-person"

TPL = (
    "I am writing to oppose the closure of the {{Customer Service Centre|site}} at {{Kelsham Town Hall|site}}. Not "
    "everyone can do their business online. Older residents, disabled people, people who do not read English well "
    "and people without a smartphone or data rely on talking to someone face to face, especially about housing, "
    "council tax and benefits. A callback that comes days later, or a help point in a library with no one trained "
    "to help, is not the same. We need to talk to a person. Please keep the {{Customer Service Centre|site}} open at "
    "least three days a week, keep interpreters available, and publish an equality impact assessment before any "
    "decision is made by {{Kelsham Council|inv}}."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Cantonese-speaking elder via daughter
    R("pensioner", "My mother [[p:Lau Mei Ling]] is 82 and speaks only Cantonese. Every month she takes her letters to "
      "the Town Hall and the lady at the desk, [[p:Wing]], explains them. Her hospital number at {{St Thomas'|hosp}} is [[hosp:GSTT 48812095]]. Online is impossible for her. She lives at "
      "[[fl:Flat 31, Cranmer House]], [[st:Talbot Walk]]. {{唔該|lang}}, thank you.\n"
      "[[p:Cindy Lau]]"),
    # 003 exact, one sentence per line
    R("resident", each(TPL, lambda t: t.replace(". ", ".\n")), C, "exact"),
    # 004 Somali man, housing ref
    R("council tenant", "I go to the Town Hall for my housing problem since two years, damp in bedroom. When I phone, "
      "I wait one hour then it cut off. At the desk they see the mould photos on my phone and they book the "
      "repair. My housing reference [[acc:KH/TEN/0482913]], national insurance [[ni:QQ 90 31 62 D]]. If you close it I have no way. [[p:Abdiwali Hassan]]"),
    # 005 short support
    R("resident", "Sensible. I haven't been to the Town Hall in ten years, everything's on the app."),
    # 006 exact capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 007 Portuguese cleaner, email
    R("resident", "Olá. I am cleaner in offices, I start 5am and finish 2pm and the phone line is busy always. The "
      "centre is the only place I can sort my council tax. My daughter [[p:Beatriz]] help me with computer but she is "
      "at university in {{Coimbra|place}} now. Email me [[em:fatima.rodrigues@example.net]]. {{Obrigada|lang}}.\n"
      "[[p:Fátima Rodrigues]]"),
    # 008 edited: personal paragraph, carer, NHS, NI, DOB
    R("carer", " ".join(S[:4]) + "\n\nI care for my brother [[p:Delroy]], who had a stroke and is registered blind. "
      "When his {{Personal Independence Payment|law}} changed, the centre staff sorted his council tax reduction in "
      "one visit. His date of birth is [[dob:3 March 1961]], NI number [[ni:QQ 63 18 05 A]], NHS number "
      "[[nhs:999 434 1588]] and he is a patient at {{King's College Hospital|hosp}}, number [[hosp:KCH 6610498]]. "
      "I could not give all that to a chatbot.\n\n" + " ".join(S[4:]) + "\n[[p:Marcia Thompson-Reid]]", C, "edited"),
    # 009 blank
    R("resident", ""),
    # 010 young person lower case
    R("young person", "honestly the town hall desk is the only reason my nan gets anything done. she went in about "
      "her {{Freedom Pass|law}} n they sorted it same day. i do her online stuff but im at college. her name is [[p:gloria]], shes on [[st:marchmont rd]]. follow [[sh:@kelsham_nan_squad]] keep it open x"),
    # 011 charity
    R("organisation", "{{Age UK Kelsham|org}} and {{Kelsham Citizens Advice|org}} respond jointly. Last year the centre "
      "handled 61,000 visits; 38% were residents over 65 and 27% needed an interpreter. Library help points are staffed "
      "by volunteers with no access to council systems. We urge the {{Cabinet Member for Customer Experience|office}} "
      "to keep the centre open three days a week and to consult {{Healthwatch|org}} before deciding."),
    # 012 edited: reworded opening and closing
    R("resident", "Closing the Town Hall desk is a false economy. " + " ".join(S[1:5]) +
      " Keep the doors open, Kelsham.", C, "edited"),
    # 013 near-miss
    R("resident", "Not everyone can do their business online, fine, but most of us can. Keep one morning a week for "
      "people who need it and close the rest. The Town Hall should be flats."),
    # 014 older man in capitals
    R("pensioner", "I AM 88 AND A {{WINDRUSH|event}} MAN. I CAME ON THE {{EMPIRE WINDRUSH|ship}} IN 1948 AND I HAVE "
      "PAID MY WAY EVER SINCE. I DO NOT HAVE A COMPUTER AND I AM NOT GETTING ONE. THE YOUNG MAN AT THE DESK, "
      "[[p:KWAME]], HELPS ME WITH MY BLUE BADGE EVERY TIME. DO NOT SHUT IT.\n[[p:EZEKIEL BROWNE]] ([[dob:19.02.1937]])\n[[st:17 LAMBETH GROVE]]\n[[pc:SE11  4RT]]"),
    # 015 edited: partial template + own words (Tagalog)
    R("resident", " ".join(S[:3]) + " I am nurse at {{Guy's|hosp}}, I work nights, and when my landlord did not "
      "return my deposit the centre told me about the {{Tenancy Deposit Scheme|law}}. I would never find this "
      "online. {{Maraming salamat po|lang}}.\n[[p:Rowena Villanueva]]", C, "edited"),
    # 016 staff member
    R("council staff", "I work on the front desk and I can't sign this. The queue goes out on to {{Walworth Road|route}} some mornings. Most days we see people who have been "
      "scammed, people who are about to be evicted, people who have just been released from prison. The phone "
      "line cannot do what we do. We are not against change, we are against closing."),
    # 017 ramble, Turkish café owner
    R("business", "I run {{Anatolia Café|org}} on {{Kelsham High Street|route}} across from the Town Hall and I "
      "see everything. In the morning the queue goes down the steps, old people, mothers with buggies, men in "
      "work clothes on their break, and I bring them tea sometimes because it is cold. My father came from "
      "{{Kayseri|place}} in 1986 and the Town Hall was where he learned how this country works: the rent, the school "
      "place for me, the business rates when he opened the shop. There was a woman there, Mrs [[p:Okafor]], who "
      "helped him every time and he sent her baklava every {{Bayram|event}} until she retired. People laugh when I "
      "say the Town Hall is a community place but it is. If you close it you will save money on paper and you "
      "will spend it in other places, because the people who cannot get through on the phone will go to "
      "{{A&E|hosp}}, they will go to the police, they will go to their MP, they will come to me. I also want to say "
      "the online forms are very bad. I tried to renew my pavement licence for the tables and it took me three "
      "evenings and in the end I phoned and waited fifty minutes. I am forty-four years old and good with "
      "computers. Imagine my mother. My licence number is [[acc:PL/2024/0317]] if you want to check I am telling the "
      "truth. Please, before you do this, sit at the desk for one day and see who comes in. Then decide. {{Teşekkürler|lang}}.\n"
      "[[p:Emre Doğan]]"),
    # 018 councillor named
    R("councillor", "I call on the {{Leader of the Council|office}} and the {{Chief Executive|role}} to withdraw this. I have asked Cllr [[p:Priya Raman]], "
      "the portfolio holder, for the equality assessment three times. Signed, Cllr [[p:Tom Ekwueme]], {{Ferrier Ward|inv}}"),
    # 019 short
    R("resident", "Close it. Use the money for street cleaning."),
    # 020 very short no
    R("resident", "No."),
]
