"""The six letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_frm, t_far, t_reg

R_S = sents(t_reg.TPL)

LETTERS = [
    # letter-01.txt: county-farms campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "county-farms", "tenant farmer", [
        "[[p:JOHN STAMPER]] & [[p:ELSIE STAMPER]]\n[[hn:Raven Crag Farm]]\nMossgill\n[[pc:CA17 4QN]]",
        "{{3rd June 2025|date}}",
        "Estates Consultation\n{{Askerdale County Council|inv}}\n{{County Hall|landmark}}\nAskerdale",
        "{{Dear Sir or Madam|salut}},",
        t_frm.TPL,
        "We are both in our seventies and have been tenants since 1979. Our grandson [[p:Harry]], who is in the sixth form at "
        "[[sch:Askerdale High]], would like to take the farm on when we finish, and under this plan there will be nothing to take on. We do not use "
        "the internet, so please reply by post or ring us on [[ph:01632 960 734]] in the evening.",
        "{{Yours faithfully|salut}},",
        "[[p:John Stamper]]",
    ], camp=t_frm.C, role="exact"),

    # letter-02.eml: e-scooter trial, a blind man writing with a screen reader (not a campaign member)
    Letter("letter-02", "eml", "e-scooter-trial", "disabled person", [
        "Dear Transport Team,",
        "I am registered severely sight impaired and I write this with a screen reader, so please forgive the "
        "layout. I live at [[st:9 Heddon View]], [[pc:NE15 7PX]], and I walk to the {{Metro|org}} every day with "
        "my guide dog {{Quincy|pet}}.",
        "Since the trial began I have fallen over a scooter lying across the pavement three times. The last "
        "time I cut my head and spent the evening at {{the RVI|hosp}}; my hospital number there is "
        "[[hosp:RVI 5530928]] and my NHS number is [[nhs:999-835-8116]], if you doubt it. The company asked me for the number "
        "printed on the scooter, which, as I pointed out to them, I could not read.",
        "I am not against the scooters. I am against them being dropped anywhere. {{RNIB|org}} and "
        "{{Guide Dogs|org}} have both asked the council for fixed bays and I support that. I would also ask "
        "that the council's {{Equality Impact Assessment|law}} is redone with blind people in the room.",
        "My neighbour [[p:Pat Horsley]] has kindly read this back to me before sending.",
        "Yours sincerely,\n[[p:Alan Wardle]]\n[[ph:07700 900 846]]\n[[em:alan.wardle@example.net]]",
    ], headers={
        "From": "Alan Wardle <alan.wardle@example.net>",
        "To": "escooter.consultation@example.org",
        "Subject": "E-scooter trial consultation",
        "Date": "Tue, 13 May 2025 09:02:41 +0100",
    }),

    # letter-03.docx: funfairs campaign pasted verbatim into a showman family's letter (exact)
    Letter("letter-03", "docx", "funfairs", "showperson", [
        "[[p:VIOLET MADDOX]]",
        "[[hn:Brynteg Yard]]",
        "[[st:Heol y Gamlas]]",
        "Pontyrhos [[pc:CF37 2HY]]",
        "{{Funfairs and Circuses Policy consultation|own}}",
        "{{Dear Councillors|salut}},",
        t_far.TPL,
        "I would like to add that my husband [[p:Lenny]] and I have lived at our yard for thirty years and our "
        "grandchildren go to [[sch:Ysgol Gynradd Glanrhyd]]. Showmen's children need a settled winter base to "
        "go to school, and a settled summer round to earn a living. This policy takes the round away. You can ring me on [[ph:029 2018 0847]].",
        "{{Yours sincerely|salut}},",
        "[[p:Violet Maddox]]",
        "Member, {{the Showmen's Guild|org}}, {{Welsh Section|org}}",
    ], camp=t_far.C, role="exact"),

    # letter-04.docx: youth-offending, a grandmother's formal letter
    Letter("letter-04", "docx", "youth-offending", "grandparent", [
        "Mrs [[p:Pauline Hickman]]",
        "[[fl:Flat 22, Brindley House]]",
        "[[st:Lister Road]]",
        "Wednesfold [[pc:WV13 2QH]]",
        "{{Youth Justice Service consultation|own}}",
        "{{Wednesfold Metropolitan Borough Council|inv}}",
        "{{Dear Sir/Madam|salut}},",
        "Re: my grandson [[p:Mason Hickman]], DOB [[dob:04/11/2008]], case ref [[acc:YJS/24/0052]]",
        "I am writing about the plan to move the youth offending team to {{Hallfields Business Park|own}}. I "
        "have had [[p:Mason]] since he was six. He is autistic and goes to [[sch:Wednesfold Academy]]. He has "
        "{{epilepsy|med}} and his seizures are managed by the neurology team at {{New Cross Hospital|hosp}}, his "
        "hospital number is [[hosp:NCH 770 1926]] and his NHS number is [[nhs:999 648 5625]], in case the YOT "
        "needs to check anything with them.",
        "His worker, Mr [[p:Bains]], has been excellent, and [[p:Mason]] has kept every appointment at "
        "{{Beacon House|own}} because it is on the same bus route as school. He does not cope with changes of "
        "routine. A new building in a place he does not know, next to a police station, will set him back.",
        "I would ask you to keep a town-centre base for children with additional needs at least.",
        "You can reach me on [[ph:0121 496 0583]].",
        "{{Yours faithfully|salut}},",
        "[[p:Pauline Hickman]]",
    ]),

    # letter-05.txt: pest-control, a Belfast woman in a Clydeburn tenement
    Letter("letter-05", "txt", "pest-control", "council tenant", [
        "[[p:SIOBHAN McALINDEN]]\n[[fl:Flat 3/1]]\n[[st:88 Kilbraid Street]]\nClydeburn\n[[pc:g81  2xd]]",
        "{{Environmental Health|org}}\n{{Clydeburn Council|inv}}",
        "{{Dear Sir or Madam|salut}},",
        "I moved over from {{Belfast|place}} four years ago and I have never lived anywhere with as many rats. "
        "Our close backs onto the lane and the bin store door has been off since {{Christmas|date}}.",
        "My wee boy [[p:Oisín]] (born [[dob:30.10.2020]]) is at [[sch:Kilbraid Nursery]] and has {{asthma|med}}. In {{March|date}} we had mice in his bedroom and "
        "the council came out the same week for nothing. Under this new plan I would have to pay {{£48|num}}, and "
        "I am a single parent on {{Universal Credit|law}} but not on {{Council Tax Reduction|law}} because I work "
        "sixteen hours. So I would pay. I do not see how that is fair when the mice came from the empty flat "
        "below, which belongs to the council.",
        "If I am not in, my mammy in {{Belfast|place}} takes messages for me on [[ph:028 9649 6118]], or email me at "
        "[[em:siobhan.mca(at)example.com]].",
        "{{Go raibh maith agat|lang}},",
        "[[p:Siobhan McAlinden]]",
    ]),

    # letter-06.eml: register-office campaign, a sentence dropped and a personal paragraph (edited)
    Letter("letter-06", "eml", "register-office", "resident", [
        "Dear Sir or Madam,",
        " ".join(R_S[:4]),
        "My mother, [[p:Margaret Jenkin]], died in {{January|date}} at home at [[st:3 Chapel Terrace]], "
        "[[pc:TR13 8QB]]. She was born on [[dob:21/09/1937]] and had lived in Polgrean all her life. I had to "
        "give her NHS number, [[nhs:9992685069]], three times to three different people before I could get an "
        "appointment, and the first one offered was in Tremoran nine days later, which is outside the legal time "
        "limit. The registrar in Polgrean fitted me in the next morning.",
        " ".join(R_S[5:]),
        "Yours faithfully,\n[[p:Peter Jenkin]]\n[[ph:01632 960 925]]\n[[em:peter.jenkin@example.com]]",
    ], camp=t_reg.C, role="edited", headers={
        "From": "Peter Jenkin <peter.jenkin@example.com>",
        "To": "registration.review@example.org",
        "Subject": "Register office consultation",
        "Date": "Fri, 21 Mar 2025 18:22:10 +0000",
    }),
]
