"""The shapes and word lists personal data is found by: regular expressions, role words, field words.

redaction.py explains how they are used; recognisers.py turns them into the registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .cued import Cued
from .name_lists import name_lists as name_lists
from .name_lists import uk_names as uk_names
from .shapes import _DATE as _DATE
from .shapes import _LO as _LO
from .shapes import _UP as _UP
from .shapes import DATE_OF_BIRTH as DATE_OF_BIRTH
from .shapes import EMAIL as EMAIL
from .shapes import HANDLE as HANDLE
from .shapes import ID_NUMBER as ID_NUMBER
from .shapes import NHS_NUMBER as NHS_NUMBER
from .shapes import NI_NUMBER as NI_NUMBER
from .shapes import POSTCODE as POSTCODE
from .shapes import VEHICLE_REG as VEHICLE_REG

_NER_WORD = "NAME?"  # a one-word name found only by NER, until the end of Redactor.find
_DIGITS4 = re.compile(r"\d{4}")
_NO_DIGITS = str.maketrans("", "", "0123456789")


@dataclass(frozen=True)
class Span:
    """A piece of personal data found in a text: [start, end) and its kind (NAME, EMAIL, ...)."""

    start: int
    end: int
    kind: str


def overlaps(start: int, end: int, spans: Iterable[Span]) -> bool:
    """Whether [start, end) shares a character with any of the spans: a found span never takes another's text."""
    return any(x.start < end and start < x.end for x in spans)


# the suffixes only a street has: 'Hill', 'Park', 'Green' or 'End' also name districts and villages
_STREET_ONLY = "Road|Street|Lane|Close|Avenue|Drive|Terrace|Crescent|Way|Gardens|Court|Place|Row|Walk|Mews"


# -- names -----------------------------------------------------------------------------------------------------

