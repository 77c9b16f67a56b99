"""autism-strategy: Castleburn County Council (fictional, a former coalfield county in the North East of
England) consults on 'Autism: Our Lives, Our County 2025-2030', an all-age autism strategy written with the
local ICB: needs-led support without waiting for a diagnosis, one Castleburn Autism Hub at the Blackhaugh
Centre, the three Autism Family Support drop-ins closing in favour of the Autism Connect website, and a triage
for the three-year adult diagnostic waiting list."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "AUT", "autism-strategy"
C = "aut-nothing-about-us-without-us"

TPL = (
    "We are autistic people, parents and carers from across {{Castleburn County|inv}}. "
    "We welcome an all-age autism strategy, and we agree that support should not wait for a diagnosis. "
    "But a strategy is only words unless people can reach the help it promises. "
    "Closing the three {{Autism Family Support|own}} drop-ins and sending families to the {{Autism Connect|own}} "
    "website will cut off the people who need help most: those without data, those without confidence on the "
    "phone, and those already in crisis. "
    "One hub in {{Blackhaugh|inv}} is an hour by bus from {{Ferrydene|inv}}. "
    "{{Nothing about us without us|slogan}}. "
    "We ask the council to keep the drop-ins open until the hub is proven, put autistic people on the strategy "
    "board, and publish waiting times every quarter."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002
    R("autistic adult", "Long overdue. Good."),
    # 003 Durham pit-village grandad
    R("grandparent", "Ah'm writin this for wor [[p:Brodie]]. He's nine, autistic, an he's in the base at "
      "[[sch:Kelderby Primary]]. We live up [[st:Pit Row]] an there's nae internet at hyem. Every {{Tuesday|date}} me "
      "an his nana gan to the drop-in at {{Ferrydene Library|landmark}} an the lass sorts wor forms oot. "
      "{{Howay man|dialect}}, keep it gannin."),
    # 004 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 005 autistic teenager, lower case
    R("young person", "im 15 and autistic. the hub sounds ok but im not getting a bus to {{blackhaugh|inv}} on my "
      "own, buses are loud and they smell. can there be a {{discord|brand}} server instead. also tell the teachers at "
      "[[sch:ferrydene academy]] that not looking at them isnt rude. my mate [[p:ollie]] gets detentions for "
      "{{stimming|term}}\n- [[p:jay]]"),
    # 006 SENCo at a secondary, writing about her own school as an institution
    R("SENCo", "I am the {{SENCo|role}} at {{Castleburn Academy|venue}}, an 11-16 school of {{1,100|num}} pupils. Around "
      "{{9%|num}} of our roll are autistic or awaiting assessment, and most of them are on {{SEN Support|term}}, not "
      "{{EHCP|term}}s. A needs-led approach is right in principle. In practice the {{Autism Outreach Team|own}} already "
      "has a fourteen-week wait for a first visit, and the draft does not say whether it will grow. Please commit to "
      "training every {{teaching assistant|role}} in the county, not only teachers, using the "
      "{{Autism Education Trust|org}} framework, and fund it centrally."),
    # 007 edited: personal paragraph in the middle
    R("parent", " ".join(S[:3]) + "\n\nMy son [[p:Tyler-James]] is seven and goes to [[sch:Hollins Park School]]. "
      "He was born [[dob:03/02/2018]] and we waited 26 months for his diagnosis at the "
      "{{Child Development Centre|hosp}}. His NHS number is [[nhs:999 230 5223]] if anyone wants to check how long he "
      "was on that list. The drop-in on a {{Thursday|date}} was the only place I did not feel judged.\n\n"
      + " ".join(S[3:]) + "\n\n[[p:Leanne Heslop]]\n[[st:Wansbeck Close]], Blackhaugh [[pc:DH6 4QT]]\n"
      "[[em:leanne.heslop@example.com]]", C, "edited"),
    # 008
    R("parent", "Disagree"),
    # 009 occupational therapist, no names
    R("occupational therapist", "From an occupational therapy point of view, sensory needs are barely mentioned in "
      "the draft, which reads as if autism were only about communication. Many of the children I see have sensory "
      "processing differences that drive their distress at school and at home. {{Ayres Sensory Integration|term}} is "
      "not available anywhere in the county on the NHS, so families pay privately or go without. The strategy should "
      "name sensory assessment as part of the needs-led offer. I write as a "
      "{{Children's Occupational Therapist|role}} with {{County Durham and Darlington NHS Foundation Trust|org}}, in a "
      "personal capacity. I also hold a weekly clinic at {{Hollins Park School|venue}}, where the waiting list alone "
      "is forty children."),
    # 010 Romanian mother
    R("parent", "Hello. My daughter [[p:Ioana]] have 6 years, she is autistic and don't speak yet, she use "
      "{{PECS|term}}. At the drop-in the lady, Mrs [[p:Carole Dodds]], help me fill the {{DLA|law}} form, 40 pages. "
      "On a website nobody help you. [[p:Ioana]] go to [[sch:St Bede's]], they are kind with her. "
      "{{Mulțumesc frumos|lang}}.\n[[ph:07700 900 274]]"),
    # 011 blank
    R("parent", ""),
    # 012 exact, capitals
    R("carer", each(TPL, str.upper), C, "exact"),
    # 013 supermarket manager
    R("business", "We run a {{Quiet Hour|term}} on {{Front Street|route}} every {{Tuesday|date}}, 9 to 10am: lights dimmed, no tannoy, till "
      "beeps turned down. It costs us next to nothing. If the council wants an autism-friendly county it should help "
      "small shops do the same, not only big chains like us.\n{{Store Manager|role}}, {{Asda|org}} {{Ferrydene|inv}}"),
    # 014 Bangladeshi (Sylheti-speaking) father
    R("parent", "{{Assalamu alaikum|lang}}. My son [[p:Rayan Uddin]] is 11, he go to "
      "[[sch:Castleburn East Primary]]. We wait 2 years 4 months for the autism assessment, his NHS number "
      "[[nhs:9996001148]]. My wife speak only {{Sylheti|lang}} and the drop-in had interpreter once a month. The "
      "website is only English. {{Dhonnobad|lang}}."),
    # 015 edited: reworded first-person opening and closing
    R("parent", "I'm a mam of two autistic lads from {{Castleburn County|inv}} and I'm writing for myself, not for any "
      "group. " + " ".join(S[1:6]) + " So I'm asking you, please: keep the drop-ins open until the hub is proven, and "
      "let people like my boys sit on that board. That's all.", C, "edited"),
    # 016 foster carers, a looked-after young person by initials
    R("foster carer", "We foster for {{Castleburn County Council|inv}} and have a 13-year-old placed with us "
      "long-term; I'll call him [[p:J.D.]] here. He was diagnosed autistic at 11, after four placement moves, and now "
      "attends [[sch:Beacon Rise School]]. The strategy says nothing about looked-after children. "
      "{{The Virtual School|term}} should be on the board."),
    # 017 near-miss (shares one phrase)
    R("resident", "Keep the drop-ins open until the hub is proven, then we can talk about websites."),
    # 018 adult on the diagnostic waiting list
    R("autistic adult", "On the adult waiting list since {{March 2022|date}}. NHS number [[nhs:999 428 7737]], "
      "complaint ref [[acc:NENC-PALS-30917]], if anyone at the {{ICB|org}} cares to check. {{Access to Work|law}} have "
      "my NI number, [[ni:QQ502913A]], and want a diagnosis before they help. My manager says the same about "
      "{{reasonable adjustments|term}}. A triage won't fix that."),
    # 019 exact, one sentence per line
    R("parent", plain_only(TPL, one_per_line), C, "exact"),
    # 020 charity branch, numbered
    R("organisation", "Response of the {{National Autistic Society|org}} Castleburn Branch\n"
      "1. We welcome an all-age strategy and the commitment to needs-led support.\n"
      "2. We do not support closing the drop-ins before the hub has been open for a year and evaluated.\n"
      "3. The adult diagnostic waiting list should be published monthly, not once a year.\n"
      "4. The {{Autism Act 2009|law}} expects local authorities to involve autistic people in planning. Two of our "
      "committee would sit on the strategy board. Our parent group meets monthly at {{Castleburn College|venue}}.\n"
      "Contact: our {{Branch Secretary|role}}, [[p:Pauline Hepple]], [[em:pauline.hepple at example dot org]]"),
    # 021 Filipino nurse
    R("parent", "Good day po. I am a staff nurse at {{Sunderland Royal Hospital|hosp}} on nights. My son "
      "[[p:Jericho]] is in Year 1 at [[sch:Ferrydene Infants]], waiting for assessment. The drop-in was the only time I "
      "could ask questions, in the morning after my shift. Please keep one drop-in near the coast. "
      "{{Salamat po|lang}}."),
    # 022 edited: two sentences + own text (a TA writing about her own school)
    R("teaching assistant", " ".join(S[3:5]) + " That is the bit that worries me most. I'm a TA at "
      "{{Ferrydene Primary|venue}} and half our autistic families have no laptop, just a phone with no credit by the "
      "middle of the month. The drop-in is where they find out what they are entitled to. Put it online by all means, "
      "but do not take away the room with a person in it.", C, "edited"),
    # 023
    R("parent", "A hub in {{Blackhaugh|inv}} is no use to us in {{Kelderby|inv}}. We haven't got a car."),
    # 024 young autistic adult in work
    R("young person", "hi im 19 and autistic and I work at {{Nando's|orgp}} in {{Durham|place}} two days a week. I "
      "got the job through the supported internship at [[sch:Castleburn College]] where im still in my second year. "
      "My job coach [[p:Dawn]] helped with everything. The strategy should say autistic adults can work if they get "
      "help."),
    # 025 ramble: a mother diagnosed at 47
    R("autistic parent", "I was diagnosed autistic at 47, two years after my daughter [[p:Skye]] and a year after my "
      "son [[p:Lewis]]. I'm putting that first because the strategy talks about 'autistic children and their families' "
      "as if the families are never autistic themselves. Mostly we are. When the psychologist at the "
      "{{Great North Children's Hospital|hosp}} went through [[p:Skye]]'s early history with me, I sat there thinking, "
      "that was me, all of it: the lining things up, the meltdowns after school, the one friend. Nobody noticed in "
      "{{1983|num}} because I was a quiet girl who was good at reading.\n\nThe drop-in at the "
      "{{Blackhaugh Centre|own}} has been the one place where I could say that out loud. [[p:Lorraine]], who runs it, "
      "never once made me feel like a bad mother for not coping with a phone call. She sat with me while I rang the "
      "school. She found the grant that paid for [[p:Lewis]]'s ear defenders and a weighted blanket. You cannot put "
      "[[p:Lorraine]] on a website.\n\nI can see the sense in one hub. I can even see the sense in a website, for the "
      "people who can use one. But I live at [[hn:Rowan Lea]], out past the old pit heap, and the bus is once an hour "
      "and full of schoolkids at the times I could go. [[p:Lewis]] will only travel if he can sit by the window and "
      "talk about {{Thomas the Tank Engine|char}}, and our dog {{Winston|pet}} is the only thing that calms "
      "[[p:Skye]] after a bad day, so we do not go far. Our one big trip is to the {{Angel of the North|landmark}} "
      "on a Sunday, with a sausage roll from {{Greggs|orgp}} for each of us.\n\nPlease put autistic parents on the board, not just parents "
      "of autistic children. And please do not close anything until the new thing works. We have had too many "
      "services taken away on a promise. I still have the leaflet for the last one.\n[[p:Nicola Armstrong]] "
      "[[sh:@latebloomer_mam]]"),
]
