from common import R, TEMPLATES

TEMPLATES["cem-dignity-in-death"] = (
    "I am writing to oppose the proposed increases to cemetery and crematorium fees set out by Ardmoyle and Lough Bann "
    "Borough Council. A rise of 38 per cent in the cost of an adult burial, and a new charge for families from outside the "
    "borough, will fall hardest on bereaved families who are already struggling with the cost of living. Nobody chooses "
    "when they lose a loved one, and nobody should have to choose a cheaper send-off because of the council's budget. "
    "The fees for infants and children under eighteen should remain free. I ask the council to freeze fees for this year, "
    "to keep the exclusive right of burial at its current price, and to publish the true cost of running the cemeteries. "
    "Dignity in death should not depend on your bank balance.")
T = TEMPLATES["cem-dignity-in-death"]

R("CEM-001", "resident", T, k=[("Ardmoyle and Lough Bann Borough Council", "fict-org")], c=("cem-dignity-in-death", "template"))

R("CEM-002", "resident", """My husband Wilbert is buried in Drumcree Road cemetery... no, Old Drumaghy cemetery, sorry, and I bought the double plot in 1998 so I can go in beside him. Now I read the council wants to charge a "reopening fee" of £640 on top. I am 81 on a state pension. My son in Canada says he will pay but why should he. The girl at the council, Hope, was very kind on the phone but could not tell me if my 1998 deeds still count. Thenk ye for reading this.

Mrs Isobel McCrum, 14 Tullygarvey Road, Portadown BT62 3XW""",
  p=[("person", "Wilbert"), ("person", "Hope"), ("person", "Isobel McCrum"), ("street", "14 Tullygarvey Road"), ("postcode", "BT62 3XW")],
  k=[("Old Drumaghy cemetery", "church"), ("1998", "date"), ("£640", "num"), ("Canada", "place"), ("Thenk ye", "ulster"),
     ("Portadown", "place")])

R("CEM-003", "resident", """I am writing to oppose the proposed increases to cemetery and crematorium fees set out by Ardmoyle and Lough Bann Borough Council.  A rise of 38 per cent in the cost of an adult burial, and a new charge for families from outside the borough, will fall hardest on bereaved families who are already struggling with the cost of living.  Nobody chooses when they lose a loved one, and nobody should have to choose a cheaper send-off because of the council's budget.  The fees for infants and children under eighteen should remain free.  I ask the council to freeze fees for this year, to keep the exclusive right of burial at its current price, and to publish the true cost of running the cemeteries.  Dignity in death should not depend on your bank balance.""",
  c=("cem-dignity-in-death", "exact"))

R("CEM-004", "funeral director", """Response from Mulgrew & Sons Funeral Directors, Lurgan. We carry out around 220 funerals a year across the borough and at Roselawn. The proposed out-of-borough surcharge will catch many families from Lisburn and Craigavon whose people are buried in Ardmoyle. We also note that the crematorium at Ardmoyle is the only one between Belfast and Newry apart from Roselawn, so families have little choice. We would welcome a phased increase over three years instead.""",
  k=[("Mulgrew & Sons Funeral Directors", "org-person"), ("Lurgan", "place"), ("Roselawn", "church"), ("Lisburn", "place"),
     ("Craigavon", "place"), ("Ardmoyle", "fict-org"), ("Belfast", "place"), ("Newry", "place")])

R("CEM-005", "resident", "n/a")

R("CEM-006", "resident", """Ar dheis Dé go raibh a anam. My father, Pádraig Ó Dochartaigh, died in January and we buried him in St Malachy's graveyard in the Irish tradition. The cost of the grave, the opening and the headstone permit came to nearly £2,000. Under the new fees it would be over £2,700. My brother Cathal and I split it, but many families could not. Go raibh maith agaibh.

Caoimhe Ní Dhochartaigh""",
  p=[("person", "Pádraig Ó Dochartaigh"), ("person", "Cathal"), ("person", "Caoimhe Ní Dhochartaigh")],
  k=[("Ar dheis Dé go raibh a anam", "irish"), ("January", "date"), ("St Malachy's graveyard", "church"),
     ("Go raibh maith agaibh", "irish"), ("£2,000", "num")])

R("CEM-007", "resident", "DISGRACEFUL. TAXING THE DEAD NOW.",
  k=[("DISGRACEFUL. TAXING THE DEAD NOW.", "caps")])

