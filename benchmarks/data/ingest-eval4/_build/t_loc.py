"""locality-teams: moving SEND casework from the central SEND Statutory Team into four locality teams
(fictional Carnmarth Council, west Cornwall)."""
from common import R, each, plain_only, sents

PREFIX = "LOC"
CONSULTATION = "locality-teams"
CAMP = "loc-one-child-one-caseworker"

T = ("I am responding to the proposal to move {{SEND|send}} casework into locality teams. "
     "What families in {{Carnmarth|inv}} need most is one caseworker who knows our child, answers the phone and stays long enough to see a plan through. "
     "Under the current system we have had three or four caseworkers in a year and every new one starts from the beginning. "
     "Locality teams could be better, but only if caseloads are capped, caseworkers are properly trained and the teams have the authority to make decisions locally rather than sending everything back to {{Truro|place}}. "
     "Please do not split up the experienced staff we already have. "
     "Publish caseload numbers every term so families can see whether the change is working. "
     "One child, one caseworker, one plan.")
S = sents(T)

ITEMS = [
    R("parent", T, CAMP, "template"),
    R("parent", each(T, str.upper), CAMP, "exact"),
    R("parent", plain_only(T, lambda s: s.replace(". ", "! ").replace(", ", " - ")), CAMP, "exact"),
    R("parent", " ".join(S[1:4]) + " In our case the last caseworker left in {{August|date}} and we were told to email a shared inbox, which nobody answers. "
      "I would rather drive to a locality office in {{Camborne|place}} and see a face than send another email into the void.", CAMP, "edited"),
    R("parent", " ".join(S[:5]) + "\n\nMy son [[p:Jago Trewhella-Pascoe]] is in Year 6 at [[sch:Tregarrow Community Primary]] and moves to secondary in {{September|date}}. "
      "His annual review was in {{January|date}} and his plan still hasn't been amended. We are at [[st:7 Chapel Row]], [[pc:TR15 3QP]], phone [[ph:01632 960 554]], if anyone from the new team wants to call. " + S[-1], CAMP, "edited"),
    R("grandparent", "Proper job, another reorganisation. My 'ansum [[p:Morwenna]] has had more caseworkers than birthdays. They say they'll ring back dreckly and dreckly never comes. "
      "If the new teams are down west, and folk actually pick up the phone, I'm all for it. If not, don't bother. {{Kernow bys vyken|cornish}}."),
    R("SEND caseworker", "I am one of the statutory caseworkers at {{Trevithick House|own}}. Staff support locality working in principle, but we have not been told which team we will join or whether we will have to travel. "
      "Several experienced colleagues are already looking for other jobs. If they go, families will lose years of knowledge. The {{Head of SEND|role}} should meet staff before the decision."),
    R("parent", "Good day, I am working as staff nurse at {{Treliske|hosp}} and my daughter [[p:Maria Clara]] has {{Duchenne|med}}... sorry, my son, [[p:Gabriel]], has {{Duchenne|med}}, my daughter is well. "
      "He is under {{Royal Cornwall Hospital|hosp}} with number [[hosp:RCH 0412785]] and also {{Bristol Children's|hosp}}. I work shifts, so a caseworker who can meet after 5pm would help us so much. {{Salamat po|lang}}."),
    R("young person", "i dont really get what a locality team is but my caseworker left n no one told me. i found out when i emailed her n it bounced. im 16. i want to go to {{Cornwall College|org}} next year n nobody has done my transition thing"),
    R("SENCO", "I'm {{SENCO|send}} for a two-teacher school on the {{Lizard|place}}. The nearest proposed locality office is 40 minutes away. "
      "I welcome the idea of a named team, but we need a clear contact for small schools and a promise that {{annual review|send}} paperwork will be processed within the {{four weeks|num}} the {{SEND Regulations 2014|law}} require."),
    R("parent", ""),
    R("parent", "I don't mind which office does it. One child, one caseworker, one plan sounds nice on paper. Just answer the emails."),
    R("headteacher", "As {{headteacher|role}} of a small rural primary I can see the benefit of a team that knows our area. However, the consultation does not say what happens to the {{SEND Statutory Team|own}}'s specialist roles, "
      "such as the {{Post-16|send}} and {{tribunal|send}} officers. Please clarify before the {{Cabinet|role}} meeting on {{12 March|date}}."),
    R("parent", "WE HAVE HAD FIVE CASEWORKERS IN TWO YEARS. FIVE. NONE OF THEM CAME TO [[p:POLLY]]'S REVIEW. WHY WOULD A NEW NAME ON THE DOOR MAKE ANY DIFFERENCE? COMPLAINT REF [[acc:CMP-118204]], STILL NO REPLY."),
    R("councillor", "My division covers {{St Ives|place}} and {{Carbis Bay|place}}. I will be asking the {{Portfolio Holder for Children|role}}, Cllr [[p:Loveday Nance]], to guarantee no job losses. "
      "Happy to hear from residents on [[ph:01632 960 117]]. Cllr [[p:Tamsin Rowe]]"),
    R("parent", "We drive to {{Truro|place}} for every meeting, an hour each way in the van ([[vr:wk68pzn]]), and the car park at {{New County Hall|landmark}} has never once had a space. "
      "A locality office in {{Penzance|place}} would be a huge help for us. Our daughter [[p:Demelza]] is in Year 10 and we have a lot of meetings coming up."),
    R("organisation", "{{Carnmarth Parent Carer Council|org}} broadly supports locality working, which our members asked for in our {{2023|date}} survey. Our conditions: caseloads capped at 100, "
      "a named caseworker for every child with an {{EHCP|send}} within 10 working days of the change, and a single phone number that is answered. We also ask for {{Makaton|therapy}} and {{BSL|lang}} access at every locality office."),
    R("grandparent", "We are bringing up our granddaughter at [[hn:Chy an Gwel]], [[st:Boswedden Lane]], {{St Just|place}}, [[pc:tr197nq]]. Her caseworker has changed four times. "
      "We would like someone local who understands that the bus runs twice a day out here. Meur ras. [[p:Jenifer Hocking]]"),
    R("kinship carer", "I'm a fisherman out of {{Newlyn|place}}, moved down from {{Devon|place}} years back, and I've had my nephew [[p:Kenzie]] since his mum passed. He's got {{Tourette's|med}} and {{ADHD|med}}. "
      "The locality idea is grand so long as I can ring someone at half six in the evening when I'm in off the boat. Nobody has ever rung me back before 9am on a weekday."),
    R("parent", "Fine."),
    R("young adult", "I am 19, autistic, at college in {{Falmouth|place}}. My {{EHCP|send}} still says I'm in Year 11. My date of birth on it is wrong too, it should be [[dob:2005-06-09]]. "
      "My NI number, if it helps find me on your system: [[ni:qq 44 18 02 b]]. A local team might actually fix this. I doubt it."),
    R("educational psychologist", "Locality working would allow {{EP|send}}s, {{SALT|send}}s and caseworkers to sit together, as they do in the {{Early Help|send}} hubs. That is positive. "
      "I'd also like the model to include the {{Specialist Advisory Teachers|own}} for sensory impairment, who are currently outside any team."),
    R("foster carer", "We foster two boys with {{SEND|send}} from our flat, [[fl:Flat 3, Morrab Court]], in {{Penzance|place}}. One is placed from {{Plymouth|place}} and has an {{EHCP|send}} held by another council. "
      "Please make sure the locality teams know how to handle out-of-area plans. Our supervising social worker, [[p:Kerensa Bolitho]], would say the same."),
    R("advice worker", "At {{Citizens Advice Cornwall|org}} we see many families who do not know who their caseworker is. Locality teams should publish their staff lists, with roles, on the {{Local Offer|send}} website. "
      "No personal details needed, just 'who covers my child's school'."),
    R("parent", "My son [[p:Devon]] goes to [[sch:Pendarves Academy]] and has a plan for {{dyslexia|med}} and {{anxiety|med}}. Generally happy. He lives on {{Minecraft|char}} at weekends. The caseworker we have now, [[p:Becca]], is brilliant and I'd hate to lose her. Please let her stay with us."),
]
