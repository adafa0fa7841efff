"""Builds cases.jsonl for the refusal test. Written blind: only the catalogue
(seed_data/pathways.jsonl) was read. Families below are lists of refs picked by
reading each pathway's text; every ref is checked against the catalogue."""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
CAT = [json.loads(line) for line in open(ROOT / "seed_data" / "pathways.jsonl")]
REFS = [r["ref"] for r in CAT]


def suf(s):  # every ref ending with -<s>
    out = [r for r in REFS if r.endswith("-" + s)]
    assert out, s
    return out


F = {
    "HCSW": suf("HCSW-L2"),
    "SHCSW": suf("SHCSW-L3"),
    "NA": suf("NA-L5"),
    "RNDA_ACUTE": [
        p + "-RNDA-L6" for p in ["KCH", "BARTS", "RFL", "ICHT", "SGUH", "LGT", "BHR", "CHS", "UCLH"]
    ],
    "WEX": suf("WEX-WARD"),
    "PREEMP": suf("PREEMP-HCSW"),
    "NURSBSC": suf("NURSING-BSC"),
    "MATSW": suf("MATSW"),
    "MIDWIFE": suf("MIDWIFE-L6"),
    "PSA": suf("PSA-L2"),
    "PTECH": suf("PTECH-L3"),
    "PHARMACIST": suf("PHARMACIST-L7"),
    "LABWEX": suf("LAB-WEX"),
    "HSA": suf("HSA-L2"),
    "HSASSOC": suf("HSASSOC-L4"),
    "HSP": suf("HSP-L6"),
    "CTS": suf("CTS-L6"),
    "RESVOL": suf("RES-VOL"),
    "PORTER": suf("PORTER"),
    "FSO": suf("FSO-L2"),
    "CLEAN": suf("CLEAN-L2"),
    "ITTECH": suf("ITTECH-L3"),
    "INFRA": suf("INFRA-L3"),
    "DATA": suf("DATA-L4"),
    "DTS": suf("DTS-L6"),
    "ICBDATA": suf("ICB-DATA-INTERN"),
    "CS": suf("CS-L2"),
    "BA": suf("BA-L3"),
    "CODER": suf("CODER-L3"),
    "TL": suf("TL-L3"),
    "WARDCLERK": suf("WARDCLERK"),
    "ICBADMIN": suf("ICB-ADMIN"),
    "CATERING": suf("HOSP-L2") + suf("CHEF-L2") + ["GSTT-SCHEF-L3"] + suf("CAFE-SEND"),
    "BEFRIEND": suf("CARE-VOL"),
    "ACW": suf("ACW-L2"),
    "ACW_WASH": ["LBN-ACW-L2", "LBTH-ACW-L2", "CROY-ACW-L2"],
    "REABLE": suf("REABLE"),
    "LD": suf("LD-SUPPORT"),
    "MHSW": suf("MHSW"),
    "PWP": suf("PWP-L6"),
    "CAMHS": suf("CAMHS-WEX"),
    "LAS_CREW": ["LAS-ASW-L3", "LAS-AAP-L4", "LAS-PARA-L6"],
    "BSCPARA": suf("BSC-PARA"),
    "DENTALNURSE": ["KCH-DN-L3", "GSTT-DN-L3", "BARTS-DN-L3", "HURLEY-DN-L3"],
    "BDS": suf("BDS"),
    "TA_SCHOOL": suf("TA-L3"),
    "EYP": suf("EYP-L2"),
    "EYE": suf("EYE-L3"),
    "PLAY": suf("PLAY-L5"),
    "YSW": suf("YSW-L3"),
    "TLEVEL_EY": suf("TLEVEL-EY"),
    "TATHERAPY": suf("TA-THERAPY"),
    "PHYSIO": suf("PHYSIO-L6"),
    "OT": suf("OT-L6") + suf("BSC-OT"),
    "ODP": suf("ODP-L6"),
    "RADIO": suf("RADIO-L6"),
    "AP": suf("AP-L5"),
    "MEDSUMMER": suf("MED-SUMMER"),
    "EXTMED": suf("EXTENDED-MED"),
    "AAT": suf("AAT-L3"),
    "ACCT": suf("ACCT-L4"),
    "HRSUP": suf("HRSUP-L3"),
    "HCAGP": suf("HCA-GP"),
    "GPRECEP": suf("GPRECEP"),
    "STCH": ["STCH-HOSPICE-VOL", "STCH-HCA-HOSPICE", "STCH-CARE-VOL"],
    "GOSH_KIDS": ["GOSH-DATA-L4", "GOSH-RES-VOL", "GOSH-ACP-L7"],
    "THGPCG_HOSP": ["THGPCG-HCA-GP", "THGPCG-GPRECEP", "THGPCG-SPLW"],
}


