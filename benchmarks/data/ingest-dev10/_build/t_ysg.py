"""Closing the small rural site of a Welsh-medium primary school (fictional Glannau Teifi County Council /
Cyngor Sir Glannau Teifi, a Ceredigion-like county). Ysgol Bro Alaw has two sites: the Cwmerwyn site (17 pupils,
to close) and the Llanfeidiog site, nine miles down the valley."""
from common import R, each, plain_only, sents

PREFIX = "YSG"
CONSULTATION = "school-site"
CAMP = "ysg-dim-ysgol-dim-pentref"

TPL = ("We are writing to oppose the closure of the {{Cwmerwyn site|inv}} of {{Ysgol Bro Alaw|inv}}. The school is the "
       "last Welsh-medium classroom in the upper valley and the heart of a community where Welsh is still the language "
       "of the farm, the chapel and the shop. Putting four-year-olds on a bus for forty minutes each way along the "
       "{{B4342|road}} in winter is not a reasonable alternative. The council's own figures show the saving is small once "
       "transport costs are counted. Closing the site works against {{Cymraeg 2050|law}} and the council's own "
       "{{Welsh in Education Strategic Plan|law}}. We ask the cabinet to withdraw the proposal and to work with parents, "
       "governors and the community on a model that keeps teaching in the village. {{Dim ysgol, dim pentref|welsh}}.")
S = sents(TPL)

