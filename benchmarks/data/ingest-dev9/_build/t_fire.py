"""Consultation 1: removing night-time cover from Skelbeck Fire Station (fictional Fellmoor Fire and Rescue
Service, a Cumbria-like fell county). Written by hand for ingest-dev9."""
from common import R, each, sents

PREFIX, CONSULTATION = "FIR", "fire-cover"
C = "fir-keep-skelbeck-crewed"

TPL = ("I am writing to object to the proposal to remove night-time fire cover from {{Skelbeck Fire Station|subject}}. "
       "Between 7pm and 7am the nearest engine would have to come from {{Kelderby|inv}}, nineteen miles away over "
       "{{Brackenrigg Pass|inv}}, which closes in snow. In the fells, minutes decide whether a farmhouse fire is a "
       "callout or a funeral. The on-call crew at {{Skelbeck|inv}} already live and work within five minutes of the "
       "station, and they are paid only when the pager goes off, so the saving is small. Night cover also protects the "
       "campsites, holiday lets and hotels that fill the valley every summer. Please keep {{Skelbeck|inv}} crewed around "
       "the clock, recruit more on-call firefighters instead of cutting hours, and publish the response-time modelling "
       "for every village the station covers.")
S = sents(TPL)

ITEMS = [
    # 1
    R("resident", TPL, C, "template"),
    # 2
    R("resident", "Keep the night cover. Simple as."),
    # 3
    R("on-call firefighter",
      "I have been on the on-call crew at {{Skelbeck|inv}} for 22 years and I want to put a few facts straight. "
      "The document says night calls are rare. Last winter we turned out at 2am to a chimney fire at a farm past "
      "{{Mosedale Bridge|inv}}, at 4am to a car in the beck on the {{A5091|road}}, and twice to {{Storm Arwen|storm}} "
      "damage. My watch manager [[p:Gary Steadman]] has the log if anyone at {{Fellmoor Fire and Rescue Service|inv}} "
      "cares to read it. [[p:Gary]] and me and the other firefighter on nights, [[p:Lenny Haughan]], carry pagers 120 hours a week for a retainer that "
      "would not cover your coffee budget. Take nights off us and the young ones will not bother joining. That is how "
      "you lose a station, not by closing it, by starving it."),
    # 4
    R("resident", each(TPL, str.lower), C, "exact"),
    # 5
    R("farmer",
      "Ah've farmed at [[hn:Knottside]] aw me life and me fadder afore us. When t' hay barn went up in 2019 it were "
      "{{Skelbeck|inv}} lads got there in nine minutes, it were ten at neet. If they'd come frae {{Kelderby|inv}} "
      "there'd be nowt left o' t' hoose nor t' yows. Yer talking aboot saving brass on lives. Divvent dee it.\n"
      "[[p:Jos Tyson]]"),
    # 6
    R("resident", ""),
    # 7
    R("seasonal worker",
      "Hello. I am from Poland, I work in hotel kitchen in {{Skelbeck|inv}} four summers now. Me and my husband "
      "[[p:Paweł]] live in staff caravan, [[fl:caravan 12, Beckside Holiday Park]]. Caravans burn very fast, "
      "I see on news. In night we sleep, 30 people in caravans near river. Please do not take the night firemen. "
      "{{Dziękuję|lang}}. [[p:Agnieszka Wróbel]], [[ph:07700 900 318]]"),
    # 8
    R("carer",
      " ".join(S[:3]) + " My mother, [[p:Nancy Relph]], is 86 and lives alone at [[st:3 Tarnside Terrace]], "
      "[[pc:CA13 9WQ]], with an oxygen concentrator running all night. {{Fellmoor Fire|inv}} fitted her smoke alarms "
      "years ago and told us oxygen and a fire are the worst mix there is. She was born [[dob:2 March 1938]] in that "
      "house and she will not move. Her NHS number, [[nhs:999 436 4502]], is on the oxygen supplier's list. " + " ".join(S[5:]), C, "edited"),
    # 9
    R("resident", "n/a"),
    # 10
    R("parish council",
      "Response of {{Skelbeck Parish Council|inv}}\n"
      "1. The Council objects to the removal of night cover from {{Skelbeck Fire Station|subject}}.\n"
      "2. The {{Community Risk Management Plan|law}} gives no travel times for {{Wythburn End|inv}}, "
      "{{Gillhead|inv}} or the campsites at {{Stonethwaite Foot|inv}}. The {{Fire and Rescue National Framework|law}} "
      "expects these to be published.\n"
      "3. The consultation ran over {{August|date}}, when farmers are at the hay and most residents cannot attend a "
      "meeting in {{Penrith|place}}.\n"
      "4. The Council asks {{the Chief Fire Officer|role}} to attend its next meeting.\n"
      "{{the Clerk|role}} to the Council"),
    # 11
    R("resident",
      "wtf r u lot thinking. my nan lives on her own up at [[hn:birkett howe]] n she cant hardly walk, if that "
      "goes up at night shes had it. ring me if u want to argue [[ph:07700900612]] [[p:kayleigh]]"),
    # 12
    R("resident", each(TPL, str.upper), C, "exact"),
    # 13
    R("resident",
      "The leaflet says in the fells, minutes decide whether a farmhouse fire is a callout or a funeral. True, but the "
      "same leaflet was in every pub before anyone had read the options paper. I live in {{Kelderby|inv}} and our "
      "whole-time crew covers {{Skelbeck|inv}} already when the on-call lads are short. Option B looks sensible to me."),
    # 14
    R("mountain rescue volunteer",
      "I volunteer with {{Keswick Mountain Rescue Team|org}}. We work hand in glove with the on-call crews on road "
      "traffic collisions and water rescues. During {{Storm Desmond|storm}} the {{Skelbeck|inv}} crew were pumping out "
      "houses in {{Glenridding|place}} all night. Our team leader [[p:Sandy Wilkinson]] has written separately. "
      "Removing night cover adds work for unpaid volunteers which is not a saving, it is a transfer."),
    # 15
    R("business",
      "We live at and run [[hn:Swallow Garth]], a farmhouse B&B with three letting rooms and a bunkhouse. Our insurer "
      "has already asked whether the nearest station is crewed overnight. If the answer becomes no, our premium goes up "
      "and so does everyone's. Contact [[em:swallowgarth.stays@example.com]] or [[ph:01632 960 447]].\n"
      "[[p:Harriet]] and [[p:Ade Okonjo]]"),
    # 16
    R("resident",
      "THIS IS A DISGRACE. {{FELLMOOR COUNTY COUNCIL|inv}} SPENDS A FORTUNE ON CONSULTANTS AND {{CARLISLE|place}} "
      "OFFICES AND THEN CUTS THE ONE THING THAT KEEPS US ALIVE. WHEN SOMEONE DIES IN A FIRE AT 3 IN THE MORNING I HOPE "
      "YOU CAN SLEEP. KEEP SKELBECK OPEN!!!!"),
    # 17
    R("resident", "Who pays when the pub burns down at midnight? Not {{Fellmoor|inv}}."),
    # 18
    R("firefighter's partner",
      "My husband [[p:Rob]] is on call at {{Skelbeck|inv}}. Our daughter [[p:Ellie Brennan]] is in Year 3 at "
      "[[sch:St Bega's C of E School]] and the crew do the fire safety talk there every {{November|date}}. The kids "
      "think he is {{Fireman Sam|char}}, the firefighter with the dog, a spaniel called {{Hector|pet}}. He is proud of the job. "
      "Cut nights and he will have a pager that only works when he is at work in {{Kendal|placename}}, which is "
      "never. You are not saving a station you are ending it."),
    # 19
    R("retired GP",
      "As a retired GP who worked in the valley for thirty years, I would point out that the population here is old. "
      "Many people use home oxygen, hoist beds and electric blankets, and a lot of houses are still heated by "
      "open fires and oil. The risk is at night. The {{Equality Impact Assessment|law}} does not mention age at all.\nDr [[p:Alasdair Bell]]"),
    # 20
    R("resident",
      " ".join(S[:2]) + " We found that out when the road shut for two days in {{February|date}} and the "
      "{{Kelderby|inv}} engine could not get over at all. " + S[4] + " Nobody in the village was asked which option "
      "they wanted before the papers were printed.", C, "edited"),
    # 21
    R("business",
      "{{Fellside Outdoor Centre|org}} takes school groups from {{Manchester|place}} and {{Liverpool|place}} all year, "
      "sleeping up to 64 young people in our bunkhouses. Our fire risk assessment assumes a retained crew at "
      "{{Skelbeck|inv}}. We would need to add a waking night member of staff at a cost of about {{£28,000|num}} a "
      "year. {{The Centre Manager|role}}"),
    # 22
    R("resident",
      "Our lass [[p:Kendal]] was born in the back of an ambulance on the pass because the road was blocked and "
      "it was the {{Skelbeck|inv}} fire crew who cut the tree away at half four in the morning. Some of us "
      "remember these things. [[p:Kendal]]'s dad has been on to our MP, [[p:Helen Garside]], and all."),
    # 23
    R("councillor",
      "As one of the county councillors for {{Fellside Ward|inv}} I oppose Option C. I have asked "
      "{{the Cabinet Member for Community Safety|role}} to publish the attendance-time figures by parish. The "
      "consultation does not say what happens when {{Kelderby|inv}} is already out on a job. Residents have asked me to press you to publish the response-time modelling for every village the station covers, and I agree. My colleague "
      "Cllr [[p:Anne Ullock]] and I will be at the drop-in at {{the Skelbeck Institute|landmark}}.\n"
      "Cllr [[p:Ruth Mossop]]"),
    # 24
    R("resident",
      "Right, I'll try to keep this short but I probably won't. I have lived in {{Skelbeck|inv}} since 1971 when my "
      "husband got the job at the quarry, and in that time I have seen the fire station go from a shed with a "
      "trailer pump to a proper building with two engines, and I have seen it used more times than I care to count. "
      "The night the {{Dalehead Hotel|org}} kitchen caught fire, the night the [[p:Pattinson]] lads' barn went up, "
      "the Christmas the chip pan went at the end of our row, which was my sister [[p:Marjorie]]'s house on "
      "[[st:Fold Lane]], and she would not be here now if the crew had come from {{Kelderby|inv}}. She is 91 "
      "now and still makes her own marmalade. I know money is tight, I read the paper, I know the government has cut "
      "and cut, but you do not make it up by taking away the one service that comes in the middle of the night when "
      "nobody else will. The ambulance takes an hour. The police are in {{Workington|place}}. The doctor is part "
      "time. The bus stopped in 2016. What is left is the fire station and the pub, and you are now telling us the "
      "fire station is only for daytime, as if fires keep office hours. I have been to the drop-in and the young man "
      "from headquarters was very polite but he could not tell me how long it would take an engine to reach "
      "[[st:Fold Lane]] at night in January. If you do not know that, you should not be deciding. Please keep it "
      "open at night. My phone is [[ph:0191 498 0273]] if anyone wants to talk to me, I am in most days.\n"
      "[[p:Edith Coulthard]]"),
    # 25
    R("resident", "Support option C. {{Kelderby|inv}} has the better kit and the figures show hardly any night calls."),
]