def K(*items):
    out = []
    for it in items:
        for r in F.get(it, [it]):
            if r not in out:
                out.append(r)
    return out


# (kinds, position, about, rules_out, keep_out, notes)
C = []


def case(kinds, pos, about, rules_out, keep, notes):
    C.append(
        dict(kinds=kinds, pos=pos, about=about, rules_out=rules_out, keep_out=keep, notes=notes)
    )


# ---------------- blood
case(
    ["blood"],
    "first",
    "i literally pass out when i see blood so nothing like that lol. but i love science, got a 7 in biology and chemistry, and working in a lab with all the machines and testing stuff would be sick",
    "seeing or handling blood",
    K("LABWEX", "HSASSOC", "HSA"),
    "Lab liking. LAB-WEX names blood samples, HSASSOC names blood tests. HSA-L2 is a hospital pathology sample lab (mostly blood): my judgement. Research labs (Crick, QMUL) and the UKHSA microbiology lab are fine.",
)
case(
    ["blood"],
    "after_but",
    "I really want to help people who are ill and my mum says I'm good in a crisis cos I stay calm, but I go dizzy and sometimes faint at the sight of blood, so idk what that leaves me",
    "being around blood",
    K(
        "SHCSW",
        "HCAGP",
        "ODP",
        "LAS-PARA-L6",
        "LAS-AAP-L4",
        "BSCPARA",
        "NA",
        "RNDA_ACUTE",
        "NURSBSC",
    ),
    "Blood named in the text: SHCSW, HCA-GP (taking blood), ODP (surgery). Paramedic and AAP (trauma, street work). Nursing associate, nurse degree apprenticeships at acute trusts and nursing BSc: hands-on nursing, which a careers adviser would say means blood; judgement. The RNDA at mental health trusts (SLAM, ELFT) is left out.",
)
case(
    ["blood"],
    "mid",
    "me and my mates did first aid at cadets and I loved it, ambulances and emergencies are what im into, although blood makes me go proper light headed which is awkward, and I wanna be on the move not stuck inside",
    "blood",
    K("LAS_CREW", "BSCPARA", "SJA-SJA-VOL"),
    "Emergency and first-aid liking. Ambulance crew roles, paramedic degrees and St John first aid at events all mean dealing with injuries. The 999 call handler (LAS-EMD) is a fair alternative.",
)
# ---------------- needles
case(
    ["needles"],
    "first",
    "Needles freak me out, like actually, I can't even watch someone get a jab. I'd like to be a healthcare assistant though, maybe in a GP surgery doing health checks and having a chat with patients",
    "needles and injections",
    K("HCAGP", "SHCSW"),
    "HCA-GP: takes blood and gives vaccines. SHCSW: takes blood. HCSW-L2 (no needles in the text) is fine.",
)
case(
    ["needles"],
    "after_but",
    "I'm great with little kids and I'd love to help them feel less scared when they're in hospital, like with games and stuff, but I can't be around injections or needles, I'd freak out more than them",
    "needles and injections",
    K("PLAY"),
    "Only the two health play specialist roles fit the liking and clearly involve needles (preparing children for blood tests, distracting them during procedures). Fewer than 3 exist. Nursery roles are fine.",
)
# ---------------- personal care
case(
    ["personal_care"],
    "end",
    "I wanna work in care, I'm kind and patient and I love chatting with people, anything but wiping bums lol",
    "personal care (washing, toileting, nappies)",
    K("HCSW", "ACW", "REABLE", "STCH-HCA-HOSPICE", "EYP"),
    "Slang refusal at the end. HCSW and ACW have 'personal care' as a skill, and most say washing. Reablement: getting dressed, personal care. Hospice HCA: personal care. EYP: changes nappies. Befriending and LD support (cooking, budgeting) are fine.",
)
case(
    ["personal_care"],
    "first",
    "No personal care please, like washing people or helping them to the toilet, I'm just not comfortable with it. I'd love to support adults with learning disabilities to be more independent, going shopping, cooking, hobbies, that kind of thing",
    "personal care",
    K("ACW", "REABLE"),
    "Trap: three ACW-L2 variants (SWK, BRENT, LOOKAHEAD) describe learning disability support in words very close to the liking, but they list 'personal care' as a skill. The LD support worker roles (MENCAP, LOOKAHEAD, SENSE) do not, and are the right answer.",
)
case(
    ["personal_care"],
    "mid",
    "Been a young carer for my nan since I was 13 so I know what I'm doing, and to be honest I'm done with washing and dressing people, had enough of that, I still want to help people tho, ideally somewhere busy like a hospital where I'm on my feet",
    "washing and dressing people (personal care)",
    K("HCSW", "ACW", "REABLE", "STCH-HCA-HOSPICE"),
    "Young-carer wording pulls towards care roles. The 'Flexible start in care for young carers' roles (LBTH/CROY-YOUNG-CARER-FLEX) are paid care work but do not name personal care, so they are left out. Porter, ward clerk and hospitality are fine.",
)
# ---------------- patient contact
case(
    ["patient_contact"],
    "after_but",
    "I'm into science and technology and I'm quite shy, I'd like a proper skilled job, but I don't want to deal with poorly people face to face, it makes me too anxious",
    "dealing with patients face to face",
    K("RADIO", "HSP", "AP", "PTECH", "PHARMACIST", "KCL-MPHARM", "DENTALNURSE", "BDS", "ODP"),
    "Text names patient contact: radiographer (position patients), HSP (explain tests to patients), AP (treat patients, prepare them for scans), pharmacy technician, pharmacist and MPharm (talk to or advise patients), dental nurse and BDS (patients in the chair), ODP. HSASSOC is not listed because it depends on the department. Lab, research, data and IT roles are fine.",
)
case(
    ["patient_contact"],
    "first",
    "not a people person tbh and I don't want to be around sick people all day. I like fixing things, electrics, anything hands on, did a bit of labouring with my uncle",
    "being around patients",
    K("PORTER", "CLEAN", "FSO"),
    "Porter: moves patients. Healthcare cleaning: ward team, working around patients. FSO: rotates through portering. Maintenance and electrician roles are the right answer.",
)
case(
    ["patient_contact"],
    "after_but",
    "I'd love to work for the NHS and I'm well organised and good on computers, but I don't want to be front of house dealing with patients and their families all day, I'd rather be behind the scenes",
    "front-of-house work with patients and families",
    K("CS", "WARDCLERK", "GPRECEP", "LAS-CALLHANDLER-111"),
    "Patient services reception, ward clerk (helps families who visit), GP receptionist, and 111 (patients on the phone). Business admin, coding, data and finance are fine.",
)
# ---------------- hospitals
case(
    ["hospitals"],
    "first",
    "can't be doing hospitals after what happened with my dad, even the smell sets me off. I love cooking tho, did a catering course at college and want to work in a kitchen",
    "working in a hospital",
    K("CATERING"),
    "Every catering pathway in the catalogue is in a hospital kitchen, ward or café, so all 10 are kept out. A good answer shows no catering in the top 5.",
)
case(
    ["hospitals"],
    "after_but",
    "I want to care for people, maybe older people or people with disabilities, I'm patient and I've got loads of empathy, but not in a hospital, I really hate hospitals",
    "working in a hospital",
    K("HCSW", "SHCSW", "NA", "RNDA_ACUTE", "WEX", "PREEMP"),
    "Hospital-ward care: HCSW, SHCSW, NA, RNDA at acute trusts, ward work experience weeks, and pre-employment (ward placements; KT-PREEMP includes two weeks on a ward). Community care, befriending and LD support are fine. The hospice is not a hospital and is not listed.",
)
case(
    ["hospitals"],
    "mid",
    "IT is my thing, I build PCs and sort out my whole family's laptops, and I'd like an apprenticeship in that, just not anywhere based in a hospital please cos they give me anxiety, somewhere else is fine",
    "being based in a hospital",
    K("ITTECH", "INFRA", "UCLH-DTS-L6", "GSTT-CYBER-L4", "GOSH-DATA-L4"),
    "IT roles based at hospitals. NWLICB-ITTECH-L3 is based at an ICB office, but its text says you 'fix problems on wards', so it is kept out too. NCLICB-DTS-L6 and the ICB data roles are fine.",
)
# ---------------- medical / clinical
case(
    ["medical_clinical"],
    "after_but",
    "I like science, chemistry is my favourite and I love doing experiments, but nothing medical or clinical, I don't want to end up in pharmacy or anything to do with patients' treatment",
    "anything medical or clinical",
    K(
        "PSA",
        "PTECH",
        "PHARMACIST",
        "KCL-MPHARM",
        "LABWEX",
        "HSA",
        "HSASSOC",
        "HSP",
        "GSTT-CLINSCI-L7",
        "RADIO",
        "MEDSUMMER",
        "EXTMED",
        "SGUH-PA-L7",
        "CSG-MSC-PA",
        "BDS",
        "CTS",
    ),
    "Pharmacy, hospital diagnostic labs (clinical testing), clinical science, radiography, medicine and dentistry degrees, physician associate, clinical trials. Research labs (CRICK-LABTECH/LABSCI/RESSCI, QMUL-LABTECH) and UKHSA-LAB-PH-L3 are the right answer.",
)
case(
    ["medical_clinical"],
    "first",
    "Not anything clinical, I don't want to be hands on with patients or treatments. I'm creative, I like art and making things with my hands, and I wouldn't mind working for the NHS",
    "clinical, hands-on patient work",
    K("OT", "PLAY"),
    "Creative wording pulls towards OT (degree apprenticeship and BSc) and health play specialist, which are both clinical therapy. The dental lab roles (GSTT-DLA-L3, BARTS-DTECH-L5: making things, no patients) are the right answer.",
)
# ---------------- bodily fluids
case(
    ["bodily_fluids"],
    "first",
    "I cant handle sick, poo or wee, I'd literally gag on the spot. I do love babies and little ones though and want to work with them",
    "bodily fluids (sick, poo, wee)",
    K("EYP", "EYE", "MATSW", "MIDWIFE"),
    "EYP names nappies. EYE leads the care in a nursery room, which an adviser would say means nappies: judgement. The labour ward and birth roles (MATSW, midwife) mean bodily fluids.",
)
case(
    ["bodily_fluids"],
    "after_but",
    "I'm a caring person and I'd love to help people get better in hospital, but I've got a really weak stomach with bodily fluids and stuff, even my little brother being sick makes me heave",
    "bodily fluids",
    K("HCSW", "SHCSW", "NA", "RNDA_ACUTE", "NURSBSC", "ODP"),
    "Personal care (HCSW), wound care and blood (SHCSW), surgery (ODP), and hands-on nursing (NA, RNDA at acute trusts, nursing BSc; judgement). Porter, ward clerk, pharmacy and therapy assistant are fine.",
)
case(
    ["bodily_fluids"],
    "mid",
    "anything with sick or poo is a no go lol but i actually like cleaning, making stuff spotless is so satisfying, and i want steady hours",
    "cleaning up bodily fluids",
    K("CLEAN"),
    "Healthcare cleaning on wards ('clean a room after an infection') clearly means bodily fluids. FSO-L2 spends only a few weeks on cleaning, so it is left out (borderline).",
)
# ---------------- death
case(
    ["death"],
    "first",
    "not anything to do with death or dying, i just can't, it messes with my head. I like sitting with people, making them a cuppa and having a natter, especially older people, they've got the best stories",
    "death and end-of-life care",
    K("STCH"),
    "The St Christopher's Hospice roles. The hospice volunteer role matches 'make tea, chat' almost word for word. STCH-CARE-VOL is generic befriending but run by the hospice. LBN and MENCAP befriending are fine.",
)
case(
    ["death"],
    "after_but",
    "I love fast paced stuff and I think I'd be good in an emergency, but I don't want to be there when people die, I don't think I could handle that",
    "being around people dying",
    K("LAS_CREW", "LAS-EMD", "BSCPARA"),
    "Ambulance crews and paramedics (cardiac arrests, trauma); the 999 call handler talks callers through CPR. The ACP (emergency department) is for experienced staff only and is left out.",
)
# ---------------- phones
case(
    ["phones"],
    "first",
    "I'm not a people person on the phone, I get proper anxious when it rings and I never pick up lol. I like helping people and organising things, making sure everything runs smooth",
    "answering phones or call handling",
    K("CS", "GPRECEP", "WARDCLERK", "LAS-CALLHANDLER-111", "LAS-EMD"),
    "Answering the phone is in the text for all of these. Business admin and commissioning admin are fine.",
)
case(
    ["phones"],
    "mid",
    "I'm good with computers and I like solving problems, hate phones though so please no call centres or answering calls all day, I'd rather just fix stuff",
    "call handling, answering phones",
    K("ITTECH", "LAS-CALLHANDLER-111", "LAS-EMD", "CS", "GPRECEP"),
    "Trap: the IT solutions technician fits the liking but its text says you 'answer IT service desk calls'. The infrastructure technician is the right answer.",
)
case(
    ["phones"],
    "after_but",
    "I want to do something in mental health, like talking therapy, cos of my own experiences. I'm great talking to people face to face but not over the phone, phone calls are my worst nightmare",
    "working over the phone",
    K("PWP"),
    "The PWP gives CBT support 'by phone, video or face to face'. Peer support worker and peer volunteer are face to face and fine.",
)
# ---------------- desk / office
case(
    ["desk_office"],
    "first",
    "nothing where I'm sat at a desk all day, I'd go mad. I'm alright with computers and numbers but I need to be moving about",
    "desk-bound office work",
    K(
        "DATA",
        "ICBDATA",
        "DTS",
        "GSTT-CYBER-L4",
        "AAT",
        "ACCT",
        "GSTT-ACCPROF-L7",
        "UCLH-PAYROLL-L3",
        "CODER",
    ),
    "Data, computing, finance, payroll and coding are desk roles. The IT solutions and infrastructure technicians (moving round wards and comms rooms) are the right answer.",
)
case(
    ["desk_office"],
    "after_but",
    "People say I'm super organised and I'm good at admin, sorting files, emails, diaries, but I don't wanna be stuck in an office every day, I need some variety",
    "being stuck in an office",
    K("BA", "ICBADMIN", "HRSUP", "TL", "UCLH-PAYROLL-L3", "CODER", "AAT"),
    "Office-based admin, HR, payroll, coding and finance. The ward clerk (on the ward) is the right answer.",
)
# ---------------- children
case(
    ["children"],
    "first",
    "not working with kids or teenagers, I've done enough babysitting my siblings to last a lifetime. I'd like to help people learn things or support them to get on in life",
    "working with children or teenagers",
    K("TA_SCHOOL", "EYE", "EYP", "TLEVEL_EY", "YSW", "LBN-YW-L6", "PLAY"),
    "Teaching, early years, youth work and play roles. Adult learning disability support, social prescribing and the deafblind communicator guide are fine.",
)
case(
    ["children"],
    "after_but",
    "I love arts and crafts and playing games, I'm a big kid myself honestly, but I'm not great with actual children, they stress me out",
    "working with children",
    K("PLAY", "EYP", "EYE", "TLEVEL_EY"),
    "'Big kid myself' is a lure. Play specialist, early years roles and the early years T Level all involve children.",
)
case(
    ["children"],
    "mid",
    "I want something in a hospital with research or data, maybe clinical work later on, just not a children's hospital or anything with sick kids, it would break my heart, so adults only",
    "children's hospital / sick children",
    K("GOSH_KIDS"),
    "GOSH: 'every patient is a child or young person'. The GOSH data analyst, research volunteer and ACP. Other data and research roles are fine.",
)
# ---------------- older people
case(
    ["older_people"],
    "first",
    "no old people please, I find it too sad. I'd like to volunteer a few hours a week, chatting to people and helping out in my local community",
    "working with older people",
    K("BEFRIEND", "STCH-HOSPICE-VOL"),
    "Befriending volunteers ('visit an older or disabled person') and the hospice volunteer (interests: older people). Community health champion and patient research champion are fine.",
)
case(
    ["older_people"],
    "after_but",
    "I want to get into adult social care and support people to live their lives, but not with the elderly, I'd rather work with people closer to my age",
    "working with elderly people",
    K("BEFRIEND", "STCH-HOSPICE-VOL", "STCH-HCA-HOSPICE"),
    "Only the roles that name older people are listed. ACW and reablement do not name older people, so they are not listed (reablement is often older people in practice).",
)
# ---------------- driving
case(
    ["driving"],
    "first",
    "I don't drive and I'm not planning to anytime soon. I'd love to be out on an ambulance helping people in emergencies",
    "driving",
    K("LAS_CREW"),
    "ASW needs a full manual licence, AAP a C1 licence, and paramedics work on the road. The 999 call handler is fine. Reablement lists driving as 'helpful' only, so it is not listed.",
)
case(
    ["driving"],
    "mid",
    "I'm really into emergency care and first aid and want to be a paramedic one day, no licence tho and I can't afford lessons so nothing where I have to drive, maybe a uni route?",
    "driving",
    K("LAS_CREW"),
    "The BSc Paramedic Science courses (CSG, UWL) need no licence in their text, so they are the right answer and are not listed.",
)
# ---------------- nights
case(
    ["nights"],
    "first",
    "I cant do nights, I've got a little one at home and no one to have her. I'd love to work on a hospital ward looking after patients",
    "night shifts",
    K("HCSW", "MHSW", "MATSW"),
    "All name night shifts. SHCSW ('rota across seven days') and NA ('shifts on a rota') do not name nights, so they are not listed.",
)
case(
    ["nights"],
    "after_but",
    "I like being active and walking about all day, I'm friendly and I'd be good at helping people get where they need to go, but nights are a no, I need my sleep or I'm useless",
    "night shifts",
    K("PORTER"),
    "Porter: 'shifts cover days, nights and weekends'. The FSO apprenticeship ('mostly day shifts') is the right answer.",
)
case(
    ["nights"],
    "mid",
    "mental health is something I care about loads and I'd like to support people on a ward, tho I can't do night shifts or sleep-ins because my sleep affects my own mental health, days are fine",
    "night shifts and sleep-ins",
    K("MHSW", "LD"),
    "MHSW: 'long days and nights'. The LD support workers do sleep-ins. Peer support worker (weekdays) and PWP are fine.",
)
# ---------------- lifting
case(
    ["lifting"],
    "first",
    "no lifting, I've got a bad back from an old injury. I like being on my feet though and helping out around a hospital, I'm a hard worker",
    "heavy lifting / manual handling",
    K("PORTER", "FSO", "TATHERAPY", "HCSW"),
    "Porter (moves patients and equipment, physical fitness), FSO (portering, waste), therapy assistant (helps patients move), HCSW (gets patients up and about; moving and handling). Ward clerk and hospitality are fine.",
)
case(
    ["lifting"],
    "after_but",
    "I'm really interested in physio and sport science, I used to play basketball, but I've got a heart condition so nothing too physical or heavy",
    "physically demanding work",
    K("TATHERAPY", "PHYSIO"),
    "Therapy assistant (physical activity, helps patients move) and physio degree apprenticeship (hands-on movement work; judgement). Healthcare science and data are fine.",
)
case(
    ["lifting"],
    "mid",
    "I want to work in the emergency services, I'm calm under pressure, although after my knee injury from football I can't do heavy physical work or lifting, so bear that in mind",
    "heavy physical work and lifting",
    K("LAS_CREW"),
    "Ambulance crews lift patients ('helping patients into the ambulance'). The 999 and 111 call handlers are fine.",
)
# ---------------- care home
case(
    ["care_home"],
    "after_but",
    "I want to start a health and social care course at college next year, but not one where I end up in a care home, my gran was in one and it was grim",
    "working or placed in a care home",
    K("LEWCOL-HSC-L2", "CNWLC-HSC-L2"),
    "HSC Level 2: 'placement in a care home or day centre'. The Level 1 courses only 'go on visits to care homes', so they are left out (borderline). The T Level in Health (NHS placement) is fine. Only 2 exist.",
)
# ---------------- doubles
case(
    ["blood", "needles"],
    "first",
    "blood and needles are both a massive no for me, I fainted at my last jab haha. Science is my fave subject and I want to get a job in a hospital",
    "blood; needles and injections",
    K("SHCSW", "HCAGP", "LABWEX", "HSASSOC", "HSA", "ODP"),
    "Two refusals in one clause. Taking-blood roles, blood labs (HSA-L2 by judgement) and theatres. Pharmacy, radiography and IT are fine.",
)
case(
    ["personal_care", "nights"],
    "after_but",
    "I'd like to be a healthcare assistant, I'm caring and I love making people comfortable, but I can't do nights cos of uni and I don't want to do personal care like washing people",
    "night shifts; personal care",
    K("HCSW", "ACW", "REABLE", "STCH-HCA-HOSPICE", "MHSW"),
    "HCSW and hospice HCA fail on both counts. ACW and reablement fail on personal care. MHSW ('healthcare assistant' in the title) fails on nights.",
)
case(
    ["phones", "desk_office"],
    "first",
    "I'm rubbish on the phone and I hate sitting at a desk for hours. I like tech, taking gadgets apart and fixing them",
    "phones; desk work",
    K("ITTECH", "GSTT-CYBER-L4", "DTS", "DATA", "ICBDATA"),
    "ITTECH fails on phones (service desk calls). Cyber, computing degree and data fail on desk work. Infrastructure technician, maintenance and electrician are the right answer.",
)
case(
    ["children", "older_people"],
    "first",
    "I'm not good with little kids or old people, anyone in between is fine lol. I want to do some volunteering and help people",
    "young children; older people",
    K("BEFRIEND", "STCH-HOSPICE-VOL", "GOSH-RES-VOL", "EYP", "EYE", "TLEVEL_EY", "PLAY"),
    "The volunteering liking makes befriending and the hospice and GOSH volunteers likely. Early years and play roles are listed for 'little kids'. Teenager roles (YSW) and secondary-school TA are not listed.",
)
case(
    ["driving", "lifting"],
    "after_but",
    "I want to work in emergency care and I stay calm under pressure, but I don't drive and I've got a bad back so no lifting",
    "driving; lifting",
    K("LAS_CREW"),
    "The ambulance crew roles fail on both counts. The 999 and 111 call handlers are fine. The BSc Paramedic Science courses are not listed (no licence needed; lifting only on placements).",
)
case(
    ["hospitals", "blood"],
    "first",
    "hospitals and blood both make me feel faint, no joke. I like helping people and I'd like to do something in my community, like at a GP or local services",
    "hospitals; blood",
    K("HCAGP", "THGPCG_HOSP", "SHCSW", "HCSW", "WEX", "PREEMP"),
    "Subtle: the THGPCG GP-care-group roles are 'based at Mile End Hospital', so they fail on hospitals. HCA-GP fails on blood. HURLEY-SPLW and HURLEY-GPRECEP are the right answer.",
)
case(
    ["death", "bodily_fluids"],
    "after_but",
    "I'm kind and I like keeping people company, making sure they're ok, but anything with dying people or bodily fluids is a no from me",
    "death and dying; bodily fluids",
    K("STCH", "HCSW", "ACW_WASH"),
    "Hospice roles fail on dying. HCSW (one text is 'keeping them company'; personal care) and the ACW variants that name washing fail on bodily fluids. LBN and MENCAP befriending are fine.",
)
case(
    ["medical_clinical", "patient_contact"],
    "mid",
    "I want to work in health, I'm an organiser, I love planning events and spreadsheets, just nothing clinical and no patients please, I'd rather support the people who do that",
    "clinical work; patient contact",
    K("CS", "WARDCLERK", "GPRECEP", "CTS", "RESVOL"),
    "Reception, ward clerk and GP receptionist face patients. Clinical trials (patient consent, clinic days) and the research champions (talk to patients in waiting areas). The clinical coder does no patient contact and is not listed (borderline on 'clinical'). Business admin and commissioning admin are the right answer.",
)
case(
    ["nights", "children"],
    "first",
    "no night shifts and no kids or teenagers please. I'm into mental health and want to support people, maybe on a ward or in the community",
    "night shifts; children and teenagers",
    K("MHSW", "CAMHS", "YSW"),
    "MHSW fails on nights. The CAMHS taster days and youth support workers (link teens to mental health support) fail on age. Peer support worker, PWP and MH nursing BSc are fine.",
)
case(
    ["hospitals", "needles"],
    "after_but",
    "I'd like to work in a GP surgery or something local in the community doing health stuff, but no hospitals and defo no needles",
    "hospitals; needles",
    K("HCAGP", "THGPCG_HOSP"),
    "HURLEY-HCA-GP fails on needles. The THGPCG roles fail on hospitals (based at Mile End Hospital), and THGPCG-HCA-GP fails on both. HURLEY-GPRECEP and HURLEY-SPLW are the right answer.",
)

