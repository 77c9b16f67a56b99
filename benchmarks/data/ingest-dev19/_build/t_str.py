"""street-trading: Kirkbrook Metropolitan Borough Council (fictional, Merseyside) proposes a new street
trading policy: consent fees up from £1,150 to £2,900 a year, town-centre pitches cut from 30 to 12, no trading
within 100 metres of a school gate, and hot-food vans off the streets by 10pm."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "STR", "street-trading"
C = "str-keep-our-traders"

TPL = (
    "We are street traders, customers and neighbours in {{Kirkbrook|inv}}. "
    "We object to the draft street trading policy. "
    "Raising the consent fee from {{£1,150|num}} to {{£2,900|num}} a year will finish off the small traders who "
    "keep the town centre alive when half the shops on {{Scotland Road|route}} are shuttered. "
    "Cutting the pitches from thirty to twelve means people who have traded here for twenty years will be told to go. "
    "The flower stall, the fruit barrow and the chippy van are not a nuisance, they are the reason some of us still come into town. "
    "Keep our traders, keep our town. "
    "We ask the council to freeze the fee for existing traders, keep at least twenty-five pitches, "
    "and sit down with the traders before anything is decided."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("street trader", TPL, C, "template"),
    # 002 Scouse flower seller
    R("street trader", "Been selling flowers outside the old {{Woolworths|orgp}} across from {{St Nicholas' Church|church}} since 1994, me mam had the pitch before me. "
      "Two thousand nine hundred quid? Yer avin a laugh. I take maybe {{£200|num}} on a good Saturday, more at {{Mother's Day|event}} and {{Valentine's|event}}. Nobody from the "
      "council has ever come and asked us. {{Sound|dialect}} if yer do, I'm there every day but {{Monday|date}}.\n"
      "[[p:Bernie Tighe]], [[fl:Flat 2b]], [[st:9 Cawdor Walk]]"),
    # 003 exact lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 blank
    R("resident", ""),
    # 005 hot food van, vehicle reg, consent number
    R("business", "We run the burger van on the corner of {{Dock Road|route}} and {{Brunswick Street|route}}, consent number "
      "[[acc:KMBC/ST/0417]]. Our van is [[vr:CX16 LPB]] if your enforcement officers want to check. Being made to shut at "
      "10pm kills us, our trade is the taxi drivers (black cabs and {{Uber|brand}}) and the nurses coming off shift at {{Aintree|place}}. "
      "[[p:Mehmet]] and [[p:Aylin Demir]], {{Demir's Grill|orgp}}"),
    # 006 Turkish ESL
    R("street trader", "Hello, my name is [[p:Serkan Yıldız]]. In {{Ramadan|event}} I open late. I am selling kebab and {{lahmacun|word}} from van since 2011. "
      "The new fee is very much for me, is more than two months of my profit. I have three children, one at "
      "[[sch:St Anselm's Primary]] very near to the square, and now you say no trading 100 metre from school? My van is "
      "my work, I am not selling cigarette to children. Please think again. {{Teşekkürler|lang}}."),
    # 007 short
    R("resident", "Support. Too many vans, too much litter."),
    # 008 edited: personal paragraph
    R("street trader", " ".join(S[:4]) + "\n\nThat is me. My fruit barrow has been on {{Market Parade|route}} since my "
      "grandad [[p:Tommy Rafferty]] pushed it there in 1961. I've got the photos. My daughter [[p:Chelsea]] does the "
      "Saturdays with me and she wants to take it on when I finish. Ring me on [[ph:0151 496 0382]] and come and see it.\n\n"
      + " ".join(S[4:]) + "\n[[p:Frankie Rafferty]]", C, "edited"),
    # 009 school head neighbour? parent against vans by the school
    R("parent", "I agree with the 100 metre rule. There is an ice cream van that parks right on the zigzags outside the "
      "school every home time with the engine running. My son [[p:Jordan]] has {{asthma|med}} and the fumes set him off. "
      "I have reported the van, reg [[vr:ML62 VXA]], three times. He's at [[sch:Holy Cross Juniors]] and he's only eight, born [[dob:12.05.2016]], so he can't "
      "exactly move away from it. {{The Headteacher|role}} agrees with me."),
    # 010 organisation
    R("organisation", "Response of the {{Kirkbrook Business Improvement District|inv}}, whose members include {{Marks & Spencer|orgp}} and {{Sainsbury's|orgp}}.\n"
      "1. We support a smaller number of well-managed pitches on {{Church Street|route}}.\n"
      "2. We do not support the fee as drafted. A banded fee ({{£600|num}} for a single barrow, {{£1,800|num}} for a "
      "hot-food unit) would be fairer.\n3. The {{Local Government (Miscellaneous Provisions) Act 1982|law}} allows the "
      "council to recover its costs, not to make a surplus.\n4. We would welcome the {{Licensing Manager|role}} at our next "
      "board meeting on {{12 February|date}}.\n5. We have copied this to {{the Metro Mayor|office}} and "
      "{{the Liverpool City Region Combined Authority|org}}."),
    # 011 exact caps
    R("street trader", each(TPL, str.upper), C, "exact"),
    # 012 lower case texting
    R("young person", "my nan does the sweet stall by {{the clock tower|landmark}} and its the best thing in kirkbrook "
      "honestly leave her alone shes 79 and it gets her out the house. her name is [[p:margie]] everyone knows her "
      "follow her on insta [[sh:@kirkbrook_sweet_nan]]"),
    # 013 near-miss
    R("business", "The fruit barrow and the chippy van are fine where they are, but the pop-up phone-case stalls outside {{Boots|orgp}} and {{Greggs|orgp}} are not. "
      "Licence the traders who sell food and flowers and refuse the rest."),
    # 014 edited: reworded opening and closing
    R("customer", "I am writing as a customer of the market traders, not a trader myself. " + " ".join(S[2:6]) +
      " Please, the council should keep the fee where it is for anyone already trading and talk to them properly. "
      "[[p:Hope Okonkwo]]", C, "edited"),
    # 015 Kurdish trader
    R("street trader", "I am from {{Kurdistan|place}}, my name [[p:Rebin Hassan]]. I sell phone cover and charger from "
      "table in {{St John's Precinct|landmark}}. Council officer Ms [[p:Lloyd]] is very kind to me but she say new rule "
      "I cannot have pitch. Where I go? I pay my tax. My National Insurance [[ni:QQ 52 41 77 C]] I can show. Email [[em:rebin.hassan88@example.com]]. "
      "{{Spas|lang}}."),
    # 016 resident ramble-ish, councillor named
    R("resident", "I wrote to {{our ward councillor|role}}, Cllr [[p:Dave Mulhearn]], about the noise from the vans on "
      "{{Lime Street|route}} and {{Hope Street|route}} at midnight and never heard back. Now I read he supports the traders. The policy is fine. "
      "Ten o'clock is late enough for anyone to be frying onions under people's windows. I live above the bookies "
      "at [[fl:Flat 4]], [[st:118 Stanley Road]], [[pc:l20  7qn]], so I know."),
    # 017 one word
    R("resident", "Object."),
    # 018 edited: partial template + own words
    R("street trader", " ".join(S[:3]) + " I've done the {{Everton|club}} match days (worst was {{Chelsea|club}} at home) on my hot-dog cart for eleven "
      "years and it's the only reason I can pay the rent. Twelve pitches for the whole town is daft. Keep our traders, "
      "keep our town. [[p:Kev]] ([[em:kev.the.dog at example dot net]])", C, "edited"),
    # 019 disabled customer with carer
    R("disabled person", "I use a wheelchair and I can't get into half the shops, so the stalls are where I shop. My "
      "carer [[p:Brooke]] takes me every {{Thursday|date}}. The {{Mr Whippy|brand}} man, who plays {{Match of the Day|char}} on his chimes, always comes round to my side. "
      "Please keep them. I have {{motor neurone disease|med}} and I don't know how many more summers I've got. I'm under {{the Walton Centre|hosp}}, hospital "
      "number [[hosp:WC 0091735]], and they tell me to keep getting out."),
    # 020 n/a
    R("resident", "n/a"),
]
