"""The six letters of ingest-eval2: 2 .txt, 2 .docx, 2 .eml.

A .docx is written one paragraph per line of `body`; an .eml body must be ASCII and only the body is the text."""
import t_toilets as TL

S = TL.S

LETTERS = []

# ---------------------------------------------------------------- letter-01.txt: toilets campaign, exact
LETTERS.append(dict(
    file="letter-01.txt", consultation="public-toilets", respondent_type="pensioner",
    campaign=TL.CAMP, role="exact",
    body="""MRS [[person:JOAN PASCOE]]
[[house_name:Gull's Rest]]
[[street:Chapel Row]]
{{Polgarrow|ip}}
[[postcode:TR26 3XP]]
Tel. [[phone:01632 960 588]]

{{3rd March 2025|date}}

The {{Town Clerk|role}}
{{Polgarrow Town Council|ip}}
{{The Guildhall|lm}}

Dear Sir or Madam,

PUBLIC TOILETS CONSULTATION

""" + "\n\n".join([" ".join(S[0:3]), " ".join(S[3:6]), S[6]]) + """

Yours faithfully,

[[person:Joan Pascoe]] (Mrs)
"""))

# ---------------------------------------------------------------- letter-02.docx: flood defence, farmer
LETTERS.append(dict(
    file="letter-02.docx", consultation="flood-defence", respondent_type="farmer",
    body="""[[house_name:Upper Lye Farm]]
Lugwell
Herefordshire
[[postcode:HR6 0PW]]

{{14 March 2025|date}}

Flood Risk Team
{{Border Vale Council|ip}}

Dear Sir or Madam,

Lugwell Flood Alleviation Scheme: the storage area at {{Ashmoor|ip}}

I write for myself and my wife, [[person:Eirwen]], as owners and occupiers of [[house_name:Upper Lye Farm]] (CPH [[account_number:41/223/0112]], SBI [[account_number:106448213]]). About 31 hectares of our land would lie inside the storage area and the new embankment would cross our lower yard.

We have farmed here since {{1951|date}}. In {{Storm Dennis|event}} the water reached the calf shed and we moved 140 cattle up the {{A4110|road}} in the dark with the help of neighbours. We do not need telling what a flood does to a town. But the plan asks us to take the town's water on purpose, several times in a decade, and offers no figure for it.

Our land agent, Mr [[person:Hugh Prothero]] of {{Prothero & Vaughan|orgp}}, has asked the {{Environment Agency|org}} three times since {{October|date}} for the modelled frequency and depth of flooding on each field. He has had no answer. Until we have it we cannot say whether the farm remains viable for our son [[person:Tomos]], who farms with us and hopes to take it on.

We ask for: the modelled figures; a meeting on the farm, not in {{Hereford|rp}}; and a written assurance that {{compulsory purchase|law}} will not be used while negotiations are going on. We would also point out that the track shown for construction traffic is the only way our milk tanker and our stock lorry ([[vehicle_registration:HX19 TVP]]) can get in and out.

Yours faithfully,

[[person:Dilwyn Bevan]]
Tel. [[phone:01632 960 833]]
Email: [[email:upperlye at example dot org]]"""))

# ---------------------------------------------------------------- letter-03.eml: toilets campaign, edited
LETTERS.append(dict(
    file="letter-03.eml", consultation="public-toilets", respondent_type="parent carer",
    campaign=TL.CAMP, role="edited",
    headers=[("From", "Gemma Hocking <gemma.hocking@example.net>"),
             ("To", "toilets.consultation@example.org"),
             ("Subject", "Public toilets consultation - objection"),
             ("Date", "Sun, 09 Mar 2025 21:14:07 +0000"),
             ("Message-ID", "<20250309211407.4471@example.net>")],
    body="""Dear Councillors,

""" + " ".join([S[0], S[1], S[2]]) + """

My son [[person:Jory]] is 11 and has {{Angelman syndrome|medp}}. He is in pads and needs a bench to be changed. At the moment the {{Quay|lm}} block is the only one in town where I can manage it, and even that has no hoist. Without it we cannot go to the beach as a family at all. We live in [[flat:Flat 2, Harbour Lights]], [[postcode:TR26 1QE]], two minutes from the harbour, and that block is the reason we chose the flat.

""" + " ".join([S[3], S[4], S[6]]) + """

[[person:Gemma Hocking]]
[[phone:07700 900 733]]
[[email:gemma.hocking@example.net]]
"""))

