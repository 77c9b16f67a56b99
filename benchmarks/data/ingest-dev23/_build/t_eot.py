"""eotas-policy: Hallambridge City Council (fictional, West Yorkshire) consults on a draft policy for
Education Otherwise Than at School (EOTAS): a cap of £22,000 a year per package, an approved-provider list, and no
funding for therapies delivered at home."""
from common import R, each, sents

PREFIX, CONSULTATION = "EOT", "eotas-policy"
C = "eot-education-that-fits"

TPL = (
    "I am writing to object to {{Hallambridge City Council|inv}}'s draft policy on "
    "{{Education Otherwise Than at School|law}}. {{Section 61 of the Children and Families Act 2014|law}} exists "
    "for children whose needs cannot be met in any school, and for many of them an {{EOTAS|term}} package is the "
    "only education that works. The draft policy would cap every package at £22,000 a year, allow only "
    "providers on the council's approved list and end funding for therapies delivered at home. These are blanket "
    "rules, and the law requires each child to be considered as an individual. I ask the council to withdraw the "
    "cap, to keep parent-arranged tutors and therapists where they are working, and to write a new policy together "
    "with the Parent Carer Forum."
)
S = sents(TPL)


def nocommas(s):
    return s.replace(",", "").replace("'", "")


def per_line(s):
    return s.replace(", ", ",\n").replace(". ", ".\n")


