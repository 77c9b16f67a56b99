"""dial-a-ride: Drumcarrow Community Transport (fictional, Co. Tyrone, Northern Ireland) proposes to raise its
dial-a-ride fare from £2.50 to £5 a single journey and end free travel for carers."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "DAR", "dial-a-ride"
C = "dar-fair-fares-for-rural-riders"

TPL = (
    "We use the {{Drumcarrow Community Transport|inv}} dial-a-ride service and we are asking you not to double "
    "the fare. "
    "For many of us the minibus is the only way to reach the shops, the doctor and the day centre, because there "
    "is no bus at all past our road ends. "
    "A return trip to town would go from {{£5|num}} to {{£10|num}}, and for people on a pension or on benefits that "
    "means staying at home. "
    "Ending free travel for carers is worse still, because those of us who cannot travel alone would be paying "
    "twice. "
    "Fair fares for rural riders. "
    "We ask the board to keep the fare at {{£2.50|num}} for members with a {{SmartPass|law}}, keep carers free, "
    "and ask the {{Department for Infrastructure|org}} for the funding it promised. "
    "Isolation costs far more than a bus fare."
)
S = sents(TPL)


def extra_spaces(s):
    return s.replace(" ", "  ")


ITEMS = [
    # 001 template
    R("service user", TPL, C, "template"),
    # 002 farmer, lane
    R("farmer", "I farm out past {{Altnagore|inv}} and my mother, who is 88, uses the minibus to get to the "
      "{{Tuesday|date}} lunch club. She'd pay a fiver, she says, but plenty of the others wouldn't. Up our lane "
      "there's no bus at all since the {{Ulsterbus|org}} service was cut in 2019. [[ph:07700900385]]"),
    # 003 exact, doubled spaces
    R("service user", plain_only(TPL, extra_spaces), C, "exact"),
    # 004 older woman, hospital number, street
    R("service user", "I go to {{Craigavon Area Hospital|hosp}} every fortnight for my eyes. Hospital number "
      "[[hosp:CAH 0417726]] if you don't believe me. The minibus picks me up at my door on [[st:Killycolp Road]] and "
      "the driver, [[p:Sammy]], helps me up the step. Double the fare and I'll have to get a taxi, which is "
      "{{£38|num}}. [[p:Sadie Hamilton]]"),
    # 005 blank
    R("service user", ""),
    # 006 carer, NI number
    R("carer", "I care for my husband [[p:Brendan]] who had a stroke. I get {{Carer's Allowance|law}}, my National "
      "Insurance number is [[ni:QQ 44 82 19 C]] if the board needs to check. We would be paying two fares every "
      "trip. That is {{£20|num}} to get him to physio and back. We cannot."),
    # 007 Irish-language
    R("service user", "{{Dia daoibh|irish}}. Tá mé i mo chónaí in {{Gleann Dorcha|inv}}. I've no car, and the "
      "minibus is my lifeline. Keep the fare. {{Go raibh maith agaibh|irish}}. [[p:Caoimhe Ní Dhónaill]]"),
    # 008 edited, personal paragraph (hospital, phone)
    R("service user", " ".join(S[:3]) + "\n\nI am registered blind and I live alone at [[st:7 Tullyard Park]], "
      "[[pc:BT70 3JN]]. The minibus takes me to the {{RNIB|org}} group on a {{Thursday|date}} and to "
      "{{South Tyrone Hospital|hosp}} for my injections. My hospital number is [[hosp:STH 2285190]]. If you want to "
      "ask me about it, ring [[ph:028 9649 6318]].\n\n" + " ".join(S[3:]), C, "edited"),
    # 009
    R("resident", "Unfair."),
    # 010 board member / formal
    R("organisation", "{{Age NI|org}} response.\nOlder people in rural {{Tyrone|place}} already face the longest "
      "journeys to health services in {{Northern Ireland|place}}. Community transport fills the gap left by public "
      "transport. We urge the board to seek {{Rural Transport Fund|law}} support before raising fares and to "
      "carry out an {{equality screening|law}} under {{Section 75|law}}."),
    # 011 exact CAPS
    R("service user", each(TPL, str.upper), C, "exact"),
    # 012 young disabled person, text speak
    R("young person", "im 19 and i use a wheelchair, the minibus is how i get to {{SWC|org}} in {{Dungannon|place}} "
      "for my course. my mum [[p:shauna]] cant drive me coz she works. £10 a day is like half my {{PIP|law}} for "
      "the week lol no. [[sh:@ciara.on.wheels]]"),
    # 013 near-miss
    R("resident", "Isolation costs far more than a bus fare, yes, but somebody has to pay for the diesel. I'd "
      "support {{£3.50|num}} with a cap per week."),
    # 014 driver, volunteer
    R("volunteer driver", "I'm one of the volunteer drivers. I have been driving since 2015, mostly in my own car, [[vr:LDZ 4417]]. Most of my passengers "
      "would not manage {{£5|num}}. I'd rather the board cut the office costs. Please keep my name out of this."),
    # 015 Twi speaker, nurse
    R("service user", "Good afternoon. I am [[p:Akosua Mensah]], I come from {{Kumasi|place}} in {{Ghana|place}}. I "
      "work as care assistant at {{Millbrook Nursing Home|org}}. I use the minibus when I finish late because no "
      "bus. {{Meda wo ase|lang}}. Please do not increase so much."),
    # 016 Ulster-Scots
    R("service user", "Thon minibus is the only wheels A hae. {{Guid fur ye|irish}} askin, but "
      "A'm no payin a fiver. [[p:Wullie Hagan]], [[hn:Carnkenny House]]"),
    # 017 church, festival
    R("organisation", "{{Drumcarrow Presbyterian Church|church}} runs a lunch club that relies on the minibus. "
      "Our {{Harvest Thanksgiving|event}} this year had eleven fewer people than usual because they could not get "
      "there. Please keep fares low."),
    # 018 membership ref
    R("service user", "My membership is [[acc:DCT-M-00931]]. I was told when I joined that carers go free for "
      "ever. Now they want to charge my daughter [[p:Roisin]] for coming with me. [[p:Eileen McCartan]]"),
    # 019 shift worker / booking line
    R("shift worker", "The booking line only opens 9 to 1. I work nights at {{Moy Park|org}} and I'm asleep then. "
      "Sort the booking before you talk about fares."),
    # 020 Tigrinya
    R("service user", "Hello, my name is [[p:Yohannes Kidane]], I live in [[fl:flat 2, Moygashel Court]]. I "
      "came from {{Eritrea|place}} in 2022. I go to {{Dungannon|place}} for the English class with the minibus. "
      "Five pounds is too much for me. {{Yekenyeley|lang}}."),
    # 021 councillor (public figure)
    R("councillor", "I have raised this with Cllr [[p:Gerry Quinn]] and the {{Chief Executive|role}} of "
      "{{Mid Drumlin Council|inv}}. The council gives the scheme {{£62,000|num}} a year. We should be asked before "
      "fares double."),
    # 022
    R("resident", "Support it. {{£2.50|num}} hasn't changed since 2012."),
    # 023 ALL CAPS
    R("service user", "I AM 92 AND I HAVE PAID MY TAXES ALL MY LIFE. NOW I CANNOT GET TO THE DOCTOR. SHAME ON THE "
      "BOARD. MY NATIONAL INSURANCE NUMBER IS [[ni:QQ 21 67 04 A]], CHECK IT. [[p:HUGH TOHILL]]"),
    # 024 email, address
    R("carer", "My father [[p:Patrick Devlin]] lives with us at [[hn:Drumnakilly Lodge]], [[st:Carrickmore Road]]. "
      "He has {{Alzheimer's|med}} and cannot travel alone. Please email me: [[em:devlin.family@example.net]]. "
      "Carers must stay free."),
    # 025 the Twelfth / St Patrick's
    R("service user", "Every {{Twelfth|event}} and every {{St Patrick's Day|event}} there's no service for three "
      "days anyway. If you're putting fares up, run it on bank holidays."),
    # 026 edited half-template + own
    R("carer", " ".join(S[3:]) + " I'd add that the board should publish the accounts. Nobody has seen them "
      "since {{COVID|med}}.", C, "edited"),
    # 027 GP named
    R("GP", "As a GP in {{Coalisland|place}} I see the effect of isolation every week. Dr [[p:Siobhán Rafferty]], "
      "{{Coalisland Health Centre|hosp}}. The minibus is cheaper than a prescription for "
      "{{antidepressants|med}}."),
    # 028
    R("service user", "Keep it as it is please, the driver [[p:Davy]] is a saint."),
]
