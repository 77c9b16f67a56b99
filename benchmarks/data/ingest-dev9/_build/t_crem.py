"""Consultation 2: a new crematorium on the old airfield at Sallowmere, next to the Sallowmere Fen nature reserve
(fictional Breckwold District Council, East Anglia). Written by hand for ingest-dev9."""
import re
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "CRM", "crematorium"
C = "crm-save-sallowmere-fen"

TPL = ("I object to the planned crematorium on the old airfield at {{Sallowmere|inv}}. The site shares a boundary "
       "with {{Sallowmere Fen|inv}}, a Site of Special Scientific Interest where bitterns and marsh harriers breed. "
       "The ecological report was carried out over four days in {{October|date}}, outside the breeding season, and it "
       "says nothing about mercury and nitrogen deposition on a fen that depends on clean, nutrient-poor water. Extra "
       "traffic on the single-track {{Drove Road|route}} would also cross the natterjack toad route every spring. "
       "Nobody disputes that the district needs a crematorium closer than {{Norwich|place}} or "
       "{{King's Lynn|place}}. But there are brownfield sites by the {{A11|road}} that are not next to a protected "
       "wetland. Please withdraw the {{Sallowmere|inv}} site, commission a full year of surveys and consult "
       "{{Natural England|org}} before any decision.")
S = sents(TPL)

