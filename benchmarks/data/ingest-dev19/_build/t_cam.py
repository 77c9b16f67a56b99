"""cctv-network: Humbermouth City Council (fictional city on the Humber, East Yorkshire) proposes a
£1.8 million public-space camera network: 140 new cameras in the city centre and on three estates, a control room
staffed around the clock at Wyke House, and cameras able to read number plates and 'use facial recognition in future'."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "CAM", "cctv-network"
C = "cam-watch-the-watchers"

TPL = (
    "We are residents of {{Humbermouth|inv}} and we do not want to be watched every time we walk to the shops. "
    "The council wants to spend {{£1.8 million|num}} on 140 new cameras while youth clubs close and the buses stop at seven. "
    "Nobody is against catching criminals, but cameras that read every number plate and are ready for facial recognition "
    "are not the same as the old camera on the corner. "
    "Once they are up, nobody will ever take them down. "
    "Watch the watchers. "
    "We ask the council to drop the facial recognition plans in writing, to publish who can see the footage and for how long, "
    "and to put half of the money into street lighting, youth work and the {{Carrside|inv}} community centre instead."
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Hull voice, support
    R("resident", "Put em up. Me mam got her bag nicked on {{Whitefriargate Row|route}} in broad daylight and there was "
      "nowt on camera cos the one there's been broke since {{Covid|med}}. Lad drove off in a white Golf, [[vr:YR07 HKM]], and nobody caught him. Every match day at {{the MKM Stadium|landmark}} it's the same. If you've done nowt wrong you've nowt to worry "
      "about."),
    # 003 exact: one sentence per line
    R("resident", plain_only(TPL, lambda s: s.replace(". ", ".\n")), C, "exact"),
    # 004 shift worker, address
    R("shift worker", "I work nights at the {{Saltend|place}} chemical works and walk home through the underpass at "
      "{{Humber Gate|route}} at 6am. I'd feel safer with a camera there, honestly. But I don't want one pointing at my "
      "bedroom window, and the plan shows a new pole right outside [[st:23 Lockkeeper's Row]], which is my house. "
      "[[p:Gary Nettleton]] [[pc:HU9 4QT]] [[em:gnettleton at example dot com]]"),
    # 005 short
    R("resident", "Yes."),
    # 006 Ukrainian ESL
    R("resident", "I am from {{Kharkiv|place}}, I live here two years with my son [[p:Bohdan]] (born [[dob:02.11.2015]]), he go to [[sch:Wyke Bank Primary]]. In my country, cameras "
      "is normal, it is not problem for me. Problem is when no police come. Camera see everything and nobody come. "
      "Better spend for police officer walking. {{Дякую|lang}}. [[p:Oksana Kravchenko]]"),
    # 007 exact: lower case, punctuation removed
    R("resident", each(TPL, lambda s: s.lower().replace(",", "").replace(". ", " ").rstrip(".")), C, "exact"),
    # 008 edited: personal paragraph
    R("resident", " ".join(S[:3]) + "\n\nI was stopped twice last year by officers who said a camera had 'matched' my "
      "son [[p:Kwame]] to a lad who'd been fighting outside {{the Bonny Boat|org}}. It was not him. He was at work at "
      "{{Tesco|org}} on {{Anlaby Road|route}} both times and they had the rota to prove it. He is nineteen and Black and he is now frightened to go "
      "into town. Our family case reference with {{Humberside Police|org}} is [[acc:HP-23-0884126]].\n\n" + " ".join(S[3:]) +
      "\n[[p:Abena Mensah]], [[st:Tarran Close]]", C, "edited"),
    # 009 business
    R("business", "As the owner of a jeweller's on {{Paragon Walk|route}} I fully support the network. We have been "
      "ram-raided twice. {{Hepworth & Sons|orgp}} have been here since 1921 and we would like to be here for another "
      "hundred years. {{The Chief Constable|office}} has said the cameras cut shop theft by a third in {{Grimsby|place}} and at {{Princes Quay|landmark}}."),
    # 010 ALL CAPS pensioner
    R("pensioner", "I AM 84 AND I AM FRIGHTENED TO GO OUT AFTER DARK. PUT THE CAMERAS UP AND PUT SOME LIGHTS UP AS WELL. "
      "MY NEIGHBOUR AT NUMBER 6 [[p:IRIS PICKERING]] WAS PUSHED OVER FOR HER PURSE ON {{BOXING DAY|date}}. "
      "[[p:WALTER HOLDSWORTH]], [[st:6 ORCHARD PARK AVENUE]]. RING ME ON [[ph:01632 960 392]]"),
    # 011 near-miss
    R("resident", "Once they are up, nobody will ever take them down. Good. The ones on {{Holderness Road|route}} have "
      "been there twenty years and I've never had a problem."),
    # 012 organisation: civil liberties
    R("organisation", "Submission from {{Humber Digital Rights|inv}}. The {{Surveillance Camera Code of Practice|law}} "
      "requires a clear purpose and a review, and {{Article 8|law}} of the {{European Convention on Human Rights|law}} applies. The council's impact assessment does neither. Automatic number plate "
      "recognition on {{the A63|road}} is a matter for the police, not the council. We ask for the {{Data Protection "
      "Officer|role}}'s assessment to be published and for {{the Biometrics and Surveillance Camera Commissioner|office}} "
      "to be consulted."),
    # 013 edited: reworded opening and closing
    R("student", "I'm a student at {{the University of Hull|org}}, studying {{Criminology|word}}, and I live in {{Carrside|inv}}. " + " ".join(S[1:5]) +
      " Please drop the facial recognition idea for good and tell us who watches the footage.", C, "edited"),
    # 014 blank
    R("resident", ""),
    # 015 Vietnamese ESL, nail bar
    R("business", "My name is [[p:Nguyễn Thị Lan]], I have nail bar in {{Carrside|inv}} shopping parade. Many time boys "
      "break my window. I say yes camera. But please not camera inside the precinct looking into my shop, my customers "
      "is women, they not want to be filmed. You can call me [[ph:07700 900 584]]. {{Cảm ơn|lang}}."),
    # 016 parent, child's school
    R("parent", "There's a camera proposed outside [[sch:Sutton Marr Primary]] which my daughter [[p:Amelia-Jade]] attends. "
      "I'd actually like that, and so would {{the Lollipop Lady|role}}, the parking at home time is lethal and someone will get killed. Can the camera be used for "
      "parking enforcement as well? Her school run is the only time I see {{the Parking Services|role}} van anyway."),
    # 017 carer, disabled person, hospital number
    R("carer", "I care for my brother [[p:Lewis]], who has {{Down's syndrome|med}} and sometimes wanders. Last year he went "
      "missing for six hours and the police found him on the old camera footage at {{the Interchange|landmark}}. He'd "
      "gone to {{Hull Royal Infirmary|hosp}} because he thought his appointment was that day (hospital number "
      "[[hosp:HRI 4402719]], NHS number [[nhs:999 826 3891]]). So yes, cameras, from me. [[p:Sandra Lowther]]"),
    # 018 edited: half template + own words
    R("resident", " ".join(S[:2]) + " My street has had the same broken lamp post since {{March|date}} and I've rung "
      "three times. Fix the lights first. [[p:kaz]] on [[st:Dansom Lane South]]", C, "edited"),
    # 019 lower case texting
    R("young person", "cameras dont stop anyone they just pull their hoods up lol. spend it on the youth club in carrside "
      "that shut. me and [[p:tyler]] used to go every tuesday. my snap is [[sh:kxrn.hull]]"),
    # 020 ramble
    R("pensioner", "I have lived in {{Humbermouth|inv}} all my life, born in a terrace off {{Hessle Road|route}} that isn't "
      "there any more, and my dad was a trawlerman on the {{St Romanus|ship}}'s sister ship until the {{Cod Wars|event}} "
      "finished it all. So I remember when this city looked after its own. You knew who was who. If a lad pinched "
      "something from the corner shop his mother knew before he got home, and there was no camera needed for that. "
      "Now nobody knows anybody. My son says that is why the cameras are needed and he may be right, I don't know. "
      "What I do know is that {{£1.8 million|num}} is a lot of money, and when they shut the swimming baths on "
      "{{Newington Street|route}} they said there was no money at all. My granddaughter [[p:Poppy Harrison]] can't "
      "swim, and she is eleven, born [[dob:9 July 2013]]. That worries me more than being filmed. I also want to know who sees the pictures. "
      "When my late husband [[p:Ron]] was in {{Castle Hill Hospital|hosp}} a nurse told me the car park cameras were "
      "run by a firm in {{Leeds|place}}. Are these going to be the same? Is some young man in an office I'll never see "
      "going to watch me go to the post office for my pension? I don't mind the police seeing. I mind a company seeing. "
      "I've written this out twice because the first time the computer lost it, so please read it. Write to me at "
      "[[st:41 Sculthorpe Street]], [[pc:hu3  4ax]] if you want. [[p:Jean Harrison]] (Mrs)"),
]
