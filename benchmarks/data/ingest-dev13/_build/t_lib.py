"""library-hubs: fictional Ribblemoor Borough Council (East Lancashire) proposes to close Clough End,
Whinfield and Tarnside libraries and open volunteer-run "community hubs"."""
from common import R, each, sents
import re

PREFIX = "LIB"
CONSULTATION = "library-hubs"
C = "lib-staffed-libraries-not-hubs"

T = ("I object to the proposal by {{Ribblemoor Borough Council|inv}} to close {{Clough End Library|site}}, "
     "{{Whinfield Library|site}} and {{Tarnside Library|site}} and replace them with community hubs run by volunteers. "
     "A library is not just a room with books in it. Trained library staff help people apply for jobs and benefits "
     "online, run story times for babies and toddlers, support older people who are lonely and keep a warm, safe space "
     "open for everyone. Volunteers are generous, but they cannot be expected to do the work of qualified staff for "
     "nothing, and many hubs elsewhere have closed within two years when the volunteers ran out. The council has a legal "
     "duty under the {{Public Libraries and Museums Act 1964|law}} to provide a comprehensive and efficient library "
     "service. Please keep all three libraries open with paid staff, and talk to the people who use them before you decide.")
S = sents(T)

ITEMS = [
    # 001
    R("library user", T, C, "template"),
    # 002
    R("library user",
      "Ah've used {{Tarnside Library|site}} since I were a lad. Me and our [[p:Shaz]] take the grandkids every "
      "{{Saturday|date}} for Lego club and the little un won't go to sleep without a {{Gruffalo|char}} book off the "
      "shelf there. Tha can't run a library on goodwill an' a kettle. Where's the toilets going to be? Who's locking up?\n"
      "[[p:Dale Haworth]]\n[[st:14 Moorcock Street]], Tarnside"),
    # 003
    R("resident", each(T, str.lower), C, "exact"),
    # 004
    R("library user", "Keep them open."),
    # 005
    R("parent",
      "My daughter [[p:Hope]] is 6 and she has read every {{Roald Dahl|author}} in {{Whinfield Library|site}}, some twice. "
      "She goes to [[sch:Whinfield St Mary's C of E Primary]] and the class walks down to the library once a half term "
      "because the school library is a cupboard. If you close it, that visit stops. Simple as that. The hub idea sounds "
      "nice on paper but the {{Village Hall|landmark}} has no disabled toilet and no heating on a {{Monday|date}}."),
    # 006
    R("resident", ""),
    # 007
    R("library staff",
      "I have worked for {{Ribblemoor Libraries|inv}} for 19 years and I am writing in a personal capacity. Every week at "
      "{{Clough End Library|site}} we help around forty people with {{Universal Credit|law}} journals, bus passes, blue badge "
      "forms and printing boarding passes. Volunteers will not be trained in data protection and should not be handling "
      "people's {{DWP|org}} log-ins. The {{Reading Agency|org}} {{Summer Reading Challenge|event}} alone brought 312 children "
      "through our doors last {{August|date}}. Please publish the footfall figures branch by branch."),
    # 008 edited: personal paragraph
    R("carer",
      " ".join(S[:4]) + "\n\nMy mum [[p:Edna Whittle]] is 88 and housebound. The home library service brings her large print "
      "books every fortnight from {{Clough End Library|site}} and it is the only visitor she gets apart from me and her carer "
      "[[p:Precious]]. Her card number is [[acc:2190 4471 0036]] if you want to check how much she borrows. Will a volunteer "
      "hub deliver to [[st:Cobden Terrace]]? I doubt it.\n\n" + S[5]
      , C, "edited"),
    # 009
    R("young person",
      "i do my homework at tarnside library coz theres no wifi at home and my brother is always on the xbox. "
      "the staff lady [[p:jackie]] helps me print stuff. dont shut it pls"),
    # 010
    R("organisation",
      "Response on behalf of {{Friends of Whinfield Library|org}}.\n\nWe support the principle of community involvement but we "
      "cannot support the proposal as drafted. Our group has eleven active members, the youngest of whom is 67. We already "
      "run the coffee morning and the {{Knit and Natter|event}} group; we are not in a position to open the building 30 hours a "
      "week. The consultation document does not say who insures the hubs, who holds the keys, or whether the "
      "{{People's Network|inv}} computers stay. We would ask the {{Portfolio Holder for Culture and Leisure|role}} to meet us "
      "before the {{Cabinet|role}} meeting on {{14 November|date}}.\n\n"
      "[[p:Margaret Entwistle]] (Chair)\n[[em:m.entwistle@example.org]]"),
    # 011
    R("resident", each(T, str.upper), C, "exact"),
    # 012
    R("library user",
      "{{Tarnside|inv}} has the only library for 6 miles. The bus to {{Harlsworth|inv}} is every 2 hours now since the "
      "{{464|bus}} got cut. My husband [[p:Ken]] cannot manage the steps at {{Harlsworth Central Library|site}} anyway. "
      "Think on.\n[[p:M. A. Pickles]]"),
    # 013 near-miss
    R("resident",
      "A library is not just a room with books in it, I agree with the campaign that far. But let's be honest, "
      "{{Whinfield Library|site}} is open 14 hours a week and half of that it's empty. A hub with the {{Post Office|org}} "
      "counter, the credit union and the library in one building could actually be busier. I'd give it a go if the council "
      "guarantees a paid coordinator."),
    # 014 Polish
    R("parent",
      "Hello, my name is [[p:Agnieszka Wróbel]], I am from Poland and living in {{Clough End|inv}} 7 years. In library my "
      "son [[p:Kuba]] learn English with the books and with the lady Mrs [[p:Pilling]]. Also I do my {{ESOL|law}} class "
      "there on Tuesday. For us it is very important place, not only books. Please not close. {{Dziękuję bardzo|polish}}."),
    # 015 edited: half + own text
    R("retired teacher",
      S[0] + " " + S[1] + " " + S[2] + " I taught at {{Tarnside County Primary|venue}} for thirty years and I watched "
      "children who had no books at home become readers because of that little building on {{Mill Brow|route}}. The council "
      "says hubs will be 'more than a library'. In my experience when something is everybody's job it becomes nobody's. "
      + S[5], C, "edited"),
    # 016 Urdu-speaking
    R("resident",
      "My mother only speak {{Urdu|langname}} and {{Punjabi|langname}}. The library in {{Whinfield|inv}} has Urdu books and "
      "newspaper {{Daily Jang|brand}} and she go there with her friend [[p:Nasreen Bibi]] every morning after the school run. "
      "It is her only outing. Volunteers will not order Urdu books. {{Shukriya|urdu}}.\n[[p:Irfan Akhtar]]"),
    # 017
    R("resident", "n/a"),
    # 018 councillor
    R("councillor",
      "As ward councillor for {{Clough End and Hapsley|inv}} I have to record that residents in my ward are overwhelmingly "
      "against this. I raised it with the {{Leader of the Council|role}} and was told the savings of £412,000 are 'already in "
      "the budget'. That is not consultation. I would also note that [[p:Trevor Duckworth]], the cabinet member, told the "
      "{{Lancashire Telegraph|org}} in {{March|date}} that no library would close.\nCllr [[p:Summer Ahmed]]"),
    # 019 exact: whitespace
    R("resident", each(T, lambda s: re.sub(r"\. ", ".\n", s).replace(", ", " ,  ")), C, "exact"),
    # 020 jobseeker
    R("jobseeker",
      "I did all my job applications on the library computers last year because the {{Jobcentre|org}} told me to, you can check with my NI number [[ni:QQ 30 58 14 B]]. The librarian, "
      "[[p:Janice]], helped me set up my email and my CV and I got a job at {{Booths|org}} warehouse. On the volunteer hub at "
      "{{Hapsley|inv}} you can only book the computer for 30 minutes. Not fair on people like me."),
    # 021 ALL CAPS
    R("resident",
      "ANOTHER CUT TO THE NORTH. THEY WOULD NEVER CLOSE LIBRARIES IN {{SURREY|place}}. SHAME ON YOU {{RIBBLEMOOR|inv}}.\n[[p:BARRY LIVESEY]]"),
    # 022 edited: sentences dropped + own
    R("library user",
      "Dear Sir or Madam, " + S[0] + " " + " ".join(S[3:5]) + " We saw this in {{Burnley|place}} and {{Nelson|placename}} "
      "where two hubs have already gone back to the council. " + S[-1] + " Regards, a {{Whinfield|inv}} reader.", C, "edited"),
    # 023 ramble: retired librarian
    R("retired librarian",
      "I was branch librarian at {{Tarnside Library|site}} from 1989 until I retired, so I will try not to go on, but I "
      "probably will. When I started we had two full-time staff, a Saturday girl and a mobile library that went round the "
      "farms up {{Haslow Fell|inv}}. The mobile went in 2011. Saturday opening went in 2016. Then the hours were cut to three "
      "days. Every time, the council said footfall was falling, and every time it fell because the door was shut more often. "
      "Now you say nobody uses it. I still go in on a {{Thursday|date}} and there are people waiting outside at ten o'clock.\n\n"
      "I want to say something about who actually uses a small library. It is not people like me who can buy books on "
      "{{Amazon|brand}}. It is the lad who has been excluded from school and needs somewhere warm. It is the man who has just "
      "been told he has {{Parkinson's|med}} and wants to read about it without his wife knowing yet. It is the young mum with "
      "twins who needs to get out of the flat. It is the family who arrived from {{Afghanistan|place}} and want a map of the "
      "town and a library card, because a library card is the first thing in this country that says you belong somewhere.\n\n"
      "Volunteers did wonderful things for us. [[p:Doreen]] ran the family history group for years. But she did that "
      "alongside staff, not instead of them. I fear the hubs will limp on for a year or two and then the buildings will be "
      "sold, and in ten years there will be nothing between {{Harlsworth|inv}} and {{Skipton|place}}. I would urge the council to "
      "look at shared buildings, at shorter hours if it must, but to keep a qualified person behind the desk. Thank you for "
      "reading this far.\n\n[[p:Brenda Ashworth]] (Mrs)"),
    # 024 text-speak
    R("parent",
      "lol who is gonna run baby rhyme time at clough end then?? [[p:kayleigh]] who does it now is brill, my [[p:alfie]] "
      "loves her. follow our page [[sh:@cloughend_mums]] we r doing a petition"),
    # 025 near-miss / business
    R("business",
      "We run {{Pickup's Newsagents|orgp}} opposite {{Whinfield Library|site}}. People come in for a paper after they have been "
      "to the library, so we will lose trade. Talk to the people who use them before you decide, and talk to the shops too.\n"
      "[[p:Heath Pickup]]\n[[ph:01632 960 418]]"),
]
