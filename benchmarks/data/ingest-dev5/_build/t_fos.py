"""foster-allowance: review of foster carer fees and allowances (fictional Calderwick Metropolitan Borough Council,
West Yorkshire).

Skill-level fees (Levels 1-3) replaced by one flat fee; birthday/festival payments folded into the weekly allowance;
mileage capped. Foster carers, kinship carers, care leavers, social workers, a children-in-care council.
"""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "FOS", "foster-allowance"
C = "fos-value-our-foster-carers"

TPL = ("I am a foster carer in {{Calderwick|inv}} and I am asking the council to drop the proposal to replace skill-level "
       "fees with a single flat fee. "
       "Carers who have trained for years to look after children with complex needs would lose up to {{£110|num}} a week. "
       "The allowances for the children themselves must never fall below the {{National Minimum Allowance|law}}, and "
       "birthday, holiday and festival payments should stay, because they are for the children, not for us. "
       "Foster carers are already leaving faster than the council can recruit them, and every child placed with an "
       "agency instead costs far more. "
       "Value the carers you have. "
       "Please keep the skill levels, protect the allowances, and talk to us before you decide.")
S = sents(TPL)

ITEMS = [
    # 001
    R("foster carer",
      "We've fostered for 14 years. The flat fee would cost us about {{£95|num}} a week. Our current placement is a "
      "sibling group and the eldest, [[p:Sky]], has just started secondary. We'll manage, but newer carers won't "
      "stay. Please think about retention, not just cost."),
    # 002
    R("foster carer", TPL, C, "template"),
    # 003
    R("kinship carer",
      "I'm nan to [[p:Brook]] and [[p:Tyler-James]] and I've had them since 2021 under a special guardianship order. "
      "Kinship carers get less than foster carers for the same children. [[p:Brook]] is at [[sch:Holme Lane Primary]] and "
      "the uniform alone was {{£86|num}} from the school supplier. The {{Clarks|brand}} shoes were another {{£48|num}}. "
      "I'm 67 and on my pension. [[p:Sandra Pickles]]"),
    # 004
    R("care leaver",
      "im 19 and left care last year. staying with my old carers under {{Staying Put|law}} was the best thing that "
      "happend to me. if carers get less money they wont be able to do staying put. my carer [[p:jackie]] "
      "literally saved my life. dont cut it"),
    # 005
    R("organisation",
      "{{The Fostering Network|org}} notes that the proposed flat fee would place {{Calderwick|inv}} in the bottom "
      "quartile of {{Yorkshire and the Humber|place}} authorities. Skill-based fees recognise training and the "
      "complexity of care. We recommend the council retains a tiered structure and publishes an equality impact "
      "assessment. Our regional manager would be pleased to meet the {{Director of Children's Services|role}}."),
    # 006
    R("foster carer",
      "My husband [[p:Olumide]] and I are foster carers since 2016. We are Yoruba and we live on [[st:Ovenden Gardens]], us lot on [[st:Ovenden Gardens]] are all foster carers or kinship carers, funny enough. We have fostered many Black "
      "children who need carers who understand their hair, their skin, their food. The birthday money is important: "
      "last year for our foster daughter [[p:Grace]] we made a party with jollof and she cried because nobody did "
      "a party for her before. Don't take this away. [[p:Funmilayo Adeleke]]"),
    # 007
    R("foster carer", each(TPL, str.upper), C, "exact"),
    # 008
    R("social worker",
      "Writing as a supervising social worker, not on behalf of the service. The Level 3 carers on my caseload are the "
      "ones who take teenagers at 10pm on a {{Friday|date}}. If they drop to the flat fee, some of them will move to "
      "an independent agency, and we will end up paying the agency {{£1,100|num}} a week for the same carers. "
      "This is a false economy."),
    # 009
    R("foster carer", ""),
    # 010
    R("foster carer",
      "we foster 2 lads with ADHD and one with {{Tourette's|med}}. mileage is the killer, contact is 3 times a week "
      "in {{Huddersfield|place}} and school is the other way. capping mileage at 200 a month means we pay to foster. "
      "our ref with the team is [[acc:FC/2291/K]] if anyone wants to check our claims. [[p:Gaz]] and [[p:Michelle]]"),
    # 011
    R("foster carer",
      "I am a foster carer in Calderwick and I am asking the council to drop the proposal to replace skill-level "
      "fees with a single flat fee. "
      "Carers who have trained for years to look after children with complex needs would lose up to £110 a week. "
      "Our foster son [[p:Kieran-Lee Walsh]], born [[dob:3rd March 2013]], has {{FASD|med}} and needs one of us at "
      "home all day when he is excluded, which is often. He goes to [[sch:Calderwick Park Academy]]. My wife "
      "[[p:Jo]] gave up her job at the {{Halifax|org}} to do this. We live on the fee. "
      "Foster carers are already leaving faster than the council can recruit them, and every child placed with an "
      "agency instead costs far more. "
      "Please keep the skill levels, protect the allowances, and talk to us before you decide.", C, "edited"),
    # 012
    R("Children in Care Council",
      "Members of the {{Calderwick Children in Care Council|inv}} discussed this at our {{June|date}} meeting. "
      "Young people said: birthday and Christmas money should come as money for the child, not hidden in the weekly "
      "amount; pocket money should be the same whatever carer you live with; and carers who are good with teenagers "
      "should be paid more, not less. One member said 'it's not {{Tracy Beaker|char}} or {{Harry Potter|char}}, we're real people'."),
    # 013
    R("foster carer",
      "I agree with the petition that birthday, holiday and festival payments should stay, because they are for the "
      "children. But I don't agree that every skill level should stay. Some Level 3 carers haven't done any training "
      "for years. Pay for actual training and actual complexity instead."),
    # 014
    R("foster carer",
      "We are a fostering household in a farmhouse outside {{Hebden Bridge|place}}: [[hn:Higher Scout Farm]]. "
      "Children come to us from {{Bradford|place}} and {{Leeds|place}} because we have space and animals. The "
      "mileage cap will hit rural carers hardest. The council's {{Head of Service|role}} came out to see us in "
      "{{2019|date}} and said we were exactly the kind of carers they needed."),
    # 015
    R("foster carer", each(TPL, str.lower), C, "exact"),
    # 016
    R("kinship carer",
      "My niece [[p:Kavitha]] has lived with us since her mother died. We are Tamil and our family would never let a "
      "child go to strangers. But we didn't know we could have an allowance until 2023. The social worker, "
      "Mr [[p:Balasubramaniam]], was very kind and helped us. Please make kinship allowances equal and tell families "
      "what they are entitled to."),
    # 017
    R("foster carer",
      "THE COUNCIL FOUND {{£2.4 MILLION|num}} FOR A NEW CAR PARK AT THE TOWN HALL BUT CAN'T PAY FOSTER CARERS. "
      "SHAME ON YOU. [[p:BARBARA ACKROYD]]"),
    # 018
    R("foster carer",
      "I'm a single carer, Level 2, self-employed for tax purposes. My NI number is [[ni:QQ 27 18 94 B]], which "
      "I'm including because your form asked for it (why?). A flat fee makes my planning impossible. I have a "
      "parent-and-baby placement and the baby, [[p:Nevaeh]], is six weeks old. Nobody thought about parent-and-baby "
      "carers in this review. [[p:Carol]], [[hn:Moorside]], Calderwick"),
    # 019
    R("foster carer",
      "Speaking for myself and several carers in our support group, we want the council to think again. "
      "Carers who have trained for years to look after children with complex needs would lose up to £110 a week. "
      "The allowances for the children themselves must never fall below the National Minimum Allowance, and "
      "birthday, holiday and festival payments should stay, because they are for the children, not for us. "
      "Foster carers are already leaving faster than the council can recruit them, and every child placed with an "
      "agency instead costs far more. "
      "We'd welcome a proper meeting with the Cabinet Member before anything is decided.", C, "edited"),
    # 020
    R("care leaver",
      "Im in supported lodgings now at [[fl:Unit 3, Hollins Court]] and I still see my foster mum every Sunday. "
      "Shes the reason I'm at college. Please pay carers properly. Student id [[acc:CC2204871]] if you need proof "
      "I'm a care leaver for the survey. {{Nando's|brand}} on a Sunday is our thing lol. [[p:Ellie-Mae]]"),
    # 021
    R("foster carer",
      "Can I just say the new allowance table is wrong. It shows the {{11-15|num}} age band at {{£246|num}} a week "
      "which is below the {{National Minimum Allowance|law}} for {{2025-26|date}}. Please check."),
    # 022
    R("foster carer",
      "[[p:Ayşe]] and I - sorry, my wife [[p:Ayşe]] and I are Turkish and we foster Turkish- and Kurdish-speaking "
      "children, mostly unaccompanied asylum seeking boys. Their needs are very high: trauma, Home Office interviews, "
      "{{ESOL|org}}. The Level 3 fee is the only reason we can do this. We live at [[st:7 Sycamore Rise]], "
      "[[pc:HX7 4QT]]. [[p:Mustafa Demir]]"),
    # 023
    R("foster carer",
      "OK with a flat fee if it's at Level 2 rate, not Level 1. Keep birthday money."),
    # 024
    R("foster carer", plain_only(TPL, lambda s: s.replace(". ", ".\n\n").replace(", ", " , ")), C, "exact"),
    # 025
    R("kinship carer",
      "Well I've been meaning to write to somebody about this for a long time so here goes, and I'm sorry if it goes "
      "on. I'm grandma to [[p:Shay]] and [[p:Destiny]], they came to me in 2020 in the lockdown when my daughter was "
      "poorly with her drinking, and I was 61 and had just retired from the mill shop in {{Brighouse|place}}. I didn't "
      "know anything about allowances, I just took them in, because that's what you do. It was nearly a year before "
      "anybody from {{Calderwick|inv}} told me I could be assessed as a kinship foster carer. The social worker then, "
      "[[p:Anjali]], was lovely, but she left and we've had four since. Every one asks the same questions. Now I read "
      "in this review that kinship carers will be on the flat fee same as everybody, which sounds fair, but it "
      "says 'subject to assessment' and I don't know what that means for me. I have both of them in my two-bed on "
      "[[st:Fieldhead Street]], [[p:Shay]]'s on the box room floor some nights because [[p:Destiny]] has nightmares and won't "
      "sleep alone. We've been on the housing list for a three-bed since {{2021|date}}, ref [[acc:CMBC-HR-117742]]. "
      "The birthday money matters to me because I can't do a party on my pension. Last year [[p:Destiny]] wanted a "
      "{{Frozen|char}} cake and I got one from {{Asda|brand}} with that money. [[p:Shay]] wanted {{Leeds United|org}} "
      "tickets and my brother took him. These little things are what makes them feel like normal kids. I'd ask the "
      "council to remember kinship carers didn't choose this, we stepped up. Don't make it harder. And please give us "
      "one social worker that stays. Thank you for reading. [[p:Pauline Sugden]]"),
    # 026
    R("foster carer",
      "Our supervising social worker, Mrs [[p:Adeyemi]], told us to respond so here it is. We are Level 1, new, and "
      "the flat fee is actually more for us. But we've seen how hard the experienced carers work and it's not fair "
      "on them. Level 1 carers should not be paid the same as someone with 20 years. [[p:Priya]] and [[p:Dan]]"),
    # 027
    R("independent reviewing officer",
      "As an {{Independent Reviewing Officer|role}}, I see placement breakdowns where carers are stretched. Financial "
      "stress is a real factor. I would urge the council not to reduce the allowance for children with disabilities. "
      "I do not support the proposal in its current form."),
    # 028
    R("foster carer",
      "Carers who have trained for years to look after children with complex needs would lose up to £110 a week. "
      "Foster carers are already leaving faster than the council can recruit them, and every child placed with an "
      "agency instead costs far more. "
      "Value the carers you have. "
      "I'm one of those about to leave. After nine years I'm moving to an agency in {{Wakefield|place}} that pays "
      "more and answers the phone. My number is [[ph:07700 900 482]] if the {{Head of Fostering|role}} wants to know "
      "why. [[p:Lorraine]], NI [[ni:QQ 55 90 13 C]] for the tax side.", C, "edited"),
    # 029
    R("foster carer",
      "My email is [[em:fostering.faiths at example dot net]] - we'd like to be kept informed. We care for children "
      "from our church ({{St Michael's|church}}) as respite carers. Respite carers aren't mentioned in the review at all."),
    # 030
    R("resident",
      "I'm not a carer. But I was in care in the 90s and my foster mum [[p:Mavis]], in her terraced house on "
      "[[st:Cross Lane]], made me who I am. Pay them what they're worth."),
    # 031
    R("foster carer",
      "Flat fee is fine by us. Simpler. We never understood the levels anyway."),
    # 032
    R("foster carer",
      "Please can the council not forget carers of disabled children. Our foster son [[p:Reuben]] (NHS [[nhs:9996455939]], hospital no. [[hosp:LGI 4410287]]) has cerebral palsy "
      "and we had to buy a wheelchair-accessible car, [[vr:YD19 WPX]], on finance. Mileage cap would cripple us. "
      "He's at [[sch:Oakfield Special School]]. tiktok [[sh:@reubens_roadtrips]] has 3k followers who follow his trips."),
]
