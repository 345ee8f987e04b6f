<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Problem / work item</source>
        <translation>経営課題／業務</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>発注形式</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count}件</translation>
    </message>
    <message>
        <source>Heard on {date}</source>
        <translation>{date}のご相談</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>業務分解</translation>
    </message>
    <message>
        <source>This problem: {budget}</source>
        <translation>この課題：{budget}</translation>
    </message>
    <message>
        <source>Client total ({count} work items): {budget}</source>
        <translation>顧客の合計（業務{count}件）：{budget}</translation>
    </message>
    <message>
        <source>Choose a work item to edit it, or add one to the problem.</source>
        <translation>編集する業務を選ぶか、この課題に業務を追加してください。</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>「{title}」の編集</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>募集文</translation>
    </message>
    <message>
        <source>work item “{title}”</source>
        <translation>業務『{title}』</translation>
    </message>
    <message>
        <source>New work item</source>
        <translation>新しい業務</translation>
    </message>
    <message>
        <source>Add work item</source>
        <translation>業務を追加</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>「{title}」の追加</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>「{title}」の削除</translation>
    </message>
    <message>
        <source>Remove problem “{title}”</source>
        <translation>経営課題「{title}」の削除</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>「{title}」の移動</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>提案を追加</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>募集文…</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>業務名 *</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>発注形式</translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation>この形式を選ぶ理由</translation>
    </message>
    <message>
        <source>Work category</source>
        <translation>作業カテゴリ</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>必要なスキル</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>見積工数（時間）</translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation>1件あたりの分数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Budget from (yen)</source>
        <translation>予算下限（円）</translation>
    </message>
    <message>
        <source>Budget to (yen)</source>
        <translation>予算上限（円）</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>開始予定日</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Proposal (Word)…</source>
        <translation>提案書（Word）…</translation>
    </message>
    <message>
        <source>Budget (Excel)…</source>
        <translation>予算表（Excel）…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>反映</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Add participants from the clients</source>
        <translation>顧客から参加者を追加</translation>
    </message>
    <message>
        <source>Choose one or more clients (Ctrl or Shift with a click, or Shift with the arrow keys).</source>
        <translation>顧客を1社以上選んでください（Ctrl か Shift を押しながらクリック、または Shift と矢印キー）。</translation>
    </message>
    <message>
        <source>Search by name, kana, contact, industry or place</source>
        <translation>名前・フリガナ・担当者・業種・所在地で検索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Every client is registered already; register a new SME instead.</source>
        <translation>顧客はすべて申込済みです。新しい参加企業を登録してください。</translation>
    </message>
    <message>
        <source>{shown} clients shown, {chosen} chosen</source>
        <translation>{shown} 社を表示、{chosen} 社を選択</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>the new client</source>
        <translation>新しい顧客</translation>
    </message>
    <message>
        <source>client “{name}”</source>
        <translation>顧客『{name}』</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新しい顧客</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>アーカイブ解除</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>{name} (taken along)</source>
        <translation>{name}（持ち出し中）</translation>
    </message>
    <message>
        <source>{who} took this client along offline on {since}; their changes come back when they bring it back.</source>
        <translation>{who} さんが {since} にこの顧客を持ち出しています。持ち出し先での変更は、戻したときに反映されます。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Archived: hidden from the daily list, kept in the database.</source>
        <translation>アーカイブしました。一覧には表示されませんが、データは保持されます。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>アーカイブを解除しました。</translation>
    </message>
    <message>
        <source>Erase the contact person&apos;s name, phone and email, and the attendees of this client&apos;s consultations? The company and its orders stay. This cannot be undone.</source>
        <translation>担当者の氏名・電話番号・メールアドレスと、この顧客の相談記録の出席者を消去しますか？会社と案件の記録は残ります。元に戻せません。</translation>
    </message>
    <message>
        <source>Search by name, kana, contact or place</source>
        <translation>顧客名・フリガナ・担当者・地域で検索</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブも表示</translation>
    </message>
    <message>
        <source>No clients yet. Three steps to start:</source>
        <translation>まだ顧客がいません。はじめの 3 ステップ：</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>デモデータベースを開く</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>一覧を取り込む…</translation>
    </message>
    <message>
        <source>1. Add your first client, or import the list of clients you already keep (CSV or Excel).</source>
        <translation>1. 最初の顧客を追加するか、いま使っている顧客一覧（CSV・Excel）を取り込みます。</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>顧客を追加</translation>
    </message>
    <message>
        <source>2. Not sure yet? Open the demo database: sample clients, orders and workers to look around in. Your own database stays as it is.</source>
        <translation>2. まず試したいときは、デモデータベースを開きます。見本の顧客・案件・ワーカーで操作を試せます。自分のデータベースはそのまま残ります。</translation>
    </message>
    <message>
        <source>3. Set your name and contact as producer: every proposal, report and terms notice shows them.</source>
        <translation>3. プロデューサーとしての氏名と連絡先を設定します。提案書・報告書・取引条件明示書に載ります。</translation>
    </message>
    <message>
        <source>Set my producer profile…</source>
        <translation>プロデューサー情報を設定…</translation>
    </message>
    <message>
        <source>Add many at once from a CSV file or an Excel workbook</source>
        <translation>CSV ファイルや Excel ブックからまとめて追加します</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>顧客名 *</translation>
    </message>
    <message>
        <source>Name in kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13桁</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>個人データを書き出す…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>個人データを消去…</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>経営課題</translation>
    </message>
    <message>
        <source>{description}. Proposed work: {titles}</source>
        <translation>{description}。提案される業務：{titles}</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>the new consultation of {date}</source>
        <translation>{date}の新しい相談</translation>
    </message>
    <message>
        <source>the consultation of {date}</source>
        <translation>{date}の相談</translation>
    </message>
    <message>
        <source>Consultation saved.</source>
        <translation>相談を保存しました。</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>相談の削除</translation>
    </message>
    <message>
        <source>Delete this consultation with its problems and their work items?</source>
        <translation>この相談と、その経営課題・業務をすべて削除しますか？</translation>
    </message>
    <message>
        <source>Add problem “{title}”</source>
        <translation>経営課題「{title}」の追加</translation>
    </message>
    <message>
        <source>Added with {count} proposed work items; shape them on the Breakdown page.</source>
        <translation>提案された業務{count}件とともに追加しました。「業務分解」で内容を調整してください。</translation>
    </message>
    <message>
        <source>Remove problem “{title}”</source>
        <translation>経営課題「{title}」の削除</translation>
    </message>
    <message>
        <source>Removed “{title}” with its work items (Ctrl+Z brings it back).</source>
        <translation>「{title}」とその業務を削除しました（Ctrl+Zで元に戻せます）。</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>経営課題を削除</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新しい相談</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>相談日 *</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save consultation</source>
        <translation>相談を保存</translation>
    </message>
    <message>
        <source>Problems discussed</source>
        <translation>話し合った経営課題</translation>
    </message>
    <message>
        <source>Add from catalogue</source>
        <translation>カタログから追加</translation>
    </message>
    <message>
        <source>Or type a problem in your own words</source>
        <translation>またはカタログにない課題を入力</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログフォルダを開く</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>契約額</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>Delivery late</source>
        <translation>納品遅れ</translation>
    </message>
    <message>
        <source>Acceptance late</source>
        <translation>検収遅れ</translation>
    </message>
    <message>
        <source>Payment late</source>
        <translation>支払遅れ</translation>
    </message>
    <message>
        <source>Open orders by stage</source>
        <translation>進行中の案件（段階別）</translation>
    </message>
    <message>
        <source>Paid per month (thousand yen)</source>
        <translation>月別の支払額（千円）</translation>
    </message>
    <message>
        <source>Revision rounds per contract</source>
        <translation>契約あたりの修正回数</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>{time} 更新</translation>
    </message>
    <message>
        <source>This client only</source>
        <translation>この顧客のみ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Payments due within 14 days</source>
        <translation>14日以内の支払期日</translation>
    </message>
    <message>
        <source>Unpaid (net)</source>
        <translation>未払い（差引支払額）</translation>
    </message>
    <message>
        <source>Held in escrow</source>
        <translation>仮払い中</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>対応待ち</translation>
    </message>
    <message>
        <source>Late and due soon</source>
        <translation>遅れ・期日が近いもの</translation>
    </message>
    <message>
        <source>Budget and contracted, per client</source>
        <translation>顧客別の予算と契約額</translation>
    </message>
</context>
<context>
    <name>DocumentTermsDialog</name>
    <message>
        <source> and {count} more</source>
        <translation> ほか{count}件</translation>
    </message>
    <message>
        <source>{count} work items are planned to start before today ({day}): {items}{more}. The document flags them; change their dates on the Breakdown page if they should not.</source>
        <translation>開始予定日が今日（{day}）より前の業務が{count}件あります：{items}{more}。書類ではその旨を示します。見直す場合は「業務分解」ページで日程を変えてください。</translation>
    </message>
    <message>
        <source>Fee and validity of the proposal</source>
        <translation>プロデューサー報酬と有効期限</translation>
    </message>
    <message>
        <source>Your own fee is shown as a row of the cost, as a percentage of the workers&apos; rewards (before tax). The proposal stands for the days given from today.</source>
        <translation>プロデューサー報酬は、ワーカーへの報酬（税抜）に対する割合として費用の1行に示します。提案の有効期限は今日から指定した日数です。</translation>
    </message>
    <message>
        <source>Your fee (% of the rewards)</source>
        <translation>プロデューサー報酬（報酬に対する％）</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>有効期間（日）</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The changes to {subject} are not saved.</source>
        <translation>{subject}の変更が保存されていません。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>保存してから進みますか？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>保存されていない入力</translation>
    </message>
    <message>
        <source>There is input that was not saved last time. Restore it?</source>
        <translation>前回保存されなかった入力があります。復元しますか？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Look in:</source>
        <translation>場所：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ファイル名：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ファイルの種類：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>業務分解</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（デモ）</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備ができました。</translation>
    </message>
    <message>
        <source>No client selected — choose or add one under Clients</source>
        <translation>顧客が選ばれていません。「顧客」で選ぶか追加してください</translation>
    </message>
    <message>
        <source>Export proposal</source>
        <translation>提案書の出力</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word文書 (*.docx)</translation>
    </message>
    <message>
        <source>Export budget</source>
        <translation>予算表の出力</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Sees and changes their own clients and those shared with them, with their orders; the workers and platforms are the team&apos;s.</source>
        <translation>自分の顧客と共有された顧客を、その発注ごと見て変更できます。ワーカーとプラットフォームはチーム共通です。</translation>
    </message>
    <message>
        <source>Clients taken along from {server}: {count}</source>
        <translation>{server} から持ち出した顧客：{count} 件</translation>
    </message>
    <message>
        <source>“{name}” was taken along into {path}; the team database shows it as taken by you.

Work in that file without the server, then bring it back with “File ▸ Bring the clients back to the team database”. Open the file now?</source>
        <translation>「{name}」を次のファイルに持ち出しました。チームのデータベースでは、あなたが持ち出し中と表示されます。
{path}

サーバーにつながらなくても、このファイルで作業できます。終わったら「ファイル ▸ 持ち出した顧客をチームのデータベースに戻す」で戻してください。いまこのファイルを開きますか？</translation>
    </message>
    <message>
        <source>Nothing was brought back. {count} of the changes in this file clash with changes made on the team database while the clients were taken along (listed below). Make this file agree with the team database on each, or settle it with your colleague, then bring the clients back again.</source>
        <translation>何も戻していません。持ち出している間にチームのデータベースで行われた変更と、このファイルの変更が {count} か所で食い違っています（下の一覧）。それぞれをチームのデータベースの内容に合わせるか同僚と相談して決めてから、もう一度戻してください。</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>暗号化バックアップ</translation>
    </message>
    <message>
        <source>Encrypted backup (*.cspbackup)</source>
        <translation>暗号化バックアップ (*.cspbackup)</translation>
    </message>
    <message>
        <source>It is kept in the system keyring.</source>
        <translation>鍵はシステムのキーリングに保管しました。</translation>
    </message>
    <message>
        <source>No keyring works on this computer: the key is kept only until csp-desk closes.</source>
        <translation>このコンピューターではキーリングが使えないため、鍵は csp-desk を閉じるまでしか保持されません。</translation>
    </message>
    <message>
        <source>A backup key was made. Write down this recovery key and keep it apart from the USB stick; it is shown only once.

{key}

{note}</source>
        <translation>バックアップ用の鍵を作りました。この回復キーを書き留め、USBメモリとは別の場所に保管してください。表示はこの一度だけです。

{key}

{note}</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>顧客の取り込み</translation>
    </message>
    <message>
        <source>Left out: {already} already in the list of workers, {repeated} repeated in the file.</source>
        <translation>除外：登録済みのワーカー {already}件、ファイル内の重複 {repeated}件。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>{added} clients were added.</source>
        <translation>{added}件の顧客を追加しました。</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>The unsaved input was restored; save it or discard it.</source>
        <translation>保存されていなかった入力を復元しました。保存するか破棄してください。</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Sees and changes every record of the team.</source>
        <translation>チームのすべての記録を見て、変更できます。</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>ファシリテーター</translation>
    </message>
    <message>
        <source>Sees and changes their workshops, their participants and their own clients; reads orders, contracts and payments but does not make them.</source>
        <translation>自分のワークショップとその参加者、自分の顧客を見て変更できます。発注・契約・支払は読むだけで、作成はできません。</translation>
    </message>
    <message>
        <source>viewer (reads only)</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>Reads every record; changes nothing.</source>
        <translation>すべての記録を読めます。変更はできません。</translation>
    </message>
    <message>
        <source>the database&apos;s owner</source>
        <translation>データベースの所有者</translation>
    </message>
    <message>
        <source>Under no team rule: sees and changes everything, and manages the team (csp-desk team …).</source>
        <translation>チームの規則の外にいます。すべてを見て変更でき、チームを管理します（csp-desk team …）。</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name}（{login}）</translation>
    </message>
    <message>
        <source>Signed in as {name} · {role}</source>
        <translation>サインイン中：{name}・{role}</translation>
    </message>
    <message>
        <source>Take the client along offline</source>
        <translation>顧客を持ち出す（オフライン）</translation>
    </message>
    <message>
        <source>Choose the client on the Clients page first.</source>
        <translation>先に顧客ページで顧客を選んでください。</translation>
    </message>
    <message>
        <source>Taking the client along…</source>
        <translation>顧客を持ち出しています…</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>いま開く</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>Bring the clients back</source>
        <translation>持ち出した顧客を戻す</translation>
    </message>
    <message>
        <source>Bringing the clients back…</source>
        <translation>持ち出した顧客を戻しています…</translation>
    </message>
    <message>
        <source>Brought back to {server}: {changed} changed, {added} added, {deleted} deleted. The team database no longer shows them as taken. Open the team database now?</source>
        <translation>{server} に戻しました：変更 {changed} 件、追加 {added} 件、削除 {deleted} 件。チームのデータベースの持ち出し中の表示も外れました。いまチームのデータベースを開きますか？</translation>
    </message>
    <message>
        <source>Open the team database</source>
        <translation>チームのデータベースを開く</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>このまま</translation>
    </message>
    <message>
        <source>Left out: {already} already in the list of clients, {repeated} repeated in the file.</source>
        <translation>除外：登録済みの顧客 {already}件、ファイル内の重複 {repeated}件。</translation>
    </message>
    <message>
        <source>Import workers</source>
        <translation>ワーカーの取り込み</translation>
    </message>
    <message>
        <source>{added} workers were added.</source>
        <translation>{added}件のワーカーを追加しました。</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx)</source>
        <translation>一覧 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Columns not read: {columns}</source>
        <translation>読み込まなかった列：{columns}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>取り込みを中止しました。何も追加されていません。</translation>
    </message>
    <message>
        <source>Export the client file</source>
        <translation>顧客ファイルを書き出す</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>顧客ファイル (*.json)</translation>
    </message>
    <message>
        <source>Import a client file</source>
        <translation>顧客ファイルを読み込む</translation>
    </message>
    <message>
        <source>The client “{name}” was added with {consultations} consultations and {items} work items; it is in the list of clients.</source>
        <translation>顧客「{name}」を追加しました（相談 {consultations} 件、業務 {items} 件）。顧客一覧に表示されています。</translation>
    </message>
    <message>
        <source>csp-desk backups (*.sqlite3 *.cspbackup)</source>
        <translation>csp-desk のバックアップ (*.sqlite3 *.cspbackup)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>Open a team database</source>
        <translation>チームのデータベースを開く</translation>
    </message>
    <message>
        <source>Address of the team database, as the server&apos;s administrator gave it:
postgresql://user@host:5432/dbname</source>
        <translation>サーバーの管理者から知らされた、チームのデータベースのアドレス：
