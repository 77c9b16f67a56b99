from common import R, TEMPLATES

TEMPLATES["caz-scrap-the-ltn"] = (
    "I strongly oppose the low-traffic neighbourhood and the proposed Clean Air Zone charge for private vehicles. The "
    "planters and camera gates on our residential streets have simply pushed traffic onto the main roads, where the most "
    "deprived families live and where air quality is now worse. Journey times for carers, tradespeople and disabled "
    "residents have doubled, and emergency vehicles have been delayed. The daily charge of £12.50 for older vehicles is a "
    "tax on working people who cannot afford a new car. The council did not listen to residents before installing the "
    "scheme and relied on an online survey that anyone could fill in from anywhere. Remove the planters, scrap the camera "
    "fines and consult properly. Scrap the LTN now.")
T = TEMPLATES["caz-scrap-the-ltn"]

R("CAZ-001", "resident", T, k=[("Clean Air Zone", "law"), ("£12.50", "num")], c=("caz-scrap-the-ltn", "template"))

R("CAZ-002", "resident", """I live on Marlowe Street, one of the streets inside the Highfield LTN, and it has transformed our lives. My kids Florence and Chester (yes, we named them after the city where we got engaged and the town where we met!) now cycle to school. The only problem is the gate camera on the corner of Marlowe Street and Peel Road, which nobody can see until it's too late.""",
  p=[("street", "Marlowe Street"), ("person", "Florence"), ("person", "Chester")],
  k=[("Highfield LTN", "fict-org"), ("Peel Road", "pubst")])

R("CAZ-003", "resident", """i strongly oppose the low-traffic neighbourhood and the proposed clean air zone charge for private vehicles. the planters and camera gates on our residential streets have simply pushed traffic onto the main roads, where the most deprived families live and where air quality is now worse. journey times for carers, tradespeople and disabled residents have doubled, and emergency vehicles have been delayed. the daily charge of £12.50 for older vehicles is a tax on working people who cannot afford a new car. the council did not listen to residents before installing the scheme and relied on an online survey that anyone could fill in from anywhere. remove the planters, scrap the camera fines and consult properly. scrap the ltn now.""",
  c=("caz-scrap-the-ltn", "exact"))

R("CAZ-004", "business", """Plumber, self employed, 22 years. My van is a 2015 Transit (Euro 5) so it's non-compliant. That's £12.50 a day every day I go into the zone, which is most days. A new van is £35k. The retrofit grant closed after six weeks. Give sole traders more time. Dariusz Kaczmarczyk, DK Plumbing & Heating, Castlebridge.""",
  p=[("person", "Dariusz Kaczmarczyk")],
  k=[("Transit", "shop"), ("Euro 5", "law"), ("£35k", "num"), ("Castlebridge", "fict-org")])

R("CAZ-005", "resident", "SCRAP THE LTN!!!",
  k=[("SCRAP THE LTN", "caps")])

R("CAZ-006", "carer", """I strongly oppose the low-traffic neighbourhood and the proposed Clean Air Zone charge for private vehicles. The planters and camera gates on our residential streets have simply pushed traffic onto the main roads.

I am a home carer. I visit eleven clients a day across Highfield and Brookside. One of my clients, Mr Ahmed at 18 Tannery Row, used to be a 4-minute drive from my previous call; now it's 19 minutes round by the ring road. My agency does not pay for travel time. I have had three £65 fines at the Selby Street gate in one month. My car is a 2009 Corsa, reg YC09 KDU, so I'll be paying the charge too.

Remove the planters, scrap the camera fines and consult properly. Scrap the LTN now.""",
  p=[("person", "Ahmed"), ("street", "18 Tannery Row"), ("vehicle_registration", "YC09 KDU")],
  k=[("Highfield", "fict-org"), ("Brookside", "place"), ("Selby Street", "pubst"), ("£65", "num"), ("Corsa", "shop")],
  c=("caz-scrap-the-ltn", "edited"))

R("CAZ-007", "resident", "n/a")

