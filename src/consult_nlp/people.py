"""Who is a person and who is not: what keeps places, firms, vessels, storms, pets, peoples and festivals named
like people out of [NAME], and where a signature gives its writer's name and home. redaction.py uses both.
"""

from __future__ import annotations

import re
from collections import Counter

from .addresses import _WELSH_STREET_RE, _house_like, _street_like
from .cued import Cued
from .name_lists import uk_first_names
from .recognisers import _SCHOOL_CUE, _SCHOOL_TOKEN, _SCHOOL_TYPE, _TITLE_WORDS, _org_line
from .redaction_patterns import (
    _AND_AFTER,
    _AND_BEFORE,
    _CAPS_LINE,
    _CONTACT_LINE,
    _END_NAME,
    _FIRM_AFTER,
    _FULL_NAME,
    _NAME_TOKEN,
    _NAME_TOKEN_RE,
    _NER_WORD,
    _OFFICE_WORDS,
    _ORG_AFTER,
    _ORG_WORDS,
    _PERSON_VERB,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_FIRST,
    _PLACE_NAME,
    _POSTS,
    _REL_CAPS,
    _REL_SET,
    _RELATIONS,
    _ROUTE_FROM,
    _SIGNATURE,
    _STOP_CAPS,
    _THE_BEFORE,
    _TRADES,
    _WORDS,
    ADDRESS,
    FIELD_WORDS,
    POSTCODE,
    TITLED_NAME,
    Span,
    name_lists,
    overlaps,
)

# named like people but not people: characters, brands, breeds; a consultation adds its own with keep_words
NOT_PEOPLE = (
    "Mr Men", "Little Miss", "Mr Tumble", "Mr Bean", "Peppa Pig", "Postman Pat", "Thomas the Tank Engine",
    "Paddington", "Winnie the Pooh", "Father Christmas", "Santa Claus", "Doctor Who", "Jack Russell",
    "John Lewis", "Marks & Spencer", "Marks and Spencer", "Sainsbury's", "Morrisons", "Greggs", "Ronald McDonald",
    "Marie Curie", "Macmillan", "Barnardo's", "Down's syndrome", "Asperger's", "Parkinson's", "Alzheimer's",
    "Crohn's", "Huntington's", "Tourette's", "Duchenne", "Alder Hey", "Great Ormond Street", "Evelina",
    "Young Lives vs Cancer", "Mr Whippy", "Mr Kipling", "Mr Muscle", "Mr Sheen", "Mr Blobby", "Mr Motivator",
    "Mrs Doubtfire", "Mrs Brown's Boys", "happy as Larry", "Bob's your uncle", "Heath Robinson", "Billy No-Mates",
    # churches and the schools named after them
    "Our Lady", "Our Lady's", "Our Lady of Lourdes", "Our Lady of Fatima", "Our Lady of Mount Carmel",
    # characters children and their parents name
    "Peter Rabbit", "Mr McGregor", "Jemima Puddle-Duck", "Mrs Tiggy-Winkle", "Tom Kitten", "Fireman Sam",
    "Bob the Builder", "Noddy", "Rupert Bear", "Horrid Henry", "Shaun the Sheep", "Wallace and Gromit", "Sooty",
    "Mr Blobby", "Mr Benn", "Oor Wullie", "The Broons", "Sali Mali", "Dennis the Menace", "Harry Potter",
    "Spot the Dog", "Hey Duggee", "Topsy and Tim", "Biff and Chip", "George Pig", "Captain Tom", "Tracy Beaker",
    "Katie Morag", "Lassie", "Bluey", "Paw Patrol", "Fifi and the Flowertots", "Postman Pat", "Mrs Brown's Boys",
    "Gavin & Stacey", "Gavin and Stacey", "Doc Martin", "Poldark", "Peaky Blinders", "Tommy Shelby", "Roland Rat",
    "Del Boy", "Only Fools and Horses", "Coronation Street", "Emmerdale", "EastEnders",
    "Dr Martens", "Doc Martens", "Dr Oetker", "Captain Birdseye", "Harbour Master", "Harbourmaster", "Lollipop Man",
    # national schemes named like people
    "Ask for Angela", "Best Bar None", "Purple Flag", "Street Pastors", "Duke of Edinburgh's Award",
    "Sign Supported English", "Pupil Equity Funding",
    # authors and characters named as the books people borrow
    "Roald Dahl", "Beatrix Potter", "Enid Blyton", "Julia Donaldson", "David Walliams", "Jacqueline Wilson",
    "Michael Morpurgo", "Terry Pratchett", "Agatha Christie", "Lee Child", "Jack Reacher", "Catherine Cookson",
    "Danielle Steel", "Stephen King", "Charles Dickens", "Jane Austen", "Judith Kerr", "Eric Carle", "Dick King-Smith",
    # political parties named like people
    "Sinn Féin", "Sinn Fein", "Plaid Cymru", "Fianna Fáil", "Fine Gael", "Alba Party",
    "Duke of Edinburgh", "Prince's Trust", "King's Trust",
    # bookmakers, pawnbrokers and lenders named like people
    "William Hill", "Paddy Power", "Coral", "Ladbrokes", "Betfred", "Boylesports", "Cash Converters", "Ramsdens",
    "Albemarle", "Cash Generator", "Brighthouse",
    # the Mr Men whose names are no one's surname ('Little Miss' covers hers)
    *(f"Mr {w}" for w in """Tickle Greedy Happy Nosey Sneeze Messy Topsy-Turvy Silly Uppity Daydream Forgetful Jelly
    Noisy Lazy Funny Chatterbox Fussy Bounce Muddle Dizzy Impossible Grumpy Clumsy Worry Nonsense Skinny Mischief
    Clever Grumble Perfect Cheerful Rude Nobody Nervous Cheeky Bossy""".split()),
    # greetings and blessings in other languages
    "Buna ziua", "Pozdrawiam", "Z poważaniem", "Dziękuję", "Dzień dobry",
    "Dobrý den", "Dobry den", "Merhaba", "Selamat pagi", "Sawubona", "Ni hao",
    "Allah Hafiz", "Khuda Hafiz", "Jazakum Allahu khairan", "Jazak Allah", "Jazakallah khair", "Assalamu alaikum",
    "Salaam alaikum", "As-salamu alaykum", "Sat Sri Akal", "Jai Shri Krishna", "Jai Shri Ram", "Waheguru Ji Ka Khalsa",
    "Waheguru Ji Ki Fateh", "Hari Om", "Radhe Radhe", "Ram Ram", "Tapadh leat", "Mòran taing", "Go raibh maith agat",
    # mountains named like people
    "Ben Nevis", "Ben Macdui", "Ben Lawers", "Ben More", "Ben Lomond", "Ben Ledi", "Ben Vorlich", "Ben Arthur",
    "Ben Wyvis", "Ben Alder", "Ben Cruachan", "Ben Hope", "Ben Loyal", "Ben Venue", "Ben Vrackie", "Ben Chonzie",
    "Ben Lui", "Ben Starav", "Ben Avon", "Ben Klibreck", "Ben Rinnes", "Ben Nevis Range",
    # conditions named after the doctors who described them
    "Raynaud's", "Addison's", "Cushing's", "Graves' disease", "Hodgkin's", "Bell's palsy", "Ménière's", "Meniere's",
    "Paget's", "Sjögren's", "Sjogren's", "Guillain-Barré", "Guillain-Barre", "Dupuytren's", "Lewy body",
    "Creutzfeldt-Jakob", "Perthes", "Osgood-Schlatter", "Kawasaki disease", "Lyme disease", "Motor Neurone",
    # plant and apple varieties named like people
    "King Edward", "King Edwards", "Maris Piper", "Sweet William", "Pink Fir Apple", "Kelvedon Wonder", "Ailsa Craig",
    "Cox's Orange Pippin", "Granny Smith", "Bramley",
)  # fmt: skip

