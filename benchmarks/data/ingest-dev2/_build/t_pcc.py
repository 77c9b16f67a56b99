from common import R, TEMPLATES

TEMPLATES["pcc-bobbies-on-the-beat"] = (
    "I support a rise in the police precept only if every extra penny goes on visible neighbourhood policing. Over the last "
    "ten years our town has lost its police station front counter, most of its PCSOs and its dedicated neighbourhood "
    "sergeant. Residents now wait hours for officers to attend burglaries, and antisocial behaviour in our parks and "
    "shopping streets goes unchallenged. The Police and Crime Commissioner should publish a named neighbourhood team for "
    "every ward, reopen front counters at least three days a week, and report every quarter on response times in rural "
    "areas. I am willing to pay a little more, but not for more managers, consultants or a new headquarters. "
    "Put bobbies back on the beat.")
T = TEMPLATES["pcc-bobbies-on-the-beat"]

R("PCC-001", "resident", T, k=[("The Police and Crime Commissioner", "title")], c=("pcc-bobbies-on-the-beat", "template"))

R("PCC-002", "resident", """£14.30 a year extra for a Band D is fine. What isn't fine is that when my shed was broken into on Hedley Terrace in Stanley nobody came for four days. The crime number was NM/23/118472, if the Commissioner wants to check. I'd pay double if someone actually turned up.""",
  p=[("street", "Hedley Terrace"), ("account_number", "NM/23/118472")],
  k=[("£14.30", "num"), ("Band D", "num"), ("Stanley", "place-name"), ("the Commissioner", "title")])

R("PCC-003", "resident", """i support a rise in the police precept only if every extra penny goes on visible neighbourhood policing. over the last ten years our town has lost its police station front counter, most of its pcsos and its dedicated neighbourhood sergeant. residents now wait hours for officers to attend burglaries, and antisocial behaviour in our parks and shopping streets goes unchallenged. the police and crime commissioner should publish a named neighbourhood team for every ward, reopen front counters at least three days a week, and report every quarter on response times in rural areas. i am willing to pay a little more, but not for more managers, consultants or a new headquarters. put bobbies back on the beat.""",
  c=("pcc-bobbies-on-the-beat", "exact"))

R("PCC-004", "resident", "NO MORE COUNCIL TAX. NO. NO. NO.",
  k=[("NO MORE COUNCIL TAX", "caps")])

R("PCC-005", "business", """I own the Spar on Front Street in Chester-le-Street. We have had 31 shoplifting incidents reported since Christmas, and the same two lads every time. PCSO Jordan Pickering is great but he covers three towns. I would support the precept if it paid for more PCSOs. My store phone is 01632 960633.""",
  p=[("person", "Jordan Pickering"), ("phone", "01632 960633")],
  k=[("Spar", "shop"), ("Front Street", "pubst"), ("Chester-le-Street", "place-name"), ("Christmas", "date"), ("PCSO", "title")])

R("PCC-006", "resident", """I support a rise in the police precept only if every extra penny goes on visible neighbourhood policing. Over the last ten years our town has lost its police station front counter, most of its PCSOs and its dedicated neighbourhood sergeant. Residents now wait hours for officers to attend burglaries, and antisocial behaviour in our parks and shopping streets goes unchallenged.

Our street, Larchfield Gardens in Washington, has had three cars stolen off driveways this winter, including mine, a grey Kia Sportage, NK21 HZT. It was found burnt out near the Nissan plant. Nobody from the police came to the house.

I am willing to pay a little more, but not for more managers, consultants or a new headquarters. Put bobbies back on the beat.""",
  p=[("street", "Larchfield Gardens"), ("vehicle_registration", "NK21 HZT")],
  k=[("Washington", "place-name"), ("Kia Sportage", "shop"), ("Nissan", "org")],
  c=("pcc-bobbies-on-the-beat", "edited"))

R("PCC-007", "resident", "N/A")

