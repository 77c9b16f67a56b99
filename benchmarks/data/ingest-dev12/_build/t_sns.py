# Severnshire County Council (fictional English shire county): changes to the local offer for deaf and visually
# impaired children. The Sensory Support Service would move children with mild or moderate needs from regular
# visits by a Qualified Teacher of the Deaf or of the Visually Impaired to a "consultation model".
from common import R

PREFIX = "SNS"
CONSULTATION = "sensory-support"

ITEMS = [
    R("parent",
      "My son [[p:Alfie]] is 6 and has a moderate hearing loss in both ears. He wears two {{Phonak|brand}} aids and uses a "
      "{{Roger|brand}} radio aid in class. His {{Teacher of the Deaf|role}} visits every three weeks and checks the "
      "equipment, trains the new TA, [[p:Kelly]], and talks to his teacher. Without her the radio aid would sit in a drawer. I know "
      "because it did, for a whole term, before she noticed. Moderate is not mild. Please keep the visits."),
    R("parent", "Keep the Teachers of the Deaf."),
    R("Qualified Teacher of the Visually Impaired",
      "I am one of four {{QTVIs|role}} in the {{Severnshire Sensory Support Service|service}}. Our caseload is already "
      "more than double the level recommended by {{RNIB|charity}}. A consultation model works for some secondary pupils. "
      "It does not work for children with {{cerebral visual impairment|med}}, whose needs change with every "
      "environment, or for early years children, where we teach the family as much as the child. {{Braille|therapy}} and "
      "{{Unified English Braille|therapy}} cannot be taught by consultation."),
    R("parent",
      "Our daughter [[p:Nia]] was born with {{CHARGE syndrome|med}}. She is deafblind. She has a cochlear implant and "
      "very little sight in one eye. She is 4 and in reception at [[sch:Coppice Lane Primary]]. The deafblind "
      "{{intervenor|role}} and the {{habilitation specialist|role}} are the reason she can walk round the classroom on "
      "her own. The consultation talks about mild and moderate needs so maybe she is safe but nobody has told us "
      "that. We would like it in writing. Her {{EHCP|send}} reference is [[acc:SCC/HC/31187]]. Thank you.\n"
      "[[p:Ceri]] and [[p:Tom Wakefield]]"),
    R("deaf young person",
      "I am Deaf and I use {{BSL|therapy}}. I am 16. When I was in primary the only person who could sign with me was "
      "my {{Communication Support Worker|role}}. The Teacher of the Deaf taught my teachers {{deaf awareness|send}}. "
      "Without her no one would have known why I was so angry. Please do not cut this. {{Mr Tumble|char}} taught half my class to sign, which says a lot. Deaf children need Deaf role "
      "models and BSL, not less support. [[p:Kieran]]"),
    R("parent",
      "we was told at the meeting that the service is \"not being cut, just changed\". so why are there less "
      "teachers? my daughter [[p:storm]] is 9 with {{nystagmus|med}} and {{albinism|med}} and her large print books "
      "were late every single term even with visits. no visits = no books. i post about her on insta [[sh:@albino.warrior.mum]]"),
    R("charity",
      "The {{National Deaf Children's Society|charity}} ({{NDCS|charity}}) responds as follows. Around 90% of deaf "
      "children are born to hearing parents with no experience of deafness. Specialist support in the early years "
      "is essential to language development. A mild or moderate hearing loss still has a significant effect on "
      "attainment: deaf pupils achieve on average a full grade lower at {{GCSE|send}}. The proposal is inconsistent with "
      "the {{SEND Code of Practice|law}} and the {{Children and Families Act 2014|law}}, which require the local "
      "offer to be developed with families. We ask the council to withdraw it."),
    R("audiologist",
      "From the paediatric audiology department at {{Severnvale Hospital|hosp}}. We fit around 120 children a year "
      "with hearing aids. The Teacher of the Deaf is the link between clinic and classroom. A reduction in visits will "
      "mean we see more children whose aids are not working when they come to clinic."),
    R("grandparent",
      "Me and my wife look after our grandson [[p:Ezra]] most days. He has {{Usher syndrome|med}} type 1, so he is deaf "
      "and he will lose his sight as well over the years. He is at [[sch:St Barnabas C of E]] in Year 2. His mum is "
      "at [[st:22 Orchard Way]], [[pc:SV3 8NP]], and we are round the corner. His {{Teacher of the Deaf|role}} and the "
      "{{QTVI|role}} both visit and between them they are the only professionals who understand both halves of it. "
      "[[p:Frank Oyelaran-Hughes]]"),
    R("parent", ""),
    R("habilitation specialist",
      "{{Habilitation|therapy}} is mobility and independent living training for children with a visual impairment. "
      "There are two of us for the whole county. Moving to a consultation model would mean children are taught "
      "{{long cane|therapy}} skills by staff with no training. That is a safety issue. {{Guide Dogs|charity}} has "
      "offered to fund training for school staff, the {{Royal National College for the Blind|org}} in {{Hereford|place}} has offered placements, and I would urge the council to take up that offer."),
    R("parent",
      "I am deaf and my husband is deaf. Our daughter [[p:Ffion]] is deaf too and she goes to the "
      "[[sch:Elmhurst]] hearing resource base. BSL is our home language. The {{Deaf Instructor|role}} in the base "
      "is the reason she is fluent. The consultation paper was not available in BSL, which says everything. Contact "
      "me by text only please [[ph:+44 7700 900731]]."),
    R("SENCo",
      "{{SENCo|role}}, {{Wyebridge Academy|venue}}. We have 14 pupils with sensory needs. The advice from the Sensory "
      "Support Service is excellent but schools cannot deliver it without training. If visits are reduced, the "
      "council must fund training for {{teaching assistants|role}} in sign, braille and equipment checks."),
    R("parent",
      "Bom dia. I am from {{Brazil|place}}, from {{Rio de Janeiro|placename}}. My daughter [[p:Isadora]] has {{retinopathy of prematurity|med}} and is nearly "
      "blind. She was born in 2019 at 25 weeks. The QTVI [[p:Helen]] came to our home every fortnight since she was "
      "a baby and taught me how to play with her. I did not know how to play with a blind baby. Now she is at "
      "[[sch:Coppice Lane]] and she reads {{Braille|therapy}}. Please do not take this from other mothers. "
      "{{Muito obrigada|lang}}."),
    R("parent",
      "Our son [[p:Arthur]] has {{Stickler syndrome|med}}, so high myopia and hearing loss, and his hospital number "
      "at {{Moorfields Eye Hospital|hosp}} is [[hosp:MEH 2274610]]. He is classed as moderate on both. Two moderates "
      "make a severe in real life. Your criteria do not account for dual sensory loss."),
    R("councillor",
      "I chair the council's Children's Scrutiny Committee and will be calling this proposal in. The "
      "{{Director of Children's Services|role}} has told members that no child will lose support, but the service "
      "plan shows a reduction of 2.4 teaching posts. Both cannot be true. Cllr [[p:Robert Fenwick]]"),
    R("parent", "n/a"),
    R("parent",
      "MY DAUGHTER [[p:AMELIA-ROSE]] HAS {{PENDRED SYNDROME|med}} AND HER HEARING IS GETTING WORSE EVERY YEAR. "
      "MILD THIS YEAR, SEVERE NEXT YEAR. WHO DECIDES WHEN SHE GETS A VISIT AGAIN?? SORT IT OUT SEVERNSHIRE."),
    R("charity",
      "{{Sense|charity}} supports families of children with complex disabilities including deafblindness. We urge "
      "the council to keep a named specialist for every child with a dual sensory impairment, regardless of the "
      "level of each loss, and to use the {{Equality Act 2010|law}} as its starting point."),
    R("parent",
      "{{Ukrainian|lang}}, living in Severnshire two years. My son [[p:Matvii]] has {{Waardenburg syndrome|med}} and is deaf "
      "in one ear. He is learning English and also learning to listen with one ear. The Teacher of the Deaf, "
      "Mrs [[p:Kaur]], helped the school to understand. Please keep her. {{Дуже дякую|lang}}."),
    R("parent",
      "My son [[p:Theo]], [[dob:3rd June 2015]], is partially sighted due to {{Leber congenital amaurosis|med}}. He is "
      "in Year 5 at [[sch:Wyebridge Primary]] and uses a {{Perkins Brailler|brand}} and an {{iPad|brand}} with {{VoiceOver|brand}}. "
      "The equipment only works because the QTVI set it up and comes in to fix it. NHS number "
      "[[nhs:999 008 3169]] in case it helps with his records. [[em:theos.mum(at)example.com]]"),
    R("speech and language therapist",
      "I work with deaf children who have cochlear implants. Listening and spoken language outcomes depend on the "
      "adults around the child. The Teacher of the Deaf is the person who trains those adults. A consultation model "
      "will widen the gap between deaf children in well-resourced schools and the rest."),
    R("parent",
      "Sorry for long message. I'm a single dad, moved down from {{Chester|placename}} for work. [[p:Paris]], my daughter, is 7 and profoundly deaf with bilateral "
      "cochlear implants, done at {{Birmingham Children's Hospital|hosp}} when she was 14 months, hospital number [[hosp:BCH 4409183]]. She is at "
      "[[sch:Elmhurst Primary]] with the resource base. I live at [[st:Hawthorn Drive]] and drive her in every day "
      "because the transport keeps changing and the roadworks on {{Station Road|route}} go on for ever. The Teacher of the Deaf is basically the only person who explains "
      "things to me. I'm on [[ph:0115 496 0588]] and the car is [[vr:SV20 KJT]] if the school needs it for the parking permit. [[p:Wes Thornley]]"),
    R("parent",
      "Happy with the changes as long as parents can ask for a visit when something goes wrong."),
    R("young person",
      "I'm visually impaired (I have {{Goldenhar syndrome|med}}). I'm in Year 11. I don't need weekly visits any more "
      "and the consultation model would suit me fine. But I would never have got here without them when I was "
      "younger. Don't cut the little ones."),
]
