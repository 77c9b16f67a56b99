"""A new short-breaks and respite offer for disabled children (fictional Wyrebridge Borough Council, Lancashire)."""
from common import R

PREFIX = "SBR"
CONSULTATION = "short-breaks"

ITEMS = [
    # 001 mother, long ramble
    R("parent", "I've tried to write this three times. My son [[p:Tyler-James Ashworth]] is fourteen, he has "
      "{{Angelman syndrome|med}} and {{epilepsy|med}}, he doesn't sleep more than four hours a night and he is six "
      "foot tall. He has had one night a fortnight at {{Willowbank House|cons}} since he was eight. That one night is "
      "the only night I sleep through. I am not exaggerating when I say it is why I am still here. Your new offer "
      "says families will get a {{Short Breaks Card|cons}} and can use {{direct payments|law}} to 'buy the support "
      "that suits them'. Buy it from who? I have advertised for a PA for two years. Nobody wants to do nights with a "
      "lad who has seizures and lashes out when he's frightened. The shared care carers you mention don't exist yet, "
      "you say so yourselves on page 9. Holiday clubs at {{Ferry Lane Youth Centre|cons}} are lovely for some kids "
      "but [[p:TJ]] can't do a room with thirty children and a disco. The staff at Willowbank know him. They know "
      "that he needs {{Bluey|char}} on at bedtime and that he will bite if you touch his left ear. My husband left "
      "when [[p:TJ]] was three. My mum is 79. My other son [[p:Kieran]] has his GCSEs this year and he deserves a mum "
      "who isn't a zombie. If you close Willowbank I honestly do not know what happens to us. Please, somebody, come "
      "and spend one night at ours before you decide.\n[[p:Leanne Ashworth]], [[st:Cotton Street]], "
      "{{Wyrebridge|inv}}"),
    # 002
    R("parent", "Keep {{Willowbank|cons}} open."),
    # 003 foster carer
    R("foster carer", "We are specialist foster carers for a boy with {{Prader-Willi syndrome|med}}. Overnight respite "
      "at {{Willowbank House|cons}} lets us spend time with our birth children, and take our one holiday a year on {{Skye|placename}}. Locked food cupboards, constant "
      "supervision: this is not something a holiday club can do. Please carve out an exception for children in care."),
    # 004 Chinese family via daughter
    R("parent", "My brother [[p:Lin Jiaxuan]] (we call him [[p:Jack]]) is 12 and has {{Dravet syndrome|med}}, and my "
      "sister [[p:Lin Meimei]] has {{Rett syndrome|med}}. I write for my parents because their English is not good. "
      "Two disabled children and my parents run a takeaway. Saturday club is the only break they get. Don't cut it."),
    # 005 young person with a disability
    R("young person", "I'm 17 and I use a wheelchair. I go to the youth club on Thursdays and it's the only place my "
      "friends are all disabled too so nobody stares. The new offer has youth club 'subject to funding'. That means "
      "it's going. Ask us not just our parents. [[p:Kezia]]"),
    # 006 blank
    R("parent", ""),
    # 007 social worker role, no name
    R("social worker", "I am a {{social worker|role}} in the {{Children with Disabilities Team|cons}}. My caseload "
      "includes nine families who use Willowbank. Without overnight breaks, at least two of those children are "
      "likely to need to come into care, at many times the cost. The equality impact assessment should say so."),
    # 008 grandparents, caravan
    R("grandparent", "We are [[p:Kayden]]'s nan and grandad and we have him every other weekend. We live in a static "
      "caravan, [[fl:plot 31, Riverside Holiday Park]], [[pc:WY7 2RB]], and it is not adapted. A short break for him "
      "at a proper place with a hoist is better for everyone. He loves {{Paw Patrol|char}} and the swings at {{Fleetwood|place}}. "
      "[[p:Brenda]] and [[p:Ken Haworth]]"),
    # 009 text speak
    R("parent", "tbh the short breaks card is a gd idea for kids like mine who can go swimming etc. but dont take "
      "overnights away from the kids who really need them. both can exist"),
    # 010 charity
    R("organisation", "{{Contact|org}} and {{Family Fund|org}} both report that the number of families of disabled "
      "children reaching crisis point has risen since 2020. The {{Breaks for Carers of Disabled Children Regulations "
      "2011|law}} require the council to provide a range of breaks, including overnight breaks. Replacing "
      "{{Willowbank House|cons}} with a card does not meet that duty on its own."),
    # 011 dad, adapted car
    R("parent", "My daughter [[p:Ruby-Jo]] needs a hoist for every transfer. To get her to the new 'hub' we'd need the "
      "WAV, [[vr:WY21 TKE]], and two adults. Her hospital number is [[hosp:RPH/440193]] if you want to check how many times she's been in this year. Willowbank has its own minibus. It also has nurses. The hub has neither. "
      "[[p:Gareth Lomax]], [[st:11 Weaver Close]], [[pc:WY4 6HN]]"),
    # 012 n/a
    R("parent", "nothing to add"),
    # 013 near-miss (academy campaign phrase)
    R("parent", "{{Willowbank|cons}} is small, calm and close to home; that is why our kids feel safe there. A big hub "
      "attached to a leisure centre won't feel like that."),
    # 014 caps
    R("parent", "YOU ARE SHUTTING THE ONLY OVERNIGHT RESPITE IN THE BOROUGH AND CALLING IT A 'NEW OFFER'. WE ARE NOT "
      "STUPID. {{WYREBRIDGE|inv}} COUNCIL SHOULD BE ASHAMED."),
    # 015 pets with human names, Bailey the dog
    R("parent", "Honestly the best respite we've found is the Saturday club's pet therapy. Our lad is scared of most "
      "people but he'll sit for an hour with {{Bailey|pet}}, the therapy dog, and a rabbit called {{Gary|pet}}. Please "
      "keep the Saturday club in whatever you do."),
    # 016 Somali father
    R("parent", "Salaam. My two sons [[p:Abdi]] and [[p:Mohamed]] both have autism and learning disability. We live in "
      "[[fl:flat 9B, Kestrel Heights]], 11th floor. When lift is broken I carry them. The Saturday club give my "
      "wife rest. Please do not make it only for card people, we do not understand card. [[ph:07700900736]]"),
    # 017 PA worker
    R("support worker", "I'm a {{personal assistant|role}} paid through direct payments. I earn less than I would at "
      "{{Tesco|brand}}. If the council wants more families to use direct payments, raise the hourly rate. That's it."),
    # 018 Willowbank staff, no name
    R("staff", "I have worked as a night {{care worker|role}} at Willowbank for eleven years. We are a registered "
      "children's home inspected by {{Ofsted|org}} and rated Outstanding. No card will replace what we do."),
    # 019 councillor
    R("councillor", "Cllr [[p:Faisal Qureshi]], ward member for {{Ferry Lane|route}}. I support the expansion of "
      "holiday clubs but I cannot support the closure of overnight provision without an alternative in place first."),
    # 020 parent with social handle
    R("parent", "I document our life on {{TikTok|brand}} ([[sh:@life.with.lottie]]) and I have 40k followers, most of them "
      "parents of kids with {{Williams syndrome|med}} like [[p:Lottie]]. I will be telling them all how "
      "{{Wyrebridge|inv}} treats its disabled children."),
    # 021 Bengali mother
    R("parent", "My son [[p:Rafiq Uddin]] he is 10 and have autism, he go to [[sch:Kingsmead School]]. Saturday "
      "club is very good, he like the {{sensory room|therapy}} and the {{Thomas the Tank Engine|char}} train set. "
      "Please keep it."),
    # 022 long-time parent, supportive with conditions
    R("parent", "We've used {{Willowbank|cons}} for ten years and I can see the building is tired. If the council means "
      "what it says about shared care and will recruit the carers first, I'd back it. But close it first and "
      "recruit later, and you'll lose families."),
    # 023 dialect
    R("parent", "Ee, it's nobbut a night a month we get, an' now tha wants to tek it off us? {{Nay lad|dialect}}. Our "
      "[[p:Jessie]] loves it there an' I need me kip."),
    # 024 nurse
    R("community nurse", "As a {{children's community nurse|role}} I'd point out that Willowbank is the only short "
      "break setting in the borough where staff are trained for gastrostomy feeds, oxygen and rescue medication. "
      "None of the proposed alternatives are."),
    # 025 short
    R("parent", "{{Willowbank|cons}} saves lives. Mine included."),
]
