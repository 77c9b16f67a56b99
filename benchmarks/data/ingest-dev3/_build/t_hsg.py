"""housing-allocations: Tamebridge City Council (fictional, West Midlands) consults on a new housing
allocations policy: a five-year local connection rule, fewer bands, priority for working households
and changes to medical priority. Many respondents write in English as a second language."""
from common import R

PREFIX, CONSULTATION = "HSG", "housing-allocations"

ITEMS = [
    # 001 Somali mother: flat, street, register number
    R("housing applicant", "I am [[p:Hodan Abdi Warsame]]. We are seven people in two bedroom [[fl:flat 7b]] on "
      "[[st:Linden Walk]], my four children share one room with the baby cot, my son [[p:Ayaan]] sleeps on the floor. We are in Band B since 2019, my "
      "register number is [[acc:HR/22/18327]]. If you take away overcrowding band we will never move. Please think "
      "of the children, they cannot do homework, no space. My phone [[ph:0121 496 0337]]. {{Nabad gelyo|lang}}."),
    # 002
    R("resident", "Agree with five years local connection. Locals first."),
    # 003 housing association
    R("housing association", "{{Tamebridge Homes Group|inv}} broadly welcomes the simplification from five bands to "
      "three. However, the proposed five-year residence test risks breaching the statutory "
      "{{reasonable preference|law}} categories in {{Part 6 of the Housing Act 1996|law}}, and we would expect "
      "exemptions for care leavers, victims of domestic abuse and those covered by the "
      "{{Armed Forces Covenant|law}}. We also ask the council to align its homelessness duty under "
      "{{Part 7|law}} with the {{Homelessness Reduction Act 2017|law}}.\n{{Director of Housing Services|role}}"),
    # 004 Eritrean refugee in a hotel
    R("refugee", "My name is [[p:Yonas Tesfamariam]]. I came to {{UK|place}} 2019 from {{Eritrea|place}}, now I have "
      "{{refugee status|law}}. Me and my wife [[p:Senait]] and our baby live in one room, [[fl:Room 12, Meadowbank "
      "Hotel]], for eleven months. The five years rule is impossible for refugee, we cannot choose where the "
      "{{Home Office|org}} send us. Please make exception. {{Yekenyeley|lang}}."),
    # 005 blank
    R("housing applicant", ""),
    # 006 Kurdish man with support worker
    R("housing applicant", "My support worker [[p:Dilan]] help me to write this. I am from {{Kurdistan|place}}, "
      "{{Iraq|place}}. I have {{PTSD|med}} and I cannot sleep in shared house with many men. The doctor write letter "
      "but the council say medical is not enough points, my number is [[acc:HR/23/05521]]. New policy is worse. {{Zor spas|lang}}."),
    # 007 Brummie pensioner, lower-case grandson
    R("resident", "bloody right it should be local people first. my grandson [[p:jayden]] has been on the list 6 year "
      "and hes born and bred in {{Tamebridge|inv}}. people coming from all over and getting put straight in. ive lived on [[st:netherhay road]] 40 year. "
      "{{tara-a-bit|Birmingham dialect phrase}}"),
    # 008
    R("resident", "Unfair."),
    # 009 Romanian family
    R("private renter", "We are family from {{Romania|place}}, me [[p:Florin Dumitrescu]], my wife and two boys. We "
      "have {{pre-settled status|law}} and we work, both of us, I drive forklift at {{Cadbury|orgp}} and she is cleaner at "
      "{{Heartlands Hospital|hosp}}. Private rent is {{£950|num}} for very bad house with mould. When landlord lock us out we sleep two nights in my car, [[vr:BV66 KTE]]. Priority for working "
      "family is good idea but {{EU Settlement Scheme|law}} people must count also. {{Vă rog|lang}}."),
    # 010 care leaver, personal adviser
    R("young person", "my names [[p:tyler]], im a care leaver and my PA [[p:Kemi]] said i should do this. been sofa surfing and in "
      "{{St Basils|orgp}} for 8 month. the new policy says care leavers get band 1 but only if you was in care in "
      "{{tamebridge|inv}}, i was placed out in {{Telford|place}} so i dont count?? thats not fair i didnt choose that"),
    # 011 grandson writing for Punjabi grandmother: numbered street, postcode
    R("carer", "I am writing for my nani, [[p:Gurdeep Kaur Sandhu]], who is 82 and speaks Punjabi. She lives with us "
      "at [[st:63 Cadbury Drive]], [[pc:B66 4TQ]], and cannot manage the stairs. She has been waiting for a "
      "ground-floor flat for four years. Under the new medical rules she needs a letter from a consultant which "
      "costs money. Please keep the old system for older people. {{Sat Sri Akal|lang}}."),
    # 012 veteran
    R("veteran", "Served twelve years with {{the Royal Anglian Regiment|org}}, service number [[acc:25183744]]. Came out with {{PTSD|med}} and a bad "
      "back. The {{Armed Forces Covenant|law}} is supposed to mean I'm not penalised for moving about with the "
      "army. The five-year rule would do exactly that. Please put the exemption in writing."),
    # 013 Nigerian mother: son named Sunday, hospital number
    R("housing applicant", "My name is [[p:Ngozi Okeke]]. My son [[p:Sunday]] has {{sickle cell|med}} and he is "
      "admitted to {{Birmingham Children's Hospital|hosp}} four or five times a year, his hospital number is "
      "[[hosp:BCH 4471203]] and NHS number [[nhs:999 187 3368]]. The cold damp flat makes crisis worse. The doctor says he needs warm dry home. In the "
      "new policy medical priority is only for physical access, not for this. Please reconsider, {{abeg|lang}}."),
    # 014 private landlord, Dudley as a place
    R("landlord", "I let six properties across {{Smethwick|place}}, {{Oldbury|place}} and {{Dudley|placename}}. The "
      "council keeps asking landlords to take homeless households but then the allocation policy gives our tenants "
      "no way out into social housing. The proposed band for families in the private sector is welcome."),
    # 015 Chinese respondent, name in both scripts
    R("housing applicant", "My name is [[p:Zhang Wei]] ([[p:张伟]]). I am a student and then a chef, I live in "
      "{{Tamebridge|inv}} six years. I am on the list in Band C. I don't understand why working people get more "
      "points, I work 50 hours and still I cannot save. Thank you for reading, {{谢谢|lang}}."),
    # 016 Pakistani mother, daughter's school
    R("housing applicant", "[[p:Nusrat Parveen]] writing. Three bedrooms for eight people. My daughter [[p:Zainab]] "
      "(Year 11 at [[sch:Netherhay Girls' School]]) does her revision in the bathroom because it is the only room "
      "with a lock. Her first GCSE exam is on {{12/05/2025|date}}. Please don't remove overcrowding priority. "
      "{{Allah Hafiz|lang}}."),
    # 017 tower block, caretaker named
    R("tenant", "The caretaker, [[p:Des]], has told us half the flats in our block are under-occupied by one person "
      "in a two-bed. Help those people move to one-beds with a payment and you free up the family flats. It's not "
      "rocket science. The tenant at number 12, Mrs [[p:O'Rourke]], has been asking to downsize for years."),
    # 018 tenants' federation
    R("tenants' organisation", "The {{Tamebridge Tenants' Federation|inv}} held three meetings on the draft policy. "
      "Tenants strongly oppose the removal of the transfer list and the proposal that existing tenants bid in the "
      "same band as new applicants. We support the under-occupation incentive.\n[[p:Marcia Bailey-Hinds]], "
      "{{Chair|role}}"),
    # 019 under-occupier, home street
    R("tenant", "I live alone in a three-bedroom house on [[st:Tamar Grove]] since my husband died. I would move to a "
      "bungalow tomorrow if I could stay near my church and my friends. Father [[p:Declan]] will vouch for me. Nobody has ever offered. Put that in the "
      "policy and you'll get your houses back."),
    # 020 Albanian
    R("housing applicant", "I am [[p:Arben Hoxha]] from {{Albania|place}}. I am here 9 year, I work in construction, I pay "
      "tax. My wife [[p:Drita]] (dob [[dob:1994-06-23]]) is pregnant, we live in one room in shared house. The policy say local connection five years, "
      "I have this, but band for working family need 16 hours contract, I am self-employed. What about us? "
      "{{Faleminderit|lang}}."),
    # 021 support worker about a client: child's DOB with cue
    R("support worker", "I support a client, [[p:Amna Osman]], whose son [[p:Musa]], d.o.b. [[dob:30.01.2016]], has "
      "{{Duchenne muscular dystrophy|med}}. He will need a wheelchair within two years. They live in [[fl:Flat 31, Brindley House]], on the third floor "
      "with no lift. Under the draft policy they would only get priority once he is actually in the chair. Families "
      "need to be able to plan before the crisis."),
    # 022 Ukrainian
    R("refugee", "I am [[p:Oksana]], from {{Kharkiv|place}}. I came with {{Homes for Ukraine|law}} and my sponsor "
      "[[p:Philippa]] has been so kind, but her house is small and we are three. We need our own home now. The "
      "policy should say what happens when sponsorship ends. {{Дякую|lang}}."),
    # 023
    R("resident", "Why should someone who arrived last year jump the queue?"),
    # 024 Afghan interpreter
    R("refugee", "I worked as interpreter with British forces in {{Helmand|place}} and came under {{ARAP|law}}. My "
      "name is [[p:Ahmad Zia Rahimi]]. My family is eight people. Big houses with five bedrooms are very few. "
      "Please build bigger houses, not only change the bands. {{Tashakor|lang}}."),
    # 025 wheelchair user: flat in a block, NHS number without spaces, phone
    R("disabled person", "I have {{cerebral palsy|med}} and use a wheelchair. I live in [[fl:Flat 56, Kestrel House]] "
      "on the 8th floor and when the lift breaks, which is every month, I am stuck. My NHS number is "
      "[[nhs:9990023875]] if you want to check my medical records with the GP, they will tell you. You can call me on "
      "[[ph:0121 496 0814]]. I get {{PIP|law}} enhanced rate, and that should be enough evidence."),
    # 026 young couple, lower-case street
    R("housing applicant", "we live with his mum on [[st:coldmoor lane]] in the box room with the baby. been on the "
      "list 2 years, band c. we both work at the warehouse so the new working band would help us, its about time "
      "people who work got something. [[ph:07700 900 095]]"),
    # 027 Caribbean-Brummie father, son named Aston
    R("resident", "My son [[p:Aston]] is 24, works full time as an electrician and still lives in his old bedroom with his girlfriend [[p:Destiny]] "
      "because he can't get on the list without a child. The single people get nothing in this policy. They are "
      "the ones leaving the city."),
    # 028 routes and landmarks
    R("resident", "Half the new flats built off {{Soho Road|route}} and by {{Villa Park|landmark}} went to people from "
      "outside {{Aston|placename}}. The local connection rule should be ward-based, not city-wide."),
    # 029 neighbour named Dudley
    R("tenant", "My neighbour [[p:Dudley]] is 90 and has been in a two-bed upstairs flat, [[fl:flat 9, Alder Court]], since 1971. He wants to move "
      "down but he's frightened of losing his secure tenancy. The policy should guarantee the same tenancy for "
      "transfers."),
    # 030 Kurdish woman, obfuscated email
    R("housing applicant", "I was victim of domestic abuse. I was in the refuge in {{Walsall|place}} and now I am "
      "in temporary flat in {{Tamebridge|inv}}. If the rule is five years in the city, women like me can never "
      "escape to another city. I can explain more, email [[em:shilan.k at example dot com]]."),
    # 031 Nigerian man named Goodluck, sign-off
    R("housing applicant", "As a nurse working at {{Queen Elizabeth Hospital|hosp}} I am pleased the policy "
      "recognises key workers. But please include the care assistants and hospital porters, not only the nurses. "
      "They are the ones who cannot afford private rent.\n[[p:Goodluck Adebisi]]\n[[em:goodluck.a@example.com]]"),
    # 032 Eritrean woman, daughter named Selam
    R("housing applicant", "My daughter [[p:Selam]] is 19 and she must share room with her two small brothers. In "
      "the new policy an adult child doesn't count for overcrowding. In our culture the daughter stays with family "
      "until she marry. Please change this rule.\n[[p:Luwam Ghebreselassie]]"),
    # 033 long ramble: overcrowded family, mother's DOB without cue, NI number
    R("housing applicant", "I want to explain our situation properly because the online form does not let you. "
      "I am [[p:Tariq Hussain Mirza]], I was born here in {{Tamebridge|inv}}, went to school here, my dad worked at the "
      "foundry in {{Wednesbury|place}} for thirty years until it closed. Now I live in my parents' house, "
      "three-bed terrace, with my wife, our three children, my mum who is disabled, and my younger brother. That "
      "is eight people. My mum, [[p:Shabana Begum Mirza]], [[dob:14/02/1956]], had a stroke in 2021 and sleeps in the "
      "front room downstairs because she cannot do the stairs, so the whole family has no living room. We have "
      "been on the register since 2018. Every week I bid and every week we are number 200-something. I work full "
      "time as a taxi driver and my NI number is [[ni:qq 30 71 58 d]] because the form asked for it and I don't "
      "know why. What I'm saying is, we are exactly the people this policy says it wants to help, local, working, "
      "overcrowded, disabled family member, but the way the bands are written we go down, not up, because my mum "
      "is classed as living with family so it doesn't count as her own need. Somebody at the council needs to sit "
      "down with real families and test these rules. I'm happy to do it. {{Jazak Allah|lang}}."),
    # 034 capitals slogan
    R("resident", "{{HOMES FOR LOCAL PEOPLE FIRST|slogan}}. FIVE YEARS IS NOT ENOUGH, MAKE IT TEN."),
    # 035, 036
    R("resident", "The bidding system is confusing. Make it simpler and put it in more languages - {{Urdu|name of a language}}, {{Somali|name of a language}}, {{Arabic|name of a language}}, {{Tigrinya|name of a language}}, {{Romanian|name of a language}}."),
    R("resident", "Build more council houses. Changing the rules does not make one extra home."),
]
