"""ep-service: Ravensmoor County Council (fictional, south-west England) proposes to limit its Educational
Psychology Service to statutory work (advice for EHC needs assessments), to sell all other educational
psychologist time to schools as a traded service at 620 pounds a day, and to close its free consultation clinics
and the Ask an EP telephone line."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "EPS", "ep-service"
C = "eps-keep-early-psychology-free"

TPL = ("I am responding to {{Ravensmoor County Council|inv}}'s proposal to limit the {{Educational Psychology "
       "Service|own}} to statutory work. Educational psychologists are most useful before a crisis, when they can "
       "help a school understand a child and change what it does. If schools must pay six hundred and twenty "
       "pounds a day for that help, the schools with the tightest budgets and the most children with additional "
       "needs will simply go without. Families will then have only one route to an educational psychologist: a "
       "request for an {{EHC needs assessment|term}}. That will make waiting lists longer, not shorter. The free "
       "consultation clinics and the {{Ask an EP|own}} line should stay. Please keep early psychology support "
       "free at the point of use for every school in the county.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 West Country mother
    R("parent", "Our [[p:Brody]]'s ten and he've been waiting for an EP since Year 3. School couldn't get one "
      "'cause they'd used up their hours, so in the end we paid {{£900|num}} for a private report. Now you want "
      "every school to pay? {{Proper daft|dialect}}. The little schools round {{Axcombe|inv}} haven't got two "
      "ha'pennies to rub together."),
    # 003 senior educational psychologist
    R("council staff", "I am a {{senior educational psychologist|role}} in the service. Statutory work already "
      "takes {{71%|num}} of our time; this would make it all. Early joint problem-solving with schools reduces "
      "escalation, and the {{Ask an EP|own}} line took {{1,140|num}} calls last year, a third from parents. The "
      "{{Ofsted|org}} and {{CQC|org}} area SEND inspection in {{2023|num}} praised exactly that work, as did the {{Anna Freud Centre|orgp}}."),
    # 004 Urdu-speaking mother
    R("parent", "{{Assalam o alaikum|lang}}. My daughter [[p:Maryam]] is 7, she is not talking in school, only at "
      "home. Dr [[p:Anand]] the psychologist came to consultation clinic with school and give very good ideas, now "
      "[[p:Maryam]] whisper to her friend. Without free clinic we wait one year, her assessment request is "
      "[[acc:RCC/EHC/24/3310]]. Please keep. {{Bohat shukriya|lang}}."),
    # 005 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 006 headteacher of a small first school, as an institution
    R("school", "{{Axcombe C of E First School|venue}} has {{58|num}} pupils and about {{£19,000|num}} for "
      "everything outside salaries. At {{£620|num}} a day I might afford one EP day a year. The clinics are the only "
      "psychology we get, and the consultation does not mention small rural schools once.\n{{Headteacher|role}}"),
    # 007 Syrian father
    R("parent", "My son [[p:Yazan]] is 11, we came from {{Syria|place}} through {{Lebanon|place}} with the "
      "{{resettlement scheme|law}}. He saw bad things. At [[sch:Wellhampton Academy]] he was angry, he fight, they "
      "want to exclude him. The psychologist explain to the school it is trauma, not bad boy, and they make a plan. "
      "Now he is better. Other refugee children need this also. {{Shukran|lang}}."),
    # 008 edited: personal paragraph (daughter with selective mutism)
    R("parent", " ".join(S[:2]) + "\n\nOur daughter [[p:Poppy]] has {{selective mutism|med}}. She barely spoke at "
      "[[sch:Chedbury Community College]] for the whole of Year 7, and it was an EP at a free consultation clinic "
      "who finally gave her tutor a plan that worked. If the school had had to pay, I am not sure they would "
      "have.\n\n" + " ".join(S[2:]) + "\n[[p:Claire Hext]] ([[em:claire.hext@example.org]])", C, "edited"),
    # 009 SENCO for a trust, as an institution
    R("school staff", "I am {{SENCO|role}} for {{Wessex Vale Learning Trust|inv}}, which runs four secondary "
      "academies in the county. We already buy EP time, and we will carry on. But our feeder primaries will not, "
      "and children will arrive in Year 7 with needs nobody has understood. The proposal moves cost from the "
      "council to schools and calls it efficiency."),
    # 010 young person, lower case
    R("young person", "i had an ep in year 5 and she was the first person who said i wasnt thick, i just had "
      "{{adhd|med}} and {{tourettes|med}}. her name was [[p:harriet]] and she told my teachers what to do. im 18 now at [[sch:ravensmoor "
      "college]] doing animal care. if she hadnt come id of been kicked out. dont make schools pay for that"),
    # 011 one word
    R("resident", "Support."),
    # 012 exact, commas and colon removed
    R("parent", plain_only(TPL, lambda s: s.replace(",", "").replace(":", "")), C, "exact"),
    # 013 governor, near-miss
    R("school governor", "Educational psychologists are most useful before a crisis, I agree, but the service has "
      "not been able to offer that for years because statutory work swallows everything. Buying time directly "
      "would at least let schools choose when they need it. The council should give small schools a top-up so "
      "they are not priced out.\n{{Chair of Governors|role}}"),
    # 014 blank
    R("parent", ""),
    # 015 edited: foster carer, reworded opening and closing
    R("foster carer", "As a foster carer in {{Ravensmoor|inv}} for twenty years, I want to respond to the council's "
      "proposal to limit the {{Educational Psychology Service|own}} to statutory work. " + " ".join(S[1:-1])
      + " Children in care need psychology before things break down, not after. Please keep early support free "
      "for every school.", C, "edited"),
    # 016 Igbo mother
    R("parent", "Good afternoon. My son [[p:Chukwuemeka]] ([[p:Emeka]]) is 9, born [[dob:14/02/2016]], he has "
      "{{ADHD|med}}. NHS number [[nhs:999 339 0755]], at {{Musgrove Park Hospital|hosp}} his number is [[hosp:MPH "
      "2207741]]. We wait two years for {{CAMHS|org}}. Only the EP at the clinic help us. If school must pay, they "
      "will not pay for my son. {{Daalụ|lang}}."),
    # 017 Tamil father, resource base
    R("parent", "My son [[p:Kavin]] is autistic and is in the resource base at [[sch:Wellhampton Primary]]. The EP "
      "at the free clinic helped us understand his {{sensory needs|term}} and helped the school ask for his "
      "{{EHCP|term}}, now ref [[acc:RCC-7781-E]]. We live at [[fl:Flat 2, Tanner's Yard]], [[pc:TA9 4LU]], phone "
      "[[ph:01632 960 418]]. {{Nandri|lang}}."),
    # 018 professional association
    R("organisation", "I write for the local branch of the {{Association of Educational Psychologists|org}}. "
      "Trading psychology services has been tried elsewhere. Where it has worked, the council has kept a core free "
      "offer for every school and used traded income for extra work, not instead of it. The proposal here removes "
      "the core offer entirely. Our members are also concerned that a purely statutory role will make recruitment "
      "harder: {{trainee educational psychologists|role}} choose services where they can practise the full range "
      "of psychology. The county already has four vacant posts."),
    # 019 edited: part of the template and own text
    R("parent", " ".join([S[0], S[2], S[3]]) + " Our son [[p:Alfie]] was seen at [[sch:Holloway Cross Primary]] in "
      "Year 2 and the EP's advice kept him in school. We've shared his story at "
      "[[sh:facebook.com/alfies.adhd.journey]]. " + S[-1], C, "edited"),
    # 020 ramble: farming father
    R("parent", "I'm not one for writing letters, that's the wife's job, but she said I had to do this one. Our boy "
      "[[p:Wilf]] is twelve. We farm at [[hn:Higher Lydcott]], up past {{Chedbury|inv}}, and it's been in my family "
      "since my granfer's time. [[p:Wilf]]'s a grand lad on the farm, he can tell you every cow by name and he "
      "handles the quad better than me, but school has been a misery since the day he started.\n\nAt [[sch:Combe Hollow "
      "Primary]] they thought he was lazy. In Year 4 the head got an EP in through the free clinic, a lady called "
      "Mrs [[p:Venn]], and she sat with him in the classroom and then came out to the farm, which nobody else ever "
      "bothered to do. She said he'd got a processing difficulty and probably {{dyslexia|med}}, and that he learns "
      "with his hands. She wrote it all down so simple even I understood it, and the school did what she said.\n\n"
      "Since then it's been better. He's at [[sch:Moorvale School]] now and he's doing all right, he even likes "
      "the science teacher. I'm told that now the school would have to pay over six hundred pound a day for what "
      "Mrs [[p:Venn]] did. His little school had eleven children in his year. They'd never have paid it. [[p:Wilf]] "
      "would have been another one sent home and sat in front of a screen.\n\nWe're not people who make a fuss. But "
      "this is daft. Keep it free for the little schools at least.\n\nIf anybody wants to come and see, ring "
      "[[ph:01632 960 735]] or email the wife, [[em:lydcott.farm [at] example.net]]. You'll know the yard by the old "
      "{{Land Rover|brand}}, [[vr:wk19 fhx]], that hasn't moved since {{Easter|event}}. The postcode's [[pc:TA24  7RN]] but "
      "the satnav will put you in the ford, so don't trust it."),
]
