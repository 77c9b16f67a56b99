# Six letters: 2 .txt, 2 .docx, 2 .eml. The post-19 transport campaign is pasted into letter-01 (exact) and
# letter-02 (edited). .eml bodies are kept ASCII.
from common import Letter
import t_trn

TS = t_trn.S

LETTERS = [
    Letter("letter-01", "txt", "post19-transport", "carer", [
        "[[p:MARGARET ADEBAYO-LEE]]\n[[hn:Rosebank]]\n[[st:Church Street]]\n{{Marlbury|inv}}\n[[pc:HL2 4TB]]",
        "{{3 February 2025|date}}",
        "{{Adult Social Care Consultation|service}}\n{{Hollinshire County Council|inv}}\n{{County Hall|landmark}}",
        "Dear Sir or Madam,",
        t_trn.T,
        "My son [[p:Tunde]] and I have signed this together.",
        "Yours faithfully,\n[[p:Margaret Adebayo-Lee]]\n[[ph:01632 960 257]]",
    ], camp=t_trn.CAMP, role="exact"),
    Letter("letter-02", "eml", "post19-transport", "carer", [
        "Dear Consultation Team,",
        " ".join(TS[:5]) + " " + " ".join(TS[6:]),
        "I want to add something about my own daughter. [[p:Shannon]] is 24 and has {{Prader-Willi syndrome|med}}. "
        "She cannot be left alone near food and she cannot travel on a public bus because she will get off at the "
        "first shop. The council minibus to Swanfield Resource Centre is the only way she gets out of the "
        "house four days a week. Her date of birth is [[dob:21.07.2000]] and her social care reference is "
        "[[acc:HCC-ASC-558204]] if you need to look her up. We live at [[st:9 Kestrel Close]], [[pc:hl5 3pd]].",
        "Regards,\n[[p:Denise Farrow]]\n[[ph:07700 900 362]]\n[[em:denise.farrow@example.org]]",
    ], camp=t_trn.CAMP, role="edited",
        headers={"From": "Denise Farrow <denise.farrow@example.org>", "To": "consult@hollinshire.example.gov.uk",
                 "Subject": "Post-19 transport charging consultation", "Date": "Mon, 10 Feb 2025 21:14:05 +0000"}),
    Letter("letter-03", "docx", "inclusion-hubs", "kinship carer", [
        "[[fl:Flat 3]], [[st:41 Lomond Terrace]]\n{{Kilbrannan|inv}}\n[[pc:pa3  7hx]]",
        "To the {{Education Services|service}} department, {{Strathkelvie Council|inv}}",
        "Dear Sir or Madam,",
        "I am the kinship carer for my grandson [[p:Lewis Darroch]], born [[dob:19/05/2016]], who is in the base at "
        "[[sch:Rowanbank Primary]]. I took him on when he was three. He has {{foetal alcohol spectrum disorder|med}} and "
        "{{attachment disorder|med}} and he cannot cope with noise, crowds or change.",
        "In the base he has a routine, a {{visual timetable|therapy}} and the same adults every day. His CHI number is "
        "[[nhs:999 716 2854]] and the {{Child and Adolescent Mental Health Service|service}} has written to the school "
        "about him. I would ask that his needs are assessed again before any move, as his {{Coordinated Support "
        "Plan|send}} requires.",
        "I am 67. I claim {{Kinship Care Allowance|law}} and my National Insurance number is [[ni:QQ 64 07 13 B]]. If "
        "[[p:Lewis]] is moved and it breaks down, I do not know that I can keep going.",
        "Yours faithfully,",
        "[[p:Isobel Darroch]] (Mrs)\n[[ph:0141 496 0823]]",
    ]),
    Letter("letter-04", "docx", "nursery-merger", "parent", [
        "[[hn:Glenside Cottage]]\n[[st:Carnreagh Road]]\n{{Ballyrosk|inv}}\n[[pc:BT41 6RJ]]",
        "Consultation on merging the nursery provision of two special schools",
        "Dear {{Chief Executive|role}},",
        "I write as a parent and as a {{paediatric physiotherapist|role}}. Early years is when the foundations are laid, "
        "and I have seen both nurseries do remarkable work. I do not take a side on the merger. I would ask only that "
        "the Authority commits to the same therapy hours per child in the new nursery as now.",
        "My own son [[p:Cillian]] is in the nursery at [[sch:Tullyvarran]]. He has {{spinal muscular atrophy|med}} and "
        "his hospital number at the {{Royal Belfast Hospital for Sick Children|hosp}} is [[hosp:RBHSC 0512886]]. He uses "
        "a {{Tobii|brand}} eye-gaze device. Moving the device and his seating between buildings needs to be planned by "
        "the Trust's {{occupational therapists|role}} well in advance.",
        "Yours sincerely,",
        "[[p:Siobhán Mulholland]]",
        "[[ph:028 9018 0719]]",
    ]),
    Letter("letter-05", "txt", "sensory-support", "parent", [
        "[[hn:Old Forge House]], [[st:Bridge End]], Wyebridge, [[pc:SV8 2LQ]]",
        "To the {{Sensory Support Service|service}} review,",
        "We are Deaf parents with a hearing son and a deaf daughter. Our daughter [[p:Hannah-Mai]] is 5 and attends "
        "[[sch:Wyebridge Primary]]. She uses {{BSL|therapy}} and {{Sign Supported English|therapy}} and has a "
        "{{BAHA|brand}}. An app cannot do a home visit, and a consultation with the school will not reach us, because "
        "the school does not sign.",
        "The {{Teacher of the Deaf|role}} is the only professional who has ever written to us in plain English and come "
        "to our house with an interpreter. We ask that Deaf families are given a named Teacher of the Deaf regardless "
        "of the level of hearing loss.",
        "Please contact us by email: [[em:wakeling.family at example dot net]]. Our son [[p:Josh]] can also help with "
        "phone calls: [[ph:07700 900 948]].",
        "[[p:Gemma]] and [[p:Lee Wakeling]]",
    ]),
    Letter("letter-06", "eml", "aln-transport", "parent", [
        "Annwyl Syr/Madam,",
        "Rwy'n ysgrifennu am fy mab [[p:Llywelyn]], sy'n 12 oed ac yn mynd i [[sch:Ysgol Bryn Derw]]. I am writing about "
        "my son [[p:Llywelyn]], who is 12 and goes to [[sch:Bryn Derw]]. He has {{Duchenne muscular dystrophy|med}} and uses a "
        "powered wheelchair. His IDP number is [[acc:IDP-CA-02290]].",
        "The new policy says transport will be reviewed every year. His condition will only get worse. Please do not "
        "make us fight for the taxi every September. The driver and escort on his route know how to secure his chair "
        "and his hoist, and a new crew would not.",
        "Diolch yn fawr,\n[[p:Sian Parry-Hughes]]\n[[ph:029 2018 0746]]\n[[em:sian.ph@example.net]]",
    ], headers={"From": "=?utf-8?q?Si=C3=A2n_Parry-Hughes?= <sian.ph@example.net>",
                "To": "adlcwmaran@example.org", "Subject": "ALN transport / cludiant ADY",
                "Date": "Thu, 13 Feb 2025 08:02:44 +0000"}),
]
