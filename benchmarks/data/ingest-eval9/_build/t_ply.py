"""play-areas: Ousebridge Borough Council (fictional, a river town in Bedfordshire with the Wingfield, Brook
Farm and Castlefields estates) consults on 'Play Ousebridge 2030': removing 18 of its 47 small, older play
areas (most of them on housing estates) and spending GBP 2.4 million on six large 'destination play parks', the
biggest at Riverside Park, each meant to be within a 15-minute walk of most homes; the cleared sites would
become grassed 'open play space'."""
from common import R, each, sents

PREFIX, CONSULTATION = "PLY", "play-areas"
C = "ply-every-estate-needs-a-playground"

TPL = (
    "I am writing to object to the plan by {{Ousebridge Borough Council|inv}} to remove eighteen of the "
    "borough's small play areas. "
    "For many families on our estates the little playground at the end of the road is the only safe place a "
    "child can play within sight of home. "
    "A {{destination play park|own}} twenty minutes away across two main roads is no use to a parent with a "
    "baby, a child in a wheelchair or no car. "
    "Those of us who cannot drive to {{Riverside Park|own}} will simply stop going out. "
    "Please keep every estate play area, repair the broken equipment instead of removing it, and spend some of "
    "the £2.4 million on swings that are close to where children actually live."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 Italian mother: a city that looks like a name
    R("parent",
      "I am from {{Florence|placename}}, where there is a little playground in every piazza. My daughters "
      "[[p:Giulia]] and [[p:Sofia]] play on the swings at the end of [[st:Rowan Walk]], where we live, and that is "
      "where we meet the other mums, English, Polish, Bengali. If you take it away, where do we meet? "
      "{{Grazie mille|lang}}."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 Eritrean father, English as a second language
    R("parent",
      "We came from {{Asmara|place}} in {{Eritrea|place}} and live in [[fl:Flat 21, Ouse Court]]. The small park "
      "next to our block has one slide and two swings, but the children use it every day. My son [[p:Yonas]] is "
      "8. The big park is after the river and the big road. I work nights, my wife has no car. "
      "{{Yekenyeley|lang}}.\n[[p:Tesfay Gebremariam]]"),
    # 005 child, lower case
    R("young person",
      "pls dont take the park on my road, [[st:larkspur close]]. me n [[p:amelia]] n her dog {{Stanley|pet}} go every day after school n "
      "its the only place my mum lets me go on my own. the zip wire is broken tho so fix that"),
    # 006 edited: personal paragraph in the middle, date of birth, NHS number
    R("parent", " ".join(S[:3]) + "\n\nMy daughter [[p:Maisie]] ([[dob:11/09/2016]]) has "
      "{{cerebral palsy|med}} and uses a wheelchair. The little play area by the shops on "
      "{{Mowbray Road|route}} has the only wheelchair roundabout in the borough outside the town centre, a "
      "{{Wicksteed|orgp}} one the residents raised {{£9,000|num}} for. It is on your removal list. Her NHS "
      "number is [[nhs:999 183 2343]] if your equality officer wants to see why she needs it.\n\n" +
      " ".join(S[3:]), C, "edited"),
    # 007 Slovak family, English as a second language (no names)
    R("parent",
      "We are Slovak family, from {{Košice|place}}. My three children play every day in the small park on the "
      "{{Brook Farm estate|inv}}. In winter it is dark at four and the big park is thirty minutes walking with a "
      "baby. The small one I can see from the window. Please repair, not remove. {{Ďakujem|lang}}."),
    # 008 one-liner
    R("resident", "Fine by me."),
    # 009 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 tenants' federation, formal numbered response
    R("organisation",
      "Response of the {{Ousebridge Tenants and Residents Federation|org}}\n\n"
      "1. Fourteen of the eighteen play areas proposed for removal are on council-built estates. All six "
      "{{destination play park|own}}s are in the town centre or on the river.\n"
      "2. {{Fields in Trust|org}} recommends a local play area within 100 metres of home for young children. The "
      "proposal would leave some homes on the {{Wingfield estate|inv}} over a kilometre from any equipment.\n"
      "3. The council's equality impact assessment does not consider disabled children or households without a "
      "car, as the {{Equality Act 2010|law}} requires.\n"
      "4. Children have a right to play under {{Article 31|law}} of the "
      "{{UN Convention on the Rights of the Child|law}}.\n"
      "5. The Federation asks for the removal list to be paused and for each estate to be consulted separately.\n\n"
      "{{Secretary|role}}"),
    # 011 near-miss: for the plan
    R("resident",
      "Repair the broken equipment instead of removing it? Most of it is beyond repair, some of it is from the "
      "eighties. I'd rather have one proper park within walking distance than three rusty swings. Good plan, get "
      "on with it."),
    # 012 Nigerian father
    R("parent",
      "I am from {{Enugu|place}} in {{Nigeria|place}} and I work nights at {{Bedford Hospital|hosp}}. My son "
      "[[p:Chidi]] plays football on the grass by the slide every evening with the other boys. That is where they "
      "learn to be friends with everybody. {{Daalụ|lang}}."),
    # 013 edited: reworded opening and closing
    R("parent", "I'm a single dad without a car on the {{Wingfield estate|inv}}, and this plan would take away the "
      "only place my kids can play. " + " ".join(S[1:4]) + " Please come and see the estate before you decide.\n"
      "[[p:Lee]]", C, "edited"),
    # 014 capitals, grandfather, a fault reference
    R("grandparent",
      "THE SWINGS ON THE {{WINGFIELD ESTATE|inv}} WERE PUT IN WHEN MY DAUGHTER WAS SMALL AND NOW MY GRANDCHILDREN "
      "USE THEM. THE COUNCIL HAS LET THEM ROT FOR TEN YEARS AND NOW SAYS THEY ARE TOO OLD. WHOSE FAULT IS THAT. I "
      "LIVE IN [[fl:FLAT 9, WINGFIELD HOUSE]] AND I RANG ABOUT THE BROKEN {{POSTMAN PAT|char}} ROUNDABOUT IN {{MARCH|date}}, REF [[acc:OBC-55201]], AND NOBODY CAME. FIX THEM.\n"
      "[[p:TERRY MABBUTT]]"),
    # 015 blank
    R("parent", ""),
    # 016 childminder: registration number, home street, postcode, email
    R("business",
      "I'm an {{Ofsted|org}}-registered childminder (URN [[acc:EY594318]]) and I take my little ones to the play "
      "area at the end of my road, [[st:Cowslip Road]], [[pc:MK41  8BW]], every morning. I can't get four "
      "under-fives across the {{A6|road}} to {{Riverside Park|own}}. Contact: "
      "[[em:happy.hedgehogs.cm@example.com]]"),
    # 017 edited: half the template and own text, a van's registration
    R("parent", " ".join(S[:3]) + "\nThe other thing nobody mentions: the play area on our road is the only bit "
      "of grass, and since the fence came down a white van, [[vr:KX68 PLV]], parks on it every night. Fix the "
      "fence and it's a good little park.\n[[p:Wayne Cheung]] [[ph:07700900529]]", C, "edited"),
    # 018 teenager, little sister, characters, handle
    R("young person",
      "I'm 15 and I take my little sister [[p:Ava-Rose]] to the park on our estate most days after school "
      "because my mum works till six. She's obsessed with {{Bluey|char}} and {{Paw Patrol|char}} and makes me play "
      "it on the climbing frame every single time. There's nowhere else we could walk to. I've put a petition on "
      "my Instagram, [[sh:@lexi_k_2009]], and it's got 400 names.\n[[p:Lexi]]"),
    # 019 disabled parent, carer with a name that is a word, hospital number
    R("disabled person",
      "I'm a wheelchair user and a mum. My son [[p:Kai]] has {{Perthes disease|med}} (he's under "
      "{{Bedford Hospital|hosp}}, number [[hosp:BH 2290417]]), so the play area forty metres from our door is the "
      "only one we can manage. My carer, [[p:Precious]], takes us three mornings a week. {{Riverside Park|own}} is "
      "a bus, a change and a long push.\n[[p:Shannon Walsh]]"),
    # 020 grandson writing for his grandmother, a gurdwara named after a person
    R("grandparent",
      "I'm writing for my grandmother, [[p:Gurmeet Kaur]], who doesn't read English. Every afternoon she takes my "
      "cousins to the swings at the end of her road, [[st:Linden Road]], and then to the "
      "{{Guru Nanak Gurdwara|church}}. She says please don't take away the only place old people can sit down "
      "outside. {{Sat Sri Akal|lang}}."),
]
