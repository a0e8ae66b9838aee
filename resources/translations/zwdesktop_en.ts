<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(%1 is missing)</source>
        <translation>(%1 is missing)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Arabic, Farsi, Urdu, Sorani</source>
        <translation>Arabic, Farsi, Urdu, Sorani</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation>Font licences</translation>
    </message>
    <message>
        <source>Fonts of the minutes (PDF), shipped with the program:</source>
        <translation>Fonts of the minutes (PDF), shipped with the program:</translation>
    </message>
    <message>
        <source>Latin, Greek, Cyrillic</source>
        <translation>Latin, Greek, Cyrillic</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
        <source>Run a future workshop (Zukunftswerkstatt) offline: agenda and clock, projector, ideas, dot votes, agreements and minutes.</source>
        <translation>Run a future workshop (Zukunftswerkstatt) offline: agenda and clock, projector, ideas, dot votes, agreements and minutes.</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>The licence text is missing here; it is the %1: %2</source>
        <translation>The licence text is missing here; it is the %1: %2</translation>
    </message>
    <message>
        <source>Tigrinya, Amharic</source>
        <translation>Tigrinya, Amharic</translation>
    </message>
    <message>
        <source>emoji of Unicode 10 to 15</source>
        <translation>emoji of Unicode 10 to 15</translation>
    </message>
    <message>
        <source>free for any use</source>
        <translation>free for any use</translation>
    </message>
    <message>
        <source>symbols, dingbats, emoji</source>
        <translation>symbols, dingbats, emoji</translation>
    </message>
    <message>
        <source>zwdesktop is free software: you may pass it on and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty. The full text is on the “Licence” tab.</source>
        <translation>zwdesktop is free software: you may pass it on and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty. The full text is on the “Licence” tab.</translation>
    </message>
</context>
<context>
    <name>ActualsModel</name>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Actual min</source>
        <translation>Actual min</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>For an item not begun yet: expected, following on from the item now running, if the items before it take their planned minutes.</source>
        <translation>For an item not begun yet: expected, following on from the item now running, if the items before it take their planned minutes.</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Planned min</source>
        <translation>Planned min</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
