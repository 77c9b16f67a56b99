from common import Collector
from campaigns import GLANYRAFON, CLUDIANT

C = Collector("budget-wales")
r = C.add

G = "glanyrafon-leisure"
T = GLANYRAFON

WELSH_G = """Rwy'n ymateb i ymgynghoriad cyllideb y cyngor i wrthwynebu'r cynnig i gau Canolfan Hamdden Glanyrafon yn Ystrad Mynach ac i dorri oriau agor y canolfannau eraill.

Mae miloedd o bobl yn defnyddio Glanyrafon bob wythnos: gwersi nofio i blant, cynllun atgyfeirio ymarfer corff i bobl sy'n gwella ar ôl problemau'r galon a strôc, sesiynau i bobl hŷn a phobl anabl, a'r unig bwll nofio cyhoeddus yn y cwm isaf.

Byddai'n well gen i dalu ychydig mwy o dreth gyngor na cholli'r cyfleuster hwn. Cadwch Ganolfan Hamdden Glanyrafon ar agor, os gwelwch yn dda."""

# ---------------------------------------------------------------- campaign (g): English template, bilingual copies
r("resident", T, camp=(G, "template"), keep=[("Ystrad Mynach", "Welsh town"), ("NHS", "organisation")])
r("resident", T.replace("\n\n", "\n"), camp=(G, "exact"))
r("parent", T.replace(": swimming", " - swimming").replace("Glanyrafon Leisure Centre open.", "Glanyrafon Leisure Centre open"), camp=(G, "exact"))
r("resident", WELSH_G + "\n\n" + T, camp=(G, "edited"), keep=[("Canolfan Hamdden Glanyrafon", "Welsh name of leisure centre"), ("os gwelwch yn dda", "Welsh phrase 'please'")])
r("resident", T + """

Diolch yn fawr am wrando. Cadwch y ganolfan ar agor!
""", camp=(G, "edited"), keep=[("Diolch yn fawr", "Welsh 'thank you very much'")])
r("parent", T + """

My daughter Ffion Harries-Bowen learned to swim at Glanyrafon and now swims for the county. She trains there five mornings a week before school. If it closes, the nearest 25m pool is in Pontypridd, half an hour away, and we can't do that drive at 6am. Please don't end her swimming.
""", camp=(G, "edited"), pd=[("person", "Ffion Harries-Bowen")], keep=[("Pontypridd", "Welsh town")])

# ---------------------------------------------------------------- campaign (g2): Welsh-language template
K = "cludiant-cymraeg"
r("parent", CLUDIANT, camp=(K, "template"), keep=[("Llywodraeth Cymru", "Welsh Government"), ("Mae'r arbediad", "Welsh sentence start")])
r("parent", CLUDIANT.replace("\n\n", "\n"), camp=(K, "exact"))
r("resident", CLUDIANT.replace("Os gwelwch yn dda, cadwch", "Os gwelwch yn dda cadwch").replace("2050.", "2050!"), camp=(K, "exact"))
r("parent", CLUDIANT + """

English: I object to the proposal to cut free transport for pupils attending Welsh-medium schools. Many families in the county live a long way from the nearest Welsh school and the school bus is essential. If parents have to pay, some children will move to English-medium schools, which goes against the Welsh Government's aim of a million Welsh speakers by 2050. The saving is small but the harm will be great. Please keep free transport to Welsh-medium schools.
""", camp=(K, "edited"), keep=[("Welsh Government", "organisation")])
r("parent", CLUDIANT + """

Mae fy mab, Osian, yn teithio naw milltir bob dydd i Ysgol Gyfun Bro Helyg. Does dim bws cyhoeddus sy'n mynd yno mewn pryd. Heb y bws ysgol, bydd rhaid i mi roi'r gorau i'r gwaith er mwyn ei yrru e.

Rhiannon Pugh
""", camp=(K, "edited"), pd=[("person", "Osian"), ("person", "Rhiannon Pugh")], keep=[("Ysgol Gyfun Bro Helyg", "school name")])

# ---------------------------------------------------------------- independent responses
r("resident", """
Mae'r cyngor yn gofyn i ni dalu mwy a chael llai. Dydw i ddim yn cytuno â chodi'r dreth gyngor 7.9% pan mae pobl yn cael trafferth talu eu biliau ynni. Dylai'r cyngor edrych ar gyflogau'r uwch swyddogion yn gyntaf.
""", keep=[("Mae'r cyngor", "Welsh 'the council is'"), ("Dydw", "Welsh word")])

