<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>%1 items, %2 minutes in all (%3 h %4 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end %1; the workshop ends at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan runs %1 min past the end!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderation team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time staff (Hauptamt): a count only, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser / &amp;funder line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: &amp;others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: &amp;staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: &amp;volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the footer of every page of the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the minutes are written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamt): a count only, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. How do we want to shape living together in diversity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Local future workshop Aulendorf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.de</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files (*.zwd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future workshop.zwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose another file name than the open file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was updated to the current version. A backup copy is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when zwdesktop is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only: you can look but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A phone number has digits, spaces and + - / ( ) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please a whole number from 0 to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda item&apos;s title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. The last change could not be saved and was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document belongs to a different workshop. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be 0 to {max} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only. Changes are not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date. Please write DD.MM.YYYY, e.g. 14.06.2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a time. Please write HH:MM, e.g. 14:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} belongs to another program. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} comes from an older version and needs an update, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read or written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open by {user} on {host} since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of zwdesktop. Please update zwdesktop. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critique phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fantasy phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisation phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Create new workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workshop file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop (Aulendorf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare and run a future workshop: agenda and clock, projector, ideas, dot votes, agreements and minutes. Everything is saved at once in one file, without internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to zwdesktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
