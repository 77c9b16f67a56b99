"""telecare: a weekly charge for the Tawelan Careline community alarm (fictional Cwm Tawelan County Borough
Council / Cyngor Bwrdeistref Sirol Cwm Tawelan, south Wales valleys; Welsh-language and bilingual voices)."""
from common import R, sents, each, plain_only

CONSULTATION = "telecare"
PREFIX = "TEL"
CAMP = "tel-careline-not-charges"

TEMPLATE = (
    "The {{Tawelan Careline|inv}} is not a luxury. "
    "For thousands of older and disabled people in the valleys it is the only way to call for help after a fall, "
    "a stroke or a fire in the night. "
    "Charging {{£4.95 a week|num}} will make some people hand back their pendants, and the people most likely to "
    "cancel are those living alone on a small pension. "
    "The council's own report admits it has not modelled how many will leave the service or what that will cost in "
    "ambulance call-outs and hospital stays. "
    "One long lie on a kitchen floor costs more than a year of alarm charges. "
    "We ask {{Cwm Tawelan County Borough Council|inv}} to keep the service free for everyone over 75 and for anyone "
    "on {{Pension Credit|law}}, and to find the savings elsewhere. "
    "Keep the Careline free and keep people safe at home."
)
S = sents(TEMPLATE)

ITEMS = [
    # 001 template
    R("carer", TEMPLATE, CAMP, "template"),
    # 002
    R("service user", "I can't afford it. Simple as that. My carer [[p:Lowri]] is filling this in for me."),
    # 003 daughter, customer number
    R("relative",
      "My mother [[p:Olwen Bevan]] is 87 and lives alone at [[hn:Bryn Hyfryd]], [[st:Heol Tasker]], up the top of "
      "{{Abercwmlas|inv}}. Her pendant has gone off four times this year and each time the Careline rang me and "
      "the warden, [[p:Gareth]], was there in twenty minutes. Her customer number is [[acc:TCL-004821]]. She will pay the "
      "charge because she's frightened not to, but she'll stop putting the heating on to do it. Is that what you "
      "want?"),
    # 004 wholly in Welsh
    R("relative",
      "Mae'r larwm wedi achub bywyd fy nhad ddwywaith. Mae e'n 91 oed ac yn byw ar ei ben ei hun yn "
      "[[st:Stryd y Capel]], {{Pentre Isaf|inv}}. Does dim arian sbâr gyda fe o gwbl. Cadwch y gwasanaeth yn rhad "
      "ac am ddim i bobl hŷn. {{Diolch yn fawr iawn|welsh}}.\n[[p:Nesta Prosser]]"),
    # 005 exact: CAPS
    R("service user", each(TEMPLATE, str.upper), CAMP, "exact"),
    # 006 blank
    R("service user", ""),
    # 007 husband, NHS number, DOB
    R("carer",
      "I look after my wife [[p:Gaynor]] who has {{MS|med}} and had a bad fall in March. She was on the floor "
      "for two hours before I found her, that is why we got the alarm. Her details: [[p:Gaynor Watkins]], date "
      "of birth [[dob:04/09/1956]], NHS no. [[nhs:9990572313]]. She is on {{PIP|law}} but not Pension Credit so "
      "under your rules we pay. We live at [[st:31 Glanffrwd Terrace]], [[pc:CF45 3RT]]. [[p:Alun Watkins]]"),
    # 008 formal organisation
    R("organisation",
      "{{Age Cymru|org}} {{Cwm Tawelan|inv}} branch.\n\nWe oppose the introduction of a universal charge. The "
      "{{Social Services and Well-being (Wales) Act 2014|law}} requires preventative services to be considered "
      "first. The charging regulations allow a maximum weekly charge for non-residential care, but the council has "
      "not said whether Careline will count towards that cap. Of the 3,900 current users, 61% are over 80. We ask "
      "for a full Equality Impact Assessment and a consultation event in {{Welsh|natl}}."),
    # 009 short bilingual
    R("service user", "Na. No. {{Dim ffiw|welsh}}."),
    # 010 edited: personal paragraph, a sentence dropped
    R("service user",
      " ".join(S[:3]) + "\n\n"
      "I am 79 and I have {{COPD|med}}. I live in [[fl:Flat 12, Maes yr Ysgol]] and the alarm is on my wrist day "
      "and night. My number with you is [[acc:TCL 007315]]. Last winter I pressed it at 3 in the morning and the "
      "ambulance took me to {{Prince Charles Hospital|hosp}}, they said another hour and I'd have been gone. "
      "My hospital number there is [[hosp:PCH 0093318]].\n\n" + " ".join(S[4:]),
      CAMP, "edited"),
    # 011 long ramble
    R("service user",
      "Well I never thought I would be writing to the council at my age, I am 86 in July. I was a collier in "
      "{{Deep Duffryn|landmark}} until it shut and then on the bins for the council for nineteen years, so I have paid in "
      "all my life and never asked for nothing. My wife [[p:Megan]] passed in 2019 and my daughter lives in "
      "{{Bristol|place}} now with her husband, good people, but they can't be here every day. The pendant came after "
      "my second fall. The first time I was on the bathroom floor all night, I had no alarm then, and I had to "
      "shout for [[p:Dai Pen-y-bryn]] next door until he heard me in the morning when he went out for his paper. Now "
      "I press the button and a lovely girl called [[p:Ffion]] answers every time, or it seems like it, and she knows "
      "my voice. I know the council has no money, you can see that with the roads, and the library in "
      "{{Pentre Isaf|inv}} is only open three mornings. But four pound ninety-five a week is nearly twenty pound a "
      "month, that is my television licence and my coal together. And I will tell you what will happen, people my age "
      "will send the pendant back to save the money and then they will be found dead on the floor, and it will be in "
      "the {{Western Mail|org}} and somebody will say lessons will be learned. I have seen it before. My brother "
      "[[p:Emlyn]] went like that in 2009 in {{Aberdare|place}}. If you have to charge then charge the people who can "
      "afford it and leave the rest of us be. My number is [[acc:TCL-001977]] if you want to check I am a real person. "
      "Thank you for reading this far. {{Chwarae teg|welsh}}.\n[[p:Idris Jenkins]]"),
    # 012 Tamil doctor / carer
    R("carer",
      "I am a {{Tamil|natl}} speaker living in {{Cwmtawel|inv}} with my father-in-law, who is 84 and has "
      "{{Parkinson's|med}}. His English is limited. When the alarm rings the call handler uses {{Language Line|org}} "
      "and it works very well. Please make sure the charge letters are translated too. "
      "{{Nandri|lang}}. [[p:Kavitha Sivakumar]], [[em:kavitha.s@example.com]]"),
    # 013 near miss
    R("resident",
      "Charge those who can pay. I'm 76, on a good works pension, and I'm happy to pay a fiver. It's the people "
      "living alone on a small pension that you need to protect, and the council should say how it will do that."),
    # 014 exact: one sentence per line
    R("carer", plain_only(TEMPLATE, lambda t: t.replace(". ", ".\n")), CAMP, "exact"),
    # 015 nurse
    R("district nurse",
      "As a {{district nurse|role}} working across the upper valley I see the alarm prevent long lies every week. "
      "The lifting service linked to the Careline saves us and the ambulance service hours. I would support a small "
      "charge only if it is means tested and the lifting service is protected."),
    # 016 text speak
    R("relative",
      "my nan [[p:bethan]] is 93 she wont pay it she'll just take it off. shes already took it off twice cos she "
      "said it was ugly lol. if u charge her its gone for good. pls keep it free for the old ones"),
    # 017 CAPS
    R("service user",
      "THEY TOOK THE BUS, THEY TOOK THE LIBRARY, NOW THEY WANT MONEY FOR AN ALARM THAT KEEPS US ALIVE. SHAME ON "
      "YOU. [[p:MERVYN HOPKINS]]"),
    # 018 Punjabi family, NHS number spaced, vehicle
    R("relative",
      "My mother-in-law [[p:Surinder Kaur]] has the falls detector and the smoke alarm linked to the Careline. She "
      "is {{Sikh|natl}} and goes to the {{Guru Nanak Gurdwara|church}} in {{Cardiff|place}} with us on Sundays, we "
      "pick her up in our car, [[vr:CA68 VTN]]. NHS number [[nhs:999 292 7658]], [[dob:15-02-1939]]. She does not "
      "have Pension Credit because of her small pension from India, but she has no other savings. Please look at "
      "cases like hers."),
    # 019 warden / role
    R("staff",
      "I am a {{mobile response warden|role}}. We cover the whole county from one base. A charge will not reduce our "
      "call-outs, because the people who stop paying will still fall; they'll just ring 999 instead and wait "
      "longer."),
    # 020 bilingual
    R("relative",
      "{{Annwyl Syr/Madam|welsh}},\nMae Mam yn 90 ac yn byw yn [[hn:Tŷ Newydd]], [[st:Heol y Graig]]. My mother is "
      "90 and lives alone. The alarm is the only reason she can stay at home. Please keep it free.\n"
      "{{Yn gywir|welsh}},\n[[p:Rhiannon Bowen-Price]]\n[[ph:029 2018 0574]]\n[[em:rhiannon.bp [at] example.net]]"),
    # 021
    R("service user", "n/a"),
    # 022 edited: half + own text (Welsh)
    R("relative",
      " ".join([S[0], S[2], S[5]]) + " Mae'r larwm yn achub bywydau. My neighbours on the estate all say the same: "
      "nobody asked us about this before the report went to cabinet.",
      CAMP, "edited"),
    # 023 Romanian carer
    R("care worker",
      "I am home carer, I am {{Romanian|natl}}, I visit 14 clients in a day around {{Abercwmlas|inv}}. Many of my "
      "clients have the alarm. One client, Mrs [[p:Pugh]], she fell in the garden and pressed the button and I "
      "came quickly. Without the alarm she is dead. The charge is very bad idea."),
    # 024 Yoruba
    R("relative",
      "My father [[p:Babatunde Afolabi]] is 80 and lives in [[fl:flat 4, Llys Dewi]]. He is diabetic and has fallen "
      "twice. He receives Pension Credit so he will not pay, but his friends in the block do not and some have said "
      "they will cancel. Please consider them too. My phone: [[ph:+44 29 2018 0931]]."),
    # 025 NI number, pension credit claim
    R("service user",
      "I applied for Pension Credit after reading your report, so I'd qualify for a free alarm, and I'm still "
      "waiting 14 weeks later. National Insurance [[ni:QQ 12 58 94 D]]. Can the council help people claim before "
      "the charge starts?"),
    # 026 short
    R("resident", "Fair enough to charge if it is means tested."),
    # 027 grandson, social handle
    R("relative",
      "I set up a fundraiser for my grandad's alarm on facebook ([[sh:facebook.com/rhys.jenkins.cwm]]) and we raised "
      "£300 in two days, which says how people round here feel. But you can't fund a public service by "
      "{{GoFundMe|brand}}. Keep it free."),
]