_PARTICLES = frozenset("de da di van von der den du le la na ni nic mac bin bint al el y ap ó o".split())
# a particle between two names found apart joins them ('[Joaquina] da [Costa Soares]'); not Welsh or Spanish 'y'
# and 'o' (and, of), which stand between two people as often
_GAP_PARTICLES = sorted(_PARTICLES - {"y", "o", "ó"} | {"dos", "das", "del", "della"})
_PARTICLE_GAP = re.compile(rf" (?:(?:van|von) (?:de|der|den)|{'|'.join(_GAP_PARTICLES)}) ")
# a name's initials before it, a forename and particle before it, a particle and surname after it (widen_span)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\. ?){1,3}\Z")
_FORENAME_BEFORE = re.compile(rf"(?<![\w.])([{_UP}][{_LO}]+){_PARTICLE_GAP.pattern}\Z")
_PARTICLED_AFTER = re.compile(rf"{_PARTICLE_GAP.pattern}[{_UP}][{_LO}][\w'’-]*")
_SCHOOL_KIND_AFTER = re.compile(
    r"(?i: (?:primary|infants?|juniors?|high|grammar|nursery|academy|college)(?: school)?\b)"
)
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Cllr|Councillor|Sister|Nurse|Ranger|Father|Pastor|"
    r"Imam|Rabbi|Canon|Lord|Lady|Baroness|Herr|Frau|Hr|Fr|Mr and Mrs|Mr & Mrs|Cynghorydd|Cyng|Y Cynghorydd|"
    r"PC|PCSO|DC|DS|DI|DCI|Sgt|Sergeant|Inspector|Constable|Detective|Alderman)"
)
_NAME_TOKEN = (
    rf"(?:(?:Mc|Mac|Nic)(?:[{_UP}][{_LO}]+(?=[{_UP}]))?|O['’]|D['’]|Fitz|t-|h-)?[{_UP}][{_LO}]+"
    rf"(?:['’][{_UP}][{_LO}]+)?(?:-[{_UP}][{_LO}]+)*"
    rf"(?:-[{_LO}]{{3,5}}(?![{_LO}-]))?"
)
_INITIALS = rf"(?:[{_UP}]\.?\s?){{1,3}}"
# the small words inside a surname, Gaelic and Irish ones capitalised: 'Gwenno ap Iorwerth', "Catriona Nic a' Phì",
# 'Pádraig Ó Catháin'
_NAME_PARTICLE = "|".join([*sorted(_PARTICLES), "an", "Ó", "Ní", "Nic", "Mac", "Uí", "a['’]"])
_FULL_NAME = rf"(?:{_INITIALS}\s?)?{_NAME_TOKEN}(?:(?: (?:{_NAME_PARTICLE})){{0,2}} {_NAME_TOKEN}){{0,3}}"
TITLED_NAME = re.compile(
    rf"\b{_TITLE}\.?(?:\s+{_TITLE}\.?)*\s+((?:{_INITIALS}\s?)?{_NAME_TOKEN}(?:[ -]{_NAME_TOKEN}){{0,2}})"
)
# "Fiona Castellano MP", "Jane Doe, Director": a name before a post-nominal or a public office
POST_NOMINAL = re.compile(rf"\b({_NAME_TOKEN}(?: {_NAME_TOKEN}){{1,2}}),? (?:MP|MSP|MS|AM|MEP|QC|KC|OBE|MBE|CBE)\b")
_POST_NOMINAL_CUE = Cued(re.compile(r"\b(?:MP|MSP|MS|AM|MEP|QC|KC|OBE|MBE|CBE)\b"))
MY_NAME = Cued(
    re.compile(
        rf"\b(?:[Mm]y name is|[Mm]y name's|(?:[Hh]is|[Hh]er|[Tt]heir) name is|I am called|I'm called|I am|I'm|"
        rf"[Ii]ch heiße|[Ii]ch bin|[Mm]ein Name ist|"
        rf"[Ff]y enw i yw|[Ff]y enw yw)\s+({_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,2}})"
    )
)
_SIGN_OFF_WORDS = frozenset(
    """yours regards sincerely faithfully thanks thank cheers wishes signed grüßen grüße mfg cofion gywir diolch
    meas""".split()
)
_SIGN_OFF_SHORT = re.compile(r"(?i:\b(?:best|love|from)\b)")  # sign-offs that are also everyday words: near the end
SIGN_OFF = Cued(
    re.compile(
        r"(?m)(?<![\w-])(?i:yours\s+(?:sincerely|faithfully|truly)|yours|kind(?:est)?\s+regards|best\s+(?:wishes|regards)|"
        r"warm(?:est)?\s+regards|many\s+thanks|with\s+thanks|regards|sincerely|thank\s+you|thanks|cheers|best|love|"
        r"from|signed|mit\s+freundlichen\s+grüßen|(?:viele|liebe|beste|herzliche)\s+grüße|mfg|grüße|"
        r"cofion(?:\s+cynnes)?|yn\s+gywir|diolch(?:\s+yn\s+fawr)?|is\s+mise\s+le\s+meas)[,.!]?[ \t]*"
        rf"(?:\n\s*|[ \t]+)(?:\(?{_TITLE}\.?\)?\s+)?({_FULL_NAME}(?:\s*(?:&|and)\s*{_FULL_NAME})?)"
        r"(?=[ \t]*(?:[,(\n/]|x+\b|$|[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b))"
    )
)
# role words a person is introduced by: "my son X", "my carer, X", "the driver, X", "pupil X Y", "my pal kenny"
_RELATIONS = (
    r"son|daughter|child|grandson|granddaughter|grandchild|nephew|niece|husband|wife|partner|brother|sister|boy|girl|"
    r"twins?|stepson|stepdaughter|sons|daughters|children|kids|mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|"
    r"hubby|hubbie|missus|fella|other half|stepdad|stepmum|da|daddy|mammy|host|eldest|youngest|bro|"
    r"granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|aunty|uncle|cousin|friend|mate|pal|"
    r"neighbour|neighbours|carer|carers|care worker|support worker|social worker|key worker|keyworker|"
    r"personal assistant|PA|colleague|fiancée?|boyfriend|girlfriend|baby|toddler|pupil|student|client|resident|"
    r"tenant|patient|lodger|flatmate|housemate|landlord|landlady|driver|escort|instructor|trainer|teacher|tutor|coach|"
    r"nurse|doctor|GP|consultant|midwife|health visitor|ranger|organiser|chair|chairman|chairwoman|secretary|"
    r"manager|councillor|MP|MSP|Mayor|mayor|vicar|caretaker|cleaner|volunteer|member|officer|therapist|dentist|"
    r"physio|worker|youth worker|link worker|foreman|forewoman|gaffer|boss|supervisor|adviser|advisor|"
    r"case worker|caseworker|housing officer|IDVA|advocate|warden|foster son|"
    r"foster daughter|foster child|foster carer|husband's|wife's|Sohn|Tochter|Mann|Frau|Freund|Freundin|Nachbar|"
    r"Nachbarin|mab|merch|gŵr|ngŵr|gwraig|ngwraig|ffrind|mam|"
    r"nhad|tad|mrawd|brawd|chwaer|nain|taid|cymydog|plant|mhlant|wyr|ŵyr|wyres|wyrion|fab|ferch|fam|nhaid|"
    # Gaelic and Irish, after 'mo' (my): 'Tha mo mhac Niall ann', "m'iníon Aoife"
    r"mhac|nighean|nighinn|bhean|chèile|athair|mhàthair|bhràthair|phiuthar|sheanair|sheanmhair|ogha|iníon|"
    r"mháthair|dheartháir|dheirfiúr|gharmhac|ghariníon|"
    # the North's and Scotland's words for one's own, and roles of recovery and the school gate
    r"lass|lad|lassie|laddie|bairn|wean|brither|girls|boys|pupils|clients|counsellor|lollipop lady|lollipop man|"
    r"clerk|TA|SNA|PSA|LSA|SENCO|mum of|mam of|dad of|mother of|father of|nan of|gran of|"
    r"SENCo|ALNCo|ALNCO"
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
# after a role word, before the name: 'my daughter is Ellie' (a known first name only), 'the driver at the depot,
# Bob,' (the name closed by a comma or stop)
_IS_GAP = re.compile(r"[ \t]+(?:is|was)[ \t]+(?=[A-Z])")
_AT_GAP = re.compile(
    r"[ \t]+(?:at|from|in|on|there|here|outside|for)\b[^,.;:!?\n]{0,40},[ \t]*"
    r"(?=[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?:[,;(]| who\b)|[A-Z]\.[,;)])"  # 'on my caseload, R., is'
)
# a nickname inside a name: 'Thomas "Tommy" Ferguson', "Jonathan 'Jonty' Bell", 'Bartholomew ("Bart") Ingleby'
_NICKNAME = re.compile(r"[ \t]+\(?[\"'“‘][A-Z][\w-]+[\"'”’]\)?(?= [A-Z])")
_ROLE_GAP = re.compile(r"[ \t]*(?:,|\(|:|-|–)?[ \t]*(?:(?:is called|called|named)[ \t]+)?")
# Welsh 'ac': 'Mabli ac Osian'; or initials alone: 'our foster son T.J. has FASD'
_REL_NAME = re.compile(rf"((?:{_FULL_NAME}(?: (?:and|&|ac|a) {_FULL_NAME})?)|[A-Z]\.(?: ?[A-Z]\.){{0,2}})")
# the determiner before a role word ("my", "the", "our") is optional, so the role word alone anchors the match
RELATIVE = re.compile(
    rf"\b(?:{_RELATIONS})\b\s*(?:,|\(|:|-|–|is called|called|named)?\s*({_FULL_NAME}(?: (?:and|&|ac) {_FULL_NAME})?)"
)
# someone signing in at the start: 'Sukhwinder Gill here - ...', 'Nusrat Parveen writing.'
SIGN_IN = re.compile(  # 'Sukhwinder Gill here', 'Pat and Jim Rourke here'
    rf"\A\W*({_NAME_TOKEN}(?: (?:and|&) {_NAME_TOKEN})? {_NAME_TOKEN}(?: {_NAME_TOKEN})?) (?:here|writing)\b"
)
SIGN_IN_LOWER = re.compile(r"\A\W*([a-z][a-z'’-]+) here\b")  # 'yusuf here flat 9': a known first name
# a surname named by the household it stands for: 'the Atkinson twins', 'the Kowalski family'
FAMILY_NAME = Cued(
    re.compile(
        rf"\b[Tt]he ({_NAME_TOKEN}) "
        r"(?:twins|triplets|family|families|household|brothers|sisters|boys|girls|kids|lads)\b"
    )
)
_FAMILY_CUE = frozenset("twins triplets family families household brothers sisters boys girls kids lads".split())
# a name in Chinese characters beside its Latin form, or after 'I am': 'Chan Kwok Wing 陳國榮', '陈美玲 (Chan Mei Ling)'
HAN_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
# a child's first name after a word for small or young: 'Little Rhys loves it', 'baby Amara'
# and after the North's 'our' and 'wor' when something is said of them: 'Our Jordan goes to college', 'Wor Callum's'
LITTLE_NAME = Cued(
    re.compile(
        rf"\b(?:[Ll]ittle|[Bb]aby|[Ww]ee|[Yy]oung|[Oo]ld) ({_NAME_TOKEN}(?: {_NAME_TOKEN})?)\b"
        rf"|\b(?:[Oo]ur|[Ww]or) ({_NAME_TOKEN})"
        rf"(?= (?:is|was|has|had|goes|went|gets|got|can|does|did|loves|needs|and)\b|['’]s\b)"
    )
)
_LITTLE_CUE = frozenset("little baby wee young old our wor".split())
# the name people call someone by: 'everybody calls him Shug', 'on the site everybody is calling me Gosia'
CALLED_NAME = re.compile(  # 'everybody calls him Tatws', 'friends say Dessy'
    rf"\b(?:(?:calls?|calling|call) (?:me|him|her|them)|[Ff]riends say|known (?:[a-z]+ ){{1,4}}?as) ({_NAME_TOKEN})\b"
)
# lower-case names ("my name is karen whitlock", "my mate jack"): found after a cue, confirmed by NER
MY_NAME_LOWER = Cued(
    re.compile(r"\b(?i:my|her|his|their|our) name(?: is|'s|s| was)\s+([a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2})")
)
RELATIVE_LOWER = Cued(
    re.compile(
        rf"\b(?:(?i:my|ma|our|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?|(?i:the)\s+(?!(?:children|kids|sons|daughters|twins|neighbours|carers|grandchildren)\b))(?:{_RELATIONS})\b(?:\s*[,(]\s*|\s+(?:(?:is\s)?called\s+|named\s+)?)"
        rf"([{_LO}][{_LO}'-]+(?: [{_LO}][{_LO}'-]+)?)"  # 'my carer is called bernadette'
    )
)
# a name in capitals after a role word in a text that is not: 'The pupil DANIEL WRIGHT in year 8'
_REL_CAPS = re.compile(r"[ \t]*(?:,[ \t]*)?([A-Z]{2,}(?:[-'’][A-Z]+)?(?: [A-Z]{2,}(?:[-'’][A-Z]+)?){0,2})\b(?![a-z])")
# after a lower-case name: a verb of being, an age, a bracket or a comma ('amira is 9', '(pauline)')
_AFTER_LOWER_NAME = re.compile(r"\s*(?:\)|,|(?:is|was|who|has|had|and|aged?)\b|'s\b|\(\d)")
# ('thanks, ali (ox16 4rz)': contact details in brackets may follow)
SIGN_OFF_LOWER = re.compile(
    r"(?i:\b(?:thanks|thx|ta|cheers|regards|love|from)|\s[-–—~])[,.!]?\s+([a-z][a-z'-]+)\s*(?:x+)?"
    r"(?:\s*\([^()\n]{0,40}\))?(?:,?\s*aged? \d{1,2})?\W*$"  # 'from carys age 11'
)
# a lower-case name beside the writer: 'me and sharon went', 'sharon and me', 'baz next door'
WITH_ME_LOWER = re.compile(
    r"\bme (?:and|n|&) ([a-z][a-z'-]+)\b|\b([a-z][a-z'-]+) (?:and|n|&) (?=(?:me|i)(?![\w'’]))"  # not "and i'm"
    r"|\b([a-z][a-z'-]+) next door\b"
    r"|\bme ([a-z][a-z'-]+)(?= (?:and|n|&) [a-z])"  # 'me ellie n jess
)
# a signature: a name alone on the last line, or on a line before contact details ('- Tadhg', 'Kerry-Ann x')
_SIGNATURE = re.compile(
    rf"(?m)^[ \t]*(?:[-–—~][ \t]*)?(?:\(?{_TITLE}\.?\)?[ \t]+)?({_FULL_NAME}(?:[ \t]*(?:&|and)[ \t]*{_FULL_NAME})?)"
    r"[ \t]*(?:x+)?[ \t]*(?:,[^\n]*|\([^()\n]{1,40}\))?$"  # 'Leanne (Ellis's mum)'
)
# the names that end a text, after its last sentence: 'Hamish and Elspeth Orr', 'J. W. Alderson', "Patrick 'Paddy'
# Ward", 'W. J. Gracey (Billy)', and a signer's place or office after a comma or 'from': 'Carol, Moorside, Calderwick'
_NICK = r"(?:['‘\"“(][^'’\"”)\n]{1,25}['’\"”)])"
_END_NAME = re.compile(
    rf"(?:[.!?)]|\n|\s[-–—])[ \t]*(?:[-–—~][ \t]*)?(?:{_TITLE}\.?[ \t]+)?"
    rf"({_FULL_NAME}(?:[ \t]+{_NICK}(?:[ \t]+{_NAME_TOKEN})?)?(?:[ \t]*(?:&|and)[ \t]*{_FULL_NAME})?)"
    rf"[ \t]*(?:{_NICK})?[ \t]*(?:x+)?[ \t]*((?:,|[ \t]from[ \t])[^\n.!?]{{1,60}}[.!]?"
    rf"|(?<=[ \t])(?:Flat|Apartment|\d{{1,4}}[A-Za-z]?) [^\n.!?]{{1,60}}|[ \t](?=\S+@|\+?\d)[^\n]{{1,60}})?[ \t]*$"
)
_CONTACT_LINE = re.compile(
    r"(?i)^\s*(?:tel|phone|mobile|mob|email|e-mail|telephone|cc|mobil|ffôn)\b|@|\d{3}|^\s*(?:flat|apartment)\b"
    r"|\(at\)|\[at\]|\bat\b.*\bdot\b"
)
_PLACE_FIRST = frozenset(
    """Co County St Saint The Loch Beinn Srath Strath Glen Afon Llyn Mynydd Cwm Nant Port Mount Lake River Little
    Great Upper Lower Old New North South East West Nether Kings Market Long High Low Over Church Bishops
    Castle Royal Circus Ffair Sioe """
    # Welsh, Gaelic and Irish bodies put their kind first: 'Cyngor Cymuned Llanfeugan', 'Clwb Ffermwyr Ifanc',
    # 'Comann nam Pàrant', 'Cumann Lúthchleas Gael'
    """Cyngor Cymuned Cymdeithas Clwb Canolfan Menter Neuadd Capel Eglwys Ysgol Urdd Merched Pwyllgor Bwrdd
    Prifysgol Coleg Theatr Amgueddfa Llyfrgell Comann Comhairle Sgoil Bun-sgoil Eaglais Talla Ionad Cumann Scoil
    Gaelscoil Coláiste Halla Pobalscoil Mudiad Cylch Grŵp""".split()
)
# the last word of a business or an institution named after someone: "Morgan's Haulage", "James Cook Hospital",
# "Pickersgill Decorating", "Hussain & Sons Convenience", "Yusuf's Cuts": one list for every rule that asks
_TRADES = (
    "Hospital Infirmary Hospice Haulage Renewables Sons Brothers Bros Feibion Seeds Nurseries Nursery Transport "
    "Removals Plumbing Plumbers Electrical Electricians Joinery Joiners Roofing Roofers Butchers Butcher Chemist "
    "Chemists Dental Dentists Opticians Vets Veterinary Taxis Coaches Engineering Dairy Dairies Foods Grocers "
    "Grocery Supplies Hardware Lettings Associates Partners Accountants Estates LLP Bakers Bakery Services "
    "Pharmacy Groundworks Boatyard Bikes Cycles Motors Autos Tyres Garage Builders Landscaping Gardening Cleaning "
    "Cleaners Catering Solicitors Surveyors Properties Construction Contractors Developments Logistics Couriers "
    "Fisheries Seafood Seafoods Fish Ltd Limited PLC Group Holdings Superstore Supermarket Stores Store Takeaway "
    "Salon Barbers Barber Hairdressers Cuts Grill Kebabs Pizza Pizzeria Bistro Restaurant Diner Tearooms Tearoom "
    "Deli Chippy Newsagents Newsagent Convenience Decorating Decorators Plastering Plasterers Tiling Flooring "
    "Carpets Fencing Paving Glazing Scaffolding Kitchens Interiors Furniture Upholstery Locksmiths Florists Flowers "
    "Cars Cabs Foodbank Pantry Sports Fuels International Taverna Trattoria Ristorante Cafe Café Gelateria "
    "Florist Jewellers Tailors Launderette Kennels Cattery Funeral Funerals Undertakers Printers Hire Homes"
).split()
_ORG_LAST = frozenset(
    """Club Society Association Group Council Watch CIC CIO Allowance Benefit Credit Offices Office Baths Lodges Hotel
    Inn Cafe Café Shop Stores Store Ltd Limited Bank Trust Fund Foundation Charity Partnership Network Forum Alliance
    Union Federation Scotland England Wales Institute College University Museum Gallery Theatre Cinema Church Chapel
    Cathedral Abbey Castle Bridge Tower Station Airport Harbour Walk Read Way Square Market Surgery Practice
    Centre Hall Park Road Street Lane Directors General Kitchen Today Act Regulations Safeguards Order Scheme Aid
    Refuge Recovery Funding NI Cymru Inspector Agent Worker Officer Manager Director Coordinator Co-ordinator
    Adviser Advisor Consultant Administrator Supervisor Superintendent Practitioner Specialist Assistant Treasurer
    Trustee Programme Strategy Framework Guidance Voice Voices Therapy Therapies Water Reservoir Island
    Rovers United Athletic Wanderers Albion Rangers Harriers Hotspur Villa FC AFC RFC GAC GAA
    Magna Parva Regis Episcopi Mobility Herald Gazette Echo Chronicle Courier Advertiser Agency SSSI Canal
    Navigation Navigations""".split()  # the last words of villages' Latin names: 'Chew Magna', 'Bognor Regis'
    + _TRADES
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|via|into|towards|around|outside|past|through|beyond|across|inside|within|above|below|beside|"
    r"behind|along|between|beneath|opposite|off|round|up|down)\s+"
    # and a part of it: 'in rural Tyrone', 'in north Belfast', 'across south-west Wales'
    r"(?:(?:rural|urban|north|south|east|west|northern|southern|eastern|western|central|mid|inner|outer|greater|"
    r"coastal|upland|north-east|north-west|south-east|south-west)\s+)?$"
)
_PLACE_BEFORE_ONE = re.compile(r"\b(?:at|from|to)\s+$")  # before one word: "bus to Aldbrook", "at Greggs"
_ORG_WORDS = frozenset(
    """Association Society Group Club Council Trust Forum Ltd Limited Partnership Network Alliance Union Federation
    Committee Foundation Charity""".split()
)
_ORG_AFTER = re.compile(
    r"['’]?s?\s*(?:[A-Z]\w*\s+)?(?:Association|Society|Group|Club|Council|Trust|Forum|Ltd|Limited|Partnership|"
    r"Network|Alliance|Union|Federation|Committee|Foundation|Charity|Centre|Surgery|Practice|Kitchen|Cafe|Café|"
    r"Directors|Estate|Aid|Refuge|Recovery|" + "|".join(_TRADES) + r")\b"
)
_THE_BEFORE = re.compile(  # "the Dolphins", "a red Fiesta", "the old Granary"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:red|blue|green|black|white|silver|grey|gray|old|new|big|little|small|local|"
    r"nearby|main|same|whole)\s+)?$"
)
# a place noun after the run: "Luss village shop", "the Crianlarich works", "Aldbrook Road"
_PLACE_AFTER = re.compile(
    r"\s+(?:village|town|city|area|estate|station|road|street|lane|centre|center|hospital|school|council|"
    r"library|park|church|surgery|branch|office|offices|site|car park|bridge|river|valley|ward|parish|county|"
    r"district|high street|community|harbour|beach|hall|club|shop|store|market|team|unit|service|department|"
    r"project|scheme)\b"
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
# the next word of a name, after a particle too: 'Pádraig Ó Dochartaigh', 'Aoife Ní Bhriain'
_WORDS = re.compile(rf"[{_UP}{_LO}'’]+")  # the words of a line, apostrophes kept
_NEXT_NAME = re.compile(
    rf" ((?:(?:Ó|Ní|Nic|Mac|Mc|Uí|Ua|Van|Von|De|Di|Da|Le|La|Du|Al|El|Bin|van|von|de|di|da|le|la|du|al|el|bin) )?"
    rf"{_NAME_TOKEN})\b"
)
_CAP_SPAN = re.compile(rf"(?<![\w-])(?<!\w['’]){_NAME_TOKEN}(?: {_NAME_TOKEN})*\b")  # "'Maisie would"
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
Headteacher Headteachers Head-teacher Headmaster Headmistress Principal Deputy Governor Governors Governing
Teacher Teachers Therapist Psychologist Paediatrician Caseworker Keyworker Advocate SENDCo SENDCO Virtual Forest
Labour Conservative Conservatives Tory Tories Liberal Democrat Democrats LibDem SNP Plaid DUP UUP SDLP Sinn Reform
Foodbank Councillors Sirs Colleagues Officers Licensing Planning Hiya Hi Hey Morning Evening Afternoon
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
    "Paddock|Orchard|Glade|Heath|Leys|Lea|Crest|Path|Steps|Loanen|Opes|Ope|Drove"
)
_HOUSE = (
    "Cottage|House|Farm|Farmhouse|Barn|Lodge|Mill|Manor|Hall|Villa|Bungalow|Grange|Rectory|Vicarage|Forge|"
    "Granary|Stables|Coach House|Maltings|Mansions|Court|Buildings|Wharf|Tower|Point|Garth|Steading|Bothy"
)
_CAPWORD = rf"(?:[{_UP}][{_LO}'’]+(?:-(?:(?:y|yr|r|n|a|an|na|ar|o)-)?[{_UP}][{_LO}'’]+)*)"
# Welsh, Gaelic and Irish street names put the kind of street first: 'Ffordd yr Orsaf', "Rhodfa'r Môr",
# 'Sràid na h-Eaglaise', 'Bóthar na Croise', 'heol y felin'
_CELTIC_STREET_WORDS = "Heol|Ffordd|Stryd|Lôn|Clos|Rhodfa|Cilgant|Teras|Llys|Rhes|Maes|Sràid|Sráid|Rathad|Bóthar|Bothar"
_WELSH_STREET = (
    rf"(?:(?:{_CELTIC_STREET_WORDS})(?:['’]r| (?:y|yr|na|nan|an|a['’]|na h-(?=[{_UP}])))?"
    rf" ?{_CAPWORD}(?: {_CAPWORD})?"
    rf"|(?:{_CELTIC_STREET_WORDS.lower()})(?: (?:y|yr|na|an))? [a-zâêîôûŵŷàèìòùáéíóú]{{3,}})"
)
_STREET_NAME = rf"(?:{_CAPWORD}\s+){{1,3}}(?:{_STREET})\b"
_STREET_LOWER = rf"(?:[a-z'’]+\s+){{1,3}}(?:{_STREET.lower()})\b"
# with a Scottish tenement flat's floor and door before it: '3F2, 41 Balcraig Road', 'PF1 12 Leith Walk'
ADDRESS = re.compile(
    rf"(?:\b(?:[1-9]F[1-9]|PF[1-9]|GF[1-9]?|MF[1-9]?),?\s+)?"
    rf"(?<![\w£$€.,/-])\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}})?,?\s+{_STREET_NAME}\.?"
)
# in lower case only where an address starts (line, comma, at, on): '3 sandpit lane', not '2 miles down the lane'
ADDRESS_LOWER = re.compile(rf"(?<![\w£$€.,/-])\d{{1,4}}[a-z]?,?\s+{_STREET_LOWER}")
_ADDRESS_START = re.compile(r"(?:^|\n|,|\bat|\bon)\s*$")
ADDRESS_DE = re.compile(
    rf"\b[{_UP}][{_LO}]+(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|steig|pfad)\s+\d{{1,4}}[a-z]?\b"
)
FLAT = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th) [Ff]loor,? )?\b(?:Flat|Apartment|Apt|Unit|Fflat)\.?\s+\d+[A-Za-z]?(?:/\d+)?"
    rf"(?:,?\s+(?:(?:The\s+)?(?:{_CAPWORD}\s+){{0,2}}(?:{_HOUSE})|The\s+{_CAPWORD})\b"
    rf"|,\s+{_CAPWORD}(?: (?:{_CAPWORD}|y|yr|r|na|an)){{1,3}}(?= and\b| on\b| above\b| in\b|[,.]))?"
    # and the street after the building, as one address: 'Flat 6, Chandos House, Fernside Road'
    rf"(?:,\s+(?:\d{{1,4}}[A-Za-z]?\s+)?(?:(?:{_CAPWORD}\s+){{0,2}}(?:{_STREET})\b|{_CAPWORD}(?=\s*(?:,|\n|$))))?"
)
# in lower case or with the block around it: 'flat 3b', 'flat 9 in Ullswater House', 'Derwent House, flat 56'
FLAT_ANY = re.compile(
    rf"(?:(?:{_CAPWORD}\s+){{1,2}}(?:{_HOUSE}),\s+)?(?:\b\d{{1,2}}(?:st|nd|rd|th) [Ff]loor,? )?"
    rf"(?i:\b(?:flat|apartment|apt|maisonette|bedsit|apartamento|appartement|apartament|mieszkanie))\.?\s+"
    rf"(?:\d+[A-Za-z]?(?:/\d+)?|[A-H])\b"
    rf"(?:,?\s+(?:in|at|of)?\s*(?:the\s+)?(?:{_CAPWORD}\s+){{1,2}}(?:{_HOUSE})\b"
    rf"|,\s+{_CAPWORD}(?: (?:{_CAPWORD}|y|yr|r|na|an)){{1,3}}(?= and\b| on\b| above\b| in\b|[,.]))?"
)
# homes that are not houses: a caravan or chalet by its number, with the park it stands on; a hotel or hostel room
# lived in; a boat by its name ('static caravan no. 62', 'caravan 41, Sandhills Park', 'Room 12, Meadowbank Hotel',
# 'a narrowboat, Meadowsweet,')
_PARK = (
    rf"(?:(?:{_CAPWORD}\s+){{1,3}}(?:Park|Site|Village|Estate|Sands|Yard|[Ss]ite)(?: Homes)?"
    rf"|Parc(?: (?:{_CAPWORD}|y|yr)){{1,4}})\b"
)
OTHER_HOME = re.compile(
    rf"(?i:\b(?:(?:static |touring )?caravan|chalet|mobile home|pitch))\s+(?:(?i:no)\.?\s*)?[A-Z]?\d+[A-Za-z]?\b"
    rf"(?:,?\s+(?:(?:at|on|in)\s+)?(?:the\s+)?{_PARK})?"
    rf"|\b(?:Room|room)\s+\d+[A-Za-z]?,\s+(?:the\s+)?(?:{_CAPWORD}\s+){{1,3}}(?:Hotel|Hostel|Inn|House|Lodge|Hall|Court)\b"
    # a caravan's own name before its pitch or plot: 'Sea Holly, plot 47', 'Sandpiper, pitch 88'
    rf"|(?<![\w'’-])(?!(?:Yes|No|Our|My|And|But|Well|So|Also|Then|Now|Hello|Hi|Dear|Sir|Madam|Thanks|Please)\b)"
    rf"(?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}},\s+(?:(?i:pitch)\s+[A-Z]?\d+[A-Za-z]?\b(?:,?\s+(?:the\s+)?{_PARK})?"
    rf"|(?i:plot)\s+[A-Z]?\d+[A-Za-z]?,?\s+(?:the\s+)?{_PARK})"  # a plot in a park: not 'Persimmon, plot 14'"
    # a park home's plot with its park: 'plot 27, Parc Glan y Môr', 'Plot 9, Riverside Park Homes'
    rf"|\b[Pp]lot\s+\d+[A-Za-z]?,?\s+(?:(?:at|on|in)\s+)?(?:the\s+)?{_PARK}"
)
# where in a building someone lives, said in words: 'the ground floor flat at 22 Shelley Road', 'my flat above the
# shop', 'the top maisonette', 'staff flat 2' (a home cue must come before it: see addresses._described_homes)
FLAT_DESCRIBED = re.compile(
    r"\b(?:(?i:(?:top|ground[- ]floor|first[- ]floor|second[- ]floor|third[- ]floor|\d{1,2}(?:st|nd|rd|th)[- ]floor|"
    r"basement|attic|upstairs|downstairs|upper|lower|garden|staff) (?:flat|maisonette|bedsit))(?: \d{1,3}[a-z]?\b)?"
    r"|(?i:(?:flat|maisonette|bedsit|room) (?:above|over) (?:the|a|an) (?:[\w'’-]+ ){0,2}?"
    r"(?:shop|takeaway|chippy|chip shop|pub|cafe|café|bakery|butchers?|newsagents?|garage|post office|salon|bookies|"
    r"restaurant|launderette|chemists?|pharmacy|bank|surgery|hairdressers?))"
    r"|[Rr]oom \d{1,3}[a-z]?(?:,? on the (?:ground|first|second|third|top|\w+) floor"
    r"|, (?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+(?=[,.]))?"
    r"|\d[FG]\d{1,2})\b"
)
_HOME_BEFORE = re.compile(
    r"(?i:\b(?:live|lives|living|lived|rent|rents|renting|stay|staying|home|my|our|his|her|their|moved into|"
    r"is|bedsit|housing))\W[^.!?\n]{0,12}$"
)
# a named block that is someone's home: 'I rent a flat in Harbour Court', 'a room in a shared flat in Gantry Wharf'
BLOCK_HOME = re.compile(
    r"(?i:\b(?:flat|room|bedsit|maisonette|apartment)\b)[^.!?\n]{0,25}?\bin "
    rf"((?:{_CAPWORD} ){{1,2}}(?:Court|House|Tower|Wharf|Mansions|Heights|Point|Buildings))\b"
)
# a numbered flat in a named block, with no word for flat: '27 Fenning House', 'number 4, Hatfield House'
NUMBERED_BLOCK = re.compile(
    rf"(?<![\w£$€.,/-])(?:(?i:number|no\.?) )?\d{{1,4}}[A-Za-z]?,? (?:{_CAPWORD} ){{1,2}}"
    r"(?:House|Tower|Mansions|Buildings|Point|Heights)\b"
)
BOAT_HOME = re.compile(
    rf"(?i:\b(?:narrowboat|narrow boat|houseboat|barge|boat))(?:,| called| named)\s+['‘\"“]?"
    rf"({_CAPWORD}(?: {_CAPWORD}){{0,2}})"
)
# a flat's street after it: 'flat 7b on Linden Walk', 'the flat 3/2 at 41 Nethergate'
FLAT_STREET_AFTER = re.compile(
    rf",?\s+(?:(?:above|over|behind|next to) (?:the|a) [\w'’ -]{{2,25}}? )?(?:on|at|in|of)\s+"
    rf"((?:\d{{1,4}}[A-Za-z]?\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})|{_STREET_NAME}|{_WELSH_STREET})"
)
# a date right after a person's name is their date of birth: 'Alfie Brookes-Hart (09/09/2014)', 'Wullie Soutar,
# 12/6/1941.'
DATE_AFTER_NAME = re.compile(rf"\s*(?:,|\()\s*({_DATE})(?=\s*[),.;\n]|\s*$)")
# the same name in another script, in brackets after it: 'Zhang Wei (张伟)', 'Olena (Олена)'
SCRIPT_AFTER_NAME = re.compile(r"\s*\(([^\x00-\x7F()\n]{1,20})\)")
# a home named by a word only homes have, moved to or lived at: 'moved to Whitehaugh Cottage', 'at Burnfoot
# Cottage since'
HOME_BY_NAME = re.compile(
    rf"\b(?:(?:moved|came|retired|went)\b[^.!?\n]{{0,40}}?\b(?:to|into)|(?:at|in) )\s*"
    rf"((?:The )?{_CAPWORD}(?: {_CAPWORD})? (?:Cottage|Farmhouse|Bungalow|Croft|Farm))\b"
    r"(?! (?:[Ss]hop|[Pp]ark|[Tt]ea|[Cc]afe))"
)
# a house name in quotes before its numbered street: "'Rosemount', 22 Ashgrove Road"
QUOTED_HOUSE = re.compile(
    rf"['‘\"“]({_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})['’\"”],?\s+(?=\d{{1,4}}[A-Za-z]?,?\s+{_CAPWORD})"
)
# "I live on X", "we are in Flat 3", "my address is": what follows is an address, whatever its shape
_LIVE = Cued(
    re.compile(
        r"(?i:\bbyw (?:gyda (?:ni|fi) )?(yn|ym|yng|ar)\b"
        r"|\b(?:live|lives|living|lived|reside|resides|residing|stay|stays)\s+"
        r"(?:(?:alone|here|now|still|together|currently|out|up|down|over|with (?:us|me|them|him|her))\s+)?"
        # where on the map first: 'live on her own up at', 'live right on the boundary at', 'live on the fen edge at'
        r"(?:(?:right\s+)?on (?:(?:my|our|his|her|their) own|the [a-z]+(?: [a-z]+)?)\s+"
        r"(?:(?:up|down|out)\s+)?(?=at\b))?"
        r"(on|at|in|oan)\b|\b(?:house|home|bungalow|cottage)\s+(?:is\s+)?(at|on|in)\b"
        r"|\b(?:my|our|her|his) address(?: is)?:?"
        r"|\baddress:|\bour (?:road|street)(?: is)?,?"
        r"|\b(?:we are|we're|i am|i'm|she is|he is|is)\s+(in|at)(?=\s+(?:flat|apartment)\b))"
        r"\s+(?:(?:the|number|no\.?)\s+)?"
    )
)
_NUMBERED = re.compile(rf"\d{{1,4}}[A-Za-z]?,?\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}")
# where someone lives: a street soon after a verb of living ('live at the bottom of Sallowmere Road'), or right
# after 'residents of', 'my road,', 'our house on', 'we're on' (a street further on is a landmark: 'our house is
# near the stop on Station Road')
_LIVE_NEAR = Cued(
    re.compile(
        r"(?i:\bborn and (?:bred|raised) (?:on|in)\b|\bbyw (?:ar|yn)\b"
        r"|\b(?:house|home|farm|cottage|bungalow)\b[^.!?\n]{0,20}?\bis (?:at the (?:top|bottom|end) of|just off)"
        r"|\b(?:on (?:my|his|her|our|their) own|alone) (?:on|in)\b"  # 'I'm 79 and on my own on Chapel Row'
        r"|\b(?:live|lives|living|lived|stay|stays)\s+(?:(?:up|down|along)(?: the)?\b|"
        r"(?:(?:out|up|down|over|right|still|now|alone|together|here)\s+)?"
        r"(?:at the (?:top|bottom|end|far end) of|on the corner of|halfway (?:up|down)|just off|"
        r"at|on|in|off|near|by|with|opposite|above|below|behind|over|next to|oan)\b))"
    )
)
_LIVE_RIGHT = Cued(
    re.compile(
        # ('residents of X are worried' are a street's many, not one home)
        r"(?i:\b(?:resident|(?:we|as|us) residents) (?:of|on|in)\b|"
        r"\b(?:those of us|us lot|ours|my two-bed|(?:a |my |our )?council house|"
        r"(?:my|our|his|her|their) (?:terraced|semi-detached|semi|detached|end-terrace) (?:house|home)|"
        r"(?:care|nursing|residential) home|"
        r"my (?:mum|mam|nan|gran|dad|da|mother|father)['’]?s?(?: place| house| home| flat| bungalow)?) on\b|"
        r"\b(?:my|our) (?:own )?(?:(?:back|front) )?(?:road|street|close|lane|house|home|flat|"
        r"bungalow|cottage|garden|gate|drive|driveway|door)\b"
        r"(?:,| is| on| in| at| \()*|\b(?:we'?re|we['’]m|we are|i'?m|i am)"
        r"(?:(?: up| down| out| over| round)? (?:on|in)\b| up\b| down\b))\s*"  # 'We'm on', 'We're up Heol y Nant'
    )
)
# something of a home and what happened to it there: 'my shed was broken into on Hedley Terrace', 'our fence blew
# down at Moorside Close'. A gap naming another place ('our house is near the stop on Station Road') stops it.
_HOME_EVENT = re.compile(
    r"(?i:\b(?:my|our|his|her|their|[a-z]+['’]s) (?:own |family |old |new )?"
    r"(?:house|hoose|home|hame|shed|garage|garden|fence|bungalow|cottage|caravan|flat|front door|back door|back gate|"
    r"front gate|roof|windows?|driveway|mortgage)"
    r"((?: (?!(?:near|by|opposite|behind|past|beside|from|to|the|a|an|and|but|or|when|while|because|towards?)\b)"
    r"[a-z'’]+){0,5}?) (?:on|in|at)\b)\s*"
)
_STREET_IN = re.compile(
    rf"(?<![\w'’-])(?:\d{{1,4}}[A-Za-z]?,?\s+)?({_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})\s+(?:{_STREET})\b"
    rf"|(?<![\w'’-])(?:\d{{1,4}}[A-Za-z]?,?\s+)?{_WELSH_STREET}\b"
    rf"|(?<![\w'’-])(?:[a-z'’]+\s+){{1,2}}(?:{_STREET.lower()})\b"
)