r("resident", "Dim sylw", keep=[("Dim sylw", "Welsh 'no comment'")])

r("retired", """
I'm a pensioner on a fixed income living in Bargod. My council tax is already more than my gas and electric put together. Another 7.9% is £140 a year for a Band C. I don't get any benefits because I have a small works pension. People like me always get hit. I've cut back on the heating and I don't go out much. I'm not sure what else I'm supposed to cut.
""", keep=[("Bargod", "Welsh town"), ("Band C", "council tax band")])

r("business owner", """
I run a café on Cardiff Road in Caerffili. Increasing car park charges in the town centre will kill what's left of the high street. People will just drive to the retail park at Nantgarw where parking is free. Please scrap this idea. On a Saturday I used to see regulars who came in for a coffee after the market. Since the last increase in 2022 half of them have stopped coming.
""", keep=[("Cardiff Road", "street used as landmark for business"), ("Caerffili", "Welsh town"), ("Nantgarw", "place")])

r("resident", """
Diolch am y cyfle i ymateb. Rwy'n cefnogi codiad bach yn y dreth gyngor os yw'n golygu bod ysgolion a gofal cymdeithasol yn cael eu diogelu. Ond plîs peidiwch â chau'r llyfrgelloedd.
""", keep=[("Diolch", "Welsh 'thanks'"), ("Rwy'n", "Welsh word")])

r("staff member", """
As a UNISON rep for council staff, I want to register our serious concern at the proposal to delete 140 posts. Many of these are low-paid roles - cleaners, school meals staff, care workers - held mainly by women living in the borough. Every job lost is money taken out of the local economy. We call on the council to use its reserves and to lobby Welsh Government for a fairer settlement before cutting jobs.
""", keep=[("UNISON", "trade union"), ("Welsh Government", "organisation")])

r("resident", """
Why is the council paying for a new office building in Ystrad Mynach when it's closing toilets in Bargod? I have Crohn's and the public toilets are the reason I can go into town at all. Closing them means I stay home. There are thousands of people in the county with bowel or bladder problems, pregnant women, people with small children. Public toilets aren't a luxury. They're public health.
""", keep=[("Crohn's", "medical condition"), ("Ystrad Mynach", "Welsh town")])

r("resident", "Diolch.", keep=[("Diolch", "Welsh word")])

r("town council", """
Cyngor Tref Rhymni / Rhymney Town Council

Trafododd y Cyngor Tref yr ymgynghoriad yn ei gyfarfod ar 14 Ionawr. Mae'r aelodau'n pryderu'n fawr am y cynnig i gau'r ganolfan ailgylchu yn Rhymni. Bydd trigolion yn gorfod teithio i Drehir, sydd dros 10 milltir i ffwrdd, ac rydym yn disgwyl y bydd tipio anghyfreithlon yn cynyddu.

The Town Council discussed the consultation at its meeting on 14 January. Members are very concerned about the proposal to close the recycling centre in Rhymney. Residents would have to travel to Trehir, over 10 miles away, and we expect fly-tipping to increase.

The Town Council would be willing to discuss taking on the management of public toilets and some grass cutting in the town if the council provides funding for the first three years.

Clerc y Cyngor / Town Clerk
""", keep=[("Cyngor Tref Rhymni", "town council"), ("14 Ionawr", "meeting date in Welsh"), ("14 January", "meeting date"), ("Trehir", "place"), ("Clerc y Cyngor", "job title in Welsh")])

r("young person", """
im 17 and the youth club in senghennydd is the only thing to do in the village. if you cut the youth service well just be on the streets. the youth worker jamie has helped so many of us with mental health stuff and getting into college. without the club i would probably have dropped out. theres nothing else up here, the bus to caerffili is once an hour
""", pd=[("person", "jamie")], keep=[("senghennydd", "Welsh village, lower case")])

r("resident", """
Council tax up 7.9% and the bins get collected less often. Grass not cut. Potholes everywhere. What exactly are we paying for? I live on Heol y Felin in Llanbradach and the road hasn't been resurfaced since 1998. There's a pothole outside the chapel you could lose a small dog in. I've reported it on the app four times.
""", pd=[("street", "Heol y Felin")], keep=[("Llanbradach", "Welsh village")])

