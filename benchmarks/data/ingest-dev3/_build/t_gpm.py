"""gp-merger: Strathbrae Health and Social Care Partnership (fictional, Tayside) proposes to merge
Kirkgate Surgery and Gowanbank Medical Practice in the fictional town of Auchterbrae into one new
health centre on the edge of town."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "GPM", "gp-merger"
C = "gpm-keep-a-gp-in-town"

TPL = (
    "I am writing to object to the plan to close {{Kirkgate Surgery|inv}} and {{Gowanbank Medical Practice|inv}} and "
    "move all patients to a single health centre on the edge of {{Auchterbrae|inv}}. "
    "A bigger building will not create more GPs. "
    "Patients already wait three weeks for a routine appointment, and moving everyone to one site a mile and a half "
    "out of town will make it harder, not easier, for older people, families without a car and anyone who is unwell. "
    "A local surgery is part of the heart of a town. "
    "Keep a GP in the town centre. "
    "I ask the partnership to keep a branch surgery open in the town centre, guarantee a safe walking route and a "
    "public transport link to the new site before it opens, and publish how many GPs and nurses the merged practice "
    "will actually have. "
    "Patients must come first, not buildings."
)
S = sents(TPL)


def spaced(s):
    return s.replace(" ", "  ").replace(",", "")


ITEMS = [
    # 001 template
    R("patient", TPL, C, "template"),
    # 002
    R("patient", "Good idea, the old buildings are falling apart."),
    # 003 exact, doubled spaces and no commas
    R("patient", each(TPL, spaced), C, "exact"),
    # 004 Gaelic-speaking pensioner from Lewis
    R("pensioner", "{{Ciamar a tha sibh|gaelic}}. I am [[p:Mòrag NicLeòid]] and I came over from {{Lewis|place}} in 1961 "
      "to work in the jute mill. I am 84 now, and my number at {{Stracathro|hosp}} is [[hosp:STR-441902]] for my eyes. I walk to {{Kirkgate|invented surgery (short name)}} with my stick and it takes me twenty minutes. I "
      "could not walk to the new place, and I will not ask my neighbours for lifts every time. Dr [[p:MacAoidh]] "
      "knows me and I know him, and he speaks the Gaelic to me when I am confused. Please do not take that away.\n"
      "{{Tapadh leibh|gaelic}}."),
    # 005 blank
    R("patient", ""),
    # 006 Scots voice, lower-case sign-off
    R("patient", "Thae folk at the partnership think we aw drive. Ah've been wi {{Kirkgate|invented surgery (short name)}} since ah wis a bairn, born and bred on [[st:cowgate wynd]], and "
      "noo they want us tae traipse oot past the industrial estate in the rain. {{It's a sair fecht|scots}} as it is. "
      "Leave the surgery whaur it is.\n[[p:tam]]"),
    # 007 GP partner, named with title
    R("GP", "I am a partner at one of the two practices. We support the merger. Both buildings fail current infection "
      "control standards, we cannot recruit into single-handed sessions, and a combined list of about 11,400 "
      "patients lets us offer a pharmacist, a physiotherapist and a mental health nurse on site under the "
      "{{GMS contract|law}}. We recognise the access concerns and have asked for a town-centre clinic two days a "
      "week. Our practice manager, [[p:Lorna Guthrie]], can share the workforce plan.\nDr [[p:Nkechi Adebayo-Reid]], {{GP partner|role}}"),
    # 008 edited: personal paragraph, mother, hospital number
    R("carer", " ".join(S[:3]) + "\n\nMy mother [[p:Jessie Lowden]] is 91 and lives on her own on [[st:Braehead Terrace]], "
      "five minutes from {{Kirkgate|invented surgery (short name)}}. She has {{Alzheimer's|med}} and gets lost if anything changes. When she was "
      "admitted to {{Ninewells|hosp}} last winter it took them two days to find her notes, and her unit number is "
      "[[hosp:NW0731189]], I have it written on the fridge. Moving her doctor out of town will mean I have to take "
      "every appointment off work.\n\n" + " ".join(S[3:]), C, "edited"),
    # 009
    R("patient", "Disagree."),
    # 010 parent: child with Down's syndrome, P2, school, health visitor
    R("parent", "My daughter [[p:Eilidh Rose Duncan]] in P2 at [[sch:Auchterbrae Primary]] has {{Down's syndrome|med}} "
      "and a heart condition, and we are at the surgery more than most. Our health visitor, [[p:Shona]], has been "
      "amazing. I'm not against a new building if it means more staff, but I need to know we will still see the same "
      "faces. Continuity matters more to families like ours than a shiny waiting room. [[p:Eilidh]] is frightened of new people."),
    # 011 exact, lower case
    R("patient", each(TPL, str.lower), C, "exact"),
    # 012 pharmacist
    R("pharmacist", "As the pharmacist at {{Boots|orgp}} on {{the High Street|route}}, I'd point out that half our "
      "prescription collections happen because {{Kirkgate|invented surgery (short name)}} is across the road. If the practices move out, the "
      "town-centre pharmacies will lose footfall and some patients will switch to the {{Lloyds Pharmacy|orgp}} "
      "counter planned inside the new centre. That's not a reason to stop it, but please plan for it."),
    # 013 near-miss
    R("patient", "A bigger building will not create more GPs - that's the truth of it and everybody in "
      "{{Auchterbrae|inv}} knows it. Sort the staffing first."),
    # 014 receptionist
    R("practice staff", "I work on reception at one of the practices and I'd rather not give my name. The phones go "
      "at eight and by ten past we have no appointments left. A new building won't change that unless we get more "
      "clinicians. {{The practice manager|role}} has been honest with staff about that, and I wish the partnership "
      "would be as honest with the public."),
    # 015 edited: reworded first-person opening and closing
    R("patient", "I've been a patient at {{Kirkgate|invented surgery (short name)}} for thirty-two years, and I want to say as plainly as I can that "
      "I'm against this. " + " ".join(S[1:6]) + " I'll be watching how the partnership votes, and so will my "
      "neighbours.\n[[p:Douglas Hendry]]", C, "edited"),
    # 016 Romanian seasonal worker
    R("seasonal worker", "I work on the soft fruit farm near {{Blairgowrie|place}} from {{May|date}} to "
      "{{October|date}}. We are registered temporary at {{Gowanbank|invented surgery (short name)}}. Last summer my friend [[p:Bogdan]] cut his hand "
      "very bad and we did not know where to go, the receptionist said phone {{NHS 24|org}}. My number [[ph:07700 900 236]]. If new centre is far "
      "from town, please make clear information in other languages. {{Mulțumesc|lang}}."),
    # 017 farmer, house name, phone
    R("farmer", "We farm at [[hn:Wester Balgrummo]], eleven miles up the glen. The new site is actually a bit closer "
      "for us because it's on our side of town, so I'm not going to complain, but please keep the home visits. My "
      "father won't go to a doctor unless the doctor comes to him. Contact: [[ph:07700 900 862]]."),
    # 018 daughter of a Cantonese-speaking mother
    R("patient", "My mother [[p:Chan Siu Wai]] only speaks Cantonese. She lives with us in the [[fl:flat 3/2]] at [[st:41 Nethergate]]. At {{Kirkgate|invented surgery (short name)}} the receptionist knows to book a "
      "telephone interpreter. I am worried a big centre will not know her. Please make sure interpreters are booked "
      "automatically when the record says so. She cannot walk far because of {{Raynaud's|med}} in the cold."),
    # 019 exact, capitals
    R("patient", each(TPL, str.upper), C, "exact"),
    # 020 community council
    R("community council", "{{Auchterbrae and District Community Council|inv}} discussed the proposal at its "
      "{{September|date}} meeting. Members were split. We ask {{the Chief Officer|role}} of the partnership and "
      "{{NHS Tayside|org}} to: (a) confirm the town-centre clinic in writing; (b) publish the travel analysis, "
      "including for {{Alyth|placename}} patients; (c) confirm the {{Scottish Ambulance Service|org}} has been "
      "consulted about the access road from the {{A94|road}}.\n{{Secretary|role}}"),
    # 021 young mum, text-speak
    R("parent", "cant even get an appointment as it is. had to take [[p:kayden]] (hes in p1 at [[sch:auchterbrae primary]]) to {{ninewells|hosp}} a&e wi his "
      "chest cos there was nothing till the 20th. how is moving it gonnae help"),
    # 022 patient with Parkinson's, wife named
    R("patient", "I have {{Parkinson's|med}} and no longer drive. My wife, [[p:Isla]], takes me to everything, but "
      "she is 80 herself and we live out on [[st:Rosebank Road]]. A single centre with a proper car park and a drop-off bay would actually be easier for us "
      "than {{Gowanbank|invented surgery (short name)}}'s steps. I'd support it if that is guaranteed."),
    # 023 DOB with cue, hospital number
    R("pensioner", "I was born on the [[dob:3rd of January 1938]] and have been with {{Gowanbank|invented surgery (short name)}} since it opened. My "
      "hospital number at {{Perth Royal Infirmary|hosp}} is [[hosp:PRI 0082713]], because they always ask and I "
      "thought you might too. I'd like the new centre to have a proper hearing loop."),
    # 024
    R("patient", "Waste of money."),
    # 025 district nurse
    R("district nurse", "As a district nurse covering the glens, a single base would save us hours of driving "
      "between two practices. Our {{Macmillan|orgp}} colleagues and the {{Marie Curie|orgp}} night service would "
      "also like a room on site. Patients with cancer currently travel to {{Maggie's|orgp}} at {{Ninewells|hosp}} "
      "for support that could be offered locally."),
    # 026 edited: half template plus own text
    R("patient", S[0] + " " + S[2] + " I had to give up my car after my eyesight went ({{macular degeneration|med}}) "
      "and I can't see me getting to the edge of town in {{January|date}}. Keep something in town, even two "
      "mornings a week.\n[[p:Agnes Rutherford]]", C, "edited"),
    # 027 routes and landmarks
    R("resident", "The new site is on {{Mill Lade Road|route}}, past the {{Tesco|org}} roundabout and across the "
      "{{A94|road}}, with no pavement on the last stretch. The field next to it floods when the {{River Isla|place}} "
      "is high. Has anyone from the partnership actually walked it?"),
    # 028 lower-case numbered address and sloppy postcode
    R("patient", "we stay at [[st:14 wellmeadow crescent]] [[pc:ph12 8rq]], about 3 min from {{gowanbank|invented surgery (short name)}}. my partner "
      "works shifts and has the car. the new place is 35 min walk with a buggy. please think about people like us"),
    # 029 Gaelic learner, obfuscated email
    R("parent", "Our children are in the Gaelic-medium unit and we are trying to use the language at home. It would "
      "be lovely if the new centre had bilingual signs like they do in {{Inverness|place}}. {{Mòran taing|gaelic}}.\n"
      "[[p:Ruairidh MacAoidh]]\n[[em:ruairidh.mac(at)example.com]]"),
    # 030 Harris as a place
    R("patient", "I grew up on {{Harris|placename}} where the nearest doctor was an hour and a ferry away, so forgive "
      "me if a mile and a half doesn't frighten me. A modern building with more staff is a good thing. People will "
      "adapt."),
    # 031 DOB without cue
    R("pensioner", "[[p:Wullie Soutar]], [[dob:12/6/1941]]. I've had the same doctor for thirty year, Dr "
      "[[p:Fraser]] at {{Kirkgate|invented surgery (short name)}}, and he's retiring anyway, so it doesnae much matter to me where the new one is. "
      "Just make sure they answer the phone."),
    # 032 street as a route
    R("patient", "The surgery on {{Kirkgate|route}} is next to the {{Post Office|org}}, the bank and the chemist. "
      "Everything is in one place. Moving the doctors out will take another reason to come into town away."),
    # 033 capitals slogan
    R("patient", "KEEP A GP IN THE TOWN CENTRE!!! [[p:MAGGIE]]"),
    # 034 long ramble: husband, nicknames, daughter's Edinburgh number
    R("carer", "I've been trying to write this for a week. My husband [[p:Hugh]], everybody calls him [[p:Shug]], "
      "was diagnosed with {{Lewy body dementia|med}} two years ago and since then my life has been appointments. "
      "{{Kirkgate|invented surgery (short name)}} has been wonderful, I'll say that, the nurses know him and they know to take him straight through "
      "instead of leaving him in the waiting room where he gets agitated. The girl on the desk, [[p:Lorna]], will "
      "phone me if there's a cancellation. You don't get that in a big place. I went to see the plans at the "
      "drop-in at {{the Town Hall|landmark}} and the man from the partnership was very nice but he couldn't tell me "
      "how many doctors there would be, only how many rooms. Rooms don't see patients. I don't drive, [[p:Shug]] had to "
      "give up his licence, and a taxi out to {{Mill Lade Road|route}} and back would be {{£14|num}} every time. "
      "We're on a pension. Our son is in {{Dundee|place}} and our daughter is in {{Edinburgh|place}} and they do "
      "what they can. If somebody from the partnership wants to hear what it's actually like they can phone my "
      "daughter, she's better with all this than me, on [[ph:0131 496 0572]]. I'm not against progress. I just "
      "think the people making these decisions should come and sit in the waiting room at {{Kirkgate|invented surgery (short name)}} on a {{Monday|date}} "
      "morning and listen. {{Alzheimer Scotland|orgp}} have been a great help to us and they'd tell you the same."),
    # 035, 036
    R("patient", "As long as there is a pharmacy and a decent car park, I am happy."),
    R("patient", "The health centre in {{Forfar|place}} works well. Don't see why ours wouldn't."),
]