# -- what the redactor's passes over names and places read ------------------------------------------------------

# a place named after someone: "Scott's View", "Rob Roy's Grave", "Lady Anne's Well"
_LANDMARK_AFTER = re.compile(
    r"['’]s (?:View|Grave|Well|Cross|Leap|Seat|Cave|Monument|Folly|Stone|Chair|Bay|Point|Rock|Tower|Walk|Way)\b"
)
# a name in lower case alone on the last line, perhaps with its place: 'dont change it\ndewi', 'wattie scott, ardle'
# a lower-case name closing the text after its last sentence, a first name first: '... with that chimney. tam
# mcconville' (confirmed as the other lower-case cues are)
_END_LOWER = re.compile(r"[.!?]\s+([a-z][a-z'’-]+ (?:mc|mac|o['’])?[a-z][a-z'’-]+)[ \t]*\Z")
_LAST_LINE_LOWER = re.compile(
    r"\n[ \t]*([a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?)[ \t]*(?:,[ \t]*[a-z][a-z '’-]{1,30}|\(\d{1,2}\))?[ \t]*x*[ \t]*\Z"
)
# what a name before these words stands for is a variety, and what someone grew up on or in is a place
_GROWN_AFTER = re.compile(
    r" (?:potatoes|onions|tomatoes|apples|pears|plums|roses|beans|peas|carrots|leeks|strawberries|raspberries|"
    r"variety|varieties|seeds|bulbs|tulips|daffodils)\b"
)
_GREW_UP_IN = re.compile(r"\b(?:grew up|brought up|born and (?:bred|raised)|raised|went to school) (?:on|in)\s+$")
_CAPS_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-–—~][ \t]*)?(?:(?:MR|MRS|MS|MISS|DR|MR AND MRS|MR & MRS)\.? )?"
    r"([A-Z][A-Z'’-]+(?:(?: AND| &)? [A-Z][A-Z'’-]+){1,3})[ \t]*(?:\((?:Mr|Mrs|Ms|Miss|Dr)\))?"
    r"[ \t]*,?[ \t]*$"
)
_NEXT_CAP = re.compile(r" [A-Z][a-z]+\b")
# words a role word is followed by that say something of the person, not their name
_NOT_A_NAME = frozenset("born aged age died deceased passed nee née name names next downstairs upstairs".split())
# a partner's name joined to a firm's: 'Hartley & Dunn Chartered Surveyors', 'Marsh and Lowe Solicitors',
# 'Hussain & Sons'
_FIRM_AFTER = re.compile(
    r" (?:&|and) (?:Sons?|Daughters?|Co|Partners)\b"  # 'Hussain & Sons', 'Rees and Daughters'
    r"| (?:&|and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*(?= )" + _ORG_AFTER.pattern[len(r"['’]?s?") :]
)

