"""Closing the sixth form of a small rural bilingual secondary school: fictional Cerrigwen County Council /
Cyngor Sir Cerrigwen (mid Wales) proposes to close the sixth form at the fictional Ysgol Bro Eithin in the
fictional town of Llanfeurig from September 2026; students would go to the fictional Coleg Dyffryn Hafren in
Newtown. Welsh-language, bilingual, Cardiff and teenage voices."""
from common import R, each, plain_only, sents

PREFIX = "SXF"
CONSULTATION = "sixth-form"
CAMP = "sxf-achub-ein-chweched"

T = ("Closing the sixth form at {{Ysgol Bro Eithin|venue}} would end Welsh-medium A level teaching in the whole of "
     "the upper valley. Young people from {{Llanfeurig|inv}} and the farms around it would face a round trip of over "
     "fifty miles a day to study, much of it on roads that are closed by snow or flooding every winter. Many would "
     "not go at all, and the ones who leave for college rarely come back to work here. A small sixth form is not a "
     "failing one: results at {{Bro Eithin|venue}} are among the best in the county. The council should use the "
     "{{e-sgol|programme}} network and shared teaching with other schools before taking this step, as the "
     "{{School Organisation Code|law}} requires it to consider alternatives. Keep the sixth form open and give it the "
     "time to grow. {{Achub ein Chweched|slogan}}!")
S = sents(T)