r("resident", """
Rwy'n dysgu Cymraeg ers dwy flynedd - sorry, my Welsh isn't good enough to write all this! I'd just like to say please keep the Welsh for Adults classes at the library in Coed Duon. They are cheap and friendly and they're where I've met most of my friends since moving here.
""", keep=[("Coed Duon", "Welsh town name"), ("Welsh for Adults", "course name")])

r("resident", """
I agree with most of the savings. The council has to balance the books and it's not their fault the Welsh Government settlement is so poor. But please protect social services. My mam is in a care home and the staff there are run ragged. She's well looked after but you can see they're short-handed, especially at weekends. If social services are cut any further I dread to think what will happen.
""", keep=[("mam", "Welsh English 'mum'")])

r("resident", """
SHUT THE COUNCIL OFFICES IN TREDOMEN AND LET THEM WORK FROM HOME LIKE EVERYONE ELSE. THAT WOULD SAVE MILLIONS
""", keep=[("TREDOMEN", "place in capitals")])

r("local worker", """
I'd like to comment on the street lighting proposal. Turning off the lights between midnight and 5am might save money, but I'm a nurse and I walk home from the bus stop at half past midnight after late shifts. I don't feel safe in the dark. I live in Cwrt y Deri, Ystrad Mynach, and the path from the main road goes past the woods. Please think about women's safety.
""", pd=[("street", "Cwrt y Deri")], keep=[("Ystrad Mynach", "Welsh town")])

r("resident", "N/A")

r("resident", """
Dim codiad yn y dreth gyngor. Dim toriadau i'r ysgolion. Mae digon o wastraff yn y cyngor - dechreuwch yno.
""", keep=[("Dim", "Welsh 'no/none'"), ("Mae digon", "Welsh phrase")])

r("parent", """
My son has autism and goes to the special resource base at Pengam. He gets transport there because it's not our local school. The consultation says "review of additional learning needs transport" but doesn't say what that means. Please give parents clear information. I'm very worried. Changes to his routine are really hard for him. If the transport changes we'd need months of preparation, not a letter in August telling us what's happening in September.
""", keep=[("Pengam", "Welsh village"), ("additional learning needs", "education term")])

r("resident", """
I don't mind paying more council tax. Most people would rather pay an extra £2 a week than lose leisure centres, libraries and youth clubs. The council should say so loudly.
""")

r("resident", """
Please don't cut the grass cutting budget - actually, DO cut it. Leave the verges for the bees and wildflowers. It saves money and it's better for nature. Win-win. The council in the next valley did it two years ago and the verges are full of orchids now.
""", keep=[("DO", "capitalised word")])

r("resident", """
I've lived at Bryn Awel, Heol Las, Nelson for 34 years and I've never known the council in such a state. Our council tax account number is 40138862 - please check, we've paid every penny on time for 34 years - and now you want more? For what?
""", pd=[("house_name", "Bryn Awel"), ("street", "Heol Las"), ("account_number", "40138862")], keep=[("Nelson", "Welsh village, looks like a name")])

r("community group", """
Caerffili Food Bank / Banc Bwyd Caerffili

We are seeing record numbers of people using the food bank, including working families. A 7.9% rise in council tax will push more households into arrears. We ask the council to increase the Council Tax Reduction Scheme discretionary fund and to make sure anyone struggling is referred for advice, not to bailiffs.
""", keep=[("Caerffili Food Bank", "charity"), ("Banc Bwyd Caerffili", "charity, Welsh name"), ("Council Tax Reduction Scheme", "scheme name")])

r("resident", """
Mae'n warthus bod y cyngor yn ystyried cau Llyfrgell Abertridwr. Dyma'r unig le yn y pentref lle mae pobl hŷn yn gallu defnyddio cyfrifiadur a chael help. Plîs meddyliwch eto. Mae'r bws i Gaerffili yn ddrud ac yn araf, a does gan lawer o bobl ddim car.
""", keep=[("Llyfrgell Abertridwr", "library name in Welsh"), ("Mae'n", "Welsh word")])

