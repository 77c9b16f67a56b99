"""The six letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_reg, t_pnr

SP = sents(t_pnr.TPL)

LETTERS = [
    # letter-01.txt: bandstand, elderly woman, formal posted letter with address head and date of birth
    Letter("letter-01", "txt", "bandstand", "resident", [
        "[[p:Bernadette Harkin]]\n[[fl:Flat 7, Strand Mews]]\n[[st:Drumcairn Terrace]]\nMullanbeg\n[[pc:Bt48 7QN]]\n"
        "Tel. [[ph:028 9649 6402]]",
        "{{12th May 2025|date}}",
        "{{Parks and Open Spaces|role}}\n{{Mullanbeg District Council|inv}}\n{{Council Offices, Market Square|landmark}}",
        "{{Dear Sir or Madam|salut}},",
        "Re: the bandstand in {{Victoria Park|own}}",
        "I was born on the [[dob:4th of June 1938]] in a house on the far side of the park and I have known the "
        "bandstand all my life. I met my late husband, [[p:Eamon]], at a dance round it in the summer of "
        "{{1957|date}}, when the {{Mullanbeg Silver Band|inv}} played and the whole town came out. I would ask the "
        "council to choose Option A and restore it.",
        "I understand that young mothers want somewhere for the children, and I do not blame them. My grandson "
        "[[p:Conall]] brings his wee girl to the park and she would love a splash pad. But there is room in that "
        "park for both, down by the old paddling pool, and the bandstand cannot be put back once it is gone. We "
        "lost the {{Opera House|landmark}} and the old railway station in my lifetime and nobody thanks the people "
        "who let them go.",
        "If there is a fund-raising committee I would be glad to help. The ladies at {{St Columb's Cathedral|church}} "
        "would hold a coffee morning.",
        "{{Le meas|irish}},",
        "[[p:Bernadette Harkin]] (Mrs)",
    ]),

    # letter-02.txt: blue-badge, mother of an adult son with epilepsy and a learning disability
    Letter("letter-02", "txt", "blue-badge", "carer", [
        "Mrs [[p:Lorraine Whitworth]]\n[[st:22 Cragg Vale Road]]\nNetherley Bridge\n[[pc:HX7 3RB]]",
        "Blue Badge Consultation\n{{Calderholme Metropolitan Borough Council|inv}}\n{{Calderholme Civic Centre|own}}",
        "{{Dear Sir/Madam|salut}},",
        "I am writing about the proposed changes to the {{Blue Badge|law}} scheme on behalf of my son, "
        "[[p:Jordan Whitworth]], date of birth [[dob:09.02.1999]]. [[p:Jordan]] has a severe learning disability and "
        "{{Lennox-Gastaut syndrome|med}}, a form of {{epilepsy|med}}, and has several seizures a week, often "
        "without warning. He has held a badge since he was a child (badge number [[acc:HX 8821 4406 01]]).",
        "[[p:Jordan]] can walk, and on paper that counts against him. What the walking test will not show is that he "
        "has no sense of danger in a car park, that he may drop to the floor at any moment, and that after a "
        "seizure he cannot walk at all and I cannot lift him. His consultant at {{Calderdale Royal Hospital|hosp}} "
        "(hospital number [[hosp:K0448127]]) has written to the council before, and his NHS number is "
        "[[nhs:999 466 3224]] if the assessor needs his records.",
        "An appointment at a strange building in {{Holmroyd|inv}} would be very distressing for him. Please keep the "
        "desk-based route for people whose evidence is already on file.",
        "{{Yours faithfully|salut}},",
        "[[p:L. Whitworth]]",
    ]),

    # letter-03.docx: register-office campaign pasted verbatim into a posted letter (exact)
    Letter("letter-03", "docx", "register-office", "resident", [
        "[[p:MARGARET ELLISON]]",
        "[[hn:Nightingale Cottage]]",
        "[[st:Back Lane]], Much Hadley",
        "[[pc:NR17 9QP]]",
        "{{2 June 2025|date}}",
        "{{The Registration Service Review|own}}, {{Eastmere County Council|inv}}",
        "{{Dear Sir or Madam|salut}},",
        t_reg.TPL,
        "I should like the names of my husband [[p:Kenneth]] and my sister [[p:Joyce Pegg]] added to this letter; "
        "neither of them uses a computer.",
        "{{Yours faithfully|salut}},",
        "[[p:Margaret Ellison]]",
        "[[em:m.ellison.muchhadley@example.com]]",
    ], camp=t_reg.C, role="exact"),

    # letter-04.docx: care-leavers-housing, young Kurdish man from Iraq, with his personal adviser
    Letter("letter-04", "docx", "care-leavers-housing", "care leaver", [
        "[[p:Hawre Mahmood]]",
        "[[fl:Room 4, Kestrel Lodge]]",
        "Ribbleworth",
        "Date of birth: [[dob:17/08/2007]]",
        "Home Office reference: [[acc:M1179024]]",
        "National Insurance number: [[ni:QQ 35 61 82 B]]",
        "{{To whom it may concern|salut}},",
        "My name is [[p:Hawre]] and I live at Kestrel Lodge since one year. I am from {{Halabja|place}} in "
        "{{Kurdistan|place}}, {{Iraq|place}}. I came to the UK when I was 16 in a lorry and I was in a hotel in "
        "{{Manchester|place}} first. After that I came to Ribbleworth.",
        "In the Lodge the staff help me with everything: my asylum interview, my bank, my college, cooking. The "
        "night worker [[p:Gaz]] taught me to make an English breakfast and to play pool. When I had bad dreams "
        "about the journey there was always someone to talk to.",
        "I hear that you want to close the Lodge and give flats. For me next year a flat is OK, I am almost "
        "ready. But for the new boys who come now, 16 years, no English, no family, a flat alone is very "
        "dangerous. Some people in the town are looking for boys like this to sell drugs.",
        "Please keep the Lodge for the young ones. I study ESOL and electrics at "
        "{{Ribbleworth College|venue}} and I want to be an electrician.",
        "My personal adviser [[p:Sadia]] helped me to write this letter. You can call me on "
        "[[ph:07700 900 641]].",
        "{{Spas|lang}} / thank you,",
        "[[p:Hawre Mahmood]]",
    ]),

    # letter-05.eml: park-and-ride campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-05", "eml", "park-and-ride", "business", [
        "Dear Councillors,",
        " ".join(SP[:3]),
        "I manage a care home on the west side of the city and eleven of my care staff get the P2 in from "
        "Brigmuir for the 7am handover. Two of them, [[p:Agnieszka]] and [[p:Precious]], start at 6.45 on the "
        "dementia unit. None of them can afford a car on what we are able to pay. If the P2 goes, I will lose "
        "staff, and the residents will lose the people who know them.",
        " ".join(SP[4:]),
        "Kind regards,\n[[p:Alison Keith]]\nManager, {{Denhead House Care Home|inv}}\n[[ph:0131 496 0817]]\n"
        "[[em:alison.keith@example.org]]",
    ], camp=t_pnr.C, role="edited", headers={
        "From": "Alison Keith <alison.keith@example.org>",
        "To": "parkandride.consultation@example.net",
        "Subject": "Brigmuir Park and Ride - objection",
        "Date": "Tue, 10 Jun 2025 08:41:27 +0100",
    }),

    # letter-06.eml: uniform-grant, father of three, Swansea; child's date of birth and school
    Letter("letter-06", "eml", "uniform-grant", "parent", [
        "Hiya,",
        "I'm writing about the school uniform top-up. I'm a single dad with three kids and the top-up is the only "
        "reason my eldest, [[p:Kian Morgan]] (date of birth [[dob:11/07/2013]]), started at "
        "[[sch:Ysgol Gyfun Cwmtawelan]] last September looking like everyone else. The blazer, the logo jumper "
        "and the PE kit came to {{GBP 187|num}} and that was with shoes off the Exchange.",
        "We live at [[st:5 Heol Nant]] in Ystradfelen and the Exchange is the one place in the valley where you "
        "can pick up a jumper for a pound and nobody looks at you funny. The volunteers there are tidy. Don't shut "
        "it, mun.",
        "If you need to check anything my free school meals reference is [[acc:FSM-2022-04418]].",
        "{{Diolch|welsh}},\n[[p:Gareth Morgan]]\n[[ph:07700 900 952]]",
    ], headers={
        "From": "Gareth Morgan <gaz.morgan77@example.com>",
        "To": "schools.consultation@example.org",
        "Subject": "uniform grant",
        "Date": "Sat, 14 Jun 2025 22:03:51 +0100",
    }),
]
