"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_hyd, t_dys

SD = sents(t_dys.TPL)

LETTERS = [
    # letter-01.txt: hydrotherapy campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "hydrotherapy-pool", "grandparent", [
        "[[p:NOREEN HAGAN]]\n[[hn:Lisnacree House]]\n[[st:Tullyrusk Road]]\nBallykeelan\n[[pc:BT44  9RF]]",
        "{{14 October 2025|date}}",
        "Leisure Services Consultation\n{{Slievegarran and Bann Borough Council|inv}}\n{{Civic Centre|landmark}}",
        "{{Dear Sir or Madam|salut}},",
        t_hyd.TPL,
        "I am writing for my grandson [[p:Cian]], who goes to the pool with [[sch:Glenmount School]] and with us on "
        "a {{Saturday|date}}. Last month we were given a parking ticket in the leisure centre car park although the "
        "blue badge was on show. The car is [[vr:MXZ 5120]]. The ticket was cancelled in the end, but it shows how "
        "little the place is looked after.",
        "{{Yours faithfully|salut}},",
        "[[p:Noreen Hagan]]\nTel. [[ph:028 9649 6538]]",
    ], camp=t_hyd.C, role="exact"),

    # letter-02.docx: dyslexia campaign with a sentence dropped and a personal paragraph (edited), bilingual
    Letter("letter-02", "docx", "dyslexia-screening", "parent", [
        "[[p:Dafydd Rowlands]]",
        "[[fl:Fflat 4, Tŷ Afon]]",
        "[[st:Stryd y Felin]]",
        "Pontygarreg",
        "[[pc:CF39  8TN]]",
        "{{Annwyl Gyngor|salut}} / Dear Council,",
        "Ymgynghoriad sgrinio dyslecsia / Dyslexia screening consultation",
        " ".join(SD[:3]),
        "Our daughter [[p:Mali]] (born [[dob:21.06.2016]]) is in Year 4 at [[sch:Ysgol Gymraeg Pontygarreg]]. She "
        "reads well in Welsh when the words are ones she knows, and falls apart when they are not. The specialist "
        "teacher, Mrs [[p:Prydderch]], worked out in one visit that [[p:Mali]] was guessing from pictures, and gave "
        "her class teacher a programme for the whole term. [[p:Mali]]'s plan reference is [[acc:GCBC/ADY/23/1126]].",
        " ".join(SD[4:]),
        "You can reach me at [[em:dafydd.rowlands [at] example.org]] or on [[ph:029 2018 0715]].",
        "{{Yn gywir|welsh}},",
        "[[p:Dafydd Rowlands]]",
    ], camp=t_dys.C, role="edited"),

    # letter-03.docx: pupil support assistants, a kinship carer (not a campaign member)
    Letter("letter-03", "docx", "psa-allocation", "kinship carer", [
        "[[p:Margaret Baird]]",
        "[[fl:Flat 3/1]], [[st:22 Gallowhill Road]]",
        "Dunmorrach",
        "[[pc:PA19 2XR]]",
        "{{3 November 2025|date}}",
        "Education Services, {{Strathlorne Council|inv}}",
        "Support Staff Allocation Model consultation",
        "{{Dear Sir or Madam|salut}},",
        "I am the kinship carer for my grandson [[p:Keir]], date of birth [[dob:30.01.2014]], under a "
        "{{Kinship Care Order|law}}. He has {{ADHD|med}} and {{foetal alcohol spectrum disorder|med}}, and his "
        "{{Child's Plan|law}} reference is [[acc:STR/CP/1183]]. He is in S1 at [[sch:Ardcarnie High]].",
        "His pupil support assistant, Mr [[p:Nisbet]], meets him at the gate every morning. Without that he does "
        "not get past the front door. Last year, before Mr [[p:Nisbet]], he was sent home eleven times and once ran "
        "onto the main road. He is seen at {{Crosshouse|hosp}}, hospital number [[hosp:XH 3307125]], and the "
        "paediatrician has written that consistent adult support in school is essential.",
        "I am seventy and on my own. My {{Kinship Care Allowance|law}} was delayed for months last year because my NI "
        "number, [[ni:qq 21 09 63 b]], was wrongly recorded, so I know how systems can lose a person. A pool of "
        "assistants sent where a matrix says is another system that will lose my grandson.",
        "I ask the council to keep individual support for children like [[p:Keir]].",
        "{{Tapadh leibh|gaelic}},",
        "[[p:Margaret Baird]]\n[[ph:0141 496 0159]]",
    ]),

    # letter-04.eml: autism outreach, a father (not a campaign member); ASCII body
    Letter("letter-04", "eml", "autism-outreach", "parent", [
        "Dear Consultation Team,",
        "I am writing about the plan to replace the {{Specialist Teaching Service for Autism|own}} with an "
        "{{Autism Outreach Team|own}}. My daughter [[p:Amara]], date of birth [[dob:2012-04-19]], is autistic and "
        "was permanently excluded from [[sch:Thornroyd High School]] in {{February|date}}. Her {{EHCP|term}} "
        "reference is [[acc:MMBC/EHC/09127]].",
        "The specialist teacher was booked to see her in {{January|date}}. The visit was cancelled twice because of "
        "caseloads. I believe that if it had happened, [[p:Amara]] would still be in school.",
        "She now travels 50 minutes each way to a tutoring centre in a council minibus, [[vr:YD68KRW]], with three "
        "other children and no escort. I have complained about this separately.",
        "We live at [[st:41 Weavers Row]], [[pc:HD9 3LW]]. The council saves 290,000 pounds with this plan. My "
        "daughter's placement costs more than a third of that on its own.",
        "Yours sincerely,\n[[p:Daniel Oduya]]\n[[ph:0161 496 0732]]\n[[em:d.oduya@example.com]]",
    ], headers={
        "From": "Daniel Oduya <d.oduya@example.com>",
        "To": "autism.consultation@example.org",
        "Subject": "Autism outreach consultation response",
        "Date": "Tue, 21 Oct 2025 22:41:09 +0100",
    }),
]
