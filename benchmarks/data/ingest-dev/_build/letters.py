"""Letters: written by hand; write() renders each to txt / docx / eml and returns
the text that check.py will read back (docx: paragraphs joined by newlines; eml: raw file)."""
from campaigns import T

LC = "leisure-save-riverside-pool"
LETTERS = []


def L(name, ext, consultation, rtype, body, pii=(), keep=(), camp=None, headers=None):
    LETTERS.append(dict(name=name, ext=ext, consultation=consultation, type=rtype, body=body,
                        pii=list(pii), keep=list(keep), camp=camp, headers=headers))


def write(lt, path):
    body = lt["body"]
    if lt["ext"] == "txt":
        with open(path, "w", encoding="utf-8") as f:
            f.write(body)
        return body
    if lt["ext"] == "docx":
        import docx
        d = docx.Document()
        paras = body.split("\n")
        for p in paras:
            d.add_paragraph(p)
        d.core_properties.author = ""          # no personal name in metadata
        d.core_properties.last_modified_by = ""
        d.save(path)
        return "\n".join(paras)
    if lt["ext"] == "eml":
        raw = "".join(f"{k}: {v}\n" for k, v in lt["headers"]) + "\n" + body
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(raw)
        return raw
    raise ValueError(lt["ext"])


EML_MIME = [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
            ("Content-Transfer-Encoding", "8bit")]

# ---------------------------------------------------------------- letter-01
L("letter-01", "txt", "transport", "parent/carer", """Mr and Mrs D. Achterberg-Nwosu
Lapwing Farm Cottage
Thornby Moor Road
Thornby
HG4 7RT

Home to School Transport Consultation
Children and Families Directorate
Ashworth County Council
County Hall
Northallerton Road

3 February 2025

Dear Sir or Madam,

Re: Proposed changes to home to school transport eligibility

We are writing about our son, Femi Achterberg-Nwosu (date of birth 19 October 2014), who is in Year 5 at Thornby Community Primary and who travels on the contracted minibus from the end of our track.

Under the proposed criteria, the distance from our gate to the school by the "shortest available walking route" would be 2.1 miles. That route crosses the A59 at Thornby Bar, where there is no crossing, no island and a 60mph limit. Two years ago a cyclist was killed at that junction. We do not believe any reasonable assessment could find it safe for a ten year old to cross there alone, and we ask that the council carries out and publishes a formal route assessment before any decision is taken about Femi.

We would also point out that there is no public bus from Thornby Moor Road at all; the nearest stop is on the A59 itself.

We would be grateful for a written response. We can be contacted on 01632 960487 during the day.

Yours faithfully,

Dirk Achterberg-Nwosu
Funmilayo Achterberg-Nwosu
""",
  pii=[("person", "D. Achterberg-Nwosu"), ("house_name", "Lapwing Farm Cottage"), ("street", "Thornby Moor Road"),
       ("postcode", "HG4 7RT"), ("person", "Femi Achterberg-Nwosu"), ("person", "Femi"),
       ("date_of_birth", "19 October 2014"), ("school", "Thornby Community Primary"), ("phone", "01632 960487"),
       ("person", "Dirk Achterberg-Nwosu"), ("person", "Funmilayo Achterberg-Nwosu")],
  keep=[("Ashworth County Council", "council name"), ("County Hall", "building"), ("Northallerton Road", "council's address, not personal"),
        ("3 February 2025", "letter date, not a birth date"), ("A59", "road number"), ("Thornby Bar", "junction/landmark"),
        ("Children and Families Directorate", "council department"), ("Year 5", "school year")])