# words capitalised as names are but naming no one: peoples, languages and faiths ('I am Roma from Slovakia'),
# festivals ('After Newroz'), greetings in other languages ('Inshallah') and Scottish islands ('book
# Mull or Skye'); a name a cue introduces ('my daughter Skye') is still found
NOT_NAME_WORDS = frozenset(
    """Afghan African Albanian Algerian American Arab Arabic Asian Bangladeshi Bengali British Bulgarian Cantonese
    Caribbean Chinese Congolese Cornish Croatian Czech Dutch English Eritrean Ethiopian European Filipino French
    Gaelic German Ghanaian Greek Gujarati Gypsy Gypsies Hindu Hungarian Indian Iranian Iraqi Irish Italian Jamaican
    Japanese Jewish Kashmiri Kenyan Kurdish Kurd Kurds Latvian Lithuanian Mandarin Manx Moroccan Muslim Nepali
    Nigerian Pakistani Polish Portuguese Punjabi Roma Romani Romany Romanian Russian Scottish Sikh Slovak Somali
    Spanish Sudanese Syrian Tamil Traveller Travellers Turkish Ukrainian Urdu Vietnamese Welsh Yemeni Yoruba Igbo
    Hausa Zimbabwean Tigrinya Amharic Farsi Pashto Dari Sylheti Mirpuri Hindi Brazilian Colombian Albanians
    Showmen Showman Irish Traveller
    Eid Diwali Vaisakhi Baisakhi Hanukkah Chanukah Nowruz Newroz Holi Ramadan Passover Pesach Easter Christmas
    Hogmanay Samhain Beltane Imbolc Eisteddfod Navratri Onam Pongal Purim Yom Kippur Rosh Hashanah Lent Advent
    Inshallah Mashallah Alhamdulillah Subhanallah Jazakallah Salaam Shalom Namaste Diolch Slainte Sláinte
    Skye Mull Islay Jura Arran Orkney Shetland Anglesey Tiree Coll Barra Uist Eigg Iona Bute Raasay Colonsay
    Lismore Kerrera Gigha Cumbrae Rathlin Lundy Sark Alderney Guernsey Jersey
    Wor Oor Metro Kernow Gorsedh""".split()  # the North's and Scotland's 'our'; Tyneside's trains; Cornwall
)

