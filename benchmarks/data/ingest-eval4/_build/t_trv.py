"""travel-training: independent travel training ('Step Out') replacing school taxis for pupils with
additional support needs (fictional Ettrickdale Council, Scottish Borders; Scots voices)."""
from common import R, each, plain_only, sents

PREFIX = "TRV"
CONSULTATION = "travel-training"
CAMP = "trv-taxis-are-a-lifeline"

T = ("I am writing about the plan to replace school taxis with independent travel training. "
     "Travel training can be a good thing for some young people, and no one is against helping children become more independent. "
     "But it must be a choice made with families, not a way of cutting the transport budget. "
     "Many of our children cannot safely use a bus on their own, whatever training they are given. "
     "Rural bus services in the {{Borders|place}} are unreliable, and a missed connection can leave a vulnerable child stranded in the dark. "
     "Taxis and passenger assistants are often the calm, familiar start that makes the school day possible. "
     "Keep school transport for every child who needs it, and offer training as an extra, not a replacement. "
     "Taxis are a lifeline.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", each(T, str.upper), CAMP, "exact"),
    R("parent", each(T, lambda s: s.lower().replace(",", "")), CAMP, "exact"),
    R("parent", " ".join(S[3:7]) + " My son is 15, autistic, and he has done the {{Step Out|own}} sessions twice. He can get on the bus fine. "
      "What he can't do is cope when it doesn't come, and out here it often doesn't. Nobody in the training told him what to do then.", CAMP, "edited"),
    R("parent", " ".join(S[:2] + S[3:5]) + "\n\nOur daughter [[p:Isla-Rose Turnbull]] (P7, [[sch:Bowden Burn Primary]]) has been driven by the same driver and escort for four years. "
      "The escort, [[p:Moira]], knows the signs of a seizure before [[p:Isla-Rose]] does. There is no training course that replaces that. " + S[-1], CAMP, "edited"),
    R("taxi driver", "A've driven the {{ASN|send}} school runs oot o' {{Hawick|place}} for nine year. The bairns ken me, ken the car, [[vr:SK19 WPE]], an' some o' them will only get in if it's me. "
      "Ye cannae train that oot o' a wean wi' {{Down's|med}} or a lassie that's feart o' crowds. The council's just efter savin' siller. {{It's no richt|scots}}."),
    R("passenger assistant", "im a passenger assistant on the {{galashiels|place}} run. 5 kids. one of them, [[p:lewis]], has meltdowns if the radio is on. another, [[p:caitlyn]], needs her {{epipen|med}} nearby. "
      "who is going to do that on the {{X62|route}}. i am not against the training for the older ones but not for mine"),
    R("grandparent", "Wee [[p:Rab]] bides wi' us at [[hn:Whitlaw Mains]]. He's fourteen an' he's got {{autism|med}} an' a heart condition. He's no goin' on a bus on his ain, {{nae chance|scots}}. His mam works in {{Edinburgh|place}}. "
      "Ah'm seventy-three an' ah dinnae drive. Whit are we supposed tae dae?"),
    R("young person", "i did the step out thing last yr n it was actually gd. i get the bus 2 {{Tweedbank|place}} now n then the train to college. felt proper grown up. but my mate [[p:ethan]] couldnt do it, he got lost n had a panic attack. so dont make it for everyone. [[sh:@ellie.travels.solo]]"),
    R("parent", "{{Доброго дня|lang}}. I am from {{Kharkiv|place}}, living in {{Kelso|place}} since 2022 with {{Homes for Ukraine|law}}. My son [[p:Mykyta]] has {{cerebral palsy|med}}, he use wheelchair. "
      "The bus from our village have only one wheelchair place and it is often full. He cannot do this training. Please keep the taxi. {{Дякую|lang}}. [[p:Olena Kovalenko]]"),
    R("parent", ""),
    R("teacher", "As {{Principal Teacher of Support for Learning|role}} at a Borders secondary, I support travel training for some young people, especially in S5 and S6 when they move on to college. "
      "But the proposal says 'all pupils will be assessed'. Assessment must be done by people who know the young person, under {{GIRFEC|send}}, and recorded in their {{Child's Plan|send}} or {{CSP|send}}. Not by a transport officer from a checklist."),
    R("parent", "Taxis and passenger assistants are often the calm, familiar start that makes the school day possible, I agree, but the taxis we have are not calm. Four different drivers since {{August|date}}. "
      "Maybe the training would be better for us. I'd like to try it."),
    R("parent", "Aye."),
    R("councillor", "As councillor for {{Jedburgh and District|inv}} I have asked the {{Director of Education|role}} for a full breakdown of the projected savings. The {{Executive Member for Education|role}}, Cllr [[p:Struan Elliot]], "
      "has said no child will lose transport without a review. That must be written into the policy. Cllr [[p:Ailsa Kerr]]"),
    R("parent", "Please do not take our taxi.\n\n[[p:Janice Oliver]]\n[[st:Teviot Crescent]]\n{{Denholm|place}}\n[[pc:TD98NR]]\n[[ph:0131 496 0825]]"),
    R("organisation", "{{Ettrickdale Parent Carer Network|org}} surveyed 96 families. {{81%|num}} said their child could not use public transport safely; {{12%|num}} said their child would benefit from training. "
      "We ask the council to keep transport as a right under {{section 51 of the Education (Scotland) Act 1980|law}} and the {{Additional Support for Learning Act 2004|law}}, and to make {{Step Out|own}} voluntary."),
    R("parent", "TRAVEL TRAINING WILL NOT TEACH MY BOY TO SEE. HE IS REGISTERED BLIND. HE HAS {{NYSTAGMUS|med}} AND {{ALBINISM|med}}. WHO WROTE THIS POLICY."),
    R("parent", "I don't want to sound ungrateful because the taxi has been a godsend. But I'll be honest: my daughter [[p:Sorcha]] ([[p:Sosh]] to her pals) is 16 and she has never been anywhere on her own. "
      "She has {{Williams syndrome|med}} and she'd chat to anyone on a bus, which is what frightens me. If {{Step Out|own}} can teach her about strangers as well as timetables, I'm willing to try it, slowly, with us involved."),
    R("travel trainer", "I deliver {{Step Out|own}} and I've trained 31 young people in two years. 27 now travel independently. It changes lives. But it works because it is voluntary and paced. "
      "If it becomes the price of losing a taxi, families will resist it and young people will fail it. Please keep it as an offer, not a condition."),
    R("bus driver", "I drive for {{Borders Buses|org}} on the 67 and 68. The drivers have had no training on autism or learning disabilities. We'll do our best but we have 50 other passengers and a timetable. "
      "If the council wants kids on our buses it needs to talk to us first."),
    R("parent", "My son [[p:Finlay Scott]] (DOB: [[dob:02-09-2010]]) has a {{Co-ordinated Support Plan|send}}, reference [[acc:CSP/ED/00418]], which lists his taxi as part of the provision. "
      "I'd like to know how the council can remove it without reviewing the plan."),
    R("foster carer", "We foster three children, two with {{ASN|send}}. We live in [[fl:2/1]], [[st:14 Wilton Path]], {{Hawick|place}}. "
      "The youngest, [[p:Sonny]], 8, would need to change buses in {{Galashiels|place}}. He is 8. It should not need saying. (His NHS number, for the transport medical form: [[nhs:999-390-9920]].)"),
    R("taxi firm owner", "I am owner of small taxi company in {{Peebles|place}}, 6 cars, we do school contracts for council. My name is [[p:Tomasz Wiśniewski]]. "
      "If contracts go, my drivers lose job, and children lose people they trust. Call me [[ph:+44 7700 900 603]]. I can show how we work with the children."),
    R("young person", "Hi, I'm 17 and in S6. I'd love to do the travel training, I want to get to {{Borders College|org}} myself next year. My mum is worried, so maybe a trial? "
      "My email is [[em:kirsty.laidlaw06@example.com]], and I've got my NI number now, [[ni:QQ 52 19 88 A]], if you need it for the bus pass."),
]
