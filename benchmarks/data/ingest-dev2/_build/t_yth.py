from common import R, TEMPLATES

TEMPLATES["yth-keep-our-centres-open"] = (
    "Please do not close the Millbrook Youth Centre or the three children's centres at Thornley, Eastfield and Carr Vale. "
    "These buildings are not luxuries. They are where young people find a trusted adult, where new parents get help with "
    "feeding, sleep and low mood, and where health visitors, midwives and speech therapists see families who would never "
    "go to a clinic. Moving services into a single family hub in the town centre will mean two bus journeys for many "
    "families who do not drive. The savings in the budget are small compared with the later cost of children's social "
    "care, exclusions and youth crime. Keep the centres open, keep the youth workers, and involve young people and parents "
    "in any redesign. Our kids are worth it.")
T = TEMPLATES["yth-keep-our-centres-open"]

R("YTH-001", "parent", T, k=[("Millbrook Youth Centre", "fict-org"), ("Thornley, Eastfield and Carr Vale", "place")],
  c=("yth-keep-our-centres-open", "template"))

R("YTH-002", "young person", """millbrook is literally the only place i feel safe. when things was bad at home, the youth worker kerry-lou sat with me for 3 hours and rang the right people. if it shuts where do kids like me go, the park? the bus station? pls dont""",
  p=[("person", "kerry-lou")],
  k=[("millbrook", "fict-org")])

R("YTH-003", "parent", """please do not close the millbrook youth centre or the three children's centres at thornley, eastfield and carr vale. these buildings are not luxuries. they are where young people find a trusted adult, where new parents get help with feeding, sleep and low mood, and where health visitors, midwives and speech therapists see families who would never go to a clinic. moving services into a single family hub in the town centre will mean two bus journeys for many families who do not drive. the savings in the budget are small compared with the later cost of children's social care, exclusions and youth crime. keep the centres open, keep the youth workers, and involve young people and parents in any redesign. our kids are worth it.""",
  c=("yth-keep-our-centres-open", "exact"))

R("YTH-004", "parent", """My son Oskar Nowakowski-Reed (DOB: 3rd April 2019) has Down's syndrome and we went to the Stay and Play at Carr Vale every Tuesday from when he was 6 months old. The speech therapist there, Bryony, got him signing Makaton before anyone else did. He now goes to Thornley Nursery School and is thriving. Carr Vale is walkable from our house on Ridgeway Drive. The family hub in town is two buses. Please think again.""",
  p=[("person", "Oskar Nowakowski-Reed"), ("date_of_birth", "3rd April 2019"), ("person", "Bryony"), ("school", "Thornley Nursery School"),
     ("street", "Ridgeway Drive")],
  k=[("Down's syndrome", "cond"), ("Carr Vale", "place"), ("Tuesday", "date"), ("Makaton", "law")])

R("YTH-005", "resident", "Close them. Waste of money. Kids these days have phones.")

R("YTH-006", "foster carer", """I am a foster carer for the council. My foster son, Tyrese, is 14 and has been with us since he was 11. Before he came to us he had 7 placements. The only thing that has stayed the same in his life is Millbrook and his key worker there, Jonno. I cannot stress enough how much it matters to a looked-after child to have one adult who has not moved on. Please, please keep it.""",
  p=[("person", "Tyrese"), ("person", "Jonno")],
  k=[("Millbrook", "fict-org")])

R("YTH-007", "parent", """Please do not close the Millbrook Youth Centre or the three children's centres at Thornley, Eastfield and Carr Vale. These buildings are not luxuries. They are where young people find a trusted adult, where new parents get help with feeding, sleep and low mood, and where health visitors, midwives and speech therapists see families who would never go to a clinic.

When I had my second baby I had post-natal depression so badly I didn't leave the house for 2 months. The health visitor, Mrs Okafor, got me to the Eastfield group, and the ladies there basically saved me. My baby is now 4 and at Eastfield Infants. 

The savings in the budget are small compared with the later cost of children's social care. Keep the centres open. Our kids are worth it.""",
  p=[("person", "Okafor"), ("school", "Eastfield Infants")],
  k=[("Eastfield group", "place")],
  c=("yth-keep-our-centres-open", "edited"))

