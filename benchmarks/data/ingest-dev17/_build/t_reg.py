"""register-office: Carnwithen Council (fictional, west Cornwall) proposes to close the register offices in
Polgrean, Trevennick and Lanvean, register births and deaths by appointment only at the Carnwithen Registration
Centre in Tremoran or by video call, close the ceremony room at the Old Custom House in Polgrean, and raise the
fee for ceremonies at approved venues from £450 to £620."""
from common import R, each, sents

PREFIX, CONSULTATION = "REG", "register-office"
C = "reg-register-where-we-live"

TPL = (
    "We live in and around {{Polgrean|inv}} and we want to keep a register office in our town. "
    "Registering a birth or a death is something most people do only a few times in their lives, often when they "
    "are exhausted or grieving. "
    "The nearest alternative, {{Tremoran|inv}}, is forty minutes by car and two buses for those without one. "
    "Video appointments do not suit everyone, and many older people have no computer. "
    "Register where we live. "
    "We ask {{Carnwithen Council|inv}} to keep {{Polgrean Register Office|own}} open at least two days a week, "
    "to offer home visits to the bereaved and to new parents who cannot travel, and to keep the ceremony room "
    "at {{the Old Custom House|own}}. "
    "These are the most important days of people's lives, and they should happen close to home."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Cornish fisherman, dialect, brother, lifeboat, signature
    R("resident", "{{Proper job|dialect}}, closing the one office folk can walk to. When my brother [[p:Jory]] was lost I walked "
      "down the hill to register him, with a maid who knew our family. Now 'tis {{Tremoran|inv}} "
      "{{dreckly|dialect}}. Father was crew on the {{Solomon Browne|ship}} one year; he'd have had words, my "
      "'ansum.\n[[p:Jacka Pascoe]]"),
    # 003 new mum, lower case, baby, date of birth
    R("parent", "had to register [[p:piran]] in tremoran when he was 5 days old, born [[dob:3/2/24]]. two buses "
      "with a newborn and stitches, and the appointment was running 40 mins late. {{polgrean|inv}} is 5 mins from mine, [[pc:tr13 9ex]]. "
      "keep it open pls"),
    # 004 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 005 blank
    R("resident", ""),
    # 006 funeral director, firms named after people, director signs
    R("business", "{{Tremayne & Daughters|orgp}}, funeral directors since 1911. Since the {{medical examiner|role}} "
      "system began, families wait longer already; a forty-minute drive delays funerals further, and "
      "{{Tell Us Once|law}} only works once registration happens. We also collect for "
      "{{Demelza Hospice Care for Children|orgp}} and see what waiting does to families.\n[[p:Kerensa Tremayne]], "
      "{{Director|role}}"),
    # 007 edited: boat dwellers, baby born aboard, mooring licence
    R("parent", " ".join(S[:2]) + "\n\nWe live aboard [[hn:Morwenna Rose]], a converted {{Dutch|adj}} barge on the "
      "creek below Polgrean, and our daughter [[p:Elowen]] was born on the boat on [[dob:14 February 2024]] with "
      "the midwife from {{Treliske|hosp}} (we post our boat life at [[sh:@life_aboard_mrose]]). When we phoned to register her, we were told a boat could not be her "
      "usual address, then that it could, then to bring proof, so we took our harbour mooring licence, "
      "[[acc:HM/PG/0093]], all the way to Tremoran with a newborn. It took four hours.\n\n" + " ".join(S[2:]),
      C, "edited"),
    # 008 Bulgarian flower-farm worker, nickname
    R("seasonal worker", "I am [[p:Desislava Petrova]], friends say [[p:Dessy]]. I pick daffodils near "
      "{{Helston|place}} and had my baby at {{Treliske|hosp}}. {{Polgrean|inv}} office found an interpreter on the "
      "phone, very kind. No car; {{Tremoran|inv}} is two buses and one day of work lost. {{Благодаря|lang}}."),
    # 009 Cornish speaker: granddaughter, house name
    R("resident", "{{Dydh da|cornish}}. Keep ceremonies in Cornish possible, on {{St Piran's Day|event}} most of all. Our granddaughter [[p:Tegen]] had her naming "
      "ceremony in Cornish at {{the Old Custom House|own}}, with wording from {{Gorsedh Kernow|org}}, and we live "
      "out at [[hn:Chy an Mor]], so we know the journey. {{Kernow bys vyken|cornish}}. {{Meur ras|cornish}}."),
    # 010 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 011 wedding couple: names, email, handle
    R("resident", "We marry at {{the Old Custom House|own}} on {{18 October 2025|date}}. It's the only place we can "
      "afford. Please confirm existing bookings in writing. [[p:Tamsin]] & [[p:Kit]], "
      "[[em:tamsinandkit@example.org]] / insta [[sh:@tamsinandkit2025]]"),
    # 012 registration staff, roles only
    R("council staff", "As a registrar: the {{Births and Deaths Registration Act 1953|law}} gives 42 days for a "
      "birth and five for a death. Our {{Superintendent Registrar|role}} has warned one centre cannot meet the "
      "five days in winter."),
    # 013 near-miss
    R("resident", "Everyone says these are the most important days of people's lives. Fine. Then pay the "
      "registrars properly instead of closing buildings. {{Tremoran|inv}} is not the end of the world."),
    # 014 Bengali widow: husband's NHS and NI numbers
    R("resident", "I am [[p:Jahanara Khatun]], restaurant {{Spice of Kernow|org}} in {{Newquay|place}}. When my "
      "husband died my son translated. They asked his {{NHS|org}} number, [[nhs:999 841 0363]], and {{National Insurance|law}} "
      "number, [[ni:qq 61 08 29 c]]; I found them in his papers and cried the whole time. Not on a video call, please."),
    # 015 edited: reworded opening and closing
    R("resident", "I'm a retired nurse from {{Trevennick|inv}}, where the office is also closing, and I agree "
      "with my neighbours in {{Polgrean|inv}}. " + " ".join(S[1:-1]) + " I've seen too many families do this "
      "alone; don't make it harder.", C, "edited"),
    # 016 Deaf BSL user: mother, her street, phone, obfuscated email
    R("disabled person", "I am Deaf; {{BSL|lang}} is my first language. When my mother, [[p:Wenna Rowe]], died at her "
      "bungalow on [[st:Trelawney Close]], the {{Polgrean|inv}} office booked an interpreter. Video plus a video "
      "interpreter is two screens and a lot of waiting. Text or email only: [[ph:07700 900 381]], "
      "[[em:kensa.rowe at example dot net]]."),
    # 017 Zimbabwean nurse: baby, nickname, date of birth, phone
    R("parent", "I'm a night nurse at {{Treliske|hosp}}. Our son [[p:Tawananyasha]] ([[p:TJ]]) was born on the "
      "[[dob:7th of June 2024]] and we waited three weeks for {{Tremoran|inv}}. No car, my husband works in "
      "{{Truro|place}}. Home visits please. [[ph:+44 7700 900 264]]"),
    # 018 long ramble: widow, husband, hard negatives
    R("pensioner", "My husband [[p:Ross]] died in the spring after a long illness at home, [[hn:Chy Lowen]], and I want to tell you what "
      "it was like to register his death, because I don't think the people who wrote this proposal have ever "
      "had to do it. He died at home on a {{Friday|date}} night. The doctor came on the {{Monday|date}}, and "
      "the certificate went off to the medical examiner, and by the time it came back it was the {{Thursday|date}} "
      "and I was told I had to register within five days or I'd be breaking the law. Our daughter lives in "
      "{{Bristol|place}} and my son was at sea. I don't drive any more. A neighbour took me down to {{Polgrean|inv}}, "
      "and the registrar was a girl I had taught in Sunday school thirty years ago. She made me a cup of tea and "
      "let me take my time and she spelt his middle name right first time, which the hospital never managed, and she took his date "
      "of birth, [[dob:12.05.1944]], and his {{NHS|org}} number, [[nhs:999 461 8792]], without me having to say them twice. "
      "She knew where {{St Piran's Church|church}} was and that he had been a bellringer there. Now you are "
      "telling me that next time someone will have to get two buses to {{Tremoran|inv}} and sit in a waiting room with "
      "a screen that calls out numbers, or do it on a computer. My husband used to joke that people only come "
      "down here for {{Doc Martin|char}} and {{Poldark|char}} and a pasty at {{Rick Stein's|orgp}}. He'd say the "
      "council had finally decided we were a film set, not a town. I am not against saving money. But when the "
      "time comes, people need somebody in the room, not a video link. I am 79 and the next death registered in "
      "this family will probably be mine, and I would like my children to be able to walk to do it."),
    # 019 hotel wedding venue
    R("business", "{{Porthgwidden House Hotel|inv}}, approved venue: {{£450|num}} to {{£620|num}} on a Saturday "
      "pushes couples abroad. Phase it, and keep registrars coming out on {{Sundays|date}} and {{bank holidays|date}}."),
    # 020 edited: part of the template plus own text
    R("resident", " ".join(S[1:4]) + " My mother-in-law is 88 and she has never used a computer in her life. Who "
      "is going to drive her?", C, "edited"),
    # 021 mother of a stillborn daughter: hospital number
    R("parent", "Our daughter [[p:Demelza]] was stillborn at 39 weeks. The {{Polgrean|inv}} registrar came to the ward, so "
      "we did not sit among pregnant women to register a birth and a death at once. Her hospital number is "
      "[[hosp:RCHT 0447712]]. Nobody should do that on a video call."),
    # 022 fisherman: a fishing boat named like a person, father, his street
    R("resident", "I skipper {{the Girl Rachel|ship}} out of {{Polgrean|inv}}, four or five days out. When my dad, "
      "[[p:Wesley Curnow]], died at home on [[st:Fore Street]], the office opened on a {{Saturday|date}} for me. "
      "Nine to five in {{Tremoran|inv}} is no good on the water."),
    # 023 councillor named (person) and portfolio (public)
    R("councillor", "As the ward member for {{Polgrean|inv}} I have passed on over 200 letters about this to "
      "{{the Portfolio Holder for Customer Services|public}}, Cllr [[p:Hedley Rowse]]. I would ask him to meet "
      "residents at {{the Old Custom House|own}} before the cabinet decides.\nCllr [[p:Loveday Trethowan]]"),
    # 024
    R("resident", "Doesn't bother me. Did ours on video and it was fine."),
    # 025 vicar: churches, landmark, law
    R("church", "Most couples here now marry with the registrar, in the room at {{the Old Custom House|own}} that "
      "looks over to {{St Michael's Mount|landmark}}. {{The Vicar of Polgrean|role}} would be sorry to lose it, and "
      "so would the minister at {{Wesley Chapel|church}}. The {{Marriage Act 1949|law}} lets you license rooms cheaply."),
]
