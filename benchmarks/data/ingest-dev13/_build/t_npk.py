"""park-permits: the fictional Fellmere National Park Authority (Lake District-like) proposes charges at its car parks
around Ullsby Water with a discounted permit scheme for residents."""
from common import R

PREFIX = "NPK"
CONSULTATION = "park-permits"

ITEMS = [
    # 001 farmer
    R("farmer",
      "We farm at [[hn:High Kelder Farm]] and have done for four generations. I use the {{Kelderthwaite Quarry car park|site}} "
      "to get the quad trailer onto the fell road when we gather. Am I meant to buy a permit for my own tractor? The "
      "Land Rover is [[vr:PN19 HWK]] if the authority wants to put it on the list. Exempt working farms or expect a row."),
    # 002 walker
    R("visitor",
      "I've walked these fells for forty years from {{Manchester|place}} with a battered {{Wainwright|author}} in my "
      "rucksack. £9 a day at {{Ullsby Foot|site}} on top of petrol makes it a rich person's hobby. Put on a proper bus and "
      "I'll use it.\n[[p:Dave Kershaw]] [[ph:0161 496 0742]]"),
    # 003 hotel
    R("business",
      "{{The Ullsby Hotel|org}} employs 34 staff, most of whom drive in from {{Penrith|place}} and {{Keswick|place}} because "
      "there is no bus before 9am. The permit scheme is for residents only. Our staff will be paying £1,600 a year each to "
      "come to work. Please add a workers' permit."),
    # 004
    R("resident", "Fine by me."),
    # 005 CAPS
    R("resident",
      "LOCALS SHOULD NOT HAVE TO PAY TO PARK IN THEIR OWN VILLAGE. FULL STOP. THE {{NATIONAL PARK AUTHORITY|inv}} IS OUT OF "
      "TOUCH.\n[[p:W. DIXON]]"),
    # 006 resident with permit
    R("resident",
      "I already hold a trial permit, number [[acc:FNP-RP-02217]], for my car [[vr:ky21 pzt]]. It covers me at "
      "{{Stangill|inv}} but not at {{Brackenmoss|inv}}, where the doctor's surgery is. My mother, born "
      "[[dob:3rd March 1931]], needs a second permit for the carer's car. The form only lets you register one vehicle "
      "per household. That needs fixing."),
    # 007 organisation
    R("organisation",
      "{{Friends of the Lake District|org}} responds as follows.\n\nWe support demand management at honeypot sites. Charging "
      "alone will displace parking onto verges and lanes, as seen after {{Storm Arwen|storm}} closed the "
      "{{A592|road}} and visitors parked along every gateway. Charges must be matched by a year-round bus service and by "
      "enforcement on verges. Income should be ring-fenced for access and path repair, not the general budget."),
    # 008 text-speak
    R("young person",
      "so we cant even go swimming at the lake after school now without paying?? theres nothing else to do here. "
      "follow [[sh:@ullsby_dippers]] we swim all year"),
    # 009 B&B
    R("business",
      "We run a small B&B from our home, [[hn:Larch How]], on the lane above {{Stangill|inv}}. Guests park with us, so the "
      "charge does not affect them, but the lane will become overflow parking for the {{Stangill Pay and Display|site}} "
      "as soon as people find out it is free. It already happens every {{Easter|event}}. Double yellow lines please."),
    # 010 mountain rescue
    R("volunteer",
      "I am a volunteer with {{Kelder Mountain Rescue Team|inv}}. When we are called out we drive to the nearest car park "
      "and go straight up; our team leader [[p:Ewan Birkett]] once got a ticket on a call-out. We cannot stop to buy a ticket at 2am. During {{Storm Desmond|storm}} we had 19 call-outs in "
      "two days. Please give rescue team members an exemption that covers every car park, not just the one nearest our base."),
    # 011 second home
    R("second home owner",
      "We have owned a cottage in {{Brackenmoss|inv}} since 1998 and pay the full council tax premium. We are excluded from "
      "the resident permit because it is not our main residence. We spend money in the village every week we are here. "
      "This is unfair.\n[[p:Julian]] and [[p:Fenella Hart]]"),
    # 012 nurse, address
    R("resident",
      "I'm a district nurse and I live at [[st:2 Beck Side]], {{Kelderthwaite|inv}}, [[pc:CA12 9XQ]]. I park at "
      "{{Ullsby Foot|site}} between visits because there is nowhere else in the village. Please make sure health and "
      "care staff on visits are exempt, or carers will stop taking the valley rounds."),
    # 013 wild swimmers
    R("organisation",
      "The {{Ullsby Wild Swimmers|inv}} group has 140 members, mostly local. Many of us swim at 7am before work, for "
      "half an hour. An hourly tariff would be fairer than the proposed day rate for short stays. Secretary: "
      "[[p:Kirsty Dawson]] ([[em:kirsty.dawson [at] example.org]])"),
    # 014 disabled visitor
    R("visitor",
      "As a wheelchair user I can only reach the lake shore from the {{Ullsby Foot|site}} car park. Will {{Blue Badge|law}} "
      "holders park free, as in most council car parks? My car is [[vr:LR15 YHM]] and it has the badge on the dash. The consultation document does not say."),
    # 015 parish council
    R("parish council",
      "{{Stangill and Brackenmoss Parish Council|inv}} discussed the proposals at its meeting on {{12 September|date}}. "
      "The council supports a resident permit scheme but asks that (a) the permit is free for the first vehicle, (b) "
      "holiday lets are excluded, and (c) income is spent in the valley. Councillors also noted the loss of the last "
      "bus to {{Windermere|place}}.\n\nMrs [[p:Anne Carlisle]], Parish Clerk"),
    # 016
    R("resident", ""),
    # 017 Portuguese hotel worker
    R("hotel worker",
      "I am from {{Madeira|place}} and I work in kitchen of hotel in {{Ullsby|inv}} three years. I live in staff "
      "accommodation but it is not mine house so I cannot have the resident permit. My shift finish 11pm, no bus. My "
      "car is [[vr:YD17 OWL]]. I pay £9 every day? Is not possible with my salary. {{Obrigada|lang}}.\n[[p:Marta Sousa]]"),
    # 018 tourism business
    R("business",
      "Half our visitors come because of {{Beatrix Potter|author}}. They want to see {{Hill Top|landmark}} and buy a "
      "{{Peter Rabbit|char}} mug and then drive on. A £9 charge for a 40 minute stop at {{Stangill|inv}} will send them "
      "straight to {{Bowness|place}}. Please have a short-stay tariff."),
    # 019 retired couple
    R("resident",
      "We moved here from {{Carlisle|placename}} when we retired. We are both in our late seventies and we drive to the "
      "shop in {{Kelderthwaite|inv}} because the hill is too steep with a bag. One permit per household does not work "
      "when you have two cars because one of you still works part-time.\n[[p:Derek]] and [[p:Pat Nicholson]]"),
    # 020 shepherd
    R("farmer",
      "Shepherd, {{Herdwick|word}} sheep, on the fell above {{Kelderthwaite|inv}}. I park at the quarry when I'm looking "
      "after the ewes at lambing. My dog {{Moss|pet}} comes in the pick-up. Some days that's five visits. Ring me on "
      "[[ph:07700 900 214]] and I'll explain it to whoever designed this.\n[[p:Joe Tyson]], [[hn:Gillside]]"),
    # 021 Lancashire day tripper
    R("visitor",
      "We come up from {{Blackpool|place}} most Sundays in summer, me, our [[p:Tracey]] and three lads. Petrol, parking, ice creams, "
      "it mounts up. The lake belongs to everybody, not just them as can afford to live there."),
    # 022 cyclist
    R("visitor",
      "Support, if the income pays for {{the 555|bus}} to run every half hour and bike racks on the buses. Charging for "
      "parking with no alternative is just a tax."),
    # 023 ramble
    R("resident",
      "I have lived in {{Stangill|inv}} for 52 years and I have watched it go from a working village to a car park with "
      "houses round it. On a fine {{Bank Holiday|date}} the queue comes back to the cattle grid and you cannot get an "
      "ambulance through. Two summers ago my husband [[p:Geoff]] had a fall in the garden and it took the ambulance 35 "
      "minutes from the main road because of parked cars on both verges. So I am not against charging visitors, far from "
      "it. What I am against is a scheme that charges residents to park outside the only shop, that ends at the "
      "boundary so that everybody parks in the next valley instead, and that has no answer for the young people who "
      "work here and cannot afford to live here. The permit should be free to anyone who lives or works in the valley, "
      "full stop. The money from visitors should go into a proper bus, because the one we have comes twice a day in "
      "winter and not at all on a {{Sunday|date}}. And please, please enforce the verges, because a charge without "
      "enforcement just moves the problem onto our lanes and into our gateways. The authority has had plenty of reports "
      "telling it this. I have a folder of them going back to 2004. If anyone from the planning team would like to read "
      "it they are welcome to come for a cup of tea. I'm at [[hn:Bank End Cottage]], opposite the church, [[pc:CA129XQ]]. "
      "[[p:Margaret Postlethwaite]]"),
    # 024
    R("resident", "Charge the tourists not us."),
    # 025 resident email
    R("resident",
      "Dear Sir/Madam, please register my objection. Residents should be exempt without needing to apply each year. I "
      "applied for the trial permit in {{April|date}} and was refused because my car is registered to my son's address "
      "in {{Kendal|place}} for insurance reasons. Reply to [[em:john.fleming at example dot net]]. Regards, "
      "[[p:John Fleming]]"),
]
