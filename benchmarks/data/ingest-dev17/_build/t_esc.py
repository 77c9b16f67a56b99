"""e-scooter-trial: Tynehaugh City Council (fictional, Tyneside) proposes to extend its rental e-scooter trial
for two more years, with 40 new parking bays and a bigger area. Operator: the fictional Whizz Mobility."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "ESC", "e-scooter-trial"
C = "esc-pavements-are-for-people"

TPL = (
    "We are residents, carers and disabled people in {{Tynehaugh|inv}}. "
    "We do not oppose new ways to travel, but the e-scooter trial has made our pavements more dangerous. "
    "Scooters are ridden on the footway, left lying across dropped kerbs and parked in front of bus stops and shop doors. "
    "People who are blind or partially sighted, wheelchair users and parents with prams have to step into the road to get past them. "
    "Pavements are for people. "
    "Before the trial is extended, we ask {{Tynehaugh City Council|inv}} to allow parking only in marked bays, "
    "to fine the operator for every scooter left on a footway, to publish the injury figures every month, "
    "and to limit scooters to walking pace on {{Fore Street|route}}. "
    "Please put pedestrians first."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 student, lower case, rental account
    R("student", "use them every day to get from {{milldene|inv}} to uni, 15 min instead of 50 on the bus. keep them!! "
      "but sort the bays, me and [[p:kenzie]] got fined {{£25|num}} for parking 2 metres outside one. account "
      "[[acc:WHZ-0448-1973]] if {{whizz|org}} wants to check lol"),
    # 003 blank
    R("resident", ""),
    # 004 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 005 Bengali shopkeeper
    R("business", "My name is [[p:Mizanur Rahman]], shop {{Rahman Food & Wine|orgp}} on {{Shields Road|route}}. "
      "Every morning three, four scooter lying at my door and old customers with walking frame cannot come "
      "inside. My son [[p:Rubel]] send photos on the app, nothing happen. Make the company pay. {{Dhonnobad|lang}}."),
    # 006 capitals, Geordie pensioner
    R("pensioner", "GET THEM OFF THE PAVEMENTS. AM 79 AND A WAS NEARLY TAKEN OOT BY TWO LADS ON ONE SCOOTER OUTSIDE "
      "{{GREGGS|org}} ON {{FORE STREET|route}}. NEE HELMETS NEE LIGHTS NEE SENSE. {{HAWAY MAN|dialect}}, WHO IS GANNIN "
      "TO PAY WHEN SOMEBODY GETS KILLED.\n[[p:NORMA BRUCE]], [[st:SALTWELL GROVE]], [[pc:NE6  2TW]]"),
    # 007 teenager, lower case, school
    R("young person", "im 16 so cant even hire one. all my mates at [[sch:milldene academy]] just use [[p:callum]]'s "
      "brothers account anyway so the age thing doesnt work. the ones off {{amazon|org}} are way worse, they do "
      "like 30 down the path by the {{metro|org}} line"),
    # 008 edited: personal paragraph, phone, guide dog
    R("carer", " ".join(S[:5]) + "\n\nI care for my mam, [[p:Doreen Tait]], who is registered blind and lives at "
      "[[st:14 Kittiwake Terrace]]. Her guide dog, {{Murphy|pet}}, has walked into a scooter lying across the path "
      "twice, and the second time he would not go past that corner again for a week. {{Guide Dogs|org}} had to "
      "send a trainer out. If anybody from the council wants to walk that route with her, ring me on "
      "[[ph:0191 498 0612]].\n\n" + " ".join(S[5:]), C, "edited"),
    # 009 Syrian night worker, sponsor
    R("shift worker", "My name is [[p:Yousef Al-Khatib]]. I am from {{Aleppo|place}}, now I work nights as cleaner "
      "in {{the Royal Victoria Infirmary|hosp}}. After 11 at night there is no {{Metro|org}} and no bus to "
      "[[fl:flat 6]], [[st:Ferndene Gardens]], where I live. The scooter is 20 minutes and {{£4|num}}, the taxi is {{£18|num}}. "
      "When I came, my sponsor [[p:Margaret Liddell]] from the group at {{St Oswin's Church|church}} taught me to "
      "ride a bicycle, now I ride the scooter careful, on the road. Please do not stop the trial. {{Shukran|lang}}."),
    # 010 organisation
    R("organisation", "Response from {{Tynehaugh Access Forum|inv}}.\n1. Since the trial began our members have "
      "logged {{212|num}} incidents of scooters blocking pavements, tactile paving or dropped kerbs.\n2. The "
      "council has duties under the {{Equality Act 2010|law}} and the {{Public Sector Equality Duty|law}}. The "
      "trial's equality impact assessment did not consult {{RNIB|org}}, {{Guide Dogs|org}} or "
      "{{Tyneside Sight Service|inv}}.\n3. {{Department for Transport|org}} guidance allows the council to require "
      "parking in bays. It has chosen not to.\n4. We ask for an audible warning on every scooter and a "
      "{{15.5mph|num}} limit cut to {{8mph|num}} in {{the pedestrian zone|route}}.\n{{Chair|role}}, Tynehaugh Access Forum"),
    # 011 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 ward councillor (named: person) and the cabinet member
    R("councillor", "As a ward councillor for {{Milldene|inv}} I get more casework about scooters than bins. I have "
      "asked {{the Cabinet Member for Transport and Environment|public}}, Cllr [[p:Andrea Pescod]], to bring the "
      "injury figures to {{the Overview and Scrutiny Committee|inv}} first. I support an extension on strict "
      "conditions.\nCllr [[p:Gary Elsdon]], {{Labour|org}}"),
    # 013 near-miss
    R("cyclist", "Pavements are for people, fine, but the roads are not safe for scooters or bikes either. "
      "Before the trial is extended, we ask for a proper segregated lane along {{the Quayside|landmark}} and up to "
      "{{the Haymarket|route}}. Nobody rides on the footway because they enjoy it."),
    # 014 edited: reworded opening and closing
    R("wheelchair user", "I'm a wheelchair user from {{Low Fenwick|inv}} and I'm writing for myself, not for any group. "
      + " ".join(S[2:-1]) + " Ta for reading, and put walkers and wheelers first for once.", C, "edited"),
    # 015 Lithuanian delivery rider: car, NI number, email
    R("delivery rider", "Hello, I am [[p:Tomas Kazlauskas]] from {{Lithuania|place}}. I do delivery for "
      "{{Deliveroo|org}} and {{Uber Eats|org}}. My own scooter is illegal on the road, only hire ones are legal, "
      "this is crazy. So I use my old {{Passat|brand}} ([[vr:NK68 TZW]]), {{£60|num}} a week petrol. I pay my tax, NI number "
      "[[ni:QQ 12 88 40 B]]. Make private scooters legal with insurance, like in {{Vilnius|place}}. {{Ačiū|lang}}. "
      "[[em:tomas.kazlauskas@example.net]]"),
    # 016 Geordie mum with pram, home street, baby's date of birth, sloppy postcode
    R("parent", "Twice this month a've had to gan in the road with the pram on [[st:Coldwell Avenue]], right "
      "outside wor hoose, cos of two scooters dumped across the path. {{Wor|dialect}} [[p:Ava-Grace]] was born on the "
      "[[dob:2nd of March 2024]]. Why should a mam with a {{bairn|dialect}} gan in the road? [[pc:ne6 4qx]]"),
    # 017 exact, one sentence per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
    # 018 long ramble: retired bus driver
    R("pensioner", "I drove buses in this city for thirty-one years, the 12 and the 39 mostly, and I've seen every "
      "daft idea the council ever had, from the bendy buses to the cycle lane on {{Fore Street|route}} that went "
      "nowhere. So I'm not against change for the sake of it. But these scooters have been handled badly from day "
      "one. My wife [[p:Brenda]] has {{Parkinson's|med}} and her balance is not good. We used to walk down to the "
      "river every {{Sunday|date}}, past {{the Swing Bridge|landmark}} and along under {{the Tyne Bridge|landmark}} for a "
      "coffee, and she loved it. Now she won't go, because last summer a lad came past her so close on the "
      "footpath that she went down on her knees. He didn't stop. They never stop. Then in {{October|date}} one of "
      "them was left leaning on my car outside our house on [[st:Brandling Terrace]], fell over in the wind and "
      "took a strip of paint off the door. The car is a silver {{Corsa|brand}}, [[vr:NL19 XKD]], and I sent the photos to "
      "{{Whizz Mobility|org}}. They said prove it was one of theirs. It had their name on it, man. I know the young "
      "ones like them, and my grandson [[p:Chester]] says his scooter has changed his life getting to the college "
      "at {{Washington|placename}}, and fair play to him. But the company makes the money and the rest of us take "
      "the risk. If you keep them, make them park in proper bays like the {{Beryl|orgp}} bikes do in other towns, "
      "and put somebody on the phone who answers. And put the figures out. Everybody down the club has a story, "
      "and half of them have been up {{the RVI|hosp}} because of these things, and the council says it has no "
      "data. Stand by {{Grey's Monument|landmark}} on a {{Saturday|date}} night for ten minutes and you will have all the "
      "data you want. I voted for this council. I'd like it to listen to people who actually walk."),
    # 019 teenager, school, snapchat handle
    R("young person", "am 17 and at [[sch:st cuthbert's sixth form]] in {{Gateshead|place}}. i use the scooters on "
      "my mams account ngl. the lads who ride on the path make us all look bad. add me on snap if u want to know "
      "what young people think [[sh:jordz.k_06]]"),
    # 020 short, pet
    R("resident", "Ban them. Our dog {{Gordon|pet}} got clipped by one on the prom by the {{Shields Ferry|ship}} landing."),
    # 021 edited: part of the template plus own text
    R("resident", " ".join(S[1:5]) + " That is exactly what it is like on {{Front Street|route}} outside the "
      "doctors every single morning. I would add one thing: the operator should collect fallen scooters within "
      "an hour, day or night, or lose the contract.", C, "edited"),
    # 022 injured pedestrian: hospital number, NHS number, crime ref
    R("resident", "I was knocked down by a scooter on the footpath by {{the Quayside|landmark}} in {{March|date}} "
      "and broke my wrist. The council says it has no injury figures, so here is one. My hospital number at "
      "{{the RVI|hosp}} is [[hosp:RVI 4418207]] and my {{NHS|org}} number is [[nhs:999 864 5425]], and you are welcome to check. The "
      "rider went off and {{Northumbria Police|org}} gave me a crime number, [[acc:NP-24-0319877]], and that was "
      "the last I heard.\n[[p:Irene Shotton]]"),
    # 023 business group
    R("business", "The {{Quayside Traders' Association|inv}} supports the extension. Footfall from "
      "{{Fenwick|orgp}} down to the waterfront is up, with customers from {{Stanley|placename}}, {{Jarrow|place}}, {{Chester-le-Street|place}} and "
      "{{Sunderland|place}}. Parking is a mess, but cities using {{Lime|org}} or {{Voi|org}} fixed it with "
      "virtual bays. {{The Head of Highways|role}} has the powers already."),
    # 024 Shona care worker, client, son, school, phone
    R("care worker", "I am [[p:Tendai Moyo]], a home carer in {{Heddonhaugh|inv}}. One client, Mrs [[p:Arkle]], who "
      "is 91, no longer walks to the shop since a scooter came at her on the pavement. My own son [[p:Farai]] "
      "walks to [[sch:Milldene Primary]] and I tell him to watch for scooters, not cars. In {{Harare|place}} we "
      "have no scooters but old people walk everywhere. Text me on [[ph:07700900118]]. {{Ndatenda|lang}}."),
    # 025
    R("resident", "n/a"),
]
