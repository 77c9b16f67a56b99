"""care-home: proposed closure of Ashlea Court, a council-run care home in the fictional Midlands town of
Hollinsford (Hollinsford Borough Council, Staffordshire), with residents moving to independent homes."""
from common import R, sents, each, plain_only

CONSULTATION = "care-home"
PREFIX = "CHM"
CAMP = "chm-keep-ashlea-open"

TEMPLATE = (
    "We are writing as families, friends and neighbours of the people who live at {{Ashlea Court|home}}. "
    "Closing the home would force frail older people, many of them living with {{dementia|med}}, to leave the only "
    "place they now recognise as home. "
    "Moving very old people is known to cause confusion, falls and even early death, and no promise of a careful "
    "transition can remove that risk. "
    "The council says the building needs {{£1.4 million|num}} of work, but it has not published the survey or "
    "costed a phased repair. "
    "Private homes in {{Hollinsford|inv}} already charge far more than the council pays, and several have waiting lists. "
    "We ask {{Hollinsford Borough Council|inv}} to keep Ashlea Court open, to publish the building survey in full, "
    "and to work with families and staff on a plan to repair the home while the residents stay put. "
    "Do not close the door on them."
)
S = sents(TEMPLATE)

ITEMS = [
    # 001 template
    R("relative", TEMPLATE, CAMP, "template"),
    # 002
    R("relative", "Keep it open. Full stop."),
    # 003 exact: lower case
    R("relative", each(TEMPLATE, str.lower), CAMP, "exact"),
    # 004 long ramble, dictated
    R("care home resident",
      "I am 94 and I have been at Ashlea since my hip went, that was the winter of the big snow, 2018 I think it was. "
      "My granddaughter [[p:Kayleigh]] is writing this down for me because my hands are no good now. Before that I "
      "lived on [[st:Tanners Row]] for fifty-one years, my husband [[p:Stan]] carried me over the step when we were "
      "married. He was a placer at {{Wedgwood|orgp}} and then he went on the buses. When they told me I had to come "
      "into a home I cried for a week, and now they want to move me again. My room, [[fl:Room 9, Ashlea Court]], "
      "looks over the garden where [[p:Derek]] the handyman grows his tomatoes and he lets me have the first one. "
      "There is a lovely girl on nights, [[p:Precious]], she sings to me when I can't sleep, and my key worker "
      "[[p:Joanne]] knows I take two sugars and I don't like the radio on after tea. You can't write that on a form "
      "and send it to a new place. The manager, Mrs [[p:Pointon]], says nobody knows yet where we would go. Some "
      "say {{Brookvale Lodge|home}} which is out past the {{A34|road}}, and my son [[p:Graham]] doesn't drive now "
      "since his eyes went. In the war we were moved about, I was evacuated to a farm near {{Leek|placename}} and "
      "I wet the bed every night for a year, I have never forgotten it. Old people are like children that way, we "
      "need to know where we are. I know money is tight, I am not daft, I watch {{Midlands Today|org}} every night. "
      "But I would like to die in my own bed if it is all the same to you, with [[p:Precious]] singing to me. "
      "That is all I have to say. [[p:Kayleigh]] says I have to put my name at the bottom.\n"
      "[[p:Ivy Plant]]"),
    # 005 blank
    R("resident", ""),
    # 006 organisation
    R("organisation",
      "Response from {{Hollinsford Older People's Forum|inv}}\n\n"
      "1. The Forum opposes closure. The consultation document gives no assessment of the capacity of the local "
      "market: we count 41 vacant beds in the borough against 52 residents to be moved.\n"
      "2. Under the {{Care Act 2014|law}} the council must promote the wellbeing of each resident. A block move "
      "cannot be squared with that duty.\n"
      "3. Several residents are subject to {{Deprivation of Liberty Safeguards|law}}; each move will need a fresh "
      "authorisation and a best-interests decision.\n"
      "4. The last {{Care Quality Commission|org}} report rated the home Good. The problem is the building, not "
      "the care.\n"
      "We ask for a costed option to rebuild on the same site, as {{Stafford|place}} did.\n"
      "{{Secretary|role}}, Hollinsford Older People's Forum"),
    # 007 text speak, staff
    R("care worker",
      "ive worked at ashlea 11 yrs on nights. me and [[p:kerry-ann]] do 2 on 2 off and we know every resident "
      "inside out. if it shuts theres no job at {{brookvale|home}} for us they said we can apply lol. the residents "
      "will lose the staff as well as the building nobody is saying that. pls dont do this. follow [[sh:@ashlea_nights]] on tiktok to see what we actually do"),
    # 008 edited: personal paragraph, a sentence dropped
    R("relative",
      " ".join(S[:2]) + "\n\n"
      "My aunt, [[p:Hope Shenton]], has been at Ashlea Court for six years. She was born on [[dob:3 June 1931]] and "
      "she has outlived everyone in her family except me. Her room is the only place she knows, and the staff "
      "call me on [[ph:07700 900 418]] whenever she is unsettled. I live at [[st:47 Clayhanger Street]], "
      "[[pc:ST17 4WQ]], and I can walk round in ten minutes. If she goes to the other side of the county I will "
      "not be able to visit every day.\n\n" + " ".join(S[2:4] + S[5:]),
      CAMP, "edited"),
    # 009 Punjabi son
    R("relative",
      "{{Sat Sri Akal|lang}}. My father [[p:Gurnam Singh Dhillon]] is 91 and has been at Ashlea Court three years. "
      "Staff learned a few words of {{Punjabi|natl}} for him and the cook makes his dal on Fridays. At "
      "{{Vaisakhi|event}} they let us bring food from the {{Guru Ravidass Gurdwara|church}} for all the residents. "
      "The new homes are in {{Cannock|place}} and {{Lichfield|place}}, no one there speaks his language. He had a "
      "stroke last year and his hospital number at {{Royal Stoke|hosp}} is [[hosp:RSU 4417206]] if you want to check "
      "his needs. Please think again. [[p:Jaswinder Dhillon]] (son)"),
    # 010
    R("resident", "n/a"),
    # 011 exact: CAPS
    R("relative", each(TEMPLATE, str.upper), CAMP, "exact"),
    # 012 CAPS rant
    R("council tax payer",
      "WHY IS THE COUNCIL RUNNING CARE HOMES AT ALL. THE PRIVATE SECTOR DOES IT CHEAPER. MY COUNCIL TAX (ACCOUNT [[acc:CT 3318 0726]]) WENT UP "
      "{{4.99%|num}} AND THE BINS ARE STILL A DISGRACE. SELL THE SITE AND BE DONE WITH IT."),
    # 013 near miss
    R("resident",
      "I understand why people are upset, but the figures in the report look real to me and the building is tired. "
      "If it has to close, do it slowly, one resident at a time, and do not close the door on them afterwards: "
      "keep the day centre on the same site for people who still live at home."),
    # 014 Filipino senior carer
    R("care worker",
      "I am senior carer at Ashlea from 2016, I come from {{Iloilo|place}} in the {{Philippines|place}}. Our "
      "residents are like my own {{lolo|lang}} and {{lola|lang}}. When Mr [[p:Aldridge]] was dying last winter we stayed with him in turns so he was not alone, this is what we do. If the home is "
      "closed the residents will be sent to places where the staff do not know them. Also many of us carers are "
      "on {{Health and Care Worker visa|law}}, if we lose our job we have 60 days to find new sponsor. Please keep "
      "Ashlea open. {{Salamat po|lang}}."),
    # 015 GP
    R("GP",
      "I am the GP who visits Ashlea Court each week, with Dr [[p:Oyelaran]] from {{Moorside Medical Practice|org}}. "
      "Around a third of the residents have advanced dementia, including several with {{Lewy body dementia|med}} and "
      "{{Parkinson's|med}}. In my experience relocation of this group leads to a rise in falls and hospital "
      "admissions in the first three months. If the council proceeds, I would ask that moves are not made in "
      "winter and that each resident has a medication review beforehand. Dr [[p:Harriet Fenlow]]"),
    # 016 neighbour
    R("neighbour",
      "We live opposite at [[st:22 Belgrave Terrace]] and have done for 30 years. The home is part of the street. "
      "My wife [[p:Pauline]] did the hairdressing there on Tuesdays until her knees went. What happens to the site? I asked [[p:Deborah]] at the front desk and she "
      "didn't know either. "
      "If it is sold for flats we want to know now, not when the diggers turn up."),
    # 017 daughter, room as home
    R("relative",
      "Mum's been in [[fl:Room 14, the Primrose wing]] since 2021. Her name is [[p:Rose Bickley]] and she will be 100 "
      "in March. She does not know what year it is but she knows her room, her chair and her budgie {{Gordon|pet}}. "
      "Moving her at 100 is cruel. Our financial assessment reference is [[acc:FA/2021/00873]] and her NI number is "
      "[[ni:qq613027a]] if anybody at the council wants to look at what we have already paid. [[p:Lesley Bickley-Hunt]]"),
    # 018 Romanian care worker
    R("care worker",
      "Hello, I am working in Ashlea Court like carer from 2019. I am from {{Romania|place}}, from {{Iași|place}}. In "
      "my country the old people is staying with family, here is different but I understand. In Ashlea we are like "
      "family, the residents know my name, they call me \"the girl with the red hair\". If you close it, the "
      "residents will be very confused and some will die, I see this before in other home. Please not close it. "
      "{{Mulțumesc|lang}}. [[p:Andreea]]"),
    # 019 edited: half template + own text
    R("relative",
      " ".join([S[0], S[1], S[5]]) + " I would add something the letter does not say. My dad was moved twice in two "
      "years when his last home closed, and each time he lost more of himself. Nobody in the council will be held "
      "responsible for that. Put it in the report.",
      CAMP, "edited"),
    # 020
    R("resident", "Where exactly are 52 very old people supposed to go?"),
    # 021 husband: DOB, NHS, hospital number
    R("relative",
      "My wife [[p:Margaret]] has been at Ashlea Court since her {{Alzheimer's|med}} got too much for me at home. "
      "For your records: [[p:Margaret Jean Salt]], [[dob:12/11/1938]], NHS number [[nhs:999 635 2080]], "
      "{{County Hospital|hosp}} number [[hosp:CH0092714]]. We were married 61 years in August. I visit every "
      "afternoon on the number 7 bus. If she is moved to {{Uttoxeter|place}} I will need two buses each way and "
      "at 88 I cannot do that. [[p:Ron Salt]], [[st:5 Kiln Lane]], [[pc:st16 2hb]]"),
    # 022 councillor
    R("councillor",
      "As ward councillor for {{Hollinsford North|inv}} I have had more letters about Ashlea Court than about anything "
      "else in eleven years. The {{Cabinet Member for Adult Social Care|role}} has promised that no resident will be "
      "moved until a suitable place is found. I want that in writing, and I want the survey published. "
      "Cllr [[p:Bernadette Mulvaney]]"),
    # 023 pet, residents
    R("volunteer",
      "I run the Thursday sing-along. The residents love the home's cat, {{Mabel|pet}}, more than they love any of "
      "us. [[p:Walter]] and [[p:Elsie]] got engaged last spring, at 89 and 92, and they would be split up by a move "
      "unless somebody plans it properly; [[p:Walter]]'s daughter has already asked. We did {{The Sound of Music|char}} at Christmas and the whole street came."),
    # 024 Yoruba nurse / family
    R("relative",
      "Good day. My mother-in-law, [[p:Mama Adunni]], moved into Ashlea when we could no longer lift her. She "
      "is {{Yoruba|natl}} and at first she would not eat the food, but the cook learnt to make {{jollof|lang}} and "
      "{{moin moin|lang}} for her, the manager even put {{Nollywood|org}} films on for her. We worry she will not "
      "get this care in a big private home. My husband [[p:Tunde Bakare]] can be reached on "
      "[[ph:+44 7700 900 662]]. {{E se gan|lang}}."),
    # 025 support closure
    R("resident",
      "Close it. My mother was in Ashlea in the 1990s and the building was poor then. The roof leaked in "
      "{{Storm Henk|storm}} and residents were moved into the lounge for two nights. Spend the money on care at "
      "home instead, that's what most people want."),
    # 026 Cantonese family
    R("relative",
      "My grandmother [[p:Lau Mei Ling]] lives in Ashlea. She speaks only {{Cantonese|natl}}. The staff use a "
      "picture board with her and my cousin [[p:Kelvin]] visits every Sunday to translate. At {{Chinese New Year|event}} "
      "the home put up red lanterns for her, she was so happy. Please keep this home."),
    # 027 signature without sign-off
    R("relative",
      "My father is 96, blind and deaf, and Ashlea is the fourth place he has lived in five years. The last move, "
      "to a home in {{Stone|placename}}, nearly killed him. Whatever you decide, decide it once.\n"
      "[[p:Sandra Wrigglesworth]]"),
]
