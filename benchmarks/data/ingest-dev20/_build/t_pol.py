"""polling-places: Okewater District Council (fictional, west Devon) reviews its polling districts and polling
places: eleven of 34 polling stations (village halls, a chapel schoolroom, a pub's skittle alley, a portable
cabin) would close, their voters sent to six 'hub' stations in the towns, with a push towards postal voting.
Saving about £9,000 an election. Devon voices, farmers, a presiding officer, Bulgarian and Dutch farm workers."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "POL", "polling-places"
C = "pol-keep-voting-local"

TPL = (
    "We are voters in the villages of {{Okewater|inv}}, and we object to closing eleven polling stations and "
    "sending us to hubs in the towns. "
    "For many of us the village hall is a short walk; the new station would be a twelve-mile round trip on lanes "
    "with no bus on polling day. "
    "Older voters, disabled voters and people without a car will simply not go. "
    "Postal votes are not the answer for everyone: forms go missing, signatures get rejected, and some of us like "
    "to put our cross in the box in person. "
    "Saving {{£9,000|num}} an election is a small price for a democracy that people can reach. "
    "Keep the village polling stations open. "
    "Keep voting local."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n").replace("; ", ";\n")


ITEMS = [
    # 001 Devon farmer, dialect
    R("farmer", "{{Proper job|dialect}}, closing the hall at {{Bratton Vale|own}}. I'm 78 and I've voted there "
      "since {{1966|num}}, same table, same tin box. And where's it to, this hub? {{Okehurst|inv}}. That's eight mile, "
      "{{my lover|dialect}}, and I don't drive after dark no more. Best county in {{Devon|place}} and you want us "
      "all in town."),
    # 002 template
    R("resident", TPL, C, "template"),
    # 003 mother of a first-time voter whose name is a county; DOB; college
    R("parent", "My son [[p:Devon]] was born on [[dob:2 April 2007]], so the next election will be his first. He "
      "is at [[sch:Okehurst College]] all week and works at the farm shop on {{Fore Street|route}} on {{Saturdays|date}}. He'd walk to the "
      "village hall, he won't get to a hub. Start them voting young and near home, and they keep at it."),
    # 004 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 005 one word
    R("resident", "Object"),
    # 006 Bulgarian dairy worker: tied cottage as home; NI number; Bulgarian thanks
    R("worker", "I am [[p:Petar Dimitrov]], from {{Plovdiv|place}}. I work on a dairy farm and live in the cottage "
      "at [[hn:Lower Hennacott]], [[pc:ex20 5hq]]. With settled status I voted in the council election last year, "
      "in the chapel room at {{Hennacott Cross|own}}. The lady explained everything. Please keep it. My NI number if you need it: [[ni:QQ 73 05 28 C]]. {{Благодаря|lang}}."),
    # 007 edited: added personal paragraph (wife with MS, phone)
    R("resident", " ".join(S[:3]) + "\n\nMy wife [[p:Janet]] has {{multiple sclerosis|med}} and uses a "
      "wheelchair. Our village hall has a ramp, which we paid for with a coffee morning. Nobody has told us whether "
      "the hub at {{Okehurst|inv}} has one. On a bad day the drive alone wipes her out. Ring me if you doubt it: "
      "[[ph:01632 960 745]].\n\n" + " ".join(S[3:]) + "\n[[p:Colin Heard]]", C, "edited"),
    # 008 Dutch dairy farmer and his wife
    R("farmer", "In the {{Netherlands|place}} we vote in railway stations, churches, even a windmill, because the "
      "idea is that voting comes to you. We came from {{Friesland|place}} in {{2004|num}} and became British in {{2012|num}} "
      "so we could vote here. Our tenant in the farm cottage, [[p:Stoyan]], votes too. Now you make it harder. {{Dank je wel|lang}}.\n[[p:Wim de Boer]] and "
      "[[p:Annelies de Boer]], [[em:deboer.dairy@example.net]]"),
    # 009 exact, one clause per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
    # 010 parish council, numbered; offices and laws
    R("parish council", "{{Whiddon Cross Parish Council|inv}} response.\n1. The hall at {{Whiddon Cross|own}} has "
      "step-free access and a hearing loop, as the {{Electoral Commission|org}} advises.\n2. "
      "{{The Acting Returning Officer|office}} has not said why it fails the review.\n3. The "
      "{{Representation of the People Act 1983|law}} requires reasonable facilities for "
      "voting.\n4. Since the {{Elections Act 2022|law}}, {{the Parish Clerk|role}} has helped older residents with "
      "voter ID in that hall."),
    # 011 edited: reworded opening and closing
    R("resident", "I have lived in {{Little Trentcombe|inv}} for fifty-one years and I have never missed a vote. "
      + " ".join(S[1:5]) + " If the district council can find money for new offices it can find nine thousand "
      "pounds for democracy.\n[[p:Margaret Ellacott]]", C, "edited"),
    # 012 near-miss
    R("resident", "Postal votes are not the answer for everyone, but they are for me and most people I know. I've "
      "voted by post for ten years and never had a problem. The hubs are fine."),
    # 013 blank
    R("resident", ""),
    # 014 pub landlord; a pub named after a person
    R("business", "The skittle alley at {{the Drake Inn|orgp}} in {{Little Trentcombe|inv}} has been a polling "
      "station since before my time. We clear it the night before and put the kettle on for the staff all day. No "
      "charge. Seems daft to close the one that costs nothing.\n[[p:Gary Luxton]], landlord, "
      "[[ph:07700 900 461]]"),
    # 015 carer of a son with Fragile X; elector number
    R("carer", "My son [[p:Jago]] (it's Cornish, his dad was from {{Bodmin|place}}) is 24 and has "
      "{{Fragile X syndrome|med}}. He votes with me beside him at {{Bratton Vale|own}} hall, where the staff know "
      "him and are patient. A hub full of strangers would upset him. His elector number is [[acc:BV2-0418]] if "
      "you want to check he has voted every time."),
    # 016 lower-case young mum; partner; obfuscated email
    R("resident", "no car no bus on a {{thursday|date}} and 2 kids under 4. my partner [[p:kyle]] works away all week and "
      "takes the van [[vr:wk62 tjx]]. how am i meant to get to okehurst?? the hall is at the end of our road, im "
      "at [[fl:flat 4]], [[st:2 mill close]]. leave it alone. "
      "[[em:tash.mudge at example dot com]]"),
    # 017 edited: partial template plus own text
    R("resident", " ".join(S[1:4]) + " My mother's postal vote was rejected last year because her signature had "
      "changed after her stroke. She was furious. I won't have her turned away again, so we walk to the "
      "hall together, and we'd like to keep doing that.", C, "edited"),
    # 018 retired presiding officer; poll clerk after a title
    R("resident", "I was {{Presiding Officer|role}} at {{Combe Tracey|own}} chapel schoolroom for 22 years, with Mrs "
      "[[p:Ivy Westaway]] as my poll clerk for most of them. Turnout there was {{48%|num}} last time, higher than any "
      "hub. We opened at 7, had the farmers in by 8, and the last through the door was always the same young "
      "couple at 9.55."),
    # 019 one word
    R("resident", "Disagree."),
    # 020 mother born on Armistice Day; DOB; NHS number
    R("carer", "My mother, [[p:Winifred Cann]], was born on [[dob:11 November 1925]], {{Armistice Day|event}}, "
      "and has voted in every election since {{1945|num}}. She's 99, blind in one eye and sharp as a tack. The portable "
      "cabin at {{Yeo Bridge|own}} is fifty yards from her door. I've got her NHS number ([[nhs:999 531 8199]]) and "
      "a postal vote for her ([[acc:PV/OK/33817]]) in case, but she won't use it. She wants to walk in."),
]
