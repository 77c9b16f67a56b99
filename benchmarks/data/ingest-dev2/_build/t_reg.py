from common import R, TEMPLATES

TEMPLATES["reg-right-to-return"] = (
    "I object to the demolition of the Pelham Fields Estate as set out in the Hallbrook Council regeneration plan. "
    "The council promised existing tenants a full right to return at the same rent and with the same security of tenancy, "
    "but the proposals only offer social rent on a minority of the new homes. Refurbishment is cheaper, quicker and far "
    "better for the climate than knocking down sound concrete blocks. Residents were not given a proper ballot on the "
    "options, and the leaseholder buy-back offers are far below what it would cost to buy anywhere else in the borough. "
    "I ask the council to hold a fair ballot, to guarantee a like-for-like tenancy for every secure tenant, and to "
    "refurbish rather than demolish. Homes for people, not profits.")
T = TEMPLATES["reg-right-to-return"]

R("REG-001", "council tenant", T, k=[("Pelham Fields Estate", "fict-org"), ("Hallbrook Council", "fict-org")],
  c=("reg-right-to-return", "template"))

R("REG-002", "council tenant", """I have lived at Flat 14, Coniston House on Pelham Fields since 1987 when my late husband got the transfer from Stoke Newington. I raised four kids in that flat. The lifts have been broken on and off since March and nobody from the council comes. My neighbour dave on the 9th floor has to carry his shopping up because of his knee, and Mrs Adeyemi-Clarke across the landing who is 84 hasn't been out since Easter. Now you tell us it is all coming down and we can "return" in 2031?? I will be dead by 2031. I do not want a new flat I want the lift fixed. Our housing officer Precious said there will be a "decant offer" but nobody can tell me where. If it is Edmonton I am not going, my doctor is on Tottenham High Road and my church is in Seven Sisters. Put that in your consultation.""",
  p=[("flat", "Flat 14, Coniston House"), ("person", "dave"), ("person", "Adeyemi-Clarke"), ("person", "Precious")],
  k=[("Pelham Fields", "fict-org"), ("1987", "date"), ("Stoke Newington", "place"), ("March", "date"), ("Easter", "date"),
     ("2031", "date"), ("Edmonton", "place"), ("Tottenham High Road", "pubst"), ("Seven Sisters", "place")])

R("REG-003", "leaseholder", """As a leaseholder at 22 Ravensworth Walk N17 6QW I must point out that the buy-back valuation of £212,000 would not buy a one-bedroom flat anywhere in Hallbrook, Haringey or Enfield. The shared equity offer is not explained. I bought under Right to Buy in 2004 and I have paid every major works bill since. I would like a meeting with the Cabinet Member for Housing and Regeneration. Contact me on 020 7946 0381.

Tomasz Wróblewski""",
  p=[("street", "22 Ravensworth Walk"), ("postcode", "N17 6QW"), ("phone", "020 7946 0381"), ("person", "Tomasz Wróblewski")],
  k=[("Hallbrook", "fict-org"), ("Haringey", "place"), ("Enfield", "place"), ("Right to Buy", "law"), ("2004", "date"),
     ("the Cabinet Member for Housing and Regeneration", "title"), ("£212,000", "num")])

R("REG-004", "council tenant", "i object to the demolition of the pelham fields estate as set out in the hallbrook council regeneration plan. the council promised existing tenants a full right to return at the same rent and with the same security of tenancy, but the proposals only offer social rent on a minority of the new homes. refurbishment is cheaper, quicker and far better for the climate than knocking down sound concrete blocks. residents were not given a proper ballot on the options, and the leaseholder buy-back offers are far below what it would cost to buy anywhere else in the borough. i ask the council to hold a fair ballot, to guarantee a like-for-like tenancy for every secure tenant, and to refurbish rather than demolish. homes for people, not profits.",
  c=("reg-right-to-return", "exact"))

R("REG-005", "resident", "n/a")

