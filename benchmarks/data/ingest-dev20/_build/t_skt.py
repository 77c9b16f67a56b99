"""skate-park: Brindlecross Metropolitan Borough Council (fictional, West Midlands, on the Birmingham side of the
Black Country) asks where a new £420,000 concrete skate park should go. Option A: Millpool Park, beside the lake,
the bowling green and the cafe, floodlit until 9pm. Option B: the overflow car park behind Brindlecross Leisure
Centre. Either way the old steel ramps at Tanyard Rec come out. Brummie voices, skaters, parents, a bowls club."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "SKT", "skate-park"
C = "skt-build-it-at-millpool"

TPL = (
    "We are skaters, BMX riders, scooter kids and parents from across {{Brindlecross|inv}}, and we support "
    "{{Option A|own}}: a proper concrete skate park at {{Millpool Park|own}}. "
    "The old ramps at {{Tanyard Rec|own}} are rusty, slippery when wet and too small for anyone over twelve. "
    "Young people in this borough have nowhere free to go after school, and a skate park is one of the few "
    "places where teenagers from every background mix without spending money. "
    "{{Option B|own}}, behind the leisure centre, is a car park with no toilets, no bus stop and nobody walking "
    "past. "
    "Millpool is busy, overlooked and easy to reach by bus. "
    "Please build it with a beginners' area, lights until {{9pm|num}} and proper bins, and let local skaters help "
    "design it. "
    "Build it at Millpool."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n").replace(": ", ":\n")


ITEMS = [
    # 001 template
    R("young person", TPL, C, "template"),
    # 002 Brummie pensioner whose garden backs onto the park
    R("pensioner", "{{Ow am ya|dialect}}. I'm 79 and I live on [[st:Pool Meadow Close]], the gardens back onto "
      "{{Millpool Park|own}}. I've nothing against the kids, bab, but you'm putting a concrete bowl thirty yards "
      "from my bedroom with lights on till {{nine o'clock|num}}. There's already a black BMW, [[vr:BJ21 OXL]], "
      "revving by the lake every night. Put it behind the leisure centre. {{Tara-a-bit|dialect}}."),
    # 003 exact, lower case
    R("young person", each(TPL, str.lower), C, "exact"),
    # 004 Mirpuri father
    R("parent", "{{Assalamu alaikum|lang}}. I am [[p:Tariq Mahmood]], [[fl:flat 12, Corporation House]], family from "
      "{{Mirpur|place}}. My sons [[p:Zain]] and [[p:Hamza]] go on scooters every evening after mosque and all day at {{Eid|event}}. At "
      "{{Tanyard Rec|own}} older boys are smoking and the ramp have big hole, last month [[p:Zain]] cut his leg bad. "
      "Millpool is better, more families. {{Shukriya|lang}}."),
    # 005 blank
    R("resident", ""),
    # 006 edited: added personal paragraph, phone, signature
    R("parent", " ".join(S[:3]) + "\n\nMy son [[p:Reuben]] is 14 and autistic. He doesn't do football or youth "
      "club, too loud, too many rules, but he will skate at {{Tanyard|own}} for three hours and come home calm and talking. "
      "The older skaters look out for him. If anyone at the council wants to know what that is worth, ring me on "
      "[[ph:0121 496 0738]].\n\n" + " ".join(S[3:]) + "\n[[p:Nicola Bradbury]]", C, "edited"),
    # 007 lower-case teenager; the handle contains the site's name
    R("young person", "skatepark at {{millpool|own}} is well needed. me n my mate [[p:tyreese]] go tanyard every "
      "day after school but the half pipe is bent and u get splinters off the ramps lol. also the older lot nick ur "
      "board. millpool has the cafe and toilets. put a mini ramp in for the little uns. check our clips "
      "[[sh:@tanyard_rollers]]"),
    # 008 near-miss: reuses the Option B sentence opening to argue the other way
    R("resident", "{{Option B|own}}, behind the leisure centre, is where it should go. It's a car park off {{Dudley Road|route}} "
      "nobody uses after six and nobody lives next to it. Lights, a camera and the bus stop moved fifty yards would sort "
      "it. Don't put it in the one quiet park we've got left."),
    # 009 exact, capitals
    R("young person", each(TPL, str.upper), C, "exact"),
    # 010 bowls club, numbered
    R("organisation", "Response of {{Millpool Park Bowling Club|club}}.\n"
      "1. The club has played on the green by the lake since {{1927|num}} and has 64 members, most of them over 70.\n"
      "2. {{Option A|own}} puts the bowl about 40 metres from our green. We ask for a planted bank and a fence "
      "between the two, as {{Sport England|org}} guidance suggests.\n"
      "3. We ask that the floodlights go off at {{8pm|num}} on our match nights ({{Tuesdays|date}} and "
      "{{Thursdays|date}}, {{May|date}} to {{September|date}}).\n"
      "4. We are not against the young people. Our {{Club Captain|role}} has offered to run a try-bowls evening for "
      "them.\n[[p:Derek Hollis]], {{Hon. Secretary|role}}"),
    # 011 Yoruba-speaking mother; full name, short name, obfuscated email
    R("parent", "Good afternoon. I am Mrs [[p:Folasade Adeyemi]], a nurse at {{Heartlands Hospital|hosp}}. My "
      "daughter [[p:Oluwatobiloba]], we call her [[p:Tobi]], is 12, in Year 7 at [[sch:Brindlecross Academy]], and the only girl in her skate "
      "group. At {{Tanyard Rec|own}} there is no light and no toilet. Millpool is safer for girls. {{E se|lang}}. "
      "[[em:folasade.adeyemi at example dot org]]"),
    # 012 injured son: DOB, hospital number, NHS number
    R("parent", "My son [[p:Kai Brennan]] ([[dob:14/06/2011]]) came off the quarter pipe at {{Tanyard Rec|own}} in "
      "{{February|date}} when his wheel caught the gap between two steel sheets. Broken wrist, two nights in "
      "{{Birmingham Children's Hospital|hosp}}, hospital number [[hosp:BCH 3318420]], NHS number "
      "[[nhs:999 568 2915]] if anyone wants to check I'm not making it up. I reported that gap in "
      "{{October|date}} (ref [[acc:BMBC/PK/22917]]). Nobody came. Shut {{Tanyard|own}} now."),
    # 013 edited: reworded opening and closing, youth worker signs
    R("youth worker", "I'm writing as a youth worker at {{Hollybank Youth Hub|org}} and as someone who skated "
      "{{Tanyard Rec|own}} the summer it opened. " + " ".join(S[2:6]) + " Give these kids something that will last "
      "as long as the old ramps did, and put a water fountain in while you're at it.\n[[p:Marcus Ojo]]", C,
      "edited"),
    # 014 one word
    R("resident", "Yes"),
    # 015 councillor named; offices without names
    R("resident", "I'm at [[st:14 Foundry Walk]], [[pc:b64  8ld]]. At the drop-in at the library Cllr [[p:Pete Grainger]] told us {{Option B|own}} was 'never really "
      "on the table'. If so, why is it in the consultation? {{Our ward councillor|office}} should be straight with "
      "people. I'd back {{Millpool|own}} if the gates were locked at dusk and {{the Cabinet Member for Leisure|office}} put "
      "that in writing."),
    # 016 skate shop owner, nickname, brands
    R("business", "I run {{Concrete Wave|org}} on {{Lichfield Road|route}}, the only skate shop in the borough. "
      "Every {{Saturday|date}} I sell boards to kids who then have nowhere decent to ride them. People drive from "
      "{{Wolverhampton|place}} to ride {{Cannock|place}}'s. We'd sponsor a jam day and try to get {{Vans|brand}} or "
      "{{Red Bull|brand}} on board. [[p:Dean Whitlock]] (everyone calls me [[p:Deano]]), [[ph:07700 900 318]], "
      "[[em:concretewave.deano@example.com]]"),
    # 017 edited: two template sentences plus own text; granddaughter whose name is a place; school; house name
    R("grandparent", "I'm a grandad, not a skater, but I take my granddaughter [[p:Skye]] down every {{Sunday|date}}. " + S[1]
      + " " + S[2] + " She's nine and fearless on it, and half her class from [[sch:St Chad's Catholic Primary]] "
      "come along too. " + S[5] + " And a couple of benches for us old 'uns.\n[[p:Ray Tolley]], "
      "[[hn:The Old Forge]], [[st:Hatherton Lane]], [[pc:B64 9TW]]", C, "edited"),
    # 018 WCMX rider with spina bifida, PA named, Instagram handle
    R("disabled person", "I'm 19, I have {{spina bifida|med}} and I ride WCMX, which is skating in a wheelchair. "
      "The nearest place I can practise is {{Bristol|place}}, if my PA, [[p:Jodie]], drives me. Please make "
      "Millpool accessible: a flat approach, a gentle bank, no steps to the toilets. Ask {{Skateboard GB|org}}. I'd "
      "happily test it. I'm "
      "[[sh:@wheelz.on.concrete]] on insta."),
    # 019 exact, one sentence per line
    R("young person", plain_only(TPL, one_per_line), C, "exact"),
    # 020 capitals, a boy racer's car
    R("resident", "NOT BEHIND THE LEISURE CENTRE. THAT CAR PARK IS WHERE THE BOY RACERS GO, A SILVER GOLF "
      "[[vr:BX19 KTO]] DOES DOUGHNUTS IN IT EVERY {{FRIDAY|date}} NIGHT. NO PARENT WILL LET THEIR KID GO THERE. "
      "{{MILLPOOL PARK|own}} OR NOTHING.\n[[p:SHARON WHITEHOUSE]] ([[p:CALLUM]]'S MOM)"),
]