R("CEM-008", "resident", """I am writing to oppose the proposed increases to cemetery and crematorium fees set out by Ardmoyle and Lough Bann Borough Council. A rise of 38 per cent in the cost of an adult burial, and a new charge for families from outside the borough, will fall hardest on bereaved families who are already struggling with the cost of living.

Last April we lost our daughter Summer Rose Gilmore, she was 19, so just over the age where it would have been free. Her DOB was 02/09/2004 and she died three weeks after her birthday. We were charged the full adult rate. I would ask the council to raise the free age to 21 or 25. Summer was a child to us.

I ask the council to freeze fees for this year and to publish the true cost of running the cemeteries. Dignity in death should not depend on your bank balance.""",
  p=[("person", "Summer Rose Gilmore"), ("date_of_birth", "02/09/2004"), ("person", "Summer")],
  k=[("April", "date")],
  c=("cem-dignity-in-death", "edited"))

R("CEM-009", "resident", "Fees seem reasonable compared with Belfast City Council. Roselawn is dearer.",
  k=[("Belfast City Council", "org"), ("Roselawn", "church")])

R("CEM-010", "resident", """i am writing to oppose the proposed increases to cemetery and crematorium fees set out by ardmoyle and lough bann borough council. a rise of 38 per cent in the cost of an adult burial, and a new charge for families from outside the borough, will fall hardest on bereaved families who are already struggling with the cost of living. nobody chooses when they lose a loved one, and nobody should have to choose a cheaper send-off because of the council's budget. the fees for infants and children under eighteen should remain free. i ask the council to freeze fees for this year, to keep the exclusive right of burial at its current price, and to publish the true cost of running the cemeteries. dignity in death should not depend on your bank balance.""",
  c=("cem-dignity-in-death", "exact"))

R("CEM-011", "resident", """Wee point about the out of borough charge. I live in Moira which is Lisburn & Castlereagh but my whole family is from Gilford and in Gilford cemetery. So I'll pay double to be buried with my own ma and da? Thon's no right. A'm no happy.

Sammy Kerr
07700 900 287""",
  p=[("person", "Sammy Kerr"), ("phone", "07700 900 287")],
  k=[("Moira", "place"), ("Lisburn & Castlereagh", "org"), ("Gilford", "place"), ("Gilford cemetery", "church"),
     ("Thon's no right. A'm no happy.", "ulster")])

R("CEM-012", "resident", "")

R("CEM-013", "faith group", """Response from the Ardmoyle Muslim Community Association. Muslim burials should take place as quickly as possible, often within 24 hours, including at weekends. The proposed weekend surcharge of £450 for Saturday and Sunday burials falls disproportionately on our community and on the Jewish community. We ask that the surcharge is waived where burial is required by faith. We would be glad to meet the Head of Bereavement Services.""",
  k=[("Ardmoyle Muslim Community Association", "fict-org"), ("£450", "num"), ("Saturday", "date"), ("Sunday", "date"),
     ("the Head of Bereavement Services", "title")])

R("CEM-014", "resident", """My mother in law, Mrs Florence Agnew, aged 93 (dob 11.6.31), is in Craigavon Area Hospital and we have been told to prepare. Her H&C number is 999 030 8241 (on her card it is printed 9990308241). I only put it in so you know I am not making this up. We are trying to plan and cannot get a straight answer on whether the new fees start in April or from the date of the consultation. Please ring my husband Bill on 028 9649 6712.""",
  p=[("person", "Florence Agnew"), ("date_of_birth", "11.6.31"), ("nhs_number", "999 030 8241"), ("nhs_number", "9990308241"),
     ("person", "Bill"), ("phone", "028 9649 6712")],
  k=[("Craigavon Area Hospital", "landmark"), ("April", "date")])

R("CEM-015", "resident", """I am writing to oppose the proposed increases to cemetery and crematorium fees set out by Ardmoyle and Lough Bann Borough Council. A rise of 38 per cent in the cost of an adult burial will fall hardest on bereaved families. The fees for infants and children under eighteen should remain free. Dignity in death should not depend on your bank balance.

I am a grave digger with the council for 17 years. Nobody asked us. The real cost is the machinery hire since the council sold our own digger, ask about that.""",
  c=("cem-dignity-in-death", "edited"))

R("CEM-016", "resident", "Dignity in death should not depend on your bank balance, true, but somebody has to pay for the grass cutting. I support the increase as long as the free child burials stay.")

