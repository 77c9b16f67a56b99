"""The six letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_hal

S = sents(t_hal.TPL)

LETTERS = [
    # letter-01.txt: village-hall campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "village-hall", "resident", [
        "[[p:MAIR ELERI PRICE]]\n[[hn:Llys Awel]]\n[[st:Ffordd yr Ysgol]]\nLlanfeugan\n[[pc:LD3 7PS]]",
        "{{3 March 2025|date}}",
        "The Clerk\n{{Cyngor Cymuned Llanfeugan|inv}}\n{{Llanfeugan Community Council|inv}}",
        "{{Annwyl Gyngor|welsh}} / {{Dear Council|salut}},",
        t_hal.TPL,
        "Mrs [[p:Olwen Pugh]] next door and [[p:Dilwyn 'Dil' Harries]] across the road have asked me to add their "
        "names. Neither of them has a computer.",
        "{{Yn gywir|welsh}},",
        "[[p:Mair Eleri Price]]",
    ], camp=t_hal.C, role="exact"),

    # letter-02.eml: village-hall campaign, a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "eml", "village-hall", "resident", [
        "Dear Councillors,",
        " ".join(S[:3]),
        "I run the pantomime. This year's was {{Aladdin|char}} and our Widow Twankey was [[p:Dai Jones-Parry]], who "
        "is 81. My daughter [[p:Elin]] (Year 8 at [[sch:Ysgol Calon Gwy]]) played the genie. We rehearse in the hall "
        "three nights a week from {{October|date}}. We live at [[st:9 Maes yr Eglwys]] and I can see the hall roof "
        "from the kitchen, so I know exactly how bad it is.",
        " ".join(S[4:]),
        "Best wishes,\n[[p:Rhiannon Tudor]]\n[[ph:029 2018 0736]]\n[[em:rhiannon.tudor@example.net]]",
    ], camp=t_hal.C, role="edited", headers={
        "From": "Rhiannon Tudor <rhiannon.tudor@example.net>",
        "To": "clerk@example.org",
        "Subject": "Neuadd Llanfeugan consultation",
        "Date": "Tue, 11 Mar 2025 20:41:10 +0000",
    }),

    # letter-03.docx: dial-a-ride, a County Tyrone couple
    Letter("letter-03", "docx", "dial-a-ride", "service user", [
        "[[p:Thomas McAleer]]",
        "[[fl:Flat 5, Glenavon Court]]",
        "[[st:Beechvale Road]]",
        "Coalisland [[pc:BT71 4LD]]",
        "Dial-a-ride membership: [[acc:DCT-M-01177]]",
        "{{Dear Sir or Madam|salut}},",
        "Re: proposed fare increase, {{Drumcarrow Community Transport|inv}}",
        "I am writing for myself and my wife [[p:Bernadette]]. I am 77, born [[dob:2/11/1947]], and I lost my "
        "licence after my second heart attack. My wife has {{COPD|med}} and goes to the respiratory clinic at "
        "{{Antrim Area Hospital|hosp}} every month, her hospital number is [[hosp:AAH 3390518]].",
        "We are on {{Pension Credit|law}} and my National Insurance number is [[ni:QQ 85 40 13 B]]. A return to "
        "Antrim on the minibus is already the dearest thing we pay for after the electric.",
        "Our granddaughter [[p:Aoife]] drives us when she can, but she works in {{Belfast|place}}.",
        "Please keep the fare where it is.",
        "{{Yours faithfully|salut}},",
        "[[p:Thomas McAleer]]",
    ]),

    # letter-04.docx: garage-sites, a landlord and shopkeeper
    Letter("letter-04", "docx", "garage-sites", "landlord", [
        "[[p:Anwar Hussain]]",
        "[[st:48 Wath Road]]",
        "Brackmoor",
        "[[pc:S63 7DN]]",
        "{{Dear Sir/Madam|salut}},",
        "Garage sites disposal - sites 4, 11 and 17",
        "I rent three garages from the council, tenancy references [[acc:BMBC/GAR/02214]] and "
        "[[acc:BMBC/GAR/02215]], and one in my son [[p:Zain]]'s name. I keep stock for my shop, "
        "{{Hussain & Sons Convenience|orgp}}, in two of them, and our family cars, [[vr:YD17 HNC]] and my son's "
        "[[vr:yt70 ozw]], in the third.",
        "I also let [[fl:Flat 1]], [[st:48a Wath Road]] above the shop to a young couple and they rely on the garage at "
        "the back for their motorbike.",
        "I have no objection to houses but I would ask the council to offer us garages on the "
        "{{Thornbury Road|route}} site, which has eight empty.",
        "My mobile is [[ph:07700 900 251]] and email [[em:anwar.h.brackmoor@example.com]].",
        "{{Yours faithfully|salut}},",
        "[[p:A. Hussain]]",
    ]),

    # letter-05.txt: bathing-water, living aboard a narrowboat on the river
    Letter("letter-05", "txt", "bathing-water", "boater", [
        "From: [[p:Pete]] and [[p:Jude Marchbank]]\nNarrowboat [[hn:Kingfisher Blue]]\nMoored at "
        "{{Millpool Wharf|landmark}}, Wendleford",
        "{{Dear Town Clerk|salut}},",
        "We have lived aboard on the Lathe for nine years. We are very much in favour of designation.",
        "In {{January|date}} [[p:Jude]] was treated at {{Musgrove Park Hospital|hosp}} (hospital number "
        "[[hosp:MPH 0027739]]) for a gut infection after falling in at the lock. Her NHS number is "
        "[[nhs:999 186 0916]]. The consultant said it was almost certainly from the water.",
        "We post river conditions and sewage alerts on our blog and on instagram as [[sh:@kingfisherblue_boat]], "
        "and we would be glad to help with monitoring.",
        "Kind regards,\n[[p:Pete Marchbank]]",
    ]),

    # letter-06.eml: pool-booking, a father in a tenement flat
    Letter("letter-06", "eml", "pool-booking", "parent", [
        "To whom it may concern,",
        "I'm writing about the lane booking at {{Linnvale Community Pool|inv}}. My son [[p:Jamie Docherty]] "
        "(d.o.b. [[dob:14.06.2013]]) is in the {{Linnvale Dolphins|org}} squad and in S1 at "
        "[[sch:Carronside Academy]]. His membership number is [[acc:LLT-0061948]].",
        "The squad session clashes with the public booking window, so we get fined {{a pound|num}} every time "
        "training overruns and his public slot is missed. We have paid {{14 pounds|num}} in fines since "
        "{{Christmas|event}}.",
        "We live at [[fl:flat 3/2]], [[st:27 Carronvale Terrace]], [[pc:FK2 7BQ]] and the pool is a 40 minute walk.",
        "Thanks,\n[[p:Stephen Docherty]]\n[[ph:0141 496 0382]]\n[[em:steviedoc@example.com]]",
    ], headers={
        "From": "Stephen Docherty <steviedoc@example.com>",
        "To": "bookings@example.org",
        "Subject": "Lane booking consultation",
        "Date": "Fri, 7 Mar 2025 08:02:51 +0000",
    }),
]
