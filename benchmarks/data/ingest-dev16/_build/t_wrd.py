"""ward-move: NHS Strathard (fictional Scottish health board) proposes moving Rowan Ward, a 16-bed adult acute
mental health ward, from Dunmorach Community Hospital to Strathallan Royal Hospital in Larbrig, 40 miles away."""
from common import R, each, sents

PREFIX = "WRD"
CONSULTATION = "ward-move"
CAMP = "wrd-keep-rowan-ward-local"

TPL = ("I am writing to object to the proposal to move {{Rowan Ward|inv}} from {{Dunmorach Community Hospital|hosp}} "
       "to {{Strathallan Royal Hospital|hosp}}. People who are acutely unwell need their families close by, not forty "
       "miles away along a winter road and two buses. Visiting is part of recovery. When a patient is discharged, the "
       "community mental health team, the GP and the family all have to pick up the pieces, and that works best when "
       "everyone is local. The consultation says the move will make staffing safer, but it will not help a mother "
       "without a car get to see her son. Please keep {{Rowan Ward|inv}} in {{Dunmorach|inv}}, invest in the staff it "
       "already has, and listen to patients and carers before any decision is made.")
S = sents(TPL)

ITEMS = [
    # 001
    R("relative", TPL, CAMP, "template"),
    # 002
    R("former patient",
      "I wis on {{Rowan Ward|inv}} twice in {{2021|date}}. The only thing that got me through wis ma maw comin in "
      "every day on the bus fae her hoose on [[st:Kirkton Crescent]]. Forty mile tae {{Larbrig|inv}}? She's 74 an "
      "disnae drive. Ye'll be cuttin folk aff fae their families when they need them maist. {{It's no richt|scots}}."),
    # 003
    R("carer", each(TPL, str.lower), CAMP, "exact"),
    # 004
    R("mental health nurse",
      "I have worked on {{Rowan Ward|inv}} as a {{staff nurse|role}} for eleven years. I'm from {{Sligo|place}} "
      "originally and I know what it is to be far from home. The {{Band 5|num}} vacancies are real, but moving the ward "
      "will not fix them. Half of us live in {{Dunmorach|inv}} and will not drive 80 miles a day. Ask "
      "[[p:Siobhán]] on nights, she has three kids and no second car. {{Go raibh maith agaibh|irish}}.\n"
      "[[p:Deirdre Ní Bhriain]]"),
    # 005
    R("patient",
      "DONT MOVE THE WARD. I HAVE {{BIPOLAR|med}} AND WHEN IM UNWELL I NEED MY WIFE [[p:LORRAINE]] AND MY DUG "
      "{{HAMISH|pet}} AT THE WINDOW ON A {{SUNDAY|month}}. {{STRATHALLAN|hosp}} IS A MONSTER OF A PLACE, I WAS THERE "
      "IN {{2017|date}} AND NOBODY KNEW MY NAME. LEAVE US ALONE."),
    # 006
    R("GP",
      "As a GP partner at {{Glenmorach Medical Practice|inv}} I see the consequences of admissions far from home every "
      "week. Discharge planning suffers when the ward team cannot get to a meeting in the practice, and patients come "
      "home without a plan. We would ask {{NHS Strathard|inv}} to publish the bed modelling and the travel analysis "
      "before the board meets in {{March|month}}.\nDr [[p:Anand Raghunathan]]"),
    # 007
    R("young person",
      "my big sis was in {{rowan|inv}} for 3 wks last yr n me n mum went every nite after school. if its in "
      "{{larbrig|inv}} we cant. its 2 buses n the last 1 back is like {{7pm|num}}. pls dont do it. sis says the "
      "nurses were sound esp [[p:kirsty]] who did her nails wi her"),
    # 008
    R("relative",
      " ".join(S[:3]) + "\n\nMy son [[p:Callum]] was admitted in {{October|month}} after the police found him on the "
      "{{Forth Road Bridge|landmark}}. I visited every single day from my flat on [[st:Birkhill Road]] because it was "
      "ten minutes on foot. His hospital number is [[hosp:SRD 0417735]] if anyone wants to check his notes and see how "
      "quickly he recovered with us beside him.\n\n" + " ".join(S[5:])),
    # 009
    R("carer",
      "Good morning. I am from {{Poland|place}}, I live in {{Dunmorach|inv}} 9 years. My husband [[p:Tomasz]] was patient in "
      "{{Rowan Ward|inv}} after he try to hurt himself. I visit him every day after my work in {{the Co-op|org}}. If "
      "the ward is in {{Larbrig|inv}} I must take day off and I lose money. Please think about families who work. "
      "{{Dziękuję|lang}}.\n[[p:Agnieszka Wójcik]]"),
    # 010
    R("resident", ""),
    # 011
    R("relative", each(TPL, str.upper), CAMP, "exact"),
    # 012
    R("charity",
      "{{SAMH|org}} supports the principle of safe staffing, but we cannot support this proposal as it stands. The "
      "{{Mental Health (Care and Treatment) (Scotland) Act 2003|law}} asks services to involve carers and to use the "
      "least restrictive option. A ward 40 miles from home makes both harder. The equality impact assessment does not "
      "consider people on low incomes, people without cars or people from the islands. We would welcome a meeting with "
      "the {{Director of Mental Health Services|role}}."),
    # 013
    R("relative",
      "I know the campaign line is that people who are acutely unwell need their families close by, and for most "
      "people I'm sure that's right. But when my brother was on {{Rowan Ward|inv}} he didn't want any of us near him, "
      "and the bigger unit at {{Strathallan|hosp}} has a psychologist on site. I'd rather they got the staffing right. "
      "Just make the bus work."),
    # 014
    R("carer",
      "I come from {{Kharkiv|place}} in {{2022|date}} with my daughter [[p:Sofiia]]. She was in {{Rowan Ward|inv}} after "
      "panic and very bad depression. Nurses were kind, the interpreter [[p:Oleh]] came on the phone. {{Larbrig|inv}} is "
      "very far, we have no car and the bus ticket is expensive for us. Please keep ward near. {{Дякую|lang}}."),
    # 015
    R("carer",
      "I care for my partner and I want to say plainly that I am against moving {{Rowan Ward|inv}} out of town. "
      + " ".join(S[1:5]) + " If the board goes ahead I doubt I will manage more than one visit a week."),
    # 016
    R("community council",
      "{{Glen Morach Community Council|inv}} discussed the proposal at our meeting on {{Tuesday 14 January|date}}. "
      "Members were unanimous that the move should not go ahead without a proper transport plan. The {{A84|road}} is "
      "closed several times each winter and there is no {{Sunday|month}} bus to {{Larbrig|inv}} at all. We request a public "
      "meeting in the {{Victoria Hall|landmark}}.\n[[p:Fiona MacLachlan]], Secretary\n"
      "[[em:fiona.maclachlan@example.org]]"),
    # 017
    R("resident", "Disgraceful."),
    # 018
    R("councillor",
      "As a ward councillor for {{Dunmorach and Lochside|inv}} I have been contacted by dozens of constituents. I echo the "
      "concerns raised by our {{MSP|role}}, [[p:Kenneth Strang]], in the {{Scottish Parliament|org}} last month. The "
      "health board must set out how it will fund travel for visitors on low incomes before it decides anything.\n"
      "Cllr [[p:Morag Ferguson]]"),
    # 019
    R("former patient",
      "I am a Gaelic speaker from {{Tiree|place}}. When I was unwell in {{2019|date}} the only nurse who could speak "
      "Gaelic with me was [[p:Peigi]], and it made all the difference. Moving further east makes the journey from the "
      "ferry at {{Oban|place}} a whole day for my family. {{Tapadh leibh|gaelic}}.\n[[p:Iain Dòmhnallach]]\n"
      "[[hn:Taigh na Mara]]\n[[pc:pa77 6xq]]"),
    # 020
    R("relative",
      "We live out past {{Kinlochard|place}} and my mum has been on the ward three times. " + " ".join(S[1:4]) +
      " Forty miles is not a detail. My dad is 81 and had his licence taken off him after a stroke. I want to see the "
      "bus timetable the board is relying on, because there is not one that gets you there and back in a day."),
    # 021
    R("relative",
      "I want to tell you about my son because I think the people who wrote this consultation have never sat in a "
      "car park at two in the morning waiting to hear if their child is alive. [[p:Ryan Maxwell]], born "
      "[[dob:22/09/1998]], CHI [[hosp:2209984417]]. He has been on {{Rowan Ward|inv}} four times since he was nineteen. "
      "The first time he was detained the police took him to {{Strathallan|hosp}} because {{Rowan|inv}} was full, and it took "
      "me two buses and a taxi I could not afford to get there. By the time I arrived he had been given medication and "
      "did not know me. The next three times he was in {{Dunmorach|inv}}, ten minutes from our house at "
      "[[st:14 Ferryhill Gardens]], and I could bring him his own pillow and his dinner and the dog. The consultant, "
      "Dr [[p:Okonjo]], told me herself that those admissions were shorter. That is your evidence, not mine. I know "
      "there are not enough nurses. I know agency costs are high, and I read that the board spent {{£2.1 million|num}} "
      "on bank and agency staff last year. But you will lose nurses too, because the ones I met on {{Rowan|inv}} live here. "
      "You will lose the {{Dunmorach Carers' Centre|inv}}, which meets in the hospital café on a {{Thursday|month}}. You "
      "will lose the {{Hearing Voices|org}} group. And you will lose families like mine, because I will not be able to "
      "do that journey every day and hold down my job at the council. If anyone wants to talk to me I am on "
      "[[ph:07700 900 471]] any evening. Please do not do this.\n[[p:Jacqueline Maxwell]]"),
    # 022
    R("police officer",
      "{{Police Scotland|org}} officers currently convey many patients to {{Dunmorach Community Hospital|hosp}} under a "
      "{{place of safety|law}} order. A round trip to {{Larbrig|inv}} takes a double-crewed unit off the streets for "
      "up to four hours, often on a {{Friday|month}} night when we have two cars covering the whole glen. This has not "
      "been costed.\nSergeant [[p:Gary Lindsay]], {{Dunmorach Police Office|landmark}}"),
    # 023
    R("healthcare support worker",
      "I am a {{healthcare support worker|role}} on {{Rowan Ward|inv}}. I came from {{Harare|place}} in {{2018|date}} "
      "and I love this job. My shift ends at {{9.30pm|num}} and I have no car. If the ward goes to {{Larbrig|inv}} I will "
      "have to leave, and so will two other HCAs I know. Please count us in your staffing plan. {{Ndatenda|lang}}.\n"
      "[[p:Tendai Moyo]] [[ph:07700 900 318]]"),
    # 024
    R("young person",
      "I'm 19 and I've been an inpatient twice. I run a peer support page on insta, [[sh:@dunmorach_minds]], and I "
      "asked people what they thought. 112 replies, 3 in favour. Most said the same thing: being near your pals and "
      "your own bed matters. Also {{Samaritans|org}} and {{Mind|org}} are great but it's not the same as your mum visiting."),
    # 025
    R("farmer",
      "We farm at [[hn:Drumlassie Mains]] at the top of the glen. When ma brither [[p:Alec]] took no weel in "
      "{{April|month}} he wis sectioned, and we could get doon tae see him atween feeds because {{Dunmorach|inv}} is "
      "twenty minutes. {{Larbrig|inv}} in the middle o {{lambing|word}}? No chance. Keep it local."),
]

for _i in (8, 15, 20):  # edited campaign copies
    ITEMS[_i - 1].camp, ITEMS[_i - 1].role = CAMP, "edited"