R("PCC-008", "organisation", """Response of Northmarch Victim Support Partnership.

We support the proposed £14.30 Band D increase. The Commissioner's Police and Crime Plan commits to funding Independent Domestic Violence Advisers in every hospital, including the Royal Victoria Infirmary and Sunderland Royal. The precept increase protects that commitment. We would ask the Police, Fire and Crime Panel to scrutinise victim satisfaction figures twice a year.""",
  k=[("Northmarch Victim Support Partnership", "fict-org"), ("Police and Crime Plan", "law"),
     ("Independent Domestic Violence Advisers", "title"), ("Royal Victoria Infirmary", "landmark"), ("Sunderland Royal", "landmark"),
     ("the Police, Fire and Crime Panel", "org")])

R("PCC-009", "resident", """put bobbies back on the beat lol. havent seen a copper in consett since 2015 except when they came for baz next door and that took 6 of them""",
  p=[("person", "baz")],
  k=[("consett", "place"), ("2015", "date")])

R("PCC-010", "resident", """I SUPPORT A RISE IN THE POLICE PRECEPT ONLY IF EVERY EXTRA PENNY GOES ON VISIBLE NEIGHBOURHOOD POLICING. OVER THE LAST TEN YEARS OUR TOWN HAS LOST ITS POLICE STATION FRONT COUNTER, MOST OF ITS PCSOS AND ITS DEDICATED NEIGHBOURHOOD SERGEANT. RESIDENTS NOW WAIT HOURS FOR OFFICERS TO ATTEND BURGLARIES, AND ANTISOCIAL BEHAVIOUR IN OUR PARKS AND SHOPPING STREETS GOES UNCHALLENGED. THE POLICE AND CRIME COMMISSIONER SHOULD PUBLISH A NAMED NEIGHBOURHOOD TEAM FOR EVERY WARD, REOPEN FRONT COUNTERS AT LEAST THREE DAYS A WEEK, AND REPORT EVERY QUARTER ON RESPONSE TIMES IN RURAL AREAS. I AM WILLING TO PAY A LITTLE MORE, BUT NOT FOR MORE MANAGERS, CONSULTANTS OR A NEW HEADQUARTERS. PUT BOBBIES BACK ON THE BEAT.""",
  c=("pcc-bobbies-on-the-beat", "exact"))

R("PCC-011", "resident", """I'm 71 and live alone at Ivy Cottage, Low Westwood, DH9 8QZ. We are rural. The nearest station that is open is in Consett and it shuts at 4pm. Twice this year I have had men in vans knocking asking about the old tractor. I rang 101 and waited 48 minutes. I'd like to know my local officer by name. Currently I know nobody. Mrs Gwen Featherstonehaugh""",
  p=[("house_name", "Ivy Cottage"), ("postcode", "DH9 8QZ"), ("person", "Gwen Featherstonehaugh")],
  k=[("Low Westwood", "place"), ("Consett", "place"), ("4pm", "num"), ("101", "num")])

R("PCC-012", "young person", """im 16. police only ever stop me and my mates, never help us. when my bike got nicked outside greggs they said theres nothing they can do. if the money goes on more stop and search then no. if it goes on youth workers like mo at the hub then yes""",
  p=[("person", "mo")],
  k=[("greggs", "shop")])

R("PCC-013", "resident", """Honestly the precept is small change compared to the council tax itself. My real question is why the Chief Constable needs a new £38m headquarters at Aykley Heads when stations are closing. Put the money in the front line.""",
  k=[("the Chief Constable", "title"), ("£38m", "num"), ("Aykley Heads", "place")])

R("PCC-014", "resident", "")

R("PCC-015", "resident", """I am willing to pay a little more. Over the last ten years our town has lost its police station front counter, most of its PCSOs and its dedicated neighbourhood sergeant. The Police and Crime Commissioner should publish a named neighbourhood team for every ward and report every quarter on response times in rural areas.

But I'd add: the commissioner, Mr Derek Lanchester, should come and hold a public meeting in Stanley, not just Durham. He has not been here once.""",
  p=[("person", "Derek Lanchester")],
  k=[("Stanley", "place-name"), ("Durham", "place")],
  c=("pcc-bobbies-on-the-beat", "edited"))

