"""pspo: a Public Spaces Protection Order for the town centre and promenade of the fictional seaside town of
Skelmouth (Skelmouth Borough Council, north-east England): street drinking, begging and skateboarding."""
from common import R

CONSULTATION = "pspo"
PREFIX = "PSP"

ITEMS = [
    # 001
    R("business",
      "I have run the newsagent on {{Fore Street|route}} for 22 years. Most mornings there is broken glass and "
      "cans of {{Frosty Jack's|brand}} in my doorway. I support the alcohol part of the order. I do not support "
      "fining people for sitting on a bench. Some of the lads who drink round the back of the {{Winter Gardens|landmark}} "
      "are ex-forces and need help, not a £100 ticket."),
    # 002
    R("resident", "Support."),
    # 003 skater, text speak
    R("young person",
      "pls dont ban skating on the prom. theres literally nowhere else to go, the skatepark at {{Carr Hill Rec|landmark}} "
      "has been shut since {{Storm Arwen|storm}} wrecked the ramps. me and [[p:jayden]] and [[p:tommo]] film stuff for "
      "our insta [[sh:@skelmouth_shred]] and we dont hurt anybody. if u ban us well just be in the bus station instead"),
    # 004
    R("resident", ""),
    # 005 Geordie older man
    R("resident",
      "{{Howay man|dialect}}, this is a sledgehammer to crack a nut. I've walked me dog {{Bobby|pet}} along {{Marine Parade|route}} "
      "every morning for forty year and the worst I've seen is a few young 'uns on boards. The real bother is the "
      "stag dos off the {{Metro|org}} on a Saturday, and you'll not stop them with a sign. Put a couple of "
      "{{PCSOs|role}} back on the front and save the ink."),
    # 006 homelessness charity
    R("organisation",
      "{{Harbour Light Trust|inv}} works with about 60 people a year who sleep rough or in temporary beds in "
      "{{Skelmouth|inv}}. We oppose the begging clause. The {{Anti-social Behaviour, Crime and Policing Act 2014|law}} "
      "allows an order only where the activity has a detrimental effect of a persistent nature; passive begging "
      "does not meet that test, and the Home Office statutory guidance says orders should not target people "
      "simply because they are homeless. A fine cannot be paid by somebody with nothing. We ask the council to "
      "remove the begging clause and fund the outreach worker post that was cut in 2023.\n"
      "{{Chief Executive|role}}, Harbour Light Trust"),
    # 007 CAPS rant
    R("resident",
      "ABOUT TIME. I AM SICK OF BEING ASKED FOR 50P EVERY TEN YARDS OUTSIDE {{GREGGS|brand}}. MY GRANDDAUGHTER "
      "[[p:CHANTELLE]] IS FRIGHTENED TO WALK THROUGH {{HARBOUR SQUARE|route}}. BAN THE LOT OF IT."),
    # 008 man who begs
    R("person with lived experience",
      "I sit outside the {{Co-op|org}} some days. My name is [[p:Darren Pybus]]. I got sanctioned on my "
      "{{Universal Credit|law}} in January and I have been sleeping in a tent since the hostel on "
      "{{Church Street|route}} shut. I dont ask anyone, I just sit. If I get a fine what am I meant to do with it. "
      "The worker at Harbour Light, [[p:Shaz]], has been trying to get me a flat. My NI number is "
      "[[ni:QQ 47 20 85 C]] if that helps anybody sort my money out."),
    # 009 Kurdish barber
    R("business",
      "I have barber shop on {{Fore Street|route}}, near the clock. I am {{Kurdish|natl}} from {{Erbil|place}}. "
      "Young people on skateboard is not problem, they are good boys, sometimes they come for haircut. Problem "
      "is drinking people at night, they shout, one time they break my window. I agree for drinking, not for "
      "skateboard. {{Spas|lang}}."),
    # 010 parent of skater
    R("parent",
      "My son [[p:Callum]] is 14 and at [[sch:Skelmouth Academy]]. He skates on the prom because it's flat, lit and "
      "I can see him from our flat, [[fl:Flat 6, Gull Court]]. If you fine 14 year olds for skating you're "
      "criminalising the only active thing he does. Build a proper park and he'll go there."),
    # 011
    R("resident", "No to the begging clause. Yes to the rest."),
    # 012 Lithuanian hotel worker
    R("business",
      "I work reception in {{The Grand Marine Hotel|org}} from 2017, I am from {{Klaipėda|place}} in "
      "{{Lithuania|place}}, also seaside town. Guests complain about drinking groups on the steps every weekend "
      "in summer, they are loud until 3am. I think the order is good, but please also more toilets on the front. "
      "{{Ačiū|lang}}."),
    # 013 Mackem
    R("resident",
      "Am a {{Sunderland|place}} lad originally, {{SAFC|team}} till I die, moved here for the quiet. {{Divvent|dialect}} see what a PSPO does that the "
      "police cannot do already. Last time somebody smashed the wing mirror of me van, [[vr:NK19 WZD]], right "
      "outside the house on [[st:Coble Lane]], I rang 101 and nobody came. Signs will not change that."),
    # 014
    R("resident", "Waste of money."),
    # 015 police
    R("organisation",
      "{{Northumbria Police|org}}: the {{Neighbourhood Inspector|role}} for the coastal area supports the alcohol and "
      "antisocial behaviour clauses. The power to require a person to surrender alcohol is useful at the "
      "{{Skelmouth Regatta|event}} and on bank holidays. We do not seek powers in relation to begging and would "
      "use any such power only as a last resort, with referral to outreach."),
    # 016 older woman, long
    R("resident",
      "I am 81 and I use a walking frame. Last August a lad came past me on the prom on one of those boards and "
      "clipped the frame and I went down. I broke my wrist and was in {{James Cook|hosp}} for two nights, my "
      "hospital number is [[hosp:JCU 6613904]] if you want it. He did stop, I'll give him that, he rang the ambulance. "
      "I don't want him in court but I would like the prom to be safe for us old ones. Could you not have a "
      "lane for them? My daughter [[p:Glenys]] says this is the place to say it.\n"
      "[[p:Nora Tweddle]], [[st:14 Albion Terrace]], [[pc:TS25 9QH]]"),
    # 017 street pastor / church
    R("faith group",
      "{{Skelmouth Street Pastors|inv}} go out from {{St Hilda's Church|saint}} on Friday and Saturday nights. "
      "We give out flip flops and water; we don't see that a fine helps anyone. Most of the street drinkers we "
      "talk to are known to services already. Talk to them, not at them."),
    # 018 bar owner
    R("business",
      "The order would stop people drinking on the beach with a takeaway pint. That will hit every bar on the "
      "front that sells plastic glasses in summer, including ours, {{The Jolly Fisherman|org}}. Make it apply after "
      "9pm, not all day."),
    # 019 Somali taxi driver
    R("taxi driver",
      "I drive taxi in {{Skelmouth|inv}} six years, my car is [[vr:nx21 kfo]]. Friday night people drink on {{Marine Parade|route}} "
      "then fight at the rank, they damage my car two times. I support this order. Also skateboard is no problem for "
      "me. {{Mahadsanid|lang}}. [[p:Abdirahman]]"),
    # 020 youth worker
    R("youth worker",
      "I run the detached youth work on Friday nights. The skaters are the easiest group we work with: they're "
      "sober, they look after each other and they pick up their own litter. One of them, [[p:Kacper]], is "
      "now a volunteer coach; the little ones call him [[p:Kaz]]. If the order goes ahead please make skating an exception outside of the "
      "{{Harbour Square|route}} market hours."),
    # 021 email + phone
    R("resident",
      "I would like to be kept informed about the final decision. I live in the area covered by the order. "
      "Email [[em:mo.hetherington@example.net]] or phone [[ph:0191 498 0633]]."),
    # 022 Scots visitor
    R("visitor",
      "We come doon fae {{Edinburgh|place}} every summer wi' the caravan. Never had any bother fae anybody on the "
      "prom, beggars or bairns on boards. {{It's a bonnie wee toon|scots}}. Dinnae turn it intae a toon fu' o' signs."),
    # 023 arcade owner, pub named after a person
    R("business",
      "We run {{Pickering's Amusements|orgp}} on the front. The order needs a map that shows exactly which streets "
      "are covered. The draft map stops halfway along {{Fore Street|route}} and leaves out the alley behind "
      "{{Lord Collingwood|orgp}} where most of the drinking goes on. Sort the map out."),
    # 024 skater teen again, lower case, signature
    R("young person",
      "skating is not a crime and were not {{bart simpson|char}}. we asked the council for a skatepark in 2022 and got a petition of 600 names and "
      "heard nothing. now this. \n[[p:ellie-may]] (15)"),
    # 025 resident on the front, flat
    R("resident",
      "I live right on the front, [[fl:flat 3, Promenade Mansions]], and the noise from drinkers on the benches "
      "under my window goes on until 2 or 3. I have reported it twelve times. I support the order for alcohol. "
      "Email is [[em:b.gowland at example dot com]]."),
    # 026 Arabic-speaking student
    R("student",
      "I am a student from {{Jordan|place}} at {{Teesside University|org}} and I live in {{Skelmouth|inv}} because it is "
      "cheaper. The order must not be used to move on people who look different. Last month a man shouted at me "
      "and my friend [[p:Yousef]] near the station and the police took 40 minutes. Protect all people please. "
      "{{Shukran|lang}}."),
    # 027 short
    R("resident", "Ban the bikes on the prom too, they're worse than the boards."),
]
