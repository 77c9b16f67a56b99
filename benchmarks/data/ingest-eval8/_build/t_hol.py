"""holiday-food: Ardmoyle and Lisnacree Borough Council (fictional, Northern Ireland) proposes to change its
summer holiday food and activity clubs ('Summer Food and Fun'): from 14 school venues open to every child to
six Holiday Hubs, free places only for children entitled to free school meals, four weeks instead of six, a
packed lunch instead of a hot meal, and GBP 2 a day for other children."""
from common import R, each, sents

PREFIX, CONSULTATION = "HOL", "holiday-food"
C = "hol-feed-every-child"

TPL = (
    "I am writing about {{Ardmoyle and Lisnacree Borough Council|inv}}'s plans for {{Summer Food and Fun|own}}. "
    "Hunger does not check who is on free school meals. "
    "Many working families earn just over the line and still struggle in the summer, when there is no school "
    "dinner and the electric still has to be topped up. "
    "Cutting from fourteen local schools to six {{Holiday Hubs|own}} means children without a car simply will "
    "not get there. "
    "A packed lunch is not the same as sitting down together to a hot meal. "
    "Feed every child. "
    "Please keep the scheme open to every child, keep the full six weeks, and keep it in the schools that "
    "children and their grannies can walk to."
)
S = sents(TPL)


