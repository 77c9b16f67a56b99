"""Changes to the EHC needs assessment process and timescales (fictional Kirkhaven City Council, South Yorkshire)."""
from common import R, each, sents, plain_only

PREFIX = "EHC"
CONSULTATION = "ehc-assessment"
CAMP = "ehc-twenty-weeks-means-twenty"

TPL = ("The law says an {{Education, Health and Care plan|send}} must be issued within {{20 weeks|num}} of a request. "
       "{{Kirkhaven|inv}} already misses that deadline for most families, and this consultation asks us to accept even "
       "longer waits dressed up as a 'complex pathway'. We do not accept it. Parents have a legal right to request an "
       "assessment themselves; the proposal that only schools should apply through the {{EHC Hub|cons}} is not lawful "
       "and will shut out families whose schools refuse to help. Two cycles of assess, plan, do, review before a "
       "request is not in the {{SEND Code of Practice|law}} either. Every week of delay is a week a child is out of "
       "school, on a part-time timetable or on a {{CAMHS|send}} waiting list. Meet the 20-week timescale, keep "
       "parental requests, and fund enough {{educational psychologists|role}} to do the assessments.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, CAMP, "template"),
    # 002 exhausted parent, long ramble
    R("parent", "Where do I start. My daughter [[p:Maisie Entwistle]] is eleven, born [[dob:4th June 2014]], and we "
      "asked for an assessment in October 2023. The school said she was 'fine in class' because she masks all day and "
      "then comes home and screams for two hours. We got a refusal at week six, we appealed, the council conceded the "
      "day before the {{tribunal|send}} hearing, and then the assessment took another seven months because there were "
      "no {{educational psychologists|role}}. When the ed psych, Dr [[p:Ruth Saddleworth]], finally came she was lovely but had forty minutes. Our case reference is [[acc:KH/EHC/23/04417]] if anyone wants to check. "
      "By the time the draft plan came it said '[[p:Maisie]] would benefit from' in every section and nothing was "
      "quantified. I had to get {{IPSEA|org}} to tell me what specified means. In the meantime she stopped going to "
      "school altogether. She has been out since Easter 2024. She has {{PDA|send}} and {{ADHD|send}} and "
      "{{hypermobility|med}}, and the {{CAMHS|send}} waiting list is 97 weeks, I am not making that up. I gave up my "
      "job as a dental nurse in {{Rotherham|place}}. My husband works away. Her brother [[p:Finley]] has started asking whether he will be "
      "'broken' like his sister. Now you are proposing a 'complex pathway' which as far as I can see is a way of "
      "making the twenty weeks legally into thirty without changing the law. And schools only being able to apply? "
      "Our school would never have applied. Never. I would still be waiting now. I'm sorry this is long. I'm tired. "
      "I just want somebody at the council to read it all the way to the end.\n[[p:Kelly Entwistle]]"),
    # 003 exact lower
    R("parent", each(TPL, str.lower), CAMP, "exact"),
    # 004
    R("parent", "Stop moving the goalposts."),
    # 005 SENCO
    R("SENCO", "As a {{SENCO|send}} I welcome clearer guidance on what evidence the panel needs. But requiring two full "
      "{{APDR|send}} cycles (at least two terms) before a request will simply delay the children who most obviously "
      "need a plan, including those with {{Prader-Willi syndrome|med}} or {{Duchenne muscular dystrophy|med}} whose "
      "needs are clear from diagnosis. Schools also need the {{EHC Hub|cons}} to work on a Mac."),
    # 006 exact caps
    R("parent", each(TPL, str.upper), CAMP, "exact"),
    # 007 young person
    R("young person", "My name is [[p:Nasra]] and I am 16. I got my {{EHCP|send}} in Year 10, which was too late to help with my "
      "GCSEs. If it had been done on time I would have had my extra time and my own room. Please do it on time for "
      "the younger ones."),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:4]) + "\n\nOur son [[p:Ollie]] ([[p:Oliver Brennan-Swift]], [[dob:22/09/2016]]) was "
      "refused an assessment twice because his school said he was 'making progress'. He was making progress on a "
      "two-hour timetable. His hospital number at {{Sheffield Children's Hospital|hosp}} is [[hosp:S438271]] and "
      "his NHS number is [[nhs:9991461000]]: both are on every letter we have sent you.\n\n"
      + " ".join(S[4:]), CAMP, "edited"),
    # 009 blank
    R("parent", ""),
    # 010 ed psych
    R("educational psychologist", "I am a locum {{educational psychologist|role}}. The service has six full-time posts "
      "and two are filled. Changing the process does not create psychologists. Pay the national rate and you might "
      "recruit some."),
    # 011 near-miss
    R("parent", "Parents have a legal right to request an assessment themselves. Full stop. Write it on the wall of "
      "the {{SEN team|role}} office."),
    # 012 exact: whitespace and punctuation
    R("parent", plain_only(TPL, lambda t: t.replace("; ", ". ").replace("'", "").replace(".  ", ". ")
                           .replace(", ", " ,  ")), CAMP, "exact"),
    # 013 Pakistani grandmother via daughter
    R("grandparent", "I am writing for my mother who does not read English. Her grandson [[p:Zayan]] has "
      "{{cerebral palsy|med}} and {{epilepsy|med}}, he is 4, and the nursery has said he needs a plan before "
      "Reception. Nobody from the council answers the phone. My mother wants to say: a child is not a file. "
      "[[p:Samina Akhtar]] on behalf of [[p:Parveen Akhtar]]"),
    # 014 n/a
    R("parent", "N/A"),
    # 015 charity
    R("organisation", "{{Kirkhaven Mencap|org}} supports the council's aim of making decisions quicker but cannot "
      "support the proposed 26-week 'complex pathway'. Regulation 13 of the {{SEND Regulations 2014|law}} sets the "
      "20-week limit, and the exceptions are narrow. We also note that the {{Local Government and Social Care "
      "Ombudsman|org}} found fault with the council in eleven EHC cases last year."),
    # 016 Polish father
    R("parent", "Dzień dobry. My daughter [[p:Zuzanna]] waited 41 weeks for her plan. Her EHCP number is "
      "[[acc:EHC-2024-10593]]. In this time she lost one full year in school. The new plan makes longer. I do not "
      "understand how this is better. Please answer me: [[em:tomasz.kowalczyk@example.net]]\n[[p:Tomasz Kowalczyk]]"),
    # 017 edited half + own
    R("parent", S[0] + " " + S[1] + " " + S[3] + " My son's school refused to apply for three years, so if you "
      "take away parental requests you take away his only route. " + S[-2] + " Shame on whoever wrote this.", CAMP,
      "edited"),
    # 018 caps
    R("parent", "20 WEEKS IS THE LAW. NOT 26. NOT 'COMPLEX PATHWAY'. THE LAW. ([[p:DANIELLE]], MUM OF 3, 2 WITH "
      "{{AUTISM|med}})"),
    # 019 therapist
    R("occupational therapist", "Health advice for the assessment is supposed to be returned within six weeks. Our "
      "service can manage that only if the request comes with the consent form signed. Please fix the form on the "
      "portal before anything else."),
    # 020 foster carer
    R("foster carer", "We foster for {{Kirkhaven|inv}}. Our current placement, a lad of seven we call [[p:Chip]] (his name is "
      "[[p:Chipo]]), came to us with no plan and three school moves in a year. The {{virtual school|cons}} pushed for a "
      "request and it still took 31 weeks. Looked-after children should be fast-tracked, not put in a queue."),
    # 021 headteacher
    R("headteacher", "Primary headteacher. We'd welcome a school-led route if it came with the funding and an "
      "{{educational psychologist|role}} link for each school. It doesn't. As written, this puts the work on schools "
      "and the blame on schools."),
    # 022 dad text speak
    R("parent", "waited 58 wks. 58!!! ref [[acc:KH/EHC/22/01186]]. still no final plan. {{tribunal|send}} in may. thanks for "
      "nothing {{kirkhaven|inv}}"),
    # 023 Down's syndrome, Makaton
    R("parent", "My daughter [[p:Grace]] has {{Down's syndrome|med}} and uses {{Makaton|therapy}}. Her needs were "
      "obvious from birth and still the panel asked for 'more evidence' from a nursery where nobody signs. Her "
      "{{key worker|role}} [[p:Bev]] learned Makaton from {{YouTube|brand}} to help. Please don't make families like ours wait "
      "for two cycles of anything."),
    # 024 parent carer forum short
    R("parent carer forum", "{{Kirkhaven Parent Carer Forum|inv}} has engaged {{in good faith|word}} and will submit a full response separately. In short: "
      "keep parental requests, keep 20 weeks, and co-produce the {{EHC Hub|cons}} with families."),
    # 025 single word
    R("parent", "Unlawful."),
]
