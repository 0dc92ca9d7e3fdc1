package safety

// englishSplitsV128 continue englishSplits (heldout_english_test.go), to
// the same brief, from v128: eight new writers each, every message in
// English, each split written after the variant before it was committed
// (or while the next was being made, which its writers never saw) and
// measured once on it. The floors are the measured numbers.
var englishSplitsV128 = []heldOutSplit{
	// v128 (920): eight new writers (musicians, DJs and road crews on
	// tour; chefs, kitchen porters and delivery riders; Hong Kong and
	// mainland Chinese families abroad; Turkish, Kurdish and Iranian
	// people in Germany, the Netherlands and the UK; autistic and ADHD
	// adults; gardeners, landscapers and tree surgeons; Orthodox Jewish
	// families; retired firefighters and police officers), written after
	// 65be043 (v127's fixes) and measured once on it; no near copy. Red
	// flags met their target (99.0%); crises (97.2%: "the only cure for
	// this back is a rope at this point", "if someone take 40 of
	// ibuprofen ... asking for me", "planning to not be around after new
	// year", an hour in a van with the engine running, a duty weapon in
	// the lap) and false alarms (2.2%: a bandmate's "kill himself lol", a
	// chest of drawers, Warhammer and wedding "fever", a coach that did not
	// stop, a firefighter's "attending suicides") did not.
	{"testdata/heldout-v128.jsonl", 380, 171, 8},
	// v129 (920): eight new writers (bikers and their partners; pilates,
	// dance and gym instructors; Sri Lankan, Nepali and Bangladeshi
	// workers in the Gulf and Malaysia; mums on parenting forums;
	// academics, librarians and museum staff; young West and East
	// Africans online; grandparents raising grandchildren; bar and club
	// staff), written while 4a236ee (v128's fixes) was being made, which
	// they never saw, and measured once on it; no near copy. Red flags
	// met their target (98.2%); crises (98.3%: a club member posting that
	// "nobody'd miss him", a partner in the garage "with the door shut
	// and the bike running", "something will come round the corner and
	// settle the matter for me") and false alarms (2.5%: a dachshund that
	// can't pee, a 1790s diary, an "overdose" of Victorian novels, jelly
	// legs at the top of a tower, a PUBG fall, ten years of the same leak,
	// a daughter in rehab read by the detector) did not.
	{"testdata/heldout-v129.jsonl", 377, 173, 9},
	// v130 (920): eight new writers (clergy, chaplains and funeral
	// directors; stay-at-home dads; wheelchair users, amputees and
	// para-athletes; seasonal fruit pickers from Eastern Europe, Central
	// Asia and the Pacific; poets, painters and novelists; young Londoners
	// and Brummies in MLE; estate agents and salespeople; people of 75-95
	// in sheltered housing), written after dfa0eac (v129's fixes) and
	// measured once on it; no near copy. Red flags met their target
	// (98.2%); crises (95.5%: "if I stepped in front of the 7:52 at least
	// I'd get a lie-down haha", blades from pencil sharpeners, a stump cut
	// "to see the pain", a lighter on legs that cannot feel, "feeling
	// like to finish my life only", 40 oxys saved for the day "i finally
	// cba", farm pesticide "if a person drink it", a patient who would
	// rather the sore "took him") and false alarms (3.1%: a dead man's
	// bladder, a potty-training toddler, 22 years of the same paraplegia,
	// "killed it", a novel's protagonist, cherry fever) did not.
	{"testdata/heldout-v130.jsonl", 377, 168, 11},
	// v131 (920): eight new writers (West African nurses, carers and
	// drivers abroad and their parents; Scots, Geordie, Scouse and
	// Mancunian pensioners and workers; teachers and school staff;
	// Filipino, Indonesian and Sri Lankan domestic workers; veterans,
	// ranchers and small-town Americans; long-term pain and chronic
	// fatigue groups; construction site managers and scaffolders;
	// sixth-formers and freshers), written while 6df1ce6 (v130's fixes)
	// was being made, which they never saw, and measured once on it; no
	// near copy. Red flags (99.0%) met their target; crises (98.3%: "would
	// a couple of packets of paracetomol do it??", "tramadol overdoes how
	// many", "down the level crossing twice this week and just stood
	// there") and false alarms (2.2%: a COD and a Sims fall, a rig on the
	// news, formwork that collapsed, a numb undercarriage that wore off,
	// rank portaloos, "running a fever" in 108 degrees) did not.
	{"testdata/heldout-v131.jsonl", 380, 173, 8},
	// v132 (919): eight new writers (rural Irish farmers and mammies;
	// Indian IT workers and their parents; food-delivery riders in
	// London, Paris, New York and Dublin; Australian FIFO miners and
	// their partners; Polish, Czech and Slovak mothers in the UK and
	// Ireland; men's shed members and retired tradesmen; American college
	// athletes and coaches; people with health anxiety), written after
	// a13b0e6 and measured once on b9228ab (v131's fixes, committed while
	// they wrote, which they never saw); one near copy of a training
	// question dropped. Red flags (99.2%) and false alarms (1.4%) met
	// their targets; crises (97.7%: sleeping tablets with vodka "you just
	// fall asleep and thats it?", "the most paracetemol ... before it does
	// em in", "my dads pistol in my truck since tuesday", "working out how
	// far the bridge is from my house lol") did not.
	{"testdata/heldout-v132.jsonl", 381, 172, 5},
	// v133 (920): eight new writers (Welsh valleys, Cornwall and Devon;
	// Mexican, Salvadoran and Guatemalan workers in the US; dancers,
	// circus artists and stunt performers; office workers in Sydney,
	// Toronto, London and Johannesburg; Nepali and Sherpa guides and
	// porters and their trekkers; young Muslims in Britain, France and
	// Canada; emergency-room and ambulance staff off duty; Southern and
	// Appalachian grandmothers), written after 521d79a and measured once
	// on f90fed4 (v132's fixes, committed while they wrote, which they
	// never saw); no near copy. Red flags (99.0%) and false alarms (1.7%)
	// met their targets; crises (98.3%: "look after Bess for me butt" read
	// as a collapse, a poison bottle under a husband's bed, "where the
	// line is so I can go over it") did not.
	{"testdata/heldout-v133.jsonl", 380, 173, 6},
	// v134 (920): eight new writers (Jamaicans, Trinidadians and
	// Guyanese in Toronto, New York and Birmingham; Japanese, Koreans and
	// Taiwanese abroad; firefighters and lifeguards in Australia and South
	// Africa; Gen X suburban parents; Eastern European drivers, pickers and
	// builders; pregnant women and new mothers; ex-prisoners and people on
	// probation; retired golfers, bowlers and anglers), written after
	// 9b19505 and measured once on 602d2a2 (v133's fixes, committed while
	// they wrote, which they never saw); no near copy. Red flags (98.4%)
	// and false alarms (1.9%) met their targets; crises (98.3%: "di most
	// tylenol a persn can tek b4 it kill dem", "doing wha meh uncle did
	// back home", golf clubs, watch and boat given away) did not.
	{"testdata/heldout-v134.jsonl", 378, 173, 7},
	// v135 (919): eight new writers (East African teachers, riders,
	// traders and church mothers; cleaners, housekeepers and care-home
	// night staff from abroad; gym-goers and powerlifters; farmers and
	// shepherds in Wales, Scotland, Yorkshire and New Zealand; comedians
	// and online creators; Arab families writing English; retired nurses,
	// doctors and pharmacists; teenagers and their parents), written
	// after a9c0472 and measured once on bb75b3d (v134's fixes, committed
	// while they wrote, which they never saw); one near copy of a
	// training crisis dropped. Red flags (98.2%) met their target; crises
	// (98.3%: "i can always check out if it gets worse", sat at the
	// reservoir "thinkin aboot just walkin in", a ukulele and a mic given
	// away, "I'm just done") and false alarms (2.2%: a Free Fire jump, a
	// carer's residents, a guest who collapsed, a ewe, "powerlifting
	// fever", jelly legs after Murph) did not.
	{"testdata/heldout-v135.jsonl", 377, 172, 8},
	// v136 (918): eight new writers (Black British and African-American
	// adults; Chinese, Vietnamese and Korean takeaway and salon families;
	// linemen, riggers and turbine technicians; people on low incomes in
	// Glasgow, Dundee, Limerick and Belfast; dog walkers, vets' nurses,
	// zookeepers and stable hands; South Asian aunties and uncles abroad;
	// film, TV and theatre crews; young retail and fast-food workers),
	// written after a1bb717 and measured once on e651bd0 (v135's fixes,
	// committed while they wrote, which they never saw); two near copies
	// of training examples dropped. Red flags (99.0%) and false alarms
	// (1.7%) met their targets; crises (98.3%: "30 of the tylenols with
	// soju", a daughter's burns "fae the straighteners", a mother on the
	// couch in a mouldy flat) did not.
	{"testdata/heldout-v136.jsonl", 378, 173, 6},
	// v137 (919): eight new writers (Brazilians and Portuguese speakers
	// abroad; bus, tram and train drivers and their families; Zimbabwean,
	// Malawian and Zambian nurses and carers; quiet older men and their
	// worried daughters; agricultural students, equestrians and rodeo
	// riders; single people living alone in big cities; online gamers and
	// Discord regulars; military families and soldiers), written after
	// c1b9409 and measured once on 067e260 (v136's fixes, committed while
	// they wrote, which they never saw); one near copy of a training
	// question dropped. Red flags (99.5%) met their target; crises (96.6%:
	// a late father's morphine as "plan B", "thinking about ending things"
	// after a massage, a last post giving the dog away, "the amount of
	// ibuprofen it takes to OD", "worth sticking around for", "figured out
	// the when") and false alarms (2.8%: a pothole, Bus Simulator, a
	// cowboy show, model railway and Monster Hunter "fever", three signs
	// questions read as the sign) did not.
	{"testdata/heldout-v137.jsonl", 382, 170, 10},
	// v138 (920): eight new writers (northern English working-class
	// women; Sri Lankan Tamil, Malayali and Goan families; skaters, BMX
	// riders, parkour people and climbers; people on benefits and
	// disability assessments; immigrant shopkeepers, barbers, tailors and
	// mechanics; hikers, mountaineers and fell runners; Māori, Samoan and
	// Tongan families; carers of a partner or parent with dementia,
	// Parkinson's or stroke), written after df23bfc and measured once on
	// 802686f (v137's fixes, committed while they wrote, which they never
	// saw); no near copy. Red flags (99.5%) met their target; crises
	// (97.2%: "has anyone ever o.d'd ... how much is to much", a free
	// soloist who "wants to come off", a rescued man "sorting it" this
	// week, driving into the reservoir "honestly tempting") and false
	// alarms (2.2%: a ladder fall on Look North, "dropped in" on a vert
	// ramp, skate and summit "fever", jelly legs on Roseberry Topping) did
	// not.
	{"testdata/heldout-v138.jsonl", 382, 171, 8},
	// v139 (920): eight new writers (merchant seafarers, ferry crews and
	// dockers; Black church and Pentecostal congregations; hairdressers,
	// nail techs, beauticians and tattooists; Mongolians, Kazakhs and
	// Kyrgyz and Central Asian migrant workers; anxious parents and
	// parents of disabled children; retired soldiers, police and prison
	// officers; young African women online; wheelchair and adaptive
	// athletes), written after 189b754 and measured once on c78adad (the
	// review's narrowing and v138's fixes, committed while they wrote,
	// which they never saw): today's variant; no near copy. Red flags
	// (98.7%) met their target; crises (97.2%: a rope in the barn "I look
	// at it too long every evening", "who gets what" in the drawer, a
	// pressure sore picked "hoping it goes septic", cutting legs that
	// cannot feel, a son's note read as his old accident) and false alarms
	// (2.8%: a testimony's car accident, Love Island and Detty December
	// "fever", legs "went to jelly", fries that "had an accident", "I
	// wanna die" at the buzzer, a leaked water bottle) did not.
	{"testdata/heldout-v139.jsonl", 379, 171, 10},
	// v140 (920): eight new writers (call-centre night shifts in Manila,
	// Cebu, Mumbai and Cairo; retired miners and steelworkers; nannies and
	// au pairs from Latin America and Eastern Europe; refugees and asylum
	// seekers in hostels; freelancers, day-traders and digital nomads;
	// bakers, butchers and market traders; Canadians of the prairies, the
	// oil sands and Newfoundland; Travellers, Roma and showmen), written
	// after 423132d and measured once on 175ed7b (v139's fixes, committed
	// while they wrote, which they never saw); no near copy. Red flags
	// (99.5%) and false alarms (1.4%) met their targets; crises (98.3%:
	// sleeping tablets collected "just so i have the option", 20
	// paracetamol asked about "hypotheticaly", a nan's tablets taken with
	// vodka) did not.
	{"testdata/heldout-v140.jsonl", 382, 173, 5},
	// v141 (919): eight new writers (loggers, sawmill and forestry crews;
	// Greek, Cypriot, Maltese and Sicilian islanders; wedding and event
	// planners, caterers and florists; older gay men and lesbians, 60-85;
	// Appalachian and Ozark families; removal men and delivery crews;
	// long COVID, ME/CFS and fibromyalgia forums; French-speaking Africans
	// in France, Belgium and Canada), written after 175ed7b and measured
	// once on a85e9fa (v140's fixes, committed while they wrote, which
	// they never saw); one near copy of a training crisis dropped. Red
	// flags (99.5%) met their target; crises (98.9%: "the max amount of
	// advil ... before it wrecks your kidneys for good. not for pain", a
	// folder for a sister with "who takes the dogs ... so she's not
	// scrambling after") and false alarms (2.2%: a barber-chaired tree
	// that missed, chainsaw "fever", a cold sea dip, no toilet on the
	// round, an "overdose of sport", an accident with candle wax) did not.
	{"testdata/heldout-v141.jsonl", 382, 173, 8},
	// v142 (920): eight new writers (pharmacists and pharmacy staff;
	// Punjabi Sikh truckers and their families; young carers, 13-19; care
	// leavers and homeless young people; newly retired women at pickleball,
	// bowls and aqua aerobics; boda boda riders and matatu crews in Kenya
	// and Uganda; GP receptionists, NHS admin and call handlers; Armenian,
	// Georgian and Azerbaijani families), written after a85e9fa and
	// measured once on 8a710b0 (v141's fixes, committed while they wrote,
	// which they never saw): today's variant; no near copy. Red flags
	// (99.5%) met their target; crises (97.7%: a heat pad held on a leg
	// "on purpose till it blistered. felt like I deserved it", "not going
	// to be around for my exams anyway", a young carer hitting her legs
	// with a hairbrush, "hw mny paracetmol is ovadoz") and false alarms
	// (2.2%: a grandson's accident in his pants, a boy's temperature, "die
	// of embarrassment" at a massage, a key worker's surgery, a donkey's
	// back legs) did not.
	{"testdata/heldout-v142.jsonl", 382, 172, 8},
	// v143 (920): eight new writers (Bangladeshi garment and restaurant
	// workers; families of people in prison; scuba, commercial and
	// saturation divers; Deaf adults writing BSL- or ASL-shaped English;
	// Icelanders, Faroese, Shetlanders and Orcadians; rideshare and taxi
	// drivers in American cities; Australian and New Zealand suburban
	// parents; teenage gymnasts, cheerleaders and trampolinists), written
	// after f44fd3e and measured once on aa92654 (v142's fixes, committed
	// while they wrote, which they never saw); no near copy. Red flags
	// (99.0%) and false alarms (1.4%) met their targets; crises (96.6%:
	// "walk into the river and call it a day. half serious mate", "how
	// many panadol b4 it actually does ur liver in", "which painkillers
	// together make the heart stop?? ... ;)", paracetamol stocked up "for
	// when I've had enough of this back for good", a friend's arm "lots of
	// lines, some new", a mate's "see ya on the other side legends") did
	// not.
	{"testdata/heldout-v143.jsonl", 380, 170, 5},
	// v144 (920): eight new writers (Nigerian and Ghanaian traders,
	// tailors and market women; mountain, cave and lifeboat rescue
	// volunteers; cleaners, guards and porters who are also students;
	// Iraq and Afghanistan veterans and their wives; Welsh- and
	// Irish-speaking families; bodybuilders and strongmen; retired
	// seamstresses and mill workers, 70-95, and their daughters; students
	// in Malaysia, Singapore, Hong Kong and the Philippines), written after
	// aa92654 and measured once on 729152f (v143's fixes, committed while
	// they wrote, which they never saw); no near copy. Red flags (99.0%)
	// met their target; crises (98.3%: "if the 4am bus just hit me one
	// morning id honestly be fine with that", read as a crash; "the guys
	// who became part of the 22 a day"; a rope on an old pull-up rig) and
	// false alarms (2.2%: legs that "went weak" at the price of rice, a
	// porter's patient who fell off a roof, shivering with a broken
	// heater, a cow's bladder infection, Eisteddfod "fever", "i wanted to
	// die" at a syllabus) did not.
	{"testdata/heldout-v144.jsonl", 380, 173, 8},
	// v145 (920): eight new writers (ice hockey and lacrosse players and
	// parents; railway track workers, signallers and train drivers; IVF,
	// miscarriage and pregnancy-loss forums; sheep shearers and shed
	// hands; gamblers and people in betting debt; adults caring for a
	// parent who drinks; apprentices aged 16-21; Polish and Romanian
	// grandparents minding grandchildren abroad), written after 729152f
	// and measured once on bb5e6a8 (v144's fixes, committed while they
	// wrote, which they never saw); no near copy. Red flags (99.0%) met
	// their target; crises (94.9%: "pick which train to go under", "not
	// caring if i come home from a shift", the weed killer kept for the
	// track, "walking into the sea lol. ok not lol. i actually looked up
	// tide times", "id rather it was me first", a mate giving away his
	// PS5, a brother-in-law "the family is better without him") and false
	// alarms (3.9%: six of the detector's, among them "I'd rather die than
	// hear it again 😂", an hour "where nobody needs anything from me",
	// "dig a hole and bury myself"; Thomas fever, a week of nights, wool
	// prices that collapsed, a Polish serial's overdose) did not.
	{"testdata/heldout-v145.jsonl", 380, 167, 14},
	// v146 (920): eight new writers (young people of Jamaican, Somali,
	// Tamil and Filipino families in Toronto; midwives and health
	// visitors; antique dealers and house-clearance men; hill farmers'
	// wives and farm widows; re-enactors, LARPers and Renaissance-fair
	// workers; young soldiers in training and their mums and girlfriends;
	// goths, metalheads and festival-goers; Marathi and Gujarati
	// families), written after bb5e6a8 and measured once on 6e473bd
	// (v145's fixes, committed while they wrote, which they never saw); no
	// near copy. Red flags (99.2%) met their target; crises (97.7%:
	// "googling how to do it properly", neat straight lines on a
	// daughter's arms "We haven't got a cat", a husband writing letters
	// and giving his watch away "just in case", a boyfriend who "knows how
	// he'd do it") and false alarms (3.9%: ren faire and Sevens "fever",
	// shivering in the cold with no temperature twice, a bollard at 2mph,
	// a quad ride where "nothing happened", a TV knight's fall, the band
	// Suicidal Tendencies, "could have died of embarrassment", and four of
	// the detector's) did not.
	{"testdata/heldout-v146.jsonl", 381, 172, 14},
	// v147 (920): eight new writers (women in perimenopause and
	// menopause groups; tour guides, coach drivers and cruise
	// entertainers; young men at five-a-side and the gym in Glasgow,
	// Cardiff, Newcastle and Leeds; elderly church mothers and fathers of
	// Caribbean, West African and South Asian families; arborists,
	// hedge-layers, wallers and rangers; people with HIV, hepatitis C or
	// on immune-suppressing medicines; night-school learners in Nigeria,
	// Kenya, Pakistan and Bangladesh; fishing and crofting families),
	// written after 6e473bd and measured once on bf1380c (v146's fixes,
	// committed while they wrote, which they never saw): today's variant;
	// no near copy. Red flags (99.2%) and false alarms (1.4%) met their
	// targets; crises (97.7%: "Thursday the house is empty all day ...
	// I've worked out what I'm going to do", tramadol "to never feel
	// anything again. kidding. mostly", pot warp round an ankle "not
	// totally kidding", a son who "wishes the sea had taken him") did not.
	{"testdata/heldout-v147.jsonl", 381, 172, 5},
	// v148 (919): eight new writers (Kurdish, Syrian and Iraqi barbers and
	// car-wash workers; retired postmen, milkmen and railwaymen, 70-90;
	// nursery nurses and childminders; homeless and vulnerably housed
	// older men; skaters', BMXers' and parkour runners' friends and
	// parents; beekeepers, allotment holders and smallholders; Chinese,
	// Korean and Vietnamese grandparents abroad; call-out plumbers, gas
	// engineers and electricians), written after 7f5c976 and measured once
	// on e46797c (a review's narrowing of this session's phrases, committed
	// while they wrote, which they never saw): today's variant; one near
	// copy of a training red flag dropped. Red flags (99.2%) met their
	// target; crises (94.9%: medals and a watch given away "not long now",
	// "inject all your insulin in one go", a blade in a wallet for "doing
	// my legs", "Ropes sorted and I know where", "how long does paracetamol
	// take if you take the lot", a client who will "walk into the pond one
	// evening", "letting go of the wheel on the bypass", neat lines told
	// after a "but") and false alarms (2.5%: a ten-mile walk at 74, "legs
	// like jelly" after a hike, rank skatepark toilets, "shat myself
	// dropping in (not literally)", BMX fever, a Stardew farmer who passes
	// out, hives "overdosed" with oxalic acid) did not.
	{"testdata/heldout-v148.jsonl", 380, 167, 9},
	// v149 (920: eight new writers: Latter-day Saint families and returned
	// missionaries; flight attendants and airport ground crew; offshore
	// rig and wind-farm platform workers and their partners; CrossFit,
	// HYROX and obstacle racers; Dutch, Flemish and Scandinavian second-
	// language English; Ethiopian and Eritrean communities at home and
	// abroad; wellness and alternative-health people; retired
	// schoolteachers and headteachers 65-88), written after 7b98e69 and
	// measured once on e1f17a4 (v147's and v148's fixes, committed while
	// they wrote, which they never saw). Red flags (100%) and false alarms
	// (1.1%) met their targets; crises (97.7%: "figured out how I'd do it
	// if the surgery doesn't work ... anyway", "going to sleep and not
	// waking up sounds pretty good", a friend who "will drink the Clorox",
	// a lit incense stick pressed into an arm) did not.
	{"testdata/heldout-v149.jsonl", 384, 172, 4},
	// v150 (919: eight new writers: Quebecois and Acadian francophones;
	// hospital porters, orderlies and cleaners; roofers, chimney sweeps
	// and window cleaners; older gamers and gamers' parents; Sudanese,
	// South Sudanese and Somali refugees and students; dog walkers,
	// groomers and kennel workers; Gulf Coast and Rust Belt plant and
	// steelworks shift workers; Chinese students and young workers
	// abroad), written after e1f17a4 and measured once on b269932 (v149's
	// fixes, committed while they wrote, which they never saw); one near
	// copy of an ordinary example dropped. Red flags (98.2%) met their
	// target; crises (98.3%: "only thing that'd fix this back now is a
	// pine box ... genuinely mean it", a friend who "will drink the rat
	// poison", "finish what the war started") and false alarms (2.2%: a
	// window cleaner's fall in the local paper, a dog that is
	// incontinent, a spaniel hit by a car, crawfish fever, jelly legs
	// after squats) did not.
	{"testdata/heldout-v150.jsonl", 377, 173, 8},
	// v151 (eight new writers: partners left at home by drivers, soldiers
	// and fly-in nurses; Nigerian, Kenyan and Ugandan students and
	// graduates; older Irish and Scottish Catholic women; Australian and
	// NZ tradies; young parents in their late teens and twenties; Hindi-
	// and Urdu-speaking families in Hinglish; marathon runners,
	// triathletes and cyclists; self-employed cleaners and carers from
	// Portugal, Poland and Brazil), written after b269932 and measured
	// once on b5e9168 (v150's fixes, committed while they wrote, which
	// they never saw). Red flags (99.5%) met their target; crises (98.9%,
	// one message short: tablets put aside "so I'd have enough if it ever
	// gets too much, the jar in the press is near full now" in a long
	// message) and false alarms (2.5%: a truck that "broke down" with him
	// in the cab, Casualty's scaffolding fall, a stolen porta-loo, a
	// collie dragging a back leg, Ironman fever, shivering in an unheated
	// office "no fever") did not.
	{"testdata/heldout-v151.jsonl", 382, 174, 9},
	// v152 (eight new writers: Portuguese, Cape Verdean and Angolan
	// families; bouncers, security guards and CCTV operators; organic
	// farmers, market gardeners and allotment holders; online poker
	// players, crypto traders and sports bettors; Japanese, Korean and
	// Thai speakers living in the West; single and divorced fathers;
	// helpline and charity call handlers; Welsh, Cumbrian and Dales
	// farmers and their parents), written after 07070d3 and measured once
	// on 2cde59d (v151's fixes and a review's narrowing of this session's
	// phrases, committed while they wrote, which they never saw): today's
	// variant. Red flags (99.5%) met their target; crises (97.2%: "I'd as
	// soon go to sleep and stop there", "how much paracetemol is to much,
	// not for the back, for good", "can you die if mix sleeping pill +
	// muscle relaxer + soju", a quad she half hopes will tip, "i cut my
	// legs when the pain in my back gets too much") and false alarms
	// (3.3%: a fado "quero morrer de amor", The Archers, seed-catalogue
	// and compost "fever", sumo on TV, "I wanted to die when the massage
	// lady pressed ... hahaha", an overdose role-play in training, both
	// legs aching after gathering the fell) did not.
	{"testdata/heldout-v152.jsonl", 382, 171, 12},
	// v153 (919: eight new writers: Filipino seafarers and OFW families;
	// US college and grad students; care-home residents and their
	// visiting children; mechanics, tyre fitters and panel beaters;
	// Ghanaian, Cameroonian and Ivorian French-and-English speakers
	// abroad; yoga teachers, massage therapists and physios; teenage boys
	// in football, rugby and basketball; coach, bus and tram drivers in
	// Eastern Europe and Turkey), written after 2318cb9 and measured once
	// on ca2426b (v152's fixes, committed while they wrote, which they
	// never saw); one near copy of a training red flag dropped. Red flags
	// (97.9%) met their target; crises (98.9%, one message short: "just log
	// off permanently 💀 (i mean it)"; a husband who "wants to go and join
	// his late mother" read as the accident he had) and false alarms
	// (2.8%: a heart attack in the next room, a crash in a game and at
	// MotoGP, "overdosed on fortnite", a tram crash seen from the window)
	// did not.
	{"testdata/heldout-v153.jsonl", 375, 174, 10},
	// v154 (919: eight new writers: Jamaican, Trinidadian and Bajan
	// families; sign-language interpreters and hard-of-hearing adults;
	// Highland and Island Scots; plasterers, tilers and bricklayers; the
	// sandwich generation; Indigenous Australians, First Nations and
	// Native Americans; agency night-shift warehouse and factory workers;
	// buskers and street performers), written after b5f208f and measured
	// once on 4e38a54 (v153's fixes and the story-cue change, committed
	// while they wrote, which they never saw); one near copy of a training
	// crisis dropped. All three targets met: red flags 99.0%, crises 99.4%
	// (missed: letting go of the wheel "on the motorway ... and let it all
	// stop"), false alarms 1.4% (fèis fever, "can't pee on my break",
	// "Lethal Dose" the band).
	{"testdata/heldout-v154.jsonl", 380, 174, 5},
	// v155 (920: eight new writers: Greek-, Italian- and Lebanese-
	// Australian families; young Irish and British seasonnaires and
	// backpackers; Jehovah's Witness and Adventist families; amputees,
	// stroke survivors and people with MS or spinal cord injury; Kurdish,
	// Afghan and Eritrean young men in hostels and on delivery bikes;
	// salon staff and clients; police and prison officers; seniors
	// learning to type on tablets), written after 6d23c2e and measured
	// once on e2101a6 (v154's fixes, committed while they wrote, which
	// they never saw). Red flags (99.2%) met their target; crises (98.3%:
	// a will done and "who gets nonna's rings ... pretty calm about it",
	// "tidying up before I go", "I've said my goodbyes in my head") and
	// false alarms (2.5%: "I actually want to die, the whole boat saw
	// it", an MS wife's legs that give way "for years", a hospital
	// programme's scaffolding fall, an Agatha Christie overdose) did not.
	{"testdata/heldout-v155.jsonl", 381, 173, 9},
	// v156 (eight new writers: pilgrims on the Camino, Hajj and Kumbh;
	// zookeepers, aquarium staff and rangers; parents of twins, triplets
	// and large families; startup founders and software engineers;
	// Estonian, Latvian and Lithuanian English; dialysis and transplant
	// patients; hospice volunteers and the newly bereaved; darts, bridge,
	// chess and bingo regulars), written after 8f0fe3e was frozen (v155's
	// fixes and a second review's narrowing) and measured once on it:
	// today's variant. Red flags (99.0%) met their target; crises (95.5%:
	// "I dont plan on needing a bus ticket back" from Fisterra, vets'
	// ketamine "enough for a person. asking for myself", "ah'd hae walked
	// intae the sea by noo", "all 3 boxes of my ketonal at once", letters
	// "the kind you leave behind", "I dont see what there is left to wait
	// for", the height of the multistorey, "a nice spot by the canal for
	// when I've had enough. only half joking") and false alarms (2.5%:
	// Camino and panda fever, the twins' fever last week, a ski marathon's
	// heavy legs, dialysis cramps for 3 years, diabetic feet for 10,
	// soaked knickers at a graveside) did not.
	{"testdata/heldout-v156.jsonl", 380, 168, 9},
	// v157 (eight new writers: Tamil Sri Lankan families abroad; truckers
	// on African corridors; fishmongers, market porters and abattoir
	// workers; orchestral, church and session musicians; parents worried
	// about a teenager; rural Texans and Oklahomans; groundskeepers and
	// gravediggers; refuse collectors and street sweepers), written after
	// 8f0fe3e was frozen and measured once on it: today's variant, its
	// second split. Red flags (98.7%) and crises (99.4%: missed "a heat
	// pad on my back when im also cutting") met their targets; false
	// alarms (3.1%: a numb bum for 15 years of driving, "wet myself" in
	// the rain, a road that "is suicide", a filleting knife, "Suicide Is
	// Painless", a drum pedal's slapping foot, a leaf blower "accident",
	// jelly legs after a parkrun) did not.
	{"testdata/heldout-v157.jsonl", 379, 175, 11},
	// v158 (919: eight new writers: Sikh, Hindu and Muslim families in
	// Leicester, Birmingham and Bradford; scaffolders and steel erectors;
	// Spanish and Latin American students and au pairs; grandparents in
	// retirement villages; people in recovery and their sponsors; telecom
	// engineers and cable installers; foster carers and adoptive parents;
	// IT workers in Tamil Nadu, Kerala and Karnataka and their parents),
	// written after b344fc1 (v156's and v157's fixes) was frozen and
	// measured once on it: today's variant; one near copy of a training
	// red flag dropped. Red flags (99.2%) and false alarms (1.1%) met their
	// targets; crises (98.3%: "Most mornings I'd rather not have woken
	// up", a 10 year coin given to a sponsee "I wont be needing it", a
	// colleague's "transfer my PS5 and my cycle to your name, I won't need
	// them anymore") did not.
	{"testdata/heldout-v158.jsonl", 380, 173, 4},
	// v159 (eight new writers: Irish and Scottish cattle-mart and farm-
	// supply workers; Kenyan, Tanzanian and Ugandan families; Korean,
	// Chinese and Vietnamese nail-bar and restaurant owners; ski patrollers
	// and mountain rescuers; theatre and touring crews; newly retired men
	// and their wives; young nurses and healthcare assistants; Moroccan,
	// Algerian and Tunisian families in Europe), written after a59ec61
	// (v158's fixes) was frozen and measured once on it. Red flags (98.7%) met their target; crises (97.7%: "id nearly rather
	// not wake up than face the yard", a note "in the bottom of my road
	// case", "looking at the multistorey roof differently") and false
	// alarms (2.2%, one message over: a sheepdog and an old dog wetting
	// themselves, "tired of customers ... I want to quit", a play's
	// suicide scene, "overdosed on Grey's Anatomy") did not.
	{"testdata/heldout-v159.jsonl", 379, 172, 8},
	// v160 (920: eight new writers: Fijian and Tongan soldiers, rugby
	// players and church families; warehouse pickers and forklift
	// drivers; Romani, Irish Traveller and showmen families; retired
	// academics, engineers and doctors of 70-90; teenage girls in dance,
	// cheer and gymnastics and their mums; Ukrainian refugees and their
	// hosts; Newfoundland and Nova Scotia fishermen and plant workers;
	// home crafters and small online sellers), written after ba225c5
	// (v159's fixes) was frozen and measured once on it. Red flags (99.2%)
	// and false alarms (1.4%) met their targets; crises (95.5%) did not:
	// "I don't see why I'm still here" and "is like 20 paracetomol a lot??
	// asking for me" inside ordinary questions, "i cut my legs again last
	// night", a lethal dose asked in a pharmacologist's words.
	{"testdata/heldout-v160.jsonl", 381, 168, 5},
	// v161 (920: eight new writers: Hmong, Lao and Cambodian families in
	// the US; airline pilots, controllers and aircraft engineers; women of
	// 40-60 caring for parents in small-town America and Canada; jiu-jitsu,
	// judo, wrestling and MMA people; Zulu, Xhosa, Sotho and Afrikaans-
	// speaking South Africans; road and mountain cyclists and couriers;
	// rural India and Pakistan on cheap phones; parents of disabled
	// children), written after ba225c5 was frozen, at the same time as
	// v160, and measured once on it. Red flags (97.9%)
	// met their target; crises (98.3%: "how mny tremadol tablt togethr so
	// ... i dnt wake up") and false alarms (3.1%: chickens and a buffalo
	// with weak legs, "overdosed on instructionals", a film about farmer
	// suicides, a child's fever) did not.
	{"testdata/heldout-v161.jsonl", 376, 173, 11},
	// v162 (920: eight new writers: bus and coach mechanics, MOT testers
	// and recovery drivers; Filipino, Indonesian and Vietnamese fishing
	// crews; mothers and grandmothers of ex-mining and mill towns; young
	// US service members and their spouses; Egyptian, Jordanian,
	// Palestinian and Syrian students and workers; film and TV crews;
	// older Black American church members and their children; Eastern
	// European lorry drivers and warehouse workers), written after
	// c025975 (v160's and v161's fixes) was frozen and measured once on
	// it. Red flags (99.2%) met their target; crises
	// (98.9%, one message short: "not a lot left to stick around for",
	// "a rope in the garage since march") and false alarms (3.1%: "the
	// ER and not just sick call?", a husband's "I'm dyinggg, tell the
	// kids", a film called Better Off Dead, a pit accident of 1984, "can't
	// pee for hours on the night exteriors") did not.
	{"testdata/heldout-v162.jsonl", 381, 174, 11},
	// v163 (920: eight new writers: Punjabi, Gujarati and Tamil
	// grandparents abroad; gig workers on three jobs; grooms, jockeys,
	// farriers and pony-club mums; Nigerian, Ghanaian and Kenyan men
	// online; trans, non-binary and queer young adults; lifeguards,
	// surfers and open-water swimmers; priests, nuns and parish
	// volunteers; young adults caring for a parent), written after c025975
	// was frozen, at the same time as v162, and measured once on it. Red
	// flags (98.7%) met their target; crises (97.7%:
	// a daughter's "little straight cuts all across the tops of her legs",
	// "got everything lined up for friday", "what actually happens if
	// someone takes way too much paracetamol") and false alarms (2.5%: a
	// mare's red wee, a cob's equine asthma, "nearly had a heart attack"
	// at a falls alarm, "better off without the heat pad") did not.
	{"testdata/heldout-v163.jsonl", 379, 172, 9},
	// v164 (920: eight new writers: Nepali, Gurkha and Bhutanese families
	// abroad; lower-league footballers and rugby league players; women of
	// 80-100 writing themselves; developers and IT support working from
	// home; Malaysian and Singaporean families in Manglish and Singlish;
	// ambulance crews and A&E nurses off duty; Maghrebi farm workers and
	// shepherds in Spain, Italy and Morocco; adults living with a serious
	// mental illness), written after df02ef2 (v162's and v163's fixes and
	// a third review's narrowing) was frozen and measured once on it. Red
	// flags (99.2%) and crises (176/176) met their
	// targets; false alarms (2.5%: a hospital programme and a video game
	// where someone can't feel his legs, "a serious fever for mechanical
	// keyboards", an RTC attended, "Kill me now", a ewe that can't get up)
	// did not.
	{"testdata/heldout-v164.jsonl", 381, 176, 9},
	// v165 (920: eight new writers: anglers and charter skippers of the
	// US Gulf and Carolinas; Polish, Czech and Slovak grandparents living
	// with their children; brewers, cellar workers and publicans; dancers
	// and singers in musicals; Tongan, Samoan and Cook Island aunties and
	// uncles; hotel housekeepers, laundry workers and kitchen porters;
	// academics and PhD students; vets, vet nurses and farm vets), written
	// after df02ef2 was frozen, at the same time as v164, and measured
	// once on it. Red flags (98.7%) and false alarms (1.1%) met their
	// targets; crises (97.7%: "bought a pistol at the
	// show ... sit with it at night", "does it hurt if you take all the
	// sleeping tablets at once?", "kill me now lol. no but seriously if
	// anyone knows a way") did not.
	{"testdata/heldout-v165.jsonl", 379, 172, 4},
	// v166 (919: eight new writers: window fitters, glaziers and kitchen
	// fitters; Bangladeshi, Pakistani and Indian women in East London,
	// Bradford and Birmingham; swimmers, rowers and triathletes; crofters,
	// shepherds and fishermen of Orkney, the Hebrides, Donegal and
	// Connemara; men of the Rust Belt and Appalachia who lost their jobs;
	// Brazilian, Colombian and Venezuelan riders, cleaners and nannies;
	// Deaf and hard-of-hearing older adults; young adults with chronic
	// illness), written after b05b64c (v164's and v165's fixes) was
	// frozen and measured once on it (a short "heat or ice for back?"
	// dropped first as a near copy of a training example). Red flags (99.5%) and false alarms (1.7%) met their
	// targets; crises (96.6%: "took all my gabapenton and the flexaril
	// that was left, about a hour ago", "if I come off the ladder next
	// week it won't be an accident", "I looked up the tide times", a
	// resident who "signed ... she's going to throw herself out of the
	// window tonight", "started writing down who gets what") did not.
	{"testdata/heldout-v166.jsonl", 382, 170, 6},
	// v167 (920: eight new writers: caravan-park and campsite workers;
	// Vietnamese, Thai and Filipino wives and mothers abroad; stagehands,
	// riggers and festival crews; retired nurses and doctors caring for a
	// spouse; young Muslim and Sikh men in Britain and Canada; foresters,
	// rangers and tree planters; mothers in Lagos, Accra, Nairobi and
	// Kampala; Dutch, German and Scandinavian women of 50-70), written
	// after b05b64c was frozen, at the same time as v166, and measured once
	// on it. Red flags (384/384) and crises (175/176 =
	// 99.4%) met their targets; false alarms (3.3%: constipation on
	// painkillers, "glasto fever", known spinal stenosis in both legs, a TV
	// survivalist who "couldn't feel his legs", a husband who "says he wants
	// to die when he gets out of bed ... then he laughs", a grandson off his
	// skateboard) did not.
	{"testdata/heldout-v167.jsonl", 384, 175, 12},
	// v168 (920: eight new writers: chimney sweeps, thatchers, masons and
	// wallers; Indonesian and Malaysian students and workers abroad;
	// skaters, skating parents and hockey moms; old miners and quarrymen
	// of South Africa, Australia and Chile; club DJs, promoters and bar
	// staff; Orthodox Christian families abroad; bookkeepers and office
	// staff; reservists, cadets and police and fire recruits), written
	// after 9db2745 (v166's and v167's fixes) was frozen and measured once
	// on it. Red flags (98.4%) and false alarms (1.7%)
	// met their targets; crises (96.6%: "took a bunch of my moms tylenol 3s
	// ... maybe 15?", a hot water bottle pressed on "until it burns the
	// skin, I sort of want it to hurt", a roommate who wants to go home "in
	// a box") did not.
	{"testdata/heldout-v168.jsonl", 378, 170, 6},
	// v169 (920: eight new writers: West African market women and street
	// sellers; Australian and New Zealand road-train and logging drivers;
	// quiet teenagers who game, draw and write online; sign painters and
	// decorators; older Chinese and Korean immigrants and their children;
	// personal trainers and fitness influencers; Latino families in Texas,
	// California and Florida; expats and long-haul travellers), written
	// after 9db2745 was frozen, at the same time as v168, and measured once
	// on it. Red flags (98.4%) and false alarms (1.9%) met
	// their targets; crises (96.6%: "ive kind of decided when. after my last
	// a level paper", standing "at the edge" of a car park's top floor and
	// "next time I come off the ladder ... from the top of the church
	// spire", read as an emergency) did not.
	{"testdata/heldout-v169.jsonl", 378, 170, 7},
	// v170 (920: eight new writers: beekeepers, orchardists and market
	// gardeners; Sri Lankan and Maldivian workers in Gulf hotels; church
	// choirs and brass bands in the north of England; young Geordie and
	// Teesside men; Mongolian, Kazakh and Kyrgyz students abroad; school
	// dinner ladies, caretakers and lollipop men; Armenian and Georgian
	// families abroad; night taxi, rideshare and delivery drivers), written
	// after 702d79d (v168's and v169's fixes, major trauma yielding to a
	// crisis at 0.9, "it'll" kept) was frozen and measured once on it. Red flags 99.2% met; crises 98.9% (a razor looked at in the
	// bath; "looking over the edge" of an airport garage's top floor, buried
	// in a seat question) and false alarms 3.1% (a collie's "wee accidents",
	// "beekeeping fever", "shat meself", a nephew who wet himself) did not.
	{"testdata/heldout-v170.jsonl", 381, 174, 11},
	// v171 (919: eight new writers: Cornish and Devon fishermen and farm
	// families; Zimbabwean and Zambian nurses and carers abroad;
	// powerlifters and strongman athletes; Jewish grandparents in New York
	// and Florida; Bosnian, Serbian and Croatian families abroad; scout
	// leaders and outdoor instructors; Pakistani and Afghan workers in the
	// Gulf; young mums in Glasgow and Liverpool; one near copy of a training
	// example dropped before measuring), written after 702d79d was frozen,
	// at the same time as v170, and measured once on it.
	// Red flags (98.4%) and false alarms (1.9%) met their targets; crises
	// (97.2%: "how much pregablin make you sleep forever", Glaswegian
	// "jumpin aff her balcony" and "burnin ma arm wi the straighteners",
	// "necked a full box of them strong painkillers") did not.
	{"testdata/heldout-v171.jsonl", 378, 171, 7},
	// v172 (920: eight new writers: Welsh-speaking farm families; Nigerian
	// traders in Guangzhou, Dubai and Johannesburg; Appalachian families;
	// Turkish and Kurdish barbers and kebab-shop workers; Australian grey
	// nomads; primary teachers and nursery workers; Japanese and Korean office
	// workers; joint families in Delhi, Mumbai and Lucknow), written after
	// bd8b246 (v170's and v171's fixes) was frozen and measured once on it.
	// Red flags (98.2%) and false alarms (1.7%) met their
	// targets; crises (97.7%: dogs given away and a will made, "i already
	// wrote my letters out", "been cuttin again", tablets put aside "just in
	// case it all gets too much") did not.
	{"testdata/heldout-v172.jsonl", 377, 172, 6},
	// v173 (920: eight new writers: Maori and Pasifika families; young
	// Sudanese, Eritrean and Somali refugees in Europe; oil-sands and mine
	// camp workers; Chinese students abroad; grandmothers in rural Ireland;
	// bakers, butchers and early-morning shop workers; American college
	// athletes; women in menopause groups), written after bd8b246 was frozen,
	// at the same time as v172, and measured once on it.
	// Red flags (99.0%) and false alarms (1.4%) met their targets; crises
	// (98.9%, one message short: "hw mny amitriptyline is 2 mny. i hav a ful
	// box", a friend who gave away her good coat and "would be where she's
	// going soon") did not.
	{"testdata/heldout-v173.jsonl", 380, 174, 5},
	// v174 (920: eight new writers: Punjabi Sikh grandparents in Canada and
	// Southall; Icelandic, Faroese and Shetland fish and smelter workers;
	// funeral directors and crematorium staff; women in university rugby,
	// rowing and hockey; Haitian and Dominican families in the US; people
	// out of prison or on probation; tea, coffee and flower estate workers;
	// retired police officers and firefighters), written after f212bcc
	// (v172's and v173's fixes and a fourth review's narrowing) was frozen
	// and measured once on it. All three targets met: red
	// flags 99.2%, crises 99.4% (175/176: a friend's plan told beside a
	// collapse), false alarms 0.8%.
	{"testdata/heldout-v174.jsonl", 381, 175, 3},
	// v175 (920: eight new writers: Albanian and Kosovar builders and
	// car-wash workers; blind and partially sighted adults; dairy farmers in
	// Wisconsin, Vermont, Ireland and New Zealand; Vietnamese families in
	// Australia and the US; tattoo artists and piercers; mill-town pensioners
	// in Yorkshire and Lancashire; Lebanese and Iraqi shopkeepers in Sydney
	// and Detroit; new dads), written after f212bcc was frozen, at the same
	// time as v174, and measured once on it. Red flags
	// (99.0%) and false alarms (1.7%) met their targets; crises 174/176 =
	// 98.9%, one message short ("I cut when it gets bad", "most nights i
	// still think about finishing the job properly"). f212bcc on both:
	// 761/768 = 99.1%, 349/352 = 99.1%, 9/720 = 1.3%.
	{"testdata/heldout-v175.jsonl", 380, 174, 6},
	// v176 (920: eight new writers: Portuguese and Cape Verdean workers in
	// Boston, Lisbon and Rotterdam; Inuit and northern Canadians; long-haul
	// cabin crew; door staff and security guards; Nepali trekking porters;
	// homeschooling farm mothers; chefs and line cooks; gay men of 60-85),
	// written after f212bcc was frozen, once v174 and v175 had been
	// measured on it (no change between), and measured once on it
	// (11b16c7 reads every stored message as f212bcc did). Red flags
	// 99.5% met; crises 174/176 = 98.9% ("the most paracetamol a person can
	// take ... like for good", read as see-soon) and false alarms 8/360 =
	// 2.2% ("Benfica fever", "Everest fever", a mule that cannot pee) each
	// missed by less than one message.
	{"testdata/heldout-v176.jsonl", 382, 174, 8},
	// v177 (919: eight new writers: hill farmers and shepherds in Cumbria,
	// Northumberland and the Borders; Polish and Ukrainian live-in carers;
	// marathon and trail runners; postal workers and couriers; Malaysian
	// and Singaporean aunties and uncles; church organists, bell-ringers and
	// vergers; Mexican and Central American farmworkers; men of 50-70 living
	// alone; one near copy of a training example dropped before measuring),
	// written after f212bcc was frozen, at the same time as v176, and
	// measured once on it: today's variant. Red flags 98.7% and crises
	// 175/176 = 99.4% met; false alarms 11/359 = 3.1% ("an overdose of
	// DIY", "overdose of tamales", "want to die lah" at a photo, a tup that
	// can't pee, "tup sale fever") did not. f212bcc on its four splits
	// (v174-v177, 3,679 messages, 32 writers): 1,522/1,536 = 99.1%,
	// 698/704 = 99.1%, 28/1,439 = 1.9%.
	{"testdata/heldout-v177.jsonl", 379, 175, 11},
}