ITEMS = [
    # 1
    R("resident", TPL, C, "template"),
    # 2
    R("resident",
      "I am from Latvia and I work in the food factory in {{Thetford|place}} since 2011. When my father [[p:Jānis]] "
      "died in the hospital we wait five weeks for the cremation, it was very hard for my mother, in Latvia it is few "
      "days. I pay my tax and national insurance, [[ni:QQ 52 81 06 D]], like everybody. We live in [[fl:Flat 6, Maltings Yard]] and we do not have car, so {{King's Lynn|place}} is two buses. "
      "So I say yes, build it, but not if it kill the birds. Maybe other place. {{Paldies|lang}}.\n"
      "[[p:Ilze Kalniņa]]"),
    # 3
    R("resident", "\n".join(sents(TPL)), C, "exact"),
    # 4
    R("birdwatcher",
      "Thass a rum owd job, bor. I hev bin a-watchin' them bitterns on {{Sallowmere Fen|inv}} since afore most o' yew "
      "at the council were born, an' now yew want to put a chimbley right next to 'em. {{The Norfolk Wildlife Trust|org}} "
      "spent years gettin' the reedbed back. Don't yew goo a-muckin' it about. Thass a lot o' {{squit|dialect}}, "
      "that report."),
    # 5
    R("resident", ""),
    # 6
    R("funeral director",
      "{{J. Aldous & Sons|orgp}} have been funeral directors in {{Breckwold|inv}} since 1887. Families from the south of "
      "the district currently travel to {{Mintlyn|place}}, {{Bury St Edmunds|place}} or {{Cambridge|place}}, and wait on "
      "average 23 days for a slot. We support a crematorium in the district in principle. We take no view on the "
      "{{Sallowmere|inv}} site, except that the access must be suitable for a hearse and following cars. "
      "{{Managing Director|role}}"),
    # 7
    R("resident",
      " ".join(S[:4]) + "\nMy husband [[p:Rowan Pegg]] and I have recorded the toads crossing for {{Froglife|org}} for "
      "eleven springs. [[p:Rowan]] counted 1,340 one night in {{March|date}}. We live on the fen edge at "
      "[[hn:Reedcutters]] and you can hear the bitterns boom from our back door. Anyone from the council is welcome "
      "to come and listen: [[em:reedcutters.pegg@example.org]].\n" + " ".join(S[4:]), C, "edited"),
    # 8
    R("resident", "Put it somewhere else."),
    # 9
    R("resident",
      "We live at [[hn:Brickkiln Farm]], [[st:Drove Road]], [[pc:IP26 4XT]], which is about 180 yards from the "
      "proposed chimney. Our understanding is that the {{Cremation Act 1902|law}} does not allow a crematorium within "
      "200 yards of a dwelling house without the owner's consent. We do not consent. Please confirm you have measured "
      "from the house and not from the boundary. [[p:Derek]] and [[p:Pauline Youngs]], [[ph:+44 7700 900 581]]"),
    # 10
    R("resident",
      "Olá, I am from Brazil and living in {{Thetford|place}} nine years with my family. My English is not perfect, "
      "sorry. For us cremation is normal now, in {{São Paulo|place}} also. My son [[p:Davi]] asks why we must go so "
      "far when his avó died. I think a crematorium near is good thing. But the fen is beautiful, we go there on "
      "Sunday with the children. Please choose a place that is good for both. {{Obrigada|lang}}, "
      "[[p:Luciana Ferreira Souza]]"),
    # 11
    R("resident", plain_only(TPL, lambda t: re.sub(r"[,.]", "", t)), C, "exact"),
    # 12
    R("faith group",
      "{{Breckwold Hindu Samaj|faith}} welcomes a crematorium in the district. For {{antyesti|faith}}, the last rite, "
      "the chief mourner and close family need to witness the charging of the cremator, and the ashes are often "
      "taken to the {{Ganges|place}}. The nearest crematorium that allows this without extra charge is in "
      "{{Peterborough|place}}. We ask that any new building has a viewing room and allows a small flame ritual. We "
      "have no view on the exact site. {{Hari Om|lang}}.\n[[p:Bhavna Mistry]], secretary"),
    # 13
    R("resident",
      "Nobody disputes that the district needs a crematorium closer than Norwich or King's Lynn, so for heaven's "
      "sake stop dithering. My aunt waited four weeks. The birds have got the whole fen, they can cope with a "
      "building on a runway that used to have bombers taking off from it."),
    # 14
    R("organisation",
      "{{Norfolk Wildlife Trust|org}} objects. {{Sallowmere Fen|inv}} is notified as a {{SSSI|law}} for its "
      "calcareous fen. It is a Site of Special Scientific Interest where bitterns and marsh harriers breed, and the "
      "only such fen in the district. The applicant's {{Habitats Regulations Assessment|law}} screens out "
      "air quality effects without modelling them. Nitrogen deposition above 1% of the critical load would require "
      "appropriate assessment. We also note that the site is within the {{Impact Risk Zone|law}} identified by "
      "{{Natural England|org}}. We would be happy to meet {{the Head of Planning|role}}."),
    # 15
    R("resident",
      "tbh i dont get the fuss. my grandad [[p:Reg]] waited 6 wks to be cremated n we had to go all the way to "
      "{{cambridge|place}}. we live on [[st:sallow close]] n its fine by us. follow me on insta "
      "[[sh:@fenland_fay]] i did a post about it"),
    # 16
    R("resident",
      "My mother [[p:Joan Eagling]] died at the {{James Paget|hosp}} in {{April|date}} (hospital number [[hosp:JPH 3310247]]). She was born "
      "[[dob:14.06.1931]] in {{Little Sallow|inv}} and wanted to be cremated near home. Instead she lay in a mortuary "
      "for 27 days. The funeral director's file reference was [[acc:ALD/24/0518]] if the council wants to check. "
      "I support a crematorium, but I also walked the fen with her every Easter, so choose carefully."),
    # 17
    R("resident",
      "NO CREMATORIUM NEXT TO THE FEN. {{NOT IN SALLOWMERE|slogan}}. ASK {{THE RSPB|org}}. ASK ANYONE WITH EYES."),
    # 18
    R("resident",
      "I walk {{Bernard|pet}} (a basset hound, not a person) on the fen path every morning and I cannot see how a "
      "car park for 120 cars fits between the {{rowan|word}} and alder scrub and the reedbed. When the wind is from "
      "the west you can already smell the {{Bernard Matthews|orgp}} sheds. Add a chimney and we will have the lot."),
    # 19
    R("resident",
      S[0] + " " + S[1] + " I have seen them myself from the hide, and once a crane. " + S[5] + " " + S[6] +
      " The council owns land at {{Hockwold Road|route}} that would do.", C, "edited"),
    # 20
    R("church",
      "From the parochial church council of {{St Botolph's, Little Sallow|church}}. Our churchyard closed to new "
      "burials in 1998 and most funerals we take are now followed by a long drive to a crematorium. We would welcome "
      "one nearer. Our rector, Revd [[p:Clare Lusher]], has asked that the chapel be simple and suitable for all "
      "faiths and none. We share the concern about the fen and ask for the best site, not the cheapest."),
    # 21
    R("resident", "n/a - don't live round there"),
    # 22
    R("parish meeting",
      "The {{Little Sallow Parish Meeting|inv}} met on {{12 June|date}} with 64 residents present. 58 voted against the "
      "site, 4 for and 2 abstained. District councillor [[p:Tony Gotts]] attended and declared an interest as a "
      "neighbouring landowner. Residents asked why {{Breckwold District Council|inv}} had not published the "
      "alternative sites study. {{The Chairman|role}}"),
    # 23
    R("parent",
      "My girls [[p:Summer]] and [[p:Hope]] did the bronze {{Duke of Edinburgh's Award|orgp}} on the fen last year, "
      "counting dragonflies. Wishful thinking is not a plan. Where is the traffic plan for the "
      "{{A134|road}}? Reply to [[em:hopeandsummersmum(at)example.net]] please."),
    # 24
    R("resident",
      "I have been meaning to write this for weeks. My wife died in {{January|date}} after a long illness and I had "
      "to do all of it, the registrar, the funeral director, the flowers, and then the wait, because there was no "
      "slot at the crematorium for nearly a month. I drove over to {{Mintlyn|place}} three times in my old Volvo "
      "[[vr:R472 HAO]], which is on its last legs like me, for the meeting, for the service and to collect her ashes. "
      "So nobody needs to tell me the district needs a crematorium. It does. But I have also lived at "
      "[[hn:Fen Edge]] for forty years, right on the corner where the drove meets the fen, and I can tell you that "
      "the lorries already come past too fast and the toads get flattened every spring in their hundreds despite the "
      "volunteers with their buckets. My wife was one of those volunteers. She would have had plenty to say about "
      "building a crematorium on the one bit of dry land next to her reedbed. I think she would have laughed at "
      "the irony of it as well, being cremated next to the fen she spent her retirement protecting. I went to the "
      "exhibition in the village hall and the young lady from the consultants said the chimney would be no "
      "taller than a barn and the emissions are filtered. Well, a barn does not burn four bodies a day. I would "
      "like to see a crematorium on the business park by the {{A11|road}} where there is already a sewage works "
      "and a feed mill. Nobody walks there for pleasure. Please think about it properly. I am not against, I am "
      "against it there.\n"
      "[[p:Geoffrey Bunn]], [[pc:ip26 4xs]]"),
    # 25
    R("resident", "Support. We need one and the airfield is empty."),
]
