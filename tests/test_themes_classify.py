"""The classifier on real recommendations of the corpus that are not among the 250 labels.

Each expected answer was written by hand from ../shared/themes/taxonomy.md (rule or definition
in the comment) before the classifier's answer was looked at. Where the two still differ after
the rules were corrected, the item stays here with its hand label and counts against the
agreement figures, as an unseen item would.
"""

from __future__ import annotations

import pytest

from ilacs.themes import THEMES, VERSION, classify

# (section, text, hand-labelled themes, most important first)
HAND = [
    # Bromley, 2018 (report of 7 January 2019): its four areas for improvement
    (
        "la",
        "The take-up of return home interviews and the effective use of information to identify and mitigate emerging risks.",
        "exploitation_missing",
    ),  # RHI take-up and use of their intelligence
    (
        "la",
        "Information provided to homeless 16- and 17-year-olds so that they understand the options available to them.",
        "homeless_16_17",
    ),
    (
        "la",
        "School attendance levels and educational progress for secondary-aged children in care.",
        "education",
    ),
    (
        "la",
        "The arrangements for care leavers to have access to their health history, and support to care leavers to develop emotional resilience.",
        "care_leavers;health_wellbeing",
    ),  # health histories: care_leavers with health
    # Bromley, 2023 (report of 12 January 2024)
    (
        "la",
        "The continued strengthening of practice for children experiencing increasing risks that may lead to the pre-proceedings stage of the public law outline.",
        "court_legal",
    ),
    # Bromley, 2016 (report of 27 June 2016)
    (
        "la",
        "Ensure that the director of children's services has the authority and capacity to respond to deficits in children's and young people's services, and to drive forward change and improvement.",
        "leadership_corporate",
    ),  # senior management capacity
    (
        "la",
        "Review and improve all quality assurance arrangements to ensure that senior managers and elected members understand performance, in order that they may robustly improve the quality of services.",
        "qa_performance",
    ),
    (
        "la",
        "Review workforce capacity in order to reduce social work caseloads in the referral and assessment, and safeguarding teams, to enable staff to carry out good-quality direct work with children.",
        "workforce",
    ),
    (
        "la",
        "Ensure that thresholds are understood and consistently applied in response to risk, so that appropriate actions are taken when risks or concerns escalate or diminish.",
        "front_door",
    ),
    (
        "la",
        "Improve the quality of legal advice to social workers and their managers to enable confident and effective presentation of care plans in court, to achieve the right outcomes for children.",
        "court_legal",
    ),
    (
        "la",
        "Ensure that children and young people who are placed out of the borough are sufficiently supported by their social worker and have access to services to meet their needs where they live.",
        "placements",
    ),  # placements at a distance
    (
        "la",
        "Ensure that children looked after in Year 12 are effectively supported and encouraged to remain in education.",
        "education",
    ),  # post-16 education
    (
        "la",
        "Increase the range of suitable accommodation available for homeless 16- and 17-year-olds and care leavers, so that they are safe and feel safe where they live.",
        "homeless_16_17;care_leavers",
    ),  # rule 3: groups in order of mention
    (
        "la",
        "Integrate children's commissioning arrangements corporately, to ensure that safeguarding children and young people is understood and prioritised.",
        "leadership_corporate",
    ),
    (
        "la",
        "Evaluate services that support children and families living with domestic violence, drug and alcohol misuse and parental mental ill health to ensure that these are making a difference.",
        "neglect_domestic_abuse;qa_performance",
    ),
    (
        "lscb",
        "The LSCB should establish a performance dataset that ensures that it can measure progress against its key priorities.",
        "qa_performance",
    ),
    (
        "lscb",
        "The LSCB should actively seek the views and opinions of children and young people, and engage them in a systematic manner in order to ensure that it is aware of and benefits from their experience.",
        "voice_participation",
    ),
    # elsewhere in the corpus
    (
        "la",
        "Ensure that supervision is reflective, challenging and consistently focuses on continual professional development (paragraphs 33, 130).",
        "management_oversight;workforce",
    ),
    (
        "la",
        "The sufficiency of suitable housing to meet the needs of all care leavers who wish or need to live on the island.",
        "care_leavers",
    ),  # placements excludes care leavers' accommodation
    (
        "la",
        "Review family-finding processes to ensure that these are timely and make best use of internal and external resources to secure permanent homes for children.",
        "permanence_adoption",
    ),
    (
        "la",
        "The participation and engagement of the police in child protection processes.",
        "partnership_governance;cp_enquiries",
    ),  # a partner agency's engagement in a process
    (
        "lscb",
        "Strengthen the board's scrutiny of the quality and impact of early-help services.",
        "early_help;qa_performance",
    ),  # rule 4
    (
        "lscb",
        "Undertake a review of those children and young people admitted to hospital for self-harm and attempted suicide to determine reasons that will inform suitable preventative work.",
        "health_wellbeing;qa_performance",
    ),
    (
        "lscb",
        "Ensure that the business manager is sufficiently resourced to meet the needs of the board.",
        "partnership_governance",
    ),  # business unit and resources
    (
        "la",
        "Ensure that the workloads of social workers, including newly qualified staff, and IROs are reduced in line with the authority's stated aims to enable them to provide consistently high-quality services to children.",
        "workforce;iro_cp_chairs",
    ),  # rule 5: IROs' capacity
    (
        "la",
        "The consistency of making children aged 16 and 17 years old who present as homeless aware of their rights and entitlements.",
        "homeless_16_17",
    ),
    (
        "la",
        "Ensure that members robustly and consistently champion the needs of looked after children and care leavers.",
        "leadership_corporate",
    ),  # rule 6: care leavers only in the remit
    ("la", "The oversight of corporate parenting arrangements.", "leadership_corporate"),
    (
        "la",
        "Ensure that a robust sufficiency plan is developed and implemented for looked after children that meets their needs.",
        "placements",
    ),
    (
        "la",
        "The quality of joint assessments for homeless 16- and 17-year-olds. (Outcome 1, national framework)",
        "homeless_16_17",
    ),  # assessment: excludes homeless assessments
    (
        "la",
        "Ensure that children who are victims of chronic long-term neglect and emotional abuse, and who are subject to long periods of child protection planning, have appropriate risk assessments and plans made for them.",
        "neglect_domestic_abuse;assessment;planning",
    ),
    (
        "la",
        "The application of thresholds of need, and decision-making to step down or end care planning, particularly for those children at risk of neglect or domestic abuse.",
        "front_door;early_help",
    ),  # step-down with early_help
    (
        "lscb",
        "Ensure that the SSCB records individual casework, thematic and agency challenges and monitors that these have been resolved.",
        "partnership_governance",
    ),  # the board's challenge
    (
        "la",
        "With partners, ensure that multi-agency thresholds are understood and consistently applied across the partnership (paragraphs 19, 20, 26, 30).",
        "front_door",
    ),
    (
        "lscb",
        "Take steps to maximise the influence of the LSCB on strategic planning and commissioning through stronger representation on the statutory partnerships and, in particular, the Health and Wellbeing Board.",
        "partnership_governance",
    ),
    (
        "la",
        "Develop suitable arrangements to share and analyse information gathered from return interviews to reduce future missing episodes for individual children and young people.",
        "exploitation_missing;qa_performance",
    ),
    (
        "la",
        "The arrangements for child protection strategy meetings and discussions need to be reviewed to ensure that, as a minimum, a local authority social worker, their manager, a health professional and a police representative are involved.",
        "cp_enquiries;partnership_governance",
    ),
    (
        "la",
        "Improve the quality of medical and health information that care leavers receive prior to leaving care.",
        "care_leavers;health_wellbeing",
    ),
    (
        "la",
        "Ensure that all care leavers are in suitable accommodation and that any risks to their well-being are known and managed effectively.",
        "care_leavers",
    ),
    (
        "la",
        "Ensure that greater prominence is given in case files to the thoughts, wishes and feelings of children and young people, so that the child's voice is clearly recorded and understood.",
        "voice_participation;recording",
    ),
]