postgresql://ユーザー@ホスト:5432/データベース名</translation>
    </message>
    <message>
        <source>Export the order record</source>
        <translation>案件記録の書き出し</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} を作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Your name and contact are not set yet; every document shows them. Set them now?</source>
        <translation>プロデューサーの氏名と連絡先がまだ設定されていません。すべての書類に記載されます。今すぐ設定しますか？</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>出力を取り消しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>プロデューサー情報</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>{path} にバックアップしました</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>csp-desk database (*.sqlite3)</source>
        <translation>csp-desk データベース (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the database with {name}? The current file is kept as a backup first.</source>
        <translation>データベースを {name} で置き換えますか？ 現在のファイルは先にバックアップとして残します。</translation>
    </message>
    <message>
        <source>Restored from {name}.</source>
        <translation>{name} から復元しました。</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>進捗報告書の書き出し</translation>
    </message>
    <message>
        <source>Export payment ledger</source>
        <translation>進捗管理表・支払台帳の書き出し</translation>
    </message>
    <message>
        <source>Export handouts</source>
        <translation>配布資料の書き出し</translation>
    </message>
    <message>
        <source>Choose the folder to put the handouts in</source>
        <translation>配布資料を入れるフォルダを選んでください</translation>
    </message>
    <message>
        <source>Export the workshop summary</source>
        <translation>ワークショップ集計表の書き出し</translation>
    </message>
    <message>
        <source>{count} files were written to the folder {folder}. To print everything at once, open {combined}.</source>
        <translation>{count} 個のファイルをフォルダ {folder} に書き出しました。まとめて印刷するときは {combined} を開いてください。</translation>
    </message>
    <message>
        <source>{count} work items start before today; the document flags them.</source>
        <translation>開始予定日が今日より前の業務が{count}件あります。書類ではその旨を示します。</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>プロデューサー情報を保存しました。</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new language applies when you start csp-desk again.</source>
        <translation>新しい言語はcsp-deskを再起動すると反映されます。</translation>
    </message>
    <message>
        <source>About csp-desk</source>
        <translation>csp-deskについて</translation>
    </message>
    <message>
        <source>csp-desk {version}
The desk of a Crowdsourcing Producer.</source>
        <translation>csp-desk {version}
クラウドソーシング・プロデューサーのための業務支援アプリ</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>顧客が選ばれていません</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Open a &amp;demo database</source>
        <translation>デモデータベースを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Encrypted backup for a USB stick…</source>
        <translation>USBメモリ用の暗号化バックアップ…</translation>
    </message>
    <message>
        <source>Import clients (CSV or Excel)…</source>
        <translation>顧客を取り込む（CSV・Excel）…</translation>
    </message>
    <message>
        <source>Import workers (CSV or Excel)…</source>
        <translation>ワーカーを取り込む（CSV・Excel）…</translation>
    </message>
    <message>
        <source>R&amp;estore a backup…</source>
        <translation>バックアップから復元(&amp;E)…</translation>
    </message>
    <message>
        <source>Open a &amp;team database…</source>
        <translation>チームのデータベースを開く(&amp;T)…</translation>
    </message>
    <message>
        <source>A database shared by a team on a PostgreSQL server</source>
        <translation>PostgreSQL サーバー上でチームが共有するデータベース</translation>
    </message>
    <message>
        <source>Take the client along &amp;offline…</source>
        <translation>顧客を持ち出す（オフライン）(&amp;O)…</translation>
    </message>
    <message>
        <source>A file of its own to work in without the server, marked on the team database as taken by you</source>
        <translation>サーバーなしで作業できる専用のファイルに持ち出します。チームのデータベースでは、あなたが持ち出し中と表示されます</translation>
    </message>
    <message>
        <source>The file you last took clients along into, to work in offline</source>
        <translation>最後に顧客を持ち出したファイルを開き、オフラインで作業します</translation>
    </message>
    <message>
        <source>Open the file t&amp;aken along</source>
        <translation>持ち出したファイルを開く(&amp;A)</translation>
    </message>
    <message>
        <source>Bring the clients bac&amp;k to the team database…</source>
        <translation>持ち出した顧客をチームのデータベースに戻す(&amp;K)…</translation>
    </message>
    <message>
        <source>What was changed in this file goes back to the team database it was taken from</source>
        <translation>このファイルで変更した内容を、持ち出し元のチームのデータベースに戻します</translation>
    </message>
    <message>
        <source>Back to &amp;my database</source>
        <translation>自分のデータベースに戻る(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;proposal (Word)…</source>
        <translation>提案書を出力（Word）(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;budget (Excel)…</source>
        <translation>予算表を出力（Excel）(&amp;B)…</translation>
    </message>
    <message>
        <source>Export p&amp;rogress report (Word)…</source>
        <translation>進捗報告書を出力（Word）(&amp;R)…</translation>
    </message>
    <message>
        <source>Export progress sheet and payment &amp;ledger, all clients (Excel)…</source>
        <translation>進捗管理表・支払台帳を出力（全顧客・Excel）(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>My &amp;profile…</source>
        <translation>プロデューサー情報(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;latform register…</source>
        <translation>プラットフォーム台帳(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;About csp-desk</source>
        <translation>csp-deskについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>新しい顧客(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find in this page</source>
        <translation>ページ内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使い方ガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>ログフォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Export the client file (for another desk)…</source>
        <translation>顧客ファイルを書き出す…</translation>
    </message>
    <message>
        <source>Import a client file…</source>
        <translation>顧客ファイルを読み込む…</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation>プロジェクター表示(&amp;P)</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Restore the newest backup ({date})</source>
        <translation>最新のバックアップから復元（{date}）</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>別のファイルを開く…</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>デモデータベースを開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Sign in to the team database</source>
        <translation>チームのデータベースにサインイン</translation>
    </message>
    <message>
        <source>Password for {address}
(kept in the system keyring, never in a file)</source>
        <translation>{address} のパスワード
（システムのキーリングに保管し、ファイルには書きません）</translation>
    </message>
</context>
<context>
    <name>NoticeGivenDialog</name>
    <message>
        <source>From the recorded contract with {worker} of {date}: {amount} yen.</source>
        <translation>案件ページに記録した {worker} との契約（{date}、{amount}円）から作成します。</translation>
    </message>
    <message>
        <source>The contract was changed on {date}: this notice states the terms after the change (the amended notice), and the amount is the one in force.</source>
        <translation>この契約は {date} に変更されています。この明示書は変更後の条件（変更の明示）を記載し、金額は変更後のものです。</translation>
    </message>
    <message>
        <source>No contract is recorded on the Orders page; the notice states the contract terms of the posting.</source>
        <translation>案件ページに契約が記録されていません。募集文に入力した契約条件で作成します。</translation>
    </message>
    <message>
        <source>This day is before the contract&apos;s day ({date}). If one of them is mistyped, correct it; the notice is recorded as given on the day entered here.</source>
        <translation>この日は契約日（{date}）より前です。どちらかの日付が誤っている場合は訂正してください。明示書はここに入力した日に交付したものとして記録します。</translation>
    </message>
    <message>
        <source>Given {days} days after the commissioning ({date}): the Freelance Act asks for the notice immediately (CONT-03). The day is recorded as it is and the order shows it as late.</source>
        <translation>業務委託をした日（{date}）から{days}日後の交付です。フリーランス法は直ちに明示するよう求めています（CONT-03）。交付日はこのとおり記録し、案件には遅れた交付として表示します。</translation>
    </message>
    <message>
        <source>Give the terms notice</source>
        <translation>取引条件明示書の交付</translation>
    </message>
    <message>
        <source>Given to the worker on</source>
        <translation>交付日（ワーカーに渡した日）</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>交付方法</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Posted</source>
        <translation>募集を開始</translation>
    </message>
    <message>
        <source>Escrow paid</source>
        <translation>仮払い済み</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>作業開始</translation>
    </message>
    <message>
        <source>Approval period started</source>
        <translation>承認期間へ</translation>
    </message>
    <message>
        <source>Accepted (検収)</source>
        <translation>検収完了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>見積額</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>選定</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>契約日</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Free rounds</source>
        <translation>無償修正</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>支払先</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Escrowed</source>
        <translation>仮払い日</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>支払確定日</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>報酬</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>源泉徴収</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>差引支払額</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決日</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>変更前 → 変更後</translation>
    </message>
    <message>
        <source>By</source>
        <translation>変更した人</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>進行中の案件</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>すべての案件</translation>
    </message>
    <message>
        <source>They wrote</source>
        <translation>相手から</translation>
    </message>
    <message>
        <source>I wrote</source>
        <translation>こちらから</translation>
    </message>
    <message>
        <source>Platform messages</source>
        <translation>プラットフォームのメッセージ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>打ち合わせ</translation>
    </message>
    <message>
        <source>Worker (type a name to search)</source>
        <translation>ワーカー（名前で検索）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count}件</translation>
    </message>
    <message>
        <source>Revision rounds: {rounds} (free: {free})</source>
        <translation>修正回数：{rounds}回（無償：{free}回）</translation>
    </message>
    <message>
        <source>Choose an order, or follow a work item</source>
        <translation>案件を選ぶか、業務を案件として管理し始めてください</translation>
    </message>
    <message>
        <source>{client} · {type} · {state} since {since} · waiting on: {party}</source>
        <translation>{client}・{type}・{since}から{state}・対応待ち：{party}</translation>
    </message>
    <message>
        <source>Choose a client first, under Clients.</source>
        <translation>先に「顧客」で顧客を選んでください。</translation>
    </message>
    <message>
        <source>Every work item of this client is followed.</source>
        <translation>この顧客の業務はすべて案件として管理しています。</translation>
    </message>
    <message>
        <source>Follow a work item</source>
        <translation>業務を案件として管理</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>案件のキャンセル</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>キャンセルの理由</translation>
    </message>
    <message>
        <source>Choose the worker from the register (add new ones under Workers).</source>
        <translation>ワーカーを登録済みの一覧から選んでください（新しいワーカーは「ワーカー」で登録します）。</translation>
    </message>
    <message>
        <source>{worker} already applied to this order on {date} (quote ¥{amount}). Replace that application with this one?</source>
        <translation>{worker} さんはこの案件に {date} に応募済みです（見積 ¥{amount}）。前の応募をこの内容で置き換えますか？</translation>
    </message>
    <message>
        <source>Select the application to choose.</source>
        <translation>選ぶ応募を一覧で選択してください。</translation>
    </message>
    <message>
        <source>Choose a worker and contract first.</source>
        <translation>先にワーカーを選んで契約を記録してください。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>作業範囲</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>変更の記録</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更した内容</translation>
    </message>
    <message>
        <source>Did the worker agree to the change?</source>
        <translation>ワーカーは変更に同意しましたか？</translation>
    </message>
    <message>
        <source>Was the worker sent the amended terms in writing today?</source>
        <translation>変更後の取引条件を、今日ワーカーに書面（電磁的方法を含む）で明示しましたか？</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>マイルストーンの追加</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>納品するもの</translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <source>Due (yyyy/mm/dd)</source>
        <translation>期日（yyyy/mm/dd）</translation>
    </message>
    <message>
        <source>Search by work title</source>
        <translation>業務名で検索</translation>
    </message>
    <message>
        <source>This client only</source>
        <translation>この顧客のみ</translation>
    </message>
    <message>
        <source>Follow a work item…</source>
        <translation>業務を案件にする…</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>案件を選んでください</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Cancel the order…</source>
        <translation>案件をキャンセル…</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>応募</translation>
    </message>
    <message>
        <source>Quote (yen)</source>
        <translation>見積額（円）</translation>
    </message>
    <message>
        <source>Delivery (yyyy/mm/dd)</source>
        <translation>納期（yyyy/mm/dd）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Choose and contract…</source>
        <translation>選定して契約…</translation>
    </message>
    <message>
        <source>What was asked or changed</source>
        <translation>依頼・変更の内容</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>納品</translation>
    </message>
    <message>
        <source>Ask for a revision</source>
        <translation>修正を依頼</translation>
    </message>
    <message>
        <source>Beyond the order</source>
        <translation>発注範囲外</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>変更を記録…</translation>
    </message>
    <message>
        <source>Payment and rating</source>
        <translation>支払・評価</translation>
    </message>
    <message>
        <source>Withheld tax paid to the tax office</source>
        <translation>源泉所得税を納付</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>評価（1〜5）</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>コミュニケーション</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>また依頼したい</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>評価を記録</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>連絡の内容</translation>
    </message>
    <message>
        <source>Troubles</source>
        <translation>トラブル</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Add a milestone…</source>
        <translation>マイルストーンを追加…</translation>
    </message>
    <message>
        <source>Every change to this order, its contracts, payments, ratings and posting, as the law asks to keep them.</source>
        <translation>この案件と契約・支払・評価・募集の変更をすべて記録しています（法令の求める保存のため）。</translation>
    </message>
    <message>
        <source>Export the order record…</source>
        <translation>案件記録を書き出す…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>解決済みにする</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>対応した内容</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data</source>
        <translation>個人データの書き出し</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved {path} and, to read, {readable}</source>
        <translation>{path} を保存しました（読みやすい形式：{readable}）</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>個人データの消去</translation>
    </message>
</context>
<context>
    <name>PlatformsDialog</name>
    <message>
        <source>Offered</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Orderer (client)</source>
        <translation>発注者（クライアント）</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>(date not known)</source>
        <translation>（日付不明）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>初期データ</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支払う側</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>料率</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低額</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Charged when</source>
        <translation>徴収のタイミング</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>{name} ({count} not confirmed)</source>
        <translation>{name}（未確認 {count}件）</translation>
    </message>
    <message>
        <source>The Association&apos;s checklist is for platform operators; it does not apply to a direct deal.</source>
        <translation>クラウドソーシング協会のチェックリストはプラットフォーム事業者向けのため、直接取引には適用しません。</translation>
    </message>
    <message>
        <source>{count} of the 24 checklist items are not confirmed yet.</source>
        <translation>チェックリスト24項目のうち{count}項目がまだ確認されていません。</translation>
    </message>
    <message>
        <source>All 24 checklist items are confirmed.</source>
        <translation>チェックリスト24項目はすべて確認済みです。</translation>
    </message>
    <message>
        <source>as you recorded</source>
        <translation>あなたが記録した内容</translation>
    </message>
    <message>
        <source>In force today ({day}): orderer {orderer}; worker {worker}.</source>
        <translation>本日（{day}）適用される手数料：発注者 {orderer}／ワーカー {worker}</translation>
    </message>
    <message>
        <source>Tick what you confirmed on the platform (its terms of use, help pages, the Association&apos;s list) and note where. Each tick is saved at once.</source>
        <translation>プラットフォームで確認できた項目（利用規約、ヘルプページ、協会の認定一覧など）にチェックを入れ、どこで確認したかをメモしてください。チェックはその場で保存されます。</translation>
    </message>
    <message>
        <source>where you confirmed it</source>
        <translation>確認した場所（例：利用規約 第5条）</translation>
    </message>
    <message>
        <source>Platform register</source>
        <translation>プラットフォーム台帳</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>発注者</translation>
    </message>
    <message>
        <source>These fees were not recorded:
{problems}</source>
        <translation>手数料は記録されませんでした。次の点を直してから、もう一度「手数料を記録」を押してください。
{problems}</translation>
    </message>
    <message>
        <source>Fees not recorded</source>
        <translation>手数料を記録できません</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Add a platform</source>
        <translation>プラットフォームの追加</translation>
    </message>
    <message>
        <source>Name of the platform (as it calls itself)</source>
        <translation>プラットフォームの名称（正式な表記で）</translation>
    </message>
    <message>
        <source>The platforms you order on: fees from a date, order types, escrow, and the Crowdsourcing Association&apos;s 24-item checklist. Figures csp-desk ships come from its domain reference with their basis; check them on the platform and tick what you confirmed.</source>
        <translation>発注に使うプラットフォームの台帳です。適用開始日つきの手数料、発注形式、仮払い、クラウドソーシング協会の24項目チェックリストを記録します。初期データの数値は根拠のある調査結果だけで、それ以外は「未確認」です。各プラットフォームで確かめて、確認できた項目にチェックしてください。</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Add a platform…</source>
        <translation>プラットフォームを追加…</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>プロジェクト形式</translation>
    </message>
    <message>
        <source>Competition type</source>
        <translation>コンペ形式</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>タスク形式</translation>
    </message>
    <message>
        <source>Escrow (仮払い)</source>
        <translation>仮払い（エスクロー）</translation>
    </message>
    <message>
        <source>Association-certified operator</source>
        <translation>協会の優良事業者認定</translation>
    </message>
    <message>
        <source>Association full member</source>
        <translation>協会の正会員</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Record fees you read on the platform</source>
        <translation>プラットフォームで確認した手数料を記録</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>料率（％）</translation>
    </message>
    <message>
        <source>Minimum (yen)</source>
        <translation>最低額（円）</translation>
    </message>
    <message>
        <source>Source *</source>
        <translation>出典 *</translation>
    </message>
    <message>
        <source>Record these fees</source>
        <translation>手数料を記録</translation>
    </message>
    <message>
        <source>Checklist (24 items)</source>
        <translation>チェックリスト（24項目）</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>accepted: {reason}</source>
        <translation>理由を記録済み：{reason}</translation>
    </message>
    <message>
        <source>(by order type)</source>
        <translation>（発注形式に従う）</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定報酬</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>時間単価</translation>
    </message>
    <message>
        <source>Per item</source>
        <translation>1件あたり</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>税抜</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>税込</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>発注者</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>受注者</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>発注者に譲渡</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>利用許諾</translation>
    </message>
    <message>
        <source>Stay with the worker</source>
        <translation>受注者に留保</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Corporation</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未記録）</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>顧客（中小企業）</translation>
    </message>
    <message>
        <source>The producer (on the client&apos;s behalf)</source>
        <translation>プロデューサー（顧客に代わって発注）</translation>
    </message>
    <message>
        <source>the posting “{title}”</source>
        <translation>募集文『{title}』</translation>
    </message>
    <message>
        <source>No platform chosen yet.</source>
        <translation>プラットフォームがまだ選ばれていません。</translation>
    </message>
    <message>
        <source>The platform register says this platform does not offer the {type} type.</source>
        <translation>プラットフォーム台帳では、このプラットフォームは{type}形式を扱っていません。</translation>
    </message>
    <message>
        <source>Write what the worker needs to know, for example: {hint}</source>
        <translation>受注者が知りたいことを書いてください。例：{hint}</translation>
    </message>
    <message>
        <source>The checklist could not be brought up to date ({error}). Close the editor and open it again; the log file has the details.</source>
        <translation>チェックリストを更新できませんでした（{error}）。編集画面を閉じて開き直してください。詳しくはログファイルにあります。</translation>
    </message>
    <message>
        <source>Checking the text…</source>
        <translation>本文を確認しています…</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings</source>
        <translation>エラー{errors}件、警告{warnings}件</translation>
    </message>
    <message>
        <source>Terms notice: {count} errors ({rules}): items the Freelance Act requires are missing.</source>
        <translation>取引条件明示書：エラー {count}件（{rules}）：フリーランス法が求める事項が不足しています。</translation>
    </message>
    <message>
        <source>Terms notice: {count} warnings ({rules}): fill them in, or record a reason before issuing the notice.</source>
        <translation>取引条件明示書：警告 {count}件（{rules}）：明示書の発行前に記入するか、理由を記録してください。</translation>
    </message>
    <message>
        <source>Terms notice: ready to issue.</source>
        <translation>取引条件明示書：発行できます。</translation>
    </message>
    <message>
        <source>{count} blanks {blank} in the text</source>
        <translation>本文に {blank} が {count}か所</translation>
    </message>
    <message>
        <source>The draft was NOT saved.</source>
        <translation>下書きは保存されていません。</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>募集文</translation>
    </message>
    <message>
        <source>Draft saved ({time})</source>
        <translation>下書きを保存しました（{time}）</translation>
    </message>
    <message>
        <source>Record a reason</source>
        <translation>理由を記録</translation>
    </message>
    <message>
        <source>Select a warning in the checklist first.</source>
        <translation>先にチェックリストで警告を選んでください。</translation>
    </message>
    <message>
        <source>Why does this not apply here?</source>
        <translation>この指摘が当てはまらない理由を入力してください。</translation>
    </message>
    <message>
        <source>・{item}: posting {posting}, contract {contract}</source>
        <translation>・{item}：募集文 {posting}／契約 {contract}</translation>
    </message>
    <message>
        <source>Terms notice</source>
        <translation>取引条件明示書</translation>
    </message>
    <message>
        <source>The notice was not issued: the posting and the contract recorded on the Orders page disagree. Correct the posting (or the contract), then issue it again.
{differences}</source>
        <translation>取引条件明示書は発行していません。募集文と案件ページに記録した契約の内容が食い違っています。募集文（または契約）を直してから、もう一度発行してください。
{differences}</translation>
    </message>
    <message>
        <source>The notice cannot be issued yet. Missing: {items}</source>
        <translation>まだ取引条件明示書を作成できません。不足している項目：{items}</translation>
    </message>
    <message>
        <source>The notice cannot be issued yet.</source>
        <translation>まだ取引条件明示書を作成できません。</translation>
    </message>
    <message>
        <source>Required by the Freelance Act (Art 3): {items}.</source>
        <translation>フリーランス法（第3条）で必須の事項：{items}。</translation>
    </message>
    <message>
        <source>Asked for by the guideline ({rules}): {items}. Fill them in, or select the warning in the checklist and press Record a reason… to leave them out for a reason.</source>
        <translation>ガイドラインが求める事項（{rules}）：{items}。記入するか、省く理由があればチェックリストでその警告を選んで「理由を記録…」を押してください。</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word文書 (*.docx)</translation>
    </message>
    <message>
        <source>Terms notice issued and kept: {name}</source>
        <translation>取引条件明示書を作成し、保存しました：{name}</translation>
    </message>
    <message>
        <source>(given {days} days late: CONT-03)</source>
        <translation>（{days}日遅れの交付：CONT-03）</translation>
    </message>
    <message>
        <source>{worker} · {date} · {amount} yen</source>
        <translation>{worker}・{date}・{amount}円</translation>
    </message>
    <message>
        <source>Which contract is the notice for?</source>
        <translation>どの契約の取引条件明示書を発行しますか？</translation>
    </message>
    <message>
        <source>The posting text is not finished, so it was not copied. Still to fill in:
{items}</source>
        <translation>募集文が未完成のため、コピーしていません。まだ記入が必要なもの：
{items}</translation>
    </message>
    <message>
        <source>Posting text copied</source>
        <translation>募集文をコピーしました</translation>
    </message>
    <message>
        <source>Posted versions kept: {count}</source>
        <translation>保存済みの掲載版：{count}件</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>仕事の内容</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>タイトル *</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>発注形式</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>報酬の形式</translation>
    </message>
    <message>
        <source>Work category</source>
        <translation>作業カテゴリ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Work content *</source>
        <translation>仕事の内容 *</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Skills and experience</source>
        <translation>必要なスキル・経験</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>作業時間の目安（時間）</translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation>1件あたりの分数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Or a timeframe</source>
        <translation>または目安の期間</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>業務に従事する場所</translation>
    </message>
    <message>
        <source>Reward and payment</source>
        <translation>報酬・支払</translation>
    </message>
    <message>
        <source>Reward (yen)</source>
        <translation>報酬（円）</translation>
    </message>
    <message>
        <source>Or from (yen)</source>
        <translation>または下限（円）</translation>
    </message>
    <message>
        <source>to (yen)</source>
        <translation>上限（円）</translation>
    </message>
    <message>
        <source>Set by the worker&apos;s quote</source>
        <translation>ワーカーの見積りにより決定</translation>
    </message>
    <message>
        <source>Consumption tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>Payment date or rule</source>
        <translation>支払期日・支払ルール</translation>
    </message>
    <message>
        <source>Paid by day N after receipt</source>
        <translation>受領から何日目までに支払うか</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>Transfer fee borne by</source>
        <translation>振込手数料の負担</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>諸経費の取扱い</translation>
    </message>
    <message>
        <source>Rights and revisions</source>
        <translation>権利・修正</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>知的財産権の取扱い</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>権利</translation>
    </message>
    <message>
        <source>Assignment includes Copyright Act Arts 27 and 28</source>
        <translation>譲渡には著作権法第27条・第28条の権利を含む</translation>
    </message>
    <message>
        <source>Moral rights are not exercised</source>
        <translation>著作者人格権を行使しない</translation>
    </message>
    <message>
        <source>Free revision rounds</source>
        <translation>無償の修正回数</translation>
    </message>
    <message>
        <source>Major changes are renegotiated with extra pay</source>
        <translation>大幅な変更は追加報酬を含めて協議する</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>問い合わせ先</translation>
    </message>
    <message>
        <source>Orderer *</source>
        <translation>発注者 *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Address is shown on the platform profile</source>
        <translation>住所はプラットフォームのプロフィールに表示</translation>
    </message>
    <message>
        <source>Contact is shown on the platform profile</source>
        <translation>連絡先はプラットフォームのプロフィールに表示</translation>
    </message>
    <message>
        <source>A corporation</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Has employees</source>
        <translation>従業員を雇用している</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>役員数</translation>
    </message>
    <message>
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Harassment consultation desk</source>
        <translation>ハラスメント相談窓口</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Individual or corporation</source>
        <translation>個人・法人の別</translation>
    </message>
    <message>
        <source>The worker has employees</source>
        <translation>受注者が従業員を雇用している</translation>
    </message>
    <message>
        <source>Worker&apos;s prefecture</source>
        <translation>受注者の都道府県</translation>
    </message>
    <message>
        <source>Invoice registration number</source>
        <translation>適格請求書発行事業者登録番号</translation>
    </message>
    <message>
        <source>Date of commissioning</source>
        <translation>業務委託をした日</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>取引条件を通知した日</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>給付の内容</translation>
    </message>
    <message>
        <source>Contract amount (yen)</source>
        <translation>契約金額（円）</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>納期（給付を受領する期日）</translation>
    </message>
    <message>
        <source>Where and how it is delivered</source>
        <translation>納品先・納品方法</translation>
    </message>
    <message>
        <source>The deliverable is inspected</source>
        <translation>検収を行う</translation>
    </message>
    <message>
        <source>Inspection completed by</source>
        <translation>検収を完了する期日</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>Or a payment rule</source>
        <translation>または支払ルール</translation>
    </message>
    <message>
        <source>Payment method (contract)</source>
        <translation>支払方法（契約）</translation>
    </message>
    <message>
        <source>How changes are handled</source>
        <translation>契約条件を変更する場合の取扱い</translation>
    </message>
    <message>
        <source>Defects and late delivery</source>
        <translation>瑕疵・納期遅れの場合の取扱い</translation>
    </message>
    <message>
        <source>Intellectual property (contract)</source>
        <translation>知的財産権の取扱い（契約）</translation>
    </message>
    <message>
        <source>The work touches personal data</source>
        <translation>個人情報を扱う業務である</translation>
    </message>
    <message>
        <source>Personal data handling</source>
        <translation>個人情報の取扱い</translation>
    </message>
    <message>
        <source>Contract period from</source>
        <translation>契約期間（開始）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>（終了）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Posting status</source>
        <translation>募集の状況</translation>
    </message>
    <message>
        <source>Applications close on</source>
        <translation>応募締切日</translation>
    </message>
    <message>
        <source>First application on</source>
        <translation>最初の応募日</translation>
    </message>
    <message>
        <source>Applicants were told of later changes</source>
        <translation>応募後の変更を応募者に知らせた</translation>
    </message>
    <message>
        <source>Who legally orders</source>
        <translation>法的な発注者</translation>
    </message>
    <message>
        <source>Orderer on the platform contract</source>
        <translation>プラットフォーム上の契約の発注者名</translation>
    </message>
    <message>
        <source>Payment put in escrow on</source>
        <translation>仮払い日</translation>
    </message>
    <message>
        <source>Work started on</source>
        <translation>作業開始日</translation>
    </message>
    <message>
        <source>Terms not yet determined (reason, planned date, supplementary notice)</source>
        <translation>未定事項（未定の理由・確定予定日・補充の明示）</translation>
    </message>
    <message>
        <source>Entries not chosen stay unused (competitions)</source>
        <translation>不採用作品は使用・公開しない（コンペ）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Why not yet</source>
        <translation>未定の理由</translation>
    </message>
    <message>
        <source>To be fixed by</source>
        <translation>確定予定日</translation>
    </message>
    <message>
        <source>Fixed on</source>
        <translation>確定日</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>未定事項を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Supplement sent on</source>
        <translation>補充の明示日</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>募集文</translation>
    </message>
    <message>
        <source>Select a warning to record why it does not apply.</source>
        <translation>警告を選ぶと、当てはまらない理由を記録できます。</translation>
    </message>
    <message>
        <source>Record a reason…</source>
        <translation>理由を記録…</translation>
    </message>
    <message>
        <source>Job URL on the platform</source>
        <translation>プラットフォーム上の案件URL</translation>
    </message>
    <message>
        <source>Record as posted</source>
        <translation>掲載として記録</translation>
    </message>
    <message>
        <source>Copy posting text</source>
        <translation>募集文をコピー</translation>
    </message>
    <message>
        <source>Terms notice (Word)…</source>
        <translation>取引条件明示書（Word）…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>下書きを保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>プロデューサー情報</translation>
    </message>
    <message>
        <source>Set once: your details appear on every document you hand to a client.</source>
        <translation>一度設定すると、顧客にお渡しするすべての書類に記載されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属・屋号</translation>
    </message>
    <message>
        <source>CSP certification</source>
        <translation>CSP認定</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>ProjectorPanel</name>
    <message>
        <source>Projector controls</source>
        <translation>プロジェクター操作</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Show participants&apos; names and amounts</source>
        <translation>参加者名・金額を表示</translation>
    </message>
    <message>
        <source>Full screen on/off (F11)</source>
        <translation>全画面の切替（F11）</translation>
    </message>
    <message>
        <source>End the projector view</source>
        <translation>プロジェクター表示を終了</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>発表する参加企業</translation>
    </message>
    <message>
        <source>Slides (click to jump; PageUp/PageDown or the arrows step)</source>
        <translation>スライド（クリックで移動。PageUp/PageDown・矢印キーで前後）</translation>
    </message>
    <message>
        <source>(no volunteer)</source>
        <translation>（選ばない）</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>表紙</translation>
    </message>
    <message>
        <source>{name}: problems</source>
        <translation>{name}の経営課題</translation>
    </message>
    <message>
        <source>{name}: breakdown</source>
        <translation>{name}の業務分解</translation>
    </message>
    <message>
        <source>{name}: breakdown — {problem}</source>
        <translation>{name}の業務分解：{problem}</translation>
    </message>
    <message>
        <source>{name}: posting draft</source>
        <translation>{name}の募集文（下書き）</translation>
    </message>
    <message>
        <source>{name}: checklist</source>
        <translation>{name}の募集文チェック</translation>
    </message>
    <message>
        <source>Venue: {value}</source>
        <translation>会場：{value}</translation>
    </message>
    <message>
        <source>Organiser: {value}</source>
        <translation>主催：{value}</translation>
    </message>
    <message>
        <source>Facilitator: {value}</source>
        <translation>講師：{value}</translation>
    </message>
    <message>
        <source>Agenda {number} of {total}</source>
        <translation>本日の流れ（{number}/{total}）</translation>
    </message>
    <message>
        <source>No problems are recorded yet.</source>
        <translation>経営課題はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Not broken down yet; the catalogue proposes:</source>
        <translation>まだ業務に分けていません。カタログの提案：</translation>
    </message>
    <message>
        <source>No work items are recorded for this problem yet.</source>
        <translation>この課題の業務はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>課題：{problem}</translation>
    </message>
    <message>
        <source>Order type: {type}</source>
        <translation>発注形式：{type}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Budget: {band}</source>
        <translation>予算の目安：{band}</translation>
    </message>
    <message>
        <source>Proposed by the catalogue; not recorded yet.</source>
        <translation>カタログの提案です（まだ記録されていません）。</translation>
    </message>
    <message>
        <source>No posting is drafted yet.</source>
        <translation>募集文の下書きはまだありません。</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>（タイトル未入力）</translation>
    </message>
    <message>
        <source>Reward: {band}</source>
        <translation>報酬：{band}</translation>
    </message>
    <message>
        <source>Reward: by quote</source>
        <translation>報酬：見積もりによる</translation>
    </message>
    <message>
        <source>Deliverables: {text}</source>
        <translation>納品物：{text}</translation>
    </message>
    <message>
        <source>A first draft made from the work item; not saved yet.</source>
        <translation>業務から作った最初の下書きです（未保存）。</translation>
    </message>
    <message>
        <source>(reason recorded)</source>
        <translation>（理由を記録済み）</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>すべてのルールを満たしています。</translation>
    </message>
    <message>
        <source>The projector shows participants&apos; names, contacts and amounts.</source>
        <translation>プロジェクターに参加者の社名・連絡先・金額を表示しています。</translation>
    </message>
    <message>
        <source>The projector hides participants&apos; names, contacts and amounts (the volunteer is shown as Participant A, B, …).</source>
        <translation>プロジェクターでは参加者の社名・連絡先・金額を隠しています（発表企業は「参加企業A」などと表示）。</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>プロジェクター表示</translation>
    </message>
    <message>
        <source>There is no workshop yet. Plan one on the Workshops page, then open the projector view.</source>
        <translation>ワークショップがまだありません。「ワークショップ」ページで計画してから、プロジェクター表示を開いてください。</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>プロジェクター</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <source>… and {count} more (Next shows them)</source>
        <translation>…ほか {count} 件（「次へ」で表示）</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Strongly disagree</source>
        <translation>全くそう思わない</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>そう思わない</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>どちらともいえない</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>そう思う</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>とてもそう思う</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>検討中</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Questionnaire before — {company}</source>
        <translation>事前アンケート — {company}</translation>
    </message>
    <message>
        <source>Questionnaire after — {company}</source>
        <translation>事後アンケート — {company}</translation>
    </message>
    <message>
        <source>Before the workshop: as the participant answered on arrival.</source>
        <translation>ワークショップ前：受付で参加者が回答したとおりに入力します。</translation>
    </message>
    <message>
        <source>After the workshop: as the participant answered at the end.</source>
        <translation>ワークショップ後：終了時に参加者が回答したとおりに入力します。</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無回答</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save and next participant</source>
        <translation>保存して次の参加者へ</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a new SME</source>
        <translation>新しい参加企業の登録</translation>
    </message>
    <message>
        <source>A company already among the clients (same name or corporate number) is registered as it is; no second client is made.</source>
        <translation>すでに顧客にある会社（同じ名前または同じ法人番号）は、その顧客のまま登録します。顧客が二重にできることはありません。</translation>
    </message>
    <message>
        <source>Company name *</source>
        <translation>会社名 *</translation>
    </message>
    <message>
        <source>Name in kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>A new language applies when csp-desk starts again.</source>
        <translation>言語の変更はcsp-deskの再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Add a year from a CSV file…</source>
        <translation>CSVファイルから年度を追加…</translation>
    </message>
    <message>
        <source>Warn after no reply for (business days)</source>
        <translation>返信がないときに警告するまでの日数（営業日）</translation>
    </message>
    <message>
        <source>Word template (house style)</source>
        <translation>Wordのテンプレート（自社の書式）</translation>
    </message>
    <message>
        <source>Use my template…</source>
        <translation>自分のテンプレートを使う…</translation>
    </message>
    <message>
        <source>Back to the default</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>Save the default template…</source>
        <translation>既定のテンプレートを保存…</translation>
    </message>
    <message>
        <source>Word documents start from your template (given on {date}): its styles, page set-up, letterhead header and footer. The title and page numbers are added where it has none.</source>
        <translation>Wordの文書はあなたのテンプレート（{date} に指定）から作ります。スタイル・ページ設定・ヘッダーのレターヘッド・フッターをそのまま使い、表題やページ番号がない場合だけ追加します。</translation>
    </message>
    <message>
        <source>Word documents use the default style (Yu Gothic, A4). To use your letterhead, logo, fonts and colours in every Word document, save the default template, change it in Word, and choose it here.</source>
        <translation>Wordの文書は既定の書式（游ゴシック・A4）で作ります。レターヘッド・ロゴ・書体・色を全ての文書に使うには、既定のテンプレートを保存してWordで変更し、ここで選んでください。</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Wordのテンプレート</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>Saved {path}. Open it in Word, put your letterhead or logo in the header, change the styles&apos; fonts and colours, save it, then choose it with 「Use my template…」.</source>
        <translation>{path} を保存しました。Wordで開いてヘッダーにレターヘッドやロゴを入れ、スタイルの書体や色を変えて保存し、「自分のテンプレートを使う…」で選んでください。</translation>
    </message>
    <message>
        <source>The newest minimum wages known are for FY{year}, but FY{next} should be in force since {since}: the figures may be out of date, and checks use FY{year}&apos;s rates until you add the new year. Add its table from the MHLW list with the button below (columns: prefecture, fiscal_year, yen, valid_from, source).</source>
        <translation>登録済みの最低賃金は{year}年度までですが、{since}から{next}年度の最低賃金が発効しているはずです。金額が古い可能性があり、新しい年度を追加するまでチェックには{year}年度の額を使います。厚生労働省の一覧をもとに、下のボタンからその表を追加してください（列：prefecture, fiscal_year, yen, valid_from, source）。</translation>
    </message>
    <message>
        <source>The newest minimum wages known are for FY{year}. When a new year is announced, add its table (columns: prefecture, fiscal_year, yen, valid_from, source).</source>
        <translation>登録済みの最低賃金は{year}年度までです。新しい年度が公表されたら、その表を追加してください（列：prefecture, fiscal_year, yen, valid_from, source）。</translation>
    </message>
    <message>
        <source>Minimum wages</source>
        <translation>最低賃金</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Added {count} rows for FY{years}; checks use them from each row&apos;s valid_from date.</source>
        <translation>{years}年度の{count}行を追加しました。各行の適用開始日（valid_from）からチェックに使います。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Contract terms</source>
        <translation>契約条件</translation>
    </message>
    <message>
        <source>Contracted on</source>
        <translation>契約日</translation>
    </message>
    <message>
        <source>Amount (yen, before tax)</source>
        <translation>契約金額（円・税抜）</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>Free revision rounds</source>
        <translation>無償の修正回数</translation>
    </message>
    <message>
        <source>Consumption tax is added</source>
        <translation>消費税を加算する</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>取引数</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>契約日</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Corporation</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>{count} workers</source>
        <translation>{count}人</translation>
    </message>
    <message>
        <source>the new worker</source>
        <translation>新しいワーカー</translation>
    </message>
    <message>
        <source>worker “{name}”</source>
        <translation>ワーカー『{name}』</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>新しいワーカー</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>アーカイブ解除</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Erase this worker&apos;s name, contacts, invoice number and notes? Their orders stay, under an anonymous name. This cannot be undone.</source>
        <translation>このワーカーの名前・連絡先・登録番号・メモを消去しますか？ 案件の記録は匿名の名前で残ります。元に戻せません。</translation>
    </message>
    <message>
        <source>Search by name, kana, skill, platform or prefecture</source>
        <translation>名前・かな・スキル・プラットフォーム・都道府県で検索</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブも表示</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名前 *</translation>
    </message>
    <message>
        <source>Name in kana</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>プロフィールURL</translation>
    </message>
    <message>
        <source>Individual or corporation</source>
        <translation>個人・法人</translation>
    </message>
    <message>
        <source>Has employees</source>
        <translation>従業員を雇用している</translation>
    </message>
    <message>
        <source>Invoice registration number</source>
        <translation>インボイス登録番号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Orders and ratings</source>
        <translation>取引と評価</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>個人データを書き出す…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>個人データを消去…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>一覧を取り込む…</translation>
    </message>
    <message>
        <source>Add many at once from a CSV file or an Excel workbook</source>
        <translation>CSV ファイルや Excel ブックからまとめて追加します</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Registered</source>
        <translation>申込</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遅刻</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者／定員</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>参加企業</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>事前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>事後</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>個別相談</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>希望</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Workshops: {count}</source>
        <translation>ワークショップ {count} 件</translation>
    </message>
    <message>
        <source>the new workshop</source>
        <translation>新しいワークショップ</translation>
    </message>
    <message>
        <source>workshop “{title}”</source>
        <translation>ワークショップ『{title}』</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>新しいワークショップ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>ワークショップの削除</translation>
    </message>
    <message>
        <source>Delete the workshop “{title}” with its participants&apos; attendance and questionnaire answers? The clients and their consultations stay.</source>
        <translation>ワークショップ「{title}」を、参加者の出欠とアンケートの回答とともに削除しますか？ 顧客とその相談記録は残ります。</translation>
    </message>
    <message>
        <source>The workshop was deleted.</source>
        <translation>ワークショップを削除しました。</translation>
    </message>
    <message>
        <source>Choose a workshop, or plan a new one.</source>
        <translation>ワークショップを選ぶか、新しく計画してください。</translation>
    </message>
    <message>
        <source>Attended {attended} of {registered} registered ({late} late, {absent} absent) · questionnaires before {before}, after {after} · follow-up wanted {follow}</source>
        <translation>出席 {attended}／申込 {registered}（遅刻 {late}・欠席 {absent}）・アンケート 事前 {before}・事後 {after}・個別相談希望 {follow}</translation>
    </message>
    <message>
        <source>{count} participants were added.</source>
        <translation>参加者を {count} 社追加しました。</translation>
    </message>
    <message>
        <source>{count} new clients were made.</source>
        <translation>新しい顧客を {count} 社登録しました。</translation>
    </message>
    <message>
        <source>Already clients, registered as they are: {names}</source>
        <translation>すでに顧客のため、その顧客のまま登録：{names}</translation>
    </message>
    <message>
        <source>Already registered, left out: {names}</source>
        <translation>申込済みのため除外：{names}</translation>
    </message>
    <message>
        <source>Repeated in the list, left out: {count}</source>
        <translation>名簿内の重複のため除外：{count} 行</translation>
    </message>
    <message>
        <source>Columns not read: {columns}</source>
        <translation>読み込まなかった列：{columns}</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>参加者の追加</translation>
    </message>
    <message>
        <source>Register a new SME</source>
        <translation>新しい参加企業の登録</translation>
    </message>
    <message>
        <source>Import the registration list</source>
        <translation>申込名簿の取り込み</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx)</source>
        <translation>一覧 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>取り込みを中止しました。何も追加されていません。</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>参加の取り消し</translation>
    </message>
    <message>
        <source>Remove {names} from this workshop? Their attendance and questionnaire answers here are removed; the clients and their consultations stay.</source>
        <translation>{names} をこのワークショップの参加者から外しますか？ このワークショップでの出欠とアンケートの回答は消えます。顧客とその相談記録は残ります。</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>遅刻</translation>
    </message>
    <message>
        <source>Time {names} arrived (for example 13:45):</source>
        <translation>{names} の到着時刻（例 13:45）：</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>{count} questionnaires saved.</source>
        <translation>アンケートを {count} 件保存しました。</translation>
    </message>
    <message>
        <source>Recorded at the workshop “{title}”.</source>
        <translation>ワークショップ「{title}」で記録。</translation>
    </message>
    <message>
        <source>Record the participant&apos;s work</source>
        <translation>参加者の課題の記録</translation>
    </message>
    <message>
        <source>Bring in a participant&apos;s file</source>
        <translation>参加者のファイルの取り込み</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>顧客ファイル (*.json)</translation>
    </message>
    <message>
        <source>From the file: {problems} problems with {items} work items and {postings} posting drafts were added to the consultation of {name}.</source>
        <translation>ファイルから、経営課題 {problems} 件（業務 {items} 件、募集文の下書き {postings} 件）を {name} の相談に追加しました。</translation>
    </message>
    <message>
        <source>{count} problems were recorded already and were left as they are.</source>
        <translation>{count} 件の経営課題は既に記録済みのため、そのままにしました。</translation>
    </message>
    <message>
        <source>Follow-up consultation after the workshop “{title}” ({day}).</source>
        <translation>ワークショップ「{title}」（{day}）からの個別相談。</translation>
    </message>
    <message>
        <source>Continue in a consultation</source>
        <translation>個別相談につなげる</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>開催日 *</translation>
    </message>
    <message>
        <source>Starts at *</source>
        <translation>開始時刻 *</translation>
    </message>
    <message>
        <source>Capacity *</source>
        <translation>定員 *</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>進行役</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>One item a line, in order</source>
        <translation>1行に1項目、進める順に</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Participants and attendance</source>
        <translation>参加者・出欠</translation>
    </message>
    <message>
        <source>Add from clients…</source>
        <translation>顧客から追加…</translation>
    </message>
    <message>
        <source>Pick clients already in the list (several at once)</source>
        <translation>登録済みの顧客から選ぶ（複数まとめて）</translation>
    </message>
    <message>
        <source>Register a new SME…</source>
        <translation>新しい参加企業を登録…</translation>
    </message>
    <message>
        <source>Type a company that is not a client yet</source>
        <translation>まだ顧客にない会社を入力して登録します</translation>
    </message>
    <message>
        <source>Import the registration list…</source>
        <translation>申込名簿を取り込む…</translation>
    </message>
    <message>
        <source>The organiser&apos;s list of applicants, CSV or Excel</source>
        <translation>主催者の申込者名簿（CSV または Excel）</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>参加を取り消す…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>出席(&amp;P)</translation>
    </message>
    <message>
        <source>Mark the chosen participants present and go to the next one</source>
        <translation>選んだ参加者を出席にして、次の行へ進みます</translation>
    </message>
    <message>
        <source>&amp;Late…</source>
        <translation>遅刻(&amp;L)…</translation>
    </message>
    <message>
        <source>Late arrival: asks the time</source>
        <translation>遅刻：到着時刻を入力します</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>欠席(&amp;A)</translation>
    </message>
    <message>
        <source>Questionnaire &amp;before…</source>
        <translation>事前アンケート(&amp;B)…</translation>
    </message>
    <message>
        <source>Questionnaire af&amp;ter…</source>
        <translation>事後アンケート(&amp;T)…</translation>
    </message>
    <message>
        <source>Record this participant&apos;s work</source>
        <translation>この参加者の課題を記録</translation>
    </message>
    <message>
        <source>Opens the participant&apos;s consultation of the workshop&apos;s day</source>
        <translation>ワークショップ当日の、この参加者の相談記録を開きます</translation>
    </message>
    <message>
        <source>Asks for a follow-up</source>
        <translation>個別相談を希望</translation>
    </message>
    <message>
        <source>The participant becomes your client: a consultation today carrying the workshop&apos;s problems and work items</source>
        <translation>参加者をあなたの顧客として、ワークショップで選んだ課題と業務を引き継いだ相談を今日の日付で作ります</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>プロジェクター表示</translation>
    </message>
    <message>
        <source>Shows this workshop on the projector (F5), with your controls on this screen</source>
        <translation>このワークショップをプロジェクターに映します（F5）。操作はこの画面で行います</translation>
    </message>
    <message>
        <source>Export handouts…</source>
        <translation>配布資料を書き出す…</translation>
    </message>
    <message>
        <source>Worksheets, the common handout, the attendance sheet, result sheets and one file to print them all (Word)</source>
        <translation>ワークシート・共通資料・出席簿・結果シートと、まとめて印刷するための 1 ファイル（Word）</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>集計表を書き出す…</translation>
    </message>
    <message>
        <source>The organiser&apos;s summary workbook (Excel): attendance, problems, work items, questionnaire before and after</source>
        <translation>主催者向けの集計表（Excel）：出欠、課題、業務、事前・事後アンケート</translation>
    </message>
    <message>
        <source>Bring in from a file…</source>
        <translation>ファイルから取り込む…</translation>
    </message>
    <message>
        <source>The work the participant recorded on their own laptop (File ▸ Export the client file there), added to their consultation of the day</source>
        <translation>参加者が自分のパソコンで記録した内容（そのパソコンで「ファイル ▸ 顧客ファイルを書き出す」）を、当日の相談に追加します</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Order</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>納品</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修正依頼</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>契約変更</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>募集</translation>
    </message>
    <message>
        <source>Posted version</source>
        <translation>掲載した版</translation>
    </message>
    <message>
        <source>Terms notice</source>
        <translation>条件明示書</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>発注形式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>State since</source>
        <translation>状況の日付</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>キャンセルの理由</translation>
    </message>
    <message>
        <source>Prepaid on</source>
        <translation>仮払い日</translation>
    </message>
    <message>
        <source>Prepaid amount</source>
        <translation>仮払い額</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Contracted on</source>
        <translation>契約日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Consumption tax</source>
        <translation>消費税の対象</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>源泉徴収の対象</translation>
    </message>
    <message>
        <source>Free revision rounds</source>
        <translation>無償の修正回数</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>検収期限</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>契約期間の終了</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Escrowed on</source>
        <translation>仮払い日</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>支払確定日</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>納品日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>受領拒否</translation>
    </message>
    <message>
        <source>Worker at fault</source>
        <translation>ワーカーの責任</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>依頼内容</translation>
    </message>
    <message>
        <source>Within the contract</source>
        <translation>契約の範囲内</translation>
    </message>
    <message>
        <source>Paid extra</source>
        <translation>追加報酬あり</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>変更日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Worker consented</source>
        <translation>ワーカーの同意</translation>
    </message>
    <message>
        <source>Amended notice on</source>
        <translation>変更の明示日</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>金額の増減</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>Withholding tax</source>
        <translation>源泉徴収税額</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支払日</translation>
    </message>
    <message>
        <source>Remitted on</source>
        <translation>源泉税の納付日</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>納期の遵守</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>協力</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>評価日</translation>
    </message>
    <message>
        <source>Posting terms</source>
        <translation>募集条件</translation>
    </message>
    <message>
        <source>Posting record</source>
        <translation>募集の状況</translation>
    </message>
    <message>
        <source>Posted text</source>
        <translation>掲載文</translation>
    </message>
    <message>
        <source>Hash (SHA-256)</source>
        <translation>ハッシュ値（SHA-256）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>掲載日</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>明示日</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>交付日</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>交付の方法</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>報酬の決め方</translation>
    </message>
    <message>
        <source>Work category</source>
        <translation>作業の種類</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>納品物</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>必要なスキル</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>想定作業時間</translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation>1件あたりの想定時間（分）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>作業期間</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>作業場所</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>報酬</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>By quote</source>
        <translation>見積もりで決定</translation>
    </message>
    <message>
        <source>Payment date rule</source>
        <translation>支払期日の決め方</translation>
    </message>
    <message>
        <source>Days after delivery</source>
        <translation>納品後の日数</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Transfer fee borne by</source>
        <translation>振込手数料の負担</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>経費の負担</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>知的財産権</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>扱い</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>譲渡・利用許諾</translation>
    </message>
    <message>
        <source>Includes Art 27 and 28 rights</source>
        <translation>第27条・第28条の権利を含む</translation>
    </message>
    <message>
        <source>Moral rights not exercised</source>
        <translation>著作者人格権を行使しない</translation>
    </message>
    <message>
        <source>Unselected entries not used</source>
        <translation>不採用作品を使用しない</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Major changes renegotiated</source>
        <translation>大幅な変更は再協議</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>発注者</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>受注者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Is a business</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Is a corporation</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Has employees</source>
        <translation>従業員あり</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>役員数</translation>
    </message>
    <message>
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Profile shows</source>
        <translation>プロフィールの表示</translation>
    </message>
    <message>
        <source>Harassment contact</source>
        <translation>ハラスメント相談窓口</translation>
    </message>
    <message>
        <source>Invoice registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>明示書の交付日</translation>
    </message>
    <message>
        <source>Content of the work</source>
        <translation>業務の内容</translation>
    </message>
    <message>
        <source>Place of delivery</source>
        <translation>納品の方法・場所</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>検査の有無</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>Handling of changes</source>
        <translation>変更の扱い</translation>
    </message>
    <message>
        <source>Handling of defects</source>
        <translation>不具合の扱い</translation>
    </message>
    <message>
        <source>Handling of rights</source>
        <translation>権利の扱い</translation>
    </message>
    <message>
        <source>Handling of personal data</source>
        <translation>個人情報の扱い</translation>
    </message>
    <message>
        <source>Handles personal data</source>
        <translation>個人情報を扱う</translation>
    </message>
    <message>
        <source>Contract starts</source>
        <translation>契約期間の開始</translation>
    </message>
    <message>
        <source>Re-entrustment</source>
        <translation>再委託</translation>
    </message>
    <message>
        <source>Original client</source>
        <translation>元委託者</translation>
    </message>
    <message>
        <source>Original payment date</source>
        <translation>元委託の支払期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>募集の状況</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>募集の締切</translation>
    </message>
    <message>
        <source>First application on</source>
        <translation>最初の応募日</translation>
    </message>
    <message>
        <source>Applicants notified</source>
        <translation>応募者への連絡</translation>
    </message>
    <message>
        <source>Who orders</source>
        <translation>発注の名義</translation>
    </message>
    <message>
        <source>Platform&apos;s role</source>
        <translation>プラットフォームの立場</translation>
    </message>
    <message>
        <source>Work started on</source>
        <translation>作業開始日</translation>
    </message>
    <message>
        <source>Terms not yet fixed</source>
        <translation>未定の事項</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Fixed on</source>
        <translation>確定日</translation>
    </message>
    <message>
        <source>Supplement given on</source>
        <translation>補充の明示日</translation>
    </message>
    <message>
        <source>Terms changed on</source>
        <translation>条件の変更日</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>platform message</source>
        <translation>プラットフォームのメッセージ</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>corporation</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>tax excluded</source>
        <translation>税抜（消費税別）</translation>
    </message>
    <message>
        <source>tax included</source>
        <translation>税込</translation>
    </message>
    <message>
        <source>fixed price</source>
        <translation>固定報酬</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>時間単価</translation>
    </message>
    <message>
        <source>per item</source>
        <translation>1件あたり</translation>
    </message>
    <message>
        <source>the orderer</source>
        <translation>発注者</translation>
    </message>
    <message>
        <source>the worker</source>
        <translation>受注者</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>譲渡</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>利用許諾</translation>
    </message>
    <message>
        <source>kept by the worker</source>
        <translation>受注者に留保</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>open for applications</source>
        <translation>募集中</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>the producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>業務範囲</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>kept in full</source>
        <translation>全文を保存</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>basis</name>
    <message>
        <source>National Tax Agency: structure of the registration number</source>
        <translation>国税庁「登録番号の構成」</translation>
    </message>
    <message>
        <source>Ministry of Finance Ordinance No. 70 of 2014, Art 2 (check digit)</source>
        <translation>法人番号の指定等に関する省令（平成26年財務省令第70号）第2条（チェックデジット）</translation>
    </message>
    <message>
        <source>Whether the check digit applies to individuals&apos; numbers is not confirmed</source>
        <translation>個人の登録番号にチェックデジットが適用されるかは未確認</translation>
    </message>
    <message>
        <source>National Tax Agency registration publication site</source>
        <translation>国税庁 適格請求書発行事業者公表サイト</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting item ①; Freelance Act Art 12</source>
        <translation>自営型テレワークガイドライン 募集内容の明示①、フリーランス法第12条</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting item ②</source>
        <translation>自営型テレワークガイドライン 募集内容の明示②</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting item ③; Freelance Act Art 12</source>
        <translation>自営型テレワークガイドライン 募集内容の明示③、フリーランス法第12条</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting item ③</source>
        <translation>自営型テレワークガイドライン 募集内容の明示③</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting item ④</source>
        <translation>自営型テレワークガイドライン 募集内容の明示④</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting item ⑤ and note ③</source>
        <translation>自営型テレワークガイドライン 募集内容の明示⑤・留意事項③</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting item ⑥</source>
        <translation>自営型テレワークガイドライン 募集内容の明示⑥</translation>
    </message>
    <message>
        <source>Freelance Act Art 12; MHLW notice of December 2024 (six display items)</source>
        <translation>フリーランス法第12条、厚生労働省の周知（2024年12月、表示すべき6項目）</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting note ①</source>
        <translation>自営型テレワークガイドライン 留意事項①</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting note ① (competitions); common trouble ①</source>
        <translation>自営型テレワークガイドライン 留意事項①（コンペ）、よくあるトラブル①</translation>
    </message>
    <message>
        <source>Telework guideline, soliciting note ③</source>
        <translation>自営型テレワークガイドライン 留意事項③</translation>
    </message>
    <message>
        <source>Telework guideline, changing the terms; common trouble ②</source>
        <translation>自営型テレワークガイドライン（契約条件の変更）；よくあるトラブル②</translation>
    </message>
    <message>
        <source>Freelance Act Art 5(2)(ii) (redoing work without pay)</source>
        <translation>フリーランス法第5条第2項第2号（不当なやり直し）</translation>
    </message>
    <message>
        <source>Freelance Act Art 5(1)(ii) (reducing the reward)</source>
        <translation>フリーランス法第5条第1項第2号（報酬の減額）</translation>
    </message>
    <message>
        <source>Freelance Act Art 5(1)(i)(iii) (refusing or returning the work)</source>
        <translation>フリーランス法第5条第1項第1号・第3号（受領拒否・返品）</translation>
    </message>
    <message>
        <source>Telework guideline, note on competitions; common trouble ④</source>
        <translation>自営型テレワークガイドライン コンペに関する注記、よくあるトラブル④</translation>
    </message>
    <message>
        <source>Common trouble ③ (no contact)</source>
        <translation>よくあるトラブル③（連絡不通）</translation>
    </message>
    <message>
        <source>Telework guideline ⑧; platform practice (one week)</source>
        <translation>自営型テレワークガイドライン⑧；プラットフォームの目安（1週間）</translation>
    </message>
    <message>
        <source>Freelance Act Art 4 (pay by the due date); Telework guideline</source>
        <translation>フリーランス法第4条（支払期日までの支払）；自営型テレワークガイドライン</translation>
    </message>
    <message>
        <source>CrowdWorks task rules (rejections)</source>
        <translation>クラウドワークスのタスク形式の規則（非承認）</translation>
    </message>
    <message>
        <source>Income Tax Act (withheld tax paid by the 10th of the next month)</source>
        <translation>所得税法（源泉所得税は翌月10日までに納付）</translation>
    </message>
    <message>
        <source>Platform guidance (CrowdWorks task rules)</source>
        <translation>プラットフォームの案内（クラウドワークスのタスク形式のルール）</translation>
    </message>
    <message>
        <source>Income Tax Act Art 204(1)(i); Cabinet Order Art 320</source>
        <translation>所得税法第204条第1項第1号、所得税法施行令第320条</translation>
    </message>
    <message>
        <source>National Tax Agency Tax Answer No. 2795</source>
        <translation>国税庁タックスアンサー No.2795</translation>
    </message>
    <message>
        <source>Telework guideline on rewards (minimum wage as a reference); Freelance Act Art 5</source>
        <translation>自営型テレワークガイドライン 報酬（最低賃金を参考に）、フリーランス法第5条</translation>
    </message>
    <message>
        <source>Association checklist items 13–14; criteria for workers under the Labour Standards Act</source>
        <translation>クラウドソーシング協会 認定基準13・14、労働基準法上の「労働者」の判断基準</translation>
    </message>
    <message>
        <source>Association checklist item 8; catalogue price guides (目安)</source>
        <translation>クラウドソーシング協会 認定基準8、カタログの価格の目安</translation>
    </message>
    <message>
        <source>Telework guideline, contract terms items ①–⑫</source>
        <translation>自営型テレワークガイドライン 契約条件の明示①〜⑫</translation>
    </message>
    <message>
        <source>Freelance Act Art 3; JFTC rule Art 1</source>
        <translation>フリーランス法第3条、公正取引委員会規則第1条</translation>
    </message>
    <message>
        <source>Freelance Act Art 3(1) (immediately)</source>
        <translation>フリーランス法第3条第1項（直ちに）</translation>
    </message>
    <message>
        <source>Freelance Act Art 4; JFTC Q&amp;A</source>
        <translation>フリーランス法第4条、公正取引委員会Q&amp;A</translation>
    </message>
    <message>
        <source>Freelance Act Art 4(1)(2) (60 days, day of receipt = day 1)</source>
        <translation>フリーランス法第4条第1項・第2項（60日以内、受領日を1日目）</translation>
    </message>
    <message>
        <source>Telework guideline, payment date (30 days; at most 60)</source>
        <translation>自営型テレワークガイドライン 支払期日（30日以内、長くても60日以内）</translation>
    </message>
    <message>
        <source>Freelance Act Art 4(3) (re-entrustment)</source>
        <translation>フリーランス法第4条第3項（再委託）</translation>
    </message>
    <message>
        <source>Freelance Act Art 12; Telework guideline, soliciting item ③</source>
        <translation>フリーランス法第12条、自営型テレワークガイドライン 募集内容の明示③</translation>
    </message>
    <message>
        <source>Freelance Act Arts 5, 13 and 16; Cabinet Order (1 and 6 months)</source>
        <translation>フリーランス法第5条・第13条・第16条、政令（1か月・6か月）</translation>
    </message>
    <message>
        <source>Telework guideline ⑪; common trouble ⑤; Copyright Act Art 61(2)</source>
        <translation>自営型テレワークガイドライン⑪、よくあるトラブル⑤、著作権法第61条第2項</translation>
    </message>
    <message>
        <source>Telework guideline ⑩; Association item 23; common trouble ④</source>
        <translation>自営型テレワークガイドライン⑩、協会認定基準23、よくあるトラブル④</translation>
    </message>
    <message>
        <source>Telework guideline ⑫; Association items 16–17</source>
        <translation>自営型テレワークガイドライン⑫、協会認定基準16・17</translation>
    </message>
    <message>
        <source>Freelance Act Art 14 and the MHLW guidelines</source>
        <translation>フリーランス法第14条、厚生労働省の指針</translation>
    </message>
    <message>
        <source>Subcontract Act reform (transfer fees); Freelance Act Art 5 (reduction)</source>
        <translation>取適法（振込手数料）、フリーランス法第5条（減額）</translation>
    </message>
    <message>
        <source>Criteria for workers under the Labour Standards Act (Labour Standards Act Study Group report, 1985)</source>
        <translation>労働基準法上の「労働者」の判断基準（労働基準法研究会報告、1985年）</translation>
    </message>
    <message>
        <source>Subcontract Act as reformed in 2026 (取適法), Arts 4 and 7</source>
        <translation>中小受託取引適正化法（取適法、2026年施行）第4条・第7条</translation>
    </message>
    <message>
        <source>Association checklist item 7; platform terms; stealth-marketing regulation</source>
        <translation>クラウドソーシング協会 認定基準7、プラットフォームの利用規約、ステルスマーケティング規制</translation>
    </message>
    <message>
        <source>Association checklist item 12; professional statutes</source>
        <translation>クラウドソーシング協会 認定基準12、士業に関する法律</translation>
    </message>
    <message>
        <source>Association checklist items 16–17</source>
        <translation>クラウドソーシング協会 認定基準16・17</translation>
    </message>
    <message>
        <source>Freelance Act Art 12(2) (accurate and up to date)</source>
        <translation>フリーランス法第12条第2項（正確かつ最新の内容）</translation>
    </message>
    <message>
        <source>Freelance Act Art 3(1) proviso (undetermined items)</source>
        <translation>フリーランス法第3条第1項ただし書（未定事項）</translation>
    </message>
    <message>
        <source>Platform rules; Association checklist item 9</source>
        <translation>プラットフォーム規約；協会チェックリスト項目9</translation>
    </message>
    <message>
        <source>Who orders: the SME or the producer (telework guideline, intermediaries)</source>
        <translation>発注者は誰か：中小企業かプロデューサーか（自営型テレワークガイドライン・仲介事業者）</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>the file is not valid JSON ({detail})</source>
        <translation>JSONとして読めません（{detail}）</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>ファイルを読み込めません（{detail}）</translation>
    </message>
    <message>
        <source>this field is missing</source>
        <translation>この項目がありません</translation>
    </message>
    <message>
        <source>expected {expected}</source>
        <translation>{expected} である必要があります</translation>
    </message>
    <message>
        <source>{value!r} is not allowed here</source>
        <translation>{value!r} はここでは使えません</translation>
    </message>
    <message>
        <source>{value!r} appears twice</source>
        <translation>{value!r} が重複しています</translation>
    </message>
    <message>
        <source>the table has no rows</source>
        <translation>表に行がありません</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Added {count} demo clients with {orders} orders and {workers} workers to {path}</source>
        <translation>{path} にデモ用の顧客{count}件、案件{orders}件、ワーカー{workers}人を追加しました</translation>
    </message>
    <message>
        <source>Added the finished demo workshop “{title}” (id {id}) with {count} of those clients taking part</source>
        <translation>終了済みのデモ用ワークショップ「{title}」（番号 {id}）を追加しました（参加企業はそのうち {count} 社）</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} を書き出しました</translation>
    </message>
    <message>
        <source>There is no client with id {id}.</source>
        <translation>ID {id} の顧客はありません。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}</source>
        <translation>{path} に書き込めません：{detail}</translation>
    </message>
    <message>
        <source>The catalogue file {file} is broken at {entry}, field {field}: {problem}</source>
        <translation>カタログファイル {file} の {entry} の項目 {field} に問題があります：{problem}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>エラー：{message}</translation>
    </message>
    <message>
        <source>No clients.</source>
        <translation>顧客はありません。</translation>
    </message>
    <message>
        <source>No workshops.</source>
        <translation>ワークショップはありません。</translation>
    </message>
    <message>
        <source>Issued {count} terms notices from the recorded contracts (some given late, as CONT-03 shows).</source>
        <translation>記録した契約から取引条件明示書を{count}件発行しました（一部は交付が遅れた例で、CONT-03 として表示されます）。</translation>
    </message>
    <message>
        <source>Note: {count} work items are planned to start before the document&apos;s date ({day}); the document flags them: {items}</source>
        <translation>注意：開始予定日が書類の日付（{day}）より前の業務が{count}件あり、書類ではその旨を示しています：{items}</translation>
    </message>
    <message>
        <source>Your own fee is not in the total: no rate was given (--fee-rate PERCENT, e.g. 10).</source>
        <translation>プロデューサー報酬は合計に含めていません：料率が指定されていません（--fee-rate で％を指定。例：10）。</translation>
    </message>
    <message>
        <source>Your own fee: {rate}% of the rewards, the rate last given for this client (--fee-rate changes it).</source>
        <translation>プロデューサー報酬：報酬の{rate}%（この顧客に前回指定した料率。--fee-rate で変更できます）。</translation>
    </message>
    <message>
        <source>--valid-days “{value}” is not a number of days from 1 to 365. Nothing was written.</source>
        <translation>--valid-days「{value}」は1〜365の日数ではありません。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>{problem} Nothing was written.</source>
        <translation>{problem}ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>export issued-notice needs --notice ID.</source>
        <translation>export issued-notice には --notice ID が必要です。</translation>
    </message>
    <message>
        <source>There is no issued terms notice with id {id}.</source>
        <translation>ID {id} の発行済み取引条件明示書はありません。</translation>
    </message>
    <message>
        <source>export {kind} needs --client ID.</source>
        <translation>export {kind} には --client ID の指定が必要です。</translation>
    </message>
    <message>
        <source>export record needs --order ID.</source>
        <translation>export record には --order ID が必要です。</translation>
    </message>
    <message>
        <source>There is no order with id {id}.</source>
        <translation>ID {id} の案件はありません。</translation>
    </message>
    <message>
        <source>export {kind} needs --work-item ID.</source>
        <translation>export {kind} には --work-item ID が必要です。</translation>
    </message>
    <message>
        <source>There is no work item with id {id}.</source>
        <translation>ID {id} の業務はありません。</translation>
    </message>
    <message>
        <source>Wrote {path}: change it in Word (letterhead or logo in the header, the styles&apos; fonts and colours), then give it in Settings or with --template.</source>
        <translation>{path} を書き出しました。Wordで変更し（ヘッダーにレターヘッドやロゴ、スタイルの書体や色）、［設定］または --template で指定してください。</translation>
    </message>
    <message>
        <source>export {kind} writes a {suffix} file, but --out {path} ends otherwise: give a name ending in {suffix}. Nothing was written.</source>
        <translation>export {kind} は {suffix} ファイルを書き出しますが、--out {path} の名前は {suffix} で終わっていません。{suffix} で終わる名前を指定してください。何も書き出していません。</translation>
    </message>
    <message>
        <source>export {kind} needs --workshop ID (csp-desk list workshops).</source>
        <translation>export {kind} には --workshop ID が必要です（ID は csp-desk list workshops で確認できます）。</translation>
    </message>
    <message>
        <source>There is no workshop with id {id} (csp-desk list workshops).</source>
        <translation>ID {id} のワークショップはありません（csp-desk list workshops で確認できます）。</translation>
    </message>
    <message>
        <source>{path} is a file; the handouts need a folder: give a folder&apos;s path (it is created if missing).</source>
        <translation>{path} はファイルです。配布資料はフォルダーに書き出します。フォルダーのパスを指定してください（なければ作成します）。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of the workbook, e.g. 集計.xlsx.</source>
        <translation>{path} はフォルダーです。書き出すブックのパス（例：集計.xlsx）を指定してください。</translation>
    </message>
    <message>
        <source>Wrote {count} files to {path}</source>
        <translation>{path} に {count} 個のファイルを書き出しました</translation>
    </message>
    <message>
        <source>The terms notice cannot be issued yet. Missing: {items}</source>
        <translation>取引条件明示書はまだ発行できません。不足している事項：{items}</translation>
    </message>
    <message>
        <source>The terms notice cannot be issued yet. Missing: {items}
No posting is saved for work item {item}: these terms are written in its posting. Open it (業務分解 → 募集文…), fill them in and save, then issue the notice again.</source>
        <translation>取引条件明示書はまだ発行できません。不足している事項：{items}
業務 {item} の募集文が保存されていません。これらの条件は募集文に書きます。［業務分解］→［募集文…］で開いて入力・保存してから、もう一度発行してください。</translation>
    </message>
    <message>
        <source>This work item already had {count} notice(s) issued, the last given on {day}; both are kept. If this one corrects or amends it, tell the worker so.</source>
        <translation>この業務には発行済みの明示書が{count}件あります（最後の交付日：{day}）。どちらも保存しています。今回のものが訂正・変更のためであれば、その旨をワーカーに伝えてください。</translation>
    </message>
    <message>
        <source>Wrote {path}; the issued notice (given on {day} by {channel}) is kept in the database.</source>
        <translation>{path} を書き出しました。発行した取引条件明示書（{day}、{channel}で交付）はデータベースに保存しました。</translation>
    </message>
    <message>
        <source>Given {days} days after the commissioning ({contracted}): the Freelance Act asks for the notice immediately (CONT-03). The late date is recorded as it is.</source>
        <translation>業務委託をした日（{contracted}）から{days}日後の交付です。フリーランス法は直ちに明示するよう求めています（CONT-03）。遅れた交付日はそのまま記録しました。</translation>
    </message>
    <message>
        <source>The first notice for this contract was given on {first}, {days} days after the commissioning ({contracted}): the Freelance Act asks for it immediately (CONT-03). Giving it again does not change that.</source>
        <translation>この契約の最初の明示書の交付は{first}で、業務委託をした日（{contracted}）から{days}日後でした。フリーランス法は直ちに明示するよう求めています（CONT-03）。もう一度交付しても、このことは変わりません。</translation>
    </message>
    <message>
        <source>export notice needs --given-on DATE (the day the notice reaches the worker) and --channel platform, email or paper (how it reaches them).</source>
        <translation>export notice には --given-on 日付（ワーカーに交付する日）と --channel platform・email・paper（交付方法：プラットフォームのメッセージ・電子メール・書面）が必要です。</translation>
    </message>
    <message>
        <source>--given-on {value}: {problem}</source>
        <translation>--given-on {value}：{problem}</translation>
    </message>
    <message>
        <source>--given-on {value} is in the future; record a notice on the day it is given, not before.</source>
        <translation>--given-on {value} は未来の日付です。取引条件明示書は交付した日に記録してください。</translation>
    </message>
    <message>
        <source>The terms notice was not issued: the posting and the recorded contract disagree. Correct the posting or the contract, then issue it again.
{differences}</source>
        <translation>取引条件明示書は発行していません。募集文と記録した契約の内容が食い違っています。募集文または契約を直してから、もう一度発行してください。
{differences}</translation>
    </message>
    <message>
        <source>・{item}: posting {posting}, contract {contract}</source>
        <translation>・{item}：募集文 {posting}／契約 {contract}</translation>
    </message>
    <message>
        <source>Note: the notice is recorded as given on {value}, before the contract&apos;s day ({contracted}). If one of the days is mistyped, correct it (the contract on the Orders page, or issue the notice again).</source>
        <translation>注意：交付日 {value} は契約日（{contracted}）より前の日として記録しました。どちらかの日付が誤っている場合は、訂正してください（契約は［案件］ページで、交付日は明示書を発行し直して）。</translation>
    </message>
    <message>
        <source>Work item {item} has several recorded contracts; say which with --contract ID:
{contracts}</source>
        <translation>業務 {item} には記録した契約が複数あります。--contract 番号 でどの契約かを指定してください：
{contracts}</translation>
    </message>
    <message>
        <source>Contract {id} is not recorded for work item {item}. Its contracts:
{contracts}</source>
        <translation>契約 {id} は業務 {item} の契約として記録されていません。この業務の契約：
{contracts}</translation>
    </message>
    <message>
        <source>・{id}: {worker}, {day}, {amount} yen</source>
        <translation>・{id}：{worker}、{day}、{amount}円</translation>
    </message>
    <message>
        <source>{file}: not a valid order: {problem}</source>
        <translation>{file}：発注ファイルとして読み込めません：{problem}</translation>
    </message>
    <message>
        <source>No findings: every rule checked is met.</source>
        <translation>指摘事項はありません。確認したすべてのルールを満たしています。</translation>
    </message>
    <message>
        <source>{path}: sound (integrity ok, schema {revision}).</source>
        <translation>{path}：正常です（整合性チェックOK、スキーマ {revision}）。</translation>
    </message>
    <message>
        <source>{path}: damaged: {problems}</source>
        <translation>{path}：破損しています：{problems}</translation>
    </message>
    <message>
        <source>{path}: there is no database here.</source>
        <translation>{path}：データベースがありません。</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>{path} にバックアップしました</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}; the previous file was kept as {kept}</source>
        <translation>{backup} から {path} を復元しました。それまでのファイルは {kept} として残してあります</translation>
    </message>
    <message>
        <source>Restored {backup} into the team database {path} ({rows} records).</source>
        <translation>{backup} をチームのデータベース {path} に復元しました（{rows} 件の記録）。</translation>
    </message>
    <message>
        <source>A new backup key was made and kept in {where}. Write down this recovery key now and keep it apart from the backup; it is shown only once:
{key}</source>
        <translation>新しいバックアップ用の鍵を作り、{where}に保管しました。この回復キーを今すぐ書き留め、バックアップとは別の場所に保管してください。表示はこの一度だけです：
{key}</translation>
    </message>
    <message>
        <source>backup --encrypt needs --out FILE.</source>
        <translation>backup --encrypt には --out FILE が必要です。</translation>
    </message>
    <message>
        <source>This backup is encrypted and no key is kept on this computer: give --recovery-key.</source>
        <translation>このバックアップは暗号化されていますが、このコンピューターには鍵がありません。--recovery-key で回復キーを指定してください。</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <source>memory only (no keyring works here: it is lost when this command ends)</source>
        <translation>メモリのみ（このコンピューターではキーリングが使えないため、このコマンドの終了とともに消えます）</translation>
    </message>
    <message>
        <source>{path} is a file on this computer; a team is made on a PostgreSQL server&apos;s database: give its address with --db postgresql://USER@HOST:5432/DBNAME (see TEAM_SERVER.md).</source>
        <translation>{path} はこのパソコンのファイルです。チームは PostgreSQL サーバーのデータベースに作ります。--db postgresql://ユーザー@ホスト:5432/データベース名 でその場所を指定してください（TEAM_SERVER.md を参照）。</translation>
    </message>
    <message>
        <source>The team&apos;s roles and rules are in place on {path} ({members} members).</source>
        <translation>{path} にチームの役割と規則を設定しました（メンバー {members} 人）。</translation>
    </message>
    <message>
        <source>{count} clients belong to nobody yet (from before the team): only admins and viewers see them. Give them to a producer: csp-desk team assign NAME --unowned</source>
        <translation>担当者のいない顧客が {count} 件あります（チームを作る前からの顧客）。管理者と閲覧者にしか見えません。プロデューサーに割り当ててください：csp-desk team assign 名前 --unowned</translation>
    </message>
    <message>
        <source>{login} can now sign in as {role}.</source>
        <translation>{login} は{role}としてサインインできるようになりました。</translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation>{login} の役割を{role}にしました。</translation>
    </message>
    <message>
        <source>{login} is no longer on the team; the records they made stay (give their clients to another).</source>
        <translation>{login} をチームから外しました。作成した記録は残ります（担当の顧客は別のメンバーに割り当ててください）。</translation>
    </message>
    <message>
        <source>No members yet: csp-desk team add-user NAME --role producer</source>
        <translation>メンバーはまだいません：csp-desk team add-user 名前 --role producer</translation>
    </message>
    <message>
        <source>Gave {clients} clients and {workshops} workshops to {login}.</source>
        <translation>{login} に顧客 {clients} 件とワークショップ {workshops} 件を割り当てました。</translation>
    </message>
    <message>
        <source>Client {client} is now shared with {login}.</source>
        <translation>顧客 {client} を {login} と共有しました。</translation>
    </message>
    <message>
        <source>Client {client} was already shared with {login}.</source>
        <translation>顧客 {client} はすでに {login} と共有しています。</translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation>{login} のパスワード：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>確認のためもう一度：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>2 回入力したパスワードが一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>A new sign-in needs a password of at least {length} characters; nothing was changed.</source>
        <translation>新しいサインインには {length} 文字以上のパスワードが必要です。何も変更していません。</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>ファシリテーター</translation>
    </message>
    <message>
        <source>viewer (reads only)</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>Took {clients} clients along into {path} ({records} records), marked as yours on the team database. Open it with csp-desk --db {path}; bring it back with csp-desk team check-in {path}</source>
        <translation>顧客 {clients} 件を {path} に持ち出しました（記録 {records} 件）。チームのデータベースでは、あなたが持ち出し中です。開くには csp-desk --db {path}、戻すには csp-desk team check-in {path}</translation>
    </message>
    <message>
        <source>Brought back to the team database: {changed} changed, {added} added, {deleted} deleted.</source>
        <translation>チームのデータベースに戻しました：変更 {changed} 件、追加 {added} 件、削除 {deleted} 件。</translation>
    </message>
    <message>
        <source>Nothing was brought back: {count} changes clash with changes made on the team database meanwhile. Settle each in the file (or with your colleague), then bring it back again:</source>
        <translation>何も戻していません：{count} 件の変更が、その間にチームのデータベースで行われた変更と食い違っています。ファイルで（または同僚と相談して）一つずつ解消してから、もう一度戻してください：</translation>
    </message>
    <message>
        <source>There is no worker with id {id}.</source>
        <translation>ID {id} のワーカーはいません。</translation>
    </message>
    <message>
        <source>personal-data export needs --out FILE.</source>
        <translation>personal-data export には --out FILE が必要です。</translation>
    </message>
    <message>
        <source>Wrote {path} and, to read, {readable}</source>
        <translation>{path} を書き出しました（読みやすい形式：{readable}）</translation>
    </message>
    <message>
        <source>Client {id}: the contact person&apos;s name, phone and email erased.</source>
        <translation>顧客 {id}：担当者の氏名・電話番号・メールアドレスを消去しました。</translation>
    </message>
    <message>
        <source>Worker {id}: personal data erased; their orders keep an anonymous name.</source>
        <translation>ワーカー {id}：個人データを消去しました。案件の記録には匿名の名前が残ります。</translation>
    </message>
    <message>
        <source>Imported {added:,} clients; left out {already:,} already in the database and {repeated:,} repeated.</source>
        <translation>{added:,}件の顧客を取り込みました（登録済み {already:,}件・重複 {repeated:,}件は除外）。</translation>
    </message>
    <message>
        <source>Imported {added:,} workers; left out {already:,} already in the database and {repeated:,} repeated.</source>
        <translation>{added:,}件のワーカーを取り込みました（登録済み {already:,}件・重複 {repeated:,}件は除外）。</translation>
    </message>
    <message>
        <source>Columns not read: {columns}</source>
        <translation>読み込まなかった列：{columns}</translation>
    </message>
    <message>
        <source>{file} cannot be imported as a client file ({problem}); nothing was imported.</source>
        <translation>{file} は顧客ファイルとして取り込めません（{problem}）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Imported the client “{name}” as id {id}, with {consultations:,} consultations and {items:,} work items.</source>
        <translation>クライアント「{name}」を ID {id} として取り込みました（相談 {consultations:,} 件、業務 {items:,} 件）。</translation>
    </message>
    <message>
        <source>csp-desk: “{word}” is not a command. Did you mean “{nearest}”?</source>
        <translation>csp-desk：「{word}」というコマンドはありません。「{nearest}」のことですか？</translation>
    </message>
    <message>
        <source>csp-desk: “{word}” is not a command.</source>
        <translation>csp-desk：「{word}」というコマンドはありません。</translation>
    </message>
    <message>
        <source>Commands: {commands}. Without a command, csp-desk opens the window (--db FILE, --demo); csp-desk --help tells more.</source>
        <translation>コマンド：{commands}。コマンドを付けずに起動するとウィンドウが開きます（--db ファイル、--demo）。詳しくは csp-desk --help をご覧ください。</translation>
    </message>
    <message>
        <source>csp-desk: “{word}” is not an option of the window. Did you mean “{nearest}”?</source>
        <translation>csp-desk：「{word}」というウィンドウのオプションはありません。「{nearest}」のことですか？</translation>
    </message>
    <message>
        <source>csp-desk: “{word}” is not an option of the window (it knows {options}).</source>
        <translation>csp-desk：「{word}」というウィンドウのオプションはありません（使えるのは {options} です）。</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>client_file</name>
    <message>
        <source>{file} cannot be imported as a client file: {problem}
Nothing was imported. Check that it is a client file written by csp-desk (File ▸ Export the client file).</source>
        <translation>{file} は顧客ファイルとして読み込めません：{problem}
何も読み込んでいません。csp-desk で書き出した顧客ファイル（ファイル ▸ 顧客ファイルを書き出す）か確かめてください。</translation>
    </message>
</context>
<context>
    <name>costs</name>
    <message>
        <source>The fee rate “{value}” is not a number. Give a percentage from 0 to 100 (e.g. 10 or 12.5).</source>
        <translation>手数料率「{value}」は数値ではありません。0〜100の％で指定してください（例：10、12.5）。</translation>
    </message>
    <message>
        <source>The fee rate “{value}” is negative. Give a percentage from 0 to 100.</source>
        <translation>手数料率「{value}」はマイナスです。0〜100の％で指定してください。</translation>
    </message>
    <message>
        <source>The fee rate “{value}” is over 100 %. Give a percentage from 0 to 100.</source>
        <translation>手数料率「{value}」は100％を超えています。0〜100の％で指定してください。</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>What you just did was stopped by an error csp-desk did not expect.</source>
        <translation>いま行った操作は、csp-desk の予期しないエラーで中断されました。</translation>
    </message>
    <message>
        <source>Work running in the background was stopped by an error csp-desk did not expect.</source>
        <translation>バックグラウンドで実行中の処理が、csp-desk の予期しないエラーで中断されました。</translation>
    </message>
    <message>
        <source>What to do: save what you are typing on the other pages, then try again. If the error comes back, restart csp-desk. To report it, press “Copy details” and paste them in your message, or attach the log file from the log folder.</source>
        <translation>対処：ほかのページで入力中の内容を保存してから、もう一度お試しください。再び起きる場合は csp-desk を再起動してください。報告するときは「詳細をコピー」を押してメッセージに貼り付けるか、ログフォルダのログファイルを添付してください。</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログフォルダ</translation>
    </message>
    <message>
        <source>The log folder could not be opened here. It is:
{folder}</source>
        <translation>この環境ではログフォルダを開けませんでした。場所は次のとおりです：
{folder}</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>The catalogue file {file} cannot be used ({entry}, field {field}): {problem}</source>
        <translation>カタログファイル {file} を使用できません（{entry} の項目 {field}）：{problem}</translation>
    </message>
    <message>
        <source>The file could not be written ({detail}). {path}</source>
        <translation>ファイルを書き込めませんでした（{detail}）。{path}</translation>
    </message>
    <message>
        <source>This cannot be removed: a posting or a terms notice issued from it is kept as a record. Nothing was changed.</source>
        <translation>削除できません。この業務から掲載した募集文または交付した取引条件明示書が記録として保存されています。変更はしていません。</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
    </message>
    <message>
        <source>This could not be finished because of an error csp-desk did not expect ({detail}). Save your work, then try again; if it happens again, restart csp-desk. The details are in the log file (Help → Open the log folder).</source>
        <translation>csp-desk の予期しないエラーのため、この操作を完了できませんでした（{detail}）。作業内容を保存してから、もう一度お試しください。再び起きる場合は csp-desk を再起動してください。詳しい内容はログファイルにあります（ヘルプ → ログフォルダを開く）。</translation>
    </message>
</context>
<context>
    <name>following</name>
    <message>
        <source>This cannot be recorded while the order is “{state}”.</source>
        <translation>案件が「{state}」の間は、これを記録できません。</translation>
    </message>
    <message>
        <source>This work item is already being followed.</source>
        <translation>この業務はすでに案件として管理しています。</translation>
    </message>
    <message>
        <source>This payment is already recorded as paid on {day}; nothing was changed.</source>
        <translation>この支払は {day} に支払済みとして記録されています。何も変更していません。</translation>
    </message>
    <message>
        <source>The tax withheld from this payment is already recorded as paid to the tax office on {day}; nothing was changed.</source>
        <translation>この支払の源泉税は {day} に納付済みとして記録されています。何も変更していません。</translation>
    </message>
    <message>
        <source>Choose a kind of trouble.</source>
        <translation>トラブルの種類を選んでください。</translation>
    </message>
    <message>
        <source>The milestones would come to more than the contract amount ({amount} yen).</source>
        <translation>マイルストーンの合計が契約金額（{amount}円）を超えます。</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>This page has no search field.</source>
        <translation>このページには検索欄がありません。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys work anywhere in the window; a page&apos;s keys work while that page is shown.</source>
        <translation>ウィンドウ全体で使えるキーと、そのページを表示している間だけ使えるキーがあります。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Menu or page</source>
        <translation>メニュー・ページ</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The first row must name the columns, one of them the name ({names}). Found: {found}</source>
        <translation>1行目には列名が必要で、そのうち1つは名前（{names}）にしてください。見つかった列名：{found}</translation>
    </message>
    <message>
        <source>There are no rows below the header row.</source>
        <translation>見出しの行の下に行がありません。</translation>
    </message>
    <message>
        <source>Two columns are read as {column}: {first} and {second}.</source>
        <translation>2つの列が「{column}」として読まれます：「{first}」と「{second}」。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>{row}行目・{column}：{problem}</translation>
    </message>
    <message>
        <source>… and {count:,} more.</source>
        <translation>…ほか{count:,}件。</translation>
    </message>
    <message>
        <source>Nothing was imported: {count:,} problems in the list.</source>
        <translation>取り込みませんでした。一覧に{count:,}件の問題があります。</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; it was not read.</source>
        <translation>{name} は {limit} MB を超えているため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>{name} is not a CSV file (.csv, .txt) or an Excel workbook (.xlsx).</source>
        <translation>{name} は CSV ファイル（.csv・.txt）でも Excel ブック（.xlsx）でもありません。</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV first.</source>
        <translation>{name} は古い形式の Excel ファイル（.xls）です。先に Excel ブック（.xlsx）か CSV で保存し直してください。</translation>
    </message>
    <message>
        <source>{name} is not text in UTF-8 or Shift_JIS. In Excel, save it as “CSV UTF-8 (comma delimited)”.</source>
        <translation>{name} は UTF-8 でも Shift_JIS でもありません。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook or is damaged.</source>
        <translation>{name} は Excel ブックではないか、壊れています。</translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB, far more than a list needs; it was not read.</source>
        <translation>{name} は展開すると {limit} MB を超え、一覧としては大きすぎるため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>{name} has more than {limit:,} rows; split it into smaller files.</source>
        <translation>{name} は {limit:,} 行を超えています。ファイルを分けてください。</translation>
    </message>
    <message>
        <source>Row {row} of {name} has a cell longer than {limit:,} characters.</source>
        <translation>{name} の{row}行目に {limit:,} 文字を超えるセルがあります。</translation>
    </message>
    <message>
        <source>{name} cannot be read as CSV near row {row}: {detail}</source>
        <translation>{name} は{row}行目付近で CSV として読めません：{detail}</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>{name} を読み込めません：{detail}</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <source>Record the escrow (仮払い) first: work must not start before the reward is deposited.</source>
        <translation>先に仮払いを記録してください。報酬が預けられる前に作業を始めてはいけません。</translation>
    </message>
    <message>
        <source>A {type} is published only after its reward is deposited in escrow (仮払い).</source>
        <translation>{type}は、報酬を仮払いしてから公開します。</translation>
    </message>
    <message>
        <source>Record a delivery first: only what was delivered can be accepted.</source>
        <translation>先に納品を記録してください。検収できるのは納品されたものだけです。</translation>
    </message>
    <message>
        <source>Record the acceptance (検収) first: payment follows acceptance.</source>
        <translation>先に検収を記録してください。支払は検収の後です。</translation>
    </message>
    <message>
        <source>Record the payment first: rating closes a paid order.</source>
        <translation>先に支払を記録してください。評価は支払済みの案件で行います。</translation>
    </message>
    <message>
        <source>Entries are selected after they arrive: record the entries received first.</source>
        <translation>採用は応募作品が届いてからです。先に受け付けた作品を記録してください。</translation>
    </message>
    <message>
        <source>Choose a proposal and record the contract first.</source>
        <translation>先に提案を選び、契約を記録してください。</translation>
    </message>
    <message>
        <source>An accepted order cannot be cancelled: the reward is owed. Record the payment.</source>
        <translation>検収済みの案件はキャンセルできません。報酬の支払義務があります。支払を記録してください。</translation>
    </message>
    <message>
        <source>This order is {state}; nothing follows.</source>
        <translation>この案件は「{state}」です。これ以上の段階はありません。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled; the reason is kept.</source>
        <translation>キャンセルの理由を入力してください。理由は記録として残ります。</translation>
    </message>
    <message>
        <source>From “{state}” the next step is: {next}.</source>
        <translation>「{state}」から進めるのは次の段階です：{next}。</translation>
    </message>
    <message>
        <source>project</source>
        <translation>プロジェクト形式</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>コンペ形式</translation>
    </message>
    <message>
        <source>task</source>
        <translation>タスク形式</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>platform message</source>
        <translation>プラットフォームのメッセージ</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>受注者</translation>
    </message>
    <message>
        <source>date of the order</source>
        <translation>業務委託をした日</translation>
    </message>
    <message>
        <source>contract amount</source>
        <translation>契約金額</translation>
    </message>
    <message>
        <source>prize in the posting</source>
        <translation>募集文の賞金額</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>inspection date</source>
        <translation>検収日</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>end of the contract period</source>
        <translation>契約期間の終わり</translation>
    </message>
    <message>
        <source>free revision rounds</source>
        <translation>無償の修正回数</translation>
    </message>
    <message>
        <source>intellectual property</source>
        <translation>知的財産権の取扱い</translation>
    </message>
    <message>
        <source>consumption tax</source>
        <translation>消費税</translation>
    </message>
</context>
<context>
    <name>order_type</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>コンペ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <source>the file is not UTF-8 text (byte {offset})</source>
        <translation>UTF-8のテキストではありません（{offset}バイト目）</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>JSONとして正しくありません（{line}行{column}列：{detail}）</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>値がありません（空のファイルか、途中で切れています）</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>項目名は二重引用符（&quot;）で囲んでください（余分なカンマがある可能性があります）</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>カンマ（,）が抜けています</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>項目名のあとのコロン（:）が抜けています</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>文字列の終わりの二重引用符（&quot;）がありません</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>文字列の中に使えない制御文字があります</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>文字列の中の \ の使い方が正しくありません</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>文字列の中の \u の後が4桁の16進数ではありません</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>データの終わりの後に余分な内容があります</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}：オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>{where}: unknown field</source>
        <translation>{where}：不明な項目です</translation>
    </message>
    <message>
        <source>{where}: required field is missing</source>
        <translation>{where}：必須の項目がありません</translation>
    </message>
    <message>
        <source>{where}: expected {expected}</source>
        <translation>{where}：{expected}である必要があります</translation>
    </message>
    <message>
        <source>{where}: {value} is not a real date (YYYY-MM-DD)</source>
        <translation>{where}：{value} は正しい日付ではありません（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{where}: {value} is below the minimum {minimum}</source>
        <translation>{where}：{value} は最小値 {minimum} を下回っています</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {allowed}</source>
        <translation>{where}：{value} は使用できません（{allowed} のいずれか）</translation>
    </message>
    <message>
        <source>{where}: {value} appears twice</source>
        <translation>{where}：{value} が重複しています</translation>
    </message>
    <message>
        <source>{where}: {value} is not a work category of the catalogue</source>
        <translation>{where}：{value} はカタログの作業カテゴリではありません</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}：空にはできません</translation>
    </message>
    <message>
        <source>{where}: must not be empty, unless orderer.profile_shows contains &quot;name&quot; (the platform profile shows the name)</source>
        <translation>{where}：空にはできません（プラットフォームのプロフィールに名称が表示される場合は orderer.profile_shows に &quot;name&quot; を含めてください）</translation>
    </message>
    <message>
        <source>{where}: the key &quot;{key}&quot; occurs twice in the same object</source>
        <translation>{where}：キー「{key}」が同じオブジェクトに2回あります</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number JSON allows</source>
        <translation>{where}：{value} はJSONで使える数値ではありません</translation>
    </message>
    <message>
        <source>{where}: the text has {length:,} characters; at most {limit:,} are allowed</source>
        <translation>{where}：文字数が{length:,}文字あります。上限は{limit:,}文字です</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>{where}: {value} is not a client file this version reads (it reads {allowed})</source>
        <translation>{where}：{value} はこのバージョンで読める顧客ファイルではありません（読める形式：{allowed}）</translation>
    </message>
    <message>
        <source>the file is larger than {limit:,} bytes</source>
        <translation>ファイルが {limit:,} バイトを超えています</translation>
    </message>
    <message>
        <source>{where}: the text is longer than {limit:,} characters</source>
        <translation>{where}：文字数が {limit:,} 文字を超えています</translation>
    </message>
    <message>
        <source>{where}: more than {limit:,} entries</source>
        <translation>{where}：項目が {limit:,} 件を超えています</translation>
    </message>
    <message>
        <source>{where}: {value} is above the maximum {maximum}</source>
        <translation>{where}：{value} は上限 {maximum} を超えています</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
