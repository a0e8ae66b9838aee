; Inno Setup 6 script: the Windows installer of zwdesktop, made from the PyInstaller bundle.
; Build notes: README.md beside this file. It has not been built or tried on the project's
; development machines (Linux, no Windows, no Inno Setup there).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\zwdesktop.iss
;
; The version is zwdesktop's own (zwdesktop\__init__.py, `zwdesktop-cli --version`); the build notes
; pass it in, so it is written in one place only.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\zwdesktop.iss (see README.md)
#endif
#define AppName "zwdesktop"
#define AppExe "zwdesktop.exe"
#define Bundle "..\..\dist\zwdesktop"

[Setup]
; The AppId stays the same for every version: an update replaces the installed program.
AppId={{B7D0EEEF-65CF-445E-956C-41B6B2923B60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=zwdesktop developers
AppComments=Zukunftswerkstätten offline moderieren / run future workshops offline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; All users (administrator) by default; "for me only" without administrator rights on request.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=zwdesktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.WorkshopFile=Zukunftswerkstatt-Datei
en.WorkshopFile=Future workshop file
de.AppDescription=Zukunftswerkstätten offline moderieren
en.AppDescription=Run future workshops offline

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: zwdesktop.exe and _internal\ (Python, Qt, the program's data and licences).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\..\CHANGELOG.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
; The start-menu entry (and, when chosen, one on the desktop).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppDescription}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppDescription}"; Tasks: desktopicon

[Registry]
; *.zwd files open in zwdesktop (double-click, "Open with"). HKA is HKLM for an all-users install and
; HKCU for a per-user one; uninstalling removes the program's keys.
Root: HKA; Subkey: "Software\Classes\.zwd"; ValueType: string; ValueName: ""; ValueData: "zwdesktop.Workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.zwd"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-zwdesktop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.zwd\OpenWithProgids"; ValueType: string; ValueName: "zwdesktop.Workshop"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\zwdesktop.Workshop"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkshopFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\zwdesktop.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\zwdesktop.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".zwd"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
