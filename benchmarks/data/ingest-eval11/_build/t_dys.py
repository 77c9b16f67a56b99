"""dyslexia-screening: Glanafon County Borough Council / Cyngor Bwrdeistref Sirol Glanafon (fictional, south
Wales valleys) proposes universal dyslexia screening of every Year 3 pupil with a digital screener (ReadCheck,
English only until 2027), a Dyslexia-Friendly Schools Standard, and the end of its Specialist Literacy Service
(six specialist dyslexia teachers). ALN terms: IDP, ALNCo, the ALN Code."""
from common import R, each, plain_only, sents

PREFIX, CONSULTATION = "DYS", "dyslexia-screening"
C = "dys-screening-is-not-support"

TPL = ("I support early screening for dyslexia, but screening on its own is not support. {{Glanafon|inv}}'s "
       "proposal would give every Year 3 pupil a computer test and then remove the specialist literacy teachers "
       "who know what to do with the results. A child who is flagged still needs someone to assess them properly, "
       "plan their teaching and check that it is working. The screening tool is only in English, so children in "
       "Welsh-medium schools will be tested in their second language or not at all. Under the {{ALN Code|law}}, a "
       "child whose dyslexia needs more than ordinary classroom help should have an {{IDP|term}}, and schools "
       "cannot write good plans without expert advice. Please keep the specialist teachers and provide the "
       "screening in Welsh from the start.")
