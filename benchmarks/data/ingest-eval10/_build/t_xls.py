"""christmas-lights: Lisnacree and Glenbawn Borough Council (fictional, Northern Ireland) proposes to stop
paying for Christmas lights in fourteen villages (about £96,000 a year), keep them in its two towns, hold one
switch-on event instead of sixteen, and offer a Festive Match Fund of up to £2,000 to villages whose traders'
groups raise the same amount."""
from common import R, each, sents

PREFIX, CONSULTATION = "XLS", "christmas-lights"
C = "xls-light-up-every-village"

TPL = (
    "I am writing to ask {{Lisnacree and Glenbawn Borough Council|inv}} to keep paying for Christmas lights in "
    "every village, not just the two towns. "
    "The lights cost the council about £96,000 a year across fourteen villages, which is less than £2 for "
    "every household in the borough. "
    "For a lot of older people living alone, the switch-on is the one night of the year they come out. "
    "Village shops, pubs and cafés depend on the {{December|date}} trade, and a dark main street tells visitors "
    "that a place has given up. "
    "The proposed match fund would leave the smallest villages, the ones with no traders' group, with nothing. "
    "Please keep the lights, keep the switch-on nights, and ask the villages before cutting anything. "
    "{{Light up every village|slogan}}."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Ulster voice
    R("resident", "{{Wise up|dialect}}, council. Ninety-six grand for the whole borough an' yous want to save it off "
      "the wee villages? {{Drumcairn|inv}} has had lights since the millennium. It's the one bit of cheer in the "
      "place, {{so it is|dialect}}."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Lithuanian factory worker
    R("resident", "I work in the meat factory in {{Glenbawn|inv}} and live in {{Ballyfeeny|inv}} since 2012. The "
      "lights are the only time my children see all the neighbours together. In {{Lithuania|place}} {{Christmas|event}} is "
      "more at home, with {{Kūčios|event}}, but now my children want the switch-on every year. {{Ačiū|lang}}.\n"
      "[[p:Rūta Petrauskienė]]"),
    # 005 chamber of trade
    R("business", "The {{Glenbawn Chamber of Trade|org}} supports the plan in principle: the towns carry the "
      "borough's retail. We would run the {{Festive Match Fund|own}} if the council pays the insurance.\n"
      "{{Chair|role}}, [[p:Gareth Beattie]] ({{Beattie's Hardware|orgp}})"),
    # 006 edited: personal paragraph
    R("pensioner", " ".join(S[:2]) + "\n\nMy late husband [[p:Desi]] ([[p:Desmond McAleenan]] on the council's "
      "paperwork, he was on the committee long enough) put the first lights up on the hall railings with a ladder "
      "and a borrowed generator in {{1987|num}}. I still live on [[st:Tullyrosk Road]] and from my window I can see "
      "the tree outside the community centre. Some nights in {{December|date}} it is the only light I see.\n\n"
      + " ".join(S[2:]) + "\n[[p:Maureen McAleenan]]\n[[ph:028 9649 6314]]", C, "edited"),
    # 007 teenager, lower case
    R("young person", "the switch on is literally the only thing that happens in {{drumcairn|inv}} all year. me n "
      "[[p:caoimhe]] from [[sch:st colmcilles]] did face painting at it last yr for the youth club and {{santa|char}} came on a tractor lol. if "
      "yous cut it ur actually {{the grinch|char}}"),
    # 008 Filipino care worker
    R("care worker", "I am senior carer in a nursing home in {{Lisnacree|inv}}. Every year we take the residents to "
      "see the village lights, for some it is the only trip out. One resident, Mrs [[p:Coulter]], is 101 and still asks for it. My housemate [[p:Joy]] and me help put up the "
      "parol lanterns. {{Maraming salamat po|lang}}.\n[[p:Maricel Dizon]] ([[sh:@maricel.d.ni]])"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 church
    R("church", "On behalf of {{Drumcairn Presbyterian Church|church}}: our carol service at the switch-on raises "
      "about {{£1,200|num}} for {{Christian Aid|org}} every year, and our {{Christingle|event}} is the night after. The {{Boxing Day|event}} dip starts from the same spot. "
      "The {{Kirk Session|org}} would be glad to host the village's switch-on in the church grounds if that helps "
      "with the insurance.\n{{The Minister|role}}"),
    # 011 Hong Kong takeaway owners
    R("business", "We run the {{Golden Lotus|org}} takeaway in {{Killycor|inv}}. We came from {{Hong Kong|place}} "
      "with the {{BN(O)|law}} visa in 2021. {{December|date}} is our busiest month after {{Lunar New Year|event}}. "
      "When the street is dark people drive to the town instead and we lose them. Please keep the lights for small "
      "business. {{多謝|lang}}.\n[[p:Kwok Wing-yan]] ([[p:Winnie]]), [[ph:028 9649 6207]], "
      "[[em:goldenlotus.takeaway@example.com]]"),
    # 012 edited: reworded opening and closing
    R("business", "I've kept the village shop in {{Killycor|inv}} for twenty-two years and I'm writing because "
      "nobody else on our street will. " + " ".join(S[1:-1]) + " If the lights go, I'd say the shop isn't far "
      "behind them.\n[[p:Carol Magee]]", C, "edited"),
    # 013 near-miss
    R("resident", "For a lot of older people living alone, Christmas is the hardest time of the year, lights or no "
      "lights. I would rather the {{£96,000|num}} went on a befriending phone line and a winter fuel grant than on "
      "bulbs."),
    # 014 one word
    R("resident", "Agree."),
    # 015 capitals
    R("resident", "WE PAY OUR RATES THE SAME AS {{LISNACREE|inv}}. WHY SHOULD {{BALLYFEENY|inv}} SIT IN THE DARK. ASK "
      "{{THE MAYOR|office}} IF HIS STREET WILL BE DARK. DISGRACE.\n[[p:W. J. McCLURE]]"),
    # 016 disabled person with a carer
    R("disabled person", "I have {{multiple sclerosis|med}} and don't get out much after dark. My carer, "
      "[[p:Orla]], takes me down to see the lights every year and it's the best night of my winter. I live in "
      "[[fl:Flat 6, Bann View]], right on the square. Your form asked for details so: date of birth "
      "[[dob:30/01/1961]], NI [[ni:QQ503271C]], and my {{Causeway Hospital|hosp}} number is [[hosp:CAU-0338127]] "
      "if you need proof I'm disabled."),
    # 017 edited: part of the template plus own text
    R("club", " ".join(S[2:5]) + " Our club, {{Glenbawn Young Farmers' Club|club}}, runs a tractor run through "
      "the villages on the second {{Saturday|date}} of {{December|date}} and it finishes at whichever village has "
      "the best lights. We'd be lost without them. Contact me at [[em:stevie.gilmore[at]example.org]].\n"
      "[[p:Stephen Gilmore]] ([[p:Stevie]])", C, "edited"),
    # 018 long ramble
    R("pensioner", "I'm eighty-three and I've lived in {{Ballyfeeny|inv}} since I married, so you'll forgive me "
      "if I go on a bit. My grandfather was a riveter at {{Harland and Wolff|orgp}} and worked on the "
      "{{Titanic|ship}}, and he used to say the yard lit up the whole of {{east Belfast|place}} at {{Christmas|event}}. We never had "
      "anything like that out here. The first lights in {{Ballyfeeny|inv}} went up in the early nineties, a string of "
      "coloured bulbs across the road from the pub to the post office, and half of them went out the first night "
      "it rained. But people came out. I remember my late husband lifting our eldest onto his shoulders to see "
      "them, and now it's my great-granddaughter [[p:Holly]], who was born on Christmas week and thinks the whole "
      "thing is for her birthday. I live in [[hn:Ivy Lodge]] on the {{Glenbawn|inv}} side of the village, up the hill, "
      "and from my back bedroom I can see the lights of four villages on a clear night, right across to the "
      "{{Mourne Mountains|place}}. If you cut the fourteen, I'll see the two towns and nothing in between, and I "
      "think that says something about what the council thinks of the rest of us. I know money's tight. I know "
      "about the {{rates|law}}. I'm not asking for anything fancy. A string of bulbs and a tree and a man from the "
      "council with a ladder. I'd even pay the two pound myself if you sent me a bill. The switch-on is the one "
      "night I see people I haven't seen since the last one, and at my age you start counting them. If anybody "
      "wants to come and see the view for themselves, the number here is [[ph:028 9649 6572]], and I'm in most "
      "days.\n[[p:Annie Rafferty]]"),
    # 019 electrician
    R("worker", "Eleven years putting up the lights in six villages. The cost is the cherry picker and the traffic "
      "management, not the bulbs. Share one crew and you'd save a third. I live on [[st:Lough Road]] if you want to "
      "ask, my van's [[vr:GXZ 7318]]."),
    # 020 blank
    R("resident", ""),
]
