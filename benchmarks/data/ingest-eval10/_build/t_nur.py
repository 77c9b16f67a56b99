"""nursery-fees: Glenardle Council (fictional, central Scotland) proposes to raise the fee for nursery
hours beyond the funded 1,140 hours from £4.85 to £6.90 an hour, end the 15% sibling discount, close the
8am breakfast slot at any nursery with fewer than ten children booked, and charge £2.75 for lunch for
two-year-olds who are not eligible for a funded place, at its eleven council-run nurseries."""
from common import R, each, sents

PREFIX, CONSULTATION = "NUR", "nursery-fees"
C = "nur-fair-fees-for-working-families"

TPL = (
    "I am writing to object to {{Glenardle Council|inv}}'s proposed changes to nursery fees. "
    "Raising the hourly rate for extra hours from £4.85 to £6.90 is a rise of more than 40 per cent in one "
    "step. "
    "Ending the sibling discount will hit the families who are already paying the most. "
    "Many of us work shifts, in care homes, shops and the hospital, and the funded {{1,140 hours|law}} do not cover "
    "a twelve-hour shift or an early start. "
    "If the council closes the breakfast slot, some parents will have to cut their hours or give up work "
    "completely. "
    "I ask the council to phase in any rise over three years, keep the sibling discount and keep the 8am start at "
    "every nursery. "
    "{{Fair fees for working families|slogan}}."
)
S = sents(TPL)