S = sents(TPL)

ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 wholly in Welsh
    R("parent", "Mae fy merch [[p:Lleucu]] ym Mlwyddyn 4 yn [[sch:Ysgol Gymraeg Pontygarreg]]. Mae hi'n "
      "ddyslecsig, ac mae'r athrawes arbenigol wedi bod yn dod ati bob pythefnos ers dwy flynedd. Mae'r prawf "
      "newydd yn Saesneg yn unig. Sut mae plentyn sy'n darllen yn Gymraeg i fod i wneud prawf sillafu yn Saesneg? "
      "Cadwch yr athrawon arbenigol, os gwelwch yn dda. {{Diolch yn fawr|welsh}}.\n[[p:Catrin Morgan-Lewis]]"),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 ALNCo, school as an institution
    R("school staff", "As {{ALNCo|role}} at {{Ysgol Gynradd Aberderwen|venue}} I welcome screening, but since the "
      "{{Additional Learning Needs and Education Tribunal (Wales) Act 2018|law}} my role has grown every term. The "
      "specialist literacy teachers are the only people who can train my staff in structured teaching. The "
      "{{ReadCheck|own}} screener gives a score; it does not tell a teacher what to do on {{Monday|date}} morning."),
    # 005 one word, Welsh
    R("parent", "Cefnogi."),
    # 006 edited: personal paragraph (son, school, ALN reference)
    R("parent", " ".join(S[:2]) + "\n\nMy son [[p:Gethin]] is in Year 5 at [[sch:Pontygarreg Primary]]. He was "
      "flagged by a paper screener in Year 2 and then nothing happened for eighteen months until the specialist "
      "teacher saw him. His plan, reference [[acc:GCBC/ADY/22/0418]], only exists because she pushed for it.\n\n"
      + " ".join(S[2:]) + "\n[[p:Rhian Beddoe]]", C, "edited"),
    # 007 dyslexic adult, valleys English
    R("resident", "I'm 52 and dyslexic, only told at 40 on an access course at {{Coleg y Cymoedd|venue}}. In school "
      "in the {{Rhondda|place}} I was thick. So test the kids, {{tidy|dialect}}, but a test with no teacher after it "
      "is just a label. {{Access to Work|law}} lost my form twice, NI number [[ni:QQ624517D]]. "
      "{{Tamping|dialect}}, I am."),
    # 008 young person, lower case
    R("young person", "im in year 9 at [[sch:ysgol uwchradd aberderwen]] and got flagged maybe dyslexic in year 7 "
      "on a computer test. nobody did nothing after, just a {{coloured overlay|term}}. my mate [[p:deio]] is in the "
      "welsh stream and the test was in english so it said he was fine?? he is not fine"),
    # 009 independent educational psychologist
    R("professional", "As an independent {{educational psychologist|role}} registered with the {{HCPC|org}}, I "
      "would caution the council against treating screening as identification. The {{British Dyslexia "
      "Association|org}}, the {{Helen Arkell Dyslexia Charity|orgp}} and the {{Rose Review|law}} all describe dyslexia as a continuum, and screeners of this "
      "kind have modest accuracy in the early years, particularly for bilingual children. The proposal also implies "
      "that most dyslexic learners will be met by {{universal provision|term}} and will not need an {{IDP|term}}. "
      "The {{ALN Code|law}} does not support a blanket approach of that kind; decisions must be made child by child. "
      "I would recommend keeping specialist assessment capacity and commissioning a Welsh-language screener before "
      "roll-out."),
    # 010 exact, doubled spaces and no final stop
    R("parent", plain_only(TPL, lambda s: s.replace(". ", ".  "))[:-1], C, "exact"),
    # 011 Bengali mother, Welsh-medium school
    R("parent", "My son [[p:Tahmid]] is 8 and go to [[sch:Ysgol Bro Derwen]], Welsh school. At home we speak "
      "{{Bengali|lang}}, at school Welsh. Teacher say maybe he is dyslexic but maybe it is only because three "
      "languages. How a computer test in English can know this? We need a person who understand bilingual "
      "children. Please call me [[ph:029 2018 0563]], [[pc:CF372QE]]. {{Dhonnobad|lang}}."),
    # 012 blank
    R("parent", ""),
    # 013 edited: bilingual, reworded opening and closing
    R("parent", "{{Annwyl Gynghorwyr|salut}}, I write as a Welsh-speaking parent. I support early screening for "
      "dyslexia, but I want to say clearly that screening on its own is not support. " + " ".join(S[1:-1]) + " "
      "{{Rhowch y prawf yn Gymraeg o'r dechrau|welsh}}, and keep the teachers who know our children.\n"
      "{{Cofion|welsh}},\n[[p:Heledd ap Gwyn]]", C, "edited"),
    # 014 teacher who supports screening, near-miss
    R("teacher", "Screening on its own is not support, says the campaign leaflet. True, but at present most "
      "children are never screened at all, and some wait until secondary school to be noticed. I welcome the "
      "{{Dyslexia-Friendly Schools Standard|own}} and the money it puts into classroom training. The specialist "
      "teachers did good work for the few children they could reach. Universal screening reaches all of them."),
    # 015 grandmother
    R("grandparent", "Our grandson [[p:Ianto]] only got help because we paid {{£650|num}} for a private assessment "
      "in {{Cardiff|place}}. He lives with us at [[hn:Bryn Hyfryd]] half the week. The specialist teacher comes to "
      "[[sch:Ysgol Cwm Sarn]] every other week and he lights up when she's in. Don't take that away.\n"
      "{{Diolch|welsh}}, Nana [[p:Glenys]]"),
    # 016 private tutor with a handle
    R("business", "I'm a dyslexia tutor across {{Glanafon|inv}}. Half my pupils come because their school waited. "
      "If the specialist teachers go, families who can afford me will pay and the rest will go without. I'm on "
      "{{instagram|brand}} as [[sh:@tiwtor.darllen.cwm]] or email [[em:tiwtor.cwm at example dot net]]."),
    # 017 edited: part of the template and own text
    R("parent", " ".join([S[0], S[3], S[4]]) + " My twins [[p:Osian]] and [[p:Nel]] are both at [[sch:Ysgol "
      "Gymraeg Pontygarreg]] and both dyslexic, and I only know because the specialist teacher saw them. "
      + S[-1] + "\n[[em:osianandnel.mam (at) example.com]]", C, "edited"),
    # 018 teachers' union
    R("organisation", "{{UCAC|org}} cannot support a screener available only in English. It is incompatible with the "
      "council's {{Welsh in Education Strategic Plan|law}}, with {{Cymraeg 2050|law}} and with the duty under the "
      "{{ALN Code|law}} to consider provision in Welsh. The {{Specialist Literacy Service|own}} is the county's only "
      "source of Welsh-language dyslexia resources. Delay screening until a Welsh version is validated."),
    # 019 ramble: father of a dyslexic and dyspraxic daughter
    R("parent", "Right, I've got a lot to say so bear with me. My daughter [[p:Seren]] is 11 and in Year 6 at "
      "[[sch:Aberderwen Juniors]]. She's dyslexic and {{dyspraxic|med}}, and she's the brightest kid you'll ever "
      "meet, she can tell you every planet and every player in the {{Wales|place}} squad for the {{Six "
      "Nations|event}}. But give her a page of writing and she goes to pieces.\n\nWe asked for help in Year 2. "
      "Nothing. Year 3, a {{coloured overlay|term}}. Year 4 she started saying she was stupid and wouldn't go in, "
      "and I was driving her round the block in the van for half an hour every morning to calm her down. Then in "
      "Year 5 the specialist teacher came, Mrs [[p:Prosser]], and honestly it changed everything. She did proper "
      "tests, she showed the teacher how to break the spelling down, she got [[p:Seren]] a laptop for written work, "
      "and she made the school write an {{IDP|term}}. [[p:Seren]] read a whole {{Harry Potter|char}} to our dog "
      "{{Dai|pet}} in the summer holidays. Out loud. I cried.\n\nNow you want a computer test for everybody and no "
      "Mrs [[p:Prosser]]. Well, the computer test would have told us what we already knew. It's the bit after that "
      "matters.\n\nShe's also waiting for {{OT|term}} at {{Ysbyty Cwm Cynon|hosp}} for her handwriting, NHS number "
      "[[nhs:999 174 2182]] if anybody wants to chase it, because it's been fourteen months. We're on [[st:Heol y "
      "Garreg]] if anybody from the council wants to come round for a cup of tea and I'll tell you all about it. "
      "She starts comp in {{September|date}} and I'm dreading it.\n\nKeep the specialists. Put the money where the "
      "kids are."),
    # 020 advice charity
    R("organisation", "{{SNAP Cymru|org}} provides information and advice to families across Wales. In the last "
      "year our caseworkers in {{Glanafon|inv}} supported {{143|num}} families where dyslexia was the main "
      "concern. The most common complaint was not a lack of screening but a lack of action after it. We are "
      "concerned that the proposal presents dyslexia as a need that schools can meet through {{universal "
      "provision|term}} alone. Families have a right under the {{Additional Learning Needs and Education Tribunal "
      "(Wales) Act 2018|law}} to ask the school, and then the local authority, to decide whether their child has "
      "{{ALN|term}}, and to appeal to the {{Education Tribunal for Wales|org}}. A screener cannot make that "
      "decision. We also note that the {{Children's Commissioner for Wales|office}} has asked councils to protect "
      "specialist services during the ALN reforms."),
]
