"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_str, t_cam

SC = sents(t_cam.TPL)

LETTERS = [
    # letter-01.txt: street-trading campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "street-trading", "street trader", [
        "[[p:MAUREEN O'HARE]]\n[[st:27 Anfield Crescent]]\nKirkbrook\n[[pc:L36  9XJ]]\nTel: [[ph:0151 496 0719]]",
        "{{4th March 2025|date}}",
        "Licensing Section\n{{Kirkbrook Metropolitan Borough Council|inv}}\n{{Kirkbrook Town Hall|landmark}}",
        "{{Dear Sir or Madam|salut}},",
        t_str.TPL,
        "I have had the tea and toast stall on {{Market Parade|route}} for thirty-one years. My consent number is "
        "[[acc:KMBC/ST/0098]]. My grandson [[p:Liam]], who is at [[sch:St Bede's Sixth Form College]], helps on "
        "Saturdays and would take it on after me, but not at {{£2,900|num}} a year. My neighbour, Mr [[p:Okafor]], has "
        "signed below as well, he has the shoe repair barrow and cannot write English well.",
        "{{Yours faithfully|salut}},",
        "[[p:Maureen O'Hare]] (Mrs)\n[[p:Chidi Okafor]]",
    ], camp=t_str.C, role="exact"),

    # letter-02.docx: housing-repairs, a Derry woman writing for her mother
    Letter("letter-02", "docx", "housing-repairs", "carer", [
        "[[p:Siobhán Doherty]]",
        "On behalf of my mother, [[p:Bridie Doherty]]",
        "[[fl:Flat 9, Glan y Môr House]]",
        "[[st:Ffordd y Traeth]]",
        "Port Morlais [[pc:SA1 6YW]]",
        "Tenancy reference: [[acc:T-002957-BM]]",
        "{{Dear Sir or Madam|salut}},",
        "Re: {{Bae Morlais County Borough Council|inv}} repairs service consultation",
        "I am writing on behalf of my mother, who is 83 and has lived in her flat since she came over from "
        "{{Derry|place}} in 1967 to work at {{the Mettoy factory|org}}. She has {{Alzheimer's|med}} and "
        "{{COPD|med}}. I live in {{Derry|place}} again now and I do what I can from there, so the phone line matters "
        "to both of us. I cannot be ringing a contractor in {{Cardiff|place}} who doesn't know her.",
        "Her details, so that her needs flag is checked: date of birth [[dob:14/08/1941]], NHS number "
        "[[nhs:999 081 8363]], {{Singleton Hospital|hosp}} number [[hosp:SGH 0336172]]. Her National Insurance number "
        "is [[ni:QQ 31 67 04 A]], which she was asked for when the housing benefit was changed, for what reason I do "
        "not know.",
        "The bathroom extractor fan has not worked since {{June|date}} and the black mould is back. Her neighbour at "
        "number 10, [[p:Hope Williams]], checks on her every day and says the smell is bad. Sixty days would be "
        "another summer of it.",
        "Please keep a phone line and a named officer. The old repairs office knew her by name. {{Go raibh maith "
        "agat|lang}}.",
        "{{Yours sincerely|salut}},",
        "[[p:Siobhán Doherty]]",
        "[[ph:028 9649 6227]] / [[em:siobhan.doherty at example dot org]]",
    ]),

    # letter-03.eml: cctv-network campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-03", "eml", "cctv-network", "student", [
        "Hi,",
        " ".join(SC[:3]).replace("{{£1.8 million|num}}", "{{1.8 million pounds|num}}"),
        "I'm a postgraduate from {{Manchester|place}} studying here, and I help run the {{Carrside|inv}} community "
        "food bank two nights a week. Our volunteers are mostly young Black and Asian men and women who already get "
        "stopped more than anyone else. One of them, [[p:Tariq Mahmood]], was followed home from the food bank by a "
        "patrol car last month. We are not against the police. We are against a system nobody can see into.",
        " ".join(SC[4:]),
        "Thanks,\n[[p:Jess Adeyemi-Ward]]\n[[ph:0161 496 0553]]\n[[em:jess.aw@example.net]]\nInstagram: "
        "[[sh:@carrside_foodbank_jess]]",
    ], camp=t_cam.C, role="edited", headers={
        "From": "Jess Adeyemi-Ward <jess.aw@example.net>",
        "To": "cctvconsultation@example.org",
        "Subject": "CCTV network consultation",
        "Date": "Tue, 11 Feb 2025 22:41:09 +0000",
    }),

    # letter-04.eml: gritting-routes, a mother of a child with a heart condition
    Letter("letter-04", "eml", "gritting-routes", "parent", [
        "Dear Roads Department,",
        "I am writing about the plan to take the {{C38|road}} past our house off the priority gritting list. We live "
        "at [[hn:Knockside Croft]], [[st:Drumlaw Road]], [[pc:AB31 5PT]], two miles above {{Bogmuir|inv}}.",
        "Our son [[p:Finlay Reid]] (date of birth [[dob:3 June 2019]]) was born with {{hypoplastic left heart "
        "syndrome|med}} and has had three operations at {{the Royal Hospital for Children|hosp}} in {{Glasgow|place}}. "
        "His CHI number is on his care plan; his NHS number from when we lived in {{England|place}} is "
        "[[nhs:999 414 6548]], and his {{Aberdeen Royal Infirmary|hosp}} unit number is [[hosp:ARI 5512098]]. If he "
        "goes blue we have been told to drive straight to A&E, not to wait for an ambulance.",
        "Our car is a four-wheel drive, [[vr:SK21 RXD]], but it is no use on sheet ice. Last {{December|date}} my "
        "husband [[p:Duncan]] had to carry [[p:Finlay]] down to the main road to meet the ambulance.",
        "[[p:Finlay]] starts at [[sch:Kirkton of Dye Primary]] in {{August|date}}. Please keep our road on the list.",
        "Yours faithfully,\n[[p:Kirsty Reid]]\n[[ph:07700 900 148]]\n[[em:kirsty.reid@example.com]]",
    ], headers={
        "From": "Kirsty Reid <kirsty.reid@example.com>",
        "To": "roads.consultation@example.org",
        "Subject": "Gritting consultation - C38 Drumlaw Road",
        "Date": "Wed, 5 Feb 2025 08:03:51 +0000",
    }),
]
