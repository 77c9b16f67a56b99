"""care-leavers-housing: Ribbleworth Borough Council (fictional, Lancashire) proposes to close Kestrel Lodge, a
14-bed staffed hostel for care leavers aged 16-21, and replace it with 20 scattered 'Staying Close' flats let by
Pendlebrook Homes with floating support from the Leaving Care Team."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "CLH", "care-leavers-housing"
C = "clh-home-not-a-tenancy"

TPL = (
    "We are care-experienced young people and the adults who support us, and we are asking "
    "{{Ribbleworth Borough Council|inv}} not to close {{Kestrel Lodge|own}}. "
    "For many of us the Lodge was the first place after care where someone was awake at three in the morning "
    "when things went wrong. "
    "A flat on your own at seventeen with a support worker twice a week is not the same. "
    "Young people leaving care are far more likely to end up homeless, in debt or in prison, and the first year is "
    "when it happens. "
    "The council is our corporate parent, and no good parent hands a teenager a key and walks away. "
    "A home, not just a tenancy. "
    "We ask the council to keep the Lodge open for anyone under eighteen or anyone who needs it, to add the new "
    "flats alongside it rather than instead of it, and to put care leavers on the panel that decides."
)
S = sents(TPL)


def no_commas(s):
    return s.replace(",", "")


ITEMS = [
    # 001 template
    R("young person", TPL, C, "template"),
    # 002 care leaver, text-speak, lower-case names
    R("care leaver", "i was at {{kestrel lodge|own}} from 16 til i was nearly 19. honestly it saved my life. the night "
      "staff esp [[p:mags]] used to sit up with me when i couldnt sleep. my pa [[p:dean]] is sound but he cant be "
      "there at 2am can he. if u put 17 yr olds in flats on there own they will get cuckooed by dealers within a "
      "month i seen it happen. im in a flat on [[st:weavers row]] now n its ok"),
    # 003 exact, capitals
    R("care leaver", each(TPL, str.upper), C, "exact"),
    # 004 Kurdish young man
    R("care leaver", "{{Silav|lang}}. I came to UK alone when I was 15 from {{Iran|place}}, I am Kurdish. The Home Office say I am born [[dob:1/1/2006]] but nobody know really. First I "
      "was in hotel, then foster, then {{Kestrel Lodge|own}}. In the Lodge I learn to cook, to pay bills, to speak English "
      "better. Now I live alone in [[fl:flat 6, Pennine House]] and I am OK because I learn first. If I go alone "
      "from the beginning I think I will be very lonely, very sad. My PA [[p:Jodie]] help me write this. I study "
      "plumbing at {{Preston's College|venue}}. {{Spas|lang}}, [[p:Aram]]"),
    # 005 neighbour who wants it closed
    R("resident", "I live opposite {{Kestrel Lodge|own}} on [[st:Brindle Street]] and I'm sorry but it has been a nightmare. "
      "Police are round twice a week, there's been fires in the bins and lads shouting at all hours. "
      "{{Lancashire Constabulary|org}} will tell you the same. Somebody keyed my car, [[vr:PK66 WMJ]], last month. Smaller flats spread out sounds much better for "
      "everyone, including the kids.\n[[p:Carol Aspin]]"),
    # 006 foster carers, Staying Put
    R("foster carer", "Me and my husband [[p:Ste]] have fostered for fourteen years. Most of ours have gone on to "
      "{{Staying Put|law}} with us after eighteen, but not every young person can, and the Lodge is the safety net "
      "when a placement breaks down at sixteen or seventeen. A flat is not a placement. Our old dog {{Barney|pet}} has seen more children settle in than any social worker. If you close the Lodge the "
      "next step will be an out-of-area children's home in {{Blackpool|place}} at four times the price."),
    # 007 care leaver who supports the flats
    R("care leaver", "Unpopular opinion but I'm glad. I was in the Lodge for a year and it was chaos, there's "
      "always someone kicking off and you get dragged into it. I got my own flat through {{Pendlebrook Homes|inv}} "
      "at 18 and it's the first time I've felt normal. Like {{Fred Dibnah|pub}} said, one step at a time. Just make sure the support is real and not a phone number "
      "nobody answers. [[p:tash]]"),
    # 008 edited: personal paragraph (young mother, snapchat)
    R("care leaver", " ".join(S[:3]) + "\n\nI moved into a flat at 17 and within six weeks my ex and his mates were "
      "using it. I didn't know how to say no. I got evicted and ended up sofa surfing in {{Burnley|place}}. I'm 20 "
      "now, I've got a little boy, [[p:Kobe]], and I'm doing well, but that year nearly finished me. Anyone who "
      "wants to ask me about it can find me on snap, [[sh:ellie_rbw02]].\n\n" + " ".join(S[3:]), C, "edited"),
    # 009 blank
    R("care leaver", ""),
    # 010 personal adviser (professional, no names)
    R("professional", "I am a {{personal adviser|role}} in the {{Leaving Care Team|own}}. The principle of "
      "{{Staying Close|law}} is good and is backed by national evidence. My concern is caseloads. We carry 25 to "
      "30 young people each. Floating support at two visits a week will not cover a 17-year-old with trauma who "
      "has never lived alone. Please fund the {{support workers|role}} before closing the Lodge, not after."),
    # 011 exact, commas removed
    R("foster carer", plain_only(TPL, no_commas), C, "exact"),
    # 012 housing association
    R("organisation", "{{Pendlebrook Homes|inv}} supports the proposal and has identified 20 one-bedroom flats "
      "across {{Ribbleworth|inv}}, {{Chorley|place}} and {{Leyland|placename}}. We would ring-fence them as "
      "{{Staying Close|law}} tenancies. We ask the council to agree clear arrangements with our "
      "{{Tenancy Sustainment Officers|role}} so that rent arrears and anti-social behaviour are picked up early. One tenant, [[p:Liam]], lost a flat with us last year over {{£300|num}} of arrears nobody spotted.\n[[p:Ruth Halliwell]], {{Head of Housing Services|role}}"),
    # 013 near-miss: one phrase reused
    R("resident", "'No good parent hands a teenager a key and walks away.' Agreed. But no good parent sends their "
      "kid to live with thirteen other troubled teenagers either. The flats are the better idea if the support is "
      "there."),
    # 014 former cook at the Lodge, Lancashire dialect, home street
    R("former staff", "I were the cook at {{Kestrel Lodge|own}} for nine year till I retired. Them kids used to come in "
      "t'kitchen at eleven at night wanting toast and a {{natter|dialect}}, and that's when they told you things. One lad, "
      "[[p:Tyler]], learnt to make a proper hotpot wi' me, and we'd watch {{Corrie|char}} after and he's a chef now. Don't tell me a flat on its "
      "own does that. I still see some of 'em in {{Accrington|place}} market. I live on [[st:Oswald Road]], two "
      "minutes off, and I never had no bother from 'em.\n[[pc:BB53ND]]"),
    # 015 edited: reworded opening and closing
    R("youth worker", "Our youth group asked me to put this in for them in our own words. " + " ".join(S[1:5]) +
      " Please come and listen to the young people before you vote. They are the experts.", C, "edited"),
    # 016 councillor, named
    R("councillor", "As a member of the {{Corporate Parenting Board|role}} I have visited the Lodge many times. The "
      "building needs {{£1.2m|num}} of work and I understand why officers want to move on. But I will not support "
      "closure until the twenty flats are ready and staffed. I have asked the {{Director of Children's Services|role}} "
      "for a timeline.\nCllr [[p:Gaynor Haworth]]\n{{Conservative|party}}, {{Ribbleworth North|inv}}"),
    # 017 capitals, young person
    R("young person", "YOU ARE MEANT TO BE OUR PARENTS. ACT LIKE IT. WOULD YOU PUT YOUR OWN KID IN A FLAT ON "
      "{{DEEPDALE ROAD|route}} ON THEIR OWN AT 16? NO YOU WOULDNT."),
    # 018 charity
    R("organisation", "We work with care leavers across {{Lancashire|place}}, from {{Nelson|placename}} and {{Darwen|placename}} to {{Preston|place}}, alongside {{Barnardo's|orgp}}, the "
      "{{King's Trust|org}} and {{Become|org}}. Our experience is that a staffed first step, followed by a "
      "supported flat, works best. We would ask the council to keep a smaller staffed service, perhaps six beds, "
      "rather than close {{Kestrel Lodge|own}} entirely."),
    # 019 exact, lower case
    R("care leaver", each(TPL, str.lower), C, "exact"),
    # 020 short support
    R("resident", "Support. Flats are better than a hostel."),
    # 021 young mother care leaver: child's birth date, flat, council tax account
    R("care leaver", "I left care at 18 and went straight into a flat and it was hard but I managed. Now I've got my "
      "daughter [[p:Nevaeh]], born [[dob:2/2/2024]], and we live at [[fl:14b Cotton Court]]. She goes to [[sch:Little Acorns Nursery]] three mornings. But "
      "the council promised care leavers don't pay council tax till 25 and I still got a bill, account "
      "[[acc:CT 6100 4829]]. Sort things like that out before you give more people flats."),
    # 022 edited: half the template plus own text
    R("foster carer", " ".join(S[:4]) + " I've seen it with two of my own foster children who left at eighteen. "
      "One is doing brilliantly. The other lost his flat in five months and is now in {{HMP Preston|landmark}}. "
      "The difference wasn't the young person, it was who was around them.", C, "edited"),
    # 023 police
    R("police", "Response from the {{Neighbourhood Policing Team|role}} for the {{Ribbleworth Central|inv}} ward. "
      "Calls to {{Kestrel Lodge|own}} have fallen since the new manager started. Our concern with scattered flats is "
      "exploitation: young people living alone are targeted for county lines activity. PCSO "
      "[[p:Ainsworth]] and I would welcome being involved in any safeguarding plan."),
    # 024 Vietnamese young person
    R("care leaver", "I am from {{Vietnam|place}}. I came in the lorry when I was 16. Now I am 19. In the Lodge there "
      "is always somebody, so I am not afraid. In a flat alone, bad people can find me again. Please keep it for "
      "the young ones who are new. {{Cảm ơn|lang}}. [[p:Minh]]"),
    # 025 kinship carer, grandmother, address and phone
    R("kinship carer", "I have my grandson under a {{special guardianship order|law}} and he turns 18 in "
      "{{October|date}}. He has {{ADHD|med}} and he is not ready to live on his own. Neither he nor I knew he "
      "could not go to the Lodge because he was never officially 'looked after'. I think the new scheme should "
      "include children like him. His paediatrician can confirm it, NHS number [[nhs:999-812-5065]]. I am happy to talk to someone.\n[[p:Brenda Entwistle]], [[st:27 Shuttle "
      "Street]], [[pc:BB4 7TQ]], [[ph:0161 496 0733]]"),
]
