"""bridge-toll: Fleetness Borough Council (fictional, Essex estuary) proposes to raise the toll on the
Wrayhythe Bridge to Hollowshore Island from £1.20 to £3.50 a crossing, end the Islander Pass (40p a crossing for
island residents) and close the cash booths so that tolls are paid by app or account only."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "TOL", "bridge-toll"
C = "tol-save-the-islander-pass"

TPL = (
    "We live and work on {{Hollowshore Island|inv}} and the {{Wrayhythe Bridge|own}} is our only road to the mainland. "
    "For us it is not a day out, it is the school run, the doctor, the supermarket and the night shift. "
    "Raising the toll from {{£1.20|num}} to {{£3.50|num}} and scrapping the {{Islander Pass|own}} would cost a family "
    "crossing twice a day more than {{£2,000|num}} a year. "
    "Closing the cash booths shuts out older people who do not have smartphones. "
    "Save the Islander Pass. "
    "We ask {{Fleetness Borough Council|inv}} to keep the pass for everyone registered on the island, "
    "keep at least one staffed booth, and publish the bridge accounts so we can see where the money goes."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Essex voice
    R("resident", "Three pound fifty to get to {{Lidl|org}} or {{Asda|org}}? Do me a favour. Some of us on the island are on the "
      "minimum, working at {{Amazon|org}} in {{Tilbury|place}}, not all weekenders with boats. Leave it alone."),
    # 003 exact caps
    R("resident", each(TPL, str.upper), C, "exact"),
    # 004 care worker, vehicle, pass number
    R("care worker", "I'm a home carer and I cross the bridge up to six times a day between calls. My Islander Pass "
      "number is [[acc:IP-20-33817]] and my car is [[vr:EK19 WZT]]. The agency pays 25p a mile and nothing for tolls. "
      "At {{£3.50|num}} a go I will be paying to go to work. The old boy I see at seven every morning, Mr [[p:Abbott]] (DOB [[dob:01/01/1931]] on my rota sheet), "
      "would have nobody."),
    # 005 parish council
    R("parish council", "{{Hollowshore Parish Council|inv}} met on {{3 March|date}} and resolved unanimously to object. "
      "The {{Parish Clerk|role}} has written separately to {{the MP for Fleetness and Hollowshore|office}}. We note that the bridge was built with public money in 1972 "
      "and that the {{Wrayhythe Bridge Act|law}} allows concessions for residents. We ask for an islanders' "
      "representative on {{the Bridge Board|own}}."),
    # 006 blank
    R("resident", ""),
    # 007 exact, extra spaces and comma changes
    R("resident", plain_only(TPL, lambda s: s.replace(", ", " , ").replace(". ", ".  ")), C, "exact"),
    # 008 Nepali ESL, restaurant
    R("business", "Namaste. I am [[p:Bishnu Gurung]], I run {{Everest Spice|org}} restaurant on the island since 2016, "
      "before I was in {{Gurkha|org}} army twenty-two year. My staff all live in {{Fleetness|inv}}, they cross every day. "
      "If toll is {{£3.50|num}} they will not come work for me. Maybe business close. Please keep pass for workers also. "
      "{{Dhanyabad|lang}}. Phone [[ph:01632 960 271]]"),
    # 009 edited: personal paragraph
    R("parent", " ".join(S[:2]) + "\n\nMy son [[p:Alfie]] is at [[sch:Fleetness Academy]] on the mainland because the "
      "island has no secondary. He has {{cerebral palsy|med}} and I drive him in because the bus can't take his chair. His NHS number is [[nhs:9997187075]] if you need to check. "
      "That's four crossings a day. I've done the sums and it's {{£2,500|num}} a year. My husband [[p:Darren Pryke]] "
      "already works away all week to keep us afloat.\n\n" + " ".join(S[2:]) + "\n[[p:Leanne Pryke]], [[st:12 Saltings "
      "Way]], [[pc:ss8 7wr]]", C, "edited"),
    # 010 mainland resident in favour
    R("resident", "The islanders have had it cheap for fifty years while the rest of us pay full whack. I teach on the mainland and one of my pupils, [[p:Kenzie]], comes over from the island every day; her mum says they'll manage. {{£3.50|num}} "
      "is still cheaper than the {{Dartford Crossing|landmark}} over the {{Queen Elizabeth II Bridge|landmark}}. About time."),
    # 011 Ghanaian nurse
    R("nurse", "I am a nurse at {{Southend Hospital|hosp}} and I do nights. When I finish at eight in the morning the "
      "cash booth is the only way, my phone is always dead by then, like {{Bob the Builder|char}} says, can we fix it? Please keep one booth open. My husband [[p:Kofi "
      "Asante]] and I bought our flat, [[fl:Flat 3, Heron Court]], on the island in 2019 because it was what we could afford. {{Medaase|lang}}."),
    # 012 near-miss
    R("resident", "Closing the cash booths shuts out nobody, it's 2025. The app works fine. Just keep a discount for "
      "islanders and I'm happy."),
    # 013 edited: reworded opening and closing
    R("pensioner", "I am 77 and I've lived on the island since I married. " + " ".join(S[1:6]) + " Keep the pass, "
      "keep a booth, and show us the bridge money. [[p:Doreen Bright]]", C, "edited"),
    # 014 lower case, fisherman
    R("fisherman", "i moor at {{the hard|landmark}} and go over the bridge 4am every day with the catch. the boat is the "
      "{{Boy Liam|ship}} out of {{Leigh-on-Sea|place}} and ive got a van [[vr:fd63 oak]] full of fish boxes. if i pay 3.50 each way thats my diesel "
      "gone. [[p:mick]]"),
    # 015 one word
    R("resident", "Disagree"),
    # 016 Hungarian ESL, app
    R("resident", "Hello. I am [[p:Zsófia Varga]] from {{Debrecen|place}}, I work in warehouse in {{Basildon|place}}. The "
      "app is not working with my old phone. I try register two times, the app say my email "
      "[[em:zsofi.varga@example.net]] is wrong. I have all documents, National Insurance number [[ni:QQ408812D]]. Please keep the booth with a person. {{Köszönöm|lang}}."),
    # 017 sailing club
    R("organisation", "{{Wrayhythe Sailing Club|inv}} has around 300 members, most of whom live off the island, across the {{Thames Estuary|place}}. We would "
      "accept a higher toll if the money went into the bridge, which has had a weight limit since the {{Beast from the "
      "East|event}} in 2018. Our commodore asks {{the Director of Place|role}} to meet us."),
    # 018 edited: partial
    R("resident", " ".join(S[:3]) + " And don't tell me about the app, I haven't got a smartphone and I'm not getting "
      "one. Sort it out. [[p:R. Tanner]], [[hn:Curlew Cottage]], East End", C, "edited"),
    # 019 student
    R("student", "im at [[sch:Fleetness College]] and the bus from the island is {{£2|num}} but the bus company says "
      "theyll add the toll to the fare. so {{£5.50|num}} to get to college?? my mate [[p:jay]] already dropped out cos "
      "of money. dm me [[sh:@lil.essex.lad]]"),
    # 020 short
    R("resident", "Keep the pass."),
]