# ---------------------------------------------------------------- letter-04.docx: HMO licensing, a student's mother
LETTERS.append(dict(
    file="letter-04.docx", consultation="hmo-licensing", respondent_type="parent of student (international)",
    body="""[[person:Rasa Kazlauskienė]]
[[street:Žirmūnų g. 41-12]]
[[postcode:LT-09119]] {{Vilnius|rp}}
{{Lithuania|rp}}

Private Sector Housing
{{Kingsmere City Council|ip}}

{{2 February 2025|date}}

Dear Sir or Madam,

My daughter [[person:Ieva Kazlauskaitė]] (born [[date_of_birth:9 June 2004]]) is a second-year student at the {{University of Kingsmere|org}}. She lives in [[flat:Room 3]], [[street:52 Ropewalk Street]], [[postcode:DH1 3XR]], a shared house with five other students.

On {{14 January|date}} she and her housemate [[person:Zhang Yuting]] were taken to {{Kingsmere Royal Infirmary|hosp}} with {{carbon monoxide poisoning|med}} from the boiler. Her hospital number is [[hospital_number:KRI 2290415]] and her NHS number [[nhs_number:999 016 6137]]. The doctors told her she was lucky. There was no carbon monoxide alarm in the house and, as far as the students know, no gas safety certificate since {{2022|date}}.

The landlord, Mr [[person:Karras]], told them the boiler was "fine" and that they had left the windows closed. He has since offered them one month's rent back if they move out quietly.

I support the licensing scheme completely. I cannot understand how a house can be let to six young people without anybody checking the gas. Please include a carbon monoxide alarm and a {{Gas Safe|org}} certificate in the conditions, and please tell me what the council will do about this house.

You can reach me on [[phone:+44 7700 900 129]] (my UK number) or at [[email:rasa.kazlauskiene@example.com]].

{{Pagarbiai|lang}},

[[person:Rasa Kazlauskienė]]"""))

# ---------------------------------------------------------------- letter-05.txt: market, Gujarati traders
LETTERS.append(dict(
    file="letter-05.txt", consultation="market-move", respondent_type="market trader",
    body="""[[person:Jayantilal Parmar]] & [[person:Kokila Parmar]]
[[house_name:Krishna Kunj]]
[[street:23 Peel Street]]
Wardleton
[[postcode:BB5 6RT]]

To: Market Consultation, {{Wardleton Borough Council|ip}}, {{Town Hall|lm}}

{{Jai Shree Krishna|lang}}. Dear Sir or Madam,

We have traded at {{Wardleton Market Hall|lm}} since {{1979|date}}, stall 12, {{Parmar Spices|orgp}} (licence [[account_number:WBC/MKT/0112]]). We sell spices, dal, rice and pickles, and half our customers are English people who learned to cook curry from us.

My wife [[person:Kokila]] ([[date_of_birth:5.11.1951]]) has {{Paget's disease|medp}} of the bone and cannot stand for long. In the hall she sits behind the counter in the warm. The mill yard is open on two sides and she could not work there in winter.

Every morning I bring the stock from home in our van, [[vehicle_registration:BU64 FTA]], and unload at the side door on {{Cloth Hall Street|st}}. At the mill the loading bay is shared by forty stalls. Our grandson [[person:Dev]] helps us on {{Saturdays|date}} and he has measured it: there is room for three vans.

We are not against change, but please repair the hall first. If you want to visit the stall, telephone [[phone:0161 496 0218]] or email [[email:parmarspices@example.org]].

Yours faithfully,

[[person:J. Parmar]]
"""))

# ---------------------------------------------------------------- letter-06.eml: council tax reduction, Irish Traveller
LETTERS.append(dict(
    file="letter-06.eml", consultation="council-tax-reduction", respondent_type="Irish Traveller",
    headers=[("From", "Siobhan Nolan <s.nolan@example.org>"),
             ("To", "ctr.consultation@example.org"),
             ("Subject", "CTR consultation response on behalf of a client"),
             ("Date", "Tue, 18 Feb 2025 10:02:51 +0000"),
             ("Message-ID", "<a91f2c@example.org>")],
    body="""Dear Revenues Team,

I am writing on behalf of Mr [[person:Johnny Joyce]], who has asked me to send his response to the consultation. He is happy for me to include his details so that you can check his account.

Name: [[person:John Joseph Joyce]] (known as [[person:Johnny]])
Address: [[flat:pitch 9, Marsh Gate Traveller Site]], [[postcode:E10 7QW]]
Date of birth: [[date_of_birth:1967-03-14]]
NI number: [[ni_number:qq 71 58 30 c]]
Council tax account: [[account_number:CT 6604 1187 29]]

In Johnny's words:

"I'm 57 and I've {{COPD|med}} and a bad heart. I get {{ESA|law}}. The wife, [[person:Bridgie]], minds me and our grandson [[person:Paddy Joe]], who is in Year 2 at [[school:Our Lady of Lourdes Catholic Primary]]. We pay council tax on the pitch and the council takes it off the reduction now. If you take the reduction away we'll be in court again, like in {{2018|date}}, and the bailiffs will come for the van ([[vehicle_registration:KX66 RLO]]) and that's how we get the young lad to school. We're Travellers, we're not going anywhere, we've been on this site since it was built. Ask us before you decide things."

Johnny would like the council to protect disabled people and carers in the scheme itself. He does not read well and asks that any reply is by phone, to me, on [[phone:020 7946 0342]].

{{Go raibh maith agat|lang}},

[[person:Siobhan Nolan]]
Support worker, {{Fleetmarsh Gypsy and Traveller Project|ip}}
[[email:s.nolan@example.org]]
"""))
