"""early-years-send: Sedgecombe County Council (fictional, Somerset) proposes to move its Portage service from weekly
to monthly home visits, and to replace Early Years SEND Inclusion Funding (SENIF) with a banded 'Little Steps Inclusion
Fund' claimed termly by nurseries and childminders. West Country voices."""
from common import R, each, plain_only, sents

PREFIX = "EYS"
CONSULTATION = "early-years-send"
C = "eys-keep-portage-weekly"

TPL = ("{{Portage|therapy}} works because it comes into the home every week. A {{Portage Home Visitor|role}} sits on the "
       "floor with our children, sets small steps we can practise together, and comes back seven days later to see how "
       "it went. Monthly visits are not Portage, they are a check-in. The first three years are when the brain grows "
       "fastest, and for children with {{Down's syndrome|med}}, {{cerebral palsy|med}} or global developmental delay "
       "every week counts. We ask {{Sedgecombe County Council|inv}} to keep weekly visits for every family who needs "
       "them, to clear the waiting list, and to make sure early years inclusion funding follows the child into nursery "
       "without a new form for every term. Small steps, every week. Keep Portage weekly.")
S = sents(TPL)

ITEMS = [
    # 1
    R("parent",
      "Our [[p:Poppy]] is 2 and has {{global developmental delay|med}}. Our Portage lady comes every Thursday and [[p:Poppy]] "
      "knows the sound of her car. Our cat {{Gerald|pet}} sits in on every session. She loves {{Hey Duggee|char}}. She's sat up on her own since {{Christmas|date}} because of the little steps we "
      "practised. Monthly would be a disaster for us."),
    # 2
    R("childminder",
      "Registered childminder in {{Huish Barton|inv}}. The current {{SENIF|send}} form is 4 pages and I can manage it. "
      "The new banded fund asks for a termly 'evidence portfolio' and a {{SENCO|send}} sign-off. I am the SENCO, I am "
      "also the cook, the cleaner and the accountant. Childminders will stop taking children with additional needs."),
    # 3
    R("parent", TPL, C, "template"),
    # 4
    R("nursery manager",
      "Manager of a 40-place pre-school. We have three children with {{EHCP|send}} applications in and five on "
      "{{SEN Support|send}}. Inclusion funding pays for a second adult at lunch. If the new bands mean less per child, "
      "we will have to reduce hours for those children, and that is discrimination under the {{Equality Act 2010|law}}, "
      "which we will not do, so we will go under instead."),
    # 5
    R("grandparent",
      "Me and my husband look after our grandson two days a week while his mum works. He's got {{Angelman syndrome|med}}. "
      "The Portage visitor shows us as well as his mum so we all do the same. Proper lovely she is. We're out at [[hn:Lower Combe Farm]] so she drives a way to us. Don't you go "
      "cutting it, my lover. We live in {{hope|word}}."),
    # 6
    R("parent", ""),
    # 7
    R("parent", each(TPL, str.lower), C, "exact"),
    # 8
    R("early years SENCO",
      "{{Area SENCO|role}} response. The proposal to move to banded funding is sensible on paper. It needs (1) a "
      "moderation panel that meets monthly, not termly; (2) funding backdated to the date of referral; (3) no "
      "requirement for a diagnosis. Children under three with {{Down's syndrome|med}}, hearing loss or "
      "{{Williams syndrome|med}} are known at birth and should not wait for a panel."),
    # 9
    R("parent",
      "My son [[p:River]] was born at 26 weeks at {{Musgrove Park|hosp}}. He's 19 months now, corrected 16. We are on "
      "the waiting list for Portage and have been for seven months. Our ref is [[acc:PTG/2024/0193]] and his {{Musgrove Park|hosp}} number is [[hosp:MPH-0193374]]. Monthly visits "
      "for everyone means even longer waits? Doesn't add up. [[em:river.mum at example dot org]]"),
    # 10
    R("physiotherapist",
      "Paediatric physiotherapist. Portage Home Visitors carry on our programmes between visits. Parents of children with "
      "{{cerebral palsy|med}} told us at our last {{Bobath|therapy}} group that the Portage visit is the one they "
      "would keep if they had to choose. That says a lot."),
    # 11
    R("parent",
      "we are in [[fl:flat 6]] [[st:Quantock View]] in {{bridgwater|place}}, 2nd floor no lift, my daughter [[p:willow]] "
      "has a wheelchair buggy, portage come to us cos we cant get out easy. please dont change it. my ni no [[ni:qq 65 02 71 a]] if u need it for the carers. "
      "[[ph:07700900526]]"),
    # 12
    R("parent",
      " ".join(S[:4]) + "\n\n"
      "I am a foster carer for a baby girl, [[p:Faith]], [[dob:born 11 January 2024]]. She came to us at five days "
      "old with neonatal abstinence syndrome and she is only now starting to reach for toys. Her Portage visitor is "
      "the one professional who sees her every week. Her social worker changes every few months.\n\n"
      + S[5] + " " + S[6], C, "edited"),
    # 13
    R("parent",
      "Portage is good. Nursery is good. Forms is bad."),
    # 14
    R("Portage Home Visitor",
      "I've been a {{Portage Home Visitor|role}} in {{Sedgecombe|inv}} for eleven years. Caseloads are 22 families. "
      "Moving to monthly won't cut the waiting list, it will give each of us 60 families we barely know. We follow the "
      "{{National Portage Association|org}} model. As one mum put it to me, monthly visits are not Portage, they are a check-in. Monthly isn't it. [[p:Jen]]"),
    # 15
    R("parent",
      "Mum of twins, [[p:Sky]] and [[p:Summer]], both with {{hypotonia|med}}. We live out past {{Wiveliscombe|place}} and "
      "there's one bus on a {{Tuesday|date}}. Portage coming to the house is the only way it works. Their nursery, "
      "[[sch:Buttercups Day Nursery]], has been amazing with the funding too, please don't make their life harder. Ring me on [[ph:07700-900-751]]. Our Little Steps application is [[acc:LSIF 0047-22]]."),
    # 16
    R("councillor",
      "As the {{Lead Member for Children and Families|role}} I want to thank the 400 families who came to the drop-in "
      "sessions. We have heard clearly that Portage matters. The budget pressure is £1.1m in the High Needs Block. "
      "Cllr [[p:Trudy Venn]]"),
    # 17
    R("speech and language therapist",
      "{{SALT|send}} response: early communication work ({{intensive interaction|therapy}}, {{Makaton|therapy}}, {{Hanen|therapy}} "
      "strategies) is most effective when modelled often. Once a month is not enough for parents to build confidence."),
    # 18
    R("parent",
      "My son [[p:Teddy Ashworth-Lane]], [[dob:DOB 30/05/2022]], goes to [[sch:Little Owls Pre-School]] in "
      "{{Chard|place}}. They waited eight weeks for his inclusion funding last year and couldn't take him for full "
      "sessions until it came through. NHS number [[nhs:999 186 0916]] if you want to check his referral. We'll fight "
      "this."),
    # 19
    R("parent", each("\n".join(S), str.upper), C, "exact"),
    # 20
    R("parent",
      "KEEP PORTAGE. My son had it in the {{1990s|date}}, now my granddaughter has it. Best service this council ever "
      "had. Follow her on [[sh:facebook.com/littlemiss.marigold.2021]]"),
    # 21
    R("parent",
      "Here's our story. Our daughter has a rare chromosome deletion and at 18 months she couldn't roll. " + S[1] +
      " " + S[3] + " She rolls now. She sits. She says 'dada'. " + S[5] + " " + S[6], C, "edited"),
    # 22
    R("parent",
      "Portage helped my little girl [[p:Maisie-Rae]]. I don't know the funding stuff. Sorry."),
    # 23
    R("foster carer",
      "We're foster carers and have had four babies with additional needs in the last five years. Every one of them "
      "had weekly Portage. The idea that we'd do a monthly check-in is madness. Please talk to {{Fostering Network|org}} too. "
      "[[p:Bev]] & [[p:Keith Harcombe]], [[hn:Orchard End]], [[st:Moor Lane]], {{Langport|place}}, [[pc:TA10 9QX]]"),
    # 24
    R("parent",
      "Me and the kids' dad are Romanian. [[p:Ionuț]] is 3, autism, he don't speak yet. Portage lady [[p:Kate]] show us "
      "pictures ({{PECS|therapy}}) and now he give me picture of juice, or picture of {{Peppa Pig|char}} for the tablet! For us that is a big thing. {{Mulțumesc|lang}} for this "
      "service. Please no change."),
    # 25
    R("resident",
      "Seems a reasonable saving to me. Nurseries should be doing this already."),
]
