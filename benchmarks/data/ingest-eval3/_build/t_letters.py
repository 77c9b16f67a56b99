"""The six letters (2 .txt, 2 .docx, 2 .eml). Each letter is a list of marked-up paragraphs.
.eml bodies are kept ASCII so that they read the same parsed as text or as bytes."""
from common import Letter, sents
import t_slt, t_ehc

EHC = sents(t_ehc.TPL)

LETTERS = [
    Letter("letter-01", "txt", "hospital-education", "grandparent", [
        "[[p:ROBERT McCRINDLE]]\n[[fl:Flat 4, Doonside Court]]\n[[st:Sandgate Brae]]\n{{Ayr|place}}\n[[pc:KA7 1XT]]",
        "{{14 March 2025|date}}",
        "{{Dear Sir or Madam|salut}},",
        "I am writing about the plans for the {{Hospital and Home Education Service|svc}}. My granddaughter "
        "[[p:Kayleigh-Ann Boyd]] ([[dob:date of birth 04/04/2010]]) has {{Hodgkin lymphoma|med}} and has been treated "
        "on the {{Schiehallion|ward}} ward at the {{Royal Hospital for Children|hosp}} since last summer. Her hospital "
        "number is [[hosp:RHC 5520913]]. She lives with me since her mother passed.",
        "The teachers in the hospital were a godsend. When she came home to me, a tutor came three afternoons a week and "
        "kept her up with her S4 work for [[sch:Doonfoot High School]]. Under your plan she would have waited fifteen "
        "days and then been offered a screen. I am 71. I do not know how to work these things and neither, at the "
        "start, did she, she was that tired.",
        "The {{Macmillan|orgp}} nurse, [[p:Sandra]], told me to write in. So I have. Please keep the home teachers for "
        "children who are seriously ill. If anybody wants to speak to me my number is [[ph:0141 496 0382]] or you can "
        "email [[em:bobby.mccrindle(at)example.net]].",
        "{{Yours faithfully|salut}},",
        "[[p:Robert (Bobby) McCrindle]]",
    ]),
    Letter("letter-02", "eml", "annual-reviews", "parent", [
        "Dear SEND Review team,",
        "I am writing as the mother of a boy with an EHCP, because I have read the proposals and I am worried. "
        + EHC[1] + " " + EHC[2] + " " + EHC[3],
        "My son [[p:Filip Kowalczyk]], Year 5 at [[sch:St Anselm's Catholic Primary]], had his annual review on "
        "{{12 November|date}}. The school sent the paperwork. Nobody from the council came. We are still waiting for "
        "the decision letter, more than four weeks later. His plan still says he is in Year 3.",
        EHC[5] + " Please listen to us.",
        "[[p:Nadia Kowalczyk]]\n[[ph:07700 900 913]]\n[[em:n.kowalczyk@example.com]]",
    ], camp=t_ehc.C, role="edited",
        headers={"From": "Nadia Kowalczyk <n.kowalczyk@example.com>", "To": "sendconsultation@example.org",
                 "Subject": "Annual review consultation", "Date": "Mon, 09 Dec 2024 21:14:03 +0000"}),
    Letter("letter-03", "docx", "salt-traded", "parent", [
        "{{Annwyl Gyngor|welsh}} / {{Dear Council|salut}},",
        t_slt.TPL,
        "{{Yn gywir|welsh}} / {{Yours sincerely|salut}},",
        "[[p:Dafydd Llewelyn-Jones]]",
        "[[hn:Gwêl y Mynydd]], [[st:Heol Tyle Du]], {{Tonyrhedyn|inv}}, [[pc:cf45 3lp]]",
        "[[ph:029 2018 0299]]",
    ], camp=t_slt.C, role="exact"),
    Letter("letter-04", "docx", "preparing-adulthood", "parent", [
        "[[p:Mark Holroyd]]",
        "[[st:63 Moorcock Road]]",
        "{{Ossington Brow|inv}}",
        "[[pc:HX6 2LW]]",
        "To the Preparing for Adulthood consultation team,",
        "I'm writing about our son [[p:Bradley]], who was [[dob:born on the 21st of June 2007]]. Everyone calls him "
        "[[p:Brad]]. He has a learning disability and {{Prader-Willi syndrome|med}}. He left [[sch:Lowfold Hill School]] "
        "last summer and he's at {{Calderbrook College|venue}} now, three days a week.",
        "When he turned 18 the children's social worker, Ms [[p:Okonjo]], closed his case on the day. It took the adult "
        "team until {{May|date}} to allocate. In between we had no short breaks. His {{PIP|law}} claim went in with the "
        "wrong details and I had to ring eleven times. For the record his NI number is [[ni:QQ 83 56 12 A]] and the "
        "claim reference is [[acc:DWP-7734-2291-B]]. His NHS number is [[nhs:999 030 8241]].",
        "We were lucky to get a Motability car, [[vr:YX70KFE]], so at least I can get him to college. Not every family "
        "can. The transition team sounds good, but please make sure it knows about benefits, health and transport, not "
        "just care.",
        "If you want to see what [[p:Brad]] gets up to, he's on instagram as [[sh:@brad_bakes_brownies]]. He'd like to work in "
        "a bakery one day. That's what Preparing for Adulthood should be about.",
        "Regards,",
        "[[p:Mark Holroyd]]",
        "[[em:mark.holroyd at example dot org]]",
    ]),
    Letter("letter-05", "txt", "early-years-send", "foster carer", [
        "[[hn:Pear Tree Cottage]]\n[[st:Ham Street]]\n{{Combe Ashley|inv}}\n[[pc:ta4 2jh]]",
        "{{Dear Early Years Inclusion Team|salut}},",
        "We are foster carers and have had baby [[p:Noah]] with us since he was three weeks old. We call him "
        "[[p:Bear]]. He is 20 months now and has {{Down's syndrome|med}} and a heart condition that was repaired at "
        "{{Bristol Royal Hospital for Children|hosp}}. His Portage visitor, [[p:Lucy]], comes every {{Wednesday|date}} and "
        "she has taught us more than any course.",
        "He starts at [[sch:Tiddlers Nursery]] in {{September|date}} and the nursery tell us they will not know until "
        "the end of the term whether the new fund will pay for his extra support. We drive him to his appointments in "
        "our adapted car, [[vr:wf17 okd]], and most weeks there are three.",
        "Please keep Portage weekly for children like [[p:Bear]]. Monthly will not work.",
        "With best wishes,",
        "[[p:Sue]] and [[p:Pete Marlow]]\n[[ph:+44 7700 900 862]]",
    ]),
    Letter("letter-06", "eml", "nd-pathway", "adoptive parent", [
        "Hello,",
        "We adopted our son [[p:Theo]] when he was two. He is now 8 ([[dob:dob 2017-02-09]]) and in Year 3 at "
        "[[sch:Lydcombe CE Primary]]. He has a probable {{Foetal Alcohol Spectrum Disorder|med}} and has been waiting "
        "for the {{neurodevelopmental pathway|svc}} since {{January 2023|date}}.",
        "His NHS number is [[nhs:9993909963]] and his hospital number at {{Pembury|hosp}} is [[hosp:PMB-0093341]]. We "
        "mention them because we have been sent two different letters with two different waiting list positions.",
        "The {{Adoption Support Fund|law}} paid for a therapeutic assessment but the school says it 'isn't a diagnosis'. "
        "{{Adoption UK|org}} have been helpful. No child should wait longer than eighteen weeks, and adopted children "
        "have often waited all their lives already.",
        "Thank you,",
        "[[p:Hannah Okafor-Reid]]\n[[ph:07700 900 345]]\n[[em:hannah.or@example.net]]\n[[sh:@theos_mums]] on instagram",
    ], headers={"From": "Hannah Okafor-Reid <hannah.or@example.net>", "To": "ndpathway@example.org",
                "Subject": "Neurodevelopmental pathway consultation", "Date": "Sun, 19 Jan 2025 20:02:11 +0000"}),
]
