"""Closing resourced provisions / SEN units in mainstream primaries (fictional Sallowfield Borough Council, North East)."""
from common import R

PREFIX = "RPU"
CONSULTATION = "resourced-provision"

ITEMS = [
    # 001 headteacher, institution only
    R("headteacher", "I write on behalf of the governors of {{Linnet Lane Primary|cons}}. Our {{ASC|send}} base, next to the crossing on {{Linnet Lane|route}}, has "
      "twelve places and has been full for six years. The proposal to replace it with 'outreach' assumes mainstream "
      "classes can absorb pupils who currently spend most of the day in a room of eight with two adults. They cannot. "
      "We will lose the specialist teacher, the {{TEACCH|therapy}} workstations and the quiet room. Please withdraw "
      "the proposal for our school."),
    # 002 Nigerian mother
    R("parent", "Good afternoon. My son [[p:Chidera Nwachukwu]] is in Year 3 at the ASC base in "
      "[[sch:Linnet Lane Primary]]. Before the base he was excluded from nursery two times. Now he reads, he does "
      "{{Attention Autism|therapy}} every morning and his teacher Miss [[p:Okafor]] says he is doing very well. If "
      "they close it, where will he go? Abeg, don't spoil what is working.\n[[p:Ngozi Nwachukwu]]"),
    # 003
    R("parent", "No"),
    # 004 former pupil, deaf
    R("young person", "I went to the hearing support base at [[sch:Cobden Vale Primary]] from 2012 to 2019. I'm "
      "deaf and I use {{BSL|lang}}. The base was the first place where there were other deaf kids and teachers who "
      "could sign. I am now at university in {{Newcastle|place}}. Closing it would be a massive mistake. [[p:Ellis Marrable]]"),
    # 005 SENCO of a school without a base
    R("SENCO", "I'm {{SENCO|send}} in a one-form entry primary with no base. I already have children with "
      "{{EHCPs|send}} naming '25 hours 1:1' and I cannot recruit the TAs. The idea that outreach from a closed "
      "unit will fill the gap is fantasy."),
    # 006 text speak
    R("parent", "my lad [[p:kai]] is in the nurture room at [[sch:marsh gate]] and hes come on loads. b4 that he was "
      "throwing chairs. if u close it hes gonna end up excluded again. simples"),
    # 007 Chinese parent
    R("parent", "My son [[p:Zhang Hao]] (张浩) has speech and language disorder. He attend the speech unit at "
      "[[sch:St Oswin's C of E Primary]] since Reception. His English and Chinese both improve. The "
      "{{speech and language therapist|role}} come every week. In normal class, no therapist. I think closing "
      "is wrong. {{谢谢|lang}}"),
    # 008 unit teacher
    R("teacher", "I teach in a resourced provision. We use {{PECS|therapy}}, {{Zones of Regulation|therapy}} and a "
      "lot of patience. Integration into mainstream is planned, child by child. The council's proposal turns that "
      "upside down: integration first, support second."),
    # 009 blank
    R("parent", ""),
    # 010 parent of former unit pupil
    R("parent", "My eldest, [[p:Rhys]], was in the speech unit at [[sch:St Oswin's]] in 2019 and went into Year 3 "
      "with his friends. He's now in Year 8 and nobody would know. That is what the unit does, it gets them back. "
      "The SENCO, Mrs [[p:Adeyemi-Lowe]], says our youngest [[p:Wren]] is on the waiting list for a place now. Don't close the door on her."),
    # 011 councillor
    R("councillor", "Cllr [[p:Pauline Ridley-Shaw]], {{Cobden Vale ward|inv}}. I have received 63 emails about the "
      "hearing support base alone. The council's own figures show outreach costs more per pupil once travel time is "
      "counted. I will be calling this decision in."),
    # 012 parent carer forum
    R("parent carer forum", "{{Sallowfield Parent Carer Forum|inv}} response. We accept that the four resourced "
      "provisions were set up without clear admissions criteria, and that some places have gone unfilled. But the "
      "answer is to fix the criteria, not to close the provisions. Families told us that the units were the reason "
      "they did not seek a special school place; close them and the council will face more requests for "
      "independent special schools at {{£60,000|num}} a year."),
    # 013 SALT
    R("speech and language therapist", "As the {{speech and language therapist|role}} who covers the "
      "{{St Oswin's|cons}} unit two days a week, I can say the dose of therapy is the point. In mainstream I would "
      "see the same children once a term."),
    # 014 father, his 1:1
    R("parent", "Our son [[p:Bobby]] has {{Tourette's|med}} and {{ADHD|send}}. He has spent two years in the "
      "nurture base and his 1:1, [[p:Dawn]], is the only adult outside the family he trusts. The proposal talks "
      "about 'reintegration'. [[p:Bobby]] was never integrated in the first place."),
    # 015 Arabic-speaking mother
    R("parent", "My son [[p:Yusuf Al-Haddad]] has severe speech problem and he go to unit. He is happy. In {{Syria|place}} "
      "there was nothing for children like him. Here is good system, please do not make it like there. "
      "{{Shukran|lang}}. {{Insha'Allah|lang}} you will listen.\n[[p:Rania Al-Haddad]], "
      "[[fl:Flat 14, Collingwood Court]], [[pc:SF3 8NW]]"),
    # 016 near-miss with the transport campaign phrase
    R("parent", "If the units close and our children are sent to schools three miles away, remember the law puts the "
      "duty to provide free, suitable transport on the council, not on us. Have you budgeted for that?"),
    # 017 caps
    R("parent", "CLOSING THE UNITS = MORE {{TRIBUNALS|send}}. SIMPLE. ASK {{IPSEA|org}}."),
    # 018 Geordie grandad
    R("grandparent", "Wor [[p:Callum]]'s been in the hearing base at [[sch:Cobden Vale]] since he was four. "
      "He's canny now, {{hadaway and ask|dialect}} his teacher. {{Divvent gan|dialect}} and shut it just to save a few quid, man."),
    # 019 obfuscated email
    R("parent", "I have a daughter in the ASC base and I have a lot to say that won't fit in this box. Please contact "
      "me directly: [[em:bex.harland at example dot com]] or [[ph:0161 496 0342]]. I'm happy to meet."),
    # 020 Tourette's again, Ava-Rose
    R("parent", "[[p:Ava-Rose]] is 9 and she was in a mainstream class until Year 2. She has {{Asperger's|med}} (as it "
      "was called when she was diagnosed) and {{sensory processing disorder|med}}. Mainstream broke her. The base "
      "put her back together."),
    # 021 foster carer
    R("foster carer", "Our foster daughter has been moved five times in her short life. The base is the one constant. "
      "As her corporate parent the council should think very hard about taking that away. Her {{social worker|role}} "
      "agrees with me."),
    # 022 social handle
    R("parent", "I run a support page for local SEND parents ([[sh:@sallowfieldSENDmums]] on instagram) and I asked "
      "the group what they thought. 140 comments, not one in favour. The units aren't a luxury, they're the thing "
      "that stops kids ending up in {{alternative provision|send}}."),
    # 023 parent governor
    R("parent governor", "Speaking as a parent governor at {{Marsh Gate Primary|cons}}: the nurture provision there "
      "serves pupils with {{SEMH|send}} needs from across the borough. The consultation paper has the wrong number of "
      "places (it says 8, it is 10) and the wrong opening date. If the basic facts are wrong, how can we trust the "
      "savings figure?"),
    # 024
    R("parent", "Save the units."),
    # 025 dad, long-ish
    R("parent", "My son [[p:Lewis]] has {{Fragile X syndrome|med}}. We spent eighteen months fighting for his place in "
      "the ASC base at [[sch:Linnet Lane]] and we went to {{tribunal|send}} to get it. {{SENDIASS|org}} helped us. The "
      "place has changed his life and ours. He comes home and tells us what he did. For years he couldn't. If the "
      "council closes the base, we will be back at tribunal, and so will every other family in there. "
      "[[p:Stuart Kettlewell]], [[st:17 Brampton Terrace]], [[pc:sf2 4hx]]"),
]
