"""pool-booking: Linnvale Leisure Trust (fictional, Central Scotland) proposes compulsory online booking of
45-minute lane slots at Linnvale Community Pool, with a £1 no-show charge and no more pay-and-swim at the door."""
from common import R

PREFIX, CONSULTATION = "SWM", "pool-booking"

ITEMS = [
    # 001
    R("swimmer", "I swim at 7am three times a week and the lanes are never full. Booking a slot the night before is "
      "daft. What happens when my shift changes? I'll just stop going. Keep pay-and-swim at the door for the early "
      "sessions at least."),
    # 002 older woman, no internet, daughter
    R("pensioner", "I am 79 and I have not got a smartphone. My daughter [[p:Fiona]] booked me in last month and then "
      "she went on holiday and I could not get in. The girl on reception was very kind but said the system would not "
      "let her. I have swum at {{Linnvale Community Pool|inv}} since it opened in 1974. My number is [[ph:01632 960 118]], it is a landline. [[p:Agnes Paterson]]"),
    # 003
    R("swimmer", ""),
    # 004 triathlon club, formal
    R("organisation", "Response from {{Linnvale Tri Club|org}}.\nWe support lane booking in principle. Our members "
      "train at set times and booked lanes would stop the {{Sunday|date}} evening free-for-all. We do ask for "
      "block bookings for clubs, a 15-minute grace period before the {{£1|num}} no-show fee, and a named contact at "
      "the Trust. Our secretary is [[p:Stewart Lennie]], [[em:secretary.linnvaletri@example.org]]."),
    # 005 teen lifeguard
    R("lifeguard", "im a lifeguard there (part time, im 17) and honestly the booking is better for us, we know how "
      "many are coming. but the app crashes every monday. [[p:callum]] on reception spends half his shift fixing "
      "peoples logins"),
    # 006 parent, children's lessons, school
    R("parent", "My two girls, [[p:Isla]] and [[p:Maisie Brogan]], do lessons on a {{Saturday|date}} and then "
      "we stay for a family swim. Now I have to book the family swim separately, at 9pm on a {{Wednesday|date}} when "
      "slots open, and they go in minutes. [[p:Maisie]] is in P3 at [[sch:Bankhead Primary]] and the school stopped "
      "swimming lessons in 2022 so this is all she gets. Please give families priority."),
    # 007 Hungarian
    R("swimmer", "In {{Budapest|place}} we have {{Széchenyi|landmark}} and many baths, nobody must book the lane. I am "
      "[[p:Zsófia Horváth]], I am nurse at {{Forth Valley Royal|hosp}}, my shifts are twelve hours, I cannot know "
      "three days before when I am free. Please keep some lanes without booking. {{Köszönöm|lang}}."),
    # 008 membership number, email complaint
    R("member", "I was charged the {{£1|num}} no-show fee four times in {{January|date}} because the app booked me "
      "into the wrong pool. My membership number is [[acc:LLT-0048213]]. I emailed "
      "{{customer services|role}} twice from [[em:r.mcgarvey@example.net]] and nobody answered. Refund me before you "
      "make this permanent. [[p:Ross McGarvey]]"),
    # 009
    R("swimmer", "Fine by me."),
    # 010 Gaelic / Scots phrases, older man
    R("swimmer", "It's a gey dreich world when a man cannae go for a swim without a computer. I'm 83, I swim every "
      "morning, I've got {{arthritis|med}} and the water's the only thing that helps. My neighbour [[p:Big Tam]] "
      "takes me in his car. He's 80 and he cannae work the app either. {{Haud yer wheesht|scots}} about digital "
      "inclusion, you're shutting us out."),
    # 011 disability, carer
    R("carer", "I am a carer for my son [[p:Ewan]], who has {{cerebral palsy|med}} and uses the hoist at the pool. "
      "The hoist needs a member of staff, and the booking system doesn't let you say that, so twice we have arrived "
      "and there was nobody trained on. Please add an accessibility option when booking. We live in "
      "[[fl:flat 2/1]], [[st:14 Corsiehill Road]] and it is two buses to get there."),
    # 012 Ukrainian
    R("swimmer", "Good day. I am from {{Kharkiv|place}}, I was swimming coach there. Here I swim for my mental "
      "health. The booking is OK for me but the app is only English, please add {{Ukrainian|people}} and "
      "{{Polish|people}} and {{Arabic|people}}. Many people here not read English well. [[p:Mykola Bondar]]"),
    # 013 text-speak teen with handle
    R("young person", "booking is soooo annoying when u just wanna go with ur mates after school, by the time we "
      "all book its gone. me [[p:ellie]] n [[p:jess]] just go to the beach at {{Portobello|place}} now lol. follow "
      "[[sh:@linnvale_swimgirls]] for the pool memes"),
    # 014 shift worker, car reg parking fine
    R("shift worker", "The car park now needs a booking reference too and I got a {{£60|num}} parking charge because "
      "my booking was for 6.15 and I arrived at 6.05. Car [[vr:SF21 KXR]]. Ridiculous. I work at "
      "{{Grangemouth|place}} refinery on rotating shifts and can't book days ahead."),
    # 015 swim teacher named, character
    R("parent", "The lessons themselves are brilliant. Our teacher [[p:Kirsty]] has got my son, who was scared of "
      "water, swimming a width. He calls her '{{the Little Mermaid|char}}'. But the general booking is a mess. Please "
      "don't change the lessons."),
    # 016 older couple, address block
    R("pensioner", "[[p:Robert]] and [[p:Morag Sneddon]]\n[[st:18 Dalgrain Crescent]]\nLinnvale\n[[pc:FK3 9QJ]]\n\nWe "
      "both swim at the over-60s session on a {{Tuesday|date}}. We have one mobile between us and it is a "
      "{{Nokia|org}}. Please keep a phone number to book and let reception book for us."),
    # 017
    R("resident", "N/A"),
    # 018 sports centre with person-name, festival
    R("swimmer", "Over {{Hogmanay|event}} and {{Burns Night|event}} the pool was shut anyway. When it is open it is "
      "packed because {{Grahamston Baths|landmark}} closed. The booking system is a way to hide how few lanes there "
      "are now. Build another pool."),
    # 019 DOB for concession card
    R("member", "I applied for the over-65 concession card online and the form rejected my date of birth "
      "([[dob:29/02/1960]]) because it's a leap day, even though my National Insurance number [[ni:QQ 70 15 22 D]] is on the form. I've phoned three times. I can't book the cheap sessions "
      "until it's sorted. [[p:Margaret Cuthill]], [[ph:0131 496 0218]]"),
    # 020 Tigrinya speaker
    R("swimmer", "I come from {{Eritrea|place}}, in {{Asmara|place}} there is no swimming pool for women. Here I "
      "learned to swim with the ladies' session, it is my happiness. The ladies' session is only one hour and "
      "booking fill in five minutes. Please make two hours. {{Yekenyeley|lang}}. [[p:Saba Tesfay]]"),
    # 021 organisation: disability forum
    R("organisation", "The {{Linnvale Access Forum|org}} is concerned that online-only booking discriminates against "
      "older and disabled people, which the Trust must consider under the {{Equality Act 2010|law}} and the "
      "{{Public Sector Equality Duty|law}}. We ask for a phone line, walk-in places at every session, and an "
      "equality impact assessment."),
    # 022 long-distance swimmer
    R("swimmer", "I'm training for a {{Loch Lomond|place}} crossing in {{August|date}} and need long sessions, not "
      "45-minute slots. Could the Trust allow double slots on quiet mornings? Happy to pay for two. My coach "
      "[[p:Andy Nisbet]] says the same."),
    # 023 lower case signature with nickname
    R("swimmer", "booking is fine, the problem is the changing rooms are filthy and two of the showers have been "
      "broken since {{october|date}}. fix those first. - [[p:wee rab]]"),
    # 024 dog, pets are keeps
    R("resident", "Not a swimmer but I walk my dog {{Murdo|pet}} past the pool every morning and there's a queue "
      "of people outside at 6.45 trying to get the app to work. Looks like it isn't working."),
    # 025 Polish mum
    R("parent", "My son [[p:Kacper Nowak]] is in P6 at [[sch:St Margaret's RC Primary]], he is in swimming "
      "squad. Training is 6am. Now we must book him AND me because I must be in building. Two bookings, two fees "
      "if late. This is not fair. {{Dzień dobry|lang}} and thank you. [[p:Ania Nowak]]"),
    # 026 GP referral, CHI style no — use staff role
    R("swimmer", "I am on the {{exercise referral scheme|law}} after my heart attack. My GP, Dr [[p:Fairbairn]], "
      "referred me (hospital number [[hosp:FV 7730214]] at {{Forth Valley Royal|hosp}}) for aqua-fit. The scheme sessions do not show in the app so I have to phone, and the phone is "
      "never answered. The {{physiotherapist|role}} at the hospital said to keep going. Please sort it."),
    # 027 ALL CAPS
    R("swimmer", "I WILL NOT BE BOOKING A SWIM LIKE IT IS A DENTIST APPOINTMENT. KEEP PAY AND SWIM."),
    # 028 staff
    R("staff", "I work on reception. Most complaints are from older customers who can't use the app and from "
      "people charged the no-show fee. I would add a kiosk in the foyer. Please don't print my name."),
]
