"""dog-beaches: a Public Spaces Protection Order banning dogs from the main beaches from May to September
(fictional Glanmor County Council / Cyngor Sir Glanmor, west Wales coast; Welsh and bilingual voices)."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "DOG", "dog-beaches"
C = "dog-paws-on-the-sand"

T = ("I am responding to the proposed Public Spaces Protection Order for dogs on the beaches at {{Porthgwyn|inv}}. I "
     "agree that owners must pick up after their dogs and keep them under control, but a blanket ban from {{May|date}} "
     "to {{September|date}} is out of all proportion. Responsible owners walk their dogs early in the morning and in "
     "the evening, when the beaches are almost empty. The ban would push every dog onto {{Traeth Bach|inv}}, which is "
     "small, rocky and dangerous at high tide. It would also hurt the cafes, holiday lets and campsites that rely on "
     "visitors who bring their dogs. Please allow dogs on all beaches before 10am and after 6pm, and spend the money "
     "on more bins and wardens instead.")
S = sents(T)

ITEMS = [
    # 001
    R("dog owner", T, C, "template"),
    # 002
    R("dog owner", "{{Bore da|welsh}}. Rydw i'n cerdded y ci ar {{Traeth Mawr|inv}} bob bore am saith, cyn i neb arall "
      "gyrraedd. I walk my dog, {{Mot|animal}}, on Traeth Mawr every morning at seven before anyone else is there. A ban "
      "all day is not fair to people like me who live here all year.\n\n{{Cofion gorau|welsh}},\n"
      "[[p:Gwenno ap Iorwerth]]\n[[hn:Gwêl y Môr]]\n[[st:Rhodfa'r Môr]]"),
    # 003
    R("surfer", "dogs r fine tbh its the ppl leaving bbq trays n cans thats the problem. my dog {{Bruno|animal}} comes "
      "surfing w me lol. ban disposable bbqs not dogs"),
    # 004
    R("dog owner", each(T, str.lower), C, "exact"),
    # 005
    R("business", "We run a dog-friendly B&B at [[hn:Bryn Hyfryd]], [[st:Ffordd y Traeth]], and 70% of our summer "
      "bookings bring a dog. We already lost trade in the pandemic. Guests ask one question before they book: can the "
      "dog go on the beach? From next year the answer will be no, and they will go to {{Cornwall|place}}."),
    # 006
    R("guide dog owner", "I am registered blind and my guide dog, {{Hunter|animal}}, is my eyes. The draft order "
      "exempts assistance dogs, which is right, but it does not say how a warden will know, and I have been challenged "
      "before. Please train wardens and put it on the signs. {{Guide Dogs Cymru|org}} can help.\n[[p:Meinir Rowlands]]"),
    # 007
    R("resident", "I STOOD IN IT AGAIN ON {{TRAETH MAWR|inv}} ON {{SUNDAY|date}}. MY GRANDSON GOT IT ON HIS HANDS. BAN "
      "THEM ALL YEAR ROUND, NOT JUST THE SUMMER. MR [[p:T. JENKINS]]"),
    # 008
    R("park home resident", "I live all year on [[fl:plot 27, Parc Glan y Môr]] and walk my two terriers on the front "
      "every morning. In {{Storm Darragh|storm}} the beach was the only place to walk because the lanes were blocked "
      "with trees. I am 74 and dog walking is how I see anybody at all.\n[[p:Glenys]]"),
    # 009
    R("carer", " ".join(S[:5] + S[6:]) + "\n\nMy husband [[p:Huw]] has {{Alzheimer's|med}}. Walking our spaniel along "
      "Traeth Mawr at seven in the morning is the one thing that calms him, and he knows the way home to "
      "[[hn:Penrhiw]] from the slipway. If we are sent to Traeth Bach he will be lost.", C, "edited"),
    # 010
    R("town council", "Ymateb {{Cyngor Tref Porthgwyn|inv}} / Response of {{Porthgwyn Town Council|inv}}\n\nThe Town "
      "Council supports a seasonal restriction on the main bathing beach only. We ask the County Council to use its "
      "powers under the {{Anti-social Behaviour, Crime and Policing Act 2014|law}} proportionately, to fund "
      "{{the Dog Warden|role}} service all year, and to publish the number of fixed penalties issued.\n\n"
      "[[p:Delyth Price-Owen]], {{Clerc y Dref|role}} / {{Town Clerk|role}}"),
    # 011
    R("resident", "Ban them."),
    # 012
    R("dog owner", each(T, str.upper), C, "exact"),
    # 013
    R("lifeguard", "I have been an {{RNLI|org}} lifeguard on the main beach for six summers. Most dog owners are "
      "fine. The problem is loose dogs near young children in the flagged bathing area. A ban between the flags "
      "from 10 till 6 would solve it without closing the whole beach."),
    # 014
    R("dog owner", "I come from {{Poland|place}} and I live in Porthgwyn five years. My dog is called {{Dai|animal}}, "
      "my Welsh neighbours think this is very funny. I live in [[fl:Flat 2, Bronydd House]] on [[st:Lôn Ceredig]] so I have no garden, "
      "beach is the only place for him to run. Please not all summer. Photos of him on my insta [[sh:@kasia.w.pgw]]\n[[p:Katarzyna Wójcik]]"),
    # 015
    R("resident", ""),
    # 016
    R("dog owner", "Our family has holidayed here with our dogs for twenty years and we now own a flat in the town. "
      + " ".join(S[1:-1]) + " Do not punish everyone for a few bad owners.", C, "edited"),
    # 017
    R("farmer", "I farm [[hn:Fferm Llwyn Onn]] on the cliffs above Porth Eirin. Every summer dogs come off the coast "
      "path and chase ewes. Last {{August|date}} we lost four over the edge. {{Dyfed-Powys Police|org}} gave my son "
      "[[p:Iolo]] a crime number and that was the end of it. Keep dogs on leads on the coast path, never mind the "
      "beach."),
    # 018
    R("visitor", "We come every summer from {{St Helens|placename}} with the caravan and our two labradors. If the ban "
      "goes ahead we will go to {{Northumberland|place}}. I'm a {{Kennel Club|org}} member, [[acc:KC-771904]], and the Kennel Club says dog owners spend more per "
      "visit, not less. [[em:thepartingtons@example.com]] [[p:Gary Partington]]"),
    # 019
    R("dog owner", "\n".join(S), C, "exact"),
    # 020
    R("parent", "My son [[p:Rhys]] was bitten by a loose dog on the beach when he was five. He was born "
      "[[dob:21/04/2016]] so he is nine now and still screams if a dog runs at him. He is in Year 4 at "
      "[[sch:Ysgol Gymraeg Porthgwyn]] and the school trip to the beach is the worst day of his year. I support the "
      "ban."),
    # 021
    R("vet", "As {{a veterinary surgeon|role}} in the town I see more heatstroke than bites in summer. Please make "
      "sure any ban comes with shaded water points. Dogs at {{Crufts|event}} get better care than dogs left in hot cars "
      "while their owners are on the sand."),
    # 022
    R("resident", "Dogs on leads is enough."),
    # 023
    R("pensioner", "I'm 79. After my heart attack the doctor told me to walk every day, and I walk with my neighbour's "
      "dog on the beach. If you want to check I'm not making it up my NHS number is [[nhs:999 340 3199]] and my {{Withybush|hosp}} hospital number is [[hosp:WB 0071364]]. I live in "
      "[[hn:Hafan Deg]], the bungalow at the end of the prom.\n[[p:Dilwyn Harries]]"),
    # 024
    R("dog walker", "I run a small dog walking business, mostly older people's dogs. A summer ban means walking them "
      "on the road. If you want to see what we do, my insta is [[sh:@ceri.walks.dogs]] or ring "
      "[[ph:029 2018 0465]].\n[[p:Ceri]]"),
    # 025
    R("tenant", "I rent a flat in [[fl:Harbour Court]], the block on [[st:Stryd y Bont]], a two minute walk from the beach. The dog mess is on the pavement, "
      "not the sand. Fine the people who leave it, do not ban everybody."),
    # 026
    R("visitor", "We live in {{Port Talbot|placename}} and come down for the day with the dog most weekends. The "
      "beaches at home are not the same. We spend money at the cafe, at {{Pets at Home|brand}} on the way and on "
      "petrol. This is a real shame. Even {{Lassie|char}} would not be allowed on the sand."),
    # 027
    R("dog owner", " ".join(S[:3]) + " I would accept a ban on the bathing beach in {{August|date}}. I will not "
      "accept one on every beach for five months.", C, "edited"),
    # 028
    R("dog owner", "I was given a fixed penalty notice, [[acc:GCC/FPN/004417]], on Traeth Bach last year even though "
      "I had the bag in my hand and was walking back to pick it up. I appealed and heard nothing. More enforcement "
      "is not the answer if it is done like that.\n[[p:Aled Mostyn]]"),
    # 029
    R("relative", "My mother-in-law lives in her bungalow, \"[[hn:Sŵn y Don]]\", on the front, and she is 91. She goes "
      "in a mobility scooter with her little dog to {{Cardigan Road|route}} and back. I worry she will get a fine."),
    # 030
    R("dog owner", "Responsible owners walk their dogs early in the morning, I agree with that, but some do not pick "
      "up. Put up cameras. I support times on the beach not a full ban."),
    # 031
    R("postman", "As a postman in {{Cardigan|placename}} and now here I meet more dogs than most. The beach is not the problem. Gardens are."),
    # 032
    R("Welsh speaker", "Mae'r gorchymyn yn annheg. The order is unfair to local people who walk dogs before the "
      "tourists are up. {{Diolch o galon|welsh}}.\n[[p:Gwilym]]"),
]
