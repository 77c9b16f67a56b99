"""Personal data out of every text that reaches a report: a registry of recognisers, and spaCy NER for names.

Everything that finds personal data is declared once, in RECOGNISERS: each entry names its kind (the placeholder,
e.g. [NAME]), what it finds and the cheap test that decides whether it runs on a text. Shapes (emails, phone,
NHS and NI numbers, postcodes, vehicle registrations, handles, reference numbers) are found by patterns, with a
check digit or a context word where the shape alone is ambiguous; addresses, dates of birth, schools and most
names are found from their context: a title, a role word ("my carer", "pupil", "the driver"), "my name is", a
sign-off or a signature line, "I live on", an address block. A capitalised run that no recogniser claimed and that
is not the field's vocabulary, a place, an ordinary word (in English, German or Welsh) or a word many responses
share goes to spaCy's NER with a short window of context. A name found once is redacted wherever else it occurs
in the text.

Policy: every personal name is redacted, public figures (councillors, MPs, officers) included; places,
organisations, job titles, conditions named after people ("Down's syndrome") and characters ("Mr Men") stay.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# letters of names in any Latin script: "Müller", "Wiesława", "Bláithín", "Zając"
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
_NER_WORD = "NAME?"  # a one-word name found only by NER, until the end of Redactor.find
_DIGITS4 = re.compile(r"\d{4}")
_NO_DIGITS = str.maketrans("", "", "0123456789")


@dataclass(frozen=True)
class Span:
    """A piece of personal data found in a text: [start, end) and its kind (NAME, EMAIL, ...)."""

    start: int
    end: int
    kind: str


# -- shapes ----------------------------------------------------------------------------------------------------

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{2,3}[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s()\-]{7,14}\d(?![\w])")
_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX "
    "FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG "
    "NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS "
    "TW UB W WA WC WD WF WN WR WS WV YO ZE"
).split()
_AREA_SET = frozenset(_AREAS)
POSTCODE = re.compile(r"(?<![\w-])([A-Za-z]{1,2})\d[A-Za-z\d]?[ \t]*\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\w-])")
# an email to a team's mailbox is no person's: info@, hello@, enquiries@ ...
_ROLE_MAILBOX = re.compile(
    r"(?i)^(?:info|hello|enquiries|enquiry|admin|contact|office|team|bookings?|sales|support|consultations?|"
    r"reception|mail|post|general|customer\w*|feedback|press|media|secretary|clerk|noreply|no-reply)[@._-]"
)
# a German or other continental five-digit postcode, only where an address line puts it: ", 82131 Gauting"
POSTCODE_EU = re.compile(rf"(?<![\w.,/-])\d{{5}}(?= [{_UP}][{_LO}]+)")  # kept only after ', ' or a line start
NHS_NUMBER = re.compile(r"(?<![\w+-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\w-])")
_NHS_CUE = re.compile(r"(?i:\b(?:nhs|chi|health (?:and care )?number|patient)\b)")
NI_NUMBER = re.compile(
    r"(?<![\w-])(?!(?i:bg|gb|nk|kn|tn|nt|zz))[A-CEGHJ-TW-Za-ceghj-tw-z][A-CEGHJ-TW-Za-ceghj-tw-z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\w-])"
)
VEHICLE_REG = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[a-z]{2}\d{2} ?[a-z]{3}|[A-Z]\d{1,3} ?[A-Z]{3})(?![\w-])"
)
_VEHICLE_CUE = re.compile(
    r"(?i:\b(?:car|cars|van|vehicle|reg|registration|plate|permit|ticket|pcn|parked|park|driv\w*|motor\w*|fine)\b)"
)
HANDLE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
    r"|\b(?:https?://)?(?:www\.)?(?:facebook|instagram|twitter|x|tiktok|linkedin|threads)\.com/[\w.\-/]+"
)
_HANDLE_CUE = re.compile(
    r"(?i:\b(?:instagram|insta|facebook|fb|tiktok|twitter|threads|page|account|handle)\b)\W{1,3}(?:is |at |on )?"
    r"([a-z0-9_]+[._][a-z0-9_.]*[a-z0-9_])(?![\w@])"
)
# hospital, account and other reference numbers: letters and at least six digits, or digits after a cue
ID_NUMBER = re.compile(r"(?<![\w/.-])(?:[A-Z]{1,4}[- ]?\d[\d -]{3,}\d[A-Z]?|\d{4,}[A-Z])(?![\w/-])")
_ID_CUE = re.compile(
    r"(?i:\b(?:hospital|patient|mrn|medical record|record|account|acct|reference|ref|customer|case|client|tenancy|"
    r"claim|membership|payroll|council tax)\b(?:\s+(?:no|number|num|id|is|was|account|reference|ref))*\.?\s*[:#]?\s*)"
    r"((?:[A-Z]{0,4}[- ]?)?\d[\d -]{4,}\d[A-Z]?)(?![\w/])"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
)
_DATE = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?!\d)|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?(?: of)? {_MONTH},? \d{{4}}|"
    rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})"
)
DATE_OF_BIRTH = re.compile(
    r"(?i:\b(?:born|d\.?\s?o\.?\s?b\.?|date of birth|birth ?date|birthday|geboren|geb\.|"
    r"dyddiad geni|ganwyd)(?![\w]))[^.!?\n\d]{0,40}?(" + _DATE + ")",
)


# -- names -----------------------------------------------------------------------------------------------------

_PARTICLES = frozenset("de da di van von der den du le la na ni nic mac bin bint al el y ap ó o".split())
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Cllr|Councillor|Sister|Nurse|Ranger|Father|Pastor|"
    r"Imam|Rabbi|Canon|Lord|Lady|Baroness|Herr|Frau|Hr|Fr|Mr and Mrs|Mr & Mrs|Cynghorydd|Cyng|Y Cynghorydd)"
)
_NAME_TOKEN = rf"(?:Mc|Mac|O['’]|D['’]|Fitz)?[{_UP}][{_LO}]+(?:['’][{_UP}][{_LO}]+)?(?:-[{_UP}][{_LO}]+)*"
_INITIALS = rf"(?:[{_UP}]\.?\s?){{1,3}}"
_FULL_NAME = rf"(?:{_INITIALS}\s?)?{_NAME_TOKEN}(?:(?: (?:{'|'.join(sorted(_PARTICLES))}))? {_NAME_TOKEN}){{0,3}}"
TITLED_NAME = re.compile(rf"\b{_TITLE}\.?\s+((?:{_INITIALS}\s?)?{_NAME_TOKEN}(?:[ -]{_NAME_TOKEN}){{0,2}})")
# "Fiona Castellano MP", "Jane Doe, Director": a name before a post-nominal or a public office
POST_NOMINAL = re.compile(rf"\b({_NAME_TOKEN}(?: {_NAME_TOKEN}){{1,2}}),? (?:MP|MSP|MS|AM|MEP|QC|KC|OBE|MBE|CBE)\b")
_POST_NOMINAL_CUE = re.compile(r"\b(?:MP|MSP|MS|AM|MEP|QC|KC|OBE|MBE|CBE)\b")
MY_NAME = re.compile(
    rf"\b(?:[Mm]y name is|[Mm]y name's|I am called|I'm called|I am|I'm|[Ii]ch heiße|[Ii]ch bin|[Mm]ein Name ist|"
    rf"[Ff]y enw i yw|[Ff]y enw yw)\s+({_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,2}})"
)
_SIGN_OFF_WORDS = frozenset(
    """yours regards sincerely faithfully thanks thank cheers wishes signed grüßen grüße mfg cofion gywir diolch
    meas""".split()
)
_SIGN_OFF_SHORT = re.compile(r"(?i:\b(?:best|love|from)\b)")  # sign-offs that are also everyday words: near the end
SIGN_OFF = re.compile(
    r"(?m)(?<![\w-])(?i:yours\s+(?:sincerely|faithfully|truly)|yours|kind(?:est)?\s+regards|best\s+(?:wishes|regards)|"
    r"warm(?:est)?\s+regards|many\s+thanks|with\s+thanks|regards|sincerely|thank\s+you|thanks|cheers|best|love|"
    r"from|signed|mit\s+freundlichen\s+grüßen|(?:viele|liebe|beste|herzliche)\s+grüße|mfg|grüße|"
    r"cofion(?:\s+cynnes)?|yn\s+gywir|diolch(?:\s+yn\s+fawr)?|is\s+mise\s+le\s+meas)[,.!]?[ \t]*"
    rf"(?:\n\s*|[ \t]+)(?:\(?{_TITLE}\.?\)?\s+)?({_FULL_NAME}(?:\s*(?:&|and)\s*{_FULL_NAME})?)"
    r"(?=[ \t]*(?:[,(\n/]|x+\b|$|[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b))"
)
# role words a person is introduced by: "my son X", "my carer, X", "the driver, X", "pupil X Y", "my pal kenny"
_RELATIONS = (
    r"son|daughter|child|grandson|granddaughter|grandchild|nephew|niece|husband|wife|partner|brother|sister|boy|girl|"
    r"twins?|stepson|stepdaughter|sons|daughters|children|kids|mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|"
    r"granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|aunty|uncle|cousin|friend|mate|pal|"
    r"neighbour|neighbours|carer|carers|care worker|support worker|social worker|key worker|keyworker|"
    r"personal assistant|PA|colleague|fiancée?|boyfriend|girlfriend|baby|toddler|pupil|student|client|resident|"
    r"tenant|patient|lodger|flatmate|housemate|landlord|landlady|driver|escort|instructor|teacher|tutor|coach|"
    r"nurse|doctor|GP|consultant|midwife|health visitor|ranger|organiser|chair|chairman|chairwoman|secretary|"
    r"manager|councillor|MP|MSP|Mayor|mayor|vicar|caretaker|cleaner|volunteer|member|officer|therapist|dentist|"
    r"physio|husband's|wife's|Sohn|Tochter|Mann|Frau|Freund|Freundin|Nachbar|Nachbarin|mab|merch|gŵr|ngŵr|gwraig|ngwraig|ffrind|mam|"
    r"nhad|tad|mrawd|brawd|chwaer|nain|taid|cymydog"
)
_RELATION_CUE = re.compile(rf"\b(?:{_RELATIONS.lower()})\b")
# the same words as a set: a name's preceding words are looked up, so the text is not scanned for 150 words
_REL_SET = frozenset(
    w.lower() for r in _RELATIONS.replace("twins?", "twin|twins").replace("fiancée?", "fiancé|fiancée").split("|")
    for w in (r.strip(),)
)  # fmt: skip
_REL_LAST = frozenset(r.split()[-1] for r in _REL_SET)  # any text holding none of these has no role word
_PRE_REL = re.compile(r"(?:([\w'’]+)\s+)?([\w'’]+)\s*(?:,|\(|:|-|–)?\s*$")
_CALLED = re.compile(r"\s*(?:,\s*)?(?:is called|called|named)\s*$")
# a word right before a capital (a small class: the full Unicode one makes this scan eight times slower)
_WORD_BEFORE_CAP = re.compile(r"(?<![\w'’])([A-Za-zŵ'’]+)[ \t]*(?:,|\(|:|-|–)?[ \t]*(?=[A-ZÀ-ÞŁŚŻŹĆČŠŽ])")
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ',.;:!?()[]"“”‘-–/'})
_ROLE_GAP = re.compile(r"[ \t]*(?:,|\(|:|-|–)?[ \t]*(?:(?:is called|called|named)[ \t]+)?")
_REL_NAME = re.compile(rf"({_FULL_NAME}(?: (?:and|&) {_FULL_NAME})?)")
# the determiner before a role word ("my", "the", "our") is optional, so the role word alone anchors the match
RELATIVE = re.compile(
    rf"\b(?:{_RELATIONS})\b\s*(?:,|\(|:|-|–|is called|called|named)?\s*({_FULL_NAME}(?: (?:and|&) {_FULL_NAME})?)"
)
# the same, matched only right after a role word _RELATION_CUE found (one scan of the text instead of two)
# lower-case names ("my name is karen whitlock", "my mate jack"): found after a cue, confirmed by NER
MY_NAME_LOWER = re.compile(r"\bmy name(?: is|'s)\s+([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)")
RELATIVE_LOWER = re.compile(
    rf"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_RELATIONS})\b(?:\s*[,(]\s*|\s+)"
    rf"([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)"
)
# after a lower-case name: a verb of being, an age, a bracket or a comma ('amira is 9', '(pauline)')
_AFTER_LOWER_NAME = re.compile(r"\s*(?:\)|,|(?:is|was|who|has|had|and|aged?)\b|'s\b|\(\d)")
SIGN_OFF_LOWER = re.compile(r"(?i:\b(?:thanks|cheers|regards|love|from))[,.!]?\s+([a-z][a-z'-]+)\s*(?:x+)?\W*$")
# a signature: a name alone on the last line, or on a line before contact details ('- Tadhg', 'Kerry-Ann x')
_SIGNATURE = re.compile(
    rf"(?m)^[ \t]*(?:[-–—~][ \t]*)?(?:\(?{_TITLE}\.?\)?[ \t]+)?({_FULL_NAME}(?:[ \t]*(?:&|and)[ \t]*{_FULL_NAME})?)"
    r"[ \t]*(?:x+)?[ \t]*(?:,[^\n]*)?$"
)
_END_NAME = re.compile(
    rf"(?:[.!?)]|\n|\s[-–—])[ \t]*(?:[-–—~][ \t]*)?({_NAME_TOKEN}(?: {_NAME_TOKEN})?)[ \t]*(?:x+)?[ \t]*$"
)
_CONTACT_LINE = re.compile(
    r"(?i)^\s*(?:tel|phone|mobile|mob|email|e-mail|telephone|cc|mobil|ffôn)\b|@|\d{3}|^\s*(?:flat|apartment)\b"
)
# named like people but not people: characters, brands, breeds; a consultation adds its own with keep_words
NOT_PEOPLE = (
    "Mr Men", "Little Miss", "Mr Tumble", "Mr Bean", "Peppa Pig", "Postman Pat", "Thomas the Tank Engine",
    "Paddington", "Winnie the Pooh", "Father Christmas", "Santa Claus", "Doctor Who", "Jack Russell",
    "John Lewis", "Marks & Spencer", "Marks and Spencer", "Sainsbury's", "Morrisons", "Greggs", "Ronald McDonald",
    "Marie Curie", "Macmillan", "Barnardo's", "Down's syndrome", "Asperger's", "Parkinson's", "Alzheimer's",
    "Crohn's", "Huntington's", "Tourette's", "Duchenne",
)  # fmt: skip
_PLACE_FIRST = frozenset(
    """St Saint The Loch Beinn Srath Strath Glen Afon Llyn Mynydd Cwm Nant Port Mount Lake River Little Great Upper
    Lower Old New North South East West Nether Kings Market Long High Low Over Church Bishops Castle""".split()
)
_ORG_LAST = frozenset(
    """Club Society Association Group Council Allowance Benefit Credit Offices Office Baths Lodges Hotel Inn Cafe
    Café Shop Stores Store Ltd Limited Bank Trust Fund Foundation Charity Partnership Network Forum Alliance Union
    Federation Scotland England Wales Institute College University Museum Gallery Theatre Cinema Church Chapel
    Cathedral Abbey Castle Bridge Tower Station Airport Harbour Walk Read Way Square Market Surgery Practice
    Pharmacy Centre Hall Park Road Street Lane""".split()
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|via|into|towards|around|outside|past|through|beyond|across|inside|within|above|below|beside|"
    r"behind|along|between|beneath|opposite|off|round|up|down)\s+$"
)
_PLACE_BEFORE_ONE = re.compile(r"\b(?:at|from|to)\s+$")  # before one word: "bus to Aldbrook", "at Greggs"
_ORG_WORDS = frozenset(
    """Association Society Group Club Council Trust Forum Ltd Limited Partnership Network Alliance Union Federation
    Committee Foundation Charity""".split()
)
_ORG_AFTER = re.compile(
    r"['’]?s?\s*(?:[A-Z]\w*\s+)?(?:Association|Society|Group|Club|Council|Trust|Forum|Ltd|Limited|Partnership|"
    r"Network|Alliance|Union|Federation|Committee|Foundation|Charity|Centre|Surgery|Practice)\b"
)
_THE_BEFORE = re.compile(  # "the Dolphins", "a red Fiesta", "the old Granary"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:red|blue|green|black|white|silver|grey|gray|old|new|big|little|small|local|"
    r"nearby|main|same|whole)\s+)?$"
)
# a place noun after the run: "Luss village shop", "the Crianlarich works", "Aldbrook Road"
_PLACE_AFTER = re.compile(
    r"\s+(?:village|town|city|area|estate|station|works|road|street|lane|centre|center|hospital|school|council|"
    r"library|park|church|surgery|branch|office|offices|site|car park|bridge|river|valley|ward|parish|county|"
    r"district|high street|community|harbour|beach|hall|club|shop|store|market)\b"
)
# run together with a place: "Arrochar and Luss", "Luss, Tarbet and Arrochar"
_AND_BEFORE = re.compile(rf"([{_UP}][{_LO}]+)(?:,| and| or| &)\s+$")
_AND_AFTER = re.compile(rf"(?:,| and| or| &)\s+([{_UP}][{_LO}]+)")
# the shapes of British place names: a person's first name or a lone surname rarely has them
_PLACE_NAME = re.compile(
    r"(?:Inver|Strath|Glen|Kil|Bal|Auch|Aber|Llan|Pont|Caer|Cwm|Tre|Pen)[a-zà-ÿ]{3,}|"
    r"[A-Z][a-zà-ÿ]{2,}(?:ton|ham|bury|borough|burgh|by|ford|field|wick|worth|stead|mouth|minster|chester|caster|"
    r"cester|hurst|combe|thorpe|dale|head|ness|haven|port|bridge|well|brook|moor|mere|pool|shire|ington|church|"
    r"bourne|holme|gate|hampton|stow|stoke|wich)"
)
_KEEP_AFTER_NAME = frozenset(
    "Year Years School Primary Academy College Council County Team Service Services Trust Centre Hospital "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday MP MSP MS".split()
)
_NAME_TOKEN_RE = re.compile(_NAME_TOKEN)
_STOP_CAPS = frozenset(w.capitalize() for w in "a an the and or but i we you he she they it my our".split())
_NEXT_NAME = re.compile(rf" ({_NAME_TOKEN})\b")
_CAP_SPAN = re.compile(rf"(?<![\w'’-]){_NAME_TOKEN}(?: {_NAME_TOKEN})*\b")
_LOWER_WORD = re.compile(rf"\b[{_LO}][{_LO}'’]+\b")
_CAP_WORD = re.compile(rf"\b[{_UP}][{_LO}'’]+\b")
_STOP = frozenset(
    """a an the and or but if of to in on at by for with from about into over after before is are was were be been
    being has have had do does did will would can could should may might must shall who which that this these
    those he she they we you it his her their our your its him them us me my mine i im i'm who's not no nor so
    too very just also as than then there here when where why how what all any some each every both either
    neither one two three four five six seven eight nine ten eleven twelve year years old aged age is has got
    goes went attends attended struggles struggled loves needs needed wants wanted cant dont wont isnt doesnt
    didnt im ive hes shes theyre hasnt wasnt couldnt wouldnt shouldnt aint youre were weve theyve get gets go
    helped helps said says told drives takes took works worked really always never""".split()
)
# Welsh function words and everyday words (German ones come from spaCy's German stop words): never names
WELSH_WORDS = """
a ac am ar at bod byddai bydd cael chi cyngor da dim diolch drwy dros ei eich ein eu fe fel fy gan gyda hefyd
hwn hon hyn hynny i iawn mae maen mawr na nad neu ni nid nhw o oes ond os pan pawb pob roedd rwy rydw rydym rydyn
sy sydd wedi y yn yr ydw ydym ydyn ymlaen croeso cymraeg cymru sylw plîs gwasanaeth gwasanaethau ysgol ysgolion
treth canolfan hamdden cynghorau llywodraeth trafnidiaeth bws bysiau pobl plant teulu teuluoedd
""".split()
GERMAN_EXTRA = """
angabe angaben kommentar kommentare bitte danke keine kein nein ja grüße grüßen damen herren sehr geehrte geehrter
stadt gemeinde straße weg platz rad radweg verkehr auto autos bus parkplatz parkplätze fußgänger radfahrer
kinder schule idee vorschlag problem sommer winter
""".split()

# Words that stay however they are capitalised: the field's vocabulary, Kent's places, calendar words. A
# consultation elsewhere adds its own with the mapping's `keep_words`.
FIELD_WORDS = """
SEND SEN SENCO SENCo Senco SENCos SENCOs EHCP EHCPs EHC SRP SRPs CAMHS PCN PCNs KCC NHS GP GPs OT OTs SALT SaLT
ASD ADHD ASC PDA SEMH SLCN MLD SLD PMLD LSA TA TAs Ofsted DfE EP EPs STLS LIFT IPSEA SENDIASS IASK NASEN Nasen
Locality Localities Cluster Clusters Model Council County Borough District Parish Academy Academies Trust MAT
Mainstream Special School Schools Primary Secondary Grammar Infant Junior College University Nursery Reception
Year Years Key Stage Autism Autistic Dyslexia Down Syndrome Tourette Education Health Care Plan Plans Needs
Needs Provision Provisions Resource Resourced Unit Base Hub Hubs Team Teams Service Services Local Offer
Authority Government Minister Department Parent Parents Carer Carers Forum Kent Medway Maidstone Ashford Canterbury
Dartford Dover Folkestone Hythe Gravesend Gravesham Sevenoaks Swale Sittingbourne Faversham Thanet Margate
Ramsgate Broadstairs Tonbridge Malling Tunbridge Wells Whitstable Herne Bay Deal Sandwich Tenterden Cranbrook
Edenbridge Swanley Westerham Paddock Wood Romney Marsh New Lydd Sheerness Sheppey Minster Queenborough Snodland
West East North South Weald Downs Dungeness Bluewater
Aylesford Larkfield Ditton Hoo Rochester Chatham Gillingham Strood Birchington Westgate
Westgate-on-Sea Shepway Isle London England English Britain British UK Sussex Essex Surrey Wales Scotland
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Christmas Easter Covid COVID God Google Facebook Zoom Teams
Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Rev Revd Cllr Councillor Dear Madam Regards Kind Best Yours
Ireland Irish Scottish Welsh Cymru Senedd Parliament Cabinet Member Members Director Chief Executive Officer Head
Ward Hospital Library Centre Leisure Pool Station Church Chapel Park Street Road Lane Avenue Hall Bus Route
Thanks Thank Cheers Love Sincerely Faithfully Hi Hello Please PS NB Secretary Chair Chairman Chairwoman
Chairperson Director Manager Treasurer Clerk President Trustee Coordinator Co-ordinator Organiser Volunteer Tel
Mum Mam Dad Nan Nana Gran Granny Grandma
Grandad Auntie Uncle Sister Brother Son Daughter Firstly Secondly Thirdly Finally Lastly
Glasgow Edinburgh Aberdeen Dundee Inverness Stirling Perth Cardiff Swansea Newport Wrexham Bangor Belfast Derry
Manchester Birmingham Leeds Liverpool Bristol Newcastle Sheffield Nottingham Leicester Coventry Bradford Hull
Plymouth Southampton Portsmouth Brighton Oxford Cambridge York Norwich Exeter Bath Chester Durham Lancaster
Preston Reading Luton Milton Keynes Derby Wolverhampton Sunderland Carlisle Lincoln Worcester Gloucester Hereford
Salisbury Winchester Chichester Truro Wells Ely Ripon Wakefield Europe France Germany Poland Spain Italy
Austria Netherlands Romania Nigeria Ghana Somalia India Pakistan Bangladesh China Jamaica Ukraine
""".split()


# -- addresses -------------------------------------------------------------------------------------------------

_STREET = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Gardens|Gdns|Place|Pl|Court|Ct|Terrace|"
    "Grove|Hill|Park|Rise|View|Walk|Square|Mews|Row|Parade|Green|Meadow|Meadows|Villas|Cottages|Vale|Wharf|Yard|"
    "Boulevard|Chase|Approach|Gate|Ride|Field|Fields|Bank|Wood|End|Hollow|Heights|Common|Croft|Fold|Garth|Nook|"
    "Dene|Brow|Mount|Ridge|Side|Top|Wynd|Brae|Loan|Quay|Circus|Embankment|Promenade|Passage|Alley|Oval|Spinney|"
    "Paddock|Orchard|Glade|Heath|Leys|Lea|Crest|Path|Steps"
)
_HOUSE = (
    "Cottage|House|Farm|Farmhouse|Barn|Lodge|Mill|Manor|Hall|Villa|Bungalow|Grange|Rectory|Vicarage|Forge|"
    "Granary|Stables|Coach House|Maltings|Mansions|Court|Buildings|Wharf|Tower|Point"
)
_CAPWORD = rf"(?:[{_UP}][{_LO}'’]+(?:-[{_UP}][{_LO}'’]+)*)"
_STREET_NAME = rf"(?:{_CAPWORD}\s+){{1,3}}(?:{_STREET})\b"
_STREET_LOWER = rf"(?:[a-z'’]+\s+){{1,3}}(?:{_STREET.lower()})\b"
ADDRESS = re.compile(rf"(?<![\w£$€.,/-])\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}})?,?\s+{_STREET_NAME}\.?")
# in lower case only where an address starts (line, comma, at, on): '3 sandpit lane', not '2 miles down the lane'
ADDRESS_LOWER = re.compile(rf"(?<![\w£$€.,/-])\d{{1,4}}[a-z]?,?\s+{_STREET_LOWER}")
_ADDRESS_START = re.compile(r"(?:^|\n|,|\bat|\bon)\s*$")
ADDRESS_DE = re.compile(
    rf"\b[{_UP}][{_LO}]+(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|steig|pfad)\s+\d{{1,4}}[a-z]?\b"
)
FLAT = re.compile(
    rf"\b(?:Flat|Apartment|Apt|Unit|Fflat)\.?\s+\d+[A-Za-z]?(?:/\d+)?"
    rf"(?:,?\s+(?:(?:The\s+)?(?:{_CAPWORD}\s+){{0,2}}(?:{_HOUSE})|The\s+{_CAPWORD})\b)?"
    # and the street after the building, as one address: 'Flat 6, Chandos House, Fernside Road'
    rf"(?:,\s+(?:\d{{1,4}}[A-Za-z]?\s+)?(?:(?:{_CAPWORD}\s+){{0,2}}(?:{_STREET})\b|{_CAPWORD}(?=\s*(?:,|\n|$))))?"
)
# "I live on X", "we are in Flat 3", "my address is": what follows is an address, whatever its shape
_LIVE = re.compile(
    r"(?i:\b(?:live|lives|living|lived|reside|resides|residing)\s+(on|at|in)\b|\b(?:my|our|her|his) address(?: is)?:?"
    r"|\baddress:|\bour (?:road|street)(?: is)?,?"
    r"|\b(?:we are|we're|i am|i'm|she is|he is|is)\s+(in|at)(?=\s+(?:flat|apartment)\b))"
    r"\s+(?:(?:the|number|no\.?)\s+)?"
)
_NUMBERED = re.compile(rf"\d{{1,4}}[A-Za-z]?,?\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}")
# where someone lives: a street soon after a verb of living ('live at the bottom of Sallowmere Road'), or right
# after 'residents of', 'my road,', 'our house on', 'we're on' (a street further on is a landmark: 'our house is
# near the stop on Station Road')
_LIVE_NEAR = re.compile(
    r"(?i:\b(?:live|lives|living|lived)\s+(?:at|on|in|off|near|by|opposite|just off|at the (?:top|bottom|end) of|"
    r"on the corner of|halfway (?:up|down))\b)"
)
_LIVE_RIGHT = re.compile(
    r"(?i:\bresidents? (?:of|on|in)\b|\b(?:my|our) (?:road|street|close|lane|house|home|flat|bungalow|cottage)\b"
    r"(?:,| is| on| in| at| \()*|\b(?:we'?re|we are|i'?m|i am) on\b)\s*"
)
_STREET_IN = re.compile(
    rf"(?<![\w'’-])(?:\d{{1,4}}[A-Za-z]?,?\s+)?({_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})\s+(?:{_STREET})\b"
    rf"|(?<![\w'’-])(?:[a-z'’]+\s+){{1,2}}(?:{_STREET.lower()})\b"
)


def _street_like(seg: str, keep: set[str] = frozenset()) -> bool:
    """A street named by its suffix, numbered or not, in capitals or in lower case ('fenwick lane'); not a known
    place that happens to end like one ('Paddock Wood')."""
    words = [w for w in seg.split()[:-1] if not w[:1].isdigit()]
    if words and all(w in keep for w in words):
        return False
    return bool(
        re.fullmatch(rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_STREET_NAME}|{_STREET_LOWER})\.?", seg)
        or ADDRESS_DE.fullmatch(seg)
    )


def _house_like(seg: str, keep: set[str]) -> bool:
    """A house name: a short capitalised run ('Rowan Cottage', 'Hillcrest', 'Tigh na Mara') that is no known place
    (and not in capitals: a heading such as 'DISABILITY FORUM' is no house)."""
    toks = seg.split()
    if seg.isupper():
        return False
    if not 1 <= len(toks) <= 4 or any(t in keep for t in toks if t not in ("The", "the")):
        return False
    caps = [t for t in toks if t[:1].isupper()]
    return bool(caps) and all(t[:1].isupper() or t in _PARTICLES for t in toks)


def _address_spans(x: _Text, keep: set[str]) -> list[Span]:
    """Addresses: numbered streets, flats, German streets, and what follows a residence cue or sits in an address
    chain (the lines or comma-separated parts before a postcode or around a street). Towns are left alone."""
    text, out = x.text, []
    street = x.has(_STREET_WORDS)
    if x.digit and street:
        out += [Span(m.start(), m.end(), "ADDRESS") for m in ADDRESS.finditer(text)]
        out += [
            Span(m.start(), m.end(), "ADDRESS")
            for m in ADDRESS_LOWER.finditer(text)
            if _ADDRESS_START.search(text, max(0, m.start() - 4), m.start())
        ]
    if x.digit and x.has(_FLAT_WORDS):
        out += [Span(m.start(), m.end(), "ADDRESS") for m in FLAT.finditer(text)]
    if x.digit and _DE_STREET_CUE.search(x.low):
        out += [Span(m.start(), m.end(), "ADDRESS") for m in ADDRESS_DE.finditer(text)]
    lives = _lives(x)
    for m in _LIVE.finditer(text) if lives else ():
        prep = (m.group(1) or m.group(2) or "").lower()
        pos = m.end()
        first = True
        while pos < len(text):
            seg_m = re.match(r"[^,\n/.;:!?()]+", text[pos:])
            if not seg_m:
                break
            seg = seg_m.group().strip()
            seg = re.split(r"\s+(?:on|and|for|since|with|just|which|where|right|near|behind|in|at)\s+", seg)[0]
            seg = seg.strip()
            if not seg:
                break
            a = text.find(seg, pos)
            ok = _street_like(seg, keep) or FLAT.fullmatch(seg) or ADDRESS.fullmatch(seg) or _NUMBERED.fullmatch(seg)
            if not ok and first and prep in ("at", "on", "") and _house_like(seg, keep):
                ok = True
            if not ok and not first and _house_like(seg, keep) and re.search(rf"\b(?:{_HOUSE})$", seg):
                ok = True
            if not ok:
                break
            out.append(Span(a, a + len(seg), "ADDRESS"))
            first = False
            nxt = re.match(r"\s*(?:,|\s+on)\s*", text[a + len(seg) :])
            if not nxt:
                break
            pos = a + len(seg) + nxt.end()
    # "we live at the bottom of Sedgecombe Road", "I live just off fenwick lane": a street soon after the cue
    for pat, width in ((_LIVE_NEAR, 60), (_LIVE_RIGHT, 0)) if lives else ():
        for m in pat.finditer(text):
            window = re.split(r"[.!?\n;]", text[m.end() : m.end() + 60], maxsplit=1)[0]
            st = _STREET_IN.search(window)
            if st and st.start() <= width and not (st.group(1) and all(w in keep for w in st.group(1).split())):
                out.append(Span(m.end() + st.start(), m.end() + st.end(), "ADDRESS"))
    out += _chain_spans(text, keep, out)
    return _join_adjacent(text, out)


def _repeat_addresses(text: str, spans: list[Span]) -> list[Span]:
    """A street or house redacted once is redacted wherever else the text names it ('from Thornby Moor Road')."""
    out = []
    for sp in spans:
        part = text[sp.start : sp.end]
        if sp.kind != "ADDRESS" or " " not in part or "\n" in part:
            continue
        for m in re.finditer(re.escape(part), text):
            if not any(x.start < m.end() and m.start() < x.end for x in spans):
                out.append(Span(m.start(), m.end(), "ADDRESS"))
    return out


def _join_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """Parts of one address found apart ('Flat 3' and '18 Northgate Terrace') become one span with the comma
    between them, so nothing of the address is left showing."""
    if len(spans) < 2:
        return spans
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and sp.start >= out[-1].end and not text[out[-1].end : sp.start].strip(", \t"):
            out[-1] = Span(out[-1].start, max(out[-1].end, sp.end), "ADDRESS")
        elif out and sp.start < out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, sp.end), "ADDRESS")
        else:
            out.append(sp)
    return out


def _chain_spans(text: str, keep: set[str], found: list[Span]) -> list[Span]:
    """In an address written as lines or comma-separated parts ('Rowan Cottage, Holloway Lane, LS28 7QJ'), the
    parts that are streets, and the house name before a street or flat, around a postcode or a numbered street."""
    if "\n" not in text and text.count(",") < 2:
        return []
    anchors = [m.start() for m in POSTCODE.finditer(text)] + [s.start for s in found]
    if "\n" in text[-200:]:  # a signature's address: streets in the last lines
        tail = text.rfind("\n", 0, max(0, len(text) - 200))
        for m in re.finditer(r"[^,\n/]+", text[tail + 1 :]):
            g = m.group().strip()
            if _street_like(g, keep) or (re.search(rf"\b(?:{_HOUSE})$", g) and _house_like(g, keep)):
                anchors.append(m.start() + tail + 1 + len(m.group()) - len(m.group().lstrip()))
    if not anchors:
        return []
    out = []
    # the parts of the text: separated by newlines or commas, with their offsets
    parts = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^,\n/]+", text)]
    parts = [(a + len(g) - len(g.lstrip()), b - len(g) + len(g.rstrip()), g.strip()) for a, b, g in parts if g.strip()]
    anchor_parts = set()
    for x in anchors:
        for i, (a, b, _g) in enumerate(parts):
            if a <= x < b:
                anchor_parts.add(i)
    for i in sorted(anchor_parts):
        # walk back up to four parts from the anchor: streets and the house name before them
        j = i
        prev_street = _street_like(parts[i][2], keep) or FLAT.search(parts[i][2]) or ADDRESS.search(parts[i][2])
        for k in range(i - 1, max(-1, i - 5), -1):
            a, b, g = parts[k]
            if len(g.split()) > 5 or (g[:1].islower() and not _street_like(g, keep)):
                break
            town = k == i - 1 and POSTCODE.search(parts[i][2]) and k > 0 and _street_like(parts[k - 1][2], keep)
            if (_street_like(g, keep) or FLAT.fullmatch(g)) and not town:  # 'Pinfold Lane, Oakworth Green, LS17'
                out.append(Span(a, b, "ADDRESS"))
                prev_street = True
            elif prev_street and _house_like(g, keep) and k == j - 1:
                out.append(Span(a, b, "ADDRESS"))
                prev_street = False
            elif re.search(rf"\b(?:{_HOUSE})$", g) and _house_like(g, keep):
                out.append(Span(a, b, "ADDRESS"))
            else:
                prev_street = False
            j = k
        # and forward: a street after a house name or flat
        for k in range(i + 1, min(len(parts), i + 3)):
            a, b, g = parts[k]
            if _street_like(g, keep):
                out.append(Span(a, b, "ADDRESS"))
            else:
                break
    return out


# -- schools ---------------------------------------------------------------------------------------------------

_SCHOOL_TYPE = r"(?:School|Academy|College|Primary|Infants|Juniors|High|Grammar)"
_SCHOOL_CUE = re.compile(rf"[\w'’] {_SCHOOL_TYPE}\b")
_SCHOOL_TOKEN = rf"(?:{_CAPWORD}|St\.?|RC|CE|C of E|CofE|of)"
SCHOOL = re.compile(rf"(?<![\w'’-])((?:{_SCHOOL_TOKEN} ){{1,6}}{_SCHOOL_TYPE})\b")
SCHOOL_LOWER = re.compile(
    r"\b(?:at|to|attends|attending|from|in)\s+((?:[a-z][a-z-]+ ){1,3}(?:(?:primary|infant|junior)(?: school)?|"
    r"infants|juniors|academy|high school))\b"
)
# a school named by what children do there: "is in year 6 at St Columba's", "starts at Holy Cross"
SCHOOL_BY_CONTEXT = re.compile(
    rf"\b(?:(?:[Yy]ear|[Yy]r|P|[Rr]eception|[Nn]ursery)\s?\d{{0,2}} at|attends|attending|starts at|started at|"
    rf"moves up to|pupils? at|student at|place at)\s+((?:{_SCHOOL_TOKEN}\s){{0,4}}{_CAPWORD})"
)
_SCHOOL_WORDS = set(
    """local village special mainstream primary secondary new current old nearest catchment grammar independent
    private state community faith catholic church infant infants junior juniors first middle high feeder same
    different another every each other boarding day residential forest nursery pre prep preparatory free
    alternative hospital home sixth form secondary specialist small big large good outstanding rural town
    previous last next old former chosen preferred named designated resourced unit sen send senco senior kids
    kid childrens sons daughters grandsons granddaughters own partner whichever nearby lovely great the a an
    my his her their our your this that which""".split()
)


def _merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans become one, keeping the kind of the earliest-starting (longest on ties)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, s.end), last.kind)
        else:
            out.append(s)
    return out


def apply_spans(text: str, spans: Sequence[Span]) -> str:
    """The text with each span replaced by its typed placeholder, e.g. [NAME]."""
    parts, pos = [], 0
    for s in _merge(spans):
        parts.append(text[pos : s.start])
        parts.append(f"[{s.kind}]")
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"'“‘([*•·-–":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n"


# -- the shape recognisers -------------------------------------------------------------------------------------


def _phone_spans(text: str) -> list[Span]:
    out = []
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        intl = m.group().lstrip().startswith("+") and not digits.startswith("44")
        if digits.startswith("44"):
            digits = "0" + digits[2:].lstrip("0")
        if (10 <= len(digits) <= 11 and digits.startswith("0")) or (intl and 9 <= len(digits) <= 15):
            out.append(Span(m.start(), m.end(), "PHONE"))
    return out


def _postcode_spans(text: str) -> list[Span]:
    out = [
        Span(m.start(), m.end(), "POSTCODE")
        for m in POSTCODE.finditer(text)
        if m.group(1).upper() in _AREA_SET or (" " in m.group() and (m.group().isupper() or m.group().islower()))
    ]
    return out + [
        Span(m.start(), m.end(), "POSTCODE")
        for m in POSTCODE_EU.finditer(text)
        if m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2) : m.start()] == ", "
    ]


def _nhs_ok(digits: str) -> bool:
    """The NHS (and CHI) number's modulus-11 check digit."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9])


