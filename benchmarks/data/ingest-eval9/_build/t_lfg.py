"""lifeguards: Ravensmouth Borough Council (fictional, the Durham coast between Sunderland and Hartlepool)
proposes to stop paying for RNLI lifeguard cover at two of its four beaches (Shellcove Sands and Marram Point),
to keep it at Ravensmouth Bay and North Sands for the six weeks of the school summer holiday only instead of
May to September, and to put public rescue equipment (throwlines on posts) and new signs at every beach,
saving GBP 148,000 a year."""
from common import R, each, sents

PREFIX, CONSULTATION = "LFG", "lifeguards"
C = "lfg-lifeguards-save-lives"

TPL = (
    "I am writing to object to {{Ravensmouth Borough Council|inv}}'s proposal to withdraw lifeguard cover from "
    "{{Shellcove Sands|own}} and {{Marram Point|own}} and to cut the season at the other beaches to six weeks. "
    "These beaches are busy from {{May|date}} to {{September|date}}, not only in the school holidays, and the rip "
    "currents off the point have taken lives before. "
    "A throwline on a post and a warning sign are no substitute for a trained lifeguard on the sand. "
    "The saving of £148,000 is tiny next to the cost of one drowning. "
    "Please keep lifeguards on all four beaches for the full season and work with the {{RNLI|org}} to find the "
    "money. "
    "Lifeguards save lives, so don't gamble with ours."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Wearside dialect, father
    R("parent",
      "{{Howay man|dialect}}. Me an wor [[p:Kayleigh]] tek the bairns doon {{Shellcove|own}} every weekend it's "
      "fine, an the lifeguards are the only reason she lets them in past their knees. {{Divvent|dialect}} tell me "
      "a sign on a pole is ganna pull a bairn oot a rip. Ye'll save nowt. Keep them."),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 surf school, nickname beside full name, handle
    R("business",
      "I run {{Ravensmouth Surf School|org}} from the hut at {{Shellcove Sands|own}}. Our instructors are not "
      "there to patrol the whole beach (my own beach trading licence, in my name, is [[acc:RBC-BTL-0093]]), and on a weekday in {{June|date}} the water is full of teenagers. I'm "
      "[[p:Karen Liddle]], most people know me as [[p:Kaz]], and you can see the beach most days on my {{Instagram|brand}}, "
      "[[sh:@kaz_on_the_north_sea]]."),
    # 005 retired coastguard volunteer, a lifeboat with a person's name
    R("volunteer",
      "I crewed {{the Edith Annie Blackett|ship}}, our inshore lifeboat, for ten years. Most of the people we "
      "pulled out at {{Marram Point|own}} had gone in after the lifeguards packed up. The lifeboat is the last "
      "line; lifeguards are the first. And last {{July|date}} a camper van, [[vr:NK19 WFT]], was left across the "
      "slipway for two days.\n[[p:Ron Pattinson]]"),
    # 006 edited: personal paragraph in the middle, hospital number
    R("parent", " ".join(S[:3]) + "\n\nLast {{August|date}} my son [[p:Jaxon]], who was eleven, was caught in the rip "
      "at {{Marram Point|own}} on his bodyboard. A lifeguard had him out in under two minutes. "
      "He spent a night in {{Sunderland Royal Hospital|hosp}} (his hospital number is [[hosp:SRH 4418207]] if "
      "anyone wants to check) and he is fine. Without the lifeguard I would be writing a very different letter.\n\n" +
      " ".join(S[3:]), C, "edited"),
    # 007 one word
    R("resident", "Object."),
    # 008 Sri Lankan nurse, English as a second language
    R("nurse",
      "I am from {{Galle|place}} in {{Sri Lanka|place}}. In the {{tsunami|event}} of {{2004|date}} I lost my uncle. "
      "Now I am a nurse in {{Sunderland|place}} and I take my son [[p:Sanuth]] to the beach, but I am always "
      "afraid of the sea. When I see the lifeguards I can relax a little. {{Bohoma sthuthi|lang}}.\n"
      "[[p:Dilani Perera]]"),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 residents' association, formal numbered response
    R("organisation",
      "Response of the {{Marram Point Residents' Association|org}}\n\n"
      "1. The Association opposes the withdrawal of lifeguard cover from {{Marram Point|own}}, where two people "
      "have drowned since 2011.\n"
      "2. The beach holds a {{Seaside Award|law}}, and the council's bid for {{Blue Flag|law}} status at "
      "{{Ravensmouth Bay|own}} assumes lifeguard cover along the whole bay.\n"
      "3. As owner of the foreshore the council has duties under the {{Occupiers' Liability Act 1957|law}}. A "
      "risk assessment by the {{Royal Life Saving Society|org}} in 2022 rated the point 'high risk'.\n"
      "4. Throwlines are welcome but are often stolen: three went in {{June|date}} alone. A black pick-up, "
      "[[vr:ND15 XKE]], towing jet skis, uses the slipway every weekend without a permit.\n"
      "5. A resident, Mr [[p:Dobson]], has pulled three swimmers out of the rip himself since 2020.\n"
      "6. We ask for a meeting with {{the Portfolio Holder for Leisure|office}} and the {{RNLI|org}}.\n\n"
      "Dr [[p:Anand Rao]], {{Chair|role}}\n[[em:marrampoint.residents@example.org]]"),
    # 011 teenager, lower case, school, handle
    R("young person",
      "i do nippers every {{sat|date}} with {{ravensmouth surf life saving club|club}} n i want to be a lifeguard "
      "when im 16. if theres no lifeguards at {{shellcove|own}} where am i meant to work lol. me n "
      "[[p:ellie-mae]] go every weekend in summer. im in yr 10 at [[sch:st aidans academy]]. on tiktok im "
      "[[sh:liv.in.the.waves]]"),
    # 012 near-miss: supports the cut
    R("resident",
      "These beaches are busy from {{May|date}} to {{September|date}}, nobody disputes that, but the council has "
      "lost a third of its budget in ten years and something has to give. Two lifeguarded beaches a short walk "
      "apart are better than four with half the hours. Put the money where the crowds are and signpost people to "
      "them."),
    # 013 edited: reworded opening and closing
    R("resident", "I was a lifeguard at {{Shellcove Sands|own}} for three summers while I was at university and I "
      "still swim there most days. " + " ".join(S[1:5]) + " Please listen to people who have actually done the "
      "job.", C, "edited"),
    # 014 ice cream kiosk, a firm named after a family, concession number
    R("business",
      "I have the kiosk at {{North Sands|own}}, {{Gatti's Ices|orgp}}, and the concession is in my name, [[acc:RBC/KIOSK/0417]]. On a "
      "hot day half my customers ask where the lifeguards are before they let the kids in. When the lifeguards "
      "finish, I'm the only one on the beach in a uniform, and it's a {{Mr Whippy|char}} apron."),
    # 015 blank
    R("resident", ""),
    # 016 carer: son with Down's syndrome, support worker, address
    R("carer",
      "My son [[p:Daniel]] (born [[dob:7.3.2001]]) has {{Down's syndrome|med}} and doesn't understand danger. His "
      "support worker, [[p:Tasha]], takes him to {{Ravensmouth Bay|own}} on a {{Tuesday|date}} and only lets him "
      "paddle between the flags. Six weeks a year isn't enough. We live at [[st:14 Cliff Terrace]], "
      "[[pc:sr7 4qb]], and can see the lifeguard hut from the window.\n[[p:Pauline Steel]], "
      "[[em:pauline.steel[at]example.com]]"),
    # 017 edited: half the template and own text
    R("resident", " ".join(S[:3]) + "\nI swim off {{Shellcove Sands|own}} most mornings from {{April|date}} with "
      "the {{Bluetits|club}}, {{Dryrobe|brand}} and all, and I know the water. The summer visitors don't. Put me down as one of the ones who'll "
      "still be there in {{October|date}} when you've saved your money.\n[[p:Morag Henshaw]]\n"
      "[[em:morag.swims@example.net]]", C, "edited"),
    # 018 disabled person, PA, flat, NHS number, phone in brackets
    R("disabled person",
      "I have {{multiple sclerosis|med}} and since the council bought beach wheelchairs I can go on the sand at "
      "{{Ravensmouth Bay|own}} with my PA, [[p:Stacey]]. The lifeguards keep the chairs and help us down the "
      "ramp; for six weeks only, the chairs are locked away the rest of the year. I live in "
      "[[fl:flat 5, Sandpiper House]] on the seafront. My NHS number is [[nhs:999 675 1651]] if you need to check "
      "who I am. Call me on [[ph:(0191) 498 0263]].\n[[p:Graham Hetherington]]"),
    # 019 Greek Cypriot chip shop (no names)
    R("business",
      "We have the chip shop on {{Seafront Road|route}} for thirty years, {{the Golden Fry|org}}. My father came "
      "from {{Limassol|place}}. Every summer we see the ambulance. The lifeguards know the sea like we know the "
      "fryer. Don't cut. {{Ευχαριστώ|lang}}."),
    # 020 ramble: a sister whose brother drowned
    R("pensioner",
      "I'm 74, born here on [[dob:9th July 1951]], and I've lived in {{Ravensmouth|inv}} all my life bar four years "
      "in {{Washington|placename}} when we were first married. In {{July 1976|date}} my brother [[p:Malcolm]] "
      "drowned off {{Marram Point|own}}. He was fourteen. There were no lifeguards then, just a man with a rowing "
      "boat who hired out deckchairs, and by the time the lifeboat came round from the harbour it was too late. "
      "My mother never set foot on that beach again. When the lifeguards came in the nineties, I cried the first "
      "time I saw the flags go up. I know the council is skint. I know about {{Storm Arwen|event}} and the cliffs "
      "and the potholes and the rest of it. But I also know what that rip does on an ebb tide with a northerly, "
      "and so does every fisherman's family in this town. The visitors don't. They come from {{Durham|place}} "
      "and {{Consett|place}} and {{Stanley|placename}} on a hot {{Sunday|date}}, they park up, they see a lovely quiet "
      "beach, and in they go. I walk {{Bonnie|pet}}, my {{Jack Russell|species}}, on the point every morning and I watch "
      "them do it. My grandson [[p:Connor]] is a lifeguard now, at {{Ravensmouth Bay|own}}, and he "
      "tells me they do more than forty rescues some summers, most of them kids on inflatables blown out past the "
      "point. Forty. Take the lifeguards off and I'll tell you what happens: one of those forty won't come back, "
      "and you'll put the lifeguards back the year after, with a plaque. We've had a plaque for [[p:Malcolm]] on "
      "the wall of {{the Grace Darling|orgp}} and a memorial in {{St Hild's|church}} for forty-odd years. I don't want another one on it. Please keep "
      "them, the whole season, every beach. I'll pay more council tax myself if that's what it "
      "takes.\n[[p:Brenda Pattison]]"),
]