R("REG-006", "young person", """im 15 and i live on the estate on wilmot close, its not perfect but its our home. the cage football pitch behind the shops is the only place we can go. if u knock it down where do we go, westfield?? security just kick us out. also my mate jonno's mum got told they might get moved to luton which is mad he goes to school here. dont take the pitch""",
  p=[("street", "wilmot close"), ("person", "jonno")],
  k=[("westfield", "shop"), ("luton", "place")])

R("REG-007", "organisation", """Response on behalf of the Pelham Fields Tenants' and Residents' Association (TRA)

1. The TRA has 412 paid-up members. At our general meeting on Thursday 6 February 412 members... correction, 188 members attended and voted 171 to 9 against full demolition.
2. We note that the Mayor of London's Good Practice Guide to Estate Regeneration expects a residents' ballot where demolition of social homes is proposed and GLA funding is sought. No ballot has been offered.
3. The viability assessment has been redacted in full. We ask that it be published.
4. We support targeted infill on the garage site off Mercer Road and the refurbishment of Coniston, Derwent and Ullswater Houses.

Secretary, Pelham Fields TRA""",
  k=[("Pelham Fields Tenants' and Residents' Association", "fict-org"), ("Thursday 6 February", "date"),
     ("the Mayor of London", "title"), ("Good Practice Guide to Estate Regeneration", "law"), ("GLA", "org"),
     ("Mercer Road", "pubst"), ("Coniston, Derwent and Ullswater Houses", "landmark"), ("Secretary", "title")])

R("REG-008", "council tenant", """I object to the demolition of the Pelham Fields Estate as set out in the Hallbrook Council regeneration plan. The council promised existing tenants a full right to return at the same rent and with the same security of tenancy, but the proposals only offer social rent on a minority of the new homes. Refurbishment is cheaper, quicker and far better for the climate than knocking down sound concrete blocks. Residents were not given a proper ballot on the options.

My mum Nkechi Obi-Balogun is 79 and has lived in flat 3b for thirty one years. She has Alzheimer's and moving her twice, once to a decant flat and then back, would be devastating for her. Her GP Dr Haroon Siddiqui has written to the council about this. Please guarantee she only moves once. Homes for people, not profits.""",
  p=[("person", "Nkechi Obi-Balogun"), ("flat", "flat 3b"), ("person", "Haroon Siddiqui")],
  k=[("Alzheimer's", "cond"), ("GP", "title")],
  c=("reg-right-to-return", "edited"))

R("REG-009", "resident", "Knock it down. It's a dump and has been since the 80s. Build proper houses.")

R("REG-010", "business", """We run Kaya's Kitchen (Turkish cafe) in the parade on Mercer Road, unit 4. Our lease runs to 2027. The plan shows the parade demolished in phase 2 but there is nothing about compensation or a guaranteed unit in the new scheme. Half our customers are from the estate. We also employ 6 people who live locally. We want a written promise of a new unit at a comparable rent.""",
  k=[("Kaya's Kitchen", "shop"), ("Mercer Road", "pubst"), ("2027", "date")])

R("REG-011", "council tenant", """I OBJECT TO THE DEMOLITION OF THE PELHAM FIELDS ESTATE AS SET OUT IN THE HALLBROOK COUNCIL REGENERATION PLAN. THE COUNCIL PROMISED EXISTING TENANTS A FULL RIGHT TO RETURN AT THE SAME RENT AND WITH THE SAME SECURITY OF TENANCY, BUT THE PROPOSALS ONLY OFFER SOCIAL RENT ON A MINORITY OF THE NEW HOMES. REFURBISHMENT IS CHEAPER, QUICKER AND FAR BETTER FOR THE CLIMATE THAN KNOCKING DOWN SOUND CONCRETE BLOCKS. RESIDENTS WERE NOT GIVEN A PROPER BALLOT ON THE OPTIONS, AND THE LEASEHOLDER BUY-BACK OFFERS ARE FAR BELOW WHAT IT WOULD COST TO BUY ANYWHERE ELSE IN THE BOROUGH. I ASK THE COUNCIL TO HOLD A FAIR BALLOT, TO GUARANTEE A LIKE-FOR-LIKE TENANCY FOR EVERY SECURE TENANT, AND TO REFURBISH RATHER THAN DEMOLISH. HOMES FOR PEOPLE, NOT PROFITS.""",
  c=("reg-right-to-return", "exact"))

