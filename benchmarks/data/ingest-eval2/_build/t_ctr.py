"""council-tax-reduction: cutting the working-age Council Tax Reduction scheme so that everyone pays at least
30% (fictional London Borough of Fleetmarsh, north-east London; people on benefits, carers, Irish Traveller
and Roma voices, many writers whose first language is not English)."""
from common import Topic, transform

T = Topic("council-tax-reduction", "CTR")
CAMP = "ctr-dont-tax-the-poorest"

S = [
    "I object to {{Fleetmarsh Council|ip}}'s plan to cut Council Tax Reduction so that every working-age household on the scheme pays at least {{30%|num}} of its council tax.",
    "The people this hits are already on the lowest incomes in the borough: people on {{Universal Credit|law}}, disabled people, carers and single parents.",
    "For a {{Band C|num}} home that is about {{£560|num}} a year, money that families who use food banks simply do not have.",
    "The council will spend more on summonses, court costs and bailiffs chasing it than it will ever collect.",
    "Other London boroughs have kept full support for their poorest residents.",
    "Please keep the current scheme, protect carers and disabled people in full, and put the hardship fund into the scheme itself rather than making people beg for it.",
]
TPL = " ".join(S)
TEMPLATES = {CAMP: TPL}


def J(*parts):
    return " ".join(parts)


add = T.add

# 001
add("resident (Universal Credit)", TPL, CAMP, "template")
# 002
add("resident", "Leave it alone.")
# 003 exact: lower case
add("resident", transform(TPL, str.lower), CAMP, "exact")
# 004
add("Irish Traveller", """My daughter [[person:Kerry]] is writing this for me as I don't read great. We live on [[flat:pitch 4, Marsh Gate Traveller Site]] and we pay council tax on the pitch same as a house. My husband has {{Huntington's disease|medp}} and I look after him day and night. Right now we pay nothing because of the reduction. If we have to find {{£40|num}} a month it will come out of the food. Travellers get enough trouble off the council without this. God bless.

[[person:Kathleen Ward]] [[phone:07700 900 574]]""")
# 005
add("Roma resident", """My name is [[person:Viorica Stoica]], I am Roma from {{Craiova|rp}}, I am in {{London|rp}} nine years. I clean offices at night and I have Universal Credit top up. Three children. My NI is [[ni_number:QQ520719D]]. Last year I got letter about council tax in English and I did not understand it, then came letter from court with {{£90|num}} more. The {{Roma Support Group|org}} helped me. Please do not make it more. {{Nais tuke|lang}}.""")
# 006
add("resident", "")
# 007
add("carer", """I care full time for my mother, [[person:Patience Owusu]], who has {{Guillain-Barré syndrome|medp}} and cannot walk. Her NHS number is [[nhs_number:999 159 0838]] if the council needs to check she is real, because last time they did not believe me. I get {{Carer's Allowance|law}} of {{£81.90|num}} a week. The plan says carers will be "considered" for the hardship fund. Considered is not protected. {{Medaase|lang}}.

[[person:Akosua Owusu]]""")
# 008 edited: personal paragraph added, one sentence dropped
add("single parent", J(
    S[0], S[1],
    "I'm a single mum with two boys and I work 16 hours a week in a school kitchen. This year my bill was {{£9.70|num}} a month after the reduction and I paid every month by direct debit (account [[account_number:40018372]]). Under the new scheme it goes to nearly {{£50|num}}.",
    S[2], S[3], S[5]), CAMP, "edited")
# 009
add("resident", "Good. Everyone should pay something.")
# 010
add("resident", """I am [[person:Bożena Wiśniewska]], I live [[flat:Flat 14, Sorrel House]] since {{2011|date}}. I work in care home, night shifts, and I get small Universal Credit. My postcode is [[postcode:E17 9QQ]]. The council ask me three times for my NI number ([[ni_number:QQ 44 81 20 A]]) and then they lost the form and I got summons. Now you want more money from the same people. This is not fair.""")
# 011 exact: capitals
add("resident", transform(TPL, str.upper), CAMP, "exact")
# 012
add("advice agency", """{{Citizens Advice Fleetmarsh|org}} saw 1,912 people with council tax debt last year, more than any other kind of debt. Most were on {{Universal Credit|law}}. When the minimum payment was introduced in {{2017|date}}, summonses rose by 64% and the council added {{£83|num}} in court costs to each. Our evidence is that a 30% minimum payment will cost more to collect than it raises. We ask the {{Cabinet Member for Finance|role}} to publish the collection rates from the current scheme before deciding.""")
# 013 near-miss
add("resident", """Everyone keeps saying these are the people on the lowest incomes in the borough. Some are. But my neighbour pays full council tax on a cleaner's wage while the man downstairs who works cash in hand pays nothing. A small minimum payment for everyone seems fair to me, as long as disabled people are protected. We're on [[street:Coppermill Lane]] if you want to see.

[[person:Dennis]]""")
# 014
add("resident", """My name is [[person:Faadumo Maxamed]]. My son [[person:Abdirahman]] is in Year 7 at [[school:Fleetmarsh Park School]]. I am single mother, I do not work because my son has autism and the school call me every day. How I can pay {{£500|num}}? I already go to the food bank at the mosque. Please think again. You can call [[phone:(020) 7946 0881]]. {{Mahadsanid|lang}}.""")
# 015 edited: reworded first-person opening and closing
add("disabled resident", J(
    "I am disabled and have lived in Fleetmarsh for thirty years, and I am asking you not to go ahead with this.",
    S[1], S[2], S[3], S[4],
    "I hope councillors will remember who they are there to help and vote this down."), CAMP, "edited")
