"""A workshop's handouts in Word: the worksheets (ワークシート), the common handout
(クラウドソーシングの基本), the attendance sheet (出席簿), a result sheet (結果シート) per participant
who came, and one combined file of everything for one print job.

Every part is written by one function into a document, so the combined file is the same parts in
one document with page breaks between them. The files are written into a staging folder beside
the targets and moved into place only when all are done: a cancelled or failed run leaves none.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.order_types import LABELS_JA, MECHANISMS_JA, OrderType
from ..domain.proposal import ProducerProfile
from ..domain.proposal_text import type_reason
from ..domain.workshop import Attendance
from ..domain.workshop_documents import ATTENDANCE_JA, HandoutData, ParticipantSheet, WorkshopPlan
from .common import Progress, effort, jp_date, no_progress, yen_range
from .japanese import finding_ja
from .word import grid_style, keep_next, new_document, styled, table

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

HANDOUT_FILE = "クラウドソーシングの基本.docx"
ATTENDANCE_FILE = "出席簿.docx"
WORKSHEETS_FILE = "ワークシート.docx"
COMBINED_FILE = "印刷用_すべて.docx"
RESULT_PREFIX = "結果シート_"

SEVERITY_JA = {"error": "要修正", "warning": "注意", "info": "参考"}
BLANK_ROWS = 20
"""Lines of an attendance sheet no one has registered for yet (the seats, at most this many)."""
WEEKDAYS_JA = "月火水木金土日"

# characters XML 1.0 (and so a .docx) cannot hold: control characters and non-characters
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# characters no file name may hold on Windows, macOS or Linux, and control characters
_NOT_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
NAME_LIMIT = 60
"""Characters of a participant's name kept in a file name (UTF-8 file systems allow 255 bytes)."""


def clean(text: object) -> str:
    """Text as a document can hold it (characters XML forbids are dropped)."""
    return _NOT_XML.sub("", str(text))


def file_stem(name: str, fallback: str) -> str:
    """`name` as a file name part on Windows, macOS and Linux: no / \\ : * ? " < > | or control
    characters, no leading or trailing spaces and dots, no reserved device name, not too long."""
    text = unicodedata.normalize("NFC", name)
    text = _NOT_IN_NAME.sub("_", text)
    text = " ".join(text.split())  # any run of white space, full-width too, as one space
    text = text[:NAME_LIMIT].strip(" ._")
    if not text:
        return fallback
    if _RESERVED.match(text):
        text = "_" + text
    return text


def unique_names(stems: Iterable[str], suffix: str) -> list[str]:
    """File names from `stems`, made unique as a case-insensitive file system needs (…_2, …_3)."""
    taken: set[str] = set()
    out = []
    for stem in stems:
        candidate, number = stem, 1
        while (candidate + suffix).casefold() in taken:
            number += 1
            candidate = f"{stem}_{number}"
        taken.add((candidate + suffix).casefold())
        out.append(candidate + suffix)
    return out


def result_file_names(data: HandoutData) -> list[tuple[ParticipantSheet, str]]:
    """Each participant with a result sheet (HandoutData.with_results), with its file name."""
    came = data.with_results
    stems = [RESULT_PREFIX + file_stem(p.company, f"参加者{p.participant_id}") for p in came]
    return list(zip(came, unique_names(stems, ".docx"), strict=True))


# --- keeping words whole ------------------------------------------------------------------------

MM_PER_PT = 25.4 / 72
CELL_PADDING_MM = 2 * 108 / 1440 * 25.4
"""A table cell's left and right margins (Table Grid: 108 twentieths of a point each)."""
HALF_EM = 0.6
"""The width of a half-width character in ems (digits and Latin letters, wide side)."""
BODY_PT = 10.5
BOLD = 1.08
"""A header is bold: a little wider than its text measures."""
MIN_COLUMN_MM = 11.0
MIN_FLEXIBLE_MM = 25.0
TITLE_PT, TITLE_SMALLEST_PT = 26.0, 18.0
_OPENING = "（「『【〔［(["
_CLOSING = "）」』】〕］)]、。，．・："
_CLOSING_BREAK = "）」』】〕］)]、。，・"


def _script(char: str) -> str:
    """The kind of a character, for where a Japanese line may break: between a run of hiragana and
    what follows, between katakana and kanji, at spaces and punctuation — never inside a run."""
    if char in "ー々〆":  # the long-vowel mark and repeat marks belong to what they follow
        return "same"
    code = ord(char)
    if 0x3040 <= code <= 0x309F:
        return "hiragana"
    if 0x30A0 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9F:
        return "katakana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "kanji"
    return "other"  # Latin, digits, symbols: kept with their neighbours (「3階」「IT化」「12時間」)