R("CAZ-008", "organisation", """Castlebridge Asthma Parents Network response.

We strongly support the Clean Air Zone. NO2 at the monitoring station on the A6120 at Haworth Road junction exceeded the legal limit on 41 days last year. Children in our network have been admitted to the Royal Castlebridge Children's Hospital with asthma attacks on high-pollution days. We note the coroner's findings in the 2020 south London inquest into a child's death from air pollution and ask the council to act before another child dies.""",
  k=[("Castlebridge Asthma Parents Network", "fict-org"), ("NO2", "med"), ("A6120", "road"), ("Haworth Road junction", "pubst"),
     ("Royal Castlebridge Children's Hospital", "landmark"), ("2020", "date")])

R("CAZ-009", "resident", """I STRONGLY OPPOSE THE LOW-TRAFFIC NEIGHBOURHOOD AND THE PROPOSED CLEAN AIR ZONE CHARGE FOR PRIVATE VEHICLES. THE PLANTERS AND CAMERA GATES ON OUR RESIDENTIAL STREETS HAVE SIMPLY PUSHED TRAFFIC ONTO THE MAIN ROADS, WHERE THE MOST DEPRIVED FAMILIES LIVE AND WHERE AIR QUALITY IS NOW WORSE. JOURNEY TIMES FOR CARERS, TRADESPEOPLE AND DISABLED RESIDENTS HAVE DOUBLED, AND EMERGENCY VEHICLES HAVE BEEN DELAYED. THE DAILY CHARGE OF £12.50 FOR OLDER VEHICLES IS A TAX ON WORKING PEOPLE WHO CANNOT AFFORD A NEW CAR. THE COUNCIL DID NOT LISTEN TO RESIDENTS BEFORE INSTALLING THE SCHEME AND RELIED ON AN ONLINE SURVEY THAT ANYONE COULD FILL IN FROM ANYWHERE. REMOVE THE PLANTERS, SCRAP THE CAMERA FINES AND CONSULT PROPERLY. SCRAP THE LTN NOW.""",
  c=("caz-scrap-the-ltn", "exact"))

R("CAZ-010", "resident", """we live on the main road (Kirkgate) and since the ltn the traffic outside our house is solid from 7 till 10. my son has asthma and his inhaler use has doubled. so dont tell me its cleaner air. its cleaner air for the posh streets.""",
  k=[("Kirkgate", "pubst")])

R("CAZ-011", "resident", """Love it. Quieter, kids play out, I hear birds. Please extend it to Ashgrove.""",
  k=[("Ashgrove", "place")])

R("CAZ-012", "disabled resident", """I have Parkinson's and I drive a Motability car (it is compliant, thank god). The problem is my taxis. The black cabs say the LTN adds £6 to every trip to the Parkinson's UK group at St Wilfrid's church hall. Please exempt blue badge holders from the camera gates. My blue badge number is BB 4471 9203 if you want to register me.""",
  p=[("account_number", "BB 4471 9203")],
  k=[("Parkinson's", "cond"), ("Motability", "law"), ("Parkinson's UK", "org-person"), ("St Wilfrid's church hall", "church")])

R("CAZ-013", "resident", "")

R("CAZ-014", "resident", """I strongly oppose the low-traffic neighbourhood. Journey times for carers, tradespeople and disabled residents have doubled, and emergency vehicles have been delayed. The council did not listen to residents before installing the scheme and relied on an online survey that anyone could fill in from anywhere.

I'm not against cleaner air. But the planters and camera gates on our residential streets have simply pushed traffic onto the main roads, and the ambulance to my dad's house at The Gables, Moor End Lane took 25 minutes because it got stuck behind the planters at Selby Street. He is 88. Consult properly.""",
  p=[("house_name", "The Gables"), ("street", "Moor End Lane")],
  k=[("Selby Street", "pubst")],
  c=("caz-scrap-the-ltn", "edited"))

