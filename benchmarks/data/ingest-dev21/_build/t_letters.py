"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_stl, t_out

SO = sents(t_out.TPL)

LETTERS = [
    # letter-01.txt: short-term-lets campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "short-term-lets", "pensioner", [
        "[[p:MOIRA GILCHRIST]]\n[[fl:Flat 4]]\n[[st:9 Lochend Wynd]]\nDunlaggan\n[[pc:EH7  5RJ]]\n"
        "Tel. [[ph:0131 496 0518]]",
        "{{3 October 2025|date}}",
        "Planning Policy Team\n{{Dunlaggan City Council|inv}}\n{{City Chambers|landmark}}\n{{High Street|route}}",
        "{{Dear Sir or Madam|salut}},",
        "Short-term let control area",
        t_stl.TPL,
        "I am adding a few lines of my own. My grandson [[p:Callum]] is twenty-six, works as a joiner and is still "
        "in his old room at his mother's because there is nothing he can afford within an hour of his work. My "
        "husband [[p:Eck]] and I have been on this stair since {{1979|num}}. Of the six flats, ours is one of only "
        "two where anybody actually lives.",
        "{{Yours faithfully|salut}},",
        "[[p:Moira Gilchrist]] (Mrs)",
    ], camp=t_stl.C, role="exact"),

    # letter-02.docx: outdoor-centre campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "docx", "outdoor-centre", "parent", [
        "[[hn:Hafod Wen]]",
        "Pentre Gwernant",
        "[[pc:ll20 8tu]]",
        "{{Annwyl Gynghorydd|welsh}} / Dear Councillor,",
        "Re: the proposal to close {{Plas Gwernant|own}}",
        " ".join(SO[:4]),
        "Our son [[p:Tomos]], date of birth [[dob:30/06/2014]], has {{cystic fibrosis|med}}. He is in Year 6 at "
        "[[sch:Ysgol Bryn Collen]] and he went to the centre in {{May|date}}. The instructors had his physio routine "
        "written up on the wall of the boot room and they rang his CF nurse at {{Wrexham Maelor|hosp}} before they "
        "took him into the gorge. His NHS number is [[nhs:999 184 3949]]; they had it on their form and they knew "
        "what it was for. No commercial centre has ever asked us for it.",
        " ".join(SO[5:]),
        "{{Yn gywir|welsh}},",
        "[[p:Rhian Maddocks]]",
        "[[em:rhian.maddocks [at] example.net]]",
    ], camp=t_out.C, role="edited"),

    # letter-03.docx: advice-services, a mother writing for her adult son with a learning disability
    Letter("letter-03", "docx", "advice-services", "carer", [
        "[[p:Philomena Mulholland]]",
        "[[fl:Flat 2a, Bann View House]]",
        "[[st:Quay Road]], Carnmore",
        "[[pc:bt51  4qh]]",
        "{{14 November 2025|date}}",
        "{{Dear Sir/Madam|salut}},",
        "{{Community Advice Grant|own}} consultation",
        "I am writing for myself and my son [[p:Conor Mulholland]], who is thirty-two and has a learning disability "
        "and {{Fragile X syndrome|med}}. [[p:Conor]] lives with me. He has been known all his life as [[p:Snowy]] "
        "and that's the only name he answers to.",
        "Last year the {{Housing Executive|org}} wrote to him about his housing benefit and said he had been "
        "overpaid. The reference was [[acc:NIHE/HB/770314]]. He could not read the letter and he hid it. By the "
        "time I found it there was a deduction coming off his money every week. The adviser at "
        "{{Carnmore Advice Centre|own}}, [[p:Marty Dougan]], took it on, got the overpayment written off and "
        "made sure the letters now come to me as his appointee.",
        "For the record his National Insurance number is [[ni:QQ 91 46 27 A]] and his hospital number at the "
        "{{Causeway Hospital|hosp}} is [[hosp:CH 9920413]], where he goes for his heart. I put these here because "
        "that is what it takes to get anything done: somebody who knows what the numbers are for.",
        "A phone line would not have worked. [[p:Snowy]] will not speak on the phone and I am hard of hearing. We need a "
        "door we can walk through. You can reach me on [[ph:028 9649 6277]] or "
        "[[em:p.mulholland(at)example.org]].",
        "{{Yours faithfully|salut}},",
        "[[p:Philomena Mulholland]] (Mrs)",
    ]),

    # letter-04.eml: water-fluoridation, a father for fluoridation; ASCII body
    Letter("letter-04", "eml", "water-fluoridation", "parent", [
        "{{Dear Public Health Team|salut}},",
        "I want to put in a response in favour of the fluoride scheme, because I think the people against it shout "
        "louder than the people for it.",
        "Our daughter [[p:Layla Hedley]] (date of birth [[dob:05.09.2018]], NHS number [[nhs:9990150567]]) had "
        "four teeth taken out under general anaesthetic at {{the RVI|hosp}} last {{November|date}}. She was six. "
        "She goes to [[sch:Coldside Nursery and Infant School]], she brushes twice a day and she still has soft "
        "teeth. The dentist said fluoride in the water would have helped. We have been on the waiting list for an "
        "{{NHS|org}} dentist in {{Hexburn|inv}} for two years.",
        "I have read the leaflet from the campaign against it. I respect their choice. But my daughter did not get "
        "a choice about having her teeth pulled.",
        "We live on [[st:Blackhaugh Road]], about half a mile from the works, so if anybody is going to be drinking "
        "it first it is us.",
        "Regards,\n[[p:Liam Hedley]]\n[[ph:0191 498 0336]]\n[[em:liam.hedley@example.com]]",
    ], headers={
        "From": "Liam Hedley <liam.hedley@example.com>",
        "To": "fluoridation.consultation@example.org",
        "Subject": "Fluoridation consultation - response in favour",
        "Date": "Tue, 21 Oct 2025 19:42:11 +0100",
    }),
]
