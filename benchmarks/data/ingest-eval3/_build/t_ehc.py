"""annual-reviews: Brindleford City Council (fictional, East Midlands) proposes changes to EHCP annual reviews: a
central SEND Review Hub, an online portal, council attendance only at 'priority' reviews, a new role for the
Brindleford Parent Carer Forum, and 'early resolution meetings' before mediation and tribunal. Many non-native
English voices."""
from common import R, each, plain_only, sents

PREFIX = "EHC"
CONSULTATION = "annual-reviews"
C = "ehc-with-families-not-to-families"

TPL = ("Annual reviews are where an {{EHCP|send}} is kept alive. The changes proposed by {{Brindleford City Council|inv}} "
       "would let the local authority skip most review meetings, send paperwork late and then take months to amend the "
       "plan. The law is clear. Under the {{Children and Families Act 2014|law}} and the {{SEND Regulations 2014|law}}, "
       "the authority must decide within four weeks of the meeting whether to amend, and a final amended plan must "
       "follow within twelve weeks. We ask the council to keep the {{Parent Carer Forum|svc}} at the table as a real "
       "partner, to publish how many amended plans are late, and to stop using mediation as a delaying tactic. Reviews "
       "should be done with families, not to families.")
S = sents(TPL)

ITEMS = [
    # 1
    R("parent",
      "My son [[p:Oskar]] is in Year 7 at [[sch:Fairmead Academy]]. His annual review was on {{23.06.2024|date}}. We are now "
      "in {{February|date}} and the amended plan (case number [[acc:EHC/19/00458]]) still has his primary school named in Section I. The portal says "
      "'in progress'. The portal always says 'in progress'."),
    # 2
    R("parent", TPL, C, "template"),
    # 3
    R("SENCO",
      "Secondary {{SENCO|send}}. I run 94 annual reviews a year. The proposal that the council only attends "
      "'priority' reviews is just formalising what already happens: nobody from the {{SEND Review Hub|svc}} has "
      "attended one of ours since {{2022|date}}. What I need is a named {{case officer|role}} who answers email within "
      "a week. [[p:R. J. Patel]]"),
    # 4
    R("parent",
      "I am from Somalia, my English is not perfect. My daughter [[p:Hodan]] is 9, she has autism and {{epilepsy|med}}. "
      "I do not understand the letter about the review. It is very long. Please send somebody who speak "
      "{{Somali|lang}} or call me [[ph:0121 496 0583]]. We live [[fl:Flat 31, Ladybay Tower]]. {{Mahadsanid|lang}}."),
    # 5
    R("parent",
      "I'm writing as a parent who has been through two tribunals. " + " ".join(S[1:5]) + " I have watched the "
      "council miss every one of those deadlines for my daughter. Please, do reviews with us.", C, "edited"),
    # 6
    R("parent carer forum",
      "Response from the {{Brindleford Parent Carer Forum|svc}}. We are named in the proposal as a 'co-production "
      "partner' but we saw the draft four days before it was published. We welcome the idea of a portal if families "
      "can upload their own views and reports. We do not accept that the Forum should 'promote' the early "
      "resolution meetings. We are independent of the council. Our full response, with the results of our survey of "
      "312 families, is attached. We are members of the {{National Network of Parent Carer Forums|org}}.\n{{Kind regards|salut}}"),
    # 7
    R("parent",
      "waste of time"),
    # 8
    R("parent",
      "My son [[p:Mustafa]] has {{cerebral palsy|med}} and is in Year 10 at [[sch:Brindleford Oak Academy]]. His NHS is [[nhs:999-628-1949]]. My husband "
      "is [[p:Ahmad Al-Rashid]] and I am [[p:Rana]]. We are from Syria. The review is okay but the changes after, nothing "
      "happens. One year. We ask help from {{SENDIASS|org}}, they were very good. {{Shukran|lang}}."),
    # 9
    R("parent", each(TPL, str.lower), C, "exact"),
    # 10
    R("educational psychologist",
      "{{Educational Psychology Service|svc}}. We are asked for updated advice at reviews more and more, and the "
      "proposal assumes this will continue. It cannot without more EP time: statutory assessments already take 80% of "
      "our capacity. Review advice should come from those who know the child best: school, family, therapists."),
    # 11
    R("parent",
      "Please, review meeting in school at 9.00 is hard for me, I work at the warehouse nights. Can the portal "
      "let me write my views? My son [[p:Aarav]], Year 3, at [[sch:Tanners Lane Primary]]. I am from Nepal. "
      "{{Dhanyabad|lang}}. [[p:Sita Gurung]], [[em:sita.gurung at example dot net]]"),
    # 12
    R("advocate",
      "I volunteer as an independent advocate. Three quick points. 1. {{Early resolution meetings|svc}} must be "
      "optional and must not delay the right to appeal to the {{First-tier Tribunal (SEND)|org}}. 2. {{Mediation|send}} "
      "certificates must be issued within 3 working days. 3. {{IPSEA|org}} and {{SOS!SEN|org}} both have model "
      "letters that the council should link to. So does {{Contact|org}}, the charity for families with disabled children."),
    # 13
    R("parent", ""),
    # 14
    R("parent",
      "IT TOOK 11 MONTHS TO GET MY DAUGHTERS PLAN AMENDED AFTER HER REVIEW. I HAD TO WRITE TO MY MP. THE NEW SYSTEM "
      "WILL BE WORSE. [[p:KAREN BLYTHE]], [[fl:FLAT 12, BEAUMONT HOUSE]], [[st:WOLLATON RISE]], [[pc:NG16 3RF]]"),
    # 15
    R("headteacher",
      "Headteacher, special school. We support a central hub as long as it has enough {{case officer|role}}s. Our pupils "
      "with {{Duchenne muscular dystrophy|med}} and life-limiting conditions need reviews that bring health and social "
      "care together. A 'priority' list that only includes Year 6 and Year 11 misses them."),
    # 16
    R("parent", plain_only(TPL, lambda s: s.replace(", ", " ").replace(". ", ".\n")), C, "exact"),
    # 17
    R("parent",
      "I will tell you exactly what happened to us because I think you need to hear it from a parent and not from a "
      "spreadsheet. My daughter [[p:Grace-Anne]] was diagnosed with {{Asperger's|med}} when she was six, back when "
      "they still called it that, and got her EHCP in Year 3 after we were refused twice. Her annual review in Year 5 "
      "went well. Everyone agreed she needed a smaller setting for secondary. Then nothing. No draft. No amended plan. "
      "I rang the {{SEND Review Hub|svc}} every Monday for four months and got the answerphone. In the {{summer term|date}} the "
      "final plan arrived naming a mainstream secondary of 1,700 pupils that had already said it could not meet her "
      "needs. We went to {{mediation|send}}, and the council sent someone who said she had no authority to agree "
      "anything. We appealed. The tribunal was listed for the following {{April|date}}. [[p:Grace-Anne]] started at the big "
      "school in {{September|date}}, lasted eleven days, and has been at home ever since. She self-harms. She tells me "
      "she is a burden. The week before the hearing the council conceded everything, and the placement we asked for at "
      "[[sch:Hollins Vale School]] was named, and she goes there now. Fourteen months of her life for a decision they could have made at the "
      "review. So when your proposal says 'streamlining' and 'early resolution', forgive me if I don't trust it. "
      "Streamlining for whom? I had to give up my job. I claimed {{Carer's Allowance|law}} and it took three months "
      "because they had my NI number wrong ([[ni:QQ 40 27 13 C]], not what was on their letter). I am not asking for "
      "anything special. I am asking you to follow the law you already have. [[p:Joanne Whitlock]]"),
    # 18
    R("parent",
      "[[p:Liam]] is happy at [[sch:Hempshill Vale Primary]]. The review was fine. I don't mind the portal if it works."),
    # 19
    R("councillor",
      "As opposition spokesperson for children's services I have asked for monthly publication of the number of "
      "amended plans issued within 12 weeks. At present the figure is 19%. Cllr [[p:Harjit Sandhu]], "
      "[[ph:(01632) 960 771]]"),
    # 20
    R("parent",
      S[0] + " " + S[2] + " " + S[3] + " " + S[5] + " My daughter [[p:Lena]] is in Year 8 at "
      "[[sch:Wrenfield Hills Academy]]; her last review paperwork arrived the night before.", C, "edited"),
    # 21
    R("parent carer",
      "The forum does good work. But it is not the same as asking every family. I agree reviews should be done with "
      "families, not to families - so send a paper survey to everyone with a plan, not only the people who go on "
      "{{Facebook|brand}}."),
    # 22
    R("parent",
      "Jestem mamą. Sorry, I am mother of [[p:Zuzanna]], she is 12 and deaf. She needs {{BSL|lang}} interpreter in "
      "review, last time nobody book it and she sit like a statue one hour. My NI number [[ni:qq 21 45 83 d]] if you "
      "need for the carer thing. {{Dziękuję bardzo|lang}}."),
    # 23
    R("teacher",
      "Class teacher, Year 2. I write the review reports in my own time. Please make the portal form short."),
    # 24
    R("parent",
      "Our son's taxi to his special school stopped after his review because the new plan didn't say 'transport'. "
      "I'm driving 34 miles a day to {{Arnold|placename}} and back from [[st:Lenton Grove]] in our [[vr:BD68 UXK]]. That's a separate consultation I know.\n{{Thanks|salut}}"),
    # 25
    R("SEND officer",
      "I work in the {{SEND Review Hub|svc}}. I'm not speaking for the council. We each hold 280 plans. That's the "
      "answer to every complaint above. No process change fixes that number."),
]