# what is named like a person but is not one, by the words around it: a storm, a pet ('my dog is called Dai'), a pub
# ('the Lord Nelson'), a shop; searched in the 30 characters before every name, its openings found first (17 us)
_NOT_A_PERSON_BEFORE = Cued(
    re.compile(
        r"(?:\bStorm|\b(?i:dog|dogs|puppy|pup|cat|kitten|pony|horse|mare|terrier|collie|spaniel|labrador|lurcher|"
        r"greyhound|whippet|retriever|rabbit|parrot|budgie|hamster|guinea pig|dug|cats|ponies|horses|mares|rabbits|"
        r"hens|goats|donkeys|cobs)(?:,| is called| was called| called| named| are called)?"
        r"(?:\s+[A-Z][a-z]+,?\s+(?:and|&))?"  # 'horses, Molly and'
        r"|\bthe (?:Lord|Duke|Marquis|Earl|King|Queen|Prince|Princess|Admiral|General)"
        # a business by what it is: 'our takeaway, Golden Dragon', 'the cafe Blue Door'
        # a brand by what it comes in: 'cans of Frosty Jack's', 'a bottle of Glen's'
        r"|\b(?i:cans?|bottles?|tins?|packets?|packs?|bags?|boxes|box|jars?|cartons?|tubs?) of"
        r"|\b(?i:takeaway|restaurant|cafe|café|pub|bar|salon|shop|chippy|business|company|church|chapel|taverna|"
        r"bakery|butcher|butchers|florist|hotel)(?:,| called| named)?"
        r"|\bevery"  # a feast or a day that comes round: 'baklava every Bayram', 'every Diwali'
        r"|(?:&|\band) (?:Sons?|Daughters?|Co|Bros)"  # the rest of a firm's name: 'Mistry & Sons Cash and Carry'
        # a firm by what is done with it: 'we deliver for Castell Howell', 'milk is collected by Dale Farm', 'I drive
        # for Eddie Stobart', 'I run Hosegood Garden Services'
        r"|\b(?i:deliver(?:s|ed|ing)? for|supplied by|collected by|(?:bought|buy|buying|order|ordered|seeds?) from|"
        r"contract(?:ed|s)? (?:with|by)|employed by|stockists? of|work(?:s|ed|ing)? for|drive(?:s)? for|driving for|"
        r"(?:i|we) run|(?:i am|i'm|im|we are|we're|originally|(?:i|we|they) (?:come|came)) from)"  # a home country
        r"|\b(?:RNLB|MV|FV|MFV|HMS|RMS|SS)|\b(?i:trawler|crabber|lifeboat|ferry|vessel|ship|tug|launch|yacht|crew of"
        r"(?: the)?|(?:boat|launch) is(?: the)?|(?:skipper|skippered|skippers|went down with) the|(?:crew|crewed|"
        r"deckhand|skipper|skippered|fished|fishing|sail|sailed|sailing|work|worked|works) (?:on|aboard)(?: the)?))"
        r"\s*$"  # a vessel: 'the beam trawler Girl Rachel', 'RNLB Mary Trewin', 'I skipper the Girl Rachel'
    ),
    short=0,
)
_NOT_A_PERSON_FIRST = re.compile(
    r"(?:Storm|Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras|Llys|Rhes|Rathad|Bóthar|NHS|Girl) "
)
_NOT_A_PERSON_AFTER = re.compile(
    r"['’]s (?:[A-Z][a-z]+ )?(?:Caf[eé]|Kitchen|Bar|" + "|".join(_TRADES) + r")\b"  # "Bhamra's Wine Bar"
    # a condition named after someone: 'Williams syndrome', "Crohn's disease", 'Bell's palsy'
    r"|['’]?s? (?i:syndrome|disease|palsy|sarcoma|dystrophy|ataxia|anomaly|sequence)\b"
    # a pet by what it is: 'Bernard (a basset hound, not a person)', 'Bailey, the therapy dog'
    r"|,? the (?:\w+ )?(?:dog|cat|pony|horse|rabbit)\b"
    r"|(?: is| was)? (?:my|our|a|an|the) (?:[\w'’]+ ){0,2}(?:dog|cat|spaniel|terrier|collie|labrador|lurcher|whippet|"
    r"greyhound|poodle|pony|horse)\b"
    r"|[ \t]*\((?:a|an|our|my|the) [^()]{0,30}?(?:dog|hound|cat|terrier|spaniel|collie|labrador|lurcher|pony|horse|"
    r"retriever|poodle|whippet|greyhound|rabbit|budgie|parrot|tortoise)\b"
    # a brand by what it makes: "Rachel's yoghurt"
    r"|['’]s (?:yoghurts?|yogurts?|seeds|crisps|biscuits|pies|sausages|ice cream|cakes|bread|cheese|milk|beers?|gin|"
    r"whisky|cider|coffee|tea|chocolate|sauce|jam|fudge|compost)\b"
    # a town's first word: 'Leigh-on-Sea', 'Stratford-upon-Avon', 'Chester-le-Street', 'Newcastle-under-Lyme'
    r"|-(?:on|upon|under|le|en|in|by)-[A-Z]"
)


_ORG_NEXT = re.compile(
    r" (?:Services|Department|Dept|Directorate|Team|Unit|Division|Office|Authority|Agency|Board|Committee|Council|"
    r"Group|Trust|Partnership|Association|Society|Federation|Foundation)\b"
)

_FIRM_LAST = re.compile(r"(?:['’]s)? (?:" + "|".join(sorted({*_TRADES, "Co"})) + r")$")

_CAP_BEFORE = re.compile(r"(?:[A-Z][\w'’-]* )+$")


def _run_start(text: str, i: int) -> int:
    """Where the capitalised words ending at i begin: 'the beam trawler Girl Rachel' -> 'Girl'."""
    m = _CAP_BEFORE.search(text, max(0, i - 40), i)
    return m.start() if m else i


_HOUSE_END = re.compile(r" (?:Farm|Farmhouse|Cottage|Cottages|House|Lodge|Croft|Bungalow|Barn|Grange|Manse|Mill)$")
# Welsh and Gaelic house names open with their kind: "Ty'n y Fron", 'Bryn Awelon', 'Taigh na Creige'
_HOUSE_START = re.compile(r"(?:T[yŷ](?:['’]n)?|Tyddyn|Bryn|Pen|Plas|Hafod|Hafan|Bod|Cartref|Taigh|Tigh) ")


# a building or place named after a word or a person: the name is the place's, not someone's; after a strong
# one, whatever the name ('Ebenezer Chapel'), after a weak one only when it does not start with a first name
_STRONG_PLACE = frozenset(
    "Centre Center Church Chapel Station Library Museum Stadium Reservoir Hospital Infirmary Academy College Park "
    "Tavern".split()
)
_PLACE_LAST = re.compile(
    r" (?:"
    + "|".join(sorted(_STRONG_PLACE | {"Hall", "Mill", "Market", "Bridge", "Loch", "Arms", "Inn"}))
    + r"|Leisure Centre|Community Centre)\b(?![ -][A-Z])"
)


def person_first(pat: re.Pattern, name: str, first: frozenset[str]) -> bool:
    """One word after a title, or a known first name and one more word, is a person's name even when its last word
    names organisations too ('Mrs Church', 'my neighbour Jean Hall')."""
    words = name.split()
    return (pat is TITLED_NAME and len(words) == 1) or (
        pat is not TITLED_NAME and len(words) == 2 and words[0] in first
    )