ITEMS = [
    R("parent", TPL, CAMP, "template"),
    R("parent",
      "Mae fy merch [[p:Cadi]] ym Mlwyddyn 1 yn [[sch:Ysgol Bro Alaw]] ar safle Cwmerwyn. Mae hi'n sâl ar y bws yn barod "
      "ar ôl deg munud. Deugain munud? {{Dim diolch|welsh}}. Rydyn ni'n byw yn [[hn:Blaen-nant]], ar y mynydd uwchben y "
      "pentref, a does dim signal ffôn yno. Pwy fydd yn ein ffonio os bydd y bws yn sownd yn yr eira? [[p:Meinir Evans]]"),
    R("resident", each(TPL, str.lower), CAMP, "exact"),
    R("governor",
      "As a governor I understand the budget. 17 pupils on roll, a surplus-place rate of {{58%|num}}, and a per-pupil cost "
      "of {{£11,400|num}} against a county average of {{£5,900|num}}. But {{Estyn|org}} rated the site good in every area "
      "and the {{School Organisation Code 2018|law}} requires the council to weigh the effect on the Welsh language, "
      "not just cost. The language impact assessment is two paragraphs long. It should be redone properly."),
    R("resident", ""),
    R("parent",
      S[0] + " " + S[1] + " " + S[2] + "\n\nOur son [[p:Osian Pryse]] has {{cystic fibrosis|med}} and needs physio "
      "before school and medication at lunchtime. He was born [[dob:12/11/2019]] and has been under the team at "
      "{{Bronglais|hosp}} since he was six weeks old (hospital number [[hosp:BGL 770412]]). At Cwmerwyn the teaching "
      "assistant, [[p:Lowri]], knows exactly what to do. On a forty-minute bus with an escort who changes every term, "
      "nobody will. " + " ".join(S[5:]), CAMP, "edited"),
    R("farmer",
      "Dw i'n ffermio yn [[hn:Fferm Hafod Ucha]] ers 1979. Pan gaeodd ysgol {{Pontrhydfendigaid|place}} aeth y teuluoedd "
      "ifanc i'r dre. Yr un peth fydd yma. {{Cadwch yr ysgol ar agor|welsh}}.\n[[p:Gwilym Hafod]]"),
    R("parent",
      "we moved here from {{Birmingham|place}} 3 yrs ago and our 2 girls learnt {{welsh|langname}} in like 6 months at the little "
      "school, its amazing. the bus to Llanfeidiog would be an hour door to door for us. pls dont do it x\ninsta [[sh:@cwmerwyn_mam]]"),
    R("resident", each(TPL, lambda t: t.replace(",", "").replace("  ", " ")).replace(". ", ".  "), CAMP, "exact"),
    R("teacher",
      "Rwy'n athrawes yn yr ardal ers ugain mlynedd. Dosbarthiadau bach yw cryfder yr ysgol, nid gwendid. Mae plant o "
      "deuluoedd di-Gymraeg yn dod yn rhugl o fewn blwyddyn. Ni fydd hynny'n digwydd mewn dosbarth o 30 lle mae'r iard "
      "yn Saesneg. {{Yn gywir|salut}}, [[p:Eleri Haf Morgan]]"),
    R("organisation",
      "{{Mudiad Meithrin|org}} runs {{Cylch Meithrin Cwmerwyn|org}} in the school hall four mornings a week, with "
      "eleven children this term. If the site closes the cylch loses its home and the pipeline into Welsh-medium "
      "education in the upper valley goes with it. We ask that any decision protects childcare provision in the "
      "village, as the {{Childcare Offer for Wales|law}} depends on it."),
    R("parent",
      "My partner [[p:Grace]] and I are English speakers but chose Welsh-medium for [[p:Dylan]] and [[p:Faith]]. "
      "[[p:Dylan]] is in Year 3 and [[p:Faith]] starts in September. The council keeps saying the bus is 'only' nine miles. It is "
      "nine miles of single track with passing places and sheep. The head, Mrs [[p:Llewelyn]], has been honest that "
      "she cannot promise an escort. Have you driven it in February? Come and try."),
    R("resident", "Close it. The money is better spent at {{Llanfeidiog|inv}}. People say closing the site works against "
      "{{Cymraeg 2050|law}}, but a bigger school with a proper Welsh-medium staff room is better for the language "
      "than two teachers on their own. Sorry but it's true."),
    R("chapel",
      "Mae {{Capel Bethel|church}} yn defnyddio'r ysgol ar gyfer Ysgol Sul a'r Gymanfa Ganu. Mae'r ysgol a'r capel yn "
      "cynnal ei gilydd. Nid adeilad yn unig yw hi. {{Diolch yn fawr|welsh}}."),
    R("parent", each(TPL, str.upper), CAMP, "exact"),
    R("grandparent",
      "My grandson [[p:Tomos]] is one of the 17. His mother works at the {{Co-op|org}} in {{Aberaeron|place}} and "
      "drops him at 8.20 in her car ([[vr:CN70 WYB]]), which she can do because the school is on her way. If he is on a bus at 7.50 from the bottom "
      "of our lane she will have to go part-time. These things are not in the report. [[p:Eirwen Jenkins]], "
      "[[hn:Bryn Haul]], Cwmerwyn [[pc:SA48 7RN]]"),
    R("bus operator",
      "{{Teifi Valley Coaches|org}} currently runs the school contract between the two villages. For clarity: the "
      "route as proposed is 9.3 miles and our timing is 34 minutes in good weather. In snow the {{B4342|road}} past "
      "{{Rhos Helyg|inv}} is not gritted as a priority route and we would not run. The council should plan for that."),
    R("resident",
      "Ysgol fach, cymuned fawr. Keep it open. [[p:Ifan Siop]] (the shop)"),
    R("parent",
      "Born and bred here, now raising our three here. {{Dim ysgol, dim pentref|welsh}}. The school is where we hold the "
      "{{Eisteddfod|event}}, the harvest supper and the {{Urdd|org}} rehearsals. My eldest, [[p:Mabli]], won with the "
      "recitation last year at the {{Urdd Eisteddfod|event}} in {{Meifod|place}}. Small schools do that."),
    R("resident",
      S[0] + " " + S[3] + " " + S[4] + " Speaking as someone whose family has farmed at [[hn:Penrhiw]] for four generations: the "
      "village has already lost the post office and the pub. The council must count the cost of closure, not only "
      "the saving. " + S[5] + " Please, listen to the people who live here.", CAMP, "edited"),
    R("council officer", "n/a - officer response submitted separately"),
    R("parent",
      "Hi, my son [[p:Rhys]] is 4 and has {{autism|med}}. He can't cope with noise and a coach full of bigger children "
      "would be very hard. The report says 'reasonable adjustments'. What adjustments? His NHS number is [[nhs:9995273799]]. Please call me on "
      "[[ph:029 2018 0733]] or email [[em:seren.rhys at example dot net]]. [[p:Seren Bowen]]"),
    R("resident",
      "Mae'r cyngor wedi penderfynu'n barod. Gwastraff amser yw'r ymgynghoriad hwn. {{Twt lol|welsh}}."),
    R("parent",
      "I'm writing as a Welsh learner. I came from {{Nottingham|place}} to work at {{Aberystwyth University|org}} and "
      "the school is how our family joined the village. The headteacher is wonderful. I agree the council has to save "
      "money, but please look at the federation option before closure. [[p:Harriet Mwale]], [[st:Heol y Gelli]]"),
    R("community council",
      "{{Cyngor Cymuned Cwmerwyn|inv}} resolved unanimously to oppose the closure. The school building is also our "
      "polling station and the only hall with disabled toilets. We ask for a community asset transfer if the site "
      "closes. Clerk: [[p:Dafydd ap Rhys]], [[em:clerc.cwmerwyn@example.org]]"),
]
