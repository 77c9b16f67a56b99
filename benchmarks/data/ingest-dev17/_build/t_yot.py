"""youth-offending: Wednesfold Metropolitan Borough Council (fictional, Black Country) proposes to move its youth
offending team from Beacon House in Wednesfold town centre to Hallfields Business Park, three miles out, next to
the police station's custody suite, and to rename it the Youth Justice Service."""
from common import R

PREFIX, CONSULTATION = "YOT", "youth-offending"

ITEMS = [
    # 001 youth justice manager's team (formal)
    R("organisation", "This response is from practitioners in the {{Youth Offending Team|own}}. We accept that "
      "{{Beacon House|own}} is damp and that the lease ends in {{March 2026|date}}. But the move to "
      "{{Hallfields Business Park|own}} puts the service three miles from the young people it works with and "
      "next door to the custody suite. The {{Youth Justice Board|org}} standards and the "
      "{{Crime and Disorder Act 1998|law}} both say youth justice should be child first. A child arriving for a "
      "{{referral order|law}} panel should not walk past a row of police vans. We ask for a town-centre base, "
      "even a smaller one."),
    # 002 teenager on an order, lower case, worker named by nickname
    R("young person", "i have to go {{beacon house|own}} every tues for my referral order. its 10 min walk from mine. "
      "{{hallfields|own}} is 2 buses and i aint got money for that. if i miss it i get breached. my yot worker [[p:shaz]] "
      "is safe tho she would say the same"),
    # 003 Black Country mum: son, home street, postcode, her car
    R("parent", "{{Ow am ya|dialect}}. Me lad [[p:Kyle]] is on a {{Youth Rehabilitation Order|law}} an' doin' well. We'm on "
      "[[st:Tipton Road]], [[pc:wv140rt]], he can walk to {{Beacon House|own}}. {{Hallfields|own}} is two buses, "
      "{{£4.80|num}} return, an' I cor find that. Police pulled me car, [[vr:YX65BVW]], just for waitin' outside "
      "once. Next to the cop shop? {{Bostin|dialect}} idea, that."),
    # 004 magistrate, roles only
    R("magistrate", "I sit in {{the Youth Court|org}}, writing personally. When the probation office moved out of "
      "town, breaches rose, and the {{Chair of the Youth Panel|role}} said so at the time. Publish the travel "
      "times from each ward before deciding."),
    # 005 victim of crime, shop named after a person
    R("business", "My shop, {{Hickin's Hardware|orgp}}, was broken into by a lad of fifteen. The "
      "{{restorative justice|law}} meeting at {{Beacon House|own}} was the best thing to come of it; he said sorry "
      "to my face. I'd not have gone to a business park by the police station for that."),
    # 006 blank
    R("resident", ""),
    # 007 Shona foster carer
    R("foster carer", "My name is [[p:Rutendo Mapfumo]], foster carer for the council nine years. The boy I foster, "
      "[[p:Blessing]], is 15 and reports twice a week. He is afraid of police because of what happened before he "
      "came to me. {{Hallfields|own}} is next to the police station; he will not go in. {{Mwari akuropafadzei|lang}}."),
    # 008 police
    R("organisation", "{{West Midlands Police|org}} welcomes the proposal. Co-location with the "
      "{{Wednesfold Police Station|landmark}} will allow faster joint work on {{county lines|law}} cases and "
      "{{Operation Encompass|law}} referrals. We note the concern about children seeing police vehicles and "
      "can offer a separate entrance.\n{{Chief Inspector|role}}, {{Wednesfold Neighbourhood Policing Unit|org}}"),
    # 009 Yemeni father, son, caseworker, flat, phone
    R("parent", "My son [[p:Ahmed]] is 14 and he has meeting every week with Mr [[p:Bains]] from the youth team. "
      "Mr [[p:Bains]] is very good with him. We live in [[fl:Flat 3, Ashworth House]] near the market and [[p:Ahmed]] "
      "can walk. My English is not good, if you need to ask me please call with interpreter "
      "[[ph:0121 496 0214]]. I come from {{Yemen|place}}, many families from {{Aden|place}} live in "
      "{{Wednesfold|inv}}. {{Alhamdulillah|lang}}, he is doing better."),
    # 010 teacher about a pupil
    R("teacher", "One pupil, [[p:Rhys]], in Year 10 with us at [[sch:Lyng Green Academy]], has {{ADHD|med}} and "
      "{{Tourette's|med}} and has just started a referral order. He walks to {{Beacon House|own}} after school. "
      "Two buses to a business park on his own? He will be breached."),
    # 011 capitals
    R("resident", "WHY SHOULD YOUNG CRIMINALS GET A NICE NEW OFFICE WHEN PENSIONERS IN {{WEDNESFOLD|inv}} CANNOT "
      "GET A BUS. PUT THEM NEXT TO THE POLICE, GOOD. THAT IS WHERE THEY BELONG.\n[[p:DEREK ONIONS]], "
      "[[st:BILSTON LANE]]"),
    # 012 youth worker, a lad named, organisations named after people and saints
    R("youth worker", "I run a boxing club and a third of ours are known to the {{YOT|own}}. One lad, [[p:Tayo]], walks "
      "over to {{Beacon House|own}} after his session every week. Out at {{Hallfields|own}} there is nothing. "
      "{{Barnardo's|orgp}} and {{St Giles Trust|org}} use rooms at Beacon House too; ask them."),
    # 013 Black Country elder: dialect, characters, museum, signature
    R("resident", "Ar, I remember when {{Beacon House|own}} were the old labour exchange. Kids today think they'm "
      "{{Tommy Shelby|char}} off {{Peaky Blinders|char}}, an' half of 'em cor get to {{Dudley|placename}} on their "
      "own. Put it out at {{Hallfields|own}} an' they'll not turn up. Call me a {{yam yam|dialect}} if yer like.\n"
      "[[p:Arthur Wooldridge]]"),
    # 014 charity
    R("organisation", "{{Catch22|org}} runs the county lines rescue project in the borough. Exploited young people "
      "are watched by those exploiting them, and being seen going into a building next to a police station puts "
      "them at real risk. We oppose the move."),
    # 015 parent: daughter's DOB, condition, case reference, NHS number
    R("parent", "My daughter [[p:Paige Whitehouse]] ([[dob:12.07.2009]]) has "
      "{{foetal alcohol spectrum disorder|med}} and gets lost easily. Case reference [[acc:YJS/23/0417]], {{NHS|org}} "
      "number [[nhs:999 802 3289]]. If you move it, pay for taxis for disabled children or she'll end up back "
      "in court."),
    # 016
    R("resident", "Fine by me."),
    # 017 former young offender now a mentor: email
    R("volunteer", "when i was 15 the yot saved my life, my worker [[p:Dev]] basically. now im 22 and i volunteer "
      "as a peer mentor. the thing that made it work was i could just drop in at {{beacon house|own}} when it kicked off "
      "at home. you cant drop in to a business park. happy to talk to anyone about it "
      "[[em:kai.mentor22@example.com]]"),
    # 018 teenage girl, instagram
    R("young person", "im 15 and at [[sch:st martin's school]] and i go to {{beacon house|own}} for my order. i walk there with my mate. {{hallfields|own}} is by "
      "the cop shop and everyone will know why ur there. also theres no shop or anything, ur just stood on a "
      "car park. if u want to ask me stuff my insta is [[sh:@_lacey.mae]]"),
    # 019 CAMHS nurse, conditions
    R("nurse", "As a {{CAMHS|org}} nurse: many of these young people have "
      "{{speech, language and communication needs|med}}, {{Asperger's|med}} or a {{brain injury|med}}. A new "
      "place and a longer journey are what they find hardest. The joint clinic at {{Beacon House|own}} works."),
    # 020 long ramble: grandad raising grandson
    R("grandparent", "I am bringing up my grandson [[p:Tyler]] (DOB [[dob:26/01/2009]]) at [[fl:Flat 7, Telford Court]] since his mother passed and his dad went inside. "
      "He is sixteen now and he got caught up with some older lads last year, carrying for them, and that is how "
      "he ended up on an order. I am not making excuses for him. But I will tell you what has worked. His worker "
      "at {{Beacon House|own}} sorted him a place on a bricklaying course and got him a season ticket to watch "
      "{{Wolves|sport}}, which he had never been to in his life, and took him to {{Molineux|landmark}} for his "
      "first match. He goes in there every {{Thursday|date}} after college, on his own, because it is on the way. He "
      "walks our dog {{Tyson|pet}} down there and ties him up outside and the staff bring him a bowl of water. "
      "My neighbour [[p:Sue]] says she has never seen him so settled. Now you want to move it out past the "
      "industrial estate next to the police station. The lads who had him carrying know exactly where the "
      "police station is, and they will know exactly who is going in there every Thursday. I have had a lad "
      "come to my door asking for him already this year. The council's kinship care team has my NI number, [[ni:qq226814b]], and all my details. I am seventy-three and I have {{angina|med}} and I cannot "
      "drive him out to {{Hallfields|own}} every week, and there is no bus along {{Walsall Road|route}} after four o'clock. "
      "I understand money is tight and the building is falling down. Then find a smaller place in town. There "
      "are empty shops on every street. Don't do this to the ones who are trying."),
    # 021 church youth club, youth pastor signs
    R("church", "{{St Bartholomew's|church}} runs two youth clubs and a food bank a few doors from "
      "{{Beacon House|own}}. We would gladly offer the {{church hall|landmark}} to keep the service in town.\n"
      "[[p:Comfort Adeyemi]], youth pastor"),
    # 022 business park tenant
    R("business", "We run a distribution warehouse on {{Hallfields|own}} and we do not think a business park with "
      "forklifts and HGVs coming in and out is a safe place for children to be walking about. There are no "
      "pavements past the {{Amazon|org}} depot. Nobody from the council has asked the tenants."),
    # 023 grandmother from Jamaica, church, granddaughter
    R("grandparent", "Mi granddaughter [[p:Shanice]] gone through the youth team an' dem do good work wid her. "
      "Every {{Sunday|date}} we go {{New Testament Church of God|church}} and she tell the youth pastor how the worker "
      "help her. Now she doin' her GCSE at [[sch:Lyng Green Academy]]. {{Beacon House|own}} near the bus station, everybody can reach. {{Hallfields|own}} out a road, nobody can "
      "reach. Tink again."),
    # 024 retired probation officer living on a narrowboat
    R("resident", "Thirty years in probation: distance and cost are the two biggest reasons young people miss "
      "appointments. {{HM Inspectorate of Probation|org}} praised this service's town-centre base. I live on a "
      "narrowboat, [[hn:Kingfisher Blue]], on the {{Birmingham Canal Navigations|route}} by {{Tipton|place}}, "
      "and cycle in; most families cannot."),
    # 025
    R("resident", "No comment."),
]
