<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation>Edit agenda item “%1”</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>%1 items, %2 minutes in all (%3 h %4 min).</source>
        <translation>%1 items, %2 minutes in all (%3 h %4 min).</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Add an agenda item below the selected one</source>
        <translation>Add an agenda item below the selected one</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Move the selected item down</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Planned end %1; the workshop ends at %2.</source>
        <translation>Planned end %1; the workshop ends at %2.</translation>
    </message>
    <message>
        <source>Remove the selected agenda item</source>
        <translation>Remove the selected agenda item</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>The plan runs %1 min past the end!</source>
        <translation>The plan runs %1 min past the end!</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Guiding question</source>
        <translation>&amp;Guiding question</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation>&amp;Language of the minutes</translation>
    </message>
    <message>
        <source>&amp;Moderation team</source>
        <translation>&amp;Moderation team</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;phone</source>
        <translation>Contact&apos;s &amp;phone</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;role</source>
        <translation>Contact&apos;s &amp;role</translation>
    </message>
    <message>
        <source>Contact&apos;s e-&amp;mail</source>
        <translation>Contact&apos;s e-&amp;mail</translation>
    </message>
    <message>
        <source>Count&amp;y</source>
        <translation>Count&amp;y</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation>Date and place</translation>
    </message>
    <message>
        <source>Full-time staff (Hauptamt): a count only, no names.</source>
        <translation>Full-time staff (Hauptamt): a count only, no names.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Organiser / &amp;funder line</source>
        <translation>Organiser / &amp;funder line</translation>
    </message>
    <message>
        <source>Participants in all</source>
        <translation>Participants in all</translation>
    </message>
    <message>
        <source>Participants: &amp;others</source>
        <translation>Participants: &amp;others</translation>
    </message>
    <message>
        <source>Participants: &amp;staff</source>
        <translation>Participants: &amp;staff</translation>
    </message>
    <message>
        <source>Participants: &amp;volunteers</source>
        <translation>Participants: &amp;volunteers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Planned &amp;end</source>
        <translation>Planned &amp;end</translation>
    </message>
    <message>
        <source>Printed in the footer of every page of the minutes.</source>
        <translation>Printed in the footer of every page of the minutes.</translation>
    </message>
    <message>
        <source>The language the minutes are written in.</source>
        <translation>The language the minutes are written in.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <source>Venue &amp;address</source>
        <translation>Venue &amp;address</translation>
    </message>
    <message>
        <source>Volunteers (Ehrenamt): a count only, no names.</source>
        <translation>Volunteers (Ehrenamt): a count only, no names.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <source>e.g. How do we want to shape living together in diversity?</source>
        <translation>e.g. How do we want to shape living together in diversity?</translation>
    </message>
    <message>
        <source>e.g. Local future workshop Aulendorf</source>
        <translation>e.g. Local future workshop Aulendorf</translation>
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
        <translation>Change %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File is in use</source>
        <translation>File is in use</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <source>Workshop files (*.zwd)</source>
        <translation>Workshop files (*.zwd)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Close workshop</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>As the &amp;system</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation>Copy saved as %1.</translation>
    </message>
    <message>
        <source>Future workshop.zwd</source>
        <translation>Future workshop.zwd</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Open the &amp;demo workshop</translation>
    </message>
    <message>
        <source>Please choose another file name than the open file&apos;s.</source>
        <translation>Please choose another file name than the open file&apos;s.</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>The file was updated to the current version. A backup copy is at %1.</source>
        <translation>The file was updated to the current version. A backup copy is at %1.</translation>
    </message>
    <message>
        <source>The language changes when zwdesktop is started again.</source>
        <translation>The language changes when zwdesktop is started again.</translation>
    </message>
    <message>
        <source>This file is open read-only: you can look but not change anything.</source>
        <translation>This file is open read-only: you can look but not change anything.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A phone number has digits, spaces and + - / ( ) only.</source>
        <translation>A phone number has digits, spaces and + - / ( ) only.</translation>
    </message>
    <message>
        <source>Please a whole number from 0 to {max}.</source>
        <translation>Please a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>The agenda item&apos;s title must not be empty.</source>
        <translation>The agenda item&apos;s title must not be empty.</translation>
    </message>
    <message>
        <source>The disk is full. The last change could not be saved and was taken back.</source>
        <translation>The disk is full. The last change could not be saved and was taken back.</translation>
    </message>
    <message>
        <source>The document belongs to a different workshop. Nothing was changed.</source>
        <translation>The document belongs to a different workshop. Nothing was changed.</translation>
    </message>
    <message>
        <source>The duration must be 0 to {max} minutes.</source>
        <translation>The duration must be 0 to {max} minutes.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>The end must come after the start.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>The entry no longer exists.</translation>
    </message>
    <message>
        <source>The file is open read-only. Changes are not possible.</source>
        <translation>The file is open read-only. Changes are not possible.</translation>
    </message>
    <message>
        <source>The file {path} does not exist (any more).</source>
        <translation>The file {path} does not exist (any more).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed.</source>
        <translation>The text is {length} characters long; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>The title must not be empty.</translation>
    </message>
    <message>
        <source>This is not a date. Please write DD.MM.YYYY, e.g. 14.06.2025.</source>
        <translation>This is not a date. Please write DD.MM.YYYY, e.g. 14.06.2025.</translation>
    </message>
    <message>
        <source>This is not a time. Please write HH:MM, e.g. 14:00.</source>
        <translation>This is not a time. Please write HH:MM, e.g. 14:00.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@example.de).</source>
        <translation>This is not a valid e-mail address (example: name@example.de).</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Unknown language.</translation>
    </message>
    <message>
        <source>Unknown phase.</source>
        <translation>Unknown phase.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Unknown time zone.</translation>
    </message>
    <message>
        <source>You have no permission to read {path}.</source>
        <translation>You have no permission to read {path}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} already exists.</translation>
    </message>
    <message>
        <source>{path} belongs to another program. It was not changed.</source>
        <translation>{path} belongs to another program. It was not changed.</translation>
    </message>
    <message>
        <source>{path} comes from an older version and needs an update, but it is read-only.</source>
        <translation>{path} comes from an older version and needs an update, but it is read-only.</translation>
    </message>
    <message>
        <source>{path} could not be read or written: {detail}</source>
        <translation>{path} could not be read or written: {detail}</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete. It was not changed.</source>
        <translation>{path} is damaged or incomplete. It was not changed.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <source>{path} is not a workshop file.</source>
        <translation>{path} is not a workshop file.</translation>
    </message>
    <message>
        <source>{path} is open by {user} on {host} since {since}.</source>
        <translation>{path} is open by {user} on {host} since {since}.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of zwdesktop. Please update zwdesktop. The file was not changed.</source>
        <translation>{path} was written by a newer version of zwdesktop. Please update zwdesktop. The file was not changed.</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Critique phase</source>
        <translation>Critique phase</translation>
    </message>
    <message>
        <source>Fantasy phase</source>
        <translation>Fantasy phase</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Realisation phase</source>
        <translation>Realisation phase</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Create new workshop…</source>
        <translation>&amp;Create new workshop…</translation>
    </message>
    <message>
        <source>&amp;Open a workshop file…</source>
        <translation>&amp;Open a workshop file…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop (Aulendorf)</source>
        <translation>Open the &amp;demo workshop (Aulendorf)</translation>
    </message>
    <message>
        <source>Prepare and run a future workshop: agenda and clock, projector, ideas, dot votes, agreements and minutes. Everything is saved at once in one file, without internet.</source>
        <translation>Prepare and run a future workshop: agenda and clock, projector, ideas, dot votes, agreements and minutes. Everything is saved at once in one file, without internet.</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>This file no longer exists.</translation>
    </message>
    <message>
        <source>Welcome to zwdesktop</source>
        <translation>Welcome to zwdesktop</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
</TS>