FIRST_SAMPLE = list(HAND)

# A second sample of the corpus, labelled blind from the taxonomy; the rules were then corrected
# where they disagreed for a reason the taxonomy states (rules-3).
HAND += [
    (
        "la",
        "Workloads of child protection chairs and independent reviewing officers, and the process of escalation and challenge by independent chairs to ensure timely progression of children's plans.",
        "iro_cp_chairs;workforce",
    ),
    (
        "la",
        "Senior managers' oversight and understanding about vulnerable children's experiences, including through the quality, accuracy and effectiveness of audits.",
        "qa_performance",
    ),
    (
        "la",
        "Monitoring and tracking to prevent drift and delay. This includes the monitoring and tracking of children in the Public law Outline (PLO), permanence planning, children subject to deprivation of liberty orders and those placed in unregistered children's homes.",
        "management_oversight;court_legal;permanence_adoption",
    ),
    (
        "la",
        "The local authority should satisfy itself that all placements where children and young people are placed with connected persons and private fostering are appropriate, and that all carers are assessed under the relevant regulation.",
        "placements;private_fostering",
    ),
    (
        "la",
        "Review the number of cases held by all staff, including newly qualified staff, to ensure that caseloads are manageable and that staff have sufficient time to plan and action their work. Ensure that there is a sufficient number of suitably experienced and qualified staff to deal effectively with current demand.",
        "workforce",
    ),
    (
        "la",
        "The identification of, and response to, risk by social workers, so that children and young people receive a swift and robust response, including timely, effective strategy meetings and coherent multi-agency work.",
        "front_door;cp_enquiries",
    ),
    (
        "lscb",
        "Ensure that LSCB policies and procedures are up to date and meet statutory requirements and best practice.",
        "partnership_governance",
    ),
    (
        "la",
        "Ensure that the systems and processes for family finding and matching of children who require permanence and adoption are timely and effective in identifying families who can meet children and young people's needs.",
        "permanence_adoption",
    ),
    (
        "la",
        "Take immediate action to ensure that the quality of management oversight and supervision are strengthened, and that the support and guidance given to social workers are clearly evidenced to enable them to progress work effectively and in a timely way. (Paragraph 30 and 112)",
        "management_oversight",
    ),
    (
        "la",
        "Ensure that children know that they have a right to seek independent support from the advocacy service should they wish to make a complaint and that this includes care leavers.",
        "voice_participation;care_leavers",
    ),
    (
        "la",
        "Establish a comprehensive set of policies, procedures and practice standards to support social workers and personal advisors to improve the quality of services to care leavers.",
        "care_leavers",
    ),
    (
        "lscb",
        "Undertake analysis of workforce training needs and gaps in order to ensure that training is relevant and targeted effectively.",
        "workforce",
    ),
    (
        "la",
        "Review existing arrangements to ensure that political and senior leaders have access to improved quantitative and qualitative performance information that enables them to have an accurate picture of the current practice delivered to children, so that they can develop strategies to maintain and improve the quality of frontline practice.",
        "qa_performance",
    ),
    (
        "la",
        "Take steps to improve the consistency and timeliness of response to children who are privately fostered.",
        "private_fostering",
    ),
    (
        "la",
        "Permanence planning for children to ensure that permanence is achieved for all children without delay.",
        "permanence_adoption",
    ),
    (
        "lscb",
        "Develop a communication strategy for the Board to ensure that the work of the Board is well publicised and that the learning identified through the Board's scrutiny and review functions is disseminated across the children's services workforce and the communities in Doncaster.",
        "partnership_governance;qa_performance",
    ),
    (
        "la",
        "Provide health history and information for all care leavers.",
        "care_leavers;health_wellbeing",
    ),
    (
        "lscb",
        "Ensure that the business and administrative support to the Board is effective, is sufficiently resourced and is independent from the work of the local authority children's services.",
        "partnership_governance",
    ),
    (
        "la",
        "Improve the proportion of care leavers in education, employment or training (EET), including higher and further education.",
        "care_leavers;education",
    ),
    (
        "la",
        "Quality assurance and audit arrangements to improve practice so that leaders are aware of strengths and weaknesses.",
        "qa_performance",
    ),
    (
        "la",
        "Consider how to better engage young people who are gang affiliated, leaving custody, and those who have more entrenched criminal behaviours, so that they achieve better outcomes. Take steps to integrate work between social care and youth offending services to support improved multi-agency working in reducing risks to this group of vulnerable adolescents.",
        "exploitation_missing",
    ),
    (
        "la",
        "Continue to prioritise the recruitment and commissioning of a variety of local foster carers to provide sufficient capacity to best meet the needs of children looked after in Derby.",
        "placements",
    ),
    (
        "la",
        "Review the capacity of senior management to ensure there is sufficient dedicated time available to successfully drive improvement.",
        "leadership_corporate",
    ),
    (
        "la",
        "The quality of plans for children in need, including children in need of protection and disabled children.",
        "planning",
    ),
    (
        "la",
        "Ensure that all children looked after have timely initial health assessments.",
        "health_wellbeing",
    ),
    (
        "lscb",
        "Ensure that the SSCB urgently reviews all of its policies, procedures and work programmes to ensure that these are fully compliant with guidance and legislation. This should include ensuring that they are updated regularly to reflect any future changes to statutory guidance.",
        "partnership_governance",
    ),
    (
        "la",
        "The quality and consistency of management oversight and supervision.",
        "management_oversight",
    ),
    ("la", "The response to children aged 16 and 17 who are homeless.", "homeless_16_17"),
    (
        "lscb",
        "Implement the new multi-agency data set and quality assurance framework to ensure that the LSCB has a clear understanding of the performance of agencies and the findings from audit. Scrutinise partners' use of audits in driving improvement.",
        "qa_performance;partnership_governance",
    ),
    (
        "lscb",
        "Devise a system for ensuring that actions arising from data scrutiny are carried out in the individual boroughs.",
        "qa_performance",
    ),
    (
        "la",
        "Ensure that assessments consider the impact of a child's uniqueness arising from their family culture and ethnicity.",
        "assessment;voice_participation",
    ),
    (
        "la",
        "Explore the opportunities available from a fostering-to-adopt approach in order to improve further the availability of good-quality carers.",
        "permanence_adoption",
    ),
    (
        "la",
        "Impact for children living in circumstances where there is domestic abuse",
        "neglect_domestic_abuse",
    ),
    (
        "la",
        "Accelerate progress on the implementation of effective commissioning strategies to ensure that there is a range of placement choice, so that all children looked after can be appropriately placed.",
        "placements",
    ),
    ("la", "Social work capacity and allocation of cases.", "workforce"),
    ("la", "The response to homeless 16- and 17-year-old children.", "homeless_16_17"),
    (
        "la",
        "Improve the timeliness of the early help response to children, particularly those who have a disability.",
        "early_help;disabled_children",
    ),
    (
        "la",
        "The quality, consistency and analysis of assessments, and the child focus of plans.",
        "assessment;planning",
    ),
    (
        "la",
        "The arrangements for tracking and monitoring children who are missing from education.",
        "education",
    ),
    (
        "lscb",
        "Ensure that opportunities to learn from the reviews of unexpected child deaths are maximised to inform safeguarding practices.",
        "partnership_governance;qa_performance",
    ),
    (
        "lscb",
        "Ensure that the annual report analyses the activity and the impact that the Board and its partners have on outcomes for safeguarding children.",
        "partnership_governance",
    ),
]

