"""The scanner's POST-14, POST-15 and POST-19 concepts (data/concepts/content.json, professions.json,
leaks.json): phrasings of each concept in words of their own, and topic look-alikes that must not fire."""

from __future__ import annotations

import pytest

from csp_desk.domain.language import detect

FOUND = [
    ("promo.stealth_ad", "無償で商品をお送りしますので、自分で購入したことにして紹介してください。"),
    ("promo.stealth_ad", "宣伝っぽく見えないように、普段使いの投稿として書いてください。"),
    ("promo.stealth_ad", "謝礼をお支払いしますが、依頼されたことは伏せてください。"),
    ("promo.stealth_ad", "報酬ありの案件ですが、PRの表記はしないでください。"),
    ("promo.fake_review", "一度も行ったことがないお店でも、口コミを投稿していただければ結構です。"),
    ("promo.fake_review", "商品は届きませんが、星5のレビューをつけてください。"),
    ("promo.fake_review", "飲んだ体で、サプリの感想を書いてください。"),
    ("promo.fake_review", "アプリを使わずに高評価のレビューを入れてください。"),
    ("promo.account_farming", "女子大生を装ってSNSで発信していただきます。"),
    ("promo.account_farming", "ひとりで複数のアカウントを使い分けて投稿してください。"),
    ("promo.account_farming", "名前を変えて何度も応募フォームに登録してください。"),
    ("promo.account_farming", "フリーメールのアドレスを複数作成してください。"),
    ("promo.ghost_writing", "修士論文を丸ごと書いてほしいです。"),
    ("promo.ghost_writing", "大学の期末レポートを私の代わりに仕上げてください。"),
    ("promo.ghost_writing", "授業の課題を書いてもらい、私の名前で提出します。"),
    ("promo.data_harvest", "知り合いの名前と電話番号を聞き出して一覧で報告してください。"),
    ("prof.tax", "税務調査の立ち会いを私の代わりにお願いします。"),
    ("prof.tax", "ふるさと納税の還付申告を代わりにしてください。"),
    ("prof.registration", "会社の住所変更登記をお願いしたいです。"),
    ("prof.registration", "商号変更の登記手続きを代行してください。"),
    ("prof.legal", "大家さんとの敷金の話し合いを、代理人として進めてください。"),
    ("prof.legal", "相手方の弁護士と、私の代わりに交渉してください。"),
    ("prof.legal", "交通事故の慰謝料について相手の保険会社と交渉してきてください。"),
    ("prof.social_insurance", "従業員の社保の資格取得の手続きをお願いします。"),
    ("leak.confidential", "【社内秘】来期の価格改定案を添付します。"),
    ("leak.confidential", "内部限定の売上資料をもとにグラフを作ってください。"),
    ("leak.confidential", "機密：新製品の発売日は4月1日です。"),
    ("leak.confidential", "添付資料は Internal use only です。"),
    ("leak.phone", "前の担当者の携帯 ０８０ ９８７６ ５４３２ に連絡してください。"),
    ("promo.stealth_ad", "一般の購入者になりきって、商品の良さを語ってください。"),
    ("promo.stealth_ad", "スポンサーの名前は出さずに、さりげなく商品を紹介してください。"),
    ("promo.stealth_ad", "お金をもらっていることは内緒で、友人に勧める形で書いてください。"),
    ("promo.fake_review", "こちらで用意した文面をそのままレビュー欄に投稿してください。"),
    ("promo.fake_review", "競合店に星1の低評価をつけてください。"),
    ("promo.fake_review", "レビュー1件につき300円、商品の購入は必要ありません。"),
    ("promo.account_farming", "他人の名義でアカウントを登録してください。"),
    ("promo.account_farming", "一人で何役もこなして掲示板に書き込んでください。"),
    ("promo.ghost_writing", "オンライン授業の小テストを代わりに解いてください。"),
    ("prof.legal", "離婚協議で相手方と条件をまとめてきてください。"),
    ("promo.stealth_ad", "企業から頼まれたとは書かずに、口コミ風の記事にしてください。"),
    ("promo.fake_review", "ホテルに泊まらずに宿泊記を書いてください。"),
    ("promo.account_farming", "フォロワー用のダミーアカウントを作ってください。"),
    ("promo.account_farming", "サブアカウントを複数作って投票してください。"),
    ("prof.registration", "相続した土地の名義を変える手続きをお願いします。"),
    ("prof.social_insurance", "算定基礎届の提出を代行してください。"),
    ("leak.phone", "山田様（03-5555-1234）に確認してください。"),
    ("promo.stealth_ad", "一般消費者として自然に当社商品を褒める投稿をしてください。"),
    ("promo.stealth_ad", "「広告」の表示は外して掲載してください。"),
    ("promo.fake_review", "お客様の声を創作してください。"),
    ("promo.fake_review", "レビューの星を水増ししてください。"),
    ("promo.account_farming", "同一人物とわからないように複数のアカウントで投稿してください。"),
    ("promo.account_farming", "50以上のアカウントを管理して、いいねを押してください。"),
    ("prof.legal", "相手方の代理人弁護士とのやり取りを、私に代わって行ってください。"),
    ("promo.stealth_ad", "広告っぽさを消して、ただの感想として書いてください。"),
    ("promo.fake_review", "こちらで決めた評価でレビューを投稿してください。"),
    ("promo.account_farming", "別の人物として、もう一つアカウントを作ってください。"),
    ("promo.account_farming", "10代の女の子になりきってDMを送ってください。"),
    ("prof.legal", "法律の専門家として意見をください（報酬あり）。"),
    ("promo.fake_review", "ネットの情報だけを見て、体験したようなレビューを書いてください。"),
    ("promo.account_farming", "いくつもの名前を使ってアンケートに答えてください。"),
    ("promo.account_farming", "SNSアカウントを大量生産するお仕事です。"),
    ("promo.account_farming", "一人で5役をこなし、掲示板で会話してください。"),
]

