"""sheltered-wardens: Dalmorran Council (fictional, Ayrshire) proposes to remove on-site wardens from its eleven
sheltered housing complexes and replace them with a Mobile Response Team and pendant alarms; the weekly service
charge would fall from GBP 21.40 to GBP 9.80 and common rooms would open 10am to 4pm only."""
from common import R, each, sents

PREFIX, CONSULTATION = "SHW", "sheltered-wardens"
C = "shw-keep-our-warden"

TPL = (
    "I am a tenant in one of {{Dalmorran Council|inv}}'s sheltered housing complexes and I oppose the plan to "
    "remove our on-site wardens. "
    "The warden is the reason many of us chose sheltered housing in the first place. "
    "She knows who has not opened their curtains, who is not eating and who is getting confused, long before "
    "anyone presses an alarm. "
    "A {{Mobile Response Team|own}} driving between eleven complexes cannot do that. "
    "Saving a few pounds a week on the service charge is no comfort if someone lies on the floor for hours. "
    "Keep our warden. "
    "I ask the council to keep a warden on site in every complex during the day, and to talk to tenants face to "
    "face before deciding anything."
)
S = sents(TPL)


def flat_lower(s):
    return s.lower().replace(",", "")


ITEMS = [
    # 001 template
    R("council tenant", TPL, C, "template"),
    # 002 Ayrshire tenant
    R("council tenant", "Ah've been in [[fl:flat 6, Laigh Mill Court]] nine year an ah widnae be here yet if it "
      "wisnae fur [[p:Senga]]. She fund me on the flair efter ma stroke, {{ken|dialect}}? The pendant wis on the "
      "kitchen table, but her wee red motor, [[vr:SD15 GHN]], wis in the car park like every mornin. Some boy in a van fae {{Kilbraid|inv}} is no gonnae notice ma curtains are shut. "
      "{{Dinnae|dialect}} dae it."),
    # 003 exact, lower case
    R("council tenant", each(TPL, str.lower), C, "exact"),
    # 004 daughter, mother with dementia
    R("carer", "My mother, [[p:Agnes Boyle]], lives at [[fl:Flat 3, Rowanbank Court]], [[pc:KA12 0RS]], and has "
      "{{Alzheimer's|med}}. The warden phones me when Mum is wandering in the corridor at teatime. "
      "{{Alzheimer Scotland|org}} told us a warden was the right step before a care home. Take the warden away and "
      "the care home comes years early. [[ph:0141 496 0275]]"),
    # 005 a warden
    R("council staff", "I have been a warden for seventeen years. Most of my job is on no form: who has stopped "
      "coming to the lounge, who has a new bruise, whose fridge is empty. The {{Care Inspectorate|org}} does not "
      "register us, so nobody counts what we prevent. One tenant, [[p:Wullie]], went three days "
      "without eating last winter and I was the only one who noticed. Come and see a week of it before you decide.\n"
      "[[p:Morag Kilpatrick]], [[em:morag.k(at)example.org]]"),
    # 006 Italian-Scots family
    R("relative", "My grandmother, Nonna [[p:Lucia]], is 91 and came to {{Port Annick|inv}} from {{Barga|place}} in "
      "{{1952|date}}. Our family has run {{Varani's|orgp}} ice-cream parlour on the front ever since. The warden "
      "speaks to her every morning, and on bad days that is her only conversation before we finish work. "
      "{{Grazie mille|lang}} to the staff.\n[[p:Marco Varani]]"),
    # 007 one word
    R("council tenant", "No."),
    # 008 edited: personal paragraph
    R("relative", " ".join(S[:3]) + "\n\nMy dad, [[p:Tam McGarvie]], born [[dob:21/09/1938]], fell in the bathroom "
      "last {{November|date}}. His pendant was on the bedside table. The warden found him at eight in the morning "
      "because he had not collected his paper. His NHS number is [[nhs:999 282 0977]] if anyone wants to check "
      "his records at {{Ayr Hospital|hosp}}.\n\n" + " ".join(S[3:]), C, "edited"),
    # 009 Nigerian home carer
    R("care worker", "I am a home carer from {{Lagos|place}}, I visit four tenants in {{Laigh Mill Court|own}} every "
      "day. The warden is my eyes when I am not there. Last week my client, Mr [[p:Dunlop]], had a chest "
      "infection and the warden called me at lunchtime. A response team will not know him like "
      "that. {{E se|lang}}."),
    # 010 blank
    R("council tenant", ""),
    # 011 exact, capitals
    R("council tenant", each(TPL, str.upper), C, "exact"),
    # 012 near-miss: a younger tenant in favour
    R("council tenant", "My aunt says the warden is the reason many of us chose sheltered housing in the first "
      "place. I'm 61 and I didn't. I work full time and I pay {{£21.40|num}} a week for a service I never use. "
      "Give people the choice."),
    # 013 grandson, lower case
    R("young person", "my gran [[p:isa]] is in [[fl:flat 0/2]] at {{rowanbank|own}} and the warden [[p:lorraine]] "
      "is basically family. she lets me in when gran's hearing aid is out and she cant hear the door. if the "
      "council does this im gonna be round there every night after college which is fine but who checks on her "
      "when im not"),
    # 014 edited: reworded opening and closing
    R("council tenant", "I have lived in sheltered housing in {{Kilbraid|inv}} for six years and want to have my say. "
      + " ".join(S[1:6]) + " Come and talk to us in our lounges before you decide anything. And leave us our "
      "wardens.", C, "edited"),
    # 015 tenants' association, formal numbered
    R("organisation", "{{Port Annick Sheltered Tenants' Association|inv}}\n"
      "1. Tenants hold a {{Scottish Secure Tenancy|law}} and were promised a warden when they signed.\n"
      "2. The charge would fall from {{£21.40|num}} to {{£9.80|num}} a week, but most tenants get it through "
      "{{Housing Benefit|law}}, so they save nothing.\n"
      "3. Shutting the lounge at {{4pm|num}} ends the {{Burns Night|event}} supper and the {{Hogmanay|event}} party.\n"
      "{{Secretary|role}}"),
    # 016 deaf tenant
    R("council tenant", "I am deaf ({{Ménière's disease|med}}). The pendant alarm puts you through to a voice on a speaker, and I cannot hear a "
      "voice on a speaker (my alarm account is [[acc:DCA-10-2291]], check it). The warden comes to my door with "
      "pen and paper and a bit of {{BSL|word}}. In {{January|date}} I was in {{University Hospital Crosshouse|hosp}}, "
      "number [[hosp:CRH 2281457]], and it was the warden who told them I was deaf. Text only: "
      "[[ph:07700 900 311]]."),
    # 017 edited: partial template + own text (a GP)
    R("organisation", "I am a {{GP|role}} in Kilbraid and four of the complexes are on our list. " + S[2] + " " +
      S[4] + " Falls in older people who lie for more than an hour carry a much worse outlook. " + S[6],
      C, "edited"),
    # 018 retired bottling-hall worker
    R("pensioner", "Forty year ah worked at {{Johnnie Walker|orgp}} in {{Kilmarnock|place}} till they shut the "
      "bottling hall. Ah walked doon {{John Finnie Street|route}} wi the rest the day it "
      "shut. Ah'm fine, but the man next door's only still here because o the warden. Ma form for the pendant has ma NHS number on it, [[nhs:9994374508]]. Up the {{Killie|club}}."),
    # 019 exact: lower case and no commas
    R("council tenant", each(TPL, flat_lower), C, "exact"),
    # 020 ramble: a widow in a sheltered flat
    R("pensioner", "I have put off writing this because I do not like to complain, and my late husband "
      "[[p:Hugh]] always said I could talk the hind legs off a donkey, so you will have to forgive me. I moved into "
      "[[fl:Flat 14, Annick House]] four years ago after [[p:Hugh]] died. I was not coping in the house at "
      "[[st:22 Glebe Crescent]], with the stairs and the garden and the quiet. My son is in {{Aberdeen|place}} "
      "and my daughter is in {{Canada|place}}, so there is nobody round the corner. I chose Annick House because "
      "of the warden. I will say that plainly, because your report seems to think we chose it for the lift. Our "
      "warden is [[p:Margaret Shaw]] and she has been here longer than any of us. When {{Covid|med}} came she "
      "did our shopping, phoned the chemist, and stood in the car park waving at our windows so we knew somebody "
      "was there. She knows I take my tablets at nine and she knows I go to the lounge for the {{Tuesday|date}} "
      "tea dance and the quiz. If I am not there, she knocks. That is all. It is not complicated and it is not "
      "expensive. I have read the figures. You will save {{£11.60|num}} a week on my service charge, which the "
      "{{Department for Work and Pensions|org}} pays anyway, and you will spend it on a van that drives round "
      "eleven buildings. I do not think the people who wrote this have ever been old and alone on a wet Sunday. "
      "My friend along the corridor, Mrs [[p:Nicol]], fell in {{October|date}} and it was [[p:Margaret]] who found her. "
      "If you want my details, my tenancy reference is [[acc:DAL/TEN/008812]], my National Insurance number is "
      "[[ni:QQ 64 03 19 C]], and my phone is "
      "[[ph:01632 960 720]]. I would be glad to talk to anyone from the council who will come and sit with a cup "
      "of tea in our lounge before ten or after four, if you leave it open that long. Keep [[p:Margaret]], and keep the "
      "others like her.\n[[p:Elizabeth Drummond]]"),
]
