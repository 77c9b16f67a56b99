"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_xls, t_tre

ST = sents(t_tre.TPL)

LETTERS = [
    # letter-01.txt: christmas-lights campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "christmas-lights", "pensioner", [
        "[[p:ELIZABETH DORNAN]]\n[[hn:Carrickview]]\n[[st:Moyle Park]]\nKillycor\n[[pc:BT809QZ]]",
        "{{10 November|date}}",
        "Christmas Lights Consultation\n{{Lisnacree and Glenbawn Borough Council|inv}}\n{{Civic Centre|landmark}}\n"
        "Lisnacree",
        "{{Dear Sir or Madam|salut}},",
        t_xls.TPL,
        "My neighbours [[p:Bertie]] and [[p:Sadie Gillespie]] at number 4 asked me to put their names to this as "
        "well, as they have no computer, and so does Mrs [[p:Hagan]] across the road. If you need to ring me, it is "
        "[[ph:028 9649 6091]].",
        "{{Yours faithfully|salut}},",
        "[[p:Elizabeth Dornan]] ([[p:Lizzie]])",
    ], camp=t_xls.C, role="exact"),

    # letter-02.docx: playing-field-trees campaign, a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "docx", "playing-field-trees", "parent", [
        "[[p:Ffion Mererid Davies]]",
        "[[fl:Fflat 3, Tŷ'r Orsaf]]",
        "[[st:Heol y Dderwen]]",
        "Abergwyrddon",
        "[[pc:cf48 9nu]]",
        "{{Annwyl Gynghorwyr|welsh}} / Dear Councillors,",
        " ".join(ST[:4]),
        "Mae fy mab [[p:Celyn]], a anwyd ar [[dob:9 Mehefin 2016]], yn cael ffisiotherapi. My son, born "
        "[[dob:9 June 2016]], has {{Perthes disease|med}} in his left hip, and his physiotherapist at "
        "{{Prince Charles Hospital|hosp}} wants him running on soft grass every day. He is in Year 4 at "
        "[[sch:Ysgol Gynradd Abergwyrddon]] and the field there is where he does it. For his records, his NHS "
        "number is [[nhs:999 687 3749]] and his hospital number is [[hosp:PCH 0418263]], in case anybody from the "
        "council wants to check with the physio team.",
        " ".join(ST[5:]),
        "{{Yn gywir|welsh}},",
        "[[p:Ffion Davies]]\n[[ph:029 2018 0592]]\n[[em:ffion.davies at example dot net]]",
    ], camp=t_tre.C, role="edited"),

    # letter-03.docx: nursery-fees, a Ukrainian mother, written with her hosts
    Letter("letter-03", "docx", "nursery-fees", "parent", [
        "[[p:Oksana Kovalenko]]",
        "[[fl:Flat 4]], [[st:22 Bankhead Road]]",
        "Dunmuir [[pc:KY8  2PW]]",
        "Nursery account: [[acc:GLC/ELC/20418]]",
        "National Insurance number: [[ni:QQ 48 19 27 C]]",
        "{{Dear Sir or Madam|salut}},",
        "Re: {{Glenardle Council|inv}} nursery fees consultation",
        "My name is [[p:Oksana Kovalenko]]. I came from {{Kharkiv|place}} in {{April 2022|date}} with my two "
        "children under the {{Homes for Ukraine|law}} scheme. My daughter [[p:Sofiia]], born [[dob:21.08.2021]], "
        "goes to [[sch:Dunmuir Nursery Class]] and my son [[p:Maksym]] is in P4.",
        "I work as a {{care assistant|role}} in a care home and my shift starts at 7.45. The 8am slot is already "
        "late for me, my neighbour takes her. If the breakfast slot closes I will lose my job. I pay for extra "
        "hours now and {{Universal Credit|law}} gives back 85 per cent, but only after I pay, so a rise of "
        "{{£2.05|num}} an hour is a big problem for one month.",
        "Please keep the breakfast slot in Dunmuir. In {{Ukraine|place}} my mother looked after the children. Here we have "
        "nobody.",
        "This letter was written with help from my hosts, [[p:Gordon]] and [[p:Linda Brodie]]. You can phone me on "
        "[[ph:07700 900 716]] or write to [[em:oksana.k(at)example.com]].",
        "{{З повагою|lang}},",
        "[[p:Oksana Kovalenko]]",
    ]),

    # letter-04.eml: footpath-diversion, a wheelchair user (ASCII body)
    Letter("letter-04", "eml", "footpath-diversion", "disabled person", [
        "{{Dear Sir or Madam|salut}},",
        "Objection to the Public Path Diversion Order, Footpath 23, {{Birkenside|inv}}",
        "I am a full-time wheelchair user and I live at [[st:7 Abbey Close]], {{Hexham|place}}, [[pc:ne46 2qd]]. "
        "Every {{Sunday|date}} my carer, [[p:Precious]], drives me out in my {{Motability|org}} car "
        "([[vr:NK70 WGP]]) to the lay-by at {{Hallgarth|own}} and we go through the yard to the well and back. It "
        "is the only countryside walk in the whole district that I can do without help from a second person.",
        "Kissing gates are a barrier to wheelchairs under the {{Equality Act 2010|law}}, and the council's own "
        "{{Rights of Way Improvement Plan|law}} says it will replace them with gaps or gates. The new route adds three. "
        "I would ask the council to refuse the order, or at the very least to make the new route step-free and "
        "gate-free before the old one is closed.",
        "I am happy to meet the officer on site. My phone is [[ph:0191 498 0355]]. The wheelchair service knows "
        "me by my NHS number, [[nhs:999 009 7283]], if you need to confirm any of this.",
        "{{Yours faithfully|salut}},\n[[p:Ray Tait]]",
    ], headers={
        "From": "Raymond Tait <ray.tait@example.org>",
        "To": "rightsofway@example.org",
        "Subject": "Objection - Footpath 23 Birkenside diversion",
        "Date": "Tue, 14 Oct 2025 19:02:41 +0100",
    }),
]