def words(text: str) -> list[str]:
    """`text` cut where a line may break without splitting a word: after a space, after 、。・ and a
    closing bracket, before an opening one, after a run of hiragana, where katakana meets kanji
    (「はじめての」「クラウドソーシング」「活用」「ワークショップ」), and after a Latin word of three
    letters or more before Japanese (「Google」「ビジネス」). Joined, the words give back `text`."""
    out: list[str] = []
    current = ""
    previous = ""
    for char in text:
        kind = _script(char)
        if current:
            last = current[-1]
            cut = (
                (last in " 　" and char not in " 　")
                or (last in _CLOSING_BREAK and char not in _CLOSING)
                or (char in _OPENING and last not in _OPENING)
                or (kind in ("katakana", "kanji") and re.search("[A-Za-z]{3}$", current) is not None)
                or (kind not in ("same", "other") and previous not in ("other", kind)
                and (previous == "hiragana" or {previous, kind} == {"katakana", "kanji"})
                and char not in _CLOSING)
            )  # fmt: skip
            if cut:
                out.append(current)
                current = ""
        current += char
        if kind != "same":
            previous = kind
    if current:
        out.append(current)
    return out


AUTOSPACE_EM = 0.25
"""The space Word and LibreOffice put between Japanese and a Latin letter or digit (autoSpaceDE,
autoSpaceDN: 「2026 年 7 月」)."""


def text_pt(text: str, size_pt: float) -> float:
    """The width of `text` at `size_pt` (a full-width character one em, a half-width one HALF_EM,
    and the automatic space where Japanese meets a Latin letter or digit)."""
    wide = [unicodedata.east_asian_width(c) in "WFA" for c in text]
    width = sum(size_pt * (1.0 if w else HALF_EM) for w in wide)
    latin = [c.isascii() and c.isalnum() for c in text]
    for index in range(1, len(text)):
        if wide[index - 1] != wide[index] and (latin[index - 1] or latin[index]):
            width += AUTOSPACE_EM * size_pt
    return width


def fit_lines(text: str, width_pt: float, size_pt: float = BODY_PT) -> str:
    """`text` with line breaks where it must wrap in `width_pt`: first at its full-width spaces
    (the phrases of a line), else between words, a word cut only when longer than a line."""
    lines: list[str] = []
    for given in text.split("\n"):
        line = ""
        for phrase in re.split("(?<=　)", given):
            if text_pt((line + phrase).rstrip("　 "), size_pt) <= width_pt:
                line += phrase
                continue
            if line.strip() and text_pt(phrase.rstrip("　 "), size_pt) <= width_pt:
                lines.append(line.rstrip("　 "))  # the whole phrase on the next line
                line = phrase
                continue
            for word in words(phrase):
                if text_pt((line + word).rstrip("　 "), size_pt) <= width_pt or not line.strip():
                    line += word
                    continue
                lines.append(line.rstrip("　 "))
                line = word
        lines.append(line.rstrip("　 "))
    return "\n".join(lines)


def _text_width_pt(doc: DocumentObject) -> float:
    section = doc.sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return width / 12700 if width > 0 else 170 / MM_PER_PT  # EMU: 12,700 a point


def column_widths(headers: list[str], rows: list[list[str]], total_mm: float, flexible: int,
                  size_pt: float = BODY_PT) -> list[float]:  # fmt: skip
    """Widths of a table's columns in mm, filling `total_mm`: each column but `flexible` as wide as
    its longest line (a header's or a value's, lines as written), `flexible` the rest. When that
    is too little, `flexible` is narrowed to its longest word, then the others towards theirs,
    the widest slack first: a line then wraps between words (fit_lines), not inside one."""

    def mm(text: str, bold: bool) -> float:
        return text_pt(text, size_pt) * (BOLD if bold else 1.0) * MM_PER_PT + CELL_PADDING_MM + 0.5

    widest, narrowest = [], []
    for col in range(len(headers)):
        texts = [(headers[col], True), *((row[col], False) for row in rows)]
        lines = [(line, bold) for text, bold in texts for line in text.split("\n")]
        widest.append(max(MIN_COLUMN_MM, math.ceil(max(mm(line, bold) for line, bold in lines))))
        word = max(mm(w, bold) for line, bold in lines for w in words(line))
        narrowest.append(max(MIN_COLUMN_MM, math.ceil(word)))
    widths = list(widest)
    widths[flexible] = max(narrowest[flexible], total_mm - sum(widest) + widest[flexible])
    while sum(widths) > total_mm + 0.01:
        slack = [(widths[c] - narrowest[c], c) for c in range(len(widths)) if c != flexible]
        room, col = max(slack, default=(0.0, -1))
        if room <= 0:
            widths[flexible] = max(MIN_FLEXIBLE_MM, total_mm - sum(widths) + widths[flexible])
            break
        widths[col] -= min(room, sum(widths) - total_mm, 1.0)
    return widths


# --- small pieces ---------------------------------------------------------------------------


def _when(plan: WorkshopPlan) -> str:
    start = plan.starts_at
    return f"{jp_date(start.date())}（{WEEKDAYS_JA[start.weekday()]}）{start:%H:%M}〜"


