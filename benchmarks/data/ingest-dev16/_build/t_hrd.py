"""hardship-fund: fictional Saltmarsh Borough Council (south Essex) consults on the criteria of its Cost of Living
Hardship Fund: Council Tax Support only, savings limit £1,500, one award of up to £300 a year, online applications."""
import re
from common import R, each, sents, plain_only

PREFIX = "HRD"
CONSULTATION = "hardship-fund"
CAMP = "hrd-fund-for-everyone-struggling"

TPL = ("The hardship fund should help everyone who is struggling, not just people who already get "
       "{{Council Tax Support|law}}. Working families on low wages are falling through the gaps: they earn a few pounds "
       "too much for benefits but cannot cover the rent, the energy bills and the food shop. Please drop the savings "
       "rule, because a small emergency pot should not disqualify anyone. Please keep a paper form and a phone line, "
       "because not everyone can apply online. And please let people apply more than once a year, because a boiler "
       "breaking down in {{January|month}} does not mean the fridge cannot break in {{August|month}}. "
       "{{Saltmarsh Borough Council|inv}} should design this fund with the people who need it, not around them.")
S = sents(TPL)

ITEMS = [
    # 001
    R("resident", TPL, CAMP, "template"),
    # 002
    R("pensioner",
      "I'm 78, been in {{Saltmarsh-on-Sea|inv}} all me life. Worked at {{Ford's|orgp}} in {{Dagenham|place}} 31 years. "
      "The fund says apply online. I ain't got a computer and me grandson [[p:Kai]] lives up {{Chelmsford|place}}. Do "
      "me a favour and put a form in the library. Heating's costing me {{£90|num}} a month and I sit in me coat of an "
      "evening.\n[[p:Doreen Pettitt]]\n[[st:Shoebury Avenue]]"),
    # 003
    R("business",
      "I run {{Rahman Convenience Store|orgp}} on {{Marine Parade|route}} for 14 years. Customers ask me for credit now, "
      "even for bread and milk. Some of them are nurses and bus drivers. They work but at the end of the month they have "
      "nothing left. Your criteria only help people on benefits. Please help working people also. I can put your "
      "leaflets by the till.\n[[p:Mohammed Shahjahan Rahman]]"),
    # 004
    R("resident", plain_only(TPL, lambda t: re.sub(r"[,:]", "", t).replace(". ", ".  ")), CAMP, "exact"),
    # 005
    R("warehouse worker",
      "Hello, I am from {{Lithuania|place}}, I work in warehouse in {{Thurrock|place}} on night shifts. I have "
      "{{settled status|law}}. My wife [[p:Rūta]] is pregnant, her due date is {{21 May|date}}, and we have {{£1,800|num}} saved for the baby, so we "
      "cannot get help because savings more than {{£1,500|num}}. This is not fair, we save for baby, not for holiday. "
      "{{Ačiū|lang}}. My NI is [[ni:QQ 83 56 19 A]].\n[[p:Mindaugas Kazlauskas]]\n[[fl:Flat 6, Kestrel Court]]\n[[pc:ss7 2pq]]"),
    # 006
    R("charity",
      "{{Citizens Advice Saltmarsh|org}} helped 1,340 people with crisis support last year. About a third of them were "
      "in work. We support widening eligibility to include households on {{Universal Credit|law}} with earnings and "
      "pensioners just above {{Pension Credit|law}}. The savings limit of {{£1,500|num}} is lower than the "
      "{{£6,000|num}} lower capital limit for Universal Credit and should be brought into line. We also ask for an "
      "advocate route so that we can apply on a client's behalf."),
    # 007
    R("parent",
      "i applied in {{nov|month}} n got told no bc i earn 12 quid over. 3 kids, {{universal credit|law}} takes it back "
      "anyway. had to go to the food bank at {{St Cedd's|church}} for the first time in my life. live in [[fl:flat 3b]] above the bookies. not being funny but who "
      "wrote these rules. my ref was [[acc:HF-24-01187]] if u want to check"),
    # 008
    R("pensioner",
      "I'm from {{Mayo|place}} and I've lived on {{Canvey Island|place}} since {{1971|date}}. I get the state pension "
      "and a small pension from {{Marks & Spencer|orgp}}, so I'm over your line by about {{£9|num}} a week. The oil for "
      "the heating went up again. I'm not asking for charity, I paid in all my life. {{Sláinte|irish}}.\n"
      "[[p:Bridie Geraghty]] (Mrs)"),
    # 009
    R("resident",
      " ".join(S[:3]) + "\n\nThat is us. My partner [[p:Dean]] and I both work at {{Lakeside|landmark}}, he does "
      "deliveries and I'm on the tills. We applied in {{December|month}} when the car failed its MOT and were told we "
      "were {{£11|num}} a month over. Our reference is [[acc:HF/2024/0392]] and my NI number is "
      "[[ni:QQ 47 21 08 B]] if you want to look at our file.\n\n" + " ".join(S[4:])),
    # 010
    R("charity",
      "{{Saltmarsh Foodbank|inv}}, part of the {{Trussell|orgp}} network, gave out 6,200 parcels in {{2023|date}}, up "
      "38 per cent. Most referrals come from people who have just missed a threshold. The {{Household Support Fund|law}} "
      "money should be used to keep people away from food banks, not to send them to us. We would be glad to act as a "
      "referral partner.\n{{Foodbank Manager|role}}"),
    # 011
    R("resident", "n/a"),
    # 012
    R("resident", plain_only(TPL, lambda t: t.replace(". ", ".\n")), CAMP, "exact"),
    # 013
    R("care worker",
      "{{Mangwanani|lang}}. I am a care worker from {{Zimbabwe|place}}, here on a {{Health and Care Worker visa|law}}. "
      "My visa says {{No Recourse to Public Funds|law}}, so I am told I cannot apply even in hardship. I drive between "
      "clients all day and petrol is expensive. My son [[p:Tinashe]] is in Year 3 at [[sch:Leigh Marsh Primary]] and I "
      "could not pay for his school trip. Please check if the fund can help people like us."),
    # 014
    R("business",
      "I have barber shop on the {{High Street|route}}, {{Kurdistan Barbers|org}}. Electric bill was {{£380|num}} now "
      "{{£910|num}} every quarter. The fund is only for households. Small shop owners are also families, I have four "
      "children. Please make small grant for small business also. {{Zor supas|lang}}.\n[[p:Hawre Mahmood]] "
      "[[ph:01632 960 884]]"),
    # 015
    R("volunteer",
      "I help at the digital drop-in at {{Saltmarsh Library|inv}} on {{Wednesdays|month}} with my friend [[p:Pam]]. I'd "
      "say the paper form point is overdone. We already sit with people because not everyone can apply online, and "
      "that works fine. What the council actually needs is more volunteers and a faster decision. People wait five weeks "
      "and by then the bailiffs have been."),
    # 016
    R("resident", ""),
    # 017
    R("resident",
      "I PAID TAX FOR 45 YEARS AND I GET NOTHING. {{BASILDON COUNCIL|org}} GAVE {{£150|num}} TO EVERYONE IN "
      "BAND A TO C. WHY CANT YOU. SORT IT OUT."),
    # 018
    R("resident", " ".join([S[0], S[1], S[3], S[5]]), CAMP, "edited"),
    # 019
    R("carer",
      "{{Assalamu alaikum|lang}}. I am writing for my mother-in-law, [[p:Nasima Begum]], date of birth "
      "[[dob:01/01/1948]], NHS no. [[nhs:999-445-7713]]. She lives with us and speaks only {{Sylheti|lang}}. She has {{diabetes|med}} and her "
      "insulin must stay in the fridge, so we cannot turn it off. Our council tax account is [[acc:CT 4410 2297]]. "
      "Because my husband works, she is refused. Please count the old person, not the house."),
    # 020
    R("councillor",
      "I have asked the {{Leader of the Council|role}}, Cllr [[p:Gavin Lusted]], to bring this back to {{Full Council|inv}}. "
      "The criteria were written by officers without any input from ward members. In {{Pitsea Vale|inv}} ward "
      "the take-up of last year's scheme was under 20 per cent because nobody knew it existed.\n"
      "Cllr [[p:Tracey Dunmore]], {{Pitsea Vale|inv}} ward"),
    # 021
    R("carer",
      "Sorry this is long. I am a full-time carer for my husband [[p:Keith]] who has {{Motor Neurone Disease|med}}. He "
      "was diagnosed in {{2022|date}} at {{Southend Hospital|hosp}}, hospital number [[hosp:SOU 5512093]], and he is now on a ventilator at night and a "
      "riser recliner in the day, both of which need electricity. His NHS number is [[nhs:999 577 4631]] and I can "
      "send you the letter from the {{MND Association|org}} saying the equipment must run. Our electric bill is "
      "{{£214|num}} a month. We get {{Carer's Allowance|law}} and his {{PIP|law}}, but because we paid off our "
      "mortgage on [[st:Thorpe Bay Gardens]] and have a bit put by for his funeral, which is a horrible thing to have "
      "to write, we are over your savings limit. So we cannot get help. The money is there so that our daughter "
      "[[p:Leanne]] does not have to pay for her dad's funeral. I tried to apply online but the form timed out twice "
      "while I was turning him. I rang the number and was on hold for 52 minutes. When I got through the lady was very "
      "kind but she said the rules are the rules. I understand you have a limited pot. But surely the point of a "
      "hardship fund is to look at the hardship, and a man on a ventilator is hardship. Please add an exception for "
      "medical equipment and let a human being decide. I would be happy to speak to anyone, my number is "
      "[[ph:+44 7700 900 236]] or email me at [[em:sue.keith.h at example dot com]].\n[[p:Susan Hollis]]"),
    # 022
    R("resident",
      "I'm a teaching assistant and I'm writing because I'm one of the ones who earns a bit too much. "
      + " ".join(S[1:5]) + " I would ask the council to sit down with people like me before it decides."),
    # 023
    R("faith group",
      "{{St Cedd's|church}} runs a warm space every {{Tuesday|month}} and {{Thursday|month}} in the church hall. This "
      "winter we saw 60 people a week, many of them pensioners who are just above the threshold. Our churchwarden, "
      "[[p:Malcolm Ayres]], has offered to help people fill in forms. One widow had a boiler breaking down in {{January|month}} and waited six weeks for a decision. Please make the fund "
      "simpler and we will do our part.\n{{Vicar of St Cedd's|role}}"),
    # 024
    R("young carer",
      "im 17 and i look after my mum who has {{ME|med}}. we got turned down cos i work saturdays at {{Greggs|orgp}} and "
      "that counts as household income?? thats my money for college. ive posted about it on tiktok "
      "[[sh:@saltmarsh.sophie]] and loads of ppl said the same"),
    # 025
    R("host",
      "We host a family under {{Homes for Ukraine|law}}, [[p:Olena]] and her two boys. She works at a care home and "
      "has been told she is not eligible because she lives in our household and we are not on benefits. The "
      "{{£350|num}} thank-you payment we get is being counted as our income. That makes no sense. Happy to discuss: "
      "[[em:mark.and.jo at example dot net]]"),
]

for _i in (9, 22):  # edited campaign copies (018 is marked inline)
    ITEMS[_i - 1].camp, ITEMS[_i - 1].role = CAMP, "edited"