</context>
<context>
    <name>party</name>
    <message>
        <source>Producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <source>Soliciting</source>
        <translation>募集</translation>
    </message>
    <message>
        <source>Contracting</source>
        <translation>契約・仮払い</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>検収待ち</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>支払待ち</translation>
    </message>
    <message>
        <source>Rating and closing</source>
        <translation>評価・完了待ち</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <source>CrowdWorks</source>
        <translation>クラウドワークス</translation>
    </message>
    <message>
        <source>Lancers</source>
        <translation>ランサーズ</translation>
    </message>
    <message>
        <source>Coconala</source>
        <translation>ココナラ</translation>
    </message>
    <message>
        <source>Direct (no platform)</source>
        <translation>直接取引（プラットフォームなし）</translation>
    </message>
</context>
<context>
    <name>platforms</name>
    <message>
        <source>Enter the fee rate as a percentage, for example 5 or 5–20 (a range).</source>
        <translation>料率はパーセントの数字で入力してください（例：5、または範囲なら 5〜20）。小数は第2位までです。</translation>
    </message>
    <message>
        <source>A fee rate cannot be negative; enter 0 % or more.</source>
        <translation>料率はマイナスにできません。0％以上で入力してください。</translation>
    </message>
    <message>
        <source>A fee rate cannot be more than 100 %.</source>
        <translation>料率は100％を超えられません。100％以下で入力してください。</translation>
    </message>
    <message>
        <source>Write the lower rate first, for example 5–20.</source>
        <translation>範囲は小さい料率から書いてください（例：5〜20）。</translation>
    </message>
    <message>
        <source>Enter the date from which these fees apply, such as 2026/12/01.</source>
        <translation>この手数料が適用される開始日を入力してください（例：2026/12/01）。</translation>
    </message>
    <message>
        <source>Enter a rate or a minimum fee; an empty entry would change nothing.</source>
        <translation>料率か最低額を入力してください。空のままでは何も記録されません。</translation>
    </message>
    <message>
        <source>Say where the figure comes from (the platform&apos;s fee page and the day you read it).</source>
        <translation>数値の出典を入力してください（プラットフォームの料金ページと確認した日など）。</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s name.</source>
        <translation>プラットフォームの名称を入力してください。</translation>
    </message>
    <message>
        <source>“{name}” is already in the register.</source>
        <translation>「{name}」はすでに台帳にあります。</translation>
    </message>
    <message>
        <source>The checklist has items 1 to 24 only.</source>
        <translation>チェックリストの項目は1〜24だけです。</translation>
    </message>
    <message>
        <source>This note is too long (at most {limit:,} characters).</source>
        <translation>入力が長すぎます（{limit:,}文字まで）。</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>minimum ¥{yen:,}</source>
        <translation>最低 {yen:,}円</translation>
    </message>
    <message>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>コンペ</translation>
    </message>
    <message>
        <source>task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{types} (others not confirmed)</source>
        <translation>{types}（ほかは未確認）</translation>
    </message>
    <message>
        <source>Fees: orderer {orderer}, worker {worker} · Escrow: {escrow} · Order types: {types}</source>
        <translation>手数料：発注者 {orderer}／ワーカー {worker}&#x3000;仮払い：{escrow}&#x3000;発注形式：{types}</translation>
    </message>
    <message>
        <source>Not confirmed for this platform in the Association&apos;s checklist: {items}. You can tick it in Settings → Platform register.</source>
        <translation>このプラットフォームは、協会のチェックリストの次の項目が未確認です：{items}。「設定 → プラットフォーム台帳」で確認した項目にチェックできます。</translation>
    </message>
    <message>
        <source>{count} of the Association&apos;s 24 checklist items are not confirmed for this platform. You can tick them in Settings → Platform register.</source>
        <translation>このプラットフォームは、協会の24項目のうち{count}項目が未確認です。「設定 → プラットフォーム台帳」で確認した項目にチェックできます。</translation>
    </message>
