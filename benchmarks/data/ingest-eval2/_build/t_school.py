"""school-merger: closing Ottercleugh C of E Primary School and merging it with Bellhaugh Primary
(fictional Cheviot and Tyne Council, upper Redesdale, Northumberland)."""
import re
from common import Topic, transform

T = Topic("school-merger", "SCH")
CAMP = "sch-save-ottercleugh-school"

S = [
    "I object to the proposal to close {{Ottercleugh Church of England Primary School|sch}} and merge it with {{Bellhaugh Primary|sch}}.",
    "Our school is small because our valley is small, not because it is failing.",
    "{{Ofsted|org}} rated it Good in {{2023|date}}.",
    "Closing it would put four- and five-year-olds on a {{50-minute|num}} round trip on the {{B6320|road}} every day, on a road that is often blocked by snow between {{December|date}} and {{March|date}}.",
    "Young families will not move into the valley if there is no school, and the farms, the church and the village hall will go the same way.",
    "The {{Department for Education|org}}'s own guidance says there is a presumption against the closure of rural schools.",
    "Please keep {{Ottercleugh|ip}} school open and let the two schools federate instead.",
]
TPL = " ".join(S)
TEMPLATES = {CAMP: TPL}


def J(*parts):
    return " ".join(parts)


add = T.add

# 001
add("parent", TPL, CAMP, "template")
# 002
add("resident", "Keep it open. The bairns need a school in their own valley, not a bus seat. We're not {{Geordies|langname}} up here, we're {{Redesdale|rp}}.")
# 003
add("grandparent", transform(TPL, str.lower), CAMP, "exact")
# 004
add("headteacher", """I write as {{headteacher|role}} of {{Bellhaugh Primary|sch}}. Our staff and governors are ready to welcome the children from {{Ottercleugh|ip}} if the merger goes ahead, and we have room in two classes. But I would ask {{Cheviot and Tyne Council|ip}} to be honest about the journey. In winter the {{B6320|road}} is not a road you want a four-year-old on twice a day, and a federation with one {{executive headteacher|role}} across two sites would keep most of the savings without the bus. Our {{Chair of Governors|role}} has asked to meet the {{Cabinet Member for Children's Services|role}} before {{31 March|date}}.

[[person:Gillian Tait]]
{{Headteacher|role}}""")
# 005
add("parent", """Our daughter [[person:Lily-Rose Armstrong]] is in Year 3. She has {{Perthes disease|medp}} in her left hip and is under the {{Great North Children's Hospital|hosp}} (hospital no. [[hospital_number:GNC 0418832]]). Some weeks she can barely walk. At a school of 24 the staff carry her bag, let her rest in the library corner and ring me if she is sore. In a class of 30 she would be just another child who is "off again". Please think about children like [[person:Lily-Rose]] before you close the only school she can get to.

[[person:Kirsty Armstrong]] [[phone:0191 498 0615]]""")
# 006
add("farmer", """we farm at [[house_name:low cleughside]], top of the valley. if the school goes there will be no young family taking on a tenancy up here ever again. nobody will drive a bairn 20 mile a day on that road in {{january|date}}. the council should come and look at it in the snow. [[person:eck laidlaw]]""")
# 007
add("resident", "")
# 008 edited: personal paragraph added, one sentence dropped
add("parent", J(
    "Our twins [[person:Rory]] and [[person:Ada]] start in Reception this {{September|date}}, and we moved back to the valley from {{Gateshead|rp}} two years ago so that they could go to the village school I went to.",
    S[0], S[1], S[3], S[4], S[5], S[6],
    "\n\n[[person:Carys Reed]], [[house_name:Shiel Dykes]], [[postcode:NE19 1XR]]"), CAMP, "edited")