# 016
add("Roma resident", """I am [[person:Marek Horváth]] from {{Košice|rp}}, {{Slovakia|rp}}. On {{03.04.2023|date}} the bailiff came for council tax arrears of {{£310|num}} and clamped my van ([[vehicle_registration:LF17 WZK]]) which I need for work. In the end I paid {{£620|num}} with the fees. My wife [[person:Žaneta]] cried for a week. I am not against to pay something, but bailiff is not the way. My English is not good, sorry. {{Ďakujem|lang}}.""")
# 017 long ramble
add("resident", """I'm going to put this down as it is because I've filled in a lot of forms in my life and nobody reads them. I'm 58, I was a plasterer for thirty years until my back went and then my knees. I get {{ESA|law}} and {{PIP|law}} now and I live on a narrowboat, the [[house_name:Dabchick]], on a residential mooring on the {{Lea|river}}, which yes, pays council tax, {{Band A|num}}, don't let anyone tell you boaters get away with it.

At the moment I pay nothing because of the reduction. Under this plan I would pay about {{£400|num}} a year. That doesn't sound much to someone on a council salary. For me it's the diesel for the stove in winter, which is the difference between a warm boat and a damp one, and damp is what finished my chest.

I've had a summons before, in {{2019|date}}, when the council changed my claim and didn't tell me. {{£77|num}} costs on top. I went to the {{Trussell Trust|orgp}} food bank at {{St Barnabas|wor}} for two months that winter.

What I can't understand is the council says it has to do this to balance the budget, and in the same month it's paying consultants to redo the high street with planters. Like {{Del Boy|char}} with a clipboard. You want {{£400|num}} off me so you can buy a tree in a box.

I know there's a hardship fund. I applied to the hardship fund for the boiler in the last place I lived, and it took eleven weeks and two appointments to be told no. If you're going to do this, put the protection in the scheme, so it's automatic, not something you beg for.

If anyone wants to come and see, I'm easy to find. Ask on the towpath for [[person:Mick]].""")
# 018
add("resident", """[[person:Thayalan Sivakumar]] ([[person:Thaya]]). I work night shift at petrol station, 20 hours, and Universal Credit. My wife is studying nursing. We came from {{Jaffna|rp}} and we want to pay our way. My NI is [[ni_number:QQ 30 62 91 B]], I pay tax every month. But 30% is too much in one go. Maybe 10% first? {{Romba nandri|lang}}.""")
# 019 exact: commas removed, doubled spaces
add("resident", transform(TPL, lambda s: s.replace(",", "").replace(". ", ".  ")), CAMP, "exact")
# 020
add("resident", """We live on [[street:Lindisfarne Road]], five of us in a two-bed flat. My husband works in a restaurant, I look after the children, our youngest [[person:Rayhan]] (DOB [[date_of_birth:2019.11.30]]) has bad asthma and we are at the doctor every month. Our postcode is [[postcode:e10 5nz]]. I am [[person:Shahanara Khatun]]. We get a small reduction and the letter says it will stop. Please keep it for families with small children.""")
# 021
add("pensioner", "Pensioners aren't affected so I've no view.")
# 022
add("Irish Traveller", """I AM [[person:MARTIN MAUGHAN]] AND I SPEAK FOR MY FAMILY ON THE SITE. WE ARE {{MINCÉIR|langname}}, IRISH TRAVELLERS, AND WE HAVE BEEN IN THIS BOROUGH SINCE 1970. WE PAY OUR WAY. THE COUNCIL NEVER ASKS US ANYTHING, THEY JUST SEND LETTERS. RING ME [[phone:07700 900 907]] IF YOU WANT TO TALK.""")
# 023
add("resident", """hello, i am [[person:rūta]], i am cleaner in two schools and in evening in office. i have small reduction now. if i must pay 30% it is more than one week of my work. i am from {{Vilnius|rp}}, 12 years in uk. if you want to ask me more write [[email:ruta.kaz at example dot net]]. {{ačiū|lang}}""")
# 024
add("resident", "bill went up {{£30|num}} a month already. cant pay more. simple")
# 025
add("resident", """I am [[person:Duarte Freitas]], from {{Madeira|rp}}, I work in a hotel kitchen in the West End. I think everyone should pay something, but the council should look first at the big companies and the empty flats owned by rich people abroad. {{Obrigado|lang}}.
[[social_handle:facebook.com/duarte.freitas.madeira]]""")
# 026 edited: half the template plus own text
add("resident", J(
    S[0], S[3],
    "I work for a debt charity, and I see every week what a summons does to someone already behind on rent and energy. They stop opening letters. The debt grows, the bailiffs come, and the council gets nothing.",
    S[5]), CAMP, "edited")
