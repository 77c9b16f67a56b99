"""market-move: moving Wardleton market out of the Victorian Market Hall to the old Albion Mill yard
(fictional Wardleton Borough Council, an East Lancashire mill town; many Gujarati, Pakistani and Bengali
traders and customers)."""
from common import Topic, transform

T = Topic("market-move", "MKT")
CAMP = "mkt-keep-our-market-hall"

S = [
    "As a trader and a customer of {{Wardleton Market Hall|lm}}, I object to the plan by {{Wardleton Borough Council|ip}} to move the market out of the hall on {{Cloth Hall Street|st}} to the old {{Albion Mill|lm}} yard.",
    "The market has stood in the town centre since {{1898|date}}.",
    "Older people walk to it, families come in on the bus, and the shops on {{Cloth Hall Street|st}} and {{Queen's Parade|st}} depend on the footfall it brings.",
    "The new site is a car park with a canopy, half a mile from the town centre, with no lift and no cold store.",
    "The council's own figures show the number of stalls falling from {{64|num}} to {{40|num}}.",
    "Many of us are family businesses that have traded here for two or three generations.",
    "Repair the roof, fix the heating and keep our market in the Market Hall.",
]
TPL = " ".join(S)
TEMPLATES = {CAMP: TPL}


def J(*parts):
    return " ".join(parts)


add = T.add

# 001
add("market trader", TPL, CAMP, "template")
# 002
add("customer", "Keep it where it is.")
# 003 exact: lower case
add("market trader", transform(TPL, str.lower), CAMP, "exact")
# 004
add("market trader", """My father opened {{Mistry Fabrics|orgp}} on stall 31 in {{1974|date}}, two years after we came from {{Kampala|rp}} with nothing. I have run it since {{1996|date}}. Saree silk, lace, school uniform, curtain material. Half my customers are grandmothers who come on the bus from {{Brierfield|rp}} and {{Accrington|rp}}, or off the {{M65|road}}, and would never find a car park by a canal. My licence is [[account_number:WBC/MKT/0317]] if the council wants to check how long I have paid rent in that hall.

[[person:Hasmukh Mistry]]""")
# 005
add("customer", """I am [[person:Sultana Begum]], I live [[street:Inkerman Street]], ten minutes walk to the market hall. I do not drive, my son [[person:Arif]] work in {{Manchester|rp}}. I buy fish, vegetable, sultanas and dates for the children. New place is too far for me with shopping trolley and two small ones. Please keep in the hall. {{Dhonnobad|lang}}.""")
# 006
add("customer", "")
# 007
add("customer", """I've shopped on that market since {{1958|date}} when me mam took me for a basin of black peas and a pie. The old market superintendent, Mr [[person:Haworth]], used to ring a bell at five o'clock and you could hear it all down {{Cloth Hall Street|st}}. It's been let go, that's the problem. Nobody's touched that roof since the millennium.""")
# 008 edited: personal paragraph added
add("market trader", J(
    S[0], S[1], S[2], S[3],
    "I run the halal butcher's on the back row with my brother. We need a walk-in cold store and three-phase power, and the plan offers us a shared fridge unit. I load the van ([[vehicle_registration:PN68 UXT]]) at the back doors on {{Cloth Hall Street|st}} at six every morning, and nobody has told us where we will load at the mill.",
    S[5], S[6],
    "\n[[person:Zahid Iqbal]]"), CAMP, "edited")
