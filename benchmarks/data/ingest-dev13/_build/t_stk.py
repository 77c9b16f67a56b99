"""stroke-services: the fictional Eryri University Health Board (Bwrdd Iechyd Prifysgol Eryri, North Wales) plans to
move acute stroke care from Ysbyty Trefaelog and Ysbyty Glan Dyfrdwy to one hyper-acute unit at Ysbyty Cwm Eithin."""
from common import R, each, sents
import re

PREFIX = "STK"
CONSULTATION = "stroke-services"
C = "stk-stroke-care-close-to-home"

T = ("Time is brain. Every minute without treatment after a stroke costs nearly two million brain cells, yet "
     "{{Eryri University Health Board|inv}} plans to move all acute stroke care from {{Ysbyty Trefaelog|hosp}} and "
     "{{Ysbyty Glan Dyfrdwy|hosp}} to a single unit at {{Ysbyty Cwm Eithin|hosp}}. For families on {{Llŷn|place}}, on "
     "{{Ynys Môn|place}} and in the {{Dee Valley|place}} that means an ambulance journey of well over an hour, on roads like "
     "the {{A55|road}} that close whenever there is an accident or a storm. Ambulance handover delays are already among "
     "the worst in {{Wales|place}}. A specialist unit is only better if patients reach it in time. I ask the board to keep "
     "clot-busting treatment and early rehabilitation at all three hospitals, to publish travel times for every community, "
     "and to consult again in Welsh and English before any decision is made.")
S = sents(T)

