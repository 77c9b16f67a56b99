"""canal-towpath: Pendlebank Borough Council (fictional Lancashire mill town), with the Canal & River Trust, proposes
a £2.3 million 'Towpath for All' scheme on the Calderbrook Canal: 9.2 km of towpath between Hollinshaw Wharf and
Pendlebank Locks surfaced in tarmac and widened to 2.5 m, LED lighting, twelve of twenty visitor moorings at
Cotton Wharf removed for a passing place, and a 600 m stretch closed to fishing. Lancashire voices, boaters,
anglers, cyclists, runners, a bat group, a pub."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "TOW", "canal-towpath"
C = "tow-a-towpath-not-a-bypass"

TPL = (
    "We are boaters, anglers, walkers, runners and cyclists who use the {{Calderbrook Canal|own}} towpath, and we "
    "want it improved, but not turned into a commuter bypass. "
    "Nine kilometres of tarmac, two and a half metres wide, will bring fast bikes onto a path where people fish, "
    "moor and walk dogs. "
    "LED lighting along the cut will drive away the bats and the kingfishers, and nobody has shown it makes the "
    "path safer. "
    "Removing twelve visitor moorings at {{Cotton Wharf|own}} will hurt the pubs and shops where boaters spend "
    "money. "
    "Please use a bound gravel surface, keep the path dark between the bridges, put in passing places instead of "
    "losing moorings, and adopt the {{Canal & River Trust|org}}'s {{Share the Space, Drop your Pace|slogan}} code. "
    "A towpath, not a bypass."
)
S = sents(TPL)


def spaced(s):
    return s.replace(", ", " ,  ").replace(". ", " .  ")


ITEMS = [
    # 001 Lancashire walker, dog
    R("walker", "I've walked th' cut from {{Hollinshaw Wharf|own}} to {{Pendlebank Locks|own}} every morning for "
      "thirty year wi' me dog {{Bess|pet}}. It's mucky in winter, I'll give you that, but tarmac? Bikes'll come "
      "through like summat off the {{Tour de France|event}}. Sort the puddles out, and shift the white van, [[vr:PN64 XHD]], that "
      "parks across the gate at {{Moss Bridge|own}} every morning. {{Nowt wrong wi' "
      "it|dialect}} otherwise."),
    # 002 nurse who cycles to work; a surname that is also a city
    R("nurse", "I cycle to {{Royal Blackburn Hospital|hosp}} for {{7.30|num}} shifts and the only alternative is the "
      "{{A679|road}} with lorries. Tarmac please, and lights please. Lots of women I work with won't use the towpath "
      "in the dark, and that's not about bats.\n[[p:Priya Lancaster]], [[fl:Flat 9, Weavers Mill]]"),
    # 003 template
    R("boater", TPL, C, "template"),
    # 004 Afghan former interpreter; home street; sons; NI number in lower case
    R("resident", "My name is [[p:Abdul Wali Safi]], interpreter for the {{British Army|org}} in {{Helmand|place}}. "
      "Now we live on [[st:Wharf Terrace]]. My sons [[p:Bilal]] and [[p:Yousaf]] fish on {{Sundays|date}}, it is "
      "peaceful for them after everything. Do not take away the fishing place. The council letter asked my national insurance, it is [[ni:qq 62 80 15 a]]. "
      "{{Dera manana|lang}}."),
    # 005 blank
    R("resident", ""),
    # 006 exact, lower case
    R("boater", each(TPL, str.lower), C, "exact"),
    # 007 angling association, numbered; initial-surname signature
    R("organisation", "{{Pendlebank Angling Association|club}}: response to the towpath scheme.\n"
      "1. Pegs 40 to 56, our best winter pegs, are on the stretch you would close.\n"
      "2. Members hold {{Environment Agency|org}} rod licences and pay {{£45|num}} a year to fish.\n"
      "3. We would accept a passing place every 200 m.\n4. The {{Angling Trust|org}} has offered to advise.\n[[p:K. Holt]], {{Match Secretary|role}}"),
    # 008 edited: added personal paragraph (husband with Parkinson's, hospital and NHS numbers, address)
    R("walker", " ".join(S[:2]) + "\n\nLast {{August|date}} a cyclist came past my husband [[p:Alan Pilling]] at "
      "speed under {{Moss Bridge|own}}. [[p:Alan]] has {{Parkinson's|med}} and walks with two sticks; he went down "
      "and broke his hip. He was in {{Royal Blackburn Hospital|hosp}} for three weeks (hospital number "
      "[[hosp:RBH 4471093]], NHS [[nhs:999 277 1275]]). The rider never stopped.\n\n" + " ".join(S[2:]) +
      "\n[[p:Maureen Pilling]], [[st:7 Lock Cottages]], [[pc:BB5  3NW]]", C, "edited"),
    # 009 Czech runner in favour of lights; firm named after a person
    R("runner", "I am [[p:Tereza Dvořáková]], from {{Brno|place}}. I run on the towpath every evening after my "
      "shift at {{Warburtons|orgp}} (on {{Strava|brand}} as [[sh:tereza.runs.lancs]]). As a woman running alone in winter I want the lights, very much. Maybe lights "
      "that go on only when someone passes? Then the bats are OK. {{Děkuji|lang}}."),
    # 010 near-miss: template words, opposite view
    R("resident", "Removing twelve visitor moorings at {{Cotton Wharf|own}} will hurt nobody. They are empty nine "
      "months of the year and the same three boats overstay on them all summer. Put the passing place in."),
    # 011 exact, spaces before commas and stops
    R("boater", plain_only(TPL, spaced), C, "exact"),
    # 012 bat group; species named after people
    R("organisation", "{{Lancashire Bat Group|org}}. Our surveys in {{2023|num}} recorded {{Daubenton's bat|species}} "
      "feeding low over the water between {{Moss Bridge|own}} and {{Pendlebank Locks|own}}, and "
      "{{Natterer's bat|species}} roosting in the bridge stonework (found by a sixth-form pupil, [[p:Esme]], on her first survey). All bats are protected under the "
      "{{Conservation of Habitats and Species Regulations 2017|law}}. Lighting should be motion-triggered, "
      "amber and low, or left out."),
    # 013 edited: reworded opening and closing
    R("boater", "Speaking as a continuous cruiser who has moored at Pendlebank most winters since {{2015|num}}: "
      "the towpath does need work, but this is the wrong work. " + " ".join(S[1:5]) + " Sort the drainage and the "
      "broken bollards first, and ask the boaters before you draw lines on a map.\n[[p:Hazel Greenhalgh]], nb licence [[acc:61207]]", C,
      "edited"),
    # 014 one word
    R("cyclist", "Support"),
    # 015 pub licensee; a pub named after a duke; a city that is a surname elsewhere
    R("business", "I run {{the Duke of Bridgewater|orgp}} on the wharf. Boaters are {{40%|num}} of our summer trade; they "
      "come up from {{Lancaster|place}} way and across from {{Skipton|place}}, moor for two nights, eat with us twice. "
      "Lose the moorings and we lose them. [[p:Tracey Ashworth]], licensee, [[ph:0161 496 0277]]"),
    # 016 lower-case teenager; friend; crew handle
    R("young person", "tarmac is sick. me and [[p:jayden]] ride the towpath every day on our bmx and its all "
      "potholes and mud. the old fellas fishing moan at us but theres room for everyone if its wider. our vids are "
      "on [[sh:@cottonwharf_crew]]"),
    # 017 edited: two template sentences plus own text
    R("walker", "Our family has walked the cut since my grandad worked on the coal boats. " + S[2] + " " + S[4] +
      " We'd happily see the puddles fixed; we don't want a road. My daughter [[p:Niamh]] is doing her "
      "kingfisher project at [[sch:Scarth Lane Primary]] and wants to know why nobody asked the kingfishers.", C,
      "edited"),
    # 018 powerchair user in favour of tarmac; support worker; email
    R("disabled person", "I use a powerchair and bound gravel is my enemy: it ruts, it puddles, it throws stones "
      "into the wheels. Tarmac would let me use the canal for the first time in eleven years. My support worker "
      "[[p:Femi]] and I have tried every stretch. The wheelchair service has me as NHS "
      "[[nhs:9993487384]]. [[em:powerchair.pete@example.com]], [[ph:07700 900 127]]"),
    # 019 parish council, formal
    R("parish council", "{{Hollinshaw Parish Council|inv}} discussed the scheme at its {{May|date}} meeting. "
      "Members support resurfacing but not lighting beyond the wharf and the two road bridges. We ask the "
      "{{Borough Council|org}} to publish the bid to {{Active Travel England|org}} and the expected cyclist numbers. "
      "{{The Parish Clerk|role}} will send the minutes to {{the Leader of the Council|office}}."),
    # 020 long ramble: retired mill worker, born at the locks
    R("pensioner", "I were born [[dob:4th May 1941]] in the end cottage at the top of the locks, which is now "
      "[[hn:Lock Keeper's House]] and still my home, so you'll forgive me if I go on a bit. My grandfather "
      "worked a coal boat, the {{Perseverance|ship}}, from {{Wigan|place}} to the mills at Pendlebank, and my "
      "father was a lock-keeper here till they did away with him in {{1963|num}}. I've seen the cut full of "
      "barges, then full of prams and shopping trolleys, then empty, then full of pleasure boats and paddle "
      "boarders, which is the best it's ever been. My late wife [[p:Edna]] and I courted on that towpath, and I "
      "scattered her ashes off the bottom lock gate in {{2019|num}}, which I don't think is allowed but nobody "
      "said owt. Now my grandson [[p:Liam]] is a cycle courier and he says the towpath is the safest way across "
      "town, and I believe him, the roads are murder. So I'm torn. I don't want a black road through my front "
      "garden with lamp posts every twenty yards and lads in {{Lycra|brand}} ringing bells at me. But I don't want our "
      "[[p:Liam]] under a bin lorry on {{Blackburn Road|route}} either. What I'd ask is this: fix the surface with "
      "summat that looks like it belongs, like they did at {{Foulridge|place}}, keep the lights to the bridges, "
      "put a speed sign up and mean it, and leave the moorings alone, because the boaters are the ones who pick "
      "the litter out of the lock and ring the {{Canal & River Trust|org}} when a swan's tangled. And somebody "
      "please tell the council that it's a canal, not a bypass, and it were here before any of us and it'll be "
      "here after. That's all. Thank you for reading, if you got this far."),
]
