"""public-toilets: closing four of six public toilet blocks and charging 40p at the other two
(fictional Polgarrow Town Council, a seaside town on the north Cornish coast)."""
from common import Topic, transform

T = Topic("public-toilets", "TLT")
CAMP = "tlt-keep-polgarrow-flushing"

S = [
    "I am writing to object to the plan by {{Polgarrow Town Council|ip}} to close four of the six public toilet blocks in the town and to charge {{40p|num}} at the two that are left.",
    "Public toilets are not a luxury.",
    "For older people, disabled people, families with small children and anyone living with a bowel or bladder condition, they decide whether we can leave the house at all.",
    "{{Polgarrow|ip}} lives on its visitors, and they will not stop coming because the toilets have gone.",
    "They will use the beach, the slipway and the back lanes instead, and residents will be left to clear up.",
    "The saving of {{£38,000|num}} a year is small next to the damage to the town's name.",
    "Please keep all six blocks open, free of charge, and work with local businesses to run them.",
]
TPL = " ".join(S)
TEMPLATES = {CAMP: TPL}


def J(*parts):
    return " ".join(parts)


add = T.add

# 001
add("resident", TPL, CAMP, "template")
# 002
add("resident", "Shut them now and open them {{dreckly|lang}}? We all know what {{dreckly|lang}} means round here.")
# 003 exact: one sentence per line
add("resident", "\n".join(S), CAMP, "exact")
# 004
add("resident", """I have had {{Crohn's disease|medp}} since I was nineteen. I carry the {{Can't Wait card|law}} from {{Crohn's & Colitis UK|org}}, but a card is no use when the nearest toilet is locked. On a bad day I plan my walk to the shops around the {{Chapel Steps|lm}} toilets and the {{Quay|lm}}. If {{Chapel Steps|lm}} shuts I will simply stop going into town from [[postcode:tr26 2hn]]. That is what this plan means for people like me.

[[person:Tamsin Pengelly]]""")
# 005
add("business", """We run {{Jago's Pasties|orgp}} on {{Fore Street|st}} and we'd happily join a {{Community Toilet Scheme|law}} for regulars and locals. What we can't do is take a coach party of 50 through our kitchen corridor in August. The council is asking cafés to do the job for {{£600|num}} a year and it doesn't cover the loo roll.

[[person:Jago Trounson]] and [[person:Sadie Trounson]]""")
# 006
add("resident", "")
# 007
add("grandparent", """My granddaughter [[person:Penny]] is four. When she needs to go she needs to go, and the walk from the beach to the {{Quay|lm}} is already too far for her. When I was a girl you paid to {{spend a penny|idiom}} and it was one old penny. {{40p|num}} each for a family of five is {{£2|num}} every time. Keep them free.""")
# 008 edited: personal paragraph added, one sentence dropped
add("resident", J(
    S[0], S[1], S[2],
    "My husband [[person:Roger]] has {{prostate cancer|med}} and since his treatment he cannot wait. We live at the top of [[street:Fish Cellar Lane]] and the toilets at the bottom are the only reason he still walks down to the harbour to see his old crew.",
    S[3], S[4], S[6]), CAMP, "edited")
# 009
add("resident", "Close them.")
# 010
add("fisherman", """I have lived aboard the [[house_name:Morvoren]] in the inner harbour since my divorce, four years now. The {{Quay|lm}} toilets and the shower are my bathroom. I pay my harbour dues and my council tax on the mooring like everybody else. If you lock them at six I'm pissing over the side like it's {{1950|date}}.
-- [[person:Skip]]""")
# 011 exact: lower case
add("resident", transform(TPL, str.lower), CAMP, "exact")
# 012
add("lifeguard", """Our lifeguard [[person:Devon]] already spends half his shift telling people not to go behind the rocks at {{Porthbean|ip}}. Close the beach block and that's all he'll be doing. It is a public health issue at a bathing water beach and {{South West Water|org}} should be asked.""")
# 013 near-miss
add("resident", """Public toilets are not a luxury, fair enough, but they are not free either, and I'm tired of paying for visitors' conveniences through my council tax. A {{40p|num}} charge at {{Porthbean|ip}} and the {{Quay|lm}} seems reasonable to me. Half the towns in {{Devon|rpn}} charge already. Use the money to keep them clean.""")
# 014
add("resident", """At the meeting on {{12 February|date}} the Mayor, Cllr [[person:Derek Bone]], said that "nobody has complained about the {{Chapel Steps|lm}} toilets in years". That is because they have been shut since {{October|date}}. Cllr [[person:Morwenna Hocking]] said she would check. I would ask the {{Town Clerk|role}} to publish how often each block was actually open last year before anybody decides anything.""")
# 015 edited: reworded first-person opening and closing
add("resident", J(
    "I've lived in Polgarrow all my life and I'm writing because I'm frankly ashamed of this proposal.",
    S[1], S[2], S[3], S[4], S[5],
    "I'm asking councillors to think again and keep our toilets open for everyone."), CAMP, "edited")
