"""cycle-hire: a new e-bike hire scheme, 'Brathie Bikes', with 40 docking stations (fictional Inverbrathie City
Council, east of Scotland; Scots, Gaelic and student voices)."""
from common import R

PREFIX, CONSULTATION = "CYC", "cycle-hire"

ITEMS = [
    # 001
    R("resident", "I support {{Brathie Bikes|inv}} but the docking station map is daft. There is nothing north of "
      "{{the Tay|place}} side of the city and three stations within 200 yards of {{the Caird Hall|bldg}}. Put them where "
      "people live, not where the tourists are."),
    # 002
    R("student", "As a second year at {{the University of Inverbrathie|inv}} I'd use this every day. I live in "
      "[[fl:Room 214, Balmoral Hall]] and it's a 40 minute walk to the {{Kinnaird Building|inv}}. {{£1 a day|num}} for "
      "students would be fair. [[p:Ellie Mathieson]]"),
    # 003
    R("resident", "Please make sure the e-bikes have a proper step-through frame. My wife [[p:Shona]] (we're up on [[st:strathmartine road]]) is 5 foot nothing "
      "and could not get on the ones in {{Edinburgh|place}}."),
    # 004
    R("delivery rider", "i do {{Deliveroo|org}} on my own bike, 60 hours a week. if these are cheap loads of riders "
      "will use them and the docks will always be empty at teatime. make a separate rate for work use. "
      "[[sh:@ridefast_irfan]] on insta if u want to ask riders"),
    # 005
    R("resident", "We stay at [[fl:flat 2/1]], [[st:38 Cairnbrathie Street]] - second floor, no lift, no back green - so a hire bike "
      "would be ideal because there is nowhere to keep our own. Please put a dock at the foot of [[st:Cairnbrathie Street]] "
      "near the close mouth."),
    # 006
    R("resident", ""),
    # 007
    R("pensioner", "Waste of money. Whit happened tae the last scheme? Bikes in {{the Tay|place}} within a month. "
      "{{It's no richt|scots}} spending on this when the pavements are a disgrace. [[p:Wullie Ogilvie]]"),
    # 008
    R("disabled resident", "I use a hand-cycle and none of the hire schemes I have seen take adapted cycles. "
      "{{Cycling UK|org}} and {{Wheels for Wellbeing|org}} both have guidance on this. Please include at least a few "
      "trikes and hand-cycles at {{Magdalen Green|landmark}}. My membership with the old scheme was [[acc:BB-004417]] "
      "and I was never once able to use it."),
    # 009
    R("resident", "{{Ciamar a tha sibh|gaelic}}. Mòran taing airson seo. I am [[p:Catrìona NicDhòmhnaill]] and I live on "
      "[[st:Rathad na Drochaid]] in {{Port Bhrathaidh|inv}}. The signage should be in {{Gaelic|ethnic}} as well as "
      "English, like the station signs."),
    # 010
    R("organisation", "{{Inverbrathie Cycle Forum|inv}} welcomes the proposal. We ask that {{the Transport Convener|role}} "
      "commits to segregated lanes on {{Perth Road|route}} and the {{Marketgait|route}} before launch, and that the "
      "operator {{Spokeshare Ltd|inv}} publishes usage data monthly. A scheme without safe routes will fail."),
    # 011
    R("resident", "No."),
    # 012
    R("parent", "My daughter [[p:Eilidh]] is 15 and at [[sch:Harestane Academy]]. Will under-16s be allowed? "
      "Most schemes say 16+ but that cuts out the kids who would use it most."),
    # 013
    R("resident", "I was knocked off my bike on [[st:Blackness Avenue]] outside my own front door by a taxi, "
      "[[vr:SV19 HRZ]], and spent a week in {{Ninewells|hosp}} (unit number [[hosp:NW4418027]], NHS number [[nhs:999 473 6884]]). More bikes without "
      "better roads means more of that."),
    # 014
    R("student", "{{Ciao|lang}}! I am [[p:Giulia Ferraro]], Erasmus student from {{Bologna|place}}. In Italy we have "
      "bike sharing everywhere. Please make the app in English and other languages, and allow foreign cards. "
      "Very good idea. {{Grazie mille|lang}}."),
    # 015
    R("resident", "{{Assalam o alaikum|lang}}. My son [[p:Zain]] and daughter [[p:Hafsa]] would love this. But the price "
      "must be low for families. We are five people. I am [[p:Nasreen Akhtar]], [[fl:flat 1/2]], [[st:14 Kilbrathie Road]]."),
    # 016
    R("resident", "Who is [[p:Brian]]? The leaflet says '[[p:Brian]] from the council will answer your questions' and gives "
      "no surname and no number. Typical."),
    # 017
    R("nurse", "I work nights at {{Ninewells|hosp}} and the first bus is 6.10. A dock at the hospital with bikes "
      "available at 7am would change my life. Please talk to {{NHS Tayside|org}}. (staff nurse)"),
    # 018
    R("resident", "Fine idea, but will {{Spokeshare Ltd|inv}} clear the bikes off the pavement? In {{Glasgow|place}} "
      "they are lying all over. My mother nearly went over one on [[st:Clepington Road]] where she lives."),
    # 019
    R("resident", "KEEP THEM OFF THE PAVEMENTS. THAT IS ALL."),
    # 020
    R("resident", "Good. The wee ones would love bikes with {{Peppa Pig|char}} baskets."),
    # 021
    R("young person", "omg yes finally. me and [[p:kayleigh]] would use these to get to the {{Overgate|landmark}} "
      "every weekend. pls make them pink lol. follow [[sh:@kayleigh.bikes]] i'll review them haha"),
    # 022
    R("taxi driver", "As a cabbie for 31 year I can tell you cyclists already treat red lights as a suggestion. I'll "
      "support it when riders need insurance. [[p:Tam Duthie]], cab 114"),
    # 023
    R("resident", "I am [[p:Rosa Mae Villanueva]] from the Philippines, I work at {{the Hilton|orgp}} on the "
      "waterfront. I start at 5am, no bus. A bike dock near [[st:Dens Street]] where we live would help many hotel "
      "workers. {{Salamat|lang}}."),
    # 024
    R("organisation", "{{Living Streets Scotland|org}} supports the principle. Docks must not be placed on footways; "
      "the proposed site outside {{Morgan Academy|venue}} would narrow the pavement to under 1.5m. We would be happy to "
      "walk the sites with {{the project manager|role}}."),
    # 025
    R("resident", "Can the docks have a charging point for our own e-bikes? My husband [[p:Dougie]] and I both have "
      "them and there's nowhere to charge in town. We're at [[hn:Balgay Lodge]] out past {{Birkhill|place}}, so it's "
      "eight miles in."),
    # 026
    R("student", "Put one at the student village. Most of us don't have cars and {{Stagecoach|org}} is {{£3.20|num}} "
      "each way. [[p:Oluwaseun Adeyemi]], [[fl:Flat 9C, Peters Court]], matric [[acc:2204187]]"),
    # 027
    R("resident", "Sound idea as long as the council disnae end up paying when {{Spokeshare Ltd|inv}} goes bust. "
      "Mind {{Mobike|org}} in {{Manchester|place}}. Aye, that. I come in fae the croft at [[hn:Achnabreck]] mysel."),
    # 028
    R("resident", "I would like to know the membership price before I give a view. The last scheme charged me twice "
      "and I never got it back - reference [[acc:SPK-0048821]]. Contact me on [[ph:0131 496 0781]] or write to [[st:9 Brathiebank Terrace]], [[pc:DD2 9XF]]. [[p:A. J. Crichton]]"),
    # 029
    R("resident", "Three points. First, the hills: anyone who has cycled up {{the Law|landmark}} knows a normal bike is "
      "useless here, so e-bikes are the right call. Second, winter: the {{Haar|word}} and ice make the riverside "
      "path treacherous from {{November|date}} to {{February|date}}, so please grit it. Third, price: {{£1.50|num}} "
      "to unlock plus {{15p|num}} a minute is dearer than the bus for anything over ten minutes."),
    # 030
    R("organisation", "{{Inverbrathie Access Panel|inv}} asks for an equality impact assessment before the docking "
      "sites are fixed. Docks at {{City Square|landmark}} and outside {{the McManus|bldg}} gallery must leave a "
      "clear 2m footway. The panel also asks that the app meets {{WCAG 2.2|law}} and that a phone line is offered for "
      "people without smartphones. We are happy to advise {{Spokeshare Ltd|inv}} at no cost."),
]
