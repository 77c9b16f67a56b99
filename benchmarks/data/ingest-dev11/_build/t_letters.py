"""Six letters: 2 .txt, 2 .docx, 2 .eml. The EHC campaign is pasted into letter-01 (exact) and letter-02 (edited)."""
from common import Letter
import t_ehc

S = t_ehc.S

LETTERS = [
    Letter("letter-01", "txt", "ehc-assessment", "parent", [
        "[[p:Marcus Ferreira-Holt]]\n[[hn:Fernlea]]\n[[st:Quarry Bank Road]]\n{{Kirkhaven|inv}}\n[[pc:KH6 3PL]]",
        "{{14 October 2025|date}}",
        "{{SEND Consultation|cons}}, {{Kirkhaven City Council|inv}}, FREEPOST",
        "Dear Sir or Madam,",
        t_ehc.TPL,
        "Yours faithfully,",
        "[[p:Marcus Ferreira-Holt]]",
    ], camp=t_ehc.CAMP, role="exact"),
    Letter("letter-02", "eml", "ehc-assessment", "parent", [
        "Dear SEND Team,",
        " ".join(S[:5]),
        "Our daughter [[p:Precious Adeyemi]] (d.o.b. [[dob:17.01.2015]]) has {{sickle cell disease|med}} and "
        "{{dyslexia|med}} and has missed a third of Year 5 through hospital stays. Her EHC request, ref "
        "[[acc:KH/EHC/25/00731]], was made by us in March because her school would not make it. Her NHS number is "
        "[[nhs:999 787 7896]] and her hospital number at {{Sheffield Children's Hospital|hosp}} is [[hosp:S519930]]. "
        "We are now at week 29.",
        S[-1],
        "Regards,\n[[p:Folake Adeyemi]]\n[[ph:0114 496 0275]]\n[[em:folake.adeyemi@example.com]]",
    ], camp=t_ehc.CAMP, role="edited", headers={
        "From": "Folake Adeyemi <folake.adeyemi@example.com>", "To": "send.consultation@example.org",
        "Subject": "EHC assessment consultation response", "Date": "Mon, 13 Oct 2025 21:47:10 +0100"}),
    Letter("letter-03", "docx", "send-transport", "grandparent", [
        "[[fl:Flat 3, Sycamore Court]]\n[[st:Wellgate]]\n{{Hartwell|inv}}\n[[pc:EW9  2DF]]",
        "Dear {{Head of SEN Transport|role}},",
        "I am the special guardian of my grandson, [[p:Reuben Osei-Lambert]] (born [[dob:30/11/2014]]), who attends "
        "[[sch:Brackley Moor School]]. His transport application reference is [[acc:SENT/24/3390]].",
        "For three years the same driver, Mr [[p:Delroy Campbell]], and escort, [[p:Wendy]], have collected him in "
        "the same silver people carrier, [[vr:EU67 LMK]]. [[p:Reuben]] has {{Williams syndrome|med}} and a heart "
        "condition, and he is friendly with everyone, which is exactly why he needs an adult he knows beside him.",
        "I am 71 and I do not drive. My daughter, his mother, posts updates on his progress for the family on "
        "Instagram as [[sh:@reubens_journey]], and you will see there how far he has come. A mileage allowance is of "
        "no use to us. I ask that he keeps his place on the taxi.",
        "Yours sincerely,",
        "[[p:Constance Osei]]",
    ]),
    Letter("letter-04", "docx", "post16-colleges", "parent", [
        "[[hn:The Old Forge]], [[st:Church Lane]], {{Little Marrowby|inv}}, [[pc:mr12 7jx]]",
        "To the {{Post-16 SEND Commissioning Manager|role}}",
        "Re: my son [[p:Elliot Vanterpool]], date of birth [[dob:9th August 2005]]",
        "[[p:Elliot]] is in his second year at [[sch:Foxhollow Specialist College]]. He has "
        "{{tuberous sclerosis|med}}, {{autism|med}} and a learning disability. His NI number is "
        "[[ni:QQ 35 18 92 D]], his NHS number [[nhs:999 701 7463]] and his hospital number at "
        "{{Queen's Medical Centre|hosp}} is [[hosp:QMC 2208815]].",
        "We were told at his annual review that he would be 'considered for a return to county'. Nobody has said "
        "what that means. [[p:Elliot]] has had no seizures since starting at [[sch:Foxhollow]]. Before that he had "
        "several a week. I am not prepared to risk that for a saving on a spreadsheet.",
        "I would be grateful for a written reply.",
        "[[p:Annette Vanterpool]]",
    ]),
    Letter("letter-05", "txt", "short-breaks", "foster carer", [
        "[[hn:Windrush]], [[st:Salter's Lane]], [[pc:WY3 8QA]]",
        "To whom it may concern,",
        "We are long-term foster carers for two disabled children and one of them, [[p:Marley]], who is 13 and has "
        "{{Down's syndrome|med}} and {{autism|med}}, has stayed at {{Willowbank House|cons}} one weekend a month for "
        "five years. His {{Short Breaks Card|cons}} number is [[acc:WSB-004418]], although we have never been able to "
        "use it because nothing on the list takes children who need two-to-one support.",
        "We drive a wheelchair accessible van ([[vr:WU18 PZX]]) and we would gladly take him to a hub, but there is no "
        "hub yet. The new offer asks us to give up something real in exchange for something on paper.",
        "[[p:Glenda]] & [[p:Howard Pilling]]",
    ]),
    Letter("letter-06", "eml", "resourced-provision", "parent", [
        "Hello,",
        "I would like to respond to the consultation on the resourced provisions. My son [[p:Alfie-Ray Doherty]] is "
        "in Year 2 in the speech and language unit at [[sch:St Oswin's C of E Primary]]. When he started he had "
        "about ten words. Now he tells jokes, mostly about {{Sonic|char}}.",
        "The unit teacher told us that the plan is to 'fold' the unit into the school's ordinary classes with a "
        "visiting therapist. A visiting therapist is not the same as a teacher who knows {{Makaton|therapy}} and a "
        "class of eight.",
        "I write a small blog for other parents and post as [[sh:@unit_mum_sallowfield]] if anyone from the council "
        "would like to see what the unit has done for him.",
        "[[p:Siobhan Doherty]]\n[[em:siobhan.doherty at example dot net]]",
    ], headers={
        "From": "Siobhan Doherty <siobhan.doherty@example.net>", "To": "consultations@example.org",
        "Subject": "Resourced provision consultation", "Date": "Wed, 8 Oct 2025 07:12:55 +0100"}),
]
