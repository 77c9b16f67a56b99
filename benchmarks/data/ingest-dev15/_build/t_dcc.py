"""day-centre: Calderbrook Metropolitan Borough Council (fictional, West Yorkshire) proposes to close Hollins Mill
Day Centre, a building-based day service for about 60 adults with learning disabilities, and to move people to
'community opportunities' based at the Calderbrook Hub in the central library. Campaign: dcc-keep-hollins-mill-open."""
from common import R, each, plain_only, sents

PREFIX = "DCC"
CONSULTATION = "day-centre"
C = "dcc-keep-hollins-mill-open"

T = ("Please keep {{Hollins Mill Day Centre|own}} open. {{Hollins Mill|own}} is not just a building. It is where "
     "people with learning disabilities see their friends, learn new skills and feel safe. Many people who go there "
     "cannot cope with busy places like libraries and shopping centres, so community opportunities will not work "
     "for them. Families and carers rely on the centre so they can work, rest and look after their own health. The "
     "council has not shown where people will go, who will support them, or how transport will work. Under the "
     "{{Care Act 2014|law}} the council must meet people's assessed needs. Do not close {{Hollins Mill|own}} until "
     "every person has a safe plan that they and their family agree with.")
S = sents(T)

ITEMS = [
    # 001
    R("family carer", T, C, "template"),
    # 002
    R("adult with a learning disability", "My name is [[p:Gareth]].\nI go to {{Hollins Mill|own}}.\nI like the "
      "cooking group and the music.\nMy support worker [[p:Jo]] helps me with my money.\nMy friend [[p:Stacey]] goes there too.\nI do not want it to shut.\nI will be "
      "sad.\nI will be on my own at home."),
    # 003 exact: lower case
    R("family carer", each(T, str.lower), C, "exact"),
    # 004
    R("support worker", "I've been a {{support worker|role}} at {{Hollins Mill|own}} for 16 years. The council "
      "keeps saying 'community opportunities' but there aren't any. The {{Calderbrook Hub|own}} is one room in the "
      "library with no hoist and no {{Changing Places|law}} toilet. Half our people use wheelchairs. Come and spend "
      "a day with us before you decide."),
    # 005
    R("parent", "Ey up. Our lass [[p:Bethany]] is 34 and has {{Down's syndrome|med}} and early {{dementia|med}}. "
      "She's been going to Hollins Mill since it opened. Routine is everything for her now, if owt changes she gets "
      "frightened and stops eating. Her NHS number is [[nhs:999 116 0175]] if you want to look. We're both in our seventies. There's nowt else round here for her, "
      "{{love|dialect}}, nowt."),
    # 006
    R("self-advocate", "I am [[p:Darren Ackroyd]].\nI am a member of {{Calderbrook People First|inv}}.\nWe had a "
      "meeting about the day centre.\n- 12 people said keep it open.\n- 2 people said they like the hub idea.\n- "
      "Everybody said the letter was too hard to read.\nPlease send an {{Easy Read|send}} letter next time."),
    # 007
    R("family carer", "My brother [[p:Gareth Holroyd]] who goes to the day centre has {{Fragile X syndrome|med}} and "
      "{{autism|med}}. His NHS number is [[nhs:999 002 5312]] and he is under the {{Calderdale Royal|hosp}} for his "
      "epilepsy (hospital no. [[hosp:CRH 5521907]]). Mum died last year and I'm now his main carer. I work full "
      "time. Without Hollins Mill I will have to give up my job."),
    # 008 edited: personal paragraph added, one sentence dropped
    R("family carer", " ".join(S[:5] + S[6:]) + "\n\nMy son [[p:Liam]] has gone to the centre four days a week "
      "for nine years. He is 41, has a severe learning disability and uses {{Makaton|therapy}}. He has a seizure "
      "most weeks and the staff know exactly what to do. I am 76 and have had two heart attacks. His "
      "direct payment account number is [[acc:CMBC-DP-0093371]] and it would not buy one day of the care he gets "
      "now.", C, "edited"),
    # 009
    R("family carer", ""),
    # 010
    R("councillor", "I am the {{Cabinet Member for Adult Social Care|role}} and I want to be clear that no decision "
      "has been made. The building needs {{£1.4m|num}} of repairs. Under the Care Act 2014 the council must meet "
      "people's assessed needs, and we will, through reviews for every person. But we must also spend public money "
      "well. Cllr [[p:Rashida Hussain-Whitworth]]"),
    # 011 exact: full stops turned into exclamation marks
    R("family carer", plain_only(T, lambda s: s.replace(".", "!")), C, "exact"),
    # 012
    R("charity", "{{Mencap|org}} is concerned that the proposal treats day services as a building cost rather than "
      "as support for people with eligible needs. We also note that {{Scope|org}} and {{Carers UK|org}} research "
      "shows family carers of adults with learning disabilities are older than ever. Closing the centre without "
      "individual plans would put carers' own health at risk."),
    # 013
    R("adult with a learning disability", "my name is [[p:kirsty]] i am 28. i go to {{hollins mill|own}} on monday tuesday "
      "and friday. i do art. i have a boyfriend there he is called [[p:Sunny]]. i dont like the library its noisy. "
      "please dont shut it"),
    # 014
    R("support worker", "Support worker for a supported living provider. Four of our tenants go to "
      "{{Hollins Mill|own}}. We do not have staff to take them out into the community five days a week on the "
      "hours the council funds. In practice they will stay at home in front of the telly. That is not "
      "'independence'. Our {{Service Manager|role}} has written to the council twice and had no reply."),
    # 015 edited: reworded opening and closing, Easy Read style
    R("family carer", "We want {{Hollins Mill|own}} to stay open.\n" + "\n".join(S[2:5]) + "\nThe council has not "
      "told us where people will go.\nPlease listen to us.\nFrom [[p:Joyce]] and [[p:Ken]], parents of "
      "[[p:Adele]]", C, "edited"),
    # 016
    R("parent", "Our son [[p:Rhys Sutcliffe]] (dob [[dob:12.11.98]]) has {{Angelman syndrome|med}}. NI number "
      "[[ni:QQ 33 90 14 B]]. We live at [[st:3 Nab End]], [[pc:HX7 5QE]]. The letter said his 'needs will be "
      "reviewed'. We have had three social workers in two years and none of them has met him. Who is going to do "
      "these reviews?"),
    # 017
    R("learning disability nurse", "As a {{community learning disability nurse|role}}, I see people with "
      "{{profound and multiple learning disabilities|med}} who depend on the centre's hydrotherapy pool and "
      "{{Rebound Therapy|therapy}}. Neither is available at the library. Postural care and {{Intensive Interaction|therapy}} "
      "need trained staff and space."),
    # 018
    R("family carer", "SHUT IT AND YOU'LL HAVE 60 FAMILIES IN CRISIS BY CHRISTMAS. WE ARE NOT NUMBERS ON A "
      "SPREADSHEET."),
    # 019 near-miss
    R("family carer", "I'll be honest, Hollins Mill is not just a building, it is a tired building, and my "
      "daughter got bored there years ago. Since we moved to a {{personal budget|send}} she does a gardening "
      "project at {{Ogden Water|landmark}} and volunteers at a cafe. It works for her. But I know it wouldn't work "
      "for everyone, so please don't rush it."),
    # 020 ramble
    R("family carer", "I am writing as the father of [[p:Matthew]], who is 38 and has gone to {{Hollins Mill|own}} "
      "since it opened in {{1999|date}}. [[p:Matthew]] has {{cerebral palsy|med}}, a severe learning disability and no "
      "speech. He communicates with his eyes and a few signs. His mother, [[p:Pauline]], and I are 71 and 69. We "
      "have looked after him at home all his life, at [[hn:Moorcroft]], [[st:Cragg Vale Road]], and we have never "
      "asked the council for much. Hollins Mill is the reason we have managed. Five days a week the minibus picks "
      "him up at half eight and brings him back at four. In between he does music with [[p:Dave]], he goes in the "
      "hydro pool, and he sits with his friends [[p:Stuart]] and [[p:Alison]] who he has known for twenty years. "
      "Those friendships are the most important thing in his life after us. The consultation says people will be "
      "supported to access 'a range of community opportunities'. I have asked what that means for [[p:Matthew]] and "
      "nobody can tell me. He needs two people to hoist him and a changing bed. The library does not have a "
      "Changing Places toilet, the nearest one is at the {{Piece Hall|landmark}} in {{Halifax|place}}. I have worked "
      "out that if we had to do what Hollins Mill does ourselves, [[p:Pauline]] would be back to lifting him, and she "
      "has already had one back operation. We will not manage. Then what? A care home at 38? That will cost the "
      "council far more. I understand the council has no money. I understand the building leaks. But fix the roof "
      "instead, or move the whole service together, friends and staff, to a building that works. Please do not "
      "break it up. [[p:Peter Greenwood]]"),
    # 021
    R("adult with a learning disability", "I AM [[p:NATHAN]]. I LIKE {{LEEDS UNITED|org}}. I GO TO THE DAY CENTRE "
      "ON THE BUS. MY SUPPORT WORKER IS [[p:JO]]. I WANT IT TO STAY."),
    # 022
    R("family carer", "Sister of a man who goes to {{Hollins Mill|own}}. [[p:Craig]]'s date of birth is "
      "[[dob:1989-03-02]] and his NHS number is [[nhs:9995754649]], I'm putting them so you can find his "
      "assessment and see that it says he needs building-based day care. Read it before you close anything. "
      "Contact: [[em:h.sykes(at)example.net]] or [[ph:0113 496 0871]]"),
    # 023
    R("support worker", "I support [[p:Samira]] on {{Thursdays|date}}. She loves the {{Zumba|event}} class at "
      "Hollins Mill and the Friday disco. She has a {{YouTube|org}} channel, [[sh:@dancing_queen_hx7]], where she "
      "posts her dances. The community offer has nothing like this."),
    # 024
    R("family carer", "We pay our council tax like everyone else (account [[acc:6004 1187 22]]) and we get nothing "
      "for it but this centre. My son [[p:Jordan]] lives with us in [[fl:flat 2b]], [[st:Dene View]], and the "
      "centre is his only time out. Our car [[vr:YG20 HMV]] is too small for his chair, the {{Motability|org}} one's been on "
      "order since {{August|date}}."),
    # 025
    R("resident", "Sell it."),
]