def _place_named(text: str, s: Span) -> bool:
    """A name that is a place's: a word for a building or place ends it, or comes right after it, and it does not
    start with a first name ('Calder Mill', 'Orange' before 'Hall'; 'Jean Hall' stays a person)."""
    end = _PLACE_LAST.match(text, s.end)
    inside = next((m for m in _PLACE_LAST.finditer(text, s.start, s.end) if m.end() == s.end), None)
    if not (end or inside):
        return False
    if (end or inside).group().strip() in _STRONG_PLACE:
        return True  # 'Ebenezer Chapel', 'Tiernan Park': no person is named so
    head = text[s.start : s.end].split()[0]
    return head not in name_lists()[0]


def person_line(line: str) -> bool:
    """A letterhead line that names a person, not a house or street: initials or a known first name first, and no
    street word ('R. J. Venner'; not 'Glen Ogle Road')."""
    words = line.split()
    if not words or _street_like(line.strip(), set()):
        return False
    return bool(re.match(r"(?:[A-Z]\. ?)+[A-Z]", line.strip())) or words[0] in name_lists()[0]


def heads_address(after: list[str], keep: set[str]) -> bool:
    """Whether the lines after a name are its address: short lines, one of them a postcode or a street."""
    for ln in after:
        ln = ln.strip()
        if not ln or len(ln.split()) > 6 or ln[-1:] in ".!?:":
            return False
        if POSTCODE.fullmatch(ln) or ADDRESS.match(ln):
            return True
        for part in ln.split(","):  # 'Kinloch, Cragg View'
            part = part.strip()
            if part and (_street_like(part, keep) or _WELSH_STREET_RE.fullmatch(part)):
                return True
    return False


def signer_home(text: str, m: re.Match, keep: set[str]) -> list[Span]:
    """The home a signer gives after their name: a street ('Wilma, Kilmore Road'), a house before the town ('Carol,
    Moorside, Calderwick': the house, not the town) or alone when a farm or house ('Tom Metcalfe, Greenhow Farm');
    never an office ('Dolores Mackintosh-Bell, Secretary')."""
    rest = m.group(2) or ""
    if not rest.startswith(","):
        return []
    parts = [(p.start(), p.group()) for p in re.finditer(r"[^,]+", rest)]
    out = []
    for k, (a, g) in enumerate(parts):
        g2 = g.strip().rstrip(".")
        start = m.start(2) + a + len(g) - len(g.lstrip())
        if _street_like(g2, keep) or _WELSH_STREET_RE.fullmatch(g2):
            out.append(Span(start, start + len(g2), "ADDRESS"))  # 'Wilma, Kilmore Road', 'Matt Pascoe, Trelawney Row'
        # the last part is the town, unless a farm or a house
        elif k < len(parts) - 1 or _HOUSE_END.search(g2) or _HOUSE_START.match(g2):
            if g2 and _house_like(g2, keep) and not _org_line(g2) and len(g2.split()) <= 3:
                out.append(Span(start, start + len(g2), "ADDRESS"))
    return out


def not_a_person(text: str, s: Span) -> bool:
    """A name-shaped span the words around it say is no one: a storm, a pet, a pub, a shop or brand, a vessel, a
    firm, a place or building named after someone, or one word before an organisation's ('the Head of Marine
    Services')."""
    run = _run_start(text, s.start)
    return bool(
        _NOT_A_PERSON_BEFORE.search(text, max(0, s.start - 30), s.start)
        or (run != s.start and _NOT_A_PERSON_BEFORE.search(text, max(0, run - 30), run))
        or _NOT_A_PERSON_AFTER.match(text, s.end)
        or _NOT_A_PERSON_FIRST.match(text, s.start, s.end)  # 'Storm Babet', 'Ffordd Caernarfon'; not 'Storm is four'
        or _place_named(text, s)  # 'Calder Mill', 'Ballykeel Orange Hall'; not 'Jean Hall'
        or (" " not in text[s.start : s.end] and _ORG_NEXT.match(text, s.end))
        or _FIRM_LAST.search(text, s.start, s.end)  # 'Hosegood Garden Services', "Pascoe's Boatyard"
        or _FIRM_AFTER.match(text, s.end)  # 'Morris & Pugh Chemists'
        or (bool(ws := _WORDS.findall(text, s.start, s.end)) and _OFFICE_WORDS.issuperset(ws))  # 'Club Captain'
        or (text.startswith(" to ", s.end) and bool(_ROUTE_FROM.search(text, max(0, s.start - 30), s.start)))
    )


def after_first_name(text: str, i: int) -> bool:
    """A one-word brand, character or place right after a first name is a surname ('Janet Bramley')."""
    m = re.search(r"\b([A-Z][a-z]+)[ \t]+$", text[max(0, i - 20) : i])
    return bool(m) and m.group(1) in name_lists()[0] and m.group(1) not in _STOP_CAPS


def name_ok(name: str, keep: set[str], common: set[str]) -> bool:
    """Some capitalised word of it is neither an everyday word nor one the whole consultation shares, and it is no
    campaign's call ('Save Larchfield House', 'Keep Our Library Open')."""
    toks = name.replace("-", " ").split()
    if toks and toks[0] in _SLOGAN_FIRST:
        return False
    return any(t not in keep and t not in common for t in toks if t[:1].isupper() and len(t.rstrip(".")) > 1)


