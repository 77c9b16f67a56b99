"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents, each
import t_mow, t_int, t_ani

SA = sents(t_ani.TPL)

LETTERS = [
    # letter-01.txt: meals-on-wheels campaign pasted verbatim into a posted letter (exact)
    Letter("letter-01", "txt", "meals-on-wheels", "service user", [
        "[[p:HAROLD BEDDOES]]\n[[hn:The Old Forge]]\n[[st:Brook Lane]]\nDitton Wold\n[[pc:SY7 0NJ]]",
        "{{2nd September 2025|date}}",
        "Adult Social Care Consultation\n{{South Marches Council|inv}}\n{{Shirehall|landmark}}\n{{Shrewsbury|place}}",
        "{{Dear Sir or Madam|salut}},",
        t_mow.TPL,
        "My daughter typed this for me. I would add that I have had the meals since my hip, and my client number "
        "with {{Marches Meals|own}} is [[acc:MM-04417]]. The driver [[p:Sandra]] found me on the kitchen floor in "
        "{{February|date}} and stayed until the ambulance came from {{Telford|place}}. I was born on "
        "[[dob:14 May 1933]] and I should like to see my hundredth in my own house. If you want to speak to me, "
        "ring [[ph:01632 960 238]] and let it ring, I am slow to the phone.",
        "{{Yours faithfully|salut}},",
        "[[p:H. Beddoes]]",
    ], camp=t_mow.C, role="exact"),

    # letter-02.docx: interpreting campaign pasted verbatim into a Somali elder's letter (exact)
    Letter("letter-02", "docx", "interpreting", "resident", [
        "[[p:Maryan Cali Xasan]]",
        "[[fl:Flat 9, Loudoun House]]",
        "[[st:Ferry Road]]",
        "Dinas Taf [[pc:CF105AJ]]",
        "{{Dear Councillors|salut}},",
        "I am writing with my granddaughter [[p:Sagal]], who is 16 and at [[sch:Bayside High School]], because I "
        "cannot write English. She is typing my words. I sign with my group below.",
        t_int.TPL,
        "I came to {{Cardiff|place}} from {{Hargeisa|place}} in 1994. My late husband was a seaman, like many "
        "Somali men in the Bay since a hundred years. For my eyes I go to {{the Eye Unit|hosp}} and my hospital "
        "number is [[hosp:UHW 6612094]]. Each time I must bring [[p:Sagal]] out of school. My housing reference "
        "is [[acc:DTH/22/08841]] and my National Insurance number is [[ni:QQ 31 55 09 B]].",
        "{{Mahadsanid|lang}}. {{Nabad gelyo|lang}}.",
        "[[p:Maryan Cali Xasan]]",
        "[[ph:029 2018 0419]]",
    ], camp=t_int.C, role="exact"),

    # letter-03.docx: school-hostel, a grandmother's formal letter (no campaign)
    Letter("letter-03", "docx", "school-hostel", "grandparent", [
        "Mrs [[p:Elspeth Rousay]]",
        "[[hn:Quoyness]], [[st:Back Road]], Skerrasay, [[pc:KW17  2PL]]",
        "To {{the Director of Education|role}}, {{Skerray Islands Council|inv}}",
        "{{Dear Sir or Madam|salut}},",
        "I write about my grandson, [[p:Liam Rousay]], date of birth [[dob:02.09.2011]], who boards at "
        "{{Ayre Halls|own}} and is in S3 at [[sch:Kirkhaven Grammar]]. His mother, my daughter [[p:Fiona]], is "
        "a single parent and works on the salmon farm at {{Scapa Flow|place}} from before six.",
        "Liam has {{asthma|med}} and was admitted to {{the Balfour|hosp}} last winter (hospital number "
        "[[hosp:BH 0093316]], NHS number [[nhs:999 718 1476]]). The hostel warden, Mr [[p:Gunn]], sat with "
        "him through the night. If the boy had been on the {{Earl Sigurd|landmark}} in a gale, I do not like to "
        "think of it.",
        "I have his {{Education Maintenance Allowance|law}} letters here, reference [[acc:EMA/25/1187]], and "
        "the council pays that money so he can stay at school. It makes no sense to close the place where he "
        "stays.",
        "I was born on this island and my husband's family were here before {{the Vikings|word}}. Without the "
        "hostel, young families will leave. Please think again.",
        "{{Yours faithfully|salut}},",
        "[[p:Elspeth Rousay]]\n[[ph:07700 900 382]]",
    ]),

    # letter-04.eml: noise-insulation campaign, edited, with a personal paragraph
    Letter("letter-04", "eml", "noise-insulation", "resident", [
        "{{Dear Sir/Madam|salut}},",
        each(" ".join(SA[:3]), lambda t: t.replace("£", "GBP ")),
        "We applied to the pilot scheme in 2023 (application [[acc:QHS-2023-0671]]) and were told our house at "
        "[[st:27 Wandon Crescent]], [[pc:LU2 9PX]], was \"just outside the line\". My husband [[p:Farhad]] works "
        "nights as a baker and sleeps with earplugs and a pillow over his head. Our son [[p:Darius]], who is at "
        "[[sch:Wigmore Fields Primary]], has a hearing assessment next month.",
        " ".join(SA[4:]),
        "Regards,\n[[p:Shirin Rahimi]]\n[[ph:07700 900 547]]\n[[em:shirin.rahimi@example.com]]",
    ], camp=t_ani.C, role="edited", headers={
        "From": "Shirin Rahimi <shirin.rahimi@example.com>",
        "To": "quieterhomes@example.org",
        "Subject": "Quieter Homes Scheme consultation",
        "Date": "Tue, 16 Sep 2025 22:41:09 +0100",
    }),
]
