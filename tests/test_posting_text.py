from csp_desk.domain.orders import parse_order
from csp_desk.domain.posting_text import MISSING, posting_text, text_hash

from .test_rules import COMPETITION, PROJECT, changed

GUIDELINE_HEADINGS = ["■ 仕事の内容", "■ 納期（予定）", "■ 報酬", "■ 報酬の支払期日・支払方法",
                      "■ 諸経費の取扱い", "■ 知的財産権の取扱い", "■ お問い合わせ先"]  # fmt: skip


def test_posting_text_shows_every_guideline_and_display_item():
    text = posting_text(parse_order(PROJECT))
    for heading in [*GUIDELINE_HEADINGS, "■ 業務に従事する場所", "■ 募集者"]:
        assert heading in text
    assert "名称：株式会社さくら食品" in text and "所在地：長野県長野市中央1-2-3" in text
    assert "220,000円（税抜）" in text and "在宅（リモート）" in text
    assert MISSING not in text


def test_missing_items_are_marked_not_dropped():
    text = posting_text(parse_order(changed(PROJECT, expenses=None, place=None, orderer__address=None)))
    assert text.count(MISSING) == 3
    assert "■ 諸経費の取扱い\n【未記入】" in text


def test_profile_items_and_platform_messages_are_named():
    order = changed(PROJECT, orderer__address=None, orderer__profile_shows=["address"], contact=None)
    text = posting_text(parse_order(order))
    assert "所在地：（プラットフォームのプロフィールに記載）" in text
    assert "プラットフォームのメッセージ機能でお問い合わせください" in text


def test_competition_text_states_ip_transfer_unselected_works_and_revisions():
    order = changed(COMPETITION, ip__handling="採用作品の権利は協議のうえ決定")
    text = posting_text(parse_order(order))
    assert "採用決定時に発注者へ移転します" in text
    assert "不採用の作品は、応募者の同意なく使用・公開しません。" in text
    assert "無償の修正は2回までです。" in text


def test_task_reward_and_effort_are_per_item():
    task = changed(PROJECT, order_type="task", pricing="per_item", estimated_hours=None,
                   estimated_minutes_per_item=3, quantity=500, reward={"amount": 25})  # fmt: skip
    text = posting_text(parse_order(task))
    assert "25円（1件あたり）" in text and "1件あたり約3分 × 500件" in text


def test_the_same_order_always_gives_the_same_text_and_hash():
    first, second = posting_text(parse_order(PROJECT)), posting_text(parse_order(PROJECT))
    assert first == second and text_hash(first) == text_hash(second)
    assert text_hash(first) != text_hash(posting_text(parse_order(changed(PROJECT, title="別件"))))
