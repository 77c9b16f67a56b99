"""A new five-band system for top-up (element 3) funding (BND-001..025)."""
import re
from common import R, each, sents, plain_only

PREFIX = "BND"
CONSULTATION = "top-up-banding"
CAMP = "bnd-fund-the-need"

T = ("As school staff and members of the {{National Education Union|org}} in {{Hollinshire|inv}}, we oppose the "
     "proposed banding system for top-up funding in its current form. Five fixed bands cannot describe the needs of "
     "real children, and the descriptors in the consultation document push pupils towards the lowest band unless "
     "schools produce ever more paperwork. Schools already meet the first {{£6,000|num}} of additional support from "
     "budgets that have not kept pace with costs. If a pupil needs a full-time {{teaching assistant|role}}, the band "
     "must pay for a full-time teaching assistant at the real hourly rate, including on-costs. We call on the council "
     "to publish the modelling behind each band, to protect every existing top-up award for at least two years, and "
     "to review the bands every year with schools and unions. Fund the need, not the band.")
S = sents(T)

ITEMS = [
    # 001 template
    R("trade union", T, CAMP, "template"),
    # 002
    R("school business manager", "The bands as modelled would reduce our element 3 income by around {{£38,000|num}} "
      "next year across nine pupils. The consultation says the change is cost-neutral across the {{High Needs Block|law}}, "
      "but it is clearly not cost-neutral for mainstream schools with resourced pupils. I assume this is linked to "
      "the {{Safety Valve|law}} agreement with the {{DfE|org}}. Please say so plainly."),
    # 003 exact: commas removed, doubled spaces
    R("teaching assistant", plain_only(T, lambda s: s.replace(",", "").replace(". ", ".  ")), CAMP, "exact"),
    # 004 Turkish mother
    R("parent", "My daughter [[p:Elif Yıldız]] has {{Down's syndrome|med}} and she is in Year 2 at "
      "[[sch:Fennick Church of England Primary]]. Now she has a helper all day and she is learning to read, slowly "
      "slowly. The school tell me with new band maybe she has helper only mornings. Afternoon who is helping her? "
      "Please do not do this to small children. {{Teşekkürler|lang}}, [[p:Ayşe Yıldız]] [[ph:07700900623]]"),
    # 005
    R("parent", "Bands = cuts. Simple as."),
    # 006 SENCO on descriptors
    R("SENCO", "I have tried to place our current pupils against the draft descriptors. A child with "
      "{{Rett syndrome|med}} who needs two adults for personal care lands in band 4, which is fair. A pupil with "
      "{{Williams syndrome|med}} who is sociable but cannot be left unsupervised near the road lands in band 2 because "
      "the descriptors only count 'behaviour that challenges'. Anxiety-based school avoidance does not appear at "
      "all. The descriptors need rewriting with {{SENCOs|role}} before any money moves."),
    # 007 special school head
    R("headteacher", "{{Brambleside School|venue}} is a county special school for 148 pupils with severe and complex "
      "learning difficulties. The proposed place-plus-band model would see 40% of our pupils assessed at the lowest "
      "special-school band, funding a class ratio we have not run for twenty years. We would welcome a meeting with "
      "the {{Head of SEND Commissioning|role}} before the consultation closes.\n\n{{Headteacher|role}}, "
      "{{Brambleside School|venue}}"),
    # 008 edited: personal paragraph
    R("teacher", " ".join(S[:3] + S[4:5]) + "\n\nI am also a parent. My son [[p:Jordan]] is in Year 8 at "
      "[[sch:Castlebury Academy]] and has an {{EHCP|send}} for {{cerebral palsy|med}} and a {{learning difficulty|med}}. "
      "Under the new descriptors his school has told me he would drop from band 4 to band 3, and that means losing "
      "his afternoon support in science and PE. Nothing about [[p:Jordan]] has changed. " + S[5]
      + "\n\n[[p:Natalie Greaves]], {{NEU|org}} rep", CAMP, "edited"),
    # 009 twins
    R("parent", "Our twins [[p:Amara]] and [[p:Kofi Mensah]] both have EHCPs, [[acc:EHC-22-11893]] and "
      "[[acc:EHC-22-11894]], and both are at [[sch:Skelby Primary School]]. They have very different needs. "
      "[[p:Kofi]] has {{sickle cell anaemia|med}} and misses a lot of school with crises (NHS [[nhs:999-420-1190]]). [[p:Amara]] is autistic. "
      "Under the bands they come out the same, which tells you the bands don't look at the child."),
    # 010 Urdu-speaking father
    R("parent", "{{Assalamu alaikum|lang}}. I am the father of [[p:Muhammad Hamza Iqbal]] in Year 6, we call him "
      "[[p:Hamza]]. He has {{global developmental delay|med}} and {{epilepsy|med}}. Now he has full time support and "
      "his teacher say he is making progress. Secondary school is next year. I am very worried the new band will "
      "give less money exactly when he move to big school. His plan number is [[acc:HCC/EHC/19/02261]]. "
      "{{JazakAllah|lang}}.\n[[p:Imran Iqbal]]"),
    # 011 exact, lower case
    R("teacher", each(T, str.lower), CAMP, "exact"),
    # 012 governor
    R("governor", "As chair of governors at {{Ropewalk Primary|venue}}, which hosts the {{Kingfisher Base|venue}}, I "
      "want to flag that resourced provision places are funded differently from top-up bands and the document "
      "does not explain how the two interact. Could the council publish a worked example for a school that has both?"),
    # 013 near-miss
    R("SENCO", "'Fund the need, not the band' is a good slogan but somebody has to decide what the need costs, "
      "and at the moment it is decided by whoever writes the longest application. Bands at least make it "
      "predictable. I'd support them if the {{moderation panel|send}} includes working {{SENCOs|role}} and there is "
      "a clear appeal route."),
    # 014 text speak
    R("parent", "tbh i dont get the bands at all. my girl [[p:dakota]] has {{fasd|med}} and shes doing ok at school "
      "bc her TA [[p:shaz]] is amazing. if band 2 means no [[p:shaz]] then no way. also who decides?? some1 whos never met "
      "her lol. shes 8, dob [[dob:17/8/17]]. my tiktok is [[sh:@dakotas.mum.x]] if u want to see how well shes doing"),
    # 015 foster carer
    R("foster carer", "I am a foster carer. The little girl I look after, [[p:Destiny-Rae]], date of birth "
      "[[dob:04/07/2017]], came to us with very little in place. Her {{virtual school|send}} has been brilliant but the "
      "top-up has taken two terms to agree. If banding makes the money follow a looked-after child faster, good. If "
      "it adds another panel, she will have moved on again before it is sorted. Her social worker, [[p:Gemma Lowther]], "
      "agrees with me on this."),
    # 016 blank
    R("parent", ""),
    # 017 Somali mother
    R("parent", "My son [[p:Abdirahman Farah]], we say [[p:Abdi]], he is 12, autism, no talking. He go to "
      "[[sch:oakhurst academy]]. The school say the band decide the staff. He need two staff when he is upset, "
      "sometimes he run. Please do not make it less. My English is not good, my neighbour help me write. "
      "{{Mahadsanid|lang}}."),
    # 018 speech and language therapist
    R("speech and language therapist", "I'm an NHS {{speech and language therapist|role}} working into mainstream "
      "schools. Much of what keeps children in mainstream is delivered by trained TAs: {{Talk Boost|ther}}, "
      "{{Colourful Semantics|ther}}, {{Lego-based therapy|ther}}, {{Attention Autism|ther}} groups. If bands cut TA "
      "hours, these programmes stop first, and my caseload goes up. Please model the knock-on cost to health."),
    # 019 edited: half the template plus own text
    R("teaching assistant", "I'm a TA and a union member. " + " ".join(S[3:6]) + " I'd add that TAs on term-time "
      "contracts are already leaving for supermarket jobs. Three left our school this year alone. No band system "
      "will work if the adults aren't there.", CAMP, "edited"),
    # 020 charity
    R("charity", "{{Contact|org}}, the charity for families with disabled children, has heard from parents across "
      "{{Hollinshire|inv}} who were told by schools that their child's support would be 'reviewed under banding'. "
      "A change of funding model cannot by itself change what is written in section F of an {{EHCP|send}}; the "
      "provision remains a legal duty under section 42 of the {{Children and Families Act 2014|law}}. We ask the "
      "council to write to every family to make that clear."),
    # 021 Hope
    R("parent", "Our daughter [[p:Hope]] has {{Angelman syndrome|med}}. She is seven (her hospital number is [[hosp:RHH 3309187]]), she doesn't speak, she laughs "
      "all the time and she needs help with everything. She is in band 5 in your examples, so we are told we "
      "are 'not affected'. I {{hope|word}} that is true, but we have heard that before. [[p:Hope]]'s school uses "
      "{{Intensive Interaction|ther}} and a {{Tobii|brand}} eye-gaze device, and every bit of that depends on "
      "staff who have been trained. Protect the training as well as the hours.\n\n[[p:Simon]] and [[p:Leanne Prescott]]"),
    # 022 councillor
    R("councillor", "I will be voting against the banding proposals at {{Scrutiny|role}} unless the modelling is "
      "published. Residents can contact me at [[em:cllr.a.hussain@example.org]].\n\nCllr [[p:Aisha Hussain]], "
      "{{Castlebury East|inv}}"),
    # 023 Yorkshire grandmother
    R("grandparent", "Our [[p:Kai]]'s in Year 5 at [[sch:fennick juniors]] and lives with me at [[hn:Woodbine Cottage]] half the week. He's getting on grand now he's got "
      "a lady with him in the mornings. He walks our dog {{Bella|pet}} every morning before school and talks to her more than to us. His mam's worried sick about these bands. I've read the document twice and "
      "I'm none the wiser, it's all 'descriptors' and 'thresholds'. Say in plain English what our [[p:Kai]] gets and "
      "what he doesn't. {{Ta-ra|regional}}."),
    # 024
    R("parent", "Support."),
    # 025 Portuguese mother
    R("parent", "{{Bom dia|lang}}. My daughter [[p:Beatriz Ferreira]] is 10 and has {{cerebral palsy|med}}. She is "
      "patient at {{Sheffield Children's Hospital|hosp}}, number [[hosp:SCH 4410273]], and she has many appointments. We live in [[fl:flat 2b]], [[st:Cromwell Terrace]], near the hospital. "
      "The band system say nothing about children who are missing lessons for hospital. Please think about this. "
      "{{Obrigada|lang}}."),
]