def _para(doc: DocumentObject, text: str = "", *, bold: bool = False, size: float | None = None,
          center: bool = False, right: bool = False, space_after: float = 3,
          space_before: float = 0) -> object:  # fmt: skip
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(space_after)
    paragraph.paragraph_format.space_before = Pt(space_before)
    if text:
        run = paragraph.add_run(clean(text))
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return paragraph


def _bullet(doc: DocumentObject, text: str) -> None:
    styled(doc, clean(text), "ListBullet")


def _heading(doc: DocumentObject, text: str, level: int = 2) -> None:
    keep_next(styled(doc, clean(text), f"Heading{level}"))


def _part_title(doc: DocumentObject, title: str, plan: WorkshopPlan) -> None:
    styled(doc, clean(title), "Heading1")
    line = f"{plan.title}　{_when(plan)}" + (f"　会場：{plan.venue}" if plan.venue else "")
    _para(doc, fit_lines(clean(line), _text_width_pt(doc), 9), size=9)  # broken before 会場, not in it


def _table(doc: DocumentObject, headers: list[str], rows: list[list[str]], widths: list[float],
           right: tuple[int, ...] = (), wrap: tuple[int, ...] = ()) -> object:  # fmt: skip
    """A table; the columns in `wrap` get their line breaks between words (fit_lines)."""
    room = [(width - CELL_PADDING_MM) / MM_PER_PT - 1 for width in widths]
    cells = [[fit_lines(clean(v), room[c]) if c in wrap else clean(v) for c, v in enumerate(row)]
             for row in rows]  # fmt: skip
    heads = [fit_lines(h, room[c] / BOLD) if c in wrap else h for c, h in enumerate(headers)]
    return table(doc, heads, cells, widths, right)


def _fitted_table(doc: DocumentObject, headers: list[str], rows: list[list[str]], flexible: int,
                  right: tuple[int, ...] = (), prose: bool = False) -> object:  # fmt: skip
    """A table across the text's width whose columns are as wide as their longest label, one
    (`flexible`) taking the rest, its labels broken between words (`prose`: left to wrap as
    sentences do)."""
    rows = [[clean(v) for v in row] for row in rows]
    widths = column_widths(headers, rows, _text_width_pt(doc) * MM_PER_PT, flexible)
    wrap = tuple(c for c in range(len(headers)) if not (prose and c == flexible))
    return _table(doc, headers, rows, widths, right, wrap=wrap)