def signature_spans(text: str, keep: set[str], common: set[str]) -> list[Span]:
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
            before_org = k == len(lines) - 2 and _org_line(lines[k + 1][1])
            before_contact = (
                before_org
                or not last
                and bool(
                    _CONTACT_LINE.search(lines[k + 1][1])
                    and not POSTCODE.match(lines[k + 1][1].strip())
                    or ADDRESS.match(lines[k + 1][1].strip())
                    or POSTCODE.match(lines[k + 1][1].strip())
                    and text[:start].endswith("\n\n")
                )
            )
            # or it heads an address: its house and street on the lines after it ('Gwenno ap Iorwerth\nGwêl y
            # Môr\nRhodfa'r Môr', 'Seonag NicIllinnein\nDruim Fada\nTarsay\nPA78 6TY')
            heads = (
                (k >= len(lines) - 5 or (k <= 1 and person_line(line)))  # a signature's address, or a letterhead's
                and not last
                and not POSTCODE.fullmatch(lines[k + 1][1].strip())  # a town is the line above a postcode
                and heads_address([ln for _, ln in lines[k + 1 : k + 5]], keep)
            )
            if not (last or before_contact or heads or k == 0 and len(lines) > 3 and _CONTACT_LINE.search(lines[1][1])):
                continue
            m = _SIGNATURE.match(line)
            if m and (any(w in _ORG_WORDS for w in _WORDS.findall(line)) or _org_line(m.group(1))):
                continue  # "Harcourt Residents' Association": an organisation signs too
            if m and " " not in m.group(1) and _THEN_FULL_NAME.match(line, m.end(1)):
                continue  # a closing word before the name: 'Dhanyabad, Sunita Gurung', 'Obrigada, Renata Souza'
            if m and len(m.group(1).split()) <= 5 and name_ok(m.group(1), keep, common):
                words = [w for w in m.group(1).split() if w[:1].isupper()]
                if all(w in keep or w in common for w in words[1:]) and len(words) > 1:
                    continue
                out.append(Span(start + m.start(1), start + m.end(1), "NAME"))
    # a name in capitals alone on one of the last lines: 'GLADYS ROWBOTHAM', 'TAM HOGG'
    first, last = name_lists()
    heads = _CAPS_LINE.finditer(text[:120])  # a letterhead: 'GLADYS ROWBOTHAM (Mrs)'
    for line in (*heads, *_CAPS_LINE.finditer(text, max(0, len(text) - 120))):
        # 'MERVYN AND IRENE STEWART': each name of a couple
        for part in re.finditer(r"(?<!\S)(?!AND\b)[^\s&]+(?: (?!AND\b)[^\s&]+)*", line.group(1)):
            words = [w.capitalize() for w in part.group().split()]
            known = words[0] in first or words[-1] in last
            if known and not any(w in keep or w in common for w in words):
                out.append(Span(line.start(1) + part.start(), line.start(1) + part.end(), "NAME"))
    m = _END_NAME.search(text, max(0, len(text) - 160))  # it ends the text: only its end is searched
    if m and name_ok(m.group(1), keep, common) and not _org_line(m.group(1)):  # not 'Weardale Motors'
        toks = _NAME_TOKEN_RE.findall(m.group(1))
        # every word a name's ('Thank You' is not), or a known first name first ('Patrick Ward', ward a word)
        named = toks[0] in first and toks[0] not in keep and toks[0] not in common
        # after a comma, a single word is a name only if it is a first name or has initials: 'Manchester, a great
        # city.'; 'A. J. Moysey, 01632 960 457'
        one = len(toks) > 1 or bool(_INITIALLED.match(m.group(1)))
        if (all(t not in keep for t in toks) or named) and (named or one or not m.group(2)):
            out.append(Span(m.start(1), m.end(1), "NAME"))
            out += signer_home(text, m, keep)
    return out


_LINE = re.compile(r"[^\n]+")
_THEN_FULL_NAME = re.compile(r",[ \t]*[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+")
_INITIALLED = re.compile(r"[A-Z]\. ?[A-Z]?\.? ?[A-Z][a-z]")


def whole_word(text: str, sp: Span) -> Span:
    """A name is redacted to its word's ends: a pattern that stops inside 'NicIllFhinnein' must not leave 'Fhinnein'."""
    s, e = sp.start, sp.end
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    while e < len(text) and text[e].isalpha():
        e += 1
    return sp if (s, e) == (sp.start, sp.end) else Span(s, e, sp.kind)


# a name by what is said of it: 'Precious, who is 14', 'Dolina MacLeod, is 93', 'Chester from number 6', 'Marcus
# the housing officer', 'Shanice (daughter of the tenant', "I'm nan to Brook and Tyler-James"
SAID_OF_NAME = (
    (  # 'Precious, who is 14', 'Chester from number 6', 'Shanice (daughter of the tenant'
        frozenset("who who's aged number no daughter son wife husband mother father mum dad widow partner".split()),
        re.compile(
            rf"\b({_FULL_NAME}),? (?:(?:who is|who's|aged) \d{{1,3}}\b|from (?:number|no\.?) \d"
            rf"|\((?:daughter|son|wife|husband|mother|father|mum|dad|widow|partner|carer|grand(?:son|daughter)) of\b"
            rf"|(?:mum|mam|mom|mother|dad|father) of (?:\d|one|two|three|four|five)\b)"
        ),
    ),
    (  # a response's named contact: 'Contact: Heledd Vaughan, secretary'
        frozenset(["contact"]),
        re.compile(rf"\b[Cc]ontact(?: name)?: ?({_FULL_NAME})"),
    ),
    (  # 'Dolina MacLeod, is 93'
        frozenset(["is"]),
        re.compile(rf"\b({_FULL_NAME}), is \d{{1,3}}\b"),
    ),
    (  # "I'm nan to Brook and Tyler-James"
        frozenset("nan nana nanna gran granny grandma grandad grandpa aunt auntie uncle guardian carer".split()),
        re.compile(
            rf"\b(?:I['’]m|I am|we['’]re|we are) (?:(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|dad|"
            rf"aunt|auntie|uncle|carer|foster carer|kinship carer|guardian|special guardian)s? to) "
            rf"({_FULL_NAME}(?:(?:,| and| &) {_FULL_NAME}){{0,3}})"
        ),
    ),
    (  # 'Marcus the housing officer'
        frozenset(
            "officer worker keyworker caretaker warden carer neighbour landlord landlady manager nurse visitor "
            "teacher councillor".split()
        ),  # fmt: skip
        re.compile(
            rf"\b({_NAME_TOKEN}(?: {_NAME_TOKEN})?),? (?:the|our|my) (?:housing officer|social worker|support worker|"
            rf"key ?worker|caretaker|warden|carer|neighbour|landlord|landlady|manager|officer|nurse|health visitor|"
            rf"teacher|councillor)\b"
        ),
    ),
)  # each pattern with the words a text must hold for it to be worth running


