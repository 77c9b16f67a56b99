# Hollinshire County Council (fictional English shire county): a proposal to charge adults aged over 19 for
# council transport to day services (a flat weekly charge, with exemptions only for those on the lowest incomes).
import re
from common import R, each, plain_only, sents

PREFIX = "TRN"
CONSULTATION = "post19-transport"
CAMP = "trn-no-fares-for-day-services"

T = ("We are family carers of adults with learning disabilities who use day services in {{Hollinshire|inv}}. The "
     "proposal to charge for transport to day services after the age of 19 would hit the people who can least afford "
     "it. Many of the people we care for cannot use a bus, cannot travel alone and cannot be left at home. Transport is "
     "not an extra. For them it is the only way through the door. The charge would be taken from benefits that already "
     "pay for food, heating and care, and some families will simply stop sending their son or daughter. That is not a "
     "saving, it is a cost moved onto carers. The {{Care Act 2014|law}} says the council must consider wellbeing, and "
     "the {{Equality Act 2010|law}} protects disabled people. Drop the charge, keep the minibuses running, and meet the "
     "carers face to face.")
S = sents(T)

ITEMS = [
    R("carer", T, CAMP, "template"),
    R("carer", each(T, str.lower), CAMP, "exact"),
    R("carer", "Unfair."),
    R("carer",
      "I am 81 and my son [[p:Clifford]] is 54. He was born on the [[dob:2nd of April 1970]]. He has {{Down syndrome|med}} and the beginnings of dementia, which they "
      "tell me is common. He has gone to Brookmead Day Centre for thirty one years, first on the old green "
      "bus and now on the council minibus, and the driver [[p:Len]] has been picking him up for most of that time. "
      "Clifford gets up at six to be ready. He has his coat on by seven. The minibus is the best part of his day, "
      "apart from the dinners. I don't drive, I gave it up after my hip. My husband [[p:Stanley]] died in 2019. If "
      "there is a charge, I will pay it, like I paid for his {{Thomas the Tank Engine|char}} videos for forty years, because what else can I do, but I want you to know that it will come out of "
      "the money I use to keep the heating on, and I am not the only one. I read the leaflet three times. It says "
      "there will be an exemption for people on the lowest incomes but it does not say what the lowest income is. "
      "Clifford gets {{PIP|law}} and {{ESA|law}}, is that low? Nobody could tell me on the phone. The lady was very "
      "nice but she said she would ring back and she did not. I would like someone to come to the house and explain "
      "it to me properly. We are at [[hn:Greystones]], [[st:Mill Lane]], {{Ashwell Cross|inv}}, [[pc:HL7 2RD]]. His "
      "National Insurance number is [[ni:QQ 12 34 56 C]] if you need it for the forms. I have looked after "
      "him all his life and I will look after him until I can't, and then I suppose it will be your turn, and that "
      "will cost you a great deal more than the minibus.\n[[p:Edna Whitlock]] (Mrs)"
      .replace("Clifford gets up", "[[p:Clifford]] gets up").replace("Clifford gets {{PIP", "[[p:Clifford]] gets {{PIP")),
    R("day service manager",
      "Response from the management team of {{The Orchard Centre|service}}. Around 60% of the people who attend come "
      "on council transport. Our experience of the 2016 charging review is that when charges rise, attendance drops, "
      "and the people who drop out are those with the least family support. We would lose the {{Friday|date}} social "
      "group entirely. We ask the council to model the effect on attendance before deciding."),
    R("service user",
      "My name is [[p:Jordan]]. I am 23. I go to Brookmead 4 days. I do gardening and cooking. I have a cat called {{Kevin|pet}}. and I go on the bus "
      "with my friends. I do not have money for the bus. My mum says we will have to stop some days. I am sad about "
      "this. Please do not make us pay. I am on instagram [[sh:@jordan_grows_veg]] with my vegetables."),
    R("carer",
      " ".join(S[:7]) + "\n\n"
      "My daughter [[p:Tamsin]] is 26 and has {{Rett syndrome|med}}. She goes to The Orchard Centre three "
      "days a week in a wheelchair-accessible minibus. We are both carers and both on {{Carer's Allowance|law}}; my NI "
      "number is [[ni:QQ 48 21 90 A]] and I am happy for the council to check what we live on. A charge of £25 a week "
      "is £1,300 a year. We do not have it.\n\n" + " ".join(S[8:]),
      CAMP, "edited"),
    R("parent",
      "Sat Sri Akal ji. My daughter [[p:Simran Kaur Dhillon]] is 21, she has {{autism|med}} and {{epilepsy|med}}. Day centre is "
      "only place she has friends. We are a big family but nobody can drive her in the day, all working. Please keep "
      "transport free. If must charge, charge less for second person in same family. Her brother also will go next "
      "year."),
    R("resident",
      "Transport is not an extra. For them it is the only way through the door, says the leaflet from the carers' "
      "group, and I can see their point, but somebody has to pay. I would support a small charge with a proper "
      "exemption. Council tax has gone up every year."),
    R("carer", each(T, str.upper), CAMP, "exact"),
    R("councillor",
      "As opposition spokesperson on adult social care I oppose this proposal. The saving in year one is £410,000, less "
      "than the council spent on consultants last year. I have asked the {{Cabinet Member for Adult Social Care|role}} "
      "to publish the equality impact assessment. Cllr [[p:Priya Lakhani-Stone]], {{Liberal Democrats|org}}"),
    R("carer", ""),
    R("sibling carer",
      "I look after my brother [[p:Gareth]] now mum has gone into a home. I work full time in {{Leicester|place}}, so it is the {{M1|road}} both ways. "
      "[[p:Gareth]] goes to Swanfield Resource Centre on the council bus. If there is a charge I will have to "
      "take him myself in mum's {{Motability|org}} car, [[vr:HL19 ZKP]], and I will lose two hours a day. Is that what "
      "you want?"),
    R("carer",
      S[0] + " " + S[1] + " " + S[2] + " " + S[3] + " Then put it in writing what the exemption is, because nobody "
      "knows. My wife and I have been to two meetings and got two different answers. Our son is 30 and we are in our "
      "sixties. We are the invisible workforce and we are tired.",
      CAMP, "edited"),
    R("charity",
      "{{Mencap|charity}}, {{Scope|charity}}, {{Carers UK|charity}} and {{Learning Disability England|charity}} submit this joint "
      "response. Charging for transport is lawful under the {{Care Act 2014|law}} only if it follows the charging "
      "rules and the {{Care and Support Statutory Guidance|law}}. The proposal treats transport as separate from the "
      "care it gives access to. We ask the council to withdraw it and consult again with co-produced proposals."),
    R("social worker",
      "I work in the {{Community Learning Disability Team|service}}. Many of the people I work with have a personal "
      "budget and already pay a contribution. A transport charge on top means double charging. Please clarify how the "
      "two will interact before the {{Cabinet|role}} meeting."),
    R("carer",
      "THIS IS A TAX ON DISABILITY. MY SON [[p:LIAM]] CANNOT TALK, CANNOT WALK AND CANNOT USE A BUS. YOU WANT HIM TO PAY "
      "TO GET TO THE ONE PLACE HE IS HAPPY. SHAME ON YOU. FOLLOW US [[sh:@HOLLINSHIRE_MUM_OF_4]]. [[p:PAULINE HARGREAVES]]"),
    R("support worker",
      "I am support worker at Brookmead, from {{Romania|place}}, nine years here. I see every morning who is coming on the bus. "
      "If they pay, some will stay at home alone with TV all day and families will be more stressed. This is not good "
      "for anybody. {{Mulțumesc|lang}}."),
    R("carer", "n/a"),
    R("parent",
      "Our daughter [[p:Molly-Anne]] leaves [[sch:Hollinshire College]] this summer and starts at the day centre in "
      "September, so we would be the first year to be charged. We have not even had her {{transition review|send}} yet. "
      "Please contact me on [[ph:01632 960 418]] or [[em:k.brierley@example.com]]. [[p:Karen Brierley]]"),
    R("parent",
      "My daughter [[p:Grace]], date of birth [[dob:12 March 2003]], has {{Down syndrome|med}} and works two mornings a "
      "week at a café through a supported internship. The other three days she goes to day services. The proposal would "
      "charge her for the day service transport but not for her work transport. That makes no sense."),
    R("resident", "I support the charge if it is means tested properly."),
    R("Shared Lives carer",
      "We are a {{Shared Lives|service}} household with two people living with us long term. We drive them ourselves "
      "mostly but the council bus is essential on the days we have hospital appointments. A charge would hit Shared "
      "Lives placements unfairly because the people we support have very little money of their own."),
    R("community transport",
      "{{Hollinshire Community Transport|org}} operates 14 accessible minibuses. We could provide some of these journeys "
      "at lower cost than the current contracts if the council funded driver training and passenger assistants. We "
      "would welcome a meeting."),
    R("carer",
      "We farm at [[hn:Upper Cotes Farm]] outside {{Thornby Magna|inv}}, which is eleven miles from the nearest day "
      "centre. Our son [[p:Ed]] has {{Fragile X syndrome|med}} and {{Perthes disease|med}}. If the minibus stops I will be driving him in the pickup, [[vr:hl66 xrv]], in the middle of lambing. The minibus comes up the track for him and one other lad. "
      "If you charge per mile we will be paying the most of anyone in the county. Rural families already pay more for "
      "everything."),
]
