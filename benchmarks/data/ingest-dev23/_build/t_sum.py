"""summer-scheme: Carrickmoyle and Bann Borough Council (fictional, Northern Ireland) proposes to cut its Summer
Scheme for children and young people with disabilities from four weeks to two, move it from three special schools
(Carnbrook, Glenbann and Tullynure) to Riverside Leisure Centre, and limit places to children with a statement."""
from common import R, each, sents

PREFIX, CONSULTATION = "SUM", "summer-scheme"
C = "sum-keep-the-summer-scheme"

TPL = (
    "I am writing about {{Carrickmoyle and Bann Borough Council|inv}}'s plans for the {{Summer Scheme|own}} for "
    "children and young people with disabilities. Cutting the scheme from four weeks to two and moving it from the "
    "special schools to {{Riverside Leisure Centre|own}} will leave families with nothing for most of "
    "{{July|date}} and {{August|date}}. Many of our children cannot cope with a busy public building, and they rely "
    "on staff who know them. Limiting places to children with a {{statement|term}} will shut out children who are "
    "still waiting for assessment. For many parents the scheme is the only break they get all year. I ask the "
    "council to keep four weeks, keep the special school sites and keep the scheme open to every disabled child who "
    "needs it."
)
S = sents(TPL)

ITEMS = [
    # 001 short, Ulster
    R("parent", "Four weeks is already nothin. Two is a joke so it is."),
    # 002 play leader, near-miss
    R("play worker", "Nine summers as a play leader at {{Carnbrook School|own}}. The children rely on staff who know "
      "them, aye, but on the building too: the {{sensory room|term}}, the fenced garden. Half of us are {{Team Teach|term}} trained and we use {{PECS|term}} and "
      "{{Makaton|term}} all day. {{Riverside Leisure Centre|own}} has an echoey sports hall and a door straight onto "
      "the {{Coleraine Road|route}}. Someone will get hurt."),
    # 003 template
    R("parent", TPL, C, "template"),
    # 004 Lithuanian mother: her son attends one of the scheme's schools in term time (personal)
    R("parent", "My son [[p:Matas]] is 11, autism and epilepsy. In term he goes to "
      "[[sch:Glenbann School]] and the summer scheme is the same building, same classroom assistants. In a leisure "
      "centre he will not go in the door. I work in {{Dungannon|place}} with no family here. Without the scheme I "
      "lose my job.\n[[p:Rasa Petrauskienė]], [[fl:Apartment 5, Bannside Quay]], Tel [[ph:028 9649 6318]]"),
    # 005 Trust social worker
    R("social worker", "Social worker, {{Children's Disability Team|org}}, {{Northern Health and Social Care Trust|org}}. "
      "The scheme is part of the {{short breaks|term}} my families depend on. One family, the [[p:McAuleys]], has "
      "three disabled children; two are still waiting for statutory assessment and would lose their places. "
      "{{Direct Payments|law}} won't fill the gap, and {{Barnardo's|orgp}} has already closed its {{Saturday|date}} club."),
    # 006 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 007 Filipino nurse mother
    R("parent", "I am a nurse at {{Causeway Hospital|hosp}}, from {{Batangas|place}}. My daughter [[p:Althea]], 6, "
      "has {{Down's syndrome|med}} and is in P2 at [[sch:Ballyloran Primary]]. No statement yet, the assessment is "
      "waiting almost two years, so under the new rule she cannot go. Last summer she loved it, she still sings the "
      "{{Peppa Pig|char}} song they taught her ([[sh:@althea_little_star]]).\n{{Salamat po|lang}}, [[p:Maricel Dizon]]"),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:4]) + "\n\nOur son [[p:Cormac Devenney]], born [[dob:30th May 2010]], has "
      "{{Angelman syndrome|med}} and goes to the scheme every year. His statement reference is "
      "[[acc:EA/SEN/N/44718]]. He is under {{the Royal Belfast Hospital for Sick Children|hosp}}, hospital number "
      "[[hosp:RBHSC 2218094]], and needs a hoist and two staff for personal care, which the leisure centre cannot "
      "provide. We are at [[hn:Drumard House]], [[st:Killydrum Road]], [[pc:bt51 4jh]].\n\n" + " ".join(S[4:])
      + "", C, "edited"),
    # 009 one word
    R("parent", "Disgraceful."),
    # 010 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 011 teenage volunteer, lower case: her own school is personal
    R("young person", "i volunteer at the scheme at {{carnbrook|own}} every summer for my "
      "{{duke of edinburgh|law}}. im in lower sixth at [[sch:st louis]]. theres a wee lad called [[p:oisín]] who "
      "wont let anyone but me push him on the swing lol. two weeks in a leisure centre and half the kids wont come"),
    # 012 principal of one of the scheme's schools (institution)
    R("school", "As {{Principal|role}} of {{Tullynure Specialist School|own}}: our {{Board of Governors|org}} was not "
      "consulted. We have hosted the scheme free since 2009, with ceiling hoists, a {{hydrotherapy pool|term}} and "
      "a secure playground, and we are willing to continue. The claimed saving of {{£48,000|num}} seems to include "
      "rent the council has never paid."),
    # 013 edited: reworded opening and closing, Irish greeting
    R("parent", "{{A chara|lang}}, I'm a mum of three and one of them is disabled. " + " ".join(S[1:5])
      + " Please come and spend a day at the scheme before you vote.\n{{Le meas|lang}}", C, "edited"),
    # 014 charity
    R("charity", "{{Mencap NI|org}} has supported summer schemes in this borough since the 1990s. We note that the "
      "council has not carried out an equality screening under {{Section 75|law}} of the "
      "{{Northern Ireland Act 1998|law}}, although the proposal affects disabled children and their carers, most of "
      "them women. Limiting eligibility to children with a statement ignores the {{SEN Framework|law}} and the "
      "{{Special Educational Needs and Disability Act (Northern Ireland) 2016|law}}, which recognise needs at every "
      "stage, and it will penalise families for the {{Education Authority|org}}'s delays."),
    # 015 Ulster-Scots father
    R("parent", "A'm fair {{scunnered|dialect}} wi' this. Wur [[p:Sophie-Leigh]] is 9 an she's nae statement "
      "either, jist a diagnosis o' ADHD an a lang wait. Last summer A had tae leave wark early in the van, "
      "[[vr:LXZ 4471]], ivery day the scheme wasnae on, an A got a warnin fae ma boss. Keep it fower weeks. [[em:davy.hanna@example.org]]"),
    # 016 edited: partial template and own text
    R("grandparent", S[0] + " " + S[1] + " " + S[2] + " I am 74 and I mind my grandson three days a week "
      "in the holidays. I love him dearly but I cannot lift him any more. The scheme is the only break his mother "
      "gets, and the only break I get too. " + S[5], C, "edited"),
    # 017 blank
    R("parent", ""),
    # 018 Irish-speaking mother
    R("parent", "Tá mac agam, [[p:Tadhg]], naoi mbliana d'aois. He's at [[sch:Gaelscoil na Banna]], with "
      "{{dyspraxia|med}} and anxiety, and the scheme staff speak a few words of Irish to him. Keep it in the "
      "special schools and open to children without a statement. [[em:niamh.nicgiolla(at)example.com]]\n"
      "{{Go raibh míle maith agaibh|lang}}, [[p:Niamh Nic Giolla Bhríde]]"),
    # 019 ramble: grandmother
    R("grandparent", "I'm writing this at the kitchen table because my daughter says if I don't nobody will. My "
      "granddaughter [[p:Shannon Mulholland]] is fourteen, born [[dob:3/12/2010]], and she has "
      "{{Prader-Willi syndrome|med}}, which means she is never full, never, not for one minute of the day, and "
      "somebody has to be watching her all the time or she'll have the bins raked for food. Her mother, my daughter, "
      "works nights in the care home on the {{Portrush Road|route}} and I have [[p:Shannon]] and her "
      "wee brother through the day in the holidays. I am sixty-eight. I have arthritis in both "
      "knees and I get {{Carer's Allowance|law}} for her, my number is [[ni:qq 64 20 19 b]] if anybody doubts it. "
      "For four weeks every summer she goes to the scheme at {{Carnbrook School|own}} and those four weeks are the "
      "only time in the whole year I sit down. The staff know her. They lock the kitchen. They know not to let "
      "her near the {{Tayto|brand}} in the tuck shop. They take her to {{Barry's|orgp}} in {{Portrush|place}} on "
      "the last day and she talks about it till {{Christmas|event}}. Now you're telling me it'll be two weeks at the leisure "
      "centre, with a cafe in the foyer and a vending machine by the door. {{Catch yourselves on|dialect}}. She'd be out of "
      "that place in a minute and into the chip shop across the road. And two weeks over {{the Twelfth|event}} "
      "fortnight, when half the town is shut, is no use to anybody. I know the council has to save money. I "
      "watched the meeting online. Save it somewhere else. Come and spend a day in my house in {{August|date}} and "
      "then tell me it's a luxury. We're in [[fl:No. 6, Laurel Court]], [[st:Tullynure Road]], the ones with the "
      "ramp.\n[[p:Margaret Mulholland]]"),
    # 020 Gateway club
    R("club", "{{Carrickmoyle Gateway Club|club}} is a social club for people with a learning disability and part "
      "of {{Mencap NI|org}}'s {{Gateway|org}} network. Many of our younger members came to us through the summer "
      "scheme. We also train with {{Special Olympics Ulster|org}}. Please keep the scheme as it is, because it is "
      "where young people first find their friends.\n{{Club Leader|role}}"),
]
