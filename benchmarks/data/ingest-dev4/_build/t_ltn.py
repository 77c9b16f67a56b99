"""low-traffic: the 18-month Ashgrove low traffic neighbourhood trial (planters and an ANPR camera filter)
(fictional Castlebrook City Council, East Midlands; many non-native English voices)."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "LTN", "low-traffic"
C = "ltn-open-our-roads"

T = ("I am writing to object to the {{Ashgrove|inv}} low traffic neighbourhood trial and to ask for the planters and "
     "the camera on {{Cavendish Road|route}} to be removed. The trial has not reduced traffic, it has moved it onto "
     "{{Derby Road|route}} and {{Wollaton Way|route}}, where people also live and where the queues now stretch back "
     "past the school. Journeys that took five minutes now take twenty. Carers, taxi drivers, tradespeople and older "
     "residents who cannot walk or cycle far have been hit hardest, and small shops have lost passing trade. Many "
     "residents did not know the trial had started until they received a fine. The council should end the trial now, "
     "refund the fines issued in the first month, and consult properly before any permanent scheme.")
S = sents(T)

ITEMS = [
    # 001
    R("resident", T, C, "template"),
    # 002
    R("parent", "Please make it permanent. I live on [[st:Tennyson Street]] and for the first time our two, [[p:Hope]] "
      "(8) and [[p:Ezra]] (6), can scoot to [[sch:Ashgrove Juniors]] on their own while I walk behind. Before the "
      "planters we had vans doing 40 down a street with cars parked both sides."),
    # 003
    R("taxi driver", "I am private hire driver 19 years in Castlebrook. My licence number is [[acc:PH-04417]] and national insurance [[ni:QQ481236C]]. Every job "
      "to Ashgrove is now 15 minutes longer and the customer is angry with me, not with council. {{Uber|org}} does not "
      "pay me for the extra miles. Please open {{Cavendish Road|route}} for taxis at least.\n[[p:Mohammed Iqbal]]"),
    # 004
    R("resident", each(T, str.lower), C, "exact"),
    # 005
    R("business", "I own {{Singh's Superstore|orgp}} on {{Derby Road|route}}. Since the trial my takings are down 18% "
      "because people from the estate cannot drive round the corner any more, they go to the big {{Tesco|org}} "
      "instead. I have three staff. One will have to go.\n[[p:Harjit Singh Bains]]"),
    # 006
    R("young person", "lol the planters r the best thing thats happened 2 our road. me n my m8s play footy on "
      "[[st:byron st]] now n nobody beeps at us. keep it"),
    # 007
    R("resident", "I GOT THREE FINES IN ONE WEEK DRIVING TO MY MUMS ON [[st:MELBOURNE AVENUE]]. NOBODY TOLD HER AND "
      "NOBODY TOLD ME. PCN [[acc:CB24017718]] IS BEING APPEALED AND I WANT MY £70 BACK. DISGRACE."),
    # 008
    R("business", "I am [[p:陈美玲]] ([[p:Chan Mei Ling]]), I run the {{Lucky Star|org}} takeaway with my husband. Our "
      "delivery drivers now go all the way round by {{Wollaton Way|route}}, the food is cold and customers leave bad "
      "reviews. We want the camera open after 6pm."),
    # 009
    R("disabled resident", " ".join(S[:5] + S[6:]) + "\n\nI live in the [[fl:ground floor flat]] at "
      "[[st:22 Shelley Road]] and use a wheelchair. My carer [[p:Dawn]] comes at seven each morning and now has to drive "
      "a mile round to reach me, so my call is cut short. My blue badge, number [[acc:BB 7731 4409 2]], does not "
      "exempt her car.", C, "edited"),
    # 010
    R("organisation", "Response of the {{Castlebrook Cycling Campaign|inv}}\n\nWe support the trial. Counts published "
      "by the council show motor traffic inside the area down by 54% and cycling up by 31%. Boundary roads carry "
      "about 6% more. This matches {{Department for Transport|org}} evidence from other schemes. We ask that "
      "{{the Cabinet Member for Transport|role}} make the scheme permanent and add a safe crossing on "
      "{{Derby Road|route}}."),
    # 011
    R("resident", "Rip them out."),
    # 012
    R("resident", each(T, str.upper), C, "exact"),
    # 013
    R("parent", "I live in [[fl:Apt 12, Foundry Wharf]] on the edge of the scheme. My son [[p:Abdirahman]] has asthma "
      "and the air on {{Wollaton Way|route}} is worse since the trial (his hospital number at the Royal Infirmary is [[hosp:CRI-6620413]]) because the traffic stands still. I am not "
      "against the idea but the main road people matter also. {{Mahadsanid|lang}}.\n[[p:Faadumo Hassan]]"),
    # 014
    R("practice manager", "{{The practice manager|role}} at {{Ashgrove Medical Centre|hosp}} writing. Our district "
      "nurses and the {{East Midlands Ambulance Service|org}} have had no problems with the filter because emergency "
      "vehicles are exempt, but home visits now take longer. Please add GP practice vehicles to the exemption list."),
    # 015
    R("resident", ""),
    # 016
    R("resident", "I have lived in Ashgrove for forty years and I have never seen anything divide the area like this. "
      + " ".join(S[1:-1]) + " Listen to the people who actually live here.", C, "edited"),
    # 017
    R("pensioner", "We are at the top of [[st:Chapel Hill]] where we live, in our home, [[hn:Glenroy]], and the only bus stopped coming up when the "
      "planters went in. I am 82 and my husband is 86. Our daughter [[p:Doreen]] used to drive up on her way home "
      "from work. Now she has to go through the camera or round by the ring road."),
    # 018
    R("tradesman", "I am builder, self employed. My van [[vr:KX19 PLV]] was fined two times in the first week going "
      "to job on {{Cavendish Road|route}}, there was no sign I could see. I go to {{Screwfix|brand}} and "
      "{{Jewson|orgp}} every morning and now it is much longer. I pay my tax like everybody.\n[[p:Ionuț Dumitrescu]]"),
    # 019
    R("resident", plain_only(T, lambda s: s.replace(",", "").replace(". ", ".  ")), C, "exact"),
    # 020
    R("resident", "My partner [[p:Hunter]] and I moved here because of the trial, if I'm honest. We can sit outside "
      "the {{Lord Byron|pub}} on a Friday without breathing fumes. Some people shout a lot at meetings but plenty of us "
      "like it."),
    # 021
    R("resident", "[[st:Byron Terrace]] residents like me were never asked whether we wanted a planter outside our "
      "door. It blocks the bin lorry and the {{Amazon|org}} vans now reverse the length of the terrace. I live in the "
      "[[fl:top maisonette]] at number 31 and the noise of reversing alarms starts at 6am."),
    # 022
    R("resident", "Make it permanent."),
    # 023
    R("disabled resident", "I'm on [[st:Wordsworth Way]] and I have MS. I cannot walk to the bus stop on {{Derby Road|route}}. "
      "My friends cannot drop me off at my door without going through the camera. Please reply to "
      "[[em:lou.brannigan(at)example.org]]\n[[p:Louise Brannigan]]"),
    # 024
    R("private renter", "I rent a bedsit, [[fl:Room 3]], at [[st:9 Cavendish Road]], right on the main road that the "
      "planters were meant to protect. The traffic on our side is the same as before. The people who gained are the "
      "houses on the nice streets."),
    # 025
    R("resident", "I live in the [[fl:flat above the chip shop]] at [[st:14 Tennyson Street]]. Since the planters the "
      "street is quiet at night for the first time in twenty years. The chip shop has lost some drive-by trade but "
      "gained walkers. Keep it."),
    # 026
    R("delivery rider", "I ride for {{Deliveroo|org}} on a bicycle. The trial is good for me, much safer. Before, cars "
      "on {{Tennyson Street|route}} passed very close. I am from {{Eritrea|place}}, my name is [[p:Yohannes]]. Thank you."),
    # 027
    R("resident", " ".join(S[:4]) + " I would add that the consultation leaflet never arrived at our house at all. "
      "The council should try again with a proper letter to every door.", C, "edited"),
    # 028
    R("nurse", "I'm a nurse at {{Castlebrook Royal Infirmary|hosp}} and work nights. Driving home at 8am I used to "
      "take four minutes from the ring road. Now it takes fifteen. I live at [[st:3 Keats Close]] and I'm originally from {{Galway|place}} and I know "
      "what a real traffic jam is, but this is silly.\n[[p:Sinéad Ní Bhriain]]"),
    # 029
    R("council tenant", "My tenancy reference is [[acc:CCH/T/118204]], I live at [[fl:Flat 17, Linnet House]] on the "
      "estate, and I want to know why the council consulted the houses but not the flats. Three hundred of us live in "
      "the blocks and none of us got a letter.\n[[p:Kayleigh Moss]]"),
    # 030
    R("resident", "Some say that journeys that took five minutes now take twenty. That is not my experience at all. "
      "Mine take six. Give it time and people will change how they travel."),
    # 031
    R("resident", "I am from {{Lithuania|place}}, I work in care. I do not have a car and I rent [[fl:Room 2]] at [[st:58 Coleridge Street]]. For me the trial is very good, "
      "the streets are quiet and I walk to clients. But old people who need taxi pay more money now.\n[[p:Jurgita]]"),
    # 032
    R("resident", "Down our road, [[st:Melbourne Avenue]], nothing has changed except the cars go faster because they "
      "have the road to themselves. We need speed humps, not planters."),
]