# A third sample, labelled blind the same way; it scored micro-F1 0.835 and first theme 79% with
# rules-3, before the corrections of rules-4 (levels of need, common assessment framework,
# management decisions, patterns and trends, "this should include ...").
HAND += [
    (
        "la",
        "The stability of the workforce and the number of changes in social workers that children experience.",
        "workforce",
    ),
    (
        "lscb",
        "Ensure that the LSCB provides effective challenge to partners and holds partners to account to improve safeguarding outcomes for children and young people.",
        "partnership_governance",
    ),
    (
        "lscb",
        "Ensure that the board has a full understanding of any gaps in the provision of equitable services to children who have a disability or are of a different cultural and ethnic background, in order to assure itself that services are meeting the needs of all children.",
        "disabled_children;qa_performance",
    ),
    (
        "la",
        "Ensure that children's diversity and identity needs are met and that they are supported to retain their birth language. Ensure that interpreters are used to communicate with them and their families, when needed.",
        "voice_participation",
    ),
    (
        "la",
        "Continue to improve the range of suitable accommodation for care leavers, including Staying Put and supported lodgings, and undertake risk assessments to ensure that the accommodation meets their support needs.",
        "care_leavers",
    ),
    (
        "lscb",
        "Ensure that learning from audit activity and serious case reviews is effectively disseminated, learning is evaluated and this work leads to sustained improvements in safeguarding practice.",
        "qa_performance",
    ),
    (
        "la",
        "How consistently staff receive timely management oversight, including guidance and direction to support timely and well-matched actions and support that matches their needs and risks. (National Framework, Outcome 1)",
        "management_oversight",
    ),
    (
        "la",
        "Ensure that all looked after children and young people and care leavers have a clear understanding of their rights and entitlement to services.",
        "voice_participation;care_leavers",
    ),
    (
        "la",
        "The recording of management decision-making at all stages of a child's journey.",
        "recording;management_oversight",
    ),
    (
        "la",
        "Oversight of children missing from education and those who are electively home educated.",
        "education",
    ),
    (
        "la",
        "Establish a corporate parenting board dedicated to and accountable for improving outcomes for children in care and care leavers.",
        "leadership_corporate",
    ),
    (
        "la",
        "The application of thresholds, so that children receiving early help support can access statutory services when they need help and protection.",
        "front_door;early_help",
    ),
    (
        "lscb",
        "Give greater prominence to the issue of consent in the levels of need framework.",
        "front_door",
    ),
    (
        "la",
        "Management oversight, direction and challenge, and the holding of regular case supervision.",
        "management_oversight",
    ),
    (
        "lscb",
        "Further develop a comprehensive programme of single- and multi-agency audits to improve the scrutiny of safeguarding practice across partner agencies.",
        "qa_performance",
    ),
    (
        "la",
        "The impact of quality assurance processes to improve social work practice and, in particular, the quality of children's plans.",
        "qa_performance;planning",
    ),
    (
        "lscb",
        "Ensure that high quality performance data is available and robust analysis occurs to enable the Board to have a good understanding of child protection and safeguarding activities across Doncaster.",
        "qa_performance",
    ),
    (
        "la",
        "Improve the quality of personal education plans for cared for children by ensuring they have specific measurable actions linked to educational targets.",
        "education",
    ),
    (
        "la",
        "The timeliness and capacity to support children in care as they prepare to leave care.",
        "care_leavers",
    ),
    (
        "la",
        "Ensure that senior managers identify effectively local patterns and trends of children at high risk of sexual exploitation and that this contributes to robust disruption activity.",
        "exploitation_missing;qa_performance",
    ),
    (
        "lscb",
        "Ensure that the Local Safeguarding Children Board (LSCB) continues to have a good understanding of the resource challenges faced by agencies and how these impact on the individual experiences of children and their families.",
        "partnership_governance",
    ),
    (
        "la",
        "Ensure that children benefit from effective and timely processes under the PLO that address all risks for children and are thorough and well managed.",
        "court_legal",
    ),
    (
        "la",
        "Ensure that family members who may be potential carers for children who cannot remain with their birth parents are identified as early as possible to prevent delay in children achieving permanence.",
        "permanence_adoption",
    ),
    (
        "la",
        "The quality and consistency of support and advice to children and vulnerable adolescents who may go missing, present as homeless or who are at risk of exploitation",
        "exploitation_missing;homeless_16_17",
    ),
    (
        "lscb",
        "Monitor the implementation of the revised common assessment framework and hold all partner agencies to account in supporting delivery of this component of the early help offer.",
        "early_help;qa_performance",
    ),
    (
        "la",
        "Ensure that all looked after children and care leavers understand their rights, responsibilities and entitlements and receive the guidance, support and resources to realise them.",
        "voice_participation;care_leavers",
    ),
    (
        "la",
        "The response to the emotional well-being and mental health needs of care leavers. (enabler 1, national framework)",
        "care_leavers;health_wellbeing",
    ),
    (
        "la",
        "Ensure that the local authority designated officer (LADO) service has sufficient capacity to manage and monitor in a timely manner investigation of allegations against professionals who work with children.",
        "lado_allegations",
    ),
    (
        "lscb",
        "Implement a clear and transparent process for referring serious incidents to the case review sub-group for detailed consideration of whether a serious case review is needed.",
        "qa_performance;partnership_governance",
    ),
    (
        "la",
        "The quality and consistency of support and engagement with foster carers.",
        "placements",
    ),
    (
        "la",
        "Robust and timely focus on all permanence options for children.",
        "permanence_adoption",
    ),
    ("la", "Sufficiency of homes for children.", "placements"),
    (
        "lscb",
        "Develop a coherent rolling programme of single and multi-agency audits with which to quality-assure the work of partner agencies in safeguarding and protecting children, and ensure that the results of Section 11 audits are moderated effectively (paras. 121 and 122).",
        "qa_performance;partnership_governance",
    ),
    (
        "la",
        "The identification of young carers and the quality of support provided to them.",
        "early_help",
    ),
    (
        "la",
        "Ensure that assessments and plans for children are of a consistently high quality.",
        "assessment;planning",
    ),
    (
        "lscb",
        "Establish and implement a robust performance management framework and dataset that can enable the Board to exercise scrutiny of service effectiveness and outcomes for children. This should include reliable quantitative data, qualitative information, service user's views and experiences and practitioner's views.",
        "qa_performance",
    ),
    (
        "la",
        "The effectiveness of the response to young people who present as homeless.",
        "homeless_16_17",
    ),
    (
        "lscb",
        "The HSCB should develop an effective multi-agency data set and routinely scrutinise partners performance, challenging and auditing where necessary.",
        "qa_performance;partnership_governance",
    ),
    (
        "la",
        "Visits to children that are responsive to need and risk, and that are purposeful, including life story work.",
        "voice_participation",
    ),
    (
        "la",
        "Ensure that child in need and child protection plans clearly detail the support to be put in place to effect the changes needed to improve outcomes, and that they are updated to take account of changing circumstances and emerging risks.",
        "planning",
    ),
    (
        "la",
        "Review the processes for managing the flow of work within the Joint Action Team (JAT) so that children and families receive early help in a timely and well-co-ordinated way.",
        "front_door;early_help",
    ),
    (
        "la",
        "Ensure that there is focused work and robust management oversight to reduce the timescales that children wait to be matched and placed with adopters.",
        "permanence_adoption;management_oversight",
    ),
    (
        "lscb",
        "Ensure that the content of the MSCB 'threshold document' fully complies with statutory guidance and is well understood by all agencies.",
        "front_door",
    ),
]

