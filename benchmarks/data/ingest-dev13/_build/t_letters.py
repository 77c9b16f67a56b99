"""The six letters: 2 .txt, 2 .docx, 2 .eml. Letters 01 and 02 carry the bus-save-our-routes campaign."""
from common import Letter
from t_bus import T as BUS_T, S as BUS_S

BUS_C = "bus-save-our-routes"

LETTERS = [
    Letter("letter-01", "txt", "bus-franchising", "bus user", [
        "MRS [[p:IRENE CADDICK]]\n[[st:17 Foundry Lane]]\nLodgefield\n[[pc:B69 4RT]]",
        "{{3 March 2025|date}}",
        "{{Bus Network Consultation|inv}}\n{{Arden Vale Combined Authority|inv}}\nFREEPOST",
        "Dear Sir or Madam,",
        " ".join(BUS_S[:3]),
        " ".join(BUS_S[3:]),
        "Yours faithfully,",
        "[[p:Irene Caddick]] (Mrs)",
    ], camp=BUS_C, role="exact"),
    Letter("letter-02", "eml", "bus-franchising", "grandparent", [
        "Hello,",
        " ".join(BUS_S[:2]) + " " + BUS_S[3],
        "My grandson [[p:Kieran Doyle]] (born [[dob:14 July 2009]]) lives with me and goes to college in "
        "{{Walsall|place}} on {{route X44|bus}}. His bus pass number is [[acc:SWF 6338 0417 22]]. Under the new network he "
        "would need to leave the house at 6.50am and change at {{Dudley|placename}} bus station, where he was robbed of "
        "his phone last winter. I will not let him do that, so I will be driving him, and I am 71.",
        " ".join(BUS_S[4:]),
        "Many thanks,\n[[p:Patrick Doyle]]\n[[st:9 Ashfurlong Close]], {{Brindley Cross|inv}}\n"
        "[[ph:07700 900 763]]\n[[em:pat.doyle58@example.net]]",
    ], camp=BUS_C, role="edited", headers={
        "From": "Patrick Doyle <pat.doyle58@example.net>",
        "To": "busconsultation@example.org",
        "Subject": "Bus network consultation - route X44",
        "Date": "Tue, 11 Mar 2025 21:14:05 +0000",
    }),
    Letter("letter-03", "docx", "landlord-licensing", "private renter", [
        "[[fl:Flat 31, Marlowe Tower]]",
        "[[st:Gresham Way]]",
        "London [[pc:E17 9PW]]",
        "To the {{Private Sector Housing Team|role}}, {{London Borough of Wendholt|inv}}",
        "Dear Sir or Madam,",
        "I am writing to support the licensing of landlords. I am a nurse at {{Whipps Cross Hospital|hosp}} and I live with "
        "my son in a two-bedroom flat rented from Mr [[p:Kevin Sturridge]]. His licence number under the pilot scheme is "
        "[[acc:WH-SL-2024-01187]], but nothing has changed since he got it.",
        "Water comes through the bathroom ceiling every time it rains. There is mould behind the wardrobe in my son's "
        "room. My son [[p:Tobi]], date of birth [[dob:21.06.2012]], is in Year 7 at [[sch:Wendholt Park Academy]] and has "
        "missed 19 days this year with chest infections. His NHS number is [[nhs:999 273 1443]] and his GP has written "
        "to the landlord twice.",
        "I have paid my rent on time for six years. My NI number is [[ni:QQ 62 05 19 D]] if you need to check anything "
        "with {{HMRC|org}}. I am not a troublemaker. I just want a dry home for my child.",
        "My mother used to say {{Ile la ti n ko eso re ode|lang}}: charity begins at home. I hope the council will make "
        "that true for renters.",
        "Yours faithfully,",
        "[[p:Folasade Adeleke]]",
    ]),
    Letter("letter-04", "docx", "stroke-services", "relative", [
        "{{Annwyl Syr/Madam|welsh}},",
        "Ysgrifennaf ar ran fy nhad, [[p:Huw Elfed Jones]], o [[hn:Tŷ Isaf]], {{Llanystumdwy|place}}, [[pc:LL52 0SH]]. "
        "Ganwyd ef ar [[dob:1 Ebrill 1940]].",
        "I write on behalf of my father, who had a stroke at home in {{December|date}}. He was taken to "
        "{{Ysbyty Trefaelog|hosp}} and treated within the hour. His hospital number is [[hosp:CWE 0098113]] and his NHS "
        "number [[nhs:9995677482]].",
        "The ward sister, [[p:Angharad]], and the speech therapist spoke to him in {{Cymraeg|welsh}}, which mattered "
        "because after the stroke he lost most of his English. If the unit moves to {{Ysbyty Cwm Eithin|hosp}}, I doubt "
        "that will happen so easily.",
        "My brother [[p:Rhys]] and I both work. We could visit {{Trefaelog|hosp}} in the evenings; {{Cwm Eithin|hosp}} "
        "would be a two-hour round trip.",
        "{{Yn gywir|welsh}},",
        "[[p:Mererid Jones]]",
    ]),
    Letter("letter-05", "txt", "park-permits", "farmer", [
        "[[hn:Low Gillbeck Farm]]\nKelderthwaite\n[[pc:CA12 9RL]]",
        "To {{Fellmere National Park Authority|inv}}, car parking consultation",
        "We farm 400 acres in the valley and our three vehicles all need to use the authority's car parks at different "
        "times of year. The pick-up [[vr:PE66 TLK]] is on the trial permit scheme (permit [[acc:FNP-RP-00984]]), but the "
        "quad trailer and our daughter's car [[vr:WA70 BXD]] are not.",
        "Our daughter [[p:Holly]] is 16 and goes to [[sch:Kelderthwaite C of E School]] in the village and works "
        "weekends at the {{Ullsby Hotel|org}}. She has just passed her test and should not have to pay £9 a day to "
        "park at her place of work.",
        "We would like the permit to cover every vehicle registered to a farm holding, and agricultural vehicles to be "
        "exempt. Call us on [[ph:01632 960 552]] any evening.",
        "[[p:Ruth]] and [[p:Tom Atkinson]]",
    ]),
    Letter("letter-06", "eml", "library-hubs", "volunteer", [
        "Dear Consultation Team,",
        "I volunteer at the community hub in {{Hapsley|inv}}, which took over from the library there in 2022, so I "
        "thought my experience might be useful.",
        "We started with 26 volunteers. We now have 9, and most weeks the hub opens on two days instead of four. The "
        "computers are out of date and we are not allowed to help people with {{Universal Credit|law}} because of data "
        "protection. We have no money for new books; most of our stock is donations, lots of old {{Harry Potter|char}} "
        "and {{Jack Reacher|char}}.",
        "My own library card, [[acc:2190 3358 1102]], still says {{Ribblemoor Libraries|inv}} on it, and I still use "
        "{{Harlsworth Central Library|site}} for anything I actually want to read.",
        "Hubs can work, but only with a paid coordinator and a budget. Please do not close {{Clough End Library|site}}, "
        "{{Whinfield Library|site}} and {{Tarnside Library|site}} until you have that in place.",
        "We post our opening times on [[sh:@hapsleyhub]].",
        "Best wishes,\n[[p:Carol Ormerod]]\n[[em:carol.ormerod@example.com]]\n[[ph:+44 7700 900 381]]",
    ], headers={
        "From": "Carol Ormerod <carol.ormerod@example.com>",
        "To": "libraries.consultation@example.org",
        "Subject": "Library consultation - experience from a hub volunteer",
        "Date": "Fri, 17 Jan 2025 09:42:11 +0000",
    }),
]
