"""Recommendation text -> themes of ../shared/themes/taxonomy.md, by rules written from it.

Pure and deterministic: a recommendation's text (and whether it was addressed to the LA or to the
LSCB) in, 1-3 theme ids out, most important first. Each cue below names the taxonomy's rule or
definition it follows; `VERSION` changes whenever the rules do, so a store labelled by an older
classifier knows to relabel (no PDF is read again).

How an item is read:
1. References that follow many items ("(paragraph 12)", "(outcome 4, national framework)") go.
2. The item is split into its ask and its purpose: from "so that", "in order to", "to ensure"...
   onward the words say why, not what (rule 2: "label the ask, not the background"), so cues
   there count for little.
3. Every cue is found; a cue inside a longer cue's words gives way to it ("health assessments"
   is health, not assessment; "supervision order" is court work, not supervision).
4. A theme is kept when its cues are strong enough; themes are ordered by where the ask first
   names them (the first theme is what the item mainly asks for, rule 1), at most three.
5. The taxonomy's own combination rules follow (LSCB "monitor X" is X then qa_performance,
   rule 4; specialist functions keep their theme, rule 5; pathway plans are care leavers and
   planning...).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

VERSION = "rules-8"

# The taxonomy's 25 themes (ids and names as in ../shared/themes/taxonomy.csv), in its order.
NAMES = {
    "front_door": "Front door, referrals and thresholds",
    "early_help": "Early help and edge of care",
    "cp_enquiries": "Strategy discussions, s47 enquiries and initial conferences",
    "assessment": "Assessment of need and risk",
    "planning": "Plans and planning",
    "management_oversight": "Management oversight, supervision and decision-making",
    "workforce": "Workforce: capacity, stability, caseloads and training",
    "qa_performance": "Performance information, quality assurance and learning",
    "recording": "Recording and case records",
    "voice_participation": "Voice of the child, direct work and participation",
    "iro_cp_chairs": "Independent reviewing officers and child protection chairs",
    "court_legal": "Pre-proceedings, PLO and court work",
    "exploitation_missing": "Exploitation, missing children and extra-familial harm",
    "neglect_domestic_abuse": "Neglect, domestic abuse and harm within the family",
    "disabled_children": "Disabled children and children with complex needs",
    "private_fostering": "Private fostering",
    "lado_allegations": "Allegations against adults who work with children (LADO)",
    "homeless_16_17": "Homeless 16- and 17-year-olds",
    "placements": "Placements: sufficiency, matching and stability",
    "permanence_adoption": "Permanence, adoption and returning home",
    "education": "Education of children in care and other children known to social care",
    "health_wellbeing": "Health and emotional well-being",
    "care_leavers": "Care leavers and preparation for adulthood",
    "leadership_corporate": "Leadership, governance and corporate parenting",
    "partnership_governance": "Safeguarding partnership and multi-agency governance",
}
THEMES = tuple(NAMES)

STRONG, MEDIUM, WEAK = 3.0, 2.0, 1.0

# (themes, weight, pattern). Patterns are matched on the lower-cased item; `themes` is one id or
# several ("pathway plans" are care_leavers and planning). Comments name the taxonomy's rule.
CUES: list[tuple[str | tuple[str, ...], float, str]] = [
    # -- front_door: "contacts and referrals, MASH/front-door triage ... thresholds ('continuum of
    #    need', 'right help at the right time') ... out-of-hours ... step-up/step-down"
    ("front_door", STRONG, r"thresholds?"),
    ("front_door", STRONG, r"front[- ]door"),
    ("front_door", STRONG, r"mash|multi-agency safeguarding hub|i?cart|\bmast\b"),
    ("front_door", STRONG, r"single point of (?:contact|access|entry)"),
    ("front_door", STRONG, r"contacts? and referrals?|contacts?, referrals?"),
    ("front_door", MEDIUM, r"referrals?|contacts\b|consent"),
    ("front_door", WEAK, r"referring|referred"),
    ("front_door", STRONG, r"out[- ]of[- ]hours|emergency duty"),
    (
        "front_door",
        STRONG,
        r"continuum of need|right help at the right time|levels? of need (?:framework|document|guidance)",
    ),
    ("front_door", STRONG, r"parental consent|consent (?:is|to share)"),
    ("front_door", MEDIUM, r"first (?:contact|response)|initial response|duty and assessment"),
    # step-up/step-down "includes ... (with early_help)"
    (("front_door", "early_help"), STRONG, r"step(?:ping)?[- ]?(?:up|down)"),
    # -- early_help: "early help offer ... CAF/EHA ... edge-of-care ... family group conferences
    #    ... young carers (which has no theme of its own)"
    (
        "early_help",
        STRONG,
        r"early[- ]help|early intervention|\bcaf\b|\beha\b|common assessment framework",
    ),
    ("early_help", STRONG, r"edge[- ]of[- ]care|family group conferenc\w*|young carers?"),
    (
        "early_help",
        MEDIUM,
        r"preventative services|prevention services|targeted (?:family )?support",
    ),
    # -- cp_enquiries: "strategy discussions/meetings, section 47 and joint enquiries ... police
    #    protection and emergency action, decisions to convene initial conferences"
    ("cp_enquiries", STRONG, r"strategy (?:discussions?|meetings?)"),
    ("cp_enquiries", STRONG, r"section 47|\bs\.? ?47\b|child protection (?:enquir|investigat)\w*"),
    ("cp_enquiries", STRONG, r"joint (?:investigations?|enquir\w*|visits)"),
    ("cp_enquiries", STRONG, r"initial (?:child protection )?(?:case )?conferences?|\bicpcs?\b"),
    ("cp_enquiries", STRONG, r"powers? of (?:police )?protection|police protection"),
    (
        "cp_enquiries",
        MEDIUM,
        r"emergency (?:action|protection)|unplanned removal|child protection (?:processes|procedures|investigations?)",
    ),
    (("cp_enquiries", "health_wellbeing"), STRONG, r"child protection medicals?"),
    # -- assessment: "quality, timeliness, analysis and updating of social work assessments ...
    #    history and chronologies (with recording), risk ... parenting capacity"
    ("assessment", STRONG, r"assessments?\b|re-?assess\w*"),
    ("assessment", MEDIUM, r"analysis of (?:risk|need)|risk analysis|parenting capacity"),
    ("assessment", MEDIUM, r"pre-birth"),
    # chronologies: recording "with assessment" (recording definition; Newham 2014 example)
    (("recording", "assessment"), STRONG, r"chronolog\w*"),
    # specialist assessments belong elsewhere (assessment: "Excludes assessments that belong to a
    # specialist theme"): these longer cues swallow the word "assessment"
    ("health_wellbeing", STRONG, r"(?:initial |review |statutory )*health (?:needs )?assessments?"),
    (
        "health_wellbeing",
        STRONG,
        r"assessments? (?:and support )?(?:of|for) (?:\w+ ){0,2}health(?: needs)?",
    ),
    (
        "placements",
        STRONG,
        r"(?:foster(?:ing)?|connected (?:persons?|carers?)|kinship|family and friends) (?:carers? )?assessments?",
    ),
    (
        "placements",
        STRONG,
        r"assessments?(?: of)?(?: and (?:\w+ )?support)?(?: of| for)? (?:prospective )?(?:foster|connected|kinship|family and friends)",
    ),
    ("permanence_adoption", STRONG, r"(?:adopters?|adoption|special guardian\w*|sgo) assessments?"),
    (
        "permanence_adoption",
        STRONG,
        r"assessments? of (?:prospective )?(?:adopters|special guardians)",
    ),
    ("exploitation_missing", STRONG, r"(?:cse|exploitation) (?:risk )?(?:screening|assessments?)"),
    # assessment: "Excludes ... assessments of homeless 16-17-year-olds (homeless_16_17)"
    (
        "homeless_16_17",
        STRONG,
        r"(?:joint )?(?:housing )?assessments? (?:\w+ ){0,2}(?:of|for) (?:\w+ ){0,6}homeless\w*",
    ),
    (
        "leadership_corporate",
        STRONG,
        r"(?:strategic|joint strategic|sufficiency) needs assessments?|\bjsna\b",
    ),
    ("qa_performance", STRONG, r"self[- ]assessments?"),
    ("disabled_children", STRONG, r"transition(?:al)? assessments?"),
    # -- planning: "child in need, child protection, care and pathway plans (SMART ...
    #    contingency), safety plans, core groups and CIN reviews ... Pathway plans also take
    #    care_leavers"
    ("planning", MEDIUM, r"plans?\b|planning"),
    (
        "planning",
        STRONG,
        r"(?:children's|child's|care|child protection|child in need|cin|cp|safety|written|individual|contingency) plan(?:s|ning)?\b",
    ),
    (
        "planning",
        STRONG,
        r"core groups?|child in need (?:reviews?|meetings?)|cin (?:reviews?|meetings?)",
    ),
    ("planning", MEDIUM, r"smart\b|specific and measurable|measurable"),
    (("care_leavers", "planning"), STRONG, r"pathway (?:action )?plan(?:s|ning)?"),
    # plans that are not a child's plan: these swallow "plan"
    (
        "leadership_corporate",
        STRONG,
        r"(?:improvement|service|strategic|business|development) (?:action )?plan(?:s|ning)?|improvement planning",
    ),
    (
        "permanence_adoption",
        STRONG,
        r"(?:permanen(?:ce|cy)|adoption|twin[- ]track|parallel) plan(?:s|ning)?",
    ),
    ("education", STRONG, r"personal education plans?|\bpeps?\b"),
    ("health_wellbeing", STRONG, r"health (?:care )?plans?"),
    # an EHC plan names special educational needs, not a disability (disabled_children: "only
    # when disability or complex needs are named")
    ((), STRONG, r"education,? health and care plans?|\behcps?\b"),
    # "ensure that plans are (firmly) in place to ..." is a way of speaking, not a child's plan
    (
        (),
        STRONG,
        r"(?:ensure (?:that )?)?(?:a |clear |robust )?plans? (?:are |is )?(?:firmly )?in place|(?:the|a) plan to\b|action plan(?:s|ning)?",
    ),
    # children "on" or "subject to" a plan are a group, not a plan to improve (rule 3)
    (
        (),
        STRONG,
        r"(?:on|subject (?:to|of)|end(?:ing)?|of) (?:a |their )?(?:child protection|child in need|cp|cin) plans?"
        r"|end(?:ing)? care planning|subject of plans",
    ),
    # -- neglect_domestic_abuse: "neglect ..., domestic abuse (notifications, MARAC ...),
    #    parental mental ill-health and substance misuse, female genital mutilation"
    (
        "neglect_domestic_abuse",
        STRONG,
        r"neglect\w*|domestic (?:abuse|violence)|\bmarac\b|\bdva?\b",
    ),
    (
        "neglect_domestic_abuse",
        STRONG,
        r"parental (?:mental (?:ill[- ]?)?health|substance|drug|alcohol)\w*|substance misuse|toxic trio",
    ),
    (
        "neglect_domestic_abuse",
        STRONG,
        r"emotional abuse|physical abuse|female genital mutilation|\bfgm\b|honour[- ]based"
        r"|multi-agency risk assessment conferences?"
        r"|written agreements?|(?:child )?sexual abuse",
    ),
    # -- exploitation_missing: "child sexual and criminal exploitation, contextual safeguarding
    #    ..., gangs and county lines, trafficking, radicalisation ..., harmful sexual behaviour,
    #    offending by children in care, children missing ..., return home interviews"
    ("exploitation_missing", STRONG, r"exploit\w*|\bcse\b|\bcce\b|trafficking|trafficked"),
    (
        "exploitation_missing",
        STRONG,
        r"missing|return (?:home )?interviews?|return home conversations?",
    ),
    (
        "exploitation_missing",
        STRONG,
        r"(?:harm|risk) outside (?:the|their) (?:family )?home|extra[- ]familial|contextual(?:ised|ized)? (?:safeguarding|risks?)",
    ),
    (
        "exploitation_missing",
        STRONG,
        r"gangs?\b|county lines|radicali[sz]\w*|extremis\w*|\bprevent duty",
    ),
    (
        "exploitation_missing",
        STRONG,
        r"harmful sexual behaviours?|offending|youth (?:justice|offending)|criminali[sz]ation",
    ),
    # "children missing education" is education (exploitation_missing: "Excludes children
    # missing education")
    ("education", STRONG, r"missing (?:from )?education"),
    # -- disabled_children: "only when disability or complex needs are named or clearly implied
    #    (transition to adult social care)"
    ("disabled_children", STRONG, r"disab\w*|complex needs|short breaks?"),
    (
        "disabled_children",
        STRONG,
        r"transition\w* (?:to|into) adult(?:s'?)? (?:social care|services|health)",
    ),
    # -- private_fostering, lado_allegations, homeless_16_17: small statutory topics (rule 5)
    ("private_fostering", STRONG, r"private(?:ly)? foster\w*"),
    ("lado_allegations", STRONG, r"\blado\b|designated officer|allegations?|safer recruitment"),
    ("homeless_16_17", STRONG, r"homeless\w*"),
    # -- court_legal: "pre-proceedings ... letters before proceedings ... care proceedings ...
    #    courts and Cafcass, supervision orders, deprivation of liberty, section 20, revocation"
    ("court_legal", STRONG, r"pre-? ?proceedings|public law outline|\bplo\b|proceedings"),
    ("court_legal", STRONG, r"letters? before (?:care )?proceedings|court\w*|cafcass"),
    (
        "court_legal",
        STRONG,
        r"supervision orders?|deprivation of liberty|section 20\b|\bs\.? ?20\b|revocation|care orders?",
    ),
    ("court_legal", MEDIUM, r"legal (?:gateway|planning|meetings?|advice|framework|threshold)"),
    # -- placements: "sufficiency ... matching and stability, the fostering service (recruitment,
    #    assessment, support and training of foster carers), connected persons ... placements
    #    with parents ... unregistered settings"
    ("placements", STRONG, r"placements?|placed\b|sufficiency"),
    (
        "placements",
        STRONG,
        r"foster carers?|fostering (?:service|households|families)|foster homes?|fostering\b",
    ),
    (
        "placements",
        STRONG,
        r"connected (?:persons?|carers?)|kinship|family and friends (?:carers?|foster\w*)",
    ),
    (
        "placements",
        STRONG,
        r"unregistered|unregulated|children's homes?|residential (?:homes?|care)",
    ),
    ("placements", MEDIUM, r"matching|homes for children"),
    ("placements", WEAK, r"commissioning"),
    ("placements", STRONG, r"sufficiency (?:plan|strategy|duty)"),
    # care leavers' accommodation is care_leavers (placements: "Excludes ... care leavers'
    # accommodation")
    ("care_leavers", STRONG, r"sufficiency of (?:suitable )?(?:housing|accommodation)"),
    ("care_leavers", MEDIUM, r"housing"),
    # care leavers living with their former foster carers is staying put (care_leavers)
    ("care_leavers", STRONG, r"(?:former|previous) foster carers?|staying put|staying close"),
    # foster carers' supervision is the fostering service (placements), not case supervision
    ("placements", STRONG, r"foster carers? (?:\w+ ){0,3}supervision|supervising social workers?"),
    # -- permanence_adoption: "permanence planning ..., early permanence and foster to adopt,
    #    adoption ..., special guardianship ..., children returning home from care ...,
    #    family time/supervised contact and sibling relationships"
    ("permanence_adoption", STRONG, r"permanen(?:ce|cy)|adopt\w*|special guardian\w*|\bsgos?\b"),
    (
        "permanence_adoption",
        STRONG,
        r"foster(?:ing)?[- ](?:to|for)[- ]adopt\w*|long[- ]term foster\w*|early permanence",
    ),
    (
        "permanence_adoption",
        STRONG,
        r"return(?:ing|s|ed)? (?:home|to (?:their |the )?(?:famil\w*|parents?|birth famil\w*))(?! interview)|reunifica\w*|rehabilitation home",
    ),
    (
        "permanence_adoption",
        STRONG,
        r"family time|(?:supervised|family|sibling) contact|contact (?:with|between) (?:their )?(?:famil\w*|parents|siblings|brothers)",
    ),
    ("permanence_adoption", MEDIUM, r"siblings?|brothers and sisters|family network"),
    (
        "permanence_adoption",
        STRONG,
        r"permanent (?:homes?|famil\w*|placements?|arrangements?)|family[- ]finding",
    ),
    # "later-life letters" are permanence (adopted children) and voice (voice definition)
    (
        ("permanence_adoption", "voice_participation"),
        STRONG,
        r"later[- ](?:in[- ])?life'? letters?",
    ),
    # -- education: "personal education plans, the virtual school, attendance, attainment ...
    #    exclusions, post-16 ... children missing education ... EET of care leavers"
    (
        "education",
        STRONG,
        r"education\w*|virtual (?:school|head)|attainment|schools?\b|exclusions?|\bneet\b|\beet\b",
    ),
    (
        "education",
        STRONG,
        r"employment(?:,)? (?:and|or) training|education,? (?:training|employment),? (?:and|or) (?:training|employment)|training (?:and|or) employment|post-16|home[- ]educat\w*|educational",
    ),
    ("education", MEDIUM, r"school attendance|attendance at school|learning outcomes"),
    # "safeguarding in schools" is board assurance (education: "Excludes board assurance about
    # safeguarding in schools")
    ("partnership_governance", STRONG, r"safeguarding (?:in|of) schools|section 175"),
    # -- health_wellbeing: "initial and review health assessments ..., dental checks, SDQs,
    #    CAMHS, therapeutic and mental health support, health histories/passports"
    ("health_wellbeing", MEDIUM, r"hospitals?|well-?being"),
    # health staff named as an agency ("school nurses" are not education)
    ("health_wellbeing", MEDIUM, r"school nurs\w*|health visitors?|\bgps?\b|midwi\w*"),
    (
        "health_wellbeing",
        STRONG,
        r"health\b|camhs|mental|emotional|dental|self[- ]harm\w*|suicid\w*|therapeutic|therap\w+|strengths and difficulties|\bsdqs?\b|medical",
    ),
    (
        ("care_leavers", "health_wellbeing"),
        STRONG,
        r"health (?:histor\w*|passports?|information|records?)",
    ),
    # health professionals at a meeting are a partner agency, not children's health
    (
        "partnership_governance",
        MEDIUM,
        r"health (?:professionals?|partners|colleagues|representatives?|agencies)",
    ),
    # the Health and Wellbeing Board is a strategic board (partnership_governance)
    (
        "partnership_governance",
        STRONG,
        r"health and well-?being board|health and well-?being partnership",
    ),
    # "health and well-being" of children in general is background in LSCB items; keep weak
    # -- iro_cp_chairs: "IRO service ..., challenge, escalation and dispute resolution, reviews of
    #    children in care ..., child protection conference chairs and review conferences"
    ("iro_cp_chairs", STRONG, r"independent reviewing|reviewing officers?|\biros?\b|iro's|iros'"),
    (
        "iro_cp_chairs",
        STRONG,
        r"(?:child protection |conference )chairs?|chairs of (?:child protection |children's )?(?:child protection )?conferences",
    ),
    (
        "iro_cp_chairs",
        STRONG,
        r"review (?:child protection )?conferences?|(?:looked[- ]after|lac|statutory|care|cla|children's) reviews?|reviews? (?:of|for) (?:children|looked)",
    ),
    ("iro_cp_chairs", MEDIUM, r"reviewing (?:service|function|process)|dispute resolution"),
    # -- voice_participation: "wishes and feelings, direct work, statutory visits ..., life-story
    #    work ..., identity and cultural heritage, participation ..., children in care councils
    #    ..., feedback ..., advocacy, independent visitors, complaints, the pledge"
    (
        "voice_participation",
        STRONG,
        r"voices?\b|views|wishes and feelings|direct work|life[- ]?(?:story|journey)",
    ),
    (
        "voice_participation",
        STRONG,
        r"participat\w*|advoca\w*|independent visitors?|complain\w*|children in care councils?|children in care group|youth council",
    ),
    ("voice_participation", MEDIUM, r"feedback"),
    (
        "voice_participation",
        STRONG,
        r"feedback (?:\w+ ){0,2}from|consult\w*|lived experiences?|co-produc\w*",
    ),
    (
        "voice_participation",
        STRONG,
        r"statutory visits?|visit(?:s|ed|ing)?\b|seen alone|see(?:n|ing)? (?:children|them)",
    ),
    (
        "voice_participation",
        STRONG,
        r"identity|cultur\w*|heritage|understand\w* (?:of )?(?:their|the reasons)",
    ),
    ("voice_participation", MEDIUM, r"rights\b"),
    (
        "voice_participation",
        STRONG,
        r"(?:contribution|involvement|input|engagement) of (?:the )?(?:children|young people|the child|child)",
    ),
    # partners' participation in a process is partnership (partnership_governance: "a partner
    # agency's engagement in multi-agency processes (with the process's theme)")
    (
        "partnership_governance",
        STRONG,
        r"(?:participation|engagement|attendance|contribution|involvement)(?: and \w+)? (?:of|by|from) (?:the )?(?:police|partners?|partner agencies|agencies|health|schools|(?:\w+ )?professionals|statutory partners)",
    ),
    (
        "partnership_governance",
        STRONG,
        r"(?:participation|attendance) (?:throughout|in|at) (?:the )?(?:l?scb|board|sub-?groups)|lay members?(?: recruitment)?",
    ),
    # the pledge is voice "with leadership_corporate"
    (("leadership_corporate", "voice_participation"), WEAK, r"pledge"),
    # -- care_leavers: "the care leaver offer/local offer ..., personal advisers ..., keeping in
    #    touch, pathway plans ..., staying put, EET ..., support after 21, ... preparation for
    #    adulthood/transition planning at 16-17"
    (
        "care_leavers",
        STRONG,
        r"care[- ]leavers?|leaving care|leave care|left care|prepar\w* (?:\w+ )?(?:for|to) (?:leav|adult|independ)\w*|personal advis[eo]rs?|\bpas?\b|throughcare|after care|pathways? team",
    ),
    (
        "care_leavers",
        STRONG,
        r"local offer|care leaver offer|entitlements?|post[- ]?21|aged 21|over 21|21 to 25|up to 25",
    ),
    (
        "care_leavers",
        STRONG,
        r"adulthood|independen(?:ce|t living)|semi-independen\w*|supported (?:accommodation|lodgings)",
    ),
    (
        "care_leavers",
        STRONG,
        r"16-? (?:and|to) 17-?[- ]year-?[- ]olds? (?:children )?(?:in care|looked after)",
    ),
    (
        "care_leavers",
        MEDIUM,
        r"older (?:children|young people) in care|young adults|keep(?:ing)? in touch",
    ),
    ("care_leavers", MEDIUM, r"accommodation"),
    # -- management_oversight: "supervision (reflective, directive), managerial direction,
    #    challenge and decision-making on individual cases, grip on drift and delay, tracking"
    (
        "management_oversight",
        STRONG,
        r"management oversight|managerial oversight|management direction|management decision[- ]?making|management decisions|managers'? oversight|manager(?:ial|s)? (?:scrutiny|challenge|grip|decision\w*)",
    ),
    ("management_oversight", STRONG, r"supervis\w*"),
    ("management_oversight", MEDIUM, r"oversight|managers?\b|managerial|management\b"),
    (
        "management_oversight",
        STRONG,
        r"managers? (?:should )?(?:oversee|review|challenge|track|support)\w*",
    ),
    ("management_oversight", MEDIUM, r"drift|grip\b|decision[- ]making|decisions|tracking"),
    ("management_oversight", STRONG, r"drift and delay"),
    # engaging children is voice; engaging "young people who are gang affiliated" may be any work
    ("voice_participation", MEDIUM, r"engag\w* (?:with )?(?:children|young people)"),
    # senior leaders' oversight is strategic (management_oversight: "Excludes senior leaders'
    # strategic oversight"); their understanding of practice is qa_performance
    ("leadership_corporate", MEDIUM, r"(?:senior (?:leaders|managers)|leaders)'? oversight"),
    (
        "qa_performance",
        STRONG,
        r"(?:leaders|managers)'? (?:\w+ ){0,3}understanding|learn(?:ing|t)? from|patterns and trends|profil(?:e|es|ing)\b",
    ),
    # -- workforce: "recruitment and retention, capacity and staffing, caseloads, stability and
    #    changes of worker, agency staff, NQSWs/ASYE, the principal social worker ..., training"
    (
        "workforce",
        STRONG,
        r"workforce|recruit\w*|retention|retain\w*|caseloads?|case ?loads?|workloads?|staffing",
    ),
    (
        "workforce",
        STRONG,
        r"agency (?:staff|workers|social workers)|newly qualified|\basye\b|principal social worker",
    ),
    (
        "workforce",
        STRONG,
        r"training|learning and development|professional development|staff (?:morale|turnover|development)|morale",
    ),
    (
        "workforce",
        STRONG,
        r"changes? (?:of|in) (?:social )?workers?|(?:number|numbers) of social workers|stability of (?:the )?(?:workforce|social work|staff)",
    ),
    (
        "workforce",
        MEDIUM,
        r"staff\b|qualified|qualifications?|capacity|skills|experience[d]? (?:staff|social workers)|practitioners who know|social workers? (?:who )?(?:know|stay)",
    ),
    # foster carers' recruitment and training is placements (workforce: "Excludes foster carers'
    # recruitment and training"); adopters' is permanence; members' training is leadership
    (
        "placements",
        STRONG,
        r"recruit\w*(?: [\w-]+){0,8} (?:foster(?:ing)?|carers)|(?:foster carers?|carers)'? ?(?:training|recruitment)",
    ),
    ("permanence_adoption", STRONG, r"recruit\w*(?: [\w-]+){0,4} adopt\w*"),
    (
        "leadership_corporate",
        STRONG,
        r"(?:members'?|councillors'?) training|training (?:of|for) (?:elected )?members",
    ),
    # -- qa_performance: "performance management information, data sets ..., quality assurance
    #    frameworks, case and thematic audits ..., self-evaluation and leaders' understanding of
    #    practice, evaluation of impact ..., learning from ... serious case and other reviews"
    (
        "qa_performance",
        STRONG,
        r"quality assur\w*|audit\w*|performance (?:management|information|data|framework|monitoring|indicators|reporting|report)",
    ),
    (
        "qa_performance",
        STRONG,
        r"data(?:set|sets)?\b|management information|performance\b|self[- ]evaluation|metrics",
    ),
    (
        "qa_performance",
        STRONG,
        r"serious case reviews?|\bscrs?\b|case reviews?|learning reviews?|practice reviews?|learning (?:from|and improvement)|lessons",
    ),
    (
        "qa_performance",
        STRONG,
        r"(?:collect\w*|aggregat\w*|analys\w*)(?: and \w+)? (?:of )?(?:information|data|intelligence)|(?:collect\w*|aggregat\w*|analys\w*)(?: and \w+)? information",
    ),
    # an item that opens by asking to evaluate or audit asks for that (qa_performance)
    ("qa_performance", STRONG, r"^(?:evaluate|audit|monitor and evaluate|review and evaluate)"),
    (
        "qa_performance",
        MEDIUM,
        r"evaluat\w*|monitor\w*|measur\w*|scrutin\w*|analys\w*|intelligence|assurance|assured|understanding of (?:practice|the quality)|know(?:ledge)? of (?:the quality of )?practice",
    ),
    # evaluation of training is workforce (qa_performance: "Excludes ... evaluation of training")
    (
        "workforce",
        STRONG,
        r"(?:(?:evaluat\w*|monitor\w*|measur\w*|understand\w*)(?: \w+){0,4} )?(?:impact|effectiveness) of (?:the )?(?:multi-agency )?(?:safeguarding )?training|training (?:needs )?analysis|analysis (?:and evaluation )?of (?:training )?need\w* to inform .{0,40}training",
    ),
    # an audit trail is a board's record, not an audit (partnership_governance example)
    ("partnership_governance", STRONG, r"audit trail"),
    # -- recording: "accuracy, clarity, currency and completeness of records, chronologies,
    #    recording of decisions ... electronic case management/IT systems"
    ("recording", STRONG, r"records?\b|recording|case files?|files?\b"),
    # "decisions are clearly recorded": recording of decisions and meetings (recording)
    ("recording", STRONG, r"recorded"),
    ((), STRONG, r"record of achievements?|track record"),
    (
        "recording",
        STRONG,
        r"(?:electronic|it|case management|recording|information|social care record) systems?|(?:electronic )?databases?|liquid ?logic|mosaic|carefirst|frameworki",
    ),
    # -- leadership_corporate: "strategic and service planning, improvement plans ..., senior
    #    management capacity, corporate support and resources ..., consistency of practice,
    #    governance and scrutiny by elected members ..., corporate parenting"
    (
        "leadership_corporate",
        STRONG,
        r"corporate parent\w*|elected members|councillors|overview and scrutiny|scrutiny (?:panel|committee)|lead member",
    ),
    (
        "leadership_corporate",
        STRONG,
        r"corporate (?:support|responsibilit\w*|leadership)|chief executive|director of children's services|\bdcs\b|senior management capacity|leadership capacity",
    ),
    # leaders are often only who does the ask ("senior leaders' self-evaluation" is qa_performance)
    ("leadership_corporate", MEDIUM, r"senior (?:leaders?|manage\w*)|leaders'?\b|leadership"),
    (
        "leadership_corporate",
        STRONG,
        r"improvement (?:board|journey|work|activity)|pace of (?:improvement|change)|strategic (?:direction|oversight|management|plans?)|service (?:structures?|design|pathways?)",
    ),
    ("leadership_corporate", MEDIUM, r"champion\w*|strategic planning|corporate(?:ly)?|members\b"),
    (
        "leadership_corporate",
        MEDIUM,
        r"strateg\w*|resourc\w*|governance|consisten\w* of (?:practice|social work)|practice model|statutory (?:requirements|duties|guidance)",
    ),
    # -- partnership_governance: "board governance, chairing, membership and attendance, business
    #    plan and priorities, annual report, ... sub-groups and minutes, relationships with other
    #    strategic boards ..., challenge and holding partners to account, escalation policy,
    #    section 11 ..., child death review/rapid response, ... a partner agency's engagement"
    # the board an LSCB item is addressed to is background (rule 2); its workings are the ask
    (
        "partnership_governance",
        MEDIUM,
        r"\b[a-z]{0,3}scbs?\b|lscb's|(?:local )?safeguarding (?:children )?(?:board|partnership)s?|safeguarding partners|the board|board's",
    ),
    (
        "partnership_governance",
        STRONG,
        r"board (?:members|meetings)|partnership board|board's (?:work|priorities|profile|governance)|(?:work|profile|priorities|governance|scope|engagement) of the (?:l?scb|board)",
    ),
    (
        "partnership_governance",
        STRONG,
        r"annual report|business (?:plan|unit|manager)|sub-?groups?|minutes|membership|independent chair|chair's|chair\b",
    ),
    (
        "partnership_governance",
        STRONG,
        r"held to account|hold\w* (?:\w+ ){0,3}to account|to account|child deaths?|\bcdop\b|rapid response|section 11\b|escalation (?:policy|protocol)",
    ),
    (
        "partnership_governance",
        STRONG,
        r"partnership (?:working|arrangements)|strategic (?:relationships|partnerships?|boards?)|other (?:strategic )?(?:boards|bodies)|community safety|mappa",
    ),
    (
        "partnership_governance",
        MEDIUM,
        r"partners?\b|partner agencies|partnership|agencies|multi-agency|information[- ]sharing|police|faith|challenge",
    ),
]

# Words after which the item says why, not what (rule 2). Only looked for after the first words
# of a sentence, since "Ensure that ..." opens the ask itself. "to ensure that" often still
# spells out the ask ("assessments ... to ensure that the voice of the child is integrated"), so
# cues after it keep more of their weight than after "so that".
PURPOSE = re.compile(
    r"\b(?:(?P<spell>to ensure|to make sure|ensuring|including|particularly|in particular|especially|and that)|"
    r"so that|so as to|in order to|in order that|to enable|to support|"
    r"to inform|to understand|to help|to improve|to reduce|to avoid|to achieve|to meet|to promote|to provide|"
    r"to drive|to address|to safeguard|to protect|which (?:results|supports|enables|promotes)|"
    r"that this results|to maximise|to establish|to allow|to better)\b"
)
LISTING = re.compile(r"[.;:]? *(?:this|these|it|they) (?:should |must |will )?(?:also )?includ")
SENTENCE = re.compile(r"(?<=[a-z0-9)'])[.;:] +(?=[a-z])")
# "(paragraph 12)", "(Para 86)", "(outcome 4, national framework)", "(page 12, paragraph 17)"
REFERENCE = re.compile(
    r"\((?:[^()]*?(?:para\w*|page|outcome|enabler|national framework)[^()]*?)\)", re.IGNORECASE
)


@dataclass(frozen=True)
class _Hit:
    themes: tuple[str, ...]
    weight: float
    start: int
    end: int


# Where a cue can start: every position not inside a word ("plan" is not in "explain").
_STARTS = re.compile(r"(?<![\w-]).", re.DOTALL)


@dataclass(frozen=True)
class _Cues:
    cues: list[tuple[tuple[str, ...], float, re.Pattern[str]]]
    by_char: dict[str, tuple[int, ...]]  # first character -> cues that can start with it
    anywhere: tuple[int, ...]  # cues whose first character could not be worked out


@lru_cache(maxsize=1)
def _compiled() -> _Cues:
    cues = []
    by_char: dict[str, list[int]] = {}
    anywhere = []
    for i, (themes, weight, pattern) in enumerate(CUES):
        ids = (themes,) if isinstance(themes, str) else tuple(themes)
        unknown = set(ids) - set(THEMES)
        if unknown:
            raise ValueError(f"classifier cue names unknown themes {sorted(unknown)}: {pattern}")
        # a cue ends at a word's edge ("care leavers" is not in "care leaversx")
        cues.append((ids, weight, re.compile(rf"(?:{pattern})(?!\w)")))
        chars = _first_chars(pattern)
        if chars is None:
            anywhere.append(i)
        for ch in chars or ():
            by_char.setdefault(ch, []).append(i)
    return _Cues(cues, {k: tuple(v) for k, v in by_char.items()}, tuple(anywhere))


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of `pattern` can start with, or None if that is not known.

    Only an index to skip cues that cannot start at a position (four times faster than one
    search per cue); a pattern it cannot read is tried everywhere, so answers never depend on it.
    """
    try:
        k = importlib.import_module("re._constants")
        _parser = importlib.import_module("re._parser")
    except ImportError:  # another Python's private modules: try every cue everywhere
        return None

    def first(items) -> tuple[set[str] | None, bool]:  # (chars, can match empty)
        chars: set[str] = set()
        for op, av in items:
            if op is k.LITERAL:
                return chars | {chr(av)}, False
            if op is k.IN:
                for o, a in av:
                    if o is k.LITERAL:
                        chars.add(chr(a))
                    elif o is k.RANGE:
                        chars |= {chr(c) for c in range(a[0], a[1] + 1)}
                    else:
                        return None, False
                return chars, False
            if op in (k.AT, k.ASSERT, k.ASSERT_NOT):
                continue
            if op is k.BRANCH:
                empty = False
                for branch in av[1]:
                    c, e = first(branch)
                    if c is None:
                        return None, False
                    chars |= c
                    empty |= e
                if not empty:
                    return chars, False
            elif op is k.SUBPATTERN:
                c, e = first(av[3])
                if c is None:
                    return None, False
                chars |= c
                if not e:
                    return chars, False
            elif op in (k.MAX_REPEAT, k.MIN_REPEAT):
                lo, _hi, sub = av
                c, e = first(sub)
                if c is None:
                    return None, False
                chars |= c
                if lo > 0 and not e:
                    return chars, False
            else:
                return None, False
        return chars, True

    try:
        chars, empty = first(_parser.parse(pattern))
    except (AttributeError, TypeError, ValueError):
        return None
    return None if chars is None or empty else chars


