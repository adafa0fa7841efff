"""Hand-written grades for the seed catalogue (seed_data/pathways.jsonl), one persona a dict.
Grades: 3 excellent fit they can start now, 2 good fit, 1 partial fit or cannot start yet.
Written from the pathways' side before looking at the matcher's output; see build_personas.py."""


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
        "id": "S01",
        "profile": P(
            about="I'm 17 and I've always been the one who sorts out the family laptops and the "
            "wifi. I got a 6 in computer science GCSE. I want an apprenticeship where I get paid "
            "to learn IT properly.",
            interests=["computers", "technology"],
            skills=["troubleshooting"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="E1 4NS",
            max_distance_km=10,
            paid_only=True,
        ),
        "grades": [
            (r".*-ITTECH-L3", 3),
            (r".*-INFRA-L3", 3),
            (r".*-CYBER-L4", 1),
            (r".*-DATA-L4", 1),
            (r".*-DTS-L6", 1),
            (r".*-CODER-L3", 1),
            (r".*-ICB-DATA-INTERN", 1),
        ],
        "notes": "IT-minded 17-year-old with GCSEs, paid only: level 3 IT apprenticeships first; "
        "level 4+ need A-levels.",
    },
    {
        "id": "S02",
        "profile": P(
            about="I'm 19 and I grew up in care. I want a proper job now, I need the money. I'm "
            "not bothered about sitting in a classroom again. I'm strong and don't mind "
            "physical work, I'd do portering or cleaning or anything in a hospital.",
            qualification_level=1,
            gcse_english_maths=False,
            age=19,
            postcode="SE15 5DZ",
            max_distance_km=8,
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 3),
            (r".*-CLEAN-L2", 3),
            (r".*-CARE-LEAVER-INTERN", 3),
            (r".*-HOSP-L2", 2),
            (r".*-HCSW-L2", 2),
            (r".*-CS-L2", 2),
            (r".*-CHEF-L2", 1),
            (r"KT-GET-INTO-NHS", 1),
            (r".*-PREEMP-HCSW", 1),
        ],
        "notes": "Care leaver wanting paid, physical hospital work now; the care leavers' paid "
        "internship fits; courses and volunteering do not (wants a job).",
    },
    {
        "id": "S03",
        "profile": P(
            about="I'm in Year 11 and I want to be a midwife one day. I'd like to see what it's "
            "really like on a maternity ward or in a hospital first.",
            interests=["babies", "midwifery"],
            qualification_level=1,
            gcse_english_maths=False,
            age=16,
            postcode="E9 6SR",
            max_distance_km=12,
            types=["work_experience", "volunteering", "course"],
        ),
        "grades": [
            (r".*-WEX-WARD", 3),
            (r".*-LAB-WEX", 1),
            (r".*-TLEVEL-HEALTH", 2),
            (r".*-HSC-L1", 1),
            (r".*-HSC-L2", 1),
            (r".*-NURSING-BSC", 1),
        ],
        "notes": "16-year-old in Year 11: hospital work experience first; courses she could "
        "start next year partly.",
    },
    {
        "id": "S04",
        "profile": P(
            about="I left the army last year after five years as a combat medic. I want to keep "
            "doing emergency work, ideally on an ambulance.",
            skills=["first aid", "working under pressure", "driving"],
            qualification_level=3,
            gcse_english_maths=True,
            age=24,
            postcode="SE1 7EH",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r"LAS-ASW-L3", 3),
            (r"LAS-AAP-L4", 3),
            (r"LAS-PARA-L6", 3),
            (r".*-BSC-PARA", 2),
            (r".*-STEP-HEALTH", 2),
            (r"LAS-EMD", 2),
            (r"LAS-CALLHANDLER-111", 1),
            (r"SJA-SJA-VOL", 1),
        ],
        "notes": "Armed forces leaver, medic: ambulance routes first; Step into Health is "
        "for them but less specific.",
    },
    {
        "id": "S05",
        "profile": P(
            about="I'm 18 and I look after my mum who has MS, so I need hours that fit round "
            "that. I'm used to helping with washing and meds. I'd like paid work in care.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="CR0 1EA",
            max_distance_km=8,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r"CROY-YOUNG-CARER-FLEX", 3),
            (r".*-ACW-L2", 3),
            (r".*-REABLE", 3),
            (r".*-HCSW-L2", 2),
            (r".*-LACW-L3", 2),
            (r".*-LD-SUPPORT", 2),
            (r"STCH-HCA-HOSPICE", 2),
            (r".*-CARE-VOL", 1),
            (r".*-HSC-L2", 1),
        ],
        "notes": "Young carer wanting paid care work with flexible hours near Croydon.",
    },
    {
        "id": "S06",
        "profile": P(
            about="I came to the UK as a refugee from Syria. I was a pharmacist for six years "
            "there. I want to work in a pharmacy again here but I need to get registered.",
            qualification_level=6,
            gcse_english_maths=False,
            age=29,
            postcode="E1 1FR",
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-REFUGEE-HCP", 3),
            (r".*-PHARMACIST-L7", 2),
            (r".*-PTECH-L3", 2),
            (r".*-PSA-L2", 2),
            (r"KCL-MPHARM", 1),
            (r".*-ESOL-CARE", 1),
        ],
        "notes": "Refugee pharmacist: the refugee healthcare professionals programme, then "
        "pharmacy roles.",
    },
    {
        "id": "S07",
        "profile": P(
            about="I have learning difficulties and an EHC plan. I love cooking and helping in "
            "the kitchen at home. I'd like to work in a café or kitchen.",
            qualification_level=1,
            gcse_english_maths=False,
            age=18,
            postcode="SW10 9NH",
            max_distance_km=10,
            circumstances=["send"],
        ),
        "grades": [
            (r".*-CAFE-SEND", 3),
            (r".*-CHEF-L2", 2),
            (r".*-HOSP-L2", 2),
            (r".*-SEARCH-INTERN", 2),
        ],
        "notes": "Young person with SEND who loves cooking: the supported internship in "
        "hospital catering first.",
    },
    {
        "id": "S08",
        "profile": P(
            about="I'm 24 and I've worked on tills and done the cashing up for five years. I'm "
            "good with numbers and spreadsheets and want an office career in finance.",
            skills=["Excel", "cash handling"],
            qualification_level=3,
            gcse_english_maths=True,
            age=24,
            postcode="SW19 1RH",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-AAT-L3", 3),
            (r".*-ACCT-L4", 3),
            (r".*-PAYROLL-L3", 2),
            (r".*-DATA-L4", 2),
            (r".*-ACCPROF-L7", 1),
            (r".*-BA-L3", 1),
            (r".*-ICB-ADMIN", 1),
        ],
        "notes": "Retail worker with A-levels moving into finance.",
    },
    {
        "id": "S09",
        "profile": P(
            about="I'm in Year 12 doing biology and chemistry and I want to study medicine. I "
            "need something to show I know what being a doctor involves.",
            qualification_level=2,
            gcse_english_maths=True,
            age=16,
            postcode="E1 4NS",
            types=["course", "work_experience", "volunteering"],
        ),
        "grades": [
            (r".*-MED-SUMMER", 3),
            (r".*-WEX-WARD", 2),
            (r".*-LAB-WEX", 1),
            (r".*-EXTENDED-MED", 1),
        ],
        "notes": "Sixth-former aiming at medicine: the summer school and ward experience.",
    },
    {
        "id": "S10",
        "profile": P(
            about="I've had my own struggles with anxiety and depression and I'm doing much "
            "better now. I want to use what I went through to help other people get better.",
            qualification_level=2,
            gcse_english_maths=True,
            age=21,
            postcode="NW1 0PE",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-PEER-WORKER", 3),
            (r".*-MH-PEER-VOL", 3),
            (r".*-MHSW", 2),
            (r".*-PWP-L6", 1),
            (r".*-CAMHS-WEX", 1),
            (r".*-BSC-MH-NURSING", 1),
        ],
        "notes": "Lived experience of mental illness: peer support roles first.",
    },
    {
        "id": "S11",
        "profile": P(
            about="I'm really good with little kids, I look after my cousins all the time. I'd "
            "love to work in a nursery.",
            interests=["children"],
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="E1 1BJ",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-EYP-L2", 3),
            (r".*-EYE-L3", 3),
            (r".*-TLEVEL-EY", 2),
            (r".*-TA-L3", 2),
            (r".*-PLAY-L5", 1),
            (r".*-YSW-L3", 1),
        ],
        "notes": "Wants nursery work: early years apprenticeships first.",
    },
    {
        "id": "S12",
        "profile": P(
            about="I like fixing things and working with my hands. I've helped my uncle with "
            "electrics and plumbing jobs. I didn't pass maths.",
            skills=["practical", "tools"],
            qualification_level=1,
            gcse_english_maths=False,
            age=20,
            postcode="RM7 0AG",
            max_distance_km=16,
        ),
        "grades": [
            (r".*-ELEC-L3", 3),
            (r".*-MAINT-L3", 3),
            (r".*-FSO-L2", 2),
            (r".*-FMSUP-L3", 1),
            (r".*-PORTER", 1),
            (r".*-FS-ENGMATHS", 1),
        ],
        "notes": "Hands-on trades: maintenance and electrical apprenticeships (can't start yet "
        "without maths), facilities work.",
    },
    {
        "id": "S13",
        "profile": P(
            about="I have a biology degree and I love lab work. I want a career as a scientist "
            "in research or diagnostics.",
            qualification_level=6,
            gcse_english_maths=True,
            age=23,
            postcode="NW1 2BU",
            max_distance_km=10,
        ),
        "grades": [
            (r"CRICK-RESSCI-L7", 3),
            (r".*-CLINSCI-L7", 3),
            (r"CRICK-LABSCI-L6", 2),
            (r".*-HSP-L6", 2),
            (r".*-HSASSOC-L4", 1),
            (r".*-LABTECH-L3", 1),
            (r".*-CTS-L6", 1),
            (r".*-LAB-PH-L3", 1),
        ],
        "notes": "Biology graduate: level 6-7 science routes fit; lower levels partial.",
    },
    {
        "id": "S14",
        "profile": P(
            about="I dropped out of college last year and I've not been doing anything since. I "
            "need to get my English and maths. Maybe something in health or care.",
            qualification_level=1,
            gcse_english_maths=False,
            age=17,
            postcode="E6 6ER",
            max_distance_km=10,
            circumstances=["neet"],
        ),
        "grades": [
            (r".*-FS-ENGMATHS", 3),
            (r".*-HSC-L1", 3),
            (r".*-PREEMP-HCSW", 2),
            (r"KT-GET-INTO-NHS", 2),
            (r".*-HSC-L2", 2),
            (r".*-TLEVEL-HEALTH", 1),
        ],
        "notes": "NEET 17-year-old: English and maths and a level 1 health course first.",
    },
]
