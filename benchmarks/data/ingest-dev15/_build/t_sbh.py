"""short-breaks: Wyrebank Metropolitan Borough Council (fictional, Merseyside) proposes to close Larchfield House,
its six-bed council-run overnight short-breaks home for disabled children, and to replace it with Family Link
shared care, direct payments and a day-time short-breaks offer. Campaign: sbh-save-larchfield-house."""
from common import R, each, plain_only, sents

PREFIX = "SBH"
CONSULTATION = "short-breaks"
C = "sbh-save-larchfield-house"

T = ("I am writing to object to the proposal to close {{Larchfield House|own}}. {{Larchfield|own}} is the only "
     "overnight {{short breaks|send}} home in {{Wyrebank|inv}} for disabled children with complex health needs. For "
     "many families it is the only night of proper sleep they get each month. {{Shared care|send}} and "
     "{{direct payments|send}} sound good on paper, but there are not enough carers or personal assistants in the "
     "borough to take children who need two-to-one support, hoists or overnight oxygen. Closing {{Larchfield|own}} "
     "will push families into crisis and will cost the council more in emergency placements. I ask the council to "
     "keep {{Larchfield House|own}} open, to fill its empty beds, and to talk to parent carers before making any "
     "decision. {{Save Larchfield House|slogan}}.")
S = sents(T)

