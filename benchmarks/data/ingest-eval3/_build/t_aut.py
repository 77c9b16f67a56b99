"""nd-pathway: Wealdbury County Council and NHS Wealdbury ICB propose a single neurodevelopmental (autism and ADHD)
pathway, 'needs-led' support through a Neurodiversity Support Hub, and a triage questionnaire before any referral.
Fictional Weald of Kent / East Sussex border."""
from common import R, each, plain_only, sents

PREFIX = "AUT"
CONSULTATION = "nd-pathway"
C = "aut-the-wait-is-harm"

TPL = ("I am responding to the {{Wealdbury Neurodevelopmental Pathway|svc}} consultation because the waiting is doing harm. "
       "Families are told to wait up to three years for an {{autism|med}} or {{ADHD|med}} assessment, and in that time children "
       "fall behind, stop going to school and reach crisis. A needs-led offer is welcome, but it must not become a reason "
       "to stop diagnosing. Support in school should start on the day a need is noticed, not on the day a letter arrives. "
       "Please publish the real waiting times for every stage, keep the {{Right to Choose|law}} route open, and put more "
       "clinicians into the pathway rather than more questionnaires. No child should wait longer than eighteen weeks. "
       "The wait is not neutral. The wait is harm.")
S = sents(TPL)

ITEMS = [
    # 1
    R("parent", TPL, C, "template"),
    # 2
    R("parent",
      "My son [[p:Alfie]] in Year 4 at [[sch:Ashenden Primary]] was referred on {{14/03/2022|date}}. Our reference is "
      "[[acc:NDP-22-04417]] and we still have no date. The {{Neurodiversity Support Hub|svc}} sent us a leaflet about "
      "sleep. [[p:Alfie]] doesn't need a leaflet, he needs someone to see him. Ring me if you want the full story: "
      "[[ph:07700 900 184]]."),
    # 3
    R("parent", each(TPL, str.lower), C, "exact"),
    # 4
    R("young person",
      "im 15 n ive been on the list since yr 9. school say they cant do nothing till i get the diagnosis. my mum rings "
      "evry month. the hub thing is just a website lol. its not fair on ppl like me who mask all day n then melt down at "
      "home. pls sort it\n- [[p:rowan]] (insta [[sh:@rowan.draws.things]])"),
    # 5
    R("SENCO",
      "As {{SENCO|send}} at a large primary I support the idea of needs-led help, but in practice the {{EP|send}} time we buy "
      "is gone by {{October|date}}. One pupil, [[p:Hope]], in Year 2, has been on {{SEN Support|send}} for two years with "
      "{{Zones of Regulation|therapy}} and a visual timetable, and we are still told to 'gather more evidence'. The "
      "questionnaire adds a layer, it does not remove one. [[p:Claire Ashdown]]"),
    # 6
    R("grandparent",
      "We are bringing up our grandson [[p:Kacper Nowak-Bell]], Year 6, and we live on [[st:Lapwing Close]] in "
      "{{Lydcombe|inv}}. Three years waiting for ADHD assessment. In that time he was excluded twice. We drive him to the private clinic in {{Maidstone|place}} in our old Yaris "
      "([[vr:GN08 TZP]]). We have paid privately now, £1,400 from our savings, and the {{GP|role}} will not take the private diagnosis for "
      "{{shared care|send}}. That is the real two-tier system."),
    # 7
    R("GP",
      "As a {{GP|role}} in {{Tunbridge Wells|place}} I see the fallout of this every week. I agree no child should wait "
      "longer than eighteen weeks, but that target means nothing without funded assessment slots. The draft is silent on "
      "{{Right to Choose|law}} providers and on {{shared care|send}} prescribing for {{methylphenidate|med}}. Please fix "
      "those two things before launch."),
    # 8
    R("parent",
      " ".join(S[:6]) + "\n\n"
      "Our daughter [[p:Grace]] ([[dob:d.o.b. 14/07/2016]], NHS number [[nhs:999 526 0182]]) was referred by school in "
      "Year 1. She is now in Year 3 and has stopped speaking at school altogether. We were told in {{September|date}} that "
      "she is 'number 2,114 on the list'.\n\nThe wait is not neutral.", C, "edited"),
    # 9
    R("parent",
      "MY DAUGHTER [[p:AUTUMN]] HAS BEEN WAITING 1,041 DAYS. I COUNT THEM. SHE HAS NOT BEEN IN SCHOOL SINCE {{EASTER|date}}. "
      "NOBODY FROM THE {{HUB|svc}} HAS EVER MET HER. DO NOT CALL THIS A CONSULTATION WHEN YOU HAVE ALREADY DECIDED. "
      "[[p:DEAN MORTIMER-HAYES]] [[pc:TN225RW]]"),
    # 10
    R("charity",
      "Response on behalf of the {{Wealdbury Branch of the National Autistic Society|org}}. We welcome the single front door "
      "and the end of separate autism and ADHD queues. We are concerned that girls, and adults who were once told they had "
      "'{{Asperger's|med}}', will be filtered out by the triage questionnaire, which leans heavily on parent report. "
      "{{Ambitious about Autism|org}} and {{ADHD UK|org}} have published better screening tools. The Hub must be staffed, "
      "not just a web page, and families should be able to reach a named practitioner by phone. Dr [[p:Imogen Falk]], branch chair, [[em:imogen.falk@example.org]]"),
    # 11
    R("resident", ""),
    # 12
    R("adult",
      "I'm 34 and self-referred in 2021. The consultation only talks about children. Adults on the pathway are waiting "
      "even longer and lose jobs over it. Happy to be contacted at "
      "[[em:jo.fenwick at example dot com]] or on bluesky as [[sh:@jofenwick.bsky.social]]."),
    # 13
    R("foster carer",
      "Our foster daughter [[p:Tayla-Rose Pryor]], Year 9, moved to us with a referral already two years old. Moving "
      "authority put her back at the bottom. Her social worker [[p:Bernadette]] has chased it, the {{Virtual School|role}} "
      "has chased it. Children in care should not lose their place in the queue when they move placement. [[p:Tayla]] "
      "is brilliant and she is struggling."),
    # 14
    R("teacher",
      "Reception teacher. Most of what helps is cheap: {{Attention Autism|therapy}} sessions, {{Makaton|therapy}} signing, "
      "{{Lego therapy|therapy}}, {{Mr Men|char}} books about feelings, a quiet corner. The hub should train staff in these rather than send PDFs. We have "
      "three children on the pathway in one class and no {{TA|role}} hours."),
    # 15
    R("parent",
      "I'm writing as a mum who has waited too long. " + " ".join(S[1:4]) + " " + S[5] + " " + S[6] +
      " I will keep writing until my son is seen.", C, "edited"),
    # 16
    R("parent", "Agree."),
    # 17
    R("clinical psychologist",
      "I work in the community paediatric team. The proposal to replace the full {{ADOS-2|therapy}} and {{ADI-R|therapy}} "
      "with a shorter triage will not shorten waits unless we are given the posts. We currently have 2.4 WTE "
      "psychologists for a population of 180,000 children. Rating scales like the {{Conners|therapy}} are useful but are "
      "not a diagnosis. Please also take account of co-occurring conditions: {{Tourette's|med}}, {{dyspraxia|med}}, "
      "{{Fragile X|med}}."),
    # 18
    R("parent", each(TPL, str.upper), C, "exact"),
    # 19
    R("councillor",
      "As a ward councillor for {{Ashenden North|inv}} I have had more casework on this than on potholes. I asked the "
      "{{Cabinet Member for Children's Services|role}} in {{July|date}} for the number of children waiting over two years "
      "and was told it was 'not held'. It must be held. Cllr [[p:Priya Wadhwa-Kerr]], "
      "[[em:priya.wadhwa-kerr@example.org]]"),
    # 20
    R("parent",
      "Where do I start. My son [[p:Sonny]] was [[dob:born on the 3rd of March 2015]] and from about two we knew. The only one he talks to is our dog, {{Dave|pet}}. He lined "
      "up his {{Thomas the Tank Engine|char}} trains for hours and screamed if anyone moved one. The health visitor said "
      "boys talk late. Nursery said he was fine. In Reception the teacher said he was fine in class, which he was, "
      "because he held it all in and then exploded the minute he saw me at the gate. In Year 1 he started with the "
      "tics and we were told it was probably {{Tourette's|med}} but that would need a different referral. So now we have "
      "two referrals, one to the pathway and one to neurology at {{Pembury|hosp}} (his number there is [[hosp:PMB 7710235]]), and neither of them talks to the "
      "other. He is nine now. He plays {{Minecraft|brand}} all night because he can't sleep, he won't eat anything that "
      "isn't beige, and he has been on a part-time timetable since {{November|date}}, which I have been told is "
      "illegal and also that it is all the school can do. I gave up my job at the post office to be with him. The {{National Autistic Society|org}} helpline was kind but they can't assess him. We "
      "live in [[fl:Flat 3, Chiltern Court]], [[pc:tn4 8qz]], three floors up with no lift, and I am on my own. Your "
      "consultation says the Hub will offer 'a menu of support while you wait'. I went on it. It told me to try a "
      "visual timetable and a weighted blanket. We have had a visual timetable since he was three. What I need is a "
      "person, once, who will sit in a room with my son and then tell the school in writing what he needs. That is all. "
      "If anyone reads this please call [[ph:+44 7700 900 631]]. I'm [[p:Jodie]]."),
    # 21
    R("parent",
      "'The wait is harm' - yes, everyone agrees, so why is the plan to put more clinicians into the pathway rather than "
      "more questionnaires only in the small print as an 'aspiration'? Fund it or admit you won't."),
    # 22
    R("parent",
      "My son [[p:Hamza]] is 7, [[dob:date of birth 5th Nov 2017]]. English is my second language, the questionnaire is 19 pages, only in English. I ask for "
      "it in {{Urdu|lang}} and they say not available. My husband works nights. How we can fill this? Please make it "
      "simple and make a person to help. {{Shukriya|lang}}.\n{{Kind regards|salut}}"),
    # 23
    R("teaching assistant",
      "I'm a 1:1 {{TA|role}} for a Year 5 boy who has been waiting for an ADHD assessment since Year 2. We use a "
      "{{sensory circuit|therapy}} every morning and {{Zones of Regulation|therapy}}, and honestly it works, but I am "
      "paid until 3.15 and he needs someone at lunch. Needs-led support should include lunchtimes. I'm [[p:Nicky]], by the way."),
    # 24
    R("parent",
      "Practical point: the only assessment clinic is at {{Pembury Hospital|hosp}} and parking is £4.20 an hour. I got a "
      "parking charge for [[vr:FV19 KRT]] because the appointment overran by an hour. Please hold clinics in {{Lydcombe|inv}} "
      "and {{Crowborough|place}} too."),
    # 25
    R("parent", "ADHD meds shortage needs to be in this too. Three pharmacies, none had it."),
]
