"""flood-defence: the Lugwell Flood Alleviation Scheme, flood walls and demountable barriers in the town and an
upstream flood storage area on farmland (fictional Border Vale Council with the Environment Agency; a river
town on the Lugg in north Herefordshire)."""
from common import Topic

T = Topic("flood-defence", "FLD")
add = T.add

# 001
add("householder", """We live on [[street:Mill Street]], [[postcode:HR6  8LB]], and have flooded twice in four years, in {{Storm Dennis|event}} and again in {{Storm Bert|event}}. Each time it was eight months out of the house. Build the wall, build it as soon as you can, and please don't let it get value-engineered down to a smaller one like happened at the last consultation.
[[person:Sam Kinsey]]""")
# 002
add("householder", "Build it.")
# 003
add("farmer", """The storage area in the plan covers 46 hectares of our best grazing and two fields we put into the {{Sustainable Farming Incentive|law}} last year. We are not against protecting the town. My grandfather dug the ditches that still drain half of it. But nobody from the {{Environment Agency|org}} has yet told us how often the land will be flooded on purpose, for how long, or what we will be paid. A one-off easement payment is no use if we lose a crop of silage every third year. If the answer is {{compulsory purchase|law}}, say so now.

Holding number [[account_number:CPH 41/223/0078]].
[[person:Gethin Pugh]], [[house_name:Ashmoor Court Farm]]""")
# 004
add("householder", "")
# 005
add("business", """We run {{The Lugg Inn|org}} on {{Bridge Street|st}}. The demountable barriers are fine in principle, but we need to know who puts them up and how much notice we get. In {{2020|date}} we had forty minutes. Barriers that live in a shed in {{Leominster|rp}} are no good at two in the morning.

[[person:Gwyn]] & [[person:Lisa Meredith]]""")
# 006
add("householder", """I live at [[street:7 Eastbank Row]], [[postcode:HR6 9XQ]], on the wrong side of the river. As far as I can see from the map the wall protects the town side and pushes more water our way. The modelling says "a slight increase in depth in a small number of properties". We are the small number. Has anyone from the council looked at it from our side?
[[person:Pat Banfield]]""")
# 007
add("parent", """Our son is called [[person:River]] (yes, really, we named him before we moved here). He is six and since the water came up to the back door in {{January 2024|date}} he won't go near the {{Lugg|river}} at all, even to feed the ducks. Please build the defences and please make them something children can walk along and enjoy, not a concrete wall.""")
# 008
add("conservation group", """We support reducing flood risk to homes but object to the section of the scheme that removes the alders along the right bank. The {{River Lugg|river}} is part of the {{River Wye SAC|law}} and is already failing its phosphate targets. The {{Wye and Usk Foundation|org}} and the {{Herefordshire Wildlife Trust|org}} have both offered to help design natural flood management upstream: leaky dams, buffer strips and woodland on the steep ground above {{Kingsland|rp}}. Natural measures should come first, with hard defences where nothing else will do.""")
# 009
add("resident", "Too expensive for what it protects.")
# 010
add("householder", """We named our bungalow [[house_name:Noah's Rest]] after the {{2007|date}} flood, as a joke. It hasn't been funny since. My husband [[person:Ron]] is 88 (NHS [[nhs_number:999-186-0916]], dob [[date_of_birth:12/3/36]], if you need it for the vulnerable list) and can't manage stairs, so in a flood we have nowhere to go. Please put us on the list for property flood resilience grants whether or not the wall goes ahead.""")
# 011
add("householder", """Since our claim of {{16/02/2020|date}}, after {{Storm Dennis|event}}, our premium is {{£2,400|num}} through {{Flood Re|law}} with a {{£10,000|num}} flood excess. That scheme ends in {{2039|date}}. After that, houses like ours will be uninsurable without defences. Our policy number is [[account_number:LFR-88120-HX]] if the council wants to see what it costs.""")
# 012
add("resident", """Look at {{Bewdley|rp}}. The barriers work, the town still looks like a town, and the river is still the reason people visit. Lugwell should copy that, not build a wall that blocks the view of the bridge from the {{Bargates|lm}}.""")
# 013
add("canoe club", """{{Lugwell Canoe Club|ip}} asks that the access steps at the {{Bargates|lm}} are kept or replaced. They are the only safe launch between {{Leominster|rp}} and the confluence. Twenty young people paddle with us every week.""")
# 014
add("farmer's wife", """We farm at [[house_name:Lower Hendre]], just above where the storage area would go. In {{Storm Dennis|event}} we lost forty ewes and the Land Rover ([[vehicle_registration:HX63 KDF]]), which floated off the yard and ended up in a hedge half a mile down. My husband [[person:Ifor]] was out in it all night trying to move stock and he has not been right since. You can get me on [[phone:01632960741]]. I'm not against the scheme but the land above us needs looking at too. Water doesn't start at the town boundary.""")
# 015
add("resident", """I grew up in {{Presteigne|rp}} and live in Lugwell now. Every town along the border is asking for the same thing. Lugwell is lucky to have the money offered. Take it.
[[person:Aled Vaughan]], [[house_name:Dunroamin]]""")
# 016
add("householder", """I live all year round at [[flat:pitch 11, Riverside Caravan Park]]. When the river comes up we are the first to go under and the last to be told. In {{2020|date}} a man on the park got {{Weil's disease|medp}} from the water and was in intensive care for a week. The park is not in the protected area. Why not?
[[person:Dougie]]""")
# 017 long ramble
add("householder", """I live in [[flat:Flat 1, The Old Tannery]], the ground-floor flat nearest the river, and I was there on the night of {{15 February 2020|date}} when {{Storm Dennis|event}} came through. The warning came at eleven. By half past midnight the river was over the {{banks|word}} and the water was at the top of the step and by two it was up to the light switches. My neighbour upstairs, Mr [[person:Banks]], came down with a torch and we carried what we could up to his flat. In the morning the fire brigade took us out in a boat past the {{Co-op|org}}.

I was in a hotel, then a rented room, then a caravan, and I got back into the flat eleven months later. The insurance paid for most of it eventually. What they don't pay for is the way you sleep afterwards. I had panic attacks for a year and my GP referred me to the mental health team at {{Hereford County Hospital|hosp}} (my number there is [[hospital_number:HCH 0917723]]), who diagnosed {{PTSD|med}}. I still wake up at the sound of rain on the skylight.

So when I read in the consultation that the scheme is "good value", with a benefit-cost ratio of {{4.2|num}}, I want to say that the real cost of a flood is not in the ratio. It's in the people who never move back.

I support the scheme completely. My only request is that the council doesn't stop at walls. We need warnings that come in time, barriers that somebody actually puts up, and someone to ring the people on the ground floor. If you want to talk to someone who has been through it, I'm on [[phone:07700 900 652]].

[[person:Carol Ann Whitlow]]""")
# 018
add("business", """Our orchards supply {{Westons|orgp}} and {{Bulmers|orgp}} with cider fruit and sit in the floodplain below the storage area. Apple trees can take a winter flood but not standing water in {{May|date}}. We need to know how the storage area will be emptied and how quickly.

[[person:Hannah Weston]]""")
# 019
add("resident", "I support the scheme, but the town car park should not lose spaces for the pumping station.")
# 020
add("councillor", """I have represented {{Lugwell North|ip}} for nine years and have stood in the water with residents in three floods. I support the scheme and have pressed the council to fund its share of the {{£3.1 million|num}} partnership funding gap from reserves rather than a new levy. I have also asked the {{Environment Agency|org}} to hold a drop-in on the Eastbank side, where people feel forgotten.

Cllr [[person:Rhiannon Pugh]]""")
# 021
add("resident", "Yes")
# 022
add("householder", """At the drop-in the {{EA project manager|role}} said the scheme would not start on site until {{2027|date}} and would take two years. That means three more winters. What is the council doing in the meantime? The {{A49|road}} was shut for four days last time. We live on [[street:Bridge Street]] above the chemist. After {{Storm Babet|event}} we were told the {{Bellwin scheme|law}} would help, but that's for the council, not for us. Ring [[phone:07700 900 291]].""")
# 023
add("householder", "just build the wall already. flooded 3 times. had enough")
# 024
add("householder", """We're on [[street:Watery Lane]] (the clue is in the name) and have been flooded from the road drains, not the river, three times. The scheme deals with the river. Who deals with the drains? [[person:Kath Morgan]]. Contact me at [[email:k.morgan.lugwell at example dot net]].""")
# 025
add("local historian", """There is a flood mark on the tower of {{St Michael's|wor}} from {{1795|date}}, higher than {{Storm Dennis|event}}. Floods here are not new. The town was built on the crossing for a reason and defended by {{Offa's Dyke|lm}} to the west, not by walls by the water. I would ask that the design respects the medieval bridge and the {{Bargates|lm}} warehouses.

Dr [[person:Lowri Jenkins]]""")
# 026
add("grandparent", """My grandson [[person:Noah Price]] is in Year 4 at [[school:Lugwell C of E Primary]]. The school was shut for nine days in {{2024|date}} and the children were sent to {{Kingsland|rp}}. Whatever it costs, keep the school dry.""")
# 027
add("resident", """The council is building {{Noah's Ark|char}} while the farmers upstream keep ploughing to the riverbank. {{King Canute|char}} knew you can't hold back water with a wall. Plant trees.""")
# 028
add("farmer", """When I was a boy every parish had a {{lengthsman|role}} who cleared the ditches and culverts. Now nobody does it, the {{Lugg Drainage Board|ip}} covers only the main channels. Spend a fraction of this money on ditches and culverts and the flood would be a foot lower.

[[person:Emrys Powell]], [[house_name:The Moor]]""")
# 029
add("business", """{{Lugwell Trading Estate|ip}} has 23 businesses and 310 jobs. Half of it flooded in {{2020|date}}. The scheme protects the town centre but the estate only gets a 1 in 75 standard. We ask for the same 1 in 100 standard as the town.""")
# 030
add("householder", """I am from {{Poland|rp}}, I work at the meat plant and I live in [[flat:Flat 4]], [[street:Broad Street]], above the bookmaker. In the flood we could not get out because the stairs go down into the shop. The fire brigade came by ladder. Please think of people who live above shops.""")
# 031
add("resident", "NO MORE CONCRETE.")
# 032
add("householder", """My daughter [[person:Brooke]], who is at [[school:Hereford Sixth Form College]], had her eighteenth birthday party cancelled because the {{brook|word}} at the bottom of our garden came up in {{Storm Henk|event}}. That brook isn't on the scheme map but it floods the whole of our road every time the river is high.""")
# 033
add("householder", """The loss adjuster, a Ms [[person:Fairweather]] (I am not making this up), told us after {{Storm Bert|event}} that our claim would be settled "within weeks". It took nine months, and we were out of our flat, [[flat:Apartment 12, Lugg Mill]], for all of it. Defences matter, but so does help afterwards.""")
# 034
add("householder", """My neighbour [[person:Wade]] is 83 and lives alone. In the last flood we had to {{wade|word}} through knee-deep water to get him out of his front room. He won't leave the house now when it rains. Please keep a list of people like him.""")
# 035
add("resident", "")
# 036
add("farmer", """We lamb 600 ewes on the flats below the town and we lost 52 in {{2020|date}}. I post about it on [[social_handle:@lugwellshepherdess]] and I get more sense from other farmers there than from the council. Please come and talk to the farmers before the plans are fixed.""")
# 037
add("householder", "Do it before next winter please.")
# 038
add("farmer", "Talk to us first. [[person:Huw]]")
# 039
add("resident", "Why are the farmers being paid to flood their own fields? Seems backwards to me.")
