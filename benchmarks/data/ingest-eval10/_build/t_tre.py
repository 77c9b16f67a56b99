"""playing-field-trees: Cwm Gwyrddon County Borough Council / Cyngor Bwrdeistref Sirol Cwm Gwyrddon
(fictional, south Wales valleys) proposes to plant 14,000 trees on 3.2 hectares of school playing fields at
nine schools, with two 'tiny forests', funded by a £380,000 woodland grant; half of the lower pitch at
Ysgol Gyfun Cwmderwen would become woodland."""
from common import R, each, sents

PREFIX, CONSULTATION = "TRE", "playing-field-trees"
C = "tre-plant-the-edges-keep-the-pitches"

TPL = (
    "I support planting more trees in {{Cwm Gwyrddon|inv}}, but not at the cost of children's playing space. "
    "The plan would turn half of the lower pitch at {{Ysgol Gyfun Cwmderwen|own}} into woodland and take the "
    "running track margins at three primaries. "
    "These fields are used every evening and weekend by junior rugby, football and athletics clubs, not just in "
    "school hours. "
    "Once a pitch is planted it will never come back. "
    "There is plenty of council land along the {{River Gwyrddon|inv}}, on the old colliery tips and on the "
    "roadside verges, where trees would do just as much good. "
    "I ask the council to plant the edges, keep every full-size pitch, and talk to the clubs before any spade "
    "goes in. "
    "{{Plant the edges, keep the pitches|slogan}}."
)
S = sents(TPL)