R("YTH-008", "organisation", """Response from Barnardo's (Yorkshire and the North East). We have delivered the Thornley and Carr Vale children's centres under contract since 2016. Our data show that 62% of families registered at Carr Vale live in the 10% most deprived areas nationally. The Family Hubs and Start for Life programme guidance expects hubs to be accessible, and the proposed single hub at Market Square is not. We would welcome a hub-and-spoke model with Carr Vale as a spoke.""",
  k=[("Barnardo's", "org-person"), ("Yorkshire and the North East", "place"), ("2016", "date"),
     ("Family Hubs and Start for Life programme", "law"), ("Market Square", "pubst")])

R("YTH-009", "young person", "KEEP MILLBROOK OPEN!!!!!!!!!",
  k=[("KEEP MILLBROOK OPEN", "caps")])

R("YTH-010", "parent", """PLEASE DO NOT CLOSE THE MILLBROOK YOUTH CENTRE OR THE THREE CHILDREN'S CENTRES AT THORNLEY, EASTFIELD AND CARR VALE. THESE BUILDINGS ARE NOT LUXURIES. THEY ARE WHERE YOUNG PEOPLE FIND A TRUSTED ADULT, WHERE NEW PARENTS GET HELP WITH FEEDING, SLEEP AND LOW MOOD, AND WHERE HEALTH VISITORS, MIDWIVES AND SPEECH THERAPISTS SEE FAMILIES WHO WOULD NEVER GO TO A CLINIC. MOVING SERVICES INTO A SINGLE FAMILY HUB IN THE TOWN CENTRE WILL MEAN TWO BUS JOURNEYS FOR MANY FAMILIES WHO DO NOT DRIVE. THE SAVINGS IN THE BUDGET ARE SMALL COMPARED WITH THE LATER COST OF CHILDREN'S SOCIAL CARE, EXCLUSIONS AND YOUTH CRIME. KEEP THE CENTRES OPEN, KEEP THE YOUTH WORKERS, AND INVOLVE YOUNG PEOPLE AND PARENTS IN ANY REDESIGN. OUR KIDS ARE WORTH IT.""",
  c=("yth-keep-our-centres-open", "exact"))

R("YTH-011", "parent", """Assalamu alaikum. I am Somali mother of five. My English not so good, my daughter Hodan help me write. The Eastfield centre is where I learn English in the ESOL class and where my small children play. The worker Ms Faadumo Warsame speak Somali, she help me with housing forms and with school for my son Abdirahman who is in Year 2 at Eastfield Infants. If centre close, I have nobody. Mahadsanid.""",
  p=[("person", "Hodan"), ("person", "Faadumo Warsame"), ("person", "Abdirahman"), ("school", "Eastfield Infants")],
  k=[("Assalamu alaikum", "foreign"), ("Somali", "word"), ("ESOL", "law"), ("Year 2", "num"), ("Mahadsanid", "foreign")])

R("YTH-012", "resident", "n/a")

R("YTH-013", "youth worker", """I've worked at Millbrook for 19 years. I am not allowed to respond as staff so I'm responding as a resident. The detached youth work team is already down from 8 to 2. We know where the kids are on a Friday night because we go there: the skate park, the underpass by Asda, the Co-op car park on Chapel Street. Close the building and you lose the relationships.""",
  k=[("Millbrook", "fict-org"), ("Friday", "date"), ("Asda", "shop"), ("Co-op", "org"), ("Chapel Street", "pubst")])

R("YTH-014", "parent", """our kids are worth it!!! my daughter jade loves the friday club. she has aspergers and its the only club where nobody laughs at her. she goes with her best mate sunny from year 8. we live on the eastfield estate, 40 brackenbury road, near the centre""",
  p=[("person", "jade"), ("person", "sunny"), ("street", "40 brackenbury road")],
  k=[("aspergers", "cond"), ("friday", "date"), ("eastfield estate", "place")])

R("YTH-015", "councillor", """As a Kirkhallam councillor for Thornley ward I will oppose the closure of Thornley children's centre in the budget vote on 26 February. I would ask the Cabinet Member for Children and Young People, Cllr Graham Pickersgill, to publish the equality impact assessment before that date. Cllr Nasreen Akhtar-Hussain""",
  p=[("person", "Graham Pickersgill"), ("person", "Nasreen Akhtar-Hussain")],
  k=[("Kirkhallam", "fict-org"), ("Thornley ward", "place"), ("26 February", "date"),
     ("the Cabinet Member for Children and Young People", "title")])

