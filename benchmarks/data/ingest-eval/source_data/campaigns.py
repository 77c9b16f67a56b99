"""Campaign template texts. Each is the 'template' (most common, unedited) form."""

# (a) planning: many exact copies
HOLLINS = """I wish to object to planning application 24/01873/OUT for 120 dwellings on land west of Hollins Lane, Aldershaw.

The site is open countryside outside the settlement boundary in the adopted Local Plan, and the council can already show a five year housing land supply. There is no need to release a greenfield site that the Inspector removed from the plan in 2021.

Hollins Lane is a single track road with no footway for most of its length. Another 200 or more cars a day at the junction with the B4012 is an accident waiting to happen, and children walk this way to Brampton Brook Primary.

The lower field floods every winter. Building over it will push more water into Brampton Brook and onto homes downstream in Little Brampton.

Aldershaw Medical Centre is already closed to new patients and the primary school is full.

Please refuse this application."""

# (e) planning: Aldershaw Village Society template, pasted into letters
SOCIETY = """I am writing to register my objection to the outline application by Barnfield Homes for up to 120 homes at Hollins Meadow (ref 24/01873/OUT).

Aldershaw has already taken more than its share of new housing. Since 2015 the Kestrel Rise and Millfield estates have added over 300 homes with no new school, no new surgery and no improvement to the B4012. Residents were promised a new footpath to the station in 2018 and it has still not been built.

Hollins Meadow is one of the last green spaces on this side of town. It is used every day by walkers, and it is home to skylarks, barn owls and a badger sett which the developer's ecology report fails to mention. The hedgerows along Hollins Lane are ancient and would be ripped out to make the visibility splays.

The application relies on a transport assessment carried out in August, during the school holidays, when traffic is at its lightest. It cannot be trusted.

I ask the planning committee to listen to the people who live here and refuse this application. If it is approved, I urge the council to insist on the footpath, a contribution to school places and a proper flood management scheme before a single house is occupied."""

# (b) library: copies with an added personal paragraph
FERNSIDE = """I am responding to the consultation on the future of Fernside Library.

Fernside Library is not just a building full of books. It is a warm, safe and free place in the heart of our community, open to everyone regardless of age or income. For many people it is the only place where they can use a computer, get help with online forms, or simply talk to someone.

The council's proposal to hand the library over to volunteers is a closure by another name. Volunteers cannot replace trained library staff, and community-run libraries elsewhere in the country have struggled to stay open once the initial funding runs out.

The savings are tiny compared with the council's overall budget, but the loss to Fernside would be huge. Children's reading, adult learning and support for older and isolated residents all depend on a properly staffed library.

I urge the council to withdraw this proposal and keep Fernside Library open with professional staff."""

# (c) hospital: copies reworded into first person singular / shortened
WREXBY_AE = """We are writing as residents of Wrexby and the surrounding villages to oppose the plan to move the A&E department and the consultant-led maternity unit from Wrexby General Hospital to Hallingford.

The journey from Wrexby to Hallingford is 23 miles on the A614, and it can take well over an hour in winter or when the road is closed. For people in the outlying villages it is further still. In a heart attack, a stroke or an emergency birth, those extra minutes cost lives.

There is no direct public transport between the two towns after 6pm. Families visiting a sick relative, or a mother and new baby, will face a journey that many simply cannot afford or manage.

The trust says the change is about safety and staffing, but we believe it is about money. Wrexby General has served this community for over 70 years and its staff are among the most dedicated anywhere.

We call on the trust board and the Integrated Care Board to reject this option and keep full A&E and maternity services at Wrexby General Hospital."""

# (d) buses: partial copies
ROUTE36 = """I am writing to object to the proposed withdrawal of the 36 bus between Hallow End, Bramcote St Mary and Kellingham.

The 36 is the only public transport for these villages. Without it, people who do not drive will have no way of getting to work, to college, to the doctor or to the shops in Kellingham. Many of those who rely on it are older people, young people and people with disabilities.

The proposed replacement, a demand responsive service that has to be booked the day before, is not a substitute. It does not run early enough for work, it cannot be relied on for hospital appointments, and many older people do not have smartphones to book it.

Cutting the 36 will leave people isolated, push more cars onto the roads and go against the council's own climate commitments.

Please keep the 36 running at least every two hours, Monday to Saturday."""

# (f) hospital: small, short campaign (3 copies)
MIDWIFE = """Please keep a midwife-led birth unit at Wrexby General if consultant maternity moves to Hallingford. Low-risk mothers should not have to travel 23 miles in labour. A local unit with good ambulance transfer arrangements is safe, is popular with families and would keep skilled midwives working in our town."""

# (g) budget-wales: English template, some copies bilingual
GLANYRAFON = """I am responding to the council's budget consultation to oppose the proposal to close Glanyrafon Leisure Centre in Ystrad Mynach and to cut opening hours at the remaining centres.

Glanyrafon is used by thousands of people every week: swimming lessons for children, exercise referral for people recovering from heart problems and strokes, sessions for older and disabled people, and the only public pool in the lower valley.

Closing it would save a small amount this year but cost far more in the long run through poorer health, more pressure on the NHS and fewer children learning to swim. Schools in the area would lose their swimming lessons altogether.

I would rather pay a little more in council tax than lose this facility. Please find the savings elsewhere and keep Glanyrafon Leisure Centre open."""

# (g2) budget-wales: Welsh-language template
CLUDIANT = """Rwy'n gwrthwynebu'r cynnig i dorri cludiant am ddim i ddisgyblion sy'n mynychu ysgolion cyfrwng Cymraeg.

Mae llawer o deuluoedd yn y sir yn byw ymhell o'r ysgol Gymraeg agosaf, ac mae'r bws ysgol yn hanfodol iddyn nhw. Os bydd rhieni'n gorfod talu, bydd rhai plant yn symud i ysgolion Saesneg, ac mae hynny'n mynd yn groes i nod Llywodraeth Cymru o gael miliwn o siaradwyr Cymraeg erbyn 2050.

Mae'r arbediad yn fach ond bydd y niwed yn fawr, yn enwedig i deuluoedd ar incwm isel sydd eisoes yn ei chael hi'n anodd.

Os gwelwch yn dda, cadwch y cludiant am ddim i ysgolion cyfrwng Cymraeg."""

TEMPLATES = {
    "hollins-standard": HOLLINS,
    "aldershaw-society-letter": SOCIETY,
    "keep-fernside": FERNSIDE,
    "save-wrexby-ae": WREXBY_AE,
    "save-the-36": ROUTE36,
    "midwife-unit": MIDWIFE,
    "glanyrafon-leisure": GLANYRAFON,
    "cludiant-cymraeg": CLUDIANT,
}

if __name__ == "__main__":
    for k, v in TEMPLATES.items():
        print(k, len(v.split()))
