"""preparing-adulthood: Calderbrook Metropolitan Borough Council (fictional, West Yorkshire) proposes a 14-25
Preparing for Adulthood Transition Team, replacing the hand-over from children's to adult social care at 18, and
moving day opportunities from Brow Top Centre to 'community hubs'. Yorkshire voices, Pakistani-heritage families."""
from common import R, each, plain_only, sents

PREFIX = "PFA"
CONSULTATION = "preparing-adulthood"
C = "pfa-no-cliff-edge"

TPL = ("Turning eighteen should not mean falling off a cliff. Too many young people in {{Calderbrook|inv}} lose their "
       "social worker, their short breaks and their {{EHCP|send}} support all in the same year, and families are left "
       "to start again with adult services who have never met them. We welcome a transition team that starts at "
       "fourteen, but only if it has enough workers to know each young person by name. Please guarantee that nobody's "
       "support stops until their adult package is in place, that {{Preparing for Adulthood|send}} reviews begin in "
       "Year 9 as the {{SEND Code of Practice|law}} says, and that young people are asked what they want for their own "
       "lives. Plan with us, not for us. No cliff edge at eighteen.")
S = sents(TPL)

ITEMS = [
    # 1
    R("parent",
      "Our lad [[p:Jonno]] ([[p:Jonathan]], but nobody calls him that) is 17 and at {{Calderbrook College|venue}} on the "
      "{{Foundation Learning|svc}} course. He's had four social workers in two years. If the new team means one person "
      "who sticks, grand. If it's another name on a letter, it's nowt."),
    # 2
    R("parent", TPL, C, "template"),
    # 3
    R("young person",
      "i want to live in my own flat one day with support. i like trains and my job at the cafe on a {{tuesday|date}}. i have a rabbit called {{Kevin|pet}}. i dont "
      "want to go to brow top, its all old people. i want to go to the hub in town with my mates. from [[p:kyle]]"),
    # 4
    R("social worker",
      "As a social worker in the {{Children with Disabilities Team|svc}}, I support a 14-25 model in principle. The "
      "paper underestimates the work of {{Care Act 2014|law}} assessments, {{Deprivation of Liberty Safeguards|law}} "
      "and {{Court of Protection|org}} applications for young people who lack capacity. Caseloads of 35 will not allow "
      "anybody to know a young person by name. [[p:Nadeem Akhtar]], [[em:n.akhtar@example.org]]"),
    # 5
    R("parent",
      "My son [[p:Zain]], he is 17, autistic and non-verbal. He goes to [[sch:Lowfold Hill School]] until 19 and after "
      "that we don't know. My husband works taxi, I am home with [[p:Zain]] and his two sisters. The adult team never came. "
      "Please make one worker, someone who can speak {{Urdu|lang}} or {{Punjabi|lang}} with me. {{Allah Hafiz|lang}}."),
    # 6
    R("parent", each(TPL, str.upper), C, "exact"),
    # 7
    R("job coach",
      "I'm a job coach on a {{supported internship|send}} with {{DFN Project SEARCH|org}} at {{Calderdale Royal Hospital|hosp}}. "
      "Six of our last eight interns got paid work, and four came through {{Calderbrook College|venue}}. None of that is mentioned in the consultation. {{Access to Work|law}} "
      "and travel training have to be part of Preparing for Adulthood, not an afterthought."),
    # 8
    R("parent", ""),
    # 9
    R("young person",
      "Hi, I'm 19 and I use a wheelchair. I went to the consultation event at the {{Town Hall|landmark}} but the lift was "
      "broken. Enough said really. My main thing is {{PIP|law}} - I lost it at my review and nobody at school told me it "
      "was coming. My NI is [[ni:QQ581937B]] and they still spelled my name wrong. Somebody in the team needs to know about benefits. Message me on twitter [[sh:@wheelie_mads]] if you "
      "want to talk. [[p:Maddie]]"),
    # 10
    R("parent",
      "I'm a dad and I'm tired. " + S[1] + " That is exactly what happened to us. The week "
      "[[p:Ellis]] turned 18 his short breaks at {{Brow Top|svc}} stopped and the adult assessment took eleven months. "
      "My wife had to give up work. " + S[2] + " " + S[3] + " " + S[4], C, "edited"),
    # 11
    R("college tutor",
      "Tutor on the {{Foundation Learning|svc}} programme at {{Calderbrook College|venue}}. The annual reviews for our Year 13 and 14 learners arrive "
      "with outcomes copied from Year 6: 'will be able to hold a pencil'. The transition team must attend reviews and "
      "rewrite outcomes around the four {{Preparing for Adulthood|send}} ({{PfA|send}}) areas: employment, independent living, "
      "friends and community, and good health."),
    # 12
    R("grandparent",
      "Nowt wrong with {{Brow Top|svc}}. Our [[p:Shannon]] has gone there since she were 19 and she loves it. The "
      "'community hub' is a room at the back of {{Shelley|placename}} library with no changing bed. Leave it be. We live up "
      "[[st:Sowerby Lane]] and it's the one bus a day that gets her there. [[p:Pat]] and [[p:Derek Lumb]], [[ph:01632 960 205]]"),
    # 13
    R("parent",
      "Do not close brow top."),
    # 14
    R("occupational therapist",
      "{{OT|send}} perspective. Moving into adulthood is when equipment and housing adaptations fall between children's "
      "and adult services. I've seen a young man with {{Duchenne|med}} muscular dystrophy wait nine months for a ceiling "
      "hoist in the flat he moved to because it was 'an adult case now'. The team should include an OT."),
    # 15
    R("parent",
      "My daughter [[p:Precious]] is 16 and has {{sickle cell|med}} and a learning disability. She is at "
      "[[sch:Ossington Brow Academy]] in Year 11. Her number at {{Calderdale Royal Hospital|hosp}} is [[hosp:CRH3320917]]. Her {{EHCP|send}} says nothing about her health and adult life. "
      "I want her to go to college and then to work in a nursery. Nobody has asked her. Please ask her."),
    # 16
    R("councillor",
      "I chair {{Health and Adult Social Care Scrutiny|role}}. I'd like to see the costed workforce plan behind the "
      "new team before I can support it. The {{Director of Children's Services|role}} and the {{Director of Adult "
      "Social Services|role}} should come to scrutiny together in {{September|date}}. - Cllr [[p:Graham Sutcliffe]]"),
    # 17
    R("parent", plain_only(TPL, lambda s: s.replace(",", "").replace("'", "")), C, "exact"),
    # 18
    R("charity",
      "{{Mencap|org}} and the {{Calderbrook Carers' Centre|org}} submit this jointly. We support the 14-25 team. "
      "We do not support the move from {{Brow Top|svc}} to community hubs until the hubs have {{Changing Places|org}} "
      "toilets, which none of the three named sites currently has, and until {{Calderbrook College|venue}} confirms its places. {{Barnardo's|orgp}} supports this view. 'Plan with us, not for us' is the phrase families "
      "used at every one of our six listening events."),
    # 19
    R("young person",
      "my name is [[p:ruby-jo]] i am 18 i have {{downs syndrome|med}}. i like dancing and {{Strictly|brand}}. i want to do a "
      "course in hair. i want my own money. i dont want to be in a day centre evry day. my birthday is [[dob:2 april 2006]]. my mum [[p:Carol]] helped me write this. thank you"),
    # 20
    R("parent",
      "I'll keep it short as I'm writing this in the car park waiting for my son. I support the transition team. "
      "Please include mental health - {{CAMHS|send}} discharges at 18 and the adult service has an eighteen month "
      "wait. Our son was discharged on his birthday. Happy birthday."),
    # 21
    R("parent",
      "Mam of a 15 year old with {{ADHD|med}} and a {{PDA|med}} profile. He won't engage with any meeting that has "
      "'review' in the title. Can the team do things in a different way - a walk, a kickabout, a chat in "
      "{{McDonald's|orgp}}? That's where you'll find out what he wants."),
    # 22
    R("parent",
      " ".join(S[:3]) + " I've done it once already with my eldest and I'm about to do it again with my youngest, "
      "[[p:Tilly]], who is 15. She has {{Rett syndrome|med}}. We live at [[st:14 Croft Terrace]], [[pc:HX7 4QB]]. "
      "I will not spend another year on the phone to a duty desk.", C, "edited"),
    # 23
    R("personal assistant",
      "I'm a {{PA|role}} for a young man of 20 through a {{direct payment|law}}. Under the proposal, direct payments stay "
      "with the adult team. That's fine, but the budget for him dropped by a third at 18 and he lost two afternoons a "
      "week. I now drive him in my own car ([[vr:yx21 dwn]]) for nothing. Transition has to mean the same support carries on."),
    # 24
    R("parent",
      "We've done all this with [[p:Ahmed]], he's 22 now and in supported living at [[fl:Flat 7, Calder Mews]] in {{Halifax|place}}. It worked "
      "because we had one brilliant worker, [[p:Sue Haigh]], who stayed with us from 16 to 21. Find more workers like her."),
    # 25
    R("parent",
      "Meh. Another consultation. Same as the last one in {{2019|date}}. Consultation closes {{31/01/2025|date}} apparently."),
]
