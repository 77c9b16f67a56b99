"""Letters: one response per file. ext in txt/docx/eml. For eml, `headers` gives From/To/Subject/Date
and `text` is the plain-text body."""
import textwrap
from campaigns import SOCIETY, WREXBY_AE, GLANYRAFON, ROUTE36, FERNSIDE

L = []


def add(name, ext, consultation, rtype, text, pd=(), keep=(), camp=None, headers=None):
    if text.startswith("\n"):
        text = text[1:]
    L.append(dict(name=name, ext=ext, consultation=consultation, rtype=rtype, text=text,
                  pd=list(pd), keep=list(keep), camp=camp, headers=headers))


def wrap(t, width=72):
    return "\n\n".join(textwrap.fill(p, width) for p in t.split("\n\n"))


S = "aldershaw-society-letter"

add("letter-01", "txt", "planning", "resident", """
17 Coppice Way
Aldershaw
SY7 4RT

12 November 2024

Development Management
Mid Aldershaw District Council
Council Offices
Market Street
Aldershaw

Dear Sir or Madam,

Planning application 24/01873/OUT - Land west of Hollins Lane, Aldershaw

""" + wrap(SOCIETY, 78) + """

Yours faithfully,



Jennifer Okoro-Smith
""", pd=[("street", "17 Coppice Way"), ("postcode", "SY7 4RT"), ("person", "Jennifer Okoro-Smith")],
    keep=[("Mid Aldershaw District Council", "council"), ("Market Street", "council office address, not personal"),
          ("12 November 2024", "letter date, not a birth date"), ("Development Management", "council department")],
    camp=(S, "edited"))

add("letter-02", "docx", "planning", "resident", """
Mr & Mrs P. Szymański
Flat 7, Weaver's Court
Mill Street
Aldershaw
SY7 4LB
Tel: 01632 960 734
Email: piotr.szymanski@mailbox.test

The Planning Officer
Mid Aldershaw District Council

14th November 2024

Dear Planning Officer,

RE: OBJECTION TO 24/01873/OUT (HOLLINS MEADOW)

""" + SOCIETY.replace("\n\n", "\n") + """

Yours sincerely,
Piotr and Danuta Szymański
""", pd=[("person", "P. Szymański"), ("flat", "Flat 7, Weaver's Court"), ("street", "Mill Street"), ("postcode", "SY7 4LB"),
         ("phone", "01632 960 734"), ("email", "piotr.szymanski@mailbox.test"), ("person", "Piotr"), ("person", "Danuta Szymański")],
    keep=[("The Planning Officer", "job title"), ("HOLLINS MEADOW", "site name in capitals"), ("14th November 2024", "letter date")],
    camp=(S, "edited"))

add("letter-03", "eml", "planning", "resident", """
Dear Sir/Madam,

Re: 24/01873/OUT

""" + wrap(SOCIETY) + """

I would add one thing from my own experience. I have kept bees at
the top of the meadow with the landowner's permission for nine years.
The field margins are full of clover and knapweed in summer. There is
nothing like it left within three miles of the town.

Regards,
Harold Ventnor
Hive End, Pinfold Lane, Aldershaw
""", pd=[("person", "Harold Ventnor"), ("house_name", "Hive End"), ("street", "Pinfold Lane")],
    keep=[("knapweed", "plant"), ("Re: 24/01873/OUT", "application reference")],
    camp=(S, "edited"),
    headers={"From": "Harold Ventnor <h.ventnor@example.org>", "To": "planning@midaldershaw.example.gov.uk",
             "Subject": "Objection - Hollins Meadow 24/01873/OUT", "Date": "Fri, 15 Nov 2024 21:14:07 +0000"})

SOC_SHORT = SOCIETY.replace(
    " Since 2015 the Kestrel Rise and Millfield estates have added over 300 homes with no new school, no new surgery and no improvement to the B4012.",
    " The last two estates added 300 homes and not one new school place or GP.").replace(
    " It cannot be trusted.", "")