r("disabled resident", """
I am registered disabled and rely on the council's assisted bin collection. The consultation proposes reviewing "non-statutory" assisted collections. Without it, I cannot get my bins to the kerb. Please do not remove this service. My details: Mrs Bethan Llewellyn, 7 Maes y Coed, Ystrad Mynach, cf82 7qh.
""", pd=[("person", "Bethan Llewellyn"), ("street", "7 Maes y Coed"), ("postcode", "cf82 7qh")], keep=[("Ystrad Mynach", "Welsh town")])

r("resident", """
the council should stop paying for consultants and agency staff. my cousin works there and says they pay agency social workers £60 an hour. sort that out before putting our tax up and the councillors expenses. every year its the same, tax goes up, services go down
""")

r("leisure centre user", """
Totally against closing Glanyrafon. My dad had a heart attack last year and the cardiac rehab classes there have given him his life back. He's 68 and he's never been fitter.
""", keep=[("cardiac rehab", "medical term"), ("Glanyrafon", "leisure centre")])

r("resident", """
No comment on most of it. But please, PLEASE fix the road at the bottom of Commercial Street in Pontypridd... oh, sorry, that's a different council isn't it. Never mind.
""", keep=[("Commercial Street", "street used as landmark"), ("Pontypridd", "town"), ("PLEASE", "capitalised word")])

r("business owner", """
I'm a farmer above Rhymni. The proposal to reduce gritting on the mountain roads is dangerous. Last winter the milk lorry couldn't get to us for four days and we had to pour milk away. The school bus couldn't get through either. Gritting the B4257 should be a priority, not a cut.
""", keep=[("B4257", "road number"), ("Rhymni", "Welsh town")])

r("resident", """
Shwmae. Dim ond eisiau dweud bod angen cadw'r gwasanaeth ieuenctid. Mae fy merch Lowri yn mynd i'r clwb ieuenctid yn Nhrecelyn bob nos Fawrth ac mae e wedi newid ei bywyd hi. Diolch.
""", pd=[("person", "Lowri")], keep=[("Shwmae", "Welsh greeting"), ("Nhrecelyn", "Welsh place, mutated"), ("nos Fawrth", "Tuesday night in Welsh")])

r("resident", """
Why can't the council sell off some of the buildings it doesn't use? There are at least three empty council buildings in Caerffili town centre. Use the money instead of taxing us more. One of them has had a 'to let' sign on it since before Covid. It must cost a fortune just to insure. Sell it to a housing association and let them turn it into flats.
""", keep=[("Caerffili", "Welsh town")])

r("resident", "Rwy'n cytuno.", keep=[("Rwy'n cytuno", "Welsh 'I agree'")])

r("resident", """
I would like to object to the closure of the household recycling centre at Trehir. Fly-tipping on the mountain road above our house is already terrible. Last month someone dumped a whole kitchen, and we reported the van - a white Transit, WA66 VKZ - to the council but heard nothing. Closing the tip will make it ten times worse. The clean-up costs will wipe out whatever you save.
""", pd=[("vehicle_registration", "WA66 VKZ")], keep=[("Transit", "van model"), ("Trehir", "place")])

r("staff member", """
I'm a teaching assistant in a primary school in the valley. If the school budgets are cut again, TAs will go first. The children who need us most - the ones with additional needs, the ones who come in hungry - will suffer. I'd support a council tax rise to protect schools. We already buy our own glue sticks and paper for the classroom. There's no more fat to cut.
""", keep=[("teaching assistant", "job title"), ("TAs", "abbreviation")])

r("resident", """
I pay my council tax by direct debit (ref. CT-2291-4406-7) and I've just had a letter saying I'm in arrears, which I'm not. When I rang, I was on hold for 48 minutes. Before you put the tax up, maybe fix the service? Happy to be contacted on 029 2018 0417 during the day.
""", pd=[("account_number", "CT-2291-4406-7"), ("phone", "029 2018 0417")])

r("resident", """
Cyngor da, ond rhy ddrud. Mae'r dreth gyngor wedi codi bob blwyddyn ers deg mlynedd. Digon yw digon.
""", keep=[("Digon yw digon", "Welsh phrase 'enough is enough'")])

r("resident", """
In answer to question 6: I'd be willing to pay up to 5% more but not 7.9%.
In answer to question 7: protect schools, social care and bin collections.
In answer to question 8: cut the council's magazine, the councillors' allowances and the consultants.
""")

