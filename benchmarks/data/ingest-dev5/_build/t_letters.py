"""The six letters: 2 .txt, 2 .docx, 2 .eml. Each is a list of marked-up paragraphs.

.eml bodies are kept ASCII so that the body reads the same whether parsed from text or bytes.
"""
from common import Letter
import t_efw

LETTERS = [
    # letter-01.txt: the incinerator campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "incinerator", "farmer", [
        "[[p:MERVYN]] AND [[p:IRENE STEWART]]\n[[hn:Knockmoyle House]]\n[[st:Carnteel Road]]\nBallynagarvey\n"
        "[[pc:BT71 5RB]]",
        "{{3rd November 2025|date}}",
        "{{Planning and Waste Strategy Team|role}}\n{{Blackwater and Sperrin District Council|inv}}\n"
        "{{Council Offices, Burn Road|landmark}}\n{{Cookstown|place}}",
        "Dear Sir or Madam,",
        "Re: Proposed energy-from-waste plant, Drumcraw",
        t_efw.TPL,
        "Our neighbours [[p:Gerry]] and [[p:Anne-Marie Donnelly]] have signed the same letter. Old Mr "
        "[[p:Hamilton]] at the crossroads asked us to say he objects too but cannot write any more.",
        "Yours faithfully,",
        "[[p:Mervyn Stewart]]\n[[p:Irene Stewart]]",
    ], camp=t_efw.C, role="exact"),

    # letter-02.eml: the incinerator campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "eml", "incinerator", "resident", [
        "Dear Council,",
        "I object to the proposed energy-from-waste incinerator at the former Drumcraw Quarry. "
        "The plant would burn 180,000 tonnes of waste a year, much of it brought in from outside the district, "
        "and its 70-metre stack would be seen from every farm and village for miles. "
        "Up to 140 lorries a day would use narrow country roads that were never built for them and that our "
        "children walk and cycle on. "
        "The council should invest in recycling and reuse instead of locking us into burning waste for thirty years.",
        "I am writing this for my father, [[p:Eamon McCrystal]], who is 84 and lives on his own at "
        "[[st:41 Killymoon Park]] in Ballynagarvey. He has COPD and is on home oxygen; his H&C number is "
        "[[nhs:999 686 5681]]. The lorry route in the consultation map goes past his front window. I drive over from "
        "{{Omagh|place}} three times a week in the car ([[vr:WCZ 7316]]) and the quarry trucks already make that road "
        "frightening.",
        "Please refuse this proposal and listen to the people who live here.",
        "Regards,\n[[p:Orla McCrystal]]\n[[ph:028 9649 6583]]\n[[em:orla.mccrystal@example.net]]",
    ], camp=t_efw.C, role="edited", headers={
        "From": "Orla McCrystal <orla.mccrystal@example.net>",
        "To": "wastestrategy@example.org",
        "Subject": "Drumcraw incinerator - objection",
        "Date": "Tue, 04 Nov 2025 21:14:09 +0000",
        "MIME-Version": "1.0",
    }),

    # letter-03.docx: foster carers
    Letter("letter-03", "docx", "foster-allowance", "foster carer", [
        "[[p:Kwame]] and [[p:Abena Mensah-Boateng]]",
        "[[hn:Rose Villa]]",
        "[[st:112 Savile Park Road]]",
        "Calderwick",
        "[[pc:hx1 3tz]]",
        "{{12 October 2025|date}}",
        "{{Fostering Review|inv}}, {{Children's Services|org}}, {{Calderwick Town Hall|landmark}}",
        "Dear {{Head of Fostering|role}},",
        "We have been foster carers with {{Calderwick|inv}} for eleven years and are approved at Level 3. We are "
        "writing to oppose the move to a single flat fee.",
        "At present we care for two children. [[p:Precious]], who is 14, has been with us for six years and calls us "
        "Auntie and Uncle. She has {{Crohn's|med}} and we spend a lot of time at {{Leeds General Infirmary|hosp}}. "
        "[[p:Marcus Hollingworth]], date of birth [[dob:09.06.2016]], came to us in {{March|date}} after three "
        "placement breakdowns. He attends [[sch:St Aidan's CE Primary]] with one-to-one support. His social worker, "
        "Ms [[p:Rebecca Thornhill]], says he is doing better than anyone expected. Our case reference is "
        "[[acc:CSC-FP-004417]].",
        "Under the proposal we would lose {{£104|num}} a week. [[p:Kwame]] works part-time so that one of us is always at "
        "home. His National Insurance number is [[ni:QQ 61 03 27 A]] and we have given it so that you can check our "
        "income against the figures you hold.",
        "We ask the council to keep the skill levels and to protect the birthday and festival payments, which we "
        "use for [[p:Precious]]'s Ghanaian and [[p:Marcus]]'s {{Christmas|date}} celebrations.",
        "Yours sincerely,",
        "[[p:Kwame Mensah-Boateng]]",
        "[[p:Abena Mensah-Boateng]]",
    ]),

    # letter-04.docx: district heating, Bangladeshi family in a tower block
    Letter("letter-04", "docx", "district-heating", "council tenant", [
        "From: [[p:Mohammed Abdul Mannan]]",
        "[[fl:16th floor, Flat 143, Lambert Tower]]",
        "[[st:Cordwainer Walk]], London [[pc:SE16 4QF]]",
        "To: {{Heat Network Consultation|inv}}, {{London Borough of Salterhythe|inv}}",
        "Date: {{20/10/2025|date}}",
        "Dear Sir/Madam,",
        "{{Assalamu alaikum|lang}}. My name is [[p:Mohammed Abdul Mannan]] and I live with my wife [[p:Rahima Khatun]] and our four "
        "children on the 16th floor. My heat account number is [[acc:CHN-0039906]]. I am writing because our heat "
        "bill last winter was {{£1,240|num}} and the new tariff will make it more.",
        "Our son [[p:Ibrahim]], born [[dob:12/01/2015]], has sickle cell and he gets pain crises when he is cold. "
        "He is under {{the Evelina|hosp}}; his hospital number is [[hosp:EV 5531092]] and his NHS number is "
        "[[nhs:999 040 3805]]. He goes to [[sch:Brunswick Wharf Primary]] and he missed 31 days last year.",
        "Please put families with sick children on a priority list and do not use prepayment meters for them. "
        "My daughter [[p:Sumaiya]] translated this letter for me. You can call her on [[ph:020 7946 0351]].",
        "Thank you,",
        "[[p:M. A. Mannan]]",
    ]),

    # letter-05.txt: railway path, a farming couple
    Letter("letter-05", "txt", "railway-path", "farmer", [
        "[[hn:Low Gill Head]]\nSleddale\nby Kirkby Scar\n[[pc:DL12 0PW]]",
        "{{2nd October 2025|date}}",
        "{{Rights of Way Officer|role}}\n{{North Fells District Council|inv}}",
        "Dear Sir,",
        "Re: Scarsdale Valley Railway Path",
        "My wife and I farm the land either side of the old line between the viaduct and the tunnel. We are not "
        "against the path as such, but we must object to the route through our lambing fields as shown on your plan.",
        "I am 76 and my wife [[p:Nancy]] is 74. Our son [[p:Rowland]] does most of the work now and he drives the quad "
        "([[vr:PN15 HXA]]) across the trackbed forty times a day at lambing. A path full of dogs and bikes would make "
        "that dangerous for everybody.",
        "We would consider a route along the top of the cutting if the council paid for the fencing. Our holding number "
        "is [[acc:CPH 08/214/0112]].",
        "Yours faithfully,",
        "[[p:George Alderson]]\n[[ph:01632 960 742]]",
    ]),

    # letter-06.eml: visitor levy, a resident in a tenement flat (ASCII body)
    Letter("letter-06", "eml", "visitor-levy", "resident", [
        "To whom it may concern,",
        "I live in [[fl:Flat 3/1]], [[st:27 Harbour Street]], Dunmallie, [[pc:ph33  6qd]], a tenement of eight flats. "
        "Five are now short-term lets. I support the visitor levy, but it must come with a cap on holiday lets.",
        "My neighbour across the landing, [[p:Dolina MacLeod]], is 93 and has lived in the stair since 1958. She has "
        "been woken at 3am by strangers trying her door. She reported it to the police, incident "
        "[[acc:PS-20250817-0442]], and nothing happened.",
        "The levy money should pay for enforcement of the short-term let licences. Please also note that {{Fort William|placename}} "
        "and {{Fort Augustus|placename}} have the same problem.",
        "Thanks,\n[[p:Calum Ferrier]]\n[[ph:07700 900 614]]\n[[em:calum.ferrier at example dot org]]",
    ], headers={
        "From": "Calum Ferrier <calum.ferrier@example.org>",
        "To": "visitorlevy@example.org",
        "Subject": "Visitor levy consultation",
        "Date": "Sun, 19 Oct 2025 09:02:51 +0100",
        "MIME-Version": "1.0",
    }),
]
