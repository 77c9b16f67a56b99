"""car-park-sale: Ardcullen Borough Council (fictional, a river town in County Londonderry / Antrim, Northern
Ireland) proposes to sell the free 112-space Quay Street car park beside the River Tullan to Tullan Quay
Developments Ltd for £1.35 million, for 64 apartments in a six-storey block with some public parking."""
from common import R, each, sents

PREFIX, CONSULTATION = "CPS", "car-park-sale"
C = "cps-not-for-sale"

TPL = (
    "I object to {{Ardcullen Borough Council|inv}}'s proposal to sell the {{Quay Street car park|own}} for "
    "apartments. "
    "It is the only free car park within walking distance of the shops, the health centre and the churches, and "
    "it is full on market days. "
    "Losing it will push cars onto residential streets and send shoppers to {{Coleraine|place}} instead. "
    "The quayside is the one open space left in the town centre, used for parades, the rowing regatta and the "
    "summer fair. "
    "Once it is sold, it is gone for good. "
    "{{Not for sale|slogan}}. "
    "I ask the council to withdraw the sale, publish the valuation and consult on keeping the site as parking and "
    "public space beside the river."
)
S = sents(TPL)


def spaced(s):
    return s.replace(",", "").replace(" ", "  ")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002
    R("resident", "Sell it. {{Ardcullen|inv}} needs homes far more than it needs a car park. My son is 31 and still "
      "in his old bedroom."),
    # 003 Brazilian woman
    R("resident", "I am from {{Goiânia|place}} in {{Brazil|place}} and I work in the meat factory nine years. On "
      "{{Sunday|date}} our church, {{Igreja Nova Vida|church}}, meet in the {{Quayside Community Hall|landmark}} "
      "and all the families park on the quay. Where we go? {{Obrigada|lang}}.\n"
      "[[p:Luana Ferreira]]"),
    # 004 Irish-language teacher: son, school, handle, email
    R("parent", "{{A chara|lang}},\nIs mise [[p:Caoimhe Ní Bhriain]]. The {{Feis Ard Chuilinn|event}} puts its "
      "marquee on the quay every {{June|date}}, with hundreds of children. My own son "
      "[[p:Oisín]] dances with [[sch:Gaelscoil an Tulláin]] and the quay is the only flat open ground big enough. "
      "Photos from last year are on my page, [[sh:@caoimhe_gaeilge]], or email me at "
      "[[em:caoimhe.nibhriain@example.org]].\n{{Le meas|lang}},\n[[p:Caoimhe]]"),
    # 005 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 006 disabled woman: condition named after people, street, NHS number
    R("disabled person", "I have {{Charcot-Marie-Tooth disease|med}} and can walk about fifty yards on a good day. "
      "The quay is flat and right beside the {{Ardcullen Health Centre|hosp}}. I live on [[st:Glebe Gardens]], and "
      "my NHS number is [[nhs:999 731 9192]] if you need to check I am genuine about the appointments.\n[[p:Wilma Gault]]"),
    # 007 teenager, lower case: another driver's registration, home street
    R("young person", "get rid. its where the boy racers do doughnuts every {{friday|date}} night till 2am. the "
      "white golf [[vr:ks67 wfn]] is there every week n the police know fine well. we live on [[st:mill row]] right "
      "behind it n my wee brother cant sleep. flats would be quieter lol"),
    # 008 exact, commas removed and double spaces
    R("resident", each(TPL, spaced), C, "exact"),
    # 009 rowing club, formal numbered: a boat named like a person
    R("club", "{{Ardcullen Rowing Club|club}} (founded {{1884|num}}) objects to the sale.\n1. The boathouse is on "
      "the quay and we launch from the slipway at the north end of the car park.\n2. During the "
      "{{Tullan Regatta|event}} in {{July|date}}, up to forty boat trailers park on the quay.\n3. The club also "
      "looks after the steam launch {{Lady Maud|ship}}, which is lifted out on the quay each winter.\n4. We ask that "
      "any sale keeps the slipway, a turning area and trailer parking.\n[[p:Niall Devenney]], "
      "{{Club Captain|role}}, [[ph:028 9649 6114]]"),
    # 010 edited: personal paragraph (mother's appointments, street, postcode, phone)
    R("carer", " ".join(S[:3]) + "\n\nMy mother is 88 and goes to the {{Ardcullen Health Centre|hosp}} every "
      "fortnight for her bloods. I drive her in from [[st:Chapel Brae]] in {{Drumaghlis|inv}} and park on the quay "
      "because it is flat and close. She cannot manage the hill from the multi-storey. If you need me, I am at "
      "[[pc:BT53 7HW]] and on [[ph:+44 28 9649 6378]].\n\n" + " ".join(S[3:]) + "\n[[p:Roberta McIlwaine]]",
      C, "edited"),
    # 011 Ulster Scots pensioner, farm
    R("pensioner", "{{Wise up|dialect}}. Sellin the quay car park tae a developer sae they can build wee boxes "
      "naebody local can afford. Ah've parked there for the market every {{Saturday|date}} for forty year. "
      "{{Houl yer horses|dialect}} an ask the folk first.\n[[p:Billy Moorhead]], [[hn:Carnbeg Farm]], "
      "[[st:Carnbeg Road]], [[pc:bt53 8jl]]"),
    # 012 estate agent, supports
    R("business", "{{Quinn & McCann|orgp}} supports the sale. The scheme by {{Tullan Quay Developments Ltd|org}} "
      "includes {{13|num}} affordable homes with {{Apex Housing|org}} and ground-floor cafes facing the river. Town "
      "centres across {{Northern Ireland|place}} need people living in them. There are {{380|num}} spaces in the "
      "{{Castle Street multi-storey|landmark}}, which is never more than half full. One of our own tenants, Mrs "
      "[[p:Doherty]], has waited four years for a ground-floor flat in the town.\n[[p:R. Quinn]], "
      "{{Managing Director|role}}"),
    # 013 edited: reworded first-person opening and closing
    R("resident", "I've lived in {{Ardcullen|inv}} all my life and I'm signing this in my own name because I agree "
      "with it. " + " ".join(S[1:-1]) + " My grandchildren learned to ride their bikes on that quay on a "
      "{{Sunday|date}} morning when it was empty, and I want theirs to do the same.\n[[p:Eamon Quigley]]",
      C, "edited"),
    # 014 near-miss: housing applicant, flat, Housing Executive reference, NI number
    R("housing applicant", "'Once it is sold, it is gone for good.' So is my chance of a home here. Six years on the "
      "{{Housing Executive|org}} list, reference [[acc:H/812/33071]], and still in [[fl:flat 3, Riverview Mews]] "
      "with two kids in one room. My NI number is [[ni:QQ 81 26 07 D]] if anyone wants to check. Build the flats.\n"
      "[[p:Shannon]]"),
    # 015 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 016 Presbyterian minister: manse
    R("church", "The Kirk Session of {{First Ardcullen Presbyterian Church|church}} met on {{9 March|date}}. "
      "Most of our congregation are over seventy and park on the quay for worship, funerals and the "
      "{{Boys' Brigade|org}}. We ask that at least forty spaces stay public. I live at [[hn:The Manse]] beside the "
      "church.\n"
      "Rev [[p:Alan Crothers]], {{Minister|role}}"),
    # 017 blank
    R("resident", ""),
    # 018 edited: part of the template plus own text
    R("market trader", " ".join(S[2:5]) + " I sell eggs and soda bread at the {{Saturday|date}} market on the quay, "
      "and half my customers are pensioners who park ten yards from my stall.\n[[p:Hazel]]", C, "edited"),
    # 019 angler
    R("angler", "The anglers use it for the {{River Tullan|inv}} beats, salmon and {{dollaghan|species}}. Leave it."),
    # 020 long ramble: retired docker, wife, grandson, school, address, postcode, dog, ship
    R("pensioner", "My father worked on that quay when it was a quay and not a car park. The coal boats came up "
      "the {{River Tullan|inv}} from {{Larne|place}} until {{1967|num}}, and the last sailing ship I remember tying "
      "up there was a schooner called the {{Kathleen and May|ship}}. I was ten and I thought she was the most "
      "beautiful thing I had ever seen. They filled the dock in and tarred it over in the seventies and it has been "
      "a car park ever since, and I have parked on it every week of my life since I got my first car. So I am not "
      "against change. I know the town needs houses, and my own granddaughter is on the list. But I walk along that "
      "quay every morning with our dog {{Rusty|pet}}, and on a good day you can see the herons on the far bank and "
      "the mist coming off the water, and that is the only bit of the river in the whole town you can get at "
      "without going through somebody's garden. The bands gather there for {{the Twelfth|event}} and the floats "
      "line up there for {{St Patrick's Day|event}}, and it is about the only thing in this town that both sides "
      "share. My wife [[p:Bernadette]] says I am an old romantic. Maybe. If you must build, build on the back half "
      "and leave the front of the quay open, with benches and a rail, so our grandson [[p:Ciarán]] and the other "
      "children from [[sch:St Colmcille's Primary]] can still come down and feed the ducks. I am at "
      "[[st:4 Ropewalk Lane]], [[pc:bt52 9qx]], if anyone from the council wants to walk the quay with me and see "
      "what I mean. I am up early.\n[[p:Gerry Mullan]]"),
]