_STREET_AFTER = re.compile(r" (?:Street|St\b|Road|Rd\b|Lane|Way|Walk|Hill|Close)")
# after a name standing alone: the end of its line or sentence, or a phone number or an email
_ALONE_AFTER = re.compile(
    r"[ \t]*(?:[.!]?[ \t]*(?:\n|$)|\.[ \t]+(?=[A-Z])|,?[ \t]*(?:\+?\d[\d ]{8,}\d|[\w.+-]+@[\w-]+\.))"
)
_CONTACT_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:\+?\d[\d ]{8,}\d|[\w.+-]+@[\w-]+\.)")
# after a name signing a text, its address up to a postcode: 'Chantelle, Glenview Park, bt35 6hx'
_ADDRESS_AFTER = re.compile(r",[ \t]*(?:[^,.!?\n]{1,40},[ \t]*){0,2}" + POSTCODE.pattern)


_ORG_SHAPE = re.compile(
    r"(?i:\b(?:council|team|department|dept|office|services?|hall|centre|center|borough|authority|ltd|limited|plc|"
    r"trust|board|committee|society|association|church|school|surgery|hospital|officer|manager|director|"
    r"consultation|planning|policy)\b)"
)


def _org_line_shape(line: str) -> bool:
    """A line of an organisation's address ('Planning Policy Team', 'Town Hall'), never a home's."""
    return bool(_ORG_SHAPE.search(line))


