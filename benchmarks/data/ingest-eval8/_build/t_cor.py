"""coroners-court: Mendale Council (fictional unitary council, Somerset) proposes to move the coroner's
court from the Old Shire Hall in Wraxcombe to a shared Civic Quarter in Bridgecombe, 28 miles away, and
to hear more inquests by video link."""
from common import R, each, sents

PREFIX, CONSULTATION = "COR", "coroners-court"
C = "cor-keep-inquests-local"

TPL = (
    "I am responding to {{Mendale Council|inv}}'s proposal to move the coroner's court from "
    "{{the Old Shire Hall|own}} in {{Wraxcombe|inv}} to {{the Bridgecombe Civic Quarter|own}}. "
    "An inquest is often the worst day of a family's life. "
    "Families should not have to travel 28 miles, on two buses, to hear how someone they loved died. "
    "The Old Shire Hall has a quiet family room, a separate entrance and parking outside. "
    "At the new site families would share a waiting area with council tax appeals and wedding parties. "
    "Video hearings can help, but they must be a choice and never the default. "
    "Keep inquests local. "
    "I ask the council to keep a hearing room in Wraxcombe, to protect the family room, and to publish "
    "what the move would really save."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Somerset farmer
    R("farmer", "I be farming out {{Pawlmoor|inv}} way. When Dad went under the bale trailer in {{2019|date}} the "
      "inquest were at {{the Shire Hall|own}} and us walked up {{the Crown|org}} after. {{Bridgecombe|inv}}? "
      "{{Where's that to|dialect}}, two buses and a prayer. I wouldn't trust the old {{Land Rover|brand}} "
      "([[vr:wk09 fvt]]) that far. Leave it be, {{my lover|dialect}}.\n[[p:Roger Venn]], [[hn:Higher Combe Farm]]"),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 bereaved mother
    R("parent", "Our son [[p:Kieran]] was killed on the {{A39|road}} in {{October 2022|date}} on his bike "
      "([[vr:WF17 OXR]]). I could not have got through the inquest without the family room at "
      "{{the Old Shire Hall|own}}, or without Mrs [[p:Alder]], the {{coroner's officer|role}}, who met us at the "
      "side door so we never passed the other driver's family. Ref. [[acc:MC/22/0457]].\n"
      "[[p:Donna Ashworth]], [[pc:TA6 4NE]]"),
    # 005 blank
    R("resident", ""),
    # 006 funeral director
    R("business", "We are an independent family firm, {{Hallett & Daughters|orgp}}, with about {{300|num}} funerals "
      "a year. Release of the deceased from the mortuary at {{Musgrove Park Hospital|hosp}} must not slow down, "
      "above all for Muslim and Jewish families who bury quickly. {{Co-op Funeralcare|brand}} can "
      "absorb the travel; we cannot. Video hearings for short, uncontested inquests only, please.\n"
      "{{Funeral Director|role}}"),
    # 007 Latvian widow
    R("resident", "My husband [[p:Jānis Ozols]] was lorry driver. He died on the {{M5|road}} in {{March 2023|date}}. "
      "The inquest was in {{Wraxcombe|inv}}, near my house in [[st:Tanyard Close]], [[pc:ta9 4ub]]. I do not drive and my "
      "English is not good for video, I need the person in the room. For the bereavement payment they ask my NI, "
      "[[ni:qq 71 22 48 d]], I write it here also if you need. {{Paldies|lang}}.\n[[p:Inese Ozola]] "
      "[[ph:07700 900 418]]"),
    # 008 edited: personal paragraph in the middle
    R("relative", " ".join(S[:3]) + "\n\nMy father, [[p:Alan Hext]] (born [[dob:14.02.1949]]), died after a fall in a "
      "care home last winter and his inquest is still waiting to be heard. My mother is 82, has "
      "{{Parkinson's|med}} and cannot sit on a bus for an hour and a half. If the hearing is moved she will watch "
      "her husband's inquest on a laptop in her kitchen, and I think that is cruel.\n\n" + " ".join(S[3:]) +
      "", C, "edited"),
    # 009 one word
    R("resident", "Object."),
    # 010 solicitors, formal numbered
    R("organisation", "Response on behalf of {{Pryce Loveday Solicitors|orgp}}, {{Wraxcombe|inv}}\n\n"
      "1. We act for bereaved families at around forty inquests a year, including {{Article 2|law}} inquests and "
      "hearings with a jury.\n"
      "2. A jury inquest needs a jury room and secure space for witnesses. The consultation paper does not say "
      "whether {{the Bridgecombe Civic Quarter|own}} has either.\n"
      "3. Under the {{Coroners and Justice Act 2009|law}} it is the {{Senior Coroner|office}} who decides how a "
      "hearing is held. The council should not count savings that depend on more remote hearings.\n"
      "4. {{Prevention of Future Deaths|law}} reports are reported by the local press from local hearings. Moving "
      "further away weakens open justice.\n"
      "5. We ask for an equality impact assessment that covers families without a car.\n\n"
      "[[p:Helen Loveday]], {{Partner|role}}"),
    # 011 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012 near-miss: a court reporter
    R("business", "I report on inquests for {{the Wraxcombe Gazette|org}}. Video hearings can help, but they must be a choice, and the press must be able to attend "
      "them. Today we learn of hearings a day ahead from a list pinned up in {{the Shire Hall|own}}. Publish it "
      "online a week ahead."),
    # 013 teenager, lower case
    R("young person", "my brother [[p:jayden]] drowned at {{huntsford weir|landmark}} last summer. im in year 11 at "
      "[[sch:king alfred's academy]] and i missed half the inquest cos it was a school day. in {{bridgecombe|inv}} "
      "i would of missed all of it. pls keep it in {{wraxcombe|inv}}. [[sh:@forever.jayden.w]] is his page if u "
      "want to know who he was"),
    # 014 edited: reworded opening and closing
    R("relative", "I'm writing as the sister of a man whose inquest was held in Wraxcombe two years ago. " +
      " ".join(S[1:7]) + " So please keep a room in Wraxcombe, keep the family room, and tell us honestly what "
      "this move saves.", C, "edited"),
    # 015 Muslim community organisation
    R("organisation", "{{Wraxcombe Islamic Centre|org}} responds for the families we serve. In Islam the dead are "
      "buried as soon as possible, ideally within {{24 hours|num}}. The {{Senior Coroner|office}}'s out-of-hours "
      "service works well with us and with the {{Chevra Kadisha|org}} in {{Bristol|place}}. A shared building with "
      "fewer staff will slow decisions on release. {{Inna lillahi wa inna ilayhi raji'un|lang}}.\n"
      "{{Chair of Trustees|role}}"),
    # 016 pensioner with no car
    R("pensioner", "My husband [[p:Walter]] (date of birth [[dob:30.7.1937]]) died at "
      "{{Musgrove|hosp}} and I went to his inquest on the {{number 21|num}} bus, which stops outside "
      "{{the Shire Hall|own}} on {{Fore Street|route}}. No bus gets to Bridgecombe before ten. A taxi is {{£60|num}} each way, and my carer, [[p:Bev]], only comes mornings.\n"
      "Mrs [[p:Mavis Tucker]]\n[[st:14 Orchard Row]], Huntsford [[pc:TA9  3QX]]"),
    # 017 edited: partial template + own text (hospice chaplain)
    R("organisation", "I am the chaplain at {{St Aldhelm's Hospice|landmark}} and I sit with families before and "
      "after inquests. " + S[0] + " " + S[2] + " Most of the deaths we see are expected and never reach a court, "
      "but the ones that do are the hardest, and the quiet of the old building matters more than any of us admit. "
      + S[7] + "\nRevd [[p:Jo Bartlett]], [[em:jo.bartlett at example dot org]]", C, "edited"),
    # 018 Brazilian, English as a second language
    R("resident", "I am from {{Brazil|place}}. My cousin "
      "[[p:Thiago Ferreira]] fell from a roof at work in {{2023|date}}. {{Wraxcombe|inv}} gave us an interpreter "
      "and a room for the family to cry. By video, with the interpreter on a screen, it is very "
      "hard. Please keep the court close. {{Obrigado|lang}}. [[ph:+44 7700 900 862]]"),
    # 019 road-safety group, councillor
    R("organisation", "{{Mendale Road Safety Forum|inv}} supports families bereaved on our roads. {{RoadPeace|org}} "
      "tells us the inquest is where a family first hears the full facts. A video link at the kitchen table is no "
      "way to learn them. Our ward councillor, Cllr [[p:Nicola Dunning]], agreed to ask the "
      "{{Cabinet Member for Communities|office}} for the savings figures. We still await them."),
    # 020 ramble: a retired court usher whose wife died in hospital
    R("pensioner", "I want to say something about {{the Shire Hall|own}} itself, because I do not think whoever "
      "wrote this document has set foot in it. I was a {{court usher|role}} there for eleven years until "
      "{{1996|date}}, when the {{magistrates|role}} still sat in the big room, and I have been back since for worse "
      "reasons. The building has stood since the {{Monmouth Rebellion|event}}, or near enough, and the guides on "
      "{{Heritage Open Days|event}} still tell the schoolchildren about the {{Bloody Assizes|event}}. I am not "
      "asking you to keep it for the history. I am asking you to keep it because it works. There is a side door on "
      "{{Gaol Lane|route}} so a family need never meet the press or the other side, a room with a kettle and a "
      "window on the garden, and a clerk who knows your name. My wife [[p:Peggy]] died in "
      "{{Bridgecombe Community Hospital|hosp}} in {{2021|date}} after she was found on the floor of the ward, and "
      "nobody could tell me how she got there. I still have the letters with her hospital number, "
      "[[hosp:BCH 7720315]], and her NHS number, [[nhs:999 933 7651]], and I read them some nights when I cannot "
      "sleep. At the inquest the old usher, Mr [[p:Coles]], remembered me from the old days and sat me by the "
      "window. That kindness is not a line in a budget. I have read that the Civic Quarter will save "
      "{{£64,000|num}} a year. I would like to know how much of that is the cost of the buses families will take, "
      "or the taxis, or the day off work. I have no car now and my dog {{Monty|pet}} is the only one who comes "
      "with me to town. I doubt they would let him into the Civic Quarter. Leave the court where it is. It is not "
      "broken, so please don't mend it.\n[[p:Frank Ridd]]"),
]
