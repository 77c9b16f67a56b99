"""Consultation 4: moving the Fore Street branch surgery in Polgarrow into the first floor of a supermarket building
(fictional Trevanion Medical Group, a Cornish town). Written by hand for ingest-dev9."""
from common import R

PREFIX, CONSULTATION = "GPS", "branch-surgery"

ITEMS = [
    # 1
    R("GP practice",
      "{{Trevanion Medical Group|subject}} would like to explain why we have proposed this move. The "
      "{{Fore Street Surgery|subject}} building is listed, damp and has no lift, so many of our patients already "
      "cannot get upstairs to the treatment room. The first floor of the {{Tesco|org}} superstore on "
      "{{Trevithick Road|route}} has step-free access, a lift and 300 parking spaces. We would keep the same GPs, "
      "nurses and opening hours. {{The practice manager|role}} will be at the {{Polgarrow Methodist Hall|church}} drop-in."),
    # 2
    R("patient",
      "Wasson? I bin goin' to {{Fore Street|subject}} since I were a tacker and I'm 83 now. Doctor in the "
      "supermarket, whatever next. I can walk down to Fore Street from [[hn:Chy an Gwel]] but I can't walk up "
      "{{Trevithick Road|route}}, 'tis too steep and there's no bus. They'll sort it {{dreckly|dialect}}, they say. "
      "I've heard that before, my 'ansum.\n[[p:Wilf Pascoe]]"),
    # 3
    R("patient", "No."),
    # 4
    R("patient",
      "I am housebound after two hip operations and my wife [[p:Morwenna]] does the collecting and the "
      "appointments. She does not drive. From our house she can walk to {{Fore Street|subject}} in five minutes; "
      "the supermarket is a taxi each way. If it helps, my NHS number is [[nhs:999 589 0623]] and you can see how "
      "often we are there."),
    # 5
    R("patient", "gd idea tbh, can do my shoppin n get my pill at same time lol\n[[p:tegan]]"),
    # 6
    R("pharmacist",
      "As the pharmacist at {{Day Lewis|orgp}} on {{Fore Street|route}}, directly opposite the current surgery, "
      "I must point out that about 70% of our prescriptions come from the branch. The supermarket already has a "
      "{{Boots|org}} counter. Moving the surgery would move the prescriptions and probably close the last "
      "independent pharmacy in the town centre."),
    # 7
    R("patient", ""),
    # 8
    R("patient",
      "A DOCTOR IN A SUPERMARKET?? WHAT NEXT, A VET IN THE CHIP SHOP. THIS IS WHAT HAPPENS WHEN {{NHS|org}} IS RUN "
      "BY ACCOUNTANTS. NO NO NO.\n[[p:MAUREEN TREBILCOCK]]"),
    # 9
    R("patient",
      "I have a blue badge and my {{Motability|org}} car is [[vr:WK19 OTP]]. There are two disabled bays on "
      "{{Fore Street|route}} and they are always taken. The supermarket car park would be much easier for me. I am "
      "in favour. [[p:Steve Rowe]]"),
    # 10
    R("care worker",
      "Good day. I am a carer from the {{Philippines|place}}, working in a care home in {{Polgarrow|inv}} since "
      "2019. I bring residents to the surgery every week in the minibus. The stairs at Fore Street is very difficult "
      "for them, my colleague and I must carry wheelchair. The new place with lift is better for safety. But please "
      "make a quiet room, not beside the music of supermarket. {{Salamat po|lang}}.\n[[p:Maricel Dizon]]"),
    # 11
    R("parent",
      "My baby [[p:Jenson]] was born [[dob:18/02/2024]] and has all his jabs at {{Fore Street|subject}}. Our health "
      "visitor [[p:Kerensa]] runs the baby clinic there on Tuesdays. You cannot run a baby clinic next to the "
      "checkouts with everyone staring, there needs to be a separate entrance."),
    # 12
    R("patient", "n/a"),
    # 13
    R("town council",
      "{{Polgarrow Town Council|inv}} resolved at its meeting on {{4 March|date}} to object to the move unless a "
      "shuttle bus is provided from the town centre. {{Fore Street|route}} depends on the footfall the surgery brings. "
      "The Council also asks {{NHS Cornwall and Isles of Scilly|org}} to confirm the lease is for at least 15 years. "
      "{{The Town Clerk|role}}"),
    # 14
    R("patient",
      "I fished out of {{Newlyn|place}} for thirty years and I have been a patient at the branch since the old doctor "
      "had it, the one with the Labrador. What I would say is this. A supermarket can shut. They shut the one in "
      "{{Hayle|place}}, they shut the one in {{Camborne|place}}, and when they do, where does the surgery go then? "
      "Into a portakabin in the car park, that's where. The old building is damp, I grant you, but it is ours, it has "
      "been a surgery for ninety years and everybody knows where it is. Spend the money doing it up and put a lift in "
      "the back. {{Kernow bys vykken|lang}}."),
    # 15
    R("patient",
      "After my stroke last year I had eight weeks in {{Treliske|hosp}} (hospital number [[hosp:RCH 0048817]]) and "
      "the branch surgery did all the follow-up. I live on [[st:Chapel Terrace]] at the top of the town and I walk "
      "with a frame. The supermarket is a mile the other way. If this goes through I will have to rely on "
      "neighbours."),
    # 16
    R("resident",
      "In July and August the supermarket car park is rammed with {{emmets|dialect}} buying barbecue stuff. "
      "Good luck getting a parking space for your smear test. Has anyone thought about summer at all?"),
    # 17
    R("carer",
      "I care for my dad who has {{Parkinson's|med}}. Appointments are already a two-person job. If the council and "
      "the practice want to discuss how this would work for him, contact me: [[em:carol.nance(at)example.org]] "
      "or [[ph:07700 900 734]]. [[p:Carol Nance]]"),
    # 18
    R("patient", "{{Proper job|dialect}}, about time. The old place is damp and smells of mould."),
    # 19
    R("patient",
      "I object. The consultation leaflet did not say that the {{Fore Street Surgery|subject}} building would be sold. "
      "Who gets the money?\n[[p:Jack Hocking]], [[dob:02/08/1947]]"),
    # 20
    R("patient",
      "honestly as a 19 year old i'd rather go to a doctor where i can grab a meal deal after. the old surgery is "
      "grim. i did a tiktok about the mould in the waiting room lol [[sh:@polgarrow_surfgirl]]"),
    # 21
    R("practice staff",
      "I have worked as a receptionist at the branch for 17 years. The building is not fit: last winter our practice "
      "nurse [[p:Demelza]] had to treat a patient in the corridor because the treatment room ceiling came down. "
      "We get the {{Poldark|char}} jokes every day (yes, that is her real name). Staff have not been asked properly "
      "about the move either."),
    # 22
    R("patient",
      "We are at [[hn:Gull Cottage]], down by the harbour, [[pc:tr18 4xz]]. My husband is on oxygen. The move adds "
      "a mile and a half each way. Please keep a clinic in the town centre, even two mornings a week."),
    # 23
    R("patient",
      "I need to attend fortnightly for injections and I drive a 2009 Corsa, [[vr:WA59 KZT]], so parking matters to "
      "me. My NHS number is [[nhs:9997622308]] and my mum, who comes with me, is [[nhs:999 143 3619]]. We would both "
      "prefer the supermarket site if the parking is free for patients."),
    # 24
    R("organisation",
      "{{Kernow Age Concern|org}}, {{Polgarrow|inv}} branch. Our members are split. Those who drive like the "
      "supermarket site, those who walk hate it. We ask for a free shuttle from {{the Square|route}} and a "
      "seated waiting area. {{Meur ras|lang}}."),
    # 25
    R("patient", "Fine by me if there's parking."),
]
