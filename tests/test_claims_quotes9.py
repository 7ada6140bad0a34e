"""`ilacs check` (round 9): quotations the article gives its speaker by a pronoun after a
conjunction ('But they said'), through a councillor who cites the report ('welcomed the
recognition of', 'inspectors had found'), or of a person described ('was described as'); a
quotation printed verbatim beside the words that lead to it; lists of what must improve in the
words of local news ('areas where the council can improve further:', 'It also wants ...',
'They asked the council to ...', '... was also among the improvements'); a thing named for
other children ('in custody', 'in residential care'); two councils of one name ('North and West
Northamptonshire')."""

from __future__ import annotations

from ilacs.claims import text as T
from tests.claims_helpers import check_text, claim_with


def test_elided_compass_name_names_both_councils():
    names = [m.la.name for m in T.councils("North and West Northamptonshire were inspected.")]
    assert names == ["North Northamptonshire", "West Northamptonshire"]
    # ('North Yorkshire' alone is one council)
    assert [m.la.name for m in T.councils("North Yorkshire was inspected.")] == ["North Yorkshire"]


def test_quotes_of_a_pronoun_after_a_conjunction_and_of_a_councillor_citing_the_report(
    tmp_path, corpus_db
):
    # Bristol, report of 10 March 2023: 'children who arrive in Bristol as unaccompanied
    # asylum seekers benefit from effective support. There is more to be done to make sure
    # that children benefit from consistently good support'; 'there is a strong and clear
    # vision for Bristol's children's services'
    text = (
        "Bristol's children's services still require improvement, Ofsted said.\n\n"
        "The cabinet member said she was pleased inspectors had found that young refugees "
        'arriving alone, unaccompanied asylum-seeking children, "benefit from effective '
        'support".\n\nShe also welcomed the recognition of a "strong and clear vision for '
        "Bristol's children's services\".\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-03-12")
    assert claim_with(claims, "benefit from effective")["verdict"] == "supported"
    assert claim_with(claims, "strong and clear vision")["verdict"] == "supported"
    assert not [c for c in claims if c["verdict"] == "contradicted"], claims


