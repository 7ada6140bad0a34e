"""Article text -> the claims it makes about the inspection record (pure: no database).

A claim is found in the clause that carries it (see `text.clauses`). Each detector reads one
kind of fact from a clause: a grade given to judgement areas, a date of an inspection or report,
a lead inspector, a number of recommendations, a rank or count among councils, a visit. The
council a clause is about is the one it names, else the one the sentence or the article last
named, else the article's main council.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ilacs import register
from ilacs.claims import lazyre
from ilacs.claims import text as T
from ilacs.claims.model import Claim, Kind
from ilacs.claims.ranks import _SUBREGIONS
from ilacs.errors import NotFound

# --- cues ---------------------------------------------------------------------------------------

# A grade word is a grade when the clause speaks of rating: "rated good", "judged inadequate",
# "an 'outstanding' rating", "received good and outstanding ratings", "remains good".
_RATING_CUE = lazyre.compile(
    r"\b(?:rat(?:ed|ing|ings|es|e)|judg(?:ed|es|ement|ements|ment|ments|e)|grad(?:ed|e|es|ing)|award(?:ed|s)?|"
    r"branded|deemed|found|given|received|receive|achiev(?:ed|e|ing)|secur(?:ed|e)|gain(?:ed)?|"
    r"Ofsted|inspectors?|inspection|verdict|categor(?:y|ies)|areas?|remain(?:s|ed)?|still|retain(?:ed)?|"
    r"stat(?:ing|ed|es)|said|says|saying|told|describ\w+|report\w*|"
    r"maintain(?:ed)?|upgraded|downgraded|improved|moved|out of(?!\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven)\b)|no longer|once again|"
    r"singled out|recognised|recognized|as being|to be|as)\b|"
    # "Leadership fell to requires improvement": a judgement moved to the grade
    r"\b(?:fell|fallen|falls|dropp(?:ed|ing)|drops|slipp(?:ed|ing)|slips|declin(?:ed|ing)|"
    r"deteriorat(?:ed|ing)|r(?:o|i)se[ns]?|climb(?:ed|s|ing)|slump(?:ed|s))\s+(?:back\s+)?to\b|"
    # "the impact of leaders also slipped from outstanding to good"
    r"\bfrom\s+['‘’\"“]?(?:outstanding|good|inadequate|requires improvement(?: to be good)?)['’\"”]?\s+"
    # "from requires improvement in 2017 to good in 2021 and outstanding now"
    r"(?:(?:in|at)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:19|20)\d\d\s+)?to\b",
    re.IGNORECASE,
)
# "good progress", "outstanding support": the grade word as an ordinary adjective.
_ADJECTIVE_NOUN = lazyre.compile(
    # ("low caseloads and good organisational support": an adjective of its own between)
    r"\s+(?:(?:organi[sz]ational|professional|multi-agency|partnership|emotional|practical|"
    r"financial|managerial|clinical|personal|individual)\s+)?"
    r"(?:progress|practice|work|support|knowledge|quality|news|job|start|example|"
    r"relationships?|services?|care|staff|people|team|help|outcomes?|responses?|decisions?|assessments?|plans?|planning|management oversight|oversight|arrangements|social work|"
    r"partnership|commitment|understanding|reason|deal|grasp|range|level|standard|evidence|"
    r"record|position|place|way|use|and\s+improving|to\s+great|achievements?|feedback|"
    # ("a good proportion live with their former foster carers": a quantity, no grade)
    r"proportion|number|share|amount|majority|variety|choice|mix|"
    r"councils|authorities|local authorities|LAs|"
    # "from inadequate to good, with outstanding features": parts of the work, no judgement
    r"features|elements|aspects|pockets|strengths|"
    # ("as London's outstanding tally reaches 11": a count of those with the grade)
    r"tally|total|club|list|haul|streak|ranks|"
    # ("five or more good GCSEs": exam results)
    r"GCSEs?|A-?levels?|passes|exam\w*|qualifications?)\b",
    re.IGNORECASE,
)
_PREVIOUS = lazyre.compile(
    r"\b(?:previous(?:ly)?|last (?:inspection|inspected|time|full inspection|rated|report)|"
    r"before|prior|formerly|had been|earlier|from|since|ago|historically|out of(?!\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven)\b)|no longer|"
    r"moved out|removed|was (?:rated|judged|graded)|were (?:rated|judged)|damning)\b",
    re.IGNORECASE,
)
_TREND = lazyre.compile(
    r"\b(?:improv(?:ed|ement|ing)|upgraded|downgraded|jump(?:ed)?|rose|climbed|fell|dropped|"
    r"moved|out of(?!\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven)\b)|no longer|once again|again|consecutive|maintain(?:ed|s)?|retain(?:ed|s)?|"
    r"sustain(?:ed|s)?|remains?|still|previous(?:ly)?|deteriorat(?:ed|ion)|journey|turnaround|from)\b",
    re.IGNORECASE,
)
_ALL_BUT = lazyre.compile(
    r"\b(?:in\s+|across\s+)?(?:all|every|each)\s+(?:(?:area|categor\w+|judge?ment)s?\s+)?"
    r"(?:but|except(?:\s+for)?|bar|save|apart\s+from)\s+(?P<k>one|two|three|1|2|3)\b",
    re.IGNORECASE,
)
_ALL = lazyre.compile(
    r"\b(?:in|across|for|on)\s+(?:all|every|each)\s+(?:(?:four|five|six|of the|the|its|key|main|inspection|"
    r"judgement|judgment|performance)\s+)*(?:areas?|categor(?:y|ies)|judgements?|judgments?|"
    r"sections?|benchmarks?|elements?|aspects?|measures?|fields?|services|parts)\b|"
    r"\bacross the board\b|\bin every (?:area|category|judgement|judgment|respect)\b|"
    r"\b(?:in\s+)?(?:every|each)\s+(?:single\s+)?one\s+of\s+(?:the|its)\s+(?:\w+\s+){0,3}?(?:areas|categories|judgements|judgments)\b|"
    r"\ball (?:four|five|six )?(?:areas|categories|judgements|judgments|elements|benchmarks|aspects)\b|"
    r"\ball (?:its |the council's |of its )?services\s+(?:were|are|was|have been|had been)\b|"
    r"\bevery category\b|\ball elements\b|"
    # "achieving a clean sweep of outstanding grades", "a full house of outstanding judgements"
    r"\bclean\s+sweep\b|\bfull\s+house\b|"
    # "judged every area of the service inadequate"
    r"\b(?:judged|rated|graded|found)\s+(?:every|each)\s+(?:single\s+)?(?:area|category|judge?ment|aspect)\b",
    re.IGNORECASE,
)
_N_OF = lazyre.compile(
    rf"\b(?:in\s+)?(?P<n>{T.NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?P<m>{T.NUMBER})\b"
    # "one of two councils": councils, not judgements
    # (nor "one of ten children's services inspection reports published on Friday": reports)
    r"(?!\s+(?:other\s+|English\s+)*(?:councils|authorities|local authorities|LAs|boroughs|"
    r"children['’]s\s+services|(?:\w+\s+){0,2}(?:reports|inspections|verdicts))\b)"
    rf"|\b(?P<n2>{T.NUMBER})\s+(?:(?:other|more|further|remaining|key|main|inspection|performance|of the)\s+)*"
    rf"(?:areas?|categories|category|judgements?|judgments?|benchmarks|elements|aspects|sections)\b"
    rf"|\b(?P<n3>{T.NUMBER})\s+(?:others|more)\b",
    re.IGNORECASE,
)
# An inspector's name as the press prints it: "Brenda McLaughlin", "Peter McEntee",
# "Paula Thomson-Jones" ("Robert Hackeson's": the possessive is not part of it).
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þa-z][a-zß-ÿ]+)?"
_PERSON = rf"{_NAME_WORD}(?:\s+[A-Z]\.?)?(?:\s+{_NAME_WORD}){{1,2}}"
_HMI = r"(?:(?:Her|His)\s+Majesty['’]s\s+|HM\s+)"
# "Lead inspector X", "The lead inspector was X", "Her Majesty's Inspectors X and Y",
# "Two of Her Majesty's Inspectors, X and Y", "Inspectors X and Y", "HMI X",
# "led by His Majesty's Inspector X", "inspection team led by X", "Inspectors, led by X"
# (not "Chief Inspector X", "Detective Inspector X").
_INSPECTOR = lazyre.compile(
    rf"(?<!Chief )(?<!chief )(?<!Detective )(?<!Police )(?<!police )(?<!HMCI )"
    rf"(?P<cue>(?:\b(?:lead|Lead|LEAD)\s+)?(?:{_HMI}(?:[Ii]nspectors?|HMIs?)|\b[Ii]nspectors?|\bHMIs?)"
    rf"(?:\s+(?:was|is|were|are|had\s+been|has\s+been|have\s+been))?[,:]?\s+"
    rf"|\b[Ll]ed\s+by\s+(?:(?:the\s+)?(?:lead\s+)?(?:{_HMI}?[Ii]nspector|HMI)[,:]?\s+)?"
    # "with X as her deputy", "deputy lead inspector X": one of the team
    rf"|\bwith\s+(?={_PERSON}\s+as\s+(?:his|her|their|the)\s+deputy\b)"
    rf"|\b[Dd]eputy\s+(?:lead\s+)?inspector[,:]?\s+"
    # "the report by X began", "the report, written by X": its author, the lead inspector
    rf"|\b(?:(?i:the|its|this|that|their)|Ofsted['’]s)\s+(?:(?:Ofsted|inspection|latest|new|"
    rf"(?:19|20)\d\d)\s+)?report,?\s+(?:(?:was\s+)?(?:written|drawn\s+up|authored|compiled)\s+)?"
    rf"by\s+(?:(?:the\s+)?(?:lead\s+)?(?:{_HMI}?[Ii]nspector|HMI)[,:]?\s+)?)"
    rf"(?P<names>{_PERSON}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PERSON})*)"
)
_NOT_A_NAME = frozenset(
    "Ofsted The His Her Children Children's Services Council County City Borough Local "
    "Authority Trust Department Social Care Education Inspectors Inspector".split()
)
# "led by X" names an inspector only where the inspection, the visit or the team leads to it.
_LED_BY_SUBJECT = lazyre.compile(
    r"\b(inspect\w*|visit\w*|team|Ofsted|HMI|report)\b(?:(?!\b(?:inspect\w*|visit\w*)\b)[^.;]){0,120}$",
    re.IGNORECASE,
)
# a sentence that opens "Led by X," and names the team after: what the name led
_LED_BY_OPENING = lazyre.compile(
    r"\s*,\s*(the\s+(?:inspection\s+)?team|(?:the\s+)?inspectors|the\s+inspection|the\s+visit)\b",
    re.IGNORECASE,
)
_LED_BY_OTHER = lazyre.compile(
    r"\b(?:board|panel|partnership|council|trust|department|directorate|programme|project|"
    r"service|services|leadership|cabinet|committee|authority|charity|company|practice)\b",
    re.IGNORECASE,
)
_VISIT = lazyre.compile(
    r"\b(?:monitoring visits?|focused visits?|monitoring (?:report|letter)s?|joint targeted area "
    r"inspections?|JTAI|(?:a|the|an)\s+(?:(?:Ofsted|remote|virtual|one-day|two-day|three-day|"
    r"recent|follow-up|further|latest|short|unannounced|new)\s+){0,2}visit\b)",
    re.IGNORECASE,
)
# a visit named in the clause after its date: ", when a focused visit", ", when a joint targeted
# area inspection"
_WHEN_VISIT = lazyre.compile(
    r"\s*,\s*when\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:monitoring\s+visit|focused\s+visit|"
    r"joint\s+targeted\s+area\s+inspection|JTAI)\b",
    re.IGNORECASE,
)
_DATE_ROLE_PUBLISHED = lazyre.compile(
    r"\b(?:publish|released?|came out|report (?:is|was) out|issued)"
    r"|\b(?:letter|report)\s+(?:was\s+|is\s+)?dated\b"
    # "Their letter, dated 15 June": the day it went out
    r"|\b(?:letter|report),\s+dated\b"
    # "after its inspection report last November": the report's month
    r"|\b(?:inspection|Ofsted)\s+report\s+(?:last|this|in|on|of|from)\b",
    re.IGNORECASE,
)
# "..., rating every judgement outstanding": a verdict given at the time before it
_RATING_AFTER = lazyre.compile(
    r"(?:\s+(?:last|this|that|the\s+previous|the\s+following)\s+(?:year|month))?\s*,\s*"
    r"(?:rating|judging|grading|awarding|giving|handing)\b",
    re.IGNORECASE,
)
_DATE_ROLE_VISIT = lazyre.compile(
    # ("its long journey through the inspection system", "the inspection regime": no visit)
    r"\b(?:visit(?:ed|s|ing)?|inspect(?:ed|ion|ions|ors)?(?!\s+(?:system|regime|framework|process|report)\b)|took place|spent|(?:were|was) at|on site|between|carried out|review|"
    # "who were in the borough for two weeks in October"
    r"(?:were|was)\s+(?:in|with)\s+(?:the|its|their)\s+(?:borough|county|city|town|council|authority|"
    r"district|island|service|teams?)"
    # "Inspectors, who were in Slough from January 23 to February 3": a place by its name
    r"|(?:were|was)\s+in\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+(?:from|between|for|over|in|on)\b)\b",
    re.IGNORECASE,
)
# "Enfield - whose inspection, in July, ...", "Enfield, which was inspected in July": one council
# a grade said not to be held: "had not achieved good", "failed to reach good", "fell short of
# good" (the words run up to the grade word; "no longer inadequate" is a move, read as one)
_NEGATED = lazyre.compile(
    # "the only areas to escape the lowest grade": a grade they were not given
    # "without also being rated outstanding overall": a grade not held
    r"\b(?:not|never|n['’]t|failed\s+to|fell\s+short\s+of|short\s+of|escap(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|"
    # ("jumped two grades, skipping 'requires improvement' altogether": a grade passed over)
    r"skip(?:s|ped|ping)?|bypass(?:es|ed|ing)?|leapfrog(?:s|ged|ging)?|"
    # ("without the borough once being judged good overall")
    r"without(?:\s+(?:the\s+(?:council|borough|county|city|authority|service|services)|it|them))?)\s+"
    # ("not once has it been rated good overall")
    r"(?:(?:(?:has|have|had)\s+(?:it|they|the\s+(?:council|borough|county|city|authority))|"
    # ("disappointed not to have been judged good")
    r"yet|also|once|ever|been|be|being|to|have|achieved?|reach(?:ed)?|rated|judged|graded|deemed|considered|get|"
    r"got|gained?|secured?|received?|awarded|given|an?|the|overall|quite|a\s+rating\s+of)\s+)*"
    r"[‘'“\"]?$"
    # "Ten years, three inspections, no 'good'", "a decade and no outstanding": a grade none of
    # them gave
    r"|\bno\s+[‘'“\"]?$"
    # "found that no part of the service is now inadequate": a grade no judgement was given
    # ("not one area was judged inadequate", "none of the areas was")
    r"|\b(?:no|not\s+(?:one|a\s+single)|none\s+of\s+(?:the|its))\s+"
    r"(?:part|area|aspect|judge?ment)s?\s+(?:of\s+(?:the\s+|its\s+)?(?:service|services|"
    r"council|work)\s+)?(?:is|was|were|are|has\s+been|had\s+been)\s+"
    r"(?:(?:now|still|any\s+longer|rated|judged|graded)\s+)*[‘'“\"]?$"
    # "further improvement is needed before they can be judged good": a grade not yet held
    r"|\bbefore\s+(?:they|it|services|the\s+(?:council|service|services|authority))\s+"
    r"(?:can|could|will|would)\s+be\s+(?:judged|rated|graded|considered|deemed)\s+[‘'“\"]?$",
    re.IGNORECASE,
)
# "Services for care leavers, however, ...", "Its work with children in care, though, ...": the
# words a reporter puts before the area the sentence opens with
_AREA_PREAMBLE = lazyre.compile(
    r"\s*(?:(?:the|its|their|the\s+council['’]s|[A-Z][\w'’-]+['’]s?)\s+)?"
    r"(?:services?|work|support|provision|arrangements|practice|help)\s+(?:for|with|to)\s+"
    r"(?:the\s+|its\s+)?",
    re.IGNORECASE,
)
_RELATIVE_ONE = lazyre.compile(
    r"(?:\s+(?:Council|Borough|County|City)(?:\s+Council)?)?\s*(?:,|\s[-–—])\s*"
    r"(?:whose\s+(?:(?:latest|last|recent|own|full|previous)\s+)?"
    r"(?:inspection|report|visit|rating|grade|judgement|assessment)\b(?!s)"
    r"|(?:which|who)\s+(?:was|is|has|received|got|earned|gained|secured|achieved|won|became)\b)",
    re.IGNORECASE,
)
_DURATION = lazyre.compile(
    rf"\b(?P<q>less than|under|more than|over|almost|nearly|just over|just under|within)?\s*"
    rf"(?P<n>{T.NUMBER}|\d+)\s+(?P<u>years?|months?|weeks?)\s+(?P<rel>ago|after|later|since|earlier|before)?",
    re.IGNORECASE,
)
_RANK = lazyre.compile(
    rf"\b(?:the\s+)?(?:only\s+)?(?:(?P<ord>{T.ORDINAL})|(?P<first>first))\b"
    rf"|\bthe only\b|\bnever (?:been )?(?:achieved|done|managed)\b|\bno other\b|\bunheard of\b"
    rf"|\bone of (?:only |just )?(?P<n>{T.NUMBER})\b|\bone of (?:only )?a handful\b",
    re.IGNORECASE,
)
_REGION_WORDS = {
    "north east": "North East",
    "north-east": "North East",
    "north west": "North West",
    "north-west": "North West",
    "yorkshire and the humber": "Yorkshire and The Humber",
    "yorkshire and humber": "Yorkshire and The Humber",
    "yorkshire": "Yorkshire and The Humber",
    "east midlands": "East Midlands",
    "west midlands": "West Midlands",
    "east of england": "East of England",
    "london": "London",
    "capital": "London",
    "south east": "South East",
    "south-east": "South East",
    "south west": "South West",
    "south-west": "South West",
}
# (not inside a council's name: "North East Lincolnshire", "North Yorkshire", "East Riding of
# Yorkshire" name no region)
_REGION = lazyre.compile(
    # ("the capital's 33 councils", "in the capital": London; not "the capital budget")
    r"\b(?:(?:(?<=the\s)capital(?=['’]s\b)|(?<=in\sthe\s)capital|(?<=across\sthe\s)capital)"
    r"(?!\s+(?:budget|programme|spending|funding|investment|costs?|works?|project)s?\b)|"
    + "|".join(
        r"(?<!north )(?<!south )(?<!west )(?<!riding of )yorkshire"
        if k == "yorkshire"
        else re.escape(k)
        for k in sorted(_REGION_WORDS, key=len, reverse=True)
    )
    + r")\b(?!\s+(?!England\b)(?-i:[A-Z])[a-z])",
    re.IGNORECASE,
)
# "one of three councils in Merseyside": a place ilacs cannot count within
_PLACE = lazyre.compile(
    # ("the only one in West Yorkshire rated outstanding")
    r"\b(?:councils?|authorit(?:y|ies)|local authorit(?:y|ies)|LAs?|boroughs?|(?<=only\s)one)\s+(?:in|across)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_PLACE_LEAD = lazyre.compile(
    r"\s*(?:Within|Across|Among|Amongst)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*,"
)
# "Greater Manchester's ten councils": a place's own councils
_PLACE_OWN = lazyre.compile(
    rf"\b(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)(?:'s|’s)\s+(?:{T.NUMBER}\s+)?"
    r"(?:councils|authorities|local authorities|boroughs)\b"
)
# when care leavers came to be graded on their own: the framework of 2023
_CARE_LEAVERS_SPLIT = (
    r"\b(?:Ofsted|the\s+(?:inspectorate|watchdog|regulator))\s+(?:first\s+)?(?:brought\s+in|"
    r"introduced|began\s+(?:giving|awarding|making)|started\s+(?:giving|awarding|making)|added)\s+"
    r"(?:a\s+)?separate\s+(?:grades?|judge?ments?|ratings?)\s+(?:for|of)\s+care\s+leavers\b|"
    r"\b(?:Ofsted|the\s+(?:inspectorate|watchdog|regulator))\s+(?:first\s+)?(?:began|started)\s+"
    r"(?:grading|judging|rating)\s+care\s+leavers(?:['’]\s+services)?\s+(?:separately|on\s+their\s+own)\b"
)
_FRAMEWORK = lazyre.compile(
    # ("Ofsted's updated children's services inspection framework")
    r"\b(?:new|latest|current|revised|updated|tougher)\s+(?:(?:Ofsted|ILACS|inspection|"
    r"children['’]s\s+(?:services|social\s+care))\s+){0,3}(?:framework|regime|system|criteria|arrangements)|"
    # "under the current version of the framework, introduced in January 2023"
    r"\b(?:new|latest|current|revised|updated|(?:19|20)\d\d)\s+(?:version|iteration)\s+of\s+(?:the\s+|Ofsted['’]s\s+)?"
    r"(?:(?:ILACS|inspection)\s+)?(?:framework|regime)|"
    # "under the revised inspection of local authority children's services (ILACS)
    # arrangements": the newest ILACS, not any
    r"\b(?:new|latest|current|revised|updated|tougher)\s+(?:Ofsted\s+)?(?:inspection\s+of\s+local\s+"
    r"authority\s+children['’]s\s+services(?:\s*\(ILACS\))?|ILACS)(?:\s+(?:framework|regime|system|"
    r"arrangements|inspections?))?|"
    r"single inspection framework|\bSIF\b|\bILACS\b|inspection of local authority children's services|"
    # "since the inspection framework was updated in 2023", "since Ofsted changed the way it
    # inspects children's services last year"
    r"\b(?:inspection\s+)?(?:framework|regime|system)\s+(?:was\s+)?(?:updated|changed|revised|introduced|overhauled|launched)\b|"
    # "under the 2023 framework", "the 2018 inspection regime"
    r"\b(?:19|20)\d\d\s+(?:(?:Ofsted|ILACS|inspection)\s+){0,2}(?:framework|regime)\b|"
    # "under the inspection framework Ofsted introduced in January 2023"
    r"\b(?:inspection\s+)?(?:framework|regime)\s+(?:that\s+|which\s+)?(?:Ofsted|the inspectorate|the watchdog)\s+"
    r"(?:introduced|launched|brought in|updated|revised)\b|"
    r"\b(?:Ofsted|the inspectorate|the watchdog)\s+(?:changed|overhauled|updated|revised)\s+(?:the way it inspects|how it inspects|its (?:inspection )?(?:framework|regime))|"
    # "since Ofsted launched its new-style inspections of children's services last year"
    r"\b(?:(?:Ofsted|the inspectorate|the watchdog)\s+(?:launched|introduced|began|brought in|started)\s+its\s+)?"
    r"new[- ](?:style|look)\s+(?:(?:Ofsted\s+)?inspections?|framework|regime)\b|"
    # "since Ofsted's current inspections began in 2018"
    r"\b(?:current|new|latest|revised)\s+(?:(?:Ofsted|ILACS)\s+)?inspections\s+(?:began|started|"
    r"came\s+in|were\s+(?:introduced|launched))\b|" + _CARE_LEAVERS_SPLIT,
    # "since Ofsted brought in separate grades for care leavers": the framework of 2023
    re.IGNORECASE,
)
# "under the framework", "this framework": the one the article named before.
_THE_FRAMEWORK = lazyre.compile(
    r"\b(?:the|this|that)\s+(?:inspection\s+)?(?:framework|regime)\b", re.IGNORECASE
)
# When the framework named came in: "introduced in 2023", "updated in 2023", "last year".
_FRAMEWORK_YEAR = lazyre.compile(
    rf"^[^.;]{{0,70}}?\b(?:(?:in|since)\s+(?:{T.MONTH_NAME}\s+)?(?P<y>20[0-3]\d)\b|"
    r"(?P<rel>last year|this year|at the start of (?:this|the) year))",
    re.IGNORECASE,
)


def _framework_in(
    r: Reader, sentence: T.Span, start: int, end: int
) -> tuple[str | None, int | None]:
    """The framework a claim names between `start` and `end` (or, for 'the framework', the one
    the article named before), and the year it came in when the article says."""
    fw = _FRAMEWORK.search(r.text, start, end)
    if fw is None and _THE_FRAMEWORK.search(r.text, start, end):
        before = list(_FRAMEWORK.finditer(r.text, max(0, start - 2500), start))
        fw = before[-1] if before else None
    if fw is None:
        return None, None
    year = None
    y = _FRAMEWORK_YEAR.search(r.text[fw.end() : fw.end() + 90])
    if y and not re.search(
        r"introduc|updat|chang|revis|launch|came in|brought in|inspects|overhaul|in use|began|"
        r"started|"
        r"in place|in force|operat|used",
        fw.group(0) + r.text[fw.end() : fw.end() + y.start("rel" if y.group("rel") else "y")],
        re.IGNORECASE,
    ):
        y = None  # "under the new framework, and in 2019 it was...": not when it came in
    if y and y.group("y"):
        year = int(y.group("y"))
    elif y:
        year = r.as_of.year - 1 if y.group("rel").lower() == "last year" else r.as_of.year
    elif re.fullmatch(_CARE_LEAVERS_SPLIT, fw.group(0), re.IGNORECASE):
        year = 2023
    return fw.group(0), year


# Who speaks: a quotation is a claim about the record only when the report or inspectors say it.
_OFSTED_SAYS = lazyre.compile(
    r"\b(?:Ofsted|OFSTED|inspectors?|the report|report (?:said|says|stated|found|noted)|the watchdog|"
    r"HMI|inspection (?:report|found|said))\b",
    re.IGNORECASE,
)


# Councillors, officers and the council itself as speakers of a quotation.
_SPEAKER_WORDS = lazyre.compile(
    r"\b(?:Cllr|Councillor|council leader|leader of the council|(?:council['’]s\s+)?leader|cabinet member|lead member|"
    r"executive member|portfolio holder|mayor|director|chief executive|spokes(?:person|man|woman)|"
    r"head of|chair(?:man|woman)?|corporate director|deputy leader|the council said|MP)\b",
    re.IGNORECASE,
)
_SPEAKER_BEFORE = lazyre.compile(
    _SPEAKER_WORDS.pattern
    + r"[^“\"\n]{0,100}\b(?:said|says|added|adds|commented|told|stated)\b[^“\"\n]{0,30}$",
    re.IGNORECASE,
)
_SPEAKER_AFTER = lazyre.compile(
    r"\W{0,3}\s*(?:said|says|added|adds)\s+(?:the\s+)?(?:council['’]s\s+)?"
    + _SPEAKER_WORDS.pattern[2:],
    re.IGNORECASE,
)
_OFSTED_VOICE = lazyre.compile(
    r"\b(?:inspectors?|Ofsted|the report|the letter|the watchdog|HMI)\b[^“\"\n]{0,40}"
    r"\b(?:said|says|added|found|wrote|noted|stated|concluded|described)\b[^“\"\n]{0,30}$",
    re.IGNORECASE,
)
_OFSTED_VOICE_AFTER = lazyre.compile(
    r"\W{0,3}\s*(?:said|says|added|wrote|noted)\s+(?:the\s+)?(?:inspectors?|Ofsted|report|letter|watchdog)",
    re.IGNORECASE,
)


# --- helpers ------------------------------------------------------------------------------------


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


_GRADE_OWNS_DATE = lazyre.compile(
    # ("the same rating it received at its last full inspection in 2021")
    rf"(?:{T.GRADE_WORDS}|same)['’\"”]?\s+(?:overall\s+)?(?:rating|grade|judge?ment|verdict|label)\s+"
    r"(?:that\s+|which\s+)?(?:it|they|the\s+\w+|\w+)\s+(?:had\s+|has\s+)?(?:first\s+)?"
    r"(?:received|was\s+given|were\s+given|achieved|earned|gained|won|got|held|secured)\s+"
    r"(?:at\s+(?:its|their|the)\s+(?:last|previous)\s+(?:full\s+)?inspection\s+)?"
    r"(?:in|at|after)\s+$",
    re.IGNORECASE,
)
# "both of which were also once rated inadequate": at some time, no time said (not "once
# again", "once more")
_ONCE_EVER = lazyre.compile(
    r"\bonce\s+(?:been\s+)?(?:rated|judged|graded|deemed|branded|labell?ed|found)\b",
    re.IGNORECASE,
)
# "up from requires improvement in 2014 and 2018": a date of the grade a move left
_FROM_GRADE_DATE = lazyre.compile(
    rf"\b(?:up|down|rising|risen|rose|climb\w*|improv\w+|fall\w*|fell|dropp\w+|slipp\w+)\s+"
    rf"from\s+(?:an?\s+|the\s+|its\s+|their\s+)?['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s+"
    r"(?:overall\s+|rating\s+|grade\s+|judge?ment\s+)?(?:in|at)\s+"
    r"(?:(?:(?:19|20)\d\d|\w+\s+(?:19|20)\d\d)\s*(?:,|and|&)\s*)*$",
    re.IGNORECASE,
)
_RUN_CUE = lazyre.compile(
    r"\b(?:consecutive|successive|straight|in\s+a\s+row|running)\b", re.IGNORECASE
)
_RUN_BEFORE = lazyre.compile(
    r"\b(?:following|after)\s+(?:the|its|their)\s+(?:previous\s+|earlier\s+|last\s+)?"
    r"(?:full\s+)?inspections?\s+(?:of|in)\s+(?:(?:19|20)\d\d\s*(?:,|and)\s*)*$",
    re.IGNORECASE,
)


def _urns(mentions: Iterable[T.Mention]) -> list[int]:
    """The councils of mentions, in order, each once (a place without a URN is left out)."""
    return list(dict.fromkeys(m.la.urn for m in mentions if m.la.urn))


def _main_council(
    mentions: list[T.Mention], in_the_news: Callable[[int], bool] | None = None
) -> int | None:
    """The council the article is about: the one it names most (a heading in capitals,
    'CENTRAL BEDFORDSHIRE COUNCIL', is a mention: see text.councils). A tie goes to the one
    named first of those `in_the_news` (a report or letter of it published in the weeks
    before the article: 'The result means Windsor and Maidenhead joins ...' after 'set up by
    Kingston and Richmond councils'), else to the one named first."""
    if not mentions:
        return None
    count = Counter(m.la.urn for m in mentions if m.la.urn)
    if not count:
        return None
    best = max(count.values())
    tied = [u for u in dict.fromkeys(m.la.urn for m in mentions) if u and count[u] == best]
    if len(tied) > 1 and in_the_news is not None:
        news = [u for u in tied if in_the_news(u)]
        if news:
            return news[0]
    return tied[0]


def _inside(spans: list[T.Span], pos: int) -> T.Span | None:
    for s in spans:
        if s.start <= pos < s.end:
            return s
    return None


def _words(n: int) -> int:
    return n


# the words before a council that the clause's subject is parted from: 'the decision to
# decouple shared leadership and services from Peterborough', 'after splitting from Y'
_PARTNER = lazyre.compile(
    r"\b(?:de-?coupl|uncoupl|separat|split|disaggregat|break\w*\s+away|broke\s+away)\w*"
    r"\b[^.;:!?\n]{0,80}?\bfrom\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_SAME_AS_THEN = lazyre.compile(
    r"[,–—(]\s*(?:the\s+|a\s+)?same\s+(?:\w+\s+){0,2}?(?:verdict|rating|grade|judge?ment|result|"
    r"outcome)\b[^,.;:()–—]{0,60}$",
    re.IGNORECASE,
)

# a heading line: a short line with no stop, a blank line either side (sliced text: the
# lookarounds see only the slice)
_HEADING_LINE = lazyre.compile(r"(?<=\n\n)[^\n.!?]{2,60}(?=\n\n)")
# a trust named after a council ("Northamptonshire Children's Trust"), and the words that say a
# sentence is about the councils it serves ("The two councils whose services are run by ...")
_TRUST_NAMED = lazyre.compile(r"\s+Children['’]s\s+(?:Services\s+)?Trust\b", re.IGNORECASE)
_SUCCESSORS_BEFORE = lazyre.compile(
    r"\b(?:the\s+two|both|the)\s+(?:councils|authorities|local\s+authorities)\b", re.IGNORECASE
)
# a council brought in to help another: 'Leeds City Council was brought in as an improvement
# partner' (what the next sentences say is not about it)
_PARTNER_AFTER = lazyre.compile(
    r"(?:\s+(?:City|County|Borough|Metropolitan|District)){0,2}(?:\s+Council)?"
    r"\s*,?\s*(?:which\s+|who\s+)?(?:was|were|has\s+been|had\s+been|is|is\s+being|became|"
    r"acted|acts|serves|served)\s+(?:\w+\s+){0,3}?(?:(?:brought|drafted|called)\s+in\b|"
    r"(?:improvement|sector[- ]led|practice)\s+partner)",
    re.IGNORECASE,
)

_MERGER = lazyre.compile(r"\b(?:merger|merging|amalgamation|abolition)\s+of\s+", re.IGNORECASE)

# a council named for its people or its arrangement with another ('Hampshire's managers arrived
# on the island', 'with the Hampshire director overseeing both councils', 'to end the Hampshire
# arrangement'): the council that lent them is not what the article or the next sentences are
# about
_LENT = lazyre.compile(
    r"(?:\s+(?:County|City|Borough)\s+Council)?(?:['’]s?\s+|\s+)"
    r"(?:own\s+|senior\s+|former\s+|then\s+|interim\s+|top\s+)?"
    r"(?:managers?|management\s+team|directors?(?!\s+of\s+children)|officers|staff|leaders|"
    r"leadership\s+team|chief\s+executive|arrangement|partnership|model|secondees)\b"
    r"(?!\s+(?:said|says|told|added)\b)",
    re.IGNORECASE,
)


# a council named as the other side of an arrangement ('the strategic partnership with
# Hampshire County Council', 'in partnership with Leeds', 'a deal with neighbouring Essex',
# 'with support from Trafford'): a partner, not the council the article or its clause is about
_PARTNERED = lazyre.compile(
    r"\b(?:partnerships?|partnered|partnering|arrangements?|agreements?|deals?|alliances?|"
    r"tie-?ups?|link-?ups?|shared\s+services|joint\s+working|"
    # ('a community interest company it co-owns with Kingston and Richmond councils')
    r"co-?owns?|co-?owned|owns?\s+jointly|jointly\s+(?:owns?|owned|runs?|run)|"
    # ("the social enterprise the council established with the Royal Borough of Kingston")
    r"(?:established|set\s+up|created|founded|formed)(?:\s+jointly)?)\s+"
    r"(?:\w+\s+){0,2}?with\s+(?:the\s+)?"
    # ("the tri-borough arrangements it shared with Kensington and Chelsea and Westminster")
    r"(?:neighbouring\s+|nearby\s+|its\s+neighbour,?\s+)?(?:[A-Z][\w'’-]+(?:\s+and|,)?\s+){0,4}?$|"
    r"\b(?:support|help|backing|expertise)\s+(?:from|of)\s+(?:the\s+)?(?:neighbouring\s+)?$",
    re.IGNORECASE,
)


# the council a new one came from: "the break-up of Cumbria", "carved out of Cumbria"
_CAME_FROM = lazyre.compile(
    r"\b(?:(?:break-?up|split|splitting|abolition|dissolution|division)\s+of|(?:carved|created|formed|"
    r"made|born)\s+(?:out\s+of|from)|replac(?:ed|ing))\s+(?:the\s+(?:former\s+|old\s+)?)?$",
    re.IGNORECASE,
)


# a council named to compare with: "neighbours such as Rotherham", "the same fortnight as Torbay"
_COMPARED = lazyre.compile(
    r"\b(?:such\s+as|like|alongside|including|joining|unlike|behind|than|"
    r"same\s+(?:[\w'’-]+\s+){0,3}?as)\s+"
    r"(?:(?:its\s+|their\s+)?(?:neighbours?|neighbouring)\s+)?$"
    # ("... the same post in neighbouring Halton")
    r"|\b(?:neighbouring|nearby|next-door)\s+$",
    re.IGNORECASE,
)
_SAME_AS = lazyre.compile(
    r"\bsame\s+(?:[\w'’-]+\s+){0,3}?as\s+(?:the\s+(?:two\s+|three\s+|other\s+)?|its\s+|their\s+)?$",
    re.IGNORECASE,
)


# a council named after 'than' in an aside of time: 'inspected a week earlier than Wirral'
_THAN_BEFORE = lazyre.compile(
    r"\b(?:earlier|later|sooner|before|after|longer|shorter)\s+than\s+(?:neighbouring\s+)?$",
    re.IGNORECASE,
)


def _compared(text: str, m: T.Mention, start: int, same_only: bool = False) -> bool:
    """Whether `m` is named to compare with (after `start`): "alongside neighbours such as
    Rotherham"; with `same_only`, only "the same fortnight as Torbay"."""
    before = text[max(start, m.start - 40) : m.start]
    if same_only and re.match(r"['’]s\b", text[m.end : m.end + 3]):
        return False  # ("on the same day as Norfolk's report": a time, told by its report)
    return bool((_SAME_AS if same_only else _COMPARED).search(before))


def _lent(text: str, m: T.Mention) -> bool:
    return bool(_LENT.match(text, m.end)) or _partnered(text, m)


def _partnered(text: str, m: T.Mention) -> bool:
    return bool(_PARTNERED.search(text, max(0, m.start - 90), m.start))


class Reader:
    """State while reading one article: councils named so far, quotations, the as-of day."""

    def __init__(
        self,
        article: str,
        as_of: date,
        main: int | None = None,
        in_the_news: Callable[[int], bool] | None = None,
    ):
        self.text = article
        self.as_of = as_of
        # (a council the subject is decoupled or split from is not what the article is about:
        # 'the decision to decouple shared leadership and services from Peterborough')
        found = _the_city(article, T.councils(article))
        self.mentions = [
            m
            for m in found
            if not _PARTNER.search(article[max(0, m.start - 160) : m.start])
            # ("West Northamptonshire, whose children's social care is delivered by
            # Northamptonshire Children's Trust, ...": a trust named after a council gone by
            # the article's day is no mention of the council gone; but "The two councils whose
            # services are run by Northamptonshire Children's Trust" are its successors)
            and not (
                _TRUST_NAMED.match(article, m.end)
                and m.la.end is not None
                and m.la.end < as_of
                and not _SUCCESSORS_BEFORE.search(
                    article[max(0, m.start - 120) : m.start].split(". ")[-1]
                )
            )
        ]
        # `main`: the council an article that names none is about (found by its quotations)
        self.main = (
            _main_council([m for m in self.mentions if not _lent(article, m)], in_the_news)
            or _main_council(self.mentions, in_the_news)
            or main
        )
        self.quotes = T.quote_spans(article)
        self.sentence_spans = T.sentences(article)
        self.claims: list[Claim] = []
        self.pinned_overall: set[int] = set()
        self.sentence = T.Span(0, 0)

    def _no_possessors(self, mentions: list[Any]) -> list[Any]:
        """`mentions` without a council told in an aside of the one before it, as whose
        neighbour or partner that one is named: "Bromley, Bexley's neighbour to the south-west,
        is still rated inadequate" is Bromley's."""
        return [
            m
            for k, m in enumerate(mentions)
            if not (
                k
                and re.fullmatch(r"\s*,\s*", self.text[mentions[k - 1].end : m.start])
                and re.match(r"['’]s\s+[a-z][\w-]*\b[^,.;]{0,50},", self.text[m.end :])
            )
        ]

    def they_named(self, sentence: T.Span) -> list[int]:
        """'Cornwall ... remains the region's standard bearer alongside Wiltshire, which was
        judged outstanding in December. They are the only two outstanding councils in the
        region': the councils the sentence before named, for a sentence that opens on 'They'
        and names none of its own (else none)."""
        if not re.match(
            r"\W*(?:They|These\s+two|Those\s+two|The\s+two|Both)\s+(?:are|were|remain|have)\b",
            self.text[sentence.start : sentence.end],
        ) or any(sentence.start <= m.start < sentence.end for m in self.mentions):
            return []
        prev = [x for x in self.sentence_spans if x.end <= sentence.start][-1:]
        return _urns(
            m
            for m in self.mentions
            if prev and prev[0].start <= m.start < prev[0].end and m.la.urn and not self.is_place(m)
        )

    def urns_at(self, sentence: T.Span, clause: T.Span) -> list[int]:
        """The councils a clause is about (see the module's docstring)."""
        if (
            clause.start > sentence.start
            and re.match(
                r"\W*and\s+(?:both|the\s+two)\s", self.text[clause.start : clause.end], re.I
            )
            and not any(clause.start <= m.start < clause.end for m in self.mentions)
            and (
                told_urns := [
                    c.urns
                    for c in self.claims
                    if sentence.start <= c.start and c.end <= clause.start and len(set(c.urns)) == 2
                ]
            )
        ):
            both = list(dict.fromkeys(told_urns[-1]))
            # "Both councils had been judged inadequate in 2022 and both have now jumped two
            # grades": the two the sentence's first clause is about
            return both
        # ('the strategic partnership with Hampshire County Council': a partner of the
        # article's council, not what the clause is about)
        if re.match(r"\s*(?:which|who)\b", self.text[clause.start : clause.end]):
            # "Neighbouring Torbay, which shares a safeguarding partnership with Plymouth, has
            # also turned a corner": a relative clause is of the council right before it
            ante = [
                m
                for m in self.mentions
                if sentence.start <= m.start < clause.start
                and m.la.urn
                and re.fullmatch(r"\s*,\s*", self.text[m.end : clause.start])
            ]
            if ante and ante[-1].la.urn:
                return [ante[-1].la.urn]
        inside = [
            m.la.urn
            for m in self._no_possessors(
                [
                    m
                    for m in self.mentions
                    if clause.start <= m.start < clause.end
                    and m.la.urn
                    and not self.is_place(m)
                    and not (self.main and m.la.urn != self.main and _partnered(self.text, m))
                    # ("The city, which was rated inadequate in 2017, was inspected over the
                    # same fortnight as Torbay": a council to compare with, after the subject)
                    and not _compared(self.text, m, clause.start, same_only=True)
                    and not _likened(self.text, m, sentence)
                    # ("Bolton, inspected a week earlier than Wirral, was rated good")
                    and not _THAN_BEFORE.search(self.text, max(clause.start, m.start - 30), m.start)
                ]
            )
        ]
        if inside:
            return list(dict.fromkeys(inside))
        if len(they := self.they_named(sentence)) >= 2:
            return they
        in_sentence = [
            m
            for m in self.mentions
            if sentence.start <= m.start < sentence.end
            and m.la.urn
            and not self.is_place(m)
            and not (self.main and m.la.urn != self.main and _partnered(self.text, m))
            # ("..., and the county's drop to good leaves just three outstanding authorities in
            # the region: Bracknell Forest, Brighton and Hove and Hampshire": the councils a
            # colon lists after the clause are what it counts, not its subject)
            and not (m.start >= clause.end and ":" in self.text[clause.end : m.start])
            # ("That was a one-grade jump overall, and it put the town alongside neighbours
            # such as Rotherham": a council named after the clause to compare with)
            and not (m.start >= clause.end and _compared(self.text, m, sentence.start))
            and not _compared(self.text, m, sentence.start, same_only=True)
            and not _likened(self.text, m, sentence)
        ]
        before = [m for m in in_sentence if m.start < clause.start]
        # "Bromley, Bexley's neighbour to the south-west, is still rated inadequate": a council
        # in an aside of the one before, as whose neighbour or partner it is told, is no subject
        before = self._no_possessors(before)
        # "..., Hackney and Enfield - whose inspection, in July, was ...": a relative clause
        # of one inspection speaks of the council named right before it, not of the list
        if before and _RELATIVE_ONE.match(self.text, before[-1].end, clause.end):
            return [before[-1].la.urn] if before[-1].la.urn else []
        last_before = (
            self.text[max(sentence.start, before[-1].start - 25) : before[-1].start]
            if before
            else ""
        )
        if (
            len(before) > 1
            and before[0].la.urn != before[-1].la.urn
            and (
                (
                    re.search(
                        r"\b(?:after|than|like|unlike|behind|following|joining|alongside)\s+$",
                        last_before,
                        re.IGNORECASE,
                    )
                    and re.search(
                        r"\b(?:they|it|its|their|the\s+(?:council|authority|borough|county|city))\b",
                        self.text[clause.start : clause.end],
                        re.IGNORECASE,
                    )
                )
                or (
                    re.search(
                        r"\b(?:reverse|opposite|inverse|mirror\s+image)\s+of\s+$",
                        last_before,
                        re.IGNORECASE,
                    )
                    and re.match(r"['’]s\b", self.text[before[-1].end : before[-1].end + 3])
                )
            )
        ):
            # "Stockport ..., the second council after Tameside to fall a grade, with inspectors
            # finding practice had deteriorated since they were rated good": a council named
            # to compare with is not the one the pronoun stands for; "Westmorland and Furness
            # received its rating in July - although its picture was the reverse of
            # Cumberland's, with help and protection judged good": nor the council set against
            return [before[0].la.urn] if before[0].la.urn else []
        if (
            len(before) > 1
            and before[0].la.urn != before[-1].la.urn
            and re.match(
                r"[\s,;–—-]*(?:and|but)\s+(?:is|was|has|had|becomes|became)\b",
                self.text[clause.start : clause.end],
                re.IGNORECASE,
            )
            and re.fullmatch(r"\W*(?:\w+\W+){0,2}?", self.text[sentence.start : before[0].start])
            and not re.fullmatch(
                r"(?:['’]s)?\s*(?:,|\band\b|&)\s*(?:the\s+)?",
                self.text[before[0].end : before[1].start],
                re.IGNORECASE,
            )
        ):
            # "Dorset joins Wiltshire as one of only two ..., and is the 29th council in
            # England to ...": a clause with a verb and no subject of its own continues the
            # sentence's subject (one council, named first), not the council named last
            return [before[0].la.urn] if before[0].la.urn else []
        if before:
            # "Waltham Forest in London and St Helens in Lancashire - this week became...": a
            # list of councils before the clause is its subject
            listed = [before[-1]]
            for m in reversed(before[:-1]):
                gap = self.text[m.end : listed[-1].start]
                # only a list's joins between them ("X, Y and Z"), not "X and Y follow Z"
                if re.fullmatch(
                    r"(?:['’]s)?\s*(?:,|\band\b|&|,\s*and\b)\s*(?:the\s+)?", gap, re.IGNORECASE
                ) or re.fullmatch(
                    r"\s+(?:(?:Council|Borough|County|City)(?:\s+Council)?|in\s+[A-Z][\w ]{0,25}?)"
                    r"\s*(?:,|\band\b|&|,\s*and\b)\s*",
                    gap,
                ):
                    listed.append(m)
                else:
                    break
            return _urns(reversed(listed))
        if (
            in_sentence
            and not (
                # "The Derbyshire unitary authority, whose report was published yesterday, is ...
                # after York and Camden": councils the sentence names only to compare its subject
                # with are not its subject, which is told in words ('the ... authority')
                all(self.compared_list(m) is not None for m in in_sentence)
                and re.search(
                    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}(?:council|authority|borough|county|city)\b",
                    self.text[sentence.start : in_sentence[0].start],
                    re.IGNORECASE,
                )
            )
            and not (
                # "In 2016 inspectors rated the council inadequate ..., and the Government placed
                # services under the oversight of Leeds City Council": a council named after the
                # clause as the object of a preposition is not the one 'the council' refers to
                re.search(
                    r"\b(?:the\s+(?:council|authority|local\s+authority|borough|county|city)|its)\b",
                    self.text[clause.start : clause.end],
                    re.IGNORECASE,
                )
                and all(
                    m.start >= clause.end
                    and re.search(
                        r"\b(?:of|by|with|from|to|under|for|alongside)\s+(?:the\s+)?(?:neighbouring\s+)?$",
                        self.text[max(sentence.start, m.start - 30) : m.start],
                        re.IGNORECASE,
                    )
                    for m in in_sentence
                )
            )
        ):
            return _urns(in_sentence[:1])
        # a councillor's or officer's words that name no council ('Help and protection was the
        # one area where we were not good four years ago', said after a paragraph on the
        # neighbours) speak of the speaker's own council: one named in the words that introduce
        # them, else the article's
        told = self.council_described(sentence)
        if told is not None:
            return [told]
        own = self.speaker_council(clause.start)
        if own is not None:
            return [own]
        # a council named inside a quotation ("... is commissioned from North Yorkshire County
        # Council.") does not become what the next sentences are about
        earlier = [
            m
            for m in self.mentions
            if m.start < sentence.start
            and m.la.urn
            and not self.is_place(m)
            and not self.in_long_quote(m.start)
            and not _PARTNER_AFTER.match(self.text, m.end)
            and not (m.la.urn != self.main and _lent(self.text, m))
            and not _compared(self.text, m, 0, same_only=True)
            and not _THAN_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            # ("Services in the former Northamptonshire County Council were judged inadequate in
            # 2019. Inspectors ... visited between 11 and 22 May.": a council gone, named as the
            # one before, does not carry on)
            and not (
                re.search(
                    r"\b(?:former|old|predecessor|defunct|abolished|previous)\s+$",
                    self.text[max(0, m.start - 12) : m.start],
                    re.IGNORECASE,
                )
            )
            # ("since it was created from the break-up of Cumbria in April 2023", "the other
            # council carved out of Cumbria": the council it came from does not carry on)
            and not _CAME_FROM.search(self.text, max(0, m.start - 40), m.start)
        ]
        if (
            earlier
            and re.search(r"\b(?:it|its)\b", self.text[clause.start : clause.end], re.IGNORECASE)
            and not re.search(
                r"\b(?:they|their|them)\b", self.text[clause.start : clause.end], re.I
            )
        ):
            # "It is the only authority in South Yorkshire to hold the top grade: Barnsley,
            # Doncaster and Sheffield are all rated good. By CYP Now's count it is the 38th
            # ...": 'it' is no member of a list of councils
            listed = [earlier[-1]]
            for m in reversed(earlier[:-1]):
                if re.fullmatch(
                    r"(?:['’]s)?\s*(?:,|\band\b|&|,\s*and\b)\s*",
                    self.text[m.end : listed[-1].start],
                ):
                    listed.append(m)
                else:
                    break
            if len({m.la.urn for m in listed}) >= 2:
                earlier = earlier[: len(earlier) - len(listed)]
        # "the city": the one council named so far that the article calls a city council, when
        # the article's own is not one ("Lead inspector Mandy Nightingale's team found ... in the
        # city", paragraphs after "Manchester City Council", in an article on Torbay)
        if (city := self.city_meant(sentence, earlier)) is not None:
            return [city]
        if (county := self.county_meant(sentence, earlier)) is not None:
            return [county]
        if re.match(
            r"\W*(?:That|This|The\s+same)\s+(?:inspection|report|visit|letter)\b",
            self.text[sentence.start : sentence.end],
        ):
            # "The county's services were rated inadequate in 2016 ... That inspection, led by
            # Shirley Bailey, ...": the council the sentence before was about
            said_of = [c for c in self.claims if c.end <= sentence.start and c.urns]
            if said_of and len(set(said_of[-1].urns)) == 1:
                return list(dict.fromkeys(said_of[-1].urns))
        # a council named in the previous paragraph or two carries on; otherwise the main one
        if (
            earlier
            and (
                sentence.start - earlier[-1].start < 600
                or self.same_section(earlier[-1].start, sentence.start)
                # (a story of two councils, this one named as often as the other or nearly: it
                # carries on over the paragraphs told of it, with no other council named since)
                or (
                    sentence.start - earlier[-1].start < 1500
                    and self.main is not None
                    and earlier[-1].la.urn != self.main
                    and 2 * self.named_times(earlier[-1].la.urn) >= self.named_times(self.main)
                    and self.named_times(earlier[-1].la.urn) >= 2
                    and not any(earlier[-1].start < m.start < sentence.start for m in self.mentions)
                    # (named as the subject, not as a place or one to compare with: "the only one
                    # of Lancashire's councils", "after Brighton and Hove")
                    and not re.search(
                        r"\b(?:of|in|across|with|after|than|from|like|alongside|behind|following|"
                        r"including|joining|joins|joined)\s+(?:the\s+)?$",
                        self.text[max(0, earlier[-1].start - 15) : earlier[-1].start],
                        re.IGNORECASE,
                    )
                )
            )
        ):
            last = earlier[-1]
            if said := _COMPARED_WITH.search(self.text, max(0, last.start - 30), last.start):
                home = self.sentence_of(last.start)
                # (not one of a list the words compare with: "The council is only the third
                # ..., after Bexley in 2018 and Telford and Wrekin in 2020")
                upto = self.compared_list(last) or said.start()
                first = [m for m in earlier if home is not None and home.start <= m.start < upto]
                if not first:
                    # (not one named to compare with itself: "Darlington becomes only the second
                    # council ..., after Sunderland. It joins Durham, ... and Sunderland ...")
                    first = [
                        m
                        for m in earlier
                        if m.start < upto
                        and sentence.start - m.start < 1200
                        and not _COMPARED_WITH.search(self.text, max(0, m.start - 30), m.start)
                    ][-1:]
                if first and first[0].la.urn != last.la.urn:
                    return _urns(first[:1])
            elif (cue := self.compared_list(last)) is not None:
                # the council named before the list is the subject ('Nottinghamshire stands
                # out ... Its leadership ..., after Southampton, Hounslow and Salford.')
                subject = [
                    m
                    for m in earlier
                    if m.start < cue
                    and sentence.start - m.start < 1200
                    # (not one compared itself: "..., after Sunderland. It joins Durham, ...
                    # and Sunderland")
                    and not _COMPARED_WITH.search(self.text, max(0, m.start - 30), m.start)
                ]
                if subject and subject[-1].la.urn != last.la.urn:
                    return _urns(subject[-1:])
            return _urns(earlier[-1:])
        if earlier and (cue := self.compared_list(earlier[-1])) is not None:
            # "Redbridge joins Essex, North Yorkshire and Bromley in achieving a clean sweep
            # ... The latest report praises ...": further on, with no council named since, the
            # subject of the list the paragraph ended on (not the article's other council)
            subject = [
                m
                for m in earlier
                if m.start < cue
                and cue - m.start < 200
                # (not one compared itself: "only the second ..., after St Helens, and joins St
                # Helens as the only two")
                and not _COMPARED_WITH.search(self.text, max(0, m.start - 30), m.start)
            ]
            if subject and sentence.start - earlier[-1].start < 1500:
                return _urns(subject[-1:])
        if (
            earlier
            and self.main is not None
            and earlier[-1].la.urn != self.main
            and self.heading_of(self.main, sentence.end)
        ):
            # a story of two councils whose second part opens under the other's name
            # ("Nottinghamshire"): before that heading, the council named last carries on
            return _urns(earlier[-1:])
        if (
            earlier
            and self.main is not None
            and earlier[-1].la.urn is not None
            and earlier[-1].la.urn != self.main
            and self.under_heading_of(earlier[-1].la.urn, sentence.start)
        ):
            # ... and after a heading of the other's name ("South Gloucestershire"), that one's
            # part goes on to the next heading
            return _urns(earlier[-1:])
        return [self.main] if self.main else []

    def under_heading_of(self, urn: int, pos: int) -> bool:
        """Whether the last heading line before `pos` names council `urn` (and only it)."""
        return self.heading_council(pos) == urn

    def heading_council(self, pos: int) -> int | None:
        """The one council the last heading line before `pos` names, if it names one."""
        heads = list(_HEADING_LINE.finditer(self.text[:pos]))
        if not heads:
            return None
        named = self.named_in(heads[-1].start(), heads[-1].end())
        return named.pop() if len(named) == 1 else None

    def named_in(self, start: int, end: int) -> set[int]:
        """The councils named between `start` and `end`."""
        return {m.la.urn for m in self.mentions if start <= m.start < end and m.la.urn}

    def sentence_of(self, pos: int) -> T.Span | None:
        """The sentence that holds `pos`."""
        return next((s for s in self.sentence_spans if s.start <= pos < s.end), None)

    def heading_of(self, urn: int, after: int) -> bool:
        """Whether a heading line after `after` names council `urn` (and only it): a section of
        the article that is that council's begins there."""
        return any(
            self.named_in(after + h.start(), after + h.end()) == {urn}
            for h in _HEADING_LINE.finditer(self.text[after:])
        )

    def city_meant(self, sentence: T.Span, earlier: list[T.Mention]) -> int | None:
        """The council 'the city' stands for in `sentence` (see urns_at), or None: the council
        named last before it, which the article calls a city council, called 'the city' since."""
        if not earlier:
            return None
        last = earlier[-1]
        said_city = re.search(r"\bthe\s+city\b", self.text[last.end : sentence.end], re.I)
        if not said_city:
            return None
        if (
            self.main is not None
            and last.la.urn != self.main
            and any(
                m.la.urn == last.la.urn
                and re.match(r"\s+County\s+Council\b", self.text[m.end : m.end + 20])
                for m in self.mentions
            )
        ):
            # ("On the same day, Staffordshire County Council became the first ... When Ofsted
            # last inspected the city's safeguarding ...": no county is 'the city')
            return self.main
        # (named last, and called 'the city' since, in this sentence or one before)
        cities = {
            m.la.urn
            for m in self.mentions
            if m.la.urn
            and (
                re.match(r"\s+City\s+Council\b", self.text[m.end : m.end + 20])
                or re.search(r"\bCity\s+of\s+$", self.text[max(0, m.start - 10) : m.start])
                # ("the City of London Corporation ... the City was judged good")
                or re.match(r"City\s+of\s+London\b", self.text[m.start : m.end])
            )
        }
        if (
            len(cities) != 1
            or last.la.urn not in cities
            or self.main in cities
            or sentence.start - last.start > 3000
        ):
            return None
        return last.la.urn

    def county_meant(self, sentence: T.Span, earlier: list[T.Mention]) -> int | None:
        """'The county's services were rated inadequate in 2016', in an article on a county
        council after a sentence naming a borough to compare with ('the second in the North West
        after Blackpool'): the article's county council, not the borough named last."""
        if not earlier or self.main is None or earlier[-1].la.urn == self.main:
            return None
        if not re.search(r"\bthe\s+county\b", self.text[sentence.start : sentence.end], re.I):
            return None
        try:
            main, last = register.by_urn(self.main), register.by_urn(earlier[-1].la.urn or 0)
        except NotFound:
            return None
        # (a two-tier county council, E10; the one named last none)
        if main.ons_code.startswith("E10") and not last.ons_code.startswith("E10"):
            return self.main
        return None

    def council_described(self, sentence: T.Span) -> int | None:
        """'A team of seven inspectors ... spent three weeks in the Berkshire borough': the one
        council named so far in the article that lies in the place the words describe it by
        (a group of councils ilacs knows, an English region, a part of London)."""
        m = _DESCRIBED.search(self.text, sentence.start, sentence.end)
        if m is None:
            return None
        place = " ".join(m.group("place").lower().replace("-", " ").split())

        def within(urn: int) -> bool:
            members = _SUBREGIONS.get(place)
            if members is not None:
                return register.by_urn(urn).name in members
            region = register.by_urn(urn).region.lower()
            return region == place or (place.endswith("london") and region == "london")

        named = {
            x.la.urn
            for x in self.mentions
            if x.la.urn and x.start < sentence.start and not self.in_long_quote(x.start)
        }
        try:
            inside = {u for u in named if within(u)}
        except NotFound:
            return None
        return inside.pop() if len(inside) == 1 else None

    def named_times(self, urn: int | None) -> int:
        """How many times the article names the council."""
        return sum(1 for m in self.mentions if m.la.urn == urn)

    def compared_list(self, last: T.Mention) -> int | None:
        """'..., after Southampton, Hounslow and Salford': where the list the council named last
        ends begins (the word that compares), when it is a list of others the sentence
        compares its subject with; else None."""
        cue = _last(_COMPARED_WITH.finditer(self.text, max(0, last.start - 120), last.start))
        if cue is None:
            return None
        between = self.text[cue.end() : last.start]
        for m in self.mentions:
            if cue.end() <= m.start and m.end <= last.start:
                between = between.replace(self.text[m.start : m.end], " ")
        # ("alongside our neighbours in Essex, who have held that grade since January 2019, and
        # Hertfordshire": a list with words about its members)
        between = re.sub(
            r"\b(?:our|its|their|the)\s+(?:\w+\s+)?neighbou?rs?\s+(?:in\s+)?|,\s*(?:who|which)\b[^,]*(?=,)"
            # ("after Bexley in 2018 and Telford and Wrekin in 2020": each with its year)
            rf"|\(?\b(?:in\s+)?(?:{T.MONTH_NAME}\s+)?(?:19|20)\d\d\b\)?",
            " ",
            between,
            flags=re.IGNORECASE,
        )
        return cue.start() if re.fullmatch(r"(?:\s*(?:,|\band\b|&)?\s*)*", between) else None

    def same_section(self, a: int, b: int) -> bool:
        """Whether `a` and `b` are under the same subheading ("'No overall improvement'"
        over the paragraphs on the second council of a story), with one before them."""
        heads = [
            m.end()
            for m in re.finditer(
                # ("Tameside: ‘ineffective senior leadership’": a council and a quotation)
                r"(?<=\n\n)[‘'\"“]?[^\W\d][^\n.!?;•]{2,60}(?=\n\n)",
                self.text[:b],
            )
            if 0 < len(m.group(0).split()) <= 8
            and not T.dates(m.group(0), self.as_of)
            and not m.group(0).rstrip().endswith(":")
        ]
        # (the council the section opens with: the first named under the heading)
        return (
            bool(heads)
            and heads[-1] < a
            and b - a < 2000
            and not any(heads[-1] <= m.start < a for m in self.mentions)
        )

    def own_subject(self, pos: int, urns: list[int]) -> bool:
        """Whether the sentence holding `pos` goes on about one of `urns`, the council the
        article last named as the subject of a sentence (`_subject_before`)."""
        sentence = self.sentence_of(pos)
        return sentence is not None and _subject_before(self, sentence, urns)

    def urns_near(self, pos: int) -> list[int]:
        """The councils the sentence holding `pos` is about."""
        for s in self.sentence_spans:
            if s.start <= pos < s.end:
                return self.urns_at(s, T.Span(pos, pos + 1))
        return [self.main] if self.main else []

    def is_place(self, m: T.Mention) -> bool:
        """'St Helens in Lancashire', 'Waltham Forest in London': the second names a place
        (and so does 'the former Dorset borough of Christchurch')."""
        if re.match(
            r"\s+(?:borough|district|town|village|county|area)\s+of\s+[A-Z]", self.text[m.end :]
        ):
            return True
        # "formed from the merger of Bournemouth, Poole and Christchurch": the councils it was
        # made of are not what the clause speaks of
        merger = list(_MERGER.finditer(self.text, max(0, m.start - 100), m.start))
        if merger:
            between = self.text[merger[-1].end() : m.start]
            small = {"and", "the", "former", "borough", "district", "county", "of", "council"}
            if not re.search(r"[.;:()]", between) and all(
                w in small for w in re.findall(r"\b[a-z][\w'’-]*", between)
            ):
                return True
        before = self.text[max(0, m.start - 40) : m.start]
        if (
            re.search(r"\bthe\s+$", before)
            and re.match(r"\s+authority\b", self.text[m.end :])
            and any(
                o.end <= m.start and m.start - o.end < 120 and o.la.urn != m.la.urn
                for o in self.mentions
            )
        ):
            # "Torbay Council's children's services have jumped two grades, after the Devon
            # authority was rated inadequate": the county the council named before lies in
            return True
        return bool(re.search(r"\bin\s+$", before)) and any(
            o.end <= m.start and m.start - o.end < 40 and o is not m for o in self.mentions
        )

    def in_long_quote(self, pos: int) -> bool:
        """Whether `pos` is inside a quotation of more than three words that is not a council
        speaker's (facts about the record in a councillor's or officer's words are claims)."""
        q = _inside(self.quotes, pos)
        return (
            q is not None
            and len(self.text[q.start : q.end].split()) > 3
            and not self.spoken_by_council(q)
        )

    def speaker_council(self, pos: int) -> int | None:
        """The council of the councillor or officer whose quotation `pos` is in, when no council
        is named in it before `pos`: one named in the words before the quotation in its
        paragraph ('Enfield's director of children's services, Tony Theodoulou, said:'), else
        the article's own."""
        q = _inside(self.quotes, pos)
        if q is None or len(self.text[q.start : q.end].split()) <= 3:
            return None
        if not self.spoken_by_council(q):
            return None
        if any(q.start <= m.start < pos and m.la.urn for m in self.mentions):
            return None
        par_start = self.text.rfind("\n", 0, q.start) + 1
        named = [
            m
            for m in self.mentions
            if max(par_start, q.start - 200) <= m.start < q.start
            and m.la.urn
            and not self.is_place(m)
        ]
        if named:
            return named[-1].la.urn
        # (in the part of a two-council story under a council's heading, that one's)
        headed = self.heading_council(pos)
        return headed if headed is not None else self.main

    def spoken_by_council(self, q: T.Span) -> bool:
        """'"... we were rated good," he said' after a councillor or officer is named;
        'Cllr Smith said: "..."'; '"...," said the council's director'."""
        par_start = self.text.rfind("\n", 0, q.start) + 1
        par_end = self.text.find("\n", q.end)
        par_end = len(self.text) if par_end < 0 else par_end
        before = self.text[max(par_start, q.start - 160) : q.start]
        after = self.text[q.end : min(par_end, q.end + 90)]
        if _OFSTED_VOICE.search(before[-80:]) or _OFSTED_VOICE_AFTER.match(after):
            return False
        if _SPEAKER_BEFORE.search(before) or _SPEAKER_AFTER.match(after):
            return True
        # "..., he said" / "she added" where the paragraph or the one before names a speaker
        if re.match(r"\W{0,3}\s*(?:he|she|they)\s+(?:said|added|says|adds|continued)\b", after):
            context = self.text[max(0, par_start - 300) : q.start]
            return bool(_SPEAKER_WORDS.search(context)) and not _OFSTED_VOICE.search(context[-120:])
        return False

    def add(self, clause: T.Span, kind: Kind, urns: list[int], **facts) -> Claim:
        c = Claim(
            clause.start,
            clause.end,
            self.text[clause.start : clause.end],
            kind,
            list(urns),
            **facts,
        )
        self.claims.append(c)
        return c


# --- detectors ----------------------------------------------------------------------------------


# Aspirations and titles are not grades given: "to achieve a 'good' rating", "Getting to Good".
_ASPIRATION = lazyre.compile(
    r"\b(?:in order to|aim(?:s|ed|ing)? (?:to|for)|towards?|ambition|aspir\w*|journey to|getting to|get to|"
    r"goal|want(?:s|ed)? to|hope|plans? to|striv\w+|next inspection|future|to achieve|to become|to reach|"
    r"would be|could be|if|until|target|move to|way to|path to|route to)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# "the highest possible rating" is outstanding; "the lowest rating" is inadequate.
_HIGHEST = lazyre.compile(
    # (not "the second-highest grade": good)
    r"(?<![-‑])\b(?:the\s+)?(?:highest|top|best)\s+(?:possible\s+)?(?:overall\s+)?(?:rating|grade|"
    r"judge?ment|category)\b|"
    r"\bthe\s+(?:highest|top|best)\s+of\s+(?:Ofsted['’]s\s+|the\s+|its\s+)?(?:four\s+)?(?:ratings|grades|judge?ments)\b|"
    # "rated top of the class for the third time running"
    r"(?<=rated\s)top\s+of\s+the\s+class\b",
    re.IGNORECASE,
)
_LOWEST = lazyre.compile(
    # ("18 councils remain in the lowest category")
    r"(?<![-‑])\b(?:the\s+)?(?:lowest|bottom|worst)\s+(?:possible\s+)?(?:overall\s+)?(?:rating|grade|"
    r"judge?ment|category)\b|"
    r"\bthe\s+(?:lowest|bottom|worst)\s+of\s+(?:Ofsted['’]s\s+|the\s+|its\s+)?(?:four\s+)?(?:ratings|grades|judge?ments)\b",
    re.IGNORECASE,
)
# "the second-highest grade" is good; "the second-lowest rating" requires improvement
_SECOND = lazyre.compile(
    r"\b(?:the\s+)?second[-‑\s](?P<w>highest|top|best|lowest|bottom|worst)\s+(?:possible\s+)?"
    r"(?:overall\s+)?(?:rating|grade|judge?ment)\b",
    re.IGNORECASE,
)
# "inadequate progress", "none have been rated": not a council's grade
_NONE = lazyre.compile(
    r"\b(?:none|no (?:council|authorit\w+|local authorit\w+|other)|nobody|never)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


# A grade of councils in general, in a statement of how inspection works, not of one council:
# "monitoring visits, since these follow only inadequate judgements", "visits reserved for
# councils judged inadequate", "only when a council has been rated inadequate", "unlike
# councils judged inadequate", "an inadequate rating would have triggered monitoring visits".
_ANY_COUNCIL = (
    r"(?:councils|authorities|local\s+authorities|LAs)"
    r"|(?:any|every|each)\s+(?:other\s+)?(?:council|authority|local\s+authority|LA)"
)
_GENERAL_BEFORE = lazyre.compile(
    # councils in general, judged so ("councils judged inadequate", "when a council is rated")
    rf"(?:(?:^|[,;:(–—]|\b(?:for|to|than|like|unlike|all|most|many|where|"
    rf"only|reserved\s+for)\s+)\s*(?:{_ANY_COUNCIL})"
    r"|\b(?:when|whenever|if|once|unless|until|where|only)\s+(?:an?|any)\s+(?:council|authority|"
    r"local\s+authority|LA|service)(?:['’]s\s+(?:children['’]s\s+)?services)?)"
    r"\s+(?:(?:that|which|who)\s+)?(?:(?:is|are|was|were|has|have|had|been|being|gets?|"
    r"receives?|first|later|once)\s+)*(?:rated|judged|graded|found|deemed|given)\s+"
    r"(?:to\s+be\s+|as\s+)?(?:an?\s+)?['‘“\"]?$"
    # "follow only inadequate judgements", "reserved for an inadequate rating"
    r"|\b(?:(?:follows?|followed|come|comes|happen|happens|apply|applies|after|when|if|for)\s+"
    r"only|only\s+(?:follows?|come|comes|happen|happens|apply|applies|after|when|if|for|once)|"
    r"reserved\s+for|triggered\s+by|prompted\s+by)\s+(?:an?\s+|any\s+)?['‘“\"]?$",
    re.IGNORECASE,
)
_GENERAL_AFTER = lazyre.compile(
    r"['’”\"]?\s+(?:judge?ments?|ratings?|grades?|verdicts?)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL_AFTER = lazyre.compile(
    r"['’”\"]?\s+(?:judge?ment|rating|grade|verdict)\s+(?:would|could|might|triggers|means|"
    r"brings|leads\s+to|results\s+in|automatically)\b",
    re.IGNORECASE,
)


def _general_grade(before: str, after: str) -> bool:
    """Whether a grade word is said of councils in general (how inspection works), not of a
    council: after 'councils judged', 'when a council is rated', before a judgement noun after
    'follow only' or 'reserved for', or as the subject of a hypothetical ('an inadequate rating
    would have triggered ...')."""
    m = _GENERAL_BEFORE.search(before[-80:])
    if m is not None:
        # the judgement-noun forms need the noun after the grade ("follow only inadequate
        # judgements"; "reserved for good practice" is no grade anyway)
        said_of_councils = re.search(
            rf"(?i)(?:{_ANY_COUNCIL}|\b(?:council|authority|LA|service))\b", m.group(0)
        )
        if said_of_councils or _GENERAL_AFTER.match(after):
            return True
    return bool(
        re.fullmatch(r"(?i)\W*(?:(?:and|but|yet|so)\s+)?(?:an?|any)\s+['‘“\"]?", before)
        and _HYPOTHETICAL_AFTER.match(after)
    )


_FAILING = lazyre.compile(
    r"\b(?:told|rated|judged|branded|deemed|declared|labelled|found)\b[^.;,]{0,30}?\b(?:was|were|as|being|be)\s+"
    r"(?P<w>failing)\b",
    re.IGNORECASE,
)


# What a councillor or officer hopes, plans or admits is still to come, not a grade given: "our
# ambition is for Buckinghamshire to be good and then outstanding", "we want to be outstanding
# by 2027", "we are on a journey to good", "we know practice is not yet consistently good".
_HOPE_WORDS = lazyre.compile(
    r"\b(?:ambitions?|ambitious|aspir\w*|aim(?:s|ing)?\s+(?:to|for|is)|goal|hop(?:e|es|ing)\s+to|"
    r"(?:determined|intend|intends|expect|expects|plan|plans|planning|committed|striving|strive|"
    r"working|work)\s+to|wants?|wanting|wanted|hoped|aimed|intended|expected|planned|journey\s+to(?:wards?)?|"
    r"next\s+(?:step|stage|inspection|time)|will|shall|would|should|must|on\s+(?:track|course)|"
    r"not\s+yet|yet\s+to|until|becom(?:e|es|ing)|get(?:ting)?\s+to|reach|"
    r"achieve\s+(?:an?\s+)?|move\s+(?:on\s+)?to|onwards?\s+to|towards?)\b",
    re.IGNORECASE,
)
# a time or a verdict told between the hope and the grade: the grade was given ('our aim was
# met when we were rated good in 2019'); a move from one grade ('the journey from inadequate to
# outstanding') is told (a hoped-for move is read before, in _grade_mentions)
_HOPE_MET = lazyre.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been|(?:19|20)\d\d|ago|last\s+time|"
    r"previous\w*|told|gave|from)\b",
    re.IGNORECASE,
)
_THEN_GRADE = (
    r"['’”\"]?,?\s+(?:and\s+|,\s*)?(?:then|eventually|ultimately|in\s+time|later|on\s+to|after\s+that)"
    r",?\s+(?:to\s+)?(?:be\s+|become\s+)?['‘“\"]?"
)
# a council's words told in the reporter's ('Council leader Chris Cooke said the authority
# wanted ...', 'The council says it is on course to ...')
_REPORTED_SAY = lazyre.compile(
    r"(?:"
    + _SPEAKER_WORDS.pattern[2:-2]
    + r"|\b(?:the|its)\s+(?:council|authority|borough|county|city)|\b(?:he|she|they))\b"
    r"[^.;:\"“”]{0,80}?\b(?:said|says|told|added|adds|believes?|insist(?:s|ed)?|stressed)\b",
    re.IGNORECASE,
)


def _hope_before(r: Reader, start: int, pos: int) -> bool:
    """Whether the grade at `pos` is hoped for or still to come ('our ambition is for X to be
    good'): the words from `start` (the speaker's, in their sentence) before it hold a word of
    aim, plan, future or 'not yet', and no verdict or time told after that word."""
    start = max(start, r.sentence.start)
    # (from the last sentence or clause break: "..., and today we are good" is told)
    # (but "we want to be good, and then outstanding": the hope goes on to the next grade)
    cut = _last(
        re.finditer(
            r"[.!?;:]\s|,\s+(?:and|but|yet|so)\s(?!\s*(?:then|eventually|ultimately|in\s+time|"
            r"after\s+that|one\s+day)\b)|\bbut\s",
            r.text[start:pos],
        )
    )
    if cut:
        start += cut.end()
    lead = r.text[start:pos]
    hope = _last(_HOPE_WORDS.finditer(lead))
    if hope is None:
        return False
    return not _HOPE_MET.search(lead, hope.end())


def _spoken_hope(r: Reader, q: T.Span, pos: int) -> bool:
    """A grade hoped for in a councillor's or officer's words `q`."""
    return _hope_before(r, q.start + 1, pos)


def _reported_hope(r: Reader, pos: int) -> bool:
    """A grade hoped for in a council's words told by the reporter: 'Council leader Chris Cooke
    said the authority wanted its services to be rated outstanding at the next inspection'."""
    said = _last(_REPORTED_SAY.finditer(r.text, r.sentence.start, pos))
    return said is not None and _hope_before(r, said.end(), pos)


# "Twelve North West authorities currently (require improvement)", "Not one council in England
# has yet been rated (outstanding)", "(with) 14 (requiring improvement)": a number of councils
# just before a grade that it governs
_COUNTED_SUBJECT = lazyre.compile(
    rf"(?:^|(?<=[^\w'’]))(?i:(?P<k>\d+|{T.NUMBER})|(?P<not>not\s+(?:one|a\s+single)|no))\s+"
    r"(?:(?i:other|more|further|English)\s+|[A-Z][\w'’&-]*\s+){0,3}"
    r"(?P<noun>(?i:councils?|authorit(?:y|ies)|local\s+authorit(?:y|ies)|boroughs?|counties|"
    r"children['’]s\s+services\s+(?:departments|authorities))\s+|LAs\s+)?"
    r"(?:(?i:in|across|of)\s+(?i:the\s+)?(?:England|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})\s+)?"
    r"(?:(?i:now|currently|still|also|are|were|is|was|have|has|had|been|yet|so\s+far|ever|remain|"
    r"remains|being|rated|judged|graded|deemed|found|as|to|be|holds?|holding|an?)\s+)*['‘“\"]?$",
)


def _counted_subject(before: str) -> bool:
    """Whether the words before a grade end in a number of councils that the grade is said of:
    a number with a noun for councils ('Twelve North West authorities currently', 'Not one
    council in England has yet been rated'), or a bare number too large to be a count of one
    report's judgements ('with 14')."""
    m = _COUNTED_SUBJECT.search(before)
    if m is None:
        # "Of the nine before it, three had leadership judged inadequate", "none had an area
        # rated inadequate": a number of councils that had a judgement given the grade
        had = re.search(
            rf"(?:^|[^\w'’])(?P<k>\d+|{T.NUMBER}|none)\s+(?:of\s+(?:them|those|these)\s+)?"
            r"(?:had|have|has|saw|got)\s+(?:their\s+|its\s+|an?\s+)?(?:[\w'’-]+\s+){1,6}?"
            r"(?:judged|rated|graded|found|deemed)\s+(?:as\s+|to\s+be\s+)?['‘“\"]?$",
            before,
            re.IGNORECASE,
        )
        return bool(
            had
            and had.group("k").lower() not in ("a", "an", "one", "both")
            and not (had.group("k").isdigit() and len(had.group("k")) == 4)
            and not re.search(
                r"(?i)\b(?:one\s+of|the|these|those|all)\s+$", before[: had.start("k")]
            )
        )
    if m.group("not"):
        return bool(m.group("noun"))
    if re.search(r"(?i)\b(?:the|these|those|its|their|both|all)\s+$", before[: m.start()]):
        return False  # "the two councils are rated good": councils named before
    if re.search(r"(?i)\bone\s+of\s+(?:only\s+|just\s+|the\s+)?$", before[: m.start()]):
        return False  # "X is one of two councils ... rated requires improvement": X's grade too
    k = T.number(m.group("k"))
    if (
        m.group("k").lower() in ("a", "an", "both")
        or k is None
        or (m.group("k").isdigit() and len(m.group("k")) == 4)
    ):
        return False  # a year ("in 2019 rated inadequate")
    return bool(m.group("noun")) and k != 1 or k >= 6


# "described corporate parenting in the borough as outstanding", "called the service that care
# leavers receive outstanding": the report's word for something no judgement names
_DESCRIBED_AS = lazyre.compile(
    r"\b(?:(?:describ\w+|hail(?:s|ed)?|prais(?:es|ed))\s+(?P<subj>[^,;:.!?\"“”]{1,90}?)\s+as"
    r"(?:\s+being)?|(?:call(?:s|ed|ing)?|term(?:s|ed)?)\s+(?P<subj2>[^,;:.!?\"“”]{1,90}?))"
    r"\s+['‘“\"]?$",
    re.IGNORECASE,
)
_SUBJECT_WORDS = lazyre.compile(
    r"\b(?:the|its|their|our|this|that|these|those|it|them|all|council|borough|county|city|"
    r"authority|local\s+authority|children|childrens|services?|for|to|of|and|in|overall|work|"
    r"provision|support|arrangements|offer|experiences?|progress|impact|whole|as|a|an|being)\b|"
    r"['’]s?\b|\b[A-Z][\w'’-]*",
)


_CAPACITY = lazyre.compile(
    r"\bcapacity\s+(?:to\s+improve|for\s+(?:further\s+|sustained\s+)?improvement)\b"
    r"(?![^,;.]*\b(?:and|while|but)\s+)[^,;.]{0,40}$|"
    r"\bcapacity\s+(?:to\s+improve|for\s+(?:further\s+|sustained\s+)?improvement)\s*[:–—-]\s*['‘“\"]?$",
    re.IGNORECASE,
)


def _described_other(before: str) -> bool:
    """A grade word the object of "described X as" where X is no judgement (nor the council's
    services): the report's praise of a part of the work, not a judgement's grade."""
    m = _DESCRIBED_AS.search(before)
    if m is None:
        return False
    subj = m.group("subj") or m.group("subj2")
    if T.GRADE_RE.search(subj) or re.search(
        r"\b(?:rated|judged|graded|found|deemed|was|were|is|are)\b", subj, re.IGNORECASE
    ):
        return False
    rest = T.AREA_RE.sub(" ", subj)
    rest = _SUBJECT_WORDS.sub(" ", rest)
    # (judgement names come in any case; other capitals are the council's name)
    return bool(re.search(r"[a-z]{3,}", rest))


# A part of the work as the subject of a grade word: "management challenge of planning for
# children looked after is not consistently good", "inspectors said monitoring of the progress
# of privately fostered children required improvement", "the quality of supervision was good":
# the report's words on practice, not a judgement's grade (a judgement is "rated", "judged")
_PRACTICE_SUBJECT = lazyre.compile(
    r"(?:^|[,;:(]\s*|\b(?:that|and|but|said|says|found|finds|where|while|how|although|though)\s+)"
    r"(?:the\s+|its\s+|their\s+|some\s+|much\s+|this\s+)?(?:[\w-]+(?:['’]s)?\s+)?"
    r"(?:monitoring|management\s+(?:challenge|oversight|grip)|oversight|challenge|supervision|"
    r"(?:care\s+|pathway\s+|permanence\s+)?planning|plans|recording|record-keeping|tracking|"
    r"scrutiny|timeliness|consistency|quality|decision-making|practice|casework|analysis|"
    r"assessments?|visits|visiting|auditing|audits?|"
    # ("said workforce stability was good")
    r"workforce(?:\s+stability)?|stability|staffing|caseloads?|morale|recruitment|retention|"
    r"sufficiency|placements?|performance|"
    # ("inspectors recognised that so much of what we do is good")
    r"(?:much|most|some|many)\s+of\s+(?:what|our|their|its)\b)\b"
    r"(?P<rest>[^.;:,]{0,90}?)\s+"
    r"(?P<verb>(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+"
    r"(?:not\s+)?(?:yet\s+)?(?:consistently\s+|always\s+|sufficiently\s+|routinely\s+|"
    r"universally\s+|uniformly\s+)?)?['‘“\"]?$",
    re.IGNORECASE,
)


# a thing no judgement is of, however the grade word is said of it ("Staff morale was found to
# be good")
_NEVER_JUDGED = lazyre.compile(
    r"\b(?:staff\s+)?(?:morale|caseloads?|workforce\s+stability|staff\s+turnover|attendance)\s+"
    r"(?:is|are|was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:found|judged|considered|said|"
    r"described\s+as|thought)\s+(?:to\s+be\s+)?['‘“\"]?$",
    re.IGNORECASE,
)


def _practice_said(before: str, word: str) -> bool:
    """A grade word said of a part of the work (`_PRACTICE_SUBJECT`), with 'is', 'was' ... or
    as its verb ('required improvement'), no judgement named in the subject but after 'of' or
    'for'."""
    if _NEVER_JUDGED.search(before):
        return True
    m = _PRACTICE_SUBJECT.search(before)
    if m is None:
        return False
    if not m.group("verb") and not re.match(r"requir", word, re.IGNORECASE):
        return False
    if re.search(r"\b(?:rated|judged|graded|deemed|found\s+to\s+be)\b", m.group(0), re.I):
        return False
    # (an area named as the subject, not one the work is for: "the quality of practice for
    # care leavers" is of practice; "leadership ... is good" is a judgement)
    rest = re.sub(r"\b(?:of|for|with|to)\b.*", "", m.group("rest"), flags=re.I)
    return not T.areas_in(rest)


# "Bury's children's services are inadequate": the services as the subject of a grade
_SERVICES_ARE = lazyre.compile(
    r"\bchildren['’]s\s+(?:social\s+care\s+)?services\s+(?:are|is|were|was|remain|remains|"
    r"remained|stay|stays|stayed)\s+(?:(?:now|still|all|also|once\s+again)\s+)?['‘“\"]?"
    rf"(?:{T.GRADE_WORDS})\b"
    # ("Rochdale Council's children's services still require improvement")
    r"|\bchildren['’]s\s+(?:social\s+care\s+)?services\s+(?:(?:now|still|also|continue\s+to)\s+)?"
    r"requir(?:e|es|ed)\s+improvement\b",
    re.IGNORECASE,
)


def _areas_are_graded(body: str, offset: int) -> bool:
    """'Help and protection, children in care and care leavers are all now good': judgements
    named as the subject of a grade with no verb of rating ('are', 'remain')."""
    areas = [a for a in T.areas_in(body, offset) if a[2] != "overall"]
    if not areas or not re.fullmatch(
        r"\W*(?:(?:but|and|while|whereas|however)\W+)?(?:the\s+|its\s+|their\s+)?"
        # ("Knowsley's leadership was good in 2017", "the council's help and protection")
        r"(?:(?:(?-i:[A-Z][\w&-]*)\s+){0,3}(?-i:[A-Z][\w&-]*)['’]s\s+|"
        r"(?:council|borough|county|city|authority)['’]s\s+)?",
        body[: areas[0][0] - offset],
        re.I,
    ):
        return False
    for a, b in zip(areas, areas[1:], strict=False):
        if not re.fullmatch(
            r"\s*(?:,|,?\s*and|&)\s*(?:the\s+|its\s+)?", body[a[1] - offset : b[0] - offset]
        ):
            return False
    return bool(
        re.fullmatch(
            r"(?:\s+services?)?\s+(?:are|is|was|were|remains?|remained|stays?|stayed)\s+"
            r"(?:(?:all|both|now|still|also)\s+){0,2}['‘“\"]?"
            rf"(?:{T.GRADE_WORDS})['’”\"]?"
            # ("... was good in 2017 and is now inadequate": the time, a second grade)
            rf"(?:\s+in\s+(?:{T.MONTH_NAME}\s+)?(?:19|20)\d\d)?"
            r"(?:,?\s+(?:and|but)\s+(?:is|are|was|were)\s+(?:now\s+|still\s+)?['‘“\"]?"
            rf"(?:{T.GRADE_WORDS})['’”\"]?(?:\s+in\s+(?:{T.MONTH_NAME}\s+)?(?:19|20)\d\d)?)?\W*",
            body[areas[-1][1] - offset :],
            re.I,
        )
    )


_STILL_NOW = lazyre.compile(
    r"\b(?:still|now|currently)\s+(?:\w+\s+)?(?:requires?|is|are|remains?|has|have|holds?)\b",
    re.IGNORECASE,
)
_MOVED_BY_EVENT = lazyre.compile(
    r"\b(?:following|after)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:inspection|visit)\b",
    re.IGNORECASE,
)


# a place Ofsted inspects on its own, the subject of a grade after it
_OTHER_PROVISION = lazyre.compile(
    r"\b(?:children['’]s\s+homes?|residential\s+(?:homes?|units?)|secure\s+(?:children['’]s\s+)?"
    r"(?:homes?|units?)|fostering\s+(?:agency|agencies|service)|schools?|academ(?:y|ies)|"
    r"nurser(?:y|ies)|colleges?|youth\s+offending\s+(?:service|team))\b[^,;]{0,40}$",
    re.IGNORECASE,
)


# the words of an aim just before a grade: "for reaching good", "on the road to good"
_AIMED_AT = lazyre.compile(
    r"\b(?:reach(?:ing)?|(?:road|journey|path|route|way|progress|push|bid|march|drive)\s+"
    r"(?:to(?:wards?)?|for)|aim(?:ing)?\s+for|aspir\w+\s+to|get(?:ting)?\s+to|towards?)\s+"
    r"(?:an?\s+|being\s+|becoming\s+)?['‘“\"]?$",
    re.IGNORECASE,
)


# a piece of work a sentence describes in a grade's word: "The area's strategic response to
# child sexual exploitation was described as | good"
_WORK_DESCRIBED_AS = lazyre.compile(
    r"\b(?:response|responses|practice|work|arrangements|approach|partnership|hub|team|"
    r"provision|planning|oversight|support|offer|service)\b[^.;:]{0,60}?\b(?:was|were|is|are)\s+"
    r"(?:described|praised|seen)\s+as\s+(?:being\s+)?['‘\"“]?$",
    re.IGNORECASE,
)


def _grade_mentions(r: Reader, clause: T.Span) -> list[tuple[int, int, str]]:
    body = r.text[clause.start : clause.end]
    out: list[tuple[int, int, str]] = []
    cued = bool(_RATING_CUE.search(body)) or bool(
        _RATING_CUE.search(r.text[r.sentence.start : r.sentence.end])
    )
    if not cued:
        # "Help and protection requires improvement.", "were all marked requires improvement":
        # a judgement named with the grade as its verb, or marked with it
        cued = (
            any(
                re.fullmatch(
                    r"\s+(?:still\s+|also\s+)?requir(?:es?|ed)\s+improvement(?:\s+to\s+be\s+good)?\W*",
                    body[a_end - clause.start :],
                    re.I,
                )
                and re.fullmatch(
                    # ("The borough's safeguarding children board also required improvement")
                    r"\W*(?:(?:but|and|while|whereas|however)\W+)?(?:the\s+|its\s+|their\s+)?"
                    r"(?:(?:borough|county|city|council|authority)['’]s\s+)?",
                    body[: a_start - clause.start],
                    re.I,
                )
                for a_start, a_end, a in T.areas_in(body, clause.start)
                if a != "overall"
            )
            or bool(
                re.search(
                    rf"\bmarked\s+(?:as\s+)?['‘“\"]?(?:{T.GRADE_WORDS})\b", body, re.IGNORECASE
                )
            )
            or _areas_are_graded(body, clause.start)
            or bool(_SERVICES_ARE.search(body))
            # "Knowsley requires improvement.": a council with the grade as its verb
            or any(
                clause.start <= m.start < clause.end
                and re.match(
                    r"\s+(?:now\s+|also\s+|still\s+|currently\s+)?requir(?:es|ed)\s+"
                    r"improvement\b(?:\s+to\s+be\s+good)?\W*$",
                    r.text[m.end : clause.end],
                    re.IGNORECASE,
                )
                and re.fullmatch(
                    r"\W*(?:(?:but|and|while|whereas|however)\W+)?", r.text[clause.start : m.start]
                )
                for m in r.mentions
                if m.la.urn
            )
        )
    # "10 have been rated 'good', 24 'requires improvement'": a count of councils, not a grade
    if (
        re.search(
            rf"\b(?!both\b)(?:\d+|{T.NUMBER})\s+(?:(?:other\s+)?(?:councils|authorities|local authorities|LAs)\s+)?"
            r"(?:(?:have|had|were|are)\s+(?:been\s+)?(?:rated|judged|graded|found)|(?:still\s+)?remain(?:ed)?)\b",
            body,
            re.IGNORECASE,
        )
        or re.search(
            # ("Wolverhampton is now one of six West Midlands councils rated good, while four are
            # outstanding")
            rf"(?:^|[,;]\s*|\b(?:while|whereas|and|but)\s+)(?!one\b)(?:\d+|{T.NUMBER})\s+(?:are|were)\s+"
            rf"(?:now\s+|currently\s+|still\s+)?['‘“\"]?(?:{T.GRADE_WORDS})\b",
            body,
            re.IGNORECASE,
        )
        or re.search(
            # ("only those three have been outstanding, while one council, Wakefield, has been found
            # inadequate": a count of the councils counted before)
            rf"\b(?:only\s+|just\s+)?(?:those|these)\s+(?!one\b)(?:\d+|{T.NUMBER})\s+(?:have|has|are|were)\s+"
            rf"(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:(?:rated|judged|graded|found)\s+)?['‘“\"]?"
            rf"(?:{T.GRADE_WORDS})\b",
            body,
            re.IGNORECASE,
        )
    ):
        return out
    if re.search(r"\b\d+\s+['‘“\"](?:" + T.GRADE_WORDS + ")", body, re.IGNORECASE):
        return out
    # "London now has 13 of its 33 children's services authorities rated outstanding": a count
    if re.search(
        rf"\b(?!one\b|1\b)(?:\d+|{T.NUMBER})\s+(?:out\s+)?of\s+(?:its|the|their|all)?\s*(?:\d+|{T.NUMBER})\s+"
        r"(?:[\w'’]+\s+){0,3}(?:councils|authorities|boroughs|counties|local authorities|LAs)\b",
        body,
        re.IGNORECASE,
    ):
        return out
    if re.match(r"\s*(?:none|no (?:council|authorit|local authorit))", body, re.IGNORECASE):
        return out
    if re.search(
        r"\b(?:progress\w*|mov\w+|journey|go|going)\s+from\b", body, re.IGNORECASE
    ) and re.search(
        r"\b(?:would|will|next|aim\w*|plan\w*|basis|ambition|hope|striv\w+|want\w*)\b",
        body,
        re.IGNORECASE,
    ):
        return out
    hoped: list[int] = []  # where grades hoped for, not given, end
    for m in T.GRADE_RE.finditer(body):
        pos = clause.start + m.start()
        word = m.group(1)
        if word.lower() == "ri" and word != "RI":
            continue
        # "not made in good time", "in good health": idioms, not a grade
        if re.search(r"\bin\s+$", body[: m.start()][-4:]) and re.match(
            r"(?i)good\s+(?:time|faith|health|order|shape|part)\b", body[m.start() :]
        ):
            continue
        # "The area's strategic response to child sexual exploitation was described as good":
        # what the report says of a piece of work, no judgement's grade
        if (described := _WORK_DESCRIBED_AS.search(body[: m.start()])) and not T.areas_in(
            body[: described.start()]
        ):
            continue
        q = _inside(r.quotes, pos)
        spoken = None
        if q is not None and len(r.text[q.start : q.end].split()) > 3 and r.spoken_by_council(q):
            spoken, q = q, None  # a councillor's or officer's words: read as the article's own
        if (spoken is not None and _spoken_hope(r, spoken, pos)) or (
            spoken is None and q is None and _reported_hope(r, pos)
        ):
            hoped.append(pos + len(word))
            continue
        # "... to be good and then outstanding": a grade set after a hoped-for one is hoped for too
        if hoped and re.fullmatch(_THEN_GRADE, r.text[hoped[-1] : pos], re.IGNORECASE):
            hoped.append(pos + len(word))
            continue
        if q is not None:
            inner = r.text[q.start + 1 : q.end - 1].strip(" .,")
            # a quotation that is only a grade ("'requires improvement to be good'") is the
            # grade; a grade word inside other quoted words ("good progress") is not
            if not T.GRADE_ONLY.fullmatch(inner):
                # inside a longer quotation (a councillor's "...with 'outstanding' leadership")
                # only a grade in marks of its own, or one with a rating word beside it
                inner_q = _inside(T.quote_spans(inner), pos - q.start - 1)
                near = r.text[max(q.start, pos - 30) : min(q.end, pos + 30)]
                if inner_q is None and not re.search(
                    r"\b(?:rat(?:ed|ing)|judged|grade)\b", near, re.IGNORECASE
                ):
                    continue
                around = r.text[max(0, q.start - 80) : q.start] + r.text[q.end : q.end + 80]
                if _OFSTED_SAYS.search(around):
                    continue  # the report's own words: a quote claim
                q = None
        quoted = q is not None
        after = body[m.end() :]
        before = body[: m.start()]
        # a committee paper's list: "The experiences and progress of children in care: Good"
        line = r.text[max(r.text.rfind("\n", 0, pos) + 1, pos - 160) : pos]
        listed = bool(re.search(r"\s*[:–—]\s*['‘“\"]?$", line)) and bool(T.areas_in(line))
        if not cued and not quoted and not listed:
            continue
        # "takes the number of councils currently rated inadequate to 19": a count
        if re.search(
            r"\b(?:number|tally|total|count|list)\s+of\s+(?:\w+\s+)?(?:councils|authorities|"
            r"local authorities|LAs)\b[^,;]{0,40}$",
            before,
            re.IGNORECASE,
        ):
            continue
        # "Twelve North West authorities currently require improvement", "Not one council in
        # England has yet been rated outstanding", "with 14 requiring improvement": the grade of
        # a number of councils (a count), not of the council the article is about
        if _counted_subject(before):
            continue
        if re.search(
            r"\b(?:below|above|short of|less than|better than|worse than|at least|than|word|term|label)\s*['‘“\"]?$",
            before,
            re.IGNORECASE,
        ):
            continue
        if re.match(
            r"['’”\"]?\s*(?:or (?:better|above|worse|below)|and above|and below)\b",
            after,
            re.IGNORECASE,
        ):
            continue
        # "rated good or outstanding": either of two grades, not the one a word names (a
        # claim of one grade would call a council rated good contradicted); a longer list
        # ("outstanding, good, requires improvement or inadequate") is the scale, read below
        g_ = rf"['‘“\"]?(?:{T.GRADE_WORDS})['’”\"]?"
        if not re.search(rf"{g_},\s*(?:{g_}\s+or\s+)?$", before, re.I) and (
            re.match(rf"['’”\"]?\s+or\s+{g_}", after, re.I)
            or re.search(rf"\b{g_}\s+or\s+['‘“\"]?$", before, re.I)
        ):
            continue
        served = re.match(r"\s+services?\s+(?:for|to)\s+(?:the\s+|its\s+|their\s+)?", after, re.I)
        if (
            not quoted
            and _ADJECTIVE_NOUN.match(after)
            # ("rated good last summer with outstanding services for children in care": a
            # judgement's grade, the judgement after the services; "with outstanding help and
            # protection": the judgement itself)
            and not (
                served
                and any(a == 0 for a, _, _ in T.areas_in(after[served.end() : served.end() + 60]))
            )
            and not any(a == 0 for a, _, _ in T.areas_in(after.lstrip()[:60]))
        ):
            continue
        # "found no cases of children receiving inadequate protection": what children got, not a
        # grade ("received inadequate ratings" is one)
        if (
            not quoted
            and re.search(
                r"\b(?:receiv\w+|get(?:s|ting)?|got|provid\w+|offer\w+|experienc\w+|suffer\w+|"
                r"giv(?:e|es|ing|en))\s+$",
                before,
                re.IGNORECASE,
            )
            and re.match(
                r"\s+(?:protection|care|support|help|services?|practice|supervision|advice|"
                r"responses?|oversight|safeguarding|planning|housing|accommodation|education|"
                r"treatment|placements?|levels\s+of)\b",
                after,
            )
        ):
            continue
        area_for = re.match(r"\s+for\s+(?:the\s+|its\s+|their\s+)?", after)
        if (
            not quoted
            and word.lower() == "good"
            # "good for the impact of its leaders, for children in care": a judgement's grade
            and not (
                area_for
                and any(
                    a <= 15 for a, _, _ in T.areas_in(after[area_for.end() : area_for.end() + 40])
                )
            )
            and re.match(
                # "good at listening", not "rated good at its single inspection in 2017"; "good
                # for the third inspection in a row" is a grade
                r"\s+(?:at(?!\s+(?:its|the|their|this|that|a|an|"
                rf"{T.NUMBER})\s+(?:[\w-]+\s+){{0,3}}?"
                r"(?:inspection|visit|time)s?\b)|"
                rf"for (?:children|young|the(?!\s+(?:{T.ORDINAL}|\w+\s+(?:consecutive|successive))\b))|"
                r"to see|news|enough|in parts)\b",
                after,
            )
        ):
            continue
        # "as good as", "good as new"; but "rated good as Sandwell remains inadequate"
        if (
            not quoted
            and word.lower() == "good"
            and (
                (re.search(r"\bas\s*$", before, re.IGNORECASE) and re.match(r"\s+as\b", after))
                or re.match(r"\s+as\s+(?:new|ever|possible|it|they|a|an|the|any)\b", after)
            )
        ):
            continue
        if word.lower() == "good" and re.search(
            r"improvement\s+to\s+be\s*$", before, re.IGNORECASE
        ):
            continue
        if re.search(
            r"\b(?:and|to|can|could|must|should)\s+achieve\s+(?:an?\s+)?['‘“\"]?$",
            before,
            re.IGNORECASE,
        ):
            continue
        # "The council's own children's home was judged outstanding at its most recent Ofsted
        # inspection": a grade of a place Ofsted inspects on its own, not of the services
        provision = None if quoted else _OTHER_PROVISION.search(before)
        if provision is not None and not T.areas_in(before[provision.end() :]):
            continue
        # "a timetable for reaching good", "firmly on the road to good": a grade aimed at, not
        # one given (but "reaching good for the first time in 2019" is told)
        if _AIMED_AT.search(before) and not re.search(
            r"\b(?:(?:19|20)\d\d|first\s+time|last\s+(?:year|month|time))\b", after, re.IGNORECASE
        ):
            continue
        if _ASPIRATION.search(before[-60:]) and not re.search(
            r"\bfrom\b", before[-60:], re.IGNORECASE
        ):
            hoped.append(pos + len(word))
            continue
        past_next = re.search(
            # "at its next inspection in 2022 the service was lifted to good": a time past
            r"\bnext\s+(?:full\s+)?inspection,?\s+in\s+(?:\w+\s+)?(?P<y>(?:19|20)\d\d)\b",
            before,
            re.IGNORECASE,
        )
        if re.search(
            r"\b(?:would|will|next|aim\w*|plan\w*|basis for|ambition|hope|striv\w+|progressing)\b",
            re.sub(r"\bnext\s+(?:full\s+)?inspection,?\s+in\b", " ", before, flags=re.I)
            if past_next and int(past_next.group("y")) <= r.as_of.year
            else before,
            re.IGNORECASE,
        ) and re.search(r"\b(?:to|towards)\s*['‘“\"]?$", before):
            continue
        if _NONE.search(before[-40:]):
            continue
        if not quoted and _general_grade(before, after):
            continue
        if not quoted and _described_other(r.text[max(clause.start, pos - 120) : pos]):
            continue
        if not quoted and _practice_said(r.text[max(clause.start, pos - 120) : pos], word):
            continue
        # "with its capacity to improve also judged inadequate", "capacity for improvement:
        # good": a judgement of the inspections before 2013 that the record does not hold
        if _CAPACITY.search(before[-70:]) or re.match(
            r"['’”\"]?\s+(?:for|on)\s+(?:its\s+|the\s+)?capacity\s+(?:to|for)\s+improve",
            after,
            re.I,
        ):
            continue
        out.append((pos, pos + len(word), T.grade_of(word)))
    # the scale itself: "Ofsted rates councils outstanding, good, requires improvement or
    # inadequate"; "outstanding is the highest grade"
    if (
        len({g for _, _, g in out}) >= 3
        and re.search(r"\b(?:or|range\w*|scale|from)\b", body, re.IGNORECASE)
        # (not a history: "from requires improvement in 2017 to good in 2021 and outstanding
        # now", each grade with its time)
        and sum(
            1
            for _, ge_, _ in out
            if re.match(
                r"['’”\"]?\s+(?:(?:in|at)\s+(?:\w+\s+)?(?:19|20)\d\d|now|today|this\s+time)\b",
                r.text[ge_ : ge_ + 24],
                re.IGNORECASE,
            )
        )
        < 2
    ):
        return []
    out = [
        g
        for g in out
        if not re.match(
            r"['’”\"]?\s+(?:is|was|being)\s+(?:the\s+)?(?:highest|top|lowest|best|worst|second)",
            r.text[g[1] : g[1] + 30],
            re.IGNORECASE,
        )
    ]
    for m in _SECOND.finditer(body) if not out and not T.GRADE_RE.search(body) else ():
        pos = clause.start + m.start()
        if not r.in_long_quote(pos):
            top = m.group("w").lower() in ("highest", "top", "best")
            out.append((pos, clause.start + m.end(), "good" if top else "requires_improvement"))
    # "given the top grade overall ..., improving on the good rating it received in 2018": the
    # grade words name only the grade it moved from, not the one it was given
    moved_from = all(
        re.search(
            r"\b(?:improving|improved|building|bettering|up|from)\s+(?:on|upon|from)?\s*"
            r"(?:the|its|their|an?)\s+['‘“\"]?$",
            body[max(0, g.start() - 40) : g.start()],
            re.IGNORECASE,
        )
        for g in T.GRADE_RE.finditer(body)
    )
    for pat, grade in ((_HIGHEST, "outstanding"), (_LOWEST, "inadequate")):
        if (out or T.GRADE_RE.search(body)) and not moved_from:
            break  # "rated outstanding, the highest grade": an apposition, not a second claim
        for m in pat.finditer(body):
            pos = clause.start + m.start()
            if not r.in_long_quote(pos) and not any(a <= pos < b for a, b, _ in out):
                out.append((pos, clause.start + m.end(), grade))
    out.sort()
    # "They rated the council's services 'requires improvement to be good' overall, and gave
    # the same grade for its help and protection": the grade of the claim just before
    # ("- the same verdict it had been given in 2018", "the same overall grade it received in
    # 2019", "the third full inspection in a row to end with that verdict")
    same = re.search(
        # "..., as it had been overall in 2016": the grade of the clause before, at that time
        r"^\W*as\s+(?:it|they)\s+(?:had\s+been|has\s+been|was|were)\b(?=[^,.;]{0,40}?\b(?:19|20)\d\d\b)|"
        r"\bthe same (?:overall\s+)?(?:grade|rating|judge?ment|verdict)\b|"
        r"\b(?:with|given|received|got|earned)\s+(?:that|this)\s+(?:grade|rating|judge?ment|verdict)\b|"
        # "when services were judged to 'require improvement' – a rating they had also received
        # in 2017"
        r"^\W*an?\s+(?:grade|rating|judge?ment|verdict)\s+(?:that\s+|which\s+)?(?:it|they|the\s+\w+)\s+"
        r"(?:had\s+|has\s+|have\s+)?also\s+(?:received|been\s+given|got|earned|held)\b",
        body,
        re.IGNORECASE,
    )
    if same is None and _RUN_CUE.search(body):
        # "That was the second time in a row the borough had received the grade": the grade
        # told just before, of a run
        same = re.search(
            r"\b(?:received|been\s+(?:given|awarded|handed)|got|earned|achieved|held)\s+the\s+"
            r"(?:grade|rating|judge?ment|verdict)\b(?!\s+(?:of|for|in)\b)",
            body,
            re.IGNORECASE,
        )
    if same and not out:
        pos = clause.start + same.start()
        prior = [
            c
            for c in r.claims
            if c.type in (Kind.GRADE, Kind.TREND)
            and c.end <= pos
            and pos - c.end < 300
            and c.facts.get("grades")
            and all(isinstance(it, dict) for it in c.facts["grades"])
        ]
        if len(prior) >= 2 and re.search(
            r"\b(?:the\s+(?:one|only)\s+(?:area|judge?ment|service)|the\s+exception)\b",
            prior[-1].text,
            re.IGNORECASE,
        ):
            # "... were all found to require improvement. Adoption was the one area rated good.
            # A review of the board ... reached the same verdict": the exception told last is
            # not the verdict the board shares
            prior = prior[:-1]
        grades = {it["grade"] for it in prior[-1].facts["grades"]} if prior else set()
        if (
            prior
            and all(it.get("role") == "previous" for it in prior[-1].facts["grades"])
            and not any(
                w.last < r.as_of - timedelta(days=365) for w in T.dates(body, r.as_of, clause.start)
            )
            and not re.search(r"\b(?:then|previous\w*|last|earlier|before)\b", body, re.I)
        ):
            # "rated 'requires improvement' – a drop from the good rating they received in
            # 2021. Inspectors gave the same grade to all four areas": the verdict told, not the
            # grade it left
            now = [
                {it["grade"] for it in x.facts["grades"] if it.get("role") == "current"}
                for x in prior
            ]
            now = [g for g in now if g]
            grades = now[-1] if now else set()
        if re.search(r"\boverall\b", same.group(0), re.IGNORECASE):
            # "with the service for children in care judged good. The verdict is the same
            # overall grade the council received in 2022": the last overall grade told, not
            # an area's
            told = [
                {
                    it["grade"]
                    for it in c.facts["grades"]
                    if not it["areas"] or "overall" in it["areas"]
                }
                for c in r.claims
                if c.type in (Kind.GRADE, Kind.TREND)
                and c.end <= pos
                and pos - c.end < 800
                and c.facts.get("grades")
                and all(isinstance(it, dict) for it in c.facts["grades"])
            ]
            told = [g for g in told if g]
            grades = told[-1] if told else set()
        if len(grades) == 1 and not r.in_long_quote(pos):
            out.append((pos, clause.start + same.end(), grades.pop()))
    # "we were told our services were failing", "found to be failing three years ago":
    # Ofsted's lowest grade (only after a verb of judging: "failing services" is no grade)
    for m in _FAILING.finditer(body):
        pos = clause.start + m.start("w")
        if not r.in_long_quote(pos) and not any(a <= pos < b for a, b, _ in out):
            out.append((pos, clause.start + m.end("w"), "inadequate"))
    out.sort()
    return out


# "rated good overall, with outstanding help and protection": a grade of the same report
_WITH_GRADE = lazyre.compile(
    r"\W*with\s+(?:an?\s+)?['‘“\"]?(?:"
    + T.GRADE_WORDS
    + r")['’”\"]?\s+(?:grades?\s+|ratings?\s+|judge?ments?\s+)?(?:for\s+|in\s+)?"
    r"(?:the\s+|its\s+)?\w",
    re.IGNORECASE,
)


# "rated good, with outstanding services for care leavers, in 2016", "rated good overall, with
# outstanding leadership, when it was last inspected in 2019": an aside of the same report's
# grades, then the one time of both, ending the sentence
_WITH_THEN = lazyre.compile(
    r",\s+with\s+(?:an?\s+)?['‘“\"]?(?:"
    + T.GRADE_WORDS
    + r")['’”\"]?\s[^,;:–—()\"“”]{3,80},\s+(?P<t>(?:in|during|when\s+(?:it|they|the\s+\w+)\s+"
    r"(?:was|were)\s+(?:last\s+|previously\s+|first\s+)?(?:inspected|rated|judged)\s+in)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s*\.?\s*$",
    re.IGNORECASE,
)


# "..., with help and protection judged good": an area and its grade, after 'with'
_WITH_AREA_GRADE = lazyre.compile(
    r"\W*(?P<with>with\s+(?:the\s+|its\s+)?)[^,;:–—()]{3,90}?\s+(?:also\s+|only\s+)?"
    r"(?:being\s+)?(?:judged|rated|graded|deemed|found)\s+(?:to\s+be\s+|as\s+)?['‘“\"]?(?:"
    + T.GRADE_WORDS
    + r")['’”\"]?[\s.,;]*$",
    re.IGNORECASE,
)


def _of_that_year(
    r: Reader, sentence: T.Span, whens: list[T.When], para: bool = False
) -> list[T.When]:
    """'The report, published in September 2022 after inspectors visited in July of that year':
    a month of 'that year' is of the year the sentence named before it, not the article's (a
    month with no such year before it dates nothing). With `para`, a sentence that names no
    year takes the last one its paragraph named ('The first full test came in autumn 2014.
    Ofsted's inspection, led by X and published in November that year')."""
    out = []
    for w in whens:
        if w.relative and w.precision == "month" and _THAT_YEAR.match(r.text, w.end):
            told = [
                x
                for x in T.dates(r.text[sentence.start : w.start], r.as_of, sentence.start)
                if not x.relative
            ]
            if not told and para:
                home = r.text.rfind("\n", 0, sentence.start) + 1
                told = [
                    x
                    for x in T.dates(r.text[home : sentence.start], r.as_of, home)
                    if x.first.year == x.last.year
                    # ('in the summer of 2014': a season of a year said)
                    and (not x.relative or re.search(r"(?:19|20)\d\d", r.text[x.start : x.end]))
                ]
            if not told:
                continue
            y = told[-1].last.year
            try:
                w = T.When(
                    w.start, w.end, w.first.replace(year=y), w.last.replace(year=y), w.precision
                )
            except ValueError:
                continue
        out.append(w)
    return out


_YEAR_WORDS = lazyre.compile(r"(?:19|20)\d\d|\b(?:last|this|next|ago|year)\b", re.IGNORECASE)

# "In a report published in November 2015, after inspectors spent ... in September and
# October": the year of the report the sentence is about
_TOLD_REPORT_YEAR = lazyre.compile(
    r"\b(?:published|report|inspect\w*|visit\w*)\s+(?:\w+\s+){0,3}?(?:in|of)\s+"
    rf"(?:(?:{T.MONTH})\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# a grade held since an inspection, just after the grade's words: "(rated good) since its last
# inspection in 2019", "(has held a good rating) ever since 2018", "(has been outstanding) since
# its 2016 inspection"
_HELD_SINCE = lazyre.compile(
    r"['’\"”]?(?:\s+(?:overall|rating|grade|judge?ment))?"
    # "(has held an outstanding rating) from Ofsted since 2016"
    r"(?:\s+(?:from|by)\s+(?:Ofsted|(?:the\s+)?(?:inspectors|watchdog|regulator)))?"
    r"\s*,?\s+(?:ever\s+)?since\s+"
    r"(?:(?:the|its|their)\s+(?:(?:last|previous|most\s+recent|prior)\s+)?(?:full\s+|Ofsted\s+)?"
    r"(?:inspection|report)\s*,?\s+(?:in\s+)?|(?:the\s+|its\s+|their\s+)?)"
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"(?:\s+(?:full\s+|Ofsted\s+)?(?:inspection|report)\b)?",
    re.IGNORECASE,
)
_BACK_TO = lazyre.compile(
    r"\b(?:inspections|reports|years|ratings)\s+(?:stretching|going|dating|reaching|running)\s+"
    r"back\s+to\s+(?:(?:early|late|mid-?)\s*)?$",
    re.IGNORECASE,
)
_RUN_SINCE = lazyre.compile(
    r"\b(?:run|delivered|managed|provided|operated|overseen|commissioned|led)\s+by\b[^,.;]{0,70}"
    r"\b(?:since|from)\s+(?:(?:early|late|mid-?)\s*)?$",
    re.IGNORECASE,
)
_SINCE_LAST = lazyre.compile(
    r"\b(?:since|than\s+(?:at|in))\s+(?:the\s+|its\s+)?(?:last|previous|prior)\s+(?:full\s+)?"
    r"inspection,?\s+(?:in\s+)?(?:(?:early|late|mid-?)\s*)?$",
    re.IGNORECASE,
)
_IN_ASIDE = lazyre.compile(
    r",\s+who\s+(?:also\s+|had\s+|previously\s+)*(?:led|carried\s+out|inspected|ran)\s+"
    r"(?:the\s+|its\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _yearless_in_scene(
    r: Reader, sentence: T.Span, clause: T.Span, whens: list[T.When]
) -> list[T.When]:
    """'The breakthrough came in 2022. After an inspection from 21 March to 1 April, Ofsted rated
    Torbay good': days or months that name no year at all, in a clause the narrative has set in
    a year, are of that year, not the latest such days before the article."""
    bare = [
        w
        for w in whens
        if w.relative
        and w.precision in ("day", "month", "range", "period")
        # (a month's name: not "today", "on Friday")
        and re.search(rf"\b(?:{T.MONTH})\b", r.text[w.start : w.end], re.IGNORECASE)
        and not _YEAR_WORDS.search(r.text, max(sentence.start, w.start - 12), w.end + 12)
    ]
    first_bare = min(w.start for w in bare) if bare else 0
    # (a time quoted after them is the report's words, not the clause's: "..., warning that 'the
    # high quality of services identified at the last inspection in 2011 has not been
    # maintained'")
    if not bare or any(
        w not in bare and w.start > first_bare and _inside(r.quotes, w.start) is None for w in whens
    ):
        return whens
    scene = _scene_year(r, sentence, clause)
    told = {
        int(m.group("y"))
        for m in _TOLD_REPORT_YEAR.finditer(r.text, sentence.start, first_bare)
        if _inside(r.quotes, m.start()) is None
        and not re.search(
            r"\b(?:last|previous|prior|earlier|since)\b", r.text[max(0, m.start() - 30) : m.start()]
        )
    }
    opener = re.match(
        rf"\W*(?:In|By)\s+(?:(?P<m>{T.MONTH_NAME})\s+)?(?P<y>(?:19|20)\d\d)\s*,",
        r.text[sentence.start : first_bare],
        re.IGNORECASE,
    ) or _last(
        # "It is a marked change from 2015, when inspectors who visited the city in April and
        # May found ...": the year the 'when' clause is of
        re.finditer(
            rf"\b(?:in|from|since|of)\s+(?:(?P<m>{T.MONTH_NAME})\s+)?(?P<y>(?:19|20)\d\d)\s*,\s*"
            r"when\b[^,;]*$",
            r.text[sentence.start : first_bare],
            re.IGNORECASE,
        )
    )
    opener_month = 0
    if scene is None and len(told) == 1:
        # "In a report published in November 2015, after inspectors spent almost four weeks in
        # the borough in September and October, ...": the one year the sentence named before
        scene = told.pop()
    elif scene is None and opener:
        # "In December 2015, after an inspection that ran from 30 September to 22 October, ...":
        # the year the sentence opens with (the year before, for months after the one it names)
        scene = int(opener.group("y"))
        opener_month = T.MONTHS[opener.group("m").lower()] if opener.group("m") else 0
    if scene is None:
        # "The breakthrough came in 2022. After an inspection from 21 March to 1 April, ...":
        # the one year of the sentence just before, in the same paragraph, that gives no grade
        before = [s for s in r.sentence_spans if s.end <= sentence.start]
        if before and "\n" not in r.text[before[-1].end : sentence.start]:
            prev = r.text[before[-1].start : before[-1].end]
            years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", prev)}
            if len(years) == 1 and not T.GRADE_RE.search(prev):
                scene = years.pop()
    if scene is None or scene >= r.as_of.year:
        return whens
    out = []
    for w in whens:
        if w not in bare:
            out.append(w)  # (the time said before them: "published in November 2015")
            continue
        y1 = scene - 1 if opener_month and w.first.month > opener_month else scene
        y2 = y1 + (w.last.year - w.first.year)
        # (29 February of a month's end, in a year that has none: the 28th)
        first = w.first.replace(
            year=y1, day=min(w.first.day, calendar.monthrange(y1, w.first.month)[1])
        )
        last = w.last.replace(
            year=y2, day=min(w.last.day, calendar.monthrange(y2, w.last.month)[1])
        )
        # (a year the sentence opens with is said, not guessed)
        out.append(
            T.When(
                w.start,
                w.end,
                first,
                last,
                w.precision,
                w.relative and not (opener is not None and scene == int(opener.group("y"))),
            )
        )
    return out


def _lead_days_year(r: Reader, sentence: T.Span, clause: T.Span) -> int | None:
    """'The breakthrough came in 2022. After an inspection from 21 March to 1 April, Ofsted rated
    Torbay good ..., a jump of two grades': the year the days of the sentence, which name none,
    are of."""
    lead = T.dates(r.text[sentence.start : sentence.end], r.as_of, sentence.start)
    moved = _yearless_in_scene(r, sentence, clause, lead)
    return moved[0].first.year if lead and moved != lead else None


_THAT_YEAR = lazyre.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_REPORTED = lazyre.compile(
    r"\b(?:members|councillors|the\s+committee|the\s+board|cabinet)\s+(?:(?:were|was)\s+"
    r"(?:informed|told|advised|reminded)|noted|heard)\s+that\b",
    re.IGNORECASE,
)
_EARLIER_WORDS = lazyre.compile(
    r"\b(?:previous\w*|last|before|earlier|prior|then|formerly|once|ago|since|until|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_BARE_THAT_YEAR = lazyre.compile(r"\b(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _bare_that_year(r: Reader, start: int, end: int, whens: list[T.When]) -> list[T.When]:
    """'It is a far cry from 2017, when ... . The council was rated inadequate overall that
    year': 'that year' (not a month's, "July of that year") is the last year the paragraph
    named before it; none named, it dates nothing."""
    out = []
    for m in _BARE_THAT_YEAR.finditer(r.text, start, end):
        if any(w.start <= m.start() <= w.end + 12 for w in whens):
            continue  # "in July of that year", read with its month
        para = r.text.rfind("\n", 0, m.start()) + 1
        told = [
            x
            for x in T.dates(r.text[para : m.start()], r.as_of, para)
            if not x.relative and x.first.year == x.last.year
        ]
        if not told:
            continue
        y = told[-1].first.year
        out.append(T.When(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year"))
    return out


def _all_is_mine(
    body: str, offset: int, grades: list[tuple[int, int, str]], i: int, from_at: int | None
) -> bool:
    """'rated outstanding in every area by Ofsted, ten years after the watchdog judged them
    inadequate': "in every area" is the grade's nearest it, not every grade's in the clause
    (but "from requires improvement to good in every area" is both; "requires improvement
    across the board, a drop from the good rating it held in 2017" is the first's: the words
    come before the move from the other)."""
    if len(grades) < 2:
        return True
    if from_at is not None:
        alls = list(_ALL.finditer(body))
        if (
            alls
            and i > 0
            and all(
                grades[i - 1][1] <= offset + m.start()
                and offset + m.end() <= grades[i][0]
                and re.fullmatch(
                    r"\s*,?\s*(?:(?:down|up)\s+)?(?:in)?to\s+(?:an?\s+|the\s+)?['‘“\"]?",
                    body[m.end() : grades[i][0] - offset],
                    re.IGNORECASE,
                )
                for m in alls
            )
        ):
            # "goes from good in every judgement to inadequate": the words between the two
            # grades are the first's
            return False
        return not (
            grades[i][0] >= offset + from_at
            and all(offset + m.end() <= offset + from_at for m in _ALL.finditer(body))
            and any(g[1] <= offset + from_at for g in grades)
        )
    for m in _ALL.finditer(body):
        a, b = offset + m.start(), offset + m.end()
        dist = [min(abs(a - ge), abs(gs - b)) for gs, ge, _ in grades]
        if dist.index(min(dist)) == i:
            return True
    return False


_SUBORDINATE = lazyre.compile(
    r"\b(?:after|since|following|because|before|when)\s+(?:finding|being|having|inspectors|"
    r"Ofsted|it|they|the council)\b|"
    # "rated good ..., was told to improve ... support for care leavers": what it must improve
    r"\b(?:told|asked|urged|needs?|needed|must|should)\s+(?:to\s+)?improve\b|"
    r"\bareas?\s+(?:for|of)\s+improvement\b|"
    # "judged outstanding for leadership, but there is more to do for our care leavers": the
    # work still to do, not the graded area
    r"\b(?:more|further|(?:much|lots)\s+(?:more\s+)?|(?:still\s+)?(?:some\s+|more\s+|further\s+)?work)"
    r"\s+(?:still\s+)?to\s+(?:do|be\s+done)\b|"
    # "..., which remains outstanding, and we accept that we need to do better for our care
    # leavers": what must be done better, not the graded area
    r"\b(?:need|needs|needed|have|has|must)\s+to\s+do\s+better\b",
    re.IGNORECASE,
)


# after a grade, another verb whose object the areas that follow are: "rated good as Ofsted
# hails 'inspirational' leaders", "good, with inspectors praising strong leadership"
_PRAISED_AFTER = lazyre.compile(
    r"['’”\"]?\s*,?\s+(?:as|while|with|after|and)\s+(?:the\s+)?(?:Ofsted|inspectors?|watchdog|"
    r"regulator|report|inspection)\s+(?:\w+\s+){0,2}?(?:hail\w*|prais\w*|laud\w*|credit\w*|"
    r"commend\w*|applaud\w*|highlight\w*|singl\w+\s+out|criticis\w*|warn\w*|back\w*|"
    # ("... 'require improvement' as Ofsted finds council has lost touch with a quarter of care
    # leavers": what the report found, not a judgement graded)
    r"welcom\w*|pick\w*\s+out|finds?|found|says?|said|raises?|raised|flags?|flagged)\b[^.;]*$",
    re.IGNORECASE,
)


# before a grade, a clause of its own subject after the area: "praises its leaders as
# Hertfordshire children's services rated good", "hails leadership as the council is judged good"
_PRAISED_BEFORE = lazyre.compile(
    r"['’”\"]?\s*,?\s+(?:as|while|with|after|and)\s+(?:the\s+|its\s+)?"
    r"(?:[A-Z][\w'’-]*|council|borough|county|city|authority|children['’]s|services?)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|being|gets?|"
    r"earns?|wins?)\s+)?(?:rated|judged|graded|found|deemed|awarded|given)\s+['‘“\"]?$"
    # a headline's present tense: "praised for 'outstanding' leadership as Ofsted rates
    # children's services good", "... as inspectors judge the council good"
    r"|['’”\"]?\s*,?\s+(?:as|while|with|and)\s+(?:the\s+)?(?:Ofsted|inspectors?|watchdog|"
    r"regulator|report|inspection)\s+(?:rates?|judges?|grades?|finds?|deems?|declares?)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:as\s+|to\s+be\s+)?['‘“\"]?$",
)


def _contrast_between(r: Reader, grades: list[tuple[int, int, str]], at: int) -> bool:
    """Whether a contrast ("even though", "although", "whereas", "but") stands between the
    grade before `at` and it: "judged inadequate, even though services for children in care were
    rated good" (the area after it is the subject of the grade after, not the tail of the one
    before)."""
    before = [g for g in grades if g[1] <= at]
    after = [g for g in grades if g[0] >= at]
    if not before or not after:
        return False
    return bool(
        re.search(
            r",\s*(?:even\s+though|although|though|whereas|while|but)\s",
            r.text[before[-1][1] : at],
            re.IGNORECASE,
        )
    )


# the words of a judgement's name before its area: "the experiences and progress of care leavers"
_AREA_NAMED_BY = lazyre.compile(
    r"(?:\b(?:the|its|their)\s+)?\b(?:experiences?|progress)(?:\s+and\s+(?:experiences?|progress))?"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a judgement followed straight by its grade, bare or after a verb of rating: "services for
# children in care good", "care leavers rated good"
_AREA_THEN_GRADE = lazyre.compile(
    r"['’]?\s+(?:(?:was|were|is|are|been)\s+)?(?:(?:also|all|both|each)\s+)?"
    # ("support for care leavers judged to require improvement")
    r"(?:(?:rated|judged|graded|found|deemed|assessed|considered)\s+(?:as\s+|to\s+be\s+|"
    r"to\s+(?=requir))?)?"
    rf"['‘“\"]?(?:{T.GRADE_WORDS})\b",
    re.IGNORECASE,
)


# a verb of rating with its own subject, after a grade: what it rates is another grade's
_RATED_AGAIN = lazyre.compile(
    r"\b(?:inspectors|Ofsted|they|the\s+report)\s+(?:also\s+)?(?:rated|judged|graded)\b(?![^.;]*?"
    r"\b(?:outstanding|good|inadequate|requires?\s+improvement)\b)",
    re.IGNORECASE,
)


def _assign_areas(
    r: Reader, clause: T.Span, grades: list[tuple[int, int, str]]
) -> dict[int, list[str]]:
    """Each grade mention -> the judgement areas the clause gives it (the nearest grade wins;
    "overall good" or "good overall" gives overall effectiveness alone)."""
    body = r.text[clause.start : clause.end]
    areas = [
        a
        for a in T.areas_in(body, clause.start)
        if not r.in_long_quote(a[0])
        # "the new framework, which no longer gives a single overall grade": no judgement of
        # this council, the framework's want of one
        and not (
            a[2] == "overall"
            and re.search(
                r"\b(?:no|single|without\s+an?|any)\s+$", r.text[max(0, a[0] - 15) : a[0]], re.I
            )
            and re.match(
                r"[\w\s]{0,12}?\b(?:grade|judge?ment|rating)s?\b", r.text[a[0] : a[1] + 16]
            )
            and re.search(
                r"\b(?:no\s+longer|does\s+not|doesn['’]t|without|scrapp\w*|drop\w*|abolish\w*)\b",
                r.text[max(clause.start, a[0] - 60) : a[0]],
                re.I,
            )
        )
        # "Wigan children's services rated 'good' as adoption team wins top marks": the area the
        # subject of a verdict of its own after 'as'
        and not any(
            ge <= a[0]
            and re.fullmatch(r"['’”\"]?\s*,?\s+as\s+(?:its\s+|the\s+)?", r.text[ge : a[0]])
            and re.match(
                r"\s+(?:team|service|services|work)\s+(?:wins?|gets?|earns?|receives?|takes?|scoops?)\b",
                r.text[a[1] : a[1] + 40],
            )
            for _, ge, _ in grades
        )
        # "Leeds children's services rated 'good' as Ofsted hails 'inspirational' leaders": the
        # leaders another verb's object, after the grade, not the graded area
        and not any(
            ge <= a[0]
            and _PRAISED_AFTER.match(r.text, ge, a[0])
            and not T.GRADE_RE.search(r.text, ge, a[0])
            for _, ge, _ in grades
        )
        # "Ofsted praises 'restlessly ambitious' leaders as Hertfordshire children's services
        # rated good": the leaders the object of the verb before, the council's services the
        # subject of the grade after 'as'
        and not any(
            a[1] <= gs
            and _PRAISED_BEFORE.match(r.text, a[1], gs)
            and not T.areas_in(r.text[a[1] : gs])
            for gs, _, _ in grades
        )
    ]
    out: dict[int, list[str]] = {i: [] for i in range(len(grades))}
    pinned = set()
    for i, (gs, ge, _) in enumerate(grades):
        # "good overall and good for leaders": the overall of the grade before is not this one's
        lo = max(clause.start, gs - 12, (grades[i - 1][1] + gs) // 2 if i else clause.start)
        hi = min(
            clause.end, ge + 12, (ge + grades[i + 1][0]) // 2 if i + 1 < len(grades) else clause.end
        )
        near = r.text[lo:hi].lower()
        if re.search(r"\boverall\b", near) and not re.search(r"overall effectiveness", near):
            near_areas = [
                a for a in areas if a[2] != "overall" and (abs(a[0] - ge) < 4 or abs(gs - a[1]) < 4)
            ]
            if not near_areas:
                out[i] = ["overall"]
                # "judged outstanding overall, for the impact of its leaders and for its work
                # with care leavers": the areas listed after it have the grade too
                if not re.match(
                    r"['’”\"]?\s+overall\s*,\s*(?:and\s+|as\s+well\s+as\s+)?(?:also\s+)?for\s",
                    r.text[ge : ge + 40],
                    re.IGNORECASE,
                ):
                    pinned.add(i)
    r.pinned_overall = pinned
    head: tuple[int, str | None] | None = None  # the end and side of the area listed before
    sides: list[str | None] = []
    for a_start, a_end, _area in areas:
        # "a rating for the impact of leaders": the grade before; "leadership was rated": after
        lead = r.text[max(clause.start, a_start - 14) : a_start]
        named = _AREA_NAMED_BY.search(r.text, max(clause.start, a_start - 40), a_start)
        if named and not re.search(
            r"\b(?:was|were|is|are|has|have|had)\b", r.text[a_end : a_end + 14]
        ):
            # "judged good and the experiences and progress of care leavers outstanding": 'of'
            # is the judgement's own name, not the grade's 'for'; what stands before the name
            lead = r.text[max(clause.start, named.start() - 14) : named.start()]
        trail = r.text[a_end : min(clause.end, a_end + 14)]
        side = None
        # "the judgement for children in care has remained outstanding": the area is the
        # subject of the verb after it, not the tail of the grade before
        subject = (
            re.search(
                r"\b(?:judge?ment|rating|grade|score)\s+(?:for|on)\s+(?:the\s+|its\s+)?$",
                r.text[max(clause.start, a_start - 30) : a_start],
                re.IGNORECASE,
            )
            and re.match(
                r"\s+(?:has|have|had|was|were|is|are)\s+(?:also\s+|still\s+)?"
                r"(?:remained|stayed|been|rated|judged|graded)\b|\s+(?:remains|remained|stays|stayed)\b",
                trail,
                re.IGNORECASE,
            )
            is not None
        )
        if subject or _AREA_THEN_GRADE.match(r.text[: clause.end], a_end):
            # ("with help and protection judged outstanding and services for children in care
            # good": the area's grade follows it with no other word between, or only a verb)
            side = "after"
        elif (
            re.search(r"\b(?:for|in|on|across|of)\s+(?:the\s+|its\s+)?$", lead, re.IGNORECASE)
            and not (
                # "the experiences and progress of children who need help and protection had
                # been judged ...": the judgement's own name, the subject of the verb after it
                re.search(r"\b(?:experiences?|progress)\s+of\s+$", lead, re.IGNORECASE)
                and re.match(r"\s+(?:was|were|is|are|has|have|had)\b", trail, re.IGNORECASE)
            )
            # ("inspectors rated the impact of leaders, help and protection, and children in
            # care as good": the judgement's own name, in a list the grade after it ends)
            and not re.search(r"\bimpact\s+of\s+(?:the\s+)?$", lead, re.IGNORECASE)
            and not _contrast_between(r, grades, a_start)
        ):
            side = "before"
        elif (
            head is not None
            and head[1] == "before"
            and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+|its\s+)?", r.text[head[0] : a_start])
        ):
            # "outstanding judgements for leaders, children in care and care leavers and a
            # good grade for help and protection": the list carries its head's side
            side = "before"
        elif (
            re.match(
                # ("judged leaders to be good and the experiences and progress of children in care
                # to be outstanding": the grade after 'to be')
                r"\s+(?:was|were|is|are|as|being|rated|judged|also|has|have|had|both|remains|remained|"
                r"stays|stayed|to\s+be)\b",
                trail,
                re.IGNORECASE,
            )
            or re.match(
                # ("children in care and care leavers, then assessed together, were rated good":
                # an aside between the area and its verb)
                r"\s*,[^,.;:]{1,40},\s*(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+|both\s+|"
                r"all\s+|only\s+)?(?:rated|judged|graded|found)\b",
                r.text[a_end : clause.end],
                re.IGNORECASE,
            )
            or re.match(
                # "rated 'good' as care leavers' support judged outstanding": the area's service,
                # the subject of the verb after it
                r"['’]s?\s+(?:support|services?|work|provision|offer|team)\s+(?:was\s+|were\s+|is\s+|"
                r"are\s+|has\s+been\s+|have\s+been\s+)?(?:also\s+)?(?:rated|judged|graded|found)\b",
                r.text[a_end : min(clause.end, a_end + 40)],
                re.IGNORECASE,
            )
        ):
            side = "after"
        head = (a_end, side)
        sides.append(side)
    for k, (a_start, a_end, _area) in enumerate(areas):
        # "judged outstanding in three of the four areas inspected – leadership, children in
        # care and care leavers – while help and protection was rated good": a list set off by
        # dashes after a grade is that grade's
        if not re.match(r"\s*[–—]\s", r.text[a_end : min(clause.end, a_end + 3)]):
            continue
        before_g = [g for g in grades if g[1] <= a_start]
        if not before_g:
            continue
        opening = r.text.rfind("–", before_g[-1][1], a_start)
        opening = max(opening, r.text.rfind("—", before_g[-1][1], a_start))
        if opening < 0 or not re.fullmatch(
            r"[\s\w,&'’]*", r.text[opening + 1 : a_start], re.IGNORECASE
        ):
            continue
        for j in range(k + 1):
            if areas[j][0] > opening:
                sides[j] = "before"
    for k in range(len(areas) - 2, -1, -1):
        # "help and protection, children in care and care leavers were all rated good": the
        # list takes the side of its last member
        if (
            sides[k] is None
            and sides[k + 1] == "after"
            # ("rated good overall and help and protection was found to ...": the overall of
            # the grade just before)
            and not (areas[k][2] == "overall" and any(0 <= areas[k][0] - g[1] <= 3 for g in grades))
            and re.fullmatch(
                r"\s*(?:,|,?\s*and|&)\s*(?:the\s+|its\s+)?",
                r.text[areas[k][1] : areas[k + 1][0]],
            )
        ):
            sides[k] = "after"
    for (a_start, a_end, area), side in zip(areas, sides, strict=True):
        best, dist = None, None
        for i, (g_start, g_end, _) in enumerate(grades):
            if side == "before" and g_end > a_start and any(g[1] <= a_start for g in grades):
                continue
            if side == "after" and g_start < a_end and any(g[0] >= a_end for g in grades):
                continue
            if a_start >= g_end and _SUBORDINATE.search(r.text[g_end:a_start]):
                # "outstanding less than four years after finding failures in its help and
                # protection": an area of another event's clause
                continue
            if a_start >= g_end and _RATED_AGAIN.search(r.text[g_end:a_start]):
                # "As well as the outstanding grade for care leavers, inspectors rated the impact
                # of leaders, help and protection, and children in care as good": the object of
                # a rating verb after the grade is the grade's after it
                continue
            d = a_start - g_end if a_start >= g_end else g_start - a_end
            if dist is None or d < dist:
                best, dist = i, d
        if best is not None and best not in pinned and area not in out[best]:
            out[best].append(area)
    return out


_NEAR_PREVIOUS = lazyre.compile(
    r"\b(?:previously|formerly|had (?:(?:both|all|each|also|already)\s+)?been|once|out of(?!\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven)\b)|no longer|last (?:rated|time|judged)|which (?:were|was)|"
    r"(?:a|an) (?:similar|earlier|previous|last) inspection|"
    r"when (?:it|they|we|the council|services) (?:was|were)|was (?:previously|then)|removed|lost|shed|sheds|shedding|escaped|"
    # "The overall judgement then was requires improvement": of the time just told
    r"then (?:was|were)|"
    # "it ended a run of good ratings stretching back eight years": the grades it left
    r"end(?:ed|s|ing)? (?:a|its|the) (?:\w+ ){0,2}?(?:run|spell|streak) of|"
    # "brings to an end more than eight years in which the city council was stuck at
    # 'requires improvement'", "ending a decade in which": the grade of the years ended
    r"(?:(?:brings?|brought|bringing) to an end|end(?:ed|s|ing)?) (?:\w+ ){0,3}?(?:years?|decades?)"
    r" (?:in which|during which|when|of being)|"
    # "the long road since the borough was branded inadequate": a grade since left
    r"since (?:the (?:council|borough|county|city|authority|service)|it|they) (?:was|were|had been) "
    r"(?:first )?(?:branded|rated|judged|graded|found|declared|deemed)|"
    r"(?:shak(?:e|es|en|ing)|shook|thr(?:ew|ow|own|owing)|cast(?:s|ing)?)\s+off|emerg(?:e|es|ed|ing)\s+from|"
    r"los(?:e|es|ing)|stripped of|strip(?:s|ping)?\s+\w+\s+of|"
    r"after (?:being|it was|they were|having been)|having (?:previously )?been|years? after|"
    # "after two successive inspections found they required improvement"
    r"(?:after|following) (?:two|three|four|both|\d) (?:successive|consecutive|straight|previous)"
    r" (?:full )?inspections|"
    # "after two consecutive requires improvement ratings", "following two straight 'inadequate'
    # verdicts": the grades before, whatever words name them
    r"(?:after|following) (?:two|three|four|five|six|\d) (?:successive|consecutive|straight)"
    r"(?= ['‘“\"]?$)|"
    # "After two 'requires improvement' judgements in a row": the grades before; "children in
    # care, then rated good, have slipped": the grade of that time
    r"(?:after|following) (?:two|three|four|five|six)(?= ['‘“\"]?$)|(?<=, )then (?:rated|judged|graded)|"
    r"after (?:years|a decade|decades|two|three|four|five|six|seven|eight|nine|ten) (?:of|years of|"
    r"in which|when|years in which|years when))\b[^.;]*$",
    re.IGNORECASE,
)
# words that set a sentence at an earlier time than the latest inspection
_PAST_CONTEXT = lazyre.compile(
    r"\b(?:at|in|during)\s+that\s+(?:time|inspection|point|stage|visit)\b|"
    r"\bat\s+the\s+time\b(?!\s+of\s+(?:the\s+)?(?:this|latest|new|current|writing|publication))|"
    r"\b(?:the|its|their|that)\s+(?:19|20)\d\d\s+(?:\w+\s+)?(?:inspection|report|visit)\b|"
    r"\b(?:years?|months?)\s+ago\b|\bback\s+then\b|\bbefore\s+that\b|"
    r"\bhad\s+(?:(?:both|all|each|also|already|previously)\s+)?(?:been\s+)?"
    r"(?:judged|rated|graded|found|assessed|deemed|described)\b",
    re.IGNORECASE,
)
# "three years before that, when ...", "a decade earlier, when ...": a grade counted back
_BEFORE_THAT = lazyre.compile(
    rf"\b(?P<n>{T.NUMBER}|a)\s+(?P<u>years?|months?)\s+(?:before(?:\s+(?:that|then))?|earlier|"
    r"previously|prior)\s*,?\s*(?:and\s+)?$",
    re.IGNORECASE,
)
# "improved to good", "has risen to outstanding", "fell to requires improvement": a move to
# the grade named, from a worse (a better) one
# the move from a grade told after it: "a step down from the", "up from", "an improvement
# on its", "have moved up a grade, having been judged"
_MOVE_FROM = lazyre.compile(
    r"\b(?:(?:an?\s+(?:(?:big|major|significant|further|sharp|marked|welcome)\s+)?(?:(?P<down>"
    r"step\s+(?:down|back(?:wards?)?)|fall|drop|decline|slide|downgrade)|(?P<up>step\s+(?:up|"
    r"forward)|rise|climb|improvement|upgrade))|(?P<down2>down)|(?P<up2>up))\s+(?:from|on)\s+"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?['‘’\"]?"
    r"|\b(?:(?P<upv>moved\s+up|gone\s+up|went\s+up|climbed|risen|rose|improved)|(?:moved\s+down|"
    r"gone\s+down|went\s+down|fallen|fell|slipped|dropped|declined))\s+(?:by\s+)?(?:a|one|two|"
    r"three)\s+grades?,?\s+(?:having\s+(?:previously\s+)?been|after\s+being)\s+(?:\w+\s+){0,3}?)$",
    re.IGNORECASE,
)
_MOVED_TO = lazyre.compile(
    r"\b(?:(?P<up>improv(?:ed|es|ing)|r(?:o|i)se[ns]?|climb(?:ed|s|ing)|mov(?:ed|es|ing) up|lifted|"
    r"upgraded|went up|gone up|been upgraded)|(?P<down>fell|fallen|falls|dropp(?:ed|ing)|drops|"
    r"slipp(?:ed|ing)|slips|declin(?:ed|ing)|deteriorat(?:ed|ing)|downgraded|slump(?:ed|s)|"
    r"went down|gone down))\s+(?:back\s+)?to\s+(?:be\s+|being\s+)?(?:an?\s+)?['‘“\"]?$",
    re.IGNORECASE,
)
_FROM_DATE = lazyre.compile(
    r"\b(?:grades?|levels?|notch(?:es)?|jump|rise|leap|climb|step up|up|down|fall|drop|"
    r"improvement|increase|move)\s+(?:since|from)\s+(?:in\s+|its\s+|the\s+)?$",
    re.IGNORECASE,
)
# "a step up from the council's last full inspection in 2019": the inspection a move is from
_FROM_INSPECTION = lazyre.compile(
    r"\b(?:grades?|levels?|notch(?:es)?|jump|rise|leap|climb|step\s+(?:up|down)|up|down|fall|"
    r"drop|improvement|increase|move|decline|change)\s+(?:since|from|on)\s+(?:the\s+|its\s+|"
    r"their\s+)?(?:[\w’']+\s+){0,2}?(?:(?:last|previous|prior|earlier|first|full|Ofsted|ILACS|"
    r"SIF|overall)\s+)*(?:inspections?|reports?|visits?|verdicts?|assessments?|grades?|ratings?|"
    r"judge?ments?)\b[^.;:]*?$",
    re.IGNORECASE,
)
# "had declined since 2018, when it was rated ...": a move from the grade of that year to now
_SINCE_MOVE = lazyre.compile(
    r"\b(?:(?P<up>improv(?:ed|ing)|got better|strengthened|progressed)|(?P<down>declin(?:ed|ing)|"
    r"deteriorat(?:ed|ing)|worsened|got worse|slipped|weakened))['’”\"]?\s+(?:\w+\s+){0,2}?since\s+"
    r"(?:(?:the|its|their)\s+(?:last|previous)\s+(?:full\s+)?inspection\s+)?(?:in\s+)?$",
    re.IGNORECASE,
)
# "In 2017, Ofsted found ...", "Back in March 2019, ...": a date that opens a sentence
_OPENING_DATE = lazyre.compile(
    r"\s*(?:(?:back|and|but|then)\s+)?(?:in|by|during)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d\s*,"
    # "The 2017 re-inspection noted ... and rated ...": the inspection the sentence opens on
    r"|\s*(?:the|its|their)\s+(?:19|20)\d\d\s+(?:full\s+|standard\s+|short\s+)?(?:re-?)?"
    r"(?:inspection|report)\b",
    re.IGNORECASE,
)
_SINCE = lazyre.compile(
    r"\b(?:since|last inspect\w*|previous(?:ly)? inspect\w*|prior|before|ago|earlier)\b",
    re.IGNORECASE,
)


# "since Ofsted began grading care leavers separately in 2023": when a way of grading began, no
# inspection's date
_SINCE_GRADING = lazyre.compile(
    r"\bsince\s+(?:Ofsted|inspectors|the\s+(?:watchdog|inspectorate|regulator))\s+(?:first\s+)?"
    r"(?:began|started)\s+(?:grading|judging|rating|assessing|inspecting)\b[^.;]{0,45}\s+in\s+$",
    re.IGNORECASE,
)
# "since the first were published in June", "when the first reports under it came out in
# June": the date of the first of many reports (a framework's), not of this council's
_FIRST_OF_MANY = lazyre.compile(
    r"\bthe\s+first\s+(?:(?:two|three|few|handful\s+of\s+)?(?:reports|inspections|visits|ones|"
    r"letters|judgements|findings)\b[^.;,]{0,40}?|of\s+(?:them|these|those)\s+)?(?:were|was|had\s+been)"
    r"\s+(?:publish\w*|released|issued|carried\s+out|done|made\s+public)\s+(?:in|on|from)\s+"
    r"(?:early\s+|late\s+|mid-?)?$|\bthe\s+first\s+(?:reports|inspections|ones)\b[^.;,]{0,40}?"
    r"\b(?:came\s+out|appeared|took\s+place)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)
# the words of another kind of visit than a full inspection, or of a thing ilacs may not hold
_OTHER_VISIT_WORDS = lazyre.compile(
    r"\b(?:monitoring|focused|JTAI|joint|targeted|SEND|letters?|improvement\s+board|commissioner|"
    r"peer|reviews?|audit|self-?evaluation|annual\s+conversation|consultation|pilot|framework|"
    r"regime|introduced|launched|brought\s+in)\b",
    re.IGNORECASE,
)
_FRAMEWORK_DATE = lazyre.compile(
    r"\b(?:framework|regime|system|inspections?|approach)\b[^.;]{0,40}\b(?:introduced|launched|brought in|"
    r"came into (?:force|effect)|began|updated|revised|changed|overhauled|in force)\s+(?:in\s+|on\s+|from\s+)?$|"
    # "under the inspection regime Ofsted used until 2018": the year it ended
    r"\b(?:framework|regime|system)\b[^.;]{0,40}\b(?:used|in\s+use|in\s+place|ran|operated|"
    r"applied|replaced)\s+(?:until|till|up\s+to|in)\s+$|"
    # "under both the 2018 and 2023 versions of the framework": the frameworks' years
    # (not "rated inadequate in both 2014 and 2016": two inspections' years)
    r"\bunder\s+both\s+(?:the\s+)?(?:(?:19|20)\d\d\s+and\s+(?:the\s+)?)?$|"
    + _SINCE_GRADING.pattern,
    re.IGNORECASE,
)


# "a council created just over a year ago": the council's birth, not an inspection's date
_BIRTH_DATE = lazyre.compile(
    r"\b(?:created|formed|set up|established|founded|launched|came into (?:being|existence)|"
    r"took over|born|merged|abolished|replaced)\s+(?:(?:just|only|some|about|around|almost|nearly|"
    r"over|more than|less than|under)\s+)*(?:in\s+|on\s+)?$|"
    # "one of two unitary councils that replaced Cumbria County Council in April 2023"
    r"\b(?:replaced|replacing|succeeded|took over from|abolition of)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,4}"
    # ("since it replaced Cumbria County Council last year")
    r"(?:County\s+|District\s+)?(?:Council|council)s?\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)
# "one of two unitary councils that replaced Cumbria County Council in April 2023": the day the
# council named was replaced, not an inspection's
# "since it was created in 2019": the day a council (or a company) was made, told in the
# passive, which dates no inspection
_MADE_IN = lazyre.compile(
    r"\b(?:was|were|been)\s+(?:(?:first|formally|officially)\s+)?(?:created|formed|set\s+up|"
    r"established|founded|abolished)\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)
_BIRTH_OF = lazyre.compile(
    r"\b(?:councils?|authorit(?:y|ies)|unitar(?:y|ies))\b[^.;:()]{0,30}?\b"
    r"(?P<ev>replaced|succeeded|superseded|took\s+over\s+from)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’&-]*\s+){1,5}(?:on\s+|in\s+)$",
    re.IGNORECASE,
)
# "children's services at the former county council": a council before this one, whose grades
# ilacs files under another name (or not at all)
_PREDECESSOR = lazyre.compile(
    r"\b(?:former|predecessor|previous|old|defunct|abolished)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}?"
    r"(?:county\s+|district\s+|unitary\s+)?"
    r"(?:council|authority|local authority)\b(?!\s+(?:leader|leadership|administration|cabinet|chief))",
    re.IGNORECASE,
)


_SOME_COUNCILS = lazyre.compile(
    rf"\b(?:{T.NUMBER}|several|other|more|some)\s+(?:more\s+|other\s+|further\s+)?"
    r"(?:councils|boroughs|authorities|local authorities|LAs|counties)\b",
    re.IGNORECASE,
)


_TIMES = lazyre.compile(
    rf"\b(?:(?P<twice>twice)|(?P<n>two|three|four)\s+times|for\s+(?:the|a)\s+(?P<o>{T.ORDINAL})\s+time)\b"
    r"(?!\s+(?:in\s+a\s+row|running|in\s+succession))",
    re.IGNORECASE,
)


def _times(near: str) -> int | None:
    """'twice judged inadequate', 'inadequate for the second time': the number of
    inspections that gave the grade (None when the words do not say)."""
    m = _TIMES.search(near)
    if m is None or re.search(r"\b(?:consecutive|successive|straight)\b", near, re.IGNORECASE):
        return None
    n = 2 if m.group("twice") else T.number(m.group("n") or m.group("o"))
    return n if n and n > 1 else None


_EXCEPT = lazyre.compile(
    r"\b(?:except(?:\s+for)?|apart from|other than|save for|with the exception of|excluding|"
    r"bar(?=\s+(?:the|its|one|two|adoption|care|children|help|leader))|"
    # "inadequate in four of the five areas, with only adoption escaping the lowest grade"
    r"(?:with|leaving)\s+only\s+(?=(?:[\w'’,]+\s+){1,8}?(?:escap\w+|avoid\w+|spared|not\s+(?:rated|judged)"
    # ("judged to require improvement across the board, with only adoption rated good")
    r"|(?:was|were)\s+not|(?:rated|judged|graded|deemed)\s+(?:as\s+)?[‘'“\"]?(?:outstanding|good|"
    r"inadequate|requir\w+\s+improvement)\b)\b))\b",
    re.IGNORECASE,
)


def _of_an_area(r: Reader, sentence: T.Span, at: int, cue: str) -> bool:
    """Whether the cue 'which was' at `at` opens a clause about the judgement named just before
    it ("the council's work with young people leaving care, which was rated good"), not about
    an earlier inspection ("since the previous inspection, which was ...")."""
    if not re.match(r"which\b", cue, re.IGNORECASE):
        return False
    lead = r.text[max(sentence.start, at - 80) : at]
    found = T.areas_in(lead)
    return bool(found) and not lead[found[-1][1] :].strip(" ,'’s")


_INSPECTION_AFTER_DATE = lazyre.compile(
    r"\b(?:since|than|from|after|at|before)\s+(?:the|its|their)\s+(?:last|previous|prior|earlier)"
    r"\s+(?:full\s+|Ofsted\s+|ILACS\s+|SIF\s+)*(?:inspection|visit|report)\b",
    re.IGNORECASE,
)


def _told_now_before(r: Reader, sentence: T.Span, urns: list[int]) -> bool:
    """Whether the sentence right before `sentence` (same paragraph) is a grade claim of the
    same council(s) telling areas of the latest report: grades, no earlier time."""
    prev = [x for x in r.sentence_spans if x.end <= sentence.start]
    if not prev or "\n" in r.text[prev[-1].end : sentence.start]:
        return False
    told = [
        x
        for x in r.claims
        if x.type in (Kind.GRADE, Kind.TREND)
        and x.facts.get("grades")
        and prev[-1].start <= x.start < prev[-1].end
    ]
    return bool(told) and all(
        set(x.urns) == set(urns) and _tells_latest(r, x, prev[-1].start) for x in told
    )


def _tells_latest(r: Reader, x: Claim, lo: int, hi: int | None = None) -> bool:
    """Whether each grade of claim `x` is of the latest report: no time told with it, and no
    word of an earlier one from `lo` to the grade (or to `hi`)."""
    return all(
        isinstance(it, dict)
        and it.get("role") == "current"
        and it.get("areas")
        and not it.get("whens")
        and not it.get("past_context")
        # ("At the last inspection in 2019, leaders were judged good": an earlier time)
        and not re.search(
            r"\b(?:last|previous\w*|prior|earlier|former\w*|then|had|(?:19|20)\d\d)\b",
            r.text[lo : hi if hi is not None else it.get("pos", x.start)],
            re.IGNORECASE,
        )
        for it in x.facts.get("grades") or [0]
    )


def _told_now_then_but(r: Reader, sentence: T.Span, clause: T.Span, urns: list[int]) -> bool:
    """Whether a clause that opens on 'although', 'but' or 'while' follows, in its sentence, a
    grade claim of its council telling the latest report ("Dorset Council was rated outstanding
    overall, although Dorset's services for care leavers were judged good"): the same telling,
    not an earlier inspection."""
    if not re.match(
        r"[\s,;–—-]*(?:although|though|while|whilst|whereas|but)\b",
        r.text[clause.start : clause.end],
        re.IGNORECASE,
    ):
        return False
    told = [
        x
        for x in r.claims
        if x.type == Kind.GRADE
        and x.facts.get("grades")
        and sentence.start <= x.start
        and x.end <= clause.start
    ]
    return bool(told) and all(
        set(urns) <= set(x.urns) and _tells_latest(r, x, sentence.start, clause.start) for x in told
    )


def _told_just_before(r: Any, start: int, clause_start: int) -> list[Claim]:
    """The grade and trend claims of the sentence from `start` that end where the clause at
    `clause_start` begins, each with its grades read one by one (the clause that a 'but said'
    or 'and found' after them continues)."""
    return [
        x
        for x in r.claims
        if x.type in (Kind.GRADE, Kind.TREND)
        and start <= x.start
        and x.end <= clause_start + 1
        and not r.text[x.end : clause_start].strip(" ,;")
        and x.facts.get("grades")
        and all(isinstance(it, dict) for it in x.facts["grades"])
    ]


# A time a narrative sets for what follows it in the paragraph: "In 2015, inspectors judged
# ...", "By the autumn of 2021 the picture had changed. A two-week inspection ... rated the
# council good overall", "It is a long way from 2017. That summer inspectors ... concluded
# ...", "Three years later, under Ofsted's new ILACS framework, the council moved up to good"
_SCENE_OPEN = lazyre.compile(
    r"\W*(?:(?:back|and|but|then|so)\s+)?(?:in|by|during|until)\s+"
    r"(?:the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|close|turn)\s+of\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{T.MONTH}\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]|\s+(?:framework|inspection framework)\b)",
    re.IGNORECASE,
)
# "When inspectors returned in September 2019, Durham was again rated ...": the year of the
# visit the sentence opens with
_SCENE_WHEN_OPEN = lazyre.compile(
    r"\W*(?:when|after)\s+(?:the\s+)?(?:inspectors|Ofsted|the\s+(?:watchdog|regulator))\s+"
    r"(?:next\s+)?(?:returned|visited|came\s+back|went\s+back|inspected(?:\s+\w+)?)\s+"
    r"(?:(?:the\s+\w+|to\s+\w+(?:\s+\w+)?)\s+)?(?:in|during)\s+"
    rf"(?:(?:early|late|mid-?)\s*)?(?:{T.MONTH}\s+)?(?P<y>(?:19|20)\d\d)\b,?",
    re.IGNORECASE,
)
# A sentence whose subject is the report or inspection of a year: "That 2017 report, which
# followed a month-long inspection in November and December 2016, found ...", "Ofsted's 2014
# inspection rated the city inadequate", "At its 2016 inspection, leaders were judged ...": the
# year it names, for what follows in the sentence and the paragraph
_SCENE_SUBJECT = lazyre.compile(
    r"\W*(?:(?:and|but|then|so|back)\s+)?(?:(?:at|in|during|under)\s+)?"
    r"(?:that|the|its|their|Ofsted['’]s|the\s+(?:council|borough|county|city|authority)['’]s|"
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s?)\s+"
    r"(?:(?:full|previous|earlier|first|standard|Ofsted)\s+)?(?P<y>(?:19|20)\d\d)\s+"
    r"(?:(?:full|Ofsted|ILACS|SIF|single|standard|short|graded)\s+)?"
    r"(?:inspection|re-inspection|report|verdict|assessment|judge?ments?|ratings?)\b"
    r"(?!\s+(?:framework|regime|system)\b)",
    re.IGNORECASE,
)
# "It is a long way from spring 2015. Then, after a four-week inspection ..., inspectors
# concluded ...": 'then' at the time the sentence before named (one that gave no grade itself)
_SCENE_THEN = lazyre.compile(r"\W*(?:back\s+)?then\s*,", re.IGNORECASE)
_SCENE_THAT_IN = lazyre.compile(
    rf"\b(?:that|the\s+same)\s+(?:(?:{T.MONTH_NAME}|spring|summer|autumn|winter)\b|"
    r"year\b(?!s))",
    re.IGNORECASE,
)
_SCENE_THAT = lazyre.compile(
    r"\W*(?:that|the\s+same)\s+(?:spring|summer|autumn|winter|year|month|time|report|"
    r"inspection|(?:Ofsted\s+)?verdict)\b",
    re.IGNORECASE,
)
_SCENE_LATER = lazyre.compile(
    rf"\W*(?P<n>{T.NUMBER}|\d+|a)\s+years?\s+(?:later|on)\b\s*,?", re.IGNORECASE
)
# words that leave the time set before: the present, or a time of its own after it
_SCENE_LEFT = lazyre.compile(
    r"\b(?:now|currently|current|today|latest|newest|this\s+(?:time|year|week|month)|most\s+"
    r"recent|recent(?:ly)?|since|subsequent\w*|next|afterwards|later|earlier|previous(?:ly)?|"
    r"before|last|ago|is|are|has|have|remains?|still\s+(?:is|are|has|have))\b",
    re.IGNORECASE,
)
# words of a later time than one a sentence before set: "In 2022, Doncaster was rated requires
# improvement. Inspectors found leadership had improved and rated the council good."
_SCENE_MOVED_ON = lazyre.compile(
    r"\b(?:improved|improving|again|regain\w*|returned|climbed|rose|recovered)\b", re.IGNORECASE
)


# A year heading over a section of a history: "2017: A turnaround", "2022: the step up",
# "2014 - Inadequate" (a short line of its own that opens with the year)
_SCENE_HEADING = lazyre.compile(r"\s*(?P<y>(?:19|20)\d\d)\s*(?:[:\-–—]\s*\S[^\n]{0,60})?\s*$")
# A sentence that tells of one inspection in a year, what the sentences after it in the
# paragraph go on to tell: "When inspectors returned in February 2017, they found ...", "A
# re-inspection in the autumn of 2016 found things had moved", "The break came with the
# inspection of December 2018, published in February 2019", "When Ofsted inspectors spent three
# weeks in Devon in February and March 2015, they concluded ..."
_SCENE_EVENT = lazyre.compile(
    r"\b(?:re-?inspect\w*|inspect(?:ion|ors?|ed)|Ofsted\s+(?:returned|came\s+back|went\s+back)|"
    # "When Ofsted published its verdict on Croydon's children's services in September 2017,
    # the language was bleak": the report of that year
    r"(?:Ofsted|the\s+(?:inspectorate|watchdog|regulator))\s+(?:published|issued|delivered|"
    r"gave|handed\s+down|released)\s+(?:its\s+|a\s+|the\s+)?(?:\w+\s+)?(?:verdict|report|"
    r"judge?ment|findings|assessment)|"
    # "In a report published in November 2015, ...": the report of that year
    r"(?:a|an|its|the|their)\s+(?:\w+\s+)?report,?\s+(?:was\s+)?(?:published|issued|released))\b"
    r"[^.;!?]{0,60}?\b(?:in|of|during)\s+"
    r"(?:the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{T.MONTH}\s+(?:and\s+{T.MONTH}\s+)?)?(?P<y>(?:19|20)\d\d)\b"
    r"(?!\s*[-–/]|\s+(?:framework|inspection\s+framework)\b)",
    re.IGNORECASE,
)
# A sentence that tells of the visit by a month alone, no year in it: "Inspectors, who visited
# Liverpool from 11 to 22 May, judged ...", "Ofsted inspected the council in March", "The
# inspection, between 26 January and 3 February, found ...": the latest such month by the
# article's day (its year the scene of the grades after it in the paragraph)
_SCENE_EVENT_MONTH = lazyre.compile(
    r"\b(?:re-?inspect\w*|inspect(?:ion|ors?|ed)|Ofsted\s+(?:visited|returned))\b"
    r"[^.;!?]{0,60}?\b(?:in|during|from|between|on)\s+"
    r"(?:(?:early|late|mid-?)\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:to|and|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+)?)?"
    rf"(?P<m>{T.MONTH})",
    re.IGNORECASE,
)
# words of a sentence that tell of no past inspection: the present, or a visit that gives no
# grade
_SCENE_EVENT_NOT = lazyre.compile(
    r"\b(?:now|currently|today|latest|most\s+recent|next|will|due|expected|monitoring|focused|"
    r"JTAI|joint\s+targeted|framework|since)\b",
    re.IGNORECASE,
)


# words of a sentence that leave a narrative's past behind (across a paragraph's break)
_SCENE_LEFT_ACROSS = lazyre.compile(
    r"\b(?:now|currently|today|latest|newest|new|this\s+(?:time|year|week|month)|most\s+recent|"
    r"recent(?:ly)?|last\s+(?:week|month)|since|is|are|has|have)\b",
    re.IGNORECASE,
)
# "under its then-new single inspection framework": the framework an inspection was under
_UNDER_FRAMEWORK = lazyre.compile(
    r"\b(?:under|using)\s+(?:its|the|Ofsted['’]s)\s+(?:[\w-]+\s+){0,4}"
    r"(?:inspection\s+)?framework\b",
    re.IGNORECASE,
)


# a move out of a grade, up to the grade word ("lifted the council out of", "climbed out of an")
_OUT_OF = lazyre.compile(
    r"\b(?:lift|climb|clamber|mov|came|come|brought|bring|pull|haul|crawl|"
    r"got|get|rais|emerg|step|took|taken)\w*\s+(?:\w+\s+){0,3}?out\s+of\s+"
    r"(?:the\s+|its\s+|an?\s+)?['‘\"“]?$",
    re.IGNORECASE,
)
_OPENING_WHEN = lazyre.compile(
    r"\W*(?:(?:and|but|so)\s+)?(?:when|after|once|as|at|in|by)\b[^,;]*,", re.IGNORECASE
)


def _opening_when_year(r: Reader, sentence: T.Span, pos: int) -> int | None:
    """The year of a time clause that opens the sentence, before the words at `pos` and with
    no other comma between ("When inspectors returned in November 2021, Wakefield jumped two
    grades"), or None."""
    lead = r.text[sentence.start : pos]
    m = _OPENING_WHEN.match(lead)
    if m is None or re.search(r"[,;:–—]", lead[m.end() :]) or re.search(r"\bsince\b", lead, re.I):
        return None
    years = {w.first.year for w in T.dates(m.group(0), r.as_of) if w.first.year == w.last.year}
    return years.pop() if len(years) == 1 else None


def _in_event_aside(r: Reader, w: T.When, lo: int, gs: int) -> bool:
    """'help and protection, the area that sank the council two years ago, improved to requires
    improvement': whether a time sits in an aside of its own event between commas, before the
    grade at `gs` (no grade in the aside)."""
    if w.end > gs:
        return False
    comma_a = r.text.rfind(",", lo, w.start)
    comma_b = r.text.find(",", w.end, gs)
    return (
        comma_a >= 0
        and comma_b >= 0
        and re.match(
            r",\s*(?:the\s+[\w-]+\s+(?:that|which|where)|which|who|that)\b",
            r.text[comma_a:comma_b],
            re.IGNORECASE,
        )
        is not None
        and not T.GRADE_RE.search(r.text, comma_a, comma_b)
    )


# how a council came to be: "which was created as a unitary authority in 2019"
_MADE = lazyre.compile(
    r"\b(?:created|formed|established|set\s+up|founded|merged|abolished|reorganised|"
    r"became\s+a\s+unitary)\b",
    re.IGNORECASE,
)
_NOW_GRADED = lazyre.compile(
    r"\b(?:has|have)\s+(?:now\s+)?been\s+(?:rated|judged|graded|found\s+to\s+be)\s+"
    rf"['‘\"“]?(?:{T.GRADE_WORDS})\b",
    re.IGNORECASE,
)
_ASIDE_EVENT = lazyre.compile(
    r",\s*(?:the\s+[\w-]+\s+(?:that|which|where)|which|who)\b[^,;.]*?,(?=[^,;.]*$)",
    re.IGNORECASE,
)


def _that_move_year(r: Reader, sentence: T.Span, clause: T.Span) -> int | None:
    """'Barnsley was rated good for the first time in 2018. That was a one-grade jump overall':
    a move that points back to the grade the sentence before told, of the one year it names."""
    if not re.match(
        r"\W*(?:That|This)\s+(?:was|marked|represented|meant)\b",
        r.text[sentence.start : clause.end],
    ):
        return None
    prev = [x for x in r.sentence_spans if x.end <= sentence.start][-1:]
    if not prev or re.search(r"\bsince\b", r.text[prev[0].start : prev[0].end], re.I):
        return None  # ("... since the 2022 inspection. It is a leap of two grades": from then)
    years = set(re.findall(r"\b((?:19|20)\d\d)\b", r.text[prev[0].start : prev[0].end]))
    return int(years.pop()) if len(years) == 1 else None


def _scene_year(r: Reader, sentence: T.Span, clause: T.Span, across: bool = False) -> int | None:
    """The year the narrative before a clause sets it in, within its paragraph: a sentence
    that opens with a year ("In 2015, ...", "By the autumn of 2021 ..."), "That summer" after
    a sentence naming one year, "Three years later," counted on from the year set before (the
    paragraph before too). None when a sentence between names another time, or the clause
    speaks of now ("is", "has been", "now", "since"). With `across`, the year the paragraph
    before ended in runs on into this one ("Inspectors, who spent four weeks in the authority
    in November and December 2016, rated the council inadequate overall. / Help and protection
    and leadership were both judged inadequate"), until a sentence of now or of another time:
    a reading the record may settle, never one to contradict by."""
    year: int | None = None
    carry: int | None = None
    last_seen: int | None = None
    heading: int | None = None  # the year of the section heading above
    fresh = False  # the sentence before was a year's heading
    event = False  # the year set by a sentence telling of an inspection then
    prev_start = prev_end = 0
    prev_seg: str | None = None  # the sentence before, in the same paragraph
    para_at = r.text.rfind("\n", 0, sentence.start)  # where the clause's paragraph begins
    for s in r.sentence_spans:
        if s.start > sentence.start:
            break
        if (
            across
            and para_at < s.start < sentence.start
            and _SCENE_LEFT_ACROSS.search(r.text, s.start, s.end)
        ):
            # (a sentence of now between: "This week's report tells a different story")
            year = None
        prev_seg = r.text[prev_start:prev_end] if prev_end else None
        if "\n" in r.text[prev_end : s.start]:
            if across and heading is None and s.start > para_at:
                # (the clause's paragraph: the year the one before ended in runs on)
                carry, prev_seg = year, None
            else:
                carry, year, last_seen, event = year, heading, None, heading is not None
                prev_seg = None
        prev_start, prev_end = s.start, s.end
        line_start = r.text.rfind("\n", 0, s.start) + 1
        line_end = r.text.find("\n", s.end)
        line_end = len(r.text) if line_end < 0 else line_end
        if (
            s.start != sentence.start
            and line_start == s.start
            and (h := _SCENE_HEADING.match(r.text, line_start, line_end))
        ):
            # "2017: A turnaround": the year of the section that follows
            heading = year = int(h.group("y"))
            carry, last_seen, event = None, None, True
            fresh = True
            continue
        # (the first sentence under a year's heading: "2018: Off the bottom / Three years later,
        # inspectors ...": the heading tells the year "later" counts to)
        under_heading, fresh = fresh, False
        # (the clause's own sentence: its opening may be the clause's, its years before it)
        end = max(clause.start, s.start + 40) if s.start == sentence.start else s.end
        seg = r.text[s.start : end]
        rest_at = 0
        ev = (
            _SCENE_EVENT.search(seg)
            if s.start != sentence.start
            # ("When Ofsted returned in the autumn of 2014, under its then-new single inspection
            # framework, it found ...": the framework the inspection was under)
            and not _SCENE_EVENT_NOT.search(_UNDER_FRAMEWORK.sub(" ", seg))
            else None
        )
        if (
            ev
            # (the sentence's own subject, not "the same judgement as at the previous inspection
            # in 2019" told within it)
            and ev.start() <= 50
            and not re.search(
                r"\b(?:previous|last|earlier|prior|former|first|next)\s+(?:full\s+)?$",
                seg[: ev.start()],
                re.IGNORECASE,
            )
            and len({int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", seg)} - {int(ev.group("y"))})
            <= (1 if re.search(r"\bpublished\b", seg, re.I) else 0)
        ):
            # "When inspectors returned in February 2017, they found services had improved.
            # The overall grade rose one step to requires improvement": the inspection then
            year, last_seen = int(ev.group("y")), int(ev.group("y"))
            event = not T.GRADE_RE.search(seg)
            continue
        evm = (
            _SCENE_EVENT_MONTH.search(seg)
            if s.start != sentence.start
            and year is None
            and last_seen is None
            and not _SCENE_EVENT_NOT.search(seg)
            and not re.search(r"\b(?:19|20)\d\d\b", seg)
            else None
        )
        if (
            evm
            and evm.start() <= 50
            and (month := T.MONTHS.get(evm.group("m").lower().rstrip(".")))
        ):
            # "Inspectors, who visited Liverpool from 11 to 22 May, judged the impact of
            # leaders good. Care leavers' experiences were rated requires improvement": the
            # inspection of the latest such month by the article's day
            year = r.as_of.year - (1 if month > r.as_of.month else 0)
            last_seen = year
            event = not T.GRADE_RE.search(seg)
            continue
        m = _SCENE_OPEN.match(seg) or _SCENE_WHEN_OPEN.match(seg) or _SCENE_SUBJECT.match(seg)
        if m and re.search(
            r"\b(?:introduc\w*|launch\w*|brought\s+in|came\s+into\s+(?:force|effect)|began|begun)\b",
            r.text[s.start : s.end],
            re.IGNORECASE,
        ):
            # "In 2023, Ofsted introduced a new framework": the year of a framework, no
            # inspection's
            year, last_seen, rest_at = None, None, m.end()
        elif m:
            year, rest_at, event = int(m.group("y")), m.end(), False
        elif (m := _SCENE_LATER.match(seg)) and (year or carry):
            base = year or carry
            n = 1 if m.group("n").lower() == "a" else T.number(m.group("n"))
            year = base + n if base and n else None
            if under_heading and heading is not None:
                year = heading
            rest_at = m.end()
            # "A year later, in March 2020, inspectors returned": the year it names itself
            own = re.match(
                rf"\s*,?\s*(?:in|by|during)\s+(?:{T.MONTH}\s+)?(?P<y>(?:19|20)\d\d)\b",
                seg[rest_at:],
                re.IGNORECASE,
            )
            if own:
                year = int(own.group("y"))
        elif (m := _SCENE_THAT.match(seg)) and last_seen:
            year, rest_at = last_seen, m.end()
        elif (
            (m := _SCENE_THEN.match(seg))
            and last_seen
            and year is None
            and prev_seg is not None
            and not T.GRADE_RE.search(prev_seg)
        ):
            year, rest_at = last_seen, m.end()
        elif (
            last_seen
            and year is None
            and prev_seg is not None
            and not T.GRADE_RE.search(prev_seg)
            and (m := _SCENE_THAT_IN.search(r.text[s.start : min(s.end, s.start + 70)]))
        ):
            # "It is a very different picture from 2016. After a month-long inspection that
            # February and March, Ofsted rated Durham requires improvement": the time the
            # sentence before named
            year, rest_at = last_seen, m.end()
        if s.start == sentence.start:
            seg = r.text[s.start : max(clause.start, s.start + rest_at)]
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", seg[rest_at:])}
        if years:
            last_seen = max(years)
            if year is not None and max(years) > year:
                # (a later time: "In 2015 ... In 2018 ..."; an earlier one is told within it,
                # "..., crediting the programme launched in September 2018")
                year = None
        if s.start == sentence.start:
            if year is None or _SCENE_LEFT.search(r.text[s.start + rest_at : clause.end]):
                return None
            if not rest_at and not event and _SCENE_MOVED_ON.search(r.text[s.start : clause.end]):
                return None
            return year
    return None


_ASIDE_TO = lazyre.compile(r"\s*,\s*(?:whose|which|who)\b[^,.;:()]*")


def _aside_owners(r: Reader, sentence: T.Span, at: int) -> set[int]:
    """The councils whose relative clause, in `sentence`, runs on to `at` ("Kent, whose own
    outstanding report came out in | early July"): a time there is theirs alone."""
    return {
        m.la.urn
        for m in r.mentions
        if m.la.urn and sentence.start <= m.end <= at and _ASIDE_TO.fullmatch(r.text, m.end, at)
    }


_RANK_TEST_BEFORE = lazyre.compile(
    r"\b(?:first|second|third|fourth|fifth|only)\s+(?:[\w'’-]+\s+){0,12}?to\s+(?:receive|be\s+"
    r"(?:rated|judged|given|awarded)|get|gain|achieve|win|earn|have)\b",
    re.IGNORECASE,
)
_ONE_OF_THEM = lazyre.compile(
    r"\b(?:only\s+|just\s+)?(?:one|two|three|none|neither)\s+of\s+(?:them|those|these|the\s+"
    r"(?:two|three|four|five|six|pair|trio))\b"
    # (not "two of the five areas inspected": judgements counted)
    r"(?!\s+(?:key\s+|main\s+)?(?:areas?|judge?ments?|categor(?:y|ies)|aspects?|grades?)\b)",
    re.IGNORECASE,
)
_EVERY_OTHER = lazyre.compile(
    r"\b(?:every|all|each|the)\s+other\s+(?:two\s+|three\s+|four\s+)?(?:areas?|judge?ments?|"
    r"categor(?:y|ies)|aspects?)\b",
    re.IGNORECASE,
)


def _grade_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    grades = _grade_mentions(r, clause)
    if not grades:
        return
    body = r.text[clause.start : clause.end]
    ranked = _RANK_TEST_BEFORE.search(body[: grades[0][0] - clause.start])
    if ranked and re.match(r"\W*(?:while|whereas|and|but)\s", body, re.I):
        # "..., while finding that ..., an unusual split that makes the West Yorkshire authority
        # the first under the 2023 framework to receive an outstanding grade for children in
        # care alongside a requires improvement grade for care leavers": the rank's test, not a
        # grade of its own
        return
    if _ONE_OF_THEM.search(body[: grades[0][0] - clause.start]) or re.match(
        rf"\W*(?:one|two|three|four|five|\d+)\s+['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s*,", body, re.I
    ):
        # "only one of them has come out with a good rating", "One good, one slipping, two
        # failing": a count among councils the article names, not a grade of one
        return
    if re.match(
        r"\W*(?:(?:but|though|although|while|and|yet)\s+)?(?:(?:leaving|meaning)\s+)?(?:none|no\s+"
        r"(?:other\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:council|authority|local\s+authority|borough|county)s?)"
        r"\s+(?:in|of|across|within)\b",
        body,
        re.IGNORECASE,
    ):
        # "though none in the city region holds the top outstanding grade": no council's
        # grade, a count of councils (none)
        return
    if re.search(
        rf"\b(?:has|have|had|with|is|are|there\s+(?:is|are))\s+(?:still\s+)?(?:no|not\s+a\s+single)\s+"
        rf"['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s+(?:councils?|authorit(?:y|ies)|local\s+authorit(?:y|ies)|"
        r"boroughs?|count(?:y|ies))\b",
        body,
        re.IGNORECASE,
    ):
        # "but the North West still has no outstanding council": a count of councils (none),
        # not a grade of the council the article is about
        return
    if re.match(
        rf"\W*(?:with|while|whereas)\s+(?:\d+|{T.NUMBER})\s+(?:(?:more|others?)\s+)?(?:now\s+)?"
        # ("..., with 13 holding the top grade")
        r"(?:requiring|rated|judged|graded|deemed|needing|in\s+need|still\s+requiring|holding|"
        r"having|now\s+holding)\b",
        body,
        re.IGNORECASE,
    ) and re.search(
        r"\b(?:councils|authorities|local authorities|boroughs|counties)\b",
        r.text[sentence.start : clause.start],
        re.IGNORECASE,
    ):
        # "Across the region's 19 councils, ... 10 are now good and four outstanding, with five
        # requiring improvement": a further count of the councils the sentence counts
        return
    # "39 councils are rated outstanding, while 17 remain inadequate": a further count of
    # councils that the count before it in the sentence holds, not a grade of this council
    if any(
        c.type == Kind.COUNT and c.facts.get("more") and c.start < clause.start < c.end
        for c in r.claims
    ) and re.match(rf"\W*(?:(?:and|while|but|whereas)\s+)?(?:\d+|{T.NUMBER}|none)\s", body, re.I):
        return
    # "Of the 18 councils whose reports have been published, half have been rated good, while
    # only three have received the top grade": a number of the councils the sentence counts
    if re.match(
        rf"\W*(?:(?:and|while|but|whereas)\s+)?(?:only\s+|just\s+)?(?:\d+|{T.NUMBER})\s+"
        r"(?:(?:of\s+them|others?|more)\s+)?(?:have|has|had)\s+(?:(?:now|so far)\s+)?"
        r"(?:received|got|gained|achieved|won|been\s+(?:given|awarded|handed))\b",
        body,
        re.I,
    ) and re.search(
        r"\b(?:councils|authorities|local authorities|LAs|boroughs|counties)\b",
        r.text[sentence.start : clause.start],
        re.I,
    ):
        return
    # "one of seven councils judged good, with a further three judged outstanding": councils
    if re.match(
        rf"\W*(?:with|and|while|but)\s+(?:a\s+)?(?:further|another)\s+(?:\d+|{T.NUMBER})\s+"
        r"(?:(?:councils|authorities|local authorities|LAs|boroughs)\s+)?"
        r"(?:(?:are|were|have been|had been|being)\s+)?(?:rated|judged|graded|deemed)\b",
        body,
        re.I,
    ):
        return
    # "32 councils have had reports published ..., and 24 of them were rated good or
    # outstanding - 13 of those outstanding": a part of the councils counted before it
    if re.match(
        rf"\W*(?:(?:and|while|but|with|of\s+which|of\s+whom)\s+)?(?:\d+|{T.NUMBER}|all|most|"
        r"none|half)\s+(?:of\s+)?(?:them|those|these)\b",
        body,
        re.I,
    ) and _SOME_COUNCILS.search(r.text, sentence.start, clause.start):
        return
    # "after two more boroughs were awarded the top grade this week": councils it does not
    # name (a count, not a grade of this council)
    some = _SOME_COUNCILS.search(body)
    both = re.match(
        r"\W*(?:both|the\s+two)\s+(?:councils|authorities|local authorities|boroughs|counties)\b",
        body,
        re.IGNORECASE,
    )
    if (
        some
        and not both
        and clause.start + some.end() <= grades[0][0]
        and not any(clause.start <= m.start < grades[0][0] for m in r.mentions)
    ):
        return
    urns = r.urns_at(sentence, clause)
    pair_said = re.search(
        r"\b(?:are|were|have\s+been|had\s+been)\s+both\b", r.text[clause.start : clause.end], re.I
    )
    said_before = r.text[sentence.start : clause.start + pair_said.start()] if pair_said else ""
    if (
        len(urns) < 2
        and pair_said
        # ("Help and protection and leadership were both rated inadequate", "its adoption service
        # and its work with care leavers, which were both rated outstanding": two judgements;
        # "Ofsted's previous inspections ... were both ...": two reports)
        and not T.areas_in(said_before)
        and not re.search(r"\b(?:inspections|reports|visits|verdicts|ratings)\b", said_before, re.I)
    ):
        # "The two Northamptonshire unitaries, North and West, are both rated requires
        # improvement": two councils ilacs did not name, not the one it found
        return
    # "Islington and Kingston upon Thames were rated outstanding on the same day as BCP": the
    # council the day is shared with, not one the grade is of
    same_day = {
        m.la.urn
        for m in r.mentions
        if clause.start <= m.start < clause.end
        and m.start > grades[0][0]
        and re.search(
            r"\bthe\s+same\s+(?:day|date|week|morning|afternoon)\s+as\s+(?:neighbouring\s+|nearby\s+)?$",
            r.text[max(clause.start, m.start - 50) : m.start],
            re.IGNORECASE,
        )
    }
    if same_day and [u for u in urns if u not in same_day]:
        urns = [u for u in urns if u not in same_day]
    rel = re.match(
        r"\W*(?P<subj>[^,;:]+?),\s+(?:whose|which|who|where)\b[^,;:]*,\s*(?P<verb>(?:were|was|are|"
        r"is|have|has|had)\b[^,;:]*)$",
        r.text[sentence.start : grades[0][0]],
        re.IGNORECASE,
    )
    if (
        rel
        and clause.start <= sentence.start + rel.start("subj")
        and not any(
            sentence.start + rel.start("verb") <= m.start < grades[0][0] for m in r.mentions
        )
    ):
        # "Rochdale and Liverpool, whose report was published on the same day as Brent's, were
        # both judged to require improvement": the subject before the relative clause, not the
        # council the relative clause names
        subj = [
            m.la.urn
            for m in r.mentions
            if m.la.urn and sentence.start <= m.start < sentence.start + rel.end("subj")
        ]
        if subj:
            urns = list(dict.fromkeys(subj))
    if both and not any(sentence.start <= m.start < clause.end for m in r.mentions):
        # "Both councils were rated 'requires improvement to be good' when ...": the two the
        # article named last
        two: list[int] = []
        for bm in reversed([x for x in r.mentions if x.end <= sentence.start and x.la.urn]):
            if sentence.start - bm.end > 800 or r.in_long_quote(bm.start):
                break
            u = bm.la.urn
            if u is not None and u not in two:
                two.insert(0, u)
            if len(two) == 2:
                break
        if len(two) == 2:
            urns = two
    of_which = re.search(
        r"\b(?:both|all|each|neither|none|two|three|four)\s+of\s+(?:which|whom)\s+(?:\w+\s+){0,3}$",
        r.text[clause.start : grades[0][0]],
        re.IGNORECASE,
    )
    hung = [
        m
        for m in r.mentions
        if m.la.urn
        and sentence.start <= m.start < clause.start
        and re.fullmatch(r"['’]?\s*,\s*", r.text[m.end : clause.start])
    ]
    if (
        hung
        and re.match(r"\s*(?:which|who)\s+(?:had\s+|has\s+|was\s+|were\s+)", body, re.I)
        and not any(clause.start <= m.start < grades[0][0] for m in r.mentions)
        and all(
            m.start > grades[-1][1]
            and re.search(
                r"\b(?:alongside|along with|as well as|joining|like|with)\s+(?:\w+\s+){0,2}$",
                r.text[max(clause.start, m.start - 30) : m.start],
                re.IGNORECASE,
            )
            or re.search(r"\b(?:and|or)\s*$", r.text[max(clause.start, m.start - 6) : m.start])
            for m in r.mentions
            if clause.start <= m.start < clause.end
        )
    ):
        # "Leeds, which was first rated outstanding overall in 2018 ..., is one of three
        # councils ..., alongside Richmond upon Thames and Shropshire": the council the
        # clause hangs on, not those it is set beside
        urns = [u for u in (hung[-1].la.urn,) if u]
    if of_which:
        # "Sandwell joins Birmingham and Coventry, both of which were rated inadequate": the
        # councils listed just before
        of_at = clause.start + of_which.start()
        named_before = [mb for mb in r.mentions if sentence.start <= mb.start < of_at and mb.la.urn]
        listed = named_before[-1:]
        for mb in reversed(named_before[:-1]):
            if not re.fullmatch(
                r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", r.text[mb.end : listed[0].start], re.I
            ):
                break
            listed.insert(0, mb)
        if listed:
            urns = [u for u in dict.fromkeys(mb.la.urn for mb in listed) if u]
    # "besides the two Northamptonshire authorities, Brent and Liverpool were judged good":
    # the councils set aside are not the ones graded
    aside = {
        m.la.urn
        for m in r.mentions
        if sentence.start <= m.start < grades[0][0]
        and re.search(
            r"\b(?:besides|apart from|as well as|alongside|in addition to|unlike)\s+"
            r"(?:the\s+)?(?:(?:two|both|three)\s+)?$",
            r.text[max(sentence.start, m.start - 40) : m.start],
            re.IGNORECASE,
        )
    }
    # "Cumberland's neighbour, Westmorland and Furness Council, was also rated good": the
    # council named as the other's neighbour is not the one graded
    aside |= {
        m.la.urn
        for m in r.mentions
        if sentence.start <= m.start < grades[0][0]
        and re.match(
            r"['’]s?\s+(?:\w+\s+)?(?:neighbours?|counterparts?|rivals?|partners?)\s*,?\s+",
            r.text[m.end : m.end + 40],
            re.IGNORECASE,
        )
        and any(
            x.la.urn and x.la.urn != m.la.urn and m.end < x.start < grades[0][0] for x in r.mentions
        )
    }
    # "the Isle of Wight, whose children's services have been run in partnership with
    # Hampshire since 2013, was rated good": a council inside another's relative clause
    aside |= {
        m.la.urn
        for m in r.mentions
        if sentence.start <= m.start < grades[0][0]
        and "," in r.text[m.end : grades[0][0]]
        and any(
            x.la.urn
            and x.la.urn != m.la.urn
            and sentence.start <= x.start
            and x.end < m.start
            and _ASIDE_TO.fullmatch(r.text, x.end, m.start)
            for x in r.mentions
        )
    }
    if aside and [u for u in urns if u not in aside]:
        urns = [u for u in urns if u not in aside]
    areas = _assign_areas(r, clause, grades)
    # "..., and at its next inspection in 2022 the service was lifted to good": a clause with a
    # subject of its own (the whole service) takes no area from before it
    own_subject = re.search(
        r"\b(?:the\s+(?:whole\s+)?service|the\s+council|the\s+authority|its\s+services)\s+"
        r"(?:was|were|is|are|has|have|had)\b"
        # ("the county's drop to good leaves ...": the council's own move)
        r"|\bthe\s+(?:council|authority|county|borough|city)['’]s\s+(?:\w+\s+)?(?:drop|fall|"
        r"slide|slip|rise|climb|move|jump|rating|grade)\b",
        r.text[clause.start : grades[0][0]],
        re.IGNORECASE,
    ) or any(
        # "..., and in 2022 Kent was rated outstanding": a council named as the subject
        clause.start <= m.start < grades[0][0]
        and m.la.urn
        and re.match(
            r"(?:\s+(?:County|City|Borough)?\s*Council)?\s+(?:was|were|is|are|has|have|had)\b",
            r.text[m.end : grades[0][0]],
        )
        for m in r.mentions
    )
    if not any(areas.values()) and not own_subject:
        # "care leavers, who were judged requires improvement in 2014"; "services for children
        # in care have improved and are now rated good"; "Only adoption escaped the lowest
        # grade, being judged to 'require improvement'": a clause with no subject of its own
        # takes the judgement area named just before it in the sentence
        if (
            re.match(
                r"\W*(?:who|which|that|and|but|being|having|now|were|was|are|is|has|have|had|"
                r"requires?|required|remains?|remained|judged|rated|up from|down from|improving from)\b",
                body,
                re.IGNORECASE,
            )
            or T.GRADE_RE.match(body.lstrip(" '‘“\"–—-"))
            or re.search(
                # "Support for care leavers improved the most: three years ago Ofsted judged it as
                # requiring improvement"
                # ("when inspectors judged it to require improvement": the grade's verb)
                r"\b(?:judged|rated|graded|found|deemed|branded|considered)\s+(?:it|them)\s+"
                r"(?:as\s+|to\s+(?:be\s+)?)?['‘“\"]?$",
                r.text[clause.start : grades[0][0]],
                re.IGNORECASE,
            )
        ):
            lead = r.text[max(sentence.start, clause.start - 120) : clause.start]
            # "support for care leavers - judged separately from children in care - was rated
            # ...": the aside between dashes just before the clause is not its subject
            dash = re.search(r"\s[–—-]\s[^–—()]{1,110}?\s[–—-]\s*$|\s\([^()]{1,110}\)\s*$", lead)
            pre_areas = T.areas_in(lead[: dash.start()]) if dash else []
            if dash and pre_areas and not lead[pre_areas[-1][1] : dash.start()].strip(" ,'’s"):
                # (only an aside after an area's name: "the other three areas - leadership, help
                # and protection and children in care - were all judged..." is the list itself)
                lead = lead[: dash.start()] + " " * (len(lead) - dash.start())
            found = [x for x in T.areas_in(lead) if x[2] != "overall"]
            if found and not r.in_long_quote(clause.start - 1):
                # the areas listed together at the end: "children in care and care leavers"
                group = [found[-1]]
                for x in reversed(found[:-1]):
                    if not re.fullmatch(r"[\s,]*(?:and|&|or)?[\s,]*", lead[x[1] : group[-1][0]]):
                        break
                    group.append(x)
                areas = {
                    i: list(dict.fromkeys(a for _, _, a in reversed(group)))
                    for i in range(len(grades))
                }
    if not any(areas.values()) and re.search(
        r"\b(?:their|they)\b", r.text[clause.start : grades[0][0]], re.IGNORECASE
    ):
        # "The biggest leap came for care leavers. At the last inspection their services were
        # found to require improvement": 'they' are the children the sentence before named
        before = [s for s in r.sentence_spans if s.end <= sentence.start]
        if before and "\n" not in r.text[before[-1].end : sentence.start]:
            people = {
                a
                for _, _, a in T.areas_in(r.text[before[-1].start : before[-1].end])
                if a in ("care_leavers", "in_care", "help_protection")
            }
            if len(people) == 1:
                areas = {i: sorted(people) for i in range(len(grades))}
        # "...their services were found to require improvement; this time they were
        # outstanding": the clause before in the sentence named them
        same = [
            c
            for c in r.claims
            if sentence.start <= c.start
            and c.end <= clause.start
            and c.type in (Kind.GRADE, Kind.TREND)
            and all(isinstance(it, dict) for it in c.facts.get("grades") or [0])
        ]
        if not any(areas.values()) and same:
            were = {a for it in same[-1].facts["grades"] for a in it["areas"] if a != "overall"}
            if len(were) == 1:
                areas = {i: sorted(were) for i in range(len(grades))}
    if not any(areas.values()) and re.match(
        r"\W*(?:that|this|the\s+same)\s+(?:area|judge?ment|aspect|part\s+of\s+(?:its|the)\s+work|"
        r"service|category)\b",
        r.text[clause.start : grades[0][0]],
        re.IGNORECASE,
    ):
        # "...told its work with children who need help and protection required improvement.
        # That area has now been upgraded to good": the area the sentence before named last
        before = [s for s in r.sentence_spans if s.end <= clause.start]
        if sentence.start < clause.start:
            before.append(T.Span(sentence.start, clause.start))
        told_areas = (
            [
                a
                for _, _, a in T.areas_in(r.text[before[-1].start : before[-1].end])
                if a != "overall"
            ]
            if before
            else []
        )
        if told_areas:
            areas = {i: [told_areas[-1]] for i in range(len(grades))}
    if not areas.get(0) and sentence.start < clause.start:
        # "Help and protection, though, still requires improvement", "Help and protection - the
        # council's front door - still requires improvement": the area the sentence opens with,
        # an aside between it and the clause
        core = re.sub(
            r"\s[–—-]\s[^–—]{1,90}?\s[–—-]\s|,\s*(?:though|however|meanwhile|too|also|in\s+"
            r"contrast|by\s+contrast|for\s+its\s+part)\s*,",
            " ",
            r.text[sentence.start : clause.start],
            flags=re.IGNORECASE,
        )
        opening = T.areas_in(core)
        if (
            opening
            and (opening[0][0] <= 4 or _AREA_PREAMBLE.fullmatch(core[: opening[0][0]]))
            and not core[opening[-1][1] :].strip(" ,")
            and not T.GRADE_RE.search(core)
        ):
            opened = list(dict.fromkeys(a for _, _, a in opening))
            areas = {i: areas.get(i) or opened for i in range(len(grades))}
    scope_all = bool(_ALL.search(body))
    n_of = _n_of(body)
    # "outstanding in every area but one", "in all but one area": every judgement but that many
    all_but = _ALL_BUT.search(body)
    if all_but and T.areas_in(body[all_but.end() : all_but.end() + 40]):
        # ("every area bar one - adoption - required improvement": the exception named, read
        # where exceptions are)
        all_but = None
    if all_but:
        scope_all, n_of = False, None
    if (
        n_of
        and re.match(rf"\s*(?:{T.NUMBER})\s+(?:more|others)\b", body, re.IGNORECASE)
        and re.match(r"\s*[–—:-]\s*[A-Z][\w&'’-]+", r.text[clause.end : sentence.end])
    ):
        # "Five more were judged good - Ealing, Nottinghamshire, ...": councils counted,
        # which the list after the clause names, not judgements
        n_of = None
    # "under the current framework, introduced in 2023": the framework's date, not an inspection's
    whens = [
        w
        for w in T.dates(body, r.as_of, clause.start)
        if not _FRAMEWORK_DATE.search(r.text[max(sentence.start, w.start - 70) : w.start])
        # ("rated good under Ofsted's 2023 framework": the framework's year)
        and not (
            w.precision == "year"
            and re.match(
                r"\s+(?:(?:ILACS|inspection|Ofsted)\s+){0,2}(?:framework|regime|version|iteration)\b",
                r.text[w.end : w.end + 30],
                re.IGNORECASE,
            )
        )
        and not _BIRTH_DATE.search(r.text[max(sentence.start, w.start - 40) : w.start])
        and not _BIRTH_OF.search(r.text[max(sentence.start, w.start - 90) : w.start])
        # "were found to have 'deteriorated since the last inspection in 2016' and were rated
        # ...": the time of the inspection before, not of this grade
        and not _SINCE_LAST.search(r.text[max(sentence.start, w.start - 60) : w.start])
        # "its first good overall rating in four inspections stretching back to 2016": where
        # the run of inspections starts, not this grade's time
        and not _BACK_TO.search(r.text[max(sentence.start, w.start - 40) : w.start])
        # "When Ofsted last carried out a full inspection before 2022, in 2016, ...": a bound
        # the time told after it in apposition pins
        and not (
            re.search(r"\bbefore\s+$", r.text[max(sentence.start, w.start - 10) : w.start])
            and re.match(r",\s+in\s+(?:19|20)\d\d\b", r.text[w.end : w.end + 12])
        )
        # "Inspectors led by Peter McEntee, who also led the 2016 inspection, judged ...": a time
        # inside an aside on a person, closed before the grade
        and not _IN_ASIDE.search(r.text[max(sentence.start, w.start - 60) : w.start])
        # "Services in the borough, which have been run by Sandwell Children's Trust on the
        # council's behalf since April 2018, were judged to require improvement": the time of
        # who runs them, not of the grade
        and not _RUN_SINCE.search(r.text[max(sentence.start, w.start - 90) : w.start])
        # "the third consecutive inspection at which it was judged good, following the
        # inspections of 2017 and 2022": the run's earlier inspections, not this one
        and not (
            _RUN_CUE.search(body)
            and _RUN_BEFORE.search(r.text[max(sentence.start, w.start - 90) : w.start])
        )
        # "were rated good, the same overall verdict the borough received in 2019": the date
        # of the verdict it is the same as, not of this one
        and not (
            (
                same_as := _SAME_AS_THEN.search(
                    body, max(0, w.start - clause.start - 90), w.start - clause.start
                )
            )
            and T.GRADE_RE.search(body, 0, same_as.start())
        )
    ]
    whens = _of_that_year(r, sentence, whens, para=True)
    whens += _bare_that_year(r, clause.start, clause.end, whens)
    whens = _yearless_in_scene(r, sentence, clause, whens)
    if not whens and (aside_then := _WITH_THEN.match(r.text, clause.end, sentence.end)):
        # "Hackney was rated good, with outstanding services for care leavers, in 2016": the
        # time closing the aside is this grade's too (the grade of that year's report)
        whens = [
            w
            for w in T.dates(r.text[: sentence.end], r.as_of, 0)
            if w.start >= aside_then.start("t")
        ][:1]
    # "rated good overall, the same grade it was given in 2018": the grade before, of that year
    same_then = [
        (w, clause.start + sa.start())
        for w in T.dates(body, r.as_of, clause.start)
        if (
            sa := _SAME_AS_THEN.search(
                body, max(0, w.start - clause.start - 90), w.start - clause.start
            )
        )
        and T.GRADE_RE.search(body, 0, sa.start())
        and not T.GRADE_RE.search(body, sa.start(), w.start - clause.start)
        and w.precision in ("year", "month")
        and not any(clause.start + sa.start() <= x.start < w.start for x in r.mentions)
        and re.search(
            r"\b(?:it|they|the council|the service|services|the borough|the county|the city)\s+"
            r"(?:was|were|had been|received|got|was given|were given|achieved|had|last received)\b",
            r.text[clause.start + sa.start() : w.start],
            re.IGNORECASE,
        )
    ]
    previous = bool(_PREVIOUS.search(body))
    trend = bool(_TREND.search(T.GRADE_RE.sub(" ", body)))
    # "from inadequate to good": the first grade is the old one
    from_to = re.search(
        r"\bfrom\s+(?:an?\s+|its\s+|the\s+)?['‘“\"]?(?:" + T.GRADE_WORDS + r")", body, re.IGNORECASE
    ) or re.search(
        # "climbed out of inadequate, to requires improvement"
        r"\bout\s+of\s+(?:an?\s+|its\s+|the\s+)?['‘“\"]?(?:"
        + T.GRADE_WORDS
        + r")['’”\"]?(?:\s+(?:rating|grade|category|judge?ment))?\s*,?\s*(?:and\s+)?(?:in)?to\b",
        body,
        re.IGNORECASE,
    )
    items: list[dict[str, Any]] = []
    for i, (gs, ge, grade) in enumerate(grades):
        role = "current"
        weak = False  # a cue of tense only ("had been judged good"), not of another inspection
        left = False
        left_at = None  # where the words of leaving the grade are ("shed", "lost")
        run_ended = False  # "it ended a run of good ratings": the time before is the end's
        # the words before this grade, back to the grade before it
        floor = max(clause.start, gs - 90, grades[i - 1][1] if i else clause.start)
        local = r.text[floor:gs]
        if from_to and clause.start + from_to.start() <= gs < clause.start + from_to.end():
            role = "previous"
        elif (
            (cue := _NEAR_PREVIOUS.search(local))
            and not re.search(
                r"\b(?:now|currently|today|this time|this year|instead|being (?:judged|rated|graded)|"
                r"at the same time|alongside)\b",
                local[cue.start() :],
                re.IGNORECASE,
            )
            and not _of_an_area(r, sentence, floor + cue.start(), cue.group(0))
            # "York's result was published on the same day as Camden's, which was also
            # outstanding across the board": a report of that day, the other council's latest
            and not (
                cue.group(0).lower().startswith("which")
                and re.search(
                    r"\bsame\s+(?:day|week|morning|afternoon)\b", r.text[sentence.start : gs]
                )
            )
            # "the new framework, which no longer gives a single overall grade": what the
            # framework does, not a grade the council left
            and not re.match(
                r"no\s+longer\s+(?:gives?|giving|awards?|has|have|includes?|produces?|uses?|"
                r"issues?|offers?|hands?\s+out)\b",
                local[cue.start() :],
                re.IGNORECASE,
            )
        ):
            # "climbed out of the bottom grade and now requires improvement": now is now
            role = "previous"
            weak = bool(re.match(r"had\s+(?:\w+\s+)?been\b", cue.group(0), re.IGNORECASE))
            # "shaken off", "shed", "lost", "stripped of", "emerged from": a grade left
            run_ended = bool(re.match(r"end|br[io]", cue.group(0), re.IGNORECASE))
            left_at = floor + cue.start()
            left = bool(
                re.match(
                    r"(?:shak|shook|shed|thr[eo]w|cast|emerg|los|stripp?|escaped|removed)",
                    cue.group(0),
                    re.IGNORECASE,
                )
                # "a council that had climbed out of the 'inadequate' category in 2018"
                or (
                    re.match(r"out\s+of\b", cue.group(0), re.IGNORECASE)
                    and re.search(
                        r"\b(?:climb|clamber|haul|lift|drag|pull|crawl|(?:get|got|gett|came|come|"
                        r"com|mov|brought|bring)\w*)\w*\s+(?:\w+\s+)?$",
                        local[: cue.start()],
                        re.IGNORECASE,
                    )
                    is not None
                )
                # "no longer rated inadequate" (not "no longer failing after Ofsted rated
                # them good": the grade after is the new one)
                or (
                    re.match(r"no\s+longer\b", cue.group(0), re.IGNORECASE)
                    and re.fullmatch(
                        # ("we are no longer inadequate": the grade right after the words)
                        r"no\s+longer\s+(?:be(?:ing)?\s+)?(?:(?:rated|judged|graded|deemed|"
                        r"classed)\s+(?:as\s+)?)?['‘\"“]?",
                        local[cue.start() :],
                        re.IGNORECASE,
                    )
                )
            )
        # the dates that pin this grade: those near it; "since the last inspection in 2015"
        # pins only a previous grade
        mine = []
        of_inspection = False
        for w in whens:
            if min(abs(w.start - ge), abs(gs - w.end)) > 90:
                continue
            if run_ended and w.end <= gs:
                continue  # ("When Ofsted published its verdict on Tuesday, it ended a run of ...")
            # (the aside may open before the clause: "The council, which was created as a
            # unitary authority in 2019 ..., was graded outstanding")
            if _in_event_aside(r, w, clause.start, gs) or (
                _in_event_aside(r, w, sentence.start, gs)
                and _MADE.search(r.text, max(sentence.start, w.start - 80), w.start)
            ):
                continue
            if (
                from_to
                and i == len(grades) - 1
                and clause.start + from_to.start() <= gs < clause.start + from_to.end()
                and w.end <= clause.start + from_to.start()
            ):
                # "joined them earlier this month after being upgraded from good": a date
                # before the move dates the grade it moved to (not told in the clause), not the
                # one it left
                continue
            # "inadequate in 2015 and requires improvement in 2018": each date to its nearest grade
            dist = [min(abs(w.start - b), abs(a - w.end)) for a, b, _ in grades]
            owner = dist.index(min(dist))
            # "In 2015 services were judged inadequate and in 2018 they were found to require
            # improvement": a date that opens its part of the sentence dates the grade after it
            after_w = next((k for k, g in enumerate(grades) if g[0] >= w.end), None)
            if (
                after_w is not None
                and owner != after_w
                and grades[after_w][0] - w.end < 70
                and re.search(
                    r"(?:^|[,;]|\b(?:and|but|while|then|before|whereas))\s*(?:in|by|during|at)\s*$",
                    r.text[max(clause.start, w.start - 20) : w.start],
                    re.IGNORECASE,
                )
                and not T.GRADE_RE.search(r.text[w.end : grades[after_w][0]])
            ):
                owner = after_w
            if (
                after_w is not None
                and owner != after_w
                and re.fullmatch(
                    r"\s*[:–—-]\s*['‘“\"]?", r.text[w.end : grades[after_w][0]], re.IGNORECASE
                )
            ):
                # "requires improvement (2015: inadequate)": a committee paper's previous grade
                owner = after_w
            before_w = max((k for k, g in enumerate(grades) if g[1] <= w.start), default=None)
            if (
                before_w is not None
                and owner == after_w
                and owner != before_w
                and re.fullmatch(
                    # ("a requires improvement verdict in 2018 and a good rating in 2022")
                    r"['’”\"]?\s*(?:(?:overall\s+)?(?:verdict|rating|grade|judge?ment)\s+)?"
                    r"(?:by\s+(?:Ofsted|inspectors|the\s+watchdog)\s+)?(?:in|during)\s+"
                    r"(?:early\s+|late\s+|mid-?)?",
                    r.text[grades[before_w][1] : w.start],
                    re.IGNORECASE,
                )
                and (
                    re.fullmatch(
                        r"\s*,?\s*(?:to|into)\s+['‘“\"]?", r.text[w.end : grades[owner][0]]
                    )
                    or (
                        re.fullmatch(
                            r"\s*,?\s*(?:and|then|before)\s+(?:then\s+|later\s+)?(?:an?\s+)?['‘“\"]?",
                            r.text[w.end : grades[owner][0]],
                            re.IGNORECASE,
                        )
                        and re.match(
                            r"['’”\"]?\s*(?:(?:overall\s+)?(?:verdict|rating|grade|judge?ment)\s+)?"
                            r"(?:in|during)\s+(?:19|20)\d\d\b",
                            r.text[grades[owner][1] : grades[owner][1] + 30],
                        )
                    )
                )
            ):
                # "a climb from 'requires improvement' in 2018 to good in 2023", "judged
                # Inadequate by Ofsted in 2016 and Requires Improvement in 2019": the date after
                # a grade, before the next one (which has a date of its own), is the first one's
                owner = before_w
            if (
                owner == after_w
                and before_w is not None
                and re.search(r"[,;–—]", r.text[w.end : grades[owner][0]])
                and not re.search(r"[,;–—]", r.text[grades[before_w][1] : w.start])
            ):
                # "The council, judged good at its previous inspection in 2017, was rated
                # outstanding": the date sits in the aside of the grade before it
                owner = before_w
            if (
                before_w is not None
                and owner != before_w
                and re.fullmatch(
                    r"['’”\"]?\s*(?:at|in|from)\s+(?:its|the|their)\s+(?:last|previous|most\s+recent)"
                    r"\s+(?:full\s+|Ofsted\s+)?inspection\s*,?\s*(?:in\s+|of\s+)?",
                    r.text[grades[before_w][1] : w.start],
                    re.IGNORECASE,
                )
            ):
                # "had slipped from good at the last inspection, in 2019, to requires
                # improvement": the date of the inspection the grade before was given at
                owner = before_w
            if owner != i:
                continue
            lead = r.text[max(clause.start, w.start - 35) : w.start]
            if (
                role == "current"
                and w.start > ge
                and re.search(
                    r"\b(?:lost|dropped|shed|forfeited|surrendered|relinquished)\b[^,.;]{0,25}$",
                    lead,
                    re.IGNORECASE,
                )
            ):
                # "are good again, regaining the rating they lost in 2019": the year the grade
                # was lost, not given
                continue
            if (
                w.start > ge
                and re.search(r"\bsince\s+(?:[\w-]+\s+){0,3}$", lead, re.IGNORECASE)
                and re.search(r"[,;–—]", r.text[ge : w.start])
            ):
                # "slipped back from good, the first time any of its grades has fallen since
                # 2016": a year another clause counts since, not the grade's
                continue
            if role == "current" and w.start > ge and _FROM_DATE.search(lead):
                continue  # "good, a jump of two grades from 2016": the old grade's date
            if (
                w.start > ge
                and re.search(
                    r"\b(?:after|since|following|before|despite)\b[^,.;]{0,40}$", lead, re.I
                )
                and re.match(
                    r"\s*(?:downgrade|upgrade|demotion|drop|fall|slump|dip|rise|verdict|"
                    r"rating|grade|inspection|report|visit|intervention|crisis|scandal|"
                    r"cyber[\s-]?attack)s?\b",
                    r.text[w.end : w.end + 30],
                    re.I,
                )
            ):
                # "back to 'good' after cyber attack and 2019 downgrade": the year of the event
                # the grade came after, not the grade's
                continue
            if (
                w.start > ge
                and re.search(
                    r",\s*(?:still|now|currently|also|then)?\s*(?:rated|judged|graded)\s+(?:as\s+)?['‘\"“]?$",
                    r.text[max(clause.start, gs - 30) : gs],
                    re.I,
                )
                and re.match(
                    r"['’\"”]?\s*,\s+(?:had|has|have|was|were|is|are|saw|received|got)\b",
                    r.text[ge : w.start],
                    re.I,
                )
            ):
                # "Neighbouring Dudley, still rated requires improvement, had a focused visit in
                # October": the aside's grade is not of the time the main clause goes on to give
                continue
            if role == "previous" and not left and w.start > ge and _attributed(r, w):
                # "two years after they were branded inadequate, according to a report
                # published on Friday": the day of the report, not of the grade before
                continue
            if (
                role == "current"
                and w.start > ge
                and _FROM_INSPECTION.search(r.text, ge, w.start)
                and not T.GRADE_RE.search(r.text, ge, w.start)
            ):
                # "rated good, a step up from the council's last full inspection in 2019": the
                # date of the inspection the move is from, not of this grade
                continue
            wq = _inside(r.quotes, w.start)
            if (
                wq is not None
                and not (wq.start <= gs < wq.end)
                and len(r.text[wq.start : wq.end].split()) > 3
            ) or (
                role == "current"
                and w.start > ge
                and re.search(r"\bsince\b", r.text[ge : w.start], re.IGNORECASE)
            ):
                # "judged every area inadequate and said services had 'seriously declined since
                # the last full inspection in 2015'": a date quoted, or one the grade came
                # after, is not the grade's
                continue
            if (
                role == "current"
                and w.end <= gs
                and re.search(
                    r"\b(?:its|the|their)\s+(?:last|previous)\s+(?:full\s+|Ofsted\s+)*"
                    r"inspection\s*,?\s*(?:in|of)?\s*$",
                    lead,
                    re.IGNORECASE,
                )
                and re.fullmatch(
                    r",?\s*(?:had\s+)?(?:found|rated|judged|graded|concluded)\s+(?:that\s+)?"
                    r"(?:the\s+|its\s+)?(?:council|services?|authority|it|them)?\s*(?:was\s+|were\s+)?"
                    r"(?:to\s+)?(?:be\s+)?",
                    r.text[w.end : gs],
                    re.IGNORECASE,
                )
            ):
                # "its last inspection, in early 2021, found services required improvement":
                # the grade of the inspection the date is of
                mine.append(w)
                of_inspection = True
                continue
            if (
                left
                and w.relative
                and abs((w.first - r.as_of).days) <= 7
                and not re.search(
                    r"\b(?:report|publish\w*|inspect\w*)\W+(?:\w+\W+){0,2}$",
                    r.text[max(clause.start, w.start - 40) : w.start],
                    re.IGNORECASE,
                )
            ):
                # "Today Ofsted has confirmed we are no longer inadequate": the day of the news,
                # not of the grade left (but "shaken off the label, according to an Ofsted
                # report published yesterday" dates the report that took it away)
                continue
            if (
                _SINCE.search(lead)
                and role == "current"
                and not (w.start > ge and re.search(r"\bin\s*$", lead))
                # ("Five years earlier, in 2017, it had moved up to requires improvement": the
                # year the span counts back to, told)
                and not re.search(
                    r"\b(?:years?|months?)\s+(?:earlier|before)\s*,\s*(?:in\s+)?$", lead, re.I
                )
            ):
                if not re.search(r"\b(?:was|were)\b", r.text[gs - 30 : gs]):
                    continue
            mine.append(w)
        if len(mine) > 1:
            mine.sort(key=lambda w: min(abs(w.start - ge), abs(gs - w.end)))
            kept = [mine[0]]
            for w in sorted(mine[1:], key=lambda w: w.start):
                if any(
                    re.fullmatch(
                        # "inadequate in 2016 and again in 2018"
                        r"\s*(?:,|and|&|or|,\s*and)\s*(?:(?:again|also|then|once more)\s+)?(?:in\s+)?",
                        r.text[min(k.end, w.end) : max(k.start, w.start)],
                        re.IGNORECASE,
                    )
                    for k in kept
                ):
                    kept.append(w)
            mine = sorted(kept, key=lambda w: w.start)
        if mine and role == "current" and not of_inspection:
            lead = r.text[max(clause.start, mine[0].start - 35) : mine[0].start]
            if _SINCE.search(lead) and mine[0].start < gs:
                role = "previous"
        own_time = re.search(
            r"\b(?:last|latest|previous|recent|current(?:ly)?|now|today|this time|on this occasion)\b",
            body,
            re.IGNORECASE,
        )
        other_council = (
            any(clause.start <= m.start < clause.end and m.la.urn not in urns for m in r.mentions)
            or len({m.la.urn for m in r.mentions if m.la.urn}) > 1
            and any(
                clause.start <= m.start < clause.end
                for m in r.mentions
                if m.la.urn
                and not any(
                    x.la.urn == m.la.urn
                    for x in r.mentions
                    if max(sentence.start, clause.start - 120) <= x.start < clause.start
                )
            )
        )
        # "inspected in June, ... its leadership grade fell from outstanding to good": the
        # date is the new grade's, never the old one's
        from_grade = (
            from_to is not None
            and clause.start + from_to.start() <= gs < clause.start + from_to.end()
        )
        later = re.match(
            rf"['’”\"]?\s*(?P<n>{T.NUMBER}|a)\s+years?\s+(?P<dir>later\b|earlier\b|before(?=\s*[,.;]))",
            r.text[ge : min(clause.end, ge + 40)],
            re.IGNORECASE,
        )
        earlier: list[T.When] = []
        if (
            not mine
            # (a date after the grade is the clause's own time, "has not been rated good in any
            # of its three full inspections since 2015", unless a later grade of the clause comes
            # first: "and found services required improvement, before rating them good in a
            # report published in December 2022" dates the later grade only)
            and not [
                w
                for w in whens
                if w.start < ge or not any(ge <= g[0] < w.start for g in grades[i + 1 :])
            ]
            and i == 0
            and not own_time
            and not other_council
            and not from_grade
            # "following the inspection in 2019, and the result comes seven years after services
            # were judged inadequate": a clause dated by a span of its own
            and not _AFTER_SPAN.search(r.text, clause.start, gs)
        ):
            # "The last time it was inspected - in 2015 - it was rated...": a date earlier in
            # the sentence pins the grade of a clause that names none (not one with a time of
            # its own, "at their last inspection", nor one about another council)
            lead_at = max(sentence.start, clause.start - 120)
            if _OPENING_DATE.match(r.text, sentence.start, clause.start):
                # "In 2017, Ofsted found 'widespread and serious failures' in ... and rated the
                # council inadequate": a date that opens the sentence sets all of it
                lead_at = sentence.start
            lead_text = r.text[lead_at : clause.start]
            earlier = [
                w
                for w in T.dates(lead_text, r.as_of, lead_at)
                # "under the inspection framework introduced in 2023": no inspection's date
                if not _FRAMEWORK_DATE.search(r.text[max(sentence.start, w.start - 70) : w.start])
                # ('"deteriorated since the last inspection in 2016" and were rated ...')
                and not _SINCE_LAST.search(r.text[max(sentence.start, w.start - 60) : w.start])
                and not _IN_ASIDE.search(r.text[max(sentence.start, w.start - 60) : w.start])
                # ("noted 'a faltering start' after the 2015 judgement ..., and rated ...": the
                # time of what the event came after)
                and not re.search(
                    r"\b(?:after|following)\s+(?:the|its|their)\s+$",
                    r.text[max(sentence.start, w.start - 25) : w.start],
                    re.IGNORECASE,
                )
                # ("found that some services had slipped since Warwickshire was judged good in
                # 2011, and graded help and protection ... as requires improvement": the time
                # of the grade a 'since' looks back to, not of the grades given after it)
                # (not "since 2017, when ... had been rated": the time the 'when' hangs on)
                and not (
                    re.search(
                        r"\bsince\s+(?!(?:the|its)\s+(?:last|previous)\b)[^,;.()]{0,60}$",
                        r.text[max(sentence.start, w.start - 70) : w.start],
                        re.IGNORECASE,
                    )
                    and not re.match(r"\W*when\b", r.text[clause.start : clause.end], re.I)
                    # ("progress since last year's inspection, which rated services as requires
                    # improvement": the inspection the relative clause hangs on is the date's)
                    and not (
                        re.match(r"\W*(?:which|that)\b", r.text[clause.start : clause.end], re.I)
                        and re.fullmatch(
                            r"['’]s?\s+(?:full\s+|ofsted\s+)?(?:inspection|report)\s*,?\s*",
                            r.text[w.end : clause.start],
                            re.I,
                        )
                    )
                )
            ]
            # "Coventry – rated inadequate in 2014 – was also judged outstanding overall": a
            # date inside an aside with a grade of its own is that grade's
            earlier = [w for w in earlier if not _in_graded_aside(r, sentence, w, clause.start)]
            earlier = _of_that_year(r, sentence, earlier, para=True)
            earlier = _months_of_year_before(r, earlier)
            earlier += _bare_that_year(r, lead_at, clause.start, earlier)
            earlier = _yearless_in_scene(r, sentence, T.Span(lead_at, clause.end), earlier)
            back = _BEFORE_THAT.search(lead_text)
            if back:
                # "a step up from 2022 ... and a far cry from three years before that, when
                # Ofsted said ...": counted back from the time the sentence gave before
                role = "previous"
                base_at = lead_at + back.start()
                bases = T.dates(r.text[sentence.start : base_at], r.as_of, sentence.start)
                n_back = T.number(back.group("n")) or 1
                if bases and back.group("u").lower().startswith("year"):
                    b_first: date | None
                    b_last: date | None
                    try:
                        b_first = bases[-1].first.replace(year=bases[-1].first.year - n_back)
                        b_last = bases[-1].last.replace(year=bases[-1].last.year - n_back)
                    except ValueError:  # 29 February
                        b_first = b_last = None
                    if b_first and b_last:
                        mine = [
                            T.When(
                                base_at,
                                base_at + len(back.group(0)),
                                b_first - timedelta(days=200),
                                b_last + timedelta(days=200),
                                "period",
                                True,
                            )
                        ]
            elif (
                earlier
                # "help and protection, which was rated requires improvement in 2018 and has
                # moved up to good", "last rated requires improvement in 2014, and have held a
                # good rating since": the date of the grade of the clause before, a move or a
                # time of its own after it
                and not (
                    T.GRADE_RE.search(r.text, max(lead_at, earlier[-1].start - 90), clause.start)
                    and not _OPENING_DATE.match(r.text, sentence.start, clause.start)
                    and (
                        _MOVED_TO.search(r.text, max(clause.start, gs - 60), gs)
                        # (a time told before this grade: not "..., when help and protection
                        # required improvement, meaning that area has jumped ...")
                        or re.search(
                            r"\b(?:now|since|later|has|have|upgraded|downgraded)\b",
                            r.text[clause.start : gs],
                            re.IGNORECASE,
                        )
                    )
                )
                # "has lost the outstanding rating it received in 2022, with Ofsted downgrading
                # its services to good": the date of the grade lost, not of this one
                and not _GRADE_OWNS_DATE.search(
                    r.text, max(sentence.start, earlier[-1].start - 80), earlier[-1].start
                )
                # "alongside Norfolk and Wandsworth - both of which were also once rated
                # inadequate": a grade held at some time, not at the time told before
                and not _ONCE_EVER.search(r.text, clause.start, gs)
                # "..., up from inadequate at its last inspection in 2022, although children in
                # care there still require improvement": a grade said in the present is now's
                and not _STILL_NOW.search(r.text, clause.start, ge)
                # "good overall, up from requires improvement in 2014 and 2018, with leadership
                # ... also judged good": the date of the grade it rose from, not of this one
                and not (
                    _FROM_GRADE_DATE.search(
                        r.text, max(sentence.start, earlier[-1].start - 80), earlier[-1].start
                    )
                    and not re.match(
                        r"\W*(?:when|where|at which|which|that)\b",
                        r.text[clause.start : clause.end],
                        re.IGNORECASE,
                    )
                )
                # "the report, published today, found services had much improved since the
                # previous inspection, when the council was rated requires improvement": an
                # inspection named after the date is the one the 'when' clause hangs on
                and not _INSPECTION_AFTER_DATE.search(r.text, earlier[-1].end, clause.start)
                and not _in_event_aside(r, earlier[-1], sentence.start, gs)
                # "Rotherham, rated inadequate in 2014, has been judged good, with its services
                # for care leavers rated outstanding": a grade told in the present perfect between
                # the date and this clause is the inspection this grade belongs to
                and not _NOW_GRADED.search(r.text, earlier[-1].end, clause.start)
                and (
                    re.search(r"\b(?:last|previous\w*|in|since)\b", lead_text, re.IGNORECASE)
                    # "rated inadequate overall that year, with adoption the only area to
                    # escape the lowest grade": the year the sentence gave its first clause
                    or _BARE_THAT_YEAR.fullmatch(r.text, earlier[-1].start, earlier[-1].end)
                    # "a far cry from 2017, when ... were rated inadequate overall, with
                    # leadership ... all judged inadequate": the time the 'when' clause hangs on
                    or re.search(r"\b(?:19|20)\d\d\s*,?\s*when\b", lead_text, re.IGNORECASE)
                    # "a big step up from 2015, when the borough's services were rated ...",
                    # "almost ten years ago, when ...": the time the 'when' clause hangs on
                    or (
                        re.match(r"\W*when\b", r.text[clause.start : clause.end], re.IGNORECASE)
                        and earlier[-1].end >= clause.start - 4
                        and re.fullmatch(r"\s*,?\s*", r.text[earlier[-1].end : clause.start])
                    )
                )
            ):
                mine = earlier[-1:]  # the nearest: "between 13 and 24 March ... in May 2018, when"
                if later:
                    mine = []  # "inadequate in 2016, but improved ... two years later"
                elif _SINCE.search(lead_text) or re.search(
                    r"\blast time\b", lead_text, re.IGNORECASE
                ):
                    role = "previous"
        after = r.text[ge : min(clause.end, ge + 40)]
        at_last = False
        if role == "current" and re.match(
            r"['’”\"]?\s*(?:\w+\s+){0,2}(?:years?|months?)\s+ago\b", after
        ):
            role = "previous"
        elif (
            role == "current"
            and not mine
            and i + 1 < len(grades)
            and re.match(
                r"['’”\"]?\s*(?:overall\s+)?(?:at|in|by|during)\s+(?:the|its|their)\s+(?:last|"
                r"previous|prior|earlier)\s+(?:full\s+)?(?:inspection|report)\b",
                after,
                re.IGNORECASE,
            )
            and (
                re.search(r"\b(?:now|this time)\b", r.text[ge : grades[i + 1][0]], re.IGNORECASE)
                # "its leadership, rated good at its previous inspection, slipped to requires
                # improvement": the grade it moved from
                or _MOVED_TO.search(r.text, ge, grades[i + 1][0])
                # "Services for care leavers, branded inadequate at the last inspection, were
                # rated good": an aside on the subject, then the main verb's grade
                or re.search(
                    r",\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?"
                    r"(?:rated|judged|graded|found\s+to\s+be)\s+(?:as\s+)?['‘\"“]?$",
                    r.text[ge : grades[i + 1][0]],
                    re.IGNORECASE,
                )
            )
        ):
            # "children in care, which was judged outstanding at the last inspection, is now
            # rated good": the grade before, set against the one now
            role, at_last = "previous", True
        elif (
            role == "current"
            and i == 0
            and re.match(r"\W*(?:which|that)\b", body, re.IGNORECASE)
            and re.search(
                r"\b(?:previous|last|earlier|prior|former)\s+(?:full\s+|Ofsted\s+|ILACS\s+|SIF\s+)*"
                r"(?:inspection|report|rating|judge?ment|visit)s?\W*$",
                r.text[max(sentence.start, clause.start - 60) : clause.start],
                re.IGNORECASE,
            )
        ):
            role = "previous"  # "since the previous inspection, which had rated them ..."
        elif (
            role == "current"
            and not mine
            and _AT_THE_LAST.match(r.text, sentence.start, clause.end)
            and re.match(
                r"\s*(?:This\s+time|Now|In\s+the\s+(?:latest|new)\b)", r.text[sentence.end :]
            )
        ):
            # "At the last inspection, children in care and care leavers were assessed together
            # and rated good. This time, both have been judged outstanding": the one before
            role, at_last = "previous", True
        elif (
            role == "current"
            and not mine
            and re.match(
                r"\W*(?:\w+\s+){0,2}?(?:\w+|\d+)\s+years?\s+ago\b(?![^.;]*\b(?:now|today|this time)\b)",
                r.text[clause.start : gs],
                re.IGNORECASE,
            )
        ):
            role = "previous"  # "Twelve years ago we were told we were failing"
        elif (
            role == "current"
            and not mine
            and re.search(
                r"\b(?:ending|ended|ends|closing|after|following|capping)\s+(?:\w+\s+){0,3}?"
                rf"(?:{T.NUMBER}|\d+|a|an)?\s*(?:years?|decades?)\s+(?:in\s+which|during\s+which|"
                r"of\s+being)\b[^.;:]{0,60}$",
                r.text[max(sentence.start, gs - 140) : gs],
                re.IGNORECASE,
            )
        ):
            # "rated good in every area, ending almost a decade in which the borough was stuck
            # at 'requires improvement'": the grade of the years it ended
            role = "previous"
        elif (
            role == "current"
            and re.search(
                r"\b(?:after|since|following)\s+(?:the|its|that|their)\s+['‘“\"]?$",
                r.text[max(clause.start, gs - 30) : gs],
                re.IGNORECASE,
            )
            and re.match(r"['’”\"]?\s+(?:rating|judge?ment|verdict|grade)\b", r.text[ge : ge + 20])
        ):
            # "a commissioner was appointed after the inadequate rating": an event after the
            # grade, which came before it
            role = "previous"
        elif (
            role == "current"
            and re.search(
                r"\b(?:improving|improved|improves|building|built|bettering|bettered|up)\s+"
                r"(?:on|upon|from)\s+(?:the|its|their|an?)\s+['‘“\"]?$",
                r.text[max(clause.start, gs - 40) : gs],
                re.IGNORECASE,
            )
            and re.match(r"['’”\"]?\s+(?:rating|judge?ment|verdict|grade)\b", r.text[ge : ge + 20])
        ):
            # "given the top grade overall ..., improving on the good rating it received in
            # 2018": the grade it moved from
            role = "previous"
        elif (
            role == "current"
            and not mine
            and re.match(
                rf"\W*for\s+(?:(?:more\s+than|over|almost|nearly)\s+)?(?:\d+|{T.NUMBER}|many|"
                r"several)\s+(?:years|decades)\s*,?\s+(?:\w+\s+){0,3}?(?:could|had|was|were|"
                r"held|enjoyed|kept)\b",
                r.text[clause.start : gs],
                re.IGNORECASE,
            )
        ):
            # "For eight years this council could point to a good rating. That is now gone.":
            # a span of the past it held the grade, not the grade it holds
            role = "previous"
        interval = None
        # ("..., according to a report published on Friday": the report's day, no time of a
        # grade before)
        if not mine and not [w for w in whens if not _attributed(r, w)] and not earlier:
            interval = _AFTER_SPAN.search(r.text, max(sentence.start, gs - 110), gs)
            if interval and (
                T.GRADE_RE.search(r.text, interval.start("tail"), gs)
                or _LOOSE_INTERVAL.search(r.text, max(sentence.start, interval.start() - 20), gs)
                or [
                    w
                    for w in T.dates(r.text[sentence.start : sentence.end], r.as_of, sentence.start)
                    if not _attributed(r, w)
                ]
            ):
                interval = None
        if interval:
            # "rated outstanding - a decade after the council was judged inadequate", "seven
            # years after children's services in the county were judged inadequate": the grade
            # before, that many years before now (loosely: the report may be months old, the
            # years rounded)
            n_years = (T.number(interval.group("n")) or 1) * (
                10 if interval.group("u").lower().startswith("decade") else 1
            )
            slack = 12 if n_years >= 10 else 0
            try:
                then = r.as_of.replace(year=r.as_of.year - n_years)
            except ValueError:  # 29 February
                then = r.as_of.replace(year=r.as_of.year - n_years, day=28)
            mine = [
                T.When(
                    interval.start(),
                    interval.end(),
                    then - timedelta(days=30 * (14 + slack)),
                    then + timedelta(days=30 * (8 + slack)),
                    "period",
                    True,
                )
            ]
            role = "previous"
        base_whens = items[-1]["whens"] if items else earlier[-1:] if i == 0 else []
        later_base: list[T.When] = []
        if not mine and later and base_whens:
            # "inadequate in 2015 and requires improvement three years later": that year on
            base = base_whens[0]
            n = T.number(later.group("n")) or 1
            if later.group("dir").lower() != "later":
                # "first rated outstanding in 2018 after being judged good three years earlier"
                n = -n
            try:
                first = base.first.replace(year=base.first.year + n) - timedelta(days=200)
                last = base.last.replace(year=base.last.year + n) + timedelta(days=200)
            except ValueError:  # 29 February
                first = last = None
            if first and last:
                mine = [T.When(ge, ge + later.end(), first, last, "period", True)]
                later_base = [base]
                role = "previous" if last < r.as_of - timedelta(days=400) else role
        # the councils named between the grade before and this one own it ("X rated good as
        # Y and Z remain inadequate")
        owners = [
            m.la.urn
            for m in r.mentions
            if m.la.urn
            and (grades[i - 1][1] if i else clause.start) <= m.start < gs
            and clause.start <= m.start
        ]
        if owners and len(urns) > 1:
            owned = list(dict.fromkeys(owners))
        elif len(urns) > 1 and items:
            owned = items[-1].get("urns", list(urns))
        else:
            owned = list(urns)
        moved = _MOVED_TO.search(r.text[max(clause.start, gs - 60) : gs])
        past_context = (
            role == "current"
            and not mine
            # (not an aside's: "help and protection, the area that sank the council two years
            # ago, improved to requires improvement")
            and bool(
                _PAST_CONTEXT.search(_ASIDE_EVENT.sub(",", r.text[sentence.start : clause.end]))
            )
            and not re.search(
                r"\b(?:now|currently|today|this time|latest|newly|new|this (?:week|month|year))\b",
                r.text[sentence.start : clause.end],
                re.IGNORECASE,
            )
        )
        if (
            past_context
            and sentence.start < clause.start
            and re.search(
                r"\b(?:at|in)\s+(?:that|the)\s+time\b|\bat\s+that\s+(?:inspection|point)\b",
                r.text[clause.start : clause.end],
                re.IGNORECASE,
            )
        ):
            # "rated good when Ofsted carried out a full inspection in 2016, although care
            # leavers were the one area judged inadequate at that time": the time the sentence
            # gave before
            sentence_whens = [
                w
                for w in T.dates(r.text[sentence.start : clause.start], r.as_of, sentence.start)
                if not _FRAMEWORK_DATE.search(r.text[max(sentence.start, w.start - 70) : w.start])
            ]
            if sentence_whens:
                mine, past_context = sentence_whens[-1:], False
        if role == "previous" and mine:
            # "upgraded from good following a short inspection from 2 to 6 October": the
            # inspection that moved it is the new grade's, not the grade it left
            mine = [
                w
                for w in mine
                if not (w.start > ge and _MOVED_BY_EVENT.search(r.text, ge, w.start))
            ]
        # "It took until the inspection in December 2021 for the council to shed the
        # inadequate label": the inspection that ended the grade, not one that gave it
        shed_after = bool(
            left
            and mine
            and left_at is not None
            and (
                all(w.end <= left_at for w in mine)
                # "are no longer rated inadequate, according to an Ofsted report published on
                # Tuesday": the new report's day, the grade left its report before
                or all(
                    w.start >= ge
                    and re.search(r"\b(?:report|published|inspection)\b", r.text[ge : w.start])
                    for w in mine
                )
                # "had climbed out of the 'inadequate' category in 2018": the year it left, told
                # right after the grade's name
                or all(
                    w.start >= ge
                    and re.fullmatch(
                        r"['’”\"]?\s*(?:rating|grade|category|label|tag|judge?ment)?\s*(?:in|by)\s*",
                        r.text[ge : w.start],
                        re.IGNORECASE,
                    )
                    for w in mine
                )
            )
        )
        once = _ONCE_EVER.search(r.text, max(sentence.start, gs - 40), gs)
        if once and mine and all(w.end <= once.start() for w in mine):
            # "alongside Wandsworth, which was also once rated inadequate": at some time, not
            # at the time told before
            mine, role = [], "previous"
        items.append(
            {
                # "once rated inadequate": at any time, before the record too
                "ever": bool(once),
                # "judged outstanding at the last inspection, is now rated good": the one
                # before the latest, no other
                "at_last": at_last,
                # "children in care improved to good": the grade before was worse
                "moved": (-1 if moved.group("down") else 1) if moved else 0,
                "grade": grade,
                "urns": owned,
                "areas": areas.get(i, []),
                "role": role,
                "pos": gs,
                "whens": mine,
                "overall_only": i in r.pinned_overall,
                "left": left,
                # "A re-inspection in June 2018 lifted the council out of inadequate": the date
                # told before the move is the lifting inspection's, the grade left the one before
                "left_by_move": shed_after
                or role == "previous"
                and bool(mine)
                and (
                    (
                        all(w.end <= gs and w.start >= clause.start for w in mine)
                        and not any(
                            _SINCE.search(r.text, max(clause.start, w.start - 30), w.start)
                            for w in mine
                        )
                        and bool(_OUT_OF.search(r.text[max(clause.start, mine[-1].end) : gs]))
                    )
                    # ("Trafford climbed out of inadequate a year ago", "came out of
                    # inadequate in 2023": the time told just after the grade left)
                    or (
                        all(w.start >= ge for w in mine)
                        and bool(
                            re.fullmatch(
                                r"['’”\"]?\s*(?:(?:in|at|last|during|by)\s+)?",
                                r.text[ge : mine[0].start],
                                re.IGNORECASE,
                            )
                        )
                        and bool(_OUT_OF.search(r.text[max(clause.start, gs - 60) : gs]))
                    )
                ),
                # "disappointed the service had not achieved good overall": a grade it lacks
                "negated": bool(_NEGATED.search(r.text, max(clause.start, gs - 50), gs))
                # "The elusive outstanding grade has still not come": a grade not reached
                or bool(
                    re.match(
                        r"['’”\"]?\s+(?:overall\s+)?(?:grade|rating|judge?ment|verdict)\s+(?:has|have|had)\s+"
                        r"(?:still\s+|yet\s+)?(?:not|never)\s+(?:yet\s+)?(?:come|arrived|materiali[sz]ed|"
                        r"been\s+(?:achieved|awarded|reached|won|given))\b",
                        r.text[ge : min(clause.end, ge + 80)],
                        re.IGNORECASE,
                    )
                ),
                "weak_previous": weak and role == "previous" and not mine,
                # "Members were informed that ... had been judged Good. Children in care had
                # been judged Outstanding": the past perfect of minutes reporting the latest
                # report, not an earlier inspection
                "reported": weak
                and role == "previous"
                and not mine
                and bool(_REPORTED.search(r.text, r.text.rfind("\n", 0, gs) + 1, gs))
                and not _EARLIER_WORDS.search(r.text, sentence.start, sentence.end),
                # "a decade after it was judged inadequate": dated by the years between
                "interval": bool(interval),
                # "twice judged inadequate", "inadequate for the second time": how many
                # inspections gave it
                "times": _times(
                    r.text[
                        max(clause.start, gs - 40, grades[i - 1][1] if i else clause.start) : min(
                            clause.end,
                            ge + 40,
                            grades[i + 1][0] if i + 1 < len(grades) else ge + 40,
                        )
                    ]
                ),
                # "inadequate in 2016, but ... two years later": the date it counts from
                "later_base": later_base,
                # "at its last inspection, published in January 2023": a publication month
                "published_whens": [
                    w
                    for w in mine
                    if w.precision in ("month", "day", "range")
                    and re.search(
                        r"\b(?:publish\w*|released|came out|issued)\s+(?:on\s+|in\s+)?$",
                        r.text[max(clause.start, w.start - 30) : w.start],
                        re.IGNORECASE,
                    )
                ],
                # "at the 2017 inspection Southwark had been rated good overall, although ...
                # care leavers had both been judged to require improvement", "At that inspection,
                # three and a half years ago, ... while care leavers were judged good": a
                # sentence told of an earlier time, which may be this grade's
                "past_context": past_context,
                # "child protection" is the help-and-protection judgement, or the whole
                # inspection of services for children in need of help and protection
                "loose_protection": bool(re.search(r"\bchild protection\b", body, re.IGNORECASE))
                and not re.search(r"\bhelp and protection\b", body, re.IGNORECASE),
                "all": bool(scope_all)
                and (not areas.get(i) or bool(_ALL.search(r.text[ge : min(clause.end, ge + 60)])))
                and _all_is_mine(
                    body, clause.start, grades, i, from_to.start() if from_to else None
                ),
                # (or after it, the grade left behind being the clause's last: "rated requires
                # improvement, down from good when Ofsted last came in 2018")
                "date_adjacent": any(0 <= w.start - ge < 20 for w in mine)
                or (
                    role == "previous"
                    and 0 < i == len(grades) - 1
                    and any(w.start > ge for w in mine)
                ),
                "rest": bool(
                    re.search(
                        # (not "within weeks of each other": one another)
                        r"\b(?:all|every|the)\s+other\b|\beach\s+other\s+(?:area|judge?ment|"
                        r"category|service)",
                        # (up to the next grade: "judged good and outstanding in every other
                        # area" is the next grade's)
                        T.GRADE_RE.split(r.text[ge : min(clause.end, ge + 40)], maxsplit=1)[0],
                        re.IGNORECASE,
                    )
                    # ("help and protection was judged good and every other area outstanding":
                    # the other areas are the next grade's)
                    and not re.match(
                        r"\W*and\s+(?:all|every|each|the)\s+other\b",
                        r.text[ge : min(clause.end, ge + 40)],
                        re.IGNORECASE,
                    )
                )
                or bool(
                    re.search(
                        r"\b(?:all|every|each|the)\s+other\s+(?:areas?|judge?ments?|services?)\s+"
                        r"(?:(?:was|were)\s+)?(?:(?:rated|judged|graded)\s+)?(?:as\s+)?['‘“\"]?$",
                        r.text[max(clause.start, gs - 60) : gs],
                        re.IGNORECASE,
                    )
                ),
            }
        )
    for j in range(1, len(items)):
        # "Leadership was rated good, having been judged outstanding at the previous full
        # inspection in 2022": the grade left behind is the same judgement's
        if (
            not items[j]["areas"]
            and items[j - 1]["areas"]
            and (
                items[j]["role"] == "previous"
                # "judged help and protection good, an improvement on the 'requires
                # improvement' grade it received in 2019"
                or re.match(
                    r"['’”\"]?\s*,?\s*(?:an?\s+)?(?:improvement|step up|step down|rise|drop|"
                    r"decline|fall)\s+(?:on|from)\b[^,;]*$",
                    r.text[grades[j - 1][1] : grades[j][0]],
                    re.IGNORECASE,
                )
            )
            and re.match(
                r"['’”\"]?\s*,?\s*(?:having\s+(?:previously\s+)?been|after\s+being|"
                r"(?:up|down)\s+from|(?:an?\s+)?(?:improvement|step up|step down|rise|drop|"
                r"decline|fall)\s+(?:on|from))\b[^,;]*$",
                r.text[grades[j - 1][1] : grades[j][0]],
                re.IGNORECASE,
            )
            and not T.areas_in(r.text[grades[j - 1][1] : grades[j][0]])
        ):
            items[j]["areas"] = list(items[j - 1]["areas"])
    for j in range(1, len(items)):
        # ("inadequate for children looked after, inadequate for adoption": a name of an area
        # is no time word)
        between = re.sub(
            r"\blooked[- ]after\b", "", r.text[grades[j - 1][1] : grades[j][0]], flags=re.I
        )
        if (
            not from_to
            and items[j - 1]["whens"]
            and not items[j]["whens"]
            and not items[j].get("interval")
            and items[j]["urns"] == items[j - 1]["urns"]
            and all(w.end <= grades[j - 1][0] for w in items[j - 1]["whens"])
            and (
                re.search(r"\band\b", between, re.IGNORECASE)
                # (a list: "inadequate for help and protection, inadequate for children looked
                # after, inadequate for adoption")
                or (
                    between.rstrip().endswith(",")
                    and T.areas_in(r.text[grades[j - 1][1] : grades[j][0]])
                )
            )
            and not re.search(
                r"\b(?:but|yet|although|though|whereas|now|since|today|currently|this|latest|"
                r"new|has|have|is|are|later|then|before|after|subsequently|until|again|since|"
                r"previous\w*|last|earlier|once|ago|from)\b|[;:–—(]",
                between,
                re.IGNORECASE,
            )
        ):
            # "in March 2019, services were rated inadequate overall and leadership was found
            # to be inadequate": a grade joined to a dated one in the same telling is of that time
            items[j]["whens"] = list(items[j - 1]["whens"])
            items[j]["role"] = items[j - 1]["role"]
            items[j]["past_context"] = False
    held_since = (
        _HELD_SINCE.match(r.text, grades[0][1])
        if len(items) == 1 and len(grades) == 1 and not from_to
        else None
    )
    if (
        held_since
        and held_since.end() <= clause.end
        and re.search(
            r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:been|held|kept|retained|had)\b|^\W*(?:rated|judged)\b",
            r.text[clause.start : grades[0][0]],
            re.IGNORECASE,
        )
        and not re.search(
            r"\b(?:not|never|no\s+longer|yet\s+to)\b|n['’]t\b",
            r.text[clause.start : grades[0][0]],
            re.IGNORECASE,
        )
    ):
        # "Cambridgeshire itself has been rated good since its last inspection in 2019": the
        # grade that inspection gave, and every one since
        items[0]["held_since"] = int(held_since.group("y"))
    for it in items:
        if it["role"] == "previous" and len(it["whens"]) == 1 and len(items) == 1 and not from_to:
            w = it["whens"][0]
            sm = _SINCE_MOVE.search(r.text, max(sentence.start, w.start - 80), w.start)
            if (
                sm
                and not T.GRADE_RE.search(r.text, sm.end(), w.start)
                # "has not improved since the last inspection in 2021": no move said
                and not re.search(
                    r"\b(?:not|never|yet to|failed to|no longer|barely|hardly)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$",
                    r.text[max(sentence.start, sm.start() - 30) : sm.start()],
                    re.IGNORECASE,
                )
            ):
                # "help and protection had declined since 2018, when it was rated as requiring
                # improvement": the latest grade is worse than that one
                it["since_moved"] = 1 if sm.group("up") else -1
        step = re.search(
            r"\b(?:is|was|marks|marked|represents|represented)\s+an?\s+(?:\w+\s+)?"
            r"(?:step|move)\s+(?:(?P<up>up|forward)|(?P<down>down|back(?:wards?)?))\s+for\s+"
            r"[^,;:]{1,60},\s+(?:whose|which|where)\b",
            r.text[max(sentence.start, clause.start - 100) : it["pos"]],
            re.IGNORECASE,
        )
        if (
            step
            and len(items) == 1
            and it["whens"]
            and not from_to
            and re.search(r"\b(?:last|previous|prior)\b", body, re.IGNORECASE)
        ):
            # "It is a step up for Sheffield, whose services were rated requires improvement at
            # their last full inspection, in a report published in 2014": the latest grade is
            # better than that one
            it["since_moved"] = 1 if step.group("up") else -1
        move = _MOVE_FROM.search(r.text, max(sentence.start, it["pos"] - 60), it["pos"])
        if move and it["role"] == "previous" and len(items) == 1 and it["whens"]:
            # "rated requires improvement - a step down from the inadequate rating handed to
            # the council in 2019", "have each moved down a grade, having been judged to
            # require improvement in both 2016 and 2019": the latest grade is that way from it
            up = move.group("up") or move.group("up2") or move.group("upv")
            it["since_moved"] = 1 if up else -1
    if (
        len(items) == 1
        and not items[0]["areas"]
        and sentence.start < clause.start
        and re.search(
            r"\bwhen\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:\w+\s+){0,2}$",
            r.text[clause.start : grades[0][0]],
            re.IGNORECASE,
        )
    ):
        # "support for children in need of help and protection has improved since the last
        # full inspection in 2018, when it was judged to require improvement": 'it' is the
        # one judgement the sentence opened with
        lead_in = r.text[sentence.start : clause.start]
        said = {a for _, _, a in T.areas_in(lead_in)}
        if len(said) == 1 and "overall" not in said and not T.GRADE_RE.search(lead_in):
            items[0]["areas"] = sorted(said)
    if len(items) > 1:
        # "three councils - A, B and C - were rated outstanding and five, including Rutland,
        # were rated good": a council named after a grade, before the next one, owns the next
        # one only; the grade before it is of councils named before the clause
        named_at = [
            (m.start, m.la.urn)
            for m in r.mentions
            if m.la.urn
            and clause.start <= m.start < clause.end
            # (not the council of a time told between: "Help and protection, rated good when
            # Kingston was last inspected in 2019, is now outstanding")
            and not (
                re.search(r"\bwhen\s+$", r.text[max(0, m.start - 8) : m.start], re.I)
                and re.match(
                    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:last\s+|previously\s+|first\s+)?"
                    r"(?:inspected|visited|assessed)\b",
                    r.text[m.end : m.end + 40],
                    re.I,
                )
            )
        ]
        for j, it in enumerate(items):
            if any(p < grades[j][0] for p, _ in named_at):
                continue
            owned_later = {
                u
                for k in range(j + 1, len(items))
                for p, u in named_at
                if grades[k - 1][1] <= p < grades[k][0]
            }
            if owned_later and set(it["urns"]) <= owned_later:
                it["urns"] = []
    for k, g in enumerate(grades):
        # "Brent and Somerset had their leadership rated good and requires improvement
        # respectively": each grade of the run to its council, in order
        if not re.match(r"['’”\"]?\s*,?\s*respectively\b", r.text[g[1] : g[1] + 20], re.I):
            continue
        j0 = k
        while j0 > 0 and re.fullmatch(
            r"['’”\"]?\s*(?:,|,?\s*and|&)\s*['‘“\"]?", r.text[grades[j0 - 1][1] : grades[j0][0]]
        ):
            j0 -= 1
        run = items[j0 : k + 1]
        owners_run = run[0]["urns"]
        if (
            len(run) > 1
            and len(owners_run) == len(run)
            and all(it["urns"] == owners_run for it in run)
        ):
            shared = list(dict.fromkeys(a for it in run for a in it["areas"]))
            for it, u in zip(run, owners_run, strict=True):
                it["urns"] = [u]
                it["areas"] = it["areas"] or shared
    prev_sentence = [x for x in r.sentence_spans if x.end <= sentence.start]
    if (
        not whens
        and items
        and not any(it["whens"] for it in items)
        and prev_sentence
        and re.match(
            r"\W*(?:at|in|during|after)\s+(?:that|this|the\s+same)\s+(?:inspection|visit|time)\b",
            r.text[sentence.start : clause.end],
            re.IGNORECASE,
        )
    ):
        # "...have improved since the previous inspection in 2019'. At that inspection the
        # council was rated good overall but told its work with children who need help and
        # protection required improvement": the inspection the sentence before dated
        told_at = [
            w
            for w in T.dates(
                r.text[prev_sentence[-1].start : prev_sentence[-1].end],
                r.as_of,
                prev_sentence[-1].start,
            )
            if not w.relative
            and re.search(
                r"\b(?:inspect\w*|visit\w*|report)\s+(?:\w+\s+)?(?:in|of|on)\s+(?:\w+\s+)?$",
                r.text[max(prev_sentence[-1].start, w.start - 40) : w.start],
                re.IGNORECASE,
            )
        ]
        if len(told_at) == 1:
            for it in items:
                it["whens"] = list(told_at)
    if (
        not whens
        and items
        and not any(it["whens"] for it in items)
        and clause.start - sentence.start < 20
        and prev_sentence
        and "\n" not in r.text[prev_sentence[-1].end : sentence.start]
        and re.search(
            r"\b(?:was|were)\s+(?:all\s+|also\s+|both\s+|each\s+)?(?:judged|rated|found|graded)\b",
            body,
            re.IGNORECASE,
        )
        and not re.search(
            r"\b(?:now|currently|current|today|latest|recent\w*|since|new|later|subsequent\w*|next|"
            r"this (?:time|year|week|month)|last|previous\w*|improv\w*|had|has|have)\b",
            body,
            re.IGNORECASE,
        )
    ):
        # "In July 2017 Ofsted judged the council inadequate. Help and protection, children
        # looked after and leadership were all judged inadequate": the sentence before dates it
        told = [
            x
            for x in r.claims
            if x.type in (Kind.GRADE, Kind.TREND)
            and prev_sentence[-1].start <= x.start < prev_sentence[-1].end
            and all(isinstance(it, dict) for it in x.facts.get("grades") or [0])
        ]
        dated = told[-1].facts["grades"][-1]["whens"] if told else []
        if (
            dated
            and not any(w.relative for w in dated)
            and set(told[-1].urns) == set(urns)
            # the date its own, of a plain grade ("retained the top rating it first achieved in
            # 2019, with inspectors judging services outstanding": no date of this inspection)
            and not any(
                x.start <= w.start < x.end for w in dated for x in told if x is not told[-1]
            )
            and not any("consecutive" in x.facts or x.facts.get("previous_cue") for x in told)
        ):
            for it in items:
                it["whens"] = list(dated)
    if (
        not whens
        and items
        and not any(it["whens"] for it in items)
        and re.match(
            r"\W*but\s+(?:also\s+)?(?:said|found|judged|rated|noted|warned|added|that)\b",
            body,
            re.IGNORECASE,
        )
    ):
        # "in 2017, when inspectors rated the council good overall but said help and
        # protection required improvement": the grade the 'but' adds is the same inspection's
        told = _told_just_before(r, sentence.start, clause.start)
        dated = told[-1].facts["grades"][-1]["whens"] if told else []
        if (
            dated
            and not any(w.relative for w in dated)
            and set(told[-1].urns) == set(urns)
            and not told[-1].facts.get("previous_cue")
        ):
            for it in items:
                it["whens"] = list(dated)
    if (
        not whens
        and items
        and not any(it["whens"] for it in items)
        and re.match(r"\W*and\s+(?:also\s+)?(?:found|judged|rated|graded)\b", body, re.IGNORECASE)
    ):
        # "rated good, three years after inspectors judged them to require improvement and
        # found leadership inadequate": the verb shares the subject and time of the one before
        told = _told_just_before(r, sentence.start, clause.start)
        last = told[-1].facts["grades"][-1] if told else None
        if (
            last is not None
            and last["role"] == "previous"
            and last["whens"]
            and set(told[-1].urns) == set(urns)
            and re.search(
                r"\b(?:after|since|when)\s+(?:inspectors|Ofsted|the\s+watchdog|it|they)\s+"
                r"(?:had\s+|last\s+)?(?:judged|rated|found|graded)\b",
                r.text[told[-1].start : last["pos"]],
                re.IGNORECASE,
            )
        ):
            for it in items:
                it["whens"] = list(last["whens"])
                it["role"] = "previous"
                it["interval"] = last.get("interval", False)
    for k in range(1, len(items)):
        # "Help and protection: requires improvement (2015: inadequate)": the same area's
        # grade before
        if not items[k]["areas"] and re.fullmatch(
            rf"['’”\"]?\s*\(\s*(?:{T.YEAR})\s*[:–—-]\s*['‘“\"]?",
            r.text[grades[k - 1][1] : grades[k][0]],
        ):
            items[k]["areas"] = list(items[k - 1]["areas"])
            items[k]["overall_only"] = items[k - 1]["overall_only"]
    # "judged good on every measure except care leavers"; "every area inadequate apart from
    # adoption": the areas after the exception are the ones that do not have the grade
    exc = _EXCEPT.search(r.text, grades[0][1], clause.end)
    exc_end = clause.end
    if not exc:
        # "..., with only adoption escaping the lowest grade": the exception's own clause
        at = re.compile(r"[\s,]*").match(r.text, clause.end)
        nxt = _EXCEPT.match(r.text, at.end() if at else clause.end, sentence.end)
        if nxt and re.match(r"(?:with|leaving)\s+only\b", nxt.group(0), re.IGNORECASE):
            exc = nxt
            stop = re.compile(r"[;:.]").search(r.text, nxt.end(), sentence.end)
            exc_end = stop.start() if stop else sentence.end
    if not exc and len(grades) == 1:
        # "every area bar one - adoption - required improvement", "all areas except care leavers
        # were rated good": the exception told before the grade
        ahead = _EXCEPT.search(r.text, clause.start, grades[0][0])
        if ahead and re.search(
            r"\b(?:every|all|each)\b", r.text[clause.start : ahead.start()], re.IGNORECASE
        ):
            exc, exc_end = ahead, grades[0][0]
    other = _EVERY_OTHER.search(r.text, clause.start, grades[0][0])
    if (
        not exc
        and len(grades) == 1
        and other
        and not T.areas_in(r.text[other.end() : grades[0][0]])
    ):
        # "judged the impact of its leaders to be outstanding and rated every other area of
        # its children's services good": every area but those the sentence named before
        before_areas = [
            a for _, _, a in T.areas_in(r.text[sentence.start : clause.start]) if a != "overall"
        ]
        if before_areas:
            for it in items:
                it["except"] = list(dict.fromkeys(before_areas))
                it["except_strict"] = False
                it["areas"] = []
    if exc and not r.in_long_quote(exc.start()):
        left_out = list(
            dict.fromkeys(a for _, _, a in T.areas_in(r.text[exc.end() : exc_end]))
        ) or ["unnamed"]
        for it in items:
            it["except"] = left_out
            # of one council the areas left out do not have the grade ("good on every measure
            # except, in Liverpool's case, care leavers" leaves Brent's care leavers alone)
            it["except_strict"] = len(urns) == 1
            it["areas"] = [a for a in it["areas"] if a not in left_out]
    if len(r.mentions) > 1:
        # "care leavers' services in Hackney and help and protection in Ealing were found to
        # require improvement": each area with the council named after it
        area_urns: dict[str, int] = {}
        for _, a_end, area in T.areas_in(body, clause.start):
            m = next(
                (
                    m
                    for m in r.mentions
                    if m.la.urn
                    and a_end <= m.start <= a_end + 25
                    and re.fullmatch(
                        r"(?:['’]s?)?(?:\s+(?:services?|work))?\s+(?:in|at|for)\s+(?:the\s+)?",
                        r.text[a_end : m.start],
                        re.IGNORECASE,
                    )
                ),
                None,
            )
            if m is not None and m.la.urn:
                area_urns[area] = m.la.urn
        if len(set(area_urns.values())) > 1:
            urns = list(dict.fromkeys([*urns, *area_urns.values()]))
            for it in items:
                it["area_urns"] = area_urns
                it["urns"] = list(urns)
    if (
        from_to
        and len(items) == 2
        and len(urns) == 1
        and items[0]["role"] == "previous"
        and items[0]["whens"]
        and not items[1]["whens"]
        and all(w.end <= grades[0][0] for w in items[0]["whens"])
        and not T.GRADE_RE.search(r.text[clause.start : grades[0][0]])
        and not _SINCE.search(r.text[clause.start : grades[0][0]])
    ):
        # "In 2018 the council climbed out of inadequate, to requires improvement", "In 2018
        # it improved from inadequate to good": the year opens the move, and dates its end
        # (the grade it left is the inspection's before)
        items[1]["whens"] = list(items[0]["whens"])
    for k, it in enumerate(items):
        # "from requires improvement in 2017 to good in 2021 and outstanding now": the grade
        # said of now is the latest inspection's, of the judgement the chain is of
        if re.match(
            r"['’”\"]?\s+(?:now|today|this\s+time|at\s+present|currently)\b",
            r.text[grades[k][1] : grades[k][1] + 20],
            re.IGNORECASE,
        ):
            it["now_said"] = True
            if from_to and k >= 2 and not it["areas"] and not it["whens"]:
                chain = {tuple(x["areas"]) for x in items[:k] if x["areas"]}
                if len(chain) == 1 and re.fullmatch(
                    r"['’”\"]?\s+(?:(?:in|at)\s+(?:\w+\s+)?(?:19|20)\d\d\s*)?(?:,|,?\s*and|,?\s*then)"
                    r"\s+(?:to\s+)?['‘“\"]?",
                    r.text[grades[k - 1][1] : grades[k][0]],
                    re.IGNORECASE,
                ):
                    it["areas"] = list(next(iter(chain)))
    if from_to and any(it["areas"] for it in items):
        # "children in care has improved from requires improvement in 2018 to good": both
        # grades are of the area named (the two of the move only: "moved from outstanding to
        # good, while children in care remained outstanding" gives care no second grade)
        kf = next(
            (
                j
                for j, g in enumerate(grades)
                if clause.start + from_to.start() <= g[0] < clause.start + from_to.end()
            ),
            None,
        )
        if kf is None:
            pair = items
        elif kf + 1 < len(items) and re.search(
            r"\bto\b", r.text[grades[kf][1] : grades[kf + 1][0]], re.IGNORECASE
        ):
            pair = items[kf : kf + 2]  # "from requires improvement in 2018 to good"
        else:
            pair = items[max(0, kf - 1) : kf + 1]  # "rated good, up from requires improvement"
        shared = list(dict.fromkeys(a for it in pair for a in it["areas"]))
        for it in pair:
            if not it["areas"]:
                it["areas"] = shared
    # (a move "from inadequate to good" is of the same judgement, not of several)
    several = (
        len(items) > 1
        and not any(it["areas"] for it in items)
        and not (from_to and len(urns) == 1)
        # "rated good in 2017 before slipping to requires improvement": a move of one judgement
        and not (len(items) == 2 and items[1]["moved"] and len(urns) == 1)
        # "rated requires improvement, three years after they were judged inadequate": grades
        # of two inspections, each its overall one, not several judgements of one
        and not (
            len(urns) == 1
            and len({it["role"] for it in items}) > 1
            and any(it.get("interval") or it["whens"] for it in items if it["role"] == "previous")
        )
        # "in 2018 it was judged good, having been rated inadequate in 2016", "inadequate in
        # 2015 and requires improvement in 2019": each grade told with a year of its own is its
        # inspection's overall one, not one of several judgements of one inspection
        and not (
            len(urns) == 1
            and all(it["whens"] for it in items)
            and len({it["whens"][0].first.year for it in items}) == len(items)
        )
    )
    # "the area judged to require improvement": a judgement the clause does not name
    if not any(it["areas"] for it in items) and re.search(
        r"\b(?:the|this|that|one|an?|the only|the one)\s+(?:other\s+)?(?:area|judgement|judgment|category|aspect)\b",
        r.text[clause.start : grades[0][0]],
        re.IGNORECASE,
    ):
        several = True
    if (
        len(items) == 1
        and not items[0]["areas"]
        and not items[0]["all"]
        and re.match(
            r"['’”\"]?\s+(?:judge?ment|grading)\b",
            r.text[grades[0][1] : grades[0][1] + 20],
            re.IGNORECASE,
        )
        and re.search(r"\b(?:the|this|that)\s+['‘“\"]?$", r.text[clause.start : grades[0][0]], re.I)
        and not re.search(r"\boverall\b", body, re.IGNORECASE)
    ):
        # "said the outstanding judgement was a tribute to foster carers": the judgement that
        # is outstanding, whichever it is (not "the outstanding rating", the council's)
        several = True
    for same_w, same_at in same_then[:1]:
        told_before = [it for it in items if it["pos"] < same_at]
        if len(told_before) == 1 and not from_to and len(urns) == 1:
            items.append(
                dict(
                    told_before[0],
                    role="previous",
                    whens=[same_w],
                    pos=same_at,
                    moved=0,
                    times=None,
                    interval=False,
                    later_base=[],
                    published_whens=[],
                    past_context=False,
                    left=False,
                    negated=False,
                    weak_previous=False,
                    date_adjacent=True,
                )
            )
    if len(items) == 1 and len(urns) > 1 and items[0]["whens"]:
        # "Leeds was rated outstanding last December and North Yorkshire in August last year":
        # the grade once, each council with the time after its name
        ge0 = grades[0][1]
        tail = [
            m
            for m in r.mentions
            if m.la.urn
            and ge0 < m.start < clause.end
            and re.fullmatch(r"\s*(?:,\s*)?(?:and|while|with)\s+", r.text[ge0 : m.start]) is None
            and re.search(r"(?:,|\band)\s+(?:then\s+)?$", r.text[max(ge0, m.start - 12) : m.start])
        ]
        first_w = [w for w in items[0]["whens"] if w.start < (tail[0].start if tail else 0)]
        if len(tail) == 1 and first_w and tail[0].la.urn in urns:
            m = tail[0]
            theirs = [
                w
                for w in whens
                if m.end <= w.start < clause.end
                and re.fullmatch(
                    r"\s*(?:(?:was|were)\s+)?(?:also\s+)?(?:in|on|last|this)?\s*",
                    r.text[m.end : w.start],
                    re.IGNORECASE,
                )
            ]
            gapped_before = [u for u in items[0]["urns"] if u != m.la.urn] or [
                u for u in urns if u != m.la.urn
            ]
            if theirs and gapped_before and not T.GRADE_RE.search(r.text, m.end, clause.end):
                items[0]["urns"], items[0]["whens"] = gapped_before, first_w
                items.append(dict(items[0], urns=[m.la.urn], whens=theirs, pos=m.start))
    prev_pos = [
        it["pos"] for it in items if it["role"] == "previous" and isinstance(it.get("pos"), int)
    ]
    if (
        # ("judged outstanding, a leap of two grades from requires improvement in 2015": the
        # year is the grade before's, the narrative's the grade now)
        not whens or (prev_pos and all(w.start > min(prev_pos) for w in whens))
    ) and (scene := _scene_year(r, sentence, clause)) is not None:
        # "By the autumn of 2021 the picture had changed. A two-week inspection ... rated the
        # council good overall": the year the narrative set, if ilacs holds an inspection then
        for it in items:
            if not it["whens"] and it["role"] == "current" and not it.get("interval"):
                it["scene"] = scene
    elif not whens and (scene := _scene_year(r, sentence, clause, across=True)) is not None:
        # "... who spent four weeks in the authority in November and December 2016, rated the
        # council inadequate overall. / Help and protection and leadership were both judged
        # inadequate": the year of the paragraph before, which the record may settle (the
        # latest report still may, and only the two together contradict)
        for it in items:
            if not it["whens"] and it["role"] == "current" and not it.get("interval"):
                it["scene_loose"] = scene
    kind = (
        Kind.TREND if trend and (previous or len({it["grade"] for it in items}) > 1) else Kind.GRADE
    )
    consecutive = re.search(
        rf"\b(?:(?:for\s+)?(?:the\s+|a\s+)?(?P<n>{T.ORDINAL})\s+(?:consecutive|successive|straight)\s+"
        # "the third consecutive Good overall judgement": a grade's judgements in a row
        rf"(?:['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s+(?:overall\s+)?(?=judge?ment|rating|grade))?"
        # "the second consecutive full inspection at which ..."
        r"(?:(?:full|Ofsted|ILACS|standard|short)\s+)?(?:time|inspection|judge?ment|rating|grade)|"
        # "the third good rating in a row": a grade's ratings in a row
        rf"(?:for\s+)?(?:the\s+|a\s+)?(?P<n2>{T.ORDINAL})\s+"
        rf"(?:['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s+(?:overall\s+)?(?=judge?ment|rating|grade))?"
        r"(?:(?:full\s+)?(?:time|inspection|report|judge?ment|rating|grade)s?)\s+(?:in\s+a\s+row|running)|"
        rf"(?P<n3>{T.NUMBER})\s+(?:times|(?:full\s+)?inspections)\s+(?:in\s+a\s+row|running)|"
        # "rated good at three consecutive inspections"
        rf"(?P<n4>{T.NUMBER})\s+(?:consecutive|successive|straight)\s+(?:full\s+)?(?:inspections|times|reports)|"
        # ("against 18 nationally" is no "again")
        rf"(?P<again>once again|again|(?:retain\w*|maintain\w*|sustain\w*)(?!\s+{_NOT_KEPT})|"
        r"consecutive)\b)",
        body,
        re.IGNORECASE,
    )
    if (
        previous
        and not whens
        and items
        and all(it["role"] == "current" and not it["whens"] and it["areas"] for it in items)
        and re.fullmatch(
            r"(?:\W*\b(?:was|were)\s+(?:also\s+)?(?:rated|judged|graded)\b)+\W*",
            "".join(m.group(0) for m in _PREVIOUS.finditer(body)),
            re.IGNORECASE,
        )
        and (
            (clause.start - sentence.start < 20 and _told_now_before(r, sentence, urns))
            or _told_now_then_but(r, sentence, clause, urns)
        )
    ):
        # "Inspectors rated the impact of leaders and care leavers as good. However, help and
        # protection was judged to require improvement": the same telling of the latest
        # report, not an earlier one ('was judged' only a tense)
        previous = False
    for it in items:
        # "alongside Kent, whose own outstanding report came out in early July, Hampshire and
        # East Sussex": a time inside a relative clause on one council is that council's alone
        when_owners = set().union(*(_aside_owners(r, sentence, w.start) for w in it["whens"]))
        # "Hartlepool, Northumberland and, earlier this month, North Tyneside were all
        # outstanding": a time set between commas before one of a list is that one's
        when_owners |= {
            m.la.urn
            for w in it["whens"]
            for m in r.mentions
            if m.la.urn
            and re.fullmatch(r"\s*,\s*", r.text[w.end : m.start])
            and re.search(r"(?:,|\band)\s*$", r.text[max(sentence.start, w.start - 8) : w.start])
        }
        if len(when_owners) == 1 and len(urns) > 1:
            it["when_urns"] = sorted(when_owners)
        joined = re.search(r"\b(?:joining|alongside|like)\b", body)
        if (
            "when_urns" not in it
            and joined
            and len(urns) > 1
            and it["whens"]
            and all(w.end <= clause.start + joined.start() for w in it["whens"])
        ):
            # "North Tyneside became the region's fourth outstanding council earlier this month,
            # joining Northumberland, Hartlepool and Sunderland": the time is the subject's, the
            # councils it joins hold the grade now
            subject = {
                m.la.urn
                for m in r.mentions
                if m.la.urn and clause.start <= m.start < clause.start + joined.start()
            }
            if subject and subject < set(urns):
                it["when_urns"] = sorted(subject)
    facts = {
        "grades": items,
        "whens": whens,
        "previous_cue": previous,
        "several": several,
        # "a step up from the 'good' rating it received in 2021" names one grade: its date is
        # that grade's, not the new one's
        "from_to": bool(from_to) and len(items) > 1,
    }
    if n_of and re.search(
        rf"\bat\s+least\s+(?:in\s+)?(?:{T.NUMBER})\s+(?:out\s+of\s+|of\s+)?"
        r"(?:the\s+|its\s+)?(?:\w+\s+)?(?:areas?|judge?ments?|categor(?:y|ies))\b",
        body,
        re.IGNORECASE,
    ):
        facts["at_least"] = True  # "graded good in at least one area": that many or more
    if all_but:
        facts["all_but"] = T.number(all_but.group("k"))
    if consecutive:
        word = (
            consecutive.group("n")
            or consecutive.group("n2")
            or consecutive.group("n3")
            or consecutive.group("n4")
        )
        facts["consecutive"] = T.number(word) if word else 2
        # "for the second inspection in a row": that many, no more ("three consecutive
        # inspections" may be the last three of more)
        facts["consecutive_exact"] = bool(consecutive.group("n") or consecutive.group("n2"))
        # "are good again", "back to good again": a return to the grade or a repeat of it
        # (not "retained", "maintained", "consecutive")
        facts["again"] = bool(
            consecutive.group("again")
            and consecutive.group("again").lower() in ("again", "once again")
        )
        kind = Kind.TREND
        if re.search(
            rf"\b(?:this|it)\s+(?:was|is|marks|marked)\s+(?:the|a)\s+{T.ORDINAL}\s+",
            r.text[sentence.start : consecutive.start() + clause.start + 12],
            re.IGNORECASE,
        ):
            # "this was the third consecutive inspection at which the council had been judged
            # good": the run ends with this inspection, told in the past of reported speech
            for it in items:
                if it["role"] == "previous" and it.get("weak_previous") and not it["whens"]:
                    it["role"] = "current"
                    it["weak_previous"] = False
    start = _tight_start(r, clause, grades[0][0])
    # "inspected between June 12 and June 23 and found to require improvement": the grade's
    # claim starts after the dates of the visit
    earlier_dates = [
        w
        for w in whens
        if w.end <= grades[0][0]
        and _DATE_ROLE_VISIT.search(r.text[max(clause.start, w.start - 40) : w.start])
    ]
    if earlier_dates:
        nxt = re.compile(r"\b\w").search(r.text, earlier_dates[-1].end, grades[0][0])
        start = max(start, nxt.start() if nxt else earlier_dates[-1].end)
    # "the experience of children who need protection was outstanding": from the area named
    named = [a for a, _, _ in T.areas_in(body, clause.start) if a < start]
    if named:
        start = min(start, named[0])
    # "does not lead to a new grade, so the council remains rated good": from the consequence
    so = list(
        re.finditer(r"[,;]\s+so\s+(?!far\b|much\b|many\b|that\b)", r.text[start : grades[0][0]])
    )
    if so:
        start += so[-1].end()
    end = clause.end
    # "rated inadequate in all areas in April 2016, citing a 'corporate failure...'": the grade's
    # claim ends where the reasons begin (a quotation there is a claim of its own)
    reasons = _REASONS.search(r.text, grades[-1][1], clause.end)
    if reasons:
        end = reasons.start()
    jump = re.search(
        r"[,;–—]\s*(?:a|an|which\s+(?:is|was)\s+a)\s+(?:\w+\s+){0,2}?(?=(?:jump|leap|rise|climb|improvement|"
        r"fall|drop|increase)\s+(?:by\s+|of\s+)?\w+\s+(?:grades?|levels?|notches|steps)\b)",
        r.text[grades[-1][1] : end],
        re.IGNORECASE,
    )
    if jump:
        # "rated good, a jump of two grades from 2016": the jump is a claim of its own
        end = _trim_span(r.text, start, grades[-1][1] + jump.start())[1]
    for j in range(1, len(items) if len(items) == len(grades) else 0):
        later_pred = _PREDECESSOR.search(r.text, grades[j - 1][1], grades[j][0])
        if later_pred:
            # "rated outstanding by Ofsted, completing a turnaround that began when the old
            # county council was told its services required improvement": the grades after it
            # are the council before this one's, which ilacs files under another name
            del items[j:]
            break
    pred = _PREDECESSOR.search(r.text, clause.start, grades[0][0])
    if pred and not re.search(
        r"\b(?:replac\w+|succeed\w*|took over from|taking over from|from)\s+(?:the\s+)?$",
        r.text[max(clause.start, pred.start() - 25) : pred.start()],
        re.IGNORECASE,
    ):
        facts["predecessor"] = True
    elif re.search(
        r"\bthe\s+(?:county|district)\s+council\b", r.text[clause.start : grades[0][0]], re.I
    ) and re.search(
        r"\b(?:(?:was|were)\s+abolished|predecessor|replaced\s+(?:the\s+)?(?:\w+\s+){0,3}?council|"
        r"(?:council|authority)\s+(?:was|were)\s+replaced)\b",
        r.text[max(0, sentence.start - 600) : sentence.start],
        re.I,
    ):
        # "Cumbria County Council was abolished in April 2023. The county council's children's
        # services had been judged...": the council before this one
        facts["predecessor"] = True
    if "consecutive" in facts:
        # "the second time in a row ..., following its previous inspection in 2019": the
        # inspection before is part of the claim
        more = re.match(
            r",?\s+(?:following|after|since|as at)\s+(?:its|the|their)\s+(?:previous|last)\s+"
            r"(?:full\s+)?inspection[^.;]*",
            r.text[end : sentence.end],
            re.IGNORECASE,
        )
        if more:
            end = _trim_span(r.text, start, end + more.end())[1]
    again = _AFTER_EARLIER.match(r.text, end, sentence.end)
    if (
        again
        and items
        and re.search(
            r"\b(?:second|third|fourth)\s+time\b|\bagain\b|\bonce more\b",
            r.text[sentence.start : grades[-1][0]],
            re.IGNORECASE,
        )
    ):
        # "the second time ... that its services have been judged inadequate, after a damning
        # inspection in 2014": the grade before, of that year
        y = int(again.group("y"))
        year = T.When(again.start("y"), again.end("y"), date(y, 1, 1), date(y, 12, 31), "year")
        items.append(
            dict(items[-1], role="previous", whens=[year], times=None, pos=again.start("y"))
        )
        end = again.end()
        kind = Kind.TREND
    c = Claim(start, end, r.text[start:end], kind, list(urns))
    c.grade_scope = "all" if scope_all else None
    c.number, c.total = n_of or (None, None)
    c.dates = [(w.first, w.precision) for w in whens]
    c.facts = facts
    carried = [
        x
        for x in r.claims
        if x.type in (Kind.GRADE, Kind.TREND)
        and sentence.start <= x.start
        and x.end <= clause.start
        and not r.text[x.end : clause.start].strip(" ,;")
        and x.facts.get("grades")
        and all(isinstance(it, dict) for it in x.facts["grades"])
    ]
    if (
        carried
        and len(items) == 1
        and items[0]["areas"]
        and not whens
        and not scope_all
        and n_of is None
        and set(carried[-1].urns) == set(urns)
        # (one time and no count of its own: "rated requiring improvement in three categories
        # in 2015, but good in leadership" is two claims)
        and carried[-1].number is None
        and (
            not any(it["whens"] for it in carried[-1].facts["grades"])
            or _WITH_GRADE.match(body) is not None
        )
        and (
            re.match(
                r"\W*and\s+(?:also\s+)?['‘“\"]?(?:" + T.GRADE_WORDS + r")['’”\"]?\s+(?:for|in)\s",
                body,
                re.IGNORECASE,
            )
            # "was rated good overall, with outstanding help and protection": the grades of
            # the same report, one claim
            or _WITH_GRADE.match(body)
            # "Leadership and care leavers were judged outstanding, with help and protection
            # judged good": the same telling, of a grade named in no other time (not a move's)
            or (
                (with_area := _WITH_AREA_GRADE.match(body)) is not None
                and not carried[-1].facts.get("from_to")
                and not any(it["whens"] for it in carried[-1].facts["grades"])
                and any(a[0] == with_area.end("with") for a in T.areas_in(body))
            )
            # "rated the impact of leaders and care leavers outstanding, and help and
            # protection and children in care good": the list's last items, in one claim
            or (
                (and_at := re.match(r"\W*and\s+(?:also\s+)?(?:the\s+)?", body, re.IGNORECASE))
                is not None
                and any(a[0] == and_at.end() for a in T.areas_in(body))
                and not T.GRADE_RE.search(body, 0, and_at.end())
                # (elliptical, sharing the verb before: not "..., and help and protection and
                # care leavers were both rated good", a clause of its own)
                and not re.search(
                    r"\b(?:was|were|is|are|has|have|had|both|all|each)\b", body, re.IGNORECASE
                )
            )
        )
    ):
        # "rated good for leadership ... and for children in care, and outstanding for care
        # leavers": one claim of the grades it gives, which holds only if each does
        held = carried[-1]
        # (a date earlier in the sentence is the first grade's, not this one's)
        items[0]["whens"] = [w for w in items[0]["whens"] if w.start >= clause.start]
        if _WITH_GRADE.match(body) and not items[0]["whens"]:
            # (of the report the grade before it is: "At the last inspection, in 2023, it was
            # rated good overall, with outstanding help and protection")
            last = held.facts["grades"][-1]
            items[0]["whens"], items[0]["role"] = list(last["whens"]), last["role"]
        held.facts["grades"].extend(items)
        held.end = _trim_span(r.text, held.start, end)[1]
        held.text = r.text[held.start : held.end]
        return
    r.claims.append(c)


# "a decade after the council was judged inadequate", "seven years after it was rated good": a
# grade the years before now (the words up to the grade, no verb of another event between)
# a day told of the report the sentence cites: "..., according to a report published on
# Friday", "..., an Ofsted report published yesterday says"
_ATTRIBUTED = lazyre.compile(
    r"(?:\baccording\s+to|,\s*(?:says|said|finds|found|reveals|revealed))\s+(?:a|an|the|its|their)"
    r"\s+(?:(?:new|latest|Ofsted|inspection|watchdog['’]s)\s+){0,2}(?:report|verdict|findings)\s*,?"
    r"\s+(?:published|released|issued|out)\s+(?:on\s+|last\s+|this\s+)?$",
    re.IGNORECASE,
)


def _attributed(r: Reader, w: T.When) -> bool:
    return bool(_ATTRIBUTED.search(r.text, max(0, w.start - 90), w.start))


_AFTER_SPAN = lazyre.compile(
    rf"\b(?P<n>{T.NUMBER}|a|an)\s+(?P<u>years?|decades?)\s+(?:after|since)\s+"
    r"(?P<tail>(?:(?!\b(?:visit\w*|monitoring|focused|letter|warn\w*|concerns?|created|formed|"
    r"replaced|abolished|split|took over|set up|now|currently|today)\b)[^.,;:()–—])*)$",
    re.IGNORECASE,
)
# "nearly a decade", "more than seven years": read loosely, no date to pin a grade by
_LOOSE_INTERVAL = lazyre.compile(
    r"\b(?:nearly|almost|more than|over|less than|under|just|about|around|some|roughly|"
    r"getting on for|several|many)\s+(?:a|an|\d+|\w+)\s+(?:years?|decades?)\b",
    re.IGNORECASE,
)


# ", after a damning inspection in 2014": the inspection before, by its year
_AFTER_EARLIER = lazyre.compile(
    r",?\s+(?:after|following)\s+(?:an?|the|its|their)\s+(?:(?:damning|critical|scathing|previous|"
    r"earlier|similar|full|Ofsted)\s+)*(?:inspection|report|verdict)\s+in\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# A list of judgement areas that takes its grade from the sentence before ("...found to require
# improvement in four of five areas. These were leadership, help and protection...") or from
# its own words ("Areas identified for improvement were...").
_THESE_WERE = lazyre.compile(
    r"^\W*(?:These|They|Those)\s+(?:areas\s+|judgements\s+)?(?:were|are|included|include|being)\b",
    re.IGNORECASE,
)
_AREAS_FOR_IMPROVEMENT = lazyre.compile(
    r"^\W*(?:The\s+)?(?:key\s+|main\s+)?areas?\s+(?:identified\s+|highlighted\s+|singled out\s+|marked\s+)?"
    r"(?:for|as needing|needing|requiring|that need(?:ed)?|in need of)\s+improvement\s+"
    r"(?:were|are|was|is|included|include)\b",
    re.IGNORECASE,
)


# the words a list of judgement areas may hold besides the areas' names
_AREA_LIST_WORDS = frozenset(
    "and the for of its services service work with experiences progress overall effectiveness "
    "impact leaders on social practice judgement judgements both all areas also as well "
    "in".split()
)


def _things_in_areas(body: str, at: int) -> bool:
    """'The areas for improvement are the effectiveness of the emergency duty team ..., the
    timeliness of permanence decisions for some children in care, and ...': a list of things
    to improve within the areas (the report's recommendations, worded as a reporter's), not of
    the judgement areas rated requires improvement ('Areas identified for improvement were
    leadership, and help and protection')."""
    rest = body[at:]
    for a, b, _ in sorted(T.areas_in(rest), reverse=True):
        rest = rest[:a] + " " + rest[b:]
    other = [w for w in re.findall(r"[a-z][\w'’-]*", rest.lower()) if w not in _AREA_LIST_WORDS]
    return len(other) > 2


def _and_for_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'judged inadequate overall, and for the impact of leaders, help and protection and
    children in care': the clause carries on the grade of the clause before it."""
    body = r.text[clause.start : clause.end]
    if not re.match(
        r"\W*(?:and|as well as|plus)\s+(?:also\s+)?(?:for|in)\s", body, re.IGNORECASE
    ) or T.GRADE_RE.search(body):
        return
    areas = list(dict.fromkeys(a for _, _, a in T.areas_in(body) if a != "overall"))
    before = [
        c
        for c in r.claims
        if c.type in (Kind.GRADE, Kind.TREND)
        and sentence.start <= c.start
        and c.end <= clause.start
        and not r.text[c.end : clause.start].strip(" ,;")
        and c.facts.get("grades")
    ]
    if not areas or not before:
        return
    c = before[-1]
    last = c.facts["grades"][-1]
    c.facts["grades"].append(dict(last, areas=areas, overall_only=False, all=False, rest=False))
    c.end = _trim_span(r.text, clause.start, clause.end)[1]
    c.text = r.text[c.start : c.end]


def _area_list_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'These were leadership, help and protection and children in care' after a sentence that
    gave them a grade; 'Areas identified for improvement were...' (requires improvement)."""
    if clause.start != sentence.start:
        _and_for_claims(r, sentence, clause)
        return
    body = r.text[sentence.start : sentence.end]
    if T.GRADE_RE.search(body) or r.in_long_quote(sentence.start):
        return
    areas = list(dict.fromkeys(a for _, _, a in T.areas_in(body) if a != "overall"))
    if re.search(r"\boverall effectiveness\b", body, re.IGNORECASE):
        areas.append("overall")
    if not areas:
        return
    grade = None
    if (listed := _AREAS_FOR_IMPROVEMENT.search(body)) and not _things_in_areas(body, listed.end()):
        grade = "requires_improvement"
    elif _THESE_WERE.search(body):
        before = [
            c
            for c in r.claims
            if c.type in (Kind.GRADE, Kind.TREND)
            and c.end <= sentence.start
            and not r.text[c.end : sentence.start].strip(' \n\t."”’').count(".")
            and len(c.facts.get("grades", [])) == 1
        ]
        if not before or sentence.start - before[-1].end > 80:
            return
        grade = before[-1].facts["grades"][0]["grade"]
    if grade is None:
        return
    urns = r.urns_at(sentence, clause)
    c = Claim(
        sentence.start,
        sentence.end,
        r.text[sentence.start : sentence.end],
        Kind.GRADE,
        list(urns),
    )
    c.facts = {
        "grades": [
            {
                "grade": grade,
                "areas": areas,
                "role": "current",
                "pos": sentence.start,
                "whens": [],
                "overall_only": False,
                "loose_protection": False,
                "all": False,
                "date_adjacent": False,
                "rest": False,
            }
        ],
        "whens": [],
        "previous_cue": False,
        "several": False,
        "from_to": False,
    }
    c.start, c.end = _trim_span(r.text, c.start, c.end)
    c.text = r.text[c.start : c.end]
    r.claims.append(c)


_REASONS = lazyre.compile(
    r",?\s+(?:citing|saying|describing|noting|stating|adding|highlighting|pointing (?:to|out)|"
    r"finding|warning|criticising|criticizing|praising|blaming)\b",
    re.IGNORECASE,
)


# The verb a claim hangs on: a claim's span starts there, not at the start of a long clause.
_VERB = lazyre.compile(
    r"\b(?:has|have|had|was|were|is|are|been|be|being|rated|judged|graded|awarded|received|given|"
    r"branded|found|deemed|moved|improved|secured|achieved|gained|retained|maintained|recognised|"
    r"judge|rate|award|give|receive)\b",
    re.IGNORECASE,
)


def _tight_start(r: Reader, clause: T.Span, pos: int) -> int:
    if re.match(
        r"(?:when|which|where|who|while|whereas|but|and)\b",
        r.text[clause.start : clause.end],
        re.IGNORECASE,
    ):
        return clause.start
    lo = max(clause.start, pos - 60)
    if lo == clause.start:
        return clause.start
    m = _VERB.search(r.text, lo, pos)
    if m:
        # "South Gloucestershire Council's children's services have been rated good": the
        # clause's own subject belongs to its claim
        subject = r.text[clause.start : m.start()]
        if len(subject) <= 100 and not re.search(
            r"[,;:()\"“”‘’'–—]|\d", subject.replace("'s ", " ").replace("’s ", " ")
        ):
            return clause.start
        # "Brighton and Hove, Hammersmith and Fulham and Hartlepool have all been rated
        # outstanding": a list of councils is the subject too
        rest = subject
        for x in sorted(
            (x for x in r.mentions if clause.start <= x.start and x.end <= m.start()),
            key=lambda x: -x.start,
        ):
            a, b = x.start - clause.start, x.end - clause.start
            rest = rest[:a] + " " + rest[b:]
        if (
            len(subject) <= 120
            and rest != subject
            and re.fullmatch(r"(?:[\s,&]|\band\b|\b(?:Councils?|councils)\b)*", rest)
        ):
            return clause.start
        # "Cumberland's neighbour, Westmorland and Furness Council, was also rated good": the
        # council named just before the verb
        last = [x for x in r.mentions if clause.start <= x.start and x.end <= m.start()]
        if last and re.fullmatch(
            r"(?:\s+(?:County\s+|Borough\s+|City\s+)?Council)?\s*,?\s*",
            r.text[last[-1].end : m.start()],
        ):
            return last[-1].start
        return m.start()
    w = re.compile(r"\b\w").search(r.text, lo, pos)
    return w.start() if w else pos


_WHO_THEN_FOUND = lazyre.compile(
    r"(?:who|which)\b[^,;:.\"“”]{0,80},\s+(?=(?:found|find|finds|said|say|says|judged|"
    r"concluded|reported|noted|rated|described|praised|recognised|recognized)\b)",
    re.IGNORECASE,
)


def _n_of(body: str) -> tuple[int | None, int | None] | None:
    """'three out of four', 'in two categories', 'the other three areas', 'two more'."""
    m = _N_OF.search(body)
    if not m:
        return None
    if m.group("n"):
        # "one of a handful", "one of the few": a rank among councils, not judgements; "one
        # of four of those to be told": four councils
        if (
            m.group("m").lower() in ("a", "an")
            or re.search(r"\bof\s+the\s*$", m.group(0), re.IGNORECASE)
            or re.match(
                r"\s+(?:of\s+(?:those|them|these|the\s+\w+)|councils|authorities|local authorities)\b",
                body[m.end() :],
                re.IGNORECASE,
            )
        ):
            return None
        # "one of four of those to be told it requires improvement", "the only one of three":
        # a place among councils unless judgements are named ("in one of four areas")
        if (
            T.number(m.group("n")) == 1
            and not m.group(0).lower().startswith("in")
            and not re.match(
                r"\s+(?:[\w-]+\s+)?(?:areas?|categor\w+|judge?ments?|aspects?|elements?|sections?)\b",
                body[m.end() :],
                re.IGNORECASE,
            )
        ):
            return None
        return T.number(m.group("n")), T.number(m.group("m"))
    word = m.group("n2") or m.group("n3")
    if word.lower() in ("a", "an"):
        return None
    # "a list of eight areas to improve", "six areas for improvement": what the report asks to
    # improve, not judgements graded
    if m.group("n2") and re.match(
        r"\s+(?:to\s+(?:improve|work\s+on|address|tackle)|(?:for|needing|that\s+need(?:ed)?|which\s+"
        r"need(?:ed)?|requiring)\s+(?:to\s+)?(?:improve|improvement|action|attention|development)|"
        r"(?:for|of)\s+(?:priority\s+)?(?:improvement|development|action))\b",
        body[m.end() :],
        re.IGNORECASE,
    ):
        return None
    # "help and protection was the one area where we were not good": the only one, the area
    # named (not a count of one judgement)
    if m.group("n2") and word.lower() == "one" and re.search(r"\bthe\s+$", body[: m.start()]):
        return None
    return T.number(word), None


# A verb of something other than an inspection right before a date ('joined the team in').
_OTHER_EVENT = lazyre.compile(
    # ("commissioned a peer review in August last year": the council's own review)
    r"\b(?:joined|appointed|recruited|arrived|arrival|departure|opened|launched|increased|"
    r"took\s+over|commissioned|peer\s+review|set\s+up|established|elected|sent\s+in|installed|"
    r"intervened|imposed|put\s+in\s+place)\b"
    # ("set up an improvement and inspection board in September 2016": a board's name)
    r"(?:(?!\b(?:inspect\w*(?!\s+board)|visit\w*|Ofsted|report|letter)\b)[^.;,]){0,50}$",
    re.IGNORECASE,
)
# another body's inquiry or review the article dates, not an inspection
_INQUIRY_EVENT = lazyre.compile(
    r"\b(?:inquiry|investigation|independent\s+review|(?:serious\s+case|safeguarding\s+practice|"
    r"child\s+safeguarding\s+practice)\s+review|commission(?:ed)?\s+review)\b"
    r"(?:(?!\b(?:inspect\w*|visit\w*|Ofsted|letter)\b)[^.;]){0,40}$",
    re.IGNORECASE,
)
# a child's death the article dates ('the murder of six-year-old Arthur Labinjo-Hughes in
# Solihull in June 2020'), not an inspection
_DEATH_EVENT = lazyre.compile(
    r"\b(?:murder(?:ed)?|death|died|killing|killed|manslaughter)\b"
    r"(?:(?!\b(?:inspect\w*|visit\w*|Ofsted|report|letter)\b)[^.;]){0,70}$",
    re.IGNORECASE,
)
# A change the article dates, not an inspection ('changes in corporate, political and senior
# leadership in 2023'; an appointment's date is read in the reports, `dated_in_reports`)
_CHANGE_EVENT = lazyre.compile(
    r"\b(?:changes?|turnover|churn|restructur\w*|reorganis\w*|upheaval|turmoil|instability|"
    r"disruption)\s+(?:in|to|of)\b"
    r"(?:(?!\b(?:inspect\w*|visit\w*|Ofsted|report|letter|rated|judged)\b)[^.;]){0,90}$",
    re.IGNORECASE,
)
# A person's coming or going, dated by itself ("before the appointment of a new chief executive
# and director of children's services in 2023"): no inspection's date.
_APPOINT_EVENT = lazyre.compile(
    r"(?:\b(?:appointments?|arrivals?|departures?|resignations?|recruitment|hiring)\s+of\b"
    r"|\b(?:was|were|been|being)\s+appointed\b|\btook\s+up\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:post|role|job)\b)"
    r"(?:(?!\b(?:inspect\w*|visit\w*|Ofsted|report|letter|rated|judged)\b)[^.;]){0,90}$",
    re.IGNORECASE,
)
# The council's own plan, dated by its making or sending ("the action plan was submitted to
# Ofsted in August"): no inspection's date.
_PLAN_DATE = lazyre.compile(
    r"\b(?:action|improvement|recovery|development)\s+plans?\b"
    r"(?:(?!\b(?:inspect\w*|visit\w*|report|letter|rated|judged)\b)[^.;]){0,50}$",
    re.IGNORECASE,
)
_SINCE_OTHER = lazyre.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?!(?:inspect|visit|rated|rating|judged|graded|deemed|"
    r"branded|publish|report|monitor|been|seen|had|received|got|held|kept|improved|declined|"
    r"remained|stayed)\w*)[a-z]\w*"
    r"(?:(?!\b(?:inspect\w*|visit\w*|Ofsted|report|letter|rated|judged|graded)\b)[^.;:()])*"
    r"\bsince\s+$",
    re.IGNORECASE,
)
_LAST_INSPECTION = lazyre.compile(
    r"\b(?:since|last inspect\w*|previous(?:ly)? inspect\w*|last (?:full )?inspection)\b",
    re.IGNORECASE,
)


# the article's own dateline on a line of its own ("Published 17 May 2024", "Updated: Thursday
# 10 July 2025 09:30"): the day the article came out, no claim about an inspection
_DATELINE = lazyre.compile(
    r"[^\S\n]*(?:(?:first\s+|last\s+)?(?:published|posted|updated)|date)(?:\s+on)?\s*[:\-–]?\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?[\w ,/.:-]{4,30}$",
    re.IGNORECASE,
)


def _on_dateline(text: str, at: int) -> bool:
    """Whether offset `at` is on a line that is only a dateline."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return len(line) <= 60 and bool(_DATELINE.fullmatch(line.rstrip()))


_MONTH_OF_YEAR_SAID = lazyre.compile(
    r",?\s+(?:of\s+)?(?:(?P<same>that|the\s+same)|(?P<next>the\s+(?:following|next)))\s+year\b",
    re.IGNORECASE,
)


# "The trust took on children's social care in April 2018, and an inspection that December":
# the month of the year told before
_THAT_MONTH = lazyre.compile(r"\b(?:that|the\s+same)\s+$", re.IGNORECASE)


def _years_told_before(r: Reader, pos: int) -> list[T.When]:
    """The dates of one year (not counted back from the article's day) that the paragraph names
    before `pos`, in order."""
    para = r.text.rfind("\n", 0, pos) + 1
    return [
        x
        for x in T.dates(r.text[para:pos], r.as_of, para)
        if not x.relative and x.first.year == x.last.year
    ]


def _month_of_year_said(r: Reader, whens: list[T.When]) -> list[T.When]:
    """'In spring 2017, inspectors spent four weeks in the borough. Their report, published in
    July that year, ...': a month of 'that year' ('the same year', 'the following year') is of
    the last year the paragraph named before it, not the article's; with none named before it,
    it dates nothing."""
    out = []
    for w in whens:
        m = _MONTH_OF_YEAR_SAID.match(r.text, w.end) or _THAT_MONTH.search(
            r.text, max(0, w.start - 20), w.start
        )
        if not (w.relative and w.precision == "month" and m):
            out.append(w)
            continue
        told = _years_told_before(r, w.start)
        if not told:
            continue
        y = told[-1].last.year + (1 if m.groupdict().get("next") else 0)
        try:
            first, last = w.first.replace(year=y), w.last.replace(year=y)
        except ValueError:
            continue
        out.append(T.When(w.start, w.end, first, last, w.precision))
    return out


# "the 2022 inspection, carried out over two weeks in October": an inspection the year names,
# the month after it in the same words its month
_YEAR_INSPECTION_THEN = lazyre.compile(
    r"\b(?:the|its|their|a|an)\s+(?P<y>(?:19|20)\d\d)\s+(?:full\s+|standard\s+|short\s+)?"
    r"(?:inspection|visit)\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:carried\s+out|conducted|"
    r"held|undertaken|which\s+took\s+place|that\s+took\s+place)\b[^.;:()\d]{0,40}$",
    re.IGNORECASE,
)


def _month_of_year_inspection(r: Reader, sentence: T.Span, whens: list[T.When]) -> list[T.When]:
    """A month with no year after 'the 2022 inspection, carried out over two weeks in' is of
    that year, not the latest such month before the article."""
    out = []
    for w in whens:
        m = _YEAR_INSPECTION_THEN.search(r.text, max(sentence.start, w.start - 120), w.start)
        if w.relative and w.precision == "month" and m:
            y = int(m.group("y"))
            last = calendar.monthrange(y, w.last.month)[1]
            w = T.When(
                w.start, w.end, w.first.replace(year=y), date(y, w.last.month, last), "month"
            )
        out.append(w)
    return out


def _months_of_year_before(r: Reader, whens: list[T.When]) -> list[T.When]:
    """'a turnaround from 2015, when inspectors visited between February and March and rated
    ...': a month with no year after a year told in the same words (with only 'when', 'in which',
    a comma between) is of that year, not the latest such month before the article."""
    out: list[T.When] = []
    moved: list[T.When] = []  # the months given the year before
    for w in whens:
        year = [x for x in out if not x.relative and x.precision == "year"]
        gap = r.text[out[-1].end : w.start] if out else ""
        if (
            w.relative
            and w.precision == "month"
            and year
            and (
                (
                    out[-1] is year[-1]
                    and re.fullmatch(
                        r",?\s+(?:when|as|after|in\s+which|during\s+which)\b[^.;:()]{0,60}",
                        gap,
                        re.IGNORECASE,
                    )
                )
                # "between February and March": the second month of the same year
                or (
                    moved and out[-1] is moved[-1] and re.fullmatch(r"\s*(?:and|to|or|-|–)\s*", gap)
                )
            )
        ):
            y = year[-1].first.year
            last = calendar.monthrange(y, w.last.month)[1]
            moved.append(
                T.When(
                    w.start, w.end, w.first.replace(year=y), date(y, w.last.month, last), "month"
                )
            )
            out.append(moved[-1])
            continue
        out.append(w)
    return out


def _same_day_again(r: Reader, whens: list[T.When]) -> list[T.When]:
    """A day told relative to the article's and then by its date with no year ("published
    yesterday (Friday, January 12)"): the same day, of the relative one's year (not of the
    year the scene set)."""
    out = list(whens)
    for i in range(1, len(out)):
        said, again = out[i - 1], out[i]
        if (
            said.relative
            and said.precision == "day"
            and again.precision == "day"
            and not re.search(r"\b(?:19|20)\d\d\b", r.text[again.start : again.end])
            and (said.first.month, said.first.day) == (again.first.month, again.first.day)
            and said.first != again.first
            and re.fullmatch(r"\s*[(,]\s*(?:\w+day,?\s*)?", r.text[said.end : again.start])
        ):
            out[i] = T.When(again.start, again.end, said.first, said.last, "day", True)
    return out


def _years_said_before(r: Reader, at: int) -> list[int]:
    """The years the paragraph of `at` names before it (not relative ones); none named, those of
    the heading of its section ("2022: the step up", "Inspection in 2019"): a short line with
    no full stop, the nearest above it."""

    def years(text: str, relative: bool = False) -> list[int]:
        return sorted(
            {
                y
                for x in T.dates(text, r.as_of)
                if (relative or not x.relative) and x.last.year - x.first.year < 3
                for y in range(x.first.year, x.last.year + 1)
            }
        )

    para = r.text.rfind("\n", 0, at) + 1
    own = years(r.text[para:at])
    if own:
        return own
    that = re.match(
        r"\s*(?:(?:that|the\s+same)\s+(?:report|inspection|visit|letter)(?:['’]s)?\b"
        r"|(?P<team>(?:the\s+)?inspectors,?\s+(?:led|headed)\s+by)\b)",
        r.text[at : at + 40],
        re.IGNORECASE,
    )
    if para and that:
        # "... Even so, the 2014 report said ... / That report's lead inspector, Jansy Kelly,
        # found ...": the report the paragraph before told of ("Nine years ago this month,
        # Ofsted published a report ... / Inspectors, led by X, found ...": its years, told
        # relative to the article's day too)
        before = r.text[:para].rstrip()
        start = before.rfind("\n") + 1
        if before[start:].strip() and (
            told := years(before[start:], relative=bool(that.group("team")))
        ):
            return told
    for line in reversed(r.text[:para].splitlines()):
        line = line.strip()
        if line and len(line) <= 80 and not re.search(r"[.!?\"”’:;,]$", line):
            return years(line)
    return []


# a run of inspections: "for the second inspection running", "at three consecutive inspections"
_RUN_OF_INSPECTIONS = lazyre.compile(
    rf"\b(?:(?:{T.ORDINAL}|last|past|{T.NUMBER})\s+(?:(?:consecutive|successive|straight|full)\s+)*"
    rf"(?:inspections?|reports?)\s+(?:running|in\s+a\s+row|on\s+the\s+trot)|{T.NUMBER}\s+"
    r"(?:consecutive|successive|straight)\s+(?:full\s+)?inspections?)\b",
    re.IGNORECASE,
)


# a month that opens a sentence whose inspection gives its verdict: "In May 2018 a
# re-inspection led by Nick Stacey found ..."
_DATED_VERDICT = lazyre.compile(
    r"\W*(?:(?:back\s+)?in|by)\s+(?:\w+\s+)?(?:19|20)\d\d\s*,?\s+(?:a|an|the|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:re-?)?inspection\b[^.;]{0,80}?\b(?:found|rated|judged|concluded|"
    r"graded|gave|branded|declared)\b",
    re.IGNORECASE,
)


# a date a thing lasted until, not a date of the inspection: "backlogs remained until August"
_LASTED_UNTIL = lazyre.compile(
    r"\b(?:remain\w*|continu\w*|persist\w*|last(?:s|ed|ing)|stay\w*|went\s+on)\s+"
    r"(?:\w+\s+){0,2}?(?:until|till|up\s+to)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$",
    re.IGNORECASE,
)


_FRAMEWORK_STARTS = lazyre.compile(
    r"\b(?:framework|regime|system)\b[^.;]{0,100}\b(?:is|are|was|were)\s+(?:due|set|expected|"
    r"planned|scheduled)\s+to\s+(?:be\s+(?:used|introduced|applied|rolled\s+out)|come\s+in|start|"
    r"begin|apply|take\s+effect)\b[^.;]{0,40}?\b(?:from|in|by)\s+$",
    re.IGNORECASE,
)
_NOT_THE_REPORTS = lazyre.compile(
    r"\b(?:(?:the\s+)?same\s+(?:(?:grade|rating|verdict|result)\s+)?as|"
    r"took\s+up\s+(?:the|his|her|their)\s+(?:post|role|job)|"
    r"(?:was|were)\s+appointed|joined\s+the\s+(?:council|authority))\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)


# what a council or committee will do (not what Ofsted will publish: "the report will be
# published on Friday" names a day of the record)
_WILL_DO = lazyre.compile(
    r"\b(?:will|shall)\s+(?:then\s+|also\s+|now\s+)?(?:be\s+)?(?:submitted|brought|presented|"
    r"reported|returned|taken|sent|considered|reviewed|discussed|monitored|updated)\b[^.;]*$",
    re.IGNORECASE,
)


def _date_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    whens = [
        w
        for w in T.dates(body, r.as_of, clause.start)
        if not r.in_long_quote(w.start)
        and not _on_dateline(r.text, w.start)
        # ("Inspectors said those backlogs remained until August": how long a thing lasted)
        and not _LASTED_UNTIL.search(r.text, max(clause.start, w.start - 40), w.start)
        # ("the headline grade was the same as three years ago", "who took up the post in
        # October": a time to compare with, or of an appointment, not the report's)
        and not _NOT_THE_REPORTS.search(r.text, max(clause.start, w.start - 50), w.start)
        # ("Ofsted's new inspection framework ... is due to be used for inspections from this
        # spring": when a way of inspecting starts, no council's date)
        and not _FRAMEWORK_STARTS.search(r.text, max(sentence.start, w.start - 160), w.start)
        # ("an action plan will be submitted to Ofsted within 70 working days and brought to
        # the committee in June": a plan for a time to come, no inspection's)
        and not _WILL_DO.search(r.text, max(clause.start, w.start - 140), w.start)
    ]
    # ("Inspectors who spent three weeks in the county in May that year": the year its
    # paragraph named)
    whens = _of_that_year(r, sentence, whens, para=True)
    whens = _month_of_year_said(r, whens)
    whens = _month_of_year_inspection(r, sentence, whens)
    whens = _yearless_in_scene(r, sentence, clause, whens)
    whens = _same_day_again(r, whens)
    whens = [
        # "Today inspectors say ...", in an article dated the day after the report went out
        # online: today or the day before
        T.When(w.start, w.end, r.as_of - timedelta(days=1), r.as_of, "period", True)
        if w.relative and r.text[w.start : w.end].lower() == "today"
        else w
        for w in whens
    ]
    if not whens:
        return
    # "rated outstanding under the inspection of local authority children's services (ILACS)
    # framework last month": a framework's name says nothing of what the date is of
    names = [
        (clause.start + f.start(), clause.start + f.end())
        for f in _FRAMEWORK.finditer(body)
        if re.search(r"inspect", f.group(0), re.IGNORECASE)
    ]
    if names:
        text = r.text
        for a, b in names:
            text = text[:a] + " " * (b - a) + text[b:]
        body = text[clause.start : clause.end]
    else:
        text = r.text
    published = bool(_DATE_ROLE_PUBLISHED.search(body))
    # ("rated outstanding for the second inspection running": inspections counted, no visit)
    visit = bool(_DATE_ROLE_VISIT.search(_RUN_OF_INSPECTIONS.sub(" ", body))) or any(
        _WHEN_VISIT.match(r.text, w.end, sentence.end) for w in whens
    )
    if not (published or visit):
        _when_clause_date_claims(r, sentence, clause, whens)
        _event_date_claims(r, sentence, clause, whens)
        _in_post_claims(r, sentence, clause, whens)
        return
    # "reports published since July": any day from then to the article's
    whens = [
        T.When(w.start, w.end, w.first, max(w.last, r.as_of), "period", w.relative)
        if w.precision in ("day", "month", "year")
        and re.search(
            r"\b(?:publish\w*|released)\s+since\s+$", r.text[max(0, w.start - 30) : w.start], re.I
        )
        else w
        for w in whens
    ]
    # "this week", "on Friday": a date of the report only with its verb beside it ("on 20
    # October" names its day: a date without a year is no such phrase)
    whens = [
        w
        for w in whens
        if not (
            w.relative and w.precision in ("day", "period") and w.last - w.first < timedelta(days=8)
        )
        or re.search(T.MONTH, r.text[w.start : w.end], re.IGNORECASE)
        or re.search(
            r"\b(?:publish\w*|released?|out|visit\w*|inspect\w*|took place|carried out|on site|"
            r"between|from)\b",
            text[max(clause.start, w.start - 45) : min(clause.end, w.end + 45)],
            re.IGNORECASE,
        )
        # "after Ofsted published its latest report on the town's social care department
        # yesterday": the verb, its report and what the report is on, then the day
        or re.search(
            r"\b(?:publish\w*|released?)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:report|"
            r"verdict|findings|judgement|letter)\s+(?:on|into|of)\s+[^.;,]{0,60}$",
            text[max(clause.start, w.start - 110) : w.start],
            re.IGNORECASE,
        )
    ]
    if not whens:
        return
    # a day, or a weekday ("published on Friday")
    day_precise = any(
        w.precision == "day" or (w.precision == "period" and w.last - w.first < timedelta(days=8))
        for w in whens
    )
    if not _OFSTED_WORDS.search(r.text[sentence.start : sentence.end]) and not (
        published and day_precise
    ):
        return
    # someone else's report: a commissioner's, the DfE's, a committee's
    other_body = _OTHER_BODY.search(body)
    if (
        other_body
        and not re.search(r"\bOfsted\b", body)
        # "The report, published in December 2021, led to the government appointing a
        # commissioner": the report the article is about, the other body after it
        and not re.match(
            r"\W*(?:the|its|that|this)\s+(?:(?:inspection|last|previous|ofsted)\s+)?report,\s+"
            r"(?:published|released)\b[^,]*,",
            body[: other_body.start()],
            re.I,
        )
    ):
        return
    role = "published" if published and not visit else "visit" if visit and not published else None
    if role == "visit" and _DATED_VERDICT.match(body):
        # "In May 2018 a re-inspection led by Nick Stacey found the council inadequate": the
        # month of the verdict, the visit's or the report's
        role = None
    letter = _VISIT.search(body) or _LETTER_WORDS.search(body)
    if letter and re.search(
        r"\b(?:were|was|been|are)\s+(?:first\s+)?(?:introduced|launched|brought\s+in)\b", body, re.I
    ):
        return  # 'Focused visits were introduced by Ofsted this year': the system's date
    previous = bool(_PREVIOUS_INSPECTION.search(body))
    # "The report, released on Friday, follows an inspection at the end of April": one claim
    # per date, each from the word that says what the date is of
    groups: list[tuple[int, str | None, list[T.When]]] = []
    for w in whens:
        # 'since more staff joined the team in January': another event's date
        if _OTHER_EVENT.search(r.text, max(clause.start, w.start - 70), w.start):
            continue
        if _DEATH_EVENT.search(r.text, max(clause.start, w.start - 80), w.start):
            continue  # "after the murder of six-year-old Arthur ... in June 2020": a child's death
        if _INQUIRY_EVENT.search(r.text, max(clause.start, w.start - 80), w.start) or (
            re.match(r"\W*(?:which|that)\b", r.text[clause.start : w.start])
            and _INQUIRY_EVENT.search(r.text, max(sentence.start, clause.start - 80), clause.start)
        ):
            # "Professor Alexis Jay's independent inquiry, published in August 2014, which
            # estimated that ... between 1997 and 2013"
            continue
        # "a council created just over a year ago": the council's birth
        if w.relative and _BIRTH_DATE.search(r.text[max(clause.start, w.start - 40) : w.start]):
            continue
        if _MADE_IN.search(r.text, max(clause.start, w.start - 40), w.start):
            continue  # "its first inspection since it was created in 2019": the council's birth
        if _BIRTH_OF.search(r.text[max(clause.start, w.start - 90) : w.start]):
            continue  # "the councils that replaced Cumbria County Council in April 2023"
        if _PLAN_DATE.search(r.text[max(clause.start, w.start - 80) : w.start]):
            continue  # "A post-inspection action plan was submitted to Ofsted in August"
        if _CHANGE_EVENT.search(r.text[max(clause.start, w.start - 110) : w.start]):
            continue  # "changes in corporate, political and senior leadership in 2023"
        if w.precision == "year" and _APPOINT_EVENT.search(
            r.text[max(clause.start, w.start - 110) : w.start]
        ):
            continue  # "the appointment of a new director of children's services in 2023"
        if _SINCE_GRADING.search(r.text[max(clause.start, w.start - 90) : w.start]):
            continue  # "since Ofsted began grading care leavers separately in 2023"
        if _FIRST_OF_MANY.search(r.text[max(clause.start, w.start - 90) : w.start]):
            continue  # "one of 11 councils ... since the first were published in June"
        # "the company that has delivered children's social care for the council since
        # October 2019": the date of what the verb says, which is no inspection's
        since = _SINCE_OTHER.search(text[max(clause.start, w.start - 150) : w.start])
        if since and not T.GRADE_RE.search(since.group(0)):
            continue
        cue = verb = None
        for m in _DATE_CUE.finditer(text, max(clause.start, w.start - 70), w.start):
            cue = m
            if _DATE_ROLE_VISIT.match(m.group(0)) or _DATE_ROLE_PUBLISHED.match(m.group(0)):
                verb = m
        # "visited the council in November": from the verb, not the preposition
        if verb is not None and not (groups and verb.start() < groups[-1][2][-1].end):
            cue = verb
            # "since the previous inspection in 2018": from "since"
            back = re.search(
                r"\b(?:since|last|previous|prior to)\b[^.;,]{0,25}$",
                text[max(clause.start, verb.start() - 30) : verb.start()],
                re.IGNORECASE,
            )
            at = max(clause.start, verb.start() - 30) + back.start() if back else -1
            # (not the "last" of the date before it: "published last week following an
            # inspection from 3 to 7 July")
            if back and not (groups and at < groups[-1][2][-1].end):
                cue = re.compile(r"\w+").search(text, at)
        before = text[max(clause.start, w.start - 45) : w.start]
        if cue is None and re.search(r"\b[a-z][\w-]+\s+of\s+$", before):
            # "the criminal cyber-attack of 2020": the date of a thing the clause names, with
            # no word of an inspection or a report near it
            continue
        own_role: str | None
        if re.search(
            r"\b(?:publish\w*|released|came out|issued)\s+(?:on\s+|in\s+|since\s+)?(?:early\s+|late\s+|mid-?)?$"
            # "In a letter dated 1 November": a letter's or a report's date is the day it was
            # sent out, not a day of the visit
            r"|\b(?:letter|report|findings)(?:\s+(?:was\s+|is\s+)?|,\s+)dated\s+(?:on\s+)?$",
            before,
            re.IGNORECASE,
        ):
            own_role = "published"  # "its last inspection, published in January 2023"
        elif _CITED_TITLE.search(text[max(clause.start, w.start - 150) : w.start]):
            # "Ofsted, Inspection of Hillingdon local authority children's services, 20
            # November 2023": the date a citation gives a report is the day it came out
            own_role = "published"
        elif re.match(
            # (not "in April and May and published their findings on Friday": a date with
            # 'and' after it ends the clause of the verb before it)
            r"\s*(?:\([^()]{1,25}\)\s*)?(?:(?!and\b)\w+\s+){0,2}?(?:publish\w*|released?)\b",
            text[w.end : sentence.end],
            re.IGNORECASE,
        ) and re.search(r"\band\s+$", before):
            # "visited from 30 October to 3 November and today (15 December) published their
            # report": the day the verb after it names, not a day on site
            own_role = "published"
            if groups and groups[-1][1] == "published" and groups[-1][2][-1].end >= w.start - 3:
                groups[-1][2].append(w)  # "today (15 December)": one day said twice
                continue
            groups.append((w.start, own_role, [w]))
            continue
        elif (
            w.relative
            and not re.search(r"\d", r.text[w.start : w.end])  # "today", not "July 10"
            and w.precision in ("day", "period")
            and w.last - w.first < timedelta(days=8)
            and not re.search(
                r"\b(?:visit\w*|on site|arriv\w+|were in|took place|carried out)\b",
                text[max(clause.start, w.start - 45) : min(clause.end, w.end + 45)],
                re.IGNORECASE,
            )
        ):
            own_role = "published"  # "Today the inspectors say...": the report's day
        elif re.search(
            # (a grade's words may be long: "judged 'Requires Improvement to be Good' in")
            r"\b(?:rated|branded|judged|graded|deemed|found to be|given)\b[^,;]{0,45}\b(?:in|on)\s+$",
            before,
            re.IGNORECASE,
        ) and not re.search(r"\b(?:inspect\w*|visit\w*)\b[^,;]{0,20}$", before, re.IGNORECASE):
            own_role = None  # "branded inadequate in January 2016": the visit or the report
        elif re.search(
            r"\b(?:grades?|ratings?|judge?ments?|verdicts?)\s+(?:\w+\s+){0,2}?(?:given|awarded|handed)"
            r"\s+(?:to\s+[^,;.]{1,40}?\s+)?(?:(?:last|this|in|on)\s+)?$",
            before,
            re.IGNORECASE,
        ):
            own_role = None  # "the grades given last November to ...": the report's or the visit's
        elif re.search(
            r"\b(?:inadequate|good|outstanding|requires?\s+improvement(?:\s+to\s+be\s+good)?)"
            r"['’\"”]?\s+(?:in|on)\s+$",
            before,
            re.IGNORECASE,
        ) and re.search(
            r"\b(?:rated|branded|judged|graded|deemed|found to be|given)\b",
            text[max(sentence.start, w.start - 160) : w.start],
            re.IGNORECASE,
        ):
            # "judged 'Inadequate' in November 2015 and 'Requires Improvement to be Good' in
            # August 2018": a grade's own date, the visit's or the report's
            own_role = None
        elif (
            w.relative
            and re.search(
                r"\b(?:inadequate|good|outstanding|requires?\s+improvement(?:\s+to\s+be\s+good)?)"
                r"['’\"”]?\s+(?:by\s+(?:Ofsted|(?:the\s+)?inspectors|the\s+(?:watchdog|regulator))\s+)?$",
                before,
                re.IGNORECASE,
            )
            and re.search(
                r"\b(?:rated|branded|judged|graded|deemed|found to be|given|rating)\b",
                text[max(sentence.start, w.start - 160) : w.start],
                re.IGNORECASE,
            )
        ):
            # "When Ofsted rated the council inadequate last month", "were rated good by
            # inspectors earlier this year": a grade's own date with no 'in', either day
            own_role = None
        elif re.search(
            r"\b(?:verdict|rating|judge?ment|grade)s?\s+(?:was\s+|were\s+)?(?:repeated|confirmed|"
            r"given|delivered|handed\s+down|upheld|reached)\b[^.;,]{0,25}\b(?:in|on)\s+"
            r"(?:early\s+|late\s+|mid-?)?$",
            before,
            re.IGNORECASE,
        ):
            own_role = None  # "a verdict repeated by inspectors in early 2018": either day
        elif re.match(
            r"\s+(?:after|following)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}"
            r"(?:inspection|visit)\b",
            text[w.end : clause.end],
            re.IGNORECASE,
        ) and not _LAST_INSPECTION.search(before):
            # "rated inadequate ... and again in August 2018 after a second full inspection":
            # the verdict's date, after the visit (the report's, or the visit's said loosely)
            own_role = None
        elif _LAST_INSPECTION.search(before):
            own_role = "visit"  # "since the last inspection in 2019"
        elif _DATE_ROLE_PUBLISHED.search(before) or _DATE_ROLE_VISIT.search(before):
            # the nearer word says: "published today, follows an inspection from 12 to 16 May"
            pub = [m.end() for m in _DATE_ROLE_PUBLISHED.finditer(before)]
            vis = [m.end() for m in _DATE_ROLE_VISIT.finditer(before)]
            own_role = "published" if max(pub, default=-1) > max(vis, default=-1) else "visit"
        else:
            own_role = role
        if (
            own_role == "visit"
            and _RATING_AFTER.match(text, w.end, clause.end)
            and [x.group(0).lower() for x in _DATE_ROLE_VISIT.finditer(before)]
            in (["inspectors"], ["inspector"])
        ):
            # "inspectors went further in January last year, rating every judgement
            # outstanding": the time of the verdict (its report's, or the visit's said loosely)
            own_role = None
        # "spent a week in the town in March, from 11 to 15 March": the days of the month just
        # named, said again more closely, are the same date's (one claim, both must hold)
        said = groups[-1][2][-1] if groups else None
        if (
            said is not None
            and said.precision == "month"
            and w.precision in ("day", "range")
            and (said.first.year, said.first.month) == (w.first.year, w.first.month)
            and re.fullmatch(r",\s*(?:from|on|between)?\s*", text[said.end : w.start], re.I)
        ):
            groups[-1][2].append(w)
            continue
        # a date right after another ("between 7 and 18 February", "June and July") joins it
        if groups and (cue is None or cue.start() < groups[-1][2][-1].end):
            if T.GRADE_RE.search(text, groups[-1][2][-1].end, w.start):
                # ("The report, published on Tuesday, marks a steep fall for a borough whose
                # services were judged good five years ago": the later date is the grade's)
                continue
            groups[-1][2].append(w)
            continue
        start = cue.start() if cue is not None else clause.start
        if cue is None:
            # 'the inspectors' finding that leadership changes in 2023, together with ...,
            # "had acted as a brake on progress" ... before the appointment of a director at
            # the end of 2023': the date's own words, from the clause's last joint before it
            joints = list(
                re.finditer(
                    r"[;:“”\"]\s*|\b(?:that|before|after|when|while)\s+",
                    r.text[clause.start : w.start],
                )
            )
            if joints and w.start - (clause.start + joints[-1].end()) >= 12:
                start = clause.start + joints[-1].end()
        # the start of the verb phrase: "The report, which was released on Friday"
        # ("The inspection, which took place between 12 and 16 January, found ...": from the
        # noun the relative clause the date is in tells of)
        home = clause.start
        if re.match(
            r"\s*(?:which|that)\b[^,;]*$", r.text[clause.start : start], re.I
        ) and re.search(
            r"\b(?:the|its|their|our|this|that)\s+(?:[\w-]+\s+){0,2}(?:report|inspection|visit),\s*$",
            r.text[sentence.start : clause.start],
            re.I,
        ):
            home = sentence.start
        lead = re.search(
            # ("follows a three-day visit by inspectors in June")
            r"(?:the|its|their|our|a|an)\s+(?:[\w-]+\s+){0,2}(?:report|inspection|inspectors|visit)"
            r"[^.;]{0,40}$",
            r.text[max(home, start - 70) : start],
            re.IGNORECASE,
        )
        if lead:
            start = max(home, start - 70) + lead.start()
        elif re.match(r"(?:report|inspection|inspectors|visit)\b", r.text[start:], re.IGNORECASE):
            # "follows a two-week inspection in June": from the noun phrase's start (and "had
            # also led Ofsted's focused visit to Telford in October 2022")
            det = re.search(
                r"\b(?:the|its|their|our|a|an|Ofsted['’]s)\s+(?:[\w-]+\s+){0,2}$",
                r.text[max(clause.start, start - 40) : start],
                re.IGNORECASE,
            )
            if det:
                start = max(clause.start, start - 40) + det.start()
        groups.append((start, own_role, [w]))
    for start, own_role, ws in groups:
        lead_words = r.text[max(clause.start, ws[0].start - 60) : ws[0].start]
        end = max(w.end for w in ws)
        tail = re.match(
            r"\s+(?:last|this|the previous|the following) year\b|\)", r.text[end : clause.end]
        )
        if tail:
            end += tail.end()
        if end - start < 12 and own_role == "published":
            # "visited the county for a week in April and today published their report": the
            # day's claim is the words of the publishing, not the clause of the visit before it
            verb = re.match(
                r"\s*(?:\([^()]{1,25}\)\s*)?(?:(?!and\b)\w+\s+){0,2}?(?:publish\w*|released?)\b"
                r"(?:\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:report|findings|verdict|letter)s?\b)?",
                r.text[end : clause.end],
                re.IGNORECASE,
            )
            if verb:
                end += verb.end()
        # "Inspectors, who visited in January, found that ... had improved since 2018": the
        # relative clause about the inspectors is its own, a date after it begins at the verb
        told = _WHO_THEN_FOUND.match(r.text, clause.start, clause.end)
        own = T.Span(told.end(), clause.end) if told and told.end() <= ws[0].start else clause
        span = T.Span(start, end) if end - start >= 12 else own
        # 'six monitoring visits between 2019 and 2022 and a focused visit in October 2020':
        # each date is of the visit named last before it
        kinds = list(_VISIT.finditer(r.text, clause.start, ws[0].start)) if letter else []
        kind = kinds[-1] if kinds else letter
        # "a marked change from September 2021, when a focused visit ... found": the visit the
        # clause after the date names is the date's
        when_visit = _WHEN_VISIT.match(r.text, end, sentence.end)
        named_visit = (
            _VISIT.search(r.text, when_visit.start(), when_visit.end()) if when_visit else None
        )
        if named_visit is not None and not kinds:
            kinds = [named_visit]
            kind = letter = named_visit
        # "(a letter ...) since the council's last full inspection in 2019": the date of the
        # full inspection the words right before it name, not of the visit
        full = _FULL_BEFORE.search(r.text, max(clause.start, ws[0].start - 45), ws[0].start)
        is_visit = bool(letter) and not (full and not (kinds and kinds[-1].start() > full.start()))
        # "That 2022 report said focused visits in 2019 and 2021 ...": the date of the report
        # its own noun names, not of the visits named after it
        if not kinds and re.match(
            r"\s+(?:Ofsted\s+)?(?:full\s+)?(?:report|inspection|judgement|rating|grade)\b",
            r.text[ws[-1].end : clause.end],
            re.IGNORECASE,
        ):
            is_visit = False
        # "... the areas for improvement" identified in 2022': the date of what found them
        # (an inspection), not of the visit the sentence named before
        found_in = re.search(
            r"\b(?:identified|made|set\s+out|raised|highlighted)\s+(?:in|at|during)\s+$",
            r.text[max(clause.start, ws[0].start - 40) : ws[0].start],
            re.IGNORECASE,
        )
        if found_in and is_visit:
            is_visit = False
            span = T.Span(max(clause.start, ws[0].start - 40) + found_in.start(), end)
        if not is_visit:
            kind = None
        # a council named after the date inside the report's words is not the one it is of
        # ('inspectors, who were on site from 4 to 15 March, did find the "decision to
        # decouple ... from Peterborough"')
        # (another council beside it: 'from', 'with'; not 'children in Staffordshire')
        of_sentence, of_clause = sentence, clause
        if any(
            span.end <= m.start < sentence.end
            and r.in_long_quote(m.start)
            and re.search(
                r"\b(?:from|with|than|alongside|between)\s+$", r.text[m.start - 20 : m.start]
            )
            for m in r.mentions
        ) and not any(sentence.start <= m.start < span.end for m in r.mentions):
            of_sentence = T.Span(sentence.start, span.end)
            of_clause = T.Span(clause.start, span.end)
        urns = r.urns_at(of_sentence, of_clause)
        near = [
            m
            for m in r.mentions
            if of_clause.start <= m.start < span.start and m.la.urn and not r.is_place(m)
        ]
        last_urn = near[-1].la.urn if near else None
        if (
            len(urns) > 1
            and last_urn is not None
            and re.match(r"(?:its|their)\b", r.text[span.start : span.end])
        ):
            # "Cumberland's neighbour, Westmorland and Furness, was also rated good when its
            # report was published in July": 'its' is the council named last before it
            urns = [last_urn]
        whose = _aside_owners(r, sentence, ws[0].start)
        if len(urns) > 1 and len(whose) == 1:
            # "as does Wigan, whose report came out last summer": Wigan's report's time
            urns = sorted(whose)
        r.add(
            span,
            Kind.VISIT if is_visit else Kind.DATE,
            urns,
            date_role=own_role,
            visit_kind=kind.group(0).lower() if kind else None,
            dates=[(w.first, w.precision) for w in ws],
            facts={
                "whens": ws,
                "previous_cue": previous and bool(_PREVIOUS_INSPECTION.search(lead_words)),
                "inspection_year": bool(_INSPECTION_YEAR.search(body)) and not is_visit,
                "letter_context": _about_letter(r, sentence),
                "other_visit": bool(
                    _OTHER_VISIT_WORDS.search(r.text, sentence.start, sentence.end)
                    # ("since the appointment of a permanent director of children's services in
                    # December 2023": a coming, not a visit)
                    or _APPOINT_EVENT.search(
                        r.text[max(clause.start, ws[0].start - 110) : ws[0].start]
                    )
                ),
                # "A focused visit in March 2019 set three areas for priority action": what the
                # visit found, checked with its date when a later report or letter tells it
                "priority_n": _priority_count(r.text[span.end : sentence.end])
                if is_visit
                else None,
            },
        )


_PRIORITY_COUNT = lazyre.compile(
    rf"\b(?P<n>\d+|{T.NUMBER})\s+(?:(?:more|further|new)\s+)?(?:areas?\s+(?:for|of|requiring)\s+"
    r"priority\s+action|priority\s+actions?)\b",
    re.IGNORECASE,
)


def _priority_count(words: str) -> int | None:
    """The number of areas for priority action the words give ('set three areas for priority
    action', 'identified two priority actions'), or None."""
    m = _PRIORITY_COUNT.search(words)
    return T.number(m.group("n")) if m else None


# "a big turnaround from May 2020, when a report following an inspection in December 2019 rated
# the council inadequate": the date is of what the clause 'when' opens says (a report's day)
_WHEN_REPORT = lazyre.compile(
    r",\s*when\s+(?:(?P<pub>(?:a|an|the|its|their|Ofsted['’]s)\s+(?:[\w-]+\s+){0,2}?(?:report|verdict|"
    r"letter)\b(?!\s+(?:said|says|found|finds)\b))|(?P<vis>(?:Ofsted\s+)?inspectors\s+(?:last\s+)?"
    r"(?:visited|were\s+on\s+site|inspected)\b|(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?inspection\s+"
    r"(?:took\s+place|was\s+carried\s+out)\b))",
    re.IGNORECASE,
)


def _when_clause_date_claims(
    r: Reader, sentence: T.Span, clause: T.Span, whens: list[T.When]
) -> None:
    """'from May 2020, when a report ... rated the council inadequate': a date at the end of a
    clause with no word of what it is of, told by the 'when' clause after it."""
    w = whens[-1]
    if w.relative or w.precision not in ("month", "day") or r.text[w.end : clause.end].strip():
        return
    m = _WHEN_REPORT.match(r.text, w.end, sentence.end)
    if m is None:
        return
    # the date's words run to where the next date's begin
    nxt = [x for x in T.dates(r.text[m.end() : sentence.end], r.as_of, m.end())]
    end = nxt[0].start if nxt else m.end()
    while end > m.end() and r.text[end - 1] == " ":
        end -= 1
    r.add(
        T.Span(w.start, end),
        Kind.DATE,
        r.urns_at(sentence, clause),
        date_role="published" if m.group("pub") else "visit",
        dates=[(w.first, w.precision)],
        facts={
            "whens": [w],
            "previous_cue": False,
            "inspection_year": False,
            "letter_context": _about_letter(r, sentence),
        },
    )


# the report said to say it: 'The report recognises ... including the cyber-attack in 2020'
_REPORT_SAYS = lazyre.compile(
    r"\b(?:the\s+report|inspectors|the\s+letter)\s+(?:also\s+)?(?:recognis|recogniz|not|"
    r"highlight|acknowledg|referr|mention|cit|describ)\w*"
    # "The report, led by His Majesty's Inspector Tom Anthony, said the interim director of
    # children's services, appointed in December 2021, ...": the report's saying after an aside
    r"|\b(?:the\s+report|the\s+letter),\s+(?:led|written|signed)\s+by\s+[^,.;]{3,60},\s+"
    r"(?:also\s+)?(?:said|says|found|finds)\b",
    re.IGNORECASE,
)
_EVENT_LEAD = lazyre.compile(r"(?:[,;:(–—]|\bincluding\b|\bsuch\s+as\b|\bdespite\b)\s*", re.I)


def _event_date_claims(r: Reader, sentence: T.Span, clause: T.Span, whens: list[T.When]) -> None:
    """A year or a month the article gives to an event the report is said to speak of ('the
    report recognises ..., including the criminal cyber-attack on the council in 2018'): a date
    claim of the event's own words, read only as a report of the council dates it."""
    for w in whens:
        said = _REPORT_SAYS.search(r.text, sentence.start, w.start)
        if said is None:
            continue
        if w.relative or w.precision not in ("year", "month"):
            continue
        if not re.search(r"\b(?:in|during)\s+$", r.text[max(clause.start, w.start - 8) : w.start]):
            continue
        lo = max(clause.start, said.end())
        leads = list(_EVENT_LEAD.finditer(r.text, lo, w.start))
        start = leads[-1].end() if leads else lo
        while start < w.start and r.text[start].isspace():
            start += 1
        words = re.findall(r"[A-Za-z]{4,}", r.text[start : w.start])
        if len(words) < 3 and leads and re.match(r",\s*$", leads[-1].group(0)):
            # "said the interim director of children's services, appointed in December 2021,":
            # an aside of a word or two dates the noun before it, from the saying or the lead
            # before that on
            start = leads[-2].end() if len(leads) > 1 else lo
            while start < w.start and r.text[start].isspace():
                start += 1
            words = re.findall(r"[A-Za-z]{4,}", r.text[start : w.start])
        if len(words) < 3 or r.in_long_quote(w.start):
            continue
        r.add(
            T.Span(start, w.end),
            Kind.DATE,
            r.urns_at(sentence, clause),
            dates=[(w.first, w.precision)],
            facts={"whens": [w], "event": True},
        )


# "The director of children's services, Robert Henderson, who has been in post since October
# 2016": how long a leader has been in post, which a single-inspection report prints ('The DCS
# has been in post since October 2016')
_IN_POST = lazyre.compile(
    r"(?:(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s+who\s+|\b)(?:has|have|had)\s+been\s+in\s+"
    r"(?:post|(?:the\s+)?(?:role|job|position))\s+since\s+$"
)


def _in_post_claims(r: Reader, sentence: T.Span, clause: T.Span, whens: list[T.When]) -> None:
    """'Robert Henderson, who has been in post since October 2016': a date claim of the leader's
    time in post, read only as a report of the council dates it (`dated_in_reports`)."""
    for w in whens:
        if w.relative or w.precision not in ("year", "month") or r.in_long_quote(w.start):
            continue
        m = _IN_POST.search(r.text, max(sentence.start, w.start - 90), w.start)
        if m is None:
            continue
        r.add(
            T.Span(m.start(), w.end),
            Kind.DATE,
            r.urns_at(sentence, clause),
            dates=[(w.first, w.precision)],
            facts={"whens": [w], "event": True},
        )


# A report cited by its title: 'Inspection of Hillingdon local authority children's services,'
_CITED_TITLE = lazyre.compile(
    r"\bInspection\s+of\s+[A-Z][^.;:]{2,110}?\b(?:services|inspection|ILACS\)?)\s*"
    r"(?:[,(–—-]|\bpublished\b)\s*$"
)
_FULL_BEFORE = lazyre.compile(
    r"\b(?:last|previous|most recent|full|standard|short|graded|ILACS)\s+(?:full\s+|graded\s+)?"
    r"(?:Ofsted\s+)?inspection\b(?:,)?\s+(?:in|of|on)\s+$",
    re.IGNORECASE,
)
# "a follow-up inspection in 2017", "the 2015 inspection", "inspected in 2016"
_INSPECTION_YEAR = lazyre.compile(
    rf"\b(?:inspection|inspected|re-inspected|rated|judged)\s+(?:carried out\s+|conducted\s+)?in\s+{T.YEAR}\b"
    rf"|\b{T.YEAR}\s+(?:Ofsted\s+)?inspection\b",
    re.IGNORECASE,
)


_OFSTED_WORDS = lazyre.compile(
    r"\b(?:Ofsted|OFSTED|[Ii]nspect\w*|report|visit\w*|rated|judged|watchdog|review)"
    # 'A team led by Donna Marriott spent a fortnight in Slough'
    r"|\b[Tt]eam\s+led\s+by\s+[A-Z]"
)
_OTHER_BODY = lazyre.compile(
    r"\b(?:commissioners?|DfE|Department for Education|ministers?|committees?|cabinet|audit|"
    r"budgets?)\b",
    re.IGNORECASE,
)
_PREVIOUS_INSPECTION = lazyre.compile(
    r"\b(?:previous|last inspect|last inspection|last full|last time|since|prior)\b", re.IGNORECASE
)
_DATE_CUE = lazyre.compile(
    r"\b(?:(?:were|was)\s+(?:in|with)\s+(?:the|its|their)\s+(?:borough|county|city|town|council|"
    r"authority|district|island|service|teams?)\b|visit\w*|inspect\w*|publish\w*|released?|report\w*|between|following|since|last|"
    r"previous\w*|took place|spent|in|on|from)\b",
    re.IGNORECASE,
)


_JUMP = lazyre.compile(
    rf"\b(?:jump\w*|leap\w*|le[a]?pt|rose|risen|climb\w*|improv\w*|mov\w+ up|fell|fallen|dropp\w*|slump\w*|"
    rf"plummet\w*|slipp\w*|went (?:up|down)|rise|fall|drop|increase)\s+(?:by\s+|of\s+)?(?P<n>one|two|three|{T.NUMBER}|"
    # "moved up another grade", "two more grades": the move since the time told before
    rf"another|a\s+further)\s+(?:more\s+|further\s+)?(?:grades?|ratings?|levels?|notches|places|steps)\b"
    # "a two-grade improvement on the 2020 verdict", "a three-grade fall"
    rf"|\b(?P<n2>one|two|three|{T.NUMBER})[- ](?:grades?|notch|levels?)\s+"
    rf"(?P<dir>improvement|jump|rise|leap|increase|uplift|climb|fall|drop|decline|slide|slump)\b",
    re.IGNORECASE,
)


_JUMP_AREAS = lazyre.compile(
    rf"\s+overall\s*,?\s+(?:and|as well as)\s+(?:in\s+)?(?:(?P<all>all(?:\s+of)?|each of|every one of)\s+"
    rf"(?:the\s+|its\s+)?(?:{T.NUMBER}\s+)?|(?P<k>{T.NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?"
    rf"(?:{T.NUMBER}\s+)?)(?:other\s+|key\s+|individual\s+|separate\s+)?"
    r"(?:judge?ment\s+areas|judge?ments|areas|categories)\b",
    re.IGNORECASE,
)
_DIRECTION = lazyre.compile(
    r"\b(?:(?P<down>downgraded|down-graded|marked down)|(?P<up>upgraded|up-graded))\b|"
    # "The verdict is a step up for the council", "This represents a decline from the previous
    # full inspection", "a better rating than they were given in 2022": the move of its overall
    # grade (said of the verdict, the rating or the inspection)
    r"\b(?:(?P<down2>a\s+(?:(?:big|major|significant|further|sharp)\s+)?(?:step\s+(?:down|back(?:wards?)?)|"
    r"backward\s+step|decline\s+(?:from|on|since)|deterioration\s+(?:from|on|since)|"
    r"(?:fall|drop)\s+from|worse\s+(?:rating|grade|verdict|result|judge?ment)\s+than))|"
    r"(?P<up2>a\s+(?:(?:big|major|significant|further|marked)\s+)?(?:step\s+(?:up|forward)|"
    r"improvement\s+(?:on|from|since)|better\s+(?:rating|grade|verdict|result|judge?ment)\s+than)|"
    r"an\s+improvement\s+(?:on|from|since)))\b",
    re.IGNORECASE,
)
# what a move of the phrases above is said of
_DIRECTION_OF = lazyre.compile(
    r"\b(?:verdict|rating|grade|judge?ment|inspection|report|Ofsted|inspectors)\b", re.IGNORECASE
)


_BIRTH_EVENT = lazyre.compile(
    r"\b(?:council|authority|authorities|Council|County)\b[^.;:()]{0,40}?\b(?:was|were)\s+"
    r"(?:formally\s+|officially\s+)?(?P<ev>abolished|created|formed|established|set up|replaced|"
    r"split|dissolved)\s+(?:on\s+|in\s+)?$"
    r"|\b(?P<ev2>came into (?:being|existence)|was born)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def _birth_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'when Cumbria County Council was abolished in April 2023': the day councils were made or
    unmade, which the record holds only as a report's own words say it (`facts['birth']`)."""
    body = r.text[clause.start : clause.end]
    for w in T.dates(body, r.as_of, clause.start):
        if w.relative or w.precision not in ("day", "month") or r.in_long_quote(w.start):
            continue
        m = _BIRTH_EVENT.search(
            r.text, max(clause.start, w.start - 80), w.start
        ) or _BIRTH_OF.search(r.text, max(clause.start, w.start - 90), w.start)
        if not m:
            continue
        start = r.text.rfind(" when ", clause.start, m.start())
        start = start + 1 if start >= 0 else m.start()
        urns = r.urns_at(sentence, clause)
        if r.main and r.main not in urns:
            urns = [*urns, r.main]
        r.add(
            T.Span(start, w.end),
            Kind.DATE,
            urns,
            dates=[(w.first, w.precision)],
            facts={"birth": (m.groupdict().get("ev") or m.group("ev2")).lower(), "whens": [w]},
        )
        return


# "The grades are the same in every area as at the last inspection in 2023", "lower in every
# area than at the last inspection": each judgement against the inspection before
_EVERY_AREA_CMP = lazyre.compile(
    r"\b(?:grades|ratings|judge?ments)\s+(?:are|were|have\s+been)\s+(?:(?P<up>higher|better)|"
    r"(?P<down>lower|worse)|(?P<same>the\s+same|unchanged))\s+(?:in|across|for)\s+(?:every|each|all)\s+"
    r"(?:\w+\s+)?(?:areas?|judge?ments?)\s+(?:than|as|from|since)\s+(?:at\s+|in\s+)?(?:the|its)\s+"
    r"(?:last|previous)\s+(?:full\s+)?inspection\b",
    re.IGNORECASE,
)


_PREVIOUS_BEFORE = lazyre.compile(
    r"\b(?:previous|last|prior|preceding)\s+(?:full\s+|standard\s+|graded\s+|Ofsted\s+)*"
    r"(?:inspection|report|visit|rating|judge?ment)",
    re.IGNORECASE,
)

_OVERALL_SAME = lazyre.compile(
    r"\b(?:the|its|their)\s+overall\s+(?:grade|rating|judge?ment|verdict|effectiveness)\s+"
    r"(?:is|was|remains|remained|has\s+remained|stays|stayed|has\s+stayed)\s+"
    r"(?:unchanged|the\s+same)\b(?!\s+(?:as|in|for)\b)",
    re.IGNORECASE,
)


def _jump_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'jumped two grades', 'fell a grade': the steps between its last two overall grades;
    'downgraded by Ofsted' (no grade named): the direction."""
    body = r.text[clause.start : clause.end]
    same = _OVERALL_SAME.search(body)
    if (
        same
        and not r.in_long_quote(clause.start + same.start())
        and not T.GRADE_RE.search(body)
        and not T.dates(body, r.as_of, clause.start)
    ):
        # "although the overall grade is unchanged": its last two overall grades are the same
        span = T.Span(clause.start + same.start(), clause.start + same.end())
        r.add(span, Kind.TREND, r.urns_at(sentence, clause), facts={"direction": 0})
        return
    cmp_all = _EVERY_AREA_CMP.search(body)
    if cmp_all and not r.in_long_quote(clause.start + cmp_all.start()):
        end = cmp_all.end()
        year = re.match(r"\s+in\s+(?P<y>(?:19|20)\d\d)\b", body[end:])
        if year:
            end += year.end()
        r.add(
            T.Span(clause.start + cmp_all.start(), clause.start + end),
            Kind.TREND,
            r.urns_at(sentence, clause),
            facts={
                "every_area_cmp": 1 if cmp_all.group("up") else -1 if cmp_all.group("down") else 0,
                "than_year": int(year.group("y")) if year else None,
            },
        )
        return
    m = _JUMP.search(body)
    d = _DIRECTION.search(body)
    down_n = (
        re.match(
            rf"\s+(?:(?:it|them|the council)\s+)?(?:in|on)?\s*(?P<n>{T.NUMBER}|some|several)\s+"
            r"(?:(?:other|more|key|main|of\s+(?:the|its)(?:\s+\w+)?)\s+)?"
            r"(?:areas?|judge?ments?|categor(?:y|ies)|aspects?|parts?)\b",
            body[d.end() :],
            re.IGNORECASE,
        )
        if d
        else None
    )
    if d and down_n:
        # "inspectors marked down one area of the council's work": a count of areas graded
        # below its overall grade, not a move of its overall grade
        k = T.number(down_n.group("n"))
        if (
            k
            and d.group("down")
            and not m
            and not r.in_long_quote(clause.start + d.start())
            and re.search(
                r"\b(?:though|but|although|while|however)\b",
                r.text[sentence.start : clause.start + d.start()],
                re.I,
            )
        ):
            span = T.Span(clause.start + d.start(), clause.start + d.end() + down_n.end())
            span = T.Span(span.start, _trim_span(r.text, span.start, clause.end)[1])
            r.add(span, Kind.TREND, r.urns_at(sentence, clause), facts={"marked_down": k})
        return
    if d and (d.group("up2") or d.group("down2")):
        # (a phrase of a move, of a verdict or an inspection: "a step up in funding" is none;
        # said of the verdict itself, "The verdict is a step up", "This represents an
        # improvement on ...", "..., a better rating than": not "inspectors saw an improvement
        # since the last visit")
        lead = r.text[max(sentence.start, clause.start + d.start() - 40) : clause.start + d.start()]
        if (
            not _DIRECTION_OF.search(r.text, sentence.start, sentence.end)
            or not re.search(
                r"(?:\b(?:is|was|represents?|represented|representing|marks?|marked|marking|"
                r"it['’]s|as)|,|[–—]|\s-)\s*$",
                lead,
                re.IGNORECASE,
            )
            or re.match(
                r"[^.;]{0,50}\b(?:visit\w*|monitoring|letter)\b",
                r.text[clause.start + d.end() : sentence.end],
                re.IGNORECASE,
            )
        ):
            d = None
    cut = None
    if d and (d.group("up2") or d.group("down2")):
        # "This represents an improvement on the previous full inspection in autumn 2021, when
        # the service was judged good overall": the move, before the grade of the time before
        cut = re.compile(r",\s+(?:when|where|at which)\b", re.IGNORECASE).search(body, d.end())
    if d and cut is None:
        # "have been downgraded by Ofsted, ending more than eight years in which the council's
        # social care department was rated good": the move, before the grade of the years ended
        cut = re.compile(
            r",\s+(?:ending|ended|closing|after|following)\s+(?:\w+\s+){0,4}?(?:years?|decades?)\s+"
            r"(?:in\s+which|during\s+which|of\s+being)\b",
            re.IGNORECASE,
        ).search(body, d.end())
    head = body[: cut.start()] if cut else body
    # "rated 'requires improvement to be good' overall ..., a better rating than they were
    # given in 2022": the move is of the grade before the phrase
    phrase = bool(d and (d.group("up2") or d.group("down2")))
    if (
        not m
        and d
        and not T.GRADE_RE.search(head[d.start() :] if phrase else head)
        and not r.in_long_quote(clause.start + d.start())
    ):
        facts: dict[str, Any] = {
            "direction": -1 if d.group("down") or d.group("down2") else 1,
            # "an improvement on the last inspection": of the overall grade, or of others
            # (not "a better rating than": of the rating)
            "phrase": phrase
            and not re.search(r"rating|grade|verdict|judge?ment|result", d.group(0), re.I)
            # "The overall judgement was 'requires improvement to be good', an improvement on
            # the grade the council received in 2022": of the one grade told before it (no
            # judgement area named)
            and not (
                re.match(
                    r"\s+(?:the|its|their)\s+(?:overall\s+)?(?:rating|grade|verdict|judge?ment)"
                    r"\s+(?:it|they|the\s+\w+)\b",
                    head[d.end() :],
                    re.IGNORECASE,
                )
                and not [
                    a
                    for _, _, a in T.areas_in(r.text[sentence.start : clause.start + d.start()])
                    if a != "overall"
                ]
            ),
        }
        if d.group("down") or d.group("up"):
            # "inspectors have marked down the help given to children at risk of harm",
            # "help and protection was downgraded": the move of the one judgement named as its
            # object or its subject
            # ("have downgraded the council's work with children who need help and protection")
            obj = re.match(
                r"\s+(?:(?:the|its|their)\s+)?(?:(?:council|authority|borough|county|city)['’]s\s+)?"
                r"(?:(?:work|services?|support|provision)\s+(?:with|for|to)\s+)?",
                head[d.end() :],
                re.IGNORECASE,
            )
            after_areas = T.areas_in(head[d.end() : d.end() + 80])
            before_areas = T.areas_in(head[: d.start()])
            said = [a for at, _, a in after_areas[:1] if obj is not None and at == obj.end()] or [
                a
                for _, end, a in before_areas[-1:]
                if re.fullmatch(
                    # "But the care leavers' service, restructured in the past year, was marked
                    # down": the area's service, with an aside
                    r"['’\"”]?(?:\s+(?:service|services|support|work|provision|offer|team))?"
                    r"(?:\s*,[^,;]{1,60},)?\s+(?:has\s+been|have\s+been|was|were|is|are)\s+",
                    head[end : d.start()],
                    re.IGNORECASE,
                )
            ]
            if len(set(said)) == 1 and said[0] != "overall":
                facts["area"] = said[0]
        than = [
            w
            for w in T.dates(head[d.start() :], r.as_of, clause.start + d.start())
            if w.precision == "year" or (w.precision == "period" and not w.relative)
        ]
        if than:
            # "a better rating than they were given in 2022": than that year's
            facts["than_year"] = than[0].first.year
        begin = d.start() if phrase and T.GRADE_RE.search(head[: d.start()]) else 0
        span = T.Span(clause.start + begin, clause.start + len(head.rstrip(" ,;")))
        r.add(span, Kind.TREND, r.urns_at(sentence, clause), facts=facts)
        return
    if not m or r.in_long_quote(clause.start + m.start()):
        return
    said_n = m.group("n") or m.group("n2") or ""
    n = 1 if re.fullmatch(r"another|a\s+further", said_n, re.IGNORECASE) else T.number(said_n)
    if not n:
        return
    up = not re.match(
        r"(?:fell|fallen|fall|drop|slump|plummet|slipp|went down)",
        m.group("dir") or m.group(0),
        re.IGNORECASE,
    ) and not re.match(r"(?:decline|slide)", m.group("dir") or "", re.IGNORECASE)
    end = m.end()
    since = re.match(
        rf"\s+(?:since|from)\s+(?:in\s+)?(?:(?:{T.MONTH})\s+)?{T.YEAR}\b", body[end:], re.IGNORECASE
    )
    if since:
        end += since.end()  # "a jump of two grades from 2016": the date it counts from
    # "climbed three grades in a decade", "two grades in under five years", "over the past
    # eight years": the move over that span, from the grade it held at its start
    over = re.match(
        rf"\s+(?:in|over|within)\s+(?:(?:just\s+)?(?:under|less\s+than|over|more\s+than|about|"
        rf"around|little\s+more\s+than)\s+)?(?:the\s+(?:past|last)\s+)?(?:(?P<decade>a|one)\s+"
        rf"decade|(?P<n>{T.NUMBER}|\d{{1,2}})\s+years)\b",
        body[end:],
        re.IGNORECASE,
    )
    over_years = None
    if over and not since:
        over_years = 10 if over.group("decade") else T.number(over.group("n"))
        end += over.end()
    # "a climb of three grades across four inspections": from the first of those inspections
    over_insp = re.match(
        rf"\s+(?:across|over|in)\s+(?:the\s+(?:last|past)\s+)?(?P<n>{T.NUMBER}|\d)\s+"
        r"(?:(?:full|graded|Ofsted)\s+)?inspections\b",
        body[end:],
        re.IGNORECASE,
    )
    over_inspections = None
    if over_insp and not since and not over:
        over_inspections = T.number(over_insp.group("n"))
        end += over_insp.end()
    areas_said = _JUMP_AREAS.match(body[end:])
    if areas_said:
        end += areas_said.end()  # "... of one grade overall and in three of the four areas"
    span = T.Span(clause.start + m.start(), clause.start + end)
    lead = body[: m.start()]
    if len(lead) < 45 and not T.GRADE_RE.search(lead) and not T.areas_in(lead):
        # "This represented a jump of one grade since...": the clause's subject with it
        skip = re.match(r"[\s(),;:–—-]*(?:\(?[ivx]+\)\s*)?", lead)
        start = clause.start + (skip.end() if skip else 0)
        span = T.Span(start, span.end)
    # "Help and protection has risen by two grades": that judgement's grades
    named = [a for _, _, a in T.areas_in(body[: m.start()]) if a != "overall"]
    said_areas = [x for x in T.areas_in(body[: m.start()]) if x[2] != "overall"]
    after_for = re.match(r"\s+(?:for|in)\s+(?:the\s+|its\s+)?", body[m.end() :], re.IGNORECASE)
    own = T.areas_in(body[m.end() + after_for.end() :]) if after_for else []
    if own and own[0][0] == 0 and own[0][2] != "overall" and not named:
        # "a jump of three grades for leadership in just over three years": the judgement
        # named right after the move
        named = [own[0][2]]
    if (
        len(set(named)) > 1
        and re.fullmatch(r"['’”\"]*\s*,\s*(?:an?\s+)?", body[said_areas[-1][1] : m.start()])
        and not re.search(r"\b(?:and|or|&)\s*$", body[: said_areas[-1][0]])
    ):
        # 'leaders had "transformed services for care leavers", a jump of two grades': the
        # judgement the move stands beside, not the subject of the clause
        named = named[-1:]
    joint = set(named) == {"in_care", "care_leavers"}
    if joint:
        # "children in care and care leavers were rated good, jumping two grades": the one
        # judgement of both (ILACS 2018; checked as such only where neither grades them apart)
        named = ["in_care"]
    each: list[str] = []  # each judgement of a move told of several
    if named and (areas_before := T.areas_in(body[: m.start()])):
        span = T.Span(clause.start + areas_before[0][0], span.end)
    elif (
        not named
        and re.fullmatch(r"[\s–—,;:-]*(?:an?\s+|which\s+(?:is|was)\s+an?\s+)?", lead)
        and sentence.start < clause.start
    ):
        # "Help and protection, which was rated 'requires improvement' in 2022, is now judged
        # outstanding – jumping two grades": the move of the judgement the sentence is about
        before = T.areas_in(r.text[sentence.start : clause.start], sentence.start)
        if (
            before
            and len({a for _, _, a in before}) == 1
            and before[0][2] != "overall"
            and not re.search(r"\boverall\b", r.text[sentence.start : clause.start], re.I)
        ):
            named = [before[0][2]]
            span = T.Span(before[0][0], span.end)
        elif {a for _, _, a in before} == {"in_care", "care_leavers"} and not re.search(
            r"\boverall\b", r.text[sentence.start : clause.start], re.I
        ):
            # "Services for children in care and care leavers were judged good - jumping two
            # grades": the one judgement of both (ILACS 2018), as above
            named, joint = ["in_care"], True
            span = T.Span(before[0][0], span.end)
        elif (
            len({a for _, _, a in before}) >= 2
            and "overall" not in {a for _, _, a in before}
            and not re.search(r"\boverall\b", r.text[sentence.start : clause.start], re.I)
            and re.search(r"\b(?:both|all|each)\b", r.text[sentence.start : clause.start], re.I)
        ):
            # "Leadership and services for children in care were both rated good – a jump of
            # two grades": the move of each judgement the sentence is about
            each = sorted({a for _, _, a in before})
    that_area = re.match(
        r"\s+(?:in|for)\s+(?:that|this)\s+(?:area|judge?ment|service)\b", body[end:], re.I
    )
    if not named and that_area:
        # "awards outstanding for children who need help and protection - a jump of two grades
        # in that area since 2017": the judgement named last before it
        before = [
            a
            for a in T.areas_in(r.text[sentence.start : span.start], sentence.start)
            if a[2] != "overall"
        ]
        if before:
            named = [before[-1][2]]
            end += that_area.end()
            if not since:
                # ("in that area since 2017": the year it counts from)
                since = re.match(
                    rf"\s+(?:since|from)\s+(?:in\s+)?(?:(?:{T.MONTH})\s+)?{T.YEAR}\b",
                    body[end:],
                    re.IGNORECASE,
                )
                end += since.end() if since else 0
            span = T.Span(span.start, clause.start + end)
    # "it has now jumped two grades since its inadequate rating", "three grades from
    # inadequate": from the last inspection that gave that grade (the words are the move's)
    fg = (
        re.match(
            r"\s*,?\s*(?:since|from)\s+(?:an?\s+|the\s+|its\s+|their\s+|"
            r"(?:(?:it|they|the\s+(?:council|authority|borough|county|city|"
            r"services?))\s+)?(?:being|was|were)\s+(?:rated|judged|graded|"
            r"branded)\s+(?:as\s+)?)?['‘“\"]?"
            rf"(?P<g>{T.GRADE_WORDS})\b['’”\"]?(?:\s+(?:rating|verdict|grade|judge?ment))?",
            body[end:],
            re.IGNORECASE,
        )
        if not since
        else None
    )
    if fg:
        span = T.Span(span.start, max(span.end, clause.start + end + fg.end()))
    r.add(
        span,
        Kind.TREND,
        r.urns_at(sentence, clause),
        number=n,
        facts={
            "jump": n if up else -n,
            # "When inspectors returned in February 2017 ... leadership jumped two grades": the
            # move of the inspection of the year the narrative set
            "scene": _scene_year(r, sentence, clause)
            or _lead_days_year(r, sentence, clause)
            or _opening_when_year(r, sentence, clause.start + m.start())
            or _that_move_year(r, sentence, clause),
            # "jumped two grades to good in March 2020": the move of the inspection of that year
            "at_year": (
                int(at.group("y"))
                if not since
                and (
                    at := re.match(
                        rf"\s+(?:to\s+(?:an?\s+)?['‘“\"]?(?:{T.GRADE_WORDS})['’”\"]?\s+)?"
                        rf"(?:in|at)\s+(?:(?:{T.MONTH})\s+)?(?P<y>(?:19|20)\d\d)\b",
                        body[end:],
                        re.IGNORECASE,
                    )
                )
                else None
            ),
            # "have jumped three grades, from inadequate in 2015 to outstanding now": from the
            # inspection of that year
            "than_year": (
                int(fy.group("y"))
                if (
                    fy := re.match(
                        # ("from the inadequate verdict the town received in 2020", "from
                        # the inadequate rating of 2020": the same)
                        rf"\s*,?\s*from\s+(?:an?\s+|the\s+|its\s+)?['‘“\"]?(?:{T.GRADE_WORDS})"
                        r"['’”\"]?\s+(?:(?:verdict|rating|grade|judge?ment)\s+(?:(?:it|they|"
                        r"the\s+\w+|that\s+\w+)\s+(?:received|was\s+given|were\s+given|got|"
                        r"had|earned)\s+)?)?"
                        rf"(?:in|at|of)\s+(?:(?:{T.MONTH})\s+)?(?P<y>(?:19|20)\d\d)\b",
                        body[end:],
                        re.IGNORECASE,
                    )
                )
                else None
            ),
            # "it has now jumped two grades since its inadequate rating", "three grades from
            # inadequate": from the last inspection that gave that grade
            "from_grade": T.grade_of(fg.group("g")) if fg else None,
            "area": named[0] if len(set(named)) == 1 else None,
            "each_area": each,
            "over_years": over_years,
            "over_inspections": over_inspections,
            "since_year": int(re.search(r"(?:19|20)\d\d", since.group(0)).group(0))  # type: ignore[union-attr]
            if since
            else None,
            "joint_care": joint,
            # "overall and in all four judgement areas", "and in three of the four areas"
            "in_areas": (
                None
                if not areas_said
                else "all"
                if areas_said.group("all")
                else T.number(areas_said.group("k"))
            ),
            # the grades the article names before the move ("In 2016 inspectors rated Kirklees
            # inadequate ... 'Jumping two grades ...'"): an earlier inspection it may count from
            "told": sorted(
                {T.grade_of(g.group(1)) for g in T.GRADE_RE.finditer(r.text, 0, span.start)}
            ),
            # "... and found leadership inadequate. ... leaders ... jumped two grades": the
            # grades the article gave that judgement before the move
            "told_area": sorted(
                {
                    it["grade"]
                    for x in r.claims
                    if x.type in (Kind.GRADE, Kind.TREND) and x.start < span.start
                    for it in x.facts.get("grades") or []
                    if isinstance(it, dict)
                    and len(set(named)) == 1
                    and named[0] in (it.get("areas") or [])
                }
            ),
            # "At the previous full inspection ... help and protection was judged to require
            # improvement. Help and protection has therefore risen by one grade": from that one
            "after_previous": bool(
                _PREVIOUS_BEFORE.search(
                    r.text,
                    max(
                        [x.start for x in r.sentence_spans if x.end <= sentence.start][-1:]
                        or [sentence.start]
                    ),
                    span.start,
                )
            ),
        },
    )


_EACH_MOVE = lazyre.compile(
    rf"\b(?:(?P<up>improved|got better|moved up|risen|climbed|gone up)|(?P<down>declined|"
    rf"deteriorated|fallen|slipped|got worse|gone down|been downgraded))\s+(?:at|in|with|after)\s+"
    rf"(?:each|every)\s+(?:one\s+)?of\s+(?:its|their|the)\s+(?:last|past|previous|most recent)\s+"
    rf"(?P<n>{T.NUMBER}|\d)\s+(?:full\s+|Ofsted\s+)*inspections\b",
    re.IGNORECASE,
)


def _each_move_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'The city has improved at each of its last three inspections': each a move that way."""
    m = _EACH_MOVE.search(r.text, clause.start, clause.end)
    if m is None or r.in_long_quote(m.start()):
        return
    n = T.number(m.group("n"))
    if not n or n < 2:
        return
    lead = r.text[clause.start : m.start()]
    start = clause.start if len(lead) < 60 and not T.GRADE_RE.search(lead) else m.start()
    r.add(
        T.Span(start + len(lead) - len(lead.lstrip()) if start == clause.start else start, m.end()),
        Kind.TREND,
        r.urns_at(sentence, clause),
        number=n,
        facts={"each_move": n, "direction": 1 if m.group("up") else -1},
    )


def _recent_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'following a recent Ofsted inspection': the latest inspection ended within months."""
    m = re.search(
        r"\b(?:a|its|the|their|our)\s+recent\s+(?:Ofsted\s+)?(?:inspection|report|visit)",
        r.text[clause.start : clause.end],
        re.IGNORECASE,
    )
    if m:
        span = T.Span(clause.start + m.start(), clause.start + m.end())
        r.add(
            span,
            Kind.DATE,
            r.urns_at(sentence, clause),
            date_role="recent",
            facts={"whens": [], "recent": True},
        )


_INSPECTION_WORDS = lazyre.compile(
    r"\b(?:inspect\w*|visit\w*|rated|rating|judged|judgement|graded|grade|Ofsted|inadequate|"
    r"outstanding|good|improvement|report\w*|verdict|assessment|HMI|watchdog|failing|failed)",
    re.IGNORECASE,
)


_EVENT_NOT_GRADE = lazyre.compile(
    r"\b(?:focused|monitoring|visit\w*|concerns?|warn\w*|found|raised|identified|criticis\w*|"
    r"highlighted|flagged|letter|joint targeted|JTAI|review)\b",
    re.IGNORECASE,
)
_GRADED_WORDS = lazyre.compile(
    r"\b(?:rated|rating|judged|judgement|graded|grade|full inspection|(?:last|previous|"
    r"standard|short|full) (?:ILACS )?inspection)\b",
    re.IGNORECASE,
)


# "It comes a year after", "The visit came just months after": the subject's own event is the
# later end of the span
_COMES_AFTER = lazyre.compile(
    r"\b(?:comes?|came|coming|follows|followed)(?:\s+(?:just|only|barely|some|around|about))?\s*$",
    re.IGNORECASE,
)


# "The 'good' judgement comes less than two years after ...": the later end is the report
_GRADED_EVENT = lazyre.compile(
    r"\b(?:report|judge?ments?|ratings?|grades?|verdict|upgrade|downgrade|improvement|"
    r"(?<!joint )(?<!targeted )(?<!area )inspection)\b",
    re.IGNORECASE,
)


def _unquoted(r: Reader, start: int, end: int) -> str:
    """The article's text from `start` to `end` with the quotations in it left out."""
    out = r.text[start:end]
    for q in sorted(r.quotes, key=lambda q: -q.start):
        if start <= q.start and q.end <= end:
            out = out[: q.start - start] + out[q.end - start :]
    return out


def _duration_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    m = _DURATION.search(body)
    if not m or not m.group("u").lower().startswith("year"):
        return
    if not re.search(
        r"\b(?:inspect|rated|rating|judged|Ofsted|inadequate|outstanding|good|improvement|report)",
        body,
        re.IGNORECASE,
    ):
        return
    # "two years after the new unitary authority replaced the county councils": a span from
    # something else than an inspection or a grade is none of the record's
    if (m.group("rel") or "").lower() in ("after", "before"):
        tail = re.split(r"[,;:()]|\s[-–—]\s", body[m.end() :], maxsplit=1)[0]
        if len(tail.split()) > 3 and not _INSPECTION_WORDS.search(tail):
            return
    if re.match(
        r"\s*(?:the\s+)?(?:new\s+)?(?:\w+\s+){0,3}(?:council|authority|unitary)\w*\s+(?:was\s+|were\s+)?"
        r"(?:replaced|created|formed|came into being|established|set up|merged|abolished|took over)\b",
        body[m.end() :],
        re.IGNORECASE,
    ):
        return  # "two years after the new unitary authority replaced the county councils"
    duration = dict(m.groupdict())
    if (
        (m.group("rel") or "").lower() in ("after", "since")
        and (
            _COMES_AFTER.search(body[: m.start()])
            # "Rochdale's chiefs have told councillors they are 'turning a corner', two years
            # after Ofsted rated the service ...": a span to what was said, the article's event
            or (
                re.search(r",\s*$", body[: m.start()])
                and re.search(
                    r"\b(?:told|tell|tells|said|say|says|insist(?:s|ed)?|admit(?:s|ted)?|"
                    r"warn(?:s|ed)?|claim(?:s|ed)?|believe[sd]?|heard|hears?)\b",
                    _unquoted(r, clause.start, clause.start + m.start()),
                    re.IGNORECASE,
                )
            )
        )
        and not T.GRADE_RE.search(body[: m.start()])
        and not _GRADED_EVENT.search(body[: m.start()])
    ):
        # "It comes a year after Ofsted rated ...", "The visit comes less than two years after
        # ...": the span runs to the article's own event (a visit, a letter, "it"), which may
        # be no inspection the record dates; the grade is the latest as of then, or the one
        # before it
        duration["to_event"] = True
    # "11 years after the authority was judged inadequate": the grade of the one before
    then = T.GRADE_RE.search(body, m.end())
    rel = (m.group("rel") or "").lower()
    if (
        then
        and (
            # "Two years later, in 2019, inspectors rated the council good": the grade after
            # 'later' is the later end's
            rel == "later"
            # "Seven years after Ofsted found that '...', the borough's care ... has been judged
            # outstanding": a grade past the comma that closes an opening 'N years after ...'
            # phrase is the main clause's, the later end's
            or (
                rel in ("after", "since")
                and len(body[: m.start()].split()) <= 2
                and not T.GRADE_RE.search(body[: m.start()])
                and "," in _unquoted(r, clause.start + m.end(), clause.start + then.start())
            )
        )
    ):
        then = None
    duration["grade"] = T.grade_of(then.group(1)) if then else None
    if then is None and rel in ("after", "since"):
        # "six years after it first won the top grade": outstanding (or inadequate, "the
        # lowest rating"), told in the clause after the span
        tail = re.split(r"[,;:()]|\s[-–—]\s", body[m.end() :], maxsplit=1)[0]
        if _HIGHEST.search(tail):
            duration["grade"] = "outstanding"
        elif _LOWEST.search(tail):
            duration["grade"] = "inadequate"
    duration["pos"] = clause.start + m.start()
    if rel == "since" and re.search(
        r"\b(?:it\s+is|it['’]s|it\s+has\s+been|it\s+had\s+been)\s+(?:now\s+)?$",
        body[: m.start()],
        re.IGNORECASE,
    ):
        # "It is more than a year since Ofsted declared the council's services outstanding":
        # from that grade to the article's day
        duration["to_now"] = True
    scene = re.search(
        r"\b(?P<y>(?:19|20)\d\d)\s*,\s+when\b", r.text[sentence.start : clause.start + m.start()]
    )
    if scene and rel == "after":
        # "It is a far cry from 2018, when inspectors found '...', just two years after the
        # council had been told it required improvement": the span ends at that year's report
        duration["scene_year"] = int(scene.group("y"))
    # "less than two years after inspectors raised concerns about a decline in its practice",
    # "a year after a focused visit": a span from a visit or a finding, not from a full
    # inspection's grade (the full inspections alone cannot gainsay it)
    if (m.group("rel") or "").lower() in ("after", "since") and not then:
        tail = re.split(r"[;:()]|\s[-–—]\s", body[m.end() :], maxsplit=1)[0]
        if _EVENT_NOT_GRADE.search(tail) and not _GRADED_WORDS.search(tail):
            duration["event"] = True
    # (the claim that opens the clause, or, when that one ends before the span's words, a
    # claim over them: "The report, published last August, | found that services had improved
    # to good overall, five years after they were judged inadequate")
    at = clause.start + m.start()
    opener = next((c for c in r.claims if c.start == clause.start), None)
    holder = (
        next(
            (
                c
                for c in r.claims
                if clause.start <= c.start <= at < c.end <= clause.end
                and c.type in (Kind.GRADE, Kind.TREND)
                and "duration" not in c.facts
            ),
            opener,
        )
        if opener is not None and opener.end <= at
        else opener
    )
    if holder is not None:
        c = holder
        c.facts["duration"] = duration
        if duration.get("to_event"):
            for it in c.facts.get("grades", []):
                if it.get("role") == "previous" and not it.get("whens"):
                    # the latest as of the event, else the one before it
                    it["role"] = "current"
                    c.facts["previous_cue"] = True
        if c.type == Kind.GRADE:
            c.type = Kind.TREND  # "rated inadequate, four years after it was judged good"
        return
    r.add(
        clause,
        Kind.TREND,
        r.urns_at(sentence, clause),
        facts={"duration": duration, "grades": [], "whens": []},
    )


# A sentence about the visit the one before named: "That visit was carried out by X".
_VISIT_BEFORE = lazyre.compile(
    r"\s*(?:That|This|The)\s+(?:same\s+)?(?:(?:focused|monitoring)\s+)?visit\b", re.IGNORECASE
)


def _subject_before(r: Reader, sentence: T.Span, urns: list[int]) -> bool:
    """Whether the last council the article named before `sentence` is one of `urns`, named
    as the subject that opens its sentence ("Derby was previously rated outstanding overall in
    2022"), with none named since: the part of a two-council story about that one, not a
    council named in passing ("ended its shared arrangement with Cambridgeshire")."""
    before = [m for m in r.mentions if m.start < sentence.start and m.la.urn]
    # (the last three councils named all one of these: the part of the article about it, not
    # one named once beside the article's own)
    if len(before) < 3 or any(m.la.urn not in urns for m in before[-3:]):
        return False
    last = before[-1]
    own = r.sentence_of(last.start)
    lead = r.text[own.start : last.start] if own is not None else ""
    return (
        re.fullmatch(r"\W*(?:(?:In|At|For|But|And|Meanwhile,?)\s+)?(?:the\s+)?", lead) is not None
    )


# "... under it", "under this framework": the framework a sentence before named
_UNDER_IT = lazyre.compile(r"\bunder\s+(?:it|this|that)\b(?!\s+(?:council|authority|report))", re.I)
# ", and the second in Yorkshire": a place that goes on from the claim before it
_AND_THE = lazyre.compile(r"(?:,\s*)?and\s+(?:also\s+)?(?:only\s+)?the\s+\w+\s+(?:in|of)\b", re.I)


# the government's own acts on a council, dated by an inspection: "was placed under a
# Department for Education improvement notice after the inadequate judgement"
_NOTICE_AFTER = lazyre.compile(
    r"\b(?:improvement\s+notice|statutory\s+direction|(?:government|ministerial|DfE)\s+"
    r"intervention|commissioner)\b(?=\s+(?:\w+\s+){0,3}?(?:after|following|in\s+the\s+wake\s+of)\b)",
    re.IGNORECASE,
)


def _framework_date_only(r: Reader) -> None:
    """A date claim whose only date is when a framework came in, which a claim of its own
    reads ("the number of councils rated requires improvement under the inspection framework
    introduced last year"): no inspection's date."""
    came_in = [c for c in r.claims if c.facts.get("fw_came_in")]
    if not came_in:
        return
    r.claims[:] = [
        c
        for c in r.claims
        if c.type != Kind.DATE
        or c.facts.get("fw_came_in")
        or not c.facts.get("whens")
        or not all(
            any(f.start <= w.start and w.end <= f.end for f in came_in) for w in c.facts["whens"]
        )
    ]


def _years_later(r: Reader) -> None:
    """'It is a far cry from 2017, when Ofsted said Newcastle's services required improvement.
    The council was upgraded to good at its next inspection, four years later.': a grade with no
    time of its own, so many years after the last year its paragraph named before it, is of
    that year (not the latest report)."""
    for c in r.claims:
        dur = c.facts.get("duration") or {}
        if c.type not in (Kind.GRADE, Kind.TREND) or dur.get("rel") != "later":
            continue
        n = T.number(str(dur.get("n") or ""))
        if not n or not str(dur.get("u", "")).lower().startswith("year"):
            continue
        items = [it for it in c.facts.get("grades") or [] if isinstance(it, dict)]
        if not items or any(it.get("whens") or it.get("role") != "current" for it in items):
            continue
        told = _years_told_before(r, c.start)
        if not told:
            continue
        y = told[-1].first.year + n
        if y > r.as_of.year:
            continue
        at = int(dur.get("pos") or c.start)
        when = T.When(at, at + 1, date(y, 1, 1), date(y, 12, 31), "year")
        for it in items:
            it["whens"] = [when]


_YEARS_EARLIER = lazyre.compile(
    rf"\W*(?P<n>{T.NUMBER}|a)\s+years?\s+(?:earlier|before(?:\s+that)?)\s*,", re.IGNORECASE
)


_YEARS_EARLIER_AND = lazyre.compile(
    rf"\W*(?:and|but)\s+(?P<n>{T.NUMBER}|a)\s+years?\s+(?:earlier|before(?:\s+that)?)\b\s*,?",
    re.IGNORECASE,
)


def _years_earlier(r: Reader) -> None:
    """'When Ofsted last came to Bracknell, in June 2022, ... Five years earlier, under the
    inspection regime Ofsted used until 2018, children's services in the borough were rated good
    overall': a grade with no time of its own in a sentence that opens so many years before the
    last year its paragraph named is of that year (not the latest report)."""
    for c in r.claims:
        dur = c.facts.get("duration") or {}
        if c.type not in (Kind.GRADE, Kind.TREND) or (
            dur and dur.get("rel") not in ("earlier", "before")
        ):
            continue
        items = [it for it in c.facts.get("grades") or [] if isinstance(it, dict)]
        sentence = r.sentence_of(c.start)
        # (or its clause: "..., and two years before that a separate inspection ... had rated
        # them inadequate")
        m = _YEARS_EARLIER.match(r.text, sentence.start) if sentence else None
        if sentence is not None and m is not None and c.start < m.end():
            continue  # (the claim is of the words the opening phrase is in)
        if m is None and (m := _YEARS_EARLIER_AND.match(c.text)) is not None:
            sentence = T.Span(c.start, c.end)
        if sentence is None or m is None:
            continue
        # (no time of its own: none, or only the one the sentence before set)
        if not items or any(
            it.get("role") != "current"
            or any(w.end > sentence.start for w in it.get("whens") or [])
            for it in items
        ):
            continue
        n = T.number(m.group("n"))
        told = _years_told_before(r, sentence.start)
        if not n or not told:
            continue
        y = told[-1].first.year - n
        when = T.When(m.start("n"), m.end(), date(y, 1, 1), date(y, 12, 31), "year")
        for it in items:
            it["whens"] = [when]


_OF_THOSE_REPORTED = lazyre.compile(
    rf"\W*(?:\d{{1,3}}|{T.NUMBER})\s+(?:(?:councils|authorities|local\s+authorities|of\s+them|of\s+those)\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+(?:judged|rated|graded|found)\b",
    re.IGNORECASE,
)


def _counted_of_those_reported(r: Reader) -> None:
    """'Nationally, 26 inspection reports have been published under the revised ILACS
    framework. Five councils were judged outstanding': a count of those reports, under that
    framework, told in the sentence after the count of them."""
    for c in r.claims:
        if c.type != Kind.COUNT or c.framework or not c.facts.get("national") or c.region:
            continue
        if not c.facts.get("grades") or not _OF_THOSE_REPORTED.match(c.text):
            continue
        before = [
            x
            for x in r.claims
            if x.type == Kind.COUNT
            and x.facts.get("inspected")
            and x.framework
            and 0 <= c.start - x.end < 40
            and "\n" not in r.text[x.end : c.start]
        ]
        if before:
            c.framework = before[-1].framework
            c.facts["fw_year"] = before[-1].facts.get("fw_year")


def _finding_shares_time(r: Reader) -> None:
    """'In November 2016 Ofsted published a report rating Kirklees inadequate overall, finding
    inadequate leadership, help and protection and ...': the grades of the participle after the
    first grade are of the same report (its time), not the latest."""
    for c in r.claims:
        if c.type not in (Kind.GRADE, Kind.TREND):
            continue
        items = [it for it in c.facts.get("grades") or [] if isinstance(it, dict)]
        for a, b in zip(items, items[1:], strict=False):
            if (
                a.get("whens")
                and not b.get("whens")
                and b.get("role") == a.get("role")
                and re.search(
                    r",\s+(?:finding|judging|rating|grading|with)\b",
                    r.text[int(a.get("pos", 0)) : int(b.get("pos", 0))],
                    re.I,
                )
            ):
                b["whens"] = list(a["whens"])


def _this_is_the_first(r: Reader) -> None:
    """'... inadequate in 2014 and 2017 and required improvement in 2021, so this is the first
    "good" judgement for this area in more than a decade': the grade of now (the latest
    report), not of the year the words before it named."""
    for c in r.claims:
        if c.type != Kind.GRADE or not re.match(
            r"\W*(?:so\s+|and\s+)?this\s+is\s+(?:now\s+)?the\s+first\b", c.text, re.I
        ):
            continue
        for it in c.facts.get("grades") or []:
            if isinstance(it, dict) and all(w.end <= c.start for w in it.get("whens") or []):
                it["whens"] = []


def _only_one_of_those(r: Reader) -> None:
    """'Seven councils have so far had reports published under the new framework, and
    Middlesbrough is the only one to be judged requires improvement across the board': 'the
    only one' of the councils the count before it in the sentence counted, under its
    framework."""
    for c in r.claims:
        if (
            c.type != Kind.RANK
            or c.framework
            or not re.search(r"\bthe\s+only\s+one\b", c.text, re.I)
        ):
            continue
        sentence = r.sentence_of(c.start)
        counts = [
            x
            for x in r.claims
            if x.type == Kind.COUNT
            and x.facts.get("inspected")
            and x.framework
            and sentence is not None
            and sentence.start <= x.start
            and x.end <= c.start
        ]
        if counts:
            c.framework = counts[-1].framework
            c.facts["fw_year"] = counts[-1].facts.get("fw_year")


_IN_THAT_AREA = lazyre.compile(
    r"\b(?:in|for)\s+(?:that|this|the\s+same)\s+(?:area|judge?ment|category|service)\b", re.I
)


def _in_that_area(r: Reader) -> None:
    """'... still judged help and protection to require improvement. Ealing is the only London
    council ... rated good overall while requiring improvement in that area': a grade 'in that
    area' is of the judgement named last before it (in its sentence or the one before), not
    overall effectiveness; with none named, the claim is dropped."""
    keep = []
    for c in r.claims:
        items = [it for it in c.facts.get("grades") or [] if isinstance(it, dict)]
        m = _IN_THAT_AREA.search(c.text)
        if (
            c.type != Kind.GRADE
            or m is None
            or not items
            or any(it.get("areas") not in ([], ["overall"]) for it in items)
            or re.search(r"\boverall\b", c.text, re.I)
        ):
            keep.append(c)
            continue
        sentence = r.sentence_of(c.start)
        prev = [x for x in r.sentence_spans if sentence and x.end <= sentence.start][-1:]
        lo = prev[0].start if prev else (sentence.start if sentence else c.start)
        named = [a for a in T.areas_in(r.text[lo : c.start + m.start()], lo) if a[2] != "overall"]
        if not named:
            continue
        for it in items:
            it["areas"] = [named[-1][2]]
        keep.append(c)
    r.claims[:] = keep


def _notice_after(r: Reader) -> None:
    """A grade or date claim that is the time of a government act ('BCP Council was issued with
    a government improvement notice after the 2022 report'): the claim is the act, which the
    inspection record does not hold (`outside`), not the grade or the report it came after."""
    for c in r.claims:
        if c.type not in (Kind.GRADE, Kind.TREND, Kind.DATE):
            continue
        m = _NOTICE_AFTER.search(c.text)
        if m is None:
            continue
        c.type = Kind.OTHER
        c.facts = {"outside": m.group(0)}


def _framework_said_before(r: Reader) -> None:
    """A rank or count that names no framework of its own: 'one of only five councils to have
    been rated outstanding for children in care under it' is of the framework the sentence
    before named ('Ofsted's new inspection framework came in at the start of the year'), and
    ', and the second in Yorkshire after North Yorkshire' is of the framework of the claim
    before it in the sentence."""
    for c in r.claims:
        if c.type not in (Kind.RANK, Kind.COUNT) or c.framework:
            continue
        sentence = r.sentence_of(c.start)
        if sentence is None:
            continue
        if _UNDER_IT.search(r.text, c.start, c.end):
            before = [x for x in r.sentence_spans if x.end <= sentence.start][-2:]
            for prev in reversed(before):
                fw = _FRAMEWORK.search(r.text, prev.start, prev.end)
                if fw is not None:
                    words, year = _framework_in(r, prev, fw.start(), prev.end)
                    c.framework = words
                    if year is not None and not c.facts.get("fw_year"):
                        c.facts["fw_year"] = year
                    break
        elif _AND_THE.match(c.text):
            prev_c = [
                x
                for x in r.claims
                if x.type in (Kind.RANK, Kind.COUNT)
                and x.framework
                and sentence.start <= x.start
                and x.end <= c.start
            ]
            if prev_c:
                c.framework = prev_c[-1].framework
                if prev_c[-1].facts.get("fw_year") and not c.facts.get("fw_year"):
                    c.facts["fw_year"] = prev_c[-1].facts["fw_year"]


# A sentence that opens on an inspection the article told of before ("That inspection, led by
# X", "The earlier report, by X"), not one it names now.
_TOLD_BEFORE = lazyre.compile(
    r"\s*(?:That|This|The\s+(?:earlier|previous|former|first|same))\s+(?:full\s+|graded\s+)?"
    r"(?:inspection|report)\b",
    re.IGNORECASE,
)


def _inspector_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'Lead inspector X', 'led by His Majesty's Inspector X', 'Inspectors X and Y': the
    inspectors named (`facts['names']`) and whether the words say who led (`facts['led']`)."""
    body = r.text[sentence.start : sentence.end]
    for m in _INSPECTOR.finditer(body):
        start = sentence.start + m.start()
        if not (clause.start <= start < clause.end):
            continue  # each clause reads its own (a cue may lie in the clause before)
        cue = m.group("cue") or ""
        led = bool(re.search(r"\b(?:lead|led)\b", cue, re.IGNORECASE))
        # ("led by X HMI": an inspector, whatever the words before call led)
        # ("..., one of Her Majesty's Inspectors", "..., an Ofsted inspector")
        titled = re.match(
            rf"\s*,?\s*(?:one\s+of\s+|an?\s+)?(?:HMI\b|{_HMI}[Ii]nspector|Ofsted\s+inspector)",
            body[m.end() :],
        )
        subject = (
            _LED_BY_SUBJECT.search(body[: m.start()]) if cue.lower().startswith("led") else None
        )
        if subject is None and cue.startswith("Led"):
            # "Led by Peter McEntee, the team found ...": the team led named after the name
            subject = _LED_BY_OPENING.match(body, m.end())
        if (
            cue.lower().startswith("led")
            and not re.search(r"inspector|HMI", cue, re.I)
            and not titled
        ):
            # "the council, led by ...", "inspectors praised the board, led by its chair"
            if not subject or _LED_BY_OTHER.search(subject.group(0), len(subject.group(1))):
                continue
        # "The visit, led by X": the lead of a visit (a letter's), not of a full inspection
        visit_led = bool(
            subject
            and subject.group(1).lower().startswith("visit")
            and not re.search(
                r"\binspection\s+$", body[max(0, subject.start() - 15) : subject.start()], re.I
            )
        )
        found = [
            n
            for n in re.finditer(_PERSON, m.group("names"))
            if not set(n.group(0).split()) & _NOT_A_NAME
        ]
        if not found or r.in_long_quote(start):
            continue
        names = [" ".join(n.group(0).split()) for n in found]
        # "Five inspectors, led by X", "Two of Her Majesty's Inspectors, X and Y": how many
        count = _TEAM_BEFORE.search(body[: m.start()])
        team: tuple[T.Span, int] | None = None
        if count and count.group("n") and (n_team := _team_count(count)):
            # "A team of ten inspectors, led by Mary Candlin": how many is a claim of its own
            # (the team may be miscounted and the lead right)
            at = sentence.start + count.start()
            team = (T.Span(at, at + len(count.group(0).rstrip(" ,"))), n_team)
            count = None
        elif count:
            start = sentence.start + count.start()
        span = T.Span(start, sentence.start + m.start("names") + found[-1].end())
        # not the dates of what they found ("X's team found that problems flagged in 2019")
        said = re.search(
            # (nor of a later event: "in 2017, in an inspection led by X, before jumping two
            # grades to good in 2020")
            # (nor of another role: "The lead inspector, X, had been deputy lead on the 2015
            # inspection")
            r"\b(?:found|said|says|noted|warned|concluded|reported)\b|\bbefore\s+\w+ing\b|"
            r"\bhad\s+(?:also\s+|previously\s+)?been\b|\bdeputy\b|\bwas\s+also\b",
            body[m.end() :],
        )
        cut = sentence.start + m.end() + said.start() if said else sentence.end
        days = _of_that_year(
            r,
            sentence,
            [
                w
                for w in _sentence_days(r, sentence)
                if w.start < cut
                # (not the time of the grade a move began from: "a jump of two grades from the
                # inadequate rating handed down in 2022, and lead inspector X's team said")
                and not (
                    _FROM_RATING_THEN.search(r.text, max(sentence.start, w.start - 80), w.start)
                    # ("... from the requires improvement rating York received in May 2022, when
                    # inspectors led by X found ...": that inspection's lead)
                    and not re.match(
                        r"\s*,\s*when\s+(?:the\s+)?inspectors?\b", r.text[w.end : w.end + 30], re.I
                    )
                )
            ],
            para=True,
        )
        # ("When inspectors returned that November, under lead inspector X": the year the
        # narrative set, as for the grade in the same sentence)
        days = _yearless_in_scene(r, sentence, clause, days)
        back = _VISIT_BEFORE.match(body) if not days else None
        if back:
            # "A focused visit in October 2018 looked at ... That visit was carried out by X":
            # the dates of the visit the sentence before named (same paragraph)
            prev = [x for x in r.sentence_spans if x.end <= sentence.start]
            if prev and "\n" not in r.text[prev[-1].end : sentence.start]:
                visits = list(_VISIT.finditer(r.text, prev[-1].start, prev[-1].end))
                if visits:
                    days = [
                        w
                        for w in _sentence_days(r, prev[-1])
                        if w.start >= visits[-1].start() and w.start - visits[-1].end() < 30
                    ][:1]
        # a sentence that names no council may name the inspectors of the report the article
        # is about ("The inspection, led by X, ..."), not of the council the sentence before
        # named: the article's council is the other reading
        urns = r.urns_at(sentence, clause)
        # ("Lead inspector X and her team also noted that the director also holds the same post
        # in neighbouring Halton": a council named only as the neighbour)
        neighbours = {
            x.la.urn
            for x in r.mentions
            if sentence.start <= x.start < sentence.end
            and x.la.urn
            and re.search(
                r"\b(?:neighbouring|nearby|next-door)\s+$", r.text[max(0, x.start - 14) : x.start]
            )
        }
        if urns and set(urns) <= neighbours and r.main and r.main not in neighbours:
            urns = [r.main]
        named = any(
            sentence.start <= x.start < sentence.end
            and x.la.urn
            and not r.is_place(x)
            and x.la.urn not in neighbours
            for x in r.mentions
        )
        other = [r.main] if r.main and not named and r.main not in urns else []
        # and the other councils the article names before it ("North Northamptonshire ...,
        # alongside West Northamptonshire"), read only when their reports came out the same
        # day (not one the article turns to later: "Two other North West councils received
        # their reports on the same day. ... Halton was rated inadequate")
        beside = (
            []
            if named
            else list(
                dict.fromkeys(
                    x.la.urn
                    for x in r.mentions
                    if x.la.urn
                    and x.start < sentence.start
                    and not r.is_place(x)
                    and x.la.urn not in urns + other
                )
            )
        )
        r.add(
            span,
            Kind.INSPECTOR,
            urns,
            inspector=names[0],
            dates=_inspector_dates(days),
            facts={
                "names": names,
                "led": led,
                # ("By the autumn of 2021 the picture had changed. A two-week inspection led by
                # X ...": the inspection of the year the narrative set)
                "scene": None if days else _scene_year(r, sentence, clause),
                # ("When inspectors returned in July 2022, ... . Lead inspector X noted"): the
                # years its paragraph named before it, else its section's heading
                "para_years": _years_said_before(r, sentence.start),
                # ("That inspection, led by Neil Penswick" in an article about a letter: the
                # full inspection it spoke of before)
                "letter": visit_led
                or (
                    _about_letter(r, sentence)
                    and not re.search(
                        r"\b(?:that|full|previous|last|graded|standard|20\d\d)\s+inspection,?\s*$",
                        body[: m.start()],
                        re.IGNORECASE,
                    )
                ),
                "visit_led": visit_led,
                "other_urns": other,
                "same_day_urns": beside,
                "count": _team_count(count),
                # ("the report by X": a report's author, who may be no inspector: a name that
                # shares no word with the lead's is not read as given wrongly)
                "by_report": bool(re.search(r"\breport\b", cue)),
                # ("That inspection, led by X, ...": one the article told of before, of a
                # year it may not name again)
                "anaphor": bool(_TOLD_BEFORE.match(body[: m.start()])),
                # ("That report, by X": one the paragraph told of, not just "The report")
                "that_report": bool(
                    re.search(
                        r"\b(?:that|those|the\s+(?:earlier|previous|last|former|first|"
                        r"(?:19|20)\d\d))\s+report\b",
                        cue,
                        re.IGNORECASE,
                    )
                ),
            },
        )
        named_claim = r.claims[-1]
        if team is not None:
            r.add(
                team[0],
                Kind.INSPECTOR,
                urns,
                dates=_inspector_dates(days),
                facts={
                    "names": [],
                    "led": False,
                    "scene": named_claim.facts.get("scene"),
                    "para_years": named_claim.facts.get("para_years"),
                    "letter": named_claim.facts.get("letter"),
                    "other_urns": [],
                    "count": team[1],
                },
            )
        _inspectors_per_council(r, sentence, sentence.start + m.end(), named_claim)


def _inspectors_per_council(r: Reader, sentence: T.Span, pos: int, first: Claim) -> None:
    """'led by X in North Northamptonshire and Y in West Northamptonshire': each inspector
    named with the council of their inspection (the first claim gets its own council)."""
    claim = first
    while True:
        at = re.match(r"\s+(?:in|at|for)\s+(?:the\s+)?", r.text[pos : sentence.end])
        council = at and next(
            (x for x in r.mentions if x.start == pos + at.end() and x.la.urn), None
        )
        if not at or council is None or council.la.urn is None:
            return
        claim.urns = [council.la.urn]
        claim.facts["other_urns"] = []
        nxt = re.match(
            rf"\s*,?\s*(?:and|while|whilst|with)\s+(?P<p>{_PERSON})(?=\s+(?:in|at|for)\s)",
            r.text[council.end : sentence.end],
        )
        if not nxt or set(nxt.group("p").split()) & _NOT_A_NAME:
            return
        then = re.match(r"\s+(?:in|at|for)\s+(?:the\s+)?", r.text[council.end + nxt.end() :])
        after = then and next(
            (x for x in r.mentions if x.start == council.end + nxt.end() + then.end() and x.la.urn),
            None,
        )
        if not after:
            return
        name = " ".join(nxt.group("p").split())
        claim = r.add(
            T.Span(council.end + nxt.start("p"), after.end),
            Kind.INSPECTOR,
            [],
            inspector=name,
            dates=list(first.dates),
            facts={**first.facts, "names": [name], "other_urns": [], "count": None},
        )
        pos = council.end + nxt.end()


# How many inspectors: "Two inspectors spent two days", "a team of five inspectors", "Five
# inspectors, led by X" (the count before the names: `_TEAM_BEFORE`).
_TEAM = lazyre.compile(
    rf"(?<!\d\.)\b(?:(?:a|the)\s+team\s+of\s+)?(?P<n>{T.NUMBER})\s+(?:(?:Ofsted|social\s+care)\s+)?"
    r"(?:inspectors|HMIs)\b",
    re.IGNORECASE,
)
_TEAM_BEFORE = lazyre.compile(
    rf"\b(?:(?:(?:a|the)\s+team\s+of\s+)?(?P<n>{T.NUMBER})\s+(?:(?:Ofsted|social\s+care)\s+)?"
    rf"(?:inspectors|HMIs)\s*,?\s*|(?P<n2>{T.NUMBER})\s+of\s+)$",
    re.IGNORECASE,
)


def _team_count(m: re.Match | None) -> int | None:
    """The number `_TEAM_BEFORE` read ("one of Her Majesty's Inspectors" is no team's size)."""
    if m is None:
        return None
    n = T.number(m.group("n") or m.group("n2"))
    return n if n and (m.group("n") or n >= 2) else None


_FROM_RATING_THEN = lazyre.compile(
    r"\b(?:from|since|after)\s+(?:the|its|an?|their)\s+(?:[\w'‘’“”-]+\s+){0,3}"
    r"(?:rating|grade|judge?ment|verdict)\b[^,;.]{0,30}?\b(?:in|of)\s+$",
    re.IGNORECASE,
)


def _inspector_dates(days: list[T.When]) -> list[tuple[date, str]]:
    """The dates an inspector claim is checked by: "Four years ago, lead inspector X ..." (a
    span of about a year counted back from the article's day) is the year at its middle."""
    out = []
    for w in days:
        if w.relative and w.precision == "period" and (w.last - w.first).days <= 560:
            mid = w.first + (w.last - w.first) / 2
            out.append((date(mid.year, 1, 1), "year"))
        else:
            out.append((w.first, w.precision))
    return out


def _sentence_days(r: Reader, sentence: T.Span) -> list[T.When]:
    """The sentence's dates, but not "since its last inspection in 2014" nor a quotation's."""
    return [
        w
        for w in T.dates(r.text[sentence.start : sentence.end], r.as_of, sentence.start)
        if not _SINCE.search(r.text[max(sentence.start, w.start - 35) : w.start])
        and w.start < _before_quote(r, sentence)
        and not _in_where_aside(r, w, sentence)
    ]


def _in_where_aside(r: Reader, w: T.When, sentence: T.Span) -> bool:
    """'In Solihull, where services were found to be inadequate ... following an inspection in
    2022, inspectors led by Steve Bailey found ...': a time inside an aside on a place, between
    commas, is the aside's (no grade read as this sentence's)."""
    opened = r.text.rfind(", where ", sentence.start, w.start)
    closed = r.text.find(",", w.end, sentence.end)
    return (
        opened >= 0
        and closed >= 0
        and "," not in r.text[opened + 1 : w.start]
        and re.search(r"\b(?:inspectors?|led\s+by)\b", r.text[closed : sentence.end]) is not None
    )


def _inspector_count_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'Two inspectors spent two days ...', 'a team of four inspectors': how many inspectors
    the visit or inspection had (the names a letter gives)."""
    for m in _TEAM.finditer(r.text, clause.start, clause.end):
        n = T.number(m.group("n"))
        if not n or n < 2 or n > 20 or r.in_long_quote(m.start()):
            continue
        before = r.text[max(sentence.start, m.start() - 12) : m.start()]
        if re.search(r"\bof\s+(?:the\s+)?$", before, re.IGNORECASE):
            continue  # "one of the two inspectors"
        if any(c.type == Kind.INSPECTOR and c.start <= m.start() < c.end for c in r.claims):
            continue  # "Five inspectors, led by X": the names' claim counts them
        days = _sentence_days(r, sentence)
        r.add(
            T.Span(m.start(), m.end()),
            Kind.INSPECTOR,
            r.urns_at(sentence, clause),
            dates=_inspector_dates(days),
            facts={
                "names": [],
                "led": False,
                "letter": _about_letter(r, sentence),
                "other_urns": [],
                "count": n,
            },
        )


# A letter's words: the article (its opening) or the sentence speaks of a focused visit, a
# monitoring visit, a joint targeted area inspection or a letter.
_LETTER_WORDS = lazyre.compile(
    r"\b(?:focused\s+visits?|monitoring\s+visits?|joint\s+targeted\s+area\s+inspections?|JTAI|"
    r"(?:Ofsted(?:'s|’s)?|the|a|new|its|inspectors['’]?)\s+letters?)\b",
    re.IGNORECASE,
)


def _before_quote(r: Reader, sentence: T.Span) -> int:
    """Where the sentence's own words end: at its first quotation mark opening words."""
    m = re.compile(r"[“\"‘](?=\w)").search(r.text, sentence.start, sentence.end)
    return m.start() if m else sentence.end


def _about_letter(r: Reader, sentence: T.Span) -> bool:
    """The sentence, or the article's opening, speaks of a letter rather than a full report."""
    if _LETTER_WORDS.search(r.text, sentence.start, _before_quote(r, sentence)):
        return True
    head = r.text[: min(len(r.text), 700)]
    # "since its last full inspection in 2016": an inspection before the letter's visit
    return bool(_LETTER_WORDS.search(head)) and not re.search(
        r"(?<!last )(?<!previous )(?<!prior )(?<!next )"
        r"\b(?:full|graded|ILACS|standard|short)\s+inspection\b",
        head,
        re.IGNORECASE,
    )


_COUNT_CONTRAST = lazyre.compile(
    r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|while|whereas)\s", re.I
)


def _recommendation_count_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'makes four recommendations', 'nine priority actions', 'names four things that need to
    improve': read as quotes.py reads them (the same span, so the two readings are one claim)."""
    from ilacs.claims.quotes import _count_spans

    for span in _count_spans(r.text, r.text[sentence.start : sentence.end], sentence.start):
        if not (clause.start <= span.start < clause.end) or r.in_long_quote(span.start):
            continue
        # 'It received eight recommendations, against five for Wirral': the council named
        # after the contrast has the other count
        if _COUNT_CONTRAST.match(r.text, span.end, sentence.end):
            urns = r.urns_at(T.Span(sentence.start, span.end), T.Span(clause.start, span.end))
        else:
            urns = r.urns_at(sentence, clause)
        r.add(
            T.Span(span.start, span.end),
            Kind.RECOMMENDATION,
            urns,
            number=span.count,
            facts={
                "what": "count",
                "rec_span": span,
                "main": r.main,
            },
        )


# "the first council under the current framework whose report contains no list of what needs
# to improve", then ", and only the second since 2018": a rank among reports with no
# recommendations (`_NO_RECS_AGAIN`: the same rank since a year).
_NO_RECS_RANK = lazyre.compile(
    rf"\b(?P<ord>{T.ORDINAL}|first|only)\s+(?:council|local\s+authority|authority|LA)\b"
    r"(?P<mid>[^.;]{0,80}?)\b(?:whose|with\s+an?|to\s+(?:have|receive|get)\s+an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:report|inspection)\s+(?:that\s+|which\s+)?(?:contains?|containing|has|"
    r"having|with|includes?|including|makes?|made|sets?\s+out|setting\s+out|gives?|lists?)\s+no\s+"
    r"(?:list\s+of\s+)?(?:formal\s+)?(?:recommendations|areas\s+for\s+improvement|"
    r"(?:areas|things)\s+(?:to|that\s+need\s+to)\s+improve|what\s+needs\s+to\s+improve)",
    re.IGNORECASE,
)
_NO_RECS_AGAIN = lazyre.compile(
    rf"\s*,?\s+(?:and\s+)?(?P<all>(?:only\s+)?the\s+(?P<ord>{T.ORDINAL})\s+since\s+"
    r"(?P<y>20[0-3]\d)\b(?:,?\s+after\s+[^.;]+)?)",
    re.IGNORECASE,
)


def _no_recs_rank_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'the first council ... whose report contains no recommendations': its place among the
    reports with none (under the framework named, or since the year named)."""
    for m in _NO_RECS_RANK.finditer(r.text, clause.start, sentence.end):
        if m.start() >= clause.end or r.in_long_quote(m.start()):
            continue
        word = m.group("ord").lower()
        mid = m.group("mid")
        current = bool(
            re.search(r"\b(?:current|new|latest|this)\s+(?:inspection\s+)?framework", mid, re.I)
        )
        since = re.search(r"\bsince\s+(20[0-3]\d)\b", mid)
        urns, _ = _rank_urns(r, sentence, clause)
        r.add(
            T.Span(m.start(), m.end()),
            Kind.RANK,
            urns,
            number=1 if word == "only" else T.number(word),
            facts={
                "no_recs": True,
                "only": word == "only",
                "current": current,
                "since": int(since.group(1)) if since else None,
            },
        )
        again = _NO_RECS_AGAIN.match(r.text, m.end(), sentence.end)
        if again:
            r.add(
                T.Span(again.start("all"), again.end("all")),
                Kind.RANK,
                urns,
                number=T.number(again.group("ord")),
                facts={
                    "no_recs": True,
                    "only": False,
                    "current": False,
                    "since": int(again.group("y")),
                },
            )


# What a visit looked at, or how it was done: "Inspectors looked at how the council works with
# children in need", "carried out entirely by video call".
_VISIT_THEME = lazyre.compile(
    # ("..., spent a week in Windsor in May, looking at ...": after a comma, not "leaders
    # were looking at the reasons")
    r"\b(?:looked\s+at|to\s+look\s+(?:only\s+|closely\s+)?at|looking\s+only\s+at|(?<=,\s)looking\s+at|focused\s+on|"
    # ('a joint targeted area inspection looking at how agencies ...')
    r"(?<=inspection\s)looking\s+at|(?<=visit\s)looking\s+at|"
    r"examined|reviewed|"
    r"(?:was|were)\s+carried\s+out|carried\s+out"
    r"(?!\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:visit|inspection)\b)"
    # "a shorter check carried out between full inspections": what a visit is, not what it did
    r"(?!\s+(?:in\s+)?between\s+(?:\w+\s+)?inspections\b)|"
    # "..., using video calls to speak to social workers"
    r"(?:using|by)\s+video(?:\s+calls?)?)"
    r"\s+(?=\S)",
    re.IGNORECASE,
)
_VISIT_SUBJECT = lazyre.compile(
    r"\b(?:inspectors|HMIs?|(?:the|this|a|an|focused|monitoring)\s+(?:[\w-]+\s+){0,2}?visit|it)\b",
    re.IGNORECASE,
)
# "The focused visit is not graded", "Focused visits do not change a council's grade".
_UNGRADED = lazyre.compile(
    r"\b(?:(?:focused|monitoring)\s+visits?|joint\s+targeted\s+area\s+inspections?|JTAIs?)"
    # "Joint targeted area inspections, as they are known, do not award a grade"
    r"(?:\s*,[^,.;]{3,30},)?\s+"
    r"(?:(?:is|are|was|were)\s+not\s+(?:graded|rated)\b|"
    r"(?:do|does|did)\s+not\s+(?:change|result\s+in|lead\s+to|give|carry|affect|award|"
    r"produce|issue)\b[^.;]{0,30}?\b(?:grades?|ratings?|judgements?)\b)",
    re.IGNORECASE,
)


def _when_visit_between(text: str, end: int, start: int) -> bool:
    """text[end:start] is ', when a focused visit' and nothing more."""
    m = _WHEN_VISIT.match(text, end, start)
    return m is not None and not text[m.end() : start].strip()


def _visit_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """What a focused visit looked at (checked against its letter's words, never contradicted),
    and that a focused visit is not graded."""
    body = r.text[clause.start : clause.end]
    m = _UNGRADED.search(body)
    if m:
        span = T.Span(clause.start + m.start(), clause.start + m.end())
        r.add(span, Kind.VISIT, r.urns_at(sentence, clause), facts={"ungraded": True})
        return
    m = next(
        (
            m
            for m in _VISIT_THEME.finditer(body)
            if _VISIT_SUBJECT.search(r.text, sentence.start, clause.start + m.start())
        ),
        None,
    )
    if not m or r.in_long_quote(clause.start + m.start()) or not _about_letter(r, sentence):
        return
    start = clause.start + m.start()
    end = _before_quote(r, sentence)
    # "... to look at its work with care leavers, and a letter setting out their findings was
    # published yesterday": a clause of its own after the theme
    own = re.compile(
        r"[,;]\s+(?:and|but|while|whereas)\s+(?:a|an|the|its|their|it|they|inspectors|Ofsted)\b",
        re.I,
    ).search(r.text, clause.start + m.end(), end)
    if own:
        end = own.start()
    # "A focused visit in July 2021, which looked at children in care, had already noted
    # progress": a relative clause ends at its comma, the main clause's verb after it
    closed = None
    relative = re.search(
        r"\b(?:which|that)\s+(?:\w+\s+)?$", r.text[sentence.start : clause.start + m.start()]
    )
    if relative:
        closed = re.compile(r",\s+(?:had|has|have|was|were|is|are|found|noted|said)\b").search(
            r.text, clause.start + m.end(), end
        )
        if closed:
            end = closed.start()
    # "A second focused visit, in September 2021, looked at the 'front door' and assessment
    # teams and was glowing, praising ...", "carried out remotely during the pandemic, found
    # that ...": what the visit found, in a clause of its own after the subject, is not it
    found = re.compile(
        r",\s+(?:and\s+)?(?:found|noted|concluded|praised|praising|reported|highlighted|said)\b"
        r"|\s+and\s+(?:was|were|found|noted|concluded|praised|said)\b",
        re.I,
    ).search(r.text, clause.start + m.end(), end)
    if found:
        end = found.start()
    # "looking at the borough's 'front door' – the team that handles contacts ...": the
    # article's gloss of the subject after a dash, when the subject says enough without it
    gloss = re.compile(r"\s[–—-]\s+(?:the|a|an|which|where|who|that)\b", re.I).search(
        r.text, clause.start + m.end(), end
    )
    if (
        gloss
        and len(re.findall(r"[^\W\d_]{4,}", r.text[clause.start + m.end() : gloss.start()])) >= 3
    ):
        end = gloss.start()
    end = len(r.text[:end].rstrip().rstrip(".").rstrip())
    words = r.text[clause.start + m.end() : end]
    if m.group(0).lower().startswith(("using", "by")):
        words = m.group(0) + words  # "video calls" is what it says
    # ("... a focused visit that looked at children in care, and found ...": an area a
    # focused visit looks at, in few words)
    from ilacs.claims.recs import _VISIT_AREAS_SAID

    area = any(rx.search(words) for rx in _VISIT_AREAS_SAID.values())
    if not (area and len(words.split()) >= 2) and (
        end - start < (12 if closed else 25) or len(words.split()) < (2 if closed else 4)
    ):
        return
    # "In February 2023 inspectors looked at ...": the date that opens the clause is the
    # visit's, and the claim holds it (a contradicted date inside contradicts it)
    head = [
        c
        for c in r.claims
        if c.type in (Kind.DATE, Kind.VISIT)
        and c.dates
        and c.end <= start
        and (
            # ("A focused visit in July 2021, which looked at ...": the date before the
            # relative clause's comma)
            (sentence.start if closed or relative else clause.start) <= c.start
            and len(r.text[c.end : start].split()) <= 4
            and not re.search(r"[.;:()]", r.text[c.end : start])
            # ("from September 2021, when a focused visit carried out remotely ...")
            or sentence.start <= c.start
            and c.type == Kind.VISIT
            and _when_visit_between(r.text, c.end, start)
        )
        and (not closed or "theme" not in c.facts)
    ]
    if head:
        start = head[0].start
    # the kind of visit the sentence names before its subject ('a two-day focused visit')
    kinds = list(_VISIT.finditer(r.text, sentence.start, clause.start + m.start()))
    r.add(
        T.Span(start, end),
        Kind.VISIT,
        r.urns_at(sentence, clause),
        visit_kind=kinds[-1].group(0).lower() if kinds else None,
        # (the sentence's words before it: 'In November 2022, Ofsted carried out a focused
        # visit that' dates the visit)
        facts={"theme": words, "theme_lead": r.text[sentence.start : start]},
    )


# Councils a rank claim compares itself with: "after Herefordshire and Solihull", "alongside
# neighbours Liverpool and Cheshire East", "following West Berkshire": not its subject.
# a council told by where it is: "the Berkshire borough", "the east London borough", "the North
# East council"
_DESCRIBED = lazyre.compile(
    r"\bthe\s+(?P<place>(?:(?:north|south|east|west|inner|outer|central|north-?east|north-?west|"
    r"south-?east|south-?west)[\s-]+)?London|"
    + "|".join(k.replace(" ", r"\s+") for k in _SUBREGIONS)
    + r"|North[\s-]+East|North[\s-]+West|East\s+Midlands|West\s+Midlands|South[\s-]+East|"
    r"South[\s-]+West)\s+(?:borough|council|authority|local\s+authority|unitary(?:\s+authority)?"
    r"|county|city)\b",
    re.IGNORECASE,
)
_COMPARED = lazyre.compile(
    r"\b(?:after|following|alongside|behind|joining|along with|as well as|like|including)\s+"
    r"(?:its\s+|their\s+)?(?:neighbours?\s+|neighbouring\s+)?",
    re.IGNORECASE,
)
# the same, and a subject's verb of joining them: "Redbridge joins Essex, North Yorkshire and
# Bromley in achieving a clean sweep" (the councils after it are no antecedent of 'the borough')
_COMPARED_WITH = lazyre.compile(
    r"\b(?:after|following|alongside|behind|joining|joins|joined|along with|as well as|like|"
    r"including)\s+(?:its\s+|their\s+)?(?:neighbours?\s+|neighbouring\s+)?",
    re.IGNORECASE,
)
# Leaving a grade: "to shake off an inadequate rating", "to move out of inadequate".
_OFF = lazyre.compile(
    r"\b(?:shak(?:e|en|ing)|shook|shed|los(?:e|t)|leav(?:e|ing)|left|exit\w*|escap\w+|"
    r"(?:climb\w*|mov\w+|lift\w*|c[oa]me?)\s+out\s+of|no longer|"
    # "Blackpool is out of inadequate for the first time in four years", "finally got out of"
    r"(?:is|are|was|were|be|been|being|now|finally|g[eo]t|gets|getting|pull\w*|haul\w*|"
    r"rise[ns]?|rising|rose)\s+out\s+of)\b",
    re.IGNORECASE,
)
# A rank by publication alone: "the eighth council to have its report published under...".
_PUBLISHED_RANK = lazyre.compile(
    r"\bto\s+(?:have\s+(?:(?:its|their)\s+)?(?:reports?|inspections?)\s+(?:published|released|"
    r"issued)|be\s+(?:issued|released)|be\s+inspected|"
    # "the third and fourth councils to be judged under the revised framework": inspected
    r"be\s+(?:judged|assessed|graded)\s+(?=under\b)|"
    r"receive\s+(?:its|their|a)\s+(?:report|inspection)|undergo|be\s+published|"
    r"have\s+(?:its|their|an?)\s+(?:report|inspection))\b",
    re.IGNORECASE,
)
# "Trafford's report ... is only the eighth under the new arrangements", "the 12th report
# published under the revised framework": a place in the order of the framework's reports
_BARE_FRAMEWORK_RANK = lazyre.compile(
    r"\s+(?:(?:council|local\s+authority|authority|report|inspection)\s+)?"
    r"(?:(?:to\s+be\s+)?(?:published|issued|released|inspected)\s+)?(?:so\s+far\s+)?"
    r"(?:under|since)\s+(?:the\s+|its\s+|Ofsted['’]s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:framework|arrangements|regime|system)\b",
    re.IGNORECASE,
)
_THIS_YEAR = lazyre.compile(r"\b(?:so far )?this year\b", re.IGNORECASE)
# "not rated good or outstanding", "below good": every grade under good.
_NOT_GOOD = lazyre.compile(
    r"\bnot\s+(?:(?:yet|currently|now)\s+)?(?:rated|judged|graded)?\s*(?:at least\s+)?[‘'\"]?good\b"
    r"|\bbelow\s+(?:a\s+)?[‘'\"]?good\b|\bless than\s+[‘'\"]?good\b",
    re.IGNORECASE,
)
_EVERY = lazyre.compile(
    # ("rated inadequate on all four judgements")
    r"\bclean sweep\b|\b(?:in|on) (?:every|each|all)\b[^.;]{0,25}\b(?:areas?|categor\w+|judge?ments?)\b|"
    r"\bacross the board\b|\b(?:in|on) all (?:four|five|six)\b"
    r"|\bacross (?:all|every|each)\s+(?:(?:four|five|six|4|5|6)\s+)?(?:areas?|categor\w+|judge?ments?)\b",
    re.IGNORECASE,
)
# "outstanding across all five areas": the number of judgements the framework makes
_ALL_N = lazyre.compile(
    r"\b(?:all|each of the|every one of the)\s+(?P<k>four|five|six|4|5|6)\s+"
    r"(?:areas|categories|judge?ments|grades|ratings|headings)\b",
    re.IGNORECASE,
)
# "the first council to receive outstanding judgements in three areas": at least that many
_K_AREAS = lazyre.compile(
    rf"\b(?:judge?ments?|grades?|ratings?)\s+(?:in|for|across)\s+(?P<k>two|three|four|2|3|4)\s+"
    r"(?:areas|categories|judge?ments|of the (?:four|five|six) areas)\b"
    rf"|\b(?P<k2>two|three|four|2|3|4)\s+(?:{T.GRADE_WORDS})\s+(?:judge?ments|grades|ratings)\b",
    re.IGNORECASE,
)


def _others_when(r: Reader, sentence: T.Span, clause: T.Span) -> list[str] | None:
    """When the councils a rank claim names as the others reached it: 'after Herefordshire and
    Solihull in January' (first and last day, ISO)."""
    cut = _COMPARED.search(r.text, clause.start, sentence.end)
    if cut is None:
        return None
    end = _others_end(r, cut.end(), sentence)
    whens = T.dates(r.text[cut.end() : end], r.as_of, cut.end())
    if len(whens) != 1:
        return None
    if re.search(
        r"\b(?:regime|framework|arrangements|system)\b[^.;]*\b(?:introduced|launched|brought\s+in|"
        r"came\s+in|began|started|took\s+effect)\b",
        r.text[cut.end() : whens[0].start],
        re.IGNORECASE,
    ):
        # "after Slough, to be judged inadequate under Ofsted's tougher new inspection regime,
        # which was introduced last November": the framework's time, not the others'
        return None
    if any(whens[0].end <= m.start < end for m in r.mentions):
        # "after East Sussex, Hampshire, Oxfordshire and, last month, Kent": the time of the
        # council named after it, not of them all
        return None
    return [whens[0].first.isoformat(), whens[0].last.isoformat()]


# "the first council whose report contains no list of what needs to improve", "with no
# recommendations": a rank among reports that make none
_NO_LIST = lazyre.compile(
    r"\b(?:contains?|containing|sets?\s+out|setting\s+out|makes?|made|making|has|had|having|with|"
    r"includes?|including|lists?|listing|gives?|giving)\s+no\s+(?:list\s+of\s+)?(?:formal\s+)?"
    r"(?:what\s+(?:needs|has)\s+to\s+improve|areas?\s+(?:for|of|to)\s+improv\w*|"
    r"recommendations|improvement\s+(?:list|points|actions)|things?\s+to\s+improve)\b",
    re.IGNORECASE,
)
_ALSO_GRADED = lazyre.compile(
    r"\s*,?\s*(?:while|whereas|with|and)\s+(?:its|their|the council's|the council’s)\s+(?P<areas>[^.;,]{3,120}?)\s+"
    r"(?:services\s+)?(?:were|was|are|is|remained|remain)\s+(?:both\s+|all\s+|still\s+)?"
    r"(?:(?:judged|rated|graded|found)\s+(?:to\s+be\s+)?)?[‘'“\"]?(?:good|outstanding|inadequate|requir\w+\s+improvement)\b",
    re.IGNORECASE,
)


_FROM_BOTTOM = lazyre.compile(
    r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:bottom|lowest|worst)\s+(?:possible\s+)?(?:grade|rating|"
    r"judge?ment|category)\s+(?:straight\s+|directly\s+|all\s+the\s+way\s+)?to\s+",
    re.IGNORECASE,
)
# "... to be rated good overall while having care leavers' services judged to require
# improvement": a second test, of one judgement of the same report
_WHILE_HAVING = lazyre.compile(
    r"\s*,?\s*(?:while|whilst|with)\s+(?:having\s+|its\s+|their\s+)?(?P<areas>(?:the\s+)?(?:impact\s+of\s+)?"
    r"(?:leaders(?:hip)?|help\s+and\s+protection|children\s+in\s+care|care\s+leavers|adoption)"
    r"(?:['’]s?)?(?:\s+(?:services?|support|judge?ment))?)\s+(?:being\s+)?(?:judged|rated|graded)\s+"
    r"(?:to\s+|as\s+)?[‘'“\"]?(?P<g2>good|outstanding|inadequate|requir\w*\s+improvement)\b",
    re.IGNORECASE,
)
# "to combine an overall 'good' with an outstanding grade for the impact of leaders", "to pair
# a good overall rating with outstanding for leadership": the overall grade ranked by, and the
# grade the same report gave an area
_COMBINED = lazyre.compile(
    rf"\b(?:combin\w*|pair\w*|couple\w*)\s+(?:an?\s+)?(?:overall\s+)?[‘'“\"]?"
    rf"(?P<g1>{T.GRADE_WORDS})[’'”\"]?\s+(?:overall\s+)?(?:(?:rating|grade|judge?ment)\s+)?"
    rf"(?:overall\s+)?with\s+(?:an?\s+)?[‘'“\"]?(?P<g2>{T.GRADE_WORDS})[’'”\"]?\s+"
    r"(?:(?:rating|grade|judge?ment)\s+)?(?:for|in)\s+(?P<areas>[^.;,]{3,80})",
    re.IGNORECASE,
)


# what is sustained or maintained that is no grade ("a stable leadership team and sustained
# investment")
_NOT_KEPT = (
    r"(?:(?:an?|the|its|their|our)\s+)?(?:\w+\s+)?(?:investment|funding|budgets?|improvements?|"
    r"progress|focus|efforts?|work|support|pressure|growth|change|leadership|commitment|"
    r"relationships?|workforce|staff|teams?)\b"
)


# "the first council rated outstanding to fall two grades, to requires improvement": a move
# from the grade it held
_RATED_THEN_MOVED = lazyre.compile(
    rf"\b(?:rated|judged|graded)\s+[‘'“\"]?(?:{T.GRADE_WORDS})[’'”\"]?\s+to\s+(?:fall|drop|slip|"
    r"tumble|plummet|sink|rise|climb|jump|leap|move|go)\b[^.;]{0,40}?\bto\s+[‘'“\"]?"
    rf"(?:{T.GRADE_WORDS})",
    re.IGNORECASE,
)


# "to go from inadequate to good with outstanding leadership", "... with an outstanding grade
# for leadership": a move of the overall grade, and the later report's grade for a judgement
_MOVE_WITH = lazyre.compile(
    rf"\bfrom\s+(?:an?\s+)?[‘'“\"]?(?:{T.GRADE_WORDS})[’'”\"]?\s+(?:rating\s+|grade\s+)?to\s+"
    rf"(?:an?\s+)?[‘'“\"]?(?:{T.GRADE_WORDS})[’'”\"]?\s+(?:overall\s+)?,?\s*with\s+(?:an?\s+)?"
    rf"[‘'“\"]?(?P<g2>{T.GRADE_WORDS})[’'”\"]?\s+(?:(?:rating|grade|judge?ment)\s+(?:for|in)\s+)?"
    r"(?P<areas>(?:the\s+)?(?:impact\s+of\s+)?(?:its\s+)?(?:leaders(?:hip)?|help\s+and\s+protection|"
    r"children\s+in\s+care|care\s+leavers)\b)",
    re.IGNORECASE,
)


# "to be rated good overall while earning an outstanding grade for leadership", "rated good
# overall with outstanding leadership": the same pair, told with the verb of rating
_RATED_WITH = lazyre.compile(
    rf"\b(?:rated|judged|graded)\s+[‘'“\"]?(?P<g1>{T.GRADE_WORDS})[’'”\"]?\s+overall\s*,?\s+"
    r"(?:while|whilst|with|and)\s+(?:(?:earning|receiving|getting|securing|gaining|winning|being\s+"
    r"(?:given|awarded))\s+)?(?:an?\s+)?[‘'“\"]?"
    rf"(?P<g2>{T.GRADE_WORDS})[’'”\"]?\s+(?:(?:(?:rating|grade|judge?ment)\s+)?(?:for|in)\s+)?"
    r"(?P<areas>(?:the\s+)?(?:impact\s+of\s+)?(?:leaders(?:hip)?|help\s+and\s+protection|children\s+in\s+care|"
    r"care\s+leavers|adoption)[^.;,]{0,40})",
    re.IGNORECASE,
)


_NEXT_RANK = lazyre.compile(
    rf"\b(?:and|but)\s+(?:(?:is|was)\s+)?(?:only\s+|just\s+)?the\s+{T.ORDINAL}\b"
    # "..., and one of just three in Yorkshire, along with Leeds": the others of the next rank
    rf"|\b(?:and|but)\s+(?:(?:is|was)\s+)?(?:also\s+)?one of (?:only |just )?{T.NUMBER}\b",
    re.IGNORECASE,
)


def _others_end(r: Reader, start: int, sentence: T.Span) -> int:
    """Where the others a rank names after 'after', 'following' end: where a clause of its own
    begins ('..., after Wiltshire, and it follows neighbouring Bournemouth, Christchurch and
    Poole, which moved ... in January': Wiltshire only, and not that clause's January)."""
    # (", with Lincolnshire and Leicestershire outstanding": councils with a grade of their own)
    clause_end = re.compile(r"[.;:]|,\s+(?:and|but|while|whereas)\s+(?![A-Z])|,\s+with\s").search(
        r.text, start, sentence.end
    )
    return clause_end.start() if clause_end else sentence.end


def _others_span(r: Reader, sentence: T.Span, clause: T.Span) -> T.Span | None:
    """'..., after Essex, North Yorkshire, Bromley and Redbridge (in January)': the others a
    rank names in the clause right after it."""
    cut = _COMPARED.search(r.text, clause.start, sentence.end)
    if cut is None or not re.fullmatch(r"[\s,]*", r.text[clause.end : cut.start()]):
        return None
    limit = _others_end(r, cut.end(), sentence)
    named = [x.end for x in r.mentions if cut.end() <= x.start < limit]
    if not named:
        return None
    stop = re.compile(r"[.;,:]|\s[–—-]\s").search(r.text, max(named), sentence.end)
    return T.Span(cut.start(), stop.start() if stop else sentence.end)


def _rank_urns(r: Reader, sentence: T.Span, clause: T.Span) -> tuple[list[int], list[int]]:
    """The council a rank claim is about, and the councils it names as the others."""
    colon = re.match(r"\s*[:;]\s", r.text[clause.end : sentence.end])
    if colon and not any(sentence.start <= m.start < clause.end for m in r.mentions):
        # "It is also the only outstanding authority in South Yorkshire: its neighbours
        # Barnsley, Doncaster and Sheffield are all rated good": the councils named after the
        # colon are not the subject
        sentence = T.Span(sentence.start, clause.end)
    cut = _COMPARED.search(r.text, clause.start, sentence.end)
    nxt = _NEXT_RANK.search(r.text, clause.end, cut.start()) if cut else None
    if nxt:
        # "..., and only the second since 2018, after North Lincolnshire": the next rank's others
        sentence, cut = T.Span(sentence.start, nxt.start()), None
    named = [
        m for m in r.mentions if sentence.start <= m.start < (cut.start() if cut else sentence.end)
    ]
    if not named and len(they := r.they_named(sentence)) >= 2:
        # "... alongside Wiltshire, which was judged outstanding in December. They are the only
        # two outstanding councils in the region": the councils the sentence before named
        return they, []
    if not named and r.main:
        # "The council is only the third..., following West Berkshire and Doncaster. Its
        # re-inspection was...": a council named as one of the others is not the subject
        earlier = [m for m in r.mentions if m.start < sentence.start and m.la.urn]
        last = r.sentence_of(earlier[-1].start) if earlier else None
        if earlier and (
            re.search(
                r"\b(?:after|following|alongside|behind|joining|joins|joined|along with|as well as|"
                r"like)\b[^.;]{0,60}$",
                r.text[max(0, earlier[-1].start - 80) : earlier[-1].start],
                re.IGNORECASE,
            )
            or (
                # "Shropshire is now one of three ... councils rated outstanding, alongside Telford
                # & Wrekin, which got the top grade in July last year, and Walsall. It is the third
                # ...": the sentence before opened on the article's council, and the others came
                # after a word that compares them with it (a list with asides between its names)
                last is not None
                and any(
                    m.la.urn == r.main and last.start <= m.start < last.start + 40 for m in earlier
                )
                and re.search(
                    r"\b(?:after|following|alongside|behind|joining|joins|joined|along with|"
                    r"as well as|like)\s+(?:neighbours?\s+|the\s+)?[A-Z]",
                    r.text[last.start : earlier[-1].start],
                )
                and earlier[-1].la.urn != r.main
            )
        ):
            others = _urns(m for m in r.mentions if cut and cut.end() <= m.start < sentence.end)
            return [r.main], [u for u in others if u != r.main]
    if cut is None:
        before = [m for m in named if m.start < clause.start and m.la.urn]
        if before and not any(clause.start <= m.start < clause.end for m in named):
            # "Harrow is now one of two London boroughs rated inadequate, alongside Havering,
            # and the tenth council to be judged inadequate": the council the aside names is
            # one of the others, not the subject of the clause after it
            aside = None
            for x in _COMPARED.finditer(r.text, sentence.start, before[-1].start):
                if not r.text[x.end() : before[-1].start].strip():
                    aside = x
            if aside is not None and any(m.start < aside.start() for m in before):
                return r.urns_at(
                    T.Span(sentence.start, aside.start()), T.Span(aside.start(), aside.start())
                ), []
        return r.urns_at(sentence, clause), []
    head = T.Span(sentence.start, cut.start())
    urns = r.urns_at(head, T.Span(clause.start, min(clause.end, cut.start())))
    # the councils named after the cue, up to the end of its clause
    end = _others_end(r, cut.end(), sentence)
    others = _urns(m for m in r.mentions if cut.end() <= m.start < end and m.la.urn is not None)
    return urns, [u for u in others if u not in urns]


def _rank_continued(r: Reader, sentence: T.Span, clause: T.Span, m: re.Match) -> bool:
    """'It is the first council under the current framework whose report ..., and only the
    second since 2018, after North Lincolnshire in 2022': a second place in the same ranking,
    counted over another span of time."""
    body = r.text[clause.start : clause.end]
    # ("Tameside is only the fifth council to be rated inadequate under the framework ... It is
    # the second in the North West under the new framework, after Liverpool": the sentence
    # before's ranking, in a sentence of its own)
    own = clause.start == sentence.start and re.match(
        r"(?:It|This|That)\s+(?:is|was|makes\s+it)\s+(?:also\s+)?(?:only\s+|just\s+)?(?:the\s+)?$",
        body[: m.start()],
    )
    if not (
        m.group("ord")
        and (
            own
            or re.match(
                r"(?:and|but)\s+(?:(?:is|was)\s+)?(?:only\s+|just\s+)?(?:the\s+)?$",
                body[: m.start()],
                re.I,
            )
        )
        and re.match(r"\s+(?:since|in|under|ever|nationally|in England)\b", body[m.end() :], re.I)
    ):
        return False
    home = sentence.start
    if own:
        prev_s = [x for x in r.sentence_spans if x.end <= sentence.start]
        if not prev_s or "\n" in r.text[prev_s[-1].end : sentence.start]:
            return False
        home = prev_s[-1].start
    before = [
        c
        for c in r.claims
        if c.type == Kind.RANK
        and home <= c.start < clause.start
        and (c.number is not None or c.facts.get("n"))
    ]
    if not before:
        return False
    prev = before[-1]
    fw_words, fw_year = _framework_in(r, sentence, clause.start, sentence.end)
    since = re.search(r"\bsince\s+(?P<y>(?:19|20)\d\d)\b", body)
    if fw_words is None and since:
        fw_words, fw_year = since.group(0), int(since.group("y"))
    urns, others = _rank_urns(r, sentence, clause)
    after = _others_span(r, sentence, clause) if others else None
    region = _REGION.search(body)
    # "..., and the second in Greater Manchester": a place that is no English region
    place = re.match(
        r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", body[m.end() :]
    )
    facts = dict(prev.facts)
    if place and not region and place.group("place").lower() not in ("england", "uk", "britain"):
        facts["place"] = place.group("place")
    # "the first in the North West ..., and the 37th in England": the nation, not the region
    national = re.match(
        r"\s+(?:in\s+(?:England|the\s+country|the\s+UK|Britain)|nationally)\b", body[m.end() :]
    )
    if national:
        facts["in_region"], facts["place"] = False, None
    # "one of 16 councils to achieve a clean sweep ..., and only the third in the region after
    # Essex and Thurrock": the place within the council's own region
    if not region and re.match(r"\s+(?:in|across)\s+the\s+region\b(?!['’])", body[m.end() :], re.I):
        facts["in_region"], facts["place"] = True, None
    # "..., after Salford, and the first in the region to receive an outstanding judgement for
    # children in care": the clause names a test of its own, the grade of another judgement
    own_grade = T.GRADE_RE.search(body, m.end())
    # (not the area of the framework's name: "..., to be rated outstanding in all four
    # judgements since Ofsted brought in separate grades for care leavers")
    rest = body[m.end() :].replace(fw_words, " ") if fw_words else body[m.end() :]
    own_area = [a for x, _, a in T.areas_in(rest) if not _SINCE_SPLIT.search(rest[:x])]
    if own_grade and not own_area and T.grade_of(own_grade.group(1)):
        # ("the first council in the West Midlands to move from inadequate to outstanding, and
        # the fourth in the region to be rated outstanding under the ... framework": a grade
        # of its own, not the move before)
        facts["grades"] = [T.grade_of(own_grade.group(1))]
        if not re.search(r"\bfrom\b", rest, re.IGNORECASE):
            facts["from_to"] = False
        if _EVERY.search(rest):
            facts["every"], facts["area"] = True, None
            facts["all_n"] = T.number(a_n.group("k")) if (a_n := _ALL_N.search(rest)) else None
    if own_grade and own_area and own_area[0] != facts.get("area"):
        if not T.grade_of(own_grade.group(1)) or len(set(own_area)) > 1:
            return False
        facts["grades"], facts["area"] = [T.grade_of(own_grade.group(1))], own_area[0]
        facts["every"], facts["below_good"], facts["test_before"] = False, False, False
    facts.update(
        {
            "phrase": m.group(0),
            "fw_year": fw_year,
            "since_year": int(since.group("y")) if since else None,
            "others": [u for u in others if u not in prev.urns],
            "others_when": _others_when(r, sentence, clause) if others else None,
            # "one of only nine ..., and the second in the North West": a place, not a count
            "n": None,
            "only": False,
            "one_of_first": False,
            "first_n": None,
        }
    )
    r.add(
        T.Span(clause.start, after.end) if after else clause,
        Kind.RANK,
        prev.urns,
        number=T.number(m.group("ord")),
        # "..., and the fourth in the North West": the region this clause names
        region=(
            _REGION_WORDS[region.group(0).lower()] if region else None if national else prev.region
        ),
        framework=fw_words or prev.framework,
        facts=facts,
    )
    return True


# "the second council in the South East to have care leavers' services judged outstanding ...,
# after Brighton and Hove, and one of 17 nationally": the same test, counted across England
_AND_ONE_OF_NATIONALLY = lazyre.compile(
    rf"\s*,?\s*and\s+(?:is\s+)?one\s+of\s+(?:only\s+|just\s+)?(?P<n>\d{{1,3}}|{T.NUMBER})\s+"
    r"(?:(?:councils?|authorities|local\s+authorities)\s+)?(?:nationally|in\s+England|across\s+"
    r"England|in\s+the\s+country)\b",
    re.IGNORECASE,
)


def _and_one_of_nationally_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """A count across England after a rank in a region, of the rank's test: "..., and one of 17
    nationally"."""
    m = _AND_ONE_OF_NATIONALLY.match(r.text, clause.start, clause.end)
    if m is None or T.number(m.group("n")) is None:
        return
    if not re.fullmatch(r"\s*[.;,]?\s*", r.text[m.end() : clause.end]):
        return  # ("and one of only two nationally to have had reports published": a test of its own)
    before = [
        c
        for c in r.claims
        if c.type == Kind.RANK and sentence.start <= c.start < clause.start and c.number is not None
    ]
    if not before:
        return
    prev = before[-1]
    # (the rank's own words and the councils after them are not the count's)
    facts = {k: v for k, v in prev.facts.items() if not k.startswith("rank_")}
    facts.update(
        {
            "phrase": m.group(0).strip(" ,"),
            "n": T.number(m.group("n")),
            "in_region": False,
            "place": None,
            "only": False,
            "one_of_first": False,
            "first_n": None,
            "others": [],
            "others_when": None,
        }
    )
    start = (
        clause.start
        + len(r.text[clause.start : m.end()])
        - len(r.text[clause.start : m.end()].lstrip(" ,"))
    )
    facts["before"], facts["after"] = r.text[sentence.start : start], r.text[m.end() : sentence.end]
    r.add(
        T.Span(start, m.end()),
        Kind.RANK,
        prev.urns,
        number=None,
        region=None,
        framework=prev.framework,
        facts=facts,
    )


# "one of five of the 11 councils with reports published so far whose leaders ...": a count
# within the councils reported on under a framework
_ONE_OF_GROUP = lazyre.compile(
    rf"\bone of (?:only |just )?(?P<n>{T.NUMBER}) of the (?P<m>{T.NUMBER})\s+"
    r"(?:councils|local authorities|authorities|LAs)\s+(?:with|whose|to have)\b[^.;]{0,40}?"
    r"\b(?:reports?|inspections?|inspected|published)\b",
    re.IGNORECASE,
)


def _group_rank(
    r: Reader, sentence: T.Span, clause: T.Span, m: re.Match, urns: list[int], grades: list[str],
    words: str,
) -> bool:  # fmt: skip
    """'one of five of the 11 councils with reports published so far whose leaders were judged
    outstanding', 'Of the seven councils whose reports have been published under the new system,
    Middlesbrough is the only one to be rated requires improvement in every judgement': a count
    within the councils a framework has reported on, this council among them."""
    body = r.text[clause.start : clause.end]
    one_of = _ONE_OF_GROUP.search(body)
    of_the = None if one_of else _of_the_at(r, sentence.start)
    if one_of:
        n, size, start = T.number(one_of.group("n")), T.number(one_of.group("m")), clause.start
    elif of_the and of_the.end() <= clause.start + m.start() and m.group(0).lower() == "the only":
        n, size, start = 1, T.number(of_the.group("m")), sentence.start
    else:
        return False
    if n is None or size is None or not grades or not urns:
        return False
    fw_words, fw_year = _group_framework(r, sentence, sentence.start)
    if fw_words is None:
        return False
    r.add(
        T.Span(start, clause.end),
        Kind.COUNT,
        [],
        framework=fw_words,
        facts={
            "group": {"size": size, "before": False, "first": True},
            "fw_year": fw_year,
            "n": n,
            "grades": grades[:1],
            "area": next((a for _, _, a in T.areas_in(body[m.end() :])), None),
            "any_area": False,
            "every": bool(_EVERY.search(words)),
            "named": urns[:1],
        },
    )
    return True


# an area named for when it began to be graded ("since Ofsted began grading care leavers'
# services separately"): not the area a rank counts by
_SINCE_SPLIT = lazyre.compile(
    r"\b(?:since|when|after)\b[^.;,]{0,40}\b(?:began|begun|started|introduc\w+|split\w*|"
    r"separat\w+)\b[^.;,]{0,20}$",
    re.IGNORECASE,
)


_STREAK = lazyre.compile(
    rf"\b(?P<k>{T.NUMBER})\s+(?:times|inspections)\s+in\s+a\s+row\b"
    # "rated outstanding at three consecutive inspections", "three inspections running"
    rf"|\b(?P<k2>{T.NUMBER})\s+(?:(?:consecutive|successive|straight)\s+(?:full\s+)?"
    r"(?:inspections|times|occasions)\b|(?:full\s+)?inspections\s+running\b)"
    rf"|\b(?P<o>{T.ORDINAL})\s+(?:consecutive|successive|straight)\s+(?:time|inspection|outstanding|"
    r"good|inadequate|rating|grade|judge?ment)"
    # "rated outstanding by Ofsted twice in a row"
    r"|\b(?P<tw>twice)\s+(?:in\s+a\s+row|running|consecutively)\b",
    re.IGNORECASE,
)


def _streak_of(words: str) -> int | None:
    """'three times in a row', 'a third consecutive outstanding grade': graded that way in so
    many inspections running."""
    m = _STREAK.search(words)
    if not m:
        return None
    if m.group("tw"):
        return 2
    k = T.number(m.group("k") or m.group("k2") or m.group("o"))
    return k if k and k > 1 else None


def _predecessors(r: Reader, sentence: T.Span, clause: T.Span, urns: list[int]) -> None:
    """The councils named as those before the one an earlier rank ('only the third to be rated
    outstanding three times in a row') was about: checked with that ranking."""
    prev = [
        c
        for c in r.claims
        if c.type == Kind.RANK
        and sentence.start - 1500 <= c.start < sentence.start
        and c.number is not None
        and c.facts.get("streak")
        and c.urns
    ]
    if not prev or not urns or prev[-1].urns[0] in urns:
        return
    p = prev[-1]
    r.add(
        clause,
        Kind.RANK,
        [p.urns[0]],
        number=p.number,
        framework=p.framework,
        facts={**p.facts, "predecessors": urns},
    )


# "In the North West, only Blackpool had previously been rated outstanding for leadership
# under the new system": the one council in the region with that grade on the day.
_ONLY_COUNCIL = lazyre.compile(
    r"\bonly\s+(?P<who>(?:[A-Z][\w'-]*\s+)*?[A-Z][\w'-]*)\s+(?:had|has|was|is)\s+"
    r"(?:(?:previously|already|so far|yet|also|ever)\s+)?(?:been\s+)?"
    rf"(?:rated|judged|graded)\s+(?P<g>{T.GRADE_WORDS})(?![A-Za-z])",
)


# "Nottingham is the region's only inadequate council", "Derby and Lincolnshire are the region's
# only two outstanding councils", "Hackney remains London's only outstanding borough"
_PLACES_ONLY = lazyre.compile(
    r"\b(?:is|was|remains|remained|becomes|became|are|were|remain)\s+(?:now\s+|still\s+)?"
    rf"(?P<place>the\s+region|the\s+capital|{_REGION.pattern})(?:['’]s|(?<=s)['’])\s+only\s+"
    rf"(?:(?P<k>two|three|four|five|\d)\s+)?(?:remaining\s+)?['‘\"“]?(?P<g>{T.GRADE_WORDS})['’\"”]?"
    r"(?:[-\s]rated)?\s+(?:councils?|local\s+authorit(?:y|ies)|authorit(?:y|ies)|boroughs?)\b",
    re.IGNORECASE,
)


def _places_only_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'X is the region's only inadequate council': X holds the grade, and no other council of
    the region does, on the day (the councils named before it, when it says 'only two')."""
    m = _PLACES_ONLY.search(r.text, clause.start, clause.end)
    if not m or r.in_long_quote(m.start()):
        return
    k = T.number(m.group("k")) if m.group("k") else 1
    who: list[int] = []
    for start in (clause.start, sentence.start):
        # ("Walsall and Shropshire, rated outstanding this year, are the region's only two"):
        # the councils the sentence opens with when the clause names none
        who = list(
            dict.fromkeys(
                x.la.urn
                for x in r.mentions
                if start <= x.start < m.start() and x.la.urn is not None
            )
        )
        if who:
            break
    place = " ".join(m.group("place").lower().split())
    if place == "the region":
        before = list(_REGION.finditer(r.text, max(0, sentence.start - 1500), m.start()))
        region = _REGION_WORDS.get(before[-1].group(0).lower()) if before else None
    elif place == "the capital":
        region = "London"
    else:
        region = _REGION_WORDS.get(place)
    if region is None or not who or len(who) != k:
        return
    last = max(x.end for x in r.mentions if x.la.urn in who and x.start < m.start())
    # ("Walsall and Shropshire, rated outstanding this year, are the region's only two ..."):
    # the rank begins at its verb when an aside comes between, a claim of its own
    start = m.start() if "," in r.text[last : m.start()] else clause.start
    start += len(r.text[start : m.start()]) - len(r.text[start : m.start()].lstrip(" ,"))
    for c in r.claims:
        if c.type == Kind.GRADE and c.start < start < c.end:
            # (the aside's grade ends where the rank begins)
            cut = r.text[c.start : start].rstrip(" ,;–—-")
            c.end, c.text = c.start + len(cut), cut
    r.claims[:] = [
        c
        for c in r.claims
        if not (c.type in (Kind.GRADE, Kind.RANK) and c.start < m.end() and start < c.end)
    ]
    r.add(
        T.Span(start, m.end()),
        Kind.RANK,
        who[:1],
        region=region,
        facts={
            "grades": [T.grade_of(m.group("g"))],
            "phrase": "only",
            "n": k,
            "area": None,
            "in_region": True,
            "only": k == 1,
            # ("Derby and Lincolnshire are the region's only two ...": both among them)
            "others": who[1:],
            "hold": True,
            "holds_now": True,
        },
    )


_NATIONALLY = lazyre.compile(
    r"\b(?:nationally|in\s+England|across\s+England|in\s+the\s+country|across\s+the\s+country)\b",
    re.IGNORECASE,
)


def _only_council_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    m = _ONLY_COUNCIL.search(body)
    if not m or r.in_long_quote(clause.start + m.start()):
        return
    who = [
        x
        for x in r.mentions
        if clause.start + m.start("who") <= x.start < clause.start + m.end("who") and x.la.urn
    ]
    region = _REGION.search(r.text, sentence.start, sentence.end)
    fw_words, fw_year = _framework_in(r, sentence, clause.start, sentence.end)
    urn = who[0].la.urn if len(who) == 1 else None
    # "Nationally, only Lincolnshire had previously been rated outstanding for help and
    # protection under the new framework": the one council in England
    national = _NATIONALLY.search(r.text, sentence.start, clause.start + m.start())
    where = region or national
    if urn is None or where is None or fw_words is None:
        return  # a council among all of England, or with no framework named: too loose
    r.add(
        T.Span(sentence.start, clause.end) if where.start() < clause.start else clause,
        Kind.RANK,
        [urn],
        region=_REGION_WORDS.get(where.group(0).lower()),
        framework=fw_words,
        facts={
            "grades": [T.grade_of(m.group("g"))],
            "phrase": "only",
            "n": None,
            "area": next((a for _, _, a in T.areas_in(body[m.end() :])), None),
            "in_region": region is not None,
            "only": True,
            "fw_year": fw_year,
        },
    )


_COUNTED_COUNCILS = lazyre.compile(
    rf"\b(?:{T.NUMBER}|\d+)\s+(?:of\s+the\s+(?:{T.NUMBER}|\d+)\s+)?"
    r"(?:councils|local authorities|authorities|LAs)\b",
    re.IGNORECASE,
)


def _framework_before(r: Reader, sentence: T.Span) -> tuple[str | None, int | None]:
    """The framework of the sentence just before when that sentence counts councils under it
    ('five of the 25 councils inspected under the revised framework'), else none."""
    before = [x for x in r.sentence_spans if x.end <= sentence.start]
    if not before or "\n\n" in r.text[before[-1].end : sentence.start].strip(" "):
        return None, None
    prev = before[-1]
    if not _COUNTED_COUNCILS.search(r.text, prev.start, prev.end):
        return None, None
    fw = _FRAMEWORK.search(r.text, prev.start, prev.end)
    if fw is None:
        return None, None
    return _framework_in(r, prev, fw.start(), prev.end)


# "since Ofsted began grading care leavers separately in 2023", "since the framework was
# introduced in 2023": the year a way of inspecting came in, not a year of the council's inspection
_SINCE_BEGAN = lazyre.compile(
    r"\bsince\s+(?:(?:Ofsted|inspectors|the\s+(?:watchdog|inspectorate|regulator)|it|they)\s+)?"
    r"(?:(?:first\s+)?(?:began|started|introduced|launched|brought\s+in)|(?:was|were)\s+"
    r"(?:introduced|launched|brought\s+in))\b[^.;]{0,60}?\bin\s+(20(?:13|14|18|23|26))\b",
    re.IGNORECASE,
)


_INSP_KIND = lazyre.compile(
    r"\b(?:after|following|from|in|at|through|under|via|on)\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:full\s+)?(?P<k>standard|short(?:er)?)\s+(?:ILACS\s+)?inspections?\b",
    re.IGNORECASE,
)


# a place naming the subject of a rank: "The north London borough is one of only 21 ..."
_SUBJECT_PLACE = lazyre.compile(
    r"\s+(?:borough|council|county|authority|local\s+authority|unitary(?:\s+authority)?|city)\s+"
    r"(?:is|was|has|became|becomes)\b",
    re.IGNORECASE,
)


# whose first it is: "the councils' first under the framework", "its first inspection under"
_OWN_FIRST = lazyre.compile(
    r"\b(?:its|their|the\s+(?:council|borough|county|authority|city)['’]s|the\s+(?:councils|"
    r"boroughs|authorities)['’]|(?-i:[A-Z])[\w-]+['’]s?)\s+(?:very\s+)?$",
    re.IGNORECASE,
)


def _rank_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    body = r.text[clause.start : clause.end]
    if _RANK.search(body) and not re.search(r"\bto\s+(?:be|have|receive|achieve|get|gain)\b", body):
        # "Barnsley is the fourth council in Yorkshire and the Humber, after Sheffield, Bradford
        # and North Yorkshire, to be inspected under Ofsted's tougher new framework": the
        # councils ahead of it named in an aside, the test after them
        nxt = next((x for x in T.clauses(r.text, sentence) if x.start >= clause.end), None)
        if nxt is not None and re.fullmatch(
            r"\W*(?:after|following|behind)\s+[A-Z][^;:.]{0,120}?,\s+to\s+(?:be|have|receive|"
            r"achieve|get|gain)\b[^;:]*",
            r.text[clause.end : nxt.end],
        ):
            clause = T.Span(clause.start, nxt.end)
            body = r.text[clause.start : clause.end]
    if _ONLY_ONE_OF_WHOSE.search(body):
        return  # a count of one day's reports (_published_together_claims)
    m = _RANK.search(body)
    if not m:
        return
    if m.group("ord") and re.search(r"\b(?:a|one|two)\s+$", body[: m.start("ord")], re.IGNORECASE):
        return  # "a third of authorities": a fraction
    if (
        m.group(0).lower() == "first"
        and re.search(
            r"\b(?:was|were|been|be|is|are|being|when|they|it)\s+$", body[: m.start()], re.I
        )
        and re.match(r"\s+[a-z]+(?:ed|en)\b", body[m.end() :])
    ):
        return  # "when they were first inspected as unitary authorities": an adverb, no rank
    if m.group(0).lower() == "first" and re.match(
        r"\s+(?:rated|judged|branded|graded|declared|deemed|labelled|found|placed|put)\b",
        body[m.end() :],
        re.I,
    ):
        return  # "Ofsted first rated the borough inadequate in 2016": when, not a place
    if m.group(0).lower() == "first" and _OWN_FIRST.search(body[: m.start()]):
        # "Both inspections were the councils' first under the framework Ofsted introduced
        # last year": each council's first report under it, no place among councils
        fw_words, fw_year = _framework_in(r, sentence, clause.start, clause.end)
        if fw_words is not None and not T.GRADE_RE.search(body[m.end() :]):
            r.add(
                clause,
                Kind.RANK,
                r.urns_at(sentence, clause),
                framework=fw_words,
                facts={"own_first": True, "fw_year": fw_year},
            )
        return
    if re.match(
        # ("the only one of the four judgements below good", "the only inadequate grade in
        # that report")
        rf"\s*(?:one\s+of\s+(?:the|its|their)\s+(?:(?:\d|{T.NUMBER})\s+)?)?(?:other\s+)?"
        rf"(?:(?:{T.GRADE_WORDS})\s+)?(?:areas?|judge?ments?|categor(?:y|ies)|aspects?|parts?|"
        r"(?:grades?|ratings?)\s+(?:in|of)\s+(?:that|the|this|its|their)\s+(?:[\w-]+\s+)?"
        r"(?:report|inspection)s?)\b",
        body[m.end() :],
        re.I,
    ) and re.search(r"\bonly\b", m.group(0), re.I):
        return  # "the only area not rated good": one of a report's judgements, not of councils
    if _rank_continued(r, sentence, clause, m):
        return
    aside = re.match(r"([^,;()–—]{0,120}?),\s+(?:is|was|has|had|have|were|are)\b", body[m.end() :])
    if (
        m.group("n")
        and re.search(r",\s*$", body[: m.start()])
        and aside
        and not T.GRADE_RE.search(aside.group(1))
        and not re.search(
            r"\b(?:rat\w+|judged|graded|grades?|do so|done so|the feat|to (?:achieve|receive|get|"
            r"gain|win|earn|secure|hold|move|be))\b",
            aside.group(1),
            re.IGNORECASE,
        )
    ):
        # "Westmorland and Furness Council, one of two unitary councils that replaced Cumbria
        # County Council in April 2023, was rated good": an aside that counts councils by
        # something else than a grade; the grade after it is the council's own
        return
    if re.match(
        r"the only (?:other\s+)?(?:councils|authorities|local authorities|ones|others)\b",
        m.group(0) + body[m.end() :],
        re.IGNORECASE,
    ) and re.search(r"\b(?:before|previously|already|earlier)\b", body, re.IGNORECASE):
        # "The only councils to have achieved the feat before are Westminster and ...": the
        # councils ahead of the one a rank in the sentences before was about
        _predecessors(r, sentence, clause, _rank_urns(r, sentence, clause)[0])
        return
    joins = _JOINS_ONLY.search(body)
    if joins and (joins.group("g") or joins.group("g2")) and not joins.group("k"):
        # "Solihull joins Herefordshire as the only councils in the West Midlands ... rated
        # inadequate": the councils named and this one, read by _joins_only_claims, not "the
        # only" one
        return
    together = _ONE_OF_GRADED.search(body)
    if together and (
        (
            T.dates(body[together.end() :].split(",")[0], r.as_of)
            and not _SINCE_START.match(body, together.end())
        )
        or _SAME_DAY.match(body, together.end())
    ):
        return  # "one of two councils to receive the accolade today": _published_together_claims
    # "the council's first outstanding rating": its own first, not a rank among councils
    if re.search(r"(?:'s|’s|\bits|\btheir|\bour|\bhis|\bher)\s+(?:only\s+)?$", body[: m.start()]):
        return
    council_word = re.compile(
        # ("one of only five safeguarding boards nationally to achieve the top grade")
        r"\b(?:local authorit|councils?|authorit|in the (?:country|region)|in England|boroughs?|"
        r"(?:local\s+)?safeguarding\s+(?:children\s+)?boards?)",
        re.IGNORECASE,
    )
    bare_fw = bool(
        (m.group("ord") or m.group("first"))
        and _BARE_FRAMEWORK_RANK.match(body, m.end())
        and not T.GRADE_RE.search(r.text, sentence.start, sentence.end)
        and not _HIGHEST.search(r.text, sentence.start, sentence.end)
        and not _LOWEST.search(r.text, sentence.start, sentence.end)
    )
    # "It is the first council to..., and the eighth to be judged inadequate": the sentence
    # has said what is counted
    elliptic = bare_fw or bool(
        (m.group("ord") or m.group("first"))
        and re.match(r"\s+to\s+(?:be|have|receive|achieve|get|gain|move)\b", body[m.end() :])
        and council_word.search(r.text, sentence.start, clause.start)
    )
    if (
        (m.group("ord") or m.group("first"))
        and not elliptic
        and not re.search(
            r"\b(?:local authorit\w+|councils?|authorit\w+|LAs?|boroughs?|count(?:y|ies)|"
            r"in (?:the )?(?:country|england|region|london|north|south|east|west|midlands)|"
            r"to (?:be|achieve|receive|get|gain|go|move|secure|earn|win|have|shake|leave|exit|escape))\b",
            body[m.end() : m.end() + 60],
            re.IGNORECASE,
        )
    ):
        return
    # "for the second consecutive time", "for the first time": not a rank among councils
    if re.match(
        r"\s*(?:consecutive|successive|straight|time|inspection|year|visit)\b",
        body[m.end() :],
        re.IGNORECASE,
    ):
        return
    published_only = bare_fw or bool(
        (m.group("ord") or m.group("first")) and _PUBLISHED_RANK.search(body, m.end())
    )
    # "the report is the first on a North East authority under the revised ILACS framework":
    # a place among the reports, whatever their grades
    if (
        (m.group("ord") or m.group("first"))
        and re.search(
            r"\b(?:the|this|its|their)\s+(?:\w+\s+)?report\s+(?:is|was)\s+(?:only\s+)?$",
            body[: m.start()],
            re.I,
        )
        and re.match(
            r"\s+(?:(?:full\s+)?(?:report|one)\s+)?(?:on|about|into|for)\s+(?:a|an|the)\b",
            body[m.end() :],
            re.I,
        )
    ):
        published_only = True
    # the grade may sit after a dash: "one of only 18 councils - and four in the north - to be
    # rated outstanding"
    wide = r.text[clause.start : sentence.end]
    # "one of just 11 councils to have been inspected ..., and one of four of those to be told
    # it requires improvement": the grade of the second place is not the first's
    # "..., with a further three judged outstanding": a count of its own
    # ("...; only five were currently rated below good": a count of its own after a semicolon)
    second = re.compile(
        r"(?:,?\s+(?:(?:and|but|while)\s+(?:(?:is|was)\s+)?one\s+of\s+(?:only\s+|just\s+)?|"
        r"(?:with|and|while)\s+(?:a\s+)?(?:further|another)\s+)|;\s+(?:only\s+|just\s+)?)"
        rf"(?:{T.NUMBER}|\d+)\b",
        re.I,
    )
    later = second.search(wide, m.end())
    stop = sentence.end
    if later:
        wide, stop = wide[: later.start()], clause.start + later.start()
    colon = wide.find(":", m.end())
    if colon > 0 and (
        T.GRADE_RE.search(wide, m.end(), colon)
        or _HIGHEST.search(wide, m.end(), colon)
        or _LOWEST.search(wide, m.end(), colon)
    ):
        # "the only authority in South Yorkshire to hold the top grade: Barnsley, Doncaster and
        # Sheffield are all rated good": the grades of the others after the colon are not its
        wide, stop = wide[:colon], clause.start + colon
    back = bool(
        re.search(r"\b(?:do so|done so|achieve (?:this|that|it)|the feat)\b", body, re.I)
        # "Nationally, it is the fifth council to make that leap": the move said before
        or re.search(
            r"\b(?:make|made|making|take|taken|taking)\s+(?:that|this|the\s+same|such\s+an?)\s+"
            r"(?:leap|jump|move|step|climb|transition|turnaround)\b",
            body,
            re.I,
        )
        or re.match(r"(?:making|becoming|leaving|putting)\b", body, re.I)
        # "one of 16 councils rated inadequate under ..., and the only one in the East"
        or re.match(r"(?:and|but)\s+(?:(?:is|was|remains)\s+)?the only (?:one|such)\b", body, re.I)
    )
    if back and not T.GRADE_RE.search(wide):
        # "rated outstanding across the board, becoming only the sixth to do so": the grade is
        # in the clause before
        wide = r.text[sentence.start : sentence.end]
    moved_before = False
    if back and not T.GRADE_RE.search(wide):
        # "Barnet has moved directly from inadequate to good. Nationally it is one of only five
        # councils to have done so": the move of the sentence before
        before = [x for x in r.sentence_spans if x.end <= sentence.start]
        said = r.text[before[-1].start : before[-1].end] if before else ""
        if re.search(rf"\bfrom\s+['‘\"“]?(?:{T.GRADE_WORDS})\b[^.;]{{0,30}}\bto\b", said, re.I):
            wide, moved_before = said + " " + wide, True
    # "the first council to achieve the clean sweep": every judgement outstanding
    top = _HIGHEST.search(wide) or re.search(r"\bclean sweep\b", wide, re.IGNORECASE)
    bottom = _LOWEST.search(wide)
    no_list = bool(_NO_LIST.search(body))
    if (
        not published_only
        and not no_list
        and not top
        and not bottom
        and not re.search(
            r"\b(?:outstanding|good|inadequate|requir\w+ improvement|rating|rated|grade)",
            wide,
            re.IGNORECASE,
        )
    ):
        return
    # "North Somerset's Local Safeguarding Children Board has been judged inadequate, making it
    # the fifth board in the South West to receive the lowest rating": a rank of the boards'
    # judgements, the board named before it in the sentence
    board_only = bool(
        (m.group("ord") or m.group("first") or m.group("n"))
        and re.match(r"\s+(?:(?:such|local)\s+)?boards?\b", body[m.end() :], re.I)
        and re.search(
            r"\bsafeguarding\s+(?:children(?:['’]s)?\s+)?boards?\b|\bLSCBs?\b",
            # (or in the sentence before: "The Wirral Safeguarding Children Board was rated
            # inadequate. It is the fourth such board in the North West to ...")
            r.text[max(0, sentence.start - 300) : clause.start + m.start()],
            re.I,
        )
    )
    if (
        not council_word.search(body)
        and not board_only
        and not elliptic
        # "one of the first three (reports) to be issued under the new framework"
        and not published_only
        and not m.group(0).lower().startswith(("the only", "never", "no other", "unheard"))
        # "one of 13 whose latest overall rating is outstanding": councils, by the ellipsis
        and not re.match(
            r"\s+whose\s+(?:latest\s+|current\s+)?(?:overall\s+)?(?:rating|grade)\b",
            body[m.end() :],
        )
    ):
        return
    grades = (
        []
        if no_list
        else [
            T.grade_of(g.group(1))
            for g in T.GRADE_RE.finditer(wide)
            if g.group(1) != "good"
            or "'good'" in wide
            or "‘good’" in wide
            or '"good"' in wide
            or "“good”" in wide
            or re.search(r"\b(?:rated|judged|graded|deemed)\s+(?:as\s+)?['‘\"“]?good\b", wide, re.I)
            or "to good" in wide.lower()
            or "from good" in wide.lower()
            or re.search(r"\bgood\s+(?:rating|grade|or\s+(?:better|outstanding))\b", wide, re.I)
            # "the fifth council to receive a good overall judgement"
            or re.search(r"\ba\s+good\s+overall\s+(?:rating|grade|judge?ment)\b", wide, re.I)
            # "one of five councils in the North East with an overall rating of good"
            or re.search(r"\b(?:rating|grade|judge?ment|verdict)\s+of\s+['‘\"“]?good\b", wide, re.I)
            # "one of eight North West authorities whose most recent overall judgement is good"
            or re.search(
                r"\b(?:rating|grade|judge?ment|verdict)\s+(?:is|was|remains)\s+['‘\"“]?good\b",
                wide,
                re.I,
            )
            # "the second (report) to rate a council good", "the first to judge its council
            # good": a report that rates a council
            or re.search(
                r"\b(?:rat|judg|grad|deem)(?:e|es|ed|ing)\s+(?:a|the|its|their|one|this|that)\s+"
                r"(?:council|local\s+authority|authority|borough|county|city|area)\s+(?:as\s+)?"
                r"['‘\"“]?good\b",
                wide,
                re.I,
            )
            or _NOT_GOOD.search(wide)
        ]
    )
    if not grades and top:
        grades = ["outstanding"]
    elif not grades and bottom:
        grades = ["inadequate"]
    move = re.search(
        rf"\bfrom\s+(?:an?\s+)?['‘\"“]?(?:{T.GRADE_WORDS})['’\"”]?\s+(?:rating\s+|grade\s+)?"
        rf"(?:straight\s+|directly\s+)?to\s+(?:an?\s+)?['‘\"“]?(?:{T.GRADE_WORDS})\b",
        body[m.end() :],
        re.IGNORECASE,
    )
    if move and not no_list:
        # "rated good ..., making it the second council to move straight from inadequate to
        # good": the move the rank's own clause names, not the grades of the sentence in order
        grades = [T.grade_of(g.group(1)) for g in T.GRADE_RE.finditer(move.group(0))][:2]
    # "with inspectors also rating the impact of leaders as outstanding - the second North West
    # authority to achieve that": the test is the area and grade named just before the clause
    area_before = None
    test_grade = False
    if (
        back
        and not move
        and not T.GRADE_RE.search(body)
        and re.search(
            r"\b(?:achieve[sd]?\s+(?:this|that|it)|do(?:ne)?\s+so|the\s+feat)\b", body, re.I
        )
    ):
        lead = r.text[sentence.start : clause.start]
        last = list(T.GRADE_RE.finditer(lead))[-1:]
        if last and not lead[last[0].end() :].strip(" ,;:-\u2013\u2014'’\"”").strip():
            g0 = last[0]
            near = [a for _, _, a in T.areas_in(lead[max(0, g0.start() - 80) : g0.start()])]
            if near and near[-1] != "overall":
                grades, area_before = [T.grade_of(g0.group(1))], near[-1]
        elif (
            last
            and re.fullmatch(
                r"\s*(?:['’\"”]\s*)?(?:(?:overall\s+)?(?:rating|grade|judge?ment)(?:\s+overall)?)?"
                r"\s*[,;:\-\u2013\u2014]?\s*(?:and|but)?\s*(?:(?:is|was|has been|became)\s+)?",
                lead[last[0].end() :],
                re.I,
            )
            and not T.areas_in(lead[max(0, last[0].start() - 80) : last[0].start()])
        ):
            # "one of 40 councils with an outstanding rating, and the 37th to achieve it": the
            # grade just before the clause, overall, is the test
            grades, test_grade = [T.grade_of(last[0].group(1))], True
    region = _REGION.search(body)
    if (
        region
        and _SUBJECT_PLACE.match(body, region.end())
        and re.search(
            r"\b(?:is|was|are|were|becomes|became|has\s+become)\s+(?:now\s+|also\s+)?"
            r"(?:one|the|only|among)\b",
            body[region.end() :],
        )
    ):
        # "The north London borough is one of only 21 councils to ...": the place tells which
        # council the subject is, not where the councils counted are
        region = None
    if region is None and re.search(
        r"\b(?:(?:in|across)\s+the\s+capital\b(?!\s+(?:budget|programme|spending|funding))|"
        r"the\s+capital['’]s\s+(?:\w+\s+){0,3}(?:councils|boroughs|authorities)\b)",
        body,
        re.IGNORECASE,
    ):
        # "one of four boroughs in the capital that currently hold the top grade": London
        region = _REGION.search("London")
    if region is None and re.search(r"\b(?:the\s+)?only\s+one\b(?!\s+of\b)", body, re.I):
        # "Among the North West's other 23 councils, the picture remains mixed. Manchester is
        # the only one rated outstanding": one of the councils the sentence before set out
        before = [x for x in r.sentence_spans if x.end <= sentence.start]
        if before and "\n" not in r.text[before[-1].end : sentence.start]:
            prev = r.text[before[-1].start : before[-1].end]
            if re.match(r"\W*(?:among|of|across|in)\s+(?:the\s+)?", prev, re.I) and re.search(
                r"\b(?:councils|authorities|boroughs|counties|local\s+authorities)\b", prev, re.I
            ):
                region = _REGION.search(prev)
    if (
        region is None
        and clause.start > sentence.start
        and re.search(r"\bonly\s+(?:one|council|authority|borough)\b", body, re.I)
    ):
        # "In the South West, Bristol is one of five councils rated requires improvement, with
        # Cornwall the only one rated outstanding": the region that opens the sentence
        opener = re.match(
            r"\W*(?:in|across|among|within)\s+(?:the\s+)?[^,;]{2,40},",
            r.text[sentence.start : clause.start],
            re.I,
        )
        region = _REGION.search(opener.group(0)) if opener else None
    fw_words, fw_year = _framework_in(r, sentence, clause.start, stop)
    if fw_words is None and re.match(r"\W*(?:and|but)\s+(?:is\s+|was\s+)?the\s+\w+", body, re.I):
        # "one of 17 councils rated outstanding under the framework, and the sixth London
        # borough to receive the top grade": the sentence's framework
        fw_words, fw_year = _framework_in(r, sentence, sentence.start, stop)
    if fw_words is None and back and wide.startswith(r.text[sentence.start : clause.start]):
        fw_words, fw_year = _framework_in(r, sentence, sentence.start, sentence.end)
    since = re.search(r"\bsince\s+(20(?:13|14|18|23|26))\b", body) or _SINCE_BEGAN.search(body)
    if fw_words is None and since:
        # "the sixth authority to do so since 2023": since the framework of that year
        fw_words, fw_year = since.group(0), int(since.group(1))
    if fw_words is None and not region and not m.group("ord") and not m.group("first"):
        # "Five of the 25 councils inspected under the revised framework have been rated
        # outstanding. Liverpool remains the only council judged inadequate.": a count the
        # sentence before scoped to a framework is counted within it (one reading more)
        fw_words, fw_year = _framework_before(r, sentence)
    ordinal = None
    if m.group("ord"):
        ordinal = T.number(m.group("ord"))
    elif m.group("first"):
        ordinal = 1
    n_word = m.group("n")
    # "the only one of three", "the only council": one; "is only one of 16 in England to have
    # received the top grade": one of sixteen, not the only one
    only = bool(
        re.search(r"\bthe only\b", body, re.IGNORECASE)
        or re.search(rf"\bonly one\b(?!\s+of\s+(?:the\s+)?{T.NUMBER}\b)", body, re.IGNORECASE)
    )
    only_n = re.search(rf"\bthe only\s+(?P<k>{T.NUMBER})\b", body, re.IGNORECASE)
    if only_n and T.number(only_n.group("k")) not in (None, 1):
        n_word, only = only_n.group("k"), False  # "the only two of the ten councils"
    if ordinal and re.match(
        r"[^.;]{0,60}?\b(?:currently|now|presently)\s+(?:rated|judged|graded|in)\b",
        body[m.end() :],
        re.IGNORECASE,
    ):
        # "the third council in the South West currently rated inadequate": a count on the day
        n_word, ordinal = str(ordinal), None
    urns, others = _rank_urns(r, sentence, clause)
    if _group_rank(r, sentence, clause, m, urns, grades, wide if back else body):
        return
    # "the first two councils to have reports published": the councils named are those places
    first_set = bool(
        published_only
        and re.search(
            rf"(?<!one of )(?<!among )\bthe (?:first|earliest)\s+({T.NUMBER})\b(?!\s+(?:times|years))",
            body,
            re.IGNORECASE,
        )
    )
    off = _OFF.search(body, m.end())
    if off and grades and not published_only:
        # "one of two councils to shake off an inadequate rating": the grade left behind is
        # the rank's, no grade the council holds now
        left = clause.start + off.end()
        g_off = T.GRADE_RE.search(r.text, left, min(clause.end, left + 40))
        if g_off:
            r.claims[:] = [
                c
                for c in r.claims
                if not (
                    c.type == Kind.GRADE
                    and clause.start <= c.start < clause.end
                    and all(
                        isinstance(it, dict) and it.get("pos") == g_off.start()
                        for it in c.facts.get("grades") or [None]
                    )
                )
            ]
    after = _others_span(r, sentence, clause) if others else None
    # "the first ... to be rated inadequate overall while its help and protection and children
    # in care services were both judged good": grades the same report gave in other areas
    also: dict[str, str] = {}
    span = clause
    cond = _ALSO_GRADED.match(r.text, clause.end, sentence.end)
    if cond and (m.group("first") or m.group("ord")):
        g = T.GRADE_RE.search(cond.group(0))
        areas = [a for _, _, a in T.areas_in(cond.group("areas"))]
        if g and areas:
            also = {a: T.grade_of(g.group(1)) for a in areas}
            span = T.Span(clause.start, cond.end())
    combined = _COMBINED.search(body, m.end()) or _RATED_WITH.search(
        r.text[: sentence.end], clause.start + m.end()
    )
    if combined and (m.group("first") or m.group("ord")) and not also:
        areas = [a for _, _, a in T.areas_in(combined.group("areas")) if a != "overall"]
        if areas:
            grades = [T.grade_of(combined.group("g1"))]
            also = {areas[0]: T.grade_of(combined.group("g2"))}
    # "The jump from the bottom grade straight to good makes BCP only the third council to
    # achieve the feat": a move from inadequate, named by its place on the scale
    bottom = _FROM_BOTTOM.search(r.text, sentence.start, clause.start + m.start())
    if bottom and len(grades) == 1 and grades[0] != "inadequate":
        grades = ["inadequate", grades[0]]
    having = _WHILE_HAVING.match(r.text, clause.end, sentence.end)
    if having and not also and grades:
        # "one of seven councils to be rated good overall under the inspection framework
        # introduced in 2023 while having care leavers' services judged to require
        # improvement": the overall grade ranked by, and the same report's grade for that area
        areas = [a for _, _, a in T.areas_in(having.group("areas")) if a != "overall"]
        if len(set(areas)) == 1 and T.grade_of(having.group("g2")):
            grades = grades[:1]
            also = {areas[0]: T.grade_of(having.group("g2"))}
            span = T.Span(clause.start, having.end())
    # "to go from inadequate to good with outstanding leadership": the overall move, with the
    # later report's grade for that judgement
    move_with = _MOVE_WITH.search(body, m.end())
    with_area = (
        [a for _, _, a in T.areas_in(move_with.group("areas")) if a != "overall"]
        if move_with
        else []
    )
    rank = r.add(
        span,
        Kind.RANK,
        urns,
        number=ordinal,
        region=_REGION_WORDS[region.group(0).lower()] if region else None,
        framework=fw_words,
        facts={
            "grades": grades,
            "move_with": (
                {with_area[0]: T.grade_of(move_with.group("g2"))} if move_with and with_area else {}
            ),
            "phrase": m.group(0),
            "n": T.number(n_word) if n_word and n_word.lower() not in ("a", "an") else None,
            "area": "lscb"
            if board_only
            else area_before
            or next(
                (
                    a
                    for x, _, a in T.areas_in(body)
                    if not _SINCE_SPLIT.search(body[:x])
                    and not (with_area and move_with and x >= move_with.start("areas"))
                ),
                None,
            ),
            "test_before": bool(area_before) or test_grade,
            "in_region": bool(re.search(r"\b(?:in )?the region(?:'s|’s)?\b", body, re.IGNORECASE)),
            "only": only,
            "one_of_first": bool(
                re.search(r"\b(?:one of|among) the (?:first|earliest)\b", body, re.IGNORECASE)
                # "Brent and Somerset were the first two councils to have reports published"
                or first_set
            ),
            "first_set": first_set,
            "first_n": next(
                (
                    # ("one of the first dozen authorities to be inspected")
                    12 if x.group(1).lower() == "dozen" else T.number(x.group(1))
                    for x in re.finditer(
                        rf"\b(?:one of |among )?the (?:first|earliest)\s+({T.NUMBER}|dozen)\b",
                        body,
                        re.IGNORECASE,
                    )
                ),
                None,
            ),
            "from_to": moved_before
            or bool(re.search(r"\bfrom\b[^.;]{0,70}\bto\b", body, re.IGNORECASE))
            # ("the first council rated outstanding to fall two grades, to requires improvement")
            or bool(_RATED_THEN_MOVED.search(body)),
            # the grade ranked by sits in the clause (or the one it points back to), not only
            # in a later clause of the sentence
            "plain": bool(
                back
                or T.GRADE_RE.search(body)
                or _HIGHEST.search(body)
                or _LOWEST.search(body)
                or re.search(r"\bclean sweep\b|\brated\b|\bjudged\b", body, re.I)
            ),
            # "to shake off an inadequate rating": a move from that grade to a better one
            "off": grades[0] if off and grades and not published_only else None,
            "below_good": bool(_NOT_GOOD.search(wide)),
            "every": bool(_EVERY.search(wide if back else body)),
            "all_n": T.number(a_n.group("k")) if (a_n := _ALL_N.search(body)) else None,
            "k_areas": (
                T.number(k_a.group("k") or k_a.group("k2"))
                if (k_a := _K_AREAS.search(body))
                else None
            ),
            "published_only": published_only,
            "this_year": bool(_THIS_YEAR.search(body)),
            "fw_year": fw_year,
            # "the second to be rated outstanding after a full standard inspection": ranked
            # among the reports of that kind of inspection (ILACS: standard or short)
            "insp_kind": (
                kd.group("k").lower().replace("shorter", "short")
                if (kd := _INSP_KIND.search(body))
                else None
            ),
            "place": next(
                (
                    p.group("place")
                    for p in (
                        *_PLACE.finditer(body),
                        *_PLACE_OWN.finditer(body),
                        # "Within Berkshire, West Berkshire is one of three of the six ...": the
                        # place the sentence opens with
                        *filter(None, [_PLACE_LEAD.match(r.text, sentence.start, sentence.end)]),
                    )
                    if not region
                    and p.group("place").lower()
                    not in ("england", "country", "uk", "britain", "great britain", "region")
                ),
                None,
            ),
            "others": others,
            "others_when": _others_when(r, sentence, clause) if others else None,
            "to_achieve": bool(
                re.search(r"\bto\s+(?:achieve|receive|gain|get|earn|secure|win)\b", body, re.I)
            ),
            "also": also,
            "no_list": no_list,
            "streak": _streak_of(wide),
            # "the first council in England to be rated inadequate twice under the tougher
            # regime": graded that way at so many inspections, running or not
            "times": None if _streak_of(wide) else _times(wide),
            # "the second council in the South West to hold an outstanding rating": holders
            "hold": bool(re.search(r"\bto\s+(?:currently\s+|now\s+)?hold\b", body, re.I)),
        },
    )
    if after is not None:
        # the others named in the next clause reached it before: a claim of its own, checked
        # with the rank
        r.add(
            after,
            Kind.RANK,
            urns,
            number=ordinal,
            region=rank.region,
            framework=fw_words,
            facts=dict(rank.facts, rank_span=(rank.start, rank.end)),
        )
    # "one of only two councils in the West Midlands to hold an outstanding rating, alongside
    # Telford and Wrekin, and one of 37 across England": the same among every council
    if rank.facts.get("n") and rank.region:
        nat = re.compile(
            rf",?\s+and\s+(?:is\s+)?one\s+of\s+(?:only\s+|just\s+)?(?P<k>\d+|{T.NUMBER})\s+"
            r"(?:councils\s+|authorities\s+|local authorities\s+)?"
            r"(?:across|in)\s+(?:England|the country)\b",
            re.IGNORECASE,
        ).search(r.text, rank.end, sentence.end)
        k = T.number(nat.group("k")) if nat else None
        if nat and k and not re.search(r"[.;]", r.text[rank.end : nat.start()]):
            facts = dict(rank.facts)
            facts.update(n=k, phrase=f"one of {nat.group('k')}", others=[], others_when=None)
            r.add(
                T.Span(
                    nat.start() + (len(nat.group(0)) - len(nat.group(0).lstrip(", "))), nat.end()
                ),
                Kind.RANK,
                urns,
                number=None,
                region=None,
                framework=fw_words,
                facts=facts,
            )


_COUNT = re.compile(
    # (not "6.1 Of the 153 ...": a numbered paragraph's number, or a decimal's digits)
    rf"\b(?<![\d][.,])(?:(?P<none>none|no|not\s+(?:one|a)(?=\s+(?:single\s+)?(?:(?-i:[A-Z][\w'’&-]*)\s+){{0,3}}(?:council|local\s+authority|authority|borough)\b|\s+of\s+(?:the|its|their)\s))\s+(?:of\s+(?:(?:the\s+)?(?:(?:city\s+)?region(?:'s|’s)\s+|(?P<rg>(?-i:[A-Z][\w-]*)(?:\s+(?:(?-i:of|and|the)\s+)?(?-i:[A-Z][\w-]*)){{0,3}})(?:'s|’s|(?<=s)['’])\s+)|the\s+|(?P<own0>its|their)\s+)(?:(?P<m0>\d+|{T.NUMBER})\s+)?)?(?:single\s+)?|(?:only\s+|just\s+)?(?P<n>\d+|{T.NUMBER})\s+(?:out\s+)?(?:of\s+(?:the\s+)?(?P<own>its\s+|[\w-]+(?:\s+[\w-]+)?(?:'s|’s|(?<=s)['’])\s+)?(?:(?P<m>\d+|{T.NUMBER})\s+|(?<=['’]s\s)(?=councils\b)))?)"
    # ("Twelve North West authorities": a region's)
    # ("ten of the region's 23 inspected councils")
    rf"(?:other\s+|English\s+|London\s+|(?:North|South)[\s-](?:East|West)\s+|(?:East|West)\s+Midlands\s+|"
    rf"inspected\s+|graded\s+)*"
    # ("the West Midlands is now home to two inadequate councils": the grade before the noun)
    rf"(?:(?<=\d\s)|(?<=[a-z]\s))(?:(?P<pre>outstanding|good|inadequate|(?:good|outstanding)\s+or\s+(?:good|outstanding))\s+(?=(?:local authorities|councils|authorities|LAs|boroughs)\b))?"
    rf"(?:local authorities|councils|authorities|LAs|boroughs|children['’]s services departments"
    rf"|children['’]s services authorities|(?<=no\s)council(?=\s+(?:in\b|has\s+(?:yet\s+|ever\s+|so\s+far\s+)?been\s+(?:rated|judged|graded)\b))|(?<=not\sone\s)(?:council|local\s+authority|authority)(?=\s+(?:in\b|has\s+(?:yet\s+|ever\s+|so\s+far\s+)?been\s+(?:rated|judged|graded)\b))|(?<=single\s)council(?=\s+in\b)"
    rf"|(?<=no\sLondon\s)borough(?=\s+(?:is|has)\b)|(?<=\bnone\s)(?=in\s+the\s+region\b)"
    # ("Only one London council is currently rated inadequate")
    rf"|(?:(?<=only\sone\s)|(?<=just\sone\s)|(?<=only\sone\sLondon\s)|(?<=just\sone\sLondon\s))"
    rf"(?:council|local\s+authority|authority|borough)(?=\s+(?:is|was|remains|has|holds|currently|now|"
    rf"still|rated|judged|graded)\b)"
    # "no North West council is rated outstanding", "Not one North West council holds an
    # outstanding rating": one council of a region named before it, none of them
    rf"|(?(none)(?:(?-i:[A-Z][\w'’&-]*)\s+){{0,3}}(?:council|local\s+authority|authority|borough)(?=\s+(?:is|was|has|"
    rf"holds?|currently|now|yet|ever|so\s+far|rated|judged|graded)\b)|(?!)))\b",
    re.IGNORECASE,
)


# "None have been rated outstanding" after a sentence that counted councils.
_NONE_OF_THEM = re.compile(
    r"^\W*(?P<none>None)\s+(?:of\s+(?:them|these|those)\s+)?(?:have|has|had|were|was|is|are)\s+"
    r"(?:yet\s+|so far\s+|ever\s+|currently\s+|now\s+)?(?:been\s+)?(?:yet\s+)?"
    r"(?:rated|judged|graded|given|awarded|received|achieved)\b",
)


def _more_counts(
    rest: str, n: int | None, grades: list[str], at: list[tuple[int, int]] | None = None
) -> list[list[Any]]:
    """'nine are rated good, eight require improvement and six are inadequate', 'only nine
    have been rated good and none outstanding': the counts of other grades listed with it (and,
    in `at`, where each is said in `rest`, from its number to its grade)."""
    items = []
    spans = []
    for x in re.finditer(
        rf"(?:^|,\s*|\band\s+|\bwhile\s+|\bbut\s+)(?P<k>\d+|{T.NUMBER}|none)"
        # ("and three - Bradford and North East Lincolnshire - remain inadequate": the councils
        # it counts, named in an aside)
        r"(?:\s+[-–—]\s+(?P<a>[^–—.;:()]{3,160}?)\s+[-–—]\s+"
        r"|\s*[–—]\s*(?P<a2>[^–—.;:()]{3,160}?)\s*[–—]\s*"
        r"|\s*\((?P<a3>[^().;:]{3,160})\)\s*|\s+)"
        r"(?:(?:are|were|is|was|have been|has been|had been|now|remain|remains|still)\s+)?"
        # ("while six are judged to require improvement")
        r"(?:(?:rated|judged|graded|found|deemed|considered)(?:\s+to(?:\s+be)?|\s+as)?\s+)?"
        rf"(?P<g>{T.GRADE_WORDS})(?![A-Za-z])"
        # "while eight are rated good or better": good and outstanding
        r"(?P<better>\s+or\s+(?:better|above|outstanding)\b)?",
        rest,
        re.IGNORECASE,
    ):
        k = 0 if x.group("k").lower() == "none" else T.number(x.group("k"))
        if k is not None:
            g = T.grade_of(x.group("g"))
            item = [k, g, True] if x.group("better") and g == "good" else [k, g]
            aside = x.group("a") or x.group("a2") or x.group("a3")
            if aside is not None:
                from ilacs.claims.counts import _council_list

                # (the councils the aside names, when it names councils only: [k, g, better,
                # their urns])
                item = [k, g, len(item) > 2, _council_list(aside) or []]
            items.append(item)
            spans.append((x.start("k"), x.end()))
    if not items or len(items) < 2 and items[0][:2] == [n, grades[0] if grades else None]:
        return []
    # the first listed is the claim's own count
    if grades and items[0][1] == grades[0]:
        items, spans = items[1:], spans[1:]
    kept = [i for i, it in enumerate(items) if not grades or it[1] != grades[0]]
    if at is not None:
        at.extend(spans[i] for i in kept)
    return [items[i] for i in kept]


# "takes the number of councils currently rated inadequate to 19": the count on the day
_NUMBER_OF = lazyre.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(?:English\s+)?(?:councils|local authorities|authorities|LAs)"
    r"(?:\s+(?:in|across)\s+England)?\s+(?:(?:currently|now)\s+)?(?:rated|judged|graded|deemed)\s+(?:as\s+)?['‘\"“]?"
    rf"(?P<g>{T.GRADE_WORDS})['’\"”]?(?:\s+overall)?"
    # "... rated outstanding under the inspection framework introduced in January 2023 to 35"
    r"(?:\s+(?:under|since)\s+(?:the\s+|its\s+|Ofsted['’]s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:framework|regime|system|inspections?)\b(?:[^.;:()0-9]|\d{4}){0,40}?)?"
    rf"\s+(?:to|at)\s+(?P<n>\d+|{T.NUMBER})\b",
    re.IGNORECASE,
)


# "lifts the number of good councils in the South West to seven", "takes the number of
# outstanding authorities in England to 40": the count on the day, of a grade said before the noun
_NUMBER_OF_GRADED = lazyre.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(?:English\s+)?['‘\"“]?"
    rf"(?P<g>{T.GRADE_WORDS})['’\"”]?(?:-rated)?\s+(?:councils|local authorities|authorities|LAs|"
    r"boroughs)(?:\s+(?:in|across)\s+(?:the\s+)?(?P<where>England|the\s+country|"
    r"(?-i:[A-Z][\w-]*(?:\s+(?:of\s+|and\s+(?:the\s+)?)?[A-Z][\w-]*){0,3})))?"
    rf"\s+(?:(?:now|currently)\s+)?(?:to|at)\s+(?P<n>\d+|{T.NUMBER})\b",
    re.IGNORECASE,
)
# "taking to 14 the number of councils given the top rating since the framework was updated":
# the count on the day, the number before the group
_TO_N_NUMBER_OF = re.compile(
    r"\b(?:taking|takes|take|took|bringing|brings|bring|brought|raising|raises|raised|lifting|"
    rf"lifts|lifted)\s+to\s+(?P<n>\d+|{T.NUMBER})\s+the\s+(?:total\s+)?number\s+of\s+"
    r"(?:English\s+)?(?:councils|local authorities|authorities|LAs)(?:\s+(?:in|across)\s+England)?"
    r"\s+(?:(?:currently|now)\s+)?(?:(?:rated|judged|graded|deemed)\s+(?:as\s+)?['‘\"“]?"
    rf"(?P<g>{T.GRADE_WORDS})['’\"”]?|(?:given|awarded|with|holding|to\s+(?:receive|get|achieve|gain|"
    r"hold))\s+(?:the|an?)\s+(?P<top>top|highest|best|lowest|bottom|worst)\s+(?:overall\s+)?"
    r"(?:rating|grade|judge?ment))",
    re.IGNORECASE,
)


# "bring the number of councils inspected under the 2023 framework so far this year to 17": how
# many a framework has reported on
_NUMBER_INSPECTED = lazyre.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(?:English\s+)?(?:councils|local authorities|authorities|"
    r"LAs)\s+(?:(?:that\s+have\s+been\s+)?inspected|with\s+reports\s+published|whose\s+reports\s+"
    r"have\s+been\s+published)\b(?P<mid>[^.;]{0,80}?)\s+to\s+"
    rf"(?P<n>\d+|{T.NUMBER})\b",
    re.IGNORECASE,
)


def _inspected_count_claim(
    r: Reader, sentence: T.Span, clause: T.Span, number: str, upto: int
) -> bool:
    """'Five councils have now had reports published under it', 'one of just 11 councils to
    have been inspected under the new regime': how many a framework has reported on. False when
    the words name no framework or no number."""
    fw_words, fw_year = _framework_in(r, sentence, clause.start, upto)
    n = T.number(number)
    if fw_words is None or n is None:
        return False
    r.add(
        clause,
        Kind.COUNT,
        [],
        framework=fw_words,
        facts={"fw_year": fw_year, "n": n, "inspected": True, "national": True, "grades": []},
    )
    return True


# ", and 24 of them were rated good", "- 13 of those outstanding": a part of the councils
# counted before
_PART_OF_THEM = lazyre.compile(
    rf"[,;:\u2013\u2014-]\s*(?:and\s+|with\s+|while\s+|of\s+which\s+|of\s+whom\s+)?"
    rf"(?:\d+|{T.NUMBER}|all|most|none|half)\s+(?:of\s+)?(?:them|those|these)\b"
    # "61 councils have now had reports published under the 2023 framework, of which 39 have
    # been rated good or outstanding"
    rf"|[,;]\s*of\s+(?:which|whom)\s+(?P<k>\d+|{T.NUMBER})\b(?!\s+per)",
    re.IGNORECASE,
)


# "(nine of the region's councils are now rated good or outstanding:) five outstanding - A, B
# and C - and four good": a part of the councils counted before it in the sentence
_SUB_COUNT = lazyre.compile(
    rf"\W*(?:(?:and|while|with|but)\s+)?(?:only\s+|just\s+)?(?P<k>\d{{1,3}}|{T.NUMBER})\s+"
    r"(?:(?:are|were|is|now|currently|rated|judged|graded)\s+)*['‘\"“]?"
    rf"(?P<g>{T.GRADE_WORDS})['’\"”]?\s*(?:[-–—,.;:]|$)",
    re.IGNORECASE,
)


def _sub_count(r: Reader, sentence: T.Span, clause: T.Span) -> bool:
    """A clause that is a number and a grade after a count of councils in the sentence: a count
    of its own within the same group (no grade of the councils it may name)."""
    sub = _SUB_COUNT.match(r.text, clause.start, clause.end)
    if not sub or r.in_long_quote(clause.start):
        return False
    parent = [
        c
        for c in r.claims
        if c.type == Kind.COUNT
        and (c.facts.get("national") or c.facts.get("group"))
        and c.facts.get("grades")
        and not c.facts.get("moved_off")
        and sentence.start <= c.start < clause.start
    ]
    n = T.number(sub.group("k"))
    if not parent or n is None:
        return False
    p = parent[-1]
    r.claims[:] = [
        c for c in r.claims if not (c.type == Kind.GRADE and clause.start <= c.start < clause.end)
    ]
    end = sub.end("g")
    r.add(
        T.Span(sub.start("k"), end),
        Kind.COUNT,
        [],
        region=p.region,
        framework=p.framework,
        facts={
            **{k: v for k, v in p.facts.items() if k not in ("before", "after")},
            "n": n,
            "grades": [T.grade_of(sub.group("g"))],
            "total": None,
            "more": [],
            "either": False,
            "below_good": False,
            "plain": True,
            "group_before": None,
            # (the councils the parent count named are its own, not this one's: "only three -
            # A, B and C - are rated good, while four are inadequate")
            **(
                {
                    "named": _urns(
                        x for x in r.mentions if sub.start() <= x.start < clause.end and x.la.urn
                    )
                }
                if "named" in p.facts
                else {}
            ),
        },
    )
    return True


# "the North West still has no outstanding council", "the region has no inadequate authorities"
_HAS_NO_GRADE = lazyre.compile(
    rf"\b(?P<r>{_REGION.pattern}|the\s+region)\s+(?:still\s+|now\s+|currently\s+)?"
    r"(?:has|had)\s+(?:still\s+)?no\s+['‘\"“]?"
    rf"(?P<g>outstanding|good|inadequate)['’\"”]?\s+(?:councils?|local\s+authorit(?:y|ies)|"
    r"authorit(?:y|ies)|boroughs?)\b",
    re.IGNORECASE,
)


def _has_no_grade(r: Reader, sentence: T.Span, clause: T.Span) -> bool:
    """'but the North West still has no outstanding council': none of the region's councils
    holds the grade on the day (a count, no grade of the article's council)."""
    m = _HAS_NO_GRADE.search(r.text, clause.start, clause.end)
    if m is None or r.in_long_quote(m.start()):
        return False
    named = " ".join(m.group("r").lower().split())
    if named == "the region":
        before = list(_REGION.finditer(r.text, max(0, sentence.start - 1500), m.start()))
        region = _REGION_WORDS.get(before[-1].group(0).lower()) if before else None
    else:
        region = _REGION_WORDS.get(named)
    if region is None:
        return False
    r.claims[:] = [
        c
        for c in r.claims
        if not (c.type == Kind.GRADE and c.start < m.end() and m.start() < c.end)
    ]
    r.add(
        T.Span(m.start(), m.end()),
        Kind.COUNT,
        [],
        region=region,
        facts={
            "group_before": None, "fw_year": None, "grades": [T.grade_of(m.group("g"))], "n": 0,
            "total": None, "national": True, "outside": False, "more": [],
            "below_good": False, "either": False, "moved_off": None, "plain": True,
        },
    )  # fmt: skip
    return True


# "Two London boroughs, Islington and Kingston upon Thames, were rated outstanding on the same
# day": the councils named after the number, a grade of each, not a count of the region's
_NAMED_APPOSITION = lazyre.compile(
    rf"\W*(?P<n>{T.NUMBER}|\d+)\s+(?:(?:other|more|neighbouring|nearby|[A-Z][\w'’-]*)\s+){{0,3}}"
    r"(?:councils|boroughs|authorities|local\s+authorities|counties|cities|LAs|areas)\s*"
    r"(?:[,–—(]|\s-)\s*(?P<list>[^,;:()–—]+(?:,\s*[^,;:()–—]+)*?)\s*(?:[,–—)]|\s-)\s*"
    r"(?:(?:have|had)\s+)?(?:also\s+|both\s+|each\s+|all\s+)?"
    r"(?:were|are|was|is|been|received|got|achieved|won|earned|rated|judged)\b",
    re.IGNORECASE,
)


def _named_apposition(r: Reader, clause: T.Span) -> bool:
    m = _NAMED_APPOSITION.match(r.text, clause.start, clause.end)
    if m is None:
        return False
    n = T.number(m.group("n"))
    return n is not None and n == len(r.named_in(m.start("list"), m.end("list")))


# a place among a group of so many ("the fourth of Greater Manchester's ten councils", "the
# third of the region's 12 authorities"): a rank, whose group the number sizes
_NTH_OF_GROUP = lazyre.compile(
    rf"\b(?:{T.ORDINAL}|first|last)\s+of\s+(?:the\s+)?[^,;.]{{0,40}}?['’]s?\s+"
    rf"(?:{T.NUMBER}|\d+)\s+(?:councils|authorities|local\s+authorities|boroughs|LAs)\b",
    re.IGNORECASE,
)


def _count_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'only eight councils are rated outstanding', '10 of the 127 inspected were inadequate',
    'none of the 24 councils in the North West': counts among councils on the day."""
    body = r.text[clause.start : clause.end]
    if _has_no_grade(r, sentence, clause):
        return
    if clause.start > sentence.start and _sub_count(r, sentence, clause):
        return
    if _named_apposition(r, clause):
        return
    if _NTH_OF_GROUP.search(body):
        return  # "the fourth of Greater Manchester's ten councils to be rated good": a rank's
    every_la = _ALL_LAS.search(body)
    if every_la and not r.in_long_quote(clause.start + every_la.start()):
        n_las = T.number(every_la.group("n"))
        if n_las and n_las > 100:
            r.add(
                T.Span(clause.start + every_la.start(), clause.start + every_la.end()),
                Kind.COUNT,
                [],
                facts={"all_las": n_las},
            )
    graded_of = _NUMBER_OF_GRADED.search(body)
    if graded_of and not r.in_long_quote(clause.start + graded_of.start()):
        # "lifts the number of good councils in the South West to seven": a count on the day,
        # in the region named (none named: England; a place that is no region: none)
        n = T.number(graded_of.group("n"))
        where = graded_of.group("where")
        region = _REGION.fullmatch(where) if where else None
        national = not where or bool(re.fullmatch(r"England|the\s+country", where, re.I))
        if n is not None and n > 1 and (region or national):
            span = T.Span(clause.start + graded_of.start(), clause.start + graded_of.end())
            r.claims[:] = [
                c
                for c in r.claims
                if not (c.type == Kind.GRADE and c.start < span.end and span.start < c.end)
            ]
            fw_words, fw_year = _framework_in(r, sentence, clause.start, sentence.end)
            r.add(
                span,
                Kind.COUNT,
                [],
                region=_REGION_WORDS[region.group(0).lower()] if region else None,
                framework=fw_words,
                facts={
                    "fw_year": fw_year, "grades": [T.grade_of(graded_of.group("g"))], "n": n,
                    "total": None, "national": True, "outside": False, "more": [],
                    "below_good": False, "either": False, "moved_off": None, "tally": True,
                },
            )  # fmt: skip
            return
    number_of = _NUMBER_OF.search(body) or _TO_N_NUMBER_OF.search(body)
    if number_of and not r.in_long_quote(clause.start + number_of.start()):
        n = T.number(number_of.group("n"))
        if n is not None and n > 1:
            span = T.Span(clause.start + number_of.start(), clause.start + number_of.end())
            if number_of.re is _TO_N_NUMBER_OF:
                # "... were also judged outstanding overall, taking to 11 the number of ...":
                # the grade's claim ends where the count begins
                for c in r.claims:
                    if c.type == Kind.GRADE and c.start < span.start < c.end:
                        cut = r.text[c.start : span.start].rstrip(" ,;–—-")
                        c.end, c.text = c.start + len(cut), cut
            # a count of councils, not a grade of the council the sentence is about
            r.claims[:] = [
                c
                for c in r.claims
                if not (c.type == Kind.GRADE and c.start < span.end and span.start < c.end)
            ]
            grade = T.grade_of(number_of.group("g")) if number_of.group("g") else None
            if grade is None:
                top = number_of.group("top").lower()
                grade = "outstanding" if top in ("top", "highest", "best") else "inadequate"
            fw_words, fw_year = _framework_in(r, sentence, clause.start, sentence.end)
            r.add(
                span,
                Kind.COUNT,
                [],
                framework=fw_words,
                facts={
                    "fw_year": fw_year, "grades": [grade], "n": n,
                    "total": None, "national": True, "outside": False, "more": [],
                    "below_good": False, "either": False, "moved_off": None, "tally": True,
                },
            )  # fmt: skip
            return
    inspected = _NUMBER_INSPECTED.search(body)
    if inspected and not r.in_long_quote(clause.start + inspected.start()):
        n = T.number(inspected.group("n"))
        fw_words, fw_year = _framework_in(
            r, sentence, clause.start + inspected.start(), clause.start + inspected.end()
        )
        this_year = bool(_THIS_YEAR.search(inspected.group("mid")))
        if n is not None and n > 1 and fw_words is not None:
            end = clause.start + inspected.end()
            r.add(
                T.Span(clause.start + inspected.start(), end),
                Kind.COUNT,
                [],
                framework=fw_words,
                facts={
                    "fw_year": fw_year, "n": n, "inspected": True, "national": True,
                    "grades": [],
                    "year": r.as_of.year if this_year else None,
                },
            )  # fmt: skip
            part = _PART_OF_THEM.match(r.text, end, clause.end)
            if part is not None and part.group("k"):
                since = date(r.as_of.year, 1, 1) if this_year else None
                _of_which_count(
                    r, sentence, T.Span(end, clause.end), part, n, fw_words, fw_year, since
                )
            return
    published = (
        _REPORTS_PUBLISHED.search(body)
        or _AMONG_PUBLISHED.search(body)
        or _ONE_OF_NATIONALLY.search(body)
    )
    if (
        published
        and not r.in_long_quote(clause.start + published.start())
        and _inspected_count_claim(r, sentence, clause, published.group("n"), sentence.end)
    ):
        return
    if (
        published
        and published.re is _ONE_OF_NATIONALLY
        and not r.in_long_quote(clause.start + published.start())
        and re.match(r"\s+under\s+(?:it|this|that)\b", body[published.end() :])
    ):
        # "... inspected under the new framework, and one of only seven nationally to have had
        # reports published under it so far": the framework the sentence named before
        fw_words, fw_year = _framework_in(r, sentence, sentence.start, clause.start)
        n_pub = T.number(published.group("n"))
        if fw_words is not None and n_pub is not None:
            r.add(
                clause,
                Kind.COUNT,
                [],
                framework=fw_words,
                facts={
                    "fw_year": fw_year, "n": n_pub, "inspected": True, "national": True,
                    "grades": [],
                },
            )  # fmt: skip
        return
    if (
        clause.start == sentence.start
        and _OF_THOSE.match(r.text, clause.start)
        and (
            any(
                c.type == Kind.COUNT
                and c.facts.get("inspected")
                and sentence.start - 400 <= c.start < sentence.start
                for c in r.claims
            )
            or _one_of_published(r, sentence) is not None
        )
    ):
        # "... among 122 published so far under the current framework. Of those, 52 councils
        # have been judged good": counts within the group just sized (_group_count_claims),
        # not among every council's latest grade
        return
    m = _COUNT.search(body) or _NONE_OF_THEM.search(body)
    if not m or r.in_long_quote(clause.start + m.start()):
        return
    place = (
        re.search(
            r"(?-i:(?P<p>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*))\s+"
            r"(?:council|local\s+authority|authority|borough)s?\W*$",
            m.group(0)[m.end("none") - m.start() :],
        )
        if m.re is _COUNT and m.group("none") and not m.group("rg")
        else None
    )
    if place and not _REGION.fullmatch(place.group("p")):
        return  # "Not one Greater Manchester council ...": a place ilacs cannot count within
    if (
        m.re is _COUNT
        and m.group("none")
        and m.group("rg")
        and not _REGION.fullmatch(m.group("rg"))
        and _subregion(m.group("rg")) is None
    ):
        return  # "None of Kent's councils ...": the same (a group local news counts within is
        # read as that group: "None of Greater Manchester's ten councils")
    region_said = _REGION.search(body) is not None
    if m.re is _COUNT and m.group("own0") and not region_said:
        # "And for the North West, one statistic stands out: not one of its councils is
        # currently rated outstanding": the region the sentence (or the one before) names
        prev = [x for x in r.sentence_spans if x.end <= sentence.start][-1:]
        named_before = list(
            _REGION.finditer(r.text, prev[0].start if prev else sentence.start, clause.start)
        )
        if not named_before:
            return  # (whose councils: ilacs cannot tell)
        own_region = named_before[-1]
    else:
        own_region = None
    if (
        m.re is _COUNT
        and m.group("none")
        and re.search(r"(?:council|authority|borough)\W*$", m.group(0), re.I)
        and not _REGION.search(body)
        and not re.search(
            r"\b(?:England|English|nationally|the\s+country|the\s+region)\b", body, re.I
        )
    ):
        # "the North West, which now has no council rated outstanding": none of the region the
        # sentence names before the clause; no region named, no scope to count in
        said = _REGION.search(r.text, sentence.start, clause.start)
        if said is not None:
            body = r.text[said.start() : clause.end]
            m = _COUNT.search(body)
            if m is None:
                return
            clause = T.Span(said.start(), clause.end)
        elif not _FRAMEWORK.search(body) and not re.match(
            # ("No council has yet been rated outstanding", "no council in ...": England's)
            r"(?:no|not\s+(?:one|a))\s+(?:single\s+)?(?:council|local\s+authority|authority)\s+"
            r"(?:in\b|has\s+(?:yet\s+|ever\s+|so\s+far\s+)?been\s+(?:rated|judged|graded)\b)",
            body[m.start() :],
            re.I,
        ):
            return
    if m.re is _COUNT and re.search(
        r"(?:^|[,;:]\s+|\b(?:Nationally|Overall|Altogether|In\s+total|In\s+all),?\s+)"
        r"[Oo]f\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?:'s|’s|(?<=s)['’])\s+$",
        body[: m.start()],
    ):
        # "Of the region's 12 councils, 10 are rated good", "Of the capital's 33 local
        # authorities, 17 now hold ...": the number is the group's size, not the count of the
        # grade (the count after the comma is read as one within the group, if at all)
        return
    of_the = _of_the_at(r, clause.start)
    if of_the and _group_framework(r, sentence, of_the.start())[0]:
        # "Of the 15 councils inspected under it, two ...": _group_count_claims
        _inspected_count(r, sentence, clause, m)
        return
    if m.re is _NONE_OF_THEM and not re.search(
        r"\b(?:councils|authorities|LAs|departments)\b",
        r.text[max(0, sentence.start - 400) : sentence.start],
        re.IGNORECASE,
    ):
        return  # "None were rated...": of councils the sentence before counted
    if re.search(
        r"\bone of\s+(?:only\s+|just\s+)?(?:the\s+|its\s+)?(?:[\w-]+(?:'s|’s)\s+)?$",
        body[: m.start()],
        re.IGNORECASE,
    ) or re.match(r"one\s+of\b", m.group(0), re.IGNORECASE):
        # "one of just 11 councils to have been inspected under the new regime so far": how
        # many the framework has reported on (a grade there is the rank's)
        rest = r.text[clause.start + m.end() : clause.end]
        # ("one of nine councils": _COUNT reads 'one' of 'nine')
        of_n = m.group("m") if re.match(r"one\s+of\b", m.group(0), re.I) else None
        if (
            (of_n or (m.group("n") and not m.group("m")))
            and re.match(
                # "one of nine councils to have had reports published under the new framework"
                # ("one of only five councils to have been judged under the new system so far",
                # "one of 11 councils to have received reports under the new framework")
                r"\s*to\s+have\s+(?:now\s+|so\s+far\s+)?(?:been\s+(?:inspected|judged|assessed)\b|"
                r"(?:had|received)\s+(?:their\s+|its\s+)?"
                # ("one of six councils to have had ILACS reports published so far")
                r"(?:full\s+)?(?:(?:ILACS|SIF|inspection)\s+)?(?:reports?|inspections?)"
                r"(?:\s+published)?\b)",
                rest,
                re.I,
            )
            and not T.GRADE_RE.search(rest)
        ):
            _inspected_count_claim(r, sentence, clause, of_n or m.group("n"), clause.end)
        return  # "one of only 18 councils", "one of the region's 15 councils": a rank claim
    if re.search(rf"\b(?:\d+|{T.NUMBER})\s+in\s+$", body[: m.start()], re.IGNORECASE):
        return  # "one in 10 councils": a share
    if re.search(
        rf"\b(?:{T.ORDINAL}|first|last)\s+of\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?$",
        body[: m.start()],
        re.IGNORECASE,
    ):
        return  # "the 12th of London's 33 councils whose ... rating is outstanding": a rank
    if (m.groupdict().get("n") or "").lower() == "both":
        return  # "Both boroughs served by the trust": the pair named, no count of councils
    if re.search(
        rf"\bthe only\s+(?:{T.NUMBER}\s+)?of\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)*(?:[A-Z][\w-]+(?:'s|’s)\s+)?$",
        body[: m.start()],
    ):
        return  # "the only two of Greater Manchester's ten councils rated ...": a rank claim
    own = re.search(r"\b((?:[A-Z][\w-]+\s+)*[A-Z][\w-]+)(?:'s|’s)\s+$", body[: m.start()])
    inner = m.groupdict().get("own")
    if inner and inner.strip().lower() != "its":
        # "nine of the North East's 12 councils": the region's; "Greater Manchester's": a place
        own = re.match(r"(.*?)(?:'s|’s)\s*$", inner)
        if own and own.group(1).lower() in (
            "london", "region", "the region", "england", "the capital", "capital",
        ):  # fmt: skip
            own = None
    if (
        own
        and own.group(1).lower() not in ("england", "the country")
        and not _REGION.fullmatch(own.group(1))
        and _subregion(own.group(1)) is None
    ):
        return  # "Greater Kent's ten councils": a place ilacs cannot count within
    if re.search(
        r"\b(?:half|thirds?|quarters?|fifths?|tenth|per\s?cent|%)\s+of\s+(?:the\s+|all\s+)?"
        # ("half of the East Midlands' ten councils", "half of the region's 12")
        r"(?:(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|region)(?:'s|’s|(?<=s)['’])\s+)?$",
        body[: m.start()],
        re.IGNORECASE,
    ):
        return  # "more than half of London's 32 boroughs": a share (_share_claims)
    if re.search(
        r"(?:^|[\s(])(?:the|these|those|both|[\w-]+(?:'s|’s))\s+$", body[: m.start()], re.I
    ) and not re.search(
        # ("Across the North East's 12 councils, just five ...": the region's total)
        r"\b(?:of|across|among|amongst)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+(?:'s|’s)\s+)?$",
        body[: m.start()],
        re.I,
    ):
        # "The two councils whose services the trust runs", "the trust's two councils": who,
        # unless they change a count ("The two councils bring to 10 the number of ...")
        if not re.search(
            r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|"
            r"lift|lifts|lifting)\s+(?:to\s+\S+\s+)?(?:the\s+)?(?:number|total|tally|count)\b",
            r.text[clause.start + m.end() : sentence.end],
            re.I,
        ):
            return
    wide = r.text[clause.start : sentence.end]
    g = T.GRADE_RE.search(wide, m.end() - (clause.start - clause.start))
    # "Five councils have now had reports published under it: besides ..., Brent was judged
    # good": the grades after a colon are the list's, not the count's
    colon = r.text.find(":", clause.start + m.end(), sentence.end)
    # "32 councils have had reports published ..., and 24 of them were rated good": the
    # grades of a part of them are that part's count, not this one's
    part = _PART_OF_THEM.search(r.text, clause.start + m.end(), sentence.end)
    if part and (colon < 0 or part.start() < colon):
        colon = part.start()
    grades = [
        T.grade_of(x.group(1))
        for x in T.GRADE_RE.finditer(
            r.text[clause.start + m.end() : colon if colon >= 0 else sentence.end]
        )
    ]
    own_words = r.text[clause.start + m.end() : clause.end]
    if (
        grades
        and _HAD_REPORTS.match(own_words)
        and not T.GRADE_RE.search(own_words)
        and re.match(r"\s*,?\s*(?:and|but|while|whereas)\s", r.text[clause.end : sentence.end])
    ):
        # "Seven councils have so far had reports published under the new framework, and
        # Middlesbrough is the only one to be judged requires improvement ...": how many
        # reports, the grade the next clause's
        grades = []
    if m.re is _COUNT and m.group("pre"):
        # "two inadequate councils": the grade the noun carries
        grades = sorted({T.grade_of(x) for x in T.GRADE_RE.findall(m.group("pre"))})
    after = r.text[clause.start + m.end() : clause.end][:80]
    own_grade = T.GRADE_RE.search(after) or (m.re is _COUNT and m.group("pre"))
    if not own_grade and _HIGHEST.search(after) and not _LOWEST.search(after):
        # "only five councils have received the top overall rating"; "four of the region's 12
        # councils now hold the top grade, while eight are rated good or better": the clause's
        # own grade, before any later in the sentence
        grades = ["outstanding"]
    elif not own_grade and _LOWEST.search(after) and not _HIGHEST.search(after):
        grades = ["inadequate"]
    if not grades:
        _inspected_count(r, sentence, clause, m)
        return
    word = m.groupdict().get("n")
    n = 0 if m.group("none") else T.number(word or "")
    if n is None or (word and word.lower() in ("a", "an")):
        return
    total = m.groupdict().get("m") or m.groupdict().get("m0")
    if (
        re.search(
            r"\b(?:out\s+)?of\s+(?:the\s+|all\s+)?(?:(?:England|the country|the nation)(?:'s|’s)\s+)?$",
            body[: m.start()],
            re.IGNORECASE,
        )
        or re.search(
            # "Across the West Midlands' 14 councils, just three ... are rated good": the number
            # named is the region's total
            r"\b(?:across|among|amongst)\s+(?:the\s+|all\s+)?(?:(?:England|the country|the nation|"
            r"the region|(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*)(?:'s|’s|(?<=s)['’])\s+)$",
            body[: m.start()],
            re.IGNORECASE,
        )
        or (
            # "Across the 19 councils in the South East, four are currently rated outstanding"
            re.search(r"\b(?:across|among|amongst)\s+(?:the\s+|all\s+)$", body[: m.start()], re.I)
            and re.match(
                rf"[^,;.]{{0,60}},\s+(?:only\s+|just\s+)?(?:\d+|{T.NUMBER})\s+"
                r"(?:are|were|have|has|is|was|remain)\b",
                body[m.end() :],
                re.I,
            )
        )
    ):
        # "Out of 127 councils inspected, only 10 were...", "each of England's 153 councils
        # ... shows that 39 are now rated outstanding": the number named is the total
        later = re.search(
            # ("Across the region's 22 councils, none holds the top outstanding grade")
            rf"(?:\b(?:only|just)\s+(?P<k>\d+|{T.NUMBER})\b|\b(?P<k2>\d+|{T.NUMBER}|none)\b(?=,?\s+(?:have|has|were|are|was|is|had|been|rated|judged|deemed|including|now\s+holds?|holds?|currently\s+holds?|requires?\s+improvement|remain|remains)\b))",
            r.text[clause.start + m.end() : sentence.end],
            re.IGNORECASE,
        )
        word = later and (later.group("k") or later.group("k2"))
        if not word or word.lower() in ("a", "an"):
            # "Of the 26 councils whose reports have been published under the new framework,
            # more than half...": the number of councils reported on
            _inspected_count(r, sentence, clause, m)
            return
        total, n = m.group("n"), 0 if word.lower() == "none" else T.number(word)
    region = _REGION.search(body) or own_region
    part = (
        re.search(
            rf"(?:\bincluding\s+|,\s+(?:with\s+)?)(?P<k>\d+|{T.NUMBER})\s+(?:of\s+(?:them|which|"
            r"whom|those)\s+)?in\s+(?:the\s+)?$",
            body[: region.start()],
            re.IGNORECASE,
        )
        if region
        else None
    )
    part_of: tuple[int, int, int, str] | None = None
    if region and part:
        # "17 councils ..., including two in the West Midlands", "Some 16 councils in England
        # are currently rated inadequate, five of them in the North West": a part of them
        k_part = T.number(part.group("k"))
        if k_part is not None and not part.group(0).lstrip().lower().startswith("including"):
            part_of = (
                clause.start + part.start() + len(part.group(0)) - len(part.group(0).lstrip(", ")),
                clause.start + region.end(),
                k_part,
                _REGION_WORDS[region.group(0).lower()],
            )
        region = None
    outside = bool(
        region and re.search(r"\boutside\s+(?:of\s+)?(?:the\s+)?$", body[: region.start()], re.I)
    )
    if region is None and re.search(
        # "The region now has six councils rated outstanding": the region's councils
        r"\bin the region\b|\bthe region(?:'s|’s)|\bthe region\s+(?:now\s+|currently\s+|still\s+)?"
        r"(?:has|had|holds|held|boasts|counts)\b"
        # ("Across the region, four councils are rated outstanding")
        r"|\b(?:across|throughout|within)\s+the\s+(?:wider\s+|whole\s+)?region\b",
        body,
        re.I,
    ):
        # "Of the 23 councils in the region": the region the article last named
        before = list(_REGION.finditer(r.text, max(0, sentence.start - 1500), clause.start))
        region = before[-1] if before else None
        if region is None:
            return  # a region ilacs cannot tell: no count among all councils
    to_n = re.search(
        rf"\b(?:taking|bringing|raising|lifting)\s+(?:the\s+)?(?:number|total|tally|count)\b"
        rf"[^.;]{{0,80}}?\bto\s+(?P<k>\d+|{T.NUMBER})\b",
        r.text[clause.start + m.end() : sentence.end],
        re.IGNORECASE,
    )
    to_n = to_n or re.search(
        rf"\b(?:take|takes|taking|bring|brings|bringing)\s+to\s+(?P<k>\d+|{T.NUMBER})\s+the\s+"
        r"(?:number|total|tally|count)\b",
        r.text[clause.start + m.end() : sentence.end],
        re.IGNORECASE,
    )
    if to_n and T.number(to_n.group("k")) is not None:
        n = T.number(to_n.group("k"))  # "two more ..., taking the number to 11": the total
    # "... to have moved out of inadequate": councils whose overall grade left it
    moved_off = re.search(
        r"\b(?:moved|come|came|climbed|risen|got|lifted)\s+out\s+of\s+(?:an?\s+)?['‘\"“]?"
        r"inadequate\b|\b(?:shaken|shook|shake)\s+off\s+(?:their\s+|its\s+|an?\s+)?['‘\"“]?"
        r"inadequate\b",
        r.text[clause.start + m.end() : sentence.end],
        re.IGNORECASE,
    )
    fw_words, fw_year = _framework_in(r, sentence, clause.start, sentence.end)
    if fw_words is None and re.match(r"\W*(?:with|and|while|whereas|but)\s", body):
        # "61 inspections have now been published under the updated framework, with 14
        # councils rated outstanding": a count that goes on from the sentence's framework
        fw_words, fw_year = _framework_in(r, sentence, sentence.start, clause.start)
    window = _WINDOW.match(r.text, clause.start + m.end(), sentence.end)
    whens = T.dates(window.group("w"), r.as_of) if window else []
    if total and fw_words is None and not region and len(whens) == 1:
        # "Of the 36 councils whose inspection reports have been published since January, 16
        # have been rated outstanding": a count within the councils reported on since then
        r.add(
            clause,
            Kind.COUNT,
            [],
            facts={
                "group": {"size": T.number(total), "before": False, "first": True},
                "since": whens[0].first.isoformat(),
                "fw_year": None,
                "n": n,
                "grades": grades[:1],
                "area": None,
                "any_area": False,
                "named": [],
            },
        )
        return
    if (
        m.re is _COUNT
        and m.group("m")
        and fw_words is not None
        and not region
        and re.match(
            r"\s*(?:(?:that|which)\s+have\s+been\s+|now\s+|so far\s+)?inspected\b"
            r"|\s*(?:whose|with)\s+reports\b",
            r.text[clause.start + m.end() : sentence.end],
            re.IGNORECASE,
        )
    ):
        # "14 of the 51 councils inspected under the new framework so far have been rated
        # outstanding": a count within the councils the framework has reported on
        year = _GROUP_YEAR.match(r.text, clause.start + m.end(), sentence.end)
        r.add(
            clause,
            Kind.COUNT,
            [],
            framework=fw_words,
            facts={
                "group": {"size": T.number(m.group("m")), "before": False, "first": True},
                # "18 of the 28 councils whose reports were published in 2024 under the
                # current framework": the framework's reports of that year
                **(
                    {"since": f"{year.group('y')}-01-01", "until": f"{year.group('y')}-12-31"}
                    if year
                    else {}
                ),
                "fw_year": fw_year,
                "n": n,
                "grades": grades[:1],
                "area": None,
                "any_area": False,
                "named": [],
            },
        )
        return
    out_of = _OUT_OF_GROUP.match(r.text, clause.start + m.end(), sentence.end)
    if (
        m.re is _COUNT
        and not m.group("m")
        and not m.group("none")
        and out_of is not None
        and fw_words is not None
        and not region
        and n is not None
        and T.number(out_of.group("m")) is not None
    ):
        # "It joins 66 other councils rated good or outstanding out of the 94 inspected under
        # the framework": a count within the councils the framework has reported on (this one
        # among them when it joins the others)
        joins = re.search(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$", body[: m.start()], re.I)
        other = re.search(r"\bother\b", m.group(0), re.I)
        r.add(
            clause,
            Kind.COUNT,
            [],
            framework=fw_words,
            facts={
                "group": {"size": T.number(out_of.group("m")), "before": False, "first": True},
                "fw_year": fw_year,
                "n": n + 1 if joins and other else n,
                "grades": grades[:1],
                "area": None,
                "any_area": False,
                "named": [],
                # ("joins 66 other councils": read, this council counted in)
                "others_read": bool(joins and other),
            },
        )
        return
    if fw_words is None and m.re is _NONE_OF_THEM:
        fw_words, fw_year = _framework_in(r, sentence, max(0, sentence.start - 800), sentence.start)
    if m.re is _NONE_OF_THEM and region is None:
        # "Across the West Midlands' 14 councils, just three ... are rated good. None is rated
        # outstanding.": none of the councils the sentence before counted, in its region; a
        # sentence before that names neither a region nor the country gives no scope to count in
        prev = [x for x in r.sentence_spans if x.end <= sentence.start][-1:]
        prev_text = r.text[prev[0].start : prev[0].end] if prev else ""
        region = _REGION.search(prev_text)
        if region is None and re.search(r"\b(?:the|this|our)\s+region\b", prev_text, re.I):
            # ("Of the eight councils in the region with a graded inspection, four ... None
            # is currently rated inadequate": a region not named, not the country)
            return
        if (
            region is None
            and fw_words is None
            and _subregion_named(
                prev_text + " " + r.text[sentence.start : clause.start + m.start()]
            )
            is None
            and not re.search(
                r"\b(?:England|English|nationally|national|the\s+country)\b", prev_text, re.I
            )
        ):
            return
    del g
    if any(
        c.type == Kind.COUNT
        and c.facts.get("group")
        and c.facts.get("n") == n
        and clause.start <= c.start < clause.end
        for c in r.claims
    ):
        # "Of the 136 reports published so far, 102 have given good or outstanding, while 11
        # councils have been rated inadequate": the later clause counts within the group the
        # sentence opened with (read there), not among all councils
        return
    more_at: list[tuple[int, int]] = []
    more = _more_counts(r.text[clause.start + m.end() : sentence.end], n, grades[:1], more_at)
    lead = _COUNT_LEAD.search(body[: m.start()])
    # "Waltham Forest was also rated good, meaning 30 of London's 33 authorities are now rated
    # good or outstanding": the count's clause begins after the grade's
    own_clause = T.Span(clause.start + lead.end(), clause.end) if lead else clause
    if lead:
        # the grade's claim ends where the count's clause begins; the grade words in the count
        # are the councils' it counts, not the council's
        cut_at = clause.start + lead.start()
        for c in r.claims:
            if c.type == Kind.GRADE and c.start < cut_at and own_clause.start < c.end:
                items = c.facts.get("grades") or []
                kept = [it for it in items if isinstance(it, dict) and it.get("pos", 0) < cut_at]
                cut = r.text[c.start : cut_at].rstrip(" ,;–—-")
                if kept:
                    c.end, c.text = c.start + len(cut), cut
                    c.facts["grades"] = kept
    # "..., while 17 remain inadequate": the further counts are the claim's too
    span = T.Span(*_trim_span(r.text, own_clause.start, sentence.end)) if more else own_clause
    latest = _WITH_LATEST.search(r.text, clause.start + m.end(), span.end)
    if latest:
        # "six councils rated outstanding overall with Durham the most recent to join the list
        # last month": the count ends where the news of its latest member begins
        span = T.Span(span.start, latest.start())
    named_tail = None if more else _including_named(r, clause.start + m.end(), span.end)
    if named_tail is not None:
        # "Six of the region's 15 councils are rated good, including Bath and North East
        # Somerset, Somerset and Wiltshire": the count ends where the councils it includes are
        # named; their grade is a grade claim of its own (the count's grade, said of them)
        span = T.Span(span.start, named_tail[0])
        _grade_claims(r, sentence, T.Span(named_tail[1], named_tail[2]))
    # "Warwickshire joins four other West Midlands councils currently rated requires
    # improvement": the council that joins is counted in (not when the others are listed after,
    # a list of the others)
    joins_other = bool(
        m.re is _COUNT
        and n is not None
        and not m.group("m")
        and not m.group("none")
        and not more
        and re.search(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$", body[: m.start()], re.I)
        and re.search(r"\bother\b", m.group(0), re.I)
        and not re.search(r"[:–—]", r.text[clause.start + m.end() : sentence.end])
    )
    r.add(
        span,
        Kind.COUNT,
        [],
        region=_REGION_WORDS[region.group(0).lower()] if region else None,
        framework=fw_words,
        facts={
            **({"others_read": True} if joins_other else {}),
            "group_before": (
                _group_before(r, sentence)
                if fw_words is None and region is None and total is None
                else None
            ),
            "fw_year": fw_year,
            "grades": grades[:1],
            "n": n + 1 if joins_other and n is not None else n,
            "total": T.number(total) if total else None,
            "national": True,
            "outside": outside,
            "more": more,
            # the grade counted sits in the clause itself ("39 councils are rated outstanding"),
            # not only later in the sentence: a plain count of councils by grade
            "plain": bool(
                T.GRADE_RE.search(r.text, clause.start + m.end(), clause.end)
                or (m.re is _COUNT and m.group("pre"))
                or _HIGHEST.search(after)
                or _LOWEST.search(after)
            ),
            # "only four London councils are rated below good": requires improvement or worse
            # ("only three councils – Barking and Dagenham, Lambeth and Havering – are
            # currently rated below good": the councils named between dashes, then the grade)
            "below_good": re.match(
                rf"(?:\s*(?:[–—]|\s-)\s*[^–—.;]{{0,120}}?(?:[–—]|\s-\s))?[^.;–—]{{0,40}}?"
                rf"(?:{_NOT_GOOD.pattern})",
                r.text[clause.start + m.end() : sentence.end],
                re.IGNORECASE,
            )
            is not None,
            "either": bool(
                re.search(
                    r"good or (?:better|outstanding)|outstanding or good",
                    # ("43 are rated outstanding and 68 good, meaning three in four are good or
                    # better": the share after it sums the grades; the count is of one)
                    wide[: m.end()]
                    + re.split(
                        r",\s+(?:meaning|which\s+means|so\s+that)\b", wide[m.end() :], maxsplit=1
                    )[0],
                    re.IGNORECASE,
                )
            ),
            "moved_off": "inadequate" if moved_off and to_n else None,
        },
    )
    if part_of is not None and not more:
        # ("..., five of them in the North West": a count of its own, of that region's)
        whole = r.claims[-1]
        part_end = _trim_span(r.text, whole.start, part_of[0])[1]
        if part_end > whole.start:
            whole.end, whole.text = part_end, r.text[whole.start : part_end]
        r.add(
            T.Span(part_of[0], part_of[1]),
            Kind.COUNT,
            [],
            region=part_of[3],
            facts={**whole.facts, "n": part_of[2], "total": None, "more": [], "part_of": True},
        )
    _split_tally(r, clause.start + m.end(), more_at)


def _split_tally(r: Reader, base: int, more_at: list[tuple[int, int]]) -> None:
    """'ten of the region's 23 inspected councils are now rated good, while seven are
    inadequate and seven require improvement': each count of the tally is a claim of its own
    (one may be wrong and the others right), in the same place and on the same day as the
    first; a count 'good or better' stays with the first."""
    c = r.claims[-1]
    more = c.facts.get("more") or []
    if not more or len(more) != len(more_at) or any(len(it) > 2 for it in more):
        return
    first_end = base + more_at[0][0]
    end = _trim_span(r.text, c.start, min(c.end, first_end))[1]
    end = c.start + len(
        re.sub(r"(?:[\s,;]+(?:and|while|but|whereas))+\s*$", "", r.text[c.start : end])
    )
    if end <= c.start:
        return
    c.end, c.text = end, r.text[c.start : end]
    c.facts["more"] = []
    # "57 councils now hold an outstanding grade for leadership, while eight are rated
    # inadequate for it": the one judgement the first count names is the later ones' too
    first_areas = {a for _, _, a in T.areas_in(c.text)}
    first_area = c.facts.get("area") or (
        first_areas.pop() if len(first_areas) == 1 and "overall" not in first_areas else None
    )
    for (k, g), (s0, e0) in zip(more, more_at, strict=True):
        own_area = T.areas_in(r.text[base + s0 : base + e0])
        r.add(
            T.Span(base + s0, base + e0),
            Kind.COUNT,
            [],
            region=c.region,
            framework=c.framework,
            facts={
                **c.facts,
                "grades": [g],
                "n": k,
                "more": [],
                "plain": True,
                "either": False,
                "area": None if own_area else first_area,
                # (checked by the readings that hold the first count)
                "tally_first": [c.facts.get("n"), (c.facts.get("grades") or [None])[0]]
                if c.facts.get("n") is not None and c.facts.get("grades")
                else None,
            },
        )


_INCLUDING = lazyre.compile(
    # ("..., including neighbours Middlesbrough, Redcar and Cleveland and Darlington")
    r",?\s+(?:including|among\s+them|among\s+which\s+are)\s+(?:(?:its\s+|their\s+)?neighbours\s+)?",
    re.IGNORECASE,
)


def _including_named(r: Reader, start: int, end: int) -> tuple[int, int, int] | None:
    """'(six councils are rated good), including A, B and C': where the list of councils the
    count includes begins, where the count's one grade word begins and where the list ends (it
    names councils only: joins and council names, up to the clause's end); None when the words
    after 'including' are anything else ('including two in London')."""
    inc = _INCLUDING.search(r.text, start, end)
    if inc is None:
        return None
    said = list(T.GRADE_RE.finditer(r.text, start, inc.start()))
    if len(said) != 1 or T.GRADE_RE.search(r.text, inc.end(), end):
        return None
    names = [x for x in r.mentions if inc.end() <= x.start < end and x.la.urn]
    if not names or names[0].start != inc.end():
        return None
    pos = names[0].start
    for x in names:
        if not re.fullmatch(
            r"(?:['’]s)?\s*(?:,|\band\b|&|,\s*and\b)?\s*(?:the\s+)?", r.text[pos : x.start]
        ):
            return None
        pos = x.end
    if not re.fullmatch(r"[\s.,;:!?)'’\"”]*", r.text[pos:end]):
        return None
    return inc.start(), said[0].start(), pos


# "(six councils rated outstanding) with Durham the most recent to join the list": the latest of
# those counted, named after the count
_WITH_LATEST = lazyre.compile(
    r",?\s+with\s+(?:[A-Z][\w'’&-]*\s+)+(?:(?:and|upon|on|of)\s+(?:[A-Z][\w'’&-]*\s+)+)*"
    r"(?:being\s+)?the\s+(?:most\s+recent|latest|newest|last)\b"
)
# "..., meaning 30 of London's 33 ...", "- which means 12 councils ...": a count's own clause
# after a grade's
_COUNT_LEAD = lazyre.compile(
    r"[,;–—-]\s*(?:meaning|which\s+means|this\s+means|means|leaving|so)\s+(?:that\s+)?"
    r"(?:(?:only|just|now)\s+)?$",
    re.IGNORECASE,
)
# "(66 other councils rated good or outstanding) out of the 94 inspected under the framework"
_OUT_OF_GROUP = lazyre.compile(
    rf"[^.;]{{0,80}}?\bout\s+of\s+(?:the\s+)?(?P<m>\d{{1,3}}|{T.NUMBER})\s+(?:(?:councils|local "
    r"authorities|authorities|LAs)\s+)?(?:(?:that\s+have\s+been|now|so\s+far)\s+)?"
    r"(?:inspected|whose\s+(?:full\s+)?reports\s+have\s+been\s+published)\b",
    re.IGNORECASE,
)


def _group_before(r: Reader, sentence: T.Span) -> dict[str, Any] | None:
    """The group of councils the sentence just before counted within, in the same paragraph
    ("Of the 100 councils whose reports have been published under the current framework, 44
    are rated good ... Ten councils have been rated inadequate."): a count that names no scope
    of its own may be within it (one reading more)."""
    before = [x for x in r.sentence_spans if x.end <= sentence.start]
    if not before or "\n" in r.text[before[-1].end : sentence.start]:
        return None
    prev = before[-1]
    if re.match(
        r"\s*(?:Nationally|Across England|In England|Overall|Across the country)\b",
        r.text[sentence.start : sentence.end],
        re.IGNORECASE,
    ):
        return None  # a scope of its own
    for c in r.claims:
        group = c.facts.get("group")
        if (
            c.type == Kind.COUNT
            and prev.start <= c.start < prev.end
            and isinstance(group, dict)
            and group.get("first")
            and not group.get("before")
        ):
            return {
                "group": dict(group),
                "framework": c.framework,
                "fw_year": c.facts.get("fw_year"),
                "since": c.facts.get("since"),
            }
    return None


# "Of the 15, two have been rated outstanding, four good and eight requires improvement", "Of
# the seven before it, none received an inadequate grade in any area, and three - A, B and C -
# were judged outstanding for the impact of leaders": counts within the councils just counted.
_OF_THE = lazyre.compile(
    rf"\bOf\s+the\s+(?P<m>{T.NUMBER})\b(?P<before>"
    # ("Of the seven councils to go before it", "Of the seven reports published before it")
    r"(?:\s+(?:other\s+)?(?:councils|local authorities|authorities|reports|inspections))?"
    r"(?:\s+(?:to\s+(?:go|come|be\s+(?:inspected|published))|that\s+(?:went|came|were\s+"
    r"(?:inspected|published))|inspected|published))?"
    r"\s+(?:before|ahead of)\s+(?:it|them|this\s+one)\b)?"
    # a group of councils or their reports, not of one council's areas or recommendations
    r"(?=(?:\s+(?:other\s+|English\s+)*(?:councils|local authorities|authorities|LAs|reports|inspections|"
    r"inspected|published|rated|judged)\b)?[^,.;]{0,120},)(?![^,.;]{0,120}\b(?:areas?|judge?ments?|"
    r"categories|recommendations|children|families|cases|social workers|staff)\b)[^,.;]{0,120},\s+",
    re.IGNORECASE,
)
# "Nationally, of the 75 councils...", "In total, of the 12...": a lead-in before the group.
_LEAD_IN = lazyre.compile(
    r"(?:(?:Nationally|Overall|Altogether|In total|In all|Across England|So far),\s+)?"
)


def _of_the_at(r: Reader, start: int) -> re.Match | None:
    lead = _LEAD_IN.match(r.text, start)
    return _OF_THE.match(r.text, lead.end() if lead else start)


_ITEM_SPLIT = lazyre.compile(
    rf",\s+(?:and\s+|while\s+)?|;\s+(?:and\s+)?|\s+and\s+(?=(?:{T.NUMBER}|none|no)\b)",
    re.IGNORECASE,
)
_ITEM = lazyre.compile(rf"(?:(?:only|just)\s+)?(?P<k>{T.NUMBER}|none|no)\b", re.IGNORECASE)
_SHARES = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}
_SHARE_ITEM = lazyre.compile(
    r"(?P<q>just\s+over|just\s+under|more\s+than|over|under|fewer\s+than|less\s+than|nearly|"
    r"almost|about|around|roughly|exactly)?\s*(?:a\s+|one\s+|(?P<num>two|three|four)\s+)?"
    r"(?P<f>half|third|quarter|fifth|sixth|tenth)s?\s+(?:of\s+(?:them|those|these)\s+)?"
    r"(?:are|were|have|has|had|is|was)\b",
    re.IGNORECASE,
)
# "..., meaning nearly three quarters are good or better": the share the counts before make
_SHARE_LEAD = lazyre.compile(
    r"(?:meaning|so|which\s+means|so\s+that)\s+(?:that\s+)?", re.IGNORECASE
)


def _share_of(share: re.Match) -> float:
    """The denominator of the share an item names ('three quarters': 4/3, 'a fifth': 5)."""
    num = {"two": 2, "three": 3, "four": 4}.get((share.group("num") or "").lower(), 1)
    return _SHARES[share.group("f").lower()] / num


def _group_framework(r: Reader, sentence: T.Span, start: int) -> tuple[str | None, int | None]:
    """The framework a group of councils is counted under: named in the sentence, or in the
    paragraph before ('Fifteen councils have reports under the new framework. Of the 15, ...')."""
    fw_words, fw_year = _framework_in(r, sentence, start, sentence.end)
    if fw_words is None:
        before = r.text.rfind("\n\n", 0, max(0, sentence.start - 2))
        fw_words, fw_year = _framework_in(
            r, sentence, max(0, before, sentence.start - 1500), sentence.end
        )
    return fw_words, fw_year


# "England's 153 councils with children's services"
_ALL_LAS = lazyre.compile(
    r"\b(?:England(?:'s|’s)|the country(?:'s|’s))\s+(?P<n>\d{3})\s+(?:councils|local authorities|"
    r"authorities|LAs)(?:\s+with\s+(?:responsibility for\s+)?children(?:'s|’s)\s+services"
    r"(?:\s+responsibilit(?:y|ies))?)?",
    re.IGNORECASE,
)
# "whose reports were published in 2024": the year a count's group of reports came out in
_GROUP_YEAR = lazyre.compile(
    r"[^,.;]{0,60}?\b(?:published|reported\s+on)\s+(?:in|during)\s+"
    r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/])",
    re.IGNORECASE,
)
# "(whose reports have been) published since January"
_WINDOW = lazyre.compile(
    rf"[^,.;]{{0,60}}?\b(?:published|inspected)\s+since\s+(?P<w>{T.MONTH_NAME}(?:\s+(?:19|20)\d\d)?)\b",
    re.IGNORECASE,
)
_BARE_COUNT = re.compile(
    # "A further 33 were judged good, 16 require improvement and eight were rated inadequate"
    r"(?:(?:A|Another)\s+further\s+|Another\s+)?"
    rf"(?P<m>)(?P<before>)(?=(?:{T.NUMBER}|none)\s+(?:have|has|were|are|had)\s+(?:now\s+)?(?:been\s+)?"
    r"(?:rated|judged|graded|found|given)\b)",
    re.IGNORECASE,
)
# "Nine of the 31 were judged to require improvement to be good and three were judged
# inadequate": a count within the councils the sentence before counted, its size named
_N_OF_THE = lazyre.compile(
    rf"(?P<before>)(?=(?:{T.NUMBER}|\d+)\s+of\s+the\s+(?P<m>{T.NUMBER}|\d+)\s+"
    r"(?:(?:councils|local authorities|authorities|LAs)\s+)?(?:have|has|were|are|had)\s+"
    r"(?:now\s+)?(?:been\s+)?(?:rated|judged|graded|found)\b)",
    re.IGNORECASE,
)
# "(reports) published so far this year", "inspected since January"
_YEAR_WINDOW = lazyre.compile(
    r"\b(?:published|inspected|released|issued)\s+"
    # ("published under Ofsted's current framework this year")
    r"(?:under\s+(?:the\s+|its\s+|Ofsted['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:framework|regime|system)\s+)?"
    r"(?:so far\s+|to date\s+)?(?:this year\b|"
    rf"(?:since|from)\s+(?P<w>{T.MONTH_NAME}(?:\s+(?:19|20)\d\d)?)\b)",
    re.IGNORECASE,
)
_ONE_OF_THOSE = lazyre.compile(
    rf"\W*(?:(?:and|but)\s+)?(?:(?:is|was)\s+)?one\s+of\s+(?:only\s+|just\s+)?(?P<k>{T.NUMBER}|\d+)\s+"
    r"of\s+(?:those|these|them)\b",
    re.IGNORECASE,
)
_OF_THOSE = re.compile(
    r"(?:Of|Among|Amongst)\s+(?P<m>those|these|them)(?P<before>)\s*,\s+", re.IGNORECASE
)
# "95 ILACS reports have now been published since the framework was introduced in 2018"
_REPORTS_PUBLISHED = lazyre.compile(
    rf"\b(?P<n>\d+|{T.NUMBER})\s+(?:(?:ILACS|SIF|full|inspection|new)\s+)*reports\s+(?:have|had)\s+"
    r"(?:now\s+|so far\s+|already\s+)?been\s+published\b",
    re.IGNORECASE,
)

# "West Berkshire's report is among 122 published so far under the current framework", "it is
# one of 40 reports published under the new framework": how many the framework has reported on
_AMONG_PUBLISHED = lazyre.compile(
    rf"\b(?:is|was|becomes|became)\s+(?:now\s+)?(?:among|one\s+of)\s+(?:the\s+)?"
    rf"(?:only\s+|just\s+)?(?P<n>\d+|{T.NUMBER})\s+(?:(?:ILACS|SIF|full|inspection|new)\s+)*"
    r"(?:reports\s+)?(?:(?:to\s+have\s+been|now|so\s+far)\s+)?(?:published|released|issued)\b",
    re.IGNORECASE,
)

# "(Middlesbrough is ...) one of only seven nationally to have had reports published under it so
# far": how many the framework has reported on
_ONE_OF_NATIONALLY = re.compile(
    rf"\bone\s+of\s+(?:only\s+|just\s+)?(?P<n>\d+|{T.NUMBER})\s+(?:nationally|in\s+England|"
    r"across\s+England|in\s+the\s+country)\s+to\s+have\s+(?:now\s+|so\s+far\s+)?(?:had|received)\s+"
    r"(?:their\s+|its\s+)?(?:full\s+)?(?:(?:ILACS|SIF|inspection)\s+)?(?:reports?|inspections?)"
    r"(?:\s+published)?\b",
    re.IGNORECASE,
)


_ONE_OF_REPORTED = lazyre.compile(
    rf"\bone\s+of\s+(?:only\s+|just\s+)?(?P<n>{T.NUMBER}|\d+)\s+(?:councils|local authorities|"
    r"authorities|LAs)\s+whose\s+[^.;]{0,80}?\b(?:reports?|inspections?)\s+[^.;]{0,80}?"
    r"\b(?:have|has)\s+(?:now\s+|so far\s+|already\s+)?been\s+published\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)


# "Sheffield is the 29th council to have its report published under the current framework":
# the councils reported on under it so far, this one the last
_NTH_REPORTED = lazyre.compile(
    rf"\b(?:is|was|becomes|became|has\s+become)\s+(?:only\s+)?the\s+(?P<n>{T.ORDINAL})\s+"
    r"(?:council|local\s+authority|authority|LA)\s+to\s+(?:have|have\s+had)\s+its\s+"
    r"(?:(?:full\s+)?inspection\s+)?report\s+published\b",
    re.IGNORECASE,
)


def _one_of_published(
    r: Reader, sentence: T.Span
) -> tuple[int, str | None, int | None, bool] | None:
    """'X is one of 47 councils whose reports under the current framework have been published
    so far this year', 'X is the 29th council to have its report published under the current
    framework': the group's size, framework and whether it is the year's, from the sentence
    before `sentence`."""
    before = [x for x in r.sentence_spans if x.end <= sentence.start]
    if not before or sentence.start - before[-1].end > 3:
        return None
    prev = before[-1]
    g = _ONE_OF_REPORTED.search(r.text, prev.start, prev.end) or _NTH_REPORTED.search(
        r.text, prev.start, prev.end
    )
    size = T.number(g.group("n")) if g else None
    if g is None or size is None:
        return None
    fw_words, fw_year = _framework_in(r, prev, g.start(), prev.end)
    if fw_words is None:
        return None
    return size, fw_words, fw_year, bool(_THIS_YEAR.search(g.group(0)))


def _group_count_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """Counts of grades within a group of councils the article has just counted (under a
    framework, or those before this council's report)."""
    one = _ONE_OF_THOSE.match(r.text, clause.start, clause.end)
    if one and not r.in_long_quote(one.start()):
        # "... one of just 11 councils to have been inspected under it, and one of four of those
        # to be told it requires improvement": a count within the councils just counted
        prev = [
            c
            for c in r.claims
            if c.type == Kind.COUNT and c.facts.get("inspected") and sentence.start <= c.start
        ]
        said = T.GRADE_RE.search(r.text, one.end(), clause.end)
        n_of = T.number(one.group("k"))
        if prev and said and n_of is not None:
            r.add(
                T.Span(*_trim_span(r.text, clause.start, clause.end)),
                Kind.COUNT,
                r.urns_at(sentence, clause),
                framework=prev[-1].framework,
                facts={
                    "group": {"size": prev[-1].facts["n"], "before": False, "first": False},
                    "fw_year": prev[-1].facts["fw_year"], "since": None, "n": n_of,
                    "grades": [T.grade_of(said.group(1))], "area": None, "any_area": False,
                    "named": r.urns_at(sentence, clause),
                },
            )  # fmt: skip
        return
    if clause.start != sentence.start:
        _later_bare_count(r, sentence, clause)
        return
    m = _of_the_at(r, clause.start)
    if not m:
        m = _OF_THE.search(r.text, clause.start, min(sentence.end, clause.start + 10))
    if not m:
        # (the group's size named in the sentences just before: "Of the 31 local authorities
        # inspected under the revised framework to date, ...")
        m = _N_OF_THE.match(r.text, clause.start)
        if m and not re.search(
            rf"\b{re.escape(m.group('m'))}\s+(?:local authorities|councils|authorities|LAs)\b",
            r.text[max(0, sentence.start - 400) : sentence.start],
            re.IGNORECASE,
        ):
            m = None
    fw_words: str | None
    if not m:
        # "95 ILACS reports have now been published since 2018. Of those, 14 ...": the count
        # the sentence before made
        # "14 of the 51 councils inspected under it ... Seven have been judged inadequate."
        m = _OF_THOSE.match(r.text, clause.start) or _BARE_COUNT.match(r.text, clause.start)
        prev = [
            c
            for c in r.claims
            if c.type == Kind.COUNT
            and (c.facts.get("inspected") or (m and m.re is _BARE_COUNT and c.facts.get("group")))
            and sentence.start - 400 <= c.start < sentence.start
        ]
        one_of = _one_of_published(r, sentence) if m and m.re is _OF_THOSE and not prev else None
        if m and one_of is not None and not r.in_long_quote(m.start()):
            # "Croydon is one of 47 councils whose full inspection reports under the current
            # framework have been published so far this year. Of these, 35 were judged good":
            # the group the sentence before counted
            size, fw_words, fw_year, year_window = one_of
        elif not m or not prev or r.in_long_quote(m.start()):
            return
        else:
            p = prev[-1]
            size = p.facts["n"] if p.facts.get("inspected") else p.facts["group"]["size"]
            fw_words, fw_year = p.framework, p.facts["fw_year"]
            year_window = False
    else:
        if r.in_long_quote(m.start()):
            return
        got = T.number(m.group("m"))
        if got is None:
            return
        size = got
        fw_words, fw_year = _group_framework(r, sentence, m.start())
        year_window = False
    # "Of the 36 reports published so far this year, ...": the group is the councils reported
    # on since the window's start, under the framework only when the group itself names one
    since = None
    window = _YEAR_WINDOW.search(r.text, m.start(), m.end())
    if year_window:
        since = date(r.as_of.year, 1, 1)
    elif window:
        whens = T.dates(window.group("w"), r.as_of) if window.group("w") else []
        since = whens[0].first if len(whens) == 1 else date(r.as_of.year, 1, 1)
        fw_words, fw_year = _framework_in(r, sentence, m.start(), m.end())
    elif fw_words is None:
        return
    # "Of the 13 South West councils inspected under the SIF so far, ...": the group is the
    # region's councils reported on under it
    said_region = (
        _REGION.search(r.text, m.start(), m.end())
        if re.match(r"of\s+the\s", m.group(0), re.I)
        else None
    )
    # the items: "two have been rated outstanding", "four good", "eight requires improvement"
    pos, items = m.end(), []
    # ("only three - Bath and North East Somerset, Cornwall and the Isles of Scilly - are rated
    # good": the names between the dashes are one item's)
    dashed = [
        (x.start(), x.end())
        for x in re.finditer(r"\s[-–—]\s[^-–—.;]{3,160}?\s[-–—]\s", r.text[: sentence.end])
        if x.start() >= m.end()
    ]
    for cut in [
        *(
            x
            for x in _ITEM_SPLIT.finditer(r.text, m.end(), sentence.end)
            if not any(a < x.start() < b for a, b in dashed)
        ),
        None,
    ]:
        end = cut.start() if cut else sentence.end
        items.append(T.Span(pos, end))
        pos = cut.end() if cut else end
    first = True
    for item in items:
        text = r.text[item.start : item.end].rstrip(" .")
        k = _ITEM.match(text)
        g = T.GRADE_RE.search(text)
        # "while only three have received the top grade": outstanding
        top = None if g else _HIGHEST.search(text)
        # "just over a fifth are now outstanding", "half have been rated good": a share
        lead = _SHARE_LEAD.match(text)
        share = _SHARE_ITEM.match(text, lead.end() if lead else 0)
        if share and share.group("num"):
            k = None  # "three quarters are good or better": a share, not a count of three
        elif k:
            share = None
        if share and any(
            "share" in c.facts and sentence.start <= c.start < sentence.end for c in r.claims
        ):
            continue  # ("more than half have been rated good": read as a share already)
        if not (k or share) or not (g or top):
            continue
        if share:
            n: int | None = None
        else:
            assert k is not None
            n = 0 if k.group("k").lower() in ("none", "no") else T.number(k.group("k"))
            if n is None:
                continue
        names = _urns(
            x for x in r.mentions if item.start <= x.start < item.end and x.la.urn is not None
        )
        # (the first item's span runs from the group, unless an item before it was unread:
        # "half have been rated good, while only three have received the top grade")
        span = T.Span(
            clause.start if first and item is items[0] else item.start, item.start + len(text)
        )
        r.add(
            span,
            Kind.COUNT,
            # "before it": the council the sentences before were about
            r.urns_at(T.Span(sentence.start, m.start()), T.Span(m.start(), m.start()))
            if m.group("before")
            else [],
            framework=fw_words,
            facts={
                "group": {
                    "size": size,
                    "before": bool(m.group("before")),
                    "first": first and m.re not in (_OF_THOSE, _BARE_COUNT),
                    # "... of the 117 councils inspected under it so far. Eleven have been rated
                    # inadequate": within the group the sentence before sized
                    **(
                        {"region": _REGION_WORDS[said_region.group(0).lower()]}
                        if said_region is not None and said_region.group(0).lower() in _REGION_WORDS
                        else {}
                    ),
                    "later": m.re is _BARE_COUNT
                    and bool(prev)
                    and bool(prev[-1].facts.get("inspected"))
                    # "... among 122 published so far. Of those, 52 ...": within the group the
                    # sentence before sized (its size that sentence's to check)
                    or m.re is _OF_THOSE,
                },
                "fw_year": fw_year,
                "since": since.isoformat() if since else None,
                "n": n,
                "group_share": (
                    (_share_of(share), (share.group("q") or "").lower()) if share else None
                ),
                "grades": [T.grade_of(g.group(1)) if g else "outstanding"],
                "area": next((a for _, _, a in T.areas_in(text)), None),
                "any_area": bool(re.search(r"\bin any (?:area|judge?ment|category)\b", text, re.I)),
                "named": names,
            },
        )
        first = False


# "Across the region's 19 councils, taking each one's most recent inspection, 10 are now good and
# four outstanding, with five requiring improvement", "Across the 24 councils in the North West,
# 11 are now rated good, six require improvement and six are inadequate": a region's tally of
# its councils' grades, the group named before the comma
# the groups of councils of ranks._SUBREGIONS, by name ("Greater Manchester", "the Tees Valley")
_SUBREGION_NAMES = "|".join(r"\s+".join(map(re.escape, k.split())) for k in _SUBREGIONS)
_SUBREGION_WORDS = rf"(?:the\s+)?(?:{_SUBREGION_NAMES})"
# a count said to be within one of them: "Across Greater Manchester's ten boroughs", "In West
# Yorkshire", "of the Tees Valley's five councils"
_SUBREGION_SAID = lazyre.compile(
    rf"\b(?:in|across|of|within|among)\s+(?:the\s+)?(?P<a>{_SUBREGION_NAMES})\b"
    rf"|\b(?:the\s+)?(?P<b>{_SUBREGION_NAMES})(?:['’]s|’)\s+(?:\w+\s+){{0,2}}(?:councils|boroughs|"
    r"authorities|local\s+authorities)\b",
    re.IGNORECASE,
)
_REGION_TALLY = lazyre.compile(
    r"(?:Across|Among|Amongst|Of)\s+(?:all\s+)?(?:"
    rf"the\s+region(?:'s|’s)\s+(?P<a>\d{{1,2}}|{T.NUMBER})"
    rf"|the\s+(?P<b>\d{{1,2}}|{T.NUMBER})\s+(?:councils|local\s+authorities|authorities|boroughs)"
    rf"\s+in\s+(?:the\s+)?(?P<r>region\b|{_REGION.pattern})"
    rf"|(?:the\s+)?(?P<r2>{_REGION.pattern}|{_SUBREGION_WORDS})(?:'s|’s|(?<=s)['’])\s+"
    rf"(?P<c>\d{{1,2}}|{T.NUMBER})"
    # "Of the capital's 33 councils, 25 are now rated good or outstanding": London's
    rf"|the\s+(?P<cap>capital)(?:'s|’s)\s+(?P<d>\d{{1,2}}|{T.NUMBER})"
    r")(?:\s+(?:councils|local\s+authorities|authorities|boroughs|"
    r"children['’]s\s+services\s+(?:authorities|departments)))?\s*,"
    # ("taking each one's most recent inspection,": how the tally is taken; "including the City
    # of London,": what it counts)
    r"(?:\s*(?:taking|counting|judging\s+by|going\s+by|based\s+on|on|by|at|including|excluding|"
    r"not\s+counting)\b[^,.;]{0,60},)?\s+",
    re.IGNORECASE,
)
_TALLY_ITEM = lazyre.compile(
    rf"(?:(?:and|with|while|whereas|but)\s+)?(?:only\s+|just\s+)?(?P<k>\d{{1,2}}|{T.NUMBER}|none|"
    # ("not one is currently rated outstanding": none)
    r"not\s+(?:one|a\s+single\s+one))\s+"
    r"(?:(?:are|were|is|have|has|remain|remains|still|now|currently|been)\s+)*"
    r"(?:(?:rated|judged|graded|deemed)\s+(?:as\s+)?)?"
    rf"['‘\"“]?(?P<g>{T.GRADE_WORDS})['’\"”]?"
    # ("25 are now rated good or outstanding": either grade)
    r"(?P<better>\s+or\s+(?:better|above|outstanding)\b)?(?:\s+overall)?"
    r"(?:\s+by\s+(?:Ofsted|inspectors|the\s+watchdog))?\s*$",
    re.IGNORECASE,
)


_TALLY_NONE = lazyre.compile(
    r"(?:None|No\s+council|Not\s+one)\s+(?:of\s+them\s+)?(?:is|are|was|were|has\s+been|have\s+been)"
    r"\s+(?:yet\s+|now\s+|currently\s+)?(?:(?:rated|judged|graded)\s+(?:as\s+)?)?"
    rf"['‘\"“]?(?P<g>{T.GRADE_WORDS})['’\"”]?(?:\s+overall)?(?=\s*\.)",
    re.IGNORECASE,
)


_TALLY_NEXT = lazyre.compile(
    rf"(?P<k>\d{{1,2}}|{T.NUMBER})\s+(?:more\s+|others?\s+)?(?:are|were|remain|remains|is|was|have\s+been|has\s+been)\s+"
    r"(?:now\s+|currently\s+|still\s+)?(?:(?:rated|judged|graded)\s+(?:as\s+)?)?"
    rf"['‘\"“]?(?P<g>{T.GRADE_WORDS})['’\"”]?(?:\s+overall)?(?=\s*(?:[-–—,.;:]|$))",
    re.IGNORECASE,
)


_LISTED = lazyre.compile(
    r"\s[–—-]\s(?P<a>[^–—.;:]{3,200}?)\s[–—-](?=\s)|,\s+including\s+(?P<b>[^.;:]{3,200}?),"
    r"(?=\s+(?:are|is|were|was|have|has|had|remain|remains|now|still)\b)",
)


def _mask_listed(r: Reader, start: int, end: int) -> str:
    """The article's text with the lists of councils between `start` and `end` that sit
    between dashes or after 'including' blanked (the same length), so that a tally's items
    are its counts alone."""
    text = r.text
    for x in _LISTED.finditer(r.text, start, end):
        inner = x.group("a") or x.group("b")
        at = x.start("a") if x.group("a") else x.start("b")
        rest = inner
        for mm in r.mentions:
            if at <= mm.start and mm.end <= at + len(inner):
                rest = rest.replace(r.text[mm.start : mm.end], " ")
        if re.fullmatch(r"(?:\s|,|\band\b|&)*", rest):
            # (a list between dashes ends its item as a comma would)
            blank = ("," if x.group("a") else " ") + " " * (x.end() - x.start() - 1)
            text = text[: x.start()] + blank + text[x.end() :]
    return text


def _region_tally_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """A region's tally of its councils' latest grades, each number a count of the region's
    councils (their number named) holding that grade overall on the day."""
    if clause.start != sentence.start:
        return
    nxt = _TALLY_NEXT.match(r.text, clause.start, sentence.end)
    if nxt and not r.in_long_quote(nxt.start()):
        # "Across the region's 14 councils, not one is currently rated outstanding. Three are
        # rated good - A, B and C - while ...": the tally just before goes on
        prev = _claims_just_before(
            r, sentence, lambda c: c.type == Kind.COUNT and bool(c.facts.get("tally_of"))
        )
        k_next = T.number(nxt.group("k"))
        if prev and k_next is not None and k_next <= prev[-1].facts["tally_of"]:
            p = prev[-1]
            r.claims[:] = [
                c
                for c in r.claims
                if not (c.type == Kind.GRADE and nxt.start() <= c.start < nxt.end())
            ]
            r.add(
                T.Span(nxt.start(), nxt.end()),
                Kind.COUNT,
                [],
                region=p.region,
                facts={
                    **p.facts,
                    "grades": [T.grade_of(nxt.group("g"))],
                    "n": k_next,
                    "either": False,
                },
            )
        return
    none = _TALLY_NONE.match(r.text, clause.start, sentence.end)
    if none and not r.in_long_quote(none.start()):
        # "... and six are inadequate. None is outstanding.": the tally just before goes on
        prev = _claims_just_before(
            r, sentence, lambda c: c.type == Kind.COUNT and bool(c.facts.get("tally_of"))
        )
        if prev:
            p = prev[-1]
            r.add(
                T.Span(none.start(), none.end()),
                Kind.COUNT,
                [],
                region=p.region,
                facts={**p.facts, "grades": [T.grade_of(none.group("g"))], "n": 0},
            )
        return
    if _ITEM.match(r.text, clause.start, sentence.end) and not r.in_long_quote(clause.start):
        _tally_after_region(r, sentence, clause)
        return
    m = _REGION_TALLY.match(r.text, clause.start, sentence.end)
    if not m or r.in_long_quote(m.start()):
        return
    total = T.number(m.group("a") or m.group("b") or m.group("c") or m.group("d") or "")
    named = m.group("r") or m.group("r2") or ("London" if m.group("cap") else None)
    sub = _subregion(re.sub(r"^the\s+", "", named, flags=re.I)) if named else None
    if sub is not None:
        # "Across Greater Manchester's ten boroughs, four are now rated good": that group's
        # councils, all of one region
        region: str | None = register.find(_SUBREGIONS[sub][0]).region
    elif named and named.lower() != "region":
        region = _REGION_WORDS.get(" ".join(named.lower().split()))
    else:
        before = list(_REGION.finditer(r.text, max(0, sentence.start - 1500), sentence.start))
        region = _REGION_WORDS.get(before[-1].group(0).lower()) if before else None
        if region is None and r.main:
            from ilacs.claims.view import _region_of

            region = _region_of(r.main)  # the article's council's
    if total is None or region is None:
        return
    # ("four are now rated good by Ofsted: Bolton, Salford, Stockport and Wigan": the councils
    # of the count listed after it)
    stop = r.text.find(":", m.end(), sentence.end)
    stop = sentence.end if stop < 0 else stop
    # ("three are now outstanding - Shropshire, Walsall and Telford & Wrekin - while seven,
    # including Herefordshire, Solihull and Sandwell, are good": the councils of a count named
    # between dashes or after 'including' are no items of the tally)
    masked = _mask_listed(r, m.end(), stop)
    found: list[tuple[T.Span, int, str, bool]] = []
    for item in _tally_items(masked, m.end(), stop):
        text = masked[item.start : item.end].rstrip(" .")
        text = text[: len(text.rstrip())]
        k = _TALLY_ITEM.match(text)
        n = (
            None
            if not k
            else 0
            if k.group("k").lower() == "none" or k.group("k").lower().startswith("not")
            else T.number(k.group("k"))
        )
        if (
            (k is None or n is None)
            and found
            and (not _ITEM.match(text) or re.match(r"an?\s", text, re.I))
        ):
            # "..., 25 are now rated good or outstanding, and Barnet is one of 21 with a good
            # rating" / ", a higher share than any other region": the tally ended before it
            break
        if k is None or n is None:
            return  # an item ilacs cannot read: no tally of its own
        g = T.grade_of(k.group("g"))
        if k.group("better") and g not in ("good", "outstanding"):
            return
        found.append((T.Span(item.start, item.start + len(text)), n, g, bool(k.group("better"))))
    if not found:
        return
    # the grade words are the councils' counted, not a grade of the article's council
    _add_tally(r, T.Span(m.start(), sentence.end), found, region, total, sub)


_BARE_COUNT_AFTER = lazyre.compile(
    rf"(?:(?:and|while|whereas|but)\s+)?(?P<k>\d{{1,2}}|{T.NUMBER})\s+(?:more\s+|others?\s+)?"
    r"(?:are|were|have\s+been|hold|have)\s+(?:now\s+|currently\s+|still\s+)?"
    r"(?:(?:rated|judged|graded)\s+(?:as\s+)?)?"
    rf"['‘\"“]?(?P<g>{T.GRADE_WORDS})['’\"”]?(?:\s+overall)?\W*$",
    re.IGNORECASE,
)


def _one_of_then_count_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'Croydon is one of 17 London councils whose most recent overall grade is good; 13 are
    rated outstanding', 'one of 13 councils in the capital currently rated outstanding, while 17
    are rated good': a bare count after a place among a region's councils counts the same
    councils (the region's), with another grade."""
    if clause.start == sentence.start:
        return
    m = _BARE_COUNT_AFTER.match(r.text, clause.start, clause.end)
    k = T.number(m.group("k")) if m else None
    if m is None or k is None or r.in_long_quote(m.start()):
        return
    before = [
        c
        for c in r.claims
        if sentence.start <= c.start
        and c.end <= clause.start + 1
        and c.type in (Kind.RANK, Kind.COUNT)
        and c.region
        and re.match(r"one\s+of\b", str(c.facts.get("phrase") or ""), re.I)
    ]
    if not before:
        return
    p = before[-1]
    r.add(
        T.Span(m.start(), clause.start + len(r.text[clause.start : clause.end].rstrip(" .;,"))),
        Kind.COUNT,
        [],
        region=p.region,
        facts={
            "group_before": None, "fw_year": p.facts.get("fw_year"),
            "grades": [T.grade_of(m.group("g"))], "n": k, "total": None, "national": True,
            "outside": False, "more": [], "plain": True, "below_good": False, "either": False,
            "moved_off": None, "before": "", "after": "",
        },
    )  # fmt: skip


# "..., with Wolverhampton among six rated good": a count of the region's councils with a
# grade, told of one council among them
_AMONG_N_RATED = lazyre.compile(
    rf"\bwith\s+(?:[A-Z][\w&'’-]+(?:\s+(?:and\s+|&\s+|upon\s+|on\s+)?[A-Z][\w&'’-]+){{0,3}})\s+among\s+"
    rf"(?:the\s+)?(?P<k>\d{{1,2}}|{T.NUMBER})\s+(?:(?:councils?|authorities)\s+)?(?:now\s+|currently\s+|"
    rf"still\s+)?(?:rated|judged|graded)\s+['‘\"“]?(?P<g>{T.GRADE_WORDS})\b",
    re.IGNORECASE,
)


def _among_n_rated_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'Four West Midlands councils ... now hold the top grade, with Wolverhampton among six
    rated good': the region's councils with that grade on the day, counted."""
    m = _AMONG_N_RATED.search(r.text, clause.start, clause.end)
    if m is None or r.in_long_quote(m.start()):
        return
    k, grade = T.number(m.group("k")), T.grade_of(m.group("g"))
    region_m = _REGION.search(r.text, sentence.start, m.start())
    region = _REGION_WORDS.get(region_m.group(0).lower()) if region_m else None
    if k is None or grade is None or region is None:
        return
    r.add(
        T.Span(m.start(), m.end()),
        Kind.COUNT,
        [],
        region=region,
        facts={
            "group_before": None, "fw_year": None, "grades": [grade], "n": k, "total": None,
            "national": True, "outside": False, "more": [], "plain": True, "below_good": False,
            "either": False, "moved_off": None, "before": "", "after": "",
        },
    )  # fmt: skip


def _claims_just_before(r: Reader, sentence: T.Span, keep: Callable[[Claim], bool]) -> list[Claim]:
    """The claims `keep` picks that stand in the 300 characters before `sentence`, in its
    paragraph: the count or place a sentence of bare counts goes on from."""
    return [
        c
        for c in r.claims
        if keep(c)
        and sentence.start - 300 <= c.start < sentence.start
        and "\n" not in r.text[c.end : sentence.start]
    ]


def _tally_items(masked: str, start: int, stop: int) -> list[T.Span]:
    """The items of a tally between `start` and `stop` of `masked` (the text with the councils
    a count lists blanked out), split where `_ITEM_SPLIT` says one ends."""
    items, pos = [], start
    for cut in [*_ITEM_SPLIT.finditer(masked, start, stop), None]:
        end = cut.start() if cut else stop
        items.append(T.Span(pos, end))
        pos = cut.end() if cut else end
    return items


def _add_tally(
    r: Reader,
    within: T.Span,
    found: list[tuple[T.Span, int, str, bool]],
    region: str | None,
    total: int | None,
    sub: str | None,
) -> None:
    """A region's tally, each item a count claim of the region's councils holding its grade
    on the day, in place of the grade and count claims read in `within` before."""
    r.claims[:] = [
        c
        for c in r.claims
        if not (c.type in (Kind.GRADE, Kind.COUNT) and within.start <= c.start < within.end)
    ]
    for span, n, grade, either in found:
        r.add(
            span,
            Kind.COUNT,
            [],
            region=region,
            facts={
                "group_before": None, "fw_year": None, "grades": [grade], "n": n,
                "total": total, "national": True, "outside": False, "more": [],
                "below_good": False, "either": either, "moved_off": None, "plain": True,
                "tally_of": total, "subregion": sub,
            },
        )  # fmt: skip


def _tally_after_region(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'Oldham's result makes it one of 11 councils in the North West now rated good. Nine
    require improvement and six - Bury, ... and Tameside - are rated inadequate.': a sentence
    of bare counts after a count or place among a region's councils counts that region's
    councils (every item a number and a grade, or no claim)."""
    prev = _claims_just_before(
        r, sentence, lambda c: c.type in (Kind.COUNT, Kind.RANK) and bool(c.region)
    )
    if not prev:
        return
    region = prev[-1].region
    stop = r.text.find(":", clause.start, sentence.end)
    stop = sentence.end if stop < 0 else stop
    # (the councils of a count between dashes before its grade: "six - Bury, ... and Tameside -
    # are rated inadequate" is one item)
    masked = re.sub(r",(?= {5,})", " ", _mask_listed(r, clause.start, stop))
    found = []
    for item in _tally_items(masked, clause.start, stop):
        text = masked[item.start : item.end].rstrip(" .")
        text = text[: len(text.rstrip())]
        k = _TALLY_ITEM.match(text)
        n = (
            None
            if not k or k.group("k").lower().startswith(("none", "not"))
            else T.number(k.group("k"))
        )
        if k is None or n is None or k.group("better"):
            return
        found.append(
            (T.Span(item.start, item.start + len(text)), n, T.grade_of(k.group("g")), False)
        )
    _add_tally(r, T.Span(clause.start, sentence.end), found, region, None, None)


def _later_bare_count(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'28 of the 96 councils inspected under the framework have been rated outstanding, while 10
    have been judged inadequate': a bare count in a later clause of the sentence, within the
    group the count before it in the sentence counted."""
    lead = re.match(r"(?:while|whereas|and|but)\s+", r.text[clause.start : clause.end], re.I)
    start = clause.start + (lead.end() if lead else 0)
    m = _BARE_COUNT.match(r.text, start, clause.end)
    k = _ITEM.match(r.text, start, clause.end) if m else None
    if not m or not k or r.in_long_quote(start):
        return
    text = r.text[start : clause.end].rstrip(" .")
    g = T.GRADE_RE.search(text)
    n = 0 if k.group("k").lower() in ("none", "no") else T.number(k.group("k"))
    prev = [
        c
        for c in r.claims
        if c.type == Kind.COUNT
        and sentence.start <= c.start < clause.start
        and (c.facts.get("inspected") or (c.facts.get("group") and c.facts["group"].get("size")))
    ]
    if not g or n is None or not prev or prev[-1].framework is None:
        return
    p = prev[-1]
    size = p.facts["n"] if p.facts.get("inspected") else p.facts["group"]["size"]
    if p.facts.get("group", {}).get("before"):
        return
    r.add(
        T.Span(start, start + len(text)),
        Kind.COUNT,
        [],
        framework=p.framework,
        facts={
            # ("later": the group's size is the count before's to check, not this one's)
            "group": {"size": size, "before": False, "first": False, "later": True},
            "fw_year": p.facts.get("fw_year"),
            "since": p.facts.get("since"),
            "n": n,
            "grades": [T.grade_of(g.group(1))],
            "area": next((a for _, _, a in T.areas_in(text)), None),
            "any_area": bool(re.search(r"\bin any (?:area|judge?ment|category)\b", text, re.I)),
            "named": [],
        },
    )


# "the first time the council has been rated good overall", "the first time since 2018 that the
# district has escaped the lowest grade", "rated outstanding for the first time"
_FIRST_TIME = lazyre.compile(
    r"\b(?:the|its)\s+first\s+time\b|\bfor the first time\b", re.IGNORECASE
)


# "retained the top rating it first achieved in 2019"
_FIRST_ACHIEVED = lazyre.compile(
    r"\b(?:it|which it|that it|they|the council)\s+(?:had\s+)?first\s+(?:achieved|received|gained|won|"
    r"earned|secured|was given|was awarded)\s+in\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _first_time_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """A council's first report with a grade (since a year): a claim about its own history."""
    first = _FIRST_ACHIEVED.search(r.text, clause.start, clause.end)
    if first and not r.in_long_quote(first.start()):
        before = r.text[clause.start : first.start()]
        grades = list(T.GRADE_RE.finditer(before))
        g = (
            T.grade_of(grades[-1].group(1))
            if grades
            else "outstanding"
            if _HIGHEST.search(before)
            else None
        )
        if g:
            r.add(
                clause,
                Kind.RANK,
                r.urns_at(sentence, clause),
                facts={
                    "first_time": True,
                    "grades": [g],
                    "first_year": int(first.group("y")),
                    "area": next((a for _, _, a in T.areas_in(before)), None),
                },
            )
        return
    m = _FIRST_TIME.search(r.text, clause.start, clause.end)
    if not m or r.in_long_quote(m.start()):
        return
    body = r.text[clause.start : clause.end]
    # "rated inadequate across the board in 2014, the first time the city was inspected under
    # Ofsted's single inspection framework": the first inspection of a kind, not of a grade
    if re.match(
        r"\s*(?:that\s+)?(?:it|they|the\s+(?:council|city|borough|county|authority|service)s?)\s+"
        r"(?:had\s+been|has\s+been|was|were|had)\s+(?:\w+\s+)?(?:inspected|visited|assessed)\b",
        r.text[m.end() : clause.end],
        re.IGNORECASE,
    ):
        return
    # "the first time a local authority in the country has...": a rank among councils
    if re.search(
        r"^\s*(?:that\s+)?(?:a|any|an English)\s+(?:local authority|council|authority)\b",
        r.text[m.end() : clause.end],
        re.IGNORECASE,
    ):
        return
    if any(c.type == Kind.RANK and c.start < clause.end and clause.start < c.end for c in r.claims):
        return
    grade = T.GRADE_RE.search(body)
    lowest, highest = _LOWEST.search(body), _HIGHEST.search(body)
    off = _OFF.search(body)
    if grade:
        g = T.grade_of(grade.group(1))
    elif lowest:
        g = "inadequate"
    elif highest:
        g = "outstanding"
    else:
        return
    if g == "good" and not re.search(
        r"\b(?:rated|judged|graded|given|received|achieved|as)\s+(?:as\s+)?[‘'\"]?good\b",
        body,
        re.I,
    ):
        return  # "good progress for the first time"
    # ("the first time since the summer of 2016", "since March 2019": that year's)
    since = re.search(
        r"\bsince\s+(?:(?:the\s+)?(?:spring|summer|autumn|winter|start|end|beginning|middle)\s+of\s+|"
        rf"(?:{T.MONTH_NAME})\s+)?(?P<y>(?:19|20)\d\d)\b",
        body,
        re.IGNORECASE,
    )
    anchor = grade or lowest or highest
    # "a drop of one grade from 2022, when Ofsted judged the council outstanding for the first
    # time": the inspection of that year, not the latest
    at = re.search(
        r"\b(?:in|from|since|of)\s+(?P<y>(?:19|20)\d\d)\s*,?\s*$",
        r.text[max(sentence.start, clause.start - 40) : clause.start],
        re.IGNORECASE,
    )
    at_year = int(at.group("y")) if at and re.match(r"\W*when\b", body, re.IGNORECASE) else None
    in_year = re.search(
        # "Barnsley was rated good for the first time in 2018": the inspection of that year
        rf"\bfirst\s+time\s*,?\s+in\s+(?:(?:{T.MONTH})\s+)?(?P<y>(?:19|20)\d\d)\b",
        body,
        re.I,
    )
    if at_year is None and in_year and not since:
        at_year = int(in_year.group("y"))
    opens_with = re.match(
        rf"\W*(?:By|In)\s+(?:(?:{T.MONTH_NAME})\s+)?(?P<y>(?:19|20)\d\d)\b",
        r.text[sentence.start : clause.end],
        re.IGNORECASE,
    )
    if (
        at_year is None
        and since
        and opens_with
        and int(opens_with.group("y")) > int(since.group("y"))
    ):
        # "By March 2023 the council had climbed back to requires improvement in all areas, the
        # first time since 2015 that ...": the inspection of the year the sentence opens with
        at_year = int(opens_with.group("y"))
    if at_year is None and not since:
        # "and in 2015, under Ofsted's single inspection framework, the city was rated good for
        # the first time", "In 2019 ... The council was rated good for the first time": the
        # inspection of the year the clause or the narrative sets
        opens = _SCENE_OPEN.match(body)
        if opens:
            at_year = int(opens.group("y"))
        elif not re.search(r"\b(?:19|20)\d\d\b", body):
            at_year = _scene_year(r, sentence, clause)
    elif (
        at_year is None
        and since
        and not re.search(r"\b(?:19|20)\d\d\b", body[: since.start()] + body[since.end() :])
    ):
        # "2020: one step forward ... inspectors returned in March 2020 ... children in care
        # were judged good - the first time since 2012 that ...": the inspection of the year
        # the narrative sets ('since' is no time of now here)
        at_year = _scene_year(r, sentence, T.Span(clause.start, clause.start + since.start()))
    r.add(
        clause,
        Kind.RANK,
        r.urns_at(sentence, clause),
        facts={
            "first_time": True,
            "grades": [g],
            "area": next((a for _, _, a in T.areas_in(body)), None),
            # "escaped the lowest grade", "has not been rated good": any other grade
            "off": bool(off and anchor and off.start() < anchor.start())
            or bool(
                anchor
                and re.search(
                    r"\b(?:not|never|failed to|no longer)\b[^.;,]{0,25}$",
                    body[: anchor.start()],
                    re.I,
                )
            ),
            "since": int(since.group("y")) if since else None,
            "every": bool(_EVERY.search(body)),
            "at_year": at_year,
            # "the first time ... have been rated better than requires improvement": a better
            # grade than the one named
            "better": bool(
                anchor
                and re.search(
                    r"\b(?:better|higher)\s+than\s+(?:an?\s+)?['‘\"“]?$|\babove\s+['‘\"“]?$",
                    body[: anchor.start()],
                    re.I,
                )
            ),
            # "the first time Lancashire has received an outstanding judgement in any area":
            # the grade in any judgement
            "any_area": bool(
                re.search(r"\bin\s+any\s+(?:area|judge?ment|aspect)s?\b", body, re.I)
                and not T.areas_in(body)
            ),
        },
    )


# "Its re-inspection was one of four published by the inspectorate today"
_ONE_OF_PUBLISHED = lazyre.compile(
    rf"\bone of (?:only |just )?(?:the )?(?P<n>{T.NUMBER})\s+"
    # "one of ten children's services inspection reports published by Ofsted on Friday"
    r"(?:(?:children['’]s\s+services\s+|full\s+|ILACS\s+|inspection\s+|new\s+)*"
    r"(?:reports?|inspections?|re-inspections?)\s+)?"
    r"(?:to be\s+)?published\b",
    re.IGNORECASE,
)


# "one of two to receive the accolade today", "one of three councils given the top rating this
# week": the reports of that day giving the grade the sentence names
_SAME_DAY = lazyre.compile(r"\s*(?:on\s+)?the\s+(?:same|very same)\s+day\b", re.IGNORECASE)
_ONE_OF_GRADED = lazyre.compile(
    rf"\bone of (?:only |just )?(?:the )?(?P<n>{T.NUMBER})\s+(?:(?:councils|local authorities|authorities|"
    r"boroughs)\s+)?(?:to\s+)?(?:receive|be given|get|earn|achieve|gain|win|given|awarded|to be awarded)\s+"
    r"(?:the|this|that|an?)\s+(?:accolade|honour|top rating|top grade|highest rating|rating|grade|verdict)\b",
    re.IGNORECASE,
)
# "... to receive the top grade since the framework came into force last year": from a start
_SINCE_START = lazyre.compile(r"\s*(?:ever\s+)?since\b", re.IGNORECASE)
# "one of three councils whose outstanding reports were published today": the grade is the
# reports' own
_ONE_OF_WHOSE = lazyre.compile(
    rf"\bone of (?:only |just )?(?:the )?(?P<n>{T.NUMBER})\s+(?:councils|local authorities|authorities|"
    rf"boroughs)\s+whose\s+(?P<grade>{T.GRADE_WORDS})\s+(?:(?:inspection\s+)?(?:reports?|ratings?|"
    r"verdicts?|judgements?))\s+(?:were|was|have\s+been|has\s+been)\s+(?:published|released)\b",
    re.IGNORECASE,
)


# "the inspectorate published the outcomes of inspections at ten local authorities on Friday",
# "Ofsted published seven inspection reports this week": how many came out then
_PUBLISHED_N = lazyre.compile(
    r"\b(?:published|released|issued)\s+(?:the\s+)?(?:(?:outcomes?|results?|reports?|findings|verdicts?)\s+"
    r"(?:of|from|on|for|into)\s+(?:(?:its\s+|their\s+|the\s+)?(?:full\s+)?inspections?\s+"
    r"(?:at|of|into|in|for)\s+)?)?"
    rf"(?P<n>\d+|{T.NUMBER})\s+(?:more\s+|other\s+|further\s+)?(?:(?:local authorities|councils|authorities|"
    r"LAs)\b|(?:(?:full|new|ILACS|inspection)\s+)*reports\b)",
    re.IGNORECASE,
)


# "the only one of five councils whose reports were published on Thursday to be rated
# inadequate": that many reports came out then, and this council's alone gave the grade
_ONLY_ONE_OF_WHOSE = lazyre.compile(
    rf"\b(?:the\s+)?only\s+one\s+of\s+(?:the\s+)?(?P<n>{T.NUMBER})\s+(?:councils|local authorities|"
    r"authorities|boroughs)\s+whose\s+(?:\w+\s+){0,2}(?:reports?|ratings?|verdicts?)\s+(?:were|was|"
    r"have\s+been)\s+(?:published|released)\s+(?P<when>[^,.;]{2,40}?)\s+to\s+(?:be|have\s+been)\s+"
    rf"(?:rated|judged|graded|found)\s+(?P<grade>{T.GRADE_WORDS})",
    re.IGNORECASE,
)


def _only_one_published_claims(r: Reader, sentence: T.Span, clause: T.Span) -> bool:
    """'the only one of five councils whose reports were published on Thursday to be rated
    inadequate': a count of the reports published then, and of those giving the grade (one)."""
    m = _ONLY_ONE_OF_WHOSE.search(r.text, clause.start, clause.end)
    if not m or r.in_long_quote(m.start()):
        return False
    n = T.number(m.group("n"))
    whens = T.dates(m.group("when"), r.as_of)
    if n is None or len(whens) != 1:
        return False
    urns, _ = _rank_urns(r, sentence, clause)
    r.add(
        T.Span(m.start(), clause.end),
        Kind.COUNT,
        urns,
        facts={
            "published_on": [whens[0].first.isoformat(), whens[0].last.isoformat()],
            "n": n,
            "grades": [],
            "only_grade": T.grade_of(m.group("grade")),
        },
    )
    return True


def _published_together_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'one of four published by the inspectorate today': how many inspection reports came out
    on the day (or days) the clause names, this council's among them; 'one of two to receive the
    accolade today': how many of them gave the grade the sentence names."""
    if _only_one_published_claims(r, sentence, clause):
        return
    m = _ONE_OF_PUBLISHED.search(r.text, clause.start, clause.end)
    graded = None if m else _ONE_OF_GRADED.search(r.text, clause.start, clause.end)
    graded = graded or (None if m else _ONE_OF_WHOSE.search(r.text, clause.start, clause.end))
    m = m or graded
    if not m:
        _published_n_claims(r, sentence, clause)
        return
    if r.in_long_quote(m.start()):
        return
    n = T.number(m.group("n"))
    rest = r.text[m.end() : clause.end].split(",")[0]
    whens = T.dates(rest, r.as_of)
    # "one of three councils to be awarded the top grade on the same day": the day its own
    # report came out
    same_day = bool(graded and not whens and _SAME_DAY.match(rest))
    if graded and _SINCE_START.match(rest):
        # "one of only 15 councils to receive the top grade since Ofsted's revised inspection
        # framework came into force last year": every report since then, not one day's
        return
    if n is None or (len(whens) != 1 and not same_day):
        return
    grades: list[str] = []
    every = False
    if graded:
        # the grade is named earlier in the sentence ("rated outstanding in all five
        # judgements ..., and one of two to receive the accolade today")
        head = r.text[sentence.start : m.start()]
        named = [x for x in T.GRADE_RE.finditer(head)]
        top = re.search(r"\btop\b|\bhighest\b", m.group(0), re.IGNORECASE)
        if "grade" in m.groupdict():
            grades = [T.grade_of(m.group("grade"))]
        elif named:
            grades = [T.grade_of(named[-1].group(1))]
            every = bool(_EVERY.search(head[named[-1].start() :]))
        elif top:
            grades = ["outstanding"]
        else:
            return
    urns, others = _rank_urns(r, sentence, clause)
    r.add(
        T.Span(m.start(), clause.end) if graded else clause,
        Kind.COUNT,
        urns,
        facts={
            "published_on": (
                ["same day", "same day"]
                if same_day
                else [whens[0].first.isoformat(), whens[0].last.isoformat()]
            ),
            "n": n,
            "grades": grades,
            "every": every,
            "others": others if graded else [],
        },
    )


def _published_n_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'the inspectorate published the outcomes of inspections at ten local authorities on
    Friday': how many full inspection reports came out on the day named, this council's among
    them (the day right after the number, else none)."""
    m = _PUBLISHED_N.search(r.text, clause.start, clause.end)
    if not m or r.in_long_quote(m.start()) or m.group("n").lower() in ("a", "an", "one", "both"):
        return
    n = T.number(m.group("n"))
    rest = re.split(r"[,;–—(]", r.text[m.end() : clause.end])[0]
    if _REGION.search(rest) or re.match(r"\s+(?:in|across)\s+(?:the\s+)?[A-Z]", rest):
        return  # "reports on eight councils in the North West": a part of those published
    whens = T.dates(rest, r.as_of, m.end())
    if n is None or n < 2 or len(whens) != 1 or whens[0].start - m.end() > 25:
        return
    w = whens[0]
    if w.precision not in ("day", "period") or w.last - w.first > timedelta(days=7):
        return
    urns, _ = _rank_urns(r, sentence, clause)
    r.add(
        T.Span(m.start(), w.end),
        Kind.COUNT,
        urns,
        facts={
            "published_on": [w.first.isoformat(), w.last.isoformat()],
            "n": n,
            "grades": [],
            "every": False,
            "others": [],
            # ilacs holds every full report, not every letter a journalist may count in
            "at_least": True,
        },
    )


_HAD_REPORTS = lazyre.compile(
    r"^\s*(?:to\s+)?(?:have|has|had)\s+(?:now\s+|so far\s+|already\s+)?(?:(?:received|had|been\s+given|undergone)\s+"
    r"(?:their\s+|its\s+|an?\s+|the\s+)?(?:(?:new|full|first)\s+)?(?:reports?|inspections?|verdicts?)\b|been\s+inspected)"
    r"|^\s*(?:whose|with)\s+(?:reports?|inspections?)\s+(?:have|has)\s+(?:now\s+|so far\s+)?been\s+published"
    r"|^\s*(?:have|has)\s+(?:now\s+|so far\s+)?been\s+inspected"
    # "78 councils have now had their children's services inspected under the framework"
    r"|^\s*(?:have|has)\s+(?:now\s+|so far\s+|already\s+)?had\s+(?:their|its)\s+"
    r"(?:children['’]s\s+(?:social\s+care\s+)?services\s+|services\s+)?inspected\b",
    re.IGNORECASE,
)


def _of_which_count(
    r: Reader,
    sentence: T.Span,
    span: T.Span,
    part: re.Match,
    size: int,
    fw_words: str | None,
    fw_year: int | None,
    since: date | None = None,
) -> None:
    """'..., of which 39 have been rated good or outstanding overall': a count within the
    councils the framework has reported on (since a day), just counted."""
    k = T.number(part.group("k"))
    words = r.text[span.start : span.end]
    g = T.GRADE_RE.search(words)
    if k is None or g is None or not re.search(r"\b(?:rated|judged|graded|found)\b", words, re.I):
        return
    r.add(
        T.Span(span.start + len(part.group(0)) - len(part.group(0).lstrip(",; ")), span.end),
        Kind.COUNT,
        [],
        framework=fw_words,
        facts={
            "group": {"size": size, "before": False, "first": False},
            "since": since.isoformat() if since else None,
            "fw_year": fw_year,
            "n": k,
            "grades": [T.grade_of(g.group(1))],
            "area": None,
            "any_area": False,
            "named": [],
        },
    )


def _inspected_count(r: Reader, sentence: T.Span, clause: T.Span, m: re.Match) -> None:
    """'Fifteen councils have now received reports under the framework', 'Of the 26 councils
    whose reports have been published under the new framework': how many councils a framework
    has reported on by the day."""
    if m.re is not _COUNT or m.group("none") or m.group("m"):
        return
    rest = r.text[clause.start + m.end() : sentence.end]
    if not _HAD_REPORTS.search(rest):
        return
    fw_words, fw_year = _framework_in(r, sentence, clause.start, sentence.end)
    if fw_words is None and re.match(r"[^.;:]{0,60}\bunder\s+it\b", rest, re.I):
        # "The framework no longer gives ... Five councils have had reports published under
        # it": the framework of the sentence before
        fw_words, fw_year = _framework_in(r, sentence, max(0, sentence.start - 400), sentence.start)
    n = T.number(m.group("n"))
    if fw_words is None or n is None or m.group("n").lower() in ("a", "an"):
        return
    region = _REGION.search(r.text[clause.start : clause.end])
    # "32 councils have had reports published under the current framework so far this year":
    # those of the article's year
    part = _PART_OF_THEM.search(rest)
    this_year = re.search(
        r"\b(?:so\s+far\s+)?this\s+year\b", rest[: part.start() if part else len(rest)], re.I
    )
    span = clause
    comma = r.text.find(", ", clause.start + m.end(), clause.end)
    if (
        re.match(r"\s*of\s+(?:the\s+)?$", r.text[clause.start : clause.start + m.start()], re.I)
        and comma > 0
    ):
        span = T.Span(clause.start, comma)  # "Of the 26 councils ..., more than half ...":
    of_which = part if part is not None and part.group("k") else None
    if of_which is not None:
        at = clause.start + m.end() + of_which.start()
        if at < clause.end:
            span = T.Span(clause.start, at)
            _of_which_count(r, sentence, T.Span(at, clause.end), of_which, n, fw_words, fw_year)
            of_which = None
    r.add(
        span,
        Kind.COUNT,
        [],
        region=_REGION_WORDS[region.group(0).lower()] if region else None,
        framework=fw_words,
        facts={
            "fw_year": fw_year,
            "n": n,
            "inspected": True,
            "national": True,
            "grades": [],
            "year": r.as_of.year if this_year else None,
        },
    )
    if span is clause:
        return
    # ... and the share of them the rest of the clause grades
    tail = T.Span(comma + 2, clause.end)
    share = _THEIR_SHARE.match(r.text, tail.start, tail.end)
    if not share:
        return
    after = r.text[share.end() : tail.end]
    grades: tuple[str, ...] | None = None
    for pattern, gs in _GRADE_SETS:
        if re.search(pattern, after, re.IGNORECASE):
            grades = gs
            break
    if grades is None:
        words = {T.grade_of(x.group(1)) for x in T.GRADE_RE.finditer(after)}
        grades = (words.pop(),) if len(words) == 1 else None
    if grades is None:
        return
    r.add(
        tail,
        Kind.COUNT,
        [],
        region=_REGION_WORDS[region.group(0).lower()] if region else None,
        framework=fw_words,
        facts={
            "fw_year": fw_year,
            "share": _FRACTIONS[share.group("share").lower()],
            "qualifier": (share.group("q") or "").lower(),
            "grades": list(grades),
            "inspected": False,
            "so_far": True,
            "phrase": share.group(0).strip(),
            "of_framework": True,
        },
    )


_LENGTH = lazyre.compile(
    r"\b(?:(?P<n>a|one|two|three|four|\d)[- ]weeks?(?:[- ]long)?|(?P<wl>week-long|fortnight-long|fortnight's))\s+"
    r"(?:(?P<type>short|standard|full)\s+)?(?:Ofsted\s+)?inspection\b"
    r"|\b(?P<type2>short|standard)\s+inspection\b"
    # "Inspectors were on site for two weeks", "spent three weeks on site"
    r"|\b(?:on\s+site|in\s+the\s+(?:council|authority))\s+for\s+(?:just\s+)?(?P<n3>a|one|two|three|four|\d)"
    r"\s+weeks?\b|\bspent\s+(?P<n4>a|one|two|three|four|\d)\s+weeks?\s+on\s+site\b",
    re.IGNORECASE,
)


def _length_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'a one-week short inspection', 'a three-week inspection in January', 'a standard
    inspection': how long inspectors were on site, and the kind of ILACS inspection."""
    body = r.text[clause.start : clause.end]
    m = _LENGTH.search(body)
    if not m or r.in_long_quote(clause.start + m.start()):
        return
    if re.search(r"\b(?:next|future|will|would|due|expected)\b", body[: m.start()], re.IGNORECASE):
        return
    weeks = None
    n = m.group("n") or m.group("n3") or m.group("n4")
    if n:
        weeks = T.number(n)
    elif m.group("wl"):
        weeks = 2 if m.group("wl").lower().startswith("fortnight") else 1
    kind = (m.group("type") or m.group("type2") or "").lower() or None
    if kind == "full":
        kind = None
    if weeks is None and kind is None:
        return
    span = T.Span(clause.start + m.start(), clause.start + m.end())
    r.add(
        span,
        Kind.DATE,
        r.urns_at(sentence, clause),
        # ("By the autumn of 2021 the picture had changed. A two-week inspection ...": the
        # inspection of the year the narrative set)
        facts={
            "length": {"weeks": weeks, "kind": kind},
            "scene": _scene_year(r, sentence, clause) or _lead_days_year(r, sentence, clause),
        },
    )


# 'after a two-day visit', 'a three-day focused visit': how long a letter's visit lasted.
_VISIT_DAYS = lazyre.compile(
    r"\b(?P<n>one|two|three|four|five|[1-5])[- ]day\s+(?:(?P<kind>focused|monitoring)\s+)?visit\b",
    re.IGNORECASE,
)


def _visit_length_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'Ofsted has said after a two-day visit': the days on site of the letter the article
    speaks of."""
    body = r.text[clause.start : clause.end]
    m = _VISIT_DAYS.search(body)
    if not m or r.in_long_quote(clause.start + m.start()):
        return
    if re.search(r"\b(?:next|future|will|would|due|expected|usually|typically)\b", body, re.I):
        return
    r.add(
        T.Span(clause.start + m.start(), clause.start + m.end()),
        Kind.VISIT,
        r.urns_at(sentence, clause),
        visit_kind=(m.group("kind") or "").lower() or None,
        facts={
            "visit_days": T.number(m.group("n"))
            if not m.group("n").isdigit()
            else int(m.group("n"))
        },
    )


# Shares of councils: "three quarters of councils", "44 per cent of authorities", "one in five
# councils", "nearly half of those inspected so far".
_FRACTIONS = {
    "half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "three quarters": 3 / 4, "three-quarters": 3 / 4,
    "a fifth": 1 / 5, "one fifth": 1 / 5, "two fifths": 2 / 5, "a tenth": 1 / 10,
    "one in two": 1 / 2, "one in three": 1 / 3, "one in four": 1 / 4, "one in five": 1 / 5,
    "one in six": 1 / 6, "one in 10": 1 / 10, "one in ten": 1 / 10, "two in three": 2 / 3,
    "three in four": 3 / 4, "two in five": 2 / 5,
}  # fmt: skip
# The fractions as one alternation, longest first ("three quarters" before "a quarter").
_FRACTION_WORDS = "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True))


def _share_value(m: re.Match) -> float:
    """The share a match of the share patterns names: 'pc' per cent, or a fraction's words."""
    return float(m.group("pc")) / 100 if m.group("pc") else _FRACTIONS[m.group("share").lower()]


_SHARE = lazyre.compile(
    r"\b(?P<q>almost|nearly|about|around|roughly|approximately|some|more than|over|just over|"
    r"just under|under|less than|fewer than|at least|well over)?\s*"
    r"(?P<share>(?P<pc>\d{1,3}(?:\.\d)?)\s*(?:per\s?cent|%)|"
    + _FRACTION_WORDS
    + r")\s+(?:of\s+)?(?:all\s+|the\s+|England's\s+|(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
    # ("half of the East Midlands' ten councils", "half of the region's 12 local authorities")
    r"region)(?:'s|’s|(?<=s)['’])\s+)*"
    rf"(?:(?:\d{{2,3}}|{T.NUMBER})\s+)?(?:other\s+|English\s+)*"
    r"(?P<what>local authorities|councils|authorities|LAs|boroughs|children's services(?:\s+departments)?|"
    r"(?:those|councils|authorities)\s+inspected|inspections|(?:those|them|these))\b",
    re.IGNORECASE,
)
# The grades a share is of: "below good", "in the bottom two grades", "good or outstanding".
_GRADE_SETS = (
    (
        r"below\s+(?:a\s+)?[‘'“\"]?good|less than\s+[‘'“\"]?good|not\s+(?:yet\s+)?[‘'“\"]?good|"
        r"(?:bottom|lowest)\s+two\s+(?:grades|ratings|categories)|"
        r"requir\w+\s+improvement\W{0,3}\s+or\s+(?:[‘'“\"])?inadequate|"
        r"inadequate\W{0,3}\s+or\s+[‘'“\"]?requir\w+\s+improvement",
        ("requires_improvement", "inadequate"),
    ),
    (
        r"good\W{0,3}\s+or\s+(?:better|above|[‘'“\"]?outstanding)|at least\s+[‘'“\"]?good|"
        r"(?:top|highest)\s+two\s+(?:grades|ratings|categories)|outstanding\W{0,3}\s+or\s+[‘'“\"]?good",
        ("good", "outstanding"),
    ),
)
_INSPECTED = lazyre.compile(
    r"\b(?:(?:been|were|was|being|having been)\s+inspected|(?:have|has|having)\s+(?:now\s+)?"
    r"(?:undergone|had|received)\b[^.;]{0,40}\binspection)",
    re.IGNORECASE,
)


# "..., more than half have been rated good or better": a share of the councils just counted
_THEIR_SHARE = lazyre.compile(
    r"(?P<q>almost|nearly|about|around|roughly|more than|over|just over|just under|under|less than|fewer than)?\s*"
    r"(?P<share>" + _FRACTION_WORDS + r")"
    r"\s+(?:of\s+(?:them|these|those)\s+)?(?:have|has|were|are|had)\s+(?:now\s+)?(?:been\s+)?"
    r"(?:rated|judged|graded|found)\b",
    re.IGNORECASE,
)


_SHARE_APPOSITION = lazyre.compile(
    rf"\s*[–—-]\s*(?P<n>\d{{1,3}}|{T.NUMBER})\s+of\s+(?:the\s+|its\s+)?"
    rf"(?P<m>\d{{1,3}}|{T.NUMBER})\s*[–—-]",
    re.IGNORECASE,
)


def _share_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'three quarters of councils have been rated in the bottom two grades', 'one in five
    councils is inadequate', 'almost a third of authorities have undergone the new inspection':
    a share of councils on the day."""
    body = r.text[clause.start : clause.end]
    m = _SHARE.search(body)
    if not m or r.in_long_quote(clause.start + m.start()):
        return
    if m.group("what").lower() in ("those", "them", "these") and not re.search(
        r"\b(?:councils|authorities|local authorities|LAs)\b",
        r.text[sentence.start : clause.start + m.start()],
        re.IGNORECASE,
    ):
        return
    share = _share_value(m)
    rest = r.text[clause.start + m.end() : sentence.end]
    grades: tuple[str, ...] | None = None
    for pattern, gs in _GRADE_SETS:
        if re.search(pattern, rest, re.IGNORECASE):
            grades = gs
            break
    if grades is None:
        words = {T.grade_of(x.group(1)) for x in T.GRADE_RE.finditer(rest)}
        if len(words) == 1 and re.search(
            # ("half of the 28 councils ... have been told they require improvement")
            r"\b(?:rated|judged|graded|found|deemed|rating|judgement|judgment|"
            r"told\s+(?:that\s+)?(?:they|it|their\s+services))\b",
            rest,
            re.IGNORECASE,
        ):
            grades = (words.pop(),)
        elif not words:
            # "a third of the North East's 12 councils now hold the top rating"
            # ("... whose reports have been published under the framework have now received
            # the top grade": the group's words first)
            top = _HIGHEST.search(rest[:120])
            bottom = _LOWEST.search(rest[:120])
            if top and not bottom:
                grades = ("outstanding",)
            elif bottom and not top:
                grades = ("inadequate",)
    lead = r.text[sentence.start : clause.start]
    if (
        grades is None
        and not rest.strip(" .")
        and clause.start + m.start() == clause.start + len(body) - len(body.lstrip())
        and re.search(r"[\u2013\u2014-]\s*$", lead)
        and re.search(r"\b(?:councils|authorities|local authorities|boroughs)\b", lead, re.I)
    ):
        # "one of six North East councils rated outstanding - half of the region's 12 local
        # authorities": a share in apposition to the count before it, of that count's grade
        words = {T.grade_of(x.group(1)) for x in T.GRADE_RE.finditer(lead)}
        if len(words) == 1:
            grades = (words.pop(),)
    inspected = grades is None and bool(_INSPECTED.search(r.text[clause.start : sentence.end]))
    if grades is None and not inspected:
        return
    if re.search(
        r"\b(?:fall|fell|rise|rose|improv\w+|declin\w+|drop\w*)\b", rest[:60], re.IGNORECASE
    ):
        return  # a share of changes ("44 per cent have seen their rating fall")
    wide = r.text[clause.start : sentence.end]
    region = _REGION.search(body)
    if region is None and re.search(r"\bthe region(?:'s|’s)", m.group(0), re.I):
        # "half of the region's 12 local authorities": the region the article last named
        named = list(_REGION.finditer(r.text, max(0, sentence.start - 1500), clause.start))
        if not named:
            return  # a region ilacs cannot tell: no share of all councils
        region = named[-1]
    if region is None and re.search(r"\bthe\s+capital(?:'s|’s)", m.group(0), re.I):
        region = _REGION.search("London")  # "More than half the capital's councils"
    fw = _FRAMEWORK.search(wide) or _FRAMEWORK.search(
        r.text[max(0, sentence.start - 600) : sentence.end]
    )
    # "nearly a quarter of the 62 councils whose reports have been published under the
    # framework": a share of the councils the framework (and version) has reported on
    of_framework = bool(
        fw
        and re.match(
            r"\s*(?:(?:whose|with)\s+(?:full\s+)?(?:reports|inspections)|inspected|"
            r"reported\s+on)\b[^.;]{0,60}?\bunder\b",
            rest,
            re.IGNORECASE,
        )
    )
    fw_words, fw_year = fw.group(0) if fw else None, None
    if of_framework:
        fw_words, fw_year = _framework_in(r, sentence, clause.start + m.end(), sentence.end)
        of_framework = fw_words is not None
    r.add(
        clause,
        Kind.COUNT,
        [],
        region=_REGION_WORDS[region.group(0).lower()] if region else None,
        framework=fw_words,
        facts={
            "share": share,
            "qualifier": (m.group("q") or "").lower(),
            "grades": list(grades or ()),
            "inspected": inspected,
            "so_far": bool(
                re.search(
                    r"\bso far\b|\bto date\b|\bhave now\b|\bhaving now\b", wide, re.IGNORECASE
                )
            ),
            "phrase": m.group(0).strip(),
            **({"of_framework": True, "fw_year": fw_year} if of_framework else {}),
        },
    )
    # "More than half the capital's councils - 17 of the 33 - are now rated outstanding": the
    # count in apposition is the claim's too (checked after the share)
    app = _SHARE_APPOSITION.match(r.text, clause.start + m.end(), sentence.end)
    if app and grades and not inspected and not of_framework and fw_words is None:
        either = tuple(grades) == ("good", "outstanding")
        added = r.claims[-1]
        if (len(grades) == 1 or either) and added.start == clause.start and "share" in added.facts:
            added.end = max(added.end, app.end("m"))
            added.text = r.text[added.start : added.end]
            added.facts["apposition"] = {
                "group_before": None, "fw_year": None, "grades": [grades[0]],
                "n": T.number(app.group("n")), "total": T.number(app.group("m")),
                "national": True, "outside": False, "more": [], "below_good": False,
                "either": either, "moved_off": None, "plain": True,
            }  # fmt: skip


# "takes the number rated outstanding under the framework to 35 - just under a third of the 117
# councils inspected under it so far": the share the count before makes of the councils the
# framework has reported on
_SHARE_OF_INSPECTED = re.compile(
    r"(?P<q>almost|nearly|about|around|roughly|approximately|more than|over|just over|just under|"
    r"under|less than|fewer than|well over)?\s*(?P<share>(?P<pc>\d{1,3}(?:\.\d)?)\s*(?:per\s?cent|%)|"
    + _FRACTION_WORDS
    + rf")\s+of\s+(?:the|all)\s+(?P<m>\d{{2,3}}|{T.NUMBER})\s+(?:councils|local authorities|"
    r"authorities|LAs)\s+(?:(?:that\s+have\s+been|to\s+have\s+been|now\s+)?inspected|"
    r"(?:reported\s+on|with\s+reports\s+published))\b(?P<rest>[^.;:]*)$",
    re.IGNORECASE,
)


# "Wirral is one of 11 councils judged to require improvement overall out of the 40 inspected
# under the updated framework so far": how many councils the framework has reported on
_OUT_OF_INSPECTED = lazyre.compile(
    rf"\bout\s+of\s+(?:the\s+)?(?P<n>\d{{1,3}}|{T.NUMBER})\s+(?:(?:councils|local authorities|"
    r"authorities|LAs)\s+)?(?:(?:that\s+have\s+been|to\s+have\s+been|now|so\s+far)\s+)?"
    r"inspected\s+(?:so\s+far\s+)?under\b[^.;,]*",
    re.IGNORECASE,
)


# "(the fifth council to have leadership rated outstanding under the new framework), out of 14
# inspected so far": the framework the sentence named before
_OUT_OF_INSPECTED_SO_FAR = lazyre.compile(
    rf",\s+out\s+of\s+(?:the\s+)?(?P<n>\d{{1,3}}|{T.NUMBER})\s+(?:(?:councils|local authorities|"
    r"authorities|LAs)\s+)?(?:(?:that\s+have\s+been|to\s+have\s+been|now)\s+)?"
    r"(?:inspected|reported\s+on)\s+(?:so\s+far|to\s+date)(?=\s*[.;]|\s*$)",
    re.IGNORECASE,
)


def _out_of_inspected_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'... one of 11 councils judged to require improvement out of the 40 inspected under the
    updated framework so far': the councils the framework has reported on by the day (the
    group a bare count in the next sentence counts within)."""
    m = _OUT_OF_INSPECTED.search(r.text, clause.start, clause.end)
    tail = None if m else _OUT_OF_INSPECTED_SO_FAR.search(r.text, clause.start, clause.end)
    if tail is not None and not r.in_long_quote(tail.start()):
        fw_tail, year_tail = _framework_in(r, sentence, sentence.start, tail.start())
        n_tail = T.number(tail.group("n"))
        if fw_tail is not None and n_tail is not None and n_tail >= 2:
            start = tail.start() + 1 + len(tail.group(0)[1:]) - len(tail.group(0)[1:].lstrip())
            for c in r.claims:
                # (the rank before it ends where the count of the framework's reports begins)
                if (
                    c.type == Kind.RANK
                    and c.start < tail.start() < c.end
                    and not c.facts.get("rank_span")
                ):
                    c.end, c.text = tail.start(), r.text[c.start : tail.start()]
            r.add(
                T.Span(start, tail.end()),
                Kind.COUNT,
                [],
                framework=fw_tail,
                facts={
                    "fw_year": year_tail, "n": n_tail, "inspected": True, "national": True,
                    "grades": [],
                },
            )  # fmt: skip
        return
    n = T.number(m.group("n")) if m else None
    if m is None or n is None or n < 2 or r.in_long_quote(m.start()):
        return
    if any(
        c.type == Kind.COUNT and c.facts.get("inspected") and c.start <= m.start() < c.end
        for c in r.claims
    ):
        return
    fw_words, fw_year = _framework_in(r, sentence, m.start(), m.end())
    if fw_words is None:
        return
    r.add(
        T.Span(m.start(), m.end()),
        Kind.COUNT,
        [],
        framework=fw_words,
        facts={"fw_year": fw_year, "n": n, "inspected": True, "national": True, "grades": []},
    )


# "... to 35, out of 117 whose reports have been published - nearly a third": the councils the
# count's framework has reported on, and the share the count makes of them
_OUT_OF_REPORTED_WORDS = (
    rf"\bout\s+of\s+(?:the\s+)?(?P<m>\d{{2,3}}|{T.NUMBER})\s+(?:(?:councils|local authorities|"
    r"authorities|LAs)\s+)?(?:whose\s+(?:full\s+)?(?:reports|inspections)\s+(?:have|had)\s+"
    r"(?:now\s+|so\s+far\s+)?been\s+published|(?:(?:that\s+have\s+been|now)\s+)?inspected|"
    r"with\s+reports\s+published)(?:\s+so\s+far)?(?P<rest>)\s*[-\u2013\u2014]\s*"
)
_OUT_OF_REPORTED = lazyre.compile(_OUT_OF_REPORTED_WORDS + r"$", re.IGNORECASE)
_SHARE_WORDS = (
    r"(?P<q>almost|nearly|about|around|roughly|approximately|more than|over|just over|just under|"
    r"under|less than|fewer than|well over)?\s*(?P<share>(?P<pc>\d{1,3}(?:\.\d)?)\s*"
    r"(?:per\s?cent|%)|" + _FRACTION_WORDS + r")"
)
_JUST_SHARE = lazyre.compile(
    r"(?:" + _OUT_OF_REPORTED_WORDS + r")?" + _SHARE_WORDS + r"\W*", re.IGNORECASE
)


def _share_of_inspected_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'... to 35 - just under a third of the 117 councils inspected under it so far': how many
    councils the framework has reported on, and the share the count just before makes of them."""
    if clause.start == sentence.start:
        return
    body = r.text[clause.start : clause.end].rstrip(" .")
    m = _SHARE_OF_INSPECTED.match(body)
    start = clause.start
    if m is None:
        # "..., out of 117 whose reports have been published - nearly a third"
        m = _OUT_OF_REPORTED.search(r.text, sentence.start, clause.start)
        if m is not None and _JUST_SHARE.fullmatch(body):
            start = m.start()
            m = _JUST_SHARE.fullmatch(r.text, start, clause.start + len(body))
    size = T.number(m.group("m")) if m else None
    if not m or size is None or r.in_long_quote(clause.start):
        return
    prev = [
        c
        for c in r.claims
        if c.type == Kind.COUNT
        and sentence.start <= c.start < clause.start
        and c.facts.get("national")
        and c.facts.get("n")
        and c.framework
        and not c.region
        and not c.facts.get("inspected")
    ]
    # the framework: the count's ("under it", "out of 117 whose reports have been published")
    if not prev or (
        m.re is _SHARE_OF_INSPECTED
        and not re.search(r"\bunder\s+(?:it|that|this)\b", m.group("rest"), re.I)
    ):
        return
    p = prev[-1]
    share = _share_value(m)
    r.add(
        T.Span(start, clause.start + len(body)),
        Kind.COUNT,
        [],
        framework=p.framework,
        facts={
            "fw_year": p.facts.get("fw_year"),
            "n": size,
            "inspected": True,
            "national": True,
            "grades": [],
            "share_before": {
                "k": p.facts["n"],
                "share": share,
                "qualifier": (m.group("q") or "").lower(),
                "phrase": m.group("share"),
            },
        },
    )


# "In a letter to director of children's services Alison Hinds": whom a letter or report is
# addressed to (a letter's first page names the director it is written to)
_ADDRESSEE = lazyre.compile(
    r"\b(?:a|the|its|their|Ofsted['’]s)\s+letter,?\s+(?:(?:was\s+)?(?:sent|addressed|written)\s+)?"
    r"to\s+(?:the\s+council['’]s\s+|the\s+)?(?:(?:interim\s+|acting\s+)?(?:director\s+of\s+"
    r"children['’]s\s+services|DCS|executive\s+director\s+of\s+children['’]s\s+services)"
    r",?\s+)(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+"
    r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b",
)


def _addressee_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """Whom a letter was written to ('In a letter to director of children's services Alison
    Hinds'): the director its first page names."""
    m = _ADDRESSEE.search(r.text, clause.start, clause.end)
    if not m or r.in_long_quote(m.start()):
        return
    start = m.start()
    # (a claim read already that holds it, 'a letter to ..., published yesterday', is its own)
    if any(c.start <= start and m.end() <= c.end for c in r.claims):
        return
    lead = re.search(r"\bIn\s+$", r.text[max(sentence.start, start - 4) : start])
    if lead:
        start = max(sentence.start, start - 4) + lead.start()
    name = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", m.group("name"))
    r.add(
        T.Span(start, m.end()),
        Kind.OTHER,
        r.urns_at(sentence, clause),
        facts={"addressee": name},
    )


# "a permanent director of children's services was appointed in August 2023": a report says
# how long its DCS has been in post ('The current permanent DCS has been in post since August
# 2023')
_APPOINTED = lazyre.compile(
    r"\b(?:an?|the|its|their)\s+(?:new\s+|permanent\s+|interim\s+|current\s+)*"
    r"(?P<role>director\s+of\s+children['’]s\s+services|DCS)\s+"
    r"(?:(?:was|had\s+been|has\s+been)\s+(?:appointed|in\s+post)|took\s+up\s+(?:the\s+|her\s+|his\s+|"
    r"their\s+)?(?:post|role))\s+(?:in|since|from)\s+"
    rf"(?P<month>{T.MONTH_NAME})\s+(?P<year>{T.YEAR})\b",
    re.IGNORECASE,
)


# "since the appointment of a permanent director of children's services in December 2023"
_APPOINTMENT_OF = lazyre.compile(
    r"\bappointment\s+of\s+(?:a|an|the|its)\s+(?:(?:new|permanent|interim|current|highly|"
    r"experienced)\s+)*(?P<role>director\s+of\s+children['’]s\s+services|DCS)\s+in\s+"
    rf"(?P<month>{T.MONTH_NAME})\s+(?P<year>{T.YEAR})\b",
    re.IGNORECASE,
)


def _appointed_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """When the director of children's services came into post, as a report says it."""
    m = _APPOINTED.search(r.text, clause.start, clause.end) or _APPOINTMENT_OF.search(
        r.text, clause.start, clause.end
    )
    if not m or r.in_long_quote(m.start()):
        return
    r.add(
        T.Span(m.start(), m.end()),
        Kind.OTHER,
        r.urns_at(sentence, clause),
        facts={"appointed": (m.group("month"), m.group("year"))},
    )


# Facts about children's services that the inspection record does not hold: government
# directions and commissioners, appointments, budgets and money, companies and trusts.
_OUTSIDE = lazyre.compile(
    r"\b(?:statutory direction|direction (?:from|issued by) the (?:DfE|Department for Education|"
    r"Secretary of State|government)|(?:children's services )?commissioner|"
    r"(?:government|ministerial|DfE) intervention|intervention (?:by|from) the (?:government|DfE|Secretary)|"
    r"appoint(?:ed|ment)|promoted|chief executive|director of children's services|"
    r"budget|£\s?\d[\d.,]*\s?(?:m|bn|million|billion|k)?\b|\d+(?:\.\d+)?\s?(?:million|billion)|"
    r"invest(?:ed|ment)|funding|(?:council-owned )?company|trust took over|took over|"
    # (a child's death, and what was ordered after it)
    r"murder(?:ed)?\s+of|death\s+of)",
    re.IGNORECASE,
)


def _outside_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """A statement of fact about a direction, a commissioner, an appointment or money: not in
    the inspection record (checked claims of the same words win over it)."""
    body = r.text[clause.start : clause.end]
    m = _OUTSIDE.search(body)
    if not m or _inside(r.quotes, clause.start + m.start()) is not None:
        return
    if any(c.start < clause.end and clause.start < c.end for c in r.claims):
        return
    # a statement, not a quotation of someone's view or a question
    if body.rstrip().endswith("?") or len(body.split()) < 5:
        return
    # up to where the record begins to speak: a quotation, Ofsted, the inspectors
    end = clause.end
    stop = re.compile(
        r"[“\"‘]|\b(?:after|following|when|as)\b[^.;]{0,40}\b(?:Ofsted|inspector|report)",
        re.IGNORECASE,
    )
    cut = stop.search(r.text, clause.start + m.end(), clause.end)
    if cut:
        end = cut.start()
    # a title and the name set beside it ('The council's director of children's services,
    # Florence Kroll, must now send ...'): the appointment is the title, what follows is a
    # claim of its own
    named = re.match(
        r",\s+(?:(?:Mc|Mac|O['’])?[A-Z][\w'’-]+\s+){1,3}?(?:Mc|Mac|O['’])?[A-Z][\w'’-]+,\s+"
        r"(?!and\b|who\b|which\b)",
        r.text[clause.start + m.end() : end],
    )
    if named:
        end = clause.start + m.end() + named.end()
    span = T.Span(*_trim_span(r.text, clause.start, end))
    if span.end - span.start < 20:
        return
    r.add(span, Kind.OTHER, r.urns_at(sentence, clause), facts={"outside": m.group(0)})


# "Ofsted's current inspection framework, which was introduced in January 2023", "the
# framework, which has judged care leavers separately since it came into force in January 2023":
# when a framework came in (its first inspections)
_FW_CAME_IN = lazyre.compile(
    r"\b(?:framework|regime|system)\b(?:,?\s+(?:which|that)\s+(?:was\s+)?|\s+(?=introduced\s)|"
    r"[^.;]{0,80}?\b(?:since|"
    r"when)\s+it\s+(?:was\s+)?)(?P<verb>introduced|launched|brought\s+in|came\s+in(?:to\s+"
    r"(?:force|effect))?)\s+(?:in\s+(?P<d>(?:" + T.MONTH_NAME + r"\s+)?20[0-3]\d)\b|"
    # ("the inspection framework introduced last year")
    r"(?P<rel>last\s+year|this\s+year)\b)",
    re.IGNORECASE,
)


# "councils are no longer given a single overall effectiveness grade", "the framework, which
# no longer awards a grade for overall effectiveness": the framework of April 2026
_NO_OVERALL_GRADE = lazyre.compile(
    r"\bno\s+longer\s+(?:(?:gives?|given|awards?|awarded|receives?|gets?|issues?|makes?|"
    r"includes?|produces?|has|have)\s+)(?:councils\s+|authorities\s+|them\s+)?(?:an?\s+|the\s+)?"
    r"(?:single\s+|separate\s+|headline\s+)?(?:grade\s+for\s+overall\s+effectiveness|overall\s+"
    r"(?:effectiveness\s+)?(?:grade|rating|judge?ment|verdict))\b",
    re.IGNORECASE,
)


def _no_overall_grade_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """That inspections no longer give an overall effectiveness grade: true of the framework
    in use from April 2026, as a claim of its own (`facts['no_overall']`)."""
    m = _NO_OVERALL_GRADE.search(r.text, clause.start, clause.end)
    if m is None or r.in_long_quote(m.start()):
        return
    if re.search(
        r"\b(?:will|would|shall|is\s+to|are\s+to|set\s+to|plans?\s+to|due\s+to)\s+(?:\w+\s+)?$",
        r.text[clause.start : m.start()],
        re.IGNORECASE,
    ):
        return  # "inspections will no longer produce an overall grade": a plan, not the record
    if any(c.start <= m.start() < c.end for c in r.claims):
        return
    # (from the subject of 'no longer', after any aside: "which came into use this year,
    # councils are no longer given ...")
    comma = r.text.rfind(", ", clause.start, m.start())
    start = comma + 2 if comma >= 0 else clause.start
    start += len(r.text[start : m.start()]) - len(r.text[start : m.start()].lstrip(" ,;:–—-"))
    r.add(T.Span(*_trim_span(r.text, start, m.end())), Kind.OTHER, [], facts={"no_overall": True})


def _framework_date_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """When the framework named came in, as a date claim of its own."""
    for m in _FW_CAME_IN.finditer(r.text, sentence.start, sentence.end):
        if not (clause.start <= m.start("verb") < clause.end) or r.in_long_quote(m.start()):
            continue
        fw = _FRAMEWORK.search(r.text, max(sentence.start, m.start() - 80), m.end())
        words = fw.group(0) if fw else r.text[max(sentence.start, m.start() - 40) : m.start()]
        if m.group("rel"):
            y = r.as_of.year - (1 if m.group("rel").lower().startswith("last") else 0)
            days = [
                T.When(m.start("rel"), m.end("rel"), date(y, 1, 1), date(y, 12, 31), "year", True)
            ]
        else:
            days = T.dates(m.group("d"), r.as_of, m.start("d"))
            if not days or days[0].relative:
                continue
        start = m.start("verb")
        lead = re.search(r"\b(?:which|that|since|when)\s+(?:it\s+)?(?:was\s+)?$", r.text[:start])
        if lead and lead.start() >= m.start():
            start = lead.start()
        r.add(
            T.Span(start, m.end()),
            Kind.DATE,
            [],
            dates=[(days[0].first, days[0].precision)],
            facts={"fw_came_in": words},
        )


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:–—-\n":
        end -= 1
    return start, end


# "it joins Essex and Suffolk as the region's only outstanding authorities", "Manchester joins
# Leeds as the only two councils in the North West rated good": how many hold the grade on the
# day, the council and those named among them
_JOINS_ONLY = lazyre.compile(
    r"\bjoin(?:s|ed|ing)?\s+(?P<names>[A-Z][^.;:]{0,120}?)\s+as\s+(?:the\s+)?"
    r"(?:(?:region|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:'s|’s)\s+)?only\s+"
    rf"(?:(?P<k>{T.NUMBER})\s+)?(?:(?:other\s+)?(?P<g>{T.GRADE_WORDS})\s+|(?:other\s+)?)"
    # "as the only London boroughs currently rated inadequate": the place before the noun
    rf"(?:(?!(?:{T.GRADE_WORDS})\b)[A-Z][\w-]*\s+){{0,3}}"
    r"(?:councils|authorities|local\s+authorities|boroughs|LAs)\b"
    # "... only councils in the West Midlands whose children's services are currently rated
    # inadequate": the grade a few words on
    rf"(?:\s+(?:[\w'’-]+\s+){{0,9}}?(?:rated|judged|graded)\s+(?:as\s+)?['‘\"“]?(?P<g2>{T.GRADE_WORDS}))?",
    re.IGNORECASE,
)


def _joins_only_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'In the East of England, it joins Essex and Suffolk as the region's only outstanding
    authorities': the councils of the region holding the grade on the day are these."""
    m = _JOINS_ONLY.search(r.text, clause.start, clause.end)
    if not m or r.in_long_quote(m.start()):
        return
    g = m.group("g") or m.group("g2")
    if not g:
        return
    others = _urns(
        x for x in r.mentions if m.start("names") <= x.start < m.end("names") and x.la.urn
    )
    if not others:
        return
    urns = [
        u
        for u in r.urns_at(T.Span(sentence.start, m.start()), T.Span(clause.start, m.start()))
        if u not in others
    ]
    if not urns:
        return
    n = T.number(m.group("k")) if m.group("k") else len(others) + 1
    region = _REGION.search(r.text, sentence.start, sentence.end)
    r.add(
        T.Span(*_trim_span(r.text, clause.start, clause.end)),
        Kind.RANK,
        urns[:1],
        region=_REGION_WORDS[region.group(0).lower()] if region else None,
        facts={
            "grades": [T.grade_of(g)], "phrase": m.group(0), "n": n, "area": None,
            "test_before": False,
            "in_region": bool(re.search(r"\bthe region(?:'s|’s)", m.group(0), re.I)),
            "only": False, "one_of_first": False, "first_n": None, "from_to": False,
            "plain": True, "off": None, "below_good": False, "every": False,
            "published_only": False, "this_year": False, "fw_year": None, "place": None,
            "others": others, "others_when": None, "to_achieve": False, "also": {},
            "no_list": False, "streak": None, "hold": True,
        },
    )  # fmt: skip


# "The other five are Essex, North Yorkshire, Bromley, Redbridge and Thurrock": the rest of the
# group a rank just before counted
_THE_OTHER_N = lazyre.compile(
    rf"\W*The\s+other\s+(?P<k>{T.NUMBER})\s+(?:are|were|include)\s+(?P<names>[A-Z][^.;]*)",
)


def _other_members_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'Westminster has become one of only seven councils rated outstanding in all five
    judgements ... The other five are A, B, C, D and E': the group the rank counted holds them."""
    if clause.start != sentence.start:
        return
    m = _THE_OTHER_N.match(r.text, sentence.start, sentence.end)
    if not m:
        return
    prev = [
        c
        for c in r.claims
        if c.type == Kind.RANK
        and c.facts.get("n")
        and c.number is None
        and sentence.start - 600 <= c.start < sentence.start
        and c.urns
    ]
    members = _urns(
        x for x in r.mentions if m.start("names") <= x.start < m.end("names") and x.la.urn
    )
    k = T.number(m.group("k"))
    if not prev or k is None or len(members) != k:
        return
    p = prev[-1]
    r.add(
        T.Span(*_trim_span(r.text, sentence.start, sentence.end)),
        Kind.RANK,
        list(p.urns),
        region=p.region,
        framework=p.framework,
        facts={**p.facts, "members": members, "others": []},
    )


# "13 of the 33 London authorities now hold an outstanding rating, though most of those were
# awarded under the previous version of the framework": the frameworks of the holders' reports
_MOST_OF_THOSE = lazyre.compile(
    r"\b(?P<q>most|all|none|half|the\s+majority)\s+of\s+(?:those|these|them)\s+(?:ratings?\s+|"
    r"grades?\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:awarded|given|received|achieved|earned|"
    r"gained|made)\s+under\s+(?:the\s+|its\s+|Ofsted['’]s\s+)?(?P<which>previous|old|older|earlier|"
    r"former|current|new|latest|updated|revised)\s+(?:version\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?:framework|regime)\b",
    re.IGNORECASE,
)


def _most_of_those_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'..., though most of those were awarded under the previous version of the framework':
    how many of the holders the count before counted have their grade from a report under the
    framework of the day, or an older one."""
    m = _MOST_OF_THOSE.search(r.text, clause.start, clause.end)
    if not m or r.in_long_quote(m.start()):
        return
    prev = [
        c
        for c in r.claims
        if c.type == Kind.COUNT
        and c.facts.get("national")
        and c.facts.get("grades")
        and sentence.start <= c.start < m.start()
    ]
    if not prev:
        return
    p = prev[-1]
    q = " ".join(m.group("q").lower().split())
    r.add(
        T.Span(m.start(), m.end()),
        Kind.COUNT,
        [],
        region=p.region,
        facts={
            "of_those": {"grade": p.facts["grades"][0], "n": p.facts["n"]},
            "quant": "most" if q == "the majority" else q,
            "older": m.group("which").lower() in ("previous", "old", "older", "earlier", "former"),
        },
    )


# "It is the second focused visit to Dudley since its last full inspection in the autumn of
# 2022", "the third monitoring visit since the last inspection": how many letters of that kind
# came after the council's last full inspection, this one included
_NTH_VISIT_SINCE = lazyre.compile(
    rf"\b(?P<ord>{T.ORDINAL}|first)\s+(?P<kind>focused|monitoring)\s+visits?\b"
    r"(?:\s+(?:to|of|at|in)\s+[^.;,]{0,50}?)?\s+since\s+(?:its|the|their|the\s+council['’]s)\s+"
    r"(?:(?:last|previous|most\s+recent|latest)\s+)?(?:full\s+|standard\s+|graded\s+|ILACS\s+)?"
    r"inspection\b",
    re.IGNORECASE,
)


def _nth_visit_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'the second focused visit to Dudley since its last full inspection': a count of letters."""
    for m in _NTH_VISIT_SINCE.finditer(r.text, clause.start, clause.end):
        if r.in_long_quote(m.start()):
            continue
        n = 1 if m.group("ord").lower() == "first" else T.number(m.group("ord"))
        if not n:
            continue
        r.add(
            T.Span(m.start(), m.end()),
            Kind.COUNT,
            r.urns_at(sentence, clause),
            number=n,
            facts={"nth_visit": m.group("kind").lower() + "_visit", "n": n},
        )


# "No safeguarding board in the South West has yet been rated outstanding", "not one LSCB in
# the region has been judged inadequate": none of the boards' judgements (the LSCB judgement
# of the single inspection framework) in a region, or in England; a count, not the grade of a
# council named near it
_NO_BOARD = lazyre.compile(
    r"\b(?:[Nn]o|[Nn]ot\s+(?:one|a\s+single)|[Nn]one\s+of\s+the)\s+"
    rf"(?:(?P<r1>{_REGION.pattern})(?:['’]s?)?\s+)?"
    r"(?:(?:local\s+)?safeguarding\s+(?:children(?:['’]s)?\s+)?boards?|LSCBs?)"
    rf"(?:\s+(?:in|across)\s+(?:the\s+)?(?:(?P<r2>{_REGION.pattern})|(?P<own>region)|"
    r"(?P<eng>England|the\s+country))\b)?"
    r"\s+(?:has|have|had|is|was|were|are)\s+(?P<ever>(?:yet|ever|so\s+far)\s+)?(?:been\s+)?"
    r"(?P<ever2>(?:yet|ever)\s+)?(?:rated|judged|graded|found\s+to\s+be)\s+['‘\"“]?"
    rf"(?P<g>{T.GRADE_WORDS})\b",
    re.IGNORECASE,
)


def _no_board_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'No safeguarding board in the South West has yet been rated outstanding': a count of
    none of the boards' judgements in a region (or England)."""
    m = _NO_BOARD.search(r.text, clause.start, clause.end)
    if m is None or r.in_long_quote(m.start()):
        return
    said = m.group("r1") or m.group("r2")
    region = _REGION_WORDS.get(" ".join(said.lower().split())) if said else None
    if said and region is None:
        return
    if m.group("own"):
        try:
            region = register.by_urn(r.main).region if r.main else None
        except NotFound:
            region = None
        if region is None:
            return
    span = T.Span(m.start(), m.end())
    r.claims[:] = [
        c
        for c in r.claims
        if not (c.type in (Kind.GRADE, Kind.TREND) and span.start <= c.start < span.end)
    ]
    r.add(
        span,
        Kind.COUNT,
        [],
        region=region,
        facts={
            "no_board": True,
            "grades": [T.grade_of(m.group("g"))],
            "n": 0,
            # ("has yet been rated": any board's judgement by then; "is rated": the latest)
            "ever": bool(
                m.group("ever") or m.group("ever2") or re.search(r"\sha[sdv]e?\s", m.group(0))
            ),
            "area": "lscb",
        },
    )


# "Under the 2023 framework alone, 28 of the 98 inspections published so far have resulted in an
# outstanding grade", "12 of the 40 reports issued under the new framework have rated councils
# inadequate": a count within the reports a framework has made (not a grade of the council)
_OF_REPORTS = lazyre.compile(
    rf"\b(?P<k>\d+|{T.NUMBER})\s+of\s+(?:the\s+)?(?P<m>\d+|{T.NUMBER})\s+(?:full\s+)?"
    r"(?:(?:ILACS|SIF)\s+)?(?:inspections|inspection\s+reports|reports|judgements|verdicts)\b"
    r"(?P<mid>[^.;:]{0,80}?)\s+(?:have\s+|has\s+|had\s+)?(?:so\s+far\s+|now\s+)?"
    r"(?:resulted\s+in|ended\s+in|produced|given|awarded|handed\s+out|brought|"
    r"(?:been\s+|were\s+)?(?:rated|judged|graded))\s+(?:an?\s+|the\s+)?"
    rf"(?:overall\s+)?['‘\"“]?(?P<g>{T.GRADE_WORDS})['’\"”]?",
    re.IGNORECASE,
)


def _of_reports_count_claims(r: Reader, sentence: T.Span, clause: T.Span) -> None:
    """'28 of the 98 inspections published so far (under the 2023 framework) have resulted in
    an outstanding grade': a count within the framework's reports."""
    m = _OF_REPORTS.search(r.text, clause.start, clause.end)
    if m is None or r.in_long_quote(m.start()):
        return
    if re.search(r"\b(?:recommendations?|areas?|children|cases|families)\b", m.group("mid"), re.I):
        return
    k, size = T.number(m.group("k")), T.number(m.group("m"))
    if k is None or size is None or k > size:
        return
    fw_words, fw_year = _framework_in(r, sentence, sentence.start, sentence.end)
    if fw_words is None:
        return  # (reports of no framework named: no group ilacs forms)
    if any(c.type == Kind.COUNT and c.start <= m.start() < c.end for c in r.claims):
        return  # (read as a count already)
    span = T.Span(m.start(), m.end())
    r.claims[:] = [
        c
        for c in r.claims
        if not (c.type in (Kind.GRADE, Kind.TREND) and span.start <= c.start < span.end)
    ]
    r.add(
        span,
        Kind.COUNT,
        [],
        framework=fw_words,
        facts={
            # (reports, not councils: a group whose size the record does not give is no
            # contradiction, "later")
            "group": {"size": size, "before": False, "first": False, "later": True},
            "fw_year": fw_year,
            "since": None,
            "n": k,
            "group_share": None,
            "grades": [T.grade_of(m.group("g"))],
            "area": None,
            "any_area": False,
            "named": [],
            "of_reports": True,
        },
    )


DETECTORS = (
    _grade_claims,
    _area_list_claims,
    _date_claims,
    _birth_claims,
    _recent_claims,
    _jump_claims,
    _each_move_claims,
    _duration_claims,
    _inspector_claims,
    _inspector_count_claims,
    _recommendation_count_claims,
    _no_recs_rank_claims,
    _nth_visit_claims,
    _visit_claims,
    _framework_date_claims,
    _no_overall_grade_claims,
    _rank_claims,
    _joins_only_claims,
    _other_members_claims,
    _most_of_those_claims,
    _only_council_claims,
    _places_only_claims,
    _count_claims,
    _group_count_claims,
    _region_tally_claims,
    _one_of_then_count_claims,
    _and_one_of_nationally_claims,
    _among_n_rated_claims,
    _first_time_claims,
    _published_together_claims,
    _share_claims,
    _share_of_inspected_claims,
    _out_of_inspected_claims,
    _length_claims,
    _visit_length_claims,
    _addressee_claims,
    _appointed_claims,
    _outside_claims,
    _no_board_claims,
    _of_reports_count_claims,
)


_AT_THE_LAST = lazyre.compile(
    r"\W*(?:At|In|During)\s+(?:the|its|their)\s+(?:last|previous)\s+(?:full\s+|Ofsted\s+)?"
    r"inspection\s*,",
    re.IGNORECASE,
)


# "since April 2018, a few months after a re-inspection judged services inadequate", "..., weeks
# after neighbouring Cheshire East was also given the lowest overall grade": an inspection some
# days, weeks or months before a date the sentence gives (or the article's day)
_MONTHS_AFTER = lazyre.compile(
    r",\s*(?:just\s+|only\s+)?(?:a\s+few\s+|a\s+couple\s+of\s+|several\s+|some\s+|two\s+|three\s+|"
    r"four\s+|five\s+|six\s+)?(?P<unit>days|weeks|months)\s+after\s+(?:(?:an?|the|its|their)\s+"
    r"(?:full\s+|Ofsted\s+)?(?:re-?inspection|inspection|report|visit)\s+|neighbouring\s+)?$",
    re.IGNORECASE,
)
_AFTER_STRETCH = {"days": 31, "weeks": 120, "months": 366}


def _dated_months_after(r: Reader) -> None:
    """A grade given some days, weeks or months before a time the sentence names ("... since
    April 2018, a few months after a re-inspection judged services inadequate for the second
    time in a row"), or before the article's news ("..., weeks after neighbouring Cheshire East
    was also given the lowest overall grade"), is of that stretch before it: not of a year told
    before the words ("since 2020")."""
    for c in r.claims:
        if c.type not in (Kind.GRADE, Kind.TREND):
            continue
        sentence = r.sentence_of(c.start)
        if sentence is None:
            continue
        m = _MONTHS_AFTER.search(r.text, sentence.start, c.start)
        if m is None or m.end() != c.start:
            continue
        items = [it for it in c.facts.get("grades") or [] if isinstance(it, dict)]
        if not items or any(w.end > m.start() for it in items for w in it.get("whens") or []):
            continue
        # (from a month or day told right before: "since April 2018, a few months after";
        # not from a bare year, "a 'significant deterioration' since 2020, weeks after", which
        # the news itself is weeks after)
        told = T.dates(r.text[sentence.start : m.start()], r.as_of, sentence.start)
        then = (
            told[-1].first
            if told and told[-1].end >= m.start() - 2 and told[-1].precision in ("month", "day")
            else r.as_of
        )
        back = timedelta(days=_AFTER_STRETCH[m.group("unit").lower()])
        window = T.When(m.start(), m.end(), then - back, then, "range", False)
        for it in items:
            it["whens"] = [window]
            it["role"] = "previous"
        if c.facts.get("whens"):
            c.facts["whens"] = [window]


# "after Richmond's on August 12", "Richmond's report on August 12": the council whose report
# a date right after it is of
_OWNED_DATE_GAP = lazyre.compile(
    r"['’]s\s+(?:(?:own\s+|latest\s+|last\s+)?(?:report|inspection|visit)\s+)?$", re.IGNORECASE
)


def _possessive_before(r: Reader, at: int) -> int | None:
    """The council named in the possessive right before position `at`, if any."""
    window = max(0, at - 60)
    mentions = T.councils(r.text[window:at])
    if not mentions:
        return None
    last = mentions[-1]
    if not _OWNED_DATE_GAP.fullmatch(r.text, window + last.end, at):
        return None
    return last.la.urn


def extract(article: str, as_of: date, reader: Reader | None = None) -> list[Claim]:
    """Every claim about the inspection record that `article` makes, in order, unchecked.

    `reader` is a `Reader` of the same article and day, when the caller has made one already."""
    r = reader or Reader(article, as_of)
    for sentence in r.sentence_spans:
        r.sentence = sentence
        for clause in T.clauses(article, sentence):
            for detect in DETECTORS:
                detect(r, sentence, clause)
    _unswallow_inspectors(r)
    _drop_grades_of_group_counts(r)
    _dated_months_after(r)
    # a claim whose council was carried over from an earlier paragraph may be about the
    # article's own council after all: the checker tries it too
    for c in r.claims:
        if r.main and c.urns and r.main not in c.urns:
            sentence = r.sentence_of(c.start) or T.Span(c.start, c.end)
            paragraph = r.text.rfind("\n", 0, sentence.start) + 1
            if _subject_before(r, sentence, c.urns):
                c.facts["own_subject"] = True
            elif not r.named_in(paragraph, sentence.end) & set(c.urns):
                c.facts["alt_urns"] = [r.main]
    for c in r.claims:
        if c.type == Kind.DATE:
            c.facts["lead"] = r.text[max(0, c.start - 16) : c.start]  # "its " before "previous..."
            owner = _possessive_before(r, c.start)
            if owner is not None and owner in c.urns:
                # ("Ofsted published Merton's report yesterday, 15 days after Richmond's on
                # August 12": the day of Richmond's report)
                c.urns = [owner]
            # ("Kingston was rated outstanding in 2019, having been judged good at its previous
            # full inspection in 2015": the sentence before the date's words)
            its_sentence = r.sentence_of(c.start)
            at = its_sentence.start if its_sentence is not None else c.start
            c.facts["sentence_before"] = r.text[at : c.start]
            to = its_sentence.end if its_sentence is not None else c.end
            c.facts["sentence_after"] = r.text[c.end : max(c.end, to)]
            # ("When inspectors visited in February and March 2022 they rated the borough
            # inadequate ... They found a significant deterioration since the previous
            # inspection in 2016": the sentence before, in the same paragraph, sets the time)
            prev = [s for s in r.sentence_spans if s.end <= at]
            if prev and "\n" not in r.text[prev[-1].start : at]:
                c.facts["paragraph_before"] = r.text[prev[-1].start : prev[-1].end]
        if c.type in (Kind.RANK, Kind.COUNT) or (
            c.type == Kind.RECOMMENDATION and c.facts.get("what") == "count"
        ):
            # the whole sentence: "Manchester joins Leeds, ..., as the only two" (the checker
            # lets a failed reading go when the sentence says what it cannot model)
            span = r.sentence_of(c.start)
            if span is not None:
                c.facts["before"] = r.text[span.start : c.start]
                c.facts["after"] = r.text[c.end : span.end]
                if c.facts.get("rank_span"):
                    # (the others named after a rank: the rank's own words, for its check)
                    a, b = c.facts.pop("rank_span")
                    c.facts["rank_text"] = r.text[a:b]
                    c.facts["rank_before"] = r.text[span.start : a]
                    c.facts["rank_after"] = r.text[b : span.end]
    _counts_over_asides(r)
    _drop_grades_of_none_of_councils(r)
    _counts_in_subregions(r)
    _grade_then_move(r)
    _that_area(r)
    _kept_grade(r)
    _compared_nationally(r)
    _framework_said_before(r)
    _notice_after(r)
    for c in r.claims:
        # ("out of its 'inadequate' rating in all four judgement areas": every one of so many)
        if c.number is not None and c.type in (Kind.GRADE, Kind.TREND):
            for it in c.facts.get("grades") or []:
                if isinstance(it, dict) and it.get("all"):
                    it["counted"] = True
    _years_later(r)
    _years_earlier(r)
    _in_that_area(r)
    _only_one_of_those(r)
    _this_is_the_first(r)
    _finding_shares_time(r)
    _counted_of_those_reported(r)
    _framework_date_only(r)
    # "Dudley will be lucky to escape requires improvement for a third time in a row": a
    # forecast of an inspection to come, not a grade given
    r.claims[:] = [
        c
        for c in r.claims
        if c.type not in (Kind.TREND, Kind.GRADE) or not _FORECAST_ESCAPE.search(c.text)
    ]
    _split_aside(r)
    r.claims.sort(key=lambda c: (c.start, c.end))
    _up_from_of_the_clause_before(r)
    _rank_takes_the_test_after(r)
    _rank_takes_the_move_after(r)
    _left_as_the_only(r)
    _both_of_the_list_before(r)
    _join_contrasts(r)
    _runs_to_event(r)
    return r.claims


# "14 of London's 33 councils now hold an outstanding rating, compared with 33 out of 153
# councils across England as a whole", "..., against 18 nationally": the same count in England
_COMPARED_NATIONALLY = lazyre.compile(
    rf",?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:just\s+|only\s+)?"
    rf"(?P<n>\d+|{T.NUMBER})(?:\s+(?:out\s+of|of)\s+(?P<m>\d+|{T.NUMBER}))?\s+"
    r"(?:councils\s+|local\s+authorities\s+|authorities\s+)?(?:across\s+England(?:\s+as\s+a\s+whole)?|"
    r"in\s+England|nationally|across\s+the\s+country|in\s+the\s+country)\b",
    re.IGNORECASE,
)


def _compared_nationally(r: Reader) -> None:
    """A region's count set beside England's in the same words: England's is a count claim of
    its own, of the same grade."""
    for c in list(r.claims):
        if c.type != Kind.COUNT or not c.region or c.facts.get("n") is None:
            continue
        if not c.facts.get("grades") or c.facts.get("tally_first") or c.facts.get("group"):
            continue
        sentence = r.sentence_of(c.start)
        if sentence is None:
            continue
        m = _COMPARED_NATIONALLY.search(r.text, c.start, sentence.end)
        if not m or T.number(m.group("n")) is None or m.start() > c.end + 20:
            continue
        if any(
            x.start < m.end() and m.start("n") < x.end
            for x in r.claims
            if x is not c and x.type in (Kind.COUNT, Kind.RANK)
        ):
            continue
        if m.start() < c.end:
            # (the region's count ends where England's begins)
            c.end = m.start()
            c.text = r.text[c.start : c.end]
        r.add(
            T.Span(m.start("n"), m.end()),
            Kind.COUNT,
            [],
            region=None,
            framework=c.framework,
            facts={
                **c.facts,
                "n": T.number(m.group("n")),
                "total": T.number(m.group("m")) if m.group("m") else None,
                "more": [],
                "national": True,
                "plain": True,
            },
        )


_FORECAST_ESCAPE = lazyre.compile(
    r"\b(?:will|would|could|might|may|is\s+(?:likely|unlikely|expected|set)\s+to)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:escape|avoid|dodge|stave\s+off)\b",
    re.IGNORECASE,
)
# "That area has now moved up a grade", "This judgement is now outstanding": the judgement the
# sentence before named last
_THAT_AREA = lazyre.compile(
    r"\W*(?:(?:and|but|so)\s+)?(?:that|this|the\s+same)\s+(?:area|judge?ment|service)\b",
    re.IGNORECASE,
)


def _that_area(r: Reader) -> None:
    """'... but help and protection for children was judged only good. That area has now moved
    up a grade.': a grade or move whose subject points back to a judgement is that judgement's,
    not the council's overall effectiveness."""
    for c in r.claims:
        if c.type not in (Kind.TREND, Kind.GRADE) or T.areas_in(c.text):
            continue
        spans = r.sentence_spans
        k = next((i for i, x in enumerate(spans) if x.start <= c.start < x.end), None)
        if not k:
            continue
        if not _THAT_AREA.match(r.text, spans[k].start, c.end):
            # "But help and protection has not recovered. It was judged to require improvement
            # ...": 'it' after a sentence whose subject is a judgement
            prev = spans[k - 1]
            first = T.areas_in(r.text[prev.start : prev.end])
            if not (
                re.match(
                    r"\W*It\s+(?:was|is|has\s+been|had\s+been|remains|remained)\s+"
                    r"(?:(?:also|again|still|now|once\s+more)\s+)*(?:rated|judged|graded|found|"
                    r"deemed|requires?|required|good|outstanding|inadequate)\b",
                    r.text[spans[k].start : c.end],
                )
                and first
                and first[0][2] != "overall"
                and re.fullmatch(
                    r"\W*(?:(?:But|And|However|Yet|Meanwhile|Now),?\s+)?(?:the\s+|its\s+)?",
                    r.text[prev.start : prev.start + first[0][0]],
                )
            ):
                continue
        named = []
        for before in spans[max(0, k - 2) : k][::-1]:
            # (the sentence before, or the one before it when that names none)
            named = [a for a in T.areas_in(r.text[before.start : before.end]) if a[2] != "overall"]
            if named:
                break
        if not named:
            continue
        area = named[-1][2]
        if c.type == Kind.TREND and c.facts.get("area") in (None, "overall"):
            c.facts["area"] = area
        for it in c.facts.get("grades") or []:
            if isinstance(it, dict) and not it.get("areas"):
                it["areas"] = [area]


# "It kept that rating in 2022", "a grade it retained in 2021", "held on to the rating when
# inspectors returned in 2022": the grade told just before, given again at an inspection of that
# time
_KEPT = lazyre.compile(
    r"\b(?:(?:kept|retained|maintained|held\s+on\s?to|hung\s+on\s+to|kept\s+hold\s+of|repeated)"
    r"\s+(?:that|the|this|its|their)\s+(?:same\s+)?(?:(?:top|overall|top-tier|highest)\s+)?"
    r"(?:grade|rating|judge?ment|verdict|score|status|feat)"
    r"|(?:a|the)\s+(?:same\s+)?(?:(?:top|overall|top-tier|highest)\s+)?"
    r"(?:grade|rating|judge?ment|verdict|status)\s+(?:(?:which|that)\s+)?(?:it|the\s+council|the\s+"
    r"authority|the\s+borough|the\s+county|the\s+city)\s+(?:has\s+|then\s+|later\s+)?"
    r"(?:kept|retained|maintained|held\s+on\s?to|repeated))"
    r"(?:\s+(?:again|once\s+more))?\s*,?\s+"
    r"(?:(?:in|at)\s+(?:its|the)\s+(?:next|following|subsequent|latest|last|most\s+recent)\s+"
    r"(?:full\s+|Ofsted\s+)?inspection\s*,?\s+(?:in\s+)?|when\s+(?:inspectors|Ofsted)\s+"
    r"(?:returned|came\s+back|visited\s+again|next\s+visited)\s+in\s+|in\s+)"
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _kept_grade(r: Reader) -> None:
    """'Leeds was first rated outstanding in December 2018. It kept that rating in 2022.': the
    grade told just before (of the same council, with its judgements) given again by the
    inspection of that year, a claim of its own (a year with no such inspection contradicts)."""
    spans = r.sentence_spans
    for m in _KEPT.finditer(r.text):
        k = next((i for i, x in enumerate(spans) if x.start <= m.start() < x.end), None)
        if k is None:
            continue
        # the grade told just before: in this sentence, or the one before it in its paragraph
        lo = (
            spans[k - 1].start
            if k and "\n" not in r.text[spans[k - 1].end : m.start()]
            else spans[k].start
        )
        told = [
            c
            for c in r.claims
            if c.type in (Kind.GRADE, Kind.TREND)
            and lo <= c.start < m.start()
            and len(c.urns) == 1
            and any(isinstance(it, dict) and it.get("grade") for it in c.facts.get("grades") or [])
        ]
        if not told:
            continue
        x = told[-1]
        # (no other council named between: "..., while Kent kept its rating in 2022")
        if any(
            mm.la.urn and mm.la.urn not in x.urns
            for mm in r.mentions
            if x.start <= mm.start < m.start()
        ):
            continue
        item = [it for it in x.facts["grades"] if isinstance(it, dict) and it.get("grade")][-1]
        if item.get("negated") or item.get("moved"):
            continue
        y = int(m.group("y"))
        when = T.When(m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31), "year")
        start = spans[k].start if k and spans[k].start > x.end else m.start()
        if start == m.start() and x.end <= m.start():
            # ("..., and held on to the rating in 2021": from the words after the comma)
            cut = re.search(r"[,;–—]\s*((?:\w+\s+){0,2})$", r.text[x.end - 1 : m.start()])
            if cut:
                start = x.end - 1 + cut.start(1)
        start, end = T._trim(r.text, start, m.end())
        if any(c.start <= start and end <= c.end and c is not x for c in r.claims):
            continue
        if x.end > start:
            # the grade's claim ends where the grade kept begins
            x.end = T._trim(r.text, x.start, start)[1]
            x.text = r.text[x.start : x.end]
        again = dict(item, role="current", whens=[when], pos=m.start("y"), date_adjacent=True)
        c = Claim(start, end, r.text[start:end], Kind.TREND, list(x.urns))
        c.grade_scope = x.grade_scope if x.grade_scope == "all" else None
        c.dates = [(when.first, when.precision)]
        c.facts = {
            "grades": [again],
            "whens": [when],
            "previous_cue": True,
            "several": False,
            "from_to": False,
            "consecutive": 2,
            "consecutive_exact": False,
            "again": False,
            "kept": True,
        }
        r.claims.append(c)


# "..., up from requires improvement at the last inspection": where a grade's move begins
_UP_FROM = lazyre.compile(r",\s+(?=(?:up|down)\s+(?:\w+\s+){0,3}?from\b)", re.IGNORECASE)


def _grade_then_move(r: Reader) -> None:
    """'Blackburn with Darwen's children's services have been rated good by Ofsted, up from
    requires improvement at the last inspection in 2021': the grade now and the move to it are
    two claims, each with its own verdict (the grade holds when the year of the one before is
    wrong)."""
    for c in list(r.claims):
        if c.type != Kind.TREND:
            continue
        items = c.facts.get("grades") or []
        m = _UP_FROM.search(c.text)
        if not m or not items or not all(isinstance(it, dict) for it in items):
            continue
        cut = c.start + m.start()
        now = [it for it in items if it.get("role") == "current" and it.get("pos", cut) < cut]
        was = [it for it in items if it.get("role") == "previous" and it.get("pos", 0) > cut]
        if not now or not was or len(now) + len(was) != len(items):
            continue
        head = replace(
            c,
            end=cut,
            text=r.text[c.start : cut],
            type=Kind.GRADE,
            facts=dict(
                c.facts,
                grades=now,
                whens=[w for w in c.facts.get("whens") or [] if w.start < cut],
                from_to=False,
                previous_cue=False,
                # (the years after it are the grade before's: no other reading of its year)
                move_after=True,
            ),
        )
        c.start = c.start + m.end()
        c.text = r.text[c.start : c.end]
        r.claims.append(head)


def _subregion(place: str) -> str | None:
    """The group of councils local news counts within (ranks._SUBREGIONS) `place` names."""
    key = " ".join(place.lower().split())
    return key if key in _SUBREGIONS else None


def _subregion_named(text: str) -> str | None:
    """The one group of councils ('Greater Manchester', 'Merseyside') that `text` counts within:
    "Across Greater Manchester's ten boroughs", "In West Yorkshire", "of the Tees Valley's five"."""
    found = {
        " ".join((m.group("a") or m.group("b")).lower().split())
        for m in _SUBREGION_SAID.finditer(text)
    }
    return found.pop() if len(found) == 1 else None


def _counts_in_subregions(r: Reader) -> None:
    """'Across Greater Manchester's ten boroughs, four are now rated good': a count in no region
    of England's nine whose sentence (or, for a bare number, the sentence before) counts within
    a group of councils named by law is a count of that group's councils."""
    for c in r.claims:
        if c.type != Kind.COUNT or c.region or "n" not in c.facts or c.facts.get("subregion"):
            continue
        sent = r.sentence_of(c.start)
        if sent is None:
            continue
        sub = _subregion_named(r.text[sent.start : c.end])
        if sub is None and re.match(
            rf"\W*(?:{T.NUMBER}|\d+|none|not\s+one)\s+(?:more\s+|of\s+them\s+)?"
            r"(?:are|is|were|was|have|has)\b",
            c.text,
            re.I,
        ):
            before = [s for s in r.sentence_spans if s.end <= sent.start]
            if before and "\n" not in r.text[before[-1].end : sent.start]:
                sub = _subregion_named(r.text[before[-1].start : before[-1].end])
        if sub is not None:
            c.facts["subregion"] = sub


def _runs_to_event(r: Reader) -> None:
    """'...have told councillors ..., two years after Ofsted rated the service 'requires
    improvement' for the second inspection in a row': the grade a span to the article's event
    runs from is the latest as of the event, its run counted to it (else the one before)."""
    for c in r.claims:
        dur = c.facts.get("duration") or {}
        if not dur.get("to_event") or not isinstance(dur.get("pos"), int):
            continue
        for x in r.claims:
            if (
                x is not c
                and x.type in (Kind.GRADE, Kind.TREND)
                and dur["pos"] < x.start < c.end
                and x.facts.get("consecutive")
                and all(isinstance(it, dict) for it in x.facts.get("grades") or [0])
            ):
                for it in x.facts["grades"]:
                    if it.get("role") == "previous" and (not it.get("whens") or it.get("interval")):
                        it["role"] = "current"
                        x.facts["previous_cue"] = True
                # (the span's claim ends with the grade it runs from: the run is the other's)
                g = T.GRADE_RE.match(r.text, x.facts["grades"][0].get("pos", -1))
                if g is not None and c.start < g.end() < c.end:
                    end = g.end() + (1 if r.text[g.end() : g.end() + 1] in "'’”\"" else 0)
                    c.end, c.text = end, r.text[c.start : end]


def _drop_grades_of_group_counts(r: Reader) -> None:
    """ "Of the nine before it, three had leadership judged inadequate": the grade is the
    councils' the group count counts (read by _group_count_claims), not the grade of the council
    the sentence is about: a grade claim inside such a count's words after its start is none."""
    groups = [c for c in r.claims if c.type == Kind.COUNT and c.facts.get("group")]
    if not groups:
        return
    r.claims = [
        c
        for c in r.claims
        if not (
            c.type == Kind.GRADE
            and any(g.start <= c.start < g.end and c.end <= g.end + 2 for g in groups)
        )
    ]


def _counts_over_asides(r: Reader) -> None:
    """'Four of its 15 councils - Devon, Torbay and Bournemouth, Christchurch & Poole - are
    currently rated inadequate', 'three councils (A, B and C) remain inadequate': the councils
    the aside names are the ones counted, the grade after it theirs; the count runs over both
    (facts['list_words']: the list), and the grade of the councils it names is no claim of its
    own (the count's check reads each one's grade)."""
    from ilacs.claims.counts import _aside_list, _council_list

    for c in list(r.claims):
        if not (
            c.type == Kind.COUNT
            and c.facts.get("national")
            and c.facts.get("grades")
            and not c.facts.get("more")
            # (a count of two grades, "below good", "good or better": read as a count)
            and not any(c.facts.get(k) for k in ("below_good", "either", "moved_off"))
            and "after" in c.facts
        ):
            continue
        after = str(c.facts["after"])
        seg = c.text + after  # (the count's words, then the sentence's after them)
        aside = _aside_list(seg, len(c.text))
        # ("Only two councils, namely A and B, are rated inadequate": the aside inside the
        # count's own words, after its number)
        num = re.search(rf"\b(?:\d+|{T.NUMBER})\b", c.text, re.IGNORECASE)
        if aside is None and num and (aside := _aside_list(seg, num.end(), search=True)):
            if T.GRADE_RE.search(seg, num.end(), aside[0]):
                continue  # (a list after the grade: the count's list, read after it)
        if aside is None or not (listed := _council_list(aside[2])):
            continue
        # the grade said after the aside, in its own clause: 'are currently rated inadequate',
        # 'hold the top outstanding grade'
        said = re.compile(r"[^.;,:()–—]{0,60}?(?:\btop\s+grade\b|\btop\s+rating\b)").match(
            seg, aside[1]
        )
        grade = T.GRADE_RE.search(seg, aside[1], aside[1] + 60)
        if grade is not None and re.search(r"[.;,:()–—]", seg[aside[1] : grade.start()]):
            grade = None
        if grade is not None and T.grade_of(grade.group(1)) != c.facts["grades"][0]:
            continue
        clause_after = re.split(r"[.;,:()–—]", seg[aside[1] :], maxsplit=1)[0]
        if any(a != "overall" for _, _, a in T.areas_in(clause_after)):
            # ("... hold an outstanding grade for help and protection": a judgement's grade,
            # which the list's check does not read)
            continue
        if grade is not None:
            end = c.start + grade.end()
        elif said is not None:
            end = c.start + said.end()
            # ("... - now hold the top grade, with Wolverhampton among six rated good": the
            # list's grade is the top one, not a grade said later in the sentence)
            c.facts["grades"] = ["outstanding"]
        else:
            continue
        tail = re.match(r"\s+(?:grade|rating|judge?ment)\b|\s+overall\b", r.text[end:])
        if tail:
            end += tail.end()
        r.claims = [
            x
            for x in r.claims
            if not (
                x.type == Kind.GRADE
                and c.start + aside[0] <= x.start < end + 2
                # (a grade claim that runs on, "..., the last of these rated only in November",
                # holds more than the grade: kept)
                and x.end <= end + 2
                and set(x.urns) <= set(listed)
                and not any(
                    isinstance(it, dict) and it.get("areas") for it in x.facts.get("grades") or []
                )
            )
        ]
        c.facts["list_words"] = aside[2]
        end = max(end, c.end)
        c.facts["after"] = r.text[end : c.start + len(seg)]
        c.end, c.text = end, r.text[c.start : end]


# "not one of its councils is currently rated outstanding", "none of the region's authorities":
# the councils of a region or group, none of them the council the article is about
_NONE_OF_COUNCILS = lazyre.compile(
    r"\b(?:none|not\s+(?:one|a\s+single\s+one))\s+of\s+(?:its|their|the)\b[^.;:]{0,40}?"
    r"\b(?:councils|authorities|boroughs)\b",
    re.IGNORECASE,
)
_NO_COUNCIL = lazyre.compile(
    r"\bno\s+(?:other\s+)?(?:local\s+authorit(?:y|ies)|councils?|authorit(?:y|ies)|boroughs?|"
    r"count(?:y|ies))\b[^.;:,]{0,50}$",
    re.IGNORECASE,
)
# "as North West's outstanding drought goes on": the want of a grade, no grade of anyone
_GRADE_WANTED = lazyre.compile(
    rf"(?<![A-Za-z])(?:{T.GRADE_WORDS})\s+(?:drought|famine|dearth|draught|shortage|"
    r"(?:long\s+)?wait)\b",
    re.IGNORECASE,
)


def _drop_grades_of_none_of_councils(r: Reader) -> None:
    """A grade claim whose subject is none of a group's councils ('not one of its councils is
    currently rated outstanding', when ilacs cannot tell whose) is no grade of the council the
    article is about; a grade word that names a want of the grade ('North West's outstanding
    drought goes on') is no grade at all."""
    kept = []
    for c in r.claims:
        if c.type == Kind.GRADE:
            g = T.GRADE_RE.search(c.text)
            if g and _NONE_OF_COUNCILS.search(c.text, 0, g.start()):
                continue
            # ("Following this judgement, no local authority in the South East region is
            # currently rated Inadequate": the subject, before the claim's words, is no council)
            sentence = r.sentence_of(c.start)
            if (
                g
                and sentence is not None
                and _NO_COUNCIL.search(r.text, sentence.start, c.start)
                and not T.GRADE_RE.search(r.text, sentence.start, c.start)
            ):
                continue
            items = c.facts.get("grades") or []
            wanted = [
                it
                for it in items
                if isinstance(it, dict)
                and isinstance(it.get("pos"), int)
                and (
                    _GRADE_WANTED.match(r.text, it["pos"])
                    # ("the long wait for a good rating goes on")
                    or re.search(
                        r"\b(?:wait|waiting|search|hunt|quest)\s+for\s+(?:an?\s+|the\s+|its\s+)?"
                        r"(?:first\s+)?$",
                        r.text[max(0, it["pos"] - 40) : it["pos"]],
                        re.IGNORECASE,
                    )
                )
            ]
            if wanted:
                if len(wanted) == len(items):
                    continue
                c.facts["grades"] = [it for it in items if it not in wanted]
        kept.append(c)
    r.claims = kept


def _unswallow_inspectors(r: Reader) -> None:
    """'The inspection, led by Anna Gravelle, took place over one week in September': the
    inspector named at the head of a date claim is a claim of its own, so the date claim starts
    after it (a span holding both would lend the inspector the date's verdict)."""
    heads = [c for c in r.claims if c.type == Kind.INSPECTOR]
    for c in r.claims:
        if c.type != Kind.DATE or not heads:
            continue
        whens = [w for w in c.facts.get("whens") or [] if hasattr(w, "start")]
        for i in heads:
            if not (c.start <= i.start <= c.start + 24 and i.end < c.end):
                continue
            if whens and any(w.start < i.end for w in whens):
                continue
            cut = re.match(r"[\s,;:–—-]*", r.text[i.end : c.end])
            start = i.end + (cut.end() if cut else 0)
            if start < c.end and re.search(r"\w", r.text[start : c.end]):
                c.facts["head"] = r.text[c.start : start]
                c.start, c.text = start, r.text[start : c.end]
            break


# "Swindon, rated good across the board when Ofsted last visited in 2019, has been judged
# inadequate overall": the grade of an aside on the subject, then the main clause's
_ASIDE_THEN_MAIN = lazyre.compile(
    r"[^,]{2,60},\s+(?:which\s+(?:was|were|had\s+been)\s+|having\s+been\s+)?"
    r"(?:rated|judged|graded|found)\b[^,]{3,120},\s+"
    r"(?=(?:has|have|is|are|was|were|had)\s+(?:now\s+|since\s+|also\s+)?(?:been\s+)?"
    r"(?:rated|judged|graded|found|deemed|branded)\b)",
    re.IGNORECASE,
)


# the second of two places given one test: "only the fourth council in England, | and the first
# in the North West, to have its care leavers service judged outstanding"
_AND_PLACE_IN = lazyre.compile(
    rf"and\s+(?:only\s+)?the\s+(?:{T.ORDINAL}|first)\s+(?:(?:council|authority|local\s+authority)\s+)?"
    r"(?:in|across|outside)\s+",
    re.IGNORECASE,
)
# facts of where a place is counted, which each rank keeps its own
_OWN_PLACE = frozenset(
    "phrase in_region place only others others_when n one_of_first first_n".split()
)


def _rank_takes_the_test_after(r: Reader) -> None:
    """A rank that names no test of its own, followed by a second rank that does, takes the
    second's test (the grade, the judgement, the framework, a move) with its own place and
    area of the country."""
    ranks = [c for c in r.claims if c.type == Kind.RANK]
    for a, b in zip(ranks, ranks[1:], strict=False):
        if not (re.fullmatch(r"\s*,\s*", r.text[a.end : b.start]) and _AND_PLACE_IN.match(b.text)):
            continue
        if a.facts.get("area") or a.facts.get("from_to") or a.facts.get("every"):
            continue  # (a test of its own)
        if T.GRADE_RE.search(a.text) or _LOWEST.search(a.text) or _HIGHEST.search(a.text):
            # ("one of only six London boroughs to be rated good or outstanding ..., and the
            # first in the capital to be rated good in every single category": two tests)
            continue
        for k, v in b.facts.items():
            if k not in _OWN_PLACE and v not in (None, False, [], {}, "") and not a.facts.get(k):
                a.facts[k] = v
        a.framework = a.framework or b.framework
        a.facts["test_after"] = True  # (the two are one claim: check._join_places)


# the move a rank counts, told after the councils before it: ", after Bromley, to climb from
# inadequate to outstanding", ", after Bromley and Tower Hamlets, to go from an inadequate rating
# to outstanding"
_MOVE_AFTER_NAMED = lazyre.compile(
    r"\s*,\s*after\s+[^,;.]{2,80}?,\s*to\s+(?:have\s+)?(?:\w+\s+)?(?:go|gone|went|mov\w+|climb\w*|"
    r"rise|risen|jump\w*|leap\w*)\s+(?:straight\s+|directly\s+|all\s+the\s+way\s+)?from\s+"
    rf"(?:an?\s+)?['‘\"“]?(?P<a>{T.GRADE_WORDS})['’\"”]?\s+(?P<mid>(?:[\w-]+\s+){{0,3}}?)"
    rf"(?:to|into)\s+(?:an?\s+)?['‘\"“]?(?P<b>{T.GRADE_WORDS})\b['’\"”]?",
    re.IGNORECASE,
)


def _rank_takes_the_move_after(r: Reader) -> None:
    """A rank that names no test of its own and then the councils before it, then a move ("the
    second London borough, after Bromley, to climb from inadequate to outstanding"), ranks that
    move (of the judgement the move names, else of overall effectiveness)."""
    for c in r.claims:
        if c.type != Kind.RANK or c.number is None:
            continue
        if c.facts.get("from_to") or c.facts.get("area") or c.facts.get("every"):
            continue  # (a test of its own)
        if T.GRADE_RE.search(c.text):
            continue
        sentence = r.sentence_of(c.start)
        if sentence is None:
            continue
        m = _MOVE_AFTER_NAMED.match(r.text, c.end, sentence.end)
        if m is None:
            continue
        areas = {a for _, _, a in T.areas_in(m.group("mid"))}
        if len(areas) > 1 or not T.grade_of(m.group("a")) or not T.grade_of(m.group("b")):
            continue
        c.facts["from_to"] = True
        c.facts["grades"] = [T.grade_of(m.group("a")), T.grade_of(m.group("b"))]
        if areas:
            c.facts["area"] = next(iter(areas))
        c.end = m.end()
        c.text = r.text[c.start : c.end]


def _left_as_the_only(r: Reader) -> None:
    """'Gloucestershire's move leaves Devon, Torbay and Bournemouth, Christchurch and Poole as
    the only councils in the South West still rated inadequate': the councils left are the
    ones counted, not the one whose move left them."""
    for c in r.claims:
        if c.type != Kind.RANK or not c.facts.get("only") or len(c.urns) < 2:
            continue
        m = re.match(r"(?P<who>[^,.;]{2,60}?)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:leaves|left)\s", c.text)
        if m is None:
            continue
        own = [
            x.la.urn
            for x in r.mentions
            if c.start <= x.start < c.start + m.end("who") and x.la.urn in c.urns
        ]
        if own and len(set(c.urns) - set(own)) >= 1:
            c.urns = [u for u in c.urns if u not in own]


def _likened(text: str, m: T.Mention, sentence: T.Span) -> bool:
    """'Like Merton, the City was judged good for help and protection': the council an opening
    'Like X,' compares with, not the subject the words after it name; nor is "Its profile is
    the mirror image of Kensington and Chelsea's: leadership ... rated outstanding" the council
    set against ('its' is the one before)."""
    return bool(
        re.fullmatch(r"\W*(?:Like|Unlike|As\s+with)\s+", text[sentence.start : m.start])
        and re.match(
            r"(?:['’]s)?\s*,\s*(?:the|its)\s+(?:[\w-]+\s+)?(?:City|council|authority|borough|"
            r"county|city|corporation)\b",
            text[m.end : m.end + 40],
        )
    ) or bool(
        _SET_AGAINST.fullmatch(text[sentence.start : m.start])
        and re.match(r"['’]s\b", text[m.end : m.end + 3])
    )


_SET_AGAINST = lazyre.compile(
    r"\W*(?:Its|Their)\s+(?:[\w-]+\s+){1,3}?(?:is|was|are|were)\s+(?:almost\s+|nearly\s+)?"
    r"(?:the|a)\s+(?:reverse|opposite|inverse|mirror[\s-]image)\s+of\s+"
)


# 'The City' of a story that has named the City of London: the Corporation, not a city
_THE_CITY = lazyre.compile(
    r"\b(?:[Tt]he\s+)(?P<name>City|Corporation)\b(?!\s+(?:of|[Cc]ouncil|Hall|Region|Deal)\b)"
    r"(?![’']s\s+(?:of|[Cc]ouncil)\b)"
)


def _the_city(article: str, found: list[T.Mention]) -> list[T.Mention]:
    """`found` with each 'the City' (or 'the Corporation') after a mention of the City of
    London taken as the Corporation: "The City was also rated outstanding at its previous
    inspection"."""
    city = next((m for m in found if m.la.name == "London Corporation"), None)
    if city is None:
        return found
    more = [
        T.Mention(x.start("name"), x.end("name"), city.la)
        for x in _THE_CITY.finditer(article, city.end)
        if not any(m.start <= x.start("name") < m.end for m in found)
    ]
    return sorted([*found, *more], key=lambda x: x.start) if more else found


def _in_graded_aside(r: Reader, sentence: T.Span, w: T.When, before: int) -> bool:
    """Whether date `w` is inside an aside set off by dashes or brackets that gives a grade of
    its own before it, and the aside closes before `before`."""
    text = r.text
    opens = [m.end() for m in re.finditer(r"\s[–—-]\s|\(", text[sentence.start : w.start])]
    if not opens:
        return False
    opened = sentence.start + opens[-1]
    closing = re.compile(r"\s[–—-]\s|\)").search(text, w.end, before)
    return closing is not None and bool(T.GRADE_RE.search(text, opened, w.start))


# "Haringey joins its neighbours Islington and Camden, | both rated outstanding in every area
# last year": the councils listed just before, each of them
_BOTH_AFTER_LIST = lazyre.compile(
    r"\s*[,–—-]\s*(?:both|all|each|all\s+(?:three|four|five))\s*$", re.I
)


def _both_of_the_list_before(r: Reader) -> None:
    """A grade told of 'both' (or 'all') right after a list of councils is a grade of those
    councils, not of the sentence's subject."""
    for c in r.claims:
        if c.type not in (Kind.GRADE, Kind.TREND) or len(c.urns) < 2:
            continue
        if not re.match(r"(?:rated|judged|graded)\b", c.text, re.I):
            continue
        sentence = r.sentence_of(c.start)
        if sentence is None:
            continue
        cue = _BOTH_AFTER_LIST.search(r.text, sentence.start, c.start)
        if cue is None:
            continue
        listed = [m for m in r.mentions if sentence.start <= m.start < cue.start() and m.la.urn]
        # the names that end right before the cue, joined by 'and' or commas
        tail: list[int] = []
        end = cue.start()
        for m in reversed(listed):
            if not re.fullmatch(r"\s*(?:,|and|&|,\s*and)?\s*", r.text[m.end : end]):
                break
            if m.la.urn is not None:
                tail.insert(0, m.la.urn)
            end = m.start
        if len(tail) < 2:
            continue
        c.urns = list(dict.fromkeys(tail))
        for it in c.facts.get("grades") or []:
            if isinstance(it, dict):
                it["urns"] = list(c.urns)


def _up_from_of_the_clause_before(r: Reader) -> None:
    """'..., the Isle of Wight, whose services have been run in partnership with Hampshire,
    was rated good in January, | up from requires improvement in 2014': the grade moved from is
    the council's of the grade told just before it, not the last council named."""
    for k, c in enumerate(r.claims):
        if c.type not in (Kind.GRADE, Kind.TREND) or not re.match(r"(?:up|down)\s+from\b", c.text):
            continue
        before = [
            p
            for p in r.claims[:k]
            if p.type in (Kind.GRADE, Kind.TREND, Kind.RANK)
            and p.urns
            and p.end <= c.start
            and re.fullmatch(r"[\s,]*", r.text[p.end : c.start])
        ]
        if not before or before[-1].urns == c.urns:
            continue
        urns = list(before[-1].urns)
        c.urns = urns
        for it in c.facts.get("grades") or []:
            if isinstance(it, dict):
                it["urns"] = list(urns)


def _split_aside(r: Reader) -> None:
    """A grade told in an aside on the subject and the grade of the main clause are two claims
    ("Swindon, rated good across the board when Ofsted last visited in 2019, | has been judged
    inadequate overall, as well as for ..."), each with its own grades, times and scope."""
    out: list[Claim] = []
    for c in r.claims:
        items = c.facts.get("grades") or []
        m = (
            _ASIDE_THEN_MAIN.match(c.text)
            if c.type in (Kind.GRADE, Kind.TREND)
            and len(items) >= 2
            and all(isinstance(it, dict) for it in items)
            and c.number is None
            else None
        )
        if m is None:
            out.append(c)
            continue
        subject = c.text[: c.text.index(",")]
        if T.areas_in(subject) or not any(
            c.start <= x.start < c.start + len(subject) for x in r.mentions
        ):
            # ("Care leavers, rated good in 2017, are now judged inadequate": a judgement's two
            # grades, one claim; the split is of a council's)
            out.append(c)
            continue
        cut = c.start + m.end()
        first = [it for it in items if it.get("pos", cut) < cut]
        second = [it for it in items if it.get("pos", cut) >= cut]
        if not first or not second:
            out.append(c)
            continue
        parts = []
        for (a, b), its in (((c.start, cut), first), ((cut, c.end), second)):
            a, b = T._trim(r.text, a, b)
            b = a + len(r.text[a:b].rstrip(" ,;"))
            whens = [w for w in c.facts.get("whens", []) if a <= w.start < b]
            part = Claim(a, b, r.text[a:b], c.type, list(c.urns))
            part.grade_scope = "all" if _ALL.search(r.text[a:b]) else None
            part.dates = [(w.first, w.precision) for w in whens]
            part.facts = dict(c.facts, grades=its, whens=whens)
            parts.append(part)
        if len({it["grade"] for it in items}) > 1 and parts[1].type == Kind.TREND:
            parts[1].type = Kind.GRADE
        out.extend(parts)
    r.claims[:] = out


def _join_contrasts(r: Reader) -> None:
    """'Barking and Dagenham and Lambeth require improvement, while Harrow and Havering are
    rated inadequate'; 'three areas were judged good, while adoption was rated outstanding':
    the grades set against each other are one claim (each grade with its own councils and
    areas), as "X rated good as Y remain inadequate" is."""

    def plain(c: Claim) -> bool:
        items = c.facts.get("grades")
        return (
            c.type == Kind.GRADE
            and bool(items)
            and all(isinstance(it, dict) for it in items or [])
            and c.number is None
            and c.grade_scope is None
            and not any(k in c.facts for k in ("duration", "consecutive", "predecessor"))
        )

    out: list[Claim] = []
    for c in r.claims:
        a = out[-1] if out else None
        if (
            a is not None
            and plain(a)
            and plain(c)
            and a.end <= c.start
            and re.fullmatch(r"[\s,;]*(?:(?:while|whereas)\s+)?", r.text[a.end : c.start], re.I)
            and re.match(r"[\s,;]*(?:while|whereas)\s", r.text[a.end : c.end], re.I)
            and any(s.start <= a.start and c.end <= s.end for s in r.sentence_spans)
            # (not a grade told with its own time: "West Sussex was rated inadequate in April,
            # while Surrey has now been judged inadequate at its last two inspections" are two)
            and not (a.facts.get("whens") or c.facts.get("whens"))
        ):
            a.end, a.text = c.end, r.text[a.start : c.end]
            for it in c.facts["grades"]:
                it.setdefault("urns", list(c.urns))
            for it in a.facts["grades"]:
                it.setdefault("urns", list(a.urns))
            a.facts["grades"] = a.facts["grades"] + c.facts["grades"]
            a.facts["several"] = False
            a.facts["whens"] = a.facts.get("whens", []) + c.facts.get("whens", [])
            a.urns = list(dict.fromkeys([*a.urns, *c.urns]))
            a.dates = a.dates + c.dates
            continue
        out.append(c)
    r.claims[:] = out
