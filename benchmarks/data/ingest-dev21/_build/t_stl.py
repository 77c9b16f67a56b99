"""short-term-lets: Dunlaggan City Council (fictional Scottish city on the east coast) proposes a short-term
let control area over the Old Town, Castlegate and Harbourside, so that letting a whole flat or house to visitors
needs planning permission as well as the licence every host already holds."""
from common import R, each, sents

PREFIX, CONSULTATION = "STL", "short-term-lets"
C = "stl-homes-not-hotels"

TPL = (
    "I support the proposal by {{Dunlaggan City Council|inv}} to make the {{Old Town|own}}, {{Castlegate|own}} and "
    "{{Harbourside|own}} a short-term let control area. "
    "Tenement stairs that were once full of neighbours are now key safes and wheelie cases at three in the "
    "morning. "
    "Young people who grew up here cannot find a flat to rent, and teachers, nurses and bar staff are travelling "
    "in from {{Fife|place}} and beyond. "
    "Every whole flat let to tourists is a home taken out of the city. "
    "Planning permission should be needed for any whole-flat short-term let, and it should be refused on shared "
    "stairs. "
    "People letting a room in the home they live in are not the problem and should be left alone. "
    "{{Homes not hotels|slogan}}. "
    "Please adopt the control area and enforce it properly."
)
S = sents(TPL)


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 host who lives above her let: home street, postcode, licence number
    R("host", "I let the garden flat below my own home on [[st:Bellfield Crescent]], [[pc:EH9 2LT]], through "
      "{{Airbnb|brand}}. I have a full licence, number [[acc:DN-STL-004127]], fire doors, gas certificate, the lot. "
      "My last long-term tenant, Mr [[p:Okafor]], left because of the damp, not me. Now I need planning permission as well for what was my mother's granny flat. It's our pension. Go after the "
      "companies with forty flats."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Scots pensioner on a stair: neighbour, Edinburgh-style flat notation and street
    R("pensioner", "Ah've lived on this stair fifty-one year. Five o the eight flats are key safes noo, an they "
      "leave the bins in {{a richt guddle|scots}}. Ma neighbour [[p:Senga]] across the landin moved tae {{Livingston|place}} tae "
      "be near her laddie an her flat wis on {{Airbnb|brand}} within a month. It's no a stair ony mair, it's a "
      "hotel wi nae porter.\n[[p:Isa Lumsden]], [[fl:3F2]], [[st:14 Hopefield Terrace]]"),
    # 005 one word
    R("resident", "Disagree"),
    # 006 edited: personal paragraph (nurse, sister's box room, Glasgow-style flat and street)
    R("nurse", " ".join(S[:3]) + "\n\nThat is me. I'm a staff nurse at {{Dunlaggan Royal Infirmary|hosp}}, I've been "
      "on the housing list for six years and I sleep in my sister's box room at [[fl:flat 1/2]], "
      "[[st:27 Corsehill Street]], with my work clothes in a suitcase. Two flats on her stair went to holiday lets "
      "last year.\n\n" + " ".join(S[3:]) + "\n[[p:Kirsty Mathieson]]", C, "edited"),
    # 007 Thai chef, ESL
    R("hospitality worker", "I am chef at {{Harbourside|own}}, from {{Chiang Mai|place}}. I pay {{£850|num}} a month for one room "
      "forty minutes on the bus. My boss cannot find staff because nobody can live near. The tourists eat here but "
      "the cooks cannot sleep here. {{Khop khun ka|lang}}."),
    # 008 blank
    R("resident", ""),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 self-caterers' association, formal numbered; near-miss
    R("organisation", "Response of the {{Dunlaggan Self-Catering Association|inv}}\n"
      "1. We agree that people letting a room in the home they live in are not the problem, but neither are the "
      "hundreds of small, licensed operators who have let one flat for decades.\n"
      "2. Every host already holds a licence under the {{Civic Government (Scotland) Act 1982|law}}. A control area "
      "under the {{Town and Country Planning (Scotland) Act 1997|law}} adds cost and delay for no new safety "
      "benefit.\n"
      "3. Visitors during {{the Festival|event}} and at {{Hogmanay|event}} spend an estimated {{£38 million|num}} "
      "in the city. {{VisitScotland|org}} figures show hotel capacity cannot absorb them.\n"
      "4. We ask for existing licensed hosts to be exempt.\n{{Policy Officer|role}}"),
    # 011 blank
    R("resident", ""),
    # 012 edited: reworded opening and closing
    R("resident", "I've lived in the {{Old Town|own}} all my life and I never thought I'd be writing one of these. "
      + " ".join(S[1:-1]) + " Give us our stairs back.\n[[p:Alasdair Rennie]]", C, "edited"),
    # 013 student, lower case: friend, handle
    R("student", "im a student at {{Dunlaggan Uni|inv}} and i spent {{september|date}} sofa surfing bc every flat "
      "viewing on {{Harbour Street|route}} had like 40 people at it. my pal [[p:ruaridh]] is still in a hostel. we r literally sleeping in "
      "cupboards so tourists can have the castle view. we made [[sh:@dunlaggan.flatsearch.hell]] to show what "
      "they're asking for a room"),
    # 014 Polish cleaner of holiday flats, ESL: NI number, phone
    R("cleaner", "I clean holiday flats in {{Castlegate|own}} six years, me and four more ladies. If the flats go back "
      "to normal rent we lose the work. Nobody ask about us. I am self-employed, I pay tax, National Insurance "
      "[[ni:qq 27 61 09 c]]. {{Dziękuję|lang}}.\n[[p:Agnieszka Wróbel]] [[ph:0131 496 0274]]"),
    # 015 B&B in the owners' own home: house name, licence, postcode, email
    R("business", "We run a bed and breakfast in our own home, [[hn:Rowanlea]], licence [[acc:DN-STL-001876]]. We "
      "live here and we make the porridge. As we read it we are not affected, and we support the control area. "
      "The key-safe flats have taken our guests and our neighbours.\n[[p:Morven]] and [[p:Tam Galbraith]]\n"
      "[[pc:eh6  4xr]]\n[[em:rowanlea.bandb@example.com]]"),
    # 016 edited: part of the template plus own text (daughters' school, notice to quit, phone)
    R("parent", " ".join(S[1:4]) + " Our landlord has given us notice because he is going short-term. My two girls "
      "are at [[sch:St Serf's RC Primary]] and there is nothing to rent within a mile of it. Call me if you want to "
      "hear it from a family: [[ph:07700 900 387]].", C, "edited"),
    # 017 car damaged outside home by holiday-let guests: registration, street, police reference
    R("resident", "Last {{August|date}} a group in the holiday let next door reversed a hire van into my car, "
      "[[vr:SK21 HWD]], parked outside my own front door on [[st:Marischal Lane]], and drove off. "
      "{{Police Scotland|org}} gave me a reference, [[acc:PS-20240817-2291]], and the host said it was nothing to "
      "do with her. Nobody is responsible for anything."),
    # 018 Harbourside resident: character, ship
    R("resident", "{{Harbourside|own}} used to be dockers and fishermen. Now it's hen parties with inflatable "
      "flamingos and folk dressed as {{Rab C. Nesbitt|char}} at two in the morning. I don't grudge anybody a "
      "holiday. I went doon the water on {{the Waverley|ship}} every summer as a wean. But we had a home to go back "
      "to."),
    # 019 named councillor and the Lord Provost, email
    R("resident", "I wrote to {{the Lord Provost|office}} and to Cllr [[p:Fiona Baird-Kerr]] in {{May|date}} about "
      "the key safes on our railings and got the same two paragraphs back from both. Just do the control area and "
      "stop writing to people.\n[[p:D. McGonigle]] [[em:d.mcgonigle@example.net]]"),
    # 020 Japanese researcher, ESL, flat, phone
    R("resident", "I am a researcher from {{Osaka|place}} at {{Dunlaggan Uni|inv}}. In {{Kyoto|place}} they made "
      "strict rules for minpaku, private holiday rooms, and the streets became quiet again. We live in "
      "[[fl:Flat 5, Anchor Court]], the last family on the stair. {{Arigatō gozaimasu|lang}}. "
      "[[ph:+44 131 496 0921]]"),
]
