"""The six letters: 2 .txt, 2 .docx, 2 .eml. One paragraph per list item.
.eml bodies are kept ASCII so that they read the same parsed as text or as bytes."""
from common import Letter
import t_sbh, t_dcc

SB, DC = t_sbh.S, t_dcc.S

LETTERS = [
    Letter("letter-01", "txt", "day-centre", "family carer", [
        "[[p:MARGARET LUMB]]\n[[hn:Hollybush Barn]]\n[[st:Scout Road]]\n{{Mytholmroyd|place}}\n[[pc:hx7 5jd]]\n"
        "Tel. [[ph:01632 960 417]]",
        "{{14th October 2025|date}}",
        "{{Dear Sir or Madam|salut}},",
        "Re: the proposed closure of {{Hollins Mill Day Centre|own}}",
        "I am writing about my daughter [[p:Elaine]], who was born on [[dob:2nd of February 1987]] and has "
        "{{Williams syndrome|med}}. Her NHS number is [[nhs:999 486 3975]] in case you need to look at her records. "
        "[[p:Elaine]] has gone to {{Hollins Mill|own}} three days a week for twenty years. Her keyworker, "
        "[[p:Sandra]], uses {{Signalong|therapy}} with her and has taught the other staff too.",
        "I am 81 and a widow. On the days [[p:Elaine]] is at the centre I do my shopping, see my own doctor and "
        "take our old dog {{Alfie|pet}} round the block. On the other days I do not leave the house. If the centre "
        "closes I do not know how either of us will manage. The letter from the council talks about the "
        "{{Calderbrook Hub|own}} at the library but [[p:Elaine]] is frightened of lifts and crowds.",
        "Please think of the families who cannot come to the meetings.",
        "{{Yours faithfully|salut}},",
        "[[p:Margaret Lumb]] (Mrs)",
    ]),
    Letter("letter-02", "docx", "short-breaks", "parent carer", [
        "[[p:Kelly-Marie Doyle]]",
        "[[fl:Flat 4, Tithebarn Court]]",
        "[[st:Sefton Row]]",
        "{{Wyrebank|inv}}",
        "[[pc:L36 2QT]]",
        "{{To the Director of Children's Services|role}}",
        t_sbh.T,
        "{{Yours faithfully|salut}}",
        "[[p:Kelly-Marie Doyle]] (mum of [[p:Bailey]], age 9)",
    ], camp=t_sbh.C, role="exact"),
    Letter("letter-03", "eml", "day-centre", "family carer", [
        "{{Dear Adult Social Care team|salut}},",
        " ".join(DC[:4]),
        "My sister [[p:Lorraine Barraclough]] is 52 and has gone to {{Hollins Mill|own}} since our parents died. "
        "She has {{Down's syndrome|med}} and uses a wheelchair. Her {{Blue Badge|law}} is [[acc:BB 3301 7744 0625]] "
        "and I drive her in on {{Tuesdays|date}} myself, but the other days she relies on the minibus. She "
        "lives with me and my wife at [[st:27 Birchcliffe Road]], [[pc:HX7 8QB]].",
        " ".join(DC[5:]),
        "{{Regards|salut}},",
        "[[p:Tom Barraclough]]\n[[ph:07700 900 155]]\n[[em:tom.barraclough@example.com]]",
    ], camp=t_dcc.C, role="edited", headers={
        "From": "Tom Barraclough <tom.barraclough@example.com>",
        "To": "daycentre.consultation@example.org",
        "Subject": "Hollins Mill consultation response",
        "Date": "Tue, 14 Oct 2025 19:42:10 +0100",
    }),
    Letter("letter-04", "txt", "family-hub", "kinship carer", [
        "[[p:Eamon Gallagher]]\n[[st:47 Carnreagh Avenue]]\n{{Annaghbeg|inv}}\n[[pc:BT35 8RL]]",
        "{{Dear Sir/Madam|salut}},",
        "I am writing as a kinship carer. My wife and I have had our grandchildren [[p:Ella-Rose]] and [[p:Fionn]] "
        "living with us since {{June 2023|date}} under a {{Residence Order|law}}. [[p:Ella-Rose]] (DOB "
        "[[dob:03/05/2021]]) goes to the toddler group at {{Sunnybrae Children's Centre|own}} and [[p:Fionn]] is in "
        "P2 at [[sch:St Malachy's Primary School]]. Our social worker, Mrs [[p:Doherty]], told us the "
        "{{Kinship Care Support Group|event}} will move into the hub too.",
        "I am 66 and I don't drive any more. The form asked for my National Insurance number for the travel "
        "support, it is [[ni:QQ 81 27 46 C]]. The hub in town is two buses from us. We want to keep going to "
        "Sunnybrae where the staff know the children. {{Kinship Care NI|org}} has told us other areas kept a "
        "community site open alongside the hub. Why can't we?",
        "{{Yours sincerely|salut}},",
        "[[p:Eamon Gallagher]]",
    ]),
    Letter("letter-05", "docx", "send-sufficiency", "MP's caseworker", [
        "{{House of Commons|org}}",
        "Office of [[p:Alan Hebburn-Tate]] MP",
        "Our ref: [[acc:AHT/SEN/0419]]",
        "{{3 November 2025|date}}",
        "{{Dear Director of Education|salut}},",
        "Consultation on the {{SEND Sufficiency Strategy 2025-2030|own}}",
        "I am writing on behalf of my constituent Mrs [[p:Leanne Charlton]] of [[st:9 Marsden Grove]], "
        "[[pc:NE34 7HU]], who has asked me to submit this response for her. Her son [[p:Harrison Charlton]] "
        "(date of birth [[dob:30 January 2016]]) has an {{Autism Spectrum Condition|med}} and an EHCP (reference "
        "[[acc:STB/EHCP/05123]]). He is currently on a part-time timetable at [[sch:Boldon Lane Primary]].",
        "Mrs [[p:Charlton]] supports {{Riverbank Meadows School|own}} but is concerned that it will not open until "
        "after [[p:Harrison]] has moved to secondary school. She asks what interim support the council will provide "
        "and whether any places will be offered to Year 7 pupils in the first year. She can be contacted at "
        "[[em:leanne.charlton at example dot org]].",
        "[[p:Alan Hebburn-Tate]] would be grateful for a reply addressed to his constituency office.",
        "{{Yours sincerely|salut}},",
        "[[p:Sophie Lindqvist]]",
        "{{Senior Caseworker|role}} to [[p:Alan Hebburn-Tate]] MP",
    ]),
    Letter("letter-06", "eml", "post16-transport", "parent", [
        "{{Assalamu alaikum|lang}} and good evening,",
        "My name is [[p:Mohammed Ahmed]], I am father of [[p:Tanvir Ahmed]], date of birth [[dob:05/08/2007]]. "
        "[[p:Tanvir]] has severe {{autism|med}} and {{epilepsy|med}} and goes to {{Kingsbrook Specialist College|venue}}. "
        "He is known at {{Birmingham Children's Hospital|hosp}} (number [[hosp:BCH 5093318]]) and now he moves to "
        "adult neurology.",
        "I drive a private hire car, registration [[vr:bv71 xka]], and I work evenings and weekends. In the morning "
        "I sleep. I cannot take [[p:Tanvir]] to college every day, and his mother does not drive. The charge of "
        "{{GBP 720|num}} is a lot for us with four children. Please keep the college transport free for young people "
        "like [[p:Tanvir]] who can never travel alone.",
        "{{Thank you|salut}},",
        "[[p:Mohammed Ahmed]]\n[[ph:0121 496 0712]]\n[[em:m.ahmed.family@example.com]]",
    ], headers={
        "From": "Mohammed Ahmed <m.ahmed.family@example.com>",
        "To": "sendtransport@example.org",
        "Subject": "Post 16 transport charge",
        "Date": "Wed, 22 Oct 2025 21:05:33 +0100",
    }),
]
