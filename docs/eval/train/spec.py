"""Training personas for the matcher, graded blind against seed_data/pathways.jsonl.

Grades: 3 excellent fit they can start now, 2 good fit, 1 partial fit or cannot start yet.
Written from the pathways' side (reading the catalogue like a careers adviser), without looking
at the matcher's code, docs or output; see README.md and ../build_personas.py. "tags" is for the
README's counts only (build_personas ignores it).
"""


def P(**kw):
    base = {
        "about": "",
        "skills": [],
        "interests": [],
        "qualification_level": None,
        "gcse_english_maths": None,
        "age": None,
        "postcode": None,
        "max_distance_km": None,
        "types": [],
        "circumstances": [],
        "paid_only": False,
        "limit": 10,
    }
    base.update(kw)
    return base


PERSONAS = [
    {
        "id": "T001",
        "profile": P(about="nursing"),
        "grades": [
            (r".*-RNDA-L6", 3),
            (r".*-NURSING-BSC", 3),
            (r".*-BSC-MH-NURSING", 2),
            (r".*-NA-L5", 2),
            (r".*-HCSW-L2", 2),
            (r".*-SHCSW-L3", 1),
            (r".*-PREEMP-HCSW", 1),
            (r".*-WEX-WARD", 1),
            (r".*-ACCESS-HE", 1),
            (r".*-TLEVEL-HEALTH", 1),
        ],
        "notes": "One word, nothing else known: the routes to becoming a registered nurse first, "
        "nursing associate and support worker roles next, tasters and access courses last.",
        "tags": ["terse", "named_target"],
    },
    {
        "id": "T002",
        "profile": P(about="admin job"),
        "grades": [
            (r".*-BA-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-WARDCLERK", 2),
            (r".*-CS-L2", 2),
            (r".*-GPRECEP", 2),
            (r".*-HRSUP-L3", 1),
            (r".*-PAYROLL-L3", 1),
            (r".*-CODER-L3", 1),
        ],
        "notes": "Two words: business admin apprenticeships are the plain answer; ward clerk, "
        "reception and patient services are admin-with-patients; HR, payroll, coding are "
        "specialist admin.",
        "tags": ["terse"],
    },
    {
        "id": "T003",
        "profile": P(about="anything with kids"),
        "grades": [
            (r".*-EYP-L2", 3),
            (r".*-TA-L3", 3),
            (r".*-EYE-L3", 2),
            (r".*-YSW-L3", 2),
            (r".*-TLEVEL-EY", 2),
            (r".*-PLAY-L5", 1),
            (r".*-YW-L6", 1),
            (r".*-CAMHS-WEX", 1),
        ],
        "notes": "Three words: nursery and teaching assistant apprenticeships first; the "
        "Peckham TA post is closed.",
        "tags": ["terse"],
    },
    {
        "id": "T004",
        "profile": P(
            about="Im 14 and in year 10. I want to be a doctor when im older. Can I shadow a "
            "doctor in a hospital near Lewisham?",
            interests=["medicine"],
            age=14,
            postcode="SE13 5AB",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-WEX-WARD", 2),
            (r".*-LAB-WEX", 1),
            (r".*-MED-SUMMER", 1),
        ],
        "notes": "Deliberately nothing fits: everything in the catalogue starts at 16, so a "
        "14-year-old should get no hospital placements (all move to must_not_return).",
        "tags": ["school", "named_target", "nothing_fits"],
    },
    {
        "id": "T005",
        "profile": P(
            about="year 11, predicted 5s and 6s. i wanna do something with computers after my "
            "gcses but in the nhs, like fixing stuff not coding all day",
            interests=["computers"],
            age=16,
            postcode="N17 6SB",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-ITTECH-L3", 3),
            (r".*-INFRA-L3", 3),
            (r".*-DTS-L6", 1),
            (r".*-CYBER-L4", 1),
            (r".*-DATA-L4", 1),
        ],
        "notes": "16-year-old, hands-on IT after GCSEs: Level 3 IT support and infrastructure "
        "apprenticeships (16+); degree/Level 4 ones are 18+ and need A levels.",
        "tags": ["school", "typos", "named_target"],
    },
    {
        "id": "T006",
        "profile": P(
            about="I'm 17 and in Year 12 at a state school in Ilford doing biology, chemistry and "
            "maths. I want to apply for medicine next year and I need experience in a "
            "healthcare setting and some volunteering for my personal statement. Nobody in my "
            "family has been to university.",
            interests=["medicine", "science"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="IG1 2QJ",
            types=["work_experience", "volunteering", "course"],
            max_distance_km=15,
        ),
        "grades": [
            (r".*-MED-SUMMER", 3),
            (r".*-WEX-WARD", 3),
            (r".*-LAB-WEX", 2),
            (r"SJA-SJA-VOL", 2),
            (r".*-CAMHS-WEX", 1),
            (r".*-EXTENDED-MED", 1),
            (r".*-RES-VOL", 1),
            (r".*-HOSPICE-VOL", 1),
        ],
        "notes": "First-generation Year 12 aiming at medicine: widening-participation summer "
        "schools and ward work experience; 18+ volunteering and the degree itself move out "
        "by age.",
        "tags": ["school", "named_target"],
    },
    {
        "id": "T007",
        "profile": P(
            about="I'm in year 13 predicted BBC (bio, psych, sociology) and I want to be a "
            "midwife but I really don't want £50k of student debt. Is there a way to train on "
            "the job?",
            interests=["midwifery", "babies"],
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="E1 4NS",
        ),
        "grades": [
            (r".*-MIDWIFE-L6", 3),
            (r".*-MATSW", 2),
            (r".*-RNDA-L6", 1),
            (r".*-NA-L5", 1),
            (r".*-WEX-WARD", 1),
        ],
        "notes": "Wants an earn-while-you-learn route into midwifery: midwife degree "
        "apprenticeships (she will have the A levels by the start); maternity support worker "
        "as a way in. University nursing/midwifery degrees are what she wants to avoid; "
        "Chelsea's apprenticeship is closed.",
        "tags": ["school", "named_target"],
    },
    {
        "id": "T008",
        "profile": P(
            about="care leaver, 20, living in Deptford. I need a paid job asap my rent is due "
            "and I'm behind. I'll do most things.",
            age=20,
            postcode="SE8 3QH",
            max_distance_km=8,
            circumstances=["care_leaver"],
            paid_only=True,
        ),
        "grades": [
            (r".*-CARE-LEAVER-INTERN", 3),
            (r".*-PORTER", 2),
            (r".*-HCSW-L2", 2),
            (r".*-CS-L2", 2),
            (r".*-FSO-L2", 2),
            (r".*-HOSP-L2", 2),
            (r".*-CLEAN-L2", 2),
            (r".*-CHEF-L2", 2),
            (r".*-ACW-L2", 2),
            (r"KT-GET-INTO-NHS", 1),
            (r".*-PREEMP-HCSW", 1),
        ],
        "notes": "Care leaver who needs money now, paid only: the care leavers' paid internship "
        "at Tooley Street first, then any entry-level paid hospital role nearby; the unpaid "
        "pre-employment programmes move out.",
        "tags": ["care_leaver"],
    },
    {
        "id": "T009",
        "profile": P(
            about="I'm 17 and I look after my mum and my little brothers so I can only do a few "
            "hours after college and on weekends. I'd like to earn something and I'm good at "
            "looking after people.",
            age=17,
            postcode="E13 9AX",
            max_distance_km=10,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-YOUNG-CARER-FLEX", 3),
            (r".*-HEALTH-CHAMP", 2),
            (r"SJA-SJA-VOL", 2),
            (r".*-CARE-VOL", 1),
            (r".*-ACW-L2", 1),
        ],
        "notes": "17-year-old young carer, few hours around college: the flexible paid start "
        "in care for young carers (Tower Hamlets; Croydon is too far). Full-time care "
        "apprenticeships are 18+ and 37.5 h; befriending is 18+.",
        "tags": ["young_carer", "pattern"],
    },
    {
        "id": "T010",
        "profile": P(
            about="I am from Romania, I work as carer in my country 3 years with old people. My "
            "english is not so good but I learn. I want job in care near Ilford.",
            skills=["personal care", "older people"],
            postcode="IG1 4DR",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-ACW-L2", 3),
            (r".*-HCSW-L2", 2),
            (r".*-REABLE", 2),
            (r".*-LD-SUPPORT", 1),
            (r"STCH-HCA-HOSPICE", 2),
            (r".*-ESOL-CARE", 2),
            (r".*-LACW-L3", 1),
        ],
        "notes": "Experienced overseas care worker, developing English: care worker "
        "apprenticeships and support worker jobs near Ilford, plus English for care work.",
        "tags": ["esl", "career_changer"],
    },
    {
        "id": "T011",
        "profile": P(
            about="I was a doctor in Syria for six years, general surgery. I came to UK as a "
            "refugee and now I have status. I need to pass the English test and PLAB. I want "
            "to work in NHS again, any help.",
            qualification_level=6,
            postcode="NW10 8LW",
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-REFUGEE-HCP", 3),
            (r".*-HCSW-L2", 1),
            (r".*-ESOL-CARE", 1),
            (r".*-HEALTH-CHAMP", 1),
            (r"CSG-MSC-PA", 1),
        ],
        "notes": "Refugee doctor: the refugee healthcare professionals programme is exactly "
        "this; support worker roles are what many do while registering.",
        "tags": ["refugee", "overseas_qual", "esl"],
    },
    {
        "id": "T012",
        "profile": P(
            about="I qualified as a pharmacist in Lagos and worked four years in a teaching "
            "hospital pharmacy. I moved to London last month on my husband's visa. I know I "
            "need to do the OSPAP and then register with the GPhC, but I want to work in a "
            "pharmacy while I sort it out.",
            skills=["dispensing", "medicines"],
            qualification_level=6,
            gcse_english_maths=None,
            postcode="SE18 6PF",
        ),
        "grades": [
            (r".*-PSA-L2", 2),
            (r".*-PTECH-L3", 2),
            (r".*-PHARMACIST-L7", 1),
            (r"KCL-MPHARM", 1),
        ],
        "notes": "Overseas-qualified pharmacist (not a refugee): hospital pharmacy assistant "
        "and technician roles let her work in pharmacy now; the pharmacist degree routes "
        "repeat what she has. The refugee programme is not for her.",
        "tags": ["overseas_qual", "named_target"],
    },
    {
        "id": "T013",
        "profile": P(
            about="registered nurse in the Philippines 5 yrs (medical ward), waiting for my NMC "
            "application to go through. Want to work in a hospital while waiting, I can do "
            "obs, bloods, ECG, all of it.",
            skills=["phlebotomy", "ECG", "observations"],
            qualification_level=6,
            gcse_english_maths=None,
            postcode="SW17 9QQ",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-SHCSW-L3", 3),
            (r".*-HCSW-L2", 2),
            (r".*-HCA-GP", 2),
            (r"STCH-HCA-HOSPICE", 2),
            (r".*-NA-L5", 1),
            (r".*-RNDA-L6", 1),
        ],
        "notes": "Overseas nurse awaiting NMC: senior support worker posts use her skills "
        "(bloods, ECG) now; nursing degree routes would repeat training.",
        "tags": ["overseas_qual", "typos"],
    },
    {
        "id": "T014",
        "profile": P(
            about="Been at Primark 5 years, supervisor now. Sick of retail and want something "
            "that actually means something. Customer service is my thing. Not great with blood "
            "tho so nothing like that",
            skills=["customer service", "cash handling", "team work"],
            qualification_level=2,
            gcse_english_maths=True,
            age=23,
            postcode="W12 7RH",
        ),
        "grades": [
            (r".*-CS-L2", 3),
            (r".*-GPRECEP", 3),
            (r".*-WARDCLERK", 2),
            (r"LAS-CALLHANDLER-111", 2),
            (r".*-BA-L3", 2),
            (r".*-TL-L3", 2),
            (r".*-HOSP-L2", 1),
        ],
        "notes": "Retail supervisor moving into patient-facing admin; no blood: support "
        "worker (senior), GP healthcare assistant, lab and ambulance roles get no grade.",
        "tags": ["career_changer", "not_want"],
    },
    {
        "id": "T015",
        "profile": P(
            about="I'm 24, been a barista for six years. I've got A levels (B, C, C). I like "
            "people and being on my feet. Thinking nursing or physio but I can't afford to go "
            "to uni full time again, I need a wage.",
            qualification_level=3,
            gcse_english_maths=True,
            age=24,
            postcode="N7 6PA",
            paid_only=True,
        ),
        "grades": [
            (r".*-RNDA-L6", 3),
            (r".*-PHYSIO-L6", 3),
            (r".*-NA-L5", 2),
            (r".*-TA-THERAPY", 2),
            (r".*-AP-L5", 2),
            (r".*-OT-L6", 2),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Barista with A levels wanting paid routes into nursing or physio: degree "
        "apprenticeships first; university degrees (unpaid) are what they ruled out.",
        "tags": ["career_changer", "named_target"],
    },
    {
        "id": "T016",
        "profile": P(
            about="Leaving the army after 6 years in REME as a vehicle mechanic. I want to use "
            "my trade skills in the NHS, maintenance or estates.",
            skills=["mechanical maintenance", "fault finding", "electrics"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="RM10 7XS",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-MAINT-L3", 3),
            (r".*-ELEC-L3", 3),
            (r".*-STEP-HEALTH", 3),
            (r".*-FMSUP-L3", 2),
            (r"UCLH-FM-L4", 1),
            (r".*-PORTER", 1),
        ],
        "notes": "Army mechanic wanting a trade: estates maintenance and electrician "
        "apprenticeships, and Step into Health for forces leavers.",
        "tags": ["armed_forces", "career_changer"],
    },
    {
        "id": "T017",
        "profile": P(
            about="I have a 2:1 in Biomedical Science from Kingston. I've done a year as a lab "
            "assistant already and I don't want another Level 2 assistant job, I want a route "
            "to registration.",
            skills=["lab work", "data analysis"],
            qualification_level=6,
            gcse_english_maths=True,
            postcode="KT1 2EE",
        ),
        "grades": [
            (r"GSTT-CLINSCI-L7", 3),
            (r".*-HSP-L6", 2),
            (r"SGUH-PA-L7", 2),
            (r"CSG-MSC-PA", 2),
            (r"CRICK-RESSCI-L7", 2),
            (r".*-HSASSOC-L4", 1),
        ],
        "notes": "Biomedical science graduate wanting a registration route: clinical scientist "
        "training; practitioner degree apprenticeship and physician associate routes next. "
        "Level 2 healthcare science assistant is what they said they do not want.",
        "tags": ["graduate", "not_want"],
    },
    {
        "id": "T018",
        "profile": P(
            about="2nd year adult nursing student at LSBU. I need paid work around my course, "
            "mostly weekends and some evenings, ideally healthcare so it counts.",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE11 4HJ",
            paid_only=True,
        ),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-HCSW-L2", 1),
            (r"STCH-HCA-HOSPICE", 1),
            (r".*-CS-L2", 1),
            (r"LAS-CALLHANDLER-111", 1),
        ],
        "notes": "Student nurse wanting part-time paid healthcare work: the catalogue has little "
        "part-time; flexible-hours communicator guide is the best; full-time rota posts "
        "are partial at most.",
        "tags": ["student_nurse", "pattern"],
    },
    {
        "id": "T019",
        "profile": P(
            about="Didn't get into medicine this year (got AAB, needed AAA). Taking a gap year to "
            "get real patient contact and reapply. Paid would be good.",
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="HA1 1BA",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-HCSW-L2", 3),
            (r"STCH-HCA-HOSPICE", 3),
            (r".*-MHSW", 2),
            (r".*-TA-THERAPY", 2),
            (r".*-PREEMP-HCSW", 1),
            (r".*-PORTER", 1),
            (r".*-EXTENDED-MED", 1),
            (r"SJA-SJA-VOL", 1),
        ],
        "notes": "Gap year before reapplying to medicine: hands-on paid care roles near "
        "Harrow (Northwick Park first).",
        "tags": ["gap_year", "named_target"],
    },
    {
        "id": "T020",
        "profile": P(
            about="I want to be a paramedic",
            age=19,
        ),
        "grades": [
            (r"LAS-PARA-L6", 3),
            (r".*-BSC-PARA", 3),
            (r"LAS-ASW-L3", 2),
            (r"SJA-SJA-VOL", 2),
            (r"LAS-EMD", 1),
            (r"LAS-AAP-L4", 1),
        ],
        "notes": "Named target, nothing else: paramedic degree apprenticeship and degrees; "
        "ambulance support worker as a start. Associate practitioner is 21+.",
        "tags": ["named_target", "terse"],
    },
    {
        "id": "T021",
        "profile": P(
            about="Year 13 doing chem bio maths. Want to be a pharmacist, is there an "
            "apprenticeship for that??",
            qualification_level=2,
            gcse_english_maths=True,
            postcode="E17 4QH",
        ),
        "grades": [
            (r".*-PHARMACIST-L7", 3),
            (r"KCL-MPHARM", 2),
            (r".*-PTECH-L3", 1),
            (r".*-PSA-L2", 1),
        ],
        "notes": "Year 13 wanting the pharmacist apprenticeship (exists at Guy's and St "
        "Thomas' and UCLH); MPharm is the usual degree; technician and assistant are lower "
        "steps.",
        "tags": ["school", "named_target"],
    },
    {
        "id": "T022",
        "profile": P(
            about="Im 22, personal trainer at a gym in Croydon. Got a BTEC in sport "
            "(distinction*). I want to become a physio properly.",
            skills=["exercise", "coaching"],
            qualification_level=3,
            gcse_english_maths=True,
            age=22,
            postcode="CR0 2RE",
        ),
        "grades": [
            (r".*-PHYSIO-L6", 3),
            (r".*-TA-THERAPY", 3),
            (r".*-AP-L5", 2),
            (r".*-OT-L6", 1),
            (r".*-BSC-OT", 1),
        ],
        "notes": "PT wanting physiotherapy: the physio degree apprenticeships and therapy "
        "assistant jobs.",
        "tags": ["career_changer", "named_target"],
    },
    {
        "id": "T023",
        "profile": P(
            about="radiographer. have A levels",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE6 4RU",
        ),
        "grades": [
            (r".*-RADIO-L6", 3),
            (r".*-AP-L5", 2),
            (r".*-WEX-WARD", 1),
        ],
        "notes": "Named target: diagnostic radiographer degree apprenticeship at Lewisham "
        "(UCLH's is closed); assistant practitioner covers imaging.",
        "tags": ["named_target", "terse"],
    },
    {
        "id": "T024",
        "profile": P(
            about="I want to be a mental health nurse because of what my brother went "
            "through. I'm 20 and I did a Health and Social Care BTEC (DMM).",
            interests=["mental health"],
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="E3 4AA",
        ),
        "grades": [
            (r".*-BSC-MH-NURSING", 3),
            (r"ELFT-RNDA-L6", 3),
            (r"SLAM-RNDA-L6", 3),
            (r"(KCH|BARTS|RFL|ICHT|SGUH|LGT|BHR|CHS|UCLH)-RNDA-L6", 2),
            (r".*-MHSW", 2),
            (r".*-NA-L5", 1),
            (r".*-PWP-L6", 1),
            (r".*-MH-PEER-VOL", 1),
        ],
        "notes": "Named target (mental health nursing): MH nursing degrees and the East London "
        "mental health trust's nurse apprenticeship; acute trusts' nurse apprenticeships "
        "let you choose the MH field; healthcare assistant on a MH ward as a way in.",
        "tags": ["named_target"],
    },
    {
        "id": "T025",
        "profile": P(about="IT in the NHS"),
        "grades": [
            (r".*-ITTECH-L3", 3),
            (r".*-INFRA-L3", 3),
            (r".*-DTS-L6", 2),
            (r".*-CYBER-L4", 2),
            (r".*-DATA-L4", 2),
            (r".*-ICB-DATA-INTERN", 1),
        ],
        "notes": "Four words: IT support and infrastructure apprenticeships, then degree, cyber "
        "and data.",
        "tags": ["terse", "named_target"],
    },
    {
        "id": "T026",
        "profile": P(
            about="got a conviction at 17 for possesion, im 21 now and been clean since. will "
            "the dbs stop me working in a hospital?? id do portering or kitchens",
            age=21,
            postcode="SE1 6HR",
            max_distance_km=8,
            circumstances=["ex_offender"],
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-CHEF-L2", 3),
            (r"KT-GET-INTO-NHS", 2),
            (r".*-HOSP-L2", 2),
            (r".*-FSO-L2", 2),
            (r".*-CLEAN-L2", 1),
        ],
        "notes": "Spent conviction, worried about DBS: porter and chef posts say they welcome "
        "people with convictions; the Get into NHS programme too.",
        "tags": ["dbs", "typos"],
    },
    {
        "id": "T027",
        "profile": P(
            about="I'm autistic. I'm really good with numbers and spotting patterns but I find "
            "busy places and phones hard. I got 7s in maths and English.",
            skills=["accuracy", "numbers"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="EN1 3SA",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-CODER-L3", 3),
            (r".*-AAT-L3", 3),
            (r".*-PAYROLL-L3", 3),
            (r".*-DATA-L4", 1),
            (r".*-ICB-ADMIN", 2),
        ],
        "notes": "Autistic, good with numbers, finds busy places and phones hard: clinical "
        "coding (quiet, adjustments), assistant accountant, payroll. Reception, 111/999 "
        "call handling and ward clerk get no grade.",
        "tags": ["disability", "not_want"],
    },
    {
        "id": "T028",
        "profile": P(
            about="I use a wheelchair. Looking for office-based work in the NHS, hybrid would be "
            "ideal. I have A levels in maths, economics and geography.",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="E15 4HT",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-DATA-L4", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-AAT-L3", 2),
            (r".*-ACCT-L4", 2),
            (r".*-CODER-L3", 2),
            (r".*-BA-L3", 2),
            (r".*-HRSUP-L3", 2),
            (r".*-ICB-DATA-INTERN", 1),
        ],
        "notes": "Wheelchair user wanting office or hybrid work: hybrid ICB data and admin "
        "apprenticeships first.",
        "tags": ["disability"],
    },
    {
        "id": "T029",
        "profile": P(
            about="Mum of two, I can only work school hours in term time. I was a teaching "
            "assistant back home in Nigeria. Live in Hackney.",
            age=24,
            postcode="E8 1DY",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-TA-L3", 3),
            (r".*-EYE-L3", 1),
            (r".*-EYP-L2", 1),
        ],
        "notes": "Parent needing school hours and term time: the teaching assistant "
        "apprenticeship at Mossbourne (8.30 to 3.30, term time). Nursery shifts run 7am to "
        "7pm; Peckham's TA post is closed and too far.",
        "tags": ["pattern", "career_changer", "overseas_qual"],
    },
    {
        "id": "T030",
        "profile": P(
            about="I can only work nights because I look after my son in the day while my "
            "partner is at work. I've done care work before. Anything in a hospital or care.",
            skills=["personal care"],
            postcode="SE5 8AZ",
        ),
        "grades": [
            (r".*-MHSW", 2),
            (r"STCH-HCA-HOSPICE", 2),
            (r".*-MATSW", 1),
            (r".*-PORTER", 1),
            (r".*-HCSW-L2", 1),
            (r"LAS-EMD", 1),
            (r".*-LD-SUPPORT", 1),
        ],
        "notes": "Nights only: no night-only post exists; rotas that include nights (mental "
        "health HCA, hospice HCA) are the nearest; day-heavy rotas at most 1.",
        "tags": ["pattern"],
    },
    {
        "id": "T031",
        "profile": P(
            about="im at uni doing business so i can only do evenings and weekends, want "
            "something nhs related for my cv",
            age=20,
            postcode="E14 5AB",
            types=["volunteering"],
        ),
        "grades": [
            (r"SJA-SJA-VOL", 2),
            (r".*-HEALTH-CHAMP", 2),
            (r".*-RES-VOL", 2),
            (r".*-CARE-VOL", 2),
            (r"STCH-HOSPICE-VOL", 1),
            (r".*-YSW-L3", 1),
        ],
        "notes": "Student, evenings and weekends only: flexible volunteering; full-time jobs "
        "and apprenticeships get no grade.",
        "tags": ["pattern", "typos"],
    },
    {
        "id": "T032",
        "profile": P(
            about="I'm on universal credit and I can only do 16 hours a week at the moment. I "
            "like looking after people.",
            postcode="N18 2TH",
        ),
        "grades": [
            (r".*-CARE-VOL", 2),
            (r"STCH-HOSPICE-VOL", 2),
            (r"SENSE-DEAFBLIND-SUPPORT", 1),
            (r".*-HSC-L2", 1),
            (r".*-HSC-L1", 1),
        ],
        "notes": "16 hours a week at most: no paid care post is that short (young carers' "
        "flexible start is only for young carers); volunteering and part-time courses; full "
        "time care posts get no grade.",
        "tags": ["pattern"],
    },
    {
        "id": "T033",
        "profile": P(
            about="I want to work in a hospital but NOT with blood or needles, I'll literally "
            "pass out lol",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="NW3 5QR",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-CS-L2", 3),
            (r".*-WARDCLERK", 3),
            (r".*-PSA-L2", 2),
            (r".*-BA-L3", 2),
            (r".*-PORTER", 2),
            (r".*-HOSP-L2", 2),
            (r".*-FSO-L2", 2),
            (r".*-ITTECH-L3", 1),
        ],
        "notes": "Hospital, no blood or needles: reception, ward clerk, pharmacy stores, admin, "
        "portering. Senior support worker, GP healthcare assistant (take blood), labs, "
        "theatres and ambulance get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T034",
        "profile": P(
            about="dont want anything patient facing. good at excel and organising stuff",
            skills=["excel"],
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            (r".*-AAT-L3", 3),
            (r".*-PAYROLL-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-HRSUP-L3", 2),
            (r".*-CODER-L3", 2),
            (r".*-DATA-L4", 1),
        ],
        "notes": "Back office only: finance, payroll, commissioning admin. Reception, ward "
        "clerk, GP receptionist and patient services are patient facing and get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T035",
        "profile": P(
            about="I'm happy to support people, like in a care home or helping them get out "
            "and about, but no personal care like washing people, that's not for me.",
            age=22,
            postcode="N1 9LG",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-LD-SUPPORT", 3),
            (r"SENSE-DEAFBLIND-SUPPORT", 3),
            (r".*-CARE-VOL", 2),
            (r".*-SPLW", 1),
            (r".*-MHSW", 1),
        ],
        "notes": "Support without personal care: learning disability support (cooking, "
        "budgeting, hobbies) and deafblind communicator guide. Adult care worker, HCSW and "
        "hospice HCA involve washing and get no grade.",
        "tags": ["not_want"],
    },
    {
        "id": "T036",
        "profile": P(
            about="I want to help people but not in a hospital. Hospitals make me anxious since "
            "my dad died in one.",
            postcode="CR4 3HQ",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-REABLE", 3),
            (r".*-ACW-L2", 2),
            (r".*-LD-SUPPORT", 2),
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-SPLW", 2),
            (r".*-CARE-VOL", 2),
        ],
        "notes": "Helping people outside hospitals: reablement and care at home, community "
        "roles. Hospital posts and the hospice get no grade.",
        "tags": ["not_want"],
    },
    {
        "id": "T037",
        "profile": P(about="nothing medical pls. I like cooking"),
        "grades": [
            (r".*-CHEF-L2", 3),
            (r".*-HOSP-L2", 2),
            (r"GSTT-SCHEF-L3", 1),
        ],
        "notes": "Cooking, nothing medical: hospital kitchen apprenticeships.",
        "tags": ["not_want", "terse"],
    },
    {
        "id": "T038",
        "profile": P(
            about="I faint at the sight of blood but I'd love to work with children. I've "
            "babysat for years and I help at my church's kids club.",
            qualification_level=2,
            gcse_english_maths=True,
            postcode="HA9 0FJ",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-EYE-L3", 3),
            (r".*-EYP-L2", 3),
            (r".*-TA-L3", 2),
            (r".*-YSW-L3", 2),
        ],
        "notes": "Children, no blood: nursery apprenticeships at Brent first. Health play "
        "specialist involves blood tests and procedures and gets no grade.",
        "tags": ["not_want"],
    },
    {
        "id": "T039",
        "profile": P(
            about="hello I am 20 years, from Afghanistan. I speak Dari and Pashto and little "
            "English. I want learn and work in hospital.",
            age=20,
            postcode="E6 2JA",
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-ESOL-CARE", 3),
            (r".*-HEALTH-CHAMP", 3),
            (r".*-PREEMP-HCSW", 2),
            (r".*-CLEAN-L2", 2),
            (r".*-FS-ENGMATHS", 2),
            (r"KT-GET-INTO-NHS", 2),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Young refugee with little English: English for care, community languages "
        "as a health champion, pre-employment programmes that support refugees.",
        "tags": ["refugee", "esl"],
    },
    {
        "id": "T040",
        "profile": P(
            about="I'm 17 and I've been in care since I was 12. My social worker is the reason "
            "I'm ok and I want to do what she does one day. I'm doing a BTEC in health and "
            "social care.",
            age=17,
            qualification_level=2,
            postcode="CR0 1EA",
            max_distance_km=15,
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-CARE-LEAVER-INTERN", 2),
            (r".*-CAMHS-WEX", 2),
            (r".*-SW-L6", 1),
            (r".*-YSW-L3", 1),
        ],
        "notes": "17-year-old in care aiming at social work: the degree apprenticeship is 18+ "
        "and needs A levels/BTEC (moves out by age); care leavers' internship and the young "
        "people's mental health taster now.",
        "tags": ["care_leaver", "school", "named_target"],
    },
    {
        "id": "T041",
        "profile": P(
            about="I'm in Year 11. I help look after my dad who has MS so I can't do much in "
            "term time. I think I want to be a nurse. What should I do after my GCSEs?",
            interests=["nursing"],
            postcode="BR1 3PN",
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-TLEVEL-HEALTH", 3),
            (r".*-HSC-L2", 1),
            (r".*-WEX-WARD", 1),
            (r".*-CAMHS-WEX", 1),
            (r".*-NURSING-BSC", 1),
            (r"SJA-SJA-VOL", 1),
        ],
        "notes": "Year 11 young carer thinking of nursing, asking what to do after GCSEs: the "
        "T Level in Health is the next step; ward work experience only in holidays and at 16; "
        "the nursing degree later.",
        "tags": ["school", "young_carer", "named_target"],
    },
    {
        "id": "T042",
        "profile": P(
            about="I love biology but I cant stand needles. Year 12, 17. Want to see what lab "
            "work is actually like",
            interests=["biology", "science"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="NW1 2BU",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-LAB-WEX", 3),
            (r".*-LABTECH-L3", 2),
            (r"UKHSA-LAB-PH-L3", 2),
            (r".*-HSA-L2", 1),
            (r".*-CAMHS-WEX", 1),
        ],
        "notes": "Year 12 who likes biology but cannot stand needles: lab work experience and "
        "lab technician apprenticeships (no needles). Senior HCSW and GP healthcare "
        "assistant (take blood, vaccines) and health play (blood tests) get no grade.",
        "tags": ["school", "not_want", "typos"],
    },
    {
        "id": "T043",
        "profile": P(
            about="Done 2 years in a care home and honestly I'm burnt out on personal care and "
            "nights. I want to stay in health but something different, daytime hours.",
            skills=["care", "moving and handling"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SW17 0RE",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-TA-THERAPY", 3),
            (r".*-WARDCLERK", 2),
            (r".*-PSA-L2", 2),
            (r".*-HCA-GP", 2),
            (r".*-GPRECEP", 2),
            (r".*-CS-L2", 2),
            (r".*-SPLW", 2),
            (r".*-AP-L5", 1),
        ],
        "notes": "Care worker leaving personal care and nights: therapy assistant (weekdays, "
        "helps people walk), GP and hospital admin, pharmacy. HCSW, hospice HCA, mental "
        "health HCA (nights) and adult care worker get no grade.",
        "tags": ["career_changer", "not_want", "pattern"],
    },
    {
        "id": "T044",
        "profile": P(
            about="Want to be a social worker, but with adults not kids. I've got A levels and "
            "I work in a care home at the moment.",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="HA9 7AB",
        ),
        "grades": [
            (r".*-SW-L6", 3),
            (r".*-LACW-L3", 2),
            (r".*-SPLW", 2),
            (r".*-ACW-L2", 1),
        ],
        "notes": "Named target (adult social work): the social worker degree apprenticeships "
        "(adult or children's), lead adult care worker as a step up. Youth work and "
        "children's posts get no grade.",
        "tags": ["named_target", "not_want"],
    },
    {
        "id": "T045",
        "profile": P(
            about="cant sit at a desk all day, need to be moving about. 19, left school with not "
            "much",
            qualification_level=1,
            gcse_english_maths=False,
            age=19,
            postcode="UB3 4DE",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 3),
            (r".*-CLEAN-L2", 2),
            (r".*-HOSP-L2", 2),
            (r".*-CHEF-L2", 2),
            (r".*-MAINT-L3", 1),
            (r".*-ELEC-L3", 1),
        ],
        "notes": "Active, no desk, few qualifications: porter, facilities, cleaning, "
        "hospitality near Hayes. Office admin gets no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T046",
        "profile": P(
            about="id like to work with older ppl, i was really close to my grandad. but not a "
            "hospice or anything with ppl dying i couldnt cope with that",
            postcode="CR0 4XX",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-ACW-L2", 3),
            (r".*-REABLE", 3),
            (r".*-CARE-VOL", 2),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Older people, not end of life: adult care and reablement in Croydon. The "
        "hospice HCA and hospice volunteer get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T047",
        "profile": P(
            about="i did a call centre for 2 years never again lol. want an admin job in the "
            "nhs but NOT on the phones all day",
            skills=["typing", "data entry"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="E15 4HT",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-ICB-ADMIN", 3),
            (r".*-CODER-L3", 3),
            (r".*-AAT-L3", 2),
            (r".*-PAYROLL-L3", 2),
            (r".*-HRSUP-L3", 2),
            (r".*-BA-L3", 2),
        ],
        "notes": "Admin, no phones: commissioning admin, clinical coding, finance and payroll. "
        "111/999 call handling, GP receptionist, patient services and ward clerk get no grade.",
        "tags": ["not_want", "typos", "career_changer"],
    },
    {
        "id": "T048",
        "profile": P(
            about="I want to be an adult nurse and work in A&E one day. Not mental health. I "
            "have A levels and need to earn while I train.",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE5 9RS",
            max_distance_km=10,
            paid_only=True,
        ),
        "grades": [
            (r"(KCH|BARTS|RFL|ICHT|SGUH|LGT|BHR|CHS|UCLH)-RNDA-L6", 3),
            (r".*-NA-L5", 2),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Adult nursing, paid route: nurse degree apprenticeships at acute trusts; "
        "the mental health trusts' nurse apprenticeships, MH HCA and MH nursing degree get "
        "no grade; university degrees are unpaid.",
        "tags": ["named_target", "not_want"],
    },
    {
        "id": "T049",
        "profile": P(
            about="I'm really squeamish about bodily fluids, sick, poo, blood, all of it. But I "
            "want to help people who are lonely or struggling.",
            postcode="E16 2QU",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-CARE-VOL", 3),
            (r".*-SPLW", 2),
            (r".*-HEALTH-CHAMP", 2),
            (r".*-CS-L2", 1),
        ],
        "notes": "Help lonely people, no bodily fluids: befriending and social prescribing. "
        "Care workers, HCSW and nursery (nappies) get no grade.",
        "tags": ["not_want"],
    },
    {
        "id": "T050",
        "profile": P(
            about="No weekends at all please - church on Sundays and I look after my nan on "
            "Saturdays. Monday to Friday office hours. I've got GCSEs including English and "
            "maths.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="SE1 2QH",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-BA-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-AAT-L3", 2),
            (r".*-HRSUP-L3", 2),
            (r".*-LABTECH-L3", 2),
            (r".*-CHEF-L2", 1),
            (r".*-ITTECH-L3", 1),
        ],
        "notes": "Weekdays only: business admin (9 to 5) and hybrid ICB admin; IT (occasional "
        "weekend) partial. Ward clerk, pharmacy assistant (Saturdays), GP reception and "
        "rota jobs get no grade.",
        "tags": ["pattern", "not_want"],
    },
    {
        "id": "T051",
        "profile": P(
            about="I want to work on an ambulance or in emergency stuff but I don't drive and I "
            "don't want to learn.",
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SE1 8SD",
        ),
        "grades": [
            (r"LAS-EMD", 3),
            (r"LAS-CALLHANDLER-111", 2),
            (r"SJA-SJA-VOL", 2),
        ],
        "notes": "Emergencies without driving: 999 call handler; 111 and first aid "
        "volunteering. Ambulance support worker and associate practitioner (blue light "
        "driving) get no grade.",
        "tags": ["not_want", "named_target"],
    },
    {
        "id": "T052",
        "profile": P(
            about="History graduate, 23. I'd like to work for the NHS but nothing clinical - "
            "I'm interested in how services are run. Management?",
            qualification_level=6,
            gcse_english_maths=True,
            age=23,
        ),
        "grades": [
            (r".*-OPS-L5", 3),
            (r"GSTT-HRCON-L5", 2),
            (r".*-PHP-L6", 2),
            (r"GSTT-ACCPROF-L7", 1),
            (r".*-ICB-ADMIN", 1),
            (r".*-TL-L3", 1),
        ],
        "notes": "Non-clinical graduate wanting management: operations and departmental "
        "manager apprenticeships; HR consultant and public health as other graduate-level "
        "non-clinical routes.",
        "tags": ["graduate", "not_want"],
    },
    {
        "id": "T053",
        "profile": P(
            about="I want regular hours, 9 to 5, no shifts ever. Good at science, got a B in "
            "chemistry A level.",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="NW1 1AT",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-LABTECH-L3", 3),
            (r"CRICK-LABSCI-L6", 3),
            (r"UKHSA-LAB-PH-L3", 2),
            (r".*-CTS-L6", 1),
        ],
        "notes": "Science, 9 to 5 only: research lab apprenticeships (weekdays, flexible "
        "start). Hospital labs that run 24 hours and theatre/ward roles get no grade.",
        "tags": ["pattern", "not_want"],
    },
    {
        "id": "T054",
        "profile": P(
            about="anything caring but NOT old people!! im better with people my own age or "
            "younger, helped run a youth club at my estate",
            qualification_level=2,
            postcode="E16 1AA",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-YSW-L3", 3),
            (r".*-EYP-L2", 2),
            (r".*-CAMHS-WEX", 1),
            (r"LBN-YW-L6", 1),
            (r".*-TA-L3", 1),
        ],
        "notes": "Caring with young people, not older people: youth support worker "
        "apprenticeship in Newham. Adult care worker, reablement, hospice and befriending "
        "older people get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T055",
        "profile": P(
            about="I'm a night owl, honestly nights and weekends suit me better than days. 21, "
            "happy to do physical work.",
            age=21,
            postcode="E1 1FR",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-MHSW", 2),
            (r"LAS-EMD", 2),
            (r".*-HCSW-L2", 1),
            (r".*-HSA-L2", 1),
        ],
        "notes": "Happy with nights and weekends, physical work: porters cover nights; "
        "mental health HCA and 999 call handling include nights.",
        "tags": ["pattern"],
    },
    {
        "id": "T056",
        "profile": P(
            about="12 hour shifts are fine with me, I'd rather do 3 long days a week. I want to "
            "work with new mums and babies.",
            interests=["babies", "maternity"],
            qualification_level=2,
            gcse_english_maths=True,
            age=24,
            postcode="HA1 3UJ",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-MATSW", 3),
            (r".*-MIDWIFE-L6", 1),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Long shifts, mums and babies: maternity support worker (12 hour shifts) at "
        "Northwick Park; midwifery apprenticeships need A levels and are far.",
        "tags": ["pattern", "named_target"],
    },
    {
        "id": "T057",
        "profile": P(
            about="I'm 19 and I care for my mum. I can do about 8 hours a week, and it has to "
            "be flexible because some days she's bad. I live in Thornton Heath.",
            age=19,
            postcode="CR7 8RP",
            max_distance_km=8,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r"CROY-YOUNG-CARER-FLEX", 3),
            (r"STCH-CARE-VOL", 1),
            (r".*-CARE-VOL", 1),
            (r"CROY-ACW-L2", 1),
        ],
        "notes": "Young carer, 8 flexible hours: the Croydon flexible start in care (from 8 "
        "hours, change at short notice). Full-time posts get no grade.",
        "tags": ["young_carer", "pattern"],
    },
    {
        "id": "T058",
        "profile": P(
            about="I have ME/CFS so I need to work from home most of the time and can't do long "
            "days on my feet. I've got a maths degree.",
            qualification_level=6,
            gcse_english_maths=True,
            age=24,
            postcode="SW19 1RH",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-DATA-L4", 3),
            (r".*-ICB-DATA-INTERN", 1),
            (r".*-ICB-ADMIN", 2),
            (r".*-CODER-L3", 2),
            (r".*-DTS-L6", 2),
            (r".*-ACCT-L4", 1),
        ],
        "notes": "Disabled maths graduate needing mostly home working: hybrid data analyst "
        "apprenticeships; clinical coding (home working after training). Ward and on-feet "
        "jobs get no grade.",
        "tags": ["disability", "graduate", "pattern"],
    },
    {
        "id": "T059",
        "profile": P(
            about="I'm 16 and I can only do weekends because of sixth form. Want to learn first "
            "aid and help out at events.",
            age=16,
            postcode="EC1V 2NX",
            types=["volunteering"],
        ),
        "grades": [
            (r"SJA-SJA-VOL", 3),
            (r".*-HEALTH-CHAMP", 2),
            (r".*-CARE-VOL", 1),
        ],
        "notes": "16-year-old, weekends only, first aid: St John Ambulance; health champion "
        "at events. Befriending is 18+ (moves out).",
        "tags": ["school", "pattern"],
    },
    {
        "id": "T060",
        "profile": P(
            about="I work days in a shop so I can only study in the evenings. I want to be a "
            "nurse, I'm 25 and I didn't do A levels but I have GCSEs.",
            qualification_level=2,
            gcse_english_maths=True,
            age=25,
            postcode="SE4 1UT",
        ),
        "grades": [
            (r".*-ACCESS-HE", 3),
            (r".*-NURSING-BSC", 1),
            (r".*-RNDA-L6", 1),
            (r".*-NA-L5", 1),
        ],
        "notes": "Adult shop worker wanting nursing, evenings only: the Access to HE diploma "
        "(part time, days or evenings) is exactly the next step; degrees need level 3.",
        "tags": ["career_changer", "pattern", "named_target"],
    },
    {
        "id": "T061",
        "profile": P(
            about="rather work somewhere small not a massive hospital, a GP surgery maybe? im "
            "friendly n organised",
            qualification_level=2,
            gcse_english_maths=True,
            postcode="E1 4DG",
        ),
        "grades": [
            (r".*-GPRECEP", 3),
            (r".*-HCA-GP", 2),
            (r".*-SPLW", 2),
            (r"HURLEY-DN-L3", 2),
        ],
        "notes": "Small setting, GP practice: GP receptionist, GP healthcare assistant, "
        "social prescribing, the dental nurse at a practice. Hospital posts get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T062",
        "profile": P(
            about="I want to be a dentist",
            age=17,
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            (r".*-BDS", 3),
            (r".*-MED-SUMMER", 3),
            (r".*-DN-L3", 1),
        ],
        "notes": "Named target, 17: BDS degrees (18+, so out by age) and the medicine and "
        "dentistry summer school; dental nurse is a different job.",
        "tags": ["named_target", "terse", "school"],
    },
    {
        "id": "T063",
        "profile": P(
            about="dental nurse apprenticeship pls, Southwark or Lambeth",
            postcode="SE17 1RW",
        ),
        "grades": [
            (r".*-DN-L3", 3),
            (r".*-OHP-L4", 1),
            (r"GSTT-DLA-L3", 1),
        ],
        "notes": "Named target: dental nurse apprenticeships (King's, St Thomas', the Hurley "
        "Clinic; Barts is further but no limit was given).",
        "tags": ["named_target", "terse", "typos"],
    },
    {
        "id": "T064",
        "profile": P(
            about="I want to be an occupational therapist. I've got A levels (psychology, "
            "biology, PE) and I'm 18.",
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="NW5 2HX",
        ),
        "grades": [
            (r".*-OT-L6", 3),
            (r".*-BSC-OT", 3),
            (r".*-TA-THERAPY", 2),
            (r".*-AP-L5", 1),
        ],
        "notes": "Named target (OT): OT degree apprenticeships and degrees, therapy "
        "assistant to start.",
        "tags": ["named_target"],
    },
    {
        "id": "T065",
        "profile": P(
            about="i want to work in theatres, like in operations. is there a way in without "
            "going to uni first",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="W2 1NY",
        ),
        "grades": [
            (r".*-ODP-L6", 3),
            (r".*-PORTER", 1),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Named target (operating theatres): operating department practitioner "
        "degree apprenticeships.",
        "tags": ["named_target", "typos"],
    },
    {
        "id": "T066",
        "profile": P(
            about="Psychology graduate (2:1). I want to be a clinical psychologist eventually "
            "and need relevant paid experience. Not interested in more healthcare assistant "
            "type roles.",
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SE5 8AZ",
        ),
        "grades": [
            (r".*-PWP-L6", 3),
            (r".*-PEER-WORKER", 1),
            (r"QMUL-MSC-PH", 1),
        ],
        "notes": "Psychology graduate aiming at clinical psychology: psychological wellbeing "
        "practitioner training is the standard route. Mental health HCA is what they said "
        "they do not want.",
        "tags": ["graduate", "named_target", "not_want"],
    },
    {
        "id": "T067",
        "profile": P(
            about="I've got an EHC plan and a learning disability. I'm 19. I'd like to work in "
            "a hospital and have someone help me learn the job.",
            age=19,
            postcode="SW17 0QT",
            max_distance_km=10,
            circumstances=["send", "disabled"],
        ),
        "grades": [
            (r".*-SEARCH-INTERN", 3),
            (r".*-CAFE-SEND", 3),
            (r".*-HOSP-L2", 1),
        ],
        "notes": "Young person with an EHC plan wanting supported work in a hospital: "
        "supported internships (St George's, Chelsea) and supported catering internships.",
        "tags": ["disability"],
    },
    {
        "id": "T068",
        "profile": P(
            about="I'm deaf (BSL is my first language). I want an apprenticeship in IT or "
            "data, I'm good with computers. I have 5 GCSEs.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="N1 1TH",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-ITTECH-L3", 3),
            (r".*-INFRA-L3", 2),
            (r".*-DATA-L4", 1),
            (r".*-DTS-L6", 1),
        ],
        "notes": "Deaf young person (BSL) wanting IT: IT solutions technician posts welcome "
        "adjustments; Level 4+ need A levels.",
        "tags": ["disability", "esl"],
    },
    {
        "id": "T069",
        "profile": P(
            about="Was a combat medic in the army 4 yrs, leaving in March. Want to carry on with "
            "emergency care in London, ambulance ideally.",
            skills=["trauma care", "first aid", "driving"],
            qualification_level=3,
            gcse_english_maths=True,
            age=23,
            postcode="SE18 4QH",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r"LAS-AAP-L4", 3),
            (r"LAS-ASW-L3", 3),
            (r"LAS-PARA-L6", 3),
            (r".*-STEP-HEALTH", 2),
            (r".*-BSC-PARA", 2),
            (r"LAS-EMD", 1),
        ],
        "notes": "Army medic to ambulance: associate ambulance practitioner, ambulance "
        "support worker, paramedic apprenticeship; Step into Health for forces leavers.",
        "tags": ["armed_forces", "named_target", "career_changer"],
    },
    {
        "id": "T070",
        "profile": P(
            about="My husband is in the RAF and we've just been posted to Northolt. I was a "
            "healthcare assistant on a surgical ward in Lincoln for three years. Looking for "
            "something similar.",
            skills=["observations", "personal care"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="UB5 4AA",
            max_distance_km=12,
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-SHCSW-L3", 3),
            (r".*-HCSW-L2", 2),
            (r".*-STEP-HEALTH", 2),
            (r".*-NA-L5", 1),
        ],
        "notes": "Forces spouse, experienced HCA: senior HCSW and HCSW posts in north west "
        "London; Step into Health includes family members.",
        "tags": ["armed_forces", "career_changer"],
    },
    {
        "id": "T071",
        "profile": P(
            about="I got a caution for shoplifting when i was 16, im 19 now. is it even worth "
            "applyin for nhs jobs. i like cookin",
            age=19,
            postcode="CR0 1EA",
            circumstances=["ex_offender"],
        ),
        "grades": [
            (r".*-CHEF-L2", 3),
            (r"KT-GET-INTO-NHS", 2),
            (r".*-HOSP-L2", 2),
            (r".*-PORTER", 1),
        ],
        "notes": "Youth caution, likes cooking: production chef apprenticeships that welcome "
        "people with convictions (Croydon's is closed); Get into NHS.",
        "tags": ["dbs", "typos"],
    },
    {
        "id": "T072",
        "profile": P(
            about="Just out after 18 months. Probation says I should look at training. I'm 23, "
            "I'm strong and I want to work, I did a kitchen course inside.",
            skills=["food hygiene level 2"],
            age=23,
            postcode="E1 8DE",
            max_distance_km=10,
            circumstances=["ex_offender"],
            paid_only=True,
        ),
        "grades": [
            (r".*-CHEF-L2", 3),
            (r".*-PORTER", 3),
            (r".*-HOSP-L2", 2),
            (r".*-FSO-L2", 2),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "Recently released, paid only: chef and porter posts that welcome people with "
        "convictions; Get into NHS is unpaid (moves out).",
        "tags": ["dbs"],
    },
    {
        "id": "T073",
        "profile": P(
            about="Care leaver, 22. I want to work with young people in care like I was. Not "
            "in a hospital.",
            age=22,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="E16 4HQ",
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-YSW-L3", 3),
            (r".*-SW-L6", 1),
            (r"LBN-YW-L6", 1),
            (r"NELICB-CARE-LEAVER-INTERN", 1),
        ],
        "notes": "Care leaver wanting to work with young people: youth support worker "
        "apprenticeships; social work needs A levels.",
        "tags": ["care_leaver", "not_want"],
    },
    {
        "id": "T074",
        "profile": P(
            about="care leaver 18 just finished college with a level 3 IT diploma. need a "
            "job with training, north london",
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="N19 5NF",
            max_distance_km=10,
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-ITTECH-L3", 3),
            (r".*-INFRA-L3", 3),
            (r"NCLICB-CARE-LEAVER-INTERN", 3),
            (r".*-DATA-L4", 2),
            (r".*-DTS-L6", 2),
            (r".*-CYBER-L4", 2),
        ],
        "notes": "Care leaver with level 3 IT: IT apprenticeships in north London, the care "
        "leavers' internship at Laycock, Level 4 data/digital.",
        "tags": ["care_leaver", "typos", "named_target"],
    },
    {
        "id": "T075",
        "profile": P(
            about="I'm a young carer for my sister who is disabled. I'm 18. I want to be a "
            "learning disability nurse.",
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-RNDA-L6", 3),
            (r".*-NURSING-BSC", 2),
            (r".*-LD-SUPPORT", 2),
            (r".*-YOUNG-CARER-FLEX", 1),
        ],
        "notes": "Named target (learning disability nursing): the nurse degree apprenticeships "
        "let you choose learning disability nursing; degrees; LD support work.",
        "tags": ["young_carer", "named_target"],
    },
    {
        "id": "T076",
        "profile": P(
            about="pharmacy technician",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            (r".*-PTECH-L3", 3),
            (r".*-PSA-L2", 1),
        ],
        "notes": "Named target: pre-registration trainee pharmacy technician posts.",
        "tags": ["named_target", "terse"],
    },
    {
        "id": "T077",
        "profile": P(
            about="Hi, I am nurse from Ghana, 8 years midwife in Korle Bu hospital. I am "
            "refugee in UK now. I want to be midwife here again.",
            qualification_level=6,
            age=31,
            postcode="E13 0AA",
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-REFUGEE-HCP", 3),
            (r".*-MATSW", 2),
            (r".*-MIDWIFE-L6", 1),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Refugee midwife: the refugee healthcare professionals programme (registration "
        "help); maternity support worker while she registers.",
        "tags": ["refugee", "overseas_qual", "esl", "named_target"],
    },
    {
        "id": "T078",
        "profile": P(
            about="I'm a physiotherapist from India (BPT, 3 years experience in a hospital in "
            "Chennai). I'm waiting for my HCPC registration. I want to work in therapy in the "
            "meantime.",
            qualification_level=6,
            gcse_english_maths=None,
            postcode="HA0 4TF",
        ),
        "grades": [
            (r".*-TA-THERAPY", 3),
            (r".*-AP-L5", 2),
            (r".*-PHYSIO-L6", 1),
        ],
        "notes": "Overseas physio awaiting HCPC: therapy assistant jobs now; the physio "
        "degree apprenticeship would repeat training.",
        "tags": ["overseas_qual", "named_target"],
    },
    {
        "id": "T079",
        "profile": P(
            about="My english is good for speaking but writing is hard. I am 22, from Eritrea. "
            "I can clean, I can cook, I want stable job with contract.",
            age=22,
            postcode="N15 4PA",
            max_distance_km=10,
            circumstances=["refugee"],
            paid_only=True,
        ),
        "grades": [
            (r".*-CLEAN-L2", 3),
            (r".*-HOSP-L2", 2),
            (r".*-CHEF-L2", 2),
            (r".*-PORTER", 2),
            (r".*-FSO-L2", 2),
        ],
        "notes": "Refugee wanting a stable paid contract: cleaning apprenticeships support "
        "refugees; catering and facilities. Unpaid ESOL is not what he asked for.",
        "tags": ["refugee", "esl"],
    },
    {
        "id": "T080",
        "profile": P(
            about="Polish, I have MSc in microbiology from Krakow and worked 2 years in a "
            "hospital lab there. Now in London. Want lab job, preferably to get HCPC.",
            qualification_level=7,
            gcse_english_maths=None,
            postcode="NW9 5EQ",
        ),
        "grades": [
            (r"GSTT-CLINSCI-L7", 3),
            (r".*-HSP-L6", 2),
            (r"UKHSA-LAB-PH-L3", 2),
            (r".*-HSASSOC-L4", 2),
            (r"CRICK-RESSCI-L7", 2),
            (r".*-LABTECH-L3", 1),
        ],
        "notes": "Overseas microbiologist wanting a lab job and registration: clinical "
        "scientist training, practitioner routes, the UKHSA public health lab at Colindale.",
        "tags": ["overseas_qual", "esl", "graduate"],
    },
    {
        "id": "T081",
        "profile": P(
            about="yr 10 need work experiance for 2 weeks in july, want somethin in a hospital "
            "or with animals",
            postcode="SE9 5LT",
        ),
        "grades": [
            (r".*-WEX-WARD", 1),
            (r".*-LAB-WEX", 1),
        ],
        "notes": "Deliberately nothing fits: a Year 10 pupil (14 or 15) wanting two weeks' "
        "placement; every work experience here starts at 16, so at most partial; nothing "
        "with animals.",
        "tags": ["school", "typos", "nothing_fits"],
    },
    {
        "id": "T082",
        "profile": P(
            about="I want to become a dietitian. I'm doing A levels in biology, chemistry and PE.",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
        ),
        "grades": [
            (r".*-PHP-L6", 1),
            (r".*-HOSP-L2", 1),
            (r".*-MED-SUMMER", 1),
        ],
        "notes": "Deliberately nothing fits: no dietetics route in the catalogue; public "
        "health (healthy weight) and patient meal service are only loosely related.",
        "tags": ["school", "named_target", "nothing_fits"],
    },
    {
        "id": "T083",
        "profile": P(
            about="I'm 16, in Year 12, and a young carer for my grandma. I want to apply for "
            "dentistry. I'd be the first in my family to go to uni.",
            interests=["dentistry"],
            qualification_level=2,
            gcse_english_maths=True,
            age=16,
            postcode="E2 9PJ",
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-MED-SUMMER", 3),
            (r".*-WEX-WARD", 1),
            (r".*-LAB-WEX", 1),
            (r".*-BDS", 1),
            (r".*-DN-L3", 1),
        ],
        "notes": "Year 12 young carer aiming at dentistry: the medicine and dentistry summer "
        "schools give young carers priority; BDS is 18+ (moves out by age).",
        "tags": ["school", "young_carer", "named_target"],
    },
    {
        "id": "T084",
        "profile": P(
            about="Doing the T Level in Health at college, finishing in June. I want to go "
            "straight into the nursing associate apprenticeship or the nursing degree "
            "apprenticeship. Live in Dagenham.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="RM8 2XY",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-NA-L5", 3),
            (r".*-RNDA-L6", 3),
            (r".*-HCSW-L2", 2),
            (r".*-SHCSW-L3", 2),
            (r".*-AP-L5", 1),
        ],
        "notes": "T Level student (level 3 by the start) wanting nursing apprenticeships: "
        "Queen's Hospital, Romford, and east London trusts.",
        "tags": ["school", "named_target"],
    },
    {
        "id": "T085",
        "profile": P(
            about="I'm 16 and I don't want to do sixth form, I want an apprenticeship straight "
            "after my GCSEs (predicted 4s). Maybe in a hospital pharmacy?",
            interests=["pharmacy"],
            age=16,
            postcode="SW9 8LF",
            types=["apprenticeship"],
        ),
        "grades": [
            (r".*-PSA-L2", 3),
            (r".*-PTECH-L3", 2),
            (r".*-HSA-L2", 1),
        ],
        "notes": "16-year-old leaving school for a pharmacy apprenticeship: pharmacy services "
        "assistant (16+, no qualifications needed); technician needs GCSE 4s in English "
        "and maths (predicted).",
        "tags": ["school", "named_target"],
    },
    {
        "id": "T086",
        "profile": P(
            about="idk what i want to do tbh my mum keeps saying nhs. im 16",
            age=16,
            postcode="N9 0PZ",
        ),
        "grades": [
            (r"KT-GET-INTO-NHS", 2),
            (r".*-WEX-WARD", 2),
            (r".*-HSC-L1", 2),
            (r".*-CS-L2", 1),
            (r".*-PSA-L2", 1),
            (r".*-HOSP-L2", 1),
            (r".*-FSO-L2", 1),
        ],
        "notes": "Undecided 16-year-old: ways to find out about NHS jobs (Get into NHS, ward "
        "work experience, the Level 1 starter course); entry apprenticeships are partial.",
        "tags": ["school", "typos"],
    },
    {
        "id": "T087",
        "profile": P(
            about="I haven't been in work or education for about a year. I get anxious and I "
            "want to start with something small and supported. I'm 18.",
            age=18,
            postcode="E1 1FR",
            max_distance_km=10,
            circumstances=["neet"],
        ),
        "grades": [
            (r"KT-GET-INTO-NHS", 3),
            (r".*-PREEMP-HCSW", 2),
            (r".*-HSC-L1", 2),
            (r".*-FS-ENGMATHS", 2),
            (r".*-MH-PEER-VOL", 1),
        ],
        "notes": "NEET and anxious, wants a supported start: Get into NHS (youth workers, "
        "travel and food help), pre-employment programmes, starter courses.",
        "tags": ["neet"],
    },
    {
        "id": "T088",
        "profile": P(
            about="I'm a care leaver, 19, and six months pregnant. After the baby I'll need "
            "something part time, ideally working from home some days.",
            age=19,
            postcode="SE16 3RW",
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-CARE-LEAVER-INTERN", 3),
            (r".*-ICB-ADMIN", 1),
            (r".*-RES-VOL", 1),
        ],
        "notes": "Pregnant care leaver needing part-time, partly home working: the care "
        "leavers' paid internships (flexible hours, from home).",
        "tags": ["care_leaver", "pattern"],
    },
    {
        "id": "T089",
        "profile": P(
            about="im a care leaver 21 and i want to be a midwife but i failed my gcses",
            qualification_level=1,
            gcse_english_maths=False,
            age=21,
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-FS-ENGMATHS", 3),
            (r".*-HSC-L2", 2),
            (r".*-HCSW-L2", 2),
            (r".*-MATSW", 1),
            (r".*-MIDWIFE-L6", 1),
            (r".*-ACCESS-HE", 1),
        ],
        "notes": "Care leaver aiming at midwifery without GCSEs: English and maths first; "
        "HCSW needs no qualifications and guarantees care leavers an interview; midwifery "
        "and Access need qualifications she lacks.",
        "tags": ["care_leaver", "named_target", "typos"],
    },
    {
        "id": "T090",
        "profile": P(
            about="I look after my brother in the evenings so I need daytime work that "
            "finishes by 5. I'm good with computers and organising. 20, got my GCSEs.",
            qualification_level=2,
            gcse_english_maths=True,
            age=20,
            postcode="SE13 6LH",
            max_distance_km=10,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-BA-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-HRSUP-L3", 2),
            (r".*-ITTECH-L3", 2),
            (r".*-AAT-L3", 2),
        ],
        "notes": "Young carer needing daytime hours ending by 5: business admin (9 to 5, "
        "young carer support) at Lewisham, hybrid ICB admin. Patient services (some "
        "evenings) and 111 get no grade.",
        "tags": ["young_carer", "pattern"],
    },
    {
        "id": "T091",
        "profile": P(
            about="I'm 16 and a young carer for my mum who has depression. I want to work in "
            "mental health one day, maybe psychology.",
            interests=["mental health", "psychology"],
            age=16,
            postcode="RM13 9AA",
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-CAMHS-WEX", 3),
            (r".*-TLEVEL-HEALTH", 2),
            (r".*-PWP-L6", 1),
            (r".*-BSC-MH-NURSING", 1),
        ],
        "notes": "16-year-old young carer interested in psychology: the young people's mental "
        "health taster day (young carers welcome); the T Level has a mental health option; "
        "degrees are 18+.",
        "tags": ["school", "young_carer", "named_target"],
    },
    {
        "id": "T092",
        "profile": P(
            about="I am from Brazil, I have degree in nutrition there. In London 1 year. I want "
            "work in hospital with food for patients, special diets.",
            qualification_level=6,
            postcode="SE1 7EH",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-HOSP-L2", 3),
            (r"GSTT-SCHEF-L3", 2),
            (r".*-CHEF-L2", 2),
        ],
        "notes": "Overseas nutrition graduate wanting patient food work: hospitality team "
        "member (patient meals matched to diets), senior chef (menus with dietitians).",
        "tags": ["esl", "overseas_qual", "career_changer"],
    },
    {
        "id": "T093",
        "profile": P(
            about="I speak Bengali and Sylheti. I want to help my community with health "
            "things. I am a mother so I can do few hours only.",
            postcode="E1 2AD",
            max_distance_km=10,
        ),
        "grades": [
            (r"LBN-HEALTH-CHAMP", 3),
            (r".*-CARE-VOL", 2),
            (r".*-RES-VOL", 1),
            (r".*-SPLW", 1),
        ],
        "notes": "Bengali-speaking mother, few hours: community health champion (community "
        "languages, flexible) in Newham; full-time link worker posts only partial.",
        "tags": ["esl", "pattern"],
    },
    {
        "id": "T094",
        "profile": P(
            about="I studied nursing for 2 years in Kyiv before the war. Now I am in London "
            "with refugee status. I want to continue to become a nurse here.",
            qualification_level=3,
            age=21,
            postcode="W5 5RF",
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-NURSING-BSC", 3),
            (r".*-RNDA-L6", 3),
            (r".*-NA-L5", 2),
            (r".*-HCSW-L2", 2),
            (r".*-PREEMP-HCSW", 1),
            (r".*-REFUGEE-HCP", 1),
        ],
        "notes": "Refugee part-way through nursing: nursing degrees and nurse apprenticeships; "
        "the refugee professionals programme is for registered nurses and doctors.",
        "tags": ["refugee", "esl", "overseas_qual", "named_target"],
    },
    {
        "id": "T095",
        "profile": P(
            about="I'm 24 and I've worked in hospitality for six years, the last two managing a "
            "bar in Shoreditch. I'm good with people and I can handle pressure, drunk "
            "customers, the lot. I'd like to do something that actually matters. I've thought "
            "about being a paramedic, but honestly I'm not sure I could handle the gory stuff, "
            "and I can't go back to full-time university because I need a wage. I don't drive "
            "either. I'm not really a desk person but I could do it if it's busy and you're "
            "helping people. A levels C, C, D.",
            skills=["managing a team", "staying calm", "customer service"],
            qualification_level=3,
            gcse_english_maths=True,
            age=24,
            postcode="E2 7DG",
            paid_only=True,
        ),
        "grades": [
            (r"LAS-EMD", 3),
            (r"LAS-CALLHANDLER-111", 2),
            (r".*-WARDCLERK", 2),
            (r".*-OPS-L5", 1),
            (r".*-TL-L3", 1),
            (r".*-CS-L2", 1),
        ],
        "notes": "Bar manager who handles pressure, no gore, no driving, needs a wage: 999 "
        "call handler first, 111 and ward clerk next. Paramedic and ambulance crew roles "
        "(gore, driving) get no grade; university degrees are unpaid.",
        "tags": ["career_changer", "not_want", "named_target"],
    },
    {
        "id": "T096",
        "profile": P(
            about="Taking a gap year before uni (I've got a physio offer). Want to get some "
            "experience with patients and earn a bit.",
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="KT2 7QB",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-TA-THERAPY", 3),
            (r".*-HCSW-L2", 1),
            (r"SJA-SJA-VOL", 1),
            (r".*-RES-VOL", 1),
        ],
        "notes": "Gap year before physio: therapy assistant at Kingston and St George's; "
        "two-year apprenticeships do not suit a single year.",
        "tags": ["gap_year"],
    },
    {
        "id": "T097",
        "profile": P(
            about="1st year mental health nursing student at Middlesex. I've had my own "
            "struggles with anxiety which is partly why I picked it. I'd like to volunteer in "
            "mental health on my days off.",
            qualification_level=3,
            gcse_english_maths=True,
            age=19,
            postcode="NW4 4BT",
            types=["volunteering"],
        ),
        "grades": [
            (r".*-MH-PEER-VOL", 3),
            (r".*-CARE-VOL", 1),
            (r".*-RES-VOL", 1),
            (r"STCH-HOSPICE-VOL", 1),
        ],
        "notes": "Student MH nurse with lived experience wanting to volunteer: mental health "
        "peer support volunteering (half a day a week).",
        "tags": ["student_nurse", "pattern"],
    },
    {
        "id": "T098",
        "profile": P(
            about="I've got a conviction for assault from 3 years ago. I'm 22. I want to work "
            "with young people so they don't end up where I did.",
            age=22,
            postcode="CR0 1EA",
            circumstances=["ex_offender"],
        ),
        "grades": [
            (r".*-YSW-L3", 2),
            (r"LBN-YW-L6", 1),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "Violent conviction, wants youth work: youth support worker apprenticeships "
        "(enhanced DBS will be looked at case by case).",
        "tags": ["dbs"],
    },
    {
        "id": "T099",
        "profile": P(
            about="Im dyslexic, reading long stuff takes me ages. But Im really good with my "
            "hands, fixing things, making things.",
            qualification_level=1,
            gcse_english_maths=False,
            age=18,
            postcode="SE1 9RT",
            circumstances=["disabled"],
        ),
        "grades": [
            (r"GSTT-DLA-L3", 3),
            (r".*-FSO-L2", 2),
            (r".*-ELEC-L3", 1),
            (r".*-MAINT-L3", 1),
            (r".*-CHEF-L2", 1),
        ],
        "notes": "Dyslexic, practical: dental laboratory assistant (hands-on, supports "
        "disabled applicants, no GCSEs needed); electrician and maintenance need English and "
        "maths GCSEs.",
        "tags": ["disability", "typos"],
    },
    {
        "id": "T100",
        "profile": P(
            about="I've had bipolar for years but I'm stable now. I want to use what I've been "
            "through to help other people with their mental health.",
            qualification_level=2,
            age=24,
            postcode="E1 8DE",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-PEER-WORKER", 3),
            (r".*-MH-PEER-VOL", 3),
            (r".*-MHSW", 1),
            (r".*-PWP-L6", 1),
        ],
        "notes": "Lived experience of mental illness: peer support worker jobs and peer "
        "volunteering.",
        "tags": ["disability"],
    },
    {
        "id": "T101",
        "profile": P(
            about="Royal Navy logistics, 8 years, leaving next spring. Stores, supply chain, "
            "running a small team. Don't really want anything clinical.",
            skills=["logistics", "stock control", "leadership"],
            qualification_level=3,
            gcse_english_maths=True,
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-STEP-HEALTH", 3),
            (r".*-FMSUP-L3", 3),
            (r"UCLH-FM-L4", 2),
            (r".*-OPS-L5", 2),
            (r".*-TL-L3", 1),
            (r".*-PSA-L2", 1),
        ],
        "notes": "Navy logistics leaver, non-clinical: Step into Health (estates and "
        "logistics), facilities supervisor and manager apprenticeships.",
        "tags": ["armed_forces", "not_want", "career_changer"],
    },
    {
        "id": "T102",
        "profile": P(
            about="I'm at uni Mon Wed Fri so I can only do Tuesdays and Thursdays. Want "
            "to volunteer somewhere with patients.",
            postcode="SW3 6JJ",
            types=["volunteering"],
        ),
        "grades": [
            (r".*-RES-VOL", 2),
            (r"STCH-HOSPICE-VOL", 2),
            (r".*-CARE-VOL", 2),
            (r"SJA-SJA-VOL", 1),
        ],
        "notes": "Two fixed weekdays, volunteering with patients: research champion (times "
        "that suit), hospice volunteer (one shift a week), befriending.",
        "tags": ["pattern"],
    },
    {
        "id": "T103",
        "profile": P(
            about="I have epilepsy and night shifts mess up my seizures, so days only please. "
            "Happy to work in a hospital but doesn't have to be clinical.",
            qualification_level=2,
            gcse_english_maths=True,
            postcode="W2 1NY",
            max_distance_km=8,
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-WARDCLERK", 3),
            (r".*-BA-L3", 3),
            (r".*-PSA-L2", 2),
            (r".*-FSO-L2", 2),
            (r".*-CS-L2", 2),
            (r".*-CODER-L3", 2),
            (r".*-TA-THERAPY", 2),
        ],
        "notes": "Days only (epilepsy): ward clerk (day shifts), business admin, pharmacy "
        "assistant, facilities (mostly days). Porters, HCSW, MH HCA, maternity support and "
        "labs running 24 hours get no grade.",
        "tags": ["disability", "pattern", "not_want"],
    },
    {
        "id": "T104",
        "profile": P(
            about="ive got a 2 yr old so 3 days a week max. done 2 yrs as a carer",
            skills=["personal care"],
            age=24,
            postcode="N1 9LG",
        ),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-REABLE", 1),
            (r".*-HCSW-L2", 1),
            (r".*-ACW-L2", 1),
        ],
        "notes": "Parent, three days a week, care experience: flexible-hours communicator "
        "guide is the best; full-time care posts partial at most.",
        "tags": ["pattern", "typos"],
    },
    {
        "id": "T105",
        "profile": P(
            about="I'd like to do four long days a week rather than five short ones. Mental "
            "health or maternity, I don't mind.",
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SW17 7DJ",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-MHSW", 3),
            (r".*-MATSW", 3),
            (r".*-PEER-WORKER", 1),
        ],
        "notes": "Wants long days: mental health HCA (long days) at Springfield, maternity "
        "support worker (12 hour shifts).",
        "tags": ["pattern", "named_target"],
    },
    {
        "id": "T106",
        "profile": P(
            about="mum of 3, i can start early but i HAVE to finish by 4 for pick up. used to "
            "cook in a restaurant before the kids",
            skills=["cooking"],
            qualification_level=2,
            age=24,
            postcode="SE1 7EH",
            max_distance_km=6,
        ),
        "grades": [
            (r".*-CHEF-L2", 3),
            (r"GSTT-SCHEF-L3", 2),
            (r".*-HOSP-L2", 1),
        ],
        "notes": "Parent who must finish by 4: production chef (early starts, most weekends "
        "off); hospitality shifts run to 8pm.",
        "tags": ["pattern", "career_changer", "typos"],
    },
    {
        "id": "T107",
        "profile": P(
            about="I work 9-5 in an office. I want to volunteer in the evenings, maybe with "
            "older people who are lonely.",
            postcode="EC1Y 8SY",
        ),
        "grades": [
            (r".*-CARE-VOL", 3),
            (r".*-HEALTH-CHAMP", 1),
            (r"STCH-HOSPICE-VOL", 1),
        ],
        "notes": "Evening volunteering with lonely older people: befriending (time that fits "
        "around work).",
        "tags": ["pattern"],
    },
    {
        "id": "T108",
        "profile": P(
            about="Want care work but not mental health. got hurt on a secure unit at my last "
            "job, not going back to that",
            skills=["personal care"],
            postcode="E1 1BJ",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-ACW-L2", 3),
            (r".*-REABLE", 3),
            (r".*-HCSW-L2", 2),
            (r".*-LD-SUPPORT", 1),
            (r".*-LACW-L3", 1),
        ],
        "notes": "Care work, not mental health: adult care worker and reablement in Tower "
        "Hamlets, HCSW. Mental health HCA and peer roles get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T109",
        "profile": P(
            about="I dont want to work with kids. 19, want to support disabled adults to live "
            "their own lives",
            age=19,
            postcode="EC1Y 0RT",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-LD-SUPPORT", 3),
            (r"SENSE-DEAFBLIND-SUPPORT", 3),
            (r".*-ACW-L2", 2),
            (r".*-CARE-VOL", 1),
        ],
        "notes": "Support disabled adults, not children: learning disability support and "
        "deafblind communicator guide near the City. Nursery, TA, youth and health play "
        "get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T110",
        "profile": P(
            about="not into hands on care at all, more the science side of medicine, like "
            "testing and diagnosis. Got A levels in bio and chem",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE5 9RS",
        ),
        "grades": [
            (r".*-HSASSOC-L4", 3),
            (r".*-HSP-L6", 3),
            (r".*-HSA-L2", 2),
            (r".*-LABTECH-L3", 1),
            (r".*-LABSCI-L6", 2),
            (r"UKHSA-LAB-PH-L3", 2),
        ],
        "notes": "Science of diagnosis, no hands-on care: healthcare science associate and "
        "practitioner apprenticeships; HCSW, nursing, care work get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T111",
        "profile": P(
            about="nah i aint doing no cleaning or kitchen stuff, want a proper career innit. "
            "got 4s in eng n maths. summin in science or tech",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="E14 6BT",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-ITTECH-L3", 3),
            (r".*-INFRA-L3", 3),
            (r".*-LABTECH-L3", 3),
            (r"UKHSA-LAB-PH-L3", 2),
            (r".*-HSA-L2", 2),
            (r".*-PTECH-L3", 2),
            (r".*-MAINT-L3", 2),
        ],
        "notes": "17, wants a science or tech career, not cleaning or kitchens: IT and lab "
        "apprenticeships open at 16 with GCSE 4s. Cleaning, catering and facilities get no "
        "grade.",
        "tags": ["school", "not_want", "typos"],
    },
    {
        "id": "T112",
        "profile": P(
            about="im 18 dont wanna be stuck behind a desk or on reception, i want to actually "
            "help patients get better",
            age=18,
            postcode="RM7 0AG",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-HCSW-L2", 3),
            (r".*-TA-THERAPY", 3),
            (r".*-PREEMP-HCSW", 2),
            (r".*-WEX-WARD", 1),
            (r".*-PORTER", 1),
        ],
        "notes": "Hands-on patient care, not desk or reception: HCSW and therapy assistant at "
        "Queen's. Patient services, ward clerk, GP reception get no grade.",
        "tags": ["not_want", "typos"],
    },
    {
        "id": "T113",
        "profile": P(about="porter jobs"),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 2),
        ],
        "notes": "Two words: hospital porter posts; facilities apprenticeship includes portering.",
        "tags": ["terse", "named_target"],
    },
    {
        "id": "T114",
        "profile": P(about="volunteering on weekends"),
        "grades": [
            (r"SJA-SJA-VOL", 3),
            (r".*-HEALTH-CHAMP", 2),
            (r".*-CARE-VOL", 2),
            (r".*-RES-VOL", 2),
            (r"STCH-HOSPICE-VOL", 1),
        ],
        "notes": "Three words: volunteering that can be at weekends (first aid at events, "
        "health champion events, befriending at times that suit).",
        "tags": ["terse", "pattern"],
    },
    {
        "id": "T115",
        "profile": P(
            about="apprenticeship in accounts",
            qualification_level=2,
            gcse_english_maths=True,
            types=["apprenticeship"],
        ),
        "grades": [
            (r".*-AAT-L3", 3),
            (r".*-ACCT-L4", 1),
            (r".*-PAYROLL-L3", 2),
            (r"GSTT-ACCPROF-L7", 1),
        ],
        "notes": "Accounts apprenticeship with GCSEs: assistant accountant (AAT) posts; Level "
        "4 needs A levels.",
        "tags": ["terse", "named_target"],
    },
    {
        "id": "T116",
        "profile": P(
            about="Im 20, i was in care, i wanna be a paramedic but idk if i can cos i dont "
            "have a levels, just a level 2 in health and social care and my gcses (4 in "
            "english 3 in maths)",
            qualification_level=2,
            gcse_english_maths=False,
            age=20,
            postcode="SE28 8AA",
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-ACCESS-HE", 1),
            (r".*-FS-ENGMATHS", 2),
            (r"LAS-ASW-L3", 1),
            (r".*-BSC-PARA", 1),
            (r"LAS-PARA-L6", 1),
            (r"SJA-SJA-VOL", 2),
            (r".*-HCSW-L2", 2),
        ],
        "notes": "Care leaver aiming at paramedic without maths GCSE: maths first (Functional "
        "Skills), first aid volunteering, HCSW for patient experience; every paramedic "
        "route needs qualifications she lacks.",
        "tags": ["care_leaver", "named_target", "typos"],
    },
    {
        "id": "T117",
        "profile": P(
            about="speech and language therapist",
            qualification_level=3,
        ),
        "grades": [
            (r".*-TA-L3", 2),
            (r".*-AP-L5", 1),
            (r".*-TA-THERAPY", 1),
        ],
        "notes": "Named target not in the catalogue: the SEND teaching assistant post works with "
        "pupils with speech and language needs and turns therapists' advice into classroom "
        "support (the nearest real step); therapy assistant roles are physio/OT.",
        "tags": ["terse", "named_target"],
    },
    {
        "id": "T118",
        "profile": P(
            about="Im 23 and I work nights as a security guard. I want to train for something "
            "in the NHS but I can't quit, so it has to be part time or evenings for now.",
            qualification_level=1,
            gcse_english_maths=False,
            age=23,
            postcode="NW10 2XD",
        ),
        "grades": [
            (r"CNWLC-FS-ENGMATHS", 3),
            (r"NEWCOL-FS-ENGMATHS", 2),
            (r".*-ACCESS-HE", 1),
            (r".*-HSC-L2", 1),
        ],
        "notes": "Night worker who can only train part time: English and maths evening "
        "classes at the College of North West London; Access needs GCSEs.",
        "tags": ["pattern", "career_changer", "typos"],
    },
    {
        "id": "T119",
        "profile": P(
            about="I'm 19 and I've been my mum's carer since I was 13 (she has MS). My college "
            "tutor says I should go for nursing because I'm basically doing it already, and part "
            "of me wants that, but I'm scared of doing washing and toileting all day at work as "
            "well as at home. I'd honestly rather do something with computers or admin where I "
            "can still help people. I need hours I can plan around mum's carers, who come 8 "
            "till 10 and 5 till 7, and I can't really do nights or weekends. I've got GCSEs (5 "
            "in English, 4 in maths) and I'm halfway through a Level 3 business BTEC. I live in "
            "Newham.",
            skills=["organising", "computers", "caring"],
            qualification_level=2,
            gcse_english_maths=True,
            age=19,
            postcode="E13 8SL",
            max_distance_km=10,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-BA-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-HRSUP-L3", 2),
            (r".*-AAT-L3", 2),
            (r".*-CODER-L3", 2),
            (r".*-ITTECH-L3", 1),
            (r".*-CS-L2", 1),
        ],
        "notes": "Young carer torn between nursing and admin, but afraid of personal care and "
        "needing 10-to-5 weekday hours: business admin and ICB admin posts that offer young "
        "carers flexible start times. HCSW, adult care worker and the young carers' care "
        "start involve personal care and get no grade; nursing degrees are not what she "
        "asked for now.",
        "tags": ["young_carer", "not_want", "pattern"],
    },
    {
        "id": "T120",
        "profile": P(
            about="I was in the infantry for 5 years and left last year. I've got a drink-driving "
            "conviction from last summer so I've lost my licence for another 8 months. I was "
            "thinking ambulance but I know that needs driving. I like being active and working "
            "in a team and I'm good in a crisis. I don't want an office job. Honestly I'm "
            "struggling a bit with civvy life and money's tight so it needs to be paid. GCSEs, "
            "no A levels. I live in Woolwich.",
            skills=["teamwork", "fitness", "staying calm under pressure"],
            qualification_level=2,
            gcse_english_maths=True,
            age=23,
            postcode="SE18 6PF",
            circumstances=["armed_forces", "ex_offender"],
            paid_only=True,
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-MHSW", 2),
            (r".*-FSO-L2", 2),
            (r".*-MAINT-L3", 2),
            (r".*-STEP-HEALTH", 2),
            (r"LAS-ASW-L3", 1),
            (r"LAS-AAP-L4", 1),
        ],
        "notes": "Infantry leaver with a driving ban, active, needs pay: porters welcome forces "
        "leavers and people with convictions; mental health HCA (calming tense situations, "
        "forces support). Ambulance crew roles need driving he cannot do yet; Step into "
        "Health is unpaid (moves out); 999/111 call handling is the office work he does not "
        "want.",
        "tags": ["armed_forces", "dbs", "career_changer", "not_want"],
    },
]