R("YTH-016", "parent", """Please do not close the Millbrook Youth Centre or the three children's centres. As a dad I didn't think these places were for me, but the Saturday dads' group at Thornley got me through my divorce. Moving services into a single family hub in the town centre will mean two bus journeys for many families who do not drive. The savings in the budget are small compared with the later cost of children's social care, exclusions and youth crime. Keep the centres open, keep the youth workers, and involve young people and parents in any redesign. Cheers, a Thornley dad""",
  k=[("Saturday", "date"), ("Thornley", "place")],
  c=("yth-keep-our-centres-open", "edited"))

R("YTH-017", "resident", "")

R("YTH-018", "parent", """We moved to Kirkhallam from Bucharest in 2021. At Carr Vale they helped me register my baby with the GP and got her the vaccines. My baby Ana-Maria Popescu, born 14/08/2022, had low weight and the midwife there weighed her every week. Now I work at Meadowhall. Sorry for my English. Thank you for Carr Vale. You can phone me 07700 900 526.""",
  p=[("person", "Ana-Maria Popescu"), ("date_of_birth", "14/08/2022"), ("phone", "07700 900 526")],
  k=[("Kirkhallam", "fict-org"), ("Bucharest", "place"), ("2021", "date"), ("Carr Vale", "place"), ("GP", "title"), ("Meadowhall", "landmark")])

R("YTH-019", "young person", """Im in year 11. The youth centre does the Duke of Edinburgh and thats how I got my bronze and silver. In Easter we did a trip to Florence for art with the school, which I would never have been able to go on without the Prince's Trust grant the youth worker sorted. Dont close it.""",
  k=[("Duke of Edinburgh", "org-person"), ("Easter", "date"), ("Florence", "place-name"), ("Prince's Trust", "org")])

R("YTH-020", "resident", "Our kids are worth it, agreed, but so are our pensioners. Keep the centres open, keep the youth workers, fine, but then cut the councillors' allowances to pay for it.")

R("YTH-021", "grandparent", """I look after my grandchildren three days a week while their mum works at the Royal Hallamshire. We go to Peppa Pig singing at Thornley on a Monday and the Mr Men storytime at Carr Vale on a Wednesday. Little Rhys loves it. They're not just "services", they're where the grans and grandads meet too. Keep them.""",
  p=[("person", "Rhys")],
  k=[("Royal Hallamshire", "landmark"), ("Peppa Pig", "char"), ("Monday", "date"), ("Mr Men", "char"), ("Wednesday", "date")])

R("YTH-022", "parent", """please do not close the Millbrook Youth Centre or the three children's centres at Thornley Eastfield and Carr Vale.

these buildings are not luxuries.

they are where young people find a trusted adult where new parents get help with feeding sleep and low mood and where health visitors midwives and speech therapists see families who would never go to a clinic.

moving services into a single family hub in the town centre will mean two bus journeys for many families who do not drive.

the savings in the budget are small compared with the later cost of children's social care exclusions and youth crime.

keep the centres open keep the youth workers and involve young people and parents in any redesign.

our kids are worth it""",
  c=("yth-keep-our-centres-open", "exact"))

R("YTH-023", "school", """Response from the headteacher, Eastfield Infant and Nursery School. 34 of our current Reception pupils were known to Eastfield children's centre before they started school, and their school-readiness scores are noticeably higher. I would strongly urge the council to keep the centre. The building is on our site and we would look at sharing costs.""",
  k=[("the headteacher", "title"), ("Eastfield Infant and Nursery School", "school-public"), ("Reception", "word")])

R("YTH-024", "parent", """My daughter is Liberty-Mae Hardcastle in Year 7 at Kirkhallam Academy. Her dad is in prison, and her anger was getting her into trouble. The girls' group at Millbrook on a Thursday, run by Shaz, is the only thing that calmed her down. She's gone from 4 exclusions to none. My number 07700 900 168, ring me if you want to hear it from her.""",
  p=[("person", "Liberty-Mae Hardcastle"), ("school", "Kirkhallam Academy"), ("person", "Shaz"), ("phone", "07700 900 168")],
  k=[("Year 7", "num"), ("Millbrook", "fict-org"), ("Thursday", "date")])

