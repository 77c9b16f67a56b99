"""skate-park: Strathbrinn Council (fictional, the Angus coast near Dundee) consults on a new concrete skate
park for Carnmouth (GBP 420,000) and three sites: Links Park (where the old wooden ramps are), the old bowling
green at Victoria Gardens, or the Harbour car park; floodlit until 9pm."""
from common import R, each, sents

PREFIX, CONSULTATION = "SKT", "skate-park"
C = "skt-right-park-wrong-place"

TPL = (
    "We are residents of the streets around {{Victoria Gardens|own}} in {{Carnmouth|inv}}, and we are responding "
    "to {{Strathbrinn Council|inv}}'s consultation on a new skate park. "
    "We are not against young people and we are not against a skate park. "
    "Right park, wrong place. "
    "The old bowling green sits within {{30 metres|num}} of sheltered flats and family homes, and floodlit use "
    "until 9pm, seven days a week, would bring noise into bedrooms every night of the summer. "
    "{{Links Park|own}} already has the ramps, the parking and the bus stop, and nobody lives beside it. "
    "We ask the council to build the new park at Links Park, to keep Victoria Gardens as a quiet green space, and "
    "to set up a residents' liaison group before any work starts."
)
S = sents(TPL)


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Dundonian teenager, lower case
    R("young person", "eh've been skatin at {{the links|own}} since eh wis nine. the ramps are rotten, ma pal "
      "[[p:dre]] went through wan in {{august|date}} an broke his wrist, ended up in {{ninewells|hosp}} aw nicht. "
      "build the new wan at the links whaur aw the skaters are onywey. {{ken|dialect}} the bowlin green idea is "
      "daft.\n[[sh:@lewy_skates_dd]]"),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Chinese parent, English as a second language
    R("parent", "I am from {{Chengdu|place}} and work at {{the University of Dundee|org}}. My son [[p:Leo Zhang]] "
      "(Chinese name [[p:Zhang Haoran]]) is 12, at [[sch:Carnmouth High School]]. On the scooter he is very brave, "
      "and the ramps are where he made friends. Please choose a safe place with lights, near the bus. We live at "
      "[[fl:flat 3/2]], [[st:18 Harbour Road]], [[pc:dd7 2hx]], and the Harbour is too windy. {{Xièxie|lang}}."),
    # 005 one word
    R("resident", "Support"),
    # 006 former bowling club
    R("organisation", "I was secretary of {{Carnmouth Victoria Bowling Club|club}} until it folded in {{2021|date}}. "
      "The green at {{Victoria Gardens|own}} has not been cut properly since. Better it's full of young folk than "
      "left to the gulls. We won the {{Angus Fours|event}} on that green three years running in the seventies.\n"
      "[[p:J. Kidd]], [[hn:Greenside Cottage]], [[em:jim.kidd at example dot net]]"),
    # 007 skate collective
    R("organisation", "{{Tay Coast Skate Collective|org}} runs free sessions every {{Saturday|date}} on the old "
      "ramps. We want a concrete park with a bowl and a street section, designed with the people who will use it. "
      "{{sportscotland|org}} may put in {{£150,000|num}}. {{Links Park|own}} is our first choice. Our coach, "
      "[[p:Ailsa Ng]], can meet officers any time: [[em:ailsa.ng@example.org]]."),
    # 008 edited: personal paragraph
    R("resident", " ".join(S[:3]) + "\n\nI look after my grandchildren, [[p:Callum]] and his sister, three nights "
      "a week at my house at [[st:11 Brinn Street]], [[pc:DD7 4LQ]]. [[p:Callum]] is six and has {{ADHD|med}}, and it "
      "already takes till ten to get him over. His room looks straight onto the green.\n\n" + " ".join(S[3:]),
      C, "edited"),
    # 009 one word
    R("resident", "n/a"),
    # 010 capitals
    R("pensioner", "IF THIS GOES AT VICTORIA GARDENS I WILL NOT SLEEP. MY HUSBAND [[p:ERIC]] IS ON OXYGEN "
      "(NINEWELLS NUMBER [[hosp:NWH 3380715]]) AND HAS THE WINDOW OPEN ALL SUMMER. WE HAVE LIVED AT [[st:4 KIRKTON ROW]] FOR FORTY YEARS. PUT IT AT "
      "{{THE LINKS|own}} WHERE IT IS NOW. THE COUNCILLORS WOULD NOT WANT IT OUTSIDE THEIR HOUSES."),
    # 011 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 near-miss: a teenager answering the residents
    R("young person", "Everybody round the gardens keeps saying we are not against young people and we are not "
      "against a skate park, just not here. Then where? The harbour is a car park and the links floods every "
      "winter. The bowling green is dead space. Put it there, put a fence and some trees round it and let us "
      "use it."),
    # 013 Syrian teenager, English as a second language
    R("young person", "My name is [[p:Yousef Haddad]], born [[dob:2 March 2010]] in {{Homs|place}}, "
      "{{Syria|place}}. I came to Carnmouth three years ago with no friends and no English. At the ramps the boys "
      "teach me the ollie and now I teach the small ones. I go to [[sch:St Drostan's Academy]]. Please make it "
      "big, with lights. {{Shukran|lang}}.\nsnap: [[sh:yousef.h.sk8]]"),
    # 014 edited: reworded opening and closing
    R("resident", "We live on the east side of the old bowling green and have read the consultation papers "
      "closely. " + " ".join(S[1:5]) + " Please put the park at Links Park, leave the gardens quiet, and talk to "
      "us before anything is built.", C, "edited"),
    # 015 blank
    R("parent", "   "),
    # 016 mother, lower case texting
    R("parent", "my daughter [[p:evie-rose]] is 9 and does scooter every day after school. {{the harbour car park|own}} is "
      "a no from me, folk drive like eejits along {{Harbour Road|route}} and my car [[vr:SN19 XKD]] got broke into twice and then i got a ticket "
      "([[acc:PCN SB40915527]]) for being 5 mins over. just build it "
      "before she's 20 lol"),
    # 017 edited: partial template + own text (wheelchair skater)
    R("disabled person", "I use a wheelchair and I ride WCMX, which is skating in a chair. " + S[4] + " " + S[3] +
      " The gardens also have steps on two sides. I would ask for a ramp-in, not a drop-in, on at least one "
      "bowl, and an accessible toilet. " + S[5], C, "edited"),
    # 018 Dundee pensioner for the gardens
    R("pensioner", "Eh'm seventy-eight an eh bide in [[hn:Tayview]], [[st:Cairnie Wynd]], richt by the gardens, an "
      "eh'm aw for it. The place is deid. Eh'd raither hear bairns laughin than naething. Gie the young yins "
      "somethin o their ain, like {{Desperate Dan|char}} an {{Oor Wullie|char}} got in toon. An {{Greggs|orgp}} is "
      "just roond the corner for their pehs."),
    # 019 community council, councillor named
    R("organisation", "{{Carnmouth Community Council|inv}} discussed the options in {{February|date}}.\n"
      "1. Members split between {{Links Park|own}}, by the bus stop on {{Marine Parade|route}} (5), and {{Victoria Gardens|own}} (4). Nobody supported "
      "{{the Harbour car park|own}}.\n"
      "2. Lights should go off at {{8pm|num}} from {{October|date}} to {{March|date}}.\n"
      "3. We thank Councillor [[p:Graham Rennie]] for attending.\n{{Secretary|role}}"),
    # 020 young person with a video channel
    R("young person", "Ive filmed every session at the links for 2 year on my channel "
      "[[sh:youtube.com/@kerrbearskates]] and the wood is that bad now we spend half the time kicking nails back "
      "in. Concrete lasts. Please dont let {{Tony Hawk's Pro Skater|brand}} be the only skate park we have that "
      "doesnt leak. I'd say Links Park, with lights."),
]
