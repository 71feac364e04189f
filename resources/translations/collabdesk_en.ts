<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Cancelled: %1 of %n pitches were written.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n pitch was written.</numerusform>
            <numerusform>Cancelled: %1 of %n pitches were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pitches were written.</source>
        <translation>
            <numerusform>%1 of %n pitch was written.</numerusform>
            <numerusform>%1 of %n pitches were written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarCounts</name>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollaborationBoard</name>
    <message numerus="yes">
        <source>and %n more: filter by partner or use the list to find them</source>
        <translation>
            <numerusform>and %n more: filter by partner or use the list to find it</numerusform>
            <numerusform>and %n more: filter by partner or use the list to find them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollaborationDetails</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentLabels</name>
    <message numerus="yes">
        <source>(%n days late)</source>
        <translation>
            <numerusform>(%n day late)</numerusform>
            <numerusform>(%n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived</source>
        <translation>
            <numerusform>%n waived</numerusform>
            <numerusform>%n waived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentTrackerPane</name>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n commitment(s)</source>
        <translation>
            <numerusform>more than %n commitment</numerusform>
            <numerusform>more than %n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>The library is late on %n commitment(s).</source>
        <translation>
            <numerusform>The library is late on %n commitment.</numerusform>
            <numerusform>The library is late on %n commitments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataMenuCounts</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n record written to %1</numerusform>
            <numerusform>%n records written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCounts</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collaboration(s)</source>
        <translation>
            <numerusform>%n collaboration</numerusform>
            <numerusform>%n collaborations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collaboration partner(s)</source>
        <translation>
            <numerusform>%n collaboration partner</numerusform>
            <numerusform>%n collaboration partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist answer(s)</source>
        <translation>
            <numerusform>%n checklist answer</numerusform>
            <numerusform>%n checklist answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof(s) of delivery</source>
        <translation>
            <numerusform>%n proof of delivery</numerusform>
            <numerusform>%n proofs of delivery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advertising pick(s)</source>
        <translation>
            <numerusform>%n advertising pick</numerusform>
            <numerusform>%n advertising picks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statistic pick(s)</source>
        <translation>
            <numerusform>%n statistic pick</numerusform>
            <numerusform>%n statistic picks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statistic(s)</source>
        <translation>
            <numerusform>%n statistic</numerusform>
            <numerusform>%n statistics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n schedule</numerusform>
            <numerusform>%n schedules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage change(s)</source>
        <translation>
            <numerusform>%n stage change</numerusform>
            <numerusform>%n stage changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n records</source>
        <translation>
            <numerusform>change %n record</numerusform>
            <numerusform>change %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message numerus="yes">
        <source>%n item(s) older than %1 deleted from the Trash, after a backup.</source>
        <translation>
            <numerusform>%n item older than %1 deleted from the Trash, after a backup.</numerusform>
            <numerusform>%n items older than %1 deleted from the Trash, after a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1: %Ln row(s), encoding %2</source>
        <translation>
            <numerusform>%1: %Ln row, encoding %2</numerusform>
            <numerusform>%1: %Ln rows, encoding %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will import %n record(s)</source>
        <translation>
            <numerusform>Will import %n record</numerusform>
            <numerusform>Will import %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s) left out</source>
        <translation>
            <numerusform>%n damaged row left out</numerusform>
            <numerusform>%n damaged rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import, leaving out %n row(s)</source>
        <translation>
            <numerusform>&amp;Import, leaving out %n row</numerusform>
            <numerusform>&amp;Import, leaving out %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are damaged (listed in this window) and will not be imported. Import the other rows?</source>
        <translation>
            <numerusform>%n row of the file is damaged (listed in this window) and will not be imported. Import the other rows?</numerusform>
            <numerusform>%n rows of the file are damaged (listed in this window) and will not be imported. Import the other rows?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln+ partner(s)</source>
        <translation>
            <numerusform>%Ln+ partner</numerusform>
            <numerusform>%Ln+ partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %Ln partner(s).</source>
        <translation>
            <numerusform>Demo data loaded: %Ln partner.</numerusform>
            <numerusform>Demo data loaded: %Ln partners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message numerus="yes">
        <source>%n meeting note(s) were added to the partners&apos; interaction logs.</source>
        <translation>
            <numerusform>%n meeting note was added to the partners&apos; interaction logs.</numerusform>
            <numerusform>%n meeting notes were added to the partners&apos; interaction logs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be added and stay in %1.</source>
        <translation>
            <numerusform>%n note could not be added and stays in %1.</numerusform>
            <numerusform>%n notes could not be added and stay in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1, %n month</numerusform>
            <numerusform>%1, %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricListModel</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDeletion</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” takes part in %n collaboration(s): %2. Remove them from there first, or set their status to “Former” to keep them with their history.</source>
        <translation>
            <numerusform>“%1” takes part in %n collaboration: %2. Remove them from there first, or set their status to “Former” to keep them with their history.</numerusform>
            <numerusform>“%1” takes part in %n collaborations: %2. Remove them from there first, or set their status to “Former” to keep them with their history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n commitment(s) in the tracker. Move or delete those commitments first, or set the partner&apos;s status to “Former” to keep them with their history.</source>
        <translation>
            <numerusform>“%1” has %n commitment in the tracker. Move or delete it first, or set the partner&apos;s status to “Former” to keep them with their history.</numerusform>
            <numerusform>“%1” has %n commitments in the tracker. Move or delete those commitments first, or set the partner&apos;s status to “Former” to keep them with their history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n commitment(s) overdue or due within 7 days.</source>
        <translation>
            <numerusform>%n commitment overdue or due within 7 days.</numerusform>
            <numerusform>%n commitments overdue or due within 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalLine</name>
    <message numerus="yes">
        <source>%n renewal(s) due</source>
        <translation>
            <numerusform>%n renewal due</numerusform>
            <numerusform>%n renewals due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message numerus="yes">
        <source>… and %n more, until</source>
        <translation>
            <numerusform>… and %n more, until</numerusform>
            <numerusform>… and %n more, until</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s):</source>
        <translation>
            <numerusform>%n occurrence:</numerusform>
            <numerusform>%n occurrences:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReputationDashboard</name>
    <message numerus="yes">
        <source>The library is late on %n commitment(s): deliver them or talk to the partner first.</source>
        <translation>
            <numerusform>The library is late on %n commitment: deliver them or talk to the partner first.</numerusform>
            <numerusform>The library is late on %n commitments: deliver them or talk to the partner first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageTime</name>
    <message numerus="yes">
        <source>since %1 (%n day(s))</source>
        <translation>
            <numerusform>since %1 (%n day)</numerusform>
            <numerusform>since %1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <source>%n figure(s) imported from %1.</source>
        <translation>
            <numerusform>%n figure imported from %1.</numerusform>
            <numerusform>%n figures imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n task(s)</source>
        <translation>
            <numerusform>more than %n task</numerusform>
            <numerusform>more than %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <source>Restored: %1 “%2”, with %n related record(s).</source>
        <translation>
            <numerusform>Restored: %1 “%2”, with %n related record.</numerusform>
            <numerusform>Restored: %1 “%2”, with %n related records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge items older than %n days…</source>
        <translation>
            <numerusform>Purge items older than %n day…</numerusform>
            <numerusform>Purge items older than %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted partners and collaborations, with their contacts, commitments and answers. Restore brings one back whole. Items older than %n days are purged after a backup.</source>
        <translation>
            <numerusform>Deleted partners and collaborations, with their contacts, commitments and answers. Restore brings one back whole. Items older than %n day are purged after a backup.</numerusform>
            <numerusform>Deleted partners and collaborations, with their contacts, commitments and answers. Restore brings one back whole. Items older than %n days are purged after a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash is empty. When you delete a partner or a collaboration it lands here, and you can bring it back for %n days.</source>
        <translation>
            <numerusform>The Trash is empty. When you delete a partner or a collaboration it lands here, and you can bring it back for %n day.</numerusform>
            <numerusform>The Trash is empty. When you delete a partner or a collaboration it lands here, and you can bring it back for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good everything that has been in the Trash for more than %n days? A backup copy of the database is made first.</source>
        <translation>
            <numerusform>Delete for good everything that has been in the Trash for more than %n day? A backup copy of the database is made first.</numerusform>
            <numerusform>Delete for good everything that has been in the Trash for more than %n days? A backup copy of the database is made first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good.</source>
        <translation>
            <numerusform>%n item deleted for good.</numerusform>
            <numerusform>%n items deleted for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
