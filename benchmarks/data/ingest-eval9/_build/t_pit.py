"""pitch-fees: Kilvarragh District Council (fictional, mid and south Ulster: the towns of Kilvarragh and
Ballyfane and the village of Drumcrow) proposes new charges for its grass and 3G pitches and changing rooms:
a grass pitch from GBP 45 to GBP 85 a session, the 3G at Kilvarragh Leisure Centre from GBP 60 to GBP 110 an
hour, an end to free use by under-18 teams, block bookings paid up front, and the youth discount replaced by
an 'Active Kilvarragh' card for individuals."""
from common import R, each, sents

PREFIX, CONSULTATION = "PIT", "pitch-fees"
C = "pit-fair-play-fees"

TPL = (
    "I am writing to object to {{Kilvarragh District Council|inv}}'s proposed pitch charges. "
    "Nearly doubling the cost of a grass pitch and ending free use for under-18 teams will hit hardest the "
    "volunteer-run clubs that keep young people active across the district. "
    "Our clubs already raise money through bag packs, race nights and sponsored walks just to pay for kit and "
    "referees. "
    "If a grass pitch goes to £85 a session, subs will go up and the children whose families can least "
    "afford it will be the first to drop out. "
    "Please keep youth football, Gaelic games, hockey and rugby free, phase in any rise for adult teams over "
    "three years, and talk to the clubs before the {{Leisure and Development Committee|org}} decides. "
    "Fair play for every club."
)
S = sents(TPL)


