"""gritting-routes: Mearnsdale Council (fictional, Aberdeenshire) proposes to cut its priority winter
gritting network from 1,100 km to 700 km, stop treating C-class roads and school bus routes after 8pm, remove 140
grit bins and ask villages to sign up 'snow wardens' instead."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "GRT", "gritting-routes"
C = "grt-keep-the-hill-roads-open"

TPL = (
    "We live in the villages and farms of upper {{Mearnsdale|inv}}, where the hill roads are the only roads. "
    "Cutting the priority gritting network from 1,100 to 700 kilometres leaves whole glens cut off every time it snows. "
    "School buses, carers, milk tankers, the doctor and the post all use the C roads the council wants to drop. "
    "Taking away grit bins and asking volunteers to be snow wardens is not a plan, it is hoping for the best. "
    "Keep the hill roads open. "
    "We ask {{Mearnsdale Council|inv}} to keep every school bus route and every road to a care at home client on the "
    "priority list, to keep the grit bins, and to meet the community councils before the winter service plan is agreed."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Doric
    R("resident", "Fit like. The road up tae {{Auchterlair|inv}} wis shut fer fower days last {{Januar|date}} an that "
      "wis WI the gritter. Tak it awa an ye'll nae see us till {{Mairch|date}}. {{Dinna be daft|dialect}}. Even {{Postman Pat|char}} couldna get up there."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 farmer, house, vehicle
    R("farmer", "We milk 180 cows at [[hn:Mains of Kinbrachie]] and the tanker from {{Müller|orgp}} (holding [[acc:81/452/0039]]) comes every second "
      "day. If it can't get up the brae the milk goes down the drain, about {{£1,400|num}} a time. My son [[p:Calum]] "
      "drives the tractor with a blade on it for the neighbours already, [[vr:SV20 KFB]]. We'd do more if the council "
      "gave us the grit."),
    # 005 blank
    R("resident", ""),
    # 006 edited: personal paragraph
    R("carer", " ".join(S[:3]) + "\n\nI am a care at home worker and my round covers {{Glen Tanar Road|route}} and the "
      "{{Bogmuir|inv}} road. One of my clients, Mrs [[p:Gauld]], is 96 and lives alone at [[hn:Wester Craigton]]. I am the "
      "only person she sees most days. Last winter I left my car at the bottom and walked the last mile in the snow. "
      "I'd do it again but I'd rather not.\n\n" + " ".join(S[3:]) + "\n[[p:Lorna Strachan]] [[ph:07700 900 317]]", C, "edited"),
    # 007 short
    R("resident", "Fine by me, the A roads are what matter."),
    # 008 exact caps
    R("resident", each(TPL, str.upper), C, "exact"),
    # 009 community council
    R("community council", "{{Kinbrachie and Auchterlair Community Council|inv}} objects. The draft plan removes the "
      "{{B9077|road}} link to {{Banchory|place}} from the priority network and drops the {{C41|road}} school bus route "
      "entirely, and {{Transport Scotland|org}} will not take it on. We have two volunteers for snow warden from a population of 600. {{The Convener|office}} should come and "
      "drive the route in {{February|date}}."),
    # 010 ALL CAPS
    R("pensioner", "I AM 88. I HAVE A PACEMAKER. IF I NEED AN AMBULANCE IN THE SNOW HOW IS IT GETTING TO "
      "[[hn:BRAESIDE]]? MY DAUGHTER [[p:MORAG]] IN {{ABERDEEN|place}} WORRIES SICK. [[p:ALEXANDER GORDON]]"),
    # 011 parent, school, child
    R("parent", "My twins [[p:Isla]] and [[p:Rory]] get the school bus from the end of our road to [[sch:Kinbrachie "
      "Academy]]. Last year it was cancelled eleven days. That was with gritting. I can't see how dropping the route "
      "after 8pm helps, the bus goes at ten past seven in the morning and the road has frozen all night. They were born [[dob:09/10/2014]], they're ten, they "
      "can't walk three miles on ice. [[em:the.duthies@example.org]]"),
    # 012 near-miss
    R("resident", "Taking away grit bins and asking volunteers to do it is daft, aye, but be honest about the money. The council has nothing left. I'd "
      "rather pay a bit more council tax than lose the gritter."),
    # 013 Nepali ESL, shop
    R("business", "I am [[p:Pasang Sherpa]] and I run the village shop and post office in {{Auchterlair|inv}} with my "
      "wife [[p:Dawa]]. When road is closed no delivery, no bread, no milk, no newspaper, and old people cannot get "
      "pension. Please keep grit bin outside shop, many people use. Email [[em:auchterlair.shop(at)example.org]], post [[pc:AB31 4RE]]. "
      "{{Dhanyabad|lang}}."),
    # 014 edited: reworded opening and closing
    R("resident", "Like everyone else on our road I am filling this in because we are worried. " + " ".join(S[1:5]) +
      " Please don't decide this without talking to us first.", C, "edited"),
    # 015 oil delivery
    R("business", "{{Deeside Fuels|org}} deliver heating oil to around 900 homes in upper {{Mearnsdale|inv}}. None of "
      "them has mains gas. Our tankers weigh 18 tonnes and can't get up an untreated hill, {{Calor|brand}} gas lorries neither. If the C roads go, we will "
      "tell customers to fill up by {{November|date}} and we won't come after that."),
    # 016 lower case texting, teen
    R("young person", "snow days are class lol. no but actually my gran lives up at [[hn:auld schoolhoose]] in "
      "bogmuir on her own and my dad has to go up with the quad. so grit the road. - [[p:ellie]] s3 [[sh:@glen_snow_days]]"),
    # 017 edited: half template + own
    R("resident", " ".join(S[:3]) + " I live at [[st:3 Birkhill Terrace]], [[pc:ab51  3xy]], halfway up the brae, "
      "and I'm on dialysis three times a week at {{Aberdeen Royal Infirmary|hosp}}. My hospital number is "
      "[[hosp:ARI 7730144]] and my CHI is on file. If the patient transport can't get to me I miss a session. That's not "
      "an inconvenience, that's dangerous. [[p:Brian Ritchie]]", C, "edited"),
    # 018 gamekeeper, dog
    R("resident", "Ah'm the keeper on the {{Glen Dye|place}} estate. The estate grits its own road tae the lodge, so "
      "this disnae touch us. But the road past {{Balmoral|landmark}} an doon tae {{Strachan|placename}} is a different story. Ma collie {{Meg|pet}} an the spaniel {{Hamish|pet}} "
      "ken mair aboot ice than yer roads department."),
    # 019 one word
    R("resident", "Object"),
    # 020 ramble
    R("pensioner", "My late husband [[p:Sandy]] drove a gritter for {{Grampian Regional Council|org}} for twenty-six "
      "years, out of the depot at {{Inchmarlo|placename}}, and I can tell you that the men who did that work knew every "
      "bend and every hollow where the ice sits, because they'd been out at three in the morning in all weathers since "
      "they were laddies. They'd start on the school routes first, always, and then the hill roads, and the A roads "
      "were left to the big lorries because they'd clear themselves with the traffic. Now I read that the council wants "
      "to do it the other way round and leave the hill roads to volunteers. Who is going to volunteer? The young folk "
      "have all gone to {{Aberdeen|place}} or {{Australia|place}}, and the rest of us are old. I am 81 and I live at "
      "[[hn:Hillhead of Drumlaw]] on my own with two hens and a cat called {{Mrs Doubtfire|char}}. I have a {{Land "
      "Rover|brand}} but I don't drive it in the snow any more since I slid into the burn in the winter of {{2010|date}}. My "
      "neighbour [[p:Fraser McRobbie]] clears the track for me with his quad and I'm grateful, but he's 70 himself. I "
      "take tablets for my heart and for the {{Parkinson's|med}} and I need the chemist in {{Banchory|place}} every month. I know you've no money. "
      "Everybody knows that. But there are some things the council is for, and keeping the roads open in winter is "
      "one of them. [[p:Sandy]] used to say a gritter was the best friend a glen ever had. He'd be black affronted at this. "
      "[[p:Nessie McRobbie]]"),
]
