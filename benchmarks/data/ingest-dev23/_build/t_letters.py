"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_hyd, t_eot

S_EOT = sents(t_eot.TPL)

LETTERS = [
    # letter-01.txt: hydro-pool campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "hydro-pool", "grandparent", [
        "[[p:MEGAN HARRIES]] (Mrs)\n[[hn:Bryn Hyfryd]]\n[[st:Heol Cynan]]\nAbercynan\n[[pc:CF44  9NB]]\n"
        "Ffôn: [[ph:029 2018 0644]]",
        "{{12 March 2025|date}}",
        "Hydrotherapy Pool Consultation\n{{Cyngor Bwrdeistref Sirol Glanrhos|inv}}\n"
        "{{Swyddfeydd y Cyngor, Stryd Fawr|landmark}}\nGlanrhos",
        "{{Dear Sir or Madam|salut}},",
        t_hyd.TPL,
        "I would add only this. My granddaughter [[p:Cerys]] has been in that pool since she was three, and she is "
        "nineteen now and too old for it, but I remember what it did for her. The physio used to say the water did "
        "in ten minutes what the mat did in an hour.",
        "{{Yn gywir|welsh}},",
        "[[p:Megan Harries]]",
    ], camp=t_hyd.C, role="exact"),

    # letter-02.docx: eotas-policy campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "docx", "eotas-policy", "parent", [
        "[[p:Mohammed Iqbal Rashid]]",
        "[[hn:Moorcroft]]",
        "[[st:Birkshaw Lane]]",
        "Thornlee [[pc:HX6 2RJ]]",
        "{{14 February 2025|date}}",
        "{{Dear Sir or Madam|salut}},",
        "Re: draft EOTAS policy",
        " ".join(S_EOT[:3]),
        "My daughter [[p:Aleena Rashid]] was born on [[dob:19 September 2010]]. She has "
        "{{Ehlers-Danlos syndrome|med}} and {{POTS|med}}, and on a bad day she cannot sit upright for more than "
        "twenty minutes. She was at [[sch:Calderside Academy]] until Year 8, when she collapsed twice in a week. Her "
        "EOTAS package, reference [[acc:HCC/EOT/2291]], pays for a tutor who comes to the house and an online "
        "maths course with {{the Open University|org}}. She has just passed {{GCSE Maths|term}} two years early. "
        "I am her main carer and my National Insurance number is [[ni:QQ 71 09 36 D]], which the council has asked "
        "for twice on its carer's assessment forms, so I include it again.",
        " ".join(S_EOT[4:]),
        "{{Yours faithfully|salut}},",
        "[[p:M. I. Rashid]]",
        "[[ph:07700 900 857]]",
        "[[em:mi.rashid [at] example.net]]",
    ], camp=t_eot.C, role="edited"),

    # letter-03.docx: deficit-plan, adoptive mother of a boy at an independent residential school
    Letter("letter-03", "docx", "deficit-plan", "adoptive parent", [
        "[[st:27 Gannet Close]]",
        "Skelby",
        "[[pc:TS13 5PW]]",
        "{{3 March 2025|date}}",
        "{{High Needs Recovery Plan|own}} Consultation",
        "{{Saltern Bay Borough Council|inv}}",
        "{{Dear Sir or Madam|salut}},",
        "I am the adoptive mother of [[p:Jayden Cartwright]] ([[p:J.C.]] in the papers the council sends me), born "
        "[[dob:8 November 2009]]. He came to us at four with {{foetal alcohol syndrome|med}} and what was then called "
        "{{reactive attachment disorder|med}}. His {{EHCP|term}} reference is [[acc:SBBC/EH/30981]] and his NHS "
        "number is [[nhs:999 339 3371]].",
        "Since 2021 he has been a weekly boarder at [[sch:Oakridge House School]] in {{North Yorkshire|place}}. It "
        "is the fourth school he has attended and the first he has not been excluded from. He has not gone missing "
        "once in three years. Before that the police brought him home most weekends.",
        "The plan says pupils in independent schools will have 'step-down reviews'. [[p:Jayden]] is fifteen. Moving him now "
        "would undo everything. {{Adoption UK|org}} has told me that the {{Adoption Support Fund|law}} cannot pay for "
        "education, so there is no other money to fall back on.",
        "I ask the council to exempt young people in their last two years of school from step-down reviews and to "
        "publish how many adopted and looked-after children are affected.",
        "{{Yours faithfully|salut}},",
        "[[p:Lorna Cartwright]]",
    ]),

    # letter-04.eml: psa-pool, a father's email
    Letter("letter-04", "eml", "psa-pool", "parent", [
        "Dear Sir or Madam,",
        "I am writing about the proposal to replace pupil support assistants with a cluster pool.",
        "My daughter [[p:Eilidh Ross]] (date of birth [[dob:27.04.2015]]) is in P4 and spends most of her day in "
        "the [[sch:Harbour]], the ASN base at [[sch:Methilhaven Primary]]. She has a {{CSP|term}}, reference "
        "[[acc:SL/ASN/0932]], which names her support assistant as the key adult for every transition in the day. "
        "Her assistant, Mrs [[p:Thomson]], has been with her since P1.",
        "She does not use words. She uses an {{AAC|term}} device and {{Signalong|term}}. It took her a year to "
        "trust Mrs [[p:Thomson]] enough to use either of them in class. A pool would put that back to zero.",
        "The {{Education (Additional Support for Learning) (Scotland) Act 2004|law}} says her plan must be "
        "delivered. I do not see how it can be delivered by whoever is free on the day.",
        "Our postcode is [[pc:KY8 4DS]]. I can be reached on [[ph:0131 496 0219]] or at "
        "[[em:alasdair.ross@example.org]].",
        "Yours faithfully,\n[[p:Alasdair Ross]]",
    ], headers={
        "From": "Alasdair Ross <alasdair.ross@example.org>",
        "To": "asn.consultation@example.org",
        "Subject": "Consultation response - pupil support assistants",
        "Date": "Tue, 11 Mar 2025 20:47:13 +0000",
    }),
]
