"""The concept matcher: patterns over words, values and the normalised text, with negation and scope.

Text is normalised (normalise.py), cut into sentences and analysed (analyser.py); each concept's
patterns (lexicon.py, from data/concepts) are tried sentence by sentence. A match is dropped
when a denial follows it in its clause (出社は不要, 勤務時間の指定はありません), when a filter of
its pattern says the sentence is about something else (the orderer's own hours, an occasional
meeting, an estimate, an article about the subject), or when it overlaps an exclusion.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .analyser import Token, tokens
from .lexicon import Concept, Lexicon, Pattern, quick_fold
from .normalise import Normalised, Value, normalise, values
from .reader import features as reader_features
from .reader import model as reader_model
from .reader import probability as reader_probability

_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u27BF\u2B00-\u2BFF\uFE0F\u200D"
"""Pictographs and dingbats, not ★☆ (a rating: ★5の口コミ)."""
_SENTENCE_END = re.compile(
    rf"[。！？!?\n]+|(?<=[)）」』】])(?=\s)|(?<=[ぁ-ゟ])[{_EMOJI}]+\s*|[{_EMOJI}]+(?=\s)\s*"
)
"""Where a sentence may end: 。！？ and line ends; a closing bracket before a space; an emoji run
after a sentence's last word or before a space (お願いします🙏 交通費はなしです: the なし is no denial
of the request before the emoji)."""
_CLAUSE_BREAK = {
    "、",
    ",",
    "，",
    "；",
    ";",
    "が",
    "けれど",
    "けど",
    "ものの",
    "一方",
    "ただし",
    "但し",
    "なお",
}
_NEGATION_REACH = 16
_MAX_WORD_UNITS = 4


@dataclass(frozen=True)
class Hit:
    """A concept found in a text: `words` is text[start:end] of the text given to detect()."""

    concept: str
    weight: str
    words: str
    start: int
    end: int


@dataclass
class _Sentence:
    start: int
    end: int
    tokens: list[Token]
    keys: dict[str, list[tuple[int, int]]]
    """word (folded) → (first token, last token + 1) where it occurs."""
    folded: set[str]
    at: list[set[str]]
    """The words that start at each token."""
    aside: list[int]
    """aside[i]: how many of the tokens before token i are inside brackets （…） (a gloss between
    the words of a pattern does not count in its window)."""


def _index(toks: list[Token]) -> dict[str, list[tuple[int, int]]]:
    keys: dict[str, list[tuple[int, int]]] = defaultdict(list)
    forms = [tuple(quick_fold(f) for f in t.forms()) for t in toks]
    for i in range(len(toks)):
        surface = ""
        norm = ""
        for j in range(i, min(len(toks), i + _MAX_WORD_UNITS)):
            s, lemma, n = forms[j]
            candidates = {surface + s, norm + n, surface + lemma} if j > i else {s, lemma, n}
            for key in candidates:
                keys[key].append((i, j + 1))
            surface += s
            norm += n
    return keys


def _sentences(text: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    toks = tokens(text) if text.strip() else []
    start = 0
    bounds = _bounds(text)
    k = 0
    for end in bounds:
        if end <= start:
            continue
        if end < len(text) and _HEADING.match(text, start, end) and "\n" in text[start:end + 1]:
            continue  # ■勤務地\n弊社オフィス: a heading reads with the line under it
        group: list[Token] = []
        while k < len(toks) and toks[k].start < end:
            if not toks[k].surface.isspace():
                group.append(toks[k])
            k += 1
        if group:
            out.append(_sentence(group, start, end))
        start = end
    return out


def _bounds(text: str) -> list[int]:
    """Where sentences end. A 。！？ inside 「」『』 belongs to the quote (『副業OK？』をテーマにした… is one
    sentence), and so does a ！？ inside （） (an aside's 。 still ends its own sentence), when the
    brackets close on the same line within a short distance; a line end always ends one."""
    out, quote, aside, seen = [], 0, 0, 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" in m.group():
            quote = aside = 0
        else:
            part = text[seen:m.start()]
            quote = max(0, quote + _depth(part, "「『", "」』"))
            aside = max(0, aside + _depth(part, "（(", "）)"))
            seen = m.start()
            inside = quote or (aside and "。" not in m.group())
            if inside and _closes_soon(text, m.end()):
                continue
            quote = aside = 0
        out.append(m.end())
        seen = m.end()
    return [*out, len(text)]


def _depth(part: str, opening: str, closing: str) -> int:
    return sum(part.count(c) for c in opening) - sum(part.count(c) for c in closing)


def _closes_soon(text: str, at: int) -> bool:
    rest = text[at:at + _QUOTE_REACH].split("\n", 1)[0]
    return any(c in rest for c in "」』）)")


_QUOTE_REACH = 60
"""How far after a 。！？ inside brackets the brackets must close for the mark to stay inside them."""


def _sentence(group: list[Token], start: int, end: int) -> _Sentence:
    keys = _index(group)
    at: list[set[str]] = [set() for _ in group]
    for key, spots in keys.items():
        for a, _b in spots:
            at[a].add(key)
    return _Sentence(start, end, group, keys, set(keys), at, _asides(group))


def _asides(toks: list[Token]) -> list[int]:
    out, inside, depth = [0], 0, 0
    for t in toks:
        if t.surface in (")", "）") and depth:
            depth -= 1
        counted = depth > 0
        if t.surface in ("(", "（"):
            depth += 1
        inside += counted
        out.append(inside)
    return out


_HEADING = re.compile(
    r"\s*(?:[■□●◆◇▼▽★☆◎○※]\s*[^。！？!?\n]{1,16}|【[^】\n]{1,16}】|\[[^\]\n]{1,16}\]|[^。！？!?\n、]{1,12}[:：])\s*$"
)
"""A line that only names what follows (■勤務時間, 【作業場所】, 稼働時間：)."""


def _has(sentence: _Sentence, words: frozenset[str]) -> bool:
    return not sentence.folded.isdisjoint(words)


_CALL_WORK = frozenset(quick_fold(w) for w in (
    "フォロー", "かけ", "掛け", "対応", "応対", "営業", "代行", "受付",
    "業務", "オペレーター", "調査", "当番", "番"))


def _meets(sentence: _Sentence, words: frozenset[str]) -> bool:
    """A meeting word in the sentence, but not a call that is the work (電話フォロー, 電話かけ, 電話対応)."""
    toks = sentence.tokens
    for w in words & sentence.folded:
        for _a, b in sentence.keys.get(w, ()):
            if b >= len(toks) or _CALL_WORK.isdisjoint(quick_fold(f) for f in toks[b].forms()):
                return True
    return False


_CLAUSE_EDGE = {
    "、",
    ",",
    "，",
    "；",
    ";",
    "ので",
    "けれど",
    "けど",
    "ものの",
    "(",
    ")",
    "（",
    "）",
    "「",
    "」",
}


def _clause_span(sentence: _Sentence, first: int, last: int) -> range:
    """The tokens of the clause around tokens [first, last): up to a comma or a conjunction."""
    toks = sentence.tokens

    def edge(i: int) -> bool:
        t = toks[i]
        return t.surface in _CLAUSE_EDGE or (t.surface == "が" and len(t.pos) > 1 and t.pos[1] == "接続助詞")

    a = first
    while a > 0 and not edge(a - 1):
        a -= 1
    b = last
    while b < len(toks) and not edge(b):
        b += 1
    return range(a, b)


def _clause(sentence: _Sentence, first: int, last: int) -> set[str]:
    """The words of the clause around tokens [first, last)."""
    words: set[str] = set()
    for i in _clause_span(sentence, first, last):
        words |= sentence.at[i]
    return words


_HUMBLE_GIVE = frozenset({"いただく", "頂く"})
_HUMBLE_GIVE_FOLDED = frozenset(quick_fold(w) for w in _HUMBLE_GIVE)


def _humble(sentence: _Sentence, first: int, last: int) -> bool:
    """…させていただきます in the clause: the writer's own act put humbly (回答は平日10時〜18時に
    行わせていただきます), not a request to the worker (…していただきます)."""
    toks = sentence.tokens
    return any(toks[i].lemma in _HUMBLE_GIVE and _causative_before(toks, i)
               for i in _clause_span(sentence, first, last))


def _causative_before(toks: list[Token], i: int) -> bool:
    """させ(て)いただく: せる/させる just before token i, or before its て."""
    k = i - 1 if i > 0 and toks[i - 1].surface != "て" else i - 2
    return k >= 0 and toks[k].lemma in ("せる", "させる")


_UNLESS = {
    "estimate": ("estimate", "requirement"),
    "article": ("article", ""),
    "company": ("company", "person"),
    "own_contact": ("own_contact", "third_party"),
}
"""Filters of one sentence: a cue list that drops the match, unless the other list is there too."""


_NOUN_PHRASE_POS = {"名詞", "接尾辞", "接頭辞", "補助記号"}
_TOPIC_REACH = 20
_THEME = {"テーマ", "題材", "舞台", "モチーフ"}
_UNIT = {"室", "部", "課", "館", "局", "棟", "部門", "センター", "係", "班", "ルーム", "フロア"}
_FOR_USE = {"使う", "使える", "役立つ", "向ける", "流す", "配る", "設置", "掲示", "置く", "飾る",
            "貼る", "掲載", "展示", "配布", "放映", "表示", "載せる"}
"""Xで使える〜 / Xに役立つ〜: what follows is made for X (朝礼で使えるスピーチのネタ)."""


class _Scope:
    def __init__(self, lex: Lexicon):
        self.cues = lex.cues

    def topic(self, sentence: _Sentence, last: int, text: str = "") -> bool:
        """Whether the words ending before token `last` name the topic or object of the work rather
        than a condition of it: they modify a deliverable noun (就業規則の英訳, 日報アプリのLP,
        長期的なブランド戦略の資料) or are followed by について / をテーマに."""
        deliverable, about = self.cue("deliverable"), self.cue("about")
        toks = sentence.tokens
        if text and last > 0 and _TITLE.match(text, toks[last - 1].end):
            return True
        if self._audience(sentence, last) or self._relative(sentence, last) or self._theme(sentence, last):
            return True
        skip = 0
        for i in range(last, min(len(toks), last + _TOPIC_REACH)):
            if i < skip:
                continue
            t = toks[i]
            if t.surface in ("(", "（"):
                if i > last:
                    return False  # 業務報告あり（書き方のテンプレ…）: an aside, not what the signal modifies
                # 最低作業量（記事三十本）を遂行: a gloss right after the words; read on after it
                closing = (j for j in range(i + 1, len(toks)) if toks[j].surface in (")", "）"))
                skip = next(closing, len(toks)) + 1
                continue
            words = sentence.at[i]
            if self._adverbial(sentence, i):
                return False  # 毎日9時から18時まで記事を書く: まで binds the verb, not the noun after it
            if i + 1 < len(toks) and toks[i + 1].surface in _UNIT and not words.isdisjoint(deliverable):
                continue  # 技術資料室, 開発部: a room or a department named after its work, not a deliverable
            if not words.isdisjoint(deliverable) and self._put_into(sentence, i):
                return False  # 稼働時間を記録アプリに入力: the app is where it is entered, not the topic
            if not words.isdisjoint(deliverable) or not words.isdisjoint(about):
                return True
            if i > last and toks[i - 1].surface == "の" and self._making_noun(sentence, i):
                return True  # 出欠確認フォームの作成をお願いします: X is what is made
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            how = nxt is not None and nxt.surface == "方" and nxt.pos[0] == "接尾辞"
            if (t.surface == "方" and t.pos[0] == "接尾辞") or (t.pos[0] == "動詞" and how):
                return True  # 組み方, 書き方: how to do it is the subject
            if t.pos[0] in _NOUN_PHRASE_POS or t.surface in ("の", "・", "な", "と", "や", "から", "まで"):
                continue
            if nxt is not None and t.surface in ("へ", "と", "から") and nxt.surface == "の":
                continue  # 上司へのお礼メール
            if nxt is not None and t.pos[0] == "形容詞" and nxt.surface == "さ":
                continue  # 長さ, 大切さ: a noun made from an adjective
            if nxt is not None and t.surface in ("で", "に") and nxt.lemma in _FOR_USE:
                continue
            if t.lemma in _FOR_USE and i > last and toks[i - 1].surface in ("で", "に"):
                continue
            after_place = i > last + 1 and toks[i - 2].surface in ("で", "に")
            if t.lemma == "する" and after_place and toks[i - 1].lemma in _FOR_USE:
                continue  # 本社受付に設置する動画: a サ変 noun with する
            if t.surface in ("を", "が") and i + 1 < len(toks):
                made = t.surface == "を" and self._made(sentence, i + 1)
                return made or not sentence.at[i + 1].isdisjoint(about)
            return False
        return False

    def _put_into(self, sentence: _Sentence, i: int) -> bool:
        """The deliverable noun at token i is followed by に/へ and a verb of entering or handing in."""
        toks = sentence.tokens
        j = i
        while j < len(toks) and toks[j].pos[0] in ("名詞", "接尾辞"):
            j += 1
        if j + 1 >= len(toks) or toks[j].surface not in ("に", "へ"):
            return False
        return not sentence.at[j + 1].isdisjoint(self.cue("submitting"))

    def _audience(self, sentence: _Sentence, last: int) -> bool:
        """派遣の仕事を探している人向けのLP: the words describe the readers of a deliverable."""
        toks, deliverable = sentence.tokens, self.cue("deliverable")
        for i in range(last, min(len(toks), last + _TOPIC_REACH)):
            if toks[i].surface in _CLAUSE_EDGE:
                return False
            if toks[i].surface == "向け" and i + 1 < len(toks) and toks[i + 1].surface == "の":
                after = range(i + 2, min(len(toks), i + 5))
                return any(not sentence.at[j].isdisjoint(deliverable) for j in after)
        return False

    @staticmethod
    def _adverbial(sentence: _Sentence, i: int) -> bool:
        """The noun at token i follows まで or から directly (no の): the range binds the verb, unless
        the から opens a range that the noun continues (朝礼から日報提出までの流れ)."""
        toks = sentence.tokens
        if i == 0 or toks[i].pos[0] != "名詞":
            return False
        before = toks[i - 1]
        if before.surface not in ("まで", "から") or before.pos[0] != "助詞":
            return False
        return before.surface == "まで" or all(t.surface != "まで" for t in toks[i:i + 6])

    def _theme(self, sentence: _Sentence, last: int) -> bool:
        """毎日定時に出社するOLをモチーフにした…, タイムカードで勤怠管理している工場を舞台にした…: the
        clause the words are in is what the work takes as its theme or setting."""
        toks = sentence.tokens
        for i in range(last, min(len(toks) - 1, last + _TOPIC_REACH)):
            if toks[i].surface in _CLAUSE_EDGE:
                return False
            theme = toks[i].surface in _THEME and toks[i - 1].surface == "を"
            if theme and toks[i + 1].surface in ("に", "と"):
                return True
        return False

    def _relative(self, sentence: _Sentence, last: int) -> bool:
        """タスクトレイに常駐するアプリ, 監視映像を分析するシステム: the words end in a verb that
        modifies a deliverable noun (not システムエンジニア, a person)."""
        toks, deliverable, asking = sentence.tokens, self.cue("deliverable"), self.cue("asking")
        for i in range(last, min(len(toks) - 1, last + _TOPIC_REACH)):
            t = toks[i]
            if t.surface in _CLAUSE_EDGE or not sentence.at[i].isdisjoint(asking):
                return False
            if t.pos[0] not in ("動詞", "助動詞") or sentence.at[i + 1].isdisjoint(deliverable):
                continue
            if toks[i + 1].pos[0] != "名詞":
                continue
            j = i + 2
            while j < len(toks) and toks[j].pos[0] == "名詞" and not sentence.at[j].isdisjoint(deliverable):
                j += 1
            return not (j < len(toks) and (toks[j].surface in _PERSON_SUFFIX or toks[j].surface in _ROLE))
        return False

    def _making_noun(self, sentence: _Sentence, i: int) -> bool:
        """Token i is a noun of making (作成, 開発) not followed by handing it in (日報の作成・提出)."""
        toks = sentence.tokens
        if toks[i].pos[0] != "名詞" or sentence.at[i].isdisjoint(self.cue("making")):
            return False
        if i + 1 < len(toks) and toks[i + 1].surface in _PERSON_SUFFIX:
            return False  # 専属の編集さん: a person, not the making of something
        if _has(sentence, self.cue("daily")):
            return False  # 毎日日報の作成をお願いします: making it every day is the routine itself
        after = range(i + 1, min(len(toks), i + 5))
        return not any(not sentence.at[j].isdisjoint(self.cue("submitting")) for j in after)

    def _made(self, sentence: _Sentence, start: int) -> bool:
        """Xを(Excelで)作っていただきます: X is what the worker is asked to make."""
        making, asking = self.cue("making"), self.cue("asking")
        toks = sentence.tokens
        for i in range(start, min(len(toks), start + 6)):
            if toks[i].surface in _CLAUSE_EDGE:
                return False
            if not sentence.at[i].isdisjoint(making):
                after = range(i + 1, min(len(toks), i + 7))
                if any(not sentence.at[j].isdisjoint(self.cue("submitting")) for j in after):
                    return False  # 日報を書いて提出してください: the routine itself
                return any(not sentence.at[j].isdisjoint(asking) for j in after)
        return False

    def _self(self, sentence: _Sentence, first: int, last: int) -> bool:
        """私が毎日配信で活動報告してる, 当社は毎朝9時から営業: the orderer (or its staff) is the subject
        nearest before the match and nothing is asked of the worker (one person: in the clause; the
        company: in the sentence)."""
        toks = sentence.tokens
        person = None
        for i in range(first - 1, -1, -1):
            t = toks[i]
            nxt = toks[i + 1].surface if i + 1 < len(toks) else ""
            if (t.surface in _FIRST_PERSON or _own_house(toks, i)) and nxt in _SUBJECT_MARK:
                person = t.surface if t.surface in _FIRST_PERSON else "当社"
                break
            if t.surface in ("は", "が") and t.pos[0] == "助詞" and i > 0:
                j = i - 1
                if toks[j].surface == "で" and j > 0:
                    j -= 1  # 当社では
                if toks[j].surface in _STAFF:
                    person = toks[j].surface  # 弊社(の)スタッフが, 当社では正社員が: the orderer's staff
                    break
                if toks[j].surface in _FIRST_PERSON_MANY or _own_house(toks, j):
                    person = "当社"
                    break
                other = t.surface == "が" or not sentence.at[j].isdisjoint(self.cue("addressing"))
                if toks[j].surface not in _SELF_WORDS and (other or toks[j].surface in _PERSON_SUFFIX):
                    return False  # another subject is nearer (案件は: a topic, not a subject)
        if person is None:
            return False
        asking = self.cue("addressing")
        if person in _FIRST_PERSON_ONE:
            return _clause(sentence, first, last).isdisjoint(asking)
        return not _has(sentence, asking)

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def drops(self, sentence: _Sentence, filters: tuple[str, ...], first: int, last: int) -> bool:
        for name in filters:
            if name == "orderer":
                clause = _clause(sentence, first, last)
                opening = _opening_bracket(sentence, first)
                if opening > 0:  # 営業時間（11時〜22時）, 電話（平日9時〜17時）: what the brackets qualify
                    clause |= _clause(sentence, opening - 1, opening)
                    closing = next((i for i in range(last, len(sentence.tokens))
                                    if sentence.tokens[i].surface in (")", "）")), -1)  # fmt: skip
                    if 0 <= closing < len(sentence.tokens) - 1:
                        clause |= _clause(sentence, closing + 1, closing + 2)
                orderer, worker = self.cue("orderer"), self.cue("worker")
                if _humble(sentence, first, last):
                    worker = worker - _HUMBLE_GIVE_FOLDED
                if not clause.isdisjoint(orderer) and clause.isdisjoint(worker):
                    return True
                silent = clause.isdisjoint(orderer) and clause.isdisjoint(worker)
                if silent and _has(sentence, orderer) and not _has(sentence, worker):
                    return True  # 朝8時から夜10時まで、いつでもご質問を受け付けます
            elif name == "meeting":
                if (_meets(sentence, self.cue("meeting")) and not _has(sentence, self.cue("daily"))
                        and _clause(sentence, first, last).isdisjoint(self.cue("work"))):  # fmt: skip
                    return True
            elif name == "self":
                if self._self(sentence, first, last):
                    return True
            elif name in _UNLESS:
                cue, counter = _UNLESS[name]
                if _has(sentence, self.cue(cue)) and not (counter and _has(sentence, self.cue(counter))):
                    return True
        return False


_FIRST_PERSON_ONE = {"私", "わたし", "僕", "ぼく", "俺", "おれ", "あたし", "わたくし"}
_FIRST_PERSON = _FIRST_PERSON_ONE | {"私たち", "私達", "私ども", "僕ら", "我々", "弊社", "当社", "当方",
                                     "当店", "弊店", "当事務所", "弊所", "たち", "達", "ども", "ら"}
_FIRST_PERSON_MANY = _FIRST_PERSON - _FIRST_PERSON_ONE
_SELF_WORDS = _FIRST_PERSON | {"自身", "本人"}
_STAFF = {"スタッフ", "社員", "メンバー", "従業員", "職員", "担当者", "一同", "院長", "社長", "店長", "所長",
          "園長", "校長", "理事長", "代表", "オーナー", "先生", "医師", "講師"}
_HOUSE = {"当院", "弊院", "当方", "当社", "弊社", "当店", "弊店", "当所", "弊所", "当園", "当館", "当局",
          "当会"}


def _own_house(toks: list[Token], j: int) -> bool:
    """当院, 当クリニック, 当事業所, 弊所: the orderer's own house (当/弊 before the noun)."""
    if toks[j].surface in _HOUSE:
        return True
    k = j - 1 if toks[j].pos[0] != "接尾辞" else j - 2
    return k >= 0 and toks[k].surface in ("当", "弊")
