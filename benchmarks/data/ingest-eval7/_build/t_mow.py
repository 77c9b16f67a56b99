"""meals-on-wheels: South Marches Council (fictional, south Shropshire) proposes to end its daily hot
meals-on-wheels round (Marches Meals) and switch to frozen meals delivered once a fortnight by a
contractor, with the price per meal rising from £4.80 to £6.50."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "MOW", "meals-on-wheels"
C = "mow-a-hot-meal-and-a-knock"

TPL = (
    "We are writing about the plan to end the daily hot meals round run by {{Marches Meals|own}} from the kitchen at {{Clunmere Community Hospital|hosp}}. "
    "A hot meal delivered at lunchtime is not just food. "
    "For many older and disabled people in {{South Marches|inv}} the driver is the only person they see all day, "
    "and the knock on the door is a daily safety check. "
    "A box of frozen meals left once a fortnight cannot notice that someone has had a fall or stopped eating. "
    "Many people have no freezer space and cannot use a microwave safely. "
    "A hot meal and a knock on the door. "
    "We ask the council to keep the daily hot round in every market town and village, to hold the price at "
    "{{£4.80|num}}, and to talk to the people who rely on the service before any decision is made."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


def no_commas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("organisation", TPL, C, "template"),
    # 002 very short
    R("resident", "Keep it as it is."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 older man, farm name, wife
    R("service user", "I am 91 and have had the dinners since my wife [[p:Gwladys]] passed. The lady who brings them, "
      "[[p:Sandra]], knows I'm deaf and comes round the back to [[hn:Upper Bitterley Farm]]. A freezer van once a "
      "fortnight would not get down our lane in {{January|date}} any road. I can't stand long enough to work a "
      "microwave, not since the {{Alzheimer's|med}} took my memory for such things. My cat {{Winston|pet}} gets the gravy. Leave it be. My customer number is [[acc:MM-02291]]."),
    # 005 blank
    R("resident", ""),
    # 006 daughter on the West Cumbrian coast, mother's flat, phone
    R("family member", "I live in {{Whitehaven|place}} so I'm three hours away from mam. She's in "
      "[[fl:Flat 4, Teme Court]], [[st:Corve Lane]], Clunmere, and the meals driver is the one who rang me when she "
      "was on the floor last {{March|date}}. Divvent tell me a freezer box would have done that. If anyone from the "
      "council wants to talk, my number is [[ph:07700 900 614]]. Her name is [[p:Margaret Tyson]] and she is "
      "proper mafting about this. {{Howay|dialect}}, think again."),
    # 007 edited: personal paragraph, husband with Parkinson's, NHS number
    R("carer", " ".join(S[:4]) + "\n\nMy husband [[p:Cyril Owen]] has {{Parkinson's|med}} and his swallow is going, "
      "so the soft meal option is what keeps him out of {{the Royal Shrewsbury|hosp}}. His NHS number is "
      "[[nhs:999 453 3312]] if anyone wants to check what I say. I work three mornings at {{Boots|orgp}} in "
      "{{Ludlow|place}} and the lunchtime knock is how I know he is all right.\n\n" + " ".join(S[4:]) +
      "\n[[p:Eileen Owen]], [[st:7 Dinham Rise]], Wenbury [[pc:sy8  2lq]]", C, "edited"),
    # 008 short support
    R("resident", "Support the change. Frozen meals are cheaper and you can choose what you eat. I have a chest freezer from {{Iceland|orgp}} and I would rather pick my own. [[p:colin]], [[st:Bromfield Walk]], [[pc:SY8 1RG]]"),
    # 009 Polish driver
    R("staff", "I am driver for {{Marches Meals|own}} six years. My round is {{Oakhanger Heath|inv}} and "
      "{{Ditton Wold|inv}}, 31 people each day. Two times this year I find a customer fallen and call "
      "{{999|num}}. Frozen van cannot do this. My English is not perfect but this I know. I use my own car, [[vr:ys68 tnu]], and {{the council|word}} pays {{45p|num}} a mile. {{Dziękuję|lang}}, "
      "[[p:Bartosz Wróbel]]"),
    # 010 exact, CAPITALS
    R("resident", each(TPL, str.upper), C, "exact"),
    # 011 organisation
    R("organisation", "{{Age UK Shropshire Telford & Wrekin|org}} responds as follows. We are concerned that the "
      "{{equality impact assessment|law}} does not count people living with {{dementia|med}}, who may not "
      "recognise a frozen meal as food. We ask that {{the Cabinet Member for Adult Social Care|office}} meets "
      "service users before {{the Cabinet meeting on 14 October|date}}. {{Chief Executive|role}}, on behalf "
      "of the board."),
    # 012 teenager in lower case texting about nan
    R("young person", "my nan [[p:pat]] gets them and she loves the crumble on fridays lol. the driver [[p:dev]] "
      "always has a chat with her about {{Strictly|show}} and {{Emmerdale|show}}. dont take that off her shes lonely enough. also "
      "she cant even work the microwave she thinks its the telly. she lives at [[fl:flat 2b, Corve Mews]] and i go round after school, im at [[sch:Clunmere Academy]]. my insta is [[sh:@nans.grandkid_x]] if u want to see her crumble face"),
    # 013 near miss
    R("resident", "A hot meal delivered at lunchtime is not just food, I agree with that much, but the council has no money. Means-test "
      "it and keep the daily round for people with nobody else."),
    # 014 edited: reworded opening and closing
    R("organisation", "On behalf of {{Clunmere Town Council|inv}}: we object to the plan to end the daily hot "
      "meals round. " + " ".join(S[1:6]) + " Please keep the daily round and hold the price. Signed by the "
      "{{Town Clerk|role}}.", C, "edited"),
    # 015 Punjabi family, Wolverhampton son writing for father in Wenbury
    R("family member", "My father [[p:Gurbachan Singh Sahota]] is 84 and lives on his own at "
      "[[st:12 Mill Street]], Wenbury, [[pc:SY82QT]]. He eats only vegetarian. {{Marches Meals|own}} do a "
      "proper dal on Tuesdays now, after years of asking. The frozen firm's menu has one vegetarian pie. I drive "
      "from {{Wolverhampton|place}} on Sundays after {{gurdwara|word}} but I cannot come every day. Please keep "
      "the hot meals. {{Waheguru|lang}} bless the drivers. [[p:Jaswinder Sahota]], [[ph:0121 496 0337]]"),
    # 016 angry capitals
    R("resident", "THIS IS A DISGRACE. MY AUNTIE [[p:DOREEN]] HAS HAD MEALS FOR ELEVEN YEARS. YOU WANT TO CHARGE "
      "{{£6.50|num}} FOR A FROZEN PIE. THE COUNCILLORS SHOULD TRY LIVING ON {{PENSION CREDIT|law}}. SHE LIVES AT [[st:28 LUDFORD TERRACE]] AND HER NI NUMBER IS [[ni:QQ 58 14 22 D]] IF YOU WANT TO CHECK SHE HAS PAID IN ALL HER LIFE."),
    # 017 long ramble, widow
    R("service user", "I have been meaning to write this for weeks but my hands are bad. I was a dinner lady at "
      "the old {{Clunmere Grammar|venue}} for thirty years so I know what a hot meal does for people. When my "
      "husband [[p:Wilf]] was alive we used to deliver meals ourselves for the {{WRVS|org}} in his old "
      "{{Morris Traveller|brand}} (before that we went by {{the Heart of Wales line|route}}), every Thursday round {{Hopton Cross|inv}} and up past the quarry, and you "
      "would be amazed how many people had not spoken to a soul since the week before. One old gentleman used "
      "to keep the kettle on for us and talk about {{the Somme|event}}. Now I am on the other end of it. "
      "[[p:Sandra]] comes at twenty past twelve, and on a Friday it is fish, and I look forward to it, I'm not "
      "ashamed to say. She noticed my ankles were swollen in {{the summer|date}} and rang the surgery at "
      "{{Clee View Medical Practice|inv}} for me. They sent me to {{the Royal Shrewsbury|hosp}}, hospital number "
      "[[hosp:RSH 7731026]], NHS number [[nhs:999 880 4078]], born [[dob:12.3.1938]], they ask you everything three times. Would a frozen box do that? I have a little freezer on top "
      "of the fridge with peas in it and a bag of ice for my knee, there is no room for fourteen dinners. "
      "And I am frightened of the microwave since it went bang. My son is in {{Sunderland|place}} and he "
      "says write to them, Mam, so I am. They tell us to keep our independence and then they take away the "
      "one thing that lets us stay in our own homes. I don't mind paying a bit more for the hot meal. I do "
      "mind paying more for less. I know the council has had its money cut by {{Westminster|place}}, I read "
      "the {{Shropshire Star|org}}, but there must be something else to cut first. Perhaps the new signs on "
      "{{the A49|road}}. Thank you for reading this if you got this far.\n[[p:Ivy Preece]]\n[[st:Castle View]], {{Bishop's Castle|place}}"),
    # 018 exact, one sentence per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
    # 019 n/a
    R("resident", "n/a"),
    # 020 edited: partial template plus own words, GP
    R("health professional", " ".join(S[1:4]) + " As a GP at {{Clee View Medical Practice|inv}} I see the "
      "dehydration admissions every winter. The meal round is cheap prevention. I would rather the council "
      "kept it and the {{ICB|org}} put money in.", C, "edited"),
]
