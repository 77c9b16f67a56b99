"""The six letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_lgt

S = sents(t_lgt.TPL)

LETTERS = [
    # letter-01.txt: street-lights campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "street-lights", "resident", [
        "[[p:GLADYS ROWBOTHAM]] (Mrs)\n[[hn:Fen View]]\n[[st:Drove End Lane]]\nThornfleet\n[[pc:PE22 0QT]]",
        "{{14 March 2025|date}}",
        "Street Lighting Consultation\n{{Marshfleet District Council|inv}}\n{{Council Offices, Market Place|landmark}}\n"
        "Marshfleet",
        "{{Dear Sir/Madam|salut}},",
        t_lgt.TPL,
        "My neighbours have asked me to add their names as they do not have the internet: [[p:Maureen]] and "
        "[[p:Terry Overton]] at number 3, and Mr [[p:Singh]] at number 9.",
        "{{Yours faithfully|salut}},",
        "[[p:Gladys Rowbotham]]",
    ], camp=t_lgt.C, role="exact"),

    # letter-02.eml: street-lights campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "eml", "street-lights", "parent", [
        "Dear Councillors,",
        " ".join(S[:5]),
        "Our son [[p:Arjun]] (everyone calls him [[p:Jun]]) is a pharmacy technician at {{Pilgrim Hospital|hosp}} "
        "and finishes at 1am three nights a week. He drives home in his little Fiesta, [[vr:FY21 HKD]], and parks on "
        "the road because we have no drive. We live at [[st:4 Saltings Close]], the last house before the lights "
        "stop. Two cars on our road have had their catalytic converters cut off in the last year, both in the "
        "early hours.",
        " ".join(S[6:]),
        "Regards,\n[[p:Sandeep Rai]]\n[[ph:07700 900 729]]\n[[em:sandeep.rai@example.com]]",
    ], camp=t_lgt.C, role="edited", headers={
        "From": "Sandeep Rai <sandeep.rai@example.com>",
        "To": "streetlighting@example.org",
        "Subject": "Street lights consultation - objection",
        "Date": "Mon, 17 Mar 2025 21:14:05 +0000",
    }),

    # letter-03.docx: housing-allocations, Kurdish family with help from an advice worker
    Letter("letter-03", "docx", "housing-allocations", "housing applicant", [
        "[[p:Karwan Aziz]]",
        "[[fl:Flat 11, Corbett Tower]]",
        "[[st:Ridgeford Road]]",
        "Tamebridge [[pc:B69 2WL]]",
        "Housing register reference: [[acc:HR/21/40982]]",
        "National Insurance number: [[ni:QQ 93 12 67 C]]",
        "{{Dear Sir or Madam|salut}},",
        "Re: {{Tamebridge City Council|inv}} draft housing allocations policy",
        "My name is [[p:Karwan Aziz]] and I am writing about the new policy. I came from {{Sulaymaniyah|place}} in "
        "the {{Kurdistan Region|place}} of {{Iraq|place}} in 2015 and I have {{indefinite leave to remain|law}}. I "
        "live with my wife [[p:Hêvî]] and our three children in a two-bedroom flat on the 14th floor.",
        "Our daughter [[p:Rozhin Aziz]], born [[dob:2 September 2014]], is in Year 6 at "
        "[[sch:Coldmoor Green Primary]]. She has {{asthma|med}} and the flat has black mould in every room. Our "
        "social worker, Ms [[p:Adeyinka]], wrote to the council in {{January|date}} but the answer was that mould "
        "is a repair, not a housing need.",
        "In the draft policy, overcrowding by one bedroom will go down from Band B to Band C. We are overcrowded by "
        "one bedroom, so after eight years we will go to the back again. I work as a delivery driver and my wife "
        "volunteers at the school. We are the working family the policy says it wants to help.",
        "Please keep Band B for families with children who are overcrowded, and please count damp and mould as a "
        "health reason.",
        "This letter was written with help from [[p:Roza]] at {{the Refugee and Migrant Centre|org}}. After "
        "{{Newroz|event}} I can come to a meeting if you want.",
        "{{Zor spas|lang}} / thank you,",
        "[[p:Karwan Aziz]]",
    ]),

    # letter-04.docx: gp-merger, Gaelic-speaking family, father with MND
    Letter("letter-04", "docx", "gp-merger", "carer", [
        "[[hn:Tigh an Uillt]], [[st:Glebe Road]], Auchterbrae, [[pc:PH12 8LT]]",
        "{{Strathbrae Health and Social Care Partnership|inv}}",
        "{{A charaid|gaelic}},",
        "I am writing on behalf of my family about the proposal to merge {{Kirkgate Surgery|inv}} and "
        "{{Gowanbank Medical Practice|inv}}.",
        "My husband [[p:Dòmhnall Iain Moireach]] ([[p:Donald John Murray]] on his NHS letters), "
        "date of birth [[dob:17/3/58]], was diagnosed with {{motor neurone disease|med}} last year. His hospital "
        "number at {{Ninewells|hosp}} is [[hosp:NW 5520871]]. He is now in a wheelchair and his speech is going. "
        "Dr [[p:MacAoidh]] at Kirkgate comes to the house, and he speaks to him in Gaelic, which is the language "
        "he goes back to when he is tired.",
        "Our son [[p:Calum]] is in P4 at [[sch:St Fillan's RC Primary]] and walks to the surgery for his asthma "
        "reviews after school with his granny. He will not be able to do that if the surgery moves to "
        "{{Mill Lade Road|route}}.",
        "I am not against a new building. The {{MND Scotland|org}} nurse tells me a bigger team could include a "
        "specialist nurse and that would help us. But we need home visits protected in writing, and we need the "
        "same doctors.",
        "You can reach me on [[ph:01632 960 377]].",
        "{{Le meas|gaelic}},",
        "[[p:Catrìona Moireach]]",
    ]),

    # letter-05.txt: wind-fund, a couple in a bothy who run a pottery
    Letter("letter-05", "txt", "wind-fund", "business", [
        "[[hn:The Bothy]]\nGlenbaddock\nby Innerleithen",
        "{{2nd June|date}}",
        "To the panel of the {{Caddonhope Community Benefit Fund|inv}}",
        "We have lived at the head of the glen for twelve years and run a small pottery from the old byre. We can "
        "see nine of the turbines from the kiln shed. We are not against them. We were against the way "
        "{{Northwind Renewables|inv}} treated the glen during construction, and we would like the fund to be "
        "better.",
        "Three things. First, keep the area of benefit tight: the glen, {{Lindenhope|inv}} and {{Kirkstane|inv}}. "
        "{{Innerleithen|place}} and {{Peebles|place}} have their own funds from other schemes. Second, the "
        "{{£5,000 per megawatt|num}} should be index-linked from the start. Third, please fund something for the "
        "young folk: my nephew [[p:Dod]] (George to his mother) has had to move to {{Glasgow|place}} for work like "
        "most of his year.",
        "We also think small businesses like ours should be able to apply for energy-efficiency grants. Our kiln "
        "bill was over {{£6,000|num}} last year.",
        "We post pictures of the glen and the turbines through the seasons at "
        "[[sh:facebook.com/ailsa.turnbull.77]] if the panel wants to see what it looks like from here.",
        "With best wishes,\n[[p:Ailsa]] & [[p:Neil Turnbull]]",
    ]),

    # letter-06.eml: speed-limit, bilingual, mother knocked down
    Letter("letter-06", "eml", "speed-limit", "resident", [
        "{{Annwyl Syr/Madam|welsh}},",
        "Rwy'n ysgrifennu i gefnogi cadw'r terfyn {{20mya|welsh}} ar ein stryd ni. I am writing to support keeping "
        "the 20mph limit on our street, and I will explain why in English as well so nobody misses it.",
        "In {{November 2022|date}}, before the new limit, my mother [[p:Glenys Prydderch]] was knocked down "
        "crossing outside her own house at [[st:7 Rhes y Coed]], [[pc:SY18 6PZ]]. She was 83. The driver, whose "
        "car ([[vr:CU67 BZN]]) was later found to have been doing 34, said he never saw her. She spent six weeks in "
        "{{Bronglais|hosp}} and has not walked without a frame since.",
        "For her records, dyddiad geni [[dob:23.11.1938]], rhif GIG / NHS number [[nhs:999 659 3339]]. I include them "
        "because the council's road safety team asked for them last time and then lost the letter.",
        "[[st:Rhes y Coed]] is on the list of roads that may go back to 30. Please do not do that. It is a terrace with "
        "front doors opening straight onto the pavement.",
        "{{Yn gywir|welsh}},\n[[p:Sian Prydderch]]\n[[ph:029 2018 0461]]\n[[em:sian.prydderch@example.com]]",
    ], headers={
        "From": "Siân Prydderch <sian.prydderch@example.com>",
        "To": "20mph.review@example.org",
        "Subject": "Adolygiad 20mya / 20mph review",
        "Date": "Thu, 06 Feb 2025 08:41:22 +0000",
    }),
]
