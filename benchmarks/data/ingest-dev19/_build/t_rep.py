"""housing-repairs: Bae Morlais County Borough Council (fictional, on Swansea Bay) proposes to change its
tenants' repair service: repairs reported by app or web form only (the phone line kept for emergencies), non-urgent
repairs extended from 28 to 60 days, the Port Morlais repairs office closed and the work contracted to Castell
Property Services."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "REP", "housing-repairs"
C = "rep-fix-it-first-time"

TPL = (
    "We are council tenants in {{Bae Morlais|inv}} and we object to the changes to the repairs service. "
    "Sixty days for a non-urgent repair is two months of a dripping ceiling, a back door that won't lock or a cooker on one ring. "
    "Many tenants are older, disabled or have no internet, and an app is no use to them. "
    "Closing the office on {{Heol y Dociau|route}} means nobody to speak to face to face. "
    "Fix it first time, fix it in good time. "
    "We ask the council to keep the 28 day target, keep a phone line for every repair, and keep the repairs office open "
    "at least three days a week. "
    "Damp and mould must always be treated as urgent."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("council tenant", TPL, C, "template"),
    # 002 Swansea voice, damp
    R("council tenant", "I've been waiting since {{September|date}} for someone to look at the mould in the baby's "
      "bedroom, job number [[acc:BMR-558201]]. Now you're telling me sixty days? Where to is the sense in that, mun. My "
      "little one [[p:Tegan]] has been in {{Morriston Hospital|hosp}} twice with her chest, her NHS number is [[nhs:999 313 1873]], ask {{Swansea Bay University Health Board|org}}. Come and see it, I'm in "
      "[[fl:Flat 2, Bryn Eithin House]], [[pc:SA1 8ZP]]."),
    # 003 exact, lower case
    R("council tenant", each(TPL, str.lower), C, "exact"),
    # 004 short
    R("council tenant", "An app is fine by me, I do my banking on {{Monzo|brand}}. Our lodger, [[p:Dritan]], reported the shower on it and they came the same week. Quicker than waiting on the phone for an hour."),
    # 005 Welsh-speaking tenant
    R("council tenant", "{{Bore da|welsh}}. I'd like to write in Welsh but the form won't let me save it, so English "
      "it is. Is the app going to be in Welsh? The law says it should be, the {{Welsh Language Standards|law}} apply to "
      "the council and {{the Welsh Language Commissioner|office}} will hear about it. Mam is 91 and only really comfortable in Welsh, she lives at [[st:Heol Cwm Gwyn]] and she will never "
      "use an app. {{Diolch|welsh}}. [[p:Eirlys Prosser]]"),
    # 006 blank
    R("council tenant", ""),
    # 007 edited: personal paragraph
    R("disabled person", " ".join(S[:3]) + "\n\nI am registered blind and use a wheelchair. My support worker "
      "[[p:Rhiannon]] helps me with post but she is only with me two hours a week. I cannot use an app with my screen "
      "reader because the one in the trial had buttons with no labels. My NHS number is [[nhs:999 584 9291]] if you "
      "want to check my needs are on file, because last time the contractor turned up and said they weren't.\n\n" +
      " ".join(S[3:]) + "\n[[p:Gethin Rowlands]], [[st:7 Maes yr Ysgol]], Port Morlais", C, "edited"),
    # 008 exact caps
    R("council tenant", each(TPL, str.upper), C, "exact"),
    # 009 contractor employee
    R("council staff", "I have worked as a plumber in the council's repairs team for nineteen years. {{Castell Property "
      "Services|org}} pay less, don't recognise {{Unite|org}}, and use subcontractors who have never been in these houses. We know the {{Wates|orgp}} "
      "houses on the {{Cefn Hendre|inv}} estate need a different boiler part to everything else. They won't. I'm not "
      "putting my name, for obvious reasons."),
    # 010 Kurdish ESL
    R("council tenant", "I am [[p:Shilan Ahmed]], I live with my husband and four children. Our window in the kitchen is "
      "broken from {{January|date}}, I phone many time, now the man say use app. My English for writing is not so good, "
      "my daughter [[p:Hêvîn]] she is 12 (born [[dob:21.03.2012]]), she help me now with this. She go to [[sch:Ysgol Bae Morlais]]. Please keep phone. National Insurance [[ni:qq 72 15 09 c]] is my husband. "
      "My number [[ph:029 2018 0461]]."),
    # 011 one word
    R("council tenant", "Agree"),
    # 012 tenants association
    R("organisation", "Response from {{Cefn Hendre Tenants' and Residents' Association|inv}}.\nOur survey of 212 "
      "households found 61% had no smartphone or did not want to use one for repairs. The {{Renting Homes (Wales) Act "
      "2016|law}} makes the council responsible for fitness for human habitation; a 60 day target does not square with "
      "that. Our {{Chair|role}} and {{Secretary|role}} would welcome a meeting, with {{Shelter Cymru|org}} and {{TPAS Cymru|org}}, with {{the Cabinet Member for Housing|office}}."),
    # 013 near-miss
    R("council tenant", "Damp and mould must always be treated as urgent, I agree with that bit. The rest of it I don't "
      "mind. Most of the repairs men were lovely to be fair, like something off {{DIY SOS|char}}."),
    # 014 edited: reworded opening and closing
    R("council tenant", "I'm writing on behalf of myself and my neighbours in {{Tŷ Gwyn Court|inv}}. " + " ".join(S[1:5]) +
      " We need the 28 days, a phone line and the office. Simple as.", C, "edited"),
    # 015 Polish? no - Twi/Ghanaian ESL in lower case text
    R("council tenant", "pls the toilet is leaking 3 weeks now. my neighbour at number 6 auntie [[p:grace]] say she "
      "report for me but nobody come. i work cleaning at {{the Liberty Stadium|landmark}} nights when {{the Swans|club}} play. reference "
      "[[acc:bmr-561774]] txt me [[ph:07700900632]]"),
    # 016 pensioner, husband, house
    R("pensioner", "We bought our council house in 1988 under {{Right to Buy|law}} so this isn't about us, but my sister "
      "[[p:Glenys]] is still a tenant and she's 80 and deaf. She can't hear the phone let alone use an app. Keep the "
      "office. [[p:Mair Davies]], [[hn:Penrhiw]], [[st:Mumbles Road]], [[pc:sa3 4dz]]"),
    # 017 edited: partial template
    R("council tenant", " ".join(S[:2]) + " My back door hasn't locked since the storm in {{February|date}}. I've got a "
      "dog, [[p:Dai]]'s dog, my late husband's, called {{Bryn|pet}}, and he's the only lock I've got. Sort it. [[p:Val]]",
      C, "edited"),
    # 018 lodger / young tenant handle
    R("young person", "got my first flat in {{October|date}} ([[fl:flat 11, Marina Heights]]), the app is honestly fine lol. my mate [[p:ffion]] reported "
      "her boiler on it and they came in 2 days. maybe keep the phone for the oldies. dm me on tiktok "
      "[[sh:@ffi_and_bee_swans]] if you want to know how we use it"),
    # 019 ramble-ish councillor named
    R("resident", "I raised this with Cllr [[p:Huw Bevan]] at the surgery in the library and he said the decision was "
      "already made. If so, what's this consultation for? My tenancy reference is [[acc:T-004182-BM]] and I've been a "
      "tenant at [[st:44 Heol y Felin]] for 31 years without a day's arrears.\n[[p:Meirion Jenkins]] [[em:meirion.j@example.net]]"),
    # 020 n/a
    R("council tenant", "N/A"),
]
