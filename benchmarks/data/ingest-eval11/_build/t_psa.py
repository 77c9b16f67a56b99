"""psa-allocation: Strathlorne Council (fictional, west of Scotland) proposes a new Support Staff Allocation
Model: individual pupil support assistant (PSA) allocations replaced by cluster 'inclusion pools' assigned by a
needs matrix, with 46 full-time-equivalent PSA posts cut over two years (about 1.4 million pounds). ASN terms:
CSP, ASN base, GIRFEC, the 2004 Act."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "PSA", "psa-allocation"
C = "psa-support-not-cuts"

TPL = ("I am writing to oppose {{Strathlorne Council|inv}}'s plan to cut pupil support assistant posts and replace "
       "individual support with cluster pools. Pupil support assistants are the people who get children with "
       "additional support needs through the school day: they know the signs of distress, they manage personal "
       "care, and they make it possible for children to learn in a mainstream class. A pool of staff moving "
       "between schools cannot build that trust. Under the {{Education (Additional Support for Learning) "
       "(Scotland) Act 2004|law}} the council has a duty to meet each child's needs, and a needs matrix cannot "
       "see a child the way the adult beside them does. Please withdraw the proposal and protect every pupil "
       "support assistant post in our schools.")
S = sents(TPL)

ITEMS = [
    # 001 pupil support assistant, Glasgow Scots
    R("school staff", "Ah've been a {{PSA|role}} seventeen year. The wee boy ah'm wi' this year, [[p:Brodie]], "
      "cannae cope wi' the dinner hall, so ah take him oot early and we dae lunch in the {{nurture room|term}}. "
      "That's no in any matrix. Put me in a pool across three schools and he'll be under a table by "
      "{{Wednesday|date}}. {{It's a pure scandal|scots}}."),
    # 002 head teacher, school as an institution
    R("school", "{{Inverbrae Primary|venue}} has {{212|num}} pupils, {{38%|num}} with an identified additional "
      "support need. Our allocation would fall from seven {{pupil support assistants|role}} to four. The {{needs "
      "matrix|own}} scores diagnosis and personal care, but most support time goes on distress, which the matrix "
      "barely counts. Delay a year and test it against real timetables.\n{{Head Teacher|role}}"),
    # 003 template
    R("parent", TPL, C, "template"),
    # 004 Ukrainian mother
    R("parent", "My son [[p:Bohdan]] is 9, autism. We come from {{Kharkiv|place}} in {{2022|num}}. At "
      "[[sch:Ardcarnie Primary]] his assistant Mrs [[p:Gillespie]] learn Ukrainian words for him and make pictures. "
      "First time since the war he is calm. In a pool he lose the one person he trust. We live [[fl:flat 0/2]], "
      "[[st:14 Sandbank Street]]. {{Дуже дякую|lang}}."),
    # 005 one word
    R("resident", "Disgraceful."),
    # 006 parent, Co-ordinated Support Plan
    R("parent", "My daughter [[p:Morven]] has a {{Co-ordinated Support Plan|law}}, ref [[acc:STRL/22/0417]], for "
      "{{cerebral palsy|med}} and a visual impairment. She is in the {{ASN base|term}} at [[sch:Dunmorrach "
      "Academy]] and goes to mainstream classes with her {{PSA|role}}, as her {{CSP|term}} requires. A cluster pool "
      "doesn't meet that, and I will go to the {{Additional Support Needs Tribunals for Scotland|org}}. "
      "{{Enquire|org}} have advised me."),
    # 007 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 008 young person, lower case Scots
    R("young person", "am in s3 at [[sch:inverbrae high]] and ave got {{adhd|med}} and {{dyslexia|med}}. ma "
      "{{psa|role}} [[p:kirsty]] sits wi me in maths n english and if she wisnae there ad just walk oot. last year a "
      "different wan came every day and a got excluded twice. dinnae make it like that again"),
    # 009 edited: personal paragraph (son with Duchenne)
    R("parent", " ".join(S[:2]) + "\n\nOur son [[p:Lachlan]] ([[p:Lachie]]) is eleven and has {{Duchenne muscular "
      "dystrophy|med}}. He needs two trained adults to use the hoist and help with toileting, and his PSA has done "
      "the moving and handling course and knows his care plan inside out. He is under the neuromuscular team at "
      "the {{Royal Hospital for Children|hosp}}, number [[hosp:RHC 5520193]]. A stranger from a pool is not going "
      "to lift my son.\n\n" + " ".join(S[2:]) + "\n[[p:Fiona Lennox]], [[ph:0141 496 0872]]", C, "edited"),
    # 010 teachers' union
    R("organisation", "The {{EIS|org}} Local Association for {{Strathlorne|inv}} notes that the number of pupils "
      "with recorded additional support needs in the authority has risen by {{41%|num}} since {{2016|num}}, while "
      "support staff numbers have fallen. The {{Morgan Review|law}} of {{2020|num}} found that additional support "
      "for learning was undervalued and under-resourced; this proposal would deepen that. Teachers cannot deliver "
      "{{GIRFEC|law}} and meet individual needs in classes of thirty without support staff. We also share the "
      "concerns of {{UNISON|org}}, which represents most PSAs, about the loss of contracted hours. We oppose the "
      "proposal."),
    # 011 Hong Kong father
    R("parent", "We moved from {{Hong Kong|place}} on the {{BN(O)|law}} visa. Our daughter [[p:Tsz-ching]] "
      "([[p:Cherry]]), born [[dob:3/5/2016]], is in P5 at [[sch:St Columba's RC Primary]] with {{global "
      "developmental delay|med}}. Her assistant helps her every day. In {{Hong Kong|place}} there was no such "
      "support. Please do not cut.\n[[p:Chan Kwok-wai]]\n[[em:chan.kwokwai(at)example.net]]\n{{多謝|lang}}"),
    # 012 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 013 councillor, near-miss
    R("councillor", "Nobody disputes that pupil support assistants are the people who get children through the "
      "day. But today support goes to whichever school shouts loudest. A needs matrix, applied fairly across "
      "{{Strathlorne|inv}}, is a step forward. Protect the {{ASN bases|term}} and publish the scores.\nCllr "
      "[[p:Alasdair Munro]]"),
    # 014 blank
    R("parent", ""),
    # 015 edited: grandmother, reworded opening and closing
    R("grandparent", "As a granny, and a retired PSA myself, I want to object to {{Strathlorne Council|inv}}'s plan "
      "to cut pupil support assistant posts and replace individual support with cluster pools. "
      + " ".join(S[1:-1]) + " My granddaughter [[p:Kirsteen]] would not be in a mainstream class without hers. "
      "Leave the support staff alone.", C, "edited"),
    # 016 foster carers
    R("foster carer", "As foster carers for the council we look after a boy of eight, [[p:R.M.]], who came to us "
      "through {{Barnardo's|orgp}} with a history of trauma. His {{PSA|role}} is the first adult outside our house he has trusted. Moving "
      "support to a pool would undo two years' work. The council cannot be a {{corporate parent|law}} with one "
      "hand and cut his support with the other."),
    # 017 speech and language therapist
    R("therapist", "I'm a {{speech and language therapist|role}} in schools for {{NHS Ayrshire and Arran|org}}. We "
      "train PSAs to deliver daily programmes: {{Talking Mats|brand}}, {{Signalong|term}}, {{Colourful "
      "Semantics|term}}. I visit monthly; the PSA does the work in between. A rotating pool would need training over "
      "and over, and we haven't the capacity."),
    # 018 exact, one sentence per line
    R("parent", "\n".join(S), C, "exact"),
    # 019 edited: part of the template and own text
    R("parent", " ".join([S[0], S[1]]) + " My son [[p:Arran]] (yes, like the island) is at [[sch:Kilbride "
      "Primary]] and his PSA is the reason he still goes. " + S[-1] + "\n[[p:Catriona McPhail]], [[st:Ardgowan "
      "Place]], [[pc:ka30 9hd]]", C, "edited"),
    # 020 ramble: single mother of twins
    R("parent", "I'll try to keep this short but I probably won't. I'm a single mum of twins, [[p:Struan]] and "
      "[[p:Iona]], who are eight and both at [[sch:Ardcarnie Primary]]. [[p:Struan]] is autistic and [[p:Iona]] has "
      "{{Down's syndrome|med}}, so between them we've had every professional in {{Strathlorne|inv}} through our "
      "door. We live at [[hn:Tigh na Mara]] on [[st:Shore Road]], out past the pier, and I don't drive, so school is "
      "everything.\n\n[[p:Iona]] has a PSA most of the day. She signs with {{Makaton|term}}, she's learned to use "
      "the toilet at school, which took two years, and her PSA Mrs [[p:Docherty]] has never once made her feel like "
      "a problem. [[p:Struan]] gets support in the afternoons when it's busier. When Mrs [[p:Docherty]] was off for "
      "six weeks last year with her knee they sent a different person nearly every day and [[p:Struan]] refused to "
      "go in for a fortnight. So I know what a pool looks like, because we've already had one.\n\nI stopped work to "
      "look after them. Then my {{Carer's Allowance|law}} got stopped for three months because of a mix-up with my "
      "NI number, [[ni:QQ 47 19 02 C]], and I had to use the food bank. I'm telling you that so you know I'm not "
      "someone with time on my hands to write to councils. I'm writing this at midnight.\n\nThe twins went on the "
      "{{Waverley|ship}} with the school in {{June|date}} and [[p:Struan]] talked about it for weeks. He wants to "
      "play for {{Celtic|club}} now. That trip only happened because there were enough PSAs to take the children "
      "who need help.\n\nPlease don't do this. You'll save money on paper and it'll cost more somewhere else, in "
      "exclusions and in folk like me falling apart."),
]
