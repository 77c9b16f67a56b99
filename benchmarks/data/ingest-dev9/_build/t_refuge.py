"""Consultation 3: cutting Stavenham City Council's funding for a women's refuge and a drug and alcohol service
(fictional Midlands city). Written by hand for ingest-dev9."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "RFG", "refuge-funding"
C = "rfg-safe-is-not-optional"

TPL = ("Please do not cut funding for {{Stavenham Women's Aid|subject}} and {{Compass Recovery|subject}}. These two "
       "services save lives and they save the council money. Every night the refuge turns women and children away "
       "because it is full, and a cut of {{£310,000|num}} would close eight of its twenty-two bed spaces. Domestic abuse "
       "and addiction are often found in the same families, and the two services work together on cases that would "
       "otherwise end up in A&E, in court or in care. The {{Domestic Abuse Act 2021|law}} gives the council a legal "
       "duty to provide safe accommodation. Cutting it now, while demand is rising, would be a false economy. I ask "
       "the council to protect both budgets in full for the next three years and to look for savings elsewhere.")
S = sents(TPL)

ITEMS = [
    # 1
    R("resident", TPL, C, "template"),
    # 2
    R("service user",
      "I went into the refuge in 2021 with my two boys, [[p:Tyler]] and [[p:Kai]], with a bin bag of clothes and "
      "nothing else. We had a room at the house on [[st:Chantry Walk]] for seven months. My support worker "
      "[[p:Donna]] came to court with me three times and sorted the school places. Now we have our own place, "
      "[[fl:Flat 3, Vernon House]], and I have a job. Without that refuge I would be dead or back with him. I am not "
      "exaggerating. Please do not take the beds away from the next woman."),
    # 3
    R("resident", each(TPL, str.lower), C, "exact"),
    # 4
    R("resident",
      "{{Jai Shri Krishna|lang}}. I am Gujarati lady, 64 year, living in {{Belgrave|placename}} side of city 30 years. "
      "My English not so good, my granddaughter is writing for me. In our community many ladies suffer quietly, "
      "husband, mother-in-law, everybody is quiet. The refuge have a worker who speak {{Gujarati|langname}} and "
      "{{Hindi|langname}}, this is very important. At {{Navratri|event}} she came to the {{Shree Ram Mandir|church}} "
      "and gave leaflets. Please keep. [[p:Hansaben Patel]]"),
    # 5
    R("resident", "cut the councillors expenses instead"),
    # 6
    R("care worker",
      "{{Mhoro|lang}}. I am from {{Zimbabwe|place}}, I work as a carer in {{Stavenham|inv}} for six years. My cousin "
      "was in a bad marriage and the refuge took her when nobody else would because of her visa, they knew about the "
      "{{Migrant Victims of Domestic Abuse Concession|law}}. In our culture we do not speak of these things, so "
      "the service must be there when the woman is ready. Cutting is not wise. {{Ndatenda|lang}}.\n"
      "[[p:Tendai Moyo]], [[em:tendai.moyo77@example.com]]"),
    # 7
    R("resident", ""),
    # 8
    R("service user",
      " ".join(S[:2]) + "\nI was a heroin user for fourteen years. I was in the {{Queen's Medical Centre|hosp}} "
      "fourteen times in 2019 alone, check my records, hospital number [[hosp:QMC 7730215]]. Since my keyworker "
      "[[p:Sandeep]] got me onto a script and my sponsor [[p:Big Col]] got me to meetings I have not been in A&E "
      "once. That is what you are cutting.\n" + " ".join(S[4:]), C, "edited"),
    # 9
    R("police",
      "{{Leicestershire Police|org}} supports continued funding. Our {{Domestic Abuse Investigation Unit|org}} refers "
      "around 40 women a month to the refuge and {{Compass Recovery|subject}} takes arrest referrals through the "
      "{{Drug Intervention Programme|law}}. Losing either would increase repeat call-outs. {{Detective Inspector|role}}, "
      "{{Public Protection|org}}."),
    # 10
    R("resident",
      "I am Vietnamese, I work in nail shop in {{Stavenham|inv}}. My husband hurt me many years and I cannot tell "
      "anybody, I have no English and no money. A customer give me the number of the refuge. Now I am safe with my "
      "son [[p:Bảo]], he is 6 and in Year 1 at [[sch:Hollin Brook Primary]]. The worker at refuge find "
      "interpreter who speak {{Vietnamese|langname}}. Please keep this help for other woman like me. "
      "{{Cảm ơn|lang}}. [[p:Nguyễn Thị Hoa]]"),
    # 11
    R("bereaved parent",
      "MY SON [[p:JAMIE]] DIED OF AN OVERDOSE IN A BUS SHELTER ON {{LONDON ROAD|route}} AT 29 YEARS OLD. HE WAS "
      "BORN [[dob:09/11/1994]] AND HE WAS ON THE WAITING LIST FOR RESIDENTIAL REHAB FOR 11 MONTHS. NOW YOU WANT TO "
      "CUT THE SERVICE THAT WAS ALREADY TOO SMALL TO SAVE HIM. SHAME ON EVERY ONE OF YOU."),
    # 12
    R("resident", plain_only(TPL, lambda t: t.replace(". ", ".  ").replace(", ", " , ")), C, "exact"),
    # 13
    R("resident",
      "Domestic abuse and addiction are often found in the same families, I accept that. So why are they two "
      "separate contracts with two separate managers and two separate buildings? Merge them and you can keep "
      "the beds without spending more."),
    # 14
    R("service user",
      "im 2 yrs clean thanks 2 compass n my counsellor [[p:jo]]. before that i lost my flat my kids everything. "
      "ppl think its just junkies but its nurses teachers everyone. dont cut it. msg me on snap "
      "[[sh:mia.clean.x]] if u want my story"),
    # 15
    R("GP",
      "As a GP at {{Stavenham Road Health Centre|hosp}} I see the consequences of untreated alcohol dependence "
      "every week: {{Korsakoff's syndrome|med}}, liver failure and falls. {{Compass Recovery|subject}} runs our "
      "in-practice clinics, supervises {{buprenorphine|med}} and gives out {{naloxone|med}} kits. The "
      "{{Public Health Grant|law}} is ring-fenced for exactly this purpose."),
    # 16
    R("landlord", "Support the cut. Charities should fundraise like everyone else does."),
    # 17
    R("refuge worker",
      "I work at the refuge. Last month we turned away 11 women. One was already in danger because a council letter "
      "about her council tax had been posted to her old home with the refuge address, [[st:22 Hawthorn Rise]], "
      "[[pc:DE21 9ZQ]], as her forwarding address. Her case went to {{MARAC|law}} under reference "
      "[[acc:STV/24/0612]]. This is the kind of mistake that happens when services are stretched. Please do not "
      "stretch us further."),
    # 18
    R("parent",
      "My daughter [[p:Stacey]] is alive because of {{Women's Aid|org}}. Her ex put her in the {{Royal Derby|hosp}} "
      "twice. I rang the helpline at midnight and they had a bed for her by 3am. Call me if you want to hear it "
      "from a dad: [[ph:0115 496 0382]]."),
    # 19
    R("resident",
      S[0] + " " + S[3] + " In my street alone I know two women who have needed the refuge and one lad who got "
      "clean with Compass. " + S[4] + " " + S[6] + " Councillors should go and visit before voting.", C, "edited"),
    # 20
    R("probation officer",
      "I work for the {{Probation Service|org}} in {{Stavenham|inv}}. Many of the men I supervise for domestic "
      "abuse offences are also dependent on alcohol. {{Compass Recovery|subject}} runs the only group here that "
      "addresses both. {{Senior Probation Officer|role}}"),
    # 21
    R("faith group",
      "{{Trinity Methodist Church|church}} runs the food bank on {{Cobden Street|route}} and sees women every week "
      "who are trying to leave. Our minister and stewards ask the council to think again. {{Every blessing|salut}}"),
    # 22
    R("service user",
      "I have been sober 19 months. Compass got me there. When I went in my benefits had stopped because I missed "
      "an appointment while I was in detox, they sorted it with the DWP, my national insurance number is "
      "[[ni:QQ 40 18 72 A]] if you think I am making this up. My date of birth is [[dob:3rd April 1981]]. "
      "Email [[em:dazza.h at example dot com]].\n[[p:Darren Hollis]]"),
    # 23
    R("resident", "No comment"),
    # 24
    R("councillor",
      "As {{Cabinet Member for Public Health|role}} I want to be clear that no decision has been made. The council "
      "faces a {{£38m|num}} gap and every service has been asked to find savings. We are exploring whether the "
      "{{Domestic Abuse Safe Accommodation Grant|law}} can backfill part of the refuge budget. I welcome the "
      "comments made by Cllr [[p:Pat Dorrell]] at the scrutiny meeting.\n"
      "Cllr [[p:Imran Sadiq]]"),
    # 25
    R("service user", "Refuge saved me and my kids. Dont cut it.\n[[p:S.K.]]"),
]
