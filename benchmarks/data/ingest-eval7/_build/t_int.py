"""interpreting: Dinas Taf City Council (fictional, Cardiff Bay) proposes to end face-to-face community
interpreting through its Taf Language Link service, except for safeguarding, and move to telephone and video
interpreting, and to stop translating standard letters into community languages."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "INT", "interpreting"
C = "int-our-words-our-rights"

TPL = (
    "We are residents and community groups in {{the Bay wards|inv}} and we oppose the plan to end face-to-face "
    "interpreting through {{Taf Language Link|own}}. "
    "A phone call on a bad line is not the same as a person in the room. "
    "Many of our elders do not hear well, do not use video, and do not trust a stranger's voice when they talk "
    "about health, money or their children. "
    "When letters are only in English, people miss deadlines and lose benefits and school places. "
    "Our words, our rights. "
    "We ask {{Dinas Taf City Council|inv}} to keep face-to-face interpreting for housing, social care and "
    "school meetings, to keep translating letters into the main community languages such as {{Somali|lang}} and {{Arabic|lang}}, and to meet us before "
    "the final decision."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("community group", TPL, C, "template"),
    # 002 Somali elder through his grandson, lower case
    R("resident", "my awoowe [[p:Cabdi]] asked me to write this. he is 79 and only speaks somali. last month "
      "the phone interpreter was from {{Kenya|place}} and used different words and he signed something he "
      "didnt understand. face to face please. text me on [[ph:07700900183]] not him. {{mahadsanid|lang}}"),
    # 003 exact CAPS
    R("community group", each(TPL, str.upper), C, "exact"),
    # 004 Tigrinya speaker, ESL
    R("resident", "I am from {{Eritrea|place}}, my language is Tigrinya. In housing office the video "
      "interpreter speak Amharic not Tigrinya, they think same, is not same. My daughter [[p:Senait]] is 9, "
      "she must translate for me about the damp in our flat, [[fl:Flat 17, Loudoun House]]. Child should "
      "not do this. {{Yekenyeley|lang}}."),
    # 005 short support
    R("resident", "Video interpreting works fine for me, I use {{WhatsApp|brand}} with my family in {{Gdańsk|place}} every night. Saves money. Support."),
    # 006 blank
    R("resident", ""),
    # 007 edited: personal paragraph, mother's case, NI number, phone
    R("family member", " ".join(S[:3]) + "\n\nMy mother [[p:Faadumo Warsame]] was told by letter, in English, "
      "that her {{Pension Credit|law}} would stop. It was about a missing form. Her National Insurance number is "
      "[[ni:QQ 40 27 81 C]] and the letter came to [[st:14 Bute Esplanade]], [[pc:CF10 5BZ]]. She put it in "
      "the drawer because she could not read it. Three months with no money.\n\n" + " ".join(S[3:]) +
      "\n[[p:Hodan Warsame]] [[ph:029 2018 0764]]", C, "edited"),
    # 008 Welsh speaker
    R("resident", "The council translates everything into Welsh, as it must under {{the Welsh Language "
      "Standards|law}}, and quite right. So it can afford a Somali letter too. {{Chwarae teg|welsh}}. Even {{Sali Mali|char}} gets translated."),
    # 009 organisation
    R("organisation", "{{Bay Refugee Advice Centre|inv}} submits that the proposal conflicts with the "
      "{{Equality Act 2010|law}} and the {{public sector equality duty|law}}. Our caseworkers recorded 41 "
      "cases last year in which a child interpreted for a parent. One, a boy in Year 8 at "
      "[[sch:Ysgol Glan Morfa]], interpreted at his mother's miscarriage appointment at {{UHW|hosp}}. We would "
      "welcome a meeting with {{the Cabinet Member for Communities|office}}."),
    # 010 exact lower case
    R("community group", each(TPL, str.lower), C, "exact"),
    # 011 Arabic speaker, Syrian, son at school, hospital number
    R("resident", "My name [[p:Rami Haddad]], I come from {{Homs|place}} in 2017. For my wife surgery at "
      "{{the Heath|hosp}} the hospital had interpreter in room, very good. But council meeting for our son "
      "[[p:Yazan]] at [[sch:Mount Stuart Primary]] was by phone and phone was cut two times. Hospital number "
      "of my wife is [[hosp:UHW 3390218]] and NHS number of [[p:Yazan]] is [[nhs:999 511 8483]] if you want to check. {{Shukran|lang}}."),
    # 012 near miss
    R("resident", "A phone call on a bad line is not the same as a person in the room, I know. But the council has to save money somewhere. Keep "
      "face to face for social care and use video for the rest."),
    # 013 Farsi speaker
    R("resident", "I came from {{Shiraz|place}}. For me, video is fine, I am young. But my neighbour at number 6, "
      "Mrs [[p:Parvin]] (we live at [[fl:flat 3]], [[st:22 Tyndall Walk]]), is old and she is crying when the phone interpreter is a man. Women should have woman "
      "interpreter in the room. {{Merci|lang}}, [[p:Arash]]"),
    # 014 edited: reworded opening and closing
    R("community group", "{{Somali Elders Forum Cymru|inv}} writes to object. " + " ".join(S[1:5]) +
      " Come and meet us at {{the Loudoun Square centre|landmark}} any Friday after prayers.", C, "edited"),
    # 015 Polish, short
    R("resident", "I speak Polish and English ok now. My mother [[p:Halina]] not. Phone is OK for small things, not for "
      "doctor or social worker. She lives alone on [[st:Pomeroy Walk]] since my father died."),
    # 016 angry capitals
    R("resident", "WHY DOES THE COUNCIL SPEND MONEY ON INTERPRETERS AT ALL. LEARN ENGLISH. MY GRANDPARENTS CAME "
      "FROM {{ITALY|place}} AND OPENED {{CARUSO'S CAFE|orgp}} ON {{JAMES STREET|route}}. THEY HAD TO."),
    # 017 social worker (no name)
    R("council staff", "As a {{social worker|role}} in the {{Children's Services|org}} duty team I use "
      "{{Taf Language Link|own}} every week. Video interpreting drops out in half the flats in "
      "{{Loudoun House|inv}} because there is no signal. A phone line cannot see a child with {{Crohn's|med}} wince. I have had to rearrange child protection visits "
      "twice, in case [[acc:CS-25-01733]] alone. Please do not do this."),
    # 018 Igbo, short with email obfuscated
    R("resident", "I am Nigerian, Igbo, my English is fine, but my aunty [[p:Ngozi]] who visits has no English. "
      "Happy to talk more: [[em:chinedu.okafor [at] example.net]]. {{Daalụ|lang}}. [[p:Chinedu]]"),
    # 019 n/a
    R("resident", "n/a"),
    # 020 exact one sentence per line, no last full stop
    R("community group", plain_only(TPL, one_per_line)[:-1], C, "exact"),
]