def spaced(s):
    return s.replace(",", " ,").replace(". ", ".  ")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 Belfast mother
    R("parent", "Our three went every day last summer at [[sch:Drumcarrow Primary]]: [[p:Caoimhe]], [[p:Rónán]] and "
      "wee [[p:Seán]]. Dinner at twelve, football, home by three. I'm over the free meals line by a tenner, so "
      "yous want {{£2 a day|num}} times three kids times four weeks. That's {{£120|num}} I haven't got, and "
      "that's not {{dead on|dialect}}. Booking ref [[acc:SFF-24-0318]], [[st:Glenvale Drive]]."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 primary school principal
    R("organisation", "As {{Principal|role}} of a rural primary school I have hosted {{Summer Food and Fun|own}} "
      "for three years. Our nearest hub would be {{Lisnacree Leisure Centre|own}}, nine miles away with no bus. "
      "{{FSME|law}} is a poor measure in a farming area where income goes up and down. Please speak to schools "
      "before the hubs are chosen."),
    # 005 Timorese mother, English as a second language
    R("parent", "I am from {{Timor-Leste|place}}, I work in the meat factory in {{Dungannon|place}}, my husband "
      "also nights. In summer [[p:Zélia]] and [[p:Nelson]] go to the club and eat hot dinner, rice and chicken. "
      "We live in [[st:Dromore Park]] and have no car, the hub on {{Main Street|route}} is too far. You can "
      "call me [[ph:028 9649 6318]]. {{Obrigada barak|lang}}."),
    # 006 Presbyterian holiday club, Ulster Scots greeting
    R("organisation", "{{Fair faa ye|scots}}. I help run the holiday club at {{Second Lisnacree Presbyterian|church}}, "
      "one of the fourteen sites. With the {{Boys' Brigade|org}} and the {{Girls' Brigade|org}} we feed about "
      "forty children a day. We cannot pay for the food "
      "ourselves.\n[[hn:Ballyroan House]], [[em:ruth.gilliland [at] example.com]]"),
    # 007 one word
    R("resident", "Disagree."),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:4]) + "\n\nMy daughter [[p:Orla Quinn]] (born [[dob:11/06/2016]]) has "
      "{{coeliac disease|med}}. Last summer the cook at the club made her a gluten-free dinner every day, and it was "
      "the only hot meal some days, because I work till six. Her NHS number is [[nhs:999 394 6990]] and her "
      "consultant at {{the Royal Belfast Hospital for Sick Children|hosp}} (hospital number "
      "[[hosp:RBHSC 4471092]]) will write to you if that helps. A packed "
      "lunch from a hub will not be safe for her.\n\n" + " ".join(S[4:]), C, "edited"),
    # 009 blank
    R("parent", ""),
    # 010 GAA club
    R("organisation", "{{Naomh Pádraig GAC|club}} hosted {{Summer Food and Fun|own}} in {{2024|date}} alongside our "
      "{{Cúl Camp|brand}}. Children came for the football and stayed for the dinner. We would gladly be a hub, but "
      "we are two miles outside {{Lisnacree|inv}} and most families walk. Contact our secretary, "
      "[[p:Declan Ó Murchú]].\n{{Le meas|lang}}"),
    # 011 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 012 near-miss: a supporter of targeting
    R("resident", "Hunger does not check who is on free school meals, fair enough, but neither does the council "
      "budget. Target the money at the children who need it most and stop giving free dinners to families with "
      "two cars in the drive."),
    # 013 teenage volunteer, lower case
    R("young person", "im 16 and i volunteered at the club at {{lisnacree leisure centre|own}} last summer. the wee "
      "ones loved it, we did {{peppa pig|char}} colouring, {{mr men|char}} bingo, {{bluey|char}} stickers. some of them "
      "were hungry when they came in. im at [[sch:ardmoyle grammar]] and i want to do it again this "
      "year but not if its only 4 weeks. \n[[sh:@aoife.volunteers]]"),
    # 014 edited: reworded opening and closing
    R("parent", "Like a lot of parents in {{Drumcarrow|inv}} I only heard about this consultation on the school "
      "{{Facebook|brand}} page. " + " ".join(S[1:6]) + " Six weeks, every child, and in our own schools, please.",
      C, "edited"),
    # 015 Bulgarian father, English as a second language
    R("parent", "Hello, I am [[p:Nikolai Petrov]] from {{Plovdiv|place}}, {{Bulgaria|place}}. I work nights on a "
      "mushroom farm and my wife in a care home, so the club is very important for our son [[p:Kaloyan]], 8. We "
      "live at [[fl:Flat 2]], [[st:27 Mill Brae]], [[pc:BT71 6QF]], ten minutes walk to the school. To the hub is "
      "no bus in the morning. The lady at the desk in the leisure centre, [[p:Maureen]], help me with this form. {{Благодаря|lang}}."),
    # 016 foodbank
    R("organisation", "{{Lisnacree Community Foodbank|inv}} is part of {{the Trussell Trust|orgp}} network. Our "
      "busiest fortnight of the whole year is {{the Twelfth|event}} fortnight, when the schools are shut, the "
      "factories close and the holiday club is the only hot meal many children get. Last year we gave out "
      "{{1,340|num}} parcels in {{July|date}}. If the clubs shrink, we expect that number to rise."),
    # 017 edited: partial template + own text (a granny raising grandchildren)
    R("carer", "I am a granny raising my two grandchildren on my pension, and the wee one has {{Down's syndrome|med}}. " + S[2] + " " + S[3] + " Nobody on the "
      "council has ever tried to get a seven-year-old and a four-year-old across {{Ardmoyle|inv}} on two buses "
      "with a buggy. " + S[6], C, "edited"),
    # 018 father, shift worker
    R("parent", "I'm a porter at {{Craigavon Area Hospital|hosp}} and my partner works in {{Tesco|brand}}. We're "
      "just over the free meals line, so we'd pay for both boys and I'd have to drive them to a hub in "
      "[[vr:KXZ 7130]], a {{Vauxhall Astra|brand}} that's on its last legs. Charge something by all means, but "
      "{{£2|num}} a head a day adds up. [[em:gerard.mcveigh(at)example.net]]"),
    # 019 exact: spaces before commas, double spaces
    R("parent", each(TPL, spaced), C, "exact"),
    # 020 Traveller support worker
    R("organisation", "I work with Traveller families in the borough. Many of our children are not registered for "
      "free school meals because the forms are hard and families move. Target the list and they fall out of it. "
      "Last summer {{An Munia Tober|org}} helped four families sign up. Please let the hubs take children with no "
      "paperwork."),

]