</context>
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
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
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
        <source>%1 (part 2)</source>
        <translation>%1 (part 2)</translation>
    </message>
    <message numerus="yes">
        <source>%n items, %1 minutes in all (%2 h %3 min).</source>
        <translation>
            <numerusform>%n item, %1 minutes in all (%2 h %3 min).</numerusform>
            <numerusform>%n items, %1 minutes in all (%2 h %3 min).</numerusform>
        </translation>
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
        <source>&amp;Split in two</source>
        <translation>&amp;Split in two</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
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
        <source>Change the length of “%1”</source>
        <translation>Change the length of “%1”</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message>
        <source>Insert a copy of the selected item below it</source>
        <translation>Insert a copy of the selected item below it</translation>
    </message>
    <message>
        <source>Make the selected item 5 minutes longer</source>
        <translation>Make the selected item 5 minutes longer</translation>
    </message>
    <message>
        <source>Make the selected item 5 minutes shorter</source>
        <translation>Make the selected item 5 minutes shorter</translation>
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
        <source>Remove the selected agenda item</source>
        <translation>Remove the selected agenda item</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Split the selected item into two halves</source>
        <translation>Split the selected item into two halves</translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>Split “%1”</translation>
    </message>
    <message>
        <source>The agenda ends at %1; the workshop is planned to end at %2.</source>
        <translation>The agenda ends at %1; the workshop is planned to end at %2.</translation>
    </message>
    <message>
        <source>The plan runs %1 min past the end!</source>
        <translation>The plan runs %1 min past the end!</translation>
    </message>
    <message>
        <source>−5 min</source>
        <translation>−5 min</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n meeting(s).</source>
        <translation>
            <numerusform>%1 written: %n meeting.</numerusform>
            <numerusform>%1 written: %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n person(s) with consent.</source>
        <translation>
            <numerusform>%1 written: %n person with consent.</numerusform>
            <numerusform>%1 written: %n people with consent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n record(s).</source>
        <translation>
            <numerusform>%1 written: %n record.</numerusform>
            <numerusform>%1 written: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) name this person. They are deleted or the name is replaced by […]. This cannot be undone, and the undo history is cleared. Erase now?</source>
        <translation>
            <numerusform>%n record names this person. It is deleted or the name is replaced by […]. This cannot be undone, and the undo history is cleared. Erase now?</numerusform>
            <numerusform>%n records name this person. They are deleted or the name is replaced by […]. This cannot be undone, and the undo history is cleared. Erase now?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for Excel and mail programs (*.csv)</source>
        <translation>CSV for Excel and mail programs (*.csv)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>E&amp;xport everything stored about a person…</source>
        <translation>E&amp;xport everything stored about a person…</translation>
    </message>
    <message>
        <source>Erase a person &amp;everywhere…</source>
        <translation>Erase a person &amp;everywhere…</translation>
    </message>
    <message>
        <source>Erase a person everywhere</source>
        <translation>Erase a person everywhere</translation>
    </message>
    <message>
        <source>Everything stored about a person</source>
        <translation>Everything stored about a person</translation>
    </message>
    <message>
        <source>Export everything stored about a person</source>
        <translation>Export everything stored about a person</translation>
    </message>
    <message>
        <source>Export the follow-&amp;up meetings (iCalendar)…</source>
        <translation>Export the follow-&amp;up meetings (iCalendar)…</translation>
    </message>
    <message>
        <source>Export the follow-up meetings</source>
        <translation>Export the follow-up meetings</translation>
    </message>
    <message>
        <source>Export the m&amp;ailing list (CSV)…</source>
        <translation>Export the m&amp;ailing list (CSV)…</translation>
    </message>
    <message>
        <source>Export the mailing list</source>
        <translation>Export the mailing list</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Not erased</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Nothing is stored about this person.</source>
        <translation>Nothing is stored about this person.</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message numerus="yes">
        <source>The person was erased from %n record(s).</source>
        <translation>
            <numerusform>The person was erased from %n record.</numerusform>
            <numerusform>The person was erased from %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>mailing list</source>
        <translation>mailing list</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personal data</translation>
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
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Came from (idea, cluster, vote)</source>
        <translation>Came from (idea, cluster, vote)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent stays ticked while an e-mail address or phone number is stored: delete them first.</source>
        <translation>Consent stays ticked while an e-mail address or phone number is stored: delete them first.</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Edit agreement “%1”</source>
        <translation>Edit agreement “%1”</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>First steps (Ins adds, Del removes)</source>
        <translation>First steps (Ins adds, Del removes)</translation>
    </message>
    <message>
        <source>Follow-up meetings (the earliest is the first)</source>
        <translation>Follow-up meetings (the earliest is the first)</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Members (e-mail and phone only with consent)</source>
        <translation>Members (e-mail and phone only with consent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No first meeting yet – agree one soon.</source>
        <translation>No first meeting yet – agree one soon.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Origin %1</source>
        <translation>Origin %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sign-up &amp;web address</source>
        <translation>Sign-up &amp;web address</translation>
    </message>
    <message>
        <source>Sign-up e-&amp;mail</source>
        <translation>Sign-up e-&amp;mail</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>name@example.de – sign up by mail</source>
        <translation>name@example.de – sign up by mail</translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <source>First meeting: %1</source>
        <translation>First meeting: %1</translation>
    </message>
    <message>
        <source>No first meeting yet – agree one soon</source>
        <translation>No first meeting yet – agree one soon</translation>
    </message>
    <message>
        <source>This group has no follow-up meeting yet. A first meeting soon keeps people on board.</source>
        <translation>This group has no follow-up meeting yet. A first meeting soon keeps people on board.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>I agree that my details are stored and used for invitations and news about the future workshop and its project groups. I can withdraw my consent at any time; my details are then deleted.</source>
        <translation>I agree that my details are stored and used for invitations and news about the future workshop and its project groups. I can withdraw my consent at any time; my details are then deleted.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
</context>
<context>
    <name>AgreementsMode</name>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>First meeting still to be agreed</source>
        <translation>First meeting still to be agreed</translation>
    </message>
    <message>
        <source>First meeting: %1</source>
        <translation>First meeting: %1</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>No agreements yet.</translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation>Our agreements</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message numerus="yes">
        <source>%n follow-up meeting(s)</source>
        <translation>
            <numerusform>%n follow-up meeting</numerusform>
            <numerusform>%n follow-up meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;New agreement</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Remove agreement</source>
        <translation>&amp;Remove agreement</translation>
    </message>
    <message>
        <source>Agreements (Ins: new, Del: remove, Ctrl+↑/↓: move)</source>
        <translation>Agreements (Ins: new, Del: remove, Ctrl+↑/↓: move)</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Ctrl+Z brings it back.</translation>
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
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Remove agreement “%1”</source>
        <translation>Remove agreement “%1”</translation>
    </message>
    <message>
        <source>“%1” is removed with:</source>
        <translation>“%1” is removed with:</translation>
    </message>
</context>
<context>
    <name>AssistantStation</name>
    <message>
        <source>Assistant station – capture ideas</source>
        <translation>Assistant station – capture ideas</translation>
    </message>
    <message>
        <source>Ideas of the %1</source>
        <translation>Ideas of the %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 (backup %2).zwd</source>
        <translation>%1 (backup %2).zwd</translation>
    </message>
    <message>
        <source>No backup could be made: %1</source>
        <translation>No backup could be made: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
</context>
<context>
    <name>BallotPanel</name>
    <message>
        <source>Ballot no. %1</source>
        <translation>Ballot no. %1</translation>
    </message>
    <message>
        <source>Ballot refused: %1</source>
        <translation>Ballot refused: %1</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message numerus="yes">
        <source>No. %1: %n dots</source>
        <translation>
            <numerusform>No. %1: %n dot</numerusform>
            <numerusform>No. %1: %n dots</numerusform>
        </translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Participant no. </source>
        <translation>Participant no. </translation>
    </message>
    <message>
        <source>Remove ballot</source>
        <translation>Remove ballot</translation>
    </message>
    <message>
        <source>Save ballot (Ctrl+Enter)</source>
        <translation>Save ballot (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>An empty idea is not stored.</source>
        <translation>An empty idea is not stored.</translation>
    </message>
    <message>
        <source>Capture idea</source>
        <translation>Capture idea</translation>
    </message>
    <message>
        <source>Cluster: number or first letters</source>
        <translation>Cluster: number or first letters</translation>
    </message>
    <message>
        <source>Correct idea</source>
        <translation>Correct idea</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrected: %1</translation>
    </message>
    <message>
        <source>Correcting the last idea: Enter saves, Esc leaves it as it was.</source>
        <translation>Correcting the last idea: Enter saves, Esc leaves it as it was.</translation>
    </message>
    <message>
        <source>Next phase: %1</source>
        <translation>Next phase: %1</translation>
    </message>
    <message>
        <source>Running phase: %1</source>
        <translation>Running phase: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Table or author (optional)</source>
        <translation>Table or author (optional)</translation>
    </message>
    <message>
        <source>Taken back: %1 (Ctrl+Shift+Z brings it back)</source>
        <translation>Taken back: %1 (Ctrl+Shift+Z brings it back)</translation>
    </message>
    <message>
        <source>There is no cluster “%1”. Type its number or first letters, or clear the field.</source>
        <translation>There is no cluster “%1”. Type its number or first letters, or clear the field.</translation>
    </message>
    <message>
        <source>This idea is already there in this phase. Enter again keeps both; Esc discards it.</source>
        <translation>This idea is already there in this phase. Enter again keeps both; Esc discards it.</translation>
    </message>
    <message>
        <source>Type an idea and press Enter (Shift+Enter: new line; ↑: correct the last one)</source>
        <translation>Type an idea and press Enter (Shift+Enter: new line; ↑: correct the last one)</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>no cluster</translation>
    </message>
    <message>
        <source>no such cluster</source>
        <translation>no such cluster</translation>
    </message>
</context>
<context>
    <name>ClockActions</name>
    <message numerus="yes">
        <source>%n recorded clock steps (start, pause, next item, extension) are removed.</source>
        <translation>
            <numerusform>%n recorded clock step (start, pause, next item, extension) is removed.</numerusform>
            <numerusform>%n recorded clock steps (start, pause, next item, extension) are removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extend by…</source>
        <translation>&amp;Extend by…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <source>&amp;Reset the clock</source>
        <translation>&amp;Reset the clock</translation>
    </message>
    <message>
        <source>+&amp;1 min</source>
        <translation>+&amp;1 min</translation>
    </message>
    <message>
        <source>+&amp;5 min</source>
        <translation>+&amp;5 min</translation>
    </message>
    <message>
        <source>End &amp;on time…</source>
        <translation>End &amp;on time…</translation>
    </message>
    <message>
        <source>End on time (%1 min)</source>
        <translation>End on time (%1 min)</translation>
    </message>
    <message>
        <source>Extend the current item</source>
        <translation>Extend the current item</translation>
    </message>
    <message>
        <source>Forget the clock&apos;s record (after a try-out or a rehearsal); undoable</source>
        <translation>Forget the clock&apos;s record (after a try-out or a rehearsal); undoable</translation>
    </message>
    <message>
        <source>Give the current item a chosen number of minutes more</source>
        <translation>Give the current item a chosen number of minutes more</translation>
    </message>
    <message>
        <source>Give the current item five more minutes</source>
        <translation>Give the current item five more minutes</translation>
    </message>
    <message>
        <source>Give the current item one more minute</source>
        <translation>Give the current item one more minute</translation>
    </message>
    <message>
        <source>Go back to the previous agenda item</source>
        <translation>Go back to the previous agenda item</translation>
    </message>
    <message>
        <source>Go on to the next agenda item</source>
        <translation>Go on to the next agenda item</translation>
    </message>
    <message>
        <source>Minutes more:</source>
        <translation>Minutes more:</translation>
    </message>
    <message>
        <source>P&amp;revious item</source>
        <translation>P&amp;revious item</translation>
    </message>
    <message>
        <source>Propose how the remaining items make up for the delay</source>
        <translation>Propose how the remaining items make up for the delay</translation>
    </message>
    <message>
        <source>Reset the &amp;clock…</source>
        <translation>Reset the &amp;clock…</translation>
    </message>
    <message>
        <source>Reset the clock</source>
        <translation>Reset the clock</translation>
    </message>
    <message>
        <source>Reset the clock to “not started”?</source>
        <translation>Reset the clock to “not started”?</translation>
    </message>
    <message>
        <source>Start / &amp;Pause / Resume</source>
        <translation>Start / &amp;Pause / Resume</translation>
    </message>
    <message>
        <source>Start the workshop, pause or resume the clock</source>
        <translation>Start the workshop, pause or resume the clock</translation>
    </message>
    <message>
        <source>That is not the workshop&apos;s date (%1): a try-out.</source>
        <translation>That is not the workshop&apos;s date (%1): a try-out.</translation>
    </message>
    <message numerus="yes">
        <source>The actual times of %n agenda items are removed.</source>
        <translation>
            <numerusform>The actual times of %n agenda item are removed.</numerusform>
            <numerusform>The actual times of %n agenda items are removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda itself stays as it is. Undo (Ctrl+Z) brings the clock back.</source>
        <translation>The agenda itself stays as it is. Undo (Ctrl+Z) brings the clock back.</translation>
    </message>
    <message>
        <source>The clock was started on %1 at %2.</source>
        <translation>The clock was started on %1 at %2.</translation>
    </message>
    <message>
        <source>The workshop is on time: nothing to shorten.</source>
        <translation>The workshop is on time: nothing to shorten.</translation>
    </message>
</context>
<context>
    <name>ClockMode</name>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Starting soon</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>Up next: %1</translation>
    </message>
</context>
<context>
    <name>ClusterOperations</name>
    <message>
        <source>&amp;Delete cluster</source>
        <translation>&amp;Delete cluster</translation>
    </message>
    <message>
        <source>Colour of the cluster</source>
        <translation>Colour of the cluster</translation>
    </message>
    <message>
        <source>Ctrl+Z brings the cluster back with its ideas.</source>
        <translation>Ctrl+Z brings the cluster back with its ideas.</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Delete cluster</translation>
    </message>
    <message>
        <source>Delete cluster “%1”</source>
        <translation>Delete cluster “%1”</translation>
    </message>
    <message>
        <source>Move cluster</source>
        <translation>Move cluster</translation>
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation>Name of the cluster:</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <source>New cluster “%1”</source>
        <translation>New cluster “%1”</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Rename cluster</translation>
    </message>
    <message numerus="yes">
        <source>The cluster “%1” holds %n idea(s). They stay, without a cluster.</source>
        <translation>
            <numerusform>The cluster “%1” holds %n idea. It stays, without a cluster.</numerusform>
            <numerusform>The cluster “%1” holds %n ideas. They stay, without a cluster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>County</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Folder with workshop files</source>
        <translation>Folder with workshop files</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Workshop files (*.zwd)</source>
        <translation>Workshop files (*.zwd)</translation>
    </message>
    <message>
        <source>Workshop files for the county overview</source>
        <translation>Workshop files for the county overview</translation>
    </message>
    <message>
        <source>a folder without workshop files</source>
        <translation>a folder without workshop files</translation>
    </message>
    <message>
        <source>another application&apos;s file</source>
        <translation>another application&apos;s file</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>cannot be read just now (in use by another program)</source>
        <translation>cannot be read just now (in use by another program)</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>damaged (%1)</translation>
    </message>
    <message>
        <source>from a newer zwdesktop (schema %1); please update zwdesktop</source>
        <translation>from a newer zwdesktop (schema %1); please update zwdesktop</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>no permission to read it</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>not a workshop file</source>
        <translation>not a workshop file</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>project group</source>
        <translation>project group</translation>
    </message>
    <message>
        <source>the same workshop as %1 (read from there: newer or the same)</source>
        <translation>the same workshop as %1 (read from there: newer or the same)</translation>
    </message>
</context>
<context>
    <name>CountyActions</name>
    <message>
        <source>Count&amp;y overview…</source>
        <translation>Count&amp;y overview…</translation>
    </message>
    <message>
        <source>Several workshop files side by side: topics, totals, next dates, the county&apos;s report</source>
        <translation>Several workshop files side by side: topics, totals, next dates, the county&apos;s report</translation>
    </message>
</context>
<context>
    <name>CountyDialog</name>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (by hand)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 could not be written (%2).</translation>
    </message>
    <message>
        <source>%1 names</source>
        <translation>%1 names</translation>
    </message>
    <message numerus="yes">
        <source>%n left out (see Files read)</source>
        <translation>
            <numerusform>%n left out (see Files read)</numerusform>
            <numerusform>%n left out (see Files read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop file(s) read</source>
        <translation>
            <numerusform>%n workshop file read</numerusform>
            <numerusform>%n workshop files read</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Language of the report:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Next dates</source>
        <translation>&amp;Next dates</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <source>Across all workshops</source>
        <translation>Across all workshops</translation>
    </message>
    <message>
        <source>Attendances at the meetings held</source>
        <translation>Attendances at the meetings held</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar (&amp;ICS)…</source>
        <translation>Calendar (&amp;ICS)…</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>County overview</source>
        <translation>County overview</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Files rea&amp;d</source>
        <translation>Files rea&amp;d</translation>
    </message>
    <message>
        <source>Follow-up meetings held</source>
        <translation>Follow-up meetings held</translation>
    </message>
    <message>
        <source>Follow-up meetings planned</source>
        <translation>Follow-up meetings planned</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Guiding question</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Mailing
list</source>
        <translation>Mailing
list</translation>
    </message>
    <message>
        <source>Mailing-list sign-ups</source>
        <translation>Mailing-list sign-ups</translation>
    </message>
    <message>
        <source>Meetings
held</source>
        <translation>Meetings
held</translation>
    </message>
    <message>
        <source>Merge topics</source>
        <translation>Merge topics</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Next
meeting</source>
        <translation>Next
meeting</translation>
    </message>
    <message>
        <source>No files read yet: choose workshop files, or a folder (every .zwd in it and its subfolders).</source>
        <translation>No files read yet: choose workshop files, or a folder (every .zwd in it and its subfolders).</translation>
    </message>
    <message>
        <source>Not a topic</source>
        <translation>Not a topic</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Open data (&amp;CSV)…</source>
        <translation>Open data (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Open data (&amp;JSON)…</source>
        <translation>Open data (&amp;JSON)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants
staff / vol. / other</source>
        <translation>Participants
staff / vol. / other</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Project groups</source>
        <translation>Project groups</translation>
    </message>
    <message>
        <source>Project groups that have met</source>
        <translation>Project groups that have met</translation>
    </message>
    <message>
        <source>Re&amp;port (PDF)…</source>
        <translation>Re&amp;port (PDF)…</translation>
    </message>
    <message>
        <source>Read again reads: %1</source>
        <translation>Read again reads: %1</translation>
    </message>
    <message>
        <source>Read or left out</source>
        <translation>Read or left out</translation>
    </message>
    <message>
        <source>Recurring &amp;topics</source>
        <translation>Recurring &amp;topics</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <source>Save the county&apos;s report</source>
        <translation>Save the county&apos;s report</translation>
    </message>
    <message>
        <source>Save the open data</source>
        <translation>Save the open data</translation>
    </message>
    <message numerus="yes">
        <source>Saved the calendar (%n meeting(s)): %1</source>
        <translation>
            <numerusform>Saved the calendar (%n meeting): %1</numerusform>
            <numerusform>Saved the calendar (%n meetings): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the open data: %1, its data card: %2</source>
        <translation>Saved the open data: %1, its data card: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)): %1</source>
        <translation>
            <numerusform>Saved the report (%n page): %1</numerusform>
            <numerusform>Saved the report (%n pages): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Split off</translation>
    </message>
    <message>
        <source>Steering
group</source>
        <translation>Steering
group</translation>
    </message>
    <message>
        <source>Steering-group members</source>
        <translation>Steering-group members</translation>
    </message>
    <message>
        <source>Steps
done</source>
        <translation>Steps
done</translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Top topics</translation>
    </message>
    <message>
        <source>Topic (shared words), and where it was found</source>
        <translation>Topic (shared words), and where it was found</translation>
    </message>
    <message>
        <source>Topics whose words (their stems) come up in the cluster names or project groups of several municipalities. Select topics and merge them (Ctrl+M), select names under a topic and split them off into a topic of their own (Ctrl+T), or drop what is no topic (Del). Ctrl+Z takes a correction back; the exports use the corrected topics.</source>
        <translation>Topics whose words (their stems) come up in the cluster names or project groups of several municipalities. Select topics and merge them (Ctrl+M), select names under a topic and split them off into a topic of their own (Ctrl+T), or drop what is no topic (Del). Ctrl+Z takes a correction back; the exports use the corrected topics.</translation>
    </message>
    <message>
        <source>Total&amp;s</source>
        <translation>Total&amp;s</translation>
    </message>
    <message>
        <source>Undo correction</source>
        <translation>Undo correction</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>county-meetings.ics</source>
        <translation>county-meetings.ics</translation>
    </message>
    <message>
        <source>county-open-data.csv</source>
        <translation>county-open-data.csv</translation>
    </message>
    <message>
        <source>county-open-data.json</source>
        <translation>county-open-data.json</translation>
    </message>
    <message>
        <source>county-report.pdf</source>
        <translation>county-report.pdf</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>read: %1</source>
        <translation>read: %1</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <source>… others</source>
        <translation>… others</translation>
    </message>
    <message>
        <source>… staff</source>
        <translation>… staff</translation>
    </message>
    <message>
        <source>… volunteers</source>
        <translation>… volunteers</translation>
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
        <source>%1 is not there now: perhaps on a USB stick that is not plugged in, or moved or deleted.

Remove it from the recently used files?</source>
        <translation>%1 is not there now: perhaps on a USB stick that is not plugged in, or moved or deleted.

Remove it from the recently used files?</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>File is in use</source>
        <translation>File is in use</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name and/or e-mail address, as written in the file (case and spacing do not matter).</source>
        <translation>Name and/or e-mail address, as written in the file (case and spacing do not matter).</translation>
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
    <name>DocumentMessages</name>
    <message>
        <source>%1 is greater than %2.</source>
        <translation>%1 is greater than %2.</translation>
    </message>
    <message>
        <source>%1 is less than %2.</source>
        <translation>%1 is less than %2.</translation>
    </message>
    <message>
        <source>%1 is not an exchange document (line %2, column %3: %4). Nothing was changed.</source>
        <translation>%1 is not an exchange document (line %2, column %3: %4). Nothing was changed.</translation>
    </message>
    <message>
        <source>The document was refused at %1: %2 Nothing was changed.</source>
        <translation>The document was refused at %1: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>expected: %1; found: %2.</source>
        <translation>expected: %1; found: %2.</translation>
    </message>
    <message>
        <source>fewer than %1 entries.</source>
        <translation>fewer than %1 entries.</translation>
    </message>
    <message>
        <source>format version %1 is newer than this zwdesktop.</source>
        <translation>format version %1 is newer than this zwdesktop.</translation>
    </message>
    <message>
        <source>invalid value %1.</source>
        <translation>invalid value %1.</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>more than %1 entries.</source>
        <translation>more than %1 entries.</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep.</source>
        <translation>nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>refers to an unknown agenda item %1.</source>
        <translation>refers to an unknown agenda item %1.</translation>
    </message>
    <message>
        <source>refers to an unknown agreement %1.</source>
        <translation>refers to an unknown agreement %1.</translation>
    </message>
    <message>
        <source>refers to an unknown cluster %1.</source>
        <translation>refers to an unknown cluster %1.</translation>
    </message>
    <message>
        <source>refers to an unknown dot vote %1.</source>
        <translation>refers to an unknown dot vote %1.</translation>
    </message>
    <message>
        <source>refers to an unknown follow-up meeting %1.</source>
        <translation>refers to an unknown follow-up meeting %1.</translation>
    </message>
    <message>
        <source>refers to an unknown idea %1.</source>
        <translation>refers to an unknown idea %1.</translation>
    </message>
    <message>
        <source>the document is %1 MB; at most %2 MB are allowed.</source>
        <translation>the document is %1 MB; at most %2 MB are allowed.</translation>
    </message>
    <message>
        <source>the entry “%1” is missing.</source>
        <translation>the entry “%1” is missing.</translation>
    </message>
    <message>
        <source>the id %1 occurs twice.</source>
        <translation>the id %1 occurs twice.</translation>
    </message>
    <message>
        <source>the number %1 is outside %2 to %3.</source>
        <translation>the number %1 is outside %2 to %3.</translation>
    </message>
    <message>
        <source>the text contains an invalid character (%1).</source>
        <translation>the text contains an invalid character (%1).</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed.</source>
        <translation>the text is %1 characters long; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>the text is empty or too short.</source>
        <translation>the text is empty or too short.</translation>
    </message>
    <message>
        <source>unknown entry “%1”.</source>
        <translation>unknown entry “%1”.</translation>
    </message>
    <message>
        <source>“%1” does not have the expected form.</source>
        <translation>“%1” does not have the expected form.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date (YYYY-MM-DD, years 1900–2999).</source>
        <translation>“%1” is not a valid date (YYYY-MM-DD, years 1900–2999).</translation>
    </message>
    <message>
        <source>“%1” is not a valid instant (YYYY-MM-DDTHH:MM:SSZ, years 1900–2999).</source>
        <translation>“%1” is not a valid instant (YYYY-MM-DDTHH:MM:SSZ, years 1900–2999).</translation>
    </message>
    <message>
        <source>“%1” is not allowed (possible: %2).</source>
        <translation>“%1” is not allowed (possible: %2).</translation>
    </message>
    <message>
        <source>“%1” is not an id (a lower-case UUID of 36 characters).</source>
        <translation>“%1” is not an id (a lower-case UUID of 36 characters).</translation>
    </message>
</context>
<context>
    <name>EndOnTimeDialog</name>
    <message>
        <source>&amp;Accept plan</source>
        <translation>&amp;Accept plan</translation>
    </message>
    <message>
        <source>&amp;Drop the items ticked below</source>
        <translation>&amp;Drop the items ticked below</translation>
    </message>
    <message>
        <source>&amp;Keep the agenda</source>
        <translation>&amp;Keep the agenda</translation>
    </message>
    <message>
        <source>&amp;Shorten the remaining items in proportion</source>
        <translation>&amp;Shorten the remaining items in proportion</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>At this pace the workshop ends %1 min after its planned end. How shall the remaining items make up for it?</source>
        <translation>At this pace the workshop ends %1 min after its planned end. How shall the remaining items make up for it?</translation>
    </message>
    <message>
        <source>End on time</source>
        <translation>End on time</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>This plan wins back %1 min: the workshop ends on time.</source>
        <translation>This plan wins back %1 min: the workshop ends on time.</translation>
    </message>
    <message>
        <source>This plan wins back only %1 min; %2 min are still missing.</source>
        <translation>This plan wins back only %1 min; %2 min are still missing.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>(the log file could not be written)</source>
        <translation>(the log file could not be written)</translation>
    </message>
    <message>
        <source>Something went wrong in zwdesktop. The program carries on.</source>
        <translation>Something went wrong in zwdesktop. The program carries on.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>What was saved before stays saved in the workshop file; the last action may not have been completed. If something looks wrong, close the workshop (Ctrl+W) and open it again.

%1

The details are written to the log file:
%2</source>
        <translation>What was saved before stays saved in the workshop file; the last action may not have been completed. If something looks wrong, close the workshop (Ctrl+W) and open it again.

%1

The details are written to the log file:
%2</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Export &amp;minutes (PDF)…</source>
        <translation>Export &amp;minutes (PDF)…</translation>
    </message>
    <message>
        <source>Export minutes for editing (&amp;Word)…</source>
        <translation>Export minutes for editing (&amp;Word)…</translation>
    </message>
    <message>
        <source>Minutes saved as %1.</source>
        <translation>Minutes saved as %1.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Poster saved as %1.</source>
        <translation>Poster saved as %1.</translation>
    </message>
    <message>
        <source>Press &amp;text…</source>
        <translation>Press &amp;text…</translation>
    </message>
    <message>
        <source>Pro&amp;gress sheet (PDF)…</source>
        <translation>Pro&amp;gress sheet (PDF)…</translation>
    </message>
    <message>
        <source>Progress sheet saved as %1.</source>
        <translation>Progress sheet saved as %1.</translation>
    </message>
    <message>
        <source>Sign-up &amp;poster (PDF)…</source>
        <translation>Sign-up &amp;poster (PDF)…</translation>
    </message>
    <message>
        <source>Where every group stands, for the steering group</source>
        <translation>Where every group stands, for the steering group</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Photo size:</source>
        <translation>&amp;Photo size:</translation>
    </message>
    <message>
        <source>About the workshop</source>
        <translation>About the workshop</translation>
    </message>
    <message>
        <source>Agenda with planned and actual times</source>
        <translation>Agenda with planned and actual times</translation>
    </message>
    <message>
        <source>Agreements with QR codes</source>
        <translation>Agreements with QR codes</translation>
    </message>
    <message>
        <source>Blitzlicht (mood check)</source>
        <translation>Blitzlicht (mood check)</translation>
    </message>
    <message>
        <source>Contact person with QR code</source>
        <translation>Contact person with QR code</translation>
    </message>
    <message>
        <source>Dot-vote results</source>
        <translation>Dot-vote results</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Export minutes</translation>
    </message>
    <message>
        <source>Export minutes (PDF)</source>
        <translation>Export minutes (PDF)</translation>
    </message>
    <message>
        <source>Export minutes for editing (Word)</source>
        <translation>Export minutes for editing (Word)</translation>
    </message>
    <message>
        <source>Export the progress sheet</source>
        <translation>Export the progress sheet</translation>
    </message>
    <message>
        <source>Export the sign-up poster</source>
        <translation>Export the sign-up poster</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Ideas by cluster</source>
        <translation>Ideas by cluster</translation>
    </message>
    <message>
        <source>Large (full width)</source>
        <translation>Large (full width)</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Mailing list</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Minutes exported</source>
        <translation>Minutes exported</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Photos (impressions)</source>
        <translation>Photos (impressions)</translation>
    </message>
    <message>
        <source>Print &amp;names (moderation team, contact person)</source>
        <translation>Print &amp;names (moderation team, contact person)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Small (two side by side)</source>
        <translation>Small (two side by side)</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>The minutes are written in %1 (set in the workshop details).</source>
        <translation>The minutes are written in %1 (set in the workshop details).</translation>
    </message>
    <message>
        <source>The minutes could not be made: %1</source>
        <translation>The minutes could not be made: %1</translation>
    </message>
    <message>
        <source>The minutes were saved as %1.

Open the folder?</source>
        <translation>The minutes were saved as %1.

Open the folder?</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Close workshop</translation>
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
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Cannot create the file</translation>
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
        <source>Open the &amp;demo workshop</source>
        <translation>Open the &amp;demo workshop</translation>
    </message>
    <message>
        <source>Open the demo four weeks &amp;later</source>
        <translation>Open the demo four weeks &amp;later</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <source>The demo workshop after its evening: the follow-up has begun</source>
        <translation>The demo workshop after its evening: the follow-up has begun</translation>
    </message>
    <message>
        <source>The demo workshop of %1 is among the backups now (File → Restore from backup); this one is today&apos;s.</source>
        <translation>The demo workshop of %1 is among the backups now (File → Restore from backup); this one is today&apos;s.</translation>
    </message>
</context>
<context>
    <name>FileNotices</name>
    <message>
        <source>This file is damaged (technical detail: %1). It is shown read-only and nothing is written into it. To keep what it holds, export the minutes or the exchange document; File → Restore from backup… opens an earlier state of the workshop.</source>
        <translation>This file is damaged (technical detail: %1). It is shown read-only and nothing is written into it. To keep what it holds, export the minutes or the exchange document; File → Restore from backup… opens an earlier state of the workshop.</translation>
    </message>
    <message>
        <source>This file is in a place that cannot be written (a CD, a write-protected stick, a read-only folder). It is shown read-only with everything it holds; save a copy elsewhere to change it.</source>
        <translation>This file is in a place that cannot be written (a CD, a write-protected stick, a read-only folder). It is shown read-only with everything it holds; save a copy elsewhere to change it.</translation>
    </message>
    <message>
        <source>This file is open read-only: you can look but not change anything.</source>
        <translation>This file is open read-only: you can look but not change anything.</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Minutes: version %1, approved on %2</source>
        <translation>Minutes: version %1, approved on %2</translation>
    </message>
    <message>
        <source>Minutes: version %1, draft</source>
        <translation>Minutes: version %1, draft</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
</context>
<context>
    <name>FollowupModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) to record</source>
        <translation>
            <numerusform>%n meeting to record</numerusform>
            <numerusform>%n meetings to record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n came)</source>
        <translation>
            <numerusform>(%n came)</numerusform>
            <numerusform>(%n came)</numerusform>
        </translation>
    </message>
    <message>
        <source>Group / step</source>
        <translation>Group / step</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Progress / due</source>
        <translation>Progress / due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>no meeting held yet</source>
        <translation>no meeting held yet</translation>
    </message>
    <message>
        <source>no meeting planned yet</source>
        <translation>no meeting planned yet</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>no steps</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message numerus="yes">
        <source>%n follow-up meeting(s) held</source>
        <translation>
            <numerusform>%n follow-up meeting held</numerusform>
            <numerusform>%n follow-up meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve the minutes…</source>
        <translation>&amp;Approve the minutes…</translation>
    </message>
    <message>
        <source>&amp;Next state</source>
        <translation>&amp;Next state</translation>
    </message>
    <message>
        <source>&amp;Record a meeting…</source>
        <translation>&amp;Record a meeting…</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Approved on %1</translation>
    </message>
    <message>
        <source>As of %1: %2, %3, %4</source>
        <translation>As of %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>Enter: record a meeting of the chosen group · Space: next state of a step or group</source>
        <translation>Enter: record a meeting of the chosen group · Space: next state of a step or group</translation>
    </message>
    <message>
        <source>Minutes versions</source>
        <translation>Minutes versions</translation>
    </message>
    <message>
        <source>Move the chosen step or group on to its next state</source>
        <translation>Move the chosen step or group on to its next state</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <source>No meeting planned yet</source>
        <translation>No meeting planned yet</translation>
    </message>
    <message>
        <source>Record a &amp;correction of the minutes…</source>
        <translation>Record a &amp;correction of the minutes…</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Step “%1”: %2</source>
        <translation>Step “%1”: %2</translation>
    </message>
    <message>
        <source>Version %1: %2 corrected – %3</source>
        <translation>Version %1: %2 corrected – %3</translation>
    </message>
    <message>
        <source>Version 1: the minutes of %1</source>
        <translation>Version 1: the minutes of %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>GroupDecisionDialog</name>
    <message>
        <source>How the group decided (for the minutes)</source>
        <translation>How the group decided (for the minutes)</translation>
    </message>
    <message>
        <source>The group decides</source>
        <translation>The group decides</translation>
    </message>
    <message>
        <source>Which options did the group take forward?</source>
        <translation>Which options did the group take forward?</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>History of the round</source>
        <translation>History of the round</translation>
    </message>