# ---------------- decoys (nothing ruled out)
D = [
    "I'm not squeamish at all, blood is fine with me, I've watched every surgery video going. Want to get into operating theatres or something like that",
    "I don't mind nights at all, I'm a night owl anyway. I like keeping busy and helping people, maybe porter or something on a hospital ward",
    "no problem with personal care, I did it for my grandad for 2 years so washing and dressing someone doesn't faze me. I'd like care work out in the community",
    "never been scared of needles, I actually find blood tests interesting lol. I'd like to be a healthcare assistant at a GP surgery",
    "got my full licence last year and honestly I love driving, no issues there at all. Would love to be on the ambulances",
    "phone calls don't bother me one bit, I'm a chatterbox. I'd love a job taking calls and helping people in emergencies",
    "I don't have a problem with old people, my nan is literally my best friend haha. Looking for volunteering where I can chat to people",
    "hospitals don't scare me, I was in and out of them as a kid and the nurses were amazing, it's why I want to be a nurse",
    "death doesn't faze me, I've been through a lot and I think I'd be good at supporting people at the end of their life and their families",
    "not afraid of hard graft or lifting, I go gym 5 times a week. I want something physical and active, on my feet all day",
]
DNOTE = [
    "Decoy: 'not squeamish' means blood is fine. Theatres (ODP) are a correct answer, not a refusal.",
    "Decoy: 'don't mind nights'. Porters and HCSW, which include nights, are fine.",
    "Decoy: 'no problem with personal care'. ACW and reablement are fine.",
    "Decoy: 'never been scared of needles'. HCA-GP is the natural answer.",
    "Decoy: has a licence and likes driving. Ambulance crew roles are fine.",
    "Decoy: 'calls don't bother me'. The 999 and 111 call handlers are fine.",
    "Decoy: 'don't have a problem with old people'. Befriending is fine.",
    "Decoy: 'hospitals don't scare me'. Hospital nursing is fine.",
    "Decoy: 'death doesn't faze me'. Hospice roles are the natural answer.",
    "Decoy: 'not afraid of lifting'. Porter, FSO and therapy assistant are fine.",
]
assert len(C) == 50 and len(D) == 10

# interleave: a decoy after every 5 refusal cases
out = []
ci = di = 0
while ci < len(C) or di < len(D):
    for _ in range(5):
        if ci < len(C):
            out.append(("R", C[ci]))
            ci += 1
    if di < len(D):
        out.append(("D", di))
        di += 1

lines = []
for n, (t, x) in enumerate(out, 1):
    rid = f"R{n:03d}"
    if t == "R":
        note = f"kind: {'+'.join(x['kinds'])}; refusal position: {x['pos']}. " + x["notes"]
        lines.append(
            dict(
                id=rid,
                about=x["about"],
                rules_out=x["rules_out"],
                keep_out=x["keep_out"],
                notes=note,
            )
        )
    else:
        lines.append(
            dict(id=rid, about=D[x], rules_out="", keep_out=[], notes="kind: decoy. " + DNOTE[x])
        )

with open(pathlib.Path(__file__).with_name("cases.jsonl"), "w") as f:
    for l in lines:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print("wrote", len(lines))
