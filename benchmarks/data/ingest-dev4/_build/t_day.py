"""day-centre: closure of Brookfield Day Centre for adults with learning disabilities
(fictional Hollinsford Metropolitan Borough Council, West Yorkshire)."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "DAY", "day-centre"
C = "day-keep-brookfield-open"

T = ("I am writing to object to the proposal to close {{Brookfield Day Centre|inv}}. {{Brookfield|inv}} is not just a "
     "building. For the adults with learning disabilities who go there it is the one place where they see their friends, "
     "learn new skills and are safe while their families work or rest. The community offer in the consultation has no "
     "detail, no staffing figures and no transport plan. Many of the carers are in their seventies and eighties and "
     "cannot replace the support that Brookfield gives. Closing it will simply push the cost onto unpaid carers, onto "
     "the {{NHS|org}} and onto crisis services later. {{Hollinsford Council|inv}} should keep Brookfield open, protect "
     "the staff who know our loved ones, and come back with a proper plan made with families and not for them.")
S = sents(T)

ITEMS = [
    # 001
    R("carer", T, C, "template"),
    # 002
    R("parent", "Our son [[p:Frank]] is 52 and has {{Down's syndrome|med}}. He has gone to Brookfield every weekday since "
      "1991. His father had {{Parkinson's|med}} and passed away in {{March|date}}, so it is just the two of us now and I am "
      "79. If Brookfield shuts, [[p:Frank]] will sit in our front room all day watching the window for a minibus that "
      "does not come. He will lose every friend he has. Please think again.\n[[p:Pauline Oddy]]"),
    # 003
    R("service user", "i like brookfield. i do cooking and art and disco on {{friday|date}}. my freind [[p:hope]] and me do "
      "the tuck shop. we made £40 for {{comic relief|org}}. dont close it please. i dont want a new place. from [[p:danny]]"),
    # 004
    R("parent", each(T, str.lower), C, "exact"),
    # 005
    R("carer", "I care for my sister [[p:Lorraine]], who is 61 and has a learning disability and epilepsy. The staff at "
      "Brookfield know her seizures better than any agency ever will. The 'community hubs' in the report are upstairs in "
      "{{Hollinsford Central Library|landmark}} with no changing bench and no hoist. Who is going to change her?\n\n"
      "[[p:Janet Haigh]]\n[[hn:Rosemount]]\n[[st:Scar Top Lane]]\n{{Shelley|placename}}\n[[pc:HD8 8QW]]"),
    # 006
    R("day centre staff", "I have worked at Brookfield for 14 years as a support worker. I cannot say much because "
      "{{the Service Manager|role}} has told staff not to talk to families about it. What I will say is that the report "
      "uses the words 'community based opportunities' 31 times and never once says who will staff them. Our "
      "{{team leader|role}} asked at the staff briefing and was told it was 'being worked through'. That is not a plan."),
    # 007
    R("sibling", "my bro [[p:kyle]] goes 2 brookfield n its the only place he has m8s. if it shuts mam has 2 pack in her "
      "job at {{greggs|orgp}}. council dont care abt ppl like us tbh. follow [[sh:@kayz_sis_x]] on tiktok we r doin a vid "
      "abt it"),
    # 008
    R("parent", "MY DAUGHTER [[p:GRACE]] HAS GONE TO BROOKFIELD FOR 23 YEARS. SHE IS 44 AND HAS THE UNDERSTANDING OF A "
      "SIX YEAR OLD. YOU SHUT THE RESPITE UNIT IN 2019 AND SAID IT WOULD ALL BE FINE. IT WAS NOT FINE. SHAME ON "
      "{{HOLLINSFORD COUNCIL|inv}}.\n[[p:DEREK PRIESTLEY]]"),
    # 009
    R("parent", " ".join(S[:5] + S[6:]) + "\n\nMy son [[p:Oluwatobi Adeyemi]], who everyone calls [[p:Tobi]], was born on "
      "[[dob:3rd March 1991]] and has autism and epilepsy. He had three seizures at the centre last year and each time "
      "the staff knew exactly what to do. His hospital number at {{Pinderfields|hosp}} is [[hosp:MY 0418821]], and I "
      "give it so you can check what I say. He does not cope with new places or new faces.", C, "edited"),
    # 010
    R("organisation", "Response of the {{Hollinsford Carers' Forum|inv}}\n\n1. The Forum represents 212 unpaid carers, "
      "of whom 58 care for someone who attends Brookfield.\n2. The equality impact assessment does not meet the "
      "public sector equality duty in the {{Equality Act 2010|law}}.\n3. No individual reviews under the "
      "{{Care Act 2014|law}} have been done before the decision, which is the wrong way round.\n4. We ask "
      "{{the Cabinet Member for Adult Social Care|role}} to meet families before {{Cabinet|role}} meets on {{14 July|date}}.\n\n"
      "Signed on behalf of the Forum by its Chair, Revd [[p:Alan Whitworth]]"),
    # 011
    R("resident", "Keep it open."),
    # 012
    R("carer", each(T, str.upper), C, "exact"),
    # 013
    R("service user", "My name is [[p:Shane]]. I live at [[fl:Flat 4, Harewood Court]] with support. My keyworker "
      "[[p:Shazia]] helped me write this. I go to Brookfield on {{Monday|date}}, Wednesday and Friday. I do the garden and "
      "we sell veg at {{Hollinsford Market|inv}}. I do not want to go to {{Calder Mill|inv}} it is too far and too noisy."),
    # 014
    R("carer", "I am carer for my brother [[p:Piotr Nowak]], he has learning disability after illness when he was child. "
      "We live together on [[st:Ravens Walk]] since 2011. I get Carer's Allowance, my NI number is [[ni:QQ 73 01 92 A]]. Brookfield is very good for him, he is calm there and he learn "
      "English more than me! I work nights in {{Morrisons|orgp}} warehouse and I sleep in day when he is at centre. If "
      "centre close I cannot work and we need benefits. This is not saving money for the goverment.\n[[p:Agnieszka Nowak]]"),
    # 015
    R("resident", ""),
    # 016
    R("retired social worker", "As a retired social worker who referred people to Brookfield for thirty years, I want "
      "to add my voice. " + " ".join(S[1:-1]) + " Please do not let a spreadsheet make this decision for you.", C, "edited"),
    # 017
    R("parent", "My wife and I are 84 and 81 and our daughter [[p:Rose]] has been at Brookfield since she left school. We "
      "live at [[hn:the old school house]] in {{Marsden|placename}}, up a track the minibus already struggles with. I rang "
      "the council in {{January|date}} to ask what the 'community offer' would mean for [[p:Rose]] and was given a "
      "complaint reference, [[acc:CRM-448217]]. Nobody has rung back. We will not be here for ever.\n[[p:Geoffrey Bamforth]]"),
    # 018
    R("resident", "I live near the centre and have no objection to it staying. The minibuses on "
      "{{Brookfield Lane|route}} have never been a problem, unlike the school run on {{Lindley Moor Road|route}}. If the "
      "site is sold for housing, as people are saying, the junction with the {{A629|road}} will be far worse."),
    # 019
    R("carer", plain_only(T, lambda s: s.replace(",", "").replace(". ", ".  ")), C, "exact"),
    # 020
    R("sibling", "My brother [[p:Abdul Malik]] is 38 and has a severe learning disability. Our mother "
      "[[p:Rokeya Begum]] speaks only {{Sylheti|lang}} and the consultation was not available in any language except "
      "English, so I am filling it in for her. Brookfield staff learned some words in Sylheti for my brother and they "
      "celebrate {{Eid|event}} with him. The council wrote to Mum about his review under [[acc:ASC-2291-0457]] and then nothing. We live on [[st:moor end road]], near the mosque. Please ring me on [[ph:07700 900 614]] if you want to hear from our family "
      "properly."),
    # 021
    R("day centre staff", "I have been the cook at Brookfield for 22 years. Some of our people have been eating my "
      "cottage pie since they were teenagers. One gentleman, [[p:Bill]], will only eat if I am the one who serves him. "
      "I'm not being big-headed, it is just how he is. The proposal says meals will be 'sourced locally'. Does that mean "
      "a meal deal from {{Sainsbury's|orgp}}?"),
    # 022
    R("resident", "Closing it is cruel."),
    # 023
    R("GP", "I am a GP at {{Lindley Moor Health Centre|hosp}}. Around forty of our registered patients attend "
      "Brookfield. For several of them, day-centre staff are the first to notice a chest infection, a change in seizure "
      "pattern or signs of neglect, and they ring us. {{The learning disability nurse|role}} for the area covers 900 "
      "people and cannot replace that. Please involve {{the Integrated Care Board|org}} before deciding.\n"
      "Dr [[p:Ifeoma Nwachukwu]]"),
    # 024
    R("carer", "The minibus picks my son up at the end of our road, [[st:Cragg View]], at 8.40 and brings him home at "
      "3.30. The consultation says people will 'travel independently or with family'. I am 70 and I stopped driving "
      "when my eyes went; our old car, [[vr:YH19 KDV]], has sat on the drive ever since. The {{Motability|org}} scheme "
      "will not help me because the car is not in his name.\n[[p:Maureen]]\n[[hn:Kinloch]], [[st:Cragg View]]"),
    # 025
    R("support worker", "I am support worker from agency and I work two years with people from Brookfield. The centre "
      "is place where they are happy. In my country people with disability are hidden at home and nobody see them, I was "
      "very surprised when I came here how good it is. Please do not go backwards. If you want to speak with me: "
      "[[em:mirela.popescu at example dot com]]\n[[p:Mirela Popescu]]"),
    # 026
    R("service user", "These are [[p:Daniel]]'s words. I wrote them down as he said them. (his advocate)\n\nI go "
      "Brookfield. I like it. [[p:Sam]] is my best mate, he is there. We do {{Makaton|brand}} singing. I don't want a hub. "
      "I don't know what a hub is. I want [[p:Sam]]."),
    # 027
    R("carer", " ".join(S[:4]) + " We were told the same when {{Greenhead Day Centre|inv}} shut in 2016, and half of "
      "those people now do nothing all week. I know because my cousin was one of them. He sits in a chair at "
      "{{Ashfield House|inv}} watching {{Homes Under the Hammer|char}} with the sound off.", C, "edited"),
    # 028
    R("sibling", "I live in {{Cardiff|place}} now but my sister [[p:Bethan Lloyd-Hughes]] lives in supported housing, [[fl:Room 6, Calder View]], in "
      "Hollinsford and goes to Brookfield three days a week. As I expect you will say you cannot find her on your "
      "system, her date of birth is [[dob:12.07.1979]] and her NHS number is [[nhs:999 688 1261]]. Ask her social "
      "worker what happened the last time her routine was changed. It took eight months to settle her."),
    # 029
    R("resident", "When old Mr [[p:Pickles]] was leader he stood in the Brookfield hall and promised it would never "
      "close. Now Cllr [[p:Naseem Akhtar]] is the cabinet member and says it is 'not viable'. Both parties have had "
      "their turn. Whoever is in charge, it is the families who pay."),
    # 030 (ramble)
    R("parent", "I don't know if anyone actually reads these but here goes. My daughter [[p:Chelsea]] is 29, she has a "
      "learning disability and autism and she has been going to Brookfield since she was 19. Before that it was "
      "{{Highfields|inv}} and before that it was me, all day every day, in a [[fl:basement flat]] at "
      "[[st:7 Prospect Terrace]] with no garden and damp up the walls. Her dad, [[p:Wayne]], left when she was three "
      "and has not seen her since, so it is me and my mum, [[p:Sheila]], who is 76 and has had two hip replacements. "
      "Brookfield gave me my life back. I got a job, part time, at the school kitchen. [[p:Chelsea]] got friends. She "
      "goes to the disco, she does the {{Mr Men|char}} reading group because she loves {{Little Miss Sunshine|char}}, "
      "she goes swimming on a {{Tuesday|date}} with [[p:Kerry]]'s mum, who runs the {{Gateway Club|org}} on a "
      "Thursday night as well, for nothing. When the heating broke in {{Storm Babet|storm}} the staff took them all to "
      "the church hall and did a sing-song so nobody got frightened. That is what you are closing. The consultation "
      "says she can have a personal budget and 'choose her own activities'. She cannot choose what to have for "
      "breakfast without a meltdown. Her NHS number is [[nhs:9997982371]], it is on every form. Who will employ the PA? Me? I already fill in the {{PIP|law}} forms, the "
      "{{Carer's Allowance|law}} forms, the blue badge forms, the bus pass forms. I am tired. I am 53 and I am tired. "
      "If you close Brookfield I will have to give up work and we will both be stuck in that flat again. I am asking "
      "you, as a mother, to come and see it on a weekday before you vote. Come at dinner time. You will see."),
    # 031
    R("resident", "I know people will say that Brookfield is not just a building, and I agree, but the building itself "
      "really is past it. The roof leaks and the heating fails every winter. Keep the service, move it somewhere "
      "decent in the town centre, and do it properly with the families involved from the start."),
    # 032
    R("council tax payer", "Support the proposal. The money would be better spent on roads."),
]
