"""local-offer: North Avonmere Council (fictional, West Country unitary) proposes to fold the Avonmere Local Offer
website into its general Family Directory, to bring Avonmere SENDIASS in-house from the fictional Tidewater Advice
Partnership, and to cut the SENDIASS helpline from five days to three. Campaign: lof-keep-sendiass-independent."""
from common import R, plain_only, sents

PREFIX = "LOF"
CONSULTATION = "local-offer"
C = "lof-keep-sendiass-independent"

T = ("I am responding to the consultation on the {{Local Offer|send}} and {{SENDIASS|send}}. SENDIASS must stay "
     "impartial and at arm's length from the council. Parents go to SENDIASS when they are in dispute with the "
     "council over an {{EHCP|send}}, so it cannot be run by the same team that makes those decisions. Cutting the "
     "helpline to three days a week will leave families without advice when deadlines are tight. The Local Offer "
     "website should be improved, not buried inside a general council directory where parents cannot find it. "
     "Please keep {{Avonmere SENDIASS|own}} with {{Tidewater Advice Partnership|own}}, keep the helpline open five "
     "days a week, and co-produce the new Local Offer with parent carers.")
S = sents(T)

ITEMS = [
    # 001
    R("parent carer", T, C, "template"),
    # 002
    R("parent", "Where's the Local Offer to now? I tried to find the {{short breaks|send}} list on the new directory "
      "and it sent me to a page about bin collections, {{proper job|dialect}}. My boy [[p:Jago]] is 7 and has "
      "{{Down's syndrome|med}}, I haven't got time to go hunting. Put it back how it was, {{my lover|dialect}}."),
    # 003 exact: commas removed
    R("parent carer", plain_only(T, lambda s: s.replace(",", "")), C, "exact"),
    # 004
    R("SENCO", "{{SENCO|send}}, a primary school near {{Weston-super-Mare|place}}. I send parents to "
      "{{Avonmere SENDIASS|own}} every week. They tell me the advisers are the first people who have explained the "
      "{{Children and Families Act 2014|law}} to them properly. If the service sits inside the council, parents who "
      "are appealing to the {{SEND Tribunal|org}} will simply not trust it, however good the staff are."),
    # 005
    R("parent", "Our daughter [[p:Tamsin Pascoe-Hawke]] (date of birth [[dob:2 March 2014]]) has an EHCP that took 41 "
      "weeks. SENDIASS helped us with the draft plan and the appeal. Our case ref with them was "
      "[[acc:TAP/SEN/2023/1187]]. Without them we would have accepted a plan that named the wrong school. We live "
      "out at [[hn:Withy Cottage]], [[pc:ta6 4ny]], and the library has no internet most days, so the phone line "
      "matters more than the website."),
    # 006
    R("young person", "the local offer website is rubbish on a phone. i have {{dyslexia|med}} and the pages are just "
      "massive walls of text. make it like {{TikTok|char}} with short videos and easy words. or at least let it read "
      "out loud. ta"),
    # 007
    R("charity", "{{IPSEA|org}} notes that section 32 of the {{Children and Families Act 2014|law}} and the "
      "{{SEND Code of Practice|law}} (paragraph 2.8) require information, advice and support services to be impartial "
      "and at arm's length from the local authority. An in-house model can meet that standard only with separate "
      "line management and premises. The consultation document does not explain how this will be achieved."),
    # 008 edited: personal paragraph added, one sentence dropped
    R("parent", " ".join(S[:3] + S[4:]) + "\n\nI am a single dad and my son [[p:Caspian]] has "
      "{{Tourette's|med}} and {{ADHD|med}}. When the council refused to assess him it was the SENDIASS adviser, "
      "[[p:Bryony]], who sat with me at the meeting. I would not have known where to start. "
      "[[p:Mark Trebilcock]], [[hn:Tor View]], {{Chewford|inv}}", C, "edited"),
    # 009
    R("parent", "No."),
    # 010
    R("parent", "I'm from {{Portugal|place}} and English is my second language. On the old Local Offer there was "
      "a button to translate. On the new directory I can't find it. My son [[p:Tomás]] is in reception at "
      "[[sch:Chewford C of E Primary]] and I need to understand about his support. {{Obrigada|lang}}. My number is "
      "[[ph:01632 960 884]] if someone can call me in the afternoon."),
    # 011 exact: one sentence per line
    R("grandparent", "\n".join(S), C, "exact"),
    # 012
    R("SENDIASS volunteer", "I volunteer with {{Tidewater Advice Partnership|own}} on the helpline two mornings a "
      "week. Most calls come on {{Mondays|date}} and {{Fridays|date}}, and in {{June|date}} and {{July|date}} before "
      "school moves. Three days a week means callers will queue for days when a tribunal deadline is 15 working "
      "days away. Please look at the call data before deciding which days to cut."),
    # 013
    R("parent", "Proper daft idea. The Local Offer was the only place I found out about {{Makaton|therapy}} "
      "classes and the {{Chewford Sparkles|event}} sensory sessions. Don't bury it. [[p:R.W.]]"),
    # 014
    R("councillor", "I am the {{Conservative|org}} member for {{Redcliffe Magna|inv}} and a former school governor. "
      "The proposal saves {{£48,000|num}}, which is less than the cost of two tribunal hearings the council lost "
      "last year. I urge the {{Executive Member for Education|role}} to think again. Cllr [[p:Harriet Wills-Peverell]]"),
    # 015 edited: half the template plus own text
    R("parent", " ".join(S[1:3]) + " I know because I have been that parent. In {{2021|date}} my son's plan was "
      "cut from 25 hours to 10 and the council's own officer told me there was 'no point' appealing. The adviser "
      "told me the truth. We won. " + S[3] + " Keep them independent.", C, "edited"),
    # 016
    R("parent", "Can you please make sure the new site says which schools have a {{resource base|send}} and how "
      "many places. I rang the council and was told to look on the Local Offer and the Local Offer told me to ring "
      "the council. Round and round like the {{Teletubbies|char}}."),
    # 017 near-miss (lof template phrase)
    R("parent carer forum", "{{Avonmere Parent Carer Forum|inv}}: our members are split. Some say SENDIASS must "
      "stay impartial and at arm's length from the council and want it left alone. Others have waited weeks for "
      "a call-back from Tidewater and would welcome a change. We ask for a proper evaluation of both options and "
      "parent carers on the panel."),
    # 018
    R("parent", "I ALREADY CAN'T GET THROUGH ON THE HELPLINE. CUTTING IT TO 3 DAYS IS MADNESS. WHO DREAMT THIS "
      "UP?? [[p:DEBBIE]]"),
    # 019
    R("parent", "My name is [[p:Kerry-Ann Penhaligon]] and I write a blog about life with two autistic girls "
      "([[sh:@avonmere_sendmum]] on instagram). My followers are mostly local parents and they all say the same "
      "thing: the Local Offer is hard to search but it is the only place the information is in one place. Improve "
      "it, don't scatter it. Contact me at [[em:kerry-ann.p@example.net]]"),
    # 020
    R("speech and language therapist", "As a {{speech and language therapist|role}} working in {{Bridgwater|place}} "
      "schools, I would like the new Local Offer to include {{Easy Read|send}} pages and symbol-supported "
      "information ({{Widgit|org}} or similar). A lot of our families have their own learning difficulties and "
      "the current pages are not accessible to them at all."),
    # 021 ramble
    R("grandparent", "I am 74 and I look after my granddaughter [[p:Wenna]] every school holiday while her mum "
      "works at {{Musgrove Park|hosp}}. [[p:Wenna]] has {{Asperger's|med}}, though they call it autism now, and "
      "{{dyspraxia|med}}. I am not good with computers. When her mum was fighting for the EHCP I was the one who "
      "rang SENDIASS because she was on shift, and I want to tell you about the lady who answered. She was patient, "
      "she explained what an annual review was, and she posted me a printed copy of the guide because I said I "
      "couldn't read it on the screen. She didn't make me feel stupid. That service is worth every penny. Now I read "
      "that the helpline will only be open {{Tuesday|date}} to {{Thursday|date}}. The holidays are when I am looking "
      "after [[p:Wenna]] full time and when I have the questions, and I don't see why families should have to plan "
      "their problems around office hours. As for the website, I have never used it and I never will, so whatever "
      "you do there please keep a phone number and a paper leaflet at the {{Chewford|inv}} library and the GP "
      "surgery. And please don't put SENDIASS inside the council. My daughter says the whole point is that they are "
      "on your side and not the council's. In my day if you had a child like [[p:Wenna]] you were just told to get "
      "on with it. We have come a long way since then. Please don't go backwards to save a few thousand pounds. "
      "Yours sincerely, [[p:Morwenna Tregaskis]] (Mrs), [[hn:Penhallow]], [[st:Ship Lane]], "
      "[[pc:BS49 5XJ]], [[ph:07700-900-388]]"),
    # 022
    R("parent", "My son's NHS number is [[nhs:999-703-2829]], he is [[p:Eli]], and I have had to give it to "
      "four different council teams this year because nobody shares anything. A better Local Offer should mean "
      "tell it once. My NI number is [[ni:QQ 61 42 07 C]] if that helps the DLA people, they lost it twice."),
    # 023
    R("social worker", "Please keep the link from the Local Offer to the {{Carers UK|org}} and {{Contact|org}} "
      "pages, and to the {{short breaks services statement|send}}. Families find out about {{Carer's Allowance|law}} "
      "from those links more often than from us."),
    # 024
    R("parent", ""),
    # 025
    R("parent", "{{Gert lush|dialect}} that you're asking. Make the website simple, keep SENDIASS independent, and "
      "keep the helpline five days. Simple as."),
]
