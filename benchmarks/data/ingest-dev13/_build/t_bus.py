"""bus-franchising: the fictional Arden Vale Combined Authority (West Midlands-like) proposes bus franchising with a
new network that withdraws route 37, route X44 and the evening route 212."""
from common import R, each, sents

PREFIX = "BUS"
CONSULTATION = "bus-franchising"
C = "bus-save-our-routes"

T = ("I support bus franchising in principle, but not if it is used as cover for cutting the routes people depend on. "
     "The proposed network for {{Arden Vale|inv}} withdraws {{route 37|bus}}, {{route X44|bus}} and the evening "
     "{{route 212|bus}}, and halves the frequency on many estate routes. For people without a car, including older and "
     "disabled people, shift workers and young people, these buses are the only way to reach work, college, hospital "
     "appointments and the shops. Under franchising the {{Combined Authority|inv}} sets the routes and the fares, so it "
     "cannot blame private operators any more. Cutting buses now will push more people into cars and leave others stuck "
     "at home. Please keep every current route, restore evening and Sunday services, and publish how many people lose a "
     "direct bus under the new network.")
S = sents(T)

ITEMS = [
    # 001
    R("bus user", T, C, "template"),
    # 002 Brummie
    R("bus user",
      "Ow am ya. The 37 is me lifeline bab, it's the only bus that goes from {{Lodgefield|inv}} to the {{Bullring|landmark}} "
      "without changing. Our kid [[p:Wes]] uses it for work at {{Jaguar Land Rover|org}} in {{Castle Bromwich|place}} an' "
      "he'll have to get two buses an' a tram now. Yow lot want your heads testing. {{Tara-a-bit|lang}}."),
    # 003
    R("bus user", each(T, str.lower), C, "exact"),
    # 004
    R("resident", "Franchising yes. Cuts no."),
    # 005 shift worker
    R("shift worker",
      "I'm a healthcare assistant at the {{Queen Elizabeth Hospital|hosp}} on nights. My shift ends at 7.30am and the "
      "212 is the only thing running from {{Selly Oak|place}} back to {{Brindley Cross|inv}} at that time. Without it "
      "I'm paying £18 for a taxi or walking 50 minutes. {{Swift|brand}} card holders like me are the people you are meant "
      "to be helping.\n[[p:Comfort Mensah]]"),
    # 006
    R("resident", ""),
    # 007 small operator
    R("bus operator",
      "{{Bakewell's Coaches|orgp}} has run school and local services in {{Arden Vale|inv}} since 1958. Under the proposed "
      "franchising lots, every contract is sized for a large operator. A family firm with 23 vehicles cannot bid for a "
      "lot of 140 buses. We ask the {{Combined Authority|inv}} to ring-fence small lots, as {{Greater Manchester|place}} did "
      "with the {{Bee Network|inv}}, so that local operators and their 60 local jobs survive.\n\n"
      "[[p:Gary Bakewell]], Managing Director"),
    # 008 edited: personal paragraph
    R("parent",
      " ".join(S[:3]) + "\n\nMy son [[p:Reuben Okafor-Green]] is 17 and autistic. He travels alone on the 37 every day to "
      "[[sch:Lodgefield Sixth Form College]]; it took us two years to get him confident on one bus, and he cannot manage a "
      "change at {{Five Ways|place}}. His disabled person's pass is [[acc:AV-DP-448120]]. Please tell me how he is "
      "supposed to get to college in {{September|date}}.\n\n" + " ".join(S[4:]), C, "edited"),
    # 009 text-speak
    R("young person",
      "the x44 is always late anyway lmao me n [[p:tyreese]] get it to college n it never turns up. franchising = {{Bee Network|inv}} style yellow buses?? if its £2 everywhere "
      "then fine"),
    # 010 gurdwara volunteer
    R("organisation",
      "{{Sat Sri Akal|lang}}. I write for the langar sevadars at {{Gurdwara Sahib Lodgefield|church}}. Many of our elders "
      "come for the morning prayers by the X44, especially on {{Gurpurab|event}} days when hundreds attend. Please keep "
      "the X44 or divert another route past the gurdwara on {{Soho Lane|route}}. For any question call me.\n"
      "[[p:Harjit Kaur Dhillon]]\n[[ph:+44 121 496 0138]]"),
    # 011
    R("bus user", each(T, str.upper), C, "exact"),
    # 012 student
    R("student",
      "I'm at {{Sandwell College|org}} doing Level 3 engineering. The 37 gets me there for 9, the replacement gets in at "
      "9.20 so I'd be late every day. I've been posting about the cuts on [[sh:@37_or_bust]] and loads of people on "
      "{{TikTok|brand}} are saying the same."),
    # 013 near-miss
    R("resident",
      "Under franchising the Combined Authority sets the routes and the fares, and frankly that is the point. The private "
      "companies cut what they liked for twenty years. Give the {{Mayor|role}} the power and then vote him out if the "
      "buses are rubbish. Support."),
    # 014 Handsworth elder
    R("pensioner",
      "I come from {{Jamaica|place}} in 1962 and I been taking the bus through {{Handsworth|place}} sixty years. Every "
      "Sunday the 212 take me to {{New Testament Church of God|church}} and home again. If the Sunday bus go, how I get "
      "to church? My knees done, I can't walk it. Pastor [[p:Clement]] say he will write too. Do the right thing."),
    # 015 edited: half + own
    R("bus user",
      S[0] + " " + S[1] + " I live on the {{Hawthorn Estate|inv}} and the 37 comes every 15 minutes now; under the new "
      "network it will be every 30 and finish at 7pm. " + S[3] + " I don't see how that is an improvement. " + S[5],
      C, "edited"),
    # 016 CAPS
    R("resident", "BRING BACK THE 212 ON A SUNDAY!!! DISGRACEFUL\n[[p:LORRAINE]]"),
    # 017 pensioner Brummie
    R("pensioner",
      "Me and our [[p:Beryl]] go to the {{Merry Hill|landmark}} of a {{Tuesday|date}} on the X44 with our bus passes, it's "
      "our day out. We're both 79. The new map says change at {{Dudley|placename}} bus station. Have you seen them stairs? "
      "We'll just stop in. That's what you want is it, all the old 'uns stopping in."),
    # 018 Bangladeshi worker
    R("shift worker",
      "I work in restaurant on {{Ladypool Road|route}}, finish 11.30 at night. The evening 212 is only way home to "
      "{{Sparkhill|place}}. In {{Ramadan|event}} and {{Eid|event}} we finish even later. Many workers same like me, we "
      "don't have car. Please keep the night bus. Thank you, [[p:Shahidul Islam]]"),
    # 019 bus driver
    R("bus driver",
      "Speaking as a driver and a {{Unite|org}} member. Franchising is good news for drivers if the TUPE protections in the "
      "scheme are honoured. It is bad news if the authority uses the reset to cut 11% of mileage, which is what the "
      "network document shows. Protect the routes and protect the drivers.\n[[p:Des O'Brien]]"),
    # 020 Somali mother
    R("parent",
      "I am mother of five children. We live in Brindley Cross, no car. My son [[p:Abdirahman]] go to "
      "[[sch:Brindley Cross Academy]] by bus 37 and my daughter go to hospital for her asthma every month at "
      "{{Heartlands Hospital|hosp}}. If 37 stop we need two bus with pram. Very hard. {{Mahadsanid|lang}}.\n"
      "[[p:Faadumo Cali Warsame]]"),
    # 021 business
    R("business",
      "We are a florist on {{Lodgefield High Street|route}}. About a third of our customers arrive by bus. The town centre "
      "has already lost {{Wilko|org}} and {{M&S|org}}; losing the X44 will finish off the high street. Please think about "
      "small traders.\n[[p:Lorna Whitehouse]]\n[[ph:0121 496 0904]]"),
    # 022 football fan
    R("resident",
      "Match days at {{Villa Park|landmark}} the 37 is rammed with {{Aston Villa|sport}} fans and it's the only direct bus "
      "from our end. Take it away and 40,000 people try to get in by car. Also, the extra buses the {{West Brom|sport}} "
      "games get are a joke. Up the Villa. [[sh:@villa_til_i_die_37]]"),
    # 023 partially sighted
    R("disabled person",
      "I am registered partially sighted and I have used the same two routes for fourteen years. I know where the stops "
      "are, I know the drivers and they know me. The X44 driver, [[p:Marcia]], always calls out my stop at "
      "{{Rowley Regis|place}} without being asked. Changing the network means learning new stops I cannot read, at "
      "interchanges with no staff, with timetables on screens I cannot see. The equality impact assessment says the "
      "effect on disabled people is 'neutral'. It is not neutral for me. If the authority goes ahead, please fund a "
      "travel training service through {{Guide Dogs|org}} or {{RNIB|org}} and keep the audio announcements on every bus. "
      "My guide dog {{Bertie|pet}} and I would be happy to show an officer what a change at a busy interchange is like."),
    # 024
    R("resident", "Support franchising."),
    # 025 councillor
    R("councillor",
      "I have supported franchising for ten years and I still do. But the network consultation and the franchising "
      "consultation should not have been run together; residents are rightly confused. The withdrawal of the 37 hits the "
      "most deprived ward in the borough. I have asked {{the Portfolio Lead for Transport|role}} for a meeting.\n"
      "Cllr [[p:Naseem Rashid]]\n[[em:cllr.naseem.rashid@example.org]]"),
]
