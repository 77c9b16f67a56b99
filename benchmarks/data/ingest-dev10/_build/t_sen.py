"""Redesigning the home-to-school transport policy for pupils with special educational needs (fictional
Haverleigh County Council, a shire county). Proposals: pick-up points instead of door-to-door, personal travel
budgets, independent travel training, and a post-16 contribution of £780 a year."""
from common import R, each, plain_only, sents

PREFIX = "SEN"
CONSULTATION = "send-transport"
CAMP = "sen-not-a-perk"

TPL = ("I am writing about the proposed changes to home to school transport for children with special educational "
       "needs. For families like ours the school taxi is not a perk, it is the only way our children can get to the "
       "school named in their {{EHCP|law}}. Replacing door-to-door transport with pick-up points and personal travel "
       "budgets will leave parents who work, parents with other children and parents who do not drive with an "
       "impossible choice. Many of our children cannot wait at a roadside, cannot manage a change of vehicle and cannot "
       "travel without a trained passenger assistant. The law says the council must provide suitable transport, free "
       "of charge, for eligible children. Please keep door-to-door transport for every child whose plan says they "
       "need it, and talk to families before any child's route is changed.")
S = sents(TPL)

ITEMS = [
    R("parent", TPL, CAMP, "template"),
    R("parent",
      "Our taxi man [[p:Derek]] has driven [[p:Harvey]] for four years. [[p:Harvey]] is non-verbal and [[p:Derek]] is the only "
      "adult outside the family he will get in a car with. Pick-up points would end that. [[p:Harvey]] goes to "
      "[[sch:Brambleside Academy]] and is in Year 9. [[p:Nicola Thorne]]"),
    R("parent", each(TPL, str.lower), CAMP, "exact"),
    R("foster carer",
      "My foster son [[p:Kayden]] (born [[dob:3 March 2014]]) attends [[sch:Oakhurst School]], 22 miles away, "
      "because it is the only placement that could meet his needs. His EHCP reference is [[acc:HCC/EHC/20931]]. He "
      "cannot travel with other children after an incident in 2022. A personal travel budget of 45p a mile would not "
      "even cover my fuel, and I foster two other children who need me in the mornings."),
    R("parent", ""),
    R("parent",
      S[0] + " " + S[1] + " " + S[2] + " " + S[3] + "\n\nMy daughter [[p:Amelia-Rose]] has {{Rett syndrome|med}}, "
      "epilepsy and a {{PEG|med}}. She needs a wheelchair-accessible vehicle and an escort trained in rescue medication. "
      "Her escort, [[p:Bernie]], has been with her since reception. [[p:Amelia-Rose]]'s NHS number is [[nhs:999 906 7905]] "
      "and her hospital number at {{Haverleigh General|hosp}} is [[hosp:HGH-0481276]], so you can check. She is not "
      "going to stand at a pick-up point on the {{A361|road}}. " + S[4] + " " + S[5], CAMP, "edited"),
    R("organisation",
      "{{Haverleigh SENDIASS|org}} has supported 312 families with transport appeals since 2021. The draft policy "
      "misstates the duty in {{section 508B of the Education Act 1996|law}}: suitability is assessed for the individual "
      "child, and a pick-up point cannot be imposed where it is not suitable. We refer the council to the "
      "{{Travel to school for children of compulsory school age|law}} statutory guidance (2024)."),
    R("parent",
      "Salaam. I am mother from {{Afghanistan|place}}, {{Herat|place}}, we came in 2021 with {{ARAP|law}}. I write in English, my language is {{Dari|langname}}. My son "
      "[[p:Mustafa]] have {{cerebral palsy|med}}, he is in wheelchair. I cannot drive and my husband work at night. If "
      "no taxi, he cannot go school. Please, the driver, [[p:Jamal]], and the lady who helps him are like family. {{Tashakor|lang}}. "
      "[[p:Zarghuna Ahmadzai]]"),
    R("parent", "\n\n".join(S), CAMP, "exact"),
    R("young person",
      "im 17 and go to college in {{Swindon|place}}. travel training actually helped me I can get the bus on my own "
      "now. but it took 2 years and some of my friends will never be able to. dont make it one size fits all"),
    R("parent",
      "The {{£780|num}} post-16 charge is a tax on disability. My son [[p:Tobias Wren]], d.o.b. "
      "[[dob:14/08/2009]], is staying on at [[sch:Hollins Park School]] sixth form because his plan says so. "
      "I am his full-time carer on {{Carer's Allowance|law}} (NI [[ni:QQ 12 34 56 C]]). Where exactly do I find {{£780|num}}?"),
    R("school",
      "{{Kingsmead Special School|venue}} transports 118 pupils daily across the county. Staggered pick-up points would "
      "mean some pupils arriving at 8.10 and others at 9.40. We cannot run a school day like that. The {{Headteacher|role}} "
      "and governors oppose the pick-up point proposal."),
    R("parent", "Support the travel budget idea. For families like ours the school taxi is a nightmare of late pick-ups and "
      "new drivers every term. We'd rather drive ourselves and get paid for it."),
    R("parent",
      "I have two disabled children at two different special schools 15 miles apart, [[p:Grace]] at "
      "[[sch:Willowbrook]] and [[p:Noah]] at [[sch:Fernhill Academy]]. Both have taxis. How am I meant to take both to "
      "pick-up points in opposite directions at the same time? Nobody has thought this through."),
    R("parent", each(TPL, str.upper), CAMP, "exact"),
    R("disabled adult",
      "I'm 24, I have {{spina bifida|med}} and I had council transport all through school. My PA [[p:Lou]] types this "
      "for me. Taxis gave me an education. My driver, [[p:Stan]], used to play {{Radio 2|brand}} and sing, it was the "
      "best part of the day. Keep it. [[p:Callum Fairweather]]"),
    R("taxi operator",
      "{{A2B Haverleigh Cars|org}} holds 41 SEN contracts. Fuel, insurance and escort wages have risen 30% since the "
      "2021 tender. The council's savings figure assumes contract prices that no operator can offer. Please publish "
      "the modelling."),
    R("parent",
      "PLEASE DO NOT TAKE [[p:ELLIE]]'S TAXI AWAY. SHE HAS {{DOWN'S SYNDROME|med}} AND {{AUTISM|med}} AND SHE WILL "
      "NOT WALK TO A PICK UP POINT. I HAVE TRIED. CALL ME [[ph:07700 900 214]]"),
    R("parent",
      S[0] + " " + S[1] + " I'd add that the consultation itself was hard to find and the easy-read version came out "
      "a fortnight late. " + S[4] + " We are tired of fighting for everything. Our son's route was changed "
      "last year without warning and he didn't sleep for a week. " + S[5], CAMP, "edited"),
    R("grandparent",
      "I take my grandson [[p:Ollie]] to school twice a week when his mum is on early shifts. I'm 71. Travel budgets "
      "would mean me doing it every day. I'd do it but for how long? My NI number is [[ni:QQ 45 90 21 A]] if that "
      "matters for the carer thing. [[p:Pauline Marsh]], [[st:Meadow Close]], Haverleigh [[pc:sn94lp]]"),
    R("parent",
      "Independent travel training is brilliant for some. My son [[p:Leo]] (DOB [[dob:2007-09-30]]) did it through {{Haverleigh Travel Buddies|inv}} "
      "and now gets the {{Stagecoach|org}} 24 by himself to [[sch:Ridgeway College]]. But he was ready. Please don't "
      "push children who aren't."),
    R("councillor",
      "Cllr [[p:Anwen Bassett]], opposition spokesperson: the {{Cabinet Member for Children's Services|role}} has "
      "told Council this saves {{£3.2m|num}}. Officers' own appendix says {{£1.1m|num}} after appeals. The policy "
      "should be paused until the figures are agreed."),
    R("parent",
      "Our case is [[acc:STP/2024/1187]]. We appealed last year and won at stage two. The new policy would make us "
      "appeal again. My son [[p:Jayden]] ([[nhs:9993774200]]) has a heart condition and {{Tourette's|med}}, and is seen at the {{Bristol Royal Hospital for Children|hosp}} "
      "(number [[hosp:BRHC 3318205]]). "
      "Email [[em:mum.of.jayden@example.com]]."),
    R("parent", "No."),
    R("charity",
      "{{Contact|org}}, the charity for families with disabled children, and {{IPSEA|org}} have both published "
      "guidance on the legal duties. The council's draft falls short of them on suitability, on escorts and on post-16. "
      "We urge you to withdraw it and co-produce a new draft with the {{Haverleigh Parent Carer Forum|org}}."),
]
