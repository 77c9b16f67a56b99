"""tourist-info: North Wensum District Council (fictional, north Norfolk coast) proposes to close the
Tourist Information Centre in the Old Granary at Saltmarsh Staithe, replace it with a digital kiosk and QR codes,
stop printing the Saltmarsh Staithe town guide and recruit volunteer 'Welcome Ambassadors' for the summer."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "TIC", "tourist-info"
C = "tic-keep-a-real-welcome"

TPL = (
    "We are residents, traders and regular visitors to {{Saltmarsh Staithe|inv}} and we ask the council not to close the "
    "{{Tourist Information Centre|own}} in {{the Old Granary|own}}. "
    "Visitors bring more than {{£40 million|num}} a year to this coast and the centre is the first place many of them go. "
    "A screen on a wall cannot tell a family which footpath floods at high tide, which seal trip runs in the wind, "
    "or which café has a ramp. "
    "The staff know the place and its people. "
    "Keep a real welcome. "
    "We ask {{North Wensum District Council|inv}} to keep the centre open at least from Easter to October, to keep "
    "printing the town guide, and to talk to the parish council and the traders about sharing the cost."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Norfolk voice
    R("resident", "That's a rum ol' dew, shutting the one place that's open when it's blowing a hooley and the "
      "grockles want somewhere to go after {{the Lord Nelson|org}} shut. {{Hold you hard|dialect}}, bor, you'll regret it. The ladies in there have helped "
      "me more than {{the Council Offices|landmark}} ever did."),
    # 003 exact, punctuation stripped and lower case
    R("resident", each(TPL, lambda s: s.lower().replace(",", "")), C, "exact"),
    # 004 TIC staff member
    R("council staff", "I've worked in the centre for fourteen summers. Last {{August|date}} we had 1,900 visitors in "
      "one week. The kiosk in {{Wells-next-the-Sea|place}} was broken for most of the season. I love this job and I "
      "will lose it. I'd rather not be named but my line manager knows who I am."),
    # 005 one line
    R("resident", "Close it. Everyone has a phone."),
    # 006 B&B owner with house name
    R("business", "We run a four-room B&B, [[hn:Samphire House]], on [[st:Marsh Lane]]. Half our guests are over 70 "
      "and they book through the centre because they don't do the internet. Last year that was 63 bookings. "
      "[[p:Gillian]] and [[p:Martin Eke]]. Call [[ph:01632 960 847]] or [[em:samphire.house [at] example.com]]"),
    # 007 edited: personal paragraph
    R("resident", " ".join(S[:4]) + "\n\nWhen my husband [[p:Norman Wix]] had his stroke on the quay in 2022 it was "
      "{{the Information Centre|own}} staff who rang the ambulance and sat with him until it came. [[p:Pam]] held his "
      "hand. He died in {{the Norfolk and Norwich|hosp}} a week later. I still go in every {{Tuesday|date}} to say "
      "hello.\n\n" + " ".join(S[4:]) + "\n[[p:Rita Wix]], [[st:5 Chapel Yard]], [[pc:nr23 1qp]]", C, "edited"),
    # 008 exact caps
    R("resident", each(TPL, str.upper), C, "exact"),
    # 009 Vietnamese ESL, fish and chip
    R("business", "I am [[p:Trần Văn Minh]], my family have fish and chip shop on the quay since 2008. Many tourist "
      "come to my shop ask where is bus, where is toilet, where is seal boat. The centre tell them better than me, my "
      "English is not very good. I pay tax, my NI [[ni:QQ 18 63 55 D]]. Please keep open in summer. {{Cảm ơn|lang}}."),
    # 010 blank
    R("resident", ""),
    # 011 parish council
    R("parish council", "{{Saltmarsh Staithe Parish Council|inv}} would be prepared to contribute {{£8,000|num}} a year "
      "from the precept towards keeping the centre open from {{Easter|event}} to {{October|date}}. The {{Parish Clerk|role}} "
      "has the figures and {{the Chair of the Parish Council|role}} will present them. We also note that {{the Coastal Path|route}} and {{the Norfolk Coast Path|route}} both start "
      "from the Granary and the signage is the centre's."),
    # 012 near-miss
    R("visitor", "The staff know the place and its people, which is exactly why they should be out on the quay in "
      "summer, not sat behind a desk. Move them, don't sack them."),
    # 013 disabled visitor, carer
    R("disabled person", "I come every year from {{Peterborough|place}} with my carer [[p:Jordan]]. I have "
      "{{multiple sclerosis|med}}. The centre lends out a beach wheelchair, did you know that? It's the only reason I can "
      "get onto {{Holkham|place}} sands. A QR code won't lend me a wheelchair. My blue badge number is "
      "[[acc:BB 2207 4419]] if you need proof."),
    # 014 edited: reworded opening and closing
    R("visitor", "We've holidayed in {{Saltmarsh Staithe|inv}} every year since 1979 with our children and now our "
      "grandchildren. " + " ".join(S[1:5]) + " Please keep it open for the summer and keep the little guide, we "
      "treasure them.", C, "edited"),
    # 015 student, lower case, handle
    R("student", "i did work experience at the tic in yr 10 at [[sch:wensum high]] and honestly it was the best. lots of people ask about "
      "{{blakeney point|landmark}} and the seals and the boat trips. my insta is [[sh:@staithe_sea_shots]] i post the "
      "seals there. keep it open"),
    # 016 birdwatching group
    R("organisation", "{{North Wensum Bird Club|inv}}: the centre keeps the sightings book, which has run since 1968 and "
      "is used by the {{RSPB|org}} at {{Cley Marshes|landmark}} and {{Norfolk Wildlife Trust|org}}. Please make sure it is kept if the centre "
      "closes. Our {{Recorder|role}} will collect it."),
    # 017 edited: partial
    R("resident", " ".join(S[:3]) + " I live above the bakery and I see them every day, lost and wet and asking for "
      "the bus to {{Cromer|place}} or {{Brooke|placename}}. [[p:Sam]], [[fl:Flat 1]], [[st:3 Quay Street]]", C, "edited"),
    # 018 ramble: Kent coalfield family
    R("pensioner", "My family came up here from the {{Kent coalfield|place}} after the pits shut, {{Betteshanger|place}} "
      "was my dad's, and we had nothing, and it was the lady in the information centre, Mrs [[p:Cubitt]], who told my "
      "mum where the jobs were at the canning factory and which landlady would take a family with three kids. That was "
      "1990. I know things are different now and there are apps, but a place isn't just a list of car parks. I'm "
      "sending this in because my grandson [[p:Callum Sayer]] says nobody reads these. Prove him wrong. My reference from "
      "your website was [[acc:NWDC-CON-22841]]. Phone [[ph:01632 960 503]], [[pc:NR23 1RJ]]."),
    # 019 one word
    R("resident", "Disagree."),
    # 020 ESL Turkish? Hungarian couple who run seal trips
    R("business", "We are [[p:Ádám]] and [[p:Réka Kovács]], we run the seal trip boat {{Grey Lady|ship}} from the "
      "quay. We get many booking from the centre. Write us at [[em:seal.trips.staithe@example.com]] or ring [[ph:+44 7700 900 226]]. "
      "{{Köszönjük|lang}}."),
]