add("letter-04", "docx", "planning", "resident", """
The Granary
Sedgecombe Road
Aldershaw
sy74dn

Mid Aldershaw District Council
Planning Department

18/11/2024

Dear Sirs

Objection: Hollins Meadow, application 24/01873/OUT

""" + SOC_SHORT.replace("\n\n", "\n") + """
We live directly opposite the proposed second access onto Sedgecombe Road. Our drive already has poor visibility and my husband, who is 80, has had two near misses pulling out this year. I cannot see how the highways officer can accept a new junction here.
Yours faithfully
Mrs Hilary Costello-Ward
""", pd=[("house_name", "The Granary"), ("street", "Sedgecombe Road"), ("postcode", "sy74dn"), ("person", "Hilary Costello-Ward")],
    keep=[("Planning Department", "council department"), ("18/11/2024", "letter date, not a birth date"), ("highways officer", "job title")],
    camp=(S, "edited"))

add("letter-05", "txt", "hospital", "patient", """
Ward Cottage
4 Marsh Lane
Saltmarsh End
Wrexby DN36 5QE

Consultation Team
North Fenmoor Hospitals NHS Trust
Wrexby General Hospital

3 March 2025

Dear Consultation Team,

Proposed changes to A&E and maternity services at Wrexby General

I am 71 years old and have had type 2 diabetes for twenty years, with peripheral neuropathy and a below-knee amputation on my left leg in 2022. For reference my details are: Norman Cattermole-Lowe, date of birth 9 September 1953, NHS number 418 625 2769, Wrexby hospital number RX0098213.

I want to explain what Wrexby A&E has meant to me. In the last three years I have attended A&E seven times, mostly with foot infections that needed IV antibiotics the same day. On two of those occasions the infection was spreading quickly. My GP, Dr Fenella Marsh at Saltmarsh End Surgery, has told me more than once that getting to hospital quickly is the difference between keeping and losing my other leg.

I do not drive any more. My wife Pauline does, but she is not confident on the A614 at night. An ambulance to Hallingford would take me over an hour from my door, and there is no way for me to get home again afterwards.

I understand that specialist services need to be concentrated. But people like me do not need a specialist trauma centre. We need a local A&E that can see us quickly and start treatment. Please keep it at Wrexby.

Yours sincerely,

N. Cattermole-Lowe
Tel. 0115 496 0628
""", pd=[("house_name", "Ward Cottage"), ("street", "4 Marsh Lane"), ("postcode", "DN36 5QE"), ("person", "Norman Cattermole-Lowe"),
         ("date_of_birth", "9 September 1953"), ("nhs_number", "418 625 2769"), ("hospital_number", "RX0098213"),
         ("person", "Fenella Marsh"), ("person", "Pauline"), ("person", "N. Cattermole-Lowe"), ("phone", "0115 496 0628")],
    keep=[("type 2 diabetes", "medical condition"), ("peripheral neuropathy", "medical term"), ("Saltmarsh End Surgery", "GP surgery"),
          ("3 March 2025", "letter date"), ("North Fenmoor Hospitals NHS Trust", "NHS trust"), ("Consultation Team", "team name")])

