"""register-office: Eastmere County Council (fictional, Norfolk-like county) proposes to close the Holtingham
Register Office in the Old Shire Hall and move births, deaths and notices of marriage to a customer hub at the
Wensum Gate business park, with ceremonies only at approved venues or a small room at Wensum Gate."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "REG", "register-office"
C = "reg-heart-of-holtingham"

TPL = (
    "We object to {{Eastmere County Council|inv}}'s plan to close the {{Holtingham Register Office|own}} in the "
    "{{Old Shire Hall|own}} and move registration to the {{Wensum Gate|own}} business park. "
    "The Shire Hall is where this town has registered its births and deaths and made its vows for more than "
    "seventy years. "
    "Wensum Gate has no railway station, one bus an hour and nowhere for a wedding party to stand. "
    "Registering a death is hard enough without a two-bus journey to an industrial estate. "
    "Couples on modest budgets rely on the ceremony room because they cannot afford an approved venue. "
    "Keep it in the heart of {{Holtingham|inv}}. "
    "We ask the council to keep birth and death appointments in the town centre, to keep the ceremony room open "
    "at least on Fridays and Saturdays, and to publish the full costs and savings of the move before any decision "
    "is taken."
)
S = sents(TPL)


def squash(s):
    return s.replace(",", "").replace(" ", "  ")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Norfolk widower
    R("resident", "{{Hold you hard|dialect}}. That fare to me thass a load o' {{squit|dialect}}. When my [[p:Doris]] died I "
      "went and registered her at the {{Shire Hall|own}}, five minutes from the chapel, and the lady there "
      "give me a cup o' tea. I live up [[st:Cley Road]] by the chapel. I in't got a car and I in't going to no business park on two buses at my age, "
      "{{bor|dialect}}.\n[[p:Billy Loades]]"),
    # 003 exact: commas dropped and spaces doubled
    R("resident", plain_only(TPL, squash), C, "exact"),
    # 004 Portuguese speaker registering a birth
    R("parent", "{{Bom dia|lang}}. I am [[p:Joana Ferreira]] and I work in the factory in {{Thetford|place}}. My "
      "son [[p:Tomás]] was born on [[dob:3rd March 2025]] at the {{Norfolk and Norwich|hosp}}. To register him I "
      "must take one day without pay, and now with {{Wensum Gate|own}} it will be all day because of the bus. I have no "
      "car. My English is not so good for the video call. Please keep Holtingham. I live [[fl:Flat 3, Maltster's "
      "Yard]], Holtingham, telephone [[ph:07700 900 233]]. {{Obrigada|lang}}."),
    # 005 wedding photographer
    R("business", "I've photographed over 200 ceremonies in the Shire Hall. Couples choose it because it's "
      "beautiful, it's cheap and the photos on the steps with the {{Buttercross|landmark}} behind are iconic. "
      "Wensum Gate's room looks onto a car park and a tyre place. I'd also say half my couples then walk to "
      "{{The Feathers|org}} for the reception, so the town's pubs lose out too.\n[[p:Jess]], [[em:jess.clicks [at] example.com]]"),
    # 006 funeral director, no personal data
    R("business", "As independent {{funeral directors|role}} since 1911 ({{Tuckwell & Sons|orgp}}), not {{Co-op Funeralcare|org}}, we help "
      "families through the registration of a death every week. One client, Mrs [[p:Gotts]], is 93 and was widowed in {{March|date}}. Many do not drive. At "
      "present we can walk them across {{Market Place|route}} to the Shire Hall. We would ask the council to keep "
      "at least a death registration appointment in Holtingham two days a week, perhaps at the "
      "{{library|landmark}}."),
    # 007 support
    R("resident", "Sensible. Nobody needs a Georgian building to fill in a form. Most of it could be online anyway. "
      "Sell the {{Shire Hall|own}} and spend the money on the {{A11|road}}."),
    # 008 edited: personal paragraph (husband's death, home street)
    R("resident", " ".join(S[:4]) + "\n\nMy husband [[p:Gerald Mayhew]] died at home on {{14 January|date}}. "
      "We had lived on [[st:Blacksmith's Row]] for forty-one years. I do not drive and my son lives in "
      "{{Leicester|place}}. The registrar at the Shire Hall saw me the same week and a neighbour, [[p:Val]], "
      "walked me there. I could not have done a bus to Wensum Gate on my own that week.\n\n" + " ".join(S[4:]),
      C, "edited"),
    # 009 text-speak, engaged couple
    R("resident", "me n [[p:ellis]] r getting married next june n we booked the shire hall coz its the only place "
      "we can afford!! the barn venues r like 8 grand. if it closes r we just meant to get married in a portakabin "
      "at wensum gate?? we wanted a {{bridgerton|char}} vibe not a car park absolute joke. my mum n dad got married there n so did my nan. follow our countdown [[sh:@jade.n.ellis.2026]]"),
    # 010 registration staff, anonymous
    R("registration staff", "I work in the registration service. The "
      "{{Superintendent Registrar|role}} has been open with us, but the consultation document understates the "
      "number of ceremonies we hold at the Shire Hall (over 300 a year) and it does not mention that {{Wensum Gate|own}} "
      "has no secure room for the registers. Under the {{Births and Deaths Registration Act 1953|law}} registers "
      "must be kept safe. Please ask the {{Registration Service Manager|role}} for the real figures."),
    # 011 humanist celebrant
    R("business", "I'm a celebrant accredited with {{Humanists UK|org}}. This won't hurt my business: if anything "
      "more couples will have a {{humanist ceremony|event}} in a barn at {{Cley|place}} and nip into {{Wensum Gate|own}} for the two-minute "
      "legal bit. But that's a two-tier system. People who can't afford a venue lose the dignified middle option. "
      "I'd keep the ceremony room."),
    # 012 near-miss: slogan reused, own view
    R("resident", "Keep it in the heart of Holtingham, the posters say. Fine, but the heart of Holtingham is half "
      "empty shops and the {{Shire Hall|own}} roof leaks. I would rather the council kept the service in the library and "
      "let the building go to someone who can mend it."),
    # 013 town council
    R("town council", "{{Holtingham Town Council|inv}} considered the proposal at its meeting on {{3 June|date}}. "
      "The Town Council objects. The {{Old Shire Hall|own}} is a {{Grade II* listed|law}} building and the "
      "registration service is its last public use. The {{Town Clerk|role}} has written separately about the "
      "{{Buttercross|landmark}} market. The Town Mayor, Cllr [[p:Hettie Purdy]], and councillors would welcome talks about the Town Council leasing the "
      "ceremony room."),
    # 014 blank
    R("resident", ""),
    # 015 edited: reworded opening and closing
    R("resident", "I'm adding my voice to the campaign but in my own words. " + " ".join(S[1:6]) + " Please, "
      "whoever makes this decision, come and stand on the Shire Hall steps on a Saturday and see what you would "
      "be taking away.", C, "edited"),
    # 016 older woman in a village, address block
    R("resident", "I am 79 and I live in Wendling Staithe. There is one bus a day to Holtingham and none to "
      "{{Wensum Gate|own}}. My granddaughter is expecting in {{August|date}}. How is she meant to register the baby "
      "without a car?\n\nMrs [[p:E. Brundall]]\n[[hn:The Old Forge]]\n[[st:Staithe Lane]]\nWendling Staithe\n"
      "[[pc:nr12 8qj]]\nTel [[ph:01632 960 418]]"),
    # 017 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 018 new father: baby's NHS number and birth date
    R("parent", "We had our daughter [[p:Willow]] on [[dob:19 April 2025]] and registered her at the Shire Hall "
      "three weeks later. My partner [[p:Kerry-Ann]] had a caesarean and couldn't walk far. I've read that birth registration could go online instead. She got her hospital "
      "number ([[hosp:N7730415]]) and her NHS number ([[nhs:999 507 5512]]) within a day, so why not the birth certificate?"),
    # 019 councillor, named
    R("councillor", "I am the county councillor for Holtingham and I oppose the closure. The savings in the "
      "paper are {{£61,000|num}} a year against a building the council will still have to maintain. The "
      "{{Liberal Democrat|party}} group will move an amendment at {{Cabinet|role}}.\nCllr [[p:Rosalind Thrower]], "
      "[[em:rosalind.thrower@example.org]]"),
    # 020 capitals
    R("resident", "{{BOUDICA|pub}} WOULD HAVE SOMETHING TO SAY. WHY DOES EVERYTHING HAVE TO MOVE TO A BUSINESS PARK OR TO {{NORWICH|place}}. THE BANK WENT, "
      "THE POLICE STATION WENT, NOW THE REGISTER OFFICE. I LIVE ON A BOAT, [[hn:KINGFISHER II]], AND I DON'T DRIVE. LEAVE US SOMETHING."),
    # 021 family historian
    R("resident", "I volunteer with the {{Norfolk Family History Society|org}}. Local register offices hold the "
      "original registers, not just copies at the {{General Register Office|org}} in {{Southport|place}}. My "
      "great-grandmother [[p:Ada Moy]] married in the Shire Hall in 1948 and her certificate was done there while "
      "I waited. Where will the historic registers be kept? This is {{Nelson|pub}}'s county and we are careless "
      "enough with our history already."),
    # 022 edited: half the template plus own text
    R("resident", " ".join(S[:3]) + " I got married there in {{1987|date}} and my son did in {{2019|date}}. The "
      "business park is a mile past the bypass with no pavement for the last bit. I can't see how a bride in "
      "heels is meant to get there, let alone a grieving widow.", C, "edited"),
    # 023 Deaf BSL user
    R("disabled person", "I am Deaf and {{BSL|lang}} is my first language. At the Shire Hall the registrar knew "
      "me and booked an interpreter. When my dad died last year my interpreter [[p:Clover]] came with me and it "
      "took an hour. A video booth at {{Wensum Gate|own}} will not work for Deaf people. Please talk to "
      "{{Deaf Eastmere|inv}}. [[p:Jules Brancaster]], [[em:jules.brancaster at example dot net]]"),
    # 024 wedding venue owner (support)
    R("business", "We run {{Wymer Hall Barns|inv}} as an approved venue, so you would expect me to support this, and "
      "I do, with a caveat. Our couples love the barn and the {{willow|word}} arches, but registrars already struggle to cover Saturday ceremonies across the county. If "
      "the Shire Hall room closes the council must make sure there are enough registrars for venues. Otherwise "
      "couples will be let down."),
    # 025 Lithuanian speaker, notice of marriage
    R("resident", "I am from {{Lithuania|place}} and I must give notice of marriage with my fiancé [[p:Darius "
      "Kazlauskas]]. For us there is longer interview with documents and passports. We live in [[fl:caravan 7, Brickkiln Farm]] and it is already hard to find "
      "time off from the farm. {{Wensum Gate|own}} will need two days off, not one. {{Ačiū|lang}}. [[p:Rūta]]"),
]