# 027
add("resident", """My name is [[person:Emine Yılmaz]]. I have a small shop job and my husband [[person:Mehmet]] is sick with his heart. We live [[flat:Flat 31, Hawthorn Tower]], eleventh floor. We are from {{İzmir|rp}} and we live here 20 years. Council tax is already hard. Please don't make more. {{Teşekkürler|lang}}.""")
# 028
add("single parent", """I am a single mum of three. My eldest, [[person:Precious Adebayo-Cole]], is in Year 10 at [[school:St Bernadette's RC High]] and does her homework on my phone because we cannot afford a laptop. Another {{£45|num}} a month means no school trip, no uniform, nothing. I am working, I am not lazy, I just don't earn enough for London.

[[person:Folake Adebayo-Cole]]""")
# 029
add("councillor", """The opposition group supports a modest minimum payment, but only with full protection for carers, disabled residents and care leavers written into the scheme, not left to a discretionary fund. The question is who is protected. I will be tabling an amendment at Full Council on {{19 February|date}}.

Cllr [[person:Faith Okoro]]""")
# 030
add("resident", """My husband [[person:Bill]] (yes, Bill, and he gets the same joke every time the council tax {{bill|word}} comes) had a stroke last year. I gave up work to care for him. The council will take our reduction away because we own our flat, even though we have no savings left. We are not {{rich|word}}, just unlucky. His NHS number is [[nhs_number:9993909963]] if you need proof of the stroke.

[[person:Maureen Tierney]]""")
# 031
add("resident", "Shame on you.")
# 032
add("charity", """{{Age UK|org}} in the borough notes that pensioners are protected by national rules, but many of the carers we support are working-age people looking after parents. The plan's impact assessment says nothing about them. We ask the council to protect all carers receiving {{Carer's Allowance|law}}, as neighbouring boroughs do.""")
# 033
add("resident", """I came over from {{County Clare|rpn}} in {{1987|date}} and I've worked all my life until I got sick. I get {{ESA|law}}. I'm not a scrounger, whatever the papers say. Keep the reduction for people who can't work.

[[person:Clare Hennessy]]""")
# 034
add("hostel resident", """I live in [[flat:Room 6, Marlowe House]] which is a hostel for single men. I was in {{North Middlesex Hospital|hosp}} for six weeks in the summer (hospital number [[hospital_number:NMH-553019]] if anyone needs it) and lost my job. I'm 53 (b. [[date_of_birth:07/07/71]]), not old, but my body is. I have no furniture, no savings and a council tax bill for a room. How is that right?""")
# 035
add("resident", "No comment.")
# 036
add("debt adviser", """At {{StepChange|org}} we see clients from this borough every week. Council tax is the debt that escalates fastest: a single missed payment can mean the whole year's bill becomes due, a {{liability order|law}} and enforcement agents within months. Please consider a lower minimum and a longer payment plan.""")
# 037
add("resident", "Cut councillors' allowances first. Where I come from in {{Kerry|rpn}} the councillors were farmers and did it for nothing.")
# 038
add("carer", "I'm a carer. Protect carers. That's all.")
# 039 edited: sentences dropped only, with a changed word
add("resident", J(S[0], S[1], S[3], S[5].replace("Please keep", "Keep")), CAMP, "edited")
# 040
add("resident", "My council tax is {{£1,900|num}}. Why should I pay for everyone else as well?")
