"""Post-16 SEND: moving college placements in-county (fictional Marrowby County Council, East Midlands)."""
from common import R, each, sents, plain_only

PREFIX = "PST"
CONSULTATION = "post16-colleges"
CAMP = "pst-right-college-not-nearest"

TPL = ("We are parents of young people with {{Education, Health and Care plans|send}} who are getting ready to leave "
       "school. We understand that {{Marrowby County Council|inv}} wants to spend less on out-of-county colleges, but "
       "a college is not suitable just because it is near. Our sons and daughters have a right to a placement that "
       "meets the needs in their plans, and the {{SEND Code of Practice|law}} says preparing for adulthood must start "
       "from their own hopes. The new {{Pathways Centre|cons}} at {{Marrowby College|cons}} has no hydrotherapy, no "
       "waking night staff and no experience of young people with complex {{epilepsy|med}} or behaviour that "
       "challenges. Please do not move anyone who is already settled. Please publish the courses, staffing and "
       "therapies before families are asked to choose. And please ask the young people themselves, in ways they can "
       "understand.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, CAMP, "template"),
    # 002 young adult writing for herself
    R("young person", "my name is [[p:Bethany Clough]] and i am 19. i go to [[sch:Foxhollow Specialist College]] and "
      "i board there monday to friday. i have learned to cook pasta and use a bank card and get the train with "
      "[[p:Sue]] my support worker. i do not want to go to a big college where i dont know anyone. my {{PIP|law}} letter "
      "says my national insurance number is [[ni:QQ 48 21 06 B]] if you need it. please let me finish my course"),
    # 003 exact lower
    R("parent", each(TPL, str.lower), CAMP, "exact"),
    # 004 college principal
    R("college", "{{Marrowby College|cons}} welcomes the council's ambition to educate more young people close to "
      "home. The {{Pathways Centre|cons}} will open in September with 48 places, a {{Changing Places|law}} toilet, a "
      "training flat and links to {{DFN Project SEARCH|orgp}} supported internships. We accept that we will not be "
      "the right setting for every learner, and we would ask the council to say so clearly in its final policy.\n"
      "{{Principal and Chief Executive|role}}"),
    # 005
    R("parent", "No comment"),
    # 006 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nOur son [[p:Harvey Lindqvist]], born [[dob:3 February 2006]], has been at "
      "[[sch:Ashgrove Residential College]] for two years. He has {{Lennox-Gastaut syndrome|med}} and has up to "
      "thirty seizures a day. His annual review, reference [[acc:MCC/P16/0882]], agreed he should stay until 2027. "
      "[[p:Harvey]]'s NI number is [[ni:QQ 61 93 40 A]] and his {{DLA|law}} was moved to {{PIP|law}} in March.\n\n"
      + " ".join(S[3:]), CAMP, "edited"),
    # 007 Bangladeshi father
    R("parent", "My son [[p:Shahid Miah]] is 18, he has autism and learning difficulty. He go to "
      "[[sch:Marrowby College]] one day, he come home crying, too many people, too much noise. Now he is at home 8 "
      "month. Nobody ring us. Please somebody ring: [[ph:01632 960388]]. We live [[fl:Flat 22, Beaumont Tower]]."),
    # 008 exact caps
    R("parent", each(TPL, str.upper), CAMP, "exact"),
    # 009 employer
    R("employer", "We host a supported internship at our distribution depot with a job coach from the college. "
      "Three of last year's six interns now have paid jobs with us, and our {{Chester|placename}} depot runs the same scheme. In-county provision can work when employers are "
      "involved from the start. We'd be happy to take more."),
    # 010 blank
    R("parent", ""),
    # 011 transition social worker
    R("social worker", "As a {{transitions social worker|role}} in the {{Preparing for Adulthood Team|cons}} I support "
      "the proposal for most young people. But the consultation must explain how the {{Care Act 2014|law}} "
      "assessment and the {{EHCP|send}} will be joined up at 18. At the moment they are not."),
    # 012 near-miss
    R("parent", "I'd agree that a college is not suitable just because it is far away and expensive, either. My "
      "daughter did well locally. Horses for courses."),
    # 013 the SALT
    R("parent", "My daughter [[p:Phoebe]] uses an {{AAC|send}} device. At [[sch:Ashgrove]] the college {{SALT|send}}, "
      "[[p:Priya]], programmed it with every word she needs for the kitchen and the bus. The {{Pathways Centre|cons}} prospectus "
      "doesn't mention speech and language therapy once."),
    # 014 exact: whitespace and punctuation
    R("parent", plain_only(TPL, lambda t: t.replace(". ", ".  ").replace(",", "")), CAMP, "exact"),
    # 015 grandparent, house name
    R("grandparent", "I am raising my granddaughter [[p:Kayleigh Marsh]] who turned 20 in May. We live out at "
      "[[hn:Holly Bank Cottage]], [[st:Fen Drove]], [[pc:MR9 4TS]], and the nearest bus is two miles away. Her "
      "college is a residential one and it is the making of her. Her NI number, since the form asks for evidence, is "
      "[[ni:qq 20 51 77 d]]."),
    # 016 foster carer, staying put
    R("foster carer", "Our foster son [[p:Dominik]] is 18 and 'staying put' with us. He has {{FASD|med}}. He has a "
      "place at an out-of-county college that understands him. Being moved now would undo three years of work. "
      "[[p:Dominik]]'s hospital number at {{Royal Derby Hospital|hosp}} is [[hosp:RDH 7720418]] and his "
      "{{NHS number|send}} is [[nhs:999 339 0755]] for the health section of the plan."),
    # 017 edited half + own
    R("parent", S[0] + " " + S[1] + " " + S[2] + " Our lad tried the local college for one term and ended up in "
      "hospital after a meltdown in the canteen. " + S[4] + " " + S[6], CAMP, "edited"),
    # 018 caps
    R("parent", "SAVING MONEY ON OUR KIDS AGAIN. THEY HAVE A LEGAL RIGHT TO STAY IN EDUCATION TILL 25 IF THEY NEED "
      "IT. READ THE {{CHILDREN AND FAMILIES ACT|law}}."),
    # 019 charity
    R("organisation", "{{Natspec|org}} would encourage the council to commission a needs analysis before reducing "
      "independent specialist college placements. The evidence from {{Lincolnshire|place}} and {{Nottinghamshire|place}} is that in-county capacity takes "
      "three to five years to build."),
    # 020 young person, positive
    R("young person", "I want to stay local. My friends are all going to the local college and my mum can pick me up. "
      "I have {{dyspraxia|med}} and {{ADHD|send}} but I'm doing a level 2 in games design. follow my art on insta "
      "[[sh:@rowan.draws.stuff]] lol. [[p:Rowan]]"),
    # 021 councillor
    R("councillor", "Cllr [[p:Hilary Stainsby]] ({{Cabinet Member for Education and Skills|role}}). I will read every "
      "response myself. I want to reassure families that nobody already in a settled placement will be moved without "
      "an annual review."),
    # 022 parent with hospital number and unspaced NHS number
    R("parent", "My son [[p:Ethan Fairbrother]] has {{Duchenne|med}} and needs overnight ventilation. He's at "
      "[[sch:Greystone House College]], which has nurses on site 24/7. His {{Nottingham Children's Hospital|hosp}} "
      "number is [[hosp:NCH-551903]], NHS [[nhs:9998145384]], NI [[ni:QQ 07 39 82 C]]. Please tell me which local college can manage a "
      "ventilator. [[em:ethans.mum@example.com]]"),
    # 023 lecturer
    R("lecturer", "I teach on the foundation learning programme. Staff were told about the Pathways Centre two days "
      "before the consultation opened. We'd love to grow local provision, but we need the training first."),
    # 024 dialect
    R("parent", "Ay up. Our [[p:Jordan]] goes to a college in {{Derbyshire|place}} an' comes home every weekend taller an' "
      "happier. Dunt fix what int broke, duck."),
    # 025
    R("parent", "Local is fine for some. Not for my son."),
]
