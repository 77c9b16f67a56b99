"""island-ferry: winter timetable for the Kilmarie - Tarsay ferry (fictional Lochmore and Isles Council,
west Highlands; Gaelic and Scots voices)."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "FRY", "island-ferry"
C = "fry-lifeline-not-luxury"

T = ("I object to the proposed winter timetable for the {{Kilmarie|inv}} to {{Tarsay|inv}} ferry. The ferry is a "
     "lifeline, not a luxury. Moving the first sailing to half past nine means islanders cannot reach hospital "
     "appointments in {{Fort William|placename}} or {{Inverness|place}} and be home the same day, and it ends the school "
     "run for pupils at {{Lochmore High School|venue}}. Dropping the Sunday sailings in winter cuts the island off for "
     "two days in every seven. Island businesses, crofts and the fish farm all depend on freight going over early. The "
     "council should keep the 07:15 sailing, keep a Sunday service all year, and replace the {{MV Loch Tarsay|vessel}} "
     "before she breaks down for good. Islanders should be asked, not told.")
S = sents(T)

ITEMS = [
    # 001
    R("islander", T, C, "template"),
    # 002
    R("crofter", "{{Madainn mhath|gaelic}}. I keep sheep and a few cattle at [[hn:Cnoc Bàn]], at the north end of the "
      "island. In the back end I take lambs over on the first boat to get to the mart at {{Dalmally|place}}. With a "
      "half nine boat I miss the sale and I am paying for a night in a hotel as well. The council talks about "
      "'sustainable island communities' and then does this.\n[[p:Murdo MacInnes]]"),
    # 003
    R("young person", "ferry is already a joke. last winter i missed 2 of my prelims cos the 7.15 was cancelled. now ur "
      "getting rid of it?? check [[sh:@tarsay_teen_]] on insta if u wanna see the state of the pier lol"),
    # 004
    R("islander", each(T, str.lower), C, "exact"),
    # 005
    R("business", "We have run a B&B on the island for eleven years. Our guests come for the otters, the eagles and the "
      "peace, and more than half of them come out of season. If they cannot rely on a boat on a {{Sunday|date}} they "
      "will book {{Mull|place}} or {{Skye|place}} instead, and who could blame them.\n\n[[p:Felicity Hartley-Smythe]]\n"
      "[[hn:The Old Manse]], {{Port Tarsay|inv}}"),
    # 006
    R("fish farm worker", "I work for {{Mowi|org}} at the fish farm. My colleague [[p:Bartek]] and me we come from "
      "{{Kilmarie|inv}} every day on first boat. If boat is 9.30 we lose two hours each day and the company say maybe "
      "they move us to {{Mallaig|place}} site. Then I must leave my [[fl:flat above the shop]] in Port Tarsay and my "
      "girlfriend must leave her job also.\n[[p:Łukasz Zieliński]]"),
    # 007
    R("patient", "My husband [[p:Calum Iain]] has chemotherapy at {{Raigmore|hosp}} every third {{Tuesday|date}}. With "
      "the 07:15 gone we would need to stay two nights in {{Inverness|place}} each time, and the patient travel scheme "
      "does not cover that. We are at the far end of [[st:Bràigh an Dùin]], the last house before the shore. His unit number is [[hosp:RAI 3318245]] if anyone at the council wants to ask the hospital "
      "how often he has missed treatment because of the ferry already.\n[[p:Seonag MacKinnon]]"),
    # 008
    R("islander", "NO SUNDAY BOAT = NO CHURCH, NO VISITS, NO NOTHING. WHO WROTE THIS? SOMEONE IN AN OFFICE IN "
      "{{INVERNESS|place}} WHO HAS NEVER STOOD ON THE SLIP IN A GALE. [[p:DONNIE 'THE POST' MACLEOD]]"),
    # 009
    R("islander", " ".join(S[:4] + S[5:]) + "\n\nI live aboard our boat, the [[hn:Selkie Lass]], on a mooring in the "
      "harbour at Port Tarsay, with my partner [[p:Jo]] and our dog. We have no car, so we depend on the foot "
      "passenger fares too. My mother is in a care home in {{Oban|place}} and I visit her every Sunday; without the "
      "Sunday boat I will not see her from {{November|date}} to {{February|date}}.", C, "edited"),
    # 010
    R("community council", "Response from {{Tarsay Community Council|inv}}\n\nThe Community Council held a public "
      "meeting in the village hall on {{12 March|date}}; 148 people attended, about a quarter of the resident "
      "population. Not one person spoke in favour. We note that no island communities impact assessment has been "
      "published, as the {{Islands (Scotland) Act 2018|law}} requires. We ask {{the Head of Marine Services|role}} "
      "and {{the Harbourmaster|role}} to attend our next meeting.\n\n[[p:Catriona Morrison]], Secretary"),
    # 011
    R("islander", "Keep the 7.15."),
    # 012
    R("islander", each(T, str.upper), C, "exact"),
    # 013
    R("haulier", "I'm [[p:Alasdair]], I run {{Mackinnon Haulage|orgp}}. My lorry, [[vr:SN68 OWR]], goes over full on the "
      "first boat most days with feed, gas and the shop delivery. The second boat is full of tourists in summer and I "
      "cannot get a deck space. If the early boat goes, the island shop will be short of milk by {{Wednesday|date}}."),
    # 014
    R("parent", "My daughter [[p:Eilidh]] is in S3 at [[sch:Lochmore High School]] and stays in the hostel in the week. "
      "She comes home on the Friday boat. Her wee brother [[p:Ruairidh]] is at [[sch:Sgoil Thàrsaigh]] on the island. If "
      "the winter boats are cut she will not be able to get home for the weekend when the Friday sailing is cancelled. "
      "She is 14."),
    # 015
    R("islander", ""),
    # 016
    R("islander", "I was born on Tarsay and have lived here for sixty years, so please take this seriously. "
      + " ".join(S[1:-1]) + " Come over on a winter morning and see for yourselves.", C, "edited"),
    # 017
    R("health professional", "As {{the island's district nurse|role}} I want to point out that the first sailing is how "
      "blood samples reach the lab at {{Belford Hospital|hosp}}. A later boat means samples arrive too late to be "
      "processed the same day. The {{Scottish Ambulance Service|org}} and the {{Coastguard|org}} helicopter cannot "
      "carry routine samples."),
    # 018
    R("relative", "My mum [[p:Peigi Ann MacLeod]] still lives on the island, on her own, at 88. I go over every second "
      "weekend from {{Glasgow|place}}. Without a Sunday boat I have to take a day off work every time. Please reply to "
      "me at [[fl:flat 3/1]], [[st:41 Ardbeg Street]], Glasgow [[pc:G51 2QH]], or ring [[ph:0141 496 0872]]."),
    # 019
    R("islander", "\n".join(S), C, "exact"),
    # 020
    R("seasonal worker", "I live on Tarsay since 2022 with {{Homes for Ukraine|law}}. My host [[p:Morag]] is very kind to "
      "us. My son [[p:Artem]] is 9 and he goes to [[sch:Tarsay Primary]], he speaks Gaelic now better than me English! "
      "I work in the hotel kitchen. For the council tax reduction they asked my NI number, [[ni:QQ 29 84 61 B]], three times. If there is no boat on Sunday I cannot go to {{Oban|place}} for Ukrainian church. "
      "{{Дякую|lang}}."),
    # 021
    R("business", "I run {{The Tarsay Arms|pub}}. After {{Storm Éowyn|storm}} in January we had no boat for four days and "
      "ran out of beer, gas and bread. A planned timetable that does the same every Sunday is madness. Our freight "
      "account with the council, [[acc:LIC-F-20877]], shows we spent £14,000 on freight last year. That is money the "
      "ferry will lose."),
    # 022
    R("islander", "Ridiculous."),
    # 023
    R("pensioner", "I was born on the [[dob:4th of June 1938]] in the house I still live in, [[hn:Achnacraig]], and I "
      "have never seen the boats so bad. My late husband [[p:Ewen]] was a deckhand on the old {{MV Clàr|vessel}} for "
      "thirty years and he would be ashamed. In his day the boat went in all weathers bar a storm."),
    # 024
    R("student", "I'm at uni in {{Edinburgh|place}} and my flat is [[fl:2F1]], [[st:14 Warrender Row]]. When I come home "
      "at Christmas the connections from the train at {{Oban|place}} to the last boat are already tight. With the new "
      "timetable I would have to stay a night in a hostel. Email me if you need to: [[em:k.mcphail@example.net]]\n"
      "[[p:Kirsty McPhail]]"),
    # 025
    R("tenant", "I rent a council house on [[st:Sràid na h-Eaglaise]] in Port Tarsay. People who think island life is "
      "{{Katie Morag|char}} should try getting to a dentist in winter. The view of {{Ben Nevis|landmark}} from the top "
      "deck is lovely, but it does not pay the hotel bill when you are stuck on the mainland."),
    # 026
    R("health professional", "As {{a paramedic|role}} on the mainland side I often meet the boat with an ambulance. "
      "Fewer sailings will mean more helicopter transfers, which cost far more than the savings in this proposal."),
    # 027
    R("islander", " ".join(S[:4]) + " We have three children and I work in {{Fort William|placename}}. Last winter I "
      "spent nine nights away from them because of cancellations. The new timetable makes that the normal week, not "
      "the bad one.", C, "edited"),
    # 028
    R("commuter", "My season ticket, number [[acc:TSY-ST-04418]], cost me £312 this year and I use it twice a day. The "
      "consultation says average use of the 07:15 is low. It is low in the survey week because the survey was done in "
      "the {{October|date}} holidays.\n[[p:R. Dòmhnallach]]"),
    # 029
    R("care worker", "I am care worker in {{Tigh na Cloiche|inv}} care home on island. I live in [[fl:staff flat 2]] behind the home but half of our staff live in "
      "Kilmarie and come on first boat. If the boat is later, morning shift has no staff. The residents need their "
      "breakfast and medicines at 8. Please think of old people. {{Salamat po|lang}}.\n[[p:Maricel Dela Cruz]] "
      "[[ph:07700 900 338]]"),
    # 030
    R("islander", "Everyone keeps saying the ferry is a lifeline, not a luxury. Fine, but the council has to pay for it "
      "somehow. I would rather lose the last sailing at night than the first one. Nobody uses the 19:40 in January."),
    # 031
    R("fisherman", "The {{Morning Star|vessel}} is my creel boat, not my house, and I am not asking for a ferry for "
      "her. I am asking for one for my bait and my catch, which go over in the van on the first boat. {{CalMac|org}} "
      "run a better service to bigger islands. Give the route to them.\n[[p:Kenny]]"),
    # 032
    R("islander", "{{Tha an t-aiseag cudromach dhuinn uile|gaelic}}. The ferry matters to all of us.\n\n"
      "[[p:Seonag NicIllinnein]]\n[[hn:Druim Fada]]\n{{Tarsay|inv}}\n[[pc:PA78 6TY]]"),
]