</context>
<context>
    <name>posting_status</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Open for applications</source>
        <translation>募集中</translation>
    </message>
    <message>
        <source>Filled (worker chosen)</source>
        <translation>決定済み（受注者選定）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>postings</name>
    <message>
        <source>Fix the errors in the checklist before posting: {rules}.</source>
        <translation>掲載の前にチェックリストのエラーを解消してください：{rules}。</translation>
    </message>
    <message>
        <source>Fill in the blanks {blank} of the specification before posting.</source>
        <translation>掲載する前に、仕様の空欄{blank}を埋めてください。</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>Participant {letter}</source>
        <translation>参加企業{letter}</translation>
    </message>
    <message>
        <source>another participant</source>
        <translation>他の参加企業</translation>
    </message>
    <message>
        <source>(amount hidden)</source>
        <translation>（金額非表示）</translation>
    </message>
    <message>
        <source>(contact hidden)</source>
        <translation>（連絡先非表示）</translation>
    </message>
</context>
<context>
    <name>rating</name>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>コミュニケーション</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>また依頼したい</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{path} cannot be used as the Word template: {problem}. Save your template in Word as a Word document (.docx) and choose it again, or go back to the default template in Settings.</source>
        <translation>{path} はWordのテンプレートとして使えません（{problem}）。Wordでテンプレートを「Word 文書（.docx）」として保存してから選び直すか、［設定］で既定のテンプレートに戻してください。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>it is not a Word document (.docx)</source>
        <translation>Wordの文書（.docx）ではありません</translation>
    </message>
    <message>
        <source>it is a Word template file (.dotx); save it as a .docx document</source>
        <translation>Wordのテンプレート形式（.dotx）です。.docx 形式で保存してください</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>ファイルが壊れていて読み込めません</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The invoice registration number must be T followed by 13 digits.</source>
        <translation>適格請求書発行事業者登録番号は「T」と13桁の数字です。</translation>
    </message>
    <message>
        <source>The check digit of the invoice registration number does not match; check the number on the National Tax Agency&apos;s site.</source>
        <translation>登録番号のチェックデジットが一致しません。国税庁の公表サイトで番号を確認してください。</translation>
    </message>
    <message>
        <source>The number does not pass the corporate check digit; for individuals this may be normal. Confirm it on the National Tax Agency&apos;s site.</source>
        <translation>法人番号と同じチェックデジットに一致しません。個人の場合は問題ない可能性があります。国税庁の公表サイトで確認してください。</translation>
    </message>
    <message>
        <source>Confirm the registration on the National Tax Agency&apos;s publication site before relying on it.</source>
        <translation>登録番号を利用する前に、国税庁の公表サイトで登録状況を確認してください。</translation>
    </message>
    <message>
        <source>The orderer&apos;s corporate number is not 13 digits with a matching check digit.</source>
        <translation>発注者の法人番号が13桁でないか、チェックデジットが一致しません。</translation>
    </message>
    <message>
        <source>Describe the work concretely: the description has {length} characters; at least {minimum} are needed.</source>
        <translation>仕事の内容を具体的に書いてください（現在{length}文字、{minimum}文字以上必要です）。</translation>
    </message>
    <message>
        <source>Show the planned due date of the deliverable, or a rough timeframe.</source>
        <translation>成果物の納期予定日、または目安の期間を示してください。</translation>
    </message>
    <message>
        <source>The timeframe 「{timeframe}」 names no date or duration, so the due date is still missing. Show the planned due date, or a timeframe such as 契約から2週間.</source>
        <translation>目安の期間「{timeframe}」には日付も期間も書かれていないため、納期予定日が示されていません。納期予定日、または「契約から2週間」のような期間を示してください。</translation>
    </message>
    <message>
        <source>Show the planned reward: an amount, a range, a unit price, or that it is set by quote.</source>
        <translation>報酬予定額（金額・範囲・単価、または見積りにより決定する旨）を示してください。</translation>
    </message>
    <message>
        <source>State when the reward is paid and how (escrow on the platform counts).</source>
        <translation>報酬の支払期日と支払方法を示してください（プラットフォームの仮払いも支払方法に当たります）。</translation>
    </message>
    <message>
        <source>State when the reward is paid.</source>
        <translation>報酬の支払期日を示してください。</translation>
    </message>
    <message>
        <source>State how the reward is paid (escrow on the platform counts).</source>
        <translation>報酬の支払方法を示してください（プラットフォームの仮払いも支払方法に当たります）。</translation>
    </message>
    <message>
        <source>State who bears expenses (software, materials, communication).</source>
        <translation>諸経費（ソフトウェア・素材・通信費など）の負担を示してください。</translation>
    </message>
    <message>
        <source>A competition must state how the rights in the works are handled, including whether they pass to the orderer on selection.</source>
        <translation>コンペでは、作品の知的財産権の取扱い（採用時に発注者へ移転するかを含む）を募集時に示す必要があります。</translation>
    </message>
    <message>
        <source>State how the intellectual property in the work is handled.</source>
        <translation>成果物の知的財産権の取扱いを示してください。</translation>
    </message>
    <message>
        <source>Give a contact for questions about the posting.</source>
        <translation>募集内容に関する問い合わせ先を示してください。</translation>
    </message>
    <message>
        <source>the orderer&apos;s name</source>
        <translation>募集を行う者の氏名又は名称</translation>
    </message>
    <message>
        <source>the orderer&apos;s address</source>
        <translation>住所（所在地）</translation>
    </message>
    <message>
        <source>the orderer&apos;s contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>業務の内容</translation>
    </message>
    <message>
        <source>where the work is done</source>
        <translation>業務に従事する場所</translation>
    </message>
    <message>
        <source>the reward</source>
        <translation>報酬</translation>
    </message>
    <message>
        <source>The posting or the orderer&apos;s profile must show: {items}.</source>
        <translation>募集文または発注者のプロフィールに次の項目を表示してください：{items}。</translation>
    </message>
    <message>
        <source>It helps applicants to see the skills needed and how long the work takes.</source>
        <translation>必要なスキル・経験と、作業時間の目安を示すと応募者の判断に役立ちます。</translation>
    </message>
    <message>
        <source>Make the competition brief concrete: the files, formats and sizes delivered and how many works are selected.</source>
        <translation>コンペの依頼内容を具体的にしてください（納品するファイル・形式・サイズ、採用する作品数）。</translation>
    </message>
    <message>
        <source>State that works not selected will not be used or published without their author&apos;s consent.</source>
        <translation>不採用の作品は応募者の同意なく使用・公開しないことを示してください。</translation>
    </message>
    <message>
        <source>State how many revisions follow the selection, and that major changes are renegotiated with extra pay.</source>
        <translation>採用後の修正回数と、大きな変更は追加報酬を含めて協議することを示してください。</translation>
    </message>
    <message>
        <source>One task item takes {minutes:g} minutes; tasks over {limit} minutes suit the project type better.</source>
        <translation>1件あたり{minutes:g}分かかります。{limit}分を超える作業はプロジェクト形式が適しています。</translation>
    </message>
    <message>
        <source>Work that needs revisions suits the project type better than tasks.</source>
        <translation>修正のやり取りが必要な作業は、タスク形式よりプロジェクト形式が適しています。</translation>
    </message>
    <message>
        <source>Income tax must be withheld from this fee: the worker is an individual and the work is of a listed kind.</source>
        <translation>この報酬は源泉徴収の対象です（受注者が個人で、所得税法に定める業務に当たります）。</translation>
    </message>
    <message>
        <source>Withholding on ¥{base:,} is ¥{amount:,}; the worker receives ¥{net:,}. (Computed on the amount {tax} consumption tax.)</source>
        <translation>¥{base:,}に対する源泉徴収税額は¥{amount:,}、受注者の受取額は¥{net:,}です（消費税{tax}の金額で計算）。</translation>
    </message>
    <message>
        <source>excluding</source>
        <translation>抜き</translation>
    </message>
    <message>
        <source>including</source>
        <translation>込み</translation>
    </message>
    <message>
        <source>the worker&apos;s prefecture</source>
        <translation>受注者の都道府県</translation>
    </message>
    <message>
        <source>the orderer&apos;s prefecture</source>
        <translation>発注者の都道府県</translation>
    </message>
    <message>
        <source>national weighted average</source>
        <translation>全国加重平均</translation>
    </message>
    <message>
        <source>The reward comes to about ¥{hourly:,} an hour, below the minimum wage of ¥{wage:,} ({place}, FY{year}; from {source}), which the guideline asks orderers to consider.</source>
        <translation>報酬は時間あたり約¥{hourly:,}で、最低賃金¥{wage:,}（{place}、{year}年度、{source}による）を下回っています。ガイドラインは最低賃金を参考にするよう求めています。</translation>
    </message>
    <message>
        <source>The reward comes to about ¥{hourly:,} an hour, less than 10 % above the minimum wage of ¥{wage:,} ({place}, FY{year}; from {source}).</source>
        <translation>報酬は時間あたり約¥{hourly:,}で、最低賃金¥{wage:,}（{place}、{year}年度、{source}による）を上回る幅が10%未満です。</translation>
    </message>
    <message>
        <source>The reward comes to about ¥{hourly:,} an hour, below the minimum wage of ¥{wage:,} ({place}, FY{year}; from {source}), which the guideline asks orderers to consider. The table may be out of date: it ends at FY{newest}, and FY{next} should be in force since {since}. Add the new year&apos;s figures in Preferences ▸ Minimum wages ▸ Add a year from a CSV file…</source>
        <translation>報酬は時間あたり約¥{hourly:,}で、最低賃金¥{wage:,}（{place}、{year}年度、{source}による）を下回っています。ガイドラインは最低賃金を参考にするよう求めています。なお、最低賃金の表は{newest}年度までで、{since}から{next}年度の額が発効しているはずのため、金額が古い可能性があります。「設定」▸「最低賃金」▸「CSVファイルから年度を追加…」で新しい年度を追加してください。</translation>
    </message>
    <message>
        <source>The reward comes to about ¥{hourly:,} an hour, less than 10 % above the minimum wage of ¥{wage:,} ({place}, FY{year}; from {source}). The table may be out of date: it ends at FY{newest}, and FY{next} should be in force since {since}. Add the new year&apos;s figures in Preferences ▸ Minimum wages ▸ Add a year from a CSV file…</source>
        <translation>報酬は時間あたり約¥{hourly:,}で、最低賃金¥{wage:,}（{place}、{year}年度、{source}による）を上回る幅が10%未満です。なお、最低賃金の表は{newest}年度までで、{since}から{next}年度の額が発効しているはずのため、金額が古い可能性があります。「設定」▸「最低賃金」▸「CSVファイルから年度を追加…」で新しい年度を追加してください。</translation>
    </message>
    <message>
        <source>The posting reads like employment ({words}): fixed hours or place, wages or close direction belong to a job, not to outsourcing. Rephrase, or record why it is fine.</source>
        <translation>募集文が雇用のように読めます（{words}）。時間・場所の拘束、賃金、細かな指揮命令は雇用の特徴で、業務委託には当たりません。表現を改めるか、問題がない理由を記録してください。</translation>
    </message>
    <message>
        <source>Words that can suggest employment appear ({words}); alone they are usually fine.</source>
        <translation>雇用を思わせる語句があります（{words}）。単独であれば通常は問題ありません。</translation>
    </message>
    <message>
        <source>The reward (up to ¥{offered:,}) is below the lowest market guide for this kind of work (¥{floor:,}, source {source}); good workers may not apply.</source>
        <translation>報酬（最大¥{offered:,}）がこの種の業務の相場の目安の下限（¥{floor:,}、出典{source}）を下回っています。経験のあるワーカーが応募しない可能性があります。</translation>
    </message>
    <message>
        <source>① the orderer&apos;s name, address and contact</source>
        <translation>①注文者の氏名又は名称、所在地及び連絡先</translation>
    </message>
    <message>
        <source>② the date of the order</source>
        <translation>②注文年月日</translation>
    </message>
    <message>
        <source>③ the work ordered</source>
        <translation>③注文した仕事の内容</translation>
    </message>
    <message>
        <source>④ the reward, payment date and method</source>
        <translation>④報酬額、報酬の支払期日及び支払方法</translation>
    </message>
    <message>
        <source>⑤ expenses</source>
        <translation>⑤諸経費の取扱い</translation>
    </message>
    <message>
        <source>⑥ the delivery date</source>
        <translation>⑥成果物の納期</translation>
    </message>
    <message>
        <source>⑦ where and how it is delivered</source>
        <translation>⑦成果物の納品先及び納品方法</translation>
    </message>
    <message>
        <source>⑧ the inspection date</source>
        <translation>⑧検収日</translation>
    </message>
    <message>
        <source>⑨ how changes are handled</source>
        <translation>⑨契約条件を変更する場合の取扱い</translation>
    </message>
    <message>
        <source>⑩ defects and late delivery</source>
        <translation>⑩成果物に瑕疵がある場合や納入が遅れた場合の取扱い</translation>
    </message>
    <message>
        <source>⑪ intellectual property</source>
        <translation>⑪知的財産権の取扱い</translation>
    </message>
    <message>
        <source>⑫ personal data</source>
        <translation>⑫個人情報の取扱い</translation>
    </message>
    <message>
        <source>The terms document lacks guideline items: {items}.</source>
        <translation>契約条件の書面にガイドラインの項目がありません：{items}。</translation>
    </message>
    <message>
        <source>the names of both parties</source>
        <translation>両当事者の名称</translation>
    </message>
    <message>
        <source>the date of commissioning</source>
        <translation>業務委託をした日</translation>
    </message>
    <message>
        <source>what is delivered</source>
        <translation>給付の内容</translation>
    </message>
    <message>
        <source>when it is received</source>
        <translation>給付を受領する期日</translation>
    </message>
    <message>
        <source>where it is received</source>
        <translation>給付を受領する場所</translation>
    </message>
    <message>
        <source>when inspection is completed</source>
        <translation>検査を完了する期日</translation>
    </message>
    <message>
        <source>the amount of the reward</source>
        <translation>報酬の額</translation>
    </message>
    <message>
        <source>the payment date</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>the re-entrustment details</source>
        <translation>再委託に関する事項</translation>
    </message>
    <message>
        <source>The Art 3 notice to the freelancer must state: {items}.</source>
        <translation>フリーランスへの取引条件の明示（3条通知）に次の事項が必要です：{items}。</translation>
    </message>
    <message>
        <source>Record when the terms notice was sent; it is due on the day of commissioning ({date}).</source>
        <translation>取引条件を通知した日を記録してください。業務委託をした日（{date}）に直ちに通知する必要があります。</translation>
    </message>
    <message>
        <source>The terms notice went out {days} days after commissioning; it must be sent immediately.</source>
        <translation>取引条件の通知が業務委託の{days}日後になっています。直ちに通知する必要があります。</translation>
    </message>
    <message>
        <source>Set a concrete payment date or rule (such as 毎月末日締め翌月末日払い); “within N days” is not a payment date.</source>
        <translation>具体的な支払期日または支払ルール（例：毎月末日締め翌月末日払い）を定めてください。「◯日以内」は支払期日になりません。</translation>
    </message>
    <message>
        <source>「{rule}」 does not set a payment date ({words}): the payment date counts as missing. Set a concrete date or a rule such as 毎月末日締め翌月末日払い.</source>
        <translation>「{rule}」では支払期日が定まりません（「{words}」）。支払期日の記載がないものとして扱います。具体的な日付、または「毎月末日締め翌月末日払い」のような支払ルールを定めてください。</translation>
    </message>
    <message>
        <source>「{rule}」 cannot be read as a payment date. Write a date (2027年3月31日) or a rule that yields one (毎月末日締め翌月末日払い, 納品後20日目).</source>
        <translation>「{rule}」を支払期日として読み取れません。日付（2027年3月31日）、または日付が定まる支払ルール（毎月末日締め翌月末日払い、納品後20日目など）を書いてください。</translation>
    </message>
    <message>
        <source>「{rule}」 is a period ({words}), not a payment date; set a concrete date or a rule such as 毎月末日締め翌月末日払い.</source>
        <translation>「{rule}」は期間（「{words}」）であり、支払期日ではありません。具体的な日付、または「毎月末日締め翌月末日払い」のような支払ルールを定めてください。</translation>
    </message>
    <message>
        <source>「{rule}」 can pay as late as day {days} after receipt (received {received}, paid {paid}); the Act allows 60 days, or 2 calendar months for a monthly cycle, the day of receipt being day 1. Shorten the cycle.</source>
        <translation>「{rule}」では支払が受領から最も遅くて{days}日目になります（{received}受領、{paid}支払）。法律の上限は受領日を1日目として60日、月単位の締め支払制度では2か月以内です。締め・支払のサイクルを短くしてください。</translation>
    </message>
    <message>
        <source>Payment falls on day {days} after receipt; the Act allows 60 days (day of receipt = day 1): pay by {latest}.</source>
        <translation>支払は受領から{days}日目です。法律の上限は60日（受領日を1日目）なので、{latest}までに支払ってください。</translation>
    </message>
    <message>
        <source>Payment falls on day {days} after receipt; the Act allows 60 days (day of receipt = day 1).</source>
        <translation>支払は受領から{days}日目です。法律の上限は60日（受領日を1日目）です。</translation>
    </message>
    <message>
        <source>「{rule}」 can pay as late as day {days} after receipt; the guideline sets 60 days as the upper limit.</source>
        <translation>「{rule}」では支払が受領から最も遅くて{days}日目になります。ガイドラインは60日を上限としています。</translation>
    </message>
    <message>
        <source>Payment falls on day {days} after receipt; the guideline sets 60 days as the upper limit.</source>
        <translation>支払は受領から{days}日目です。ガイドラインは60日を上限としています。</translation>
    </message>
    <message>
        <source>「{rule}」 can pay as late as day {days} after receipt; the guideline recommends within 30 days.</source>
        <translation>「{rule}」では支払が受領から最も遅くて{days}日目になります。ガイドラインは30日以内を求めています。</translation>
    </message>
    <message>
        <source>Payment falls on day {days} after receipt; the guideline recommends within 30 days.</source>
        <translation>支払は受領から{days}日目です。ガイドラインは30日以内を求めています。</translation>
    </message>
    <message>
        <source>Using the re-entrustment exception needs the original client&apos;s name and payment date in the notice.</source>
        <translation>再委託の例外を使う場合は、元委託者の名称と元委託の支払期日を通知に記載する必要があります。</translation>
    </message>
    <message>
        <source>「{rule}」 pays on {paid}; under the re-entrustment exception pay within 30 days of the original client&apos;s payment date ({original}): by {latest}.</source>
        <translation>「{rule}」では支払日が{paid}になります。再委託の例外では、元委託の支払期日（{original}）から30日以内、つまり{latest}までに支払う必要があります。</translation>
    </message>
    <message>
        <source>Under the re-entrustment exception pay within 30 days of the original client&apos;s payment date: by {latest}.</source>
        <translation>再委託の例外では、元委託の支払期日から30日以内（{latest}まで）に支払う必要があります。</translation>
    </message>
    <message>
        <source>The contract pays ¥{amount:,}, less than the ¥{posted:,} posted; record the worker&apos;s agreement.</source>
        <translation>契約の報酬¥{amount:,}が募集時の¥{posted:,}を下回っています。受注者の合意を記録してください。</translation>
    </message>
    <message>
        <source>The commission lasts 6 months or more: the seven prohibited acts apply, childcare and nursing-care requests must be considered, and ending it needs 30 days&apos; notice.</source>
        <translation>委託期間が6か月以上です。7つの禁止行為が適用され、育児・介護等への配慮が義務となり、解除や不更新には30日前の予告が必要です。</translation>
    </message>
    <message>
        <source>The commission lasts a month or more: the seven prohibited acts apply (refusing receipt, cutting the reward, returns, beating down the price, forced purchases, demanding benefits, unpaid changes or redo).</source>
        <translation>委託期間が1か月以上です。7つの禁止行為（受領拒否、報酬の減額、返品、買いたたき、購入・利用強制、不当な経済上の利益の提供要請、不当な給付内容の変更・やり直し）が適用されます。</translation>
    </message>
    <message>
        <source>State in the contract how the intellectual property is handled.</source>
        <translation>知的財産権の取扱いを契約に記載してください。</translation>
    </message>
    <message>
        <source>An assignment of copyright should name the rights of Copyright Act Arts 27 and 28, or they stay with the author.</source>
        <translation>著作権を譲渡する場合は、著作権法第27条・第28条の権利を含むことを明記してください。明記しないと著作者に留保されたものと推定されます。</translation>
    </message>
    <message>
        <source>State whether the author&apos;s moral rights will be exercised.</source>
        <translation>著作者人格権を行使するかどうかを記載してください。</translation>
    </message>
    <message>
        <source>State how defects and late delivery are handled and how many revisions are free.</source>
        <translation>成果物の不具合や納期遅れの場合の取扱いと、無償の修正回数を記載してください。</translation>
    </message>
    <message>
        <source>The work touches personal data: add a clause on its handling and confidentiality.</source>
        <translation>個人情報を扱う業務です。個人情報の取扱いと秘密保持の条項を加えてください。</translation>
    </message>
    <message>
        <source>Tell the freelancer where to consult about harassment (the orderer&apos;s consultation desk).</source>
        <translation>ハラスメントの相談窓口（発注者の相談窓口）をフリーランスに伝えてください。</translation>
    </message>
    <message>
        <source>The worker bears the transfer fee: that cuts the agreed reward. Let the orderer pay it.</source>
        <translation>振込手数料を受注者が負担することになっています。合意した報酬の減額に当たるため、発注者が負担してください。</translation>
    </message>
    <message>
        <source>取適法 also applies (re-ordered client work, orderer above the size thresholds): give the Art 4 statement, keep the Art 7 records for 2 years, pay no promissory notes and consult on price before fixing it.</source>
        <translation>取適法も適用されます（顧客から受けた業務の再委託で、発注者が規模の基準を超えています）。4条明示を行い、7条記録を2年間保存し、手形で支払わず、価格は協議のうえで決めてください。</translation>
    </message>
    <message>
        <source>The contract reads like employment ({words}); check it against the criteria for workers before signing.</source>
        <translation>契約内容が雇用のように読めます（{words}）。契約前に労働者性の判断基準に照らして確認してください。</translation>
    </message>
    <message>
        <source>The contract has words that can suggest employment ({words}); alone they are usually fine.</source>
        <translation>契約書に雇用を思わせる言葉があります（{words}）。単独であれば通常は問題ありません。</translation>
    </message>
    <message>
        <source>The posting asks for work platforms and the law do not allow ({words}): fake or undisclosed reviews, account farming, harvesting personal data or ghost-writing coursework.</source>
        <translation>プラットフォームの規約や法律で認められない依頼が含まれています（{words}）。やらせ・広告であることを隠した口コミ、アカウントの量産、個人情報の収集、課題や論文の代行は依頼できません。</translation>
    </message>
    <message>
        <source>Paid work of this kind is reserved to licensed professionals ({words}): order layout or research instead, or ask a licensed professional.</source>
        <translation>この種の業務を報酬を得て行えるのは士業の資格者に限られます（{words}）。レイアウトや調査として依頼するか、資格者に依頼してください。</translation>
    </message>
    <message>
        <source>The public posting contains what may be confidential or someone&apos;s personal data ({words}); share it only with the chosen worker, under a confidentiality clause.</source>
        <translation>公開される募集文に、機密情報や第三者の個人情報と思われる記載があります（{words}）。選定したワーカーにのみ、秘密保持の条項のもとで伝えてください。</translation>
    </message>
    <message>
        <source>the harassment consultation desk</source>
        <translation>ハラスメントに関する相談窓口</translation>
    </message>
    <message>
        <source>④ the payment method</source>
        <translation>④支払方法</translation>
    </message>
    <message>
        <source>the contract terms</source>
        <translation>契約条件</translation>
    </message>
    <message>
        <source>An error cannot be overridden, only fixed: {rule} is a legal duty that is not met.</source>
        <translation>エラーは無視できません。修正してください（{rule} は満たされていない法的義務です）。</translation>
    </message>
    <message>
        <source>Record why this finding does not apply here.</source>
        <translation>この指摘が当てはまらない理由を記録してください。</translation>
    </message>
    <message>
        <source>The posting is still open although the work was commissioned on {date}; close it on the platform so that nobody applies for a job that is gone.</source>
        <translation>{date}に業務委託済みなのに募集が開いたままです。もう存在しない仕事に応募が来ないよう、プラットフォームで募集を終了してください。</translation>
    </message>
    <message>
        <source>The posting is still open after its deadline ({date}); close it or extend it on the platform.</source>
        <translation>応募締切日（{date}）を過ぎても募集が開いたままです。プラットフォームで終了するか締切を延長してください。</translation>
    </message>
    <message>
        <source>The terms were changed on {changed}, after applications arrived (from {first}); tell the applicants what changed.</source>
        <translation>応募が届いた後（{first}から）の{changed}に条件が変更されています。変更内容を応募者に知らせてください。</translation>
    </message>
    <message>
        <source>For each term left undetermined ({items}), record why it cannot be fixed yet and when it will be.</source>
        <translation>未定事項（{items}）ごとに、未定の理由と確定予定日を記録してください。</translation>
    </message>
    <message>
        <source>Send the worker a supplementary notice for the terms now fixed ({items}), without delay.</source>
        <translation>確定した事項（{items}）について、直ちに受注者へ補充の明示をしてください。</translation>
    </message>
    <message>
        <source>The planned date to fix these terms has passed: {items}. Fix them or record a new date.</source>
        <translation>次の未定事項の確定予定日を過ぎています：{items}。確定させるか、新しい予定日を記録してください。</translation>
    </message>
    <message>
        <source>Work started on {date} before the payment was put in escrow (仮払い) on the platform; the worker carries the risk of not being paid.</source>
        <translation>プラットフォームで仮払いされる前の{date}に作業が始まっています。受注者が報酬を受け取れないおそれがあります。</translation>
    </message>
    <message>
        <source>Record who legally orders this work: the client or you as producer. The duties of the Freelance Act fall on that party.</source>
        <translation>この仕事の法的な発注者（顧客か、プロデューサーであるあなたか）を記録してください。フリーランス法の義務はその発注者が負います。</translation>
    </message>
    <message>
        <source>Record the orderer named on the platform contract, to check it is {expected}.</source>
        <translation>プラットフォーム上の契約の発注者名を記録してください（{expected}であることを確認します）。</translation>
    </message>
    <message>
        <source>The platform contract names {party}, but the legal orderer recorded is {expected}; the contract and the terms notice must name the same party.</source>
        <translation>プラットフォーム上の契約の発注者は{party}ですが、記録された法的な発注者は{expected}です。契約と取引条件明示書の発注者を一致させてください。</translation>
    </message>
    <message>
        <source>The posting names {orderer} as orderer, but the legal orderer recorded is {expected}.</source>
        <translation>募集の発注者は{orderer}ですが、記録された法的な発注者は{expected}です。</translation>
    </message>
    <message>
        <source>The change of {date} needs the worker&apos;s consent and an amended terms notice, both recorded.</source>
        <translation>{date}の変更には、ワーカーの同意と変更後の取引条件の明示が必要です（両方を記録してください）。</translation>
    </message>
    <message>
        <source>Work beyond the order was asked for after delivery ({date}) without extra pay, and the worker was not at fault: agree a price for it or withdraw the request.</source>
        <translation>納品後（{date}）に、ワーカーの責任がないのに発注範囲を超える作業を追加報酬なしで求めています。報酬を取り決めるか、依頼を取り下げてください。</translation>
    </message>
    <message>
        <source>The reward was reduced by {amount} yen on {date} although the worker was not at fault; this is prohibited for commissions of a month or more.</source>
        <translation>{date}に、ワーカーの責任がないのに報酬を{amount}円減額しています。1か月以上の業務委託では禁止されています。</translation>
    </message>
    <message>
        <source>The delivery of {date} was refused or returned although the worker was not at fault; this is prohibited for commissions of a month or more.</source>
        <translation>{date}の納品を、ワーカーの責任がないのに受領拒否または返品しています。1か月以上の業務委託では禁止されています。</translation>
    </message>
    <message>
        <source>{rounds} revision rounds were asked for; {free} were agreed free of charge. Agree extra pay for the rest.</source>
        <translation>修正を{rounds}回依頼しています。無償の修正は{free}回の約束です。超える分は追加報酬を取り決めてください。</translation>
    </message>
    <message>
        <source>The {party} has waited {days} business days for a reply (since {date}).</source>
        <translation>{party}が{days}営業日返信を待っています（{date}から）。</translation>
    </message>
    <message>
        <source>No word from the {party} for {days} business days (since {date}); follow up.</source>
        <translation>{party}から{days}営業日連絡がありません（{date}から）。連絡を取ってください。</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>The delivery of {delivered} is still not accepted; acceptance was due on {due}.</source>
        <translation>{delivered}の納品がまだ検収されていません。検収の期日は{due}でした。</translation>
    </message>
    <message>
        <source>The payment due on {due} has not been made.</source>
        <translation>支払期日{due}の支払がされていません。</translation>
    </message>
    <message>
        <source>The payment due on {due} was made late, on {paid}.</source>
        <translation>支払期日{due}の支払が{paid}に遅れて行われました。</translation>
    </message>
    <message>
        <source>The payment is due on {due}, later than 60 days after the work was received; pay by {latest} at the latest.</source>
        <translation>支払期日が{due}で、成果物の受領から60日を超えています。遅くとも{latest}までに支払ってください。</translation>
    </message>
    <message>
        <source>{rejected} items were rejected; the platform allows {cap} for {completed} completed items.</source>
        <translation>{rejected}件を非承認にしています。作業完了{completed}件に対して認められる非承認は{cap}件までです。</translation>
    </message>
    <message>
        <source>{count} rejected items have no reason given to the worker.</source>
        <translation>非承認の{count}件に、ワーカーへの理由の説明がありません。</translation>
    </message>
    <message>
        <source>Pay the {amount} yen withheld to the tax office by {due} (the 10th of the month after payment).</source>
        <translation>源泉徴収した{amount}円を{due}までに税務署へ納付してください（支払った月の翌月10日）。</translation>
    </message>
    <message>
        <source>The terms notice to {worker} was given on {given}, {days} days after the commissioning ({date}); the Freelance Act asks for it immediately.</source>
        <translation>{worker}への取引条件明示書は{given}に交付されました。業務委託をした日（{date}）から{days}日後です。フリーランス法は直ちに明示するよう求めています。</translation>
    </message>
    <message>
        <source>fixed working hours or days</source>
        <translation>勤務時間・日の固定</translation>
    </message>
    <message>
        <source>shifts set by the orderer</source>
        <translation>発注者が組むシフト</translation>
    </message>
    <message>
        <source>fixed place of work</source>
        <translation>勤務場所の固定</translation>
    </message>
    <message>
        <source>monitoring or constant availability</source>
        <translation>作業の監視・常時待機</translation>
    </message>
    <message>
        <source>reports of the hours worked</source>
        <translation>稼働時間の報告義務</translation>
    </message>
    <message>
        <source>work rules or discipline</source>
        <translation>就業規則・懲戒の適用</translation>
    </message>
    <message>
        <source>detailed direction</source>
        <translation>細かな指揮命令</translation>
    </message>
    <message>
        <source>no freedom to refuse work</source>
        <translation>仕事を断る自由がない</translation>
    </message>
    <message>
        <source>pay for time (wages)</source>
        <translation>時間に対する賃金</translation>
    </message>
    <message>
        <source>attendance management</source>
        <translation>勤怠管理</translation>
    </message>
    <message>
        <source>employment status or hiring</source>
        <translation>雇用の身分・採用</translation>
    </message>
    <message>
        <source>daily reports or attendance</source>
        <translation>日報・毎日の出席</translation>
    </message>
    <message>
        <source>exclusivity</source>
        <translation>専属性</translation>
    </message>
    <message>
        <source>employee benefits</source>
        <translation>従業員向けの待遇</translation>
    </message>
    <message>
        <source>equipment provided by the orderer</source>
        <translation>発注者による機材の貸与</translation>
    </message>
    <message>
        <source>no substitution</source>
        <translation>代替不可</translation>
    </message>
    <message>
        <source>long or fixed-volume engagement</source>
        <translation>長期・定量の稼働</translation>
    </message>
    <message>
        <source>method fixed</source>
        <translation>やり方の固定</translation>
    </message>
    <message>
        <source>undisclosed advertising</source>
        <translation>広告であることを隠す宣伝</translation>
    </message>
    <message>
        <source>reviews without real use</source>
        <translation>利用していない評価・口コミ</translation>
    </message>
    <message>
        <source>harvesting personal data</source>
        <translation>個人情報の収集</translation>
    </message>
    <message>
        <source>account farming or impersonation</source>
        <translation>アカウントの量産・なりすまし</translation>
    </message>
    <message>
        <source>academic ghost-writing</source>
        <translation>学業の代筆</translation>
    </message>
    <message>
        <source>tax filing (licensed tax accountants)</source>
        <translation>税務申告（税理士の業務）</translation>
    </message>
    <message>
        <source>registration (judicial scriveners)</source>
        <translation>登記申請（司法書士の業務）</translation>
    </message>
    <message>
        <source>legal representation or advice (lawyers)</source>
        <translation>法律事務の代理・法律相談（弁護士の業務）</translation>
    </message>
    <message>
        <source>social-insurance filings (labour and social security attorneys)</source>
        <translation>社会保険・労働保険の手続（社会保険労務士の業務）</translation>
    </message>
    <message>
        <source>filings with public offices (administrative scriveners)</source>
        <translation>官公署への許認可申請等（行政書士の業務）</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>name and address</source>
        <translation>氏名と住所</translation>
    </message>
    <message>
        <source>confidentiality marker</source>
        <translation>秘密の表示</translation>
    </message>
    <message>
        <source>“{words}” ({concept})</source>
        <translation>「{words}」（{concept}）</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>The warning after no reply must be from {low} to {high} business days (not {value}).</source>
        <translation>返信がないときの警告は{low}〜{high}営業日で指定してください（{value}は指定できません）。</translation>
    </message>
    <message>
        <source>A proposal stands from {low} to {high} days (not {value}).</source>
        <translation>提案書の有効期間は{low}〜{high}日で指定してください（{value}は指定できません）。</translation>
    </message>
