# Cwm Aran County Borough Council / Cyngor Bwrdeistref Sirol Cwm Aran (fictional, south Wales valleys):
# a new ALN home-to-school transport policy and a new IDP (Individual Development Plan) process.
# Welsh-language and bilingual voices.
from common import R

PREFIX = "ALN"
CONSULTATION = "aln-transport"

ITEMS = [
    R("parent",
      "Mae fy merch [[p:Efa]] yn Blwyddyn 4 yn [[sch:Ysgol Gynradd Glanrhyd]] ac mae ganddi {{CDU|send}}. My daughter Efa "
      "is in Year 4 and she has an IDP. The new policy says the taxi will only come if the IDP names transport. Hers "
      "doesn't because nobody told us to ask. So from September she loses the taxi? {{Chwarae teg|welsh}}. That is not "
      "fair and it is not what the {{ALNET (Wales) Act 2018|law}} says.".replace("My daughter Efa", "My daughter [[p:Efa]]")),
    R("parent", "Na."),
    R("ALNCo",
      "Ymateb gan {{Ysgol Bro Aran|venue}}. As the school's {{ALNCo|role}} I support a clearer IDP process but the "
      "timescales proposed are not realistic. We currently hold 112 IDPs. Moving every transport decision into the "
      "{{IDP|send}} means every one of them needs a review meeting before July. {{Person-centred practice|send}} takes "
      "time, and the {{one-page profile|send}} is not a transport assessment. We would ask the council to follow the "
      "{{ALN Code for Wales 2021|law}} and keep transport decisions with the {{Transport Unit|service}}."),
    R("parent",
      "The only reason my son gets to school calm is the taxi escort [[p:Bev]]. She sings the {{Sali Mali|char}} song to him the whole way up the "
      "valley past {{Merthyr|place}}. If you put him on a minibus with 12 other kids and a different escort every week he will be in crisis by "
      "the time he gets there. Don't fix what is working."),
    R("young person",
      "I'm 17 and in Year 12. I have {{cerebral palsy|med}} and I use a powerchair. I would actually like "
      "{{travel training|send}} so I can get the train to college in {{Cardiff|place}} like my friends, the same ones who went on the school trip to {{Paris|placename}} without me, but nobody has "
      "ever offered it. The consultation only talks about taxis. Ask us what we want. {{Diolch|welsh}}"),
    R("parent",
      "Mae'r broses newydd yn rhy gymhleth. {{Hen bryd|welsh}} i'r cyngor wrando. Mae fy mab [[p:Gruffudd]] yn 11 ac yn mynd i [[sch:Ysgol Gyfun Cwm Aran]] ym "
      "mis Medi. Does neb wedi egluro pwy fydd yn penderfynu am y tacsi. Rydyn ni'n byw ar fferm, [[hn:Tyddyn Isaf]], "
      "bedair milltir o'r ffordd fawr. Heb dacsi, does dim ysgol. {{Diolch yn fawr|welsh}}, [[p:Dafydd ap Rhys]]"),
    R("parent",
      "ma son hasnt had a proper taxi since sept. they keep sending different drivers and he wont get in. rang the "
      "transport line 6 times. nobody rings back. we live in [[fl:flat 9b, Maes y Dderwen]] top of the hill no bus. this new policy better fix that or whats the point"),
    R("parent",
      "WHY SHOULD MY DAUGHTER HAVE TO PROVE SHE NEEDS A TAXI EVERY YEAR. SHE HAS {{SPINA BIFIDA|med}}. IT IS NOT GOING TO "
      "GET BETTER. [[p:CHARLOTTE]] HAS BEEN ASSESSED MORE TIMES THAN I CAN COUNT. STOP WASTING MONEY ON FORMS."),
    R("parent",
      "I am mother of [[p:Yonatan]], he is 9, he is from {{Eritrea|place}} with me. He has {{autism|med}} and he is at "
      "[[sch:Ysgol Pen-y-Waun]] in the special class. The letter about IDP was only English and Welsh, I speak "
      "{{Tigrinya|lang}}. My neighbour read it for me. Please next time use interpreter. {{Yekenyeley|lang}}. "
      "[[p:Mebrat Haile]]"),
    R("parent",
      "Sou brasileira, sorry my English. My son [[p:Rio]] is 6, he have {{Down syndrome|med}} and heart problem. He "
      "goes in the taxi with oxygen. His number at {{Noah's Ark Children's Hospital|hosp}} is [[hosp:NA 773104]]. The new rules say the escort must be trained in medicine but who trains? I want "
      "answer before I sign anything. {{Obrigada|lang}}. [[p:Luana Ferreira Costa]], phone [[ph:029 2018 0517]]"),
    R("councillor",
      "As the member for {{Glanrhyd|inv}} I have been contacted by 23 families. The policy moves discretion from the "
      "{{Transport Unit|service}} to school-based IDP meetings without any extra money for schools. I will be opposing it "
      "at {{Cabinet|role}}. I have also written to the {{Cabinet Member for Education|role}}. Cllr [[p:Meinir Pugh-Jenkins]], {{Plaid Cymru|org}}"),
    R("occupational therapist",
      "On behalf of the paediatric occupational therapy service, {{Cwm Taf Morgannwg University Health Board|org}}. "
      "Seating and harness assessments for transport are currently done by our team. The consultation does not say "
      "who will do them under the new policy. Children using {{Hi-Lo|brand}} chairs or {{Leckey|brand}} seating need "
      "vehicles that can take them safely."),
    R("grandparent",
      "Dw i'n daid. Fy ŵyr [[p:Osian]] sy'n byw gyda ni yn [[hn:Bryn Eithin]], [[pc:cf45 4rt]]. Mae e'n ddall. My grandson "
      "[[p:Osian]] is blind and the new policy says pupils within 2 miles walk. Two miles on the {{mountain road|route}} with a "
      "cane? Who wrote this?"),
    R("parent carer forum",
      "The {{Cwm Aran Parent Carer Forum|inv}} consulted 64 families. 81% said they had never been told that transport "
      "could be written into an IDP. 70% said IDP meetings happened without them. We ask the council to publish a "
      "plain-language guide in Welsh and English, to fund independent advice through {{SNAP Cymru|charity}}, and to "
      "make clear how families can appeal to the {{Education Tribunal for Wales|org}}."),
    R("parent", "Taxis late every day. Sort it."),
    R("parent",
      "Last Tuesday the taxi [[vr:CF21 ZRT]] turned up 40 minutes late and the driver was on his phone the whole way. "
      "My daughter has {{epilepsy|med}}. I have complained with photos. Before you change the policy, enforce the one you "
      "have."),
    R("parent",
      "My son's IDP reference is [[acc:IDP-CA-04417]]. It has said since Year 2 that he needs transport with an escort "
      "because of his {{PDA|med}} profile. The new form asks me to prove it again. I have done this four times. "
      "Please read the file before you send me more forms. The ALNCo, Mr [[p:Vaughan]], agrees with me."),
    R("parent",
      "Rwy'n cefnogi'r syniad ond mae angen i'r cyngor siarad â rhieni. Ring me on [[ph:029 2018 0392]] or email "
      "[[em:huw.bevan.cwmaran@example.net]]. [[p:Huw Bevan]]"),
    R("parent", "n/a"),
    R("teacher",
      "Athrawes ydw i mewn uned ADY. Many of our pupils use {{Makaton|therapy}} and {{Signalong|therapy}} and cannot tell "
      "a new driver what is wrong. The continuity of drivers and escorts matters more than the type of vehicle. Please "
      "keep the same crews on the same routes. The bus along the {{A4059|road}} is no use to them."),
    R("parent",
      "{{Jó napot|lang}}. I am Hungarian, living here eight years, first in {{Swansea|place}}. My son [[p:Bence]] is in Year 8 at [[sch:Ysgol Gyfun Cwm Aran]] "
      "and he has {{dyslexia|med}} and anxiety. He gets a bus pass now and that is enough, but friend's child lose "
      "the taxi last year and nobody explain why. Decisions must be written down with reasons. {{Köszönöm|lang}}."),
    R("foster carer",
      "We foster through the local authority. Our foster daughter [[p:Hope]] started at [[sch:Ysgol Bryn Derw]] in "
      "September. Her IDP is still held by her previous council in {{England|place}} and has not been transferred, so "
      "under the new policy she would have no transport at all. Children who are {{looked after|send}} move more than "
      "anyone. The policy needs a section for them."),
    R("parent",
      "I have read all 46 pages. Here is what it actually means. Right now if your child is in a special school the "
      "council gives transport. Under the new policy it only gives transport if the IDP says so, and the IDP is written "
      "by the school, and the school is told to keep the cost down. That is the council marking its own homework. "
      "My daughter [[p:Seren]] is 14 and has {{Rett syndrome|med}} and she is at [[sch:Bryn Derw]], the special "
      "school, an hour round trip. I drive her most days now because the taxi has been cancelled so often. I have a "
      "job, or I had one. I am on {{Carer's Allowance|law}} now, NI [[ni:qq 70 33 19 d]]. I lost it in March because I was late every day. Her dad works away. We are in [[st:Heol y Nant]], "
      "right at the top where the bus does not go. I will fight this at the Tribunal if I have to, and I know other "
      "parents will too. The council could save more by not re-tendering the contracts every year to the cheapest "
      "firm. [[p:Rhiannon Lloyd]]"),
    R("transport operator",
      "{{Valley Cabs Ltd|org}} holds four of the current contracts. We support longer contracts, which would let us "
      "keep the same driver and escort on each route. Escorts need {{PMLD|med}} and epilepsy training and we are happy to "
      "fund it if contracts run for three years rather than one."),
    R("parent", ""),
]