NOT_FOUND = [
    ("promo.account_farming", "ネーミング案を複数考えて、名前の候補をコメントしてください。"),
    ("promo.account_farming", "一人で何役もこなせる方歓迎（経理・総務）。"),
    ("promo.ghost_writing", "論文の代わりにポスター発表の資料を作ってください。"),
    ("leak.confidential", "公開前の記事なので、公開日まではSNSで共有しないでください。"),
    ("promo.stealth_ad", "広告感を抑えた自然なバナーをデザインしてください。"),
    ("promo.fake_review", "指定の評価基準でレビューしてください。"),
    ("promo.account_farming", "SNSの複数アカウント運用のメリットを解説する記事です。"),
    ("prof.legal", "法律の専門家が監修した記事のリライトです。"),
    ("promo.stealth_ad", "広告表示を削除する機能を実装してください。"),
    ("promo.fake_review", "口コミサイトの運用代行です（返信のみ）。"),
    ("promo.fake_review", "キャラクターの声を創作する声優さん募集。"),
    ("promo.account_farming", "50以上のアカウントの運用実績があります。"),
    ("prof.tax", "税務署に提出済みの書類をスキャンしてPDFにしてください。"),
    ("prof.legal", "顧問弁護士の代理として相手と交渉します。"),
    ("promo.account_farming", "なりすましメールを見分ける方法の記事です。"),
    ("promo.account_farming", "テスト用のダミーアカウントを作成してください。"),
    ("promo.account_farming", "キャラクターを演じるVTuberの台本を書いてください。"),
    ("promo.fake_review", "商品をお送りしますので、使用後にレビューをお願いします。"),
    ("promo.fake_review", "低評価の口コミへの返信文を作ってください。"),
    ("promo.ghost_writing", "小学生向けの作文教室の教材を作ってください。"),
    ("prof.registration", "法務局の所在地を一覧にしてください。"),
    ("leak.phone", "価格は 1,234,567 円です。"),
    ("promo.stealth_ad", "ステマ規制について解説する記事を書いてください。"),
    ("promo.fake_review", "サクラレビューの見分け方の記事を書いてください。"),
    ("promo.account_farming", "複数のクライアントのSNSアカウントを運用した経験がある方歓迎。"),
    ("promo.account_farming", "ペルソナ設定をもとにマーケティング施策を考えてください。"),
    ("promo.account_farming", "緊急連絡先としてご家族の名前を登録してください。"),
    ("promo.ghost_writing", "レポートの書き方講座の資料を作ってください。"),
    ("prof.legal", "交渉術に関するセミナーの告知文を書いてください。"),
    ("leak.confidential", "「マル秘」スタンプのイラストを描いてください。"),
    ("promo.stealth_ad", "投稿には必ず#PRを付けてください。"),
    ("promo.stealth_ad", "自腹で購入した家電の使用感をまとめたブログです。"),
    ("promo.fake_review", "実際に使ってから、正直な感想を書いてください。"),
    ("promo.fake_review", "お客様からいただいた良い口コミをまとめてLPに載せてください。"),
    ("promo.account_farming", "複数アカウントによる不正を検知する仕組みを設計してください。"),
    ("promo.account_farming", "なりすまし被害の対策記事を書いてください。"),
    ("promo.account_farming", "弊社の公式アカウント3つの運用をお任せします。"),
    ("promo.ghost_writing", "卒論のアンケート調査にご協力をお願いします。"),
    ("promo.ghost_writing", "修士論文の英文校正をお願いします。"),
    ("promo.ghost_writing", "読書感想文コンクールのチラシを作ってください。"),
    ("promo.ghost_writing", "大学の授業で使うスライドのデザインを整えてください。"),
    ("promo.data_harvest", "友人の連絡先は入力しないでください。"),
    ("prof.tax", "税務署の場所と営業時間をまとめた記事です。"),
    ("prof.legal", "営業代行として取引先と価格交渉をしていただきます。"),
    ("prof.legal", "示談金の相場を解説する記事を書いてください。"),
    ("leak.confidential", "「社外秘」スタンプのデザインを作ってください。"),
    ("leak.confidential", "機密文書のシュレッダー処理サービスの紹介記事です。"),
    ("leak.confidential", "知り得た機密情報は漏らさないでください。"),
    ("leak.phone", "お問い合わせは弊社窓口 03-1234-5678 までどうぞ。"),
]


@pytest.mark.parametrize(("concept", "text"), FOUND)
def test_a_phrasing_of_the_concept_is_found(concept, text):
    assert concept in {hit.concept for hit in detect(text)}, detect(text)


@pytest.mark.parametrize(("concept", "text"), NOT_FOUND)
def test_a_look_alike_is_not_found(concept, text):
    assert concept not in {hit.concept for hit in detect(text)}, detect(text)


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