def _hits(text: str, only: frozenset[str] | None = None) -> list[_Hit]:
    """Every cue found (of the themes `only`, when given), less the ones inside a longer
    cue's words."""
    index = _compiled()
    found = []
    for m in _STARTS.finditer(text):
        pos = m.start()
        for i in index.by_char.get(text[pos], ()) + index.anywhere:
            ids, weight, rx = index.cues[i]
            if only is not None and only.isdisjoint(ids):
                continue
            hit = rx.match(text, pos)
            if hit:
                found.append(_Hit(ids, weight, pos, hit.end()))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept = []
    for h in found:
        inside = any(
            o is not h
            and o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            for o in found
        )
        if not inside:
            kept.append(h)
    return kept


def _clean(text: str) -> str:
    text = REFERENCE.sub(" ", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _weights(clean: str) -> list[tuple[int, int, float]]:
    """(start, end, factor) spans of the item: 1 for the ask, less for its purpose clauses."""
    spans = []
    begin = 0
    for stop in [m.start() for m in SENTENCE.finditer(clean)] + [len(clean)]:
        factor, cursor = 1.0, begin
        # "This should include ..." spells out the ask before it, as "including" does
        if LISTING.match(clean, begin):
            factor = 0.75
        for m in PURPOSE.finditer(clean, begin, stop):
            if m.start() - begin < 25:
                continue
            spans.append((cursor, m.start(), factor))
            factor = min(factor, 0.75 if m.group("spell") else 0.4)
            cursor = m.start()
        spans.append((cursor, stop, factor))
        begin = stop
    return spans


def scores(
    text: str, section: str = "la", only: frozenset[str] | None = None
) -> dict[str, tuple[float, int, bool]]:
    """theme -> (score, first position, named in the ask) of one item; the working, for tuning.
    With `only`, just the cues of those themes are looked for (what a search for passages on
    a few themes needs; the scores of other themes are then not given)."""
    clean = _clean(text)
    spans = _weights(clean)
    result: dict[str, tuple[float, int, bool]] = {}
    for h in _hits(clean, only):
        factor = next((f for a, b, f in spans if a <= h.start < b), 1.0)
        if section == "lscb" and h.themes == ("recording",) and h.weight > MEDIUM:
            # a board's records are its minutes and challenge log, not children's case records
            factor = min(factor, MEDIUM / h.weight)
        if set(h.themes) & set(SPECIALIST):
            # rule 5: a small statutory topic named anywhere in the item is part of the ask
            factor = max(factor, 0.75)
        weight = h.weight * factor
        for rank, theme in enumerate(h.themes):
            w = weight if rank == 0 else weight * 0.9
            pos = h.start + rank
            best, first, ask = result.get(theme, (0.0, pos, False))
            # the strongest cue of a theme says where the item names it
            if theme not in result or w > best:
                first = pos
            elif w == best:
                first = min(first, pos)
            result[theme] = (max(best, w) + 0.1 * min(best, w), first, ask or factor >= 0.75)
    return result


def classify(text: str, section: str = "la", kind: str | None = None) -> tuple[str, ...]:
    """1-3 theme ids of one recommendation, most important first.

    `section` is 'la' or 'lscb' (the list the item comes from); `kind` (the document's kind) is
    accepted for letters and future rules and does not change the answer today.
    """
    found = scores(text, section)
    clean = _clean(text)
    lscb = section == "lscb" or bool(re.search(r"\blscb|\bboard\b|\bscb\b", clean))
    chosen = {t: s for t, s in found.items() if s[0] >= MEDIUM * 0.99}
    return _finish(chosen, found, clean, lscb, section)


COUNCIL = re.compile(
    r"elected members|councillors|chief executive|\bdcs\b|director|lead member|corporate parent"
    r"|council\b|members\b"
)
# partnership_governance: "challenge and holding partners to account", "section 11 compliance"
CHALLENGE = re.compile(
    r"challeng\w*|across (?:all )?(?:the )?(?:agencies|partners|partnership)|section 11|notif\w*"
)
RETURN_HOME = re.compile(
    r"(?:who|when|where) (?:\w+ ){0,2}return(?:s|ed|ing)? (?:home|to (?:their |the )?(?:famil|parent))"
)
OTHER_PLANS = re.compile(
    r"personal education plans?|permanen(?:ce|cy) plan(?:s|ning)?|adoption plans?|\bpeps?\b"
)
PLAN_LIST = re.compile(
    r"(?:child in need|child protection|care|pathway|personal education|cin|cp)"
    r"(?:,| and| or)(?: [\w-]+){1,8} plans\b"
)
# an ask about what care leavers get ("for care leavers", "care leavers' access")
FOCUS = re.compile(r"(?:for|to|of|with) (?:all |older |our )?care leavers|care leavers'")
OTHER_GROUPS = re.compile(r"children in care|looked[- ]after|children in need|care-experienced")
ADOPTION_PLACEMENT = re.compile(r"placed for adoption|(?:adoption|adoptive) placements?")
VOICE_ITSELF = re.compile(
    r"voices?\b|views|wishes|participat\w*|advoca\w*|life[- ]?story|direct work|identity|cultur"
)
REMIT = re.compile(r"(?:children|young people|looked after|in care),? and care leavers")
SPECIALIST = ("private_fostering", "lado_allegations", "homeless_16_17")
GENERIC = {
    "qa_performance",
    "partnership_governance",
    "leadership_corporate",
    "management_oversight",
    "workforce",
    "recording",
    "voice_participation",
}


def _finish(
    chosen: dict[str, tuple[float, int, bool]],
    found: dict[str, tuple[float, int, bool]],
    clean: str,
    lscb: bool,
    section: str,
) -> tuple[str, ...]:
    def drop(*themes: str) -> None:
        for t in themes:
            chosen.pop(t, None)

    def only_weak(theme: str) -> bool:
        return theme in chosen and chosen[theme][0] < STRONG * 0.99

    topics = set(chosen) - GENERIC
    # rule 5: specialist functions keep their own theme: oversight, decisions and visits inside
    # private fostering, the LADO, adoption or IRO work are not management_oversight or voice
    specialist = {"private_fostering", "lado_allegations", "iro_cp_chairs"} & set(chosen)
    if specialist:
        if only_weak("management_oversight"):
            drop("management_oversight")
        if "iro_cp_chairs" in chosen and only_weak("planning"):
            drop("planning")
    # lado_allegations: "the local authority designated officer's capacity, consistency,
    # decisions, recording and oversight" are all the LADO's theme
    if "lado_allegations" in chosen:
        for t in ("management_oversight", "recording"):
            if t in chosen and chosen[t][1] > chosen["lado_allegations"][1]:
                drop(t)  # named after the LADO: the LADO's own recording and oversight
    # voice_participation: "Excludes ... visits that are part of private fostering, adoption
    # placement or PA contact (their own themes)"
    if (
        "voice_participation" in chosen
        and ("private_fostering" in chosen or ADOPTION_PLACEMENT.search(clean))
        and not VOICE_ITSELF.search(clean)
    ):
        drop("voice_participation")
    # an LSCB's "oversight" of a topic is the board monitoring it (rule 4), not case oversight
    if section == "lscb" and only_weak("management_oversight") and set(chosen) - GENERIC:
        chosen.setdefault("qa_performance", chosen["management_oversight"])
        drop("management_oversight")
    # rule 6: care leavers named only in the remit of a governance body ("members champion the
    # needs of looked after children and care leavers") are not asked about
    if (
        "care_leavers" in chosen
        and chosen.keys() & {"leadership_corporate", "partnership_governance"}
        and "care leaver" in clean
        and "care leaver" not in re.sub(REMIT, "", clean)
        and re.search(COUNCIL, clean)
        and not re.search(r"leaving care|personal advis|pathway|staying put|local offer", clean)
    ):
        drop("care_leavers")
    # partners, agencies, the board, challenge and oversight are background when anything else
    # is asked (rule 2)
    # (when only such background is left, the last kept of this order wins)
    # rule 3: groups named only as examples of an ask about all children ("plans for all
    # children, including disabled children") are not the ask
    if only_weak("disabled_children") and re.search(r"including[^.;]*disab", clean):
        drop("disabled_children")
    for generic in (
        "qa_performance",
        "workforce",
        "recording",
        "management_oversight",
        "leadership_corporate",
        "partnership_governance",
    ):
        if only_weak(generic) and chosen.keys() - {generic}:
            if generic == "qa_performance" and lscb and topics:
                continue  # rule 4: the board monitoring a topic is the topic and qa_performance
            if (
                generic == "partnership_governance"
                and section == "lscb"
                and CHALLENGE.search(clean)
            ):
                # the board challenging partners is how the board works: a second theme
                score, _pos, ask = chosen[generic]
                chosen[generic] = (score, 20_000, ask)
                continue
            drop(generic)

    # rule 5: capacity of IROs also takes workforce; capacity of PAs takes care_leavers and
    # workforce
    if chosen.keys() & {"iro_cp_chairs", "care_leavers"} and re.search(
        r"capacity|caseloads?|workloads?|resourced|sufficient (?:number|staff)", clean
    ):
        if "workforce" in found:
            # after the role's own theme (rule 5: the capacity "also takes workforce")
            role = min(
                chosen.keys() & {"iro_cp_chairs", "care_leavers"}, key=lambda t: chosen[t][1]
            )
            at = chosen[role][1]
            if re.search(r"social workers?|staff|practitioners", clean[:at]):
                at = found["workforce"][1] - 1  # the workforce at large is named first
            chosen["workforce"] = (STRONG, at + 1, True)
    # a homeless 16-17-year-old's rights and entitlements are part of that theme (homeless_16_17:
    # "information on their right to become looked after"), not the care leaver offer
    if "homeless_16_17" in chosen and not re.search(
        r"care[- ]leavers?|leaving care|personal adv", clean
    ):
        drop("care_leavers")
        if only_weak("voice_participation"):
            drop("voice_participation")

    order = sorted(chosen, key=lambda t: (chosen[t][1], -chosen[t][0]))
    # the LSCB's own strategy, plans and resources are how the board works
    # (partnership_governance), not the council's leadership, unless council people are named
    if section == "lscb" and "leadership_corporate" in order and not re.search(COUNCIL, clean):
        at = order.index("leadership_corporate")
        order.remove("leadership_corporate")
        if "partnership_governance" not in order:
            order.insert(at, "partnership_governance")
            chosen["partnership_governance"] = chosen.pop("leadership_corporate")
    # "specific and measurable" personal education or permanence plans are those plans, not
    # children's plans in general (planning: "Excludes permanence planning ..., personal
    # education plans")
    if (
        only_weak("planning")
        and chosen.keys() & {"education", "permanence_adoption"}
        and not re.search(r"\bplan(?:s|ning)?\b", re.sub(OTHER_PLANS, "", clean))
    ):
        drop("planning")
        order.remove("planning")
    # matching for adoption is permanence, not placements
    if only_weak("placements") and "permanence_adoption" in chosen:
        drop("placements")
        order.remove("placements")
    # rule 4: "the board should monitor/evaluate X" is X first, qa_performance second
    # qa_performance: "analysis of intelligence (aggregating return-interview information ...)"
    # is labelled with the topic first, in the LA's list too
    if "qa_performance" in order and order[0] == "qa_performance" and topics:
        order.remove("qa_performance")
        order.insert(1, "qa_performance")
    # recording of supervision or of any activity goes with the activity's theme first
    # (recording: "recording of decisions, meetings, visits, direct work and supervision (with
    # the activity's theme)")
    if "recording" in order and "management_oversight" in order and "supervis" in clean:
        if order.index("recording") < order.index("management_oversight"):
            order.remove("recording")
            order.insert(order.index("management_oversight") + 1, "recording")
    # care_leavers: "apply when care leavers are the focus"; an ask made for care leavers alone
    # is about what care leavers get, so it comes first
    if (
        "care_leavers" in order
        and chosen["care_leavers"][0] >= STRONG * 0.99
        and "care leaver" in clean
        and not OTHER_GROUPS.search(clean)
        and not re.search(
            r"(?:looked after|in care|children|young people)(?: \w+){0,2},? (?:and|or) care leavers",
            clean,
        )
    ):
        order.remove("care_leavers")
        order.insert(0, "care_leavers")
    # "thresholds for strategy meetings", "threshold in early help": the threshold of a named
    # process is that process and front_door (front_door: "both when the item is about the
    # threshold for it")
    m = re.search(r"thresholds? (?:for|in) ", clean)
    if m and order and order[0] == "front_door" and len(order) > 1:
        after = order[1]
        if m.end() <= chosen[after][1] <= m.end() + 40:
            order[0], order[1] = after, "front_door"
    # children returning home from care are the group the ask is about (permanence_adoption:
    # "children returning home from care (reunification and support)"): "plans when children
    # return to their families" is permanence first, then planning
    if (
        "permanence_adoption" in order
        and order[0] != "permanence_adoption"
        and (m := RETURN_HOME.search(clean))
        and m.start() < 100  # named in the ask, not in a list at its end
    ):
        order.remove("permanence_adoption")
        order.insert(0, "permanence_adoption")
    # rule 3: one thing asked for several named groups is the thing first: "child in need,
    # child protection, personal education and pathway plans" are plans, then the groups
    if "planning" in order and order[0] != "planning" and PLAN_LIST.search(clean):
        order.remove("planning")
        order.insert(0, "planning")
    # ... and "looked after children and care leavers" named before the thing asked for them
    # come after it
    if (
        "care_leavers" in order
        and order[0] == "care_leavers"
        and len(order) > 1
        and REMIT.search(clean)
        and not FOCUS.search(clean)
    ):
        order.remove("care_leavers")
        order.insert(1, "care_leavers")
    # rule 5: the small statutory topics keep their own theme, first
    listing = re.search(r"including|such as|:|\u2022|\u2212", clean)
    for theme in reversed(SPECIALIST):
        if theme in order and not (listing and chosen[theme][1] > listing.start()):
            order.remove(theme)
            order.insert(0, theme)
    if not order:
        order = [_fallback(found, lscb)]
    # rule 1: most items take one or two themes; a third needs a cue of its own in the ask
    keep = order[:2]
    third = order[2] if len(order) > 2 else None
    if third and chosen[third][2] and chosen[third][0] >= (2.2 if third not in GENERIC else 2.97):
        keep.append(order[2])
    return tuple(keep)


def _fallback(found: dict[str, tuple[float, int, bool]], lscb: bool) -> str:
    """The theme of an item no cue places: its best weak cue, else the body it is addressed to."""
    if found:
        return max(found, key=lambda t: (found[t][0], -found[t][1]))
    return "partnership_governance" if lscb else "leadership_corporate"
