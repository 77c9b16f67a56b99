"""water-fluoridation: Hexburn County Council (fictional, north-east England, between the Durham coalfield
and the Northumberland moors) proposes asking the Secretary of State to fluoridate the water that leaves the
Blackhaugh treatment works (about 140,000 people in Hexburn, Coldside and the pit villages): £1.4 million to
build, about £90,000 a year to run."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "FLU", "water-fluoridation"
C = "flu-our-water-our-choice"

TPL = (
    "I object to the proposal by {{Hexburn County Council|inv}} to ask the "
    "{{Secretary of State for Health and Social Care|office}} to add fluoride to the public water supply in "
    "{{Hexburn|inv}}, {{Coldside|inv}} and the villages. "
    "Water is for drinking, not for medicating. "
    "Once fluoride is in the tap there is no way for a family to opt out, short of buying bottled water or "
    "fitting an expensive filter. "
    "Tooth decay is real, but the answer is supervised brushing in nurseries and schools, more "
    "{{NHS|org}} dentists and less sugar, not a chemical added to every kettle and every baby's bottle. "
    "The £1.4 million set aside for the works at {{Blackhaugh|inv}} would pay for years of that. "
    "{{Our water, our choice|slogan}}. "
    "Please drop the scheme and spend the money on dentistry."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 community dentist, supports
    R("dentist", "I support the scheme. I have worked in the {{Community Dental Service|org}} across the county "
      "for nineteen years, and every month I see four- and five-year-olds from {{Coldside|inv}} who need all their "
      "back teeth out under general anaesthetic at {{Sunderland Royal Hospital|hosp}}. {{Hartlepool|place}} has had "
      "fluoride in its water naturally for generations and its children's teeth are among the best in the region. "
      "Supervised brushing only reaches children who are in nursery on the day. Fluoride in the water reaches "
      "everyone.\n[[p:Anjali Raghunathan]], {{Specialist in Special Care Dentistry|role}}"),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Geordie grandmother: grandson, date of birth, school
    R("grandparent", "{{Howay|dialect}}, just get it done. Wor [[p:Jaxon]] had six teeth oot at {{the RVI|hosp}} when "
      "he was fower. He's six noo, born [[dob:17/03/2019]], in Year 1 at [[sch:Wardlaw Colliery Primary]]. His mam "
      "starts at {{Greggs|orgp}} at six so it's me that does the mornings. If it's in the watter he gets it whether "
      "I remember the brush or not."),
    # 005 blank
    R("resident", ""),
    # 006 edited: personal paragraph (wife, thyroid, hospital number, home street)
    R("resident", " ".join(S[:4]) + "\n\nMy wife [[p:Pauline]] has an underactive thyroid with {{Hashimoto's|med}}, "
      "and her consultant at {{University Hospital of North Durham|hosp}} has told her to be careful what she takes "
      "in. Her hospital number is [[hosp:UHND 7730192]] if anybody from the council wants to check what I am "
      "saying. We are both in our seventies and we are not going to start carrying bottled water up the bank from "
      "the {{Co-op|org}}.\n\n" + " ".join(S[4:]) + "\n[[p:D. Proudlock]], [[st:Colliery Terrace]], "
      "{{Wardlaw|inv}}", C, "edited"),
    # 007 Syrian mother, ESL, phone
    R("refugee", "My name is [[p:Rahaf Al-Khatib]], I come from {{Homs|place}} in {{Syria|place}}. My son [[p:Omar]] "
      "is 7 and already he has two fillings and one tooth removed. To find NHS dentist here the waiting is more "
      "than one year. If the water help the teeth of the children I agree, yes. But please also more dentists. "
      "{{Shukran|lang}}. [[ph:0191 498 0417]]"),
    # 008 one word
    R("resident", "Support."),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 Healthwatch, formal numbered
    R("organisation", "Response of {{Healthwatch Hexburn|inv}}\n\n"
      "1. We held four listening events in {{January|date}} and {{February|date}}, at {{Coldside Library|inv}}, "
      "{{Skelwick Miners' Welfare|inv}} and two family hubs, and received {{611|num}} survey returns.\n"
      "2. {{58%|num}} of respondents supported fluoridation, {{31%|num}} opposed it and {{11%|num}} were unsure. "
      "Support was highest among parents of children under five.\n"
      "3. Opponents most often raised consent and choice. Several people with kidney disease asked whether they "
      "would need a different supply; we ask {{the Director of Public Health|office}} to answer this directly in "
      "the final report.\n"
      "4. We ask the council to publish the monitoring plan before the {{Secretary of State|office}} decides, as "
      "the {{Water Industry Act 1991|law}} requires.\n"
      "5. Whatever the outcome, getting an NHS dentist remains the top concern raised with us.\n\n"
      "{{Chief Officer|role}}, {{Healthwatch Hexburn|inv}}"),
    # 011 teenager, lower case, social handle
    R("young person", "i dont want it in the water tbh its literally a chemical and nobody asked us. my mate "
      "[[p:brooklyn]] says her mam read it makes u slow. idk if thats true but its sus. i just want a dentist that "
      "actually takes u. follow [[sh:@noflouride.hexburn]] on {{tiktok|brand}} we r doing a march on "
      "{{saturday|date}}"),
    # 012 edited: reworded opening and closing
    R("resident", "I'm writing in my own name, but I've borrowed the words off the leaflet because they put it "
      "better than I can. " + " ".join(S[1:-1]) + " I'll not be drinking it and I'll not be paying for it either."
      "\n[[p:Stella Hindmarsh]]", C, "edited"),
    # 013 near-miss: quotes the campaign's line to disagree with it
    R("resident", "Water is for drinking, not for medicating, says the leaflet that came through my door. Well, "
      "they already put chlorine in it and nobody marches about that. I had all my own teeth out at forty. Put it "
      "in."),
    # 014 long ramble: retired miner, date of birth, home street, wife
    R("retired miner", "I'll try and keep this short but I doubt I will. I was born on [[dob:9th February 1944]] in the "
      "end house of [[st:Pit Row]], {{Wardlaw Colliery|inv}}, and I live three doors up from it now with my wife "
      "[[p:Nora]]. I went down the pit at fifteen like my father and his father, and I came up for the last time in "
      "{{1986|num}} when the {{National Coal Board|org}}, or {{British Coal|org}} as it was by then, shut us. So I "
      "have heard plenty of people from outside telling us what is good for us. That is my first point. When they "
      "shut the pit they said it was for our own good an' all.\n\n"
      "Second point. I had every one of my teeth out by the time I was thirty. Nobody had a toothbrush in our "
      "house, we had {{Woodbines|brand}} and sugar butties. My grandchildren have better teeth than I ever had and "
      "they've done it with a brush and a dentist, not with anything in the watter. The trouble is there's no "
      "dentist now. The last one in the village went private in {{2021|num}} and the nearest {{NHS|org}} one is in "
      "{{Durham|place}}, two buses away.\n\n"
      "Third point. Our water comes from {{Kielder Water|landmark}} by way of {{Northumbrian Water|org}} and it's "
      "the best water in {{England|place}}. Leave it alone.\n\n"
      "I'm not daft. I've read that {{Hartlepool|place}} has it natural and their bairns have good teeth, and I've "
      "read the other side as well. I just think if the council has {{£1.4 million|num}} it could open a dental "
      "surgery at {{the Miners' Welfare|landmark}} and pay a dentist to sit in it. That would do more good and "
      "nobody would have to march about anything.\n\n"
      "[[p:Nora]] says to say she agrees with me, which makes a change. We'll both be at {{the Big Meeting|event}} in "
      "{{July|date}} as usual, God willing, and anybody from the council who wants to talk about it can find us "
      "under the {{Wardlaw Lodge|org}} banner.\n\n[[p:Jack Brannigan]]"),
    # 015 Italian cafe owner: a business named after him, his own name and email
    R("business", "I have the café {{Caffè Bellini|orgp}} on {{Front Street|route}} for 22 years. Does fluoride "
      "change the taste of the espresso, or the scale in the machine? In {{Florence|placename}}, where I come from, "
      "the water is hard and we always filter. For the children I think it is a good idea. {{Grazie mille|lang}}.\n"
      "[[p:Giancarlo Bellini]]\n[[em:caffebellini@example.com]]"),
    # 016 edited: part of the template plus own text (daughter, school)
    R("parent", " ".join(S[2:5]) + " My daughter [[p:Maisie-Rae]] is in Year 3 at "
      "[[sch:St Aidan's C of E Primary]] and they already do supervised brushing every morning, and she has never "
      "had a filling. That is what works. Pay for it in every school in the county, not just the ones that signed "
      "up.", C, "edited"),
    # 017 pharmacist from Rajasthan, obfuscated email
    R("business", "{{Namaste|lang}}. I am a community pharmacist in {{Coldside|inv}}, originally from "
      "{{Jaipur|place}}, {{India|placename}}. In my home state the groundwater has too much natural fluoride and "
      "many villagers have {{skeletal fluorosis|med}}, so I understand why people are frightened. But one milligram "
      "per litre is where teeth benefit and bones are not harmed. The dose makes the poison. {{Dhanyavaad|lang}}.\n"
      "[[p:Meenakshi Iyer]]\n[[em:meenakshi.iyer at example dot com]]"),
    # 018 Ethiopian mother, ESL: son, home street, postcode, phone
    R("parent", "I am from {{Ethiopia|place}}. In the {{Rift Valley|place}} the water have too much fluoride and my "
      "brother have brown teeth all his life, so first I was afraid. Here it is very small amount. My son "
      "[[p:Dawit]] is four. I agree. {{Amesegenallo|lang}}.\n[[st:Tyne View Terrace]], [[pc:DH8 5NL]], "
      "[[ph:07700 900 461]]"),
    # 019 kidney patient: hospital and NHS numbers, councillor, postcode
    R("disabled person", "I have {{chronic kidney disease|med}} and I'm on {{haemodialysis|med}} three times a week "
      "at the {{Freeman Hospital|hosp}}. The renal unit treats the water for the machines, so that is not my "
      "worry. My worry is the water I drink at home, because my kidneys cannot clear fluoride the way other "
      "people's can. My carer [[p:Precious]] drives me to dialysis. I raised it with Councillor [[p:Maureen Tait]] at her surgery and she did not know the "
      "answer. I want a straight one from {{the Director of Public Health|office}} before this goes ahead. My "
      "hospital number is [[hosp:FRH 4410277]] and my NHS number is [[nhs:999 204 6058]] if you need to look.\n"
      "[[p:Trevor Elliott]]\n[[pc:dh9  7qz]]"),
    # 020 exact, one sentence per line
    R("resident", plain_only(TPL, one_per_line), C, "exact"),
]
