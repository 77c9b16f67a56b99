"""Consultation 5: a school-streets scheme closing roads outside six primary schools at drop-off and pick-up
(fictional Clydebrae City Council, a Glasgow-like Scottish city). Written by hand for ingest-dev9."""
from common import R

PREFIX, CONSULTATION = "SCS", "school-streets"

ITEMS = [
    # 1
    R("parent council",
      "{{Cairnhill Primary Parent Council|org}} strongly supports the scheme. In our survey 212 families replied and "
      "78% want the road closed at drop-off and pick-up. We ask that {{Clydebrae City Council|inv}} adds "
      "{{Dalcorrie Primary|subject}} and {{Gartloch Nursery|subject}} to the first phase, and that the "
      "{{Experimental Traffic Regulation Order|law}} is made permanent after 18 months. {{The Head Teacher|role}} "
      "has seen this response and agrees."),
    # 2
    R("resident",
      "Pure mental this. Ah live oan [[st:Dunara Street]] an ah've goat tae get the motor oot at hauf eight tae get "
      "tae ma work at the {{Clydebrae Royal|hosp}}. Noo ye're tellin me ah cannae drive oot ma ain street fur 45 "
      "minutes? Ah'm a nurse, no a wean. Sort it oot.\n[[p:Tam]]"),
    # 3
    R("parent",
      "{{Marhaba|lang}}. I am from {{Aleppo|place}}, we live in Scotland since 2016 with the resettlement scheme. "
      "Every morning I walk my daughters [[p:Lana]] and [[p:Joud]] to [[sch:Dalcorrie Primary]] and the cars park "
      "on the pavement, I must walk in the road with the buggy. In Syria we did not have this problem because "
      "nobody had a car. I support to close the road. {{Shukran|lang}}.\n[[p:Rami Khalil]]"),
    # 4
    R("parent", "Support. Weans first."),
    # 5
    R("parent",
      "Hello, I am Roma from {{Slovakia|place}}, living in {{Govanhill|placename}} 8 years. We have six children in "
      "two schools, so I drive, one car for everybody, it is my van, registration [[vr:SK70 HLD]]. "
      "If the road is closed I need to park far and walk with the small ones and then go to other school. I ask "
      "for permit for big family. At home we speak {{Romani|langname}} and {{Slovak|langname}}, the letter from "
      "council was only {{English|langname}}. {{Ďakujem|lang}}.\n[[p:Marek Horváth]]"),
    # 6
    R("resident", ""),
    # 7
    R("parent",
      "The lollipop lady outside {{Cairnhill Primary|subject}}, [[p:Senga]], has done that crossing for 26 year and "
      "she says the cars are the worst they've ever been. Ask her. Everybody knows [[p:Senga]]. She got clipped "
      "by a wing mirror in {{September|date}}."),
    # 8
    R("resident",
      "I am a Blue Badge holder and live at [[fl:flat 2/1]], [[st:38 Auldbrae Terrace]], [[pc:G32 9QX]]. My carer "
      "comes at 8.45am and parks at the close mouth. Under this scheme she would need a permit but the consultation "
      "does not explain how to get one. Please phone me on [[ph:0141 496 0527]], I do not use email."),
    # 9
    R("resident",
      "SCHOOL STREETS IS JIST ANOTHER CASH COW FUR THE CAMERAS. WHIT ABOOT THE WORKIN MAN. WHIT ABOOT THE BUSES. "
      "NAE CHANCE."),
    # 10
    R("organisation",
      "{{Living Streets Scotland|org}} welcomes the proposal. Evidence from {{Edinburgh|place}} and {{East Dunbartonshire|place}} "
      "shows traffic falls by up to a third on closed streets without measurable displacement. We recommend camera "
      "enforcement rather than volunteer marshals, and exemptions for blue badge holders and residents' carers."),
    # 11
    R("parent",
      "ma wean [[p:kayden]] (p4 at [[sch:blackwood st primary]]) got clipped by a car last yr an his arm wiz broke. "
      "the guy didnae even stop. shut the road fae 8 tae 9 an ah'll be happy. aw the maws at the gates say the same"),
    # 12
    R("taxi driver",
      "I have driven a hackney in this city for 22 years, badge [[acc:CCC/TX/4471]]. Half my morning work is taking "
      "kids with additional support needs to school because they cannot walk. Will taxis get through the closure "
      "or will I be fined? {{The Licensing Board|org}} should answer that.\n[[p:Gerry McShane]]"),
    # 13
    R("resident", "n/a"),
    # 14
    R("church",
      "{{St Fergus' Church|church}} sits on the same road as {{St Fergus' Primary|subject}}. We hold funeral "
      "Masses at 9.30am and hearses and mourners arrive during the closure. We support the children's safety but "
      "ask for an exemption for funerals. Father [[p:Tony Rooney]], parish priest."),
    # 15
    R("parent",
      "I cycle my two to school on a cargo bike and the school gate is the most frightening bit of the journey, "
      "worse than the main road. Parents do three-point turns in the street, reverse over the zig-zags and idle "
      "with engines running. I am an air quality scientist and the {{nitrogen dioxide|med}} readings outside "
      "{{Blackwood Street Primary|subject}} at 8.50am are higher than on the {{M8|road}} slip road. Happy to share "
      "data: [[em:r.mcbride.air@example.org]]."),
    # 16
    R("business",
      "{{Iqbal's Newsagent|orgp}} has been on {{Cairnhill Road|route}} since 1979. Half of our morning trade is "
      "parents buying sweets and papers at drop-off. If they cannot stop outside, we lose it. We support safety "
      "but please allow short stay parking at the top end.\n[[p:Zubair Iqbal]]"),
    # 17
    R("grandparent",
      "I do the school run for my granddaughter [[p:Eilidh]], who is in P1 at [[sch:Cairnhill Primary]]. I am 79, "
      "dob [[dob:08/05/45]], with two new knees and I cannot walk from the main road. I will need to drive into the "
      "closure. Will there be permits for grandparents or is that us done?"),
    # 18
    R("resident",
      "On match days when {{Partick Thistle|team}} are at home the streets round here are chaos anyway, but that is "
      "Saturday. Weekday mornings the school run is the worst traffic we get. {{Celtic|team}} and {{Rangers|team}} "
      "fans agree on one thing in this street: shut it."),
    # 19
    R("delivery driver",
      "I drive for a parcel firm. During the trial at {{Blackwood Street Primary|subject}} I got a penalty charge, "
      "[[acc:PCN GC40127735]], for my van [[vr:sf16 xmr]] because the sign was behind a bin lorry. Signs need to be "
      "bigger and the times need to be on the sat nav."),
    # 20
    R("parent",
      "Dad of three here, I write about walking to school on instagram as [[sh:@dalcorrie_da]]. We did the trial "
      "for six weeks and the difference was unreal. Kids scootering, parents chatting, nobody beeping. Please make "
      "it permanent and roll it out."),
    # 21
    R("head teacher",
      "Response on behalf of {{Gartloch Nursery|subject}}. Many of our families travel across the city and "
      "arrive by car because the nursery day starts at 8am. We support the scheme for primary schools but ask "
      "that nurseries are treated separately. {{Head of Centre|role}}"),
    # 22
    R("parent",
      "Im a single mum with a 2 year old and a 7 year old at two different schools, [[sch:St Fergus' Primary]] "
      "and a nursery on the other side of the {{Clyde|place}}. I dont drive for fun I drive because of the time. "
      "If somebody from the council wants to do my morning with me text [[ph:07700 900 846]]. [[p:Nadia Rashid]]"),
    # 23
    R("resident", "Gonnae no dae that. Ye'll jist shove the traffic intae the next street."),
    # 24
    R("councillor",
      "As a councillor for {{Dalcorrie and Shawbank|inv}} ward I welcome this. I have asked the "
      "{{Convener for Transport|role}} to make sure every school on the list has a crossing patroller as well as "
      "cameras, and to publish the results of the {{Blackwood Street|route}} trial. Cllr [[p:Siobhan Quigley]]"),
    # 25
    R("pupil",
      "I am 10 and in P6 at [[sch:St Fergus' Primary]]. I want to scooter to school but my mum says it is too "
      "dangerous because of the cars. If you close the road I can scooter. My scooter has {{Spider-Man|char}} on it. From [[p:Amira]]"),
]