R("CAZ-015", "young person", """yh the air is bad tbh. me n my friend precious walk to castlebridge college along the ring road and u can taste it. i think charge the lorries more than cars tho""",
  p=[("person", "precious")],
  k=[("castlebridge college", "school-public")])

R("CAZ-016", "resident", """Cllr Rehana Mahmood, the Cabinet Member for Environment, promised at the Highfield Methodist meeting in September that the Selby Street gate would be reviewed after six months. It has been fourteen months. Please hold her to that.""",
  p=[("person", "Rehana Mahmood")],
  k=[("the Cabinet Member for Environment", "title"), ("Highfield Methodist", "church"), ("September", "date"), ("Selby Street", "pubst")])

R("CAZ-017", "resident", "Remove the planters, scrap the camera fines and consult properly, the leaflet says. I only agree with the middle bit. Scrap the camera fines. The rest I can live with.")

R("CAZ-018", "resident", """i strongly oppose the low-traffic neighbourhood and the proposed Clean Air Zone charge for private vehicles  the planters and camera gates on our residential streets have simply pushed traffic onto the main roads where the most deprived families live and where air quality is now worse  journey times for carers tradespeople and disabled residents have doubled and emergency vehicles have been delayed  the daily charge of £12.50 for older vehicles is a tax on working people who cannot afford a new car  the council did not listen to residents before installing the scheme and relied on an online survey that anyone could fill in from anywhere  remove the planters scrap the camera fines and consult properly  scrap the LTN now""",
  c=("caz-scrap-the-ltn", "exact"))

R("CAZ-019", "business", """Response from Castlebridge Chamber of Commerce. Members on Westgate and in the Kingsley Business Park report a fall in footfall since the LTN. We support the aims of the CAZ but ask for a 12-month grace period for SMEs, a scrappage scheme of at least £5,000 per van, and clear signage from the M62 and from Victoria station.""",
  k=[("Castlebridge Chamber of Commerce", "fict-org"), ("Westgate", "pubst"), ("Kingsley Business Park", "place-name"),
     ("£5,000", "num"), ("M62", "road"), ("Victoria station", "landmark")])

R("CAZ-020", "resident", """As a GP in the city I see the effects of pollution on COPD and asthma patients every week. I support the CAZ. I also note that it is modelled on Birmingham and Bath, where NO2 has fallen. Dr Olamide Fashola-Reid, Brookside Medical Practice.""",
  p=[("person", "Olamide Fashola-Reid")],
  k=[("GP", "title"), ("COPD", "med"), ("Birmingham", "place"), ("Bath", "place"), ("Brookside Medical Practice", "org")])

R("CAZ-021", "resident", """i live in flat 12b in the big block on the ring road. we dont have a car. we get all the fumes. nobody asked us about anything. i think the ltn is good but the people on the ring road need something too, like trees or a wall""",
  p=[("flat", "flat 12b")])

R("CAZ-022", "resident", """I strongly oppose the low-traffic neighbourhood and the proposed Clean Air Zone charge for private vehicles. The daily charge of £12.50 for older vehicles is a tax on working people who cannot afford a new car. The council did not listen to residents. Remove the planters, scrap the camera fines and consult properly. I'm 74 and I rely on my 2006 Honda Jazz to get to my hospital appointments and to see my grandchildren in Kingsley.""",
  k=[("Honda Jazz", "shop"), ("Kingsley", "place-name")],
  c=("caz-scrap-the-ltn", "edited"))

R("CAZ-023", "resident", """Bus 42 and the X84 are stuck in the traffic displaced by the LTN every morning. If you want people on buses, give buses a lane on Kirkgate.""",
  k=[("Bus 42", "bus"), ("X84", "bus"), ("Kirkgate", "pubst")])

