"""Write seed_data/pathways.jsonl: the example catalogue (a developer tool; the output is committed).

    python seed_data/generate_pathways.py

Each role below was written by hand: what you do, what you learn, what it leads to. Each offer
puts a role at a real organisation and site, with pay worked out from the Agenda for Change
2025/26 bands plus the London high cost area supplement (inner or outer London by the site's
borough), or the London Living Wage (£13.85 an hour, 2025/26) for roles outside Agenda for
Change. Listings are illustrative examples, not real vacancies (see README.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 22)
LLW = 13.85  # London Living Wage 2025/26, per hour

# Agenda for Change 2025/26 basic pay (England): band -> (entry, top).
AFC = {
    "2": (24465, 24465),
    "3": (24937, 26598),
    "4": (27485, 30162),
    "5": (31049, 37796),
    "6": (38682, 46580),
    "7": (47810, 54710),
}
# High cost area supplement 2025/26: percent of basic pay, with a minimum and maximum.
HCAS = {"Inner": (0.20, 5794, 8746), "Outer": (0.15, 4870, 6137)}


def afc(band: str, zone: str) -> tuple[int, int]:
    rate, low, high = HCAS[zone]
    entry, top = AFC[band]
    return (
        round(entry + min(max(entry * rate, low), high)),
        round(top + min(max(top * rate, low), high)),
    )


# --- organisations: prefix, name, and a sentence about working there ----------------------

ORGS: dict[str, tuple[str, str]] = {
    "KCH": (
        "King's College Hospital NHS Foundation Trust",
        "You will be based at {site}, one of the busiest hospitals in London, where teams see patients from across south east London every day.",
    ),
    "GSTT": (
        "Guy's and St Thomas' NHS Foundation Trust",
        "You will work at {site}, right by the river, with teams who are used to training new starters.",
    ),
    "LGT": (
        "Lewisham and Greenwich NHS Trust",
        "You will work at {site}, a local hospital where many staff live nearby and know the community well.",
    ),
    "SLAM": (
        "South London and Maudsley NHS Foundation Trust",
        "You will be part of a mental health trust with wards and community teams across Croydon, Lambeth, Lewisham and Southwark. Your base is {site}.",
    ),
    "BARTS": (
        "Barts Health NHS Trust",
        "Barts Health runs five hospitals in east London. This role is based at {site}.",
    ),
    "ELFT": (
        "East London NHS Foundation Trust",
        "East London NHS Foundation Trust runs mental health and community services. You will start at {site} and may visit other sites in Tower Hamlets, Newham and Hackney.",
    ),
    "HOM": (
        "Homerton Healthcare NHS Foundation Trust",
        "You will work at {site} in Hackney, a friendly hospital that serves one of the youngest populations in London.",
    ),
    "BHR": (
        "Barking, Havering and Redbridge University Hospitals NHS Trust",
        "You will be based at {site}, serving families in Barking, Dagenham, Havering and Redbridge.",
    ),
    "NELFT": (
        "North East London NHS Foundation Trust",
        "North East London NHS Foundation Trust gives care in people's homes, clinics and community bases. You will start at {site}.",
    ),
    "UCLH": (
        "University College London Hospitals NHS Foundation Trust",
        "You will be based at {site}, in the middle of London, close to Euston and Warren Street stations.",
    ),
    "RFL": (
        "Royal Free London NHS Foundation Trust",
        "You will work at {site}, one of the Royal Free London group's hospitals in north London.",
    ),
    "WHH": (
        "Whittington Health NHS Trust",
        "You will be based at {site} in Archway, working with hospital and community teams for Islington and Haringey.",
    ),
    "GOSH": (
        "Great Ormond Street Hospital for Children NHS Foundation Trust",
        "You will be based at {site}, where every patient is a child or young person, many with rare conditions.",
    ),
    "NLFT": (
        "North London NHS Foundation Trust",
        "North London NHS Foundation Trust gives mental health care across five boroughs. Your base is {site}.",
    ),
    "MEH": (
        "Moorfields Eye Hospital NHS Foundation Trust",
        "You will work at {site}, a specialist eye hospital near Old Street.",
    ),
    "ICHT": (
        "Imperial College Healthcare NHS Trust",
        "You will be based at {site}, one of Imperial's hospitals in west London.",
    ),
    "CWFT": (
        "Chelsea and Westminster Hospital NHS Foundation Trust",
        "You will work at {site}, a busy teaching hospital in west London.",
    ),
    "LNWH": (
        "London North West University Healthcare NHS Trust",
        "You will be based at {site}, serving Harrow, Brent and Ealing.",
    ),
    "THH": (
        "The Hillingdon Hospitals NHS Foundation Trust",
        "You will work at {site} in Uxbridge, a short walk from Uxbridge station.",
    ),
    "WLT": (
        "West London NHS Trust",
        "West London NHS Trust runs mental health and community services in Ealing, Hammersmith and Fulham and Hounslow. You will start at {site}.",
    ),
    "CNWL": (
        "Central and North West London NHS Foundation Trust",
        "Central and North West London NHS Foundation Trust runs mental health and community services. Your base is {site}.",
    ),
    "SGUH": (
        "St George's University Hospitals NHS Foundation Trust",
        "You will be based at {site}, a major trauma centre for south west London.",
    ),
    "CHS": (
        "Croydon Health Services NHS Trust",
        "You will work at {site}, the main hospital for the people of Croydon.",
    ),
    "KRFT": (
        "Kingston and Richmond NHS Foundation Trust",
        "You will be based at {site}, a hospital known for friendly teams and good training.",
    ),
    "ESTH": (
        "Epsom and St Helier University Hospitals NHS Trust",
        "You will be based at {site}, serving Sutton, Merton and nearby areas.",
    ),
    "SWLSTG": (
        "South West London and St George's Mental Health NHS Trust",
        "You will be based at {site}, with mental health teams across five south west London boroughs.",
    ),
    "RMH": (
        "The Royal Marsden NHS Foundation Trust",
        "You will work at {site}, a hospital that cares only for people with cancer.",
    ),
    "LAS": (
        "London Ambulance Service NHS Trust",
        "London Ambulance Service answers 999 and 111 calls for the whole city. You will start at {site}.",
    ),
    "NCLICB": (
        "NHS North Central London Integrated Care Board",
        "The ICB plans and pays for NHS care in Barnet, Camden, Enfield, Haringey and Islington. You will work from {site} and from home.",
    ),
    "NELICB": (
        "NHS North East London Integrated Care Board",
        "The ICB plans NHS care for about two million people in north east London. You will work from {site} in Stratford and from home.",
    ),
    "NWLICB": (
        "NHS North West London Integrated Care Board",
        "The ICB plans NHS care for eight boroughs in north west London. You will work from {site} and from home.",
    ),
    "SELICB": (
        "NHS South East London Integrated Care Board",
        "The ICB plans NHS care in six boroughs south of the river. You will work from {site} near London Bridge and from home.",
    ),
    "SWLICB": (
        "NHS South West London Integrated Care Board",
        "The ICB plans NHS care for six boroughs in south west London. You will work from {site} and from home.",
    ),
    "SWK": (
        "Southwark Council",
        "Southwark Council runs care and support services for local people. You will be based at {site}.",
    ),
    "LBTH": (
        "Tower Hamlets Council",
        "Tower Hamlets Council wants more local young people working in local services. You will be based at {site}.",
    ),
    "LBN": (
        "Newham Council",
        "Newham Council runs one of London's largest adult social care services. You will be based at {site}.",
    ),
    "BRENT": (
        "Brent Council",
        "Brent Council runs care, health and children's services for Brent. You will be based at {site} in Wembley.",
    ),
    "CROY": (
        "Croydon Council",
        "Croydon Council works with local health services to support Croydon residents. You will be based at {site}.",
    ),
    "KCL": (
        "King's College London",
        "King's College London trains more nurses, midwives and dentists than most UK universities. You will study at {site}.",
    ),
    "QMUL": (
        "Queen Mary University of London",
        "Queen Mary is in the heart of east London. You will be based at {site}.",
    ),
    "UWL": (
        "University of West London",
        "The University of West London has one of the largest nursing schools in the UK. You will study at {site}.",
    ),
    "KU": (
        "Kingston University",
        "Kingston University works closely with hospitals and councils in south west London. You will study at {site}.",
    ),
    "LSBU": (
        "London South Bank University",
        "London South Bank University is at Elephant and Castle and runs many health apprenticeships with London employers. You will study at {site}.",
    ),
    "MDX": (
        "Middlesex University",
        "Middlesex University is in Hendon, north London. You will study at {site}.",
    ),
    "CSG": (
        "City St George's, University of London",
        "City St George's trains health workers next to St George's Hospital. You will study at {site}.",
    ),
    "LEWCOL": (
        "Lewisham College",
        "Lewisham College is a further education college with lots of support for students. You will study at {site}.",
    ),
    "NEWCOL": (
        "Newham College",
        "Newham College runs health and care courses with local NHS employers. You will study at {site}.",
    ),
    "CNWLC": (
        "College of North West London",
        "The College of North West London works with hospitals in Brent and Harrow. You will study at {site}.",
    ),
    "CROYCOL": (
        "Croydon College",
        "Croydon College is in the centre of Croydon, near East Croydon station. You will study at {site}.",
    ),
    "BDC": (
        "Barking and Dagenham College",
        "Barking and Dagenham College has modern health and care training rooms. You will study at {site}.",
    ),
    "MOSS": (
        "Mossbourne Community Academy",
        "Mossbourne is a secondary school and sixth form in Hackney. You will work at the {site} site.",
    ),
    "HAP": (
        "Harris Academy Peckham",
        "Harris Academy Peckham is a secondary school in south London. You will work at the {site} site.",
    ),
    "HURLEY": (
        "The Hurley Group",
        "The Hurley Group runs GP practices and urgent care centres across London. You will start at {site}.",
    ),
    "THGPCG": (
        "Tower Hamlets GP Care Group",
        "Tower Hamlets GP Care Group is owned by local GP practices. You will be based at {site} and visit practices in the borough.",
    ),
    "LOOKAHEAD": (
        "Look Ahead Care and Support",
        "Look Ahead runs supported housing and care services across London. Your first service will be near you where possible.",
    ),
    "SENSE": (
        "Sense",
        "Sense supports people with complex disabilities. You will work in one of its London services.",
    ),
    "STCH": (
        "St Christopher's Hospice",
        "St Christopher's Hospice in {site} cares for people at the end of their lives, and for their families.",
    ),
    "KT": (
        "The King's Trust",
        "The King's Trust is a youth charity that has helped over a million young people into work. Sessions run at its {site} and at NHS sites across London.",
    ),
    "SJA": (
        "St John Ambulance",
        "St John Ambulance is the first aid charity. London volunteers meet at local units across the city.",
    ),
    "MENCAP": (
        "Mencap",
        "Mencap supports people with a learning disability to live the life they choose.",
    ),
    "UKHSA": (
        "UK Health Security Agency",
        "The UK Health Security Agency protects people from infections and other health threats. You will work at its {site} laboratories.",
    ),
    "CRICK": (
        "The Francis Crick Institute",
        "The Crick is one of Europe's biggest biomedical research labs, next to St Pancras. You will work at {site}.",
    ),
}

SITES: dict[str, list[tuple[str, str, str]]] = {}  # prefix -> [(site name, postcode, borough code)]
BOROUGH_ZONE: dict[str, str] = {}


def load_sites() -> None:
    with open(HERE / "boroughs.csv", newline="") as f:
        names = {}
        for row in csv.DictReader(f):
            BOROUGH_ZONE[row["code"]] = row["inner_outer"]
            names[row["name"]] = row["code"]
    districts = {}
    with open(HERE / "postcode_districts.csv", newline="") as f:
        for row in csv.DictReader(f):
            districts[row["outcode"]] = row["borough_code"]
    organisations = json.loads((HERE / "organisations.json").read_text())
    by_name = {o["name"]: o for o in organisations}
    for prefix, (name, _) in ORGS.items():
        org = by_name[name]
        SITES[prefix] = [
            (s["name"], s["postcode"], districts[s["postcode"].split()[0]] or names[org["borough"]])
            for s in org["sites"]
        ]
        ORG_META[prefix] = org


ORG_META: dict[str, dict[str, Any]] = {}

# --- roles ------------------------------------------------------------------------------------
# pay: ("afc", band) | ("llw",) | ("hour", min, max) | ("year", min, max) | ("none",) | None

R: dict[str, dict[str, Any]] = {}


def role(key: str, **fields: Any) -> None:
    R[key] = fields


# nursing and midwifery chain
role(
    "WEX-WARD",
    type="work_experience",
    sector="nursing",
    level=0,
    standard=None,
    title="Hospital work experience week",
    summary="Spend a week seeing what nurses, healthcare support workers and therapists really do.",
    body=[
        "You will shadow staff on a ward and in outpatients, sit in on a handover and help with simple jobs like making beds and chatting to patients. You will also meet people in roles you may not have heard of, such as phlebotomists and ward clerks. At the end you get a reference you can use on applications.",
        "This is a chance to try hospital life before you decide. You will spend each day with a different team, from the wards to the labs, and talk to staff about how they got their jobs. You will not do any hands-on care, but you will see a lot.",
    ],
    skills=["communication", "listening", "curiosity"],
    interests=["caring for people", "hospitals", "finding out about jobs"],
    entry=(0, False, 16),
    pay=("none",),
    hours=30,
    practical="It runs Monday to Friday, 9am to 3pm. Lunch is provided.",
    supports=["local_resident", "care_leaver"],
    next=["PREEMP-HCSW", "HCSW-L2"],
)
role(
    "PREEMP-HCSW",
    type="entry_route",
    sector="nursing",
    level=1,
    standard=None,
    title="Get into healthcare: pre-employment programme",
    summary="Four weeks of training and a placement, with a guaranteed interview for a healthcare support worker job at the end.",
    body=[
        "You will learn basic life support, infection control and how to help someone move safely. You will spend two weeks on a ward with a buddy. We also help you write your application and practise for your interview. Everyone who finishes gets an interview for a healthcare support worker apprenticeship.",
        "This programme is for people who want to work in a hospital but are not sure where to start. There are short classroom sessions on care skills and first aid, then a placement on a real ward. You get help with travel costs, and a mentor who checks in every week.",
    ],
    skills=["kindness", "reliability", "teamwork"],
    interests=["caring for people", "hospitals", "helping others"],
    entry=(0, False, 16),
    pay=("none",),
    hours=25,
    practical="Travel costs and lunch are paid. You can keep any benefits you get while you take part.",
    supports=["neet", "care_leaver", "refugee", "local_resident"],
    next=["HCSW-L2"],
)
role(
    "HCSW-L2",
    type="apprenticeship",
    sector="nursing",
    level=2,
    standard="ST0216",
    title="Healthcare support worker apprentice",
    summary="Care for patients on a ward while you train for a Level 2 apprenticeship.",
    body=[
        "You will help patients wash, dress and eat, check their temperature, pulse and blood pressure, and tell the nurse if something changes. A practice educator teaches you one day a week and you work alongside an experienced support worker on every shift. You do not need any qualifications to start; we will help you with English and maths if you need it.",
        "Patients on a ward need help with everyday things, and that will be your job: getting them up and about, helping at mealtimes, making sure they are comfortable and keeping them company. You will also learn clinical checks and how to write clear notes. The apprenticeship takes about a year and you are paid from day one.",
        "You will be part of the nursing team, looking after patients who are unwell or getting over an operation. Alongside your shifts you study for the Level 2 healthcare support worker standard, with a tutor who visits you at work. Many of our registered nurses started in this job.",
    ],
    skills=["personal care", "basic observations", "kindness", "teamwork"],
    interests=["caring for people", "hospitals", "helping others"],
    entry=(0, False, 18),
    pay=("afc", "2"),
    hours=37.5,
    practical="You will work a rota of early, late and some night shifts, including weekends.",
    supports=["care_leaver", "local_resident"],
    next=["SHCSW-L3"],
)
role(
    "SHCSW-L3",
    type="apprenticeship",
    sector="nursing",
    level=3,
    standard="ST0217",
    title="Senior healthcare support worker apprentice",
    summary="Take on more clinical tasks, such as taking blood and recording heart traces, on a Level 3 apprenticeship.",
    body=[
        "You will already have some care experience. Now you learn to take blood, do ECGs, care for wounds and help plan a patient's care with the nurses. You study for the Level 3 senior healthcare support worker standard over about 18 months, with one day a week set aside for learning.",
        "This role is the next step for support workers who want to do more. You will look after a small group of patients with a nurse, take blood samples, check blood sugar and help new support workers find their feet. At the end you can apply to train as a nursing associate.",
    ],
    skills=["taking blood", "ECG recording", "wound care", "supporting others"],
    interests=["caring for people", "clinical skills", "hospitals"],
    entry=(2, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Shifts are on a rota across seven days.",
    supports=["care_leaver"],
    next=["NA-L5"],
)
role(
    "NA-L5",
    type="apprenticeship",
    sector="nursing",
    level=5,
    standard="ST0827",
    title="Trainee nursing associate",
    summary="Train to become a registered nursing associate in two years, earning while you learn.",
    body=[
        "Nursing associates work with registered nurses to give hands-on care. Over two years you study a foundation degree with a university and spend most of your week at work, with placements in other services such as community nursing and mental health. When you pass, you register with the Nursing and Midwifery Council.",
        "You will learn to give medicines, spot when a patient is getting worse and explain care to patients and families. Your tutor and a practice assessor support you on placement. This is a way into registered nursing without paying university fees.",
    ],
    skills=["medicines", "clinical assessment", "communication", "record keeping"],
    interests=["nursing", "caring for people", "learning"],
    entry=(3, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Study days are paid. You keep your shifts on a rota around university days.",
    supports=[],
    next=["RNDA-L6"],
)
role(
    "RNDA-L6",
    type="apprenticeship",
    sector="nursing",
    level=6,
    standard="ST0781",
    title="Registered nurse degree apprenticeship",
    summary="Become a registered nurse with a degree, paid by your employer, in about four years (less if you are already a nursing associate).",
    body=[
        "You will study for a nursing degree with a London university while working in the trust. You choose a field: adult, children's, mental health or learning disability nursing. Your fees are paid and you earn a salary the whole time. Nursing associates can join part-way through and finish in about two years.",
        "This apprenticeship turns experience into a degree. You will spend time on placements in different wards and community teams, with a practice supervisor at each. When you finish you register with the Nursing and Midwifery Council and can apply for Band 5 nurse jobs.",
    ],
    skills=["clinical decision making", "leadership", "medicines", "care planning"],
    interests=["nursing", "caring for people", "study"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="University days are part of your working week.",
    supports=[],
    next=["DN-L7"],
)
role(
    "DN-L7",
    type="apprenticeship",
    sector="nursing",
    level=7,
    standard="ST0709",
    title="District nurse apprenticeship (specialist practitioner)",
    summary="Registered nurses: train to lead a district nursing team caring for people at home.",
    body=[
        "You must already be a registered nurse. You will learn to lead a team, manage complex care in people's homes and prescribe some medicines. The course is a master's level qualification over about two years, studied alongside your job."
    ],
    skills=["leadership", "prescribing", "complex care", "community nursing"],
    interests=["nursing", "community care", "leading a team"],
    entry=(6, True, 21),
    pay=("afc", "6"),
    hours=37.5,
    practical="You keep your current contract and pay while you train.",
    supports=[],
    next=[],
)
role(
    "ACP-L7",
    type="apprenticeship",
    sector="nursing",
    level=7,
    standard="ST0564",
    title="Advanced clinical practitioner apprenticeship",
    summary="Experienced nurses and therapists: train to assess, diagnose and treat patients at an advanced level.",
    body=[
        "You will study a master's degree over three years while working in your clinical area, such as the emergency department or urgent care. You will learn to examine patients, order tests and decide on treatment, with a senior doctor as your supervisor."
    ],
    skills=["advanced assessment", "diagnosis", "prescribing", "leadership"],
    interests=["clinical work", "study", "emergency care"],
    entry=(6, True, 21),
    pay=("afc", "7"),
    hours=37.5,
    practical="You keep your current job while you train and move to Band 8a when you qualify.",
    supports=[],
    next=[],
)
role(
    "NURSING-BSC",
    type="course",
    sector="nursing",
    level=6,
    standard=None,
    title="BSc (Hons) Nursing",
    summary="A three-year nursing degree with placements in London hospitals and community services.",
    body=[
        "You will spend half your time at university and half on placement, learning from nurses in hospitals, GP surgeries and people's homes. You can apply for the NHS Learning Support Fund, which gives at least £5,000 a year that you do not pay back. When you finish you can register as a nurse.",
        "This degree prepares you to be a registered nurse. Teaching uses simulation wards where you practise with lifelike manikins before you go on placement. Student support staff can help with money, childcare and study skills.",
    ],
    skills=["care planning", "communication", "clinical skills"],
    interests=["nursing", "study", "caring for people"],
    entry=(3, True, 18),
    pay=("none",),
    hours=None,
    practical="Courses start in September; some universities also start in January.",
    supports=["care_leaver", "young_carer"],
    next=["DN-L7"],
)
role(
    "MATSW",
    type="job",
    sector="midwifery",
    level=3,
    standard=None,
    title="Maternity support worker",
    summary="Support midwives to care for women, birthing people and their babies.",
    body=[
        "You will help new parents with feeding, check babies' temperatures, restock delivery rooms and keep people calm and comfortable. You work with midwives on the labour ward and postnatal ward. We will support you to take the senior healthcare support worker apprenticeship (maternity option) once you settle in."
    ],
    skills=["infant feeding support", "calm manner", "teamwork"],
    interests=["babies and families", "caring for people"],
    entry=(2, False, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Shifts are 12 hours, days and nights, on a rota.",
    supports=["local_resident"],
    next=["MIDWIFE-L6"],
)
role(
    "MIDWIFE-L6",
    type="apprenticeship",
    sector="midwifery",
    level=6,
    standard="ST0794",
    title="Midwife degree apprenticeship",
    summary="Train to become a registered midwife over three to four years while you earn.",
    body=[
        "You will study for a midwifery degree with a London university and learn on placements in the birth centre, labour ward and community teams. You will be with women and families through pregnancy, birth and the first weeks with a new baby. Your fees are paid and you earn a salary."
    ],
    skills=["antenatal care", "supporting birth", "communication"],
    interests=["babies and families", "study", "caring for people"],
    entry=(3, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Placements include some nights and weekends.",
    supports=[],
    next=[],
)

# pharmacy
role(
    "PSA-L2",
    type="apprenticeship",
    sector="pharmacy",
    level=2,
    standard="ST0299",
    title="Pharmacy services assistant apprentice",
    summary="Help get the right medicines to patients quickly and safely.",
    body=[
        "You will pick and pack medicines for wards, check stock and delivery dates, and help with stock in the pharmacy robot. You will learn how medicines are stored and why checking matters so much. The apprenticeship lasts about a year."
    ],
    skills=["attention to detail", "stock control", "teamwork"],
    interests=["medicines", "science", "organising"],
    entry=(0, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Mostly weekdays, with some Saturday mornings on a rota.",
    supports=["care_leaver", "local_resident"],
    next=["PTECH-L3"],
)
role(
    "PTECH-L3",
    type="apprenticeship",
    sector="pharmacy",
    level=3,
    standard="ST0300",
    title="Pre-registration trainee pharmacy technician",
    summary="Two years of training to register as a pharmacy technician with the GPhC.",
    body=[
        "You will work in the dispensary, on wards and in the aseptic unit where cancer medicines and feeds are made. You will learn to check prescriptions, talk to patients about their medicines and take medicine histories. Once registered, you can work in hospitals, GP practices or community pharmacies."
    ],
    skills=["dispensing", "accuracy", "talking to patients"],
    interests=["medicines", "science", "helping people"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="College day release, one day a week.",
    supports=[],
    next=["PHARMACIST-L7"],
)
role(
    "PHARMACIST-L7",
    type="apprenticeship",
    sector="pharmacy",
    level=7,
    standard="ST0702",
    title="Pharmacist degree apprenticeship",
    summary="Become a pharmacist through a five-year degree apprenticeship.",
    body=[
        "You will study for a master's degree in pharmacy while working in the hospital pharmacy team. You learn how medicines work in the body, how to check that doses are safe and how to advise doctors and patients. At the end you sit the registration exam."
    ],
    skills=["pharmacology", "clinical checking", "advising others"],
    interests=["medicines", "science", "study"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="University blocks are part of your paid time.",
    supports=[],
    next=[],
)
role(
    "MPHARM",
    type="course",
    sector="pharmacy",
    level=7,
    standard=None,
    title="MPharm Pharmacy",
    summary="A four-year master's degree that leads to registration as a pharmacist.",
    body=[
        "You will learn chemistry, how medicines act in the body, and how to care for patients. Placements in hospital and community pharmacies start in the first year. After the degree you do a foundation training year before registering."
    ],
    skills=["chemistry", "problem solving", "communication"],
    interests=["medicines", "science", "study"],
    entry=(3, True, 18),
    pay=("none",),
    hours=None,
    practical="You need A levels or equivalent in chemistry and one other science.",
    supports=["care_leaver"],
    next=[],
)

# healthcare science
role(
    "LAB-WEX",
    type="work_experience",
    sector="healthcare_science",
    level=0,
    standard=None,
    title="Laboratory work experience",
    summary="Three days in the hospital labs, seeing how blood and tissue samples are tested.",
    body=[
        "You will follow a sample from the ward to the result: how it is labelled, spun, tested and reported. Scientists will show you microscopes and analysers, and explain the jobs in the lab from assistant to consultant scientist."
    ],
    skills=["curiosity", "following instructions", "science"],
    interests=["science", "labs", "finding out about jobs"],
    entry=(0, False, 16),
    pay=("none",),
    hours=18,
    practical="Aimed at Year 12 and college students.",
    supports=["local_resident", "send"],
    next=["HSA-L2"],
)
role(
    "HSA-L2",
    type="apprenticeship",
    sector="healthcare_science",
    level=2,
    standard="ST0218",
    title="Healthcare science assistant apprentice",
    summary="Prepare and test samples in a hospital laboratory.",
    body=[
        "You will receive samples, book them into the lab system, load analysers and keep everything clean and stocked. Samples come from all over the hospital, so accuracy and pace both matter. You study for the Level 2 standard and can then move on to the associate apprenticeship."
    ],
    skills=["accuracy", "lab safety", "using equipment"],
    interests=["science", "labs", "technology"],
    entry=(1, True, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="The lab works 24 hours; you will do some late shifts once trained.",
    supports=["care_leaver"],
    next=["HSASSOC-L4"],
)
role(
    "HSASSOC-L4",
    type="apprenticeship",
    sector="healthcare_science",
    level=4,
    standard="ST0220",
    title="Healthcare science associate apprentice",
    summary="Run tests yourself in a specialist lab such as blood sciences or cardiac physiology.",
    body=[
        "You will carry out tests, check quality control and spot results that need a scientist's attention. Depending on your department, you might run blood tests, record heart traces or test breathing. It takes about two years and can lead to a degree apprenticeship."
    ],
    skills=["quality control", "data checking", "clinical testing"],
    interests=["science", "labs", "technology"],
    entry=(3, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Study day every week at college or university.",
    supports=[],
    next=["HSP-L6"],
)
role(
    "HSP-L6",
    type="apprenticeship",
    sector="healthcare_science",
    level=6,
    standard="ST0413",
    title="Healthcare science practitioner degree apprenticeship",
    summary="Train to register as a healthcare science practitioner, with a degree.",
    body=[
        "You will study for a BSc in a specialism such as biomedical science, cardiac physiology or audiology while working in the department. You will learn to run and report complex tests and to explain them to patients. Your fees are paid."
    ],
    skills=["analysis", "reporting results", "clinical science"],
    interests=["science", "study", "technology"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Three to four years, part-time study.",
    supports=[],
    next=["CLINSCI-L7"],
)
role(
    "CLINSCI-L7",
    type="apprenticeship",
    sector="healthcare_science",
    level=7,
    standard="ST0893",
    title="Clinical scientist apprenticeship",
    summary="Experienced science staff: train to the highest level of clinical science.",
    body=[
        "You will study at master's level and work on more complex cases, developing new tests and advising doctors on results. This is for people who already have a science degree or have finished a practitioner apprenticeship."
    ],
    skills=["research methods", "clinical leadership", "complex testing"],
    interests=["science", "research", "study"],
    entry=(6, True, 21),
    pay=("afc", "6"),
    hours=37.5,
    practical="About three years alongside your job.",
    supports=[],
    next=[],
)
role(
    "LABTECH-L3",
    type="apprenticeship",
    sector="research",
    level=3,
    standard="ST0248",
    title="Laboratory technician apprentice",
    summary="Support scientists with experiments in a research lab.",
    body=[
        "You will prepare solutions, look after cell cultures, keep equipment running and record what you do carefully. You will see how research questions turn into experiments, and how careful records make results trustworthy."
    ],
    skills=["lab techniques", "record keeping", "health and safety"],
    interests=["science", "research", "labs"],
    entry=(2, True, 16),
    pay=("year", 27000, 29500),
    hours=36,
    practical="Weekdays, flexible start times.",
    supports=["local_resident"],
    next=["LABSCI-L6"],
)
role(
    "LABSCI-L6",
    type="apprenticeship",
    sector="research",
    level=6,
    standard="ST0626",
    title="Laboratory scientist degree apprenticeship",
    summary="Earn a science degree while you work in a research lab.",
    body=[
        "You will study for a BSc over about five years, one day a week, while working in a research team. You will design small experiments, analyse data and present your results to the team."
    ],
    skills=["experimental design", "data analysis", "presenting"],
    interests=["science", "research", "study"],
    entry=(3, True, 18),
    pay=("year", 30500, 34000),
    hours=36,
    practical="Your fees are paid by your employer.",
    supports=[],
    next=["RESSCI-L7"],
)
role(
    "RESSCI-L7",
    type="apprenticeship",
    sector="research",
    level=7,
    standard="ST0759",
    title="Research scientist apprenticeship",
    summary="Lead your own research project at master's level.",
    body=[
        "You will plan and run a research project, write up your findings and learn how research is funded and checked. This is for people with a science degree or a laboratory scientist apprenticeship."
    ],
    skills=["research", "writing", "statistics"],
    interests=["science", "research"],
    entry=(6, True, 21),
    pay=("year", 38000, 42000),
    hours=36,
    practical="About two and a half years.",
    supports=[],
    next=[],
)
role(
    "CTS-L6",
    type="apprenticeship",
    sector="research",
    level=6,
    standard="ST0609",
    title="Clinical trials specialist degree apprenticeship",
    summary="Help run clinical trials that test new treatments.",
    body=[
        "You will help set up studies, check that patients have given consent properly and make sure data is recorded correctly. You will work with research nurses and doctors, and study for a degree over five years."
    ],
    skills=["organisation", "data quality", "research ethics"],
    interests=["research", "medicines", "organising"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Office based with some clinic days.",
    supports=[],
    next=[],
)
role(
    "RES-VOL",
    type="volunteering",
    sector="research",
    level=0,
    standard=None,
    title="Patient research champion (volunteer)",
    summary="Help patients understand and take part in health research.",
    body=[
        "You will talk to people in waiting areas about research, hand out information and help at public events. You will also give your views on how studies are explained to patients. Training is given and travel costs are paid."
    ],
    skills=["talking to people", "confidence", "listening"],
    interests=["research", "helping others", "talking to people"],
    entry=(0, False, 18),
    pay=("none",),
    hours=4,
    practical="A few hours a week, at times that suit you.",
    supports=["disabled", "young_carer", "local_resident"],
    next=["CTS-L6"],
)

# estates and facilities
role(
    "PORTER",
    type="job",
    sector="estates_facilities",
    level=1,
    standard=None,
    title="Hospital porter",
    summary="Move patients, equipment and supplies around the hospital.",
    body=[
        "You will take patients to scans and theatres, deliver oxygen and equipment and make sure the right things get to the right place in time. You will walk a lot and talk to lots of people. No qualifications are needed; full training is given."
    ],
    skills=["physical fitness", "reliability", "friendly manner"],
    interests=["being active", "hospitals", "helping people"],
    entry=(0, False, 18),
    pay=("afc", "2"),
    hours=37.5,
    practical="Shifts cover days, nights and weekends.",
    supports=["local_resident", "armed_forces", "ex_offender"],
    next=["FMSUP-L3"],
)
role(
    "FSO-L2",
    type="apprenticeship",
    sector="estates_facilities",
    level=2,
    standard="ST0617",
    title="Facilities services operative apprentice",
    summary="Keep the hospital safe, clean and running, and learn every part of facilities work.",
    body=[
        "You will work in portering, cleaning, post, waste and security for a few weeks each, so you learn how a big building runs. You will study for the Level 2 facilities services operative standard and can specialise afterwards."
    ],
    skills=["teamwork", "health and safety", "customer service"],
    interests=["being active", "practical work", "helping people"],
    entry=(0, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Mostly day shifts.",
    supports=["care_leaver", "neet", "local_resident"],
    next=["FMSUP-L3"],
)
role(
    "CLEAN-L2",
    type="apprenticeship",
    sector="estates_facilities",
    level=2,
    standard="ST0843",
    title="Healthcare cleaning operative apprentice",
    summary="Stop infections spreading by keeping wards and clinics properly clean.",
    body=[
        "Cleaning in a hospital is skilled work. You will learn which products and methods to use for different areas, how to clean a room after an infection, and how to work around patients respectfully. You will be part of the ward team."
    ],
    skills=["infection control", "attention to detail", "working respectfully"],
    interests=["practical work", "hospitals"],
    entry=(0, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Early or late shifts.",
    supports=["refugee", "local_resident"],
    next=["FMSUP-L3"],
)
role(
    "FMSUP-L3",
    type="apprenticeship",
    sector="estates_facilities",
    level=3,
    standard="ST0170",
    title="Facilities management supervisor apprentice",
    summary="Lead a small team and keep facilities services running smoothly.",
    body=[
        "You will plan rotas, check that work is done to standard, deal with problems and help with contracts. It suits someone who has worked in facilities and wants to move up."
    ],
    skills=["leading a team", "planning", "problem solving"],
    interests=["leading people", "organising", "buildings"],
    entry=(2, False, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Weekday role with occasional on-call.",
    supports=["armed_forces"],
    next=["FM-L4"],
)
role(
    "FM-L4",
    type="apprenticeship",
    sector="estates_facilities",
    level=4,
    standard="ST0484",
    title="Facilities manager apprentice",
    summary="Manage buildings and services across a hospital site.",
    body=[
        "You will manage budgets and contracts, plan maintenance and make sure the site meets safety rules. You study for the Level 4 facilities manager standard over two years."
    ],
    skills=["budgeting", "contract management", "health and safety law"],
    interests=["buildings", "managing", "organising"],
    entry=(3, True, 21),
    pay=("afc", "5"),
    hours=37.5,
    practical="Office and site based.",
    supports=[],
    next=[],
)
role(
    "MAINT-L3",
    type="apprenticeship",
    sector="estates_facilities",
    level=3,
    standard="ST0154",
    title="Maintenance engineering technician apprentice",
    summary="Fix and look after the heating, power and medical gas systems that keep a hospital going.",
    body=[
        "You will work with electricians, plumbers and engineers on planned checks and urgent repairs. You will learn about electrics, mechanics and the special systems hospitals need, like medical gases and backup generators. College is one day a week."
    ],
    skills=["electrics", "mechanical repair", "fault finding"],
    interests=["fixing things", "engineering", "practical work"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="About three years. Tools and workwear provided.",
    supports=["care_leaver", "armed_forces"],
    next=[],
)
role(
    "ELEC-L3",
    type="apprenticeship",
    sector="estates_facilities",
    level=3,
    standard="ST0152",
    title="Maintenance electrician apprentice",
    summary="Train as an electrician in the hospital estates team.",
    body=[
        "You will install and test lighting, sockets and alarms, and help keep operating theatres and intensive care powered at all times. You will finish as a qualified electrician with an industry card."
    ],
    skills=["electrical installation", "testing", "safe working"],
    interests=["fixing things", "engineering"],
    entry=(1, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Three and a half years, with college blocks.",
    supports=["local_resident"],
    next=[],
)

# digital
role(
    "ITTECH-L3",
    type="apprenticeship",
    sector="digital",
    level=3,
    standard="ST0505",
    title="IT solutions technician apprentice",
    summary="Help clinical staff with computers, phones and systems.",
    body=[
        "You will answer IT service desk calls, set up laptops and phones, and fix problems on wards where staff need things working straight away. You will learn about networks, security and the systems used to record patient care."
    ],
    skills=["problem solving", "IT support", "explaining things clearly"],
    interests=["computers", "technology", "helping people"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Weekdays, with an occasional weekend on a rota.",
    supports=["send", "disabled", "care_leaver"],
    next=["DATA-L4", "DTS-L6"],
)
role(
    "INFRA-L3",
    type="apprenticeship",
    sector="digital",
    level=3,
    standard="ST0125",
    title="Infrastructure technician apprentice",
    summary="Keep networks, servers and Wi-Fi running across hospital sites.",
    body=[
        "You will check networks, install equipment in comms rooms, and help move services to the cloud. You will learn how to keep systems secure and reliable when patients' care depends on them."
    ],
    skills=["networking", "hardware", "cyber security basics"],
    interests=["computers", "technology"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="About a year and a half.",
    supports=["local_resident"],
    next=["DTS-L6"],
)
role(
    "DATA-L4",
    type="apprenticeship",
    sector="digital",
    level=4,
    standard="ST0118",
    title="Data analyst apprentice",
    summary="Turn NHS data into charts and reports that help teams plan care.",
    body=[
        "You will clean and join data, build dashboards and find patterns, such as how long people wait and why. You will learn SQL and a reporting tool, and present your work to managers. Good maths skills help, but you do not need to know coding yet."
    ],
    skills=["Excel", "SQL", "data visualisation", "curiosity"],
    interests=["numbers", "computers", "solving problems"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Hybrid: some days in the office, some at home.",
    supports=["disabled"],
    next=["DTS-L6"],
)
role(
    "DTS-L6",
    type="apprenticeship",
    sector="digital",
    level=6,
    standard="ST0119",
    title="Digital and technology solutions degree apprenticeship",
    summary="Earn a computing degree while you build NHS digital services.",
    body=[
        "You will work in a digital team on real projects, such as patient apps or moving records online, while studying for a BSc. You can focus on software, data or cyber security."
    ],
    skills=["software development", "teamwork", "systems thinking"],
    interests=["computers", "technology", "study"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="About four years, fees paid.",
    supports=[],
    next=[],
)
role(
    "CYBER-L4",
    type="apprenticeship",
    sector="digital",
    level=4,
    standard="ST0124",
    title="Cyber security technologist apprentice",
    summary="Protect patient data and NHS systems from attack.",
    body=[
        "You will watch for threats, check systems for weak spots and help staff avoid scams. After the 2024 attacks on London pathology services, this work matters more than ever."
    ],
    skills=["cyber security", "attention to detail", "analysis"],
    interests=["computers", "technology", "puzzles"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Office based with some home working.",
    supports=["send"],
    next=["DTS-L6"],
)

# admin and customer service
role(
    "CS-L2",
    type="apprenticeship",
    sector="admin",
    level=2,
    standard="ST0072",
    title="Patient services apprentice (customer service)",
    summary="Be the first person patients meet: greeting, booking and helping.",
    body=[
        "You will welcome patients at reception, answer the phone, book appointments and help people find their way. Some patients are worried or unwell, so you will learn to stay calm and kind. The apprenticeship lasts about a year."
    ],
    skills=["customer service", "phone manner", "computer skills"],
    interests=["talking to people", "helping people", "organising"],
    entry=(0, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Weekdays, some evenings.",
    supports=["care_leaver", "young_carer", "local_resident"],
    next=["BA-L3"],
)
role(
    "BA-L3",
    type="apprenticeship",
    sector="admin",
    level=3,
    standard="ST0070",
    title="Business administrator apprentice",
    summary="Keep a clinical team organised: clinics, letters, records and meetings.",
    body=[
        "You will manage diaries, type clinic letters, keep records up to date and take notes in meetings. Good administration means patients get seen on time, so you will be a key part of the team. You will learn Microsoft 365 and the hospital's patient system."
    ],
    skills=["organisation", "typing", "writing"],
    interests=["organising", "computers", "working in an office"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Weekdays, 9am to 5pm.",
    supports=["disabled", "young_carer"],
    next=["TL-L3", "CODER-L3"],
)
role(
    "CODER-L3",
    type="apprenticeship",
    sector="admin",
    level=3,
    standard="ST0535",
    title="Clinical coder apprentice",
    summary="Turn patients' notes into codes that the NHS uses for funding and planning.",
    body=[
        "You will read medical records and give each diagnosis and treatment the right code. It is detailed, quiet work that needs concentration, and you will learn lots of medical words. Qualified coders are in demand across the NHS."
    ],
    skills=["attention to detail", "medical terms", "concentration"],
    interests=["puzzles", "medicine", "working quietly"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Home working is possible after training.",
    supports=["disabled", "send"],
    next=[],
)
role(
    "TL-L3",
    type="apprenticeship",
    sector="admin",
    level=3,
    standard="ST0384",
    title="Team leader apprentice",
    summary="Lead a team of administrators or receptionists.",
    body=[
        "You will organise the team's work, support people day to day and sort out problems. The apprenticeship teaches you how to give feedback, plan work and lead through change."
    ],
    skills=["leadership", "planning", "communication"],
    interests=["leading people", "organising"],
    entry=(2, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Weekdays.",
    supports=[],
    next=["OPS-L5"],
)
role(
    "OPS-L5",
    type="apprenticeship",
    sector="admin",
    level=5,
    standard="ST0385",
    title="Operations and departmental manager apprentice",
    summary="Run a service or department and improve how it works.",
    body=[
        "You will manage staff and budgets and lead projects, such as cutting waiting times in outpatients. The apprenticeship takes about two and a half years."
    ],
    skills=["management", "budgets", "improving services"],
    interests=["leading people", "organising", "solving problems"],
    entry=(3, True, 21),
    pay=("afc", "5"),
    hours=37.5,
    practical="Weekdays.",
    supports=[],
    next=[],
)
role(
    "WARDCLERK",
    type="job",
    sector="admin",
    level=2,
    standard=None,
    title="Ward clerk",
    summary="Be the organiser at the heart of a busy ward.",
    body=[
        "You will book patients in, answer the ward phone, keep notes in order and help families who visit. Nurses rely on ward clerks to know what is happening. Training is on the job."
    ],
    skills=["organisation", "friendly manner", "computer skills"],
    interests=["organising", "hospitals", "talking to people"],
    entry=(1, True, 18),
    pay=("afc", "2"),
    hours=37.5,
    practical="Day shifts, some weekends.",
    supports=["local_resident", "refugee"],
    next=["BA-L3"],
)
role(
    "CALLHANDLER-111",
    type="job",
    sector="admin",
    level=2,
    standard=None,
    title="NHS 111 health adviser",
    summary="Answer 111 calls and get people to the right care.",
    body=[
        "You will use a computer system to ask callers the right questions and send them to the service they need, such as a GP, a pharmacist or an ambulance. You get six weeks' paid training, and clinicians are always there to help."
    ],
    skills=["listening", "typing", "staying calm"],
    interests=["talking to people", "helping people"],
    entry=(1, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Shifts across seven days, including evenings.",
    supports=["disabled", "young_carer"],
    next=[],
)

# catering
role(
    "HOSP-L2",
    type="apprenticeship",
    sector="catering",
    level=2,
    standard="ST0233",
    title="Hospitality team member apprentice",
    summary="Serve food and drink to patients, staff and visitors.",
    body=[
        "You will work on the ward meal service and in the staff restaurant, making sure patients get meals that match their diets. You will learn food safety, allergy rules and customer service."
    ],
    skills=["food safety", "customer service", "teamwork"],
    interests=["food", "talking to people", "being active"],
    entry=(0, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Shifts between 7am and 8pm.",
    supports=["send", "care_leaver", "local_resident"],
    next=["CHEF-L2"],
)
role(
    "CHEF-L2",
    type="apprenticeship",
    sector="catering",
    level=2,
    standard="ST0589",
    title="Production chef apprentice",
    summary="Cook hundreds of meals a day in a hospital kitchen.",
    body=[
        "You will cook to recipes that meet patients' needs, including soft, halal, kosher and allergy-free meals. You will learn batch cooking, food safety and how to run a section of the kitchen."
    ],
    skills=["cooking", "food safety", "working fast"],
    interests=["food", "cooking", "practical work"],
    entry=(0, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Early starts; most weekends off.",
    supports=["ex_offender", "local_resident"],
    next=["SCHEF-L3"],
)
role(
    "SCHEF-L3",
    type="apprenticeship",
    sector="catering",
    level=3,
    standard="ST0232",
    title="Senior production chef apprentice",
    summary="Lead a kitchen shift and plan menus for patients.",
    body=[
        "You will supervise a small team, plan menus with dietitians and order stock. You will learn costing and how to keep standards high when feeding a whole hospital."
    ],
    skills=["menu planning", "leading a team", "stock control"],
    interests=["food", "cooking", "leading people"],
    entry=(2, False, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="About a year.",
    supports=[],
    next=[],
)
role(
    "CAFE-SEND",
    type="entry_route",
    sector="catering",
    level=1,
    standard=None,
    title="Supported internship in hospital catering",
    summary="A year in the hospital kitchens and café for young people with an EHC plan.",
    body=[
        "You will work in the café and kitchen with a job coach who helps you learn each task step by step. You will also have classroom time on travel, money and work skills. The aim is a paid job at the end."
    ],
    skills=["following routines", "customer service", "teamwork"],
    interests=["food", "talking to people"],
    entry=(0, False, 16),
    pay=("none",),
    hours=25,
    practical="Term time, Monday to Friday. Travel training is included.",
    supports=["send", "disabled"],
    next=["HOSP-L2"],
)

# social care
role(
    "CARE-VOL",
    type="volunteering",
    sector="social_care",
    level=0,
    standard=None,
    title="Befriending volunteer",
    summary="Visit an older or disabled person each week for a chat and company.",
    body=[
        "Many people who get care at home see few visitors. You will spend an hour or two a week with someone, chatting, playing games or going for a walk. We train you, check in often and pay your travel."
    ],
    skills=["listening", "patience", "kindness"],
    interests=["helping others", "older people", "talking to people"],
    entry=(0, False, 18),
    pay=("none",),
    hours=2,
    practical="You choose a time that fits around school, college or work.",
    supports=["young_carer", "refugee", "disabled"],
    next=["ACW-L2"],
)
role(
    "ACW-L2",
    type="apprenticeship",
    sector="social_care",
    level=2,
    standard="ST0005",
    title="Adult care worker apprentice",
    summary="Support adults to live well at home or in supported housing.",
    body=[
        "You will help people with washing, meals, medicines and getting out and about, always in the way they choose. You will learn how to respect people's rights and keep them safe. Shifts are often in the community, so you will travel between visits.",
        "You will support people with learning disabilities or mental health needs in the place they live, helping them cook, shop, manage money and take part in things they enjoy. Every day is different. You study for the Level 2 adult care worker apprenticeship.",
    ],
    skills=["personal care", "respect", "patience"],
    interests=["caring for people", "helping others", "working in the community"],
    entry=(0, False, 18),
    pay=("llw",),
    hours=37.5,
    practical="Paid at least the London Living Wage, with travel time paid.",
    supports=["care_leaver", "young_carer", "local_resident"],
    next=["LACW-L3"],
)
role(
    "LACW-L3",
    type="apprenticeship",
    sector="social_care",
    level=3,
    standard="ST0006",
    title="Lead adult care worker apprentice",
    summary="Take the lead on care plans and support newer care workers.",
    body=[
        "You will write and review care plans with the people you support and their families, lead shifts and help train new staff. It is the step up for care workers who want more responsibility."
    ],
    skills=["care planning", "leadership", "safeguarding"],
    interests=["caring for people", "leading people"],
    entry=(2, False, 18),
    pay=("hour", 14.60, 15.90),
    hours=37.5,
    practical="About 18 months.",
    supports=[],
    next=["SW-L6"],
)
role(
    "SW-L6",
    type="apprenticeship",
    sector="social_care",
    level=6,
    standard="ST0510",
    title="Social worker degree apprenticeship",
    summary="Become a qualified social worker with a degree, paid by the council.",
    body=[
        "You will study for a social work degree while working in adult or children's social care. You will learn the law, how to assess needs and how to protect people at risk. When you finish you register with Social Work England."
    ],
    skills=["assessment", "safeguarding", "writing reports"],
    interests=["helping others", "fairness", "study"],
    entry=(3, True, 18),
    pay=("year", 29500, 33500),
    hours=36,
    practical="Three years. Fees paid.",
    supports=["care_leaver"],
    next=[],
)
role(
    "REABLE",
    type="job",
    sector="social_care",
    level=2,
    standard=None,
    title="Reablement support worker",
    summary="Help people get their confidence back after a stay in hospital.",
    body=[
        "You will visit people at home for up to six weeks after they leave hospital, helping them relearn everyday tasks like making a cup of tea or getting dressed. You work with occupational therapists and see people get better."
    ],
    skills=["encouragement", "personal care", "driving (helpful)"],
    interests=["caring for people", "working in the community"],
    entry=(0, False, 18),
    pay=("hour", 14.20, 15.40),
    hours=30,
    practical="Shifts 7am to 10pm, with every other weekend.",
    supports=["local_resident", "armed_forces"],
    next=["LACW-L3"],
)

# mental health
role(
    "MH-PEER-VOL",
    type="volunteering",
    sector="mental_health",
    level=0,
    standard=None,
    title="Mental health peer support volunteer",
    summary="Use your own experience of mental health problems to support others.",
    body=[
        "You will run activity groups on a ward or in a community centre and be someone patients can talk to who has been there. You get full training, regular supervision and travel costs. Many volunteers go on to paid peer support work."
    ],
    skills=["listening", "lived experience", "boundaries"],
    interests=["mental health", "helping others"],
    entry=(0, False, 18),
    pay=("none",),
    hours=4,
    practical="Half a day a week for at least six months.",
    supports=["disabled", "neet"],
    next=["PEER-WORKER"],
)
role(
    "PEER-WORKER",
    type="job",
    sector="mental_health",
    level=3,
    standard=None,
    title="Peer support worker",
    summary="A paid job using your lived experience to help people recover.",
    body=[
        "You will meet people one to one, help them set goals and link them with groups and services. You will be part of a community mental health team and get regular supervision with other peer workers. Lived experience of mental ill health is essential for this role."
    ],
    skills=["lived experience", "goal setting", "empathy"],
    interests=["mental health", "helping others", "talking to people"],
    entry=(0, False, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Weekdays, part time considered.",
    supports=["disabled"],
    next=["PWP-L6"],
)
role(
    "MHSW",
    type="job",
    sector="mental_health",
    level=2,
    standard=None,
    title="Mental health healthcare assistant",
    summary="Support people on a mental health ward to stay safe and get well.",
    body=[
        "You will spend time with patients, join in activities, help with meals and watch closely for signs that someone is struggling. You will learn how to calm tense situations. Training includes the Care Certificate."
    ],
    skills=["staying calm", "observation", "empathy"],
    interests=["mental health", "caring for people"],
    entry=(0, False, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Long days and nights on a rota.",
    supports=["local_resident", "armed_forces"],
    next=["RNDA-L6", "PWP-L6"],
)
role(
    "PWP-L6",
    type="apprenticeship",
    sector="mental_health",
    level=6,
    standard="ST0568",
    title="Psychological wellbeing practitioner apprentice",
    summary="Give talking therapy support to people with anxiety and depression.",
    body=[
        "You will work in a Talking Therapies service, helping people with guided self-help based on CBT, by phone, video or face to face. The training is a one-year university programme, and you see clients from early on with close supervision."
    ],
    skills=["CBT skills", "assessment", "empathy"],
    interests=["mental health", "psychology", "talking to people"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="One year, then a Band 5 job.",
    supports=[],
    next=[],
)
role(
    "CAMHS-WEX",
    type="work_experience",
    sector="mental_health",
    level=0,
    standard=None,
    title="Young people's mental health taster day",
    summary="Find out about jobs in children's mental health services.",
    body=[
        "You will hear from psychologists, nurses, family therapists and youth workers about what they do, and try some activities they use with young people. It is a good start if you are thinking about psychology or mental health nursing."
    ],
    skills=["curiosity", "listening"],
    interests=["mental health", "psychology", "young people"],
    entry=(0, False, 16),
    pay=("none",),
    hours=6,
    practical="One day in a school holiday.",
    supports=["young_carer", "care_leaver"],
    next=["MHSW"],
)

# ambulance
role(
    "SJA-VOL",
    type="volunteering",
    sector="ambulance",
    level=0,
    standard=None,
    title="First aid volunteer",
    summary="Learn first aid and help at events across London.",
    body=[
        "You will train in first aid and then give care at concerts, football matches and community events. Some volunteers support London Ambulance Service crews. It is a great way to find out if emergency care is for you."
    ],
    skills=["first aid", "staying calm", "teamwork"],
    interests=["emergency care", "helping others", "events"],
    entry=(0, False, 16),
    pay=("none",),
    hours=4,
    practical="Choose the events you can do. Uniform and training are free.",
    supports=["young_carer", "local_resident"],
    next=["EMD", "ASW-L3"],
)
role(
    "EMD",
    type="job",
    sector="ambulance",
    level=2,
    standard=None,
    title="Emergency call handler (999)",
    summary="Answer 999 calls and send help to Londoners.",
    body=[
        "You will take 999 calls, ask the right questions quickly and give life-saving advice over the phone, such as how to do CPR, until a crew arrives. Training lasts about six weeks. You need to stay calm under pressure and type fast."
    ],
    skills=["staying calm", "typing", "clear speaking"],
    interests=["emergency care", "helping people", "talking to people"],
    entry=(1, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Shifts across 24 hours, seven days.",
    supports=["armed_forces", "disabled"],
    next=["ASW-L3"],
)
role(
    "ASW-L3",
    type="apprenticeship",
    sector="ambulance",
    level=3,
    standard="ST0627",
    title="Ambulance support worker apprentice",
    summary="Work on an ambulance crew and drive under blue lights.",
    body=[
        "You will work alongside paramedics, giving care and helping patients into the ambulance. You will learn driving skills, first aid and how to handle emergencies. You need a full manual driving licence before you start training."
    ],
    skills=["driving", "first aid", "teamwork"],
    interests=["emergency care", "driving", "being active"],
    entry=(2, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Shift work across London.",
    supports=["armed_forces"],
    next=["AAP-L4"],
)
role(
    "AAP-L4",
    type="apprenticeship",
    sector="ambulance",
    level=4,
    standard="ST0287",
    title="Associate ambulance practitioner apprentice",
    summary="Respond to 999 calls and treat patients as part of an emergency crew.",
    body=[
        "You will assess and treat patients at home and in the street, give some medicines and decide with the paramedic whether they need hospital. Training includes blue light driving. You need a C1 driving licence category."
    ],
    skills=["patient assessment", "emergency driving", "decision making"],
    interests=["emergency care", "driving"],
    entry=(3, True, 21),
    pay=("afc", "4"),
    hours=37.5,
    practical="About 18 months on shifts.",
    supports=["armed_forces"],
    next=["PARA-L6"],
)
role(
    "PARA-L6",
    type="apprenticeship",
    sector="ambulance",
    level=6,
    standard="ST0567",
    title="Paramedic degree apprenticeship",
    summary="Qualify as a registered paramedic while working for the ambulance service.",
    body=[
        "You will study a paramedic science degree while working on the road. You will learn advanced assessment, how to manage trauma and cardiac arrests, and how to care for people who do not need hospital. When you finish you register with the HCPC."
    ],
    skills=["advanced life support", "clinical reasoning", "leadership"],
    interests=["emergency care", "study"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Three years, then Band 5 and Band 6 roles.",
    supports=[],
    next=[],
)
role(
    "BSC-PARA",
    type="course",
    sector="ambulance",
    level=6,
    standard=None,
    title="BSc (Hons) Paramedic Science",
    summary="A three-year degree that leads to registration as a paramedic.",
    body=[
        "You will learn anatomy, pharmacology and emergency care, then practise on placements with ambulance crews and in emergency departments. You can get the NHS Learning Support Fund."
    ],
    skills=["emergency care", "anatomy", "teamwork"],
    interests=["emergency care", "study", "science"],
    entry=(3, True, 18),
    pay=("none",),
    hours=None,
    practical="Starts in September.",
    supports=["care_leaver", "armed_forces"],
    next=[],
)

# dental
role(
    "DN-L3",
    type="apprenticeship",
    sector="dental",
    level=3,
    standard="ST0113",
    title="Dental nurse apprentice",
    summary="Help dentists treat patients and learn to register as a dental nurse.",
    body=[
        "You will get the surgery ready, pass instruments, keep notes and help patients feel calm in the chair. You will learn about infection control, X-rays and oral health. At the end you register with the General Dental Council."
    ],
    skills=["infection control", "reassuring people", "teamwork"],
    interests=["dentistry", "caring for people", "science"],
    entry=(2, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Weekdays, about 18 months.",
    supports=["care_leaver", "local_resident"],
    next=["OHP-L4"],
)
role(
    "OHP-L4",
    type="apprenticeship",
    sector="dental",
    level=4,
    standard="ST0542",
    title="Oral health practitioner apprentice",
    summary="Registered dental nurses: learn to give fluoride treatments and teach people about oral health.",
    body=[
        "You will apply fluoride varnish and fissure sealants, take impressions and run oral health sessions in schools and care homes. It builds on your dental nurse registration."
    ],
    skills=["oral health education", "clinical skills", "presenting"],
    interests=["dentistry", "teaching", "children"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="About 14 months.",
    supports=[],
    next=[],
)
role(
    "DLA-L3",
    type="apprenticeship",
    sector="dental",
    level=3,
    standard="ST0110",
    title="Dental laboratory assistant apprentice",
    summary="Help make crowns, dentures and braces in a dental lab.",
    body=[
        "You will cast models, prepare materials and look after equipment while technicians teach you. It suits people who like detailed work with their hands."
    ],
    skills=["working with your hands", "precision", "patience"],
    interests=["making things", "dentistry", "art and design"],
    entry=(1, False, 16),
    pay=("afc", "2"),
    hours=37.5,
    practical="Weekdays in the lab.",
    supports=["send", "disabled"],
    next=["DTECH-L5"],
)
role(
    "DTECH-L5",
    type="apprenticeship",
    sector="dental",
    level=5,
    standard="ST0108",
    title="Dental technician apprentice",
    summary="Design and make dental appliances, and register with the GDC.",
    body=[
        "You will make crowns, bridges, dentures and orthodontic braces, using both traditional skills and digital design. You study for a foundation degree over about three years."
    ],
    skills=["digital design", "precision", "problem solving"],
    interests=["making things", "technology", "dentistry"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Three years.",
    supports=[],
    next=[],
)
role(
    "BDS",
    type="course",
    sector="dental",
    level=7,
    standard=None,
    title="Bachelor of Dental Surgery (BDS)",
    summary="A five-year degree to become a dentist.",
    body=[
        "You will treat patients under supervision from early in the course, in one of the UK's largest dental teaching hospitals. Widening participation schemes give extra support and lower offers for some applicants from state schools in London."
    ],
    skills=["science", "fine hand skills", "communication"],
    interests=["dentistry", "science", "study"],
    entry=(3, True, 18),
    pay=("none",),
    hours=None,
    practical="Entry needs high A level grades, including chemistry or biology.",
    supports=["care_leaver", "young_carer", "local_resident"],
    next=[],
)

# children and young people
role(
    "TA-L3",
    type="apprenticeship",
    sector="children_young_people",
    level=3,
    standard="ST0454",
    title="Teaching assistant apprentice (SEND support)",
    summary="Support pupils with special educational needs to learn and take part.",
    body=[
        "You will work with small groups and individual pupils, some with autism or speech and language needs, helping them with reading, maths and everyday routines. You will learn how therapists' advice turns into classroom support."
    ],
    skills=["patience", "explaining things", "teamwork"],
    interests=["children", "teaching", "helping others"],
    entry=(2, True, 16),
    pay=("hour", LLW, 14.60),
    hours=32.5,
    practical="Term time only, 8.30am to 3.30pm.",
    supports=["local_resident"],
    next=[],
)
role(
    "EYP-L2",
    type="apprenticeship",
    sector="children_young_people",
    level=2,
    standard="ST0888",
    title="Early years practitioner apprentice",
    summary="Care for babies and young children in a nursery.",
    body=[
        "You will play with children, help them learn to talk and share, change nappies and serve meals. You work in the nursery for the children of hospital and council staff, so you are part of a big team."
    ],
    skills=["play", "patience", "safeguarding"],
    interests=["children", "caring for people", "being creative"],
    entry=(0, False, 16),
    pay=("llw",),
    hours=37.5,
    practical="Shifts between 7am and 7pm.",
    supports=["care_leaver", "young_carer"],
    next=["EYE-L3"],
)
role(
    "EYE-L3",
    type="apprenticeship",
    sector="children_young_people",
    level=3,
    standard="ST0135",
    title="Early years educator apprentice",
    summary="Plan activities and lead the care of children in a nursery room.",
    body=[
        "You will plan play and learning for your key children, track their development and talk with parents. You study for the Level 3 early years educator qualification, which lets you count in the nursery's staff ratios."
    ],
    skills=["planning activities", "child development", "talking with parents"],
    interests=["children", "teaching"],
    entry=(2, True, 16),
    pay=("hour", 14.20, 15.10),
    hours=37.5,
    practical="About 18 months.",
    supports=[],
    next=[],
)
role(
    "PLAY-L5",
    type="apprenticeship",
    sector="children_young_people",
    level=5,
    standard="ST0829",
    title="Health play specialist apprentice",
    summary="Use play to help children cope with hospital treatment.",
    body=[
        "You will prepare children for operations and blood tests using dolls and games, distract them during procedures and make wards less scary. You study for a foundation degree while you work."
    ],
    skills=["play", "reassuring children", "creativity"],
    interests=["children", "being creative", "hospitals"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Two years.",
    supports=[],
    next=[],
)
role(
    "YSW-L3",
    type="apprenticeship",
    sector="children_young_people",
    level=3,
    standard="ST0906",
    title="Youth support worker apprentice",
    summary="Support teenagers through youth clubs and one-to-one work.",
    body=[
        "You will run sessions in youth centres, help young people with problems at school or home, and link them to services such as sexual health clinics or mental health support. You study for the Level 3 youth support worker standard."
    ],
    skills=["building trust", "listening", "organising activities"],
    interests=["young people", "helping others", "sport and activities"],
    entry=(2, False, 18),
    pay=("llw",),
    hours=35,
    practical="Evenings and some weekends.",
    supports=["care_leaver", "local_resident"],
    next=["YW-L6"],
)
role(
    "YW-L6",
    type="apprenticeship",
    sector="children_young_people",
    level=6,
    standard="ST0522",
    title="Youth worker degree apprenticeship",
    summary="Qualify as a professional youth worker with a degree.",
    body=[
        "You will lead youth work projects and study for a JNC-recognised degree over three years. You will learn about youth participation, safeguarding and working with communities."
    ],
    skills=["leadership", "safeguarding", "project planning"],
    interests=["young people", "study", "communities"],
    entry=(3, True, 18),
    pay=("year", 30000, 33000),
    hours=36,
    practical="Three years, fees paid.",
    supports=[],
    next=[],
)
role(
    "TLEVEL-EY",
    type="course",
    sector="children_young_people",
    level=3,
    standard=None,
    title="T Level in Education and Early Years",
    summary="A two-year course with a long placement in a nursery or school.",
    body=[
        "You will study child development and how children learn, and spend at least 750 hours on placement. The T Level is worth the same as three A levels and can lead to a job or university."
    ],
    skills=["child development", "planning", "teamwork"],
    interests=["children", "teaching"],
    entry=(2, True, 16),
    pay=("none",),
    hours=None,
    practical="Full time, starts in September.",
    supports=["send"],
    next=["EYE-L3"],
)

# allied health and medical
role(
    "TA-THERAPY",
    type="job",
    sector="allied_health",
    level=3,
    standard=None,
    title="Therapy assistant (physiotherapy and occupational therapy)",
    summary="Help patients move, walk and get ready to go home.",
    body=[
        "You will help patients practise walking and exercises, fit walking aids and check people's homes are safe for them to return to. You work with physiotherapists and occupational therapists and learn a lot about rehabilitation."
    ],
    skills=["encouragement", "physical activity", "teamwork"],
    interests=["sport and fitness", "helping people", "caring for people"],
    entry=(2, False, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Weekdays, with a weekend rota.",
    supports=["armed_forces", "local_resident"],
    next=["PHYSIO-L6", "OT-L6"],
)
role(
    "PHYSIO-L6",
    type="apprenticeship",
    sector="allied_health",
    level=6,
    standard="ST0519",
    title="Physiotherapist degree apprenticeship",
    summary="Become a registered physiotherapist while you work.",
    body=[
        "You will study a physiotherapy degree over about four years, with placements in wards, outpatients and the community. You learn to help people recover movement after injury, illness or surgery."
    ],
    skills=["anatomy", "exercise therapy", "motivating people"],
    interests=["sport and fitness", "science", "study"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Four years, fees paid.",
    supports=[],
    next=[],
)
role(
    "OT-L6",
    type="apprenticeship",
    sector="allied_health",
    level=6,
    standard="ST0517",
    title="Occupational therapist degree apprenticeship",
    summary="Help people do the everyday things that matter to them.",
    body=[
        "You will learn to assess what stops someone doing daily tasks and find solutions, from equipment to new ways of doing things. You study a degree while working in the therapy team."
    ],
    skills=["problem solving", "assessment", "creativity"],
    interests=["helping people", "being creative", "study"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Four years.",
    supports=[],
    next=[],
)
role(
    "ODP-L6",
    type="apprenticeship",
    sector="allied_health",
    level=6,
    standard="ST0582",
    title="Operating department practitioner degree apprenticeship",
    summary="Work in operating theatres, caring for patients before, during and after surgery.",
    body=[
        "You will learn to help the anaesthetist, assist the surgeon and look after patients as they wake up. You study a degree over three years while working in theatres."
    ],
    skills=["staying calm", "teamwork", "precision"],
    interests=["surgery", "science", "hospitals"],
    entry=(3, True, 18),
    pay=("afc", "3"),
    hours=37.5,
    practical="Theatre shifts, some on-call later.",
    supports=[],
    next=[],
)
role(
    "RADIO-L6",
    type="apprenticeship",
    sector="allied_health",
    level=6,
    standard="ST0619",
    title="Diagnostic radiographer degree apprenticeship",
    summary="Take X-rays, CT and MRI scans that help doctors find what is wrong.",
    body=[
        "You will learn to position patients, use scanners safely and check that images are good enough to report. You study a degree while you work in the imaging department."
    ],
    skills=["technology", "reassuring patients", "accuracy"],
    interests=["technology", "science", "hospitals"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Three years.",
    supports=[],
    next=[],
)
role(
    "AP-L5",
    type="apprenticeship",
    sector="allied_health",
    level=5,
    standard="ST0215",
    title="Assistant practitioner apprentice",
    summary="Take on tasks usually done by registered professionals, in therapy or imaging.",
    body=[
        "You will carry out assessments and treatments that a therapist or radiographer has planned, and teach patients exercises or prepare them for scans. You study for a foundation degree over two years."
    ],
    skills=["clinical skills", "working on your own", "record keeping"],
    interests=["helping people", "clinical work"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Two years.",
    supports=[],
    next=["PHYSIO-L6", "RADIO-L6"],
)
role(
    "PA-L7",
    type="apprenticeship",
    sector="medical",
    level=7,
    standard="ST0518",
    title="Physician associate apprenticeship",
    summary="Science graduates: train to work alongside doctors, assessing and treating patients.",
    body=[
        "You will study a master's degree while working in medical and surgical teams, learning to take histories, examine patients and plan care under a doctor's supervision. You need a life sciences degree to apply."
    ],
    skills=["clinical assessment", "medical knowledge", "teamwork"],
    interests=["medicine", "science", "study"],
    entry=(6, True, 21),
    pay=("afc", "5"),
    hours=37.5,
    practical="Two years, then registration with the GMC.",
    supports=[],
    next=[],
)
role(
    "MED-SUMMER",
    type="course",
    sector="medical",
    level=3,
    standard=None,
    title="Medicine and dentistry summer school",
    summary="A free week at a medical school for Year 12 students from London state schools.",
    body=[
        "You will try clinical skills like taking a pulse, hear from students and doctors, and get help with personal statements and interviews. Places go first to students who would be the first in their family at university, young carers and care-experienced students."
    ],
    skills=["curiosity", "science", "teamwork"],
    interests=["medicine", "science", "finding out about jobs"],
    entry=(2, True, 16),
    pay=("none",),
    hours=30,
    practical="One week in July. Lunch and travel are paid.",
    supports=["care_leaver", "young_carer", "local_resident"],
    next=["BDS"],
)
role(
    "EXTENDED-MED",
    type="course",
    sector="medical",
    level=6,
    standard=None,
    title="Extended medical degree (MBBS with a gateway year)",
    summary="A six-year medical degree for students from under-represented groups.",
    body=[
        "The first year builds your science and study skills, then you join the five-year medicine course. Entry grades are lower than the standard course, and there is extra support throughout. You must meet the widening participation criteria."
    ],
    skills=["science", "resilience", "communication"],
    interests=["medicine", "science", "study"],
    entry=(3, True, 18),
    pay=("none",),
    hours=None,
    practical="Apply through UCAS by 15 October.",
    supports=["care_leaver", "young_carer", "refugee", "local_resident"],
    next=[],
)

# public health
role(
    "PHP-L6",
    type="apprenticeship",
    sector="public_health",
    level=6,
    standard="ST0631",
    title="Public health practitioner degree apprenticeship",
    summary="Work to prevent illness across a whole borough, not just one patient at a time.",
    body=[
        "You will help run projects on things like smoking, healthy weight or vaccination uptake, use data to find who is missing out and work with community groups. You study for a degree while working in the public health team."
    ],
    skills=["data", "community engagement", "project work"],
    interests=["communities", "fairness", "science"],
    entry=(3, True, 18),
    pay=("year", 33000, 37500),
    hours=36,
    practical="Three years, fees paid.",
    supports=[],
    next=[],
)
role(
    "HEALTH-CHAMP",
    type="volunteering",
    sector="public_health",
    level=0,
    standard=None,
    title="Community health champion (volunteer)",
    summary="Share health information in your community and in your languages.",
    body=[
        "You will talk to people at markets, places of worship and community events about things like cancer screening and vaccines, and bring their questions back to the health team. Speaking a community language is a big help. Training and travel are paid."
    ],
    skills=["talking to people", "community languages", "confidence"],
    interests=["communities", "helping others", "talking to people"],
    entry=(0, False, 16),
    pay=("none",),
    hours=3,
    practical="Flexible, at events that suit you.",
    supports=["refugee", "local_resident", "young_carer"],
    next=["PHP-L6"],
)
role(
    "LAB-PH-L3",
    type="apprenticeship",
    sector="public_health",
    level=3,
    standard="ST0248",
    title="Public health laboratory technician apprentice",
    summary="Test samples that help track infections like flu and measles.",
    body=[
        "You will prepare media, process samples and keep records in a national reference laboratory. You will learn about microbiology and why careful lab work protects the whole country."
    ],
    skills=["microbiology", "accuracy", "lab safety"],
    interests=["science", "labs", "public health"],
    entry=(2, True, 16),
    pay=("year", 26500, 28500),
    hours=37,
    practical="Weekdays; about 18 months.",
    supports=["local_resident"],
    next=["LABSCI-L6"],
)

# finance and HR
role(
    "AAT-L3",
    type="apprenticeship",
    sector="finance_hr",
    level=3,
    standard="ST0002",
    title="Assistant accountant apprentice",
    summary="Learn accounting in an NHS finance team.",
    body=[
        "You will process invoices, check budgets and help managers understand their spending. You will study for an accounting qualification (AAT) and see how money flows through a big organisation."
    ],
    skills=["numbers", "Excel", "accuracy"],
    interests=["numbers", "working in an office", "organising"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Hybrid working after your first months.",
    supports=["care_leaver", "disabled"],
    next=["ACCT-L4"],
)
role(
    "ACCT-L4",
    type="apprenticeship",
    sector="finance_hr",
    level=4,
    standard="ST0003",
    title="Accounting technician apprentice",
    summary="Take on budget reporting and management accounts.",
    body=[
        "You will prepare monthly reports for departments, forecast spending and help with year-end accounts. You finish with a Level 4 accounting qualification."
    ],
    skills=["financial reporting", "forecasting", "Excel"],
    interests=["numbers", "solving problems"],
    entry=(3, True, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="About 18 months.",
    supports=[],
    next=["ACCPROF-L7"],
)
role(
    "ACCPROF-L7",
    type="apprenticeship",
    sector="finance_hr",
    level=7,
    standard="ST0001",
    title="Accountancy professional apprenticeship",
    summary="Become a chartered accountant through the NHS Finance Leadership route.",
    body=[
        "You will study for a professional qualification such as CIMA, ACCA or CIPFA while rotating around finance teams. It is demanding, with exams and a full-time job, and leads to senior finance roles."
    ],
    skills=["financial strategy", "analysis", "leadership"],
    interests=["numbers", "business", "study"],
    entry=(4, True, 21),
    pay=("afc", "5"),
    hours=37.5,
    practical="About three years.",
    supports=[],
    next=[],
)
role(
    "HRSUP-L3",
    type="apprenticeship",
    sector="finance_hr",
    level=3,
    standard="ST0239",
    title="HR support apprentice",
    summary="Help recruit and look after the people who work in the NHS.",
    body=[
        "You will set up interviews, do pre-employment checks, answer staff questions and keep records confidential. You will learn employment law basics and how good HR makes a workplace fair."
    ],
    skills=["confidentiality", "organisation", "communication"],
    interests=["people", "working in an office", "fairness"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Weekdays, hybrid.",
    supports=["young_carer", "local_resident"],
    next=["HRCON-L5"],
)
role(
    "HRCON-L5",
    type="apprenticeship",
    sector="finance_hr",
    level=5,
    standard="ST0238",
    title="HR consultant apprentice",
    summary="Advise managers on staff issues and workforce plans.",
    body=[
        "You will give advice on policies, support managers with difficult conversations and work on projects such as making recruitment fairer. You study for a CIPD Level 5 qualification."
    ],
    skills=["advising", "employment law", "problem solving"],
    interests=["people", "fairness"],
    entry=(3, True, 21),
    pay=("afc", "5"),
    hours=37.5,
    practical="About two and a half years.",
    supports=[],
    next=[],
)
role(
    "PAYROLL-L3",
    type="apprenticeship",
    sector="finance_hr",
    level=3,
    standard="ST0073",
    title="Payroll administrator apprentice",
    summary="Make sure thousands of staff are paid right and on time.",
    body=[
        "You will enter changes to pay, overtime and sickness, check calculations and answer questions from staff. Payroll needs care and accuracy, and you will learn tax and pension rules."
    ],
    skills=["accuracy", "numbers", "confidentiality"],
    interests=["numbers", "organising"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Weekdays.",
    supports=["disabled"],
    next=["ACCT-L4"],
)

# entry routes for particular groups
role(
    "SEARCH-INTERN",
    type="entry_route",
    sector="admin",
    level=1,
    standard=None,
    title="Supported internship for young people with learning disabilities",
    summary="A year of real work in the hospital, with a job coach, for young people aged 17 to 24 with an EHC plan.",
    body=[
        "You will do three work placements in different departments, such as the post room, pharmacy stores or patient records. A job coach works beside you and a tutor teaches work skills each morning. Most interns get a paid job at the end."
    ],
    skills=["following routines", "reliability", "teamwork"],
    interests=["hospitals", "working with others", "organising"],
    entry=(0, False, 17),
    pay=("none",),
    hours=30,
    practical="Term time, September to July. Travel training is included.",
    supports=["send", "disabled"],
    next=["CS-L2", "HOSP-L2"],
)
role(
    "STEP-HEALTH",
    type="entry_route",
    sector="admin",
    level=2,
    standard=None,
    title="Step into Health for armed forces leavers",
    summary="Use your military skills in an NHS job, with insight days and work placements.",
    body=[
        "If you are leaving or have left the armed forces, or are a family member, you will get an NHS mentor, insight days in different departments and help to match your experience to NHS roles, from estates and logistics to clinical work."
    ],
    skills=["leadership", "discipline", "logistics"],
    interests=["finding out about jobs", "leading people"],
    entry=(0, False, 18),
    pay=("none",),
    hours=None,
    practical="Flexible, around your resettlement.",
    supports=["armed_forces"],
    next=["FMSUP-L3", "TL-L3", "EMD"],
)
role(
    "REFUGEE-HCP",
    type="entry_route",
    sector="nursing",
    level=6,
    standard=None,
    title="Refugee healthcare professionals programme",
    summary="Help for refugee nurses and doctors to register and work in the NHS.",
    body=[
        "You will get English language support for the OET or IELTS, help with registration steps and costs, and a paid clinical attachment when you are ready. Many people on this programme start as healthcare support workers while they register."
    ],
    skills=["clinical experience", "English for healthcare", "resilience"],
    interests=["nursing", "medicine", "caring for people"],
    entry=(6, False, 18),
    pay=("none",),
    hours=None,
    practical="You must have refugee status or humanitarian protection, and a health qualification from abroad.",
    supports=["refugee"],
    next=["HCSW-L2"],
)
role(
    "CARE-LEAVER-INTERN",
    type="entry_route",
    sector="admin",
    level=1,
    standard=None,
    title="Care leavers' paid internship",
    summary="Six months of paid work in NHS teams, with a mentor, for care-experienced young people.",
    body=[
        "You will try two different departments, such as admin and estates, and get a mentor who has been in care or supports care leavers. You will also get help with housing, money and a bank account if you need it. At the end you are guaranteed an interview for an apprenticeship."
    ],
    skills=["reliability", "teamwork", "communication"],
    interests=["finding out about jobs", "working with others"],
    entry=(0, False, 16),
    pay=("llw",),
    hours=30,
    practical="Flexible hours to fit around other commitments.",
    supports=["care_leaver"],
    next=["CS-L2", "FSO-L2", "HCSW-L2"],
)
role(
    "YOUNG-CARER-FLEX",
    type="entry_route",
    sector="social_care",
    level=1,
    standard=None,
    title="Flexible start in care for young carers",
    summary="Part-time paid care work with hours that fit around caring at home.",
    body=[
        "You already know a lot about care. You will work short shifts that you choose, with a named manager who understands caring at home, and get the Care Certificate. If you want more hours later, you can move onto the apprenticeship."
    ],
    skills=["caring", "organisation", "empathy"],
    interests=["caring for people", "helping others"],
    entry=(0, False, 16),
    pay=("llw",),
    hours=16,
    practical="From 8 hours a week. You can change your hours at short notice.",
    supports=["young_carer"],
    next=["ACW-L2"],
)

# college courses
role(
    "ACCESS-HE",
    type="course",
    sector="nursing",
    level=3,
    standard=None,
    title="Access to Higher Education Diploma (Health Professions)",
    summary="A one-year course for adults that gets you ready for a nursing, midwifery or therapy degree.",
    body=[
        "You will study biology, psychology and health, and learn how to write essays and revise. It is made for people aged 19 or over who left school without the grades for university. Many London universities accept it for health degrees."
    ],
    skills=["study skills", "biology", "essay writing"],
    interests=["study", "nursing", "science"],
    entry=(2, True, 18),
    pay=("none",),
    hours=16,
    practical="Part-time days or evenings. An Advanced Learner Loan is written off if you finish a degree.",
    supports=["young_carer", "refugee"],
    next=["NURSING-BSC"],
)
role(
    "TLEVEL-HEALTH",
    type="course",
    sector="nursing",
    level=3,
    standard=None,
    title="T Level in Health",
    summary="A two-year course with a hospital placement, instead of A levels.",
    body=[
        "You will learn about the body, health and care, and spend about 45 days on placement in the NHS. You choose an option such as supporting the adult nursing team or mental health. It is worth the same as three A levels."
    ],
    skills=["care skills", "science", "teamwork"],
    interests=["caring for people", "science", "study"],
    entry=(2, True, 16),
    pay=("none",),
    hours=None,
    practical="Full time, starts in September.",
    supports=["send"],
    next=["NURSING-BSC", "HCSW-L2"],
)
role(
    "HSC-L1",
    type="course",
    sector="social_care",
    level=1,
    standard=None,
    title="Introduction to Health and Social Care (Level 1)",
    summary="A one-year starter course if you want to work in care but need to build up your qualifications.",
    body=[
        "You will learn about caring for people, staying safe and healthy living, and improve your English and maths. You will go on visits to care homes and hospitals. It can lead to a Level 2 course or an apprenticeship."
    ],
    skills=["caring", "English", "maths"],
    interests=["caring for people", "helping others"],
    entry=(0, False, 16),
    pay=("none",),
    hours=16,
    practical="Free for 16 to 18 year olds. Bursaries help with travel and food.",
    supports=["send", "neet", "care_leaver"],
    next=["HSC-L2"],
)
role(
    "HSC-L2",
    type="course",
    sector="social_care",
    level=2,
    standard=None,
    title="Health and Social Care (Level 2)",
    summary="A one-year college course with a work placement in care.",
    body=[
        "You will learn about human growth, communication in care and safeguarding, and spend time on placement in a care home or day centre. Passing can lead to an apprenticeship or the T Level."
    ],
    skills=["communication", "care values", "teamwork"],
    interests=["caring for people", "helping others"],
    entry=(1, False, 16),
    pay=("none",),
    hours=16,
    practical="Three days a week at college.",
    supports=["send", "young_carer"],
    next=["ACW-L2", "TLEVEL-HEALTH"],
)
role(
    "FS-ENGMATHS",
    type="course",
    sector="admin",
    level=1,
    standard=None,
    title="English and maths for health careers",
    summary="Get the English and maths you need for NHS jobs and apprenticeships.",
    body=[
        "You will work towards Functional Skills Level 1 and then Level 2 in English and maths, using real examples from health jobs, like reading fluid charts and working out doses. Small classes, free for most learners."
    ],
    skills=["English", "maths", "confidence"],
    interests=["study", "caring for people"],
    entry=(0, False, 16),
    pay=("none",),
    hours=6,
    practical="Evening and daytime classes.",
    supports=["neet", "refugee", "send"],
    next=["HCSW-L2", "PREEMP-HCSW"],
)
role(
    "ESOL-CARE",
    type="course",
    sector="social_care",
    level=1,
    standard=None,
    title="English for care work (ESOL)",
    summary="Improve your English while learning about care jobs in London.",
    body=[
        "This course is for people whose first language is not English. You will practise the speaking and writing used in care, such as talking to clients and writing short notes, and visit local employers."
    ],
    skills=["English", "speaking", "writing"],
    interests=["caring for people", "learning English"],
    entry=(0, False, 16),
    pay=("none",),
    hours=9,
    practical="Three mornings a week. Free if you get certain benefits.",
    supports=["refugee"],
    next=["ACW-L2", "HSC-L2"],
)

# primary care and ICB
role(
    "GPRECEP",
    type="job",
    sector="admin",
    level=2,
    standard=None,
    title="GP receptionist and care navigator",
    summary="Help patients get the right appointment at a busy GP practice.",
    body=[
        "You will answer calls and online requests, book appointments and point people to the best service, such as a pharmacist or physiotherapist in the practice. You will get training in care navigation and dealing with difficult conversations."
    ],
    skills=["phone manner", "problem solving", "patience"],
    interests=["talking to people", "helping people", "organising"],
    entry=(1, True, 18),
    pay=("hour", LLW, 15.20),
    hours=30,
    practical="Shifts between 8am and 6.30pm; some Saturdays.",
    supports=["local_resident", "young_carer"],
    next=["BA-L3"],
)
role(
    "HCA-GP",
    type="job",
    sector="nursing",
    level=3,
    standard=None,
    title="Healthcare assistant in general practice",
    summary="Do health checks, take blood and support the practice nurses.",
    body=[
        "You will run NHS health checks, take blood, record ECGs and give some vaccines after training. You see many patients each day and get to know the community. You will take the Care Certificate if you have not done so already."
    ],
    skills=["taking blood", "health checks", "friendly manner"],
    interests=["caring for people", "clinical skills", "communities"],
    entry=(2, False, 18),
    pay=("hour", 14.40, 16.00),
    hours=37.5,
    practical="Weekdays, with some evening clinics.",
    supports=["local_resident"],
    next=["NA-L5"],
)
role(
    "SPLW",
    type="job",
    sector="public_health",
    level=3,
    standard=None,
    title="Social prescribing link worker",
    summary="Help people with things that affect health, such as loneliness, debt or housing.",
    body=[
        "You will meet patients referred by their GP, find out what matters to them and connect them with local groups and services. It suits people who know their community and like solving problems."
    ],
    skills=["listening", "local knowledge", "problem solving"],
    interests=["communities", "helping others", "talking to people"],
    entry=(2, False, 18),
    pay=("afc", "4"),
    hours=37.5,
    practical="Weekdays, across several GP practices.",
    supports=["local_resident", "refugee"],
    next=["PHP-L6"],
)
role(
    "ICB-DATA-INTERN",
    type="work_experience",
    sector="digital",
    level=3,
    standard=None,
    title="Summer data and digital placement",
    summary="Eight paid weeks in the ICB's data and digital teams.",
    body=[
        "You will work on a real project, such as mapping where people wait longest for care in London, and present it at the end. It is for students at college or university who are curious about data, digital or health planning."
    ],
    skills=["Excel", "curiosity", "presenting"],
    interests=["computers", "numbers", "solving problems"],
    entry=(3, False, 18),
    pay=("llw",),
    hours=35,
    practical="July and August, hybrid.",
    supports=["disabled", "care_leaver", "local_resident"],
    next=["DATA-L4"],
)
role(
    "ICB-ADMIN",
    type="apprenticeship",
    sector="admin",
    level=3,
    standard="ST0070",
    title="Business administrator apprentice (commissioning team)",
    summary="Support the teams who plan NHS services for whole boroughs.",
    body=[
        "You will organise meetings, take minutes, track actions and keep documents in order for commissioning teams. You will see how decisions about local health services are made."
    ],
    skills=["organisation", "writing minutes", "Microsoft 365"],
    interests=["organising", "working in an office", "communities"],
    entry=(2, True, 16),
    pay=("afc", "3"),
    hours=37.5,
    practical="Hybrid, with two office days a week.",
    supports=["care_leaver", "young_carer"],
    next=["TL-L3"],
)

# hospice and charities
role(
    "HOSPICE-VOL",
    type="volunteering",
    sector="social_care",
    level=0,
    standard=None,
    title="Hospice ward volunteer",
    summary="Offer drinks, company and a friendly face to patients and families.",
    body=[
        "You will make tea, chat with patients, help at mealtimes and arrange flowers. Some people just want someone to sit with them. You will get training on talking about dying and looking after yourself."
    ],
    skills=["kindness", "listening", "calm manner"],
    interests=["caring for people", "helping others", "older people"],
    entry=(0, False, 18),
    pay=("none",),
    hours=4,
    practical="One shift a week, for at least six months.",
    supports=["young_carer", "disabled"],
    next=["HCA-HOSPICE"],
)
role(
    "HCA-HOSPICE",
    type="job",
    sector="nursing",
    level=2,
    standard=None,
    title="Healthcare assistant (hospice)",
    summary="Give personal care to people at the end of their lives.",
    body=[
        "You will help patients wash, eat and stay comfortable, and support their families. Care here is unhurried, so you have time to do it well. Full training is given."
    ],
    skills=["personal care", "compassion", "teamwork"],
    interests=["caring for people", "older people"],
    entry=(0, False, 18),
    pay=("year", 27500, 29800),
    hours=37.5,
    practical="Days and nights on a rota.",
    supports=["local_resident"],
    next=["NA-L5"],
)
role(
    "GET-INTO-NHS",
    type="entry_route",
    sector="estates_facilities",
    level=1,
    standard=None,
    title="Get into NHS support roles",
    summary="A free four-week programme for 16 to 30 year olds, with a guaranteed interview.",
    body=[
        "You will build confidence, learn about NHS jobs such as portering, catering and admin, and do a placement in a hospital. Youth workers support you the whole way, and you can get help with travel and food."
    ],
    skills=["confidence", "teamwork", "reliability"],
    interests=["finding out about jobs", "helping people"],
    entry=(0, False, 16),
    pay=("none",),
    hours=30,
    practical="Four weeks, Monday to Friday.",
    supports=["neet", "care_leaver", "ex_offender", "young_carer"],
    next=["FSO-L2", "PORTER", "CS-L2"],
)
role(
    "LD-SUPPORT",
    type="job",
    sector="social_care",
    level=2,
    standard=None,
    title="Support worker (learning disability)",
    summary="Support adults with a learning disability to live independently.",
    body=[
        "You will help people with cooking, budgeting, appointments and hobbies, and support them to speak up for themselves. You will learn positive behaviour support and how to make information easy to read."
    ],
    skills=["patience", "encouragement", "easy read communication"],
    interests=["helping others", "caring for people"],
    entry=(0, False, 18),
    pay=("llw",),
    hours=37.5,
    practical="Shifts include sleep-ins, which are paid.",
    supports=["disabled", "local_resident"],
    next=["ACW-L2", "LACW-L3"],
)
role(
    "DEAFBLIND-SUPPORT",
    type="job",
    sector="social_care",
    level=2,
    standard=None,
    title="Communicator guide (deafblind support)",
    summary="Help people who are deafblind to get out, communicate and stay independent.",
    body=[
        "You will guide people safely, explain what is happening around them and support them with shopping, appointments and activities. We teach you deafblind manual and other ways to communicate."
    ],
    skills=["communication", "guiding", "patience"],
    interests=["helping others", "learning languages"],
    entry=(0, False, 18),
    pay=("hour", 14.20, 14.70),
    hours=25,
    practical="Flexible hours across London.",
    supports=["disabled"],
    next=["LACW-L3"],
)

# universities: more courses
role(
    "BSC-MH-NURSING",
    type="course",
    sector="mental_health",
    level=6,
    standard=None,
    title="BSc (Hons) Mental Health Nursing",
    summary="A three-year degree to become a registered mental health nurse.",
    body=[
        "You will learn how to support people in mental distress, from talking therapies to medicines, with placements on wards and in community teams. Lived experience of mental health problems is welcomed."
    ],
    skills=["listening", "assessment", "resilience"],
    interests=["mental health", "psychology", "study"],
    entry=(3, True, 18),
    pay=("none",),
    hours=None,
    practical="NHS Learning Support Fund available.",
    supports=["care_leaver", "disabled"],
    next=[],
)
role(
    "BSC-OT",
    type="course",
    sector="allied_health",
    level=6,
    standard=None,
    title="BSc (Hons) Occupational Therapy",
    summary="A three-year degree that leads to registration as an occupational therapist.",
    body=[
        "You will learn how illness and disability affect daily life, and how to help people find ways to do what they need and want. Placements include hospitals, schools and social care."
    ],
    skills=["problem solving", "creativity", "assessment"],
    interests=["helping people", "being creative", "study"],
    entry=(3, True, 18),
    pay=("none",),
    hours=None,
    practical="NHS Learning Support Fund available.",
    supports=["disabled"],
    next=[],
)
role(
    "MSC-PA",
    type="course",
    sector="medical",
    level=7,
    standard=None,
    title="MSc Physician Associate Studies",
    summary="A two-year master's for science graduates who want to work in medical teams.",
    body=[
        "You will learn medicine in depth and spend more than 1,600 hours on clinical placements. You need a good degree in a life science."
    ],
    skills=["medical knowledge", "clinical skills", "study"],
    interests=["medicine", "science", "study"],
    entry=(6, True, 21),
    pay=("none",),
    hours=None,
    practical="Full time.",
    supports=[],
    next=[],
)
role(
    "MSC-PH",
    type="course",
    sector="public_health",
    level=7,
    standard=None,
    title="MSc Public Health",
    summary="A one-year master's in improving the health of whole populations.",
    body=[
        "You will learn epidemiology, statistics and health policy, and do a research project, often with a London borough or the NHS. Part-time study over two years is possible."
    ],
    skills=["statistics", "research", "policy"],
    interests=["public health", "fairness", "study"],
    entry=(6, False, 21),
    pay=("none",),
    hours=None,
    practical="Full or part time.",
    supports=["refugee"],
    next=[],
)

# --- offers: (prefix, role, options) --------------------------------------------------------
# options: site index "s", supports override "sup", closing "close" (days from TODAY or None or
# a negative number for closed), title "t"

OFFERS: list[tuple[str, str, dict[str, Any]]] = []


def offer(prefix: str, key: str, **options: Any) -> None:
    OFFERS.append((prefix, key, options))


# nursing chains in each ICS area
for p, extra in [
    ("KCH", {}),
    ("BARTS", {}),
    ("RFL", {}),
    ("ICHT", {}),
    ("SGUH", {}),
    ("LGT", {}),
    ("BHR", {}),
    ("CHS", {}),
]:
    offer(p, "WEX-WARD", **extra)
    offer(p, "HCSW-L2")
    offer(p, "SHCSW-L3")
    offer(p, "NA-L5")
    offer(p, "RNDA-L6")
for p in ["GSTT", "UCLH", "HOM", "LNWH", "ESTH", "KRFT", "WHH", "THH", "CWFT"]:
    offer(p, "HCSW-L2")
offer("GSTT", "WEX-WARD")
offer("GSTT", "NA-L5")
offer("UCLH", "RNDA-L6")
for p in ["KCH", "BARTS", "RFL", "LNWH"]:
    offer(p, "PREEMP-HCSW")
offer("KT", "PREEMP-HCSW", s=0)
for p in ["GOSH", "NELFT", "CNWL"]:
    offer(p, "DN-L7" if p != "GOSH" else "ACP-L7")
offer("KCH", "ACP-L7")
offer("SGUH", "ACP-L7")
for p in ["KCL", "LSBU", "MDX", "CSG", "UWL", "KU"]:
    offer(p, "NURSING-BSC")
for p in ["KCH", "HOM", "KRFT", "LNWH"]:
    offer(p, "MATSW")
for p in ["GSTT", "BARTS", "CWFT"]:
    offer(p, "MIDWIFE-L6")
# pharmacy
for p in ["GSTT", "BARTS", "ICHT", "SGUH", "RFL", "KRFT"]:
    offer(p, "PSA-L2")
for p in ["GSTT", "BARTS", "ICHT", "SGUH", "BHR"]:
    offer(p, "PTECH-L3")
offer("GSTT", "PHARMACIST-L7")
offer("UCLH", "PHARMACIST-L7")
offer("KCL", "MPHARM")
# healthcare science
for p in ["KCH", "UCLH", "BARTS"]:
    offer(p, "LAB-WEX")
for p in ["KCH", "UCLH", "BARTS", "ICHT", "SGUH", "RMH"]:
    offer(p, "HSA-L2")
for p in ["KCH", "UCLH", "ICHT", "MEH"]:
    offer(p, "HSASSOC-L4")
for p in ["UCLH", "GSTT", "SGUH"]:
    offer(p, "HSP-L6")
offer("GSTT", "CLINSCI-L7")
# research
offer("CRICK", "LABTECH-L3")
offer("QMUL", "LABTECH-L3")
offer("CRICK", "LABSCI-L6")
offer("CRICK", "RESSCI-L7")
offer("RMH", "CTS-L6")
offer("UCLH", "CTS-L6")
offer("RMH", "RES-VOL", s=1)
offer("GOSH", "RES-VOL")
# estates
for p in ["KCH", "BARTS", "RFL", "ICHT", "SGUH", "BHR"]:
    offer(p, "PORTER")
for p in ["GSTT", "UCLH", "LNWH", "CHS", "HOM"]:
    offer(p, "FSO-L2")
for p in ["BARTS", "ESTH", "THH"]:
    offer(p, "CLEAN-L2")
for p in ["GSTT", "BARTS", "SGUH"]:
    offer(p, "FMSUP-L3")
offer("UCLH", "FM-L4")
for p in ["KCH", "ICHT", "RFL", "LGT"]:
    offer(p, "MAINT-L3")
offer("GSTT", "ELEC-L3")
offer("BHR", "ELEC-L3")
offer("KT", "GET-INTO-NHS", s=0)
# digital
for p in ["GSTT", "BARTS", "UCLH", "CHS", "NWLICB"]:
    offer(p, "ITTECH-L3")
offer("RFL", "INFRA-L3")
offer("LNWH", "INFRA-L3")
for p in ["NELICB", "SELICB", "GOSH", "SWLICB"]:
    offer(p, "DATA-L4")
offer("UCLH", "DTS-L6")
offer("NCLICB", "DTS-L6")
offer("GSTT", "CYBER-L4")
offer("NCLICB", "ICB-DATA-INTERN")
offer("SWLICB", "ICB-DATA-INTERN")
# admin
for p in ["KCH", "BARTS", "RFL", "ICHT", "SGUH", "WHH", "CHS"]:
    offer(p, "CS-L2")
for p in ["GSTT", "BARTS", "UCLH", "LGT", "ESTH", "SWK", "LBN"]:
    offer(p, "BA-L3")
for p in ["KCH", "ICHT", "RFL"]:
    offer(p, "CODER-L3")
offer("GSTT", "TL-L3")
offer("BARTS", "TL-L3")
offer("GSTT", "OPS-L5")
offer("SGUH", "OPS-L5")
for p in ["KCH", "HOM", "THH"]:
    offer(p, "WARDCLERK")
offer("LAS", "CALLHANDLER-111", s=0)
for p in ["NELICB", "SELICB", "NWLICB"]:
    offer(p, "ICB-ADMIN")
# catering
for p in ["GSTT", "BARTS", "SGUH", "LNWH"]:
    offer(p, "HOSP-L2")
for p in ["GSTT", "BARTS", "CHS"]:
    offer(p, "CHEF-L2")
offer("GSTT", "SCHEF-L3")
offer("CWFT", "CAFE-SEND")
offer("KCH", "CAFE-SEND")
# social care
offer("LBN", "CARE-VOL")
offer("MENCAP", "CARE-VOL", s=0)
for p in ["LBN", "SWK", "LBTH", "BRENT", "CROY", "LOOKAHEAD"]:
    offer(p, "ACW-L2")
for p in ["LBN", "SWK", "CROY", "LOOKAHEAD"]:
    offer(p, "LACW-L3")
for p in ["SWK", "LBTH", "BRENT"]:
    offer(p, "SW-L6")
for p in ["CROY", "BRENT", "LBTH"]:
    offer(p, "REABLE")
offer("MENCAP", "LD-SUPPORT")
offer("LOOKAHEAD", "LD-SUPPORT")
offer("SENSE", "DEAFBLIND-SUPPORT")
offer("SENSE", "LD-SUPPORT")
offer("LBTH", "YOUNG-CARER-FLEX")
offer("CROY", "YOUNG-CARER-FLEX")
# mental health
for p in ["SLAM", "ELFT", "NLFT", "WLT", "SWLSTG", "NELFT"]:
    offer(p, "MHSW")
for p in ["SLAM", "ELFT", "CNWL"]:
    offer(p, "MH-PEER-VOL")
for p in ["SLAM", "ELFT", "NELFT", "NLFT"]:
    offer(p, "PEER-WORKER")
for p in ["SLAM", "ELFT", "SWLSTG", "CNWL", "WLT"]:
    offer(p, "PWP-L6")
offer("SLAM", "RNDA-L6", s=1)
offer("ELFT", "RNDA-L6")
offer("SLAM", "CAMHS-WEX", s=1)
offer("NELFT", "CAMHS-WEX")
offer("MDX", "BSC-MH-NURSING")
offer("LSBU", "BSC-MH-NURSING")
# ambulance
offer("SJA", "SJA-VOL")
offer("LAS", "EMD")
offer("LAS", "ASW-L3")
offer("LAS", "AAP-L4")
offer("LAS", "PARA-L6")
offer("CSG", "BSC-PARA")
offer("UWL", "BSC-PARA")
# dental
offer("KCH", "DN-L3")
offer("GSTT", "DN-L3")
offer("BARTS", "DN-L3")
offer("KCH", "OHP-L4")
offer("BARTS", "OHP-L4")
offer("GSTT", "DLA-L3")
offer("BARTS", "DTECH-L5")
offer("KCL", "BDS")
offer("QMUL", "BDS")
# children and young people
offer("MOSS", "TA-L3")
offer("HAP", "TA-L3")
offer("LBTH", "EYP-L2")
offer("SWK", "EYP-L2")
offer("LBTH", "EYE-L3")
offer("BRENT", "EYE-L3")
offer("GOSH", "PLAY-L5")
offer("KCH", "PLAY-L5")
offer("LBN", "YSW-L3")
offer("CROY", "YSW-L3")
offer("LBN", "YW-L6")
offer("NEWCOL", "TLEVEL-EY")
offer("CROYCOL", "TLEVEL-EY")
# allied health and medical
for p in ["KCH", "ICHT", "SGUH", "BHR", "KRFT"]:
    offer(p, "TA-THERAPY")
offer("GSTT", "PHYSIO-L6")
offer("RFL", "PHYSIO-L6")
offer("BARTS", "OT-L6")
offer("CNWL", "OT-L6")
offer("KCH", "ODP-L6")
offer("ICHT", "ODP-L6")
offer("UCLH", "RADIO-L6")
offer("LGT", "RADIO-L6")
offer("ESTH", "AP-L5")
offer("BHR", "AP-L5")
offer("SGUH", "PA-L7")
offer("KCL", "MED-SUMMER", s=1)
offer("QMUL", "MED-SUMMER")
offer("QMUL", "EXTENDED-MED")
offer("KCL", "EXTENDED-MED", s=1)
offer("CSG", "MSC-PA")
offer("KU", "BSC-OT")
offer("LSBU", "BSC-OT")
# public health
offer("LBTH", "PHP-L6")
offer("UKHSA", "PHP-L6")
offer("LBN", "HEALTH-CHAMP")
offer("BRENT", "HEALTH-CHAMP")
offer("UKHSA", "LAB-PH-L3")
offer("QMUL", "MSC-PH")
offer("HURLEY", "SPLW")
offer("THGPCG", "SPLW")
# finance and HR
for p in ["GSTT", "BARTS", "NELICB", "SGUH"]:
    offer(p, "AAT-L3")
offer("BARTS", "ACCT-L4")
offer("NCLICB", "ACCT-L4")
offer("GSTT", "ACCPROF-L7")
for p in ["KCH", "ICHT", "SWLICB", "LBN"]:
    offer(p, "HRSUP-L3")
offer("GSTT", "HRCON-L5")
offer("UCLH", "PAYROLL-L3")
# entry routes
for p in ["CWFT", "RFL", "SGUH", "BARTS"]:
    offer(p, "SEARCH-INTERN")
for p in ["BARTS", "SGUH", "LNWH"]:
    offer(p, "STEP-HEALTH")
offer("BARTS", "REFUGEE-HCP")
offer("GSTT", "REFUGEE-HCP")
for p in ["NELICB", "SELICB", "NCLICB"]:
    offer(p, "CARE-LEAVER-INTERN")
# colleges
for p in ["LEWCOL", "NEWCOL", "CNWLC", "CROYCOL", "BDC"]:
    offer(p, "ACCESS-HE" if p in {"LEWCOL", "CNWLC", "BDC"} else "TLEVEL-HEALTH")
offer("LEWCOL", "TLEVEL-HEALTH")
offer("BDC", "TLEVEL-HEALTH")
for p in ["NEWCOL", "CROYCOL", "BDC"]:
    offer(p, "HSC-L1")
for p in ["LEWCOL", "CNWLC"]:
    offer(p, "HSC-L2")
offer("NEWCOL", "FS-ENGMATHS")
offer("CNWLC", "FS-ENGMATHS")
offer("LEWCOL", "ESOL-CARE")
offer("NEWCOL", "ESOL-CARE")
# primary care
offer("HURLEY", "GPRECEP")
offer("THGPCG", "GPRECEP")
offer("HURLEY", "HCA-GP")
offer("THGPCG", "HCA-GP")
offer("HURLEY", "DN-L3")
# hospice
offer("STCH", "HOSPICE-VOL")
offer("STCH", "HCA-HOSPICE")
offer("STCH", "CARE-VOL")

# --- building the records -----------------------------------------------------------------

SUPPORT_LINES = {
    "care_leaver": [
        "If you have been in care, you are guaranteed an interview if you meet the essentials.",
        "We have signed the NHS Care Leaver Covenant: care-experienced applicants get a guaranteed interview and a named contact.",
    ],
    "young_carer": [
        "If you look after someone at home, tell us: we can agree hours that fit around caring.",
        "Young carers can ask for flexible start times and time off for caring emergencies.",
    ],
    "disabled": [
        "We are a Disability Confident employer and will make reasonable adjustments at interview and at work.",
        "Tell us what adjustments you need, such as extra time, a quiet space or different equipment, and we will put them in place.",
    ],
    "send": [
        "Young people with an EHC plan are welcome and can bring a supporter to the interview.",
        "We can give information in easy read and arrange a visit before you start.",
    ],
    "neet": [
        "You do not need to be in work or education to join; in fact, this is designed for you.",
        "If you are not in work, school or college right now, this is a good place to start.",
    ],
    "armed_forces": [
        "Armed forces leavers and their families are welcome; we recognise military training and experience.",
        "We are part of the Step into Health programme for people leaving the armed forces.",
    ],
    "refugee": [
        "Refugees and people with humanitarian protection are welcome to apply, and we can help with English support.",
        "If you are new to the UK as a refugee, we will help you with the right-to-work checks and any English support you need.",
    ],
    "local_resident": [
        "People who live in {borough} get a guaranteed interview if they meet the essentials.",
        "We want our staff to reflect the community, so we especially welcome applications from {borough} residents.",
    ],
    "ex_offender": [
        "Having a criminal record does not rule you out; we look at each case fairly.",
        "We work with organisations that support people with convictions into work, and judge each application on its merits.",
    ],
}


def pick(options: list[str], key: str) -> str:
    return options[zlib.crc32(key.encode()) % len(options)]


def pay_for(spec: tuple[Any, ...] | None, zone: str) -> dict[str, Any] | None:
    if spec is None:
        return None
    if spec[0] == "afc":
        low, high = afc(spec[1], zone)
        return {"min": low, "max": high, "period": "year"}
    if spec[0] == "llw":
        return {"min": LLW, "max": LLW, "period": "hour"}
    if spec[0] == "none":
        return {"period": "none"}
    return {"min": spec[1], "max": spec[2], "period": spec[0]}


def build() -> list[dict[str, Any]]:
    load_sites()
    boroughs = {}
    with open(HERE / "boroughs.csv", newline="") as f:
        for row in csv.DictReader(f):
            boroughs[row["code"]] = row["name"]
    refs: dict[tuple[str, str], str] = {}
    for prefix, key, _ in OFFERS:
        ref = f"{prefix}-{key}"
        assert (prefix, key) not in refs, ref
        refs[(prefix, key)] = ref
    ics_of = {}
    for prefix in ORGS:
        ics_of[prefix] = SITES[prefix][0][2]
    records = []
    counters: dict[str, int] = {}
    for n, (prefix, key, options) in enumerate(OFFERS):
        spec = R[key]
        org_name, org_line = ORGS[prefix]
        site_name, postcode, borough_code = SITES[prefix][
            min(options.get("s", 0), len(SITES[prefix]) - 1)
        ]
        borough = boroughs[borough_code]
        zone = BOROUGH_ZONE[borough_code]
        counters[key] = counters.get(key, -1) + 1
        bodies = spec["body"]
        body = bodies[counters[key] % len(bodies)]
        ref = refs[(prefix, key)]
        supports = list(options.get("sup", spec["supports"]))
        parts = [body, org_line.format(site=site_name), spec["practical"]]
        for s in supports:
            parts.append(pick(SUPPORT_LINES[s], ref).format(borough=borough))
        description = " ".join(parts)
        # next steps: same organisation first, then the nearest offer of that role
        steps = []
        for nxt in spec["next"]:
            if (prefix, nxt) in refs:
                steps.append(refs[(prefix, nxt)])
                continue
            candidates = [r for (p, k), r in refs.items() if k == nxt]
            same_area = [
                r for (p, k), r in refs.items() if k == nxt and ics_of[p] == ics_of[prefix]
            ]
            if same_area or candidates:
                steps.append((same_area or candidates)[0])
        # dates: most close in 2027; every 17th is rolling (null); every 23rd has closed
        if "close" in options:
            closing = options["close"]
        elif n % 23 == 5:
            closing = -(20 + n % 40)
        elif n % 17 == 3:
            closing = None
        else:
            closing = 30 + (n * 37) % 200
        closing_date = None if closing is None else (TODAY + dt.timedelta(days=closing))
        start_date = None
        if spec["type"] in {"apprenticeship", "job", "entry_route", "course"} and closing_date:
            start_date = closing_date + dt.timedelta(days=42 + (n % 5) * 7)
            if spec["type"] == "course":
                start_date = dt.date(
                    closing_date.year if closing_date.month < 9 else closing_date.year + 1, 9, 14
                )
        min_q, gcse, age = spec["entry"]
        title = options.get("t", spec["title"])
        site_short = site_name.split(",")[0]
        if spec["type"] in {"apprenticeship", "job"} and n % 3 != 2:
            title = f"{title} – {site_short}"
        website = ORG_META[prefix]["website"]
        if ORG_META[prefix]["type"] in {"nhs_trust", "ambulance", "icb"} and spec["type"] in {
            "apprenticeship",
            "job",
        }:
            apply_url = (
                f"https://www.jobs.nhs.uk/candidate/search?keyword={quote_plus(spec['title'])}"
            )
        else:
            apply_url = website
        records.append(
            {
                "ref": ref,
                "organisation": org_name,
                "organisation_type": ORG_META[prefix]["type"],
                "type": spec["type"],
                "title": title,
                "summary": spec["summary"],
                "description": description,
                "skills": spec["skills"],
                "interests": spec["interests"],
                "sector": spec["sector"],
                "level": spec["level"],
                "standard_code": spec["standard"],
                "entry": {
                    "min_qualification_level": min_q,
                    "gcse_english_maths": gcse,
                    "min_age": age,
                },
                "postcode": postcode,
                "remote": False,
                "hours_per_week": spec["hours"],
                "pay": pay_for(spec["pay"], zone),
                "closing_date": closing_date.isoformat() if closing_date else None,
                "start_date": start_date.isoformat() if start_date else None,
                "apply_url": apply_url,
                "supports": supports,
                "next_steps": steps,
            }
        )
    return records


def main() -> None:
    records = build()
    with open(HERE / "pathways.jsonl", "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"pathways.jsonl: {len(records)} pathways")


if __name__ == "__main__":
    main()
