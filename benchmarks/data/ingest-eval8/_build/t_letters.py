"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_cor, t_cnl

S_CNL = sents(t_cnl.TPL)

LETTERS = [
    # letter-01.txt: coroners-court campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "coroners-court", "pensioner", [
        "[[p:RAYMOND]] & [[p:JOAN PERRETT]]\n[[st:3 Cider Mill Lane]]\nStoke Bassett\n[[pc:TA10 7HU]]\n"
        "Tel. [[ph:0117 496 0982]]",
        "{{4th March 2025|date}}",
        "Coroner's Court Consultation\n{{Mendale Council|inv}}\n{{County Hall|landmark}}\nBridgecombe",
        "{{Dear Sir or Madam|salut}},",
        t_cor.TPL,
        "We are adding a few lines of our own. Our grandson [[p:Liam Perrett]] died in a crash on the "
        "{{A303|road}} in {{2022|date}} and his inquest was at {{the Old Shire Hall|own}}. The coroner's office "
        "reference on our letters is [[acc:MC/22/1183]]. We are both in our eighties and we do not drive any "
        "more. Our neighbour, Mr [[p:Hoskins]], drove us in and waited all day. We could not ask that of anybody "
        "for a trip to the other end of the county.",
        "{{Yours faithfully|salut}},",
        "[[p:Raymond Perrett]]          [[p:Joan Perrett]]",
    ], camp=t_cor.C, role="exact"),

    # letter-02.docx: sheltered-wardens, a daughter writing for her mother
    Letter("letter-02", "docx", "sheltered-wardens", "carer", [
        "[[p:Catherine Wylie]]",
        "on behalf of my mother, Mrs [[p:Annie Wylie]]",
        "[[fl:Flat 7, Laigh Mill Court]]",
        "Dalmorran [[pc:KA13  9BW]]",
        "{{Dear Convener|salut}},",
        "Re: the proposal to remove wardens from {{Dalmorran Council|inv}}'s sheltered housing",
        "I am writing for my mother, who is 88 and cannot manage the online form. Her details, so that you can "
        "find her file: tenancy reference [[acc:DAL/TEN/004417]], date of birth [[dob:2 April 1937]], NHS number "
        "[[nhs:999 219 5312]], National Insurance number [[ni:QQ 40 18 77 B]].",
        "Mum has {{macular degeneration|med}} and is registered partially sighted. She cannot read the buttons on "
        "the new alarm unit. Her warden, Mrs [[p:Gilmour]], reads her post with her every morning and rings me if "
        "there is a hospital letter. Her hospital number at {{University Hospital Crosshouse|hosp}} is "
        "[[hosp:CRH 0917342]], and in the last year she has missed no appointments, which is entirely thanks to "
        "the warden.",
        "Her neighbour across the landing, [[p:Chrissie Muir]], is 93 and has nobody else at all.",
        "I work full time in {{Glasgow|place}} and cannot be there every day. I do not think that is unusual. "
        "Please keep a warden at Laigh Mill.",
        "You can reach me on [[ph:0141 496 0813]] or at [[em:cathy.wylie at example dot com]].",
        "{{Yours sincerely|salut}},",
        "[[p:Catherine Wylie]]",
    ]),

    # letter-03.docx: crossing-patrols, a retired crossing patrol (bilingual)
    Letter("letter-03", "docx", "crossing-patrols", "pensioner", [
        "[[hn:Bryn Awel]]",
        "[[st:Lôn Eithin]]",
        "Llanfair Alwen",
        "[[pc:ll54  7rq]]",
        "{{Annwyl Gynghorydd|welsh}},",
        "Fi oedd y dyn lolipop tu allan i'r ysgol am ddau ddeg dau o flynyddoedd. I was the lollipop man outside "
        "{{Ysgol Gynradd Llanfair Alwen|venue}} for twenty-two years until I retired in {{2023|date}}, and I am "
        "writing in English too so that everyone on the committee can read it.",
        "My payroll number was [[acc:BAC 40127718]] and my National Insurance number is "
        "[[ni:QQ123456C]], if you want to check my service. In twenty-two years I saw three children clipped by "
        "cars on that road. None of them on my crossing.",
        "My grandchildren [[p:Tomos]] and [[p:Lleucu]] are now at [[sch:Ysgol Penrhos Alwen]], and there is no "
        "patrol there at all. [[p:Lleucu]] is six. The traffic count was done in {{June|date}}, when the quarry lorries "
        "go round the other way because of the roadworks on the {{A5|road}}.",
        "I would gladly go back out in my coat for nothing if you let me. {{Chwarae teg|welsh}}, give the schools "
        "a proper crossing first.",
        "[[ph:07700 900 632]]  /  [[em:gwilym.bryn.awel@example.net]]",
        "{{Yn gywir|welsh}},",
        "[[p:Gwilym Rhys]]",
    ]),

    # letter-04.eml: canal-towpath campaign, edited, with a boater's own paragraph
    Letter("letter-04", "eml", "canal-towpath", "boater", [
        "Dear Greenway team,",
        " ".join(S_CNL[:4]),
        "I live aboard my narrowboat, [[hn:Second Wind]], with my partner [[p:Marcus]] and our dog "
        "{{Pickle|pet}}. We are continuous cruisers under licence [[acc:CRT 611804]] and we stop at "
        "{{Coalpool Basin|own}} for a fortnight at a time, because it is the only place on this stretch where we "
        "can get water, empty the toilet and walk to the doctor's. Our GP is at {{Coalpool Health Centre|hosp}}.",
        " ".join(S_CNL[4:]),
        "Thank you,\n[[p:Ruth Okonjo]]\n[[ph:07700 900 904]]\n[[em:ruth.okonjo@example.org]]\n"
        "Instagram: [[sh:@second_wind_nb]]",
    ], camp=t_cnl.C, role="edited", headers={
        "From": "Ruth Okonjo <ruth.okonjo@example.org>",
        "To": "greenway@example.org",
        "Subject": "Hawkbrook Greenway consultation",
        "Date": "Tue, 11 Mar 2025 19:42:10 +0000",
    }),
]
