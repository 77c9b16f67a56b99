"""short-breaks: fictional Calderholme Metropolitan Borough Council (West Yorkshire) proposes new eligibility criteria
for SEND short breaks: overnight stays at Hollyhock House only for children assessed as 'critical', a cap of 28 nights
a year, and the direct payment rate cut from £16.00 to £13.50 an hour."""
from common import R, each, sents

PREFIX = "SBK"
CONSULTATION = "short-breaks"
CAMP = "sbk-short-breaks-are-a-lifeline"

TPL = ("Short breaks are not a luxury. For families like ours, a night at {{Hollyhock House|inv}} or a "
       "{{Saturday|month}} club is the only time we sleep, the only time we can give our other children our full "
       "attention, and the only thing that stops us reaching crisis point. The new eligibility criteria will take "
       "support away from children whose needs have not changed one bit. Cutting the direct payment rate will mean we "
       "cannot recruit personal assistants at all. {{Calderholme Council|inv}} has a legal duty under the "
       "{{Children and Families Act|law}} to provide short breaks, and it should meet that duty properly. Please "
       "withdraw these proposals and work with parent carers to design a fair system.")
S = sents(TPL)

ITEMS = [
    # 001
    R("parent carer", TPL, CAMP, "template"),
    # 002
    R("parent carer",
      "Our lad [[p:Rowan]] is 12, he's got {{Angelman syndrome|med}} and he dun't sleep more than three hours at a "
      "stretch and watches {{Thomas the Tank Engine|char}} on loop. Two nights a month at {{Hollyhock House|inv}} is what keeps me and our lass going. Now they're saying "
      "he's not 'critical'. His needs haven't changed, your budget has. Nowt else to say really."),
    # 003
    R("parent carer",
      "{{Assalam-o-alaikum|lang}}. My daughter [[p:Zainab]] is 9, she has {{cerebral palsy|med}} and epilepsy, she "
      "goes to [[sch:Ravensbrook Academy]]. Her number at {{Leeds General Infirmary|hosp}} is [[hosp:LGI 40912237]]. Her short break is {{Saturday|month}} club at {{Mencap|org}}. My husband works in "
      "{{Bradford|place}} on taxis at night. Without the club I have no rest at all, I also look after my mother-in-law. "
      "Please do not cut. {{Shukriya|lang}}.\n[[p:Shazia Akhtar]]"),
    # 004
    R("sibling",
      "im 14 and my brother [[p:Kian]] has {{autism|med}} and learning disabilities. when he goes to {{hollyhock|inv}} thats the "
      "only time me and mum can go to the cinema or do my homework in peace. follow me on insta [[sh:@kian.and.me_x]] to see what hes like. it sounds selfish but its not. dont take "
      "it away"),
    # 005
    R("resident", ""),
    # 006
    R("parent carer", each(TPL, str.lower), CAMP, "exact"),
    # 007
    R("charity",
      "{{Contact|org}}, the charity for families with disabled children, is concerned that the proposed criteria are "
      "not compatible with the {{Breaks for Carers of Disabled Children Regulations 2011|law}}, which require a range "
      "of breaks including overnight care. The council's short breaks services statement has not been updated since "
      "{{2019|date}}. We recommend a full equality impact assessment."),
    # 008
    R("social worker",
      "I am a {{social worker|role}} in the Children with Disabilities team. Speaking personally, the 'critical' "
      "threshold will exclude children who are currently stable precisely because they get short breaks. Remove the "
      "break and some of those families will reach crisis within a year, and then the cost is a residential placement "
      "at {{£5,000|num}} a week. I would urge managers to work with parent carers to design a fair system, not to "
      "bolt one on afterwards."),
    # 009
    R("parent carer",
      "EVERY YEAR THEY CUT SUMMAT. FIRST THE BUS, THEN THE PLAYSCHEME, NOW THIS. MY SON [[p:JORDAN]] HAS "
      "{{DOWN'S SYNDROME|med}} AND THE ONLY HOLIDAY HE GETS IS {{HOLLYHOCK|inv}}. SHAME ON YOU {{CALDERHOLME|inv}}."),
    # 010
    R("personal assistant",
      "I'm a PA paid through direct payments for three families. At {{£16|num}} an hour after my own tax and mileage I "
      "just about manage. At {{£13.50|num}} I can earn more at {{Aldi|org}} with no responsibility for a child's "
      "tube feeding. I'll have to stop, and so will most PAs I know.\n[[p:Kerry-Ann Whitely]]"),
    # 011
    R("parent carer",
      "My son [[p:Alfie]] in Year 4 has {{Duchenne muscular dystrophy|med}}. " + " ".join(S[1:3]) +
      " We already lost his {{Tuesday|month}} swimming last year. He goes to [[sch:Holmfield Primary]], mainstream "
      "with support, and the school are brilliant but they can't do nights."),
    # 012
    R("teacher",
      "I'm the {{SENCo|role}} at a special school in the borough. Around a third of our families use {{Hollyhock "
      "House|inv}}. The proposals will lead to more exclusions and more placement breakdowns, not fewer. Please involve "
      "schools in the redesign."),
    # 013
    R("parent carer",
      "I'd agree short breaks are not a luxury for anyone, but I've never been offered one. My daughter's been on the "
      "waiting list for {{Hollyhock House|inv}} for two years. If a tighter system means the ones who really need it get "
      "it, I'm not against it. Just be honest about the waiting list."),
    # 014
    R("grandparent",
      "My granddaughter [[p:Poppy-Mae Crabtree]], born [[dob:09.11.2015]], has {{Rett syndrome|med}}. Her mum works "
      "in a care home and I do the nights when she's on. I'm 71. I went to {{Florence|placename}} once in my life, in "
      "{{1988|date}}, and I'd like to think I'll have a holiday again. Not without short breaks I won't."),
    # 015
    R("parent carer",
      "Ey up. Single dad, two lads, both autistic, one with {{PDA|med}}. I work nights at the {{Asda|org}} depot in "
      "{{Wakefield|place}}. Our social worker says we'll likely drop under the new bar because I 'cope well'. I cope "
      "well because of the breaks, love. Cheers.\n[[p:Wayne]] [[ph:0113 496 0214]]"),
    # 016
    R("parent carer", each(TPL, str.upper), CAMP, "exact"),
    # 017
    R("nurse",
      "I'm a {{community children's nurse|role}}. Several of the children on my caseload have complex health needs, "
      "tracheostomies and gastrostomies. For these families an overnight short break with trained staff is the only "
      "safe respite. The criteria document does not mention health needs at all, which suggests health was not "
      "involved. Please consult {{NHS West Yorkshire ICB|org}}."),
    # 018
    R("young person",
      "i go to {{hollyhock|inv}} every other weekend. i like the sensory room and {{Bluey|char}} and [[p:faith]] the night staff. she does my "
      "hair. i dont want to go less. from [[p:Chloe]] age 15 (mum helped me type)"),
    # 019
    R("councillor",
      "I'm a member of the {{Children's Scrutiny Committee|inv}}. We have not yet seen the modelling behind the "
      "{{£640,000|num}} saving. I've asked the {{Director of Children's Services|role}} and the {{Cabinet Member|role}}, "
      "Cllr [[p:Naveed Iqbal]], to bring it to our {{June|month}} meeting before any decision is taken.\n"
      "Cllr [[p:Ruth Sugden]]"),
    # 020
    R("parent carer",
      " ".join(S[:4]) + "\n\nMy daughter [[p:Isla-Rose Haigh]] is seven and has {{Williams syndrome|med}}. Her NHS "
      "number is [[nhs:999 403 9407]] and her {{Hollyhock|inv}} reference is [[acc:HH-0722]]. We live at "
      "[[st:4 Lumb Bottom]], [[pc:hx7 5lq]]. I have not slept a full night since {{2018|date}}.\n\n" + S[5]),
    # 021
    R("parent carer",
      "I've tried to write this three times and deleted it, so I'm just going to write it. My son [[p:Ethan "
      "Greenwood]], date of birth [[dob:17 February 2010]], NHS number [[nhs:999 290 7797]], has {{autism|med}}, a "
      "severe learning disability and {{epilepsy|med}} that isn't controlled. He is fourteen and bigger than me now. "
      "He has been going to {{Hollyhock House|inv}} two nights a month since he was eight. Those two nights are the "
      "only nights I sleep through. The rest of the time I'm up with him at two, at four, sometimes he bangs his head "
      "on the wall until it bleeds. Last year, after a bad run of seizures, he was admitted to {{Calderdale Royal|hosp}} "
      "and his hospital number is [[hosp:CRH 3328815]], so you can check that this isn't exaggeration. My other son "
      "[[p:Josh]] is ten and he's missed more school than he should because he's exhausted too. He goes to "
      "[[sch:St Michael's C of E Juniors]] and his teacher has been great. When I read the new criteria I couldn't see "
      "how [[p:Ethan]] wouldn't meet 'critical', and then the social worker told me that because his placement is 'stable' "
      "he would probably be moved to 'substantial' and get fewer nights. Stable. It's stable because of the nights. I "
      "don't know how else to say it. I gave up work as a {{dental nurse|role}} to care for him and I'm on {{Carer's "
      "Allowance|law}}, my NI number is [[ni:QQ 63 18 02 A]] if that's useful. If you take the nights away I honestly "
      "don't know what happens next. Probably he goes into residential care at three times the cost and I lose my son. "
      "Please ring me: [[ph:(0113) 496 0871]].\n[[p:Michelle Greenwood]]\n[[st:27 Crossley Fold]], "
      "[[pc:HX3 8JD]]"),
    # 022
    R("provider",
      "{{Brighter Days|org}} runs two of the {{Saturday|month}} clubs commissioned by the council. If the rate for "
      "clubs is cut in line with the direct payment rate we will have to close one. We would welcome a conversation "
      "with commissioners. {{Barnardo's|orgp}} and {{Action for Children|org}} have both raised similar concerns "
      "in neighbouring authorities."),
    # 023
    R("parent carer",
      "Just one thing. Put the criteria in easy read. I've a learning disability myself and a son with {{ADHD|med}} and "
      "{{Tourette's|med}} and I couldn't understand the document. My support worker [[p:Jo]] had to explain it."),
    # 024
    R("parent carer",
      "Can I ask what happens to children who are between services? Our daughter [[p:Brooklyn]] turns 18 in "
      "{{March|month}} and moves to adult social care. She was born [[dob:2006-03-12]]. Nobody has told us if her "
      "nights at {{Hollyhock|inv}} carry on until her birthday or stop now. Email [[em:l.sykes@example.org]] please."),
    # 025
    R("resident", "Disagree."),
]

for _i in (11, 20):  # edited campaign copies
    ITEMS[_i - 1].camp, ITEMS[_i - 1].role = CAMP, "edited"