</context>
<context>
    <name>IdeaAsk</name>
    <message>
        <source>Colour of the cluster</source>
        <translation>Colour of the cluster</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <source>Merge ideas from another laptop</source>
        <translation>Merge ideas from another laptop</translation>
    </message>
    <message>
        <source>Workshop files and exchange documents (*.zwd *.json)</source>
        <translation>Workshop files and exchange documents (*.zwd *.json)</translation>
    </message>
</context>
<context>
    <name>IdeaMerge</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Changed on both laptops; the later change here was kept: %1 (not taken: %2).</source>
        <translation>Changed on both laptops; the later change here was kept: %1 (not taken: %2).</translation>
    </message>
    <message>
        <source>Changed on both laptops; the later change was taken: %1 (replaced: %2).</source>
        <translation>Changed on both laptops; the later change was taken: %1 (replaced: %2).</translation>
    </message>
    <message>
        <source>Merge ideas from another laptop</source>
        <translation>Merge ideas from another laptop</translation>
    </message>
    <message>
        <source>Merged into another idea here, and it stays so; not taken from the other laptop: %1.</source>
        <translation>Merged into another idea here, and it stays so; not taken from the other laptop: %1.</translation>
    </message>
    <message>
        <source>Merged into another idea on the other laptop, and it stays so; replaced here: %1.</source>
        <translation>Merged into another idea on the other laptop, and it stays so; replaced here: %1.</translation>
    </message>
    <message>
        <source>New ideas: %1, new clusters: %2, changed: %3, kept because changed later here: %4.</source>
        <translation>New ideas: %1, new clusters: %2, changed: %3, kept because changed later here: %4.</translation>
    </message>
    <message>
        <source>Nothing new: the file already holds all of it.</source>
        <translation>Nothing new: the file already holds all of it.</translation>
    </message>
    <message>
        <source>The file belongs to another workshop (“%1”): only its ideas and clusters were taken.</source>
        <translation>The file belongs to another workshop (“%1”): only its ideas and clusters were taken.</translation>
    </message>
    <message>
        <source>This is the open file itself.</source>
        <translation>This is the open file itself.</translation>
    </message>
    <message>
        <source>“%1” (deleted)</source>
        <translation>“%1” (deleted)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
