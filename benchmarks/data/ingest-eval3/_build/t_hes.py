"""hospital-education: Kilbrannan Council (fictional, Ayrshire) proposes to replace most home tuition by its Hospital
and Home Education Service with a 'Virtual Classroom', to start provision after 15 days' absence instead of 5, and to
keep the hospital classroom at University Hospital Crosshouse. Scots voices."""
from common import R

PREFIX = "HES"
CONSULTATION = "hospital-education"

ITEMS = [
    # 1
    R("parent",
      "My daughter [[p:Isla-Grace]] is 12 and has {{acute lymphoblastic leukaemia|med}}. She's been in and out of the "
      "{{Schiehallion|ward}} unit at the {{Royal Hospital for Children|hosp}} since {{February|date}}. The teachers on the "
      "ward were brilliant. When she's home her immune system is shot and she can't go to school. The home tutor, "
      "Mrs [[p:Kerr]], two hours a week, is the only normal thing in her week. A laptop is not the same."),
    # 2
    R("young person",
      "i have ME and some days i cant sit up. the virtual classroom is live at 9am. my dog {{Molly|pet}} is the only one who sees me most days. i cant do 9am. recorded lessons would "
      "be better. my tutor used to come at 2 when i was awake. dinnae take that away. [[p:ellie]] x"),
    # 3
    R("guidance teacher",
      "Pupil support teacher in a secondary. 15 days is far too long a trigger. The {{Scottish Government|org}}'s "
      "guidance on the education of children unable to attend school due to ill health says provision should start "
      "without delay, and the {{Education (Additional Support for Learning) (Scotland) Act 2004|law}} applies. A pupil "
      "with {{Crohn's|med}} who is off 3 days a fortnight never hits 15 in a row."),
    # 4
    R("grandparent",
      "Ah'm the granny. Wee [[p:Ruaridh]] has {{cystic fibrosis|med}} and when he's got a chest infection he's off for "
      "weeks. The tutor came tae the hoose and sat at the kitchen table wi him. Ye cannae dae that on a screen wi a "
      "seven-year-auld. It's a scunner. [[p:Agnes McGarvie]], [[hn:Craigie Neuk]], {{Dalmellington|place}}"),
    # 5
    R("hospital teacher",
      "I teach in the {{Crosshouse|hosp}} hospital classroom. Keeping the classroom is welcome. But a lot of our children "
      "are from {{Arran|place}} and {{Cumbrae|place}} and go home to very poor broadband. A virtual-first model assumes a "
      "connection they do not have. Some of them will get nothing."),
    # 6
    R("parent", ""),
    # 7
    R("parent",
      "My son has {{Ehlers-Danlos syndrome|med}} and {{POTS|med}}. He was on a part-time timetable for a year and then "
      "off completely. We waited for the {{Hospital and Home Education Service|svc}} for four months because the school "
      "didnae refer. Under your new plan, would it have been longer? He is in S3 at [[sch:Dalmorie Academy]]. "
      "[[p:Fiona Baird]], [[em:fiona.baird77@example.com]]"),
    # 8
    R("educational psychologist",
      "{{EP|send}} service response. We support more flexible, blended provision, but the proposal should state how "
      "each pupil's {{Child's Plan|send}} or {{Co-ordinated Support Plan|send}} will be updated when they move onto "
      "home or virtual provision. {{GIRFEC|law}} principles apply: the {{Named Person|role}} should be notified within "
      "a week."),
    # 9
    R("parent",
      "My lassie [[p:Rowan]] is 15 and has {{anorexia|med}}. She's been inpatient at {{Skye House|hosp}} in "
      "{{Glasgow|place}}. Teaching was part of her recovery. When she came out the home tuition kept her going with "
      "her Nat 5s. Her hospital number was [[hosp:SKH 0427716]] if anybody needs to check. Please don't make her sit in "
      "front of a webcam. Body image, think about it. [[em:rowansmum [at] example.org]]"),
    # 10
    R("resident", "Fine."),
    # 11
    R("parent",
      "We moved up fae {{Carlisle|placename}} last year so our boy still has an English NHS number, "
      "[[nhs:999 016 6137]], and none of the Scottish systems can find him. That's a separate rant. Point is, he's had "
      "epilepsy surgery and he needs a person teaching him, no a link. [[p:Gary Dunlop]], [[fl:flat 2/1]], "
      "[[st:41 Glencairn Street]], [[pc:KA1 4NW]]"),
    # 12
    R("teacher",
      "Class teacher, P6. I had a pupil off for most of the year after a road accident. The home tutor and I worked "
      "together so he came back doing the same {{Maths Recovery|therapy}} work as the class. A virtual classroom run "
      "centrally won't know what my class is doing. Please keep the link with the school."),
    # 13
    R("parent",
      "MY SON HAS BEEN OFF SCHOOL WITH {{LONG COVID|med}} SINCE {{AUGUST|date}}. NOBODY HAS BEEN OUT. NOT ONE TEACHER. "
      "15 DAYS? TRY 150. [[p:ALISON GEMMELL]] [[ph:07700 900 472]] REF [[acc:HHES/4471]]"),
    # 14
    R("charity",
      "{{CLIC Sargent|org}}, now {{Young Lives vs Cancer|org}}, {{Barnardo's|orgp}} and {{Children's Hospices Across Scotland|org}} "
      "({{CHAS|org}}) have both said that keeping a link to school and friends is central to wellbeing. We would ask the "
      "council to keep home tuition as the default for children with life-limiting and life-threatening conditions, "
      "with virtual lessons as an addition."),
    # 15
    R("parent",
      "Honestly the virtual classroom has been great for us. [[p:Kacie]] has {{migraine|med}} and can dip in and out. "
      "The teachers are lovely. I'd just say keep it optional, not the only thing.\n{{Many thanks|salut}}"),
    # 16
    R("parent",
      "Ma boy [[p:Stevie]] is in P4 at [[sch:Glenbrannan Primary]]. He's got a heart condition and had his third "
      "operation at the {{Golden Jubilee|hosp}}... naw, sorry, it was the {{Royal Hospital for Children|hosp}}, "
      "cardiac ward, number [[hosp:RHC 0917724]]. Anyway. The hospital teacher was a star. Then nothing at home for six weeks. Fix that gap. {{Cheers|salut}}"),
    # 17
    R("parent",
      "Ah'll tell ye how it is for us, because naebody at the council seems tae ken. My daughter [[p:Kirsty Ann]] was "
      "[[dob:born 19.10.2011]], she's 13, and she took her first seizure in P7. Since then it's been one thing efter "
      "another. {{Dravet syndrome|med}} they think now, though the genetics came back wi a question mark. She's at "
      "[[sch:Eglinton Park Academy]] on paper but she's been in maybe a third o the days this year. When she's in, she's "
      "wabbit by eleven o'clock wi the medication. The school's been guid tae be fair, the guidance teacher "
      "Mr [[p:Docherty]] has done his best, but they're no set up for a lassie that might have a tonic-clonic in the "
      "middle o Maths. So we asked for the home tuition and it took eleven weeks tae start. Eleven weeks. Then the "
      "tutor, [[p:Moira]], came twice a week for an hour and a half and she wis brilliant, she got [[p:Kirsty]] through her "
      "{{National 4|law}} English when naebody thought she'd sit it. Now ye want tae put her on a screen wi twenty "
      "other weans fae all ower {{Ayrshire|place}}, some o them at hame an some in the hospital. Screens are a trigger "
      "for some wi epilepsy, did anybody think o that? Flashing, the glare? And the 15 day rule: [[p:Kirsty]]'s off two days, "
      "in three, off four. She'll never hit fifteen in a row but she's missing half her education. I'm no against "
      "change. Gie us the choice. Ye can get me on [[ph:01632 960 418]] or write tae [[hn:Auchenbrae Cottage]], "
      "[[st:Dreghorn Road]], [[pc:ka11 2dn]]. [[p:Lorraine McKellar]]"),
    # 18
    R("councillor",
      "As convener of the {{Education and Children's Services Committee|role}}, I want to stress that no decision has "
      "been made. The budget gap is real. But the points raised by families about broadband on the islands are "
      "fair and officers will bring back a revised paper. - Cllr [[p:Morag Lennox]]"),
    # 19
    R("nurse",
      "Clinical nurse specialist, paediatric oncology. Children on treatment are neutropenic for long stretches. Many "
      "are well enough to learn but not to be near other children. Home tuition is clinically appropriate. Please "
      "talk to the ward teams before deciding who gets what."),
    # 20
    R("young person",
      "tbh i prefer online. less ppl. but my wifi is rubbish so it cuts out. can u give out dongles. thx. "
      "snap: [[sh:jayjay_mcg07]]"),
    # 21
    R("parent",
      "I'm a single dad in {{Irvine|placename}} and I work shifts at {{Hunterston|landmark}}. Home tuition meant somebody was with [[p:Callum]] "
      "two mornings a week. If it's a screen he'll be on his own. He's 11. Not ideal is it. And I'm on Universal Credit now and they've lost my NI number [[ni:QQ 77 14 90 D]] twice."),
    # 22
    R("foster carer",
      "Our foster son, [[p:TJ]], aged 14, has {{Perthes disease|med}} and has had two hip operations. He's also "
      "care-experienced, so he should be getting extra help under the {{Promise|law}}, not less. He's at "
      "[[sch:St Inan's Academy]]. We get no say in this, apparently. [[p:Lesley Brogan]] and [[p:Des Brogan]], "
      "[[ph:+44 141 496 0257]]"),
    # 23
    R("parent",
      "The car parking at Crosshouse is a nightmare for hospital school drop-off. We got a ticket on [[vr:sf19 wnk]] "
      "while she was in the classroom on {{Ward 2B|ward}}. Unrelated to the consultation maybe but there you go."),
    # 24
    R("parent",
      "Aye. Keep the tutors. Dinnae be daft."),
    # 25
    R("headteacher",
      "Headteacher of a primary of 190. We make about six referrals a year. The process is a nine-page form and a "
      "letter from a consultant. For children with {{Tourette syndrome|med}} or mental health needs, a consultant letter "
      "can take months. Please accept referrals from the {{school nurse|role}} or {{GP|role}}."),
]
