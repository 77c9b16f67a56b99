"""park-renaming: renaming Victoria Park, Carrickmourne (fictional Carrickmourne and Glenard Borough Council,
Northern Ireland). Options: keep the name, 'Riverside Park / Páirc Cois Abhann', or name it after a local
Olympic swimmer."""
from common import R

PREFIX, CONSULTATION = "PKN", "park-renaming"

ITEMS = [
    # 001
    R("resident", "Leave it as {{Victoria Park|bldg}}. It has been called that since 1897 and nobody asked for a "
      "change. Spend the money on the toilets and the playground instead."),
    # 002
    R("resident", "I would support naming it after [[p:Maeve Tiernan]]. She learned to swim in the old baths beside the "
      "park and went on to the {{Commonwealth Games|event}}. {{Tiernan Park|bldg}} has a ring to it. Her mother "
      "[[p:Bernadette]] still lives on [[st:Glenmourne Park]] across the road."),
    # 003
    R("resident", "{{Dia duit|irish}}. I support the bilingual name {{Páirc Cois Abhann|irish}}. My children [[p:Caoimhe]] "
      "and [[p:Oisín]] go to [[sch:Gaelscoil an Droichid]] and it would mean a lot to them. We live on [[st:Bóthar na Trá]] and speak Irish at home. {{Go raibh maith agat|irish}}. "
      "[[p:Gráinne Ní Bhriain]]"),
    # 004
    R("resident", "NO TO ANY NAME CHANGE. THIS IS OUR HERITAGE. LEAVE {{VICTORIA PARK|bldg}} ALONE. [[p:S. GILMORE]]"),
    # 005
    R("resident", ""),
    # 006
    R("pensioner", "I have walked my dog {{Winston|pet}} round that park every morning for twelve years. I don't mind "
      "what it's called as long as the council fixes the path by the bandstand where I fell last March. I live at "
      "[[st:14 Ardcarrick Gardens]], [[pc:BT63 9ZQ]], if anybody wants to come and see my knee. My NHS number is [[nhs:999 093 5734]] for the records."),
    # 007
    R("young person", "who actually cares what its called lol. just fix the skate park. me n [[p:ciaran]] go every "
      "day after school and the ramp is broke. snap [[sh:sk8r_boi_07]]"),
    # 008
    R("organisation", "The {{Carrickmourne Historical Society|inv}} notes that the park was opened by "
      "{{the Marquess of Downshire|role}} and named for Queen [[p:Victoria]]'s jubilee. The {{Ulster Museum|landmark}} "
      "holds the original plans. We would ask {{the Director of Leisure|role}} to consult the society before any "
      "signage is removed."),
    # 009
    R("resident", "Name it after a woman, any woman, who actually lived here. [[p:Victoria]] never set foot in "
      "{{Carrickmourne|inv}}. [[p:Maeve]] or nurse [[p:Kathleen Rooney]] who ran the clinic in the gate lodge for "
      "thirty years - both deserve it more."),
    # 010
    R("resident", "Aye, fair enough, a new name. But A'm fair scunnered wi' the money they spend on consultations. "
      "{{Thon's a quare waste|ulster}}. [[p:Sammy]], [[hn:Windy Ridge]], {{Ballyhornan Road|route}}"),
    # 011
    R("resident", "Keep Victoria."),
    # 012
    R("resident", "{{Dzień dobry|lang}}. We are Polish family living in [[fl:Apartment 7, Lagan View]] on "
      "[[st:Mill Street]], park is our garden. Any name is OK but please more benches. [[p:Agnieszka]] and "
      "[[p:Tomasz Zieliński]]"),
    # 013
    R("councillor", "I have proposed the {{Páirc Cois Abhann|irish}} / {{Riverside Park|inv}} option because it belongs "
      "to nobody and everybody. I note the {{Orange Order|org}} and {{Conradh na Gaeilge|org}} have both written in, "
      "which says something. Cllr [[p:Declan McAleer]]"),
    # 014
    R("resident", "Please keep it simple. {{St Patrick's Day|saint}} parade already ends in the park and the "
      "{{Twelfth|event}} bands gather there too. It belongs to both. Don't give either side a reason."),
    # 015
    R("farmer", "We farm at [[hn:Carnbeg Farm]] out the {{Tullynure Road|route}} and only come in for the mart and the "
      "chapel. The park is fine the way it is. Put the money into the roads. [[p:P.J. Corrigan]]"),
    # 016
    R("resident", "Before you rename anything, who owns the gate lodge? My uncle [[p:Harry Mulholland]] rented it from the "
      "council till 2019 and was put out with two weeks' notice."),
    # 017
    R("resident", "I'd love {{Tiernan Park|bldg}}. She's the only person from this town anybody in {{Belfast|place}} "
      "has heard of, and kids need to see that."),
    # 018
    R("resident", "I'm a nurse at {{the Royal Victoria Hospital|hosp}} and from {{Kerala|place}}. Park is lovely. "
      "Please add some lights on winter evenings as I walk home through it to [[fl:Flat 5]], [[st:31 Lisnamourne Crescent]] after late "
      "shift. Name, no opinion. [[p:Anju Thomas]]"),
    # 019
    R("resident", "not bothered"),
    # 020
    R("resident", "My granda [[p:Bertie McCracken]] was park keeper for forty year and he'd be spinning. "
      "{{Victoria Park|bldg}} it was and {{Victoria Park|bldg}} it should stay. He's buried at "
      "{{St Columba's|saint}} if anybody wants to ask him."),
    # 021
    R("resident", "Could the new signs also have braille and a map? My son [[p:Rory]] ({{RVH|hosp}} eye clinic number [[hosp:RV 5561093]]) is partially sighted and goes "
      "to [[sch:Carrickmourne Integrated Primary]]. The signs there now are tiny and faded."),
    # 022
    R("resident", "I support the riverside name. Naming things after people always goes wrong eventually - look at "
      "[[p:Jimmy Savile]] and all those plaques. Nobody can be cancelled if the park is named after a river."),
    # 023
    R("Traveller", "We are {{Irish Travellers|ethnic}} and we used to stop on the field behind the park every summer. "
      "We were moved on in 2015. A new name means nothing if the park is only for some people. "
      "[[p:Bridget McDonagh]], mobile [[ph:07700 900 617]]"),
    # 024
    R("resident", "Leave it alone. [[p:Wilma]], [[st:Kilmore Road]]"),
    # 025
    R("resident", "Would the council put up a plaque to [[p:Maeve Tiernan]] in the pool instead? That keeps everyone "
      "happy. Call me if you want to discuss, [[ph:028 9649 6138]], [[p:Noel Fitzsimons]]."),
    # 026
    R("resident", "i live right on the park at [[st:glenmourne park]] and the noise at night is the problem not the "
      "name. [[p:ann-marie]]"),
    # 027
    R("resident", "Could the name be decided by the children of the borough? My class at "
      "{{St Brigid's Primary|venue}} voted for {{Shrek Park|char}}, so maybe not."),
    # 028
    R("resident", "I was born in the house at the park gate, [[hn:Gatehouse Cottage]], on [[dob:4th July 1939]] and my "
      "father kept the park then. It was always {{Victoria|bldg}}. I would like to see it kept. [[p:Eileen Sloan]]"),
    # 029
    R("resident", "I'd like to see the old drinking fountain restored whatever the name is. It was given by "
      "{{the Carnegie Trust|orgp}} and there is a photo of it in {{Carrickmourne Library|inv}}. Honestly, the arguments "
      "on {{Facebook|org}} about this have been worse than the {{Euros|event}}. It is a park. Let the children pick, "
      "put both languages on the sign, and spend the rest on the toilets. {{Sláinte|irish}}."),
    # 030
    R("resident", "The council spent {{£18,500|num}} on a brand review for the leisure centre and nobody can remember "
      "the new name. I'd rather they left {{Victoria Park|bldg}} as it is and fixed the flooding at the "
      "{{Lagan|place}} end. The bandstand has been fenced off since {{Storm Éowyn|storm}} and the café has been shut "
      "since {{Easter|event}}. Priorities, please."),
]
