"""Topics interviewers worry about, and the words an answer on each tends to use.

Data for rule `unanswered-concern` (logic in :mod:`followup_kit.rules.answers`). An answer often
shares no word with the concern: a worry about relocating is answered with a signed tenancy and
a bus time, one about a gap in employment with the months spent caring for a parent. Each topic
below lists the words of both sides, so the concern and the answer meet in a topic.

Spelling: one word per entry, or two joined by ``_`` for a phrase ("career_break"). An entry of
four letters or fewer matches only as written (plus a plural), so "car" never meets "care"; an
entry in capitals matches only in capitals ("ICU", never "icu" in another word). Longer entries
match their close forms ("tenancy", "tenancies").

A topic marked broad (a whole trade or a kind of work: sales, teaching) shows that a sentence is
in the concern's field, not that it answers it: it needs a second topic or key term beside it.
"""

from __future__ import annotations

__all__ = ["BROAD", "TOPICS"]

TOPICS: dict[str, str] = {
    # --- where and when: moving, commuting, starting, hours
    "relocation": """relocate relocating relocation move moving moved distance miles far away
        live living lease tenancy tenancies rent renting rental flat apartment house housing
        mortgage landlord commute commuting journey train bus tram station neighbourhood
        local nearby settle settled based_in move_to""",
    "uk": """UK Britain British England English Scotland Scottish Wales Welsh London
        Manchester Birmingham Leeds Glasgow Edinburgh Bristol Liverpool Cardiff Belfast
        Newcastle Sheffield Nottingham Croydon NHS HMRC""",
    "commute": """commute commuting journey =train =trains bus tram station drive driving
        door_to_door parking cycle cycling""",
    "notice": """notice notice_period start starting start_date available availability
        begin release released released_early leave_early
        contract_ends garden_leave resign resignation resigned immediately immediate
        joining January February March April June July August September October November
        December""",
    "salary": """salary salaries pay compensation package money expectation expectations
        bonus pension base_salary base range band equity benefits hourly allowance
        budgeted""",
    "schedule": """weekend weekends shift shifts night nights rota roster hours overtime
        evening evenings on-call saturday saturdays sunday sundays weekday weekdays
        monday tuesday wednesday thursday friday part-time full-time =cover =covers
        continental days_on days_off nights_on bank_holidays christmas""",
    "family_care": """children child kids childcare nursery school_run partner husband wife
        family babysitter parents grandparents mother father mum dad carer caring look_after
        looking_after""",
    "remote": """remote remotely hybrid office offices onsite on-site in_person home
        days_a_week desk workplace distributed anchor_days""",
    "travel": """travel travelling traveling travelled traveled trips trip abroad overseas
        nights_away flights flight field-based site_visits on_the_road""",
    "driving": """driving drive driver licence license car cars vehicle van driving_test
        insurance insurer insured""",
    "credential": """licence licences license licenses certificate certification certified
        qualification qualified registration registered register renew renewed renewal
        refresher expired expiry valid up_to_date accredited accreditation exam passed""",
    "visa": """visa visas sponsorship sponsor sponsored permit right_to_work citizen
        citizenship residence resident settled_status passport immigration nationality
        indefinite_leave work_authorisation green_card""",
    "language": """english spanish french german dutch italian portuguese arabic mandarin
        chinese japanese polish russian turkish hindi urdu welsh language languages fluent
        fluency native bilingual speaker proficiency IELTS TOEFL DELE DELF CEFR C1 C2 B2
        grew_up lived_in accent""",
    # --- career history
    "gap": """gap gaps break career_break time_off sabbatical pause out_of_work unemployed
        between_roles between_jobs caring carer caregiver illness recovering recovery
        surgery parental_leave maternity paternity returned return returning time_away
        at_home looking_after""",
    "tenure": """jobs moves changes tenure stay staying long_term loyalty committed
        contract contracts fixed-term temporary interim maternity_cover shut closed closure
        redundancy redundant laid_off layoffs restructure restructuring acquisition acquired
        bought merged merger longest permanent""",
    "leaving": """leaving leave left quit resign resigned resignation moving_on reason
        reasons reorganisation reorganization restructure restructuring redundancy laid_off
        merged merger closure closing acquired progression""",
    "seniority": """junior senior seniority title grade principal promotion promoted
        graduate entry-level mid-level head_of technical_lead tech_lead""",
    "overqualified": """overqualified over-qualified bored boredom challenged
        under-challenged stimulated stretch step_back stepping_back step_down deliberately
        downshift""",
    "career_change": """switch switching change changing transition coming_from new_to
        industry sector background transferable retrain retraining moving_into""",
    "academia": """academic academia phd doctorate postdoc postdoctoral thesis
        dissertation publication publications papers journal published lecturer
        university""",
    "industry": """industry industrial commercial corporate placement placements
        internship internships secondment shipped production private_sector""",
    "degree": """degree degrees qualification qualifications diploma bachelor masters BSc
        MSc MBA university college courses curriculum bootcamp chartered""",
    "computer_science": """computer_science algorithms data_structures operating_systems
        compilers complexity software_engineering programming""",
    "startup": """startup start-up startups small_company scrappy lean founder early-stage
        only_engineer on_my_own by_myself single-handed small_team alone budget_cut""",
    # --- people
    "leadership": """lead leading leader leadership manage managing managed manager
        management supervise supervising supervised supervisor direct_reports reports
        line_manage one-to-ones appraisals performance_reviews mentor mentored mentoring
        coach coached coaching team_of hire hired hiring delegate delegated development_plans
        probation acting_supervisor shift_lead""",
    "conflict": """conflict conflicts disagreement disagree disagreed dispute disputes
        tension friction pushback push_back difficult challenging escalation escalated
        complaint complaints angry upset negotiate negotiated negotiation compromise
        mediate mediated resolve resolved objection objections clash competing
        trade-off""",
    "stakeholders": """stakeholder stakeholders executive executives board director
        directors CEO CFO COO CTO VP head senior_leadership leadership_team management_team
        c-suite sponsor partners committee""",
    "presenting": """present presented presentation presentations presenting
        public_speaking pitch pitched demo demos audience slides deck conference keynote
        briefing briefed chair chaired""",
    "writing": """writing write wrote written documentation docs document guide guides
        manual manuals report reports articles blog newsletter copy editing edited proposal
        pages style_guide briefing briefings""",
    "explaining": """explaining explained simplify simplified translate non-technical
        plain_english jargon lay audience""",
    "confidence": """confidence assertive speak_up speaking_up spoke_up challenged
        quiet introvert voice""",
    "independence": """independent independently alone autonomy unsupervised supervision
        own_initiative self-managed remote_manager on_my_own""",
    "remote_team": """distributed remote time_zones timezones time_zone async asynchronous
        written_updates overlap global offshore stand-ups standups slack""",
    "training_others": """train trained training trainer induction onboarding onboard
        new_starters new_starter mentor mentored coach coached teach taught shadowing""",
    # --- pressure and volume
    "pressure": """pressure stress stressful busy workload deadline deadlines volume peak
        demanding fast-paced intense overload rush juggling priorities triage cut-off
        resus trauma""",
    "volume": """volume volumes calls tickets cases covers patients orders per_day
        per_hour a_day caseload queue handling_time throughput""",
    "customer_service": """customer customers complaints complaint service satisfaction
        CSAT NPS calls tickets escalations returns refund refunds guests guest""",
    # --- sales and accounts
    "sales": """sell sold selling sales quota pipeline =deals closed close revenue ARR
        prospects prospecting leads accounts book targets target commission won upsell
        rep""",
    "enterprise": """enterprise large_accounts fortune procurement multi-stakeholder
        complex_deals long_cycle six-figure seven-figure RFP security_review legal
        redlines""",
    "retention": """renewal renewals retention churn retain retained NRR net_revenue
        upsell expansion QBR business_reviews customer_success renewed""",
    "subscription": """subscription subscriptions recurring renew renewed renewal renewals
        SaaS monthly annual_licences churn MRR ARR""",
    "cold_calling": """cold_calling cold_calls outbound prospecting dials calls_a_day
        phone booked_meetings""",
    "territory": """territory territories region regional patch visits route
        field-based""",
    # --- money
    "budget": """budget budgets spend spending cost costs P&L forecast variance reforecast
        finance financial savings saved procurement invoices allocation funding funded
        cuts""",
    "accounting_standards": """GAAP IFRS FRS standards CPA FAR ACCA CIMA ACA statutory
        consolidation""",
    "accounting": """accounting accountant accounts reconciliation reconciliations
        accruals prepayments month-end year-end ledger journals""",
    "finance_sector": """financial_services finance bank banking fintech insurance
        investment securities trading payments lending credit fraud AML KYC FCA""",
    "bookkeeping": """books bookkeeping payroll VAT invoices xero quickbooks sage ledger
        accounts""",
    "audit": """audit audits audited auditing auditor listed AIM FTSE audit_committee
        controls sampling""",
    # --- rules
    "compliance": """compliance compliant regulation regulations regulated regulatory
        GDPR audit policy legislation standards inspection inspections Ofsted CQC MHRA FDA
        GMP SOP SOPs safeguarding""",
    "safety": """safety health_and_safety risk_assessment RIDDOR PPE incidents incident
        accidents near_misses IOSH NEBOSH COSHH toolbox_talks permits SIL
        safety-critical""",
    "public_sector": """public_sector council councils government ministry minister
        ministers cabinet councillor councillors elected_members policy parliamentary
        civil_service scrutiny committee department agency""",
    "procurement": """procurement tender tenders tendering bid bids bidder contract
        contracts framework frameworks suppliers supplier public_contracts standstill""",
    "foi": """FOI freedom_of_information information_requests subject_access disclosure
        requests""",
    # --- technology
    "data": """data dataset datasets rows columns cleaning cleaned duplicates duplicated
        messy quality pandas script""",
    "sql": """SQL query queries database databases =joins window_functions CTE CTEs
        warehouse snowflake bigquery postgres postgresql mysql tables schema""",
    "spreadsheets": """excel spreadsheet spreadsheets pivot pivot_table vlookup xlookup
        formulas macros sheets google_sheets""",
    "programming": """python java javascript typescript golang rust ruby php kotlin swift
        scala code coding programming scripts script library package pandas pytest
        codebase""",
    "embedded": """embedded microcontroller microcontrollers firmware STM32 arduino RTOS
        UART SPI I2C interrupts C""",
    "codebase": """codebase codebases monolith modules lines_of repository repositories
        legacy refactor refactored services""",
    "cloud": """cloud AWS azure GCP kubernetes k8s container containers containerised
        containerized docker cluster clusters helm pods orchestration GKE EKS AKS ECS
        openshift terraform infrastructure S3 RDS EC2 lambda serverless deploy deployed
        deployment""",
    "on_call": """on-call on_call incident incidents rotation pager paged outage outages
        first_responder failover uptime SRE postmortem""",
    "testing": """testing tests test_suite automated_tests unit_tests end-to-end selenium
        cypress QA pytest""",
    "analytics": """analytics tableau power_bi looker dashboards dashboard reports
        visualisation visualization metrics KPI KPIs UTM tracking attribution""",
    "experiments": """A/B experiment experiments experimentation test_design hypothesis
        statistical statistics significance power sample_size regression conversion
        variant control lift""",
    "machine_learning": """machine_learning ML model models neural classifier
        scikit-learn pytorch tensorflow prediction predictions""",
    "crm": """CRM salesforce hubspot dynamics pipedrive zoho""",
    "erp": """ERP SAP oracle netsuite dynamics""",
    "ticketing": """zendesk freshdesk ticketing tickets servicenow jira intercom macros""",
    "clinical_systems": """EHR EMR electronic_health_record electronic_record epic cerner
        charting systmone EMIS clinical_system""",
    "systems": """system systems software tool tools technology platform go-live rollout
        implementation super-user adoption""",
    "design": """design designs designed designer figma sketch prototype prototypes
        wireframes screens app onboarding responsive digital UX UI""",
    "research": """research user_research usability user_testing interviews personas
        studies study moderated sessions surveys insights synthesised synthesized
        dovetail""",
    "portfolio": """portfolio case_study case_studies samples projects project live_project
        screenshots work_samples attached""",
    "cad": """CAD autocad solidworks revit drawings drawing plans tolerances
        3D_models""",
    "marketing": """campaign campaigns ads advertising paid_social facebook instagram
        tiktok linkedin SEO PPC email_series cost_per sign-ups followers brand""",
    # --- health and care
    "nursing": """nurse nurses nursing ward wards patients patient bay unit clinical
        placement placements rotation""",
    "surgical": """surgery surgical post-operative postoperative theatre theatres
        operations recovery pre-op post-op orthopaedic orthopedic wound drains""",
    "critical_care": """ICU ITU HDU intensive_care critical_care step-down ventilator
        ventilated arterial_lines infusions resus resuscitation ACLS ALS""",
    "emergency": """emergency emergency_department A&E trauma resus triage major_incident
        ambulance""",
    "paediatrics": """children child kids paediatric paediatrics pediatric young babies
        baby infants toddlers teenagers camp play parents nappies feeds early_years""",
    "medication": """medication medications medicines drug drugs drug_round
        controlled_drugs dose doses insulin infusion infusions IV""",
    "dementia": """dementia alzheimer's alzheimers memory memory_unit confusion
        agitation residents care_home""",
    "anxiety": """at_ease scared afraid fear fears nervous anxious anxiety calm reassure
        reassured distraction toy""",
    # --- teaching
    "teaching": """teach teaching taught teacher lesson lessons class classes pupils
        students learners curriculum marking planning GCSE A-level sixth_form year_groups
        KS3 KS4 term""",
    "sixth_form": """A-level A-levels sixth_form year_12 year_13 post-16 mock_papers""",
    "behaviour": """behaviour behavior classroom_management discipline disruption
        disruptive seating_plan sanctions rewards detentions referrals exclusions warnings
        routines""",
    "online_teaching": """online remote_learning virtual Teams zoom google_classroom
        breakout_rooms e-learning LMS moodle canvas onenote""",
    "send": """SEN SEND special_needs special_educational autism autistic ADHD dyslexia
        EHCP EHC SENCo inclusion differentiation adapted""",
    "assessment": """progress tracking tracker assessment assessments assessed marking
        target_grade targets data test tests results grades""",
    "parents": """parents parent mother father families parents_evening""",
    # --- hospitality, retail, logistics, trades
    "hospitality": """covers service kitchen front_of_house bar restaurant guests hotel
        reservations upselling tables banquets food_safety HACCP allergens pass chefs
        sittings""",
    "wine": """wine wines sommelier WSET pairing pairings vintage bottles cellar
        by_the_glass""",
    "stock": """stock stocktake stock_count inventory ordering orders order wastage
        suppliers deliveries shrinkage""",
    "retail": """store stores shop shops stock merchandising till footfall shrinkage
        sales_floor""",
    "warehouse": """warehouse warehouses distribution_centre picking pickers pick-rate
        forklift forklifts loading depot depots logistics""",
    "construction": """site sites construction steel frame setting_out drawings plans
        building_control inspector foundations scaffold""",
    "gas": """gas boiler boilers heating Gas_Safe ACS""",
    "physical": """lifting lift heavy standing on_my_feet physical manual_handling kg
        unloading""",
    "shifts_24_7": """24/7 round-the-clock continental nights rota shifts""",
    "newsroom": """newsroom news deadline deadlines filed filing stories reports copy
        editor""",
    "recall": """recall recalls withdrawal withdrawn mislabelled traceability""",
    "projects": """project projects end_to_end kickoff milestones scope delivered
        on_time on_budget gantt agile scrum sprint PRINCE2 PMP contractors""",
    "typing": """typing words_per_minute wpm keyboard accuracy""",
    "supervision": """supervision supervised unsupervised independently manager
        check-ins""",
    "debt": """paying payment payments overdue arrears debt debts collections
        payment_plan instalments invoices recovered""",
    "budget_cuts": """cuts cut funding savings saved lost reduced""",
    "prioritising": """prioritise prioritize prioritising prioritization priorities
        backlog roadmap impact effort RICE""",
}

# Topics that place a sentence in a field without saying it answers the concern.
BROAD = frozenset(
    """
    sales nursing teaching hospitality systems data programming leadership customer_service
    volume projects accounting
    """.split()
)