add("letter-06", "eml", "buses", "parish council", """
Dear Transport Policy Team,

Bus Network Review - response from Hallow End Parish Council

Please find below the formal response of Hallow End Parish Council,
agreed at the Parish Council meeting held on 21 May.

1. The Parish Council objects to the withdrawal of route 36. It is the
only public transport serving Hallow End and it is used daily by
older residents, students travelling to Kellingham College and staff
at the Plough.

2. The Parish Council does not consider the proposed WestLink
demand responsive service to be an adequate replacement, for the
reasons set out in the consultation responses of neighbouring
parishes.

3. If the 36 is withdrawn, the Parish Council asks that the stop on
Castlebury Road outside the village hall is retained for WestLink
pick-ups, with a shelter and lighting.

4. The Parish Council invites the Cabinet Member for Transport and
officers to attend its next meeting on 16 July.

Kind regards,

Rosalind Tregenza
Clerk to Hallow End Parish Council
Tel: 07700 900 127
clerk.hallowendpc@example.org
""", pd=[("person", "Rosalind Tregenza"), ("phone", "07700 900 127"), ("email", "clerk.hallowendpc@example.org")],
    keep=[("Hallow End Parish Council", "parish council"), ("Castlebury Road", "road used as bus stop landmark"),
          ("Cabinet Member for Transport", "job title"), ("16 July", "meeting date"), ("Kellingham College", "college"),
          ("the Plough", "pub"), ("Transport Policy Team", "council team")],
    headers={"From": "Hallow End Parish Clerk <clerk.hallowendpc@example.org>", "To": "busreview@westmarsh.example.gov.uk",
             "Subject": "Bus Network Review - Hallow End Parish Council response", "Date": "Thu, 23 May 2024 10:02:51 +0100"})

add("letter-07", "docx", "library", "community group", """
Friends of Fernside Library
c/o 41 Alma Terrace
Fernside
Kettlebridge
NE27 9HS

Library Service Consultation
Northdale Borough Council
Civic Centre
Kettlebridge

28 June 2024

Dear Head of Libraries,

Consultation on the future of Fernside Library

The Friends of Fernside Library was formed in 2011 and has 214 members. We have discussed the consultation at two open meetings attended by over 90 people.

Our position is as follows.

First, the Friends do not believe a volunteer-only model is sustainable in Fernside. Our members are willing to help, and already do, but most are over 65, and none of us has the professional skills to run a public library.

Second, we would support a hybrid model: a council-employed librarian for at least 22 hours a week, supported by volunteers to extend opening hours into evenings and Saturdays.

Third, the council must keep ownership of the building. We would strongly oppose any transfer of the building to a community organisation without a long-term maintenance fund.

Fourth, the consultation figures on visitor numbers are misleading because opening hours were cut in 2020. We have attached our own headcount carried out over two weeks in May.

We would welcome a meeting. Our chair, Mrs Olufunke Adeyemi, can be reached on 0191 498 0356, and our treasurer, Mr Stanisław Grabowski, on sgrabowski@example.com.

Yours sincerely,

Olufunke Adeyemi (Chair)
Stanisław Grabowski (Treasurer)
""", pd=[("street", "41 Alma Terrace"), ("postcode", "NE27 9HS"), ("person", "Olufunke Adeyemi"), ("phone", "0191 498 0356"),
         ("person", "Stanisław Grabowski"), ("email", "sgrabowski@example.com")],
    keep=[("Friends of Fernside Library", "community group"), ("Northdale Borough Council", "council"), ("Head of Libraries", "job title"),
          ("Civic Centre", "council building"), ("28 June 2024", "letter date"), ("Saturdays", "weekday")])

