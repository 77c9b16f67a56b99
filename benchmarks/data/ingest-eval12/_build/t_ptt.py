"""part-time-timetables: Carrickmuir Council (fictional, Ayrshire coast, Scotland) consults on 'Every Day Counts',
a protocol for reduced timetables for pupils with additional support needs: no reduced timetable without a
written Child's Plan and the parent's agreement, a six-week limit with fortnightly review, sign-off by the Head of
Inclusion, two Enhanced Support Bases in secondaries, and the off-site Dalgarrie House becoming an outreach hub."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "PTT", "part-time-timetables"
C = "ptt-full-days-full-support"

TPL = (
    "We are parents and carers of children with additional support needs in {{Carrickmuir|inv}}. "
    "We support the aim of the {{Every Day Counts|own}} protocol: no child should be sent home at lunchtime week "
    "after week with nothing written down. "
    "But a six-week limit will not help a child who cannot cope with a full day in a class of thirty. "
    "Unless the support is in place, schools will exclude instead, or families will be pushed into home education. "
    "{{Full days need full support|slogan}}. "
    "We ask the council to fund a trained pupil support assistant for every child coming off a reduced timetable, "
    "to make sure every plan is agreed with the family, and to keep {{Dalgarrie House|own}} open until the new bases "
    "are staffed."
)
S = sents(TPL)


def low_nocomma(s):
    return s.lower().replace(",", "")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 Ayrshire mother
    R("parent", "Ma boy [[p:Callum]]'s been on a part-time timetable since P5. He's in S2 at "
      "[[sch:Kilwhinnie Academy]] noo and still only goes in nine till twelve. Naebody wrote it doon, they just phoned "
      "at half eleven tae come and get him. {{It's no' right|scots}}. Complaint ref [[acc:CC-COMP-22817]], still nae "
      "answer."),
    # 003 pupil support assistant, about her own school as an institution
    R("pupil support assistant", "I'm a {{Pupil Support Assistant|role}} at {{Auchenlea Primary|venue}}. Six of us "
      "cover eleven children with significant needs across seven classes. When a child goes back to full days the "
      "hours don't follow them. I'm on {{£19,800|num}} and I love the job, but I can't be in three rooms at once. Fund "
      "the support."),
    # 004 autistic S3 pupil, lower case
    R("young person", "im on half days since august. honestly i prefer it. full days i just end up in the corridor "
      "melting down and getting shouted at. dont make me go full time just cos of a rule\n[[p:rory]] s3 "
      "[[sch:carrickmuir high]]"),
    # 005
    R("parent", "Agreed."),
    # 006 exact: lower case, commas removed
    R("parent", plain_only(each(TPL, str.lower), lambda s: s.replace(",", "")), C, "exact"),
    # 007 principal teacher of pupil support
    R("teacher", "As {{Principal Teacher of Pupil Support|role}} in one of the council's secondaries, I can tell you "
      "we currently have {{41|num}} young people on reduced timetables, {{26|num}} of them with recorded additional "
      "support needs. Around half would manage a full day with the right package. The other half are in crisis, and "
      "for them a hard limit of six weeks risks forcing a return that breaks down within days. The protocol needs an "
      "exception route, agreed through the {{Child's Plan|term}}, that is more than the {{Head of Inclusion|role}} "
      "signing a form."),
    # 008 kinship carer grandmother
    R("kinship carer", "I've had my granddaughter [[p:Kayleigh-Ann]] since she was four under a "
      "{{Kinship Care Order|law}}. She's eleven, at [[sch:St Ninian's]], and goes in at ten and home at two since "
      "{{Easter|event}}. They call it a soft start. I call it half an education. We're on [[st:Kirkton Avenue]] if "
      "anybody wants to come and explain it to me."),
    # 009 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nOur son [[p:Euan]], date of birth [[dob:09/11/2013]], has {{FASD|med}} and a "
      "{{co-ordinated support plan|term}}, reference [[acc:CM/CSP/0118]]. He has been on two hours a day since "
      "{{October|date}}. He is under the {{Royal Hospital for Children|hosp}} in {{Glasgow|place}}, hospital number "
      "[[hosp:RHC 3390127]], and his consultant has written to the school twice. Nobody replied.\n\n"
      + " ".join(S[3:]) + "\n\n[[p:Morven Gillespie]]\n[[fl:flat 2/1]], [[st:14 Braeside Crescent]], Carrickmuir "
      "[[pc:KA7  3QP]]", C, "edited"),
    # 010 blank
    R("parent", ""),
    # 011 Ukrainian mother
    R("parent", "We came from {{Kharkiv|place}} in {{2022|num}}. My daughter [[p:Sofiia]], born "
      "[[dob:2014-06-30]], has {{epilepsy|med}} and autism and is at [[sch:Dalgarrie Primary]] only mornings since "
      "{{November|date}}. I must collect her at 12 so I lost my job in the care home. Please give the adult, not only "
      "the rule. {{Дякую|lang}}.\n[[fl:flat 0/2]], [[st:7 Shore Road]]"),
    # 012 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 013 educational psychologist
    R("educational psychologist", "As an {{Educational Psychologist|role}} I welcome this protocol. Reduced "
      "timetables have too often been used informally, without a plan, an end date or any record, and they fall "
      "hardest on autistic and care-experienced young people. The six-week review point is sensible. But the aim "
      "should be a return to full-time education with the right support, in line with {{GIRFEC|law}} and the "
      "{{Education (Additional Support for Learning) (Scotland) Act 2004|law}}, not a return to the same classroom that "
      "was not working. {{Nurture|term}} approaches and a named key adult make the biggest difference, as "
      "{{Barnardo's|orgp}} found in its work here. I cover {{Kilwhinnie Academy|venue}} and its cluster."),
    # 014
    R("parent", "My son's been sent home 'for his own safety' twenty-three times this year and not once was it "
      "written down. My van, [[vr:sn19 oyh]], is on the school zigzags every lunchtime. About time."),
    # 015 Polish mother
    R("parent", "{{Dzień dobry|lang}}. My son [[p:Szymon]] is in P6 at [[sch:Kilwhinnie Primary]], he has "
      "{{ADHD|med}} and dyslexia. Since {{January|date}} only mornings, school say temporary, now five months. I agree "
      "with the new rule but who helps him in the afternoon?\n[[em:k.wisniewska@example.org]] / "
      "[[ph:0141 496 0538]]. {{Dziękuję|lang}}"),
    # 016 edited: reworded first-person opening and closing
    R("parent", "I'm the mum of a P7 boy with additional support needs, and I'm writing for myself. "
      + " ".join(S[1:5]) + " So please, fund the support before you set the limit. That's all I'm asking.\n"
      "[[p:Claire Dunlop]]", C, "edited"),
    # 017 near-miss
    R("parent", "No child should be sent home at lunchtime week after week, and I'm glad the council finally says so. "
      "The teachers need training though, not just a form."),
    # 018 depute head, own school as an institution
    R("teacher", "As a {{Depute Head Teacher|role}} at {{Auchenlea Academy|venue}}: nobody in schools likes reduced "
      "timetables. We use them when the alternative is exclusion, or a young person assaulting staff or self-harming. "
      "Six weeks is arbitrary. Since {{2017|num}} our {{ASN base|term}} has lost two teachers and three {{PSA|role}}s "
      "while need has risen by a third."),
    # 019 Gaelic-speaking family
    R("parent", "We moved from {{Stornoway|place}} on {{Lewis|placename}} two years ago. Our daughter [[p:Iseabail]], P4 at "
      "[[sch:Auchenlea Primary]], has been part-time since her second week, 'while she settles'. She was in "
      "Gaelic-medium at home and I think she's missing her language. Is there any Gaelic provision at all? "
      "{{Tapadh leibh|gaelic}}.\n[[hn:Taigh na Mara]], Auchenlea"),
    # 020 national advice service
    R("organisation", "{{Enquire|org}}, the Scottish advice service for additional support for learning, welcomes the "
      "protocol. Part-time timetables are among the issues most often raised on our helpline. We recommend that the "
      "protocol covers every form of reduced attendance, including soft starts and flexible packages; that parents "
      "and young people get a written copy of every decision; and that every reduced timetable is reported to the "
      "education committee, broken down by additional support need, care experience and {{SIMD|term}}. Young people "
      "should be told of their rights under the {{UNCRC|law}}, and we have shared this response with the "
      "{{Commissioner for Children and Young People in Scotland|office}}."),
    # 021 edited: three sentences + own text
    R("parent", " ".join(S[2:5]) + " My daughter is one of those children. I'm a nurse at {{Crosshouse|hosp}} on "
      "twelve-hour shifts and I have had to go part-time myself to collect her at lunch. We are not asking for "
      "miracles, just an adult in the room.", C, "edited"),
    # 022 care-experienced young person
    R("young person", "Im 16 and care experienced and in S5 at [[sch:St Conval's High]]. I was on a part-time "
      "timetable most of S2 and S3, out at 11 and wandering the town till my carers got in. Thats how I got known to the "
      "police. {{Who Cares? Scotland|org}} helped me write this.\n[[p:Shannon]] [[sh:@shan_speaks_up]]"),
    # 023 ramble: a mother whose daughter has not been in a classroom since October
    R("parent", "My daughter [[p:Erin]] is fourteen and autistic with a {{PDA|med}} profile, and she has not been in a "
      "classroom since {{October|date}}. Before that she was on a reduced timetable for most of S1, which in practice "
      "meant she went in for registration and maths, masked all morning, and came home and fell apart on the kitchen "
      "floor every afternoon. The school recorded her as attending. She was not attending. She was surviving.\n\n"
      "So I am glad someone at the council has noticed that reduced timetables are being used without plans or end "
      "dates. But the six-week limit frightens me. If [[p:Erin]] is made to go back full-time before there is anywhere "
      "in [[sch:Dalgarrie Academy]] that she can cope with, she will not go back at all. We will be one of the families "
      "pushed into home education, and I work, and her dad is on the rigs.\n\nWhat has helped: a teacher who came to "
      "the house twice a week and played {{Minecraft|brand}} with her for a month before she ever mentioned work; our "
      "dog {{Hamish|pet}}, who is allowed in the car for the school run; the {{CAMHS|org}} nurse at {{Crosshouse|hosp}}, "
      "when we could get an appointment; a day on {{the Waverley|ship}} down the Clyde; and a week on the {{Isle of Skye|place}} in the summer with no phone signal, "
      "when she laughed more than she has all year.\n\nWhat has not helped: letters about attendance, being told "
      "she just needs to be brave, and meetings in our own living room on [[st:Ladyhill Road]] with six "
      "professionals and not enough tea cups to go round.\n\nPlease make the protocol about getting the support right first. "
      "The limit should come second.\n[[p:Fiona Strachan]]"),
    # 024 capitals
    R("parent", "SIX WEEKS?? MY SON HAS BEEN ON HALF DAYS FOR THREE YEARS AND NOBODY CARED.\n"
      "[[p:LORRAINE MCCALLUM]]"),
    # 025 edited: slogan dropped, a PS with a lower-case plan reference
    R("parent", " ".join(S[:4] + S[5:]) + "\n\nps our csp reference is [[acc:cm/csp/0093]] if anyone wants to look at "
      "what was promised and never happened.", C, "edited"),
]