r("carer", """
I care for my husband Gareth who has motor neurone disease. The respite care at Tŷ Nant day centre gives me one day a week to rest. The consultation says day services will be "remodelled". I've seen what remodelled means before - it means closed. If Tŷ Nant goes I don't know how I will cope. My national insurance number is QQ 61 08 44 C if you need it for the carer's assessment I was promised two years ago and never got.
""", pd=[("person", "Gareth"), ("ni_number", "QQ 61 08 44 C")], keep=[("motor neurone disease", "medical condition"), ("Tŷ Nant day centre", "council day centre"), ("Tŷ Nant", "building name used as landmark")])

r("parent", """
Please keep the lollipop ladies and men! The one outside Ysgol Gynradd Gymraeg Caerffili is the only thing stopping a child getting run over. Cutting school crossing patrols is a false economy. The road outside is a rat run for people avoiding the bypass in the morning. Drivers do 40 there. The lollipop lady has nearly been hit herself twice this year. Please keep her.
""", keep=[("Ysgol Gynradd Gymraeg Caerffili", "school name"), ("lollipop ladies", "role")])

r("resident", """
I read the budget document. The council has £180 million in reserves, of which £60 million is "usable". Why is it not using some of it to protect services this year while lobbying for a fairer settlement? Other councils in Wales are doing exactly that.
""", keep=[("Wales", "country")])

r("resident", """
dont put the tax up, simple as that. we cant afford it. everythings gone up
""")

r("community group", """
Bore da. My name is Iolo and I'm the secretary of Bargod Rugby Club. We rent the council pitches at Parc Bargod. The proposal to increase pitch hire by 40% would nearly double our costs in two years. We run four junior sides and a women's team - 200 kids on a Sunday morning. Please reconsider. We already charge subs and fundraise every weekend. A 40% increase would mean putting the junior fees up and some families would just stop coming.
""", pd=[("person", "Iolo")], keep=[("Bore da", "Welsh 'good morning'"), ("Bargod Rugby Club", "sports club"), ("Parc Bargod", "park name")])

r("resident", """
I support the proposals. The council has been honest about the choices and I'd rather have a council that balances its books than one that goes bust like some in England. Paying a bit more is better than the alternative.
""", keep=[("England", "country")])

r("retired", """
Helo. Dwi'n byw yn Fflat 5, Tŷ'r Orsaf, Ystrad Mynach ac mae'r lifft wedi torri ers tri mis. Dwi'n 79 oed ac yn methu mynd lawr y grisiau. Dyw hyn ddim yn ymwneud â'r gyllideb efallai, ond does neb yn gwrando. Ffoniwch fi ar (029) 2018 0833 os gwelwch yn dda. - Megan
""", pd=[("flat", "Fflat 5, Tŷ'r Orsaf"), ("phone", "(029) 2018 0833"), ("person", "Megan")], keep=[("Ystrad Mynach", "Welsh town"), ("os gwelwch yn dda", "Welsh 'please'")])

r("resident", """
Keep the libraries open. Cut the number of councillors instead. Wales does not need 22 councils for 3 million people.
""")

r("resident", """
As a Welsh speaker I want to say that the council's Welsh-language services have already been cut to the bone. When I phone the Welsh line I get an answerphone. If there are further cuts the council will be breaching the Welsh Language Standards. Mae gen i hawl i wasanaeth yn Gymraeg.
""", keep=[("Welsh Language Standards", "regulation"), ("Mae gen i hawl", "Welsh phrase")])

r("resident", """
Mae fy mam-gu yn 93 oed ac yn byw ar ei phen ei hun yn Senghennydd. Mae'r gwasanaeth pryd ar glud yn golygu ei bod hi'n cael pryd poeth bob dydd a bod rhywun yn galw i'w gweld hi. Plîs peidiwch â'i dorri.

(My nan is 93, lives alone in Senghennydd, and meals on wheels means she gets a hot meal every day and someone checks on her. Please don't cut it.)
""", keep=[("Senghennydd", "Welsh village"), ("pryd ar glud", "Welsh 'meals on wheels'")])

r("resident", """
I have a question about the consultation itself. Why was the online survey only available in English for the first week? The Welsh version went up on 20 January. This is a breach of the council's own Welsh language scheme. It also means people who prefer to respond in Welsh had a week less to do so. I'd like to know how many Welsh responses were received compared with last year.
""", keep=[("20 January", "date, not DOB")])

