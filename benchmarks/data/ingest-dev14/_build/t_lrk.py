"""The future of Larkspur House, the county's secondary pupil referral unit (LRK-001..025)."""
from common import R

PREFIX = "LRK"
CONSULTATION = "larkspur-house"

ITEMS = [
    # 001 PRU teacher
    R("PRU teacher", "I have taught at {{Larkspur House|venue}} for nine years. The proposal to cut places from 90 to "
      "60 and open 'inclusion hubs' in mainstream schools assumes that the schools which excluded these young people "
      "will now keep them. Some will. Many won't. Before we lose thirty places, please show the evidence that the hubs "
      "exist, are staffed and are working."),
    # 002 parent, son at Larkspur
    R("parent", "My son [[p:Kieran Doyle]] is in Year 10 at [[sch:Larkspur House]] after being permanently excluded "
      "in Year 8. For the first time he is going in every day and he wants to do his {{GCSEs|send}} in maths and "
      "English. His youth worker, [[p:Lou]], says he is one of the best in his group. Moving him now, halfway through "
      "his courses, would undo all of it. If you must change things, start with the new Year 7s, not [[p:Kieran]]."),
    # 003 young person, nickname, handle
    R("young person", "[[sch:larkspur]] is alright actually. the teachers dont shout and u get breakfast. my real name is "
      "[[p:Tomasz]] but everyone calls me [[p:Spud]]. i got kicked out of 2 schools. if u make me go back to a "
      "mainstream 'hub' i will just walk out again tbh. follow me on tiktok [[sh:@spud.tmz]] lol"),
    # 004 mainstream head
    R("headteacher", "{{Castlebury Academy|venue}} supports the direction of travel. We have run an internal "
      "inclusion unit for two years and reduced suspensions by 40%. However, our unit is funded from our own budget "
      "and the proposal would expect us to take pupils from other schools without the funding that currently goes "
      "to {{Larkspur House|venue}}. The money must follow the pupils."),
    # 005
    R("resident", "Close it. Those kids disrupt everyone else and the staff can't control them."),
    # 006 blank
    R("parent", ""),
    # 007 social worker, initials
    R("social worker", "A young person on my caseload, [[p:K.M.]], was out of education for seven months before a "
      "place came up at [[sch:Larkspur]]. During that time he was groomed into {{county lines|social care or youth justice term}} "
      "activity. A PRU place is a safeguarding measure as much as an education one. Cutting places will lengthen "
      "the waiting list and put more children like [[p:K.M.]] at risk."),
    # 008 grandmother, house name, DOB
    R("grandparent", "My grandson [[p:Callum Reid]] (d.o.b. [[dob:3/11/2009]], NHS [[nhs:9996979113]]) lives with me at [[hn:Ivy Cottage]], "
      "{{Holloway Green|inv}}. He has been at [[sch:Larkspur]] since Christmas and he is a different lad. He says sorry now. "
      "He helps me in the garden. I beg you not to send him back to a school that gave up on him."),
    # 009 Somali father
    R("parent", "{{Nabad gelyo|lang}}. My son [[p:Mohamed Yusuf Ali]] — at school he is [[p:Moe]] — was excluded "
      "from his school in Year 9 after a fight where he was defending his little brother. At [[sch:Larkspur]] the teachers "
      "understand him. I am worried the new plan means he goes back to the same school where the boys who bullied "
      "him still are. Please listen to the fathers also, not only the schools."),
    # 010 youth justice worker
    R("youth justice worker", "From a youth justice perspective, the strongest protective factor for the young people "
      "we supervise is full-time education. Of the 23 school-age young people on our {{Hollinshire|inv}} caseload, "
      "eleven attend {{Larkspur House|venue}}. Any reduction in places should be matched by a guaranteed alternative, "
      "not an 'expectation' on schools."),
    # 011 CAPS mum
    R("parent", "LARKSPUR HOUSE SAVED MY DAUGHTER. [[p:DEMI-LEIGH]] WAS SELF HARMING AND REFUSING SCHOOL AND NOW SHE "
      "HAS A PLACE AT COLLEGE FOR {{SEPTEMBER|date}}. THE STAFF THERE ARE ANGELS. DO NOT TOUCH IT."),
    # 012 PRU TA
    R("teaching assistant", "I'm a TA at the PRU. Last week a pupil, [[p:Aiden]], told me [[sch:Larkspur]] is the first place "
      "where nobody expects him to fail. I have worked in mainstream too. The difference is not magic, it's class "
      "sizes of six and adults who stay. If the hubs have that, great. I doubt they will."),
    # 013 trust
    R("multi-academy trust", "The {{Northfield Learning Trust|org}} has been named as a possible sponsor should "
      "{{Larkspur House|venue}} convert to an {{alternative provision academy|send}}. We would wish to be clear that "
      "no decision has been taken by our board, and that any conversion would require the agreement of the "
      "{{Regional Director|role}} at the {{Department for Education|org}}."),
    # 014 Urdu-speaking mother, phone
    R("parent", "My son [[p:Zain]] is at [[sch:Larkspur]]. Before it he was nearly two years at home with no school. I was "
      "ringing the council every week. Please don't do this again to other families. We live at [[fl:Flat 5, Jubilee House]]. My number is "
      "[[ph:0113 496 0571]] if someone want to talk with me. {{Allah Hafiz|lang}}.\n[[p:Rubina Akhtar]]"),
    # 015 police
    R("police", "As the {{Safer Schools Officer|role}} for {{Castlebury|inv}}, I work closely with Larkspur. Any "
      "change needs a transition plan agreed with police and youth justice, particularly for pupils who would be "
      "moved to schools in areas where they have known conflicts.\n\nPC [[p:Hollis]]"),
    # 016
    R("resident", "n/a"),
    # 017 near-miss (Beacon template phrase)
    R("parent", "The new site on {{Mill Road|route}} is on the far side of {{Castlebury|inv}}. For families on the coast "
      "it means children travelling more than an hour each way, twice a day, in a taxi with strangers, or parents like me driving a car like mine ([[vr:sj63 yhu]]) that won't last the year. Please think "
      "again about the site."),
    # 018 school nurse
    R("school nurse", "Many Larkspur pupils have unmet health needs: undiagnosed {{ADHD|med}}, {{speech, language and "
      "communication needs|send}}, poor sleep, early pregnancy. The unit has a weekly nurse drop-in which would be hard "
      "to replicate across six hubs. Please consult the {{0-19 service|inv}} before deciding."),
    # 019 numbered address, postcode
    R("parent", "Our son [[p:Brandon]] starts at [[sch:Larkspur]] after half term. We were told at the meeting the PRU is "
      "'safe for now'. Then this. The head, Mr [[p:Whitlock]], couldn't tell us either. Please write to us at [[st:27 Tannery Row]], {{Castlebury|inv}} [[pc:HL13BS]] "
      "with what is actually going to happen, because the letter from the school said nothing.\n[[p:Gail]] and "
      "[[p:Darren Fitch]]"),
    # 020 management committee
    R("management committee member", "Speaking as a member of the {{management committee|role}}: the unit's last "
      "{{Ofsted|org}} judgement was Good, attendance has risen to 81% and 9 of last year's 14 leavers went on to "
      "college or an apprenticeship. We do not oppose hubs. We oppose cutting proven places before hubs are shown to work."),
    # 021 former pupil
    R("former pupil", "I went to [[sch:Larkspur]] from 2019 to 2021. I was not an easy kid. I'm 20 now and I pay my tax and my stamp, national insurance [[ni:qq 73 28 40 b]] if you want to check. I'm a second year "
      "apprentice electrician with {{Northern Powergrid|org}}. [[sch:Larkspur]] is the reason. Mr [[p:Adeyemi]] taught me "
      "maths at the kitchen table in the base when I couldn't face a classroom. That is what you'd be cutting.\n"
      "[[p:Connor Blake]]"),
    # 022 councillor
    R("councillor", "I represent {{Castlebury North|inv}}, where {{Larkspur House|venue}} is. Neighbours are sometimes "
      "nervous about the PRU but the unit is a good neighbour and the staff run a litter pick every term. I "
      "support keeping all 90 places until the hubs are proven. Cllr [[p:Shirley Nkemelu]], [[ph:0121 496 0915]]"),
    # 023 Eritrean mother
    R("parent", "My son [[p:Dawit Tesfaye]] go to [[sch:Larkspur]] one year. He came from {{Eritrea|place}} when he was 13 "
      "with no English and the school put him in bottom sets and he was angry. At [[sch:Larkspur]] he learned English and "
      "now he is calm. He speaks {{Tigrinya|lang}}, Arabic and English now! Please keep this place. {{Yekenyeley|lang}}."),
    # 024
    R("parent", "Whatever you decide, decide it with the staff who actually know these young people."),
    # 025 Yorkshire dad
    R("parent", "Ah've two lads, one at [[sch:Larkspur]], one at [[sch:Fennick High]]. Our [[p:Liam]]'s been at [[sch:Larkspur]] "
      "since {{October|date}} and it's the first time school's not rung me every day. Council's got no brass, "
      "we know that. But shuttin' places 'til they've summat better in is daft. Sort it out."),
]
