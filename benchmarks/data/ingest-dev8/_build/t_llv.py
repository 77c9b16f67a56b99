"""late-night-levy: a late-night levy on premises licensed after midnight in the fictional London Borough of
Wrayfield (pubs, bars, takeaways, late cafés; many community voices)."""
from common import R, sents, each, plain_only

CONSULTATION = "late-night-levy"
PREFIX = "LLV"
CAMP = "llv-dont-punish-the-many"

TEMPLATE = (
    "We are the owners and staff of small pubs, bars, restaurants and takeaways in {{Wrayfield|inv}}. "
    "A late-night levy would charge every premises licensed to sell alcohol or hot food after midnight, whether or "
    "not it causes any trouble. "
    "Most of us are family businesses on thin margins, still paying back loans from the pandemic while energy bills "
    "and rents keep rising. "
    "The levy would fall hardest on the takeaways and late cafés that feed night workers, cab drivers and hospital "
    "staff. "
    "The council has not shown which premises are linked to crime, or how the money would be spent. "
    "We ask the {{London Borough of Wrayfield|inv}} to drop the levy and work with {{Pubwatch|org}}, the police and "
    "licensees on targeted action against the few problem venues. "
    "Do not punish the many for the few."
)
S = sents(TEMPLATE)

ITEMS = [
    # 001 template
    R("business", TEMPLATE, CAMP, "template"),
    # 002 resident for
    R("resident",
      "Yes to the levy. I live above a row of takeaways on the {{High Road|route}} near {{Edmonton|placename}} and the noise, the litter and the "
      "mopeds revving at 2am are constant. The businesses make the money, the residents pay the price. My lodger "
      "[[p:Dominik]] works nights and can't even sleep in the day for the delivery bikes."),
    # 003 exact: lower case
    R("business", each(TEMPLATE, str.lower), CAMP, "exact"),
    # 004 Somali café
    R("business",
      "{{Asalaamu calaykum|lang}}. I have small café, {{Hooyo's Kitchen|orgp}}, open until 2am for the drivers and the "
      "night workers from {{North Middlesex Hospital|hosp}}. We sell tea, {{canjeero|lang}} and rice, no alcohol, "
      "no trouble ever. Why we pay same as nightclub? My licence number is [[acc:WRF/PL/2019/0412]]. "
      "{{Mahadsanid|lang}}. [[p:Faadumo Warsame]]"),
    # 005 blank
    R("resident", ""),
    # 006 police-ish org
    R("organisation",
      "The {{Metropolitan Police|org}} {{Licensing Sergeant|role}} for the borough supports the levy. Over 60% of "
      "night-time violence in {{Wrayfield|inv}} happens within 200 metres of three late venues on the High Road. Levy "
      "income could fund a dedicated night-time team. We would welcome exemptions for premises in {{Best Bar None|law}}."),
    # 007 edited: personal paragraph, a sentence dropped
    R("business",
      " ".join(S[:3]) + "\n\n"
      "My family have run {{Saravana Bhavan Express|org}} on {{Station Parade|route}} for eleven years. My father "
      "[[p:Sivakumar Rajaratnam]] opened it after he came from {{Jaffna|place}}; now my brother [[p:Prakash]] and I "
      "run it. We stay open until 1am in {{Diwali|event}} and {{Pongal|event}} weeks and during the cricket. Our "
      "licence is [[acc:WRF/PL/2015/0088]]. The levy would be our whole profit for those weeks.\n\n"
      + " ".join(S[4:]),
      CAMP, "edited"),
    # 008 Irish landlord, pub named after a person
    R("business",
      "I'm the landlord of {{The Earl Grey|orgp}} and I've held a licence in this borough for 31 years. We shut at "
      "12.30 most nights and we've not had a police visit since 2016. I'm in Pubwatch, I pay for door staff on a "
      "Saturday, I take part in {{Ask for Angela|law}}. Now you want £1,200 a year off me for other people's "
      "trouble. {{Sláinte|irish}}, and no thanks."),
    # 009 short
    R("resident", "Good idea. [[p:A. K. Mensah]]"),
    # 010 Kurdish off-licence
    R("business",
      "I have off licence near the station, my name [[p:Rebwar]]. I am {{Kurdish|natl}}, I come from "
      "{{Sulaymaniyah|place}}. Many shop like mine sell alcohol until 1am. If levy come, I close at 11 and I lose "
      "my night worker, he is my cousin [[p:Shwan]]. This is not good for small family business. Big supermarket "
      "close at 11 anyway, so they don't pay. Not fair."),
    # 011 resident long-ish, flat
    R("resident",
      "I'm writing from [[fl:Flat 23, Ashgrove House]]. My bedroom is over the back yard of {{Khan's Grill|orgp}} "
      "and the extractor runs until 3am. I don't blame the family, they're working hard, but the council has never "
      "enforced the conditions on the licence. Spend levy money on enforcement officers at night and I'm for it."),
    # 012 Filipino nurse
    R("shift worker",
      "I am nurse at {{North Middlesex|hosp}}, I finish my shift at {{11pm|date}} or {{8am|date}}. When I finish late the only hot food "
      "is the takeaways on the {{High Road|route}}. Please do not make them close. Also the {{Jollibee|brand}} is too far. "
      "My husband [[p:Arnel]] is driver for {{Uber Eats|brand}}, he needs them too. {{Salamat|lang}}."),
    # 013 exact: CAPS
    R("business", each(TEMPLATE, str.upper), CAMP, "exact"),
    # 014 residents' association
    R("organisation",
      "{{Wrayfield Town Centre Residents' Association|inv}} supports the levy in principle, provided that at least 70% "
      "of the net income is spent in the town centre on night-time enforcement, street cleaning and the taxi "
      "marshal scheme. We would like a residents' seat on the panel that decides spending. Our secretary, "
      "[[p:Philomena Okoro]], can be contacted at [[em:secretary.wtcra@example.org]]."),
    # 015 Yoruba restaurant
    R("business",
      "Good morning. I run {{Mama Tola's Kitchen|orgp}}, a {{Nigerian|natl}} restaurant, with my husband. On Fridays "
      "and Saturdays we host parties until 1am, especially for {{owambe|lang}}. The levy would cost us more than our "
      "gas bill for a month. Our customers come by taxi and go home quietly. Please exempt restaurants. "
      "[[p:Omotola Adeyemi]], [[ph:020 7946 0583]]"),
    # 016 text speak DJ
    R("DJ",
      "i dj at 3 venues in wrayfield and the night economy is already on its knees since covid. levy = more closures "
      "= less work for people like me. check [[sh:@djkemi_ldn]] to see what the scene actually looks like its not "
      "fights its community"),
    # 017 CAPS rant resident
    R("resident",
      "EVERY SINGLE FRIDAY I AM WOKEN UP BY DRUNKS SCREAMING OUTSIDE {{MARIO'S|orgp}}. BRING IN THE LEVY AND MAKE "
      "THEM PAY FOR THE MESS. 20 YEARS I HAVE PUT UP WITH IT."),
    # 018 Romanian bar worker, NI number
    R("bar worker",
      "I work as bar staff in two pubs in {{Wrayfield|inv}}, I am from {{Cluj|place}}. If the pubs pay more they cut hours "
      "for staff, this is what always happens. I already lose shifts since January. For the council, my National "
      "Insurance is [[ni:QQ 73 02 41 B]] if you want to see how little I earn in the tax records. Please no levy."),
    # 019 edited: half + own text
    R("business",
      " ".join([S[0], S[1], S[3], S[6]]) + " I run a kebab shop with no seating and no alcohol. We have had zero police "
      "visits in six years. Treat us differently from the clubs.",
      CAMP, "edited"),
    # 020 taxi driver, vehicle registration
    R("taxi driver",
      "I drive a black cab, [[vr:LK66 UHP]], and I work the late shift most nights. The rank on the {{High Road|route}} "
      "needs a marshal from midnight to 3am. If levy money pays for the marshal I'm for it. If it disappears into the "
      "general pot, I'm against."),
    # 021 councillor
    R("councillor",
      "As {{Cabinet Member for Community Safety|role}} I want to thank everyone who has responded. Cllr [[p:Oluwaseun "
      "Bankole]] and I will be meeting the traders at the {{Wrayfield Islamic Centre|church}} and at "
      "{{St Anne's Church|saint}} hall in the next fortnight."),
    # 022 n/a
    R("resident", "n/a"),
    # 023 mother, school, near miss
    R("parent",
      "My son [[p:Tyrese]] is in Year 8 at [[sch:Wrayfield Park Academy]] and walks past the High Road takeaways "
      "after football. Most are fine. Do not punish the many for the few, but deal with the two shops that sell "
      "to kids."),
    # 024 Arabic shisha/restaurant owner
    R("business",
      "We are a {{Lebanese|natl}} restaurant, {{Beit Sitti|org}}, open late in {{Ramadan|event}} because people eat "
      "after {{iftar|lang}} and {{taraweeh|lang}}. During that month we are busiest from 10pm to 2am. A levy that "
      "charges us the same all year is unfair. {{Inshallah|lang}} the council will listen."),
    # 025 Tamil resident, against
    R("resident",
      "{{Vanakkam|lang}}. I live at [[st:41 Cedar Road]], [[pc:E19 4TR]], near three late shops. I am for the levy. "
      "Every night rubbish bags are torn by foxes and the pavement is dirty. My wife [[p:Tharshini]] is afraid to walk home from the "
      "station after 10."),
    # 026 Chinese takeaway
    R("business",
      "Our takeaway {{Lucky Star|org}} closes at 12.30. We are family business 25 years. My mother still works in "
      "kitchen at 70. The levy is like another tax. We already pay business rates, licence fee, everything. "
      "Please think about small shops. [[p:Ho Ka Wai]]"),
    # 027 sign-off signature, phone +44
    R("resident",
      "I'd support a levy only if the council publishes exactly how the money is spent each year.\n"
      "[[p:Faith Ogunleye]]\n[[ph:+44 20 7946 0271]]"),
]