# ---------------------------------------------------------------- letter-02 (campaign, edited)
L("letter-02", "docx", "leisure", "individual", """Flat 7, Kingfisher Wharf
Wharf Road
Wexcombe
WX3 9DL

Leisure Review Consultation
Wexcombe District Council
Civic Offices, Bridge Street

12 March 2025

Dear Councillors,

Please do not close Riverside Leisure Centre and pool. It is the only public swimming pool in the town and the nearest alternative is over forty minutes away by bus. Hundreds of children learn to swim there every year, and the school swimming lessons that every primary pupil is entitled to cannot happen without it. Older people use the aqua aerobics and the warm water sessions to stay mobile and independent, and the centre is a lifeline for people recovering from illness. Closing it will cost the NHS and the council more in the long run. The building needs investment, not demolition. I urge the council to explore a community asset transfer, a leisure trust or a phased refurbishment, and to publish the full condition survey so residents can see the real figures. Save our pool.

I would like to add something personal. I came to Wexcombe from Mogadishu in 2009 and could not swim. I learned at Riverside in the adult beginners' class at the age of 34, and now my two daughters swim for the club. The instructor who taught me, Mrs Grainger, is still there. For women in my community the women-only session on a Sunday evening is the only place we can swim. There is no women-only session at Victoria Baths.

Yours sincerely,

Faadumo Jama
faadumo.jama@example.com""",
  pii=[("flat", "Flat 7, Kingfisher Wharf"), ("street", "Wharf Road"), ("postcode", "WX3 9DL"), ("person", "Grainger"),
       ("person", "Faadumo Jama"), ("email", "faadumo.jama@example.com")],
  keep=[("Wexcombe District Council", "council name"), ("Civic Offices", "building"), ("Bridge Street", "council's address"),
        ("12 March 2025", "letter date"), ("Riverside Leisure Centre", "facility"), ("Mogadishu", "city"), ("2009", "year"),
        ("Sunday", "weekday"), ("Victoria Baths", "pool name that contains a forename"), ("NHS", "organisation")],
  camp=(LC, "edited"))

# ---------------------------------------------------------------- letter-03 (campaign, exact body in an email)
L("letter-03", "eml", "leisure", "individual", """Dear Sir/Madam,

""" + T[LC] + """

Regards,
Tom Halloran
07700 900 154
""",
  headers=[("From", "Tom Halloran <tom.halloran@example.net>"), ("To", "leisure.review@wexcombe.example.gov.uk"),
           ("Subject", "Riverside consultation - save our pool"), ("Date", "Sun, 16 Mar 2025 20:41:09 +0000"),
           ("Message-ID", "<20250316204109.4471@mail.example.net>")] + EML_MIME,
  pii=[("person", "Tom Halloran"), ("email", "tom.halloran@example.net"), ("phone", "07700 900 154")],
  keep=[("leisure.review@wexcombe.example.gov.uk", "council mailbox, not personal"), ("Riverside Leisure Centre", "facility"),
        ("Sun, 16 Mar 2025", "email date"), ("NHS", "organisation")],
  camp=(LC, "exact"))

# ---------------------------------------------------------------- letter-04 (care, organisation)
L("letter-04", "docx", "care", "organisation", """WESTMARCH DISABILITY FORUM
Unit 4, The Old Tannery, Canal Street, Westmarch
Registered charity

To: The Director of Adult Social Care, Westmarch City Council

Date: 20 January 2025
Our ref: WDF/CONS/25/01

Dear Director,

Adult Social Care Charging Policy Consultation

The Forum is a user-led organisation of disabled people. We held four consultation meetings in December and January, attended by 87 people, and this letter summarises what we heard.

1. The proposal to take 100% of disability benefits into account is the single biggest concern. Many members already have to choose between heating and eating.
2. The flat-rate Disability Related Expenditure allowance does not reflect real costs. One member with spinal muscular atrophy spends over £60 a week on electricity for equipment alone.
3. Members with fluctuating conditions such as ME, lupus and Crohn's disease are particularly badly served by the current assessment forms.
4. We ask that the Minimum Income Guarantee be set above the statutory minimum, as several neighbouring councils have done.

One member, Mr Gideon Mensah-Boateng, has asked us to include his case as an example and has given written consent. He is 44, has cerebral palsy and lives at 3 Weaver's Yard. His contribution would increase from £0 to £71 a week.

We would welcome the opportunity to present these findings to the Adult Social Care Scrutiny Board.

Yours sincerely,

Rosalind Achebe
Chair, Westmarch Disability Forum
Tel: 0113 496 0281
r.achebe@example.org""",
  pii=[("person", "Gideon Mensah-Boateng"), ("street", "3 Weaver's Yard"), ("person", "Rosalind Achebe"),
       ("phone", "0113 496 0281"), ("email", "r.achebe@example.org")],
  keep=[("WESTMARCH DISABILITY FORUM", "organisation, all caps"), ("Canal Street", "organisation's address, not a home"),
        ("The Director of Adult Social Care", "job title"), ("Westmarch City Council", "council name"),
        ("20 January 2025", "letter date"), ("December", "month"), ("spinal muscular atrophy", "medical condition"),
        ("ME", "medical condition acronym"), ("lupus", "medical condition"), ("Crohn's disease", "medical condition"),
        ("Minimum Income Guarantee", "policy term"), ("cerebral palsy", "medical condition"),
        ("Adult Social Care Scrutiny Board", "council committee"), ("Chair", "role")])