def spaced(s):
    return s.replace(",", "").replace(". ", ".  ").replace("\n", " ")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 mid-Ulster parent, dialect
    R("parent",
      "Our [[p:Oisín]] is nine and plays for {{St Enda's GAC|club}} under-10s. {{Sure look|dialect}}, we all know "
      "the council needs money, but 85 quid for a pitch that's half muck from {{November|date}} to "
      "{{March|date}}? Charge the adults. Letting the wee ones on free should be {{wee buns|dialect}}. We live on "
      "[[st:Glebe Park]] and hear the training from the back garden."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 Syrian father, English as a second language, NI number
    R("parent",
      "I come from {{Aleppo|place}} in 2017. My sons play football with {{Kilvarragh Rovers|club}} and the coach, "
      "[[p:Stevie]], he collect them when I am working. The club is like family. For the "
      "'{{Active Kilvarragh|own}}' card I send my National Insurance number, [[ni:qq 47 20 86 a]], in "
      "{{May|date}} and no answer. Please, no charge for children. {{Shukran|lang}}.\n[[p:Ahmad Al-Hassan]]"),
    # 005 one word
    R("resident", "Disagree"),
    # 006 edited: personal paragraph in the middle, hospital number
    R("parent", " ".join(S[:2]) + "\n\nMy daughter [[p:Caoimhe]] plays camogie for {{Drumcrow GAC|club}}. Last "
      "{{October|date}} she went over on her knee in a pothole on the {{Glenmoy Playing Fields|own}} pitch and "
      "was two days in {{Daisy Hill Hospital|hosp}} (hospital number [[hosp:DHH 7730215]]). The council wants "
      "twice the money for a pitch it doesn't look after.\n\n" + " ".join(S[2:]) + "",
      C, "edited"),
    # 007 Kenyan nurse, apartment
    R("nurse",
      "I am a nurse at {{Craigavon Area Hospital|hosp}}, from {{Nakuru|place}} in {{Kenya|place}}. My daughter "
      "[[p:Wanjiru]] plays for {{Kilvarragh Hockey Club|club}}, it is how she made friends when we moved into "
      "[[fl:Apt 12, The Old Linen Mill]]. I pay {{£120|num}} a year subs already. {{Asante sana|lang}}.\n"
      "[[p:Grace Mwangi]]"),
    # 008 one-liner, dialect
    R("resident", "{{Would yous ever wise up|dialect}}. 85 quid for a muddy pitch."),
    # 009 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 rugby club, formal numbered response
    R("organisation",
      "Response from {{Ballyfane Rugby Football Club|club}}\n\n"
      "1. The club fields 14 teams, including minis from under-7s, a women's XV and a veterans' side.\n"
      "2. Under the proposal, the club's pitch costs would rise from about {{£6,200|num}} to {{£14,900|num}} a "
      "year.\n"
      "3. We are affiliated to {{Ulster Rugby|org}} and received {{Sport NI|org}} funding for floodlights on "
      "condition that the pitch is used by the community.\n"
      "4. The '{{Active Kilvarragh|own}}' card gives a discount to individuals, not clubs, and will not help.\n"
      "5. We ask that {{the Chief Executive|office}} and the committee chair, Alderman [[p:Seamus Kearney]], meet "
      "the clubs' forum before the committee meets on "
      "{{12 March|date}}.\n\n"
      "{{Honorary Secretary|role}}"),
    # 011 near-miss: for charging adults
    R("resident",
      "Our clubs raise money through bag packs, race nights and sponsored walks too, and that's the point: clubs "
      "can raise money, the council can't. I've no kids and I pay my rates. Adult teams should pay the proper "
      "cost. Youth, fair enough, keep it cheap."),
    # 012 Ulster-Scots, house name
    R("volunteer",
      "A'm a coach wi {{Drumcrow Ladies|club}} an it's {{gye dear|dialect}} as it is. The lassies pey their ain "
      "subs an their ain bus. Ye'll no get mony o them back if they stap. Come oot tae [[hn:Thornbrae]] ony nicht "
      "an A'll tell ye mair, or ring [[ph:028 9649 6237]].\n[[p:A. Boyd]]\n[[pc:bt60 3lq]]"),
    # 013 edited: reworded opening and closing
    R("volunteer", "I've coached under-12s at {{Kilvarragh Rovers|club}} for eleven years and I've never seen "
      "parents as worried as they are about this. " + " ".join(S[1:4]) + " Come to a Saturday morning session "
      "and see who you'd be charging.", C, "edited"),
    # 014 teenager, lower case, own school, handle
    R("young person",
      "im 16 n play for {{drumcrow ladies|club}}. its the only thing i do thats not on my phone lol. my mum says "
      "if subs go up i cant play n my sister cant do hockey either. i go to [[sch:st ciarans college]] n loads "
      "of the girls play. dont do it. [[sh:@niamh.gaa.7]]"),
    # 015 blank
    R("resident", ""),
    # 016 five-a-side organiser: booking reference, car, address, phone
    R("resident",
      "I book the 3G at {{Kilvarragh Leisure Centre|own}} every {{Wednesday|date}} for a work five-a-side, ref "
      "[[acc:KDC/3G/88412]]. Adults will pay a bit more, no bother. But I got a ticket in your car park for a line "
      "that's been worn off for years, car [[vr:LKZ 4391]]. Reply to [[st:7 Ashgrove Drive]], [[pc:BT35 8QN]] or "
      "[[ph:028 9649 6604]].\n[[p:Gareth Nesbitt]]"),
    # 017 edited: half the template and own text
    R("volunteer", " ".join(S[:3]) + "\nI'm treasurer of a youth soccer club and last season we paid "
      "{{£2,300|num}} in pitch hire while the kids paid {{£5|num}} a week. We cannot find another {{£2,000|num}}. "
      "Email me and I'll send you our accounts: [[em:treasurer.kyfc@example.com]]\n[[p:Janice Irwin]]",
      C, "edited"),
    # 018 disability sport coach, son with a syndrome named after a person
    R("carer",
      "I coach football for {{Special Olympics Ulster|org}}. My son [[p:Conall]], born [[dob:22 August 2006]], "
      "has {{Angelman syndrome|med}} and plays in our Saturday session at the {{Glenmoy Playing Fields|own}}. Our "
      "athletes are adults, so under the new rules we would pay the adult rate, {{£110|num}} an hour on the 3G. "
      "His H&C number is [[nhs:9993714496]] if you need proof. We live out at [[hn:Carnbeg]], miles from anywhere. "
      "Please add an exemption for disability sport.\n[[p:Róisín McAlinden]]"),
    # 019 exact: commas dropped, double spaces, one paragraph
    R("parent", each(TPL, spaced), C, "exact"),
    # 020 ramble: a club founder
    R("pensioner",
      "I helped start {{Ballyfane Celtic|club}} in {{1972|date}}, when there was nowhere for the lads on either "
      "side of the town to play, and for a lot of years we were the only thing in {{Ballyfane|inv}} that had "
      "Catholic and Protestant boys on the one team. We played on a field lent by a farmer, [[p:Sammy Hewitt]], "
      "God rest him, and we marked the lines with sawdust. When the council built the "
      "{{Glenmoy Playing Fields|own}} in the eighties it was the best thing that ever happened to us. We paid a "
      "fee then too and nobody minded, because it was fair. The teams played through everything: the marching "
      "season, {{the Twelfth|event}}, the hunger strikes, the bad winters. Our kit was sponsored by "
      "{{Irwin's|orgp}} for twenty years, the bread van dropped the boys home after away games, and there was "
      "a bottle of {{Club Orange|brand}} for every one of them after Mass at {{St Malachy's|church}}. My grandson "
      "[[p:Ethan]] plays for the under-14s now, on the same pitch his granda played on, and on a "
      "{{St Patrick's Day|event}} tournament there were boys from six clubs and four countries. That's what "
      "you're charging for. Nobody in the club gets paid. Nobody. The coaches give up their Saturdays and their "
      "weeknights, they wash the bibs in their own machines, they drive the kids who have no lifts. If you "
      "double the fees, the committee will have to double the subs, and the first boys to stop coming will be "
      "the ones from the estates who most need it, the ones that would be hanging about the chip shop otherwise. "
      "I've seen it happen before in the eighties when times were hard. I'm not daft, I know the council has no "
      "money and the leisure centre roof leaks. Charge the adults a bit more, charge the senior clubs that play in "
      "front of crowds, but leave the children out of it. There's a reason the kids dream about "
      "{{Windsor Park|landmark}} and {{Casement Park|landmark}}, and it starts on a council pitch. Come down on a {{Saturday|date}} morning and see it for yourselves before you vote.\n[[p:Billy Ferguson]]"),
]