</context>
<context>
    <name>state</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Prepaid, not yet published</source>
        <translation>仮払い済み・公開前</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>募集中</translation>
    </message>
    <message>
        <source>Receiving proposals</source>
        <translation>提案受付中</translation>
    </message>
    <message>
        <source>Receiving entries</source>
        <translation>作品受付中</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>契約済み</translation>
    </message>
    <message>
        <source>Entry selected</source>
        <translation>採用決定</translation>
    </message>
    <message>
        <source>Escrowed</source>
        <translation>仮払い済み</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>Approval period</source>
        <translation>承認期間</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>納品済み</translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation>修正中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>検収済み</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>評価済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>The database could not be used: {detail}</source>
        <translation>データベースを使用できませんでした：{detail}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of csp-desk (schema {found}). Install the newer version to open it; nothing was changed.</source>
        <translation>このデータベースは新しいバージョンのcsp-desk（スキーマ {found}）で作成されています。開くには新しいバージョンをインストールしてください。データは変更していません。</translation>
    </message>
    <message>
        <source>{path} is not a csp-desk database or is damaged; nothing was changed.</source>
        <translation>{path} はcsp-deskのデータベースではないか、壊れています。データは変更していません。</translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Close the other program and try again; nothing was saved.</source>
        <translation>データベースが他のプログラムで使用中か、ロックされています。他のプログラムを閉じてからもう一度お試しください。保存はされていません。</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only, or the disk is full); nothing was saved.</source>
        <translation>データベースに書き込めません（ファイルやフォルダーが読み取り専用か、ディスクがいっぱいです）。保存はされていません。</translation>
    </message>
    <message>
        <source>This record must be kept: contracts, notices, payments and their history stay for 3 years after the order ends (telework guideline; REC-01). Nothing was deleted.</source>
        <translation>この記録は保存が必要です。契約・明示書・支払とその経過は、案件の終了から3年間保存します（自営型テレワークガイドライン、REC-01）。何も削除していません。</translation>
    </message>
    <message>
        <source>This record is kept as it was issued and cannot be changed; record a new version instead.</source>
        <translation>この記録は発行したときのまま保存されており、変更できません。新しい版として記録してください。</translation>
    </message>
    <message>
        <source>{path} is open in another csp-desk window ({user} on {host}, process {pid}, since {since}). Only one program may change a database at a time: work in that window, or close it first. Nothing was changed.</source>
        <translation>{path} は別の csp-desk のウィンドウで開かれています（{host} の {user}、プロセス {pid}、{since} から）。データベースを変更できるのは一度に1つのプログラムだけです。そのウィンドウで作業するか、先にそのウィンドウを閉じてください。何も変更していません。</translation>
    </message>
    <message>
        <source>{path} is being changed by the command “csp-desk {program}” ({user} on {host}, process {pid}, since {since}). Wait until it has finished, then try again. Nothing was changed.</source>
        <translation>{path} はコマンド「csp-desk {program}」が変更しているところです（{host} の {user}、プロセス {pid}、{since} から）。終わるのを待ってから、もう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>{path} is in use by another csp-desk program. Only one program may change a database at a time: close the other one, then try again. Nothing was changed.</source>
        <translation>{path} は別の csp-desk のプログラムが使っています。データベースを変更できるのは一度に1つのプログラムだけです。そのプログラムを閉じてから、もう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the database file itself, for example {example}; a file name that does not exist yet starts a new, empty database. Nothing was changed.</source>
        <translation>{path} はフォルダーで、データベースのファイルではありません。データベースのファイルそのもの（例：{example}）を指定してください。まだ無いファイル名を指定すると、新しい空のデータベースを作ります。何も変更していません。</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it and changed: {fields}. Nothing was saved, so their changes are kept and what you typed is still in the form. Discard your changes to see their version, then make yours again.</source>
        <translation>開いたあとに別の人がこの記録を保存し、次の項目を変更しました：{fields}。何も保存していません。その人の変更は残っており、入力した内容もフォームに残っています。変更を破棄して最新の内容を表示してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been removed.</source>
        <translation>このデータはもう存在しません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>This work item has records that must be kept (a posting as it went out, an issued terms notice or an order being followed); it cannot be removed before {until}. Nothing was changed.</source>
        <translation>この業務には保存が必要な記録（掲載した募集文、発行した取引条件明示書、管理中の案件）があるため、{until}まで削除できません。何も変更していません。</translation>
    </message>
    <message>
        <source>{client} is already a participant of this workshop. Nothing was changed.</source>
        <translation>{client}はすでにこのワークショップの参加者です。何も変更していません。</translation>
    </message>
    <message>
        <source>This client takes part in the workshop «{workshop}» and cannot be deleted; archive it instead, or remove it from the workshop first. Nothing was changed.</source>
        <translation>この顧客はワークショップ「{workshop}」の参加者のため削除できません。アーカイブするか、先にワークショップの参加者から外してください。何も変更していません。</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address. Write it as postgresql://user@host:5432/dbname (the server&apos;s administrator gives the user, host and database name). Nothing was changed.</source>
        <translation>「{address}」はチームのデータベースのアドレスではありません。postgresql://ユーザー@ホスト:5432/データベース名 の形で入力してください（ユーザー・ホスト・データベース名はサーバーの管理者が知らせます）。何も変更していません。</translation>
    </message>
    <message>
        <source>The team database server could not be reached ({detail}). Check the network connection and the server&apos;s address, then try again; what you typed is kept and nothing was saved.</source>
        <translation>チームのデータベースサーバーに接続できませんでした（{detail}）。ネットワークの接続とサーバーのアドレスを確かめて、もう一度お試しください。入力した内容はそのまま残っており、何も保存していません。</translation>
    </message>
    <message>
        <source>The team database server refused the sign-in ({detail}). Check the user name and password with the server&apos;s administrator; nothing was changed.</source>
        <translation>チームのデータベースサーバーがサインインを拒否しました（{detail}）。ユーザー名とパスワードをサーバーの管理者に確かめてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The connection to the team database was lost before the change was saved. Nothing was half-written: check the network and try again; what you typed is kept.</source>
        <translation>変更を保存する前に、チームのデータベースとの接続が切れました。途中まで書き込まれたものはありません。ネットワークを確かめて、もう一度お試しください。入力した内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>The server has no database “{name}”. Ask the server&apos;s administrator to create it (createdb), or check the name in the address; nothing was changed.</source>
        <translation>サーバーにデータベース「{name}」がありません。サーバーの管理者に作成（createdb）を依頼するか、アドレスのデータベース名を確かめてください。何も変更していません。</translation>
    </message>
    <message>
        <source>A backup is restored into a new, empty team database only; {where} already holds records ({table}). Ask the server&apos;s administrator for a new database (createdb), then restore into it. Nothing was changed.</source>
        <translation>バックアップは、新しい空のチーム用データベースにだけ復元できます。{where} にはすでに記録があります（{table}）。サーバーの管理者に新しいデータベースの作成（createdb）を依頼し、そこへ復元してください。何も変更していません。</translation>
    </message>
    <message>
        <source>This installation of csp-desk cannot reach team database servers (its PostgreSQL driver, psycopg, is missing). Install csp-desk with it (pip install &quot;psycopg[binary]&quot;) or use a database file; nothing was changed.</source>
        <translation>このインストールの csp-desk はチーム用データベースサーバーに接続できません（PostgreSQL のドライバー psycopg がありません）。ドライバーを含めて csp-desk をインストールする（pip install &quot;psycopg[binary]&quot;）か、データベースファイルを使ってください。何も変更していません。</translation>
    </message>
    <message>
        <source>Your role on the team database does not allow this (the server refused it); nothing was changed. Ask the team&apos;s administrator if you need it.</source>
        <translation>チームのデータベースでのあなたの役割では、この変更はできません。何も変更していません。必要な場合は、チームの管理者に相談してください。</translation>
    </message>
    <message>
        <source>The team database must be updated for this version of csp-desk (schema {found}), and only its administrator can do that: they run csp-desk team init --db with the database&apos;s address. Nothing was changed.</source>
        <translation>このバージョンの csp-desk で使うには、チームのデータベース（スキーマ {found}）の更新が必要です。更新できるのは管理者だけです：データベースの場所を指定して csp-desk team init --db を実行してもらってください。何も変更していません。</translation>
    </message>
    <message>
        <source>Only the team database&apos;s owner, with the right to create roles on the server, makes the team and adds its members. Sign in as that user in the address (--db); nothing was changed.</source>
        <translation>チームを作りメンバーを加えられるのは、サーバーでロールを作る権限を持つ、チームのデータベースの所有者だけです。そのユーザーとして場所（--db）を指定してください。何も変更していません。</translation>
    </message>
    <message>
        <source>{login} is not a member of this team; nothing was changed.</source>
        <translation>{login} はこのチームのメンバーではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>“{login}” cannot be a sign-in name: use up to 63 lower-case letters, digits, “_”, “.” or “-”, starting with a letter or a digit. Nothing was changed.</source>
        <translation>「{login}」はサインイン名に使えません。英小文字・数字・「_」「.」「-」で 63 文字まで、先頭は英小文字か数字にしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({detail}). No backup was taken, so the good backups are kept; restore the newest one (File → Restore a backup…).</source>
        <translation>データベースが整合性チェックに通りませんでした（{detail}）。正常なバックアップを残すため、バックアップは作成していません。最新のバックアップから復元してください（ファイル → バックアップから復元…）。</translation>
    </message>
    <message>
        <source>{path} is not a usable csp-desk backup ({detail}); nothing was changed.</source>
        <translation>{path} は使用できる csp-desk のバックアップではありません（{detail}）。何も変更していません。</translation>
    </message>
    <message>
        <source>This worker&apos;s data is part of order records that must be kept until {until}; it can be erased after that. Nothing was changed.</source>
        <translation>このワーカーのデータは、{until}まで保存が必要な案件の記録の一部です。それ以降に消去できます。何も変更していません。</translation>
    </message>
    <message>
        <source>3 years after the order ends</source>
        <translation>案件の終了から3年後</translation>
    </message>
    <message>
        <source>This encrypted backup cannot be opened: the key does not fit, or the file was changed or cut short ({detail}). Nothing was changed.</source>
        <translation>この暗号化バックアップは開けません。鍵が合わないか、ファイルが変更または途中で切れています（{detail}）。何も変更していません。</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has 52 letters and digits, in groups of four.</source>
        <translation>回復キーではありません。回復キーは4文字ずつ区切った52文字の英数字です。</translation>
    </message>
    <message>
        <source>The stored terms notice no longer matches the hash taken when it was issued; it was altered.</source>
        <translation>保存されている取引条件明示書が、発行時のハッシュと一致しません。改変されています。</translation>
    </message>
    <message>
        <source>This database already has the client “{name}” (id {id}) under the same name; nothing was imported. Rename or remove one of them first if they are different companies.</source>
        <translation>このデータベースには同じ名前のクライアント「{name}」（ID {id}）がすでにあるため、何も取り込んでいません。別の会社であれば、先にどちらかの名前を変えるか削除してください。</translation>
    </message>
    <message>
        <source>This database already has the client “{name}” (id {id}) with the corporate number {number}; nothing was imported.</source>
        <translation>このデータベースには法人番号 {number} のクライアント「{name}」（ID {id}）がすでにあるため、何も取り込んでいません。</translation>
    </message>
    <message>
        <source>This file is about “{found}”, not “{chosen}”; nothing was brought in. Choose the participant the file belongs to, or import it as a new client (File ▸ Import a client file).</source>
        <translation>このファイルは「{found}」のもので、「{chosen}」のものではありません。何も取り込んでいません。ファイルの持ち主の参加者を選ぶか、新しい顧客として取り込んでください（ファイル ▸ 顧客ファイルを読み込む）。</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>資本金</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Work item title</source>
        <translation>業務名</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>発注形式</translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation>この形式を選ぶ理由</translation>
    </message>
    <message>
        <source>Work category</source>
        <translation>作業カテゴリ</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>見積工数（時間）</translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation>1件あたりの分数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Budget from (yen)</source>
        <translation>予算下限（円）</translation>
    </message>
    <message>
        <source>Budget to (yen)</source>
        <translation>予算上限（円）</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>開始予定日</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>Date of the consultation</source>
        <translation>相談日</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Consultation notes</source>
        <translation>相談メモ</translation>
    </message>
    <message>
        <source>Posting title</source>
        <translation>募集のタイトル</translation>
    </message>
    <message>
        <source>Work content</source>
        <translation>仕事の内容</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>発注者</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>報酬の形式</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Skills and experience</source>
        <translation>必要なスキル・経験</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>作業期間</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>業務に従事する場所</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>報酬</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>諸経費の取扱い</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>知的財産権の取扱い</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>問い合わせ先</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>受注者</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Posting status</source>
        <translation>募集の状況</translation>
    </message>
    <message>
        <source>Applications close on</source>
        <translation>応募締切日</translation>
    </message>
    <message>
        <source>First application on</source>
        <translation>最初の応募日</translation>
    </message>
    <message>
        <source>Applicants were told of later changes</source>
        <translation>応募後の変更を応募者に知らせた</translation>
    </message>
    <message>
        <source>Who legally orders</source>
        <translation>法的な発注者</translation>
    </message>
    <message>
        <source>Orderer on the platform contract</source>
        <translation>プラットフォーム上の契約の発注者名</translation>
    </message>
    <message>
        <source>Payment put in escrow on</source>
        <translation>仮払い日</translation>
    </message>
    <message>
        <source>Work started on</source>
        <translation>作業開始日</translation>
    </message>
    <message>
        <source>Terms not yet determined</source>
        <translation>未定の取引条件</translation>
    </message>
    <message>
        <source>Worker&apos;s name</source>
        <translation>ワーカーの氏名</translation>
    </message>
    <message>
        <source>Name in kana</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>プロフィールURL</translation>
    </message>
    <message>
        <source>Individual or corporation</source>
        <translation>個人・法人</translation>
    </message>
    <message>
        <source>Has employees</source>
        <translation>従業員を雇用している</translation>
    </message>
    <message>
        <source>Invoice registration number</source>
        <translation>インボイス登録番号</translation>
    </message>
    <message>
        <source>Clients are taken along from a team database; this is a file on this computer.</source>
        <translation>顧客を持ち出せるのはチームのデータベースからです。いま開いているのはこのパソコンのファイルです。</translation>
    </message>
    <message>
        <source>{path} already exists; clients are taken along into a new file. Choose another name.</source>
        <translation>{path} はすでにあります。持ち出しは新しいファイルに行います。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Choose the clients to take along.</source>
        <translation>持ち出す顧客を選んでください。</translation>
    </message>
    <message>
        <source>“{name}” is already taken along by {login} (since {since}); nothing was taken.</source>
        <translation>「{name}」は {login} が持ち出し中です（{since} から）。持ち出していません。</translation>
    </message>
    <message>
        <source>You took “{name}” along already (since {since}), into another file: bring that one back first; nothing was taken.</source>
        <translation>「{name}」は、あなたがすでに別のファイルに持ち出しています（{since} から）。先にそのファイルを戻してください。持ち出していません。</translation>
    </message>
    <message>
        <source>“{name}” is not marked as taken by you on the team database (it was brought back already, or an admin released it); nothing was brought back.</source>
        <translation>チームのデータベースでは、「{name}」はあなたの持ち出し中になっていません（すでに戻したか、管理者が解除しました）。何も戻していません。</translation>
    </message>
    <message>
        <source>This file holds no clients taken from a team database; there is nothing to bring back.</source>
        <translation>このファイルには、チームのデータベースから持ち出した顧客がありません。戻すものはありません。</translation>
    </message>
    <message>
        <source>The clients of this file were brought back on {day}; there is nothing more to bring back.</source>
        <translation>このファイルの顧客は {day} に戻しました。これ以上戻すものはありません。</translation>
    </message>
    <message>
        <source>The clients of this file were taken from {server}, not from this team database.</source>
        <translation>このファイルの顧客は {server} から持ち出したもので、このチームのデータベースのものではありません。</translation>
    </message>
    <message>
        <source>{what}, {field}: in this file “{mine}”, on the team database “{theirs}”</source>
        <translation>{what}の{field}：このファイルでは「{mine}」、チームのデータベースでは「{theirs}」</translation>
    </message>
    <message>
        <source>{what}: deleted in this file, but changed on the team database meanwhile</source>
        <translation>{what}：このファイルで削除しましたが、その間にチームのデータベースで変更されています</translation>
    </message>
    <message>
        <source>{what}: changed in this file, but deleted on the team database meanwhile</source>
        <translation>{what}：このファイルで変更しましたが、その間にチームのデータベースで削除されています</translation>
    </message>
    <message>
        <source>{what}: deleted in this file, but the team database keeps it (it holds an order&apos;s records)</source>
        <translation>{what}：このファイルで削除しましたが、チームのデータベースでは残す必要があります（発注の記録があります）</translation>
    </message>
    <message>
        <source>{what}: drafted in this file and, meanwhile, on the team database</source>
        <translation>{what}：このファイルでも、その間にチームのデータベースでも作成されています</translation>
    </message>
    <message>
        <source>{what}: its order was followed in this file beyond its start; the steps stay in the file: record them on the team database</source>
        <translation>{what}：このファイルで発注を進めました。その記録はこのファイルにだけ残ります。チームのデータベースで記録してください</translation>
    </message>
    <message>
        <source>{what}: its order was started in this file and, meanwhile, on the team database: the team&apos;s stays</source>
        <translation>{what}：このファイルでも、その間にチームのデータベースでも発注を始めています。チームのデータベースの発注を残しました</translation>
    </message>
    <message>
        <source>{what}: made in this file, but the team database already has a client of that name or number</source>
        <translation>{what}：このファイルで作成しましたが、チームのデータベースに同じ名前か法人番号の顧客がすでにあります</translation>
    </message>
    <message>
        <source>{what}: came back without the orders started for it in this file; start them on the team database</source>
        <translation>{what}：このファイルで始めた発注は戻していません。チームのデータベースで始めてください</translation>
    </message>
    <message>
        <source>New client “{name}”</source>
        <translation>新しい顧客「{name}」</translation>
    </message>
    <message>
        <source>Client “{name}”</source>
        <translation>顧客「{name}」</translation>
    </message>
    <message>
        <source>Consultation of {day}</source>
        <translation>{day} の相談</translation>
    </message>
    <message>
        <source>Problem “{title}”</source>
        <translation>課題「{title}」</translation>
    </message>
    <message>
        <source>Work item “{title}”</source>
        <translation>業務「{title}」</translation>
    </message>
    <message>
        <source>Posting of “{title}”</source>
        <translation>「{title}」の募集文</translation>
    </message>
    <message>
        <source>Problem title</source>
        <translation>課題名</translation>
    </message>
