"""The six letters: 2 .txt, 2 .docx, 2 .eml. Paragraphs use the same inline markup as the responses.
.eml bodies are kept ASCII so they read the same parsed as text or as bytes."""
from common import Letter, sents
import t_hiu, t_trv

HS = sents(t_hiu.T)
TS = sents(t_trv.T)

LETTERS = [
    Letter("letter-01", "txt", "hearing-unit", "parent", [
        "[[p:GWENDA PRICHARD]]\n[[hn:Maes yr Haf]]\n[[st:Ffordd Glanhafren]]\n{{Llanidloes|place}}\n[[pc:SY18 6QX]]",
        "{{15 May 2025|date}}",
        "{{Elenydd County Council|inv}}\n{{Education Directorate|org}}\n{{Neuadd y Sir|landmark}}",
        "Dear Sir or Madam,",
        "Re: Proposed closure of the {{Hearing Support Centre|own}}",
        t_hiu.T,
        "My granddaughter [[p:Mali]] and her friend [[p:Cadi Roberts]] both go to the Centre, and I have signed this letter for both families.",
        "{{Yours faithfully|salut}},\n\n[[p:Gwenda Prichard]] (Mrs)\nTel. [[ph:01632 960 882]]",
    ], camp=t_hiu.CAMP, role="exact"),
    Letter("letter-02", "eml", "travel-training", "parent", [
        "Dear {{Transport Review Team|role}},",
        " ".join(TS[:4]) + " " + TS[5],
        "Our son [[p:Callum Henderson]] is 12 and in S1 at [[sch:Yarrowford High School]]. He has {{autism|med}} and {{epilepsy|med}}. "
        "Every morning his taxi, [[vr:SF70 OZR]], collects him from [[st:Kirkhope Steading]] at 7.40 and the escort, [[p:Jean]], sits beside him. "
        "The bus would mean a 2.5 mile walk on the {{A708|road}} with no pavement, then a change in {{Selkirk|place}}.",
        TS[-2] + " " + TS[-1],
        "Kind regards,\n[[p:Fiona Henderson]]\n[[ph:07700 900 152]]\n[[em:fiona.henderson@example.net]]",
    ], camp=t_trv.CAMP, role="edited", headers={
        "From": "Fiona Henderson <fiona.henderson@example.net>",
        "To": "transport.consultation@example.org",
        "Subject": "Step Out travel training consultation",
        "Date": "Tue, 13 May 2025 21:04:17 +0100",
    }),
    Letter("letter-03", "docx", "school-merger", "foster carer", [
        "{{Sedgebrook Metropolitan Borough Council|inv}} - Consultation on the future of {{Brookfield Lodge School|own}} and {{Hollins Park School|own}}",
        "Response from [[p:Marcia Whitehouse-Grant]] and [[p:Delroy Grant]], foster carers",
        "We are approved foster carers with {{Sedgebrook Fostering|own}} and have cared for children with complex needs for 16 years. "
        "We currently look after two children who attend the schools in this consultation and one who does not.",
        "Our foster daughter [[p:Tia-Louise]], born [[dob:30 January 2013]], is in Year 7 at {{Hollins Park|own}}. She has {{Angelman syndrome|med}} and uses a {{PODD|therapy}} communication book. "
        "Her NHS number is [[nhs:999 906 4310]] and she is under the {{Birmingham Children's Hospital|hosp}} neurology team, hospital number [[hosp:BCH 6603174]].",
        "Our foster son [[p:Jayden]], who is 6, goes to [[sch:Lyebridge Nursery and Infant School]] and is waiting for a specialist place. Under the proposal he would be on the same site as [[p:Tia-Louise]], which would help us, but the site is already full.",
        "We live at [[st:9 Lapwing Drive]], {{Tipford|inv}}, [[pc:DY4 0RT]]. We would be happy to meet officers.",
        "[[p:Marcia Whitehouse-Grant]]\n[[ph:0121 496 0573]]",
    ]),
    Letter("letter-04", "docx", "inclusion-charter", "parent", [
        "To the {{Inclusion Charter team|own}}, {{London Borough of Wandlebury|inv}}",
        "{{6th June 2025|date}}",
        "I am writing about my son [[p:Tobi Adebanjo-Clarke]], Year 10, who was permanently excluded from [[sch:Sydenham Hill Academy]] in {{March|date}} after a year of fixed-term exclusions and a part-time timetable.",
        "He has {{ADHD|med}} and was waiting for an {{EHC needs assessment|send}}. His exclusion appeal reference is [[acc:IRP/2025/0144]]. He now attends the {{Wandlebury Pupil Referral Unit|org}} for two hours a day.",
        "The draft {{Wandlebury Inclusion Charter|own}} should say that no child on a waiting list for assessment can be permanently excluded. And when a school breaks the charter, parents should be able to complain to someone outside the school.",
        "I had to reduce my hours at work to collect him. My National Insurance number is [[ni:QQ 80 51 27 D]] because the council's form for the hardship fund asked for it, and I still haven't heard back.",
        "You can see what our family has been through on my blog, [[sh:@tobis_mum_speaks]].",
        "Regards,\n[[p:Funmi Adebanjo]]\n[[fl:Flat 22, Kingfisher House]]\n[[st:Dunmore Road]]\n{{London|place}} [[pc:se23 7lx]]",
    ]),
    Letter("letter-05", "txt", "ehc-gateway", "parent", [
        "[[p:Anthony Mulhearn]]\n[[st:31 Priory Grove]]\n{{Mersley|inv}}\n[[pc:L13 5TY]]",
        "To: {{SEND Consultation|own}}, {{Mersley Borough Council|inv}}",
        "I'm writing about my daughter [[p:Sienna]], 7, who is in Year 2 at [[sch:Our Lady of Walsingham RC Primary]]. She has {{global developmental delay|med}} and {{hypermobility|med}}, "
        "and she's been under the {{Alder Hey|hosp}} physio team since she was one (hospital no. [[hosp:AH 1187342]]; NHS no. [[nhs:9991220453]]).",
        "Parents and young people have the right to ask for an assessment themselves, and that is what I did in {{January|date}}. I got a letter saying it had been 'referred to the Gateway'. That is not how the law works.",
        "Sort it out, lad. I've got better things to do than write letters. {{Ta-ra|dialect}}.",
        "[[p:Tony]] ([[p:Anthony Mulhearn]])\nTel: [[ph:0151 496 0392]]",
    ]),
    Letter("letter-06", "eml", "locality-teams", "parent", [
        "Hello,",
        "I'm emailing about the locality teams. My daughter [[p:Tegen Polglase]] (date of birth [[dob:9th February 2012]]) has an {{EHCP|send}} and is in Year 8 at [[sch:Mounts Bay Academy]].",
        "Her caseworker changed in {{October|date}} and again in {{December|date}}. The new locality team for {{Penwith|place}} would be based in {{Penzance|place}}, and I think that is a good thing.",
        "I drive a works van ([[vr:WX21 HPL]]) and I'm out on jobs all day, so a local team that can text me would be ideal. My mobile is [[ph:07700-900-389]].",
        "Cheers,\n[[p:Dave Polglase]]\n[[em:dave.polglase (at) example.org]]",
    ], headers={
        "From": "Dave Polglase <dave.polglase@example.org>",
        "To": "send.consultation@example.org",
        "Subject": "locality teams",
        "Date": "Fri, 30 May 2025 07:12:55 +0100",
    }),
]