# A fifth sample, labelled blind: micro-F1 0.867 and first theme 87% with rules-6, before the
# corrections of rules-7 (health records, assessments of health, managers' support, lists of
# plans, "looked after children and care leavers" after the thing asked for them, "recorded").
HAND += [
    (
        "la",
        "The clarity and detail of the care leaver offer, including for care leavers who are parents. (Outcome four, National Framework)",
        "care_leavers",
    ),
    (
        "la",
        "Oversight of arrangements when care leavers move in and out of emergency or temporary accommodation.",
        "care_leavers;management_oversight",
    ),
    (
        "la",
        "The recruitment and retention of a workforce that is experienced, competent and confident to deliver improvements, so that children no longer have multiple changes of social worker or personal adviser.",
        "workforce",
    ),
    (
        "la",
        "The quality of practice, in particular, assessment, planning and the use and completion of chronologies, the response to domestic violence, emotional support to children in care and the recording of children's views.",
        "assessment;planning;recording",
    ),
    (
        "la",
        "The impact of quality assurance and management oversight on the standard of social work practice and progressing work effectively to avoid delay for children.",
        "qa_performance;management_oversight",
    ),
    (
        "la",
        "The overview of children's attainment and progress by the virtual school.",
        "education",
    ),
    ("la", "Care leavers' access to their health records.", "care_leavers;health_wellbeing"),
    (
        "la",
        "Consistency in responding to the needs of children at risk of exploitation.",
        "exploitation_missing",
    ),
    ("la", "The help and support offered to older care leavers.", "care_leavers"),
    (
        "la",
        "Safety planning for children and families where there are safeguarding concerns.",
        "planning",
    ),
    (
        "la",
        "The effectiveness of how managers support social workers to ensure that assessments and plans are focused on children's experiences and progress.",
        "management_oversight;assessment;planning",
    ),
    ("la", "The effectiveness of planning when children come into care.", "planning"),
    (
        "la",
        "The quality of direct work to ascertain children's views about their experiences, and life-story work for all children in care to help them to understand their care history.",
        "voice_participation",
    ),
    (
        "la",
        "The quality of the support and plans for children in need, including disabled children. (outcome 1, national framework)",
        "planning",
    ),
    (
        "la",
        "Communication of the local offer for care-experienced young adults, including clarity on support for those aged over 21. (outcome 4, national framework)",
        "care_leavers",
    ),
    (
        "la",
        "The effectiveness of the response to children who have experienced neglect.",
        "neglect_domestic_abuse",
    ),
    ("la", "The response to children who are privately fostered.", "private_fostering"),
    ("la", "The support for 16- and 17-year-olds who present as homeless.", "homeless_16_17"),
    ("la", "The timeliness and quality of return home interviews.", "exploitation_missing"),
    (
        "la",
        "The quality of written records about child protection enquiries.",
        "recording;cp_enquiries",
    ),
    (
        "la",
        "The quality of child in need, child protection, personal education and pathway plans.",
        "planning;education;care_leavers",
    ),
    ("la", "The completion of life-story work for children in care.", "voice_participation"),
    (
        "la",
        "The quality of assessment and support for care leavers' health, including ensuring that care leavers understand their health histories.",
        "care_leavers;health_wellbeing",
    ),
    (
        "la",
        "The understanding and delivery of the local offer for care leavers, including for those aged 21 and over who need ongoing support.",
        "care_leavers",
    ),
    (
        "la",
        "The practice response to children aged 16 and 17 who present as homeless.",
        "homeless_16_17",
    ),
    (
        "la",
        "The recognition of and response to children who are experiencing neglect over a prolonged period of time.",
        "neglect_domestic_abuse",
    ),
    (
        "la",
        "Decision-making, practice and support to children placed within their family and friends networks, which also ensures that carers are well supported and regulation requirements are consistently met.",
        "placements",
    ),
    (
        "la",
        "Stronger recognition and consideration of young carers who receive statutory services, building on existing community support. (outcome 1, national framework)",
        "early_help",
    ),
    (
        "la",
        "Ensure that children are able to establish and maintain meaningful relationships with their social workers and benefit from the consistency and continuity that a settled and stable workforce, with manageable caseloads, provides.",
        "workforce",
    ),
    (
        "la",
        "Ensure sufficient capacity and effective systems in the MASH to support timely decision-making in response to contacts and referrals.",
        "front_door;workforce",
    ),
    (
        "la",
        "Ensure that the right agencies are involved in strategy discussions, that they clearly set out whether child protection enquiries are needed and that the rationale for such decisions and the next steps are recorded.",
        "cp_enquiries;recording",
    ),
    (
        "la",
        "Progress work with health partners to ensure the timely assessment of children's health needs when they first enter care and that care leavers are consistently provided with information about their health histories.",
        "health_wellbeing;care_leavers",
    ),
    (
        "la",
        "Ensure that the sufficiency action plan is specific, measureable and underpinned by an accurate assessment of need to effectively inform strategic commissioning intentions.",
        "placements",
    ),
    (
        "la",
        "Implement a system for ensuring that the authorisation of private fostering arrangements includes oversight of core checks and that the managers' rationale for decisions is clearly recorded.",
        "private_fostering;recording",
    ),
    (
        "la",
        "ensure all children and young people have a care plan which sets out their individual needs, how they will be met including any timescales for action and which is informed by their views , their social worker and, where appropriate, their parent/carer",
        "planning;voice_participation",
    ),
    (
        "la",
        "consolidate the improvements made so far to ensure all looked after children and care leavers have a timely, completed health assessment which is specific to their individual health requirements and their needs are met",
        "health_wellbeing;care_leavers",
    ),
    (
        "la",
        "ensure all young people and care leavers have pathway plans which are of good quality and meet the requirements of national guidance",
        "care_leavers;planning",
    ),
    (
        "la",
        "review and implement care plans and specifically address the need for permanency for the high number of children with an adoption plan who have been waiting for a placement longer than six months",
        "permanence_adoption;planning",
    ),
]

