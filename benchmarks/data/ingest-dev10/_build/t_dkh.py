"""A 'dark kitchen' delivery hub on an industrial estate next to homes (fictional Thornhey Borough Council,
Merseyside; Leyworth Industrial Estate backs onto terraced streets)."""
from common import R, each, plain_only, sents

PREFIX = "DKH"
CONSULTATION = "dark-kitchen"
CAMP = "dkh-homes-not-hubs"

TPL = ("I object to the proposed dark kitchen at {{Leyworth Industrial Estate|inv}}. This is not a normal industrial "
       "use. Fourteen kitchens open until one in the morning will bring hundreds of mopeds and cars into streets where "
       "families are trying to sleep. The extraction flues will sit less than thirty metres from back gardens, and the "
       "smell of frying will be there every day of the week. Riders already wait on the pavements outside the takeaways "
       "on {{Leyworth Road|route}}, engines running, and there is nowhere for them to go. The estate was built for "
       "warehouses that close at six, not for a food factory that never stops. Please refuse the application, or limit "
       "the hours to 11am until 10pm and require a proper rider waiting area inside the site.")
S = sents(TPL)

ITEMS = [
    R("resident", TPL, CAMP, "template"),
    R("resident",
      "me and our kid have lived on [[st:calder street]] all our lives and the estate used to be dead quiet after 6. "
      "now theres the {{Greggs|orgp}} depot AND they want this?? no chance la. riders already sit outside our gate "
      "bibbing. sort it out"),
    R("resident", each(TPL, str.lower), CAMP, "exact"),
    R("business",
      "{{HubKitch Ltd|org}}, the applicant, wishes to respond to points raised. The site is allocated for employment "
      "use in the {{Thornhey Local Plan|law}}. Deliveries by e-bike will be encouraged, extraction will meet "
      "{{EMAQ+|brand}} guidance, and a rider lounge with 24 seats is proposed inside Unit 6. We will fund a "
      "residents' liaison group. Please contact our planning consultant, [[p:Hannah Brierley]] of "
      "{{Brierley Planning Associates|orgp}}."),
    R("resident", "Object."),
    R("resident",
      S[0] + " " + S[1] + " " + S[2] + " " + S[3] + "\n\nI live in [[fl:Flat 3, Marram Court]], which is the block right "
      "on the estate fence. I work 6am starts at the {{Royal Liverpool|hosp}} and I already get woken by the bins from "
      "the bakery. My daughter [[p:Nevaeh]] is doing her GCSEs this year. I rang the council about the noise in March "
      "(case [[acc:EH/NC/24/0913]]) and nobody came out. " + S[6], CAMP, "edited"),
    R("delivery rider",
      "Hello. I am rider for {{Deliveroo|platform}} and {{Uber Eats|platform}} 3 years, from {{Bulgaria|place}}, "
      "{{Plovdiv|place}}. People think riders are the problem but we have no place to wait, no toilet, nothing. "
      "I am self-employed, registered, NI number [[ni:QQ 31 52 07 D]], I pay my tax. If this hub has room for riders inside it is better than now, we wait in the rain on the street. "
      "I support if the room is real. [[p:Stoyan]]"),
    R("resident", ""),
    R("resident",
      "I am living in {{Thornhey|inv}} since 2016, I came from {{Sudan|place}}, {{Omdurman|place}}. My house is "
      "[[st:14 Wingate Road]], the back of my garden is the fence of the estate. My children sleep in the back bedroom. "
      "Already the smell from the chicken factory come in the window in summer. I am not against the work for people "
      "but not at night please. {{Shukran|lang}}. [[p:Amira Hassan Elamin]]"),
    R("resident", plain_only(TPL, lambda t: t.replace(", ", " ").replace(".", "")), CAMP, "exact"),
    R("takeaway owner",
      "I run {{Golden Harbour|org}} on {{Leyworth Road|route}} for 22 years, my father opened it. We are {{Hong Kong|place}} "
      "family, we speak {{Cantonese|langname}} at home. This hub is big company with 14 kitchen, we cannot compete, they pay the apps less commission. Small "
      "takeaways will close. Also the smell, yes. Please think about small shops on the road. [[p:Kwok Wing-hong]] "
      "([[p:Ah Hong]] to customers)"),
    R("resident",
      "Sound idea to be honest. The estate was built for warehouses, fair enough, but times change. Jobs on the estate, "
      "better than another empty shed. Just make them do the noise stuff."),
    R("ward councillor",
      "I have called this application in to {{Planning Committee|inv}}. Residents on {{Calder Street|route}} and "
      "{{Wingate Road|route}} will be affected by noise, odour and rider parking. The officer report should consider "
      "a condition limiting hours to 10pm. Cllr [[p:Joe McGuinness]], {{Leyworth ward|inv}}"),
    R("resident",
      "WE ALREADY HAVE RATS FROM THE BINS BEHIND {{NANDO'S|orgp}}. FOURTEEN KITCHENS WILL MEAN FOURTEEN TIMES THE RATS. "
      "WHO IS CHECKING THIS. [[p:DOT FAIRCLOUGH]], [[st:OSBORNE TERRACE]]"),
    R("resident", each(TPL, str.upper), CAMP, "exact"),
    R("resident",
      "My son [[p:Kai]] is 8 and walks to [[sch:St Teresa's Catholic Primary]] down {{Leyworth Road|route}}. The "
      "mopeds go on the pavement. Last week one nearly hit him. It had a plate [[vr:LV71XKE]] and I reported it, "
      "nothing happened. [[p:Jade Cunliffe]], [[fl:Flat 9, Elm Court]]"),
    R("environmental group",
      "{{Thornhey Clean Air Network|org}} notes that the transport assessment assumes 70% e-bike deliveries. Nationally "
      "the figure for hubs of this type is closer to 30%. We ask for a condition requiring electric or pedal vehicles "
      "only, and air-quality monitoring on {{Leyworth Road|route}} before and after opening."),
    R("resident",
      "as a night worker myself i dont mind the hours but the moped noise at 12.30 is something else. "
      "they rev up right outside. can u put the exit on the {{A5058|road}} side not our side"),
    R("resident",
      "Me nan's house backs onto the estate, [[st:Tithebarn Close]], she's 89 and has {{COPD|med}}. Fumes from "
      "frying all night? Leave it out. She's [[p:Edna Mullin]], DOB [[dob:11-01-1935]], hospital number "
      "[[hosp:AUH 6620915]] at {{Aintree|hosp}} if you want to check how many times she's been in. She's been there since before the estate was built. {{Boss|scouse}} idea for "
      "jobs I'm sure but not next to people's houses. Her carer [[p:Shaz]] will tell you the same."),
    R("delivery rider",
      "Salaam. I am rider in {{Liverpool|place}} and {{Thornhey|inv}}. I use e-bike. I think the kitchen hub is good for "
      "us because one place for many orders. My instagram is [[sh:@mo_rides_lpool]] if you want to see what is life "
      "for rider."),
    R("resident",
      S[0] + " Our house is [[st:calder street]] ([[pc:l20 6tq]]) and the {{Just Eat|platform}} riders already park "
      "on our step. I work from home for {{Merseyrail|org}} and I have meetings all day with a moped idling under the "
      "window. " + S[5] + " " + S[4] + " " + S[6], CAMP, "edited"),
    R("resident", "Dont care either way to be honest"),
    R("resident",
      "Why does every consultation ask us if we 'support the principle'? Nobody supports mopeds at 1am. I'm all for "
      "jobs. My brother-in-law [[p:Marley]] drives for {{Domino's|orgp}} and he says the dark kitchens pay worse. "
      "{{Everton|team}} fan, {{Liverpool|team}} fan, doesn't matter, we all have to sleep. {{Proper sound|scouse}} "
      "if you sort it. [[p:Tony Grealish]] [[ph:+44 151 496 0288]]"),
    R("local business",
      "{{Leyworth Industrial Estate Traders Group|org}} supports the application. Units 4 to 6 have been empty since "
      "{{Hargreaves Print|orgp}} closed in 2021. We would welcome 60 jobs. We would also welcome the council enforcing "
      "the existing restrictions on the HGV yard before blaming new tenants."),
    R("resident",
      "I'm disabled and I rely on takeaway delivery, honestly. But the kitchen doesn't need to be right by homes. "
      "There is space at {{Speke|place}} or the old {{Bowring Park|landmark}} depot. Please put it there."),
]