r("resident", """
The parking charges at Morrisons and the leisure centre car parks will just move cars onto residential streets. We already can't park outside our own house on Heol Pen-y-Bryn because of commuters going to Ystrad Mynach station. If the charges come in, we need residents' permits. My car's a blue Corsa, CU19 PEK, I'm usually parked three doors down.
""", pd=[("street", "Heol Pen-y-Bryn"), ("vehicle_registration", "CU19 PEK")], keep=[("Morrisons", "supermarket"), ("Corsa", "car model"), ("Ystrad Mynach station", "railway station")])

r("resident", """
Rwy'n anghytuno'n gryf gyda chau Canolfan Hamdden Glanyrafon. Dim sylw arall.
""", keep=[("Dim sylw", "Welsh 'no comment'")])

r("resident", """
I don't understand why the council keeps funding the Caerffili Castle events when it's cutting youth clubs. Tourists don't pay council tax.
""", keep=[("Caerffili Castle", "landmark")])

r("community group", """
I'm writing as a trustee of Cwm Rhymni Age Concern Forum (not Age UK, we're independent!). Our members' biggest concerns are: 1) closure of public toilets 2) bus subsidy cuts 3) changes to the community alarm service 4) library hours. Older people are more likely to be lonely and isolated in the valleys and these are the services that keep them connected. We'd be glad to help the council design alternatives, if only it would talk to us before the decisions are made.
""", keep=[("Cwm Rhymni Age Concern Forum", "community group"), ("Age UK", "charity")])

r("parent", """
i cant even afford the council tax i pay now. im a single mum of three working part time at tesco. i got a court summons last year for £300 arrears. please think about people like me before you put it up again. my insta is @lwsgriffiths if you want to see what life is like on the estate
""", pd=[("social_handle", "@lwsgriffiths")], keep=[("tesco", "supermarket, lower case")])

r("carer", """
To whom it may concern,

I am writing about the proposal to reduce the number of bin collections to every four weeks.

I live with my son, who is doubly incontinent and uses a large number of continence products. We already struggle to fit everything into the bin every three weeks. Please ensure there is a specific exemption for households with medical waste, and that it is easy to apply for.

Yours sincerely,
Aled ap Gwilym
Awelfryn, 22 Ffordd yr Eglwys, Abertridwr
CF83 4JS
aledapg@example.cymru
""", pd=[("person", "Aled ap Gwilym"), ("house_name", "Awelfryn"), ("street", "22 Ffordd yr Eglwys"), ("postcode", "CF83 4JS"), ("email", "aledapg@example.cymru")],
  keep=[("Abertridwr", "Welsh village"), ("To whom it may concern", "salutation")])

r("resident", """
The consultation is too long and too complicated. Most people won't fill it in, which suits the council because then it can say "nobody objected".
""")

r("resident", """
Please keep the community hub in Rhymni open. It's where Citizens Advice, the credit union and the housing officer all have drop-ins. Closing it means people have to get two buses to Caerffili to get help. Two buses there and two back is a whole day for someone with a toddler, and the fares add up to more than a week's food shop for some families.
""", keep=[("Citizens Advice", "organisation"), ("credit union", "organisation type"), ("housing officer", "job title")])

r("carer", """
My wife and I (we're both 82) have a council tax reduction because of her dementia (Severe Mental Impairment). Will this still apply? The letter didn't say. I've written the reference here: account 700 418 226. Many thanks, Emrys Pritchard
""", pd=[("account_number", "700 418 226"), ("person", "Emrys Pritchard")], keep=[("Severe Mental Impairment", "council tax disregard category"), ("dementia", "medical term")])

r("resident", """
Gofynnwch i Lywodraeth Cymru am fwy o arian yn lle cosbi trigolion. Diolch.
""", keep=[("Lywodraeth Cymru", "Welsh Government, mutated"), ("Diolch", "Welsh 'thanks'")])

r("resident", """
I'd like to see the council generating income rather than just cutting - solar farms on council land, renting out empty office space, charging for events. Monmouthshire does it, why not us? There are hectares of council-owned land on the hillsides doing nothing. Even a small solar farm would bring in money every year instead of a one-off sale.
""", keep=[("Monmouthshire", "county")])