R("REG-012", "council tenant", """Dear Sir/Madam, I am writing from Romania side of my family so my English is not perfect sorry. We live in the estate in block Derwent House, flat 56, me, my husband Ionuț and our son Matei Ciobanu who is in Year 4 at Broadwater Lane Primary. We are happy here. School is near, 5 minutes walking. If we move far my son must change school and he is already change school two times. Please, we want to stay in same area. Also the mould in bathroom is very bad, we report it many times, reference HRS/448172.""",
  p=[("flat", "Derwent House, flat 56"), ("person", "Ionuț"), ("person", "Matei Ciobanu"), ("school", "Broadwater Lane Primary"),
     ("account_number", "HRS/448172")],
  k=[("Romania", "place"), ("Dear Sir/Madam", "word"), ("Year 4", "num")])

R("REG-013", "resident", "")

R("REG-014", "leaseholder", """I object to the demolition of the Pelham Fields Estate. Refurbishment is cheaper, quicker and far better for the climate than knocking down sound concrete blocks. Residents were not given a proper ballot on the options, and the leaseholder buy-back offers are far below what it would cost to buy anywhere else in the borough.

Speaking as a leaseholder rather than a tenant: the offer I was made for my two-bed would not buy a garage in Walthamstow. I have been told by the independent adviser, Anthony Mensah-Boateng at Open Door Advice, that the home-loss payment is capped at £7,800. That is an insult after 22 years. I ask the council to hold a fair ballot and to refurbish rather than demolish.""",
  p=[("person", "Anthony Mensah-Boateng")],
  k=[("Walthamstow", "place"), ("Open Door Advice", "fict-org"), ("£7,800", "num")],
  c=("reg-right-to-return", "edited"))

R("REG-015", "resident", """Homes for people not profits!! But also please be honest, some of the blocks ARE falling apart. My road, hawthorn avenue, is the low-rise bit at the back and nobody seems to know if we are in phase 1 or phase 3. Just tell us.""",
  p=[("street", "hawthorn avenue")],
  k=[("ARE", "caps")])

R("REG-016", "council tenant", """We was told at the drop in at St Barnabas hall that the new blocks would be 18 storeys. After Grenfell I am not living 18 floors up with one staircase. My son Kwame is autistic and has Tourette's and he panics in lifts. The youth worker at the Marsh Lane centre, Will, has been brilliant with him, is that centre going as well?""",
  p=[("person", "Kwame"), ("person", "Will")],
  k=[("St Barnabas hall", "church"), ("Grenfell", "landmark"), ("Tourette's", "cond"), ("Marsh Lane centre", "landmark")])

R("REG-017", "resident", "Support. London needs more homes and this estate has 600 flats on land that could take 1,400.",
  k=[("London", "place")])

R("REG-018", "council tenant", """i object to the demolition of the pelham fields estate  as set out in the hallbrook council regeneration plan.  the council promised existing tenants a full right to return at the same rent and with the same security of tenancy but the proposals only offer social rent on a minority of the new homes.  refurbishment is cheaper quicker and far better for the climate than knocking down sound concrete blocks.  residents were not given a proper ballot on the options and the leaseholder buy-back offers are far below what it would cost to buy anywhere else in the borough.  i ask the council to hold a fair ballot to guarantee a like-for-like tenancy for every secure tenant and to refurbish rather than demolish.  homes for people not profits""",
  c=("reg-right-to-return", "exact"))

