"""hmo-licensing: an additional licensing scheme for houses in multiple occupation in six wards
(fictional Kingsmere City Council, a student city with two universities)."""
from common import Topic, transform

T = Topic("hmo-licensing", "HMO")
CAMP = "hmo-licensing-is-a-tenant-tax"

S = [
    "I am a small landlord in {{Kingsmere|ip}} and I oppose the proposed additional licensing scheme for houses in multiple occupation.",
    "Good landlords already comply with the {{Housing Act 2004|law}}, gas and electrical safety rules and deposit protection.",
    "A fee of {{£1,150|num}} per property will not touch the rogue landlords the council cannot find now; it will be paid by those of us who are already known to it, and it will end up in tenants' rents.",
    "The scheme covers six whole wards when the council's own evidence shows problems in a few streets.",
    "Use the powers you already have, enforce against the worst properties, and work with accredited landlords through {{Unipol|org}} instead of adding another layer of paperwork.",
    "Licensing on this scale is a tax on tenants.",
]
TPL = " ".join(S)
TEMPLATES = {CAMP: TPL}


def J(*parts):
    return " ".join(parts)


add = T.add

# 001
add("landlord", TPL, CAMP, "template")
# 002
add("resident", "Yes. About time.")
# 003 exact: lower case
add("landlord", transform(TPL, str.lower), CAMP, "exact")
# 004
add("student (international)", """My name is [[person:Eleni Papadopoulou]], MSc student from {{Thessaloniki|rp}}. I live in [[flat:Room 4]], [[street:19 Clarendon Terrace]], [[postcode:dh1 4 qt]], with six other people and one bathroom. There is black mould on my wall since {{October|date}}, and the landlord say it is because we breathe too much. In Greece we have also bad landlords but at least the walls are dry. Please license all these houses and check them. {{Ευχαριστώ πολύ|lang}}.""")
# 005
add("landlord", """I own two houses in {{Foundry Hill|ip}}, both let to students through the university for eleven years with no complaints. Both already meet every standard the scheme asks for. I will pay the fee, and I will put the rent up by {{£5|num}} a week per room to cover it, because I have no other way of paying it. I don't see how that helps anybody.

[[person:Chester Whitlock]]""")
# 006
add("resident", "n/a")
# 007
add("residents' association", """The {{Foundry Hill Residents' Association|ip}} supports the scheme. In our area 41% of houses are now HMOs, and the {{Article 4 direction|law}} came five years too late. Our complaints are not about students, who are mostly lovely, but about landlords who are never seen: overflowing bins, gardens left to rot, front doors that do not lock and fire doors propped open. A licence with conditions is the only tool that makes the owner responsible.

[[person:Lincoln Pryce]], {{Secretary|role}}""")
# 008 edited: personal paragraph added, closing sentence dropped
add("landlord", J(
    "I'm a retired nurse with one house, which is my pension. It has had an HMO licence since 2019 under the mandatory scheme (number [[account_number:HMO/KCC/2019/0412]]), because it has five tenants, so I already know exactly what this costs.",
    S[0], S[1], S[2], S[3], S[4]), CAMP, "edited")