add("letter-08", "txt", "budget-wales", "town council", """
Cyngor Cymuned Llanfabon a'r Cylch
Llanfabon and District Community Council

Clerc / Clerk: Mr Geraint Prosser-Vaughan
Tŷ Newydd, Heol y Waun, Nelson, CF46 6PJ
Ffôn / Tel: 029 2018 0562
E-bost / Email: clerc@llanfabon.example.cymru

22 Ionawr 2025 / 22 January 2025

Annwyl Gyfaill / Dear Sir or Madam,

Ymgynghoriad ar y Gyllideb 2025/26 / Budget Consultation 2025/26

Trafododd y Cyngor Cymuned yr ymgynghoriad yn ei gyfarfod ar 20 Ionawr 2025. Mae'r aelodau'n deall bod y cyngor sir mewn sefyllfa ariannol anodd, ond maen nhw'n gwrthwynebu'n gryf y cynigion i gau toiledau cyhoeddus Nelson ac i leihau graeanu ar ffyrdd y mynydd.

The Community Council discussed the consultation at its meeting on 20 January 2025. Members understand the county council is in a difficult financial position, but they strongly oppose the proposals to close the public toilets in Nelson and to reduce gritting on the mountain roads.

The Community Council makes the following points:

1. The public toilets on the Square are used by visitors to Llancaiach Fawr and by coach parties. Their closure will harm the local economy.
2. Heol y Mynydd between Nelson and Llanfabon is the only route for several farms and houses. Reduced gritting puts lives at risk.
3. The Community Council would consider precept funding for grass cutting in the village if the county council provides a fair transfer of budget.

Mae'r Cyngor Cymuned yn fodlon cwrdd â swyddogion i drafod y materion hyn.
The Community Council is willing to meet officers to discuss these matters.

Yn gywir / Yours faithfully,

Geraint Prosser-Vaughan
Clerc y Cyngor / Clerk to the Council
""", pd=[("person", "Geraint Prosser-Vaughan"), ("house_name", "Tŷ Newydd"), ("street", "Heol y Waun"), ("postcode", "CF46 6PJ"),
         ("phone", "029 2018 0562"), ("email", "clerc@llanfabon.example.cymru")],
    keep=[("Cyngor Cymuned Llanfabon a'r Cylch", "community council"), ("Llancaiach Fawr", "historic house / attraction"),
          ("Heol y Mynydd", "road used as a landmark"), ("Annwyl Gyfaill", "Welsh salutation"), ("Yn gywir", "Welsh sign-off"),
          ("22 Ionawr 2025", "letter date in Welsh"), ("Nelson", "Welsh village, looks like a name")])

add("letter-09", "eml", "hospital", "resident", """
To whom it may concern,

Please accept this email as my response to the consultation.

""" + wrap(WREXBY_AE) + """

Kind regards,
Conor Mac Giolla Bhríde
07700 900 656
""", pd=[("person", "Conor Mac Giolla Bhríde"), ("phone", "07700 900 656")],
    camp=("save-wrexby-ae", "edited"),
    headers={"From": "Conor MacGiollaBhride <conor.mgb@example.ie>", "To": "haveyoursay@northfenmoor.example.nhs.uk",
             "Subject": "Save Wrexby A&E", "Date": "Mon, 10 Mar 2025 19:47:33 +0000"})

add("letter-10", "docx", "budget-wales", "resident", """
Siân Rowlands-Jenkins
Flat 12, Llys Glanyrafon
Ystrad Mynach
CF82 7 BW

Adran Gyllid / Finance Department
Cyngor Bwrdeistref Sirol Cwm Rhymni
Tŷ Penallta

15/01/2025

Annwyl Syr/Madam,

Ymgynghoriad y Gyllideb - Canolfan Hamdden Glanyrafon

""" + GLANYRAFON + """

Yn gywir,

Siân Rowlands-Jenkins
""", pd=[("person", "Siân Rowlands-Jenkins"), ("flat", "Flat 12, Llys Glanyrafon"), ("postcode", "CF82 7 BW")],
    keep=[("Cyngor Bwrdeistref Sirol Cwm Rhymni", "council name in Welsh"), ("Tŷ Penallta", "council office building"),
          ("Adran Gyllid", "department name in Welsh"), ("15/01/2025", "letter date")],
    camp=("glanyrafon-leisure", "edited"))

add("letter-11", "txt", "buses", "resident", """
Pear Tree House
Main Street
Bramcote St Mary
HR6 9AL

The Cabinet Member for Transport
Westmarsh County Council
County Hall

2nd June 2024

Dear Councillor,

""" + ROUTE36 + """

I enclose a copy of my bus pass. As you will see from it, I was born on 30.01.1941 and I am now 83. I have never held a driving licence. My late husband did all the driving, and since he died the 36 has been my link to everything.

Yours sincerely

(Mrs) Winifred Abernethy
""", pd=[("house_name", "Pear Tree House"), ("street", "Main Street"), ("postcode", "HR6 9AL"), ("date_of_birth", "30.01.1941"),
         ("person", "Winifred Abernethy")],
    keep=[("Westmarsh County Council", "council"), ("County Hall", "council building"), ("The Cabinet Member for Transport", "job title"),
          ("2nd June 2024", "letter date"), ("Bramcote St Mary", "village")],
    camp=("save-the-36", "edited"))

