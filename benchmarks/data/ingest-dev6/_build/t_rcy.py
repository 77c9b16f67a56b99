"""recycling-centre: closing Pennock Lane Household Recycling Centre on Sundays (fictional West Hembury
District Council, Devon / Somerset border)."""
import re
from common import R, each, sents

PREFIX, CONSULTATION = "RCY", "recycling-centre"
C = "rcy-keep-the-tip-open-sundays"

TPL = ("I object to the proposal to close {{Pennock Lane Household Recycling Centre|inv}} on {{Sundays|date}}. "
       "For most working people {{Sunday|date}} is the only day we can take a car load of garden waste, cardboard or an old "
       "mattress to the tip. Closing it will not make that rubbish disappear. It will end up dumped in field gateways "
       "and lay-bys, and the council will pay more to clear fly-tipping than it saves on staff. Farmers already spend "
       "thousands each year clearing other people's waste from their land. The saving of {{£58,000|num}} is small "
       "against the cost to the countryside. Please keep the centre open seven days a week, or close it on a quiet "
       "weekday instead. Do not punish the people who recycle properly.")
S = sents(TPL)

ITEMS = [
    # 001
    R("resident", TPL, C, "template"),
    # 002
    R("farmer", "We farm at [[hn:Higher Bowden Farm]] above {{Combe Wyvern|inv}} and last February somebody tipped a whole "
      "fitted kitchen in our top gateway. My son [[p:Jory]] spent a day with the telehandler shifting it and the "
      "council told us it was our problem because it was on private land. Shut the tip on a {{Sunday|date}} and we will "
      "get one of those every month. Have a think about who actually pays."),
    # 003
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004
    R("tradesperson", "{{Dzień dobry|lang}}. I am [[p:Bartek Wiśniewski]], I work six days on building sites for "
      "{{Kingfisher Groundworks|org}} and only {{Sunday|date}} I am free to take my own rubbish from home. My van is "
      "[[vr:WU68 KXT]] and I have the household van permit, number [[acc:VP-20417]], so it is legal. If you close on "
      "{{Sunday|date}} I must take a day off work. This is not fair for people who work. {{Dziękuję|lang}}."),
    # 005
    R("pensioner", "I am 84, born [[dob:9.2.41]]. My grandson [[p:Callum]] takes me to the tip after {{Ebenezer Chapel|church}} on a Sunday "
      "morning because it is the only time he is not working at {{Morrisons|orgp}}. I cannot lift the bags myself any "
      "more since my hip, and it is a steep drive up from our bungalow on [[st:Tinkers Lane]]. Please think of us older ones who have no car of our own."),
    # 006
    R("young person", "tbh who even goes to the tip lol. my dad drags me there every sunday w the hedge cuttings and "
      "its always rammed so how is closing it gonna help. just open later on a saturday or smth idk"),
    # 007
    R("resident", ""),
    # 008
    R("resident", " ".join(S[:4]) + " My husband [[p:Derek Vosper]] has {{Parkinson's|med}} and I cannot leave him "
      "on a weekday, so I can only get to the tip when our daughter [[p:Tamsin]] is home on a {{Sunday|date}} to sit with "
      "him. We live at the end of [[st:Orchard Way]] in {{Stokeleigh|inv}} and there is no one else to ask. "
      + " ".join(S[5:]), C, "edited"),
    # 009
    R("resident", "{{Bună ziua|lang}}. I live in [[fl:Flat 6, Tanner's Court]] on [[st:Fore Street]] with my wife and "
      "two children, no garden, no car. A friend drives us with the cardboard on {{Sunday|date}} because he works in "
      "{{Taunton|place}} in the week. Please do not close. My name is [[p:Ionuț Popescu]], national insurance [[ni:QQ 48 20 19 A]], I pay my council tax. {{Mulțumesc|lang}}."),
    # 010
    R("organisation", "Response on behalf of {{Hembury Cross Chamber of Trade|inv}}. Our members include a dozen "
      "small builders and garden firms who rely on the trade permit at {{Pennock Lane|route}}. We would ask "
      "{{the Head of Waste and Street Scene|role}} to publish the visitor figures by day before any decision. Our "
      "own survey of 41 members found that {{62%|num}} visit at the weekend. A {{Wednesday|date}} closure would be far "
      "less damaging. We would welcome a meeting with {{the Cabinet Member for Environment|role}}."),
    # 011
    R("resident", each(TPL, str.upper), C, "exact"),
    # 012
    R("resident", "n/a"),
    # 013
    R("resident", "I actually think closing on a {{Sunday|date}} is sensible if it keeps the centre open at all. People "
      "say it will end up dumped in field gateways and lay-bys but the fly-tippers I have seen are rogue traders in "
      "white vans, not families with a car boot of grass. They would never have paid to use the tip anyway."),
    # 014
    R("business", "I run {{Hosegood Garden Services|orgp}} from home with my brother. We are out Monday to Saturday and "
      "do our own tip run Sunday. Please consider a trade slot on {{Saturday|date}} afternoons instead. "
      "[[p:Kev Hosegood]]"),
    # 015
    R("resident", "Round here they already dump mattresses in the car park behind {{The Red Lion|pub}} and in the "
      "lay-by on the {{A358|road}}. Closing the tip is a false economy."),
    # 016
    R("resident", "{{As-salamu alaykum|lang}}. I am [[p:Yousef Al-Khatib]], I drive for {{Uber|org}} in {{Exeter|place}} "
      "all week and the {{Sunday|date}} is when I clean the garden with my sons [[p:Omar]] and [[p:Karim]]. We put "
      "everything in my car and go to {{Pennock Lane|route}}. Please keep it. {{Shukran|lang}}."),
    # 017
    R("resident", "I live on [[st:Pennock Rise]], which backs onto the site, and I support the closure. {{Sunday|date}} "
      "queues go right back past our drive to the {{Hembury Cross|inv}} turning and people leave their engines running. "
      "One day of peace a week is not much to ask."),
    # 018
    R("resident", "CLOSE IT ON A SUNDAY AND SEE WHAT HAPPENS. THE LANE BEHIND MY HOUSE ON [[st:WHITEBALL HILL]] IS "
      "ALREADY A DUMP. I HAVE REPORTED IT 9 TIMES. NOBODY COMES. [[p:GORDON TRIGGS]]"),
    # 019
    R("resident", "{{Namaste|lang}}. After {{Diwali|event}} we have so much cardboard from gifts and sweets boxes, and "
      "my husband [[p:Raghav]] works at {{Musgrove Park Hospital|hosp}} on shifts, so the weekend is the only time. "
      "We have no garden at [[fl:Apartment 22, Kingsmead House]] so it all goes in the car. Recycling is our duty, please do not make it harder. [[p:Priya Raghunathan]]"),
    # 020
    R("resident", " ".join(S[:3]) + " I would add that the booking system brought in during {{Covid|med}} was a "
      "nightmare and I do not want to go back to that. If the council wants to save money, start with the consultants "
      "who wrote this proposal.", C, "edited"),
    # 021
    R("resident", "Keep it open. Even {{Postman Pat|char}} would have the sense to open it on a Sunday."),
    # 022
    R("widow", "I have lived at [[hn:Lower Sprydon]] for fifty-one years and my late husband [[p:Reg]] would have had "
      "something to say about this. He used to go to the tip every {{Sunday|date}} after his dinner, regular as "
      "clockwork, with the old trailer, and he knew the lads who worked there by name. When {{Storm Bert|storm}} brought "
      "the big ash tree down across our lane it was the tip that took most of the brash, a trailer load at a time over "
      "three weekends. Now it is just me and the dog, {{Nelson|pet}}, and my neighbour [[p:Alan Chudleigh]] who takes "
      "my bits when he goes. [[p:Alan]] cannot go in the week because he still does the milking for [[p:Pauline Heard]] at "
      "the top farm. I do not understand why the council thinks everybody is free on a {{Tuesday|date}}. The young "
      "ones work all week, the farmers work all week, and the old ones like me rely on the young ones. I read in the "
      "paper that it would save {{£58,000|num}}. I daresay that is a lot of money but it is not a lot compared with "
      "what they spent on the new offices in {{Hembury Cross|inv}}. I also read that they might put a charge on "
      "rubble, which will only mean more of it in the hedges. My father used to say you can always tell a "
      "council that has never picked up somebody else's rubbish. I would ask the councillors to come out "
      "to the lanes round {{Ashcott Priors|inv}} on a {{Monday|date}} morning and see what is there. Then decide. "
      "I am sorry this is long but I do feel strongly and I have nobody else to tell it to now. Yours, "
      "[[p:Margery Lethbridge]]"),
    # 023
    R("business", "I'm {{Romany|ethnic}}, my family have been in scrap and house clearance round here for four "
      "generations. I hold a waste carrier licence, [[acc:CBDU448120]], and I pay to use the trade side like I should. "
      "If the household side shuts {{Sundays|date}} more people will hand their rubbish to cowboys off {{Facebook|org}} "
      "and it ends up in a ditch. Then it's us that gets blamed. [[p:Levi Buckland]]"),
    # 024
    R("student", "Home from {{Cardiff University|org}} for the summer and helping mum clear my nan's house on "
      "[[st:Linhay Close]] after she died. We can only do it on {{Sundays|date}} because mum works. Please don't do "
      "this to people who are already having a hard time. [[sh:@mollyrose.h]] on tiktok"),
    # 025
    R("resident", "{{Salaan|lang}}. My name is [[p:Faadumo Xasan]]. I live in [[fl:flat 14b, Ridgeway House]] and I "
      "do cleaning jobs all week. Sunday my cousin [[p:Abdirahman]] drives me with the bags. If closed, where do I "
      "go? Please keep open. {{Mahadsanid|lang}}."),
    # 026
    R("resident", ""),
    # 027
    R("care worker", "I am a live-in carer at [[hn:Combe Lodge]] for an elderly gentleman and my only day off is "
      "{{Sunday|date}}. Sometimes I take his garden waste for him in my car. I hope you keep it open. "
      "{{Salamat po|lang}}. [[p:Marites Dela Cruz]]"),
    # 028
    R("councillor", "As ward member for {{Ashcott Priors|inv}} I have had more emails about this than anything else "
      "this year. I would ask officers to look at a {{Thursday|date}} closure instead. Cllr [[p:Janet Pook]], "
      "[[em:janet.pook@example.org]]"),
    # 029
    R("resident", "I have read the report to {{Cabinet|role}} and it is honest about one thing: the site costs "
      "{{£412,000|num}} a year to run and {{Sunday|date}} is the second busiest day. So why pick it? If you must close "
      "a day, pick the quietest one. Also, please do not close the reuse shop - I furnished half my first flat from "
      "there. The volunteers from {{Hembury Cross Rotary|inv}} do a great job and deserve better than rumours."),
    # 030
    R("parish council", "{{Combe Wyvern Parish Council|inv}} discussed the proposal at its {{March|date}} meeting. "
      "Councillors noted eleven fly-tips on parish verges since {{Christmas|event}}, mostly near the "
      "{{B3227|road}}. The council agreed to oppose the {{Sunday|date}} closure and asks the district council to fund "
      "a second set of cameras. It also notes that {{Duchy College|org}} students have offered to survey the lanes. "
      "Please keep the centre open seven days a week, or at least until the cameras are in."),
]
