"""street-trees: felling street trees to repair pavements under the 'Pavements First' programme of the fictional
Wharfeton City Council (West Yorkshire)."""
from common import R, sents, each, plain_only

CONSULTATION = "street-trees"
PREFIX = "TRE"
CAMP = "tre-save-our-street-trees"

TEMPLATE = (
    "The street trees of {{Wharfeton|inv}} are not a pavement problem to be solved with a chainsaw. "
    "Many of the {{limes|tree}} and {{London planes|tree}} on our roads were planted more than a hundred years ago, "
    "and they do more for air quality, flooding and summer heat than anything the council could plant in their place. "
    "Engineers in other cities repair pavements around mature trees every day, using flexible surfacing, kerb "
    "realignment and root bridges. "
    "The council's own tree survey says most of the trees marked for felling are healthy. "
    "We ask {{Wharfeton City Council|inv}} to stop all felling of healthy street trees under the "
    "{{Pavements First|inv}} programme, to publish the engineering options for each tree, and to let an independent "
    "panel review every case. "
    "A new sapling will take fifty years to do what these trees do today."
)
S = sents(TEMPLATE)

ITEMS = [
    # 001 template
    R("resident", TEMPLATE, CAMP, "template"),
    # 002
    R("resident", "Fell them. The pavements are lethal.\n[[p:G.H.]]"),
    # 003 exact: lower case
    R("resident", each(TEMPLATE, str.lower), CAMP, "exact"),
    # 004 wheelchair user, supports felling
    R("disabled resident",
      "I use a powered wheelchair and the pavement on {{Victoria Road|route}} by the library is impassable where the "
      "roots have lifted the flags. I've tipped twice, once on the way to the {{Shipley|placename}} bus. I love trees as much as anyone but I can't get to the bus stop. "
      "If the choice is a tree or my independence, fell the tree and plant two more somewhere they don't block the path."),
    # 005 Yorkshire dialect, older man
    R("resident",
      "{{Ey up|dialect}}. There's been a {{horse chestnut|tree}} outside our house on [[st:Cragg Lane]] since before I were born and I'm "
      "78. Council wants it down cos the roots have pushed the kerb up two inch. Two inch! Put a bit of tarmac "
      "on it and be done. It's {{nowt but|dialect}} penny pinching dressed up as safety. [[p:Len Sugden]]"),
    # 006 blank
    R("resident", ""),
    # 007 tree officer / role
    R("organisation",
      "Response from {{Wharfeton Tree Wardens|inv}}. We have surveyed 212 of the 340 trees on the felling list. "
      "Of those, 171 show no structural defect. Only 9 are {{ash|tree}} with advanced {{ash dieback|med}} and should "
      "come down. We support felling where a qualified {{arboricultural officer|role}} finds a defect, and oppose it "
      "where the only reason is kerb damage. A {{Tree Preservation Order|law}} should be considered for the avenue "
      "on {{Moor Road|route}}."),
    # 008 edited: personal paragraph, a sentence dropped
    R("resident",
      " ".join(S[:2]) + "\n\n"
      "The {{copper beech|tree}} outside our home at [[st:18 Hawthorn Bank]] is on the list. My daughter [[p:Sky]] "
      "has climbed it since she was four and her class at [[sch:Moorfield Primary]] drew it for a project on "
      "seasons. When the council's contractors came to spray a red dot on it she cried. Nobody knocked on our door "
      "to ask, and the letter went to the old owners.\n\n" + " ".join(S[3:]),
      CAMP, "edited"),
    # 009 Pakistani heritage
    R("resident",
      "{{Assalamu alaikum|lang}}. I live on [[st:Lister Street]] with my parents and my children. In summer the trees give shade "
      "for the old people sitting outside after {{Eid|event}} prayers at the {{Jamia Masjid|church}}. Please do "
      "not cut all of them. The pavement can be fixed another way. {{Shukriya|lang}}. [[p:Nadia Rafiq]]"),
    # 010 car crushed
    R("resident",
      "In {{Storm Babet|storm}} a branch off the {{lime|tree}} outside my house came down on my car, [[vr:YD17 XKP]]. The "
      "council refused my claim and said the tree was healthy. Now they want to fell it for the pavement. Which is it? "
      "Either it was dangerous and you owe me for the car, or it's healthy and you should leave it alone."),
    # 011 short
    R("resident", "Keep the trees!!!"),
    # 012 fell over root, hospital number
    R("resident",
      "I tripped on a lifted paving stone by a {{plane tree|tree}} on {{Kirkgate|route}} in November and broke my "
      "ankle. Six weeks in a boot, seen at the {{LGI|hosp}} fracture clinic, hospital number [[hosp:LTH 5520194]], NHS number [[nhs:999 781 7265]]. I "
      "don't want the tree down but somebody has to fix these pavements before somebody dies."),
    # 013 near miss
    R("resident",
      "I'm not against the trees. But I've watched the council patch the same bit of path six times. Engineers in "
      "other cities repair pavements around mature trees, we're told, so bring one of those engineers here and let "
      "them show us."),
    # 014 Lithuanian
    R("resident",
      "I am from {{Vilnius|place}} and in my city there are big {{linden|tree}} trees on every street, we are proud "
      "of them. When I came to {{Wharfeton|inv}} the trees on my street made me feel at home. Please do not cut healthy "
      "trees. Maybe cut only the sick ones. {{Ačiū|lang}}."),
    # 015 text speak
    R("student",
      "save the trees fr. its nearly 2025 and ur cutting down 100 yr old trees for tarmac?? {{the lorax|char}} would "
      "be ashamed. follow [[sh:@wharfeton_tree_gang]] we are organising"),
    # 016 exact: extra spaces, final stop removed
    R("resident", plain_only(TEMPLATE, lambda t: t.replace(", ", " ,  ")).rstrip("."), CAMP, "exact"),
    # 017 councillor
    R("councillor",
      "I was {{Executive Member for Highways|role}} when Pavements First was designed. The intention was never "
      "mass felling. I now think the replacement ratio should be three new trees for every one removed, planted "
      "in the same street. Cllr [[p:Chester Holroyd]]"),
    # 018 names of couple
    R("resident",
      "[[p:Pat and Jim Rourke]] here, {{Oakwood Drive|route}} end of the estate. Not our street but we walk the dog, "
      "{{Barnaby|pet}}, along there every day. Those {{cherry|tree}} trees are the best thing in the city in "
      "April. Leave them be."),
    # 019 Woodland Trust
    R("organisation",
      "The {{Woodland Trust|org}} notes that the city's tree strategy commits to increasing canopy cover from 17% to "
      "25% by 2050. Felling mature street trees works directly against that target, as each one takes decades to "
      "replace. We urge the council to adopt the national {{Trees and Design Action Group|org}} guidance on "
      "engineering solutions."),
    # 020 nurse, address block
    R("resident",
      "I support felling the diseased ones only. Please keep me updated.\n"
      "[[p:Brooke Haigh]]\n[[st:7 Ravenscliffe Road]]\n[[pc:ls27 9qj]]\n[[ph:(0113) 496 0781]]"),
    # 021 edited: half + own text
    R("resident",
      " ".join([S[0], S[1], S[3]]) + " On our road four of the seven trees marked for felling have nothing wrong "
      "with them at all. Come and look for yourselves.",
      CAMP, "edited"),
    # 022 Leeds United fan, caps
    R("resident",
      "LEAVE OUR TREES ALONE. SPEND THE MONEY ON FIXING THE POTHOLES ON THE {{A65|road}} INSTEAD. I'VE HAD THREE TYRES "
      "GONE THIS YEAR GOING TO {{ELLAND ROAD|landmark}} TO WATCH {{LEEDS|team}}."),
    # 023 nursery school
    R("organisation",
      "{{Little Acorns Day Nursery|org}} takes the children for a walk along the tree-lined streets every morning. "
      "We use the trees to teach about conkers, leaves and birds. We would be sad to lose them."),
    # 024 private individual with email, old woman
    R("resident",
      "My late husband [[p:Norman]] planted the {{rowan|tree}} outside our house, [[hn:Holly Lodge]], in 1979 with "
      "the Residents' Association. It is on your list because it is 'too close to a dropped kerb'. Move the kerb. "
      "You can email me at [[em:jean.ackroyd@example.org]]. [[p:Jean Ackroyd]]"),
    # 025 Cantonese family
    R("resident",
      "My father is 85 and walks with a stick. The pavement outside our takeaway, {{Golden Dragon|org}}, is broken "
      "by roots. He fell last month. I want the pavement fixed but I do not want all trees cut. In {{Hong Kong|place}} "
      "they build around old trees, why not here?"),
    # 026 name with no cue
    R("resident",
      "[[p:Kwame]] and I walked the whole felling list last Sunday with a tape measure. Most of the lifted flags "
      "could be fixed by relaying them with a bit of give. We've sent photos to the council's project inbox. Happy "
      "to show anybody round."),
    # 027 n/a
    R("resident", "n/a"),
]
