"""mooring-fees: a 38% rise in mooring fees and a new liveaboard surcharge at Porthcarrack Harbour (fictional
Porthcarrack Harbour Commissioners, south Cornwall; fishermen, boat dwellers and Cornish voices)."""
from common import R, each, sents

PREFIX, CONSULTATION = "MOR", "mooring-fees"
C = "mor-fair-fees-for-working-boats"

TPL = ("The proposed rise in mooring fees at {{Porthcarrack Harbour|inv}} is unfair on the people who keep this "
       "harbour alive. A {{38%|num}} increase in one year, with a new surcharge for people who live aboard, will drive "
       "out the fishermen, the small charter boats and the liveaboard families who are here all winter. Second-home "
       "owners with yachts that sit empty for eleven months can afford it. We cannot. The harbour needs working boats, "
       "or it becomes a car park for marinas. We ask {{the Harbour Commissioners|role}} to phase any rise over five "
       "years, to keep a lower rate for registered fishing vessels and to drop the liveaboard surcharge altogether. "
       "Please publish the accounts so we can see where the money goes.")
S = sents(TPL)

ITEMS = [
    # 001
    R("fisherman", TPL, C, "template"),
    # 002
    R("boat dweller", "We have lived aboard the [[hn:Kittiwake]], a 32ft wooden ketch, on the south trot for nine years. Our "
      "daughter was born aboard. A liveaboard surcharge on top of the rise means we would have to leave the only home "
      "we have. [[p:Jenna Polglase]] and [[p:Rob Kitto]]"),
    # 003
    R("fisherman", "Skipper of the {{Emma Louise|boat}}, crabber, 40 year in this harbour like my father. 38 per cent "
      "is robbery. [[p:Jory Trebilcock]]"),
    # 004
    R("yacht owner", "As a visiting yachtsman I think the fees are still cheap compared with {{Falmouth|place}} or "
      "{{Salcombe|place}}. The harbour needs investment. Support."),
    # 005
    R("resident", ""),
    # 006
    R("fisherman", each(TPL, str.lower), C, "exact"),
    # 007
    R("crew", "I am from {{Iloilo|place}}, Philippines, I work as crew on the beam trawler {{Girl Rachel|boat}} for "
      "eleven years. {{Magandang araw|lang}}. If the boats leave, we leave. Please think of the crew also. "
      "[[p:Reynaldo Bautista]]"),
    # 008
    R("organisation", "{{Porthcarrack Sailing Club|inv}} understands the need for maintenance funds after "
      "{{Storm Ciarán|storm}} damaged the outer wall. We would support a rise of up to {{15%|num}} with a published "
      "capital programme. We ask {{the Harbour Master|role}} to attend our AGM."),
    # 009
    R("boat dweller", "i live on a narrowboat that i brought down on a lorry, [[hn:Dragonfly]], on the river moorings "
      "above the bridge. surcharge for living aboard is discrimination pure and simple. where are we meant to go, the "
      "council has no housing. [[p:sky]]"),
    # 010
    R("boat dweller", " ".join(S[:5]) + " My partner [[p:Cadan Rowe]] and I live aboard [[hn:Morwenna]] on mooring "
      "[[acc:PHC/M/0412]] with our two-year-old. We pay our fees by standing order and have never missed one. "
      "The surcharge alone is more than our gas and diesel for the winter. " + " ".join(S[6:]), C, "edited"),
    # 011
    R("resident", "{{Dydh da|cornish}}. The harbour is not just for boats, it's the heart of the town. {{Kernow bys "
      "vyken|cornish}}."),
    # 012
    R("resident", "No comment."),
    # 013
    R("business", "I run {{Pascoe's Boatyard|orgp}} with my brother. Half our winter work comes from the fishing "
      "fleet. Lose them and we lose our apprentices. [[p:Matt Pascoe]], [[st:Trelawney Row]]"),
    # 014
    R("fisherman", "\n".join(S), C, "exact"),
    # 015
    R("resident", "Drive out the fishermen and what's left? Gift shops, {{Rick Stein's Fish|orgp}} queues and a fibreglass {{Captain Birdseye|char}} on the quay. "
      "Keep the working harbour working."),
    # 016
    R("deckhand", "{{Dzień dobry|lang}}. I am [[p:Krzysztof Lewandowski]], deckhand on the {{Girl Rachel|boat}}. I "
      "rent [[fl:Flat 2, Sail Loft]] on [[st:Chapel Opes]] from the skipper. If the boat goes, I lose work and home. I pay tax here, NI [[ni:QQ304417A]]. "
      "{{Dziękuję|lang}}."),
    # 017
    R("lifeboat volunteer", "I crew on the {{RNLB Mary Trewin|boat}}. Half our volunteers are fishermen who can be at "
      "the station in four minutes. Price them out and the lifeboat can't launch. [[p:Lowenna]], helm"),
    # 018
    R("resident", "ABSOLUTE DISGRACE. THE COMMISSIONERS ARE ALL YACHT CLUB. [[p:BILL JAGO]]"),
    # 019
    R("boat dweller", " ".join(S[:3]) + " I have lived aboard [[hn:Sea Thrift]] (mooring [[acc:PHC/M/0129]]) since my divorce and she is a small "
      "boat, but she is dry and warm and mine. I would like to see the commissioners try a winter on the trot before "
      "they call us a nuisance.", C, "edited"),
    # 020
    R("resident", "The harbour needs working boats, or it becomes a car park for marinas - that's the one line in all "
      "this I agree with. But the fishermen have paid next to nothing for decades while the rest of us subsidise them."),
    # 021
    R("resident", "I fully support higher fees. The liveaboards dump grey water and their dogs foul the slip. "
      "I live on [[st:Quay Hill]] above the slip. Look at the state of the boat below {{the Jolly Sailor|pub}}. [[p:D. Harvey]]"),
    # 022
    R("boat dweller", "I'm 71 and have lived on [[hn:Second Wind]] for twenty years since my husband [[p:Ken]] died. "
      "He built her himself in the shed at [[hn:Polwheal Cottage]] where we lived before. The harbour "
      "office has my doctor's letter about my {{COPD|med}}; my hospital number at {{Treliske|hosp}} is "
      "[[hosp:RCH 3318840]] and NHS no. [[nhs:9994713418]]. I can't go to a flat, I'd die in a flat. [[p:Morwenna Hicks]]"),
    # 023
    R("fisherman", "{{Meur ras|cornish}} for asking. We're sixth generation fishing out of here. My grandfather went down with the "
      "{{Girl Rachel|boat}}'s namesake in 1962. Don't drive us out now. [[p:Tristan Nance]]"),
    # 024
    R("resident", "Why is there no mention of the {{Duchy of Cornwall|org}} lease? They own the foreshore."),
    # 025
    R("charter skipper", "I run fishing trips for tourists. I'd pay more if the pontoon worked and I could park my van, [[vr:WK21 PLY]], on the quay. Account "
      "[[acc:PHC-C-1187]], contact [[em:nick@example.com]], [[pc:tr12 6bq]], [[ph:07700 900 428]]. [[p:Nick Rowse]]"),
    # 026
    R("resident", "My cat {{Mabel|pet}} lives on the boat with me and has more sense than the commissioners. "
      "[[p:Shelley]], the [[hn:Curlew]], inner trot"),
    # 027
    R("resident", "{{Ciao|lang}}. My family came from {{Liguria|place}} to fish here in 1950s. My father [[p:Salvatore "
      "Bianchi]] had the {{Santa Lucia|boat}}. We love this harbour. Please be fair to the small boats."),
    # 028
    R("student", "Marine biology student at {{Falmouth University|org}}. I live on [[hn:Whimbrel]], a 26ft sloop, "
      "because rent in town is £900 for a room. Follow [[sh:@whimbrel_liveaboard]] to see what it's actually like. "
      "[[p:Freya]]"),
    # 029
    R("resident", "The harbour accounts are not secret - they are filed with the {{Department for Transport|org}} "
      "under the {{Harbours Act 1964|law}}. Anyone can read them. Income fell after {{Covid|med}} and the outer wall "
      "repair is quoted at {{£2.3 million|num}}. Somebody has to pay. I'd rather it was visitors than locals, so I "
      "support a tiered fee, but not a surcharge on people whose boat is their home."),
    # 030
    R("fisherman", "Fished out of here since I left school. The harbour needs working boats, or it becomes another "
      "{{Padstow|place}}. The {{Cornish Fish Producers' Organisation|org}} will say the same. If the "
      "{{Harbour Commissioners|role}} want our support, put a fisherman on the board. {{Cornwall Council|org}} has "
      "nothing to do with it, whatever they say in {{The Lugger|pub}}."),
]
