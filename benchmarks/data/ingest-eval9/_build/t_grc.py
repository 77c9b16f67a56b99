"""grass-cutting: Trentvale District Council (fictional, the Nottinghamshire and Derbyshire coalfield: the
town of Beltham and the villages of Ollerby and Sawley Carr) consults on 'Let It Bloom': cutting most road
verges, parks and open spaces twice a year (cut and collect) instead of every three weeks, leaving wildflower
areas, keeping sightlines at junctions and play areas, and a 'respectful' schedule in cemeteries, saving
GBP 210,000 a year."""
from common import R, each, sents

PREFIX, CONSULTATION = "GRC", "grass-cutting"
C = "grc-safe-verges-tidy-villages"

TPL = (
    "I am writing about {{Trentvale District Council|inv}}'s '{{Let It Bloom|own}}' plan to cut most verges and "
    "open spaces only twice a year. "
    "I am all for wildlife, but long grass on village verges hides the kerb, blocks the view at junctions and "
    "fills up with litter and dog mess. "
    "Older people and anyone with a pushchair end up walking in the road. "
    "In our churchyards and cemeteries it looks as if nobody cares. "
    "Please keep cutting every verge inside the 30mph limits and every cemetery at least once a month, "
    "and choose the wildflower areas with the parish councils instead of drawing them on a map at "
    "{{the Civic Centre|landmark}}. "
    "Tidy villages and wildflowers can both be done, but only if they are done properly."
)
S = sents(TPL)


