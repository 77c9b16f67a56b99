"""memorial-benches: East Carse Council (fictional, the Fife side of the Forth) consults on a draft policy for
memorial benches and tributes: no new benches on the Braes Promenade in Cullenbrae (212 already), existing
plaques kept for ten years and then renewed for £350 or removed, and flowers, photos, balloons and wind chimes
on benches, railings and trees taken away after 14 days; memorial trees at £600 offered instead."""
from common import R, each, sents

PREFIX, CONSULTATION = "MEM", "memorial-benches"
C = "mem-let-them-rest"

TPL = (
    "I am responding to {{East Carse Council|inv}}'s draft policy on memorial benches and tributes. "
    "The benches on {{the Braes Promenade|own}} were paid for by local families, not by the council, and each one "
    "is a place where somebody still comes to sit and remember. "
    "Asking families to pay {{£350|num}} after ten years or see the plaque removed is unkind, and many of the "
    "people who bought those benches are now pensioners. "
    "A few flowers on a bench are not litter. "
    "{{Let them rest|slogan}}. "
    "I ask the council to keep existing plaques for as long as the bench stands, to allow small tributes for a "
    "reasonable time, and to speak to bereaved families before anything is removed. "
    "Grief does not run to a ten-year contract."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 one word
    R("resident", "Support."),
    # 003 Scots widow: husband's name on the plaque
    R("pensioner", "Ma man's bench is the third fae the harbour steps. It says [[p:Tam Wishart]], 'He aye liked the "
      "view', an Ah can see it fae ma windae on [[st:Fisher Row]]. Ye can {{haud yer wheesht|scots}} aboot ten "
      "year. Ah'll pay nae {{£350|num}} tae keep ma ain man's name on his ain bench.\n[[p:Nettie Wishart]]"),
    # 004 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 005 Italian-Scots cafe family: firm named after the family, obfuscated email
    R("business", "My grandfather [[p:Giuseppe Cappellani]] came from {{Barga|place}} in {{Tuscany|place}} in "
      "{{1926|num}} and opened the ice cream shop on the front, {{Cappellani's|orgp}}, which we still run. His bench "
      "is outside it. Every {{2 November|date}}, for the {{Giorno dei Morti|event}}, my mother puts chrysanthemums "
      "on it, and twice last year they were gone within a day. {{Grazie|lang}}.\n[[p:Lucia Cappellani]]\n[[em:l.cappellani [at] example.com]]"),
    # 006 edited: personal paragraph (late wife, date of birth, bench reference, house, street, postcode, phone)
    R("pensioner", " ".join(S[:3]) + "\n\nMy wife [[p:Agnes]] was born in Cullenbrae on [[dob:2 June 1944]] and we "
      "bought her bench in {{2014|num}}, the year she died. It looks straight out to the {{Isle of May|placename}}, "
      "because that is where we went on our first outing, on the boat from {{Anstruther|place}}. The reference on "
      "the council's letter is [[acc:ECC/MB/0417]]. I am 83 and I live at [[hn:Fairhaven]], "
      "[[st:Cunzie Street]], [[pc:KY103BN]]. My phone is [[ph:0131 496 0822]].\n\n" + " ".join(S[3:]) +
      "\n[[p:Bob Wemyss]]", C, "edited"),
    # 007 teenager, lower case: grandad's name (also a word), handle
    R("young person", "my nan put a {{paddington|char}} teddy n a photo on my grandads bench for his birthday n the council binned them "
      "after like a week. it wasnt hurting anyone. his name was [[p:frank mcinally]] n he was the best. just leave "
      "it\n[[sh:@kayleigh.mci.x]]"),
    # 008 community council, numbered: a lost fishing boat
    R("community council", "{{Cullenbrae Community Council|inv}} discussed the draft policy at its "
      "{{February|date}} meeting.\n1. We agree the {{Braes Promenade|own}} cannot take more benches; there are "
      "already {{212|num}}.\n2. Existing plaques should not carry a renewal fee. Many were bought by families who "
      "have since left the area and cannot be traced.\n3. The bench for the crew of the {{Girl Morven|ship}}, lost "
      "off the {{Bell Rock|landmark}} in {{1968|num}}, belongs to the whole town and should be exempt.\n4. We would "
      "support a memorial wall or book at the {{RNLI|org}} station instead of new benches.\n{{Secretary|role}}"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 Polish widow: Scottish flat, numbered street
    R("resident", "My husband [[p:Krzysztof]] worked at the dockyard in {{Rosyth|place}} for twenty years. His "
      "ashes went home to {{Gdańsk|place}}, so here we have only the bench. For {{Wszystkich Świętych|event}}, "
      "{{1 November|date}}, Polish people light candles, {{znicze|lang}}. Please allow candles in glass that night. "
      "I live at [[fl:flat 2/3]], [[st:41 Shore Wynd]].\n[[p:Halina Nowak]]"),
    # 011 Chinese family: a name in two orders
    R("resident", "My father [[p:Lau Kwok-wing]] ran the {{Golden Dragon|org}} takeaway on "
      "{{Harbour Street|route}} for thirty-five years. We bought his bench in {{2016|num}}. At "
      "{{Ching Ming|event}} in {{April|date}} we bring flowers, oranges and incense, and we clear it all up the same "
      "day. The plaque says 'In loving memory of [[p:Kwok-wing Lau]], Dad and Grandad'.\n[[p:Winnie Lau]]"),
    # 012 edited: reworded first-person opening and closing
    R("resident", "I'm no one for writing to the council, but I've put my own name to this because every word of it "
      "is true. " + " ".join(S[1:-1]) + " My mother's bench is the one by the putting green, and I'll sit on it as "
      "long as I'm able.\n[[p:Elspeth Moffat]]", C, "edited"),
    # 013 near-miss: wildlife volunteers
    R("organisation", "A few flowers on a bench are not litter, no. But balloons, ribbons and plastic wind chimes "
      "are, and they end up in the {{Firth of Forth|place}}. We have found ribbon wrapped round {{eider|species}} "
      "chicks on the rocks below the prom, {{Cuddy's ducks|species}} as the old folk call them.\n{{Cullenbrae Shore Watch|org}}"),
    # 014 man with COPD
    R("disabled person", "I have {{COPD|med}} and can manage about a hundred yards before I need to sit. "
      "I come in on the bus from {{Leslie|placename}}, and the benches on the prom are how I get from the "
      "bus stop to the harbour when my neighbour [[p:Ina]] walks me down. I don't mind whose name is on them as "
      "long as they stay. More benches, not fewer."),
    # 015 bereaved parents: son, his school, email
    R("parent", "Our son [[p:Lewis]] died in {{2022|num}}, at nineteen. His bench is in {{Links Park|own}} by the "
      "skatepark, and his pals from [[sch:Cullenbrae High]] still meet there on his anniversary and leave him a tin "
      "of {{Monster|brand}}. The council took it all away within two days. Tell us and we'll clear it, but don't "
      "just bin it. [[em:gail.rennie@example.net]]\n[[p:Gail]] and [[p:Stuart Rennie]]"),
    # 016 edited: part of the template plus own text; a nickname beside the full name
    R("resident", " ".join(S[1:4]) + " My faither's bench has a wee brass plate that says 'Gone fishing' and his "
      "name, [[p:Andrew Bett]], though everybody on the harbour called him [[p:Dandy]]. I'll no be paying to keep "
      "it.", C, "edited"),
    # 017 one word
    R("resident", "Disagree."),
    # 018 council parks officer
    R("council staff", "I'm one of the {{Parks Officers|role}} who has to take the tributes down. Nobody in the "
      "team wants to. We have {{212|num}} benches on two miles of front and two of us to look after them. A clear rule, whatever it is, would honestly make it easier for us and for the "
      "families."),
    # 019 blank
    R("resident", ""),
    # 020 councillor
    R("councillor", "I will move an amendment at the {{Environment and Communities Committee|inv}} to drop the "
      "renewal fee. Until {{2011|num}} families paid {{£1,200|num}} for a bench 'in perpetuity', and the council "
      "should honour that. I have asked {{the Provost|office}} to meet the families.\nCllr [[p:Morag Baird]], {{Cullenbrae and Carse ward|inv}}"),
]
