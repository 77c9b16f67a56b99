"""The shapes of personal data that need no context to be found, or only a cue word: emails, phones, postcodes,
NHS and National Insurance numbers, vehicle registrations, handles, reference numbers and dates of birth.
recognisers.py turns them into the registry; redaction_patterns.py holds the name and address patterns."""

from __future__ import annotations

import re

from .cued import Cued

# letters of names in any Latin script: "Müller", "Wiesława", "Bláithín", "Zając"
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower()) + "\u1e00-\u1eff"

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
# written to dodge spam filters: 'tran.family at example dot net', 'nhung.pham[at]example.com'
EMAIL_SPELLED = re.compile(
    r"(?<![\w.+-])(?:[\w+-]+\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*)*[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s|\s@\s?|@\s)\s*[\w-]+"
    r"(?:\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*[\w-]+)*\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*"
    r"(?:com|net|org|co|uk|ie|gov|ac|edu|de|fr|nl|at|info|me)\b"
)
# the same with AT and DOT in capitals ('p_mills AT example DOT org'): both words must be there
EMAIL_SPELLED_CAPS = re.compile(
    r"(?<![\w.+-])[\w.+-]+ AT [\w-]+(?: DOT [\w-]+)* DOT (?i:com|net|org|co|uk|ie|gov|ac|edu|de|fr|nl|info|me)\b"
)
# (no line break inside: 'Tel 0113 496 0448' above a date line is a phone, not twelve digits)
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{2,3}[ \t-]?(?:\(0\)[ \t-]?)?|\(?0)\d[\d \t()\-]{7,14}\d(?![\w])")
_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX "
    "FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG "
    "NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS "
    "TW UB W WA WC WD WF WN WR WS WV YO ZE"
).split()
_AREA_SET = frozenset(_AREAS)
POSTCODE = re.compile(r"(?<![\w-])([A-Za-z]{1,2})\d[A-Za-z\d]?[ \t]*\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\w-])")
# an email to a team's mailbox is no person's: info@, hello@, enquiries@ ... (a secretary's or a clerk's is one
# person's)
_ROLE_MAILBOX = re.compile(
    r"(?i)^(?:info|hello|enquiries|enquiry|admin|contact|office|team|bookings?|sales|support|consultations?|"
    r"reception|mail|post|general|customer\w*|feedback|press|media|noreply|no-reply)[@._-]"
)
# a German or other continental five-digit postcode, only where an address line puts it: ", 82131 Gauting"
# written loosely after the word postcode: 'postcode LS 6 2QX', 'my postcode: m14 5 rt'
POSTCODE_CUED = re.compile(
    r"(?i:\bpost ?code\b(?:\s+(?:is|was))?\s*[:-]?\s*)([A-Za-z]{1,2} ?\d[A-Za-z\d]? ?\d ?[A-Za-z] ?[A-Za-z])(?![\w-])"
)
POSTCODE_EU = re.compile(rf"(?<![\w.,/-])\d{{5}}(?= [{_UP}][{_LO}]+)")  # kept only after ', ' or a line start
NHS_NUMBER = re.compile(r"(?<![\w+-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\w-])")
_NHS_CUE = re.compile(r"(?i:\b(?:nhs|chi|health (?:and care )?number|patient)\b)")
NI_NUMBER = re.compile(
    r"(?<![\w-])(?!(?i:bg|gb|nk|kn|tn|nt|zz))[A-CEGHJ-TW-Za-ceghj-tw-z][A-CEGHJ-TW-Za-ceghj-tw-z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\w-])"
)
VEHICLE_REG = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[a-z]{2}\d{2} ?[a-z]{3}|[A-Z]\d{1,3} ?[A-Z]{3}"
    r"|[A-Z](?:I[A-Z]|[A-Z]Z) ?\d{1,4}|[a-z](?:i[a-z]|[a-z]z) ?\d{3,4}"  # Northern Ireland's: 'LKZ 9031', 'lkz 9031'
    r"|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])"  # 1963-83's 'JWA 418F'
)
_VEHICLE_CUE = re.compile(
    r"(?i:\b(?:car|cars|van|vehicle|reg|registration|plate|permit|ticket|pcn|parked|park|driv\w*|motor\w*|fine|"
    r"jeep|lorry|truck|pickup|pick-up|tractor|motorbike|bike|moped|scooter|taxi|minibus|drove)\b)"
)
HANDLE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
    r"|\b(?:https?://)?(?:www\.)?(?:facebook|instagram|twitter|x|tiktok|linkedin|threads)\.com/[\w.\-/]+"
)
# a handle named before its network, or a display name after it: 'my page is valleymam3 on insta', "I'm on facebook
# as Kirsty Glen Mum"
_HANDLE_BEFORE = re.compile(
    r"\b([a-z][a-z0-9_.]*[0-9_.][a-z0-9_.]*[a-z0-9_]) on (?i:insta|instagram|tiktok|facebook|fb|snapchat|twitter|x)\b"
    r"|(?i:\bon (?:facebook|fb|insta|instagram|tiktok) as) ((?:[A-Z][\w'’-]+ ?){1,4})(?<! )"
)
# the networks a bare handle follows: the pattern and the cheap cue (a word set) are built from one list
HANDLE_NETWORKS = frozenset(
    "instagram insta facebook fb tiktok twitter threads snapchat snap strava youtube twitch discord bluesky "
    "reddit".split()
)
_HANDLE_CUE = Cued(
    re.compile(
        rf"(?i:\b(?:{'|'.join(sorted(HANDLE_NETWORKS))}|page|account|handle)\b)\W{{1,3}}(?:is |at |on |me |me on |as )?"
        r"([a-z0-9_]+[._][a-z0-9_.]*[a-z0-9_])(?![\w@])"
    )
)
# hospital, account and other reference numbers: letters and at least six digits, or digits after a cue
ID_NUMBER = re.compile(r"(?<![\w/.-])(?:[A-Z]{1,5}[- ]?\d[\d -]{3,}\d[A-Z]?|\d{4,}[A-Z])(?![\w/-])")
_ID_CUE = Cued(
    re.compile(
        r"(?i:\b(?:hospital|patient|mrn|medical record|record|account|acct|reference|ref|customer|case|client|"
        r"tenancy|claim|membership|payroll|council tax|service|matric|matriculation|student|staff|employee|"
        r"licence|license|index|pcn|badge|permit|no(?=\.))\b"
        r"(?:\s+(?:no|number|num|id|is|was|account|reference|ref))*\.?\s*[:#]?\s*)"
        r"((?:[A-Z&]{0,6}[- ]?)?\d[\d -]{3,}\d[A-Z]?)(?![\w/])"
    )
)
# one's own number after what it is, a word or two between: 'My student number is 2230417', 'my card number from
# the library is CCE 448 821', 'our ref with the team is FC/2291/K', 'My SBI is 106 478 229', 'My staff number is
# NIFRS 20417'. Four digits at least; a date, money or a year is no number of this kind ('£14,000', '2024')
OWN_NUMBER = Cued(
    re.compile(
        r"(?i:\b(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:number|no|num|ref|reference|id|account|acct|card|licence|license|permit|badge|sbi|cph|herd|flock|holding|"
        r"payroll|register|claim|case|tenancy|membership|customer|ticket|pcn)\.?"
        r"(?:\s+(?:number|no|num|id|ref|reference))?(?:\s+(?!is\b)[a-z'’]+){0,4}?\s*(?:\s(?:is|was)|:|,|#)\s*)"
        r"((?:[A-Z]{1,6}[ /-]?|[a-z]{1,6}-){0,2}\d[\d /-]{2,16}\d(?:[ /-]?[A-Z]{1,3})?)(?![\w/£$€%-])"
    )
)
# a code of letters and digits in parts, shaped like no word, date or road: 'GCC/FPN/004417', 'LIC-F-20877',
# 'PCH-M0933184' (four digits at least); a planning application's number is public unless it is one's own
SEPARATED_CODE = re.compile(
    r"(?<![\w/.-])(?=[A-Z0-9/-]*\d(?:[A-Z/-]*\d){3})[A-Z]{1,6}(?:[/-][A-Z0-9]{1,10}){1,4}(?![\w/-])"
)
_PLANNING_SUFFIX = re.compile(r"/(?:FUL|OUT|HOU|LBC|REM|ADV|COU|TPO|DIS|VAR|RES|OUTM|FULM|PA|PN|AGR|CLE|CLP)$")
# the words a reference with separators follows: the pattern and the cheap cue (a word set) are built from one list
REF_WORDS = frozenset(
    "reference ref crime incident case claim policy account permit badge complaint tenancy customer holding licence "
    "license certificate register registration number".split()
)
# a reference with separators after a cue ('crime number was NM/23/118472', 'Reference CAZ-EX-20417')
_REF_CUE = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(REF_WORDS))})\b"
    r"(?:\s+(?:no|number|num|id|is|was|ref|reference))*\.?\s*[:#,]?\s*)"
    # a letter and three digits at least ('2024-25' is a year); a planning application's number is public. Its
    # letters may stand apart: 'CPH 12/345/6789'
    r"((?:[A-Z]{2,4} (?=\d)|(?=[\w/-]*[A-Za-z]))(?=(?:[A-Za-z/-]*\d){3})"
    r"[A-Za-z0-9]{1,10}(?:[/-][A-Za-z0-9]{1,10}){1,4}"
    r"|\d{3,10}/\d{2,10}/\d{2,10}"  # digits only in three parts: 'registration 284731/410/19522'
    r"|\d{2}/\d{3}/\d{4})(?![\w/-])"  # a holding's County Parish Holding number, never a date: 'holding 81/452/0039'
)
_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
)
_DATE = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?!\d)|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?(?: of)? {_MONTH},? \d{{4}}|"
    rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|"
    # 'born in March 2012', "born 3 May '12", 'DOB 3rd May 12'
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?(?: of)? {_MONTH},? '?\d{{2}}(?!\d)|{_MONTH},? \d{{4}}|"
    # '21-Jan-1977', '1942-03-19'
    rf"\d{{1,2}}[./ -]{_MONTH}[./ -](?:\d{{4}}|\d{{2}})(?!\d)|(?:19|20)\d\d-\d\d-\d\d(?!\d))"
)
DATE_OF_BIRTH = re.compile(
    r"(?P<cue>(?i:\b(?:born|b\.(?= ?\d)|d\.?\s?o\.?\s?b\.?|date of birth|birth ?date|birthday|geboren|geb\.|"
    r"dyddiad geni|ganwyd)(?![\w])))[^.!?\n\d]{0,60}?(?P<date>" + _DATE + ")",
)
