import json
import shutil

import pytest

from csp_desk.domain.catalogue import CatalogueError, load_catalogue
from csp_desk.paths import DATA

REQUIRED_CATEGORIES = {
    "design.logo", "design.flyer", "design.banner", "design.thumbnail", "design.slides",
    "writing.article", "writing.product_description", "translation.en_ja", "translation.ja_en",
    "web.landing_page", "web.site", "web.ec_site", "app.development", "data.entry",
    "data.list_building", "video.editing", "naming",
}  # fmt: skip


def test_catalogue_has_the_seventeen_problems_of_the_reference(catalogue):
    assert len(catalogue.problems) >= 17
    names = {p.name_ja for p in catalogue.problems}
    assert {"販路開拓", "集客", "人手不足", "海外展開", "情報セキュリティ・BCP"} <= names
    assert all(p.work_items for p in catalogue.problems)


def test_catalogue_has_the_required_categories_and_every_item_uses_a_known_one(catalogue):
    ids = {c.id for c in catalogue.categories}
    assert ids >= REQUIRED_CATEGORIES
    used = {w.category_id for p in catalogue.problems for w in p.work_items}
    assert used <= ids


def test_every_template_has_a_budget_band_with_its_source(catalogue):
    for problem in catalogue.problems:
        for item in problem.work_items:
            assert 0 <= item.budget_min <= item.budget_max, item.title
            assert item.source, item.title
            assert item.days_min <= item.days_max


def _copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def test_broken_json_names_the_file(tmp_path):
    folder = _copy(tmp_path)
    (folder / "problems.json").write_text('{"format": ', encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(folder)
    assert caught.value.path.name == "problems.json"
    assert "line 1" in str(caught.value)


def test_bad_field_names_the_file_entry_and_field(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "problems.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["problems"][2]["work_items"][1]["budget"] = [50000, 100]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(folder)
    error = caught.value
    assert (error.path.name, error.entry, error.field) == (
        "problems.json", "labour_shortage.work_items[1]", "budget"
    )


def test_unknown_category_is_refused(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "problems.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["problems"][0]["work_items"][0]["category"] = "design.nothing"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogueError, match="category"):
        load_catalogue(folder)


def test_missing_catalogue_file_is_reported(tmp_path):
    folder = _copy(tmp_path)
    (folder / "categories.json").unlink()
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(folder)
    assert caught.value.path.name == "categories.json"


def test_every_default_work_item_pays_the_minimum_wage_in_every_prefecture(catalogue):
    """The catalogue's own proposals must pass our minimum-wage check (POST-16): each work item,
    drafted as a posting exactly as the breakdown drafts it (its lowest budget; a task's budget
    shared over its quantity), in every prefecture, at the newest fiscal year of the wage table
    (on the latest day a row of that year takes effect, so every prefecture's new rate is in force)."""
    from datetime import date

    from csp_desk.domain.breakdown import draft_order, from_template
    from csp_desk.domain.orders import Orderer
    from csp_desk.domain.rules import Severity, check, load_reference
    from csp_desk.domain.rules.wages import hourly_equivalent

    reference = load_reference(DATA, catalogue=catalogue)
    wages = reference.wages
    newest = [row for row in wages.rows() if row.fiscal_year == wages.newest_year]
    on = max(row.valid_from for row in newest)
    assert newest and on >= date(2025, 10, 1)
    failures = []
    for problem in catalogue.problems:
        for template in problem.work_items:
            for row in newest:
                orderer = Orderer(name="株式会社さくら食品", prefecture=row.prefecture)
                order = draft_order(from_template(template), orderer)
                hourly = hourly_equivalent(order)
                wage = wages.in_force(row.prefecture, on)
                assert wage is not None and wage.yen == row.yen
                found = [f for f in check(order, today=on, reference=reference) if f.rule == "POST-16"]
                warned = any(f.severity is Severity.WARNING for f in found)
                if hourly is None or hourly < row.yen or warned:
                    where = f"{problem.id}/{template.title} in {row.prefecture}"
                    failures.append(f"{where}: ¥{hourly}/h < ¥{row.yen}")
    assert not failures, "\n".join(failures[:20])