def test_but_they_said(tmp_path, corpus_db):
    # Barnsley, report of 27 October 2023: 'a significant review across all service areas has
    # resulted in a self-evaluation ...'
    text = (
        "Inspectors rated Barnsley's children's services good.\n\n"
        'They noted "a slight decline in some practice areas since the last inspection".\n\n'
        'However, they praised the new leadership, saying a "significant review across all '
        'service areas" had taken place.\n'
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-10-28")
    assert claim_with(claims, "significant review across")["verdict"] == "supported"


def test_recommendations_in_the_words_of_local_news(tmp_path, corpus_db):
    # Derbyshire, report of 12 January 2024: 'Increasing the ambition and achievements for
    # older care leavers not in education, training and employment'; 'Effective and consistent
    # provision of life-story work'
    text = (
        "Ofsted rated Derbyshire's children's services good.\n\n"
        'But inspectors said supervision was "not yet consistently demonstrating sufficient '
        'rigour and purpose".\n\n'
        "They asked the council to increase the ambition for {who} who are not in education, "
        "training or employment. Stronger life-story work was also among the improvements "
        "Ofsted listed.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(who="older care leavers"), "2024-01-13")
    assert claim_with(claims, "increase the ambition")["verdict"] == "supported"
    assert claim_with(claims, "Stronger life-story work")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(who="younger children"), "2024-01-13")
    assert claim_with(claims, "increase the ambition")["verdict"] == "contradicted"


def test_it_also_wants_and_called_for(tmp_path, corpus_db):
    # Ealing, report of 12 July 2024: 'Support for young carers.'
    text = (
        "Ofsted rated Ealing's children's services good.\n\n"
        "Ofsted said the council must get better at identifying risk when there are concerns "
        "about a child's safety. It also called for better support for young carers.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-13")
    c = claim_with(claims, "support for young carers")
    assert c["type"] == "recommendation" and c["verdict"] == "supported", c


def test_areas_where_the_council_can_improve_and_children_in_other_care(tmp_path, corpus_db):
    # Oldham, report of 12 July 2024: '... life-story work for children in long-term foster
    # care'
    text = (
        "Ofsted rated Oldham's children's services good.\n\n"
        "Inspectors identified three areas where the council can improve further: management "
        "oversight of supervision and audit actions, the quality of return home interviews "
        "for children who go missing, and life-story work for children in {where}.\n"
    )
    claims = check_text(
        tmp_path, corpus_db, text.format(where="long-term foster care"), "2024-07-13"
    )
    c = claim_with(claims, "return home interviews")
    assert c["type"] == "recommendation" and c["verdict"] == "supported", c
    claims = check_text(tmp_path, corpus_db, text.format(where="residential care"), "2024-07-13")
    assert claim_with(claims, "return home interviews")["verdict"] == "contradicted"


def test_a_second_must_is_a_claim_of_its_own(tmp_path, corpus_db):
    # Ealing, report of 12 July 2024: 'The consistent identification of risk and effective,
    # timely responses, including strategy meetings, when there are concerns about children's
    # safety'; 'The pace and impact of activity to increase fostering capacity ...'
    text = (
        "Ofsted rated Ealing's children's services good.\n\n"
        "Ofsted said the council must get better at identifying risk when there are concerns "
        "about a child's safety, and must hurry its drive to find more foster carers.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-07-13")
    assert claim_with(claims, "identifying risk")["verdict"] == "supported"
    c = claim_with(claims, "hurry its drive")
    assert "identifying risk" not in c["text"] and c["verdict"] != "contradicted", c


def test_the_areas_in_which_ofsted_said_the_council_must_improve(tmp_path, corpus_db):
    # Plymouth, report of 15 March 2024: eight recommendations
    text = (
        "Plymouth's children's services were judged to require improvement by Ofsted.\n\n"
        "Officers went through the {n} areas in which Ofsted said the council must improve.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(n="eight"), "2024-04-20")
    assert claim_with(claims, "eight areas in which")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(n="six"), "2024-04-20")
    assert claim_with(claims, "six areas in which")["verdict"] == "contradicted"


def test_two_findings_in_one_clause_and_a_deed_of_last_year(tmp_path, corpus_db):
    # Coventry, report of 18 May 2026: 'work to reunify children with their birth families
    # ...'; 'Strong practice to support children and care leavers to establish Lifelong Links
    # means many children and young people now benefit from significant, long-lasting
    # relationships'
    text = (
        "Coventry's children's services were rated outstanding by Ofsted.\n\n"
        "Inspectors singled out work to reunify children with their birth families and the "
        "use of Lifelong Links so that children and care leavers keep long-lasting "
        "relationships.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2026-05-20")
    assert claim_with(claims, "reunify children")["verdict"] == "supported"
    # Warrington: its 2015 report is no source for what the council did 'last year'
    text = (
        "Warrington's children's services were rated good by Ofsted.\n\n"
        "The council opened two new children's homes in the borough last year.\n"
    )
    claims = check_text(tmp_path, corpus_db, text, "2024-08-01")
    assert not [c for c in claims if "children's homes" in c["text"] and c["type"] == "other"]


def test_a_short_quotation_changed_claims_its_clause(tmp_path, corpus_db):
    # Barnsley, report of 27 October 2023: 'The experiences and progress of care leavers have
    # markedly improved since the focused visit earlier this year'
    text = (
        "Barnsley's children's services were rated good by Ofsted.\n\n"
        'Care leavers\' experiences had "{words}" since a focused visit earlier this year, '
        "inspectors found.\n"
    )
    claims = check_text(tmp_path, corpus_db, text.format(words="markedly improved"), "2023-10-28")
    assert claim_with(claims, "markedly improved")["verdict"] == "supported"
    claims = check_text(tmp_path, corpus_db, text.format(words="slightly declined"), "2023-10-28")
    c = claim_with(claims, "slightly declined")
    assert c["verdict"] == "contradicted" and c["text"].startswith("Care leavers"), c


def test_a_quote_of_the_articles_council_after_a_partner_is_named(tmp_path, corpus_db):
    # Isle of Wight, report of 15 December 2023: 'The partnership has brought about stable and
    # consistent leadership.'
    text = (
        "The Isle of Wight's children's services have again been rated good by Ofsted.\n\n"
        'Inspectors said the partnership with Hampshire County Council "has brought about '
        'stable and consistent leadership".\n'
    )
    claims = check_text(tmp_path, corpus_db, text, "2023-12-16")
    c = claim_with(claims, "stable and consistent")
    assert c["verdict"] == "supported" and "another council" not in c["explanation"], c
