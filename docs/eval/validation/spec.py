"""Validation personas for the seed catalogue (seed_data/pathways.jsonl), one persona a dict.

Written blind: from the catalogue's side only, without reading the matcher's code or docs and
without running it. Grades: 3 excellent fit they can start now, 2 good fit, 1 partial fit or
cannot start yet; anything not listed is 0. Build with ../build_personas.py (see README.md)."""


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
        "id": "V001",
        "profile": P(
            about="year 10. wanna be a paramedic. is there anything i can do now im 14",
            age=14,
            postcode="E8 1DY",
        ),
        "grades": [
            (r"SJA-SJA-VOL", 2),
            (r"LAS-PARA-L6", 1),
            (r".*-BSC-PARA", 1),
        ],
        "notes": "Deliberately nothing fits: every pathway in the catalogue starts at 16 or "
        "older, so all graded ones are must_not_return on age. St John Ambulance first aid "
        "volunteering is the obvious next step at 16.",
    },
    {
        "id": "V002",
        "profile": P(
            about="I'm in year 11 and I think I want to do nursing but I literally faint at the "
            "sight of blood lol. Is there a hospital thing I can try first that isn't blood?",
            age=16,
            qualification_level=1,
            postcode="SE15 3AR",
            max_distance_km=8,
            types=["work_experience"],
        ),
        "grades": [
            (r"(LGT|CHS|BARTS|ICHT)-WEX-WARD", 3),
            (r"(KCH|GSTT|RFL|SGUH|BHR)-WEX-WARD", 2),
            (r".*-CAMHS-WEX", 2),
        ],
        "notes": "Year 11 trying nursing, faints at blood: the ward weeks where you do no "
        "hands-on care first, the shadowing weeks next, the mental health taster day. "
        "Laboratory work experience (following blood samples) is the clearest offender.",
    },
    {
        "id": "V003",
        "profile": P(
            about="I'm in Year 12 doing biology, chemistry and maths and I want to study "
            "medicine. Nobody in my family has been to university so I don't really know how "
            "any of it works. I need some experience for my personal statement.",
            interests=["medicine", "science"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="IG1 2QX",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-MED-SUMMER", 3),
            (r".*-WEX-WARD", 2),
            (r".*-LAB-WEX", 2),
            (r".*-EXTENDED-MED", 1),
            (r"SJA-SJA-VOL", 1),
        ],
        "notes": "First-generation Year 12 aiming at medicine: the medical summer schools are "
        "made for them; hospital and lab work experience for the statement; the gateway-year "
        "degree later (needs A levels, and 18).",
    },
    {
        "id": "V004",
        "profile": P(
            about="Didn't get any medicine offers this year so I'm taking a gap year and "
            "reapplying. Got A*AB. I want paid, hands-on patient contact for the year. I'm fine "
            "with nights and weekends, and honestly fine with blood too.",
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="CR0 2RB",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-HCSW-L2", 3),
            (r".*-MHSW", 2),
            (r"STCH-HCA-HOSPICE", 2),
            (r".*-MATSW", 2),
            (r".*-HCA-GP", 2),
            (r".*-PORTER", 2),
            (r".*-SHCSW-L3", 1),
            (r".*-PREEMP-HCSW", 1),
            (r"SJA-SJA-VOL", 1),
            (r"STCH-HOSPICE-VOL", 1),
            (r".*-WEX-WARD", 1),
        ],
        "notes": "Gap year before reapplying to medicine, wants paid patient contact and is "
        "happy with nights: ward support worker roles first; senior HCSW needs care experience; "
        "unpaid volunteering and work experience only partly.",
    },
    {
        "id": "V005",
        "profile": P(
            about="care leaver 19 need money asap. dont want nothing with old people or "
            "washing people sorry. im ok on computers kinda",
            qualification_level=1,
            gcse_english_maths=False,
            age=19,
            postcode="N17 6SB",
            max_distance_km=10,
            circumstances=["care_leaver"],
            paid_only=True,
        ),
        "grades": [
            (r".*-CARE-LEAVER-INTERN", 3),
            (r".*-PORTER", 2),
            (r".*-FSO-L2", 2),
            (r".*-CS-L2", 2),
            (r".*-HOSP-L2", 2),
            (r".*-CLEAN-L2", 1),
            (r".*-CHEF-L2", 1),
            (r".*-ITTECH-L3", 1),
            (r".*-INFRA-L3", 1),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "Care leaver who needs paid work now and rules out older people and personal "
        "care: the care leavers' paid internship first, then no-qualification paid hospital "
        "jobs; IT apprenticeships need GCSE English and maths. Healthcare support worker, "
        "adult care worker, reablement and befriending are the offenders.",
    },
    {
        "id": "V006",
        "profile": P(
            about="I help look after my little brother who's disabled, so I can only do about "
            "16 hours a week and weekends are best. I'm 17 and I've got my GCSEs. I think I'd "
            "like care work because I'm basically doing it already.",
            interests=["care work"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="IG11 7PZ",
            max_distance_km=15,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-YOUNG-CARER-FLEX", 3),
            (r".*-CARE-VOL", 2),
            (r".*-HEALTH-CHAMP", 1),
            (r".*-HSC-L2", 1),
            (r"(BDC|NEWCOL)-HSC-L1", 1),
        ],
        "notes": "17-year-old young carer capped at about 16 hours: the young carers' flexible "
        "start is made for them; befriending needs 18; full-time 37.5-hour care "
        "apprenticeships are left ungraded.",
    },
    {
        "id": "V007",
        "profile": P(
            about="I am nurse from Syria, 8 years in hospital in Aleppo, surgical ward. Now I "
            "have refugee status in UK. My IELTS is 5.5 now, I study for more. I want work like "
            "nurse again, or close to nurse while I wait.",
            skills=["nursing", "wound care"],
            qualification_level=6,
            postcode="TW3 3LN",
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-REFUGEE-HCP", 3),
            (r".*-HCSW-L2", 2),
            (r".*-SHCSW-L3", 1),
            (r".*-ESOL-CARE", 1),
            (r".*-PREEMP-HCSW", 1),
        ],
        "notes": "Refugee nurse trained abroad: the refugee healthcare professionals programme "
        "is exactly this; support worker jobs while registering (the programme says so). "
        "Nursing degrees and nursing associate training would repeat what she has.",
    },
    {
        "id": "V008",
        "profile": P(
            about="Qualified pharmacist from Nigeria - B.Pharm and five years in a teaching "
            "hospital in Lagos. I'm going through the GPhC overseas pharmacist route, which takes "
            "a while. Meanwhile I need a job, ideally in a pharmacy so I keep my hand in. Not "
            "fussy about the level.",
            skills=["dispensing", "medicines"],
            qualification_level=6,
            age=31,
            postcode="SE18 6PF",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-PSA-L2", 3),
            (r".*-PTECH-L3", 2),
            (r".*-PHARMACIST-L7", 1),
        ],
        "notes": "Overseas-qualified pharmacist (not a refugee) waiting to register: pharmacy "
        "assistant work now, trainee technician next; the pharmacist degree apprenticeship "
        "repeats a degree she has. The refugee professionals programme is not for her.",
    },
    {
        "id": "V009",
        "profile": P(
            about="I've worked in retail for 5 years and I'm a supervisor now. I want to get "
            "into NHS admin. It has to be Monday to Friday, daytime, no weekends, because of my "
            "little girl's nursery. GCSEs in English and maths, no A levels.",
            skills=["managing a team", "customer service", "rotas"],
            qualification_level=2,
            gcse_english_maths=True,
            age=23,
            postcode="E17 4PP",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-BA-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-TL-L3", 2),
            (r".*-HRSUP-L3", 2),
            (r"UCLH-PAYROLL-L3", 2),
            (r".*-CODER-L3", 2),
            (r".*-AAT-L3", 1),
            (r".*-CS-L2", 1),
            (r".*-WARDCLERK", 1),
            (r".*-GPRECEP", 1),
        ],
        "notes": "Retail supervisor into admin, weekdays only: 9-to-5 administrator "
        "apprenticeships first; team leader uses her supervising; reception, ward clerk and GP "
        "reception have evenings or weekends, so only partial.",
    },
    {
        "id": "V010",
        "profile": P(
            about="24, barista for 6 years. good under pressure, love people, hate sitting "
            "still. want something in healthcare with a future - maybe nurse one day? only got "
            "gcses tho (english 5 maths 4)",
            qualification_level=2,
            gcse_english_maths=True,
            age=24,
            postcode="SW2 1RW",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-HCSW-L2", 3),
            (r".*-ACCESS-HE", 2),
            (r".*-MHSW", 2),
            (r".*-HCA-GP", 2),
            (r".*-MATSW", 1),
            (r".*-SHCSW-L3", 1),
            (r".*-NA-L5", 1),
            (r".*-RNDA-L6", 1),
            (r".*-NURSING-BSC", 1),
            (r".*-PREEMP-HCSW", 1),
            (r".*-PORTER", 1),
        ],
        "notes": "Barista wanting a health career, nursing later, no A levels: healthcare "
        "support worker now; the Access to HE diploma is the way to a nursing degree; nursing "
        "associate, degree apprenticeship and degree need level 3 first.",
    },
    {
        "id": "V011",
        "profile": P(
            about="Ex-Army, six years REME as a vehicle mechanic, left in the summer. Looking "
            "for a trade job in a hospital: engineering, electrics, that side of things. Not "
            "patient care, I've done my bit of that.",
            skills=["mechanical repair", "diagnostics", "health and safety"],
            qualification_level=3,
            gcse_english_maths=True,
            age=27,
            postcode="SE2 9AH",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-MAINT-L3", 3),
            (r".*-STEP-HEALTH", 3),
            (r".*-ELEC-L3", 2),
            (r".*-FMSUP-L3", 2),
            (r"UCLH-FM-L4", 1),
        ],
        "notes": "Army mechanic wanting a hospital trade: maintenance engineering and the "
        "armed forces Step into Health scheme first. Ambulance, support worker and porter "
        "(moving patients) roles are what he ruled out.",
    },
    {
        "id": "V012",
        "profile": P(about="nursing"),
        "grades": [
            (r".*-NURSING-BSC", 3),
            (r".*-RNDA-L6", 3),
            (r".*-NA-L5", 2),
            (r".*-BSC-MH-NURSING", 2),
            (r".*-HCSW-L2", 2),
            (r".*-SHCSW-L3", 1),
            (r".*-ACCESS-HE", 1),
            (r".*-TLEVEL-HEALTH", 1),
            (r".*-PREEMP-HCSW", 1),
            (r".*-WEX-WARD", 1),
        ],
        "notes": "One word: the routes to becoming a nurse first (degree, degree "
        "apprenticeship), then nursing associate, mental health nursing and support work. "
        "District nurse and advanced practice need a registered nurse already.",
    },
    {
        "id": "V013",
        "profile": P(about="admin job"),
        "grades": [
            (r".*-BA-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-WARDCLERK", 2),
            (r".*-CS-L2", 2),
            (r".*-GPRECEP", 2),
            (r".*-HRSUP-L3", 1),
            (r"UCLH-PAYROLL-L3", 1),
            (r".*-CODER-L3", 1),
            (r".*-TL-L3", 1),
        ],
        "notes": "Two words: administrator apprenticeships first, then ward clerk, reception "
        "and GP reception; HR, payroll and coding are admin-adjacent.",
    },
    {
        "id": "V014",
        "profile": P(about="anything with kids"),
        "grades": [
            (r".*-EYP-L2", 3),
            (r".*-EYE-L3", 3),
            (r".*-TA-L3", 3),
            (r".*-YSW-L3", 2),
            (r".*-TLEVEL-EY", 2),
            (r".*-PLAY-L5", 2),
            (r"LBN-YW-L6", 1),
            (r".*-CAMHS-WEX", 1),
        ],
        "notes": "Three words: nursery and school roles first, then youth work, early years "
        "T Level and hospital play.",
    },
    {
        "id": "V015",
        "profile": P(
            about="Second-year adult nursing student at Kingston Uni. I need paid work I can "
            "fit round placements and lectures - evenings, weekends, 15-20 hours tops. I'm not "
            "looking for another course or degree, just shifts that pay.",
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="KT1 2EE",
            paid_only=True,
        ),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-HCSW-L2", 1),
            (r".*-REABLE", 1),
            (r".*-MATSW", 1),
            (r"STCH-HCA-HOSPICE", 1),
            (r".*-MHSW", 1),
            (r".*-LD-SUPPORT", 1),
            (r"LAS-CALLHANDLER-111", 1),
        ],
        "notes": "Student nurse wanting paid part-time shifts: the catalogue has no bank work; "
        "the communicator guide role has flexible hours; full-time care jobs are partial at "
        "best. Nursing associate, degree apprenticeships and courses are what she ruled out.",
    },
    {
        "id": "V016",
        "profile": P(
            about="Finished A levels in June (biology B, PE B, chemistry C). I really want to "
            "be a physiotherapist. Is there an apprenticeship for physio or do I have to go to "
            "uni? I'd also take a job helping physios for now.",
            interests=["physiotherapy", "sport"],
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="TW9 2ND",
        ),
        "grades": [
            (r".*-PHYSIO-L6", 3),
            (r".*-TA-THERAPY", 3),
            (r".*-AP-L5", 2),
            (r".*-BSC-OT", 1),
            (r".*-OT-L6", 1),
        ],
        "notes": "A-level leaver set on physiotherapy: the physio degree apprenticeship and the "
        "therapy assistant job she asked for; assistant practitioner next; OT is a neighbour.",
    },
    {
        "id": "V017",
        "profile": P(
            about="radiography!! got btec applied science D*D*D, want to get paid while i train "
            "if thats possible x",
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="SE13 7RY",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-RADIO-L6", 3),
            (r".*-AP-L5", 2),
            (r".*-HSASSOC-L4", 1),
            (r".*-HSP-L6", 1),
            (r".*-HSA-L2", 1),
        ],
        "notes": "Wants radiography, paid: the diagnostic radiographer degree apprenticeship "
        "(Lewisham; UCLH has closed); assistant practitioner includes imaging.",
    },
    {
        "id": "V018",
        "profile": P(
            about="I want to be a paramedic. Got a full manual licence, passed first time. "
            "GCSEs yes, A levels no (dropped out of year 13). Happy doing shifts, nights, "
            "whatever it takes.",
            skills=["driving"],
            qualification_level=2,
            gcse_english_maths=True,
            age=19,
            postcode="RM1 3BS",
        ),
        "grades": [
            (r"LAS-ASW-L3", 3),
            (r"LAS-EMD", 2),
            (r"SJA-SJA-VOL", 2),
            (r"LAS-AAP-L4", 1),
            (r"LAS-PARA-L6", 1),
            (r".*-BSC-PARA", 1),
            (r"LAS-CALLHANDLER-111", 1),
            (r".*-ACCESS-HE", 1),
        ],
        "notes": "Would-be paramedic with a manual licence and no A levels: ambulance support "
        "worker apprenticeship now; paramedic degree routes need level 3; associate ambulance "
        "practitioner needs 21 and a C1 licence.",
    },
    {
        "id": "V019",
        "profile": P(
            about="Year 12 (chem, bio, maths). I want to be a pharmacist but I really don't "
            "want fifty grand of debt. Is there a way to do it while earning?",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="E15 4LZ",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-PHARMACIST-L7", 2),
            (r".*-PTECH-L3", 2),
            (r".*-LAB-WEX", 2),
            (r".*-PSA-L2", 1),
            (r"KCL-MPHARM", 1),
            (r".*-WEX-WARD", 1),
        ],
        "notes": "17-year-old wanting pharmacy without debt: the pharmacist degree "
        "apprenticeship is the answer but needs 18 and A levels (must_not_return on age); "
        "trainee pharmacy technician is an earning route he could start now.",
    },
    {
        "id": "V020",
        "profile": P(
            about="I want to be a mental health nurse. I've had anxiety myself and I know how "
            "much a good nurse can help. A levels in psychology, sociology and English Lit "
            "(BBC). 21, living in Enfield.",
            interests=["mental health", "psychology"],
            qualification_level=3,
            gcse_english_maths=True,
            age=21,
            postcode="EN1 3SA",
        ),
        "grades": [
            (r".*-BSC-MH-NURSING", 3),
            (r"(ELFT|SLAM)-RNDA-L6", 3),
            (r"(KCH|RFL|SGUH|BHR|UCLH)-RNDA-L6", 2),
            (r"(BARTS|ICHT|LGT|CHS)-RNDA-L6", 1),
            (r".*-MHSW", 2),
            (r".*-PWP-L6", 2),
            (r".*-NA-L5", 1),
            (r".*-PEER-WORKER", 1),
        ],
        "notes": "Named target, mental health nurse, with A levels: the mental health nursing "
        "degree and mental health trusts' nurse degree apprenticeships; acute trusts that let "
        "you choose the mental health field next; PWP and mental health HCA nearby.",
    },
    {
        "id": "V021",
        "profile": P(about="IT in the NHS pls", age=17, postcode="UB3 1BB"),
        "grades": [
            (r".*-ITTECH-L3", 3),
            (r".*-INFRA-L3", 3),
            (r".*-DATA-L4", 1),
            (r"GSTT-CYBER-L4", 1),
            (r".*-DTS-L6", 1),
        ],
        "notes": "Short named target at 17: IT technician and infrastructure apprenticeships; "
        "data, cyber and the degree apprenticeship start at 18 with A levels.",
    },
    {
        "id": "V022",
        "profile": P(
            about="I want to help people but not in a medical way, if that makes sense. I can't "
            "stand needles or anything like that. I did psychology and sociology A levels. "
            "Maybe mental health, or working with young people?",
            interests=["psychology", "young people"],
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="HA3 5RT",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-PWP-L6", 3),
            (r".*-YSW-L3", 3),
            (r".*-SW-L6", 2),
            (r"LBN-YW-L6", 2),
            (r".*-CAMHS-WEX", 2),
            (r".*-TA-L3", 2),
            (r".*-SPLW", 2),
            (r".*-MHSW", 1),
            (r".*-HEALTH-CHAMP", 1),
        ],
        "notes": "Psychology A levels, hates needles, wants non-medical helping: talking "
        "therapies (PWP) and youth support first; social work. Nursing degrees, HCSW, GP "
        "healthcare assistant (takes blood) and labs are the offenders.",
    },
    {
        "id": "V023",
        "profile": P(
            about="I'm 30 and I've worked in a call centre for eight years. I'd like to do "
            "something that actually helps people get better, but I don't want personal care "
            "like washing or toileting people, that's just not me. I'm good on the phone and I "
            "stay calm when people are shouting.",
            skills=["phone manner", "staying calm", "typing"],
            qualification_level=2,
            gcse_english_maths=True,
            age=30,
            postcode="BR1 3QX",
        ),
        "grades": [
            (r"LAS-CALLHANDLER-111", 3),
            (r"LAS-EMD", 3),
            (r".*-GPRECEP", 2),
            (r".*-CS-L2", 2),
            (r".*-SPLW", 2),
            (r".*-WARDCLERK", 2),
            (r".*-TA-THERAPY", 2),
        ],
        "notes": "Call-centre worker, calm on the phone, no personal care: 111 and 999 call "
        "handling first. Healthcare support worker, adult care worker, hospice HCA and "
        "reablement (getting dressed) are the offenders.",
    },
    {
        "id": "V024",
        "profile": P(
            about="Want to work in care but NOT in a hospital, hospitals make me really "
            "anxious. Something in the community or in people's own homes would suit me better. "
            "I'm 22, I volunteer at a food bank every week.",
            interests=["community", "helping others"],
            age=22,
            postcode="E5 0LH",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-ACW-L2", 3),
            (r".*-REABLE", 3),
            (r".*-LD-SUPPORT", 2),
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-LACW-L3", 1),
            (r".*-CARE-VOL", 1),
            (r".*-HEALTH-CHAMP", 1),
            (r"HURLEY-SPLW", 1),
        ],
        "notes": "Care in the community, not hospitals: council adult care and reablement "
        "(home visits) first, supported living next. Every ward role (HCSW, porter, ward "
        "clerk) is an offender; the Tower Hamlets link worker is based at Mile End Hospital.",
    },
    {
        "id": "V025",
        "profile": P(
            about="can i get healthcare assistant work on NIGHTS ONLY? my husband has the kids "
            "at night, im with them all day. croydon",
            age=28,
            postcode="CR0 6JD",
        ),
        "grades": [
            (r".*-HCSW-L2", 1),
            (r".*-MHSW", 1),
            (r"STCH-HCA-HOSPICE", 1),
            (r".*-MATSW", 1),
        ],
        "notes": "Deliberately nothing fits: she can only work nights and no pathway offers "
        "nights only; rotas with some nights are partial at best. Weekday and school-hours "
        "roles are the wrong way round for her.",
    },
]
