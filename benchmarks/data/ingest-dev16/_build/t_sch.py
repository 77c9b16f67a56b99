"""school-closure: fictional Tyne and Cheviot Council (rural Northumberland) proposes closing Ellerhope Church of
England Primary School (17 pupils) in July 2026 and moving the children nine miles to Branxley Primary School.
The consultation's own schools (Ellerhope, Branxley Primary) are must-keeps wherever they are named; a school that
a named or described child attends elsewhere is a personal `school` span."""
from common import R

PREFIX = "SCH"
CONSULTATION = "school-closure"

ITEMS = [
    # 001
    R("parent",
      "Wor two bairns gan to {{Ellerhope|inv}} and they love it. [[p:Chester]] is in Year 2 and [[p:Maisie]] in Year 5. "
      "Nine mile on the bus to {{Branxley|inv}} every morning, in the dark, on that road in {{February|month}}? "
      "Howay man. The school is the only thing left in the village since the pub shut. Divvent close it."),
    # 002
    R("headteacher",
      "I write as {{Headteacher|role}} of {{Ellerhope Church of England Primary School|venue}}. Our last {{Ofsted|org}} "
      "inspection judged the school Good in every area. Small numbers are a strength for our pupils with {{SEND|law}}, "
      "and three of our current pupils moved to us from larger schools where they were not coping. The council's figure "
      "of {{£9,400|num}} per pupil leaves out the cost of home-to-school transport, which the report itself estimates at "
      "{{£61,000|num}} a year."),
    # 003
    R("farmer",
      "We're at [[hn:Low Fallowlees]], top end of the valley. Our lad [[p:Jonty]] gets off the quad, has his breakfast "
      "and walks down to school with the dog. If he has to be at the end of the track for a bus at {{7.40|num}} in "
      "{{lambing|word}} time, somebody's got to take him, and that's an hour out of the day for one of us. Farming "
      "families are what keeps this valley going."),
    # 004
    R("pupil",
      "i am in year 6 at {{ellerhope|inv}} and i dont want it to shut because my little brother [[p:alfie]] hasnt had a "
      "turn yet. we have a forest school on {{fridays|month}} and we did a play about {{Lindisfarne|place}}. at "
      "{{branxley|inv}} there is 30 in a class. from [[p:Ruby]] age 10"),
    # 005
    R("resident", ""),
    # 006
    R("governor",
      "The governing body met on {{12 March|date}} and voted unanimously to oppose closure. We have asked the "
      "{{Diocese of Newcastle|org}} to support a federation with {{Kielderside First School|inv}} instead, sharing "
      "a head and a business manager. This was done successfully at {{Otterburn|place}}. We request that the council "
      "pauses the statutory process until this option has been costed.\n[[p:Hilary Charlton]], Chair of Governors"),
    # 007
    R("grandparent",
      "Me and my late husband both went to {{Ellerhope school|inv}} in the fifties, so did our three, so do two of the "
      "grandbairns. [[p:Brooklyn]] starts in {{September|month}} if there's a school left. I live at "
      "[[hn:Hollin Cottage]] and I can see the yard from my kitchen. It's a canny little school, hinny, and you "
      "cannot buy that back."),
    # 008
    R("parent",
      "We moved up from {{Gateshead|place}} in {{2021|date}} for a quieter life, and the school was the reason we chose "
      "{{Ellerhope|inv}}. If it closes we will probably move back. Our son [[p:Rowan Tait]] (d.o.b. [[dob:3.6.2017]]) has "
      "{{autism|med}} and a place on the bus with 40 older kids would be very hard for him. His EHCP number is "
      "[[acc:EHC-NTC-20931]]."),
    # 009
    R("parish council",
      "{{Ellerhope and Harbottle Burn Parish Council|inv}} objects. The village hall, the church and the school are the "
      "three things that hold this parish together. The report's population forecast ignores the 14 affordable homes "
      "approved at {{Mill Haugh|inv}} last year. We also note the road to {{Branxley|inv}} was closed by flooding on "
      "nine days last winter.\nClerk to the Council"),
    # 010
    R("teacher",
      "I teach Key Stage 2 at {{Branxley Primary|venue}}. We would welcome the {{Ellerhope|inv}} children and do our very best "
      "for them, but people should know our Year 5 and 6 class already has 31 pupils and we have no spare room. A "
      "mixed-age class of eight or nine in a village school is a very different thing. I'd ask the council to be honest "
      "about the building work needed here."),
    # 011
    R("parent",
      "Support. We live in {{Branxley|inv}} and both of mine went to {{Ellerhope|inv}} for the small classes, but there were "
      "only two girls in [[p:Faith]]'s year and she was lonely. She's much happier at [[sch:Coquetvale Middle School]] "
      "with more friends her age. Sometimes small is too small."),
    # 012
    R("MP",
      "I have been contacted by a large number of constituents about this proposal. I recognise the financial pressure "
      "on the council, but rural schools receive the {{sparsity factor|law}} in the {{National Funding Formula|law}} "
      "precisely to keep them open. I would urge the {{Cabinet Member for Children's Services|role}} to meet parents "
      "before any decision.\n[[p:Catherine Ridley-Scott]] MP"),
    # 013
    R("resident",
      "Bus times from the report:\n- leave {{Ellerhope|inv}} {{7.50|num}}\n- arrive {{Branxley|inv}} {{8.35|num}}\n"
      "- leave {{Branxley|inv}} {{3.25|num}}\n- home {{4.20|num}}\nThat's 90 minutes a day for a four year old. Would "
      "any councillor put their own child through that?"),
    # 014
    R("farm worker",
      "I am from {{Poland|place}}, I work on a farm near {{Alwinton|place}} eight years. My daughter [[p:Zuzanna]] is "
      "in reception at {{Ellerhope|inv}}. Here the teacher knows her name, knows she speaks Polish at home. The "
      "teacher even learned to say {{dzień dobry|lang}}. In a big school she will be lost. Please keep. [[p:Krzysztof "
      "Nowicki]], [[ph:0191 498 0612]]"),
    # 015
    R("resident",
      "Close it. 17 kids is not a school, it is a very expensive playgroup. My council tax has gone up every year and "
      "{{Tyne and Cheviot Council|inv}} cannot afford sentiment. Kids get a bus everywhere else in the county.\n[[p:J. Pickering]]"),
    # 016
    R("parent",
      "THE DRIVER ON THE HIGH SCHOOL BUS ALREADY LEAVES KIDS AT THE STOP WHEN IT IS FULL. MY SON "
      "[[p:LIAM]] WAS LEFT IN THE SNOW LAST YEAR AND HE GOES TO [[sch:BRANXLEY HIGH]]. NOW YOU WANT TO PUT FOUR YEAR "
      "OLDS ON IT. NO WAY."),
    # 017
    R("church",
      "{{St Oswin's|church}}, {{Ellerhope|inv}}, has been linked with the school since it was founded as a National School in "
      "{{1849|date}}. The children lead our harvest festival and our {{Christingle|event}} service. Losing the school "
      "would be a serious blow to the parish and to the {{Church of England|org}} presence in the upper valley.\n"
      "Revd [[p:Judith Armstrong]], Vicar"),
    # 018
    R("parent",
      "Our daughter [[p:Hope]] was born [[dob:14th April 2019]] and is due to start in {{September 2025|date}}. We would have to choose between {{Ellerhope|inv}} for one year and then a move, or go "
      "straight to {{Branxley|inv}}. Nobody has told us what happens to reception intake next year. Please reply to "
      "[[em:tait.family@example.com]]."),
    # 019
    R("resident", "Shameful."),
    # 020
    R("former pupil",
      "I went to {{Ellerhope|inv}} from 2009 to 2016 and I'm now studying to be a teacher at {{Newcastle University|org}}. "
      "My whole reason for teaching is Mrs [[p:Bell]] who taught all of us in one room and somehow made every one of us "
      "feel like the only one. I'd love to come back and teach there one day. Give it a chance."),
    # 021
    R("parent",
      "I have read the whole consultation document, all 64 pages, and I want to respond to it properly, so I apologise "
      "for the length. First, the numbers. The council says the school has 17 pupils and will fall to 12 by {{2027|date}}. "
      "But the forecast uses births in the whole postcode district and not the {{Ellerhope|inv}} catchment, and it "
      "leaves out the affordable homes at {{Mill Haugh|inv}}. Two families moving in would change that number by four or "
      "five. Second, transport. The report assumes a single minibus, but the children live on six different farms and "
      "tracks, and the route from our house at [[hn:Blackcleugh Farm]] alone adds twenty minutes. My eldest, [[p:Ellis "
      "Robson]], is already at [[sch:Coquetvale Middle School]] and catches the bus at {{7.20|num}}; my youngest "
      "[[p:Nell]] would be on the same bus at four years old. Third, the alternatives. The federation option was "
      "dismissed in one paragraph, even though {{Kielderside First School|inv}} has said in writing it is willing to "
      "talk. Fourth, the village. There is no shop, the pub closed in {{2019|date}}, and the bus to {{Hexham|place}} runs "
      "twice a week. The school is where parents meet, where the WI has its summer fair, and where the polling station "
      "is. If you close it, young families will not come, and in ten years there will be nobody left to argue with "
      "you. I am happy to meet anyone from the council. My mobile is [[ph:07700 900 145]] and my email is "
      "[[em:kate.robson at example dot org]].\n[[p:Kate Robson]]\n[[hn:Blackcleugh Farm]]\n[[pc:NE65 7TW]]"),
    # 022
    R("teacher",
      "{{Teaching assistant|role}} at {{Ellerhope|inv}} for 22 years. I have seen children come to us broken from big "
      "schools and leave confident. If you go ahead please at least think about the children with {{ADHD|med}} and "
      "{{Tourette's|med}} who cannot cope with a long bus ride. I have no axe to grind, I retire in {{July|month}}."),
    # 023
    R("young person",
      "went to ellerhope, now at [[sch:branxley high]] in yr 9. honestly the small school was class but it didnt prep "
      "me for big classes at all, took me ages to settle. so idk. maybe merge wi another small one? my insta is "
      "[[sh:@ellerhope_lad_jd]] if anyone wants the student view lol"),
    # 024
    R("resident",
      "We are retired incomers at [[hn:The Old Smithy]], {{Ellerhope|inv}}. We have no children at the school but we "
      "go to the nativity and the {{Burns Night|event}} supper they put on. The village would be poorer without it. "
      "If money is the issue, why not let the school hall be used as a community space and share the costs?"),
    # 025
    R("resident",
      "Lived at [[st:Tosson Terrace]] for thirty year. Went to {{Ellerhope|inv}} meself, so did me fatha "
      "and his fatha before him. Council's mind is made up, they always are. But aye, I'm against it.\n[[p:Geordie Pattinson]]"),
]
