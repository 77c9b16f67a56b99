"""The future of the Beacon Centre, the primary pupil referral unit on the coast (BCN-001..025)."""
from common import R, each, sents, plain_only

PREFIX = "BCN"
CONSULTATION = "beacon-centre"
CAMP = "bcn-keep-the-beacon"

T = ("We are writing on behalf of {{UNISON|org}} members who work in {{alternative provision|send}} in "
     "{{Hollinshire|inv}}. {{The Beacon Centre|venue}} is the only place on the coast where primary-age children who "
     "have been excluded, or who are close to exclusion, can be taught in small groups by staff who know them well. "
     "Closing it and replacing it with an outreach team will mean children travelling more than an hour each way to "
     "{{Larkspur House|venue}}, or sitting at home on part-time timetables. Outreach can help schools, but it cannot "
     "replace a safe base for a child in crisis. We ask the council to keep {{The Beacon Centre|venue}} open, to "
     "consult staff properly on any restructure, and to publish how many children are currently waiting for a place. "
     "Keep the Beacon open for the children of the coast.")
S = sents(T)

ITEMS = [
    # 001 template
    R("trade union", T, CAMP, "template"),
    # 002 teacher in charge
    R("PRU teacher", "I lead teaching at {{the Beacon|venue}}. We have 16 places for children aged 5 to 11 and a "
      "waiting list of nine. The youngest child we have taught was four and a half. Most of our children return to "
      "mainstream within three terms. An outreach team of three cannot do what a small school does all day, every day, "
      "and the consultation document does not claim it can; it simply says it will cost less."),
    # 003 exact, lower case
    R("teaching assistant", each(T, str.lower), CAMP, "exact"),
    # 004 parent, child at the Beacon
    R("parent", "My boy [[p:Harley]] is 7 and he's been at the [[sch:Beacon]] since {{January|date}}. Before that he "
      "was in school an hour a day and I had to give up my job. Now he's there full days and he's started reading "
      "{{Dog Man|char}} books on his own and he reads them to his hamster, {{Gerald|pet}}. If it shuts where does he go? Larkspur is for teenagers. He's seven."),
    # 005
    R("parent", "Keep it open."),
    # 006 EP
    R("educational psychologist", "Primary-age children in alternative provision are among the most vulnerable "
      "children we assess: many have unidentified {{speech and language|send}} needs, {{attachment|med}} difficulties "
      "or {{FASD|med}}. Evidence from approaches such as {{Theraplay|ther}}, {{nurture groups|ther}} and the "
      "{{Boxall Profile|ther}} shows that a stable small-group setting matters. An outreach-only model removes that."),
    # 007 primary head
    R("headteacher", "{{Saltmere Primary|venue}} has referred four children to the Beacon in three years. Three came "
      "back to us and are doing well. We could not have kept them safely without that respite. We would support an "
      "outreach team in addition to the Beacon, not instead of it."),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:4]) + " " + " ".join(S[5:7]) + "\n\nI am a {{UNISON|org}} member but I am also a mum. My "
      "daughter [[p:Skye]] went there in Year 3 after she was excluded from [[sch:Saltmere Primary]] "
      "for biting. She was diagnosed with {{PDA|med}} while she was there, by Dr [[p:Venkataraman]], and she went back "
      "to mainstream with a plan that worked. [[p:Skye]] is in Year 6 now and doing her SATs.\n\n[[p:Carly Penrose]]",
      CAMP, "edited"),
    # 009 Nepali grandfather
    R("grandparent", "{{Namaste|lang}}. I am grandfather of [[p:Aarav Thapa]], he is 9. I served in the "
      "{{Brigade of Gurkhas|org}} 22 years and now we live in {{Saltmere|inv}}, house name [[hn:Dhaulagiri]]. [[p:Aarav]] is a good boy but he has big "
      "anger and the school could not manage. At the [[sch:Beacon]] he has calm teachers. Close it and he will sit at home "
      "with me. I am old man, I cannot teach him maths."),
    # 010 CAPS
    R("parent", "SHUTTING THE ONLY PRIMARY PRU ON THE COAST TO SAVE MONEY IS DISGUSTING. THESE ARE SIX YEAR OLDS."),
    # 011 exact: punctuation stripped
    R("support worker", plain_only(T, lambda s: s.replace(",", "").replace(".", "")), CAMP, "exact"),
    # 012 social worker
    R("social worker", "Of the children currently at {{the Beacon Centre|venue}}, I understand more than half are "
      "known to children's social care. Several are {{children in need|law}} or on {{child protection plans|law}}. "
      "The proposal has no safeguarding impact assessment attached. That should be published before any decision."),
    # 013 near-miss: one template sentence in a different argument
    R("headteacher", "I disagree with the unions on this one. The Beacon does good work, but taking a six-year-old "
      "out of their own school can make things worse. Outreach can help schools, but it cannot replace a safe base "
      "for a child in crisis - agreed - so put that safe base inside our schools, with the Beacon's staff."),
    # 014 text-speak mum, handle
    R("parent", "my son [[p:kai-jordan]] goes [[sch:beacon]]. best thing that ever happend to him honestly. shut it and ill be "
      "outside county hall every day with a placard. follow [[sh:@saltmere_send_mum]] for updates x"),
    # 015 feeder primary SENCO
    R("SENCO", "We are a small rural school without a nurture room. The Beacon is our only option for a child in "
      "crisis. I have read the outreach proposal and it offers six sessions per referral. Six. I hope the council "
      "will look again."),
    # 016 blank
    R("parent", ""),
    # 017 kinship carer, NI
    R("kinship carer", "I am raising my sister's two children. The younger, [[p:Bobbi]], is at the [[sch:Beacon]]. I had to "
      "give up work to look after them and I'm on {{Carer's Allowance|law}} now (NI [[ni:QQ 12 83 56 A]] if anyone "
      "from benefits reads this and wants to stop it, please don't). If the [[sch:Beacon]] shuts I can't send [[p:Bobbi]] "
      "anywhere."),
    # 018 CAMHS
    R("CAMHS clinician", "From a {{CAMHS|org}} perspective, the Beacon is one of the few settings where we can "
      "deliver joint work with education on site. Children aged five to eleven with severe emotional dysregulation "
      "do not benefit from a model that relies on a weekly visit to their mainstream class."),
    # 019 edited: half + own text
    R("teaching assistant", " ".join(S[1:4]) + " I have worked there for eleven years as a TA. We have lost two "
      "colleagues already because of the uncertainty and the ones left are exhausted. Please decide quickly and "
      "decide to keep us.", CAMP, "edited"),
    # 020 flat + street separately
    R("parent", "We live at [[fl:flat 3, Anchor Court]] on [[st:Marine Parade]], {{Saltmere|inv}}, and we don't drive. "
      "My son [[p:Jordan-Lee]] gets to the [[sch:Beacon]] on foot in ten minutes. Larkspur is two buses away. He is eight."),
    # 021 long ramble
    R("parent", "I'm going to try and keep this short but I probably won't. My daughter [[p:Evie-Rose Pickering]] "
      "is 9 and she's been at the [[sch:Beacon]] since {{May|date}}. Before that she was at [[sch:St Anne's]] where she had "
      "a lovely teacher in reception and then it all went wrong in Year 2. She was hiding under tables, running out "
      "of the gates, once she got as far as the {{Co-op|org}} on {{Harbour Street|route}} before anyone caught her. "
      "I got a phone call nearly every day. I lost my job at the care home because I kept having to leave. "
      "Her dad isn't around. We waited 18 months for a {{CAMHS|org}} appointment and in the end the [[sch:Beacon]]'s "
      "teacher got her seen by the paediatrician, Dr [[p:Okoro]], who said {{ADHD|med}} and query {{autism|med}}. "
      "At the [[sch:Beacon]] there are eight kids in her class and four adults. She has a key worker called [[p:Steph]] "
      "who she adores. She does {{Forest School|ther}} on Fridays. She has not run away once. Not once. She has "
      "started asking to go to school on Saturdays which made me cry. Now I read that the council wants to close it "
      "and send 'outreach' into schools instead. [[p:Evie-Rose]] doesn't have a school to send outreach into. Her "
      "old school won't take her back, they told me that. Larkspur is for secondary kids and it's 40 minutes away "
      "in a taxi if you even get a taxi. So what actually happens to her? Does she just sit at home with me again? "
      "I'm not being funny but whoever wrote this should come and spend a day at the [[sch:Beacon]] and then a day at my "
      "house in the old days. Then decide. Please. [[p:Danielle Pickering]] [[ph:07700 900 236]]"),
    # 022 councillor
    R("councillor", "As one of the councillors for {{Saltmere and Coast|inv}}, I have been contacted by over sixty "
      "families about the Beacon. I will be asking the {{Leader of the Council|role}} and the {{Director of Children's Services|role}} to remove it from the savings "
      "plan. Cllr [[p:Bridget O'Halloran]] ([[em:b.ohalloran.cllr@example.org]])"),
    # 023 Scottish parent
    R("parent", "We moved doon fae {{Dundee|place}} last year and honestly the [[sch:Beacon]] is the best thing we've found "
      "here. My wee boy [[p:Lewis]] is six and he's thriving. His granny's still on {{Skye|placename}} and she cannae believe it. {{Dinnae|scots}} close it."),
    # 024
    R("resident", "Close it. Waste of money for a handful of kids."),
    # 025 youth worker
    R("youth worker", "I run the Saturday club at {{Saltmere Youth Hub|landmark}} and about a third of our younger "
      "members have been through the Beacon. The difference in them is obvious. Last Saturday [[p:Tyreece]] and [[p:Millie]] ran the tuck shop on their own. Don't lose it."),
]
