"""hydrotherapy-pool: Slievegarran and Bann Borough Council (fictional, Northern Ireland) proposes to close the
hydrotherapy pool at Carnmore Leisure Centre after its heating and filtration plant failed (repairs put at 1.2
million pounds), offering 'Warm Water Sessions' in the teaching pool instead. Two special schools use the pool
as part of provision in pupils' statements of special educational needs."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "HYD", "hydrotherapy-pool"
C = "hyd-keep-the-warm-water"

TPL = ("Please do not close the hydrotherapy pool at {{Carnmore Leisure Centre|own}}. It is the only pool of its "
       "kind in the borough that the public can use, and for children with physical disabilities it is not a "
       "leisure extra. Warm water at thirty-four degrees lets stiff muscles relax so that physiotherapy can "
       "actually happen, and many of these children cannot manage a cold main pool at all. Two special schools use "
       "the pool every week as part of the provision set out in pupils' statements, and families use it at "
       "weekends because there is nowhere else within an hour's drive. Sessions in the teaching pool are not the "
       "same. We ask the council to find the money to repair the hydrotherapy pool and keep it open.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 Ulster father
    R("parent", "Thon pool is the only place our [[p:Jonty]] can move without pain. He has {{cerebral "
      "palsy|med}} and he's at [[sch:Glenmount]], and they take him over every {{Tuesday|date}}. The teaching pool "
      "is far too cold for him, he'd be blue in five minutes. {{Catch yersels on|dialect}}, the lot of yous. Find "
      "the money."),
    # 003 Lithuanian mother
    R("parent", "Hello, I am [[p:Rasa Kazlauskienė]], my daughter [[p:Austėja]] is 10 and has {{spina "
      "bifida|med}}. Hydrotherapy is the only exercise she can do, in the water she is very happy and she can move "
      "her legs. We drive 40 minutes from our house on [[st:Moyle View]]. Please do not close, there is no other "
      "pool for her. My phone [[ph:+44 28 9649 6274]]. {{Ačiū|lang}}."),
    # 004 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 005 paediatric physiotherapist
    R("therapist", "I am a {{paediatric physiotherapist|role}} with the {{Northern Health and Social Care "
      "Trust|org}}. We use the council's pool for about {{30|num}} children with {{cerebral palsy|med}}, {{juvenile "
      "idiopathic arthritis|med}} and {{Duchenne muscular dystrophy|med}}. At 34 degrees we get movement we cannot "
      "get on land; at 31 in the teaching pool most will be too cold to benefit. {{Halliwick|term}} sessions by "
      "{{Carnmore Dolphins|club}} depend on it too."),
    # 006 one word
    R("resident", "No."),
    # 007 edited: personal paragraph (daughter with Angelman syndrome)
    R("parent", " ".join(S[:3]) + "\n\nOur daughter [[p:Caoimhe]] is seven and has {{Angelman "
      "syndrome|med}}. She attends [[sch:Rathbeg School]] and hydrotherapy is written into her statement, reference "
      "[[acc:EA/0441872]]. Her health and care number is [[nhs:999-908-1002]] if anyone wants to check her physio "
      "notes.\n\n" + " ".join(S[3:]) + "\n[[p:Siobhán Quinn]]", C, "edited"),
    # 008 disability swimming club
    R("club", "{{Carnmore Dolphins|club}} is a swimming club for disabled children, {{54|num}} members, training in "
      "the hydro pool on {{Saturday|date}} mornings. Swimmers have gone on to {{Special Olympics Ulster|org}}. Our "
      "head coach, [[p:Gordon Scullion]], has offered to help find grant funding. Please give us time before closing "
      "the pool.\n{{Hon. Secretary|role}}"),
    # 009 principal of a special school, as an institution
    R("school", "I write as {{Principal|role}} of {{Rathbeg School|venue}}, a special school for {{112|num}} pupils "
      "with severe and complex needs. Hydrotherapy is in many of our pupils' statements, and the {{Education "
      "Authority|org}} funds our transport to the pool. If it closes, the Authority must find provision elsewhere, "
      "probably in {{Belfast|place}}, at far greater cost. Please talk to the Authority first."),
    # 010 young person, lower case
    R("young person", "im 17 and i have {{cp|med}} and ive been going to hydro since i was 4. [[sch:glenmount]] "
      "takes us on a {{tuesday|date}} and its the only time in the week my legs dont hurt. the big pool is freezing "
      "and full of wee lads bombing in. please dont close it\n[[p:shauna]] [[sh:@hydro_girl_07]]"),
    # 011 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 012 Portuguese father
    R("parent", "Good evening. I am from {{Portugal|place}}, living in [[fl:Apartment 2, Linen Mill]] nine years, I "
      "work in the meat factory. My son [[p:Tiago]] is 12, he have {{muscular dystrophy|med}}, statement number "
      "[[acc:EA-2209913]]. The physio say hydro pool help him stay walking longer. No other pool, no money for "
      "private. Please keep. {{Obrigado|lang}}."),
    # 013 resident, near-miss
    R("resident", "I accept that for children with physical disabilities it is not a leisure extra. But {{£1.2 "
      "million|num}} for one small pool, when the main pool's changing rooms are falling apart and the rates went "
      "up again this year? The council should ask the {{Health Trust|org}} to pay for it, since it is really a "
      "health service."),
    # 014 edited: grandmother, reworded opening and closing
    R("grandparent", "I'm a granny from {{Ballykeelan|inv}} and I'm begging yous, please do not close the "
      "hydrotherapy pool at {{Carnmore Leisure Centre|own}}. " + " ".join(S[1:-1]) + " My grandson [[p:Rónán]] "
      "goes every {{Saturday|date}} and it's the highlight of his week. Fix it and keep it open.", C, "edited"),
    # 015 blank
    R("parent", ""),
    # 016 retired teacher
    R("resident", "I taught in special schools for thirty-one years, most of them at {{Glenmount School|venue}}. "
      "The hydro pool opened in {{1994|num}} after a ten-year campaign by parents. Don't lose it for the sake of a "
      "boiler. The {{National Lottery Community Fund|org}} and the {{Department for Communities|org}} give grants "
      "for exactly this."),
    # 017 charities, joint response
    R("organisation", "{{Disability Action|org}} and the {{Children's Law Centre|org}} submit this joint response. "
      "The council is a public authority under {{Section 75|law}} of the {{Northern Ireland Act 1998|law}} and must "
      "have due regard to equality of opportunity for people with disabilities. The consultation contains no "
      "equality screening of the closure. The {{Special Educational Needs and Disability Act (Northern Ireland) "
      "2016|law}} places duties on the {{Education Authority|org}} to secure the provision in a child's statement; "
      "where that provision depends on a council facility, the council should work with the Authority. We have "
      "written to the {{Commissioner for Children and Young People|office}} asking for a review of the proposal."),
    # 018 edited: part of the template and own text
    R("parent", " ".join([S[0], S[1], S[4]]) + " My son [[p:Eoin]] goes with the {{learning support "
      "centre|term}} at [[sch:St Malachy's PS]] and it is the only swimming he can do. " + S[-1], C, "edited"),
    # 019 ramble: mother of a daughter with cerebral palsy
    R("parent", "Our daughter [[p:Shannon]] is 14 and has {{spastic quadriplegic cerebral palsy|med}}, and "
      "she's in pain most days. She was born [[dob:2 February 2011]] at the {{Royal Jubilee Maternity|hosp}}, ten weeks "
      "early, and she has been in and out of the {{Royal Belfast Hospital for Sick Children|hosp}} ever since. Her "
      "number there is [[hosp:RBHSC 0418826]]. She had both hips done at {{Musgrave Park|hosp}} last year and we stayed in {{Ronald McDonald House|orgp}}.\n\nWe "
      "live out at [[hn:Rathmore Cottage]] on [[st:Tullynagee Road]], between {{Ballykeelan|inv}} and "
      "{{Drumaghee|inv}}, and the pool is twenty minutes away. Anywhere else with a hydro pool is over an hour, and "
      "[[p:Shannon]] can't sit in the car that long without screaming.\n\nIn the water she is a different girl. She "
      "laughs. She kicks. Her physio says it's the only time her muscles let go properly. We go on a "
      "{{Sunday|date}} morning, her daddy and me, and it's the one family thing we can do together. Her wee brother "
      "comes too and they splash each other like any other kids. I gave up work for her, and even the {{Carer's "
      "Allowance|law}} took five months because they had my NI number, [[ni:QQ 83 02 56 A]], on two records. She goes with [[sch:Glenmount School]] on a "
      "{{Tuesday|date}} as well, and her statement says she needs hydrotherapy. If you close the pool, is the "
      "{{Education Authority|org}} going to drive her to {{Belfast|place}} every week? I don't think so.\n\nLast "
      "month we got a parking ticket at the leisure centre with the blue badge on show. The car is [[vr:KFZ "
      "2318]], look it up. It got cancelled but it tells you how the place is run.\n\nWe took her to {{Titanic "
      "Belfast|landmark}} for her birthday and she loved it, but do you know what she asked for on the way home? "
      "The pool. Find the money. You found it for the new 3G pitches.\n[[p:Lorraine McKeown]], [[pc:bt53 8qw]]"),
    # 020 SENCO in a mainstream primary
    R("school staff", "I am {{SENCO|role}} in a mainstream primary in {{Ballykeelan|inv}}. [[p:Cathal]], in P5, has "
      "a statement including fortnightly hydrotherapy. Since the pool closed in {{November|date}} he has had "
      "nothing and his walking is worse. At his {{annual review|term}} in {{March|date}} I will have to report that "
      "his statutory provision was not delivered."),
]