def _row_heights(grid: object, mm: float, skip_header: bool = True) -> None:
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Mm

    for index, row in enumerate(grid.rows):  # type: ignore[attr-defined]
        if skip_header and index == 0:
            continue
        row.height = Mm(mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def _box(doc: DocumentObject, lines: list[str], width_mm: float = 170, min_height_mm: float = 0) -> None:
    """Text (or space to write) in a framed box."""
    from docx.shared import Mm, Pt

    grid = doc.add_table(rows=1, cols=1)
    grid_style(grid)
    grid.autofit = False
    grid.columns[0].width = Mm(width_mm)
    cell = grid.rows[0].cells[0]
    cell.width = Mm(width_mm)
    first = True
    for line in lines or [""]:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = paragraph.add_run(clean(line))
        run.font.size = Pt(9.5)
        paragraph.paragraph_format.space_after = Pt(0)
    if min_height_mm:
        _row_heights(grid, min_height_mm, skip_header=False)


def _contact_lines(producer: ProducerProfile) -> list[str]:
    pairs = [
        ("担当", producer.name), ("所属", producer.organisation), ("資格", producer.certification),
        ("電話", producer.phone), ("メール", producer.email), ("所在地", producer.address),
    ]  # fmt: skip
    return [f"{label}：{value}" for label, value in pairs if value.strip()] or [
        "（プロデューサーの連絡先が未設定です。設定メニューの「プロデューサー情報」で登録してください）"
    ]


# --- the common handout -----------------------------------------------------------------------

REWARD_BANDS_JA = {
    OrderType.PROJECT: "数千円〜数百万円",
    OrderType.COMPETITION: "数千円〜数十万円",
    OrderType.TASK: "1件 数円〜数百円",
}
"""Reward bands seen on platforms (REFERENCE §1.1; approximate, 目安)."""

PROJECT_FLOW_JA = (
    "仕事の依頼（募集文を掲載。主要なプラットフォームでは掲載は無料）",
    "応募・見積もり（ワーカーが金額と期間を提案。メッセージで質問もできます）",
    "契約（条件に合う一人を選び、条件に双方が合意）",
    "仮払い（契約金額をプラットフォームに預けます。仮払いの前に作業を始めてもらってはいけません）",
    "業務（やり取りはプラットフォームのメッセージで）",
    "納品",
    "検収（内容を確認。必要なら修正を依頼）",
    "支払（検収を終えると、預けた報酬がワーカーに支払われます）",
    "評価（お互いを評価します）",
)
"""The project-type flow on the large platforms (REFERENCE §1.2)."""

TROUBLES_JA = (
    ("① 依頼内容が明確でない",
     "目的、対象、成果物の仕様（形式・サイズ・量）、参考例、検収の基準、必要なスキル、作業時間の目安を"
     "募集文に書く。掲載した募集文は保存しておく。"),
    ("② 依頼内容が大幅に変更になった",
     "変更するときの取扱い（追加の報酬・納期）を契約で決めておく。変更はワーカーの同意を得て、"
     "変更後の条件を書面・メールで改めて明示する。"),
    ("③ 発注者と連絡が取れなくなってしまった",
     "発注者の連絡先と予備の連絡先を契約に書き、返信の目安を決める。検収日と支払日を"
     "カレンダーに入れ、プロデューサーを相談先にする。"),
    ("④ 納品後の修正が多い",
     "無償で修正できる回数と、不具合の修正と新しい依頼の違いを契約に書く。コンペでは依頼内容を"
     "具体的に。大きな修正は協議し、追加の報酬を含めて見直す。"),
    ("⑤ 著作権の取り扱いが明確でない",
     "著作権を譲り受けるのか利用を許諾するのか、時期（報酬の支払時など）と範囲を募集時から明示する。"
     "譲渡では著作権法第27条・第28条の権利を含めること、著作者人格権を行使しないことも書く。"
     "不採用のコンペ作品は無断で使わない。"),
)  # fmt: skip
"""The seed's five common troubles and how to avoid them (REFERENCE §10)."""

POSTING_ITEMS_JA = (
    "① 注文する仕事の内容",
    "② 成果物の納期予定日（役務提供予定日）",
    "③ 報酬予定額、報酬の支払期日及び支払方法",
    "④ 注文する仕事に係る諸経費の取扱い",
    "⑤ 提案や企画、作品等に係る知的財産権の取扱い",
    "⑥ 上記募集内容に関する問い合わせ先",
)
"""The guideline's six items a posting must show (REFERENCE §2.2)."""

GUIDELINE_JA = "自営型テレワークの適正な実施のためのガイドライン（厚生労働省、平成30年2月改定）"
FREELANCE_ACT_JA = (
    "特定受託事業者に係る取引の適正化等に関する法律（令和5年法律第25号、"
    "いわゆるフリーランス・事業者間取引適正化等法。2024年11月1日施行）"
)


def _handout(doc: DocumentObject, data: HandoutData) -> None:
    plan = data.plan
    _part_title(doc, "クラウドソーシングの基本", plan)

    _heading(doc, "1. クラウドソーシングとは")
    _para(doc, "インターネット上のサービス（プラットフォーム）を通じて、社外の多くの働き手（ワーカー）に"
               "仕事を発注する仕組みです。アプリ開発やホームページ制作、チラシやロゴのデザイン、"
               "ライティング、データ入力など、様々な仕事を頼めます。仕事の依頼から契約、納品、支払、"
               "評価まで、すべてWeb上で行えます。")  # fmt: skip
    _para(doc, "中小企業庁の「クラウドソーシング導入推進事業」（平成26年度）で実際に発注を体験した"
               "中小企業のうち75％が、今後もクラウドソーシングの利用を検討すると答えました。"
               "「簡単に使えることが分かった」「不安が解消された」という声が寄せられています。")  # fmt: skip

    _heading(doc, "2. 3つの発注形式")
    rows = [[LABELS_JA[t], MECHANISMS_JA[t], REWARD_BANDS_JA[t]] for t in OrderType]
    _fitted_table(doc, ["発注形式", "仕組みと向いている仕事", "報酬の目安"], rows, flexible=1, prose=True)
    _para(doc, "報酬の目安はプラットフォームで見られるおおよその価格帯で、相場は変わります。"
               "迷ったら、やり取りしながら進める仕事はプロジェクト形式、見比べて選びたいものはコンペ形式、"
               "細かく分けられる作業はタスク形式と考えます。", size=9)  # fmt: skip

    _heading(doc, "3. 発注の流れ")
    keep_next(_para(doc, "プロジェクト形式（相見積もり制）の場合："))
    for number, step in enumerate(PROJECT_FLOW_JA, start=1):
        _para(doc, f"{number}. {step}")
    _para(doc, "コンペ形式：募集の公開前に報酬を仮払いし、締切までに届いた作品から選びます。"
               "採用しなかった作品は、応募者の同意なく使ったり公開したりしてはいけません。")  # fmt: skip
    _para(doc, "タスク形式：単価×件数を仮払いして公開し、届いた作業を1件ずつ承認または非承認にします。"
               "承認期限までに判断しなかった作業は自動的に承認されます。")  # fmt: skip

    _heading(doc, "4. 費用と手数料")
    for line in (
        "募集の掲載は、主要なプラットフォーム（クラウドワークス、ランサーズ）では無料です。"
        "発注者側にシステム利用料がかかるサービスもあるので、料金表で確かめます。",
        "報酬は契約時（コンペ・タスクは公開前）にプラットフォームへ仮払いし、検収後にワーカーへ"
        "支払われます。ワーカー側の手数料（例：クラウドワークスでは報酬の5〜20％）は報酬から差し引かれます。",
        "報酬額は、同じような仕事の相場、難しさ、納期、ワーカーの能力を考えて決めます。作業時間から"
        "時給に換算し、地域の最低賃金を一つの目安にします（ガイドライン）。",
        "個人のワーカーに支払うデザイン、原稿、翻訳などの報酬は、発注者が源泉徴収義務者（法人や、"
        "従業員に給与を支払う個人事業主など）であれば源泉徴収が必要です（100万円以下の部分は10.21％）。"
        "プログラミングやデータ入力は通常対象外です。",
        "支払期日は、納品を受けた日から30日以内（遅くとも60日以内）が目安です（ガイドライン）。"
        "従業員を使用する発注者などには、フリーランス法で受領日から60日以内の支払いが義務付けられています。",
    ):
        _bullet(doc, line)

    _heading(doc, "5. よくある5つのトラブルと防ぎ方")
    _table(doc, ["トラブル", "防ぎ方"], [list(pair) for pair in TROUBLES_JA], [50, 120], wrap=(0,))

    _heading(doc, "6. 守るべきルール")
    keep_next(_para(doc, GUIDELINE_JA, bold=True))
    keep_next(_para(doc, "募集するときは次の6項目を明示します。"))
    for item in POSTING_ITEMS_JA:
        _para(doc, "　" + item)
    _para(doc, "契約するときは、契約条件（注文者の名称・連絡先、仕事の内容、報酬額と支払期日・支払方法、"
               "納期、検収日、知的財産権の取扱いなど）を文書やメールで明示し、3年間保存します。")  # fmt: skip
    keep_next(_para(doc, FREELANCE_ACT_JA, bold=True))
    for line in (
        "第3条：仕事を委託したら直ちに、給付の内容、報酬の額、支払期日などの取引条件を書面"
        "または電子メール等で明示します（従業員のいない発注者も対象）。",
        "第4条：報酬は、納品を受けた日から60日以内のできるだけ早い日に支払います"
        "（従業員を使用する発注者など「特定業務委託事業者」）。",
        "第5条：1か月以上の委託では、受領拒否、報酬の減額、返品、買いたたきなどが禁止されます"
        "（特定業務委託事業者）。",
        "第12条：募集情報は正確で最新に保ち、虚偽や誤解を生む表示をしません。募集者の名称、所在地、"
        "連絡先、業務の内容、業務に従事する場所、報酬を表示します（特定業務委託事業者）。",
        "第14条：ハラスメントの相談窓口を設け、ワーカーに知らせます（特定業務委託事業者）。",
    ):
        _bullet(doc, line)
    _para(doc, "勤務時間や作業場所の指定、細かな指揮命令など、雇用に近い依頼は業務委託では避けます。"
               "この資料は概要です。個別の判断は専門家や相談窓口（フリーランス・トラブル110番など）に"
               "ご相談ください。", size=9)  # fmt: skip

    _heading(doc, "7. クラウドソーシング・プロデューサーの役割")
    for line in (
        "中小企業の経営課題を聞き取り、クラウドソーシングで発注できる業務に分解・整理します。",
        "募集文と契約条件をガイドラインとフリーランス法に沿って整え、発注を代行します。",
        "ワーカーとのやり取り、納品・検収・支払まで見守り、結果をご報告します。",
        "一般社団法人クラウドソーシング協会が2015年から育成・認証し、地域の中小企業支援機関と連携して"
        "セミナーや相談窓口を開いています。",
    ):
        _bullet(doc, line)
    _heading(doc, "ご相談はこちらへ", 3)
    for line in _contact_lines(data.producer):
        _para(doc, line)


# --- the attendance sheet ---------------------------------------------------------------------


def _attendance_word(p: ParticipantSheet) -> str:
    word = ATTENDANCE_JA[p.attendance] if p.attendance.value != "registered" else ""
    if p.late_at is not None:
        word += f" {p.late_at:%H:%M}"
    return word


def _attendance(doc: DocumentObject, data: HandoutData) -> None:
    plan = data.plan
    _part_title(doc, "出席簿", plan)
    if plan.organiser:
        _para(doc, f"主催：{plan.organiser}" + (f"　講師：{plan.facilitator}" if plan.facilitator else ""),
              size=9)  # fmt: skip
    rows = [
        [str(number), p.company, p.contact_person, _attendance_word(p), ""]
        for number, p in enumerate(data.participants, start=1)
    ]
    if not rows:  # no one registered yet: numbered lines to fill in on the day, as many as the seats
        lines = min(plan.capacity or 10, BLANK_ROWS)
        rows = [[str(number), "", "", "", ""] for number in range(1, lines + 1)]
    headers = ["No", "会社名", "ご担当者", "出欠", "ご署名"]
    grid = _table(doc, headers, rows, [11, 58, 34, 25, 42], right=(0,))
    _row_heights(grid, 9)
    _para(doc, _attendance_totals(data), size=9)


def _attendance_totals(data: HandoutData) -> str:
    counts = dict.fromkeys(Attendance, 0)
    for p in data.participants:
        counts[p.attendance] += 1
    text = (f"参加登録 {len(data.participants)}社（定員 {data.plan.capacity}）　"
            f"出席 {counts[Attendance.PRESENT]}　遅刻 {counts[Attendance.LATE]}　"
            f"欠席 {counts[Attendance.ABSENT]}")  # fmt: skip
    if counts[Attendance.REGISTERED]:
        text += f"　未確認 {counts[Attendance.REGISTERED]}"
    return text


# --- the worksheet ----------------------------------------------------------------------------


def _worksheet(doc: DocumentObject, data: HandoutData, p: ParticipantSheet | None) -> None:
    """The sheet a participant fills in on the day: only its name is printed in it (None: a sheet
    with the name left to write, for a workshop no one has registered for yet)."""
    plan = data.plan
    _part_title(doc, "ワークシート", plan)
    if p is None:
        _para(doc, "会社名：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　様", bold=True, size=13)
        _para(doc, "ご担当：＿＿＿＿＿＿＿＿＿＿＿＿")
    else:
        _para(doc, f"{p.company}　様", bold=True, size=13)
        if p.contact_person:
            _para(doc, f"ご担当：{p.contact_person}")
    _heading(doc, "1. 当てはまる経営課題に ✓ をつけてください（いくつでも）")
    rows = [["☐", line.title, line.description] for line in data.catalogue]
    rows.append(["☐", "その他", ""])
    _table(doc, ["✓", "経営課題", "こんなお悩み"], rows, [10, 48, 112])
    _heading(doc, "2. 課題を発注できる業務に分けてみましょう")
    _para(doc, "発注形式：P＝プロジェクト（見積もりで一人を選ぶ）　C＝コンペ（作品から選ぶ）　"
               "T＝タスク（細かい作業を多くの人に）", size=9)  # fmt: skip
    blank = [["", "P ・ C ・ T", "", ""] for _ in range(5)]
    grid = _table(doc, ["業務（頼みたい仕事）", "発注形式", "その形式を選んだ理由", "予算の目安（円）"],
                  blank, [50, 26, 58, 36])  # fmt: skip
    _row_heights(grid, 9)
    _heading(doc, "3. 募集文のメモ（何を、いつまでに、いくらで、どんな人に）")
    _box(doc, [], min_height_mm=30)


# --- the result sheet -------------------------------------------------------------------------


def _result(doc: DocumentObject, data: HandoutData, p: ParticipantSheet) -> None:
    plan = data.plan
    _part_title(doc, "結果シート", plan)
    _para(doc, f"{p.company}　御中", bold=True, size=13)
    if p.contact_person:
        _para(doc, f"ご担当：{p.contact_person} 様")
    _para(doc, "本日のワークショップで整理した内容です。社内でのご検討にお役立てください。")

    _heading(doc, "1. 選んだ経営課題")
    for title in p.problems or ("（記録されていません）",):
        _bullet(doc, title)

    _heading(doc, "2. 業務の分解と発注形式")
    if p.items:
        # a range breaks after its 〜; the work item takes what the short labels leave
        rows = [
            [str(n), line.problem, line.draft.title, LABELS_JA[line.draft.order_type], effort(line.draft),
             yen_range(line.draft.budget_min, line.draft.budget_max).replace("〜", "〜\n")]
            for n, line in enumerate(p.items, start=1)
        ]  # fmt: skip
        _fitted_table(doc, ["No", "経営課題", "業務", "発注形式", "作業量の目安", "予算の目安"], rows,
                      flexible=2, right=(0,))  # fmt: skip
        _heading(doc, "発注形式を選んだ理由", 3)
        for line in p.items:
            reason = type_reason(line.draft)  # the producer's own first, else from the item itself
            _bullet(doc, f"{line.draft.title}（{LABELS_JA[line.draft.order_type]}）：{reason}")
        _para(doc, "予算は公開されている相場をもとにした目安です。実際の金額はワーカーの提案・見積もりで"
                   "決まります。", size=9)  # fmt: skip
    else:
        _para(doc, "業務の分解は記録されていません。個別相談で一緒に整理しましょう。")

    _heading(doc, "3. 募集文の下書きとチェックリスト")
    posting = p.posting
    if posting is None:
        _para(doc, "募集文の下書きは、個別相談でこの業務の分解をもとに一緒に作ります。")
    else:
        keep_next(_para(doc, f"業務：{posting.work_item}", bold=True))
        _box(doc, [line for line in posting.body.splitlines() if line.strip()])
        errors, warnings = posting.count("error"), posting.count("warning")
        if not posting.findings:
            _para(doc, "チェックリスト：すべての項目を満たしています。", space_before=6)
        else:
            said = (f"チェックリスト：要修正 {errors}件、注意 {warnings}件"
                    "（ガイドラインとフリーランス法に照らした確認です）")  # fmt: skip
            keep_next(_para(doc, said, space_before=6))
            rows = []
            for f in posting.findings:
                text, basis = finding_ja(f.message, f.basis, f.params)
                rows.append([SEVERITY_JA.get(f.severity, f.severity), text, basis])
            _table(doc, ["判定", "内容", "根拠"], rows, [16, 96, 58])

    _heading(doc, "4. 次のステップ")
    steps = []
    if p.follow_up:
        steps.append("個別相談のお申し込みをいただきました。下記のプロデューサーから日程のご連絡をします。")
    else:
        steps.append("個別相談をご希望の場合は、下記のプロデューサーまでご連絡ください（無料）。")
    if posting is not None and posting.count("error"):
        steps.append("募集文の「要修正」の項目を埋めてから掲載します。")
    steps += [
        "業務ごとの予算と納期を社内で確認し、最初に発注する一件を決めます。",
        "契約したら直ちに、仕事の内容、報酬の額、支払期日などを書面またはメールでワーカーに明示し、"
        "3年間保存します（明示：フリーランス法第3条・ガイドライン、保存：ガイドライン）。",
    ]
    for step in steps:
        _bullet(doc, step)

    _heading(doc, "5. お問い合わせ先")
    lines = _contact_compact(data.producer)
    for index, contact in enumerate(lines):  # together: never its last lines alone on a page
        paragraph = _para(doc, contact)
        if index < len(lines) - 1:
            keep_next(paragraph)


def _contact_compact(producer: ProducerProfile) -> list[str]:
    """The producer's contact in four lines at most (the result sheet's room is one page): the
    name with the office, the certification, phone and mail on one line, the address."""
    name, office = producer.name.strip(), producer.organisation.strip()
    who = f"{name}（{office}）" if name and office else name or office
    reach = "　".join(f"{label}：{value.strip()}" for label, value in
                     (("電話", producer.phone), ("メール", producer.email)) if value.strip())  # fmt: skip
    certified, address = producer.certification.strip(), producer.address.strip()
    lines = [who and f"担当：{who}", certified and f"資格：{certified}", reach,
             address and f"所在地：{address}"]  # fmt: skip
    return [line for line in lines if line] or _contact_lines(producer)


# --- the combined file's contents list ----------------------------------------------------------


def title_size(title: str, width_pt: float) -> tuple[float, str]:
    """The cover title's size and text: one line at the largest size from TITLE_PT down to
    TITLE_SMALLEST_PT at which it fits, else TITLE_SMALLEST_PT broken between words."""
    spacing = 0.25  # the Title style spaces its characters by a quarter point
    size = TITLE_PT
    while size >= TITLE_SMALLEST_PT:
        if text_pt(title, size) + spacing * len(title) <= width_pt:
            return size, title
        size -= 1
    size = TITLE_SMALLEST_PT
    return size, fit_lines(title, width_pt - spacing * len(title), size)


def _cover_title(doc: DocumentObject, title: str) -> None:
    from docx.shared import Pt

    size, text = title_size(title, _text_width_pt(doc) - 2)
    paragraph = styled(doc, "", "Title")
    paragraph.add_run(text).font.size = Pt(size)


def _contents(doc: DocumentObject, data: HandoutData) -> None:
    plan = data.plan
    _cover_title(doc, clean(plan.title))
    _para(doc, _when(plan) + (f"　{plan.venue}" if plan.venue else ""))
    if plan.organiser:
        _para(doc, f"主催：{plan.organiser}")
    # the day this bundle was written out for printing — not the workshop's, which is above
    _para(doc, f"印刷日：{jp_date(data.issued_on)}", size=9)
    _heading(doc, "印刷用　内容")
    came = {p.participant_id: name for p, name in result_file_names(data)}
    order = ("1. クラウドソーシングの基本（全員に配布）　2. 出席簿　3. ワークシート（1社ずつ）　"
             f"4. 結果シート（{len(came)}社分）の順に綴じてあります。")  # fmt: skip
    if not came:  # nothing to report yet: no result sheets are bound in
        sheets = "3. ワークシート（1社ずつ）" if data.participants else "3. ワークシート（記入用）"
        order = f"1. クラウドソーシングの基本（全員に配布）　2. 出席簿　{sheets}の順に綴じてあります。"
    _para(doc, fit_lines(order, _text_width_pt(doc)))
    rows = []
    for number, p in enumerate(data.participants, start=1):
        result = "あり" if p.participant_id in came else f"なし（{ATTENDANCE_JA[p.attendance]}・記録なし）"
        if p.participant_id not in came and p.attendance is Attendance.ABSENT:
            result = "なし（欠席）"
        rows.append([str(number), p.company, "あり", result])
    if not rows:
        _para(doc, "参加登録はまだありません。ワークシートは社名を記入する1枚（人数分を複写）、出席簿は"
                   "当日記入する空欄です。")  # fmt: skip
        return
    _table(doc, ["No", "会社名", "ワークシート", "結果シート"], rows, [11, 95, 30, 34], right=(0,))


# --- writing ----------------------------------------------------------------------------------


def _new_page(doc: DocumentObject, first: object) -> None:
    """The part beginning with block `first` starts a page: its paragraph breaks the page before
    it (a page-break paragraph would leave an empty line at the top of the page); a table first
    gets a page-break paragraph before it."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    if first.tag == qn("w:p"):  # type: ignore[attr-defined]
        Paragraph(first, doc._body).paragraph_format.page_break_before = True
        return
    breaking = OxmlElement("w:p")
    first.addprevious(breaking)  # type: ignore[attr-defined]
    Paragraph(breaking, doc._body).add_run().add_break(WD_BREAK.PAGE)


def _on_one_page(doc: DocumentObject, part: Part) -> None:
    """Writes `part` as a sheet read on one page: written apart first and, when it runs just over a
    page, tightened onto one (word.fit_one_page: body text 9 pt or more), then moved into `doc`. A
    part that fills more than a page is left as it is."""
    from docx.oxml.ns import qn

    from .word import fit_one_page

    apart = new_document()  # the same styles, page and margins as every document of the run
    part(apart)
    fit_one_page(apart)
    end = doc.element.body.find(qn("w:sectPr"))
    for block in list(apart.element.body):
        if block.tag != qn("w:sectPr"):
            end.addprevious(block)

Part = Callable[["DocumentObject"], None]


def _save(parts: list[Part], out: Path, title: str, data: HandoutData) -> Path:
    producer = data.producer
    plan = data.plan
    running = title if plan.title in title else f"{title}　{plan.title}"
    doc = new_document(
        clean(f"{running}　{jp_date(plan.held_on)}"),
        subject=clean(f"ワークショップ配布資料　{plan.title}"),
        author=clean(producer.name or producer.organisation),
        producer=clean(" ".join(x for x in (plan.organiser, producer.organisation, producer.name) if x)),
    )
    body = doc.element.body
    for index, part in enumerate(parts):
        before = len(body) - 1  # the blocks before the section's properties
        part(doc)
        if index:  # each part on a new page: its first paragraph starts one (no empty line above it)
            _new_page(doc, body[before])
    doc.core_properties.title = clean(title)[:250]
    from .files import save

    save(doc, out)
    return out


def write_handouts(data: HandoutData, out_dir: Path, progress: Progress = no_progress) -> list[Path]:
    """Writes into `out_dir` (created when missing): one result sheet per participant who came (the
    participant's name in the file name), the worksheets (one file, a page per participant), the
    common handout, the attendance sheet, and the combined file for one print job. Returns the
    paths written. `progress(done, total)` may raise to cancel: then no file is left behind."""
    out_dir = Path(out_dir)
    came = result_file_names(data)

    def handout(doc: DocumentObject) -> None:
        _handout(doc, data)

    def attendance(doc: DocumentObject) -> None:
        _attendance(doc, data)

    def worksheet(p: ParticipantSheet) -> Part:
        return lambda doc: _on_one_page(doc, lambda apart: _worksheet(apart, data, p))

    def result(p: ParticipantSheet) -> Part:
        return lambda doc: _on_one_page(doc, lambda apart: _result(apart, data, p))

    def contents(doc: DocumentObject) -> None:
        _contents(doc, data)

    sheets = [worksheet(p) for p in data.participants]
    if not sheets:  # no one registered yet: one sheet to copy, its name left to write
        sheets = [lambda doc: _worksheet(doc, data, None)]
    jobs: list[tuple[str, list[Part], str]] = [
        (HANDOUT_FILE, [handout], "クラウドソーシングの基本"),
        (ATTENDANCE_FILE, [attendance], "出席簿"),
        (WORKSHEETS_FILE, sheets, "ワークシート"),
    ]
    jobs += [(name, [result(p)], f"結果シート {p.company}") for p, name in came]
    combined = [contents, handout, attendance, *sheets, *(result(p) for p, _name in came)]
    jobs.append((COMBINED_FILE, combined, f"{data.plan.title}（印刷用）"))
    total = sum(len(parts) for _name, parts, _title in jobs)
    done = 0
    progress(done, total)

    made = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir, prefix=".csp-desk-handouts-"))
    finished = False
    try:
        staged = []
        for name, parts, title in jobs:
            counted: list[Part] = []
            for part in parts:

                def step(doc: DocumentObject, part: Part = part) -> None:
                    nonlocal done
                    part(doc)
                    done += 1
                    progress(done, total)

                counted.append(step)
            staged.append((_save(counted, staging / name, title, data), out_dir / name))
        umask = os.umask(0)
        os.umask(umask)
        written = []
        for source, target in staged:
            source.chmod(0o666 & ~umask)  # an export is an ordinary file
            source.replace(target)  # atomic: a reader sees the old file or the new one
            written.append(target)
        finished = True
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if made and not finished:
            with contextlib.suppress(OSError):
                out_dir.rmdir()  # the folder made for this run, left empty: not left behind
