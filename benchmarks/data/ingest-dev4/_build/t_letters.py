"""The six letters: 2 .txt, 2 .docx, 2 .eml. The .eml bodies are ASCII only."""
from common import Letter, sents
from t_day import T as T_DAY, C as C_DAY

S = sents(T_DAY)

LETTERS = [
    Letter("letter-01", "txt", "day-centre", "parent", [
        "MRS [[p:EILEEN ACKROYD]]\n[[hn:Fernleigh]]\n[[st:Moorside Road]]\n{{Lindley Moor|inv}}\n[[pc:HD3 4TR]]",
        "{{3 June 2025|date}}",
        "Adult Services Consultation\n{{Hollinsford Metropolitan Borough Council|inv}}\nFREEPOST",
        "Dear Sir or Madam,",
        T_DAY,
        "My son [[p:Gary]] has been at Brookfield for 26 years. My neighbours [[p:Jean]] and [[p:Harold Crabtree]] "
        "asked me to say that they agree with every word.",
        "Yours faithfully,\n\n[[p:Eileen Ackroyd]]",
    ], camp=C_DAY, role="exact"),
    Letter("letter-02", "eml", "day-centre", "carer", [
        "Dear Consultation Team,",
        " ".join(S[:2] + S[3:]),
        "I want to add something personal. My son [[p:Jamie]] is 34 and has cerebral palsy and a learning "
        "disability. He was born on [[dob:17/11/1990]]. I receive {{Carer's Allowance|law}} for him (my National "
        "Insurance number is [[ni:qq 62 18 04 b]]) and I work three mornings a week while he is at Brookfield. We "
        "live at [[st:4 Whinberry Close]], which is on the minibus route. If the centre closes I lose my job and the "
        "council loses the rent I pay towards his care.",
        "Regards,\n[[p:Sandra Burrows]]\n[[ph:0161 496 0273]]\n[[em:s.burrows@example.org]]",
    ], camp=C_DAY, role="edited", headers={
        "From": "Sandra Burrows <s.burrows@example.org>",
        "To": "daycentre.consultation@example.org",
        "Subject": "Brookfield Day Centre consultation",
        "Date": "Tue, 10 Jun 2025 21:14:07 +0100",
    }),
    Letter("letter-03", "docx", "fire-station", "on-call firefighter", [
        "[[p:Eamon Mac Giolla Phádraig]]\n[[hn:Lisnagarvey House]]\n[[st:112 Tullyroan Road]]\nBallykeel\n"
        "Co. Tyrone\n[[pc:BT70 2LQ]]",
        "{{18 May 2025|date}}",
        "Emergency Cover Review Team\n{{Northern Ireland Fire & Rescue Service|org}}\n{{1 Seymour Street|route}}\n"
        "{{Lisburn|place}}",
        "{{A chara|lang}},",
        "I have been an on-call firefighter at {{Ballykeel Fire Station|inv}} for 22 years. My wife [[p:Gráinne]] is "
        "the first-aid trainer for the station and our son [[p:Cathal]] joined the crew last year at 18. When the "
        "pagers go off I can be at the station in three minutes, because my jeep, [[vr:AXZ 2918]], is parked at the "
        "yard gate day and night.",
        "If the station moves to {{Tullyvarn|inv}} I will not be able to make the turn-out time from the farm and I "
        "will have to leave the service. So will most of our crew. My staff number is [[acc:NIFRS 20417]] and my "
        "National Insurance number [[ni:QQ 12 83 55 D]], if the pensions section needs them to work out what my "
        "22 years will be worth when you let me go.",
        "You can ring me on [[ph:028 9649 6114]] any evening.",
        "{{Is mise le meas|salut}},\n[[p:Eamon Mac Giolla Phádraig]]\n([[p:Eamon Kilpatrick]] on the station roll)",
    ]),
    Letter("letter-04", "docx", "traveller-sites", "Irish Traveller", [
        "Mrs [[p:Margaret Ward]]\n[[fl:Pitch 4, Oak Tree Park]]\n[[st:Crouch Lane]]\nWyldes End\n[[pc:TN27 8RJ]]",
        "Dear Planning Policy Team,",
        "I am writing for Mrs [[p:Ward]], who has asked me to set out her family's position. I am an advocate with "
        "{{Friends, Families and Travellers|org}}.",
        "Mrs [[p:Ward]] has lived on the council site for fourteen years. Her son's own application for a private site "
        "for his family, reference [[acc:WD/22/1187/FUL]], was refused, and since then he, his wife and their "
        "daughter [[p:Precious]], born [[dob:02/02/2019]], have been doubled up on her pitch. [[p:Precious]] is in "
        "Year 1 at [[sch:Wyldes End C of E Primary]] and is doing well. If the six pitches at GT3 go ahead the family "
        "can stay near the school.",
        "Mrs [[p:Ward]] supports GT3 and asks that one of the new pitches be offered to her son.",
        "Yours sincerely,\n[[p:Naomi Lovell]]\nAdvocate\n[[em:naomi.lovell@example.org]]",
    ]),
    Letter("letter-05", "txt", "island-ferry", "crofter", [
        "[[hn:Àird an Fhraoich]]\n{{Tarsay|inv}}\n[[pc:PA78 6TQ]]",
        "{{A Chomhairle chòir|gaelic}},",
        "My husband [[p:Tormod]] ([[p:Norman]] on your forms) was born on [[dob:30/09/1944]] and has heart failure. "
        "He sees the cardiologist at {{Raigmore|hosp}} every eight weeks, hospital number [[hosp:RAI 5519204]]. We "
        "cannot do that in a day now, and with the new timetable it will be two nights away each time.",
        "Our grandson [[p:Lachlan]] works the croft with us. He takes the calves over on the first boat. Our vehicle "
        "booking, reference [[acc:TAR-88213]], was cancelled three times in {{December|date}} because the "
        "{{MV Loch Tarsay|vessel}} was off for repairs. Please mend the boat before you cut the timetable.",
        "{{Le dùrachd|salut}},\n[[p:Ciorstaidh Moireasdan]]\n[[ph:07700 900 415]]",
    ]),
    Letter("letter-06", "eml", "low-traffic", "disabled resident", [
        "Dear Sir/Madam,",
        "Re: Ashgrove LTN trial - my penalty charge notice [[acc:CB24020931]]",
        "I live in the [[fl:2nd floor flat]], [[st:41 Milton Street]], and I am a wheelchair user (born "
        "[[dob:08/05/1961]]). My wife [[p:Akinyi]] drives me to dialysis at the {{Castlebrook Royal Infirmary|hosp}} "
        "three times a week in our car, [[vr:FN63 KDL]]. The fine above was issued while she was taking me to "
        "dialysis. My blue badge number is [[acc:BB 1184 6620 7]] and my NHS number is [[nhs:999 492 1819]], so "
        "you can check both.",
        "Please exempt blue badge holders' carers from the camera on {{Cavendish Road|route}}, and cancel the fine.",
        "Yours faithfully,\n[[p:Patrick Onyango]]\n[[ph:07700 900 852]]\n[[em:p.onyango@example.net]]",
    ], headers={
        "From": "Patrick Onyango <p.onyango@example.net>",
        "To": "ltn.consultation@example.org",
        "Subject": "Ashgrove LTN - objection and PCN",
        "Date": "Mon, 16 Jun 2025 09:02:44 +0100",
    }),
]