def worded_name_repeats(
    text: str, spans: list[Span], taken: list[Span], keep: set[str], common: set[str], shared: set[str] = frozenset()
) -> list[Span]:
    """A name that is also a word or a place, which a cue found ('our daughter Hope', 'my son Jordan'), or a word NER
    alone called a name, where else the text speaks of that person: before "'s" or a verb ('Hope's school',
    'Nothing about Jordan has changed', 'Bailey has been'). Elsewhere the word stays ('I hope', 'in Jordan')."""
    words = {
        w
        for sp in spans
        if sp.kind in ("NAME", _NER_WORD)
        for w in _NAME_TOKEN_RE.findall(text[sp.start : sp.end])
        if (sp.kind == _NER_WORD or w in keep or w in common)
        and len(w) > 2
        and w not in _STOP_CAPS
        and w not in _FIELD
        and w not in shared
    }
    out: list[Span] = []
    for w in words:
        a = text.find(w)
        while a >= 0:
            b = a + len(w)
            before = text[a - 1] if a else " "
            if not (before.isalnum() or before in "_'’-") and _NAME_USE_AFTER.match(text, b):
                if not overlaps(a, b, (*taken, *out)):
                    out.append(Span(a, b, "NAME"))
            a = text.find(w, b)
    return out


_FIELD = frozenset(FIELD_WORDS)
_NOT_NAME_OR_FIELD = NOT_NAME_WORDS | _FIELD
_SLOGAN_FIRST = frozenset(
    "Save Keep Stop Protect Support Fund Defend Scrap Reopen Reverse Hands Vote Ban Halt Rethink Listen".split()
)


def joined_names(text: str, spans: list[Span], taken: list[Span], keep: set[str], common: set[str]) -> list[Span]:
    """A capitalised word joined by 'and' to a one-word name is a name too ('Tyreece and Millie ran the tuck shop'),
    unless it is a known word, a place's shape, or begins a sentence ('Hope and Millie' stays to the cue rules)."""
    out: list[Span] = []
    for sp in spans:
        if sp.kind not in ("NAME", _NER_WORD) or " " in text[sp.start : sp.end].strip():
            continue
        for m in (_AND_BEFORE.search(text, max(0, sp.start - 30), sp.start), _AND_AFTER.match(text, sp.end)):
            if (
                not m
                or (" and" not in m.group() and " &" not in m.group())
                or m.group(1) in keep
                or m.group(1) in common
            ):
                continue
            a, b = m.start(1), m.end(1)
            if _PLACE_NAME.fullmatch(m.group(1)) or _ORG_AFTER.match(text, b) or _PLACE_AFTER.match(text, b):
                continue
            first = min(a, sp.start)
            if _PLACE_BEFORE.search(text, max(0, first - 40), first):
                continue  # 'in Burnley and Nelson': places
            if re.search(r"(?:^|[.!?:;\n]\s*)\Z", text[max(0, a - 3) : a]) and m.group(1) not in name_lists()[0]:
                continue  # a sentence's first word is capitalised whatever it is, unless a known first name
            if not overlaps(a, b, (*taken, *out)):
                out.append(Span(a, b, "NAME"))
    return out


def names_by_verb(
    text: str, lower: Counter[str], keep: set[str], common: set[str], shared: set[str] = frozenset()
) -> list[Span]:
    """A known first name no corpus word shares, where only a person stands: first in a sentence before a person's
    verb ('DEMI-LEIGH WAS', read as 'Demi-Leigh was'), in lower case after 'our' ('our ollie goes'). And initials."""
    first, uk = name_lists()[0], uk_first_names()
    out: list[Span] = []
    opening = list(_SENTENCE_FIRST_WORD.finditer(text))
    found = [(m, first, _VERB_AFTER) for m in opening]
    if ", my " in text or ", our " in text:  # 'Sophie, my daughter, is 7'
        found += [(m, first, _RELATION_APPOSED) for m in opening]
    if "our " in text or "my " in text or "Our " in text or "My " in text:
        # in lower case only a name of the project's own list ('our ollie'), not a word some locale gives
        found += [(m, first if m.group(1)[0].isupper() else uk, _NAME_USE_AFTER)
                  for m in _OUR_LOWER_WORD.finditer(text)]  # fmt: skip
    # a lower-case name before an age, however the sentence starts: 'jayden is 12 n has autism'
    found += [(m, uk, _AGE_AFTER) for m in _LOWER_WORD_AGE.finditer(text)] if " is " in text or " age" in text else []
    if sum(map(str.isupper, text)) * 50 < len(text):  # texting: 'cerys cried', 'shannon the advice woman phoned'
        found += [(m, uk, _TEXTING_AFTER) for m in _LOWER_WORD.finditer(text)]
    for m, known, after in found:
        name = m.group(1)
        parts = name.split("-")
        # 'Our Jordan goes': a family's 'Our' before a verb makes a name of a country's or a town's name
        ours = name[0].isupper() and text.startswith("Our ", m.start()) and bool(_VERB_AFTER.match(text, m.end(1)))
        if len(name) > 2 and parts[0].capitalize() in known and after.match(text, m.end(1)) and all(
            p.capitalize() in first and (p.capitalize() not in keep or ours and p not in _NOT_NAME_OR_FIELD)
            and p.capitalize() not in common and lower.get(p.lower(), 0) <= (1 if after is _VERB_AFTER else 3)
            for p in parts
        ):  # fmt: skip
            out.append(Span(m.start(1), m.end(1), "NAME"))
    for m in _FROM_NUMBER.finditer(text) if " number" in text or " no" in text else ():
        if m.group(1) in first and m.group(1) not in _STOP_CAPS:
            out.append(Span(m.start(1), m.end(1), "NAME"))
    for m in _NAME_AT_SCHOOL.finditer(text) if _SCHOOL_CUE.search(text) else ():  # 'and Noah at Fernhill Academy'
        name = m.group(1)
        if name in first and name not in _STOP_CAPS and name not in shared and name_ok(name, keep, common):
            out.append(Span(m.start(1), m.end(1), "NAME"))
    for m in _ROLE_NAME_IS.finditer(text) if "name" in text else ():  # "my daughters name is Lily-Mae"
        out.append(Span(m.start(1), m.end(1), "NAME"))
    for m in _CHILD_NAME.finditer(text) if _CHILD_NAME_KEYS.search(text) else ():
        name = m.group(1)
        # a child's: 'Chester is in Year 2', 'from Ruby age 10', "Faith's year"; 'Olena and her two boys'
        # (a place a child is named after, in a school year: 'Chester is in Year 2')
        if name in _STOP_CAPS or (name in _FIELD and not m.group(2)) or name in shared or len(name) < 3:
            continue
        if name.split("-")[0] in first or (not m.group(3) and name not in keep and name not in common):
            out.append(Span(m.start(1), m.end(1), "NAME"))
    return out + initials_spans(text, keep)