# 009
add("landlord", "Rogue landlords need fining, not every landlord licensing.")
# 010
add("student (international)", """My name is [[person:Aminu Danjuma]], from {{Kano|rp}}, first year engineering. The agent put seven of us in a house that was advertised for five. Two of us sleep in what was the dining room with no window that opens. When I complained the agent said I should be grateful because my visa needs an address. My student number is [[account_number:21046638]] and date of birth [[date_of_birth:02/11/2005]] if the university needs to confirm, email [[email:aminu.danjuma (at) example.com]]. Please license these houses. {{Na gode|lang}}.""")
# 011 exact: capitals
add("landlord", transform(TPL, str.upper), CAMP, "exact")
# 012
add("students' union", """The Students' Union at the {{University of Kingsmere|org}} strongly supports additional licensing. In our {{2024|date}} housing survey of 1,480 students (closed {{30/11/2024|date}}), 38% reported damp or mould, 22% had no working smoke alarm when they moved in, and 1 in 9 said their landlord had entered without notice. International students are least likely to complain, because they fear for their visa. Our Welfare Officer, [[person:Priya Nandakumar]], would welcome a meeting with the private sector housing team.""")
# 013 near-miss
add("tenant", """Landlords keep saying licensing will not touch the rogue landlords. Well, the rogue landlords are the ones who won't pay the fee, and then the council can prosecute them. That's the point. Right now there is no list of who owns what, so nobody can be touched at all. I'm in [[flat:Flat 7, Tannery Court]], ask the council how many times I've reported the damp.

[[person:Niamh]]""")
# 014
add("tenant", """I am from {{Braga|rp}}, I work at {{Costa|orgp}} in the station and I live in [[flat:bedsit 2]], [[street:88 Granby Road]]. Nine bedsits share one kitchen and one cooker. The fire alarm is taped over because it goes off every time somebody makes toast. I am not a student but I live the same. [[person:Inês Carvalho]]. My number if you want to inspect: [[phone:+44 7700 900 381]]. {{Obrigada|lang}}.""")
# 015 edited: reworded first-person opening and closing
add("landlord", J(
    "I have let rooms in this city for twenty years and I want to put on record that I think this scheme is a mistake.",
    S[1], S[2], S[3], S[4],
    "I'd ask the council to target the bad landlords and leave the rest of us alone."), CAMP, "edited")
# 016
add("student (international)", """I am [[person:Li Mingyu]], postgraduate from {{Chengdu|rp}}. My landlord, Mr [[person:Costa]], comes in my room when I am at lecture, without telling. He says it is his house. Is this allowed in UK? I did not know who to ask. If license means landlord must follow rules, I support it. {{麻烦了|lang}}, thank you for reading. [[person:Mingyu]]""")
# 017 long ramble
add("resident", """I have lived on [[street:Abbey Grove]] since {{1979|date}}, when it was families and pensioners and one student house at the end that everybody called {{Rigsby|char}}'s because of the landlord. Now I am one of three owner-occupiers left on a street of forty-two houses. The young people next door have been kind to me. One of them, [[person:Callum]], cut my hedge last summer and would not take a penny, and when I had my fall in {{February|date}} it was a girl from across the road who found me and called the ambulance.

My complaint is with the owners. Half the houses on the street are owned by people who have never set foot in them, or by companies with an address in {{Manchester|rp}} or a post box in {{Jersey|rp}}. Nobody cuts the front gardens. Bins sit on the pavement from one collection to the next. The house opposite had its front door kicked in at a party in {{2022|date}} and it was boarded up for three months, with eight people still living there, because nobody could find out who owned it.

Every {{September|date}} the street fills up with cars and parents and lads carrying sofas, and every {{June|date}} it empties again and the skips arrive. We have no say in any of it.

If the licence means there is a name and a phone number for every house, and somebody at the council who will ring it, then I am for it. If it just means another fee and a certificate on the wall, like the gas one, then I don't see what changes. Please make sure the conditions are actually checked, not just paid for.

[[person:Pauline Oakes]]""")
# 018
add("tenant", """I am electrician from {{Kaunas|rp}}, eight years in UK. I see inside many of these houses for work. Sockets hanging off walls, extension leads through the doors, no {{EICR|law}} for years. Licence is good idea but you need inspectors, not only forms. {{Ačiū|lang}}.

[[person:Mindaugas Petrauskas]]""")
# 019 exact: commas removed
add("landlord", transform(TPL, lambda s: s.replace(",", "")), CAMP, "exact")
# 020
add("student (international)", """[[person:Kavitha Rajendran]], [[date_of_birth:14-Aug-1998]], student ID [[account_number:2231907]], PhD in chemistry. I am writing because the landlord asked me to sign a new contract with a clause that I pay any licence fee. Is this legal? My friends from {{Madurai|rp}} have the same clause. Please make it clear in the scheme that fees cannot be passed to tenants directly. {{நன்றி|lang}}.""")
# 021
add("landlord", "Fees will be passed on. Obviously.")
# 022
add("letting agent", """We manage 214 HMOs across the city for 96 owners. Most are already compliant. The issue is the council's capacity: the mandatory licensing backlog is currently fourteen months, and the {{environmental health officer|role}} for our area has told us there are two inspectors for the whole city. Adding 3,000 more properties without staff will simply create a paper scheme. We would support a smaller scheme in {{Foundry Hill|ip}} and {{Larchfield|ip}} with a discount for accredited landlords.

[[person:Dimitris Kyriakou]], {{Lettington Homes|org}}, [[phone:0121 496 0615]]""")
# 023
add("student (international)", """I am a PhD student from {{Ibadan|rp}}. My wife and I live in one room of a shared house with our baby, [[person:Ayomide]] (born [[date_of_birth:2 March 2024]]), because family flats are too expensive. The licence should include rules about children in HMOs, especially for the stairs and the kitchen. {{E se|lang}}.

[[person:Oluwaseun Adeyemi]] ([[person:Seun]])""")
# 024
add("tenant", "our house has slugs in the kitchen lol. licence them all")
# 025
add("firefighter", """The worst fire I attended last year was in an HMO in {{Foundry Hill|ip}} where the fire doors had been removed so the landlord could fit more beds. The licence conditions on fire doors, alarms and escape routes save lives. Please do not water them down.""")
# 026 edited: half the template plus own text
add("landlord", J(
    S[0], S[2],
    "I've just spent {{£9,000|num}} on fire doors and a new alarm system in my house in {{Larchfield|ip}} because the fire service asked me to, not because anybody made me. Where's the credit for that in this scheme?",
    S[5]), CAMP, "edited")