# A sixth sample, labelled blind: micro-F1 0.862 and first theme 79% with rules-7, before the
# corrections of rules-8 (later-life letters in quotes, contextualised risk, visits within
# adoption placements and private fostering, the LADO's own recording and oversight, an LSCB's
# oversight of a topic, the Pathways team, foster carers' supervision).
HAND += [
    (
        "lscb",
        "Review the section 11 audit process, to ensure that these audits are sufficiently probing and robust.",
        "qa_performance;partnership_governance",
    ),
    ("la", "The quality and clarity of plans to measure progress.", "planning"),
    (
        "la",
        "Ensure that the assessments undertaken of all young people who present as homeless consider the benefits of them becoming children looked after and, where assessments identify them as children in need, that this results in the provision of services through a robust child in need plan.",
        "homeless_16_17",
    ),
    (
        "la",
        "Improve the supervision and management arrangements in the Pathways team to support continuing improvement in practice and ensure that workloads are sustainable.",
        "management_oversight;care_leavers",
    ),
    (
        "la",
        "Ensure that social worker, and IRO, caseloads are at a reasonable level to support good-quality work.",
        "workforce;iro_cp_chairs",
    ),
    (
        "la",
        "Ensure that the decisions for children's long-term permanence are made in a timely way, particularly for children living in long-term foster care, and increase the effectiveness of legal and permanence panels to reduce drift and delay in securing legal permanence for children.",
        "permanence_adoption",
    ),
    (
        "la",
        "Ensure that 'later in life' letters are personal, and that the language used is easily understood.",
        "permanence_adoption;voice_participation",
    ),
    (
        "la",
        "Increase the range of post-16 employment and training options available for care leavers, including apprenticeships (paragraph 96).",
        "care_leavers;education",
    ),
    (
        "la",
        "Arrangements to support care leavers over 21 and those who are parents.",
        "care_leavers",
    ),
    (
        "la",
        "Review governance arrangements between the Children & Young People's Partnership Board, the Buckinghamshire Safeguarding Children Board (BSCB) and the Health and Well-being Board so that improved outcomes for children and young people are prioritised, tracked and evaluated across the partnership.",
        "partnership_governance",
    ),
    (
        "la",
        "Ensure that partners understand thresholds, that they are applied consistently and that children referred to the MASH, or who require help out of hours, receive a timely and proportionate response.",
        "front_door",
    ),
    (
        "la",
        "The local authority's response to children exposed to contextualised risk is not well developed and joined up. For a small number of young people who are at high risk, the response is not robust enough.",
        "exploitation_missing",
    ),
    (
        "la",
        "The trust should ensure that the child's social worker undertakes statutory visits to children placed for adoption (paragraph 107).",
        "permanence_adoption",
    ),
    ("la", "The provision of life-story work for all children in care.", "voice_participation"),
    (
        "lscb",
        "Complete a review of the effectiveness of the early help offer without delay. The board should ensure that a threshold document is in place that helps partners to understand and apply thresholds when making decisions about their roles in supporting families or referring to children's social care.",
        "early_help;qa_performance;front_door",
    ),
    (
        "la",
        "Work with partners to ensure that an effective range of early help services is in place to support children and families when they first need help.",
        "early_help",
    ),
    (
        "la",
        "The accessibility of the local offer for care-experienced young people.",
        "care_leavers",
    ),
    (
        "la",
        "Ensure that social workers engage well with family members at core groups and other meetings to ensure that children's needs are understood and met.",
        "planning;voice_participation",
    ),
    (
        "la",
        "The quality of audits to inform practice and drive practice improvements.",
        "qa_performance",
    ),
    ("la", "The assessment of children looked after placed with parents.", "assessment;placements"),
    (
        "la",
        "The understanding of the effects of domestic abuse on children and their parents' lives, including how this is captured in the child's written record.",
        "neglect_domestic_abuse;recording",
    ),
    (
        "lscb",
        "Ensure that the evaluation of training is robust and uses independent measures to evaluate impact.",
        "workforce",
    ),
    (
        "la",
        "Ensure that children looked after have access to an independent visitor when they need one.",
        "voice_participation",
    ),
    (
        "la",
        "The sufficiency of homes for children in care. (outcome 4, national framework)",
        "placements",
    ),
    ("la", "The effective use of information in the MASH.", "front_door"),
    (
        "lscb",
        "Ensure that the annual report of the Board describes progress against strategic and shared priorities, the quality of multi-disciplinary practice with children and their families, and the impact of help, protection and care on their lives.",
        "partnership_governance",
    ),
    (
        "lscb",
        "Strengthen the oversight of private fostering arrangements to ensure that children who are privately fostered are identified and supported.",
        "private_fostering;qa_performance",
    ),
    ("la", "The take-up, timeliness and impact of return home interviews.", "exploitation_missing"),
    (
        "lscb",
        "Introduce a single system for recording all challenge, which is inclusive of concerns raised on individual cases, and indicates what has happened to resolve any challenge.",
        "partnership_governance",
    ),
    (
        "lscb",
        "Develop an overarching SCR action plan to track the progress of work arising from individual case reviews.",
        "qa_performance",
    ),
    ("la", "The frequency and quality of management oversight.", "management_oversight"),
    (
        "la",
        "Rigour, timeliness, and senior management oversight of work in pre-proceedings to drive permanence planning for children.",
        "court_legal;management_oversight",
    ),
    (
        "la",
        "The local authority designated officer (LADO)'s quality of practice and advice, oversight and recording of allegations.",
        "lado_allegations",
    ),
    (
        "la",
        "the thresholds between statutory services and early help services should be monitored during the bedding in of the new early help structures.",
        "front_door;early_help",
    ),
    (
        "la",
        "Ensure that issues around identity, cultural and racial needs are explored more fully in order to support effective matching during prospective adopters' assessment and by the panel.",
        "permanence_adoption;voice_participation",
    ),
    (
        "la",
        "Ensure that performance information includes regular monitoring of the timeliness of visits to children who are the subject of early help referrals and child in need plans.",
        "qa_performance;voice_participation",
    ),
    (
        "la",
        "Partnership arrangements to enable effective working together to both protect and support children.",
        "partnership_governance",
    ),
    (
        "la",
        "Promote awareness of private fostering arrangements across all agencies, so that children who are privately fostered in the borough are quickly identified, the local authority is notified and action is taken to appropriately assess their needs and, where necessary, keep them safe.",
        "private_fostering",
    ),
    (
        "la",
        "The quality of plans for children in need of help and protection, children in care and care leavers to enable them to receive the support they need.",
        "planning;care_leavers",
    ),
    (
        "la",
        "Ensure that all foster carers receive regular supervision that is properly recorded.",
        "placements;recording",
    ),
    (
        "la",
        "Improve the proportion of 16- to 18-year-olds who are engaged in education, employment or training.",
        "education",
    ),
    (
        "lscb",
        "Ensure that the LSCB effectively undertakes monitoring and quality assurance of multi-agency safeguarding practice.",
        "qa_performance",
    ),
    (
        "la",
        "Ensure that the Local Authority, as corporate parent, makes the aspirations and attainment of children in care, and the needs and experiences of Care Leavers, their highest priority. Ensure that this priority is reflected in all partnership agreements, strategies and plans and acted upon as a matter of urgency.",
        "leadership_corporate;education;care_leavers",
    ),
]

