from common import TEMPLATES
import t_cem  # noqa: F401  (registers the template)

LETTERS = []  # dict: n, ext, cons, type, text (body), headers (eml), p, k, c


def L(n, ext, cons, rtype, text, p=(), k=(), c=None, headers=None):
    LETTERS.append(dict(n=n, ext=ext, cons=cons, type=rtype, text=text, p=list(p), k=list(k), c=c, headers=headers))


CEM = TEMPLATES["cem-dignity-in-death"]

L(1, "txt", "cemetery-fees", "resident", f"""Róisín Mhic Giolla Bhríde
'Glenview'
27 Drumnabreeze Road
Magheralin
BT67 0RQ

Tel: 028 9649 6034

Bereavement Services
Ardmoyle and Lough Bann Borough Council
Civic Centre
Ardmoyle

12th March 2025

A chara,

Re: Consultation on Cemetery and Crematorium Fees 2025/26

{CEM}

Is mise le meas,

Róisín Mhic Giolla Bhríde (Mrs)
""",
  p=[("person", "Róisín Mhic Giolla Bhríde"), ("house_name", "Glenview"), ("street", "27 Drumnabreeze Road"), ("postcode", "BT67 0RQ"),
     ("phone", "028 9649 6034")],
  k=[("Magheralin", "place"), ("Bereavement Services", "org"), ("Ardmoyle and Lough Bann Borough Council", "fict-org"),
     ("Civic Centre", "landmark"), ("12th March 2025", "date"), ("A chara", "irish"), ("Is mise le meas", "irish")],
  c=("cem-dignity-in-death", "exact"))

CEM_EDIT = CEM.replace(
    "I ask the council to freeze fees for this year, to keep the exclusive right of burial at its current price, and to publish the true cost of running the cemeteries. ",
    "")
L(2, "eml", "cemetery-fees", "resident", f"""Dear Sir or Madam,

{CEM_EDIT}

I want to add something personal. My brother, Thomas "Tommy" Ferguson, died on 4 January aged 52 and we buried him at Old Drumaghy. He lived alone at 9 Mourneview Terrace, BT63 5LP, and the council's bill was sent there, to a dead man's house. When I rang, the officer, a young fella called Chen, was decent and sent it to me instead, but nobody should have to chase that. Tommy's date of birth was 18-05-1972 in case you need to find the file.

I can be reached at 07700 900 845 or at wilma.ferguson@example.net.

Regards,
Wilma Ferguson
""",
  headers={"From": "Wilma Ferguson <wilma.ferguson@example.net>", "To": "bereavement.consultation@ardmoyle.example.gov.uk",
           "Subject": "Cemetery fees consultation", "Date": "Mon, 17 Mar 2025 21:14:05 +0000"},
  p=[("person", "Thomas \"Tommy\" Ferguson"), ("person", "Tommy"), ("street", "9 Mourneview Terrace"), ("postcode", "BT63 5LP"),
     ("person", "Chen"), ("date_of_birth", "18-05-1972"), ("phone", "07700 900 845"), ("email", "wilma.ferguson@example.net"),
     ("person", "Wilma Ferguson")],
  k=[("Dear Sir or Madam", "word"), ("4 January", "date"), ("Old Drumaghy", "church"), ("Regards", "word")],
  c=("cem-dignity-in-death", "edited"))

L(3, "docx", "regeneration", "leaseholder", """Flat 31, Ullswater House
Pelham Fields Estate
London N17 6RA

Regeneration Team
London Borough of Hallbrook
Hallbrook Civic Centre, High Road
London N17

20 March 2025

Dear Regeneration Team,

Ullswater House: leaseholder buy-back and the residents' ballot

I write as the leaseholder of the above flat, which I bought from the council in 2009 (lease reference LBH/LH/00417). I have three points.

First, the independent valuation by Marsh & Lowe gives £238,000. Comparable two-bedroom flats in Tottenham Hale and Seven Sisters are listed at £390,000 or more. The gap cannot be bridged by shared equity on my income.

Second, I am 67, and I am told that the home-loss payment is the statutory maximum. My NI number, QQ 48 21 93 C, is given only so that the council's pension credit team can connect this letter to the means-tested assistance I have applied for.

Third, my neighbour in Flat 32, Mr Kwabena Asante-Frimpong, has asked me to say that he agrees with every word of this letter but cannot write in English easily.

I would welcome a meeting with the Director of Regeneration.

Yours sincerely,

Marguerite D'Souza-Pereira
marguerite.dsp@example.com | 020 7946 0552
""",
  p=[("flat", "Flat 31, Ullswater House"), ("postcode", "N17 6RA"), ("account_number", "LBH/LH/00417"), ("ni_number", "QQ 48 21 93 C"),
     ("flat", "Flat 32"), ("person", "Kwabena Asante-Frimpong"), ("person", "Marguerite D'Souza-Pereira"),
     ("email", "marguerite.dsp@example.com"), ("phone", "020 7946 0552")],
  k=[("Pelham Fields Estate", "fict-org"), ("Regeneration Team", "org"), ("London Borough of Hallbrook", "fict-org"),
     ("Hallbrook Civic Centre, High Road", "landmark"), ("20 March 2025", "date"), ("2009", "date"), ("Marsh & Lowe", "org-person"),
     ("Tottenham Hale", "place"), ("Seven Sisters", "place"), ("the Director of Regeneration", "title"), ("Yours sincerely", "word")])