ITEMS = [
    # 001
    R("parent", T, CAMP, "template"),
    # 002
    R("pupil",
      "tbh if they shut the sixth form im not doing a levels. no way am i getting the 7am bus to {{newtown|place}} every day "
      "and getting home at 6. me and [[p:ffion]] and [[p:jac]] all want to do bio and chem here. the teachers actually "
      "know us. pls dont. i live right up [[st:heol y nant]] as well so its even further. snap me [[sh:elan.b08]]"),
    # 003
    R("parent", plain_only(T, lambda s: s.replace(". ", ".\n\n")), CAMP, "exact"),
    # 004
    R("parent",
      "{{Annwyl Gyngor|welsh}},\n\nRydyn ni'n ffermio yn [[hn:Tŷ'n y Fron]] uwchben {{Llanfeurig|inv}}. Mae ein mab "
      "hynaf, [[p:Dafydd]], ym Mlwyddyn 11 ac mae e eisiau astudio Cemeg, Bioleg a Chymraeg yn y chweched. Os bydd y "
      "chweched yn cau, bydd rhaid iddo deithio i'r {{Drenewydd|place}} bob dydd, awr a hanner bob ffordd ar y bws. "
      "Yn y gaeaf mae'r ffordd dros y mynydd ar gau yn aml. Mae e'n helpu ar y fferm bob nos ac ni fydd e'n gallu "
      "gwneud y ddau. Plis, peidiwch â chau'r chweched. Mae'r ysgol yn galon i'r gymuned.\n\n{{Yn gywir|welsh}},\n"
      "[[p:Meinir Pugh]]"),
    # 005
    R("parent",
      "I'm Cardiff born and bred, {{Splott|place}} girl, moved up here eight years ago when my husband got the job on "
      "the estate. I'll be honest, I didn't have a word of Welsh. Now my two chat away in it and it's lush. If they "
      "shut the sixth form, where's the college to? {{Newtown|place}}? That's an hour and a half on the bus, mun. My "
      "eldest, [[p:Kai]], wants to do his A levels here, not in some massive college where nobody knows him. Text me on [[ph:07700-900-512]] if you like. Keep it "
      "open, {{now in a minute|Cardiff phrase}} there'll be nothing left up here.\n[[p:Leanne Price-Jenkins]]"),
    # 006
    R("resident", "{{Cadwch y chweched ar agor|welsh}}!"),
    # 007
    R("parent",
      " ".join(S[:3]) + "\n\nOur daughter [[p:Heledd]] ([[dob:d.o.b. 19/05/2009]]) is in Year 11 and wants to be a "
      "vet. We live at [[hn:Bryn Eithin]], nine miles up the valley. Her little brother [[p:Twm]] is in Year 4 at "
      "[[sch:Ysgol Gynradd Cwm Hesgin]] and we had hoped he would stay in the valley until eighteen too.\n\n"
      + " ".join(S[3:]),
      CAMP, "edited"),
    # 008
    R("teacher",
      "As {{Head of Sixth Form|role}} I want to correct one figure in the consultation paper. The report says "
      "{{31|num}} students; in September we will have {{41|num}}. One pupil, [[p:Cerys]], travels from {{Dinas Mawddwy|place}} and still gets the best results in the county. We already teach {{Welsh Baccalaureate|qualification}} "
      "and two A levels jointly with {{Ysgol Uwchradd Aberheli|venue}} through {{e-sgol|programme}}. "
      "{{Mae'r ffigurau'n anghywir|welsh}}. Please use the right numbers."),
    # 009
    R("resident", ""),
    # 010
    R("pupil",
      "im in year 10 and literally everyone in my year wants to stay. we made a petition, its on insta "
      "[[sh:@achub_chweched_eithin]] and it has like 900 signatures. my mum says write something so. dont close it"),
    # 011
    R("parent", "\n".join(S), CAMP, "exact"),
    # 012
    R("farmer",
      "{{Bore da|welsh}}. Dw i'n ffermwr defaid. / I'm a sheep farmer at [[hn:Pen-y-Graig Uchaf]] and chair of the "
      "local {{Young Farmers|org}}. Half our club members are in the sixth form. They do lambing at night and school in "
      "the day. Put them on a bus to {{Newtown|place}} and they'll drop out, or they'll leave the valley for good. "
      "Ring me if you want to come and see for yourselves: [[ph:01632 960 239]].\n[[p:Gwilym 'Gwil Defaid' Breese]]"),
    # 013
    R("grandparent",
      "Rydw i'n {{79|num}} oed ac wedi byw yn {{Llanfeurig|inv}} ar hyd fy oes. Aeth fy mhlant i gyd i'r chweched "
      "dosbarth yma a dod yn ôl i weithio: mae un yn nyrs yn {{Ysbyty Bronglais|hosp}} a'r llall yn athrawes. Os aiff y "
      "chweched, aiff y bobl ifanc, ac aiff y Gymraeg gyda nhw. Mae fy wyrion, [[p:Osian]] a [[p:Lowri]], eisiau aros. "
      "Gadewch iddyn nhw.\n[[p:Eluned Rowlands]] (Nain)"),
    # 014
    R("resident",
      "A small sixth form is not a failing one, everyone keeps saying. Fine. But a sixth form where a subject has "
      "two students is not sustainable either, and it is the younger years who pay for it out of the school budget."),
    # 015
    R("parent",
      "I have three children and I have thought hard about this. " + " ".join(S[1:-1])
      + " Please come and meet the parents before the {{Cabinet|inv}} decides.", CAMP, "edited"),
    # 016
    R("school governor",
      "Writing as {{Chair of Governors|role}}. The governing body voted unanimously to oppose the proposal. We ask the "
      "council to publish the {{Community Impact Assessment|law}} and the {{Welsh Language Impact Assessment|law}}, "
      "which under the {{Welsh Language Standards|law}} and {{Cymraeg 2050|law}} must consider what happens when "
      "Welsh-medium provision moves to an English-medium college.\n[[p:Rhian Vaughan-Morgan]], [[em:cadeirydd.llywodraethwyr@example.org]]"),
    # 017
    R("parent",
      "I'm going to be unpopular but I support it. My son wanted to do Computer Science and Music and the school "
      "could offer neither. {{Coleg Dyffryn Hafren|inv}} offers forty subjects. Schools this small can't give young "
      "people the choice they deserve. [[p:Mark Bevan]]"),
    # 018
    R("pupil",
      "I'm in Year 12 at [[sch:Bro Eithin]] and I have {{dyslexia|med}}. My support worker Mrs [[p:Lloyd]] knows "
      "exactly how I work. In a big college I'll be a number. I get {{EMA|law}} and it wouldn't even cover the extra "
      "lunches. Please think about students like me.\n[[p:Rhodri]]"),
    # 019
    R("parent",
      " ".join(S[:4]) + " My eldest went to college in {{Aberystwyth|place}} and spent two hours a day on the "
      "{{TrawsCymru|org}} bus. She passed, but she never had time for a job or a life. I don't want that for the "
      "other two.", CAMP, "edited"),
    # 020
    R("resident",
      "The council's own transport paper says the college bus would leave {{Llanfeurig|inv}} at 7.05. From the farms "
      "at the top of the valley that means leaving home at 6.30 in the dark. The {{Learner Travel (Wales) Measure "
      "2008|law}} does not even require free transport for post-16 learners."),
    # 021
    R("youth organisation",
      "{{Urdd Gobaith Cymru|org}} runs its {{Aelwyd|Welsh term (youth club)}} in the school hall. Most of our young "
      "leaders are sixth formers. Without them the {{Eisteddfod|event}} practices would stop and {{Mistar Urdd|char}} would have nobody to wear the costume. We support keeping the "
      "sixth form."),
    # 022
    R("resident", "Close it, the numbers don't add up."),
    # 023
    R("GP",
      "Dr [[p:Sioned ap Iorwerth]]. As a {{GP|role}} in {{Llanfeurig|inv}} I've watched this valley struggle to recruit doctors, nurses and vets. "
      "The ones who stay are the ones who grew up here. Losing the sixth form will make that worse within a decade."),
    # 024
    R("pupil",
      "plis peidiwch a cau'r chweched. dwi isio gneud lefel A yn gymraeg efo fy ffrindia. [[p:mali]] a [[p:cian]] "
      "hefyd. os da ni'n mynd i'r coleg bydd o i gyd yn saesneg. {{diolch|welsh}}"),
    # 025
    R("parent",
      "We are Polish and came to Wales in {{2014|date}}. My daughter [[p:Zofia]] (born [[dob:28 January 2009]]) is in Year 11 at [[sch:Ysgol Bro "
      "Eithin]]. She speaks Polish at home, Welsh at school and English everywhere else. She wants A levels in Welsh "
      "and then medicine at {{Cardiff|place}}. Please do not close this.\n[[p:Agnieszka Nowak-Roberts]]"),
]
