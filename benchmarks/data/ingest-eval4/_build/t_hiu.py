"""hearing-unit: closing the Hearing Support Centre (Canolfan Clyw) at Ysgol Maes Hafren
(fictional Elenydd County Council / Cyngor Sir Elenydd, mid Wales; Welsh and bilingual voices)."""
from common import R, each, plain_only, sents

PREFIX = "HIU"
CONSULTATION = "hearing-unit"
CAMP = "hiu-save-the-hearing-centre"

T = ("I am writing to oppose the closure of the {{Hearing Support Centre|own}} at {{Ysgol Maes Hafren|own}}. "
     "For more than thirty years the centre has given deaf children in {{Elenydd|inv}} a place where they are taught by qualified {{Teachers of the Deaf|role}}, can sign with their friends and still learn alongside hearing pupils. "
     "Sending these children back to their local schools with a visiting teacher once a fortnight is not inclusion. "
     "It is isolation. "
     "Many deaf children will be the only deaf pupil in their school, with no one to sign to at break time. "
     "The council has not said how it will provide {{BSL|lang}} or {{radio aid|send}} support in every classroom. "
     "Keep the centre open and invest in it. "
     "{{Achubwch y Ganolfan Clyw|welsh}}!")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", each(T, str.lower), CAMP, "exact"),
    R("parent", plain_only(T, lambda s: s.replace(",", "").replace(" ", "  ")), CAMP, "exact"),
    R("parent", "{{Annwyl Gyngor|welsh}}, rwy'n gwrthwynebu cau'r {{Ganolfan Clyw|own}}. I am a Welsh-speaking parent and I am writing to oppose this closure in both languages. " + " ".join(S[1:6]) +
      " {{Mae ein plant yn haeddu gwell|welsh}}. {{Yn gywir|welsh}}, [[p:Heledd Vaughan]]", CAMP, "edited"),
    R("parent", " ".join(S[:4]) + "\n\nOur son [[p:Cai Lloyd-Jenkins]] (ganwyd [[dob:21.06.2015]]) has a profound loss and two {{cochlear implants|med}}. He is in Year 4 at the Centre. "
      "Before the Centre he was at [[sch:Ysgol Gynradd Pant-y-Dderwen]] and he spent two years sitting alone at playtime. NHS number [[nhs:999 307 2257]], if the council wants to check his audiology. " + S[-2], CAMP, "edited"),
    R("parent", "Mae fy merch [[p:Elin]] yn y {{Ganolfan Clyw|own}} ers pedair blynedd. Mae hi'n defnyddio {{BSL|lang}} a Chymraeg. Yn yr ysgol leol, fydd neb yn gallu arwyddo efo hi. "
      "{{Peidiwch â chau'r Ganolfan|welsh}}. Mae'n {{warth|welsh}}. [[p:Sioned ap Dafydd]], [[st:Lôn y Felin]], {{Llanidloes|place}}"),
    R("Teacher of the Deaf", "I have been a {{Teacher of the Deaf|role}} in {{Elenydd|inv}} for 22 years. The peripatetic model in the proposal gives each child about 45 minutes a fortnight. "
      "That is enough to check a {{radio aid|send}}, not to teach language. Children with {{auditory neuropathy|med}} or {{Usher syndrome|med}} need daily specialist input. I would be happy to give evidence to {{Scrutiny|role}}."),
    R("young person", "im deaf n i go to the centre. at my old skool no1 could sign n i had no mates. here i got loads. if u close it ill be on my own again. pls no. [[sh:@deaf_and_proud_07]] on insta"),
    R("parent", "Sending these children back to their local schools would actually suit us. Our daughter [[p:Ffion]] travels 50 minutes each way to the Centre and she is exhausted. "
      "She has a mild loss and hearing aids and I think she would manage at our village school with the right support. But I know for the signing children it's different."),
    R("parent", "We are Syrian family, came to {{Aberystwyth|place}} in 2017. My son [[p:Omar]] is deaf from birth. In {{Syria|place}} no school for him. Here the Centre teach him {{BSL|lang}} and English and little Welsh. "
      "He is happy. Please do not close. {{Shukran|lang}}. [[p:Rania Al-Khatib]]"),
    R("parent", ""),
    R("headteacher", "As {{Pennaeth|welsh}} / {{headteacher|role}} of {{Ysgol Maes Hafren|own}}, I must be careful, as the {{governing body|role}} has not yet agreed its response. "
      "I will say this: the {{Hearing Support Centre|own}} is part of our school's identity. Hearing pupils learn to sign. Our {{Eisteddfod|event}} has a signed choir. That is inclusion."),
    R("grandparent", "We farm at [[hn:Penrhiw Uchaf]] above {{Rhayader|place}}, [[pc:ld6 5qt]]. Our grandson is deaf and goes to the Centre on the school taxi. "
      "His local school has 23 pupils and no one who signs. Closing the Centre means he will be the only deaf child for miles. Please think again."),
    R("councillor", "Fel cynghorydd dros ward {{Trefelin|inv}}, rwy'n gwrthwynebu'r cynnig. As councillor I oppose the proposal. The {{Cabinet Member for Education|role}}, Cllr [[p:Gareth Pryce-Morgan]], has promised a full {{equality impact assessment|law}}; "
      "it has not been published. Cllr [[p:Meinir Rhys]], [[em:meinir.rhys.cllr@example.org]]"),
    R("organisation", "The {{National Deaf Children's Society|org}} ({{NDCS Cymru|org}}) opposes the closure. Under the {{Additional Learning Needs and Education Tribunal (Wales) Act 2018|law}}, each child's {{IDP|send}} must set out the provision they need. "
      "The council cannot close the Centre until every affected {{IDP|send}} has been reviewed. We also note the {{Welsh Language Standards|law}} apply to {{BSL|lang}}-Welsh interpreting."),
    R("audiologist", "As a paediatric {{audiologist|role}} covering {{Bronglais|hosp}} and outreach clinics, I see the Centre's children every year. Their listening environments are excellent: acoustic treatment, soundfield systems, small groups. "
      "A mainstream classroom with 30 children and a hard floor is a very different thing."),
    R("parent", "THE CENTRE SAVED MY SON. SHAME ON {{CYNGOR SIR ELENYDD|inv}}. KEEP IT OPEN!!!"),
    R("parent", "{{Cytuno|welsh}}."),
    R("teaching assistant", "I'm a {{Communication Support Worker|role}} at the Centre. I sign for six children; two of them, [[p:T.]] and [[p:M.]], have {{Pendred syndrome|med}} and are losing more hearing every year. "
      "They need adults around them who sign fluently. A visiting teacher is not that."),
    R("step-parent", "I'm stepmum to [[p:Nia]], 10, who goes to the Centre. We live in [[fl:Fflat 2, Tŷ Hafren]] in {{Welshpool|place}} and don't drive. If you close it, she goes to [[sch:Ysgol Gynradd Cae Glas]], where nobody knows {{BSL|lang}}. "
      "Her dad works away. Call me on [[ph:029 2018 0734]]."),
    R("parent", "I don't normally do consultations. I'm writing because the letter came home in [[p:Macy]]'s bag on a {{Friday|date}} with a deadline of the following {{Monday|date}}, and because I've just spent the weekend reading it. "
      "[[p:Macy]] is 8. She was born with a moderate-to-severe loss and got her hearing aids at eight weeks old. We moved to {{Newtown|place}} from {{Shrewsbury|place}} so she could go to the Centre. "
      "She is bilingual, English and {{BSL|lang}}, and she's learning Welsh with everyone else. She's in the choir. She has a best friend, [[p:Seren]], who is hearing and who learned to sign because of her. "
      "The proposal says children will receive 'an enhanced outreach offer'. I rang the council to ask what that means in hours and nobody could tell me. "
      "The proposal says it will save £210,000 a year. It doesn't say what it will cost to send deaf children to out-of-county schools when local placements fail, which they will. "
      "It doesn't say anything about the Welsh language. It doesn't say anything about deaf adults being involved. It doesn't even spell {{cochlear|med}} right on page 4. "
      "I'm angry, but mostly I'm frightened. I don't want her to be the only deaf girl in a class of 30 who can't follow the teacher when she turns to the board. I've seen what that did to my brother in the 90s. "
      "Please keep the Centre. [[p:Laura Bevan]]"),
    R("deaf adult", "I am Deaf, a {{BSL|lang}} user, and I was a pupil at the Centre in the 1990s. Most of my friends today are people I met there. "
      "Deaf children need Deaf peers and Deaf role models. The council has not asked the Deaf community. Nothing about us without us."),
    R("parent", "Our daughter [[p:Lowri]] had her second implant at the {{Midlands Hearing Implant Programme|hosp}} in {{Birmingham|place}} last year (patient no. [[hosp:QEH-7730215]]). "
      "Her rehabilitation plan depends on daily listening work with the Centre's {{Teacher of the Deaf|role}}. That can't happen once a fortnight."),
    R("parent", "Agree with the other parents. Keep it. I run a small {{Facebook|org}} group for deaf families in mid Wales, and nobody there supports the closure. You can find me at [[sh:facebook.com/bethan.gwalia.18]]. "
      "Email [[em:bethan.gwalia at example dot net]] if the council wants to speak to us."),
    R("parent", "We live at [[hn:Bryn Eithin]], a smallholding near {{Llanbrynmair|place}}. Our son [[p:Osian]] (dob [[dob:5/7/14]]) is moderately deaf and the Centre is the only place he has ever been happy at school. "
      "When his {{Disability Living Allowance|law}} was reviewed last year (ref [[acc:DLA/88/210774]], my NI number [[ni:QQ 31 40 77 B]]), the assessor wrote that he 'hears well in quiet rooms'. "
      "The Centre IS the quiet room. Our sheepdog, {{Meg|pet}}, hears better than the council does."),
]