R("CEM-017", "resident", """Dear Council

We are Portuguese family in Dungannon but my husband work in Ardmoyle. Last year his brother Joao died in accident and we want to take him home to Madeira. Repatriation was very expensive but also the council fee for the chapel of rest. I not understand why the chapel fee goes up also. We are working people. Obrigada.

Maria da Conceição Ferreira""",
  p=[("person", "Joao"), ("person", "Maria da Conceição Ferreira")],
  k=[("Dungannon", "place"), ("Ardmoyle", "fict-org"), ("Madeira", "place"), ("Obrigada", "foreign")])

R("CEM-018", "resident", "no")

R("CEM-019", "councillor", """I will be voting against this at committee. The Chief Executive's report does not explain why the crematorium, which runs at a surplus, needs a 22% increase. I have asked the Director of Environmental Services for the figures three times.

Alderman Jim McClenaghan""",
  p=[("person", "Jim McClenaghan")],
  k=[("The Chief Executive's", "title"), ("the Director of Environmental Services", "title"), ("Alderman", "title")])

R("CEM-020", "resident", """we buried our wee boy at 6 weeks old in 2019 in the angels plot at Ardmoyle. The staff were amazing especially the man who looks after it, Ernie. It was free and that mattered more than you know. Keep it free. Please.""",
  p=[("person", "Ernie")],
  k=[("2019", "date"), ("Ardmoyle", "fict-org")])

R("CEM-021", "resident", """I AM WRITING TO OPPOSE THE PROPOSED INCREASES TO CEMETERY AND CREMATORIUM FEES SET OUT BY ARDMOYLE AND LOUGH BANN BOROUGH COUNCIL. A RISE OF 38 PER CENT IN THE COST OF AN ADULT BURIAL, AND A NEW CHARGE FOR FAMILIES FROM OUTSIDE THE BOROUGH, WILL FALL HARDEST ON BEREAVED FAMILIES WHO ARE ALREADY STRUGGLING WITH THE COST OF LIVING. NOBODY CHOOSES WHEN THEY LOSE A LOVED ONE, AND NOBODY SHOULD HAVE TO CHOOSE A CHEAPER SEND-OFF BECAUSE OF THE COUNCIL'S BUDGET. THE FEES FOR INFANTS AND CHILDREN UNDER EIGHTEEN SHOULD REMAIN FREE. I ASK THE COUNCIL TO FREEZE FEES FOR THIS YEAR, TO KEEP THE EXCLUSIVE RIGHT OF BURIAL AT ITS CURRENT PRICE, AND TO PUBLISH THE TRUE COST OF RUNNING THE CEMETERIES. DIGNITY IN DEATH SHOULD NOT DEPEND ON YOUR BANK BALANCE.""",
  c=("cem-dignity-in-death", "exact"))

R("CEM-022", "resident", """Could the memorial bench scheme be looked at too. We paid for a bench for my granda in Tannaghmore Gardens with his name on it and it was vandalised twice. Not a fee issue I know.""",
  k=[("Tannaghmore Gardens", "landmark")])

R("CEM-023", "resident", """Chinese community here is small but we have same problem. My grandmother Mrs Lau Mei Ling wishes to be buried not cremated and she is 90. We live at Flat 2, 41 Castle Street, Banbridge, above our takeaway. Please keep the plot price. Contact by email lau.kitchen@example.com""",
  p=[("person", "Lau Mei Ling"), ("flat", "Flat 2"), ("street", "41 Castle Street"), ("email", "lau.kitchen@example.com")],
  k=[("Banbridge", "place")])

R("CEM-024", "resident", "Ok with it")

R("CEM-025", "resident", """I am writing as a Presbyterian elder and on my own behalf. The council must remember that the old churchyards at First Ardmoyle and at Tartaraghan are full, so everyone now depends on the council cemeteries. Dinnae price folk oot o' their ain graveyard. The Session would welcome a meeting.""",
  k=[("Presbyterian", "org"), ("First Ardmoyle", "church"), ("Tartaraghan", "place"),
     ("Dinnae price folk oot o' their ain graveyard", "ulster"), ("The Session", "org")])

R("CEM-026", "resident", """Nobody chooses when they lose a loved one. I lost my partner Kez (Kerry-Ann Dempsey) in October. I am not part of any campaign, I just want to say the staff at the crematorium on Lough Road were kind and the fee was explained. But a 38 per cent rise would have broken me. Maybe a payment plan?""",
  p=[("person", "Kez"), ("person", "Kerry-Ann Dempsey")],
  k=[("October", "date"), ("Lough Road", "pubst")])

