"""The six letters: 2 .txt, 2 .docx, 2 .eml. The send-transport campaign is pasted into letter-01 (exact) and
letter-02 (edited). .eml bodies are plain ASCII; the From: header is not part of the text."""
from common import Letter
from t_sen import TPL as SEN_TPL, S as SEN_S, CAMP as SEN_CAMP

LETTERS = [
    Letter("letter-01", "txt", "send-transport", "parent", [
        "MRS [[p:JOANNE PRIDDY]]\n[[hn:Larkspur Cottage]]\n[[st:Church Lane]]\nLower Wickham\n[[pc:SN8 3RT]]",
        "{{12 November 2024|date}}",
        "{{Passenger Transport Unit|inv}}\n{{Haverleigh County Council|inv}}\n{{County Hall|landmark}}",
        "Dear Sir or Madam,",
        SEN_TPL,
        "My son [[p:Alfie]] is in Year 7 at [[sch:Kingsmead Special School]].",
        "{{Yours faithfully|salut}},",
        "[[p:Joanne Priddy]]",
    ], camp=SEN_CAMP, role="exact"),
    Letter("letter-02", "eml", "send-transport", "parent", [
        "Dear Transport Team,",
        " ".join(SEN_S[:3]) + " " + SEN_S[4],
        "Our daughter [[p:Maisie Ockenden]] (date of birth [[dob:22.06.2015]]) goes to "
        "[[sch:St Aldhelm's C of E Primary]] with a passenger assistant because of her epilepsy. Her driver, "
        "[[p:Kev]], knows her rescue plan. Last term the contractor changed and a new driver turned up in a car, "
        "reg [[vr:HV17 OKN]], with no booster seat and no escort. Her EHCP reference is [[acc:HCC/EHC/18844]].",
        SEN_S[5],
        "{{Kind regards|salut}},\n[[p:Priya Ockenden]]\n[[ph:+44 7700 900 351]]\n[[em:priya.ockenden@example.com]]",
    ], camp=SEN_CAMP, role="edited", headers={
        "From": "Priya Ockenden <priya.ockenden@example.com>",
        "To": "sentransport.consultation@example.org",
        "Subject": "Home to school transport consultation",
        "Date": "Tue, 19 Nov 2024 21:14:05 +0000",
    }),
    Letter("letter-03", "docx", "school-site", "parent", [
        "[[hn:Fferm Tyncoed]]\nCwmerwyn\n[[pc:SA48 7RW]]",
        "{{Annwyl Gynghorydd|salut}},",
        "Ysgrifennaf ar ran fy nheulu i wrthwynebu cau safle Cwmerwyn. Mae ein plant, [[p:Gruffudd]] a [[p:Elin Haf]], "
        "yn mynychu [[sch:Ysgol Bro Alaw]] ar safle Cwmerwyn. Ganwyd [[p:Gruffudd]] ar [[dob:04/05/2017]].",
        "I write in English as well so that every member of the cabinet can read it. [[p:Gruffudd]] has "
        "{{type 1 diabetes|med}} and wears a pump. His NHS number is [[nhs:999 875 1357]]. The nurse at "
        "{{Ysbyty Glangwili|hosp}}, [[p:Carys]], has trained the staff at "
        "Cwmerwyn. Nobody at {{Llanfeidiog|inv}} has that training.",
        "{{Yn gywir|salut}},",
        "[[p:Rhian Tyncoed-Davies]]",
    ]),
    Letter("letter-04", "docx", "bonfire-flags", "residents association", [
        "{{Drumsallagh Residents' Association|org}}",
        "{{Bonfire and Flags Policy Consultation|inv}}\n{{Lisnamoyle and Dunvarra Borough Council|inv}}",
        "Dear Sir/Madam,",
        "Our association represents 96 households around the {{Mill Street|route}} site. We support managed bonfires "
        "and we support the removal of flags by an agreed date, applied to everyone. Three matters concern us.",
        "First, separation. The bonfire last year was 14 metres from the gable of [[st:2 Drumsallagh Avenue]], home of "
        "our treasurer [[p:Wilma Baird]], whose PVC windows buckled. {{NIFRS|org}} advice is 30 metres.",
        "Second, storage. Pallets are stacked against the fence of [[p:Paddy]] and [[p:Bernadette Loughran]] from "
        "early June. Mr [[p:Loughran]] uses a wheelchair and cannot get to his back gate.",
        "Third, clean-up. The {{Parks and Cemeteries Manager|role}} told us the site is cleared within 48 hours. It was "
        "cleared after eleven days.",
        "Yours faithfully,",
        "[[p:Gordon Hamill]] (Chair)\n[[ph:028 9649 6093]]",
    ]),
    Letter("letter-05", "txt", "dog-ban", "beach hut owner", [
        "[[st:4 Fore Street]]\nWrayhaven\n[[pc:TQ7 2DJ]]",
        "Dear Councillors,",
        "We hold beach hut licence [[acc:BH-0339]] on the {{Esplanade|route}}. We accept some increase, but {{£940|num}} "
        "is not reasonable for a hut with no water or power. We also walk our spaniel, {{Barney|pet}}, on "
        "{{Main Sands|inv}} before 8 in the morning and would like that to carry on.",
        "Our neighbour [[p:Kath]] at number 6 is 90 and no longer goes on the beach, but she asked us to say she "
        "agrees.",
        "[[p:Jim]] & [[p:Sandra Chudleigh]]",
    ]),
    Letter("letter-06", "eml", "dark-kitchen", "resident", [
        "Hiya,",
        "Re planning application {{24/01187/FUL|num}}, the dark kitchen at {{Leyworth Industrial Estate|inv}}.",
        "I live at [[st:31 Osborne Terrace]], [[pc:L20 6TR]]. My back bedroom is about 25 metres from Unit 6. I'm on "
        "nights at the {{Aintree|hosp}} and I sleep in the day, so it's not the night noise for me, it's the "
        "deliveries to the kitchens at 10 in the morning. A lorry, reg [[vr:YX20 HDL]], sat with its fridge unit "
        "running for 40 minutes last Tuesday. I've logged it with environmental health, ref [[acc:EH/NC/24/1102]].",
        "Can you add a condition about delivery times as well as opening hours?",
        "Ta,\n[[p:Lee]]\n\n[[p:Lee Ashcroft]]\n[[ph:0151 496 0871]]\n[[em:lee.ashcroft at example dot com]]",
    ], headers={
        "From": "Lee Ashcroft <lee.ashcroft@example.com>",
        "To": "planning.consultation@example.org",
        "Subject": "Objection 24/01187/FUL",
        "Date": "Mon, 9 Dec 2024 14:02:44 +0000",
    }),
]
