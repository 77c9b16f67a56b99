"""esol-fees: Sorbridge City Council (fictional, East Midlands) proposes to charge £4 an hour for adult
ESOL classes run by Sorbridge Adult Learning, move Pre-Entry classes online and close the Belgrove Centre creche."""
from common import R, each, sents

PREFIX, CONSULTATION = "ESL", "esol-fees"
C = "esl-english-is-the-key"

TPL = (
    "I am writing to object to {{Sorbridge City Council|inv}}'s proposal to charge fees for {{ESOL|site}} classes run by "
    "{{Sorbridge Adult Learning|site}}. Learning English is the first step to work, to helping our children with "
    "homework and to talking to the doctor without an interpreter. Many learners are mothers at home, carers and people "
    "on low wages who cannot pay {{£4 an hour|num}}. Moving {{Pre-Entry|site}} classes online will shut out the people who "
    "need them most, because they have no laptop and no confidence with computers. English is the key to everything. "
    "Please keep ESOL free for anyone on {{Universal Credit|law}} or a low income, keep face-to-face classes at the "
    "{{Belgrove Centre|site}}, and keep the creche open so parents can attend."
)
S = sents(TPL)


def nopunct(s):
    return s.replace(",", "").replace("'", "")


ITEMS = [
    # 001 template
    R("learner", TPL, C, "template"),
    # 002 Gujarati grandmother, typed by granddaughter
    R("learner", "My name is [[p:Hansaben Patel]], I am 68. My granddaughter [[p:Riya]] is typing this for me. I come "
      "from {{Kenya|place}} in 1974 and I am working in the {{hosiery|word}} factory thirty years, no time for English. "
      "Every {{Diwali|event}} I go to see the lights on the {{Golden Mile|route}}. Now I go to class at {{Belgrove Centre|site}} every {{Tuesday|date}}. Now I can read the letter from doctor myself. "
      "{{£4|num}} every hour is too much for pension. Please keep free. We live on [[st:Catherine Street]]. {{Jai Shri Krishna|lang}}.\n[[p:Hansaben]] ([[p:Riya]] typing)"),
    # 003 exact lower case
    R("learner", each(TPL, str.lower), C, "exact"),
    # 004 Somali mother, school and phone
    R("parent", "I am [[p:Faadumo Warsame]] from {{Somalia|place}}. I am mother of four. My learner number is [[acc:SAL-230871]]. My son [[p:Abdirahman]] go to "
      "[[sch:Kingsmead Primary]] and his teacher want to talk with me but I need my son to explain, this is not good. "
      "ESOL class is free now and the creche look after my small girl. If you close creche I cannot come. "
      "My number [[ph:07700 900 613]]. {{Mahadsanid|lang}}."),
    # 005 ESOL tutor, formal
    R("teacher", "I have taught ESOL for {{Sorbridge Adult Learning|site}} for eleven years. The proposal confuses two "
      "different groups. {{Entry 3|site}} learners who want {{Functional Skills|law}} for work may be able to pay something. "
      "{{Pre-Entry|site}} and {{Entry 1|site}} learners, many of whom have never held a pen, cannot learn online. Our last "
      "{{Ofsted|org}} report praised the face-to-face provision. The {{Adult Skills Fund|law}} allocation has not been cut, "
      "so I would like to see the figures behind the claimed {{£310,000|num}} saving."),
    # 006 blank
    R("learner", ""),
    # 007 exact capitals
    R("learner", each(TPL, str.upper), C, "exact"),
    # 008 edited: personal paragraph (Polish warehouse worker)
    R("learner", " ".join(S[:3]) + "\n\nI am [[p:Wojciech Zieliński]] and I work nights at the {{Amazon|org}} warehouse by "
      "{{junction 21|road}}. I live at [[fl:Flat 6, Ravensworth House]], [[pc:le4  7xq]]. I started {{Entry 2|site}} in "
      "{{January|date}} because my manager said I can be team leader if my English is better. After a night shift I "
      "cannot sit at a computer at home, I need a teacher in the room. My National Insurance is [[ni:QQ 27 41 93 B]] if "
      "you need to check I am a real person.\n\n" + " ".join(S[3:]) + "\n[[p:Wojtek]]", C, "edited"),
    # 009 very short
    R("resident", "Keep it free."),
    # 010 Punjabi/Urdu husband
    R("carer", "Salaam. I write for my wife [[p:Nasreen Akhtar]]. She is carer for my mother who has {{Alzheimer's|med}} "
      "and the only time she go out of house is the class on {{Thursday|date}} morning. We live [[st:14 Saffron Row]], "
      "[[pc:LE5 3QN]]. For her it is not just English, it is friends. {{£4 an hour|num}} for two classes every week is "
      "{{£32|num}} a month, we do not have it. {{Shukriya|lang}}.\n[[p:Tariq Akhtar]]"),
    # 011 business named after people
    R("business", "We run {{Mistry & Sons Cash and Carry|orgp}} on {{Belgrave Road|route}} and employ 23 staff, most "
      "of them women who learned English at {{Sorbridge Adult Learning|site}}. Several now do our ordering and talk to "
      "suppliers like {{Tilda|brand}} and {{KTC|brand}} on the phone. That is worth more to this city than {{£4 an hour|num}}. "
      "Keep the classes free and local. Our trainer, [[p:Deepa Mistry]], can explain more: [[em:deepa.m@example.org]].\n{{Director|role}}"),
    # 012 edited: reworded opening and closing
    R("volunteer", "As a volunteer classroom assistant I want to add my voice against the new ESOL fees. "
      + " ".join(S[1:6]) + " Please, councillors, come and sit in a {{Pre-Entry|site}} class for one morning before you vote.",
      C, "edited"),
    # 013 near-miss: agrees in part, supports fees
    R("resident", "Learning English is the first step to work, nobody disputes that, but the council is broke and "
      "everybody else pays for evening classes. My pottery class went up to {{£6 an hour|num}}. A small charge is fair "
      "if there are exemptions for people on benefits."),
    # 014 Romanian care worker, obfuscated email, daughter's school
    R("care worker", "Buna ziua. I am [[p:Bianca Dumitrescu]], I work for {{Helping Hands|org}} in home care. My daughter "
      "[[p:Ioana]], born [[dob:2 May 2015]], is in Year 5 at [[sch:St Barnabas CE Primary]] and she is better in English than me now! I do ESOL "
      "{{Entry 3|site}} to pass {{Functional Skills|law}} and become senior carer. I can pay small fee but not online "
      "classes, my shifts change every week. Write me: [[em:bianca.dumi at example dot com]]. {{Mulțumesc|lang}}."),
    # 015 edited: partial template + own words (Gujarati man)
    R("learner", " ".join(S[:2]) + " For me it was the step to my driving theory test also. I came in 2019 from "
      "{{Ahmedabad|place}} to join my wife, and I passed {{Life in the UK|law}} only because of my teacher Mrs "
      "[[p:Varsani]]. Now I drive for {{Uber|org}}. Do not put fee, people will stop coming.\n[[p:Ketan Parmar]]",
      C, "edited"),
    # 016 teen, lower case, social handle
    R("young person", "my mum goes to the classes at belgrove n she is finally making friends who arent family lol. "
      "if u charge she will stop going 100%. im in year 10 at [[sch:rushey fields academy]] and i do her forms. also the creche is where my little brother [[p:zayan]] learnt to share. "
      "i made a post about it [[sh:@sorbridge.esol.mums]] pls follow"),
    # 017 long ramble, retired volunteer
    R("volunteer", "I have been a volunteer with the conversation club at {{Hamilton Rise Library|landmark}} since I "
      "retired from {{the Royal Mail|org}} in 2011, and before that my own mother came over from {{Dublin|place}} in 1950 "
      "and never lost the feeling of being the one who didn't quite understand what was going on, even though she spoke "
      "English perfectly well, so I have some idea. Over the years I have sat with hundreds of people. There was a lady "
      "from {{Eritrea|place}}, [[p:Senait]], who could not write her own name when she started and now works at "
      "{{Glenfield Hospital|hosp}} in the kitchens. There was a young man, [[p:Mohammed]], who had been a pharmacist in "
      "{{Aleppo|place}} and cried the first time he understood a joke on {{EastEnders|show}}. Some learned to read from my grandchildren's old {{Mr Men|show}} books and {{The Very Hungry Caterpillar|show}}. There were two sisters from "
      "{{Bucharest|place}} who argued all the time and brought cake. None of them could have paid {{£4 an hour|num}} when they "
      "started, and none of them would have got on with a laptop at home, because most of them did not have one and the "
      "ones who did had a teenager using it for homework. I know the council has to find money. I have read the "
      "budget papers. But the classes are where people find out how to book a doctor, what a {{council tax|law}} bill "
      "is, how to talk to the school and how to spot a scam on the phone. If you charge for them you will pay for it "
      "later in interpreters, missed appointments and people who never get into work. Keep the {{Pre-Entry|site}} classes "
      "in a room with a teacher. Keep the creche. And if you must charge, charge the people who can afford it and tell "
      "them clearly who is exempt, in their own languages, not on a web page. Thank you for reading all this.\n"
      "[[p:Maureen O'Driscoll]]"),
    # 018 organisation
    R("organisation", "Response from {{Sorbridge Refugee and Migrant Forum|org}}. We support 640 households, 71% of "
      "whom have at least one adult waiting for an ESOL place. Fees would fall hardest on people seeking asylum, who "
      "cannot work and receive {{£49.18 a week|num}}. We ask the council to keep ESOL free for all {{Entry|site}} levels, "
      "to keep the {{Belgrove Centre|site}} creche, and to meet us before the {{Cabinet Member for Adult Learning|office}} "
      "decides. Contact our coordinator, [[p:Amina Yusuf]], on [[ph:0116 496 0731]].\n{{Chair of Trustees|role}}"),
    # 019 n/a
    R("resident", "n/a"),
    # 020 Gujarati man, hospital
    R("learner", "Last year my wife had operation at {{Sorbridge Royal Infirmary|hosp}} and I could not understand the "
      "nurse. Her hospital number is [[hosp:SRI 4471209]] and her NHS number [[nhs:999 217 5338]], I had to learn to say "
      "these on phone, my teacher helped me. Class is important for health also. Please not online.\n[[p:Jayesh Solanki]]"),
]
