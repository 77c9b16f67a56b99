"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_pol, t_tow

TS = sents(t_tow.TPL)

LETTERS = [
    # letter-01.txt: polling-places campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "polling-places", "pensioner", [
        "[[p:REGINALD PASSMORE]]\n[[hn:Higher Combe]]\n[[st:Whiddon Lane]]\nBratton Vale\n[[pc:EX20  4RN]]\n"
        "Tel. [[ph:01632 960 218]]",
        "{{11th March|date}}",
        "Electoral Services\n{{Okewater District Council|inv}}\n{{Council Offices, Fore Street|landmark}}\nOkehurst",
        "{{Dear Sir or Madam|salut}},",
        "Review of polling districts and polling places",
        t_pol.TPL,
        "My wife and I are both 86. Our son in {{Exeter|place}} printed this off for us to sign. I would add only "
        "that [[hn:Higher Combe]] is two miles from the village hall and nine from {{Okehurst|inv}}, and that my "
        "wife, [[p:Dorothy]], has voted at {{Bratton Vale|own}} at every election since we married in {{1961|num}}. Our "
        "neighbours Mr and Mrs [[p:Vanstone]] at [[hn:Lower Combe]] have asked me to add their names, as they are "
        "not on the computer.",
        "{{Yours faithfully|salut}},",
        "[[p:R. Passmore]]      [[p:D. Passmore]]",
    ], camp=t_pol.C, role="exact"),

    # letter-02.docx: warm-spaces, a daughter writing for her father with vascular dementia
    Letter("letter-02", "docx", "warm-spaces", "carer", [
        "[[p:Bronagh Devlin]]",
        "[[fl:Apartment 3, Dorrin Mill]]",
        "Ardnabreen [[pc:BT80 6JR]]",
        "{{14 January 2025|date}}",
        "{{Dear Councillors|salut}},",
        "Re: proposed end of the {{Warm Welcome Grant|own}}",
        "I am writing on behalf of my father, [[p:Patrick Joseph Devlin]] ([[p:Paddy]] to everyone), who is 79 and "
        "has {{vascular dementia|med}}. He still lives on his own at [[st:3 Tullyglass Row]], [[pc:bt80 7lp]], "
        "with his collie {{Bran|pet}}, and I hold an {{Enduring Power of Attorney|law}} for him.",
        "For your records: Dad's date of birth is [[dob:22/02/1946]], his hospital number at "
        "{{Antrim Area Hospital|hosp}} is [[hosp:AAH-0092716]], and his National Insurance number is "
        "[[ni:QQ 18 44 60 D]]. His Housing Executive reference is [[acc:H/774/20193]].",
        "Three mornings a week his neighbour, [[p:Frankie Mulgrew]], walks him round to the warm space in "
        "{{St Malachy's|church}} parish centre. He gets a hot dinner, a game of cards and somebody who notices "
        "if he is not himself. The memory nurse from the {{Northern Health and Social Care Trust|org}} says it is "
        "the best thing in his week. A hub at the leisure centre is a taxi ride away and he would not know "
        "anybody there.",
        "I work full time in {{Belfast|place}} and cannot be with him in the day. Please keep the grant for the "
        "small spaces.",
        "You can reach me on [[ph:028 9649 6554]] or at [[em:bronagh.devlin(at)example.net]].",
        "{{Is mise le meas|lang}},",
        "[[p:Bronagh Devlin]]",
    ]),

    # letter-03.docx: canal-towpath campaign with a sentence dropped and a personal paragraph (edited)
    Letter("letter-03", "docx", "canal-towpath", "boater", [
        "Narrowboat [[hn:Dabchick]]",
        "Post to: c/o [[st:18 Canal Street]], Pendlebank [[pc:BB5 2QA]]",
        "Canal & River Trust index no. [[acc:528134]]",
        "{{Dear Sir/Madam|salut}},",
        " ".join(TS[:3]),
        "I have lived aboard [[hn:Dabchick]] for nine years with my partner [[p:Sol]] and our terrier {{Pip|pet}}. "
        "We are continuous cruisers, and the visitor moorings at {{Cotton Wharf|own}} are where we stop to see the "
        "doctor, fill up with water and do a big shop. Last winter the hire boat {{Kingfisher Lady|ship}} was the "
        "only other boat there for a month. A bike hit [[p:Sol]] on the towpath by the lock in {{October|date}}, "
        "so I am not against cyclists slowing down.",
        " ".join(TS[4:]),
        "Mobile [[ph:07700 900 672]], email [[em:dabchick.boat [at] example.net]]",
        "{{Yours faithfully|salut}},",
        "[[p:Rowan Tattersall]]",
    ], camp=t_tow.C, role="edited"),

    # letter-04.eml: litter-enforcement, a father whose son with Tourette's was fined (ASCII body)
    Letter("letter-04", "eml", "litter-enforcement", "parent", [
        "{{Dear Sir or Madam|salut}},",
        "I am writing in response to the consultation on private litter enforcement, and to complain.",
        "On {{3 February|date}} my son [[p:Connor Petrie]], who is 16 and has {{Tourette's|med}}, was given a "
        "fixed penalty notice, reference [[acc:KC-FPN-201466]], for spitting outside {{the Wellgate Centre|landmark}}. "
        "Spitting is one of his tics. He tried to explain and showed the card that {{Tourettes Action|org}} gives "
        "out, and the officer kept filming and said it was {{80 pounds|num}} or court.",
        "For the appeal: date of birth [[dob:19/07/2008]], and he is in S5 at [[sch:Tayview Academy]]. We live at "
        "[[st:27 Strathmore Avenue]], [[pc:DD3 6PL]]. He has not been into town on his own since.",
        "This is exactly what happens when officers are paid by the ticket. If the council goes ahead, the "
        "contract must exclude people with disabilities that cause the behaviour, and officers must be trained.",
        "Regards,\n[[p:Alan Petrie]]\n[[ph:07700 900 903]]\n[[em:a.petrie@example.com]]",
    ], headers={
        "From": "Alan Petrie <a.petrie@example.com>",
        "To": "litter.consultation@example.org",
        "Subject": "Litter enforcement consultation - complaint",
        "Date": "Mon, 10 Feb 2025 19:42:11 +0000",
    }),
]
