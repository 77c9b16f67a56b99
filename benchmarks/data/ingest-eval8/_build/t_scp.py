"""crossing-patrols: Bro Alwen County Council (fictional, north Wales) proposes to withdraw school crossing
patrols from 19 of its 34 sites that do not meet national criteria (saving GBP 187,000), to build puffin
crossings at five of them, and to let schools or town councils pay GBP 7,400 a year to keep a patrol."""
from common import R, each, sents

PREFIX, CONSULTATION = "SCP", "crossing-patrols"
C = "scp-keep-our-lollipop-patrols"

TPL = (
    "I am writing in response to {{Bro Alwen County Council|inv}}'s proposal to withdraw school crossing patrols "
    "from nineteen sites. "
    "A school crossing patrol is not a luxury. "
    "Every morning and afternoon they see our children across busy roads where drivers are in a hurry, buses "
    "pull in and the pavements are narrow. "
    "Traffic counts taken on a single day in {{June|date}} cannot tell you what happens on a wet "
    "Monday in {{January|date}}. "
    "Asking schools to pay {{£7,400|num}} a year from budgets that are already stretched is not a fair answer. "
    "Keep our lollipop patrols. "
    "I ask the council to keep every patrol until a proper crossing is built, and to count the traffic again in "
    "the winter with parents and schools present."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 Welsh-language mother
    R("parent", "Dw i'n fam i ddau o blant yn [[sch:Ysgol Gynradd Llanfair Alwen]]. Mae Anti [[p:Gwen]] wedi bod "
      "yn croesi'r plant ar y {{Stryd Fawr|route}} ers pymtheg mlynedd, glaw neu hindda. Os ewch chi â hi, pwy fydd yno? Plis cadwch y {{dyn lolipop|welsh}}, neu'r "
      "ddynes lolipop yn ein hachos ni! {{Diolch yn fawr|welsh}}.\n[[p:Elin Wyn Roberts]]"),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 a crossing patrol herself
    R("council staff", "I have been the crossing patrol outside {{Ysgol Cefn Meirch|venue}} for fourteen years. The "
      "traffic count on my site was done on the day of the {{Urdd|org}} trip, when half the school was away. Only "
      "last month a Year 3 pupil, [[p:Cai]], let go of his nan's hand on the kerb. The {{Leader of the Council|office}} "
      "is welcome to stand with me in my coat any morning at 8.30. Staff number [[acc:BAC 40113862]].\n"
      "[[p:Dilys Parry]]"),
    # 005 Keralan nurse, English as a second language
    R("parent", "I am a nurse from {{Kerala|place}}, nights at {{Ysbyty Gwynedd|hosp}} for "
      "{{Betsi Cadwaladr University Health Board|orgp}}. My daughter [[p:Anvi Thomas]] (born [[dob:19/11/2018]]) is "
      "in Year 2 at [[sch:Ysgol Glanrafon]]. After night shift I am very tired, and the patrol lady Mrs "
      "[[p:Pritchard]] helps us cross, she knows every child. Please don't remove her. {{Nanni|lang}}."),
    # 006 headteacher, formal numbered
    R("organisation", "Response from the {{Headteacher|role}} and governors of {{Ysgol y Berllan|venue}}\n"
      "1. Our patrol crosses {{112|num}} pupils a day over the {{B5105|road}}.\n"
      "2. The {{Active Travel (Wales) Act 2013|law}} asks us to get more children walking.\n"
      "3. {{£7,400|num}} is a teaching assistant for a term. We cannot pay it.\n"
      "4. Please bid to {{Safe Routes in Communities|law}} for a crossing first."),
    # 007 one word
    R("resident", "Disagree"),
    # 008 edited: personal paragraph
    R("grandparent", " ".join(S[:3]) + "\n\nI walk my grandson [[p:Osian]] to school every day. He was born "
      "[[dob:3 May 2017]] and he is autistic, and he will not wait at a kerb when he is upset. We live on "
      "[[st:Ffordd Tan y Bryn]] and the only way to school is across the main road by the garage, where "
      "the patrol is.\n\n" + " ".join(S[3:]), C, "edited"),
    # 009 bus driver
    R("resident", "I drive the {{number 42|num}} for {{Arriva|org}}. The stop on {{Ffordd Bangor|route}} outside the school is exactly where the "
      "patrol stands, and when I pull in the kids step out from in front of the bus. The patrol is the only thing "
      "that stops that. A puffin crossing thirty yards up will not."),
    # 010 Iranian father, English as a second language
    R("parent", "I am from {{Shiraz|place}}, I am a doctor in training at {{Glan Clwyd|hosp}}. My son [[p:Kian]] is "
      "seven, in [[sch:Ysgol Penrhos Alwen]]. The road there has no crossing, only the lollipop man, Mr "
      "[[p:Gruffydd]]. Please keep. "
      "{{Mamnoon|lang}}.\n[[p:Dariush Karimi]], [[st:12 Ffordd Caergybi]], [[pc:LL57 2QW]], "
      "[[em:d.karimi@example.com]]"),
    # 011 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 012 near-miss: a supporter of crossings
    R("resident", "A school crossing patrol is not a luxury, true, but it is there for forty minutes a day. A "
      "puffin crossing works all day and in the holidays. I would rather the money went on five proper crossings "
      "than on keeping nineteen patrols for a few more years."),
    # 013 teenager, lower case
    R("young person", "im in year 9 and i walk my little brother [[p:guto]] to [[sch:ysgol y berllan]] before i get "
      "the bus. mr [[p:bryn]] the lollipop man is literally the only reason i dont have a heart attack every "
      "morning, the cars dont stop for us at all. plsss keep him [[sh:@ffion.haf_09]]"),
    # 014 edited: reworded opening and closing
    R("parent", "As a parent and a school governor I want to respond to the crossing patrol review. " +
      " ".join(S[1:6]) + " Please keep every patrol until there is a safe crossing, and count the traffic again "
      "when it is dark and wet.", C, "edited"),
    # 015 town council
    R("organisation", "{{Rhydalwen Town Council|inv}} ({{Cyngor Tref Rhydalwen|welsh}}) discussed the review on "
      "{{12 February|date}}. The Council is not able to fund a patrol at {{£7,400|num}} a year from a precept of "
      "{{£96,000|num}}. The {{Mayor|office}} has written to the {{Cabinet Member for Highways|office}} asking for "
      "the traffic counts for both Rhydalwen sites. {{Town Clerk|role}}"),
    # 016 blind grandmother
    R("grandparent", "I am registered blind and walk my granddaughter [[p:Mali]] to school with my guide dog "
      "{{Nedw|pet}}. A guide dog will not take you across a road with no crossing. Without the patrol I cannot take [[p:Mali]] at all. I cannot use your online form: "
      "[[ph:01632 960 541]].\n[[hn:Bryn Teg]], [[st:Ffordd yr Eglwys]], Cefn Meirch, [[pc:LL53 6TY]]"),
    # 017 edited: partial template + own text (PTA)
    R("organisation", "Our parents' association ({{Cymdeithas Rieni|welsh}}) collected {{230|num}} signatures at the "
      "school gate in one week. " + S[2] + " " + S[3] + " " + S[4] + " We would rather raise money for books and "
      "trips than for the council's road safety.\n{{Chair|role}}", C, "edited"),
    # 018 farmer
    R("farmer", "{{Duw|welsh}}, I drive the tractor through the village at half eight most mornings and I tell you, "
      "I am glad to see the lollipop. You cannot see a small child from up in the cab. Keep her. Tractor's "
      "[[vr:CX62 TRK]] if you see me.\n[[p:Ifan]], [[hn:Tyddyn Isaf]]"),
    # 019 mother, councillor named
    R("parent", "My twins are in the infants and they think Mrs [[p:Lloyd-Hughes]] on the crossing is a superhero, "
      "like {{Fireman Sam|char}} or {{Sali Mali|char}} with a lollipop. I asked our councillor, Cllr [[p:Huw Elfed Jones]], to vote "
      "against this and he said he would. I'll be watching."),
    # 020 police
    R("organisation", "{{North Wales Police|org}} road safety team: we recorded {{14|num}} complaints of speeding near "
      "schools in the county last year, six of them at sites on the withdrawal list. The {{Police and Crime "
      "Commissioner|office}} has asked us to support the council's review with speed data. We would be glad to "
      "share it before any patrol is withdrawn."),
]
