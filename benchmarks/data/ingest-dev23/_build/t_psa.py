"""psa-pool: Strathlevan Council (fictional, Fife coast) proposes to cut 48 pupil support assistant posts and
replace the assistants based in each school with a 'flexible support pool' shared across each cluster of schools."""
from common import R, each, sents

PREFIX, CONSULTATION = "PSA", "psa-pool"
C = "psa-the-adult-they-know"

TPL = (
    "I am writing about {{Strathlevan Council|inv}}'s proposal to replace pupil support assistants in each school "
    "with a flexible support pool shared across the cluster. A child with additional support needs does not just "
    "need an adult in the room. They need the adult they know, who understands how they communicate, what "
    "overwhelms them and what calms them. Cutting forty-eight posts and sending the rest from school to "
    "school as demand arises will mean more distressed children, more exclusions and more parents called to collect "
    "their child at lunchtime. The {{Education (Additional Support for Learning) (Scotland) Act 2004|law}} places a "
    "duty on the council to meet each child's needs. I ask the council to keep support assistants based in schools "
    "and to publish its equality impact assessment."
)
S = sents(TPL)


def nocommas(s):
    return s.replace(",", "").replace(". ", ".  ")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 PSA facing redundancy
    R("pupil support assistant", "{{Pupil Support Assistant|role}}, fourteen year. The wee boy I support, "
      "[[p:Struan]], is in P2 at [[sch:Kirkbrae Primary]] and non-verbal. It took me from {{August|date}} till "
      "{{October|date}} to learn which noise means 'I'm hungry' and which means 'get me out before I bite "
      "somebody'. A pool worker on a {{Tuesday|date}} won't know that. If my post goes, staff number "
      "[[acc:SLC-208817]], NI [[ni:QQ 30 77 41 A]], for the redeployment list. {{UNISON|org}} member."),
    # 003 Fife mum
    R("parent", "Ma wean [[p:Callum]] is in P3 at [[sch:Methilhaven Primary]], {{ADHD|med}} and sensory stuff. His "
      "PSA Mrs [[p:Duncan]] kens him better than his ain faither, nae offence. She gets him oot tae the garden "
      "before he blows. Some wifie he's never met and he'll be greetin' under a table by half ten and I'll be "
      "phoned again."),
    # 004 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 005 teachers' union local association
    R("trade union", "The {{EIS|org}} {{Strathlevan Local Association|inv}} opposes the proposal. Removing "
      "{{forty-eight|num}} posts when 41% of pupils have a recorded additional support need will move the work onto "
      "class teachers and raise the risk of violent incidents. Withdraw it.\n{{Local Association Secretary|role}}"),
    # 006 edited: personal paragraph
    R("parent", " ".join(S[:4]) + "\n\nOur son [[p:Finlay MacLeod]], born [[dob:11/01/2016]], has a "
      "{{Co-ordinated Support Plan|term}}, reference [[acc:CSP/SL/1187]]. He has epilepsy as well as "
      "autism, and his PSA is trained to give his emergency medication. A pool worker would not be. His "
      "hospital number at the {{Victoria Hospital|hosp}} is [[hosp:VHK 6650213]] if the council wants to check what "
      "a bad seizure looks like. We live at [[fl:Flat 2/1]], [[st:17 Harbour Wynd]], [[pc:KY83LQ]].\n\n"
      + " ".join(S[4:]) + "", C, "edited"),
    # 007 depute head (institution)
    R("headteacher", "{{Depute Head Teacher|role}}, {{Auchterlevan High School|venue}}. The pool model assumes "
      "support can be planned. Most of it can't: de-escalating in a corridor, noticing someone hasn't eaten. "
      "{{GIRFEC|law}} is built on relationships with a {{named person|role}} and a team around the child. A rota is "
      "not a relationship."),
    # 008 young person, P7, lower case
    R("young person", "my psa is mrs [[p:begg]] and shes the only one who lets me use the wobble cushion and my {{chewigem|brand}} without "
      "a fuss. i tell her about my cat {{nigel|pet}}. im in p7 at [[sch:kirkbrae]]. please dont take her away, i go to the big school next year and i need "
      "her till then\n[[p:lachie]] age 11"),
    # 009 exact: commas removed, double spaces
    R("parent", each(TPL, nocommas), C, "exact"),
    # 010 Ukrainian mother with a host family
    R("parent", "We came from {{Kyiv|place}} under {{Homes for Ukraine|law}} and live with our host family at "
      "[[hn:Balquharn]]. My daughter [[p:Solomiia Kovalenko]], 14, autistic, is in the base at "
      "[[sch:Strathlevan Academy]]. Her PSA learned Ukrainian words for her. A child who lost her home and country "
      "needs one adult who stays.\n{{Дякую|lang}}, [[p:Oksana Kovalenko]]"),
    # 011 kinship carer, Glaswegian
    R("kinship carer", "I'm kinship carer for ma grandson [[p:Kai]], {{foetal alcohol spectrum disorder|med}}, P5 at "
      "[[sch:St Serf's RC Primary]]. Everything we've built is built round Mrs [[p:Lafferty]], his PSA. "
      "{{The Promise|law}} says care-experienced weans need relationships that last. This does the opposite."),
    # 012 edited: reworded opening and closing
    R("parent", "Dear Councillors, I am a mum of two and I've never written to the council before. "
      + " ".join(S[1:5]) + " Please, please think about what this means for the weans, not just the budget.",
      C, "edited"),
    # 013 charity
    R("charity", "{{Scottish Autism|org}} is concerned that the proposal was published without a "
      "{{Children's Rights and Wellbeing Impact Assessment|law}}, which the "
      "{{UNCRC (Incorporation) (Scotland) Act 2024|law}} now makes essential. The families who contact our "
      "{{Advice Line|org}} most often describe the loss of a trusted adult as the trigger for "
      "{{school-based anxiety|med}} and attendance breakdown. We recommend families contact {{Enquire|org}} for "
      "advice on their rights, including their right to refer a {{Co-ordinated Support Plan|term}} dispute to the "
      "{{Health and Education Chamber|tribunal}} of the {{First-tier Tribunal for Scotland|tribunal}}."),
    # 014 one word
    R("parent", "No."),
    # 015 Gaelic-speaking mother from Lewis
    R("parent", "I grew up on {{Lewis|placename}}. My son [[p:Ruairidh]] is in the Gaelic-medium class at "
      "[[sch:Bun-sgoil Ghàidhlig Inbhir Leamhain]] and his PSA is one of three Gaelic-speaking support staff in the "
      "council. A cluster pool won't have one. [[em:mairi.macaulay@example.org]]\n{{Tapadh leibh|gaelic}}, "
      "[[p:Màiri NicAmhlaigh]]"),
    # 016 edited: partial template and own text
    R("parent", S[0] + " " + S[2] + " " + S[3] + " My daughter had four different adults in one week during "
      "the last staff shortage and by the {{Friday|date}} she had stopped eating at school. It took her a month to "
      "come back from that. " + S[5], C, "edited"),
    # 017 blank
    R("parent", ""),
    # 018 capitals
    R("parent", "SEE THIS. MA LASSIE [[p:AVA]] IS IN S2 AT [[sch:AUCHTERLEVAN HIGH]] AN HER PSA IS THE ONLY REASON "
      "SHE GOES IN. {{CEREBRAL PALSY|med}}, NEEDS HELP TAE THE TOILET, UNDER {{THE SICK KIDS|hosp}} "
      "([[hosp:RHCYP 4410982]]). YOU WANT SOME STRANGER FAE ANOTHER SCHOOL DAEIN THAT? AWAY AN RAFFLE "
      "YERSELVES.\n[[p:GARY BAIN]]"),
    # 019 edited: personal paragraph at the end
    R("parent", " ".join(S[:4]) + " My son [[p:Rory-James]] is in P1 and his PSA, "
      "Mrs [[p:Kowalczyk]], is the only person outside the family he will hold hands with. You can follow what "
      "we've been through on my page, [[sh:facebook.com/levenbank.mum.kirsty]].", C, "edited"),
    # 020 school nurse
    R("school nurse", "School nurse, {{NHS Fife|org}}. Support assistants in my schools do {{gastrostomy|med}} "
      "feeds, help with {{Type 1 diabetes|med}} and give {{buccal midazolam|med}}, all trained to one child's care "
      "plan. I can't sign off a pool worker who has never met the child."),
]
