"""caravan-occupancy: Wraxby Coast District Council (fictional, Lincolnshire coast) proposes to enforce the
holiday-occupancy condition on static caravan parks: parks closed from 15 January to 1 March, owners to show a main
home elsewhere, and council tax checks on anyone living on a park all year."""
from common import R, each, sents

PREFIX, CONSULTATION = "CVN", "caravan-occupancy"
C = "cvn-homes-not-holidays"

TPL = (
    "I am responding to {{Wraxby Coast District Council|inv}}'s consultation on enforcing {{holiday occupancy conditions|law}} "
    "on caravan parks. Thousands of people on this coast have lived in their caravans all year for a decade or more, "
    "with the park owners' knowledge and the council's. We are not tourists. We pay our pitch fees, we shop in "
    "{{Marshby-on-Sea|inv}} in the winter when the visitors have gone, and we volunteer in the churches and the "
    "lifeboat shop. Evicting us for six weeks every year, or asking us to prove a main home we sold years ago, "
    "will make people homeless. Our homes, not holidays. Please pause enforcement, carry out a proper count of "
    "year-round residents, and work with the park owners on a route to residential licences."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("park resident", TPL, C, "template"),
    # 002 retired couple, pitch and caravan name
    R("park resident", "We sold our house in {{Mansfield|place}} in 2013 and bought a static at "
      "{{Seacroft Sands Holiday Park|org}}. We live on [[fl:pitch 112]], the caravan is called [[hn:Dunroamin]] (my "
      "husband's joke). I am 74, [[p:Dennis]] is 79 (born [[dob:4th September 1945]]) and has {{COPD|med}}. Where do we go for six weeks in {{January|date}}? "
      "We have nowhere.\n[[p:Carol Wragg]]"),
    # 003 exact lower case
    R("park resident", each(TPL, str.lower), C, "exact"),
    # 004 Portuguese seasonal worker
    R("seasonal worker", "Bom dia. I am from {{Portugal|place}}, I work in the packhouse at {{Fenland Fresh|org}} cutting "
      "broccoli. Six of us rent two caravans on the park at {{Ingham Sands|inv}} because no landlord in "
      "{{Boston|placename}} will give us a house. If the park closes in winter we lose job also. My name "
      "[[p:João Pereira]], my phone [[ph:07700 900 352]], national insurance [[ni:QQ105533D]]. {{Obrigado|lang}}."),
    # 005 park owner, business
    R("business", "{{Cheshire Holiday Parks Ltd|orgp}} operates three parks in the district. Our licence conditions "
      "allow 10-month occupancy. We do ask for a main residence address and we do not knowingly sell to people who "
      "live on the park all year. We support the council's approach but ask for a 24-month transition."),
    # 006 blank
    R("park resident", ""),
    # 007 exact capitals
    R("park resident", each(TPL, str.upper), C, "exact"),
    # 008 edited: personal paragraph
    R("park resident", " ".join(S[:3]) + "\n\nI am one of them. I'm 67, a widow, and I have lived in [[hn:Sea Holly]], "
      "[[fl:plot 47]], {{Marram Dunes Park|org}}, [[pc:LN12  2WQ]] since my husband died in 2015. I pay council tax, "
      "account [[acc:CTX 7730 1185]], so the council already knows I live here. My GP is in {{Marshby-on-Sea|inv}} and my "
      "NHS number is [[nhs:999 772 7479]]. I have a car, [[vr:FN15 ZXW]], but nowhere to drive it to in {{February|date}}.\n\n"
      + " ".join(S[3:]) + "\n[[p:Sheila Frith]]", C, "edited"),
    # 009 short
    R("resident", "Enforce the rules. Holiday parks are for holidays."),
    # 010 grandson teen, lower case
    R("young person", "my nan [[p:jean]] lives at the caravan park all year and shes been there since i was born. "
      "she isnt a tourist shes my nan. if u kick her out she will have to sleep on our sofa in {{lincoln|place}} and "
      "theres no room. i go [[sch:Wolds View Academy]] and i have exams. leave her alone"),
    # 011 edited: reworded opening and closing
    R("park resident", "I want to object strongly to the crackdown on people living in their caravans. " +
      " ".join(S[1:6]) + " Please leave us in peace.", C, "edited"),
    # 012 GP surgery
    R("organisation", "{{Marshby Medical Practice|org}} has around 900 registered patients whose address is a caravan "
      "park pitch. Many are frail, with {{Crohn's disease|med}}, heart failure or dementia. Forcing them off site for "
      "six weeks would mean missed medication and admissions to {{Pilgrim Hospital|hosp}}. We ask the council to speak "
      "to the {{Integrated Care Board|org}} first.\n{{Practice Manager|role}}"),
    # 013 near-miss, townsperson in favour
    R("resident", "The campaign says thousands of people on this coast have lived in their caravans all year. "
      "We are not tourists either, we live in the town, and we pay full council tax on a house. Year-round "
      "caravan living puts pressure on the GP and the ambulance. I support enforcement but with time to move."),
    # 014 edited: partial template + own words
    R("park resident", " ".join(S[:2]) + " My own van, [[hn:The Skylark]], has been my home since I came out of the "
      "army in 2012. I did {{Afghanistan|place}} twice with {{the Royal Anglian Regiment|org}}. Service number is none "
      "of your business but my pitch is [[fl:pitch C9]] at {{Coastguard Park|org}}. Leave us be.\n[[p:Mick Ostler]]",
      C, "edited"),
    # 015 lifeboat volunteer; ordinary words
    R("volunteer", "Half the crew of the inshore lifeboat at {{Marshby-on-Sea|inv}} live on the parks. So does the lady "
      "who runs the {{RNLI|org}} shop and the man who drives the tractor down {{Sea Lane|route}} for the {{D-class|brand}} launch. If they go "
      "in winter, who launches? Mr [[p:Grimble]], helm, [[sh:@marshby_lifeboat_grim]], [[em:grimble.helm@example.net]]"),
    # 016 Filipino care worker
    R("care worker", "I am care worker for {{Lincolnshire County Council|org}} home care, I live in a caravan at "
      "{{Seacroft Sands Holiday Park|org}} with my husband [[p:Rodel]] because the rent in town is too high. "
      "I was born [[dob:12/04/1988]] in {{Cebu|place}}. My visa needs my address. If I must leave the park my visa is a "
      "problem. {{Maraming salamat po|lang}}.\n[[p:Marites Dizon]]"),
    # 017 MP mentioned; office without the name
    R("resident", "I have written to our MP, [[p:Victoria Aspinall]], about this. The {{MP for Wraxby and the Wolds|office}} "
      "should be asking the government for a proper residential park category. {{The Mobile Homes Act 1983|law}} "
      "doesn't cover holiday parks and that's the whole problem. We need a law change, not evictions."),
    # 018 ramble
    R("park resident", "Where to start. I grew up in {{Nottingham|place}} and came to this coast every {{August|date}} "
      "as a child, two weeks in a chalet, donkeys on the beach, fish and chips at {{Skegness|place}}, "
      "{{Fantasy Island|landmark}} when it opened, {{Butlins|orgp}} once when my dad had a good year at {{Raleigh|orgp}}. "
      "So when I was widowed and the house was too big and too full of him I sold it and bought a caravan here, "
      "because it was the only place I'd ever been happy. That was 2011. Nobody at the park said I couldn't live in "
      "it. They took my pitch fee every year, account [[acc:SSH-00631]], and said they'd turn a blind eye to the closed month, and they did. The "
      "council sends me a council tax bill, which I pay. The doctor knows where I live. The postman knows where I "
      "live. The only people who pretend I don't live here are the people who wrote this consultation. I am 78. My "
      "daughter is in {{Australia|place}}. I have no main home anywhere else and I'm not going to invent one. If "
      "you want to do something useful, make the parks fix the roads inside them and the drainage, because every "
      "time there's heavy rain the water comes up under my floor and the park owner says it's not his problem. I "
      "have asked three times. And please, if you do send people to check, don't send them in uniforms at eight in "
      "the morning like last year; [[p:Elsie]] two vans down had a panic attack and had to be taken in by the "
      "ambulance. Even my cat {{Nigel|pet}} hid under the bed for a day. We are not criminals, we are old people who like the sea.\n[[p:Pat Needham]], [[hn:Bay View]], "
      "[[fl:pitch 63]], {{Seacroft Sands|org}}"),
    # 019 parish council
    R("parish council", "{{Ingham Sands Parish Council|inv}} supports enforcement only where parks knowingly sell "
      "holiday vans as homes. The {{Clerk to the Council|role}} can provide our figures."),
    # 020 short
    R("resident", "Let them stay, they keep the town alive in winter."),
]
