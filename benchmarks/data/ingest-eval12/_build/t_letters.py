"""The six letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_ntr, t_aut

SA = sents(t_aut.TPL)

LETTERS = [
    # letter-01.txt: nursery-transport campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "nursery-transport", "grandparent", [
        "[[p:BARRY OLDROYD]]\n[[hn:Sunnybank]]\n[[st:Ogden Lane]]\nScarsdyke\n[[pc:HD9  6TW]]\n"
        "Tel: [[ph:01632 960 482]]",
        "{{3rd March 2025|date}}",
        "Early Years SEND Travel Assistance consultation\n{{Holmbrook Metropolitan Borough Council|inv}}\n"
        "{{Holmbrook Civic Centre|landmark}}",
        "{{Dear Sir or Madam|salut}},",
        t_ntr.TPL,
        "We are writing as grandparents. Our grandson [[p:Alfie-Jay]], born [[dob:02/10/2021]], goes to "
        "[[sch:Thornhill Bank School]] four days a week and has done since he was two. His mam works early shifts in a "
        "care home and there is no car between us since I lost my licence on medical grounds. The escort on his bus, "
        "Mrs [[p:Ramsden]], has been trained to manage his {{oxygen|med}}. Please do not take that away from him.",
        "{{Yours faithfully|salut}},",
        "[[p:B. Oldroyd]] and [[p:J. Oldroyd]]",
    ], camp=t_ntr.C, role="exact"),

    # letter-02.eml: slc-base, a father (ASCII body)
    Letter("letter-02", "eml", "slc-base", "parent", [
        "{{Dear Councillors|salut}},",
        "I am writing about the proposal to close the {{Treforgan Language Centre|own}}, and I would like this to be "
        "counted as a response to the consultation.",
        "Our daughter [[p:Tirion]] was born on [[dob:4 December 2016]] and was diagnosed with "
        "{{developmental language disorder|med}} and {{verbal dyspraxia|med}} when she was four. Her NHS number is "
        "[[nhs:999 969 5248]]. She has been in the Centre since {{September 2023|date}}. Before that she was at "
        "[[sch:Pantyrhedyn Primary]], where she spent most of Year 2 under a table.",
        "If the Centre closes she goes back to [[sch:Pantyrhedyn Primary]], to a class of 29 with one teaching "
        "assistant shared with the class next door. The outreach team would visit once every half term. [[p:Tirion]] "
        "would be on her own for the other 29 days out of 30.",
        "Last month she read a poem in the Centre's assembly in front of sixty people. Two years ago she could not "
        "ask for the toilet.",
        "I work shifts at {{the Royal Glamorgan|hosp}} and my wife works at the {{Co-op|org}} in "
        "{{Pontypridd|place}}, so we are not able to come to the drop-in sessions, which are all in the daytime.",
        "{{Diolch|welsh}},\n[[p:Huw Beddoe]]\n[[st:9 Heol y Nant]], Treforgan [[pc:cf37 4tn]]\n"
        "[[ph:029 2018 0915]]\n[[em:huw.beddoe@example.net]]",
    ], headers={
        "From": "Huw Beddoe <huw.beddoe@example.net>",
        "To": "aln.consultation@example.org",
        "Subject": "Treforgan Language Centre - consultation response",
        "Date": "Tue, 11 Mar 2025 22:07:41 +0000",
    }),

    # letter-03.docx: autism-strategy campaign, a sentence dropped and a personal paragraph (edited)
    Letter("letter-03", "docx", "autism-strategy", "grandparent", [
        "[[p:Margaret Pattinson]]",
        "[[fl:Flat 3, Colliery Court]]",
        "[[st:Front Street]]",
        "Ferrydene [[pc:SR8  4PL]]",
        "{{12 March 2025|date}}",
        "{{Dear Sir/Madam|salut}},",
        "Re: {{Autism: Our Lives, Our County|own}}",
        " ".join(SA[:3]),
        "I am writing as a grandmother and as an autistic woman myself, diagnosed at 61. My granddaughter "
        "[[p:Ellie-Mae]] is eleven and autistic and attends the autism base at [[sch:Seaview Juniors]]. She sees the "
        "team at {{Sunderland Royal Hospital|hosp}}, hospital number [[hosp:SRH 0418832]]. Her mam, my daughter "
        "[[p:Kerry]], works nights, so it is me who takes [[p:Ellie-Mae]] to the drop-in every other "
        "{{Tuesday|date}}. I do not have a computer and I do not want one.",
        " ".join(SA[4:]),
        "{{Yours faithfully|salut}},",
        "[[p:Margaret Pattinson]]",
        "[[em:mags.pattinson at example dot net]]",
    ], camp=t_aut.C, role="edited"),

    # letter-04.docx: part-time-timetables, foster carers of a looked-after boy
    Letter("letter-04", "docx", "part-time-timetables", "foster carer", [
        "[[hn:Braehead Cottage]]",
        "by Dalgarrie",
        "[[pc:KA26 9RJ]]",
        "{{Head of Inclusion|role}}",
        "{{Carrickmuir Council|inv}}",
        "{{Dear Sir or Madam|salut}},",
        "We are foster carers and have looked after [[p:Liam Docherty]] since {{March 2023|date}}. He is 13, born "
        "[[dob:28 February 2012]], and is looked after under a {{Compulsory Supervision Order|law}} made by a "
        "{{Children's Hearing|org}}.",
        "[[p:Liam]] has been on a reduced timetable at [[sch:Kilwhinnie Academy]] since the start of S1. He is in school "
        "for ninety minutes a day, and the register shows him as present. He has no {{Child's Plan|term}} that mentions "
        "the reduced timetable, and no end date. His social worker, [[p:Mhairi Lennox]], has asked three times for a "
        "meeting.",
        "We support the protocol, and especially the six-week limit and the written agreement with carers, because "
        "for a looked-after child nobody else will ask. But [[p:Liam]] will need a named adult in school, and he will "
        "need it before the six weeks are up. {{The Promise|law}} says care-experienced young people should get the "
        "same education as everyone else. At the moment he gets a fifth of it.",
        "You can contact us on [[ph:07700 900 561]] or at [[em:rennie.fostering [at] example.org]].",
        "{{Yours faithfully|salut}},",
        "[[p:Alison Rennie]] and [[p:Graham Rennie]]",
    ]),

    # letter-05.txt: access-card, a grandmother
    Letter("letter-05", "txt", "access-card", "grandparent", [
        "[[p:Eileen McCoy]]\n[[st:14 Carrigeen Park]]\nDrumcairn\nCo. Armagh\n[[pc:bt60 2jn]]",
        "{{Monday 10th February|date}}",
        "{{Dear Councillor|salut}},",
        "I am writing about the Access All Areas card. I look after my two grandchildren three days a week while "
        "their mother works. [[p:Odhrán]] is nine and autistic and [[p:Orla]] is six and has "
        "{{hypermobility|med}} and uses a buggy for long distances. Neither of them can go anywhere on their own.",
        "We go to the forest park at Cloghanmore and to the pool in the summer. I drive us in my "
        "{{Motability|org}} car, [[vr:LXZ 2713]], and I have a {{Blue Badge|law}} of my own, number "
        "[[acc:BB 4417 2290]], for my knees. I was never once asked to pay as their carer.",
        "[[p:Odhrán]] does not get the middle rate of DLA, because his mother was told he was 'too able'. So under "
        "your new rules I would have to pay for myself to take him in, and I would have to pay again for "
        "[[p:Orla]]. I am 71. Fifteen pounds is not nothing on a pension. The council has my pension details and my "
        "National Insurance number, [[ni:QQ 18 44 60 D]], from my rates rebate, if it wants proof of anything.",
        "I used to bring them to {{Slieve Gullion|landmark}} instead, and I suppose I will again.",
        "If you want to talk to me my number is [[ph:028 9649 6815]].",
        "{{God bless|salut}},\n[[p:Eileen McCoy]]",
    ]),

    # letter-06.eml: direct-payments, a father (ASCII body)
    Letter("letter-06", "eml", "direct-payments", "parent", [
        "To the Short Breaks team,",
        "I am writing about the Short Breaks Direct Payments Review. My son [[p:Ibrahim]] is 15 and has "
        "{{Prader-Willi syndrome|med}}. He is at [[sch:Riverside Learning Centre]] after two exclusions, and he has "
        "had the same PA, [[p:Yusuf]], for three years. [[p:Yusuf]] is the only person outside the family who can "
        "take him to the shops without a meltdown about food.",
        "Our direct payment account is [[acc:TB-DP-28817]]. I run the payroll myself. At the new rate of 13.85 pounds "
        "an hour with nothing for on-costs, I would have to cut [[p:Yusuf]]'s hours from twelve a week to nine.",
        "The points system scored [[p:Ibrahim]] as 'moderate' because he can walk and talk. It does not ask about "
        "food seeking, which is the whole of his condition.",
        "I write about life with PWS at [[sh:@pws_dad_london]] and I will be sharing this response there.",
        "Regards,\n[[p:Hassan Ali]]\n[[st:Albion Terrace]], Thamesbrook [[pc:se18 4qw]]\n[[ph:+44 20 7946 0663]]\n"
        "[[em:hassan.ali@example.com]]",
    ], headers={
        "From": "Hassan Ali <hassan.ali@example.com>",
        "To": "shortbreaks.review@example.org",
        "Subject": "Direct payments review - response",
        "Date": "Fri, 14 Mar 2025 23:52:10 +0000",
    }),
]
