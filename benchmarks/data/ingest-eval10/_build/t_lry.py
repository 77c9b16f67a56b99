"""lorry-ban: Brackenshire County Council (fictional, East Midlands) proposes an experimental\n7.5 tonne weight limit, except for access and loading, on Main Street and Sheepwash Lane through the
village of Long Wrexby, sending quarry and haulage traffic round by the A6006, with cameras at both ends."""
from common import R, each, sents

PREFIX, CONSULTATION = "LRY", "lorry-ban"
C = "lry-lorries-out-of-long-wrexby"

TPL = (
    "I support {{Brackenshire County Council|inv}}'s proposal for a 7.5 tonne weight limit on {{Main Street|route}} "
    "and {{Sheepwash Lane|route}} through {{Long Wrexby|inv}}. "
    "Every day 200 heavy goods vehicles squeeze through a village that was built for carts. "
    "The pavements are less than a metre wide in places, the old walls and cottages shake, and children walk to "
    "school beside lorries. "
    "The {{A6006|road}} was built to take this traffic and it should. "
    "I ask the council to make the order permanent after the trial, and to put cameras at both ends of the "
    "village so that it is enforced. "
    "Please talk to {{Cawdell Aggregates|org}} about sending every quarry lorry by the haul road. "
    "{{Lorries out of Long Wrexby, people back in|slogan}}."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 East Midlands voice
    R("pensioner", "{{Ay up|dialect}}. About time an' all. When it's {{black over Bill's mother's|dialect}} and the "
      "road's wet the wagons spray you head to foot on the pavement. Don't let the quarry talk you out of it, "
      "{{me duck|dialect}}."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 haulier against
    R("business", "{{Hames & Daughters Haulage|orgp}} runs 14 units from {{Frisby Stoke|inv}}. The {{A6006|road}} "
      "adds nine miles each way, about {{£41,000|num}} a year. We'd accept a limit from 7pm to 7am and on "
      "{{Sundays|date}}, not a total ban.\n[[p:Carl Hames]], {{Transport Manager|role}}, [[ph:(0116) 496 0391]]"),
    # 005 Polish tipper driver
    R("HGV driver", "I am driver of tipper for {{Cawdell Aggregates|org}} nine years. The sat nav in the lorry send "
      "us by {{Long Wrexby|inv}} because it is shortest, the company tell us use the {{A6006|road}} but when it is "
      "close for works we have no choice. Please make good signs before the village, not only at the junction, in "
      "{{Poland|place}} they put the sign 2 km before. Also the bend by {{St Wystan's|church}} is very tight, two "
      "lorries cannot pass, my lorry [[vr:FN19 KXD]] have the mirror broken there in {{January|date}}. I am not "
      "against the people, I have children also. {{Pozdrawiam|lang}}, [[p:Tomasz Wróbel]]"),
    # 006 edited: personal paragraph
    R("resident", " ".join(S[:3]) + "\n\nMy mum, [[p:Dorothy Pickering]], is 88 and lives at [[st:3 Pinfold Row]], "
      "[[pc:LE14 2WD]], on the corner where the lorries swing out. In {{March|date}} a tipper, [[vr:PO17 HKV]], took "
      "the guttering off her front wall and never stopped. She has {{macular degeneration|med}} and daren't cross to "
      "the {{Co-op|org}} on her own any more. The police took her NHS number, [[nhs:999-750-6448]], and that's "
      "the last we heard.\n\n" + " ".join(S[3:]) + "\n[[p:Janet Pickering-Hall]]", C, "edited"),
    # 007 teenager, lower case
    R("young person", "the lorrys start at 5 in the morning and i live on [[st:sheepwash lane]] so i literally wake "
      "up at 5 every day lol. my mate [[p:kacey]] nearly got hit on her bike outside the chippy. i film them for my "
      "{{tiktok|brand}} [[sh:wrexby.lorry.watch]], like 40 vids. ban them pls"),
    # 008 farmer asking about access
    R("farmer", "Clarification needed on 'except for access'. I farm [[hn:Glebe Farm]] (holding number "
      "[[acc:31/442/0087]]), a mile out on the {{B5324|road}}, and at harvest the grain goes out on artics to "
      "{{Wrexby Mill|landmark}}. If that's access, fine. If my haulier gets a camera ticket every load, I'll be "
      "back.\n[[p:R. J. Tomlinson]]"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 parish council, numbered
    R("parish council", "Response of {{Long Wrexby Parish Council|inv}}\n"
      "1. The Council supports the experimental order and resolved to say so at its meeting on {{12 May|date}}.\n"
      "2. Weight limits are enforced by {{Trading Standards|org}}, who cannot be here every day. The Council asks "
      "for number-plate cameras at both ends of the village from the first day of the trial.\n"
      "3. The diversion sends traffic past the primary school in {{Great Dalbury|inv}}. The Council asks for a "
      "20mph limit there.\n"
      "4. The Council asks that {{the Cabinet Member for Highways|office}} meets residents before any permanent "
      "order is made under the {{Road Traffic Regulation Act 1984|law}}.\n"
      "5. Buses, bin lorries and farm traffic must be exempt.\n"
      "Our ward member, Cllr [[p:Nev Oakley]], attended the meeting and supports points 1 to 5.\n"
      "{{Clerk to the Council|role}}, Mrs [[p:J. Ashworth]]"),
    # 011 Romanian home carer
    R("care worker", "I work like home carer for {{Bluebird Care|org}}, I walk between clients. Near the "
      "{{Marquis of Granby|orgp}} when the lorry come I must stand in a doorway. One client, Mr [[p:Fairbrother]], "
      "94, is now afraid to go out. Please do the ban. {{Cu stimă|lang}}, [[p:Florentina Cazacu]]"),
    # 012 edited: reworded opening and closing
    R("resident", "I've lived in the end cottage on [[st:Sheepwash Lane]] for 31 years and I have never once written "
      "to the council about anything. " + " ".join(S[1:-1]) + " Please, for once, just get on and do it.", C, "edited"),
    # 013 near-miss
    R("HGV driver", "'The {{A6006|road}} was built to take this traffic', they keep saying. Have they driven it? "
      "There's a level crossing at {{Asfordby|place}} that's down ten minutes in every hour. Send us that way and "
      "{{Frisby Stoke|inv}} will be writing in next year."),
    # 014 blank
    R("resident", ""),
    # 015 pub landlady
    R("business", "We run the {{Marquis of Granby|orgp}} on the green. Our {{Everards|orgp}} dray comes on "
      "{{Tuesdays|date}}, so as long as deliveries are allowed I'm all for it. Nobody can hear themselves think in "
      "the beer garden when the tippers go by, and our tenant upstairs, [[p:Dean]], works nights and gets no "
      "sleep. Questions to [[em:marquis.bev at example dot com]].\n"
      "{{landlady|role}}, licence [[acc:BCC/PL/01187]]"),
    # 016 disabled resident with PA
    R("disabled person", "I use a mobility scooter because of {{Charcot-Marie-Tooth disease|med}}. From "
      "[[fl:Flat 2, The Old Bakehouse]] to the surgery is 300 yards along {{Main Street|route}}, and twice the "
      "pavement is narrower than my scooter, so I go in the road with lorries behind me. My PA, [[p:Shanice]], "
      "walks beside me to make them wait. Last {{November|date}} a wing mirror caught my shoulder and I ended up at "
      "{{Leicester Royal Infirmary|hosp}} (hospital number [[hosp:LRI 2207741]], NHS number [[nhs:999 805 4664]], "
      "if anyone wants to check). Yes to the limit.\n[[p:Martin Kyte]], [[em:martin.kyte@example.org]]"),
    # 017 edited: half the template plus own text
    R("parent", " ".join(S[:4]) + " My son [[p:Alfie-Jay]] is in Year 4 at [[sch:St Wystan's Primary]] and walks "
      "there with his nan. Last {{Friday|date}} a wagon mounted the kerb to get past the bus. He's 8. That's all I "
      "want to say.\n[[p:Kerry-Ann Wheatley]]", C, "edited"),
    # 018 long ramble
    R("pensioner", "I'll try to keep this short but my granddaughter says I never do. I was born [[dob:14 June 1939]] "
      "in the room above what is now the hairdresser's, and apart from two years' {{National Service|law}} in "
      "{{Cyprus|place}} I have lived in {{Long Wrexby|inv}} all my life. My late wife [[p:Margery]] and I had "
      "[[hn:Wheelwright's Cottage]] for fifty-one years. When I was a lad the only lorry through here was the coal "
      "lorry on a {{Thursday|date}}, and old [[p:Walter Tebbutt]] drove it at walking pace because the horse trough "
      "was still on the corner. Now I count them from my front window, and one {{Wednesday|date}} in "
      "{{October|date}} I got to 212 before teatime. The cottage was built in about {{1780|num}} with no footings "
      "to speak of, and there is a crack in the gable end you could post a letter through. The man from the "
      "insurance says it's 'vibration-related', which I could have told him for nothing (claim [[acc:HX-558210-C]], still open). I'm not against the "
      "quarry. My father worked there, and my grandson [[p:Kieran]] drove for {{Cawdell Aggregates|org}} before he "
      "joined the {{Royal Anglian Regiment|org}}. They've always been decent when you ring them. But the lorries "
      "have doubled since they opened the new face, and the drivers are on the clock and they don't know the "
      "village like [[p:Walter]] did. I walk the dog, {{Winston|pet}}, to {{St Wystan's|church}} and back every "
      "morning, and I have to stand in Mrs [[p:Cheetham]]'s gateway three or four times on the way. At 85 I'm not "
      "as quick into a gateway as I was. So yes, put the limit on, make it permanent, and put the cameras up. And "
      "if somebody from {{the County Council|org}} wants to come and look at the crack in my wall, the kettle's "
      "always on. Ring [[ph:0116 496 0872]].\n[[p:Ted Bramley]]"),
    # 019 Punjabi shopkeeper
    R("business", "I own {{Wrexby Stores and Post Office|org}} since 2009 and we live in [[fl:Flat A]] above it. "
      "My {{Booker|org}} delivery comes in a 12 tonne lorry every {{Monday|date}}; if the ban stops it, I cannot "
      "open. Please write 'except for loading' clearly. My son [[p:Gurpreet]] ([[p:Preet]]) takes shopping to old "
      "people in our van [[vr:BF66 RZA]]. We close only for {{Vaisakhi|event}}.\n[[p:Harjit Singh Bains]]"),
    # 020 capitals rant
    R("HGV driver", "THIS IS A FEW INCOMERS IN BARN CONVERSIONS WHO WANT A CHOCOLATE BOX VILLAGE. THE QUARRY WAS "
      "HERE BEFORE ANY OF THEM. WHERE DO THEY THINK THE STONE FOR THEIR PATIOS COMES FROM. 30 YEARS DRIVING AND "
      "NEVER HIT ANYBODY, CHECK MY WAGON [[vr:AE19 KLM]] IF YOU LIKE. "
      "{{NO TO THE BAN|slogan}}.\n[[p:GARY NUTTALL]], [[st:14 CROFT AVENUE]], [[pc:LE14 3JP]]"),
]
