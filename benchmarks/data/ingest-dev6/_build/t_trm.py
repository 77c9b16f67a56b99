"""term-dates: a change to school term dates from 2026: a two-week October half-term and a five-week summer
(fictional Northmoor County Council, north of England)."""
import re
from common import R, each, sents

PREFIX, CONSULTATION = "TRM", "term-dates"
C = "trm-protect-the-summer"

TPL = ("I oppose the plan to cut the summer holiday to five weeks and add a two-week {{October|date}} half-term. "
       "Children need a long summer break to rest, play outside and see family, and many working parents have "
       "already booked leave around the usual dates. {{October|date}} is wet and dark, so an extra week then is no use "
       "for days out, while holiday prices will simply rise for a new peak week. Families with children in schools "
       "across the county border, where dates will not change, will have children off at different times. Childcare "
       "providers and holiday clubs have not been asked. The evidence that a longer autumn break improves attendance "
       "or teacher wellbeing is weak. Please keep the current pattern and consult properly with parents and staff "
       "before changing anything.")
S = sents(TPL)

ITEMS = [
    # 001
    R("parent", TPL, C, "template"),
    # 002
    R("teacher", "As a teacher I welcome it. By the {{October|date}} half-term staff and children are on their knees. "
      "Two weeks would let us actually recover. Five weeks in summer is plenty; the last week of July is lost anyway."),
    # 003
    R("showman", "We are a showmen's family, members of {{the Showmen's Guild|org}}. We travel with the rides from "
      "Easter to November and the children do distance learning in season. {{Nottingham Goose Fair|event}} and "
      "{{Hull Fair|event}} are both in {{October|date}}, our busiest weeks. A two-week break then would let our kids "
      "come with us without missing school. The lorry is [[vr:YX66 FRH]] if the attendance officer wants to check. We winter at [[fl:plot 4, Fairground Yard]] on [[st:Whinmoor Lane]]. "
      "[[p:Shane Holland]] and [[p:Tina Holland]]"),
    # 004
    R("parent", each(TPL, lambda x: re.sub(r"[,.]", "", x).replace(" and ", "  and ")), C, "exact"),
    # 005
    R("parent", ""),
    # 006
    R("young person", "two weeks off in october?? yes pls. summer is boring after 4 weeks anyway lol. "
      "[[p:jaden]] yr 9"),
    # 007
    R("Gypsy parent", "We are {{Romany Gypsies|ethnic}}. In June we go to {{Appleby Horse Fair|event}} and the "
      "children miss a week every year and we get letters about fines. If you are changing dates, move a week of "
      "holiday to June. My daughter [[p:Shyanne]] is at [[sch:Kirkby Moor Primary]] and the head there is good "
      "about it but the council is not. [[p:Lavinia Lee]]"),
    # 008
    R("parent", "Move Easter to the same weekend every year and leave the rest alone."),
    # 009
    R("parent", " ".join(S[:2]) + " My son [[p:Ethan Brierley]], who is in Year 4 at [[sch:Hollin Bank Primary]], has "
      "{{autism|med}} and finds any change to routine very hard. The long summer is the only time he truly settles. "
      "His dad has him in the summer in {{Carlisle|placename}}, where the dates are different. "
      + " ".join(S[3:]), C, "edited"),
    # 010
    R("organisation", "{{Northmoor Early Years Alliance|inv}} represents 140 childminders and nurseries. Our members "
      "would need to restaff for a two-week {{October|date}} break. We ask {{the Director of Children's Services|role}} "
      "to meet us. {{Ofsted|org}} ratios do not flex because the council changes a calendar."),
    # 011
    R("parent", "{{Eid al-Adha|event}} moves every year. Please give schools two flexible days so Muslim children are "
      "not marked absent. My children [[p:Aaliyah]] and [[p:Yusuf]] had to choose between Eid and a maths test last "
      "year. [[p:Samira Haddad]]"),
    # 012
    R("farmer", "Harvest is August. Always has been. When I was a lad we had the summer off to help my dad with the "
      "bales. Five weeks with the first week of August back at school is no good to a farming family at "
      "[[hn:Low Gill Farm]]. [[p:Ted Marwood]]"),
    # 013
    R("parent", "I support it. The evidence that a longer autumn break improves attendance might be weak, but so is "
      "the evidence for the current pattern. Wales changed, and nobody there wants to go back."),
    # 014
    R("parent", "Support. My daughter read {{Paddington|char}} in {{October|date}} half-term last year - two weeks would mean two books."),
    # 015
    R("parent", "{{Namaste|lang}}. We visit family in {{Gujarat|place}} and flights in summer are very expensive. "
      "Two weeks in {{October|date}} near {{Diwali|event}} would be wonderful for Hindu families. [[p:Hetal Patel]]"),
    # 016
    R("parent", "I'm a single mum in [[fl:flat 3]] above the launderette on [[st:Ravensworth Road]], working at {{Asda|org}}. My Tax-Free Childcare ref is [[acc:TFC 8842 1170 33]] and it barely covers a week. I can't get 6 weeks off in "
      "summer let alone another week in {{October|date}}. Who looks after my kids? [[p:Kerry-Ann]]"),
    # 017
    R("parent", each(TPL, str.upper), C, "exact"),
    # 018
    R("teacher", "Speaking as a union rep for {{the NEU|org}}, members are split roughly 60/40 in favour. I'll send a "
      "formal response."),
    # 019
    R("parent", "{{Salaan|lang}}. My name is [[p:Sahra Warsame]]. My two boys [[p:Liban]] and [[p:Abdi]] go to "
      "[[sch:Thornleigh Academy]]. Please keep long summer, we go to visit grandmother in {{Hargeisa|place}}, it is "
      "far and costly. My NI number for the form is [[ni:QQ 88 01 62 B]]. {{Mahadsanid|lang}}."),
    # 020
    R("grandparent", "We do a lot of the childcare for our grandchildren [[p:Poppy]] and [[p:Arlo]] and we're not as "
      "young as we were, rattling round [[hn:Rowan Garth]] on our own. Five weeks in summer suits us better, to be honest."),
    # 021
    R("parent", "Can you at least tell us before we book? We've paid {{£2,340|num}} for a caravan at "
      "{{Haven Primrose Valley|org}} for the last week of August 2026."),
    # 022
    R("parent", " ".join(S[2:6]) + " We live right on the boundary at [[hn:Fellside]], {{Kirkby Moor|inv}}, and our "
      "eldest goes to school over the border in {{North Yorkshire|place}}. Two children, two calendars, one car. "
      "Think it through.", C, "edited"),
    # 023
    R("parent", "As a {{Traveller|ethnic}} family we are often away in summer but we always come back for September. "
      "Shorter summer means more fines for us. We're on [[fl:pitch 11, Moorside site]] and my son [[p:Johnjo]] is in Year 8. [[p:Mary Ward]]"),
    # 024
    R("teacher", "Two weeks in October gives us time to mark mocks. I'd also add a {{St George's Day|saint}} "
      "inset day while we're at it - only joking. Mr [[p:Pickersgill]]"),
    # 025
    R("parent", "no"),
    # 026
    R("student", "As a sixth former I'd say the exam timetable matters more. Please don't put a two-week break right "
      "before mocks. [[p:Amara Okonkwo-Reid]], Year 13, [[sch:St Wilfrid's Catholic College]]"),
    # 027
    R("parent", "my kids both have {{ADHD|med}} and the long summer is hell. shorter summer, longer breaks in the "
      "year - yes please. contact [[em:gemma dot hurst at example dot com]] if u want to hear from parents like us"),
    # 028
    R("parent", "My wife [[p:Aneta]] works in a care home and I drive for {{Eddie Stobart|orgp}}. Our holidays are "
      "set by rota. Whatever the dates, publish them two years ahead. I am not moving my car [[vr:yk18ndf]] twice a day for a school run at different times either. [[p:Paweł Nowicki]], [[st:Larch Drive]]"),
    # 029
    R("head teacher", "I write as {{headteacher|role}} of a primary school in the east of the county. Staff absence "
      "peaks in {{November|date}} and {{December|date}}, and a longer autumn break may help. However, childcare "
      "providers and holiday clubs have not been asked, and that worries me more than any other part of the plan. "
      "The county should also publish how it will align dates with {{Northmoor|inv}}'s neighbouring authorities."),
    # 030
    R("parent", "Our family runs a holiday park near {{Robin Hood's Bay|placename}}. Shifting a week of the summer to "
      "{{October|date}} would actually help us, as we stay open for the {{Whitby Goth Weekend|event}}. But my "
      "children hate the idea. I think the council should survey pupils too. {{Year 10|num}} and {{Year 11|num}} "
      "have their own views about exams and nobody asks them."),
]