def _nhs_spans(text: str) -> list[Span]:
    out = []
    for m in NHS_NUMBER.finditer(text):
        digits = "".join(m.groups())
        cue = _NHS_CUE.search(text, max(0, m.start() - 40), m.start())
        if (_nhs_ok(digits) and not digits.startswith("0")) or cue:
            out.append(Span(m.start(), m.end(), "NHS_NUMBER"))
    return out


def _ni_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "NI_NUMBER") for m in NI_NUMBER.finditer(text)]


def _vehicle_spans(text: str) -> list[Span]:
    out = []
    for m in VEHICLE_REG.finditer(text):
        g = m.group()
        current = bool(re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", g))  # the shape alone is enough
        if current or _VEHICLE_CUE.search(text, max(0, m.start() - 80), min(len(text), m.end() + 40)):
            out.append(Span(m.start(), m.end(), "VEHICLE_REG"))
    return out


def _handle_spans(text: str) -> list[Span]:
    out = [Span(m.start(), m.end(), "HANDLE") for m in HANDLE.finditer(text)]
    return out + [Span(m.start(1), m.end(1), "HANDLE") for m in _HANDLE_CUE.finditer(text)]


_ID_WORDS = frozenset("NHS CHI REF TEL MOB NI NO DOB ID PCN".split())


def _id_spans(x: _Text) -> list[Span]:
    text, out = x.text, []
    for m in ID_NUMBER.finditer(text) if x.digits4 else ():
        letters = re.match(r"[A-Z]*", m.group()).group()
        if sum(c.isdigit() for c in m.group()) >= 6 and letters not in _ID_WORDS:
            out.append(Span(m.start(), m.end(), "ID_NUMBER"))
    for m in _ID_CUE.finditer(text) if x.has(_ID_WORDS_SET) else ():
        if sum(c.isdigit() for c in m.group(1)) >= 6:
            out.append(Span(m.start(1), m.end(1), "ID_NUMBER"))
    return out


def _dob_spans(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), "DATE_OF_BIRTH") for m in DATE_OF_BIRTH.finditer(text)]


