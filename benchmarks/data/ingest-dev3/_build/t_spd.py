"""speed-limit: Mynyddog County Council (fictional, mid Wales) reviews which roads should
stay at the 20mph default and which should go back to 30mph."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "SPD", "speed-limit"
C = "spd-common-sense-speeds"

TPL = (
    "I am writing in response to {{Mynyddog County Council|inv}}'s review of the 20mph default limit. "
    "I support 20mph outside schools, near play areas and in the middle of villages where people live and walk. "
    "But blanket 20mph on main roads is not working. "
    "Journeys on the {{A470|road}} and the {{A44|road}} through our villages now take far longer, drivers are watching "
    "the speedometer instead of the road, and people are overtaking dangerously where the limit drops. "
    "Common sense, not blanket rules. "
    "I ask the council to return the main A and B roads through {{Trefynydd|inv}} and the surrounding villages to 30mph, "
    "keep 20mph where children and older people actually cross, and publish the collision figures for every road "
    "before and after the change. "
    "Please listen to the people who drive these roads every day."
)
S = sents(TPL)


def nocommas(s):
    return s.replace(",", "").replace(". ", ".  ")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002
    R("resident", "Bring back 30 on the main roads. Simple."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Welsh-language parent
    R("parent", "Rwy'n cefnogi'r terfyn {{20mya|welsh}}. Rydyn ni'n byw ar [[st:Lôn Glasfryn]] ac mae'r plant, "
      "[[p:Mabli]] ac [[p:Osian]], yn cerdded i [[sch:Ysgol Gynradd Pontyceirw]] bob bore. Cyn y newid roedd y ceir "
      "yn hedfan heibio. Plis peidiwch â newid ein ffordd ni yn ôl i 30.\n\n{{Diolch yn fawr|welsh}},\n[[p:Catrin Puw]]"),
    # 005 farmer, bilingual
    R("farmer", "{{Ffermwr ydw i ers deugain mlynedd|welsh}}. I farm at [[hn:Tyddyn Gwyn]] above {{Cwmhelyg|inv}} and take "
      "the tractor and trailer down the {{B4518|road}} most days. 20 is fine through the village, I'm not against it, "
      "but on the open stretch past {{Capel Soar|church}} there are no houses and no pavement and it makes no sense. "
      "Half the time I'm holding up a queue of cars at 18mph anyway. {{Chwarae teg|welsh}} to the council for asking.\n"
      "[[p:Emyr Puw]]"),
    # 006 blank
    R("resident", ""),
    # 007 cyclist
    R("cyclist", "As someone who cycles from {{Machynlleth|place}} to work in {{Trefynydd|inv}} four days a week, the "
      "20mph default has been the best change in years. Vans pass me slower and further out. The bit of the {{A487|road}} "
      "coming into town by the {{Spar|org}} used to be terrifying. I'd ask the council not to give in to the loudest "
      "voices. If any road goes back to 30 it should get a proper segregated cycle lane first. {{GoSafe|org}} "
      "enforcement has been patchy, which is part of the problem. I was knocked off outside my own house on "
      "[[st:Ffordd yr Orsaf]] in 2021 by a van doing well over 30, so I know what I'm talking about."),
    # 008 edited: personal paragraph in the middle
    R("resident", " ".join(S[:3]) + "\n\nMy own reason for writing: my wife [[p:Gwenllian]] has {{Parkinson's|med}} and I "
      "drive her to {{Bronglais|hosp}} in {{Aberystwyth|place}} every fortnight. That trip is twenty minutes longer now. "
      "I was also fined in my own car, [[vr:CV19 LWD]], for doing 26 on the {{A44|road}} at seven in the morning with "
      "not a soul about.\n\n" + " ".join(S[3:]) + "\n[[p:Gareth Lewis-Evans]]", C, "edited"),
    # 009
    R("resident", "Support."),
    # 010 Welsh-language pensioner against
    R("pensioner", "{{Twt lol|welsh}} ydi'r holl beth. Dw i'n wyth deg un oed ac yn gyrru i {{Bala|place}} bob "
      "{{dydd Iau|date}} i weld fy chwaer [[p:Megan]]. Mae'n cymryd oes rŵan. Rhowch y ffyrdd mawr yn ôl i 30 a "
      "gadewch 20 wrth yr ysgolion. Dw i'n byw yn [[hn:Bryn Awelon]] ers 1968. Os ydych chi eisiau siarad, fy rhif ffôn ydi [[ph:01632 960 271]].\n"
      "[[p:Morfudd Ellis]]"),
    # 011 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 business
    R("business", "We are a family food distribution business based on the {{Trefynydd|inv}} industrial estate, "
      "{{Bwydydd Puw a'i Feibion|orgp}}. Our drivers now complete three or four fewer drops a day on the rural rounds, "
      "which has cost us about {{£18,000|num}} over the year in extra hours. We deliver for {{Castell Howell|orgp}} and carry "
      "{{Rachel's|orgp}} yoghurt to most of the village shops, and the shops have had to take later deliveries. We "
      "would support 30mph on the {{A44|road}} and {{A470|road}} corridors with 20mph kept at the schools.\n"
      "{{Operations Manager|role}}"),
    # 013 near-miss
    R("resident", "Please listen to the people who drive these roads every day - and to the ones who have to walk "
      "along them with a pram because there is no pavement. I live on [[st:Maes y Deri]] and my kids, [[p:Lowri]] and [[p:Cai]], cross the "
      "main road to get to the park. 20 has made it bearable. Don't undo it for the sake of two minutes."),
    # 014
    R("resident", "Leave it as it is. Its working."),
    # 015 edited: reworded opening and closing
    R("resident", "{{Annwyl Gyngor|welsh}} / Dear Council,\nI've lived in {{Pontyceirw|inv}} all my life and I never "
      "thought I'd write one of these. " + " ".join(S[1:6]) + " Honestly, I just want to get to work without "
      "feeling like a criminal.\n{{Diolch|welsh}},\n[[p:Rhodri Wyn]]", C, "edited"),
    # 016 HGV driver, Polish
    R("HGV driver", "I am HGV driver for {{Morgan's Haulage|orgp}}, 14 years in Wales. My name [[p:Krzysztof Wiśniewski]], "
      "I live in {{Newtown|place}}. On the {{A483|road}} with 20 limit the cars behind me are very angry, they overtake "
      "in bad place because lorry is slow and they are slow too. It is more dangerous not less. In {{Poland|place}} we "
      "have 50 km/h in town and 30 only near school, this is logical. Please change main roads back. My phone [[ph:07700 900 562]]."),
    # 017 headteacher
    R("teacher", "I am the {{headteacher|role}} of a small primary school on {{Heol y Bont|route}}. Since the change, "
      "parents tell me they let older children walk for the first time. One pupil, [[p:Tomos]], now cycles in "
      "from three miles away. Our crossing patrol has been cut, so the "
      "lower speed is doing a job nobody else is. Whatever you decide for the main roads, please keep every school "
      "frontage at 20, including the ones on A roads, and put the {{ARAF|welsh}} markings back where they have worn off."),
    # 018 parent: child named with year, school, home street, DOB
    R("parent", "My son [[p:Macsen Tudur-Owen]] in Year 2 at [[sch:Ysgol Bro Helyg]] was nearly knocked over on "
      "[[st:Stryd y Capel]] ([[pc:SY23 4QX]]) where we live, the week before the limit changed. He is 6 (born [[dob:14/03/2018]]) and "
      "small for his age, drivers just don't see him between the parked cars. I know people are angry about journey "
      "times but please don't put our street back to 30."),
    # 019 exact: commas removed, double spaces
    R("resident", each(TPL, nocommas), C, "exact"),
    # 020 councillor
    R("councillor", "As the county councillor for {{Aber-Rhyd|inv}} ward I have had more correspondence on this than "
      "on any other subject, roughly two to one in favour of returning the through-route to 30. I would urge "
      "{{the Cabinet Member for Highways|role}} to use the new guidance from {{the Welsh Government|org}} properly, "
      "road by road, rather than as a political exercise, and to share the list with ward members before it goes "
      "to {{Cabinet|org}}. My ward colleague Cllr [[p:Eirlys Bowen-Rees]] agrees.\nCllr [[p:Hefin Parry]]"),
    # 021 taxi driver, text-speak
    R("taxi driver", "20 is killin my trade. fares up, ppl moaning at me like its my fault. had a passenger miss "
      "her train at {{mach|real place (local short form of Machynlleth)}} cos of it. {{tyrd 'mlaen|welsh}} cyngor sort it out"),
    # 022 near-miss
    R("resident", "Keep 20mph where children and older people actually cross, yes of course. But the {{A470|road}} "
      "between {{Rhayader|place}} and {{Llanidloes|place}} is not that. Some of the new 20 signs are on the open "
      "road with fields either side."),
    # 023 disabled respondent: carer, flat, street, NHS number
    R("disabled person", "My carer [[p:ioana]] drives me to appointments because I can't use my legs since the "
      "stroke. I live at [[fl:Flat 4, Tŷ Gwyn]], [[st:Ffordd Penrhos]], and the drop kerb outside is where cars come "
      "round the corner. 20 is safer for me in the chair. The surgery always asks for my NHS number "
      "([[nhs:999 218 3225]]) and that takes longer than the drive, so I don't believe the journey time arguments!"),
    # 024
    R("resident", "n/a"),
    # 025 horse rider
    R("horse rider", "I ride out from [[hn:Penlan Uchaf]] most mornings with my daughter [[p:Heulwen]]. The lanes "
      "down to {{Llyn y Fedw|inv}} are much calmer at 20 and drivers pass wide and slow, which the "
      "{{British Horse Society|org}} has been asking for for years. Please keep the lanes at 20 even if the A roads change.\n[[hn:Penlan Uchaf]], [[pc:sy20 8hn]]"),
    # 026 edited: half the template plus the writer's own text
    R("resident", " ".join(S[:2]) + " " + S[5] + " My own road into town is the {{B4343|road}} and it is two miles of "
      "hedges with one farmhouse. Put it back to 40 never mind 30. Whoever drew these maps never drove them.", C, "edited"),
    # 027 Welsh learner
    R("resident", "I'm learning Welsh so I'll try: {{Dw i'n hoffi'r terfyn newydd|welsh}}. We moved here from "
      "{{Birmingham|place}} in 2019 to [[st:Clos yr Hafod]], and honestly the slower traffic was part of why we came. "
      "{{Hen bryd|welsh}}, as my neighbour says. I'd keep it."),
    # 028 capitals rant
    R("resident", "20MPH IS A NONSENSE DREAMT UP IN {{CARDIFF BAY|place}} BY PEOPLE WHO HAVE NEVER HAD TO GET A "
      "LAMB TO THE VET IN {{WELSHPOOL|place}} IN A HURRY. PUT IT BACK. {{BRING BACK 30|slogan}}.\n[[p:DAI 'TRACTOR' WATKINS]]"),
    # 029 Speedwatch coordinator
    R("community group", "I coordinate {{Community Speedwatch|org}} in {{Llanddewi Fynydd|inv}}. Over six sessions "
      "since {{March|date}} we logged 312 vehicles over 26mph past the chapel, the fastest at 47. Most were local. The "
      "limit is only as good as the enforcement and we'd welcome {{GoSafe|org}} back on the village stretch. Happy to "
      "share our data, ring me on [[ph:07700 900 418]].\nThanks,\n[[p:Bryn]]"),
    # 030 lower-case street, pet named after the legend
    R("resident", "we live on [[st:heol y felin]] and walk the dog down to the river every night, our collie "
      "{{Gelert|pet's name (after the legend of Beddgelert)}} hates the lorries. its much quieter now. dont change it\n[[p:dewi]]"),
    # 031 paramedic
    R("paramedic", "Speaking as a paramedic with the {{Welsh Ambulance Service|org}}: on blue lights the limit "
      "makes little difference to us, the hold-ups are at {{Bronglais|hosp}} not on the road. What 20 does change is "
      "what we see at the roadside. A pedestrian hit at 20 usually walks away. At 30 they often don't."),
    # 032 pensioner: DOB and a neighbour nickname, van reg lower case
    R("pensioner", "I am 79, born [[dob:2nd of May 1945]], and have driven these roads since I was 17 without a "
      "scratch. My neighbour [[p:Dai Llaeth]] (the milkman that was) got a {{£100|num}} fine in his van "
      "[[vr:cn68 xbt]] doing 27 past his own farm. That is not road safety that is a tax. [[p:Wil Garej]] says the same. Main roads back to 30 please."),
    # 033 street as a route / landmark
    R("resident", "The stretch of {{Heol y Bryn|route}} between the {{Co-op|org}} and {{Ysgol Uwchradd Trefynydd|venue}} "
      "should stay at 20, there are 900 teenagers crossing there at quarter past three. The bypass is another "
      "matter entirely. Different roads, different answers."),
    # 034 long ramble: late mother's street, grandchild, obfuscated email
    R("grandparent", "I wasn't going to bother with this but my daughter said I should. I was born and brought up "
      "in {{Trefynydd|inv}} and my late mother lived on [[st:Rhes Fictoria]] until she was ninety-three, right on the "
      "bend where the lorries used to come down off the hill, and she never once felt safe crossing to the post "
      "office. She'd have loved this. People say it's the {{Senedd|org}} telling us what to do, well maybe, but when I "
      "take my granddaughter [[p:Efa]] to the playground now I don't have to hold her hand so tight that she "
      "complains. She's four and mad about {{Sali Mali|char}}, {{Sam Tân|char}} and {{Little Miss Sunshine|char}} from the {{Mr Men|char}} books, and she runs everywhere. I do "
      "understand the farmers and the carers who have to drive miles between visits, my sister does that job and "
      "it's hard enough already, so I would say yes, look again at the long empty stretches, nobody needs 20 on a "
      "mountain road with sheep either side. But in the streets where people actually live, where the houses open "
      "straight on to the pavement like they do all along the old part of town, keep it. Once you've seen a child "
      "run out after a ball you don't forget it. {{Diolch|welsh}} for reading this far. If anybody wants to ask me "
      "anything my email is [[em:bethan.nain at example dot net]].\n[[p:Bethan Morgan-Huws]]"),
    # 035, 036
    R("resident", "Mae 20 yn iawn mewn pentrefi ond nid ar yr {{A487|road}}. (20 is fine in the villages but not on the A487.)"),
    R("resident", "Too many signs. The money spent on new signs would have fixed the potholes on the {{B4574|road}}."),
]