# 027
add("student (international)", """[[person:Nurul Aina binti Rahman]], [[flat:Flat 3B, Mercia House]]. The heating in our flat did not work for five weeks in {{December|date}} and {{January|date}}. The agent said the part was coming from {{Germany|rp}}. My email is [[email:nurulaina.r@example.com]] if you want evidence. {{Terima kasih|lang}}.""")
# 028
add("landlord", "THIS IS A MONEY GRAB. WHAT DO WE GET FOR {{£1,150|num}}? A CERTIFICATE.")
# 029
add("resident", """One of the students on our street told my wife she sleeps in the cupboard under the stairs, like {{Harry Potter|char}}, for {{£420|num}} a month. It has no window and the meter is in it. That should not be legal and if this scheme stops it I am all for it.""")
# 030
add("councillor", """As a councillor for {{Larchfield|ip}} I receive more casework about HMOs than about anything else. Residents complain about bins and noise; tenants complain about damp, deposits and landlords who walk in. Both groups are asking for the same thing: a named person responsible for each house. Some landlords have written in to say that licensing on this scale is a tax on tenants. The evidence from cities that have done it does not show rents rising faster than elsewhere. I support the scheme and ask that the fee be reduced for landlords who join an accreditation scheme.

Cllr [[person:Hauwa Bello]]""")
# 031
add("tenant", "Support.")
# 032
add("landlord", """I live in {{Chester|rpn}} and own three HMOs in {{Kingsmere|ip}}, all licensed under the existing mandatory scheme because they have five or more tenants. I support extending licensing to smaller houses. The fee is high, though, and should be payable in instalments.

[[person:Gareth Lloyd-Evans]]""")
# 033
add("student", """I spent two nights in {{Kingsmere Royal Infirmary|hosp}} in {{November|date}} with an asthma attack the doctors said was made worse by mould (hospital no. [[hospital_number:KRI 2218406]]). Our landlord painted over it and said we should open the windows. In {{November|date}}. License them and check them.

- [[person:tom]]""")
# 034
add("tenant", """Nine of us live in a house advertised as a five bed. We post about it on our insta [[social_handle:@nine_in_a_five_bed]] and landlords in the comments tell us to "go and buy a house then". Very helpful. Yes to licensing.""")
# 035
add("resident", "   ")
# 036
add("landlord", """My husband [[person:Will]] and I have let our old family home to students since we moved to the coast. Our son [[person:Rich]] manages it for us and he does everything properly. We are not {{rich|word}}, we are pensioners, and {{£1,150|num}} is a month of our income from it. Please give a discount to landlords with one house.""")
# 037
add("tenant", "licence = higher rent. no thanks")
# 038
add("resident", "Please include the streets around {{St Anne's|ip}} too. My sister is a student in {{Lincoln|rpn}} and their scheme covers the whole city.")
# 039
add("landlord", "Already licensed. No problem with it.")
