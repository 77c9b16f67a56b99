"""cycle-lane: Cwmtawel County Borough Council / Cyngor Bwrdeistref Sirol Cwmtawel (fictional, a south Wales
valley) consults on a 1.2 km two-way segregated cycle lane along Pontgarw High Street (Stryd Fawr), paid for
by £3.1 million from the Active Travel Fund: 46 parking bays removed, loading only before 10am, two bus stops
moved and made 'floating' bus stops."""
from common import R, each, sents

PREFIX, CONSULTATION = "CYC", "cycle-lane"
C = "cyc-shops-first-then-lanes"

TPL = (
    "I support safer cycling, but I object to the cycle lane design for {{Pontgarw High Street|route}} as it "
    "stands. "
    "Taking out 46 parking bays will hit older and disabled shoppers hardest, and many of them will simply drive "
    "to the retail park instead. "
    "Allowing deliveries only before ten in the morning does not work for a butcher, a florist or a chemist that "
    "is restocked in the afternoon. "
    "Moving the bus stop away from the chemist means a longer walk for the people least able to manage it. "
    "Traders were not asked before the design was drawn up. "
    "{{Shops first, then lanes|slogan}}. "
    "I ask the council to keep the blue badge bays, allow loading until two o'clock and route the lane along "
    "{{Heol yr Orsaf|route}} behind the shops."
)
S = sents(TPL)


