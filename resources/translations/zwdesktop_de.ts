<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(%1 is missing)</source>
        <translation>(%1 fehlt)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Arabic, Farsi, Urdu, Sorani</source>
        <translation>Arabisch, Farsi, Urdu, Sorani</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation>Schriftlizenzen</translation>
    </message>
    <message>
        <source>Fonts of the minutes (PDF), shipped with the program:</source>
        <translation>Schriften des Protokolls (PDF), mit dem Programm ausgeliefert:</translation>
    </message>
    <message>
        <source>Latin, Greek, Cyrillic</source>
        <translation>Lateinisch, Griechisch, Kyrillisch</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
        <source>Run a future workshop (Zukunftswerkstatt) offline: agenda and clock, projector, ideas, dot votes, agreements and minutes.</source>
        <translation>Zukunftswerkstätten offline moderieren: Ablauf und Uhr, Beamer, Ideen, Punktabfragen, Verabredungen und Protokoll.</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Schriftsysteme</translation>
    </message>
    <message>
        <source>The licence text is missing here; it is the %1: %2</source>
        <translation>Der Lizenztext fehlt hier; es ist die %1: %2</translation>
    </message>
    <message>
        <source>Tigrinya, Amharic</source>
        <translation>Tigrinya, Amharisch</translation>
    </message>
    <message>
        <source>emoji of Unicode 10 to 15</source>
        <translation>Emoji von Unicode 10 bis 15</translation>
    </message>
    <message>
        <source>free for any use</source>
        <translation>frei für jede Verwendung</translation>
    </message>
    <message>
        <source>symbols, dingbats, emoji</source>
        <translation>Symbole, Dingbats, Emoji</translation>
    </message>
    <message>
        <source>zwdesktop is free software: you may pass it on and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty. The full text is on the “Licence” tab.</source>
        <translation>zwdesktop ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (%1), weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt. Der vollständige Text steht auf der Registerkarte „Lizenz“.</translation>
    </message>
