"""park-tennis: Trentholme City Council (fictional, East Midlands) proposes gates, smart locks and an online
booking system on the free park tennis courts at Abbotsfield Park, Priory Gardens and Hawley Rec, with a charge of
£6 an hour or a £45 household pass a year, free sessions on Saturday mornings and LTA money to resurface them."""
from common import R, each, sents, plain_only
import re

PREFIX, CONSULTATION = "TEN", "park-tennis"
C = "ten-free-courts-for-everyone"

TPL = (
    "We oppose the plan by {{Trentholme City Council|inv}} to put gates, smart locks and an online booking "
    "system on the tennis courts at {{Abbotsfield Park|own}}, {{Priory Gardens|own}} and {{Hawley Rec|own}}, and "
    "to charge £6 an hour or £45 a year for a household pass. "
    "Free courts are where children pick up a racket for the first time, where older people play doubles on a "
    "weekday morning and where families who could never afford a club get some exercise. "
    "A booking app shuts out anyone without a smartphone or a bank card. "
    "For most of the year the courts stand empty, so there is nothing to manage. "
    "Resurface them by all means and mend the nets, but keep them free and open to all. "
    "{{Free courts for everyone|slogan}}."
)
S = sents(TPL)


def no_commas_double_spaces(s):
    return re.sub(r" ", "  ", s.replace(",", ""))


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 Nottingham pensioner, doubles four; home street
    R("pensioner", "{{Ey up me duck|dialect}}. Four of us have played doubles at {{Priory Gardens|own}} every "
      "{{Tuesday|date}} morning since 2009, all over seventy. [[p:Val]] has {{Parkinson's|med}} but she can still "
      "put a drop shot away. None of us has an app and [[p:Mavis]] hasn't had a bank card since her purse got "
      "pinched. Her dog {{Kevin|pet}} comes too. Don't be {{mardy|dialect}}, leave the gate open, and we'll see you in {{the Robin Hood|orgp}} after.\n[[p:Joan Cresswell]], [[st:Vicarage Close]]"),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Korean PhD student, ESL
    R("student", "I am PhD student from {{Seoul|place}} at {{Trentholme University|inv}}. In {{Korea|place}} public "
      "courts need booking by app and it is normal, so app is fine for me. But {{£6|num}} for one hour is "
      "expensive for a student, maybe student price? Also lights please. {{감사합니다|lang}}."),
    # 005 teenager, lower case: friends, school, handle
    R("young person", "me and [[p:india]] and [[p:lacey-mae]] go on the courts after school when its sunny, we go "
      "[[sch:Hawley Academy]] so its like 2 mins. we r not even that good we just mess about lol. not paying 6 quid "
      "to mess about and my mum wont let me have a card anyway. follow [[sh:@courtside_chaos07]] for our "
      "worst shots"),
    # 006 edited: personal paragraph (wheelchair tennis, coach, car)
    R("wheelchair user", " ".join(S[:3]) + "\n\nI play wheelchair tennis. My coach, [[p:Dele]], says I'm one of only "
      "three players in the city, and the only courts with a level path from the car park are at "
      "{{Abbotsfield Park|own}}. I park my adapted car, [[vr:FD68 KZR]], in the bay by the gate. A lock you have to "
      "tap with a phone at shoulder height is no use to me. Nobody asked us.\n\n" + " ".join(S[3:])
      + "\n[[p:Shauna Pickering]]", C, "edited"),
    # 007 tennis coach, supports; phone and handle
    R("tennis coach", "I run {{Smash Tennis Coaching|org}} and I support the booking system. At the moment my Saturday "
      "juniors turn up at {{Hawley Rec|own}}, off {{Derby Road|route}}, to find lads playing football on the courts, or broken glass. The "
      "{{LTA|org}} money will pay for new surfaces and floodlights, which we have never had. {{£45 a year|num}} is "
      "less than a tube of {{Slazenger|brand}} balls a month. The free Saturday sessions stay free. I'd rather pay "
      "something and have courts worth playing on.\n[[p:Ryan Oduya]], LTA Level 4 coach\n[[ph:0115 496 0832]]\n"
      "[[sh:@smashtennis_trentholme]]"),
    # 008 one word
    R("resident", "Object."),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 informal players' group, formal numbered
    R("club", "Response from the {{Abbotsfield Tennis Group|club}} (informal, {{38|num}} regular players)\n"
      "1. We accept the need for investment. The courts at {{Abbotsfield Park|own}} have not been resurfaced since "
      "{{2004|num}}.\n2. We object to charging by the hour. An annual pass of {{£45|num}} per household is "
      "acceptable if there is a concession for anyone on {{Pension Credit|law}} or {{Universal Credit|law}}.\n"
      "3. At least one court should never be bookable, so that people can turn up and play. We share the car park with {{Hawley Rovers|club}} and that works.\n"
      "4. Gate codes should be available by phone and from the park café, not only through {{ClubSpark|brand}}.\n"
      "{{Hon. Secretary|role}}"),
    # 011 Greek Cypriot father, ESL: son, postcode
    R("parent", "My son [[p:Stavros]] is eleven. Every summer he watches {{Wimbledon|event}} and then for two weeks he "
      "goes to the park with his racket every day. Then he forgets. If there is a gate and a fee, those two weeks "
      "will not happen. {{Efcharistó|lang}}.\n[[p:Andreas Christodoulou]], [[pc:ng5 1qx]]"),
    # 012 edited: reworded opening and closing
    R("resident", "I signed the petition at the park café but I'd like this to count on its own as well. "
      + " ".join(S[1:-1]) + " I've played on those courts since I was a lad and I'll be gutted if they lock them."
      "\n[[p:Dean Shipstone]]", C, "edited"),
    # 013 near-miss: reuses a line to argue for charging
    R("resident", "Resurface them by all means and mend the nets, then charge. {{£6|num}} an hour split four ways "
      "is less than a {{Mr Whippy|char}} each. I'd rather pay and have courts that aren't covered in broken glass and dog mess."),
    # 014 mother: daughter with Down's syndrome, support worker, school, street
    R("parent", "My daughter [[p:Hope]] has {{Down's syndrome|med}} and plays at {{Priory Gardens|own}} every "
      "Saturday with her support worker, [[p:Kemi]]. She trains for the {{Special Olympics|org}}. There is no court "
      "at [[sch:Oakfield School]]. We live on [[st:Cloister Walk]], two minutes away, and the free session is at "
      "nine, when she is not ready. She plays at eleven."),
    # 015 Brazilian nurse, ESL, flat
    R("parent", "I am from {{Belo Horizonte|place}}, I work nights as a nurse at {{Queen's Medical Centre|hosp}}. On "
      "my day off I teach my two kids tennis in the park because I cannot pay a club. We live in "
      "[[fl:Flat 7, Beaumont Court]], no garden, so the park is our garden. {{Obrigada|lang}}.\n"
      "[[p:Luciana Ferreira]]"),
    # 016 edited: part of the template plus own text (house name, home street)
    R("resident", " ".join(S[1:4]) + " That is us. There are five of us at [[hn:Linden Lea]], [[st:Hawley Lane]], "
      "and we have never paid a penny to play. If you have to lock it, lock it after nine at night and leave the "
      "daytimes alone.", C, "edited"),
    # 017 Slovak resident, charged twice in the trial: booking reference, email
    R("resident", "In the trial at {{Priory Gardens|own}} in {{August|date}} I was charged two times for the same "
      "hour, booking reference [[acc:PG-2291-0457]], and nobody answer my email for six weeks. If this is how it "
      "works, no thank you. In {{Bratislava|place}} the city courts are cheap and there is a man in a hut, not an "
      "app. {{Ďakujem|lang}}.\n[[p:Miroslav Kováč]]\n[[em:m.kovac.sk@example.net]]"),
    # 018 capitals, home street named after the park
    R("resident", "KEEP THE COURTS FREE. THE COUNCIL FOUND {{£80,000|num}} FOR NEW SIGNS IN THE "
      "{{MARKET SQUARE|landmark}} AND NOW WANTS TO CHARGE KIDS TO HIT A BALL. DISGRACE.\n"
      "[[p:TERRY WAGSTAFF]], [[st:ABBOTSFIELD ROAD]]"),
    # 019 blank
    R("resident", ""),
    # 020 exact: commas removed, double spaces
    R("resident", plain_only(TPL, no_commas_double_spaces), C, "exact"),
]
