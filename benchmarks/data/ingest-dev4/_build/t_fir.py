"""fire-station: merger of the on-call stations at Ballykeel and Drumcarn into one new station at Tullyvarn
(Northern Ireland Fire & Rescue Service emergency cover review; fictional mid-Ulster villages)."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "FIR", "fire-station"
C = "fir-save-ballykeel-station"

T = ("I am writing to oppose the plan to close {{Ballykeel Fire Station|inv}} and merge it with {{Drumcarn|inv}}. The "
     "on-call crew at Ballykeel can be on the road within five minutes of the pagers going off, and they know every "
     "lane, farmyard and townland in the area. A new station at {{Tullyvarn|inv}} would add at least ten minutes to "
     "reach homes on the mountain roads, and in a house fire or a road traffic collision those minutes cost lives. The "
     "review treats rural people as if we matter less than people in towns. "
     "{{Northern Ireland Fire & Rescue Service|org}} should keep both stations, fund proper recruitment of on-call "
     "firefighters, and publish the response times for every townland before any decision is made. Save Ballykeel "
     "Fire Station.")
S = sents(T)

ITEMS = [
    # 001
    R("resident", T, C, "template"),
    # 002
    R("farmer", "Our farm, [[hn:Altnagore]], is at the top of the [[st:Glenmore Road]], four miles up from Ballykeel. "
      "When the slurry tank caught fire in 2020 the Ballykeel lads were there in nine minutes. From {{Tullyvarn|inv}} "
      "you would be looking at twenty, and the sheds would have been gone. Leave well alone.\n[[p:Sammy Irwin]]"),
    # 003
    R("on-call firefighter", "I have been on-call at Ballykeel for 17 years. My day job is at {{McAleer's|orgp}} yard "
      "and I can be at the station in four minutes. Our {{Watch Manager|role}} has told the review that we could crew "
      "the pump every day last year if {{NIFRS|org}} would let us recruit two more. Instead they want to build a new "
      "station nobody asked for."),
    # 004
    R("resident", each(T, str.lower), C, "exact"),
    # 005
    R("parent", "{{A chara|lang}},\n\nIs mise [[p:Máire Nic Giolla Bhríde]]. We live at [[hn:Ard na Gréine]], just "
      "outside Ballykeel, with our three children. Our eldest, [[p:Oisín]], is at [[sch:Bunscoil Bhaile Caoil]] in the "
      "village. The fire crew came to the bunscoil last year and the children talked about it for weeks. Please keep "
      "the station.\n\n{{Go raibh maith agat|lang}},\n[[p:Máire]]"),
    # 006
    R("young person", "wtf is this. ballykeel n drumcarn r 15 min apart on a good day n the road floods every winter. "
      "my da is on-call at drumcarn n he says its mad. sound."),
    # 007
    R("farmer", "WHEN THE HAY SHED WENT UP AT [[hn:LISNAGREVE]] IN 2021 IT WAS THE BALLYKEEL CREW THAT SAVED THE HOUSE. "
      "THE FIRE SERVICE BOSSES IN {{LISBURN|place}} HAVE NO NOTION WHERE WE ARE. [[p:BERTIE MCCLURE]]"),
    # 008
    R("pensioner", "I am 83 and live on my own at [[st:14 Crievagh Road]], [[pc:bt71  6rw]]. The Ballykeel crew fitted my "
      "smoke alarms and came back when one went wrong. My home fire safety check reference is "
      "[[acc:HFSC/2023/11872]] and I was told to quote it if I had a problem. I have a problem with this.\n"
      "[[p:Bridie Quinn]]"),
    # 009
    R("parent", " ".join(S[:3] + S[4:]) + "\n\nIn 2022 my son [[p:Eoghan Ó Dónaill]] was cut out of his car on the "
      "{{Tullyvarn Road|route}} after he hit black ice. The Ballykeel crew were there in eleven minutes and the "
      "surgeon at the {{Royal Victoria Hospital|hosp}} told us that time saved his leg. He was in for five weeks.",
      C, "edited"),
    # 010
    R("trade union", "Response of the {{Fire Brigades Union|org}} (Northern Ireland Region)\n\nThe review assumes "
      "on-call availability will improve when two stations are merged. There is no evidence for this. Availability "
      "at Ballykeel has been above 90% in every quarter of the last two years. We call on "
      "{{the Chief Fire & Rescue Officer|role}} to withdraw the proposal and to meet the union and "
      "{{the Area Commander|role}} to discuss on-call pay and recruitment."),
    # 011
    R("resident", "Save Ballykeel."),
    # 012
    R("resident", each(T, str.upper), C, "exact"),
    # 013
    R("publican", "I run {{The Tullyvarn Inn|pub}}. During {{Storm Ciarán|storm}} the road at the bridge was under "
      "three feet of water and the Drumcarn pump could not get through. The Ballykeel crew came the top way and "
      "pumped out four houses. A new station at the crossroads would be on the wrong side of that bridge."),
    # 014
    R("care home manager", "I managed a nursing home in {{Moira|placename}} for ten years before coming here. Evacuating "
      "frail residents at night needs a crew that arrives fast. Our home at {{Drumcarn|inv}} has 42 beds and a "
      "third of the residents are bed-bound. I would ask {{the Group Commander|role}} to visit before deciding."),
    # 015
    R("resident", ""),
    # 016
    R("resident", "I grew up in Ballykeel and my father was on the retained crew for twenty years. "
      + " ".join(S[1:-1]) + " Please listen to the people who live here.", C, "edited"),
    # 017
    R("resident", "Our house, [[hn:Tír na nÓg]], burned in 2019 when a chimney fire spread into the roof. I was at home "
      "with the baby and my husband [[p:Ciarán]] was away in {{Dublin|place}}. Our car, [[vr:LFZ 4127]], was parked "
      "across the lane and the Ballykeel crew pushed it out of the way by hand. Five minutes later and we would have "
      "lost everything. The photos are still on [[sh:facebook.com/siobhan.ohare.52]].\n[[p:Siobhán O'Hare]]"),
    # 018
    R("factory worker", "I am from {{Lithuania|place}} and work shifts at {{Linden Foods|org}}. I live at "
      "[[fl:Apartment 6, Mill Race House]] in Drumcarn with my husband and daughter. It is old building with wooden "
      "stairs. I want the fire station close, not far. Thank you.\n[[p:Rūta Kazlauskienė]]"),
    # 019
    R("resident", plain_only(T, lambda s: s.replace(",", "")), C, "exact"),
    # 020
    R("young farmer", "Young farmers from round here all know the on-call lads, half of them are on the crew. If "
      "Ballykeel closes they will not travel to Tullyvarn for the pay they get. I live up the [[st:Crockanboy Loanen]]. Follow me on tiktok "
      "[[sh:@silagetime_shea]] and I'll show you the roads. [[p:Shea]]"),
    # 021
    R("teacher", "I teach at {{St Patrick's Primary|venue}} in Ballykeel and the crew visit every year. Father "
      "[[p:Hegarty]] opened the new station doors in 1998 and the whole parish from {{St Malachy's Church|church}} "
      "raised money for the rescue equipment. It belongs to the village."),
    # 022
    R("resident", "Agree with the merger. One new station with a full crew makes more sense than two half-crewed ones. "
      "The objectors say the review treats rural people as if we matter less. It does not, it treats us the same."),
    # 023
    R("resident", "{{Ballykeel Orange Hall|landmark}} was saved by the crew in 2011 when it was attacked, and the chapel was saved "
      "the same week. The fire service here has always been for everybody. Do not take it away.\n"
      "[[p:W. J. Gracey]] ([[p:Billy]])"),
    # 024
    R("councillor", "As a councillor for the {{Clogher Valley|place}} area I have had more letters about this than "
      "anything else this year. [[p:Roisin McGlone]] MLA and I have asked for the modelling data and have not "
      "received it.\nCllr [[p:Fionnuala Mac Aoidh]]"),
    # 025
    R("nurse", "I am a nurse at {{Craigavon Area Hospital|hosp}} and previously at {{Daisy Hill|hosp}}. Burns patients "
      "from rural areas do worse because they reach us later. Please do not add minutes to the first response. You can "
      "contact me at [[em:chiamaka.obi@example.org]].\nMrs [[p:Chiamaka Obi]]"),
    # 026
    R("resident", "This is not {{Pontypandy|char}} and the lads are not {{Fireman Sam|char}}. They are builders, "
      "farmers and shop workers who drop everything. Treat them properly."),
    # 027
    R("resident", " ".join(S[:3]) + " I live out past the quarry and even now the pump takes eight minutes. "
      "Tullyvarn is the wrong place for any station.", C, "edited"),
    # 028
    R("farmer", "We have a large dairy herd and two hundred tonnes of straw in the yard every winter. A fire here "
      "would be a disaster for the whole townland. Keep Ballykeel open.\n\n[[p:Seamus]] and [[p:Nuala Donnelly]]\n"
      "c/o [[hn:Glenview]], [[st:Altmore Road]]\nBallykeel"),
    # 029
    R("deaf resident", "I am Deaf and use {{BSL|lang}}. My vibrating smoke alarm from {{Bellman|brand}} was fitted by "
      "the Ballykeel crew, who learned to sign 'fire' and 'get out' for me. A new crew from further away would not "
      "know me."),
    # 030
    R("resident", "I don't want to lose Ballykeel either, but saying NIFRS should keep both stations, fund proper "
      "recruitment and so on is easy. Where does the money come from? Tell us the cost."),
    # 031
    R("business", "My name is [[p:Wong Ka-ming]], I run the {{Golden Dragon|org}} takeaway in Drumcarn and we live in "
      "the [[fl:flat above the takeaway]] on [[st:Main Street]]. We have deep fat fryers. I am happy the fire station "
      "is two minutes away. Please keep it there."),
    # 032
    R("retired firefighter", "I served under Station Officer [[p:Mulholland]] at Ballykeel in the eighties. We went to "
      "bombs, farm fires and crashes on the {{A4|road}}, and we were never late. [[p:Jackie Hamilton]]"),
]