# 009
add("resident", "No.")
# 010
add("parent", """Howay man, 25 minutes each way on a bus for a five year old?? Wor [[person:Jaxon]] gets car sick {{gannin|lang}} to {{Otterburn|rp}} on the {{A696|road}} never mind {{Bellhaugh|ip}}. The school is {{canny|lang}}, the teachers are {{canny|lang}}, leave it alone. {{Howay|lang}}!
[[person:Shell]] (Jaxon's mam)""")
# 011
add("resident", transform(TPL, str.upper), CAMP, "exact")
# 012
add("parent", """I know this won't be popular but I support the merger. People keep saying our school is small because our valley is small. Fine, but small is not always good for the child. My son [[person:Fraser]] is one of only two boys in his year group and he is lonely. He has never had a proper football team, a school play with more than nine children in it, or a teacher who only teaches his age group. Children from the valley go on to {{Queen Elizabeth High School|sch}} in {{Hexham|rp}} anyway and the jump from a class of 11 to a year group of 200 is brutal. A bigger primary would prepare them. I would like the council to guarantee a seat belt, an escort and a journey under 40 minutes.

[[person:kirsty robson]], mam of three""")
# 013 near-miss
add("parish council", """{{Upper Redesdale Parish Council|ip}} met on {{Tuesday 11 February|date}} and resolved unanimously to oppose the closure. We remind the council of the presumption against the closure of rural schools in the statutory guidance, and that the council's own assessment gives no figure for the cost of transport over ten years. We also ask what will happen to the school building, which the parish would wish to take on as a community asset. The Parish Clerk, Mrs [[person:Elspeth Hogg]], will forward the minutes.

[[person:Tot Charlton]], Chairman""")
# 014
add("teaching assistant", """I have been a TA at the school for 19 years. We know every child and every family. The cook, [[person:Dot]], makes dinners from scratch and knows which bairn will only eat the mash. That does not happen in a big school with food brought in on a van from {{Morpeth|rp}}.""")
# 015 edited: reworded first-person opening and closing
add("parent", J(
    "As a mum of three and a former pupil myself, I am asking you not to close our school.",
    S[1], S[2], S[3], S[4], S[5],
    "I went to {{Ottercleugh|ip}} in the 1990s and I want my youngest to finish there. Please let it federate and keep the doors open."), CAMP, "edited")
# 016
add("parent (service family)", """My husband is posted to {{Otterburn Camp|lm}} and we are likely to be here until 2027. Our son [[person:Josaia]] is in Reception at the moment and has settled well for the first time in three moves. Army children move school a lot. A small school where the teacher notices when he is sad has been the best thing for him. We would ask you to count service children in the numbers, as the {{Armed Forces Covenant|law}} says. {{Vinaka vakalevu|lang}}.

[[person:Litia Waqa]]
[[email:litia.waqa@example.net]]""")
# 017 long ramble
add("retired teacher", """I taught at {{Ottercleugh|ip}} from 1979 until I retired in 2011, so I will declare an interest. The school was built in {{1874|date}} by the estate and the church together, and it has been closed once before, for a fortnight in {{1947|date}} when the snow came up to the classroom windows and the army dug the road out. Every generation since has had a reason to close it. Each time the valley argued and each time the council found that the numbers went back up again, because the numbers here go up and down with the farms and the camp and whether there are three families with young children or six.

What worries me now is that the paper puts the transport cost at {{£61,000|num}} a year and the saving at {{£94,000|num}}, but it counts the building as a saving without saying who will buy it, and it counts no cost at all for the parents who will have to give up work because the bus leaves at {{7.40|num}} and there is no after-school club for a child who gets off at a farm road end at {{4.30|num}}.

I also remember the last time a village school in the valley shut, at {{Rochester|rpn}} in the 1990s (the {{Northumberland|rp}} one, not {{Kent|rp}}). The house prices went down, the shop went, and ten years later the parish had half the children it had before. If the council really wants to save money, federate with {{Bellhaugh|ip}}, share a head and a business manager, and let the children stay in their own classrooms. I would be glad to talk to anyone about the history.""")
# 018
add("resident", "Merge them. Sensible use of money.")
# 019 exact: commas removed, doubled spaces
add("parent", transform(TPL, lambda s: s.replace(",", "").replace(". ", ".  ")), CAMP, "exact")
# 020
add("grandparent", """Ma grandson [[person:Hamish Elliot]] was in P4 at {{Newcastleton|rp}} and came south when his mam got work at the forestry. He is in Year 5 noo. He had a gey hard time at his last school and this wee one has been the making o him. It's no richt to shift him again at ten. I'm 76, I bide in [[street:Rede View]] and I cannae drive him to {{Bellhaugh|ip}}.

[[person:Jessie Elliot]]""")
# 021
add("taxi driver", """I hold the contract for the school run from the top end. If the school shuts the council will need three minibuses not one car, and the {{B6320|road}} past {{Catcleugh|rp}} is single track. My vehicle [[vehicle_registration:NK70 WDL]] has done it every school day for six years and I've been stuck twice.""")
# 022
add("clergy", """St Cuthbert's and the school have stood side by side since {{1874|date}}. The children walk to {{St Cuthbert's|wor}} for harvest, Christmas and Easter and the churchyard is their nature trail. I support the governors' call for a federation. {{The Diocese of Newcastle|org}} has said it would consider a shared headship. Closing the school would leave the church the last public building in the valley, and I am not sure how long that would last either.

Rev [[person:Philippa Lowes]], {{Vicar|role}} of the {{Upper Rede|ip}} benefice""")
# 023
add("parent", "pls dont shut it my kids love it there x")
# 024
add("parent", """Our son [[person:Archie Tweddle]] ([[date_of_birth:04/01/2018]], NHS number [[nhs_number:999 526 0182]]) has type 1 diabetes. In a small school two members of staff are trained on his pump and they text me his levels. He cannot do a long bus ride without a snack plan and someone who knows what a hypo looks like. If you close the school, who checks his sugar on the bus? Please ring me on [[phone:07700 900 118]].

[[person:Leanne]] and [[person:Stu Tweddle]]""")
# 025
add("school governor", """I am a foundation governor and I want to correct two things in the paper. First, the repair backlog of {{£2.1 million|num}} includes {{£1.3 million|num}} for a new hall that the governors never asked for. Second, the pupil forecast ignores the eleven new affordable homes at {{Rede Bridge|ip}} due in {{2026|date}}. With the right figures a federation under one {{executive head|role}} is cheaper than closure for the first five years. We have sent our own figures to the {{Director of Education|role}}.

[[person:GEORDIE RIDLEY]], foundation governor""")
# 026 edited: half the template plus own text
add("parent", J(
    S[0], S[1],
    "I did the trip on the bus with my eldest last winter when the car was off the road and it took over an hour each way, with him being sick in a bag. That is not a school run, it is a punishment.",
    S[4], S[6]), CAMP, "edited")
