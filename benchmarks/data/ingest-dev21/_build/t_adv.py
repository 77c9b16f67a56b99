"""advice-services: Ballinvally and Carnmore Borough Council (fictional, Northern Ireland) proposes ending its
£212,000 Community Advice Grant to the three independent advice centres in Ballinvally, Carnmore and Tullyhorn
from April, and offering a regional phone and web triage service with two days a week at a desk in the council
offices instead."""
from common import R, each, sents

PREFIX, CONSULTATION = "ADV", "advice-services"
C = "adv-keep-advice-local"

TPL = (
    "I am writing to ask {{Ballinvally and Carnmore Borough Council|inv}} to keep the "
    "{{Community Advice Grant|own}} and the advice centres in {{Ballinvally|inv}}, {{Carnmore|inv}} and "
    "{{Tullyhorn|inv}}. "
    "Face-to-face advice is a lifeline for people who are sick, in debt or challenging a benefit decision. "
    "A phone line and a website are no use to someone who cannot read a brown envelope, has no credit on their "
    "phone, or needs a form filled in with them across a table. "
    "Every year the centres help people claim far more than the £212,000 the grant costs, money that is "
    "spent in local shops. "
    "Cutting it will only push people towards food banks, GP surgeries and the council's own front desk. "
    "Please keep advice local, keep the grant and keep the doors open."
)
S = sents(TPL)


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 mid-Ulster pensioner: son, adviser, house name
    R("pensioner", "I'm eighty-one and I wouldn't know a website if it bit me. The {{PIP|law}} form for our "
      "[[p:Davy]] was forty pages. [[p:Geraldine]] at the {{Carnmore|inv}} centre sat with us two whole mornings "
      "and he got it, so he did. Nobody on a phone line would have done that.\n[[p:Kathleen McIlwaine]], "
      "[[hn:Rosebank]]"),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Kenyan nurse, ESL: husband, housing application reference, phone
    R("nurse", "I came from {{Mombasa|place}} to nurse at the {{Causeway Hospital|hosp}}. When our landlord gave "
      "notice at {{Christmas|event}} I did not understand the {{Housing Executive|org}} points. The lady at "
      "{{Ballinvally Advice Centre|own}} explained everything (application [[acc:NIHE-2024-118274]]) and now we "
      "have a tenancy. My husband [[p:Baraka]] cannot believe it. {{Asante sana|lang}}.\n[[p:Wanjiru Kamau]] "
      "[[ph:07700900552]]"),
    # 005 blank
    R("resident", ""),
    # 006 edited: personal paragraph (debt, adviser, rent account, phone)
    R("resident", " ".join(S[:3]) + "\n\nTwo years ago I owed over six thousand pounds on catalogues and a doorstep "
      "loan and I had stopped opening the post. [[p:Ciarán]] at the {{Ballinvally|inv}} centre rang "
      "{{StepChange|org}} with me sitting there, and sorted the arrears on my Housing Executive rent account, "
      "[[acc:HE/4471/30218]], before they went to court. I would not be in my house today without him.\n\n"
      + " ".join(S[3:]) + "\n[[p:Noreen Gribben]]\n[[ph:028 9649 6614]]", C, "edited"),
    # 007 Ulster Scots farmer: house name, postcode
    R("farmer", "A'm a wee fermer oot the {{Tullyhorn road|route}} an A'm no guid wi forms. When the "
      "{{Department of Agriculture|org}} stappit ma payment ower a map, the advice centre fella got it sortit in "
      "three weeks. Nane o thon can be din ower the phone. Ma dug {{Rab|pet}} kens mair aboot computers nor me. {{Thenk ye|dialect}}.\n[[p:Sammy Irvine]], "
      "[[hn:Carnbeg Farm]], [[pc:BT44 7RW]]"),
    # 008 one word
    R("resident", "Disagree."),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 food bank, formal numbered; near-miss
    R("organisation", "{{Carnmore Foodbank|inv}}: response to the consultation\n"
      "1. Last year we gave out {{1,140|num}} food parcels. {{38%|num}} of referrals came from the advice centres.\n"
      "2. Cutting the grant will only push people towards food banks. We are one, and we cannot do benefit checks "
      "or represent anyone at a tribunal.\n"
      "3. The council has not carried out an equality screening under "
      "{{Section 75 of the Northern Ireland Act 1998|law}}. It should.\n"
      "4. We would ask {{the Mayor|office}} to visit us on a {{Friday|date}} afternoon.\n{{Coordinator|role}}"),
    # 011 teenage carer, lower case: adviser, school, handle
    R("young carer", "me and my da went to the {{carnmore|inv}} one when his {{carers allowance|law}} got stopped. "
      "[[p:shannon]] the advice woman phoned them there and then. i look after my ma shes got {{MS|med}} and i "
      "do my homework at [[sch:st colmans high]] cos we've no broadband out at [[st:glebe park]]. [[sh:@youngcarers_bvc]]"),
    # 012 edited: reworded opening and closing
    R("resident", "I've volunteered at the {{Tullyhorn|inv}} outreach in the {{Orange hall|landmark}} for nine "
      "years and I'm putting my own name to this. " + " ".join(S[1:-1]) + " I've seen it every "
      "{{Tuesday|date}} morning for nine years and I'll say it to anyone.\n[[p:Wilma Craig]]", C, "edited"),
    # 013 Congolese refugee, ESL: daughter, NI number, date of birth
    R("refugee", "I am from {{Kinshasa|place}}. I get refugee status last year and then the "
      "{{Universal Credit|law}} and the house, all in four weeks. The adviser helped with the advance and a "
      "{{Discretionary Support|law}} grant for a cooker. On the letters my birthday was 1909, not 1990; she fixed "
      "it to [[dob:12/08/1990]]. National Insurance [[ni:QQ803371B]]. My daughter [[p:Grâce]] is at school now. "
      "{{Merci beaucoup|lang}}.\n[[p:Jean-Pierre Mukendi]]"),
    # 014 GP practice manager
    R("health worker", "Our GPs are already writing letters for benefit appeals in time that should be spent on "
      "patients. When the {{Carnmore|inv}} centre had a gap in staffing last winter, our reception took three times "
      "the usual number of calls about {{PIP|law}} and {{Universal Credit|law}}. Please do not move this work onto "
      "GP surgeries.\n{{Practice Manager|role}}, {{Tullyhorn Health Centre|inv}}"),
    # 015 long ramble: wife of a stroke survivor (husband, date of birth, NI and hospital numbers, car, street)
    R("carer", "I don't normally do this sort of thing but my daughter said I should, so here goes. My husband "
      "[[p:Raymond]] had a stroke three years ago this {{March|date}}, at fifty-eight, out in the yard. He was in "
      "the {{Royal Victoria Hospital|hosp}} for five weeks and then {{Antrim Area Hospital|hosp}}, and when he came "
      "home he couldn't use his right side or find half his words. I gave up my job in the school canteen to look "
      "after him.\n\n"
      "Nobody told us about anything. Not {{PIP|law}}, not {{Carer's Allowance|law}}, not the rates. We were living "
      "on his sick pay and then nothing. It was the girl at the {{Ballinvally|inv}} centre, [[p:Orla Devine]], who sat us "
      "down and went through it all. She filled in his PIP form with me over two appointments because he couldn't "
      "hold the pen. They turned him down. She took it to mandatory reconsideration and then to the tribunal and "
      "she came with us and spoke for him, and we won. Eleven months that took.\n\n"
      "I kept every letter. For the record his date of birth is [[dob:23/11/1966]], his National Insurance number "
      "is [[ni:QQ 64 05 92 D]], his hospital number at {{the Royal|hosp}} is [[hosp:RVH 0482217]], and the Motability car "
      "he has now because of that tribunal is [[vr:LKZ 4471]]. I'm giving you those so you know this is real and "
      "not made up by a campaign.\n\n"
      "You could not do any of that on a phone line. I tried the regional line once when [[p:Orla]] was off and I was "
      "forty minutes on hold and then it cut out. I had no credit left.\n\n"
      "We live on [[st:Moyle View]], out past the chapel, and the bus into Ballinvally is twice a day. If the "
      "centre goes to a desk in the council offices two days a week, that is a whole day out for us and a taxi "
      "home. Please don't do it. Keep the centres. They kept us.\n\n[[p:Bernadette Quinn]]"),
    # 016 edited: part of the template plus own text
    R("resident", " ".join(S[2:5]) + " I had a brown envelope from the {{Social Security Agency|org}} sitting on "
      "the mantelpiece for a month because I was afraid of it. The woman at the centre opened it with me. That is "
      "the whole service, right there.", C, "edited"),
    # 017 Estonian mushroom-farm worker, ESL: a caravan home
    R("farm worker", "I am from {{Tartu|place}}, {{Estonia|place}}, and I work on the mushroom farm near "
      "{{Carnmore|inv}}. I live in [[fl:caravan 3, Drumgooland Farm]]. When {{HMRC|org}} said I owe tax, the advice "
      "centre found it was a mistake and wrote the letter. On the phone I would understand half. {{Aitäh|lang}}."),
    # 018 councillor's own response, email
    R("councillor", "As an elected member for {{Carnmore|inv}} I will vote to keep the grant in {{February|date}}. "
      "The saving is real, but so is the cost we push onto {{the Housing Executive|org}} and the health trust. "
      "{{The Chief Executive|role}} should publish the figures.\nCllr [[p:Declan O'Hagan]]\n"
      "[[em:declan.ohagan@example.org]]"),
    # 019 Irish-language greeting and closing
    R("resident", "{{A chara|lang}}, keep the centres. They are the only place in this borough that answers the "
      "door. {{Go raibh míle maith agat|lang}}.\n[[p:Caoimhe Ní Mhaoláin]]"),
    # 020 n/a
    R("resident", "n/a"),
]