ITEMS = [
    # 001
    R("parent carer", T, C, "template"),
    # 002
    R("parent", "{{Larchfield|own}}'s been a lifesaver for us, no word of a lie. Our [[p:Kayden]] goes one weekend a "
      "month and it's the only time me and his dad get a proper kip. He's got {{Lennox-Gastaut syndrome|med}} and "
      "has seizures in the night so you can't just leave him with anyone {{la|dialect}}. The staff there are "
      "{{boss|dialect}}. Don't shut it."),
    # 003 exact: lower case
    R("parent carer", each(T, str.lower), C, "exact"),
    # 004
    R("shared care carer", "I'm a {{Family Link|own}} carer and I'd love to say we can take the {{Larchfield|own}} "
      "children but we can't. There are nine of us in the whole borough and only two of us have a downstairs bedroom. "
      "None of us are trained for overnight oxygen or suction. Recruit the carers first, close second, if you must."),
    # 005
    R("community children's nurse", "As a {{community children's nurse|role}} I visit several {{Larchfield|own}} "
      "families. These children need nursing-trained staff overnight, not a sitter. One girl I look after had two "
      "admissions to {{Alder Hey|hosp}} last year; the only reason it wasn't more is that her mum sleeps properly one "
      "weekend in four. Closing the unit will show up in the hospital's figures within a year."),
    # 006
    R("parent", "My son [[p:Chester Malone]] (born [[dob:3rd June 2011]], NHS No [[nhs:999 308 0233]]) has used "
      "{{Larchfield|own}} since he was eight. He has {{Duchenne muscular dystrophy|med}} and needs turning every two "
      "hours in the night. His {{Alder Hey|hosp}} number is [[hosp:AH7730518]] if anyone wants to check what his "
      "needs really are. He asks me every {{Friday|date}} is it {{Larchfield|own}} weekend.\n"
      "[[st:14 Moss Carr Road]], {{Wyrebank|inv}} [[pc:l36 9pw]]"),
    # 007
    R("young person", "my bro goes to {{larchfield|own}} n its the only time mum can come watch my netball. if it shuts she'll "
      "never come again. pls dont. follow the campaign on tiktok [[sh:@mia_xo_2010]]"),
    # 008 edited: last sentence dropped + personal paragraph
    R("parent", " ".join(S[:-1]) + "\n\nMy son [[p:Harvey]] is 12 and has {{Angelman syndrome|med}}. He sleeps about "
      "four hours a night. Our direct payment account is [[acc:DP-WY-20417]] and we get {{£14.80|num}} an hour to find "
      "a PA. Nobody in {{Wyrebank|inv}} will do nights for that.", C, "edited"),
    # 009
    R("parent", ""),
    # 010
    R("councillor", "As the {{Liberal Democrat|org}} spokesperson for children's services I ask the "
      "{{Cabinet Member for Children and Families|role}} to pause this decision. The consultation document says "
      "{{Larchfield House|own}} is 'under-used' but two of its six beds have been closed since {{March 2024|date}} "
      "for lack of staff. That is not low demand, that is a recruitment problem. Cllr [[p:Paddy Rourke]], "
      "{{Moss Carr|inv}} ward"),
    # 011 exact: capitals
    R("grandparent", each(T, str.upper), C, "exact"),
    # 012
    R("charity", "{{Sense|org}} supports families of children with complex disabilities across {{Merseyside|place}}. "
      "Short breaks are a statutory duty under the {{Breaks for Carers of Disabled Children Regulations 2011|law}}, "
      "and the council must publish a short breaks services statement. The proposed replacement offer is day-time "
      "only. For children with multi-sensory impairment an overnight stay in a familiar place cannot be replaced by "
      "a trip to a soft play. We urge the council to withdraw the proposal."),
    # 013
    R("parent", "{{As-salamu alaykum|lang}}. My daughter [[p:Noor]] is 9 and she has {{Rett syndrome|med}}. We come "
      "from {{Syria|place}} in 2019. {{Larchfield|own}} is like second family for her, the staff learn some Arabic "
      "words for her. Please not close. My wife is sick and I work nights at the warehouse in {{Kirkby|place}}. "
      "{{Shukran|lang}}."),
    # 014
    R("kinship carer", "I'm a kinship carer for me grandson [[p:Reece]] since his mam passed. I'm 71 and he's 14 and "
      "six foot and has {{autism|med}} and {{PDA|med}}. When he kicks off I can't hold him. {{Larchfield|own}} is the "
      "one place I know he's safe and I can get me hip seen to. Without it I'm done, and then he'll be in care "
      "costing you four times as much. I'm on {{Carer's Allowance|law}} under my NI number "
      "[[ni:QQ 57 03 29 A]] and they still want forms off me every month."),
    # 015 edited: reworded first-person opening and closing
    R("parent", "As a mum whose lad stays at {{Larchfield|own}} twice a month, I'm begging you not to shut it. "
      + " ".join(S[1:5]) + " Keep it open and come and meet us, we're there every other {{Friday|date}} at "
      "pick-up.\n[[p:Leanne]] ([[p:Ellis]]'s mum)", C, "edited"),
    # 016 near-miss
    R("parent", "Shared care and direct payments sound good on paper, and for my son they actually work. We use "
      "our {{direct payments|send}} for a PA three afternoons a week and he goes swimming and to {{Nando's|char}}, "
      "which he'd never do at a unit. I'm not against keeping {{Larchfield|own}} for children who need nursing, but "
      "don't pretend every family wants a bed."),
    # 017
    R("social worker", "Social worker, disabled children's team. Four children on my caseload have "
      "{{Larchfield|own}} nights in their {{child in need|send}} plans. If it closes, every plan will need rewriting "
      "and the {{Section 17|law}} assessments redoing. Please give families at least six months' notice and a named "
      "worker, not a leaflet."),
    # 018
    R("resident", "Disgraceful."),
    # 019
    R("parent", "We're in [[fl:Flat 12, Mersey View]] on the ninth floor and the lift breaks every week. My daughter "
      "[[p:Faith]] is in a wheelchair and {{Larchfield|own}} is the only place she gets a proper bath with a hoist. "
      "Nobody's rang me back from the {{Short Breaks Team|inv}}. Ring me on [[ph:07700 900 481]] or email "
      "[[em:faith.mum at example dot com]]"),
    # 020
    R("headteacher", "{{Headteacher|role}}, {{Sandfield Brook School|venue}}. Around a third of the children who use "
      "{{Larchfield House|own}} are on our roll. We see the difference a short break makes: fewer seizures logged on "
      "{{Monday|date}} mornings, better attendance, calmer parents. Losing it will cost us in exclusions and in staff "
      "time. Please keep it open."),
    # 021 ramble
    R("parent", "I've been trying to write this for a week. My daughter [[p:Ruby-Mae]] is 10. She was born at 26 weeks "
      "and has {{quadriplegic cerebral palsy|med}}, {{epilepsy|med}}, a {{gastrostomy|med}} and she's on oxygen at "
      "night. She can't talk but she smiles and she loves {{Peppa Pig|char}} and {{In the Night Garden|char}} and "
      "anyone who sings to her. For the first seven years we had nothing. No sleep. My marriage went, my job went, I "
      "ended up on antidepressants. Then her social worker got her two nights a month at {{Larchfield|own}} and I "
      "can honestly say it saved my life. The first weekend I slept fourteen hours. The staff there know her better "
      "than some of her family. They know which way she likes her pillow and which songs calm her down when she's "
      "fitting. The consultation says there will be '{{Family Link|own}} carers' instead. I have asked three times "
      "for a Family Link carer for [[p:Ruby]] and been told there is nobody trained for oxygen. So what actually "
      "happens to her? A hotel? A hospital bed at {{Alder Hey|hosp}} when I finally crack? You'll say there will be "
      "more {{direct payments|send}}. I've had direct payments for two years and I have never found a PA who would do "
      "an overnight. The council's own figures say the unit costs {{£1.1 million|num}} a year. One child going into "
      "a residential placement out of area costs more than a quarter of that. I'm not a politician, I'm a mum who is "
      "tired. Please, please keep {{Larchfield|own}} open and fix the staffing so all six beds can be used again. "
      "And if you do close it, come and tell me to my face what [[p:Ruby-Mae]] is supposed to do instead."),
    # 022
    R("parent", "Our youngest [[p:Oscar]] ([[dob:21.09.2013]]) goes to {{Larchfield|own}} and the minibus picks him "
      "up because I don't drive any more after my stroke. My husband drives our van [[vr:cx17 uyh]] for work and is "
      "away Monday to Thursday. The proposal says families will 'transport children to activities'. We can't. "
      "Nobody asked."),
    # 023
    R("sibling", "I'm 19 and I help my mum care for my brother [[p:Jonjo]] who has {{Smith-Magenis syndrome|med}}. "
      "He's obsessed with {{Thomas the Tank Engine|char}} and the staff at {{Larchfield|own}} have a whole shelf of "
      "trains and {{Lego|char}} just for him. He doesn't cope with change. Moving him to a stranger's house would be hell for him. "
      "Leave it alone."),
    # 024
    R("parent", "Keep it open."),
    # 025
    R("personal assistant", "I'm a PA paid through {{direct payments|send}} and I'd like to be honest. I earn "
      "{{£12.60|num}} an hour and I'm not trained in oxygen or gastrostomy feeds. I work with one lad two days a week. "
      "I couldn't do what the {{Larchfield|own}} staff do and I wouldn't want to pretend I could. Direct payments are "
      "good for some families, not all."),
]