# 027
add("childminder", """I am the only registered childminder in the valley and I work from home at [[house_name:The Old Schoolhouse]] (yes, really) at [[postcode:ne19 1tp]]. I take five children before and after school and walk them across to the gate. If the school moves to {{Bellhaugh|ip}} my business ends, and the parents who work at the camp and at the forestry lose their wraparound care.""")
# 028
add("resident", "See previous email.")
# 029
add("former pupil", """im 15 and i went there. best school ever, way better than [[school:QEHS]] where im at now. my little sister [[person:poppy]] is in year 2 now. we did forest school every friday and went to {{Hadrian's Wall|lm}} on the trip. if u want to see what we did its on my insta [[social_handle:skye.dodd_x]]""")
# 030
add("councillor", """As ward member for {{Upper Redesdale|ip}} I have asked for the decision to be called in. The {{Cabinet Member for Children's Services|role}} has not visited the school, and the consultation events were held in {{Hexham|rp}} and {{Morpeth|rp}}, an hour away. {{Bellingham|rpn}} parents were consulted only on the bus timetable. The {{Director of Education|role}} has since agreed to a meeting in the village hall.

Cllr [[person:Margaret Heron]]""")
# 031
add("resident", "SHAMEFUL. THEY CLOSED THE PUB, THEN THE POST OFFICE, NOW THE SCHOOL. {{KIELDER|rp}} NEXT?\n[[person:BOB DIXON]], [[house_name:HIGH SHAW]]")
# 032
add("parent", """I'm writing from the other side. My son [[person:Tobias]] is in Year 4 at [[school:Bellhaugh Primary]] and his class already has 31 children in it. Nobody has told us where another eight children will sit, whether there will be a third teacher, or whether the mobile classroom that was condemned in {{2019|date}} will be brought back into use. I'm not against the valley children coming, I'm against doing it on the cheap.""")
# 033
add("parent", """if anyone from the council wants to talk to a parent rather than at us, email me [[email:jen.milburn at example dot com]]. three of us have asked for a meeting and heard nothing. -- [[person:jen milburn]]""")
# 034
add("farmer's wife", """We are up the {{Cleugh|ip}} road at [[house_name:Gowkhill]], five miles above the school. In {{February 2018|date}}, the {{Beast from the East|event}}, we were cut off for nine days and the school was the only place in the valley with heat, a generator and a phone. The farmers dug the road to it, not to {{Bellhaugh|ip}}. My two, [[person:Ellis]] and [[person:Maisie Dodd]], are in Years 1 and 4. If they have to go down the valley they will be on a bus at quarter past seven, in the dark, for half the year. A federation keeps the head costs down and keeps the building. Our postcode is [[postcode:NE48 1RW]] if you want to check how far it is, and my number is [[phone:0191 4980372]].""")
# 035
add("resident", "Agree with closure, too few pupils.")
# 036
add("grandparent", """Three generations of my family went to that school. I was a dinner lady there when the free milk was stopped in {{1971|date}}. Keep it open for my great-grandbairns.

[[person:Nancy Dodd]], [[date_of_birth:3.7.1944]]""")

# 037
add("parent", "Federation yes, closure no.")
# 038
add("resident", "Why is the consultation meeting in {{Hexham|rp}} and not in our own village hall?")
# 039
add("resident", "Tired of the valley being treated as an afterthought.")
