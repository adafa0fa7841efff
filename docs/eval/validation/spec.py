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
            about="Bit of a long one, sorry. I applied for medicine this year and got four "
            "rejections, so I'm taking a gap year and reapplying in October. I got A*AB in "
            "the end. Every admissions tutor says the same thing: get proper hands-on patient"
            " contact, not just shadowing. So I want a paid job on a ward or somewhere like "
            "that for the year. I'm fine with nights and weekends, and honestly fine with "
            "blood and all that. Ideally near Croydon because I'm living at home to save "
            "money, but I'd go a bit further for the right job.",
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
            about="I want to be a mental health nurse. I had really bad anxiety in Year 12 and the "
            "nurse at my CAMHS appointments was the one who actually got me through it, so "
            "that's where this comes from. I've got A levels in psychology, sociology and "
            "English Lit (BBC). I'm 21 and living in Enfield with my mum. Part of me wants "
            "the full uni experience, part of me thinks getting paid while I train makes more"
            " sense. I'm fine with shifts, I just want to get started properly this year.",
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
            about="I'm 30 and I've worked in a call centre for eight years, mostly broadband "
            "complaints. I'd like to do something that actually helps people get better, but "
            "I don't want personal care like washing or toileting people, that's just not me."
            " I'm good on the phone and I stay calm when people are shouting. I've done "
            "evening and weekend shifts for years so that's fine, though I'd pick days over "
            "nights if I had the choice. I live in Bromley but I'm happy to get the train "
            "into town.",
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
    {
        "id": "V026",
        "profile": P(
            about="I am 19, from Afghanistan. I am in UK two years. My English is not so good "
            "but I learn every day. I want to work in hospital, any job, and learn more. I can "
            "work full time, also weekend.",
            qualification_level=0,
            gcse_english_maths=False,
            age=19,
            postcode="E13 9PJ",
            max_distance_km=10,
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-CLEAN-L2", 3),
            (r".*-HCSW-L2", 2),
            (r".*-FSO-L2", 2),
            (r".*-HOSP-L2", 2),
            (r".*-PORTER", 2),
            (r".*-PREEMP-HCSW", 2),
            (r"KT-GET-INTO-NHS", 2),
            (r".*-ESOL-CARE", 2),
            (r".*-CHEF-L2", 1),
            (r".*-FS-ENGMATHS", 1),
            (r".*-HEALTH-CHAMP", 1),
        ],
        "notes": "Young refugee, little English, any hospital job, full time and weekends: "
        "cleaning (refugees welcome, English support) first; no-qualification hospital jobs and "
        "pre-employment programmes next; English for care work helps.",
    },
    {
        "id": "V027",
        "profile": P(
            about="year 11. im a young carer for my mum so i need to be home by about 5. "
            "thinking about health and social care at college after my gcses, predicted 4s and "
            "5s",
            qualification_level=1,
            age=16,
            postcode="E14 7LG",
            max_distance_km=10,
            types=["course"],
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-HSC-L2", 3),
            (r".*-TLEVEL-HEALTH", 2),
            (r".*-HSC-L1", 1),
        ],
        "notes": "Year 11 young carer choosing a college course: Level 2 health and social care "
        "(three days a week) first, the T Level once grade 4s come through; Level 1 is below "
        "her predicted grades.",
    },
    {
        "id": "V028",
        "profile": P(
            about="I graduated with a 2:1 in Biomedical Science last year. I don't want to be an "
            "HCA or any Level 2 assistant, I did that at weekends all through uni. I want a "
            "proper route to a registered profession, ideally physician associate, or something "
            "like clinical science.",
            qualification_level=6,
            gcse_english_maths=True,
            age=23,
            postcode="SW11 1JF",
        ),
        "grades": [
            (r"SGUH-PA-L7", 3),
            (r"CSG-MSC-PA", 3),
            (r"GSTT-CLINSCI-L7", 2),
            (r".*-HSP-L6", 2),
            (r"CRICK-RESSCI-L7", 1),
            (r".*-CTS-L6", 1),
        ],
        "notes": "Science graduate wanting a registration route, not assistant work: physician "
        "associate (apprenticeship or MSc) first, clinical science and healthcare science "
        "practitioner next. Healthcare support worker and healthcare science assistant "
        "(Level 2) are the offenders.",
    },
    {
        "id": "V029",
        "profile": P(
            about="got out 6 months ago after doing 18 months. im 22 and i want a proper job. "
            "my probation officer reckons the NHS wont take me cos of my DBS, is that true? not "
            "an office person",
            age=22,
            postcode="SW8 1UQ",
            max_distance_km=10,
            circumstances=["ex_offender"],
        ),
        "grades": [
            (r"KT-GET-INTO-NHS", 3),
            (r"(RFL|ICHT)-PORTER", 3),
            (r"(KCH|BARTS|SGUH|BHR)-PORTER", 2),
            (r".*-CHEF-L2", 3),
            (r".*-FSO-L2", 2),
            (r".*-CLEAN-L2", 2),
            (r".*-HOSP-L2", 2),
        ],
        "notes": "Recent prison leaver worried about his DBS: the pathways that say a record "
        "does not rule you out (King's Trust programme, two porter jobs, chef apprenticeships) "
        "first, then other no-qualification practical jobs. Office roles are what he ruled out.",
    },
    {
        "id": "V030",
        "profile": P(
            about="I use a wheelchair. I'm 20 with A levels in maths and economics (A and B). "
            "I'd like to work with data or in finance. Hybrid working would really help me, and "
            "I don't want anything where I'm on my feet all day.",
            interests=["data", "finance"],
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="NW5 2HX",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-DATA-L4", 3),
            (r".*-AAT-L3", 3),
            (r".*-ACCT-L4", 2),
            (r"UCLH-PAYROLL-L3", 2),
            (r".*-CODER-L3", 2),
            (r".*-DTS-L6", 2),
            (r".*-HRSUP-L3", 1),
            (r".*-ICB-ADMIN", 1),
        ],
        "notes": "Wheelchair user with maths A level wanting data or finance, hybrid: data "
        "analyst and assistant accountant (both hybrid, Disability Confident) first. Porter, "
        "cleaning and ward roles are the offenders.",
    },
    {
        "id": "V031",
        "profile": P(
            about="My name is Jade. I am 18. I have an EHC plan. I like cooking and being in "
            "the kitchen. I want a job.",
            interests=["cooking"],
            qualification_level=1,
            gcse_english_maths=False,
            age=18,
            postcode="SE5 0HF",
            max_distance_km=8,
            circumstances=["send", "disabled"],
        ),
        "grades": [
            (r".*-CAFE-SEND", 3),
            (r".*-SEARCH-INTERN", 2),
            (r".*-HOSP-L2", 2),
            (r".*-CHEF-L2", 2),
        ],
        "notes": "Young woman with an EHC plan who likes cooking: the supported internship in "
        "hospital catering is made for her; chef and hospitality apprenticeships next.",
    },
    {
        "id": "V032",
        "profile": P(
            about="Royal Navy for 12 years, logistics and stores, got out in September. I'm 34 "
            "and used to running a team of 15. Looking for something steady in the NHS, weekdays "
            "ideally. Not interested in anything clinical.",
            skills=["logistics", "leadership", "stock control"],
            qualification_level=3,
            gcse_english_maths=True,
            age=34,
            postcode="DA7 4NP",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-STEP-HEALTH", 3),
            (r".*-FMSUP-L3", 3),
            (r".*-OPS-L5", 2),
            (r".*-TL-L3", 2),
            (r"UCLH-FM-L4", 2),
            (r".*-PSA-L2", 1),
        ],
        "notes": "Navy logistics leader, weekdays, non-clinical: Step into Health and "
        "facilities supervisor (weekdays, leading a team) first; operations and team leader "
        "next. Clinical roles are what he ruled out.",
    },
    {
        "id": "V033",
        "profile": P(
            about="Mum of three, all at primary school now. I used to be a teaching assistant "
            "before I had them. I can only do school hours in term time, roughly 8.30 to 3, "
            "and I'm in Catford so it has to be somewhere I can get to. Not hospitals really,"
            " the shifts would kill me.",
            skills=["working with children"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SE6 4RU",
            max_distance_km=16,
        ),
        "grades": [
            (r".*-TA-L3", 2),
            (r".*-CARE-VOL", 1),
            (r".*-RES-VOL", 1),
            (r".*-ACCESS-HE", 1),
        ],
        "notes": "Parent who can only do term-time school hours: the SEND teaching assistant "
        "apprenticeship (term time, 8.30 to 3.30, a little past what she said, and a long trip "
        "to Hackney); Peckham's has closed. Hospital rotas and nursery shifts (7am to 7pm) "
        "contradict her hours.",
    },
    {
        "id": "V034",
        "profile": P(
            about="I have epilepsy and my meds make me exhausted at night, so I need regular "
            "Monday to Friday daytime hours. No shifts, no rotas. I'm 19 with GCSEs (5s and "
            "6s). I quite like science.",
            interests=["science"],
            qualification_level=2,
            gcse_english_maths=True,
            age=19,
            postcode="W13 8DN",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-LABTECH-L3", 3),
            (r"UKHSA-LAB-PH-L3", 3),
            (r"GSTT-DLA-L3", 2),
            (r".*-DN-L3", 2),
            (r".*-BA-L3", 2),
            (r".*-HSA-L2", 1),
            (r".*-PTECH-L3", 1),
            (r".*-PSA-L2", 1),
        ],
        "notes": "Needs weekday daytime hours because of epilepsy, likes science: weekday lab "
        "apprenticeships first; the hospital lab assistant job has late shifts once trained, "
        "pharmacy has Saturdays. Ward, porter and 999 rotas are the offenders.",
    },
    {
        "id": "V035",
        "profile": P(
            about="I can only do 16 hours a week because of my benefits and my back. 23, "
            "Edmonton. Something in care maybe? No nights.",
            age=23,
            postcode="N9 0PZ",
            max_distance_km=15,
            circumstances=["disabled"],
        ),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-CARE-VOL", 2),
            (r"STCH-HOSPICE-VOL", 1),
            (r".*-HSC-L2", 1),
            (r".*-RES-VOL", 1),
        ],
        "notes": "16 hours a week at most, no nights, care: the communicator guide role has "
        "flexible hours; befriending is an hour or two a week. Full-time care apprenticeships "
        "and night rotas (mental health HCA, hospice HCA, support worker sleep-ins) are left "
        "ungraded.",
    },
    {
        "id": "V036",
        "profile": P(
            about="I'm 18 and applying for nursing next year. I need volunteering I can do at "
            "weekends or in the evenings because I'm at college Monday to Friday. I'm not after "
            "a job yet.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="SE16 2XB",
            max_distance_km=10,
            types=["volunteering"],
        ),
        "grades": [
            (r"SJA-SJA-VOL", 3),
            (r".*-CARE-VOL", 3),
            (r"STCH-HOSPICE-VOL", 2),
            (r".*-RES-VOL", 2),
            (r".*-HEALTH-CHAMP", 2),
        ],
        "notes": "College student wanting weekend or evening volunteering for a nursing "
        "application: first aid volunteering and befriending (you choose the times) first. "
        "Peer support volunteering needs lived experience of mental illness.",
    },
    {
        "id": "V037",
        "profile": P(
            about="i wanna be a dental nurse. got my gcses (english 5, maths 4) and im not "
            "doing uni. live in stepney",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="E1 3HP",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-DN-L3", 3),
            (r"GSTT-DLA-L3", 1),
        ],
        "notes": "Named target, dental nurse, 17 with GCSEs: the dental nurse apprenticeships "
        "(Royal London is closest). Dentistry degrees are what she ruled out; oral health "
        "practitioner needs dental nurse registration first.",
    },
    {
        "id": "V038",
        "profile": P(
            about="Just finished my Access to HE (health science) with 39 distinctions and I'm "
            "desperate to be a midwife, but I've got two kids and I can't afford three years "
            "without earning. I'll do whatever shifts it takes.",
            interests=["midwifery"],
            qualification_level=3,
            gcse_english_maths=True,
            postcode="E10 7DA",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-MIDWIFE-L6", 3),
            (r".*-MATSW", 2),
            (r".*-RNDA-L6", 1),
            (r".*-NA-L5", 1),
            (r".*-NURSING-BSC", 1),
        ],
        "notes": "Named target, midwife, with an Access diploma and needing a salary: the paid "
        "midwife degree apprenticeships (Chelsea and Westminster has closed), maternity support "
        "worker next; nursing routes are a different profession.",
    },
    {
        "id": "V039",
        "profile": P(about="occupational therapy"),
        "grades": [
            (r".*-OT-L6", 3),
            (r".*-BSC-OT", 3),
            (r".*-TA-THERAPY", 2),
            (r".*-AP-L5", 2),
            (r".*-REABLE", 1),
        ],
        "notes": "Two words: the OT degree apprenticeships and degrees, then therapy assistant "
        "and assistant practitioner; reablement works alongside OTs.",
    },
    {
        "id": "V040",
        "profile": P(
            about="I am a doctor from Pakistan (MBBS, 3 years house job and medicine). I passed "
            "PLAB 1 and I wait for my PLAB 2 date. I am here on spouse visa, not refugee. I need "
            "hospital job in the meantime that uses my clinical skills. Please not cleaning or "
            "portering, I want to stay near patients.",
            skills=["clinical examination", "phlebotomy", "ECG"],
            qualification_level=6,
            postcode="IG3 8YB",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-SHCSW-L3", 2),
            (r".*-HCSW-L2", 2),
            (r".*-HCA-GP", 2),
            (r".*-MHSW", 1),
        ],
        "notes": "Overseas doctor between PLAB exams, not a refugee: support worker roles "
        "closest to clinical work (senior HCSW takes blood and does ECGs). The refugee "
        "professionals programme is not for him; cleaning and portering are what he ruled out.",
    },
    {
        "id": "V041",
        "profile": P(
            about="Chef for 8 years in restaurants, mostly Soho. Burnt out on the late nights "
            "and I want my weekends back. Early starts are fine by me. Could hospital kitchens "
            "work? I'm 26.",
            skills=["cooking", "running a section", "food safety"],
            qualification_level=2,
            age=26,
            postcode="N1 7GU",
        ),
        "grades": [
            (r"GSTT-SCHEF-L3", 3),
            (r".*-CHEF-L2", 2),
            (r".*-HOSP-L2", 1),
        ],
        "notes": "Experienced chef wanting early starts and weekends off: senior production chef "
        "first, production chef (early starts, most weekends off) below his level; "
        "hospitality runs to 8pm.",
    },
    {
        "id": "V042",
        "profile": P(
            about="17, got 6s in triple science. I want to work in a lab but NOT with blood, it "
            "makes me feel sick even thinking about it.",
            interests=["science", "labs"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="N15 4RX",
        ),
        "grades": [
            (r".*-LABTECH-L3", 3),
            (r"UKHSA-LAB-PH-L3", 2),
            (r"GSTT-DLA-L3", 2),
        ],
        "notes": "Lab-minded 17-year-old who cannot face blood: research lab technician (cell "
        "cultures) first, public health microbiology and the dental lab next. Hospital lab "
        "assistant and associate jobs and lab work experience (blood samples) are offenders.",
    },
    {
        "id": "V043",
        "profile": P(
            about="Psychology graduate (2:1), 22. I've done a year as a support worker in a "
            "care home and I really don't want another support worker job. I want a training "
            "route to qualify, PWP or something like it.",
            qualification_level=6,
            gcse_english_maths=True,
            age=22,
            postcode="NW2 3ED",
        ),
        "grades": [
            (r".*-PWP-L6", 3),
            (r".*-BSC-MH-NURSING", 1),
            (r".*-SW-L6", 1),
        ],
        "notes": "Psychology graduate wanting to qualify as a PWP: the PWP apprenticeships. "
        "Mental health HCA, support worker (learning disability) and HCSW are what she ruled "
        "out.",
    },
    {
        "id": "V044",
        "profile": P(
            about="I faint at the sight of blood so nothing on the wards please!! But I'd love "
            "to work in a hospital, maybe on reception or doing the computers. 19, GCSEs incl "
            "English and maths.",
            qualification_level=2,
            gcse_english_maths=True,
            age=19,
            postcode="CR7 8LE",
            max_distance_km=8,
        ),
        "grades": [
            (r".*-CS-L2", 3),
            (r".*-ITTECH-L3", 3),
            (r".*-BA-L3", 2),
            (r".*-CODER-L3", 2),
            (r".*-HRSUP-L3", 1),
            (r".*-FSO-L2", 1),
        ],
        "notes": "Faints at blood, wants hospital reception or IT: patient services and IT "
        "technician (Croydon University Hospital) first. Ward clerk, HCSW, porter and lab "
        "assistant are the offenders.",
    },
    {
        "id": "V045",
        "profile": P(
            about="need a job asap any job in a hospital dont care wat. 18 no gcses lol. not "
            "care work tho",
            qualification_level=0,
            gcse_english_maths=False,
            age=18,
            postcode="E16 1AB",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 3),
            (r".*-CLEAN-L2", 3),
            (r".*-HOSP-L2", 3),
            (r".*-CHEF-L2", 2),
            (r".*-CS-L2", 2),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "18, no GCSEs, any hospital job but not care: porter, facilities, cleaning "
        "and hospitality first. Healthcare support worker and the pre-employment programme for "
        "it are the offenders.",
    },
    {
        "id": "V046",
        "profile": P(
            about="So basically I'm in year 13 doing bio, chem and psych and everyone expects "
            "me to do medicine because my dad's a GP, but honestly I don't think I want to be a "
            "doctor. I like the science part way more than the patient part, like I'd rather be "
            "working out what's wrong from the test results than talking to people all day. I "
            "also really don't want to go straight to uni and come out with loads of debt. Is "
            "there something where you get paid and do actual lab work? I live in Tooting so St "
            "George's would be ideal but I can travel. Predicted AAB if that matters.",
            interests=["science", "biology"],
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="SW17 9SH",
        ),
        "grades": [
            (r".*-HSA-L2", 3),
            (r".*-LABTECH-L3", 3),
            (r"UKHSA-LAB-PH-L3", 2),
            (r".*-HSP-L6", 1),
            (r".*-HSASSOC-L4", 1),
            (r"CRICK-LABSCI-L6", 1),
            (r".*-LAB-WEX", 1),
        ],
        "notes": "Year 13 who wants paid lab work, not medicine: hospital lab assistant (St "
        "George's) and research lab technician first; practitioner and associate routes once "
        "A levels are in. Medicine summer schools and degrees are what she ruled out.",
    },
    {
        "id": "V047",
        "profile": P(
            about="Bored of retail. Not an office person at all. Want something active and "
            "practical in health, but not nursing. Forest Gate.",
            age=24,
            postcode="E7 9QA",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 3),
            (r".*-MAINT-L3", 2),
            (r".*-ELEC-L3", 2),
            (r".*-CLEAN-L2", 2),
            (r".*-TA-THERAPY", 2),
            (r"LAS-ASW-L3", 1),
        ],
        "notes": "Retail worker wanting active, practical, not office, not nursing: porter and "
        "facilities first, trades next. Administrator apprenticeships and nursing routes are "
        "the offenders.",
    },
    {
        "id": "V048",
        "profile": P(
            about="I've been a care assistant in a care home for three years and I've got my Level "
            "2 diploma. I want to step up now, senior or lead roles, maybe nursing associate "
            "later on. No more night shifts though, I've done enough of them to last a "
            "lifetime. I live in Sutton and don't drive, so it needs to be a bus ride away. "
            "Honestly I love the residents but the pay in care homes is awful and I want a "
            "proper career now, not just another care home.",
            skills=["personal care", "dementia care", "care plans"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SM1 4LP",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-LACW-L3", 3),
            (r".*-SHCSW-L3", 2),
            (r".*-HCA-GP", 2),
            (r".*-NA-L5", 1),
            (r".*-REABLE", 1),
        ],
        "notes": "Experienced care assistant stepping up, no nights: lead adult care worker "
        "first; senior HCSW (seven-day rota) and GP healthcare assistant next; nursing "
        "associate needs level 3. HCSW Level 2 (nights, and a step down) and the hospice HCA "
        "(days and nights) are left ungraded.",
    },
    {
        "id": "V049",
        "profile": P(
            about="Got a caution when I was 15 for shoplifting. Will that stop me working with "
            "kids? I want to be a youth worker. I'm 19 and I run a football session at my "
            "church on Saturdays.",
            skills=["coaching", "football"],
            age=19,
            postcode="SW9 8EL",
            max_distance_km=15,
            circumstances=["ex_offender"],
        ),
        "grades": [
            (r".*-YSW-L3", 3),
            (r"LBN-YW-L6", 1),
            (r".*-EYP-L2", 1),
            (r".*-TA-L3", 1),
            (r".*-CAMHS-WEX", 1),
        ],
        "notes": "Named target, youth worker, with a juvenile caution: youth support worker "
        "apprenticeships; the youth work degree needs A levels.",
    },
    {
        "id": "V050",
        "profile": P(
            about="I'm partially deaf and wear hearing aids. 20. I'd like to work in a pharmacy, "
            "behind the scenes preferably, not on the phones all day. GCSEs, English 4 maths 6.",
            qualification_level=2,
            gcse_english_maths=True,
            age=20,
            postcode="W10 6RD",
            max_distance_km=12,
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-PSA-L2", 3),
            (r".*-PTECH-L3", 2),
            (r"GSTT-DLA-L3", 1),
            (r".*-HSA-L2", 1),
        ],
        "notes": "Hearing aid user wanting back-room pharmacy work: pharmacy services assistant "
        "(picking and packing) first, trainee technician next. 111 and 999 call handling, GP "
        "reception and patient services reception are the offenders.",
    },
    {
        "id": "V051",
        "profile": P(
            about="Hello, I am Kasia from Poland, 32 years. In Poland I was working as caregiver "
            "for old people for 5 years, washing, feeding, medicines, everything. My English is "
            "intermediate. I look for care job in London, full time is ok, weekends also ok.",
            skills=["personal care", "medicines", "older people"],
            age=32,
            postcode="W3 7QE",
        ),
        "grades": [
            (r"(LBN|CROY|LBTH)-ACW-L2", 3),
            (r"(SWK|BRENT|LOOKAHEAD)-ACW-L2", 2),
            (r".*-REABLE", 3),
            (r"STCH-HCA-HOSPICE", 2),
            (r".*-HCSW-L2", 2),
            (r".*-LACW-L3", 2),
            (r".*-LD-SUPPORT", 1),
            (r".*-ESOL-CARE", 1),
        ],
        "notes": "Experienced carer of older people from Poland, full time and weekends fine: "
        "council home care and reablement first; learning disability support is a different "
        "client group.",
    },
    {
        "id": "V052",
        "profile": P(
            about="gonna drop out of sixth form, i hate it and i dont want to sit in a "
            "classroom anymore. want an apprenticeship that actually pays. maybe HR or something "
            "with people? got 6 gcses inc english n maths (5s)",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="N12 8NP",
            max_distance_km=15,
            paid_only=True,
        ),
        "grades": [
            (r".*-HRSUP-L3", 3),
            (r".*-BA-L3", 2),
            (r".*-ICB-ADMIN", 2),
            (r".*-CS-L2", 2),
            (r".*-AAT-L3", 1),
            (r"UCLH-PAYROLL-L3", 1),
        ],
        "notes": "17-year-old leaving sixth form for a paid apprenticeship, HR or people: HR "
        "support first; administration and patient services next. Courses (T Levels, Access) "
        "are what he ruled out.",
    },
    {
        "id": "V053",
        "profile": P(
            about="I have a biology degree and I've decided I want to be a nurse. Is there a "
            "faster route for graduates? I can't go back to full-time uni without pay, I have "
            "rent to pay.",
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SW15 2PG",
        ),
        "grades": [
            (r".*-RNDA-L6", 3),
            (r".*-NA-L5", 2),
            (r".*-NURSING-BSC", 1),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Biology graduate wanting nursing with a salary: the paid nurse degree "
        "apprenticeships first, nursing associate next; the unpaid degree is what she ruled "
        "out.",
    },
    {
        "id": "V054",
        "profile": P(
            about="not been in school or work since i was 16. now 18. no idea what i want tbh "
            "and my confidence is not great. not ready for a full time job yet. hackney",
            qualification_level=1,
            gcse_english_maths=False,
            age=18,
            postcode="E9 7HU",
            max_distance_km=10,
            circumstances=["neet"],
        ),
        "grades": [
            (r"KT-GET-INTO-NHS", 3),
            (r".*-PREEMP-HCSW", 2),
            (r".*-FS-ENGMATHS", 2),
            (r".*-HSC-L1", 2),
            (r".*-HEALTH-CHAMP", 1),
            (r".*-FSO-L2", 1),
        ],
        "notes": "18, out of education and work, low confidence, not ready for full time: the "
        "King's Trust programme first; pre-employment programmes, English and maths, and the "
        "Level 1 course next. Full-time jobs are partial at most.",
    },
    {
        "id": "V055",
        "profile": P(
            about="I don't want anything patient facing. I'm 28 and I did AAT Level 2 at "
            "college. Weekdays only please. Dagenham.",
            skills=["bookkeeping", "Excel"],
            qualification_level=2,
            gcse_english_maths=True,
            age=28,
            postcode="RM10 8AB",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-AAT-L3", 3),
            (r".*-ICB-ADMIN", 2),
            (r"UCLH-PAYROLL-L3", 2),
            (r".*-CODER-L3", 2),
            (r".*-HRSUP-L3", 1),
            (r".*-ACCT-L4", 1),
            (r".*-DATA-L4", 1),
        ],
        "notes": "AAT Level 2, weekdays, nothing patient-facing: AAT Level 3 first, commissioning "
        "admin and payroll next. Reception, ward clerk and patient services are the offenders.",
    },
    {
        "id": "V056",
        "profile": P(
            about="Been through CAMHS and then adult services myself - bipolar, stable for two "
            "years now. I'm 24. I want to use what I've been through to help other people. "
            "Part-time only, I need to look after my own health.",
            interests=["mental health"],
            age=24,
            postcode="E11 1NP",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-PEER-WORKER", 3),
            (r".*-MH-PEER-VOL", 2),
            (r".*-BSC-MH-NURSING", 1),
        ],
        "notes": "Lived experience of bipolar, part-time only: paid peer support work (part "
        "time considered) first, peer support volunteering next. Mental health HCA (full-time "
        "long days and nights) is left ungraded.",
    },
    {
        "id": "V057",
        "profile": P(
            about="Year 11 atm. good at maths and DT, want to do an electrician apprenticeship "
            "when I leave in the summer. Dont want to be stuck in an office.",
            interests=["electrics", "design and technology"],
            qualification_level=1,
            age=16,
            postcode="RM3 0AB",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-ELEC-L3", 2),
            (r".*-MAINT-L3", 1),
            (r".*-FSO-L2", 1),
        ],
        "notes": "Named target, electrician, in Year 11: the maintenance electrician "
        "apprenticeship at Queen's Hospital once GCSE English and maths are in; maintenance "
        "engineering needs grade 4s.",
    },
    {
        "id": "V058",
        "profile": P(
            about="I've been a secondary school geography teacher for nine years. I want to move "
            "into health but not clinical: no blood, no patients. Public health or health "
            "promotion, something preventive.",
            skills=["teaching", "data", "presenting"],
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SE10 9LS",
        ),
        "grades": [
            (r".*-PHP-L6", 3),
            (r"QMUL-MSC-PH", 3),
            (r".*-SPLW", 1),
            (r".*-HEALTH-CHAMP", 1),
            (r".*-DATA-L4", 1),
        ],
        "notes": "Teacher changing career into public health, nothing clinical: public health "
        "practitioner degree apprenticeships and the MSc first. Any ward or clinic role is an "
        "offender.",
    },
    {
        "id": "V059",
        "profile": P(
            about="Uni student, 2nd year computer science at City. Looking for paid part-time "
            "work evenings/weekends, or a summer placement. Not a full-time job, I still have a "
            "year left.",
            interests=["data", "software"],
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="N7 6PA",
            paid_only=True,
        ),
        "grades": [
            (r".*-ICB-DATA-INTERN", 3),
            (r"LAS-CALLHANDLER-111", 1),
        ],
        "notes": "Computing student wanting part-time or summer paid work: the ICBs' paid "
        "summer data placements. Full-time IT apprenticeships are what he ruled out.",
    },
    {
        "id": "V060",
        "profile": P(
            about="Writing for my son. He's 19 and has learning disabilities and an EHC plan. "
            "He loves sorting things, likes routines and gets anxious with change. He finished "
            "at college in the summer. We live in Wandsworth and he can do the bus to Tooting on "
            "his own.",
            age=19,
            postcode="SW18 4JQ",
            max_distance_km=8,
            circumstances=["send", "disabled"],
        ),
        "grades": [
            (r".*-SEARCH-INTERN", 3),
            (r".*-CAFE-SEND", 2),
            (r".*-FSO-L2", 1),
            (r".*-PSA-L2", 1),
        ],
        "notes": "Parent writing for a 19-year-old with learning disabilities and an EHC plan: "
        "supported internships at St George's and Chelsea and Westminster first, the catering "
        "internship next.",
    },
    {
        "id": "V061",
        "profile": P(
            about="I was in care from 11 to 18 and my social worker honestly changed my life. I "
            "want to be a social worker myself. I'm 23 with A levels (BCC) and I'm working in"
            " a supermarket at the moment, so it would need to be paid, I can't afford to "
            "just study. Happy to work wherever in London.",
            qualification_level=3,
            gcse_english_maths=True,
            age=23,
            postcode="NW10 4RN",
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-SW-L6", 3),
            (r".*-YSW-L3", 2),
            (r".*-CARE-LEAVER-INTERN", 1),
            (r"LBN-YW-L6", 1),
            (r".*-ACW-L2", 1),
        ],
        "notes": "Care leaver, named target social worker, A levels: the council social worker "
        "degree apprenticeships (Brent is local); youth support work next.",
    },
    {
        "id": "V062",
        "profile": P(
            about="I want to work in operating theatres. I did a work experience week in "
            "theatres and loved it, blood doesn't bother me at all. 19, A levels in biology, "
            "chemistry and PE.",
            qualification_level=3,
            gcse_english_maths=True,
            age=19,
            postcode="W2 5NA",
        ),
        "grades": [
            (r".*-ODP-L6", 3),
            (r".*-RNDA-L6", 1),
            (r".*-NA-L5", 1),
            (r".*-HCSW-L2", 1),
            (r".*-PORTER", 1),
        ],
        "notes": "Named target, operating theatres: the operating department practitioner "
        "degree apprenticeships (St Mary's is local).",
    },
    {
        "id": "V063",
        "profile": P(
            about="i want to be a dentist. im in year 12 doing chem bio and maths, got 7s and 8s "
            "at gcse. what should i be doing now?",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="E3 4PN",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-MED-SUMMER", 3),
            (r".*-WEX-WARD", 2),
            (r".*-BDS", 1),
            (r".*-DN-L3", 1),
        ],
        "notes": "Named target, dentist, in Year 12: the medicine and dentistry summer schools "
        "first, hospital work experience next; the dental degree needs A levels and 18.",
    },
    {
        "id": "V064",
        "profile": P(
            about="I love kids and I'd love to work in a children's hospital like GOSH but I "
            "can't do needles, I just can't. I'm 21 and I've got a Level 3 in childcare.",
            interests=["children"],
            qualification_level=3,
            gcse_english_maths=True,
            age=21,
            postcode="N19 3SE",
        ),
        "grades": [
            (r".*-EYE-L3", 2),
            (r".*-TA-L3", 2),
            (r"GOSH-RES-VOL", 2),
            (r".*-EYP-L2", 1),
            (r".*-YSW-L3", 1),
        ],
        "notes": "Childcare level 3, wants children's hospital work but no needles: nursery "
        "and school roles and the GOSH research volunteer. Health play specialist (blood tests "
        "and procedures) and children's nursing are the offenders.",
    },
    {
        "id": "V065",
        "profile": P(about="porter"),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 2),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "One word: hospital porter jobs, then the facilities apprenticeship that "
        "includes portering.",
    },
    {
        "id": "V066",
        "profile": P(
            about="Left the Army after 4 years in the infantry. I'm 22, dyslexic, never been "
            "good with exams or writing. I want something physical in the NHS, not a desk job. "
            "Don't drive yet.",
            age=22,
            postcode="SE12 8DP",
            circumstances=["armed_forces", "disabled"],
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-STEP-HEALTH", 3),
            (r".*-FSO-L2", 3),
            (r".*-CLEAN-L2", 2),
            (r".*-MAINT-L3", 1),
            (r"LAS-ASW-L3", 1),
        ],
        "notes": "Infantry leaver, dyslexic, wants physical work: porter (armed forces "
        "welcome), Step into Health and facilities first; ambulance support needs a licence. "
        "Administration and coding are the offenders.",
    },
    {
        "id": "V067",
        "profile": P(
            about="I care for my nan in the mornings (getting her up, meds etc) so I need "
            "something where I can start late or has flexible hours. I'm 20 and good at maths, "
            "got a B in A level maths. Don't want to do care as a job, I do enough of that at "
            "home.",
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="SE17 1RT",
            max_distance_km=8,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-AAT-L3", 2),
            (r".*-DATA-L4", 2),
            (r".*-BA-L3", 2),
            (r".*-ACCT-L4", 2),
            (r"UCLH-PAYROLL-L3", 1),
            (r".*-HRSUP-L3", 1),
        ],
        "notes": "Young carer with A level maths needing late or flexible starts, not care: "
        "assistant accountant and data analyst (hybrid) and administrator (flexible starts for "
        "young carers) are good; none promises late starts outright. The young "
        "carers' care scheme and care apprenticeships are what she ruled out.",
    },
    {
        "id": "V068",
        "profile": P(about="mental health work but no nights"),
        "grades": [
            (r".*-PWP-L6", 3),
            (r".*-BSC-MH-NURSING", 2),
            (r".*-CAMHS-WEX", 1),
            (r".*-MH-PEER-VOL", 1),
            (r".*-PEER-WORKER", 1),
        ],
        "notes": "Short: talking therapies (PWP) first; peer roles need lived experience. "
        "Mental health HCA (long days and nights) is the offender.",
    },
    {
        "id": "V069",
        "profile": P(
            about="ok so i'm 16 and finishing year 11 in lewisham and my mum wants me to do a "
            "levels but i really don't think that's me. i like the idea of helping people, my "
            "nan was in hospital last year and the nurses were amazing, but i also don't want to "
            "be washing people or anything like that if im honest. i'd like to earn some money "
            "even if it's not loads. i'm predicted 4s in english and maths and 5s in most other "
            "things. i'm good with little kids, i babysit my cousins all the time. i don't "
            "really want to be stuck behind a desk all day either",
            qualification_level=1,
            age=16,
            postcode="SE4 2PX",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-EYP-L2", 3),
            (r".*-HOSP-L2", 2),
            (r".*-PSA-L2", 2),
            (r".*-CS-L2", 1),
            (r".*-FSO-L2", 1),
            (r".*-DN-L3", 1),
            (r".*-EYE-L3", 1),
            (r".*-TLEVEL-EY", 1),
            (r".*-TLEVEL-HEALTH", 1),
            (r"(LGT|CHS|ICHT)-WEX-WARD", 1),
        ],
        "notes": "16-year-old leaving school, wants to earn and help, good with small children, "
        "no personal care, not a desk: early years practitioner apprenticeship first; hospital "
        "hospitality and pharmacy assistant (active, no washing) next. Healthcare support "
        "worker and adult care are the offenders (and need 18).",
    },
    {
        "id": "V070",
        "profile": P(about="pharmacy apprenticeship north london"),
        "grades": [
            (r"RFL-PSA-L2", 3),
            (r"ICHT-PSA-L2", 2),
            (r"ICHT-PTECH-L3", 2),
            (r"UCLH-PHARMACIST-L7", 2),
            (r"(GSTT|BARTS|SGUH|KRFT)-PSA-L2", 1),
            (r"(GSTT|BARTS|SGUH|BHR)-PTECH-L3", 1),
            (r"GSTT-PHARMACIST-L7", 1),
        ],
        "notes": "Four words with the place only in the text: pharmacy apprenticeships at the "
        "Royal Free, St Mary's and UCLH first; the same roles south of the river or in the east "
        "only partly.",
    },
    {
        "id": "V071",
        "profile": P(about="part time care work"),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-REABLE", 1),
            (r".*-CARE-VOL", 1),
            (r"STCH-HOSPICE-VOL", 1),
        ],
        "notes": "Four words: the communicator guide job (25 hours, flexible) is the only paid "
        "part-time care role open to anyone; reablement is 30 hours; the young carers' scheme "
        "is for young carers only. Full-time care apprenticeships are left ungraded.",
    },
    {
        "id": "V072",
        "profile": P(
            about="I'm 18 and in Year 13 doing a health and social care BTEC and sociology. I "
            "look after my dad who has MS, so I can't go away to uni and I need to be home most "
            "evenings. I really want to be a nurse but I'm worried about the shifts. Maybe "
            "there's something that leads to nursing but with normal hours? I live in Ilford "
            "and can't travel too far because of dad.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="IG2 6PT",
            max_distance_km=14,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-YOUNG-CARER-FLEX", 2),
            (r".*-WEX-WARD", 2),
            (r".*-HCA-GP", 1),
            (r".*-NURSING-BSC", 1),
            (r".*-NA-L5", 1),
            (r".*-RNDA-L6", 1),
            (r".*-CARE-VOL", 1),
        ],
        "notes": "Young carer in Year 13 wanting nursing with normal hours and short travel: "
        "the young carers' flexible care start and a ward work experience week (9 to 3) now; "
        "nursing routes later (level 3 first, and rotas). HCSW rotas with nights contradict "
        "her hours.",
    },
    {
        "id": "V073",
        "profile": P(
            about="19, im arty (art + graphics a levels). want to work for the nhs but NOTHING "
            "medical and no patients pls, just normal 9-5",
            qualification_level=3,
            gcse_english_maths=True,
            age=19,
            postcode="W12 7RJ",
        ),
        "grades": [
            (r".*-ICB-ADMIN", 2),
            (r".*-BA-L3", 2),
            (r".*-HRSUP-L3", 2),
            (r".*-DTS-L6", 1),
            (r".*-DATA-L4", 1),
            (r"GSTT-DLA-L3", 1),
        ],
        "notes": "Nothing medical, no patients, 9 to 5: the catalogue has no design roles, so "
        "office apprenticeships (commissioning admin, business admin, HR) are good, not "
        "excellent. Patient services, ward clerk and every clinical role are the offenders.",
    },
    {
        "id": "V074",
        "profile": P(
            about="im 17 and a care leaver, in semi independent in croydon. want to do "
            "something with kids or young people like my key worker does. got english 4 maths "
            "3. i can get about on my zip card",
            qualification_level=1,
            gcse_english_maths=False,
            age=17,
            postcode="CR2 6QD",
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-EYP-L2", 3),
            (r".*-YSW-L3", 3),
            (r".*-CARE-LEAVER-INTERN", 2),
            (r".*-TLEVEL-EY", 1),
            (r".*-FS-ENGMATHS", 1),
            (r".*-CAMHS-WEX", 1),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "17-year-old care leaver wanting to work with children or young people: early "
        "years practitioner apprenticeships (guaranteed interview for care leavers) now; youth "
        "support work is the closest match but starts at 18 (must_not_return on age); the T "
        "Level needs maths grade 4.",
    },
]
