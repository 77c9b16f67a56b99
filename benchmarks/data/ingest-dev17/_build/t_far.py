"""funfairs: Pontyrhos County Borough Council (fictional, south Wales valleys north of Cardiff) consults on a new
policy for funfairs and circuses on council land: fair weeks cut from four to two, the weekly pitch fee raised
from £1,200 to £3,500, the historic fair field Maes y Ffair turned into a park-and-ride, fairs moved to
Cwm Bedw Industrial Estate, and no circus acts with any animals."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "FAR", "funfairs"
C = "far-save-our-fair"

TPL = (
    "We are showpeople, residents and traders who want the fair to stay in {{Pontyrhos|inv}}. "
    "There has been a fair on {{Maes y Ffair|own}} for more than two hundred years, and families from all over the "
    "borough look forward to it. "
    "The proposed fees would almost treble the cost of a week's pitch, and cutting the fair to two weeks a year "
    "will make it impossible for the smaller family rides to come. "
    "The new site at {{Cwm Bedw Industrial Estate|own}} has no footfall, no lighting and no bus route. "
    "Save our fair. "
    "We ask {{Pontyrhos County Borough Council|inv}} to keep {{Maes y Ffair|own}} as the fairground, to hold fees "
    "at this year's level, to keep four fair weeks, and to meet {{the Showmen's Guild|org}} before the cabinet "
    "decides. "
    "The fair is part of our heritage and it belongs in the town."
)
S = sents(TPL)


def double_spaces(s):
    return s.replace(". ", ".  ").replace(", ", " , ")


ITEMS = [
    # 001 template
    R("showperson", TPL, C, "template"),
    # 002 Cardiff-voiced resident by the park: home street, car registration
    R("resident", "{{Lush|dialect}} for the kids, but music till half eleven is not tidy. I'm on [[st:Heol Gelli]] by the park "
      "gates and last year my car, [[vr:cp18 wkn]], was blocked in three hours by a generator lorry. Council said "
      "ring the showmen, showmen said ring the council. Two weeks is plenty."),
    # 003 child, lower case
    R("young person", "the fair is the best week of the whole year!!! me and [[p:ffion]] go every night and go on "
      "the {{waltzer|brand}} till we feel sick. please dont make it only two weeks. from [[p:carys]] age 11"),
    # 004 showman elder, family name, signature
    R("showperson", "Fourth-generation showman. My great-grandfather brought his {{gallopers|brand}} to "
      "{{Ffair Rhos|event}} in 1904 and a [[p:Bevan]] has opened on that field every autumn since, bar the war and "
      "{{Covid|med}}. At {{£3,500|num}} a week a family with four rides cannot make it pay. The "
      "{{Showmen's Guild of Great Britain|org}} has written separately.\n[[p:Walter Bevan]]"),
    # 005 blank
    R("resident", ""),
    # 006 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 007 Romany horse dealer, wife, wagon
    R("Traveller", "We are {{Romanichal|lang}} and keep horses. Your rule says no animals at any fair on council "
      "land. So no pony sale on the last day, older than the council is? My wife [[p:Delaine]] sells pegs and "
      "flowers at it. Last year the wardens photographed our wagon, [[vr:CU63 HVN]], like we'd stolen it. "
      "{{Kushti bok|lang}}."),
    # 008 chamber of trade, pubs named after people, secretary
    R("business", "{{Pontyrhos Chamber of Trade|inv}} wants four fair weeks. Takings are up a third in fair week, "
      "for the {{Spar|org}} and the pubs most of all: {{the Prince of Wales|org}}, {{the Lord Nelson|org}}, "
      "{{the Colliers|org}}. The {{Cabinet Member for Economy|public}} should count the tills.\nContact: "
      "[[p:Nia Rowlands]], Secretary, [[em:nia.rowlands [at] example.org]]"),
    # 009 edited: personal paragraph, showman's yard, son, pitch licence, phone
    R("showperson", " ".join(S[:4]) + "\n\nOur family winters at [[hn:Cae Glas Yard]] on the edge of town, "
      "where my son [[p:Jacko]] was born and where we service the rides all winter and pay business rates. Our "
      "pitch licence is [[acc:PCBC/FF/2291]] and we have never had a complaint upheld against it. If you want "
      "to come and see how a showman's yard works, ring [[ph:029 2018 0552]].\n\n" + " ".join(S[4:]),
      C, "edited"),
    # 010 Welsh speaker, bilingual: child, school
    R("parent", "Mae {{Ffair Rhos|event}} yn rhan o'n hanes ni. The fair is part of our history. Mae fy merch "
      "[[p:Gwenllïan]] ym Mlwyddyn 4 yn [[sch:Ysgol Gymraeg Cwm Rhos]]; her class does a project on the fair "
      "every year. Not an industrial estate, please. {{Diolch o galon|welsh}}."),
    # 011 animal welfare charity
    R("organisation", "The {{RSPCA|org}} supports the ban. The {{Wild Animals in Circuses (Wales) Act 2020|law}} "
      "covers wild animals only; {{Born Free|org}} and {{Animal Defenders International|org}} agree the council "
      "should include domestic animals in performance. The traditional horse sale is a different matter."),
    # 012 resident, formal, numbered home street, postcode, email
    R("resident", "I live opposite the park and support two weeks. Generators run all night and the field is "
      "churned up until spring. Please give us a named contact for complaints.\n[[p:Gareth Lewis-Price]]\n"
      "[[st:12 Ynys Close]], [[pc:cf37 5zy]]\n[[em:g.lewisprice@example.org]]"),
    # 013 exact, odd spacing
    R("showperson", plain_only(TPL, double_spaces), C, "exact"),
    # 014 Cardiff dad, characters and real fairgrounds
    R("parent", "We're up [[st:Heol y Nant]]. {{Barry Island|place}} and {{Coney Beach|landmark}} in "
      "{{Porthcawl|place}} cost a fortune in petrol; the fair on our doorstep don't. My missus [[p:Kelly]] says "
      "it's like {{Nessa|char}}'s arcade in {{Gavin & Stacey|char}}. Keep it on the field, butt."),
    # 015 Bengali restaurant owner
    R("business", "I am [[p:Shahana Begum]], my family has the {{Raj Mahal|org}} on {{Commercial Street|route}} 22 "
      "years. Fair week is busier than {{Christmas|date}}. If the fair go to the industrial estate, nobody walks "
      "past. Keep it on {{Maes y Ffair|own}}. {{Shukriya|lang}}."),
    # 016 family circus: ponies with people's names, phone
    R("showperson", "Our family circus has had no wild animals for twenty years: two {{Shetland|breed}} ponies, "
      "{{Dolly|pet}} and {{Bert|pet}}, and our collies. Under this policy we could not pitch anywhere in the "
      "borough.\n[[p:Roberta Santini]], {{Circus Santini|orgp}}, [[ph:07700 900 927]]"),
    # 017 teenager working on the rides: school, handle
    R("young person", "im 16, year 11 at [[sch:Pontyrhos High]], and i work the {{dodgems|brand}} every fair week, "
      "only job going for my age. two weeks is half the money. follow the fair on insta [[sh:@ffair.rhos.fam]] "
      "its mostly me posting lol"),
    # 018 police
    R("organisation", "{{South Wales Police|org}} has no objection to either site. Incidents at "
      "{{Maes y Ffair|own}} are few. The industrial estate is unlit and would need stewarding. "
      "{{The Inspector for Pontyrhos and Cwm Bedw|role}} will meet organisers."),
    # 019 edited: part of the template plus own text
    R("resident", " ".join(S[2:5]) + " I've lived here sixty years and the fair has never once been a problem "
      "for me. The park-and-ride is a nonsense, there's no train worth parking for.", C, "edited"),
    # 020 long ramble: widow remembering the fair
    R("pensioner", "I met my husband [[p:Dai]] on the {{Cakewalk|brand}} at {{Ffair Rhos|event}} in 1961. I was sixteen "
      "and he was a bit older and thought he was {{the Fonz|char}}. My mother said never mind the fair, you're not "
      "going courting with a boy from {{Merthyr|place}}, and we were married two years later in "
      "{{Capel Bethania|church}} and lived fifty years at [[hn:Bryn Hyfryd]]. Every year after that we took the children, and then the grandchildren, and "
      "the last year he was alive we went up on the {{Big Wheel|brand}} and he held my hand the whole way round "
      "like he did the first time, though by then it was because he was frightened of heights. I know the "
      "young families on {{Heol y Parc|route}} moan about the noise, and I remember when it went on till one in "
      "the morning, which was too late. But it is one week, maybe two, at the back end of the year, and it brings "
      "the whole valley out. You see people you haven't seen since school. The showmen's children came to our "
      "school every autumn and we thought they were very glamorous. Some of them still come back, grey now like "
      "me. If you put it out on that industrial estate by the tip, with no bus, the old ones will not get there "
      "and the young ones will go to {{Cardiff|place}} instead. Then one day it will not come at all and "
      "somebody will write a nice piece about it in the paper. Please leave it where it belongs. [[p:Dai]] would have "
      "said the same, only louder."),
    # 021 resident naming a councillor
    R("resident", "I was at the cabinet meeting when Cllr [[p:Rhodri Pugh]] said the fair was 'a relic'. He "
      "should be reminded that he is {{the Cabinet Member for Regeneration|public}}, and that the fair is the "
      "one thing in this town that regenerates itself every year for free."),
    # 022 Irish Traveller woman: plot, daughter, hospital number
    R("Traveller", "We're Irish Travellers with my brother's rides, and stop in the trailers on the top of the "
      "field for fair week; the rest of the year we're on [[fl:plot 11, Cwm Isaf site]]. My youngest, "
      "[[p:Bridget]], has {{Down's syndrome|med}} and a heart condition; her number at the "
      "{{Children's Hospital for Wales|hosp}} is [[hosp:UHW 2093381]]. The estate has no water. Have sense."),
    # 023 edited: reworded opening and closing
    R("showperson", "{{Rwy'n ysgrifennu fel aelod o deulu o sioewyr|welsh}}. I am writing as one of a family of showpeople "
      "who have wintered in this valley for three generations. " + " ".join(S[1:-1]) + " {{Diolch|welsh}} "
      "for listening.", C, "edited"),
    # 024
    R("resident", "Save our fair. Four weeks, not two."),
    # 025 Yemeni father, Eid
    R("parent", "I live in {{Cardiff|place}} but my wife's family is in {{Pontyrhos|inv}}. When the fair is near "
      "{{Eid|event}} we bring eleven cousins, and my son [[p:Yahya]] saves his pocket money all summer. Two weeks is "
      "fine if one is near Eid. {{Shukran|lang}}."),
]
