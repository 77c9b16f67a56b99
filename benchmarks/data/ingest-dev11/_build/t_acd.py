"""Merging two special schools into one all-through academy on one site (fictional Calderfold Metropolitan Borough Council)."""
from common import R, each, sents, plain_only

PREFIX = "ACD"
CONSULTATION = "special-academy"
CAMP = "acd-two-schools-two-sites"

TPL = ("We are {{Brookvale|cons}} families and we ask {{Calderfold Council|inv}} to stop the plan to move our children "
       "onto the {{Hollinshaw|cons}} site. Brookvale is small, calm and close to home; that is exactly why it works "
       "for children with {{autism|med}} and sensory needs. A campus for {{340|num}} pupils aged three to nineteen, "
       "with one car park and one front gate, will be loud, crowded and frightening for many of them. Little children "
       "should not share corridors, toilets and buses with young adults. The consultation offers no traffic survey, no "
       "sensory audit and no guarantee that staff will move with the pupils they know. Academy conversion must not be "
       "used to cut costs by selling the Brookvale land. Keep two schools on two sites, and if the council wants to "
       "build, build a second special school instead.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, CAMP, "template"),
    # 002 parent of a secondary pupil, in favour
    R("parent", "My son [[p:Connor Heaton]] is in Year 11 at [[sch:Hollinshaw School]] and I am actually in favour. "
      "The building is falling down, the {{hydrotherapy pool|therapy}} has been shut since Easter and the sixth form "
      "is in a portakabin. If a new build with a sensory garden is what it takes, fine. Just keep [[p:Connor]]'s "
      "class team together for his last year."),
    # 003 exact lower
    R("parent", each(TPL, str.lower), CAMP, "exact"),
    # 004 headteacher (institution only)
    R("headteacher", "The governing board of {{Hollinshaw School|cons}} supports the proposal in principle. An all-through "
      "school would end the transition at eleven, which for many of our learners with {{PMLD|send}} is the most "
      "disruptive point in their education. We would ask that {{Kestrel Peaks Academy Trust|inv}} commits in the "
      "funding agreement to keeping separate primary and secondary entrances, and that the {{TUPE|law}} consultation "
      "for support staff begins before, not after, the Secretary of State's decision.\n{{Chair of Governors|role}}"),
    # 005
    R("parent", "Support."),
    # 006 near-miss
    R("parent", "My view is simple. Keep two schools on two sites. {{Brookvale|cons}}'s outdoor classroom and the forest school "
      "on the edge of {{Hebble Wood|inv}} cannot be rebuilt on a tarmac campus next to a dual carriageway."),
    # 007 young person, self-advocate
    R("young person", "hi my name is [[p:Chester Broadbent]] and i am 17 and i go to [[sch:Hollinshaw]]. i dont mind "
      "little kids. i help in the {{Lego therapy|therapy}} club with year 5 on wednesdays. but i want a 6th form "
      "room of my own not a shared one. also the lift is always broke. thank you from [[p:Chester]]"),
    # 008 exact caps
    R("parent", each(TPL, str.upper), CAMP, "exact"),
    # 009 Urdu-speaking father
    R("parent", "Assalam-o-alaikum. My daughter [[p:Aiza Rehman]], NHS number [[nhs:999 174 2182]], has "
      "{{Williams syndrome|med}} and heart problem. She is at [[sch:Brookvale]] in Year 2. She love music and the "
      "teachers do {{Intensive Interaction|therapy}} with her, she is very happy. At big school she will be scared of "
      "big boys and the noise. Please think again. {{Shukriya|lang}}.\n[[p:Imran Rehman]] [[ph:0113 496 0721]]"),
    # 010 blank
    R("parent", ""),
    # 011 therapist
    R("speech and language therapist", "Response from the {{Calderfold Children's Therapy Service|inv}}. We currently "
      "split one {{SALT|send}} and one {{OT|send}} across both sites, so co-location would give our therapists more "
      "contact time and less driving. However, the plans show no dedicated therapy rooms and no space for "
      "{{rebound therapy|therapy}}. A shared hall is not a therapy space."),
    # 012 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nMy son [[p:Idris]] is nine and has {{Angelman syndrome|med}}. He laughs at "
      "everything and he bolts towards noise. We live out at [[hn:Lower Heys Farm]], and the journey to the new site "
      "would add forty minutes each way. If you want to talk to me, ring [[ph:01632 960 554]].\n\n"
      + " ".join(S[3:]), CAMP, "edited"),
    # 013 TA
    R("teaching assistant", "i've been a TA for 14 yrs in special and I have never seen a consultation with so little "
      "detail about staff. will we keep our {{SEN allowance|num}}? will academy pay scales be worse? nobody will say."),
    # 014 caps grandparent
    R("grandparent", "THIS IS ABOUT MONEY AND NOTHING ELSE. MY GRANDDAUGHTER [[p:LACEY-MAI]] HAS BEEN AT [[sch:BROOKVALE]] "
      "SINCE NURSERY AND SHE IS THRIVING. SELL OFF THE LAND AND PUT 340 KIDS ON ONE SITE. SHAME ON "
      "{{CALDERFOLD|inv}}."),
    # 015 exact punctuation / whitespace
    R("parent", plain_only(TPL, lambda t: t.replace(";", ".").replace(",", "").replace(". ", ".\n")), CAMP, "exact"),
    # 016 charity
    R("organisation", "The {{National Autistic Society|org}} {{Calderfold|inv}} branch has heard from 40 families. "
      "Large campuses can work for autistic pupils, but only with low-arousal design, quiet routes and staggered "
      "start times. We urge the council to commission an autism-specific environmental audit against the "
      "{{Autism Friendly Award|law}} criteria before submitting the business case."),
    # 017 twins
    R("parent", "The twins, [[p:Faith]] and [[p:Honor]], are in Year 1. [[p:Faith]] has {{global developmental delay|med}} "
      "and [[p:Honor]] has {{cerebral palsy|med}}. They adore {{Mr Tumble|char}} and {{Hey Duggee|char}} and they "
      "adore their teacher. I don't care what the school is called as long as they stay in the same class."),
    # 018 resident who lives on the route
    R("resident", "I live at [[st:48 Moor Edge Road]], directly opposite the proposed entrance. At 3.15 there are "
      "already 14 minibuses queuing. Doubling that with no drop-off lane is dangerous for the children and for us. "
      "I'd like the council to tell me where the extra buses will wait.\n[[p:Derek Mottram]]"),
    # 019 councillor
    R("councillor", "I have been asked by several constituents to put their concerns on record. I do not think the "
      "council has made the case that {{Moor Edge Road|route}} can take the traffic. I have also asked why the "
      "Brookvale site is listed as 'surplus' in the capital strategy. Cllr [[p:Tariq Mahmood]]"),
    # 020 edited half + own
    R("parent", S[1] + " " + S[2] + " " + S[4] + " My daughter is eight and she still has accidents when she's "
      "anxious; she needs a toilet she knows and nobody looking. " + S[-1], CAMP, "edited"),
    # 021 Romanian mother
    R("parent", "{{Buna ziua|lang}}. My son [[p:Luca Dumitrescu]] is 6 and he has autism and no speaking. He go to "
      "[[sch:Brookvale]] with the taxi. He is happy now after one year crying every day. Change again is very very "
      "hard for him. I am not agree. {{Mulțumesc|lang}}."),
    # 022 OT
    R("occupational therapist", "As an {{occupational therapist|role}} who visits both schools I'd support one site only "
      "if changing places toilets and hoists are in every block. The current plans show one {{Changing Places|law}} "
      "toilet for the whole campus."),
    # 023 ed psych
    R("educational psychologist", "The {{educational psychologist|role}} team has not been consulted. There is good "
      "evidence that all-through special schools reduce transition anxiety, but none that size alone improves "
      "outcomes."),
    # 024
    R("parent", "why academy?? who profits"),
    # 025
    R("parent", "My little boy [[p:rowan]] is 5 and has {{Down's syndrome|med}}, he starts in September. The nursery class "
      "at [[sch:Brookvale]] has a {{Peppa Pig|char}} reading corner and a soft play room and he cried when we left after "
      "the visit. Please don't take that away before he's even started."),
]
