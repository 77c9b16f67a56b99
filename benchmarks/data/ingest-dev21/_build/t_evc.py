"""ev-charging: Skelderby City Council (fictional, West Yorkshire) consults on an on-street charging strategy:
600 lamp-post chargers on terraced streets, a £250 permit for residents to cut a cable channel across the
pavement, charging hubs at Thornroyd and Lowmoor Bank, and 180 parking spaces made into electric-only bays."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "EVC", "ev-charging"
C = "evc-keep-our-pavements-clear"

TPL = (
    "We are writing about the {{Skelderby|inv}} on-street charging strategy. "
    "We are not against electric cars. "
    "We are against anything that makes the pavement harder to use for people who walk, push a buggy or use a "
    "wheelchair, a mobility scooter or a white cane. "
    "Cable channels cut into the footway will crack, fill with water and ice, and catch the wheels of a walking "
    "frame. "
    "Lamp-post chargers put a trailing cable and a charging unit on the narrowest part of the path. "
    "Chargers belong in the road, in car parks and in the hubs at {{Thornroyd|inv}} and {{Lowmoor Bank|inv}}, not "
    "on the footway. "
    "Please drop the cable channel permit, keep at least 1.5 metres of clear pavement everywhere, and ask "
    "disabled residents before anything is installed. "
    "{{Keep our pavements clear|slogan}}."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Yorkshire EV driver with no drive: registration, home street, obfuscated email
    R("resident", "I've a {{Nissan Leaf|brand}}, [[vr:YE70 LKV]], and no drive. We live on [[st:Garnett Street]], "
      "back-to-backs, so there's {{nowt|dialect}} for it but the road. At home overnight it's {{7p|num}} a unit; at "
      "the rapid charger at {{Asda|org}} it's {{79p|num}}. Give us the cable permit and I'll pay tomorrow.\n"
      "[[p:Darren Ackroyd]], [[em:darren.ackroyd at example dot net]]"),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 blind woman, guide dog with a person's name, husband, report number, street, postcode
    R("disabled person", "I am registered blind and I walk with my guide dog, {{Nelson|pet}}. He is trained to stop "
      "at kerbs, not at a cable across the middle of the pavement. My husband [[p:Clive]] reported one on our own "
      "street, [[st:Providence Row]], report number [[acc:SCC-FIX-447120]], and nothing happened. {{Guide Dogs|org}} "
      "and {{RNIB|org}} have told the council the same.\n[[pc:HX1  4JS]]"),
    # 005 blank
    R("resident", ""),
    # 006 edited: personal paragraph (wife's fall over a cable: NHS number, home street, postcode)
    R("resident", " ".join(S[:3]) + "\n\nMy wife [[p:Margaret]] has used a mobility scooter since "
      "{{Guillain-Barré syndrome|med}} in {{2019|num}}. In {{October|date}} her front wheel caught a cable cover on "
      "our own street, [[st:Moorside Road]], and she went over sideways. She was seen at "
      "{{Calderdale Royal Hospital|hosp}}; her NHS number is [[nhs:999 845 8307]] if the council wants to check. "
      "The cable belonged to a neighbour who meant no harm.\n\n" + " ".join(S[3:]) + "\n[[p:Keith Holroyd]], "
      "[[pc:HX3  8PD]]", C, "edited"),
    # 007 private hire driver, Bangladeshi, ESL: badge number, registration
    R("taxi driver", "I am private hire driver twelve years, now a {{Kia Niro|brand}} electric, [[vr:YG71 KPW]]. I live in "
      "a terrace, I cannot charge at home. At the {{Thornroyd|inv}} hub I wait one hour sometimes, one hour no "
      "fares. My badge is [[acc:SCC-PH-08832]]. {{Dhonnobad|lang}}.\n[[p:Abdul Muqit]]"),
    # 008 one word
    R("resident", "Support"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 disability forum, formal numbered; near-miss
    R("organisation", "{{Skelderby Disability Forum|inv}}: response\n"
      "1. We surveyed {{212|num}} members in {{September|date}}. {{71%|num}} had been obstructed by a car, bin or "
      "cable on the footway in the last month.\n"
      "2. We ask the council to keep at least 1.5 metres of clear pavement everywhere, measured from the kerb, and "
      "to enforce it.\n"
      "3. Cable channels must be tested with wheelchair and scooter users before any permit is issued, as the "
      "{{Equality Act 2010|law}} requires the council to consider.\n"
      "4. Hubs are welcome, but {{Lowmoor Bank|inv}} is at the top of a one-in-eight hill.\n{{Chair|role}}"),
    # 011 teenager, lower case: friend, school, dad's car
    R("young person", "my dad plugs the car in over the pavement ([[vr:yk19 bvx]] if ur wondering) and [[p:jayden]] "
      "went flying over the cable coming back from [[sch:thornroyd academy]] down {{halifax road|route}} lol. he was fine but still. just "
      "put them in the road"),
    # 012 edited: reworded opening and closing
    R("resident", "I use a wheelchair and I'm sending this in my own name because it's my pavement too. "
      + " ".join(S[1:-1]) + " Come and push my chair down our street on bin day and then decide.\n"
      "[[p:Naveed Hussain]]", C, "edited"),
    # 013 Filipino care worker (a name that is also a car brand), flat
    R("care worker", "My name is [[p:Mercedes Dela Cruz]], I am a care worker. I visit nine clients every day in my car; "
      "one client, Mr [[p:Ogden]], is on oxygen and I cannot be late. I am changing to electric next year, but I live in [[fl:Flat 14, Calder Mill]] and there is no charger "
      "anywhere near. Please think about the carers also, we drive all day. {{Salamat po|lang}}."),
    # 014 self-employed plumber: van registration, Gas Safe number, phone, email
    R("tradesperson", "Self-employed plumber, electric van since {{April|date}}, [[vr:YX23 FHN]]. I'm not "
      "{{Bob the Builder|char}}, I can't carry a generator about. If I can't charge outside my house I'm back in a "
      "diesel. Lamp-post chargers are the answer for people like me. {{Gas Safe|org}} no. [[acc:588214]]. Ring me: "
      "[[ph:0113 496 0659]] or [[em:kev@holmeplumbing.example.com]].\n[[p:Kevin Holme]], "
      "{{Holme Plumbing & Heating|orgp}}"),
    # 015 ward councillor named
    R("resident", "{{Our ward councillor|office}}, [[p:Nasreen Akhtar]], promised us a public meeting about the 40 bays on "
      "{{Wakefield Road|route}} outside the shops and it never happened. One resident, Mrs [[p:Lumb]], got 300 names on a petition. Taking parking from the shops to give it "
      "to the few people who can afford a {{Tesla|brand}} is not green, it's daft."),
    # 016 edited: part of the template plus own text
    R("resident", " ".join(S[2:5]) + " I push a double buggy with the twins, [[p:Chester]] and [[p:Ivy]], and I already have to go in the road twice "
      "on the way to nursery because of wheelie bins. Add cables and I'll give up.", C, "edited"),
    # 017 older driver with a drive: date of birth, house name, a car brand
    R("pensioner", "I'm an old man, born [[dob:2nd of June 1946]], and we've a drive at [[hn:Laburnum House]], so "
      "this doesn't touch me. Our second car is a {{Mercedes|brand}} plug-in. But I don't see why the council "
      "should dig up pavements for anybody's convenience."),
    # 018 day trips on one charge: handle without @, landmark named after a person
    R("resident", "We drive to {{the Hepworth|landmark}} in {{Wakefield|place}} and back on one charge and post the "
      "trips on {{Instagram|brand}} as [[sh:hepworth.roadtrips]]. The technology is ready, the streets aren't. "
      "Lamp-post chargers please, and fewer hubs."),
    # 019 COPD: NHS number, house name, postcode
    R("disabled person", "I have {{COPD|med}} and I can't walk far, so I'm for anything that gets the diesel out "
      "of the air on our road. But I also use a rollator and I'd want the cable covers tested. My details, as the "
      "form asked: NHS number [[nhs:999 051 4623]], [[hn:Moorcroft]], Skelderby [[pc:hx7  2bn]].\n"
      "[[p:E. M. Crabtree]]"),
    # 020 shopkeeper, Punjabi
    R("business", "{{Sat Sri Akal|lang}}. I have run the newsagent on {{Wakefield Road|route}} for twenty-two years. "
      "Most of my customers stop for five minutes. If 12 of the bays become electric-only, they will drive past to "
      "the {{Morrisons|orgp}}, and on match days {{Skelderby Town|club}} fans take the rest. Put the chargers in the car park behind the library."),
]