# A fourth sample (reports and letters), labelled blind after rules-4 and not used to change the
# rules: micro-F1 0.853 and first theme 88% with rules-4, the honest figure for unseen items.
UNSEEN = [
    (
        "la",
        "Implement clear standards for recording within the children in care team, to include the recording of management decisions and supervision. Ensure that regular and good-quality supervision and performance appraisal are evident across all teams within the service.",
        "recording;management_oversight",
    ),
    ("la", "The quality of planning for children in need of protection.", "planning"),
    ("la", "The quality of plans for children in need.", "planning"),
    (
        "la",
        "Take action to respond to the rising number of fixed-term exclusions for children looked after so that they are reduced effectively.",
        "education",
    ),
    (
        "lscb",
        "Monitor the police contribution to strategy meetings, section 47 enquiries and child protection conferences to ensure effective partnership working in these areas.",
        "cp_enquiries;qa_performance;partnership_governance",
    ),
    (
        "la",
        "The quality and timeliness of case recording, including the recording of management decision-making.",
        "recording;management_oversight",
    ),
    (
        "lscb",
        "Ensure that there is good participation throughout the LSCB by expediting lay member recruitment and improving attendance at sub-groups.",
        "partnership_governance",
    ),
    (
        "lscb",
        "The LSCB should ensure that the effectiveness of training courses in improving practice is evaluated in relation to improving practice and outcomes for children and families.",
        "workforce",
    ),
    (
        "la",
        "The quality of management oversight of social work practice, including supervision and the use of qualitative auditing to give a better understanding of the impact of practice.",
        "management_oversight;qa_performance",
    ),
    (
        "la",
        "Improve the quality of case management oversight by team managers and child protection chairs, to reduce the drift and delay experienced by some children.",
        "management_oversight;iro_cp_chairs",
    ),
    (
        "lscb",
        "Put in place a process for assessing the impact of training on improving the quality of practice (paragraph 15).",
        "workforce",
    ),
    (
        "la",
        "Improve the frequency, quality and consistency of management oversight and supervision in all teams. Ensure that supervision is regular, reflective and challenging, and that managers record the rationale for their case decisions.",
        "management_oversight;recording",
    ),
    (
        "la",
        "Ensure that case records contain an accurate account of the child's experiences, an analysis of their cultural, religious and diversity needs, and detailed reasons for key decisions.",
        "recording",
    ),
    ("la", "The consistency in applying thresholds and interventions for children.", "front_door"),
    (
        "la",
        "Ensure that managers oversee all cases regularly, focus on children's experiences and, to inform the next steps, consider whether actions taken are having a positive impact.",
        "management_oversight",
    ),
    (
        "la",
        "Ensure that there is a robust analysis of the reasons for young people not taking up the offer of a return interview and that findings inform planning and commissioning to increase the uptake of return interviews when children are missing from home and care.",
        "exploitation_missing;qa_performance",
    ),
    (
        "la",
        "Ensure that the quality of pathway plans is consistently good and that care leavers are actively encouraged to contribute to the development and content of these plans (paragraphs 103–104).",
        "care_leavers;planning;voice_participation",
    ),
    (
        "la",
        "Increase the participation of children looked after and care leavers in the Children in Care Council.",
        "voice_participation;care_leavers",
    ),
    (
        "la",
        "Ensure that frontline managers receive good support and challenge through effective supervision and training.",
        "management_oversight;workforce",
    ),
    (
        "lscb",
        "Effectively monitor and evaluate the application of safeguarding thresholds by partner agencies. Ensure that agencies are challenged appropriately when they do not consistently apply thresholds.",
        "front_door;qa_performance",
    ),
    ("la", "The rigour and impact of corporate parenting arrangements.", "leadership_corporate"),
    (
        "lscb",
        "Review the Board's current business plan to ensure that it is correctly aligned, with the core priority safeguarding issues identified and agreed by all Board members.",
        "partnership_governance",
    ),
    (
        "lscb",
        "The board should promote a better strategic understanding and response to raising awareness of and responding to child sexual exploitation (paragraph 71).",
        "exploitation_missing;partnership_governance",
    ),
    (
        "la",
        "The corporate parenting response for ongoing support to care leavers, particularly those aged over 21, when they need it.",
        "care_leavers",
    ),
    (
        "la",
        "Ensure that management oversight and decisions, including the rationale for decisions, are always clearly recorded on all children's files to inform practice and ensure a full and accurate record.",
        "management_oversight;recording",
    ),
    (
        "la",
        "Strengthen children's voices by ensuring that children are seen, and seen alone, that their views are fully considered and taken into account, that they are supported to contribute to their plans and that their wishes are acted on, when appropriate.",
        "voice_participation",
    ),
    (
        "la",
        "Social work assessments of children and their families should be timely, and lead to clear plans and interventions which enable the extent of progress to be measured.",
        "assessment;planning",
    ),
    (
        "lscb",
        "Appropriately resource the Board's business support arrangements so that it has the right skills and resources available to deliver its programme.",
        "partnership_governance",
    ),
    (
        "la",
        "Sufficiency of short-break placements, respite and sessional care for disabled children.",
        "disabled_children;placements",
    ),
    (
        "la",
        "Performance management systems must enable staff and managers, in particular those with responsibility for care leavers' services, to understand the strengths and weaknesses of their service so remedial action can be taken promptly (paragraphs 139, 147).",
        "qa_performance;care_leavers",
    ),
    (
        "lscb",
        "Ensure that the Board's annual report provides increased analysis of the effectiveness of safeguarding arrangements across Essex.",
        "partnership_governance",
    ),
    (
        "la",
        "The support and development of social workers in their assessed and supported year in employment (ASYE).",
        "workforce",
    ),
    (
        "lscb",
        "Ensure that the issue of neglect is given a suitably high strategic and operational profile and that activity to tackle neglect is well-coordinated across all partner agencies. The LSCB should consider the need for a formal multi-agency neglect strategy.",
        "neglect_domestic_abuse;partnership_governance",
    ),
    (
        "la",
        "The quality of help and support for children with vulnerabilities, specifically children aged 16 and 17 years who present as homeless, the response to children who go missing from home and care, and young carers.",
        "homeless_16_17;exploitation_missing;early_help",
    ),
    (
        "la",
        "Agree on the front door structure and recruit to the relevant posts.",
        "front_door;workforce",
    ),
    (
        "la",
        "Expand the membership and influence of the Children in Care Council so that it is able to communicate effectively with and represent the views of all children who are looked after.",
        "voice_participation",
    ),
    (
        "la",
        "Ensure all local authority elected members understand and effectively undertake their role as a corporate parent.",
        "leadership_corporate",
    ),
    (
        "la",
        "Assessment of the identity needs of children when planning for their future.",
        "assessment;voice_participation",
    ),
    (
        "la",
        "Ensure that joint visits and S47 enquiries undertaken by the police and children's social care are undertaken swiftly so that potential risk of harm posed to all children is investigated and responded to quickly.",
        "cp_enquiries",
    ),
    (
        "la",
        "Together with the LSCB and police, review the effectiveness of MARAC and the appropriate identification of domestic abuse cases to be presented at MARAC so that risk to children is recognised and minimised in all cases where it should be.",
        "neglect_domestic_abuse;partnership_governance",
    ),
    (
        "la",
        "The quality of supervision and management oversight of social workers and PAs, so that children and young people receive a timely and consistent service that is responsive to their needs.",
        "management_oversight",
    ),
    (
        "la",
        "Review commissioning documents to ensure that commissioning intentions are fully informed by detailed plans, in order to achieve those intentions.",
        "leadership_corporate",
    ),
]


