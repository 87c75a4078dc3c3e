"""Topics interviewers worry about, and the words an answer on each tends to use.

Data for rule `unanswered-concern` (logic in :mod:`followup_kit.rules.answers`). An answer often
shares no word with the concern: a worry about relocating is answered with a signed tenancy and
a bus time, one about a gap in employment with the months spent caring for a parent. Each topic
lists the words of both sides, so the concern and the answer meet in a topic.

Spelling of an entry:

- a word matches its forms that share its root ("tenancy", "tenancies"); a word whose root is
  shorter than five letters ("caring" -> "car") and a word written ``=word`` match only as
  written or with a plural ending, so "caring" never meets "cars";
- a word with a capital matches only as written ("ICU", "Teams": never "teams");
- ``a_b`` is a phrase of two or more words ("career_break"); ``a-b`` is the same phrase, as the
  hyphenated word is read as its parts ("post-operative");
- ``~word`` is a weak member: common in any letter ("Tuesday", "move"), it counts half, so it
  needs a second word of the topic or of the concern beside it.

A topic in BROAD (a whole trade or kind of work: sales, teaching) counts half too: it shows that
a sentence is in the concern's field, not that it answers it. A topic in REQUIRED must be met
when the concern says it is missing ("licence out of date"): years on the job do not replace
the licence.
"""

from __future__ import annotations

__all__ = ["BROAD", "REQUIRED", "TOPICS"]

