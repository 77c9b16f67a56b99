from common import R

R("CST-001", "resident", """We have lived at Marram House, Cliff Lane, Skelby-on-Sea for 31 years. When we bought it the cliff edge was 140 metres from the garden. It is now 38. The Shoreline Management Plan says "no active intervention" for our frontage, which means we lose the house and get nothing, while the caravan park half a mile south gets rock armour. We are not asking for a wall. We are asking for fair compensation and help to move. Roger and Pam Whitlock-Hayes, 07700 900 410""",
  p=[("house_name", "Marram House"), ("street", "Cliff Lane"), ("person", "Roger"), ("person", "Pam Whitlock-Hayes"), ("phone", "07700 900 410")],
  k=[("Skelby-on-Sea", "fict-org"), ("Shoreline Management Plan", "law"), ("no active intervention", "law")])

R("CST-002", "resident", "Build the sea wall. Full stop.")

R("CST-003", "business", """Seacroft Holiday Park employs 46 staff in summer, most from Skelby and Withernsea. The proposed rock revetment in Option 2 protects the park for 20 to 50 years. Without it we lose 120 pitches by 2035 and the business. We support Option 2 and are willing to contribute through a local levy.""",
  k=[("Seacroft Holiday Park", "shop"), ("Skelby", "fict-org"), ("Withernsea", "place"), ("Option 2", "num"), ("2035", "date")])

R("CST-004", "resident", "n/a")

R("CST-005", "resident", """i live in the old coastguard cottages, no. 4, with my mum who has dementia. the council letter said we are in the "100 year erosion zone" and our house insurance has already gone up to £2,300. my mum was born in this house, 1 march 1939, and she wants to die in it. she doesnt understand any of this. im her carer. what help is there for people like us? no-one has told me. — jen""",
  p=[("street", "the old coastguard cottages, no. 4"), ("date_of_birth", "1 march 1939"), ("person", "jen")],
  k=[("dementia", "med"), ("£2,300", "num")])

R("CST-006", "organisation", """The Environment Agency welcomes the council's draft scheme. Under the Coastal Transition Accelerator Programme, funding is available for roll-back of community infrastructure, for example relocating the lifeboat station and the B1242 coast road inland. We note that the RNLI has expressed a preference for the northern site. We recommend the council sets out clear criteria for residential relocation assistance.""",
  k=[("The Environment Agency", "org"), ("Coastal Transition Accelerator Programme", "law"), ("B1242", "road"), ("RNLI", "org")])

R("CST-007", "resident", """MANAGED RETREAT = MANAGED ABANDONMENT. YOU ARE GIVING OUR VILLAGE TO THE SEA.""",
  k=[("MANAGED RETREAT = MANAGED ABANDONMENT", "caps"), ("YOU ARE GIVING OUR VILLAGE TO THE SEA", "caps")])

R("CST-008", "resident", """Dear Sirs, I write as the owner of 'Sandpiper Lodge', 17 North Promenade, Skelby HU18 9QT. My late father built the house in 1962. I enclose, for your records, a copy of the surveyor's letter from Mr Clive Ambrose-Hartley of Hartley & Dunn Chartered Surveyors. My contact e-mail is g.whitlock at example dot org. I would be grateful for a site visit.

Geoffrey Whitlock (Mr)""",
  p=[("house_name", "Sandpiper Lodge"), ("street", "17 North Promenade"), ("postcode", "HU18 9QT"), ("person", "Clive Ambrose-Hartley"),
     ("email", "g.whitlock at example dot org"), ("person", "Geoffrey Whitlock")],
  k=[("Skelby", "fict-org"), ("1962", "date"), ("Hartley & Dunn Chartered Surveyors", "org-person"), ("Dear Sirs", "word")])

R("CST-009", "resident", "")

R("CST-010", "young person", """im 14 and honestly its scary. the beach where i learned to swim is gone. we did a project at school on it and the sea is rising faster than they said. i think we should move people before its an emergency not after. my insta is @skelby_surf_girl if u want to see the cliff videos""",
  p=[("social_handle", "@skelby_surf_girl")])

R("CST-011", "resident", """Hornsea and Bridlington got sea walls. Withernsea got a sea wall. Why not us? Because we're only 300 people and don't matter.""",
  k=[("Hornsea", "place"), ("Bridlington", "place"), ("Withernsea", "place")])

R("CST-012", "farmer", """We farm 340 acres at Low Skelby Farm and lose about 2 acres a year to the sea. The field drains outfall onto the beach. If the council stops maintaining the groynes we'll lose the drainage within five years and the back fields will flood. The farm holding number is CPH 12/345/6789. Talk to me before you decide anything, Eamonn Gallagher 01632 960 813.""",
  p=[("house_name", "Low Skelby Farm"), ("account_number", "CPH 12/345/6789"), ("person", "Eamonn Gallagher"), ("phone", "01632 960 813")])

