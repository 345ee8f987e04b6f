; Inno Setup 6 script: csp-desk installed for one user, without administrator rights.
; Built by `uv run python installer/build.py windows` on Windows, which passes:
;   AppVersion (pyproject's), SourceDir (the PyInstaller folder), OutputDir (dist), RepoRoot.
; Not run on the project's own (Linux) machines: .github/workflows/installers.yml builds it.

#ifndef AppVersion
  #error AppVersion is passed by installer/build.py
#endif

[Setup]
AppId={{F37A096A-805D-43E3-AAEE-8A8970EF788B}
AppName=csp-desk
AppVersion={#AppVersion}
AppVerName=csp-desk {#AppVersion}
AppPublisher=csp-desk
; per user: %LOCALAPPDATA%\Programs\csp-desk, a Start menu entry of the user's own, no UAC prompt
PrivilegesRequired=lowest
DefaultDirName={autopf}\csp-desk
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir={#OutputDir}
OutputBaseFilename=csp-desk-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\installer\icons\csp-desk.ico
UninstallDisplayIcon={app}\csp-desk.exe
UninstallDisplayName=csp-desk
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Explorer learns of the "Open with" entry at once
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; an update replaces the program's files; the user's data lives elsewhere (%LOCALAPPDATA%\csp-desk)
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of the previous version that this one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\csp-desk"; Filename: "{app}\csp-desk.exe"
Name: "{autodesktop}\csp-desk"; Filename: "{app}\csp-desk.exe"; Tasks: desktopicon

[Registry]
; client files (csp-desk.client/1, written as NAME.csp-client.json): Windows associates by the last
; extension only, and .json is every program's; csp-desk joins .json's "Open with" list (the
; producer's own default program for .json stays) and opens the file as File > Import a client file
; does (`csp-desk.exe FILE`). Per user (HKCU, as the whole install); removed with it.
Root: HKA; Subkey: "Software\Classes\csp-desk.client"; ValueType: string; ValueName: ""; ValueData: "{cm:ClientFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\csp-desk.client\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\csp-desk.exe,0"
Root: HKA; Subkey: "Software\Classes\csp-desk.client\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\csp-desk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "csp-desk.client"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\csp-desk.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\csp-desk.exe"; Description: "{cm:LaunchProgram,csp-desk}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
japanese.ClientFile=csp-desk 顧客ファイル
english.ClientFile=csp-desk client file
japanese.DeleteData=csp-desk のデータ（データベース、バックアップ、下書き、ログ、設定）も削除しますか？%n%n「いいえ」を選ぶとデータは %1 に残り、もう一度インストールすればそのまま使えます。
english.DeleteData=Also delete csp-desk's data (database, backups, drafts, logs, settings)?%n%nChoose No to keep it in %1; installing again uses it as it is.

[Code]
// The uninstaller keeps the producer's data unless asked: the database holds contract records
// that must be kept for years, so "No" is the default button, and a silent uninstall keeps it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Data := ExpandConstant('{localappdata}\csp-desk');
    if DirExists(Data) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('DeleteData'), [Data]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
      begin
        DelTree(Data, True, True, True);
        RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\csp-desk');
      end;
  end;
end;
