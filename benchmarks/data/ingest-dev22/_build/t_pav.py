"""pavement-licences: Shingleton Borough Council (fictional, a seaside town in East Sussex) consults on a new
pavement licence policy for cafe and pub tables and chairs: the fee up from £100 to £500 a year, a clear
width of 1.5 metres to be kept, furniture taken in every night, A-boards limited to one per shop, and
barriers with a tapping rail round licensed areas."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "PAV", "pavement-licences"
C = "pav-pavements-are-for-people"

TPL = (
    "I support {{Shingleton Borough Council|inv}}'s plan to tighten the rules on tables, chairs and A-boards, and "
    "I ask it to go further. "
    "On {{George Street|route}} and the seafront, pavements are so full of furniture that wheelchair users, blind "
    "people, parents with buggies and older people with walking frames are pushed into the road. "
    "A clear width of {{1.8 metres|num}} should be the minimum everywhere, with no exceptions for busy summer "
    "weekends. "
    "A-boards should be banned, not just limited. "
    "{{Pavements are for people|slogan}}. "
    "Licences should be enforced in the evenings and at weekends, when the problems happen, and the fee should pay "
    "for that enforcement. "
    "Businesses are welcome to use the pavement, but not at the expense of people who have nowhere else to walk."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Turkish cafe owner: email
    R("business", "I have {{Anatolia Kitchen|org}} on {{George Street|route}} for eleven years. Four tables outside, "
      "only in summer. The fee going from {{£100|num}} to {{£500|num}} is more than those tables make in a bad "
      "summer. We always keep space for the wheelchair, I watch it myself. {{Teşekkürler|lang}}.\n"
      "[[p:Mehmet Yıldız]]\n[[em:mehmet.yildiz@example.com]]"),
    # 003 Greek Cypriot taverna named after the family: licence number, phone
    R("business", "{{Kyriakou's Taverna|orgp}}, {{Marine Parade|route}}\nWe have traded on the seafront since "
      "{{1984|num}}. Our pavement licence, [[acc:PL/2023/0147]], covers six tables. The new rule that furniture "
      "must be taken inside every night means carrying 24 chairs down to a cellar at midnight. We ask for lockable "
      "stacking on the frontage instead. Call me on [[ph:07700-900-622]].\n[[p:Andreas Kyriakou]]"),
    # 004 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 005 mobility scooter user: another driver's registration, house name; pub named after a person
    R("disabled person", "I use a mobility scooter. Last {{August|date}} I had to go into the road outside the "
      "{{Lord Nelson|orgp}} because of their benches, and a black {{Range Rover|brand}}, [[vr:LR21 VKE]], missed me "
      "by inches. I reported it and nothing happened.\n[[p:Sylvia Pocock]], [[hn:Flint Cottage]], "
      "[[st:Saltings Way]], [[pc:tn35 4qd]]"),
    # 006 teenager, lower case: friend, handle
    R("young person", "tables outside is literally the whole vibe in summer lol. me n [[p:jas]] sit outside the "
      "bubble tea place every {{saturday|date}}. dont ruin it\n[[sh:@sunsetsnbobatea]]"),
    # 007 edited: personal paragraph (blind woman, guide dog, hospital and NHS numbers, date of birth, flat,
    # street, postcode, phone)
    R("disabled person", " ".join(S[:2]) + "\n\nI have {{Stargardt disease|med}} and have been registered blind "
      "since I was thirty. My guide dog {{Wilson|pet}} is trained to find a clear line down the pavement, and on a "
      "{{Saturday|date}} there isn't one. In {{August|date}} I walked into a chair leg, fell and broke my wrist. I "
      "was seen at the {{Conquest Hospital|hosp}}, hospital number [[hosp:CQH 330918]], NHS number "
      "[[nhs:999 169 8299]], d.o.b. [[dob:17-05-1958]], if anybody wants to check. I live at [[fl:Flat B]], "
      "[[st:12 Marine Parade]], [[pc:TN34  1XE]], and my phone is [[ph:07700 900 935]].\n\n" + " ".join(S[2:]) +
      "\n[[p:Pauline Ashdown]]", C, "edited"),
    # 008 Thai restaurant worker; a route named after a person
    R("worker", "I work in Thai restaurant on {{Queen's Road|route}}. We have two table outside only. The A-board "
      "is how tourist find us, because we are not on the sea. If you ban A-board we lose maybe half the lunch "
      "customer. Maybe allow small A-board close to the wall? {{Khob khun ka|lang}}."),
    # 009 Business Improvement District, formal numbered
    R("organisation", "{{Shingleton BID|org}} response\n1. We support a clear route of {{1.5 metres|num}}, as in "
      "the {{Department for Transport|org}}'s {{Inclusive Mobility|law}} guidance. A wider route would remove "
      "three-quarters of the seafront licences.\n2. The fee is capped at {{£500|num}} for two years under the "
      "{{Business and Planning Act 2020|law}}, as amended by the {{Levelling-up and Regeneration Act 2023|law}}; "
      "we ask for {{£250|num}} for small businesses.\n3. A-boards should be licensed, not banned.\n4. Enforcement "
      "should be even-handed.\n{{BID Manager|role}}"),
    # 010 exact, one sentence per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
    # 011 one word
    R("resident", "Support"),
    # 012 mother with a double buggy; firms named after people
    R("parent", "I push a double buggy and come in on the bus from {{Hastings|placename}}. Outside {{Costa|orgp}} and {{Greggs|orgp}} on {{George Street|route}} you "
      "cannot get through on a {{Saturday|date}}, and I've had to tip the front wheels off the kerb into the road "
      "with two babies in it. Please enforce the rules you already have."),
    # 013 edited: reworded first-person opening and closing; a flat in a named block
    R("disabled person", "I use a wheelchair and I live just off the seafront, so I'm putting my own name to this. " +
      " ".join(S[1:-1]) + " I'd love to sit outside a cafe myself, if I could get past the tables to reach one. My PA [[p:Jordan]] has to "
      "walk in the road beside me.\n"
      "[[p:Marcus Fairweather]], [[fl:Apartment 5, Belle Vue Mansions]]", C, "edited"),
    # 014 near-miss: chamber of trade
    R("business", "Businesses are welcome to use the pavement, the campaign says, but not at the expense of anyone "
      "else. Fine. Then let's talk about the bins left out on {{Marine Parade|route}} three days a week, the "
      "council's own signs and the scaffolding. Tables are the easy target.\n[[p:J. D. Pelling]], "
      "{{President|role}}, {{Shingleton Chamber of Trade|org}}"),
    # 015 Sri Lankan barber: NI number
    R("business", "My barber shop is on {{Cinder Lane|route}}, it is a side street. Nobody find it without the "
      "A-board on the corner of {{George Street|route}}. I pay my tax, I am self-employed, my NI number is "
      "[[ni:QQ 19 73 46 A]]. Ban A-board and you close small shop like mine. {{Bohoma sthuthi|lang}}.\n"
      "[[p:Nuwan Perera]]"),
    # 016 councillor: email
    R("councillor", "As a ward councillor for the seafront I have had more complaints about pavement furniture than "
      "about anything except seagulls. I support the policy, but I ask that "
      "{{the Chair of the Licensing Committee|office}} agrees a grace period for the summer of {{2025|num}}.\n"
      "Cllr [[p:Hugo Brassington-Ward]]\n[[em:cllr.brassington-ward@example.org]]"),
    # 017 edited: part of the template plus own text
    R("carer", " ".join(S[1:5]) + " My mum is 91 and uses a walking frame. We gave up going along the front last "
      "summer.", C, "edited"),
    # 018 sight loss group: conditions named after people
    R("organisation", "{{Shingleton Sight Loss Group|org}} has sixty members, with conditions from "
      "{{macular degeneration|med}} and {{glaucoma|med}} to {{Stargardt disease|med}} and "
      "{{Usher syndrome|med}}. A-boards are the single biggest hazard our members report. We support an outright "
      "ban and a tapping rail round every licensed area. One of our clients, [[p:Bernard]], broke his hip on an "
      "A-board last spring. We would be glad to walk {{George Street|route}} with officers.\n{{Chair|role}}"),
    # 019 blank
    R("resident", ""),
    # 020 pub landlord: pub named after a person, short name, wife, obfuscated email
    R("business", "{{The Marquis of Granby|orgp}} has had benches outside since {{1953|num}}, when my grandad held "
      "the licence. I'm [[p:Kev]], I've run it twenty years with my wife [[p:Tracey]]. We'd lose the lot under "
      "1.8 metres, because the pavement's only 2.4 wide. Call in any time, or email "
      "[[em:kev.granby at example dot net]]."),
]
