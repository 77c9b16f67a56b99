# Strathkelvie Council (fictional, west of Scotland): moving pupils from the Rowanbank ASN base into
# mainstream classes supported by "inclusion hubs". Scots voices.
import re
from common import R, each, plain_only, sents

PREFIX = "HUB"
CONSULTATION = "inclusion-hubs"
CAMP = "hub-keep-the-base"

T = ("We are parents and carers of children who attend the {{Rowanbank Base|service}} and we oppose the plan to close it "
     "and move our children into {{inclusion hubs|send}} in mainstream schools. Our children are not failing in the base. "
     "They are thriving because of small classes, trained staff and a calm building. A hub in the corner of a busy "
     "primary is not the same thing. The council has not said how many {{PSAs|send}} will be in each hub, or whether staff "
     "will be trained in {{Makaton|therapy}}, {{PECS|therapy}} or {{Attention Autism|therapy}}. The "
     "{{Additional Support for Learning (Scotland) Act 2004|law}} gives every child the right to the support they need, "
     "not the support that is cheapest. Keep the base open, fund the hubs properly as well, and talk to the families "
     "before you decide. Presumption of mainstream should never mean mainstream at any cost.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", "Keep the base open."),
    R("parent", each(T, str.lower), CAMP, "exact"),
    R("parent",
      "I dont even know where to start with this. My son [[p:Rory]] is 9, hes autistic and non verbal most days, and he has "
      "been in the base at [[sch:Rowanbank]] since P1. Before that he was in the nursery at [[sch:Glenburn Primary]] and it was a "
      "disaster, he spent most of the day under a table and I got phoned every single afternoon to come and get him. "
      "The base changed our life. His teacher Mrs [[p:Kowalczyk]] and his PSA [[p:Jolene]] know him inside out, they know "
      "when hes going to blow, they know he needs his ear defenders at lunch and that he only eats the beige food. He "
      "uses {{PECS|therapy}} and a bit of {{Makaton|therapy}} and for the first time last year he asked me for juice with his symbols. "
      "I cried in the kitchen. Now the council wants to put him back in a class of 33 with a hub down the corridor. "
      "Who is going to be in the hub? Nobody at the meeting could tell us. I asked the {{Head of Inclusion|role}} straight "
      "out and she said it would be needs led. That means nothing. I work nights at the {{Royal Alexandra|hosp}} in {{Paisley|place}} so I can "
      "be there at 3 for him, his dad is not in the picture, my mum helps when her hips let her. If this goes wrong I "
      "will have to give up work. Please please think about the children in the base as actual children and not "
      "numbers on a spreadsheet. I am happy for anyone to phone me on [[ph:07700 900 184]].\n"
      "[[p:Lorna McAvoy]]\n[[st:14 Braeside Crescent]], {{Kilbrannan|inv}}\n[[pc:PA3 9QT]]"),
    R("head teacher",
      "{{Lochview Primary School|venue}} welcomes the principle of the proposal. We already run a nurture room and use "
      "{{Zones of Regulation|therapy}} across the school, and an inclusion hub would let us extend this. Our concerns are "
      "practical: the hub needs a dedicated teacher, not a rota, and {{Pupil Equity Funding|law}} cannot be expected to pay "
      "for it. We would also ask that {{GIRFEC|send}} wellbeing assessments are completed before any pupil moves, and that "
      "every child with a {{Coordinated Support Plan|send}} has it reviewed first.\n"
      "[[p:Fiona Ballantyne]]\n{{Head Teacher|role}}"),
    R("kinship carer",
      "Ah'm bringin up ma twa grandweans since their mammy passed. Wee [[p:Kayleigh]] is in the base an she's came on that "
      "much. Her brither [[p:Tyler-Jay]] is in P6 at [[sch:St Ninian's]] an the mainstream is no workin for him at aw, he's "
      "excluded every ither week. So dinnae tell me mainstream is the answer. {{It's no richt|scotsl}}. Ah get the "
      "{{Kinship Care Allowance|law}} an it disnae cover the taxi if they shut the base. Ma national insurance is [[ni:QQ 39 62 15 D]] if yous need it. [[p:Agnes Docherty]] (gran)"),
    R("parent", "n/a"),
    R("parent",
      " ".join(S[1:5]) + "\n\n"
      "Our daughter [[p:Ivy]] has {{Angelman syndrome|med}}. She is seven, she has seizures, and she has a hoist and a "
      "changing bench in the base that simply do not exist in a mainstream building. Her CHI number is "
      "[[nhs:999 748 5262]] if anyone from the council wants to check with her neurologist at the "
      "{{Royal Hospital for Children|hosp}}. [[p:Ivy]] cannot tell you what she needs. We are telling you.\n\n" + S[6] + " " + S[7],
      CAMP, "edited"),
    R("pupil support assistant",
      "Ive been a PSA for 11 years, first in {{Hamilton|placename}} and the last 4 in an ASN base here. The hubs could work but only if the staffing is protected. "
      "At the moment when someone is off sick the first thing that happens is the {{PSA|send}} gets pulled to cover a "
      "class. That will happen in a hub every day. {{Lego therapy|therapy}}, {{Social Stories|therapy}}, {{TEACCH|therapy}} and {{Sensory circuits|therapy}} need the same "
      "adult every day. Please ring-fence it."),
    R("young person",
      "im 15 now and i was in the base at primary. honestly it saved me. in mainstream i was the weird kid and got "
      "battered. in the base nobody cared that i flapped my hands. now im at [[sch:Duncairn Academy]] with a lot of support "
      "and im doing national 5s. if u put the wee ones straight into a class of 30 some of them will just stop going. "
      "i post about being autistic on tiktok [[sh:@neurospicy.niamh]] and loads of people said the same."),
    R("parent", each(T, str.upper), CAMP, "exact"),
    R("parent",
      "I am from {{Ukraine|place}}, {{Kharkiv|place}}, we are in {{Scotland|place}} from 2022. My son [[p:Bohdan]] is 8, he is P3 at [[sch:Glenburn]]. He has "
      "autism and he is learning English and it is double hard. The school is kind but he needs quiet place. In the "
      "letter it says inclusion hub, I do not understand what it is. Is it a room? Is it teacher? Please explain in "
      "simple words. {{Дякую|lang}}. [[p:Oksana Marchenko]]"),
    R("parent",
      "My child is in mainstream already and I support the hubs in general. Presumption of mainstream should never mean "
      "mainstream at any cost, I agree with that slogan from the other parents, but the hubs are at least something "
      "for children who have nothing now. Our school has no base at all."),
    R("councillor",
      "As a ward councillor for {{Kilbrannan East|inv}} I have had more emails about this than anything since I was "
      "elected. I will be asking the {{Education Convener|role}} to delay the decision until the hubs have been piloted in "
      "two schools. I have also written to the {{Provost|role}}. I would also note that my colleague Cllr [[p:Sandra Quigley]] raised the same concern at committee in "
      "{{March|date}}. [[p:Graeme Tulloch]], {{Scottish Labour|org}}"),
    R("parent",
      " ".join(S[:4]) + " I have written this bit myself. We were told the base was safe two years ago when it moved "
      "into the old annexe. Now it is closing. Families stop trusting you when this keeps happening. My lad is at "
      "the base and every change sets him back months.",
      CAMP, "edited"),
    R("parent", ""),
    R("parent",
      "Hello, my name is [[p:Rasha Al-Hamwi]], I am from {{Syria|place}}, {{Homs|place}}. My daughter [[p:Hala]] she have {{Down syndrome|med}} "
      "and she is in the base at [[sch:Rowanbank Primary]]. In {{Syria|place}} there was no school for her. Here the teachers "
      "love her, she learn signs, she say my name with signs. Please do not move her to big class, she is afraid of "
      "noise after the war. We live [[fl:flat 2/1]], [[st:38 Carron Street]]. {{شكرا|lang}} {{Shukran|lang}}."),
    R("speech and language therapist",
      "Response from the {{Children's Speech and Language Therapy|service}} team, {{NHS Greater Glasgow and Clyde|org}}. "
      "We support inclusion but children in the base currently receive a level of communication support that will be "
      "difficult to replicate across several hubs. Staff in the hubs would need {{Elklan|therapy}} training, and "
      "approaches such as {{Intensive Interaction|therapy}} and {{Colourful Semantics|therapy}} must be embedded in "
      "the class, not delivered for 20 minutes a week. We would welcome a joint workforce plan."),
    R("parent", plain_only(T, lambda s: re.sub(r" ", "  ", s.replace(",", ""))), CAMP, "exact"),
    R("parent",
      "MY BOY [[p:KIERAN]] HAS {{ADHD|med}} AND {{TOURETTE'S|med}} AND THE MAINSTREAM SCHOOL PUT HIM IN A CUPBOARD. A "
      "CUPBOARD. NOW YOUS WANT TO SHUT THE ONE PLACE THAT WORKS. IF THEY CLOSE IT I WILL BE DRIVING HIM MYSELF TO "
      "{{PAISLEY|place}} IN THE VAN [[vr:SN68 WKD]] BECAUSE I AM NOT SENDING HIM BACK THERE. [[p:DEREK MCCALLUM]]"),
    R("charity",
      "{{ENABLE Scotland|charity}} and {{Children in Scotland|charity}} jointly submit this response. The "
      "{{Morgan Review|law}} (2020) found that the presumption of mainstream was being implemented without the resources "
      "to make it work. Closing a specialist base before the hubs are proven repeats that mistake. We recommend a "
      "phased approach, a guaranteed place in specialist provision where parents request it, and independent "
      "advocacy through {{Enquire|charity}} for every family affected."),
    R("foster carer",
      "We are foster carers. Our foster son, who I will call [[p:J.M.]], came to us last year after three school moves. "
      "The base has been the first stable thing in his life. His {{social worker|role}} agrees that another move now would "
      "be harmful. {{Looked after children|send}} should be exempt from this change."),
    R("parent",
      "tbh the hubs sound ok if they actually staff them. my wee girl [[p:paris]] is in P2 at [[sch:lochview]] and "
      "there's a room they call the hub already but half the time its a store cupboard. no offence to the teachers "
      "they're doing their best. just want to know who's in it. she talks to the class guinea pig {{Gerald|pet}} more than the teachers lol"),
    R("educational psychologist",
      "Written on behalf of the {{Educational Psychology Service|service}}. The move should follow the staged "
      "intervention model. No child should move from the base without a multi-agency review, and where a child has a "
      "{{CSP|send}} the education authority must consider whether the plan still meets the statutory test. We also "
      "note that several children in the base have diagnoses of {{Rett syndrome|med}}, {{Williams syndrome|med}} or "
      "{{Prader-Willi syndrome|med}} and their health needs require an individual plan."),
    R("parent",
      "Our [[p:Lachlan]] (we call him [[p:Lachie]]) is in P4 and was meant to move to the base next year. Now we dinnae "
      "ken. Her 1:1, sorry, I mean his 1:1 [[p:Shona]], says he's ready for the base and the ed psych Dr [[p:Mhairi Lennox]] "
      "agreed in her report. Are you going to tell them they're wrong? {{Aye right|scotsl}}."),
    R("parent",
      "{{Sat Sri Akal|lang}}. My son [[p:Harjot Singh Bains]] is in P5 at [[sch:St Ninian's RC Primary]], DOB [[dob:02.03.2016]], he has {{dyspraxia|med}} and a "
      "CSP. Reference [[acc:CSP/SK/2291]]. The hub idea is good for him but the council must give the paperwork in "
      "plain English. Email me at [[em:harjot.dad at example dot com]]. Thank you, [[p:Kulwinder Bains]]"),
]
