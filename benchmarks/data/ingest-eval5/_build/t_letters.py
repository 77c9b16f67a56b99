"""The six letters: 2 .txt, 2 .docx, 2 .eml. Each paragraph is written with inline markup.
.eml bodies are kept ASCII (build.py checks that str and bytes parsing agree)."""
from common import Letter, sents
import t_arc, t_miu

MIU_S = sents(t_miu.T)

LETTERS = [
    # letter-01: record-office campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "record-office", "family historian", [
        "[[p:RAYMOND ACKROYD]]\n[[fl:Flat 5]], [[st:9 Minster Yard]]\nCastlebury\n[[pc:YO17 2RP]]",
        "{{14 March 2025|date}}",
        "{{Consultation Team|role}}, Culture and Heritage\n{{Northwold County Council|inv}}\n{{County Hall|landmark}}",
        "Dear Sir or Madam,",
        t_arc.T,
        "For your records, my reader's ticket is [[acc:NRO/R/11872]] and I have used the searchroom since it opened "
        "on Saturdays in 1987. My wife [[p:Jean]] and I can be reached on [[ph:(01632) 960 905]].",
        "Yours faithfully,\n\n[[p:R. Ackroyd]]",
    ], camp=t_arc.CAMP, role="exact"),

    # letter-02: minor-injuries campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "eml", "minor-injuries", "parent", [
        "To whom it may concern,",
        " ".join(MIU_S[:2]),
        "Last October my daughter [[p:Rosie]], who is in P3 at [[sch:Portkessock Primary]], shut her fingers in the "
        "door of our close at [[st:7 Kirk Wynd]] at ten at night. The nurse at the unit saw her in twenty minutes. "
        "Her hospital number from the follow-up clinic is [[hosp:RAH-1182045]]. My partner [[p:Stevie]] works nights "
        "on the rigs and I do not drive.",
        " ".join(MIU_S[3:]),
        "Thanks,\n[[p:Nicola Gallacher]]\n[[ph:0141 496 0327]]\n[[em:nicola.gallacher(at)example.net]]",
    ], camp=t_miu.CAMP, role="edited", headers={
        "From": "Nicola G <nicola.gallacher@example.net>",
        "To": "miu.consultation@example.org",
        "Subject": "Invercraig MIU consultation",
        "Date": "Mon, 10 Feb 2025 21:14:07 +0000",
    }),

    # letter-03: home care, a Somali-British daughter writing for her mother
    Letter("letter-03", "docx", "home-care", "family carer", [
        "[[p:Sahra Abdullahi Warsame]]",
        "[[fl:Flat 22, Eskmeet House]]",
        "[[st:Tanyard Road]]",
        "{{Carlhaven|inv}}",
        "[[pc:CA2 7WL]]",
        "{{3 February 2025|date}}",
        "Dear {{Commissioning Manager|role}},",
        "I am writing about my mother, [[p:Faadumo Cilmi Nuur]] (date of birth [[dob:01/01/1948]], NHS number "
        "[[nhs:999 859 5649]]). She has {{type 2 diabetes|med}}, {{glaucoma|med}} and speaks only Somali. Her carers "
        "from {{Bridgefoot Care|inv}}, [[p:Ayaan]] and [[p:Hibo]], speak Somali with her and understand her food and "
        "her prayer times. In Ramadan they came after {{iftar|religious term}} without being asked.",
        "The zone map puts our building in {{Zone C|inv}}. Bridgefoot Care does not work in Zone C. Nobody has told "
        "us what will happen to her. When the interpreter from {{Language Line|org}} phoned she was told her case "
        "reference was [[acc:ASC-0031874]] and that someone would call back. Nobody did.",
        "I am also her unpaid carer at weekends and I claim {{Carer's Allowance|law}} (National Insurance number "
        "[[ni:QQ 41 22 87 C]]). If I lose the paid carers I will have to give up my job at the {{Royal Mail|org}} "
        "sorting office.",
        "Please make sure people like my mother keep carers who speak their language. {{Mahadsanid|lang}}.",
        "Yours sincerely,",
        "[[p:Sahra Warsame]]",
        "[[ph:07700 900 462]]",
    ]),

    # letter-04: sixth form, a bilingual letter from parents
    Letter("letter-04", "docx", "sixth-form", "parent", [
        "{{Annwyl Aelod Cabinet dros Addysg|welsh}},",
        "Dear {{Cabinet Member for Education|role}},",
        "Ysgrifennwn fel rhieni i dri o blant. / We write as parents of three children.",
        "Our eldest, [[p:Elis Wyn Jenkins]] (born [[dob:3rd October 2008]]), is in Year 12 and is the only student "
        "taking {{A level|qualification}} Welsh this year. Our twins [[p:Gruff]] and [[p:Nia]] are in Year 7. We live "
        "at [[hn:Hafod Lwyd]], on the mountain road above {{Llanfeurig|inv}}, and the school bus already takes fifty "
        "minutes.",
        "Elis has {{Asperger's|med}}. The move to secondary was hard, and it was Mr [[p:Hughes]] and the learning "
        "coach, [[p:Bethan]], who got him through. A new college in {{Newtown|place}} with two thousand students is "
        "not a risk we are willing to take with him.",
        "Mae'r chweched yn rhan o'r gymuned. {{Peidiwch â'i chau|welsh}}.",
        "{{Yn gywir|welsh}},",
        "[[p:Carys]] a [[p:Dewi Jenkins]]",
        "[[em:jenkins.hafodlwyd@example.com]]",
    ]),

    # letter-05: garden waste, a posted letter from a Belfast pensioner
    Letter("letter-05", "txt", "garden-waste", "pensioner", [
        "Mrs [[p:Isobel McCartan]]\n[[hn:Wee Neuk]]\n[[st:Ballyhenry Park]]\n{{Drumcarrick|inv}}\n[[pc:bt38 9lx]]",
        "Dear Sirs,",
        "My grandson [[p:Ryan]] is typing this for me as my eyes are not great. I have been in this house 52 years "
        "and my late husband [[p:Billy]] put in the roses, {{Albertine|plant}} and {{Peace|plant}}, in 1974. I keep "
        "them going for him. That is all the brown bin is for.",
        "I get {{Pension Credit|law}} and {{£65|num}} is a week's shopping. The new sticker is to go on the lid but "
        "the lid of my bin is cracked since the crew dropped it in 2022. My permit number is [[acc:GW-20566]]. My "
        "neighbour, Mr [[p:Harkness]], says he will not pay either and will burn his.",
        "Please keep it the way it is. I am not on the computer, so you can phone me on [[ph:028 9649 6774]] or write.",
        "Yours faithfully\n[[p:ISOBEL MCCARTAN]]",
    ]),

    # letter-06: taxi licensing, a private hire driver's email
    Letter("letter-06", "eml", "taxi-licensing", "private hire driver", [
        "Dear Licensing Team,",
        "I am writing about the knowledge test and the age limit. I have been a private hire driver with "
        "{{Saltbeck Cars|inv}} since 2011, badge number [[acc:PH/0219]]. My car is a 2016 {{Toyota|orgp}} "
        "{{Auris|brand or product name}} estate, registration [[vr:FD16 LHX]], 148,000 miles.",
        "When I renewed my {{DBS|law}} last year your office lost the form twice and I had to give my National "
        "Insurance number ([[ni:QQ123456A]]) and date of birth ([[dob:12-08-1979]]) three times by phone. I want to "
        "know that the new test booking system will keep this safe.",
        "My brother [[p:Anwar]] drives the same car on nights. If the car is scrapped at ten years we both lose our "
        "income. We are happy to fit a camera if the council pays, like {{Transport for London|org}} did for "
        "the {{ULEZ|law}} scrappage.",
        "Regards,\n[[p:Shahid Miah]]\n[[ph:+44 121 496 0815]]\n[[em:shahid.miah@example.com]]",
    ], headers={
        "From": "Shahid Miah <shahid.miah@example.com>",
        "To": "licensing@example.org",
        "Subject": "Taxi policy consultation - response",
        "Date": "Wed, 19 Feb 2025 08:41:55 +0000",
    }),
]
