"""access-card: Drumcairn and Glenmoy District Council (fictional, south Armagh and Down borders, Northern
Ireland) proposes to end free Carer Companion entry for the carers of disabled children and adults at its
venues (Drumcairn Leisure Centre, the Glenmoy Waves pool, the Flax Mill Arts Centre, Cloghanmore Forest Park and
the summer Playzone scheme) and replace it with an Access All Areas Card at £15 a year, issued only on proof of
the middle or higher rate of DLA or PIP and renewed every year."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "ACC", "access-card"
C = "acc-carers-not-customers"

TPL = (
    "As parents and carers of disabled children and young people in {{Drumcairn and Glenmoy|inv}}, we object to "
    "ending free {{Carer Companion|own}} entry. "
    "A carer is not a second customer. "
    "Our children cannot swim, climb or sit through a show without one of us beside them, so charging the carer is "
    "charging the disabled child twice. "
    "Asking families to send in their {{DLA|law}} letters every year adds paperwork to lives that are already full "
    "of it, and many children with autism or ADHD do not get the middle rate at all. "
    "{{Carers are not customers|slogan}}. "
    "We ask the council to keep free carer entry, to accept a letter from a school, GP or social worker as proof, "
    "and to drop the £15 fee."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 mother, Newry way
    R("parent", "Our [[p:Caoimhe]] has {{Down's syndrome|med}} and she's mad about {{Glenmoy Waves|own}}, every "
      "{{Saturday|date}}. I can't let her in the water on her own, she'd be straight under the flume. Now you want "
      "{{£15|num}} for me to hold onto my own child? {{Wise up|dialect}}.\n[[sh:@newrymammy_of3]], "
      "[[ph:07700 900 835]]"),
    # 003 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 004 lifeguard at the council's own leisure centre
    R("leisure staff", "I'm a {{lifeguard|role}} at {{Drumcairn Leisure Centre|own}}. On a Saturday morning a third "
      "of the families in the teaching pool are there with a disabled child and a carer. If carers have to pay, a lot "
      "of them will stop coming, and the ones who still come will send the young person in with a sibling instead of "
      "an adult. From the poolside, that worries me far more than the money. We also teach school swimming for "
      "{{Drumcairn Primary|venue}}, and half that class would be affected."),
    # 005 young man with Down's syndrome
    R("young person", "My name is [[p:Conor]]. I am 17. I go swimming with my daddy on Saturday. I like the big "
      "slide. My daddy should not pay. He is helping me. I like {{Bluey|char}}. I go to [[sch:Tullyreagh Park School]] and I am in the top "
      "class."),
    # 006 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nOur son [[p:Fionn]] is eight and has {{cerebral palsy|med}}. He goes to "
      "hydrotherapy at the leisure centre twice a week on his physio's advice. His H&C number is "
      "[[nhs:999 730 2079]] and his hospital number at the {{Royal Belfast Hospital for Sick Children|hosp}} is "
      "[[hosp:RBHSC 2209871]]. I have to lift him in and out of the water myself. I'm not his customer companion, I'm "
      "his hoist.\n\n" + " ".join(S[3:]) + "\n\n[[p:Aoife McParland]]\n[[st:27 Orchard Hill]], Drumcairn "
      "[[pc:BT35 6DQ]]\n[[em:aoife.mcparland@example.net]]", C, "edited"),
    # 007 foster carers
    R("foster carer", "We foster two disabled children through the {{Southern Health and Social Care Trust|org}}. "
      "Their DLA is managed by the Trust, so we'd need its permission every year to send an award letter, and that "
      "takes weeks. Meanwhile our foster son [[p:Ruairí]], at [[sch:St Malachy's PS]], misses his swimming. Accept a "
      "social worker's letter."),
    # 008
    R("resident", "Disgraceful."),
    # 009 youth theatre that uses the arts centre
    R("organisation", "{{Spotlight Youth Theatre|inv}} runs an inclusive drama group every {{Wednesday|date}} at "
      "{{The Flax Mill Arts Centre|own}}. Eleven of our twenty-four members are disabled and come with a parent or "
      "support worker. Our annual show in {{December|date}} sells out, and carers have always come in free. If each "
      "carer pays, some families will choose which child sees the show. We'd ask the council to exempt participants' "
      "carers at the very least."),
    # 010 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 011 blank
    R("parent", ""),
    # 012 Lithuanian father
    R("parent", "My son [[p:Matas]] is 9, autistic, in the {{Learning Support Centre|term}} at "
      "[[sch:Drumcairn Primary]]. He get DLA lower rate only, so by the new rule no card. But he cannot go in the pool "
      "alone, he run away. My card application is [[acc:AAA-20417]] and already refused. {{Ačiū|lang}}."),
    # 013 Ulster-Scots granny
    R("grandparent", "Ah'm a granny o' three an twa o' them hae disabilities. Ah tak them tae the forest park in the "
      "summer an the Playzone in {{July|date}}. Ah'm on ma pension. Fifteen pound is no a fortune but it's the "
      "principle o' the thing. Ye dinnae charge a blind man for his dug. {{Thenk ye|dialect}}.\n[[hn:Braeside]], Tullyreagh"),
    # 014 edited: reworded first-person opening and closing
    R("parent", "I'm a dad of two disabled boys from {{Glenmoy|inv}}, and I'm writing for myself. " + " ".join(S[1:5])
      + " So I'm asking you straight: keep carer entry free, and take a letter from the school or the GP. That's not "
      "a lot to ask.\n[[p:Paddy Devlin]]", C, "edited"),
    # 015 carers' charity
    R("organisation", "{{Carers NI|org}} is concerned that this proposal has not been properly screened under "
      "{{Section 75 of the Northern Ireland Act 1998|law}}. Disabled people and their carers are both Section 75 "
      "groups. Tying eligibility to the middle or higher rate of {{DLA|law}} or {{PIP|law}} excludes many autistic "
      "children, children awaiting assessment and adults whose awards are under review. We recommend a simple "
      "self-declaration, backed by any professional letter, as in several other council areas, and we have asked "
      "the {{Commissioner for Children and Young People|office}} to look at the proposal."),
    # 016 Brazilian mother
    R("parent", "Hello, I am from {{Brazil|place}}. My daughter [[p:Larissa]] have {{spina bifida|med}} and use "
      "wheelchair. Carer free at the forest park was why we go every weekend, the paths are good for wheelchair. "
      "{{£15|num}} is food for two days for my family. {{Muito obrigada|lang}}.\n[[st:Millbrook Park]], Glenmoy "
      "[[pc:BT61 7XF]]"),
    # 017 near-miss
    R("resident", "A carer is not a second customer, fair enough, but fifteen pound a year is less than one swim. "
      "Stop the drama."),
    # 018 GAA coach
    R("volunteer", "I coach the all-abilities section at {{St Brigid's GAC|club}}. Half of our players use the "
      "council's Playzone in the summer with a parent or carer alongside them. Every year we see families who have "
      "never filled in a DLA form because they think their child isn't disabled enough. Those are exactly the "
      "families this card will lock out."),
    # 019 edited: three sentences + own text
    R("parent", " ".join(S[1:4]) + " That's exactly it. My daughter has {{ADHD|med}} and no sense of danger, and "
      "they won't let her on the climbing wall without me. She gets DLA at the lowest rate, so I wouldn't even "
      "qualify.", C, "edited"),
    # 020 teenager with ADHD, lower case
    R("young person", "why do i need a card to prove im disabled lol. i have adhd and my mum has to come with me to "
      "the climbing wall or they wont let me on. shes not gonna pay 15 quid to stand there, thats two {{McDonald's|orgp}}\n[[p:oisín]] "
      "[[sh:@oisin.climbs]]"),
    # 021 teacher at a special school, about her school as an institution
    R("teacher", "I teach at {{Tullyreagh Park School|venue}}, a special school for pupils aged 3 to 19. We use the "
      "leisure centre and the forest park for school trips and our families use them at the weekend. Proof of DLA "
      "is a poor test: many of our families have never claimed, and the Education Authority's "
      "{{statement of special educational needs|term}} would be a far better one. Every one of our pupils has "
      "one."),
    # 022 father with an Irish-language closing
    R("parent", "My son [[p:Cathal]] (DOB [[dob:11/4/13]]) has {{Duchenne muscular dystrophy|med}} and he is twelve. Every year there are "
      "fewer things he can do. Swimming is one of the last. Don't make it harder. "
      "{{Go raibh míle maith agaibh|lang}}.\n[[p:Séamus Ó Floinn]]"),
    # 023 young disabled adult with a PA
    R("disabled person", "I'm 22 and use a powerchair. I go to the arts centre with my PA, [[p:Declan]], paid "
      "through my direct payment. He's working, not visiting. And I'm not posting my PIP letter to the council every "
      "year. It has my NI number on it, [[ni:qq 62 80 15 a]], and it's been to six departments already."),
    # 024 edited: grandfather's personal paragraph
    R("grandparent", " ".join(S[:2]) + "\n\nWe bring our granddaughter [[p:Saoirse]], born [[dob:5th of June 2014]], "
      "to the forest park most Sundays. She has {{Rett syndrome|med}}. Her {{Carer Companion|own}} card number is "
      "[[acc:CC-00817]] and we've never once been asked for anything else. Ring me on [[ph:028 9649 6372]] if anyone "
      "wants to come and see what a day out involves.\n\n" + " ".join(S[2:]) + "\n\n[[p:Brendan McAteer]], "
      "[[hn:Rosebank House]], Cloghanmore", C, "edited"),
    # 025
    R("parent", "Keep it free."),
]