# 016
add("resident", "THE {{EMMETS|lang}} WILL GO IN THE GARDENS. THEY ALREADY DO. WHO CLEANS THAT UP?")
# 017
add("coach operator", """We bring around 140 coach tours a season to {{Polgarrow|ip}}, mostly pensioners on the way to {{Land's End|lm}} or {{St Michael's Mount|lm}}. The {{Coach Park|lm}} toilets are the reason we stop here and not at {{Padstow|rp}}. Drivers have two hours off the {{A30|road}} and a coach load of 70-year-olds. If those toilets close we will drop Polgarrow from the itinerary.

[[person:Trevor Nute]], {{Nute's Coaches|orgp}}""")
# 018
add("wheelchair user", """I need a hoist and a bench, which means a {{Changing Places|law}} toilet. The nearest is at the {{Eden Project|lm}}, an hour away. The council promised one in the {{Quay|lm}} refurbishment in {{2022|date}}. Instead you are talking about closing the only accessible block on the seafront. My {{Radar key|law}} opens nothing if the door is bricked up.

[[person:Ash]] [[phone:+44 7700 900 462]] / [[email:ash.rowe[at]example.com]]""")
# 019 exact: capitals
add("resident", transform(TPL, str.upper), CAMP, "exact")
# 020
add("resident", """I live all year in [[flat:caravan 23, Gwel an Mor Park]], [[postcode:TR2O 4LW]]. The site block shuts from {{November|date}} to {{March|date}} so in winter the {{Chapel Steps|lm}} toilets are the nearest ones I can use at night. The council knows people live on that site.
[[person:Tinny]]""")
# 021
add("resident", "Fine by me.")
# 022
add("parent", """My son [[person:Kit Rowe]] (born [[date_of_birth:11 Oct 2019]]) is in Year 1 at [[school:Polgarrow Community Primary]] and they do beach school at {{Porthbean|ip}} every {{Thursday|date}}. The teachers walk thirty five-year-olds to the beach block and back. Where are they meant to take them? Nobody asked the school.""")
# 023 long ramble
add("pensioner", """I have lived at [[house_name:Chy an Gwyns]] on [[street:Trelawny Terrace]] for forty-one years and I have never written to the council before, so please bear with me. I have {{MS|med}}, which I was diagnosed with in {{1998|date}}, and over the years it has taken my legs and my bladder along with a few other things. I am not embarrassed to say it at my age. I still get down into town every day on my scooter and it is the only thing that keeps me sane since my husband died. My route is planned around two things: the dropped kerbs, and the toilets. I go down {{Bal Hill|st}}, stop at {{Chapel Steps|lm}}, carry on to the library and the chemist, stop at the {{Quay|lm}}, and come back up. Take away {{Chapel Steps|lm}} and I cannot do the round trip, simple as that.

I know the council has no money. I have read the papers. But I would say to the councillors that there are a lot of us. Go down the seafront on any {{Tuesday|date}} in {{February|date}} and count the scooters and the sticks and the walkers. We are the people who keep the town going in the winter when the visitors have gone home. We spend our pensions in the shops, we volunteer in the charity shops and the lifeboat shop, and we vote.

When my bus pass came through they put my birthday on it as [[date_of_birth:22nd Feb 1951]], and the girl at the office said "you'll have the run of the county now, {{my 'ansum|lang}}". Not without a toilet I won't.

If anyone from the council would like to come and walk the route with me, I would be very happy to show you. My number is [[phone:01632 960 417]]. Ask for [[person:Loveday]].

Yours, [[person:Loveday Nance]] (Mrs)""")
# 024
add("resident", "so basically we pay {{40p|num}} for a wee now?? in this economy?? no chance")
# 025
add("artist", """Visitors come to the north coast for the light, the galleries and the beaches. They compare us to {{St Ives|rpn}}, which has {{Tate St Ives|orgp}} and the {{Barbara Hepworth Museum|orgp}} and, importantly, toilets that open before ten. If Polgarrow wants to be taken seriously as an arts town it needs the basics.

[[person:Wenna Polglase]], [[house_name:The Net Loft]] (studio and home) - [[social_handle:@wennapaints]]""")
# 026 edited: half the template plus own text
add("resident", J(
    S[0], S[1],
    "What this really shows is that the council spent the toilet money on the new seafront lights and the consultants for the harbour plan. Give the toilets back to the town and let a trust run them, like they did in {{Mevagissey|rp}}.",
    S[5]), CAMP, "edited")