# 009
add("resident", "Move it. The hall is falling down.")
# 010
add("customer", """Writing for my grandad [[person:Mohammed Bashir]] ([[date_of_birth:01/01/1940]]) who can't write English but asked me to put this down. {{Assalamu alaikum|lang}}. He goes to the market every day after {{Jummah|event}} at {{Jamia Masjid|wor}} and meets his friends in the café at the back. It is the only place he goes apart from the mosque. He says the council should repair the building not throw it away.""")
# 011 exact: capitals
add("market trader", transform(TPL, str.upper), CAMP, "exact")
# 012
add("resident", """I support the move, with conditions. The hall is dark, cold and half empty on a {{Tuesday|date}}. Look at {{Altrincham Market|lm}} or {{Bury Market|lm}}: people go because it is a nice place to be, with food and seats. A new building at {{Albion Mill|lm}} with street food and a proper loading bay could bring younger people back. But the council must guarantee rents for existing traders for five years and run a free shuttle from the bus station.

[[person:Sophie Entwistle]]""")
# 013 near-miss
add("customer", """Everybody says repair the roof, fix the heating and all will be well. It won't. The hall needs {{£4.6 million|num}} spending on it according to the survey, and that's before anyone mentions the asbestos. I'd rather the money went into the new site and the traders got a proper say in what it looks like.""")
# 014
add("taxi driver", """From the rank on {{Leeds Road|st}} it's two minutes to the hall. To the mill it's round the one-way and off the {{A56|road}}. Old ladies with shopping won't walk it, they'll get a taxi, and there's no rank at the mill. Sort that out first.""")
# 015 edited: reworded first-person opening and closing
add("market trader", J(
    "I've had a stall in the hall for twenty-two years and I'm writing to say plainly that I'm against this move.",
    S[1], S[2], S[3], S[4], S[5],
    "I'm asking the council to do the repairs and leave us where our customers can find us."), CAMP, "edited")
# 016
add("market trader", """hi im [[person:Rumana]], i do the {{mithai|lang}} and {{jalebi|lang}} stall with my mum [[person:Rehana]] since 2021. {{Eid|event}} week we do 3x normal. mill site has no power points for the fryers so how is that going to work?? insta [[social_handle:@rumana.sweets.wdn]] if anyone from the council actually wants to come and look""")
# 017 long ramble
add("market trader", """Third generation on the veg. My grandad [[person:Walter Duckworth]] took the stall in {{1931|date}}, my dad had it after the war, and I've had it since I were seventeen. Every time the council moves a market, it shrinks. They moved {{Blackburn|rp}}'s out of the old hall in the sixties and it was never the same. {{Bury Market|lm}} stayed put and people come on coaches from all over.

People forget {{Marks & Spencer|orgp}} started on a stall on {{Kirkgate Market|lm}} in {{Leeds|rp}}, and {{Morrisons|orgp}} started on a stall in {{Bradford|rp}}. Markets are where people start. Where's a lad with a van and a bit of stock going to start at the mill, at {{£85|num}} a week for a pitch under a canopy with the wind coming off the canal?

The hall needs money spending, nobody's denying it. But the roof leaked in {{1987|date}} and they fixed it. It leaked again in {{2003|date}} and they fixed it. Now it leaks and they want to knock it down, or sell it, because the paper says "heritage-led mixed use", which means flats.

My lad [[person:Darren]] does the van now. Last {{Wakes Week|event}} he had it broken into round the back of the mill, as it happens, when he was delivering to the café there. So don't tell me it's safe. Reg [[vehicle_registration:pn19 kxt]] if you want to look up the crime report.

I've nowt against the Asian lads on the back row, we've all traded together forty year and they've kept the market going when the English stalls packed in. They're saying the same as me. Keep it in the hall. Mend it. And ask us before you spend another penny on consultants from {{Manchester|rp}}.

[[person:Brian Duckworth]]""")
# 018
add("market worker", """I came from {{Kharkiv|rp}} in {{2022|date}}. Mr [[person:Iqbal]] gave me job on his stall when nobody else would and the market is where I learned English. Customers are kind to me. At the mill there will be less stalls and maybe no job for me. Please keep the hall.""")
# 019 exact: curly apostrophes and doubled spaces
add("market trader", transform(TPL, lambda s: s.replace("'", "\u2019").replace(". ", ".  ")), CAMP, "exact")
# 020
add("customer", """We live at [[house_name:Shanti Niwas]], [[street:Alma Street]], [[postcode:bb5 1ns]], just behind the hall. My mother [[person:Hansaben]] buys flowers and fruit for the mandir every week, and before {{Navratri|event}} the market is full. Please do not move it so far. {{Jai Shri Krishna|lang}}.""")
# 021
add("resident", "Don't care, never go.")
# 022
add("former market trader", """The market superintendent told us in {{January|date}} that the decision was already made and the consultation was "a formality". If that is true the {{Head of Regeneration|role}} should say so. If it isn't true the council should apologise to the traders. Either way, people stopped renewing stalls after that meeting.

[[person:Nasreen Akhtar]] (ex-stall 9)""")
# 023
add("customer", """I have {{COPD|med}} and use a scooter from {{Shopmobility|org}}, which is in the hall. If the market moves, does {{Shopmobility|org}} move? The mill yard is cobbles and a slope. I can't do cobbles. I was born on the [[date_of_birth:twelfth of May, 1942]] and I've walked to that hall from [[street:Balaclava Street]] all my life.

[[person:Pat Holt]] ([[postcode:bb5  2qt]])""")
# 024
add("councillor", """I represent {{Bank Top|ip}} ward, where most of the traders and a large share of the customers live. Residents have told me clearly that they want the market to stay in the hall. I have asked the {{Leader of the Council|role}} to publish the full condition survey and the business case for the {{Albion Mill|lm}} site before any decision is taken at Cabinet on {{24 April|date}}.

Cllr [[person:Imran Shafiq]]""")
# 025
add("resident", "market hall is a dump tbh just move it")
# 026 edited: half the template plus own text
add("customer", J(
    S[0], S[1], S[3],
    "I work in {{Blackburn|rp}} and the only time I can shop is {{Saturday|date}} morning. I can walk to the hall from the station. I can't walk to the mill, and nor can my dad who lives with us."), CAMP, "edited")