_ROLE_NAME_IS = re.compile(
    r"(?i:\b(?:son|daughter|child|grandson|granddaughter|grandchild|brother|sister|boy|girl|carer|baby|twin|"
    r"nephew|niece|partner|husband|wife|mum|dad)(?:['’]?s|s['’])? name (?:is|was)\s+)"
    r"([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?(?: [A-Z][\w'’]+)?|[a-z][a-z'’]+(?:-[a-z]+)?)"
)
_CHILD_NAME = re.compile(
    rf"(?<![\w'’-])({_NAME_TOKEN}(?:-{_NAME_TOKEN})?)(?:,? \(?(?:age|aged) \d{{1,2}}\b| \(\d{{1,2}}\)"
    rf"|( (?:is|was) (?:now )?in (?:[Yy]ear|[Yy]r|P\d|[Rr]eception|[Nn]ursery)\b)"
    r"|['’]s (?:year|class|teacher|school|nursery|EHCP|EHC plan|plan|diagnosis|TA|SENCO|key ?worker|taxi|escort)\b"
    r"|( and (?:her|his) (?:\w+ )?(?:boys?|girls?|kids|children|sons?|daughters?|husband|wife|partner)\b))"
)
_CHILD_NAME_KEYS = Cued(
    re.compile(
        r"(?i:\bage|in (?:year|yr|p\d|reception|nursery)|and (?:her|his) |\(\d|['’]s (?:year|class|teacher|school"
        r"|nursery|ehc|plan|diagnosis|ta\b|senco|key ?worker|taxi|escort))"
    )
)
_SENTENCE_FIRST_WORD = re.compile(rf"(?:\A|(?<=[.!?])\s+|\n\s*)({_NAME_TOKEN}(?:-{_NAME_TOKEN})?)")
_LOWER_WORD_AGE = re.compile(r"(?<![\w'’-])([a-z]{3,}(?:-[a-z]+)?)(?= (?:is|was|age|aged) \d{1,2}\b)")
_AGE_AFTER = re.compile(r" (?:is|was|age|aged) \d")
_LOWER_WORD = re.compile(r"(?<![\w'’@.#/-])([a-z]{3,}(?:-[a-z]+)?)(?![\w'’@/-])")
_TEXTING_AFTER = re.compile(rf"{_PERSON_VERB}| go\b| the (?:[a-z]+ )?(?:woman|man|lady|fella)\b")
_OUR_LOWER_WORD = Cued(re.compile(r"\b(?:[Oo]ur|[Mm]y) ([a-z]+(?:-[a-z]+)?|(?<=Our )[A-Z][a-z]+)"))  # 'Our Jordan goes'
# a neighbour by the house they live in: 'Chester from number 6 says the same', 'Jean at no. 12'
_FROM_NUMBER = re.compile(rf"(?<![\w'’-])({_NAME_TOKEN}) (?:from|at|in) (?:number|no\.?) ?\d{{1,3}}\b")
_VERB_AFTER = re.compile(rf"(?: (?:at|behind) the(?: [\w'’&-]+){{1,4}}?)?{_PERSON_VERB}")  # 'Ciarán at the centre rang'
_NAME_AT_SCHOOL = re.compile(
    rf"(?<![\w'’-])({_NAME_TOKEN}) (?:at|attends) (?=(?:{_SCHOOL_TOKEN} ){{1,6}}{_SCHOOL_TYPE}\b)"
)  # a child at a school: 'and Noah at Fernhill Academy'
_RELATION_APPOSED = re.compile(rf", (?:my|our) (?:{_RELATIONS.lower()})\b")
_NAME_USE_AFTER = re.compile(rf"['’]s\b|{_PERSON_VERB}")


def initials_spans(text: str, keep: set[str]) -> list[Span]:
    """A person given only by initials ('a young person on my caseload, K.M., was'): two or three capitals with full
    stops, standing alone (before a surname they are part of a name the other rules find), and no abbreviation
    ('U.K.', 'S.E.N.', 'P.S.')."""
    if "." not in text:
        return []
    out = []
    for m in _INITIALS.finditer(text):
        letters = m.group(1).replace(".", "").replace(" ", "")
        if letters in keep or letters.capitalize() in keep or letters in _DOTTED_ABBREVIATIONS:
            continue
        out.append(Span(m.start(1), m.end(1), "NAME"))
    return out


_INITIALS = re.compile(r"(?<![\w.])([A-Z]\.(?: ?[A-Z]\.){1,2})(?![\w.]| ?[A-Z][a-z])")
_DOTTED_ABBREVIATIONS = frozenset(
    "UK US USA EU UN NB PS PPS AM PM OK TV IT RE PE MP MSP AM BBC ITV DIY IOU RSVP ASAP AKA ETA QC KC OBE MBE CBE "
    "BA BSC MA MSC PHD GP GCSE SEN ASD ADHD OCD PTSD CV ID VIP RIP NHS DVLA DOB NI LA PRU SLT SNA HR PA PC DC".split()
)


