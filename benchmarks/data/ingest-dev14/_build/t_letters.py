"""Six letters: 2 .txt, 2 .docx, 2 .eml. The transport campaign is pasted into letter-01 (exact) and letter-02 (edited)."""
from common import Letter
import t_trn

TS = t_trn.S

LETTERS = [
    Letter("letter-01", "txt", "send-transport", "parent", [
        "MRS [[p:JANINE ASHBY]]\n[[hn:The Old Forge]]\n[[st:Church Walk]]\n{{Skelby|inv}}\n[[pc:HL3 8NW]]",
        "{{12 November 2025|date}}",
        "{{SEND Transport Review|inv}}\n{{Hollinshire County Council|inv}}\n{{County Hall|landmark}}\n{{Castlebury|inv}}",
        "Dear Sir or Madam,",
        t_trn.T,
        "Yours faithfully,\n\n[[p:Janine Ashby]]",
    ], camp=t_trn.CAMP, role="exact"),
    Letter("letter-02", "eml", "send-transport", "parent", [
        "To whom it may concern,",
        " ".join(TS[:2]) + " " + " ".join(TS[3:]),
        "My son [[p:Yusuf]] is 10 and goes to [[sch:Oakhurst Academy]]. He is autistic and has {{Tourette's|med}}. "
        "His escort, [[p:Pam]], sits with him and talks to him about trains the whole way. "
        "I drove him myself for a month last winter when the contract changed and my old car [[vr:wu17rte]] "
        "failed its {{MOT|brand}} in the middle of it. We cannot do that again.",
        "Regards,\n[[p:Tariq Saleem]]\n[[ph:07700 900 751]]\n[[em:tariq.saleem@example.net]]",
    ], camp=t_trn.CAMP, role="edited",
       headers={"From": "Tariq Saleem <tariq.saleem@example.net>", "To": "send.review@example.org",
                "Subject": "SEND transport consultation response", "Date": "Thu, 13 Nov 2025 21:04:11 +0000"}),
    Letter("letter-03", "docx", "larkspur-house", "foster carer", [
        "Response to the consultation on the secondary {{pupil referral unit|send}}",
        "I am writing as the foster carer of [[p:Jamie-Lee Carter]], date of birth [[dob:21 March 2011]], who has "
        "attended [[sch:Larkspur House]] since {{April|date}}. [[p:Jamie-Lee]]'s {{EHCP|send}} reference is "
        "[[acc:HCC/EHC/23/01187]] and the local authority case reference is [[acc:CLA-55210]].",
        "[[p:Jamie-Lee]] has had five school placements and four foster placements. [[sch:Larkspur]] is the first school "
        "where staff have stayed long enough to learn how she shows distress. Her social worker, Ms [[p:Priya Nair]], "
        "and her {{Virtual School Head|role}} both agree that a further move now would be harmful.",
        "I ask that any change to [[sch:Larkspur]] protects the places of {{looked-after children|law}} already on roll, and "
        "that the council considers its duties as {{corporate parent|law}} under the {{Children and Social Work Act 2017|law}}.",
        "Yours sincerely,",
        "[[p:Margaret Oyelaran]]",
    ]),
    Letter("letter-04", "docx", "resource-provision", "headteacher", [
        "{{Fennick High School|venue}}",
        "Response to the proposals for specialist resource provision",
        "The governors and I oppose the closure of the {{Cedar Unit|venue}} for deaf pupils. The unit serves seven "
        "students, two of whom sit {{GCSEs|send}} this summer. Our deaf students already wait months for an "
        "educational psychologist and a speech and language therapist who can sign, and closing the unit would make "
        "this worse.",
        "We recognise the need for more autism and SEMH places and would be willing to host a new base if the "
        "{{Cedar Unit|venue}} is retained. We invite officers to visit and meet the students.",
        "Yours sincerely,",
        "Dr [[p:Helen Marchbank]]\n{{Headteacher|role}}\nTel. [[ph:01632 960 447]]\n[[em:h.marchbank@example.org]]",
    ]),
    Letter("letter-05", "txt", "top-up-banding", "parent", [
        "To Hollinshire Council, SEND team",
        "I write about the bands for my daughter [[p:Andreea Lungu]], born [[dob:30.09.2016]], NHS number "
        "[[nhs:999 614 3554]]. She has {{Down syndrome|med}} and a {{heart condition|med}}. She is in Year 4 at "
        "[[sch:holloway green primary]].",
        "Now the school give her help all day and she is happy. The SENCO tell me with the new band maybe only half. "
        "In {{Romania|place}} children like my daughter go to special school far away, here she is with other "
        "children from our street. Please do not change this.",
        "[[p:Mihaela Lungu]]\n[[fl:Flat 7, Kingsmead Court]]\n[[st:Station Road]], {{Fennick|inv}}\n[[pc:HL5 1TQ]]",
    ]),
    Letter("letter-06", "eml", "inclusion-partnerships", "parent", [
        "Hi,",
        "Quick response from a dad of twins. [[p:Ayaan]] and [[p:Zara]] are both in Year 1 at "
        "[[sch:St Wilfrid's C of E Primary]] and both are waiting for {{ADHD|med}} assessments. Nobody at the council "
        "could tell me who is in charge of their support, so an area team with a named person sounds good to me.",
        "But please make the partnerships talk to the {{NHS|org}}. Half our problems are health waiting lists, not "
        "education ones.",
        "Cheers,\n[[p:Imran Chaudhry]]\n[[ph:+44 7700 900 864]]\nX/Twitter: [[sh:@dad_of_twins_hl]]",
    ], headers={"From": "Imran Chaudhry <imran.c@example.com>", "To": "aip.consultation@example.org",
                "Subject": "Area partnerships", "Date": "Mon, 17 Nov 2025 07:12:40 +0000"}),
]
