"""The four letters. Each is a list of marked-up paragraphs."""
from common import Letter, sents
import t_ply, t_shp

S_SHP = sents(t_shp.TPL)

LETTERS = [
    # letter-01.txt: lifeguards, a retired coble fisherman (not a campaign member)
    Letter("letter-01", "txt", "lifeguards", "pensioner", [
        "[[p:JOHN W. ROBSON]]\n[[hn:Sea Holly]]\n[[st:Coble Row]]\n{{Ravensmouth|inv}}\n[[pc:SR7  9HN]]\n"
        "Tel. [[ph:0191 498 0715]]",
        "{{2 June 2025|date}}",
        "Lifeguard Review\n{{Ravensmouth Borough Council|inv}}\n{{Town Hall, Church Street|landmark}}",
        "{{Dear Sir or Madam|salut}},",
        "I am 84 and I fished out of {{Ravensmouth|inv}} harbour for fifty-two years in our coble, "
        "{{the Margaret Rose|ship}}, which my father built. Everybody on the front knows me as [[p:Jackie]]. I have "
        "seen what the sea off {{Marram Point|own}} does to people who do not know it, and I have helped bring "
        "some of them in.",
        "In {{August 2019|date}} I had a heart attack on the sand at {{Shellcove Sands|own}} while I was watching "
        "my great-grandchildren. Two lifeguards had the defibrillator on me inside four minutes. The paramedics "
        "told my wife [[p:Irene]] that without them I would not have lived. If you need to check, my NHS number is "
        "[[nhs:999 881 0191]] and the lifeguards' report will be on your files.",
        "My grandson [[p:Liam Robson]] has been a lifeguard at {{North Sands|own}} for four seasons and he tells me "
        "the flags are the only thing the visitors take any notice of. The season should start at the "
        "{{May bank holiday|event}}, not at the end of {{July|date}}.",
        "Please keep the lifeguards at all four beaches. The money is nothing to what they save.",
        "{{Yours faithfully|salut}},",
        "[[p:J. W. Robson]]",
    ]),

    # letter-02.docx: play-areas campaign pasted verbatim into a posted letter (exact)
    Letter("letter-02", "docx", "play-areas", "grandparent", [
        "Mrs [[p:Olive Bunyan]]\n[[fl:Flat 3, Heron Court]]\n[[st:Tithe Barn Road]]\n{{Ousebridge|inv}}\n"
        "[[pc:mk42 7qd]]",
        "{{9th April 2025|date}}",
        "{{Play Ousebridge 2030|own}} consultation\n{{Ousebridge Borough Council|inv}}\n"
        "{{Borough Hall, Cauldwell Street|landmark}}",
        "{{Dear Councillors|salut}},",
        t_ply.TPL,
        "I am 79 and I look after my great-grandchildren, [[p:Mia]] and [[p:Teddy]], three afternoons a week. I do "
        "not drive and my hips will not take me to the river. The swings on our green are where I sit while they "
        "play. On wet days I take them to the {{John Bunyan Museum|landmark}} instead, which they love, but "
        "children need to be outside.",
        "My neighbours Mr and Mrs [[p:Kowalczyk]] at number 5 have asked me to add their names too.",
        "{{Yours sincerely|salut}},",
        "[[p:Olive Bunyan]]\nTel. [[ph:07700 900 346]]",
    ], camp=t_ply.C, role="exact"),

    # letter-03.docx: music-tuition, a grandmother in the isles (not a campaign member)
    Letter("letter-03", "docx", "music-tuition", "grandparent", [
        "[[hn:Nether Grunnasetter]]\n{{Grunnay|inv}}\n[[pc:ZE2 9QJ]]",
        "{{14th May|date}}",
        "To {{the Director of Education|office}}, {{Nordhoy Islands Council|inv}}",
        "{{Dear Sir or Madam|salut}},",
        "I am writing about my grandson [[p:Thomas Magnus Irvine]], that everybody calls [[p:Tammas]]. He was born "
        "on [[dob:30 April 2013]] and is in S1 at [[sch:Skaillwick High School]], where he stays through the week "
        "at {{the Bruce Hostel|landmark}} and comes home on {{the Grunnay Lass|ship}} on a Friday.",
        "I taught him his first tunes on my own fiddle when he was five. He has lessons in school now and he is a "
        "far better player than I ever was. His mother, my daughter [[p:Andrea]], is on her own and works at the "
        "care centre and the shop. She earns just over the line for free school meals, so she would pay the full "
        "{{£250|num}}. She has filled in the remission form anyway, with her National Insurance number, "
        "[[ni:QQ 74 19 53 B]], and I am sending a copy with this letter because nobody at the school could tell "
        "her where it should go.",
        "[[p:Tammas]] has {{asthma|med}} and goes to {{Aberdeen Royal Infirmary|hosp}} twice a year on "
        "{{the Hrossey|ship}} (hospital number [[hosp:ARI 4402817]]). The fiddle is good for his breathing, his "
        "consultant says so.",
        "{{Dunna tak da music awa fae da bairns|dialect}}. You can phone me on [[ph:01632 960 852]] or email "
        "[[em:nethergrunna at example dot com]].",
        "{{Yours faithfully|salut}},",
        "[[p:Williamina Irvine]] ([[p:Minnie]])",
    ]),

    # letter-04.eml: second-homes campaign with a sentence dropped and a personal paragraph (edited); ASCII body
    Letter("letter-04", "eml", "second-homes-premium", "tenant", [
        "{{Dear Councillors|salut}},",
        " ".join(S_SHP[:2]),
        "My husband [[p:Gareth Williams]] and I ([[p:Non Williams]]) rent [[st:2 Tan y Bryn]], [[pc:LL53 6YH]], "
        "from a landlord who has just given us notice because he wants to let it to visitors. We have lived there "
        "nine years. Our son [[p:Macsen]] (born [[dob:05/08/2019]]) started at the village school in "
        "{{September|date}} and we cannot find anything else within twenty miles. Our council tax account is "
        "[[acc:CT-40219876]] and we claim council tax reduction (my NI number is [[ni:QQ 62 07 15 C]]), so the "
        "council knows exactly what we earn: there is no way we can buy.",
        " ".join(S_SHP[3:]),
        "{{Diolch|welsh}},\n[[p:Non]]\n[[ph:029 2018 0566]]\n[[em:non.williams@example.net]]",
    ], camp=t_shp.C, role="edited", headers={
        "From": "Non Williams <non.williams@example.net>",
        "To": "premiwm.ymgynghoriad@example.org",
        "Subject": "Second homes premium consultation - support",
        "Date": "Tue, 13 May 2025 20:41:09 +0100",
    }),
]
