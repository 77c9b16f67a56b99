"""noise-service: Teesmouth Borough Council (fictional, Teesside) proposes to end its Friday and Saturday night
out-of-hours noise patrol and replace it with recordings sent through a Noise App, reviewed the next working day."""
from common import R, each, sents

PREFIX, CONSULTATION = "NSE", "noise-service"
C = "nse-sleep-is-not-a-luxury"

TPL = (
    "We object to {{Teesmouth Borough Council|inv}}'s plan to end the {{out-of-hours noise service|site}} on Friday and "
    "Saturday nights. Noise does not keep office hours. When a party goes on until four in the morning, a recording on "
    "the {{Noise App|brand}} looked at on {{Monday|date}} does nothing for a nurse who has to be on the ward at seven or a "
    "child who has exams. Officers on the street at night can hear the problem for themselves, talk to the people "
    "causing it and serve a notice there and then. Sleep is not a luxury. Please keep the night patrol running from "
    "{{10pm|num}} to {{3am|num}} at weekends, publish how many calls it answers, and look for savings somewhere that does "
    "not leave residents awake and alone."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Teesside dialect, shift worker
    R("shift worker", "I work twelves at {{Wilton International|landmark}} an the lad at number 9 has his music on till "
      "gone 3 every weekend. Rang the noise line last {{Saturday|date}}, two officers come out, {{dead good|dialect}} they "
      "were, sorted it in ten minutes. An app is {{proper daft|dialect}}. Who's gonna look at a video on a {{Monday|date}}? "
      "Keep the night lot.\n[[p:Gaz Heslop]], [[st:Coatham Street]], [[pc:ts6 7jh]]"),
    # 003 exact, one sentence per line
    R("resident", each(TPL, lambda t: t.replace(". ", ".\n")), C, "exact"),
    # 004 Romanian family, neighbour named after role words
    R("resident", "We are family from {{Romania|place}}, we live in [[fl:Flat 2, Kestrel Court]] since 2020. The "
      "resident at no. 4, Mr [[p:Dunning]], play drums at night and when we ask him to stop he shout at my husband "
      "[[p:Florin]]. Noise officers came two times and he stopped. With app, who will come? We are afraid to go and "
      "knock. Please keep. {{Mulțumim|lang}}.\n[[p:Gabriela Moldovan]]"),
    # 005 short, student
    R("student", "As a {{Teesside University|org}} student I get why people complain but most of the calls are about "
      "one or two houses. Fine the landlords, not the whole town."),
    # 006 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 007 pub licensee, firm named after a person
    R("business", "I hold the premises licence at {{The Marton Arms|org}} and we've had two visits from the night "
      "team in five years, both fair. It works for us too: a quick word at midnight is better than a review of our "
      "licence three months later. {{Camerons|orgp}} and the {{Pubwatch|org}} scheme back keeping it. Licensee, "
      "[[p:Shaun Tweddle]]."),
    # 008 edited: personal paragraph, nurse, hospital keep, car reg
    R("nurse", " ".join(S[:3]) + "\n\nThat nurse is me. I'm on {{Ward 14|hosp}} at {{James Cook|hosp}} and I live at "
      "[[st:22 Brambling Way]], [[pc:TS10 4NX]]. A white Golf, [[vr:NA18 KPV]], parks up outside most Saturdays with the "
      "boot open and the speakers going till three. I've got the registration in every log I've sent. Last time the "
      "officers came out and spoke to the driver and he left. An app would have meant another night with no sleep.\n\n"
      + " ".join(S[3:]) + "\n[[p:Leanne Wetherell]]", C, "edited"),
    # 009 blank
    R("resident", ""),
    # 010 lower case teen with handle
    R("young person", "im 16 n got my gcses in may at [[sch:Redmarsh Academy]]. me n my mate [[p:brooklyn]] cant revise. the house behind us has parties every weekend n the police dont care. "
      "my mam rang the noise people once and they came at like 1am and it stopped. dont get rid of it. "
      "my insta is [[sh:@kayz.x.teesside]] if u want to see the videos lol\n[[p:kayla]]"),
    # 011 reworded opening and closing
    R("resident", "Please don't scrap the weekend noise patrol. " + " ".join(S[1:6]) +
      " Cut something else. {{Ey up|dialect}}, we've all got to sleep.", C, "edited"),
    # 012 older man, dementia wife, phone
    R("pensioner", "My wife [[p:Brenda]] has {{Lewy body dementia|med}} and when the noise starts next door at "
      "midnight she gets frightened and thinks there's somebody in the house. Even our budgie {{Joey|pet}} goes quiet. I am 84. I cannot record videos on a "
      "phone I can barely use. I need a person to come. Her NHS number is [[nhs:999 983 7344]] and her number at {{James Cook|hosp}} is [[hosp:JCUH 702 4411]], the doctors there know all about it. Ring me if you want, my daughter "
      "says to give the landline, [[ph:01632 960 217]].\n[[p:Ron Ashby]]"),
    # 013 near-miss, supports the app
    R("resident", "Noise does not keep office hours, true, but neither does the app. I've used the {{Noise App|brand}} in "
      "{{Stockton|place}} and it's fine: the video has the time and the decibels on it. It'll save money and give better "
      "evidence for court."),
    # 014 DJ / musician
    R("musician", "Speaking as a DJ who plays {{Middlesbrough|place}} clubs on {{Albert Road|route}} and the odd house party, I'd rather get a "
      "knock on the door and turn it down than get a letter three weeks later with a {{£100 fixed penalty|num}}. "
      "The night officers are reasonable. I'm [[p:DJ Kez]] on the flyers, [[sh:@djkez_boro]] on socials, real name "
      "[[p:Kieran Stoddart]]."),
    # 015 edited: partial template + own words
    R("resident", " ".join(S[:3]) + " Our street backs on to the {{Riverside Stadium|landmark}} and on match days and "
      "concert nights we expect it, that's fine, the {{Boro|club}} are part of life here. It's the 4am parties on "
      "{{Marsh End|inv}} that need somebody there on the night. Keep the patrol.\n[[p:Denise]] and [[p:Colin Pybus]]",
      C, "edited"),
    # 016 housing association
    R("housing association", "{{Tees Valley Homes|org}} manages 4,800 homes in the borough. In 2024 our tenants made "
      "312 night-time reports to the council's service, and in 41 cases the officer's own witness statement was the "
      "evidence that let us take tenancy action. A next-day review of app recordings will not give the same evidence. "
      "Our {{Environmental Health Officer|role}} liaison agrees. We ask the {{Cabinet Member for Neighbourhoods|office}} to delay the change and publish an equality impact "
      "assessment.\n{{Head of Tenancy Services|role}}"),
    # 017 Teesside dialect in capitals
    R("resident", "ABSOLUTELY {{MINT|dialect}} SERVICE AND YOUS WANT TO BIN IT. TYPICAL {{TEESMOUTH COUNCIL|inv}}. "
      "{{THE TRANSPORTER BRIDGE|landmark}} GETS MONEY THROWN AT IT AND WE GET NOWT. KEEP THE NIGHT PATROL."),
    # 018 Deaf resident
    R("disabled person", "I am Deaf and I don't hear the noise, but my hearing partner [[p:Marcus]] does and my "
      "vibrating alarm doesn't wake me when the floor is shaking from next door's bass. The app would be better for "
      "me than the phone line, which I can't use, but only if somebody still comes out. Can you offer {{BSL|lang}} "
      "video relay? Case ref [[acc:ENV/NS/24/08813]]."),
    # 019 Polish couple
    R("resident", "We live in {{Grangetown|place}} five years. The night service came for us one time, very polite "
      "officers, the problem stopped. I am at {{British Steel|org}} shifts and my wife [[p:Agnieszka]] works early at the "
      "bakery. Somebody keyed our car [[vr:nu70 wkd]] after I complained, so we are afraid. We live at [[st:47 Furnace Row]]. Please keep it.\n[[p:Paweł Wróbel]]"),
    # 020 one line
    R("resident", "Scrap it. Waste of money."),
]
