"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_bwl, t_csc

S = sents(t_csc.TPL)

LETTERS = [
    # letter-01.txt: bowling-greens campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "bowling-greens", "bowler", [
        "[[p:WILFRED ALCOCK]]\n[[hn:Kiln Cottage]]\n[[st:Hollybush Lane]]\nBurslow\n[[pc:ST7  4JD]]\nTel. [[ph:01632 960 392]]",
        "{{12 February 2025|date}}",
        "Bowling Greens Consultation\n{{Parks and Open Spaces|site}}\n{{Burslow City Council|inv}}\n{{Civic Centre, Glebe Street|landmark}}",
        "{{Dear Sir or Madam|salut}},",
        t_bwl.TPL,
        "I have bowled at {{Tunhurst Park|site}} for fifty-one years. My great-granddaughter [[p:Poppy]] comes down with me "
        "after school at [[sch:Hollybush Primary]] and the members have taught her to roll a jack. Where else would an "
        "eight-year-old and an eighty-eight-year-old play the same game?",
        "{{Yours faithfully|salut}},",
        "[[p:Wilf Alcock]]",
    ], camp=t_bwl.C, role="exact"),

    # letter-02.docx: esol-fees, an advice worker writing for a learner
    Letter("letter-02", "docx", "esol-fees", "organisation", [
        "{{Sorbridge Law Centre|org}}",
        "{{3 March 2025|date}}",
        "{{Dear Sir or Madam|salut}},",
        "Re: proposed fees for adult {{ESOL|site}} classes - [[p:Hodan Ali Farah]]",
        "I write on behalf of my client, [[p:Hodan Ali Farah]], born [[dob:14/06/1979]], of [[fl:Flat 12, Oakwell Court]], "
        "[[st:Abbeydale Road]], [[pc:LE2 9rf]]. Her National Insurance number is [[ni:qq 48 20 77 c]]. She has consented "
        "to her details being shared with the council for this response.",
        "Ms [[p:Farah]] arrived from {{Mogadishu|place}} in 2021 under the {{family reunion|law}} route. She attends "
        "{{Pre-Entry|site}} classes at the {{Belgrove Centre|site}} and uses the creche for her youngest child. Her son "
        "[[p:Mustafe]] attends [[sch:Westbridge Academy]]. She has no laptop and shares one phone with three children.",
        "Fees of {{£4 an hour|num}}, or a move to online learning, would end her studies. We ask the council to confirm "
        "that learners on {{Universal Credit|law}} will be exempt and that face-to-face {{Pre-Entry|site}} classes will "
        "continue. I can be reached on [[ph:0116 496 0588]].",
        "{{Yours faithfully|salut}},",
        "[[p:Rachel Okonjo]]\n{{Immigration and Welfare Adviser|role}}",
    ]),

    # letter-03.docx: caravan-occupancy, a couple living all year on a park
    Letter("letter-03", "docx", "caravan-occupancy", "park resident", [
        "[[p:Keith Bramley]] and [[p:Janet Bramley]]",
        "[[hn:Sandpiper]], [[fl:pitch 88]]",
        "{{Marram Dunes Park|org}}",
        "Marshby-on-Sea [[pc:ln122wq]]",
        "{{Dear Councillors|salut}},",
        "We moved to the park from {{Leicester|place}} in 2016 and have lived here all year since. Our council tax "
        "account is [[acc:CTX 7730 2046]] and our car is [[vr:YR66 BHE]], which your officers photographed last {{January|date}}.",
        "Keith has {{Huntington's disease|med}} and is under the neurology team at {{Lincoln County Hospital|hosp}}, "
        "hospital number [[hosp:LCH 1188345]], NHS number [[nhs:999 232 3353]]. Moving him for six weeks every winter "
        "would be cruel. His consultant has written a letter we can send.",
        "We ask the council to exempt residents who can show five years' continuous occupation.",
        "{{Yours sincerely|salut}},",
        "[[p:Janet Bramley]]",
    ]),

    # letter-04.eml: customer-centre campaign, sentence dropped and personal paragraph (edited)
    Letter("letter-04", "eml", "customer-centre", "carer", [
        "Dear Kelsham Council,",
        " ".join(S[:3]),
        "My mother, [[p:Winifred Osei]], is 91 and lives alone at [[st:6 Bellamy Street]], [[pc:SE17 3QT]]. Her date of "
        "birth is [[dob:22.11.1933]] and her NHS number is [[nhs:9994056360]]. Every council letter she gets, she takes "
        "to the Town Hall, because she cannot hear well enough for the phone.",
        " ".join(S[4:]),
        "Regards,\n[[p:Abena Osei-Mensah]]\n[[ph:020 7946 0417]]\n[[em:abena.osei-mensah@example.com]]",
    ], camp=t_csc.C, role="edited", headers={
        "From": "Abena Osei-Mensah <abena.osei-mensah@example.com>",
        "To": "customerconsultation@example.org",
        "Subject": "Customer Service Centre consultation",
        "Date": "Tue, 11 Mar 2025 19:42:10 +0000",
    }),
]
