"""gaelic-nursery: Strathlinnhe Council (fictional, west Highlands) proposes to close the Gaelic-medium nursery
unit (sgoil-àraich) at Achnacraig and send its children to the Gaelic unit in Port Linnhe, 14 miles away."""
from common import R

PREFIX, CONSULTATION = "GMN", "gaelic-nursery"

ITEMS = [
    # 001 Gaelic-speaking mother
    R("parent", "{{Madainn mhath|gaelic}}. My daughter [[p:Ciorstaidh]] is three and goes to the sgoil-àraich every "
      "morning. She is the fourth generation of our family to speak Gaelic at {{Achnacraig|inv}}. If she has to go "
      "to {{Port Linnhe|inv}} it is a 28-mile round trip on the {{A861|road}} twice a day, and in winter that road "
      "closes. You are not saving money, you are closing the language."),
    # 002
    R("parent", "Close it. The numbers are tiny and the money would be better spent on the English nursery."),
    # 003 grandparent, croft house name
    R("grandparent", "I am [[p:Seonag NicIllFhinnein]] and I live at [[hn:Taigh na Creige]], the croft above the "
      "school. My own mother taught in the school when it was Gaelic only. My grandson [[p:Ruairidh]] was born "
      "[[dob:11/08/2022]] and starts nursery in {{August|date}}. {{Tha mi duilich|gaelic}}, but this is a disgrace."),
    # 004 formal: Gaelic body
    R("organisation", "Response from {{Comann nam Pàrant|org}} ({{Achnacraig|inv}}).\nThe closure would run against "
      "the council's own {{Gaelic Language Plan|law}} and the {{Gaelic Language (Scotland) Act 2005|law}}, which "
      "place a duty to promote Gaelic-medium education. Early years immersion is the single strongest predictor of "
      "fluency. We ask that the unit be kept open and that the council advertise the post of "
      "{{Gaelic early years practitioner|role}} properly, which it has not done since 2023."),
    # 005 blank
    R("parent", ""),
    # 006 English-speaking incomer parent
    R("parent", "We moved here from {{Manchester|place}} in 2021 and neither of us speaks Gaelic, but we chose the "
      "Gaelic nursery for our son [[p:Arlo]] and it's been wonderful. He now corrects my pronunciation of "
      "{{Loch Eil|place}}. We live at [[hn:Ardnish Cottage]] on the shore road. Please keep it."),
    # 007 council staff
    R("council officer", "I am writing in a personal capacity. The unit has had four children this year. The "
      "{{Head of Education|role}} has a statutory duty to consider travel, and the {{school transport|law}} "
      "budget for the extra journeys is not in the paper. The saving is smaller than stated."),
    # 008 father, crofter, phone
    R("crofter", "I'm a crofter and fish a bit. [[p:Ailean MacDhòmhnaill]], [[hn:Camas Bàn]], [[pc:PH36 4RW]]. "
      "Our two older ones went through the unit and are now fluent, [[p:Màiri]] is in P5 at "
      "[[sch:Bun-sgoil Achnacraig]]. The wee one is due next year. Phone me if you want to talk: "
      "[[ph:01632 960 447]]."),
    # 009 Short
    R("resident", "Keep it open."),
    # 010 Gaelic only
    R("parent", "{{Tha sinn airson gun cùm sibh an sgoil-àraich fosgailte|gaelic}}. Tha mo mhac [[p:Niall]] ann "
      "agus tha e toilichte. {{Mòran taing|gaelic}}. [[p:Peigi Chaimbeul]]"),
    # 011 teenager, former pupil
    R("young person", "i went to the gaelic nursery and then gaelic primary and now i'm doing higher gaelic at "
      "{{Lochaber High|venue}}. if the nursery shuts the primary unit will be next and then theres nothing. "
      "everyone always says save the language and then they cut the bit that actually works"),
    # 012 Scots-speaking granny
    R("grandparent", "Ah'm no a Gaelic speaker masel but ma grandweans are, an it's a joy tae hear them. "
      "[[p:Wee Lachie]] sings {{Fear a' Bhàta|song title}} tae the dug. Dinnae shut it."),
    # 013 Bengali-speaking parent
    R("parent", "We are from {{Bangladesh|place}}, I run the {{Spice of Lochaber|org}} restaurant. At home we speak "
      "{{Bengali|people}}, at school my daughter learn Gaelic and English. Three languages! Her teacher say children "
      "who learn two languages early learn more after. [[p:Nusrat Jahan]]. Please keep. {{Dhonnobad|lang}}."),
    # 014 staff
    R("staff", "I am one of the two practitioners, with [[p:Ealasaid]]. We have a waiting list for next year of six. The paper "
      "uses last year's numbers. Please look at the real ones."),
    # 015 farmer, DOB of child, no cue
    R("farmer", "Sheep farmer at [[hn:Glenfionn Farm]]. My son [[p:Calum Iain Mac an t-Saoir]], "
      "[[dob:03.05.2021]], would have to be on the school bus at 7.40 for Port Linnhe. Three years old. He can't "
      "fasten his own seatbelt."),
    # 016
    R("resident", "Don't."),
    # 017 community council
    R("community council", "{{Achnacraig and Ardgour Community Council|inv}} discussed the proposal at its "
      "{{February|date}} meeting. Members voted unanimously to oppose closure. The chair, [[p:Dolina Mackintosh]], "
      "will attend the council meeting. We note the {{Bòrd na Gàidhlig|org}} guidance on early years provision."),
    # 018 ALL CAPS
    R("resident", "YOU SPEND MILLIONS ON {{THE MOD|event}} ADVERTS AND SIGNS IN GAELIC AND THEN CLOSE THE ONLY "
      "NURSERY THAT ACTUALLY TEACHES IT. HYPOCRITES."),
    # 019 email of parent
    R("parent", "We have a three-year-old, [[p:Freya]], and a baby due in {{June|date}}. We bought our house "
      "on [[st:Fassfern Road]] specifically because of the Gaelic nursery. If it closes we will probably move. Our funded childcare reference is [[acc:ELC-22-04417]]. Please "
      "email me the outcome: [[em:freya.mum.glen@example.com]]. [[p:Heather Glen]]"),
    # 020 Gaelic teacher public figure (councillor)
    R("councillor", "I have written to Cllr [[p:Domhnall MacLeòid]], the {{Convener of Education|role}}, asking "
      "him to visit before any decision. As a local member I cannot support closure."),
    # 021 Portuguese
    R("parent", "Sou de {{Lisboa|place}}. My husband is from here and speaks Gaelic with our boy, I speak "
      "{{Portuguese|people}}. The nursery is where he hears Gaelic from other children not only from his father. "
      "{{Obrigada|lang}}. [[p:Inês Carvalho]]"),
    # 022 n/a
    R("resident", "no comment"),
    # 023 distances, weather, storm
    R("parent", "During {{Storm Éowyn|storm}} the A861 was shut for two days and the ferry was off. The Port Linnhe "
      "unit would have been unreachable. Our nursery is 400 metres from our door at [[st:4 Shore Row]]."),
    # 024 money argument
    R("resident", "The saving is {{£48,000|num}} a year. The council spends more than that on consultants. "
      "Find it somewhere else."),
    # 025 lower case names
    R("parent", "me and [[p:donnie]] both went there, our [[p:kenzie]] goes now. its the heart of the village. "
      "no nursery, no young families, no school, no village. simple as that"),
    # 026 retired teacher
    R("retired teacher", "I taught in the Gaelic unit at Port Linnhe for 19 years. It is full. It cannot take "
      "another eight children without another practitioner, which the paper does not fund. I would be glad to "
      "talk to the {{Education Committee|inv}}."),
    # 027 social handle
    R("parent", "We've started a petition, 900 signatures in a week. Search "
      "{{#GlèidhSgoilÀraich|slogan}} or message me on instagram, I'm [[sh:@morven_in_ardgour]]."),
    # 028
    R("parent", "I support the plan. My daughter was the only child in her year in the Gaelic unit and she "
      "had nobody to play with in Gaelic. A bigger unit at Port Linnhe would be better for her, honestly."),
]
