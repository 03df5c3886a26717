; SRO Panel: the Windows installer (Inno Setup 6).
;
; Built by `python installer\build.py --setup`, which passes the version read from
; pyproject.toml and the bundle folder PyInstaller made:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\sro-panel /DOutputDir=dist installer\sro-panel.iss
;
; Per-machine install into Program Files, a Start-menu shortcut, and an uninstaller
; that keeps each person's data (database, backups, log, window layout) unless asked.

#ifndef AppVersion
  #error AppVersion is not defined: build with installer\build.py --setup, which reads pyproject.toml
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\sro-panel"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

; Where the app keeps a person's data (platformdirs' user-data folder for "SRO Panel",
; and the QSettings key of organisation "SRO Panel").
#define UserDataDir "{localappdata}\SRO Panel"
#define SettingsKey "Software\SRO Panel"

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{6C0B7E2A-3F1D-4E7B-9B8A-5D2F1C4A9E31}
AppName=SRO Panel
AppVersion={#AppVersion}
AppVerName=SRO Panel {#AppVersion}
AppPublisher=SRO Panel
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\SRO Panel
DefaultGroupName=SRO Panel
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=sro-panel-{#AppVersion}-setup
SetupIconFile=..\resources\icons\sro-panel.ico
UninstallDisplayIcon={app}\SRO Panel.exe
UninstallDisplayName=SRO Panel {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; The data folder is per user and is deliberately left alone by a normal uninstall.
UsedUserAreasWarning=no

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\SRO Panel"; Filename: "{app}\SRO Panel.exe"; WorkingDir: "{userdocs}"
Name: "{group}\Uninstall SRO Panel"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\SRO Panel.exe"; Description: "Open SRO Panel"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes a person's data only when asked: Yes to its question in an
  interactive uninstall, or /REMOVEUSERDATA on the command line (for IT's scripts). A
  silent uninstall without that switch keeps the data. Only the data of the Windows
  account running the uninstaller is reachable from it. }

function RemoveUserDataSwitch(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEUSERDATA') = 0 then
      Result := True;
end;

function RemoveUserDataWanted(): Boolean;
begin
  Result := RemoveUserDataSwitch();
  if (not Result) and (not UninstallSilent) then
    Result := MsgBox(
      'Also delete your SRO Panel data on this computer?' + #13#10#13#10 +
      ExpandConstant('{#UserDataDir}') + #13#10 +
      '(the database with its rounds, scores and audit trail, its backups, the audit key and the log)' +
      #13#10#13#10 + 'Choose No to keep it: installing SRO Panel again finds it as it was.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserDataWanted() then
  begin
    DelTree(ExpandConstant('{#UserDataDir}'), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, '{#SettingsKey}');
  end;
end;