R("PCC-016", "resident", """My wife and I were victims of a romance fraud in 2023. The Economic Crime Unit were excellent, in particular DC Aisha Farooqui, who kept us informed. Action Fraud was useless. I support the precept if it keeps units like that.""",
  p=[("person", "Aisha Farooqui")],
  k=[("2023", "date"), ("Economic Crime Unit", "org"), ("Action Fraud", "org"), ("DC", "title")])

R("PCC-017", "resident", "Agree.")

R("PCC-018", "resident", """We live on Brancepeth View in Willington and our neighbour's lad (I won't name him) has been dealing from the bus shelter on the A690 for a year. Reports made, nothing. The PCSO who used to patrol, Sky, moved to Gateshead. Since then, nothing.""",
  p=[("street", "Brancepeth View"), ("person", "Sky")],
  k=[("Willington", "place"), ("A690", "road"), ("Gateshead", "place")])

R("PCC-019", "parish council", """Lanchester Parish Council discussed the precept at its meeting on 14 January. Councillors agreed by 6 votes to 2 to support the increase, on condition that rural crime (especially theft of quad bikes and farm machinery) gets a dedicated team. The Clerk, on behalf of the Council.""",
  k=[("Lanchester Parish Council", "place-name"), ("14 January", "date"), ("The Clerk", "title")])

R("PCC-020", "resident", """Put bobbies back on the beat? Nice slogan but bobbies on foot don't catch county lines gangs. I'd rather the money went on detectives and on the online child abuse team. Don't fall for the leaflet.""",
  k=[("county lines", "word")])

R("PCC-021", "resident", """i support a rise in the police precept only if every extra penny goes on visible neighbourhood policing   over the last ten years our town has lost its police station front counter  most of its PCSOs and its dedicated neighbourhood sergeant  residents now wait hours for officers to attend burglaries  and antisocial behaviour in our parks and shopping streets goes unchallenged  the Police and Crime Commissioner should publish a named neighbourhood team for every ward  reopen front counters at least three days a week  and report every quarter on response times in rural areas  i am willing to pay a little more  but not for more managers  consultants or a new headquarters  put bobbies back on the beat""",
  c=("pcc-bobbies-on-the-beat", "exact"))

R("PCC-022", "resident", """Myself and my son Reuben Atherton-Clegg (he is 14, Year 10 at St Bede's Catholic Academy) were assaulted at the Metrocentre bus station on 2nd November. The officers were kind but we have not heard a thing since. The ref is 1144/02NOV. My email r.atherton.clegg@example.org. I'm not against the rise, I just want to know what happens after you report something.""",
  p=[("person", "Reuben Atherton-Clegg"), ("school", "St Bede's Catholic Academy"), ("account_number", "1144/02NOV"),
     ("email", "r.atherton.clegg@example.org")],
  k=[("Year 10", "num"), ("Metrocentre", "landmark"), ("2nd November", "date")])

R("PCC-023", "resident", """Ich bin seit 2019 hier in Sunderland. My English is ok. I want to say: the police at the station on Gill Bridge Avenue were very helpful when my passport was stolen. Danke. I support the increase.""",
  k=[("Ich bin seit 2019 hier", "foreign"), ("Sunderland", "place"), ("Gill Bridge Avenue", "pubst"), ("Danke", "foreign")])

R("PCC-024", "resident", """When I visit my sister in Lincoln I see police every day around the Stonebow. Here I have lived on Bewick Crescent, Newton Aycliffe for 6 years and seen one patrol car. That's the difference.""",
  p=[("street", "Bewick Crescent")],
  k=[("the Stonebow", "landmark"), ("Lincoln", "place-name"), ("Newton Aycliffe", "place")])

