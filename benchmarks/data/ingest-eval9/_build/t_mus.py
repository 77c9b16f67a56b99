"""music-tuition: Nordhoy Islands Council (fictional northern isles of Scotland: the town of Skaillwick on
the mainland of the group, the isles of Grunnay and Vallasay) proposes a charge of GBP 250 a year per pupil for
instrumental music lessons in schools, which have always been free; pupils on free school meals and those
sitting SQA music exams would be exempt, the free loan of instruments would end and traditional fiddle
tuition would be cut to one instructor, saving GBP 310,000 a year."""
from common import R, each, sents

PREFIX, CONSULTATION = "MUS", "music-tuition"
C = "mus-keep-music-free"

TPL = (
    "I am writing to oppose {{Nordhoy Islands Council|inv}}'s plan to charge £250 a year for instrumental "
    "music lessons in our schools. "
    "Music tuition has been free here for as long as anyone can remember, and it is one of the reasons the "
    "islands have so many young fiddlers, pipers and brass players. "
    "A charge will not be paid by families who are already struggling, and the exemption for free school meals "
    "will not catch the many families who are just above the line. "
    "Once children stop learning, the instructors will go, and they will not come back to an island post. "
    "Please keep tuition free for every pupil, protect the {{Instrumental Music Service|own}}, and find the "
    "savings somewhere that will not cost our children their music."
)
S = sents(TPL)


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 island dialect, parent
    R("parent",
      "Wir {{peerie|dialect}} lass [[p:Freya]] is been learnin da fiddle at [[sch:Sandsetter Primary]] wi Mr "
      "[[p:Isbister]] since shö wis seeven. Hit's been da makkin o her. {{Twa hunder an fifty pound|num}} is no a "
      "peerie sum fir wis wi da price o da ferry an da oil. {{Dunna dae it|dialect}}.\n[[p:Lynn Halcrow]] [[ph:+44 7700 900 412]]"),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 teenager, lower case
    R("young person",
      "im in s4 at [[sch:skaillwick high]] n i play trumpet in the {{skaillwick brass band|club}}. if its 250 a "
      "year my mum says i can only do 1 instrument so id have to drop piano. half my class will just stop. my "
      "{{tiktok|brand}} is [[sh:@rhona.plays.trumpet]] if u want to hear what ur cutting"),
    # 005 instructor (signed with her post only)
    R("council staff",
      "I have taught fiddle across the isles for nineteen years. Every year two or three of my pupils go on to "
      "the {{Royal Conservatoire of Scotland|org}}, and one pupil, [[p:Eilidh]], came back to teach. One instructor cannot cover {{Grunnay|inv}}, "
      "{{Vallasay|inv}} and the mainland schools. The tunes are passed on at {{Fiddle Frenzy|event}} and at every "
      "dance, but they start in the lesson.\n{{Fiddle instructor|role}}"),
    # 006 edited: personal paragraph in the middle
    R("parent", " ".join(S[:2]) + "\n\nMy son [[p:Magnus]] is {{autistic|med}} and he did not speak in class until "
      "he started the cello with Miss [[p:Laurenson]] at [[sch:Grunnay Primary]]. The cello is the one place he "
      "is calm. His {{Additional Support for Learning|law}} plan says music helps him regulate, and he is on the "
      "waiting list for music therapy (his NHS number is [[nhs:999 669 4518]]), but a plan and a list are not a "
      "lesson.\n\n" + " ".join(S[2:]) + "\n[[p:Kirsty Manson]]", C, "edited"),
    # 007 Estonian fish-factory worker, English as a second language
    R("worker",
      "I come from {{Tartu|place}} in {{Estonia|place}} and work in the salmon factory. My daughter [[p:Kertu]] "
      "learn piano and violin at [[sch:Vallasay Junior High]]. For me free music is the best thing in this "
      "country. 250 pounds for each instrument is too much with two children and night shifts. "
      "{{Aitäh|lang}}."),
    # 008 one word
    R("resident", "Disgraceful."),
    # 009 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 pipe band, formal numbered response
    R("organisation",
      "Response from {{Skaillwick and District Pipe Band|club}}\n\n"
      "1. The band has 34 members, 22 of them under eighteen. Every one of our young pipers and drummers started "
      "with free tuition from the {{Instrumental Music Service|own}}.\n"
      "2. Piping and drumming tuition is already scarce in the islands. If the council charges, the band cannot "
      "fill the gap: our tutors are volunteers who work full time.\n"
      "3. The band competed at the {{World Pipe Band Championships|event}} on {{Glasgow Green|landmark}} in "
      "{{August|date}}, the first island band in its grade to do so. That is the return on the council's "
      "investment.\n"
      "4. We ask the council to meet {{the Scottish Government|org}} and the "
      "{{Music Education Partnership Group|org}} before any decision, and to remember the national commitment to "
      "free instrumental tuition made in {{2021|date}}.\n\n"
      "{{Pipe Major|role}}"),
    # 011 grandparent, house name
    R("grandparent",
      "My late husband played the accordion at every dance in the {{Grunnay Hall|landmark}} for forty years. Our "
      "grandson [[p:Ruaridh]] has his box now and comes over every Sunday to play it for me, and the dog, {{Floss|pet}}, howls along. He played at {{Up Helly Aa|event}} this year. I would rather pay more council tax than see him stop.\n"
      "[[hn:Nedderhoose]], {{Grunnay|inv}}, [[pc:ZE2 9PL]]"),
    # 012 near-miss: for the charge
    R("resident",
      "Music tuition has been free here for as long as anyone can remember, and that is exactly why nobody asks "
      "what it costs. {{£310,000|num}} is two teachers' posts or a lot of potholes. Families who can pay should "
      "pay something. Those on {{free school meals|law}} should not, and that is in the proposal. I think it is "
      "fair."),
    # 013 edited: reworded opening and closing
    R("parent", "I'm a mum of three on {{Grunnay|inv}} and all three of mine play something, so this comes from "
      "the heart. " + " ".join(S[1:4]) + " I'm asking you, as a parent who loves living here, to think again.", C, "edited"),
    # 014 blank
    R("parent", ""),
    # 015 Gaelic-speaking family from Lewis (no names)
    R("parent",
      "{{Halò|gaelic}}. We came here from {{Steòrnabhagh|place}} three years ago. Our daughter plays the "
      "{{clàrsach|gaelic}}, and she had lessons free on {{Lewis|placename}} and free here. A harp is not cheap to "
      "hire and there is nowhere else in the islands to learn it. {{Tapadh leibh|gaelic}}."),
    # 016 visually impaired young person, support worker
    R("disabled person",
      "My support worker [[p:Aileen]] is typing this because my screen reader won't open your form. I'm sixteen "
      "(born [[dob:19.01.2009]]) and I've got {{retinitis pigmentosa|med}}. I learn piano by ear and in braille "
      "with Mr [[p:Mainland]] at [[sch:Skaillwick High School]], the only person in the islands who can teach "
      "braille music. The {{RNIB|org}} can't help with lessons. Visit me at [[fl:Flat 3]], "
      "[[st:12 Harbour Street]], [[pc:ZE1 7DX]].\n[[p:Jamie Leask]]"),
    # 017 edited: half the template and own text
    R("parent", " ".join(S[:3]) + "\nI fish out of {{Skaillwick|inv}} on the {{Venture II|ship}} and some weeks "
      "we earn well and some we earn nothing, which is no use to a means test. We have two bairns learning guitar "
      "and drums. Ring me if you want to hear it from a fisherman: [[ph:07700 900 581]].\n[[p:Gary Odie]]",
      C, "edited"),
    # 018 music shop
    R("business",
      "We run {{Eunson's Music|orgp}} and rent out about 140 instruments, {{Yamaha|brand}} trumpets and "
      "{{Hohner|orgp}} accordions among them, nearly all to pupils of the {{Instrumental Music Service|own}}. "
      "Where councils have charged, a third of pupils stopped within a year. The islands would lose their only "
      "music shop."),
    # 019 parent, lower case
    R("parent",
      "my 2 both play at [[sch:sandsetter]] n we get free school meals so we would be ok but my sister [[p:lorna]] "
      "wouldnt, she works at the care home n shes about 20 quid a week over the line. her boy is the best drummer "
      "in the school. thats not fair is it"),
    # 020 parent with an early invoice reference
    R("parent",
      "We have already had a letter about 'registering for chargeable tuition', reference [[acc:IMS/2025/04417]], "
      "before this consultation has even closed. It asked for my date of birth and National Insurance number. I "
      "did not send them. Please explain.\n[[p:Sandra Pottinger]], [[em:s.pottinger@example.net]]"),
]