R("CST-013", "resident", """I think managed retreat is the honest option. Skipsea and Happisburgh show what happens when you pretend. Just make the compensation fair.""",
  k=[("Skipsea", "place"), ("Happisburgh", "place")])

R("CST-014", "resident", """Przepraszam for my English. I am Polish, I work at the fish factory in Hull. I rent static caravan no. 62 at Cliff Top Park on Seaside Road with my wife Agnieszka and daughter Zuzia. Owner says park will close in 2027 because of the erosion. We have nowhere to go, the rents in Hull are too high. Is there help for people who rent, not own? My phone 07700 900 372. Dziękuję. Krzysztof Zieliński""",
  p=[("person", "Agnieszka"), ("person", "Zuzia"), ("phone", "07700 900 372"), ("person", "Krzysztof Zieliński"), ("flat", "static caravan no. 62"), ("street", "Seaside Road")],
  k=[("Przepraszam", "foreign"), ("Polish", "word"), ("Hull", "place"), ("2027", "date"), ("Dziękuję", "foreign")])

R("CST-015", "resident", "Option 3. Save the church at least, it's Grade II.",
  k=[("Option 3", "num"), ("Grade II", "law")])

R("CST-016", "parish council", """Skelby Parish Council met on Monday 3 March and resolved (7-1) to support Option 2 (rock revetment to protect the village core, including the church of St Helen, the primary school and the surgery), and to request that the council fund a Coastal Liaison Officer. Clerk to the Council.""",
  k=[("Skelby Parish Council", "fict-org"), ("Monday 3 March", "date"), ("St Helen", "church"), ("Coastal Liaison Officer", "title"),
     ("Clerk to the Council", "title")])

R("CST-017", "resident", """my nan's bungalow on the front, seaview, is number 9 on the list to be "bought out". she is 86 and she's been told to go in a home. she doesn't want to. she has parkinson's and her memory is going. her name is violet may tindall and she's lived there since 1974. i'm her granddaughter and i'm fuming""",
  p=[("house_name", "seaview"), ("person", "violet may tindall")],
  k=[("parkinson's", "cond"), ("1974", "date")])

R("CST-018", "resident", "What about the sewage works? If the sea gets that, it's a disaster for the whole coast.")

R("CST-019", "resident", """As a retired civil engineer I'd say the cost-benefit figures in Appendix C are optimistic for Option 2. Rock armour here would need replenishing every 15 years. I'd support Option 1 with a properly funded relocation package. My details if needed: Dr Anand Krishnamurthy, Windrush, Coast Road, Skelby, HU18 9RS.""",
  p=[("person", "Anand Krishnamurthy"), ("house_name", "Windrush"), ("street", "Coast Road"), ("postcode", "HU18 9RS")],
  k=[("Appendix C", "num"), ("Option 1", "num")])

R("CST-020", "resident", "I have no view.")

R("CST-021", "resident", """Nobody has mentioned the Lifeboat. The crew are volunteers, my husband Jordan is one of them, and they need a station that isn't going to fall in the sea. Please move the lifeboat station first.""",
  p=[("person", "Jordan")],
  k=[("Lifeboat", "word")])

R("CST-022", "resident", """When the storm came in December 2013 our back garden on Beach Road went in one night. It's a street of 14 bungalows and all of us are pensioners. Mine is number 6 and my neighbour Brenda at number 8 had to be rescued by the coastguard. We have been asking for help for ten years.""",
  p=[("street", "Beach Road"), ("person", "Brenda")],
  k=[("December 2013", "date")])

R("CST-023", "resident", "Save skelby!!! sign the petition on change.org",
  k=[("change.org", "org")])

R("CST-024", "resident", """We run the Anchor Inn on Front Street. If the coast road closes we lose all our passing trade from Bridlington. We need the road moved inland before it closes, not after. — Bernie & Sal, the Anchor""",
  p=[("person", "Bernie"), ("person", "Sal")],
  k=[("the Anchor Inn", "shop"), ("Front Street", "pubst"), ("Bridlington", "place"), ("the Anchor", "shop")])

R("CST-025", "resident", """I volunteer with the National Trust and the Yorkshire Wildlife Trust on the coast. The seal colony and the little terns need a natural shoreline. Rock armour would wreck the beach. I support managed realignment.""",
  k=[("the National Trust", "org"), ("Yorkshire Wildlife Trust", "org")])