# 027
add("market trader", """We do Caribbean food, curry goat and patties, on the corner pitch next to {{Holland's Pies|orgp}} van. The council wants us to share a kitchen unit at the mill with three other food traders. Call me on [[phone:0161 496 0733]] and I'll show you.

[[person:Nelson Clarke]]
{{Clarke's Caribbean Kitchen|orgp}}""")
# 028
add("parent", """My daughter [[person:Aaliyah Hussain]] is in Year 9 at [[school:Wardleton Academy]] and helps her uncle on the phone-case stall on {{Saturdays|date}}. It is her first job and it teaches her more about money than school does. Young people need the market in the middle of town where it's safe and they can get to it.""")
# 029
add("faith group", """The {{Wardleton Interfaith Forum|ip}} brings together {{Jamia Masjid|wor}}, the {{Shree Krishna Mandir|wor}} and {{St Mary's|wor}}. It is the one place in town where everyone shops side by side. Moving it to the edge of the retail park would lose that.

[[person:Mohammed Arif Shah]] (Chair)""")
# 030
add("business", """We've had {{Pilling's Hardware|orgp}} on {{Cloth Hall Street|st}} since {{1922|date}}. Our takings go up a third on market days. When the hall closed for three weeks in {{2019|date}} for the boiler, we took half. That is what the move would do to every shop on this street.

[[person:Alan Pilling]]""")
# 031
add("resident", "NO!!!")
# 032
add("customer", """I come over from {{Nelson|rpn}} on a {{Saturday|date}} because our market is half empty. Wardleton's is still a proper market with Asian and English stalls together. Don't ruin it like they did ours. {{Colne|rp}} is the same.""")
# 033
add("customer", """My father [[person:Abdul Malik Miah]] came from {{Sylhet|rp}} in {{1965|date}} and worked at {{Albion Mill|lm}} on the looms until it closed. He does not want to shop in the yard where he lost his job. He is 86. Please contact me, his daughter, at [[email:r.miah (at) example.net]].""")
# 034
add("market trader", """I live over the shop with my wife, [[flat:Flat 2]], [[street:14 Queen's Parade]], and we run the mobile phone repairs stall in the hall. Moving out means paying for a unit at the mill and rent on the flat and no passing trade for the shop. Call [[phone:07700 900 245]].""")
# 035
add("resident", ".")
# 036
add("market trader", """{{Kem cho|lang}}! I do homemade {{mithai|lang}} to order for weddings and {{Diwali|event}}, from home and a small table at the hall on {{Fridays|date}}. Most of my orders come from my stall and from insta [[social_handle:@sweetsbymeena.wdn]]. A cheaper small pitch is the only way women like me can start. {{Aavjo|lang}}.

[[person:Meena Lad]]""")
# 037
add("customer", "Better parking at the mill. That's the only plus.")
# 038
add("market trader", "Stall 44. Against. Same as everyone on the back row.")
# 039 edited: sentences dropped only
add("market trader", J(S[0], S[2], S[3], S[6]), CAMP, "edited")
# 040
add("customer", "Just fix the roof.")