def no_commas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("business", TPL, C, "template"),
    # 002 commuter cyclist
    R("cyclist", "Finally. I ride from {{Cefn Garw|inv}} to the station every day and I've been doored twice "
      "outside the bookies on the {{High Street|route}}. Build it, and build it properly."),
    # 003 blind man with guide dog, support worker, flat
    R("disabled person", "I am registered blind and I walk into town with my guide dog {{Nia|pet}}. The plan has "
      "two floating bus stops, where you cross the cycle lane to reach the bus, and I cannot see or hear a bike "
      "coming. {{RNIB Cymru|org}} agrees. Please put a zebra crossing at each one. My support worker [[p:Carys]] typed this for me.\n"
      "[[p:Emrys Lloyd]], [[fl:Fflat 1, Tŷ Garw]]"),
    # 004 exact, lower case
    R("business", each(TPL, str.lower), C, "exact"),
    # 005 teenager, lower case: friend, school, strava handle
    R("young person", "ngl a proper bike lane would be sick. me n [[p:ffion]] wanna ride to "
      "[[sch:ysgol gyfun pontgarw]] but my mam wont let me on the {{high st|route}} cos of the buses n the vans. i "
      "log all my rides on strava [[sh:cai.rides.garw]] so you can see how many of us there are. do it"),
    # 006 Syrian takeaway owner
    R("business", "I have the shawarma shop on the {{High Street|route}} since {{2019|num}}, "
      "{{Damascus Grill|org}}. I came from {{Aleppo|place}}. Most my customers stop the car two minutes, take food, "
      "go. With no parking and no loading in the evening, how they stop? I am not against bicycle, in "
      "{{Aleppo|place}} my father go to work on bicycle. Please give one loading bay for the evening. "
      "{{Shukran jazeelan|lang}}.\n[[p:Bassel Al-Hamwi]]"),
    # 007 edited: personal paragraph (wife with blue badge, address, postcode, phone)
    R("carer", " ".join(S[:4]) + "\n\nMy wife [[p:Myfanwy]] has had two strokes and has a blue badge, number "
      "[[acc:BB-CW-118204]]. The bay outside the post office is the only place I can get her out of the car with "
      "her frame. We live at [[st:22 Maes yr Haf]], [[pc:cf37 2xy]], a mile up the valley, and there is no bus on "
      "a {{Sunday|date}}. Ring me if you like on [[ph:029 2018 0735]].\n\n" + " ".join(S[4:]) +
      "\n[[p:Huw Pugh]]", C, "edited"),
    # 008 wholly in Welsh: son, home street, school
    R("parent", "Rwy'n cefnogi'r lôn feicio. Mae fy mab [[p:Gethin]] yn 12 oed ac mae e eisiau seiclo i "
      "[[sch:Ysgol Bro Garw]], ond mae'r {{Stryd Fawr|route}} yn rhy beryglus gyda'r bysiau a'r faniau. Rydyn ni'n "
      "byw ar [[st:Heol Tyle Coch]], dim ond milltir o'r ysgol. {{Diolch yn fawr|welsh}}.\n[[p:Angharad Prosser]]"),
    # 009 chemist, formal numbered; firm named after a person
    R("business", "Response from {{Evans the Chemist|orgp}}, {{High Street|route}}, {{Pontgarw|inv}}\n1. We "
      "dispense for about 1,400 patients, a third of them over 75.\n2. Our wholesaler, "
      "{{Alliance Healthcare|org}}, delivers twice a day, the second time at about 3pm. Loading only before "
      "{{10am|num}} would mean urgent prescriptions wait until the next day.\n3. The bus stop outside the pharmacy "
      "is used by patients collecting {{methadone|med}} and by people from the {{Cwm Garw Day Centre|inv}}.\n4. We "
      "would support a lane on {{Heol yr Orsaf|route}}.\n{{Pharmacist and Owner|role}}, "
      "{{Community Pharmacy Wales|org}} member"),
    # 010 exact, capitals
    R("business", each(TPL, str.upper), C, "exact"),
    # 011 cycling club: velodrome named after a person, secretary's email
    R("club", "{{Garw Valley Wheelers|club}} has 140 members and backs the scheme in full. The lane would link "
      "{{Route 47|road}} to the station. Our juniors train at the {{Geraint Thomas National Velodrome|landmark}} in "
      "{{Newport|place}} but ride to the station on the pavement. Questions to our secretary, [[p:Dai Pritchard]], "
      "at [[em:dai.pritchard.cycling at example dot org]]."),
    # 012 edited: reworded bilingual opening and closing; florist named after its owner
    R("business", "Fel perchennog siop ar y {{Stryd Fawr|route}}, dw i'n cytuno. As a shop owner on the "
      "{{High Street|route}} I agree with every word of this and I'm sending it in my own name. " +
      " ".join(S[1:-1]) + " Please come and talk to us before you draw anything else. {{Diolch|welsh}}.\n"
      "[[p:Meinir Watkins]], {{Blodau Meinir|orgp}}", C, "edited"),
    # 013 near-miss
    R("resident", "Everyone's shouting 'shops first, then lanes'. Taking out 46 parking bays will hit nobody, "
      "because most of them are full of shop staff cars from 8 till 6. I park on {{Heol yr Orsaf|route}} and walk. "
      "So can they."),
    # 014 delivery driver: van registration, parking ticket number
    R("delivery driver", "I drive for {{Evri|org}}, 140 drops a day, 30 on the {{High Street|route}}. If I can't stop "
      "after ten I'm parking on {{Heol yr Orsaf|route}} and running with a sack truck in {{January|date}}. Your "
      "wardens know my van, [[vr:CU19 GXP]], three tickets this year, the last one [[acc:CW-PCN-0488213]]."),
    # 015 councillor
    R("councillor", "I back this scheme. The {{£3.1 million|num}} from the {{Active Travel Fund|law}} cannot be "
      "spent on car parks, and the {{Active Travel (Wales) Act 2013|law}} puts a duty on us. I have asked "
      "{{the Cabinet Member for Climate Change and Transport|office}} to meet the traders first.\nCllr [[p:Nerys Bowen]], {{Pontgarw North|inv}}"),
    # 016 exact, commas removed
    R("business", each(TPL, no_commas), C, "exact"),
    # 017 pensioner, capitals; a firm named after a person
    R("pensioner", "KEEP THE BUS STOP OUTSIDE {{BOOTS|orgp}} WHERE IT IS. I'M 84 AND I CAN'T WALK TO THE NEW ONE."),
    # 018 edited: part of the template plus own text; butcher named after the family
    R("business", " ".join(S[2:6]) + " I'm the butcher on the corner, {{Probert's|orgp}}. My lorry comes up from "
      "the abattoir in {{Llandeilo|place}} at about one o'clock and I can't tell it to come at half nine.",
      C, "edited"),
    # 019 blank
    R("resident", ""),
    # 020 wife of a cyclist hurt by a car door: date of birth, NHS and hospital numbers, house name
    R("resident", "My husband [[p:Aled]] was knocked off his bike on the {{High Street|route}} by a car door "
      "opening, outside the bookies, in {{October|date}}. He broke his collarbone and three ribs and spent four "
      "nights in {{Prince Charles Hospital|hosp}} in {{Merthyr|place}}. He still can't lift our youngest. If "
      "anyone from the council's road safety team actually wants to follow it up this time, his details are: date "
      "of birth [[dob:03/07/1986]], NHS number [[nhs:999 458 3867]], hospital number [[hosp:PCH4418307]]. We live "
      "at [[hn:Bryn Hyfryd]], just above the lights. Build the lane.\n[[p:Sara Rowlands]]"),
]