R("CEM-027", "resident", """I am a carer for my neighbour Hughie Quinn at 3 Ballyoran Park, BT63 5QX. He asked me to write because he can't use the computer. He wants to pre-pay for his cremation at today's price. Is that allowed? His account ref with the council for the garden waste is ALB-0091127 if that helps find him. My own number is 01632 960 447.""",
  p=[("person", "Hughie Quinn"), ("street", "3 Ballyoran Park"), ("postcode", "BT63 5QX"), ("account_number", "ALB-0091127"),
     ("phone", "01632 960 447")])

R("CEM-028", "organisation", """Cruse Bereavement Support (Northern Ireland) welcomes the consultation. Our volunteers in the Southern area see the impact of funeral poverty. We recommend the council signposts the Social Fund Funeral Expenses Payment clearly on every fee schedule, and works with Citizens Advice and Marie Curie to publish a plain-English guide.""",
  k=[("Cruse Bereavement Support", "org"), ("Northern Ireland", "place"), ("Social Fund Funeral Expenses Payment", "law"),
     ("Citizens Advice", "org"), ("Marie Curie", "org-person")])

R("CEM-029", "resident", """I'm writing as a mum not a campaigner. I oppose the proposed increases to cemetery and crematorium fees, because nobody chooses when they lose a loved one, and nobody should have to choose a cheaper send-off because of the council's budget. The fees for infants and children under eighteen should remain free. I ask the council to freeze fees for this year, to keep the exclusive right of burial at its current price, and to publish the true cost of running the cemeteries. Thanks.""",
  c=("cem-dignity-in-death", "edited"))

R("CEM-030", "resident", """me and sharon went up to see her da's grave on sunday and the grass was up to our knees. if yous are putting fees up at least cut the grass. sharon says the same""",
  p=[("person", "sharon")],
  k=[("sunday", "date")])

R("CEM-031", "resident", """Support the increases. Ratepayers in Ardmoyle subsidise burials for people from all over Co Armagh and Co Down. Fair enough to charge more to non-residents.""",
  k=[("Co Armagh", "place"), ("Co Down", "place")])

R("CEM-032", "resident", """Re the headstone permit fee. I'm a stonemason (Kilpatrick Memorials, Rathfriland). The permit going from £85 to £160 will simply be passed to families. Can the inspection be done once per cemetery visit rather than per stone? Ask for Davy, 07700 900 059.""",
  p=[("person", "Davy"), ("phone", "07700 900 059")],
  k=[("Kilpatrick Memorials", "shop"), ("Rathfriland", "place"), ("£85", "num")])

R("CEM-033", "resident", "Is mise le meas, ach níl aon rud le rá agam faoi seo.",
  k=[("Is mise le meas", "irish"), ("níl aon rud le rá agam faoi seo", "irish")])

R("CEM-034", "resident", """I applied for the Funeral Expenses Payment for my mother's funeral and it covered less than half. For the record (the DWP form asked for both our details): my NI number qq 33 90 12 b, mother's DOB: 7th Dec 1949. The shortfall was £1,900 and I am still paying it off to the Credit Union. Please don't add to it for the next family. Deirdre Ní Mhurchú""",
  p=[("ni_number", "qq 33 90 12 b"), ("date_of_birth", "7th Dec 1949"), ("person", "Deirdre Ní Mhurchú")],
  k=[("Funeral Expenses Payment", "law"), ("DWP", "org"), ("£1,900", "num"), ("Credit Union", "org")])

R("CEM-035", "warden", """I'm the warden at a sheltered scheme and I'm writing for one of our residents, resident Bridie McAteer (flat 5, Hillhall Court, bt28 2lz), born 03/04/1936, who is registered blind. She paid for her plot in Blaris in 1971 and wants to know if the new fees apply to pre-purchased plots. Her nephew Ciarán handles her affairs, +44 28 9649 6190.""",
  p=[("person", "Bridie McAteer"), ("flat", "flat 5, Hillhall Court"), ("postcode", "bt28 2lz"), ("date_of_birth", "03/04/1936"),
     ("person", "Ciarán"), ("phone", "+44 28 9649 6190")],
  k=[("Blaris", "place"), ("1971", "date")])
