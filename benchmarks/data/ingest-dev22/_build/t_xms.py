"""christmas-lights: Skelbrough Town Council (fictional, a Pennine mill town in West Yorkshire) proposes to
cut its Christmas lights and market budget from £48,000 to £19,500: lights on Market Street only, no
switch-on evening, and the Christmas market cut from forty stalls over three weekends to fifteen on one,
with the pitch fee up from £65 to £140."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "XMS", "christmas-lights"
C = "xms-light-up-skelbrough"

TPL = (
    "I am writing to object to {{Skelbrough Town Council|inv}}'s plan to cut the Christmas lights and market "
    "budget by more than half. "
    "The switch-on evening and the Christmas market bring thousands of people into the town centre, and for many "
    "small shops they are the best trading days of the year. "
    "Lighting only {{Market Street|route}} will leave the rest of the town in the dark and tell visitors that it "
    "does not matter. "
    "More than doubling the pitch fee will drive away the local makers who make our market different from every "
    "other. "
    "{{Light up Skelbrough|slogan}}. "
    "I ask the council to keep the switch-on, keep all forty stalls and find the savings somewhere else. "
    "Christmas is when a small town shows it is still alive."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Yorkshire dialect
    R("resident", "{{Ey up|dialect}}. Nowt wrong wi' cutting it. Lights are grand but {{£48,000|num}} is daft "
      "money for a town this size when {{Halifax Road|route}} is more pothole than road."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Lithuanian amber maker: name, pitch number, email, phone
    R("market trader", "Hello, my name is [[p:Rūta Kazlauskienė]], I make amber jewellery and I have stall on the "
      "Christmas market five years. In {{Vilnius|place}} we have the big {{Kaziuko mugė|event}} fair, everybody "
      "come. If pitch is {{£140|num}} I cannot come, my profit on one weekend is maybe {{£300|num}}. My pitch "
      "number [[acc:SKM-P/0331]]. Contact [[em:ruta.amber@example.net]], [[ph:07700 900 418]]. {{Ačiū|lang}}."),
    # 005 blank
    R("resident", ""),
    # 006 edited: personal paragraph (pie van, husband, home street, van registration)
    R("market trader", " ".join(S[:3]) + "\n\nWe have run the pie and peas van on the market for eleven years. My "
      "husband [[p:Gary]] does the driving and I do the cooking at home on [[st:Hebble Row]], and the van "
      "([[vr:YJ68 PKE]]) is on {{Market Street|route}} every {{Saturday|date}} in {{December|date}}. At {{£140|num}} a "
      "pitch we would take home less than we did when we started.\n\n" + " ".join(S[3:]), C, "edited"),
    # 007 teenager, lower case
    R("young person", "the switch on is literally the only thing that happens in {{skelbrough|inv}} lol. me n my best "
      "mate [[p:keeley]] go every year n watch {{santa|char}} n {{rudolph|char}} come down on the fire engine. dont cancel it pls "
      "theres nothing else to do round here"),
    # 008 brass band, formal numbered
    R("organisation", "Response of {{Skelbrough Mills Band|club}}\n1. The band has played at the switch-on every "
      "year since {{1977|num}}. We play for free and collect for {{Forget Me Not Children's Hospice|org}} on the "
      "night.\n2. Cancelling the switch-on would also end our carol concert on {{Market Street|route}}, which raised "
      "{{£2,340|num}} last year.\n3. Bands such as {{Black Dyke Band|club}} and {{Brighouse and Rastrick Band|club}} "
      "grew up in mill towns like ours. Evenings like this are how young players start.\n4. We would accept a "
      "shorter evening and lights on fewer streets, but not the loss of the switch-on.\n[[p:Jean Sutcliffe]], "
      "{{Hon. Secretary|role}}\n[[ph:01632 960 584]]"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 pensioner, short
    R("pensioner", "Cut it. Council tax is high enough and I never go in town after dark anyway. My carer "
      "[[p:Precious]] takes me to see the lights in {{Morley|placename}} if I want to see some."),
    # 011 edited: reworded first-person opening and closing
    R("resident", "I was born and bred in this town and I'm putting my own name to this because I agree with all of "
      "it. " + " ".join(S[1:-1]) + " I'll be at the switch-on with my grandchildren whatever you decide, but I'd "
      "like there to be one.\n[[p:Lorraine Greenwood]]", C, "edited"),
    # 012 carer: son with Angelman syndrome, house name
    R("carer", "My son [[p:Kieran]] is 9 and has {{Angelman syndrome|med}}. The switch-on is too loud for him, but "
      "last year the market did a quiet hour on the {{Sunday|date}} morning and he met {{Father Christmas|char}} "
      "for the first time. It meant the world. We live up at [[hn:Laithe Cottage]] on [[st:Moor End Lane]], and "
      "it is our one trip into town in {{December|date}}. Please keep the quiet hour.\n[[p:Nicola Whiteley]]"),
    # 013 near-miss: reuses a template phrase
    R("business", "People keep telling me the switch-on and the Christmas market bring thousands of people into the "
      "town centre. I run the cafe on {{Northgate|route}}, and on switch-on night I sold eleven teas because "
      "everybody was up on {{Market Street|route}} watching the fireworks. Spend the money on a proper "
      "{{Small Business Saturday|event}} instead."),
    # 014 exact, one sentence per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
    # 015 Hungarian care worker
    R("care worker", "I am from {{Hungary|place}} and I work in care home here. Every year I take the residents in "
      "wheelchair to see the lights on {{Bridge Street|route}}. One resident, Mr [[p:Ellis]], was a bandsman "
      "and he cries when he hears the carols. {{Market Street|route}} is up the hill, too steep "
      "for wheelchair. I know small town cannot be like {{Budapest|place}} at {{Vörösmarty tér|landmark}}, but a "
      "little bit of lights please. {{Boldog karácsonyt|lang}}! [[p:Zsófia]]"),
    # 016 butcher: firm named after the family
    R("business", "We've been on {{Towngate|route}} since {{1921|num}}, {{Haigh & Daughters|orgp}}, four "
      "generations. {{December|date}} is a third of our year. When the lights went off on {{Northgate|route}} in "
      "the {{Covid|med}} winter our takings dropped by a quarter. Don't do it.\n[[p:Tom Haigh]]"),
    # 017 edited: part of the template plus own text, social handle
    R("market trader", " ".join(S[1:5]) + " I make decorations out of old mill bobbins and sell them on the market "
      "and online as [[sh:@bobbin_and_bauble]]. Last year I took {{£900|num}} over the three weekends. One weekend "
      "won't cover the fee, the gazebo and the petrol.", C, "edited"),
    # 018 town councillor
    R("councillor", "I will reluctantly support a smaller scheme. Our precept rose by {{9%|num}} last year and the "
      "lights contract with {{Brightwire Illuminations Ltd|org}} has gone up by a third. I have asked "
      "{{the Town Clerk|role}} to seek sponsorship from {{Morrisons|orgp}} before anything is cut.\nCllr [[p:Shabnam Akhtar]], "
      "{{Skelbrough Central ward|inv}}"),
    # 019 capitals, address
    R("resident", "KEEP THE LIGHTS ON {{BRIDGE STREET|route}} AND {{NORTHGATE|route}}. WE PAY OUR PRECEPT SAME AS "
      "{{MARKET STREET|route}} DOES. IF YOU CAN FIND {{£30,000|num}} FOR A NEW LOGO YOU CAN FIND IT FOR THE "
      "LIGHTS.\n[[p:DAVE HOLROYD]]\n[[st:14 CHAPEL FOLD]]\n[[pc:HX7 4RN]]"),
    # 020 long ramble: widow in sheltered flat, granddaughter, school, phone, date of birth
    R("pensioner", "I have been to every switch-on since {{1962|num}} except the year I had my hip done, so I think "
      "I have earned my say. I was born on [[dob:12 December 1938]], two weeks before Christmas, so the lights have "
      "always felt like mine. When I was a girl they went up from the {{Co-op|org}} right down to the bridge, and "
      "the mill let the women off early so they could take the children. My late husband [[p:Clifford]] used to "
      "help the council's electricians put the bulbs up, in the days when they let people do that sort of thing, "
      "and he would stand at the top of a ladder on {{Bridge Street|route}} in his flat cap with a bulb in his "
      "mouth. I know times are different. I know the council has no money and the lights cost more than they used "
      "to. But I live on my own now in [[fl:Flat 14, Ackroyd House]], the sheltered flats behind the "
      "{{Methodist chapel|church}}, and from my window I can see the lights on {{Northgate|route}}. If they only "
      "light {{Market Street|route}} I will not see any at all, because that is round the corner and up the hill. "
      "My granddaughter [[p:Paige]] is in Year 4 at [[sch:Stoneycroft J&I]] and this year her class is singing at "
      "the switch-on for the first time. She rings me every night to sing me a bit of it down the phone. If you "
      "cancel it you will have to tell her, because I am not going to. I do not want a big fuss. I would be happy "
      "with fewer stalls, and I do not care about the fireworks, they frighten the dogs anyway. But please keep the "
      "switch-on and please keep the lights on {{Northgate|route}}, where the old people live. You can ring me on "
      "[[ph:01632 960 219]] if you want to, I am in most days except {{Thursdays|date}} when I go to the luncheon "
      "club.\n[[p:Doreen Sunderland]]"),
]