def _email_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "EMAIL") for m in EMAIL.finditer(text) if not _ROLE_MAILBOX.match(m.group())]


# -- the registry ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """A text and what every recogniser's cue asks of it, computed once."""

    text: str
    low: str
    digits: int  # how many digits: a phone or NHS number needs ten, an NI number six
    digits4: bool  # four digits in a row: reference numbers have them
    words: frozenset[str]  # its lower-case words: a set lookup is far cheaper than a regex scan per cue

    def has(self, cue: frozenset[str]) -> bool:
        return not self.words.isdisjoint(cue)

    @property
    def digit(self) -> bool:
        return self.digits > 0


@dataclass
class _Ctx:
    keep: set[str]
    common: set[str]
    redactor: Redactor


@dataclass(frozen=True)
class Recogniser:
    """One kind of personal data: the placeholder it becomes, how it is found, and when it is worth looking.

    `find(text, ctx)` returns spans; `cue(text)` is a cheap test on the text (and its lower case and digits) that
    must hold for `find` to run: 50,000 texts x a dozen recognisers adds up. Recognisers of names, schools and
    addresses need the redactor's vocabulary, which `ctx` carries.
    """

    name: str
    kind: str
    find: Callable[[_Text, _Ctx], list[Span]]
    cue: Callable[[_Text], bool]
    doc: str


