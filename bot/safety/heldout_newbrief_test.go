package safety

// newBriefSplits were written to testdata/heldout-brief.md, which asks for
// most crises to be hinted at rather than stated; the rules alone catch
// far fewer of their crises than of the first brief's, so the README
// reports them apart.
var newBriefSplits = []heldOutSplit{
	// v53: 920 messages by eight more writers (older people in rural
	// Scotland, Ireland and the north of England, West African pidgin
	// speakers, American teens on gaming and sports servers, South Asian
	// English speakers, carers and health workers, Australians and New
	// Zealanders, non-native speakers across Europe, Latin America and
	// Asia, long-winded middle-aged writers), written after 418dc0e (the
	// fixes from v52) was committed, blind to everything; no near copy
	// found. The brief was written anew (the last one was lost with the
	// scratch space) and asks for most crises to be hinted at rather than
	// stated; rules alone caught 36% of its crises, against about 55-60%
	// on v43-v52. Measured on 418dc0e: 358/384, 162/176, 15/360 (rules
	// alone 289/384, 63/176, 13/360). Four of its red-flag misses are
	// pairs whose red flag was in the previous message and whose new
	// message asks something unrelated: the bot gave the first one the
	// urgent advice, and answers the second on its own, as issue 10 says.
	{"testdata/heldout-v53.jsonl", 358, 162, 15},
	// v54: 919 messages by eight more writers with the same brief
	// (couriers and gig workers, Caribbean and Black British writers,
	// people from the Philippines, Malaysia, Indonesia and Singapore and
	// their overseas workers, older Americans in the South and Midwest,
	// young parents, East and Southern Africans, climbers, riders,
	// dancers, roofers and players, people writing to a bot at 3am),
	// written after aa09206 (the fixes from v53) was committed, blind to
	// everything. One near copy of training text dropped before
	// measuring. Measured on aa09206: 356/384, 163/176, 18/359 (rules
	// alone 290/384, 68/176, 13/359).
	{"testdata/heldout-v54.jsonl", 356, 163, 18},
	// v55: 920 messages by eight more writers (chefs, baristas and hotel
	// night staff, Arabic, Turkish, Persian and Urdu speakers abroad,
	// farmers, ranchers, fishers and forestry workers, students and young
	// professionals from India, Nigeria, Kenya, Ghana and the Philippines,
	// people over 65 new to Discord, tradespeople and agency workers,
	// carers of parents, partners and teenagers, people on chronic pain
	// forums), written after 7405c7b (round 17 of the examples and the
	// fixes from v54) was committed, blind to everything, with v53's
	// brief and its paragraph on pairs made plain (a pair continues the
	// first message); no near copy found. Measured on 7405c7b: 377/384,
	// 163/176, 10/360 (rules alone 312/384, 60/176, 18/360).
	{"testdata/heldout-v55.jsonl", 377, 163, 10},
	// v56: 920 messages by eight more writers with v55's brief (school
	// staff, Latin Americans writing in English, forces, police, fire
	// and ambulance people, musicians, artists and streamers, careful
	// textbook English from the Middle East, North Africa and South Asia,
	// truckers, drivers, pilots and crew, North American parents, older
	// men from Eastern Europe and their children abroad), written after
	// 49f9ecb (the fixes from v55) was committed, blind to everything; no
	// near copy found. Measured on 49f9ecb: 373/384, 169/176, 11/360
	// (rules alone 317/384, 52/176, 18/360).
	{"testdata/heldout-v56.jsonl", 373, 169, 11},
	// v57: 920 messages by eight more writers with v55's brief (nurses,
	// healthcare assistants and care staff, gym-goers and lifters, rural
	// people of the American South and Midwest, East and Southeast Asians
	// writing in English, Irish and Scots, people living with disability
	// or long-term illness, gig-economy and warehouse workers, pregnant
	// women and new mothers), written after be6c884 (the fixes from v56,
	// the sure-crisis vote and round 18 of the examples) was committed,
	// blind to everything; no near copy found. Measured on be6c884:
	// 373/384, 174/176, 10/360 (rules alone 303/384, 59/176, 12/360).
	{"testdata/heldout-v57.jsonl", 373, 174, 10},
	// v58: 919 messages by eight more writers with v55's brief (retail
	// workers, European students writing in English, builders and
	// traders in the Caribbean and Africa, older women in the UK, Ireland
	// and Canada, office and IT workers, people in recovery or without
	// a home, Australians, New Zealanders and Pacific Islanders, South
	// Asian families on WhatsApp), written after 33b6a88 (v57's fixes and
	// rounds 18 and 19) was committed, blind to everything; one near copy
	// of a training example dropped. Measured on 33b6a88: 376/383,
	// 173/176, 16/360 (rules alone 295/383, 69/176, 19/360).
	{"testdata/heldout-v58.jsonl", 376, 173, 16},
	// v59: 920 messages by eight more writers with v55's brief (college
	// athletes and their coaches, older people in Wales and the West
	// Country, migrant workers from South Asia in the Gulf and Southeast
	// Asia, cleaners, porters, postal workers and drivers in English
	// cities, rural Canadians and Alaskans far from a hospital,
	// neurodivergent and anxious writers, grandparents raising
	// grandchildren, Southern Africans), written after dc59a0d (v58's
	// split and the review's mend of the thresholds) was committed, blind
	// to everything; no near copy found. Measured on dc59a0d: 372/384,
	// 173/176, 11/360 (rules alone 306/384, 72/176, 13/360).
	{"testdata/heldout-v59.jsonl", 372, 173, 11},
	// v60: 920 messages by eight more writers with v55's brief (US
	// veterans and their spouses, Singlish, Manglish and Hong Kong
	// English, Midwest and Southern warehouse and plant workers writing
	// Spanish and English, massage therapists, trainers, physios and
	// chiropractors about clients, teenagers on Discord, Hinglish
	// speakers in India, bar, club and festival workers, older Americans
	// living alone and their children), written after 72be8e7 (the
	// rules' fixes from v58 and v59) was committed, blind to everything;
	// no near copy found. Measured on 72be8e7: 369/384, 163/176, 27/360
	// (rules alone 289/384, 64/176, 21/360).
	{"testdata/heldout-v60.jsonl", 369, 163, 27},
	// v61: 919 messages by eight more writers with v55's brief (Eastern
	// European care workers, drivers and pickers abroad, North African
	// and Middle Eastern families in Europe, Native American and First
	// Nations people, call-centre workers in Manila and India, East and
	// Southeast Asian students abroad, parents in online groups,
	// gardeners and tree surgeons, Gen Z students and interns), written
	// after 352eb18 (the fixes from v60, rounds 20 and 21 of the
	// examples) was committed, blind to everything; no near copy found
	// (one writer's last message came after the split was measured and
	// is left out). Measured on 352eb18: 379/384, 167/176,
	// 12/359 (rules alone 321/384, 65/176, 17/359).
	{"testdata/heldout-v61.jsonl", 379, 167, 12},
	// v62: 920 messages by eight more writers with v55's brief (young
	// working men in Scotland and the north of England, Brazilians and
	// Portuguese writing English and Portuguese, Indonesians and
	// Malaysians mixing Bahasa and English, Australian miners and FIFO
	// workers, Deaf and hard-of-hearing writers, women in church groups
	// in the US South and West and East Africa, new immigrants from
	// Iran, Afghanistan and Syria, older men living alone in the UK and
	// Ireland), written after 706aa28 (the fixes from v61) was
	// committed, blind to everything; no near copy found. Measured on
	// 706aa28: 362/384, 162/176, 18/360 (rules alone 287/384, 57/176,
	// 13/360).
	{"testdata/heldout-v62.jsonl", 362, 162, 18},
	// v63: 920 messages by eight more writers with v55's brief (surfers,
	// skaters and snowboarders, British Pakistani and Bangladeshi
	// families, Nigerian and Ghanaian nurses, students and traders
	// abroad, older Jewish and Italian-American New Yorkers, fishermen
	// and offshore workers, Sri Lankan Tamil and South Indian families
	// abroad, LGBTQ+ adults in cities, people with learning disabilities
	// or low literacy and their support workers), written after c7b90d4
	// (the fixes from v62, round 22 of the examples) was committed, blind
	// to everything; no near copy found. Measured on c7b90d4: 377/384,
	// 171/176, 11/360 (rules alone 312/384, 62/176, 13/360).
	{"testdata/heldout-v63.jsonl", 377, 171, 11},
	// v64: 920 messages by eight more writers with v55's brief (Filipinos
	// writing Taglish, French-speaking Africans and Quebecers, university
	// students in exam season, railway, bus and tram workers and
	// commuters, British and Irish retirees in Spain, Portugal and Cyprus,
	// Chinese, Vietnamese and Korean families abroad, Greek, Turkish and
	// Cypriot families abroad, fathers in their 30s and 40s), written
	// after 415a974 (the fixes from v63, round 23 of the examples) was
	// committed, blind to everything; no near copy found. Measured on
	// 415a974: 369/384, 167/176, 15/360 (rules alone 280/384, 63/176,
	// 12/360).
	{"testdata/heldout-v64.jsonl", 369, 167, 15},
	// v65: 920 messages by eight more writers with v55's brief (Spanish
	// speakers writing mostly Spanish, Germans, Dutch and Scandinavians
	// writing English, Arabic speakers writing Arabizi, Russian and
	// Ukrainian speakers, rural Appalachians, health workers about their
	// own backs, gamers aged 18 to 30, people out of prison and their
	// families), written after 3aaa7a7 (the fixes from v64, round 24 of
	// the examples) was committed, blind to everything; no near copy
	// found. Measured on 3aaa7a7: 321/384, 148/176, 18/360 (rules alone
	// 245/384, 54/176, 16/360). Its writers of Arabizi and of Spanish
	// caused 64 and 33 of its 122 misses. Since the rules read Arabizi
	// and more Spanish (46e4b37) and round 25 of the examples (tuned on
	// it, so no longer a measure): 354/384, 164/176, 19/360. Round 26
	// of the examples, with the urgent floor at 0.45: 21 false alarms
	// (Arabizi and Spanish look-alikes near the detector's floors).
	{"testdata/heldout-v65.jsonl", 354, 164, 21},
	// v66: 920 messages by eight more writers with v55's brief (Tanglish
	// and Tenglish in South India, Poles, Czechs and Slovaks writing
	// English at home, Aboriginal and outback Australians, American Gen
	// Z, Japanese and Koreans writing English, rural Irish and Irish
	// Travellers, Zimbabweans, Zambians and Malawians, ride-share and
	// delivery drivers from Haiti, Ethiopia, Somalia and West Africa),
	// written after 977f545 (the fixes from v65, round 25 of the
	// examples) was committed, blind to everything; no near copy found.
	// Measured on 977f545: 376/384, 164/176, 10/360 (rules alone
	// 322/384, 60/176, 13/360).
	{"testdata/heldout-v66.jsonl", 376, 164, 10},
	// v67: 920 messages by eight more writers with v55's brief (Welsh
	// speakers, students from mainland China abroad, young Londoners and
	// Brummies, Afrikaans speakers and Cape families, Punjabi families in
	// Canada and the UK, voice-to-text and dyslexic writers, carers of
	// people with dementia, Bosnians, Serbs and Croats abroad), written
	// after fa58480 (the fixes from v66) was committed, blind to
	// everything; no near copy found. Measured on fa58480: 375/384,
	// 171/176, 7/360 (rules alone 300/384, 75/176, 8/360). 4a1b3fd, the
	// review of v66's phrases, reads one more crisis ("the lighter on my
	// leg ... so at least I feel something else"): 172.
	{"testdata/heldout-v67.jsonl", 375, 172, 7},
	// v68: 920 messages by eight more writers with v55's brief (Sinhala
	// speakers at home and in the Gulf, Kurdish, Iraqi, Eritrean and
	// Sudanese refugees in Europe, Hong Kongers writing Kongish, Thai,
	// Lao, Burmese and Cambodian workers abroad, Newfoundlanders, Cape
	// Bretoners and Cajuns, Israelis, Pacific Islanders and Maori,
	// hospitality and night-shift workers), written after 043154b (the
	// fixes from v67, round 26 of the examples, urgent floor 0.45) was
	// committed, blind to everything. Two near copies of training
	// examples were dropped before measuring ("when is back pain an
	// emergency"; a burning pee with side pain in nearly the same
	// words): 918 left. Measured on 043154b: 379/383, 172/176, 11/359
	// (rules alone 315/383, 67/176, 14/359); the same on 676387d.
	{"testdata/heldout-v68.jsonl", 379, 172, 11},
	// v69: 920 messages by eight more writers with v55's brief (Hausa,
	// Yoruba and Igbo speakers writing Nigerian and Ghanaian English,
	// Mongolians, Kazakhs, Uzbeks and Kyrgyz abroad, Nepali speakers,
	// Trinidadians, Guyanese and Bajans, pregnant women and new parents,
	// Mexican-American and Central American Spanglish, Italians abroad,
	// miners, steelworkers and shipyard workers), written after 476d869
	// (the fixes from v68) was committed, blind to everything. One near
	// copy of a training example dropped before measuring (an overdose
	// question differing in the medicine's name): 919 left. Measured on
	// 476d869: 378/384, 172/175, 14/360 (rules alone 306/384, 71/175,
	// 19/360).
	{"testdata/heldout-v69.jsonl", 378, 172, 14},
	// v70: 920 messages by eight more writers with v55's brief
	// (Romanians and Moldovans abroad, South Africans mixing English with
	// isiZulu, isiXhosa and Sesotho, Malayalam speakers, student athletes
	// and their coaches, people in recovery from addiction, grandparents
	// of 75 to 95 typing themselves, Gulf Arabs writing English, people
	// with long-term conditions), written after 1ab93a3 (the fixes from
	// v69, round 27 of the examples) was committed, blind to everything;
	// no near copy found. Measured on 1ab93a3: 382/384, 169/176, 9/360
	// (rules alone 328/384, 55/176, 14/360); the same on 188ddcc.
	{"testdata/heldout-v70.jsonl", 382, 169, 9},
	// v71: 920 messages by eight more writers with v55's brief (Haitian
	// families writing Kreyol and English, Hungarians, working-class
	// Northern Irish, Bangladeshi migrant workers, Portuguese speakers
	// from Angola, Mozambique and Cape Verde, parents and carers of
	// disabled children, Kenyans and Tanzanians writing Swahili and
	// Sheng, very short phone messages), written after 2d42be2 (the fixes
	// from v70) was committed, blind to everything. One near copy of a
	// training example dropped before measuring ("what back pain
	// symptoms mean go to a&e"): 919 left. Measured on 2d42be2: 365/384,
	// 167/176, 6/359 (rules alone 291/384, 65/176, 9/359); its writer of
	// Swahili caused 17 of the 28 misses (messages wholly in Swahili,
	// which the rules did not read). The same on 14cdae4. Round 28 of
	// the examples (2026-12-04) made one more look-alike an alarm: 7.
	{"testdata/heldout-v71.jsonl", 365, 167, 7},
	// v72: 920 messages by eight more writers with v55's brief (Turks at
	// home and in Germany, Ethiopians, Somalis and Eritreans abroad,
	// Pashto and Urdu speakers, Finns and Baltic people, care-home
	// families and staff, teenagers, Mandarin speakers in Taiwan,
	// Malaysia and Singapore, oilfield and ranch workers), written after
	// 6577290 (the fixes from v71) was committed, blind to everything; no
	// near copy found. Measured on 6577290: 378/384, 173/176, 11/360
	// (rules alone 319/384, 78/176, 12/360); the same on af6bedd.
	{"testdata/heldout-v72.jsonl", 378, 173, 11},
	// v73: 920 messages by eight more writers with v55's brief
	// (Albanians and Kosovars, Scousers, Mancunians and Glaswegians,
	// young Black British and African American adults, Marathi, Kannada
	// and Gujarati speakers, Maghrebi French and Darija speakers,
	// professionals writing long hedged messages, Armenians and
	// Georgians, translation-app English), written after d2d61b1 (the
	// fixes from v72) was committed, blind to everything; no near copy
	// found. Measured on d2d61b1: 373/384, 169/176, 8/360 (rules alone
	// 312/384, 59/176, 11/360); the same on 9e98daf.
	{"testdata/heldout-v73.jsonl", 373, 169, 8},
	// v74: 920 messages by eight more writers with v55's brief
	// (Cameroonians writing Camfranglais and Pidgin, Surinamese and
	// Antillean families in the Netherlands, physiotherapists, massage
	// therapists and trainers about their clients, Mauritians and
	// Seychellois writing Kreol, clergy and volunteers about their
	// congregations, angry writers in capitals, Bulgarians and
	// Macedonians, Roma and Traveller families), written after d17eee3
	// (the fixes from v73) was committed, blind to everything; no near
	// copy found. Measured on d17eee3: 365/384, 165/176, 7/360 (rules
	// alone 293/384, 59/176, 15/360); its writers of Kreol and of
	// Camfranglais caused 21 of its 30 misses. The same on ad2505d.
	{"testdata/heldout-v74.jsonl", 365, 165, 7},
	// v75: 920 messages by eight more writers with v55's brief
	// (Highland, island and north-east Scots, Brazilians abroad writing
	// Portuguese and English, Americans from Appalachia, the Deep South
	// and Texas, Vietnamese and Cambodian families abroad, Maltese and
	// Cypriots, adult gamers and streamers, New Zealand and rural
	// Australian farmers and tradies, autistic and ADHD adults), written
	// after bede5ed (the fixes from v74) was committed, blind to
	// everything; no near copy found. Measured on bede5ed: 373/384,
	// 170/176, 7/360 (rules alone 296/384, 68/176, 9/360).
	{"testdata/heldout-v75.jsonl", 373, 170, 7},
	// v76: 920 messages by eight more writers with v55's brief (Irish
	// at home and abroad, Sierra Leoneans writing Krio and Liberians,
	// Russian, Ukrainian and Belarusian speakers abroad, Iranians and
	// Afghans writing English and Finglish, Native American and First
	// Nations people, veterans and serving soldiers, people on long-term
	// pain medicines, Quebecois and Acadians), written after 44e5a40
	// (the fixes from v75, round 28 of the examples) was committed,
	// blind to everything; no near copy found. Measured on 44e5a40:
	// 362/384, 163/176, 16/360 (rules alone 286/384, 63/176, 18/360); its
	// writer of Quebec French caused 19 of its 51 misses.
	{"testdata/heldout-v76.jsonl", 362, 163, 16},
	// v77: 920 messages by eight more writers with v55's brief (the
	// West Country, Yorkshire and Lancashire, Ugandans and Rwandans,
	// Bengali and Odia speakers, Greeks and Greek Australians, older
	// Americans in Florida, Arizona and the Midwest, people who use
	// mental-health services and peer supporters, Deaf writers whose
	// first language is a sign language, Puerto Ricans and Dominicans),
	// written after dbb0b0a (the fixes from v76) was committed, blind to
	// everything; no near copy found. Measured on dbb0b0a: 374/384,
	// 170/176, 6/360 (rules alone 315/384, 72/176, 13/360).
	{"testdata/heldout-v77.jsonl", 374, 170, 6},
	// v78: 920 messages by eight more writers with v55's brief
	// (Jamaicans at home and abroad, Namibians, Batswana and Zambians,
	// Guatemalans, Hondurans and Salvadorans, teachers and school staff,
	// Portuguese and Galicians, Germans, Austrians and Swiss, LGBTQ+
	// young adults, people in prison or just released and their
	// families), written after 5dc4e1d (the fixes from v77) was
	// committed, blind to everything; no near copy found. Measured on
	// 5dc4e1d: 372/384, 171/176, 22/360 (rules alone 261/384, 70/176,
	// 13/360); its writer of Central American Spanish caused 19 of its
	// 39 misses.
	{"testdata/heldout-v78.jsonl", 372, 171, 22},
	// v79: 920 messages by eight more writers with v55's brief
	// (Geordies, Mackems and Teessiders, Chinese parents and
	// grandparents and their children, Senegalese, Ivorians, Malians and
	// Guineans writing French and English, musicians, dancers and touring
	// crew, warehouse and delivery workers, Jewish families, Icelanders,
	// Faroese and Norwegians, adults with physical disabilities), written
	// after fb0b458 (the fixes from v78) was committed, blind to
	// everything; no near copy found. Measured on c1c9f99 (fb0b458 and a
	// bot/cli test): 376/384, 169/176, 9/360 (rules alone 306/384,
	// 71/176, 14/360).
	{"testdata/heldout-v79.jsonl", 376, 169, 9},
	// v80: 920 messages by eight more writers with v55's brief (East
	// Londoners and Essex people, Malagasy and Comorians, Belizeans and
	// Garifuna, Azerbaijanis, Chechens and others from the Caucasus,
	// firefighters, police, paramedics and rescue volunteers, university
	// researchers, people of the far north, parents of teenagers),
	// written after f86ac39 (the fixes from v79) was committed, blind to
	// everything; no near copy found. Measured on f86ac39: 378/384,
	// 165/176, 7/360 (rules alone 308/384, 54/176, 18/360).
	{"testdata/heldout-v80.jsonl", 378, 165, 7},
	// v81: 920 messages by eight more writers with v55's brief (Tongans,
	// Samoans and Fijians, Hmong, Lao and Khmer families, Peruvians,
	// Bolivians and Ecuadorians, Lithuanians, Latvians and Estonians,
	// Congolese writing French, Lingala and Swahili, nuns, priests, monks,
	// imams and temple volunteers, Tajik, Uzbek and Kyrgyz migrant
	// workers, snowbirds and RV retirees), written after a6d621c (the
	// fixes from v80) was committed, blind to everything; no near copy
	// found. Measured on a6d621c: 362/384, 166/176, 20/360 (rules alone
	// 280/384, 63/176, 19/360); its writers of Lingala and Congolese
	// French and of Andean Spanish caused 34 of its 62 misses.
	{"testdata/heldout-v81.jsonl", 362, 166, 20},
	// v82: 920 messages by eight more writers with v55's brief (Yemenis
	// and Omanis, Sylhetis and Bangladeshis, Poles abroad, Telugu
	// speakers, Cebuanos, Bisaya and Ilocanos, Native American and First
	// Nations people, runners, climbers and gym people, Hawaii Pidgin
	// speakers), written after 8741de9 (the fixes from v81) was
	// committed, blind to everything; no near copy found. Measured on
	// 8741de9 in two parts, each message once, because one writer
	// finished late: 805 messages from seven writers, then the 115 of
	// the writer of Cebuano, Bisaya and Ilocano. Together: 346/384,
	// 162/176, 12/360 (rules alone 271/384, 67/176, 11/360); that writer
	// caused 37 of its 86 misses.
	{"testdata/heldout-v82.jsonl", 346, 162, 12},
	// v83: 920 messages by eight more writers with v55's brief
	// (Hebrideans, Orcadians, Shetlanders and Highland Gaels, Javanese
	// and Sundanese Indonesians, bar and kitchen staff, Eastern
	// Caribbean people, Amharic, Tigrinya and Oromo speakers, people with
	// learning disabilities or autism and their carers, Texans and
	// Gullah Geechee families, the Irish, Manx and Cornish), written
	// after 68d22ad (the fixes from v82) was committed, blind to
	// everything; no near copy found. Measured on 68d22ad: 355/384,
	// 163/176, 20/360 (rules alone 275/384, 55/176, 17/360); its writer
	// of Javanese and Sundanese caused 42 of its 66 misses (20 red flags,
	// 6 crises, 12 false alarms).
	{"testdata/heldout-v83.jsonl", 355, 163, 20},
	// v84: 920 messages by eight more writers with v55's brief
	// (Tibetans and Sherpas, Cubans, Venezuelans and Colombians,
	// Chileans, Argentines and Uruguayans, Shona and Ndebele speakers,
	// Sicilians, Neapolitans, Calabrians and Sardinians, Israelis,
	// Basques, Catalans, Andalusians and Canary Islanders, Sindhis,
	// Balochis and Pashtuns), written after 58889fb (the fixes from v83)
	// was committed, blind to everything; no near copy found. Measured
	// on 58889fb: 365/384, 165/176, 20/360 (rules alone 272/384, 59/176,
	// 14/360); its writers of Pashto, Sindhi and Balochi and of Cuban,
	// Venezuelan and Colombian Spanish caused 32 of its 50 misses.
	{"testdata/heldout-v84.jsonl", 365, 165, 20},
	// v85: 920 messages by eight more writers with v55's brief (Papua
	// New Guineans, Solomon Islanders and ni-Vanuatu writing Tok Pisin,
	// Pijin and Bislama, Hokkien, Teochew, Hakka and Cantonese speakers
	// in South-East Asia, Slovenes, Croats, Serbs, Bosnians and
	// Macedonians, Timorese, Bruneians and southern Thai Malays, Turkmens,
	// Kazakhs and Karakalpaks, animal workers, gamers and streamers, Cook
	// Islanders, Tahitians, Niueans and New Caledonians), written after
	// 5202ba0 (the fixes from v84) was committed, blind to everything;
	// no near copy found. Measured on 5202ba0: 344/384, 153/176, 13/360
	// (rules alone 277/384, 61/176, 17/360); its writer of Tok Pisin,
	// Pijin and Bislama caused 44 of its 80 misses.
	{"testdata/heldout-v85.jsonl", 344, 153, 13},
	// v86: 920 messages by eight more writers with v55's brief
	// (Malayalis, Sudanese and South Sudanese, Yoruba and Hausa speakers,
	// Surinamese and Dutch Caribbean people, Moroccans, Algerians and
	// Tunisians writing Darija, care-home and hospital healthcare
	// assistants, people over 75 writing formally, teenagers), written
	// after 021d4c0 (the fixes from v85) was committed, blind to
	// everything; no near copy found. Measured on 021d4c0: 344/384,
	// 149/176, 13/360 (rules alone 271/384, 55/176, 15/360); its writer
	// of Darija caused 50 of its 80 misses. 14 false alarms since round
	// 32: the retrained detector alarms on one more of its look-alikes.
	{"testdata/heldout-v86.jsonl", 344, 149, 14},
	// v87: 920 messages by eight more writers with v55's brief
	// (Guadeloupeans, Martinicans and French Guianese writing Antillean
	// Creole, Bengali speakers, Kurds, Romanians and Moldovans, Nepalis
	// and Gurkha families, construction managers and labourers, people
	// with many years of chronic pain, Ugandans, Rwandans and
	// Burundians), written after 4756986 (the fixes from v86) was
	// committed, blind to everything; no near copy found. Measured on
	// 4756986: 299/384, 133/176, 23/360 (rules alone 217/384, 47/176,
	// 14/360); its writers of Bengali, Antillean Creole and Nepali caused
	// 118 of its 146 misses.
	{"testdata/heldout-v87.jsonl", 299, 133, 23},
	// v88: 920 messages by eight more writers with v55's brief
	// (Bangladeshis and Indian Bengalis, Haitians writing Kreyòl,
	// Nepalis and people from Darjeeling and Sikkim, rural Australians
	// and New Zealanders, Kurds writing Kurmanji and Sorani, South
	// Africans writing English with Afrikaans, isiZulu, isiXhosa and
	// Sesotho, Glaswegians and other Scots, gig-economy and warehouse
	// workers in North America), written after c48a5b7 (the rules' fixes
	// from v87 and round 29 of the examples, in four of these writers'
	// languages) was committed, blind to everything. Two near copies of
	// training examples dropped before measuring (v88d-110, an overdose
	// question; v88d-067, a kidney infection): 918 left. Measured on
	// 8f3daf6 (c48a5b7 and the detector's eight known letters):
	// 324/383, 153/175, 13/360 (rules alone 257/383, 59/175, 13/360); its
	// writers of Bengali, Haitian Kreyòl, Nepali and Kurdish caused 76 of
	// its 94 misses (141/192, 72/88, 9/180; the other four 183/191,
	// 81/87, 4/180).
	{"testdata/heldout-v88.jsonl", 324, 153, 13},
	// v89: 920 messages by eight more writers with v55's brief (Sri
	// Lankan Tamils and Sinhalese, Haitians from the provinces and the
	// Dominican Republic, Bhutanese-Nepali and Terai Nepali families,
	// Norwegians and Danes, Zimbabweans, Zambians and Malawians, Cape
	// Verdeans writing Kriolu and the Portuguese, the Welsh, older
	// Americans in the Deep South and Appalachia), written after
	// 4eded61 (the rules' fixes from v88 and round 30 of the examples,
	// in four of these writers' languages) was committed, blind to
	// everything; no near copy found. Measured on 4eded61: 327/384,
	// 150/176, 14/360 (rules alone 244/384, 51/176, 17/360). Its writers
	// of Haitian Kreyol (25/48 red flags, 12/22 crises), Norwegian and
	// Danish (34/48, 16/22) and Kriolu and Portuguese (39/48, 17/22)
	// caused most of its misses; the Welsh writer's 115 were all right.
	{"testdata/heldout-v89.jsonl", 327, 150, 14},
	// v90 (920): eight new writers (Haitians of the north and of
	// Montreal and Boston; Danes and Norwegians; Cape Verdeans and
	// Portuguese; Sinhalese at home and in the Gulf; Vietnamese at home
	// and abroad; Hungarians, Czechs and Slovaks; London and Midlands
	// youth and their Caribbean and West African elders; Newfoundlanders,
	// Quebecers and Prairie Canadians), written after 8c5d9a1 (the
	// rules' fixes from v89 and round 31 of the examples, in five of
	// these writers' languages) was committed, blind to everything; no
	// near copy found. Measured on 8c5d9a1: 246/384, 132/176, 14/360
	// (rules alone 166/384, 47/176, 12/360). Its Hungarian, Czech and
	// Slovak writer, in languages no example is written in, got 4/48
	// red flags and 5/22 crises; its Vietnamese writer 13/48 and 14/22
	// (round 31's Vietnamese is mostly without diacritics, which this
	// writer used); the London and Canadian writers 95/96 and 43/44.
	{"testdata/heldout-v90.jsonl", 246, 132, 14},
	// v91 (920): eight new writers (Vietnamese at home and abroad;
	// Czechs, Slovaks and Hungarians; Romanians, Moldovans, Bulgarians
	// and Serbs; Ukrainians, Russians, Belarusians and Kazakhs, in
	// Cyrillic and transliterated; Danes, Norwegians and Swedes;
	// Haitians; Sri Lankans; Americans of every kind), written after
	// 7e2dc4e (accents folded, round 32 of the examples in six of these
	// writers' languages) was committed, blind to everything; no near
	// copy found. Measured on 7e2dc4e: 218/384, 105/176, 12/360 (rules
	// alone 130/384, 26/176, 12/360). By writer (red flags /48, crises
	// /22): Ukrainian and Russian 4, 2; Romanian and Balkan 21, 10;
	// Vietnamese 24, 18; Czech, Slovak and Hungarian 27, 13; Sri Lankan
	// 29, 13; Scandinavian 33, 10; Haitian 34, 17; American 46, 22.
	{"testdata/heldout-v91.jsonl", 218, 105, 12},
}