add("letter-12", "eml", "library", "parent", wrap(FERNSIDE) + """

Our family has been going to Fernside since my eldest, Kwame, was
a baby. He's now at university studying English, and he says it
started with the Bookstart pack and Saturday story time. Our youngest,
Efua, is in year 4 and is there every week.

Thanks,
Abena Owusu-Ansah
07700 900 281
""", pd=[("person", "Kwame"), ("person", "Efua"), ("person", "Abena Owusu-Ansah"), ("phone", "07700 900 281")],
    keep=[("Bookstart", "programme"), ("year 4", "school year")],
    camp=("keep-fernside", "edited"),
    headers={"From": "Abena Owusu-Ansah <abena.oa@example.co.uk>", "To": "libraryconsultation@northdale.example.gov.uk",
             "Subject": "Fernside Library", "Date": "Sun, 30 Jun 2024 08:12:40 +0100"})

add("letter-13", "txt", "planning", "resident", """
Flat 2
19 Victoria Parade
Aldershaw SY7 4HB
07700900934

Wednesday 13th November

To the Planning Committee,

I'd like to write in support of the Hollins Meadow application, because I suspect you'll mostly be hearing from people who are against it.

I'm 31 and work as a teaching assistant at St Wilfrid's. I rent a one-bedroom flat above a takeaway and pay just under half my wages in rent. My partner and I have saved for a deposit for five years. There is nothing in Aldershaw we can afford to buy, and the shared ownership homes on Kestrel Rise went in a weekend.

I understand people's worries about traffic and flooding and I hope the council takes them seriously. But please also think about people like us, who grew up here and want to stay.

Best wishes,
Lauren Kettleborough
""", pd=[("flat", "Flat 2"), ("street", "19 Victoria Parade"), ("postcode", "SY7 4HB"), ("phone", "07700900934"), ("person", "Lauren Kettleborough")],
    keep=[("St Wilfrid's", "school named after a saint"), ("Wednesday 13th November", "letter date"), ("teaching assistant", "job title"),
          ("Kestrel Rise", "estate")])

add("letter-14", "eml", "hospital", "staff member", """
Dear colleagues on the consultation team,

I'm writing in a personal capacity, though I've worked as a ward sister
on the acute medical unit at Wrexby General for eleven years.

I support keeping a full A&E at Wrexby. My concern is specific: if
emergency admissions move to Hallingford, our frail elderly patients
(many with dementia or Parkinson's) will be admitted 23 miles from
the families who visit them every day and help with eating, washing
and keeping them oriented. Delirium rates will go up. Length of stay
will go up. Discharge will be harder because the social workers and
community teams are all based here.

Please model the effect on older people before deciding.

With best wishes,
Sister Teresa Nakamura-Byrne
Ward Sister, Acute Medical Unit
Bleep 4417 | mobile 07700 900 045
""", pd=[("person", "Teresa Nakamura-Byrne"), ("phone", "07700 900 045")],
    keep=[("ward sister", "job title"), ("Ward Sister, Acute Medical Unit", "job title"), ("Parkinson's", "medical condition"),
          ("Delirium", "medical term"), ("Wrexby General", "hospital")],
    headers={"From": "Teresa Nakamura-Byrne <t.nakamura-byrne@example.nhs.uk>", "To": "haveyoursay@northfenmoor.example.nhs.uk",
             "Subject": "Consultation response - older patients", "Date": "Tue, 11 Mar 2025 22:31:05 +0000"})
