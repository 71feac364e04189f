; Inno Setup script for the CollabDesk Windows installer.
; Build the onedir bundle first (pyinstaller packaging/collabdesk.spec, see
; .github/workflows/build.yml), then from the repository root:
;     iscc /DAppVersion=0.1.0 packaging\windows\collabdesk.iss
; Output: dist\installer\CollabDesk-<version>-setup.exe
;
; User data (database, backups, logs, settings) lives in the per-user data
; folder, never in the program folder, so uninstalling keeps it. A portable
; copy is the bundle folder with a `portable` file or `data` folder beside
; collabdesk.exe; the installer does not make one.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CollabDesk"
#define Bundle "..\..\dist\collabdesk"

[Setup]
AppId={{6D1B7E7A-3C55-4D0B-9B61-2C0F4C1D8A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=CollabDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install works without administrator rights (library PCs are locked down);
; an administrator can still choose "install for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 supports Windows 10 version 1809 (build 17763) and later, 64-bit
; (https://doc.qt.io/qt-6.11/windows.html). An older Windows is refused before
; anything is copied, with the message WindowsVersionNotSupported below.
MinVersion=10.0.17763
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\collabdesk.ico
UninstallDisplayIcon={app}\collabdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
; Shown instead of Inno Setup's generic text when Windows is older than MinVersion.
ru.WindowsVersionNotSupported=Для CollabDesk нужна 64-разрядная Windows 10 версии 1809 или новее либо Windows 11. Обновите Windows и запустите установку снова.
en.WindowsVersionNotSupported=CollabDesk needs 64-bit Windows 10 version 1809 or later, or Windows 11. Please update Windows and run the installer again.

[CustomMessages]
ru.LaunchApp=Запустить CollabDesk
en.LaunchApp=Start CollabDesk
ru.DataKept=Ваши данные (база, резервные копии, журналы) остаются в папке данных и не удаляются вместе с программой.
en.DataKept=Your data (database, backups, logs) stays in its data folder and is not removed with the program.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\collabdesk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\collabdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\collabdesk.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder itself holds; the per-user data folder
; (%LOCALAPPDATA%\CollabDesk) and the settings in the registry stay.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
