"""send-sufficiency: South Brackenside Council (fictional, Tyneside) SEND Sufficiency Strategy 2025-2030,
with two new special free schools (Riverbank Meadows School, autism; Hadrian Vale Academy, SEMH) run by the
fictional Northern Lights Learning Trust, and resource bases in mainstream schools."""
from common import R

PREFIX = "SND"
CONSULTATION = "send-sufficiency"

ITEMS = [
    # 001
    R("parent", "Wor lass and me have been waiting three year for a place for wor bairn. [[p:Kian]] is autistic and "
      "non-verbal and he's been sat at home since {{Easter|date}} cos the mainstream school couldn't meet his needs. "
      "{{Riverbank Meadows School|own}} can't open quick enough man. But {{2027|date}} is too late for him. "
      "{{Whey aye|dialect}} we support it but what happens to [[p:Kian]] till then?"),
    # 002
    R("SENCO", "As {{SENCO|send}} at a large primary in {{West Brackenside|inv}} I welcome the strategy. We have 14 "
      "children with {{EHCPs|send}} waiting for specialist places and three on part-time timetables. The two new special "
      "free schools will help, but the {{resource bases|send}} need proper funding per place, not the {{£6,000|num}} "
      "top-up proposed. Please also fund training in {{Makaton|therapy}} and {{PECS|therapy}} for mainstream staff."),
    # 003
    R("young person", "im in yr 9 at mainstream n its 2 loud, i get sent to the isolation room most days. my mam says i "
      "might get a place at {{hadrian vale|own}} if it opens. i hope so. pls dont put it miles away tho my bus already "
      "takes 50 mins. my insta is [[sh:@lewis.draws.stuff]] if u want to see my art lol"),
    # 004
    R("teacher", "The strategy says very little about children with {{Down's syndrome|med}} or {{Williams syndrome|med}} "
      "who do well in mainstream with the right support. Not every child needs a special school. I teach a Year 3 class "
      "with four children on {{SEN support|send}} and no teaching assistant after {{February half term|date}}. Put money "
      "into mainstream inclusion as well as new buildings."),
    # 005
    R("parent", "My daughter [[p:Grace Abernethy-Roe]] (dob [[dob:14/07/2015]]) has {{Prader-Willi syndrome|med}} and "
      "an {{EHCP|send}} (ref [[acc:STB/EHC/04417]]). She is in Year 5 at [[sch:Hollinside Primary]] and is doing OK "
      "there with a 1:1, and her annual review is on {{12/03/2025|date}}. What worries me is secondary. {{Lindisfarne View School|own}} is full and the new schools are "
      "for autism and {{SEMH|send}}, not complex medical needs. Where will [[p:Grace]] go in {{September 2026|date}}?"),
    # 006
    R("councillor", "I write as a ward councillor for {{Follingsby|inv}}. I support {{Riverbank Meadows School|own}} in "
      "principle, but residents of {{Station Terrace|route}} are worried about forty minibuses a day using a narrow "
      "street with no turning point. Please publish the transport assessment before the planning application goes "
      "to committee.\nCllr [[p:Denise Foggon]]\n{{Labour|org}}, {{Follingsby|inv}} ward"),
    # 007
    R("MP's caseworker", "I write from the constituency office of [[p:Alan Hebburn-Tate]] MP. We have opened 31 "
      "casework files this year about SEND placements in {{South Brackenside|inv}}. One constituent, Mrs "
      "[[p:Kaur]], has a son who has been out of school for eleven months. [[p:Alan Hebburn-Tate]] supports the two "
      "new schools but asks for an interim plan for children who have no place now.\n\n[[p:Sophie Lindqvist]]\n"
      "{{Senior Caseworker|role}}"),
    # 008
    R("parent", ""),
    # 009
    R("resident", "Yes."),
    # 010
    R("parent", "{{Dzień dobry|lang}}. I am mother of [[p:Zuzanna]], she is 6 and have autism diagnosis from 2023. In "
      "{{Poland|place}} we have special kindergarten near home, here she must go by taxi 45 minutes to "
      "{{Lindisfarne View|own}}. New school in {{Jarrow|place}} is good idea, more close for us. Please make the "
      "information also in Polish, my English is not so good. {{Dziękuję bardzo|lang}}."),
    # 011
    R("charity", "Response on behalf of {{Contact|org}} North East. Families we support tell us the biggest problem is "
      "waiting: for assessment, for an {{EHCP|send}}, for a place. The forecast of 310 extra specialist places by "
      "{{2030|date}} is welcome but it is built on {{January 2023|date}} census data. We recommend a yearly refresh of "
      "the forecast, a {{parent carer forum|send}} seat on the project board, and admissions criteria for both free "
      "schools published before the {{Department for Education|org}} signs the funding agreement."),
    # 012
    R("headteacher", "As {{Headteacher|role}} of a mainstream secondary I am worried the new schools will take our most "
      "experienced support staff. {{Northern Lights Learning Trust|own}} is already advertising for teaching assistants "
      "at {{£2,000|num}} more than we can pay. The strategy needs a workforce plan or we will simply move the problem "
      "from one building to another. I have raised this with the {{Head of SEND|role}} twice."),
    # 013
    R("grandparent", "me and my husband look after our grandson [[p:alfie-jay]] three days a week. he has "
      "{{adhd|med}} and {{asperger's|med}} and has been excluded twice from [[sch:st aidan's]] this year. the new school "
      "would suit him but its only for children with EHCPs and he hasnt got one yet. the wait for the assessment is 40 "
      "weeks. sort that out first"),
    # 014
    R("social worker", "I am a social worker in the {{Children with Disabilities Team|inv}}. Several children on my "
      "caseload are in residential special schools out of area. One boy, [[p:K.M.]], has been at one since he was nine, some as far as {{Cumbria|place}} and "
      "{{North Yorkshire|place}}. Bringing them home to local provision is the right aim, but the strategy counts "
      "places, not families. Children coming back will need {{short breaks|send}} and family support as well as a "
      "school place."),
    # 015 near-miss (pst-no-fee-for-college)
    R("parent carer", "Young people with SEND do not stop needing support when they turn sixteen, so why does this "
      "strategy stop at Year 11? There is not one post-16 specialist place planned in the borough. My son will finish "
      "at {{Lindisfarne View School|own}} in {{July|date}} and the only offer is a college in {{Sunderland|place}}."),
    # 016
    R("parent", "WE LIVE IN [[fl:FLAT 9, TYNE VIEW HOUSE]] AND WE HAVE BEEN TOLD FOR 5 YEARS THERE IS A NEW SCHOOL COMING. MY SON [[p:TYLER]] IS NOW 15 AND HE WILL "
      "NEVER SET FOOT IN IT. DONT PROMISE WHAT YOU CANT DELIVER. SPEND THE MONEY ON THE KIDS WHO ARE STUCK AT HOME NOW "
      "NOT ON GLOSSY LEAFLETS.\n[[p:JOANNE MCGUIGAN]]"),
    # 017
    R("parent", "Could somebody phone me about the drop-in sessions because I can't do evenings. My son [[p:Rowan]] has "
      "{{Fragile X|med}} and I'm his only carer, his dad is not on the scene.\n\n[[p:Michelle Dunne]]\n"
      "[[st:22 Bede Crescent]]\n{{Hebburn|place}}\n[[pc:NE32 4RW]]\n[[ph:0191 498 0562]]"),
    # 018
    R("educational psychologist", "The forecast relies on {{EHCP|send}} numbers, but many children who will need a "
      "specialist place are still on {{SEN support|send}}. The {{Educational Psychology Service|inv}} waiting list is "
      "nine months. I would like to see {{TEACCH|therapy}}-based outreach from {{Riverbank Meadows|own}} into "
      "mainstream schools written into the funding agreement, and {{Sensory Integration|therapy}} training for "
      "the resource bases."),
    # 019
    R("parent", "{{Assalam o alaikum|lang}}. My son [[p:Muhammad Zayan]] is in Year 2 at [[sch:Mortimer Vale Primary]]. "
      "He has speech delay and the school say he need special school. I am agree with new schools but please where is "
      "the location exactly? We have no car. My husband work in restaurant at night and I look after [[p:Zayan]] and "
      "his baby sister. {{Shukriya|lang}}."),
    # 020 ramble
    R("parent", "Where do I start. I've got three kids, two with additional needs. [[p:Sonny]] is 11 and autistic and "
      "[[p:Brooklyn]] is 8 and they think she's got {{PDA|med}} but we're still waiting on the {{CAMHS|org}} "
      "appointment, it's been two years. [[p:Sonny]] was in a mainstream school and it was fine till Year 4 then it all "
      "fell apart, he was under the table every day, hitting out, they had him on a reduced timetable, two hours a "
      "day, which meant I had to give up my job at {{Greggs|char}} because who else is going to pick him up at 11 "
      "o'clock. Then he got his {{EHCP|send}} after I went to tribunal, which took a year and a half and I had to get "
      "help from {{SENDIASS|send}} for all of it, and it named {{Lindisfarne View School|own}} but they had no place so "
      "he was home for another six months. He's there now and he's a different boy, they use {{Makaton|therapy}} and "
      "visual timetables and he's started talking about {{Minecraft|char}} to other kids which he never did. So I know "
      "a special school works for the right child. What I don't understand is why it takes so long. The strategy says "
      "{{Riverbank Meadows|own}} opens in {{2027|date}} but the last one was meant to open in {{2022|date}} and it "
      "never happened. And [[p:Brooklyn]] is going to need something soon, she's masking all day and exploding at "
      "home, she screams for an hour after school, the dog {{Kevin|pet}} hides under the stairs. Please look at girls "
      "because the strategy doesn't mention them once. I'm not anti-council, the staff I've met have been kind, but "
      "the system is broken and parents are the ones holding it together. Sorry this is long. I've wanted to say "
      "this for years."),
    # 021
    R("parent carer forum", "{{Brackenside Parent Carer Forum|inv}} response. We co-produced parts of this strategy "
      "and thank officers for that. Our members support both free schools. Our concerns are:\n"
      "- no provision planned for girls whose autism is masked;\n"
      "- the {{SEMH|send}} school should not share a site with the pupil referral unit at {{Heddon Yard|landmark}};\n"
      "- no sixth-form places at either school.\n"
      "Chair, [[p:Nadia Osei-Bonsu]]"),
    # 022
    R("parent", "Build them faster."),
    # 023
    R("parent", "I drive my daughter [[p:Sky]] to {{Lindisfarne View School|own}} every day because the taxi kept not "
      "turning up. Our car [[vr:NL19 KWF]] has done thirty thousand miles in two year. If the new school is in "
      "{{Follingsby|inv}} it is even further from us in {{Whitburn|place}}. Put it somewhere central like near the "
      "{{Metro|landmark}}."),
    # 024
    R("parent", "{{Добрий день|lang}}. We are from {{Kharkiv|place}}, here since 2022 with {{Homes for Ukraine|law}}. "
      "My son [[p:Bohdan Kovalenko]] has {{cerebral palsy|med}} and uses wheelchair. He is at "
      "[[sch:Westoe Grange Academy]] with good support now. I want to know if the new schools will have "
      "physiotherapy and hydrotherapy on site, because now we travel to {{the RVI|hosp}} for this. His hospital "
      "number is [[hosp:RVI 0041872]]. Thank you for listening."),
    # 025
    R("parent", "My son [[p:Alfie]] in Year 4 at [[sch:Simonside Primary]] has been waiting for an assessment since "
      "{{Christmas|date}}. We live on [[st:Heron Close]] right beside the {{Heddon Yard|landmark}} site, so I am all for the new "
      "school being built there, but please sort the diagnosis waiting lists too. Ring me on [[ph:(0191) 498 0233]]."),
]
