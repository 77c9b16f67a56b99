"""bandstand: Mullanbeg District Council (fictional, north-west of Northern Ireland; Derry voices) consults on the
1898 cast-iron bandstand in Victoria Park: Option A restore it (£640,000, with a heritage lottery bid), Option B
take it down and build a splash pad and a covered events canopy in its place."""
from common import R

PREFIX, CONSULTATION = "BND", "bandstand"

ITEMS = [
    # 001 Derry, older man, father played in the band
    R("resident", "Option A, {{so it is|dialect}}. My da played cornet in {{thon|dialect}} bandstand every Sunday in the summer of '62 with "
      "the {{Mullanbeg Silver Band|inv}}. It was made by {{Walter Macfarlane & Co|orgp}} in {{Glasgow|place}}, "
      "there's only a handful left in the whole of {{Ireland|place}}. Ye'd be {{wile|dialect}} stupid to knock it "
      "down for a splash pad that'll be broke in five year.\n[[p:Paddy Coyle]]"),
    # 002 young mum wants the splash pad, text-speak
    R("parent", "splash pad 100%!!! theres nothing for wee ones in mullanbeg, we have to drive to "
      "{{buncrana|place}} or {{portrush|place}} every time theres a bit of sun. the bandstand is lovely to look "
      "at but nobody uses it except teenagers drinking. my two [[p:cian]] and [[p:ellie-rose]] would live in a "
      "splash pad, put {{peppa pig|char}} on it n they'd never leave. were in [[fl:flat 12, riverview court]] with no garden"),
    # 003 blank
    R("resident", ""),
    # 004 local historian, formal
    R("organisation", "The {{Mullanbeg Historical Society|inv}} strongly supports Option A. The bandstand was "
      "erected in {{1898|date}} to mark the Diamond Jubilee of {{Queen Victoria|pub}}, a year late, and it has "
      "seen temperance rallies, the first {{Feis|irish}} in the town and the victory dances of 1945. It is a "
      "{{listed building|law}} under the {{Planning (Northern Ireland) Act 2011|law}}. We would be glad to help "
      "the council's {{Heritage Officer|role}} with the {{National Lottery Heritage Fund|org}} bid.\nDr [[p:Kieran Moore]], Chair"),
    # 005 Derry woman, granddaughter, school
    R("resident", "Och, {{catch yerselves on|dialect}}. Take down a bandstand that's stood 127 year for a splash pad? "
      "My granddaughter [[p:Aoibheann]] goes to [[sch:Glenmullan Primary School]] across the road from the park "
      "and the whole school does the {{Christmas carols|event}} round the bandstand every year. Restore it and "
      "stop wasting money on consultants."),
    # 006 support Option B, practical
    R("resident", "Option B. The bandstand has been fenced off for six years. Nobody under sixty cares about it. "
      "Put it in the {{Tower Museum|landmark}} if it matters and build something kids will use."),
    # 007 brass band, named conductor
    R("organisation", "The {{Mullanbeg Silver Band|inv}} has played in {{Victoria Park|own}} since 1899. We would "
      "commit to a summer programme of twelve Sunday concerts if the bandstand is restored. Our musical director, "
      "[[p:Declan McGilloway]], and our youth band of 22 players would lead the first concert.\n"
      "{{Band Secretary|role}}"),
    # 008 Irish-language speaker
    R("resident", "{{Is mise|irish}} [[p:Caoimhín Ó Dochartaigh]]. {{Tá mé ag scríobh as Gaeilge agus as Béarla|irish}}. I "
      "support restoring the bandstand but I would like the new signage to be bilingual, in Irish and English, "
      "and the {{Gaelscoil|venue}} children to be involved in the reopening. {{Go raibh maith agat|irish}}."),
    # 009 Kerala nurse, Malayalam
    R("resident", "I am a nurse at {{Altnagelvin|hosp}} and I live near the park with my husband [[p:Jibin]] and our "
      "son. I like the old bandstand, in {{Kerala|place}} we also have old structures from British time. But for children "
      "there is nothing, so I choose Option B with some shade, like in {{Eglinton|placename}}. {{Nanni|lang}}."),
    # 010 skateboarder
    R("young person", "Neither. Put a skate park in. There's nowhere in the whole district and we get moved on "
      "from the {{Guildhall|landmark}} steps in {{Derry|place}} and the car park in {{Claudy|placename}} every time. Me and my mate [[p:Oisín]] have been "
      "asking for years. ig [[sh:@mullanbeg_sk8]]"),
    # 011 councillor, named
    R("councillor", "I moved the motion to consult on this. My own view is that we can do both: restore the "
      "bandstand and build a smaller splash pad by the {{Ash Walk|route}} entrance, where the old paddling pool "
      "was. I will be asking the {{Director of Environment and Regeneration|role}} to cost that option.\n"
      "Cllr [[p:Roisin McCloskey]], {{SDLP|party}}"),
    # 012 capitals
    R("resident", "LEAVE OUR BANDSTAND ALONE. EVERYTHING IN THIS TOWN GETS KNOCKED DOWN AND REPLACED WITH RUBBISH. "
      "[[p:GERRY]] FROM {{CREGGAN|place}}"),
    # 013 Ulster Scots / cross-community group
    R("organisation", "Response from {{Roe Bridges Community Partnership|inv}}. The park is one of the few shared "
      "spaces in the town where families from both sides of the river meet. Our members were split, but most "
      "favour restoration with a programme that is open to everyone: brass bands, pipe bands, trad sessions and "
      "the {{Ulster-Scots|lang}} {{Hamely Tongue|lang}} festival. Please don't let it become a place that belongs "
      "to one side."),
    # 014 accessibility
    R("disabled person", "Whatever you pick, make it accessible. The bandstand has six steps and no ramp. I use a "
      "wheelchair and I've never been up on it. A splash pad with a flat surround would be easier. My carer "
      "[[p:Shauna-Lee]] says the same."),
    # 015 young people's forum
    R("young person", "We're the {{Mullanbeg Youth Forum|inv}}. We surveyed 210 young people aged 11 to 18: 58% "
      "want Option B but most of them also said the bandstand should be kept somewhere. One of us, "
      "[[p:Niamh]], suggested moving it to the riverside by the {{Peace Bridge|landmark}}. Is that possible?"),
    # 016 Derry, the day, funny
    R("resident", "I was at the drop-in {{the day|dialect}} and {{yer man|dialect}} from the council couldn't tell me how much a splash "
      "pad costs to run. Water, cleaning, a lifeguard? It'll be shut for 'maintenance' by August. "
      "{{Stall the ball|dialect}}. Restore the bandstand. It's cheaper in the long run. [[p:Marty]], [[st:Abbey Street]]"),
    # 017 address block, elderly couple
    R("resident", "We have lived beside {{Victoria Park|own}} for fifty-three years and we remember the bandstand when it "
      "was painted every spring. We favour Option A.\n\nMr and Mrs [[p:Patrick Devine]]\n[[hn:Rathmore House]]\n"
      "[[st:Park Avenue]]\nMullanbeg\n[[pc:BT47 6ZQ]]\n[[ph:028 9649 6093]]"),
    # 018 wedding photographer / business
    R("business", "I run a photography studio on {{Bishop Street|route}} and half my wedding couples want a photo "
      "at the bandstand even fenced off. Restored, it would be a draw. {{Tourism NI|org}} should be in on this. "
      "There's also a lovely tie-in with {{Amelia Earhart|pub}}, who landed at {{Culmore|place}} in 1932.\n[[p:Orla Gallagher]]"),
    # 019 short
    R("resident", "A"),
    # 020 dog walker, dog with a human name
    R("resident", "I walk {{Bernard|pet}} round {{Victoria Park|own}} twice a day and the splash pad would take the only "
      "grass with a bit of {{clover|word}} in it, that's not a football pitch. Keep the bandstand, fix the paths, and put a wee café in the old "
      "lodge. [[p:Bernie]]"),
    # 021 Polish mother
    R("parent", "{{Dzień dobry|lang}}. I am from {{Poland|place}} and I live in Mullanbeg nine years. My daughter "
      "[[p:Zuzanna Wiśniewska]] is 6 and goes to [[sch:Ballynagard Integrated Primary]]. In summer there is no "
      "place to play with water. In {{Gdańsk|place}} every park has fountains for children. Option B please."),
    # 022 Derry Girls reference
    R("resident", "Honestly the whole thing is like an episode of {{Derry Girls|char}}. Half the town wants a "
      "bandstand for brass bands that nobody goes to, the other half wants a paddling pool in a town where it "
      "rains 250 days a year. {{Sister Michael|char}} would have an eye-roll for this. Option A, for {{the craic|dialect}}."),
    # 023 former band member, phone and email
    R("resident", "I'm 74 and I played trombone in the bandstand for thirty years. If it's restored I'll organise "
      "a reunion concert. Anyone from the old band can contact me on [[ph:028 9649 6215]] or "
      "[[em:frankie.mcdaid(at)example.com]], or on [[sh:facebook.com/frankie.mcdaid.trombone]].\n[[p:Frankie McDaid]]"),
    # 024 neighbour worried about noise, named
    R("resident", "My house backs onto the park at [[st:14 Orchard Terrace]]. A splash pad will mean screaming kids "
      "from nine till nine every day of the summer and nowhere to park. They park across my drive and I can't get my car, [[vr:AXZ 4127]], out. I'd take the odd brass band over that. "
      "[[p:Victoria Doherty]]"),
    # 025 teacher, school trip
    R("teacher", "I teach local history to P6 and P7. We walk our classes to the bandstand every year to talk "
      "about the Victorian town, {{Colmcille|pub}}, {{Seamus Heaney|pub}} and the river trade. One of my pupils, [[p:Ronan]], did a "
      "brilliant model of it last term. Keep it."),
]