# ---------------------------------------------------------------- letter-05 (parks, with MSP cc)
L("letter-05", "txt", "parks-scotland", "resident", """Taigh na Creige
Glen Ogle Road
Lochearnhead
fk198pr

National Park Partnership Plan Consultation
Loch Lomond & The Trossachs National Park Authority
Carrochan Road
Balloch

Friday 7th March 2025

A Charaid,

I write regarding the draft Partnership Plan, and in particular the proposals for the A85 through Glen Ogle and Lochearnhead.

I have lived here for 31 years. In that time the volume of motorbikes using Glen Ogle as a race track on summer weekends has become intolerable. Last June, a motorcyclist came off at the Glen Ogle viaduct layby directly opposite my house and I was first on the scene. He survived. Many have not.

The plan mentions "working with partners on road safety" but contains no actions. I would ask the Park to support average speed cameras on the A85 between Lochearnhead and Killin, as has been done on the A9, and to fund a ranger presence at the viaduct car park at weekends.

I have copied this letter to my MSP, Mr Alasdair Buchanan-Reid, who has raised the matter in Parliament.

Is mise le meas,

Seumas Mac an t-Saoir
tel. 0131 496 0633
cc. Alasdair Buchanan-Reid MSP
""",
  pii=[("house_name", "Taigh na Creige"), ("street", "Glen Ogle Road"), ("postcode", "fk198pr"),
       ("person", "Alasdair Buchanan-Reid"), ("person", "Seumas Mac an t-Saoir"), ("phone", "0131 496 0633")],
  keep=[("Lochearnhead", "village name"), ("Loch Lomond & The Trossachs National Park Authority", "organisation"),
        ("Carrochan Road", "organisation's address"), ("Balloch", "town name"), ("Friday 7th March 2025", "letter date"),
        ("A Charaid", "Gaelic salutation"), ("A85", "road number"), ("June", "month that is also a forename"),
        ("Glen Ogle viaduct", "landmark"), ("Killin", "village name"), ("A9", "road number"),
        ("Parliament", "institution"), ("Is mise le meas", "Gaelic sign-off phrase"), ("MSP", "title")])

# ---------------------------------------------------------------- letter-06 (campaign, exact body in a posted letter)
L("letter-06", "txt", "leisure", "individual", """4 Sandmartin Close
Wexcombe
wx2 4hh

The Leisure Review Team
Wexcombe District Council

28/02/2025

Dear Sir or Madam,

""" + T[LC] + """

Yours faithfully,

(Mrs) Beatrice Oyelowo
""",
  pii=[("street", "4 Sandmartin Close"), ("postcode", "wx2 4hh"), ("person", "Beatrice Oyelowo")],
  keep=[("Wexcombe District Council", "council name"), ("28/02/2025", "letter date, not a birth date"),
        ("Riverside Leisure Centre", "facility"), ("NHS", "organisation")],
  camp=(LC, "exact"))

# ---------------------------------------------------------------- letter-07 (parking, residents association email)
L("letter-07", "eml", "parking", "community group", """Dear Parking Services,

I write as secretary of the Harcourt and Cowper Streets Residents' Association, which represents 146 households in the proposed Zone C.

Our committee met on Monday 10 March and agreed the following response:

1. We strongly support the introduction of residents' permits in Zone C, operating Monday to Saturday, 8am to 6pm.
2. We ask that the first permit per household costs no more than £40.
3. Visitor permits should be available as daily scratch cards, not only as books of 20.
4. Carers visiting vulnerable residents should receive free carer permits. One of our members, who is housebound, receives four visits a day from carers who currently park on the pavement because there is nowhere else.
5. We oppose any charge at the Abbey Walk car park on Sundays, when it is used by people attending services at St Mary's Church.

We would be grateful if our response could be recorded as from the Association as a whole.

Kind regards,
Hamid Rahimi
Secretary, Harcourt and Cowper Streets Residents' Association
38 Harcourt Road, Stanbridge OX16 3LD
""",
  headers=[("From", "Hamid Rahimi <hamid.rahimi@example.com>"), ("To", "parking.consultation@stanbridge.example.gov.uk"),
           ("Subject", "Zone C consultation response - Residents' Association"), ("Date", "Tue, 11 Mar 2025 21:14:07 +0000"),
           ("Message-ID", "<CAF3k9@mail.example.com>")] + EML_MIME,
  pii=[("person", "Hamid Rahimi"), ("email", "hamid.rahimi@example.com"), ("street", "38 Harcourt Road"), ("postcode", "OX16 3LD")],
  keep=[("parking.consultation@stanbridge.example.gov.uk", "council mailbox, not personal"),
        ("Harcourt and Cowper Streets Residents' Association", "organisation (named after streets)"),
        ("Zone C", "permit zone"), ("Monday 10 March", "meeting date"), ("Saturday", "weekday"),
        ("Abbey Walk", "car park name"), ("Sundays", "weekday"), ("St Mary's Church", "landmark"), ("Secretary", "role")])

