"""catchment: moving the villages of Ballykeel and Kilmacrew out of the catchment of Drumcarrow High School
into that of Rathgillan College (fictional; County Down, Northern Ireland; Ulster voices)."""
import re
from common import R, sents, each, plain_only

CONSULTATION = "catchment"
PREFIX = "CAT"
CAMP = "cat-keep-our-villages-in"

TEMPLATE = (
    "We are parents and grandparents from {{Ballykeel|inv}} and {{Kilmacrew|inv}}. "
    "For more than forty years our children have gone to {{Drumcarrow High School|venue}}, and our primary schools "
    "are built around that link. "
    "The proposal to move our villages into the catchment of {{Rathgillan College|venue}} would put eleven-year-olds "
    "on a bus for an hour each way on the {{A25|road}}, a road with one of the worst accident records in "
    "{{County Down|place}}. "
    "It would split brothers and sisters between two schools and cut our children off from their friends. "
    "The {{Education Authority|org}} says Drumcarrow is over capacity, yet it has not counted the new houses planned "
    "in the town itself. "
    "We ask the Authority to withdraw the proposal, keep Ballykeel and Kilmacrew in the catchment, and consult again "
    "with real figures. "
    "Our children belong in their own community school."
)
S = sents(TEMPLATE)

ITEMS = [
    # 001 template
    R("parent", TEMPLATE, CAMP, "template"),
    # 002
    R("parent", "Leave the catchment as it is."),
    # 003 Ulster parent
    R("parent",
      "{{Catch yourself on|ulster}}. Thon bus to Rathgillan takes 55 minutes on a good day and there's no good days on the "
      "{{A25|road}} in winter. Our wee girl [[p:Orlaith]] is in P7 at [[sch:Kilmacrew Primary School]] and she's "
      "been going to the summer scheme at Drumcarrow since she was eight. She has her heart set on it, {{so she has|ulster}}."),
    # 004 exact: commas removed, doubled spaces
    R("parent", plain_only(TEMPLATE, lambda t: t.replace(",", "").replace(". ", ".  ")), CAMP, "exact"),
    # 005 blank
    R("parent", " "),
    # 006 principal (school as institution)
    R("headteacher",
      "I write as Principal of a controlled primary school in the area. Roughly 80% of our leavers go on to "
      "{{Drumcarrow High School|venue}}. Our P7 transition programme, the shared science days and the sports "
      "leagues all depend on that link. One pupil, [[p:Rory]], who has autism, has already spent two years "
      "getting used to the idea of the move. I would ask the {{Education Authority|org}} to publish its projections for "
      "the next seven years before any change is made."),
    # 007 Lithuanian mother
    R("parent",
      "We came from {{Lithuania|place}} in 2015 to work at the meat factory. My son [[p:Matas]] is in P6, born "
      "[[dob:21.04.2015]], he is very good in maths. We have no car, my husband [[p:Tomas]] works nights. If [[p:Matas]] "
      "must go to Rathgillan I cannot go to parents evening, there is no bus back at night. Please think about "
      "families who don't drive. [[p:Rūta Kazlauskienė]], [[ph:028 9018 0462]]"),
    # 008
    R("resident", "I have no children at school but I think the villages should stay with {{Drumcarrow|inv}}."),
    # 009 edited: personal paragraph, a sentence dropped
    R("parent",
      " ".join(S[:3]) + "\n\n"
      "My twins, [[p:Cara]] and [[p:Ruairí McAleenan]], are in P5 at [[sch:St Malachy's Primary School]]. "
      "We get free school meals and transport (my NI number is [[ni:QQ 28 74 19 A]]). Our older boy [[p:Oisín]] is already in Year 10 at the high school. Under the new map the twins would go to "
      "Rathgillan and their brother would stay where he is, so we would have two school runs in two directions from "
      "[[hn:Glenmore House]], [[st:Tullyroan Road]]. I drive the twins in the car, [[vr:LXZ 4417]], and there is "
      "no way to be in two towns at 8.45.\n\n" + " ".join(S[4:]),
      CAMP, "edited"),
    # 010 Irish-language parent
    R("parent",
      "{{A chara|irish}},\nMy daughter [[p:Aoife Ní Bhriain]] goes to [[sch:Gaelscoil na Mara]] and would move on to the "
      "Irish-medium unit at Drumcarrow. Rathgillan has no Irish-medium provision at all. Any change to the catchment "
      "must protect Irish-medium pupils' right to continue. {{Go raibh maith agat|irish}}.\n[[p:Eimear Ní Bhriain]]"),
    # 011 CAPS
    R("grandparent",
      "THE EDUCATION AUTHORITY HAS NEVER ONCE ASKED THE COUNTRY PEOPLE WHAT WE WANT. DECIDED IN {{BELFAST|place}} "
      "AS USUAL. LEAVE OUR SCHOOL ALONE."),
    # 012 exact: lower case
    R("parent", each(TEMPLATE, str.lower), CAMP, "exact"),
    # 013 near miss
    R("parent",
      "I'm in favour, to be honest. Drumcarrow is bursting and my son's class has 31 in it. The bus would put "
      "eleven-year-olds on a bus for an hour, yes, but plenty of children in {{Fermanagh|place}} do that every day. "
      "What matters is that the school has room for them."),
    # 014 Rathgillan parent
    R("parent",
      "As a parent at Rathgillan College I welcome the proposal. Our numbers have fallen to 410 and we are at risk "
      "of losing subjects at {{GCSE|law}}. More pupils would keep {{Spanish|natl}} and Technology and Design "
      "on the timetable."),
    # 015 grandfather, older, Ulster-Scots
    R("grandparent",
      "I went to Drumcarrow myself in 1961 when it was the Intermediate. My grandson [[p:Jack Cromie]] is there now "
      "and my granddaughter [[p:Sophie]] is due to start in two years. We farm at [[hn:Tullyglass]] outside "
      "Ballykeel and the family has always looked to Drumcarrow for the school, the church and the mart. "
      "{{Thran|ulster}} I may be, but I'll say it plain: ye'll not get a better school for them."),
    # 016 Chinese takeaway family
    R("parent",
      "We run takeaway in {{Drumcarrow|inv}}, we live above the shop in [[st:Market Street]]. But my daughter "
      "[[p:Wing Yan]] goes to primary school in Ballykeel because my mother minds her. Under new plan she "
      "is in Ballykeel catchment, so she must go Rathgillan, far from us. This is not fair for the families who live "
      "in the town and use village school. Please check this."),
    # 017 councillor
    R("councillor",
      "The Council's {{Chair of the Education Committee|role}} has written separately. Speaking for myself, as a "
      "councillor for the {{Drumcarrow|inv}} area, I have met parents from both villages. The Authority's figures for new "
      "houses are out of date by three years. Cllr [[p:Gerard Magennis]]"),
    # 018 teenager lower case
    R("pupil",
      "im in yr 9 at the high school and my wee brother [[p:dáithí]] is in p6. if he has to go rathgillan he wont know "
      "anyone. everyone from our street goes drumcarrow. my snap is [[sh:conor.mc_07]] if u want to ask me"),
    # 019 Filipino nurse
    R("parent",
      "Good day. I am nurse at {{Daisy Hill Hospital|hosp}} in {{Newry|place}}, working 12 hours shifts. My son "
      "[[p:Joshua Dela Cruz]], born [[dob:8 January 2014]], is in Year 7 at the high school already, thanks God. My "
      "younger son [[p:Jerome]] is in P5. I want both boys in same school. Please keep the old catchment. "
      "{{Maraming salamat|lang}}."),
    # 020 edited: half + own text
    R("parent",
      " ".join([S[0], S[2], S[3], S[5]]) + " For us the issue is the {{Translink|org}} bus. It leaves Kilmacrew at 7.20, "
      "there is no shelter, and the return bus does not wait for after-school clubs.",
      CAMP, "edited"),
    # 021 sports club
    R("organisation",
      "{{Ballykeel GAC|team}} and {{Kilmacrew Rovers|team}} both draw their under-14 and under-16 teams from Drumcarrow "
      "pupils. Splitting the villages between two post-primary schools would make it harder to field teams. We "
      "support the existing catchment."),
    # 022
    R("resident", "n/a"),
    # 023 address block
    R("parent",
      "Please note my objection to the proposal. My son is in P7 and would be affected.\n\n"
      "[[p:Noel McVeigh]]\n[[st:9 Lisnaree Road]]\nBallykeel\n[[pc:BT34 7XL]]\n"
      "[[em:noel.mcveigh@example.org]]"),
    # 024 mother with medical need
    R("parent",
      "My daughter has type 1 {{diabetes|med}} and her consultant is at the {{Royal Belfast Hospital for Sick Children|hosp}}, "
      "hospital number [[hosp:RBHSC 772410]]. The school nurse at Drumcarrow already knows her. A new school an hour "
      "away from home, with no one trained, is a risk. Her name is [[p:Grace Agnew]] and she is in P7."),
    # 025 church / saint keep
    R("faith group",
      "The parish of {{St Colman's Church|saint}}, Kilmacrew, would like to record its support for families who wish "
      "to keep the link with Drumcarrow. The Confirmation class is run jointly with the school."),
    # 026 short sloppy
    R("parent", "whats the point asking us u have it decided already"),
    # 027 dad, Ulster, sign-off after last sentence
    R("parent",
      "{{Houl on a minute|ulster}}. You want to send 11 year olds past the quarry road in the dark in December? My eldest "
      "did the Rathgillan bus for a year before we moved and he was sick on it every week. No.\n"
      "[[p:Davy Kernaghan]] [[ph:07700900325]]"),
]
