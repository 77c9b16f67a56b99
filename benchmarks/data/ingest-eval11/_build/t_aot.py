"""autism-outreach: Marrowfield Metropolitan Borough Council (fictional, West Yorkshire) proposes to close
its Specialist Teaching Service for Autism (nine advisory teachers) and replace it from April 2026 with an
Autism Outreach Team of twelve Autism Practitioners on lower grades, reached through an online Request for
Support portal, saving about 290,000 pounds a year."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "AOT", "autism-outreach"
C = "aot-keep-specialist-teachers"

TPL = ("We are writing to ask {{Marrowfield Council|inv}} to keep the {{Specialist Teaching Service for "
       "Autism|own}}. Its advisory teachers are qualified, experienced teachers who come into classrooms, watch how "
       "a child learns and show staff what to change. A new team of practitioners on lower grades, working from a "
       "referral portal, cannot replace that knowledge. Autistic children in mainstream schools are already being "
       "excluded, put on part-time timetables or kept at home because schools do not know how to help them. "
       "Cutting specialist teaching now will push more families towards {{EHC needs assessments|term}} and "
       "tribunals, which cost far more than the service saves. Please keep the specialist teachers, and involve "
       "autistic young people and their families in any redesign.")
S = sents(TPL)

ITEMS = [
    # 001 specialist advisory teacher
    R("council staff", "I have been one of the nine advisory teachers in the {{Specialist Teaching Service for "
      "Autism|own}} for fourteen years, trained at the {{Lorna Wing Centre|orgp}}. A visit is an observation, a talk "
      "with the {{SENCO|role}}, and a plan the school can use next morning. The new {{Autism Practitioner|role}} "
      "posts need no teaching qualification.\n{{Specialist Teacher (Autism)|role}}"),
    # 002 template
    R("parent", TPL, C, "template"),
    # 003 Yorkshire father
    R("parent", "Our [[p:Archie]] is in Year 4 at [[sch:Thornroyd Juniors]]. They had him sat in t'corridor every "
      "afternoon till the specialist teacher came. She watched him one morning, said he were frightened of the "
      "hand dryers, and inside a fortnight he were back in class. {{Nobbut|dialect}} a morning's work. {{Give "
      "over|dialect}}."),
    # 004 Somali mother
    R("parent", "{{Asalaamu calaykum|lang}}. My son [[p:Abdirahman]], born [[dob:12/01/2018]], has autism and cannot "
      "talk much. At [[sch:Clough End Primary]] they send him home many times. Then the autism teacher Ms "
      "[[p:Fairclough]] come, she show picture timetable and quiet corner, now he stay full day. He see doctor at "
      "{{Calderdale Royal Hospital|hosp}}, number [[hosp:CRH 6618204]]. Phone [[ph:07700900287]]. "
      "{{Mahadsanid|lang}}."),
    # 005 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 006 one word
    R("resident", "Object."),
    # 007 autistic young person, lower case
    R("young person", "im 16 and autistic (diagnosed at 14, way too late). mr [[p:okafor]] from the autism service "
      "was the only adult who got it, he told teachers to stop making me do eye contact and let me wear my "
      "{{Loop|brand}} earplugs. now im at [[sch:marrowfield sixth form college]]. autistic people should help design "
      "this not just fill in a form. [[sh:@autistic.and.loud]] on {{tiktok|brand}}"),
    # 008 edited: personal paragraph (son out of school)
    R("parent", " ".join(S[:3]) + "\n\nOur son [[p:Reggie]] is nine. He has been out of school since "
      "{{October|date}} because [[sch:St Wilfrid's Catholic Primary]] said they could not keep him safe. The "
      "specialist teacher visited once and wrote a plan, but then her caseload doubled and she never came back. I "
      "post about our days on [[sh:@reggies.mum.writes]] because nobody official seems to listen.\n\n"
      + " ".join(S[3:]) + "\n[[p:Hayley Brook]]", C, "edited"),
    # 009 SENCO, school as an institution
    R("school staff", "As {{SENCO|role}} at {{Hebble Lane Primary|venue}} I have fourteen pupils with an {{ASD|med}} diagnosis, on {{SEN "
      "Support|term}} or with an {{EHCP|term}}. The advisory teacher's visits are the only autism training my staff "
      "get; our {{CPD|term}} budget is {{£1,200|num}} a year. The {{Request for Support|own}} portal makes me score "
      "each child on a checklist first. Please don't put another form between a child and help."),
    # 010 occupational therapist
    R("therapist", "I work as an {{occupational therapist|role}} in the {{Marrowfield Children's Therapy "
      "Service|org}}. The specialist teachers are some of the few people who carry our {{sensory processing|term}} "
      "advice into the classroom and make it stick. Without them our reports sit in a drawer. I would support a "
      "joint team with health, but not one that removes teaching expertise to save money."),
    # 011 exact, commas removed
    R("parent", plain_only(TPL, lambda s: s.replace(",", "")), C, "exact"),
    # 012 Romanian mother
    R("parent", "Hello, I am [[p:Ioana Munteanu]], my daughter [[p:Ilinca]] is 6, autism and no speaking yet. We "
      "come from {{Iași|place}}. At school she use {{PECS|term}} because the specialist teacher teach the "
      "{{TA|role}}. I read the plan with {{Google Translate|brand}}: a portal is very difficult for parents with not "
      "good English. Please send letter on paper to [[st:Providence Street]], [[pc:hd7  4qw]]. {{Mulțumesc|lang}}."),
    # 013 headteacher, near-miss
    R("school", "I lead a secondary and I am less worried than some. Autistic children in mainstream schools are "
      "already being excluded, yes, but the old service reached us twice in three years. A bigger team with a clear "
      "referral route may reach more pupils, if practitioners are trained to the {{Autism Education Trust|org}} "
      "standard.\n{{Headteacher|role}}, {{Brackenholme Academy|venue}}"),
    # 014 edited: SENCO, reworded opening and closing
    R("school staff", "I'm SENCO at a large secondary and I want to ask {{Marrowfield Council|inv}} to keep the "
      "{{Specialist Teaching Service for Autism|own}}. " + " ".join(S[1:-1]) + " Speaking as the person who fills in "
      "the forms, I would rather have one good advisory teacher than three practitioners and a portal.", C, "edited"),
    # 015 ALL CAPITALS grandfather
    R("grandparent", "MY GRANDSON [[p:CONNOR]] HAS BEEN OFF SCHOOL SINCE {{EASTER|event}} BECAUSE NOBODY AT THAT "
      "SCHOOL KNOWS WHAT TO DO WITH AUTISTIC KIDS. THE ONE PERSON WHO DID WAS THE AUTISM TEACHER AND NOW YOU WANT "
      "RID OF HER. {{£290,000|num}} SAVED AND HOW MUCH FOR THE TRIBUNAL??? SHAME ON {{MARROWFIELD COUNCIL|inv}}.\n"
      "[[p:KEN HOLROYD]]"),
    # 016 blank
    R("parent", ""),
    # 017 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 018 parent after a tribunal; pupil referral unit
    R("parent", "We won at tribunal in {{January|date}} on the strength of the specialist teacher's report about "
      "[[p:Harvey]] (d.o.b. [[dob:07/09/2015]], NHS no. [[nhs:9998145384]]). Before that he spent eight months at "
      "[[sch:Calder Bank]], the pupil referral unit, two hours a day. His {{EHCP|term}}, ref "
      "[[acc:MMBC/EHC/08813]], now names a specialist place. {{IPSEA|org}} will tell you: cut the service and you "
      "pay in appeals."),
    # 019 edited: part of the template and own text
    R("parent", " ".join([S[0], S[3], S[4]]) + " Our son [[p:Kwabena]] ([[p:Kobby]] at home) is in the "
      "[[sch:Kestrel Base]] at [[sch:Brackenholme Academy]], and it works because the base staff were trained by "
      "the specialist teachers. " + S[-1] + "\n[[p:Kwame Asante]]\n[[em:kobbys.dad@example.net]]", C, "edited"),
    # 020 parent carer forum, numbered
    R("organisation", "Response of the {{Marrowfield Parent Carer Forum|org}}\n1. The Forum is the recognised parent "
      "carer forum for the borough, funded by the {{Department for Education|org}}, with {{640|num}} members. We "
      "gathered the views of {{212|num}} families between {{12 May|date}} and {{6 June|date}}.\n2. {{81%|num}} said "
      "the {{Specialist Teaching Service for Autism|own}} had made a positive difference to their child's "
      "schooling. Many named an advisory teacher as the first professional who listened.\n3. Families do not oppose "
      "change. They oppose losing qualified teachers. The proposal does not say how many practitioners will hold a "
      "recognised autism qualification.\n4. The {{Request for Support|own}} portal is online only and in English "
      "only. This is not accessible to many of our members, and the {{Equality Act 2010|law}} requires reasonable "
      "adjustments.\n5. We ask the council to co-produce any new model with the Forum, as the {{SEND Code of "
      "Practice|law}} expects, and to publish waiting-time targets.\n6. The {{National Autistic Society|org}} and "
      "{{Ambitious about Autism|org}} have both warned against replacing specialist teachers with unqualified "
      "staff.\n[[p:Rukhsana Mahmood]], {{Chair|role}}"),
]
