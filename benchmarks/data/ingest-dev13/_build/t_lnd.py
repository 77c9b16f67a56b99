"""landlord-licensing: the fictional London Borough of Wendholt proposes selective licensing of private landlords in
eight of its wards (five-year scheme, £850 fee per property)."""
from common import R, each, sents
import re

PREFIX = "LND"
CONSULTATION = "landlord-licensing"
C = "lnd-license-every-landlord"

T = ("I support {{Wendholt Council|inv}}'s proposal for selective licensing of private landlords and I urge the council "
     "to go further. Too many private renters in the borough live with damp, mould, broken boilers and overcrowding, "
     "and are afraid to complain in case they are evicted. A licence gives the council the power to inspect homes, to "
     "set conditions on safety and management, and to take action against landlords who ignore them. The scheme should "
     "cover every ward, not just the eight named in the consultation, because bad landlords simply move their "
     "properties across the boundary. The licence fee should not be passed on to tenants through higher rents. Please "
     "publish the names of licensed landlords, inspect every property within the five-year scheme, and give tenants a "
     "simple way to report problems in their own language.")
S = sents(T)

ITEMS = [
    # 001
    R("private renter", T, C, "template"),
    # 002 Yoruba landlord
    R("landlord",
      "I own two flats in {{Wendholt Green|inv}} which I bought with my late husband. I am not a rogue landlord. My tenant "
      "[[p:Kwame]] has been with me nine years and I have never raised his rent above inflation. £850 per flat is money "
      "I do not have, and I will have to pass it on. Punish the bad ones, not all of us.\n[[p:Oluwaseun Adeyemi]]"),
    # 003
    R("private renter", each(T, str.lower), C, "exact"),
    # 004
    R("private renter", "yes"),
    # 005 Eritrean tenant
    R("private renter",
      "My name is [[p:Senait Tesfay]]. I live with my two children in [[fl:Flat 9, Cedar House]], [[st:Pellow Street]]. "
      "There is black mould in the bedroom and the window does not close since two winters. The landlord Mr [[p:Kaplan]] "
      "say he will come but he never come. My son [[p:Yonatan]], born [[dob:11/01/2017]], has asthma, the doctor wrote a "
      "letter. His NHS number is [[nhs:999 488 5529]]. Please make the landlords have licence and check. "
      "{{Yekenyeley|lang}}."),
    # 006 landlords' association
    R("organisation",
      "The {{National Residential Landlords Association|org}} opposes the designation. The council's evidence does not "
      "show that poor property conditions are concentrated in the eight wards, as required under Part 3 of the "
      "{{Housing Act 2004|law}}. The council already has enforcement powers it does not use: in 2023/24 it served 14 "
      "improvement notices across the whole borough. A licensing scheme will raise rents and reduce supply. We would "
      "support a targeted approach using the council's existing powers and the new {{Awaab's Law|law}} duties.\n"
      "[[p:Dominic Greaves]], Policy Officer"),
    # 007 Portuguese worker
    R("private renter",
      "I am from {{Porto|place}}, I work cleaning offices in the City. I rent one room in a house on [[st:Ferncliff Road]] "
      "with 9 people and one bathroom. The landlord [[p:Zé Moreira]] is also Portuguese, he take the rent in cash and no "
      "contract. When I ask for contract he say leave. I have my NI [[ni:qq 71 40 22 c]], I pay tax, I am not illegal, but "
      "I am afraid. Licence is good idea. {{Obrigado|lang}}."),
    # 008 edited: Kurdish Sorani tenant paragraph
    R("private renter",
      " ".join(S[:2]) + "\n\nMy name [[p:Shvan Rahim]], I am from {{Slemani|place}} in {{Kurdistan|place}}. I live with my "
      "wife [[p:Nasik]] and baby in [[fl:flat 12b]], [[st:44 Cranmere Road]], [[pc:e17 4qp]]. The boiler broken since "
      "{{November|date}}, we heat water in kettle for washing baby. Landlord Mr [[p:Dorian Vasile]] say call the agent, "
      "agent say call landlord. Please help. {{Zor supas|lang}}.\n\n" + " ".join(S[2:4]) + " " + " ".join(S[5:]),
      C, "edited"),
    # 009 text-speak
    R("private renter",
      "my landlord [[p:gaz]] aint fixed the boiler since xmas, 3 of us in [[fl:flat 6]] with a fan heater. he says "
      "licensing is a joke and he'll just sell up. good riddance tbh"),
    # 010 renters union
    R("organisation",
      "{{Wendholt Renters' Union|inv}} has 600 members in the borough. We ran a survey in {{June|date}}: 71% of "
      "respondents had damp or mould, 38% had asked for a repair and been ignored, and 1 in 5 had been threatened with "
      "eviction after complaining. We support licensing in all wards. We also ask that licence conditions are published "
      "in {{Turkish|langname}}, {{Polish|langname}}, {{Bengali|langname}}, {{Somali|langname}} and "
      "{{Portuguese|langname}}.\nFollow our campaign at [[sh:@wendholt_renters]]. Contact [[p:Priya Raman]], "
      "[[ph:020 7946 0381]]"),
    # 011
    R("private renter", each(T, str.upper), C, "exact"),
    # 012 Polish landlord
    R("landlord",
      "{{Dzień dobry|polish}}. I am builder and I have one house which I rent to Polish workers. I do all repairs myself, "
      "gas safety every year, {{Gas Safe|org}} engineer. Why I must pay £850 when I am good? The council should go after "
      "the ones with 20 people in a house. My tenants can tell you. [[p:Marek Nowicki]]"),
    # 013 near-miss
    R("landlord",
      "Please publish the names of licensed landlords, by all means, and while you are at it publish the tenants who leave "
      "owing three months' rent. There is no register for those. Licensing treats every landlord as a criminal and every "
      "tenant as a victim.\n[[p:A. Papadopoulos]]"),
    # 014 Vietnamese shopkeeper
    R("business",
      "I have a small food shop, {{Hương Việt|org}}, and I live with my family in the flat above it at "
      "[[st:212 Wendholt High Road]]. The shop and flat is rented. The landlord is a company, not a person, we never see "
      "them, only agent. If licence means someone check the fire door, that is good. We had fire in the shop next door in "
      "{{2022|date}}. {{Cảm ơn|lang}}.\n[[p:Trần Văn Minh]]"),
    # 015 edited: half + own
    R("private renter",
      S[0] + " " + S[1] + " I have moved four times in six years, each time after asking for something to be fixed. My "
      "daughter has been to three primary schools. " + S[3] + " " + S[4] + " That is exactly what happened on my road.",
      C, "edited"),
    # 016 Somali mother
    R("private renter",
      "{{Nabad gelyo|lang}}. We are family of six, we were evicted from private flat last year because landlord want to "
      "sell. Now we are in temporary accommodation, [[fl:Room 14, Kingsway Lodge]], one room for six people. The "
      "housing officer says we must find private rent again but agents say no to Universal Credit. My NI number is "
      "[[ni:QQ 47 18 92 A]]. Please make landlords accept families on benefits.\n[[p:Hibo Yusuf Jama]]"),
    # 017 Urdu-speaking landlord family
    R("landlord",
      "My father bought three terraced houses in {{Wendholt Green|inv}} in the 1980s working on the buses. He rented them "
      "to families from our community who could not get a mortgage. He is 84 now and I manage them. We agree with checks "
      "but the fee for three houses is £2,550 up front. Allow payment by instalments. {{Inshallah|urdu}} the council will "
      "listen.\n[[p:Tariq Mahmood]]"),
    # 018 CAPS landlord
    R("landlord",
      "THIS IS A TAX ON GOOD LANDLORDS. THE COUNCIL CAN'T EVEN MANAGE ITS OWN ESTATES. LOOK AT {{MARSHGATE TOWER|landmark}}.\n[[p:TERRY WALSH]]"),
    # 019 exact: whitespace
    R("private renter", each(T, lambda s: re.sub(r"(?<=[.,]) ", "\n", s)), C, "exact"),
    # 020 letting agent
    R("letting agent",
      "We are {{Harrington & Lowe Lettings|orgp}}, an independent agent managing 340 properties in {{Wendholt|inv}} and "
      "{{Haringey|place}}. We have worked under {{Newham|place}}'s scheme since 2013. The main lesson is that licensing "
      "only works if the council inspects; paperwork alone changes nothing. Please resource the inspection team before "
      "you start taking fees.\n[[p:Lucy Harrington]], Director"),
    # 021 Bengali HMO tenant
    R("private renter",
      "I am student from {{Sylhet|place}}, I study nursing. I live in HMO with 7 students, we have one kitchen. The "
      "landlord put two beds in the living room and call it bedroom. My NI is [[ni:QQ 55 13 08 A]], I work in "
      "{{Tesco|org}} part time. Licence must count the rooms properly. {{Dhonnobad|lang}}. [[p:Sadia Begum]]"),
    # 022 edited: reworded
    R("private renter",
      "I am a private tenant and I back the licensing scheme. " + S[1] + " That was me for three years in "
      "{{Wendholt Green|inv}}. " + S[2] + " " + S[5] + " And make it cover the whole borough.",
      C, "edited"),
    # 023 ramble: retired social worker
    R("retired social worker",
      "I was a social worker in this borough for thirty years and I would like to add something the consultation "
      "document misses. The worst housing I saw was almost never in the places the council expected. It was the flat above "
      "the chicken shop, the extension at the back of a semi, the garage with a bed in it. These are not in the "
      "landlord's name half the time, and they are not on any register. A licensing scheme that relies on landlords "
      "coming forward will license the decent ones and miss the people I used to visit. I remember one family, a "
      "mother and three children from {{Eritrea|place}}, living in a converted garage with a paraffin heater. The "
      "children's school noticed they always smelt of smoke. That was how we found them. Not an inspector, a class "
      "teacher. So please, build the scheme around referrals from schools, health visitors, {{Citizens Advice|org}}, "
      "the food bank at {{St Jude's|church}} and the mosques and churches, because those are the people who see inside "
      "homes. And please make it easy for tenants to report without their name going back to the landlord, because "
      "fear of eviction is the main reason people stay silent. I support licensing. I support it across every ward. But "
      "a licence is a piece of paper, and paper does not stop children breathing mould. People do. The council should "
      "hire enough officers to knock on doors, and publish each year how many homes it has actually inspected, not just "
      "how many licences it has sold. Thank you.\n[[p:Rosalind Achterberg]]"),
    # 024
    R("private renter", "No comment"),
    # 025 Irish pensioner tenant
    R("pensioner",
      "I've rented the same flat for 41 years. My landlord, Mr [[p:Feeney]], is 90 and his son [[p:Declan]] runs it now and wants "
      "me out so he can do it up and charge three times the rent. I'm 78. Will a licence protect me from that? I doubt "
      "it but I'll say yes anyway. I came over from {{Mayo|place}} in 1966 and I've seen this borough change beyond "
      "recognition. I still go to the parade on {{St Patrick's Day|event}}."),
]