R("REG-019", "private renter", """Nobody ever asks private renters. There are about 90 flats on Pelham Fields that were bought under right to buy and are now let out by landlords, we are the ones who will get nothing, no decant, no return, just a section 21 notice. My landlord already said he's selling to the council. I rent flat 9 in Ullswater House with my partner Sunny and our baby. We will be homeless. Please think about us.""",
  p=[("flat", "flat 9 in Ullswater House"), ("person", "Sunny")],
  k=[("Pelham Fields", "fict-org"), ("right to buy", "law"), ("section 21", "law")])

R("REG-020", "councillor", """As ward councillor for Pelham ward I have raised residents' concerns repeatedly. I support regeneration in principle but not without a ballot. I would ask officers to note the many representations made to my surgeries at the Marsh Lane library on Saturday mornings.

Cllr Bernadette Okonjo-Whitfield""",
  p=[("person", "Bernadette Okonjo-Whitfield")],
  k=[("Pelham ward", "fict-org"), ("Marsh Lane library", "landmark"), ("Saturday", "date")])

R("REG-021", "council tenant", """Half of what the leaflet says about a "right to return" I agree with. I object to the demolition of the Pelham Fields Estate as set out in the Hallbrook Council regeneration plan. The council promised existing tenants a full right to return at the same rent and with the same security of tenancy. But I do not think refurbishment is always cheaper, my block has asbestos everywhere. What I want is simple: same rent, same tenancy, same area, and a say in the design. The council should guarantee a like-for-like tenancy for every secure tenant.""",
  c=("reg-right-to-return", "edited"))

R("REG-022", "resident", """My name is Shamima Begum-Rahman and I live at 7 Kestrel Court, Mercer Road, N17 3PF. Tel 07700 900614. My father in law Abdul Rahman is registered disabled and needs a ground floor flat with a wet room. We were promised at the first meeting in 2022 that this would be "looked at". It has not been looked at. His hospital number at North Middlesex is NMH 5520418 if you need to check his needs.""",
  p=[("person", "Shamima Begum-Rahman"), ("street", "7 Kestrel Court, Mercer Road"), ("postcode", "N17 3PF"), ("phone", "07700 900614"),
     ("person", "Abdul Rahman"), ("hospital_number", "NMH 5520418")],
  k=[("2022", "date"), ("North Middlesex", "landmark")])

R("REG-023", "resident", "The plans look good. More green space please, and keep the big plane trees by the Coniston House entrance.",
  k=[("Coniston House", "landmark")])

R("REG-024", "council tenant", """Ask yourselves would the Chief Executive let his own mum be moved out to Harlow. Because thats where they sent Rose from number 31, she is 88 and knows nobody in Harlow. Shame on Hallbrook.""",
  p=[("person", "Rose")],
  k=[("the Chief Executive", "title"), ("Harlow", "place"), ("Hallbrook", "fict-org")])

R("REG-025", "resident", "No comment")

R("REG-026", "community group", """Pelham Fields Mosque and the Marsh Lane Food Bank together serve about 300 households from the estate. Our worry is the loss of the community rooms under Derwent House during construction. We ask for temporary space in the Broadwater Lane Primary hall or in the former Barclays on the High Road. We are happy to meet officers.""",
  k=[("Pelham Fields Mosque", "org"), ("Marsh Lane Food Bank", "org"), ("Derwent House", "landmark"),
     ("Broadwater Lane Primary", "school-public"), ("Barclays", "org-person"), ("the High Road", "pubst")])

R("REG-027", "council tenant", """I support a fair ballot and like-for-like tenancy but I have lived here 40 years and my legs are not what they were. If a new flat with a working lift is on offer, I will take it. Please just keep me close to my daughter Blessing who lives in Bruce Grove and to Sainsbury's.""",
  p=[("person", "Blessing")],
  k=[("Bruce Grove", "place"), ("Sainsbury's", "org-person")])