r("parent", """
Ysgol Gymraeg or not, please keep school transport for all kids over 2 miles. My daughter goes to an English-medium school 3.5 miles away because the nearer one is a faith school. We're not religious. Why should we pay for a bus when the Catholic families get it free? I'm not against faith schools, I just think the rules should be the same for everyone. Simple as that.
""", keep=[("Ysgol Gymraeg", "Welsh-medium school"), ("Catholic", "religion")])

r("resident", """
Born and bred in Bargod, lived here 58 years. The town has been hollowed out. Every cut hits us harder than Caerffili or Blackwood. We've lost the bank, the police station, the swimming baths and now they want the toilets. Shame on them. My grandfather worked at the pit, my father at the steelworks, and I worked for the council for 30 years. I never thought I'd see the town like this.
""", keep=[("Bargod", "Welsh town"), ("Blackwood", "town")])

r("care worker", """
Croeso i unrhyw gynllun sy'n diogelu gofal cymdeithasol. Rwy'n gweithio gyda phobl hŷn yn eu cartrefi ac rwy'n gweld bob dydd faint mae'r gwasanaeth yn ei olygu iddyn nhw. Codwch y dreth os oes rhaid. Mae gofalwyr yn gweithio'n galed am gyflog isel, ac maen nhw'n haeddu gwell.
""", keep=[("Croeso", "Welsh 'welcome'"), ("gyda", "Welsh 'with'"), ("Codwch y dreth", "Welsh phrase")])

r("retired", """
Rwy'n byw ar fy mhen fy hun ers i'm gŵr farw. Ces i fy ngeni ar 5 Mawrth 1949 ac rwy'n derbyn pensiwn y wladwriaeth yn unig. Mae'r dreth gyngor yn ormod i mi. Oes gostyngiad i bobl fel fi?

Elin Morgan-Rees, 3 Stryd y Capel, Bargod
""", pd=[("date_of_birth", "5 Mawrth 1949"), ("person", "Elin Morgan-Rees"), ("street", "3 Stryd y Capel")], keep=[("Bargod", "Welsh town"), ("Rwy'n", "Welsh word")])

r("resident", """
At the ward surgery in November Cllr Dai Probert told us the leisure centre was "safe". Two months later it's on the cuts list. I've also written to our MS, Lowri Mathias-Owen, who says she'll raise it in the Senedd. We'll see. Trust in this council is at rock bottom in Llanbradach.
""", pd=[("person", "Dai Probert"), ("person", "Lowri Mathias-Owen")], keep=[("Senedd", "Welsh Parliament"), ("November", "month"), ("Llanbradach", "Welsh village")])

r("resident", """
I sent in my Council Tax Reduction form in October with my NI number (QQ558014A) and payslips and I've heard nothing. Meanwhile I've had a reminder AND a final notice. If the tax is going up you need more staff processing reductions not fewer. I've been posting about it on X, fi yw @cariad_cwm os ydych chi eisiau gweld yr holl lythyrau.
""", pd=[("ni_number", "QQ558014A"), ("social_handle", "@cariad_cwm")], keep=[("Council Tax Reduction", "scheme"), ("October", "month"), ("AND", "capitalised word")])

r("staff member", """
Rwy'n ysgrifennu fel pennaeth ysgol gynradd Gymraeg yn y cwm, ond yn bersonol, nid ar ran yr ysgol.

Mae'r cynigion yn y gyllideb yn fy mhoeni'n fawr. Mae cyllidebau ysgolion wedi cael eu torri bob blwyddyn ers deng mlynedd, ac erbyn hyn rydym yn gwneud dewisiadau amhosib: cynorthwyydd dosbarth neu athro, gwersi nofio neu lyfrau newydd. Os bydd y cyngor yn torri 3% arall, bydd rhaid i ni golli staff.

Rwy hefyd yn pryderu am y cynnig i dorri cludiant am ddim i ysgolion cyfrwng Cymraeg. Mae tua thraean o'n disgyblion yn dod ar y bws. Mae llawer ohonyn nhw'n dod o gartrefi lle nad oes neb yn siarad Cymraeg, a'r ysgol yw'r unig le maen nhw'n clywed yr iaith.

In English, briefly: school budgets have been cut every year for ten years and we are now making impossible choices between a classroom assistant and a teacher, swimming lessons or new books. Another 3% cut means losing staff. About a third of our pupils come by bus, many from homes where nobody speaks Welsh, and school is the only place they hear the language. Cutting free transport would undermine everything the county says about supporting Welsh.

I understand the council is in a very difficult position, and I would support a council tax rise if it protected schools. But please don't balance the budget on the backs of children.

Diolch yn fawr,
Nia Wyn Evans
""", pd=[("person", "Nia Wyn Evans")], keep=[("Diolch yn fawr", "Welsh 'thank you very much'"), ("Rwy hefyd", "Welsh words"), ("Cymraeg", "Welsh language")])

