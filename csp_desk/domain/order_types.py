"""The three order types of the seed deck (REFERENCE §1.1) and why each one fits."""

from __future__ import annotations

from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class OrderType(StrEnum):
    PROJECT = "project"
    COMPETITION = "competition"
    TASK = "task"


LABELS_JA = {
    OrderType.PROJECT: "プロジェクト形式",
    OrderType.COMPETITION: "コンペ形式",
    OrderType.TASK: "タスク形式",
}
"""Labels used in documents, which are always Japanese."""

LABELS = {
    OrderType.PROJECT: QT_TRANSLATE_NOOP("order_type", "Project"),
    OrderType.COMPETITION: QT_TRANSLATE_NOOP("order_type", "Competition"),
    OrderType.TASK: QT_TRANSLATE_NOOP("order_type", "Task"),
}
"""Interface labels, translated when shown."""

DEFAULT_REASONS = {
    OrderType.PROJECT: (
        "要件のすり合わせや修正のやり取りが必要なため、見積もりを比べて一人のワーカーと契約する"
        "プロジェクト形式が向いています。"
    ),
    OrderType.COMPETITION: (
        "完成した複数の案を見比べて気に入ったものを選べるため、好みで選ぶ成果物には"
        "コンペ形式が向いています。"
    ),
    OrderType.TASK: (
        "小さな単位の作業を多くの人に分担でき、1件ごとに承認できるためタスク形式が向いています。"
    ),
}
"""Why each type fits, pre-filled for the producer and reused in the proposal (Japanese)."""

MECHANISMS_JA = {
    OrderType.PROJECT: (
        "相見積もり制。複数のワーカーから提案と見積もりを受け、条件の合う一人を選んで契約します。"
        "アプリ開発、ホームページ制作、ライティングなどに向きます。"
    ),
    OrderType.COMPETITION: (
        "コンテスト制。多くのワーカーが完成した案を提出し、その中から気に入った案を選びます。"
        "ロゴ、チラシ、ネーミング、キャッチコピーなどに向きます。"
    ),
    OrderType.TASK: (
        "タスク承認制。細かい作業を多くの人に依頼し、1件ずつ確認して承認します。"
        "ライティング、データ収集、データ分類などに向きます。"
    ),
}
"""The seed deck's explanation of each order type, used in the proposal."""

ORDER_FLOW_JA = ("依頼", "契約", "納品", "支払", "評価")
"""The project-type cycle from the seed deck."""