_STREET_WORDS = frozenset(_STREET.lower().split("|"))
_FLAT_WORDS = frozenset("flat apartment apt unit fflat".split())
_DE_STREET_CUE = re.compile(r"straße|strasse|str\.|weg |gasse|allee|platz|ring |damm|ufer|steig|pfad")
_P_YEAR = re.compile(r"\bp\d")  # a Scottish school year: "in P6 at"
_HANDLE_WORDS = frozenset("instagram insta facebook fb tiktok twitter threads".split())
_LIVE_WORDS = frozenset(
    "live lives living lived reside resides residing resident residents address flat apartment".split()
)
_HOME_WORDS = frozenset("road street close lane house home bungalow cottage".split())
_DOB_WORDS = frozenset("born dob birth birthday birthdate geboren geb ganwyd geni".split())
_ID_WORDS_SET = frozenset(
    """hospital patient mrn record account acct reference ref customer case client tenancy claim membership payroll
    tax""".split()
)
_SCHOOL_WORDS_SET = frozenset(
    """school academy college primary infant infants junior juniors year yr attends attending starts started pupil
    pupils reception nursery high grammar ysgol""".split()
)
_TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame rev revd cllr councillor sister nurse ranger father pastor imam
    rabbi canon lord lady baroness herr frau hr fr cynghorydd cyng""".split()
)


def _lives(x: _Text) -> bool:
    """Whether the text says where someone lives: worth running the residence patterns."""
    return x.has(_LIVE_WORDS) or (
        ("my" in x.words or "our" in x.words or "on" in x.words) and x.has(_HOME_WORDS | {"i'm", "we're"})
    )


RECOGNISERS: tuple[Recogniser, ...] = (
    Recogniser("email", "EMAIL", lambda x, c: _email_spans(x.text), lambda x: "@" in x.text, "an email address"),
    Recogniser("phone", "PHONE", lambda x, c: _phone_spans(x.text), lambda x: x.digits >= 9,
               "a UK phone number in any layout (+44, (01632), spaces, dashes), or an international one with +"),
    Recogniser("nhs_number", "NHS_NUMBER", lambda x, c: _nhs_spans(x.text), lambda x: x.digits >= 10,
               "ten digits (3-3-4) with a valid NHS/CHI check digit, or any after 'NHS', 'CHI', 'patient'"),
    Recogniser("ni_number", "NI_NUMBER", lambda x, c: _ni_spans(x.text), lambda x: x.digits >= 6,
               "a National Insurance number, any case and spacing (QQ 12 34 56 C)"),
    Recogniser("postcode", "POSTCODE", lambda x, c: _postcode_spans(x.text), lambda x: x.digits >= 2,
               "a UK postcode with a real area, in any case and with or without its space (or any area, written "
               "with its space); a five-digit continental postcode before a town in an address"),
    Recogniser("vehicle_registration", "VEHICLE_REG", lambda x, c: _vehicle_spans(x.text), lambda x: x.digits >= 1,
               "a current-format registration (AB12 CDE); lower-case and older formats near a word about cars"),
    Recogniser("id_number", "ID_NUMBER", lambda x, c: _id_spans(x), lambda x: x.digits >= 6,
               "a hospital, account or reference number: letters with six or more digits, or digits after "
               "'hospital number', 'account', 'reference'"),
    Recogniser("date_of_birth", "DATE_OF_BIRTH", lambda x, c: _dob_spans(x.text),
               lambda x: x.digits >= 2 and (x.has(_DOB_WORDS) or "d" in x.words and "b" in x.words),
               "a date after 'born', 'DOB', 'd.o.b', 'date of birth', 'geboren'; other dates stay"),
    Recogniser("social_handle", "HANDLE", lambda x, c: _handle_spans(x.text),
               lambda x: "@" in x.text or ".com/" in x.low or x.has(_HANDLE_WORDS),
               "an @handle, a social-media profile address, or a handle after 'Instagram', 'Facebook', ..."),
    Recogniser("address", "ADDRESS", lambda x, c: _address_spans(x, c.keep),
               lambda x: x.digit or "\n" in x.text or x.text.count(",") >= 2 or _lives(x),
               "a numbered street, a flat, a street or house name after 'I live on/at', 'my address is', and "
               "the streets and house names of an address block; towns and landmark streets stay"),
    Recogniser("school", "SCHOOL", lambda x, c: c.redactor._school_spans(x.text, c.keep, c.common),
               lambda x: x.has(_SCHOOL_WORDS_SET) or bool(_P_YEAR.search(x.low)),
               "a named school (by its type word, or after 'year 6 at', 'attends', 'starts at')"),
    Recogniser("name", "NAME", lambda x, c: c.redactor._name_spans(x.text, c.keep, c.common, x.words),
               lambda x: True,
               "a name after a title (Mrs, Dr, Cllr, Herr), a role word (my son, my carer, pupil, the driver), "
               "'my name is', before MP/MSP, in a sign-off or on a signature line; then spaCy NER on the "
               "capitalised runs nothing else claimed, and every other occurrence of a name found"),
)  # fmt: skip


def _recognise(texts: Sequence[str], ctx: _Ctx) -> list[list[Span]]:
    """Every recogniser of the registry on each text (its cue first), names that are not people dropped."""
    out = []
    for t in texts:
        low = t.lower()
        digits = len(t) - len(t.translate(_NO_DIGITS))
        words = frozenset(low.translate(_PUNCT_TO_SPACE).split())
        x = _Text(t, low, digits, digits >= 4 and bool(_DIGITS4.search(t)), words)
        spans: list[Span] = []
        for rec in RECOGNISERS:
            if rec.cue(x):
                spans += rec.find(x, ctx)
        out.append(ctx.redactor._drop_not_people(t, spans, words))
    return out


class Redactor:
    """Run the registry's recognisers, then spaCy NER on the capitalised runs they left, only where it can matter.

    NER costs ~8,000 tokens/s on one core, so it never sees whole responses: each run of capitalised words that
    is not the field's vocabulary, a known place, a common word or a word many responses share is sent with a
    short window of context, and a capitalised phrase that recurs is decided once from its first `votes` contexts.
    Sentences in German or Welsh send nothing to the English NER: their capitals are nouns and mutated places.
    """

    def __init__(self, nlp=None, keep_words: Iterable[str] = (), use_ner: bool = True, votes: int = 3,
                 n_process: int = 1, batch_size: int = 256):  # fmt: skip
        self.nlp = nlp
        self.keep_words = tuple(keep_words)
        self.use_ner = use_ner
        self.votes = votes
        self.n_process = n_process
        self.batch_size = batch_size

    # -- vocabulary
    def _keep(self) -> set[str]:
        if getattr(self, "_keep_cache", None) is None:
            from spacy.lang.de.stop_words import STOP_WORDS as DE
            from spacy.lang.en.stop_words import STOP_WORDS as EN

            keep = set(FIELD_WORDS) | {w for k in self.keep_words for w in re.split(r"\s+", k) if w}
            foreign = set(DE) | set(WELSH_WORDS) | set(GERMAN_EXTRA)
            self._keep_cache = keep | {w.capitalize() for w in EN | foreign}
        return self._keep_cache

    @functools.cached_property
    def _not_people(self) -> re.Pattern:
        words = sorted({*NOT_PEOPLE, *(k for k in self.keep_words if " " in k)}, key=len, reverse=True)
        return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.I)

    @functools.cached_property
    def _not_people_first(self) -> frozenset[str]:
        """The first words of those names: a text holding none of them needs no search."""
        names = {*NOT_PEOPLE, *(k for k in self.keep_words if " " in k)}
        return frozenset(n.lower().translate(_PUNCT_TO_SPACE).split()[0] for n in names)

    @staticmethod
    def _counts(texts: Sequence[str]) -> tuple[Counter[str], Counter[str], Counter[str]]:
        lower: Counter[str] = Counter()
        cap: Counter[str] = Counter()
        docs: Counter[str] = Counter()  # in how many texts a capitalised word occurs
        for t in texts:
            lw = _LOWER_WORD.findall(t)
            cw = _CAP_WORD.findall(t)
            lower.update(lw)
            cap.update(cw)
            docs.update(set(cw))
        return lower, cap, docs

    def _common(self, texts: Sequence[str], counts=None) -> set[str]:
        """Capitalised words that are not names: the corpus writes them in lower case as often (ordinary words),
        or many responses share them (the consultation's places and organisations; a private person is named
        in few responses, and a public figure is named with a title)."""
        lower, cap, docs = counts or self._counts(texts)
        shared = max(4, len(texts) // 100)
        return {w for w, n in cap.items() if lower.get(w.lower(), 0) >= max(2, n) or docs[w] >= shared}

    # -- finding
    def find(
        self, texts: Sequence[str], counts: dict[str, int] | None = None, languages: Sequence[str] | None = None
    ) -> list[list[Span]]:
        """Personal-data spans for each text (merged, in order). `languages` (ISO codes, as ingest detects them):
        a text in another language than English gets every recogniser but not the English NER, whose verdict on
        German nouns or Welsh place names means nothing."""
        keep = self._keep()
        lower, cap, docs = self._counts(texts)
        common = self._common(texts, (lower, cap, docs))
        ctx = _Ctx(keep, common, self)
        found: list[list[Span]] = []
        lower_cues: list[tuple[int, int, int]] = []  # lower-case names after a cue, for NER to confirm
        # repeated texts (short answers, campaign copies) are searched once
        distinct = list(dict.fromkeys(texts))
        done = dict(zip(distinct, _recognise(distinct, ctx), strict=True))
        for i, t in enumerate(texts):
            low = t.lower()
            found.append(list(done[t]))
            # a word the corpus writes in lower case often is an ordinary word, not a name typed in lower case
            lower_cues.extend(
                (i, a, b)
                for a, b in self._lower_cues(t, low)
                if all(lower[w] <= 3 or cap[w.capitalize()] >= lower[w] for w in t[a:b].split())
            )
        if self.use_ner:
            english = [not languages or lang in ("en", "") for lang in (languages or [""] * len(texts))]
            lower_cues = [c for c in lower_cues if english[c[0]]]
            for i, spans in self._ner_spans(texts, found, keep, common, lower_cues, english).items():
                found[i].extend(spans)
        else:  # without NER, a lower-case name after a cue stands if what follows reads like a name's sentence
            for i, a, b in lower_cues:
                if _AFTER_LOWER_NAME.match(texts[i], b):
                    found[i].append(Span(a, b, "NAME"))
        for i, t in enumerate(texts):
            found[i] += _repeat_addresses(t, found[i])
        merged = [
            _merge(
                Span(x.start, x.end, "NAME") if x.kind == _NER_WORD else x
                for x in self._drop_not_people(t, self._propagate(t, sp, keep, common))
            )
            for t, sp in zip(texts, found, strict=True)
        ]
        if counts is not None:
            for spans in merged:
                for sp in spans:
                    counts[sp.kind.lower()] = counts.get(sp.kind.lower(), 0) + 1
        return merged

    def _drop_not_people(self, text: str, spans: list[Span], words: frozenset[str] | None = None) -> list[Span]:
        """Names that are characters, brands or conditions ('Mr Men', 'Peppa Pig', "Down's") are not redacted."""
        if not spans:
            return spans
        words = words if words is not None else frozenset(text.lower().translate(_PUNCT_TO_SPACE).split())
        if words.isdisjoint(self._not_people_first):
            return spans
        kept = [
            (m.start(), m.end())
            for sp in spans
            if sp.kind in ("NAME", _NER_WORD)
            for m in self._not_people.finditer(text, max(0, sp.start - 40), sp.end + 40)
        ]
        if not kept:
            return spans
        return [
            s for s in spans if s.kind not in ("NAME", _NER_WORD) or not any(a < s.end and s.start < b for a, b in kept)
        ]

    def _name_ok(self, name: str, keep: set[str], common: set[str]) -> bool:
        toks = name.replace("-", " ").split()
        return any(t not in keep and t not in common for t in toks if t[:1].isupper() and len(t.rstrip(".")) > 1)

    def _extend_surname(self, text: str, end: int, common: set[str]) -> int:
        """A surname after the first name a pattern found: 'my son Oliver Bennett'."""
        nxt = _NEXT_NAME.match(text, end)
        while nxt and nxt.group(1) not in _KEEP_AFTER_NAME and nxt.group(1) not in common:
            end = nxt.end()
            nxt = _NEXT_NAME.match(text, end)
        return end

    def _name_spans(self, text: str, keep: set[str], common: set[str], words: frozenset[str] | None = None):
        """Names found from their context: titles, role words, 'my name is', post-nominals, sign-offs, signatures."""
        low = text.lower()
        words = words if words is not None else frozenset(low.translate(_PUNCT_TO_SPACE).split())
        spans: list[Span] = []
        pats = []
        if not words.isdisjoint(_TITLE_WORDS):
            pats.append(TITLED_NAME)
        relations = self._after_roles(text, low)
        if "name" in low or "i'm" in low or "i am" in low or "ich " in low or "fy enw" in low:
            pats.append(MY_NAME)
        if _POST_NOMINAL_CUE.search(text):
            pats.append(POST_NOMINAL)
        tail = max(0, len(text) - 500)  # sign-offs close a text: only its end is searched
        if not words.isdisjoint(_SIGN_OFF_WORDS) or _SIGN_OFF_SHORT.search(text, max(0, len(text) - 80)):
            pats.append(SIGN_OFF)
        after = (_REL_NAME.match(text, e) for e in relations)
        for pat in [*pats, RELATIVE]:
            found = after if pat is RELATIVE else pat.finditer(text, tail if pat is SIGN_OFF else 0)
            for m in found:
                if m is None:
                    continue
                name = m.group(1)
                if pat is MY_NAME and " " not in name and not re.search(r"(?i)name|called|heiße|enw", m.group()):
                    continue  # "I'm Welsh": one word after "I'm" is left to NER
                if _ORG_AFTER.match(text, m.end(1)) or any(w in _ORG_LAST for w in name.split()):
                    continue  # "Harcourt and Cowper Streets Residents' Association" is an organisation
                if pat is TITLED_NAME or self._name_ok(name, keep, common):
                    end = m.end(1) if pat is POST_NOMINAL else self._extend_surname(text, m.end(1), common)
                    spans.append(Span(m.start(1), end, "NAME"))
        spans += self._signature_spans(text, keep, common)
        return spans

    def _signature_spans(self, text: str, keep: set[str], common: set[str]) -> list[Span]:
        """A name alone on the last line, or on a line followed by contact details or an address."""
        out = []
        lines = [(m.start(), m.group()) for m in _LINE.finditer(text)] if "\n" in text else []
        if len(lines) >= 2:
            for k, (start, line) in enumerate(lines):
                if 3 < k < len(lines) - 7:
                    continue  # a signature is in the first lines of a letter or its last ones
                last = k == len(lines) - 1
                # a name line comes before its phone or email, or before a numbered street; a town comes before
                # a postcode and a house name before a street, so those lines say nothing
                # (a line that starts a block and comes before a postcode is a name too: 'Grace & Tom Ward\nls6 2qx')
                before_contact = not last and bool(
                    _CONTACT_LINE.search(lines[k + 1][1])
                    and not POSTCODE.match(lines[k + 1][1].strip())
                    or ADDRESS.match(lines[k + 1][1].strip())
                    or POSTCODE.match(lines[k + 1][1].strip())
                    and text[:start].endswith("\n\n")
                )
                if not (last or before_contact or k == 0 and len(lines) > 3 and _CONTACT_LINE.search(lines[1][1])):
                    continue
                m = _SIGNATURE.match(line)
                if m and any(w in _ORG_WORDS for w in _WORDS.findall(line)):
                    continue  # "Harcourt Residents' Association": an organisation signs too
                if m and len(m.group(1).split()) <= 5 and self._name_ok(m.group(1), keep, common):
                    words = [w for w in m.group(1).split() if w[:1].isupper()]
                    if all(w in keep or w in common for w in words[1:]) and len(words) > 1:
                        continue
                    out.append(Span(start + m.start(1), start + m.end(1), "NAME"))
        m = _END_NAME.search(text)
        if m and self._name_ok(m.group(1), keep, common):
            toks = m.group(1).split()
            if all(t not in keep for t in toks):
                out.append(Span(m.start(1), m.end(1), "NAME"))
        return out

    @staticmethod
    def _after_roles(text: str, low: str) -> list[int]:
        """Where a capitalised name starts right after a role word ('my carer, Dolores'; 'pupil Rowan Tessaly'):
        each role word the text holds is looked up where it occurs, so a text is never scanned for all of them."""
        present = _REL_LAST.intersection(low.translate(_PUNCT_TO_SPACE).split())
        if not present or len(low) != len(text):
            return []
        out = []
        for w in present:
            i = low.find(w)
            while i >= 0:
                j = i + len(w)
                if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                    prev = _PRE_REL.search(low, max(0, i - 20), i)
                    two = f"{prev.group(2)} {w}" if prev else ""
                    if w in _REL_SET or two in _REL_SET:
                        g = _ROLE_GAP.match(text, j)
                        if g and g.end() < len(text) and text[g.end()].isupper():
                            out.append(g.end())
                i = low.find(w, j)
        return sorted(out)

    def _lower_cues(self, text: str, low: str) -> list[tuple[int, int]]:
        cues: list[tuple[int, int]] = []
        pats = [SIGN_OFF_LOWER]
        if "name" in low or _REL_LAST.intersection(low.translate(_PUNCT_TO_SPACE).split()):
            pats += [MY_NAME_LOWER, RELATIVE_LOWER]
        for pat in pats:
            # a lower-case sign-off ends the text: only its last words are searched
            for m in pat.finditer(text, max(0, len(text) - 60) if pat is SIGN_OFF_LOWER else 0):
                words = m.group(1).split()
                while words and (words[-1] in _STOP or len(words[-1]) < 2):
                    words.pop()
                if words and not any(w in _STOP or "'" in w for w in words):
                    cues.append((m.start(1), m.start(1) + len(" ".join(words))))
        return cues

    def _school_spans(self, text: str, keep: set[str], common: set[str]) -> list[Span]:
        """A named school identifies a child: 'Hazelmere Vale Primary School', 'hawthorn vale primary'."""
        low = text.lower()
        out = []
        for m in SCHOOL.finditer(text) if _SCHOOL_CUE.search(text) else ():
            toks = list(re.finditer(r"\S+", m.group(1)))
            if toks[-1].group() in ("High", "Grammar") and "school" not in low:
                continue
            while toks and toks[0].group() in keep and toks[0].group() != "St":
                toks = toks[1:]  # "At", "The", "Kent", "Special" ... are not the school's own name
            if len(toks) >= 2 and self._name_ok(" ".join(t.group() for t in toks[:-1]), keep, set()):
                out.append(Span(m.start(1) + toks[0].start(), m.end(1), "SCHOOL"))
        for m in SCHOOL_BY_CONTEXT.finditer(text):
            name = m.group(1)
            if self._name_ok(name, keep, common) or name.startswith("St"):
                out.append(Span(m.start(1), m.end(1), "SCHOOL"))
        lower_cue = "primary" in low or "infant" in low or "junior" in low or "academy" in low or "high" in low
        for m in SCHOOL_LOWER.finditer(text) if lower_cue else ():
            words = m.group(1).split()
            kind = 2 if words[-2:] in (["high", "school"], ["primary", "school"], ["infant", "school"]) else 1
            name = words[:-kind]
            while name and (name[0] in _STOP or name[0] in _SCHOOL_WORDS):
                name = name[1:]
            if name and not any(w in _STOP or w in _SCHOOL_WORDS for w in name):
                out.append(Span(m.end(1) - len(" ".join([*name, *words[-kind:]])), m.end(1), "SCHOOL"))
        return out

    def _propagate(self, text: str, spans: list[Span], keep: set[str], common: set[str]) -> list[Span]:
        """A name found once is redacted wherever else it appears in the text ('Isla Pettigrew' ... 'Isla')."""
        if not spans:
            return spans
        names = {
            w
            for sp in spans
            if sp.kind == "NAME"
            for w in _NAME_TOKEN_RE.findall(text[sp.start : sp.end])
            if w not in keep and w not in common and len(w) > 1
        }
        out = list(spans)
        while names:
            new: set[str] = set()
            for m in _CAP_SPAN.finditer(text):
                if any(sp.start < m.end() and m.start() < sp.end for sp in out):
                    continue
                toks = list(_NAME_TOKEN_RE.finditer(m.group()))
                if not any(t.group() in names for t in toks):
                    continue
                while toks and (toks[0].group() in keep or toks[0].group() in common) and toks[0].group() not in names:
                    toks = toks[1:]
                while (
                    toks and (toks[-1].group() in keep or toks[-1].group() in common) and toks[-1].group() not in names
                ):
                    toks = toks[:-1]
                out.append(Span(m.start() + toks[0].start(), m.start() + toks[-1].end(), "NAME"))
                new |= {t.group() for t in toks if t.group() not in keep and t.group() not in common} - names
            names = new
        # the lower-case form of a name found ('Jack ... jack') and a name inside an email stays with its email
        return out

    @staticmethod
    def _next_to_place(text: str, s: int, e: int, keep: set[str], common: set[str]) -> bool:
        """Listed with a known place or a word many responses share ('Arrochar and Luss'): a place too."""
        b = _AND_BEFORE.search(text, max(0, s - 30), s)
        a = _AND_AFTER.match(text, e)
        near = [m.group(1) for m in (b, a) if m]
        return any((w in keep and w not in _STOP_CAPS) or w in common or _PLACE_NAME.fullmatch(w) for w in near)

    def _candidates(self, text: str, taken: list[Span], keep: set[str], common: set[str]):
        """(start, end) of capitalised runs that might be a person's name and no recogniser has claimed."""
        foreign = None  # worked out at the first run that needs it
        for m in _CAP_SPAN.finditer(text):
            g = m.group()
            if " " not in g and (g in keep or g in common):
                continue  # the usual case, decided without building token lists
            if foreign is None:
                foreign = _foreign_ranges(text)
            if foreign and any(a <= m.start() < b for a, b in foreign):
                continue  # a German or Welsh sentence: its capitals are nouns and places, not for English NER
            toks, pos = [], m.start()
            for w in g.split(" "):
                toks.append((pos, pos + len(w), w))
                pos += len(w) + 1
            if toks[0][2] in _PLACE_FIRST:
                continue  # "Loch Laomainn", "Little Marston", however the rest is trimmed
            if _sentence_initial(text, m.start()):
                while toks and (toks[0][2] in common or toks[0][2] in keep):
                    toks = toks[1:]
            while toks and toks[-1][2] in keep:
                toks = toks[:-1]
            while toks and toks[0][2] in keep:
                toks = toks[1:]
            if not toks or len(toks) > 4:
                continue
            words = [t[2] for t in toks]
            s_ = toks[0][0]
            if any(w in keep for w in words) or words[0] in _PLACE_FIRST or words[-1] in _ORG_LAST:
                continue
            if _THE_BEFORE.search(text, max(0, s_ - 25), s_) or _PLACE_BEFORE.search(text, max(0, s_ - 12), s_):
                continue  # "the Dolphins", "the Crusty Cob"; "in Little Marston", "near Crianlarich": no person
            if _PLACE_AFTER.match(text, toks[-1][1]) or self._next_to_place(
                text, toks[0][0], toks[-1][1], keep, common
            ):
                continue
            if len(words) > 1 and _PLACE_NAME.fullmatch(words[0]) and re.fullmatch(_STREET, words[-1]):
                continue  # "Oakworth Green", "Ashbury Common": a village, not a person
            if len(words) == 1 and (
                words[0].endswith("ly")
                or _PLACE_NAME.fullmatch(words[0])
                or _PLACE_BEFORE_ONE.search(text, max(0, s_ - 8), s_)
            ):
                continue  # "Secondly"; a word shaped like a place ("Strathfillan", "Ashbury"); "at Greggs"
            if all(w in common for w in words):
                continue
            s, e = toks[0][0], toks[-1][1]
            if any(sp.start < e and s < sp.end for sp in taken):
                continue  # inside an address, email or a name a recogniser found
            yield s, e

    @staticmethod
    def _window(text: str, s: int, e: int, width: int = 70) -> tuple[int, int]:
        a = max(0, s - width)
        b = min(len(text), e + width)
        left = max(text.rfind(". ", a, s), text.rfind("\n", a, s), text.rfind("? ", a, s), text.rfind("! ", a, s))
        if left >= 0:
            a = left + 1
        elif a > 0:
            sp = text.find(" ", a, s)
            a = sp + 1 if sp >= 0 else a
        rights = [i for i in (text.find(". ", e, b), text.find("\n", e, b), text.find("? ", e, b)) if i >= 0]
        if rights:
            b = min(rights) + 1
        elif b < len(text):
            sp = text.rfind(" ", e, b)
            b = sp if sp >= 0 else b
        while a < s and text[a].isspace():
            a += 1
        return a, b

    def _ner_spans(self, texts, found, keep, common, lower_cues=(), english=None) -> dict[int, list[Span]]:
        occurrences: dict[str, list[tuple[int, int, int]]] = {}
        for i, t in enumerate(texts):
            if english is not None and not english[i]:
                continue
            for s, e in self._candidates(t, found[i], keep, common):
                occurrences.setdefault(t[s:e], []).append((i, s, e))
        if not occurrences and not lower_cues:
            return {}
        jobs: dict[str, tuple[int, int]] = {}  # window text -> (span start, span end) within it
        plan: list[tuple[str, list[tuple[int, int, int]], list[str]]] = []
        for name, occ in occurrences.items():
            windows = []
            for i, s, e in occ[: self.votes]:
                a, b = self._window(texts[i], s, e)
                w = texts[i][a:b]
                jobs.setdefault(w, (s - a, e - a))
                windows.append(w)
            plan.append((name, occ, windows))
        for i, s, e in lower_cues:  # each on its own, written as a name would be
            a, b = self._window(texts[i], s, e)
            t = texts[i]
            w = t[a:s] + t[s:e].title() + t[e:b]
            jobs.setdefault(w, (s - a, e - a))
            plan.append((t[s:e], [(i, s, e)], [w]))
        nlp = self.nlp or _ner_pipeline()
        keys = list(jobs)
        verdict: dict[str, bool] = {}
        docs = nlp.pipe(keys, batch_size=self.batch_size, n_process=self.n_process if len(keys) > 4000 else 1)
        for w, doc in zip(keys, docs, strict=True):
            s, e = jobs[w]
            verdict[w] = any(ent.label_ == "PERSON" and ent.start_char < e and s < ent.end_char for ent in doc.ents)
        for i, s, e in lower_cues:  # 'my daughter amira is 9', 'my nan (pauline)': the sentence reads as a name's
            a, b = self._window(texts[i], s, e)
            t = texts[i]
            w = t[a:s] + t[s:e].title() + t[e:b]
            verdict[w] = verdict.get(w, False) or bool(_AFTER_LOWER_NAME.match(t, e))
        out: dict[int, list[Span]] = {}
        for _name, occ, windows in plan:
            hits = [verdict[w] for w in windows]
            if len(occ) <= self.votes:
                decided = zip(occ, hits, strict=True)
            else:  # a recurring phrase: the majority of its first contexts decides every occurrence
                yes = sum(hits) * 2 > len(hits)
                decided = ((o, yes) for o in occ)
            for (i, s, e), yes in decided:
                if yes:
                    # one word NER took for a name is redacted, but not spread: it may be a place it did not know
                    out.setdefault(i, []).append(Span(s, e, "NAME" if " " in texts[i][s:e] else _NER_WORD))
        return out

    def redact(
        self, texts: Sequence[str], counts: dict[str, int] | None = None, languages: Sequence[str] | None = None
    ) -> list[str]:
        spans = self.find(texts, counts, languages)
        return [apply_spans(t, s) for t, s in zip(texts, spans, strict=True)]