# 027
add("RNLI volunteer", """The crew at {{Polgarrow Lifeboat Station|lm}} use the {{Slip|lm}} toilets on shouts at night and so do the people we bring ashore. The {{RNLI|org}} has asked to be consulted and has not been. Our coxswain, [[person:Jacka]], has written separately.""")
# 028
add("GP", """I am one of the GPs at the town surgery. A large number of my patients, particularly older men with prostate problems, women after childbirth, people with {{IBS|med}}, {{diabetes|med}} or on water tablets, plan their days around public toilets. Closing them is a public health decision and it should be assessed as one. I would be glad to give evidence.

Dr [[person:Kerensa Hall]]""")
# 029
add("visitor", """We come down the {{A39|road}} from {{Bristol|rp}} every summer in the campervan ([[vehicle_registration:WK16 CXR]], you'll see it in the top car park). We pick towns with toilets on the {{Great British Public Toilet Map|org}}. If {{Polgarrow|ip}} drops off it, we'll go to {{Bude|rp}}.""")
# 030
add("resident", """{{Dydh da|lang}}. Keep the toilets open. If the council cannot run them, give them to the town trust. {{Meur ras|lang}}. {{Kernow bys vyken|lang}}.""")
# 031
add("resident", "Disgusting.")
# 032
add("business", """Since {{Chapel Steps|lm}} started closing early, we get twenty people a day coming into {{Warrens Bakery|orgp}} just to ask for the loo. We're not allowed to let them use the staff toilet. Some of them buy a pasty and some of them don't. Either way it's not our job.""")
# 033
add("resident", """Public toilets cost money, yes. So do public litter bins and benches. Nobody is suggesting a {{20p|num}} charge to sit on a bench. Keep them free.""")
# 034
add("parent", """Our daughter [[person:Elowen Trewin]], Year 6, has {{Hirschsprung's disease|medp}} and a stoma. She wants to do the beach lifeguard course this summer like her friends. She needs a clean toilet near the beach to change her bag. Closing the {{Porthbean|ip}} block would stop her.

[[person:Mark]] and [[person:Gemma Trewin]]""")
# 035
add("resident", "n/a")
# 036
add("visitor", """We have holidayed in Polgarrow since the {{Poldark|char}} days and love it. Genuinely shocked by this. We are both in our seventies and a {{40p|num}} slot machine with a broken coin mechanism is no use to anyone. Happy to be contacted at [[email:haworthsonholiday at example dot org]].

[[person:Ken]] & [[person:Barbara Haworth]]""")
# 037
add("resident", "Keep the {{Quay|lm}} ones open at least. Close the rest if you must.")
# 038
add("business", "We'd join the community scheme at the café. Ring me, [[person:Kerenza]], any afternoon.")
# 039
add("resident", "What about the {{Harbour Gardens|lm}} ones? Not even mentioned.")