def _agreement(items):
    tp = fp = fn = first = 0
    for section, text, want in items:
        want = want.split(";")
        got = list(classify(text, section))
        first += got[0] == want[0]
        tp += len(set(got) & set(want))
        fp += len(set(got) - set(want))
        fn += len(set(want) - set(got))
    return 2 * tp / (2 * tp + fp + fn), first / len(items)


def test_hand_labelled_corpus_items_meet_the_bar():
    f1, first = _agreement(HAND)
    assert f1 >= 0.85, f1
    assert first >= 0.85, first


def test_unseen_hand_labelled_items_meet_the_bar():
    f1, first = _agreement(UNSEEN)
    assert f1 >= 0.85, f1
    assert first >= 0.85, first


@pytest.mark.parametrize(
    ("section", "text", "want"),
    [
        h
        for h in FIRST_SAMPLE
        if h[2] in {"education", "homeless_16_17", "court_legal", "front_door"}
    ],
)
def test_single_topic_items(section, text, want):
    assert classify(text, section) == tuple(want.split(";"))


def test_bromley_2018_areas_for_improvement():
    got = [classify(text, section) for section, text, _ in HAND[:4]]
    assert got == [
        ("exploitation_missing",),
        ("homeless_16_17",),
        ("education",),
        ("care_leavers", "health_wellbeing"),
    ]


def test_every_answer_is_one_to_three_known_themes_and_deterministic():
    for section, text, _ in HAND:
        first = classify(text, section)
        assert 1 <= len(first) <= 3
        assert set(first) <= set(THEMES)
        assert len(set(first)) == len(first)
        assert classify(text, section) == first
    assert classify("", "la") == ("leadership_corporate",)
    assert classify("", "lscb") == ("partnership_governance",)
    assert VERSION


def test_references_and_purpose_clauses_do_not_make_themes():
    # "(outcome 4, national framework)" is a reference, not a theme
    assert classify(
        "The quality of pathway plans for care leavers. (Outcome 4, national framework)"
    ) == (
        "care_leavers",
        "planning",
    )
    # rule 2: "so that plans are better targeted" is why, not what
    assert classify(
        "The quality of assessments to fully explore the impact of children's experiences and to enable plans to be better targeted."
    ) == ("assessment",)
