"""family-hub: Annaghbeg and Slievemore Borough Council (fictional, Northern Ireland) with the local Sure Start
partnership proposes to move Sunnybrae Children's Centre into the new Annaghbeg Family Hub in the old Market Street
library, two miles away in the town centre. No campaign."""
from common import R

PREFIX = "FHB"
CONSULTATION = "family-hub"

ITEMS = [
    # 001
    R("parent", "Bout ye. I've been going to {{Sunnybrae|own}} since my first was born and it's a lifeline, so it is. "
      "The hub in town sounds grand but there's no bus from the estate before ten and I've no car. How am I meant "
      "to get a double buggy up {{Market Street|route}}? {{Catch yourself on|dialect}}."),
    # 002
    R("health visitor", "As a {{health visitor|role}} I welcome one front door for families. Having midwifery, "
      "{{Sure Start|law}}, the {{Family Support Hub|send}} and benefits advice in one building will help. My worry "
      "is the families who will not travel: young mums, families with no English and fathers who never come in. "
      "Please keep an outreach session at {{Sunnybrae Children's Centre|own}} at least two days a week."),
    # 003
    R("parent", "{{Kemey aleku|lang}}. My name is [[p:Selam Tesfay]] and I am from {{Eritrea|place}}. My son [[p:Yonatan]] "
      "is 2 and my daughter [[p:Saba]] is 5. At {{Sunnybrae|own}} the staff helped me with the {{Bookstart|org}} "
      "and English class. It is walking distance. The new place is far for me. {{Yekenyeley|lang}}. You can email me "
      "[[em:selam.t [at] example.com]]"),
    # 004
    R("councillor", "The {{Alliance Party|org}} group supports the Family Hub model in principle. However the "
      "consultation gives no travel times from {{Drumcarn|inv}} or {{Slievemore|inv}}, and the old library has no "
      "changing places toilet. We ask that the decision be deferred until the {{Section 75|law}} equality screening "
      "is published. Cllr [[p:Orla McKeown]]"),
    # 005
    R("grandparent", "I'm a kinship carer for my two grandchildren since their mummy took ill. [[p:Caoimhe]] is 4 and "
      "has {{Down syndrome|med}} and wee [[p:Oisín]] is 18 months. The {{Portage|therapy}} worker comes out to us "
      "through {{Sunnybrae|own}}. If it moves into town will she still come? Nobody can tell me. My NI number is "
      "[[ni:QQ 20 58 71 D]] because the form asked for it, I don't know why."),
    # 006
    R("parent", "Love the idea of a hub. Hate the location. Simple."),
    # 007
    R("Sure Start worker", "I have worked at {{Sunnybrae|own}} for 14 years. We run {{Baby Massage|event}}, "
      "{{Stay and Play|event}}, a dads' group on {{Saturday|date}} mornings and the {{Language for Life|send}} "
      "sessions. The hub plan has one community room for all of that plus antenatal and {{Citizens Advice|org}}. "
      "Something will have to give and I think it will be the dads' group."),
    # 008
    R("parent", ""),
    # 009
    R("parent", "{{Laba diena|lang}}. I am [[p:Rūta Kazlauskienė]] from {{Lithuania|place}}, I work in the meat factory "
      "in {{Dungannon|place}}. My daughter [[p:Austėja]] goes to the toddler group at {{Sunnybrae|own}} on "
      "{{Wednesday|date}}. My shifts finish at two and I walk there. If it is in town I need two buses. Please keep "
      "something in our area. {{Ačiū|lang}}."),
    # 010
    R("young person", "im 17 n pregnant n livin in [[fl:room 5, Harbour House]] which is the hostel. the {{Sunnybrae|own}} girls are the only ones who didnt look at me like "
      "dirt. the hub is beside the bookies n the bus station n everyone from school hangs about there. not goin "
      "there. sorry. snap me [[sh:kayleigh.mc_x]] if u want to ask me more"),
    # 011
    R("parent", "My daughter [[p:Aoife Ní Bhriain]] (born [[dob:September 14th 2019]]) had speech therapy at "
      "{{Sunnybrae|own}} before she started P1 at [[sch:Carnreagh Integrated Primary]]. The therapist, [[p:Niamh]], "
      "was brilliant. My worry is waiting lists: will the hub get more therapists or the same ones spread thinner? "
      "{{Go raibh maith agat|lang}}."),
    # 012
    R("MLA's office", "On behalf of [[p:Declan Magennis]] MLA. Our constituency office has had 27 contacts about this "
      "proposal, most from {{Drumcarn|inv}}. [[p:Declan Magennis]] has written to the {{Department of Health|org}} and "
      "the {{Education Authority|org}} asking how the hub will be funded after {{March 2026|date}}. [[p:Ciara Devlin]], "
      "Office Manager"),
    # 013
    R("parent", "We live out at [[hn:Lisnaree]], [[st:Drumard Road]], [[pc:BT349QZ]], that's 9 miles from the new "
      "hub. Our car is [[vr:KXZ 4127]] and my husband takes it to work. Fine for people in town, not for us."),
    # 014
    R("parent", "Dead on idea. Sunnybrae is falling down anyway, the roof leaks onto the {{Duplo|char}} every time it "
      "rains. Better a decent building in town than a leaky portakabin. Make sure there's parking though."),
    # 015
    R("dad", "Dad of three here. The dads' group at {{Sunnybrae|own}} was the first time I talked to anyone about how "
      "hard it was after our twins came early. We were in the {{Royal Jubilee Maternity|hosp}} for eleven weeks. I "
      "wouldn't have walked into a big hub in town. Small places matter. [[p:Ciarán]]"),
    # 016
    R("charity", "{{Barnardo's|orgp}} and {{Action for Children|org}} deliver family support in the borough. We "
      "support integrating services but urge the council and the {{Southern Health and Social Care Trust|org}} to "
      "keep community delivery points in the three wards where the {{NIMDM|law}} ranks deprivation highest."),
    # 017
    R("parent", "My son [[p:Dáithí]] is autistic and non-verbal, we use {{Lámh|therapy}} and {{PECS|therapy}}. "
      "Sunnybrae has a sensory room that he loves, it has the lights from {{Bluey|char}} he goes mad for. Does "
      "the hub have a sensory room? It's not in the plans. His hospital number at {{Daisy Hill|hosp}} is "
      "[[hosp:DH0558213]] if you need it for your equality thing."),
    # 018
    R("parent", "{{Marhaba|lang}}. I am [[p:Hiba]], my husband [[p:Khaled]] and I came from {{Sudan|place}} last "
      "year. We live in [[fl:Apartment 3, Lagan Court]]. My baby [[p:Yusuf]] was weighed at Sunnybrae every month. "
      "The staff speak slowly and are kind. If hub is in town I will try to go. Please have interpreter."),
    # 019 ramble
    R("grandparent", "I've lived in {{Drumcarn|inv}} all my life and I remember when there was nothing for young "
      "mothers here, nothing at all, you were left to get on with it and if you couldn't cope the whole street "
      "knew. When {{Sunnybrae|own}} opened in {{2001|date}} under {{Sure Start|law}} it changed the place. My "
      "daughter went there with her first and now my granddaughter goes with hers, so that's three generations. "
      "The women who work there know every family by name. They know who's had a bad week, who's short of money, "
      "whose man is drinking. You'll not get that in a big hub in the middle of town with a reception desk and a "
      "screen where you tap in your name. I know the building is old, the roof needs doing and the car park floods, "
      "but that's money, that can be fixed. What can't be fixed is trust, and it takes years. The consultation talks "
      "about 'reach' and 'outcomes'. I'll tell you about outcomes. My granddaughter [[p:Shannon]] was 17 when she "
      "had her wee one and the staff at Sunnybrae got her back into the tech to finish her hairdressing, they minded "
      "the baby in the creche two mornings a week. She's working now in a salon in {{Newry|place}} and paying her "
      "own way. That's an outcome. I'm not against the hub. Build it, fair play. But don't close the wee place on "
      "the estate to pay for it. Keep both, even if it's only a few days a week on the estate. And come out and "
      "talk to us, we don't bite. [[p:Bernadette Quinn]] (known as [[p:Bernie]] to half the estate)"),
    # 020
    R("parent", "Phone me [[ph:028 9649 6137]] I have no internet at home. My wee boy [[p:Rían]] is 3 and I need to "
      "know what happens to his nursery place."),
    # 021
    R("Trust employee", "Speaking as a {{Family Support Hub coordinator|role}}. One referral route and shared records "
      "will cut the number of times a family tells their story. But the information-sharing agreement with the "
      "{{PSNI|org}} and schools needs to be published before the hub opens in {{April|date}}."),
    # 022
    R("parent", "our son [[p:kai]] goes to sunnybrae tues n thurs. he loves miss [[p:lorna]] who does the singing "
      "and he comes home doing the {{Makaton|therapy}} signs for twinkle twinkle. dont take that off him"),
    # 023
    R("parent", "Can I just say our car [[vr:lkz 9031]] got clipped twice in the {{Market Street|route}} car park last "
      "year. It's a nightmare for parking. Put the hub somewhere with a proper car park like {{the Quays|landmark}}."),
    # 024
    R("parent", "Please keep Sunnybrae. [[p:Chantelle]], [[st:Glenview Park]], [[pc:bt35 6hx]], "
      "[[ph:+44 28 9649 6022]], on facebook as [[sh:facebook.com/chantelle.mcc.90]]"),
    # 025
    R("resident", "No view."),
]
