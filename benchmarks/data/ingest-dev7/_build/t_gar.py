"""garage-sites: Brackmoor Metropolitan Borough Council (fictional, South Yorkshire) proposes to sell 22 of its
38 lock-up garage sites to developers for small housing schemes, and raise the rent on the rest."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "GAR", "garage-sites"
C = "gar-hands-off-our-garages"

TPL = (
    "We rent council garages in {{Brackmoor|inv}} and we object to the plan to sell off twenty-two garage sites. "
    "A lock-up is not a luxury. "
    "It is where people keep work tools, mobility scooters, stock for small businesses and cars that would otherwise "
    "be broken into on the street. "
    "The council says the sites are under-used, but the waiting list tells a different story. "
    "If the garages go, hundreds more cars will be parked on estate roads that are already full, and bin lorries and "
    "ambulances will not get through. "
    "Hands off our garages. "
    "We ask the council to publish the occupancy figures for every site, repair the blocks it has let run down, and "
    "offer every tenant a garage on another site before any land is sold. "
    "Ask the people who use them before you sell them."
)
S = sents(TPL)


def no_commas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("garage tenant", TPL, C, "template"),
    # 002
    R("resident", "Sell them. Half of the ones behind {{Hallam Way|route}} are full of fly-tipping and rats and "
      "nobody has parked a car in them since about 1995. Build some bungalows for old people instead, that's what "
      "this town actually needs."),
    # 003 exact lower case
    R("garage tenant", each(TPL, str.lower), C, "exact"),
    # 004 older man, late wife, street, storm
    R("pensioner", "I have rented garage 7 on the {{Thornbury Road|route}} block for 41 years. I live at "
      "[[st:12 Coniston Avenue]], two minutes' walk away. My late wife [[p:Brenda]] kept her sewing things in there "
      "when the house got too full. The roof came off in {{Storm Babet|storm}} and the council took eight months to "
      "put it back. Now you tell me the site is under-used. It is under-repaired."),
    # 005 blank
    R("resident", ""),
    # 006 small business, van reg, shop named after a person
    R("business", "I run a one-man decorating firm and keep my ladders, dust sheets and about {{£3,000|num}} of "
      "tools in a lock-up on the {{Kestrel Drive|route}} site. My van [[vr:YX19 KDF]] was broken into twice when it "
      "was parked outside the house so now it lives in the garage too. If the site is sold I have nowhere to go. "
      "{{Jewson|org}} and {{Screwfix|org}} won't store it for me. [[p:Darren Whitlam]], "
      "{{Whitlam Decorating|orgp}}"),
    # 007 Turkish barber
    R("business", "Hello, I am [[p:Mehmet Yıldız]], I have the barber shop {{Mehmet's Cuts|orgp}} on "
      "{{Market Street|route}}. I use garage 3 on {{Wath Lane|route}} for the stock, chairs, towels. In {{Turkey|place}} "
      "we say {{Komşu komşunun külüne muhtaçtır|lang}}, neighbour needs neighbour. The council must be good neighbour. "
      "Please keep the garages or give me other one near."),
    # 008 edited, personal paragraph (mobility scooter, daughter, phone)
    R("garage tenant", " ".join(S[:3]) + "\n\nMy mum keeps her mobility scooter in our garage because her flat has "
      "no room for it and the scooter store at the block was shut after a fire. She is 84 and has "
      "{{Parkinson's|med}}. Without the scooter she would not leave [[fl:flat 14, Fieldfare Court]]. If you need to "
      "talk to someone about it, I am her daughter, [[p:Joanne Spivey]], on [[ph:07700 900 813]].\n\n"
      + " ".join(S[3:]), C, "edited"),
    # 009
    R("resident", "Not bothered either way."),
    # 010 housing association
    R("organisation", "Response from {{Don Valley Homes|org}}.\nWe welcome the council's intention to bring small "
      "brownfield sites forward for affordable housing. Of the twenty-two sites listed, we have looked at nine and "
      "believe six could take between four and ten homes each. We would ask the council to consider a "
      "{{community land trust|law}} model for the {{Pit Lane|route}} site, which is next to {{St Oswald's Church|church}}, "
      "and to make sure existing tenants are offered alternatives. {{Head of Development|role}}"),
    # 011 exact CAPS
    R("garage tenant", each(TPL, str.upper), C, "exact"),
    # 012 teen text speak
    R("young person", "my dad keeps his bike in the garage on {{hallam way|route}} and me n [[p:kyle]] practise "
      "drums in there on saturdays coz we cant at home lol. if u sell it where r we meant to go. theres nothing for "
      "teenagers round here anyway. follow us [[sh:@garage_riot_bmr]]"),
    # 013 near-miss
    R("resident", "Ask the people who use them before you sell them, fine, but also ask the people who live next to "
      "them. I have lived opposite a garage block for twenty years and it is a magnet for lads on quad bikes and "
      "drugs. I would be glad to see houses there."),
    # 014 landlord
    R("landlord", "I own four terraced houses on [[st:Bramley Street]] (I let them, I don't live there) and none of "
      "them has off-street parking. My tenants rely on the garages at the end of the street. If you sell the site, "
      "please put in residents' parking. I'd also point out that the road is a through route to "
      "{{Tesco|org}} and already gridlocked at five o'clock."),
    # 015 numbered flat + postcode, Bengali
    R("resident", "My name is [[p:Rupa Begum]]. I live in [[fl:Flat 6, Linnet House]], [[pc:S63 4QT]]. My husband "
      "drives taxi at night and keep the car in garage because two times the mirror was broken. Our son [[p:Imran]] "
      "is in Year 4 at [[sch:Thornbury Juniors]]. We speak {{Sylheti|people}} at home. Please do not sell our garage. "
      "{{Dhonnobad|lang}}."),
    # 016
    R("resident", "Support."),
    # 017 ward councillor
    R("councillor", "As ward member for {{Wath Common|inv}} I have had more casework on this than anything since "
      "the bin changes. Residents around the {{Kestrel Drive|route}} site have been especially worried. I would urge "
      "the {{Cabinet Member for Housing|role}} to publish site-by-site figures. Cllr [[p:Janet Oyelaran]], [[em:cllr.oyelaran@example.org]]"),
    # 018 classic car, nickname
    R("garage tenant", "I restore old Minis and have two in the garages at {{Kestrel Drive|route}}, one is a 1968 "
      "Cooper, reg [[vr:JWA 418F]]. Me and my mate [[p:Gaz]] ([[p:Gary Hinchliffe]]) have been doing it since we "
      "retired from the pit. It keeps us out of the pub. Well, mostly. Don't take it off us."),
    # 019 near-miss / opposite view, must-keep public building
    R("resident", "A lock-up is not a luxury, they say. The garages at {{Pit Lane|route}} back onto the {{Miners' Welfare|landmark}} and they are an "
      "eyesore. I would rather see the land used for a car park for the {{Welfare|landmark}} and the surgery. Houses "
      "would make the parking worse, not better."),
    # 020 Portuguese shift worker
    R("shift worker", "I work nights at the {{Amazon|org}} warehouse at {{Doncaster|place}} and I come home 6 in "
      "the morning. I keep my car in the garage because in the street is always full. I am from {{Portugal|place}}, "
      "in {{Braga|place}} everybody have garage under the building. Here is not possible. Please think about the "
      "people working shifts. [[p:João Pereira]], [[st:Wath Lane]]"),
    # 021 older woman, address block and DOB
    R("pensioner", "[[p:Edna Marsden]]\n[[st:3 Fieldfare Close]]\n[[pc:S63 5LB]]\n\nI am 91, born "
      "[[dob:4th April 1934]], and I do not drive any more but my grandson [[p:Liam]] uses my garage for his car "
      "when he comes to do my shopping. If the garage goes he will have to park on the grass and the council will "
      "fine him. The council's letter even had my NHS number on it, [[nhs:9993909963]], which I thought was private."),
    # 022 n/a
    R("resident", "n/a"),
    # 023 rent rise
    R("garage tenant", "The rent is going from {{£11.40|num}} to {{£16.75|num}} a week on the sites you are keeping. "
      "That is a {{47%|num}} rise. For a concrete box with a door that doesn't lock. At least fix the doors first. Tenancy ref [[acc:BMBC/GAR/07731]], garage 22."),
    # 024 Ukrainian
    R("resident", "I am [[p:Oksana Kravets]], I come under {{Homes for Ukraine|law}} scheme and now I rent small "
      "house on [[st:Linnet Grove]]. The garage behind is empty, I asked council to rent it for my car but they say "
      "waiting list. So how is it under-used? {{Дякую|lang}}."),
    # 025 disability, blue badge
    R("resident", "I have a {{blue badge|law}} and keep my wheelchair-accessible vehicle in the garage on "
      "{{Thornbury Road|route}}. It is the only place with a dropped kerb near my house. When I applied, the council even asked for my National Insurance number "
      "([[ni:qq 61 27 90 b]]) to prove I get {{PIP|law}}. The equality impact "
      "assessment doesn't mention disabled tenants at all."),
    # 026 edited, half-template + own text
    R("garage tenant", " ".join(S[5:]) + " Also, I have been on the waiting list for a garage on {{Wath Lane|route}} "
      "for two years and was told there are none free. Someone is telling porkies.", C, "edited"),
    # 027 long ramble
    R("pensioner", "I want to say something about the Hallam Way garages because I think people have "
      "forgotten why they were built. My dad, [[p:Walter Frith]], helped build them in 1962 when the estate went up. "
      "Every house got a garage or the chance of one, because the council then believed that working people would "
      "have cars, which they did, eventually. Dad's was number 19. He kept his Ford Anglia in it and then a Cortina, "
      "and then when he got too old to drive it became his workshop, where he made rocking horses for every child on "
      "the street. I still have one. When he died I took over the garage and I've paid for it every week for "
      "twenty-six years. I live at [[st:27 Hallam Way]] now, the house I grew up in. I know the council has no "
      "money. I know the blocks are in a state. But they are in a state because nobody has spent a penny on them "
      "since about 1990, not because nobody wants them. Every time a door gets kicked in, it stays kicked in, and "
      "then you say the site is under-used. Well of course it is, nobody wants to keep a car in a garage with no "
      "door. If you sell the land, the houses that get built will be for people who aren't from here, and those of "
      "us who are from here will be parking on the verges and getting tickets. I'm not against new houses, my own "
      "granddaughter [[p:Kerry-Ann]] can't find anywhere to live. But build them somewhere else, there's the old "
      "{{Co-op|org}} site standing empty. Leave the garages and mend them. [[p:Doreen Frith]]"),
    # 028 ALL CAPS
    R("resident", "ANOTHER COUNCIL SELL OFF. FIRST THE LIBRARY THEN THE BATHS NOW THE GARAGES. WHAT NEXT THE TOWN "
      "HALL?? SACK THE {{CHIEF EXECUTIVE|role}} AND SELL HIS CAR"),
]
