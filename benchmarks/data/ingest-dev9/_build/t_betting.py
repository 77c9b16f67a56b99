"""Consultation 6: a mosque, a gurdwara and a church group's joint objection to a betting shop licence and a
pawnbroker on Market Street (fictional Calderthorpe, a West Yorkshire mill town). Written by hand for ingest-dev9."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "BET", "betting-licence"
C = "bet-faiths-together"

TPL = ("We, members of the {{Jamia Masjid Ghausia|church}}, {{Gurdwara Singh Sabha|church}} and "
       "{{St Barnabas' Church|church}} congregations, object to the application for a betting shop licence and a "
       "pawnbroker at {{14 Market Street|route}}. Within three hundred yards of this site there are two primary "
       "schools, a madrassa, a youth club and a food bank. The ward is among the most deprived ten per cent in "
       "England, and there are already four bookmakers and two payday lenders on the same parade. The "
       "{{Gambling Act 2005|law}} requires the council to protect children and vulnerable people from being harmed "
       "or exploited by gambling. A pawnbroker beside a betting shop invites people to pawn their family gold to "
       "chase their losses. We ask the licensing sub-committee to refuse both applications and to adopt a cumulative "
       "impact policy for the town centre.")
S = sents(TPL)

ITEMS = [
    # 1
    R("faith group", TPL, C, "template"),
    # 2
    R("resident",
      "{{Assalamu alaikum|lang}}. I am 71 year old, I come from {{Mirpur|place}} in 1968 to work in the mill in "
      "{{Calderthorpe|inv}}. In that time no betting shop on our street, now there is four. My grandson [[p:Bilal]] "
      "put all his wage in the machine in one night, eight hundred pound, then he is crying to his mother. Now they "
      "want pawn shop also, so he can sell his mother gold. No. Please no. {{InshaAllah|lang}} council will listen.\n"
      "[[p:Mohammed Yaqub]]"),
    # 3
    R("faith group", each(TPL, str.lower), C, "exact"),
    # 4
    R("resident",
      "Ey up. There's nowt wrong wi' a flutter on t' {{Grand National|event}} and a pint after. I've had a bet every "
      "Saturday for fifty year and never pawned owt. It's not the council's job to tell grown men what to do wi' "
      "their brass. Let them open."),
    # 5
    R("resident", ""),
    # 6
    R("faith group",
      "{{Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh|faith}}. The sangat of the {{Gurdwara Singh Sabha|church}} "
      "discussed this after {{Vaisakhi|faith}}. Gold has a special place in our families: it is given at weddings "
      "and births and kept for hard times. Our granthi, Bhai [[p:Harjit Singh Sohal]], has seen families lose "
      "wedding sets to pawnbrokers after gambling debts. We support the joint objection."),
    # 7
    R("resident",
      " ".join(S[:2]) + "\nI was addicted to the machines from 19 to 27. I lost my job, my car and very nearly my "
      "marriage. My wife [[p:Shabana]] (everyone calls her [[p:Shabs]]) found the pawn tickets in my jacket for her "
      "mum's bangles. {{GamCare|org}} and {{Gamblers Anonymous|org}} saved me. I was on benefits for two years "
      "after, national insurance [[ni:qq 27 64 09 b]]. Ask me anything: [[ph:0113 496 0715]].\n" + " ".join(S[4:]),
      C, "edited"),
    # 8
    R("applicant",
      "On behalf of the applicant, {{Starline Bet Ltd|bookie}}. The company holds an {{operating licence|law}} from "
      "the {{Gambling Commission|org}} and operates 41 shops in the North with a strong compliance record. The "
      "manager for {{14 Market Street|route}}, [[p:Gavin Hirst]], holds personal licence [[acc:PML-049318]] and has "
      "completed {{Think 25|law}} and self-exclusion training. The applicant would accept conditions on opening hours "
      "and CCTV. {{Licensing Agent|role}}"),
    # 9
    R("resident", "n/a"),
    # 10
    R("resident",
      "{{Dzień dobry|lang}}. I am Polish, I work 12 years in UK in the warehouse, my NI is [[ni:QQ638091C]], "
      "I pay everything. In Polish community many men have problem with {{hazard|lang}}, gambling, and vodka "
      "together. The bookmaker is open till 10 at night near our {{Polski Sklep|org}}. I do not want more. "
      "[[p:Tomasz Kowalczyk]]"),
    # 11
    R("resident",
      "ANOTHER BOOKIES!!! WE HAVE GOT {{WILLIAM HILL|bookie}}, {{BETFRED|bookie}}, {{PADDY POWER|bookie}} AND "
      "{{CORAL|bookie}} ALREADY ON ONE STREET AND NOT ONE DECENT SHOP. WHAT IS WRONG WITH THIS COUNCIL."),
    # 12
    R("faith group", each(TPL, str.upper), C, "exact"),
    # 13
    R("resident",
      "I have read the joint letter. It says a pawnbroker beside a betting shop invites people to pawn their family "
      "gold to chase their losses. Rubbish. People pawn things to pay the gas bill, not to gamble. The payday "
      "lenders are far worse than {{Cash Converters|bookie}} or {{H&T|bookie}} ever were. Grant the pawnbroker, "
      "refuse the bookie."),
    # 14
    R("resident",
      "lol bookies r the only place wi heating on round here. seriously tho my mates r in there every day. "
      "im on tiktok [[sh:@calderthorpe.kid]] ive done a vid on it"),
    # 15
    R("resident",
      "I live in [[fl:Flat 1]], [[st:16 Market Street]], above the old shoe shop, next door to the proposed site. "
      "The existing bookmaker two doors down has people shouting outside till 10pm. Council tax account "
      "[[acc:6004418372]], if you want to check I live here. I object to both applications."),
    # 16
    R("business",
      "{{Kashmir Jewellers|org}} has traded on {{Market Street|route}} since 1986. We buy and sell gold honestly. "
      "A pawnbroker next to a bookmaker is a different business: it is a cash machine for gamblers. "
      "[[p:Arshad Mahmood]], proprietor"),
    # 17
    R("youth worker",
      "I run the {{Calderthorpe Youth Zone|org}} on {{Wakefield Road|route}}. Our young people are already gambling "
      "through {{FIFA|brand}} packs and betting apps that sponsor {{Huddersfield Town|team}} and {{Bradford City|team}} "
      "shirts. One lad, [[p:Jordan]], is 15 and already owes money to older boys. A shop on the walk home from school normalises it further. {{Senior Youth Worker|role}}"),
    # 18
    R("faith group",
      "Our vicar, Revd [[p:Sarah Ackroyd]], preached on this in {{Lent|faith}} and 60 members of "
      "{{St Barnabas' Church|church}} signed the joint letter. I write separately to add that the food bank at the "
      "church sees more families in debt to pawnbrokers each year. [[p:Margaret Firth]], churchwarden"),
    # 19
    R("resident",
      S[2] + " " + S[3] + " My own brother lost his house to online betting and then walked past a bookie every "
      "day to sign on. " + S[5] + " Nobody needs another one.", C, "edited"),
    # 20
    R("parent",
      "My son [[p:Adeel]] is 24 and he is addicted. He steals from me to bet. Last {{Ramadan|faith}} he sold his "
      "sister's {{Eid|faith}} gold to a pawnbroker in {{Bradford|place}}. I am ashamed to write this but the council "
      "must know. Please reply to [[em:nasreen.k [at] example.net]] or ring [[ph:(0113) 496 0283]]. [[p:Nasreen Khan]]"),
    # 21
    R("resident", "Let adults make their own choices."),
    # 22
    R("resident",
      "The notice was only in {{English|langname}}. Half the people on the parade read {{Urdu|langname}}, "
      "{{Punjabi|langname}} or {{Bengali|langname}} better. How can we object if we do not know? I found out from the "
      "{{imam|role}} after {{Jummah|faith}}. Please extend the consultation."),
    # 23
    R("organisation",
      "The {{National Pawnbrokers Association|org}} notes that pawnbroking is regulated by the {{FCA|org}} under the "
      "{{Consumer Credit Act 1974|law}}, that 85% of pawned items are redeemed, and that pawnbroking is a safer "
      "alternative to illegal lending. We ask the council to judge the two applications separately."),
    # 24
    R("resident",
      "Every afternoon someone in a silver Audi, [[vr:YD68 OKW]], parks across our drive on [[st:Hebble Row]] to "
      "nip into the bookies. I have reported it three times. Another betting shop means more of this. "
      "[[p:Dennis]] and [[p:Joyce Sutcliffe]]"),
    # 25
    R("resident", "Object."),
]