R("CAZ-024", "resident", """Moved here from Lagos 3 yrs ago. In Lagos the air is much worse, so I laugh a bit at this argument, but ok, cleaner is better. I support it. My husband Oluwaseun drives for Uber though and he is worried about the charge. His car is a 2014 Prius reg NX14 OBW, is that compliant? Please answer on 07700900781.""",
  p=[("person", "Oluwaseun"), ("vehicle_registration", "NX14 OBW"), ("phone", "07700900781")],
  k=[("Lagos", "place"), ("Uber", "org"), ("Prius", "shop")])

R("CAZ-025", "resident", "Support.")

R("CAZ-026", "resident", """I think the council is confused about what it wants. Scrap the LTN now, but keep the CAZ for lorries and buses, that's where the pollution comes from. Anyone who says the planters cleaned the air hasn't stood on Haworth Road at 8am.""",
  k=[("Haworth Road", "pubst")])

R("CAZ-027", "resident", """My address is 5 Peel Road, Castlebridge CB4 7TN (yes I'm inside the zone), email pete.oyelowo@example.com. I'm writing to complain that the camera fine letters are going to my old address in Wakefield. I have paid PCN CB71209384 but I got another one for the same day. Please check.""",
  p=[("street", "5 Peel Road"), ("postcode", "CB4 7TN"), ("email", "pete.oyelowo@example.com"), ("account_number", "CB71209384")],
  k=[("Wakefield", "place")])

R("CAZ-028", "resident", "Stop. Listening. To. The. Car. Lobby.")

R("CAZ-029", "resident", """I'm registered blind and I walk with my guide dog, Paddington (after the bear, not the station!), through the LTN every day. It's much safer without the rat-running cars. Please don't give in to the noisy people.""",
  k=[("Paddington", "char")])

R("CAZ-030", "resident", """Dear Sir

My late husband and I moved to 'Rosemount', 22 Ashgrove Road in 1968, and I have never in all those years had to pay to drive to my own daughter's house in Jordan Hill. I am 91. I do not have email. My grandson is typing this for me. Yours faithfully, Mrs Edna Boothroyd""",
  p=[("house_name", "Rosemount"), ("street", "22 Ashgrove Road"), ("person", "Edna Boothroyd")],
  k=[("1968", "date"), ("Jordan Hill", "place-name"), ("Dear Sir", "word"), ("Yours faithfully", "word")])

R("CAZ-031", "resident", """We in Brookside were promised an LTN in phase 2 and it was dropped. Why do Highfield get one and we get none? Is it because Highfield has more people who vote? our road, Cromwell Terrace, is now the main rat run.""",
  p=[("street", "Cromwell Terrace")],
  k=[("Brookside", "place"), ("Highfield", "fict-org")])

R("CAZ-032", "resident", """pls can u make the zone start after 9am, school run + work = i cant afford £12.50 x 5 days. single mum. thx - leanne""",
  p=[("person", "leanne")],
  k=[("9am", "num")])

R("CAZ-033", "resident", """I applied for the low-income exemption in January and heard nothing. Reference CAZ-EX-20417. National Insurance QQ125587A. I'm on Universal Credit and my car (a 2012 Astra) is the only way I get my son Jayden to his appointments at Leeds General. His NHS no. is 999-390-9963. Please sort it before the charges start in June.""",
  p=[("account_number", "CAZ-EX-20417"), ("ni_number", "QQ125587A"), ("person", "Jayden"), ("nhs_number", "999-390-9963")],
  k=[("January", "date"), ("Universal Credit", "law"), ("Astra", "shop"), ("Leeds General", "landmark"), ("June", "date")])

R("CAZ-034", "business", """We run Sunny Side Café on Westgate, family business, my husband and me, Phạm Hồng Nhung. Our supplier van from Bradford now has to pay the charge and they add it to our bill. Please think of small business. You can email nhung.pham[at]example.com or ring (020) 7946 0719, that is my sister's number in London, she helps with English.""",
  p=[("person", "Phạm Hồng Nhung"), ("email", "nhung.pham[at]example.com"), ("phone", "(020) 7946 0719")],
  k=[("Sunny Side Café", "shop"), ("Westgate", "pubst"), ("Bradford", "place"), ("London", "place")])
