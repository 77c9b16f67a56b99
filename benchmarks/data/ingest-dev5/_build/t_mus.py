"""museum-charges: a £6 adult entry charge at Amgueddfa Cwm Ederyn (fictional Cwm Ederyn County Borough Council /
Cyngor Bwrdeistref Sirol Cwm Ederyn, a former mining valley in south Wales).

Free with a residents' card (Cerdyn Cwm Ederyn); closure on Mondays; Welsh-language and bilingual voices.
"""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "MUS", "museum-charges"
C = "mus-keep-our-museum-free"

TPL = ("Our museum has been free since it opened in {{1987|date}} and it must stay free. "
       "It tells the story of the miners, the chapels and the families who built this valley, and it belongs to all of us. "
       "A charge of {{£6|num}} will stop the very people whose history it is from walking through the door. "
       "Families on low incomes, pensioners and young people will simply stop coming. "
       "A residents' card will not help visitors from the next valley or relatives who have moved away. "
       "The national museums in Wales are free, and ours should be too. "
       "Instead of charging, the council should open a café, bid for heritage grants and work with volunteers. "
       "Keep our museum free for everyone.")
S = sents(TPL)

ITEMS = [
    # 001
    R("resident",
      "Charge the coach parties, not us. Nobody local minds paying a bit if the tourists pay more. "
      "{{Big Pit|landmark}} is free and packed, mind, so maybe free brings people in. The national museums in Wales are free, fair enough, but they're paid for by {{Cardiff|place}}."),
    # 002
    R("resident", TPL, C, "template"),
    # 003
    R("former miner",
      "I worked underground at {{Tŷ Mawr Colliery|landmark}} from 1962 till it shut. My lamp and my father's are "
      "in the case by the door, with our names on the tally. Now you want six pound for me to go and look at my own "
      "lamp. My grandson [[p:Rowan]] took me last {{Whitsun|date}} and he cried at the bit about the {{1965|date}} "
      "explosion, he's only nine. Keep it free for the children at least. [[p:Wyn Pugh]] [[hn:Tanyrallt]] "
      "{{Pontyrhosyn|inv}}"),
    # 004
    R("resident",
      "Rwy'n gwrthwynebu'r tâl yn llwyr. Mae'r amgueddfa'n perthyn i'r cwm. Roedd fy nhad-cu, "
      "[[p:Ifor Bevan]], yn löwr ac mae ei lun ar y wal yn yr oriel gyntaf. Byddai codi {{£6|num}} yn "
      "gwahardd teuluoedd fel fy nheulu i. {{Cadwch yr amgueddfa am ddim|welsh}}. [[p:Eluned Bevan]]"),
    # 005
    R("volunteer",
      "I've volunteered on the front desk for nine years. We count everyone who comes in and about half are from the "
      "borough. If you charge visitors and let residents in free, who checks the residents' card? Us. Volunteers "
      "should not be asked to take money or argue with people at the door. Please talk to the {{Friends of Amgueddfa "
      "Cwm Ederyn|inv}} before deciding."),
    # 006
    R("resident", each(TPL, str.upper), C, "exact"),
    # 007
    R("teacher",
      "I teach Year 5 and we bring the class every {{autumn|date}} for the coal topic. The consultation says schools "
      "stay free, which is good, but the transport already costs us {{£240|num}} a trip. What would really help is a "
      "proper learning room. The {{Superted|char}} exhibition two years ago was the best thing the museum has done "
      "for younger children. One pupil, [[p:Macauley]], asked if the pit ponies got paid. Another has {{Asperger's|med}} and the museum's quiet room made the trip possible for him."),
    # 008
    R("pensioner",
      "Charging six pound is daylight robbery when we pay council tax for it already. I don't drive. I live on "
      "[[st:teras bethesda]] and the bus from the top is two an hour. I go every Tuesday to the café and the reading room. I'll stop. "
      "Mrs [[p:Ceinwen Lloyd]]"),
    # 009
    R("business",
      "From a tourism point of view a modest charge is fine if the offer improves. Visitors to "
      "{{Merthyr Tydfil|placename}} and {{St Fagans|placename}} expect a café, a shop and good toilets. People come to {{Caerphilly|place}} to see the {{Tommy Cooper statue|art}} and then go to the castle and the museum, which charge. Ours has "
      "none of those. {{Cwm Ederyn Tourism Partnership|inv}}"),
    # 010
    R("resident",
      "{{Annwyl Gyngor|welsh}}, rydw i'n ysgrifennu i ddweud bod rhaid i'r amgueddfa aros am ddim. "
      "It tells the story of the miners, the chapels and the families who built this valley, and it belongs to all of us. "
      "A charge of £6 will stop the very people whose history it is from walking through the door. "
      "Families on low incomes, pensioners and young people will simply stop coming. "
      "A residents' card will not help visitors from the next valley or relatives who have moved away. "
      "The national museums in Wales are free, and ours should be too. "
      "{{Diolch am wrando|welsh}}. Please think again.", C, "edited"),
    # 011
    R("parent",
      "im a single mum with 3 kids and its the only place we can go on a wet saturday that doesnt cost anything. "
      "the kids love the dressing up in the victorian classroom. [[p:faith]] my youngest thinks the old teacher "
      "dummy is real lol. please dont charge. my page is [[sh:valleymam3]] on insta if u want pics of the kids there"),
    # 012
    R("local historian",
      "The {{Lady Rhondda Gallery|art}} holds the best collection of suffrage material in the valleys, and the "
      "{{Pontyrhosyn Miners' Banner|art}} is of national significance. Both are on loan terms that require free public "
      "access; the council should check the loan agreement with {{Amgueddfa Cymru|org}} before introducing a "
      "charge. I'd be glad to help - [[em:g.ap.iorwerth@example.org]]. [[p:Gareth ap Iorwerth]], "
      "{{Cwm Ederyn Local History Society|inv}}"),
    # 013
    R("resident", each(TPL, str.lower), C, "exact"),
    # 014
    R("student",
      "I'm doing a history degree in {{Swansea|place}} and I did my work experience at the museum. The collections "
      "team is two people. Charging won't fix that. For the record I'd support a donation box and a {{Gift Aid|law}} "
      "scheme. My student number is [[acc:2230417]] if you need to verify I'm a student for the concession question."),
    # 015
    R("resident", ""),
    # 016
    R("resident",
      "We moved to Cwm Ederyn from {{Port Talbot|placename}} and the museum is how we got to know the place. "
      "I'm happy with the residents' card if it's easy to get. My card number from the library is "
      "[[acc:CCE 448 821]] - can that one be used, or is it another card? Please don't make us apply twice."),
    # 017
    R("Welsh-language group",
      "Mae {{Cymdeithas Cwm Ederyn|inv}} yn galw ar y Cyngor i sicrhau bod pob arwydd a phob tocyn yn ddwyieithog "
      "os cyflwynir tâl. We also note that the {{Welsh Language Standards|law}} apply to any new booking system."),
    # 018
    R("resident",
      "Our museum has been free since it opened in 1987 and it must stay free. "
      "It tells the story of the miners, the chapels and the families who built this valley, and it belongs to all of us. "
      "A charge of £6 will stop the very people whose history it is from walking through the door. "
      "My mother, [[p:Gwladys Pritchard]], gave the museum her wedding dress and her mother's chapel hymn book. She is "
      "in the care home on [[st:Heol Islwyn]] now, where she has lived since {{Storm Dennis|storm}} flooded her house, "
      "and the staff take her to the museum once a month so she can see them. With a charge for her and for the "
      "carer, that will stop. "
      "The national museums in Wales are free, and ours should be too. "
      "Keep our museum free for everyone.", C, "edited"),
    # 019
    R("councillor",
      "I want to put on record that the Labour group has not agreed this proposal. The {{Cabinet Member for Culture|role}} "
      "brought it forward without a briefing. I have had 140 emails about it, and the {{Leader of the Council|role}} "
      "should withdraw it. Cllr [[p:Rhodri Ellis-Vaughan]], {{Ward of Pontyrhosyn North|inv}}"),
    # 020
    R("disabled resident",
      "The museum is not accessible above the ground floor and the lift has been out since {{Storm Bert|storm}}. If you "
      "charge {{£6|num}} you should give free entry to a carer or PA, like {{Cadw|org}} sites do. My PA "
      "[[p:Sioned]] and I go twice a month. My hospital number at {{Prince Charles Hospital|hosp}} is [[hosp:PCH-M0933184]], for what it's worth. I have {{Ehlers-Danlos syndrome|med}} and the museum benches are the only "
      "ones in town I can get up from."),
    # 021
    R("resident",
      "DON'T YOU DARE. MY GRANDFATHER DIED AT {{TŶ MAWR|landmark}} AND HIS NAME IS ON THE MEMORIAL IN THE MUSEUM GARDEN. "
      "CHARGING PEOPLE TO SEE IT IS OBSCENE. [[p:ALUN PROSSER]]"),
    # 022
    R("resident", each(TPL, lambda s: s.replace(".", "").replace(",", "").replace("'", "")), C, "exact"),
    # 023
    R("family member",
      "Writing from {{Bristol|place}}. My grandparents are on the museum's photograph wall, outside their shop on "
      "{{Stryd Fawr|route}}. I visit every {{Easter|date}}. A charge for someone like me seems fair, but please keep the "
      "archive free for family researchers. Dr [[p:Nia Haddock]]"),
    # 024
    R("museum staff",
      "I work at the museum and I am responding as a resident. Staff were told about this at the same time as the "
      "public. If the council wants to save money, closing on Mondays makes sense; charging at the door means a till, "
      "card machine, training and a second person on the desk, which will eat most of the income in the first years. "
      "Please look again at the numbers."),
    # 025
    R("resident",
      "Support charging. Nobody values what's free. {{£6|num}} is less than a pint in the {{Colliers Arms|pub}} or a pair of {{Dr Martens|brand}} laces."),
    # 026
    R("parent",
      "My son [[p:Osian]] is in Year 4 at [[sch:Ysgol Gymraeg Pontyrhosyn]] and he's autistic. The museum's quiet "
      "morning on the first {{Saturday|date}} is the only museum visit he can cope with. We live in [[hn:the old manse]] "
      "on [[st:ffordd y capel]] by the chapel, five minutes' walk. Please keep the quiet mornings free whatever you decide, and keep the "
      "{{Bob the Builder|char}} digger in the play area."),
    # 027
    R("resident",
      "Families on low incomes, pensioners and young people will simply stop coming. "
      "A residents' card will not help visitors from the next valley or relatives who have moved away. "
      "The national museums in Wales are free, and ours should be too. "
      "I'd add one thing. My brother in {{Aberdare|place}} is five miles away but in a different county, so he'd pay "
      "and I wouldn't. That's daft. Make it free for all of the old coalfield, or free for everyone.", C, "edited"),
    # 028
    R("resident",
      "Dw i ddim yn siŵr. Mae'r cyngor yn brin o arian. Ond mae pobl fel Mrs [[p:Llinos Morgan-Jones]] "
      "drws nesaf, sy'n 90, yn byw ar bensiwn. Efallai tâl i ymwelwyr yn unig? {{Diolch|welsh}}."),
    # 029
    R("Friends group",
      "The {{Friends of Amgueddfa Cwm Ederyn|inv}} raised {{£18,400|num}} last year through the shop, the "
      "{{Christmas|date}} fair and the {{St David's Day|event}} concert. We fear a charge will cut the number of visitors "
      "who buy anything. We propose a pay-what-you-can {{£3|num}} suggested donation for a trial year. Our chair, "
      "[[p:Tegwen Jenkins]], can be reached on [[ph:029 2018 0592]]."),
    # 030
    R("resident",
      "Fine. charge. The building needs a new roof more than it needs to be free."),
    # 031
    R("resident",
      "I'm a carer for my husband [[p:Heddwyn]] who has {{Alzheimer's|med}}. The reminiscence sessions at the museum on "
      "a {{Wednesday|date}} are the only thing he still enjoys. The lady who runs them, [[p:Bethan]], is an angel. "
      "If they go because of this I don't know what we'll do. We live at [[hn:Bryn Teg]] up on [[st:Heol y Glowyr]], near {{St Teilo's Church|church}}, and he can walk "
      "down with me on a good day. Please protect the sessions."),
    # 032
    R("resident",
      "A bit of both? Free for locals, free on the first {{Sunday|date}} of the month for all, and a charge the rest of "
      "the time. That's what they do at a place I went to near {{Llandeilo|placename}}."),
]
