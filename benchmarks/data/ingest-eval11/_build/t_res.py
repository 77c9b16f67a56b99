"""residential-provision: Blackmere County Council (fictional, East Midlands fens) consults on closing
Cedar Lodge, the weekly (Monday to Thursday night) residential provision of Hollinsbrook School, an all-age
special school in Sallowby, from July 2026, saving about 780,000 pounds a year and offering an 'extended day'
to six o'clock instead."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "RES", "residential-provision"
C = "res-keep-weekly-boarding"

TPL = ("I am writing to object to {{Blackmere County Council|inv}}'s proposal to close the weekly residential "
       "provision for pupils with complex needs. For many families the four nights a week are not a luxury. They "
       "are the reason a child can learn to wash, dress, eat with others and sleep through the night, and the "
       "reason a family can keep going at all. The council says an extended day will meet the same needs, but an "
       "extended day ends at six o'clock and the hardest hours come after that. Residential staff are trained, "
       "consistent and known to the children. Losing them will mean more crises, more out-of-county placements "
       "and higher costs within two years. Please keep the residential provision open and talk to the families "
       "who use it.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 exhausted mother
    R("parent", "I don't know how to write this without crying so sorry if it's a mess. My son [[p:Kai]] is 13, "
      "autistic with a {{PDA|med}} profile and a severe learning disability, no speech, uses {{PECS|term}} and a bit of {{Makaton|term}}. He "
      "boards Monday to Thursday at [[sch:Hollinsbrook]] and has done since Year 7. Before that I hadn't slept more "
      "than three hours a night in nine years. He'd be up at 2am banging his head on the wall and my other two were "
      "going to school wrecked. Now he comes home on a {{Friday|date}} calm, he sits at the table, he uses the "
      "toilet. The residential staff did that, not me, and I'd tried everything. If you close it he'll be home every "
      "night and I honestly don't know if we'll cope. And don't tell me about an extended day till 6, what happens "
      "at 6? We live out past the church on [[st:Fosdyke Lane]], it's 40 minutes each way. Please.\n[[p:Leanne]]"),
    # 003 resident who supports closure
    R("resident", "I support closing it if the money really goes into more special school places nearer home. "
      "{{Hollinsbrook|own}} is miles from most of the county and a lot of children already spend two hours a day in "
      "taxis. Residential should be for the few who need it, paid for case by case."),
    # 004 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 005 headteacher, institution
    R("school", "I respond as {{Headteacher|role}} of {{Hollinsbrook School|own}}. {{Cedar Lodge|own}} has eleven "
      "weekly boarders and was judged outstanding by {{Ofsted|org}} in {{March 2024|date}}. The saving of "
      "{{£780,000|num}} ignores what follows: at least three boarders would need {{52-week|num}} placements out of "
      "county at {{£250,000|num}} or more each. We ask the council to pause and commission an independent review."),
    # 006 blank
    R("parent", ""),
    # 007 edited: personal paragraph (daughter with Rett syndrome)
    R("parent", " ".join(S[:3]) + "\n\nOur daughter [[p:Amelia-Rose]] ([[p:Millie]] to everyone) is 15 and has "
      "{{Rett syndrome|med}} and {{epilepsy|med}}. She has boarded at [[sch:Hollinsbrook School]] since she was "
      "eleven. Most of her seizures come at night, and the residential staff are trained to give {{buccal "
      "midazolam|med}} and to ring us, which they have done twice this year. Her NHS number is [[nhs:999 701 "
      "7463]] if anyone wants to check. At home that job is mine, every night, alone.\n\n" + " ".join(S[3:])
      + "\n\nRing me on [[ph:07700 900 614]] if anyone at the council wants to hear what nights are like.\n"
      "[[p:Gemma Pinchbeck]]", C, "edited"),
    # 008 taxi escort
    R("passenger assistant", "I'm an escort on the school taxis, {{Monday|date}} mornings and {{Friday|date}} "
      "afternoons, to [[sch:Hollinsbrook]] and back. Without boarding it's that run twice a day, eighty minutes each "
      "way on the {{A17|road}}. One lad I sit with, [[p:Tyler-Jay]], would be kicking the windows before "
      "{{Sutterton|place}}. Last winter our car, [[vr:FY19 RVK]], was off the road a week, no cover.\nEscort, "
      "{{Blackmere Passenger Transport Unit|inv}}"),
    # 009 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 former boarder, young person, lower case
    R("young person", "i boarded at [[sch:cedar lodge]] from 11 till 19. before that i couldnt make a sandwich or "
      "get a bus. the night staff taught me to cook and do my meds. now im at [[sch:Sallowby College]] on a "
      "{{supported internship|term}} at the {{Co-op|org}} and i live in my own flat. please dont shut it\n"
      "[[p:ethan]]\ninsta [[sh:@busboy.lincs]]"),
    # 011 union branch
    R("organisation", "{{UNISON|org}} {{Blackmere County Branch|org}} speaks for the {{residential care "
      "officers|role}} and {{waking night staff|role}} at {{Cedar Lodge|own}}. They heard of this the same day as "
      "parents, breaching the {{Managing Change Policy|law}}. Term-time redeployment means a {{40%|num}} pay cut. We "
      "oppose closure and ask for consultation under {{section 188|law}} of the {{Trade Union and Labour Relations "
      "(Consolidation) Act 1992|law}}."),
    # 012 edited: grandparents, reworded opening and closing
    R("grandparent", "We are grandparents, and we are writing to object to {{Blackmere County Council|inv}}'s plan "
      "to close the weekly residential provision for pupils with complex needs. " + " ".join(S[1:-1]) + " Our "
      "grandson [[p:Olly]] has boarded for three years and his mum has been able to go back to work because of it. "
      "Keep it open, and listen to the families before you decide.\n[[p:Derek]] and [[p:Pat Spalding]]",
      C, "edited"),
    # 013 Polish mother
    R("parent", "Good morning. I am [[p:Anna Wójcik]], mother of [[p:Szymon]], 12, he have {{Down's "
      "syndrome|med}} and autism. From {{September|date}} he is in [[sch:Hollinsbrook]] residential four nights and "
      "already he sleep whole night. I work night shift, I finish at six in the morning, so extended day is no "
      "good. Please not close. [[em:ania.wojcik at example dot com]], [[fl:Flat 6, Maltkiln Court]]. {{Dziękuję "
      "bardzo|lang}}."),
    # 014 councillor, near-miss
    R("councillor", "I have visited {{Cedar Lodge|own}} and do not doubt the care there. But {{£780,000|num}} a "
      "year for eleven children, while two hundred wait for a special school place? Parents say an extended day "
      "ends at six o'clock and the hardest hours come after that. Then give those families an individual "
      "residential offer, not a building.\nCllr [[p:Sandra Whaplode]], {{Children and Young People Scrutiny "
      "Committee|inv}}"),
    # 015 speech and language therapist
    R("therapist", "As the {{speech and language therapist|role}} ({{SALT|term}}) for the seniors I see the boarders at breakfast "
      "and tea, which is where communication is learned. A young person on my caseload, [[p:D.W.]], went from "
      "screaming in the dining hall to asking for toast because evening staff used the same {{PECS|term}} book and "
      "{{Makaton|term}} signs every night. That consistency is the therapy."),
    # 016 exact, one sentence per line
    R("parent", "\n".join(S), C, "exact"),
    # 017 father of a girl placed out of county
    R("parent", "Our daughter [[p:Inaya]] is 14, autistic with a severe learning disability. When {{Cedar "
      "Lodge|own}} was full in {{2022|num}} she was placed in {{Derbyshire|place}}, seventy miles away, at over "
      "{{£4,000|num}} a week. Her {{EHCP|term}} reference is [[acc:BCC/EHC/20417]]. Close the county's only "
      "residential provision and more children will end up like [[p:Inaya]].\n{{Allah Hafiz|lang}}\n[[p:Imran "
      "Qureshi]], [[em:imran.qureshi@example.com]]"),
    # 018 edited: part of the template and own text
    R("parent", " ".join([S[0], S[2], S[3]]) + " My son [[p:Brooklyn]] (born [[dob:3 March 2012]]) boards Monday "
      "to Thursday. At home he does not sleep. Last year he put his fist through our front window at 3am and the "
      "police came to [[st:27 Rectory Lane]], [[pc:ln9  6qx]], because the neighbours thought we were being "
      "burgled. " + S[5] + " " + S[6], C, "edited"),
    # 019 national charity
    R("organisation", "{{The Challenging Behaviour Foundation|org}} is a national charity for families of children "
      "with severe learning disabilities. We are concerned that this proposal has not been assessed against the "
      "council's duty under {{section 27|law}} of the {{Children and Families Act 2014|law}} to keep provision under "
      "review, or against the {{SEND Code of Practice|law}}, which expects local authorities to plan for children "
      "with the most complex needs. Closing local residential provision has, in other areas, led to young people "
      "being admitted to {{assessment and treatment units|term}}, the very outcome {{Building the Right "
      "Support|law}} was meant to end after {{Winterbourne View|landmark}}. We urge the council to publish its "
      "sufficiency data and an {{Equality Impact Assessment|law}} before any decision."),
    # 020 ramble: grandmother raising her grandson
    R("grandparent", "I've never done one of these before so bear with me. I'm 71 and I've had our [[p:Jayden]] "
      "since he was four, when his mum couldn't cope any more, and my husband [[p:Ron]] passed away in "
      "{{2019|num}} so it's just me. [[p:Jayden]] is 13 now, autistic, {{ADHD|med}}, and he has {{epilepsy|med}} that's "
      "worse when he's tired. He's under {{Lincoln County Hospital|hosp}}, his number there is [[hosp:LCH "
      "0471822]], and his NHS number is [[nhs:999 787 7896]]. I only put that because the form asked about health "
      "and I want you to see it's real. He was born [[dob:19/11/2011]].\n\nHe boards at [[sch:Hollinsbrook]] four "
      "nights and comes home {{Thursday|date}} teatime. We live out at [[hn:Willow Garth]] on [[st:Chapel "
      "Drove]], the last house before the fen, and the nearest other child is two miles away. When he's home I "
      "don't sleep, I sit on the landing. He'll watch {{Thomas the Tank Engine|char}} and {{Mr Tumble|char}} all "
      "weekend if I let him, and that's fine by me, it keeps him calm.\n\nI can't do two journeys a day. I'm not "
      "supposed to drive him anyway since he kicked the door panel off my old {{Berlingo|brand}}, [[vr:fn16 ukw]], and the "
      "council taxi doesn't come out this far except on the weekly run. My neighbour [[p:Mavis]] helps when she "
      "can but she's 80 herself.\n\nAt {{Christmas|event}} the staff at the Lodge made him a card with all their "
      "photos on and he carries it everywhere. Those are the people he trusts. If you close it I think I'll have "
      "to say I can't manage, and then he goes into care and costs you ten times as much. I don't want that and "
      "I don't think you do either. Please come and see us before you decide anything. I'm in most days, and the "
      "kettle's always on."),
]
