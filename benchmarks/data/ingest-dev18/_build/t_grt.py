"""winter-gritting: Ardmhor and Isles Council (fictional, Highlands and islands) proposes to cut its priority
gritting routes, start secondary routes at 7am instead of 5am, stop gritting minor island roads and remove 300 grit bins."""
from common import R, each, sents

PREFIX, CONSULTATION = "GRT", "winter-gritting"
C = "grt-grit-our-glen"

TPL = (
    "I object to {{Ardmhor and Isles Council|inv}}'s proposal to cut the winter gritting network. Moving secondary "
    "routes from five in the morning to seven means the school bus, the district nurse, the fish-farm crews and the "
    "carers will all be driving on untreated roads in the dark. Removing the grit bins leaves older people unable to "
    "clear their own steps and hills. On the islands, dropping the minor roads cuts whole townships off from the "
    "ferry and the surgery for days at a time. Grit our glen. Please keep the present routes and start times, keep "
    "the grit bins, and talk to each community council before any road comes off the list."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 crofter, croft as house name
    R("crofter", "I work [[hn:Croft 7, Achnabreac]] ({{Crofting Commission|org}} register no. [[acc:C/4417/AR]]) on the hill road above {{Port na Cille|inv}}. That road has never been "
      "on the main route but the gritter has always done it by six because the milk lorry and the school bus use "
      "it. At seven the bus is already on its way down. Last {{February|date}} a tanker went into the ditch at the "
      "{{Allt Dubh|inv}} bend. Keep it as it is. {{Tapadh leibh|gaelic}}.\n[[p:Ruaridh MacLeod]]"),
    # 003 exact capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 004 district nurse
    R("nurse", "I am a district nurse covering {{Eilean Tarsuinn|inv}}. Between {{December|date}} and {{March|date}} I "
      "start at 7.30 with insulin visits. If the minor roads are not gritted I cannot reach {{Baile Ùr|inv}} at all in "
      "frost. One patient, Mrs [[p:MacAskill]] at [[hn:Taigh na Mara]], is 93 and on end-of-life care. Please think "
      "about her, not just the bus."),
    # 005 short
    R("resident", "Fair enough. The budget has to come from somewhere."),
    # 006 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 007 teenager on the island, lower case, school
    R("young person", "im [[p:eilidh]] im 15 and i get the bus to [[sch:ardmhor academy]] at 7.10. the road past our "
      "house goes over the bealach and its sheet ice in jan. if the gritter comes at 7 the bus is already on it. "
      "my wee brother [[p:lachie]] is in p4 and hes obsessed with {{Paw Patrol|show}} n thinks the gritter is {{Rubble|show}}. my mum said put my name so here. [[sh:@eilidh.tarsuinn]]"),
    # 008 edited: personal paragraph (fish-farm worker, Polish)
    R("fish farm worker", " ".join(S[:3]) + "\n\nI am [[p:Krzysztof Nowicki]], I work on the salmon cages for {{Mowi|org}} "
      "at {{Loch Tarsuinn|inv}}. I start 6am, I drive from [[st:4 Shore Road]], {{Port na Cille|inv}}, [[pc:iv55 8xr]], in "
      "my van [[vr:SV21 MKO]]. Last winter I slide on the hill two times. My phone is [[ph:0141 496 0837]].\n\n"
      + " ".join(S[3:]), C, "edited"),
    # 009 blank
    R("resident", ""),
    # 010 Gaelic speaker, bilingual
    R("pensioner", "{{Ciamar a tha sibh|gaelic}}. Tha mi ceithir fichead bliadhna a dh'aois. I am eighty years old, born [[dob:5th of May 1944]], and "
      "I live alone at [[hn:Tigh a' Bhealaich]] with my dog {{Bran|pet}}. The grit bin at the end of my road is the only "
      "way I get to the shop when it freezes. My nephew [[p:Calum Iain]] fills a bucket for me. Do not take the bins.\n"
      "[[p:Peigi Mhòr]] ([[p:Peggy MacInnes]])"),
    # 011 haulier
    R("business", "{{MacRae Haulage|orgp}} runs eleven lorries out of {{Ardmhor|inv}} on the {{A87|road}} and the "
      "{{A890|road}}. The trunk roads are {{Bear Scotland|org}}'s, not the council's, so they're fine. It's the last mile "
      "to the fish farms and the distillery that matters, and that's what you're cutting. Cut the grit bins by all "
      "means, but not the early runs."),
    # 012 edited: reworded opening and closing
    R("resident", "This is the worst idea the council has had in years. " + " ".join(S[1:5]) +
      " Come and drive the {{Bealach na Gaoithe|route}} at half six in {{January|date}} and then decide.", C, "edited"),
    # 013 near-miss
    R("resident", "Removing the grit bins leaves older people stuck, I agree, and we should keep them, but most of them are empty by {{Christmas|date}} anyway and the council never "
      "refills them. Moving secondary routes from five to seven is fine on our road, nobody is up."),
    # 014 Filipino care worker
    R("care worker", "I am a carer for {{Highland Home Carers|org}} and I do the 7am run to four clients. With no grit I "
      "cannot go. Last year I had accident on ice, car damaged, my claim number [[acc:CLM-558201-HI]] with the council "
      "still not paid. {{Salamat po|lang}}.\n[[p:Jennalyn Cabrera]]"),
    # 015 edited: partial template + own words
    R("organisation", " ".join(S[:2]) + " {{Strath Ardmhor Community Council|inv}} discussed this at our {{November|date}} "
      "meeting. We would accept fewer grit bins if the {{Ardmhor Community Trust|org}} could buy its own small gritter "
      "and the council supplied the salt. Our secretary, [[p:Fiona Matheson]], can be reached at "
      "[[em:secretary.sacc(at)example.org]].", C, "edited"),
    # 016 doctor, hospital keep
    R("gp", "The GP practice in {{Port na Cille|inv}} sees two or three fractures from falls on ice every cold spell. "
      "Each is a flight or a long drive to {{Raigmore|hosp}}. The cost of one hip fracture is far more than a season "
      "of grit bins. Please run the numbers with {{NHS Highland|org}}."),
    # 017 ferry worker, weather words
    R("resident", "I work for {{CalMac|org}} on the {{Loch Seaforth|ship}} and have to be at the pier in "
      "{{Ullapool|place}} for half five. During {{Storm Éowyn|event}} the road was glass. Don't cut the early run. My car [[vr:SK19HXA]] lives on "
      "[[st:Quay Brae]]. [[p:Donnie]] (deckhand)"),
    # 018 long ramble, retired road worker
    R("pensioner", "I drove a gritter for the old {{Ross and Cromarty|place}} council for twenty-six years and then "
      "for this council for another nine, so I know these routes better than whoever drew the new map. When I "
      "started in 1979 we had a Bedford with a spreader on the back and a shovel, and the foreman, [[p:Hamish Urquhart]], "
      "God rest him, would phone you at three in the morning if the temperature was dropping and you'd be out by "
      "four. We did the school routes first and the hill roads to the crofts second and the council never had to "
      "explain to anybody why a child was late. The new map has the {{Achnabreac|inv}} road coming off the list "
      "completely. That road has nine houses and six of them have somebody over eighty in them. Last winter "
      "the ambulance could not get up to Mrs [[p:Gillies]] and they had to bring her down on a quad bike. The "
      "thing the council does not understand is that the start time is everything. Salt spread at five has two "
      "hours of traffic working it into the ice before the school bus comes. Salt spread at seven is sitting "
      "on top when the bus goes over it. You save the overtime and you lose the whole point. If the money is "
      "not there, cut the late-night town runs in {{Ardmhor|inv}} where the streetlights and the traffic keep the "
      "roads clear anyway, and keep the early runs on the hills. I would happily come in and show somebody on a "
      "map. My number is [[ph:01632 960 845]] and I live at [[st:Braeside]], {{Port na Cille|inv}}, [[pc:IV55 8XS]].\n[[p:Alasdair 'Ally' Munro]]"),
    # 019 very short
    R("resident", "Keep gritting the school routes. Nothing else matters."),
    # 020 n/a
    R("resident", "N/A"),
]