R("CST-026", "resident", """Please send the consultation in large print. My wife is registered blind and could not read it. Mr & Mrs O'Driscoll, The Old Rectory, Church Lane, Skelby.""",
  p=[("person", "O'Driscoll"), ("house_name", "The Old Rectory"), ("street", "Church Lane")],
  k=[("Skelby", "fict-org")])

R("CST-027", "resident", "fine")

R("CST-028", "resident", """My partner and I bought our house in 2021 with no idea about the erosion because the searches didn't flag it. Now it's worth nothing and we still owe £180k on the mortgage with Nationwide, account 50-11-72 31429876. How is that fair? Who do we sue?""",
  p=[("account_number", "50-11-72 31429876")],
  k=[("2021", "date"), ("£180k", "num"), ("Nationwide", "org")])

R("CST-029", "resident", """Happy to see the draft. I would add that the old tip at Skelby Gap will start eroding within 20 years. That needs dealing with before plastic and asbestos end up on the beach.""",
  k=[("Skelby Gap", "place")])

R("CST-030", "resident", """Me and my husband Chinedu came to Skelby for a quiet retirement and bought 'The Haven', 3 Dunes Way. We were told nothing about the erosion. We are both in our 70s and Chinedu has had two strokes. His hospital number at Hull Royal Infirmary is RWA 2209431. We need a bungalow inland, near the surgery, please.""",
  p=[("person", "Chinedu"), ("house_name", "The Haven"), ("street", "3 Dunes Way"), ("hospital_number", "RWA 2209431")],
  k=[("Skelby", "fict-org"), ("Hull Royal Infirmary", "landmark")])

R("CST-031", "resident", "Protect the village. Don't let the sea win. My family has fished from here since the 1800s.")

R("CST-032", "resident", """I'm the one who posts the cliff-fall photos every week on Facebook (facebook.com/dave.pickering.skelby) so I've got ten years of pictures of the same stretch. Happy to share them with the engineers. The patient records at the surgery are already moving to Hornsea, by the way, my own NHS number 9998219930 was transferred last month, so the retreat has started whether you admit it or not.""",
  p=[("social_handle", "facebook.com/dave.pickering.skelby"), ("nhs_number", "9998219930")],
  k=[("Facebook", "org"), ("Hornsea", "place")])

R("CST-033", "parent", """Our son Will Hetherington-Brown (born 03/04/2015) goes to Skelby C of E Primary, which is 200m from the cliff. If the school has to move, please keep it in the village. Kids walk there. We live at 8 Fulmar Close, hu189rw, and we'd like to be on the liaison group. my email: hetherington.brown@example.org""",
  p=[("person", "Will Hetherington-Brown"), ("date_of_birth", "03/04/2015"), ("school", "Skelby C of E Primary"), ("street", "8 Fulmar Close"),
     ("postcode", "hu189rw"), ("email", "hetherington.brown@example.org")],
  k=[("200m", "num")])

R("CST-034", "resident", """Where to start. I was born in Skelby in 1948 in the house my grandfather built on what was then Station Road, before the railway went, and which we always just called Top House. My father was a fisherman and so were his brothers and when I was a boy the cliff was so far off you could play a full game of cricket between our back gate and the edge, and we did, every summer, me and my cousin Kenny and the Atkinson twins. Then in the fifties the first lot of houses went, the ones on the Headland, and nobody did anything then either. I went away to work in Leeds for thirty years, at the Burton's factory and then on the buses, the number 4 to Harehills, but I always came back at weekends and when I retired in 2008 I came back for good with my wife Pearl, who has since passed away, God rest her. Pearl is buried in the churchyard at St Helen's and that is my real worry, because the churchyard is on your map in the 50-year line. Am I supposed to dig her up? Nobody in the council has answered that. I wrote to you twice. I went to the drop-in at the village hall and the young lady from the consultants, very nice, said she would "take it away". Well where has it gone? I am 76 now and I have a heart condition, I'm under Castle Hill, my hospital number is CHH-771402 if anyone wants to check I am who I say I am, and I would like to know before I die what happens to my wife's grave and to the house. I am not against moving. I am against not being told. That's all. Thank you for reading to the end if you did.""",
  p=[("street", "Station Road"), ("house_name", "Top House"), ("person", "Kenny"), ("person", "Atkinson"), ("person", "Pearl"),
     ("hospital_number", "CHH-771402")],
  k=[("Skelby", "fict-org"), ("1948", "date"), ("the Headland", "place"), ("Leeds", "place"), ("Burton's", "org-person"),
     ("the number 4 to Harehills", "bus"), ("2008", "date"), ("St Helen's", "church"), ("Castle Hill", "landmark")])
