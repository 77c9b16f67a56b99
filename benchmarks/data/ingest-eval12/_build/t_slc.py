"""slc-base: Carnog County Borough Council / Cyngor Bwrdeistref Sirol Carnog (fictional, south Wales valleys)
proposes to close the Treforgan Language Centre (Canolfan Iaith Treforgan), a specialist resource base for 16
children aged 7-11 with developmental language disorder at Treforgan Primary School, from September 2026.
Children would return to their local schools with a Speech, Language and Communication Outreach Team and
cluster ALN funding; every IDP would be reviewed. Saving about £380,000 a year."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "SLC", "slc-base"
C = "slc-every-child-heard"

TPL = (
    "We are parents, grandparents and former pupils of the {{Treforgan Language Centre|own}}. "
    "Our children have developmental language disorder. "
    "Before they came to the Centre, many of them could not make themselves understood, and some had stopped "
    "trying. "
    "In small classes with a specialist teacher and a speech and language therapist in the room every week, they "
    "learned to talk, to read and to make friends. "
    "An outreach visit once a half term cannot do that. "
    "{{Every child deserves to be heard|slogan}}. "
    "We ask {{Carnog County Borough Council|inv}} to keep the Centre open, to review every {{IDP|term}} with the "
    "family before any move, and to publish how the outreach team will be staffed."
)
S = sents(TPL)


def loose(s):
    return s.replace(". ", ".  ").replace(", ", " , ")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 wholly in Welsh
    R("parent", "Mae fy mab [[p:Gethin]] wedi bod yn y Ganolfan ers dwy flynedd. Cyn hynny doedd e ddim yn siarad "
      "mewn brawddegau. Nawr mae e'n darllen stori i'w chwaer fach bob nos. Os bydd y Ganolfan yn cau, bydd e'n mynd "
      "yn ôl i [[sch:Ysgol Gynradd Abercarnog]] i ddosbarth o 31. Plis peidiwch. {{Diolch|welsh}}."),
    # 003 ALNCo of a mainstream primary, writing about her own school as an institution
    R("ALNCo", "I am the {{ALNCo|role}} at {{Ysgol Gynradd Blaencarnog|venue}}, a school of 210. We have welcomed "
      "children back from the Centre and it has worked well when they were ready. But under the {{ALN Code|law}} we "
      "must be able to deliver what is in the plan. If a child's {{IDP|term}} says daily small-group language work with "
      "a trained adult, I need the money to employ that adult. The paper does not say how much of the "
      "{{£380,000|num}} saved will reach schools. Until it does, I cannot support this."),
    # 004
    R("resident", "Support."),
    # 005 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 006 speech and language therapist
    R("speech and language therapist", "I am a {{speech and language therapist|role}} with "
      "{{Cwm Taf Morgannwg University Health Board|org}} and have worked in the Centre one day a week for six years. "
      "{{Developmental language disorder|med}} affects around two children in every class. Most do well with good "
      "support in their own school. A small number do not, and those are the children the Centre is for. The paper "
      "says the outreach team will offer 'consultation and advice'. Advice to a busy class teacher is not therapy. "
      "The {{RCSLT|org}} is clear that children with severe DLD need direct, frequent, specialist input. Outreach as "
      "well as the Centre, yes. Not instead of it. I also cover {{Ysgol Gynradd Abercarnog|venue}} "
      "and {{Pantyrhedyn Primary|venue}}, so in practice I would be the outreach team."),
    # 007 former pupil, lower case
    R("young person", "i went to the language centre from year 3 to year 6. before that i couldnt say my own "
      "address and i used to hit people cos they didnt get me. mrs [[p:prosser]] the therapist taught me to say what "
      "i meant. now im 17 doing motor vehicle at [[sch:coleg carnog]]. dont shut it\n[[p:kieran]] snap "
      "[[sh:revhead_kj07]]"),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:4]) + "\n\nOur son [[p:Rhodri]] was born [[dob:22.07.2015]] with "
      "{{Worster-Drought syndrome|med}}. At five he had about twenty words. His plan reference is "
      "[[acc:CCBC/ADY/04417]] and his hospital number at {{Prince Charles Hospital|hosp}} is [[hosp:PCH 5538120]], "
      "where he sees the swallowing team. He is in Year 4 now, and last week he rang his nan on his own for the first "
      "time.\n\n" + " ".join(S[4:]) + "\n\n[[p:Catrin Rees-Howells]]\n[[st:12 Heol y Glyn]], Abercarnog "
      "[[pc:CF44 7RW]]\n[[ph:029 2018 0733]]", C, "edited"),
    # 009 valleys nan
    R("grandparent", "I'm [[p:Mia]]'s nan. Our [[p:Mia]] couldn't say nan till she was six, mun. Two years in "
      "the Centre and now you can't shut her up, {{Duw Duw|dialect}}. She's back in her own school doing tidy. That's "
      "the point, see. Close it and where do the next ones go?\nFrom [[st:Heol Ffynnon]], {{Treforgan|inv}}"),
    # 010 blank
    R("parent", ""),
    # 011 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 012 headteacher of the host school (the consultation's own site)
    R("headteacher", "The {{Treforgan Language Centre|own}} has been part of {{Treforgan Primary School|own}} since "
      "{{1994|num}}. As {{Headteacher|role}} I want to be factual. Centre pupils join our mainstream classes for "
      "assembly, PE, art and play, and our own pupils have gained a great deal from having them here. Our staff have "
      "learned approaches, {{Colourful Semantics|term}} and {{Makaton|term}} (the children know it from {{Mr Tumble|char}}) among them, that we now use across the "
      "school. The governors have not taken a position, but we ask that any decision protects the two specialist "
      "teachers' posts until an outreach team is actually in place."),
    # 013 Syrian mother
    R("parent", "My son [[p:Yamen]] is 9. When we came from {{Homs|place}} in {{2018|num}} he had no words in "
      "Arabic or English. After one year in the Centre he speak both. If he go back to "
      "[[sch:St Illtyd's Catholic Primary]] with 30 children he will stop speaking again. Our home is "
      "[[fl:Fflat 3, Tŷ Glan]], near the school. {{Shukran jazeelan|lang}}."),
    # 014 edited: bilingual reworded opening and closing
    R("parent", "{{Bore da|welsh}}. I'm writing as a dad from {{Abercarnog|inv}}, for myself and my wife. "
      + " ".join(S[1:6]) + " {{Cadwch y Ganolfan ar agor|welsh}}: keep the Centre open, and talk to us before you "
      "move a single child. {{Diolch yn fawr|welsh}},\n[[p:Owain Pritchard]]", C, "edited"),
    # 015 teaching union
    R("organisation", "{{NEU Cymru|org}} (Carnog district) opposes the closure. The Centre employs two qualified "
      "teachers and three {{teaching assistants|role}} with specialist training, offered only 'redeployment where "
      "possible', while the outreach team is to be graded lower. We ask the council to publish its equality impact "
      "assessment and to meet our {{District Secretary|role}}."),
    # 016 a child in the Centre, typed by her mother
    R("young person", "(mum is typing for me)\nMy name is [[p:Kacey]] and I am 10. I like the Centre because "
      "nobody laughs when my words come out muddled. Mrs [[p:Llewellyn]] gives us time. I still belong to "
      "[[sch:Penrhiw Juniors]] and go back there on Fridays. There I used to hide in the toilets at dinner time. Please "
      "don't close it."),
    # 017 exact: doubled spaces, spaces before commas
    R("parent", plain_only(TPL, loose), C, "exact"),
    # 018 near-miss
    R("parent", "An outreach visit once a half term cannot do that, agreed, but neither can a Centre with sixteen "
      "places for a whole county. Fund both."),
    # 019 advice charity
    R("organisation", "{{SNAP Cymru|org}} has supported eleven families with children at the Centre through the "
      "IDP process in the last two years, and three of those cases went to the {{Education Tribunal for Wales|org}}. "
      "Our concern is simple: a plan maintained by the local authority that names the Centre cannot be changed to name "
      "an outreach service without a review in which the child and family take part. We urge the council to set "
      "out how it will do this for each child, as the "
      "{{Additional Learning Needs and Education Tribunal (Wales) Act 2018|law}} requires. We have also written to "
      "{{the Children's Commissioner for Wales|office}}."),
    # 020 edited: three sentences + own text
    R("parent", " ".join(S[2:5]) + " That was my girl exactly. She was in the Centre for two years, she's in Year 9 "
      "now and she gets Bs. I don't care about outreach teams. I care about the next kid.", C, "edited"),
    # 021 parent who supports the change
    R("parent", "Unpopular view maybe. My daughter [[p:Seren]] had two brilliant years in the Centre, but it was a "
      "40-minute taxi each way and she lost every friend in the village. She's back at [[sch:Ysgol Gynradd Cwm Carnog]] "
      "now, in Year 6, and she's a stranger there. If outreach means real help where kids live, I'm for it."),
    # 022 Nepali mother, army family
    R("parent", "{{Namaste|lang}}. My son [[p:Aarav Gurung]] is 8, he has speech and language disorder. He is in "
      "the Centre from {{September|date}}. My husband is army at {{Brecon|place}}, we move many times, this is the "
      "first school that understand him. Please do not close.\n[[em:sunita.gurung at example dot com]], "
      "[[ph:07700900617]], [[pc:CF448RN]]. {{Dhanyabad|lang}}."),
    # 023 retired teacher who helped found the Centre
    R("retired teacher", "I helped set up the Centre in {{1994|num}} with the late [[p:Eirian Vaughan]], the "
      "county's first specialist language teacher. Six children and a portable classroom. Some four hundred "
      "children later, I still get {{Christmas|event}} cards. Outreach existed then too, and it was the first thing cut "
      "whenever money was short."),
    # 024
    R("resident", "{{Chwarae teg|welsh}}, keep it open."),
    # 025 grandad
    R("grandparent", "My grandson [[p:Lewys]] goes to the Centre in the same taxi, [[vr:CU20 WXR]], with the same "
      "driver, [[p:Dai]], for three years. [[p:Dai]] knows not to talk to him till they're past the {{Co-op|org}}. "
      "Nobody in an office would know that. On Sundays I take him to the {{Llanelli Wetland Centre|landmark}} "
      "to see the {{Bewick's swans|species}}, and he tells the wardens their names.\n[[hn:Bryn Hyfryd]], Blaencarnog"),
]
