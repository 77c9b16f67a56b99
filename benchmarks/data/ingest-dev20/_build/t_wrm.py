"""warm-spaces: Ardnabreen and Lough Dorrin Borough Council (fictional, Northern Ireland) proposes to end its
Warm Welcome Grant (£1,500 a winter to each of 38 warm spaces in church halls, community centres, sports clubs and
Orange and GAA halls) and open one Winter Wellbeing Hub at Ardnabreen Leisure Centre, 10am to 4pm on weekdays.
Belfast and mid-Ulster voices, rural pensioners, volunteers, Latvian and Timorese workers, a young carer."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "WRM", "warm-spaces"
C = "wrm-keep-the-kettle-on"

TPL = (
    "We are volunteers and people who use the warm spaces across {{Ardnabreen and Lough Dorrin|inv}}, and we ask "
    "the council to keep the {{Warm Welcome Grant|own}}. "
    "For {{£1,500|num}} a winter, a church hall, a community centre or a sports club opens its doors, puts the "
    "heating on and the kettle on, and nobody has to say why they came. "
    "One hub at the leisure centre, open weekdays from ten to four, is no use to a pensioner in a rural townland "
    "with one bus a day, or to a family who need somewhere warm after school. "
    "The small spaces are where people are known by name, where loneliness is noticed, and where advice on bills "
    "is given over a cup of tea. "
    "Keep the kettle on."
)
S = sents(TPL)


def lower_no_commas(s):
    return s.lower().replace(",", "")


ITEMS = [
    # 001 template
    R("volunteer", TPL, C, "template"),
    # 002 Belfast-voiced pensioner; church hall
    R("pensioner", "{{Bout ye|dialect}}. I'm 81, I live up [[st:Kesh Avenue]] and I go to the warm space in "
      "{{St Columba's|church}} hall three days a week. The wee girls that run it are {{dead on|dialect}}, they know how I take my tea and they sorted my "
      "{{Winter Fuel Payment|law}} form. The leisure centre is two buses away. {{Catch yourselves on|dialect}}."),
    # 003 exact, lower case, commas removed
    R("volunteer", plain_only(each(TPL, str.lower), lower_no_commas), C, "exact"),
    # 004 Latvian mother: son, son's school, townland
    R("parent", "My name is [[p:Ilze Bērziņa]], from {{Riga|place}}. My son [[p:Markuss]] is 13, at "
      "[[sch:Ardnabreen High School]]. He does homework at the warm space in {{Kilbrack|inv}} community centre "
      "because our oil tank is empty since {{November|date}}. The volunteer helps him with maths. Your form asked national insurance, it is "
      "[[ni:QQ502913A]]. {{Paldies|lang}}."),
    # 005 one word
    R("resident", "n/a"),
    # 006 edited: added personal paragraph (late wife, daughter away, street, postcode)
    R("pensioner", " ".join(S[:2]) + "\n\nSince my wife [[p:Kathleen]] passed I'd go days without a word to anybody. "
      "Our [[p:Siobhan]] is in {{Manchester|place}} and rings on a {{Sunday|date}}, but that's it. The warm space "
      "at the parish hall is where I found my feet again. It's a ten-minute walk from [[st:14 Drumlee Road]] "
      "([[pc:BT71 4QX]]). The leisure centre is an hour and two buses.\n\n" + " ".join(S[2:]) +
      "\n[[p:Gerry Quinn]]", C, "edited"),
    # 007 Timorese poultry worker; full Portuguese-Timorese name; GAA club
    R("worker", "I am [[p:Joaquina da Costa Soares]], from {{Timor-Leste|place}}, I work night shift in the "
      "poultry factory. In the day my house is cold and I cannot sleep, so I go to the warm "
      "space at {{Kilbrack GAA|club}} and sit quiet. They are kind. Please do not close. {{Obrigadu barak|lang}}."),
    # 008 near-miss: one template clause, then agreement with the hub
    R("resident", "One hub at the leisure centre, open weekdays from ten to four, makes sense to me. Some of these "
      "so-called warm spaces opened twice a week for two hours and got the full grant. Put the money where the "
      "staff are."),
    # 009 exact, capitals
    R("volunteer", each(TPL, str.upper), C, "exact"),
    # 010 rural network, numbered; development officer named; email
    R("organisation", "{{Kilbrack Rural Community Network|inv}} response.\n1. Of the 38 warm spaces, 24 are "
      "rural halls: Orange, {{GAA|club}}, church halls of every kind.\n2. Last winter: {{11,400|num}} visits.\n3. {{Age NI|org}} and the {{Department for Communities|org}} both recommend local, "
      "walkable provision.\n4. We ask the council to keep the grant for at least one more winter and review it "
      "with us.\n[[p:Róisín McCartan]], {{Development Officer|role}}, [[em:roisin.mccartan@example.org]], "
      "[[ph:028 9649 6420]]"),
    # 011 edited: reworded opening and closing
    R("volunteer", "I help run the Tuesday and Thursday warm space in {{Lough Dorrin Presbyterian Church|church}} "
      "hall and I've seen what it does. " + " ".join(S[1:4]) + " Come and have a cup of tea with us before you "
      "vote, the door's open.", C, "edited"),
    # 012 young carer, lower case; sister; mother in hospital; own handle
    R("young person", "me and my wee sister [[p:orla]] go to the warm space at the youth club after school "
      "at [[sch:st brigids]] cos mummy is in {{the royal|hosp}} getting her {{dialysis|med}} and the house is freezing till daddy gets in. we get "
      "toast and the heating is on. dont close it. [[sh:@aoifemc_07]]"),
    # 013 blank
    R("resident", ""),
    # 014 grandson whose name is a county
    R("grandparent", "My grandson [[p:Tyrone]] (named for his granda, not the county) comes with me to the warm "
      "space on his days off. He's 19 and unemployed and it's the only place he talks to anybody over 25. It's "
      "not just pensioners."),
    # 015 GP practice manager
    R("health worker", "As {{Practice Manager|role}} at a rural surgery I can tell you our winter admissions for "
      "{{COPD|med}} and falls dropped the first year the warm spaces opened. A client of our social prescriber, Mrs [[p:Kerr]], and other patients with {{Raynaud's|med}} told "
      "us they were spending the afternoons there rather than sitting in one cold room. That saving is not in the "
      "council's figures."),
    # 016 rural farmer: townland, county, house name, phone
    R("farmer", "We're in the townland of {{Drumnaskea|inv}}, {{County Tyrone|place}}, four miles from the nearest "
      "village. The {{Ulsterbus|org}} comes along the {{Dungannon Road|route}} twice a day. A hub in Ardnabreen is no good to anybody out here. Ring "
      "me at [[hn:Glenview]], [[pc:BT71  6NE]], on [[ph:028 9649 6183]] if you want to know what rural means."),
    # 017 edited: two template sentences plus own text; volunteer named after a role word; flat
    R("resident", S[1] + " " + S[3] + " I live in [[fl:flat 6, Mourneview Court]] and the heating is on a "
      "card meter. Our warm space volunteer, [[p:Bernie]], noticed I wasn't eating and put me on to "
      "{{Citizens Advice|org}}. That's what you'd be closing.", C, "edited"),
    # 018 minister; charities named after people
    R("church", "{{The Minister|role}} and session of {{Carrowmore Presbyterian Church|church}} support keeping "
      "the grant. Our warm space runs alongside {{St Vincent de Paul|orgp}} and a {{Trussell Trust|orgp}} food "
      "bank, and the three together reach people the council never sees."),
    # 019 long ramble: widow, late husband, neighbour, house name, hospital number, oil
    R("pensioner", "I'm 84 and I live on my own at [[hn:Carnview Cottage]] on the [[st:Moy Road]], which is "
      "the house my husband [[p:Sammy]] built with his brother in {{1968|num}}. [[p:Sammy]] was a lorry driver for "
      "{{Moy Park|org}} and he always kept the oil tank full, that was his job, and since he died I've let it run "
      "low because I'm feared of the price. Two winters ago I had a fall in the kitchen, and I lay there half the "
      "night till my neighbour, [[p:Dympna Hughes]], saw the curtains weren't open. I was a week in "
      "{{Craigavon Area Hospital|hosp}} (they gave me a number, [[hosp:CAH 6620917]], I have it on my fridge), "
      "and it was the nurse there who told me about the warm space in {{the Orange hall|landmark}} at "
      "{{Carrowmore|inv}}. I'm a Catholic and I'd never been inside it in my life, and there I was having my soup "
      "with women I'd only ever nodded to at the shop. That's a thing that would never have happened without the "
      "grant. They have the heating on, a television with the racing, a jigsaw going on the big table, "
      "{{Tayto|brand}} and {{Veda|brand}} and proper tea. A man from {{Citizens Advice|org}} comes once a month "
      "and he got me the {{Warm Home Discount|law}} I never knew I was owed. If you close it and send us to the "
      "leisure centre I won't go, and neither will the others, because we don't drive and the bus is at half "
      "seven in the morning and there's nothing back till four. So we'll sit in our own kitchens in our coats, "
      "and some of us will fall again, and it'll cost the hospital more than {{fifteen hundred pounds|num}}, I can tell "
      "you that for nothing. Please leave it be."),
    # 020 short, Irish-language thanks
    R("resident", "Keep them open. {{Go raibh maith agaibh|lang}}."),
]
