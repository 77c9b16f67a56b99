"""school-crossings: Arfonydd County Council / Cyngor Sir Arfonydd (fictional, north-west Wales) proposes to
withdraw school crossing patrols from 14 of its 31 sites from September, after a risk score based on one morning's
traffic count, putting flashing signs or zebra crossings at some and asking for community volunteers at others.
Saving: £186,000 a year. Welsh-speaking and English voices, patrols, grandparents, a Patagonian grandmother."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "SCP", "school-crossings"
C = "scp-keep-our-lollipop-patrols"

TPL = (
    "We are parents, grandparents and neighbours who use the school crossings in {{Arfonydd|inv}} every day, and "
    "we object to withdrawing the patrols from fourteen sites. "
    "A risk score worked out from a traffic count on one morning in {{March|date}} cannot show what a crossing is "
    "like on a dark, wet afternoon in {{November|date}}. "
    "Flashing signs do not stop a lorry, and a zebra crossing does not hold back a driver who is late for work. "
    "Our patrols know every child by name, notice who is missing and who is upset, and are the only adult many "
    "children see between home and the school gate. "
    "Saving {{£186,000|num}} is not worth one child's life. "
    "Keep all thirty-one patrols, and talk to the schools before you decide."
)
S = sents(TPL)


def no_commas_or_stops(s):
    return s.replace(",", "").replace(".", "")


ITEMS = [
    # 001 Welsh-first parent, surname after a title, daughter named twice
    R("parent", "{{Bore da|welsh}}. Mae fy merch i, [[p:Elin]], yn croesi ar {{Ffordd y Llan|route}} bob bore. "
      "Sorry, my English is better written than spoken! Mrs [[p:Pritchard]] the lollipop lady has seen three "
      "generations of our family over that road: my mother, me, and now [[p:Elin]]. It is on your list. Please, "
      "no. {{Diolch yn fawr|welsh}}."),
    # 002 template
    R("parent", TPL, C, "template"),
    # 003 a patrol herself; first name and initial-surname forms
    R("council staff", "Nineteen years I've been the crossing patrol on {{Stryd Fawr|route}}, {{Porth Eithin|inv}}. Your "
      "traffic count was done on the {{Tuesday|date}} of half term: I was stood there with nobody to cross. I'm "
      "64, I'll be fine. The little ones think I'm {{Fireman Sam|char}} in the yellow coat. It's the children I worry about, and the old people from {{Llys Glyndŵr|landmark}}.\n"
      "[[p:Gwenda]] ([[p:G. Owen]]), {{School Crossing Patrol|role}}, payroll no. [[acc:0071933]]"),
    # 004 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 005 one word
    R("resident", "Disagree"),
    # 006 Malayali nurse: husband, daughter, daughter's school
    R("parent", "I am a staff nurse in {{Ysbyty Gwynedd|hosp}}, from {{Kerala|place}}. My shift starts at 7.30 so "
      "my husband [[p:Jibin]] walks our daughter [[p:Anagha]] to [[sch:Ysgol Gynradd Nant Gwenyn]]. The road has no "
      "pavement on one side and many tractors. The patrol lady is the only safety there. In {{Kochi|place}} traffic "
      "is terrible, but here cars are faster. {{Nanni|lang}}."),
    # 007 edited: added personal paragraph (son clipped by a van: DOB, NHS number, van, address, postcode)
    R("parent", " ".join(S[:3]) + "\n\nIn {{January|date}} last year our son [[p:Osian Wyn Hughes]] (born "
      "[[dob:3 May 2015]]) was clipped by a van on the crossing on {{Ffordd Caernarfon|route}} ten minutes after the "
      "patrol had gone in. The van, [[vr:CN68 WKE]], did not stop. He was lucky: a broken collarbone. His NHS number "
      "is [[nhs:999 733 6399]] if the road safety team wants the records. We live at [[st:12 Rhes Tryfan]], "
      "[[pc:LL54 7TH]], forty yards from that crossing.\n\n" + " ".join(S[3:]), C, "edited"),
    # 008 a headteacher writing for other schools (the school as an institution)
    R("school", "Response from {{the Headteacher|role}}, {{Ysgol Tregarnedd|venue}}. Our patrol is not on the list, "
      "so I write for the eight schools whose patrols are. The risk score counts vehicles but not the age of the "
      "children crossing or the lack of a pavement. {{Road Safety GB|org}} guidance says a site assessment should be "
      "repeated in winter. Please publish the counts for every site. {{Cofion cynnes|welsh}}."),
    # 009 exact, commas and full stops removed
    R("grandparent", plain_only(TPL, no_commas_or_stops), C, "exact"),
    # 010 Patagonian Welsh grandmother; a historic ship; surname after a title
    R("grandparent", "I was born in {{Gaiman|place}}, {{Patagonia|place}}, where my great great grandparents went on "
      "the {{Mimosa|ship}} in 1865. Now I live with my daughter and walk my grandson [[p:Mateo]] to school. I am 71, "
      "I cannot run. The lollipop man, Mr [[p:Roberts]], stops the cars for us, a gentleman. {{Diolch|welsh}} and "
      "{{gracias|lang}}.\n[[p:Mirta Evans]], [[ph:01632 960 551]]"),
    # 011 near-miss: one template clause, opposite conclusion
    R("resident", "Flashing signs do not stop a lorry, that much is true, but the council has patrols on roads "
      "where there is hardly a car at school time. Keep the busy ones, drop the quiet ones, and put the money into "
      "proper crossings. Nobody likes it, but it is not unreasonable."),
    # 012 lower-case teenager: own school, brother, brother's school without a school word, a van
    R("young person", "im in year 10 at [[sch:ysgol uwchradd porth eithin]] and i walk my little brother "
      "[[p:cai]] to [[sch:nant gwenyn]] every morning cos mam starts work early. the lollipop man is the only reason "
      "the cars stop. there is a white transit [[vr:cx19 hpd]] that goes through like the crossing isnt there, every "
      "single day. pls keep him"),
    # 013 edited: reworded opening and closing
    R("school governor", "As governors of three small primary schools in {{Cwm Eithin|inv}}, we have read the "
      "risk scores and we disagree with them. " + " ".join(S[1:5]) + " We ask to meet officers with our patrols "
      "before anything goes to {{the Cabinet|org}}.", C, "edited"),
    # 014 blank
    R("resident", ""),
    # 015 tractor driver; 'amber' as a word (a name elsewhere in the set)
    R("farmer", "I drive a tractor and trailer through {{Tregarnedd|inv}} twice a day at silage time. I'd rather a "
      "patrol than a zebra any day: I can see a yellow coat and a stick from 200 yards, I can't see a zebra behind "
      "a hedge till I'm on it. And the flashing {{amber|word}} signs on the {{A487|road}} have been broken since "
      "{{Easter|event}}."),
    # 016 trade union branch, numbered
    R("organisation", "{{UNISON|org}} {{Arfonydd|inv}} branch response.\n1. The 14 posts at risk are held by low-paid "
      "women, most over 55, in the {{Local Government Pension Scheme|law}}.\n2. Asking volunteers to do the job "
      "unpaid, in all weathers, is not a plan.\n3. We ask the council to consult the patrols directly, as the {{Equality Act 2010|law}} duty "
      "requires."),
    # 017 edited: three template sentences plus own text; a daughter whose name is a word; email
    R("parent", "Our crossing is on the bend at {{Penbryn Uchaf|inv}}. " + " ".join(S[2:5]) + " My daughter "
      "[[p:Amber]] is six and scared of nothing, which scares me.\n[[p:Lowri Pugh]], [[em:lowri.pugh@example.net]], "
      "[[ph:07700 900 846]]",
      C, "edited"),
    # 018 in Welsh; a home street
    R("resident", "Rwy'n gwrthwynebu. {{Cadwch y patrolau|welsh}}. Mae'r ffordd heibio'r ysgol yn beryglus, yn "
      "enwedig yn y gaeaf pan mae'n dywyll am hanner awr wedi tri.\n[[p:Dewi ap Rhys]], [[fl:Fflat 2, Tŷ Capel]], [[st:Lôn Gwenallt]]"),
    # 019 pensioner: church, hospital number
    R("pensioner", "I'm 83 and I come down from [[hn:Bryn Awel]] and use the crossing by {{Eglwys Dewi Sant|church}} "
      "to get to the post office. Since my hip I can't hurry, and I'm still waiting on the other one at "
      "{{Ysbyty Gwynedd|hosp}} (hospital number [[hosp:YG 2270418]], NHS [[nhs:999 420 8470]]). My carer [[p:Sioned]] walks me down. Without the patrol I "
      "won't go out."),
    # 020 slogan echo, no shared 6-gram
    R("resident", "Keep all thirty-one. Simple as that."),
]
