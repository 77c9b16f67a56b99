"""outdoor-centre: Maelor Uchaf County Council / Cyngor Sir Maelor Uchaf (fictional, upland north-east Wales)
proposes closing Plas Gwernant, its residential outdoor education centre on Llyn Gwernant (64 beds, opened 1968),
in August 2026 to save £310,000 a year, selling the building and leaving schools to book commercial centres."""
from common import R, each, sents

PREFIX, CONSULTATION = "OUT", "outdoor-centre"
C = "out-achub-plas-gwernant"

TPL = (
    "Please do not close {{Plas Gwernant|own}}. "
    "For more than fifty years almost every child in {{Maelor Uchaf|inv}} has had a week at the centre: canoeing "
    "on {{Llyn Gwernant|own}}, gorge walking, climbing, and sleeping away from home for the first time. "
    "For many of them it is the only time they will ever stand on a mountain, and the only residential trip their "
    "families can afford. "
    "The £310,000 a year it costs is small against what the children gain in confidence, teamwork and "
    "Welsh. "
    "Commercial centres charge far more and few of them will take a child in a wheelchair. "
    "We ask the council to keep the centre open, to explore a partnership with {{Urdd Gobaith Cymru|org}} or a "
    "charitable trust, and to listen to schools before deciding. "
    "{{Achub Plas Gwernant|slogan}}!"
)
S = sents(TPL)


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 wholly in Welsh: former pupil, daughter, school (mutated Blas Gwernant)
    R("parent", "{{Annwyl Gynghorwyr|welsh}},\nEs i i {{Blas Gwernant|own}} ym Mlwyddyn 6, a dyna wythnos orau fy "
      "mhlentyndod. Mae fy merch [[p:Elliw]] ym Mlwyddyn 5 yn [[sch:Ysgol Bro Alun]] ac mae hi'n edrych ymlaen yn "
      "barod. Peidiwch â'i gau. Mae'r plant yn gweld {{Eryri|place}} am y tro cyntaf. Does dim pris ar hynny.\n"
      "{{Cofion gorau|welsh}},\n[[p:Gwawr Pritchard-Huws]]"),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 headteacher of the special school (school as an institution)
    R("school", "I write as {{Headteacher|role}} of {{Ysgol Tŷ Derw|venue}}, the county's special school. "
      "{{Plas Gwernant|own}} is the only centre within two hours that has a hoist, a {{Changing Places|org}} toilet "
      "and instructors trained to take our pupils onto the water in adapted canoes. Last year {{41|num}} of our "
      "learners went, including young people with {{cerebral palsy|med}}, {{Duchenne muscular dystrophy|med}} and "
      "{{Rett syndrome|med}}. We asked three commercial providers; none could take a powered wheelchair user "
      "overnight. Closing the centre would go against the spirit, if not the letter, of the "
      "{{Additional Learning Needs and Education Tribunal (Wales) Act 2018|law}}."),
    # 005 blank
    R("parent", ""),
    # 006 edited: personal paragraph (son with Asperger's, instructor, house name, postcode)
    R("parent", " ".join(S[:3]) + "\n\nMy son [[p:Ifan]] went in {{March|date}}. He has {{Asperger's|med}} and had "
      "never slept a night away from me. His instructor, a lad called [[p:Gethin]], sat with him on the jetty for "
      "an hour until he was ready to get into the canoe, and he came home taller. You will not buy that from a "
      "company in {{Chester|placename}}.\n\n" + " ".join(S[3:]) + "\n[[p:Sarah Lloyd-Jones]]\n[[hn:Bryn Eithin]], "
      "Llanfair Gwernant, [[pc:LL21 9WQ]]", C, "edited"),
    # 007 instructor facing redundancy: payroll and NI numbers, a named councillor
    R("council staff", "I have been an instructor at {{Plas Gwernant|own}} for twenty-three years and taught about fifteen "
      "thousand children to paddle. I've been told to put myself on the redeployment list, so for the record: "
      "payroll number [[acc:MU-004417]], National Insurance [[ni:QQ 52 18 40 A]]. At scrutiny Cllr "
      "[[p:Gareth Pryce-Jones]] called the centre a 'nice to have'. Let him tell that to a Year 6 class on a "
      "{{Monday|date}} morning. One pupil, [[p:Tyler]], wrote to me twenty years later from the {{Royal Marines|org}}."),
    # 008 one word
    R("resident", "Agree."),
    # 009 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 heads' association, formal numbered; near-miss
    R("organisation", "{{Maelor Uchaf Association of Secondary Heads|inv}}\n"
      "1. A residential experience is part of the {{Curriculum for Wales|law}} as most of our schools teach it.\n"
      "2. Commercial centres have quoted our members between {{£380|num}} and {{£460|num}} a pupil for four nights, "
      "against {{£165|num}} at {{Plas Gwernant|own}}.\n"
      "3. We ask the council to keep the centre open for at least two more years while a trust is set up.\n"
      "4. We would welcome a meeting with {{the Cabinet Member for Education|office}}.\n{{Chair|role}}"),
    # 011 teenager, Welsh English, lower case, handle
    R("young person", "went {{plas gwernant|own}} in yr 6 and it was {{lush|dialect}}, best week ever. fell in the "
      "lake twice off the {{Lady of the Lake|ship}} lol. [[p:cerys]] cried when we had to go home. dont close it its {{tidy|dialect}}. we made a page "
      "[[sh:@gwernant.yr6.memories]] go look"),
    # 012 edited: reworded opening and closing
    R("parent", "I went to {{Plas Gwernant|own}} myself in 1987 and I am asking you, as a mother now, to think again. "
      + " ".join(S[1:-1]) + " If it closes, my children will be the first generation in this valley to miss out."
      "\n[[p:Nia Vaughan]]", C, "edited"),
    # 013 Sri Lankan doctor, ESL, daughter, email
    R("parent", "I am from {{Kandy|place}}, {{Sri Lanka|place}}, a doctor at {{Wrexham Maelor Hospital|hosp}}. My "
      "daughter [[p:Nethmi]] came back from the centre singing Welsh songs and taught her grandmother on the video "
      "call. For a child of immigrants this belonging is precious. {{Bohoma sthuthi|lang}}.\n"
      "[[p:Chaminda Wijesinghe]]\n[[em:c.wijesinghe@example.org]]"),
    # 014 farmer, supports closure
    R("farmer", "The county has no money and the roads are falling apart, look at the {{A5104|road}}. Sell it and give the money to the schools "
      "and let them choose where to go. {{Chwarae teg|welsh}} to the staff, they have done a good job, but a "
      "council should not be running a hotel on a lake in {{2025|num}}."),
    # 015 scout leader: full name and nickname, phone
    R("scout leader", "I'm {{Group Scout Leader|role}} for {{1st Llanfair Gwernant Scouts|club}}. We camp on the "
      "centre's field every {{Whitsun|event}}, and the {{Duke of Edinburgh's Award|org}} groups from both high "
      "schools train there. Sell it and that goes too. Ring me for the numbers.\n[[p:Huw Bevan]] (the kids call me "
      "[[p:Skip]])\n[[ph:07700-900-128]]"),
    # 016 edited: part of the template plus own text (house name, granddaughter's school)
    R("grandparent", " ".join(S[4:7]) + " We live at [[hn:Tŷ'r Ysgol]], up above the lake, and the minibuses pass us "
      "every Monday. My granddaughter [[p:Mali]] goes in the summer term from [[sch:Ysgol y Foel]] and she is "
      "counting the days.", C, "edited"),
    # 017 wheelchair user, PA
    R("disabled person", "I have {{spina bifida|med}} and I went to {{Plas Gwernant|own}} at eleven, when nobody "
      "else would take me. I went up {{Moel Famau|landmark}} on a {{Joëlette|brand}} with four instructors pulling. "
      "I came to the consultation meeting with my PA, [[p:Rhodri]], and we could not get in the side door of the "
      "council chamber."),
    # 018 parent of a boy with epilepsy: date of birth, NHS and hospital numbers
    R("parent", "The staff knew my son. [[p:Osian]] has {{epilepsy|med}} and the centre held his care plan: date of "
      "birth [[dob:14.02.2013]], NHS number [[nhs:999 403 1783]], hospital number [[hosp:WM 5503318]] at "
      "{{Wrexham Maelor Hospital|hosp}}. They kept his {{Buccolam|brand}} in the office and every instructor knew "
      "what to do."),
    # 019 commercial centre, supports closure; phone
    R("business", "We run {{Aber Adventures|org}}, a small commercial centre, and we would welcome schools. We have "
      "level access and an adapted minibus, and we are cheaper than the council claims. The council should not "
      "compete with local businesses using public money. {{Pob lwc|welsh}} to the staff. [[ph:01632 960 284]]"),
    # 020 slogan only
    R("young person", "{{ACHUB PLAS GWERNANT|slogan}}"),
]