ITEMS = [
    # 001 short
    R("parent", "{{EOTAS|term}} gave us our son back. Don't cap it."),
    # 002 template
    R("parent", TPL, C, "template"),
    # 003 Yorkshire mum
    R("parent", "Our [[p:Harvey]] were at [[sch:Whitecote]] two year and it near finished him. Sat under t'desk "
      "every day. Since {{EOTAS|term}} he does maths wi' a tutor in t'front room and fishes at "
      "{{Thornlee Dam|landmark}} wi' a mentor while I'm on shift at {{Morrisons|orgp}}. Now you'll not pay for owt at home. Where else is it supposed to "
      "happen, love? We're up [[st:Moorside Terrace]], ring [[ph:07700900563]]."),
    # 004 tutor
    R("tutor", "Independent tutor, qualified teacher, enhanced {{DBS|term}}. One of my EOTAS pupils, [[p:L.]], had "
      "not written a sentence for two years; this summer she sat {{GCSE English Language|term}}. I can't join the "
      "approved list because it only takes providers registered with {{Ofsted|org}}. What happens to pupils like "
      "[[p:L.]]?"),
    # 005 equine therapy
    R("charity", "{{Hollin Bank Riding for the Disabled|inv}}, a member group of the "
      "{{Riding for the Disabled Association|org}}, works with eight young people on EOTAS packages. The draft "
      "policy calls our sessions 'recreational'. They are not. One young person, [[p:Ellis]], who would not speak "
      "to any adult at school, now leads our pony {{Mr Darcy|pet}} round the arena and tells the volunteers what to "
      "do. His {{EHCP|term}} has communication outcomes that we deliver. Please don't decide what counts as "
      "education by where it happens.\n{{Group Organiser|role}}"),
    # 006 exact: commas and apostrophes removed
    R("parent", each(TPL, nocommas), C, "exact"),
    # 007 Sylheti Bengali father
    R("parent", "My daughter [[p:Tahmina Begum]] is 13. She stop going to [[sch:Thornlee Girls' Academy]] in Year 7, "
      "very bad anxiety and autism. Now a teacher come to the house and this is working. EHCP number "
      "[[acc:HCC/EHCP/0447812]]. Please do not stop the home teacher. My son help me write.\n{{Dhonnobad|lang}}\n"
      "[[p:Abdul Karim]]"),
    # 008 young person, lower case
    R("young person", "im 15 and havent been in school since year 8. i do english with my tutor [[p:hunter]] at the "
      "library and on {{fridays|date}} i go to {{Wildwood Forest School CIC|org}}. first time since primary i dont "
      "feel sick every morning. make me go back to a classroom and i wont go. i do my maths on my {{ipad|brand}} now. my dragons are on "
      "[[sh:@dragons.in.the.library]]\n[[p:rory]]"),
    # 009 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nMy son [[p:Oliver Brennan-Shaw]] ([[p:Olly]]) was born [[dob:22/10/2011]] and "
      "has {{Tourette's|med}}, {{ADHD|med}} and {{dyspraxia|med}}. He has been out of school since {{Easter|event}} "
      "2023. I gave up my job to teach him and I am on {{Carer's Allowance|law}}; my NI number is [[ni:QQ 52 18 74 C]] "
      "and his NHS number [[nhs:999-421-2087]] if anyone wants to check. His package pays for a tutor and a {{speech and language therapist|role}} who both "
      "come to our flat, [[fl:Flat 6, Mill View]], [[pc:HX7 4DW]]. Under the draft policy both would stop.\n\n"
      + " ".join(S[4:]) + "", C, "edited"),
    # 010 PRU SENCO, near-miss, institution
    R("SENCO", "I am {{SENCO|role}} at {{Hallambridge Pupil Referral Unit|venue}}. For many of them an EOTAS "
      "package is the only education that works, I agree, but not for all. Some young people have been left at home "
      "because a package was easier than finding a place. A cap is crude. Review every package properly instead."),
    # 011 exact: one clause per line
    R("parent", each(TPL, per_line), C, "exact"),
    # 012 Syrian Arabic mother
    R("parent", "I am mother of [[p:Karam]], he is 10 and {{autistic|med}}. We came from {{Homs|place}} and lived "
      "three years in a camp in {{Jordan|placename}}. At [[sch:Calderside Academy]] they sent him home every day at "
      "11. With EOTAS he is learning to read for the first time. Please do not put a limit of money on him.\n"
      "{{Shukran jazeelan|lang}}, [[p:Rasha Al-Khatib]]"),
    # 013 social worker
    R("social worker", "Social worker, {{the Children with Disabilities Team|org}}. A young person on my caseload, "
      "[[p:Faith]], spent Year 10 on a part-time timetable before the "
      "{{First-tier Tribunal|tribunal}} ordered EOTAS. Her package costs {{£31,000|num}}; the residential placement "
      "she was heading for costs over £200,000. A cap just moves the cost to my budget."),
    # 014 edited: reworded opening and closing
    R("parent", "Dear Councillors, I never thought I'd be one of those parents who writes in, but here we are. "
      + " ".join(S[1:5]) + " Every child on EOTAS is there because school failed them, not the other way round. "
      "Please think again.", C, "edited"),
    # 015 in favour
    R("resident", "Agree with the cap. {{£22,000|num}} a year for one child is more than most schools get for ten. "
      "Schools exist for a reason."),
    # 016 occupational therapist
    R("occupational therapist", "{{HCPC|org}}-registered {{occupational therapist|role}} here. I deliver "
      "{{Ayres Sensory Integration|term}} to four EOTAS children, all of it in {{Section F|law}} of their plans. "
      "The draft says use NHS pathways; the NHS {{OT|term}} wait in {{Hallambridge|inv}} is 71 weeks. My client "
      "[[p:M.]] couldn't bear a sock a year ago."),
    # 017 blank
    R("parent", ""),
    # 018 ramble: PDA, out of school
    R("parent", "I don't really know where to start so I'll just say it how it is. Our daughter [[p:Isla-Mae Thornton]] "
      "(everyone calls her [[p:Izzy]]) was born [[dob:4th June 2012]] and has autism with a "
      "{{Pathological Demand Avoidance|med}} ({{PDA|med}}) profile, which the {{CAMHS|org}} team at {{Leeds General Infirmary|hosp}} "
      "wouldn't write down for two years because 'it isn't in the manual'. Her NHS number is [[nhs:999 600 4945]] "
      "if you want to look her up, I'm past caring about privacy at this point. She went to "
      "[[sch:Birkholme Junior School]] until Year 5 and was fine on paper, top table for reading, no bother, then "
      "came home every day and screamed for three hours. School said she was 'a different child' there. Of course "
      "she was. She was holding it in. By Year 6 she couldn't get out of the car. My husband had to carry "
      "her back in from the drive more than once, still in her pyjamas. We got the EHCP after a year and a half and "
      "a tribunal, case [[acc:EH 414/23/00917]], and the tribunal named EOTAS because no school in {{Yorkshire|place}} "
      "would take her. Now she does two hours a day with a tutor, an hour of {{Lego therapy|term}} on a "
      "{{Wednesday|date}}, and she builds whole cities in {{Minecraft|brand}} that I swear are better planned than "
      "this town centre. She is happy. She watches {{Bluey|char}} with her little brother and laughs. I had "
      "forgotten what her laugh sounded like. The draft policy would end the home tuition and send her to a "
      "provider on a list, in a building, with strangers, which is exactly what broke her. I'm not asking for "
      "anything special. I'm asking you to follow the law, look at her, and not at a spreadsheet. We're on "
      "[[st:Laburnum Grove]] if anybody wants to come and meet her, though she probably won't come downstairs. "
      "[[em:kerry.thornton@example.com]]\n[[p:Kerry Thornton]]"),
    # 019 edited: partial template and own text, grandparent
    R("grandparent", S[0] + " " + S[2] + " " + S[3] + " We pay for our grandson [[p:Tyler]]'s maths tutor, "
      "Mr [[p:Pashley]], out of our pensions on top of his package, because the council's approved provider could "
      "only offer group sessions on a bus to {{Bradford|place}}. " + S[4], C, "edited"),
    # 020 Romanian mother
    R("parent", "Bună ziua. My son [[p:Darius]] is 12, ADHD and dyslexia, excluded two times from "
      "[[sch:St Wilfrid's]]. Now he has tutor at the library. The approved provider is in {{Leeds|place}}, one hour "
      "on the bus. Not possible. I even got parking fine for my car [[vr:YG19 KXR]] waiting for him!\n"
      "{{Mulțumesc|lang}}, [[p:Ionela Popescu]]"),
]