TOPICS: dict[str, str] = {
    # --- where and when: moving, commuting, starting, hours, pay
    "relocation": """relocate relocating relocation relocated ~move ~moving ~moved distance
        miles ~far ~live ~living lease tenancy tenancies rent renting rental flat apartment
        housing mortgage landlord commute commuting journey =train bus tram station
        neighbourhood ~local ~nearby ~settle ~settled based_in move_to moving_to""",
    "uk": """UK Britain British England English Scotland Scottish Wales Welsh London
        Manchester Birmingham Leeds Glasgow Edinburgh Bristol Liverpool Cardiff Belfast
        Newcastle Sheffield Nottingham Croydon NHS HMRC""",
    "commute": """commute commuting journey =train =trains bus tram station ~drive ~driving
        door_to_door door-to-door timetable parking cycle cycling""",
    "notice": """notice notice_period ~start ~starting start_date ~begin ~available
        ~availability =joining ~join release released released_early leave_early contract_ends
        garden_leave resign resignation resigned immediately ~January ~February ~March ~April
        ~June ~July ~August ~September ~October ~November ~December""",
    "salary": """salary salaries pay compensation package money expectation expectations
        bonus pension base_salary ~base ~range band equity benefits hourly allowance
        budgeted""",
    "schedule": """weekend weekends shift shifts night nights rota roster =hours overtime
        =evening =evenings on-call saturday saturdays sunday sundays weekday weekdays ~monday
        ~tuesday ~wednesday ~thursday ~friday part-time full-time ~=cover ~=covers continental
        days_on days_off nights_on bank_holidays ~christmas childminder""",
    "family_care": """children child kids childcare nursery school_run partner husband wife
        family babysitter parents grandparents mother father mum dad =carer =caring
        look_after looking_after""",
    "remote": """remote remotely hybrid office offices onsite on-site in_person =home
        days_a_week desk workplace distributed anchor_days""",
    "travel": """travel travelling traveling travelled traveled ~trip ~trips abroad overseas
        nights_away flights flight field-based site_visits on_the_road""",
    "driving": """driving ~drive driver licence license =car =cars vehicle van driving_test
        insurance insurer insured""",
    "credential": """licence licences license licenses certificate certification certified
        qualification qualified registration registered register renew renewed renewal
        refresher expired expiry ~valid up_to_date accredited accreditation exam exams
        =passed""",
    "visa": """visa visas sponsorship sponsor sponsored permit right_to_work citizen
        citizenship residence resident settled_status passport immigration nationality
        indefinite_leave work_authorisation green_card""",
    "language": """english spanish french german dutch italian portuguese arabic mandarin
        chinese japanese polish russian turkish hindi urdu welsh language languages fluent
        fluency native bilingual =speaker =speakers proficiency IELTS TOEFL DELE DELF CEFR
        C1 C2 B2 grew_up lived_in accent""",
    # --- career history
    "gap": """gap gaps break career_break time_off sabbatical pause out_of_work unemployed
        between_roles between_jobs =caring =carer caregiver illness recovering recovery
        surgery parental_leave maternity paternity =returned =return =returning time_away
        at_home looking_after absence""",
    "tenure": """tenure ~stay ~staying ~jobs ~employers ~roles ~moves job-hopping
        job_hopping long_term loyalty committed contract contracts
        fixed-term temporary interim maternity_cover shut =closed closure redundancy
        redundant laid_off layoffs restructure restructuring acquisition acquired bought
        merged merger longest permanent""",
    "leaving": """leaving ~leave =left quit resign resigned resignation moving_on =reason
        =reasons reorganisation reorganization restructure restructuring redundancy laid_off
        merged merger closure =closed acquired progression""",
    "seniority": """junior senior seniority title grade principal promotion promoted
        graduate entry-level mid-level head_of technical_lead tech_lead step_back
        stepped_back stepping_back step_down stepped_down stepping_down""",
    "overqualified": """overqualified over-qualified bored boredom challenged
        under-challenged stimulated stretch step_back stepped_back stepping_back step_down
        stepped_down deliberately downshift too_junior""",
    "career_change": """switch switching transition coming_from new_to industry sector
        transferable retrain retraining moving_into""",
    "academia": """academic academia phd doctorate postdoc postdoctoral thesis dissertation
        publication publications papers journal published lecturer university lecturing
        seminars""",
    "industry": """industry industrial commercial corporate placement placements
        internship internships =secondment shipped production private_sector""",
    "degree": """degree degrees qualification qualifications diploma bachelor masters BSc
        MSc MBA university college =courses curriculum bootcamp chartered""",
    "computer_science": """computer_science algorithms data_structures operating_systems
        compilers complexity software_engineering programming""",
    "startup": """startup start-up startups small_company scrappy ~lean founder early-stage
        only_engineer on_my_own by_myself single-handed small_team alone budget_cut""",
    "learning": """learn_quickly course courses certification certificate practice upskill
        upskilling self-taught tutorial tutorials bootcamp CPD""",
    # --- people
    "leadership": """lead leading leader leadership manage managing managed manager
        management supervise supervising supervised supervisor supervisors direct_reports
        line_manage line_managed one-to-ones appraisals performance_reviews mentor mentored
        mentoring coach coached coaching team_of running_a_team ran_a_team run_a_team
        hire hired hiring delegate delegated
        development_plans probation acting_supervisor shift_lead oversee oversaw""",
    "conflict": """conflict conflicts disagreement disagree disagreed dispute disputes
        tension friction pushback push_back difficult challenging escalation escalated
        complaint complaints angry upset negotiate negotiated negotiation compromise
        mediate mediated resolve resolved objection objections clash competing trade-off""",
    "stakeholders": """stakeholder stakeholders executive executives ~board director
        directors CEO CFO COO CTO VP ~head head_of senior_leadership leadership_team management_team
        c-suite ~sponsor partners committee""",
    "presenting": """present presented presentation presentations presenting
        public_speaking pitch pitched demo demos audience slides deck conference keynote
        =briefing =briefed chair chaired""",
    "writing": """writing ~write ~wrote ~written documentation docs document guide guides
        manual manuals ~report ~reports articles blog newsletter copy editing edited
        proposal pages style_guide =briefing =briefings""",
    "explaining": """explain explaining explained simplify simplified translate clarify
        non-technical nontechnical plain_english jargon lay audience =walked walk_through
        walked_through teach taught train trained coach communicate communication""",
    "confidence": """=confidence assertive speak_up speaking_up spoke_up challenged quiet
        introvert voice""",
    "independence": """independent independently alone autonomy unsupervised supervision
        own_initiative self-managed on_my_own""",
    "remote_team": """distributed remote time_zones timezones time_zone async asynchronous
        written_updates overlap global offshore stand-up stand-ups standups slack
        spread_across spread_over ~online""",
    "training_others": """train trained training trainer induction onboarding onboard
        new_starters new_starter mentor mentored coach coached teach taught shadowing""",
    # --- pressure and volume
    "pressure": """pressure stress stressful busy workload deadline deadlines volume peak
        demanding fast-paced intense overload rush juggling triage cut-off resus trauma
        tight urgent""",
    "volume": """volume volumes ~calls tickets ~cases covers patients orders per_day
        per_hour a_day caseload queue handling_time throughput""",
    "customer_service": """~customer ~customers complaints complaint ~service satisfaction
        CSAT NPS ~calls tickets escalations ~returns refund refunds ~guests ~guest""",
    # --- sales and accounts
    "sales": """sell sold selling sales quota pipeline =deals =closed revenue ARR prospects
        prospecting =leads targets commission =won upsell rep""",
    "enterprise": """enterprise large_accounts fortune procurement multi-stakeholder
        complex_deals long_cycle six-figure seven-figure RFP security_review legal
        redlines""",
    "retention": """renewal renewals retention churn retain retained NRR net_revenue
        upsell expansion QBR business_reviews customer_success renewed""",
    "subscription": """subscription subscriptions recurring renew renewed renewal renewals
        SaaS annual_licences churn MRR ARR""",
    "cold_calling": """cold_calling cold_calls outbound prospecting dials calls_a_day
        phone booked_meetings""",
    "territory": """territory territories region regional patch route field-based""",
    "b2b": """B2B business_customers small_business small-business SMB SME SMEs firms
        fleet corporate_accounts""",
    # --- money
    "budget": """budget budgets spend spending cost costs P&L forecast variance reforecast
        finance financial savings saved invoices allocation funding funded cuts""",
    "accounting_standards": """GAAP IFRS FRS standards CPA FAR ACCA CIMA ACA statutory
        consolidation""",
    "accounting": """accounting accountant accounts reconciliation reconciliations
        reconcile reconciled accruals prepayments month-end year-end ledger journals""",
    "finance_sector": """financial_services finance bank banking fintech insurance
        investment securities trading payments lending credit fraud AML KYC FCA""",
    "bookkeeping": """bookkeeping payroll VAT invoices xero quickbooks sage ledger""",
    "audit": """audit audits audited auditing auditor listed AIM FTSE audit_committee
        controls sampling""",
    "payroll": """payroll pay_run pensions auto-enrolment P60 P60s P45 PAYE HMRC
        salaries""",
    "debt": """paying payment payments overdue arrears debt debts collections payment_plan
        instalments invoices recovered""",
    "forecasting": """forecast forecasts forecasting predict prediction predictions
        projection projections""",
    # --- rules
    "compliance": """compliance compliant regulation regulations regulated regulatory
        GDPR audit policy legislation inspection inspections Ofsted CQC MHRA FDA GMP SOP
        SOPs safeguarding""",
    "safety": """safety health_and_safety risk_assessment RIDDOR PPE incidents incident
        accidents near_misses IOSH NEBOSH COSHH toolbox_talks permits SIL
        safety-critical""",
    "public_sector": """public_sector council councils government ministry minister
        ministers cabinet councillor councillors elected_members policy parliamentary
        civil_service scrutiny department agency""",
    "procurement": """procurement tender tenders tendering bid bids bidder framework
        frameworks suppliers supplier public_contracts standstill""",
    "foi": """FOI freedom_of_information information_requests subject_access disclosure""",
    "legal": """legal law lawyer lawyers solicitor solicitors barrister paralegal law_firm
        clause clauses terms_and_conditions contract contracts conveyancing counsel
        employment_law""",
    "court": """court courts tribunal tribunals trial trials judge judges magistrates
        prosecution prosecutions prosecuted witness witnesses cross-examined
        cross-examination testimony bundle litigation claim claims""",
    # --- technology and data
    "data": """data dataset datasets rows columns cleaning cleaned duplicates duplicated
        messy pandas script""",
    "migration": """migrate migrated migrating migration transfer transferred convert
        converted conversion port ported rebuild rebuilt replatform ~move ~moved switch
        switched cutover""",
    "reporting": """dashboard dashboards report reports reporting chart charts
        visualisation visualization tableau power_bi Looker""",
    "numbers": """numbers figures metric metrics statistics stats KPI KPIs chart charts
        graph graphs""",
    "sql": """SQL query queries database databases =joins window_functions CTE CTEs
        warehouse snowflake bigquery postgres postgresql mysql tables schema""",
    "spreadsheets": """excel spreadsheet spreadsheets pivot pivot_table vlookup xlookup
        formulas macros google_sheets""",
    "programming": """python java javascript typescript golang rust ruby php kotlin swift
        scala code coding programming scripts script library package pandas pytest
        codebase""",
    "automation": """automate automated automating automation script scripts macro
        macros workflow""",
    "quality": """quality accuracy accurate error errors mistake mistakes check checked
        checking validate validated verify verified reconcile reconciled""",
    "embedded": """embedded microcontroller microcontrollers firmware STM32 arduino RTOS
        UART SPI I2C interrupts C""",
    "codebase": """codebase codebases monolith modules lines_of repository repositories
        legacy refactor refactored""",
    "cloud": """cloud AWS azure GCP kubernetes k8s =container =containers containerised
        containerized docker cluster clusters helm pods orchestration GKE EKS AKS ECS
        openshift terraform infrastructure S3 RDS EC2 lambda serverless deploy deployed
        deployment""",
    "on_call": """on-call on_call incident incidents rotation pager paged outage outages
        first_responder failover uptime SRE postmortem""",
    "testing": """testing tests test_suite automated_tests unit_tests end-to-end selenium
        cypress QA pytest""",
    "analytics": """analytics dashboards dashboard metrics KPI KPIs UTM =tracking
        attribution Looker tableau power_bi""",
    "experiments": """A/B experiment experiments experimentation test_design hypothesis
        statistical statistics significance sample_size regression =conversion variant
        control_group""",
    "machine_learning": """machine_learning ML neural classifier scikit-learn pytorch
        tensorflow""",
    "crm": """CRM salesforce hubspot dynamics pipedrive zoho""",
    "erp": """ERP SAP oracle netsuite dynamics""",
    "ticketing": """zendesk freshdesk ticketing tickets servicenow jira intercom macros""",
    "clinical_systems": """EHR EMR electronic_health_record electronic_record epic cerner
        charting systmone EMIS clinical_system""",
    "systems": """system systems software tool tools technology platform go-live rollout
        implementation super-user adoption""",
    "frontend": """frontend front-end react angular vue CSS HTML javascript typescript
        components accessibility""",
    "backend": """backend back-end API APIs endpoint endpoints microservices REST
        GraphQL""",
    "mobile": """mobile iOS android swift kotlin react_native flutter app_store play_store
        =app =apps""",
    "data_engineering": """dbt airflow pipelines pipeline ETL ELT spark kafka
        transformations transformation lakehouse databricks""",
    "cybersecurity": """cybersecurity cyber penetration pentest vulnerability
        vulnerabilities SOC SIEM firewall firewalls ISO_27001 phishing
        incident_response""",
    "it_support": """network networks networking routers cisco VPN active_directory
        helpdesk service_desk troubleshooting hardware laptops""",
    # --- product, design, content, marketing
    "product": """product roadmap launch launched launches beta specs =requirements
        discovery customer_interviews go-to-market general_availability MVP""",
    "design": """design designs designed designer figma sketch prototype prototypes
        wireframes screens onboarding responsive UX UI""",
    "research": """research user_research usability user_testing user_interviews personas
        studies study moderated sessions surveys insights synthesised synthesized
        dovetail""",
    "portfolio": """portfolio case_study case_studies samples projects project live_project
        screenshots work_samples attached""",
    "content": """microcopy UX_writing content copy copywriting strings labels
        error_messages button_labels tone_of_voice""",
    "marketing": """campaign campaigns ads advertising paid_social facebook instagram
        tiktok linkedin SEO PPC email_series cost_per sign-ups =followers brand""",
    "video": """video videos filming filmed editing edited premiere broadcast camera
        podcast tiktok youtube""",
    "translation": """translation translations translated translating translator
        interpreter interpreting localisation localization""",
    "events": """event events conference conferences venue venues catering delegates
        attendees summit exhibition trade_show kickoff""",
    # --- health and care
    "nursing": """nurse nurses nursing ward wards patients patient bay unit clinical
        placement placements rotation""",
    "hospital": """healthcare health_care hospital hospitals ward wards inpatient
        inpatients outpatient outpatients clinic clinics discharge discharges admissions
        NHS acute theatre theatres""",
    "surgical": """surgery surgical post-operative postoperative theatre theatres
        operations recovery pre-op post-op orthopaedic orthopedic wound drains""",
    "critical_care": """ICU ITU HDU intensive_care critical_care step-down ventilator
        ventilated arterial_lines infusions resus resuscitation ACLS ALS""",
    "emergency": """emergency emergency_department A&E trauma resus triage major_incident
        ambulance""",
    "paediatrics": """children child kids paediatric paediatrics pediatric young babies
        baby infants toddlers teenagers camp ~play parents nappies feeds early_years""",
    "medication": """medication medications medicines drug drugs drug_round
        controlled_drugs dose doses insulin infusion infusions IV""",
    "dementia": """dementia alzheimer's alzheimers memory_unit confusion agitation
        residents care_home""",
    "anxiety": """at_ease scared afraid fear fears nervous anxious anxiety calm reassure
        reassured distraction toy""",
    "pharmacy": """pharmacy pharmacies pharmacist pharmacists dispensary dispensing
        dispensed prescription prescriptions medicines charts pre-registration""",
    "midwifery": """midwife midwives midwifery birth births labour delivery_suite
        labour_ward antenatal postnatal pre-eclampsia twins breech caesarean c-section
        dystocia dystocias haemorrhage CTG obstetric obstetrics""",
    "mental_health": """mental_health psychiatric depression crisis self-harm CBT therapy
        counselling therapist wellbeing""",
    "social_work": """social_work social_worker caseload caseloads families
        child_protection safeguarding looked-after care_plans vulnerable""",
    "childcare": """nursery early_years EYFS babies toddlers key_person nappies baby_room
        childminder""",
    "veterinary": """vet vets veterinary animals animal exotics exotic rabbits rabbit dogs
        cats anaesthetic reptiles parrot parrots""",
    # --- teaching
    "teaching": """teach teaching taught teacher lesson lessons class classes pupils
        students curriculum marking GCSE A-level sixth_form year_groups KS3 KS4""",
    "adult_education": """adult adults adult_learners learners further_education FE
        evening_classes ESOL apprentice apprentices apprenticeship apprenticeships
        mature_students workplace_training""",
    "sixth_form": """A-level A-levels sixth_form year_12 year_13 post-16 mock_papers""",
    "behaviour": """behaviour behavior classroom_management discipline disruption
        disruptive seating_plan sanctions rewards detentions referrals exclusions warnings
        =routines""",
    "online_teaching": """online remote_learning virtual Teams zoom google_classroom
        breakout_rooms e-learning LMS moodle canvas onenote""",
    "send": """SEN SEND special_needs special_educational autism autistic ADHD dyslexia
        EHCP EHC SENCo inclusion differentiation adapted""",
    "assessment": """progress =tracking =tracker assessment assessments assessed marking
        target_grade test_scores results grades""",
    "parents": """parents parent mother father families parents_evening""",
    "research_output": """publications publication papers paper journal journals
        monograph peer-reviewed citations REF published""",
    # --- hospitality, retail, logistics, trades
    "hospitality": """covers kitchen front_of_house ~bar restaurant ~guests hotel
        reservations upselling ~tables banquets food_safety HACCP allergens ~pass chefs
        sittings""",
    "fine_dining": """fine_dining michelin tasting_menu =stage garnish plating plate rosette
        rosettes brigade chef_de_partie sous_chef pastry a_la_carte""",
    "wine": """wine wines sommelier WSET pairing pairings vintage bottles cellar
        by_the_glass""",
    "stock": """stock stocktake stock_count inventory ordering =orders wastage suppliers
        deliveries shrinkage""",
    "retail": """store stores shop shops merchandising till footfall shrinkage
        sales_floor""",
    "warehouse": """warehouse warehouses distribution_centre picking pickers pick-rate
        forklift forklifts depot depots logistics""",
    "supply_chain": """supply_chain suppliers supplier purchasing buyer buyers lead_times
        inventory logistics freight shipments""",
    "manufacturing": """manufacturing production plant factory assembly production_line
        assembly_line changeover yield scrap OEE machining""",
    "improvement": """lean six_sigma sigma kaizen green_belt black_belt SMED 5S
        value_stream DMAIC continuous_improvement changeover root_cause
        process_improvement waste""",
    "construction": """site sites construction steel frame setting_out drawings
        building_control inspector foundations scaffold""",
    "cad": """CAD autocad solidworks revit drawings drawing tolerances 3D_models""",
    "electrical": """electrician electrical wiring wired circuits consumer_unit rewire
        rewired NICEIC inspection_and_testing EICR""",
    "plumbing": """plumbing plumber boilers boiler heating pipework radiators unvented G3
        press-fit HVAC ventilation commercial_boilers""",
    "gas": """gas boiler boilers heating Gas_Safe ACS""",
    "physical": """lifting =lift heavy standing on_my_feet physical manual_handling kg
        unloading""",
    "shifts_24_7": """24/7 round-the-clock continental nights rota shifts""",
    "security": """security guard guards patrol patrols patrolling CCTV SIA control_room
        alarm alarms door_supervisor lone_working""",
    "aviation": """flight flights cabin crew passengers evacuation aircraft airline
        emergency_procedures""",
    "newsroom": """newsroom news deadline deadlines filed filing ~stories reports copy
        editor""",
    "recall": """recall recalls withdrawal withdrawn mislabelled traceability""",
    "projects": """~project ~projects end_to_end kickoff milestones scope ~delivered on_time
        on_budget gantt agile scrum sprint PRINCE2 PMP contractors""",
    "typing": """typing words_per_minute wpm keyboard accuracy""",
    "fitness": """personal_training personal_trainer gym members membership""",
    "fundraising": """fundraising fundraiser =fundraised donors donor donations grant
        grants =trusts foundations funder funders lottery appeal legacies major_donors""",
    "recruitment": """recruit recruiting recruitment recruiter hire hired hiring vacancies
        vacancy screening headhunting =filled""",
    "employee_relations": """HR disciplinary disciplinaries grievance grievances
        investigation investigations dismissal absence sickness return-to-work
        consultation TUPE employee_relations measures_letter""",
    # --- tools by kind: a concern names one, the answer often another of the same kind
    "hr_systems": """HRIS workday successfactors bamboohr personio ciphr iTrent""",
    "work_tools": """jira asana trello confluence notion monday_com smartsheet basecamp""",
    "design_tools": """figma sketch adobe photoshop illustrator indesign canva
        after_effects""",
    "web_analytics": """google_analytics GA4 mixpanel amplitude hotjar search_console""",
    "finance_tools": """blackline hyperion anaplan netsuite sage xero quickbooks oracle SAP
        power_bi""",
    "marketing_tools": """mailchimp marketo braze klaviyo hootsuite semrush hubspot""",
    # --- ways of working
    "strategy": """strategy strategic vision roadmap OKRs long-term three-year
        business_plan""",
    "commercial": """commercial_awareness margin margins pricing profit profitability
        P&L revenue cost_saving""",
    "change": """change_management transformation rollout roll-out adoption resistance
        restructure new_process""",
    "negotiation": """negotiate negotiated negotiating negotiation negotiations
        renegotiated =deals""",
    "detail": """accuracy accurate error errors error-free mistakes proofread proofreading
        double-check checked checklist audit""",
    "multitasking": """juggle juggled juggling multitask multitasking competing_priorities
        several_projects at_once""",
    "customer_facing": """client-facing customer-facing clients client_meetings
        face-to-face front-line""",
    "teamwork": """collaborate collaborated collaboration cross-functional
        worked_with teammates colleagues""",
    "problem_solving": """root_cause diagnose diagnosed troubleshoot troubleshooting
        fixed solved workaround""",
    "creativity": """creative idea ideas concept concepts brainstorm original""",
    # --- the person
    "interview_nerves": """nervous nerves unprepared preparation prepared flustered
        mind_went_blank""",
    "references": """reference references referee referees background_check DBS vetting
        vetted""",
    "dismissal": """dismissed dismissal fired sacked let_go terminated clean_record
        warning warnings""",
    "cpd": """CPD continuing_professional_development refresher up_to_date ~current ~recent
        =course =courses qualification qualifications""",
    "prioritising": """prioritise prioritize prioritising prioritization =priorities
        backlog roadmap impact effort RICE""",
}

# Topics that place a sentence in a field without saying it answers the concern.
BROAD = frozenset(
    """
    sales nursing teaching hospitality systems data programming leadership customer_service
    volume accounting numbers quality
    """.split()
)

# When the worry is that one of these is missing ("not yet passed", "no licence"), only a
# sentence about it answers: years on the job do not replace the exam.
REQUIRED = frozenset(["credential"])