R("REG-028", "resident", "DEMOLITION = SOCIAL CLEANSING. Homes for people, not profits.",
  k=[("DEMOLITION = SOCIAL CLEANSING", "caps")])

R("REG-029", "council tenant", """Me and my wife Bich Ngoc came from Vietnam 1990 and we get this flat in 1993. Our son Tran Van Long and his wife live with us, also our grandchildren. Seven people, three bedrooms. If new flat is only like-for-like, same three bedroom, still overcrowded. Please count the real family. Our email is tran.family at example dot net.""",
  p=[("person", "Bich Ngoc"), ("person", "Tran Van Long"), ("email", "tran.family at example dot net")],
  k=[("Vietnam", "place"), ("1990", "date"), ("1993", "date")])

R("REG-030", "leaseholder", """I object to the demolition of the Pelham Fields Estate as set out in the Hallbrook Council regeneration plan. The council promised existing tenants a full right to return at the same rent and with the same security of tenancy, but the proposals only offer social rent on a minority of the new homes. Refurbishment is cheaper, quicker and far better for the climate than knocking down sound concrete blocks. Residents were not given a proper ballot on the options, and the leaseholder buy-back offers are far below what it would cost to buy anywhere else in the borough. I ask the council to hold a fair ballot, to guarantee a like-for-like tenancy for every secure tenant, and to refurbish rather than demolish. Homes for people, not profits""",
  c=("reg-right-to-return", "exact"))

R("REG-031", "resident", """What about parking? Every resident on Tollington Mews currently has a bay. The new plan shows car-free. My car (reg LK19 XWP) is how I get my disabled son to Great Ormond Street. You cannot make a disabled family car-free.""",
  p=[("street", "Tollington Mews"), ("vehicle_registration", "LK19 XWP")],
  k=[("Great Ormond Street", "landmark")])

R("REG-032", "resident", "Homes for people not profits, but I actually think the new scheme is fine if the rents are honest. The leaflet says refurbishment is cheaper, quicker and far better for the climate, but I don't believe it for our blocks.")

R("REG-033", "tenant", """To whoever reads these. My partner Gary (GAZ to everyone on the estate) died last year in the flat because the damp got into his chest. The coroner said it contributed. I reported the mould 11 times. I do not care whether you demolish or refurbish, just make sure no other family has to go through it. MAKE THE HOMES SAFE.

- K. O'Sullivan-Hart""",
  p=[("person", "Gary"), ("person", "GAZ"), ("person", "K. O'Sullivan-Hart")],
  k=[("MAKE THE HOMES SAFE", "caps")])

R("REG-034", "resident", "Support option B (partial infill). Option A is too much disruption.")

R("REG-035", "young person", """my nan lives in coniston house and shes scared. i made a tiktok about the lifts being broke it got 40k views, its on my account @kezzaaa.n17 if the council wants to see what its actually like. fix the lifts first then talk about regeneration""",
  p=[("social_handle", "@kezzaaa.n17")],
  k=[("coniston house", "landmark")])

R("REG-036", "council tenant", """I AM 79 AND HOUSEBOUND. MY CARER GURPREET COMES TWICE A DAY AND SHE SAYS SHE WILL NOT BE ABLE TO REACH ME IF I AM MOVED TO THE DECANT BLOCK IN EDMONTON. THE WARDEN, DELROY, SAYS THE SAME AND HE HAS KNOWN ME 20 YEARS. I LIVE AT APARTMENT 5, DERWENT HOUSE, N176QT. NOBODY HAS COME TO ASSESS ME. NOBODY. SHAME ON HALLBROOK COUNCIL.""",
  p=[("person", "GURPREET"), ("person", "DELROY"), ("flat", "APARTMENT 5, DERWENT HOUSE"), ("postcode", "N176QT")],
  k=[("EDMONTON", "place"), ("NOBODY", "caps"), ("SHAME ON HALLBROOK COUNCIL", "caps")])