</context>
<context>
    <name>trouble</name>
    <message>
        <source>Unclear request (依頼内容が不明確)</source>
        <translation>依頼内容が不明確</translation>
    </message>
    <message>
        <source>Major change (大幅な変更)</source>
        <translation>大幅な変更</translation>
    </message>
    <message>
        <source>No contact (連絡不通)</source>
        <translation>連絡不通</translation>
    </message>
    <message>
        <source>Many revisions after delivery (納品後の修正多数)</source>
        <translation>納品後の修正多数</translation>
    </message>
    <message>
        <source>Copyright unclear (著作権の扱い不明確)</source>
        <translation>著作権の扱い不明確</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Enter a title for the work item.</source>
        <translation>業務名を入力してください。</translation>
    </message>
    <message>
        <source>The lowest budget is above the highest budget.</source>
        <translation>予算の下限が上限を上回っています。</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>納期が開始日より前になっています。</translation>
    </message>
    <message>
        <source>This text is too long (at most {limit:,} characters).</source>
        <translation>文字数が多すぎます（{limit:,}文字まで）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額にマイナスは入力できません。</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>顧客名を入力してください。</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.jp).</source>
        <translation>メールアドレスの形式ではありません（例：name@example.jp）。</translation>
    </message>
    <message>
        <source>A phone number has digits, hyphens and brackets only (03-1234-5678).</source>
        <translation>電話番号は数字・ハイフン・かっこで入力してください（例：03-1234-5678）。</translation>
    </message>
    <message>
        <source>The corporate number must be 13 digits whose check digit matches; please check it on the National Tax Agency&apos;s corporate number site.</source>
        <translation>法人番号は13桁で、先頭のチェックデジットが一致する必要があります。国税庁法人番号公表サイトで確認してください。</translation>
    </message>
    <message>
        <source>Choose one of the 47 prefectures.</source>
        <translation>47都道府県から選んでください。</translation>
    </message>
    <message>
        <source>Enter the date of the consultation.</source>
        <translation>相談日を入力してください。</translation>
    </message>
    <message>
        <source>Enter the problem in a few words.</source>
        <translation>経営課題を短く入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 12,000.</source>
        <translation>整数で入力してください（例：12,000）。</translation>
    </message>
    <message>
        <source>Enter zero or more; this cannot be negative.</source>
        <translation>0以上の数を入力してください（マイナスは入力できません）。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数値が大きすぎます。</translation>
    </message>
    <message>
        <source>Enter {minimum} or more; {value} is not a count of anything.</source>
        <translation>{minimum} 以上を入力してください（{value} では件数になりません）。</translation>
    </message>
    <message>
        <source>¥{amount:,} is more than one order can come to (at most ¥{limit:,}); check the digits.</source>
        <translation>¥{amount:,} は1件の発注としては大きすぎます（上限 ¥{limit:,}）。桁を確かめてください。</translation>
    </message>
    <message>
        <source>Enter a real date such as 2026/12/01 (year/month/day).</source>
        <translation>正しい日付を入力してください（例：2026/12/01）。</translation>
    </message>
    <message>
        <source>Enter the orderer&apos;s name.</source>
        <translation>発注者の名称を入力してください。</translation>
    </message>
    <message>
        <source>{field}: the text is too long ({length:,} characters; at most {limit:,}). Shorten it; it is not saved while it is this long.</source>
        <translation>{field}：文章が長すぎます（{length:,}文字。上限は{limit:,}文字）。短くしてください。この長さのままでは保存されません。</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s name.</source>
        <translation>ワーカーの名前を入力してください。</translation>
    </message>
    <message>
        <source>An invoice registration number is T followed by 13 digits (T1234567890123).</source>
        <translation>登録番号はTと13桁の数字です（T1234567890123）。</translation>
    </message>
    <message>
        <source>A profile address starts with https:// or http://.</source>
        <translation>プロフィールのURLは https:// または http:// で始まります。</translation>
    </message>
    <message>
        <source>Choose individual or corporation.</source>
        <translation>個人か法人かを選んでください。</translation>
    </message>
    <message>
        <source>Each rating point is from 1 to 5.</source>
        <translation>評価は各項目1〜5です。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金額にマイナスは入力できません。</translation>
    </message>
    <message>
        <source>Enter the date of the contract and the amount.</source>
        <translation>契約日と金額を入力してください。</translation>
    </message>
    <message>
        <source>Write 個人 (individual) or 法人 (corporation).</source>
        <translation>「個人」か「法人」と書いてください。</translation>
    </message>
    <message>
        <source>Write あり or なし (yes or no), or leave it empty.</source>
        <translation>「あり」か「なし」と書くか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Enter the title of the workshop.</source>
        <translation>ワークショップの名称を入力してください。</translation>
    </message>
    <message>
        <source>Enter the date and time the workshop starts.</source>
        <translation>ワークショップの開始日時を入力してください。</translation>
    </message>
    <message>
        <source>Enter how many participants the room takes (1 or more).</source>
        <translation>定員（1名以上）を入力してください。</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and {limit:,}; {value} is not a number of seats.</source>
        <translation>定員は1～{limit:,}名で入力してください。{value}は定員として使えません。</translation>
    </message>
    <message>
        <source>The agenda has too many lines (at most {limit}).</source>
        <translation>プログラムの行が多すぎます（{limit}行まで）。</translation>
    </message>
    <message>
        <source>{count} participants are registered for {capacity} seats; check the room or raise the capacity.</source>
        <translation>定員{capacity}名に対して{count}名が登録されています。会場を確認するか、定員を増やしてください。</translation>
    </message>
    <message>
        <source>Enter the time the participant arrived.</source>
        <translation>遅刻した参加者の到着時刻を入力してください。</translation>
    </message>
    <message>
        <source>An arrival time is only kept for a participant who came late.</source>
        <translation>到着時刻は遅刻した参加者にだけ記録します。</translation>
    </message>
    <message>
        <source>The arrival time {arrived} is before the start ({start}); check the time.</source>
        <translation>到着時刻{arrived}が開始時刻（{start}）より前です。時刻を確認してください。</translation>
    </message>
    <message>
        <source>Answer with a score from 1 to 5.</source>
        <translation>1～5の点数で回答してください。</translation>
    </message>
    <message>
        <source>There is no questionnaire item «{item}».</source>
        <translation>アンケートに「{item}」という項目はありません。</translation>
    </message>
    <message>
        <source>Enter a time such as 13:30 (hours:minutes).</source>
        <translation>13:30 のように時刻（時:分）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the day the notice is given to the worker.</source>
        <translation>取引条件明示書をワーカーに交付する日を入力してください。</translation>
    </message>
    <message>
        <source>The notice cannot be recorded as given on a day still to come; record it on the day it is given.</source>
        <translation>まだ来ていない日を交付日として記録することはできません。交付した日に記録してください。</translation>
    </message>
</context>
</TS>
