"""Moving the county record office and museum store out of town: fictional Northwold County Council proposes to
move the Northwold Record Office from Shire Hall in the fictional county town of Castlebury, and the museum
store from the Old Maltings, to a unit on the fictional Harrowfield Business Park."""
import re
from common import R, each, plain_only, sents

PREFIX = "ARC"
CONSULTATION = "record-office"
CAMP = "arc-keep-our-history-in-town"

T = ("The {{Northwold Record Office|inv}} belongs in the heart of {{Castlebury|inv}}, not on an industrial estate. "
     "The searchroom at {{Shire Hall|landmark}} is a short walk from the railway station and the bus station, and it "
     "is used by students, family historians, older people and visitors from all over the world. A unit on "
     "{{Harrowfield Business Park|inv}} has one bus an hour, no cafe and nowhere to stay nearby. We accept that the "
     "collections need better storage, and we know that the strongroom floods. But storage and public access are "
     "not the same thing. Keep a searchroom and the local studies library in the town centre, and bring documents in "
     "from the new store to order. The museum handling collection should stay where schools can reach it. Our "
     "county's memory should not be put out of sight and out of mind.")
S = sents(T)

ITEMS = [
    # 001
    R("friends group member", T, CAMP, "template"),
    # 002
    R("retired archivist",
      "Dear Sir or Madam,\n\nI write as a former {{Deputy County Archivist|role}} (retired 2011) with some knowledge "
      "of the building in question. The case for new storage is unanswerable: the strongroom at {{Shire Hall|landmark}} "
      "has not met {{BS 4971|standard}} for a generation, and the relative humidity after the flood of {{2019|date}} "
      "exceeded 70 per cent for eleven days. The Council is to be commended for facing this. It does not, however, "
      "follow that public access must move with the collections. I would urge the Council (i) to retain a town-centre "
      "searchroom with a daily document delivery; (ii) to consult {{The National Archives|org}} on the implications "
      "for {{Archive Service Accreditation|law}}; and (iii) to confirm that the unit will be designed to {{PD 5454|standard}} "
      "rather than adapted from a warehouse. I remain, yours faithfully,\n\n[[p:E. Margaret Haworth-Lyle]] "
      "{{MA|qualification}}, {{RMARA|qualification}}\n[[em:emhaworthlyle@example.org]]"),
    # 003
    R("family historian", each(T, str.lower), CAMP, "exact"),
    # 004
    R("family historian",
      "I'm writing from {{Belfast|place}}. My great-granny's people left {{Castlebury|inv}} for the shipyards in the "
      "1890s and I've spent three summers in your searchroom. I get the early flight to {{Leeds Bradford|landmark}} and "
      "the train across, and I walk up from the station. A business park? Sure I'd never find it. {{PRONI|org}} moved "
      "out to the {{Titanic Quarter|place}} and at least you can get a bus. Wise up, {{Northwold|inv}}.\n[[p:Bernadette "
      "Mulholland]] - [[em:bernie.mulholland@example.com]]"),
    # 005
    R("visually impaired researcher",
      "I am registered blind and I use a screen reader and a guide dog, {{Juno|animal's name}}. I can get from the "
      "station to {{Shire Hall|landmark}} on my own because I have learned the route. I could not do that to a "
      "business park with no pavement on the {{Harrowfield Road|route}} roundabout. Please do an {{Equality Impact "
      "Assessment|law}} with disabled users, not about them."),
    # 006
    R("resident", "Shameful."),
    # 007
    R("family historian",
      " ".join(S[:4]) + "\n\nI have held a reader's ticket since {{1998|date}} (number [[acc:NRO/R/20931]]). I live "
      "at [[hn:Orchard End]], [[st:Priory Lane]], {{Castlebury|inv}}, [[pc:yo17 4hd]], ten minutes on foot. I gave up "
      "driving two years ago.\n\n" + " ".join(S[4:]),
      CAMP, "edited"),
    # 008
    R("museum volunteer",
      "I volunteer two mornings a week at the museum store in {{the Old Maltings|landmark}}, cleaning and packing the "
      "social history collection. The building is damp and the roof leaks, so I can see why it needs to go. But the "
      "handling boxes for schools, the {{Roman|period}} pottery and the {{Victorian|period}} toys and the {{Noddy|char}} and {{Mr Men|char}} books, are used every "
      "week by the primaries. Teachers will not drive a class out to a trading estate."),
    # 009
    R("metal detectorist",
      "Members of the {{Castlebury Detecting Club|inv}} record every find with the {{Finds Liaison Officer|role}} under "
      "the {{Portable Antiquities Scheme|law}}, and anything that may be {{Treasure|law}} goes through the museum. "
      "Please make sure there is still a drop-in at the new site and that the {{Treasure Act 1996|law}} paperwork "
      "doesn't get slower."),
    # 010
    R("resident", ""),
    # 011
    R("family historian", plain_only(T, lambda s: re.sub(r"[,']", "", s)), CAMP, "exact"),
    # 012
    R("teacher",
      "I teach history at {{Castlebury Academy|venue}}. Every year our Year 9 walk to {{Shire Hall|landmark}} to handle "
      "the {{1842|date}} cholera papers and the workhouse registers. It is the best lesson of the year. A coach to "
      "{{Harrowfield|inv}} would cost {{£340|num}} a trip and the school would not pay it. Please keep an education "
      "room in town."),
    # 013
    R("family historian",
      "Where do I begin. My late husband [[p:Norman]] started on the family tree in {{1976|date}} when his aunt "
      "[[p:Florrie]] died and left a tin box of letters, and after he passed I carried on, partly for him and partly, I "
      "suppose, to have something to get up for. I have been in that searchroom most Wednesdays for nineteen years. I "
      "know the staff by name and they know me, they keep my pencil behind the desk. We found [[p:Norman]]'s "
      "great-grandfather, [[p:Josiah Pickersgill]], in the {{1851|date}} census living in a court off {{Tanners "
      "Row|route}} with nine children, and we found him again in the gaol calendar for stealing a coat, which caused "
      "great amusement at Christmas. We found the little sister who died at four, and the brother who went to "
      "{{Ontario|place}}, and I have written to his descendants in {{Guelph|place}} ever since. That is what that "
      "building is. It is not a warehouse, it is where people find each other. I get the number 6 bus from the end of "
      "[[st:Lavender Walk]] and it stops outside. I am 81 and I have macular degeneration in one eye and I will not "
      "manage a business park. My granddaughter [[p:Chloe]] says I should do it all on {{Ancestry|org}} now but you "
      "cannot smell an old parish chest on {{Ancestry|org}}, and half of what we found was never filmed. I don't "
      "suppose this will make any difference, these things are always decided before they ask, but I wanted it "
      "written down somewhere that it mattered to somebody. If anyone wants to ring me I am on [[ph:01632 960 118]] "
      "most days except Wednesdays, ha ha.\n[[p:Doreen Pickersgill]]"),
    # 014
    R("resident",
      "It's not a question of out of sight and out of mind. Nobody in this county has been in the record office "
      "except a few retired people. Move it, save the money, put it online."),
    # 015
    R("local history society",
      "The {{Wrayby and District Local History Society|inv}} has {{140|num}} members and we fully support the "
      "Friends' position. " + " ".join(S[1:-1]) + " We would be glad to help the Council find a town-centre space.",
      CAMP, "edited"),
    # 016
    R("depositor",
      "My family deposited {{the Skelbrooke Hall papers|collection}} with the Record Office in {{1958|date}}. The "
      "deposit agreement requires that they be kept in conditions approved by the {{County Archivist|role}} and "
      "made available to the public in the county town. We would want to see the new terms before anything moves. "
      "[[p:Hugo Fairfax-Lacey]], [[hn:The Dower House]], {{Skelbrooke|inv}}"),
    # 017
    R("student",
      "I'm [[p:Tolu Adeyemi-Hart]] ([[sh:@poorlaw_phd]]) and I'm commuting from {{Beverley|placename}} to do a PhD at the {{University of York|org}} on nineteenth-century poor law unions, and I've used "
      "{{Northwold|inv}} for two years. The staff there are brilliant. The thing I'd lose is being able to pop in "
      "between trains. Could the new site have longer opening hours, e.g. one evening a week, to make up for it?"),
    # 018
    R("resident",
      "I support the move. {{Shire Hall|landmark}} has 22 steps and a lift that has been broken since the summer. I "
      "use a wheelchair and I have not been able to get in. A ground-floor unit with parking is an improvement for "
      "people like me."),
    # 019
    R("friends group member",
      " ".join(S[:4]) + " My own view is that the Council has already decided and this consultation is for show. I "
      "asked for the option appraisal under {{Freedom of Information|law}} and was refused. I have copied this to our "
      "{{MP|role}}, [[p:Julian Strickland-Moore]].", CAMP, "edited"),
    # 020
    R("trade union",
      "{{UNISON|org}} members at the Record Office and museum store support better storage but are worried about "
      "lone working at an isolated site and the loss of the town centre allowance. We request a meeting with the "
      "{{Head of Culture|role}}."),
    # 021
    R("local history society",
      "The {{Harrowfield Heritage Group|inv}} meets in the village hall next to the proposed site and would welcome "
      "the Record Office as a neighbour. Contact our secretary [[p:Pauline Ogunleye]] on [[em:harrowfield.heritage "
      "[at] example.org]]."),
    # 022
    R("resident", "Will the parking be free?"),
    # 023
    R("museum volunteer",
      "I have {{Parkinson's|med}} and I still transcribe the {{Castlebury Courier|newspaper}} index at the museum "
      "store on Thursdays. My husband [[p:Derek]] drives me in and waits. If it moves to the business park that's "
      "{{9 miles|num}} each way for him. We'd manage, but not everybody has a [[p:Derek]].\n[[p:Anne Wetherall]]"),
    # 024
    R("family historian",
      "My grandfather came on the {{Windrush|ship and event}} and worked at the {{Castlebury|inv}} gasworks for "
      "thirty years. His story is in that building: the works magazine, the union minutes, his photograph in the "
      "{{Castlebury Courier|newspaper}}. I want my children to walk in off the street and see it. Don't hide us on a "
      "trading estate.\n[[p:Marcia Clarke-Bennett]], [[sh:@marciaroots]]"),
    # 025
    R("parish council",
      "{{Harrowfield Parish Council|inv}} notes the proposal. Members ask that {{Northwold County Council|inv}} "
      "provides a footway from the bus stop on the {{B1247|road}} to the unit before it opens, and that HGV "
      "deliveries avoid the school run on {{Harrowfield Lane|route}}."),
]
