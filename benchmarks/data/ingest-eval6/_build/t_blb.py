"""blue-badge: Calderholme Metropolitan Borough Council (fictional, West Yorkshire Pennines) proposes changes to
its Blue Badge scheme: a face-to-face mobility assessment at Holmroyd for every 'hidden condition' applicant, a
£10 fee (now waived), three-year renewals with fresh evidence, and a three-hour limit on free parking for badge
holders in council car parks."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "BLB", "blue-badge"
C = "blb-fair-badges"

TPL = (
    "We are members of the {{Calderholme Disability Forum|inv}} and we oppose the changes to the "
    "{{Blue Badge|law}} scheme proposed by {{Calderholme Metropolitan Borough Council|inv}}. "
    "A badge is not a perk. "
    "For thousands of disabled people and their carers it is the difference between getting out and staying in. "
    "Sending every applicant with a hidden condition to a face-to-face assessment at {{Holmroyd|inv}} treats us as "
    "cheats and ignores the evidence our own doctors and nurses already give. "
    "Many of us cannot manage the journey, never mind a walking test on a good day. "
    "Charging {{£10|num}} and cutting free parking to {{three hours|num}} in council car parks will fall hardest on "
    "the people who can least afford it. "
    "Fair badges, not fewer badges. "
    "We ask the council to keep desk-based assessments using existing medical evidence, keep the badge free, drop "
    "the time limit, and work with disabled people before any future change."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("organisation", TPL, C, "template"),
    # 002 support, short
    R("resident", "Agree with the council. Half the badges in {{Tenter Croft car park|own}} belong to people who "
      "skip across the road to {{Betfred|orgp}}. Check them properly."),
    # 003 exact, lower case
    R("disabled person", each(TPL, str.lower), C, "exact"),
    # 004 Yorkshire carer, husband with Parkinson's
    R("carer", "{{Ey up|dialect}}. I'm carer for me husband [[p:Wilf]], he's got {{Parkinson's|med}} an' some days he can "
      "walk t'length o' t'street and some days he can't get off t'settee. If tha sends him to {{Holmroyd|inv}} on a "
      "good day they'll say there's {{nowt|dialect}} up wi' him. We live right at top of [[st:Scar Top Lane]] and t'bus stops "
      "half a mile down. Badge is how he gets to {{Calderdale Royal Hospital|hosp}}, they know him there, his number's [[hosp:K2209153]]. Leave it be."),
    # 005 Tamil speaker, mother's details
    R("carer", "{{Vanakkam|lang}}. My name is [[p:Tharshan Sivakumar]]. My mother [[p:Kamala Sivakumar]] is 78 "
      "years, she has {{diabetes|med}} and both knee is replaced. Her doctor already write "
      "letter for badge. Now you want she go for test in {{Holmroyd|inv}}, but she does not speak English and she is "
      "frighten of new places. Who will translate? Our address [[st:14 Moorend Terrace]], "
      "Netherley Bridge [[pc:HD7 5QX]], phone [[ph:0113 496 0528]]. {{Nandri|lang}}."),
    # 006 blank
    R("resident", ""),
    # 007 Easy Read, self-advocacy group
    R("organisation", "This is from the {{Holmroyd Self Advocacy Group|inv}}.\n\nWe are people with learning "
      "disabilities.\n\nWe talked about the {{Blue Badge|law}} at our meeting on {{Tuesday|date}}.\n\nWhat we "
      "think:\n- A test in a new building is scary.\n- {{£10|num}} is a lot of money for us.\n- Some of us have "
      "{{autism|med}} or {{Down's syndrome|med}}. Car parks are loud and busy. We need to park near the door.\n\n"
      "[[p:Big Mick]] said: \"My mum takes me to the hospital. She needs the badge.\"\n\n[[p:Shauna]] said: \"I get lost in big car parks and I panic.\"\n\nOur support worker [[p:Kirsty]] "
      "wrote this down for us.\n\nThank you for listening."),
    # 008 edited: personal paragraph (daughter, EDS, car, badge number)
    R("parent", " ".join(S[:5]) + "\n\nOur daughter [[p:Maisie Greenwood]] is 15 and has {{Ehlers-Danlos "
      "syndrome|med}}. Her joints dislocate without warning and she uses a wheelchair outside the house. She looks "
      "like any other teenager walking from the car to the door. Her badge, number [[acc:BB 4471 0926]], goes in our "
      "car, [[vr:YK19 HWD]], and it is the only reason she still gets to school.\n\n" + " ".join(S[5:]),
      C, "edited"),
    # 009 text-speak, lower case
    R("resident", "my nana [[p:jean]] has copd n cant walk more than like 20 steps without stopping. she lives up [[st:hollin hall rd]] n needs the "
      "badge to go {{asda|org}} n the drs. 3 hours isnt long enough when ur that slow tbh. ppl abusing badges is "
      "a thing but dont punish nanas for it. me n my mate [[p:kacey]] are doing a petition, follow "
      "[[sh:@calder.nana.squad]]"),
    # 010 GP, formal, no personal data
    R("GP", "I am a {{GP partner|role}} at {{Netherley Bridge Health Centre|inv}}. We already provide supporting "
      "letters and summaries for badge applications, and the council's own guidance asks for them. Sending "
      "patients on to {{independent mobility assessors|role}} duplicates that work and repeats the mistakes of "
      "{{PIP|law}} assessments, where conditions such as {{Crohn's|med}}, {{ME/CFS|med}} and {{Charcot-Marie-Tooth|med}} "
      "are routinely under-scored because they fluctuate. The {{Department for Transport|org}} guidance allows "
      "desk-based decisions. Please use them."),
    # 011 exact, capitals
    R("disabled person", each(TPL, str.upper), C, "exact"),
    # 012 café owner on the market street
    R("business", "I run a café on {{Market Street|route}} in {{Holmroyd|inv}}. People come in from {{Shelley|placename}} and {{Denby Dale|place}}, and a good third of my regulars are "
      "badge holders who park on {{Tenter Croft|own}} for lunch and a wander round the market on a {{sunny|word}} day. With a three hour "
      "cap they'll go to {{Meadowhall|landmark}} instead, where it's free all day. You'll lose the town centre "
      "trade to save a few quid."),
    # 013 near-miss: slogan and one clause
    R("disabled person", "Fair badges, not fewer badges. We ask the council to think about those of us who "
      "genuinely cannot find a space because the disabled bays are full of cars with borrowed badges. I use a "
      "wheelchair and some days I just go home. Enforcement, yes. Assessments for everyone, no."),
    # 014 capitals rant, signature in capitals
    R("disabled person", "I HAVE HAD A BADGE FOR 22 YEARS SINCE I LOST MY LEG AT WORK. MY CAR IS [[vr:YK65 RTE]] AND "
      "I HAVE NEVER ONCE MISUSED IT. NOW I AM TOLD I HAVE THREE HOURS IN {{TENTER CROFT|own}} THEN I GET A TICKET. "
      "I'VE PAID MY STAMP FOR FORTY YEARS, NI [[ni:QQ195507D]], LOOK IT UP. HOSPITAL APPOINTMENTS RUN OVER THREE HOURS ALL THE TIME. THIS IS A TAX ON CRIPPLES FULL STOP.\n"
      "[[p:DEREK HOLLINDRAKE]]"),
    # 015 edited: reworded opening and closing
    R("carer", "I was sent this by the Forum and I've changed it to say it my own way, because I care for my "
      "brother [[p:Lee]] with our [[p:Shelley]] and it is exactly our experience. " + " ".join(S[1:7]) + " Please think again and talk to the "
      "people who actually use badges before you decide anything.", C, "edited"),
    # 016 councillor, named
    R("councillor", "As ward councillor for {{Ainsclough|inv}} I have had more casework on this than on "
      "anything since the bin changes. I accept the {{Cabinet Member for Highways and Transport|role}} has to find "
      "savings, but the fee and the three-hour limit raise very little. I will be asking the {{Labour|party}} "
      "group to support desk-based assessments for people with existing medical evidence.\n"
      "Cllr [[p:Shabnam Akhtar]]\n{{Ainsclough ward|inv}}\n[[em:cllr.s.akhtar@example.org]]"),
    # 017 parent of autistic boy: school, date of birth
    R("parent", "My son [[p:Reuben]] is 7 and autistic with {{PDA|med}} (they used to lump it in with "
      "{{Asperger's|med}}). He bolts. He has no sense of danger near traffic. He was born [[dob:04/11/2017]] and "
      "we got his badge last year after two refusals. He goes to [[sch:Holmroyd Junior and Infant School]] and "
      "the school run is the most dangerous ten minutes of our day. Face to face assessment at a strange building "
      "will end in a meltdown, which I suppose would prove the point."),
    # 018 wheelchair user who supports enforcement
    R("disabled person", "I support tougher enforcement. Every time I go to {{Morrisons|orgp}} in "
      "{{Halifax|placename}} or {{Sainsbury's|orgp}} in {{Brighouse|place}} the bays are full of people who hop out and jog in. I'd like to see "
      "{{civil enforcement officers|role}} checking badges properly. But don't make genuine people go through "
      "hoops. Tackle the fraud, not the paperwork.\n[[p:Mo Rashid]]"),
    # 019 exact, one sentence per line
    R("organisation", one_per_line(TPL), C, "exact"),
    # 020 very short
    R("resident", "Leave it alone."),
    # 021 older man, dialect, address in sign-off
    R("disabled person", "I'm 84 and I've farmed up here all me life. I were born [[dob:3rd of Feb 1941]] and I had a stroke in {{2019|date}} and I can't "
      "feel me left foot. {{Tha|dialect}} wants me to go all t'way to {{Holmroyd|inv}} to walk up and down a corridor for a lass wi' a "
      "clipboard? I'll not go. Our lass drives me in t'{{Land Rover|brand}}, [[vr:yg09 kbu]], and she can't push me far.\n"
      "[[p:Harold Sugden]]\n[[hn:Lower Clough Farm]]\n[[st:Blackmoss Lane]]\n[[pc:HD9 6XW]]\n[[ph:0113 496 0914]]"),
    # 022 edited: half the template plus own text
    R("carer", " ".join(S[:4]) + " I care for my wife, who has {{multiple sclerosis|med}}, and I can tell you "
      "that on a bad day she cannot get from the car to the surgery door without stopping twice. The fee I could "
      "live with. The assessment and the three-hour limit I cannot. Anyone who has sat in the waiting room at "
      "{{Huddersfield Royal Infirmary|hosp}} for four hours knows three hours is nothing. Her hospital number there is [[hosp:HRI 0917744]], ask them.", C, "edited"),
    # 023 occupational therapists' team, no personal data
    R("organisation", "Response from the {{community occupational therapy team|role}}, {{Calderholme Adult Social "
      "Care|inv}}. We welcome a clearer eligibility framework but we are not resourced to carry out the proposed "
      "mobility assessments. If the council intends to use {{occupational therapists|role}}, we would need extra "
      "posts. Please also note that {{Motability|org}} vehicles and {{Access to Work|law}} arrangements depend on "
      "badge decisions, so delays have knock-on effects."),
    # 024 long ramble: carer for husband and mother
    R("carer", "I don't usually do these things but my daughter said I should, so here goes. I look after my "
      "husband [[p:Trevor]] who has had {{MS|med}} for nineteen years and my mother [[p:Edna Crabtree]] who is 91 and "
      "has {{vascular dementia|med}} and lives with us now since we sold her bungalow on [[st:Hebble View]]. "
      "Monday is Mum's day centre at {{Ainsclough|inv}}, Tuesday is [[p:Trevor]]'s physio, Wednesday is the big shop, "
      "Thursday is usually a hospital appointment for one of them and Friday I collapse. Mum's badge goes in my "
      "car ([[vr:YD68 NPL]]) and so does [[p:Trevor]]'s wheelchair, and if you think I can get a wheelchair, a "
      "91-year-old and a walking frame across {{Tenter Croft|own}} from the far end because the near bays are "
      "three hours only and I've been there three and a quarter, you want to come and watch. Last month "
      "Mum's appointment at the memory clinic ran two hours late. Two hours! Nobody at the hospital says 'sorry, "
      "your parking is up'. Mum's NHS number is [[nhs:999 728 3546]] if you want to check she is real, because that "
      "is what this feels like, that we are all being treated as liars. My neighbour [[p:Sunny]] helps when he can "
      "and he says the same. Our dog {{Dennis|pet}} gets more walks than [[p:Trevor]] does now and that's not a joke. "
      "And the test! Mum would go to {{Holmroyd|inv}} and be charming for twenty minutes and walk like a duchess and then "
      "sleep for two days. That's dementia for you. My sister in {{Beverley|placename}} says put her in a home. We watch {{Emmerdale|char}} together and that's our night out. Please, please think about the carers. We save the council a "
      "fortune and all we ask is to park near the door.\n[[p:Pauline]]"),
    # 025 young wheelchair user
    R("young person", "I'm 19 and I've got {{cerebral palsy|med}}. I passed my test last year and got a {{Ford Puma|brand}} through "
      "{{Motability|org}}. The badge is literally my independence. I'm at {{Calderdale College|venue}} three days "
      "a week and I'm there more than three hours. I make disability content on insta "
      "([[sh:@wheelie.good.life]]) and loads of my followers in other councils say theirs don't do this. [[p:Jade]]"),
]
