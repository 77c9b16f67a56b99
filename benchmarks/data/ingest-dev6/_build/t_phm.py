"""pharmacy-closure: an application to close Fferyllfa Llanbedr Teifion, the only community pharmacy in a
rural village (fictional Bro Teifion University Health Board, west Wales; Welsh and bilingual voices)."""
from common import R, each, sents

PREFIX, CONSULTATION = "PHM", "pharmacy-closure"
C = "phm-keep-our-pharmacy"

TPL = ("We ask {{Bro Teifion University Health Board|inv}} to refuse the application to close "
       "{{Fferyllfa Llanbedr Teifion|inv}}. The pharmacy is the only health service left in the village since the "
       "surgery branch closed. Hundreds of older people, farmers and young families rely on it for prescriptions, "
       "advice and emergency contraception. The nearest alternative is nine miles away in {{Aberceiri|inv}} and "
       "there is one bus a day. Many patients cannot drive and some cannot read English leaflets well enough to "
       "order medicines online. A delivery van is not the same as speaking to a pharmacist you know. The pharmacy "
       "also provides the {{Pharmacy First|law}} service and flu jabs. Losing it would put more pressure on the "
       "surgery and on {{A&E|hosp}}. Please keep our pharmacy open.")
S = sents(TPL)

ITEMS = [
    # 001
    R("patient", TPL, C, "template"),
    # 002
    R("patient", "{{Mae angen y fferyllfa arnom ni|welsh}}. Rwy'n 79 oed. I collect my tablets every Friday and "
      "[[p:Eirian]] behind the counter knows exactly what I take. I live at [[hn:Tŷ Capel]] by the old chapel and I "
      "have never driven. {{Diolch|welsh}}. [[p:Mair Puw]]"),
    # 003
    R("patient", each(TPL, lambda x: x.replace(", ", " , ").replace(". ", ".  ")), C, "exact"),
    # 004
    R("farmer", "Lambing time I am in and out of {{Morris & Pugh Chemists|orgp}} for my own inhalers and for "
      "advice on everything from sheep dip rash to my wife's blood pressure. We are at [[hn:Pen-y-Graig Farm]], "
      "six miles up the valley. [[p:Gethin ap Rhys]]"),
    # 005
    R("patient", ""),
    # 006
    R("young person", "this is the only place in the village u can get the morning after pill without anyone at "
      "home knowing. the bus to {{Aberceiri|inv}} goes at 7.40 and comes back at 5. think about that"),
    # 007
    R("carer", "I care for my mother [[p:Gwenda Harries]] who has {{Alzheimer's|med}}. She lives with us on "
      "[[st:Heol y Dderwen]] and I collect a blister pack for her every week, and the {{Glangwili|hosp}} memory clinic (her number there is [[hosp:GGH 0049271]]) sends the changes straight to the pharmacy. If the pharmacy closes I lose half a "
      "day each time. Please, please reconsider."),
    # 008
    R("patient", " ".join(S[:5]) + " My father, [[p:Idwal Morgan]], date of birth [[dob:12/11/1936]], NHS number "
      "[[nhs:999 917 4000]], is on warfarin and needs checks the pharmacist does here. He is at [[hn:Bwthyn y Glyn]] "
      "on his own and does not use a computer. " + " ".join(S[7:]), C, "edited"),
    # 009
    R("business", "I run the Spar in the village. My customers ask me every day what will happen. We cannot sell "
      "medicines beyond paracetamol. {{Boots|orgp}} in {{Aberceiri|inv}} has queues out of the door already. "
      "[[p:Imran Qureshi]], {{Spar Llanbedr|org}}"),
    # 010
    R("organisation", "{{Llanbedr Teifion Community Council|inv}} / {{Cyngor Cymuned Llanbedr Teifion|inv}} "
      "objects. The council asks {{the Chief Pharmacist|role}} of the health board to publish the dispensing "
      "figures. We understand over 4,100 items are dispensed each month. The clerk can be contacted on "
      "[[ph:029 2018 0552]]. {{Yn gywir|welsh}}, [[p:Rhodri Jenkins]], {{Clerc|role}}"),
    # 011
    R("patient", each(TPL, str.lower), C, "exact"),
    # 012
    R("patient", "Closing a chemist in a village where half the people are over 70 is madness. It is like something out of {{Fireman Sam|char}}, except {{Pontypandy|char}} had a shop."),
    # 013
    R("patient", "I agree the nearest alternative is nine miles away in {{Aberceiri|inv}}, but I have to be honest: "
      "the service has gone downhill since {{Morris & Pugh Chemists|orgp}} sold up. Half the time they are out of "
      "stock. Keep it open, but make them run it properly."),
    # 014
    R("patient", "{{Buongiorno|lang}}. My family has the café on {{Stryd Fawr|route}} since 1952 and we live in [[st:Rhodfa'r Eglwys]] behind it - one of the old {{Bracchi|orgp}} cafés. My "
      "nonna [[p:Lucia Sidoli]] is 96 and she goes to the pharmacy every week to talk to the girls as much as "
      "for her pills. [[p:Marco Sidoli]]"),
    # 015
    R("patient", "Support the closure."),
    # 016
    R("patient", "My son [[p:Elis]] has {{type 1 diabetes|med}} and we have run out of needles twice on a "
      "{{Sunday|date}}. Both times the pharmacist opened up for us. Where do we go now? We are at "
      "[[st:Maes yr Ysgol]] and I don't drive. [[p:Ceri Lloyd-Evans]]"),
    # 017
    R("patient", "Pob lwc gyda hyn. {{Chwarae teg|welsh}}, the staff have been wonderful. I'm at "
      "[[fl:Fflat 3, Tŷ'r Felin]] and I can walk there on my frame. I can't walk to a bus stop and I can't drive to "
      "{{Aberceiri|inv}}. [[p:Dilys]]"),
    # 018
    R("patient", "WHO DECIDED THIS. THE PHARMACY IS PACKED EVERY DAY. [[p:DAI PRICE]]"),
    # 019
    R("patient", "{{Namaste|lang}}. I am a doctor at {{Glangwili|hosp}} and I live in the village with my family on "
      "[[st:Stryd y Capel]]. From a clinical view the loss of {{Pharmacy First|law}} will send minor illness to A&E. "
      "Dr [[p:Anand Kulkarni]]"),
    # 020
    R("patient", "{{Annwyl Fwrdd Iechyd|welsh}}, " + " ".join(S[:4]) + " Rwy'n byw ar fferm ac mae fy ngŵr yn sâl. "
      "We would lose the one place we can get help without an appointment, and I am not sure the board understands "
      "what a bus a day means in winter. {{Yn gywir|welsh}}.", C, "edited"),
    # 021
    R("patient", "Blank prescriptions go missing in the post. Face to face is safer."),
    # 022
    R("patient", "I was in {{Bronglais|hosp}} last year (hospital number [[hosp:BGH-220917]]) and when I came home the "
      "pharmacist came to my door on her way home with my new tablets. You can't replace that with a van. I live at "
      "[[hn:Glanrhyd]], past the bridge. [[p:Myfanwy Rees]]"),
    # 023
    R("student", "Im at uni in {{Aberystwyth|place}} but home in the holidays. My mam depends on that pharmacy. Also "
      "its the only place hiring local teenagers apart from the pub, {{Y Llew Du|pub}}. [[sh:@gwenllian.sk]] on insta"),
    # 024
    R("patient", "My prescription exemption certificate number is [[acc:PEC 4471 2093 18]] and the pharmacy sorts it "
      "all out for me every month. Who will do that in town? [[p:Bethan]]"),
    # 025
    R("patient", "{{Nabad gelyo|lang}}. I am from Somalia and I live in [[fl:flat 2, Siop yr Hen Bost]] above the "
      "old post office. The pharmacist helps me read letters from the doctor. Please keep. [[p:Hodan Yusuf]], NI [[ni:qq 71 23 05 d]]"),
    # 026
    R("patient", ""),
    # 027
    R("patient", "I'll keep this short. My husband [[p:Emrys]] and I are both diabetic and we live out at "
      "[[hn:Hafod Wen]]. It's a forty minute round trip to the village as it is. {{Aberceiri|inv}} is more than "
      "an hour each way. [[p:Nerys Huws]]"),
    # 028
    R("community nurse", "As a {{district nurse|role}} covering this patch I rely on the pharmacy for end-of-life "
      "medicines at short notice. Losing it will mean patients waiting hours in pain. I'd be glad to speak to the "
      "board. [[em:s.walters.dn@example.net]]"),
    # 029
    R("patient", "Does anyone at the health board actually know where {{Llanbedr Teifion|inv}} is? The nearest "
      "alternative is nine miles away in {{Aberceiri|inv}} on a road that floods by the {{Teifi|place}} bridge "
      "every winter. The {{T5|road}} bus does not stop in the village on a {{Saturday|date}}. This is not a "
      "matter of convenience. {{Hen bryd|welsh}} somebody listened."),
    # 030
    R("organisation", "{{Community Pharmacy Wales|org}} has no objection to consolidation in principle where access "
      "is protected, but notes that this is the only pharmacy within the {{Pharmaceutical Needs Assessment|law}} "
      "locality. The board should test whether {{Pharmacy First|law}}, the {{Discharge Medicines Review|law}} service "
      "and the substance-misuse service can be provided elsewhere before it decides. Please keep our pharmacy open is "
      "a fair summary of local feeling."),
]
