"""traveller-sites: Gypsy and Traveller site allocations (fictional Wealdmarsh District Council, Kent / East
Sussex border): GT1 land off Sandpit Lane, Pellingbourne; GT2 the former depot at Crouch Lane, Wyldes End;
GT3 six more pitches at the council's Oak Tree Park site."""
from common import R

PREFIX, CONSULTATION = "GTS", "traveller-sites"

ITEMS = [
    # 001
    R("Irish Traveller", "I'm [[p:Bridget McDonagh]], {{Irish Traveller|eth}}. We been on [[fl:pitch 9, Oak Tree Park]] "
      "eleven years, me, my husband and the four children. My eldest girl is married now and has nowhere to pull on, "
      "she is on the side of the road outside {{Ashford|place}} with a baby, and her housing register form, [[acc:WDC/HR/50917]], has been sat there since 2022. The six new pitches at GT3 is the only "
      "sensible thing in this whole plan. Please don't let the objectors stop it."),
    # 002
    R("resident", "We live on [[st:Sandpit Lane]], which is single track with passing places. Site GT1 would put up to "
      "ten pitches with touring caravans and work vehicles at the end of it. This is a highways objection, not a "
      "prejudice. The lane floods at the ford every winter and there is no footway. We object to GT1."),
    # 003
    R("Romany Gypsy", "My name is [[p:Levi Boswell]]. I'm a {{Romany Gypsy|eth}} and I've lived in this district all my "
      "life. My old bow-top wagon, the [[hn:Rosie Lee]], that my father built, we still live in her in the summer "
      "when we go to {{Appleby|placename}} and {{Stow|placename}} fairs. The rest of the year we are on the side of a "
      "field with the farmer's say-so. All we want is a bit of ground of our own with water and a toilet block."),
    # 004
    R("parish council", "Response of {{Pellingbourne Parish Council|inv}}\n\n1. The Council accepts the need set out "
      "in the Gypsy and Traveller Accommodation Assessment.\n2. GT1 is in flood zone 3 and fails the tests in "
      "{{Planning policy for traveller sites|law}}.\n3. The Council would support a smaller site closer to services.\n"
      "4. {{The Parish Clerk|role}} will attend the examination hearing.\n\nAgreed at the meeting of {{9 April|date}}."),
    # 005
    R("resident", "NOT ANOTHER SITE IN {{WYLDES END|inv}}. WE ALREADY HAVE THE DEPOT, THE RECYCLING CENTRE AND THE "
      "SOLAR FARM. PUT IT IN {{TONBRIDGE|place}} NEXT TO THE PEOPLE WHO DECIDED THIS."),
    # 006
    R("council officer", "I write as {{a Gypsy and Traveller Liaison Officer|role}} in a neighbouring authority, in a "
      "personal capacity. Where councils provide enough good pitches, unauthorised encampments fall sharply. The "
      "guidance from {{Friends, Families and Travellers|org}} on site design should be followed at GT3."),
    # 007
    R("young person", "me n my cuzzies [[p:Kizzy]] n [[p:Shania]] go [[sch:Pellingbourne Academy]] n we got to travel "
      "45 mins on the bus from where we stop now. if the site was nearer we cud walk. ppl at school think we all "
      "live in mansions like on tv lol. [[sh:@kizzy.lee.x]] on tiktok"),
    # 008
    R("landowner", "I farm at [[hn:Crouch Farm]] and own the field next to GT2. My own outline application for two "
      "houses on the same field, [[acc:WD/24/0331/OUT]], was refused for being 'unsustainable'. I don't see how the "
      "same field is now sustainable for six pitches. I object, but on consistency, not on who would live there."),
    # 009
    R("showman", "As a travelling showman and member of the {{Showmen's Guild|org}} I would ask the council to "
      "remember that we are a separate group with different needs. We need yards for rides and lorries, not pitches. "
      "Our family yard at [[hn:Kingsmead]] is full and my son has nowhere to winter his equipment."),
    # 010
    R("Irish Traveller", "I put in my own application for two pitches on my own land at [[hn:Hazelbank]], reference "
      "[[acc:WD/23/0419/FUL]], and it was refused twice. Now the council wants to put a public site two miles away "
      "on land that floods. Give families like mine permission on our own ground and there will be less need for "
      "council sites.\n[[p:Patrick 'Paddy' Ward]]"),
    # 011
    R("resident", "No more sites."),
    # 012
    R("Romany Gypsy", "I was born [[dob:1 August 1946]] in a wagon on the verge outside {{Tenterden|place}}. I have "
      "been on the council site since 1989. Last year the doctor's would not take me because I had no fixed address, "
      "even when I gave them my NHS number, [[nhs:999 012 8464]]. The new pitches should come with a proper postal "
      "address. That is all I ask.\nMrs [[p:Louisa Loveridge]]"),
    # 013
    R("resident", "We live right next to Oak Tree Park on [[st:Crouch Lane]] and have done for thirty years. Mrs "
      "[[p:Loveridge]] at the end pitch minds our cat when we go away and old [[p:Nelson]] mends anything with an "
      "engine. Extending the site is fine by us. Please just sort the drainage."),
    # 014
    R("police", "{{Kent Police|org}} note the allocations. Unauthorised encampments in the district fell from 41 in "
      "2019 to 17 last year, largely because of the transit pitches at Oak Tree Park. A negotiated stopping policy "
      "would help further. {{The Chief Inspector|role}} for the district is happy to meet the council."),
    # 015
    R("resident", ""),
    # 016
    R("Irish Traveller", "I'm [[p:Johnny Joyce]], I been travelling this part of Kent with my van and trailer for "
      "twenty years. My van, [[vr:GN17 WFX]], has been moved on by the police nine times this year. The council lost "
      "my form twice so I'm putting my NI number here, [[ni:QQ 40 27 18 C]], so they can find me. We speak "
      "{{Cant|eth}} at home and we are {{Pavee|eth}}, not 'travellers' with a small t."),
    # 017
    R("Romany Gypsy", "When we could not get a pitch the council put us in [[fl:Flat 3, Weald House]], [[st:Kennington Row]], in {{Ashford|place}}, "
      "on the second floor. My husband was so ill in bricks and mortar that the doctor wrote a letter. Our little girl "
      "[[p:Tilly]] still goes to [[sch:St Mary's Catholic Primary]] because it is the one school that ever understood "
      "her. We want to be back on a pitch where she can see grass."),
    # 018
    R("young person", "hi, i am 16 and a romany gypsy. people think we dont care about school but i want to be a "
      "nurse. it is hard to do homework in a trailer with no electric after 10. email me if u want to know more "
      "[[em:tilly.lee2009 (at) example.com]]"),
    # 019
    R("conservation group", "{{Kent Wildlife Trust|org}} comments on GT1 and GT2. The pond at GT1 holds great crested "
      "newts and the hedges at GT2 are important for dormice. Any allocation should require surveys in {{April|date}} "
      "to {{June|date}}."),
    # 020
    R("resident", "We strongly object to GT2. The junction with the main road is blind and we have had two crashes "
      "outside our gate. Our address for the record:\n[[p:Roger]] and [[p:Sue Pennington]]\n[[hn:Oast Cottage]]\n"
      "[[st:Wyldes Lane]]\nWyldes End\n[[pc:tn278qe]]"),
    # 021
    R("church", "The churches of the benefice, including {{St Mary the Virgin|church}} at Pellingbourne and "
      "{{St Dunstan's|church}} at Wyldes End, welcome the plan to meet the accommodation need. We have Gypsy families "
      "in both congregations. We ask all residents to discuss this with kindness.\nRevd [[p:Hilary Fenwick-Clarke]]"),
    # 022
    R("resident", "Fully support the GT3 extension."),
    # 023
    R("Romany Gypsy", "We live in a {{Westmorland|brand}} trailer, two of us and three grandchildren at weekends. The "
      "site rules say no more than two vans a pitch. If GT3 has bigger pitches, families can stay together like we "
      "always have. [[p:Nelson Price]]"),
    # 024
    R("charity", "{{The Traveller Movement|org}} supports GT3 and a reduced GT1. We remind the council that "
      "{{Romany Gypsies|eth}} and {{Irish Travellers|eth}} are protected under the {{Equality Act 2010|law}} and that "
      "the accommodation assessment found a need for 38 pitches by 2040."),
    # 025
    R("resident", "I live at [[st:19 Hobbs Close]] in Pellingbourne and my council tax account number is "
      "[[acc:6610228104]]. I pay £2,410 a year and I want to know whether the council will charge the new pitches the "
      "same. If they do, I have no objection."),
    # 026
    R("parent", "My daughter [[p:Mary-Ellen]] has {{Down's syndrome|med}} and a heart condition and is seen at "
      "{{Evelina|hosp}} in London. Her hospital number there is [[hosp:EV 2290418]] and her NHS number is [[nhs:999-914-5140]]. On the roadside we miss letters "
      "and appointments. A settled pitch at Oak Tree Park would mean she never misses another one."),
    # 027
    R("resident", "My neighbour [[p:Frank Hollis]] and I went to the drop-in session at the village hall and nobody "
      "from the council could tell us how many pitches GT1 would have. We are not against Travellers, we are against "
      "being kept in the dark."),
    # 028
    R("Romany Gypsy", "Me and my husband go to {{Appleby|placename}} every {{June|date}} and we work the fruit and the "
      "hops in the summer like our people always did. The farmer at [[hn:Brook Farm]] lets us pull on his yard, but he "
      "is selling up. Then where? [[p:Dolly Smith]]"),
    # 029
    R("planning agent", "On behalf of my clients, Mr and Mrs [[p:Cooper]], I object to the omission of their land from "
      "the allocations. The site has a current appeal, reference [[acc:APP/W2235/W/24/3339120]], and an earlier "
      "temporary permission. The council should allocate it and avoid the costs of a public inquiry."),
    # 030
    R("resident", "We moved to Wyldes End from {{London|place}} for the quiet. Now we have the depot plan. We will "
      "sell if this goes ahead."),
    # 031
    R("Roma resident", "I am {{Roma|eth}} from {{Slovakia|place}} and I live in [[fl:Flat 11, Jemmett Court]] in Ashford, we are not "
      "Travellers but people confuse us. I think the council should speak with each community separately. My name "
      "is [[p:Marek Horváth]], phone [[ph:07700 900 791]]."),
    # 032
    R("teacher", "I teach in {{the Traveller Education Service|org}}. One of my pupils, [[p:Kathleen]], moved schools "
      "five times last year because her family kept being moved on. She is bright and she is falling behind. A site "
      "near a school would change her life."),
]
