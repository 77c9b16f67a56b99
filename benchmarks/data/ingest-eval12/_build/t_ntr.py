"""nursery-transport: Holmbrook Metropolitan Borough Council (fictional, West Yorkshire Pennines) consults on
an Early Years SEND Travel Assistance Policy: children under five with SEND who hold specialist nursery places
(Little Oaks at Scarsdyke Children's Centre, nursery classes in special schools and resourced primaries) would
lose free taxis and minibuses; instead a Travel Assistance Payment of 45p a mile or a shared minibus from pick-up
points, with passenger assistants only for children with medical needs. Saving £310,000 a year."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "NTR", "nursery-transport"
C = "ntr-little-ones-big-needs"

TPL = (
    "We are parents and carers of disabled children under five in {{Holmbrook|inv}}. "
    "Our children have places at specialist nurseries because their needs are complex, not because we chose a long "
    "journey. "
    "Many of them have epilepsy, tube feeds or no sense of danger, and cannot sit safely in a car while a parent "
    "drives alone. "
    "A mileage payment of 45p does not help a family with no car, and a pick-up point does not help a child "
    "who cannot walk to it. "
    "{{Little ones, big needs|slogan}}. "
    "We ask {{Holmbrook Council|inv}} to keep door-to-door transport with a trained passenger assistant for every "
    "child under five with an {{EHCP|term}} or a specialist nursery place, and to meet families before anything "
    "changes."
)
S = sents(TPL)


def no_stops(s):
    return s.replace(",", "").replace(".", "")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 taxi escort
    R("passenger assistant", "I've been a passenger assistant on the council runs for eleven year, mostly the little "
      "ones to {{Little Oaks|own}}. You cannot put a three-year-old with {{epilepsy|med}} in the back of a car with just "
      "his mam driving. Last winter one little lad in a {{Huddersfield Town|club}} bobble hat had a seizure on the {{A629|road}} and I had his "
      "{{buccal midazolam|med}} in him before the driver had even pulled over. That's what an escort is for. We're on "
      "{{£12.21|num}} an hour and we do it because we care. {{Ey up|dialect}}, I'll say it plain: take us off and "
      "summat bad will happen.\n[[p:Brenda Sykes]], escort on the cab [[vr:YD19 KXP]]"),
    # 003
    R("parent", "Object."),
    # 004 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 005 Mirpuri grandmother
    R("grandparent", "{{Assalamu alaikum|lang}}. I write for my grandson [[p:Musa]], he is 3 with "
      "{{cerebral palsy|med}} and fits. He go to the specialist nursery five mornings. His mother do not drive. We live on "
      "[[st:Fernside Road]], [[pc:HD9 7LS]], top of the hill, no bus stop near. He cannot sit up in a normal seat. "
      "Please keep the minibus and the lady helper. {{Shukriya|lang}}."),
    # 006 health visitor
    R("health visitor", "I am a {{health visitor|role}} covering {{Scarsdyke|inv}} and {{Thwaite Bridge|inv}}. Many "
      "of the families I see with disabled babies and toddlers are at breaking point before the child turns two. "
      "Transport to a specialist nursery is often the only break a parent gets in the week, and the only time a "
      "professional sees the child. The paper says under-fives have no statutory entitlement to travel assistance. "
      "That may be the law, but the {{Healthy Child Programme|law}} and the council's own {{Early Help|term}} offer "
      "both say get in early. This proposal does the opposite. The nursery class at "
      "{{Thornhill Bank School|venue}} already has a waiting list."),
    # 007 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nOur daughter [[p:Poppy-Mae]] was born [[dob:14/03/2021]] with "
      "{{Dravet syndrome|med}}. She is fed through a gastrostomy and can have twenty seizures on a bad day. Her "
      "hospital number at {{Leeds Children's Hospital|hosp}} is [[hosp:LGI 7720419]] and her NHS number is "
      "[[nhs:999 588 8297]]. When she fits she needs {{buccal midazolam|med}} within five minutes. I cannot give that "
      "and drive on the {{M62|road}} at the same time. We lived at "
      "{{Ronald McDonald House|orgp}} for five weeks when she was born; we know what a seizure looks like.\n\n" + " ".join(S[3:]) + "\n\n[[p:Kirsty Haigh]]\n"
      "[[fl:Flat 7, Hartley Court]], Thwaite Bridge, [[pc:hd8 4jx]]", C, "edited"),
    # 008 manager of the consultation's own specialist nursery
    R("nursery manager", "As {{Nursery Manager|role}} at {{Little Oaks|own}} I want the panel to have the facts. We "
      "have 24 places. Seventeen children arrive on council transport, and eleven of those would still need an "
      "escort under the council's own medical definition, so the saving is far smaller than the paper claims. If the "
      "other six lose their transport I expect at least four to stop coming, and they are the children who need us "
      "most. We would welcome a meeting at {{Scarsdyke Children's Centre|own}}."),
    # 009 blank
    R("parent", ""),
    # 010 exact: commas and full stops removed
    R("parent", plain_only(TPL, no_stops), C, "exact"),
    # 011 taxi firm
    R("business", "{{Crowshaw Cabs|inv}} hold nine of the fourteen early years contracts. Every driver and escort "
      "has an enhanced {{DBS|term}} check and epilepsy training that we pay for. If the contracts go, eleven escorts "
      "lose their jobs. A shared minibus was tried in {{2016|num}} and dropped after one term.\n"
      "[[p:Imran Hussain]], {{Managing Director|role}}, [[ph:0113 496 0827]]"),
    # 012 young dad, lower case
    R("parent", "we both work, she does days at {{morrisons|orgp}} and i do nights at the {{amazon|org}} warehouse. "
      "one car, [[vr:YH17 ZKP]], and she needs it. our lad [[p:kaiden]] is 4, autistic, no danger awareness, he bolts. "
      "he goes to [[sch:greenacres]] three days. {{45p|num}} a mile is a joke. his car meltdowns are all on "
      "[[sh:@nightshift_dad_hx]]"),
    # 013 edited: reworded first-person opening and closing
    R("parent", "I'm the mum of a little girl of four with {{Rett syndrome|med}} and I live in {{Holmbrook|inv}}. "
      + " ".join(S[1:5]) + " I'm begging you, keep door-to-door transport and the passenger assistants, and come and "
      "meet us before you decide anything.\n{{Cheers|salut}}", C, "edited"),
    # 014 paediatric physiotherapist
    R("physiotherapist", "As a {{paediatric physiotherapist|role}}: many under-fives on our caseload travel in "
      "specialist postural seating with a five-point harness that must be fitted by someone trained. A pick-up point "
      "means lifting a child in and out of a seat twice more each day. That is not safe for the child or for the "
      "parent's back.\n{{Mid Yorkshire Teaching NHS Trust|org}}"),
    # 015 Polish mother
    R("parent", "My daughter [[p:Zuzanna]] ([[p:Zuzia]] at home) is 3 and half, she has {{Down's syndrome|med}} "
      "and had heart surgery in {{Leeds|place}}. She go to the nursery class at [[sch:Thornhill Bank School]]. I have no "
      "UK licence yet. Our transport application is [[acc:EYT/0917/24]]. Write to me at "
      "[[em:ania.kowal(at)example.net]]. {{Dziękuję bardzo|lang}}"),
    # 016 Slovak Roma mother
    R("parent", "I am mother of [[p:Dávid]], 4 years, deaf from born. He go to the deaf nursery at "
      "[[sch:Crowshaw Lane Primary]], they teach him {{BSL|term}}. Five children, no car, and from "
      "[[st:Bracken Hill Road]] the bus is two changes. The escort lady know some sign, she is very good for him. "
      "{{Ďakujem|lang}}."),
    # 017 near-miss
    R("resident", "A mileage allowance does not help a family with no car. That should be obvious to anyone."),
    # 018 edited: three sentences + own text (a childminder)
    R("childminder", " ".join(S[2:5]) + " I'm a registered childminder in {{Scarsdyke|inv}} and I look after two "
      "children who would lose their transport. Neither family has a car. I can't take them, I have four others with "
      "me. The council says it wants more inclusive childcare and then does this.", C, "edited"),
    # 019 foster carers on a hill farm
    R("foster carer", "We are foster carers with {{Holmbrook Fostering|inv}} and live at [[hn:Moorside Farm]], eleven "
      "miles up the valley. Our foster daughter [[p:Tia]] is two and a half. She was born withdrawing from methadone "
      "and has global developmental delay and {{cortical visual impairment|med}}. She goes to the nursery class at "
      "[[sch:Thornhill Bank School]] four days a week, and we have three other children in placement to get to three "
      "other schools. The council keeps saying it needs more carers for disabled children. This is how you lose "
      "them."),
    # 020 Kurdish father, himself a taxi driver
    R("parent", "I am myself taxi driver in {{Halifax|place}}, so I know this job. My daughter [[p:Rojin]] is 3, she is "
      "autistic and she scream if a stranger touch her seat belt. Only the escort Mrs [[p:Pearson]] can do it, "
      "because [[p:Rojin]] know her one year now. If I drive her I lose four hours of work every day. "
      "{{Zor spas|lang}}."),
    # 021 ward councillor (named, so personal)
    R("councillor", "As {{ward councillor|office}} for {{Thwaite Bridge|inv}} I've had more casework on this than "
      "on anything since the bin changes. The saving is modest; the risk falls on very small children with serious "
      "medical needs. I ask the {{Cabinet Member for Children and Families|office}} to withdraw it for them at least.\n"
      "Cllr [[p:Janet Ackroyd]], [[em:cllr.ackroyd@example.org]]"),
    # 022 Eritrean mother
    R("parent", "My son [[p:Yonatan]] is 4, he has {{sickle cell|med}} and developmental delay, NHS number "
      "[[nhs:999 480 1422]]. He go to the assessment nursery. I do not drive and I have a baby also. We live in "
      "[[fl:flat 14C]], fourth floor, no lift. In {{Asmara|place}} I was a teacher. If the taxi stop, he stop nursery. "
      "{{Yekenyeley|lang}}."),
    # 023 edited: first sentence dropped, personal paragraph
    R("parent", " ".join(S[1:4]) + "\n\nWe do have a car, an old Berlingo, [[vr:YF68 NRW]], but my wife has "
      "{{MS|med}} and can't drive it, and I leave for work at six. Our son [[p:Harvey]] is three, he has "
      "{{Angelman syndrome|med}} and goes to [[sch:Lowfold Nursery School]] every morning. He's happy there. It's the "
      "only thing in his week that works. We are already at tribunal over his plan, appeal ref "
      "[[acc:EH881/25/00412]].\n\n" + " ".join(S[4:]), C, "edited"),
    # 024 capitals
    R("parent", "WHOEVER THOUGHT OF THIS HAS NEVER TRIED TO DRIVE UP THE {{M62|road}} IN SNOW WITH A THREE YEAR OLD "
      "HAVING A SEIZURE IN THE BACK. I HAVE. ONCE WAS ENOUGH. KEEP THE ESCORTS.\n[[p:DARREN WHITELEY]]"),
    # 025
    R("grandparent", "Keep the escorts. One of them saved my granddaughter's life on a {{Monday|date}} morning in "
      "{{February|date}}."),
]