def nocommas(s):
    return s.replace(",", "").replace(". ", ".  ")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 valleys voice
    R("parent", "Trees is tidy. But where to are the boys gonna play? My two are up the {{Cwmderwen|inv}} field "
      "every night. {{Ych a fi|welsh}}, 'managed woodland' will be a dog toilet with sticks in it. Plant them on the "
      "tips, {{butt|dialect}}."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 pupil in the eco club (the school is the writer's own)
    R("young person", "I'm in Year 8 at [[sch:Ysgol Gyfun Cwmderwen]] and in the eco club. We actually asked for "
      "trees! Half the lower pitch is mud from {{October|date}} to {{March|date}} and nobody plays on it. A "
      "{{Tiny Forest|brand}} would be somewhere to do science outside. We're basically {{the Lorax|char}}. Please don't just "
      "listen to the rugby dads 😅\n[[p:Seren]] (Year 8), [[sh:seren.plants.trees]] on {{tiktok|brand}}"),
    # 005 Tamil paediatrician
    R("parent", "I am a paediatrician at {{Prince Charles Hospital|hosp}}. Childhood {{asthma|med}} here is among "
      "the highest in {{Wales|place}}; my daughter [[p:Nila]] is one of those children. Trees between the school gates and "
      "the main road would help their lungs more than trees mid-field. {{Nandri|lang}}.\n"
      "Dr [[p:Kavitha Ramasamy]], [[em:k.ramasamy[at]example.net]]"),
    # 006 edited: personal paragraph
    R("grandparent", " ".join(S[:3]) + "\n\nMy grandson [[p:Tomos Rhys Jenkins]] plays under-11s for "
      "{{Abergwyrddon RFC|club}} on the lower pitch every {{Sunday|date}}. He has {{cystic fibrosis|med}} and "
      "running is part of his treatment, his physio says so. That pitch is two hundred yards from our house on "
      "[[st:Heol Tir Coch]] and it is the only flat place he can run safely. His NHS number is [[nhs:9990941912]] "
      "if the council wants his physio's letter.\n\n" + " ".join(S[3:])
      + "\n[[p:Glenys Jenkins]]\n[[ph:029 2018 0734]]", C, "edited"),
    # 007 Welsh-language parent
    R("parent", "Rwy'n cefnogi'r cynllun. Mae angen mwy o goed yn y cwm: {{derw|welsh}}, {{celyn|welsh}}, "
      "{{criafol|welsh}}. Ond plis, gofynnwch i'r plant ble maen nhw'n chwarae cyn plannu. Mae fy merch "
      "[[p:Eira]] yn chwarae pêl-droed ar gae'r ysgol bob nos. Plannwch o gwmpas yr ymylon.\n"
      "{{Diolch yn fawr|welsh}},\n[[p:Nia Haf Roberts]]"),
    # 008 forestry worker
    R("worker", "I work for {{Natural Resources Wales|org}} and I've planted trees on worse ground than a school "
      "field. A few points. Use a native mix: {{sessile oak|species}}, {{downy birch|species}}, {{rowan|species}}, "
      "{{hazel|species}}, {{hawthorn|species}}. No {{ash|species}}, because of {{ash dieback|species}}. The old "
      "orchard behind the {{Miners' Welfare Hall|landmark}} had {{Bramley|plant}} and {{Beauty of Bath|plant}} "
      "apples once, and that's the kind of thing kids remember. And put some of the money into the "
      "{{Woodland Trust|org}} scheme for free trees in gardens."),
    # 009 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 rugby club, numbered
    R("club", "{{Abergwyrddon RFC|club}}, junior section\n"
      "1. We run teams from under-7s to under-16s, 214 children, and train on the lower pitch at "
      "{{Ysgol Gyfun Cwmderwen|own}} on {{Tuesday|date}} and {{Thursday|date}} nights under a community use "
      "agreement.\n"
      "2. Losing half of that pitch would leave one full-size pitch for eleven teams.\n"
      "3. The {{Welsh Rugby Union|org}} will not sanction junior fixtures on a shortened pitch.\n"
      "4. We would welcome trees along the bank on the {{Heol y Glo|route}} side and would bring 40 volunteers to "
      "plant them. We have invited {{the Cabinet Member for Education|office}} to a training night.\n"
      "{{Junior Chair|role}}"),
    # 011 Brazilian mother
    R("parent", "I am from {{Belo Horizonte|place}}, 6 years here, I work in the {{Royal Mint|org}}. My son "
      "[[p:Gabriel]] is 9, he is at [[sch:Ysgol Gynradd Cwmderwen]] and he plays football on the field every day. "
      "Why not plant the trees on the side and keep the middle for the children? We live at "
      "[[fl:Flat 7, Colliery Court]], [[pc:CF48  4TP]], you can come and see. {{Obrigada|lang}}.\n"
      "[[p:Luciana Ferreira Santos]]"),
    # 012 edited: reworded opening and closing
    R("parent", "I'm a youth football coach and a dad of three, and I never thought I'd be writing in against "
      "trees. " + " ".join(S[1:-1]) + " I'll bring a spade on planting day myself if you plant in the right "
      "places.", C, "edited"),
    # 013 near-miss
    R("resident", "'There is plenty of council land along the river', they say. Half of it floods and the other half "
      "is the old {{Tŷ Mawr tip|landmark}}, which still moves after heavy rain. Try again."),
    # 014 blank
    R("resident", ""),
    # 015 one word
    R("resident", "Yes."),
    # 016 PE teacher
    R("teacher", "As {{Head of PE|role}} at a primary, 'the margins' is exactly where our sports day track is. "
      "One pupil, [[p:Kayla]], runs that loop every morning before the bell. Trees in the corners, fine. Trees on the straight, no. And the {{Daily Mile|brand}} needs the whole loop."),
    # 017 edited: part of the template plus own text
    R("business", " ".join(S[1:4]) + " I run the {{Spice Garden|org}} on {{Commercial Street|route}} and sponsor "
      "the under-12s at {{Cwmderwen Cricket Club|club}}. My son [[p:Rayhan]] bowls for them and they use the same "
      "outfield. In {{Sylhet|place}} we played on any ground we could find. Here you have good ground, please keep "
      "it. {{Dhonnobad|lang}}.\n[[p:Abdul Mukit Chowdhury]]", C, "edited"),
    # 018 pensioner whose house looks over the field
    R("pensioner", "I live at [[hn:Bryn Derw]], looking straight down over the field. I'd love trees, I'm not daft, "
      "but the winter sun comes in over that field for about two hours a day, and at 82 that's my heating. Plant "
      "low things on my side, please. {{Blackthorn|species}} and {{holly|plant}} would do."),
    # 019 young wheelchair user with a support worker
    R("disabled person", "I'm 17 and a wheelchair user. My support worker, [[p:Rhiannon]], pushes me across the "
      "grass from our house on [[st:Maes yr Ysgol]] to the pitch because the path stops halfway, and in winter we get stuck. If you're spending "
      "{{£380,000|num}}, put a proper path in as well, and some benches under the trees. My {{PIP|law}} "
      "assessor (NI [[ni:QQ 61 20 49 D]]) says I should be getting out more, so help me out. Thanks.\n"
      "[[sh:@callum_rolls_cwm]]"),
    # 020 capitals
    R("resident", "WHO ASKED FOR THIS. NOBODY IN {{CWMDERWEN|inv}} ASKED FOR THIS. THE SCHOOL FIELD IS WHERE EVERY "
      "KID IN THIS VILLAGE LEARNED TO PLAY. LEAVE IT ALONE AND FIX THE POTHOLES ON {{HEOL Y GLO|route}}.\n"
      "[[p:DAI MORGAN]]"),
]
