"""village-hall: Llanfeugan Community Council / Cyngor Cymuned Llanfeugan (fictional, Powys) proposes to sell
Neuadd Llanfeugan, the village hall, because the roof needs £180,000 of work, and hire rooms in the school instead."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "HAL", "village-hall"
C = "hal-keep-the-hall-in-the-village"

TPL = (
    "We live in and around {{Llanfeugan|inv}} and we ask the community council not to sell {{Neuadd Llanfeugan|inv}}. "
    "The hall was built by the village in 1921 as a memorial to the men who did not come home, and it has been the "
    "heart of the community ever since. "
    "The eisteddfod, the young farmers, the toddler group, the pantomime, the polling station and every wake and "
    "wedding party for a hundred years have happened under that roof. "
    "Rooms in the school are not the same, because they close at six and in the holidays. "
    "Keep the hall in the village. "
    "We ask the council to set up a trust, apply to the {{National Lottery Community Fund|org}} and "
    "{{Cadw|org}} for the roof, and give the village six months to raise the money before any sale. "
    "Once it is sold it is gone for good."
)
S = sents(TPL)


def no_commas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Welsh
    R("resident", "{{Annwyl Gynghorwyr|welsh}}, mae'r neuadd yn perthyn i'r pentref, nid i'r cyngor. Cafodd fy "
      "nhad-cu, [[p:Idris Bebb]], ei enw ar y gofeb yn y cyntedd. {{Peidiwch â'i gwerthu|welsh}}. [[p:Nerys Bebb]], "
      "[[hn:Ty'n y Fron]]"),
    # 003 exact, commas removed
    R("resident", plain_only(TPL, no_commas), C, "exact"),
    # 004 young farmers
    R("organisation", "{{Clwb Ffermwyr Ifanc Llanfeugan|org}} has met in the hall every {{Monday|date}} since "
      "1947. Our members are 12 to 26. The school will not let us in after six and we need the stage for the "
      "{{Eisteddfod|event}} and the {{Royal Welsh|event}}. Please do not sell."),
    # 005 blank
    R("resident", ""),
    # 006 sell: incomer, realistic
    R("resident", "Sell it. Yes, the hall was built by the village in 1921, but {{£180,000|num}} for a roof on a building used four nights a week is madness, and the "
      "precept will go through the roof instead. We moved here from {{Bristol|place}} and we love the village but "
      "sentiment doesn't pay for slates."),
    # 007 trade nicknames
    R("resident", "Ask anyone, [[p:Wil Bara]] used to do the teas at every dance in that hall and [[p:Jac y Post]] "
      "ran the bingo. They've both gone now but their grandchildren still go to the panto. Keep it."),
    # 008 edited, personal paragraph (wedding, address, phone)
    R("resident", " ".join(S[:3]) + "\n\nMy wife [[p:Sioned]] and I had our wedding party there in 1979 and our "
      "daughter had hers there in 2011. We live at [[hn:Pen y Banc]], [[st:Heol y Capel]], just up from the hall, "
      "and I am happy to help with the roof appeal: [[ph:029 2018 0573]]. [[p:Emrys Llywelyn]]\n\n"
      + " ".join(S[3:]), C, "edited"),
    # 009
    R("resident", "Diolch."),
    # 010 formal: county voluntary council
    R("organisation", "{{PAVO|org}} can support the village to form a {{charitable incorporated organisation|law}} "
      "and take the hall on by {{community asset transfer|law}}. We have done this for eleven halls in the county. "
      "We recommend that the council delay any sale by twelve months."),
    # 011 exact CAPS
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 toddler group leader, children, school
    R("parent", "I run the {{Cylch Ti a Fi|org}} toddler group on a {{Wednesday|date}} morning. We can't use the "
      "school because it's in term time and the school is full. My own two, [[p:Gwion]] and [[p:Lleucu]], go to "
      "[[sch:Ysgol Gynradd Llanfeugan]]. The hall is the only space with a kitchen and a loo big enough."),
    # 013 near-miss
    R("resident", "Once it is sold it is gone, yes, but the roof is falling in and I have seen no plan from the "
      "'save the hall' people for the running costs. Show me a budget and I'll back it."),
    # 014 builder
    R("business", "I'm a roofer. I had a look at the hall roof in {{September|date}}. It needs doing but "
      "{{£180,000|num}} is a conservative-heritage price. A straight re-slate would be nearer {{£95,000|num}}. "
      "[[p:Huw Rhydderch]], {{Rhydderch Roofing|orgp}}"),
    # 015 Ukrainian
    R("resident", "I came here with {{Homes for Ukraine|law}} and the village made for us a welcome party in the "
      "hall. There I met everybody. My host family, the [[p:Prossers]], bring me. Please keep. My name is "
      "[[p:Iryna Melnyk]]."),
    # 016 pensioner DOB
    R("pensioner", "I was born in the flat above the hall, [[dob:12th of December 1938]], when my father was "
      "caretaker. [[p:Megan Beynon]]. I'd like to die before it's sold, thank you. My hip letter from {{Nevill Hall|hosp}}, NHS number [[nhs:999 628 1949]], says no stairs, and the school hall is upstairs."),
    # 017 polling station
    R("resident", "The hall is also the polling station. Where will people vote? The {{Electoral Commission|org}} "
      "won't accept a school classroom with no disabled access."),
    # 018 lower case name, text speak
    R("young person", "me n [[p:osian]] had our 18th in there, u cant have a party in a school lol. keep the hall"),
    # 019 Tigrinya / refugee doctor
    R("resident", "I am doctor at {{Bronllys Hospital|hosp}}, from {{Eritrea|place}}. I live in the village "
      "two years. The hall is where I learned {{Welsh|people}} in the evening class, {{Shwmae|welsh}}! Please keep it. "
      "[[p:Dawit Habte]]"),
    # 020 councillor (public figure)
    R("councillor", "I am the only community councillor who voted against consulting on a sale. I would ask the "
      "chair, Cllr [[p:Gethin Prys-Jones]], to publish the surveyor's report in full."),
    # 021 chapel
    R("resident", "{{Capel Bethania|church}} closed in 2018 and the pub, {{the Red Dragon|org}}, closed in 2020. "
      "The hall is the last place left where the village meets. Please."),
    # 022 email
    R("resident", "I'm happy to be a trustee. Email [[em:carys.meredith at example dot com]]. [[p:Carys Meredith]]"),
    # 023 farmer, house name and postcode
    R("farmer", "We farm at [[hn:Cwmgwyn]], [[pc:LD3 7UF]]. Shearing dinners, the ploughing match supper, the "
      "sheepdog trials prize-giving, all in the hall. I'll put {{£1,000|num}} towards the roof myself."),
    # 024 NHS number wrongly shared (blood donor)
    R("resident", "The blood donor sessions are held in the hall every quarter. I've given 60 times there. Donor "
      "card says my NHS number is [[nhs:999 016 6137]], look it up. Where will the {{Welsh Blood Service|org}} go?"),
    # 025 public figure as must-keep? no - historical figure named in memorial
    R("resident", "The hall was opened by {{the Lord Lieutenant|role}} in 1921 and the memorial lists 23 names. "
      "You cannot sell a war memorial."),
    # 026 edited half-template + own
    R("resident", " ".join(S[4:]) + " My grandmother ran the WI from that hall for forty years.", C, "edited"),
    # 027 ALL CAPS
    R("resident", "DON'T YOU DARE SELL OUR HALL. {{CYMDEITHAS YR IAITH|org}} WILL HEAR ABOUT THIS."),
    # 028 landlord (holiday let)
    R("landlord", "I own three holiday cottages in the village and my guests use the hall for the craft fair. I'd "
      "contribute to a trust. Please include second-home owners in the conversation, we pay the premium."),
]