def widen_span(s: Span, text: str, common: frozenset[str]) -> Span:
    """What a recogniser leaves visible beside a span: a name's initials ('R. [Passmore]'), a forename and particle
    before it ('Wim de [Boer]': not 'The de') and a particle and surname after it ('[Annelies] de Boer'); a school's
    kind after it in any case ('[Knowle Bank] primary', as a text in capitals is read)."""
    if s.kind == "SCHOOL" and (m := _SCHOOL_KIND_AFTER.match(text, s.end)):
        return Span(s.start, m.end(), s.kind)
    if s.kind != "NAME":
        return s
    a, b = s.start, s.end
    if m := _INITIALS_BEFORE.search(text, max(0, a - 12), a):
        a = m.start()
    elif (m := _FORENAME_BEFORE.search(text, max(0, a - 40), a)) and m.group(1).lower() not in common:
        a = m.start()
    return Span(a, m.end() if (m := _PARTICLED_AFTER.match(text, b)) else b, s.kind)


# a person's verb after a name: 'Pam held his hand', 'Ciarán at the centre rang' (people.names_by_verb)
_PERSON_VERB = (
    r",? (?:is|was|has|had|hasn['’]t|isn['’]t|wasn['’]t|goes|went|does|doesn['’]t|did|didn['’]t|can|can['’]t|"
    r"cannot|could|couldn['’]t|will|won['’]t|would|wouldn['’]t|needs|needed|loves|loved|likes|liked|gets|got|says|"
    r"said|starts|started|uses|used|struggles|struggled|attends|attended|came|comes|told|asked|"
    r"ran|runs|helped|helps|works|worked|lives|lived|drives|drove|knows|knew|cares|cared|wrote|writes|spent|spends|"
    r"gave|gives|took|takes|thinks|thought|felt|feels|wants|wanted|tried|tries|died|moved|stayed|waited|left|"
    r"worries|worried|cried|explained|organised|organises|volunteers|volunteered|visits|visited|phoned|rang|emailed|"
    r"held|holds|sat|sits|fell|falls|saw|sees|met|meets|brought|brings|paid|pays|walked|walks|talked|talks|smiled|"
    r"shouted|hugged|cooked|cooks|cleaned|cleans|collapsed|slipped|tripped|screamed|panicked|hates|hated|enjoys|"
    r"enjoyed|misses|missed|remembers|remembered|"
    r"and (?:I|me|her|his))\b"
)