ITEMS = [
    # 001
    R("resident", T, C, "template"),
    # 002 Welsh
    R("relative",
      "Cafodd fy nhad, [[p:Gwilym Roberts]], strôc ddwy flynedd yn ôl. Cyrhaeddodd {{Ysbyty Trefaelog|hosp}} mewn 25 munud "
      "ac roedd y tîm yn wych. Petai wedi gorfod mynd i {{Gwm Eithin|hosp}}, byddai wedi bod yn awr a hanner yn yr "
      "ambiwlans. Ei rif ysbyty oedd [[hosp:TRF 0190 442]]. Mae hyn yn beryglus. {{Cadwch y gwasanaeth yn lleol|welsh}}."),
    # 003
    R("resident", each(T, str.lower), C, "exact"),
    # 004
    R("doctor",
      "I support the proposal. The evidence from {{London|place}} and {{Manchester|place}} is that centralised hyper-acute "
      "units save lives even with longer journeys, because patients get a scan and a consultant straight away, 24/7.\n[[p:R.J. Pemberton]], consultant physician"),
    # 005 stroke survivor
    R("patient",
      "I had my stroke in {{March 2023|date}} at home at [[hn:Bryn Tirion]], outside {{Nefyn|place}}. My wife found me on "
      "the kitchen floor. I was in {{Trefaelog|hosp}} within 40 minutes and had the clot-busting drug. My physio [[p:Mared]] "
      "says that is why I can walk today. My hospital number is [[hosp:TRF0447129]] if the board wants to look at my notes. "
      "Please do not make people from {{Pen Llŷn|place}} travel to {{Cwm Eithin|hosp}}."),
    # 006
    R("resident", "No."),
    # 007 paramedic
    R("paramedic",
      "I am a paramedic with the {{Welsh Ambulance Services University NHS Trust|org}}, responding personally. On a bad "
      "night last winter I waited five hours outside {{Glan Dyfrdwy|hosp}} with a patient. A single unit will mean longer "
      "journeys out of area and fewer ambulances available for everyone else. Centralisation might work in a city; in "
      "{{Gwynedd|place}} it takes a crew off the road for half a shift."),
    # 008 edited: personal paragraph
    R("relative",
      " ".join(S[:5]) + "\n\nMy father [[p:Owen Parry-Jones]], date of birth [[dob:12/02/1944]], lives alone at "
      "[[st:6 Ffordd y Mynydd]], [[pc:LL53 7QT]]. His NHS number is [[nhs:999 963 9542]]. He has had two TIAs already. "
      "The ambulance took 55 minutes to reach him last time, and that was to {{Trefaelog|hosp}}.\n\n" + S[5],
      C, "edited"),
    # 009 text-speak
    R("resident",
      "my nan had her stroke in trefaelog n the nurses were amazing. wud of died if she had 2 go all the way 2 cwm eithin. "
      "{{#SaveTrefaelogStroke|slogan}}"),
    # 010 support group
    R("organisation",
      "This response is from {{Grŵp Cefnogi Strôc Arfon|inv}}, a support group for stroke survivors and carers which meets "
      "at {{Capel Salem|church}} on the first {{Wednesday|date}} of the month.\n\n1. Our members value the early "
      "supported discharge team and the speech and language therapy provided in {{Welsh|langname}}. Aphasia patients often "
      "lose their second language first.\n2. Families cannot visit daily at {{Cwm Eithin|hosp}} without a car.\n3. We would "
      "like the board to fund volunteer drivers.\n\nContact: [[p:Heledd Vaughan]], secretary, [[ph:029 2018 0736]]"),
    # 011
    R("resident", each(T, str.upper), C, "exact"),
    # 012 nurse
    R("nurse",
      "I have worked on the stroke ward at {{Glan Dyfrdwy|hosp}} for twelve years. Our ward sister, [[p:Bronwen]], has done "
      "stroke nursing for thirty and she has already said she will retire rather than drive to {{Cwm Eithin|hosp}} every "
      "day. Many of us will go to the {{Countess of Chester|hosp}} instead, it is 20 minutes away. The board will lose the "
      "staff before it gets the unit."),
    # 013 near-miss
    R("resident",
      "A specialist unit is only better if patients reach it in time, true, but it is also better if there is a consultant "
      "there on a {{Sunday|date}}, which there currently is not in any of the three. I would rather travel further and be "
      "seen properly."),
    # 014 Yoruba doctor
    R("doctor",
      "I am a stroke registrar, originally from {{Ibadan|place}}, three years in North Wales. My honest view: the current "
      "three-site rota is not safe, we are spread too thin and locums fill the gaps. But the travel times are real. My "
      "colleague [[p:Folake]] and I proposed a telestroke link so {{Trefaelog|hosp}} can still give thrombolysis with remote "
      "consultant review. Please look at this. {{E ṣé|lang}}.\n[[p:Adebayo Ogunleye]]"),
    # 015 edited: bilingual
    R("resident",
      "{{Annwyl Fwrdd Iechyd|welsh}}, {{Amser yw ymennydd|welsh}}. " + S[1] + " " + S[2] + " Mae'r daith o {{Aberdaron|place}} "
      "yn fwy nag awr a hanner. The journey from {{Aberdaron|place}} is more than an hour and a half even with blue lights. "
      + S[5] + " {{Yn gywir|welsh}}.", C, "edited"),
    # 016 carer
    R("carer",
      "I look after my wife [[p:Glenys]] who had a bleed on the brain in 2021. She was in {{Glan Dyfrdwy|hosp}} for seven "
      "weeks and I visited every day because it was 15 minutes on the bus. Her hospital number there is "
      "[[hosp:GD 2290418]] and her NHS number is [[nhs:9992818034]]. If she had been in {{Cwm Eithin|hosp}} I could not have gone, I do not drive since my eyes went. "
      "Rehabilitation needs family. Please keep the rehab beds local even if the first 72 hours are elsewhere."),
    # 017 ALL CAPS
    R("resident",
      "WHAT HAPPENS WHEN THE {{A55|road}} IS SHUT AT {{PENMAENMAWR|place}} AGAIN?? PEOPLE WILL DIE IN THE BACK OF "
      "AMBULANCES. {{DIM DIOLCH|welsh}}. [[p:GARETH]]"),
    # 018 GP
    R("GP",
      "Writing as a GP in {{Blaenau Ffestiniog|place}}. I accept the clinical case for a hyper-acute unit. I do not accept "
      "that the board has modelled the return journey: patients discharged at 8pm with no transport, relatives on "
      "{{Pension Credit|law}} paying for taxis. We saw what happened to services when {{Betsi Cadwaladr|orgp}} was in special "
      "measures; trust has to be earned back. Put a transport plan in the consultation."),
    # 019 exact: punctuation removed
    R("resident", each(T, lambda s: re.sub(r"[.,]", "", s)), C, "exact"),
    # 020 Wenglish
    R("resident",
      "Duw, I'm not being funny but the board said the same about maternity and look how that ended. "
      "{{Chwarae teg|welsh}} to the doctors, they are trying, but nobody from {{Cardiff|place}} ever drove the "
      "{{A470|road}} in the snow, ask [[p:Lowri Beynon]] who drives the community car. My butty [[p:Dai Bach]] had his stroke on the {{Crimea Pass|landmark}} in a lorry."),
    # 021 farmer
    R("farmer",
      "We farm at [[hn:Cae'r Ffynnon]] at the end of a single track lane. The ambulance could not find us last time, "
      "sat nav sent it to the wrong farm. My brother [[p:Emyr]] drove our mam to {{Trefaelog|hosp}} in the Land Rover. "
      "You cannot do that to {{Cwm Eithin|hosp}}, it is 52 miles. Number is [[ph:01632 960 905]] if someone wants to "
      "come and see how far we are."),
    # 022 edited: half + own
    R("resident",
      S[0] + " " + S[1] + " I live in {{Amlwch|place}} and the last bus to the mainland goes at 6pm. " + S[4] + " " + S[5]
      + " The board should be honest that this is about money and consultants, not about patients.", C, "edited"),
    # 023 bereaved daughter
    R("relative",
      "My mother, [[p:Nesta Hughes]], died in {{January|date}} after a stroke at her home in [[st:Stryd y Plas]], "
      "{{Caernarfon|place}}. The ambulance took two hours and ten minutes. She was 79 and her unit number was [[hosp:M0093311]], if anyone at the board cares to look. I am not writing this to blame the "
      "crew, they were exhausted and kind. I am writing because every person in the board's paper is a 'case' and Mam "
      "was a person who sang in {{Côr Meibion|event}} concerts and kept bees. The board says one excellent unit is better "
      "than three average ones. That is only true if you get there. Please think of the people at the edge of the map."),
    # 024
    R("resident", "Support."),
    # 025 community council (Welsh)
    R("community council",
      "Ymateb {{Cyngor Cymuned Bro Eifion Isaf|inv}}.\n\nMae'r cyngor yn gwrthwynebu'r cynllun yn unfrydol. Mae "
      "amseroedd teithio o'r ardal i {{Ysbyty Cwm Eithin|hosp}} dros awr. Gofynnwn i'r {{Bwrdd Iechyd|inv}} gynnal cyfarfod "
      "cyhoeddus yn {{Neuadd Goffa Chwilog|landmark}}.\n\n[[p:Elin Mair Pritchard]], Clerc\n"
      "[[em:clerc.broeifion at example dot org]]"),
]
