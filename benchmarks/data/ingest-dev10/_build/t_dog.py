"""Extending a seaside town's dog ban and raising beach hut charges (fictional Wrayhaven, south Devon;
Coombe Valley District Council, with Wrayhaven Town Council consulted). The seasonal ban on Main Sands would run
from Easter to 31 October and extend to Shelly Cove; beach hut licences rise from £520 to £940 a year."""
from common import R

PREFIX = "DOG"
CONSULTATION = "dog-ban"

ITEMS = [
    R("dog owner",
      "I walk {{Alfie|pet}} on {{Main Sands|inv}} at 7am every day of the year and there is nobody else there. A ban "
      "at that hour does nothing for anyone. Why not a time-based rule like {{Exmouth|place}} has, dogs allowed before "
      "9am and after 7pm?"),
    R("resident", "Ban them all year. Fed up of mess on the sand."),
    R("beach hut owner",
      "We have had hut [[acc:BH-0214]] on the {{Esplanade|route}} since 1998. An 81% rise in one go is outrageous. "
      "The huts were damaged in {{Storm Ciarán|storm}} and we paid for the repairs ourselves. The council did nothing. "
      "[[p:Maureen]] and [[p:Clive Haddock]]"),
    R("resident", ""),
    R("resident",
      "Proper job, about time. Wrayhaven in August is heaving and half the dogs aren't on leads. My grandson [[p:Jago]] "
      "was knocked flying by a spaniel last summer. The dog walker's van, [[vr:wk66 hzp]], is parked on the "
      "promenade every morning with eight dogs in it. {{Dreckly|devon}} they say they'll sort it, never do. "
      "[[p:Bert Luscombe]]"),
    R("business",
      "{{The Salty Paw Café|org}} on {{Harbour Street|route}} is dog-friendly and a large part of our off-season trade "
      "is dog walkers. Extending the ban into October will hurt every café and pub on the front. The {{Kennel Club|org}} "
      "and {{Dogs Trust|org}} both advise time-limited zones, not blanket bans."),
    R("dog owner",
      "Hello, I am [[p:Shirin Rahimi]], I am doctor at {{Derriford|hosp}}, originally from {{Shiraz|place}} in "
      "{{Iran|place}}. I move to {{Wrayhaven|inv}} for the sea. My dog is {{Pashmak|pet}}, it means candyfloss. "
      "The only time I can walk him is after night shift in the morning. Please keep one beach open for dogs in the "
      "early hours. {{Merci|lang}}, {{kheili mamnoon|lang}}."),
    R("resident", "n/a"),
    R("static caravan resident",
      "I live all year in a static caravan, [[fl:pitch 23, Sea Breeze Park]], since my divorce. My dog is my company. "
      "The caravan park backs onto {{Shelly Cove|inv}}. If the ban goes on the cove from Easter I will have to drive to "
      "walk her, and I don't have a car. I'm on {{PIP|law}} (NI [[ni:QQ 88 40 12 A]]) so a taxi is out of the question. Please leave {{Shelly Cove|inv}} alone. [[p:Lorraine Pengelly]]"),
    R("organisation",
      "{{RNLI|org}} lifeguards support clearer zoning on {{Main Sands|inv}} during the patrolled season. We take no view "
      "on beach hut charges. Signage at the {{Clock Tower|landmark}} slipway should be improved whatever is decided."),
    R("beach hut owner",
      "I am 84 and have had a beach hut since my late husband and I bought the licence in 1971. It was [[p:Ken]]'s pride "
      "and joy, he painted it every spring, blue and white, and the grandchildren all learnt to swim from it. I know "
      "the council has to find money from somewhere. I know everything costs more. But {{£940|num}} is more than my "
      "council tax, and I am on the state pension and a small widow's pension from {{British Rail|org}}. Last winter "
      "after {{Storm Babet|storm}} the doors were ripped off and the council's man said it was our responsibility. My "
      "neighbour on the huts, [[p:Pat Yeo]], paid {{£1,300|num}} to have hers fixed. Then the council puts the fee up? "
      "We are the people who keep that seafront looking nice. We sweep the sand off the promenade in the mornings. We "
      "call the coastguard when a child is in trouble, which we did twice last August. We pick up the litter the "
      "day-trippers leave. The huts are not a luxury for most of us, they are the last bit of the seaside we can still "
      "afford, because we bought in when it was cheap, and we look after them. If I have to give it up, the council "
      "says there is a waiting list of 400. Fine, but they will be second-home people from {{London|place}} and "
      "{{Bristol|place}} who come three weekends a year. Is that what {{Wrayhaven|inv}} wants? A row of locked huts "
      "from October to May? Please phase the increase, and give a concession to pensioners and to people who have held "
      "a licence for over 25 years. My hut number is [[acc:BH 0087]], in case anybody wants to check how long we have "
      "paid. Thank you for reading. [[p:Dorothy Widdicombe]], [[st:9 Coastguard Cottages]], [[pc:tq7 2hb]]"),
    R("resident",
      "Dog mess bins on {{Marine Parade|route}} are overflowing every weekend. Empty the bins before you ban the dogs."),
    R("parent",
      "We love the beach ban honestly. Our little one [[p:Ivy]] is terrified of dogs since one jumped at her in her "
      "pram. {{Paddington|char}} and {{Peppa Pig|char}} on the towels, not paw prints lol."),
    R("dog owner",
      "DOGS ARE FAMILY. {{SHARE THE SANDS|slogan}}. I HAVE A PETITION WITH 1,200 NAMES. [[p:GARY SNELL]] "
      "[[ph:07700 900 618]]"),
    R("business",
      "{{Coombe Valley Holiday Lets|org}} manages 46 properties in {{Wrayhaven|inv}} and {{Salcombe|place}}. Guests "
      "increasingly bring dogs. We support a time-based compromise and would pay towards more bins."),
    R("resident",
      "I'm from {{Ghana|place}} originally, moved here with my husband [[p:Kwabena]] for his job at the boatyard. We rent "
      "[[fl:flat 2]] above {{Sid's Plaice|orgp}} on [[st:Quay Hill]]. In my "
      "country we are not used to dogs everywhere, on the beach, in the pub. I support the ban. Also the beach huts "
      "are only for rich people now, the council should keep some for families who rent by the day."),
    R("houseboat resident",
      "We live aboard [[hn:Kittiwake]], a converted Dutch barge on a mooring in the {{Wray estuary|inv}}. We come "
      "ashore at {{Shelly Cove|inv}} with our collie {{Bess|pet}} every morning because it is the only slipway near "
      "our mooring. Please keep an exemption for residents who come ashore there. [[p:Tam]] & [[p:Rosie Brixey]], "
      "[[em:kittiwake.afloat@example.net]], [[ph:07700900482]]"),
    R("resident", "Ban. Simple."),
    R("town council",
      "{{Wrayhaven Town Council|inv}} supports extending the seasonal restriction on {{Main Sands|inv}} to 30 September "
      "only, not October, and opposes any restriction on {{Shelly Cove|inv}}. On beach huts, the council asks the "
      "district to publish the maintenance costs behind the increase. {{The Town Clerk|role}} can be contacted at "
      "the {{Guildhall|landmark}}."),
    R("dog owner",
      "my dog is called devon lol (we moved from {{Devon|place}} to... {{Devon|place}}, long story). no but seriously "
      "most of us pick up. dont punish everyone for a few. insta [[sh:@devon_the_doodle]]"),
    R("beach hut owner",
      "Can the council confirm whether the new fee applies to the huts at {{Pebblecombe|inv}} which are on private "
      "land leased from the {{Duchy of Cornwall|org}}? My licence is [[acc:PBC/HUT/33]]. [[p:A. J. Moysey]], [[ph:01632 960 457]]"),
    R("dog walker",
      "Professional dog walker here, I run {{Barking Betty's|orgp}} ({{Betty|pet}} was my nan's spaniel). I walk 6 to 8 dogs "
      "a day. The ban already pushed us all onto {{Shelly Cove|inv}} which is now crowded. Where are we meant to go?\n"
      "[[p:Rebecca Hext]]"),
    R("resident",
      "The {{Public Spaces Protection Order|law}} under the {{Anti-social Behaviour, Crime and Policing Act 2014|law}} "
      "must be evidence-based. Where is the evidence? The consultation document has one complaint figure and no "
      "dates. Redo it. [[p:Hugh Cann]] ([[em:hugh.cann(at)example.com]])"),
    R("resident",
      "Lived here 70 year, my lover, and I seen dogs on the beach every one of them. Leave it be. [[p:Win Tozer]]"),
    R("visitor",
      "We have come to {{Wrayhaven|inv}} every summer for 20 years from {{Birmingham|place}} because we can bring the dog. "
      "If the ban extends we will go to {{Cornwall|place}} instead."),
]