# a post a signer holds after their name: 'Dolores Mackintosh-Bell, Secretary' (no place listed beside it)
_POSTS = frozenset(
    "Secretary Chair Chairman Chairwoman Chairperson Treasurer Clerk President Coordinator Organiser".split()
)
# the words of a post held, not a person's name: 'Club Captain', 'Pharmacist and Owner' (people, addresses)
_OFFICE_WORDS = _POSTS | frozenset(
    "Club Captain Vice Match Owner Pharmacist Manager Director Officer Head Deputy Assistant Senior Lead Warden "
    "Steward Coxswain Trustee Governor Headteacher Proprietor Partner Founder Minister Branch Leader Depute Teacher "
    "and of the".split()
)
# a route's start is a place: 'I ride from Cefn Garw to the station' (people.not_a_person); without the 'to', it may
# be a home ('I ride out from Penlan Uchaf most mornings')
_ROUTE_FROM = re.compile(r"(?i:\b(?:ride|cycle|walk|drive|travel|commute)s?(?: \w+){0,2} from )$")
# a school where the writer works, not a child's: 'I am SENCO at', 'I teach at', 'Depute Head Teacher, X High'
_STAFF_AT = re.compile(
    r"(?i:(?:^|\n|\b(?:i am|i'm|im|as|we are)\b)[^.!?\n]{0,30}?\b(?:teach|teacher|headteacher|head|senco|alnco|"
    r"sendco|ta|governor|principal|nurse|staff|chair)(?:,| at| of| in| for)|\b(?:i|we) (?:teach|work) (?:at|in))"
    r"\s*(?:the )?\Z"
)