def _ner_pipeline():
    from .text import load_spacy

    return load_spacy(("ner",))


@functools.lru_cache(maxsize=1)
def default_redactor() -> Redactor:
    """The redactor with no consultation-specific keep_words, shared by every caller that has none."""
    return Redactor()


@functools.lru_cache(maxsize=1 << 16)
def _redact_one(text: str) -> str:
    return default_redactor().redact([text])[0]


def redact(text: str, counts: dict[str, int] | None = None) -> str:
    """Replace personal data with [NAME], [EMAIL], [PHONE], [POSTCODE], [ADDRESS], [SCHOOL]; places and the
    field's vocabulary stay. For many texts at once, Redactor.redact is faster (it batches NER)."""
    if not isinstance(text, str) or not text:
        return text if isinstance(text, str) else ""
    if counts is None:
        return _redact_one(text)  # evidence quotes repeat: redact each distinct sentence once
    return default_redactor().redact([text], counts)[0]


def shown_texts(responses) -> dict[str, str]:
    """response_id -> the text safe to show: the redacted_text ingest wrote, else the text redacted here."""
    red = responses["redacted_text"] if "redacted_text" in responses.columns else None
    out = {}
    for i, (rid, text) in enumerate(zip(responses["response_id"], responses["text"], strict=True)):
        r = red.iloc[i] if red is not None else ""
        out[rid] = r if isinstance(r, str) and r else redact(text)
    return out


