"""A council's bonfire and flags policy on council land (fictional Lisnamoyle and Dunvarra Borough Council,
Northern Ireland). Bonfires on council land only at registered sites in a managed scheme (no tyres, 10 m height cap,
a safe distance from homes); flags on council lampposts and land to come down within set dates."""
from common import R

PREFIX = "BON"
CONSULTATION = "bonfire-flags"

ITEMS = [
    R("resident",
      "I live on [[st:Ardcarn Drive]] right beside the {{Ardcarn Playing Fields|inv}} site. Every July we hose the "
      "roof down and take the blinds out of the back windows. I'm not against the bonfire, it's part of the area, "
      "but it has to be further from the houses. A wee bit of sense, that's all."),
    R("resident", "Leave our culture alone."),
    R("community group",
      "{{Ardcarn Cultural Society|org}} has run the {{Eleventh Night|event}} bonfire for 40 years. Since 2019 we have "
      "been in the council's {{Bonfire Beacon Programme|law}}, no tyres, no effigies, no flags burned. We support "
      "a registration scheme if groups are consulted on the sites and if funding for the family fun day stays. "
      "Contact our secretary [[p:Sammy Irvine]] on [[ph:028 9649 6217]]."),
    R("resident",
      "I'm a nationalist from {{Dunvarra|inv}} and I'm fed up with flags on every lamppost from May to October, tattered "
      "by Christmas. I went to the drop-in with [[p:Siobhán]] and [[p:Gerard Toner]] and we all said the same. But equally I don't want tricolours on the {{Glen Road|route}} poles either. One rule for "
      "everybody, down by the end of September, and enforce it."),
    R("resident", ""),
    R("firefighter",
      "As a retained firefighter with {{NIFRS|org}} I've attended the {{Tullyglass Recreation Ground|inv}} bonfire six "
      "years running. Radiant heat cracked windows in two houses in 2022. A 10 metre cap and a 30 metre separation "
      "distance would stop most of what we see. The height of some structures is the real danger."),
    R("resident",
      "Bonjour. I am from {{Kinshasa|place}}, {{Congo|place}}, living in {{Lisnamoyle|inv}} four years with my wife "
      "[[p:Mireille]] and our children. In July some young men put a flag on the lamppost outside our house and we "
      "were afraid, we did not understand. A neighbour, [[p:Norman]], explained us it is tradition, and he is very kind. "
      "But the council should explain to new people. {{Merci beaucoup|lang}}. [[p:Jean-Pierre Kabila Mwamba]]"),
    R("resident", "n/a"),
    R("parent",
      "our [[p:devon]] is 14 and him and his mates collect for the bonfire, it keeps them busy all summer, better than "
      "being on the phones. if the council takes the site away theyll just build it somewhere worse. work with the "
      "young ones not against them"),
    R("church",
      "{{Lisnamoyle Presbyterian Church|church}} and {{St Malachy's Parish|church}} have worked together through the "
      "{{Good Relations|law}} forum for ten years. We jointly ask the council to fund bonfire diversion activities for "
      "young people in both communities, including at {{Halloween|event}}, and to apply the flags policy evenly."),
    R("resident",
      "CATCH YERSELF ON. THE BONFIRE HAS BEEN BUILT ON THAT FIELD SINCE BEFORE THE COUNCIL EXISTED AND YOU WANT A "
      "REGISTRATION FORM. {{OUR BONFIRE OUR HERITAGE|slogan}}. [[p:WILLIE McCLEAN]]"),
    R("housing association",
      "{{Dunvarra Housing Association|org}} manages 214 homes near the {{Tullyglass Recreation Ground|inv}} site. "
      "Our insurer now excludes bonfire heat damage on three blocks. We support a minimum separation distance and ask "
      "that the policy covers {{Housing Executive|org}} land next to council land, as fires move across the boundary."),
    R("resident",
      "My mum lives at [[st:17 Drumsallagh Park]], [[pc:BT28 9XQ]]. She was born [[dob:2nd February 1942]] and she's on oxygen for {{emphysema|med}}. Last "
      "year the smoke came in the vents and we had to take her to {{Craigavon Area Hospital|hosp}}, her hospital number "
      "is [[hosp:H&C 2291874]] and her NHS number [[nhs:999 644 7243]] if you need it. Please make the council land site further away from bungalows. "
      "[[p:Roisin Quinn]]"),
    R("resident",
      "Thon flags at the roundabout are grand, they're only up a few weeks. Leave folk be."),
    R("GAA club",
      "{{St Colmcille's GAC|team}} uses the council pitch at {{Ardcarn Playing Fields|inv}} from April. Each year the "
      "bonfire material is stored on the second pitch from June and the grass takes till September to recover. We "
      "ask for a storage site away from sports pitches. {{Go raibh maith agaibh|irish}}."),
    R("resident",
      "Aye, tyres are the problem, not the bonfire. Ban the tyres, fair enough. My wee granda built the bonfire in "
      "the '60s and it was pallets and nothing else. [[p:Trevor]]"),
    R("community worker",
      "I work with young people in both {{Ardcarn|inv}} and the {{Glen estate|inv}}. The council's policy should "
      "include a named officer for each site and money for summer schemes. One lad I work with, [[p:Ryan]], went from "
      "collecting tyres to being a youth leader in two years through the {{Peace Plus|law}} programme. That's what works."),
    R("resident",
      "i live in [[fl:flat 6, Carnview House]] and honestly we get the smoke every 11th and every halloween from "
      "both sides lol. just want to sleep. snapchat [[sh:orlaith.mcg]] if anyone from the council wants videos"),
    R("organisation",
      "The {{Equality Commission for Northern Ireland|org}} reminds the council of its duties under {{Section 75 of "
      "the Northern Ireland Act 1998|law}}. The flags element should be screened for equality impact, and the "
      "{{Flags (Northern Ireland) Order 2000|law}} applies only to government buildings, not lampposts."),
    R("resident",
      "I'm a Protestant and I'm married to a Catholic and we live in the middle. We just want the council to apply "
      "the same rules to everybody. Flags up for the month, down after. Bonfires managed. Simple. [[p:Heather]] and "
      "[[p:Ciarán Mulholland]]"),
    R("councillor",
      "I welcome the consultation. The policy must be workable. I've asked officers to meet every bonfire group before "
      "the scheme is finalised. Residents who want to speak to me can reach me on [[ph:028 9649 6540]] or [[em:m.cairns.alderman@example.org]]. "
      "Alderman [[p:Margaret Cairns]]"),
    R("resident",
      "{{Ulster-Scots|langname}} speaker here. {{Ye cannae pit a fence roon a tradeetion|ulster}}, but ye can pit it fer enough frae "
      "the hooses. That's a' I'm askin. [[p:Davy Crothers]], [[hn:Braeside Farm]], {{Ballybogey|place}}"),
    R("resident",
      "Why is the council paying for bonfire diversion for one side? Look at the accounts. Freedom of information "
      "request ref [[acc:FOI-2024-0388]] showed it. Fair's fair."),
    R("business",
      "{{Lisnamoyle Chamber of Trade|org}}: shops on {{Market Street|route}} lose trade every July because of road "
      "closures around the {{Mill Street|route}} site. We ask for earlier notice and for flag removal from the town "
      "centre before the {{Christmas lights switch-on|event}}."),
    R("young person",
      "im 17 and i help at the bonfire at the playing fields. the council never asks young people. we dont burn "
      "tyres anymore. give us a proper site with a fence and we will do it safe. [[sh:@kyle.ardcarn]]"),
]
