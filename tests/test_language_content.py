"""The scanner's POST-14, POST-15 and POST-19 concepts (data/concepts/content.json, professions.json,
leaks.json) in contracts: phrasings of each concept in words of their own, and topic look-alikes that must
not fire."""

from __future__ import annotations

import pytest

from csp_desk.domain.language import detect

# The postings' phrasings and look-alikes of these concepts are in tests/language_cases.tsv.

CONTRACT_FOUND = [
    ("promo.stealth_ad", "乙は、本件投稿が甲の依頼によるものである旨を表示してはならない。"),
    ("promo.stealth_ad", "受託者は、本広告記事において委託者から対価を得ている事実を記載しないものとする。"),
    ("promo.stealth_ad", "乙は、本件投稿が甲の委託によるものであることを第三者に開示しないものとする。"),
    ("promo.stealth_ad", "受託者は、成果物に広告である旨の表示をしてはならない。"),
    ("promo.fake_review",
     "乙は、甲の指定する商品について、使用の有無にかかわらず最高評価のレビューを投稿するものとする。"),
    ("promo.data_harvest",
     "乙は、甲の指定するウェブサイトから個人の氏名及び連絡先を収集し、一覧表として納品する。"),
    ("promo.account_farming", "乙は、甲の指示に従い、第三者名義のアカウントを開設するものとする。"),
    ("promo.stealth_ad", "乙は、本件投稿が甲の依頼によるものである旨を表示しないものとする。"),
    ("promo.stealth_ad", "受託者は、委託者から報酬を受けている事実を閲覧者に知られないよう投稿を行う。"),
    ("promo.fake_review", "乙は、本件商品を使用することなく、甲の指定する通販サイトにレビューを投稿する。"),
    ("promo.fake_review",
     "乙は、甲が作成したレビュー原稿を、乙のアカウントからレビュー欄に投稿するものとする。"),
    ("promo.data_harvest",
     "乙は、インターネット上の掲示板から個人の氏名及び住所を調査し、一覧表として甲に提出する。"),
    ("promo.account_farming", "乙は、架空の人物名義のアカウントを20件作成し、甲に引き渡す。"),
    ("promo.ghost_writing", "乙は、甲が大学に提出する卒業論文を甲に代わって執筆する。"),
    ("promo.fake_review", "乙は、実際の利用の有無を問わず、甲の施設について星5の評価を投稿する。"),
    ("promo.stealth_ad",
     "乙は、本件記事が広告であることを読者が認識できないよう作成するものとする。"),
    ("promo.fake_review",
     "乙は、甲の店舗を利用した顧客を装い、口コミサイトに投稿する。"),
    ("promo.data_harvest",
     "乙は、SNS上の利用者の氏名、住所、電話番号を調査し、リストとして甲に納品する。"),
    ("promo.account_farming",
     "乙は、甲の指定するSNSにおいて、複数のアカウントを作成し、これを甲に譲渡する。"),
    ("promo.ghost_writing",
     "乙は、甲の修士論文を甲名義で提出できる形で執筆し、納品する。"),
]
CONTRACT_NOT_FOUND = [
    ("promo.stealth_ad", "乙は、成果物たる記事に「PR」の表記を付すものとする。"),
    ("promo.stealth_ad", "乙は、本契約の存在及び内容を第三者に開示しないものとする。"),
    ("promo.data_harvest", "乙は、業務上知り得た個人の氏名及び連絡先を第三者に提供してはならない。"),
    ("leak.confidential", "乙は、甲から開示された秘密情報を第三者に開示してはならない。"),
    ("promo.stealth_ad", "乙は、本件投稿に甲の広告である旨を明示しなければならない。"),
    ("promo.fake_review", "乙は、虚偽のレビューを投稿してはならない。"),
    ("promo.data_harvest", "乙は、業務上知り得た個人の氏名及び連絡先を第三者に提供してはならない。"),
    ("promo.account_farming", "乙は、第三者のアカウントを無断で使用してはならない。"),
    ("promo.ghost_writing", "乙は、甲が作成した論文の図表の体裁を整えるものとする。"),
    ("promo.stealth_ad", "乙は、甲の依頼に基づく投稿である旨を、投稿の冒頭に表示するものとする。"),
    ("promo.fake_review", "甲は、乙に対し、評価の内容について一切指示しないものとする。"),
    ("promo.data_harvest", "乙は、甲から提供された顧客の氏名及び住所を、発送業務にのみ使用する。"),
    ("promo.account_farming", "乙は、甲のアカウントを甲の許可なく第三者に使用させてはならない。"),
    ("leak.phone", "本契約の有効期間は2025年04月01日から2026年03月31日までとする。"),
    ("leak.confidential", "乙は、甲の機密情報を厳重に管理するものとする。"),
    ("leak.phone",
     "甲の連絡先：株式会社ハルタ 03-3456-7890（代表）"),
]


@pytest.mark.parametrize(("concept", "text"), CONTRACT_FOUND)
def test_a_contract_clause_of_the_concept_is_found(concept, text):
    assert concept in {hit.concept for hit in detect(text, "contract")}, detect(text, "contract")


@pytest.mark.parametrize(("concept", "text"), CONTRACT_NOT_FOUND)
def test_a_contract_look_alike_is_not_found(concept, text):
    assert concept not in {hit.concept for hit in detect(text, "contract")}, detect(text, "contract")