def one_clause_per_line(s):
    return s.replace(", ", ",\n").replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 East Midlands dialect; a car on the verge in lower case
    R("resident",
      "{{Ay up me duck|dialect}}. The verge outside ours on [[st:Pit Lane]] is up to me knees, I can't see to "
      "pull out the drive and I lose {{Bella|pet}} in it when we go for a walk. Our [[p:Kev]] nearly had a lad on a bike. And the white {{Corsa|brand}}, [[vr:yr63 hbn]], parks "
      "on it every night anyway. I'm not being {{mardy|dialect}}. I rang it in, ref [[acc:TDC/GM/20931]]. Cut it."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 wildlife volunteer, plants named like people, handle
    R("volunteer",
      "I volunteer with {{Nottinghamshire Wildlife Trust|org}} and I support '{{Let It Bloom|own}}'. On the trial "
      "verges we recorded {{bee orchid|plant}}, {{lady's bedstraw|plant}}, {{Herb Robert|plant}} and "
      "{{small copper|species}} butterflies and {{Roesel's bush-cricket|species}}, most of them along the {{Robin Hood Way|route}} past the old pit. "
      "It looks untidy for three weeks in {{July|date}}. Photos at [[sh:@verges_of_trentvale]].\n"
      "[[p:Imogen Talbot-Reeve]]"),
    # 005 one word
    R("resident", "Support"),
    # 006 edited: personal paragraph in the middle, hospital number
    R("carer", " ".join(S[:2]) + "\n\nMy husband [[p:Derek]] has {{Alzheimer's|med}} and walking is the one thing "
      "he still enjoys. Last month he caught his foot on the hidden kerb on [[st:Chapel Row]], where we live, and "
      "went down hard. We spent six hours at {{Queen's Medical Centre|hosp}} and they gave me a card with his "
      "hospital number, [[hosp:QMC 5518302]], to bring next time. I'd rather there wasn't a next time.\n\n" +
      " ".join(S[2:]), C, "edited"),
    # 007 farmer and former verge contractor, farm name, tractor, phone
    R("farmer",
      "I farm at [[hn:Low Carr Farm]] and for twenty years I cut the village verges for the parish with my own "
      "{{Massey Ferguson|orgp}} and flail, and my tenant in the farm cottage, [[p:Dariusz]], did the hedges. The council took it in-house in 2019. Now nobody cuts them and the "
      "view at the {{Mill Lane|route}} junction is nil. I'd do it again for diesel money. My tractor's "
      "[[vr:FX66 TRV]], you'll have seen it. Ring [[ph:0115 496 0384]].\n[[p:Richard Clay]]"),
    # 008 Japanese, English as a second language
    R("parent",
      "I moved from {{Kyoto|place}} to {{Beltham|inv}} four years ago. I like very much the meadows on the "
      "verges, it is like {{satoyama|lang}} at home. But my son [[p:Haruto]] has bad {{hay fever|med}}, so please "
      "cut near the school and the bus stop. Both can be done. {{Arigatou gozaimasu|lang}}.\n"
      "[[p:Yuki Watanabe-Clarke]]"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 parish council, formal numbered response
    R("parish council",
      "{{Ollerby Parish Council|inv}}: response to the '{{Let It Bloom|own}}' consultation\n\n"
      "1. The Parish Council supports more wildflower areas in principle.\n"
      "2. Members are concerned about visibility at the junctions of the {{B6386|road}} with {{Mill Lane|route}} "
      "and {{Moor Road|route}}.\n"
      "3. The closed churchyard of {{St Wystan's|church}} is maintained by the district council and, under the "
      "{{Local Government Act 1972|law}}, must be kept in decent order.\n"
      "4. The Parish Council would take on the cutting of the village green and two verges itself, with a grant.\n"
      "5. The Council invites {{the Portfolio Holder for Environment|office}} and its ward member, Cllr "
      "[[p:Tessa Wragg]], to its next meeting on "
      "{{3 September|date}}.\n\n"
      "{{The Parish Clerk|role}}"),
    # 011 near-miss: hay fever
    R("resident",
      "I am all for wildlife, but long grass is murder for anyone with {{hay fever|med}}, and that's a fifth of the "
      "population. Cut the verges near houses and schools and leave the ones out in the fields. Nobody is "
      "sneezing on a farm track."),
    # 012 teenager, lower case, own school
    R("young person",
      "the field behind my school [[sch:beltham academy]] is like a jungle now n someone lost a football in it n "
      "found a needle. lol not lol. also ticks. my mate [[p:kian]] got bit n had to have antibiotics cos they "
      "thought it was {{lyme disease|med}}"),
    # 013 edited: reworded opening and closing
    R("resident", "I've lived in {{Ollerby|inv}} for forty years and I've never written to the council before. " +
      " ".join(S[1:5]) + " I hope somebody actually reads this.\n[[p:Florence]]", C, "edited"),
    # 014 pensioner, cemetery, a plant named like a person, date of birth
    R("pensioner",
      "My wife [[p:Joan]] is buried in {{Beltham Cemetery|landmark}} and I go up every {{Sunday|date}}. She grew "
      "{{Sweet William|plant}} in our garden for fifty years and I take her some. Last time the grass round her "
      "stone was up to my shins and I couldn't find the path. I was born on [[dob:2 June 1937]] and I'm not "
      "getting any steadier with my {{Parkinson's|med}}, on my own at [[hn:The Laurels]] now. Whatever you do on the verges, please cut the "
      "cemetery.\n[[p:Arthur Spowage]]"),
    # 015 blank
    R("resident", ""),
    # 016 Albanian gardener, firm named after himself, NI number
    R("business",
      "I have small business, {{Gjergji Landscapes|orgp}}, with my {{Stihl|orgp}} machines. One client, Mrs "
      "[[p:Clifton]], and many others ask me to cut "
      "the verge outside their house but it is highway, not allowed. Last year I offered to cut verges on "
      "contract, the council asked my NI number, [[ni:QQ814027D]], and then nothing. {{Faleminderit|lang}}.\n"
      "[[p:Gjergj Hoxha]]\n[[ph:0115 496 0917]]"),
    # 017 edited: half the template and own text, obfuscated email
    R("cyclist", " ".join(S[:3]) + "\nI cycle the lanes round {{Beltham|inv}} most evenings and the long verges "
      "mean you can't pull in for a car or see what's coming out of a gateway. I've also picked three ticks off "
      "my legs this summer. Email me if you want details: [[em:pete.rawson (at) example.net]]\n[[p:Pete Rawson]]",
      C, "edited"),
    # 018 disabled person on a scooter, carer, flat, route, NHS number, complaint reference
    R("disabled person",
      "The pavement on {{Station Road|route}} is half grass now and my mobility scooter has tipped once. My carer "
      "[[p:Bev]] has to walk in the road beside me. I live at [[fl:Flat 7, Miners Court]], [[pc:NG16  4TR]]. The "
      "ambulance crew took my NHS number, [[nhs:999 995 0124]], and the complaint is [[acc:TDC-ENV-40871]], so "
      "it's on record. Flowers on roundabouts, fine. Not on pavements.\n[[p:Dennis Kirk]]"),
    # 019 in-bloom group (signed with the post only)
    R("organisation",
      "{{Beltham in Bloom|club}} supports wildflower areas that are planned and sown, with a mown edge so they "
      "look cared for. Simply stopping mowing and calling it a meadow is another thing. Rank grass full of "
      "{{ragwort|plant}} and {{Japanese knotweed|plant}} is not a meadow. We would be glad to help choose sites.\n"
      "{{Secretary|role}}"),
    # 020 exact, one clause per line
    R("resident", each(TPL, one_clause_per_line), C, "exact"),
]
