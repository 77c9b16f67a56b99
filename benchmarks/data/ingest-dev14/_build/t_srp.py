"""Changes to specialist resource provision (resourced bases in mainstream schools) (SRP-001..025)."""
from common import R

PREFIX = "SRP"
CONSULTATION = "resource-provision"

ITEMS = [
    # 001 parent of a deaf child in the unit
    R("parent", "Our son [[p:Harvey]] is profoundly deaf and has two {{cochlear implants|med}} (audiology number [[hosp:CRH-0072215]]). He has been in the "
      "[[sch:Cedar Unit]] at [[sch:Fennick High]] since Year 7 and for the first time in his life he has friends who "
      "sign. Closing the unit and giving him 'outreach' from a {{Teacher of the Deaf|role}} twice a term would put him "
      "back in a class where nobody uses {{BSL|lang}} except one support worker. [[p:Harvey]] is in Year 9 now. "
      "Please at least let the current pupils finish their {{GCSEs|send}} where they are."),
    # 002 deaf young person
    R("young person", "My name is [[p:Maisie Thorne]] and I am 17. I am Deaf and I was at the [[sch:Cedar Unit]] "
      "until last year. Hearing people always think a unit means being kept apart. It was the opposite. It was the "
      "only place where I was not the only one. I am at college now and I am doing well because I got good "
      "foundations there. If you want to ask me more, email [[em:maisie.t.signs@example.net]]."),
    # 003 teacher of the deaf
    R("teacher of the deaf", "The consultation describes the {{Cedar Unit|venue}} as 'under-occupied' with 7 pupils "
      "on roll. Low-incidence provision will always look under-occupied on a spreadsheet. The national guidance "
      "from the {{NDCS|org}} and {{BATOD|org}} is clear that deaf children need access to a signing peer group and to "
      "qualified {{Teachers of the Deaf|role}}. An outreach model spread over a rural county will mean more time in "
      "cars and less time teaching."),
    # 004 Arabic father
    R("parent", "{{As-salamu alaykum|lang}}. My daughter [[p:Lina Haddad]] is 8 years and she is in the autism base "
      "at [[sch:Ropewalk Primary]]. Before the base she was not going to school, she was screaming every morning. "
      "Now she go happy, {{Alhamdulillah|lang}}. We came from {{Aleppo|place}} in 2017 and she had very hard start. "
      "I support to make more bases like this one so other children have the same. {{Shukran|lang}}, "
      "[[p:Khaled Haddad]]"),
    # 005
    R("parent", "Agree with expanding the autism bases. About time."),
    # 006 host headteacher
    R("headteacher", "{{Ropewalk Primary|venue}} has hosted the {{Kingfisher Base|venue}} for eleven years. We "
      "support expanding it from 12 to 16 places, but only with a capital contribution: the base is currently in "
      "two {{terrapin|brand}} classrooms with no sensory room and one shared toilet. Growth without building work "
      "would damage the provision we already have. We would also ask that the council confirms the base will keep "
      "its current {{SENCO|role}} and {{specialist teacher|role}} posts under the new service level agreement."),
    # 007
    R("resident", "No"),
    # 008 parent with son at the SLCN base
    R("parent", "My son [[p:Ellis Farrow]] (born [[dob:12th June 2015]], NHS no. [[nhs:999 198 3449]]) has a severe "
      "{{developmental language disorder|med}}. He goes to the language base at [[sch:Saltmere Academy]] three "
      "days a week and his own school the other two. The proposal says the base will become 'outreach only'. [[p:Ellis]] "
      "cannot learn language from a therapist who visits once a half term. He needs the daily practice with "
      "people who understand {{DLD|med}}.\nI'm happy to be contacted: [[em:jo dot farrow at example dot com]]\n[[p:Jo Farrow]]"),
    # 009 SENCO
    R("SENCO", "We support satellite classes linked to special schools, provided the pupils stay on our roll and "
      "join mainstream lessons where they can. Staff in the new bases will need proper training in approaches such "
      "as {{TEACCH|ther}}, {{SCERTS|ther}} and the {{Zones of Regulation|ther}}, not a single twilight session. Restraint training should be {{Team Teach|ther}} or similar, and symbols should be consistent ({{Widgit|brand}} across all bases)."),
    # 010 occupational therapist
    R("occupational therapist", "As a paediatric {{OT|role}}, I see many children in resource bases whose "
      "difficulties are sensory as much as academic. Some of our strategies come from {{Ayres Sensory Integration|ther}} "
      "some from {{Bobath|ther}} training, and some are as simple as a {{Sensory Circuits|ther}} routine before registration. The new SEMH bases must be "
      "designed with quiet spaces and movement breaks from the start, not retrofitted."),
    # 011 CAPS
    R("parent", "DO NOT CLOSE THE {{CEDAR UNIT|venue}}. DEAF CHILDREN ARE NOT A SAVING."),
    # 012 Paris, house name, postcode
    R("parent", "My daughter [[p:Paris]] has been offered a place in one of the new SEMH bases for {{September|date}}. "
      "I have no idea which school it will be in because the consultation doesn't say. We live out at "
      "[[hn:Rosebank]], [[st:pinfold lane]], [[pc:HL6 2PD]], which is 14 miles from the nearest of the three suggested sites. Please "
      "publish the sites and think about the villages. You can message me on insta [[sh:@parisandme_hl]]."),
    # 013 near-miss (shares a phrase with the Beacon template)
    R("autism outreach teacher", "I work in the outreach team, so I am not against outreach. But outreach can help "
      "schools, but it cannot replace a safe base for a child who is overwhelmed all day. The two models should sit "
      "side by side. Please don't close a base and rename the staff as outreach."),
    # 014 governor
    R("governor", "The governors of {{Fennick High School|venue}} were not consulted before the proposal to close the "
      "{{Cedar Unit|venue}} was published. We learned about it from a parent. We ask for the proposal to be paused "
      "until the {{local authority|org}} has met the governing body and the families of current pupils."),
    # 015 Bengali mother
    R("parent", "I am writing for my son [[p:Rayan Ahmed]]. He is in Year 4 and he is autistic. He is in mainstream "
      "class at [[sch:Marlcombe Primary]] and he is not coping, he hides under the table. We asked for the base at {{Ropewalk|venue}} but there was no place. If you make more places, please quickly. My husband [[p:Shahid]] and I "
      "take turns to collect him at lunchtime because he cannot stay all day."),
    # 016 blank
    R("parent", ""),
    # 017 ASD outreach teacher / SEMH
    R("specialist teacher", "The three proposed SEMH bases are welcome, but 'social, emotional and mental health' "
      "covers everything from {{attachment difficulties|med}} to undiagnosed {{ADHD|med}}. The admission criteria in "
      "the annex are vague. Bases fill up quickly and then stop being bases and become small special schools. "
      "Please build in a {{review|send}} at each {{annual review|send}} about whether a pupil is ready to return."),
    # 018 Tourette's
    R("parent", "My son [[p:Archie]] has {{Tourette's|med}} and {{OCD|med}}. He isn't in a base but probably "
      "should be. I'd like to see the criteria include children like him, not only autism and SEMH. "
      "{{Tourettes Action|org}} have some good guidance on this. His cousin has {{Asperger's|med}} and got a base place in {{Chesterfield|place}} without any fuss."),
    # 019 young person text speak
    R("young person", "the base is the only bit of school where i feel ok. if u close it i wont go in tbh. "
      "im in yr 8. dont put my name in anything. my insta is [[sh:@riley_draws_stuff]] if u want to see what i do in there"),
    # 020 kinship carer, flat, NI
    R("kinship carer", "I'm my nephew's special guardian. [[p:Leon]] has lived with me since he was six, in my flat "
      "([[fl:Flat 11, Wharfside House]]), and he has been in the SEMH base at [[sch:Skelby Academy]] since {{Easter|date}}. "
      "It is the first school that has not excluded him. I filled in the form for the {{special guardianship|law}} "
      "support and had to give my NI number [[ni:QQ 47 18 22 C]] three times to three different teams. Please "
      "don't add another team to that list by changing the base."),
    # 021 headteachers' union
    R("trade union", "The {{NAHT|org}} {{Hollinshire|inv}} branch supports the principle of more resourced places "
      "in mainstream schools. Our members ask for: a clear service level agreement; capital funding for suitable "
      "accommodation; funding at occupied and unoccupied place rates set out in advance; and a commitment that "
      "host schools will not be asked to admit above the agreed number."),
    # 022 stepdaughter, EDS
    R("parent", "My stepdaughter [[p:Ruby]] has {{Ehlers-Danlos syndrome|med}} and uses a wheelchair most days (thank "
      "you {{Whizz-Kidz|org}}). Her hospital number is [[hosp:K1099472]]. Physical disability is missing entirely from the resource provision review. [[p:Ruby]] "
      "doesn't need a separate class (that would breach the {{Equality Act 2010|law}} anyway), she needs a school with a lift that works and staff who know how to help "
      "without making a fuss."),
    # 023 councillor
    R("councillor", "I agree with Cllr [[p:Pam Ridley]] that closing the {{Cedar Unit|venue}} is a false economy. "
      "The cost of transporting deaf pupils to placements in {{Doncaster|place}} or {{Derby|place}} will be far higher "
      "than the saving.\n\nCllr [[p:Tom Ashworth]]"),
    # 024
    R("resident", "Don't know enough about it to comment."),
    # 025 dad, Saltmere
    R("parent", "our [[p:ollie]] goes to the harbour base at [[sch:saltmere academy]] and it has been the making of him. "
      "He's 9 and he reads now. Before that he'd been told he was lazy. Keep it. If anything make it bigger."),
]
