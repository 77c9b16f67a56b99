"""deficit-plan: Saltern Bay Borough Council (fictional, Teesside coast) consults on a High Needs Recovery Plan
under a Safety Valve agreement: no new independent special school placements, 'step-down' reviews to move pupils
back to mainstream, and a 15% cut to top-up funding."""
from common import R, each, sents

PREFIX, CONSULTATION = "DEF", "deficit-plan"
C = "def-children-not-line-items"

TPL = (
    "I am responding to {{Saltern Bay Borough Council|inv}}'s {{High Needs Recovery Plan|own}}. I understand that "
    "the council has a deficit of £31 million in its high needs block and that it has signed a "
    "{{Safety Valve|law}} agreement with the Department for Education. But the plan balances the books on "
    "the backs of disabled children. It proposes no new placements at independent special schools, step-down "
    "reviews to move pupils back into mainstream, and a 15% cut to top-up funding for schools. Children are not "
    "line items. I ask the council to guarantee that no child's EHCP will be amended to save money, to "
    "build local special school places before it closes the door on independent ones, and to publish the full "
    "equality impact assessment."
)
S = sents(TPL)


def spaced(s):
    return s.replace(", ", " , ").replace(". ", " .  ")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 taxi escort
    R("passenger assistant", "I'm a passenger assistant on one of the long runs. Every morning me and the driver "
      "take four bairns 38 miles down the {{A19|road}} to [[sch:Brackenholme School]] and back again "
      "at night. The car's a silver {{Zafira|brand}}, [[vr:NK70 UWT]], and the little ones call it the {{Batmobile|char}}. "
      "One of them, [[p:Chester]], didn't say a word for the first term. Now he does the register for me in the back "
      "seat. If they get 'stepped down' to a school round here that can't cope, it'll all be for nothing. I know "
      "the taxis cost a fortune, pet. But so does a kid who's given up."),
    # 003 one word
    R("resident", "Disagree."),
    # 004 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 005 principal of an independent special school (institution)
    R("independent school", "I am {{Principal|role}} of {{Wolds Edge College|venue}}, an independent specialist "
      "college approved under {{section 41|law}} of the {{Children and Families Act 2014|law}}. Most providers like "
      "us are charities, not profiteers. The real question is why {{Saltern Bay|inv}} has opened no special school "
      "places of its own in twelve years."),
    # 006 Somali mother
    R("parent", "{{Asalaamu calaykum|lang}}. My son [[p:Abdirahman]] is 8, autism and "
      "{{global developmental delay|med}}. At [[sch:Redmarsh Primary]] he sits in the corridor with a TA most of the "
      "day. The school ask for special school, the council say no places, and now the TA money is cut 15%. Since {{Eid|event}} he "
      "will not go in the classroom at all. What happens to him?\n{{Mahadsanid|lang}}, [[p:Hodan Warsame]] [[ph:0191 498 0526]]"),
    # 007 edited: personal paragraph
    R("parent", " ".join(S[:4]) + "\n\nOur daughter [[p:Amelia-Grace Hutchinson]] was born [[dob:17.08.2013]] with "
      "{{cerebral palsy|med}} and epilepsy. She goes to [[sch:Hawthorn Hill School]] near {{Darlington|place}} "
      "because there was nowhere nearer that could manage her seizures. Her NHS number is [[nhs:999 035 9903]] and "
      "her hospital number at {{the James Cook|hosp}} is [[hosp:JCUH 8803412]]. We have been told she will have a "
      "'step-down review' this year. She has been seizure-free at school for eighteen months for the first time in "
      "her life. We live at [[st:42 Cormorant Way]], [[pc:TS14 8QR]], and we will be at every meeting.\n\n"
      + " ".join(S[4:]) + "", C, "edited"),
    # 008 maintained special school head, near-miss
    R("headteacher", "I lead {{Seaton Grange School|venue}}, a maintained special school with 41 children on its "
      "waiting list. Yes, build local special school places before it closes the door on anything. But a 15% cut "
      "to top-ups costs us {{£286,000|num}} next year. I cannot take more children with less money."),
    # 009 Teesside dad
    R("parent", "Me and our lass fought three years for our [[p:Kayden]]. He's at [[sch:Skelby Grange]] now and "
      "doing canny, reads {{Thomas the Tank Engine|char}} to his nana. The taxi, [[vr:nk66 fzr]], picks him up at half seven and he's happy in it. Now yous want to "
      "'review' him back to square one. We're in [[fl:3 Ropery Court]] above the launderette, on "
      "{{Universal Credit|law}} ([[ni:QQ228461C]]), no money for solicitors. Leave him be."),
    # 010 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 011 named councillor
    R("councillor", "As ward councillor for {{Redmarsh|inv}} I have asked {{the Cabinet Member for Children's Services|office}} "
      "how many step-down reviews are planned and what the tribunal appeals will cost. No answer. I will not "
      "support this at {{Full Council|org}} until there is one.\nCllr [[p:Denise Arkwright]]"),
    # 012 Hong Kong Cantonese mother
    R("parent", "We came from {{Hong Kong|place}} on the {{BN(O) visa|law}}. My son [[p:Cheung Tsz-hin]] "
      "([[p:Ethan]]) is in Year 4 at [[sch:Hollow Carr Academy]], in the autism base called [[sch:Lighthouse]]. "
      "Only eight children, very good. If top-up money is cut the base may close. Please keep it.\n{{多謝|lang}}\n"
      "[[p:Wong Mei-ling]]"),
    # 013 edited: reworded opening and closing
    R("parent", "To whoever reads these: I have a son with an EHCP and I am tired. " + " ".join(S[1:6])
      + " Please don't make families like mine fight the same battle twice.", C, "edited"),
    # 014 SEN caseworker (council staff, anonymous)
    R("council staff", "Anonymous, from inside the {{SEN Team|org}}. Caseworkers here hold 170 to 200 plans each. "
      "The plan adds 400 step-down reviews on top of {{annual reviews|term}} and new "
      "{{EHC needs assessments|term}}. We can't do it. Fund the casework before the consultants."),
    # 015 IPSEA volunteer, legal points
    R("volunteer", "I volunteer with {{IPSEA|org}}. Three points. First, {{section 42|law}} of the Act puts the duty "
      "to secure the special educational provision in a plan on the local authority, and a deficit is not a defence. "
      "Second, a placement in {{Section I|law}} can only be changed at an {{annual review|term}} or a re-assessment, "
      "not at a 'step-down review', which has no basis in the {{SEND Regulations 2014|law}}. Third, every amended plan "
      "can be appealed to the {{First-tier Tribunal (SEND)|tribunal}}, where councils lose more than 98% of "
      "decided appeals. The plan will cost more than it saves."),
    # 016 Geordie grandmother
    R("grandparent", "Howay man. Me granddaughter [[p:Kacey]] has {{Down's syndrome|med}} and she's in Year 2 at "
      "[[sch:St Hild's]] with a one-to-one. Lovely school, lovely lass that works with her, [[p:Bev]]. If you cut "
      "their money by 15% [[p:Bev]]'ll be the first to go, they've as good as said. [[p:Kacey]] cannot manage without her. "
      "Ring us if you want, [[ph:0191 498 0183]] or [[em:pat.robson51 at example dot net]]. Nana [[p:Pat Robson]]"),
    # 017 edited: partial template and own text
    R("parent", S[0] + " " + S[2] + " " + S[3] + " My son has been at an independent school for three years and "
      "it is the first place he has been safe. The local offer for secondary autistic boys in this town is one "
      "resource base with eight places and a waiting list. " + S[5], C, "edited"),
    # 018 Igbo father
    R("parent", "My son [[p:Somtochukwu Obi]] is 17, a student at [[sch:Wolds Edge College]]. He has "
      "{{sickle cell disease|med}} and a learning disability and is learning to cook, take the bus and handle money. "
      "Stop his last year and he loses everything. We say the child belongs to the whole community. Please behave "
      "like one.\n{{Daalụ|lang}}, [[p:Chukwuemeka Obi]]"),
    # 019 young person, lower case
    R("young person", "im 19 on a supported internship from [[sch:teesmouth college]]. only got here cos of my "
      "ehcp. my mate got his ended at 18 and now he just sits in his room. im {{asd|med}} and {{adhd|med}}. i post about it and working "
      "at {{asda|org}} on tiktok [[sh:@jordzz_on_the_spectrum]]\n[[p:jordan]]"),
    # 020 exact: spaces before commas and stops
    R("parent", each(TPL, spaced), C, "exact"),
]
