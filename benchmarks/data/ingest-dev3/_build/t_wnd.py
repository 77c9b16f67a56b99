"""wind-fund: the panel of the Caddonhope Community Benefit Fund (fictional 67 MW wind farm in the
Scottish Borders, operated by the fictional Northwind Renewables) consults on the area of benefit and
how the money should be spent."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "WND", "wind-fund"
C = "wnd-our-wind-our-fund"

TPL = (
    "The {{Caddonhope Community Benefit Fund|inv}} will be worth over {{£330,000|num}} a year for thirty years. "
    "That money should go to the communities who live with the turbines, not be spread thinly across the whole "
    "of the {{Borders|place}}. "
    "We are the ones who see them from our kitchen windows, who put up with the construction traffic and who will "
    "live with them for a generation. "
    "Our wind, our fund. "
    "We ask the panel to keep the area of benefit to the community council areas closest to the turbines, to set "
    "aside a share of the fund for reducing household energy bills, and to make sure that local people, not the "
    "developer, decide how the money is spent. "
    "Local voices should make local decisions."
)
S = sents(TPL)


def nocommas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002
    R("resident", "Put it into the village hall roof before it falls in."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 hill farmer, house name
    R("farmer", "We farm at [[hn:Glenbaddock Mains]] ([[pc:TD13RW]]), the nearest steading to turbine 7. We had eighteen months of "
      "abnormal loads through the yard and the track is still not right. Folk in {{Galashiels|place}} never saw a "
      "lorry. The fund should weight the money by distance, with the nearest households getting the most. "
      "{{It's no richt|scots}} otherwise."),
    # 005 blank
    R("resident", ""),
    # 006 fund administrator
    R("organisation", "{{Foundation Scotland|org}} administers several funds of this kind. We would note that the "
      "{{Scottish Government Good Practice Principles for Community Benefits from Onshore Renewable Energy "
      "Developments|law}} recommend {{£5,000 per megawatt|num}} per year, index-linked, and a community-led "
      "decision-making panel. A clear area-of-benefit map and a published conflict of interest policy are "
      "essential.\n{{Head of Community Funding|role}}"),
    # 007 young person, social handle
    R("young person", "there is nothing for young people in {{Lindenhope|inv}}, the nearest anything is in "
      "{{Peebles|place}} and you need a car. spend some on a proper all-weather pitch and driving lessons for "
      "16-17s. i've done a poll on my insta [[sh:@lindenhope_lass]], 40 people said the same"),
    # 008 edited: personal paragraph with an energy account number
    R("resident", " ".join(S[:3]) + "\n\nI'm a pensioner on my own in an old stone cottage with storage heaters and "
      "my bill last winter was over {{£2,400|num}}. If the fund pays a discount straight to households, my "
      "electricity account number is [[acc:8841 2207 63]] and I'd be very grateful.\n\n" + " ".join(S[3:]) +
      "\n[[p:Isobel Pringle]]", C, "edited"),
    # 009
    R("resident", "Fair split across everyone."),
    # 010 community council
    R("community council", "{{Lindenhope and Glenbaddock Community Council|inv}} resolved at its {{June|date}} meeting "
      "to ask the panel for: an area of benefit limited to the two community council areas with a line of sight to "
      "the turbines; {{30%|num}} of the fund for household energy support; the remaining {{70%|num}} as grants; and two places on "
      "the panel for under-25s.\n[[p:Fiona Tweedie]], {{Secretary|role}}"),
    # 011 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 Galashiels view, role without a name
    R("resident", "{{Galashiels|place}} is nine miles away and we can see the turbines from the top of the town. The "
      "fund could do a lot for a town that needs it. Last year even {{the Braw Lad|role}} and his lass had to "
      "raise money for the gathering themselves. Share it wider."),
    # 013 near-miss
    R("resident", "Local voices should make local decisions - fine, but which locals? Half the panel seems to be "
      "the same faces who run everything else in the village."),
    # 014 incomer from Carlisle, house name
    R("resident", "We moved up from {{Carlisle|placename}} five years ago to [[hn:Whitehaugh Cottage]] and we look "
      "straight at the turbines from the back garden. I don't mind them, honestly. I'd like the money to go on the "
      "path network and on insulating the old houses.\n[[p:Mel]] and [[p:Steve Coulthard]]"),
    # 015 edited: reworded opening and closing
    R("resident", "I've lived in {{Glenbaddock|inv}} all my life, like my father before me, and I want to add my "
      "name to this. " + " ".join(S[1:5]) + " And for once I'd like the folk in the glen to be asked first.\n"
      "[[p:Gregor Anderson]]", C, "edited"),
    # 016 Polish shepherd, house name, NI number
    R("farm worker", "{{Dzień dobry|lang}}. I am [[p:Bartosz]], shepherd on [[hn:Kirkstane Farm]] six years. I live "
      "in the farm cottage. Will farm workers get the energy discount or only owners? I pay council tax. My "
      "National Insurance is [[ni:QQ 71 04 33 A]] if you need for the form."),
    # 017 parent: two children, class years, school
    R("parent", "My two, [[p:Callum Elliot]] in P6 and [[p:Isla Elliot]] in P3 at [[sch:Lindenhope Primary]], have "
      "grown up with the turbines on the skyline. The school has 31 pupils and no proper playground equipment. A "
      "small part of the fund ring-fenced for the school and nursery would make a huge difference."),
    # 018 Hawick, Common Riding
    R("resident", "From {{Hawick|place}}. We get nothing from this and that's fine, it's not our hill. But please "
      "don't let the money get spent on consultants. {{Teribus ye teri odin|Hawick Common Riding song (Scots)}}."),
    # 019 exact, commas removed
    R("resident", each(TPL, nocommas), C, "exact"),
    # 020 councillor
    R("councillor", "As a ward councillor I have asked {{Scottish Borders Council|org}} to make sure the fund does "
      "not replace services the council should provide. {{The Leader of the Council|role}} has agreed to meet the "
      "panel. I support a household energy element.\nCllr [[p:Rab Turnbull]]"),
    # 021 text-speak
    R("resident", "just give every house a cheque. simple. nobody trusts committees"),
    # 022 landmarks and routes
    R("resident", "From {{Scott's View|landmark}} the turbines are now part of the view over the "
      "{{Eildon Hills|landmark}}. Some mitigation would be to put money into the {{Southern Upland Way|route}} and "
      "the {{Sir Walter Scott Way|route}}, which bring walkers to the area. Visitors spend money in "
      "{{Melrose|placename}} and {{Selkirk|placename}}."),
    # 023 pensioner: nickname that is also a word, DOB with cue, phone
    R("pensioner", "I am [[p:Nan Armstrong]], born [[dob:11th Nov 1936]], the oldest in the glen I think, at [[hn:Burnfoot Cottage]] since 1958. I would like "
      "the fund to pay for a minibus service to the doctor and the shops for us old ones. Phone me on "
      "[[ph:01632 960 905]], I don't do the computer."),
    # 024
    R("resident", "Broadband."),
    # 025 local business
    R("business", "We run a mountain bike hire business near {{Glentress|landmark}} and bring about 3,000 visitors a "
      "year through the valley. We'd support a small-business funding strand, provided it is open and competitive.\n[[p:Kelso Grant]], [[ph:01632 960 142]]"),
    # 026 edited: half + own text
    R("resident", S[0] + " " + S[4] + " I would add that the panel should publish every grant online, with the "
      "amount and who got it. There's a lot of suspicion already about who gets what.", C, "edited"),
    # 027 Scots, characters
    R("resident", "Even {{Oor Wullie|char}} could tell ye that if ye spread {{£330,000|num}} ower the hale "
      "{{Borders|place}} naebody gets onything worth havin. It's like {{The Broons|char}} sharin a fish supper "
      "wi the hale toon. Keep it local."),
    # 028 windscreen cracked outside house, reg, home street
    R("resident", "During construction a gravel lorry cracked our windscreen, [[vr:SK19 WPE]], parked outside our "
      "house on [[st:Kirk Brae]]. {{Northwind Renewables|inv}} paid up eventually but it took five months. "
      "Whatever you decide about the fund, please have a proper process for complaints."),
    # 029 address block with postcode
    R("resident", "We support the household energy element and a 20-year plan for the village hall.\n[[p:Euan]] and "
      "[[p:Kirsty Laidlaw]]\n[[hn:Craigellen]], [[st:Mill Wynd]], Lindenhope, [[pc:TD1 9XZ]]"),
    # 030 Filipino care worker
    R("care worker", "I am [[p:Maricel Dela Cruz]], care worker, I visit eight clients in the glen every day. One client, Mrs [[p:Haig]], has not left her house since {{October|date}}. Many "
      "old people here are very isolated in winter. The fund could pay for a community car scheme and a lunch club. "
      "{{Salamat po|lang}}."),
    # 031 lower-case sign-off
    R("resident", "keep it for the glen. the toon folk got the jobs in the construction, we got the dust.\n"
      "[[p:wattie scott]], lindenhope"),
    # 032 energy discount scheme
    R("resident", "The best model is a {{Local Electricity Discount Scheme|law}} like the one on {{Gigha|place}}, "
      "paid automatically through the supplier. {{Ofgem|org}} allows it. No forms, no committee, everybody "
      "benefits in proportion to need."),
    # 033 capitals
    R("resident", "{{OUR WIND OUR FUND|slogan}}. NOT A PENNY TO {{EDINBURGH|place}}. [[p:TAM HOGG]]"),
    # 034 long ramble: widow, late husband, email
    R("resident", "I'll try to keep this short but I probably won't. My husband [[p:Jock]] was a shepherd on "
      "these hills for forty-one years and when the wind farm was first talked about he was dead against it, he "
      "said they'd ruin the view he'd walked every day of his working life. By the time they were built he was "
      "in {{Borders General Hospital|hosp}} and then the home in {{Earlston|place}}, and the last time I drove him "
      "up the glen he looked at them turning and said they were bonnie enough in their way. So I've no strong "
      "feelings about the turbines. I do have strong feelings about the money. When the quarry had a fund in the "
      "nineties it went on a new car park and a sign, and nobody in the glen was ever asked. This time I'd like "
      "to see some of it go on the old folk who are sitting in cold houses, and some on the young ones so they "
      "can afford to stay, because the school is down to thirty pupils and the bus, when it comes, takes an hour "
      "to {{Galashiels|place}}. A little bit for the hall and the church, which are the only places people meet. "
      "And I'd like the decisions to be made by people who live here, not somebody in an office in "
      "{{Edinburgh|place}} with a spreadsheet. If anyone on the panel wants to talk, my email is "
      "[[em:jean.hogarth@example.org]] and my granddaughter will read it to me.\n[[p:Jean Hogarth]]"),
    # 035, 036
    R("resident", "Invest it. A community-owned turbine would pay more in the long run than any fund, look at {{Fintry|place}}."),
    R("resident", "Good to be asked. Thank you."),
]