</context>
<context>
    <name>ActualsModel</name>
    <message>
        <source>Actual end</source>
        <translation>Ist-Ende</translation>
    </message>
    <message>
        <source>Actual min</source>
        <translation>Ist (Min.)</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Ist-Beginn</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>For an item not begun yet: expected, following on from the item now running, if the items before it take their planned minutes.</source>
        <translation>Für einen noch nicht begonnenen Punkt: voraussichtlich, im Anschluss an den laufenden Punkt, wenn die Punkte davor ihre geplanten Minuten dauern.</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Soll-Ende</translation>
    </message>
    <message>
        <source>Planned min</source>
        <translation>Soll (Min.)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Soll-Beginn</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation>Programmpunkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>%1 (part 2)</source>
        <translation>%1 (Teil 2)</translation>
    </message>
    <message numerus="yes">
        <source>%n items, %1 minutes in all (%2 h %3 min).</source>
        <translation>
            <numerusform>%n Programmpunkt, insgesamt %1 Minuten (%2 Std. %3 Min.).</numerusform>
            <numerusform>%n Programmpunkte, insgesamt %1 Minuten (%2 Std. %3 Min.).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Programmpunkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Programmpunkt ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Split in two</source>
        <translation>In zwei &amp;teilen</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one</source>
        <translation>Einen Programmpunkt unter dem ausgewählten einfügen</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>Dauer von „%1“ ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Insert a copy of the selected item below it</source>
        <translation>Eine Kopie des ausgewählten Programmpunkts darunter einfügen</translation>
    </message>
    <message>
        <source>Make the selected item 5 minutes longer</source>
        <translation>Den ausgewählten Programmpunkt um 5 Minuten verlängern</translation>
    </message>
    <message>
        <source>Make the selected item 5 minutes shorter</source>
        <translation>Den ausgewählten Programmpunkt um 5 Minuten kürzen</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Den ausgewählten Programmpunkt nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Den ausgewählten Programmpunkt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>Remove the selected agenda item</source>
        <translation>Den ausgewählten Programmpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Split the selected item into two halves</source>
        <translation>Den ausgewählten Programmpunkt in zwei Hälften teilen</translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>„%1“ teilen</translation>
    </message>
    <message>
        <source>The agenda ends at %1; the workshop is planned to end at %2.</source>
        <translation>Das Programm endet um %1 Uhr; geplantes Ende der Werkstatt: %2 Uhr.</translation>
    </message>
    <message>
        <source>The plan runs %1 min past the end!</source>
        <translation>Der Ablauf überzieht das Ende um %1 Min.!</translation>
    </message>
    <message>
        <source>−5 min</source>
        <translation>−5 Min.</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n meeting(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %n Termin.</numerusform>
            <numerusform>%1 geschrieben: %n Termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n person(s) with consent.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Person mit Einwilligung.</numerusform>
            <numerusform>%1 geschrieben: %n Personen mit Einwilligung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n record(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %n Eintrag.</numerusform>
            <numerusform>%1 geschrieben: %n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) name this person. They are deleted or the name is replaced by […]. This cannot be undone, and the undo history is cleared. Erase now?</source>
        <translation>
            <numerusform>%n Eintrag nennt diese Person. Er wird gelöscht oder der Name wird durch […] ersetzt. Das lässt sich nicht rückgängig machen, und der Verlauf zum Rückgängigmachen wird geleert. Jetzt löschen?</numerusform>
            <numerusform>%n Einträge nennen diese Person. Sie werden gelöscht oder der Name wird durch […] ersetzt. Das lässt sich nicht rückgängig machen, und der Verlauf zum Rückgängigmachen wird geleert. Jetzt löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for Excel and mail programs (*.csv)</source>
        <translation>CSV für Excel und E-Mail-Programme (*.csv)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>E&amp;xport everything stored about a person…</source>
        <translation>Alle gespeicherten Daten einer Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Erase a person &amp;everywhere…</source>
        <translation>Person überall &amp;löschen…</translation>
    </message>
    <message>
        <source>Erase a person everywhere</source>
        <translation>Person überall löschen</translation>
    </message>
    <message>
        <source>Everything stored about a person</source>
        <translation>Alle gespeicherten Daten einer Person</translation>
    </message>
    <message>
        <source>Export everything stored about a person</source>
        <translation>Alle gespeicherten Daten einer Person exportieren</translation>
    </message>
    <message>
        <source>Export the follow-&amp;up meetings (iCalendar)…</source>
        <translation>Folgetreffen exportieren (&amp;iCalendar)…</translation>
    </message>
    <message>
        <source>Export the follow-up meetings</source>
        <translation>Folgetreffen exportieren</translation>
    </message>
    <message>
        <source>Export the m&amp;ailing list (CSV)…</source>
        <translation>&amp;Mail-Verteiler exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export the mailing list</source>
        <translation>Mail-Verteiler exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Nothing is stored about this person.</source>
        <translation>Über diese Person ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message numerus="yes">
        <source>The person was erased from %n record(s).</source>
        <translation>
            <numerusform>Die Person wurde aus %n Eintrag gelöscht.</numerusform>
            <numerusform>Die Person wurde aus %n Einträgen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>mailing list</source>
        <translation>Mail-Verteiler</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>Folgetreffen</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personenbezogene Daten</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Came from (idea, cluster, vote)</source>
        <translation>Herkunft (Idee, Cluster, Punktabfrage)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent stays ticked while an e-mail address or phone number is stored: delete them first.</source>
        <translation>Die Einwilligung bleibt, solange eine E-Mail-Adresse oder Telefonnummer gespeichert ist: bitte zuerst diese löschen.</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Ansprech&amp;person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Edit agreement “%1”</source>
        <translation>Verabredung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>First steps (Ins adds, Del removes)</source>
        <translation>Erste Schritte (Einfg fügt hinzu, Entf entfernt)</translation>
    </message>
    <message>
        <source>Follow-up meetings (the earliest is the first)</source>
        <translation>Folgetreffen (das früheste ist das erste)</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Treffen %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Members (e-mail and phone only with consent)</source>
        <translation>Mitglieder (E-Mail und Telefon nur mit Einwilligung)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No first meeting yet – agree one soon.</source>
        <translation>Noch kein Folgetreffen – zeitnah ein erstes Folgetreffen vereinbaren.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Origin %1</source>
        <translation>Herkunft %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Sign-up &amp;web address</source>
        <translation>Anmeldung: &amp;Web-Adresse</translation>
    </message>
    <message>
        <source>Sign-up e-&amp;mail</source>
        <translation>Anmeldung: E-&amp;Mail</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>name@example.de – sign up by mail</source>
        <translation>name@example.de – Anmeldung per Mail</translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <source>First meeting: %1</source>
        <translation>Erstes Folgetreffen: %1</translation>
    </message>
    <message>
        <source>No first meeting yet – agree one soon</source>
        <translation>Noch kein Folgetreffen – zeitnah ein erstes Folgetreffen vereinbaren</translation>
    </message>
    <message>
        <source>This group has no follow-up meeting yet. A first meeting soon keeps people on board.</source>
        <translation>Diese Gruppe hat noch kein Folgetreffen. Ein baldiges erstes Treffen hält die Leute bei der Stange.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>I agree that my details are stored and used for invitations and news about the future workshop and its project groups. I can withdraw my consent at any time; my details are then deleted.</source>
        <translation>Ich bin einverstanden, dass meine Angaben gespeichert und für Einladungen und Informationen zur Zukunftswerkstatt und ihren Projektgruppen genutzt werden. Ich kann die Einwilligung jederzeit widerrufen; dann werden meine Angaben gelöscht.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Hauptamt</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
</context>
<context>
    <name>AgreementsMode</name>
    <message>
        <source>Agreements</source>
        <translation>Verabredungen</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Ansprechperson: %1</translation>
    </message>
    <message>
        <source>First meeting still to be agreed</source>
        <translation>Erstes Folgetreffen noch offen</translation>
    </message>
    <message>
        <source>First meeting: %1</source>
        <translation>Erstes Folgetreffen: %1</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Noch keine Verabredungen.</translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation>Unsere Verabredungen</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message numerus="yes">
        <source>%n follow-up meeting(s)</source>
        <translation>
            <numerusform>%n Folgetreffen</numerusform>
            <numerusform>%n Folgetreffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Neue Verabredung</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove agreement</source>
        <translation>Verabredung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Agreements (Ins: new, Del: remove, Ctrl+↑/↓: move)</source>
        <translation>Verabredungen (Einfg: neu, Entf: entfernen, Strg+↑/↓: verschieben)</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Neue Verabredung</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Verabredung entfernen</translation>
    </message>
    <message>
        <source>Remove agreement “%1”</source>
        <translation>Verabredung „%1“ entfernen</translation>
    </message>
    <message>
        <source>“%1” is removed with:</source>
        <translation>„%1“ wird entfernt mit:</translation>
    </message>
</context>
<context>
    <name>AssistantStation</name>
    <message>
        <source>Assistant station – capture ideas</source>
        <translation>Assistenz-Platz – Ideen erfassen</translation>
    </message>
    <message>
        <source>Ideas of the %1</source>
        <translation>Ideen der %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 (backup %2).zwd</source>
        <translation>%1 (Sicherung %2).zwd</translation>
    </message>
    <message>
        <source>No backup could be made: %1</source>
        <translation>Es konnte keine Sicherung angelegt werden: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>BallotPanel</name>
    <message>
        <source>Ballot no. %1</source>
        <translation>Stimmzettel Nr. %1</translation>
    </message>
    <message>
        <source>Ballot refused: %1</source>
        <translation>Stimmzettel abgelehnt: %1</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Stimmzettel</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message numerus="yes">
        <source>No. %1: %n dots</source>
        <translation>
            <numerusform>Nr. %1: %n Punkt</numerusform>
            <numerusform>Nr. %1: %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Participant no. </source>
        <translation>Teilnehmer:in Nr. </translation>
    </message>
    <message>
        <source>Remove ballot</source>
        <translation>Stimmzettel entfernen</translation>
    </message>
    <message>
        <source>Save ballot (Ctrl+Enter)</source>
        <translation>Stimmzettel speichern (Strg+Enter)</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>An empty idea is not stored.</source>
        <translation>Eine leere Idee wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Idee erfassen</translation>
    </message>
    <message>
        <source>Cluster: number or first letters</source>
        <translation>Cluster: Nummer oder Anfangsbuchstaben</translation>
    </message>
    <message>
        <source>Correct idea</source>
        <translation>Idee korrigieren</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <source>Correcting the last idea: Enter saves, Esc leaves it as it was.</source>
        <translation>Die letzte Idee wird korrigiert: Enter speichert, Esc lässt sie, wie sie war.</translation>
    </message>
    <message>
        <source>Next phase: %1</source>
        <translation>Nächste Phase: %1</translation>
    </message>
    <message>
        <source>Running phase: %1</source>
        <translation>Laufende Phase: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Table or author (optional)</source>
        <translation>Tisch oder Name (freiwillig)</translation>
    </message>
    <message>
        <source>Taken back: %1 (Ctrl+Shift+Z brings it back)</source>
        <translation>Zurückgenommen: %1 (Strg+Umschalt+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>There is no cluster “%1”. Type its number or first letters, or clear the field.</source>
        <translation>Es gibt keinen Cluster „%1“. Nummer oder Anfangsbuchstaben eingeben oder das Feld leeren.</translation>
    </message>
    <message>
        <source>This idea is already there in this phase. Enter again keeps both; Esc discards it.</source>
        <translation>Diese Idee gibt es in dieser Phase schon. Noch einmal Enter behält beide; Esc verwirft sie.</translation>
    </message>
    <message>
        <source>Type an idea and press Enter (Shift+Enter: new line; ↑: correct the last one)</source>
        <translation>Idee eintippen und Enter drücken (Umschalt+Enter: neue Zeile; ↑: letzte korrigieren)</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>kein Cluster</translation>
    </message>
    <message>
        <source>no such cluster</source>
        <translation>diesen Cluster gibt es nicht</translation>
    </message>
</context>
<context>
    <name>ClockActions</name>
    <message numerus="yes">
        <source>%n recorded clock steps (start, pause, next item, extension) are removed.</source>
        <translation>
            <numerusform>%n aufgezeichneter Schritt der Uhr (Start, Pause, nächster Punkt, Verlängerung) wird entfernt.</numerusform>
            <numerusform>%n aufgezeichnete Schritte der Uhr (Start, Pause, nächster Punkt, Verlängerung) werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extend by…</source>
        <translation>Ver&amp;längern um…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Nächster Programmpunkt</translation>
    </message>
    <message>
        <source>&amp;Reset the clock</source>
        <translation>Uhr &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>+&amp;1 min</source>
        <translation>+&amp;1 Min.</translation>
    </message>
    <message>
        <source>+&amp;5 min</source>
        <translation>+&amp;5 Min.</translation>
    </message>
    <message>
        <source>End &amp;on time…</source>
        <translation>Pün&amp;ktlich enden…</translation>
    </message>
    <message>
        <source>End on time (%1 min)</source>
        <translation>Pünktlich enden (%1 Min.)</translation>
    </message>
    <message>
        <source>Extend the current item</source>
        <translation>Laufenden Programmpunkt verlängern</translation>
    </message>
    <message>
        <source>Forget the clock&apos;s record (after a try-out or a rehearsal); undoable</source>
        <translation>Die Aufzeichnung der Uhr verwerfen (nach einer Probe); rückgängig zu machen</translation>
    </message>
    <message>
        <source>Give the current item a chosen number of minutes more</source>
        <translation>Dem laufenden Programmpunkt eine gewählte Zahl an Minuten mehr geben</translation>
    </message>
    <message>
        <source>Give the current item five more minutes</source>
        <translation>Dem laufenden Programmpunkt fünf Minuten mehr geben</translation>
    </message>
    <message>
        <source>Give the current item one more minute</source>
        <translation>Dem laufenden Programmpunkt eine Minute mehr geben</translation>
    </message>
    <message>
        <source>Go back to the previous agenda item</source>
        <translation>Zurück zum vorherigen Programmpunkt</translation>
    </message>
    <message>
        <source>Go on to the next agenda item</source>
        <translation>Weiter zum nächsten Programmpunkt</translation>
    </message>
    <message>
        <source>Minutes more:</source>
        <translation>Minuten mehr:</translation>
    </message>
    <message>
        <source>P&amp;revious item</source>
        <translation>&amp;Vorheriger Programmpunkt</translation>
    </message>
    <message>
        <source>Propose how the remaining items make up for the delay</source>
        <translation>Vorschlagen, wie die restlichen Programmpunkte die Verspätung aufholen</translation>
    </message>
    <message>
        <source>Reset the &amp;clock…</source>
        <translation>&amp;Uhr zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset the clock</source>
        <translation>Uhr zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the clock to “not started”?</source>
        <translation>Die Uhr auf „nicht gestartet“ zurücksetzen?</translation>
    </message>
    <message>
        <source>Start / &amp;Pause / Resume</source>
        <translation>Start / &amp;Pause / Weiter</translation>
    </message>
    <message>
        <source>Start the workshop, pause or resume the clock</source>
        <translation>Die Werkstatt beginnen, die Uhr anhalten oder weiterlaufen lassen</translation>
    </message>
    <message>
        <source>That is not the workshop&apos;s date (%1): a try-out.</source>
        <translation>Das ist nicht der Tag der Werkstatt (%1): eine Probe.</translation>
    </message>
    <message numerus="yes">
        <source>The actual times of %n agenda items are removed.</source>
        <translation>
            <numerusform>Die tatsächlichen Zeiten von %n Programmpunkt werden entfernt.</numerusform>
            <numerusform>Die tatsächlichen Zeiten von %n Programmpunkten werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda itself stays as it is. Undo (Ctrl+Z) brings the clock back.</source>
        <translation>Der Ablaufplan selbst bleibt, wie er ist. Rückgängig (Strg+Z) holt die Uhr zurück.</translation>
    </message>
    <message>
        <source>The clock was started on %1 at %2.</source>
        <translation>Die Uhr wurde am %1 um %2 Uhr gestartet.</translation>
    </message>
    <message>
        <source>The workshop is on time: nothing to shorten.</source>
        <translation>Die Werkstatt liegt im Zeitplan: Es muss nichts gekürzt werden.</translation>
    </message>
</context>
<context>
    <name>ClockMode</name>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Gleich geht es los</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>ClusterOperations</name>
    <message>
        <source>&amp;Delete cluster</source>
        <translation>Cluster &amp;löschen</translation>
    </message>
    <message>
        <source>Colour of the cluster</source>
        <translation>Farbe des Clusters</translation>
    </message>
    <message>
        <source>Ctrl+Z brings the cluster back with its ideas.</source>
        <translation>Strg+Z holt den Cluster mit seinen Ideen zurück.</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <source>Delete cluster “%1”</source>
        <translation>Cluster „%1“ löschen</translation>
    </message>
    <message>
        <source>Move cluster</source>
        <translation>Cluster verschieben</translation>
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation>Name des Clusters:</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>New cluster “%1”</source>
        <translation>Neuer Cluster „%1“</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>The cluster “%1” holds %n idea(s). They stay, without a cluster.</source>
        <translation>
            <numerusform>Der Cluster „%1“ enthält %n Idee. Sie bleibt erhalten, ohne Cluster.</numerusform>
            <numerusform>Der Cluster „%1“ enthält %n Ideen. Sie bleiben erhalten, ohne Cluster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>County</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Folder with workshop files</source>
        <translation>Ordner mit Werkstatt-Dateien</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message>
        <source>Workshop files (*.zwd)</source>
        <translation>Werkstatt-Dateien (*.zwd)</translation>
    </message>
    <message>
        <source>Workshop files for the county overview</source>
        <translation>Werkstatt-Dateien für den Überblick über den Landkreis</translation>
    </message>
    <message>
        <source>a folder without workshop files</source>
        <translation>ein Ordner ohne Werkstatt-Dateien</translation>
    </message>
    <message>
        <source>another application&apos;s file</source>
        <translation>Datei eines anderen Programms</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>cannot be read just now (in use by another program)</source>
        <translation>gerade nicht lesbar (von einem anderen Programm belegt)</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>beschädigt (%1)</translation>
    </message>
    <message>
        <source>from a newer zwdesktop (schema %1); please update zwdesktop</source>
        <translation>von einer neueren zwdesktop-Version (Schema %1); bitte zwdesktop aktualisieren</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>keine Leseberechtigung</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>not a workshop file</source>
        <translation>keine Werkstatt-Datei</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>project group</source>
        <translation>Projektgruppe</translation>
    </message>
    <message>
        <source>the same workshop as %1 (read from there: newer or the same)</source>
        <translation>dieselbe Werkstatt wie %1 (von dort gelesen: dort neuer oder gleich)</translation>
    </message>
</context>
<context>
    <name>CountyActions</name>
    <message>
        <source>Count&amp;y overview…</source>
        <translation>Überblick über den Landk&amp;reis…</translation>
    </message>
    <message>
        <source>Several workshop files side by side: topics, totals, next dates, the county&apos;s report</source>
        <translation>Mehrere Werkstatt-Dateien nebeneinander: Themen, Summen, nächste Termine, der Bericht des Landkreises</translation>
    </message>
</context>
<context>
    <name>CountyDialog</name>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (von Hand)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 Nennungen</translation>
    </message>
    <message numerus="yes">
        <source>%n left out (see Files read)</source>
        <translation>
            <numerusform>%n nicht gelesen (siehe Gelesene Dateien)</numerusform>
            <numerusform>%n nicht gelesen (siehe Gelesene Dateien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop file(s) read</source>
        <translation>
            <numerusform>%n Werkstatt-Datei gelesen</numerusform>
            <numerusform>%n Werkstatt-Dateien gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Sp&amp;rache des Berichts:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Next dates</source>
        <translation>Nächste T&amp;ermine</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Werkstätten</translation>
    </message>
    <message>
        <source>Across all workshops</source>
        <translation>Über alle Werkstätten</translation>
    </message>
    <message>
        <source>Attendances at the meetings held</source>
        <translation>Teilnahmen an gehaltenen Folgetreffen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar (&amp;ICS)…</source>
        <translation>&amp;Kalender (ICS)…</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>&amp;Dateien wählen…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>County overview</source>
        <translation>Überblick über den Landkreis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Files rea&amp;d</source>
        <translation>Gelesene Date&amp;ien</translation>
    </message>
    <message>
        <source>Follow-up meetings held</source>
        <translation>Folgetreffen gehalten</translation>
    </message>
    <message>
        <source>Follow-up meetings planned</source>
        <translation>Folgetreffen geplant</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Mailing
list</source>
        <translation>Mail-
Verteiler</translation>
    </message>
    <message>
        <source>Mailing-list sign-ups</source>
        <translation>Eintragungen in Mail-Verteiler</translation>
    </message>
    <message>
        <source>Meetings
held</source>
        <translation>Treffen
gehalten</translation>
    </message>
    <message>
        <source>Merge topics</source>
        <translation>Themen zusammenführen</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Next
meeting</source>
        <translation>Nächstes
Treffen</translation>
    </message>
    <message>
        <source>No files read yet: choose workshop files, or a folder (every .zwd in it and its subfolders).</source>
        <translation>Noch keine Dateien gelesen: Werkstatt-Dateien wählen oder einen Ordner (jede .zwd darin und in seinen Unterordnern).</translation>
    </message>
    <message>
        <source>Not a topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Open data (&amp;CSV)…</source>
        <translation>Offene Daten (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Open data (&amp;JSON)…</source>
        <translation>Offene Daten (&amp;JSON)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Participants
staff / vol. / other</source>
        <translation>Teilnehmende
HA / EA / weitere</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Project groups</source>
        <translation>Projektgruppen</translation>
    </message>
    <message>
        <source>Project groups that have met</source>
        <translation>Projektgruppen, die sich getroffen haben</translation>
    </message>
    <message>
        <source>Re&amp;port (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <source>Read again reads: %1</source>
        <translation>„Neu lesen“ liest: %1</translation>
    </message>
    <message>
        <source>Read or left out</source>
        <translation>Gelesen oder nicht gelesen</translation>
    </message>
    <message>
        <source>Recurring &amp;topics</source>
        <translation>Wiederkehrende &amp;Themen</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Kalender speichern</translation>
    </message>
    <message>
        <source>Save the county&apos;s report</source>
        <translation>Bericht des Landkreises speichern</translation>
    </message>
    <message>
        <source>Save the open data</source>
        <translation>Offene Daten speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved the calendar (%n meeting(s)): %1</source>
        <translation>
            <numerusform>Kalender gespeichert (%n Treffen): %1</numerusform>
            <numerusform>Kalender gespeichert (%n Treffen): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the open data: %1, its data card: %2</source>
        <translation>Offene Daten gespeichert: %1, die Datenkarte dazu: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)): %1</source>
        <translation>
            <numerusform>Bericht gespeichert (%n Seite): %1</numerusform>
            <numerusform>Bericht gespeichert (%n Seiten): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>Steering
group</source>
        <translation>Steuerungs-
gruppe</translation>
    </message>
    <message>
        <source>Steering-group members</source>
        <translation>Mitglieder in Steuerungsgruppen</translation>
    </message>
    <message>
        <source>Steps
done</source>
        <translation>Schritte
erledigt</translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <source>Topic (shared words), and where it was found</source>
        <translation>Thema (gemeinsame Wörter) und wo es vorkommt</translation>
    </message>
    <message>
        <source>Topics whose words (their stems) come up in the cluster names or project groups of several municipalities. Select topics and merge them (Ctrl+M), select names under a topic and split them off into a topic of their own (Ctrl+T), or drop what is no topic (Del). Ctrl+Z takes a correction back; the exports use the corrected topics.</source>
        <translation>Themen, deren Wörter (ihre Wortstämme) in den Clustern oder Projektgruppen mehrerer Kommunen vorkommen. Themen auswählen und zusammenführen (Strg+M), Nennungen unter einem Thema auswählen und als eigenes Thema abtrennen (Strg+T), oder was kein Thema ist, entfernen (Entf). Strg+Z nimmt eine Korrektur zurück; die Exporte verwenden die korrigierten Themen.</translation>
    </message>
    <message>
        <source>Total&amp;s</source>
        <translation>&amp;Summen</translation>
    </message>
    <message>
        <source>Undo correction</source>
        <translation>Korrektur zurücknehmen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Werkstätten</translation>
    </message>
    <message>
        <source>county-meetings.ics</source>
        <translation>Landkreis-Folgetreffen.ics</translation>
    </message>
    <message>
        <source>county-open-data.csv</source>
        <translation>Landkreis-offene-Daten.csv</translation>
    </message>
    <message>
        <source>county-open-data.json</source>
        <translation>Landkreis-offene-Daten.json</translation>
    </message>
    <message>
        <source>county-report.pdf</source>
        <translation>Landkreis-Bericht.pdf</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>read: %1</source>
        <translation>gelesen: %1</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <source>… others</source>
        <translation>… weitere</translation>
    </message>
    <message>
        <source>… staff</source>
        <translation>… Hauptamtliche</translation>
    </message>
    <message>
        <source>… volunteers</source>
        <translation>… Ehrenamtliche</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>&amp;Contact person</source>
        <translation>Anspre&amp;chperson</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <source>&amp;Guiding question</source>
        <translation>&amp;Leitfrage</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation>Sprache des &amp;Protokolls</translation>
    </message>
    <message>
        <source>&amp;Moderation team</source>
        <translation>&amp;Moderationsteam</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Veranstaltungsort</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;phone</source>
        <translation>Telef&amp;on der Ansprechperson</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;role</source>
        <translation>&amp;Funktion der Ansprechperson</translation>
    </message>
    <message>
        <source>Contact&apos;s e-&amp;mail</source>
        <translation>E-Ma&amp;il der Ansprechperson</translation>
    </message>
    <message>
        <source>Count&amp;y</source>
        <translation>Landk&amp;reis</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation>Datum und Ort</translation>
    </message>
    <message>
        <source>Full-time staff (Hauptamt): a count only, no names.</source>
        <translation>Hauptamtliche: nur die Anzahl, keine Namen.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Organiser / &amp;funder line</source>
        <translation>Veranstalter / F&amp;örderhinweis</translation>
    </message>
    <message>
        <source>Participants in all</source>
        <translation>Teilnehmende insgesamt</translation>
    </message>
    <message>
        <source>Participants: &amp;others</source>
        <translation>Teilnehmende: &amp;Sonstige</translation>
    </message>
    <message>
        <source>Participants: &amp;staff</source>
        <translation>Teilnehmende: &amp;Hauptamt</translation>
    </message>
    <message>
        <source>Participants: &amp;volunteers</source>
        <translation>Teilnehmende: &amp;Ehrenamt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Planned &amp;end</source>
        <translation>&amp;Geplantes Ende</translation>
    </message>
    <message>
        <source>Printed in the footer of every page of the minutes.</source>
        <translation>Steht in der Fußzeile jeder Seite des Protokolls.</translation>
    </message>
    <message>
        <source>The language the minutes are written in.</source>
        <translation>Die Sprache, in der das Protokoll geschrieben wird.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Venue &amp;address</source>
        <translation>&amp;Adresse des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamt): a count only, no names.</source>
        <translation>Ehrenamtliche: nur die Anzahl, keine Namen.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Werkstatt</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Angaben zur Werkstatt</translation>
    </message>
    <message>
        <source>e.g. How do we want to shape living together in diversity?</source>
        <translation>z. B. Wie wollen wir das Zusammenleben in Vielfalt gestalten?</translation>
    </message>
    <message>
        <source>e.g. Local future workshop Aulendorf</source>
        <translation>z. B. Lokale Zukunftswerkstatt Aulendorf</translation>
    </message>
    <message>
        <source>name@example.de</source>
        <translation>name@example.de</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Change %1</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>%1 is not there now: perhaps on a USB stick that is not plugged in, or moved or deleted.

Remove it from the recently used files?</source>
        <translation>%1 ist gerade nicht da: vielleicht auf einem USB-Stick, der nicht eingesteckt ist, oder verschoben oder gelöscht.

Aus der Liste „Zuletzt verwendet“ entfernen?</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>File is in use</source>
        <translation>Datei wird gerade benutzt</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name and/or e-mail address, as written in the file (case and spacing do not matter).</source>
        <translation>Name und/oder E-Mail-Adresse, wie in der Datei geschrieben (Groß-/Kleinschreibung und Leerzeichen spielen keine Rolle).</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Nur zum Lesen öffnen?</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Werkstatt öffnen</translation>
    </message>
    <message>
        <source>Workshop files (*.zwd)</source>
        <translation>Werkstatt-Dateien (*.zwd)</translation>
    </message>
</context>
<context>
    <name>DocumentMessages</name>
    <message>
        <source>%1 is greater than %2.</source>
        <translation>%1 ist größer als %2.</translation>
    </message>
    <message>
        <source>%1 is less than %2.</source>
        <translation>%1 ist kleiner als %2.</translation>
    </message>
    <message>
        <source>%1 is not an exchange document (line %2, column %3: %4). Nothing was changed.</source>
        <translation>%1 ist kein Austauschdokument (Zeile %2, Spalte %3: %4). Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The document was refused at %1: %2 Nothing was changed.</source>
        <translation>Das Dokument wurde bei %1 abgelehnt: %2 Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>expected: %1; found: %2.</source>
        <translation>erwartet: %1; im Dokument: %2.</translation>
    </message>
    <message>
        <source>fewer than %1 entries.</source>
        <translation>weniger als %1 Einträge.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this zwdesktop.</source>
        <translation>Format-Version %1 ist neuer als diese zwdesktop-Version.</translation>
    </message>
    <message>
        <source>invalid value %1.</source>
        <translation>ungültiger Wert %1.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>more than %1 entries.</source>
        <translation>mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep.</source>
        <translation>mehr als %1 Ebenen ineinander verschachtelt.</translation>
    </message>
    <message>
        <source>refers to an unknown agenda item %1.</source>
        <translation>verweist auf einen unbekannten Programmpunkt %1.</translation>
    </message>
    <message>
        <source>refers to an unknown agreement %1.</source>
        <translation>verweist auf eine unbekannte Verabredung %1.</translation>
    </message>
    <message>
        <source>refers to an unknown cluster %1.</source>
        <translation>verweist auf einen unbekannten Cluster %1.</translation>
    </message>
    <message>
        <source>refers to an unknown dot vote %1.</source>
        <translation>verweist auf eine unbekannte Punktabfrage %1.</translation>
    </message>
    <message>
        <source>refers to an unknown follow-up meeting %1.</source>
        <translation>verweist auf ein unbekanntes Folgetreffen %1.</translation>
    </message>
    <message>
        <source>refers to an unknown idea %1.</source>
        <translation>verweist auf eine unbekannte Idee %1.</translation>
    </message>
    <message>
        <source>the document is %1 MB; at most %2 MB are allowed.</source>
        <translation>das Dokument ist %1 MB groß; erlaubt sind höchstens %2 MB.</translation>
    </message>
    <message>
        <source>the entry “%1” is missing.</source>
        <translation>der Eintrag „%1“ fehlt.</translation>
    </message>
    <message>
        <source>the id %1 occurs twice.</source>
        <translation>die Kennung %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>the number %1 is outside %2 to %3.</source>
        <translation>die Zahl %1 liegt außerhalb von %2 bis %3.</translation>
    </message>
    <message>
        <source>the text contains an invalid character (%1).</source>
        <translation>der Text enthält ein ungültiges Zeichen (%1).</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed.</source>
        <translation>der Text ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>the text is empty or too short.</source>
        <translation>der Text ist leer oder zu kurz.</translation>
    </message>
    <message>
        <source>unknown entry “%1”.</source>
        <translation>unbekannter Eintrag „%1“.</translation>
    </message>
    <message>
        <source>“%1” does not have the expected form.</source>
        <translation>„%1“ hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date (YYYY-MM-DD, years 1900–2999).</source>
        <translation>„%1“ ist kein gültiges Datum (JJJJ-MM-TT, Jahre 1900–2999).</translation>
    </message>
    <message>
        <source>“%1” is not a valid instant (YYYY-MM-DDTHH:MM:SSZ, years 1900–2999).</source>
        <translation>„%1“ ist kein gültiger Zeitpunkt (JJJJ-MM-TTTHH:MM:SSZ, Jahre 1900–2999).</translation>
    </message>
    <message>
        <source>“%1” is not allowed (possible: %2).</source>
        <translation>„%1“ ist nicht erlaubt (möglich: %2).</translation>
    </message>
    <message>
        <source>“%1” is not an id (a lower-case UUID of 36 characters).</source>
        <translation>„%1“ ist keine Kennung (UUID in Kleinbuchstaben, 36 Zeichen).</translation>
    </message>
</context>
<context>
    <name>EndOnTimeDialog</name>
    <message>
        <source>&amp;Accept plan</source>
        <translation>Plan &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Drop the items ticked below</source>
        <translation>Unten angekreuzte Programmpunkte &amp;streichen</translation>
    </message>
    <message>
        <source>&amp;Keep the agenda</source>
        <translation>Ablauf &amp;beibehalten</translation>
    </message>
    <message>
        <source>&amp;Shorten the remaining items in proportion</source>
        <translation>Restliche Programmpunkte &amp;anteilig kürzen</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>At this pace the workshop ends %1 min after its planned end. How shall the remaining items make up for it?</source>
        <translation>So wie es läuft, endet die Werkstatt %1 Min. nach dem geplanten Ende. Wie sollen die restlichen Programmpunkte das aufholen?</translation>
    </message>
    <message>
        <source>End on time</source>
        <translation>Pünktlich enden</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>This plan wins back %1 min: the workshop ends on time.</source>
        <translation>Dieser Plan holt %1 Min. auf: Die Werkstatt endet pünktlich.</translation>
    </message>
    <message>
        <source>This plan wins back only %1 min; %2 min are still missing.</source>
        <translation>Dieser Plan holt nur %1 Min. auf; es fehlen noch %2 Min.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>(the log file could not be written)</source>
        <translation>(die Protokolldatei ließ sich nicht schreiben)</translation>
    </message>
    <message>
        <source>Something went wrong in zwdesktop. The program carries on.</source>
        <translation>In zwdesktop ist etwas schiefgegangen. Das Programm läuft weiter.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>What was saved before stays saved in the workshop file; the last action may not have been completed. If something looks wrong, close the workshop (Ctrl+W) and open it again.

%1

The details are written to the log file:
%2</source>
        <translation>Was vorher gespeichert war, bleibt in der Werkstatt-Datei gespeichert; der letzte Schritt ist vielleicht nicht ausgeführt worden. Wenn etwas nicht stimmt, schließen Sie die Werkstatt (Strg+W) und öffnen Sie sie wieder.

%1

Die Einzelheiten stehen in der Protokolldatei:
%2</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export &amp;minutes (PDF)…</source>
        <translation>&amp;Protokoll exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Export minutes for editing (&amp;Word)…</source>
        <translation>Protokoll zum Bearbeiten exportieren (&amp;Word)…</translation>
    </message>
    <message>
        <source>Minutes saved as %1.</source>
        <translation>Protokoll gespeichert als %1.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Poster saved as %1.</source>
        <translation>Aushang gespeichert als %1.</translation>
    </message>
    <message>
        <source>Press &amp;text…</source>
        <translation>Presse&amp;text…</translation>
    </message>
    <message>
        <source>Pro&amp;gress sheet (PDF)…</source>
        <translation>F&amp;ortschrittsbericht (PDF)…</translation>
    </message>
    <message>
        <source>Progress sheet saved as %1.</source>
        <translation>Fortschrittsbericht gespeichert als %1.</translation>
    </message>
    <message>
        <source>Sign-up &amp;poster (PDF)…</source>
        <translation>Aus&amp;hang zum Eintragen (PDF)…</translation>
    </message>
    <message>
        <source>Where every group stands, for the steering group</source>
        <translation>Wo jede Gruppe steht – für die Steuerungsgruppe</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Photo size:</source>
        <translation>&amp;Fotogröße:</translation>
    </message>
    <message>
        <source>About the workshop</source>
        <translation>Angaben zur Werkstatt</translation>
    </message>
    <message>
        <source>Agenda with planned and actual times</source>
        <translation>Ablauf mit geplanten und tatsächlichen Zeiten</translation>
    </message>
    <message>
        <source>Agreements with QR codes</source>
        <translation>Verabredungen mit QR-Codes</translation>
    </message>
    <message>
        <source>Blitzlicht (mood check)</source>
        <translation>Blitzlicht (Stimmungsbild)</translation>
    </message>
    <message>
        <source>Contact person with QR code</source>
        <translation>Ansprechperson mit QR-Code</translation>
    </message>
    <message>
        <source>Dot-vote results</source>
        <translation>Ergebnisse der Punktabfrage</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Export minutes (PDF)</source>
        <translation>Protokoll exportieren (PDF)</translation>
    </message>
    <message>
        <source>Export minutes for editing (Word)</source>
        <translation>Protokoll zum Bearbeiten exportieren (Word)</translation>
    </message>
    <message>
        <source>Export the progress sheet</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>Export the sign-up poster</source>
        <translation>Aushang exportieren</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Ideas by cluster</source>
        <translation>Ideen nach Clustern</translation>
    </message>
    <message>
        <source>Large (full width)</source>
        <translation>Groß (volle Breite)</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Mail-Verteiler</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Minutes exported</source>
        <translation>Protokoll exportiert</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Photos (impressions)</source>
        <translation>Fotos (Impressionen)</translation>
    </message>
    <message>
        <source>Print &amp;names (moderation team, contact person)</source>
        <translation>&amp;Namen aufführen (Moderation, Ansprechperson)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Small (two side by side)</source>
        <translation>Klein (zwei nebeneinander)</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message>
        <source>The minutes are written in %1 (set in the workshop details).</source>
        <translation>Das Protokoll wird auf %1 geschrieben (einstellbar in den Angaben zur Werkstatt).</translation>
    </message>
    <message>
        <source>The minutes could not be made: %1</source>
        <translation>Das Protokoll konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The minutes were saved as %1.

Open the folder?</source>
        <translation>Das Protokoll wurde als %1 gespeichert.

Den Ordner öffnen?</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Close workshop</source>
        <translation>Werkstatt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neue Werkstatt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Future workshop.zwd</source>
        <translation>Zukunftswerkstatt.zwd</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neue Werkstatt</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Demo-Werkstatt öffnen</translation>
    </message>
    <message>
        <source>Open the demo four weeks &amp;later</source>
        <translation>Demo-Werkstatt vier Wochen sp&amp;äter öffnen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus Si&amp;cherung wiederherstellen…</translation>
    </message>
    <message>
        <source>The demo workshop after its evening: the follow-up has begun</source>
        <translation>Die Demo-Werkstatt nach ihrem Abend: die Nachbereitung hat begonnen</translation>
    </message>
    <message>
        <source>The demo workshop of %1 is among the backups now (File → Restore from backup); this one is today&apos;s.</source>
        <translation>Die Beispiel-Werkstatt vom %1 liegt jetzt bei den Sicherungen (Datei → Aus Sicherung wiederherstellen); diese ist von heute.</translation>
    </message>
</context>
<context>
    <name>FileNotices</name>
    <message>
        <source>This file is damaged (technical detail: %1). It is shown read-only and nothing is written into it. To keep what it holds, export the minutes or the exchange document; File → Restore from backup… opens an earlier state of the workshop.</source>
        <translation>Diese Datei ist beschädigt (technische Angabe: %1). Sie wird nur zum Lesen gezeigt, und nichts wird in sie geschrieben. Um ihren Inhalt zu behalten, exportieren Sie das Protokoll oder das Austauschdokument; Datei → Aus Sicherung wiederherstellen… öffnet einen früheren Stand der Werkstatt.</translation>
    </message>
    <message>
        <source>This file is in a place that cannot be written (a CD, a write-protected stick, a read-only folder). It is shown read-only with everything it holds; save a copy elsewhere to change it.</source>
        <translation>Diese Datei liegt an einem Ort, an dem nicht geschrieben werden kann (CD, schreibgeschützter Stick, schreibgeschützter Ordner). Sie wird mit allem, was sie enthält, nur zum Lesen gezeigt; speichern Sie eine Kopie an anderer Stelle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>This file is open read-only: you can look but not change anything.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Minutes: version %1, approved on %2</source>
        <translation>Protokoll: Version %1, genehmigt am %2</translation>
    </message>
    <message>
        <source>Minutes: version %1, draft</source>
        <translation>Protokoll: Version %1, Entwurf</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
</context>
<context>
    <name>FollowupModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) to record</source>
        <translation>
            <numerusform>%n Treffen festzuhalten</numerusform>
            <numerusform>%n Treffen festzuhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n Schritt überfällig</numerusform>
            <numerusform>%n Schritte überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n came)</source>
        <translation>
            <numerusform>(%n Person)</numerusform>
            <numerusform>(%n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Group / step</source>
        <translation>Gruppe / Schritt</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Letztes Treffen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu beachten</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>Progress / due</source>
        <translation>Fortschritt / bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message>
        <source>no meeting held yet</source>
        <translation>noch kein Treffen stattgefunden</translation>
    </message>
    <message>
        <source>no meeting planned yet</source>
        <translation>noch kein Treffen geplant</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>keine Schritte</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message numerus="yes">
        <source>%n follow-up meeting(s) held</source>
        <translation>
            <numerusform>%n Folgetreffen stattgefunden</numerusform>
            <numerusform>%n Folgetreffen stattgefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n Schritt überfällig</numerusform>
            <numerusform>%n Schritte überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve the minutes…</source>
        <translation>Protokoll &amp;genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Next state</source>
        <translation>&amp;Nächster Stand</translation>
    </message>
    <message>
        <source>&amp;Record a meeting…</source>
        <translation>Treffen &amp;festhalten…</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Genehmigt am %1</translation>
    </message>
    <message>
        <source>As of %1: %2, %3, %4</source>
        <translation>Stand %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>Enter: record a meeting of the chosen group · Space: next state of a step or group</source>
        <translation>Eingabetaste: Treffen der gewählten Gruppe festhalten · Leertaste: nächster Stand eines Schritts oder einer Gruppe</translation>
    </message>
    <message>
        <source>Minutes versions</source>
        <translation>Fassungen des Protokolls</translation>
    </message>
    <message>
        <source>Move the chosen step or group on to its next state</source>
        <translation>Den gewählten Schritt oder die Gruppe auf den nächsten Stand setzen</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Nächste Treffen</translation>
    </message>
    <message>
        <source>No meeting planned yet</source>
        <translation>Noch kein Treffen geplant</translation>
    </message>
    <message>
        <source>Record a &amp;correction of the minutes…</source>
        <translation>&amp;Korrektur des Protokolls festhalten…</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message>
        <source>Step “%1”: %2</source>
        <translation>Schritt „%1“: %2</translation>
    </message>
    <message>
        <source>Version %1: %2 corrected – %3</source>
        <translation>Version %1: am %2 korrigiert – %3</translation>
    </message>
    <message>
        <source>Version 1: the minutes of %1</source>
        <translation>Version 1: das Protokoll vom %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>GroupDecisionDialog</name>
    <message>
        <source>How the group decided (for the minutes)</source>
        <translation>Wie die Gruppe entschieden hat (für das Protokoll)</translation>
    </message>
    <message>
        <source>The group decides</source>
        <translation>Die Gruppe entscheidet</translation>
    </message>
    <message>
        <source>Which options did the group take forward?</source>
        <translation>Welche Optionen nimmt die Gruppe mit?</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>History of the round</source>
        <translation>Verlauf der Runde</translation>
    </message>
</context>
<context>
    <name>IdeaAsk</name>
    <message>
        <source>Colour of the cluster</source>
        <translation>Farbe des Clusters</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Strg+Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Merge ideas from another laptop</source>
        <translation>Ideen von einem anderen Laptop übernehmen</translation>
    </message>
    <message>
        <source>Workshop files and exchange documents (*.zwd *.json)</source>
        <translation>Werkstatt-Dateien und Austauschdokumente (*.zwd *.json)</translation>
    </message>
</context>
<context>
    <name>IdeaMerge</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Changed on both laptops; the later change here was kept: %1 (not taken: %2).</source>
        <translation>Auf beiden Laptops geändert; die spätere Änderung hier bleibt: %1 (nicht übernommen: %2).</translation>
    </message>
    <message>
        <source>Changed on both laptops; the later change was taken: %1 (replaced: %2).</source>
        <translation>Auf beiden Laptops geändert; die spätere Änderung wurde übernommen: %1 (ersetzt: %2).</translation>
    </message>
    <message>
        <source>Merge ideas from another laptop</source>
        <translation>Ideen von einem anderen Laptop übernehmen</translation>
    </message>
    <message>
        <source>Merged into another idea here, and it stays so; not taken from the other laptop: %1.</source>
        <translation>Hier mit einer anderen Idee zusammengeführt, und das bleibt so; vom anderen Laptop nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>Merged into another idea on the other laptop, and it stays so; replaced here: %1.</source>
        <translation>Auf dem anderen Laptop mit einer anderen Idee zusammengeführt, und das bleibt so; hier ersetzt: %1.</translation>
    </message>
    <message>
        <source>New ideas: %1, new clusters: %2, changed: %3, kept because changed later here: %4.</source>
        <translation>Neue Ideen: %1, neue Cluster: %2, geändert: %3, behalten (hier später geändert): %4.</translation>
    </message>
    <message>
        <source>Nothing new: the file already holds all of it.</source>
        <translation>Nichts Neues: Die Datei enthält schon alles.</translation>
    </message>
    <message>
        <source>The file belongs to another workshop (“%1”): only its ideas and clusters were taken.</source>
        <translation>Die Datei gehört zu einer anderen Werkstatt („%1“): Nur ihre Ideen und Cluster wurden übernommen.</translation>
    </message>
    <message>
        <source>This is the open file itself.</source>
        <translation>Das ist die geöffnete Datei selbst.</translation>
    </message>
    <message>
        <source>“%1” (deleted)</source>
        <translation>„%1“ (gelöscht)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>IdeaWallMode</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ideas</source>
        <translation>
            <numerusform>%1 · %n Idee</numerusform>
            <numerusform>%1 · %n Ideen</numerusform>
        </translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation>Ideenwand</translation>
    </message>
    <message>
        <source>No ideas yet in this phase.</source>
        <translation>In dieser Phase gibt es noch keine Ideen.</translation>
    </message>
    <message>
        <source>Without cluster</source>
        <translation>Ohne Cluster</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <source>reframed from a critique point</source>
        <translation>aus einem Kritikpunkt umformuliert</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message numerus="yes">
        <source>%n idea(s) shown</source>
        <translation>
            <numerusform>%n Idee angezeigt</numerusform>
            <numerusform>%n Ideen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete ideas</source>
        <translation>Ideen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Edit idea…</source>
        <translation>Idee &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Highlight on the wall</source>
        <translation>Auf der Ideenwand &amp;hervorheben</translation>
    </message>
    <message>
        <source>&amp;Merge two ideas</source>
        <translation>Zwei Ideen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Search ideas</source>
        <translation>Ideen &amp;suchen</translation>
    </message>
    <message>
        <source>(no critique point)</source>
        <translation>(kein Kritikpunkt)</translation>
    </message>
    <message>
        <source>All clusters (%1)</source>
        <translation>Alle Cluster (%1)</translation>
    </message>
    <message>
        <source>All phases (%1)</source>
        <translation>Alle Phasen (%1)</translation>
    </message>
    <message>
        <source>Cluster down</source>
        <translation>Cluster nach unten</translation>
    </message>
    <message>
        <source>Cluster number or first letters (0: none; a new name makes one):</source>
        <translation>Cluster-Nummer oder Anfangsbuchstaben (0: keiner; ein neuer Name legt einen an):</translation>
    </message>
    <message>
        <source>Cluster up</source>
        <translation>Cluster nach oben</translation>
    </message>
    <message>
        <source>Clusters (drop ideas here; Alt+1…9 assigns)</source>
        <translation>Cluster (Ideen hierher ziehen; Alt+1…9 ordnet zu)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Colour of the cluster</source>
        <translation>Farbe des Clusters</translation>
    </message>
    <message>
        <source>Critique point of this wish:</source>
        <translation>Kritikpunkt dieses Wunsches:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete cluster (its ideas stay)</source>
        <translation>Cluster löschen (seine Ideen bleiben)</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>Idee löschen</translation>
    </message>
    <message>
        <source>Delete ideas</source>
        <translation>Ideen löschen</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>Idee bearbeiten</translation>
    </message>
    <message>
        <source>Highlight cluster on the wall</source>
        <translation>Cluster auf der Ideenwand hervorheben</translation>
    </message>
    <message>
        <source>Into cluster %1</source>
        <translation>In Cluster %1</translation>
    </message>
    <message>
        <source>Mark the selected wish as reframed from a critique point (“It would be nice if …”)</source>
        <translation>Den gewählten Wunsch als Umformulierung eines Kritikpunkts markieren („Es wäre schön, wenn …“)</translation>
    </message>
    <message>
        <source>Mark wish as reframed</source>
        <translation>Wunsch als umformuliert markieren</translation>
    </message>
    <message>
        <source>Merge two ideas</source>
        <translation>Zwei Ideen zusammenführen</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>In %1 verschieben</translation>
    </message>
    <message>
        <source>Move to &amp;phase…</source>
        <translation>In andere &amp;Phase verschieben…</translation>
    </message>
    <message>
        <source>Move to phase</source>
        <translation>In andere Phase verschieben</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>Out of its cluster</source>
        <translation>Aus dem Cluster nehmen</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Put into &amp;cluster…</source>
        <translation>In &amp;Cluster einordnen…</translation>
    </message>
    <message>
        <source>Put into cluster</source>
        <translation>In Cluster einordnen</translation>
    </message>
    <message>
        <source>Put into cluster “%1”</source>
        <translation>In Cluster „%1“ einordnen</translation>
    </message>
    <message>
        <source>Reframed from</source>
        <translation>Umformuliert aus</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation>Ideen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select exactly two ideas to merge them (Ctrl+click or Shift+arrow).</source>
        <translation>Zum Zusammenführen genau zwei Ideen auswählen (Strg+Klick oder Umschalt+Pfeil).</translation>
    </message>
    <message>
        <source>Select the one wish that was reframed from a critique point.</source>
        <translation>Den einen Wunsch auswählen, der aus einem Kritikpunkt umformuliert wurde.</translation>
    </message>
    <message>
        <source>Take out of cluster</source>
        <translation>Aus dem Cluster nehmen</translation>
    </message>
    <message>
        <source>Text of the idea:</source>
        <translation>Text der Idee:</translation>
    </message>
    <message>
        <source>There are no critique points yet.</source>
        <translation>Es gibt noch keine Kritikpunkte.</translation>
    </message>
    <message>
        <source>There is no cluster %1.</source>
        <translation>Es gibt keinen Cluster %1.</translation>
    </message>
    <message>
        <source>Wish &amp;reframed from a critique point…</source>
        <translation>Wunsch aus Kritikpunkt &amp;umformuliert…</translation>
    </message>
    <message>
        <source>Without cluster (%1)</source>
        <translation>Ohne Cluster (%1)</translation>
    </message>
</context>
<context>
    <name>IdeasWindowActions</name>
    <message>
        <source>&amp;Assistant station</source>
        <translation>&amp;Assistenz-Platz</translation>
    </message>
    <message>
        <source>&amp;Capture an idea</source>
        <translation>Idee &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Merge ideas from another laptop…</source>
        <translation>Ideen von anderem Laptop &amp;übernehmen…</translation>
    </message>
    <message>
        <source>A compact second window for capturing ideas only</source>
        <translation>Ein kleines zweites Fenster nur zum Erfassen von Ideen</translation>
    </message>
    <message>
        <source>Go to the Ideas section and put the cursor into the capture field</source>
        <translation>Zum Bereich Ideen wechseln und den Cursor ins Erfassungsfeld setzen</translation>
    </message>
</context>
<context>
    <name>MailingListPage</name>
    <message numerus="yes">
        <source>%n sign-up(s) with consent</source>
        <translation>
            <numerusform>%n Anmeldung mit Einwilligung</numerusform>
            <numerusform>%n Anmeldungen mit Einwilligung</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Yes, I agree:</source>
        <translation>&amp;Ja, ich bin einverstanden:</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung am</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Keep me informed about</source>
        <translation>Informieren Sie mich über</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Municipality (optional)</source>
        <translation>Kommune (freiwillig)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (freiwillig)</translation>
    </message>
    <message>
        <source>Remove sign-up</source>
        <translation>Anmeldung entfernen</translation>
    </message>
    <message>
        <source>Remove sign-up of %1</source>
        <translation>Anmeldung von %1 entfernen</translation>
    </message>
    <message>
        <source>Sign &amp;up</source>
        <translation>Ein&amp;tragen</translation>
    </message>
    <message>
        <source>Sign-up of %1</source>
        <translation>Anmeldung von %1</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message>
        <source>Thank you, %1 is on the mailing list.</source>
        <translation>Danke, %1 steht im Mail-Verteiler.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (copy).zwd</source>
        <translation>%1 (Kopie).zwd</translation>
    </message>
    <message>
        <source>&amp;About zwdesktop…</source>
        <translation>Ü&amp;ber zwdesktop…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Nachbereitung</translation>
    </message>
    <message>
        <source>&amp;Gong at the end of an item</source>
        <translation>&amp;Gong am Ende eines Programmpunkts</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation>&amp;Live-Uhr</translation>
    </message>
    <message>
        <source>&amp;Mailing list</source>
        <translation>&amp;Mail-Verteiler</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>Bea&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Steering group</source>
        <translation>&amp;Steuerungsgruppe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>&amp;Verabredungen</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation>Kopie gespeichert als %1.</translation>
    </message>
    <message>
        <source>D&amp;ot votes</source>
        <translation>&amp;Punktabfragen</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>&amp;Ideen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Please choose another file name than the open file&apos;s.</source>
        <translation>Bitte einen anderen Dateinamen wählen als den der geöffneten Datei.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>The file was updated to the current version. A backup copy is at %1.</source>
        <translation>Die Datei wurde auf die aktuelle Version gebracht. Eine Sicherungskopie liegt unter %1.</translation>
    </message>
    <message>
        <source>The language changes when zwdesktop is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von zwdesktop.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A Blitzlicht has one dot per person.</source>
        <translation>Beim Blitzlicht hat jede Person einen Punkt.</translation>
    </message>
    <message>
        <source>A Blitzlicht takes one dot per person.</source>
        <translation>Beim Blitzlicht gibt jede Person nur einen Punkt.</translation>
    </message>
    <message>
        <source>A follow-up meeting comes after the workshop: this date lies before it.</source>
        <translation>Ein Folgetreffen liegt nach der Werkstatt – dieses Datum liegt davor.</translation>
    </message>
    <message>
        <source>A meeting in the future cannot have taken place yet: choose “planned” or an earlier date.</source>
        <translation>Ein Treffen in der Zukunft kann noch nicht stattgefunden haben: „geplant“ wählen oder ein früheres Datum.</translation>
    </message>
    <message>
        <source>A meeting lasts at most 24 hours.</source>
        <translation>Ein Treffen dauert höchstens 24 Stunden.</translation>
    </message>
    <message>
        <source>A meeting needs a date, a start and an end (DD.MM.YYYY, HH:MM).</source>
        <translation>Ein Treffen braucht Datum, Beginn und Ende (TT.MM.JJJJ, HH:MM).</translation>
    </message>
    <message>
        <source>A meeting that took place needs a date.</source>
        <translation>Ein Treffen, das stattgefunden hat, braucht ein Datum.</translation>
    </message>
    <message>
        <source>A note needs a text.</source>
        <translation>Eine Notiz braucht einen Text.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + - / ( ) only.</source>
        <translation>Eine Telefonnummer besteht nur aus Ziffern, Leerzeichen und + - / ( ).</translation>
    </message>
    <message>
        <source>A step needs a “what”.</source>
        <translation>Ein Schritt braucht ein „Was“.</translation>
    </message>
    <message>
        <source>An empty idea is not stored.</source>
        <translation>Eine leere Idee wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>An option needs a text.</source>
        <translation>Eine Option braucht einen Text.</translation>
    </message>
    <message>
        <source>Dots must be a whole number from 0 to {max}.</source>
        <translation>Punkte bitte als ganze Zahl von 0 bis {max}.</translation>
    </message>
    <message>
        <source>E-mail address and phone number only with consent: tick the consent box first.</source>
        <translation>E-Mail-Adresse und Telefonnummer nur mit Einwilligung: bitte zuerst das Kästchen „Einwilligung“ ankreuzen.</translation>
    </message>
    <message>
        <source>Each person needs 1 to {max} dots.</source>
        <translation>Jede Person braucht 1 bis {max} Punkte.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Please a whole number from 0 to {max}.</source>
        <translation>Bitte eine ganze Zahl von 0 bis {max}.</translation>
    </message>
    <message>
        <source>Please say what was corrected.</source>
        <translation>Bitte angeben, was korrigiert wurde.</translation>
    </message>
    <message>
        <source>Something is recorded about this meeting in the follow-up; it stays. A group that does not go on gets the status “dropped”.</source>
        <translation>Zu diesem Treffen ist in der Nachbereitung schon etwas festgehalten; es bleibt. Eine Gruppe, die nicht weitermacht, bekommt den Stand „aufgegeben“.</translation>
    </message>
    <message>
        <source>The agenda item&apos;s title must not be empty.</source>
        <translation>Der Titel des Programmpunkts darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The agreement needs a title.</source>
        <translation>Die Verabredung braucht einen Titel.</translation>
    </message>
    <message>
        <source>The ballot has no dots.</source>
        <translation>Der Stimmzettel hat keine Punkte.</translation>
    </message>
    <message>
        <source>The ballot names an option of another round.</source>
        <translation>Der Stimmzettel nennt eine Option einer anderen Runde.</translation>
    </message>
    <message>
        <source>The cap per option ({cap}) must be at least 1 and at most the dots per person ({dots}).</source>
        <translation>Die Obergrenze pro Option ({cap}) muss mindestens 1 und höchstens die Punkte pro Person ({dots}) sein.</translation>
    </message>
    <message>
        <source>The cap per option must be 1 to {max} dots.</source>
        <translation>Die Obergrenze pro Option muss 1 bis {max} Punkte sein.</translation>
    </message>
    <message>
        <source>The cluster&apos;s name must not be empty.</source>
        <translation>Der Name des Clusters darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written, and nothing was changed (a change you just made was taken back). Free some space, or save a copy on another disk, and try again.</source>
        <translation>Der Datenträger ist voll: {path} konnte nicht geschrieben werden, und nichts wurde verändert (eine gerade gemachte Änderung wurde zurückgenommen). Bitte Platz schaffen oder eine Kopie auf einem anderen Datenträger speichern und es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The document belongs to a different workshop. Nothing was changed.</source>
        <translation>Das Dokument gehört zu einer anderen Werkstatt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The dots for “{option}” must be 0 to {max}.</source>
        <translation>Die Punkte für „{option}“ müssen 0 bis {max} sein.</translation>
    </message>
    <message>
        <source>The duration must be 0 to {max} minutes.</source>
        <translation>Die Dauer muss zwischen 0 und {max} Minuten liegen.</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>Die E-Mail-Adresse fehlt.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Den Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The file is open read-only. Changes are not possible.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet. Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>The file {path} does not exist (any more).</source>
        <translation>Die Datei {path} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Den Ordner {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>The idea is {length} characters long; at most {limit} are allowed. Nothing was stored or cut: please shorten it or split it into two ideas.</source>
        <translation>Die Idee ist {length} Zeichen lang; erlaubt sind höchstens {limit}. Es wurde nichts gespeichert oder gekürzt: Bitte kürzen oder auf zwei Ideen aufteilen.</translation>
    </message>
    <message>
        <source>The merge can no longer be taken back: the clock has since run through an agenda item it brought.</source>
        <translation>Die Zusammenführung lässt sich nicht mehr zurücknehmen: Die Uhr ist seither durch einen Programmpunkt gelaufen, den sie mitgebracht hat.</translation>
    </message>
    <message>
        <source>The minutes are approved at a meeting that took place.</source>
        <translation>Das Protokoll wird bei einem Treffen genehmigt, das stattgefunden hat.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The next meeting must lie in the future.</source>
        <translation>Das nächste Treffen muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The number of options going forward must be 1 to {max}.</source>
        <translation>Es kommen 1 bis {max} Optionen weiter.</translation>
    </message>
    <message>
        <source>The number of participants must be 0 to {max}.</source>
        <translation>Die Zahl der Teilnehmenden muss 0 bis {max} sein.</translation>
    </message>
    <message>
        <source>The origin needs a text.</source>
        <translation>Die Herkunft braucht einen Text.</translation>
    </message>
    <message>
        <source>The participant number must be 1 to {max}.</source>
        <translation>Die Teilnehmernummer muss 1 bis {max} sein.</translation>
    </message>
    <message>
        <source>The photo is {size_mb} MB; at most {limit_mb} MB are allowed.</source>
        <translation>Das Foto ist {size_mb} MB groß; erlaubt sind höchstens {limit_mb} MB.</translation>
    </message>
    <message>
        <source>The question of the round must not be empty.</source>
        <translation>Die Frage der Runde darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The text contains a control character ({char}), which cannot be stored.</source>
        <translation>Der Text enthält ein Steuerzeichen ({char}), das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed.</source>
        <translation>Der Text ist {length} Zeichen lang; erlaubt sind höchstens {limit}.</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>There is already a ballot of participant no. {number}.</source>
        <translation>Von Teilnehmer:in Nr. {number} gibt es schon einen Stimmzettel.</translation>
    </message>
    <message>
        <source>There is no such day: that month has only {days} days.</source>
        <translation>Diesen Tag gibt es nicht: Der Monat hat nur {days} Tage.</translation>
    </message>
    <message>
        <source>This agreement does not exist (any more).</source>
        <translation>Diese Verabredung gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This date is in the past.</source>
        <translation>Dieses Datum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>This date is more than a year ahead – the first meeting should come soon.</source>
        <translation>Dieses Datum liegt mehr als ein Jahr voraus – das erste Treffen sollte zeitnah sein.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>This is not a JPEG or PNG photo.</source>
        <translation>Das ist kein JPEG- oder PNG-Foto.</translation>
    </message>
    <message>
        <source>This is not a colour.</source>
        <translation>Das ist keine Farbe.</translation>
    </message>
    <message>
        <source>This is not a date. Please write DD.MM.YYYY, e.g. 14.06.2025.</source>
        <translation>Das ist kein Datum. Bitte als TT.MM.JJJJ schreiben, z. B. 14.06.2025.</translation>
    </message>
    <message>
        <source>This is not a time. Please write HH:MM, e.g. 14:00.</source>
        <translation>Das ist keine Uhrzeit. Bitte als HH:MM schreiben, z. B. 14:00.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.de).</source>
        <translation>Das ist keine gültige E-Mail-Adresse (Beispiel: name@example.de).</translation>
    </message>
    <message>
        <source>This is not a web address (example: https://www.aulendorf.de/anmeldung).</source>
        <translation>Das ist keine Web-Adresse (Beispiel: https://www.aulendorf.de/anmeldung).</translation>
    </message>
    <message>
        <source>Ticked as having come: {ticked}; counted: {counted}. Please enter how many came.</source>
        <translation>Angekreuzt, wer kam: {ticked}; gezählt: {counted}. Bitte unter „Wie viele kamen“ eintragen.</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unbekanntes Feld.</translation>
    </message>
    <message>
        <source>Unknown kind of note.</source>
        <translation>Unbekannte Art der Notiz.</translation>
    </message>
    <message>
        <source>Unknown kind of person.</source>
        <translation>Unbekannte Art der Person.</translation>
    </message>
    <message>
        <source>Unknown kind of round.</source>
        <translation>Unbekannte Art der Runde.</translation>
    </message>
    <message>
        <source>Unknown kind.</source>
        <translation>Unbekannte Art.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Unbekannte Sprache.</translation>
    </message>
    <message>
        <source>Unknown origin.</source>
        <translation>Unbekannte Herkunft.</translation>
    </message>
    <message>
        <source>Unknown phase.</source>
        <translation>Unbekannte Phase.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unbekannte Funktion.</translation>
    </message>
    <message>
        <source>Unknown rule.</source>
        <translation>Unbekannte Regel.</translation>
    </message>
    <message>
        <source>Unknown state.</source>
        <translation>Unbekannter Stand.</translation>
    </message>
    <message>
        <source>Unknown status of the round.</source>
        <translation>Unbekannter Stand der Runde.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unbekannter Status.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Unbekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Unknown way of entering the dots.</source>
        <translation>Unbekannte Art, die Punkte einzugeben.</translation>
    </message>
    <message>
        <source>Unknown way of settling the tie.</source>
        <translation>Unbekannte Art, den Gleichstand zu entscheiden.</translation>
    </message>
    <message>
        <source>Warning: {sum} dots – more than possible (at most {max}). Check the count or the number of participants.</source>
        <translation>Achtung: {sum} Punkte – mehr als möglich (höchstens {max}). Bitte die Zählung oder die Zahl der Teilnehmenden prüfen.</translation>
    </message>
    <message>
        <source>Warning: “{option}” has {count} dots, more than the cap allows in all ({max}).</source>
        <translation>Achtung: „{option}“ hat {count} Punkte, mehr als die Obergrenze insgesamt erlaubt ({max}).</translation>
    </message>
    <message>
        <source>Without consent nothing is stored. Please tick the consent box.</source>
        <translation>Ohne Einwilligung wird nichts gespeichert. Bitte das Kästchen ankreuzen.</translation>
    </message>
    <message>
        <source>You have no permission to read {path}.</source>
        <translation>Sie haben keine Berechtigung, {path} zu lesen.</translation>
    </message>
    <message>
        <source>{given} dots given, but each person has only {allowed}.</source>
        <translation>{given} Punkte vergeben, aber jede Person hat nur {allowed}.</translation>
    </message>
    <message>
        <source>{given} dots on “{option}”, but at most {cap} per option are allowed.</source>
        <translation>{given} Punkte auf „{option}“, erlaubt sind aber höchstens {cap} pro Option.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} gibt es bereits.</translation>
    </message>
    <message>
        <source>{path} belongs to another program. It was not changed.</source>
        <translation>{path} gehört zu einem anderen Programm. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} could not be read or written (technical detail: {detail}).</source>
        <translation>{path} konnte nicht gelesen oder geschrieben werden (technische Angabe: {detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged (technical detail: {detail}). It was not changed.</source>
        <translation>{path} ist beschädigt (technische Angabe: {detail}). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete and cannot be opened (technical detail: {detail}). It was not changed. File → Restore from backup… opens an earlier state of the workshop.</source>
        <translation>{path} ist beschädigt oder unvollständig und kann nicht geöffnet werden (technische Angabe: {detail}). Sie wurde nicht verändert. Datei → Aus Sicherung wiederherstellen… öffnet einen früheren Stand der Werkstatt.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Please try again later. Nothing was changed.</source>
        <translation>{path} wird gerade von einem anderen Programm benutzt. Bitte später noch einmal versuchen. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ist keine Datei.</translation>
    </message>
    <message>
        <source>{path} is not a workshop file.</source>
        <translation>{path} ist keine Werkstatt-Datei.</translation>
    </message>
    <message>
        <source>{path} is open by {user} on {host} since {since}.</source>
        <translation>{path} ist seit {since} von {user} auf {host} geöffnet.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of zwdesktop. Please update zwdesktop. The file was not changed.</source>
        <translation>{path} wurde mit einer neueren Version von zwdesktop geschrieben. Bitte aktualisieren Sie zwdesktop. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was not stored: %2</source>
        <translation>„%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>“{option}” has dots on a ballot. Remove those dots first.</source>
        <translation>„{option}“ hat Punkte auf einem Stimmzettel. Bitte diese Punkte zuerst entfernen.</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>From ideas/clusters…</source>
        <translation>Aus Ideen/Clustern…</translation>
    </message>
    <message>
        <source>One dot less (−)</source>
        <translation>Ein Punkt weniger (−)</translation>
    </message>
    <message>
        <source>One dot more (+)</source>
        <translation>Ein Punkt mehr (+)</translation>
    </message>
    <message>
        <source>Options and dots</source>
        <translation>Optionen und Punkte</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Type an option and press Enter</source>
        <translation>Option eintippen und Enter drücken</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Agreements</source>
        <translation>Verabredungen</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Critique phase</source>
        <translation>Kritikphase</translation>
    </message>
    <message>
        <source>Fantasy phase</source>
        <translation>Phantasiephase</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Realisation phase</source>
        <translation>Verwirklichungsphase</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Fotos &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(ohne Bildunterschrift)</translation>
    </message>
    <message>
        <source>Attach JPEG or PNG photos</source>
        <translation>JPEG- oder PNG-Fotos anhängen</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Fotos anhängen</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <source>Change the caption</source>
        <translation>Bildunterschrift ändern</translation>
    </message>
    <message>
        <source>Change the photo&apos;s phase</source>
        <translation>Phase des Fotos ändern</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>Foto verschieben</translation>
    </message>
    <message>
        <source>No phase (after all phases)</source>
        <translation>Ohne Phase (nach allen Phasen)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Photos appear in the minutes under “Impressions”, grouped by phase in this order.</source>
        <translation>Die Fotos erscheinen im Protokoll unter „Impressionen“, nach Phasen geordnet in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Remove photo “%1”</source>
        <translation>Foto „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Das Foto entfernen</translation>
    </message>
    <message>
        <source>Show the photo earlier</source>
        <translation>Das Foto weiter vorn zeigen</translation>
    </message>
    <message>
        <source>Show the photo later</source>
        <translation>Das Foto weiter hinten zeigen</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. “Pinboard of the critique phase”</source>
        <translation>Was das Foto zeigt, z. B. „Pinnwand der Kritikphase“</translation>
    </message>
</context>
<context>
    <name>PickOptionsDialog</name>
    <message>
        <source>Options from ideas and clusters</source>
        <translation>Optionen aus Ideen und Clustern</translation>
    </message>
    <message>
        <source>Tick what is voted on (Space ticks the selected line):</source>
        <translation>Ankreuzen, worüber abgestimmt wird (die Leertaste kreuzt die gewählte Zeile an):</translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papiergröße:</translation>
    </message>
    <message>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Nothing to sign up for yet</source>
        <translation>Noch nichts zum Anmelden</translation>
    </message>
    <message>
        <source>One page for the door: a QR code per group that takes sign-ups and one for the mailing list, in %1 (the language of the minutes).</source>
        <translation>Eine Seite für die Tür: ein QR-Code je Gruppe, die Anmeldungen annimmt, und einer für den Mail-Verteiler, auf %1 (der Sprache des Protokolls).</translation>
    </message>
    <message>
        <source>Sign-up poster (PDF)</source>
        <translation>Aushang zum Anmelden (PDF)</translation>
    </message>
    <message>
        <source>The poster would have no QR code: no group takes sign-ups yet (a sign-up web address or e-mail, or a first meeting for the calendar), and the workshop has no contact e-mail for the mailing list. Add one in Agreements or Details.</source>
        <translation>Der Aushang hätte keinen QR-Code: Noch keine Gruppe nimmt Anmeldungen an (eine Anmelde-Webadresse oder -E-Mail oder ein erstes Treffen für den Kalender), und die Werkstatt hat keine Kontakt-E-Mail für den Mail-Verteiler. Bitte unter „Verabredungen“ oder „Details“ eine eintragen.</translation>
    </message>
</context>
<context>
    <name>PressTextDialog</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>A draft from the facts in the file. Please read it, add a quote or a photo credit, and copy it.</source>
        <translation>Ein Entwurf aus den Angaben der Datei. Bitte lesen, um ein Zitat oder den Bildnachweis ergänzen und kopieren.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Press text</source>
        <translation>Pressetext</translation>
    </message>
    <message>
        <source>Report back after some weeks</source>
        <translation>Nachbericht nach einigen Wochen</translation>
    </message>
    <message>
        <source>Right after the workshop</source>
        <translation>Direkt nach der Werkstatt</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>Choose projector &amp;screen…</source>
        <translation>Beamer-Bildschirm &amp;wählen…</translation>
    </message>
    <message>
        <source>Hide &amp;projector</source>
        <translation>&amp;Beamer ausblenden</translation>
    </message>
    <message>
        <source>Next projector &amp;mode (M in the projector)</source>
        <translation>Nächste Beamer-&amp;Ansicht (M im Beamer-Fenster)</translation>
    </message>
    <message>
        <source>Projector &amp;theme dark/light (T in the projector)</source>
        <translation>Beamer-&amp;Farben dunkel/hell (T im Beamer-Fenster)</translation>
    </message>
    <message>
        <source>Show &amp;projector</source>
        <translation>&amp;Beamer zeigen</translation>
    </message>
    <message>
        <source>Show or hide the projector window (full screen on the second screen)</source>
        <translation>Beamer-Fenster zeigen oder ausblenden (Vollbild auf dem zweiten Bildschirm)</translation>
    </message>
    <message>
        <source>Show the &amp;agreements</source>
        <translation>&amp;Verabredungen zeigen</translation>
    </message>
    <message>
        <source>Show the &amp;clock</source>
        <translation>&amp;Uhr zeigen</translation>
    </message>
    <message>
        <source>Show the &amp;dot vote</source>
        <translation>&amp;Punktabfrage zeigen</translation>
    </message>
    <message>
        <source>Show the &amp;idea wall</source>
        <translation>&amp;Ideenwand zeigen</translation>
    </message>
    <message>
        <source>Show the sign-&amp;up codes</source>
        <translation>Anmelde-&amp;Codes zeigen</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Full screen again</source>
        <translation>Wieder Vollbild</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Next projector mode</source>
        <translation>Nächste Beamer-Ansicht</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Projector: %1</source>
        <translation>Beamer: %1</translation>
    </message>
    <message>
        <source>Switch projector theme (dark/light)</source>
        <translation>Beamer-Farben wechseln (dunkel/hell)</translation>
    </message>
</context>
<context>
    <name>RecordMeetingDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Record (Ctrl+Enter)</source>
        <translation>&amp;Festhalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Hauptamt</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Ehrenamt</translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation>&amp;Wer kam:</translation>
    </message>
    <message>
        <source>A meeting not planned before</source>
        <translation>Ein vorher nicht geplantes Treffen</translation>
    </message>
    <message>
        <source>A task becomes a step of the group. Everything is saved at once and can be undone with Ctrl+Z.</source>
        <translation>Eine Aufgabe wird ein Schritt der Gruppe. Alles wird sofort gespeichert und lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>DD.MM.YYYY – empty: no date yet</source>
        <translation>TT.MM.JJJJ – leer: noch kein Termin</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>How many came:</source>
        <translation>Wie viele kamen:</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting:</source>
        <translation>Nä&amp;chstes Treffen:</translation>
    </message>
    <message>
        <source>Ot&amp;hers</source>
        <translation>&amp;Weitere</translation>
    </message>
    <message>
        <source>Record a meeting: %1</source>
        <translation>Treffen festhalten: %1</translation>
    </message>
    <message>
        <source>Record meeting of “%1”</source>
        <translation>Treffen von „%1“ festhalten</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message>
        <source>What was decided, said or taken on – Enter adds it</source>
        <translation>Was beschlossen, berichtet oder übernommen wurde – Eingabetaste fügt es hinzu</translation>
    </message>
    <message>
        <source>by DD.MM.YYYY (task)</source>
        <translation>bis TT.MM.JJJJ (Aufgabe)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>who (task)</source>
        <translation>wer (Aufgabe)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Agenda items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Verabredungen</translation>
    </message>
    <message>
        <source>Backup date</source>
        <translation>Gesichert am</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Punktabfragen</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Open as a new file…</source>
        <translation>Als neue Datei öffnen…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>There are no backups yet. While a workshop is open, a backup is made every 10 minutes with changes and when it is closed, in %1.</source>
        <translation>Es gibt noch keine Sicherungen. Solange eine Werkstatt geöffnet ist, wird alle 10 Minuten mit Änderungen und beim Schließen eine Sicherung angelegt, in %1.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>While a workshop is open, a backup is made every 10 minutes with changes and when it is closed. The one you choose is opened as a new file; the workshop file itself stays as it is. Backups are kept in %1.</source>
        <translation>Solange eine Werkstatt geöffnet ist, wird alle 10 Minuten mit Änderungen und beim Schließen eine Sicherung angelegt. Die gewählte wird als neue Datei geöffnet; die Werkstatt-Datei selbst bleibt, wie sie ist. Die Sicherungen liegen in %1.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Werkstatt</translation>
    </message>
    <message>
        <source>Workshop day</source>
        <translation>Werkstatt am</translation>
    </message>
</context>
<context>
    <name>ResultsBox</name>
    <message>
        <source>All tied go forward</source>
        <translation>Alle gleichauf kommen weiter</translation>
    </message>
    <message>
        <source>Carry forward: the top critiques become themes of the fantasy phase</source>
        <translation>Übernehmen: Die wichtigsten Kritikpunkte werden Themen der Phantasiephase</translation>
    </message>
    <message>
        <source>Carry forward: the top wishes become agreements</source>
        <translation>Übernehmen: Die wichtigsten Wünsche werden Verabredungen</translation>
    </message>
    <message>
        <source>Group decides…</source>
        <translation>Gruppe entscheidet…</translation>
    </message>
    <message>
        <source>No dots entered yet: what goes forward follows from the dots.</source>
        <translation>Noch keine Punkte erfasst: Was weiterkommt, ergibt sich aus den Punkten.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Run-off round</source>
        <translation>Stichwahl</translation>
    </message>
    <message>
        <source>Take back the settlement</source>
        <translation>Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <source>What goes forward is open until the tie is settled.</source>
        <translation>Was weiterkommt, ist offen, bis der Gleichstand entschieden ist.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Festhalten</translation>
    </message>
    <message>
        <source>&amp;What was corrected:</source>
        <translation>&amp;Was korrigiert wurde:</translation>
    </message>
    <message>
        <source>(no follow-up meeting)</source>
        <translation>(kein Folgetreffen)</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Protokoll genehmigen</translation>
    </message>
    <message>
        <source>At the &amp;meeting:</source>
        <translation>Beim &amp;Treffen:</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Korrektur festhalten</translation>
    </message>
    <message>
        <source>Record a correction of the minutes</source>
        <translation>Korrektur des Protokolls festhalten</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>New Blitzlicht</source>
        <translation>Neues Blitzlicht</translation>
    </message>
    <message>
        <source>New dot vote</source>
        <translation>Neue Punktabfrage</translation>
    </message>
    <message>
        <source>Remove round…</source>
        <translation>Runde entfernen…</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <source>(hand-picked)</source>
        <translation>(von Hand gewählt)</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angesagt</translation>
    </message>
    <message>
        <source>Ballots per participant</source>
        <translation>Stimmzettel pro Person</translation>
    </message>
    <message>
        <source>Capped per option</source>
        <translation>Obergrenze pro Option</translation>
    </message>
    <message>
        <source>Dots entered as</source>
        <translation>Punkte erfasst als</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Free: several dots on one option</source>
        <translation>Frei: mehrere Punkte auf eine Option</translation>
    </message>
    <message>
        <source>Go forward (top N)</source>
        <translation>Kommen weiter (die ersten N)</translation>
    </message>
    <message>
        <source>Options from</source>
        <translation>Optionen aus</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Question and rules</source>
        <translation>Frage und Regeln</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>Kleben</translation>
    </message>
    <message>
        <source>Tallies from the board</source>
        <translation>Zählung an der Pinnwand</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>höchstens </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Jump to selected item</source>
        <translation>Zum ausgewählten Programmpunkt &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Elapsed: %1 h (now %2)</source>
        <translation>Vergangen: %1 Std. (jetzt %2 Uhr)</translation>
    </message>
    <message>
        <source>Expected end %1, %2 min after the planned end</source>
        <translation>Voraussichtliches Ende %1, %2 Min. nach dem geplanten Ende</translation>
    </message>
    <message>
        <source>Expected end %1, %2 min before the planned end</source>
        <translation>Voraussichtliches Ende %1, %2 Min. vor dem geplanten Ende</translation>
    </message>
    <message>
        <source>Expected end %1, as planned</source>
        <translation>Voraussichtliches Ende %1, wie geplant</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Make the item selected in the table the current one</source>
        <translation>Den in der Tabelle ausgewählten Programmpunkt zum laufenden machen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>Paused for %1 min</source>
        <translation>Pause seit %1 Min.</translation>
    </message>
    <message>
        <source>Since the planned end (%1): %2 h</source>
        <translation>Seit dem geplanten Ende (%1 Uhr): %2 Std.</translation>
    </message>
    <message>
        <source>Start / &amp;Pause / Resume</source>
        <translation>Start / &amp;Pause / Weiter</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Der Ablauf ist leer.</translation>
    </message>
    <message>
        <source>The clock is not paused.</source>
        <translation>Die Uhr ist nicht angehalten.</translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation>Die Uhr läuft nicht.</translation>
    </message>
    <message>
        <source>The workshop has already started.</source>
        <translation>Die Werkstatt hat schon begonnen.</translation>
    </message>
    <message>
        <source>The workshop has not started yet.</source>
        <translation>Die Werkstatt hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>The workshop is finished.</source>
        <translation>Die Werkstatt ist beendet.</translation>
    </message>
    <message>
        <source>The workshop is over.</source>
        <translation>Die Werkstatt ist zu Ende.</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>Das ist der erste Programmpunkt.</translation>
    </message>
    <message>
        <source>This item is already running.</source>
        <translation>Dieser Programmpunkt läuft bereits.</translation>
    </message>
    <message>
        <source>Today is not the workshop&apos;s date (%1): starting the clock now is a try-out.</source>
        <translation>Heute ist nicht der Tag der Werkstatt (%1): die Uhr jetzt zu starten, ist eine Probe.</translation>
    </message>
    <message>
        <source>Try-out: the clock was started on another day than the workshop&apos;s date (%1). Its figures are measured from its own start; reset the clock before the workshop.</source>
        <translation>Probe: Die Uhr wurde an einem anderen Tag als dem der Werkstatt (%1) gestartet. Ihre Zahlen gelten ab ihrem eigenen Start; vor der Werkstatt die Uhr zurücksetzen.</translation>
    </message>
    <message>
        <source>Until the planned end (%1): %2 h</source>
        <translation>Bis zum geplanten Ende (%1 Uhr): %2 Std.</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>%1 – %2 × %3</source>
        <translation>%1 – %2 × %3</translation>
    </message>
    <message>
        <source>(main screen)</source>
        <translation>(Hauptbildschirm)</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Bildschirm für den Beamer</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Bildschirm %1</translation>
    </message>
    <message>
        <source>Show the projector picture on:</source>
        <translation>Das Beamer-Bild zeigen auf:</translation>
    </message>
</context>
<context>
    <name>SignupMode</name>
    <message>
        <source>First meeting into your calendar</source>
        <translation>Erstes Treffen in den Kalender</translation>
    </message>
    <message>
        <source>Join in – scan with your phone&apos;s camera</source>
        <translation>Mitmachen – mit der Handykamera scannen</translation>
    </message>
    <message>
        <source>Join the mailing list (e-mail)</source>
        <translation>In den Mail-Verteiler (E-Mail)</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Mail-Verteiler</translation>
    </message>
    <message>
        <source>No sign-up codes yet: give a group a web address or e-mail to sign up.</source>
        <translation>Noch keine Anmelde-Codes: Geben Sie einer Gruppe eine Web-Adresse oder E-Mail zur Anmeldung.</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>SteeringPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent stays ticked while an e-mail address or phone number is stored: delete them first.</source>
        <translation>Die Einwilligung bleibt, solange eine E-Mail-Adresse oder Telefonnummer gespeichert ist: bitte zuerst diese löschen.</translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation>Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>End (HH:MM)</source>
        <translation>Ende (HH:MM)</translation>
    </message>
    <message>
        <source>First meeting of the steering group</source>
        <translation>Erstes Treffen der Steuerungsgruppe</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Remove “%1” from the steering group</source>
        <translation>„%1“ aus der Steuerungsgruppe entfernen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Start (HH:MM)</source>
        <translation>Beginn (HH:MM)</translation>
    </message>
    <message>
        <source>Steering group: %1</source>
        <translation>Steuerungsgruppe: %1</translation>
    </message>
    <message>
        <source>The steering group supports the staff in carrying the work on. Contact details only with consent (Ins adds a member, Del removes, Space ticks consent).</source>
        <translation>Die Steuerungsgruppe unterstützt die Hauptamtlichen bei der Weiterarbeit. Kontaktdaten nur mit Einwilligung (Einfg fügt ein Mitglied hinzu, Entf entfernt, Leertaste kreuzt die Einwilligung an).</translation>
    </message>
</context>
<context>
    <name>TieActions</name>
    <message>
        <source>%1 (run-off)</source>
        <translation>%1 (Stichwahl)</translation>
    </message>
    <message numerus="yes">
        <source>Carried forward into “%1”: %n new.</source>
        <translation>
            <numerusform>Übernommen in „%1“: %n neu.</numerusform>
            <numerusform>Übernommen in „%1“: %n neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Please choose at least one option the group decided on.</source>
        <translation>Bitte mindestens eine Option wählen, für die sich die Gruppe entschieden hat.</translation>
    </message>
    <message>
        <source>Run-off round</source>
        <translation>Stichwahl</translation>
    </message>
    <message>
        <source>Settle the tie</source>
        <translation>Gleichstand entscheiden</translation>
    </message>
    <message>
        <source>Take back the settlement</source>
        <translation>Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <source>Wishes: %1</source>
        <translation>Wünsche: %1</translation>
    </message>
</context>
<context>
    <name>VoteMode</name>
    <message numerus="yes">
        <source>(%n more options below these)</source>
        <translation>
            <numerusform>(darunter %n weitere Option)</numerusform>
            <numerusform>(darunter %n weitere Optionen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>No dot vote yet</source>
        <translation>Noch keine Punktabfrage</translation>
    </message>
    <message>
        <source>No dots entered yet – the results follow once the dots are entered.</source>
        <translation>Noch keine Punkte erfasst – das Ergebnis folgt, sobald die Punkte eingetragen sind.</translation>
    </message>
    <message>
        <source>Voting is open – the results follow when the round is closed.</source>
        <translation>Die Punktabfrage läuft – das Ergebnis folgt, wenn die Runde geschlossen ist.</translation>
    </message>
</context>
<context>
    <name>VoteOptionsModel</name>
    <message>
        <source>Change option text</source>
        <translation>Text der Option ändern</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Dots for %1</source>
        <translation>Punkte für %1</translation>
    </message>
    <message>
        <source>In a tie at the cut-off line</source>
        <translation>Gleichstand an der Grenze</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Please type a whole number of dots.</source>
        <translation>Bitte eine ganze Zahl von Punkten eingeben.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
</context>
<context>
    <name>VoteTexts</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 for %2 over %3</source>
        <translation>%1 für %2 vor %3</translation>
    </message>
    <message>
        <source>%1 of at most %2 (%3 × %4).</source>
        <translation>%1 von höchstens %2 (%3 × %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n Stimmzettel</numerusform>
            <numerusform>%n Stimmzettel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots (enter the number of participants to check the sum).</source>
        <translation>
            <numerusform>%n Punkt (Zahl der Teilnehmenden eintragen, um die Summe zu prüfen).</numerusform>
            <numerusform>%n Punkte (Zahl der Teilnehmenden eintragen, um die Summe zu prüfen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n options</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs of options</source>
        <translation>
            <numerusform>%n Paar von Optionen</numerusform>
            <numerusform>%n Paare von Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the dots per person</source>
        <translation>Punkte pro Person ändern</translation>
    </message>
    <message>
        <source>Change the question</source>
        <translation>Frage ändern</translation>
    </message>
    <message>
        <source>Change the round</source>
        <translation>Runde ändern</translation>
    </message>
    <message>
        <source>Change the stacking rule</source>
        <translation>Regel fürs Kleben ändern</translation>
    </message>
    <message>
        <source>Closed before any dot was entered: reopen the round to enter the dots.</source>
        <translation>Geschlossen, bevor Punkte erfasst wurden: Zum Eintragen der Punkte die Runde wieder öffnen.</translation>
    </message>
    <message>
        <source>Closed: the results are in the projector view “Dot vote” (Ctrl+Shift+F3). Reopen the round to change it.</source>
        <translation>Geschlossen: Das Ergebnis steht in der Beamer-Ansicht „Punktabfrage“ (Strg+Umschalt+F3). Zum Ändern die Runde wieder öffnen.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Strg+Z holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Each person has %n dots and may put several on one option.</source>
        <translation>
            <numerusform>Jede Person hat %n Punkt.</numerusform>
            <numerusform>Jede Person hat %n Punkte und darf mehrere auf ein Thema kleben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each person has %n dots, at most %1 per option.</source>
        <translation>
            <numerusform>Jede Person hat %n Punkt, höchstens %1 pro Thema.</numerusform>
            <numerusform>Jede Person hat %n Punkte, höchstens %1 pro Thema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each person has one dot.</source>
        <translation>Jede Person hat einen Punkt.</translation>
    </message>
    <message>
        <source>Each person puts one dot on the face that fits best.</source>
        <translation>Jede Person klebt einen Punkt auf das Gesicht, das am besten passt.</translation>
    </message>
    <message>
        <source>For a full ranking: %1 (%2 ÷ %3, rounded up).</source>
        <translation>Für eine vollständige Rangfolge: %1 (%2 ÷ %3, aufgerundet).</translation>
    </message>
    <message>
        <source>Going forward: %1</source>
        <translation>Weiter kommen: %1</translation>
    </message>
    <message>
        <source>Its run-off round %1 stays, on its own.</source>
        <translation>Ihre Stichwahl %1 bleibt als eigene Runde bestehen.</translation>
    </message>
    <message>
        <source>Its winners were carried forward; what was made from them stays.</source>
        <translation>Ihre Gewinner wurden übernommen; was daraus entstanden ist, bleibt.</translation>
    </message>
    <message>
        <source>Open: people are voting; the projector shows the rules, not the counts.</source>
        <translation>Offen: Es wird geklebt; der Beamer zeigt die Regeln, nicht die Zahlen.</translation>
    </message>
    <message>
        <source>Removing %1 takes with it: %2.</source>
        <translation>Mit %1 werden entfernt: %2.</translation>
    </message>
    <message>
        <source>Suggested for now: %1 dots per person. Once the options are in: about half of their number, at least 3 and at most 10.</source>
        <translation>Vorschlag vorerst: %1 Punkte pro Person. Sobald die Optionen eingetragen sind: etwa die Hälfte ihrer Zahl, mindestens 3 und höchstens 10.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested: %1 dots per person – about half of the %n options, at least 3 and at most 10.</source>
        <translation>
            <numerusform>Vorschlag: %1 Punkte pro Person – etwa die Hälfte von %n Option, mindestens 3 und höchstens 10.</numerusform>
            <numerusform>Vorschlag: %1 Punkte pro Person – etwa die Hälfte der %n Optionen, mindestens 3 und höchstens 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tie in %1 then waits for a run-off again.</source>
        <translation>Der Gleichstand in %1 wartet dann wieder auf eine Stichwahl.</translation>
    </message>
    <message numerus="yes">
        <source>The top %n go forward.</source>
        <translation>
            <numerusform>Die erste Option kommt weiter.</numerusform>
            <numerusform>Die ersten %n kommen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): all tied options go forward.</source>
        <translation>Gleichstand an der Grenze (%1): Alle gleichauf liegenden Themen kommen weiter.</translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): settled by a run-off round, %2.</source>
        <translation>Gleichstand an der Grenze (%1): durch eine Stichwahl entschieden, %2.</translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): the group decided.</source>
        <translation>Gleichstand an der Grenze (%1): Die Gruppe hat entschieden.</translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): the run-off round decides.</source>
        <translation>Gleichstand an der Grenze (%1): Die Stichwahl entscheidet.</translation>
    </message>
    <message numerus="yes">
        <source>Tie at the cut-off line: %1 have %n dots each.</source>
        <translation>
            <numerusform>Gleichstand an der Grenze: %1 haben je %n Punkt.</numerusform>
            <numerusform>Gleichstand an der Grenze: %1 haben je %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>closed, results shown</source>
        <translation>geschlossen, Ergebnis gezeigt</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>its history</source>
        <translation>ihr Verlauf</translation>
    </message>
    <message>
        <source>not good</source>
        <translation>nicht gut</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>eröffnet</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <source>settlement taken back</source>
        <translation>Entscheidung zurückgenommen</translation>
    </message>
    <message>
        <source>so-so</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>tie settled</source>
        <translation>Gleichstand entschieden</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Blitzlicht: How was today for you?</source>
        <translation>Blitzlicht: Wie war der Tag für Sie?</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Runde schließen</translation>
    </message>
    <message>
        <source>Close the round, show results</source>
        <translation>Runde schließen, Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Dot vote %1</source>
        <translation>Punktabfrage %1</translation>
    </message>
    <message>
        <source>Dots for %1</source>
        <translation>Punkte für %1</translation>
    </message>
    <message>
        <source>New Blitzlicht</source>
        <translation>Neues Blitzlicht</translation>
    </message>
    <message>
        <source>New dot vote</source>
        <translation>Neue Punktabfrage</translation>
    </message>
    <message>
        <source>No dot vote yet. Make one with “New dot vote” or “New Blitzlicht”.</source>
        <translation>Noch keine Punktabfrage. Legen Sie eine an mit „Neue Punktabfrage“ oder „Neues Blitzlicht“.</translation>
    </message>
    <message>
        <source>One dot less</source>
        <translation>Ein Punkt weniger</translation>
    </message>
    <message>
        <source>One dot more</source>
        <translation>Ein Punkt mehr</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>Runde entfernen</translation>
    </message>
    <message>
        <source>Remove the round?</source>
        <translation>Runde entfernen?</translation>
    </message>
    <message>
        <source>Reopen the round</source>
        <translation>Runde wieder öffnen</translation>
    </message>
    <message>
        <source>Save ballot</source>
        <translation>Stimmzettel speichern</translation>
    </message>
    <message>
        <source>There are no (more) ideas or clusters to choose from: type the options instead.</source>
        <translation>Es gibt keine (weiteren) Ideen oder Cluster zur Auswahl: Bitte die Optionen eintippen.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Create new workshop…</source>
        <translation>&amp;Neue Werkstatt anlegen…</translation>
    </message>
    <message>
        <source>&amp;Open a workshop file…</source>
        <translation>Werkstatt-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neue Werkstatt</translation>
    </message>
    <message>
        <source>No workshop has been opened here yet. The files you create or open will be listed here.</source>
        <translation>Hier wurde noch keine Werkstatt geöffnet. Die Dateien, die Sie anlegen oder öffnen, erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Not found now (a USB stick that is not plugged in?).</source>
        <translation>Gerade nicht gefunden (ein USB-Stick, der nicht eingesteckt ist?).</translation>
    </message>
    <message>
        <source>Open the de&amp;mo workshop (Aulendorf)</source>
        <translation>Dem&amp;o-Werkstatt öffnen (Aulendorf)</translation>
    </message>
    <message>
        <source>Prepare and run a future workshop: agenda and clock, projector, ideas, dot votes, agreements and minutes. Everything is saved at once in one file, without internet.</source>
        <translation>Eine Zukunftswerkstatt vorbereiten und durchführen: Ablauf und Uhr, Beamer, Ideen, Punktabfragen, Verabredungen und Protokoll. Alles wird sofort in einer Datei gespeichert – ganz ohne Internet.</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Welcome to zwdesktop</source>
        <translation>Willkommen bei zwdesktop</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Verabredungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Punktabfragen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Live clock</source>
        <translation>Live-Uhr</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Mail-Verteiler</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
</context>
</TS>
