"""Overnight closure of the minor injuries unit at the fictional Invercraig Community Hospital, a proposal of the
fictional Clydemuir Health and Social Care Partnership (Clydemuir Council and NHS Clydemuir) on the Firth of
Clyde coast. Glaswegian and Belfast voices."""
from common import R, each, plain_only, sents

PREFIX = "MIU"
CONSULTATION = "minor-injuries"
CAMP = "miu-open-all-night"

T = ("Closing the {{Minor Injuries Unit|inv}} at {{Invercraig Community Hospital|hosp}} overnight will put lives at "
     "risk. At night the nearest emergency department is {{Inverclyde Royal Hospital|hosp}}, a forty mile drive on a "
     "road that floods and closes in winter, and there is no public transport after ten. Families with a child who "
     "has a scald or a broken arm will either wait for an ambulance that is already stretched or drive themselves in "
     "a panic. Fishermen, farm workers and visitors who are hurt at night will be left with nowhere to go. The "
     "{{Partnership|inv}} says only three people a night use the unit, but that is three people who would otherwise "
     "be in an ambulance or in a car on the {{A78|road}}. Keep the unit open twenty-four hours, recruit the nurses "
     "it needs, and listen to the people of {{Invercraig|inv}}.")
S = sents(T)

ITEMS = [
    # 001
    R("resident", T, CAMP, "template"),
    # 002
    R("resident",
      "Ah moved doon here fae {{Castlemilk|place}} when ah retired, thought ah'd get a bit of peace. Last {{Hogmanay|event}} "
      "ma grandwean [[p:Kayleigh]] cowped aff the wall at the shore and split her heid open. Half eleven at night. The "
      "nurse in the wee unit stitched her and we were hame by one. If that's shut we're sittin in the motor for an hour "
      "wi a greetin wean and a towel. {{Gonnae no|Glaswegian phrase}}, eh?\n[[p:Big Tam]] ([[p:Thomas McGarvie]])"),
    # 003
    R("resident", plain_only(T, lambda s: s.replace(" ", "  ")), CAMP, "exact"),
    # 004
    R("resident",
      "I'm from {{Belfast|place}} originally, married a {{Clydemuir|inv}} man, so I am. Two year ago my wee lad came off his "
      "bike on the {{Shore Road|route}} by {{the Esplanade|route}} at nine at night on {{23.08.2023|date}}, wrist in bits. The nurse at the unit had him X-rayed, "
      "splinted and sent on in the morning with a letter. His number at the hospital was [[hosp:IRH 0047219]] if you "
      "want to check. If it closes at eight, catch yerself on, where do we go? Forty mile in the dark.\n"
      "[[p:Siobhan McAleese]], [[ph:028 9649 6213]]"),
    # 005
    R("emergency nurse practitioner",
      "As an {{Emergency Nurse Practitioner|role}} I have worked nights in the unit for six years. On most nights we "
      "see one or two patients after midnight. I would support closing from midnight to 8am if {{NHS 24|org}} can book "
      "patients into a morning slot and the {{Scottish Ambulance Service|org}} gets a second crew based in "
      "{{Invercraig|inv}}. Closing from 8pm is too early; the evening is our busiest time."),
    # 006
    R("resident", "Keep it open. End of."),
    # 007
    R("parent",
      " ".join(S[:3]) + "\n\nIn March my son [[p:Callum]] ([[dob:born 14.02.2017]]) pulled a pot of soup over his "
      "arm. I ran him up from our flat at [[fl:2/1]], [[st:14 Harbour Brae]], in three minutes and the nurse had the "
      "burn dressed before the ambulance would even have left {{Greenock|place}}. His {{CHI number|term}} is "
      "[[hosp:1402170435]].\n\n" + " ".join(S[3:]),
      CAMP, "edited"),
    # 008
    R("harbourmaster",
      "{{Invercraig Harbour Trust|inv}}: crews land at all hours with hand and eye injuries, hooks, ropes and winches. "
      "The unit is the only place they can be seen without leaving the boat for a whole day. The {{RNLI|org}} crew "
      "also bring people off the water at night. The {{Harbourmaster|role}} asks that the unit stays open at least "
      "until midnight in the fishing season."),
    # 009
    R("resident", ""),
    # 010
    R("paramedic",
      "We already have long waits outside {{Inverclyde Royal|hosp}} and {{the Royal Alexandra|hosp}}. Sending the "
      "minor injuries from {{Invercraig|inv}} to us will tie up a crew for four hours for a sprained ankle. If you close the "
      "unit overnight, please fund a {{see and treat|term}} rapid response car."),
    # 011
    R("resident", each(T, str.upper), CAMP, "exact"),
    # 012
    R("business",
      "We run {{Craigview Holiday Park|inv}}, {{112|num}} caravans, full from Easter to October. Every summer we have "
      "kids falling off bikes, barbecue burns, and folk who've had a drink and fallen over. Tourists don't know where "
      "{{Greenock|place}} is. If the unit shuts at night they will phone {{999|emergency number}} for everything.\n"
      "[[p:Morven]] and [[p:Iain Lockhart]]"),
    # 013
    R("parent",
      "ma wee yin [[p:aimee]] is in p2 at [[sch:st ninian's]] and has {{asthma|med}} and its always at night she takes a bad turn. the unit has given her "
      "nebs three times this year. the nurse [[p:marie]] knows her by name. {{aye right|Scots phrase}} you'll keep "
      "her safe wi an ambulance fae {{Paisley|place}}. ah cannae drive. pure disgrace so it is. ma number is [[ph:0141 496 0658]]"),
    # 014
    R("resident",
      "I think the {{Partnership|inv}} has a point about staffing but the report ignores the fact that we are on a "
      "road that floods and closes in winter. The {{A78|road}} was shut for two days in December. Any decision must "
      "come with a winter plan."),
    # 015
    R("resident",
      "I am writing as someone who has lived in {{Invercraig|inv}} all my life. " + " ".join(S[1:-1])
      + " We have lost the bank and the police office. Do not take this too.", CAMP, "edited"),
    # 016
    R("GP practice",
      "{{Invercraig Medical Practice|inv}} is concerned that patients turned away at night will come to us at 8am "
      "with injuries that are now a day old. We have no capacity for this. We would like to meet the {{Chief "
      "Officer|role}}. Please contact our {{Practice Manager|role}}, [[p:Alison Baird]], on [[ph:01632 960 447]]."),
    # 017
    R("pensioner",
      "Me and the wife are like {{Jack and Victor|char}} these days, two old crocks. I've {{COPD|med}} and she's "
      "had both knees done. We don't drive. The last bus to {{Greenock|place}} is at ten to seven. That's the "
      "consultation answered. My clinic number at the hospital is [[hosp:IRH0065120]].\n[[p:Eck Dunlop]], [[st:Kilbrannock Road]], [[pc:pa17 5qe]]"),
    # 018
    R("community council",
      "{{Kilbrannock Community Council|inv}} opposes the overnight closure. A survey of {{214|num}} households found "
      "{{87%|num}} had used the unit in the last five years. The community council asks the {{Integration Joint "
      "Board|inv}} to publish the nursing vacancy figures and the ambulance response times for the {{PA16|postcode district}} "
      "and {{PA17|postcode district}} areas before any decision is made."),
    # 019
    R("resident",
      " ".join(S[:3]) + " My mother is {{92|num}} and has fallen twice at night. Both times the unit patched her up "
      "and sent her home. Neither time did she need a big hospital. Both times she would have waited hours for an "
      "ambulance.", CAMP, "edited"),
    # 020
    R("lorry driver",
      "Bout ye. I live in {{Irvine|placename}} and drive for {{McBurney Transport|orgp}} off the {{Cairnryan|place}} boat and come up the coast road "
      "three nights a week. Twice I've seen smashes on the {{A78|road}}. The unit is the only lights on for miles. "
      "Dead on staff in there too. Leave it open, it's not wee buns getting anywhere else round here at night.\n"
      "[[p:Gerard 'Gerry' Quinn]], [[vr:LXZ 4471]]"),
    # 021
    R("resident",
      "I support the change. I would rather have a properly staffed unit in the day with X-ray and plaster than a "
      "single nurse at 3am who has to send everything on anyway."),
    # 022
    R("resident", "What about {{NHS 24|org}}? Nobody ever answers."),
    # 023
    R("resident",
      "We live on {{Great Cumbrae|place}} and come over on the {{CalMac|org}} ferry. The last boat is at nine at night "
      "in winter. After that the unit is no use to us anyway, but if something happens on the mainland side at night "
      "it is the only place. I'd keep it open."),
    # 024
    R("mental health peer worker",
      "Nobody has mentioned people in crisis. The unit is where people come at night after self-harm, because it "
      "is quiet and local and the nurses are kind. {{Breathing Space|org}} and {{Samaritans|org}} are on the phone, "
      "not in the room. Please talk to {{See Me|org}} and to people with lived experience before you decide."),
    # 025
    R("parent",
      "Our daughter [[p:Eilidh-Ann Paterson]] ([[dob:07/12/2015]]) has {{Perthes' disease|med}} and is in P5 at "
      "[[sch:Kilbrannock Primary]]. When she falls, and she does, she has to be seen quickly. Her number at "
      "{{the Royal Hospital for Children|hosp}} is [[hosp:RHC 5512093]]. A forty mile trip at night is not "
      "acceptable.\n[[p:Fiona Paterson]], [[em:fiona.paterson@example.net]]"),
]