def spaced(s):
    return s.replace(", ", " , ").replace(". ", " .  ")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 Fife voice, single mum
    R("parent", "Ah'm a single mum an ah work nights in {{Asda|org}}. The wean's at nursery three days an ah pay "
      "for the extra oors already. This'll pit me oot o' work, {{nae kiddin|scots}}. {{Ye cannae be serious|scots}}."),
    # 003 exact, lower case
    R("parent", each(TPL, str.lower), C, "exact"),
    # 004 Syrian father
    R("parent", "We came from {{Homs|place}} by {{Jordan|placename}} in 2017. I work in {{Boots|orgp}} and my "
      "wife is studying English at {{Glenardle College|inv}}. Our daughter [[p:Lamar]] is 3 and goes to "
      "[[sch:Dunmuir Nursery Class]]. At {{£6.90|num}} my wife must stop the college. We live at [[fl:flat 0/1]], "
      "[[st:9 Carron Place]], [[pc:KY7 5HB]], my National Insurance is [[ni:QQ 71 28 40 B]] if you need it. "
      "{{Shukran|lang}}.\n[[p:Ahmad Al-Khatib]]"),
    # 005 childminder, for the rise
    R("business", "I'm a childminder in {{Kinbrae|inv}}, registered with the {{Care Inspectorate|org}} eleven "
      "years, and the council has undercut us all that time. The rise is fair. Let parents use funded hours with "
      "childminders, as the {{Scottish Childminding Association|org}} keeps asking.\n"
      "[[em:lorna.minds at example dot org]]"),
    # 006 edited: personal paragraph
    R("parent", " ".join(S[:4]) + "\n\nI'm a staff nurse on nights at the {{Victoria Hospital|hosp}}. My son "
      "[[p:Finlay]] was born [[dob:3 March 2022]] and does two long days at nursery when I'm on. We live in "
      "[[fl:flat 1/2]], [[st:17 Netherton Gardens]], [[pc:KY7 4QN]], and there's no family nearby to cover the "
      "gap. Our nursery account is [[acc:ELC-40388]].\n\n" + " ".join(S[4:]) + "\n[[p:Leanne Mathieson]]", C, "edited"),
    # 007 teenage parent, lower case
    R("parent", "im 19 n my wee girl [[p:ava-rose]] is at [[sch:kinbrae elc]] since she turned 2. the lunches "
      "being {{£2.75|num}} for the 2s is a joke when they eat like a spoonful of pasta. im doing my {{SVQ|law}} at "
      "college n if i have to pay more i cant do it. pls dont. [[sh:@jadeyx_19]]"),
    # 008 gran who does the pick-ups
    R("grandparent", "I do the pick-ups. My grandson [[p:Lachlan]] is in the 8am slot because his mum's shift at "
      "the care home on {{Station Road|route}} starts at 8.15. I'm 71 with {{COPD|med}}; I can't have him all day "
      "at [[hn:Rowanbank]]."),
    # 009 exact, capitals
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 trade union, numbered
    R("organisation", "Response from {{UNISON Glenardle Branch|org}}\n"
      "1. Our members include the {{Early Years Practitioners|role}} and {{Senior Early Years Officers|role}} "
      "in all eleven council nurseries. We oppose any reduction in staffed hours.\n"
      "2. Closing the breakfast slot would cut contracted hours for at least 23 staff, most of them women on "
      "part-time contracts.\n"
      "3. The {{Scottish Government|org}} funds the {{1,140 hours|law}} expansion through a ring-fenced grant. The "
      "council should publish how that grant has been spent before raising fees.\n"
      "4. We ask for an equality impact assessment under the {{Equality Act 2010|law}}, and we have written to "
      "{{the Convener of Education|office}} asking to meet.\n"
      "{{Branch Secretary|role}}"),
    # 011 Hungarian warehouse worker
    R("parent", "I work in the {{Amazon|org}} warehouse in {{Dunfermline|place}}, shifts 7:30 until 18:00. My son "
      "[[p:Bence]] is 4 and is in nursery from 8 o'clock. If the breakfast slot closes we cannot both work. In "
      "{{Hungary|place}} the kindergarten opens at 6. Please keep it. {{Köszönöm|lang}}.\n[[p:Zsófia Kertész]]"),
    # 012 edited: reworded opening and closing
    R("parent", "As a dad who does the nursery run before a 6am start at the bus depot, I had to write something. "
      + " ".join(S[1:-1]) + " My partner and I aren't asking for something for nothing. We're asking not to be "
      "priced out of working.\n[[p:Craig 'Fergie' Ferguson]]", C, "edited"),
    # 013 near-miss
    R("council staff", "Yes, the funded {{1,140 hours|law}} do not cover a twelve-hour shift or an early start. "
      "Nobody said they would. The rest is paid by every council tax payer in {{Glenardle|inv}}, children or not."),
    # 014 one word
    R("resident", "Disgraceful."),
    # 015 blank
    R("parent", ""),
    # 016 Igbo nurse, two children
    R("parent", "I'm a staff nurse on nights at {{Queen Margaret Hospital|hosp}}. [[p:Chidera]] and [[p:Ebube]] are "
      "both at [[sch:Kirkhill Nursery]], and the sibling discount is the only reason the numbers work; without it "
      "we pay {{£180|num}} more a month. We're on [[st:Kirkhill Crescent]], five minutes' walk. Call me on "
      "[[ph:+44 7700 900 385]]. My NI is [[ni:qq402817d]] for the fee forms. {{Daalụ|lang}}.\n"
      "[[p:Adaeze Nwankwo]]"),
    # 017 edited: half the template plus own text
    R("parent", " ".join(S[2:5]) + " I'm a wheelchair user and my partner [[p:Kris]] works at the "
      "{{Glenardle Council|inv}} depot (payroll [[acc:G004417]], if you want to check he's staff). Our twins are at [[sch:Ardlaw Family Nursery]] and the sibling discount "
      "saves us more than our food shop. If you want to talk to us, email [[em:kris.and.morven@example.net]].\n"
      "[[p:Morven Baird]]", C, "edited"),
    # 018 dad with autistic son
    R("parent", "My son [[p:Rory]] (born [[dob:2020-11-04]]) has {{autism|med}} and it took a year for him to settle "
      "with his key worker, Miss [[p:Aitken]]. If the breakfast slot closes he'd be moved to another nursery and "
      "we'd start again. His paediatrician at the {{Royal Hospital for Children|hosp}} (his number there is "
      "[[hosp:RHC 7730412]]) will say the same. Look at children with {{additional support needs|law}} "
      "separately.\n[[p:Stuart Carnegie]], [[st:14 Glebe Wynd]], [[pc:ky6 1nr]], [[ph:0131 496 0418]]"),
    # 019 bus driver
    R("parent", "The 8am start is the only thing that lets me get to {{Stagecoach|org}} for half past. Keep it."),
    # 020 exact, spaces before commas and stops
    R("parent", each(TPL, spaced), C, "exact"),
]
