<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Added {count} demo clients to {path}</source>
            <translation>{path} にデモ用の顧客を{count}件追加しました</translation>
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
            <source>The record no longer exists; it may have been removed.</source>
            <translation>このデータはもう存在しません。削除された可能性があります。</translation>
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
            <source>Enter the client's name.</source>
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
            <source>The corporate number must be 13 digits whose check digit matches; please check it on the National Tax Agency's corporate number site.</source>
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
            <source>The number is too large.</source>
            <translation>数値が大きすぎます。</translation>
        </message>
        <message>
            <source>Enter a real date such as 2026/12/01 (year/month/day).</source>
            <translation>正しい日付を入力してください（例：2026/12/01）。</translation>
        </message>
    </context>
</TS>