_SUBJECT_MARK = {"は", "が", "も", "、", "自身", "本人", "では", "たち", "達", "ども", "ら"}

_ROLE = {"エンジニア", "担当", "担当者", "開発者", "部門", "部署", "会社", "チーム", "メンバー", "スタッフ",
         "職", "ディレクター", "デザイナー", "ライター", "クリエイター", "マネージャー", "運用者", "管理者"}

_PERSON_SUFFIX = {"さん", "様", "者", "担当", "係", "スタッフ", "マン", "陣", "チーム", "くん", "ちゃん"}

_TITLE = re.compile(r"[^「」『』\n]{0,24}[」』](?:という|といった|との|って)")
"""「副業禁止は違法？」という…: the words are inside a quoted title."""


def _opening_bracket(sentence: _Sentence, first: int) -> int:
    """The index of the opening bracket just before token `first` (within 4 tokens), or -1."""
    for i in range(first - 1, max(-1, first - 5), -1):
        surface = sentence.tokens[i].surface
        if surface in ("(", "（"):
            return i
        if surface in (")", "）", "、", "。"):
            break
    return -1


def _token_range(sentence: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The tokens of `sentence` covering normalised text[start:end]."""
    first = next((i for i, t in enumerate(sentence.tokens) if t.end > start), len(sentence.tokens))
    last = next(
        (i for i in range(len(sentence.tokens) - 1, -1, -1) if sentence.tokens[i].start < end), first - 1
    )
    return first, last + 1


_OBLIGATION = re.compile(
    r"(?:なけれ|なく|ね)(?:ば|ては|ちゃ)(?:なら|いけ|だめ|ダメ)(?:ない|ず|ぬ|ん|ませ)"
    r"|(?:ないと|なきゃ|なくちゃ)(?:いけ|だめ|ダメ|なら)(?:ない|ませ(?:ん)?|ず|ん)?|ざるを得(?:ない|ませ)"
    r"|(?:ない|ません)(?:方|人|場合|ような方|ような人)(?:は|も)?(?:NG|ＮＧ|不可|お断り|ご遠慮|遠慮|厳禁|ダメ|だめ|無理|対象外"
    r"|応募不可|不採用|契約解除|お断わり)"
)
"""しなければならない, しないといけない, 返信できない方はNG: a double denial is an obligation, not a
negation."""


def _obligations(toks: list[Token]) -> set[int]:
    surfaces = "".join(t.surface for t in toks)
    if "な" not in surfaces and "ね" not in surfaces and "ざる" not in surfaces:
        return set()
    starts, at = [], 0
    for t in toks:
        starts.append(at)
        at += len(t.surface)
    out: set[int] = set()
    for m in _OBLIGATION.finditer(surfaces):
        out |= {i for i, a in enumerate(starts) if a < m.end() and a + len(toks[i].surface) > m.start()}
    return out


def _negated(sentence: _Sentence, first: int, last: int, used: set[int], cues: frozenset[str]) -> bool:
    """A denial inside the match (not one of its own words) or after it in the same clause."""
    if not cues:
        return False
    toks = sentence.tokens
    obligation = _obligations(toks)

    def is_cue(i: int) -> bool:
        return (i not in obligation and not sentence.at[i].isdisjoint(cues) and not _asking(toks, i)
                and not _without_fail(toks, i) and not _adverb(toks, i))  # fmt: skip

    for i in range(first, last):
        if i not in used and is_cue(i):
            return True
    i, end = last, min(len(toks), last + _NEGATION_REACH)
    while i < end:
        if toks[i].surface in ("(", "（"):  # 日給8,000円（作業量に関係なく）: the aside is not the predicate
            closing = next((j for j in range(i + 1, len(toks)) if toks[j].surface in (")", "）")), len(toks))
            end = min(len(toks), end + closing - i)
            i = closing + 1
            continue
        if toks[i].surface in _CLAUSE_BREAK and not (
            toks[i].surface in ("が",) and toks[i].pos[1] != "接続助詞"
        ):
            if not _carries_on(toks, i):
                break
            end = max(end, min(len(toks), i + _NEGATION_REACH))  # the topic's own predicate may be far
        if is_cue(i) and not _regardless(toks, i):
            return True
        i += 1
    return False


_QUESTION = {"か", "?", "？", "かな", "かしら"}


def _asking(toks: list[Token], i: int) -> bool:
    """解いてもらえませんか, やってくれない？: a request put as a negative question, not a denial."""
    if toks[i].surface not in ("ん", "ない", "ぬ"):
        return False
    j = i + 1
    while j < len(toks) and toks[j].surface in ("でしょう", "でしょ", "だろう"):
        j += 1
    return j < len(toks) and toks[j].surface in _QUESTION


_WITHOUT_FAIL = {"欠かす", "欠く", "怠る", "忘れる", "漏らす", "漏れる", "絶やす", "休む", "遅れる", "残す",
                 "抜かす", "途切れる", "切らす", "欠かせる", "サボる"}
"""毎日欠かさず, 忘れずに, 休まず, 遅れないように: "without fail", a demand, not a denial of it."""


def _without_fail(toks: list[Token], i: int) -> bool:
    if i > 0 and toks[i].surface in ("こと", "事") and toks[i - 1].lemma in _WITHOUT_FAIL:
        return True  # 欠かすことなく (with "ことなく" among a concept's denials)
    return i > 0 and toks[i].pos[0] in ("助動詞", "形容詞") and toks[i - 1].lemma in _WITHOUT_FAIL


_ADVERBS = {("それ", "と"), ("何", "と"), ("なん", "と"), ("間", "も"), ("ま", "も"), ("ほど",),
            ("程",), ("こと",), ("事",), ("漏れ",), ("もれ",), ("洩れ",), ("滞り",), ("とどこおり",),
            ("絶え間",), ("たえま",), ("余儀",), ("否応",), ("容赦",), ("遠慮",), ("心置き",)}  # fmt: skip
"""それとなく, 何となく, 間もなく, ほどなく, 漏れなく, 滞りなく, 絶え間なく, 余儀なく, 遠慮なく: adverbs, not
denials; …することなく is "without doing" (逸脱することなく対応する: a demand). A concept for which
…することなく denies its words (出社することなく在宅で完結) lists "ことなく" among its denials."""


def _adverb(toks: list[Token], i: int) -> bool:
    if toks[i].surface != "なく" or i == 0:
        return False
    before = toks[i - 1].surface
    return (before,) in _ADVERBS or (i > 1 and (toks[i - 2].surface, before) in _ADVERBS)


_COPULA_SKIP = {"と", "か", "とか", "など", "なんか", "なんて", "って", "という", "わけ", "訳", "もの"}
_COPULA_NOT = {"ない", "無い", "なく", "ありませ", "ござい", "ねえ", "ねぇ", "ねー"}


def _copula_denied(toks: list[Token], last: int) -> bool:
    """専属契約とかじゃない, 必須ではありません, 時給ではなく: the noun itself is denied, whatever the
    concept's own denials (しないと困る / じゃないと: a condition, not a denial)."""
    if last <= 0 or toks[last - 1].pos[0] not in ("名詞", "接尾辞", "形状詞"):
        return False
    j, skipped = last, 0
    while j < len(toks) and toks[j].surface in _COPULA_SKIP and skipped < 4:
        j, skipped = j + 1, skipped + 1
    if j < len(toks) and toks[j].surface == "じゃ":
        j += 1
    elif j + 1 < len(toks) and toks[j].surface == "で" and toks[j + 1].surface in ("は", "も"):
        j += 2
    else:
        return False
    if j + 1 < len(toks) and toks[j].surface == "あり" and toks[j + 1].surface == "ませ":
        j += 1
    if j >= len(toks) or toks[j].surface not in _COPULA_NOT:
        return False
    after = toks[j + 1].surface if j + 1 < len(toks) else ""
    return after not in ("と", "ければ", "きゃ", "か", "と困る") and not (
        after in ("です", "でしょう") and j + 2 < len(toks) and toks[j + 2].surface in _QUESTION
    )


def _regardless(toks: list[Token], i: int) -> bool:
    """関係なく, にかかわらず: "whatever the …", not a denial of what came before."""
    return i > 0 and toks[i - 1].lemma in ("関係", "関わる", "拘わる", "係わる", "かかわる")


_COORDINATING = {"又は", "または", "若しくは", "もしくは", "及び", "および", "並びに", "ならびに", "かつ",
                 "且つ"}


def _carries_on(toks: list[Token], i: int) -> bool:
    """A comma that does not end the clause: after a topic (服務規律は、…適用しません) or before a
    coordinating word (取得し、又は閲覧しない), the predicate that follows still belongs to it."""
    if toks[i].surface not in ("、", ",", "，"):
        return False
    topic = i > 0 and toks[i - 1].surface in ("は", "では", "には", "とも") and toks[i - 1].pos[0] == "助詞"
    nxt = toks[i + 1].surface if i + 1 < len(toks) else ""
    pair = nxt + toks[i + 2].surface if i + 2 < len(toks) else nxt  # 又は: 又 + は
    coordinating = nxt in _COORDINATING or pair in _COORDINATING
    return topic or coordinating or _summed_up(toks, i) or _listed(toks, i)


_LIST_CLOSE = {"その他", "そのほか", "等", "など", "及び", "および", "並びに", "ならびに"}


def _listed(toks: list[Token], i: int) -> bool:
    """賃金、賞与その他これに類する性質を有しない: a comma between the nouns of a list that closes with
    その他 / 等 / 及び; the predicate after the list is that of every noun in it."""
    if i == 0 or toks[i - 1].pos[0] != "名詞":
        return False
    for j in range(i + 1, min(len(toks), i + 5)):
        pair = toks[j].surface + (toks[j + 1].surface if j + 1 < len(toks) else "")
        if toks[j].surface in _LIST_CLOSE or pair in _LIST_CLOSE:  # その他: その + 他
            return True
        if toks[j].pos[0] not in ("名詞", "接尾辞", "接頭辞"):
            return False
    return False


_LIST_END = {"とか", "など", "なんか", "なんて", "や", "といった", "等"}
_SUMMING_UP = {"そういう", "そういった", "こういう", "こういった", "そんな", "そのような", "ああいう", "一切",
               "いっさい", "全く", "まったく", "何も", "なにも", "特に", "全然"}


def _summed_up(toks: list[Token], i: int) -> bool:
    """朝会とか定例とか、堅苦しいのは一切ない: a list before the comma that the next clause sums up."""
    listed = toks[i - 1].surface in _LIST_END or (i > 1 and toks[i - 1].surface == "か"
                                                  and toks[i - 2].surface == "と")  # fmt: skip
    if not listed:
        return False
    for j in range(i + 1, min(len(toks), i + 12)):
        if toks[j].surface in _CLAUSE_EDGE:
            return False
        if toks[j].surface in _SUMMING_UP:
            return True
    return False


def _part_of_person(toks: list[Token], end: int) -> bool:
    """受託者, 指揮者: a word followed by the suffix 者 names a person, not the act."""
    return end < len(toks) and toks[end].surface == "者" and toks[end].pos[0] == "接尾辞"


def _match_all(sentence: _Sentence, pattern: Pattern) -> list[tuple[int, int, set[int]]]:
    occurrences = []
    toks = sentence.tokens
    for slot in pattern.slots:
        present = slot & sentence.folded
        spots = sorted({spot for word in present for spot in sentence.keys[word]
                        if not _part_of_person(toks, spot[1])})  # fmt: skip
        if not spots:
            return []
        occurrences.append(spots)
    starts = [[a for a, _b in spots] for spots in occurrences]
    aside = sentence.aside
    out: list[tuple[int, int, set[int]]] = []
    for a0, b0 in occurrences[0]:
        first, last, used = a0, b0, set(range(a0, b0))
        ok = True
        for k, spots in enumerate(occurrences[1:], start=1):
            best = None
            # only the spots that can be within the window (a word spans at most _MAX_WORD_UNITS)
            lo = bisect_left(starts[k], first - pattern.window - _MAX_WORD_UNITS - aside[-1])
            hi = bisect_right(starts[k], last + pattern.window + aside[-1])
            for a, b in spots[lo:hi]:
                if pattern.ordered and a < last:
                    continue
                if set(range(a, b)) & used:
                    continue
                if aside[a + 1] > aside[a]:  # a word inside the brackets: no gloss skipped
                    distance = max(0, a - last, first - b)
                elif a >= last:
                    distance = a - last - (aside[a] - aside[last])
                else:
                    distance = max(0, first - b - (aside[first] - aside[b]))
                if distance <= pattern.window and (best is None or distance < best[0]):
                    best = (distance, a, b)
            if best is None:
                ok = False
                break
            _d, a, b = best
            first, last = min(first, a), max(last, b)
            used |= set(range(a, b))
        if ok:
            out.append((first, last, used))
    return out


_ADDRESS = re.compile(
    r"(?:〒?\d{3}-?\d{4}\s*)?(?:東京都|北海道|(?:京都|大阪)府|[^\s、。]{2,3}県)?[^\s、。]{1,8}?[市区町村郡]"
    r"[^\s、。]{0,12}?\d+(?:丁目|番地?|号|-\d+)+"
)


def _name_address(sentence: _Sentence, text: str) -> list[tuple[int, int]]:
    toks = sentence.tokens
    honorific = ("様", "さん", "氏", "殿")
    names = [t for i, t in enumerate(toks)
             if (len(t.pos) > 2 and t.pos[1] == "固有名詞" and t.pos[2] == "人名")
             or (i + 1 < len(toks) and toks[i + 1].surface in honorific and t.pos[0] == "名詞")]  # fmt: skip
    if not names:
        return []
    spans = []
    for m in _ADDRESS.finditer(text, sentence.start, sentence.end):
        name = min(names, key=lambda t: abs(t.start - m.start()))
        i = toks.index(name)
        while i > 0 and len(toks[i - 1].pos) > 2 and toks[i - 1].pos[2] == "人名":
            i -= 1  # the family name before the given name
        start = toks[i].start
        spans.append((min(start, m.start()), max(name.end, m.end())))
    return spans


def _value_ok(v: Value, pattern: Pattern) -> bool:
    too_low = pattern.min is not None and v.high < pattern.min
    return not too_low and not (pattern.max is not None and v.low > pattern.max)


def _spans(concept: Concept, pattern: Pattern, sentence: _Sentence, norm: Normalised,
           found: list[Value]) -> list[tuple[int, int, set[int]]]:  # fmt: skip
    """(first token, last token + 1, tokens that are the pattern's own words) of each match."""
    if pattern.slots:
        return _match_all(sentence, pattern)
    if pattern.value == "name_address":
        char_spans = _name_address(sentence, norm.text)
    elif pattern.value:
        inside = [v for v in found if v.kind == pattern.value and sentence.start <= v.start < sentence.end]
        char_spans = [(v.start, v.end) for v in inside if _value_ok(v, pattern)]
    else:
        assert pattern.regex is not None
        matches = pattern.regex.finditer(norm.text, sentence.start, sentence.end)
        char_spans = [(m.start(), m.end()) for m in matches if m.end() > m.start()]
    out = []
    for a, b in char_spans:
        first, last = _token_range(sentence, a, b)
        out.append((first, last, set(range(first, last)), a, b))
    return out  # type: ignore[return-value]


def _char_span(sentence: _Sentence, match: tuple[Any, ...]) -> tuple[int, int]:
    if len(match) == 5:
        return match[3], match[4]
    first, last = match[0], match[1]
    return sentence.tokens[first].start, sentence.tokens[last - 1].end


def find(text: str, lex: Lexicon, where: str = "posting") -> list[Hit]:
    norm = normalise(text)
    sentences = _sentences(norm.text)
    found = values(norm.text)
    scope = _Scope(lex)
    whole: set[str] = set().union(*(s.folded for s in sentences))
    hits: list[Hit] = []
    shared: dict[str, list[tuple[int, int]]] = {}
    widened: dict[int, frozenset[str]] = {}
    judged = _Judged(sentences)
    for concept in lex.concepts:
        if where not in concept.where:
            continue
        spans: list[tuple[int, int]] = []
        excluded: list[tuple[int, int]] = []
        for name in concept.shared:
            if name not in shared:
                shared[name] = _excluded(concept, lex.shared[name], sentences, norm, found, whole)
            excluded += shared[name]
        found_in: list[tuple[list[tuple[int, int]], bool]] = []
        for sentence in sentences:
            for pattern in concept.exclude:
                if not _applies(pattern, sentence, whole):
                    continue
                for match in _spans(concept, pattern, sentence, norm, found):
                    excluded.append(_char_span(sentence, match))
            own: list[tuple[int, int]] = []
            certain = False
            for pattern in concept.patterns:
                if not _applies(pattern, sentence, whole):
                    continue
                for match in _spans(concept, pattern, sentence, norm, found):
                    first, last, used = match[0], match[1], match[2]
                    span = _char_span(sentence, match)
                    if last <= first and len(match) != 5:
                        continue
                    if not _holds(concept, pattern, sentence, first, last, used, scope, norm, widened):
                        continue
                    own.append(span)
                    certain = certain or not pattern.slots
            found_in.append((own, certain))
        kept, added = _second_reading(concept.id, found_in, judged)
        spans += kept
        for window, first, last in added:
            sentence = judged.sentence(window)
            # over the window (a denial on the next line) and, read alone, in the line holding the
            # words (the orderer's own: 弊社オフィスは…)
            readings = [(sentence, first, last), judged.alone(window, first, last)]
            if all(_holds(concept, None, s, a, b, set(range(a, b)), scope, norm, widened)
                   for s, a, b in filter(None, readings)):  # fmt: skip
                spans.append((sentence.tokens[first].start, sentence.tokens[last - 1].end))
        spans = [s for s in spans if not any(s[0] < e[1] and e[0] < s[1] for e in excluded)]
        for a, b in _merged(spans):
            words, start, end = norm.words(a, b)
            hits.append(Hit(concept.id, concept.weight, words, start, end))
    hits.sort(key=lambda h: (h.start, h.concept))
    return hits


def _holds(concept: Concept, pattern: Pattern | None, sentence: _Sentence, first: int, last: int,
           used: set[int], scope: _Scope, norm: Normalised, widened: dict[int, frozenset[str]],
           ) -> bool:  # fmt: skip
    """Whether words found for the concept (by a pattern, or by the second reader when `pattern` is
    None) stand: not denied nor left to the worker, not the orderer's own or an article's topic."""
    cues = concept.negation if pattern is None or pattern.negation is None else pattern.negation
    discretion = scope.cue("discretion")
    if discretion:
        key = id(cues)
        if key not in widened:
            widened[key] = cues | discretion
        cues = widened[key]
    if _negated(sentence, first, last, used, cues) or _copula_denied(sentence.tokens, last):
        return False
    filters = (pattern.filters if pattern is not None else _all_filters(concept)) + concept.filters
    if filters and scope.drops(sentence, filters, first, max(last, first + 1)):
        return False
    return not (concept.weight and scope.topic(sentence, max(last, first + 1), norm.text))


_Reading = tuple[list[Token], dict[str, tuple[int, int]], dict[str, float]]
"""A window's tokens, its features (→ the tokens each covers) and every concept's log-odds."""


_READER_FILTERS = ("orderer", "self")
"""What the second reader finds of an employment-likeness concept is also dropped where the orderer
speaks of itself (弊社オフィスは渋谷駅から徒歩5分です): place names and office words weigh for a fixed
place, but only a constraint on the worker is one."""


def _all_filters(concept: Concept) -> tuple[str, ...]:
    """Every filter a pattern of the concept uses (a meeting, an estimate, an article…), and for
    employment-likeness the orderer's own voice: the second reader's findings pass all of them."""
    names: list[str] = list(_READER_FILTERS) if concept.weight else []
    for pattern in concept.patterns:
        names += [f for f in pattern.filters if f not in names]
    return tuple(names)


class _Judged:
    """The second reader's view of the text: each sentence read alone and with the next one (a
    posting's line often says it over two sentences), weighed once for all concepts."""

    def __init__(self, sentences: list[_Sentence]):
        self.sentences = sentences
        self.windows = [(i, i + 1) for i in range(len(sentences))]
        self.windows += [(i, i + 2) for i in range(len(sentences) - 1)]
        self._read: dict[tuple[int, int], _Reading] = {}

    def _reading(self, window: tuple[int, int]) -> _Reading:
        if window not in self._read:
            toks = [t for s in self.sentences[window[0]:window[1]] for t in s.tokens]
            found = reader_features(toks)
            self._read[window] = (toks, found, reader_model().logits(found))
        return self._read[window]

    def sentence(self, window: tuple[int, int]) -> _Sentence:
        """The window as one sentence, for the checks a finding passes (a denial in the next line
        denies words of the line before: 常に\nチャットに即レスしなくても大丈夫です)."""
        first, last = window
        if last - first == 1:
            return self.sentences[first]
        return _sentence([t for s in self.sentences[first:last] for t in s.tokens],
                         self.sentences[first].start, self.sentences[last - 1].end)  # fmt: skip

    def alone(self, window: tuple[int, int], first: int, last: int) -> tuple[_Sentence, int, int] | None:
        """The one sentence of a two-sentence window that holds tokens first..last, with their
        indices in it (None when the words run across both, or the window is one sentence)."""
        if window[1] - window[0] == 1:
            return None
        head = self.sentences[window[0]]
        n = len(head.tokens)
        if last <= n:
            return head, first, last
        if first >= n:
            return self.sentences[window[0] + 1], first - n, last - n
        return None

    def probability(self, concept: str, window: tuple[int, int]) -> float:
        return reader_probability(self._reading(window)[2][concept])

    def words(self, concept: str, window: tuple[int, int]) -> tuple[int, int]:
        """Tokens (first, last + 1) of the window, counted across its sentences, that weighed most."""
        toks, found, _ = self._reading(window)
        judgement = reader_model().concepts[concept].judge_features(found, len(toks))
        return judgement.start, judgement.end


def _second_reading(concept: str, found_in: list[tuple[list[tuple[int, int]], bool]], judged: _Judged,
                    ) -> tuple[list[tuple[int, int]], list[tuple[tuple[int, int], int, int]]]:  # fmt: skip
    """The patterns' spans as the second reader (reader.py) confirms them, and its own findings.

    A sentence it is sure does not express the concept (alone nor with a neighbour) loses the spans
    of word patterns (a stated value or a pattern over the characters stays). Where it is sure a
    sentence (or two) does express it and no pattern found it, it gives the words that weighed
    most, as (window, first token, last token + 1), for the same checks as a pattern's words."""
    model = reader_model()
    if concept not in model.concepts:
        return [span for own, _ in found_in for span in own], []
    best = [0.0] * len(found_in)
    added: list[tuple[tuple[int, int], int, int]] = []
    for window in judged.windows:
        p = judged.probability(concept, window)
        for i in range(*window):
            best[i] = max(best[i], p)
        if p <= model.threshold or any(found_in[i][0] for i in range(*window)):
            continue
        start, end = judged.words(concept, window)
        added.append((window, start, end))
    kept = [span for i, (own, certain) in enumerate(found_in) if own and (certain or best[i] >= model.veto)
            for span in own]  # fmt: skip
    return kept, added


def _applies(pattern: Pattern, sentence: _Sentence, whole: set[str]) -> bool:
    """Whether the pattern's conditions hold: `requires` (and `requires_also`) there, `unless` (with
    `unless_also`) not; each looked for in the sentence or, opted in, in the whole text."""
    if pattern.requires:
        words = whole if pattern.requires_text else sentence.folded
        if words.isdisjoint(pattern.requires):
            return False
        if pattern.requires_also and words.isdisjoint(pattern.requires_also):
            return False
    if pattern.unless:
        words = whole if pattern.unless_text else sentence.folded
        if not words.isdisjoint(pattern.unless) and not (
            pattern.unless_also and words.isdisjoint(pattern.unless_also)
        ):
            return False
    return True


def _excluded(concept: Concept, patterns: tuple[Pattern, ...], sentences: list[_Sentence], norm: Normalised,
              found: list[Value], whole: set[str]) -> list[tuple[int, int]]:  # fmt: skip
    out = []
    for sentence in sentences:
        for pattern in patterns:
            if not _applies(pattern, sentence, whole):
                continue
            out += [_char_span(sentence, m) for m in _spans(concept, pattern, sentence, norm, found)]
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