# ---------------------------------------------------------------- letter-08 (waste, elderly resident)
L("letter-08", "docx", "waste", "resident", """The Old Forge
Pinfold Lane
Oakworth Green
LS177NP

14th April 2025

To the Waste Services Consultation,
Kingsmere Borough Council

Dear Sirs,

I am 88 years old and a widow. I am writing by hand (my grandson has typed it up for me) because I do not have a computer.

I have always kept my garden myself and I am proud of it. I cannot afford another £52 a year on my pension, and I cannot carry garden waste to the tip because I gave up driving in 2019. If the brown bin is charged for, I will have to stop. My late husband planted that garden.

I receive Pension Credit and my National Insurance number is YH 82 61 04 C if the council wishes to check. I would ask that pensioners on Pension Credit are exempt from the garden waste charge, as they are in Wakefield and Calderdale.

I would also ask that assisted collections continue for people like me. The crew are very kind and always bring the bin back up the path.

Yours faithfully,

Mrs Winifred Asante-Boakye

Telephone: 0113 496 0158 (please ring in the morning)""",
  pii=[("house_name", "The Old Forge"), ("street", "Pinfold Lane"), ("postcode", "LS177NP"), ("ni_number", "YH 82 61 04 C"),
       ("person", "Winifred Asante-Boakye"), ("phone", "0113 496 0158")],
  keep=[("Oakworth Green", "village name"), ("14th April 2025", "letter date"), ("Kingsmere Borough Council", "council name"),
        ("2019", "year"), ("Pension Credit", "benefit name"), ("Wakefield", "place name"), ("Calderdale", "place name")])

# ---------------------------------------------------------------- letter-09 (parks, partly German email)
L("letter-09", "eml", "parks-scotland", "visitor", """Sehr geehrte Damen und Herren,

ich schreibe Ihnen aus Österreich, aber ich lebe die Hälfte des Jahres in Schottland. Please excuse that I write partly in German.

Ich wohne in Linz, and every summer from May to September I stay in our small cottage at Inversnaid. We are EU residents with settled status.

1. Die Straße nach Inversnaid (B829) ist sehr schlecht. The road needs repair before someone has an accident.
2. Please keep the ferry from Inversnaid to Inveruglas running in summer.
3. Zum Thema Besucherabgabe (visitor levy): Keine Angabe - I do not know enough about it.
4. The new car park at Stronachlachar is very good, danke.

Mit freundlichen Grüßen

Dr. Jürgen Müller-Lindner
Waldhäusl, Inversnaid (Sommer) / Linz (Winter)
Mobil: +43 660 1234567 oder in Schottland 07700 900 862
""",
  headers=[("From", "J. Mueller-Lindner <j.mueller-lindner@example.at>"), ("To", "partnershipplan@lochlomond-trossachs.example.org"),
           ("Subject", "Stellungnahme / consultation response"), ("Date", "Wed, 19 Mar 2025 08:02:55 +0100"),
           ("Message-ID", "<a81f.5521@example.at>")] + EML_MIME,
  pii=[("person", "J. Mueller-Lindner"), ("email", "j.mueller-lindner@example.at"), ("person", "Jürgen Müller-Lindner"),
       ("house_name", "Waldhäusl"), ("phone", "+43 660 1234567"), ("phone", "07700 900 862")],
  keep=[("Sehr geehrte Damen und Herren", "German salutation"), ("Österreich", "country, German"),
        ("Schottland", "German for Scotland"), ("Ich wohne in Linz", "German sentence with a place"),
        ("May", "month that is also a forename"), ("September", "month"), ("Inversnaid", "place name"),
        ("Die Straße", "German phrase"), ("B829", "road number"), ("Inveruglas", "place name"),
        ("Keine Angabe", "German for 'not stated'"), ("Stronachlachar", "place name"), ("danke", "German word"),
        ("Mit freundlichen Grüßen", "German sign-off"), ("partnershipplan@lochlomond-trossachs.example.org", "organisation mailbox"),
        ("Sommer", "German season"), ("Winter", "season")])
