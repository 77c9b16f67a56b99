# Bannvale Education Authority (fictional, Northern Ireland): merging the nursery provision of two special
# schools, Tullyvarran School and Rathmoyle School, into one nursery on the Rathmoyle site. Ulster voices.
import re
from common import R, each, plain_only, sents

PREFIX = "NUR"
CONSULTATION = "nursery-merger"
CAMP = "nur-two-nurseries-not-one"

T = ("We are parents of children in the nursery at {{Tullyvarran School|venue}}. We ask the "
     "{{Bannvale Education Authority|inv}} to withdraw the plan to merge our nursery with the nursery at "
     "{{Rathmoyle School|venue}}. Our children are three and four years old and many of them are tube fed, use "
     "wheelchairs or have no speech yet. A single nursery on the Rathmoyle site would mean journeys of up to an hour "
     "each way for children who are medically fragile. Early years is when the foundations are laid. Our nursery staff, "
     "the {{physiotherapists|role}} and the {{speech and language therapists|role}} from the Trust work together in one "
     "building every day and that cannot be rebuilt quickly. Two small nurseries close to home are better than one big "
     "one far away. Listen to the parents and keep both nurseries open.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", "Keep both open."),
    R("parent", plain_only(T, lambda s: s.replace(". ", ".\n")), CAMP, "exact"),
    R("parent",
      "I'm writing this at 2am because that's the only time I get. Our wee girl [[p:Carmel]] is three and a half. She "
      "was born at 26 weeks and she has {{cerebral palsy|med}}, she's PEG fed and she has seizures most days. She started "
      "in the nursery at [[sch:Tullyvarran]] in September and honestly it's the first time since she was born that I "
      "have had three hours to myself. Her classroom assistant [[p:Martina]] does her feeds, the physio comes in on a "
      "Tuesday and the speech therapist on a Thursday and they all talk to each other in the corridor. That's the "
      "thing the Authority doesn't get. It's not the building, it's the people being in the one place. Rathmoyle is 40 "
      "minutes away on a good day and the road is a nightmare in winter. Carmel gets sick on long journeys, she "
      "aspirates, and the bus escort is not a nurse. The last time we were in the {{Royal Belfast Hospital for Sick "
      "Children|hosp}} her hospital number was [[hosp:RBHSC 0449127]] and her H&C number is [[nhs:999 057 4790]], I'm "
      "putting them in so someone can actually look at her notes and see what a bus journey means for a child like "
      "her. I know money is tight. I know the numbers in both nurseries are small. But small is the point. Small is "
      "why she's safe. I'm not against change, I'm against change that puts my child on a bus for an hour twice a day. "
      "Please come and see the nursery before you decide. Any of the staff would show you round. Catch yourselves on.\n"
      "[[p:Bronagh McKeown]], [[st:7 Laurel Hill]], {{Drumbracken|inv}}"
      .replace("long journeys", "long journeys").replace("Carmel gets sick", "[[p:Carmel]] gets sick")),
    R("health trust",
      "Response of the Children's Disability Service, {{Northern Health and Social Care Trust|org}}. The Trust currently "
      "provides nursing, physiotherapy, occupational therapy and speech and language therapy to both nurseries. A "
      "merged nursery could make more efficient use of therapy time, but only if the new building has a clinical room, "
      "suction, oxygen and space for hoisting. We would ask the Authority to complete a transport risk assessment for "
      "each child with complex health needs before any decision is taken."),
    R("principal",
      "As {{Principal|role}} of {{Rathmoyle School|venue}} I support the proposal in principle. A larger nursery would "
      "give children a peer group and allow us to specialise staff. We already run {{hydrotherapy|therapy}}, {{rebound therapy|therapy}} and {{Bobath|therapy}} sessions on site. We recognise the anxiety of Tullyvarran families "
      "and would offer phased visits, {{Lámh|therapy}} and {{Makaton|therapy}} sessions for parents, and a named key "
      "worker for each child."),
    R("parent", "Dead on idea. Not."),
    R("parent",
      " ".join(S[1:5]) + "\n\n"
      "Our son [[p:Storm]] is four. He has {{Dravet syndrome|med}} and when he has a seizure he needs rescue medication "
      "within five minutes. On the road out to Rathmoyle there is no phone signal for most of the way. His H&C number "
      "is [[nhs:999 380 9276]] and his statement reference is [[acc:BEA/SEN/0087123]], if anyone wants to check his "
      "plan. He is the reason we wrote this.\n\n" + " ".join(S[6:]),
      CAMP, "edited"),
    R("classroom assistant",
      "I have been a classroom assistant in special schools for 19 years. Both nurseries are good. The problem is not "
      "the nursery, it's the transport. Sort the buses first and then talk about merging. No names, I work for the "
      "EA."),
    R("grandparent",
      "Our grandson [[p:Oisín]] lives with us at [[hn:Drumnagh Farm]], [[pc:BT449QW]], which is about as far from "
      "Rathmoyle as you can get and still be in the Authority. He has {{Down syndrome|med}} and a heart condition. "
      "We are both over seventy. We cannot drive him there in the old Land Rover, [[vr:OIZ 4471]], every day. If the taxi does not come he does not go. Simple as. The nearest proper hospital is in {{Belfast|place}}."),
    R("parent", each(T, str.upper), CAMP, "exact"),
    R("parent",
      "Two small nurseries close to home are better than one big one, I heard that from the other parents and I agree "
      "with it, but I also think Rathmoyle has better facilities. The day of {{Storm Éowyn|event}} Tullyvarran had no "
      "heating for a week. Maybe merge into a new building halfway between, out on the {{Ballymena Road|route}}? Our parish, {{Mount Carmel|church}}, has a hall that sat empty for years."),
    R("parent",
      "Labas. I am from {{Lithuania|place}}, {{Kaunas|place}}. My daughter [[p:Gabija]] is 3, she has {{hearing loss|med}} and global delay. She "
      "started at [[sch:Tullyvarran School]] in January and she loves the water play. Please keep it. If I must drive to "
      "Rathmoyle I will lose my job at the factory. {{Ačiū|lang}}. [[p:Rūta Kazlauskienė]]"),
    R("councillor",
      "As a member of the council's Education Committee I have met families from both schools. The "
      "{{Chair of the Education Committee|role}} has agreed to write to the Authority asking for a full equality "
      "impact assessment under {{Section 75|law}}. I urge the Authority to pause. Cllr [[p:Ciarán Devlin]], {{Sinn Féin|org}}"),
    R("parent",
      S[0] + " " + S[1] + " " + S[2] + " " + S[3] + " I would add that the consultation meetings were held at 11am "
      "on weekdays, when most of us are at work or at hospital appointments. That tells you how much the Authority "
      "wanted to hear from us. Hold an evening meeting.",
      CAMP, "edited"),
    R("parent", ""),
    R("foster carer",
      "We are short-break foster carers for a little boy in the [[sch:Tullyvarran]] nursery. He is with us two weekends a "
      "month. Any extra travel would make the Monday return even harder for him. The Authority should speak to the "
      "{{Gateway Team|service}} and the child's {{social worker|role}} before deciding anything for {{looked after children|send}}."),
    R("parent",
      "wee lad [[p:ronan]] is in the nursery at [[sch:rathmoyle]] already so for us it makes no odds. but tbh if i was a "
      "tullyvarran parent id be raging. its miles. sort the roads out while ur at it. my insta is [[sh:@bt_mammy_of_3]]"),
    R("parent", plain_only(T, lambda s: s.replace(",", "").replace(".", " .")), CAMP, "exact"),
    R("parent",
      "Our health visitor, Sister [[p:Róisín Quinn]], told us about the nursery at [[sch:Tullyvarran]] when our son was two and "
      "it was the best advice we ever got. The {{Early Years Team|service}} there knew about {{PECS|therapy}} and "
      "{{Attention Autism|therapy}} before we even had a diagnosis. Please do not lose that."),
    R("parent",
      "I have the twins, [[p:Ruby]] and [[p:Rose]], both at [[sch:Tullyvarran]]. Ruby has {{Williams syndrome|med}} and "
      "Rose doesn't but she has a hearing loss. We live in [[fl:Flat 6, Cairnview Court]], no car. We get the Rathmoyle "
      "bus for appointments already and it takes two buses and an hour. Phone [[ph:028 9018 0264]] if you want to talk."
      .replace("Ruby has", "[[p:Ruby]] has").replace("Rose doesn't", "[[p:Rose]] doesn't")),
    R("parent",
      "Good day. I am from the {{Philippines|place}} and I work as a nurse at the {{Antrim Area Hospital|hosp}}. My son has "
      "{{Noonan syndrome|med}}. The merged nursery would have more nurses in one place and I think this is safer. But "
      "please give us a new bus with proper seats. {{Salamat po|lang}}."),
    R("charity",
      "{{Mencap|charity}} in Northern Ireland and {{Contact|charity}} support parents in both schools. We ask the "
      "Authority to publish the consultation in Easy Read, to consider the {{Children's Services Co-operation Act "
      "(Northern Ireland) 2015|law}}, to work with {{Barnardo's|charity}} and {{Angel Eyes NI|charity}}, and to guarantee that no child's travel time will exceed 45 minutes each way."),
    R("parent",
      "{{Go raibh maith agat|ulster}} for the chance to respond. Our daughter [[p:Aoife Ní Bhriain]], born "
      "[[dob:04/11/2021]], is in the [[sch:Rathmoyle]] nursery and has {{Angelman syndrome|med}}. The merger would be fine for "
      "us but I would ask the Authority to keep the Irish-language signs and songs that the staff have started. "
      "{{Ní neart go cur le chéile|ulster}}. [[em:aoife.mam [at] example.org]]"),
    R("parent", "No to the merger. Our kids are not a spreadsheet."),
]