R("PCC-025", "resident", """I support a rise in the police precept only if every extra penny goes on visible neighbourhood policing. Residents now wait hours for officers to attend burglaries. I am willing to pay a little more, but not for more managers, consultants or a new headquarters. Put bobbies back on the beat. That is all I want to say, as a pensioner who is frightened to walk into town after dark now.""",
  c=("pcc-bobbies-on-the-beat", "edited"))

R("PCC-026", "victim", """I don't want to give my address because he might read this. I was a victim of domestic abuse. The officers who came, PC Hollis and PC Nwankwo, saved my life. The IDVA, Florence, helped me get a non-molestation order. Please protect that service whatever you do with the precept.""",
  p=[("person", "Hollis"), ("person", "Nwankwo"), ("person", "Florence")],
  k=[("PC", "title"), ("IDVA", "title")])

R("PCC-027", "resident", "Council tax is already £2,100 on a band C. Enough.",
  k=[("£2,100", "num")])

R("PCC-028", "resident", """Please fix the speeding on the B6532 through Hamsterley Mill. People do 60 past the primary school. A speed camera would pay for itself, no need for a precept rise.""",
  k=[("B6532", "road"), ("Hamsterley Mill", "place")])

R("PCC-029", "farmer", """We farm at High Beechburn, near Crook. Sheep worrying and gates left open every weekend, plus we had a quad stolen in March (serial on our insurance, policy ref FMU 88120473). The Rural Crime Team sergeant, Sergeant Jonathan 'Jonty' Bell, is excellent but one man can't do the whole dale. I'll support the precept if rural crime gets more officers.

John & Moira Dinsdale, 07700 900 932""",
  p=[("house_name", "High Beechburn"), ("account_number", "FMU 88120473"), ("person", "Jonathan 'Jonty' Bell"), ("person", "John"), ("person", "Moira Dinsdale"),
     ("phone", "07700 900 932")],
  k=[("Crook", "place"), ("March", "date"), ("Rural Crime Team", "org"), ("Sergeant", "title")])

R("PCC-030", "resident", "More PCSOs please. And answer 101 quicker.",
  k=[("PCSOs", "title"), ("101", "num")])

R("PCC-031", "resident", """My daughter Keeley Brannigan in Year 9 at Tanfield School was groomed online last year. The Child Exploitation team were amazing, especially Hope who was her officer. Keeley is doing well now. If the precept keeps that team, good.""",
  p=[("person", "Keeley Brannigan"), ("school", "Tanfield School"), ("person", "Hope"), ("person", "Keeley")],
  k=[("Year 9", "num"), ("Child Exploitation team", "org")])

R("PCC-032", "resident", "Wasted money. Like the PCC's office itself. Abolish the post and give it back to the Chief Constable.",
  k=[("the PCC's office", "title"), ("the Chief Constable", "title")])

R("PCC-033", "resident", """I am on pension credit (NI number JT 55 21 90 A) and every increase hurts. The council tax support scheme should cover the police part. Also my late husband's blue badge was stolen off the dashboard. His date of birth, for the form, was 30/06/1941, name Walter Ainsley. Widow, Consett.""",
  p=[("ni_number", "JT 55 21 90 A"), ("date_of_birth", "30/06/1941"), ("person", "Walter Ainsley")],
  k=[("pension credit", "law"), ("council tax support scheme", "law"), ("Consett", "place")])

R("PCC-035", "resident", """my van got nicked off the drive in august, ln19 xzp, white berlingo. police never came. my neighbour mick seen the lads do it and gave a statement, nothing. then they found it in gateshead burnt. so no i dont want to pay more. ring me if u want +44 7700 900 655""",
  p=[("vehicle_registration", "ln19 xzp"), ("person", "mick"), ("phone", "+44 7700 900 655")],
  k=[("august", "date"), ("berlingo", "shop"), ("gateshead", "place")])
