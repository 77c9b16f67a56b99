"""Workplace parking levy (fictional Portwell City Council, a Bristol-like city)."""
from common import R, each, plain_only, sents

PREFIX = "WPL"
CONSULTATION = "parking-levy"
CAMP = "wpl-tax-on-going-to-work"

TPL = ("I object to the proposed {{Workplace Parking Levy|law}}. It is a tax on going to work, and employers will pass "
       "it straight on to staff who have no other way to get in. Shift workers, carers and people who live outside the "
       "city cannot rely on buses that stop at eleven at night and do not run to the business parks at all. Nurses, care "
       "workers and cleaners on low pay will be hit hardest, while the big firms simply absorb it. The council should fix "
       "public transport first and only then ask people to leave their cars at home. {{Nottingham|place}} took years to see "
       "any benefit and {{Portwell|inv}} is not {{Nottingham|place}}. Please scrap the levy, or at the very least exempt "
       "small businesses, charities and anyone working shifts outside normal bus hours.")
S = sents(TPL)

ITEMS = [
    R("resident", TPL, CAMP, "template"),
    R("resident", "Support. About time."),
    R("employee", each(TPL, str.lower), CAMP, "exact"),
    R("nurse",
      "I'm a band 5 staff nurse at {{Portwell Royal Infirmary|hosp}} and I live out at {{Chew Magna|place}} where the bus "
      "comes twice a day. If {{NHS|org}} sites are exempt then fine, but the letter from the trust says the exemption is "
      "only 'under review'. Please make it definite. My staff permit is [[acc:PRI/PERMIT/7731]] and I pay {{£18|num}} a month for it already. Night shift finishes at 07:45 and there is no {{metrobus|brand}} "
      "to {{Chew Magna|place}} until after nine."),
    R("business",
      "{{Harbourside Dental Care|org}} has 14 staff spaces, so we are caught by the 11-space threshold by three spaces. "
      "The levy at {{£480|num}} a space would cost us {{£6,720|num}} a year. We would rather dig up the bays and "
      "plant them than pay it. Could the threshold be raised to 25? Contact our practice manager, "
      "[[p:Oluwaseun Adeyemi]], on [[ph:0117 496 0412]]."),
    R("shift worker",
      S[0] + " " + S[1] + " " + S[2] + " " + S[3] + "\n\nMy own story: I work nights at the {{Avonside|inv}} bakery and my "
      "husband [[p:Gary]] is disabled so I drop him at day care on the way in. Our car is [[vr:WU19 KPD]]. We live at "
      "[[st:27 Ferncliffe Road]], [[pc:BS5 9QX]], which is 40 minutes by two buses from the bakery when they run at all. "
      + " ".join(S[4:]), CAMP, "edited"),
    R("cyclist",
      "yes yes yes. ride in every day along the {{Bristol and Bath Railway Path|landmark}} and its rammed with cars "
      "at every junction. spend the money on proper segregated lanes on {{Cumberland Road|route}} pls. "
      "follow [[sh:@pedalpete_bs]] for the daily near miss videos"),
    R("resident", ""),
    R("employee", "\n".join(S), CAMP, "exact"),
    R("care worker",
      "Namaste. My name is [[p:Bishnu Maya Gurung]], I am from {{Pokhara|place}}, {{Nepal|place}} and now I am care "
      "assistant in {{Portwell|inv}} for four years. I visit 9 or 10 clients each day in my car, I cannot do this by "
      "bus. My manager say the agency will charge us for the office parking. Please think for care worker, we are "
      "already very tired. {{Dhanyabad|lang}}."),
    R("organisation",
      "{{Portwell Chamber of Commerce|org}} supports investment in transport but cannot support the levy as drafted. "
      "Our survey of 212 members found 61% would pass the charge to employees. We ask the council to (1) publish the "
      "business case for the {{Portwell Metro|inv}} link, (2) phase the charge in over three years, and (3) ring-fence "
      "every penny as the {{Transport Act 2000|law}} requires. We would welcome a meeting with the "
      "{{Cabinet Member for Transport|role}}."),
    R("resident",
      "Ask the councillor for {{Easton|place}}, [[p:Tamsin Holloway]], why she voted for the "
      "consultation before the bus review was even published. Cllr [[p:Holloway]] told our residents meeting it "
      "would be 'cost neutral for workers'. It won't be."),
    R("student", "n/a"),
    R("nurse",
      "Hello, I am nurse from {{Ghana|place}}, {{Kumasi|place}}. I work at {{Southmead Hospital|hosp}} in theatre. "
      "Sometimes we finish at 10pm or later, the bus is not safe for a woman walking from the stop. Please keep "
      "hospital staff out of this levy. My colleague [[p:Akosua]] was followed last winter. God bless. "
      "[[p:Abena Owusu-Ansah]]"),
    R("employee", each(TPL, str.upper), CAMP, "exact"),
    R("disabled commuter",
      "I have a {{Blue Badge|law}} but my employer has only two disabled bays and I park in an ordinary space. Will I be "
      "charged? My car is adapted, reg [[vr:wx68 bfo]], and I cannot use the train because {{Portwell Parkway|landmark}} "
      "has no step-free access to platform 2. Please write the exemption for the driver, not the bay."),
    R("employer",
      "We are a charity ({{Stepping Stones Portwell|org}}) with 12 spaces at {{Hengrove Park|landmark}}. Volunteers "
      "drive our minibus and their own cars. Charities should be exempt, as in {{Nottingham|place}}'s scheme."),
    R("resident",
      "Congestion on the {{M32|road}} and the {{A4|road}} is a disgrace, something has to change. But not this. "
      "The council should fix public transport first, everyone agrees on that, and then charge the big employers."),
    R("trade union",
      S[0] + " " + S[2] + " " + S[3] + " We represent 1,400 members in council, health and education roles across "
      "{{Portwell|inv}}, many of them part-time women on the lowest grades. We ask the council to write into the scheme "
      "a ban on employers passing the charge to staff earning under the {{Real Living Wage|law}}. " + S[4] + " "
      "{{UNISON|org}} {{Portwell City Branch|org}}", CAMP, "edited"),
    R("resident",
      "We live in [[fl:Flat 4]], [[st:22 Mina Road]] and my daughter [[p:Brooklyn]] works at the {{Cribbs Causeway|place}} shopping centre and it isn't even in the "
      "city boundary, so she won't pay but the lad who works at the {{Broadmead|place}} branch will. Makes no sense."),
    R("business",
      "I run {{Dylan's Motors|orgp}} on {{Two Mile Hill Road|route}} (named after my grandad). We have 11 spaces but "
      "most of them are customers' cars waiting for parts, not staff parking. I hope they don't count? Please confirm "
      "in writing.\n[[p:kieran pask]]"),
    R("resident",
      "THIS IS DAYLIGHT ROBBERY. {{NO TO THE CAR TAX|slogan}}. I HAVE LIVED IN {{PORTWELL|inv}} 60 YEARS AND WE ARE "
      "BEING PRICED OUT OF OUR OWN CITY. [[p:RON TUCKWELL]]"),
    R("commuter",
      "I commute from {{Weston-super-Mare|place}}. The train is {{£14.80|num}} return and the car park at work is free. "
      "If the levy goes on me it will be cheaper to go by train, which I suppose is the point. Hard to argue with "
      "really, but give us a better service than the {{GWR|org}} 07:12 which is cancelled once a week."),
    R("resident",
      "I'm against it. Portwell is a city of small hills and long shifts. Buses are not the answer for everyone. "
      "And it is a tax on going to work whatever the council calls it. The levy will come straight off my wages, "
      "I have seen the draft payslip with my NI number [[ni:qq 70 18 44 b]] on it and a new line called WPL recharge. "
      "[[p:Marley Okafor]], [[st:Rosehip Lane]], {{Knowle|place}}"),
    R("councillor",
      "As {{ward councillor|role}} for {{Lockleaze|place}} I have had 47 emails on this. Most are worried about the threshold "
      "and shift workers. I support the principle but the {{Cabinet|role}} must publish the bus improvement timetable "
      "first. Cllr [[p:Priya Raman-Bell]], [[em:cllr.ramanbell@example.org]]"),
]
