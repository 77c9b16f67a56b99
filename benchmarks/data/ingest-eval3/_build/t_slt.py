"""salt-traded: Cwm Alaw County Borough Council / Cyngor Bwrdeistref Sirol Cwm Alaw (fictional South Wales valleys
authority) proposes that its Speech and Language Support Service for schools becomes a traded service: schools buy a
bronze, silver or gold 'Siarad' package. The health board's clinical service is unchanged. Welsh-language and bilingual
voices."""
from common import R, each, plain_only, sents

PREFIX = "SLT"
CONSULTATION = "salt-traded"
C = "slt-talking-is-a-right"

TPL = ("Speech, language and communication are not an optional extra that a school can choose to buy. Under the "
       "{{Additional Learning Needs and Education Tribunal (Wales) Act 2018|law}}, a child's {{IDP|send}} must describe "
       "the support they need, and that support has to be delivered whether or not the head has money left in "
       "{{March|date}}. A traded service will mean that children in the poorest schools in {{Cwm Alaw|inv}} get the least "
       "therapy. Small schools will not be able to afford a package at all. Please keep a core, free speech and language "
       "offer for every school, with a therapist who knows the children, and put any traded offer on top of that, not "
       "instead of it. Talking is a right, not a product.")
S = sents(TPL)

ITEMS = [
    # 1
    R("headteacher", TPL, C, "template"),
    # 2
    R("parent",
      "Mae fy merch [[p:Seren]] ym Mlwyddyn 2 yn [[sch:Ysgol Gymraeg Pant y Dderwen]]. Mae hi wedi cael therapydd lleferydd "
      "bob tymor ers y Derbyn, ac mae hi'n siarad llawer mwy nawr. Os bydd yr ysgol yn gorfod talu, fydd dim arian. "
      "{{Plîs peidiwch|welsh}}. {{Diolch yn fawr|welsh}}."),
    # 3
    R("ALNCo",
      "I am the {{ALNCo|send}} in a 42-pupil school in the upper valley. The bronze package at £3,800 is more than our "
      "whole {{ALN|send}} budget. We have used {{NELI|therapy}} in Reception and {{Elklan|therapy}} training for staff "
      "and both rely on the therapist visiting. Without that we will be running {{Language Link|brand}} screening with "
      "nobody to refer on to."),
    # 4
    R("parent", "\n".join(S), C, "exact"),
    # 5
    R("parent",
      "Our son [[p:Cai]] has {{Down's syndrome|med}} and uses {{Makaton|therapy}} and a bit of {{Signalong|therapy}}. "
      "The school therapist comes once a half term and shows his {{LSA|role}} new signs. That's what keeps him talking. "
      "We live on [[st:Heol y Nant]] in {{Tonyrhedyn|inv}}, the school is 300 yards away and it is the poorest ward in "
      "the county. Who's going to buy gold there? Or in {{Nelson|placename}}, come to that."),
    # 6
    R("speech and language therapist",
      "I'm a Band 6 therapist with {{Cwm Taf Morgannwg University Health Board|org}}. We are not being consulted as a "
      "partner, only told. Schools already ask us to pick up what the council service did. Approaches like "
      "{{Hanen|therapy}}, {{Talking Mats|therapy}} and {{PECS|therapy}} need consistent adults around the child, which "
      "is exactly what a traded model breaks. The {{Clinical Lead|role}} has raised this. [[p:Lowri Bevan]]"),
    # 7
    R("young person",
      "i have a stammer. in primary i had the speech lady every week n she basically saved me. i did a talk in front "
      "of my whole year last term. if schools have to pay some kids wont get that. {{STAMMA|org}} helped too. thats it "
      "really. [[p:osian]] 14"),
    # 8
    R("grandparent",
      "Rwy'n nain i [[p:Elis ap Dafydd]]. I am his grandmother and I take him to school every day. He is 5 and says "
      "about twenty words. The therapist at school gave us pictures and songs to do at home and he has started to say "
      "'{{Nain|word}}'. Please do not take that away. I can be reached on [[ph:029 2018 0734]]."),
    # 9
    R("parent",
      " ".join(S[:4]) + "\n\n"
      "My daughter [[p:Mali-Haf]] is at the {{Canolfan Iaith|svc}} in {{Tonyrhedyn|inv}} and the staff there are the "
      "best thing that has happened to her. She was [[dob:born 02/09/2018]], she had no words at three. Her IDP lists "
      "fortnightly therapy. I have a letter saying so.\n\n" + S[5], C, "edited"),
    # 10
    R("parent", ""),
    # 11
    R("teacher",
      "Year 1 teacher, English-medium school. Around a third of my class came in with speech and language delay after "
      "the pandemic. The {{WellComm|brand}} screening flags them but the therapist visits are what turns a score into a "
      "plan. I'd rather lose the interactive whiteboard than the therapist."),
    # 12
    R("parent", each(TPL, str.lower), C, "exact"),
    # 13
    R("parent", "Cytuno'n llwyr. {{Chwarae teg|welsh}} i'r plant. {{Mae siarad yn hawl|welsh}}."),
    # 14
    R("councillor",
      "I'm writing as one of the ward members for {{Abercynlais|inv}}. I'll be voting against this in {{Cabinet|role}} "
      "scrutiny. The {{Cabinet Member for Education and Welsh Language|role}} says the traded model 'protects the service'. "
      "It protects it by shrinking it. - Cllr [[p:Rhodri Price-Morgan]]"),
    # 15
    R("parent",
      S[0] + " " + S[2] + " " + S[3] + " My son's school has 61 children and a roof that leaks. The head told me "
      "straight that she can't buy a package and keep the breakfast club. " + S[4], C, "edited"),
    # 16
    R("parent",
      "MY SON HAS A SEVERE STAMMER AND THE SCHOOL THERAPIST IS THE ONLY PERSON HE WILL TALK TO. IF YOU CUT THIS I WILL "
      "TAKE IT TO TRIBUNAL. I KNOW OUR RIGHTS UNDER THE {{ALN ACT|law}}. MY COMPLAINT REF IS [[acc:CA-COMP-88213]]."),
    # 17
    R("parent",
      "I am from Poland, my son [[p:Szymon]] is 6. At home we speak Polish, in school Welsh, and he learn English from "
      "{{YouTube|brand}}. Therapist explained me this is not a problem, bilingual children are normal. Before I was "
      "very worried. This kind of help every parent need. {{Dziękuję|lang}}. [[p:Agnieszka Wrona]]"),
    # 18
    R("teaching assistant",
      "I'm an {{LSA|role}} and I run our {{Talk Boost|therapy}} groups. I was trained by the council therapist. If the "
      "school can't buy in, who checks we are doing it right? Nobody, that's who."),
    # 19
    R("charity",
      "{{Speech and Language UK|org}} supports the view that talking is a right not a product. Our concern with the "
      "proposal is the lack of any equality impact assessment: the schools least able to buy are those with the highest "
      "levels of need. We would be happy to share our data on {{Wales|place}}."),
    # 20
    R("parent", plain_only(TPL, lambda s: s.replace(", ", " , ").replace(". ", ".  ")), C, "exact"),
    # 21
    R("parent",
      "{{Shwmae|welsh}}. I don't mind schools paying for extras but the core should be free. Our [[p:Gwenno]] had therapy in "
      "nursery and it made all the difference. Her little brother [[p:Ianto]] is 2 now and I'm worried. We're up at [[hn:Tŷ Coch]] if anyone wants to come and see."),
    # 22
    R("headteacher",
      "Headteacher, {{Ysgol Gynradd Pen-y-Waun|venue}}. We have 118 pupils, 31 on the {{ALN|send}} register. We bought "
      "silver in the pilot. It was fine, but the therapist changed three times in a year and the children noticed. "
      "Continuity matters more to me than the package name."),
    # 23
    R("parent",
      "We moved from {{Merthyr Tydfil|place}} in {{January|date}} and the old school had the service free. My daughter "
      "[[p:Eira Rhys-Jenkins]] is in Year 3 at [[sch:Abercynlais Primary]] and now we are told it is 'not in the "
      "school's package'. We're in [[fl:flat 3b]] above the chip shop on {{Commercial Street|route}}. Email me at [[em:eira.mam at example dot net]] please."),
    # 24
    R("parent", "Na."),
    # 25
    R("parent",
      "Our son has a verbal dyspraxia diagnosis from {{Prince Charles Hospital|hosp}}. His NHS number is "
      "[[nhs:999 159 0838]] if you need to check his notes. He needs therapy at school, in the classroom, not a clinic "
      "twice a year. [[p:Cerys Howells]], [[hn:Bryn Teg]], [[st:Heol Pantycelyn]], [[pc:cf44 7rt]]"),
]
