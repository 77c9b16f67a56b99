"""litter-enforcement: Tayburgh City Council (fictional city on the Tay) proposes a two-year pilot in which a
private firm, Kerbside Compliance Ltd (fictional), issues £80 fixed penalty notices for litter, cigarette ends,
dog fouling and spitting (£50 if paid within 14 days), its officers wearing body cameras and the firm paid per
ticket. Dundonian voices, students, dog walkers, a litter-picking group, carers."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "LIT", "litter-enforcement"
C = "lit-clean-streets-not-cash-targets"

TPL = (
    "We are residents of {{Tayburgh|inv}} who want clean streets, and we oppose the plan to hand litter "
    "enforcement to a private company paid by the ticket. "
    "When a firm earns money from every fine, its officers are pushed towards the easy cases: a pensioner who "
    "drops a bus ticket, a young mum whose child drops a crisp packet, a smoker at a bus stop. "
    "Meanwhile fly-tipping and dog fouling in the schemes go on as before. "
    "An {{£80|num}} fine is a week's shopping for some of the families in this city. "
    "Spend the money on more bins, more street cleaners and more community clean-ups instead. "
    "If there must be enforcement, keep it in-house, with no targets and a fair appeal. "
    "Clean streets, not cash targets."
)
S = sents(TPL)


def no_commas(s):
    return s.replace(",", "")


def stretched(s):
    return s.replace(", ", " , ").replace(". ", ".  ")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Dundonian pensioner; a bakery named after its founders
    R("pensioner", "Eh wis gettin a peh an a bridie fae {{Goodfellow's|orgp}} an this laddie in a black jaicket wi "
      "a camera oan his chest follaed me up the road fur drappin the paper bag on ma wey hame tae [[st:Ancrum Terrace]]. Eh hudnae even drapped it, it blew "
      "oot ma hand. Eighty quid. Eh'm seventy-six. {{Awa an bile yer heid|scots}}."),
    # 003 exact, lower case and no commas
    R("resident", plain_only(each(TPL, str.lower), no_commas), C, "exact"),
    # 004 Iranian PhD student: ticket number, name
    R("student", "PhD student at {{Tayburgh University|inv}}, from {{Shiraz|place}}. I was fined because I put my "
      "coffee cup on a full bin and it fell. The officer did not listen, the man at the desk, [[p:Graham]], said no appeal. Ticket [[acc:KC-FPN-204817]]. I paid "
      "{{£50|num}} because I was afraid for my visa. Not fair for international students. {{Merci|lang}}.\n"
      "[[p:Reza Karimi]]"),
    # 005 one word
    R("resident", "Agree."),
    # 006 edited: added personal paragraph (toddler, Scottish flat number, street, postcode)
    R("parent", " ".join(S[:2]) + "\n\nThat young mum was me. My wee boy [[p:Lewis]] flung his crisp packet oot "
      "the buggy at the bus stop on {{the Hilltown|route}} and I got the ticket before I'd even bent down for it. I "
      "was holding a bairn and a bag of messages, on the way back from [[sch:Craigmill Nursery]]. We live in [[fl:Flat 2/1]], [[st:14 Craigmill Street]], "
      "[[pc:DD4 8XJ]], and there has been a burst mattress in our back green since {{August|date}}. Nobody fines "
      "anybody for that.\n\n" + " ".join(S[2:]), C, "edited"),
    # 007 Chinese student in favour; English name; handle; app
    R("student", "I am [[p:Chen Yuxin]], my English name is [[p:Cindy]]. I think fines are a good idea. In "
      "{{Shanghai|place}} the streets are very clean because of rules. But the officers must explain in simple "
      "English, and give a paper in other languages. I post about life in Tayburgh on {{Xiaohongshu|brand}} as "
      "[[sh:@cindy_by_the_tay]]. {{谢谢|lang}}."),
    # 008 near-miss: one template sentence, then support for fines
    R("resident", "Spend the money on more bins, more street cleaners and more community clean-ups, aye, fine, but "
      "folk still need fined. The dog dirt on {{the Kingsway|route}} verges is a disgrace and nobody has ever been "
      "caught. If a private firm catches them, good."),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 litter-picking group: founder named; law; organisation
    R("organisation", "{{Craigmill Community Litter Pickers|inv}}: 140 volunteers, 3,000 bags since our founder, the "
      "late [[p:Isa Middleton]], started us with a bucket in {{2017|num}}. The council already has powers under the "
      "{{Environmental Protection Act 1990|law}} and the {{Dog Fouling (Scotland) Act 2003|law}} and barely uses "
      "them. {{Keep Scotland Beautiful|org}} found bins change behaviour more than fines. "
      "[[em:craigmill.pickers@example.org]]"),
    # 011 edited: reworded opening and closing
    R("resident", "I've lived in the schemes for forty year and I'll tell you who gets fined and who doesn't. "
      + " ".join(S[1:6]) + " The council should clean up its own back courts before it starts fining pensioners.\n[[p:Jessie Doig]], "
      "[[fl:3F2]], [[st:41 Balcraig Road]]", C, "edited"),
    # 012 dog walker; dogs named like people and a place
    R("dog owner", "I walk {{Dougal|pet}} and {{Skye|pet}} round {{Balgay Park|landmark}} twice a day, {{Hogmanay|event}} included, and I always "
      "pick up. The problem is there's no bin for half a mile since the council took three away. If you fine "
      "people, put the bins back first.\n[[p:Morag Inglis]]"),
    # 013 blank
    R("resident", ""),
    # 014 characters and brands
    R("resident", "We grew up reading {{Oor Wullie|char}} and {{The Broons|char}}, sitting on an upturned bucket "
      "in the street, and nobody fined us. The mess now is {{Buckfast|brand}} bottles and {{Irn-Bru|brand}} cans "
      "under the benches at the bus station. That's the folk you want, not grannies, and {{the Lord Provost|office}} kens it."),
    # 015 night-shift worker; officer's car
    R("shift worker", "I work nights at {{Ninewells|hosp}} and was stopped at {{7am|num}} for dropping ash from my vape, "
      "which isn't even litter. The officer had no ID on show. When I asked his name he walked off and got into "
      "a grey Astra, [[vr:SP17 ZRV]], no markings. How are we meant to know he's real? My complaint is ref "
      "[[acc:TCC-COMP-55120]]."),
    # 016 carer of a son with Williams syndrome: name, DOB, NI number; a brand named after a person
    R("carer", "My son [[p:Euan Baxter]] is 26 and has {{Williams syndrome|med}}. He chats to everybody. He was "
      "given a ticket for dropping a {{Tunnock's|orgp}} wrapper and didn't understand what was happening; the "
      "officer kept him twenty minutes. I'm his appointee, so for the appeal: born [[dob:12.01.1998]], National "
      "Insurance [[ni:QQ 41 27 93 B]]. [[p:Euan]] now won't go into town on his own."),
    # 017 edited: partial template plus own text; obfuscated email
    R("resident", S[1] + " " + S[3] + " I've seen it with my own eyes at the {{Seagait|route}} bus stance: three tickets "
      "in ten minutes, all to folk over seventy. " + S[5] + " Get in touch if you want names of witnesses: "
      "[[em:tamsin.rae at example dot com]]", C, "edited"),
    # 018 retired police officer
    R("resident", "Thirty years with {{Strathclyde Police|org}} and then {{Police Scotland|org}}. A fixed penalty "
      "is only as good as the officer issuing it. Commission-based enforcement was tried elsewhere and dropped "
      "after complaints. A council {{community warden|role}} who knows the area would do better."),
    # 019 edited: two sentences dropped, personal postscript with a lower-case ticket number
    R("resident", " ".join(S[:3] + S[5:]) + "\nPS my ticket is [[acc:kc-fpn-199302]] and I'm appealing it."
      , C, "edited"),
    # 020 young man, lower case; friend's hyphenated name; handle
    R("young person", "got done for spittin at the bus stop lol {{80 quid|num}}. my pal [[p:jamie-lee]] filmed the whole "
      "thing its on his {{tiktok|brand}} [[sh:@jl_taytoon]] the guy was proper aggressive. make them wear a badge at least"),
]
