"""bathing-water: Wendleford Town Council (fictional, Somerset) asks for views on applying to designate the
Millpool Reach stretch of the fictional River Lathe as a bathing water, which would bring summer water testing."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "BTH", "bathing-water"
C = "bth-clean-water-for-the-lathe"

TPL = (
    "We swim, paddle and play in the {{River Lathe|inv}} at {{Millpool Reach|inv}} and we strongly support the "
    "application for bathing water status. "
    "Hundreds of people use this stretch every summer, from toddlers in the shallows to open-water swimmers "
    "training for races, but nobody tests the water. "
    "After heavy rain the storm overflows upstream pour sewage into the river and we only find out when someone "
    "is ill. "
    "Designation would mean regular testing from {{May|date}} to {{September|date}}, signs on the bank and a legal "
    "duty to clean the river up. "
    "Clean water for the Lathe. "
    "We ask the town council to send the application this year, to publish the swimmer counts it has collected, "
    "and to press {{Wessex Water|org}} for a date to upgrade the {{Hatherstone|inv}} treatment works. "
    "Our children deserve a river they can swim in."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("swimmer", TPL, C, "template"),
    # 002 angler
    R("angler", "I've fished the Lathe for thirty years, like my father [[p:Mick Dunster]] before me, with {{Wendleford Angling Association|org}}. More swimmers "
      "means more disturbance, but cleaner water is good for the fish too. I'll support it if the swimming is kept "
      "to the {{Millpool|inv}} end and away from the weir pool."),
    # 003 exact, one per line
    R("swimmer", plain_only(TPL, one_per_line), C, "exact"),
    # 004 illness, NHS number
    R("parent", "Last {{August|date}} my son [[p:Oscar]] swam at the reach after a thunderstorm and was in "
      "{{Musgrove Park Hospital|hosp}} for three days with {{E. coli|med}}. His NHS number is "
      "[[nhs:999 526 0182]], the hospital will confirm it. Nobody had told us there had been a spill. Please "
      "apply for the designation. [[p:Harriet Lockyer]], [[st:Mill Lane]]"),
    # 005 blank
    R("swimmer", ""),
    # 006 farmer
    R("farmer", "I farm 300 acres of the valley above {{Hatherstone|inv}}. Designation will bring the "
      "{{Environment Agency|org}} down on farmers for every bit of run-off while the water company carries on "
      "dumping. I'm not against it, but be fair about who's polluting. [[p:Giles Ponsonby]], [[hn:Lower Coombe Farm]]"),
    # 007 wild swim group with pub named after person
    R("organisation", "{{Lathe Dippers|org}} is a group of 140 mostly women who swim all year from the slipway by "
      "{{The Duke of Wellington|orgp}} pub. We have counted swimmers every sunny weekend since {{June|date}} 2023 and "
      "will share the data. Contact our secretary [[p:Lorna Treby]] on [[em:lathedippers.sec@example.org]]."),
    # 008 edited, personal paragraph (NHS number, DOB)
    R("swimmer", " ".join(S[:3]) + "\n\nMy husband [[p:Gareth Pugh]], born [[dob:17 July 1958]], picked up "
      "{{leptospirosis|med}} after a swim in {{October|date}} and spent a week in intensive care. NHS number "
      "[[nhs:999 159 0838]]. He is still not right. We live on the river at [[st:2 Weir Cottages]] and we see the "
      "brown water after every storm.\n\n" + " ".join(S[3:]), C, "edited"),
    # 009
    R("resident", "Yes."),
    # 010 water company formal
    R("organisation", "{{Wessex Water|org}} notes the proposal. We are investing {{£11 million|num}} in "
      "{{Hatherstone|inv}} wastewater treatment works under the {{Storm Overflows Discharge Reduction Plan|law}}, "
      "with completion due in {{2029|date}}. We would welcome a meeting with the {{Town Clerk|role}}."),
    # 011 exact, lower case
    R("swimmer", each(TPL, str.lower), C, "exact"),
    # 012 teenager text-speak
    R("young person", "we go jumping off the bridge at millpool every summer, everyone does. last year my mate "
      "[[p:tj]] got a rash all up his legs. test the water pls. also the {{Lathe Bridge|landmark}} is listed so "
      "dont put a fence on it"),
    # 013 near-miss
    R("resident", "Our children deserve a river they can swim in, and they also deserve somewhere to park. If "
      "designated, the lane down to the reach will be rammed every weekend. I live on the lane and already can't get "
      "out of my drive in July, when a silver Audi, [[vr:WU68 PXE]], blocked it all afternoon."),
    # 014 canoe club
    R("organisation", "{{Wendleford Canoe Club|org}} supports the application. Our juniors paddle the reach twice a "
      "week. We have reported sewage fungus to the {{Environment Agency|org}} four times on their hotline."),
    # 015 Hungarian
    R("swimmer", "I am [[p:Réka Szabó]], I work at the {{Müller|org}} dairy on the early shift and I swim after "
      "work. At home in {{Lake Balaton|place}} there is testing and a flag every day. Here nothing. It is strange "
      "for a rich country. Please apply."),
    # 016 landowner opposing, address
    R("landowner", "I own the field on the south bank. I am not willing to have hundreds more people crossing my "
      "land. [[p:Anthony Carew-Pole]], [[hn:Millpool House]], [[pc:TA4 2HX]], [[ph:+44 7700 900 664]]."),
    # 017 dog (pet) and character
    R("resident", "My spaniel {{Biscuit|pet}} goes in every day and was sick twice last summer. The vet said it "
      "was probably the water. I'm not a swimmer, I just want to know if it's safe. My grandchildren call the heron "
      "{{Mr Grumpy|char}}, he's always there."),
    # 018 school, child
    R("parent", "Our daughter [[p:Poppy Wheddon]] is in Year 3 at [[sch:Wendleford C of E Primary]]. The school "
      "does a river study day at the reach every summer and the children paddle. It would be good to know the "
      "water is tested."),
    # 019
    R("resident", "Waste of money, nobody will test it properly anyway."),
    # 020 Portuguese
    R("swimmer", "Bom dia. I am from {{Porto|place}}, near the sea we have the blue flag. I swim here with my "
      "husband [[p:Rui]] and our two kids. We support. Please also put a toilet. {{Obrigado|lang}}. "
      "[[p:Catarina Alves]]"),
    # 021 swimmer with social handle, race
    R("swimmer", "I'm training for the {{Great North Swim|event}} and the reach is the only long stretch of clear "
      "water for 30 miles. I post the swim conditions on instagram every morning [[sh:@lathe_dawn_dipper]]. I'd "
      "happily share what I see with whoever does the testing."),
    # 022 parish council near-miss
    R("parish council", "{{Hatherstone Parish Council|inv}} supports testing but asks that the application "
      "recognise that the treatment works is in our parish and that villagers have had no say. The "
      "{{Parish Clerk|role}} will write separately."),
    # 023 storm / flood
    R("resident", "During {{Storm Henk|storm}} the river came up over the road at {{Church Street|route}} and you "
      "could smell it. Designation won't stop that but at least there will be figures."),
    # 024 lower case name + street
    R("resident", "i live on [[st:bridge terrace]] right by the river, me and [[p:bev]] sit out every evening "
      "and watch the swimmers. lovely to see. yes to the application"),
    # 025 public figure MP
    R("resident", "I wrote to our MP, [[p:Lucy Penhaligon]], and she replied that it is a matter for the town "
      "council. Good. So get on with it."),
    # 026 edited, half-template + own
    R("swimmer", " ".join(S[3:]) + " I'd add: please don't let it become a car park. Keep it wild.", C, "edited"),
    # 027 Turkish
    R("swimmer", "Merhaba. I have kebab shop {{Anatolia Grill|org}} in town. In summer I close at 3 and I take "
      "my children to the river. My wife [[p:Elif]] is worried about the water. Please test it. "
      "{{Teşekkürler|lang}}. [[p:Hakan Demir]]"),
    # 028 ALL CAPS
    R("resident", "STOP THE SEWAGE FIRST. THEN TALK ABOUT SWIMMING. {{WESSEX WATER|org}} SHAREHOLDERS SHOULD BE "
      "MADE TO SWIM IN IT."),
]