def names_before_births(text: str, spans: list[Span], keep: set[str]) -> list[Span]:
    """The name a date of birth follows is a person's: 'the little girl I look after, Destiny-Rae, date of birth
    04/07/2017'."""
    out = []
    for sp in spans:
        if sp.kind != "DATE_OF_BIRTH":
            continue
        cued = _BIRTH_CUE.match(text, sp.start)  # the span holds its cue: 'Destiny-Rae, date of birth 04/07/2017'
        m = (_NAME_BEFORE_CUE if cued else _NAME_BEFORE_BIRTH).search(text, max(0, sp.start - 80), sp.start)
        if m and not all(w in keep for w in m.group(1).replace("-", " ").split()):
            if not overlaps(m.start(1), m.end(1), spans):
                out.append(Span(m.start(1), m.end(1), "NAME"))
    return out


_BIRTH_CUE = re.compile(r"(?i:date of birth|d\.?\s?o\.?\s?b\b|born\b)")
_NAME_BEFORE_CUE = re.compile(rf"(?<![\w-])({_NAME_TOKEN}(?:[ -]{_NAME_TOKEN}){{0,2}}),? \(?\Z")
_NAME_BEFORE_BIRTH = re.compile(
    rf"(?<![\w-])({_NAME_TOKEN}(?:[ -]{_NAME_TOKEN}){{0,2}}),? \(?(?:date of birth|[Dd]\.?[Oo]\.?[Bb]\.?|born(?: on)?)"
    r"\b[:.]?\s*\Z"
)


def names_from_names(text: str, spans: list[Span], taken: list[Span], keep: set[str], common: set[str],
                     shared: set[str] = frozenset()) -> list[Span]:  # fmt: skip
    """The names the found ones lead to: their repeats as a word-name ('Hope's school') and a name joined by 'and'.
    A word many responses share ('Larchfield', the home the consultation is about) leads nowhere."""
    more = worded_name_repeats(text, spans, taken, keep, common, shared)
    return more + joined_names(text, spans, [*taken, *more], keep, common)


def _caps_name(text: str, end: int, keep: set[str]) -> re.Match | None:
    """A name in capitals after a role word, in a text not written in capitals ('The pupil DANIEL WRIGHT in year 8'),
    when none of its words is the field's or a known word ('my son SEND', 'the SENCO EHCP')."""
    m = _REL_CAPS.match(text, end)
    if not m or text[max(0, end - 200) : end + 200].isupper():
        return None
    words = m.group(1).replace("-", " ").replace("'", " ").replace("’", " ").split()
    return None if any(w in keep or w.capitalize() in keep or len(w) < 2 for w in words) else m


# kings' and queens' places ('King's Lynn'), and a nickname in quotes between first name and surname
_ROYAL_BEFORE = re.compile(r"\b(?:King|Queen|Bishop|Prince|Abbot)['’]s $")
_ROYAL_PLACE = re.compile(r"(?:King|Queen|Bishop|Prince|Abbot)['’]s [A-Z]")
_QUOTED_NICKNAME = re.compile(r"\b(([A-Z][a-z]+) [\"'“‘]([A-Z][a-z]+)[\"'”’] [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def next_to_place(text: str, s: int, e: int, keep: set[str], common: set[str]) -> bool:
    """Listed with a known place or a word many responses share ('Arrochar and Luss'): a place too."""
    b = _AND_BEFORE.search(text, max(0, s - 30), s)
    a = _AND_AFTER.match(text, e)
    near = [m.group(1) for m in (b, a) if m and not (m is a and m.group(1) in _POSTS)]  # 'Dolores Bell, Secretary'
    return any((w in keep and w not in _STOP_CAPS) or w in common or _PLACE_NAME.fullmatch(w) for w in near)


def names_in_brackets(text: str, spans: list[Span]) -> list[Span]:
    """What a name is called by, in brackets after it: 'Our son Tawananyasha (TJ)', 'Margaret (Peggy)'; not an
    abbreviation ('Alfie (ASD)', 'Mr Khan (GP)')."""
    out = []
    for sp in spans if "(" in text else ():
        if sp.kind in ("NAME", _NER_WORD) and (m := _BRACKETED_AFTER.match(text, sp.end)):
            g = m.group(1)
            low = g.lower()
            if low in _TITLE_WORDS or low in _REL_SET or low in _IN_BRACKETS_NOT_NAMES or g in _POSTS:
                continue  # 'Edna Whitlock (Mrs)', 'Margaret Entwistle (Chair)'
            if not g.isupper() or (len(g) == 2 and g not in _DOTTED_ABBREVIATIONS):
                out.append(Span(m.start(1), m.end(1), "NAME"))
    return out


_BRACKETED_AFTER = re.compile(r"[ \t]*\((?:aka |known as )?([A-Z][A-Za-z'’-]{1,15})\)")
# beside the titles and relations the role rules know: 'Edna Whitlock (Mrs)', 'Jean Ross (retired)'
_IN_BRACKETS_NOT_NAMES = frozenset(
    "director foster grandparent guardian headteacher owner parent pensioner retd retired trustee widow widower".split()
)


def run_not_a_person(text: str, start: int, first: str) -> bool:
    """A capitalised run that opens with a place's or a slogan's first word, or follows 'the' or 'a', is no person,
    however it is trimmed: 'Loch Laomainn', 'Little Marston', 'Save Larchfield House', 'on the Sir Walter Scott'."""
    return first in _PLACE_FIRST or first in _SLOGAN_FIRST or bool(_THE_BEFORE.search(text, max(0, start - 25), start))


def titled_thing(text: str, start: int, titled: str) -> bool:
    """A titled name after 'the' is a ship or a pub ('on the Sir Walter Scott', 'the Lord Nelson'), never a vicar
    ('the Rev Ann Jones')."""
    return text[max(0, start - 4) : start].lower() == "the " and bool(_SHIP_TITLE.match(titled))


_SHIP_TITLE = re.compile(r"(?:Sir|Lord|Lady|Duke|Duchess|Earl|Captain|Admiral|General)\b")
