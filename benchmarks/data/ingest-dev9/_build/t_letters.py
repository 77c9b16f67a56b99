"""The six letters of ingest-dev9 (2 .txt, 2 .docx, 2 .eml). Each paragraph is marked up like a response.
The .eml bodies are plain ASCII. Written by hand."""
from common import Letter
import t_betting

BS = t_betting.S

LETTERS = [
    Letter("letter-01", "txt", "betting-licence", "faith group", [
        "MR [[p:ABDUL GHAFOOR]]\n[[st:27 Holdsworth Terrace]]\n{{Calderthorpe|inv}}\n[[pc:WF17 9XQ]]\n"
        "Tel [[ph:0113 496 0448]]",
        "{{3 June 2025|date}}",
        "{{Licensing Section|org}}\n{{Calderthorpe Council|inv}}\n{{Town Hall|landmark}}",
        "Dear Sir or Madam,",
        t_betting.TPL,
        "Yours faithfully,",
        "[[p:Abdul Ghafoor]]",
    ], camp=t_betting.C, role="exact"),
    Letter("letter-02", "eml", "fire-cover", "relative", [
        "Dear Sir or Madam,",
        "I am writing about the plan to take night cover away from {{Skelbeck Fire Station|subject}}. My father, "
        "[[p:Tommy Bewley]], is 84 and lives on his own at [[hn:Low Rigg]], the last farm up the valley, "
        "[[pc:CA11 0ZP]]. He was born [[dob:12/12/1940]] in the same bedroom he sleeps in now. He has early dementia "
        "and last winter he left a pan on the Aga and went to bed. It was the smoke alarm and a neighbour, "
        "[[p:Wilf Dixon]], who saved him, but it could so easily have been the crew.",
        "I live in {{Lancaster|place}} and cannot be there at night. I took comfort from knowing the station was five "
        "minutes away. {{Kelderby|inv}} is forty minutes in good weather and I know for a fact that "
        "{{Brackenrigg Pass|inv}} was shut for nine days last {{January|date}}.",
        "Please do not do this. I am happy to be contacted.",
        "[[p:Lorna Bewley]]\n[[ph:+44 7700 900219]]\n[[em:lorna.bewley@example.net]]",
    ], headers={"From": "Lorna Bewley <lorna.bewley@example.net>", "To": "consultation@fellmoor-fire.example.org",
                "Subject": "Skelbeck night cover", "Date": "Mon, 12 May 2025 21:14:03 +0100"}),
    Letter("letter-03", "docx", "betting-licence", "faith group", [
        "{{Jamia Masjid Ghausia|church}}",
        "{{Management Committee|org}}",
        "Dear Members of the Licensing Sub-Committee,",
        " ".join(BS[:2]),
        "Our imam, Maulana [[p:Tariq Mehmood]], gives counselling every week to families who are in trouble because "
        "of gambling. Last month alone he sat with three mothers whose sons had pawned family jewellery. One of them, "
        "[[p:Rukhsana Bi]], has given permission for me to say that her son [[p:Imran]] is now in treatment at "
        "{{Gordon Moody|orgp}} after losing {{£14,000|num}}.",
        " ".join(BS[4:]),
        "{{Jazakallah khair|lang}}.",
        "[[p:Khalid Hussain]]",
        "{{General Secretary|role}}",
        "[[ph:01632 960 118]]",
    ], camp=t_betting.C, role="edited"),
    Letter("letter-04", "docx", "refuge-funding", "service user", [
        "To whom it may concern,",
        "I am writing this from the refuge, where I have lived with my two children since {{February|date}}. I do not "
        "want my name published. My address here is [[fl:Room 4]], [[st:9 Linden Close]], [[pc:DE22 7WN]], and I "
        "give it only so you know I am real.",
        "Before I came here I was in the {{Royal Derby|hosp}} four times (hospital number [[hosp:RDH 6120448]]). My "
        "ex-partner [[p:Wayne Coxon]] is now on bail. My NHS number is [[nhs:999 306 0674]] and my national "
        "insurance number is [[ni:QQ 84 30 17 C]]. I was born [[dob:21st of July 1992]].",
        "My son [[p:Liam]] is in Year 4 at [[sch:Brookvale Junior School]] and for the first time he is sleeping "
        "through the night. My support worker, [[p:Precious]], got him a place there within a week.",
        "Please do not close the bed spaces. There are women waiting for mine.",
        "[[p:K. Dunmore]]",
    ]),
    Letter("letter-05", "txt", "crematorium", "resident", [
        "[[hn:The Granary]]\n[[st:Sallow Drove]]\n{{Little Sallow|inv}}\n[[pc:ip264xu]]",
        "Dear Planning Officer,",
        "We write as birdwatchers who have lived beside {{Sallowmere Fen|inv}} for twenty-two years. We have a "
        "photograph of every bittern we have seen from our garden, and we post them at "
        "[[sh:instagram.com/sallowfenbirder]]. Last year there were four booming males.",
        "We are not against a crematorium. Both of us want to be cremated one day, preferably not for a long while. "
        "But we have stood on the airfield in an east wind and we know exactly where the plume would go.",
        "We would also like to know why {{Natural England|org}} has not been consulted formally, and why the "
        "survey was done in {{October|date}}.",
        "Yours sincerely,",
        "[[p:Peter]] and [[p:Annabel Quantrill]]",
    ]),
    Letter("letter-06", "eml", "branch-surgery", "patient", [
        "Dear Practice Manager,",
        "My husband [[p:Arthur Tregear]] and I have been patients at {{Fore Street Surgery|subject}} since 1962. "
        "We live at [[hn:Trewartha]], [[st:Lower Bolitho Lane]], which is a five minute walk from the surgery "
        "and a bus and a walk from the supermarket.",
        "Arthur has heart failure and sees the nurse every fortnight. His NHS number is [[nhs:9990193355]] and his "
        "number at {{Treliske|hosp}} is [[hosp:RCH 0091352]]. DOB [[dob:4-9-39]].",
        "We would like the practice to keep at least one clinic in the town. We cannot be the only ones.",
        "Yours sincerely,",
        "[[p:Jenifer Tregear]]\n[[ph:01632 960 904]]",
    ], headers={"From": "J Tregear <jtregear@example.com>", "To": "trevanion.practice@example.org",
                "Subject": "Fore Street move", "Date": "Thu, 15 May 2025 10:02:44 +0100"}),
]