_DE_WORDS = None


def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    global _DE_WORDS
    if _DE_WORDS is None:
        from spacy.lang.de.stop_words import STOP_WORDS as DE
        from spacy.lang.en.stop_words import STOP_WORDS as EN

        _DE_WORDS = (frozenset(w for w in DE if w not in EN and len(w) > 1), frozenset(WELSH_WORDS) - set(EN))
    return _DE_WORDS


_SEGMENT = re.compile(r"[^.!?\n]+[.!?]*")
_LINE = re.compile(r"[^\n]+")
_WORDS = re.compile(rf"[{_UP}{_LO}'’]+")


def _foreign_ranges(text: str) -> list[tuple[int, int]]:
    """The sentences of a text written in German or Welsh: most of their lower-case words are those languages'
    function words, which English lacks."""
    de, cy = _function_words()
    low = set(text.lower().translate(_PUNCT_TO_SPACE).split())
    if low.isdisjoint(de) and low.isdisjoint(cy) and not any(w.split("'")[0] in cy for w in low if "'" in w):
        return []
    out = []
    for m in _SEGMENT.finditer(text):
        words = [w.lower() for w in _WORDS.findall(m.group())]
        if not words:
            continue
        hits = sum(1 for w in words if w in de or w in cy or w.split("'")[0] in cy)
        if hits >= 2 and hits * 4 >= len(words) or (len(words) <= 3 and hits >= 1 and hits * 2 >= len(words)):
            out.append((m.start(), m.end()))
    return out