</context>
<context>
    <name>IdeaWallMode</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ideas</source>
        <translation>
            <numerusform>%1 · %n idea</numerusform>
            <numerusform>%1 · %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation>Idea wall</translation>
    </message>
    <message>
        <source>No ideas yet in this phase.</source>
        <translation>No ideas yet in this phase.</translation>
    </message>
    <message>
        <source>Without cluster</source>
        <translation>Without cluster</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <source>reframed from a critique point</source>
        <translation>reframed from a critique point</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message numerus="yes">
        <source>%n idea(s) shown</source>
        <translation>
            <numerusform>%n idea shown</numerusform>
            <numerusform>%n ideas shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete ideas</source>
        <translation>&amp;Delete ideas</translation>
    </message>
    <message>
        <source>&amp;Edit idea…</source>
        <translation>&amp;Edit idea…</translation>
    </message>
    <message>
        <source>&amp;Highlight on the wall</source>
        <translation>&amp;Highlight on the wall</translation>
    </message>
    <message>
        <source>&amp;Merge two ideas</source>
        <translation>&amp;Merge two ideas</translation>
    </message>
    <message>
        <source>&amp;Search ideas</source>
        <translation>&amp;Search ideas</translation>
    </message>
    <message>
        <source>(no critique point)</source>
        <translation>(no critique point)</translation>
    </message>
    <message>
        <source>All clusters (%1)</source>
        <translation>All clusters (%1)</translation>
    </message>
    <message>
        <source>All phases (%1)</source>
        <translation>All phases (%1)</translation>
    </message>
    <message>
        <source>Cluster down</source>
        <translation>Cluster down</translation>
    </message>
    <message>
        <source>Cluster number or first letters (0: none; a new name makes one):</source>
        <translation>Cluster number or first letters (0: none; a new name makes one):</translation>
    </message>
    <message>
        <source>Cluster up</source>
        <translation>Cluster up</translation>
    </message>
    <message>
        <source>Clusters (drop ideas here; Alt+1…9 assigns)</source>
        <translation>Clusters (drop ideas here; Alt+1…9 assigns)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Colour of the cluster</source>
        <translation>Colour of the cluster</translation>
    </message>
    <message>
        <source>Critique point of this wish:</source>
        <translation>Critique point of this wish:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete cluster (its ideas stay)</source>
        <translation>Delete cluster (its ideas stay)</translation>
    </message>
    <message>
        <source>Delete idea</source>
        <translation>Delete idea</translation>
    </message>
    <message>
        <source>Delete ideas</source>
        <translation>Delete ideas</translation>
    </message>
    <message>
        <source>Edit idea</source>
        <translation>Edit idea</translation>
    </message>
    <message>
        <source>Highlight cluster on the wall</source>
        <translation>Highlight cluster on the wall</translation>
    </message>
    <message>
        <source>Into cluster %1</source>
        <translation>Into cluster %1</translation>
    </message>
    <message>
        <source>Mark the selected wish as reframed from a critique point (“It would be nice if …”)</source>
        <translation>Mark the selected wish as reframed from a critique point (“It would be nice if …”)</translation>
    </message>
    <message>
        <source>Mark wish as reframed</source>
        <translation>Mark wish as reframed</translation>
    </message>
    <message>
        <source>Merge two ideas</source>
        <translation>Merge two ideas</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>Move to &amp;phase…</source>
        <translation>Move to &amp;phase…</translation>
    </message>
    <message>
        <source>Move to phase</source>
        <translation>Move to phase</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <source>Out of its cluster</source>
        <translation>Out of its cluster</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Put into &amp;cluster…</source>
        <translation>Put into &amp;cluster…</translation>
    </message>
    <message>
        <source>Put into cluster</source>
        <translation>Put into cluster</translation>
    </message>
    <message>
        <source>Put into cluster “%1”</source>
        <translation>Put into cluster “%1”</translation>
    </message>
    <message>
        <source>Reframed from</source>
        <translation>Reframed from</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Rename cluster</translation>
    </message>
    <message>
        <source>Search ideas (Ctrl+F)</source>
        <translation>Search ideas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select exactly two ideas to merge them (Ctrl+click or Shift+arrow).</source>
        <translation>Select exactly two ideas to merge them (Ctrl+click or Shift+arrow).</translation>
    </message>
    <message>
        <source>Select the one wish that was reframed from a critique point.</source>
        <translation>Select the one wish that was reframed from a critique point.</translation>
    </message>
    <message>
        <source>Take out of cluster</source>
        <translation>Take out of cluster</translation>
    </message>
    <message>
        <source>Text of the idea:</source>
        <translation>Text of the idea:</translation>
    </message>
    <message>
        <source>There are no critique points yet.</source>
        <translation>There are no critique points yet.</translation>
    </message>
    <message>
        <source>There is no cluster %1.</source>
        <translation>There is no cluster %1.</translation>
    </message>
    <message>
        <source>Wish &amp;reframed from a critique point…</source>
        <translation>Wish &amp;reframed from a critique point…</translation>
    </message>
    <message>
        <source>Without cluster (%1)</source>
        <translation>Without cluster (%1)</translation>
    </message>
