"""ep-traded: Wealdmoor County Council (fictional, the Weald of Kent and Sussex) proposes to move its
Educational Psychology Service to a traded model: schools buy EP time at £650 a day from their own budgets and
only statutory advice for EHC needs assessments stays free."""
from common import R, each, sents

PREFIX, CONSULTATION = "EPS", "ep-traded"
C = "eps-an-ep-for-every-school"

TPL = (
    "I am responding to {{Wealdmoor County Council|inv}}'s proposal to move the "
    "{{Educational Psychology Service|own}} to a traded model. Under the plan, schools would have to buy "
    "educational psychologist time from their own budgets, and only statutory advice for "
    "EHC needs assessments would stay free. This will widen the gap between schools that can pay and "
    "schools that cannot. Early advice from an educational psychologist often stops a child's needs from "
    "escalating to the point where an EHCP is the only route left. Small rural primaries will be priced "
    "out first. I ask the council to keep a core allocation of educational psychologist time for every school, "
    "free at the point of need, and to publish how the traded model would affect waiting times before any "
    "decision is taken."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 SENCO, near-miss, school only as an institution
    R("SENCO", "I have been {{SENCO|role}} for eleven years, now shared between two small schools in the "
      "{{Oakhollow|inv}} cluster. Last year we had six EP visits between us. At {{£650 a day|num}} we could buy two, "
      "and that is if the {{Pupil Premium|law}} doesn't go on something else first. Small rural primaries will be "
      "priced out first, and I say that as someone who has watched a good school like {{Knotts Green Primary|venue}} "
      "lose its only TA this year. What an EP gives us that nobody else can: a cognitive assessment, an hour with a "
      "frightened parent, training for support staff in {{precision teaching|term}} and {{Intensive Interaction|term}}. "
      "I would rather have one EP day than another {{Lexia|brand}} licence."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 Nepali (ex-Gurkha family), son and school
    R("parent", "Namaste. My son [[p:Aarav Gurung]] is in Year 3 at [[sch:Hurstford Primary]]. At home he talks "
      "Nepali all day, in class nothing. Teacher say {{selective mutism|med}} and he need the educational "
      "psychologist. We wait one year already. Now the school must pay? Please keep it free for [[p:Aarav]].\n"
      "{{Dhanyabad|lang}}, [[p:Sunita Gurung]] [[ph:07700 900 214]]"),
    # 005 headteacher of a federation (institution only)
    R("headteacher", "As {{Executive Headteacher|role}} of {{the Weald Valley Federation|venue}} I have costed "
      "this. Buying back our current EP time would cost {{£11,700|num}} a year; our whole non-staffing budget is "
      "under £90,000. So the choice is an educational psychologist or the heating. {{Schools Forum|org}} was "
      "told the model would be 'cost neutral to schools'. It is not."),
    # 006 EP inside the service
    R("educational psychologist", "Writing in a personal capacity as one of the service's EPs. Statutory advice "
      "is already 80% of our time; a traded model makes it 100% for any school that can't pay. Please talk to "
      "{{the Association of Educational Psychologists|org}} before deciding.\nDr [[p:Hannah Okafor-Lyle]], "
      "{{HCPC|org}} registered"),
    # 007 grandparent: granddaughter with Down's syndrome
    R("grandparent", "Our granddaughter [[p:Poppy]] has {{Down's syndrome|med}} and is in reception at "
      "[[sch:Bexhollow Primary]]. She signs with {{Makaton|term}}, mostly learnt from {{Mr Tumble|char}}, and one "
      "EP visit showed her teacher how to use it in every lesson. She's under {{the Evelina|hosp}} for her heart "
      "(hospital number [[hosp:EV 4471920]]). Keep it free.\n[[p:Derek Ashby]] (Grandad), "
      "[[hn:Pear Tree Cottage]], {{Little Snodhurst|inv}}, [[ph:01632 960 418]]"),
    # 008 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 009 one word
    R("resident", "Object."),
    # 010 TA, lower case, no punctuation
    R("teaching assistant", "im a TA in year 2 and the only time anyone showed me what to do for a boy throwing "
      "chairs was when the EP came in our senco mrs [[p:okonjo]] had begged for her she showed me "
      "{{zones of regulation|term}} and a {{now and next board|term}} and he hasnt thrown a chair since "
      "{{october|date}} you cant buy that off {{twinkl|brand}}"),
    # 011 young person, 17, dyslexia, lower case
    R("young person", "got assessed by an EP in year 9 at [[sch:ashdene grammar]] and thats the only reason i got "
      "extra time in my gcses. before that i was just 'lazy'. schools with no money wont bother paying. i post "
      "about being {{dyslexic|med}} on [[sh:@tilly.reads.backwards]]\n[[p:tilly]] (17)"),
    # 012 edited: personal paragraph in the middle
    R("parent", " ".join(S[:4]) + "\n\nOur son [[p:Kofi Mensah-Byrne]] ([[p:K.M.]] on his school reports) is in Year 5 at "
      "[[sch:Oakhollow CE Primary]]. He was born [[dob:9 March 2015]] (NHS number [[nhs:999 898 1832]]) and has been waiting for an EP since he was "
      "seven. His {{EHCP|term}} request, reference [[acc:WCC/EHC/24/01873]], was refused in {{January|date}} because "
      "there was 'insufficient evidence of need', and the evidence they wanted was an EP report. Round and round we go. "
      "Our postcode is [[pc:TN27 9QX]], if anyone from the council wants to come and see what "
      "[[p:K.M.]]'s evenings look like.\n\n" + " ".join(S[5:]) + "\n[[p:Abena Mensah]]", C, "edited"),
    # 013 speech and language therapist
    R("speech and language therapist", "I'm a {{speech and language therapist|role}} with "
      "{{Kent Community Health NHS Foundation Trust|org}}. A little boy on my caseload, [[p:R.]], is at "
      "[[sch:Little Harting]], and for a year we've been trying to work out whether his language delay is part of "
      "a wider learning difficulty. Only an EP can answer that. If schools must pay, I'll keep treating the wrong "
      "thing, and our joint {{SALT|term}} and EP {{Elklan|orgp}} courses will go too."),
    # 014 charity
    R("charity", "{{The National Autistic Society|org}}'s {{Wealdmoor Branch|inv}} surveyed its 340 families this "
      "month: 71% had been told an EP referral 'wasn't worth it'. Families will be pushed to private assessments "
      "at {{£1,200|num}} or more. We support the {{Wealdmoor Parent Carer Forum|inv}} response in full.\n"
      "{{Branch Secretary|role}}"),
    # 015 edited: reworded opening and closing
    R("school governor", "I'm the {{SEND governor|role}} at a village primary and I've been asked by the other "
      "governors to put our view in writing. " + " ".join(S[1:4]) + " Small rural primaries like ours will be "
      "priced out first, full stop. Please think again, because once the service is gone it will not come back.",
      C, "edited"),
    # 016 parent carer forum, formal numbered response
    R("parent carer forum", "Response of the {{Wealdmoor Parent Carer Forum|inv}}\n\n"
      "1. The Forum opposes the proposal as drafted. It was not co-produced with parent carers, as "
      "{{the SEND Code of Practice|law}} expects.\n"
      "2. Of 412 families who answered our survey, 288 had waited more than six months for any EP involvement.\n"
      "3. The consultation document gives no figure for how many schools are expected to buy back. Without that "
      "figure the equality impact assessment is meaningless.\n"
      "4. We ask the council to keep a free core offer for every school and to review the model with us after one "
      "year.\n"
      "5. We are funded by {{the Department for Education|org}} and supported by {{Contact|org}}, and we are a "
      "member of the {{NNPCF|org}}.\n\n"
      "[[p:Bridget Oyelaran-Smith]], {{Co-Chair|role}}"),
    # 017 capitals, angry father
    R("parent", "MY DAUGHTER [[p:MAISIE-ROSE]] HAS BEEN ON THE LIST FOR AN EP FOR TWO YEARS. SHE'S IN YEAR 6 AT "
      "[[sch:KNOWLE BANK PRIMARY]] AND GOES UP IN {{SEPTEMBER|date}} WITH NOTHING IN PLACE. SCHOOL SAYS IT CAN'T "
      "AFFORD TO BUY IN. COUNCIL SAYS SCHOOL SHOULD. NOBODY IS RESPONSIBLE.\n[[p:GARY FENN]]"),
    # 018 edited: three sentences and own text, foster carer
    R("foster carer", S[0] + " " + S[3] + " " + S[5] + " I have been a foster carer for nineteen years. The "
      "lad with us now, [[p:J.T.]], is eleven and has had five schools; he is settled "
      "now and doing well, but only because a {{virtual school|term}} EP saw him within a month of him arriving. "
      "His social worker says that would not happen under the new model. Keep it free.",
      C, "edited"),
    # 019 blank
    R("parent", ""),
    # 020 Polish mother
    R("parent", "Dzień dobry. My son [[p:Szymon]] is 14, Year 9 at [[sch:Tenterhurst Community College]]. In "
      "{{Poland|place}} the {{poradnia psychologiczno-pedagogiczna|lang}} is free for every child. Here I wait, then "
      "I am told the school must pay. A child in a poor school gets nothing. Please keep it free.\n"
      "[[p:Agnieszka Wróbel]], [[fl:flat 7, Weald Court]], [[em:a.wrobel.ashdene at example dot com]]"),
]
