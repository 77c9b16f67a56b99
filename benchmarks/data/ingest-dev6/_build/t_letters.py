"""The six letters: 2 .txt, 2 .docx, 2 .eml. .eml bodies are ASCII."""
from common import Letter
import t_phm

PS = t_phm.S

LETTERS = [
    Letter("letter-01", "txt", "pharmacy-closure", "patient", [
        "[[p:Elwyn Pritchard]]\n[[hn:Blaen-cwm Isaf]]\nLlanbedr Teifion\nAberceiri\n[[pc:SA48 7YQ]]",
        "{{14 March 2025|date}}",
        "{{Pharmacy Applications Team|inv}}\n{{Bro Teifion University Health Board|inv}}",
        "Dear Sir or Madam,",
        t_phm.TPL,
        "Yours faithfully,\n\n[[p:Elwyn Pritchard]]",
        "P.S. My neighbour Mrs [[p:Beynon]] at [[hn:Cae'r Wern]] asked me to say she agrees with every word.",
    ], camp=t_phm.C, role="exact"),

    Letter("letter-02", "eml", "pharmacy-closure", "carer", [
        "Dear {{Pharmacy Applications Team|inv}},",
        " ".join(PS[:3]) + " " + " ".join(PS[4:6]),
        "My wife [[p:Sian Bowen]] has {{multiple sclerosis|med}} and her tablets changed three times last year. Each "
        "time [[p:Eirian]] at the pharmacy rang the hospital for us. [[p:Sian]]'s NHS number is [[nhs:999 297 5504]] and her "
        "date of birth is [[dob:07/06/1958]], if the board wants to check how often she has used the pharmacy. We live "
        "at [[st:5 Heol y Dderwen]], [[pc:SA48 7TB]]. I gave up driving after my stroke.",
        " ".join(PS[7:]),
        "Diolch,\n[[p:Gareth Bowen]]\n[[ph:029 2018 0639]]\n[[em:gareth.bowen@example.net]]",
    ], camp=t_phm.C, role="edited",
        headers={"From": "Gareth Bowen <gareth.bowen@example.net>", "To": "pharmacy.consultation@example.org",
                 "Subject": "Fferyllfa Llanbedr Teifion - objection", "Date": "Mon, 17 Mar 2025 09:12:00 +0000"}),

    Letter("letter-03", "docx", "park-renaming", "resident", [
        "[[p:Trish]] and [[p:Gerry Doherty]]",
        "[[st:22 Rathcarrick Gardens]]",
        "Carrickmourne",
        "[[pc:BT63 5QX]]",
        "{{2 April 2025|date}}",
        "To {{the Chief Executive|role}}, {{Carrickmourne and Glenard Borough Council|inv}}",
        "Re: proposed renaming of {{Victoria Park|bldg}}",
        "We have lived across from the park for 43 years and brought up four children there. We have no strong view "
        "on the name, but we do have a strong view on the car park. On {{12 January|date}} our car, [[vr:LXZ 4821]], "
        "was broken into there in broad daylight and the {{PSNI|org}} gave us a crime number, [[acc:CC-2025-0113-447]], "
        "and that was the last we heard. A new sign is not going to stop that. Lighting and a camera would.",
        "If the council does rename it, we would prefer {{Páirc Cois Abhann|irish}} / {{Riverside Park|inv}}. Our "
        "granddaughter [[p:Saoirse]] is learning Irish at [[sch:Gaelscoil an Droichid]] and would be thrilled. "
        "[[p:Gerry]] would prefer it was left alone, so put us down as one for and one against.",
        "Yours sincerely,",
        "[[p:Trish Doherty]] (Mrs)",
    ]),

    Letter("letter-04", "docx", "mooring-fees", "boat dweller", [
        "[[p:Alys Penrose]]",
        "[[hn:Guillemot]]",
        "South Trot Moorings",
        "{{Porthcarrack Harbour|inv}}",
        "[[pc:TR12 6XW]]",
        "Dear {{Harbour Master|role}},",
        "I write about the liveaboard surcharge. I have lived aboard [[hn:Guillemot]], a converted {{Falmouth "
        "working boat|boat}}, since 2016 on mooring [[acc:PHC/M/0377]]. I work part time at {{the Co-op|org}} and "
        "receive {{Universal Credit|law}} (NI number [[ni:QQ 12 34 56 C]]), so any surcharge is money I simply do "
        "not have.",
        "The harbour needs working boats, I agree, but it also needs people who are here in January. I sweep the "
        "quay steps, I check the other boats after a blow, and I called the coastguard on the night of "
        "{{Storm Eunice|storm}} when the {{Marjorie Trevail|boat}} pilot gig broke her lines.",
        "I was born on [[dob:22 February 1979]] in {{Truro|place}} and I have lived on the water for most of my adult "
        "life. I would ask the commissioners to meet the liveaboards before deciding.",
        "With thanks,",
        "[[p:Alys Penrose]]",
        "[[em:alys.guillemot(at)example.org]]",
    ]),

    Letter("letter-05", "txt", "recycling-centre", "farmer", [
        "[[p:R. J. Venner]]\n[[hn:Higher Chilcott]]\nCombe Wyvern\nnr Hembury Cross\n[[pc:TA22 9QJ]]",
        "{{20 March 2025|date}}",
        "{{West Hembury District Council|inv}}, Waste Services",
        "Dear Sirs,",
        "I farm 300 acres at [[hn:Higher Chilcott]] with my wife [[p:Ruth]] and son [[p:Will]]. In the last twelve "
        "months we have had fourteen fly-tips on our land, the worst being asbestos sheeting in the gateway by "
        "[[hn:Chilcott Mill]], where my mother lives. Each time the {{Environment Agency|org}} tells us it is the "
        "landowner's responsibility. The bill for the asbestos alone was {{£1,840|num}}.",
        "The only thing that keeps it down is that the tip is open at the weekend. Close it on a {{Sunday|date}} and "
        "I shall be writing to you again. Our trailer permit is [[acc:TP-3381]] for the trailer behind the pick-up, "
        "[[vr:WF17 ODX]], if you want to check how often we use it.",
        "Yours faithfully,\n[[p:Richard Venner]]\nTel. [[ph:01632 960 418]]",
    ]),

    Letter("letter-06", "eml", "term-dates", "parent", [
        "Hello,",
        "I am writing as a parent of two children at [[sch:Hollin Bank Primary]]. My youngest, [[p:Freddie Okoro]], "
        "was born [[dob:30/08/2017]] so he is always the youngest in his year, and a shorter summer would mean he "
        "starts each year even more tired. His sister [[p:Adaeze]] is in Year 6.",
        "We live in [[fl:Flat 12, Priory Court]], [[st:21 Malton Street]], and there is no garden. The long summer is "
        "when the children get outside at their grandparents' in {{Whitby|place}}. I understand the teachers' point "
        "about October but please do not take it out of August.",
        "I also want to say that {{the Director of Children's Services|role}} did not answer my last email.",
        "Kind regards,\n[[p:Chioma Okoro]]\n[[ph:07700 900 254]]",
    ], headers={"From": "Chioma Okoro <c.okoro@example.com>", "To": "termdates@example.org",
                "Subject": "Term dates consultation", "Date": "Thu, 3 Apr 2025 21:40:00 +0100"}),
]
