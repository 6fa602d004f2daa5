<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Advice</name>
        <message>
            <location filename="../core/domain/advice.cpp" line="+59" />
            <source>The stored advice is not readable: %1</source>
            <translation>Der gespeicherte Rat ist nicht lesbar: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The stored advice has no answer for %1.</source>
            <translation>Im gespeicherten Rat fehlt die Antwort auf %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The stored advice has an unknown lean "%1".</source>
            <translation>Der gespeicherte Rat hat eine unbekannte Ausrichtung „%1“.</translation>
        </message>
    </context>
    <context>
        <name>AdviseCommand</name>
        <message>
            <location filename="../app/cli/advisecommand.cpp" line="+36" />
            <source>--save-to must be a journal entry id (a whole number from 1 up), not "%1"</source>
            <translation>--save-to muss die ID eines Journaleintrags sein (eine ganze Zahl ab 1), nicht „%1“</translation>
        </message>
        <message>
            <location line="+44" />
            <source>give either --save-to ENTRY or --new-entry TITLE, not both</source>
            <translation>geben Sie entweder --save-to ENTRY oder --new-entry TITLE an, nicht beides</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--new-entry needs a title for the entry</source>
            <translation>--new-entry braucht einen Titel für den Eintrag</translation>
        </message>
        <message>
            <location line="+6" />
            <source>advise needs --answers "a,b,c,d,e": %1 numbers from -3 (lead side) to 3 (manage side)</source>
            <translation>advise braucht --answers "a,b,c,d,e": %1 Zahlen von -3 (Seite Führen) bis 3 (Seite Managen)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--answers takes %1 whole numbers from -3 to 3 separated by commas; "%2" is not one</source>
            <translation>--answers erwartet %1 ganze Zahlen von -3 bis 3, durch Kommas getrennt; „%2“ ist keine davon</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Lean towards leading (score %1).
</source>
            <translation>Eher führen (Wert %1).
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lean towards managing (score %1).
</source>
            <translation>Eher managen (Wert %1).
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Blend leading and managing (score %1).
</source>
            <translation>Führen und Managen verbinden (Wert %1).
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>
What drove it:
</source>
            <translation>
Was den Ausschlag gab:
</translation>
        </message>
        <message>
            <location line="+8" />
            <source>
Skills to draw on:
</source>
            <translation>
Fähigkeiten, auf die Sie zurückgreifen können:
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>
Tips:
</source>
            <translation>
Tipps:
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>
Saved with journal entry %1.
</source>
            <translation>
Mit Journaleintrag %1 gespeichert.
</translation>
        </message>
    </context>
    <context>
        <name>Advisor</name>
        <message>
            <location filename="../core/domain/advisor.cpp" line="+80" />
            <source>The advisor needs %1 answers, one per question; %2 were given.</source>
            <translation>Der Ratgeber braucht %1 Antworten, eine pro Frage; angegeben wurden %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Answer %1 is %2; each answer must be from %3 (leading side) to %4 (managing side).</source>
            <translation>Antwort %1 ist %2; jede Antwort muss zwischen %3 (Seite Führen) und %4 (Seite Managen) liegen.</translation>
        </message>
    </context>
    <context>
        <name>AnswerValidator</name>
        <message>
            <location filename="../core/domain/answervalidator.cpp" line="+49" />
            <source>"%1" is a statement of the full assessment, not of the pulse</source>
            <translation>„%1“ ist eine Aussage der vollständigen Einschätzung, nicht des Kurz-Checks</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is a statement of the pulse, not of the full assessment</source>
            <translation>„%1“ ist eine Aussage des Kurz-Checks, nicht der vollständigen Einschätzung</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a statement of the skill model (see tandem-cli framework)</source>
            <translation>„%1“ ist keine Aussage des Fähigkeitenmodells (siehe tandem-cli framework)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1": the answer must be a whole number from 1 (never) to 5 (always), not %2</source>
            <translation>„%1“: Die Antwort muss eine ganze Zahl von 1 (nie) bis 5 (immer) sein, nicht %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source> and %1 more</source>
            <translation> und %1 weitere</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the %1 needs an answer to every statement; missing: %2</source>
            <translation>%1: Jede Aussage braucht eine Antwort; es fehlen: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>full assessment</source>
            <translation>Ihrer vollständigen Einschätzung</translation>
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message>
            <location filename="../ui/mainwindow/appsession.cpp" line="+36" />
            <source>The newest good backup is from %1. It holds %2.</source>
            <translation>Die neueste intakte Sicherung stammt vom %1. Sie enthält %2.</translation>
        </message>
    </context>
    <context>
        <name>Arguments</name>
        <message>
            <location filename="../app/cli/arguments.cpp" line="+30" />
            <source>%1 is not valid UTF-8 text</source>
            <translation>%1 ist kein gültiger UTF-8-Text</translation>
        </message>
        <message>
            <location line="+17" />
            <source>the value of %1</source>
            <translation>der Wert von %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 needs a value</source>
            <translation>%1 braucht einen Wert</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+7" />
            <source>the argument "%1"</source>
            <translation>das Argument „%1“</translation>
        </message>
        <message>
            <location line="+13" />
            <source>unknown option %1</source>
            <translation>unbekannte Option %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unexpected argument "%1"</source>
            <translation>unerwartetes Argument „%1“</translation>
        </message>
    </context>
    <context>
        <name>AssessCommand</name>
        <message>
            <location filename="../app/cli/assesscommand.cpp" line="+40" />
            <source>cannot read standard input: %1</source>
            <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 is not valid JSON: %2 at byte %3</source>
            <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 must hold {"answers": {"ITEM_ID": 1..5, ...}}</source>
            <translation>%1 muss {"answers": {"ITEM_ID": 1..5, ...}} enthalten</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"%1": the answer must be a whole number from 1 (never) to 5 (always)</source>
            <translation>„%1“: Die Antwort muss eine ganze Zahl von 1 (nie) bis 5 (immer) sein</translation>
        </message>
        <message>
            <location line="+21" />
            <source>assess needs --answers FILE (JSON: {"answers": {"ITEM_ID": 1..5}})</source>
            <translation>assess braucht --answers FILE (JSON: {"answers": {"ITEM_ID": 1..5}})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--kind must be full or pulse, not "%1"</source>
            <translation>--kind muss full oder pulse sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--at must be a date and time such as 2026-11-30T09:30:00Z, not "%1": %2</source>
            <translation>--at muss ein Datum mit Uhrzeit sein, etwa 2026-11-30T09:30:00Z, nicht „%1“: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--at %1 is in the future</source>
            <translation>--at %1 liegt in der Zukunft</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--at %1 is before 1970</source>
            <translation>--at %1 liegt vor 1970</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Stored the full assessment %1 taken %2</source>
            <translation>Vollständige Einschätzung %1 vom %2 gespeichert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stored the pulse %1 taken %2</source>
            <translation>Kurz-Check %1 vom %2 gespeichert</translation>
        </message>
        <message>
            <location line="+3" />
            <source>: leadership %1, management %2. %3.</source>
            <translation>: Führung %1, Management %2. %3.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentRepository</name>
        <message>
            <location filename="../core/store/assessmentrepository.cpp" line="+17" />
            <source>The assessment was not saved: %1.</source>
            <translation>Die Einschätzung wurde nicht gespeichert: %1.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Could not store the answer to %1: %2</source>
            <translation>Die Antwort auf %1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <location line="+146" />
            <source>There is no assessment with the id %1.</source>
            <translation>Es gibt keine Einschätzung mit der ID %1.</translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message>
            <location filename="../app/cli/backupcommand.cpp" line="+24" />
            <source>--output needs the name of the file to write</source>
            <translation>--output braucht den Namen der Datei, die geschrieben werden soll</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--force goes with --output PATH</source>
            <translation>--force geht nur zusammen mit --output PATH</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 already exists; choose another name, or add --force to replace it</source>
            <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie die Datei mit --force</translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <location filename="../core/store/backupservice.cpp" line="+52" />
            <location line="+12" />
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <location line="-10" />
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the disk is read-only</source>
            <translation>der Datenträger ist schreibgeschützt</translation>
        </message>
        <message>
            <location line="+113" />
            <source>%1 is a file, not a folder.</source>
            <translation>%1 ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not create the folder %1 (%2).</source>
            <translation>Der Ordner %1 konnte nicht angelegt werden (%2).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Could not create a file in %1: %2.</source>
            <translation>In %1 konnte keine Datei angelegt werden: %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open %1 to sync it to disk: %2.</source>
            <translation>%1 konnte nicht geöffnet werden, um den Inhalt endgültig auf den Datenträger zu schreiben: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not sync %1 to disk: %2.</source>
            <translation>%1 konnte nicht endgültig auf den Datenträger geschrieben werden: %2.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Could not move %1 to %2: %3.</source>
            <translation>%1 konnte nicht nach %2 verschoben werden: %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are too many backups named for %1 in %2.</source>
            <translation>In %2 gibt es zu viele Sicherungen mit dem Zeitstempel %1.</translation>
        </message>
        <message>
            <location line="+85" />
            <source>the check gave no answer</source>
            <translation>die Prüfung lieferte keine Antwort</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+433" />
            <source>%1 is not a file.</source>
            <translation>%1 ist keine Datei.</translation>
        </message>
        <message>
            <location line="-431" />
            <source>%1 is empty: it holds no data.</source>
            <translation>%1 ist leer: Die Datei enthält keine Daten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a database Tandem has open; choose a backup instead.</source>
            <translation>%1 ist eine Datenbank, die Tandem gerade geöffnet hat; wählen Sie stattdessen eine Sicherung.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 could not be read: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not a Tandem database or backup, or it is damaged (it does not start like one).</source>
            <translation>%1 ist keine Tandem-Datenbank oder -Sicherung, oder die Datei ist beschädigt (sie beginnt nicht wie eine).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is a database of some other program, not a Tandem database or backup.</source>
            <translation>%1 ist die Datenbank eines anderen Programms, keine Tandem-Datenbank oder -Sicherung.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was made by a newer version of Tandem (data format %2; this version reads up to %3). Update Tandem to use it.</source>
            <translation>%1 wurde von einer neueren Version von Tandem erstellt (Datenformat %2; diese Version liest bis %3). Aktualisieren Sie Tandem, um die Datei zu verwenden.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 has recent changes in %1-wal that are not in the file itself yet: Tandem is using it, or was not closed properly. Close Tandem, or make a backup of that folder with tandem-cli backup and use the backup.</source>
            <translation>%1 hat neue Änderungen in %1-wal, die noch nicht in der Datei selbst stehen: Tandem verwendet die Datei gerade oder wurde nicht richtig beendet. Beenden Sie Tandem oder erstellen Sie mit tandem-cli backup eine Sicherung dieses Ordners und verwenden Sie diese.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is damaged: it is shorter than the data it records (it was cut off).</source>
            <translation>%1 ist beschädigt: Die Datei ist kürzer als die Daten, die sie verzeichnet (sie wurde abgeschnitten).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 could not be opened.</source>
            <translation>%1 konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>%1 is damaged: parts of it cannot be read.</source>
            <translation>%1 ist beschädigt: Teile davon können nicht gelesen werden.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite reports: %1</source>
            <translation>SQLite meldet: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is damaged: its records could not be read.</source>
            <translation>%1 ist beschädigt: Die Datensätze konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <location line="+22" />
            <source>There is not enough free disk space in %1 for a copy of the data (about %2 MB needed, %3 MB free).</source>
            <translation>In %1 ist nicht genug Speicherplatz frei für eine Kopie der Daten (etwa %2 MB nötig, %3 MB frei).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Could not start the copy: %1.</source>
            <translation>Die Kopie konnte nicht begonnen werden: %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not copy the data to %1: %2.</source>
            <translation>Die Daten konnten nicht nach %1 kopiert werden: %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not finish the copy: %1.</source>
            <translation>Die Kopie konnte nicht abgeschlossen werden: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The copy failed its check, so it was not kept: %1</source>
            <translation>Die Kopie hat die Prüfung nicht bestanden und wurde deshalb nicht behalten: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The copy is not a self-contained file, so it was not kept.</source>
            <translation>Die Kopie ist keine eigenständige Datei und wurde deshalb nicht behalten.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+34" />
            <source>Could not read %1: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+130" />
            <source>Could not write %1: %2.</source>
            <translation>%1 konnte nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <location line="-125" />
            <source>Could not copy %1: %2.</source>
            <translation>%1 konnte nicht kopiert werden: %2.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>A backup cannot be made as a damaged file.</source>
            <translation>Von einer beschädigten Datei kann keine Sicherung erstellt werden.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+6" />
            <location line="+5" />
            <source>Could not make a backup: %1</source>
            <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The backup %1 was written, but %2</source>
            <translation>Die Sicherung %1 wurde geschrieben, aber: %2</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+4" />
            <source>%1 is a folder; give the name of the file to write.</source>
            <translation>%1 ist ein Ordner; geben Sie den Namen der Datei an, die geschrieben werden soll.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is the database itself (or one of its files); choose another name.</source>
            <translation>%1 ist die Datenbank selbst (oder eine ihrer Dateien); wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+18" />
            <source>%1 already exists; choose another name.</source>
            <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 was written, but %2</source>
            <translation>%1 wurde geschrieben, aber: %2</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The backup folder %1 could not be read (permission denied).</source>
            <translation>Der Sicherungsordner %1 konnte nicht gelesen werden (Zugriff verweigert).</translation>
        </message>
        <message>
            <location line="+54" />
            <source> Nothing was changed.</source>
            <translation> Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is the database itself; choose a backup to restore.</source>
            <translation>%1 ist die Datenbank selbst; wählen Sie eine Sicherung zum Wiederherstellen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close the data in %1 before restoring a backup over it.</source>
            <translation>Schließen Sie die Daten in %1, bevor Sie eine Sicherung darüber wiederherstellen.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>it is not a Tandem database, or its start is damaged</source>
            <translation>sie ist keine Tandem-Datenbank, oder ihr Anfang ist beschädigt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it is a database of some other program</source>
            <translation>sie ist die Datenbank eines anderen Programms</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it was written by a newer version of Tandem</source>
            <translation>sie wurde von einer neueren Version von Tandem geschrieben</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it is shorter than the data it records</source>
            <translation>sie ist kürzer als die Daten, die sie verzeichnet</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+10" />
            <location line="+6" />
            <location line="+5" />
            <source>Could not keep the current data: %1</source>
            <translation>Die aktuellen Daten konnten nicht aufbewahrt werden: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+5" />
            <location line="+17" />
            <source>Could not keep the current file: %1</source>
            <translation>Die aktuelle Datei konnte nicht aufbewahrt werden: %1</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Could not keep %1: %2.</source>
            <translation>%1 konnte nicht aufbewahrt werden: %2.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Could not remove %1, so the backup was not put in place. %2</source>
            <translation>%1 konnte nicht entfernt werden, daher wurde die Sicherung nicht eingesetzt. %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The data that was there is kept at %1.</source>
            <translation>Die bisherigen Daten liegen jetzt unter %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not put the backup in place: %1.%2</source>
            <translation>Die Sicherung konnte nicht eingesetzt werden: %1.%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source> The data that was there is kept at %1.</source>
            <translation> Die bisherigen Daten liegen jetzt unter %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The backup was put in place, but %1</source>
            <translation>Die Sicherung wurde eingesetzt, aber: %1</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Could not delete old backups: %1.</source>
            <translation>Alte Sicherungen konnten nicht gelöscht werden: %1.</translation>
        </message>
    </context>
    <context>
        <name>BackupsCommand</name>
        <message>
            <location filename="../app/cli/backupscommand.cpp" line="+89" />
            <source>cannot be restored: </source>
            <translation>kann nicht wiederhergestellt werden: </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No backups yet in %1. Make one with: tandem-cli backup
</source>
            <translation>Noch keine Sicherungen in %1. Erstellen Sie eine mit: tandem-cli backup
</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <location filename="../ui/settings/backupspanel.cpp" line="+32" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made by you</source>
            <translation>Von Ihnen erstellt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Damaged file, kept as it was</source>
            <translation>Beschädigte Datei, unverändert aufbewahrt</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <location filename="../core/exchange/calendarexport.cpp" line="+110" />
            <source>Tandem: weekly pulse check-in</source>
            <translation>Tandem: wöchentlicher Kurz-Check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One minute in Tandem: one quick statement per skill, about this past week.</source>
            <translation>Eine Minute in Tandem: eine kurze Aussage pro Fähigkeit, bezogen auf die vergangene Woche.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tandem: full self-assessment</source>
            <translation>Tandem: vollständige Selbsteinschätzung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About ten minutes in Tandem: every skill and both sides of each contrast, then your results and what has really changed.</source>
            <translation>Etwa zehn Minuten in Tandem: alle Fähigkeiten und beide Seiten jedes Gegensatzpaars, danach Ihre Ergebnisse und was sich wirklich verändert hat.</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <location filename="../app/cli/checkcommand.cpp" line="+33" />
            <source>
  details: </source>
            <translation>
  Details: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>ok: %1
</source>
            <translation>ok: %1
</translation>
        </message>
    </context>
    <context>
        <name>Context</name>
        <message>
            <location filename="../app/cli/context.h" line="+38" />
            <source>  details: </source>
            <translation>  Details: </translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <location filename="../app/cli/arguments.cpp" line="+33" />
            <source>%1, %2, %3</source>
            <comment>assessments, journal entries, goals</comment>
            <translation>%1, %2, %3</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n assessments</source>
            <translation>
                <numerusform>%n Einschätzung</numerusform>
                <numerusform>%n Einschätzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n Journaleintrag</numerusform>
                <numerusform>%n Journaleinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n goals</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataLocation</name>
        <message>
            <location filename="../core/store/datalocation.cpp" line="+36" />
            <source>No data folder was given.</source>
            <translation>Es wurde kein Datenordner angegeben.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The data folder %1 is a file, not a folder.</source>
            <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not create the data folder %1. Check that its parent folder exists and is writable.</source>
            <translation>Der Datenordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/store/database.cpp" line="+130" />
            <source>Could not create the database file %1: %2</source>
            <translation>Die Datenbankdatei %1 konnte nicht angelegt werden: %2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>it is on a read-only disk</source>
            <translation>der Datenträger ist schreibgeschützt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>you do not have permission to change it</source>
            <translation>Ihnen fehlt die Berechtigung zum Ändern</translation>
        </message>
        <message>
            <location line="+150" />
            <source>No data folder was given.</source>
            <translation>Es wurde kein Datenordner angegeben.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The data folder %1 is a file, not a folder.</source>
            <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not create the data folder %1. Check that its parent folder exists and is writable.</source>
            <translation>Der Datenordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 exists but is not a file.</source>
            <translation>%1 existiert, ist aber keine Datei.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Tandem cannot change its data in %1: %2. Your data was not changed.</source>
            <translation>Tandem kann seine Daten in %1 nicht ändern: %2. Ihre Daten wurden nicht verändert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not writable: %1</source>
            <translation>Nicht beschreibbar: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is missing or empty, but its log %2 holds data. Tandem did not open it, so that nothing in it is lost. Restore a backup, or copy the folder somewhere safe first.</source>
            <translation>%1 fehlt oder ist leer, aber das zugehörige Protokoll %2 enthält Daten. Tandem hat die Datenbank nicht geöffnet, damit nichts davon verloren geht. Stellen Sie eine Sicherung wieder her oder kopieren Sie den Ordner zuerst an einen sicheren Ort.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not read %1: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+369" />
            <source>%1 is not a Tandem database, or it is damaged. The file was not changed.</source>
            <translation>%1 ist keine Tandem-Datenbank oder ist beschädigt. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="-366" />
            <source>The file does not start with an SQLite header.</source>
            <translation>Die Datei beginnt nicht mit einem SQLite-Header.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+379" />
            <source>%1 is a database of some other program, not Tandem's. The file was not changed.</source>
            <translation>%1 ist die Datenbank eines anderen Programms, nicht die von Tandem. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="-372" />
            <location line="+379" />
            <source>%1 was written by a newer version of Tandem (data format %2; this version knows up to %3). Update Tandem to open it. The file was not changed.</source>
            <translation>%1 wurde von einer neueren Version von Tandem geschrieben (Datenformat %2; diese Version kennt Formate bis %3). Aktualisieren Sie Tandem, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="-366" />
            <source>%1 is damaged: it is shorter than the data it records (it was cut off, perhaps by a full disk or an interrupted copy). The file was not changed.</source>
            <translation>%1 ist beschädigt: Die Datei ist kürzer als die Daten, die sie verzeichnet (sie wurde abgeschnitten, vielleicht durch einen vollen Datenträger oder einen abgebrochenen Kopiervorgang). Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The header records %1 bytes; the file has %2.</source>
            <translation>Laut Header sind es %1 Byte; die Datei hat %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has a log beside it (%2) that does not belong to it, perhaps left when another copy of the file was put in its place. Tandem did not open it, so neither file was changed. Move %2 somewhere safe, or restore a backup.</source>
            <translation>Neben %1 liegt ein Protokoll (%2), das nicht dazugehört – vielleicht ist es übrig geblieben, als eine andere Kopie der Datei an ihre Stelle gesetzt wurde. Tandem hat die Datenbank nicht geöffnet, daher wurde keine der beiden Dateien verändert. Verschieben Sie %2 an einen sicheren Ort oder stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database is in rollback-journal mode, but %1 holds %2 bytes.</source>
            <translation>Die Datenbank ist im Rollback-Journal-Modus, aber %1 enthält %2 Byte.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Qt's SQLite driver is not installed (package libqt6sql6-sqlite).</source>
            <translation>Der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+19" />
            <source>Could not open %1.</source>
            <translation>%1 konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location line="+80" />
            <location line="+31" />
            <source>The database could not carry out a change or query.</source>
            <translation>Die Datenbank konnte eine Änderung oder Abfrage nicht ausführen.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The disk is full, so the change was not saved.</source>
            <translation>Der Datenträger ist voll, daher wurde die Änderung nicht gespeichert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The data cannot be changed: its folder or file is read-only.</source>
            <translation>Die Daten können nicht geändert werden: Der Ordner oder die Datei ist schreibgeschützt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The data is busy: another program is changing it. Try again in a moment.</source>
            <translation>Die Daten sind gerade belegt: Ein anderes Programm ändert sie. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The query was stopped.</source>
            <translation>Die Abfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The data file %1 is damaged. Check it in Settings, or restore a backup.</source>
            <translation>Die Datendatei %1 ist beschädigt. Prüfen Sie sie in den Einstellungen oder stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The data file %1 could not be read or written (a disk error).</source>
            <translation>Die Datendatei %1 konnte nicht gelesen oder geschrieben werden (ein Fehler des Datenträgers).</translation>
        </message>
        <message>
            <location line="+121" />
            <source>The database gave no counts.</source>
            <translation>Die Datenbank lieferte keine Anzahlen.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+77" />
            <source>%1 is busy: another program is changing it. Try again in a moment.</source>
            <translation>%1 ist gerade belegt: Ein anderes Programm ändert die Datei. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location line="-71" />
            <source>%1 cannot be read while its folder is read-only: it holds changes that were not finished (Tandem was stopped while writing). Make the folder writable and try again. Your data was not changed.</source>
            <translation>%1 kann nicht gelesen werden, solange der zugehörige Ordner schreibgeschützt ist: Die Datei enthält nicht abgeschlossene Änderungen (Tandem wurde beim Schreiben beendet). Machen Sie den Ordner beschreibbar und versuchen Sie es erneut. Ihre Daten wurden nicht verändert.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 could not be read. The file was not changed.</source>
            <translation>%1 konnte nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 was written by an older version of Tandem and must be brought up to date, which needs permission to change it. Your data was not changed.</source>
            <translation>%1 wurde von einer älteren Version von Tandem geschrieben und muss auf den neuesten Stand gebracht werden; dafür ist Schreibzugriff nötig. Ihre Daten wurden nicht verändert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>data format %1, this version writes %2</source>
            <translation>Datenformat %1, diese Version schreibt %2</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 is damaged: parts of it cannot be read. The file was not changed.</source>
            <translation>%1 ist beschädigt: Teile davon können nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SQLite reports: %1</source>
            <translation>SQLite meldet: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Could not set up %1.</source>
            <translation>%1 konnte nicht eingerichtet werden.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 is damaged: its list of tables cannot be read. The file was not changed.</source>
            <translation>%1 ist beschädigt: Die Tabellenliste kann nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is damaged: part of its structure is missing, so some of your data cannot be found. The file was not changed.</source>
            <translation>%1 ist beschädigt: Ein Teil der Struktur fehlt, daher sind einige Ihrer Daten nicht auffindbar. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Missing from the schema (data format %1): %2</source>
            <translation>Fehlt im Schema (Datenformat %1): %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not bring %1 up to date (data format %2). Your data was not changed.</source>
            <translation>%1 konnte nicht auf den neuesten Stand gebracht werden (Datenformat %2). Ihre Daten wurden nicht verändert.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCheck</name>
        <message>
            <location filename="../core/store/databasecheck.cpp" line="+47" />
            <source>the check gave no answer</source>
            <translation>die Prüfung lieferte keine Antwort</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database file %1 is damaged: parts of it cannot be read.</source>
            <translation>Die Datenbankdatei %1 ist beschädigt: Teile davon können nicht gelesen werden.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>SQLite reports: </source>
            <translation>SQLite meldet: </translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+55" />
            <source>The database %1 is busy; try again in a moment.</source>
            <translation>Die Datenbank %1 ist gerade belegt; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location line="-45" />
            <source>The links between records could not be checked.</source>
            <translation>Die Verknüpfungen zwischen den Datensätzen konnten nicht geprüft werden.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>a record in %1 refers to a missing record in %2</source>
            <translation>ein Datensatz in %1 verweist auf einen fehlenden Datensatz in %2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n records refer to records that no longer exist (first: %1).</source>
            <translation>
                <numerusform>%n Datensatz verweist auf Datensätze, die es nicht mehr gibt (zuerst: %1).</numerusform>
                <numerusform>%n Datensätze verweisen auf Datensätze, die es nicht mehr gibt (zuerst: %1).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>The search index was not compared with the entries: the store is read-only.</source>
            <translation>Der Suchindex wurde nicht mit den Einträgen verglichen: Die Datenbank ist schreibgeschützt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The journal's search index does not match the entries, so searches may miss or show the wrong ones.</source>
            <translation>Der Suchindex des Journals passt nicht zu den Einträgen, daher kann die Suche Einträge übersehen oder falsche anzeigen.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The records could not be counted.</source>
            <translation>Die Datensätze konnten nicht gezählt werden.</translation>
        </message>
        <message>
            <location line="+14" />
            <source> The file was not changed.</source>
            <translation> Die Datei wurde nicht verändert.</translation>
        </message>
    </context>
    <context>
        <name>DecisionText</name>
        <message>
            <location filename="../app/cli/decisiontext.cpp" line="+16" />
            <source>it held</source>
            <translation>die Erwartung ist eingetreten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it partly held</source>
            <translation>die Erwartung ist teilweise eingetreten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it did not hold</source>
            <translation>die Erwartung ist nicht eingetreten</translation>
        </message>
        <message>
            <location line="+36" />
            <source>
Decision:
</source>
            <translation>
Entscheidung:
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  I expect: %1
</source>
            <translation>  Ich erwarte: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  How sure: %1%
</source>
            <translation>  Wie sicher: %1 %
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  Review on: %1</source>
            <translation>  Rückblick am: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (due now: tandem-cli journal review)</source>
            <translation> (jetzt fällig: tandem-cli journal review)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>  Reviewed on %1: %2</source>
            <translation>  Rückblick vom %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>; what I did: %1</source>
            <translation>; was ich getan habe: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  What happened: %1
</source>
            <translation>  Was geschehen ist: %1
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1  review on %2  %3
</source>
            <translation>%1  Rückblick am %2  %3
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>        I expected: %1
</source>
            <translation>        Ich habe erwartet: %1
</translation>
        </message>
    </context>
    <context>
        <name>DemoCommand</name>
        <message>
            <location filename="../app/cli/democommand.cpp" line="+31" />
            <source>demo needs --years N (1 to %1)</source>
            <translation>demo braucht --years N (1 bis %1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--years must be a whole number from 1 to %1, not "%2"</source>
            <translation>--years muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--seed must be a whole number from 0 up, not "%1"</source>
            <translation>--seed muss eine ganze Zahl ab 0 sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--until must be a date such as 2026-11-30, not "%1": %2</source>
            <translation>--until muss ein Datum sein, etwa 2026-11-30, nicht „%1“: %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 already holds data; demo only fills an empty data folder (choose another with --data-dir)</source>
            <translation>%1 enthält bereits Daten; demo füllt nur einen leeren Datenordner (wählen Sie mit --data-dir einen anderen)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Created %1 of demo data in %2: %3, %4, %5, %6.
</source>
            <comment>years; folder; full assessments, pulse check-ins, journal entries, goals</comment>
            <translation>Demodaten für %1 in %2 angelegt: %3, %4, %5, %6.
</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n years</source>
            <translation>
                <numerusform>%n Jahr</numerusform>
                <numerusform>%n Jahre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n full assessments</source>
            <translation>
                <numerusform>%n vollständige Einschätzung</numerusform>
                <numerusform>%n vollständige Einschätzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pulse check-ins</source>
            <translation>
                <numerusform>%n Kurz-Check</numerusform>
                <numerusform>%n Kurz-Checks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n Journaleintrag</numerusform>
                <numerusform>%n Journaleinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n goals</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <location filename="../core/store/demogenerator.cpp" line="+67" />
            <source>The demonstration texts are missing from the program.</source>
            <translation>Die Demotexte fehlen im Programm.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The demonstration texts in the program are incomplete.</source>
            <translation>Die Demotexte im Programm sind unvollständig.</translation>
        </message>
        <message>
            <location line="+123" />
            <source>The demo history must cover 1 to %1 years.</source>
            <translation>Der Demo-Verlauf muss 1 bis %1 Jahre umfassen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The demo history needs an end date.</source>
            <translation>Der Demo-Verlauf braucht ein Enddatum.</translation>
        </message>
    </context>
    <context>
        <name>DueCommand</name>
        <message>
            <location filename="../app/cli/duecommand.cpp" line="+69" />
            <source>: due since %1
</source>
            <translation>: fällig seit %1
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>: next on %1
</source>
            <translation>: nächster Termin am %1
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weekly pulse</source>
            <translation>Wöchentlicher Kurz-Check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full assessment</source>
            <translation>Vollständige Einschätzung</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>
%n decisions to review:
</source>
            <translation>
                <numerusform>
%n fälliger Rückblick auf eine Entscheidung:
</numerusform>
                <numerusform>
%n fällige Rückblicke auf Entscheidungen:
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <location filename="../app/cli/exportcommand.cpp" line="+26" />
            <source>export needs --format json, csv or markdown</source>
            <translation>export braucht --format json, csv oder markdown</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown format "%1"; choose json, csv or markdown</source>
            <translation>unbekanntes Format „%1“; wählen Sie json, csv oder markdown</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export needs --output PATH (a file; a folder for csv and --per-month)</source>
            <translation>export braucht --output PATH (eine Datei; bei csv und --per-month ein Ordner)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--per-month goes with --format markdown</source>
            <translation>--per-month geht nur zusammen mit --format markdown</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Exporting: %1 of %2 records written…</source>
            <translation>Export: %1 von %2 Datensätzen geschrieben…</translation>
        </message>
    </context>
    <context>
        <name>ExportWriter</name>
        <message>
            <location filename="../core/exchange/exportwriter.cpp" line="+31" />
            <source>The export was stopped; nothing was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not write %1: %2. Nothing was changed there.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Dort wurde nichts verändert.</translation>
        </message>
        <message>
            <location line="+287" />
            <source>%1 is a file; this format needs a folder.</source>
            <translation>%1 ist eine Datei; dieses Format braucht einen Ordner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not create the folder %1.</source>
            <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No file or folder to export to was given.</source>
            <translation>Es wurde weder eine Datei noch ein Ordner für den Export angegeben.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a folder; give a file name for the JSON export.</source>
            <translation>%1 ist ein Ordner; geben Sie einen Dateinamen für den JSON-Export an.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder; give a file name, or export one file per month.</source>
            <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an oder exportieren Sie eine Datei pro Monat.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unknown export format.</source>
            <translation>Unbekanntes Exportformat.</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <location filename="../core/domain/feedback.cpp" line="+27" />
            <source>A feedback round must ask about at least one skill or contrast.</source>
            <translation>Eine Feedback-Runde muss nach mindestens einer Fähigkeit oder einem Gegensatz fragen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The statement “%1” is not one of the model's assessment statements.</source>
            <translation>Die Aussage „%1“ gehört nicht zu den Aussagen der Einschätzung im Modell.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The statement “%1” is asked twice.</source>
            <translation>Nach der Aussage „%1“ wird zweimal gefragt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The name to ask about must be one line of at most %1 characters.</source>
            <translation>Der Name, nach dem gefragt wird, muss eine Zeile mit höchstens %1 Zeichen sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The note to your colleagues is too long (%1 characters; at most %2).</source>
            <translation>Die Nachricht an Ihre Kolleginnen und Kollegen ist zu lang (%1 Zeichen; höchstens %2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The number of people asked must be from 1 to %1.</source>
            <translation>Die Zahl der gefragten Personen muss zwischen 1 und %1 liegen.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>There is no skill “%1”.</source>
            <translation>Es gibt keine Fähigkeit „%1“.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no contrast “%1”.</source>
            <translation>Es gibt keinen Gegensatz „%1“.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackCommand</name>
        <message>
            <location filename="../app/cli/feedbackcommand.cpp" line="+48" />
            <source>%1 needs a round: its id as feedback list shows it, or its uuid</source>
            <translation>%1 braucht eine Runde: ihre ID, wie feedback list sie zeigt, oder ihre UUID</translation>
        </message>
        <message>
            <location line="+10" />
            <source>ROUND must be a round's id as feedback list shows it (1, 2, …) or its uuid, not "%1"</source>
            <translation>ROUND muss die ID einer Runde sein, wie feedback list sie zeigt (1, 2, …), oder ihre UUID, nicht „%1“</translation>
        </message>
        <message>
            <location line="+16" />
            <source>There is no feedback round with the uuid %1.</source>
            <translation>Es gibt keine Feedback-Runde mit der UUID %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+68" />
            <source>%n responses of %1 invited</source>
            <translation>
                <numerusform>%n Antwort von %1 Eingeladenen</numerusform>
                <numerusform>%n Antworten von %1 Eingeladenen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 needs one or more ids, separated by commas (ids from tandem-cli framework)</source>
            <translation>%1 braucht eine oder mehrere IDs, durch Kommas getrennt (IDs aus tandem-cli framework)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--skills: "%1" is a contrast, not a skill; give it with --contrasts</source>
            <translation>--skills: „%1“ ist ein Gegensatzpaar, keine Fähigkeit; geben Sie es mit --contrasts an</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--skills: there is no skill "%1"; tandem-cli framework lists the skills' ids</source>
            <translation>--skills: Es gibt keine Fähigkeit „%1“; tandem-cli framework listet die IDs der Fähigkeiten auf</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--contrasts: "%1" is a skill, not a contrast; give it with --skills</source>
            <translation>--contrasts: „%1“ ist eine Fähigkeit, kein Gegensatzpaar; geben Sie sie mit --skills an</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--contrasts: a round asks both poles of a contrast; give "%1", not "%2"</source>
            <translation>--contrasts: Eine Runde fragt nach beiden Polen eines Gegensatzpaars; geben Sie „%1“ an, nicht „%2“</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--contrasts: there is no contrast "%1"; tandem-cli framework lists the contrasts' ids</source>
            <translation>--contrasts: Es gibt kein Gegensatzpaar „%1“; tandem-cli framework listet die IDs der Gegensatzpaare auf</translation>
        </message>
        <message>
            <location line="+37" />
            <source>--about needs the name the form asks about</source>
            <translation>--about braucht den Namen, nach dem das Formular fragt</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--invited must be a whole number from 1 to %1, not "%2"</source>
            <translation>--invited muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Created feedback round %1 (%2): %n statements.
</source>
            <translation>
                <numerusform>Feedback-Runde %1 angelegt (%2): %n Aussage.
</numerusform>
                <numerusform>Feedback-Runde %1 angelegt (%2): %n Aussagen.
</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next, write its form for your colleagues: %1feedback form %2 --output feedback-%2.html
</source>
            <translation>Schreiben Sie als Nächstes ihr Formular für Ihre Kolleginnen und Kollegen: %1feedback form %2 --output feedback-%2.html
</translation>
        </message>
        <message>
            <location line="+19" />
            <source>feedback form needs --output FILE.html: where to write the form</source>
            <translation>feedback form braucht --output FILE.html: wohin das Formular geschrieben wird</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is a folder; give the name of the file to write</source>
            <translation>%1 ist ein Ordner; geben Sie den Namen der Datei an, die geschrieben werden soll</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already exists; choose another name, or add --force to replace it</source>
            <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie die Datei mit --force</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wrote the form of feedback round %1 to %2.
</source>
            <translation>Das Formular der Feedback-Runde %1 steht in %2.
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send it to your colleagues; when their response files come back, import them with: %1feedback import FILE…
</source>
            <translation>Schicken Sie es Ihren Kolleginnen und Kollegen; wenn ihre Antwortdateien zurückkommen, importieren Sie sie mit: %1feedback import FILE…
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>standard input could not be read: %1</source>
            <translation>Die Standardeingabe konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>feedback import needs one or more response files ("-" reads standard input)</source>
            <translation>feedback import braucht eine oder mehrere Antwortdateien („-“ liest die Standardeingabe)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>standard input ("-") can be read only once</source>
            <translation>die Standardeingabe („-“) kann nur einmal gelesen werden</translation>
        </message>
        <message>
            <location line="+13" />
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Skipped %1: round %2 has had this response since %3.
</source>
            <translation>%1 übersprungen: Runde %2 hat diese Antwort schon seit %3.
</translation>
        </message>
        <message>
            <location line="+8" />
            <source>anonymous</source>
            <translation>anonym</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from %1</source>
            <translation>von %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Imported %1: round %2, %3, %n statements rated.
</source>
            <translation>
                <numerusform>%1 importiert: Runde %2, %3, %n Aussage bewertet.
</numerusform>
                <numerusform>%1 importiert: Runde %2, %3, %n Aussagen bewertet.
</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported %1, skipped %2 already there, refused %3.
</source>
            <translation>Importiert: %1, übersprungen (schon vorhanden): %2, abgelehnt: %3.
</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No feedback rounds yet. Start one with: %1feedback new
</source>
            <translation>Noch keine Feedback-Runden. Beginnen Sie eine mit: %1feedback new
</translation>
        </message>
        <message>
            <location line="+9" />
            <source>about %1</source>
            <translation>über %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n statements</source>
            <translation>
                <numerusform>%n Aussage</numerusform>
                <numerusform>%n Aussagen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Leadership</source>
            <translation>Führung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management</source>
            <translation>Management</translation>
        </message>
        <message>
            <location line="+51" />
            <source>self %1</source>
            <translation>selbst %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no self score</source>
            <translation>kein eigener Wert</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>others %1 ± %2 (%n raters)</source>
            <translation>
                <numerusform>andere %1 ± %2 (%n antwortende Person)</numerusform>
                <numerusform>andere %1 ± %2 (%n Antwortende)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>too few raters (%1 of %2)</source>
            <translation>zu wenige Antwortende (%1 von %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>gap %1 within noise (±%2)</source>
            <translation>Abstand %1 im Rahmen des Rauschens (±%2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>gap %1 beyond noise (±%2): blind spot, others see less</source>
            <translation>Abstand %1 über dem Rauschen (±%2): blinder Fleck, andere sehen weniger</translation>
        </message>
        <message>
            <location line="+5" />
            <source>gap %1 beyond noise (±%2): hidden strength, others see more</source>
            <translation>Abstand %1 über dem Rauschen (±%2): verborgene Stärke, andere sehen mehr</translation>
        </message>
        <message>
            <location line="+10" />
            <source>; raters disagree</source>
            <translation>; die Antwortenden sind uneins</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Feedback round %1, created %2, %3
</source>
            <translation>Feedback-Runde %1, angelegt am %2, %3
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>About: %1
</source>
            <translation>Über: %1
</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Asked: %n statements; </source>
            <translation>
                <numerusform>Gefragt: %n Aussage; </numerusform>
                <numerusform>Gefragt: %n Aussagen; </numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Self: your full assessment of %1
</source>
            <translation>Selbstbild: Ihre vollständige Einschätzung vom %1
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Self: no full assessment up to this round's end, so no gaps; take one with tandem-cli assess or in the app
</source>
            <translation>Selbstbild: keine vollständige Einschätzung bis zum Ende dieser Runde, also keine Abstände; machen Sie eine mit tandem-cli assess oder in der App
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Named raters: %1
</source>
            <translation>Antwortende mit Namen: %1
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Others' scores show from %1 raters on, so that no one answer can be recognised.
</source>
            <translation>Die Werte anderer erscheinen erst ab %1 Antwortenden, damit keine einzelne Antwort zu erkennen ist.
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>
Indexes
</source>
            <translation>
Indizes
</translation>
        </message>
        <message>
            <location line="+7" />
            <source>
Skills
</source>
            <translation>
Fähigkeiten
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>
Poles
</source>
            <translation>
Pole
</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Feedback round %1 is closed.
</source>
            <translation>Feedback-Runde %1 ist geschlossen.
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback round %1 is open.
</source>
            <translation>Feedback-Runde %1 ist offen.
</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>Deleted feedback round %1 with its %n responses.
</source>
            <translation>
                <numerusform>Feedback-Runde %1 mit ihrer %n Antwort gelöscht.
</numerusform>
                <numerusform>Feedback-Runde %1 mit ihren %n Antworten gelöscht.
</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>feedback needs one of: new, form, import, list, show, close, reopen, delete</source>
            <translation>feedback braucht eines von: new, form, import, list, show, close, reopen, delete</translation>
        </message>
        <message>
            <location line="+20" />
            <source>unknown feedback command "%1"; choose new, form, import, list, show, close, reopen or delete</source>
            <translation>unbekannter feedback-Befehl „%1“; wählen Sie new, form, import, list, show, close, reopen oder delete</translation>
        </message>
    </context>
    <context>
        <name>FeedbackForm</name>
        <message>
            <location filename="../core/domain/feedbackform.cpp" line="+27" />
            <source>How do you see %1 at work?</source>
            <translation>Wie erleben Sie %1 bei der Arbeit?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How do you see this person at work?</source>
            <translation>Wie erleben Sie diese Person bei der Arbeit?</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>For each statement, choose how often you see this person do it. If you have not seen enough to judge, choose “Can’t say”: that is a useful answer too. It takes about %n minutes.</source>
            <translation>
                <numerusform>Wählen Sie bei jeder Aussage, wie oft Sie diese Person so erleben. Wenn Sie es nicht beurteilen können, wählen Sie „Kann ich nicht sagen“: Auch das ist eine hilfreiche Antwort. Es dauert etwa %n Minute.</numerusform>
                <numerusform>Wählen Sie bei jeder Aussage, wie oft Sie diese Person so erleben. Wenn Sie es nicht beurteilen können, wählen Sie „Kann ich nicht sagen“: Auch das ist eine hilfreiche Antwort. Es dauert etwa %n Minuten.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>A note from the person asking</source>
            <translation>Eine Nachricht der Person, die fragt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What happens with your answers</source>
            <translation>Was mit Ihren Antworten geschieht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing leaves this page until you send the response file yourself. It holds your ratings and, only if you give it, your name. In Tandem, the person who asked sees only averages of at least three people’s answers. The file itself reaches them, though: if you send it from your own address, they can tell it is yours. To stay anonymous, leave the name empty and pass the file on through someone who collects everyone’s answers.</source>
            <translation>Nichts verlässt diese Seite, bis Sie die Antwortdatei selbst verschicken. Sie enthält Ihre Bewertungen und, nur wenn Sie ihn angeben, Ihren Namen. In Tandem sieht die Person, die fragt, nur Durchschnitte aus den Antworten von mindestens drei Personen. Die Datei selbst erreicht sie aber: Wenn Sie sie von Ihrer eigenen Adresse schicken, kann sie erkennen, dass sie von Ihnen stammt. Um anonym zu bleiben, lassen Sie den Namen leer und geben Sie die Datei über jemanden weiter, der die Antworten aller sammelt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Can’t say</source>
            <translation>Kann ich nicht sagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name (optional)</source>
            <translation>Ihr Name (freiwillig)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave it empty to answer anonymously.</source>
            <translation>Lassen Sie das Feld leer, um anonym zu antworten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 answered</source>
            <comment>the form fills in: 12 of 52 answered</comment>
            <translation>%1 von %2 beantwortet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create my response</source>
            <translation>Antwort erstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create it anyway</source>
            <translation>Trotzdem erstellen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 statements have no answer yet; they will count as “Can’t say”.</source>
            <comment>the form fills in a number of 2 or more</comment>
            <translation>%1 Aussagen sind noch nicht beantwortet; sie zählen als „Kann ich nicht sagen“.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One statement has no answer yet; it will count as “Can’t say”.</source>
            <translation>Eine Aussage ist noch nicht beantwortet; sie zählt als „Kann ich nicht sagen“.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You have not rated any statement, so your response would not count. Rate at least one, or choose “Can’t say” where you cannot judge.</source>
            <translation>Sie haben keine Aussage bewertet, daher würde Ihre Antwort nicht zählen. Bewerten Sie mindestens eine oder wählen Sie „Kann ich nicht sagen“, wo Sie es nicht beurteilen können.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your response is ready</source>
            <translation>Ihre Antwort ist fertig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the response file</source>
            <translation>Antwortdatei speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the file back to the person who asked you, for example as an e-mail attachment.</source>
            <translation>Schicken Sie die Datei an die Person zurück, die Sie gefragt hat, zum Beispiel als E-Mail-Anhang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This browser cannot save the file. Copy the text below into an e-mail instead.</source>
            <translation>Dieser Browser kann die Datei nicht speichern. Kopieren Sie stattdessen den Text unten in eine E-Mail.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Or paste this text into an e-mail</source>
            <translation>Oder fügen Sie diesen Text in eine E-Mail ein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the text</source>
            <translation>Text kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copied.</source>
            <translation>Kopiert.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change my answers</source>
            <translation>Antworten ändern</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The feedback form is missing from this Tandem; it cannot write forms.</source>
            <translation>Das Feedback-Formular fehlt in diesem Tandem; es kann keine Formulare schreiben.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This round was made with the questions of version %1; this Tandem has %2. Its responses can still be imported.</source>
            <translation>Diese Runde wurde mit den Fragen der Version %1 erstellt; dieses Tandem hat %2. Ihre Antworten können trotzdem importiert werden.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>en</source>
            <comment>the language of this translation as an HTML language code, such as de</comment>
            <translation>de</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This feedback form needs a web browser with JavaScript switched on, such as a current Firefox, Chrome, Edge or Safari. Please open the file in one of them.</source>
            <translation>Dieses Feedback-Formular braucht einen Webbrowser mit eingeschaltetem JavaScript, etwa ein aktuelles Firefox, Chrome, Edge oder Safari. Bitte öffnen Sie die Datei dort.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This form is damaged and cannot be used. Please ask the person who sent it for a new copy.</source>
            <translation>Dieses Formular ist beschädigt und kann nicht verwendet werden. Bitte fragen Sie die Person, die es geschickt hat, nach einer neuen Kopie.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The feedback form in this Tandem is damaged (%1 must appear exactly once); it cannot write forms.</source>
            <translation>Das Feedback-Formular in diesem Tandem ist beschädigt (%1 muss genau einmal vorkommen); es kann keine Formulare schreiben.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackRepository</name>
        <message>
            <location filename="../core/store/feedbackrepository.cpp" line="+37" />
            <source>The feedback round was not saved: it has no id, time or seal key.</source>
            <translation>Die Feedback-Runde wurde nicht gespeichert: Ihr fehlen Kennung, Zeit oder Siegelschlüssel.</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+14" />
            <location line="+124" />
            <source>There is no feedback round with the id %1.</source>
            <translation>Es gibt keine Feedback-Runde mit der Kennung %1.</translation>
        </message>
        <message>
            <location line="-116" />
            <source>The response was not saved: it has no id, time or seal.</source>
            <translation>Die Antwort wurde nicht gespeichert: Ihr fehlen Kennung, Zeit oder Siegel.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>There is no feedback response with the id %1.</source>
            <translation>Es gibt keine Feedback-Antwort mit der Kennung %1.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackResponseFile</name>
        <message>
            <location filename="../core/domain/feedbackresponsefile.cpp" line="+200" />
            <source>%1 is too large for a feedback response (%2 bytes; at most %3).</source>
            <translation>%1 ist zu groß für eine Feedback-Antwort (%2 Byte; höchstens %3).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a feedback response: it is not UTF-8 text.</source>
            <translation>%1 ist keine Feedback-Antwort: Die Datei ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a feedback response: it holds a NUL byte.</source>
            <translation>%1 ist keine Feedback-Antwort: Die Datei enthält ein NUL-Byte.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 holds no feedback response.</source>
            <translation>%1 enthält keine Feedback-Antwort.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cannot be read as a feedback response: it is damaged or incomplete.</source>
            <translation>%1 kann nicht als Feedback-Antwort gelesen werden: Die Datei ist beschädigt oder unvollständig.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a Tandem feedback response.</source>
            <translation>%1 ist keine Feedback-Antwort von Tandem.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 was made by a newer Tandem form; update Tandem to read it.</source>
            <translation>%1 wurde mit dem Formular eines neueren Tandem erstellt; aktualisieren Sie Tandem, um die Datei zu lesen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 holds “%2” twice, which the form never writes.</source>
            <translation>%1 enthält „%2“ zweimal, was das Formular nie schreibt.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a complete feedback response: it has no “%2”.</source>
            <translation>%1 ist keine vollständige Feedback-Antwort: „%2“ fehlt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 holds “%2”, which a feedback response does not have.</source>
            <translation>%1 enthält „%2“, was es in einer Feedback-Antwort nicht gibt.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 has a damaged round id.</source>
            <translation>%1 hat eine beschädigte Runden-ID.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 has a damaged response id.</source>
            <translation>%1 hat eine beschädigte Antwort-ID.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 has a damaged model version.</source>
            <translation>%1 hat eine beschädigte Modellversion.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 has a damaged seal, so Tandem cannot trust its answers.</source>
            <translation>%1 hat ein beschädigtes Siegel, daher kann Tandem den Antworten nicht vertrauen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 has a damaged rater name.</source>
            <translation>%1 hat einen beschädigten Namen der antwortenden Person.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 gives a rater name that is too long (%2 characters; at most %3).</source>
            <translation>%1 nennt einen zu langen Namen der antwortenden Person (%2 Zeichen; höchstens %3).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 gives a rater name with line breaks, control characters or direction marks, which the form never writes.</source>
            <translation>%1 nennt einen Namen der antwortenden Person mit Zeilenumbrüchen, Steuerzeichen oder Richtungszeichen, die das Formular nie schreibt.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 has no answers.</source>
            <translation>%1 enthält keine Antworten.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 has too many answers (%2; at most %3).</source>
            <translation>%1 enthält zu viele Antworten (%2; höchstens %3).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 answers “%2”, which is not a statement id.</source>
            <translation>%1 beantwortet „%2“, aber das ist keine Kennung einer Aussage.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 gives the statement “%2” the answer %3; an answer is a whole number from 1 to 5, or none for “Can’t say”.</source>
            <translation>%1 gibt der Aussage „%2“ die Antwort %3; eine Antwort ist eine ganze Zahl von 1 bis 5 oder keine für „Kann ich nicht sagen“.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 is a response to another feedback round, not to this one.</source>
            <translation>%1 ist eine Antwort auf eine andere Feedback-Runde, nicht auf diese.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 answers the statements of model version %2, but this round asked those of version %3.</source>
            <translation>%1 beantwortet die Aussagen der Modellversion %2, diese Runde hat aber die der Version %3 gefragt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 names the statement “%2”, which this round did not ask.</source>
            <translation>%1 nennt die Aussage „%2“, nach der diese Runde nicht gefragt hat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 has no answer for the statement “%2”, which this round asked; the form always writes every statement, so the file is incomplete.</source>
            <translation>%1 enthält keine Antwort auf die Aussage „%2“, nach der diese Runde gefragt hat; das Formular schreibt immer jede Aussage, die Datei ist also unvollständig.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 rates no statement: every answer is “Can’t say”, so it would not count.</source>
            <translation>%1 bewertet keine Aussage: Jede Antwort ist „Kann ich nicht sagen“, daher würde sie nicht zählen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 was changed after it was made (or damaged on the way), so Tandem cannot trust its answers. Ask for it to be sent again.</source>
            <translation>%1 wurde nach dem Erstellen verändert (oder unterwegs beschädigt), daher kann Tandem den Antworten nicht vertrauen. Bitten Sie darum, sie noch einmal zu schicken.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackText</name>
        <message>
            <location filename="../ui/feedback/feedbacktext.cpp" line="+16" />
            <source>Too few raters to show</source>
            <translation>Zu wenige Antwortende zum Anzeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No check-in to compare with</source>
            <translation>Kein Check-in zum Vergleich</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Much the same</source>
            <translation>Etwa gleich</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Others see less (blind spot)</source>
            <translation>Andere sehen weniger (blinder Fleck)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Others see more (hidden strength)</source>
            <translation>Andere sehen mehr (verborgene Stärke)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Leadership (index)</source>
            <translation>Führen (Index)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management (index)</source>
            <translation>Managen (Index)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Round of %1</source>
            <translation>Runde vom %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Round of %1 about %2</source>
            <translation>Runde vom %1 über %2</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%1 of %n responses</source>
            <translation>
                <numerusform>%1 von %n Antwort</numerusform>
                <numerusform>%1 von %n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n responses</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message numerus="yes">
            <location filename="../ui/common/format.cpp" line="+36" />
            <source>%Ln assessments</source>
            <translation>
                <numerusform>%Ln Einschätzung</numerusform>
                <numerusform>%Ln Einschätzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln journal entries</source>
            <translation>
                <numerusform>%Ln Journaleintrag</numerusform>
                <numerusform>%Ln Journaleinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln goals</source>
            <translation>
                <numerusform>%Ln Ziel</numerusform>
                <numerusform>%Ln Ziele</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2 and %3</source>
            <translation>%1, %2 und %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>d MMM yyyy</source>
            <comment>date format (Qt): 7 Dec 2026</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <location line="+5" />
            <source>d MMM yyyy HH:mm</source>
            <comment>date and time format (Qt): 7 Dec 2026 09:30</comment>
            <translation>d. MMM yyyy HH:mm</translation>
        </message>
        <message>
            <location line="+5" />
            <source>d MMM</source>
            <comment>date format (Qt) for chart axes: 7 Dec</comment>
            <translation>d. MMM</translation>
        </message>
    </context>
    <context>
        <name>FrameworkCommand</name>
        <message>
            <location filename="../app/cli/frameworkcommand.cpp" line="+20" />
            <source>  (reverse-keyed)</source>
            <translation>  (umgekehrt formuliert)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Tandem skill model %1
</source>
            <translation>Tandem-Fähigkeitenmodell %1
</translation>
        </message>
        <message>
            <location line="+8" />
            <source>
Contrasts (each pole rated on its own)
</source>
            <translation>
Gegensatzpaare (jeder Pol wird für sich bewertet)
</translation>
        </message>
        <message>
            <location line="+9" />
            <source>
Shared areas
</source>
            <translation>
Gemeinsame Bereiche
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>
Answer scale: %1
</source>
            <translation>
Antwortskala: %1
</translation>
        </message>
    </context>
    <context>
        <name>Goal</name>
        <message>
            <location filename="../core/domain/goal.cpp" line="+89" />
            <source>target score</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Give the goal a title: what do you want to do?</source>
            <translation>Geben Sie dem Ziel einen Titel: Was möchten Sie tun?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no skill “%1”; `tandem-cli framework` lists the skills.</source>
            <translation>Es gibt keine Fähigkeit „%1“; `tandem-cli framework` listet die Fähigkeiten auf.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no contrast “%1” whose pole could be the goal's aim; `tandem-cli framework` lists the contrasts.</source>
            <translation>Es gibt kein Gegensatzpaar „%1“, dessen Pol das Ziel sein könnte; `tandem-cli framework` listet die Gegensatzpaare auf.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The target score must be from 0 to 100, not %1.</source>
            <translation>Der Zielwert muss zwischen 0 und 100 liegen, nicht %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The due date (%1) is before the goal began (%2).</source>
            <translation>Das Fälligkeitsdatum (%1) liegt vor dem Beginn des Ziels (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Step %1 has no text: say what to do.</source>
            <translation>Schritt %1 hat keinen Text: Beschreiben Sie, was zu tun ist.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Step %1 is due (%2) before the goal began (%3).</source>
            <translation>Schritt %1 ist vor dem Beginn des Ziels (%3) fällig (%2).</translation>
        </message>
    </context>
    <context>
        <name>GoalRepository</name>
        <message>
            <location filename="../core/store/goalrepository.cpp" line="+48" />
            <location line="+30" />
            <location line="+60" />
            <source>The goal was not saved: %1.</source>
            <translation>Das Ziel wurde nicht gespeichert: %1.</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+72" />
            <location line="+20" />
            <source>There is no goal with the id %1.</source>
            <translation>Es gibt kein Ziel mit der ID %1.</translation>
        </message>
        <message>
            <location line="-48" />
            <source>journal entries given as evidence</source>
            <translation>als Belege angegebene Journaleinträge</translation>
        </message>
    </context>
    <context>
        <name>GoalText</name>
        <message>
            <location filename="../ui/goals/goaltext.cpp" line="+16" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Aufgegeben</translation>
        </message>
        <message>
            <location line="+56" />
            <source>%1 (the leading side of %2)</source>
            <translation>%1 (Pol des Führens in %2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (the managing side of %2)</source>
            <translation>%1 (Pol des Managens in %2)</translation>
        </message>
    </context>
    <context>
        <name>GoalsCommand</name>
        <message>
            <location filename="../app/cli/goalscommand.cpp" line="+31" />
            <source>%1 needs a %2 id</source>
            <translation>%1 braucht eine %2-ID</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a %2 id (a whole number from 1 up)</source>
            <translation>„%1“ ist keine %2-ID (eine ganze Zahl ab 1)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 must be a date such as 2026-11-30, not "%2": %3</source>
            <translation>%1 muss ein Datum sein, etwa 2026-11-30, nicht „%2“: %3</translation>
        </message>
        <message>
            <location line="+67" />
            <source>no steps yet</source>
            <translation>noch keine Schritte</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 of %n steps done</source>
            <translation>
                <numerusform>%1 von %n Schritt erledigt</numerusform>
                <numerusform>%1 von %n Schritten erledigt</numerusform>
            </translation>
        </message>
        <message>
            <location line="+42" />
            <source>give either --skill or --pole, not both</source>
            <translation>geben Sie entweder --skill oder --pole an, nicht beides</translation>
        </message>
        <message>
            <location line="+3" />
            <source>goals add needs --skill ID or --pole CONTRAST:lead|manage (ids from tandem-cli framework)</source>
            <translation>goals add braucht --skill ID oder --pole CONTRAST:lead|manage (IDs aus tandem-cli framework)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>goals add needs --title T</source>
            <translation>goals add braucht --title T</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--pole must be a contrast id and a side, such as vision-execution:lead or vision-execution:manage, not "%1"</source>
            <translation>--pole muss die ID eines Gegensatzpaars und eine Seite sein, etwa vision-execution:lead oder vision-execution:manage, nicht „%1“</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--target must be a whole number from 0 to 100, not "%1"</source>
            <translation>--target muss eine ganze Zahl von 0 bis 100 sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+48" />
            <source>--status must be active, paused, done or dropped, not "%1"</source>
            <translation>--status muss active, paused, done oder dropped sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+29" />
            <source>; due %1</source>
            <translation>; fällig am %1</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Goal %1: %2
</source>
            <translation>Ziel %1: %2
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source> since %1</source>
            <translation> seit %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aim: %1 [%2]</source>
            <translation>Ausrichtung: %1 [%2]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>, target score %1</source>
            <translation>, Zielwert %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Begun: %1
</source>
            <translation>Begonnen: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due: %1
</source>
            <translation>Fällig: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why: %1
</source>
            <translation>Warum: %1
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress: %1
</source>
            <translation>Fortschritt: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>
Steps:
</source>
            <translation>
Schritte:
</translation>
        </message>
        <message>
            <location line="+6" />
            <source>due %1</source>
            <translation>fällig am %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>done %1</source>
            <translation>erledigt am %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>
Evidence:
</source>
            <translation>
Belege:
</translation>
        </message>
        <message>
            <location line="+19" />
            <source>goals step add needs the step's text: goals step add ID TEXT</source>
            <translation>goals step add braucht den Text des Schritts: goals step add ID TEXT</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Added step %1 to goal %2.
</source>
            <translation>Schritt %1 zu Ziel %2 hinzugefügt.
</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 needs the step's number, as goals show prints it</source>
            <translation>%1 braucht die Nummer des Schritts, wie goals show sie anzeigt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>STEP must be a step's number as goals show prints it (1, 2, …), not "%1"</source>
            <translation>STEP muss die Nummer eines Schritts sein, wie goals show sie anzeigt (1, 2, …), nicht „%1“</translation>
        </message>
        <message>
            <location line="+13" />
            <source>STEP: goal %1 has no steps yet</source>
            <translation>STEP: Ziel %1 hat noch keine Schritte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STEP: goal %1 has no step %2; its steps are 1 to %3</source>
            <translation>STEP: Ziel %1 hat keinen Schritt %2; seine Schritte sind 1 bis %3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Step %1 of goal %2 is %3: %4.
</source>
            <translation>Schritt %1 von Ziel %2: %3 – %4.
</translation>
        </message>
        <message>
            <location line="+12" />
            <source>goals step needs one of: add, done, undone</source>
            <translation>goals step braucht eines von: add, done, undone</translation>
        </message>
        <message>
            <location line="+9" />
            <source>unknown goals step command "%1"; choose add, done or undone</source>
            <translation>unbekannter goals-step-Befehl „%1“; wählen Sie add, done oder undone</translation>
        </message>
        <message>
            <location line="+12" />
            <source>journal entry</source>
            <translation>Journaleintrag</translation>
        </message>
        <message>
            <location line="+17" />
            <source>ENTRY: journal entry %1 is not evidence for goal %2</source>
            <translation>ENTRY: Journaleintrag %1 ist kein Beleg für Ziel %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Journal entry %1 is evidence for goal %2.
</source>
            <translation>Journaleintrag %1 ist jetzt ein Beleg für Ziel %2.
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Journal entry %1 is no longer evidence for goal %2.
</source>
            <translation>Journaleintrag %1 ist kein Beleg mehr für Ziel %2.
</translation>
        </message>
        <message>
            <location line="+18" />
            <source>goals status needs the new status: active, paused, done or dropped</source>
            <translation>goals status braucht den neuen Status: active, paused, done oder dropped</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the status must be active, paused, done or dropped, not "%1"</source>
            <translation>der Status muss active, paused, done oder dropped sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Goal %1 is %2.
</source>
            <translation>Ziel %1 hat jetzt den Status %2.
</translation>
        </message>
        <message>
            <location line="+11" />
            <source>goals needs one of: add, list, show, step, link, unlink, status</source>
            <translation>goals braucht eines von: add, list, show, step, link, unlink, status</translation>
        </message>
        <message>
            <location line="+18" />
            <source>unknown goals command "%1"; choose add, list, show, step, link, unlink or status</source>
            <translation>unbekannter goals-Befehl „%1“; wählen Sie add, list, show, step, link, unlink oder status</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../app/cli/importcommand.cpp" line="+45" />
            <source>import needs a file or folder (see tandem-cli --help)</source>
            <translation>import braucht eine Datei oder einen Ordner (siehe tandem-cli --help)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 does not exist</source>
            <translation>%1 existiert nicht</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is empty; there is nothing to import</source>
            <translation>%1 ist leer; es gibt nichts zu importieren</translation>
        </message>
        <message>
            <location line="+7" />
            <source>unknown source "%1"; choose tandem, rednotebook or jrnl</source>
            <translation>unbekannte Quelle „%1“; wählen Sie tandem, rednotebook oder jrnl</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cannot tell what %1 is; say it with --from tandem, rednotebook or jrnl</source>
            <translation>nicht erkennbar, was %1 ist; geben Sie es mit --from tandem, rednotebook oder jrnl an</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+18" />
            <source> Nothing was imported.</source>
            <translation> Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Importing: %1 of %2 records stored…</source>
            <translation>Import: %1 von %2 Datensätzen gespeichert…</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>…and %n more.</source>
            <translation>
                <numerusform>…und %n weiterer.</numerusform>
                <numerusform>…und %n weitere.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSource</name>
        <message>
            <location filename="../core/exchange/importsource.cpp" line="+26" />
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a folder; this format is a single file.</source>
            <translation>%1 ist ein Ordner; dieses Format ist eine einzelne Datei.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
            <translation>%1 ist zu groß für den Import (%2 MB; die Grenze liegt bei %3 MB).</translation>
        </message>
        <message>
            <location line="+119" />
            <source>%1 is not a folder. Choose RedNotebook's data folder, the one with files named like 2026-11.txt.</source>
            <translation>%1 ist kein Ordner. Wählen Sie den Datenordner von RedNotebook, den mit Dateien namens 2026-11.txt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown import format.</source>
            <translation>Unbekanntes Importformat.</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <location filename="../core/exchange/importer.cpp" line="+31" />
            <source> Nothing was imported.</source>
            <translation> Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>an unknown day</source>
            <translation>unbekannten Tag</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the journal entry of %1</source>
            <translation>Journaleintrag vom %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the journal entry “%1” of %2</source>
            <translation>Journaleintrag „%1“ vom %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the goal created on %1</source>
            <translation>Ziel vom %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the goal “%1”</source>
            <translation>Ziel „%1“</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the pulse check-in of %1</source>
            <translation>Kurz-Check vom %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the full assessment of %1</source>
            <translation>Einschätzung vom %1 (vollständig)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>an assessment</source>
            <translation>einer Einschätzung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a journal entry</source>
            <translation>einem Journaleintrag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a goal</source>
            <translation>einem Ziel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a step of a goal</source>
            <translation>einem Schritt eines Ziels</translation>
        </message>
        <message>
            <location line="+150" />
            <source>In the file, %1 cannot be stored: %2.</source>
            <translation>In der Datei kann %1 nicht gespeichert werden: %2.</translation>
        </message>
        <message>
            <location line="+163" />
            <source>%1 has no id.</source>
            <translation>%1 hat keine ID.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The id %1 is used twice, by %2 and by %3.</source>
            <translation>Die ID %1 kommt zweimal vor: bei %2 und bei %3.</translation>
        </message>
        <message>
            <location line="-146" />
            <source>An assessment (%1) has no time.</source>
            <translation>Eine Einschätzung (%1) hat keine Uhrzeit.</translation>
        </message>
        <message>
            <location line="-191" />
            <source>the feedback round of %1</source>
            <translation>die Feedback-Runde vom %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the response %1 to %2</source>
            <translation>die Antwort %1 auf %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>a feedback round</source>
            <translation>eine Feedback-Runde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a colleague's response</source>
            <translation>eine Antwort aus dem Kollegenkreis</translation>
        </message>
        <message>
            <location line="+175" />
            <location line="+108" />
            <source>In %1 the answer to %2 is %3; answers go from 1 to 5.</source>
            <translation>Bei %1 hat %2 die Antwort %3; Antworten reichen von 1 bis 5.</translation>
        </message>
        <message>
            <location line="-92" />
            <source>A journal entry (%1) has no date.</source>
            <translation>Ein Journaleintrag (%1) hat kein Datum.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has the rating %2; ratings go from 1 to 5.</source>
            <translation>%1 hat die Bewertung %2; Bewertungen reichen von 1 bis 5.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 records a decision with the confidence %2; confidence goes from 0 to 100.</source>
            <translation>%1 enthält eine Entscheidung mit der Zuversicht %2; die Zuversicht reicht von 0 bis 100.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 has a review of its decision without the time it was reviewed.</source>
            <translation>%1 enthält einen Rückblick auf die Entscheidung, aber ohne dessen Zeitpunkt.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>journal entries given as evidence</source>
            <translation>als Belege angegebene Journaleinträge</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A goal (%1) has no creation time.</source>
            <translation>Ein Ziel (%1) hat keinen Erstellungszeitpunkt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has the target score %2; targets go from 0 to 100.</source>
            <translation>%1 hat den Zielwert %2; Zielwerte reichen von 0 bis 100.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+271" />
            <source>step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
        <message>
            <location line="-255" />
            <source>In the file, %1 %2.</source>
            <translation>In der Datei: %1 %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>has no creation time</source>
            <translation>hat keine Erstellungszeit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>has no valid seal key</source>
            <translation>hat keinen gültigen Siegelschlüssel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>asks no statement</source>
            <translation>fragt keine Aussage ab</translation>
        </message>
        <message>
            <location line="+2" />
            <source>has a name or a note that is too long</source>
            <translation>hat einen zu langen Namen oder Hinweis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>has an invited count outside 1 to %1</source>
            <translation>hat eine Zahl Eingeladener außerhalb von 1 bis %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In the file, %1 has no time it was received.</source>
            <translation>In der Datei hat %1 keinen Eingangszeitpunkt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In the file, %1 has a rater name that is too long.</source>
            <translation>In der Datei hat %1 einen zu langen Namen der antwortenden Person.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In the file, %1</source>
            <translation>In der Datei: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A setting has no name.</source>
            <translation>Eine Einstellung hat keinen Namen.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+521" />
            <source>the setting %1</source>
            <translation>Einstellung %1</translation>
        </message>
        <message>
            <location line="-493" />
            <source>Could not store %1: %2</source>
            <translation>%1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n assessments</source>
            <translation>
                <numerusform>%n Einschätzung</numerusform>
                <numerusform>%n Einschätzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n Journaleintrag</numerusform>
                <numerusform>%n Journaleinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n goals</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n feedback rounds</source>
            <translation>
                <numerusform>%n Feedback-Runde</numerusform>
                <numerusform>%n Feedback-Runden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n colleagues' responses</source>
            <translation>
                <numerusform>%n Antwort aus dem Kollegenkreis</numerusform>
                <numerusform>%n Antworten aus dem Kollegenkreis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n settings</source>
            <translation>
                <numerusform>%n Einstellung</numerusform>
                <numerusform>%n Einstellungen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 and %2</source>
            <comment>a list of counts: the first ones, the last one</comment>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <comment>between counts in a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <location line="+22" />
            <source>would add %1</source>
            <translation>würde hinzufügen: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>added %1</source>
            <translation>hinzugefügt: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>would update %1</source>
            <translation>würde aktualisieren: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>updated %1</source>
            <translation>aktualisiert: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%1 are already there</source>
            <comment>%1 is a list of counts; %n their sum</comment>
            <translation>
                <numerusform>bereits vorhanden: %1</numerusform>
                <numerusform>bereits vorhanden: %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>would keep your own version of %1</source>
            <translation>würde Ihre eigene Version behalten: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kept your own version of %1</source>
            <translation>Ihre eigene Version behalten: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There was nothing to import.</source>
            <translation>Es gab nichts zu importieren.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The import was stopped; nothing was imported.</source>
            <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>In the file, %1 has the id %2, which in your data belongs to %3.</source>
            <translation>In der Datei hat %1 die ID %2, die in Ihren Daten zu %3 gehört.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>In the file, %1 claims the id of a different assessment in your data (%2, id %3). Assessments never change, so one of the two is not what it says.</source>
            <translation>In der Datei beansprucht %1 die ID einer anderen Einschätzung in Ihren Daten (%2, ID %3). Einschätzungen ändern sich nie, also ist eine der beiden nicht das, was sie vorgibt.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>In the file, %1 has the id %2, which in your data belongs to a step of another goal.</source>
            <translation>In der Datei hat %1 die ID %2, die in Ihren Daten zu einem Schritt eines anderen Ziels gehört.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In the file, %1 names as evidence a journal entry (id %2) that is neither in the file nor in your data.</source>
            <translation>In der Datei nennt %1 einen Journaleintrag (ID %2) als Beleg, der weder in der Datei noch in Ihren Daten vorhanden ist.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>In the file, %1 claims the id of a different feedback round in your data (%2, id %3). A round never changes what it asked, so one of the two is not what it says.</source>
            <translation>In der Datei beansprucht %1 die ID einer anderen Feedback-Runde in Ihren Daten (%2, ID %3). Eine Runde ändert nie, was sie gefragt hat; eine der beiden ist also nicht, was sie vorgibt.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>In the file, %1 has the id %2, which in your data belongs to a response to another feedback round.</source>
            <translation>In der Datei hat %1 die ID %2, die in Ihren Daten zu einer Antwort auf eine andere Feedback-Runde gehört.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>In the file, %1 differs from the response with its id in your data. Responses never change, so one of the two is not what it says.</source>
            <translation>In der Datei weicht %1 von der Antwort mit derselben ID in Ihren Daten ab. Antworten ändern sich nie; eine der beiden ist also nicht, was sie vorgibt.</translation>
        </message>
        <message>
            <location line="+92" />
            <location line="+68" />
            <source>Kept your version of %1: the file's differs but was changed at the same time.</source>
            <translation>Ihre Version von %1 wurde behalten: Die Version in der Datei weicht ab, wurde aber zur selben Zeit geändert.</translation>
        </message>
        <message>
            <location line="-65" />
            <location line="+68" />
            <source>Kept your newer version of %1 (yours was changed on %2, the file's on %3).</source>
            <translation>Ihre neuere Version von %1 wurde behalten (Ihre wurde am %2 geändert, die in der Datei am %3).</translation>
        </message>
        <message>
            <location line="-56" />
            <source>the search index of the new journal entries</source>
            <translation>Der Suchindex der neuen Journaleinträge</translation>
        </message>
        <message>
            <location line="+94" />
            <source>Kept %1 closed, as it is in your data; the file has it open.</source>
            <translation>%1 bleibt geschlossen, wie in Ihren Daten; in der Datei ist sie offen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kept %1 open, as it is in your data; the file has it closed.</source>
            <translation>%1 bleibt offen, wie in Ihren Daten; in der Datei ist sie geschlossen.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Kept your setting %1 (%2); the file has %3.</source>
            <translation>Ihre Einstellung %1 (%2) wurde behalten; die Datei enthält %3.</translation>
        </message>
    </context>
    <context>
        <name>InputReader</name>
        <message numerus="yes">
            <location filename="../core/store/inputreader.cpp" line="+74" />
            <source>%1 bytes</source>
            <translation>
                <numerusform>%1 Byte</numerusform>
                <numerusform>%1 Byte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/exchange/tandemjson.cpp" line="+1234" />
            <location line="+125" />
            <location filename="../core/store/inputreader.cpp" line="+18" />
            <location line="+44" />
            <source>%1 could not be read: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location line="-4" />
            <location filename="../core/store/inputreader.cpp" line="-36" />
            <source>%1 is not a text file: it holds a NUL byte (at byte %2)</source>
            <translation>%1 ist keine Textdatei, denn sie enthält ein NUL-Byte (bei Byte %2)</translation>
        </message>
        <message>
            <location filename="../core/store/inputreader.cpp" line="+7" />
            <location line="+24" />
            <source>%1 is too large: more than %2</source>
            <translation>%1 ist zu groß: mehr als %2</translation>
        </message>
        <message>
            <location line="-14" />
            <source>%1 does not exist</source>
            <translation>%1 existiert nicht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a file</source>
            <translation>%1 ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <location filename="../core/exchange/importsource.cpp" line="+14" />
            <location filename="../core/store/inputreader.cpp" line="+4" />
            <source>%1 is one of Tandem's own data files, open right now; import an export or a backup instead</source>
            <translation>%1 ist eine der Datendateien von Tandem und gerade geöffnet; importieren Sie stattdessen einen Export oder eine Sicherung</translation>
        </message>
        <message>
            <location filename="../core/store/inputreader.cpp" line="+29" />
            <source>%1 is not valid UTF-8 text</source>
            <translation>%1 ist kein gültiger UTF-8-Text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not valid UTF-8 text (at byte %2)</source>
            <translation>%1 ist kein gültiger UTF-8-Text (bei Byte %2)</translation>
        </message>
    </context>
    <context>
        <name>InstanceLock</name>
        <message>
            <location filename="../core/store/instancelock.cpp" line="+36" />
            <source>Could not create the lock file %1: %2</source>
            <translation>Die Sperrdatei %1 konnte nicht angelegt werden: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tandem cannot change its data in %1: %2. Your data was not changed.</source>
            <translation>Tandem kann seine Daten in %1 nicht ändern: %2. Ihre Daten wurden nicht verändert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>it is on a read-only disk</source>
            <translation>der Ordner liegt auf einem schreibgeschützten Datenträger</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you do not have permission to change it</source>
            <translation>Sie haben keine Berechtigung, ihn zu ändern</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The data folder %1 does not exist.</source>
            <translation>Der Datenordner %1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not open the data folder %1.</source>
            <translation>Der Datenordner %1 konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not lock %1: %2</source>
            <translation>%1 konnte nicht gesperrt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>IsoTime</name>
        <message>
            <location filename="../core/domain/isotime.cpp" line="+17" />
            <source>it is not a date in the form 2026-11-30</source>
            <translation>das ist kein Datum der Form 2026-11-30</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is not a time in the form 2026-11-30T09:30 (seconds, a fraction, Z or an offset such as +01:00 may follow)</source>
            <translation>das ist keine Zeitangabe der Form 2026-11-30T09:30 (danach dürfen Sekunden, Sekundenbruchteile, Z oder eine Zeitverschiebung wie +01:00 folgen)</translation>
        </message>
        <message>
            <location line="+40" />
            <source>the year 0000 does not exist</source>
            <translation>das Jahr 0000 gibt es nicht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the month %1 is not 01 to 12</source>
            <translation>der Monat %1 liegt nicht zwischen 01 und 12</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a day of the calendar</source>
            <translation>%1 ist kein Tag im Kalender</translation>
        </message>
        <message>
            <location line="+24" />
            <source>the hour %1 is not 00 to 23</source>
            <translation>die Stunde %1 liegt nicht zwischen 00 und 23</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the minute %1 is not 00 to 59</source>
            <translation>die Minute %1 liegt nicht zwischen 00 und 59</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the second %1 is not 00 to 59</source>
            <translation>die Sekunde %1 liegt nicht zwischen 00 und 59</translation>
        </message>
        <message>
            <location line="+32" />
            <source>the offset %1 is not between -14:00 and +14:00</source>
            <translation>die Zeitverschiebung %1 liegt nicht zwischen -14:00 und +14:00</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" after the time is not understood</source>
            <translation>„%1“ nach der Uhrzeit ist unverständlich</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 does not exist in local time here (the clocks skip it)</source>
            <translation>%1 gibt es in der hiesigen Ortszeit nicht (die Uhren überspringen diese Zeit)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 has no 12:00 in local time here</source>
            <translation>am %1 gibt es in der hiesigen Ortszeit kein 12:00 Uhr</translation>
        </message>
    </context>
    <context>
        <name>JournalCommand</name>
        <message>
            <location filename="../app/cli/journalcommand.cpp" line="+43" />
            <source>--limit must be a whole number from 1 to %1, not "%2"</source>
            <translation>--limit muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
        </message>
        <message>
            <location line="+51" />
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--body-file: standard input could not be read: %1</source>
            <translation>--body-file: Standardeingabe konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+42" />
            <source>journal add needs --title T</source>
            <translation>journal add braucht --title T</translation>
        </message>
        <message>
            <location line="+3" />
            <source>give either --body or --body-file, not both</source>
            <translation>geben Sie entweder --body oder --body-file an, nicht beides</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+328" />
            <source>--mode must be lead, manage or both, not "%1"</source>
            <translation>--mode muss lead, manage oder both sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="-318" />
            <source>--rating must be 1, 2, 3, 4 or 5, not "%1"</source>
            <translation>--rating muss 1, 2, 3, 4 oder 5 sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+115" />
            <source>unknown skill "%1" (see tandem-cli framework)</source>
            <translation>unbekannte Fähigkeit „%1“ (siehe tandem-cli framework)</translation>
        </message>
        <message>
            <location line="-108" />
            <source>--tag needs a name</source>
            <translation>--tag braucht einen Namen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--at must be a date or time such as 2026-11-30 or 2026-11-30T09:30, not "%1": %2</source>
            <translation>--at muss ein Datum oder eine Uhrzeit wie 2026-11-30 oder 2026-11-30T09:30 sein, nicht „%1“: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 belongs to a decision: give --expect TEXT too</source>
            <translation>%1 gehört zu einer Entscheidung: Geben Sie auch --expect TEXT an</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--expect needs what you expect to happen</source>
            <translation>--expect braucht, was Sie erwarten</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--confidence must be a whole number from 0 to 100 (percent), not "%1"</source>
            <translation>--confidence muss eine ganze Zahl von 0 bis 100 (Prozent) sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--review-on must be a date such as 2026-11-30, not "%1": %2</source>
            <translation>--review-on muss ein Datum wie 2026-11-30 sein, nicht „%1“: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--review-on (%1) is before the day of the entry (%2)</source>
            <translation>--review-on (%1) liegt vor dem Tag des Eintrags (%2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>an empty entry is not saved; give a title or a body</source>
            <translation>ein leerer Eintrag wird nicht gespeichert; geben Sie einen Titel oder einen Text an</translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1 must be a date such as 2026-11-30, not "%2": %3</source>
            <translation>%1 muss ein Datum wie 2026-11-30 sein, nicht „%2“: %3</translation>
        </message>
        <message>
            <location line="+49" />
            <source>journal search needs the words to look for</source>
            <translation>journal search braucht die Wörter, nach denen gesucht werden soll</translation>
        </message>
        <message>
            <location line="+30" />
            <source>journal %1 needs an entry id</source>
            <translation>journal %1 braucht eine Eintrags-ID</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not an entry id (a whole number from 1 up)</source>
            <translation>„%1“ ist keine Eintrags-ID (eine ganze Zahl ab 1)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Entry %1, %2
</source>
            <translation>Eintrag %1, %2
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title: %1
</source>
            <translation>Titel: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What I did: %1
</source>
            <translation>Was ich getan habe: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How it went: %1 of 5
</source>
            <translation>Wie es lief: %1 von 5
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags: %1
</source>
            <translation>Schlagwörter: %1
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Skills: %1
</source>
            <translation>Fähigkeiten: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contrasts: %1
</source>
            <translation>Gegensatzpaare: %1
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shared areas: %1
</source>
            <translation>Gemeinsame Bereiche: %1
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Advice: %1 (score %2)
</source>
            <translation>Rat: %1 (Wert %2)
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feelings</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I learned</source>
            <translation>Was ich gelernt habe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next time</source>
            <translation>Beim nächsten Mal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Deleted journal entry %1.
</source>
            <translation>Journaleintrag %1 gelöscht.
</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--outcome needs what happened</source>
            <translation>--outcome braucht, was geschehen ist</translation>
        </message>
        <message>
            <location line="+4" />
            <source>journal review needs --mode lead|manage|both: what you actually did</source>
            <translation>journal review braucht --mode lead|manage|both: was Sie tatsächlich getan haben</translation>
        </message>
        <message>
            <location line="+5" />
            <source>journal review needs --held yes|no|partly: whether what you expected held</source>
            <translation>journal review braucht --held yes|no|partly: ob Ihre Erwartung eingetreten ist</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--held must be yes, no or partly, not "%1"</source>
            <translation>--held muss yes, no oder partly sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+11" />
            <source>ENTRY: journal entry %1 records no decision to review (journal add --expect records one)</source>
            <translation>ENTRY: Journaleintrag %1 enthält keine Entscheidung, auf die Sie zurückblicken könnten (journal add --expect hält eine fest)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Reviewed the decision of journal entry %1: %2.
</source>
            <translation>Rückblick auf die Entscheidung aus Journaleintrag %1 gespeichert: %2.
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>what you expected held</source>
            <translation>Ihre Erwartung ist eingetreten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>what you expected partly held</source>
            <translation>Ihre Erwartung ist teilweise eingetreten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>what you expected did not hold</source>
            <translation>Ihre Erwartung ist nicht eingetreten</translation>
        </message>
        <message>
            <location line="+11" />
            <source>journal needs one of: add, list, search, show, delete, review</source>
            <translation>journal braucht einen dieser Befehle: add, list, search, show, delete, review</translation>
        </message>
        <message>
            <location line="+16" />
            <source>unknown journal command "%1"; choose add, list, search, show, delete or review</source>
            <translation>unbekannter journal-Befehl „%1“; wählen Sie add, list, search, show, delete oder review</translation>
        </message>
    </context>
    <context>
        <name>JournalRepository</name>
        <message>
            <location filename="../core/store/journalrepository.cpp" line="+65" />
            <location line="+233" />
            <source>The journal entry was not saved: %1.</source>
            <translation>Der Journaleintrag wurde nicht gespeichert: %1.</translation>
        </message>
        <message>
            <location line="-154" />
            <source>A tag cannot be empty.</source>
            <translation>Ein Schlagwort darf nicht leer sein.</translation>
        </message>
        <message>
            <location line="+123" />
            <location line="+48" />
            <location line="+66" />
            <source>There is no journal entry with the id %1.</source>
            <translation>Es gibt keinen Journaleintrag mit der ID %1.</translation>
        </message>
        <message>
            <location line="+532" />
            <source>The journal's search index is not kept up to date in this file (its trigger is missing).</source>
            <translation>In dieser Datei wird der Suchindex des Journals nicht aktuell gehalten (sein Trigger fehlt).</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The entries were not indexed.</source>
            <translation>Die Einträge wurden nicht indiziert.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The entries were already indexed.</source>
            <translation>Die Einträge wurden bereits indiziert.</translation>
        </message>
    </context>
    <context>
        <name>JrnlImport</name>
        <message>
            <location filename="../core/exchange/jrnlimport.cpp" line="+21" />
            <source>Entry %1 of the jrnl file: %2</source>
            <translation>Eintrag %1 der jrnl-Datei: %2</translation>
        </message>
        <message>
            <location line="+42" />
            <source>it is not an object with a title, body, date and time.</source>
            <translation>er ist kein Objekt mit Titel, Text, Datum und Uhrzeit.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"%1" should be text.</source>
            <translation>„%1“ sollte Text sein.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>"date" should be a date like 2024-03-01, not "%1".</source>
            <translation>„date“ sollte ein Datum wie 2024-03-01 sein, nicht „%1“.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"time" should be a time like 09:30, not "%1".</source>
            <translation>„time“ sollte eine Uhrzeit wie 09:30 sein, nicht „%1“.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 %2 is not a time that exists here.</source>
            <translation>%1 %2 ist eine Zeit, die es hier nicht gibt.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"starred" should be true or false.</source>
            <translation>„starred“ sollte true oder false sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"tags" should be a list of tags.</source>
            <translation>„tags“ sollte eine Liste von Schlagwörtern sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>every tag should be text.</source>
            <translation>jedes Schlagwort sollte Text sein.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The jrnl file is larger than %1 MiB, which no journal export is; it was not read.</source>
            <translation>Die jrnl-Datei ist größer als %1 MiB – so groß ist kein Journal-Export; sie wurde nicht gelesen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The jrnl file is not UTF-8 text, so it is not an export of jrnl.</source>
            <translation>Die jrnl-Datei ist kein UTF-8-Text und damit kein Export von jrnl.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The jrnl file is not valid JSON (%1 at character %2).</source>
            <translation>Die jrnl-Datei ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The jrnl file does not hold an export of jrnl: it should be an object with "entries".</source>
            <translation>Die jrnl-Datei enthält keinen Export von jrnl; sie sollte ein Objekt mit „entries“ sein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The jrnl file's "tags" should be an object of tag counts.</source>
            <translation>„tags“ in der jrnl-Datei sollte ein Objekt mit der Anzahl je Schlagwort sein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The jrnl file has no list of "entries", so it is not an export of jrnl.</source>
            <translation>Die jrnl-Datei hat keine Liste „entries“ und ist damit kein Export von jrnl.</translation>
        </message>
    </context>
    <context>
        <name>LearnContent</name>
        <message>
            <location filename="../ui/learn/learncontent.cpp" line="+40" />
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Two roles</source>
            <translation>Zwei Rollen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The five contrasts</source>
            <translation>Die fünf Gegensatzpaare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Common ground</source>
            <translation>Gemeinsamkeiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skills for leading</source>
            <translation>Fähigkeiten fürs Führen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skills for managing</source>
            <translation>Fähigkeiten fürs Managen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When to lead, when to manage</source>
            <translation>Wann führen, wann managen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance over time</source>
            <translation>Balance über die Zeit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Growing</source>
            <translation>Wachsen</translation>
        </message>
        <message>
            <location line="+72" />
            <source>the leading side</source>
            <translation>Pol des Führens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the managing side</source>
            <translation>Pol des Managens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try this:</source>
            <translation>Probieren Sie Folgendes:</translation>
        </message>
        <message>
            <location line="+18" />
            <source>When you lead</source>
            <translation>Wenn Sie führen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you manage</source>
            <translation>Wenn Sie managen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>What it looks like in a week:</source>
            <translation>Wie das in einer Woche aussieht:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ways to practise:</source>
            <translation>So können Sie üben:</translation>
        </message>
    </context>
    <context>
        <name>MarkdownExport</name>
        <message>
            <location filename="../core/exchange/markdownexport.cpp" line="+41" />
            <source>Led</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managed</source>
            <translation>Gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Led and managed</source>
            <translation>Geführt und gemanagt</translation>
        </message>
        <message>
            <location line="+9" />
            <source>1 of 5, badly</source>
            <translation>1 von 5, schlecht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2 of 5, not well</source>
            <translation>2 von 5, nicht gut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3 of 5, so-so</source>
            <translation>3 von 5, mittelmäßig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4 of 5, well</source>
            <translation>4 von 5, gut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>5 of 5, very well</source>
            <translation>5 von 5, sehr gut</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lean towards leading</source>
            <translation>eher führen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lean towards managing</source>
            <translation>eher managen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>blend leading and managing</source>
            <translation>Führen und Managen verbinden</translation>
        </message>
        <message>
            <location line="+6" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partly</source>
            <translation>teilweise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What I did</source>
            <translation>Was ich getan habe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How it went</source>
            <translation>Wie es lief</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feelings</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I learned</source>
            <translation>Was ich gelernt habe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next time</source>
            <translation>Beim nächsten Mal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What I expect</source>
            <translation>Was ich erwarte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How sure I am</source>
            <translation>Wie sicher ich bin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look back on</source>
            <translation>Rückblick am</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Looked back on</source>
            <translation>Zurückgeblickt am</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What happened</source>
            <translation>Was geschehen ist</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What I actually did</source>
            <translation>Was ich tatsächlich getan habe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did it turn out as I expected</source>
            <translation>Ist es so gekommen, wie ich erwartet habe</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contrasts</source>
            <translation>Gegensatzpaare</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared areas</source>
            <translation>Gemeinsame Bereiche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Advisor</source>
            <translation>Ratgeber</translation>
        </message>
        <message>
            <location line="+110" />
            <source>No journal entries.</source>
            <translation>Keine Journaleinträge.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Journal, %1 %2</source>
            <extracomment>Heading of a month's Markdown file, e.g. "Journal, March 2024"</extracomment>
            <translation>Journal, %1 %2</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../ui/mainwindow/pageid.cpp" line="+42" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learn</source>
            <translation>Lernen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>PrivateFile</name>
        <message>
            <location filename="../core/store/privatefile.cpp" line="+27" />
            <source>%1 is a folder; choose a file name.</source>
            <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is one of Tandem's own data files; choose another name.</source>
            <translation>%1 ist eine der Datendateien von Tandem; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You do not have permission to write in the folder %1.</source>
            <translation>Sie haben keine Schreibberechtigung für den Ordner %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not make %1 private to you: %2</source>
            <translation>Der Zugriff auf %1 konnte nicht auf Sie beschränkt werden: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <location line="+13" />
            <source>Could not write %1: %2. Nothing was changed there.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Dort wurde nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>ProfileCommand</name>
        <message>
            <location filename="../app/cli/profilecommand.cpp" line="+92" />
            <source>(real change)</source>
            <translation>(echte Veränderung)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(within noise)</source>
            <translation>(im Rahmen des Rauschens)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <location line="+21" />
            <source>there is no full assessment yet; take one in the app, or with tandem-cli assess</source>
            <translation>es gibt noch keine vollständige Einschätzung; machen Sie eine in der App oder mit tandem-cli assess</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Full assessment of %1, %2
</source>
            <translation>Vollständige Einschätzung vom %1, %2
</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Profile: %1
</source>
            <translation>Profil: %1
</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leadership %1, management %2, balance %3%4
</source>
            <translation>Führung %1, Management %2, Balance %3%4
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>
Strengths: %1
Growth areas: %2
</source>
            <translation>
Stärken: %1
Wachstumsfelder: %2
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is your first full assessment: changes show from the next one.
</source>
            <translation>Dies ist Ihre erste vollständige Einschätzung: Veränderungen zeigen sich ab der nächsten.
</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--kind must be full or pulse, not "%1"</source>
            <translation>--kind muss full oder pulse sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No assessments yet.
</source>
            <translation>Noch keine Einschätzungen.
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1  %2  leadership %3  management %4  %5
</source>
            <translation>%1  %2  Führung %3  Management %4  %5
</translation>
        </message>
    </context>
    <context>
        <name>ProgressData</name>
        <message>
            <location filename="../core/store/progressdata.cpp" line="+31" />
            <source>Leading and managing</source>
            <translation>Führen und Managen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mainly leading</source>
            <translation>Vor allem Führen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mainly managing</source>
            <translation>Vor allem Managen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Developing both</source>
            <translation>Beides im Aufbau</translation>
        </message>
        <message>
            <location line="+246" />
            <source>Choose an assessment from before the latest one to compare with.</source>
            <translation>Wählen Sie zum Vergleich eine Einschätzung, die vor der neuesten liegt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Assessment %1 is a pulse; the skill profile compares full assessments only.</source>
            <translation>Einschätzung %1 ist ein Kurz-Check; das Fähigkeitsprofil vergleicht nur vollständige Einschätzungen.</translation>
        </message>
    </context>
    <context>
        <name>ProgressReport</name>
        <message>
            <location filename="../ui/exchange/datatransfer.cpp" line="+189" />
            <location filename="../ui/report/progressreport.cpp" line="+159" />
            <source>The report could not be made: %1</source>
            <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/report/progressreport.cpp" line="-112" />
            <source>you were surer than it turned out</source>
            <translation>Sie waren sich sicherer, als es sich dann zeigte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it turned out better than you thought</source>
            <translation>es lief besser, als Sie dachten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you were about as sure as it turned out</source>
            <translation>Ihre Zuversicht passte gut zum Ergebnis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no scores</source>
            <translation>keine Werte</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, within the noise</source>
            <translation>%1, im Rahmen des Rauschens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, a real rise of %2</source>
            <translation>%1, ein echter Anstieg um %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, a real fall of %2</source>
            <translation>%1, ein echter Rückgang um %2</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Led</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managed</source>
            <translation>Gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Both</source>
            <translation>Beides</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not said</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The report could not be saved: the folder %1 does not exist.</source>
            <translation>Der Bericht konnte nicht gespeichert werden: Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The report could not be saved: %1 is a folder.</source>
            <translation>Der Bericht konnte nicht gespeichert werden: %1 ist ein Ordner.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Tandem progress report %1.pdf</source>
            <translation>Tandem-Fortschrittsbericht %1.pdf</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+35" />
            <source>The report could not be saved: %1</source>
            <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+41" />
            <source>Tandem progress report</source>
            <translation>Tandem-Fortschrittsbericht</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Tandem progress report · %1</source>
            <translation>Tandem-Fortschrittsbericht · %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The report could not be saved to %1: the PDF could not be drawn</source>
            <translation>Der Bericht konnte nicht unter %1 gespeichert werden: Das PDF ließ sich nicht erzeugen</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Period covered: %1 to %2</source>
            <translation>Zeitraum: %1 bis %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No records yet</source>
            <translation>Noch keine Daten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Generated on %1 at %2</source>
            <translation>Erstellt am %1 um %2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Full assessments</source>
            <translation>Vollständige Einschätzungen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly pulses</source>
            <translation>Wöchentliche Kurz-Checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Journal entries</source>
            <translation>Journaleinträge</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+292" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location line="-282" />
            <source>Nothing to report yet</source>
            <translation>Noch nichts zu berichten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This report fills in as you use Tandem: your profile, how it changes over time, your goals and what your journal shows. There is nothing in Tandem yet, so here is how to start.</source>
            <translation>Dieser Bericht füllt sich, während Sie Tandem nutzen: Ihr Profil, wie es sich mit der Zeit verändert, Ihre Ziele und was Ihr Journal zeigt. Noch ist nichts in Tandem, deshalb hier ein paar Schritte für den Anfang.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take your first full assessment.</source>
            <translation>Machen Sie Ihre erste vollständige Einschätzung.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Check-in: about ten minutes, and it gives you your profile on every skill.</source>
            <translation>Unter „Check-in“: etwa zehn Minuten, und Sie erhalten Ihr Profil für jede Fähigkeit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write about a real situation.</source>
            <translation>Schreiben Sie über eine echte Situation.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After a meeting, a decision or a hard talk, note in the Journal what happened and whether you led or managed. A few lines are enough.</source>
            <translation>Halten Sie nach einer Besprechung, einer Entscheidung oder einem schwierigen Gespräch im Journal fest, was geschehen ist und ob Sie geführt oder gemanagt haben. Ein paar Zeilen genügen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the rhythm.</source>
            <translation>Bleiben Sie im Rhythmus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A one-minute pulse each week, a full assessment every few weeks. From the second full assessment on, this report shows which changes are real.</source>
            <translation>Jede Woche ein einminütiger Kurz-Check, alle paar Wochen eine vollständige Einschätzung. Ab der zweiten vollständigen Einschätzung zeigt dieser Bericht, welche Veränderungen echt sind.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Your profile</source>
            <translation>Ihr Profil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You have not taken a full assessment yet. It takes about ten minutes and shows where you stand on every skill, and how leading and managing balance for you.</source>
            <translation>Sie haben noch keine vollständige Einschätzung gemacht. Sie dauert etwa zehn Minuten und zeigt, wo Sie bei jeder Fähigkeit stehen und wie sich Führen und Managen bei Ihnen die Waage halten.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>From your full assessment of %1.</source>
            <translation>Aus Ihrer vollständigen Einschätzung vom %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+167" />
            <location line="+207" />
            <source>Leadership index</source>
            <translation>Führungsindex</translation>
        </message>
        <message>
            <location line="-372" />
            <location line="+166" />
            <location line="+208" />
            <source>Management index</source>
            <translation>Managementindex</translation>
        </message>
        <message>
            <location line="-371" />
            <source>towards leading</source>
            <translation>in Richtung Führen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>towards managing</source>
            <translation>in Richtung Managen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>even</source>
            <translation>ausgeglichen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+51" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Leading skills</source>
            <translation>Fähigkeiten des Führens</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Managing skills</source>
            <translation>Fähigkeiten des Managens</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+338" />
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location line="-337" />
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 real</source>
            <translation>%1 echt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not enough answers</source>
            <translation>zu wenige Antworten</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+127" />
            <source>Leadership</source>
            <translation>Führung</translation>
        </message>
        <message>
            <location line="-126" />
            <location line="+127" />
            <source>Management</source>
            <translation>Management</translation>
        </message>
        <message>
            <location line="-119" />
            <source>No real change since your full assessment of %1: every difference is within the day-to-day noise of the answers.</source>
            <translation>Keine echte Veränderung seit Ihrer vollständigen Einschätzung vom %1: Alle Unterschiede liegen im alltäglichen Rauschen der Antworten.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Real changes since your full assessment of %1:</source>
            <translation>Echte Veränderungen seit Ihrer vollständigen Einschätzung vom %1:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A change is called real only when it is larger than the smallest change the answers can show (MDC95, see Learn); smaller ones, in grey, are within the noise.</source>
            <translation>Eine Veränderung gilt nur dann als echt, wenn sie größer ist als die kleinste Veränderung, die sich an den Antworten erkennen lässt (MDC95, siehe „Lernen“); kleinere, in Grau, liegen im Rahmen des Rauschens.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is your first full assessment. From the next one on, the report shows what has really changed.</source>
            <translation>Dies ist Ihre erste vollständige Einschätzung. Ab der nächsten zeigt der Bericht, was sich wirklich verändert hat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Strengths and where to grow</source>
            <translation>Stärken und wo Sie wachsen können</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your skills are level with each other this time, so none stands out.</source>
            <translation>Ihre Fähigkeiten liegen diesmal gleichauf, keine sticht heraus.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Try this:</source>
            <translation>Probieren Sie Folgendes:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your strengths</source>
            <translation>Ihre Stärken</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where to grow</source>
            <translation>Wo Sie wachsen können</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The five contrasts</source>
            <translation>Die fünf Gegensatzpaare</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each pole is scored on its own, so you can be strong at both ends of a contrast.</source>
            <translation>Jeder Pol wird für sich bewertet, Sie können also an beiden Enden eines Gegensatzpaars stark sein.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leading pole</source>
            <translation>Pol Führen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managing pole</source>
            <translation>Pol Managen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trends</source>
            <translation>Trends</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trends start with your full assessments: take one in Check-in, and another a few weeks later, to see how your skills move.</source>
            <translation>Trends beginnen mit Ihren vollständigen Einschätzungen: Machen Sie eine unter „Check-in“ und einige Wochen später eine weitere, um zu sehen, wie sich Ihre Fähigkeiten entwickeln.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trends need at least two full assessments, and you have one so far. Take another in a few weeks to see how your skills move.</source>
            <translation>Für Trends braucht es mindestens zwei vollständige Einschätzungen, bisher haben Sie eine. Machen Sie in einigen Wochen eine weitere, um zu sehen, wie sich Ihre Fähigkeiten entwickeln.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your %1 full assessments from %2 to %3.</source>
            <translation>Ihre %1 vollständigen Einschätzungen vom %2 bis %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Each point is the mean of a week's assessments.</source>
            <translation>Jeder Punkt ist der Mittelwert der Einschätzungen einer Woche.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each point is the mean of a month's assessments.</source>
            <translation>Jeder Punkt ist der Mittelwert der Einschätzungen eines Monats.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each point is the mean of a quarter's assessments.</source>
            <translation>Jeder Punkt ist der Mittelwert der Einschätzungen eines Quartals.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each point is the mean of a year's assessments.</source>
            <translation>Jeder Punkt ist der Mittelwert der Einschätzungen eines Jahres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The shaded band around the first score is the smallest change that counts as real: a line that leaves it has really moved.</source>
            <translation>Das schattierte Band um den ersten Wert ist die kleinste Veränderung, die als echt gilt: Eine Linie, die es verlässt, hat sich wirklich bewegt.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Leading and managing</source>
            <translation>Führen und Managen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No real change from the first score</source>
            <translation>Keine echte Veränderung seit dem ersten Wert</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Each skill</source>
            <translation>Die einzelnen Fähigkeiten</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+64" />
            <source>Done</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location line="-63" />
            <source>Dropped</source>
            <translation>Aufgegeben</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No goal is active just now. Pick one of your growth areas and set the next goal with a few concrete steps.</source>
            <translation>Zurzeit ist kein Ziel aktiv. Wählen Sie eines Ihrer Wachstumsfelder und setzen Sie sich das nächste Ziel mit ein paar konkreten Schritten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No goals yet. Pick one of your growth areas and set a goal with a few concrete steps.</source>
            <translation>Noch keine Ziele. Wählen Sie eines Ihrer Wachstumsfelder und setzen Sie sich ein Ziel mit ein paar konkreten Schritten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active and paused goals</source>
            <translation>Aktive und pausierte Ziele</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active goals</source>
            <translation>Aktive Ziele</translation>
        </message>
        <message>
            <location line="+7" />
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>due %1</source>
            <translation>fällig am %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no date</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <location line="+7" />
            <source>target %1</source>
            <translation>Zielwert %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>target %1, now %2</source>
            <translation>Zielwert %1, aktuell %2</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%1 of %n steps done</source>
            <translation>
                <numerusform>%1 von %n Schritt erledigt</numerusform>
                <numerusform>%1 von %n Schritten erledigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+38" />
            <source>%1 of %n steps</source>
            <translation>
                <numerusform>%1 von %n Schritt</numerusform>
                <numerusform>%1 von %n Schritten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>The %1 goals done most recently; %n earlier ones are in Tandem.</source>
            <translation>
                <numerusform>Die %1 zuletzt abgeschlossenen Ziele; %n früheres Ziel finden Sie in Tandem.</numerusform>
                <numerusform>Die %1 zuletzt abgeschlossenen Ziele; %n frühere finden Sie in Tandem.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>How colleagues see you</source>
            <translation>Wie Kolleginnen und Kollegen Sie sehen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A feedback round shows here once %1 colleagues have answered it, so that no single answer can be recognised.</source>
            <translation>Eine Feedback-Runde erscheint hier, sobald %1 Personen geantwortet haben, damit keine einzelne Antwort erkennbar ist.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>From the feedback round of %1: %n colleagues answered.</source>
            <translation>
                <numerusform>Aus der Feedback-Runde vom %1: %n Person hat geantwortet.</numerusform>
                <numerusform>Aus der Feedback-Runde vom %1: %n Personen haben geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>“You” is your full assessment of %1.</source>
            <translation>„Sie“ ist Ihre vollständige Einschätzung vom %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You had taken no full assessment by then, so there is no view of your own to compare.</source>
            <translation>Bis dahin hatten Sie keine vollständige Einschätzung gemacht; es gibt also keine eigene Sicht zum Vergleich.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colleagues</source>
            <translation>Kollegium</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gap</source>
            <translation>Abstand</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 ± %2</source>
            <translation>%1 ± %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>; raters disagree</source>
            <translation>; die Antwortenden sind uneins</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A gap is marked only when it is larger than what the number of colleagues and the noise of the answers allow. Colleagues' scores show only from %1 answers on, and never their lowest or highest.</source>
            <translation>Ein Abstand wird nur markiert, wenn er größer ist, als die Zahl der Antworten und das Rauschen der Antworten erlauben. Werte aus dem Kollegium erscheinen erst ab %1 Antworten, und nie ihr niedrigster oder höchster Wert.</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>Of the %Ln decisions you looked back on, what you expected came about in %1, partly in %2 and not in %3.</source>
            <translation>
                <numerusform>Sie haben auf %Ln Entscheidung zurückgeblickt: Ihre Erwartung ist bei %1 davon eingetreten, bei %2 teilweise und bei %3 nicht.</numerusform>
                <numerusform>Sie haben auf %Ln Entscheidungen zurückgeblickt: Ihre Erwartung ist bei %1 davon eingetreten, bei %2 teilweise und bei %3 nicht.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-147" />
            <source> (due %1)</source>
            <translation> (fällig am %1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step: %1</source>
            <translation>Nächster Schritt: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(done %1)</source>
            <translation>(erledigt am %1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The report lists %1 of your active and paused goals, those due soonest; %2 more are in Tandem.</source>
            <translation>Der Bericht führt %1 Ihrer aktiven und pausierten Ziele auf, die als Nächstes fällig sind; %2 weitere finden Sie in Tandem.</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Decisions looked back on</source>
            <translation>Entscheidungen im Rückblick</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No decisions recorded yet. When a journal entry is about a decision, note what you expect to happen and how sure you are; when you look back on it a few weeks later, this section shows how often your expectations held and whether following the advisor paid off.</source>
            <translation>Noch keine Entscheidungen festgehalten. Wenn es in einem Journaleintrag um eine Entscheidung geht, notieren Sie, was Sie erwarten und wie sicher Sie sind; wenn Sie einige Wochen später darauf zurückblicken, zeigt dieser Abschnitt, wie oft Ihre Erwartungen eingetreten sind und ob es sich gelohnt hat, dem Ratgeber zu folgen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Recorded</source>
            <translation>Festgehalten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Looked back on</source>
            <translation>Rückblicke</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expectations held</source>
            <translation>Erwartungen eingetreten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Still to review</source>
            <translation>Rückblick ausstehend</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 due now</source>
            <translation>%1 jetzt fällig</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You have not looked back on any of them yet. When a review date comes, Tandem asks what happened; your answers fill in this section.</source>
            <translation>Sie haben noch auf keine davon zurückgeblickt. Wenn ein Rückblick fällig wird, fragt Tandem, was geschehen ist; Ihre Antworten füllen diesen Abschnitt.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>How sure you were, and how it turned out</source>
            <translation>Wie sicher Sie waren und wie es ausging</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When you were</source>
            <translation>Wie sicher Sie waren</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+28" />
            <source>held</source>
            <translation>eingetreten</translation>
        </message>
        <message>
            <location line="-24" />
            <source>%1 % sure</source>
            <translation>%1 % sicher</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <location line="+18" />
            <source>%Ln decisions</source>
            <translation>
                <numerusform>%Ln Entscheidung</numerusform>
                <numerusform>%Ln Entscheidungen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+120" />
            <source>Ratings are your own answer, from 1 to 5, to how a situation went; only rated entries count. A bar is empty at 1 and full at 5. "Followed the advice" means you did what the Lead or Manage? advisor suggested.</source>
            <translation>Bewertungen sind Ihre eigene Antwort von 1 bis 5 darauf, wie eine Situation lief; nur bewertete Einträge zählen. Ein Balken ist bei 1 leer und bei 5 voll. „Rat befolgt“ bedeutet, dass Sie getan haben, was der Ratgeber „Führen oder Managen?“ vorgeschlagen hat.</translation>
        </message>
        <message>
            <location line="-141" />
            <source>%1–%2 % sure</source>
            <translation>%1–%2 % sicher</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none looked back on</source>
            <translation>noch kein Rückblick</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An expectation that partly held counts as half. When the share that held is close to how sure you were, your sense of certainty can be trusted; well below it, you tend to be too sure; well above it, you are right more often than you think.</source>
            <translation>Eine teilweise eingetretene Erwartung zählt halb. Liegt der Anteil der eingetretenen Erwartungen nahe daran, wie sicher Sie waren, können Sie Ihrem Gefühl der Sicherheit trauen; liegt er deutlich darunter, sind Sie sich oft zu sicher; liegt er deutlich darüber, haben Sie öfter recht, als Sie denken.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The advisor's advice and how it turned out</source>
            <translation>Der Rat des Ratgebers und wie es ausging</translation>
        </message>
        <message>
            <location line="+4" />
            <source>When you</source>
            <translation>Ihr Vorgehen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+108" />
            <source>Followed the advice</source>
            <translation>Rat befolgt</translation>
        </message>
        <message>
            <location line="-107" />
            <location line="+108" />
            <source>Chose differently</source>
            <translation>Anders entschieden</translation>
        </message>
        <message>
            <location line="-107" />
            <source>Did not ask the advisor</source>
            <translation>Ratgeber nicht gefragt</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Whether you followed the advice or not made little difference to how often your expectations held (%1 against %2).</source>
            <translation>Ob Sie dem Rat gefolgt sind oder nicht, hat kaum etwas daran geändert, wie oft Ihre Erwartungen eingetreten sind (%1 gegenüber %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your expectations held more often when you followed the advice (%1) than when you chose differently (%2).</source>
            <translation>Ihre Erwartungen sind öfter eingetreten, wenn Sie dem Rat gefolgt sind (%1), als wenn Sie anders entschieden haben (%2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your expectations held more often when you chose differently from the advice (%2) than when you followed it (%1): your own reading of these situations has served you well.</source>
            <translation>Ihre Erwartungen sind öfter eingetreten, wenn Sie anders entschieden haben als empfohlen (%2), als wenn Sie dem Rat gefolgt sind (%1): Ihre eigene Einschätzung dieser Situationen hat sich bewährt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"Followed the advice" means that what you did, as you said at the review, was what the Lead or Manage? advisor suggested.</source>
            <translation>„Rat befolgt“ bedeutet, dass Sie – so Ihre Angabe beim Rückblick – das getan haben, was der Ratgeber „Führen oder Managen?“ vorgeschlagen hat.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Journal highlights</source>
            <translation>Das Journal im Überblick</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No journal entries yet. After a meeting, a decision or a hard talk, write down what happened and whether you led or managed: a few lines are enough, and over time this section shows what works for you.</source>
            <translation>Noch keine Journaleinträge. Schreiben Sie nach einer Besprechung, einer Entscheidung oder einem schwierigen Gespräch auf, was geschehen ist und ob Sie geführt oder gemanagt haben: Ein paar Zeilen genügen, und mit der Zeit zeigt dieser Abschnitt, was für Sie funktioniert.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First entry</source>
            <translation>Erster Eintrag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A month, on average</source>
            <translation>Pro Monat im Schnitt</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Entries per quarter</source>
            <translation>Einträge pro Quartal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Entries per month</source>
            <translation>Einträge pro Monat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What you did</source>
            <translation>Was Sie getan haben</translation>
        </message>
        <message>
            <location line="+13" />
            <source>How it went</source>
            <translation>Wie es lief</translation>
        </message>
        <message>
            <location line="+12" />
            <source>of 5 · %1 rated</source>
            <translation>von 5 · %1 bewertet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>By what you did</source>
            <translation>Nach Ihrem Vorgehen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By the advisor's advice</source>
            <translation>Nach dem Rat des Ratgebers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You have not rated a situation in which you asked the Lead or Manage? advisor yet.</source>
            <translation>Sie haben noch keine Situation bewertet, in der Sie den Ratgeber „Führen oder Managen?“ gefragt haben.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No advice asked</source>
            <translation>Kein Rat eingeholt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no rated entries</source>
            <translation>keine bewerteten Einträge</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What you learned</source>
            <translation>Was Sie gelernt haben</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
    </context>
    <context>
        <name>RecordLimits</name>
        <message>
            <location filename="../core/domain/recordlimits.cpp" line="+19" />
            <source>an id among the %1 is too long (%2 characters; at most %3)</source>
            <translation>eine der IDs unter %1 ist zu lang (%2 Zeichen; höchstens %3)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the advice's model version</source>
            <translation>die Modellversion des Rats</translation>
        </message>
        <message>
            <location line="+11" />
            <source>advice's answers</source>
            <translation>Antworten des Rats</translation>
        </message>
        <message>
            <location line="+5" />
            <source>advice's drivers</source>
            <translation>Einflussfaktoren des Rats</translation>
        </message>
        <message>
            <location line="+6" />
            <source>an id among the advice's drivers is too long (%1 characters; at most %2)</source>
            <translation>eine der IDs unter den Einflussfaktoren des Rats ist zu lang (%1 Zeichen; höchstens %2)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 is too long (%2 characters; at most %3)</source>
            <translation>%1 ist zu lang (%2 Zeichen; höchstens %3)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>there are too many %1 (%2; at most %3)</source>
            <translation>es gibt zu viele %1 (%2; höchstens %3)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the expectation</source>
            <translation>die Erwartung</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the review's outcome</source>
            <translation>das Ergebnis des Rückblicks</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the goal's title</source>
            <translation>der Titel des Ziels</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the goal's "why"</source>
            <translation>das „Warum“ des Ziels</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the goal's target id</source>
            <translation>die ID, auf die sich das Ziel bezieht</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the text of step %1</source>
            <translation>der Text von Schritt %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the tip id of step %1</source>
            <translation>die Tipp-ID von Schritt %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>journal entries given as evidence</source>
            <translation>als Belege angegebene Journaleinträge</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the model version</source>
            <translation>die Modellversion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the note</source>
            <translation>die Notiz</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a statement id among the answers is too long (%1 characters; at most %2)</source>
            <translation>eine Aussagen-ID unter den Antworten ist zu lang (%1 Zeichen; höchstens %2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a setting has no name</source>
            <translation>eine Einstellung hat keinen Namen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the name of a setting</source>
            <translation>der Name einer Einstellung</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the value of the setting "%1"</source>
            <translation>der Wert der Einstellung „%1“</translation>
        </message>
    </context>
    <context>
        <name>RedNotebookImport</name>
        <message>
            <location filename="../core/exchange/rednotebookimport.cpp" line="+116" />
            <source>there is more after the end of the month's data (a second YAML document or text at the wrong indentation)</source>
            <translation>nach dem Ende der Monatsdaten folgt noch etwas (ein zweites YAML-Dokument oder Text mit falscher Einrückung)</translation>
        </message>
        <message>
            <location line="+55" />
            <location line="+718" />
            <source>a tab is used to indent; YAML allows only spaces there</source>
            <translation>zum Einrücken wird ein Tabulator verwendet; YAML erlaubt dort nur Leerzeichen</translation>
        </message>
        <message>
            <location line="-671" />
            <source>unexpected "%1" after the value</source>
            <translation>unerwartetes „%1“ nach dem Wert</translation>
        </message>
        <message>
            <location line="+13" />
            <source>lists ("[ ]") are not part of a RedNotebook month file</source>
            <translation>Listen („[ ]“) gehören nicht in eine RedNotebook-Monatsdatei</translation>
        </message>
        <message>
            <location line="+5" />
            <source>YAML anchors and aliases ("&amp;", "*") are not supported</source>
            <translation>YAML-Anker und -Aliasse („&amp;“, „*“) werden nicht unterstützt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>YAML tags ("!") are not supported</source>
            <translation>YAML-Tags („!“) werden nicht unterstützt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>explicit keys ("?") are not supported</source>
            <translation>explizite Schlüssel („?“) werden nicht unterstützt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a value cannot start with "%1" unless it is quoted</source>
            <translation>ein Wert darf nur in Anführungszeichen mit „%1“ beginnen</translation>
        </message>
        <message>
            <location line="+17" />
            <source>the line separator U+%1 can only stand inside quotes</source>
            <translation>das Zeilentrennzeichen U+%1 darf nur innerhalb von Anführungszeichen stehen</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+211" />
            <source>the data is nested more deeply than any RedNotebook file</source>
            <translation>die Daten sind tiefer verschachtelt als in jeder RedNotebook-Datei</translation>
        </message>
        <message>
            <location line="-195" />
            <source>this line is indented more than the key before it</source>
            <translation>diese Zeile ist weiter eingerückt als der Schlüssel davor</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+61" />
            <location line="+32" />
            <source>lists ("- ") are not part of a RedNotebook month file</source>
            <translation>Listen („- “) gehören nicht in eine RedNotebook-Monatsdatei</translation>
        </message>
        <message>
            <location line="-82" />
            <location line="+211" />
            <source>a ":" should follow the key "%1"</source>
            <translation>auf den Schlüssel „%1“ sollte ein „:“ folgen</translation>
        </message>
        <message>
            <location line="-205" />
            <source>a space should follow the ":" after "%1"</source>
            <translation>auf den „:“ nach „%1“ sollte ein Leerzeichen folgen</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+206" />
            <source>the key "%1" appears twice (first on line %2)</source>
            <translation>der Schlüssel „%1“ kommt zweimal vor (zuerst in Zeile %2)</translation>
        </message>
        <message>
            <location line="-158" />
            <location line="+204" />
            <source>a ": " inside unquoted text; RedNotebook would have quoted it</source>
            <translation>ein „: “ in Text ohne Anführungszeichen; RedNotebook hätte diesen Text in Anführungszeichen gesetzt</translation>
        </message>
        <message>
            <location line="-170" />
            <source>a block scalar ("|" or "&gt;") must start on the line of its key</source>
            <translation>ein Blockskalar („|“ oder „&gt;“) muss in der Zeile seines Schlüssels beginnen</translation>
        </message>
        <message>
            <location line="+30" />
            <source>a mapping or list cannot be a key</source>
            <translation>eine Zuordnung oder Liste kann kein Schlüssel sein</translation>
        </message>
        <message>
            <location line="+9" />
            <source>a key is missing</source>
            <translation>ein Schlüssel fehlt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" cannot be a key unless it is quoted</source>
            <translation>„%1“ kann nur in Anführungszeichen ein Schlüssel sein</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+20" />
            <location line="+18" />
            <source>the "{" here is never closed</source>
            <translation>die „{“ hier wird nie geschlossen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a "," or "}" should come here</source>
            <translation>hier sollte ein „,“ oder „}“ stehen</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the file ends in the middle of a "{ }"</source>
            <translation>die Datei endet mitten in einem „{ }“</translation>
        </message>
        <message>
            <location line="+9" />
            <source>a block scalar ("|" or "&gt;") cannot stand inside "{ }"</source>
            <translation>ein Blockskalar („|“ oder „&gt;“) kann nicht innerhalb von „{ }“ stehen</translation>
        </message>
        <message>
            <location line="+101" />
            <source>the quoted text that starts here is never closed</source>
            <translation>der Text in Anführungszeichen, der hier beginnt, wird nie geschlossen</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+19" />
            <source>a key cannot go over several lines</source>
            <translation>ein Schlüssel darf nicht über mehrere Zeilen gehen</translation>
        </message>
        <message>
            <location line="+68" />
            <source>the file ends after a backslash</source>
            <translation>die Datei endet nach einem Backslash</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"\%1" is not a YAML escape</source>
            <translation>„\%1“ ist keine YAML-Escape-Sequenz</translation>
        </message>
        <message>
            <location line="+14" />
            <source>"\%1" needs %2 hexadecimal digits</source>
            <translation>„\%1“ braucht %2 Hexadezimalziffern</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the escape "%1" is not a character</source>
            <translation>die Escape-Sequenz „%1“ ist kein Zeichen</translation>
        </message>
        <message>
            <location line="+34" />
            <source>unexpected "%1" after the block scalar's "%2"</source>
            <translation>unerwartetes „%1“ nach dem „%2“ des Blockskalars</translation>
        </message>
        <message>
            <location line="+28" />
            <source>an empty line at the start of a block scalar is indented more than its text</source>
            <translation>eine Leerzeile am Anfang eines Blockskalars ist weiter eingerückt als sein Text</translation>
        </message>
        <message>
            <location line="+94" />
            <source>%1 is not UTF-8 text, so RedNotebook did not write it.</source>
            <translation>%1 ist kein UTF-8-Text und wurde daher nicht von RedNotebook geschrieben.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1, line %2: the control character U+%3 cannot stand in a YAML file.</source>
            <translation>%1, Zeile %2: das Steuerzeichen U+%3 darf nicht in einer YAML-Datei stehen.</translation>
        </message>
        <message>
            <location line="+40" />
            <location line="+128" />
            <source>%1 is larger than %2 MiB, which no RedNotebook month is; it was not read.</source>
            <translation>%1 ist größer als %2 MiB – so groß ist kein RedNotebook-Monat; die Datei wurde nicht gelesen.</translation>
        </message>
        <message>
            <location line="-122" />
            <source>%1 is not named after a month (like 2024-03.txt).</source>
            <translation>%1 ist nicht nach einem Monat benannt (wie 2024-03.txt).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>"%1" is not a day of %2</source>
            <translation>„%1“ ist kein Tag im Monat %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>day %1 appears twice (first on line %2)</source>
            <translation>Tag %1 kommt zweimal vor (zuerst in Zeile %2)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>day %1 should hold its text and categories, not a single value</source>
            <translation>Tag %1 sollte seinen Text und seine Kategorien enthalten, keinen einzelnen Wert</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the text of day %1 should be text</source>
            <translation>der Text von Tag %1 sollte Text sein</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the category "%1" of day %2 should list its entries</source>
            <translation>die Kategorie „%1“ von Tag %2 sollte ihre Einträge auflisten</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the category entry "%1" should have no value</source>
            <translation>der Kategorieeintrag „%1“ sollte keinen Wert haben</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the category entry "%1…"</source>
            <translation>der Kategorieeintrag „%1…“</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The folder %1 holds no RedNotebook month files (named like 2024-03.txt).</source>
            <translation>Der Ordner %1 enthält keine RedNotebook-Monatsdateien (mit Namen wie 2024-03.txt).</translation>
        </message>
    </context>
    <context>
        <name>ReportDocument</name>
        <message>
            <location filename="../ui/report/reportdocument.cpp" line="+191" />
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>RestoreCommand</name>
        <message>
            <location filename="../app/cli/restorecommand.cpp" line="+26" />
            <source>restore needs the PATH of a backup (tandem-cli backups lists them)</source>
            <translation>restore braucht den PATH einer Sicherung (tandem-cli backups listet sie auf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not exist</source>
            <translation>%1 existiert nicht</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tandem is open on this data folder; close it, or restore from Settings → Backups in the app</source>
            <translation>Tandem ist für diesen Datenordner geöffnet; schließen Sie es oder stellen Sie die Sicherung in der App unter Einstellungen → Sicherungen wieder her</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restored %1 (from %2): %3.
</source>
            <translation>%1 (vom %2) wiederhergestellt: %3.
</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The data that was there is kept as a backup: %1
</source>
            <translation>Die Daten, die vorher dort waren, werden als Sicherung aufbewahrt: %1
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file that was there could not be opened (%1); it is kept, unchanged, at: %2
</source>
            <translation>Die Datei, die vorher dort war, ließ sich nicht öffnen (%1); sie wird unverändert aufbewahrt unter: %2
</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There was no data in %1 before.
</source>
            <translation>In %1 gab es vorher keine Daten.
</translation>
        </message>
    </context>
    <context>
        <name>ResultsHtml</name>
        <message>
            <location filename="../ui/checkin/resultshtml.cpp" line="+126" />
            <source>%1, a real change</source>
            <translation>%1, eine echte Veränderung</translation>
        </message>
        <message>
            <location line="-54" />
            <location line="+55" />
            <source>%1, within noise</source>
            <translation>%1, im Rahmen des Rauschens</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Full assessment</source>
            <translation>Vollständige Einschätzung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly pulse</source>
            <translation>Wöchentlicher Kurz-Check</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Taken %1 at %2</source>
            <translation>Ausgefüllt am %1 um %2</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Leadership</source>
            <translation>Führung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management</source>
            <translation>Management</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+61" />
            <source>towards leading</source>
            <translation>in Richtung Führen</translation>
        </message>
        <message>
            <location line="-93" />
            <source>%1, a real shift towards leading</source>
            <translation>%1, eine echte Verschiebung zum Führen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, a real shift towards managing</source>
            <translation>%1, eine echte Verschiebung zum Managen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Neither index changed by more than its noise on its own, but they moved in opposite directions (leadership %1, management %2). The balance is their difference, so the two moves add up in it to %3, more than the balance's own noise of %4 points: which way you lean has really shifted. A shift is neither better nor worse.</source>
            <translation>Keiner der beiden Indizes hat sich für sich genommen um mehr als sein Rauschen verändert, aber sie haben sich in entgegengesetzte Richtungen bewegt (Führung %1, Management %2). Die Balance ist ihre Differenz, deshalb addieren sich beide Bewegungen in ihr zu %3 – mehr als das Rauschen der Balance selbst von %4 Punkten: Wohin Sie neigen, hat sich wirklich verschoben. Eine Verschiebung ist weder besser noch schlechter.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+61" />
            <source>towards managing</source>
            <translation>in Richtung Managen</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Balance %1 %2</source>
            <translation>Balance %1, %2</translation>
        </message>
        <message>
            <location line="+59" />
            <source>even</source>
            <translation>ausgeglichen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Leading skills</source>
            <translation>Fähigkeiten des Führens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managing skills</source>
            <translation>Fähigkeiten des Managens</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Both sides of each contrast</source>
            <translation>Beide Seiten jedes Gegensatzpaars</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each side is scored on its own: high on both is possible, and good.</source>
            <translation>Jede Seite wird für sich bewertet: Hohe Werte auf beiden Seiten sind möglich – und gut.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Make it a step…</source>
            <translation>Als Schritt übernehmen…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your strengths</source>
            <translation>Ihre Stärken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where to grow</source>
            <translation>Wo Sie wachsen können</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your skills are level with each other this time, so no strength or growth area stands out.</source>
            <translation>Ihre Fähigkeiten liegen diesmal gleichauf, daher sticht keine Stärke und kein Wachstumsfeld heraus.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Changes are since your %1 of %2. Answers vary a little from one day to the next, so Tandem calls a change real only when it is larger than that noise; smaller ones are marked "within noise".</source>
            <translation>Verglichen wird mit %1 vom %2. Antworten schwanken von Tag zu Tag ein wenig, deshalb nennt Tandem eine Veränderung nur dann echt, wenn sie größer ist als dieses Rauschen; kleinere sind mit „im Rahmen des Rauschens“ markiert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>full assessment</source>
            <translation>Ihrer vollständigen Einschätzung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pulse</source>
            <translation>Ihrem Kurz-Check</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is your first full assessment. From the next one, Tandem shows what has really changed.</source>
            <translation>Dies ist Ihre erste vollständige Einschätzung. Ab der nächsten zeigt Tandem, was sich wirklich verändert hat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is your first pulse. From next week, Tandem shows what has really changed.</source>
            <translation>Dies ist Ihr erster Kurz-Check. Ab nächster Woche zeigt Tandem, was sich wirklich verändert hat.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your note</source>
            <translation>Ihre Notiz</translation>
        </message>
    </context>
    <context>
        <name>ReviewsCommand</name>
        <message>
            <location filename="../app/cli/reviewscommand.cpp" line="+34" />
            <source>--by must be a date such as 2026-11-30, not "%1": %2</source>
            <translation>--by muss ein Datum wie 2026-11-30 sein, nicht „%1“: %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No decision is due for review.
</source>
            <translation>Für keine Entscheidung ist ein Rückblick fällig.
</translation>
        </message>
        <message>
            <location line="+14" />
            <source>reviews needs a command: due</source>
            <translation>reviews braucht einen Befehl: due</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown reviews command "%1"; the one there is: due</source>
            <translation>unbekannter reviews-Befehl „%1“; es gibt nur diesen: due</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <location filename="../core/domain/scoring.cpp" line="+61" />
            <source>Balanced</source>
            <translation>Ausgewogen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leans leading</source>
            <translation>Neigt zum Führen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leans managing</source>
            <translation>Neigt zum Managen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>emerging</source>
            <translation>am Anfang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>developing</source>
            <translation>in Entwicklung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strong</source>
            <translation>ausgeprägt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, %2</source>
            <extracomment>A profile label, e.g. "Leans leading, developing"</extracomment>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsRepository</name>
        <message>
            <location filename="../core/store/settingsrepository.cpp" line="+29" />
            <location line="+14" />
            <source>The setting was not saved: %1.</source>
            <translation>Die Einstellung wurde nicht gespeichert: %1.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The pulse day must be a weekday from 1 (Monday) to 7 (Sunday).</source>
            <translation>Der Tag des Kurz-Checks muss ein Wochentag von 1 (Montag) bis 7 (Sonntag) sein.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A full assessment can be every %1 to %2 weeks.</source>
            <translation>Eine vollständige Einschätzung kann alle %1 bis %2 Wochen stattfinden.</translation>
        </message>
    </context>
    <context>
        <name>SkillModel</name>
        <message>
            <location filename="skillmodeltexts.cpp" line="+8" />
            <source>Not sure whether a situation needs you to lead or to manage? Answer five quick questions and Tandem will suggest which way to lean, or whether to blend the two, along with skills and tips to draw on.</source>
            <translation>Sie sind unsicher, ob eine Situation Führen oder Managen verlangt? Beantworten Sie fünf kurze Fragen, und Tandem schlägt vor, in welche Richtung Sie neigen sollten oder ob Sie beides verbinden, dazu Fähigkeiten und Tipps, auf die Sie zurückgreifen können.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The destination is still unclear</source>
            <translation>Das Ziel ist noch unklar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The goal is clear and needs delivering</source>
            <translation>Das Ziel ist klar und muss umgesetzt werden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Is the destination still unclear, or is it clear and waiting to be delivered?</source>
            <translation>Ist das Ziel noch unklar, oder ist es klar und muss nun umgesetzt werden?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They need energy and ownership</source>
            <translation>Das Team braucht Energie und Eigenverantwortung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They need coordination and follow-through</source>
            <translation>Das Team braucht Koordination und konsequente Umsetzung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Does the team need energy and a sense of ownership, or coordination and follow-through?</source>
            <translation>Braucht das Team Energie und ein Gefühl von Eigenverantwortung, oder Koordination und konsequente Umsetzung?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something needs to change</source>
            <translation>Etwas muss sich ändern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Things need to stay steady</source>
            <translation>Es muss stabil weiterlaufen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Does this situation call for change, or for keeping things steady?</source>
            <translation>Verlangt diese Situation nach Veränderung, oder soll alles stabil bleiben?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It is about trust and feelings</source>
            <translation>Es geht um Vertrauen und Gefühle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It is about process and resources</source>
            <translation>Es geht um Abläufe und Ressourcen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Is the heart of the matter trust and feelings, or process and resources?</source>
            <translation>Geht es im Kern um Vertrauen und Gefühle, oder um Abläufe und Ressourcen?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An opportunity worth a calculated risk</source>
            <translation>Eine Chance, die ein kalkuliertes Risiko wert ist</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A hazard to contain</source>
            <translation>Eine Gefahr, die eingedämmt werden muss</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Is there an opportunity worth a calculated risk, or a hazard that needs containing?</source>
            <translation>Gibt es eine Chance, die ein kalkuliertes Risiko wert ist, oder eine Gefahr, die eingedämmt werden muss?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thinking about where the work should go in the long run competes for your attention with the daily job of getting planned work done on time.</source>
            <translation>Die Frage, wohin sich die Arbeit langfristig entwickeln soll, konkurriert um Ihre Aufmerksamkeit mit der täglichen Aufgabe, geplante Arbeit pünktlich zu erledigen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Picturing a better future and questioning how things are done, so the team has something worth moving towards.</source>
            <translation>Sich eine bessere Zukunft vorstellen und hinterfragen, wie die Dinge gemacht werden, damit das Team ein lohnendes Ziel vor Augen hat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person questions habits in the work that may be holding the team back.</source>
            <translation>Diese Person hinterfragt Gewohnheiten, die das Team bremsen könnten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I question habits in our work that may be holding us back.</source>
            <translation>Ich hinterfrage Gewohnheiten in unserer Arbeit, die uns womöglich ausbremsen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person talks with the team about the long-term difference the work could make.</source>
            <translation>Diese Person spricht mit dem Team darüber, was die Arbeit langfristig bewirken kann.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I talk with my team about the long-term difference our work could make.</source>
            <translation>Ich spreche mit meinem Team darüber, was unsere Arbeit langfristig bewirken könnte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, write down one 'we've always done it this way' habit in your team and ask the team whether it still serves you.</source>
            <translation>Schreiben Sie diese Woche eine „Das haben wir schon immer so gemacht“-Gewohnheit Ihres Teams auf und fragen Sie das Team, ob sie Ihnen noch nützt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open your next team meeting with two minutes on the long-term difference the team's work makes, using one concrete example.</source>
            <translation>Eröffnen Sie Ihre nächste Teambesprechung mit zwei Minuten darüber, was die Arbeit des Teams langfristig bewirkt, anhand eines konkreten Beispiels.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Turning plans into results by organising resources, keeping to deadlines and running the daily work efficiently.</source>
            <translation>Pläne in Ergebnisse verwandeln, indem Sie Ressourcen organisieren, Termine einhalten und die tägliche Arbeit effizient steuern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person turns broad goals into plans with dates and owners.</source>
            <translation>Diese Person macht aus groben Zielen Pläne mit Terminen und Verantwortlichen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I turn broad goals into plans with dates and owners.</source>
            <translation>Ich setze allgemeine Ziele in Pläne mit Terminen und Zuständigkeiten um.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person keeps track of deadlines so that work is delivered on time.</source>
            <translation>Diese Person behält Termine im Blick, damit die Arbeit pünktlich fertig wird.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I keep track of deadlines so that work is delivered on time.</source>
            <translation>Ich behalte Termine im Blick, damit die Arbeit pünktlich fertig wird.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Execution</source>
            <translation>Umsetzung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take one goal that is still vague and, this week, break it into three to five steps, each with an owner and a date.</source>
            <translation>Nehmen Sie sich ein Ziel vor, das noch vage ist, und zerlegen Sie es diese Woche in drei bis fünf Schritte, jeweils mit einer zuständigen Person und einem Termin.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start each morning this week by checking what is due in the next three days and flagging anything at risk.</source>
            <translation>Prüfen Sie diese Woche jeden Morgen als Erstes, was in den nächsten drei Tagen fällig ist, und markieren Sie alles, was gefährdet ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vision and execution</source>
            <translation>Vision und Umsetzung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Giving people energy and the freedom to own their work sits alongside watching progress and holding everyone to a shared standard.</source>
            <translation>Menschen Energie zu geben und die Freiheit, ihre Arbeit selbst zu verantworten, steht neben der Aufgabe, den Fortschritt im Blick zu behalten und alle an einem gemeinsamen Maßstab zu messen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Motivating people and trusting them with real ownership, so that their own ideas and effort come through.</source>
            <translation>Menschen motivieren und ihnen echte Verantwortung anvertrauen, damit ihre eigenen Ideen und ihr Einsatz zur Geltung kommen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person gives people the freedom to decide how they do their work.</source>
            <translation>Diese Person lässt anderen die Freiheit zu entscheiden, wie sie ihre Arbeit machen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I give people the freedom to decide how they do their work.</source>
            <translation>Ich lasse anderen die Freiheit, selbst zu entscheiden, wie sie ihre Arbeit erledigen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person encourages people to bring their own ideas to their work.</source>
            <translation>Diese Person ermutigt andere, eigene Ideen in ihre Arbeit einzubringen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I encourage people to bring their own ideas to their work.</source>
            <translation>Ich ermutige andere, ihre eigenen Ideen in ihre Arbeit einzubringen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inspiration</source>
            <translation>Inspiration</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, hand one decision you would normally make to the person closest to the work, and tell them you will back their choice.</source>
            <translation>Überlassen Sie diese Woche eine Entscheidung, die Sie sonst selbst treffen würden, der Person, die am nächsten an der Arbeit ist, und sagen Sie ihr, dass Sie hinter ihrer Wahl stehen werden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In this week's one-to-ones, ask each person which part of their work they find most meaningful, and look for a way to give them more of it.</source>
            <translation>Fragen Sie in den Einzelgesprächen dieser Woche jede Person, welchen Teil ihrer Arbeit sie am sinnvollsten findet, und suchen Sie nach einem Weg, ihr mehr davon zu geben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overseeing how work flows, tracking performance and keeping everyone accountable to the standards you share.</source>
            <translation>Im Blick behalten, wie die Arbeit läuft, die Leistung verfolgen und alle in die Pflicht nehmen, die gemeinsamen Standards einzuhalten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person keeps an eye on how work is progressing across the team.</source>
            <translation>Diese Person verfolgt, wie die Arbeit im ganzen Team vorankommt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I keep an eye on how work is progressing across the team.</source>
            <translation>Ich behalte im Blick, wie die Arbeit im ganzen Team vorankommt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person holds people to the standards the team has agreed.</source>
            <translation>Diese Person achtet darauf, dass vereinbarte Standards eingehalten werden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I hold people to the standards we have agreed.</source>
            <translation>Ich bestehe darauf, dass alle die vereinbarten Standards einhalten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Supervision</source>
            <translation>Aufsicht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set up or tidy a shared view of the team's work this week, so you can see progress at a glance.</source>
            <translation>Richten Sie diese Woche einen gemeinsamen Überblick über die Arbeit des Teams ein oder bringen Sie den vorhandenen in Ordnung, damit Sie den Fortschritt auf einen Blick sehen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pick one agreed standard that has slipped and, this week, remind the team of it and explain why it matters.</source>
            <translation>Wählen Sie einen vereinbarten Standard, der nicht mehr eingehalten wird, erinnern Sie das Team diese Woche daran und erklären Sie, warum er wichtig ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inspiration and supervision</source>
            <translation>Inspiration und Aufsicht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pushing for new ways of working has to be weighed against keeping the daily operation steady and dependable.</source>
            <translation>Der Einsatz für neue Arbeitsweisen muss gegen einen stabilen, verlässlichen Tagesbetrieb abgewogen werden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Welcoming uncertainty and driving new ways of working, so the team keeps growing and improving.</source>
            <translation>Unsicherheit annehmen und neue Arbeitsweisen vorantreiben, damit das Team weiter wächst und besser wird.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person proposes changes that would improve how the team works.</source>
            <translation>Diese Person schlägt Änderungen vor, die die Arbeitsweise des Teams verbessern würden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I propose changes that would improve how our team works.</source>
            <translation>Ich schlage Veränderungen vor, die die Arbeitsweise unseres Teams verbessern würden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person keeps moving forward when the way ahead is uncertain.</source>
            <translation>Diese Person geht weiter voran, auch wenn der Weg unsicher ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I keep moving forward when the way ahead is uncertain.</source>
            <translation>Ich gehe weiter voran, auch wenn der Weg ungewiss ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>Wandel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, name one change you believe your team needs and write a short case for it: the problem, the idea and a small first step.</source>
            <translation>Benennen Sie diese Woche eine Veränderung, die Ihr Team Ihrer Meinung nach braucht, und begründen Sie sie kurz schriftlich: das Problem, die Idee und ein kleiner erster Schritt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When someone raises an uncertainty this week, answer with 'What could we try first?' rather than waiting for everything to become clear.</source>
            <translation>Wenn diese Woche jemand eine Unsicherheit anspricht, antworten Sie mit „Was könnten wir zuerst ausprobieren?“, statt zu warten, bis alles klar ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keeping daily operations steady with clear workflows and good order, so people can rely on how things run.</source>
            <translation>Den Tagesbetrieb mit klaren Abläufen und guter Ordnung stabil halten, damit sich alle darauf verlassen können, wie die Dinge laufen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person keeps routines and workflows running reliably.</source>
            <translation>Diese Person sorgt dafür, dass Routinen und Abläufe zuverlässig laufen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I keep our routines and workflows running reliably.</source>
            <translation>Ich sorge dafür, dass unsere Routinen und Abläufe zuverlässig funktionieren.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person protects the team from changes that would disrupt the work for little gain.</source>
            <translation>Diese Person schützt das Team vor Änderungen, die die Arbeit stören und wenig bringen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I protect the team from changes that would disrupt the work for little gain.</source>
            <translation>Ich schütze das Team vor Veränderungen, die die Arbeit stören würden und wenig bringen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stability</source>
            <translation>Stabilität</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write down one routine that currently lives only in someone's head, and share it with the team this week.</source>
            <translation>Schreiben Sie eine Routine auf, die bisher nur im Kopf einer einzelnen Person existiert, und teilen Sie sie diese Woche mit dem Team.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before agreeing to any new change this week, ask what it will disrupt and who needs to hear about it in advance.</source>
            <translation>Bevor Sie diese Woche einer neuen Veränderung zustimmen, fragen Sie, was sie stören wird und wer vorab davon erfahren muss.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change and stability</source>
            <translation>Wandel und Stabilität</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Building personal trust and belonging pulls against keeping processes tight and resources well used, and healthy teams need both.</source>
            <translation>Persönliches Vertrauen und Zugehörigkeit aufzubauen steht in Spannung dazu, Prozesse straff zu halten und Ressourcen gut zu nutzen, und gesunde Teams brauchen beides.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Building relationships of trust, taking an interest in people's hopes and giving them a shared sense of purpose.</source>
            <translation>Vertrauensvolle Beziehungen aufbauen, sich für die Hoffnungen anderer interessieren und ihnen ein gemeinsames Gefühl von Sinn geben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person takes an interest in what people want from their careers.</source>
            <translation>Diese Person interessiert sich dafür, was andere beruflich erreichen wollen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I take an interest in what people want from their careers.</source>
            <translation>Ich interessiere mich dafür, was andere sich von ihrem beruflichen Werdegang wünschen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person makes time to get to know the people they work with.</source>
            <translation>Diese Person nimmt sich Zeit, die Menschen kennenzulernen, mit denen sie arbeitet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I make time to get to know the people I work with.</source>
            <translation>Ich nehme mir Zeit, die Menschen kennenzulernen, mit denen ich arbeite.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emotional connection</source>
            <translation>Emotionale Verbindung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, ask one team member what they would like to be doing in two years' time, and listen without steering the conversation.</source>
            <translation>Fragen Sie diese Woche ein Teammitglied, was es in zwei Jahren gern machen würde, und hören Sie zu, ohne das Gespräch zu lenken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At your next team meeting, share something about why the work matters to you personally.</source>
            <translation>Erzählen Sie in der nächsten Teambesprechung, warum Ihnen die Arbeit persönlich wichtig ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Making sure agreed procedures are followed, resources go where they are needed and the work stays productive.</source>
            <translation>Dafür sorgen, dass vereinbarte Abläufe eingehalten werden, Ressourcen dorthin gehen, wo sie gebraucht werden, und die Arbeit produktiv bleibt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person checks that agreed procedures are being followed.</source>
            <translation>Diese Person prüft, ob vereinbarte Abläufe eingehalten werden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I check that agreed procedures are being followed.</source>
            <translation>Ich prüfe, ob vereinbarte Abläufe eingehalten werden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person makes sure people have what they need to do their tasks.</source>
            <translation>Diese Person sorgt dafür, dass andere haben, was sie für ihre Aufgaben brauchen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I make sure people have what they need to do their tasks.</source>
            <translation>Ich sorge dafür, dass andere haben, was sie für ihre Aufgaben brauchen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Process control</source>
            <translation>Prozesskontrolle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review how your team's budget, tools or hours were used last month, and move one resource to where it is needed most.</source>
            <translation>Prüfen Sie, wie Budget, Werkzeuge oder Arbeitsstunden Ihres Teams im letzten Monat eingesetzt wurden, und verlagern Sie eine Ressource dorthin, wo sie am dringendsten gebraucht wird.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose one key procedure and, this week, walk through it with the person who uses it most to check it still works.</source>
            <translation>Wählen Sie einen wichtigen Ablauf und gehen Sie ihn diese Woche mit der Person durch, die ihn am häufigsten nutzt, um zu prüfen, ob er noch funktioniert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emotional connection and process control</source>
            <translation>Emotionale Verbindung und Prozesskontrolle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grasping an opportunity sometimes means taking a chance, while protecting the organisation means spotting and containing what could go wrong.</source>
            <translation>Eine Chance zu ergreifen heißt manchmal, etwas zu wagen, während der Schutz der Organisation verlangt, früh zu erkennen und einzudämmen, was schiefgehen könnte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taking calculated chances to seize opportunities and push past current limits, even when the outcome is not certain.</source>
            <translation>Kalkulierte Risiken eingehen, um Chancen zu nutzen und über bisherige Grenzen hinauszugehen, auch wenn der Ausgang ungewiss ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person acts on promising opportunities even when the outcome is uncertain.</source>
            <translation>Diese Person ergreift vielversprechende Gelegenheiten, auch wenn der Ausgang ungewiss ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I act on promising opportunities even when I cannot be sure how they will turn out.</source>
            <translation>Ich ergreife vielversprechende Chancen, auch wenn ich nicht sicher sein kann, wie sie ausgehen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person weighs up what a bold idea could gain before setting it aside.</source>
            <translation>Diese Person wägt ab, was eine mutige Idee bringen könnte, bevor sie sie verwirft.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I weigh up what a bold idea could gain before I set it aside.</source>
            <translation>Ich wäge ab, was eine kühne Idee bringen könnte, bevor ich sie beiseitelege.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risk-taking</source>
            <translation>Risikobereitschaft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, pick one opportunity you have been hesitating over and write down the best case, the worst case and a small first step you could take safely.</source>
            <translation>Wählen Sie diese Woche eine Chance, bei der Sie bisher zögern, und schreiben Sie den besten Fall, den schlimmsten Fall und einen kleinen ersten Schritt auf, den Sie gefahrlos gehen könnten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your next planning discussion, ask 'What would we try if we knew it could not fail?' and choose one idea to test on a small scale.</source>
            <translation>Fragen Sie in Ihrer nächsten Planungsrunde: „Was würden wir ausprobieren, wenn wir wüssten, dass es nicht scheitern kann?“, und wählen Sie eine Idee, die Sie im Kleinen testen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Spotting hazards early and keeping disruption low through checks, compliance and careful planning.</source>
            <translation>Gefahren früh erkennen und Störungen durch Kontrollen, Einhaltung von Vorgaben und sorgfältige Planung gering halten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person works out what could go wrong before a piece of work starts.</source>
            <translation>Diese Person überlegt, was schiefgehen könnte, bevor eine Arbeit beginnt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I work out what could go wrong before we start a piece of work.</source>
            <translation>Ich überlege, was schiefgehen könnte, bevor wir mit einer Arbeit beginnen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person puts checks in place to catch problems early.</source>
            <translation>Diese Person richtet Kontrollen ein, um Probleme früh zu erkennen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I put checks in place to catch problems early.</source>
            <translation>Ich richte Kontrollen ein, um Probleme früh zu erkennen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risk management</source>
            <translation>Risikomanagement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before your next piece of work starts, spend ten minutes with the team listing what could go wrong and one way to prevent each.</source>
            <translation>Nehmen Sie sich vor dem Start Ihrer nächsten Arbeit zehn Minuten mit dem Team, um aufzulisten, was schiefgehen könnte, und zu jedem Punkt eine Möglichkeit, es zu verhindern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, pick one compliance or safety requirement that applies to your team and confirm it is being met.</source>
            <translation>Wählen Sie diese Woche eine Compliance- oder Sicherheitsvorgabe, die für Ihr Team gilt, und vergewissern Sie sich, dass sie eingehalten wird.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risk-taking and risk management</source>
            <translation>Risikobereitschaft und Risikomanagement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tandem helps you see how you combine two jobs that most people at work end up doing: leading and managing. Leading is about where your team is going and why it matters. Managing is about getting there reliably, day after day.

Neither job is better than the other. A team with a clear direction but a loose grip on the day-to-day tends to drift into chaos; a team that runs like clockwork with no direction tends to go nowhere in particular. Tandem helps you notice which one you lean on, grow the one you use less, and choose well between them when a situation comes up.</source>
            <translation>Tandem hilft Ihnen zu erkennen, wie Sie zwei Aufgaben verbinden, die die meisten Menschen im Beruf früher oder später übernehmen: Führen und Managen. Beim Führen geht es darum, wohin Ihr Team will und warum das wichtig ist. Beim Managen geht es darum, verlässlich dort anzukommen, Tag für Tag.

Keine der beiden Aufgaben ist besser als die andere. Ein Team mit klarer Richtung, das den Alltag aber schleifen lässt, gerät leicht ins Chaos; ein Team, das wie ein Uhrwerk läuft, aber keine Richtung hat, tritt meist auf der Stelle. Tandem hilft Ihnen zu bemerken, auf welche der beiden Sie sich eher stützen, die seltener genutzte weiterzuentwickeln und gut zwischen ihnen zu wählen, wenn eine Situation es verlangt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Welcome to Tandem</source>
            <translation>Willkommen bei Tandem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tandem builds on a distinction John Kotter drew in his book Leading Change. Leading means setting a direction, bringing people together behind it and giving them reasons to commit to it. Its purpose is change: taking a team or an organisation somewhere it has not been before.

Managing means organising people, time and money, keeping processes under control and running the daily operation. Its purpose is consistency and stability: making sure the work gets done well, on time, and just as dependably tomorrow as today.

These are two roles, not two kinds of people. Most of us need both, often in the same week and sometimes in the same meeting. Someone who leads well but cannot manage struggles to turn ideas into results; someone who manages well but never leads keeps things running but rarely moves them on. Tandem treats them as two sets of skills you can build side by side.</source>
            <translation>Tandem baut auf einer Unterscheidung auf, die John Kotter in seinem Buch „Leading Change“ getroffen hat. Führen heißt, eine Richtung vorzugeben, Menschen dahinter zusammenzubringen und ihnen Gründe zu geben, sich dafür einzusetzen. Sein Zweck ist Veränderung: ein Team oder eine Organisation an einen Punkt zu bringen, an dem sie noch nie war.

Managen heißt, Menschen, Zeit und Geld zu organisieren, Prozesse unter Kontrolle zu halten und den Tagesbetrieb zu steuern. Sein Zweck sind Beständigkeit und Stabilität: dafür zu sorgen, dass die Arbeit gut und pünktlich erledigt wird, morgen genauso verlässlich wie heute.

Das sind zwei Rollen, nicht zwei Arten von Menschen. Die meisten von uns brauchen beide, oft in derselben Woche und manchmal in derselben Besprechung. Wer gut führt, aber nicht managen kann, tut sich schwer, Ideen in Ergebnisse zu verwandeln; wer gut managt, aber nie führt, hält den Betrieb am Laufen, bringt ihn aber selten voran. Tandem behandelt beide als zwei Gruppen von Fähigkeiten, die Sie nebeneinander aufbauen können.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two roles</source>
            <translation>Zwei Rollen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You do not need a job title to lead. Leading is a matter of influence: people follow you because they trust you, because of the example you set, or because you have shown them something worth working towards. A new starter who spots a better way of doing things and wins colleagues over to it is leading.

So if nobody reports to you, Tandem is still for you. You can practise the leading skills from any seat, and the managing skills apply to any work you organise, including your own.</source>
            <translation>Um zu führen, brauchen Sie keinen Titel. Führen ist eine Frage des Einflusses: Menschen folgen Ihnen, weil sie Ihnen vertrauen, weil Sie ein Vorbild sind oder weil Sie ihnen etwas gezeigt haben, für das es sich zu arbeiten lohnt. Wer neu im Team ist, einen besseren Weg entdeckt und Kolleginnen und Kollegen dafür gewinnt, führt.

Auch wenn niemand an Sie berichtet, ist Tandem also für Sie da. Die Fähigkeiten des Führens können Sie von jeder Position aus üben, und die Fähigkeiten des Managens gelten für jede Arbeit, die Sie organisieren, auch für Ihre eigene.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No title needed</source>
            <translation>Kein Titel nötig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tandem looks at five places where leading and managing pull in different directions: vision and execution, inspiration and supervision, change and stability, emotional connection and process control, and risk-taking and risk management. Each pair has a leading pole and a managing pole. Tandem rates each pole on its own rather than asking you to pick a point between them, because an either/or would hide something important: you can be strong at both ends at once, or still developing at both. A high score for Vision tells you nothing about your Execution, so Tandem shows you each one separately.</source>
            <translation>Tandem betrachtet fünf Stellen, an denen Führen und Managen in verschiedene Richtungen ziehen: Vision und Umsetzung, Inspiration und Aufsicht, Wandel und Stabilität, emotionale Verbindung und Prozesskontrolle sowie Risikobereitschaft und Risikomanagement. Jedes Paar hat einen Pol des Führens und einen Pol des Managens. Tandem bewertet jeden Pol für sich, statt Sie einen Punkt zwischen beiden wählen zu lassen, denn ein Entweder-oder würde etwas Wichtiges verbergen: Sie können an beiden Enden zugleich stark sein oder sich an beiden noch entwickeln. Ein hoher Wert bei Vision sagt nichts über Ihre Umsetzung aus, deshalb zeigt Tandem Ihnen beide getrennt an.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The five contrasts</source>
            <translation>Die fünf Gegensatzpaare</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Some things matter whether you are leading or managing. Tandem calls these the five shared areas: goal orientation, communication and influence, decision-making, problem-solving and adaptability, and team development and support. Both roles are at work in each of them, but each acts in its own way. When setting goals, for example, leading means keeping the long-term purpose in view, while managing means turning that purpose into practical steps. Seeing both facets helps you notice which one you reach for first, and which you might be leaving out.</source>
            <translation>Manches zählt, ganz gleich, ob Sie führen oder managen. Tandem nennt dies die fünf gemeinsamen Bereiche: Zielorientierung, Kommunikation und Einfluss, Entscheidungsfindung, Problemlösung und Anpassungsfähigkeit sowie Teamentwicklung und Unterstützung. In jedem davon wirken beide Rollen, aber jede auf ihre eigene Weise. Beim Setzen von Zielen zum Beispiel heißt Führen, den langfristigen Zweck im Blick zu behalten, während Managen heißt, diesen Zweck in praktische Schritte zu übersetzen. Wenn Sie beide Seiten sehen, merken Sie, zu welcher Sie zuerst greifen und welche Sie womöglich auslassen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where the two roles meet</source>
            <translation>Wo sich die beiden Rollen treffen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At the heart of Tandem are eight skills, four for leading and four for managing. The leading skills are visionary thinking, emotional intelligence, influence and persuasion, and adaptability and innovation. The managing skills are organisational efficiency, problem-solving and decision-making, performance monitoring and accountability, and communication and clarity. Each skill is measured by a few statements about things you do, and you rate how often you do each one on a five-point scale: never, rarely, sometimes, often or always. Answer for what you actually do rather than what you intend to do. A few statements are deliberately worded the other way round, so read each one carefully.</source>
            <translation>Im Mittelpunkt von Tandem stehen acht Fähigkeiten, vier für das Führen und vier für das Managen. Die Fähigkeiten des Führens sind visionäres Denken, emotionale Intelligenz, Einfluss und Überzeugungskraft sowie Anpassungsfähigkeit und Innovation. Die Fähigkeiten des Managens sind organisatorische Effizienz, Problemlösung und Entscheidungsfindung, Leistungskontrolle und Verbindlichkeit sowie Kommunikation und Klarheit. Jede Fähigkeit wird über einige Aussagen zu Dingen gemessen, die Sie tun, und Sie geben auf einer fünfstufigen Skala an, wie oft Sie das jeweils tun: nie, selten, manchmal, oft oder immer. Antworten Sie danach, was Sie tatsächlich tun, nicht danach, was Sie vorhaben. Einige Aussagen sind bewusst umgekehrt formuliert, lesen Sie also jede sorgfältig.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The eight skills</source>
            <translation>Die acht Fähigkeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Situations rarely come with a label saying which role they need. These signals can help you decide.

Signs that a situation calls for leading:
- Nobody is quite sure where the work is heading, or the old goal no longer fits.
- People are going through the motions and need a reason to care.
- Something around you has shifted and the usual approach has stopped working.
- Trust has been damaged, or people are anxious, upset or pulling apart.
- An opportunity has appeared that will not wait and is worth a calculated risk.

Signs that a situation calls for managing:
- The goal is agreed and the job now is to deliver it.
- Work is falling through the cracks or deadlines are slipping.
- People are unsure who is doing what.
- The team has been through a lot of change and needs a spell of calm and routine.
- Resources are stretched and need careful sharing out.
- There is a hazard to the work, your customers or the organisation that needs containing.

Most real situations need a blend. A team launching something new needs a clear reason why, which is leading, and a clear plan for how, which is managing. A team in a crisis needs steady routines to hold on to, and someone who speaks to their worries and gives them hope. A useful habit is to ask which role the situation needs first, and which it needs next.

Tandem's 'Lead or manage?' advisor asks five quick questions, one for each contrast, and suggests whether to lean towards leading, towards managing, or to blend the two. Treat its answer as a prompt for your own judgement, not a verdict. Afterwards, note in your journal what you actually did and how it went, so that over time you can see which choices serve you and your team well.</source>
            <translation>Situationen tragen selten ein Etikett, auf dem steht, welche Rolle sie brauchen. Diese Signale können Ihnen bei der Entscheidung helfen.

Anzeichen, dass eine Situation Führen verlangt:
- Niemand weiß so recht, wohin die Arbeit geht, oder das alte Ziel passt nicht mehr.
- Die Leute erledigen ihre Arbeit nur noch mechanisch und brauchen einen Grund, sich wieder einzusetzen.
- Um Sie herum hat sich etwas verändert, und der übliche Ansatz funktioniert nicht mehr.
- Vertrauen ist beschädigt, oder Menschen sind besorgt, aufgebracht oder driften auseinander.
- Eine Chance hat sich aufgetan, die nicht warten wird und ein kalkuliertes Risiko wert ist.

Anzeichen, dass eine Situation Managen verlangt:
- Das Ziel ist vereinbart, und jetzt geht es darum, es umzusetzen.
- Arbeit bleibt liegen, oder Termine rutschen.
- Die Leute wissen nicht genau, wer was macht.
- Das Team hat viele Veränderungen hinter sich und braucht eine Zeit der Ruhe und Routine.
- Ressourcen sind knapp und müssen sorgfältig verteilt werden.
- Eine Gefahr für die Arbeit, Ihre Kunden oder die Organisation muss eingedämmt werden.

Die meisten echten Situationen brauchen eine Mischung. Ein Team, das etwas Neues startet, braucht einen klaren Grund für das Warum, also Führen, und einen klaren Plan für das Wie, also Managen. Ein Team in der Krise braucht feste Routinen, an denen es sich festhalten kann, und jemanden, der auf seine Sorgen eingeht und ihm Hoffnung gibt. Eine hilfreiche Gewohnheit ist es, sich zu fragen, welche Rolle die Situation zuerst braucht und welche danach.

Der Ratgeber „Führen oder Managen?“ in Tandem stellt fünf kurze Fragen, eine zu jedem Gegensatzpaar, und schlägt vor, ob Sie eher zum Führen oder eher zum Managen neigen oder beides verbinden sollten. Verstehen Sie seine Antwort als Anstoß für Ihr eigenes Urteil, nicht als Urteilsspruch. Halten Sie danach in Ihrem Journal fest, was Sie tatsächlich getan haben und wie es gelaufen ist, damit Sie mit der Zeit sehen, welche Entscheidungen Ihnen und Ihrem Team guttun.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When to lead and when to manage</source>
            <translation>Wann führen, wann managen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Balance does not mean splitting your time fifty-fifty. It means having both roles within reach and using each when it is needed. Your balance will shift with your job, your team and the time of year: a new team or a big change may pull you towards leading for a while, and a heavy delivery period may pull you towards managing. Tandem shows your leadership and management indices side by side and tracks them over months and years, so you can tell whether a lean is a choice or a habit.

Scores from any self-assessment wobble a little from one time to the next, even when nothing has really changed: your mood, your week and how you read a statement all play a part. Tandem knows roughly how large that wobble is for each score, and it only calls a change real when the change is larger than the measurement's noise. On the trend charts this appears as a band around your earlier score. A move inside the band is worth noticing but not worth celebrating or worrying about; a move beyond it is a change you can trust.</source>
            <translation>Balance heißt nicht, Ihre Zeit fünfzig zu fünfzig aufzuteilen. Es heißt, beide Rollen griffbereit zu haben und jede dann einzusetzen, wenn sie gebraucht wird. Ihre Balance verschiebt sich mit Ihrer Stelle, Ihrem Team und der Jahreszeit: Ein neues Team oder eine große Veränderung kann Sie eine Weile stärker zum Führen ziehen, eine arbeitsreiche Lieferphase stärker zum Managen. Tandem zeigt Ihren Führungsindex und Ihren Managementindex nebeneinander und verfolgt beide über Monate und Jahre, damit Sie erkennen, ob eine Neigung eine bewusste Wahl ist oder eine Gewohnheit.

Die Werte jeder Selbsteinschätzung schwanken von Mal zu Mal ein wenig, selbst wenn sich eigentlich nichts geändert hat: Ihre Stimmung, Ihre Woche und wie Sie eine Aussage lesen, spielen alle eine Rolle. Tandem weiß ungefähr, wie groß diese Schwankung bei jedem Wert ist, und nennt eine Veränderung erst dann echt, wenn sie größer ist als das Messrauschen. In den Verlaufsdiagrammen erscheint das als Rauschband um Ihren früheren Wert. Eine Bewegung innerhalb des Bands verdient Beachtung, ist aber kein Grund zum Feiern oder zur Sorge; eine Bewegung darüber hinaus ist eine Veränderung, auf die Sie sich verlassen können.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finding your balance</source>
            <translation>Ihre Balance finden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Growth comes from small, steady steps rather than big resolutions. Start by picking one growth area: a single skill or pole you would most like to strengthen. Tandem suggests growth areas from your latest assessment, but the choice is yours. Then set a goal: what you want to change, why it matters and by when, broken into a few concrete steps.

Each week, pick one tip for that area and try it. At the end of the week, write a short journal entry about what you tried, what happened and what you noticed about yourself, and link it to your goal. After a few weeks, your pulse check-ins and your next full assessment will show whether the change is taking hold.</source>
            <translation>Wachstum entsteht aus kleinen, stetigen Schritten, nicht aus großen Vorsätzen. Wählen Sie zunächst ein Wachstumsfeld: eine einzelne Fähigkeit oder einen Pol, den Sie am liebsten stärken möchten. Tandem schlägt Wachstumsfelder auf Grundlage Ihrer letzten Einschätzung vor, doch die Wahl liegt bei Ihnen. Setzen Sie sich dann ein Ziel: was Sie ändern möchten, warum es wichtig ist und bis wann, aufgeteilt in einige konkrete Schritte.

Wählen Sie jede Woche einen Tipp für dieses Feld und probieren Sie ihn aus. Schreiben Sie am Ende der Woche einen kurzen Journaleintrag darüber, was Sie ausprobiert haben, was passiert ist und was Ihnen an sich selbst aufgefallen ist, und verknüpfen Sie ihn mit Ihrem Ziel. Nach einigen Wochen zeigen Ihre Kurz-Checks und Ihre nächste vollständige Einschätzung, ob die Veränderung greift.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Growing your skills</source>
            <translation>Ihre Fähigkeiten entwickeln</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I linked my team's work to where we want to be in the longer run.</source>
            <translation>Diese Woche habe ich die Arbeit meines Teams damit verknüpft, wo wir langfristig hinwollen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I checked in with someone about how they were feeling.</source>
            <translation>Diese Woche habe ich mich bei jemandem erkundigt, wie es ihm oder ihr geht.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I explained my reasons when I asked people to support an idea.</source>
            <translation>Diese Woche habe ich meine Gründe erklärt, als ich andere gebeten habe, eine Idee zu unterstützen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I tried a new way of doing something.</source>
            <translation>Diese Woche habe ich eine neue Vorgehensweise ausprobiert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I made sure each piece of work had a clear owner.</source>
            <translation>Diese Woche habe ich dafür gesorgt, dass jede Arbeit eine klare Zuständigkeit hatte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I made decisions promptly once I had the facts I needed.</source>
            <translation>Diese Woche habe ich Entscheidungen zügig getroffen, sobald ich die nötigen Fakten hatte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I followed up on progress against what we had agreed.</source>
            <translation>Diese Woche habe ich den Fortschritt anhand unserer Vereinbarungen nachverfolgt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week I checked that people understood what I expected of them.</source>
            <translation>Diese Woche habe ich geprüft, ob andere verstanden haben, was ich von ihnen erwarte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leading</source>
            <translation>Führen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leading is about where you are going and why it matters. You set a direction, bring people together behind it and give them reasons to care, so that the team can change and grow. Anyone can lead, with or without a title, because it rests on influence rather than authority.</source>
            <translation>Beim Führen geht es darum, wohin Sie wollen und warum das wichtig ist. Sie geben eine Richtung vor, bringen Menschen dahinter zusammen und geben ihnen Gründe, sich dafür einzusetzen, damit sich das Team verändern und wachsen kann. Führen können alle, mit oder ohne Titel, denn es beruht auf Einfluss statt auf Autorität.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Managing</source>
            <translation>Managen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Managing is about making the work happen reliably. You organise people, time and money, keep processes under control and run the day-to-day operation. The aim is consistency: steady results people can count on.</source>
            <translation>Beim Managen geht es darum, dass die Arbeit verlässlich erledigt wird. Sie organisieren Menschen, Zeit und Geld, halten Prozesse unter Kontrolle und steuern das Tagesgeschäft. Das Ziel ist Beständigkeit: gleichbleibende Ergebnisse, auf die sich andere verlassen können.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rarely</source>
            <translation>Selten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sometimes</source>
            <translation>Manchmal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Often</source>
            <translation>Oft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Always</source>
            <translation>Immer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both roles need a clear sense of where the team is heading, because without goals neither inspiration nor organisation has anything to aim at.</source>
            <translation>Beide Rollen brauchen ein klares Bild davon, wohin das Team will, denn ohne Ziele haben weder Inspiration noch Organisation etwas, worauf sie hinwirken können.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sets long-term aims and makes sure people know why their work matters.</source>
            <translation>Sie setzen langfristige Ziele und sorgen dafür, dass die Menschen wissen, warum ihre Arbeit zählt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Breaks those aims into concrete, actionable steps and keeps the daily work lined up with them.</source>
            <translation>Sie zerlegen diese Ziele in konkrete, umsetzbare Schritte und richten die tägliche Arbeit an ihnen aus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goal orientation</source>
            <translation>Zielorientierung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both roles depend on helping people understand a common aim and rally around it.</source>
            <translation>Beide Rollen hängen davon ab, Menschen zu helfen, ein gemeinsames Ziel zu verstehen und sich dahinter zu versammeln.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paints a picture of the future that people want to be part of, and gains influence by inspiring them.</source>
            <translation>Sie zeichnen ein Bild der Zukunft, an dem andere mitwirken wollen, und gewinnen Einfluss, indem Sie sie begeistern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Makes expectations, responsibilities and processes clear, and earns respect by being consistent and dependable.</source>
            <translation>Sie machen Erwartungen, Zuständigkeiten und Abläufe klar und verdienen sich Respekt durch Beständigkeit und Verlässlichkeit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Communication and influence</source>
            <translation>Kommunikation und Einfluss</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both roles have to make difficult calls with confidence, because hesitation stalls the work.</source>
            <translation>Beide Rollen müssen schwierige Entscheidungen mit Überzeugung treffen, denn Zögern bringt die Arbeit ins Stocken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Makes strategic choices about the future, often without full information, drawing on judgement and experience.</source>
            <translation>Sie treffen strategische Entscheidungen über die Zukunft, oft ohne vollständige Informationen, und stützen sich dabei auf Urteilsvermögen und Erfahrung.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Makes operational decisions that keep the work efficient, drawing on data and established processes.</source>
            <translation>Sie treffen operative Entscheidungen, die die Arbeit effizient halten, und stützen sich dabei auf Daten und bewährte Abläufe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decision-making</source>
            <translation>Entscheidungsfindung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every team meets problems and shifting circumstances, so both roles must find a way through them.</source>
            <translation>Jedes Team stößt auf Probleme und wechselnde Umstände, deshalb müssen beide Rollen einen Weg hindurch finden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Encourages creative thinking to tackle broad challenges, and changes strategy when circumstances shift.</source>
            <translation>Sie fördern kreatives Denken, um große Herausforderungen anzugehen, und ändern die Strategie, wenn sich die Umstände wandeln.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Troubleshoots everyday roadblocks and refines processes so the work keeps flowing.</source>
            <translation>Sie beseitigen alltägliche Hindernisse und verfeinern Abläufe, damit die Arbeit im Fluss bleibt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problem-solving and adaptability</source>
            <translation>Problemlösung und Anpassungsfähigkeit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both roles are responsible for helping people grow, which is how a team keeps good people and stays effective.</source>
            <translation>Beide Rollen sind dafür verantwortlich, Menschen in ihrer Entwicklung zu unterstützen, denn so hält ein Team gute Leute und bleibt leistungsfähig.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mentors people and encourages them to grow beyond their current role.</source>
            <translation>Sie fördern Menschen persönlich und ermutigen sie, über ihre jetzige Rolle hinauszuwachsen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Provides hands-on training and day-to-day performance support, so people have the skills their tasks need.</source>
            <translation>Sie bieten praktische Einarbeitung und Unterstützung im Arbeitsalltag, damit alle die Fähigkeiten haben, die ihre Aufgaben erfordern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team development and support</source>
            <translation>Teamentwicklung und Unterstützung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Looking past today's work to the wider picture, and turning what you see into a direction your team can understand and aim for.</source>
            <translation>Über die heutige Arbeit hinaus das größere Ganze sehen und daraus eine Richtung machen, die Ihr Team verstehen und ansteuern kann.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person describes to their team what they want the work to look like a year or more from now.</source>
            <translation>Diese Person beschreibt ihrem Team, wie die gemeinsame Arbeit in einem Jahr oder später aussehen soll.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I describe to my team what I want our work to look like a year or more from now.</source>
            <translation>Ich beschreibe meinem Team, wie unsere Arbeit in einem Jahr oder später aussehen soll.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person sets time aside to think about changes that could affect the work in future.</source>
            <translation>Diese Person nimmt sich Zeit, über Veränderungen nachzudenken, die die Arbeit künftig betreffen könnten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I set time aside to think about changes that could affect our work in the future.</source>
            <translation>Ich nehme mir Zeit, über Veränderungen nachzudenken, die unsere Arbeit künftig betreffen könnten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person explains how everyday tasks connect to longer-term goals.</source>
            <translation>Diese Person erklärt, wie alltägliche Aufgaben mit längerfristigen Zielen zusammenhängen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I explain how everyday tasks connect to our longer-term goals.</source>
            <translation>Ich erkläre, wie die täglichen Aufgaben mit unseren längerfristigen Zielen zusammenhängen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person goes whole weeks without mentioning where the work is heading.</source>
            <translation>Diese Person spricht wochenlang nicht darüber, wohin sich die Arbeit entwickeln soll.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I go through whole weeks without mentioning where our work is heading.</source>
            <translation>Ich lasse ganze Wochen verstreichen, ohne anzusprechen, wohin sich unsere Arbeit entwickelt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Visionary thinking</source>
            <translation>Visionäres Denken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, write three sentences on what you want your team to be known for in a year's time, read them out at your next team meeting and ask what is missing.</source>
            <translation>Schreiben Sie diese Woche drei Sätze dazu, wofür Ihr Team in einem Jahr bekannt sein soll, lesen Sie sie in der nächsten Teambesprechung vor und fragen Sie, was fehlt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Block 30 minutes in your diary this week to look for one change outside your team, such as a shift in what customers ask for or a new tool, and note how it might affect your work.</source>
            <translation>Blocken Sie diese Woche 30 Minuten in Ihrem Kalender, um nach einer Veränderung außerhalb Ihres Teams Ausschau zu halten, etwa veränderten Kundenwünschen oder einem neuen Werkzeug, und notieren Sie, wie sie sich auf Ihre Arbeit auswirken könnte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your next one-to-one, pick a routine task the person is working on and talk through together how it feeds into a bigger goal.</source>
            <translation>Wählen Sie im nächsten Einzelgespräch eine Routineaufgabe, an der die Person gerade arbeitet, und besprechen Sie gemeinsam, wie sie zu einem größeren Ziel beiträgt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ask two people on your team where they think the team should be in a year, then compare their answers with your own picture.</source>
            <translation>Fragen Sie zwei Personen aus Ihrem Team, wo das Team ihrer Meinung nach in einem Jahr stehen sollte, und vergleichen Sie ihre Antworten mit Ihrem eigenen Bild.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Noticing how people feel, including yourself, and responding with care so that trust and goodwill grow.</source>
            <translation>Wahrnehmen, wie es Menschen geht, auch Ihnen selbst, und achtsam darauf eingehen, damit Vertrauen und Wohlwollen wachsen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person notices when someone on the team seems stressed or low.</source>
            <translation>Diese Person merkt, wenn jemand im Team gestresst oder niedergeschlagen wirkt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I notice when someone on my team seems stressed or low.</source>
            <translation>Ich merke, wenn jemand in meinem Team gestresst oder niedergeschlagen wirkt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When someone raises a worry, this person listens fully before offering a solution.</source>
            <translation>Wenn jemand eine Sorge anspricht, hört diese Person ganz zu, bevor sie eine Lösung anbietet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When someone raises a worry, I listen fully before offering a solution.</source>
            <translation>Wenn jemand eine Sorge anspricht, höre ich ganz zu, bevor ich eine Lösung anbiete.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In a tense moment, this person pauses before responding.</source>
            <translation>In angespannten Momenten hält diese Person kurz inne, bevor sie reagiert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In a tense moment, I pause before I respond.</source>
            <translation>In angespannten Momenten halte ich kurz inne, bevor ich reagiere.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person brushes aside how people feel when there is work to get done.</source>
            <translation>Diese Person übergeht, wie es anderen geht, wenn Arbeit zu erledigen ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I brush aside how people feel when there is work to get done.</source>
            <translation>Ich schiebe die Gefühle anderer beiseite, wenn Arbeit zu erledigen ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emotional intelligence</source>
            <translation>Emotionale Intelligenz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, start each one-to-one with an open question such as 'How are things for you at the moment?' and give the answer at least two minutes before moving on to tasks.</source>
            <translation>Beginnen Sie diese Woche jedes Einzelgespräch mit einer offenen Frage wie „Wie geht es Ihnen gerade?“ und geben Sie der Antwort mindestens zwei Minuten Raum, bevor Sie zu den Aufgaben übergehen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After one tense conversation this week, write down what you felt, what you did and what you would like to do differently next time.</source>
            <translation>Schreiben Sie diese Woche nach einem angespannten Gespräch auf, was Sie gefühlt und getan haben und was Sie beim nächsten Mal anders machen möchten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your next team meeting, watch for anyone who goes quiet, and check in with them privately afterwards.</source>
            <translation>Achten Sie in der nächsten Teambesprechung darauf, wer still wird, und sprechen Sie diese Person danach unter vier Augen an.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thank one person each day this week for something specific they did, and say what difference it made.</source>
            <translation>Danken Sie diese Woche jeden Tag einer Person für etwas Bestimmtes, das sie getan hat, und sagen Sie, was es bewirkt hat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Winning genuine commitment to ideas by explaining, listening and building support, rather than leaning on your position.</source>
            <translation>Echte Zustimmung für Ideen gewinnen, indem Sie erklären, zuhören und Unterstützung aufbauen, statt sich auf Ihre Position zu stützen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before proposing a change, this person finds out what matters to the people it will affect.</source>
            <translation>Bevor diese Person eine Änderung vorschlägt, findet sie heraus, was den Betroffenen wichtig ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before I propose a change, I find out what matters to the people it will affect.</source>
            <translation>Bevor ich eine Veränderung vorschlage, finde ich heraus, was den Betroffenen wichtig ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person gives reasons for their proposals that make sense to the people being asked.</source>
            <translation>Diese Person begründet ihre Vorschläge so, dass es für die Angesprochenen nachvollziehbar ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I give reasons for my proposals that make sense to the people I am asking.</source>
            <translation>Ich begründe meine Vorschläge so, dass die Angesprochenen die Gründe nachvollziehen können.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before a big decision, this person talks to key people one by one to build support.</source>
            <translation>Vor einer großen Entscheidung spricht diese Person einzeln mit wichtigen Beteiligten, um Unterstützung zu gewinnen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I talk to key people one by one to build support before a big decision.</source>
            <translation>Vor einer großen Entscheidung spreche ich einzeln mit wichtigen Personen, um Unterstützung zu gewinnen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person relies on their position to get people to go along with their ideas.</source>
            <translation>Diese Person setzt auf ihre Position, damit andere ihren Ideen folgen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I rely on my position to get people to go along with my ideas.</source>
            <translation>Ich verlasse mich auf meine Position, damit andere bei meinen Ideen mitziehen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Influence and persuasion</source>
            <translation>Einfluss und Überzeugungskraft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before your next proposal, list the three people it affects most and write one line on what each of them cares about, then shape your pitch around those lines.</source>
            <translation>Notieren Sie vor Ihrem nächsten Vorschlag die drei Personen, die er am stärksten betrifft, schreiben Sie zu jeder eine Zeile darüber, was ihr wichtig ist, und richten Sie Ihren Vorschlag dann an diesen Zeilen aus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, whenever you ask for something, give the reason first and the request second, and notice whether the response changes.</source>
            <translation>Nennen Sie diese Woche bei jeder Bitte zuerst den Grund und dann die Bitte, und achten Sie darauf, ob sich die Reaktion ändert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Have one short conversation this week with someone who disagrees with an idea of yours, and ask what would need to be true for them to support it.</source>
            <translation>Führen Sie diese Woche ein kurzes Gespräch mit jemandem, der eine Ihrer Ideen ablehnt, und fragen Sie, was gegeben sein müsste, damit diese Person sie unterstützt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find one person outside your own team whose help you will need soon, and have a coffee with them this week without asking for anything.</source>
            <translation>Suchen Sie sich eine Person außerhalb Ihres Teams, deren Hilfe Sie bald brauchen werden, und trinken Sie diese Woche einen Kaffee mit ihr, ohne um etwas zu bitten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staying steady when the way ahead is uncertain, trying new approaches and changing course when the facts change.</source>
            <translation>Besonnen bleiben, wenn der Weg nach vorn ungewiss ist, neue Ansätze ausprobieren und den Kurs ändern, wenn sich die Fakten ändern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person tries out new ways of doing things on a small scale.</source>
            <translation>Diese Person probiert neue Arbeitsweisen erst im Kleinen aus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I try out new ways of doing things on a small scale.</source>
            <translation>Ich probiere neue Arbeitsweisen zunächst im Kleinen aus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person invites the team to suggest ideas that break from the usual way of working.</source>
            <translation>Diese Person ermuntert das Team, Ideen vorzuschlagen, die von der üblichen Arbeitsweise abweichen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I invite my team to suggest ideas that break from how we usually work.</source>
            <translation>Ich lade mein Team ein, Ideen vorzuschlagen, die mit unserer üblichen Arbeitsweise brechen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person changes their plans when new information shows they no longer fit.</source>
            <translation>Diese Person ändert ihre Pläne, wenn neue Informationen zeigen, dass sie nicht mehr passen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I change my plans when new information shows they no longer fit.</source>
            <translation>Ich ändere meine Pläne, wenn neue Informationen zeigen, dass sie nicht mehr passen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person sticks with the usual way of doing things even when it is clearly not working.</source>
            <translation>Diese Person hält am Gewohnten fest, auch wenn es offensichtlich nicht funktioniert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I stick with the usual way of doing things even when it is clearly not working.</source>
            <translation>Ich halte an der üblichen Vorgehensweise fest, auch wenn sie offensichtlich nicht funktioniert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adaptability and innovation</source>
            <translation>Anpassungsfähigkeit und Innovation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose one routine your team has followed for years and, this week, ask the team: 'If we were starting from scratch, would we do it this way?'</source>
            <translation>Wählen Sie eine Routine, die Ihr Team seit Jahren pflegt, und fragen Sie das Team diese Woche: „Würden wir es so machen, wenn wir ganz von vorn anfingen?“</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Run one small experiment this week, such as a shorter meeting or a new template, and decide in advance how you will judge whether it worked.</source>
            <translation>Machen Sie diese Woche ein kleines Experiment, etwa eine kürzere Besprechung oder eine neue Vorlage, und legen Sie vorher fest, woran Sie erkennen, ob es funktioniert hat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At your next team meeting, set aside ten minutes for ideas that would change how you work, and agree that nobody criticises an idea on the spot.</source>
            <translation>Reservieren Sie in der nächsten Teambesprechung zehn Minuten für Ideen, die Ihre Arbeitsweise verändern würden, und vereinbaren Sie, dass niemand eine Idee sofort kritisiert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When a plan goes off track this week, write down what you know now that you did not know when you made it, before you decide whether to adjust.</source>
            <translation>Wenn diese Woche ein Plan aus dem Ruder läuft, schreiben Sie auf, was Sie jetzt wissen und beim Aufstellen des Plans noch nicht wussten, bevor Sie entscheiden, ob Sie ihn anpassen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Structuring the work, sharing out tasks and using time and other resources well, so the team runs smoothly and meets its deadlines.</source>
            <translation>Die Arbeit strukturieren, Aufgaben verteilen und Zeit und andere Ressourcen gut nutzen, damit das Team reibungslos läuft und seine Termine hält.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person plans who will do what before a piece of work begins.</source>
            <translation>Diese Person plant, wer was übernimmt, bevor eine Arbeit beginnt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I plan who will do what before a piece of work begins.</source>
            <translation>Bevor eine Arbeit beginnt, plane ich, wer was übernimmt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person checks that workloads are spread fairly across the team.</source>
            <translation>Diese Person achtet darauf, dass die Arbeit fair im Team verteilt ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I check that workloads are spread fairly across the team.</source>
            <translation>Ich achte darauf, dass die Arbeitslast fair im Team verteilt ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person deals with bottlenecks in the workflow before they hold up deadlines.</source>
            <translation>Diese Person löst Engpässe im Ablauf, bevor sie Termine gefährden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I deal with bottlenecks in our workflow before they hold up deadlines.</source>
            <translation>Ich beseitige Engpässe in unseren Abläufen, bevor sie Termine gefährden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person lets tasks pile up without a clear owner.</source>
            <translation>Bei dieser Person stapeln sich Aufgaben, für die niemand klar zuständig ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I let tasks pile up without a clear owner.</source>
            <translation>Ich lasse zu, dass sich Aufgaben ohne klare Zuständigkeit anhäufen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisational efficiency</source>
            <translation>Organisatorische Effizienz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, list every piece of work in progress and make sure each one has a single named owner and a due date.</source>
            <translation>Listen Sie diese Woche alle laufenden Arbeiten auf und sorgen Sie dafür, dass jede genau eine namentlich zuständige Person und ein Fälligkeitsdatum hat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look back at last month's late deliveries, find the step where work most often sat waiting, and try one change to shorten that wait.</source>
            <translation>Sehen Sie sich die verspäteten Lieferungen des letzten Monats an, suchen Sie den Schritt, an dem die Arbeit am häufigsten liegen blieb, und probieren Sie eine Änderung aus, die diese Wartezeit verkürzt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At the start of the week, spend 20 minutes mapping each person's load for the next fortnight, and rebalance anything that looks lopsided.</source>
            <translation>Nehmen Sie sich zu Wochenbeginn 20 Minuten, um die Auslastung jeder Person für die nächsten zwei Wochen zu erfassen, und gleichen Sie alles aus, was ungleich verteilt wirkt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel or shorten one recurring meeting this week that no longer earns its time, and tell people what you will do with the hour saved.</source>
            <translation>Streichen oder kürzen Sie diese Woche eine regelmäßige Besprechung, die ihre Zeit nicht mehr wert ist, und sagen Sie allen, was Sie mit der gewonnenen Stunde vorhaben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Working through day-to-day problems calmly, weighing facts and risks, and making sound, timely decisions that keep the work moving.</source>
            <translation>Alltägliche Probleme ruhig angehen, Fakten und Risiken abwägen und fundierte, rechtzeitige Entscheidungen treffen, die die Arbeit in Gang halten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person gathers the relevant facts before deciding how to fix a problem.</source>
            <translation>Diese Person sammelt die wichtigen Fakten, bevor sie entscheidet, wie ein Problem gelöst wird.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I gather the relevant facts before I decide how to fix a problem.</source>
            <translation>Ich sammle die relevanten Fakten, bevor ich entscheide, wie ich ein Problem löse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person looks for the root cause of a problem, not only its symptoms.</source>
            <translation>Diese Person sucht die Ursache eines Problems, nicht nur seine Symptome.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I look for the root cause of a problem, not only its symptoms.</source>
            <translation>Ich suche nach der eigentlichen Ursache eines Problems, nicht nur nach seinen Symptomen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person makes operational decisions promptly once there is enough information.</source>
            <translation>Diese Person trifft operative Entscheidungen zügig, sobald genug Informationen da sind.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I make operational decisions promptly once I have enough information.</source>
            <translation>Ich treffe operative Entscheidungen zügig, sobald ich genug Informationen habe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person puts off decisions until the problem has grown bigger.</source>
            <translation>Diese Person schiebt Entscheidungen auf, bis das Problem größer geworden ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I put off decisions until the problem has grown bigger.</source>
            <translation>Ich schiebe Entscheidungen auf, bis das Problem größer geworden ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problem-solving and decision-making</source>
            <translation>Problemlösung und Entscheidungsfindung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The next time something goes wrong this week, ask 'Why did that happen?' five times in a row before choosing a fix, and write the chain of answers down.</source>
            <translation>Wenn diese Woche das nächste Mal etwas schiefgeht, fragen Sie fünfmal hintereinander „Warum ist das passiert?“, bevor Sie eine Lösung wählen, und schreiben Sie die Kette der Antworten auf.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For one decision you have been putting off, write down the information you actually need, set a date to decide and tell the people affected.</source>
            <translation>Schreiben Sie zu einer Entscheidung, die Sie vor sich herschieben, auf, welche Informationen Sie wirklich brauchen, legen Sie einen Termin für die Entscheidung fest und informieren Sie die Betroffenen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before your next operational decision, list two options besides your first idea and one risk for each.</source>
            <translation>Notieren Sie vor Ihrer nächsten operativen Entscheidung neben Ihrer ersten Idee zwei weitere Optionen und zu jeder ein Risiko.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At the end of the week, review one decision you made: what you knew, what you chose and what happened next.</source>
            <translation>Blicken Sie am Ende der Woche auf eine Entscheidung zurück, die Sie getroffen haben: was Sie wussten, wofür Sie sich entschieden haben und was danach geschah.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keeping track of progress against clear standards, giving useful feedback and following up when work falls short.</source>
            <translation>Den Fortschritt an klaren Maßstäben messen, hilfreiches Feedback geben und nachhaken, wenn Arbeit hinter den Erwartungen zurückbleibt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person agrees clear measures of success with people before their work starts.</source>
            <translation>Diese Person vereinbart klare Erfolgskriterien, bevor die Arbeit beginnt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I agree clear measures of success with people before their work starts.</source>
            <translation>Ich vereinbare mit anderen klare Erfolgskriterien, bevor ihre Arbeit beginnt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person checks progress against agreed goals at regular points.</source>
            <translation>Diese Person prüft in regelmäßigen Abständen den Fortschritt gegenüber den vereinbarten Zielen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I check progress against agreed goals at regular points.</source>
            <translation>Ich prüfe in regelmäßigen Abständen den Fortschritt gegenüber den vereinbarten Zielen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person gives specific feedback soon after seeing someone's work.</source>
            <translation>Diese Person gibt bald nach dem Sehen einer Arbeit konkrete Rückmeldung.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I give people specific feedback soon after I see their work.</source>
            <translation>Ich gebe anderen konkretes Feedback, bald nachdem ich ihre Arbeit gesehen habe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person lets missed commitments pass without mentioning them.</source>
            <translation>Diese Person lässt nicht eingehaltene Zusagen unkommentiert durchgehen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I let missed commitments pass without mentioning them.</source>
            <translation>Ich lasse nicht eingehaltene Zusagen durchgehen, ohne sie anzusprechen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Performance monitoring and accountability</source>
            <translation>Leistungskontrolle und Verbindlichkeit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This week, choose one piece of work and agree with its owner, in writing, what 'done well' looks like before they go further.</source>
            <translation>Wählen Sie diese Woche eine Arbeit aus und halten Sie mit der zuständigen Person schriftlich fest, wie „gut gemacht“ aussieht, bevor sie weitermacht.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give one piece of specific feedback each day this week, naming what the person did and the effect it had.</source>
            <translation>Geben Sie diese Woche jeden Tag ein konkretes Feedback und benennen Sie dabei, was die Person getan hat und welche Wirkung es hatte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If there is a missed commitment you have not yet mentioned, raise it this week in a calm, private conversation that starts with what you noticed.</source>
            <translation>Wenn es eine nicht eingehaltene Zusage gibt, die Sie noch nicht angesprochen haben, sprechen Sie sie diese Woche in einem ruhigen Gespräch unter vier Augen an, und beginnen Sie mit dem, was Ihnen aufgefallen ist.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set up a simple weekly progress check, such as five minutes per person or one shared list, and run it for the first time this week.</source>
            <translation>Richten Sie einen einfachen wöchentlichen Fortschrittscheck ein, etwa fünf Minuten pro Person oder eine gemeinsame Liste, und führen Sie ihn diese Woche zum ersten Mal durch.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Making sure everyone knows what is expected of them, what to do and who does what, so that confusion and mistakes stay rare.</source>
            <translation>Dafür sorgen, dass alle wissen, was von ihnen erwartet wird, was zu tun ist und wer was übernimmt, damit Missverständnisse und Fehler selten bleiben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When handing over a task, this person spells out what the finished result should look like.</source>
            <translation>Wenn diese Person eine Aufgabe übergibt, beschreibt sie genau, wie das fertige Ergebnis aussehen soll.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When I hand over a task, I spell out what the finished result should look like.</source>
            <translation>Wenn ich eine Aufgabe übergebe, beschreibe ich genau, wie das fertige Ergebnis aussehen soll.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person asks people to say what their next steps are, to check that instructions were understood.</source>
            <translation>Diese Person lässt sich die nächsten Schritte schildern, um zu prüfen, ob ihre Anweisungen verstanden wurden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I ask people to tell me their next steps to check they have understood my instructions.</source>
            <translation>Ich bitte andere, mir ihre nächsten Schritte zu nennen, um zu prüfen, ob sie meine Anweisungen verstanden haben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person shares important decisions in writing with everyone they affect.</source>
            <translation>Diese Person teilt wichtige Entscheidungen allen Betroffenen schriftlich mit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I share important decisions in writing with everyone they affect.</source>
            <translation>Wichtige Entscheidungen teile ich allen Betroffenen schriftlich mit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This person assumes people know what is expected without telling them.</source>
            <translation>Diese Person geht davon aus, dass andere ihre Erwartungen kennen, ohne sie auszusprechen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I assume people know what I expect without telling them.</source>
            <translation>Ich gehe davon aus, dass andere wissen, was ich erwarte, ohne dass ich es ihnen sage.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Communication and clarity</source>
            <translation>Kommunikation und Klarheit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When you hand over a task this week, state the outcome, the deadline and who to ask for help, then ask the person to play it back in their own words.</source>
            <translation>Wenn Sie diese Woche eine Aufgabe übergeben, nennen Sie das Ergebnis, den Termin und wen man um Hilfe bitten kann, und lassen Sie es sich dann von der Person in eigenen Worten wiedergeben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After your next meeting, send a short note listing each decision, who owns each action and by when.</source>
            <translation>Schicken Sie nach Ihrer nächsten Besprechung eine kurze Notiz mit allen Entscheidungen und dazu, wer welche Aufgabe bis wann übernimmt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pick one thing your team is regularly confused about and write a one-page guide to it this week.</source>
            <translation>Wählen Sie etwas, das in Ihrem Team immer wieder für Verwirrung sorgt, und schreiben Sie diese Woche eine einseitige Anleitung dazu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ask one person this week: 'What is one thing I could explain more clearly?' and act on the answer.</source>
            <translation>Fragen Sie diese Woche eine Person: „Was könnte ich klarer erklären?“, und setzen Sie die Antwort um.</translation>
        </message>
    </context>
    <context>
        <name>SkillModelFile</name>
        <message>
            <location filename="../core/domain/skillmodel.cpp" line="+62" />
            <source>the field "%1" is missing</source>
            <translation>das Feld „%1“ fehlt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the field "%1" must be text</source>
            <translation>das Feld „%1“ muss Text sein</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the field "%1" is empty</source>
            <translation>das Feld „%1“ ist leer</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the field "%1" must be a list</source>
            <translation>das Feld „%1“ muss eine Liste sein</translation>
        </message>
        <message>
            <location line="+10" />
            <source>expected an object</source>
            <translation>ein Objekt erwartet</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the id "%1" may use only a-z, 0-9, '.' and '-'</source>
            <translation>die ID „%1“ darf nur a-z, 0-9, „.“ und „-“ enthalten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>this id is used more than once</source>
            <translation>diese ID wird mehr als einmal verwendet</translation>
        </message>
        <message>
            <location line="+15" />
            <source>needs %1 statements, has %2</source>
            <translation>braucht %1 Aussagen, hat %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>needs %1 to %2 statements, has %3</source>
            <translation>braucht %1 bis %2 Aussagen, hat %3</translation>
        </message>
        <message>
            <location line="+15" />
            <source>"reverse" must be true or false</source>
            <translation>„reverse“ muss true oder false sein</translation>
        </message>
        <message>
            <location line="+15" />
            <source>needs at least %1 tips, has %2</source>
            <translation>braucht mindestens %1 Tipps, hat %2</translation>
        </message>
        <message>
            <location line="+66" />
            <source>skill model: not valid JSON at byte %1 (%2)</source>
            <translation>Fähigkeitsmodell: kein gültiges JSON bei Byte %1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>skill model: the file must hold one JSON object</source>
            <translation>Fähigkeitsmodell: Die Datei muss genau ein JSON-Objekt enthalten</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"format" must be %1; this file is for a different Tandem</source>
            <translation>„format“ muss %1 sein; diese Datei gehört zu einer anderen Tandem-Version</translation>
        </message>
        <message>
            <location line="+7" />
            <source>needs %1 labels, has %2</source>
            <translation>braucht %1 Beschriftungen, hat %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>every label must be non-empty text</source>
            <translation>jede Beschriftung muss ein nicht leerer Text sein</translation>
        </message>
        <message>
            <location line="+32" />
            <source>"role" must be "lead" or "manage", not "%1"</source>
            <translation>„role“ muss „lead“ oder „manage“ sein, nicht „%1“</translation>
        </message>
        <message>
            <location line="+11" />
            <source>needs exactly one reverse-keyed statement, has %1</source>
            <translation>braucht genau eine umgekehrt gepolte Aussage, hat %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>needs %1 %2 skills, has %3</source>
            <translation>braucht %1 Fähigkeiten der Rolle %2, hat %3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>needs %1 contrasts, has %2</source>
            <translation>braucht %1 Gegensatzpaare, hat %2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>needs %1 shared areas, has %2</source>
            <translation>braucht %1 gemeinsame Bereiche, hat %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>shared area %1</source>
            <translation>gemeinsamer Bereich %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>pulse statement %1</source>
            <translation>Kurz-Check-Aussage %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>names the unknown skill "%1"</source>
            <translation>nennt die unbekannte Fähigkeit „%1“</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the skill "%1" already has a pulse statement</source>
            <translation>die Fähigkeit „%1“ hat bereits eine Kurz-Check-Aussage</translation>
        </message>
        <message>
            <location line="+7" />
            <source>has no pulse statement</source>
            <translation>hat keine Kurz-Check-Aussage</translation>
        </message>
        <message>
            <location line="+10" />
            <source>advisor question %1</source>
            <translation>Ratgeber-Frage %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>names the unknown contrast "%1"</source>
            <translation>nennt das unbekannte Gegensatzpaar „%1“</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the contrast "%1" already has a question</source>
            <translation>das Gegensatzpaar „%1“ hat bereits eine Frage</translation>
        </message>
        <message>
            <location line="+7" />
            <source>has no advisor question</source>
            <translation>hat keine Ratgeber-Frage</translation>
        </message>
        <message>
            <location line="+7" />
            <source>learn section %1</source>
            <translation>Lernabschnitt %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the section "%1" is missing</source>
            <translation>der Abschnitt „%1“ fehlt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>skill model: </source>
            <translation>Fähigkeitsmodell: </translation>
        </message>
    </context>
    <context>
        <name>StoreOpener</name>
        <message>
            <location filename="../app/cli/storeopener.cpp" line="+40" />
            <source> Commands that only read (profile, history, journal list, export …) still work.</source>
            <translation> Befehle, die nur lesen (profile, history, journal list, export …), funktionieren weiterhin.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The newest good backup is from %1 (%2): %3. Restore it with: tandem-cli %4restore %5</source>
            <translation>Die neueste intakte Sicherung stammt vom %1 (%2): %3. Wiederherstellen mit: tandem-cli %4restore %5</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n journal entries</source>
            <translation>
                <numerusform>%n Journaleintrag</numerusform>
                <numerusform>%n Journaleinträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TandemJson</name>
        <message>
            <location filename="../core/exchange/tandemjson.cpp" line="-1204" />
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <location line="+4" />
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <location line="+96" />
            <source>it has</source>
            <translation>es enthält</translation>
        </message>
        <message>
            <location line="+1" />
            <source> a field Tandem does not know: %1</source>
            <translation> ein Feld, das Tandem nicht kennt: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <location line="+16" />
            <source>must be text, not %1</source>
            <translation>muss Text sein, nicht %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>is too long (%1 characters; at most %2)</source>
            <translation>ist zu lang (%1 Zeichen; höchstens %2)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>must be %1 or %2, not %3</source>
            <translation>muss %1 oder %2 sein, nicht %3</translation>
        </message>
        <message>
            <location line="+16" />
            <source>is not a valid id: %1 (ids look like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</source>
            <translation>ist keine gültige ID: %1 (IDs sehen so aus: 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>is not a time in the form 2026-01-31T08:30:00Z: %1</source>
            <translation>ist keine Zeitangabe der Form 2026-01-31T08:30:00Z: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>must be a date in the form 2026-01-31, not null</source>
            <translation>muss ein Datum der Form 2026-01-31 sein, nicht null</translation>
        </message>
        <message>
            <location line="+9" />
            <source>is not a date in the form 2026-01-31: %1</source>
            <translation>ist kein Datum der Form 2026-01-31: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>must be a whole number from %1 to %2%3, not %4</source>
            <translation>muss eine ganze Zahl von %1 bis %2%3 sein, nicht %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source> or null</source>
            <translation> oder null</translation>
        </message>
        <message>
            <location line="+21" />
            <source>must be a list, not %1</source>
            <translation>muss eine Liste sein, nicht %1</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+21" />
            <location line="+940" />
            <source>has too many items (%1; at most %2)</source>
            <translation>hat zu viele Elemente (%1; höchstens %2)</translation>
        </message>
        <message>
            <location line="-946" />
            <source>must be an object, not %1</source>
            <translation>muss ein Objekt sein, nicht %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>holds %1, which is not an id (ids use only a-z, 0-9, '.' and '-')</source>
            <translation>enthält %1, was keine ID ist (IDs bestehen nur aus a-z, 0-9, „.“ und „-“)</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+332" />
            <source>names a %1 Tandem does not know: %2</source>
            <translation>nennt etwas, das Tandem nicht kennt (%1): %2</translation>
        </message>
        <message>
            <location line="-306" />
            <source>the id %1 is used twice, by %2 and by %3</source>
            <translation>die ID %1 wird doppelt verwendet, von %2 und von %3</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+131" />
            <location line="+16" />
            <source>must be an object or null, not %1</source>
            <translation>muss ein Objekt oder null sein, nicht %1</translation>
        </message>
        <message>
            <location line="-138" />
            <source>names a question twice</source>
            <translation>nennt eine Frage doppelt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>must hold one answer for each question, and nothing else</source>
            <translation>muss genau eine Antwort pro Frage enthalten und sonst nichts</translation>
        </message>
        <message>
            <location line="+5" />
            <source>has no answer for the question %1</source>
            <translation>hat keine Antwort auf die Frage %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>must hold objects, not %1</source>
            <translation>muss Objekte enthalten, nicht %1</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+90" />
            <location line="+56" />
            <location line="+46" />
            <location line="+52" />
            <location line="+33" />
            <source> must be an object, not %1</source>
            <translation> muss ein Objekt sein, nicht %1</translation>
        </message>
        <message>
            <location line="-291" />
            <source>holds an answer to %1, which is not a statement id</source>
            <translation>enthält eine Antwort auf %1, was keine Aussagen-ID ist</translation>
        </message>
        <message>
            <location line="+116" />
            <source>is not a field of an entry: a review belongs inside the entry's "decision", and an entry without a decision has nothing to review</source>
            <translation>ist kein Feld eines Eintrags: Ein Rückblick gehört in die „decision“ des Eintrags, und bei einem Eintrag ohne Entscheidung gibt es nichts zurückzublicken</translation>
        </message>
        <message>
            <location line="+24" />
            <source>holds an empty tag</source>
            <translation>enthält ein leeres Schlagwort</translation>
        </message>
        <message>
            <location line="+7" />
            <source>shared area</source>
            <translation>gemeinsamer Bereich</translation>
        </message>
        <message>
            <location line="+98" />
            <source>is not a key of %1 bytes in base64url</source>
            <translation>ist kein Schlüssel aus %1 Bytes in base64url</translation>
        </message>
        <message>
            <location line="+28" />
            <source>is not a seal (43 characters of base64url): %1</source>
            <translation>ist kein Siegel (43 Zeichen base64url): %1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>must name at least one statement</source>
            <translation>muss mindestens eine Aussage nennen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>names a statement twice</source>
            <translation>nennt eine Aussage zweimal</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The file is not valid UTF-8 text (at byte %1).</source>
            <translation>Die Datei ist kein gültiger UTF-8-Text (bei Byte %1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file is nested too deeply to be a Tandem export (at byte %1).</source>
            <translation>Die Datei ist zu tief verschachtelt, um ein Tandem-Export zu sein (bei Byte %1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file is not valid JSON: %1 at byte %2. It may be cut short or damaged.</source>
            <translation>Die Datei ist kein gültiges JSON: %1 bei Byte %2. Sie ist möglicherweise unvollständig oder beschädigt.</translation>
        </message>
        <message>
            <location line="+203" />
            <source>The file is larger than %1 MiB, too large to be a Tandem export.</source>
            <translation>Die Datei ist größer als %1 MiB und damit zu groß für einen Tandem-Export.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+173" />
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <location line="-167" />
            <location line="+169" />
            <source>This is not a Tandem export file: it does not hold a JSON object.</source>
            <translation>Dies ist keine Tandem-Exportdatei, denn sie enthält kein JSON-Objekt.</translation>
        </message>
        <message>
            <location line="-247" />
            <source>This is not a Tandem export file: it has no "format" field.</source>
            <translation>Dies ist keine Tandem-Exportdatei, denn ihr fehlt das Feld „format“.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a Tandem export file: its "format" is %1, not "%2".</source>
            <translation>Dies ist keine Tandem-Exportdatei, denn ihr „format“ ist %1, nicht „%2“.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file cannot be imported: "format_version" must be a whole number from 1 up, not %1.</source>
            <translation>Die Datei kann nicht importiert werden: „format_version“ muss eine ganze Zahl ab 1 sein, nicht %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file was written by a newer version of Tandem (export format %1; this version reads up to %2). Update Tandem to import it.</source>
            <translation>Diese Datei stammt von einer neueren Version von Tandem (Exportformat %1; diese Version liest bis %2). Aktualisieren Sie Tandem, um sie zu importieren.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the setting %1</source>
            <translation>die Einstellung %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>holds a setting with an empty or too long name</source>
            <translation>enthält eine Einstellung mit leerem oder zu langem Namen</translation>
        </message>
        <message>
            <location line="+56" />
            <location line="+113" />
            <source>The file cannot be imported: %1.</source>
            <translation>Die Datei kann nicht importiert werden: %1.</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <location filename="../core/store/transaction.cpp" line="+53" />
            <source>No transaction is open.</source>
            <translation>Es ist keine Transaktion offen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Part of the change could not be saved, so none of it was.</source>
            <translation>Ein Teil der Änderung konnte nicht gespeichert werden, deshalb wurde nichts davon gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../core/workspace/workspace.cpp" line="+179" />
            <source>the assessment has no time</source>
            <translation>die Einschätzung hat keinen Zeitpunkt</translation>
        </message>
        <message>
            <location line="+158" />
            <source>%1 is a response to a feedback round that is not in your data.</source>
            <translation>%1 ist eine Antwort auf eine Feedback-Runde, die nicht in Ihren Daten ist.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1: a different response with this id is already stored. If your colleague changed their answers, remove the earlier response first.</source>
            <translation>%1: Eine andere Antwort mit dieser Kennung ist bereits gespeichert. Wenn Ihre Kollegin oder Ihr Kollege die Antworten geändert hat, entfernen Sie zuerst die frühere Antwort.</translation>
        </message>
        <message>
            <location line="+89" />
            <source>The journal entry %1 records no decision to review: give it an expectation and a review date first.</source>
            <translation>Der Journaleintrag %1 enthält keine Entscheidung, auf die Sie zurückblicken könnten: Geben Sie ihm zuerst eine Erwartung und ein Datum für den Rückblick.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/gui/main.cpp" line="+45" />
            <source>A coaching app for people who lead and manage at work.</source>
            <translation>Eine Coaching-App für Menschen, die in ihrer Arbeit führen und managen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep data in DIR (default: $TANDEM_DATA_DIR, else the per-user data folder).</source>
            <translation>Daten in DIR ablegen (Standard: $TANDEM_DATA_DIR, sonst der Datenordner des Benutzers).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open on page NAME: %1.</source>
            <translation>Auf der Seite NAME öffnen: %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exit with status 0 once the window has painted (for start-up timing).</source>
            <translation>Mit Status 0 beenden, sobald das Fenster gezeichnet ist (zur Messung der Startzeit).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the Journal with a new entry (in the window already open, if any).</source>
            <translation>Das Journal mit einem neuen Eintrag öffnen (im bereits geöffneten Fenster, falls vorhanden).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the Check-in and start one: what is due, else the weekly pulse (in the window already open, if any).</source>
            <translation>Die Seite „Check-in“ öffnen und einen Check-in starten: den fälligen, sonst den wöchentlichen Kurz-Check (im bereits geöffneten Fenster, falls vorhanden).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>tandem: unknown page "%1"; choose one of: %2</source>
            <translation>tandem: unbekannte Seite „%1“; möglich sind: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>tandem: choose either --new-entry or --check-in, not both.</source>
            <translation>tandem: entweder --new-entry oder --check-in angeben, nicht beides.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tandem cannot open your data</source>
            <translation>Tandem kann Ihre Daten nicht öffnen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>tandem: already open on %1; brought its window to the front.</source>
            <translation>tandem: bereits für %1 geöffnet; das Fenster wurde in den Vordergrund geholt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tandem: already open on %1; asked its window to do it.</source>
            <translation>tandem: bereits für %1 geöffnet; der Auftrag wurde an das Fenster übergeben.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tandem cannot start</source>
            <translation>Tandem kann nicht starten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your data is not damaged. Make the folder writable (or move it to a disk that is), then start Tandem again. tandem-cli can still read it meanwhile.</source>
            <translation>Ihre Daten sind nicht beschädigt. Machen Sie den Ordner beschreibbar (oder verschieben Sie ihn auf ein beschreibbares Laufwerk) und starten Sie Tandem dann erneut. tandem-cli kann die Daten in der Zwischenzeit weiterhin lesen.</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="+22" />
            <source>Usage: tandem-cli [--data-dir DIR] COMMAND [OPTIONS]

Tandem from the terminal: the same data and skill model as the app.

Commands:
  framework [--json]           Show the skill model: skills, statements, contrasts, shared areas.
  demo --years N [--seed S] [--until YYYY-MM-DD]
                               Fill an empty data folder with N years of demonstration data.
  assess --answers FILE [--kind full|pulse] [--at ISO-8601]
                               Record an assessment from a JSON file ("-" reads standard input):
                               {"answers": {"ITEM_ID": 1..5, ...}}; ids as in framework --json.
  profile [--json]             Results of the latest full assessment, with real changes marked.
  history [--json] [--kind full|pulse]
                               Every assessment, newest first.
  due [--json]                 Which check-ins and decision reviews are due, or when check-ins next are.
  journal add --title T [--body TEXT | --body-file F] [--mode lead|manage|both]
              [--skill ID]... [--tag T]... [--rating 1..5] [--at ISO-8601]
              [--expect TEXT [--confidence 0..100] [--review-on YYYY-MM-DD]]
                               Write a journal entry; prints its id. --expect records a decision
                               to look back on (review by default four weeks after the entry).
  journal list [--json] [--from D] [--to D] [--skill ID] [--tag T] [--limit N]
                               List entries, newest first.
  journal search QUERY [--json] [--limit N]
                               Search every text of every entry; best matches first.
  journal show ID [--json]     Show one entry in full.
  journal delete ID            Delete one entry.
  journal review ENTRY --outcome TEXT --mode lead|manage|both --held yes|no|partly
                               Look back on the decision an entry records.
  reviews due [--json] [--by YYYY-MM-DD]
                               Decisions whose review date has come (by today, or by that day).
  goals add --skill ID | --pole CONTRAST:lead|manage --title T [--why W] [--target 0..100]
            [--due YYYY-MM-DD]
                               Set a growth goal; prints its id. Ids as framework prints them.
  goals list [--json] [--status active|paused|done|dropped]...
                               Every goal (or those in a status) with its progress.
  goals show ID [--json]       One goal: its aim, steps (numbered), evidence and progress.
  goals step add ID TEXT [--due YYYY-MM-DD]
                               Add a step to a goal.
  goals step done|undone ID STEP
                               Tick a step off (or open it again); STEP as goals show numbers it.
  goals link|unlink ID ENTRY   Give a journal entry to a goal as evidence, or take it away.
  goals status ID active|paused|done|dropped
                               Pause, complete, drop or resume a goal.
  feedback new [--skills ID,...] [--contrasts ID,...] [--about NAME] [--note TEXT]
               [--invited N] [--json]
                               Start a round of colleagues' feedback (default: every statement);
                               prints its id. Ids as framework prints them.
  feedback form ROUND --output FILE.html [--force]
                               Write the round's form to send to colleagues.
  feedback import FILE... [--json]
                               Import colleagues' response files ("-" reads standard input); each
                               all or nothing, the same response twice is skipped.
  feedback list [--json]       Every round with its responses.
  feedback show ROUND [--json] Self against others: others' scores from 3 raters on, real gaps marked.
  feedback close|reopen|delete ROUND
                               Close a round (self is then the assessment before it), open it
                               again, or delete it with its responses. ROUND: its id or uuid.
  advise --answers "a,b,c,d,e" [--json] [--save-to ENTRY | --new-entry TITLE]
                               Lead or manage? Five answers from -3 (lead side) to 3 (manage side).
                               --save-to keeps the advice with an entry, --new-entry with a new one.
  backup [--output PATH [--force]]
                               A verified backup into the backups folder, or a verified copy at
                               PATH; prints its path. (The app makes automatic backups; this does not.)
  backups [--json]             Every backup, newest first, with what it holds.
  restore PATH                 Put a backup in place of the database; what was there is kept.
  check                        Check the whole database file; exit 1 if it is damaged.
  export --format json|csv|markdown --output PATH [--per-month]
                               Everything as JSON (re-importable), scores and entries as CSV (PATH
                               is a folder), or the journal as Markdown (one file, or with
                               --per-month a folder of YYYY-MM.md files).
  import PATH [--from tandem|rednotebook|jrnl] [--dry-run] [--json]
                               Merge a Tandem export, a RedNotebook data folder or a jrnl JSON
                               export: all or nothing; the same file twice adds nothing.
                               --dry-run reports what would change and changes nothing.

Options:
  --data-dir DIR   Use the data folder DIR (default: $TANDEM_DATA_DIR, else the standard
                   per-user data folder).
  -v, --verbose    With an error, also print its technical details (SQLite's own words).
  -h, --help       Show this help.
  --version        Show the version.

Exit status: 0 success, 1 failure at run time, 2 bad usage or input.
See docs/cli.md for every command and its JSON.
</source>
            <translation>Aufruf: tandem-cli [--data-dir DIR] COMMAND [OPTIONS]

Tandem im Terminal: dieselben Daten und dasselbe Fähigkeitsmodell wie in der App.

Befehle:
  framework [--json]           Das Fähigkeitsmodell anzeigen: Fähigkeiten, Aussagen, Gegensatzpaare,
                               gemeinsame Bereiche.
  demo --years N [--seed S] [--until YYYY-MM-DD]
                               Einen leeren Datenordner mit N Jahren Beispieldaten füllen.
  assess --answers FILE [--kind full|pulse] [--at ISO-8601]
                               Eine Einschätzung aus einer JSON-Datei festhalten („-“ liest die
                               Standardeingabe): {"answers": {"ITEM_ID": 1..5, ...}};
                               IDs wie in framework --json.
  profile [--json]             Ergebnisse der neuesten vollständigen Einschätzung, echte
                               Veränderungen markiert.
  history [--json] [--kind full|pulse]
                               Alle Einschätzungen, die neueste zuerst.
  due [--json]                 Welche Check-ins und Rückblicke auf Entscheidungen fällig sind, oder
                               wann die nächsten Check-ins anstehen.
  journal add --title T [--body TEXT | --body-file F] [--mode lead|manage|both]
              [--skill ID]... [--tag T]... [--rating 1..5] [--at ISO-8601]
              [--expect TEXT [--confidence 0..100] [--review-on YYYY-MM-DD]]
                               Einen Journaleintrag schreiben; gibt seine ID aus. --expect hält eine
                               Entscheidung fest, auf die Sie später zurückblicken (Rückblick
                               standardmäßig vier Wochen nach dem Eintrag).
  journal list [--json] [--from D] [--to D] [--skill ID] [--tag T] [--limit N]
                               Einträge auflisten, die neuesten zuerst.
  journal search QUERY [--json] [--limit N]
                               Alle Texte aller Einträge durchsuchen; beste Treffer zuerst.
  journal show ID [--json]     Einen Eintrag vollständig anzeigen.
  journal delete ID            Einen Eintrag löschen.
  journal review ENTRY --outcome TEXT --mode lead|manage|both --held yes|no|partly
                               Auf die Entscheidung zurückblicken, die ein Eintrag festhält.
  reviews due [--json] [--by YYYY-MM-DD]
                               Entscheidungen, deren Rückblick fällig ist (bis heute oder bis zu
                               diesem Tag).
  goals add --skill ID | --pole CONTRAST:lead|manage --title T [--why W] [--target 0..100]
            [--due YYYY-MM-DD]
                               Ein Wachstumsziel setzen; gibt seine ID aus. IDs wie von framework
                               ausgegeben.
  goals list [--json] [--status active|paused|done|dropped]...
                               Alle Ziele (oder die mit einem Status) mit ihrem Fortschritt.
  goals show ID [--json]       Ein Ziel: sein Vorhaben, Schritte (nummeriert), Belege und
                               Fortschritt.
  goals step add ID TEXT [--due YYYY-MM-DD]
                               Einem Ziel einen Schritt hinzufügen.
  goals step done|undone ID STEP
                               Einen Schritt abhaken (oder wieder öffnen); STEP wie von goals show
                               nummeriert.
  goals link|unlink ID ENTRY   Einen Journaleintrag einem Ziel als Beleg zuordnen oder die
                               Zuordnung aufheben.
  goals status ID active|paused|done|dropped
                               Ein Ziel pausieren, abschließen, aufgeben oder wieder aufnehmen.
  feedback new [--skills ID,...] [--contrasts ID,...] [--about NAME] [--note TEXT]
               [--invited N] [--json]
                               Eine Feedback-Runde bei Kolleginnen und Kollegen beginnen (Standard:
                               alle Aussagen); gibt ihre ID aus. IDs wie von framework ausgegeben.
  feedback form ROUND --output FILE.html [--force]
                               Das Formular der Runde schreiben, das Sie Ihren Kolleginnen und
                               Kollegen schicken.
  feedback import FILE... [--json]
                               Antwortdateien importieren („-“ liest die Standardeingabe); jede
                               ganz oder gar nicht, dieselbe Antwort zweimal wird übersprungen.
  feedback list [--json]       Alle Runden mit ihren Antworten.
  feedback show ROUND [--json] Selbstbild und Fremdbild: Werte anderer ab 3 Antwortenden, echte
                               Abstände markiert.
  feedback close|reopen|delete ROUND
                               Eine Runde schließen (Selbstbild ist dann die Einschätzung davor),
                               wieder öffnen oder mit ihren Antworten löschen. ROUND: ihre ID oder
                               UUID.
  advise --answers "a,b,c,d,e" [--json] [--save-to ENTRY | --new-entry TITLE]
                               Führen oder Managen? Fünf Antworten von -3 (Seite des Führens) bis
                               3 (Seite des Managens). --save-to speichert den Rat bei einem
                               Eintrag, --new-entry bei einem neuen.
  backup [--output PATH [--force]]
                               Eine geprüfte Sicherung im Sicherungsordner oder eine geprüfte Kopie
                               unter PATH; gibt ihren Pfad aus. (Die App erstellt automatische
                               Sicherungen; dieser Befehl nicht.)
  backups [--json]             Alle Sicherungen, die neueste zuerst, mit ihrem Inhalt.
  restore PATH                 Eine Sicherung an die Stelle der Datenbank setzen; der bisherige
                               Stand wird aufbewahrt.
  check                        Die gesamte Datenbankdatei prüfen; Exit-Status 1, wenn sie
                               beschädigt ist.
  export --format json|csv|markdown --output PATH [--per-month]
                               Alles als JSON (wieder importierbar), Werte und Einträge als CSV
                               (PATH ist ein Ordner) oder das Journal als Markdown (eine Datei,
                               oder mit --per-month ein Ordner mit YYYY-MM.md-Dateien).
  import PATH [--from tandem|rednotebook|jrnl] [--dry-run] [--json]
                               Einen Tandem-Export, einen RedNotebook-Datenordner oder einen
                               jrnl-JSON-Export zusammenführen: alles oder nichts; dieselbe Datei
                               zweimal fügt nichts hinzu.
                               --dry-run zeigt, was sich ändern würde, und ändert nichts.

Optionen:
  --data-dir DIR   Den Datenordner DIR verwenden (Standard: $TANDEM_DATA_DIR, sonst der
                   übliche Datenordner des Benutzers).
  -v, --verbose    Bei einem Fehler auch die technischen Details ausgeben (die Meldung von
                   SQLite selbst).
  -h, --help       Diese Hilfe anzeigen.
  --version        Die Version anzeigen.

Exit-Status: 0 Erfolg, 1 Fehler bei der Ausführung, 2 falscher Aufruf oder falsche Eingabe.
Unter docs/cli.md finden Sie jeden Befehl und sein JSON.
</translation>
        </message>
        <message>
            <location line="+106" />
            <source>--data-dir needs a folder</source>
            <translation>--data-dir braucht einen Ordner</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (see tandem-cli --help)</source>
            <translation> (siehe tandem-cli --help)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>tandem-cli %1 (skill model %2, data format %3)
</source>
            <translation>tandem-cli %1 (Fähigkeitsmodell %2, Datenformat %3)
</translation>
        </message>
        <message>
            <location line="+45" />
            <source>unknown command "%1" (see tandem-cli --help)</source>
            <translation>unbekannter Befehl „%1“ (siehe tandem-cli --help)</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::ActivityHeatMap</name>
        <message>
            <location filename="../ui/progress/activityheatmap.cpp" line="+220" />
            <source>No entries</source>
            <translation>Keine Einträge</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n entries (busiest week)</source>
            <translation>
                <numerusform>%n Eintrag (aktivste Woche)</numerusform>
                <numerusform>%n Einträge (aktivste Woche)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n entries (busiest day)</source>
            <translation>
                <numerusform>%n Eintrag (aktivster Tag)</numerusform>
                <numerusform>%n Einträge (aktivster Tag)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::ActivityTab</name>
        <message>
            <location filename="../ui/progress/activitytab.cpp" line="+13" />
            <source>Journal Activity</source>
            <translation>Journal-Aktivität</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Write your first journal entry to see your journal activity here.</source>
            <translation>Schreiben Sie Ihren ersten Journaleintrag, um hier Ihre Journal-Aktivität zu sehen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No journal entries in this date range.</source>
            <translation>Keine Journaleinträge in diesem Zeitraum.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Week of %1</source>
            <translation>Woche vom %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with entries</source>
            <translation>Tage mit Einträgen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 on %Ln days; the more a square stands out from the background, the more entries.</source>
            <translation>
                <numerusform>%1 an %Ln Tag; je deutlicher sich ein Kästchen vom Hintergrund abhebt, desto mehr Einträge.</numerusform>
                <numerusform>%1 an %Ln Tagen; je deutlicher sich ein Kästchen vom Hintergrund abhebt, desto mehr Einträge.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln journal entries</source>
            <translation>
                <numerusform>%Ln Journaleintrag</numerusform>
                <numerusform>%Ln Journaleinträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Calendar heat map of journal entries per day: %n entries, </source>
            <translation>
                <numerusform>Aktivitätskalender der Journaleinträge pro Tag: %n Eintrag, </numerusform>
                <numerusform>Aktivitätskalender der Journaleinträge pro Tag: %n Einträge, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>at most %n on one day.</source>
            <translation>
                <numerusform>höchstens %n an einem Tag.</numerusform>
                <numerusform>höchstens %n an einem Tag.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::AdvisorDialog</name>
        <message>
            <location filename="../ui/journal/advisordialog.cpp" line="+32" />
            <source>Strongly</source>
            <translation>Stark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mostly</source>
            <translation>Überwiegend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A little</source>
            <translation>Etwas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither way</source>
            <translation>Weder noch</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Lead or Manage?</source>
            <translation>Führen oder Managen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lead or manage advisor</source>
            <translation>Ratgeber „Führen oder Managen?“</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The advisor's answer</source>
            <translation>Die Antwort des Ratgebers</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This is a decision I want to look back on</source>
            <translation>Auf diese Entscheidung möchte ich später zurückblicken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record this as a decision to look back on</source>
            <translation>Als Entscheidung für einen späteren Rückblick festhalten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The entry then asks what you expect to happen and how sure you are, and reminds you to look back in four weeks.</source>
            <translation>Der Eintrag fragt dann, was Sie erwarten und wie sicher Sie sind, und erinnert Sie in vier Wochen an den Rückblick.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep With Entry</source>
            <translation>Zum Eintrag übernehmen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start an Entry With This Advice</source>
            <translation>Eintrag mit diesem Rat beginnen</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Not answered yet</source>
            <translation>Noch nicht beantwortet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Answer at least one question to get the advisor's answer: move its slider towards the side that fits this situation. To answer "neither way", click the slider or press Space on it. Questions you leave out count as neither way.</source>
            <translation>Beantworten Sie mindestens eine Frage, um die Antwort des Ratgebers zu erhalten: Schieben Sie den Regler zu der Seite, die zu dieser Situation passt. Um mit „weder noch“ zu antworten, klicken Sie auf den Regler oder drücken Sie bei ausgewähltem Regler die Leertaste. Fragen, die Sie auslassen, zählen als „weder noch“.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Added as a step of "%1". Edit ▸ Undo takes it back.</source>
            <translation>Als Schritt zu „%1“ hinzugefügt. Bearbeiten ▸ Rückgängig nimmt das zurück.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Lean towards leading</source>
            <translation>Eher führen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lean towards managing</source>
            <translation>Eher managen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Blend leading and managing</source>
            <translation>Führen und Managen verbinden</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What drove it:</source>
            <translation>Ausschlaggebend:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your answers do not pull either way yet.</source>
            <translation>Ihre Antworten weisen noch in keine Richtung.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Skills to draw on:</source>
            <translation>Hilfreiche Fähigkeiten:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make it a step…</source>
            <translation>Als Schritt übernehmen…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Try this:</source>
            <translation>Probieren Sie Folgendes:</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::AppSession</name>
        <message>
            <location filename="../ui/mainwindow/appsession.cpp" line="+56" />
            <location line="+46" />
            <location line="+80" />
            <source>Tandem cannot open your data</source>
            <translation>Tandem kann Ihre Daten nicht öffnen</translation>
        </message>
        <message>
            <location line="-119" />
            <source>Your data is not damaged. Make the folder writable (or move it to a disk that is), then start Tandem again.</source>
            <translation>Ihre Daten sind nicht beschädigt. Machen Sie den Ordner beschreibbar (oder verschieben Sie ihn auf ein beschreibbares Laufwerk) und starten Sie Tandem dann erneut.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Another program is using your data right now.</source>
            <translation>Ein anderes Programm verwendet Ihre Daten gerade.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try Again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>Open Data Folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+41" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Restoring it keeps the current file in the backups folder, so nothing is lost.</source>
            <translation>Beim Wiederherstellen bleibt die aktuelle Datei im Sicherungsordner erhalten, es geht also nichts verloren.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no backup to restore. Open the data folder to copy the file somewhere safe before you try anything else.</source>
            <translation>Es gibt keine Sicherung zum Wiederherstellen. Öffnen Sie den Datenordner und kopieren Sie die Datei an einen sicheren Ort, bevor Sie etwas anderes versuchen.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+197" />
            <source>Restore Backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location line="-184" />
            <location line="+60" />
            <source>The backup could not be restored</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your data was not changed.</source>
            <translation>Ihre Daten wurden nicht verändert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backup restored</source>
            <translation>Sicherung wiederhergestellt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your data is now as it was in the backup. What you had before is kept as a backup in Settings → Backups, in case you want it back.</source>
            <translation>Ihre Daten entsprechen jetzt dem Stand der Sicherung. Ihr vorheriger Stand ist als Sicherung unter Einstellungen → Sicherungen aufbewahrt, falls Sie ihn zurückhaben möchten.</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Tandem found damage in your data: %1</source>
            <translation>Tandem hat Schäden in Ihren Daten gefunden: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your data is damaged</source>
            <translation>Ihre Daten sind beschädigt</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restore it now? What you have now is kept in the backups folder.</source>
            <translation>Jetzt wiederherstellen? Ihr aktueller Stand wird im Sicherungsordner aufbewahrt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not Now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no backup to restore. Export your data now to keep what can still be read.</source>
            <translation>Es gibt keine Sicherung zum Wiederherstellen. Exportieren Sie Ihre Daten jetzt, um zu bewahren, was sich noch lesen lässt.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::BackupsPanel</name>
        <message>
            <location filename="../ui/settings/backupspanel.cpp" line="+8" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tandem makes a verified copy of your data each day you use it and when you close it after changes, and keeps a week of daily copies and two months of weekly ones.</source>
            <translation>Tandem erstellt an jedem Tag, an dem Sie es nutzen, und beim Schließen nach Änderungen eine geprüfte Kopie Ihrer Daten. Aufbewahrt werden die täglichen Kopien einer Woche und die wöchentlichen von zwei Monaten.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Backups, newest first</source>
            <translation>Sicherungen, neueste zuerst</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Made</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No backups yet. The first is made a few seconds after you start Tandem with some data in it.</source>
            <translation>Noch keine Sicherungen. Die erste wird wenige Sekunden nach dem Start von Tandem erstellt, sobald Daten vorhanden sind.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back Up Now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the selected backup</source>
            <translation>Die ausgewählte Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore from File…</source>
            <translation>Aus Datei wiederherstellen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore a backup file from elsewhere</source>
            <translation>Eine Sicherungsdatei von einem anderen Ort wiederherstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open Folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the backups folder</source>
            <translation>Den Sicherungsordner öffnen</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The backups could not be listed: %1</source>
            <translation>Die Sicherungen konnten nicht aufgelistet werden: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This backup was made on %1. It holds %2.</source>
            <translation>Diese Sicherung wurde am %1 erstellt. Sie enthält %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Its newest journal entry is from %1.</source>
            <translation>Ihr neuester Journaleintrag stammt vom %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your data will be replaced by it. What you have now is backed up first, so you can come back to it from this list.</source>
            <translation>Ihre Daten werden durch diese Sicherung ersetzt. Ihr aktueller Stand wird vorher gesichert, sodass Sie über diese Liste zu ihm zurückkehren können.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose a Tandem Backup</source>
            <translation>Tandem-Sicherung auswählen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tandem backups (*.db);;All files (*)</source>
            <translation>Tandem-Sicherungen (*.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This backup cannot be restored</source>
            <translation>Diese Sicherung kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::BusyDialog</name>
        <message>
            <location filename="../ui/exchange/busydialog.cpp" line="+18" />
            <source>Tandem</source>
            <translation>Tandem</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop this work</source>
            <translation>Diesen Vorgang abbrechen</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Stopping…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::ChartPanel</name>
        <message>
            <location filename="../ui/progress/chartpanel.cpp" line="+40" />
            <source>Table View</source>
            <translation>Tabellenansicht</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show %1 as a table</source>
            <translation>%1 als Tabelle anzeigen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save as Image…</source>
            <translation>Als Bild speichern…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save %1 as an image</source>
            <translation>%1 als Bild speichern</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 table</source>
            <translation>Tabelle: %1</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Could not write the image to %1.</source>
            <translation>Das Bild konnte nicht unter %1 gespeichert werden.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+9" />
            <source>Save as Image</source>
            <translation>Als Bild speichern</translation>
        </message>
        <message>
            <location line="-7" />
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::CheckInPage</name>
        <message>
            <location filename="../ui/checkin/checkinpage.cpp" line="+64" />
            <source>Due today.</source>
            <translation>Heute fällig.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due now.</source>
            <translation>Jetzt fällig.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due since %1.</source>
            <translation>Fällig seit %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next on %1.</source>
            <translation>Nächster Termin: %1.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A one-minute pulse each week, and a full assessment every few weeks. Your answers are kept as you go, so you can stop at any time and carry on later.</source>
            <translation>Jede Woche ein einminütiger Kurz-Check und alle paar Wochen eine vollständige Einschätzung. Ihre Antworten werden laufend gespeichert, Sie können also jederzeit unterbrechen und später weitermachen.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Start Over</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard the unfinished pulse</source>
            <translation>Den angefangenen Kurz-Check verwerfen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discard the unfinished full assessment</source>
            <translation>Die angefangene vollständige Einschätzung verwerfen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Weekly pulse</source>
            <translation>Wöchentlicher Kurz-Check</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One quick statement per skill, about this past week. About a minute.</source>
            <translation>Eine kurze Aussage pro Fähigkeit, bezogen auf die vergangene Woche. Etwa eine Minute.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+77" />
            <source>Full assessment</source>
            <translation>Vollständige Einschätzung</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Every skill and both sides of each contrast: %1 statements on %2 screens, about ten minutes.</source>
            <translation>Alle Fähigkeiten und beide Seiten jedes Gegensatzpaars: %1 Aussagen auf %2 Seiten, etwa zehn Minuten.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Check-in sections</source>
            <translation>Bereiche des Check-ins</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Past assessments</source>
            <translation>Frühere Einschätzungen</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Open Results</source>
            <translation>Ergebnisse öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the results of the selected assessment</source>
            <translation>Die Ergebnisse der ausgewählten Einschätzung öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selected assessment</source>
            <translation>Die ausgewählte Einschätzung löschen</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the deletion</source>
            <translation>Das Löschen rückgängig machen</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Back to Check-in</source>
            <translation>Zurück zum Check-in</translation>
        </message>
        <message>
            <location line="+28" />
            <source>You have an unfinished one from %1, with %2 of %3 answered.</source>
            <translation>Es gibt einen angefangenen Durchgang vom %1: %2 von %3 Aussagen beantwortet.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Resume Pulse</source>
            <translation>Kurz-Check fortsetzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start Pulse</source>
            <translation>Kurz-Check starten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume Assessment</source>
            <translation>Einschätzung fortsetzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start Full Assessment</source>
            <translation>Vollständige Einschätzung starten</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Your unfinished answers could not be read: %1</source>
            <translation>Ihre angefangenen Antworten konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Your latest answer could not be kept for later: %1</source>
            <translation>Ihre letzte Antwort konnte nicht für später gespeichert werden: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your answers could not be saved: %1

They are kept; try again in a moment.</source>
            <translation>Ihre Antworten konnten nicht gespeichert werden: %1

Sie bleiben erhalten; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Start over?</source>
            <translation>Neu beginnen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your unfinished answers will be thrown away. Start over?</source>
            <translation>Ihre angefangenen Antworten werden verworfen. Neu beginnen?</translation>
        </message>
        <message>
            <location line="+21" />
            <source>These results could not be shown: %1</source>
            <translation>Diese Ergebnisse konnten nicht angezeigt werden: %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Delete assessment?</source>
            <translation>Einschätzung löschen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the full assessment of %1?</source>
            <translation>Die vollständige Einschätzung vom %1 löschen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the pulse of %1?</source>
            <translation>Den Kurz-Check vom %1 löschen?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Deleted the full assessment of %1.</source>
            <translation>Die vollständige Einschätzung vom %1 wurde gelöscht.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deleted the pulse of %1.</source>
            <translation>Der Kurz-Check vom %1 wurde gelöscht.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Edit ▸ Undo brings it back.</source>
            <translation>Bearbeiten ▸ Rückgängig macht das Löschen rückgängig.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>It could not be deleted: %1</source>
            <translation>Das Löschen ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Added as a step of "%1". Edit ▸ Undo takes it back.</source>
            <translation>Als Schritt zu „%1“ hinzugefügt. Bearbeiten ▸ Rückgängig nimmt das zurück.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::DashboardPage</name>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="+101" />
            <source>Led</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managed</source>
            <translation>Gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Led and managed</source>
            <translation>Geführt und gemanagt</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Welcome to Tandem</source>
            <translation>Willkommen bei Tandem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tandem helps you grow in the two jobs of anyone who runs a team: leading people towards where you are going, and managing the work that gets you there. Short check-ins show where you stand on each skill, a journal of real situations shows what works for you, and over time Tandem tells real change apart from noise.</source>
            <translation>Tandem hilft Ihnen, in den zwei Aufgaben zu wachsen, die jede Teamleitung hat: Menschen dorthin zu führen, wo Sie hinwollen, und die Arbeit zu managen, die Sie dorthin bringt. Kurze Check-ins zeigen, wo Sie bei jeder Fähigkeit stehen, ein Journal echter Situationen zeigt, was für Sie funktioniert, und mit der Zeit unterscheidet Tandem echte Veränderung vom Rauschen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Take Your First Full Assessment</source>
            <translation>Erste vollständige Einschätzung machen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take your first full assessment, about ten minutes</source>
            <translation>Ihre erste vollständige Einschätzung machen, etwa zehn Minuten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start with a One-Minute Pulse</source>
            <translation>Mit einminütigem Kurz-Check beginnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start with a one-minute pulse</source>
            <translation>Mit einem einminütigen Kurz-Check beginnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read How It Works</source>
            <translation>Erklärung lesen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read how Tandem works</source>
            <translation>Lesen, wie Tandem funktioniert</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The full assessment takes about ten minutes and gives you your profile; the pulse is eight quick answers about this past week. Your answers stay on this computer.</source>
            <translation>Die vollständige Einschätzung dauert etwa zehn Minuten und liefert Ihnen Ihr Profil; der Kurz-Check besteht aus acht schnellen Antworten zur vergangenen Woche. Ihre Antworten bleiben auf diesem Computer.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Start Pulse</source>
            <translation>Kurz-Check starten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the weekly pulse</source>
            <translation>Den wöchentlichen Kurz-Check starten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start Full Assessment</source>
            <translation>Vollständige Einschätzung starten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start a full assessment</source>
            <translation>Eine vollständige Einschätzung starten</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Your profile</source>
            <translation>Ihr Profil</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your strengths</source>
            <translation>Ihre Stärken</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Where to grow</source>
            <translation>Wo Sie wachsen können</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Recent journal entries</source>
            <translation>Neueste Journaleinträge</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recent journal entries; open one to read it in the journal</source>
            <translation>Neueste Journaleinträge; öffnen Sie einen, um ihn im Journal zu lesen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No entries yet. After a meeting, a decision or a hard talk, write down what happened and whether you led or managed: a few lines are enough.</source>
            <translation>Noch keine Einträge. Schreiben Sie nach einer Besprechung, einer Entscheidung oder einem schwierigen Gespräch auf, was geschehen ist und ob Sie geführt oder gemanagt haben: Ein paar Zeilen genügen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open Journal</source>
            <translation>Journal öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the journal</source>
            <translation>Das Journal öffnen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Decisions to look back on</source>
            <translation>Entscheidungen für den Rückblick</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You said you would look back on these decisions. How did they turn out?</source>
            <translation>Sie wollten auf diese Entscheidungen zurückblicken. Wie sind sie ausgegangen?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Decisions due for review; open one to review it in the journal</source>
            <translation>Entscheidungen mit fälligem Rückblick; öffnen Sie eine, um im Journal auf sie zurückzublicken</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Colleagues' feedback</source>
            <translation>Feedback von Kolleginnen und Kollegen</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+398" />
            <source>Open Round</source>
            <translation>Runde öffnen</translation>
        </message>
        <message>
            <location line="-396" />
            <location line="+398" />
            <source>Open your feedback round</source>
            <translation>Ihre Feedback-Runde öffnen</translation>
        </message>
        <message>
            <location line="-391" />
            <source>Active goals</source>
            <translation>Aktive Ziele</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Active goals; open one to see its steps and progress</source>
            <translation>Aktive Ziele; öffnen Sie eines, um seine Schritte und Fortschritte zu sehen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No active goals. Pick one of your growth areas and set a goal with a few concrete steps.</source>
            <translation>Keine aktiven Ziele. Wählen Sie eines Ihrer Wachstumsfelder und setzen Sie sich ein Ziel mit ein paar konkreten Schritten.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open Goals</source>
            <translation>Ziele öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the goals page</source>
            <translation>Die Seite „Ziele“ öffnen</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Your weekly pulse and a full assessment are due.</source>
            <translation>Ihr wöchentlicher Kurz-Check und eine vollständige Einschätzung sind fällig.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your weekly pulse is due: one minute, %1 quick answers.</source>
            <translation>Ihr wöchentlicher Kurz-Check ist fällig: eine Minute, %1 schnelle Antworten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A full assessment is due: about ten minutes.</source>
            <translation>Eine vollständige Einschätzung ist fällig: etwa zehn Minuten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing is due. Your next pulse is on %1, your next full assessment on %2.</source>
            <translation>Nichts ist fällig. Ihr nächster Kurz-Check ist am %1, Ihre nächste vollständige Einschätzung am %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What is due could not be worked out: %1</source>
            <translation>Es ließ sich nicht ermitteln, was fällig ist: %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You have not taken a full assessment yet. It takes about ten minutes and shows where you stand on every skill, and how leading and managing balance for you.</source>
            <translation>Sie haben noch keine vollständige Einschätzung gemacht. Sie dauert etwa zehn Minuten und zeigt, wo Sie bei jeder Fähigkeit stehen und wie sich Führen und Managen bei Ihnen die Waage halten.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>From your full assessment of %1.</source>
            <translation>Aus Ihrer vollständigen Einschätzung vom %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+20" />
            <source>Leadership</source>
            <translation>Führung</translation>
        </message>
        <message>
            <location line="-19" />
            <location line="+20" />
            <source>Management</source>
            <translation>Management</translation>
        </message>
        <message>
            <location line="-17" />
            <source>towards leading</source>
            <translation>in Richtung Führen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>towards managing</source>
            <translation>in Richtung Managen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>even</source>
            <translation>ausgeglichen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No real change since your assessment of %1: every difference is within the day-to-day noise of the answers.</source>
            <translation>Keine echte Veränderung seit Ihrer Einschätzung vom %1: Alle Unterschiede liegen im alltäglichen Rauschen der Antworten.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Real changes since your assessment of %1:</source>
            <translation>Echte Veränderungen seit Ihrer Einschätzung vom %1:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is your first full assessment. From the next one, Tandem shows what has really changed.</source>
            <translation>Dies ist Ihre erste vollständige Einschätzung. Ab der nächsten zeigt Tandem, was sich wirklich verändert hat.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Try this:</source>
            <translation>Probieren Sie Folgendes:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your skills are level with each other this time, so none stands out.</source>
            <translation>Ihre Fähigkeiten liegen diesmal gleichauf, keine sticht heraus.</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+87" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location line="-81" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+45" />
            <source>no steps yet</source>
            <translation>noch keine Schritte</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 of %n steps done</source>
            <translation>
                <numerusform>%1 von %n Schritt erledigt</numerusform>
                <numerusform>%1 von %n Schritten erledigt</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>score %1, target %2</source>
            <translation>Wert %1, Zielwert %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>score %1</source>
            <translation>Wert %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>due %1</source>
            <translation>fällig am %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next: %1</source>
            <translation>Als Nächstes: %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>decided %1, review due %2</source>
            <translation>entschieden am %1, Rückblick fällig am %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>You expected: %1</source>
            <translation>Ihre Erwartung: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n colleagues have answered your feedback round of %1 (you asked %2).</source>
            <translation>
                <numerusform>%n Person hat auf Ihre Feedback-Runde vom %1 geantwortet (gefragt: %2).</numerusform>
                <numerusform>%n Kolleginnen und Kollegen haben auf Ihre Feedback-Runde vom %1 geantwortet (gefragt: %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n colleagues have answered your feedback round of %1.</source>
            <translation>
                <numerusform>%n Person hat auf Ihre Feedback-Runde vom %1 geantwortet.</numerusform>
                <numerusform>%n Kolleginnen und Kollegen haben auf Ihre Feedback-Runde vom %1 geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>See how their view compares with your own.</source>
            <translation>Sehen Sie, wie ihre Sicht sich zu Ihrer eigenen verhält.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Their view shows once %1 have answered, so that no single answer can be recognised.</source>
            <translation>Ihre Sicht erscheint, sobald %1 geantwortet haben, damit keine einzelne Antwort erkennbar ist.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>See Results</source>
            <translation>Ergebnisse ansehen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the results of your feedback round</source>
            <translation>Die Ergebnisse Ihrer Feedback-Runde ansehen</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Set a Goal</source>
            <translation>Ziel setzen</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Set a goal on %1</source>
            <translation>Ein Ziel für %1 setzen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Make the Tip a Step</source>
            <translation>Tipp als Schritt übernehmen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the tip for %1 a goal step: %2</source>
            <translation>Den Tipp für %1 als Schritt eines Ziels übernehmen: %2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>This tip is already a step of your goal “%1”.</source>
            <translation>Dieser Tipp ist bereits ein Schritt Ihres Ziels „%1“.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add Step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added as a step to your goal “%1”. Edit ▸ Undo takes it back.</source>
            <translation>Als Schritt zu Ihrem Ziel „%1“ hinzugefügt. Bearbeiten ▸ Rückgängig nimmt das zurück.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The step could not be added: %1</source>
            <translation>Der Schritt konnte nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Part of your overview could not be read: %1</source>
            <translation>Ein Teil Ihrer Übersicht konnte nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::DataTransfer</name>
        <message>
            <location filename="../ui/exchange/datatransfer.cpp" line="-69" />
            <source>Tandem is still busy with an export, import, check or backup. Try again when it has finished.</source>
            <translation>Tandem ist noch mit einem Export, einem Import, einer Prüfung oder einer Sicherung beschäftigt. Versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Exporting your data…</source>
            <translation>Ihre Daten werden exportiert…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Making the progress report…</source>
            <translation>Der Fortschrittsbericht wird erstellt…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The import failed and nothing was changed: %1</source>
            <translation>Der Import ist fehlgeschlagen, es wurde nichts verändert: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Checking your data…</source>
            <translation>Ihre Daten werden geprüft…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Backing up…</source>
            <translation>Wird gesichert…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The backup failed: %1</source>
            <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backed up and verified: %1.</source>
            <translation>Gesichert und geprüft: %1.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Export Everything as JSON</source>
            <translation>Alles als JSON exportieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export Journal as Markdown</source>
            <translation>Journal als Markdown exportieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Markdown files (*.md)</source>
            <translation>Markdown-Dateien (*.md)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a Folder for the CSV Files</source>
            <translation>Ordner für die CSV-Dateien auswählen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a Folder for the Monthly Files</source>
            <translation>Ordner für die Monatsdateien auswählen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The export was stopped; nothing was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The export failed: %1</source>
            <translation>Der Export ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported to %1.</source>
            <translation>Nach %1 exportiert.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Exported %n files to %1.</source>
            <translation>
                <numerusform>%n Datei nach %1 exportiert.</numerusform>
                <numerusform>%n Dateien nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save Progress Report</source>
            <translation>Fortschrittsbericht speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The report was stopped; nothing was saved.</source>
            <translation>Der Bericht wurde abgebrochen; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The report could not be saved</source>
            <translation>Der Bericht konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report could not be saved: %1</source>
            <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved the progress report to %1.</source>
            <translation>Der Fortschrittsbericht wurde unter %1 gespeichert.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The check could not run</source>
            <translation>Die Prüfung konnte nicht ausgeführt werden</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your data is intact: every page of the file reads back, no record points at one that is gone, and the search index matches your entries (%1).</source>
            <translation>Ihre Daten sind intakt: Jede Seite der Datei lässt sich lesen, kein Datensatz verweist auf einen, den es nicht mehr gibt, und der Suchindex stimmt mit Ihren Einträgen überein (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your data is intact</source>
            <translation>Ihre Daten sind intakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked: your data is intact.</source>
            <translation>Geprüft: Ihre Daten sind intakt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your data has problems</source>
            <translation>Ihre Daten weisen Probleme auf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore the newest backup from Settings → Backups; what you have now is kept as a backup first. Exporting now keeps a copy of what can still be read.</source>
            <translation>Stellen Sie die neueste Sicherung unter Einstellungen → Sicherungen wieder her; Ihr aktueller Stand wird vorher als Sicherung aufbewahrt. Wenn Sie jetzt exportieren, behalten Sie eine Kopie von allem, was sich noch lesen lässt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The check found problems in your data.</source>
            <translation>Die Prüfung hat Probleme in Ihren Daten gefunden.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::DecisionsTab</name>
        <message>
            <location filename="../ui/progress/decisionstab.cpp" line="+31" />
            <location line="+236" />
            <location line="+14" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="-238" />
            <source>Q%1 %2</source>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+174" />
            <location line="+88" />
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <location line="-256" />
            <source>What to show about your decisions</source>
            <translation>Was zu Ihren Entscheidungen angezeigt wird</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Following the advice, over time</source>
            <translation>Befolgter Rat im Zeitverlauf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How well your confidence matched</source>
            <translation>Wie gut Ihre Zuversicht zutraf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sh&amp;ow:</source>
            <translation>&amp;Ansicht:</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Nothing to compare yet. Record a decision in a journal entry, ask the advisor about it, and look back when its review is due: this chart then shows how following the advice worked out.</source>
            <translation>Noch nichts zu vergleichen. Halten Sie in einem Journaleintrag eine Entscheidung fest, fragen Sie den Ratgeber dazu und blicken Sie zurück, wenn der Rückblick fällig ist: Dieses Diagramm zeigt dann, wie es sich ausgewirkt hat, dem Rat zu folgen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You looked back on decisions in this range (%1), but none had both the advisor's answer and the mode you used. Ask the advisor when you record a decision to see this chart.</source>
            <translation>Sie haben in diesem Zeitraum auf Entscheidungen zurückgeblickt (%1), aber bei keiner waren sowohl die Antwort des Ratgebers als auch Ihr tatsächliches Vorgehen festgehalten. Fragen Sie den Ratgeber, wenn Sie eine Entscheidung festhalten, um dieses Diagramm zu sehen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Followed the advice</source>
            <translation>Rat befolgt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did not follow it</source>
            <translation>Rat nicht befolgt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean rating, followed</source>
            <translation>Mittlere Bewertung, befolgt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean rating, not followed</source>
            <translation>Mittlere Bewertung, nicht befolgt</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1&lt;br&gt;%2 + %3</source>
            <translation>%1&lt;br&gt;%2 + %3</translation>
        </message>
        <message>
            <location line="+14" />
            <source>followed</source>
            <translation>befolgt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not followed</source>
            <translation>nicht befolgt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, %2: %3 held of %4, mean rating %5</source>
            <translation>%1, %2: %3 von %4 eingetreten, mittlere Bewertung %5</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+51" />
            <location line="+88" />
            <source>Expectation held</source>
            <translation>Erwartung eingetreten</translation>
        </message>
        <message>
            <location line="-133" />
            <source>Mean rating (1–5)</source>
            <translation>Mittlere Bewertung (1–5)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Held in none</source>
            <translation>In keinem Fall eingetreten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>0 %</source>
            <translation>0 %</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Advice</source>
            <translation>Rat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mean rating</source>
            <translation>Mittlere Bewertung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bars: how often what you expected held (yes counts fully, partly half) when you followed the advisor's lean and when you did not; squares: how it went (1–5, right scale). Under each period, how many decisions the two bars stand on (followed + not followed). Over the whole range: followed %1 of %2, not followed %3 of %4.</source>
            <translation>Balken: wie oft Ihre Erwartung eingetreten ist (ja zählt voll, teilweise halb), wenn Sie der Empfehlung des Ratgebers gefolgt sind und wenn nicht; Quadrate: wie es lief (1–5, rechte Skala). Unter jedem Zeitraum steht, auf wie vielen Entscheidungen die beiden Balken beruhen (befolgt + nicht befolgt). Über den gesamten Zeitraum: befolgt %1 von %2, nicht befolgt %3 von %4.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Bar chart of how often your expectation held, by whether you followed the advice. </source>
            <translation>Balkendiagramm: wie oft Ihre Erwartung eingetreten ist, je nachdem, ob Sie dem Rat gefolgt sind. </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing to compare yet. When you record a decision, say how sure you are; once you have looked back on a few, this chart shows whether things held as often as you expected.</source>
            <translation>Noch nichts zu vergleichen. Geben Sie beim Festhalten einer Entscheidung an, wie sicher Sie sind; sobald Sie auf einige zurückgeblickt haben, zeigt dieses Diagramm, ob Ihre Erwartungen so oft eingetreten sind, wie Sie dachten.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Perfectly calibrated</source>
            <translation>Perfekt kalibriert</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+37" />
            <source>How often it held</source>
            <translation>Wie oft es eintrat</translation>
        </message>
        <message>
            <location line="-27" />
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1–%2 %</source>
            <translation>%1–%2 %</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sure %1: held %2 (decisions: %3)</source>
            <translation>%1 sicher: eingetreten %2 (Entscheidungen: %3)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 % (%2)</source>
            <translation>%1 % (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How sure you were (decisions)</source>
            <translation>Wie sicher Sie waren (Entscheidungen)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>How sure you were</source>
            <translation>Wie sicher Sie waren</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mean confidence</source>
            <translation>Mittlere Zuversicht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For each level of confidence, how often what you expected held (yes counts fully, partly half), against the dashed line where it would hold exactly as often as you were sure. Points below the line: you were surer than things turned out. In brackets, how many decisions each level stands on; a level with only a few says little yet.</source>
            <translation>Für jede Stufe der Zuversicht: wie oft Ihre Erwartung eingetreten ist (ja zählt voll, teilweise halb), verglichen mit der gestrichelten Linie, auf der sie genau so oft eintritt, wie Sie sich sicher waren. Punkte unter der Linie: Sie waren sich sicherer, als es sich dann zeigte. In Klammern steht, auf wie vielen Entscheidungen jede Stufe beruht; eine Stufe mit nur wenigen sagt noch wenig aus.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Calibration chart of the reviewed decisions that say how sure you were (%1): </source>
            <translation>Kalibrierungsdiagramm der Entscheidungen mit Rückblick, bei denen Sie angegeben haben, wie sicher Sie waren (%1): </translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::DueTracker</name>
        <message numerus="yes">
            <location filename="../ui/checkin/duetracker.cpp" line="+35" />
            <source>%n decisions to review</source>
            <translation>
                <numerusform>%n Rückblick fällig</numerusform>
                <numerusform>%n Rückblicke fällig</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::EditHistory</name>
        <message>
            <location filename="../ui/common/edithistory.cpp" line="+36" />
            <source>Could not undo “%1”: %2</source>
            <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not redo “%1”: %2</source>
            <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the entry is no longer there.</source>
            <translation>Der Eintrag ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the check-in is no longer there.</source>
            <translation>Der Check-in ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Edit Entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New Entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Delete Entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Delete Check-in</source>
            <translation>Check-in löschen</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Finish Check-in</source>
            <translation>Check-in abschließen</translation>
        </message>
        <message>
            <location line="+51" />
            <source>the goal is no longer there.</source>
            <translation>das Ziel existiert nicht mehr.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+36" />
            <source>the feedback round is no longer there.</source>
            <translation>die Feedback-Runde ist nicht mehr da.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Change Reminders</source>
            <translation>Erinnerungen ändern</translation>
        </message>
        <message>
            <location line="+49" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location line="+113" />
            <source>New Goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete Goal</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Link Entry to Goal</source>
            <translation>Eintrag mit Ziel verknüpfen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink Entry from Goal</source>
            <translation>Verknüpfung von Eintrag und Ziel lösen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Review Decision</source>
            <translation>Auf Entscheidung zurückblicken</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New Feedback Round</source>
            <translation>Neue Feedback-Runde</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Delete Feedback Round</source>
            <translation>Feedback-Runde löschen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Close Feedback Round</source>
            <translation>Feedback-Runde schließen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen Feedback Round</source>
            <translation>Feedback-Runde wieder öffnen</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::EntryPicker</name>
        <message>
            <location filename="../ui/goals/entrypicker.cpp" line="+25" />
            <source>Link a Journal Entry</source>
            <translation>Journaleintrag verknüpfen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which entry shows you working on this goal? Your latest entries are listed; type to search them all.</source>
            <translation>Welcher Eintrag zeigt, wie Sie an diesem Ziel arbeiten? Aufgeführt sind Ihre neuesten Einträge; tippen Sie, um alle zu durchsuchen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search journal entries</source>
            <translation>Journaleinträge durchsuchen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search your journal</source>
            <translation>Ihr Journal durchsuchen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Journal entries to link</source>
            <translation>Zu verknüpfende Journaleinträge</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Link Entry</source>
            <translation>Eintrag verknüpfen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Link the chosen entry to the goal</source>
            <translation>Den gewählten Eintrag mit dem Ziel verknüpfen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The journal could not be read: %1</source>
            <translation>Das Journal konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(already linked)</source>
            <translation>(bereits verknüpft)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your journal is empty.</source>
            <translation>Ihr Journal ist leer.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No entry matches.</source>
            <translation>Kein Eintrag passt.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::FeedbackPage</name>
        <message>
            <location filename="../ui/feedback/feedbackpage.cpp" line="+55" />
            <source>What was imported</source>
            <translation>Was importiert wurde</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+67" />
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
        <message>
            <location line="-66" />
            <location line="+67" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask colleagues how they see you lead and manage, and compare their view with your own. Everything stays on this computer.</source>
            <translation>Fragen Sie Kolleginnen und Kollegen, wie sie Ihr Führen und Managen erleben, und vergleichen Sie ihre Sicht mit Ihrer eigenen. Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+70" />
            <source>New Round…</source>
            <translation>Neue Runde …</translation>
        </message>
        <message>
            <location line="-68" />
            <source>New feedback round</source>
            <translation>Neue Feedback-Runde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import Responses…</source>
            <translation>Antworten importieren …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import response files</source>
            <translation>Antwortdateien importieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import the response files your colleagues sent back (you can also drop them here)</source>
            <translation>Die Antwortdateien importieren, die Ihre Kolleginnen und Kollegen zurückgeschickt haben (Sie können sie auch hierher ziehen)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Round deleted</source>
            <translation>Runde gelöscht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo deleting the round</source>
            <translation>Das Löschen der Runde rückgängig machen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Feedback rounds; open one to see its results</source>
            <translation>Feedback-Runden; öffnen Sie eine, um ihre Ergebnisse zu sehen</translation>
        </message>
        <message>
            <location line="+24" />
            <source>You have no feedback rounds yet. A round asks colleagues the statements of your check-in about you: Tandem writes a form as one web page that you send them. It opens in any browser, needs no account and no network, and gives each colleague a small response file to send back. Import those files here to see where others see you as you do, and where they see you differently. Their scores show from three responses on, so that no single answer can be recognised.</source>
            <translation>Sie haben noch keine Feedback-Runden. Eine Runde stellt Kolleginnen und Kollegen die Aussagen Ihres Check-ins über Sie: Tandem schreibt dafür ein Formular als eine einzige Webseite, die Sie ihnen schicken. Sie öffnet sich in jedem Browser, braucht weder Konto noch Netzwerk und gibt jeder Person eine kleine Antwortdatei zum Zurückschicken. Importieren Sie diese Dateien hier, um zu sehen, wo andere Sie so sehen wie Sie sich selbst und wo anders. Ihre Werte erscheinen ab drei Antworten, damit keine einzelne Antwort erkennbar ist.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Start your first feedback round</source>
            <translation>Ihre erste Feedback-Runde beginnen</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Your feedback rounds could not be read: %1</source>
            <translation>Ihre Feedback-Runden konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+62" />
            <source>“%1” was deleted with its responses.</source>
            <translation>„%1“ wurde mit ihren Antworten gelöscht.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Import Responses</source>
            <translation>Antworten importieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Response files (*.json *.txt);;All files (*)</source>
            <translation>Antwortdateien (*.json *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 could not be opened: %2</source>
            <translation>%1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+32" />
            <source>%n responses imported.</source>
            <translation>
                <numerusform>%n Antwort importiert.</numerusform>
                <numerusform>%n Antworten importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already imported before, skipped.</source>
            <translation>
                <numerusform>%n war schon importiert und wurde übersprungen.</numerusform>
                <numerusform>%n waren schon importiert und wurden übersprungen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::FeedbackRoundDialog</name>
        <message>
            <location filename="../ui/feedback/feedbackrounddialog.cpp" line="+28" />
            <source>New Feedback Round</source>
            <translation>Neue Feedback-Runde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New feedback round</source>
            <translation>Neue Feedback-Runde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose what your colleagues are asked about. Tandem then writes one form for this round: send it to them, and import the response files they send back.</source>
            <translation>Wählen Sie, wonach Ihre Kolleginnen und Kollegen gefragt werden. Tandem schreibt dann ein Formular für diese Runde: Schicken Sie es ihnen und importieren Sie die Antwortdateien, die zurückkommen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name the form asks about</source>
            <translation>Name, nach dem das Formular fragt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional, e.g. your first name</source>
            <translation>Freiwillig, z. B. Ihr Vorname</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note to your colleagues</source>
            <translation>Nachricht an Ihre Kolleginnen und Kollegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: why you ask, and by when you would like an answer</source>
            <translation>Freiwillig: warum Sie fragen und bis wann Sie eine Antwort möchten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many people you ask</source>
            <translation>Wie viele Personen Sie fragen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not given</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How do you see … at work?</source>
            <translation>Wie erleben Sie … bei der Arbeit?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note:</source>
            <translation>Nachricht:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>People asked:</source>
            <translation>Gefragte Personen:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Create Round</source>
            <translation>Runde erstellen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the round</source>
            <translation>Die Runde erstellen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Leadership skills</source>
            <translation>Fähigkeiten des Führens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management skills</source>
            <translation>Fähigkeiten des Managens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contrasts (both sides of each)</source>
            <translation>Gegensätze (jeweils beide Seiten)</translation>
        </message>
        <message>
            <location line="+82" />
            <source>The round could not be stored: %1</source>
            <translation>Die Runde konnte nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::FeedbackRoundListModel</name>
        <message>
            <location filename="../ui/feedback/feedbackroundlistmodel.cpp" line="+59" />
            <source>You (no name given)</source>
            <translation>Sie (kein Name angegeben)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked about</source>
            <translation>Gefragt nach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Responses</source>
            <translation>Antworten</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::FeedbackTab</name>
        <message>
            <location filename="../ui/progress/feedbacktab.cpp" line="+33" />
            <location line="+86" />
            <source>Colleagues</source>
            <translation>Kollegium</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Score (0–100)</source>
            <translation>Wert (0–100)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Score to show</source>
            <translation>Angezeigter Wert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leadership and management indices</source>
            <translation>Führungs- und Managementindex</translation>
        </message>
        <message>
            <location line="+5" />
            <source>S&amp;core:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Ask colleagues for feedback on the Feedback page to see how their view of you moves from round to round.</source>
            <translation>Bitten Sie auf der Seite „Feedback“ Kolleginnen und Kollegen um Rückmeldung, um zu sehen, wie sich ihre Sicht auf Sie von Runde zu Runde bewegt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No feedback rounds began in this date range. Choose a longer range.</source>
            <translation>In diesem Zeitraum hat keine Feedback-Runde begonnen. Wählen Sie einen längeren Zeitraum.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Colleagues' view shows here once %1 of them have answered a round about this score.</source>
            <translation>Die Sicht des Kollegiums erscheint hier, sobald %1 Personen eine Runde zu diesem Wert beantwortet haben.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Raters</source>
            <translation>Antwortende</translation>
        </message>
        <message>
            <location line="+0" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gap</source>
            <translation>Abstand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since the round before</source>
            <translation>Seit der Runde davor</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: %2 since the round before, %3.</source>
            <translation>%1: %2 seit der Runde davor, %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+112" />
            <source>a real change</source>
            <translation>eine echte Veränderung</translation>
        </message>
        <message>
            <location line="-112" />
            <location line="+112" />
            <source>within noise</source>
            <translation>im Rahmen des Rauschens</translation>
        </message>
        <message>
            <location line="-110" />
            <source>Solid lines: your colleagues' mean in each round, shown once %1 or more rated the score. Dashed lines: your own score at the time. </source>
            <translation>Durchgezogene Linien: der Mittelwert des Kollegiums in jeder Runde, gezeigt ab %1 Bewertungen des Werts. Gestrichelte Linien: Ihr eigener Wert zu der Zeit. </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Line chart of how colleagues rated %1 over %n feedback rounds, beside your own score. </source>
            <translation>
                <numerusform>Liniendiagramm, wie das Kollegium %1 in %n Feedback-Runde bewertet hat, neben Ihrem eigenen Wert. </numerusform>
                <numerusform>Liniendiagramm, wie das Kollegium %1 über %n Feedback-Runden bewertet hat, neben Ihrem eigenen Wert. </numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leadership index</source>
            <translation>Führungsindex</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management index</source>
            <translation>Managementindex</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 (about %2)</source>
            <translation>%1 (über %2)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Colleagues: %1</source>
            <translation>Kollegium: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You: %1</source>
            <translation>Sie: %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not asked</source>
            <translation>Nicht gefragt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 ± %2</source>
            <translation>%1 ± %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>; raters disagree</source>
            <translation>; die Antwortenden sind uneins</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::FeedbackView</name>
        <message>
            <location filename="../ui/feedback/feedbackview.cpp" line="+83" />
            <source>Save the form</source>
            <translation>Das Formular speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your round is ready. Save its form now and send it to the colleagues you ask.</source>
            <translation>Ihre Runde ist bereit. Speichern Sie jetzt ihr Formular und schicken Sie es den Kolleginnen und Kollegen, die Sie fragen.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+142" />
            <source>Save Form…</source>
            <translation>Formular speichern …</translation>
        </message>
        <message>
            <location line="-140" />
            <source>Save the form now</source>
            <translation>Das Formular jetzt speichern</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Take a Full Check-in</source>
            <translation>Vollständigen Check-in machen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take a full check-in</source>
            <translation>Einen vollständigen Check-in machen</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+1" />
            <source>You and your colleagues</source>
            <translation>Sie und Ihre Kolleginnen und Kollegen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Where others see you differently</source>
            <translation>Wo andere Sie anders sehen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Who answered</source>
            <translation>Wer geantwortet hat</translation>
        </message>
        <message>
            <location line="+48" />
            <source>‹ All Rounds</source>
            <translation>‹ Alle Runden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to all rounds</source>
            <translation>Zurück zu allen Runden</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Save the form to send</source>
            <translation>Das Formular zum Verschicken speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save this round's form as a web page to send to your colleagues</source>
            <translation>Das Formular dieser Runde als Webseite speichern, um es Ihren Kolleginnen und Kollegen zu schicken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import Responses…</source>
            <translation>Antworten importieren …</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import response files</source>
            <translation>Antwortdateien importieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import the response files your colleagues sent back (you can also drop them here)</source>
            <translation>Die Antwortdateien importieren, die Ihre Kolleginnen und Kollegen zurückgeschickt haben (Sie können sie auch hierher ziehen)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+59" />
            <source>Close Round</source>
            <translation>Runde schließen</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+60" />
            <source>Close the round</source>
            <translation>Die Runde schließen</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Delete Round</source>
            <translation>Runde löschen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the round</source>
            <translation>Die Runde löschen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this round and its responses (Edit ▸ Undo brings it back)</source>
            <translation>Diese Runde mit ihren Antworten löschen (Bearbeiten ▸ Rückgängig holt sie zurück)</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Closed on %1</source>
            <translation>Geschlossen am %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n statements asked</source>
            <translation>
                <numerusform>%n Aussage gefragt</numerusform>
                <numerusform>%n Aussagen gefragt</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your note: %1</source>
            <translation>Ihre Nachricht: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reopen Round</source>
            <translation>Runde wieder öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen the round</source>
            <translation>Die Runde wieder öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the round again to take more responses</source>
            <translation>Die Runde wieder öffnen, um weitere Antworten aufzunehmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the round: its results stay compared with your check-ins up to today</source>
            <translation>Die Runde schließen: Ihre Ergebnisse bleiben mit Ihren Check-ins bis heute verglichen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The results could not be read: %1</source>
            <translation>Die Ergebnisse konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Compared with your full check-in of %1.</source>
            <translation>Verglichen mit Ihrem vollständigen Check-in vom %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no full check-in to compare with yet, so only your colleagues' view shows. Take one to see where you and they differ.</source>
            <translation>Es gibt noch keinen vollständigen Check-in zum Vergleich, daher erscheint nur die Sicht Ihrer Kolleginnen und Kollegen. Machen Sie einen, um zu sehen, wo Sie und sie sich unterscheiden.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 of %2 responses needed. Your colleagues' scores show from %2 responses on, so that no single answer can be recognised.</source>
            <translation>%1 von %2 nötigen Antworten. Die Werte Ihrer Kolleginnen und Kollegen erscheinen ab %2 Antworten, damit keine einzelne Antwort erkennbar ist.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No responses yet. Save the form, send it to your colleagues, and import the files they send back (or drop them on this page).</source>
            <translation>Noch keine Antworten. Speichern Sie das Formular, schicken Sie es Ihren Kolleginnen und Kollegen und importieren Sie die Dateien, die zurückkommen (oder ziehen Sie sie auf diese Seite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everyone who answered chose to stay anonymous.</source>
            <translation>Alle, die geantwortet haben, sind anonym geblieben.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gave their name: %1. The others answered anonymously. Names are never shown beside scores.</source>
            <translation>Mit Namen geantwortet: %1. Die anderen haben anonym geantwortet. Namen stehen nie neben Werten.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A radar needs at least three skills or sides; the table view lists every score.</source>
            <translation>Ein Netzdiagramm braucht mindestens drei Fähigkeiten oder Seiten; die Tabellenansicht führt jeden Wert auf.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+15" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Colleagues</source>
            <translation>Kollegium</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colleagues (mean ± spread)</source>
            <translation>Kollegium (Mittel ± Streuung)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gap</source>
            <translation>Abstand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Raters</source>
            <translation>Antwortende</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 ± %2</source>
            <translation>%1 ± %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 needed</source>
            <translation>%1 von %2 nötigen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>raters disagree</source>
            <translation>uneinig</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Your own scores (dashed). Your colleagues' view shows here from %1 responses on. 0 is the centre, 100 the outer ring.</source>
            <translation>Ihre eigenen Werte (gestrichelt). Die Sicht Ihrer Kolleginnen und Kollegen erscheint hier ab %1 Antworten. 0 ist die Mitte, 100 der äußere Ring.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your colleagues' mean (solid) against your own scores (dashed). 0 is the centre, 100 the outer ring.</source>
            <translation>Das Mittel Ihrer Kolleginnen und Kollegen (durchgezogen) gegen Ihre eigenen Werte (gestrichelt). 0 ist die Mitte, 100 der äußere Ring.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Radar chart of %n scores: </source>
            <translation>
                <numerusform>Netzdiagramm mit %n Wert: </numerusform>
                <numerusform>Netzdiagramm mit %n Werten: </numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>no scores of your own, </source>
            <translation>keine eigenen Werte, </translation>
        </message>
        <message>
            <location line="+0" />
            <source>your own scores, </source>
            <translation>Ihre eigenen Werte, </translation>
        </message>
        <message>
            <location line="+1" />
            <source>too few responses to show your colleagues' view. </source>
            <translation>zu wenige Antworten, um die Sicht Ihrer Kolleginnen und Kollegen zu zeigen. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>and your colleagues' mean. </source>
            <translation>und das Mittel Ihrer Kolleginnen und Kollegen. </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n blind spots, </source>
            <translation>
                <numerusform>%n blinder Fleck, </numerusform>
                <numerusform>%n blinde Flecken, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n hidden strengths.</source>
            <translation>
                <numerusform>%n verborgene Stärke.</numerusform>
                <numerusform>%n verborgene Stärken.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source> The table view lists every score.</source>
            <translation> Die Tabellenansicht führt jeden Wert auf.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Blind spot: your colleagues see it clearly lower than you do (%1).</source>
            <translation>Blinder Fleck: Ihre Kolleginnen und Kollegen sehen es deutlich niedriger als Sie (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hidden strength: your colleagues see it clearly higher than you do (%1).</source>
            <translation>Verborgene Stärke: Ihre Kolleginnen und Kollegen sehen es deutlich höher als Sie (%1).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Try this: %1</source>
            <translation>Probieren Sie: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Set a Goal</source>
            <translation>Ziel setzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set a goal for %1</source>
            <translation>Ein Ziel für %1 setzen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Blind spots and hidden strengths show here once %1 colleagues have answered.</source>
            <translation>Blinde Flecken und verborgene Stärken erscheinen hier, sobald %1 Personen geantwortet haben.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take a full check-in to see where your colleagues see you differently.</source>
            <translation>Machen Sie einen vollständigen Check-in, um zu sehen, wo Ihre Kolleginnen und Kollegen Sie anders sehen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No clear differences: where you and your colleagues differ, it is within what measurement noise allows.</source>
            <translation>Keine klaren Unterschiede: Wo Sie und Ihre Kolleginnen und Kollegen auseinanderliegen, bleibt es im Rahmen des Messrauschens.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>There is no round to save.</source>
            <translation>Es gibt keine Runde zum Speichern.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+2" />
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save Form</source>
            <translation>Formular speichern</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Web pages (*.html)</source>
            <translation>Webseiten (*.html)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The form was saved as %1. Send it to your colleagues: it opens in any web browser, needs no network, and gives them a response file to send back.</source>
            <translation>Das Formular wurde als %1 gespeichert. Schicken Sie es Ihren Kolleginnen und Kollegen: Es öffnet sich in jedem Webbrowser, braucht kein Netzwerk und gibt ihnen eine Antwortdatei zum Zurückschicken.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The round could not be changed: %1</source>
            <translation>Die Runde konnte nicht geändert werden: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The round could not be deleted: %1</source>
            <translation>Die Runde konnte nicht gelöscht werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::GoalForm</name>
        <message>
            <location filename="../ui/goals/goalform.cpp" line="+54" />
            <location line="+161" />
            <source>New Goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <location line="-153" />
            <source>Skill or pole to grow</source>
            <translation>Fähigkeit oder Pol, an dem Sie wachsen wollen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skills and poles</source>
            <translation>Fähigkeiten und Pole</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Goal title</source>
            <translation>Titel des Ziels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What will you do? For example: Run every weekly meeting from an agenda</source>
            <translation>Was werden Sie tun? Zum Beispiel: Jede wöchentliche Besprechung nach einer Tagesordnung leiten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why this goal matters to you</source>
            <translation>Warum Ihnen dieses Ziel wichtig ist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why does it matter? What will be different when you get there?</source>
            <translation>Warum ist es wichtig? Was wird anders sein, wenn Sie es erreicht haben?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By a date:</source>
            <translation>Bis zu einem Datum:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set a date to reach the goal by</source>
            <translation>Ein Datum festlegen, bis zu dem das Ziel erreicht sein soll</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date to reach the goal by</source>
            <translation>Datum, bis zu dem das Ziel erreicht sein soll</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Aim for a score of:</source>
            <translation>Angestrebter Wert:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aim for a target score</source>
            <translation>Einen Zielwert anstreben</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Target score, 0 to 100</source>
            <translation>Zielwert, 0 bis 100</translation>
        </message>
        <message>
            <location line="+14" />
            <source>First steps: tick the tips you want to take on.</source>
            <translation>Erste Schritte: Haken Sie die Tipps an, die Sie übernehmen möchten.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tips to take as first steps</source>
            <translation>Tipps als erste Schritte</translation>
        </message>
        <message>
            <location line="+27" />
            <source>G&amp;row:</source>
            <translation>&amp;Wachsen in:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Why:</source>
            <translation>Wa&amp;rum:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target:</source>
            <translation>Zielwert:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save Goal</source>
            <translation>Ziel speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the goal</source>
            <translation>Das Ziel speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel and go back</source>
            <translation>Abbrechen und zurückgehen</translation>
        </message>
        <message>
            <location line="+39" />
            <source>%1 (one of your growth areas)</source>
            <translation>%1 (eines Ihrer Wachstumsfelder)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Pick one thing to grow, say what you will do and why, and take a few concrete first steps. You can change all of it later.</source>
            <translation>Wählen Sie eine Sache, an der Sie wachsen wollen, sagen Sie, was Sie tun werden und warum, und legen Sie ein paar konkrete erste Schritte fest. Sie können später alles ändern.</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+159" />
            <source>Edit Goal</source>
            <translation>Ziel bearbeiten</translation>
        </message>
        <message>
            <location line="-158" />
            <source>Change what the goal aims for. Its steps and evidence stay as they are.</source>
            <translation>Ändern Sie, was das Ziel anstrebt. Seine Schritte und Belege bleiben unverändert.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Your score now is %1. A rise of more than %2 points is beyond the noise of the answers.</source>
            <translation>Ihr aktueller Wert ist %1. Ein Anstieg um mehr als %2 Punkte liegt über dem Rauschen der Antworten.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Take a full assessment to see your score now; a rise of more than %1 points is beyond the noise of the answers.</source>
            <translation>Machen Sie eine vollständige Einschätzung, um Ihren aktuellen Wert zu sehen; ein Anstieg um mehr als %1 Punkte liegt über dem Rauschen der Antworten.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Give the goal a title: say in a few words what you will do.</source>
            <translation>Geben Sie dem Ziel einen Titel: Sagen Sie in wenigen Worten, was Sie tun werden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a skill or a pole for the goal to grow.</source>
            <translation>Wählen Sie für das Ziel eine Fähigkeit oder einen Pol, an dem Sie wachsen wollen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A target score goes from 0 to 100.</source>
            <translation>Ein Zielwert liegt zwischen 0 und 100.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date is before the goal begins. Pick a day from today on, or no date.</source>
            <translation>Das Datum liegt vor dem Beginn des Ziels. Wählen Sie einen Tag ab heute oder kein Datum.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step %1 cannot be stored: %2</source>
            <translation>Schritt %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+10" />
            <source>The goal could not be saved: %1</source>
            <translation>Das Ziel konnte nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::GoalListModel</name>
        <message>
            <location filename="../ui/goals/goallistmodel.cpp" line="+74" />
            <source>No steps yet</source>
            <translation>Noch keine Schritte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 of %2 done</source>
            <translation>%1 von %2 erledigt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No date</source>
            <translation>Kein Datum</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, on %2, %3, steps: %4, %5</source>
            <translation>%1, für %2, %3, Schritte: %4, %5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>due %1</source>
            <translation>fällig am %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no date</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skill or pole</source>
            <translation>Fähigkeit oder Pol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::GoalView</name>
        <message>
            <location filename="../ui/goals/goalview.cpp" line="+95" />
            <source>Since you set this goal</source>
            <translation>Seit Sie sich dieses Ziel gesetzt haben</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Your score and the target</source>
            <translation>Ihr Wert und der Zielwert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score since the goal was set</source>
            <translation>Wert seit dem Setzen des Ziels</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tips to try</source>
            <translation>Tipps zum Ausprobieren</translation>
        </message>
        <message>
            <location line="+47" />
            <source>‹ All Goals</source>
            <translation>‹ Alle Ziele</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to all goals</source>
            <translation>Zurück zu allen Zielen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Edit Goal…</source>
            <translation>Ziel bearbeiten…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit the goal's title, aim and date</source>
            <translation>Titel, Ausrichtung und Datum des Ziels bearbeiten</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+206" />
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <location line="-206" />
            <location line="+207" />
            <source>Pause the goal</source>
            <translation>Das Ziel pausieren</translation>
        </message>
        <message>
            <location line="-202" />
            <source>Pause Goal</source>
            <translation>Ziel pausieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume Goal</source>
            <translation>Ziel fortsetzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reopen Goal</source>
            <translation>Ziel wieder öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complete</source>
            <translation>Abschließen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark the goal as done</source>
            <translation>Das Ziel als abgeschlossen markieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complete Goal</source>
            <translation>Ziel abschließen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drop</source>
            <translation>Aufgeben</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drop the goal</source>
            <translation>Das Ziel aufgeben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drop Goal</source>
            <translation>Ziel aufgeben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the goal</source>
            <translation>Das Ziel löschen</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Steps; tick one when it is done, double-click to change its words</source>
            <translation>Schritte; haken Sie einen ab, wenn er erledigt ist, und doppelklicken Sie, um seinen Text zu ändern</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Done on</source>
            <translation>Erledigt am</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Due on:</source>
            <translation>Fällig am:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The selected step has a due date</source>
            <translation>Der ausgewählte Schritt hat ein Fälligkeitsdatum</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due date of the selected step</source>
            <translation>Fälligkeitsdatum des ausgewählten Schritts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected step up</source>
            <translation>Den ausgewählten Schritt nach oben verschieben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected step down</source>
            <translation>Den ausgewählten Schritt nach unten verschieben</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+577" />
            <source>Remove Step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <location line="-577" />
            <source>Remove the selected step</source>
            <translation>Den ausgewählten Schritt entfernen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>New step</source>
            <translation>Neuer Schritt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A next step: something you can do this week</source>
            <translation>Ein nächster Schritt: etwas, das Sie diese Woche tun können</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due:</source>
            <translation>Fällig:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The new step has a due date</source>
            <translation>Der neue Schritt hat ein Fälligkeitsdatum</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due date of the new step</source>
            <translation>Fälligkeitsdatum des neuen Schritts</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+431" />
            <source>Add Step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <location line="-431" />
            <source>Add the new step</source>
            <translation>Den neuen Schritt hinzufügen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the step first: what will you do?</source>
            <translation>Schreiben Sie zuerst den Schritt: Was werden Sie tun?</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Evidence from your journal</source>
            <translation>Belege aus Ihrem Journal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No entries linked yet. When you write about a situation where you worked on this goal, link the entry here: over time it shows what you did, not only what you scored.</source>
            <translation>Noch keine Einträge verknüpft. Wenn Sie über eine Situation schreiben, in der Sie an diesem Ziel gearbeitet haben, verknüpfen Sie den Eintrag hier: Mit der Zeit zeigt sich so, was Sie getan haben, nicht nur, welche Werte Sie erreicht haben.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Link Entry…</source>
            <translation>Eintrag verknüpfen…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Link a journal entry as evidence</source>
            <translation>Einen Journaleintrag als Beleg verknüpfen</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Grows %1</source>
            <translation>Stärkt %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>set on %1</source>
            <translation>gesetzt am %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>by %1</source>
            <translation>bis %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>aiming for %1</source>
            <translation>Zielwert %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>completed on %1</source>
            <translation>abgeschlossen am %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>dropped on %1</source>
            <translation>aufgegeben am %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume the goal</source>
            <translation>Das Ziel fortsetzen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen the goal</source>
            <translation>Das Ziel wieder öffnen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Your scores could not be read: %1</source>
            <translation>Ihre Werte konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No full assessment scores %1 yet. Take one to see where you start; the next ones show how it moves.</source>
            <translation>Noch keine vollständige Einschätzung liefert einen Wert für %1. Machen Sie eine, um zu sehen, wo Sie beginnen; die folgenden zeigen, wie er sich entwickelt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>When you set the goal, your %1 score was &lt;b&gt;%2&lt;/b&gt; (assessment of %3).</source>
            <translation>Als Sie das Ziel gesetzt haben, lag Ihr Wert für %1 bei &lt;b&gt;%2&lt;/b&gt; (Einschätzung vom %3).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Now it is &lt;b&gt;%1&lt;/b&gt; (%2): &lt;span style="color: %3;"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;, %5.</source>
            <translation>Jetzt liegt er bei &lt;b&gt;%1&lt;/b&gt; (%2): &lt;span style="color: %3;"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;, %5.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+110" />
            <source>a real change</source>
            <translation>eine echte Veränderung</translation>
        </message>
        <message>
            <location line="-109" />
            <source>within the noise of the answers (a real change is more than %1 points)</source>
            <translation>im Rahmen des Rauschens der Antworten (eine echte Veränderung beträgt mehr als %1 Punkte)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your next full assessment will show how it moves.</source>
            <translation>Ihre nächste vollständige Einschätzung zeigt, wie er sich entwickelt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You have reached your target of %1.</source>
            <translation>Sie haben Ihren Zielwert von %1 erreicht.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 points to go to your target of %2.</source>
            <translation>Noch %1 Punkte bis zu Ihrem Zielwert von %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No steps yet.</source>
            <translation>Noch keine Schritte.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 of %n steps done.</source>
            <translation>
                <numerusform>%1 von %n Schritt erledigt.</numerusform>
                <numerusform>%1 von %n Schritten erledigt.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No journal entries linked.</source>
            <translation>Keine Journaleinträge verknüpft.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 journal entry linked.</source>
            <translation>1 Journaleintrag verknüpft.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 journal entries linked.</source>
            <translation>%1 Journaleinträge verknüpft.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The chart could not be built: %1</source>
            <translation>Das Diagramm konnte nicht erstellt werden: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Take a full assessment to see your %1 score here, against your target.</source>
            <translation>Machen Sie eine vollständige Einschätzung, um hier Ihren Wert für %1 im Vergleich zu Ihrem Zielwert zu sehen.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 score</source>
            <translation>Wert für %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Noise band ±%1</source>
            <translation>Rauschband ±%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your score when you set the goal</source>
            <translation>Ihr Wert beim Setzen des Ziels</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Target %1</source>
            <translation>Zielwert %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Against the start</source>
            <translation>Im Vergleich zum Start</translation>
        </message>
        <message>
            <location line="+5" />
            <source>start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>within noise</source>
            <translation>im Rahmen des Rauschens</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The shaded band is ±%1 points around where you started: a point outside it is a real change, not noise.%2</source>
            <translation>Das schattierte Band reicht ±%1 Punkte um Ihren Startwert: Ein Punkt außerhalb davon ist eine echte Veränderung, kein Rauschen.%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The dashed line is your target.</source>
            <translation>Die gestrichelte Linie ist Ihr Zielwert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Line chart of your %1 score in %2 full assessments since the goal was set, from %3 to %4%5.</source>
            <translation>Liniendiagramm Ihres Werts für %1 in %2 vollständigen Einschätzungen seit dem Setzen des Ziels, von %3 auf %4%5.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>, against a target of %1</source>
            <translation>, bei einem Zielwert von %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1, %2%3</source>
            <translation>%1, %2%3</translation>
        </message>
        <message>
            <location line="+0" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not done yet</source>
            <translation>noch nicht erledigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, due %1</source>
            <translation>, fällig am %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No steps yet. Break the goal into small things you can do, or take one of the tips below.</source>
            <translation>Noch keine Schritte. Teilen Sie das Ziel in kleine, machbare Dinge auf oder übernehmen Sie einen der Tipps unten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 done. Tick a step when you have done it.</source>
            <translation>%1 von %2 erledigt. Haken Sie einen Schritt ab, wenn Sie ihn erledigt haben.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add as Step</source>
            <translation>Als Schritt hinzufügen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already a step: %1</source>
            <translation>Bereits ein Schritt: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add as a step: %1</source>
            <translation>Als Schritt hinzufügen: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The skill model has no tips for this.</source>
            <translation>Das Fähigkeitsmodell enthält dafür keine Tipps.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open the entry %1 of %2 in the journal</source>
            <translation>Den Eintrag „%1“ vom %2 im Journal öffnen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unlink</source>
            <translation>Verknüpfung lösen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink the entry %1 from the goal</source>
            <translation>Die Verknüpfung des Eintrags „%1“ mit dem Ziel lösen</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Step %1 cannot be saved: %2</source>
            <translation>Schritt %1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The change could not be saved: %1</source>
            <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The goal could not be read: %1</source>
            <translation>Das Ziel konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That step was removed elsewhere (by tandem-cli, say); the goal is shown as it is now.</source>
            <translation>Dieser Schritt wurde an anderer Stelle entfernt (etwa mit tandem-cli); das Ziel wird im aktuellen Zustand angezeigt.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Delete Goal</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete “%1”?</source>
            <translation>„%1“ löschen?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its steps go with it; the journal entries stay. Edit ▸ Undo brings it back.</source>
            <translation>Seine Schritte werden mit gelöscht, die Journaleinträge bleiben erhalten. Bearbeiten ▸ Rückgängig holt es zurück.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The goal could not be deleted: %1</source>
            <translation>Das Ziel konnte nicht gelöscht werden: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Tick Step</source>
            <translation>Schritt abhaken</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Untick Step</source>
            <translation>Haken bei Schritt entfernen</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+34" />
            <source>Edit Step</source>
            <translation>Schritt bearbeiten</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Move Step</source>
            <translation>Schritt verschieben</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The entry could not be linked: %1</source>
            <translation>Der Eintrag konnte nicht verknüpft werden: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The entry could not be unlinked: %1</source>
            <translation>Die Verknüpfung des Eintrags konnte nicht gelöst werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::GoalsPage</name>
        <message>
            <location filename="../ui/goals/goalspage.cpp" line="+54" />
            <location line="+42" />
            <location line="+117" />
            <source>New Goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick one thing to grow, break it into small steps and link the journal entries where you worked on it. Your check-ins show whether it moves.</source>
            <translation>Wählen Sie eine Sache, in der Sie wachsen möchten, teilen Sie sie in kleine Schritte auf und verknüpfen Sie die Journaleinträge, in denen Sie daran gearbeitet haben. Ihre Check-ins zeigen, ob sich etwas bewegt.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+116" />
            <source>New goal</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Set a new goal (%1)</source>
            <translation>Ein neues Ziel setzen (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>Which goals to show</source>
            <translation>Welche Ziele angezeigt werden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Current and past year</source>
            <translation>Dieses und letztes Jahr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active and paused</source>
            <translation>Aktiv und pausiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>Aufgegeben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All goals</source>
            <translation>Alle Ziele</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Goals; open one to see its steps and progress</source>
            <translation>Ziele; öffnen Sie eines, um seine Schritte und seinen Fortschritt zu sehen</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+53" />
            <source>Set Your First Goal</source>
            <translation>Ihr erstes Ziel setzen</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+52" />
            <source>Set your first goal</source>
            <translation>Ihr erstes Ziel setzen</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Your goals could not be read: %1</source>
            <translation>Ihre Ziele konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No goals here. Choose another in “Show”, or set a new goal.</source>
            <translation>Hier gibt es keine Ziele. Wählen Sie unter „Anzeigen“ etwas anderes oder setzen Sie ein neues Ziel.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have no goals yet. A goal turns what your check-ins show into something you do: pick a skill or a side of a contrast to grow, say by when, and take a few small steps. Tandem then shows your score against your target, and the journal entries where you worked on it.</source>
            <translation>Sie haben noch keine Ziele. Ein Ziel macht aus dem, was Ihre Check-ins zeigen, etwas, das Sie tun: Wählen Sie eine Fähigkeit oder eine Seite eines Gegensatzpaars, in der Sie wachsen möchten, legen Sie fest, bis wann, und gehen Sie ein paar kleine Schritte. Tandem zeigt Ihnen dann Ihren Wert im Vergleich zu Ihrem Zielwert und die Journaleinträge, in denen Sie daran gearbeitet haben.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::HistoryModel</name>
        <message>
            <location filename="../ui/checkin/checkinpage.cpp" line="-60" />
            <location filename="../ui/checkin/historymodel.cpp" line="+97" />
            <source>Full assessment</source>
            <translation>Vollständige Einschätzung</translation>
        </message>
        <message>
            <location filename="../ui/checkin/historymodel.cpp" line="+0" />
            <source>Pulse</source>
            <translation>Kurz-Check</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Taken</source>
            <translation>Ausgefüllt am</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leadership</source>
            <translation>Führung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management</source>
            <translation>Management</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::ImportDialog</name>
        <message>
            <location filename="../ui/exchange/importdialog.cpp" line="+26" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bring in your writing from a Tandem export or from another journal. Tandem first shows what would change, and writes nothing until you press Import. Importing the same file again adds nothing.</source>
            <translation>Übernehmen Sie Ihre Texte aus einem Tandem-Export oder aus einem anderen Journal. Tandem zeigt zuerst, was sich ändern würde, und schreibt nichts, bevor Sie auf „Importieren“ klicken. Ein erneuter Import derselben Datei fügt nichts hinzu.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Import from</source>
            <translation>Importieren aus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tandem export (.json)</source>
            <translation>Tandem-Export (.json)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>RedNotebook data folder</source>
            <translation>RedNotebook-Datenordner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jrnl export (.json)</source>
            <translation>jrnl-Export (.json)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>File or folder to import</source>
            <translation>Datei oder Ordner für den Import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a file or folder…</source>
            <translation>Datei oder Ordner auswählen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the file or folder to import</source>
            <translation>Datei oder Ordner für den Import auswählen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import &amp;from:</source>
            <translation>Importieren &amp;aus:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;File or folder:</source>
            <translation>&amp;Datei oder Ordner:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What the import would do</source>
            <translation>Was der Import bewirken würde</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Check</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check what the import would do</source>
            <translation>Prüfen, was der Import bewirken würde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import now</source>
            <translation>Jetzt importieren</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Choose what to import, then Check to see what would change.</source>
            <translation>Wählen Sie, was importiert werden soll, und klicken Sie dann auf „Prüfen“, um zu sehen, was sich ändern würde.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose RedNotebook's Data Folder</source>
            <translation>Datenordner von RedNotebook auswählen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a File to Import</source>
            <translation>Datei zum Importieren auswählen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON files (*.json);;All files (*)</source>
            <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Tandem is still busy with other work. Check again when it has finished.</source>
            <translation>Tandem ist noch mit etwas anderem beschäftigt. Prüfen Sie erneut, wenn es damit fertig ist.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The check was stopped. Nothing was changed.</source>
            <translation>Die Prüfung wurde abgebrochen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This cannot be imported: %1

Nothing was changed.</source>
            <translation>Das lässt sich nicht importieren: %1

Es wurde nichts geändert.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>…and %n more.</source>
            <translation>
                <numerusform>…und %n weiterer Hinweis.</numerusform>
                <numerusform>…und %n weitere Hinweise.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Tandem is still busy with other work. Import again when it has finished.</source>
            <translation>Tandem ist noch mit etwas anderem beschäftigt. Importieren Sie erneut, wenn es damit fertig ist.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The import was stopped. Nothing was changed.</source>
            <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The import failed and nothing was changed: %1</source>
            <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::JournalEditor</name>
        <message>
            <location filename="../ui/journal/journaleditor.cpp" line="+79" />
            <source>yes, it held</source>
            <translation>ja, eingetreten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partly</source>
            <translation>teilweise eingetreten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no, it did not hold</source>
            <translation>nein, nicht eingetreten</translation>
        </message>
        <message>
            <location line="+8" />
            <source>led</source>
            <translation>geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>managed</source>
            <translation>gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>led and managed</source>
            <translation>geführt und gemanagt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not said</source>
            <translation>nichts angegeben</translation>
        </message>
        <message>
            <location line="+22" />
            <source>When it happened</source>
            <translation>Wann es geschah</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What I did</source>
            <translation>Was ich getan habe</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+147" />
            <source>Not said</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <location line="-146" />
            <source>Led</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managed</source>
            <translation>Gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+191" />
            <source>Both</source>
            <translation>Beides</translation>
        </message>
        <message>
            <location line="-187" />
            <source>How it went, 1 to 5</source>
            <translation>Wie es lief, 1 bis 5</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not rated</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 – badly</source>
            <translation>1 – schlecht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2 – not well</source>
            <translation>2 – nicht gut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3 – so-so</source>
            <translation>3 – mittelmäßig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4 – well</source>
            <translation>4 – gut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>5 – very well</source>
            <translation>5 – sehr gut</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A few words to find it again</source>
            <translation>Ein paar Worte, um den Eintrag wiederzufinden</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened? Who was involved, what was at stake?</source>
            <translation>Was ist passiert? Wer war beteiligt, worum ging es?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What came of it?</source>
            <translation>Was ist daraus geworden?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feelings</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How did you feel, and how did others?</source>
            <translation>Wie haben Sie sich gefühlt, und wie die anderen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I learned</source>
            <translation>Was ich gelernt habe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What do you take from it?</source>
            <translation>Was nehmen Sie daraus mit?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next time</source>
            <translation>Nächstes Mal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What will you do differently, or again?</source>
            <translation>Was werden Sie anders machen – oder wieder genauso?</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Anything else, in Markdown: **bold**, *italic*, - lists</source>
            <translation>Alles Weitere, in Markdown: **fett**, *kursiv*, - Listen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes preview</source>
            <translation>Vorschau der Notizen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags, separated by commas</source>
            <translation>Schlagwörter, durch Kommas getrennt</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contrasts</source>
            <translation>Gegensatzpaare</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared areas</source>
            <translation>Gemeinsame Bereiche</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The advisor's answer kept with this entry</source>
            <translation>Die zu diesem Eintrag übernommene Antwort des Ratgebers</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+504" />
            <source>Ask the Advisor…</source>
            <translation>Ratgeber fragen…</translation>
        </message>
        <message>
            <location line="-502" />
            <source>Ask the lead or manage advisor about this situation</source>
            <translation>Den Ratgeber „Führen oder Managen?“ zu dieser Situation fragen</translation>
        </message>
        <message>
            <location line="+31" />
            <source>&amp;When</source>
            <translation>&amp;Wann</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Situation</source>
            <translation>&amp;Situation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I d&amp;id</source>
            <translation>Was ich getan ha&amp;be</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outcome</source>
            <translation>&amp;Ergebnis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it w&amp;ent</source>
            <translation>Wie es lie&amp;f</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Feelings</source>
            <translation>&amp;Gefühle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I &amp;learned</source>
            <translation>Was ich ge&amp;lernt habe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next time</source>
            <translation>&amp;Nächstes Mal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ags</source>
            <translation>Schl&amp;agwörter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Involves</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Advisor</source>
            <translation>Ratgeber</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This records a decision to look back on</source>
            <translation>Eine Entscheidung für einen späteren Rückblick festhalten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This entry records a decision to look back on</source>
            <translation>Dieser Eintrag hält eine Entscheidung für einen späteren Rückblick fest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What I expect to happen</source>
            <translation>Was ich erwarte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What do you expect to come of this decision?</source>
            <translation>Was erwarten Sie als Folge dieser Entscheidung?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How sure I am that it will happen</source>
            <translation>Wie sicher ich bin, dass es so kommt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>50 % – could go either way</source>
            <translation>50 % – kann so oder so ausgehen</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+276" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="-275" />
            <source>100 % – certain</source>
            <translation>100 % – ganz sicher</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review on</source>
            <translation>Rückblick am</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Review Now</source>
            <translation>Jetzt zurückblicken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review this decision now</source>
            <translation>Jetzt auf diese Entscheidung zurückblicken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit Review</source>
            <translation>Rückblick bearbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the review of this decision</source>
            <translation>Den Rückblick auf diese Entscheidung bearbeiten</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+509" />
            <source>Looking back</source>
            <translation>Rückblick</translation>
        </message>
        <message>
            <location line="-507" />
            <source>Review of the decision</source>
            <translation>Rückblick auf die Entscheidung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What actually came of it?</source>
            <translation>Was ist tatsächlich daraus geworden?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The mode I actually used</source>
            <translation>Wie ich tatsächlich vorgegangen bin</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location line="-4" />
            <source>I led</source>
            <translation>Ich habe geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I managed</source>
            <translation>Ich habe gemanagt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Did the expectation hold?</source>
            <translation>Ist die Erwartung eingetreten?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly</source>
            <translation>Teilweise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save Review</source>
            <translation>Rückblick speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the review</source>
            <translation>Den Rückblick speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not Now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the review without saving it</source>
            <translation>Rückblick schließen, ohne ihn zu speichern</translation>
        </message>
        <message>
            <location line="+25" />
            <source>What &amp;happened</source>
            <translation>Was &amp;passiert ist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The mode I &amp;used</source>
            <translation>Wie ich &amp;vorgegangen bin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did it &amp;hold?</source>
            <translation>&amp;Ist es eingetreten?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Decision</source>
            <translation>Entschei&amp;dung</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What I e&amp;xpect</source>
            <translation>Was ic&amp;h erwarte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How s&amp;ure I am</source>
            <translation>Wie si&amp;cher ich bin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Review on</source>
            <translation>&amp;Rückblick am</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review</source>
            <translation>Rückblick</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Link to Goal…</source>
            <translation>Mit Ziel verknüpfen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give this entry to a goal as evidence</source>
            <translation>Diesen Eintrag einem Ziel als Beleg zuordnen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unlink…</source>
            <translation>Verknüpfung lösen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take this entry away from a goal</source>
            <translation>Diesen Eintrag von einem Ziel lösen</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Evidence for</source>
            <translation>Beleg für</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete Entry…</source>
            <translation>Eintrag löschen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this entry</source>
            <translation>Diesen Eintrag löschen</translation>
        </message>
        <message>
            <location line="+101" />
            <source>New entry. It is saved as you write.</source>
            <translation>Neuer Eintrag. Er wird beim Schreiben gespeichert.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last changed %1.</source>
            <translation>Zuletzt geändert: %1.</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Nothing written yet; an empty entry is not kept.</source>
            <translation>Noch nichts geschrieben; ein leerer Eintrag wird nicht aufbewahrt.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+19" />
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+19" />
            <source>Saved %1.</source>
            <translation>Um %1 gespeichert.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That entry was deleted. This is a new one.</source>
            <translation>Dieser Eintrag wurde gelöscht. Dies ist ein neuer.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Not asked for this situation.</source>
            <translation>Zu dieser Situation wurde der Ratgeber noch nicht gefragt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ask Again…</source>
            <translation>Erneut fragen…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added as a step of "%1". Edit ▸ Undo takes it back.</source>
            <translation>Als Schritt zu „%1“ hinzugefügt. Bearbeiten ▸ Rückgängig nimmt das zurück.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The review was due on %1. Look back at it now: what happened?</source>
            <translation>Der Rückblick war am %1 fällig. Blicken Sie jetzt zurück: Was ist passiert?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tandem asks you to look back at it on %1.</source>
            <translation>Tandem bittet Sie am %1 um einen Rückblick.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Looked back on %1: %2. I %3.</source>
            <translation>Zurückgeblickt am %1: %2. Ich habe %3.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What happened: %1</source>
            <translation>Was passiert ist: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit the review</source>
            <translation>Rückblick bearbeiten</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Write what you expect first: a decision is kept with its entry.</source>
            <translation>Schreiben Sie zuerst, was Sie erwarten: Eine Entscheidung wird zusammen mit ihrem Eintrag gespeichert.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Say which mode you used and whether the expectation held, then save the review.</source>
            <translation>Geben Sie an, wie Sie vorgegangen sind und ob die Erwartung eingetreten ist, und speichern Sie dann den Rückblick.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The review was not saved: %1</source>
            <translation>Der Rückblick wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Review saved. Edit ▸ Undo takes it back.</source>
            <translation>Rückblick gespeichert. Mit Bearbeiten ▸ Rückgängig nehmen Sie ihn zurück.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No goal yet. Once something is written, this entry can count towards a goal.</source>
            <translation>Noch kein Ziel. Sobald etwas geschrieben ist, kann dieser Eintrag zu einem Ziel zählen.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No goal yet.</source>
            <translation>Noch kein Ziel.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence for: %1</source>
            <translation>Beleg für: %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No other active goal</source>
            <translation>Kein weiteres aktives Ziel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not linked to any goal</source>
            <translation>Mit keinem Ziel verknüpft</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write something first: an empty entry is not kept, so it cannot count towards a goal.</source>
            <translation>Schreiben Sie zuerst etwas: Ein leerer Eintrag wird nicht aufbewahrt und kann daher nicht zu einem Ziel zählen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not changed: %1</source>
            <translation>Nicht geändert: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Linked to the goal.</source>
            <translation>Mit dem Ziel verknüpft.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Taken away from the goal.</source>
            <translation>Vom Ziel gelöst.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::JournalItemDelegate</name>
        <message>
            <location filename="../ui/journal/journalitemdelegate.cpp" line="+26" />
            <source>Led</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managed</source>
            <translation>Gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Led and managed</source>
            <translation>Geführt und gemanagt</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::JournalListModel</name>
        <message>
            <location line="+118" />
            <source>Review due</source>
            <translation>Rückblick fällig</translation>
        </message>
        <message>
            <location filename="../ui/journal/journallistmodel.cpp" line="+274" />
            <location line="+4" />
            <source>Untitled entry</source>
            <translation>Eintrag ohne Titel</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (review due)</source>
            <translation> (Rückblick fällig)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::JournalPage</name>
        <message>
            <location filename="../ui/journal/journalpage.cpp" line="+55" />
            <source>Any day</source>
            <translation>Beliebiger Tag</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+200" />
            <source>New Entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <location line="-198" />
            <source>New journal entry</source>
            <translation>Neuer Journaleintrag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start a new entry (%1)</source>
            <translation>Einen neuen Eintrag beginnen (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lead or Manage?</source>
            <translation>Führen oder Managen?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the lead or manage advisor</source>
            <translation>Den Ratgeber „Führen oder Managen?“ öffnen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search the journal</source>
            <translation>Journal durchsuchen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search every entry</source>
            <translation>Alle Einträge durchsuchen</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+222" />
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location line="-221" />
            <location line="+120" />
            <source>Show filters</source>
            <translation>Filter einblenden</translation>
        </message>
        <message>
            <location line="-116" />
            <source>On this day</source>
            <translation>An diesem Tag</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On this day in earlier years</source>
            <translation>An diesem Tag in früheren Jahren</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Journal entries</source>
            <translation>Journaleinträge</translation>
        </message>
        <message>
            <location line="+48" />
            <source>From date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Any skill</source>
            <translation>Alle Fähigkeiten</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+27" />
            <source>What I did</source>
            <translation>Was ich getan habe</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Led or managed</source>
            <translation>Geführt oder gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Led</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managed</source>
            <translation>Gemanagt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Both</source>
            <translation>Beides</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not said</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+22" />
            <source>How it went</source>
            <translation>Wie es lief</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Any rating</source>
            <translation>Alle Bewertungen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear the filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;o</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Hide filters</source>
            <translation>Filter ausblenden</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo the deletion</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the message</source>
            <translation>Meldung ausblenden</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+213" />
            <source>Delete Entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <location line="-178" />
            <source>Filters (on)</source>
            <translation>Filter (aktiv)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Any tag</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Untitled entry</source>
            <translation>Eintrag ohne Titel</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n years ago: %1</source>
            <translation>
                <numerusform>Vor %n Jahr: %1</numerusform>
                <numerusform>Vor %n Jahren: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n results for “%1”</source>
            <translation>
                <numerusform>%n Treffer für „%1“</numerusform>
                <numerusform>%n Treffer für „%1“</numerusform>
            </translation>
        </message>
        <message>
            <location line="-23" />
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No entry matches “%1”.</source>
            <translation>Kein Eintrag passt zu „%1“.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No entry passes these filters.</source>
            <translation>Kein Eintrag entspricht diesen Filtern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No entries yet. Write about a situation on the right; it is saved as you type.</source>
            <translation>Noch keine Einträge. Schreiben Sie rechts über eine Situation; alles wird schon beim Tippen gespeichert.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Delete this untitled entry?</source>
            <translation>Diesen Eintrag ohne Titel löschen?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete “%1”?</source>
            <translation>„%1“ löschen?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit ▸ Undo brings it back.</source>
            <translation>Mit Bearbeiten ▸ Rückgängig holen Sie ihn zurück.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>An untitled entry</source>
            <translation>Ein Eintrag ohne Titel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was deleted.</source>
            <translation>%1 wurde gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::LearnPage</name>
        <message>
            <location filename="../ui/learn/learnpage.cpp" line="+20" />
            <source>Learn topics</source>
            <translation>Lernthemen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Learn text</source>
            <translation>Lerntext</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Previous Topic</source>
            <translation>Vorheriges Thema</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Next Topic</source>
            <translation>Nächstes Thema</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Learn</source>
            <translation>Lernen</translation>
        </message>
        <message>
            <location line="+57" />
            <source>← %1</source>
            <translation>← %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 →</source>
            <translation>%1 →</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous topic: %1</source>
            <translation>Vorheriges Thema: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next topic: %1</source>
            <translation>Nächstes Thema: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::LinkPicker</name>
        <message>
            <location filename="../ui/journal/linkpicker.cpp" line="+62" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>None chosen</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Chosen: %1</source>
            <translation>Ausgewählt: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow/mainwindow.cpp" line="+66" />
            <location line="+7" />
            <source>Tandem</source>
            <translation>Tandem</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reminder</source>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Start what is due</source>
            <translation>Starten, was fällig ist</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+99" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+99" />
            <source>Hide this reminder until something else is due</source>
            <translation>Diese Erinnerung ausblenden, bis etwas anderes fällig ist</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Check-in, due</source>
            <translation>Check-in, fällig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your weekly pulse and a full assessment are due</source>
            <translation>Ihr wöchentlicher Kurz-Check und eine vollständige Einschätzung sind fällig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your weekly pulse is due</source>
            <translation>Ihr wöchentlicher Kurz-Check ist fällig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A full assessment is due</source>
            <translation>Eine vollständige Einschätzung ist fällig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journal, %1</source>
            <translation>Journal, %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Your weekly pulse and a full assessment are due.</source>
            <translation>Ihr wöchentlicher Kurz-Check und eine vollständige Einschätzung sind fällig.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your weekly pulse is due: one minute, eight quick answers.</source>
            <translation>Ihr wöchentlicher Kurz-Check ist fällig: eine Minute, acht kurze Antworten.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A full assessment is due: about ten minutes.</source>
            <translation>Eine vollständige Einschätzung ist fällig: etwa zehn Minuten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also: %1 in the Journal.</source>
            <translation>Außerdem: %1 im Journal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start Pulse</source>
            <translation>Kurz-Check starten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start Assessment</source>
            <translation>Einschätzung starten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Time to look back: %1.</source>
            <translation>Zeit für einen Rückblick: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review Now</source>
            <translation>Jetzt zurückblicken</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your full assessment is still open, so here it is. Finish it, or close it to carry on later (your answers are kept); then start the pulse.</source>
            <translation>Ihre vollständige Einschätzung ist noch geöffnet, deshalb sehen Sie sie hier. Füllen Sie sie zu Ende aus oder schließen Sie sie, um später weiterzumachen (Ihre Antworten bleiben erhalten); starten Sie danach den Kurz-Check.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your pulse is still open, so here it is. Finish it, or close it to carry on later (your answers are kept); then start the full assessment.</source>
            <translation>Ihr Kurz-Check ist noch geöffnet, deshalb sehen Sie ihn hier. Füllen Sie ihn zu Ende aus oder schließen Sie ihn, um später weiterzumachen (Ihre Antworten bleiben erhalten); starten Sie danach die vollständige Einschätzung.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Weekly pulse due</source>
            <translation>Wöchentlicher Kurz-Check fällig</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One minute in Tandem: eight quick answers about this past week.</source>
            <translation>Eine Minute in Tandem: acht kurze Antworten zur vergangenen Woche.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Full assessment due</source>
            <translation>Vollständige Einschätzung fällig</translation>
        </message>
        <message>
            <location line="+0" />
            <source>About ten minutes in Tandem, then see what has really changed.</source>
            <translation>Etwa zehn Minuten in Tandem – danach sehen Sie, was sich wirklich verändert hat.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Time to look back</source>
            <translation>Zeit für einen Rückblick</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n decisions you recorded in Tandem can be reviewed now: what happened, and did it go as you expected?</source>
            <translation>
                <numerusform>Auf %n Entscheidung, die Sie in Tandem festgehalten haben, können Sie jetzt zurückblicken: Was ist passiert, und kam es so, wie Sie erwartet haben?</numerusform>
                <numerusform>Auf %n Entscheidungen, die Sie in Tandem festgehalten haben, können Sie jetzt zurückblicken: Was ist passiert, und kam es so, wie Sie erwartet haben?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+156" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New Journal Entry</source>
            <translation>&amp;Neuer Journaleintrag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New &amp;Goal</source>
            <translation>Neues &amp;Ziel</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New &amp;Feedback Round…</source>
            <translation>Neue &amp;Feedback-Runde…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Everything as &amp;JSON…</source>
            <translation>Alles als &amp;JSON…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scores and Entries as &amp;CSV…</source>
            <translation>Werte und Einträge als &amp;CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journal as &amp;Markdown…</source>
            <translation>Journal als &amp;Markdown…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journal as Markdown, One File per &amp;Month…</source>
            <translation>Journal als Markdown, eine Datei pro Mo&amp;nat…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Progress &amp;Report (PDF)…</source>
            <translation>Fortschritts&amp;bericht (PDF)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Back Up Now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Check Your Data</source>
            <translation>Daten &amp;prüfen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore from Backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Find in Journal…</source>
            <translation>Im Journal &amp;suchen…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Learn About Leading and Managing</source>
            <translation>Mehr über Führen und Managen &amp;lernen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Tandem</source>
            <translation>Ü&amp;ber Tandem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Tandem</source>
            <translation>Über Tandem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;A coaching companion for people who lead and manage at work.&lt;/p&gt;&lt;p&gt;Skill model %2. Your data stays on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Ein Coaching-Begleiter für Menschen, die bei der Arbeit führen und managen.&lt;/p&gt;&lt;p&gt;Fähigkeitsmodell %2. Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::MessageBanner</name>
        <message>
            <location filename="../ui/common/messagebanner.cpp" line="+20" />
            <source>Notification</source>
            <translation>Benachrichtigung</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::NavigationSidebar</name>
        <message>
            <location filename="../ui/mainwindow/navigationsidebar.cpp" line="+15" />
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <location line="+65" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::OutcomesTab</name>
        <message>
            <location filename="../ui/progress/outcomestab.cpp" line="+20" />
            <source>Advice and Outcome</source>
            <translation>Rat und Ergebnis</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+34" />
            <source>Led</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+35" />
            <source>Managed</source>
            <translation>Gemanagt</translation>
        </message>
        <message>
            <location line="-35" />
            <location line="+36" />
            <source>Both</source>
            <translation>Beides</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Followed</source>
            <translation>Befolgt</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+39" />
            <source>No advice</source>
            <translation>Kein Rat</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Not&lt;br&gt;followed</source>
            <translation>Nicht&lt;br&gt;befolgt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mean rating (1–5)</source>
            <translation>Mittlere Bewertung (1–5)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Rate how a situation went in your journal, and say whether you led or managed, to see how your choices work out.</source>
            <translation>Bewerten Sie im Journal, wie eine Situation gelaufen ist, und geben Sie an, ob Sie geführt oder gemanagt haben – dann sehen Sie, wie sich Ihre Entscheidungen auswirken.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Followed advice</source>
            <translation>Rat befolgt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did not follow</source>
            <translation>Nicht befolgt</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rated entries</source>
            <translation>Bewertete Einträge</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mean rating</source>
            <translation>Mittlere Bewertung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mean rating (1 to 5) of rated journal entries, on the rating's own scale: a bar is empty at 1 (badly) and full at 5 (very well); a group without entries shows no bar.</source>
            <translation>Die mittlere Bewertung (1 bis 5) der bewerteten Journaleinträge, auf der Skala der Bewertung selbst: Ein Balken ist bei 1 (schlecht) leer und bei 5 (sehr gut) voll; eine Gruppe ohne Einträge zeigt keinen Balken.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bar chart of mean outcome ratings. </source>
            <translation>Balkendiagramm der mittleren Bewertungen. </translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::PolesTab</name>
        <message>
            <location filename="../ui/progress/polestab.cpp" line="+18" />
            <source>Contrasts</source>
            <translation>Gegensatzpaare</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Score (0–100)</source>
            <translation>Wert (0–100)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Take your first full assessment to see the two sides of each contrast.</source>
            <translation>Machen Sie Ihre erste vollständige Einschätzung, um die beiden Seiten jedes Gegensatzpaars zu sehen.</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+7" />
            <source>Leading pole</source>
            <translation>Pol des Führens</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+6" />
            <source>Managing pole</source>
            <translation>Pol des Managens</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contrast</source>
            <translation>Gegensatzpaar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each side of a contrast is scored on its own, from your full assessment of %1.</source>
            <translation>Jede Seite eines Gegensatzpaars wird für sich bewertet, nach Ihrer vollständigen Einschätzung vom %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Bar chart of the leading and the managing pole of %n contrasts, side by side.</source>
            <translation>
                <numerusform>Balkendiagramm mit dem Pol des Führens und dem Pol des Managens von %n Gegensatzpaar, nebeneinander.</numerusform>
                <numerusform>Balkendiagramm mit dem Pol des Führens und dem Pol des Managens von %n Gegensatzpaaren, nebeneinander.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::ProgressPage</name>
        <message>
            <location filename="../ui/progress/progresspage.cpp" line="+35" />
            <source>Progress charts</source>
            <translation>Fortschrittsdiagramme</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Date range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last year</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All time</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom…</source>
            <translation>Benutzerdefiniert…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Show:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::ProgressTab</name>
        <message>
            <location filename="../ui/progress/progresstab.cpp" line="+123" />
            <source>The chart could not be built: %1</source>
            <translation>Das Diagramm konnte nicht erstellt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::QuadrantTab</name>
        <message>
            <location filename="../ui/progress/quadranttab.cpp" line="+28" />
            <source>Leading and managing</source>
            <translation>Führen und Managen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mainly leading</source>
            <translation>Vor allem Führen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mainly managing</source>
            <translation>Vor allem Managen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Developing both</source>
            <translation>Beides im Aufbau</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Lead × Manage</source>
            <translation>Führen × Managen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Leadership index</source>
            <translation>Führungsindex</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management index</source>
            <translation>Managementindex</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Take your first full assessment to see where you stand between leading and managing.</source>
            <translation>Machen Sie Ihre erste vollständige Einschätzung, um zu sehen, wo Sie zwischen Führen und Managen stehen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No full assessments in this date range. Choose a longer range to see your path.</source>
            <translation>Keine vollständigen Einschätzungen in diesem Zeitraum. Wählen Sie einen längeren Zeitraum, um Ihren Verlauf zu sehen.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leadership</source>
            <translation>Führung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Management</source>
            <translation>Management</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quadrant</source>
            <translation>Quadrant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dashed lines split both indices at 50. Top right: leading and managing; bottom right: mainly leading; top left: mainly managing; bottom left: developing both. Paler, smaller points are older; the line joins your last %1 assessments up to the latest (%2): %3.</source>
            <translation>Gestrichelte Linien teilen beide Indizes bei 50. Oben rechts: Führen und Managen; unten rechts: vor allem Führen; oben links: vor allem Managen; unten links: beides im Aufbau. Blassere, kleinere Punkte sind älter; die Linie verbindet Ihre letzten %1 Einschätzungen bis zur neuesten (%2): %3.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The first, on %1, was in the quadrant “%2”; the latest, on %3, is in the quadrant “%4”.</source>
            <translation>Die erste Einschätzung, vom %1, lag im Quadranten „%2“; die neueste, vom %3, liegt im Quadranten „%4“.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Most recent</source>
            <translation>Jüngster Verlauf</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Older</source>
            <translation>Ältere</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recent</source>
            <translation>Neuere</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>First</source>
            <translation>Erste</translation>
        </message>
        <message numerus="yes">
            <location line="-40" />
            <source>Scatter chart of leadership against management for %n full assessments, joined in time order. </source>
            <translation>
                <numerusform>Streudiagramm von Führung gegenüber Management für %n vollständige Einschätzung, in zeitlicher Reihenfolge verbunden. </numerusform>
                <numerusform>Streudiagramm von Führung gegenüber Management für %n vollständige Einschätzungen, in zeitlicher Reihenfolge verbunden. </numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Path over time</source>
            <translation>Verlauf über die Zeit</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+5" />
            <source>Latest</source>
            <translation>Neueste</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::Questionnaire</name>
        <message>
            <location filename="../ui/checkin/questionnaire.cpp" line="+53" />
            <source>Answered so far</source>
            <translation>Bisher beantwortet</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous screen</source>
            <translation>Vorherige Seite</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and Close</source>
            <translation>Speichern und schließen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save your answers and finish later</source>
            <translation>Antworten speichern und später weitermachen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your answers are kept; you can carry on later from the Check-in page.</source>
            <translation>Ihre Antworten bleiben erhalten; Sie können später auf der Seite „Check-in“ weitermachen.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>How often does each of these happen? Answer for what you actually do, not what you intend.</source>
            <translation>Wie oft kommt das jeweils vor? Antworten Sie nach dem, was Sie tatsächlich tun, nicht nach dem, was Sie vorhaben.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Rate each side on its own: you can be strong at both, or at neither. Neither side is the better one.</source>
            <translation>Bewerten Sie jede Seite für sich: Sie können in beiden stark sein oder in keiner. Keine Seite ist die bessere.</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+55" />
            <source>Weekly pulse</source>
            <translation>Wöchentlicher Kurz-Check</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Think of this past week. One quick answer per skill: about a minute.</source>
            <translation>Denken Sie an die vergangene Woche. Eine kurze Antwort pro Fähigkeit: etwa eine Minute.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Note for this week (optional)</source>
            <translation>Notiz zu dieser Woche (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A note for this week (optional)</source>
            <translation>Eine Notiz zu dieser Woche (optional)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Finish</source>
            <translation>Abschließen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish and see your results</source>
            <translation>Abschließen und Ergebnisse ansehen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next screen</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Full assessment</source>
            <translation>Vollständige Einschätzung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 · screen %2 of %3 · %4 of %5 answered</source>
            <translation>%1 · Seite %2 von %3 · %4 von %5 beantwortet</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 · %2 of %3 answered</source>
            <translation>%1 · %2 von %3 beantwortet</translation>
        </message>
        <message>
            <location line="+92" />
            <source>One statement still needs an answer. It is marked, on the screen "%1".</source>
            <translation>Eine Aussage braucht noch eine Antwort. Sie ist auf der Seite „%1“ markiert.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 statements still need an answer. They are marked, on: %2.</source>
            <translation>%1 Aussagen brauchen noch eine Antwort. Sie sind auf diesen Seiten markiert: %2.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::RadarTab</name>
        <message>
            <location filename="../ui/progress/radartab.cpp" line="+78" />
            <source>Skill Profile</source>
            <translation>Fähigkeitsprofil</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Compare &amp;with:</source>
            <translation>&amp;Vergleichen mit:</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Compare with the one before</source>
            <translation>Mit der vorherigen vergleichen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with %1</source>
            <translation>Mit %1 vergleichen</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Take your first full assessment to see your skill profile here.</source>
            <translation>Machen Sie Ihre erste vollständige Einschätzung, um hier Ihr Fähigkeitsprofil zu sehen.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Real change</source>
            <translation>Echte Veränderung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Within noise</source>
            <translation>Im Rahmen des Rauschens</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Latest (%1)</source>
            <translation>Zuletzt (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier (%1)</source>
            <translation>Vorher (%1)</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+8" />
            <source>Earlier</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skill</source>
            <translation>Fähigkeit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Latest</source>
            <translation>Zuletzt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verdict</source>
            <translation>Einordnung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your latest full assessment (solid) against the one from %1 (dashed). 0 is the centre, 100 the outer ring.</source>
            <translation>Ihre letzte vollständige Einschätzung (durchgezogen) im Vergleich zu der vom %1 (gestrichelt). 0 ist die Mitte, 100 der äußere Ring.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your first full assessment. Take another one to compare with it.</source>
            <translation>Ihre erste vollständige Einschätzung. Machen Sie eine weitere, um damit zu vergleichen.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Radar chart of %n skills from your latest full assessment. </source>
            <translation>
                <numerusform>Netzdiagramm mit %n Fähigkeit aus Ihrer letzten vollständigen Einschätzung. </numerusform>
                <numerusform>Netzdiagramm mit %n Fähigkeiten aus Ihrer letzten vollständigen Einschätzung. </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n of them changed by more than noise since the earlier one.</source>
            <translation>
                <numerusform>%n davon hat sich seit der früheren Einschätzung über das Rauschen hinaus verändert.</numerusform>
                <numerusform>%n davon haben sich seit der früheren Einschätzung über das Rauschen hinaus verändert.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source> The table view lists every score.</source>
            <translation> Die Tabellenansicht listet jeden Wert auf.</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::SettingsPage</name>
        <message>
            <location filename="../ui/settings/settingspage.cpp" line="+49" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your data</source>
            <translation>Ihre Daten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tandem keeps everything in one file on this computer. Nothing is sent anywhere; it leaves this computer only when you export it.</source>
            <translation>Tandem speichert alles in einer einzigen Datei auf diesem Computer. Nichts wird irgendwohin gesendet; Ihre Daten verlassen diesen Computer nur, wenn Sie sie exportieren.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Database file</source>
            <translation>Datenbankdatei</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open Folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy Path</source>
            <translation>Pfad kopieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the database path</source>
            <translation>Pfad der Datenbank kopieren</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The path is on the clipboard.</source>
            <translation>Der Pfad ist in der Zwischenablage.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export your data</source>
            <translation>Ihre Daten exportieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everything as JSON, scores and entries as CSV, the journal as Markdown, or a PDF report.</source>
            <translation>Alles als JSON, Werte und Einträge als CSV, das Journal als Markdown oder einen PDF-Bericht.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import data</source>
            <translation>Daten importieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From a Tandem export, a RedNotebook folder or a jrnl export.</source>
            <translation>Aus einem Tandem-Export, einem RedNotebook-Ordner oder einem jrnl-Export.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check your data for damage</source>
            <translation>Ihre Daten auf Schäden prüfen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reads the whole file and checks that every part of it is intact.</source>
            <translation>Liest die ganze Datei und prüft, ob jeder Teil davon intakt ist.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Check-in rhythm</source>
            <translation>Check-in-Rhythmus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A one-minute pulse each week and a full assessment every few weeks show how you change without asking too much of you.</source>
            <translation>Ein einminütiger Kurz-Check pro Woche und alle paar Wochen eine vollständige Einschätzung zeigen, wie Sie sich verändern, ohne Ihnen zu viel abzuverlangen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Weekly pulse day</source>
            <translation>Tag des wöchentlichen Kurz-Checks</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Weeks between full assessments</source>
            <translation>Wochen zwischen vollständigen Einschätzungen</translation>
        </message>
        <message>
            <location line="+2" />
            <source> weeks</source>
            <translation> Wochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remind me when a check-in is due</source>
            <translation>Mich erinnern, wenn ein Check-in fällig ist</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add to Calendar…</source>
            <translation>Zum Kalender hinzufügen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the check-in schedule as a calendar file</source>
            <translation>Check-in-Termine als Kalenderdatei speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saves an .ics file with both check-ins as repeating events, for any calendar app.</source>
            <translation>Speichert eine .ics-Datei mit beiden Check-ins als wiederkehrende Termine, für jede Kalender-App.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Weekly &amp;pulse on:</source>
            <translation>Wöchentlicher &amp;Kurz-Check am:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Full assessment every:</source>
            <translation>&amp;Vollständige Einschätzung alle:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Settings status</source>
            <translation>Status der Einstellungen</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Appearance</source>
            <translation>Erscheinungsbild</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tandem follows your desktop's light or dark style, or keeps one of its own.</source>
            <translation>Tandem folgt dem hellen oder dunklen Stil Ihrer Arbeitsumgebung oder verwendet einen eigenen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;System</source>
            <translation>S&amp;ystem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Follow the system's style</source>
            <translation>Dem Stil des Systems folgen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Light style</source>
            <translation>Heller Stil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dark style</source>
            <translation>Dunkler Stil</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+3" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location line="+2" />
            <source>System (%1)</source>
            <translation>System (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The new language is used when Tandem starts again.</source>
            <translation>Die neue Sprache gilt, sobald Tandem neu gestartet wird.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The file's contents could not be counted: %1</source>
            <translation>Der Inhalt der Datei konnte nicht gezählt werden: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 on disk: %2.</source>
            <translation>%1 auf der Festplatte: %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your check-in rhythm could not be read: %1</source>
            <translation>Ihr Check-in-Rhythmus konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Your change could not be saved: %1</source>
            <translation>Ihre Änderung konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved: a pulse every %1 and a full assessment every %2 weeks.</source>
            <translation>Gespeichert: ein Kurz-Check jeden %1 und eine vollständige Einschätzung alle %2 Wochen.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save Check-in Calendar</source>
            <translation>Check-in-Kalender speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderdateien (*.ics)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved %1. Open it with your calendar app to add both check-ins.</source>
            <translation>%1 gespeichert. Öffnen Sie die Datei mit Ihrer Kalender-App, um beide Check-ins hinzuzufügen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The calendar file could not be saved: %1</source>
            <translation>Die Kalenderdatei konnte nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::SingleInstance</name>
        <message>
            <location filename="../ui/common/singleinstance.cpp" line="+95" />
            <source>Tandem is already open on this data folder (process %1), but it did not answer. Close it and try again.</source>
            <translation>Tandem ist für diesen Datenordner bereits geöffnet (Prozess %1), antwortet aber nicht. Schließen Sie es und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not listen for other Tandem windows: %1</source>
            <translation>Nachrichten anderer Tandem-Fenster können nicht empfangen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::StatementRow</name>
        <message>
            <location filename="../ui/checkin/statementrow.cpp" line="+28" />
            <source>Needs an answer</source>
            <translation>Antwort fehlt</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 %2</source>
            <extracomment>An answer choice: "1 Never" … "5 Always"; the number is its keyboard key.</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Answer: %1. Keys 1 to 5 change it.</source>
            <translation>Antwort: %1. Mit den Tasten 1 bis 5 ändern Sie sie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs an answer. Press 1 (never) to 5 (always).</source>
            <translation>Antwort fehlt. Drücken Sie 1 (nie) bis 5 (immer).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not answered. Press 1 (never) to 5 (always).</source>
            <translation>Nicht beantwortet. Drücken Sie 1 (nie) bis 5 (immer).</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::TipStepMenu</name>
        <message>
            <location filename="../ui/common/tipstepmenu.cpp" line="+48" />
            <source>Make this tip a step of a goal</source>
            <translation>Diesen Tipp zum Schritt eines Ziels machen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add as a step to</source>
            <translation>Als Schritt hinzufügen zu</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (already a step)</source>
            <translation>%1 (bereits ein Schritt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No active goal yet</source>
            <translation>Noch kein aktives Ziel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start a Goal With This Step…</source>
            <translation>Neues Ziel mit diesem Schritt beginnen…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This tip is already a step of "%1".</source>
            <translation>Dieser Tipp ist bereits ein Schritt von „%1“.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add Step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>tandem::ui::TrendsTab</name>
        <message>
            <location filename="../ui/progress/trendstab.cpp" line="+29" />
            <source>Week of %1</source>
            <translation>Woche vom %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Q%1 %2</source>
            <translation>Q%1 %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Each point is the mean of one week.</source>
            <translation>Jeder Punkt ist der Mittelwert einer Woche.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each point is the mean of one month.</source>
            <translation>Jeder Punkt ist der Mittelwert eines Monats.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each point is the mean of one quarter.</source>
            <translation>Jeder Punkt ist der Mittelwert eines Quartals.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each point is the mean of one year.</source>
            <translation>Jeder Punkt ist der Mittelwert eines Jahres.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Trends</source>
            <translation>Trends</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Score (0–100)</source>
            <translation>Wert (0–100)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Score to show</source>
            <translation>Angezeigter Wert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leadership and management indices</source>
            <translation>Führungs- und Managementindex</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Assessment kind</source>
            <translation>Art der Einschätzung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full assessments</source>
            <translation>Vollständige Einschätzungen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly pulses</source>
            <translation>Wöchentliche Kurz-Checks</translation>
        </message>
        <message>
            <location line="+3" />
            <source>S&amp;core:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;Quelle:</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Score</source>
            <translation>Messgröße</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Assessments</source>
            <translation>Einschätzungen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Band from</source>
            <translation>Band von</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Band to</source>
            <translation>Band bis</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Take your first full assessment to see how your skills move over time.</source>
            <translation>Machen Sie Ihre erste vollständige Einschätzung, um zu sehen, wie sich Ihre Fähigkeiten mit der Zeit entwickeln.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take your first weekly pulse to see how your skills move week by week.</source>
            <translation>Machen Sie Ihren ersten wöchentlichen Kurz-Check, um zu sehen, wie sich Ihre Fähigkeiten von Woche zu Woche entwickeln.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No full assessments in this date range. Choose a longer range, or take a full assessment.</source>
            <translation>Keine vollständigen Einschätzungen in diesem Zeitraum. Wählen Sie einen längeren Zeitraum oder machen Sie eine vollständige Einschätzung.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No weekly pulses in this date range. Choose a longer range, or take a pulse.</source>
            <translation>Keine wöchentlichen Kurz-Checks in diesem Zeitraum. Wählen Sie einen längeren Zeitraum oder machen Sie einen Kurz-Check.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Leadership index</source>
            <translation>Führungsindex</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Management index</source>
            <translation>Managementindex</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Noise band ±%1</source>
            <translation>Rauschband ±%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leadership band ±%1</source>
            <translation>Rauschband Führung ±%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management band ±%1</source>
            <translation>Rauschband Management ±%1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>A point outside the shaded band (±%1 points around the first point of the range) differs from it by more than noise: that is a real change.</source>
            <translation>Ein Punkt außerhalb des schattierten Bands (±%1 Punkte um den ersten Punkt des Zeitraums) weicht von diesem stärker ab als das Rauschen: Das ist eine echte Veränderung.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2 since the first point, %3.</source>
            <translation>%1: %2 seit dem ersten Punkt, %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a real change</source>
            <translation>eine echte Veränderung</translation>
        </message>
        <message>
            <location line="+0" />
            <source>within noise</source>
            <translation>im Rahmen des Rauschens</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Line chart of %1 over %n assessments, with the meaningful-change band. </source>
            <translation>
                <numerusform>Liniendiagramm von %1 über %n Einschätzung, mit dem Band für bedeutsame Veränderungen. </numerusform>
                <numerusform>Liniendiagramm von %1 über %n Einschätzungen, mit dem Band für bedeutsame Veränderungen. </numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source> and </source>
            <translation> und </translation>
        </message>
    </context>
</TS>