</context>
<context>
    <name>IdeasWindowActions</name>
    <message>
        <source>&amp;Assistant station</source>
        <translation>&amp;Assistant station</translation>
    </message>
    <message>
        <source>&amp;Capture an idea</source>
        <translation>&amp;Capture an idea</translation>
    </message>
    <message>
        <source>&amp;Merge ideas from another laptop…</source>
        <translation>&amp;Merge ideas from another laptop…</translation>
    </message>
    <message>
        <source>A compact second window for capturing ideas only</source>
        <translation>A compact second window for capturing ideas only</translation>
    </message>
    <message>
        <source>Go to the Ideas section and put the cursor into the capture field</source>
        <translation>Go to the Ideas section and put the cursor into the capture field</translation>
    </message>
</context>
<context>
    <name>MailingListPage</name>
    <message numerus="yes">
        <source>%n sign-up(s) with consent</source>
        <translation>
            <numerusform>%n sign-up with consent</numerusform>
            <numerusform>%n sign-ups with consent</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Yes, I agree:</source>
        <translation>&amp;Yes, I agree:</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Keep me informed about</source>
        <translation>Keep me informed about</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Municipality (optional)</source>
        <translation>Municipality (optional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>Remove sign-up</source>
        <translation>Remove sign-up</translation>
    </message>
    <message>
        <source>Remove sign-up of %1</source>
        <translation>Remove sign-up of %1</translation>
    </message>
    <message>
        <source>Sign &amp;up</source>
        <translation>Sign &amp;up</translation>
    </message>
    <message>
        <source>Sign-up of %1</source>
        <translation>Sign-up of %1</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Thank you, %1 is on the mailing list.</source>
        <translation>Thank you, %1 is on the mailing list.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (copy).zwd</source>
        <translation>%1 (copy).zwd</translation>
    </message>
    <message>
        <source>&amp;About zwdesktop…</source>
        <translation>&amp;About zwdesktop…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
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
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>&amp;Gong at the end of an item</source>
        <translation>&amp;Gong at the end of an item</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation>&amp;Live clock</translation>
    </message>
    <message>
        <source>&amp;Mailing list</source>
        <translation>&amp;Mailing list</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Photos</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projector</translation>
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
        <source>&amp;Steering group</source>
        <translation>&amp;Steering group</translation>
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
        <source>A&amp;greements</source>
        <translation>A&amp;greements</translation>
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
        <source>D&amp;ot votes</source>
        <translation>D&amp;ot votes</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>I&amp;deas</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Please choose another file name than the open file&apos;s.</source>
        <translation>Please choose another file name than the open file&apos;s.</translation>
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
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A Blitzlicht has one dot per person.</source>
        <translation>A Blitzlicht has one dot per person.</translation>
    </message>
    <message>
        <source>A Blitzlicht takes one dot per person.</source>
        <translation>A Blitzlicht takes one dot per person.</translation>
    </message>
    <message>
        <source>A follow-up meeting comes after the workshop: this date lies before it.</source>
        <translation>A follow-up meeting comes after the workshop: this date lies before it.</translation>
    </message>
    <message>
        <source>A meeting in the future cannot have taken place yet: choose “planned” or an earlier date.</source>
        <translation>A meeting in the future cannot have taken place yet: choose “planned” or an earlier date.</translation>
    </message>
    <message>
        <source>A meeting lasts at most 24 hours.</source>
        <translation>A meeting lasts at most 24 hours.</translation>
    </message>
    <message>
        <source>A meeting needs a date, a start and an end (DD.MM.YYYY, HH:MM).</source>
        <translation>A meeting needs a date, a start and an end (DD.MM.YYYY, HH:MM).</translation>
    </message>
    <message>
        <source>A meeting that took place needs a date.</source>
        <translation>A meeting that took place needs a date.</translation>
    </message>
    <message>
        <source>A note needs a text.</source>
        <translation>A note needs a text.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + - / ( ) only.</source>
        <translation>A phone number has digits, spaces and + - / ( ) only.</translation>
    </message>
    <message>
        <source>A step needs a “what”.</source>
        <translation>A step needs a “what”.</translation>
    </message>
    <message>
        <source>An empty idea is not stored.</source>
        <translation>An empty idea is not stored.</translation>
    </message>
    <message>
        <source>An option needs a text.</source>
        <translation>An option needs a text.</translation>
    </message>
    <message>
        <source>Dots must be a whole number from 0 to {max}.</source>
        <translation>Dots must be a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>E-mail address and phone number only with consent: tick the consent box first.</source>
        <translation>E-mail address and phone number only with consent: tick the consent box first.</translation>
    </message>
    <message>
        <source>Each person needs 1 to {max} dots.</source>
        <translation>Each person needs 1 to {max} dots.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Not stored: %1</translation>
    </message>
    <message>
        <source>Please a whole number from 0 to {max}.</source>
        <translation>Please a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>Please say what was corrected.</source>
        <translation>Please say what was corrected.</translation>
    </message>
    <message>
        <source>Something is recorded about this meeting in the follow-up; it stays. A group that does not go on gets the status “dropped”.</source>
        <translation>Something is recorded about this meeting in the follow-up; it stays. A group that does not go on gets the status “dropped”.</translation>
    </message>
    <message>
        <source>The agenda item&apos;s title must not be empty.</source>
        <translation>The agenda item&apos;s title must not be empty.</translation>
    </message>
    <message>
        <source>The agreement needs a title.</source>
        <translation>The agreement needs a title.</translation>
    </message>
    <message>
        <source>The ballot has no dots.</source>
        <translation>The ballot has no dots.</translation>
    </message>
    <message>
        <source>The ballot names an option of another round.</source>
        <translation>The ballot names an option of another round.</translation>
    </message>
    <message>
        <source>The cap per option ({cap}) must be at least 1 and at most the dots per person ({dots}).</source>
        <translation>The cap per option ({cap}) must be at least 1 and at most the dots per person ({dots}).</translation>
    </message>
    <message>
        <source>The cap per option must be 1 to {max} dots.</source>
        <translation>The cap per option must be 1 to {max} dots.</translation>
    </message>
    <message>
        <source>The cluster&apos;s name must not be empty.</source>
        <translation>The cluster&apos;s name must not be empty.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written, and nothing was changed (a change you just made was taken back). Free some space, or save a copy on another disk, and try again.</source>
        <translation>The disk is full: {path} could not be written, and nothing was changed (a change you just made was taken back). Free some space, or save a copy on another disk, and try again.</translation>
    </message>
    <message>
        <source>The document belongs to a different workshop. Nothing was changed.</source>
        <translation>The document belongs to a different workshop. Nothing was changed.</translation>
    </message>
    <message>
        <source>The dots for “{option}” must be 0 to {max}.</source>
        <translation>The dots for “{option}” must be 0 to {max}.</translation>
    </message>
    <message>
        <source>The duration must be 0 to {max} minutes.</source>
        <translation>The duration must be 0 to {max} minutes.</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>The e-mail address is missing.</translation>
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
        <source>The idea is {length} characters long; at most {limit} are allowed. Nothing was stored or cut: please shorten it or split it into two ideas.</source>
        <translation>The idea is {length} characters long; at most {limit} are allowed. Nothing was stored or cut: please shorten it or split it into two ideas.</translation>
    </message>
    <message>
        <source>The merge can no longer be taken back: the clock has since run through an agenda item it brought.</source>
        <translation>The merge can no longer be taken back: the clock has since run through an agenda item it brought.</translation>
    </message>
    <message>
        <source>The minutes are approved at a meeting that took place.</source>
        <translation>The minutes are approved at a meeting that took place.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>The next meeting must lie in the future.</source>
        <translation>The next meeting must lie in the future.</translation>
    </message>
    <message>
        <source>The number of options going forward must be 1 to {max}.</source>
        <translation>The number of options going forward must be 1 to {max}.</translation>
    </message>
    <message>
        <source>The number of participants must be 0 to {max}.</source>
        <translation>The number of participants must be 0 to {max}.</translation>
    </message>
    <message>
        <source>The origin needs a text.</source>
        <translation>The origin needs a text.</translation>
    </message>
    <message>
        <source>The participant number must be 1 to {max}.</source>
        <translation>The participant number must be 1 to {max}.</translation>
    </message>
    <message>
        <source>The photo is {size_mb} MB; at most {limit_mb} MB are allowed.</source>
        <translation>The photo is {size_mb} MB; at most {limit_mb} MB are allowed.</translation>
    </message>
    <message>
        <source>The question of the round must not be empty.</source>
        <translation>The question of the round must not be empty.</translation>
    </message>
    <message>
        <source>The text contains a control character ({char}), which cannot be stored.</source>
        <translation>The text contains a control character ({char}), which cannot be stored.</translation>
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
        <source>There is already a ballot of participant no. {number}.</source>
        <translation>There is already a ballot of participant no. {number}.</translation>
    </message>
    <message>
        <source>There is no such day: that month has only {days} days.</source>
        <translation>There is no such day: that month has only {days} days.</translation>
    </message>
    <message>
        <source>This agreement does not exist (any more).</source>
        <translation>This agreement does not exist (any more).</translation>
    </message>
    <message>
        <source>This date is in the past.</source>
        <translation>This date is in the past.</translation>
    </message>
    <message>
        <source>This date is more than a year ahead – the first meeting should come soon.</source>
        <translation>This date is more than a year ahead – the first meeting should come soon.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>This is not a JPEG or PNG photo.</source>
        <translation>This is not a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>This is not a colour.</source>
        <translation>This is not a colour.</translation>
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
        <source>This is not a web address (example: https://www.aulendorf.de/anmeldung).</source>
        <translation>This is not a web address (example: https://www.aulendorf.de/anmeldung).</translation>
    </message>
    <message>
        <source>Ticked as having come: {ticked}; counted: {counted}. Please enter how many came.</source>
        <translation>Ticked as having come: {ticked}; counted: {counted}. Please enter how many came.</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <source>Unknown kind of note.</source>
        <translation>Unknown kind of note.</translation>
    </message>
    <message>
        <source>Unknown kind of person.</source>
        <translation>Unknown kind of person.</translation>
    </message>
    <message>
        <source>Unknown kind of round.</source>
        <translation>Unknown kind of round.</translation>
    </message>
    <message>
        <source>Unknown kind.</source>
        <translation>Unknown kind.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Unknown language.</translation>
    </message>
    <message>
        <source>Unknown origin.</source>
        <translation>Unknown origin.</translation>
    </message>
    <message>
        <source>Unknown phase.</source>
        <translation>Unknown phase.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Unknown rule.</source>
        <translation>Unknown rule.</translation>
    </message>
    <message>
        <source>Unknown state.</source>
        <translation>Unknown state.</translation>
    </message>
    <message>
        <source>Unknown status of the round.</source>
        <translation>Unknown status of the round.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Unknown time zone.</translation>
    </message>
    <message>
        <source>Unknown way of entering the dots.</source>
        <translation>Unknown way of entering the dots.</translation>
    </message>
    <message>
        <source>Unknown way of settling the tie.</source>
        <translation>Unknown way of settling the tie.</translation>
    </message>
    <message>
        <source>Warning: {sum} dots – more than possible (at most {max}). Check the count or the number of participants.</source>
        <translation>Warning: {sum} dots – more than possible (at most {max}). Check the count or the number of participants.</translation>
    </message>
    <message>
        <source>Warning: “{option}” has {count} dots, more than the cap allows in all ({max}).</source>
        <translation>Warning: “{option}” has {count} dots, more than the cap allows in all ({max}).</translation>
    </message>
    <message>
        <source>Without consent nothing is stored. Please tick the consent box.</source>
        <translation>Without consent nothing is stored. Please tick the consent box.</translation>
    </message>
    <message>
        <source>You have no permission to read {path}.</source>
        <translation>You have no permission to read {path}.</translation>
    </message>
    <message>
        <source>{given} dots given, but each person has only {allowed}.</source>
        <translation>{given} dots given, but each person has only {allowed}.</translation>
    </message>
    <message>
        <source>{given} dots on “{option}”, but at most {cap} per option are allowed.</source>
        <translation>{given} dots on “{option}”, but at most {cap} per option are allowed.</translation>
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
        <source>{path} could not be read or written (technical detail: {detail}).</source>
        <translation>{path} could not be read or written (technical detail: {detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged (technical detail: {detail}). It was not changed.</source>
        <translation>{path} is damaged (technical detail: {detail}). It was not changed.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete and cannot be opened (technical detail: {detail}). It was not changed. File → Restore from backup… opens an earlier state of the workshop.</source>
        <translation>{path} is damaged or incomplete and cannot be opened (technical detail: {detail}). It was not changed. File → Restore from backup… opens an earlier state of the workshop.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Please try again later. Nothing was changed.</source>
        <translation>{path} is in use by another program. Please try again later. Nothing was changed.</translation>
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
    <message>
        <source>“%1” was not stored: %2</source>
        <translation>“%1” was not stored: %2</translation>
    </message>
    <message>
        <source>“{option}” has dots on a ballot. Remove those dots first.</source>
        <translation>“{option}” has dots on a ballot. Remove those dots first.</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>From ideas/clusters…</source>
        <translation>From ideas/clusters…</translation>
    </message>
    <message>
        <source>One dot less (−)</source>
        <translation>One dot less (−)</translation>
    </message>
    <message>
        <source>One dot more (+)</source>
        <translation>One dot more (+)</translation>
    </message>
    <message>
        <source>Options and dots</source>
        <translation>Options and dots</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Remove option</translation>
    </message>
    <message>
        <source>Type an option and press Enter</source>
        <translation>Type an option and press Enter</translation>
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
    <name>PhotosPage</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Remove photo</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>Attach JPEG or PNG photos</source>
        <translation>Attach JPEG or PNG photos</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Attach “%1”</translation>
    </message>
    <message>
        <source>Change the caption</source>
        <translation>Change the caption</translation>
    </message>
    <message>
        <source>Change the photo&apos;s phase</source>
        <translation>Change the photo&apos;s phase</translation>
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
        <source>Move photo</source>
        <translation>Move photo</translation>
    </message>
    <message>
        <source>No phase (after all phases)</source>
        <translation>No phase (after all phases)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Photos appear in the minutes under “Impressions”, grouped by phase in this order.</source>
        <translation>Photos appear in the minutes under “Impressions”, grouped by phase in this order.</translation>
    </message>
    <message>
        <source>Remove photo “%1”</source>
        <translation>Remove photo “%1”</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <source>Show the photo earlier</source>
        <translation>Show the photo earlier</translation>
    </message>
    <message>
        <source>Show the photo later</source>
        <translation>Show the photo later</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. “Pinboard of the critique phase”</source>
        <translation>What the photo shows, e.g. “Pinboard of the critique phase”</translation>
    </message>
</context>
<context>
    <name>PickOptionsDialog</name>
    <message>
        <source>Options from ideas and clusters</source>
        <translation>Options from ideas and clusters</translation>
    </message>
    <message>
        <source>Tick what is voted on (Space ticks the selected line):</source>
        <translation>Tick what is voted on (Space ticks the selected line):</translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Paper size:</translation>
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
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Nothing to sign up for yet</source>
        <translation>Nothing to sign up for yet</translation>
    </message>
    <message>
        <source>One page for the door: a QR code per group that takes sign-ups and one for the mailing list, in %1 (the language of the minutes).</source>
        <translation>One page for the door: a QR code per group that takes sign-ups and one for the mailing list, in %1 (the language of the minutes).</translation>
    </message>
    <message>
        <source>Sign-up poster (PDF)</source>
        <translation>Sign-up poster (PDF)</translation>
    </message>
    <message>
        <source>The poster would have no QR code: no group takes sign-ups yet (a sign-up web address or e-mail, or a first meeting for the calendar), and the workshop has no contact e-mail for the mailing list. Add one in Agreements or Details.</source>
        <translation>The poster would have no QR code: no group takes sign-ups yet (a sign-up web address or e-mail, or a first meeting for the calendar), and the workshop has no contact e-mail for the mailing list. Add one in Agreements or Details.</translation>
    </message>
</context>
<context>
    <name>PressTextDialog</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>A draft from the facts in the file. Please read it, add a quote or a photo credit, and copy it.</source>
        <translation>A draft from the facts in the file. Please read it, add a quote or a photo credit, and copy it.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Press text</source>
        <translation>Press text</translation>
    </message>
    <message>
        <source>Report back after some weeks</source>
        <translation>Report back after some weeks</translation>
    </message>
    <message>
        <source>Right after the workshop</source>
        <translation>Right after the workshop</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>Choose projector &amp;screen…</source>
        <translation>Choose projector &amp;screen…</translation>
    </message>
    <message>
        <source>Hide &amp;projector</source>
        <translation>Hide &amp;projector</translation>
    </message>
    <message>
        <source>Next projector &amp;mode (M in the projector)</source>
        <translation>Next projector &amp;mode (M in the projector)</translation>
    </message>
    <message>
        <source>Projector &amp;theme dark/light (T in the projector)</source>
        <translation>Projector &amp;theme dark/light (T in the projector)</translation>
    </message>
    <message>
        <source>Show &amp;projector</source>
        <translation>Show &amp;projector</translation>
    </message>
    <message>
        <source>Show or hide the projector window (full screen on the second screen)</source>
        <translation>Show or hide the projector window (full screen on the second screen)</translation>
    </message>
    <message>
        <source>Show the &amp;agreements</source>
        <translation>Show the &amp;agreements</translation>
    </message>
    <message>
        <source>Show the &amp;clock</source>
        <translation>Show the &amp;clock</translation>
    </message>
    <message>
        <source>Show the &amp;dot vote</source>
        <translation>Show the &amp;dot vote</translation>
    </message>
    <message>
        <source>Show the &amp;idea wall</source>
        <translation>Show the &amp;idea wall</translation>
    </message>
    <message>
        <source>Show the sign-&amp;up codes</source>
        <translation>Show the sign-&amp;up codes</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Full screen again</source>
        <translation>Full screen again</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>Next projector mode</source>
        <translation>Next projector mode</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Projector: %1</source>
        <translation>Projector: %1</translation>
    </message>
    <message>
        <source>Switch projector theme (dark/light)</source>
        <translation>Switch projector theme (dark/light)</translation>
    </message>
</context>
<context>
    <name>RecordMeetingDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Record (Ctrl+Enter)</source>
        <translation>&amp;Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Volunteers</translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation>&amp;Who came:</translation>
    </message>
    <message>
        <source>A meeting not planned before</source>
        <translation>A meeting not planned before</translation>
    </message>
    <message>
        <source>A task becomes a step of the group. Everything is saved at once and can be undone with Ctrl+Z.</source>
        <translation>A task becomes a step of the group. Everything is saved at once and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>DD.MM.YYYY – empty: no date yet</source>
        <translation>DD.MM.YYYY – empty: no date yet</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>How many came:</source>
        <translation>How many came:</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting:</source>
        <translation>Ne&amp;xt meeting:</translation>
    </message>
    <message>
        <source>Ot&amp;hers</source>
        <translation>Ot&amp;hers</translation>
    </message>
    <message>
        <source>Record a meeting: %1</source>
        <translation>Record a meeting: %1</translation>
    </message>
    <message>
        <source>Record meeting of “%1”</source>
        <translation>Record meeting of “%1”</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>What was decided, said or taken on – Enter adds it</source>
        <translation>What was decided, said or taken on – Enter adds it</translation>
    </message>
    <message>
        <source>by DD.MM.YYYY (task)</source>
        <translation>by DD.MM.YYYY (task)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>who (task)</source>
        <translation>who (task)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Backup date</source>
        <translation>Backup date</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Dot votes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Open as a new file…</source>
        <translation>Open as a new file…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <source>There are no backups yet. While a workshop is open, a backup is made every 10 minutes with changes and when it is closed, in %1.</source>
        <translation>There are no backups yet. While a workshop is open, a backup is made every 10 minutes with changes and when it is closed, in %1.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>While a workshop is open, a backup is made every 10 minutes with changes and when it is closed. The one you choose is opened as a new file; the workshop file itself stays as it is. Backups are kept in %1.</source>
        <translation>While a workshop is open, a backup is made every 10 minutes with changes and when it is closed. The one you choose is opened as a new file; the workshop file itself stays as it is. Backups are kept in %1.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Workshop day</source>
        <translation>Workshop day</translation>
    </message>
</context>
<context>
    <name>ResultsBox</name>
    <message>
        <source>All tied go forward</source>
        <translation>All tied go forward</translation>
    </message>
    <message>
        <source>Carry forward: the top critiques become themes of the fantasy phase</source>
        <translation>Carry forward: the top critiques become themes of the fantasy phase</translation>
    </message>
    <message>
        <source>Carry forward: the top wishes become agreements</source>
        <translation>Carry forward: the top wishes become agreements</translation>
    </message>
    <message>
        <source>Group decides…</source>
        <translation>Group decides…</translation>
    </message>
    <message>
        <source>No dots entered yet: what goes forward follows from the dots.</source>
        <translation>No dots entered yet: what goes forward follows from the dots.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Run-off round</source>
        <translation>Run-off round</translation>
    </message>
    <message>
        <source>Take back the settlement</source>
        <translation>Take back the settlement</translation>
    </message>
    <message>
        <source>What goes forward is open until the tie is settled.</source>
        <translation>What goes forward is open until the tie is settled.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;What was corrected:</source>
        <translation>&amp;What was corrected:</translation>
    </message>
    <message>
        <source>(no follow-up meeting)</source>
        <translation>(no follow-up meeting)</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <source>At the &amp;meeting:</source>
        <translation>At the &amp;meeting:</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Record a correction</translation>
    </message>
    <message>
        <source>Record a correction of the minutes</source>
        <translation>Record a correction of the minutes</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>New Blitzlicht</source>
        <translation>New Blitzlicht</translation>
    </message>
    <message>
        <source>New dot vote</source>
        <translation>New dot vote</translation>
    </message>
    <message>
        <source>Remove round…</source>
        <translation>Remove round…</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <source>(hand-picked)</source>
        <translation>(hand-picked)</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Ballots per participant</source>
        <translation>Ballots per participant</translation>
    </message>
    <message>
        <source>Capped per option</source>
        <translation>Capped per option</translation>
    </message>
    <message>
        <source>Dots entered as</source>
        <translation>Dots entered as</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <source>Free: several dots on one option</source>
        <translation>Free: several dots on one option</translation>
    </message>
    <message>
        <source>Go forward (top N)</source>
        <translation>Go forward (top N)</translation>
    </message>
    <message>
        <source>Options from</source>
        <translation>Options from</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Question and rules</source>
        <translation>Question and rules</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>Stacking</translation>
    </message>
    <message>
        <source>Tallies from the board</source>
        <translation>Tallies from the board</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>at most </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Jump to selected item</source>
        <translation>&amp;Jump to selected item</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Elapsed: %1 h (now %2)</source>
        <translation>Elapsed: %1 h (now %2)</translation>
    </message>
    <message>
        <source>Expected end %1, %2 min after the planned end</source>
        <translation>Expected end %1, %2 min after the planned end</translation>
    </message>
    <message>
        <source>Expected end %1, %2 min before the planned end</source>
        <translation>Expected end %1, %2 min before the planned end</translation>
    </message>
    <message>
        <source>Expected end %1, as planned</source>
        <translation>Expected end %1, as planned</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Make the item selected in the table the current one</source>
        <translation>Make the item selected in the table the current one</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Paused for %1 min</source>
        <translation>Paused for %1 min</translation>
    </message>
    <message>
        <source>Since the planned end (%1): %2 h</source>
        <translation>Since the planned end (%1): %2 h</translation>
    </message>
    <message>
        <source>Start / &amp;Pause / Resume</source>
        <translation>Start / &amp;Pause / Resume</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source>The clock is not paused.</source>
        <translation>The clock is not paused.</translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation>The clock is not running.</translation>
    </message>
    <message>
        <source>The workshop has already started.</source>
        <translation>The workshop has already started.</translation>
    </message>
    <message>
        <source>The workshop has not started yet.</source>
        <translation>The workshop has not started yet.</translation>
    </message>
    <message>
        <source>The workshop is finished.</source>
        <translation>The workshop is finished.</translation>
    </message>
    <message>
        <source>The workshop is over.</source>
        <translation>The workshop is over.</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>This is the first item.</translation>
    </message>
    <message>
        <source>This item is already running.</source>
        <translation>This item is already running.</translation>
    </message>
    <message>
        <source>Today is not the workshop&apos;s date (%1): starting the clock now is a try-out.</source>
        <translation>Today is not the workshop&apos;s date (%1): starting the clock now is a try-out.</translation>
    </message>
    <message>
        <source>Try-out: the clock was started on another day than the workshop&apos;s date (%1). Its figures are measured from its own start; reset the clock before the workshop.</source>
        <translation>Try-out: the clock was started on another day than the workshop&apos;s date (%1). Its figures are measured from its own start; reset the clock before the workshop.</translation>
    </message>
    <message>
        <source>Until the planned end (%1): %2 h</source>
        <translation>Until the planned end (%1): %2 h</translation>
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
        <translation>(main screen)</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <source>Show the projector picture on:</source>
        <translation>Show the projector picture on:</translation>
    </message>
</context>
<context>
    <name>SignupMode</name>
    <message>
        <source>First meeting into your calendar</source>
        <translation>First meeting into your calendar</translation>
    </message>
    <message>
        <source>Join in – scan with your phone&apos;s camera</source>
        <translation>Join in – scan with your phone&apos;s camera</translation>
    </message>
    <message>
        <source>Join the mailing list (e-mail)</source>
        <translation>Join the mailing list (e-mail)</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Mailing list</translation>
    </message>
    <message>
        <source>No sign-up codes yet: give a group a web address or e-mail to sign up.</source>
        <translation>No sign-up codes yet: give a group a web address or e-mail to sign up.</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Sign-up</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent stays ticked while an e-mail address or phone number is stored: delete them first.</source>
        <translation>Consent stays ticked while an e-mail address or phone number is stored: delete them first.</translation>
    </message>
    <message>
        <source>Date (DD.MM.YYYY)</source>
        <translation>Date (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End (HH:MM)</source>
        <translation>End (HH:MM)</translation>
    </message>
    <message>
        <source>First meeting of the steering group</source>
        <translation>First meeting of the steering group</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Remove “%1” from the steering group</source>
        <translation>Remove “%1” from the steering group</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Start (HH:MM)</source>
        <translation>Start (HH:MM)</translation>
    </message>
    <message>
        <source>Steering group: %1</source>
        <translation>Steering group: %1</translation>
    </message>
    <message>
        <source>The steering group supports the staff in carrying the work on. Contact details only with consent (Ins adds a member, Del removes, Space ticks consent).</source>
        <translation>The steering group supports the staff in carrying the work on. Contact details only with consent (Ins adds a member, Del removes, Space ticks consent).</translation>
    </message>
</context>
<context>
    <name>TieActions</name>
    <message>
        <source>%1 (run-off)</source>
        <translation>%1 (run-off)</translation>
    </message>
    <message numerus="yes">
        <source>Carried forward into “%1”: %n new.</source>
        <translation>
            <numerusform>Carried forward into “%1”: %n new.</numerusform>
            <numerusform>Carried forward into “%1”: %n new.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Carry forward</translation>
    </message>
    <message>
        <source>Please choose at least one option the group decided on.</source>
        <translation>Please choose at least one option the group decided on.</translation>
    </message>
    <message>
        <source>Run-off round</source>
        <translation>Run-off round</translation>
    </message>
    <message>
        <source>Settle the tie</source>
        <translation>Settle the tie</translation>
    </message>
    <message>
        <source>Take back the settlement</source>
        <translation>Take back the settlement</translation>
    </message>
    <message>
        <source>Wishes: %1</source>
        <translation>Wishes: %1</translation>
    </message>
</context>
<context>
    <name>VoteMode</name>
    <message numerus="yes">
        <source>(%n more options below these)</source>
        <translation>
            <numerusform>(%n more option below these)</numerusform>
            <numerusform>(%n more options below these)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <source>No dot vote yet</source>
        <translation>No dot vote yet</translation>
    </message>
    <message>
        <source>No dots entered yet – the results follow once the dots are entered.</source>
        <translation>No dots entered yet – the results follow once the dots are entered.</translation>
    </message>
    <message>
        <source>Voting is open – the results follow when the round is closed.</source>
        <translation>Voting is open – the results follow when the round is closed.</translation>
    </message>
</context>
<context>
    <name>VoteOptionsModel</name>
    <message>
        <source>Change option text</source>
        <translation>Change option text</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Dots for %1</source>
        <translation>Dots for %1</translation>
    </message>
    <message>
        <source>In a tie at the cut-off line</source>
        <translation>In a tie at the cut-off line</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Please type a whole number of dots.</source>
        <translation>Please type a whole number of dots.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
</context>
<context>
    <name>VoteTexts</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 for %2 over %3</source>
        <translation>%1 for %2 over %3</translation>
    </message>
    <message>
        <source>%1 of at most %2 (%3 × %4).</source>
        <translation>%1 of at most %2 (%3 × %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n ballots</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots (enter the number of participants to check the sum).</source>
        <translation>
            <numerusform>%n dot (enter the number of participants to check the sum).</numerusform>
            <numerusform>%n dots (enter the number of participants to check the sum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n options</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs of options</source>
        <translation>
            <numerusform>%n pair of options</numerusform>
            <numerusform>%n pairs of options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the dots per person</source>
        <translation>Change the dots per person</translation>
    </message>
    <message>
        <source>Change the question</source>
        <translation>Change the question</translation>
    </message>
    <message>
        <source>Change the round</source>
        <translation>Change the round</translation>
    </message>
    <message>
        <source>Change the stacking rule</source>
        <translation>Change the stacking rule</translation>
    </message>
    <message>
        <source>Closed before any dot was entered: reopen the round to enter the dots.</source>
        <translation>Closed before any dot was entered: reopen the round to enter the dots.</translation>
    </message>
    <message>
        <source>Closed: the results are in the projector view “Dot vote” (Ctrl+Shift+F3). Reopen the round to change it.</source>
        <translation>Closed: the results are in the projector view “Dot vote” (Ctrl+Shift+F3). Reopen the round to change it.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Ctrl+Z brings it back.</translation>
    </message>
    <message numerus="yes">
        <source>Each person has %n dots and may put several on one option.</source>
        <translation>
            <numerusform>Each person has %n dot.</numerusform>
            <numerusform>Each person has %n dots and may put several on one option.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each person has %n dots, at most %1 per option.</source>
        <translation>
            <numerusform>Each person has %n dot, at most %1 per option.</numerusform>
            <numerusform>Each person has %n dots, at most %1 per option.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each person has one dot.</source>
        <translation>Each person has one dot.</translation>
    </message>
    <message>
        <source>Each person puts one dot on the face that fits best.</source>
        <translation>Each person puts one dot on the face that fits best.</translation>
    </message>
    <message>
        <source>For a full ranking: %1 (%2 ÷ %3, rounded up).</source>
        <translation>For a full ranking: %1 (%2 ÷ %3, rounded up).</translation>
    </message>
    <message>
        <source>Going forward: %1</source>
        <translation>Going forward: %1</translation>
    </message>
    <message>
        <source>Its run-off round %1 stays, on its own.</source>
        <translation>Its run-off round %1 stays, on its own.</translation>
    </message>
    <message>
        <source>Its winners were carried forward; what was made from them stays.</source>
        <translation>Its winners were carried forward; what was made from them stays.</translation>
    </message>
    <message>
        <source>Open: people are voting; the projector shows the rules, not the counts.</source>
        <translation>Open: people are voting; the projector shows the rules, not the counts.</translation>
    </message>
    <message>
        <source>Removing %1 takes with it: %2.</source>
        <translation>Removing %1 takes with it: %2.</translation>
    </message>
    <message>
        <source>Suggested for now: %1 dots per person. Once the options are in: about half of their number, at least 3 and at most 10.</source>
        <translation>Suggested for now: %1 dots per person. Once the options are in: about half of their number, at least 3 and at most 10.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested: %1 dots per person – about half of the %n options, at least 3 and at most 10.</source>
        <translation>
            <numerusform>Suggested: %1 dots per person – about half of the %n option, at least 3 and at most 10.</numerusform>
            <numerusform>Suggested: %1 dots per person – about half of the %n options, at least 3 and at most 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tie in %1 then waits for a run-off again.</source>
        <translation>The tie in %1 then waits for a run-off again.</translation>
    </message>
    <message numerus="yes">
        <source>The top %n go forward.</source>
        <translation>
            <numerusform>The top option goes forward.</numerusform>
            <numerusform>The top %n go forward.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): all tied options go forward.</source>
        <translation>Tie at the cut-off line (%1): all tied options go forward.</translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): settled by a run-off round, %2.</source>
        <translation>Tie at the cut-off line (%1): settled by a run-off round, %2.</translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): the group decided.</source>
        <translation>Tie at the cut-off line (%1): the group decided.</translation>
    </message>
    <message>
        <source>Tie at the cut-off line (%1): the run-off round decides.</source>
        <translation>Tie at the cut-off line (%1): the run-off round decides.</translation>
    </message>
    <message numerus="yes">
        <source>Tie at the cut-off line: %1 have %n dots each.</source>
        <translation>
            <numerusform>Tie at the cut-off line: %1 have %n dot each.</numerusform>
            <numerusform>Tie at the cut-off line: %1 have %n dots each.</numerusform>
        </translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>carried forward</translation>
    </message>
    <message>
        <source>closed, results shown</source>
        <translation>closed, results shown</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>its history</source>
        <translation>its history</translation>
    </message>
    <message>
        <source>not good</source>
        <translation>not good</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>settlement taken back</source>
        <translation>settlement taken back</translation>
    </message>
    <message>
        <source>so-so</source>
        <translation>so-so</translation>
    </message>
    <message>
        <source>tie settled</source>
        <translation>tie settled</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>very good</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Blitzlicht: How was today for you?</source>
        <translation>Blitzlicht: How was today for you?</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Close the round</translation>
    </message>
    <message>
        <source>Close the round, show results</source>
        <translation>Close the round, show results</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Dot vote %1</source>
        <translation>Dot vote %1</translation>
    </message>
    <message>
        <source>Dots for %1</source>
        <translation>Dots for %1</translation>
    </message>
    <message>
        <source>New Blitzlicht</source>
        <translation>New Blitzlicht</translation>
    </message>
    <message>
        <source>New dot vote</source>
        <translation>New dot vote</translation>
    </message>
    <message>
        <source>No dot vote yet. Make one with “New dot vote” or “New Blitzlicht”.</source>
        <translation>No dot vote yet. Make one with “New dot vote” or “New Blitzlicht”.</translation>
    </message>
    <message>
        <source>One dot less</source>
        <translation>One dot less</translation>
    </message>
    <message>
        <source>One dot more</source>
        <translation>One dot more</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Remove option</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>Remove round</translation>
    </message>
    <message>
        <source>Remove the round?</source>
        <translation>Remove the round?</translation>
    </message>
    <message>
        <source>Reopen the round</source>
        <translation>Reopen the round</translation>
    </message>
    <message>
        <source>Save ballot</source>
        <translation>Save ballot</translation>
    </message>
    <message>
        <source>There are no (more) ideas or clusters to choose from: type the options instead.</source>
        <translation>There are no (more) ideas or clusters to choose from: type the options instead.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
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
        <source>No workshop has been opened here yet. The files you create or open will be listed here.</source>
        <translation>No workshop has been opened here yet. The files you create or open will be listed here.</translation>
    </message>
    <message>
        <source>Not found now (a USB stick that is not plugged in?).</source>
        <translation>Not found now (a USB stick that is not plugged in?).</translation>
    </message>
    <message>
        <source>Open the de&amp;mo workshop (Aulendorf)</source>
        <translation>Open the de&amp;mo workshop (Aulendorf)</translation>
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
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Dot votes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Live clock</source>
        <translation>Live clock</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Mailing list</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
</context>
</TS>
