"""The starting wording of a posting: standard clauses and each work category's specification."""

from dataclasses import replace

from csp_desk.domain.orders import Order, Orderer
from csp_desk.domain.posting_templates import with_templates


def test_every_category_has_a_specification_skills_and_a_hint(catalogue):
    for category in catalogue.categories:
        assert category.spec and category.skills and category.hint, category.id


def test_the_specification_is_added_once_and_the_work_items_own_words_kept(catalogue):
    category = catalogue.category("design.banner")
    order = Order(order_type="project", title="バナー", description="", orderer=Orderer(name="A社"),
                  category="design.banner", deliverables="広告用バナー", skills="Figma")  # fmt: skip
    first = with_templates(order, category)
    assert first.deliverables.startswith("広告用バナー\n") and category.spec in first.deliverables
    assert first.skills == "Figma"
    assert with_templates(first, category).deliverables == first.deliverables
    blank = with_templates(replace(order, deliverables="", skills=""), category)
    assert blank.deliverables == category.spec and blank.skills == category.skills
