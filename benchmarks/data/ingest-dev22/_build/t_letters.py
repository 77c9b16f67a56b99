"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_mem, t_cyc

SC = sents(t_cyc.TPL)

LETTERS = [
    # letter-01.txt: memorial-benches campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "memorial-benches", "pensioner", [
        "[[p:MARGARET HUTCHISON]]\n[[hn:Craigie Neuk]]\n[[st:Kirk Wynd]]\nCullenbrae\n[[pc:KY9 1XR]]\n"
        "Tel. [[ph:(01632) 960 447]]",
        "{{3rd March 2025|date}}",
        "Memorial Benches Consultation\n{{East Carse Council|inv}}\n{{Carse House|landmark}}",
        "{{Dear Sir or Madam|salut}},",
        t_mem.TPL,
        "My late husband [[p:Jim]] and I gave the bench by the bandstand in {{1999|num}}, in memory of our daughter "
        "[[p:Fiona]], who was knocked down on the {{A917|road}} when she was eleven. Our son "
        "[[p:Alasdair Hutchison]] keeps the plaque polished. I would be obliged if you would acknowledge this "
        "letter.",
        "{{Yours faithfully|salut}},",
        "[[p:Margaret Hutchison]] (Mrs)",
    ], camp=t_mem.C, role="exact"),

    # letter-02.docx: cycle-lane campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-02", "docx", "cycle-lane", "disabled person", [
        "[[p:Ieuan Howells]]",
        "[[hn:Tŷ Hafan]]",
        "[[st:Heol Gwili]]",
        "Pontgarw",
        "[[pc:CF39  8RT]]",
        "{{12 March 2025|date}}",
        "{{Highways and Active Travel|inv}}, {{Cwmtawel County Borough Council|inv}}",
        "{{Annwyl Syr neu Fadam|welsh}},",
        " ".join(SC[:3]),
        "I am 85 and I have {{Parkinson's|med}}. My daughter [[p:Mererid]] is typing this for me. She drives me "
        "down twice a week in her car, [[vr:CF70 ODW]], to the surgery and to {{Evans the Chemist|orgp}}, and she "
        "parks in the bay outside so I can get out with my stick. My date of birth is [[dob:4.9.1939]], my NHS "
        "number is [[nhs:999 914 1765]] and my hospital number at the {{Royal Glamorgan|hosp}} is "
        "[[hosp:RGH 7720146]], if the council wants to see that I am a real patient. Without that bay I would have "
        "to give up going into town on my own two feet.",
        " ".join(SC[4:]),
        "You can ring my daughter on [[ph:07700900562]] or email her at [[em:mererid.howells@example.com]].",
        "{{Yn gywir|welsh}},",
        "[[p:Ieuan Howells]]",
    ], camp=t_cyc.C, role="edited"),

    # letter-03.docx: car-park-sale, parents of a disabled daughter
    Letter("letter-03", "docx", "car-park-sale", "parent", [
        "[[p:Declan Hegarty]] and [[p:Niamh Hegarty]]",
        "[[st:27 Carnhill Road]]",
        "Ardcullen",
        "[[pc:BT51 4FJ]]",
        "{{14 March 2025|date}}",
        "{{Chief Executive|role}}, {{Ardcullen Borough Council|inv}}, {{Council Offices, Bridge Street|landmark}}",
        "Re: proposed disposal of the {{Quay Street car park|own}}",
        "{{Dear Sir or Madam|salut}},",
        "We are writing about our daughter [[p:Saoirse]], who is seven and has {{cerebral palsy|med}} and "
        "{{epilepsy|med}}. Her date of birth is [[dob:11/02/2018]]. She uses a wheelchair and we have an adapted "
        "car, [[vr:MAZ 4471]], with a ramp at the back that needs three metres of clear space behind it. The only "
        "parking in the town centre where we can get the ramp down is the row of wide bays at the end of the quay.",
        "[[p:Saoirse]] goes to [[sch:Glenmoy Primary]] and has physiotherapy at the {{Causeway Hospital|hosp}} in "
        "{{Coleraine|place}} (hospital number [[hosp:CWH 7705213]], Health and Care number "
        "[[nhs:999 902 7660]]). On market days we have waited in the car for half an hour for a space. The "
        "multi-storey is no use to us: the ceiling is too low for the ramp.",
        "[[p:Declan]]'s NI number is [[ni:QQ503318B]] and our {{Disability Living Allowance|law}} reference is "
        "[[acc:DLA/88/402716]], if the council needs to check any of this.",
        "Please keep at least six wide accessible bays on the quay, whatever happens to the rest of it.",
        "{{Yours faithfully|salut}},",
        "[[p:Niamh Hegarty]]",
        "[[ph:07700 900 371]]",
    ]),

    # letter-04.eml: school-meals, a single father (ASCII body)
    Letter("letter-04", "eml", "school-meals", "parent", [
        "Dear School Meals Team,",
        "I am writing about the price rise and the central kitchen. I am a single dad with two children at "
        "[[sch:Ashby Lane Primary]]. My son [[p:Riley]] was born [[dob:8th January 2016]] and is in Year 5, and my "
        "daughter [[p:Poppy]] is in Year 2, so she still gets the free infant meal. [[p:Riley]] does not.",
        "I work nights at a warehouse, 31 hours a week, and I am just over the line for free school meals. At the "
        "new price that is an extra {{10 pounds|num}} a month for one child, on top of the {{49 pounds|num}} I pay "
        "now. The {{ParentPay|brand}} account is in my name, [[acc:pp 3318 2047]], and my NI number, if you want to "
        "check my income, is [[ni:qq 64 19 02 a]]. We live at [[st:9 Sorrel Close]], [[pc:LE5 0QW]].",
        "[[p:Riley]]'s best meal of the week is the {{Friday|date}} fish and chips made by Mrs [[p:Okonkwo]], the "
        "cook, who knows every child by name. Please keep the kitchen and keep the price down.",
        "Thanks,\n[[p:Lee Ashworth]]\n[[ph:0115 496 0219]]\n[[em:lee.ashworth@example.net]]",
    ], headers={
        "From": "Lee Ashworth <lee.ashworth@example.net>",
        "To": "schoolmeals.consultation@example.org",
        "Subject": "School meals consultation",
        "Date": "Tue, 18 Mar 2025 07:52:10 +0000",
    }),
]