L(4, "docx", "youth-centres", "parent", """The Laurels
112 Thornley Lane
Kirkhallam
S63 4DQ

Tel. 07700 900 219

Cabinet Member for Children and Young People
Kirkhallam Metropolitan Borough Council
Town Hall, Market Square

Friday 21st February 2025

Dear Councillor,

Proposed closure of Thornley Children's Centre

I am the adoptive mother of two children. Our younger son, Joseph Mbeki-Thornton, d.o.b 9.11.18, joined our family at 14 months old with significant developmental delay. The portage worker at Thornley, Niamh, visited every fortnight and taught us how to play with him. He now attends Thornley Community Primary in Year 1 and is reading.

The adoption support fund paid for some therapy, but it was the everyday presence of the centre that made the difference. Our social worker, Mr Oduya, will confirm this.

I attach our adoption order reference, ASF/2020/33815, only so that you can verify that we are a post-adoption family.

Please do not close Thornley.

With kind regards,

Hannah Mbeki-Thornton
""",
  p=[("house_name", "The Laurels"), ("street", "112 Thornley Lane"), ("postcode", "S63 4DQ"), ("phone", "07700 900 219"),
     ("person", "Joseph Mbeki-Thornton"), ("date_of_birth", "9.11.18"), ("person", "Niamh"), ("school", "Thornley Community Primary"),
     ("person", "Oduya"), ("account_number", "ASF/2020/33815"), ("person", "Hannah Mbeki-Thornton")],
  k=[("Cabinet Member for Children and Young People", "title"), ("Kirkhallam Metropolitan Borough Council", "fict-org"),
     ("Town Hall, Market Square", "landmark"), ("Friday 21st February 2025", "date"), ("Dear Councillor", "word"),
     ("Thornley Children's Centre", "fict-org"), ("Year 1", "num"), ("With kind regards", "word")])

L(5, "txt", "coastal", "resident", """Sea Holly Cottage
5 Gull Row
Skelby-on-Sea
East Yorkshire
HU18 9PX

01632 960 271

Coastal Team
East Riding of Yorkshire Council
County Hall, Beverley

Tuesday, 25 March 2025

Dear Coastal Team,

Skelby draft coastal adaptation scheme

My husband, Bartholomew ("Bart") Ingleby, and I have lived at the above address since 1988. Gull Row is the last street before the cliff top. Our neighbours at number 3, Sunita and Raj Chaudhary, have already had their back wall fall.

Bart is 84 and is cared for at home. He is under the respiratory team at Castle Hill Hospital (hospital number KH0448172). A move, if it has to happen, needs to be planned with them.

We support the relocation assistance in principle. We ask that the assistance covers renters and pensioners as well as owners, and that the council writes to every household on Gull Row directly.

Yours faithfully,

Margaret Ingleby
""",
  p=[("house_name", "Sea Holly Cottage"), ("street", "5 Gull Row"), ("postcode", "HU18 9PX"), ("phone", "01632 960 271"),
     ("person", "Bartholomew (\"Bart\") Ingleby"), ("person", "Bart"), ("street", "Gull Row"), ("person", "Sunita"), ("person", "Raj Chaudhary"),
     ("hospital_number", "KH0448172"), ("person", "Margaret Ingleby")],
  k=[("Skelby-on-Sea", "fict-org"), ("East Yorkshire", "place"), ("East Riding of Yorkshire Council", "org"), ("County Hall, Beverley", "landmark"),
     ("Tuesday, 25 March 2025", "date"), ("1988", "date"), ("Castle Hill Hospital", "landmark"), ("Yours faithfully", "word")])

L(6, "eml", "police-precept", "resident", """Hello,

Response to the Police and Crime Commissioner's precept consultation.

I run a small garage, Weardale Motors, on the industrial estate in Stanley. Since last summer we have had catalytic converters stolen from customers' cars four times. One was my own van, a white Ford Transit, reg NL68 FWU, parked outside my house at 2 Aldin Grange Terrace, DH9 7TB. The crime reference is NM/24/063119.

Detective Sergeant Oyinda Bakare-Lowes in the Acquisitive Crime Team was excellent and an arrest was made. I support the extra precept if it pays for more officers like her.

Please reply to me at shaun.weardalemotors@example.com or on 07700 900 991.

Thanks,
Shaun Robson
Weardale Motors
""",
  headers={"From": "Shaun Robson <shaun.weardalemotors@example.com>", "To": "precept@northmarch-pcc.example.gov.uk",
           "Subject": "Precept consultation response", "Date": "Wed, 22 Jan 2025 07:42:51 +0000"},
  p=[("vehicle_registration", "NL68 FWU"), ("street", "2 Aldin Grange Terrace"), ("postcode", "DH9 7TB"), ("account_number", "NM/24/063119"),
     ("person", "Oyinda Bakare-Lowes"), ("email", "shaun.weardalemotors@example.com"), ("phone", "07700 900 991"), ("person", "Shaun Robson")],
  k=[("Police and Crime Commissioner's", "title"), ("Weardale Motors", "shop"), ("Stanley", "place-name"), ("Ford Transit", "shop"),
     ("Detective Sergeant", "title"), ("Acquisitive Crime Team", "org")])
