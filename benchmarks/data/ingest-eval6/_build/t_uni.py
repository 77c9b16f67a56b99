"""uniform-grant: Bro Tawelan County Borough Council / Cyngor Bwrdeistref Sirol Bro Tawelan (fictional, the valleys
north of Swansea) proposes to end its £75 top-up to the Welsh Government's School Essentials Grant and to stop
funding the Tawelan Uniform Exchange, a pre-loved uniform shop in Pontyglas."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "UNI", "uniform-grant"
C = "uni-every-child-ready"

TPL = (
    "We are parents, carers and school staff across {{Bro Tawelan|inv}} and we oppose the council's plan to end "
    "its {{£75|num}} top-up to the {{School Essentials Grant|law}} and to close the "
    "{{Tawelan Uniform Exchange|own}}. "
    "A full uniform for a secondary pupil, with the logo jumper, blazer, PE kit and shoes, now costs well over "
    "{{£200|num}}. "
    "The top-up is often the difference between a child starting school in the right kit or in hand-me-downs "
    "that do not fit. "
    "Children notice, and so do the bullies. "
    "The Uniform Exchange also keeps thousands of items out of landfill every year. "
    "Every child ready on day one. "
    "We ask the council to keep the top-up for families on free school meals, to keep the Exchange open with its "
    "volunteers, and to ask schools to drop compulsory logo items."
)
S = sents(TPL)


def no_commas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 Swansea mum, son's school
    R("parent", "I was {{tamping|dialect}} when I read this, honest to God. My boy [[p:Rhys]] is going up to "
      "[[sch:Ysgol Gyfun Cwmtawelan]] in {{September|date}} and the blazer alone is {{£38|num}}. The £75 was what got us through last year, ref [[acc:fsm-2024-07732]] if you don't believe me. Where's the money to come from, "
      "{{mun|dialect}}? {{Now in a minute|dialect}} I'll be getting the kids' stuff off the Exchange and you're shutting "
      "that an' all."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 Syrian mother, Arabic speaker
    R("parent", "I am mother of three children from {{Syria|place}}. We came to Wales in 2017. My children [[p:Lina]] "
      "and [[p:Omar]] go to [[sch:Pontyglas Primary]]. Every September the uniform is very "
      "expensive for us, my husband is cleaner. The extra money from council help a lot, and the Exchange shop "
      "is very kind. Please do not stop. We live in [[fl:Flat 5, Tŷ Glanrhyd]], Pontyglas [[pc:sa9 2hb]]. My number [[ph:029 2018 0374]]. {{Shukran|lang}}."),
    # 005 headteacher, school as an institution
    R("headteacher", "As {{headteacher|role}} of {{Ysgol Gynradd Glanrhyd|venue}} I see the effect of the top-up "
      "every autumn. Forty-one per cent of our pupils are eligible for free school meals. Our governors dropped "
      "compulsory logo items years ago. The {{Tawelan Uniform Exchange|own}} supplies us with spare kit for children who arrive "
      "without. We would lose that."),
    # 006 pupil, lower case, social handle
    R("young person", "im in year 9 at [[sch:cwmtawelan comp]] and i wear my cousins old blazer which is to big, i look like {{harry potter|char}} in it. "
      "people do notice. some kids get picked on for it, like proper. the exchange is actually good coz no one "
      "knows where ur stuff came from. dont shut it. i made a tiktok about it [[sh:@tawelan.teen]]"),
    # 007 support
    R("resident", "Fair enough. Parents should buy their own kids' uniforms. I did, on a wage from {{Ford|orgp}} in {{Bridgend|place}}. The council "
      "has bigger problems."),
    # 008 edited: personal paragraph (dad, children, free-school-meals reference)
    R("parent", " ".join(S[:3]) + "\n\nI'm on a zero-hours contract at the distribution centre and I've got three "
      "in school, [[p:Cerys]], [[p:Tomos]] and [[p:Macsen]]. Last year the grant and the top-up together paid for "
      "two of the three. The youngest had his brother's old trousers. Our free school meals reference is "
      "[[acc:FSM-2023-11871]] if you want to check we're genuine.\n\n" + " ".join(S[3:]), C, "edited"),
    # 009 blank
    R("parent", ""),
    # 010 uniform shop owner
    R("business", "We run {{Tawe Schoolwear|inv}} in {{Morriston|placename}} and supply eleven schools. You'd "
      "think we would welcome this, but the top-up is spent with us and with {{Clarks|orgp}}, {{Peacocks|orgp}} and "
      "{{Matalan|org}}, so it's local money. I'd rather the council pushed schools to drop the compulsory logo "
      "items and let us sell plain stock at {{£4|num}} a jumper.\n[[p:Jeff Hopkins]]"),
    # 011 exact, commas removed
    R("parent", plain_only(TPL, no_commas), C, "exact"),
    # 012 bilingual parent, Welsh-medium school
    R("parent", "{{Fel rhiant, dw i'n anghytuno'n llwyr|welsh}}. My daughter [[p:Lowri]] is in Year 4 at [[sch:Ysgol Gymraeg "
      "Bryn Eithin]] and her brother starts in {{Meithrin|welsh}} next year. The Welsh-medium schools are further "
      "away so we already pay for the bus in the summer holidays. {{Plîs|welsh}}, keep the top-up. "
      "{{Diolch yn fawr|welsh}}.\n[[p:Sioned]], [[em:sioned.pugh@example.com]]"),
    # 013 near-miss: slogan and own view
    R("resident", "'Every child ready on day one' is a nice slogan. But the real scandal is schools insisting on "
      "a {{£30|num}} logo blazer from one supplier in {{Neath|place}}. Ban that and you won't need the top-up."),
    # 014 nan, grandchildren, home street
    R("grandparent", "I've got my two grandchildren living with me since their mam passed and I'm 68. I'm on my "
      "pension and {{Pension Credit|law}}. The £75 bought [[p:Jac]]'s shoes and [[p:Ffion]]'s coat. I live in "
      "[[hn:Bwthyn Glas]] on [[st:Heol y Graig]] at the top of the hill and the Exchange is the only place I can walk to. Please don't.\n[[p:Pat Jenkins]]"),
    # 015 edited: reworded opening and closing
    R("parent", "This is from me and a few other mams at the school gate, in our own words. " + " ".join(S[1:5]) +
      " If you cut this you'll pay for it later in kids {{mitching|dialect}} off school because they're ashamed. Think again.",
      C, "edited"),
    # 016 councillor, named, with historical figure
    R("councillor", "I will be voting against this cut when it comes to full Council. We are talking about "
      "{{£214,000|num}} in a budget of over {{£300 million|num}}. {{Aneurin Bevan|pub}} said the language of "
      "priorities is the religion of socialism. This is a question of priorities.\n"
      "Cllr [[p:Huw Pritchard-Lloyd]], {{Labour|party}}, {{Pontyglas ward|inv}}"),
    # 017 capitals
    R("parent", "I AM ABSOLUTELY {{TAMPING|dialect}}. YOU GIVE YOURSELVES A PAY RISE AND TAKE SCHOOL SHOES OFF "
      "KIDS. EVEN {{FIREMAN SAM|char}} WOULD BE ASHAMED. {{SHAME ON YOU|slogan}}."),
    # 018 teacher, pupil named after a role word
    R("teacher", "I teach Year 7 and every September I see who has the new kit and who hasn't. One pupil, "
      "[[p:Kenzie]], wore trainers for six weeks because the shoes hadn't come. She was sent to isolation twice "
      "before anyone asked why. The {{Head of Year|role}} now keeps a box of spare shoes from the Exchange. That "
      "box is the Exchange. Please keep it."),
    # 019 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 020 short
    R("resident", "Disgraceful."),
    # 021 Bangladeshi mother
    R("parent", "I am [[p:Rumana Begum]] and my son [[p:Tahmid]] will start in Year 7 at [[sch:Ysgol Gyfun Ystradfelen]] next year, he is born [[dob:23.05.2014]]. He has "
      "{{Down's syndrome|med}} so he needs special shoes which are very expensive, {{£65|num}}. The council top-up "
      "pay for this last time. His NHS number is on the podiatry letter, [[nhs:9990857083]]. Please think of children with disability also. {{Dhonnobad|lang}}."),
    # 022 edited: half the template plus own text
    R("parent", " ".join(S[:3]) + " I work full time at the hospital and I still struggle. My eldest, [[p:Seren]], grew four "
      "inches in a year. I don't know any family that isn't cutting corners now.", C, "edited"),
    # 023 volunteer at the Exchange
    R("volunteer", "I've volunteered at the {{Tawelan Uniform Exchange|own}} every Saturday for four years. Last "
      "August we gave out 3,100 items. Our rent is paid by the council and that's what you're cutting. "
      "Everything else is volunteers and donations. If someone could find us a free room, in a chapel vestry "
      "or the {{Miners' Welfare Hall|landmark}}, we could carry on without you.\n[[p:Carys]]"),
    # 024 PTA, Swansea wit
    R("organisation", "Response from the {{Friends of Ystradfelen School PTA|inv}}. We ran a quick poll of 140 "
      "families: 88% use the Exchange or the top-up or both. Honestly, this whole proposal is like something "
      "out of {{Gavin & Stacey|char}}, only less funny. Our chair, [[p:Bethan Lewis]], would be glad to meet the {{Cabinet Member for "
      "Education|role}}."),
    # 025 mother of four, longer, NI number, address
    R("parent", "I've got four kids, two in primary and two in the comp, and I work sixteen hours at {{Greggs|orgp}} "
      "on top of {{Universal Credit|law}}. Every August is the same panic. The {{School Essentials Grant|law}} "
      "is {{£125|num}} for my Year 7 and {{£100|num}} for the others, and with the council's £75 on top I can just "
      "about do it if I use the Exchange for the little ones. Take the £75 off and it's £300 short, and that's "
      "the electric or the food shop. When I applied last year they lost my form and asked for my NI number "
      "three times, [[ni:QQ 72 18 40 A]], so don't tell me the system is easy either. Please keep it.\n"
      "[[p:Donna Rees]], [[st:19 Tir Canol]], Pontyglas, [[pc:SA9 4LU]]"),
]
