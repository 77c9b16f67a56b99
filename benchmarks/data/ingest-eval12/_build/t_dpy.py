"""direct-payments: the London Borough of Thamesbrook (fictional, south-east London on the Thames) reviews direct
payments for disabled children's short breaks: one hourly rate of £13.85 (the London Living Wage) for personal
assistants with no on-cost uplift (now £16.40), a points-based Resource Allocation System, all payments moved to
prepaid cards managed by Thamesbrook Direct, and no payments to close relatives in the same household except in
exceptional cases."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "DPY", "direct-payments"
C = "dpy-no-pas-no-breaks"

TPL = (
    "We are families of disabled children in {{Thamesbrook|inv}} who employ personal assistants with our "
    "{{direct payments|term}}. "
    "Our PAs are not agency staff. "
    "They are skilled, they know our children, and many have stayed with us for years. "
    "The proposed rate of {{£13.85|num}} an hour covers their wages only, but as employers we also pay holiday pay, "
    "employer's National Insurance, pension contributions, insurance and payroll. "
    "At that rate we will lose our PAs to supermarkets and agencies, and our children will lose their short breaks. "
    "{{No PAs, no breaks|slogan}}. "
    "We ask the council to keep an hourly rate that covers the full cost of employment, to publish how the new "
    "points system was tested, and to let families choose whether to use a prepaid card."
)
S = sents(TPL)


def clause_lines(s):
    return s.replace(", ", ",\n").replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 a personal assistant
    R("personal assistant", "Been PA to a fourteen-year-old autistic boy in {{Kestrel Green|inv}} six years. His mum "
      "pays me {{£15.10|num}} an hour plus holiday. At {{£13.85|num}} with nothing for holiday she can't keep me. "
      "{{Lidl|orgp}} pays near the same and nobody bites me there. I don't want to leave him.\n[[p:Marcia Campbell]], "
      "NI no. [[ni:QQ 73 05 28 C]]"),
    # 003
    R("parent", "Disagree."),
    # 004 Somali mother: a relative as PA
    R("parent", "My son [[p:Abdirahman]] is 12, autism and {{epilepsy|med}}, at [[sch:Brookhaven School]]. His PA "
      "is my cousin [[p:Hodan]], she lives with us in [[fl:Flat 9, Marlowe House]] because London rent is impossible. "
      "She is the only one he lets give his medicine. The agency sent four different people in one month. "
      "{{Mahadsanid|lang}}."),
    # 005 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 006 parent carer forum: formal numbered response
    R("organisation", "Response of the {{Thamesbrook Parent Carer Forum|inv}} to the Short Breaks Direct Payments "
      "Review\n"
      "1. The Forum has 640 member families. We surveyed them in {{May|date}} and June; 212 replied, 87 of whom employ "
      "a PA.\n"
      "2. A rate of {{£13.85|num}} with no on-cost uplift is below the true cost of employment. Employers must fund "
      "holiday pay (12.07%), employer's National Insurance, auto-enrolment pension and employer's liability "
      "insurance.\n"
      "3. The Resource Allocation System should be co-produced with families, as the "
      "{{Council for Disabled Children|org}} recommends, and tested on real cases before it is used.\n"
      "4. Prepaid cards suit some families and not others. They should be an option, not a condition.\n"
      "5. The council's duty under {{section 17 of the Children Act 1989|law}} and the "
      "{{Breaks for Carers of Disabled Children Regulations 2011|law}} is to the child. Savings should not come from "
      "the wages of the people who care for them.\n"
      "6. We ask to meet the {{Director of Children's Services|office}} before any decision.\n"
      "[[p:Adaeze Okonkwo]] and [[p:Ruth Feldman]], {{Co-Chairs|role}}"),
    # 007 young man at college with a PA
    R("young person", "I'm 19, I have {{cerebral palsy|med}} and I'm at [[sch:Thamesbrook College]] doing media. My "
      "PA [[p:Kwame]] takes me to {{Arsenal|club}} home games and the gym. He's 24 and saving for a deposit, and if "
      "his money drops he'll drive for {{Uber|brand}} or stack shelves at {{Sainsbury's|orgp}} instead. I get that. Please don't make him."),
    # 008 edited: personal paragraph
    R("parent", " ".join(S[:3]) + "\n\nOur daughter [[p:Amara]], born [[dob:17 August 2012]], has a rare epilepsy and "
      "needs two-to-one care when she goes out. She is under the {{Evelina London Children's Hospital|hosp}}, hospital "
      "number [[hosp:EV 7732018]]. Our direct payment account is [[acc:TB-DP-30419]] and the same two PAs have worked "
      "with her since she was six.\n\n" + " ".join(S[3:]) + "\n\n[[p:Chidinma Eze]]\n"
      "[[fl:Flat 22, Brunel House]], Kestrel Green [[pc:SE28 0XB]]\n[[ph:020 7946 0418]]", C, "edited"),
    # 009 blank
    R("parent", ""),
    # 010 Turkish father
    R("parent", "My son [[p:Emir]] is 10, he has {{cerebral palsy|med}} and he cannot speak. We have a shop on "
      "{{Green Lanes|route}} and my wife and I work there seven days. The PA takes [[p:Emir]] swimming on Sunday, this "
      "is his best day. With the new rate the PA will go. Please write to me: [[em:yilmaz.family(at)example.com]]. "
      "{{Teşekkürler|lang}}.\n[[p:Murat Yılmaz]]"),
    # 011 exact: one clause per line
    R("parent", plain_only(TPL, clause_lines), C, "exact"),
    # 012 social worker, union steward
    R("social worker", "I am a social worker in the {{Disabled Children's Team|own}} and a {{UNISON|org}} steward. "
      "Colleagues have tested the draft points system on their own caseloads. In our small sample, children with "
      "complex health needs but good verbal skills lose hours, and families with two disabled children are scored "
      "as if the second child needs nothing extra. The council should publish the testing it says it has done. I "
      "don't believe it has done any. Most of my caseload are at {{Brookhaven School|venue}}, and not one family "
      "there has been asked."),
    # 013 Tamil mother
    R("parent", "{{Vanakkam|lang}}. My son [[p:Kavin]], d.o.b. [[dob:30.01.2017]], is autistic and in the autism "
      "base at [[sch:Ashmere Primary]]. On Saturday his PA [[p:Priya]] takes him to the park so I can take his sister "
      "to Tamil school. If we lose [[p:Priya]] we lose our Saturday. Our direct payment number is "
      "[[acc:DP-0051882]]. {{Nandri|lang}}."),
    # 014 edited: reworded first-person opening and closing
    R("parent", "I'm a single dad in {{Thamesbrook|inv}} and I employ one PA for my son out of his direct payment. "
      + " ".join(S[1:6]) + " I'm asking the council, as someone who has done the sums: pay a rate that covers the "
      "full cost of employing someone. Otherwise don't pretend it's a choice.", C, "edited"),
    # 015 payroll provider
    R("business", "{{Ledgerwise Payroll|inv}} runs payroll for {{212|num}} direct payment employers in the borough. "
      "After the rise in employer's National Insurance from {{April 2025|date}}, and with {{HMRC|org}} auto-enrolment "
      "duties, a PA on {{£13.85|num}} an hour costs an employer about {{£16.20|num}} an hour once holiday pay, "
      "pension and insurance are included. A rate of {{£13.85|num}} gross to the family would leave most of our "
      "clients paying below the {{London Living Wage|law}}, which {{the Mayor of London|office}} asks every employer to pay, or in breach of their duties as employers."),
    # 016 Nigerian (Yoruba) mother
    R("parent", "My twins [[p:Tobi]] and [[p:Kehinde]] are both autistic, 7, at [[sch:St Saviour's]]. The PA "
      "comes on {{Saturday|date}} so I can rest; my husband is working in {{Lagos|place}} this year. The points system "
      "gives twins the same as one child plus a little. It does not work like that in my house. {{E se o|lang}}. "
      "[[ph:020 7946 0127]]"),
    # 017 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 018 near-miss
    R("parent", "Our PAs are not agency staff, they're mostly family friends, and {{£13.85|num}} is fine for us. The "
      "prepaid card is the bigger problem. Half the places we go don't take it."),
    # 019 young carer, lower case
    R("young carer", "im 14 and a young carer for my brother [[p:jayden]] who has autism. when his pa [[p:tunde]] takes "
      "him out on saturdays i get to go training with {{millwall lionesses|club}} under 15s. if [[p:tunde]] goes i cant go. "
      "thats it really. we're on [[st:nightingale walk]] if u need to check"),
    # 020 edited: two sentences + own text
    R("parent", " ".join(S[3:5]) + " I've done payroll for our PA for five years on my kitchen table. Every April "
      "something changes. The council should come and sit at that table for one month.", C, "edited"),
    # 021 Vietnamese mother
    R("parent", "My daughter [[p:Linh]] is 11, she has {{Down's syndrome|med}} and heart problem. I pay her PA by "
      "bank transfer every month. If you change to prepaid card, the PA say she does not want, because of the fees. "
      "My direct payment account is [[acc:DP-0047219]], please check I never miss one return. {{Cảm ơn|lang}}.\n"
      "[[p:Nguyen Thi Hoa]]"),
    # 022 capitals
    R("parent", "I EMPLOY TWO PAS FOR MY SON [[p:KEMAR]]. I HAVE DONE IT FOR NINE YEARS WITH NO HELP FROM THE "
      "COUNCIL EXCEPT THE MONEY. NOW YOU WANT TO CUT THE MONEY. WE DRIVE HIM EVERYWHERE IN OUR "
      "{{MOTABILITY|org}} CAR [[vr:LK70 TZE]] BECAUSE NO CAB WILL TAKE HIS CHAIR. SHAME ON YOU.\n"
      "[[p:DELROY WILLIAMS]]"),
    # 023 edited: a sentence dropped and a personal paragraph (Ghanaian father)
    R("parent", " ".join(S[:2] + S[3:5]) + "\n\nI employ one PA for my son [[p:Kofi Junior]], who is nine and has "
      "{{sickle cell|med}} and a brain injury after a stroke at four. As his employer my own NI number is on the "
      "payroll forms, [[ni:QQ 41 27 93 B]], and I have done every form correctly for four years. "
      "{{Medaase|lang}}.\n\n" + " ".join(S[5:]) + "\n[[p:Kwabena Mensah]]", C, "edited"),
    # 024 ramble: a mother and the PA who has been with them nine years
    R("parent", "[[p:Bernadette]] has been my daughter's PA for nine years. [[p:Rosie]] was five when she started, "
      "still in nappies, still fitting most nights, and [[p:Bernadette]] was a dinner lady from {{Chelsea|placename}} who had looked after her own "
      "brother. I trained her myself in gastrostomy feeds and rescue meds, and the nurses from "
      "{{Great Ormond Street|hosp}} trained her in suction. She knows what every sound [[p:Rosie]] makes means. She "
      "knows that [[p:Rosie]] will only go in the lift at the shopping centre if you sing the {{Peppa Pig|char}} tune, "
      "and that she loves the boats, so they go down to the {{Cutty Sark|ship}} or the {{Thames Barrier|landmark}} on the bus and watch the river for "
      "an hour.\n\nI pay [[p:Bernadette]] {{£15.60|num}} an hour. With her holiday pay and the employer's National "
      "Insurance and her pension it costs the direct payment about eighteen pounds, and the council's own rate has "
      "covered it until now. Under the new rate I would have to cut her hours by a quarter or cut her pay, and she "
      "has told me, kindly, that she cannot afford either. She is sixty-one, her husband has just been made "
      "redundant, and {{Marks & Spencer|orgp}} would pay her more to stack shelves.\n\nIf she goes, there is no replacement. I have tried agencies. They send whoever they have and "
      "none of them will do suction. So the break I get, four hours on a Saturday and one evening a week, which is "
      "the only time I sleep properly, would go. And the council would be paying for a residential short break "
      "within a year, which costs many times more.\n\nI understand there is no money. But this is the wrong place to "
      "look for it. Please keep the rate at the real cost of employment.\n[[p:Jo Whitfield]], mother of "
      "[[p:Rosie]], NHS number [[nhs:999 247 5579]]"),
    # 025
    R("parent", "Pay carers properly."),
]
