"""district-heating: new tariff for the Cordwainer Heat Network (fictional London Borough of Salterhythe).

Standing charge up from 38p to 96p a day, unit rate from 11.2p to 18.9p per kWh, pay-as-you-go heat meters.
Inner-city London voices: council tenants, leaseholders, private renters, many non-native English writers.
"""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "HTG", "district-heating"
C = "htg-freeze-the-heat-charge"

TPL = ("I am a resident on the {{Cordwainer Estate|inv}} and I object to the proposed new heat charges. "
       "The standing charge would more than double from {{38p|num}} to {{96p|num}} a day before we have used a single unit of heat. "
       "Many of us cannot choose another supplier because the heat network is the only way our flats are heated. "
       "The system loses heat through old pipes and we are being asked to pay for those losses. "
       "Before any increase, the council must publish the full costs of the network, fix the leaking pipes and the broken "
       "heat meters, and cap the bills at what a gas boiler would cost. "
       "Freeze the heat charge until the network is repaired and residents have been properly consulted. "
       "We are not a cash machine.")
S = sents(TPL)

ITEMS = [
    # 001
    R("council tenant", TPL, C, "template"),
    # 002
    R("council tenant",
      "My husband [[p:Mehmet Yıldız]] has COPD and he must be warm all day, the doctor at {{Guy's|hosp}} said this. "
      "Now you want {{96p|num}} every day only for standing charge. We are in [[fl:Flat 61, Fenning House]] since 2004. "
      "In winter the radiator is cold after 10 at night and the pipes in corridor are hot like sauna. "
      "Please fix the pipes first. My daughter [[p:Elif]] writes this for me. {{Teşekkürler|lang}}."),
    # 003
    R("pensioner",
      "I am 81 year old. Live alone [[fl:14th floor, flat 87, Lambert Tower]]. Lift broken many times. "
      "Now heat price go up nearly double, I cannot afford. My grandson [[p:Jacky]] help me read the letter from "
      "{{SalterHeat|org}}. Before I pay gas bill, I know how much. This heat meter I do not understand, the numbers "
      "change every day. Please keep old price for old people. [[p:Chan Kwok Wing]] [[p:陳國榮]]"),
    # 004
    R("council tenant", each(TPL, str.lower), C, "exact"),
    # 005
    R("leaseholder",
      "As a leaseholder I have been paying a heat charge through the service charge for eleven years with no breakdown "
      "at all. The consultation says the network loses about {{40%|num}} of its heat before it reaches a flat. "
      "That is not our loss, it is the council's. Old Mrs [[p:Okonjo]] below me has had her heating on since "
      "{{September|date}} because the riser runs through her kitchen and she can't turn it off. Meanwhile the flats at the "
      "top of the block are freezing. Sort out the balancing before talking about tariffs. On a cold day half the block are sitting in {{Burgess Park|park}} because it's warmer outside, or in {{Victoria Park|park}} if they can get the bus."),
    # 006
    R("council tenant",
      "Dear Sir, I am [[p:Tharshini Sivakumar]], living with my amma and two children at "
      "[[fl:Flat C]], [[st:27 Tanner's Row]], [[pc:SE16 4RW]]. My amma has dialysis three times a week at "
      "{{Guy's Hospital|hosp}}, hospital number [[hosp:GY 0417723]], and she feels the cold very badly. "
      "The pay-as-you-go meter went to zero on a Sunday night in {{January|date}} and we had no heat till Tuesday "
      "because the top-up shop was closed. This must not happen again to sick people. Please also keep the "
      "emergency credit. {{Nandri|lang}}."),
    # 007
    R("council tenant", "Too expensive. No."),
    # 008
    R("private renter",
      "i rent a room in a shared flat in [[fl:Gantry Wharf]] (private block, not council) and the landlord, Mr [[p:Sandhu]], just "
      "passes the heat bill on split 5 ways, nobody knows whos using what. if the tariff goes up he'll put the rent "
      "up as well. theres no regulator until {{Ofgem|org}} take over in {{2026|date}} so who do we even complain to"),
    # 009
    R("council tenant",
      "I am a resident on the Cordwainer Estate and I object to the proposed new heat charges. "
      "The standing charge would more than double from 38p to 96p a day before we have used a single unit of heat. "
      "The system loses heat through old pipes and we are being asked to pay for those losses. "
      "My son [[p:Kayode]] is seven and has asthma. Last winter our flat, [[fl:Flat 33, Mercer Court]], had mould "
      "in every room because we could not afford to keep the heating on. Our heat account is [[acc:CHN-0045172]] "
      "and I have been in arrears twice. I work nights as a cleaner at {{St Thomas'|hosp}}. "
      "Before any increase, the council must publish the full costs of the network, fix the leaking pipes and the broken "
      "heat meters, and cap the bills at what a gas boiler would cost. "
      "Freeze the heat charge until the network is repaired and residents have been properly consulted. "
      "We are not a cash machine.", C, "edited"),
    # 010
    R("tenants' association",
      "Response of the {{Cordwainer Estate Tenants' and Residents' Association|inv}} (CETRA). "
      "1. We do not accept the figure of {{18.9p|num}} per kWh. The council's own report says the gas contract fell in "
      "{{April|date}}. 2. The {{Heat Trust|org}} standard should be adopted now, not when it becomes compulsory. "
      "3. Pay-as-you-go meters must have friendly-credit hours overnight and at weekends. 4. Residents with medical "
      "needs should be on a priority register. 5. The {{Chair of the Housing Scrutiny Committee|role}} should meet us "
      "before any decision. Signed on behalf of the committee, [[p:Dolores Mackintosh-Bell]], Secretary."),
    # 011
    R("council tenant", ""),
    # 012
    R("council tenant", each(TPL, str.upper), C, "exact"),
    # 013
    R("leaseholder",
      "I rent the second bedroom to a lodger, [[p:Ama]], who pays her share of the heat. We bought our flat under {{Right to Buy|law}} in 1998 and nobody told us we'd be tied to this network for life. "
      "We're at [[fl:number 4, Hatfield House]] on the corner of {{Cordwainer Walk|route}} where the bins are. "
      "Leaseholders pay the same tariff plus a sinking fund for the plant room. Please give leaseholders the option to "
      "disconnect and fit our own heat pumps. Email me on [[em:r.amadi@example.com]] if anyone actually reads these."),
    # 014
    R("council tenant",
      "I object to the proposed new heat charges but I don't agree with everything the petition going round says. "
      "The boiler house is old and someone has to pay for the new one. What I want is a fair split, and the heat "
      "meters fixed so we pay for what we use and not for the whole block. We are not a cash machine but we are not "
      "stupid either."),
    # 015
    R("council tenant",
      "[[p:yusuf]] here [[fl:flat 9]] [[acc:CHN-0051190]]. heat off again 3 days last week. phone the number nobody answer. outside ours on [[st:bridewell st]] the pipe is leaking steam in the road. "
      "how can you put price up when service is this bad. fix first then talk"),
    # 016
    R("councillor",
      "As one of the ward councillors for {{Salterhythe Riverside|inv}} I have had more casework about heat bills this "
      "year than about anything else. I ask that the report going to Cabinet includes a comparison with the "
      "{{Energy Price Guarantee|law}} and with other London heat networks such as those in {{Elephant and Castle|place}} "
      "and {{Kentish Town|placename}}. I also ask that the {{Cabinet Member for Housing|role}}, Cllr "
      "[[p:Oladipo]], publishes the contract with {{SalterHeat Energy Services Ltd|org}}. Cllr [[p:Niamh Costigan]]"),
    # 017
    R("council tenant",
      "Like most of my neighbours I think these new heat charges are wrong and I want to say why. "
      "The standing charge would more than double from 38p to 96p a day before we have used a single unit of heat. "
      "Many of us cannot choose another supplier because the heat network is the only way our flats are heated. "
      "The system loses heat through old pipes and we are being asked to pay for those losses. "
      "Before any increase, the council must publish the full costs of the network, fix the leaking pipes and the broken "
      "heat meters, and cap the bills at what a gas boiler would cost. "
      "Please listen to the tenants for once and put this on hold until it is fixed.", C, "edited"),
    # 018
    R("council tenant",
      "{{Eu moro no|lang}} [[fl:apartamento 52]], sorry, I live in [[fl:flat 52 of Mercer Court]] with my son [[p:Tiago]] and my "
      "mother. My name is [[p:Conceição Ferreira]]. In Portugal we have no central heating, we use blanket, but here the "
      "walls are cold and the windows have water every morning. I pay {{£74|num}} a month for heat in winter already. "
      "With new price I think {{£120|num}}. I work in the kitchen at a restaurant in {{Borough Market|landmark}}, my "
      "salary is not going up. {{Obrigada|lang}}."),
    # 019
    R("resident",
      "Not a tenant, I live in a houseboat on the canal basin behind the estate, [[hn:the Kittiwake]]. I only write "
      "because the consultation map shows the new heat main going along the towpath and I would like to know how long "
      "the moorings will be closed. {{Regent's Canal|place}} boaters were told nothing."),
    # 020
    R("council tenant",
      "My mum is on the waiting list for the heat meter to be replaced since {{March|date}}. Meter number "
      "[[acc:HIU 22-0871]]. It reads double what the old one did. I have sent photos to [[p:Marcus]] the housing "
      "officer five times. Can someone please take ownership of this. [[p:Shanice]] (daughter of the tenant at "
      "[[fl:Flat 112, Lambert Tower]])"),
    # 021
    R("council tenant", plain_only(TPL, lambda s: s.replace(". ", ".\n")), C, "exact"),
    # 022
    R("landlord",
      "Freeze the heat charge until the network is fixed, say the leaflets - I'd rather phase it. I let my flat and my tenant [[p:Gintarė]] pays the heat bill directly, so I hear about it. Support in principle - the network is cheaper to run long term than 600 gas boilers and it's the right thing "
      "for the climate. But the jump is too big in one go. Phase it over three years. And the council should apply "
      "for {{Green Heat Network Fund|law}} money, and sign up to the {{Heat Network Technical Assurance Scheme|law}}, rather than putting it all on residents."),
    # 023
    R("council tenant",
      "MY HEATING HAS NOT WORKED PROPERLY SINCE 2019 AND NOW YOU WANT TO CHARGE ME MORE??? I HAVE RUNG "
      "{{SALTERHEAT|org}} 30 TIMES. COMPLAINT REF [[acc:SH/COMP/22916]]. NOBODY CALLS BACK. DISGRACEFUL. "
      "[[p:DENNIS HARGREAVES]] [[fl:FLAT 7]] [[st:TALLOW LANE]]"),
    # 024
    R("carer",
      "I look after my brother who has {{Duchenne|med}} and uses a ventilator at night. He can't have the flat going "
      "cold and he can't have the electric going off either. With the new meters, if the credit runs out the heat "
      "stops, full stop. There has to be a medical exemption. His named nurse at the {{Evelina|hosp}} will write a "
      "letter if that's what it takes. His NHS number is [[nhs:999 132 4127]] if you need to check he's known to "
      "services. He was on the {{Nightingale Ward|hosp}} for a month last winter. We're in [[fl:27 Fenning House]]."),
    # 025
    R("council tenant",
      "{{Sou contra|lang}}. I am a resident on the Cordwainer Estate and I object to the proposed new heat charges. "
      "The standing charge would more than double from 38p to 96p a day before we have used a single unit of heat. "
      "Many of us cannot choose another supplier because the heat network is the only way our flats are heated. "
      "In my country the gas comes in a bottle and you know the price. Here nobody can tell me the price. My "
      "neighbour [[p:Graça]] pays less than me for a bigger flat. Explain this first.", C, "edited"),
    # 026
    R("private renter",
      "I'm one of about 40 people in the {{Salterhythe Foyer|inv}}, a hostel for young people, which is on the same "
      "network. Our rent includes heat so the tariff goes straight into our service charge which comes off our "
      "{{Universal Credit|law}}. My room is [[fl:room 14 on the second floor]]. For me that's about {{£9|num}} more a "
      "week, which is my food for two days. NI number [[ni:qq 48 22 07 d]] if you need it for the hardship fund. my UC ref is [[acc:UC 7731 0928 4]] btw. instagram [[sh:@foyer_life_jay]] if you want to see how cold it gets"),
    # 027
    R("council tenant", "n/a"),
    # 028
    R("council tenant",
      "{{السلام عليكم|lang}}. I am [[p:Yusuf Haddad]], tenant since 2011, account [[acc:0044-187-552]]. Before the new system the "
      "old boiler was better. My wife [[p:Nour]] is pregnant and the doctor says keep the home warm. We live in "
      "[[fl:Flat 2, Okoro House]] and the radiators in the children's room do not work. Please send an engineer and do "
      "not increase the price. {{Jazakum Allahu khairan|lang}}."),
    # 029
    R("resident",
      "The survey asked me if I'm 'on a heat network' - I have no idea. I live in the [[fl:top flat]] at [[st:9 Dunton Row]], just off "
      "{{Old Kent Road|route}} behind the {{Greggs|brand}}, and I get a bill, not {{John Lewis|brand}} money either, from something called "
      "{{Vattenwarm|org}}. Is that the same? Your map doesn't go that far. More explanation please."),
    # 030
    R("council tenant",
      "me and my 3 kids are in temporary accommodation at [[fl:Unit 4, Riverside Lodge]] which is on the heat network "
      "but we dont get a bill its in the charge. tiktok [[sh:kayla.in.ta]] has videos of the mould. the kids school [[sch:Brunswick Wharf Primary]] says they come in "
      "cold and tired. we was moved here from {{Stoke Newington|placename}} 18 months ago. please consider families "
      "in TA. [[p:kayla]] [[ph:07700 900 318]]"),
    # 031
    R("organisation",
      "{{Salterhythe Citizens Advice|org}} has seen a {{62%|num}} increase in enquiries about heat network debt in the "
      "last year. Clients are often unaware that heat networks are not covered by the energy price cap. One client, "
      "[[p:R. Patel]], was put on a {{£15|num}} a week repayment plan on top of a prepayment tariff. We recommend: a "
      "vulnerability policy, no self-disconnection for households with children under five, and a hardship fund "
      "at least equal to the one offered by {{British Gas|brand}}."),
    # 032
    R("council tenant",
      "I have lived in [[st:Cordwainer Walk]] since the estate was built in 1971 and I remember when the heating was "
      "included in the rent and nobody complained. Everything since the council brought in the meters has been worse. "
      "My late husband [[p:Bert]] used to say if it ain't broke don't fix it. Well it's broke now. Don't put the "
      "price up on pensioners who have paid their way all their lives. [[p:Ivy Mulrooney]] aged 88, d.o.b. [[dob:5th Jan 1937]]"),
]
