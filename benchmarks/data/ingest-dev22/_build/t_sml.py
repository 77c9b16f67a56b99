"""school-meals: Trentholme City Council (fictional, an East Midlands city near Leicester) proposes to raise
the price of a primary school meal from £2.45 to £2.95, to close 31 school kitchens and cook instead at one
central production kitchen at Meadowgate, with meals delivered hot in boxes, and to cut the menu to two
choices. Many parents write in English as a second language."""
from common import R, each, sents

PREFIX, CONSULTATION = "SML", "school-meals"
C = "sml-keep-the-cook-in-the-kitchen"

TPL = (
    "I am a parent and I oppose the plan to close school kitchens and bring meals in from a central kitchen at "
    "{{Meadowgate|own}}. "
    "Food cooked in the school kitchen by people who know the children is better food. "
    "Meals that travel for an hour in a hot box lose their taste and their goodness, and a cook who knows which "
    "child has an allergy, or will only eat the pasta, cannot be replaced by a label. "
    "The rise of fifty pence a meal will be paid by families just above the free school meals line. "
    "{{Keep the cook in the kitchen|slogan}}. "
    "I ask {{Trentholme City Council|inv}} to keep every school kitchen open, hold the price for a year and talk "
    "to kitchen staff and families before anything changes."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 school cook
    R("kitchen staff", "I've been a school cook for twenty-two years. Children come to the kitchen hatch to say "
      "thank you. A van from {{Meadowgate|own}} can't do that. {{UNISON|org}} members will be balloting."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 Somali mother: children, flat in a block named like a person
    R("parent", "My children [[p:Hibaq]] and [[p:Abdirahman]] eat school dinner every day. At the school the cook "
      "know we need {{halal|word}}, she show me the meat box. From big kitchen far away, I worry nobody check. Also "
      "{{£2.95|num}} for two children every day is a lot for us. "
      "{{Mahadsanid|lang}}.\n[[p:Faadumo Jaamac]], [[fl:flat 8, Gordon House]]"),
    # 005 teenage sister, lower case: brother, infant school, handle
    R("young person", "my little brother [[p:tyler]] is in year 2 at [[sch:brookfield infants]] and the dinner "
      "ladies know he only eats the jacket potato with beans lol. if it comes in a plastic box he wont eat nothing n "
      "then hes a nightmare after school. dont do it\n[[sh:@jadeyy.x]]"),
    # 006 school governing body: the school named as an institution
    R("school", "Response from the governing body of {{Ashby Lane Primary School|venue}}.\n1. Our kitchen serves "
      "310 hot meals a day and was refitted in {{2021|num}} with {{£86,000|num}} of the school's own capital.\n2. We "
      "hold the {{Food for Life|law}} bronze award, which depends on fresh cooking on site.\n3. The "
      "{{School Food Standards|law}} can be met by a central kitchen, but our experience of hot-box deliveries "
      "during the {{Covid|med}} closures was poor.\n4. Lunchtime staff are part of the school family and know our "
      "children. Last term one pupil, [[p:Zainab]], was diagnosed with {{coeliac disease|med}}, and our cook had a "
      "gluten-free menu ready within the week.\n{{Headteacher|role}} and {{Chair of Governors|role}}"),
    # 007 Gujarati grandmother
    R("grandparent", "We are vegetarian family, no meat, no egg, no fish. My grandson [[p:Dev]] is in Year 1. At "
      "school the cook make special for him, she know. Big kitchen will not know. I was cook in "
      "{{Nairobi|place}}, I know what happen to food in the box for one hour. "
      "{{Jai Shri Krishna|lang}}.\n[[p:Hansaben Patel]]"),
    # 008 edited: personal paragraph (daughter with nut allergy: date of birth, school, hospital and NHS numbers)
    R("parent", " ".join(S[:3]) + "\n\nMy daughter [[p:Amelia-Rose]] was born [[dob:21 March 2017]] and is in "
      "Year 3 at [[sch:Hollin Bank Primary]]. She has a severe nut and sesame allergy and has been in the "
      "{{Leicester Royal Infirmary|hosp}} twice with {{anaphylaxis|med}}; her hospital number is "
      "[[hosp:RWE-2071553]] and her NHS number is [[nhs:9992108614]]. Mrs [[p:Bhatt]] in the kitchen checks every "
      "one of her meals herself.\n\n" + " ".join(S[3:]) + "\n[[p:Kelly Hargreaves]]", C, "edited"),
    # 009 Romanian father: children, ParentPay account, NI number, phone
    R("parent", "I have two children in primary, [[p:Ionuț]] and [[p:Maria]]. On {{ParentPay|brand}}, account "
      "[[acc:PP-7730412]], I pay {{£98|num}} a month, with new price {{£118|num}}. I applied for free meals with "
      "my NI number [[ni:QQ 27 51 84 C]], but I earn a little bit over the line. {{Mulțumesc|lang}}.\n[[p:Cristian Popescu]], "
      "[[ph:0116 496 0553]]"),
    # 010 one word
    R("parent", "Object."),
    # 011 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 012 Slovak Roma mother: children, flat, lower-case postcode
    R("parent", "My children is [[p:Dominika]] and [[p:Patrik]], they in school in {{Trentholme|inv}}. In "
      "{{Slovakia|place}} they not go to school good, here they happy, they eat hot lunch every day, for "
      "[[p:Patrik]] it is the main food of the day. Please no make more expensive. We live "
      "[[fl:Flat 27, Kingfisher Tower]], [[pc:le4 9tx]]. {{Ďakujem|lang}}.\n[[p:Martina Horváthová]]"),
    # 013 near-miss: former catering manager who supports a central kitchen
    R("resident", "Meals that travel for an hour in a hot box? The van from {{Meadowgate|own}} to the furthest "
      "school takes twenty-five minutes. I ran a central kitchen in {{Derby|placename}} for nine years and the food was "
      "as good as any school's. Half our school kitchens fail their inspections because of the building, not the "
      "cooks."),
    # 014 edited: reworded first-person opening and closing (Gujarati mother)
    R("parent", "I am mother of two children in {{Trentholme|inv}} primary school and I send this in my own name. "
      "My English is not so good but I agree all of it. " + " ".join(S[1:-1]) + " My children are vegetarian and "
      "the cook knows this without asking.\n[[p:Hetal Mistry]]", C, "edited"),
    # 015 son with type 1 diabetes
    R("parent", "My son has {{type 1 diabetes|med}} and wears a {{Libre|brand}} sensor. The school cook "
      "writes the carbs for every meal on a card so we can work out his insulin. His nurse at the "
      "{{Leicester Royal Infirmary|hosp}} says a printed label would do. In practice the menu changes on the day."),
    # 016 Ethiopian mother: son, school, obfuscated email
    R("parent", "I am from {{Addis Ababa|place}}. My son [[p:Yonatan]] is in Year 5 at "
      "[[sch:St Bartholomew's C of E Primary]]. We are {{Orthodox|word}} and we fast on {{Wednesday|date}} and "
      "{{Friday|date}}, no meat, no milk. The kitchen lady give him the vegetable curry on these days, she remember. "
      "Please keep her. {{Amesegnalehu|lang}}.\n[[p:Mekdes Alemu]]\n[[em:mekdes.alemu(at)example.org]]"),
    # 017 edited: part of the template plus own text; a dinner lady's handle
    R("kitchen staff", " ".join(S[1:4]) + " I've been a dinner lady for sixteen years and I post what we cook on "
      "tiktok as [[sh:@dinnerlady_dawn]], two hundred fresh meals a day from a kitchen the size of a garage. Come "
      "and see.", C, "edited"),
    # 018 opposition councillor: email
    R("councillor", "The administration says this saves {{£1.2 million|num}} a year. It does not say that "
      "{{£640,000|num}} of that goes on redundancy and transport in the first two years. I have asked for the full "
      "business case under the {{Freedom of Information Act 2000|law}}.\nCllr [[p:Graham Oakley]], "
      "{{Leader of the Opposition|office}}\n[[em:cllr.oakley@example.org]]"),
    # 019 blank
    R("parent", ""),
    # 020 East Midlands grandad: grandson, car, house name
    R("grandparent", "{{Ay up me duck|dialect}}. I pick our [[p:Kayden]] up three days a week and he comes out full of "
      "his dinner, shepherd's pie and custard, proper food. You'll not get that out of a plastic tray. I park my "
      "{{Micra|brand}}, [[vr:FN17XRT]], by the kitchen door and you can smell it cooking. {{Ta-ra|dialect}}.\n"
      "[[p:Roy Bramley]], [[hn:Rose Villa]], [[st:Forge Close]]"),
]
