"""The six letters. Paragraph lists; .docx paragraphs are joined with \\n, .txt and .eml with a blank line.
.eml bodies are kept ASCII (build.py verifies they read the same as text and as bytes)."""
from common import Letter
import t_wrd, t_sbk

W, B = t_wrd.S, t_sbk.S

LETTERS = [
    Letter("letter-01", "txt", "school-closure", "grandparent", [
        "[[p:THOMAS DODD]]\n[[hn:High Shaw Farm]]\n{{Ellerhope|inv}}\n{{Morpeth|place}}\n[[pc:NE657TX]]",
        "{{3rd March|date}}",
        "To the {{Director of Education|role}}, {{Tyne and Cheviot Council|inv}}",
        "Dear Sir or Madam,",
        "I am 84 and I do not have the internet, so my granddaughter [[p:Gemma]] is posting this for me. I went to "
        "{{Ellerhope Church of England Primary School|venue}} in {{1946|date}} and walked there with my sister "
        "[[p:Nancy]] and our dog {{Meg|pet}}, over the burn by the stepping stones. My grandson [[p:Archie Dodd]] is "
        "in Year 3 there now and walks the same way.",
        "The council says the school is too small. It was smaller when I was there and we all learned to read and "
        "write and add up, and half of us went on to farm this valley. If you shut it, the young families will go to "
        "{{Morpeth|place}} or {{Newcastle|place}} and not come back. I have seen it happen at {{Alwinton|place}} and "
        "{{Harbottle|place}}.",
        "Please leave our school alone.",
        "{{Yours faithfully|salut}},",
        "[[p:Tom Dodd]]",
    ]),
    Letter("letter-02", "eml", "ward-move", "relative", [
        "Dear Sir or Madam,",
        "Re: consultation on the future of {{Rowan Ward|inv}}",
        t_wrd.TPL,
        "{{Yours faithfully|salut}},",
        "[[p:Alasdair Kerr]]\n[[st:3 Glebe Wynd]]\n{{Dunmorach|inv}}\n[[pc:FK17 8RS]]\n[[ph:0141 496 0733]]",
    ], camp=t_wrd.CAMP, role="exact", headers={
        "From": "Alasdair Kerr <a.kerr@example.com>",
        "To": "rowan.consultation@example.org",
        "Subject": "Rowan Ward consultation response",
        "Date": "Mon, 10 Feb 2025 21:14:03 +0000",
    }),
    Letter("letter-03", "docx", "short-breaks", "parent carer", [
        "[[p:Nadia Hussain]]",
        "[[fl:Flat 12, Brearley Court]]",
        "[[st:Commercial Street]]",
        "{{Calderholme|inv}} [[pc:HX1 4ZW]]",
        "Dear {{Short Breaks Team|inv}},",
        "I am writing as the mother of a disabled child to tell you that short breaks are not a luxury. "
        + B[1] + " " + B[2],
        "My son [[p:Yusuf]] was born on [[dob:5th of August 2013]] and has {{Prader-Willi syndrome|med}}. He is in "
        "Year 6 at [[sch:Brookfoot Primary School]]. His NHS number is [[nhs:999 157 6827]]. He needs watching every "
        "minute because of the food seeking, and he goes to {{Hollyhock House|inv}} two nights a month. His sister "
        "[[p:Amira]] is eleven and she is a young carer. We went on holiday to {{Pakistan|place}} last "
        "{{Eid|event}} for the first time in six years, because {{Hollyhock|inv}} had him.",
        B[3],
        "I ask you to think again and to meet with parents before you decide. {{Jazakallah khair|lang}}.",
        "{{Yours sincerely|salut}}",
        "[[p:Nadia Hussain]] (Mrs)",
    ], camp=t_sbk.CAMP, role="edited"),
    Letter("letter-04", "docx", "traveller-site", "Gypsy / Traveller", [
        "To the {{Planning Policy Team|role}}, {{Avonmere District Council|inv}}",
        "Re: Site allocation {{GT2|inv}}, {{Withy Lane|route}}, {{Stowick|inv}}",
        "A chara,",
        "My name is [[p:Margaret Joyce]], I am known as [[p:Maggie]]. I am an Irish Traveller and I have lived in "
        "England since {{1989|date}}. My date of birth is [[dob:14-08-1961]] and my national insurance number is "
        "[[ni:qq 52 71 94 c]]. I have been on the council's site waiting list since {{2016|date}}, reference "
        "[[acc:ADC/GT/0087]].",
        "We live now on [[fl:plot 2 at the Hanbury Road site]] in two trailers with my husband [[p:Patrick]] and our "
        "grandson [[p:Tommy-Lee]], who is in Year 8 at [[sch:Chipping Ridge Academy]]. [[p:Patrick]] has a bad heart and is "
        "under {{Southmead|hosp}}, his hospital number is [[hosp:NBT 7730142]]. When he was last taken in by ambulance "
        "they could not find us because we have no proper address.",
        "We keep two horses, {{Molly|pet}} and {{Jack|pet}}, and we bring them to {{Ballinasloe|event}} in "
        "{{October|month}} when we can. The plan for {{GT2|inv}} should have a paddock. My son can be reached on "
        "[[ph:07700 900 527]] if you want to come and see us.",
        "{{Le meas|irish}},",
        "[[p:Maggie Joyce]]",
    ]),
    Letter("letter-05", "txt", "clean-air-zone", "business", [
        "{{Hussain's Cars|orgp}}\n{{Unit 4, Ferry Wharf Road|route}}\n{{Caerwern|inv}}",
        "Dear Councillors,",
        "We all want cleaner air, but the truth is that my drivers are not the ones who decide what cars are on sale "
        "second hand. I run a private hire firm with 26 drivers. Nine of the cars on our fleet are not compliant, "
        "including [[vr:CP14 RZX]], [[vr:yk13nhv]] and my own car, [[vr:H55 AIN]].",
        "Most of my drivers are from {{Pakistan|place}}, {{Somalia|place}} and {{Iraq|place}}. During {{Ramadan|event}} "
        "they work the late shift, and they are the ones who get everyone home safe from the pubs on "
        "{{Quay Street|route}}. If they cannot afford the charge they will leave the trade.",
        "My operations manager [[p:Imran]] has prepared the figures and will send them separately. You can reach him "
        "on [[ph:+44 29 2018 0644]] or [[em:imran.ops [at] example.com]].",
        "{{Yours faithfully|salut}},",
        "[[p:Tariq Hussain]]\nDirector",
    ]),
    Letter("letter-06", "eml", "hardship-fund", "pensioner", [
        "To {{Saltmarsh Borough Council|inv}},",
        "I want to complain about the hardship fund rules. My wife [[p:Jean]] and I are both in our seventies and we "
        "look after our son [[p:Darren]], who is 46 and has {{Huntington's disease|med}}. He was born "
        "[[dob:30/06/1978]]. We were refused because [[p:Darren]]'s {{PIP|law}} is counted as household income, which we "
        "were told is not how the rules are meant to work. Our application number was [[acc:HF-24-02216]].",
        "My national insurance number is [[ni:QQ 21 90 47 D]] and our address is [[st:81 Eastwood Lane]], "
        "{{Saltmarsh-on-Sea|inv}}, [[pc:SS9 5PN]]. You can ring us on [[ph:01632 960 417]] or email me on "
        "[[em:ron.chaplin@example.net]].",
        "We do not want a fuss. We just want someone to look at it again.",
        "{{Kind regards|salut}},",
        "[[p:Ron Chaplin]]",
    ], headers={
        "From": "Ron Chaplin <ron.chaplin@example.net>",
        "To": "hardship.fund@example.org",
        "Subject": "Hardship fund consultation",
        "Date": "Thu, 6 Mar 2025 10:02:41 +0000",
    }),
]
