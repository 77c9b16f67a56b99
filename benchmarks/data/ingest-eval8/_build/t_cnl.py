"""canal-towpath: Brindleford Metropolitan Borough Council (fictional, West Midlands) consults on the Hawkbrook
Greenway: resurfacing and widening 6.5 miles of the Hawkbrook Canal towpath to 3 metres as a shared cycle
route, LED lighting, and removing forty visitor moorings at Coalpool Basin for a cycle hub."""
from common import R, each, sents

PREFIX, CONSULTATION = "CNL", "canal-towpath"
C = "cnl-towpath-not-a-racetrack"

TPL = (
    "I walk the {{Hawkbrook Canal|own}} towpath most days and am responding to the plans for "
    "{{the Hawkbrook Greenway|own}}. "
    "A smooth, wide path will bring more cyclists, and many of them will be commuters in a hurry. "
    "The towpath is a quiet place for walkers, anglers, boaters, children and dogs, not a racetrack. "
    "Under the low bridges there is room for one person at a time, and a bike at twenty miles an hour gives "
    "nobody time to step aside. "
    "Removing the forty visitor moorings at {{Coalpool Basin|own}} would also take away the boats that make the "
    "canal feel safe and lived in. "
    "I ask the council to put a {{10 mph|num}} limit and dismount signs under every bridge, and to keep the "
    "moorings at Coalpool."
)
S = sents(TPL)


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Black Country / Brummie
    R("resident", "Ow bist. It's bostin they'm doin summat "
      "about the mud, mind, cos in winter it's like the {{Somme|event}} down by {{Tanners Wharf|own}}. But our kid "
      "[[p:Gaz]] cycles it to {{Cadbury|orgp}} at {{Bournville|place}} every mornin, {{Villa|club}} shirt an all, an even he says some of them "
      "lycra lads am mental. Lights yes, racetrack no. {{Tara-a-bit|dialect}}."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 liveaboard boater
    R("boater", "I live aboard a narrowboat, [[hn:Lazy Heron]], under a {{Canal & River Trust|org}} licence, "
      "number [[acc:CRT 527193]]. The visitor moorings at {{Coalpool Basin|own}} are the only safe overnight stop "
      "around. Take them away and boaters will not stop at all, and the trip boat "
      "{{Kingfisher Belle|ship}} will have nowhere to turn."
      "\n[[em:heron.boat@example.net]]"),
    # 005 angling club
    R("organisation", "{{Hawkbrook Amalgamated Anglers|club}} holds matches on {{the Hawkbrook Canal|own}} from "
      "{{Ketley's Lock|landmark}} to {{Coalpool Basin|own}} most {{Sunday|date}}s. A 3 metre path would put bikes "
      "right behind our pegs, with poles of up to {{13 metres|num}} laid "
      "across it. We ask for a match-day diversion and signs, and for the {{Angling Trust|org}} to be consulted on "
      "the design."),
    # 006 Punjabi grandfather, English as a second language
    R("pensioner", "{{Sat Sri Akal|lang}}. I am 74, I walk every morning from {{Soho Way|route}} to the "
      "{{Guru Nanak Gurdwara|church}} and back, because doctor says for the sugar I must walk. Two times a bicycle "
      "nearly hit me, no bell, nothing. My grandson [[p:Harjot]] says write to council. "
      "Lights is good, but make bicycles go slow. Son's number [[ph:0121 496 0214]]."),
    # 007 cyclist in favour
    R("resident", "I'm a nurse at {{Queen Elizabeth Hospital|hosp}} and cycle in on the towpath because the "
      "{{A38|road}} is lethal. Wider, lit and "
      "not a mud bath: yes please. Most of us are not racing, we're trying to get to a 7am handover on a "
      "{{Brompton|brand}}. Ring a bell, slow down at bridges, done."),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nI push a double buggy along the canal to nursery, and my son [[p:Mason]] "
      "is autistic and bolts when something fast comes up behind him. Last {{October|date}} a cyclist clipped the "
      "buggy and didn't stop. We live at [[st:31 Wharf Lane]], [[pc:b70 3jp]], right by the bridge, so this is our route to "
      "everything.\n\n" + " ".join(S[3:]), C, "edited"),
    # 009 one word
    R("resident", "Yes."),
    # 010 Jamaican grandmother
    R("pensioner", "Mi walk dat towpath fi forty year, from mi yard to {{New Testament Church of God|church}} "
      "every Sunday. Mi nuh want no racetrack. Mi grandson [[p:Tyrese]] seh di bike dem come tru di bridge like "
      "dem a run from police. Light it up, yes, an fix di mud, but mek dem slow down. {{Bless up|lang}}.\n"
      "Mrs [[p:Hyacinth Campbell]]"),
    # 011 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 near-miss: a cyclist answering back
    R("resident", "The towpath is a quiet place for walkers, anglers, boaters, children and dogs, and for "
      "cyclists, who are people too. I ride it to work at {{8mph|num}} with a bell. Don't design it for the worst "
      "rider, design it for the ones who are there every day."),
    # 013 college student, lower case
    R("young person", "i walk home from [[sch:brindleford sixth form college]] to [[st:cinder bank]] along the cut "
      "in winter and its pitch black from {{tanners wharf|own}} to the gas works. me and my mate [[p:keisha]] have to use our phone "
      "torches. lights would be amazing honestly. bikes are fine its the lads on e-scooters that are the problem\n"
      "snap [[sh:jas.kaur07]]"),
    # 014 edited: reworded opening and closing
    R("resident", "I have walked this canal with my dogs for twenty years and want to add my voice to the "
      "Greenway consultation. " + " ".join(S[1:5]) + " Please slow the bikes down at the bridges and keep the "
      "Coalpool moorings where they are.", C, "edited"),
    # 015 Eritrean delivery rider, English as a second language
    R("resident", "My name is [[p:Dawit Tesfamariam]], I am from {{Asmara|place}}, {{Eritrea|place}}. I do "
      "{{Deliveroo|brand}} by bicycle. The road is dangerous for me, so I use the towpath. Last month my moped "
      "[[vr:BV21 XKF]] was stolen and now only the bicycle. I am legal worker, my National Insurance is "
      "[[ni:QQ 27 90 13 A]]. I agree with the new path and the lights, and I go "
      "slowly under the bridges, I promise. {{Yekenyeley|lang}}."),
    # 016 canal society, formal numbered
    R("organisation", "{{Brindleford Canal Society|org}} response\n"
      "1. We support better surfacing, but not at any cost to the canal's heritage.\n"
      "2. Six bridges on the route are {{Grade II|law}} listed, among them {{Ketley's Bridge|landmark}} and "
      "{{Pudding Lane Bridge|landmark}}, where the restored working boat {{Emily Jane|ship}} is moored.\n"
      "3. Bright LED lights would harm bats. We ask for a bat survey and warm, low lighting.\n"
      "{{Honorary Secretary|role}}"),
    # 017 edited: partial template + own text (wheelchair user, support worker)
    R("disabled person", "I use a power chair and for me a smooth, wide path would be wonderful, so I am not "
      "against this. " + S[1] + " " + S[3] + " My support worker [[p:Precious]] walks beside me and we have "
      "both been shouted at to move. " + S[5], C, "edited"),
    # 018 Pakistani women's walking group
    R("organisation", "{{Assalamu alaikum|lang}}. We are a women's walking group from the mosque, eighteen "
      "sisters, most of us over fifty. We walk the canal on {{Tuesday|date}} and {{Thursday|date}} mornings after "
      "the school run. The lights will make us feel safe in winter. But please keep a slow path, some of the "
      "ladies are not steady on their feet. For the group, [[p:Nasreen Akhtar]]. "
      "{{Shukriya|lang}}."),
    # 019 cafe boat
    R("business", "We run {{The Floating Cob|org}}, a cafe on a boat moored at {{Coalpool Basin|own}} since "
      "{{2019|date}}. Half our customers are walkers and half are boaters off the visitor moorings. If the "
      "moorings go, so do we. A cycle hub would bring trade, so put it on the car park and keep both. "
      "[[em:floatingcob.cafe@example.com]]"),
    # 020 dog walker knocked down by a cyclist
    R("resident", "In {{August|date}} I was knocked flat by a cyclist under {{Ketley's Bridge|landmark}} while "
      "walking my Staffie {{Tyson|pet}}. Broken wrist, six weeks in plaster, and the lad never stopped. My "
      "hospital number at {{Sandwell General|hosp}} is [[hosp:SGH-3318804]] and my NHS number is "
      "[[nhs:999 842 2817]] if you want proof. Put bollards and a {{10 mph|num}} sign under every bridge or "
      "someone will be killed.\n[[p:Keith Dudley]], [[st:9 Lockside Terrace]], [[pc:WS10 8QN]]"),
]