R("YTH-025", "resident", "I agree with the proposals. Family hubs are the modern way. One good hub beats three run-down centres.")

R("YTH-026", "young person", """hi im 13 n i go millbrook on tues n thurs. we do cooking n xbox n football. me n my mate kai n ibby would be on the streets without it. ur always saying stop knife crime well this is how. from a millbrook kid x""",
  p=[("person", "kai"), ("person", "ibby")],
  k=[("millbrook", "fict-org")])

R("YTH-027", "parent", """Bangladeshi mothers' group at Eastfield, we are 22 women. We meet every Wednesday with our babies. The worker Shirin apa translate for us at the health visitor. We want the centre to stay. We sign: Rokeya Begum, Nazma Khatun, Shapla Uddin and others.""",
  p=[("person", "Shirin"), ("person", "Rokeya Begum"), ("person", "Nazma Khatun"), ("person", "Shapla Uddin")],
  k=[("Bangladeshi", "word"), ("Eastfield", "place"), ("Wednesday", "date")])

R("YTH-028", "resident", """Please do not close the Millbrook Youth Centre. These buildings are not luxuries. They are where young people find a trusted adult. I went there myself in the 90s and it kept me out of trouble, and my own lad goes now. The savings in the budget are small compared with the later cost of children's social care, exclusions and youth crime. Keep the centres open, keep the youth workers, and involve young people and parents in any redesign.""",
  c=("yth-keep-our-centres-open", "edited"))

R("YTH-029", "parent", """Why are you closing children's centres when Sure Start was proved to cut hospital admissions? The IFS did a whole study. Read it.""",
  k=[("Sure Start", "law"), ("IFS", "org")])

R("YTH-030", "parent", """I am a single dad with a disabled son (cerebral palsy and epilepsy). He uses the sensory room at Carr Vale. His NHS number is 999 628 1949 and his paediatrician at Sheffield Children's is Dr Ifeoma Nwachukwu-Lane if you need confirmation of need. We live at Flat 7, Beech House, Carr Vale Road, S63 2LB. Please don't take the sensory room away.""",
  p=[("nhs_number", "999 628 1949"), ("person", "Ifeoma Nwachukwu-Lane"), ("flat", "Flat 7, Beech House"), ("street", "Carr Vale Road"),
     ("postcode", "S63 2LB")],
  k=[("cerebral palsy", "med"), ("epilepsy", "med"), ("Sheffield Children's", "landmark")])

R("YTH-031", "resident", "no comment")

R("YTH-032", "parent", """Is the Action for Children contract at Eastfield ending too? Nobody has said. The staff don't know. It's cruel to keep them hanging.""",
  k=[("Action for Children", "org"), ("Eastfield", "place")])

R("YTH-033", "young person", """this is ibby from millbrook, me and kai run the millbrook kids snapchat its on my snap ibby_b2010 and we post all the stuff we do there. also tiktok @ibrahim.b.kirk. we done a petition 300 names. KEEP IT OPEN""",
  p=[("person", "ibby"), ("person", "kai"), ("social_handle", "ibby_b2010"), ("social_handle", "@ibrahim.b.kirk")],
  k=[("millbrook", "fict-org"), ("KEEP IT OPEN", "caps")])

R("YTH-034", "teacher", """I teach at Northfield Park Academy. One pupil, Precious Ndlovu in Year 8, told her form group last week that the Tuesday homework club at Millbrook is the only place she has wifi and a quiet table. She is not unusual. Pupil premium families in Thornley rely on the centre. Please take the teaching staff's view into account. Mr A. Kowalski-Brandt, Head of Year 8""",
  p=[("school", "Northfield Park Academy"), ("person", "Precious Ndlovu"), ("person", "A. Kowalski-Brandt")],
  k=[("Year 8", "num"), ("Tuesday", "date"), ("Millbrook", "fict-org"), ("Pupil premium", "law"), ("Head of Year 8", "title")])
