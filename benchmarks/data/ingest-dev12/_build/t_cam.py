# Kingsmere City Council with the local ICB (fictional English city, East Midlands): reducing CAMHS waiting lists
# by commissioning an online counselling and CBT service, "MindPath Online", for referrals below the specialist threshold.
import re
from common import R, each, plain_only, sents

PREFIX = "CAM"
CONSULTATION = "camhs-online"
CAMP = "cam-real-people-not-apps"

T = ("We are parents of children and young people who are waiting for {{CAMHS|send}} in {{Kingsmere|inv}}. We "
     "understand the waiting lists are too long. Some of our children have waited more than two years for an "
     "assessment. But an online service is not the answer for every child. A child who will not leave their bedroom, "
     "who self-harms or who has stopped eating needs a real person in a real room. An app cannot do a home visit, "
     "cannot notice bruises and cannot sit with a frightened teenager in {{A&E|hosp}}. We ask the council and the "
     "{{ICB|org}} to use the online service as an extra, not as a replacement, to publish how many children are still "
     "waiting after it starts, and to keep face-to-face appointments for everyone who needs them. Real children need "
     "real people, not apps.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("young person",
      "honestly i would rather talk to someone online than sit in a room with a stranger staring at me. i'm 16. "
      "the waiting list for me was 14 months and i gave up. the only one i talk to is my dog {{Bella|pet}}. if {{MindPath|brand}} means i get someone this term then "
      "yes."),
    R("parent", plain_only(T, lambda s: s.replace(", ", " ").replace(".", "!")), CAMP, "exact"),
    R("parent",
      "My son [[p:Kacper]] is 13. He stopped going to school in Year 7 and has been on the CAMHS list since "
      "[[dob:2011-09-14]]... sorry, that is his birthday, I am so tired I am writing the wrong things. He has been "
      "on the list since November 2023. He does not leave his room. He does not speak to me through the door most "
      "days. He games all night and sleeps all day and when I take the console he punches the wall. The school "
      "sent an {{Education Welfare Officer|role}} who told me I could be fined. The GP, Dr [[p:Okonjo]], has "
      "referred him three times and three times it was bounced back as not meeting the threshold and then "
      "accepted after I wrote a letter. His NHS number is [[nhs:999 525 3097]] and the CAMHS referral is "
      "[[acc:KCAMHS/23/11874]]. Now you tell me the answer is an online service. He is online all the time. That is "
      "the problem. I do not want another screen, I want a person to come to the house and sit on the landing "
      "and talk to him through the door until he opens it, which is what the lady from {{Early Help|service}} did "
      "once and he came out. Once. And then her contract ended. I am Polish, from {{Gdańsk|place}}, I have been here 15 years, my "
      "English is ok but when I am this tired it is not. My husband works in the warehouse nights. We are at "
      "[[fl:Flat 11, Prospect House]], [[st:Canal Street]], [[pc:KM4 7HS]] and I will talk to anyone who will "
      "listen. [[p:Agnieszka Nowak]]"),
    R("CAMHS nurse",
      "I am a {{Band 6|send}} nurse in the {{Kingsmere CAMHS|service}} Getting Help team. The online service could take "
      "pressure off us for mild to moderate anxiety and low mood, which is a large part of the list. It will not help "
      "children with {{eating disorders|med}}, {{psychosis|med}} or complex trauma, and it must not be used to close "
      "referrals. I would like to see a clear route back to face-to-face if a child does not engage."),
    R("young person",
      "I'm 14 and I have {{ADHD|med}} and {{Tourette's|med}}. I tried an online counselling thing before and the "
      "webcam made my tics worse because I could see myself. Please make sure there's a phone option and a real one. "
      "[[p:Maya]] (you can follow my tic journey on tiktok [[sh:@ticsandthings_maya]])"),
    R("parent",
      " ".join(S[:5]) + "\n\n"
      "Our daughter [[p:Zainab]] is one of those children. She is 15 and has {{anorexia|med}}. Last winter she was "
      "admitted to the {{Queen's Medical Centre|hosp}}, hospital number [[hosp:QMC 7731902]], and it was only then "
      "that she was seen by CAMHS. An online service would have given her another thing to hide from.\n\n"
      + " ".join(S[6:]),
      CAMP, "edited"),
    R("designated safeguarding lead",
      "As {{Designated Safeguarding Lead|role}} at {{Fernside Academy|venue}} I make around 30 CAMHS referrals a year. "
      "Most are rejected. An online offer for those pupils is better than nothing. But an online service is not the "
      "answer for every child, and I worry that it becomes the only answer. We also need {{Mental Health Support "
      "Teams|service}} in every school, not just the pilot schools."),
    R("parent", each(T, str.upper), CAMP, "exact"),
    R("GP",
      "Speaking as a GP in the inner city. The threshold for CAMHS has risen so far that I now manage children on "
      "{{sertraline|med}} myself with no specialist input. Any extra capacity is welcome. Online services suit some "
      "teenagers well. They do not suit children under 11, children with {{autism|med}} who find video calls "
      "distressing, or families without data. Please fund data and devices."),
    R("parent", ""),
    R("parent",
      "Our daughter [[p:Hope]] is 10 and autistic. She would never speak to a screen. She will talk to {{Bluey|char}} on the telly but that is about it. She has {{Ehlers-Danlos syndrome|med}} too and misses a lot of school. She barely speaks to us when she "
      "is anxious. Will the online service accept referrals for autistic children or are they still going to be "
      "told to wait for the {{neurodevelopmental pathway|service}}?"),
    R("councillor",
      "As ward councillor for {{Sneinton Vale|inv}}, on the {{Mansfield Road|route}} side of {{Nottingham|place}}, I have dealt with dozens of families stuck on the waiting list. "
      "I support the online service as a first step. But the council should publish waiting times every quarter, "
      "by ward, so we can see if it is working. Cllr [[p:Marcus Adeyemi-Bell]]"),
    R("parent",
      S[0] + " " + S[1] + " " + S[2] + " " + S[3] + " I'm adding my own bit because the group asked us to. My son "
      "was offered a 6 week online CBT course last year through a different company. He did two sessions and then "
      "the link stopped working and no one followed it up. He was discharged for not attending. That is what worries "
      "me about this.",
      CAMP, "edited"),
    R("charity",
      "{{YoungMinds|charity}} welcomes any investment in early support. However, digital services must be one option "
      "among several. We ask that the service is co-designed with young people, that it meets {{NICE|org}} guidance, "
      "and that it is evaluated independently, including for young people from Black and minoritised communities, who "
      "are already under-referred. {{Kooth|brand}} and other providers have shown that online support works best "
      "alongside local services."),
    R("parent", "n/a"),
    R("grandparent",
      "We are bringing up our granddaughter, [[p:Tiegan]], under a {{Special Guardianship Order|law}}. She was taken "
      "from her mum at 6 and she has a lot of trauma. She needs someone who understands attachment, not a chatbot. "
      "The {{Adoption Support Fund|law}} paid for some therapy but it has run out. My NI number is [[ni:QQ 55 81 02 A]] if that helps with the guardianship allowance. You can ring us on "
      "[[ph:0115 496 0732]]. [[p:Maureen]] and [[p:Dave Pickering]]"),
    R("young person",
      "As a young person who has used CAMHS: what helped me was the same worker every week for a year. If the online "
      "service changes the counsellor every session it will not work for anyone with trust issues. Keep it the same "
      "person. I'm 17, studying at college, and I'd be happy to help design it - [[em:zee.hussain05@example.net]]. "
      "[[p:Zeeshan]]"),
    R("provider",
      "{{MindPath Online Ltd|brand}} is the preferred provider under the proposed contract. We offer text, audio and "
      "video counselling and structured {{CBT|therapy}} for young people aged 11–25, with same-week first "
      "appointments. Young people can choose a named practitioner and keep them. We escalate risk to the local "
      "{{Crisis Team|service}} within one hour."),
    R("parent",
      "my son [[p:JAYDEN]] is on the list 2 yrs. 2 YEARS. he's 12. self harming since year 6. we've been to A&E "
      "three times. the last time the doctor said he'd refer him urgent and we got a letter saying 18 weeks. were in [[fl:flat 23 tennyson house]] if anyone wants to visit. if an app "
      "gets him seen faster i'll take it but dont pretend its the same as proper help"),
    R("teacher",
      "I'm a pastoral lead in a secondary school. Many of the children on the CAMHS list also have unmet SEND needs, "
      "especially undiagnosed {{dyslexia|med}}, {{DLD|med}} and {{ADHD|med}}. Reducing the mental health waiting list "
      "without looking at SEND support is treating symptoms. The {{SENCo|role}} and I spend half our week firefighting."),
    R("parent",
      "My daughter is in Year 9 at [[sch:Kingsmere Girls' School]] and has been waiting for an {{ADHD|med}} assessment "
      "for 3 years. She is now self harming. Her name is [[p:Lexi Marsh]], her NHS number is [[nhs:9993185612]] and she "
      "is on the waiting list, [[acc:KCAMHS/22/09321]]. The SENCo, Mrs [[p:Achterberg]], has done everything she can. I am putting these in so someone might actually look at her "
      "case. [[p:Donna Marsh]], [[ph:07700900655]]"),
    R("parent",
      "Ramadan Mubarak to the council team. My son [[p:Zaid]] is 11 and has OCD, he washes his hands until they bleed. "
      "Online is ok for him, he likes {{Minecraft|brand}}, but he needs someone who understands our faith and our language. "
      "Please make sure there are Urdu-speaking counsellors. {{Jazakallah khair|lang}}."
      .replace("Ramadan Mubarak", "{{Ramadan Mubarak|lang}}").replace("has OCD", "has {{OCD|med}}").replace("Urdu-speaking", "{{Urdu|lang}}-speaking")),
    R("parent", "Why not just employ more staff?"),
    R("school nurse",
      "I'm a {{school nurse|role}} covering six secondary schools. Last year the CAMHS nurse [[p:Precious]] ran a drop-in "
      "at two of them every Wednesday and it was the most useful thing we had; then the funding ended. Online services "
      "have their place, but young people tell me they want someone they can see in school. One girl, Dionne, told me "
      "the drop-in was the only reason she didn't end up in hospital. Please fund drop-ins alongside {{MindPath|brand}}."
      .replace("One girl, Dionne,", "One girl, [[p:Dionne]],")),
]
