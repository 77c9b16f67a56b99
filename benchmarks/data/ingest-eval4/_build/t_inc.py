"""inclusion-charter: a new Wandlebury Inclusion Charter for mainstream schools
(fictional London Borough of Wandlebury, south-east London)."""
import re
from common import R, each, plain_only, sents

PREFIX = "INC"
CONSULTATION = "inclusion-charter"
CAMP = "inc-give-the-charter-teeth"

T = ("I welcome the idea of a {{Wandlebury Inclusion Charter|own}}, but as it is written it has no teeth. "
     "Schools can sign it, put the logo on their website and carry on exactly as before. "
     "The charter must include clear limits on part-time timetables, a duty to publish exclusion figures for pupils with {{SEND|send}}, and real consequences for schools that refuse reasonable adjustments. "
     "Parents should have a named person to go to when the charter is broken, and that person must not work for the school. "
     "Every school should have a trained {{SENCO|send}} with protected time, not one squeezed in between teaching and cover. "
     "Inclusion is not a badge. "
     "It is what happens in the classroom on a wet {{Tuesday|date}} afternoon. "
     "Give the charter teeth.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", plain_only(T, lambda s: re.sub(r" ", "  ", s)), CAMP, "exact"),
    R("parent", "\n".join(S), CAMP, "exact"),
    R("parent", "As a mum of two autistic boys I have read the draft carefully, and my honest view is that it has no teeth. " + " ".join(S[1:6]) +
      " I have lost count of the meetings where everyone nodded and nothing changed, so please, I am begging you, make it mean something.", CAMP, "edited"),
    R("parent", " ".join(S[:3]) + "\n\nMy daughter [[p:Autumn Reilly-Shaw]] is in Year 8 at [[sch:Ferrier Vale Academy]]. Since {{February|date}} she has been on a part-time timetable, 9 till 11, because they say they cannot meet her needs. "
      "Nobody wrote that down. Nobody told the council. I only found out it was illegal from a {{SENDIASS|org}} adviser. Email me if you want the details: [[em:autumnsmum at example dot com]]\n\n" + S[-1], CAMP, "edited"),
    R("parent", "Listen, I ain't got nuffink against a charter, but my boy [[p:Tommy]] got sent 'ome more times than I've 'ad 'ot dinners last year at [[sch:Cator Street Primary]]. "
      "Every time it's 'he's dysregulated, come an' get 'im'. I work on the markets down {{East Street|route}}, I can't just drop everyfink. Even the dog, {{Reggie|pet}}, knows when he's been sent 'ome. Make the schools stick to it or don't bovver."),
    R("parent", "{{Assalamu alaikum|lang}}. My son [[p:Abdirahman Yusuf]] is in Year 3, he has {{speech and language|send}} needs. His school is good but the teacher change three times. "
      "I want the charter to say schools must tell parents in our language, I need interpreter in meetings, {{Somali|lang}}. Many mothers in {{Peckham|place}} do not know what is {{SEN Support|send}}. Thank you. [[p:Hodan Warsame]]"),
    R("grandparent", "I am grandfather of [[p:Kavin]] aged 7. He is diagnosed with {{ADHD|med}} and {{dyspraxia|med}}. In {{Jaffna|place}}, where I was a headmaster, we had no such provisions at all; "
      "so I appreciate what {{London|place}} is trying to do. However I observe that his school gives him a {{wobble cushion|therapy}} and calls it inclusion. "
      "A charter must demand trained staff, not equipment. {{Nandri|lang}}. [[p:S. Thirunavukkarasu]] (retd. headmaster)"),
    R("headteacher", "I lead a large mainstream secondary in the borough and I will sign the charter. But inclusion has a cost. Our {{SEN Support|send}} register has grown by {{40%|num}} in three years and our notional {{SEND|send}} budget has not. "
      "The charter asks schools to limit managed moves and part-time timetables, which is right, but offers no {{Inclusion Hub|own}} places until {{2026|date}}. "
      "The {{Director of Children's Services|role}} should publish the funding alongside the charter."),
    R("young person", "im in yr 9 n i got {{dyslexia|med}}. teachers dont even read my {{pupil passport|send}}. one teacher made me read out loud in front of everyone n i was shakin. "
      "the charter shud say teachers HAVE to read it. follow me on tiktok [[sh:@dyslexic.dani]] i talk about this stuff"),
    R("SENCO", "Comments from a primary {{SENCO|send}}:\n1. Define 'reasonable adjustment' with examples.\n2. Protected {{SENCO|send}} time: at least two days a week.\n"
      "3. Named link {{EP|send}} for every school, not a traded service.\n4. Training in {{Zones of Regulation|therapy}} and {{Lego therapy|therapy}} is fine, but it is not a substitute for {{SALT|send}} and {{OT|send}} time.\n"
      "5. Don't ask us to sign before {{the Spring term|date}}."),
    R("parent", "Good evening. My name is [[p:Joana Mendes]], I am from {{Portugal|place}} and live in {{London|place}} since 2015. My daughter [[p:Beatriz]] is in Reception at [[sch:St Saviour's RC Primary]] and she has {{Down syndrome|med}}. "
      "The school is very kind, but the TA is shared with all the class. The charter must say one-to-one when the child needs. If you want to talk, [[ph:+44 7700 900 231]]. {{Obrigada|lang}}."),
    R("parent", ""),
    R("resident", "Yes."),
    R("teaching assistant", "Teaching assistants are the ones who make inclusion happen and we are not even mentioned in the charter. I support children with {{Tourette's|med}}, {{autism|med}} and {{global developmental delay|med}} in one class of 31. "
      "No training for two years. Paid for 32 weeks. If the council wants this to work, put TA training and pay in it."),
    R("parent", "Inclusion is not a badge. It is what happens in the classroom on a wet {{Tuesday|date}} afternoon, as the leaflet said, and on our wet Tuesdays my son sits in the corridor. "
      "I think the charter is a good start and I'll give it a chance. At least somebody is writing something down."),
    R("parent", "My son [[p:Yusuf Al-Hashimi]] (born [[dob:3rd March 2016]]) is in Year 4. He has {{Asperger's|med}} according to the old diagnosis. "
      "In {{Iraq|place}} I was engineer, here I am learning the system. Please make the charter in {{Arabic|lang}} also. {{Shukran jazeelan|lang}}. The school wrote him [[sch:Harrowby Park Primary]] in letter to the council, this is correct."),
    R("councillor", "As {{Lead Member for Education|role}} in opposition, I welcome the charter but I note the {{Cabinet Member|role}}, Cllr [[p:Marcus Adeyemi]], has refused to include exclusion targets. "
      "I have asked officers for the data by school. Cllr [[p:Fiona Lomax]], {{Wandlebury Liberal Democrats|org}}"),
    R("organisation", "{{Wandlebury SENDIASS|org}} supports the charter. Of the 630 families we advised last year, 211 raised part-time timetables and 94 raised informal exclusions. "
      "We recommend the charter reference the {{Children and Families Act 2014|law}}, the {{SEND Code of Practice|law}} and the {{Equality Act 2010|law}} directly, and that the {{Local Offer|send}} lists which schools have signed."),
    R("parent", "CHARTERS DON'T TEACH CHILDREN. MY DAUGHTER [[p:ROSIE-MAY]] HAS BEEN OUT OF SCHOOL FOR 14 MONTHS. NO {{EHCP|send}}, NO TUTOR, NOTHING. WHAT IS A CHARTER GOING TO DO ABOUT THAT? [[p:KAREN DOYLE]]"),
    R("kinship carer", "I'm raising my sister's two under a {{Special Guardianship Order|law}}. The youngest, [[p:Jordan]], is in Year 2 and has {{FASD|med}}. I had to move us to a bigger place, [[fl:Flat 14, Tressell House]], [[pc:SE15 4RW]], sell the car, [[vr:lf17 ryu]], for the deposit, and change his school in the middle of the year. "
      "The new school were wonderful because the {{SENCO|send}} actually read his file. That's what a charter should make normal."),
    R("educational psychologist", "From an {{EP|send}} perspective the charter is weakest on the {{graduated approach|send}}. It should require schools to evidence {{assess, plan, do, review|send}} cycles before asking for an {{EHC needs assessment|send}}, "
      "and it should give schools access to {{Precision Teaching|therapy}} and {{Attention Autism|therapy}} training through the {{Inclusion Hub|own}}. Happy to contribute to the working group."),
    R("parent", "Where do I even start. My daughter [[p:Hope]] is eleven, she's autistic and she masks all day at school and then falls apart when she gets home, which is what every parent of an autistic girl will tell you and which no school ever believes. "
      "In Year 4 her teacher told me she was 'absolutely fine in class' while I was peeling her off the ceiling at half three. We waited 22 months for {{CAMHS|send}}. Twenty-two months. "
      "In that time she stopped eating anything but plain pasta and she started pulling her hair out. When she finally got her diagnosis the paediatrician said she'd probably have been picked up years ago if she were a boy. "
      "The school put her on {{SEN Support|send}} with a {{Social Stories|therapy}} booklet and a {{time-out card|send}} she was too embarrassed to use. "
      "Now she's in Year 7 at [[sch:Hatcham Wood School]], and it's a big school, 1,400 kids, bells, corridors, the lot. She has had 19 days off this term. Every morning is a battle. "
      "I've read your charter twice. There's nothing in it about girls, nothing about masking, nothing about school-based anxiety, nothing about what a school should do when a child is clearly struggling but is 'no trouble' in lessons. "
      "Please add a section on children who internalise. Please make schools listen to parents when they say the child they see at home is not the child they see in class. "
      "And please don't make the charter another piece of paper that hangs in reception next to the fire certificate. Thank you for reading this far, if anyone has. [[p:Nicola Pryce]]"),
    R("autistic adult", "I left a {{Wandlebury|inv}} secondary school in 2012 with no qualifications and a diagnosis I got at 24. I'd like to see autistic adults on the charter panel. Nothing about us without us."),
    R("parent", "I lost my job because the school kept ringing me to collect my son [[p:Malachi]]. I now get {{Carer's Allowance|law}} (NI number [[ni:QQ 27 93 61 A]] if anyone wants to check). "
      "The charter should say that a phone call home to collect a child is an exclusion, and must be recorded as one. Because it is. [[p:Nadine]]"),
]