r("retired", """
I'm 72, retired from the civil service, and I've read the whole budget book, so I hope you'll bear with me.

1. Council tax. I accept it has to go up. But 7.9% on top of 6.9% last year and 5.5% the year before is compound growth of over 20% in three years, while the state pension has gone up less than that. The council should publish what the rise means in pounds for each band, not just as a percentage, because people don't understand percentages.

2. Reserves. The council is holding over £60 million in usable reserves. Some of that is earmarked, I know. But I counted at least £9 million in earmarked reserves for things like "service transformation" and "digital strategy" that could surely be used to protect frontline services for one more year.

3. Senior pay. There are 14 officers paid over £100,000. I'm not saying cut them all, but I would like to see a cap on senior pay rises before anyone's care package is reduced.

4. Leisure centres. Closing Glanyrafon and keeping the others open full hours seems unfair on the lower valley. Why not reduce hours across all the centres a little?

5. Libraries. Co-locate them with the community hubs, as you've done in Rhymni. It seems to work there.

6. Street lighting. I support part-night lighting in residential areas, but not on main roads or near bus stops.

7. Car parking. Fine to increase charges in Caerffili, but keep the first hour free in the smaller towns or you will finish them off.

8. Grass cutting. Cut less. Nobody will mind.

9. The council magazine. Stop printing it.

Thank you for the opportunity to comment. I hope somebody actually reads these.
""", keep=[("Glanyrafon", "leisure centre"), ("Rhymni", "Welsh town"), ("Caerffili", "Welsh town")])

r("resident", """
We're a young couple who bought our first house in Llanbradach last year, a two-bed terrace in Band B. Our mortgage went up by £280 a month when we remortgaged in the summer, our energy bills are through the roof, and now council tax is going up by nearly 8%. We both work full time, we don't qualify for any help, and honestly it feels like people like us are just expected to keep absorbing it. We'd accept a smaller rise if the council could show us exactly what it's being spent on. At the moment the bins are collected every three weeks, the play area at the end of our street has been taped off for a year and the road is falling apart. It's hard to see where the money goes.
""", keep=[("Llanbradach", "Welsh village"), ("Band B", "council tax band")])

r("parent", """
Hoffwn i ymateb ynglŷn â'r cynnig i leihau oriau'r llyfrgelloedd. Rwy'n mynd â'm plant i Lyfrgell Bargod bob dydd Sadwrn. Mae'r llyfrgell yn un o'r ychydig lefydd yn y dref lle gallwn ni gael llyfrau Cymraeg am ddim. Mae llyfrau Cymraeg i blant yn ddrud, ac nid yw'r siopau yn y dref yn eu gwerthu nhw o gwbl.

Mae'r staff yn wych ac maen nhw'n trefnu sesiynau stori Cymraeg i blant bach bob mis. Mae hyn yn bwysig iawn i deuluoedd fel ni, lle mae dim ond un rhiant yn siarad Cymraeg.

Os oes rhaid torri oriau, plîs cadwch y llyfrgell ar agor ar ddydd Sadwrn, pan mae teuluoedd sy'n gweithio yn gallu mynd yno.

Diolch.
""", keep=[("Lyfrgell Bargod", "library name, mutated Welsh"), ("dydd Sadwrn", "Saturday in Welsh"), ("Hoffwn", "Welsh word")])

r("resident", """
I would rather pay a little more in council tax than lose our libraries. The leisure centre campaigners have been saying the same about Glanyrafon and I agree with them, but for me it's the library in Abertridwr. It's the only place in the village with free wifi, and my son does his homework there because we can't afford broadband at home. Please protect libraries in the small villages, not just the big towns.
""", near=("glanyrafon-leisure", "reuses the template's 'pay a little more in council tax' sentence about a different service"), keep=[("Abertridwr", "Welsh village")])
