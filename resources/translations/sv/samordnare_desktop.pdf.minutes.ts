<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MinutesPdf</name>
        <message>
            <source>Minutes</source>
            <translation>Minnesanteckningar</translation>
        </message>
        <message>
            <source>{title} – {municipality}</source>
            <translation>{title} – {municipality}</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <source>No participants are recorded for the meeting.</source>
            <translation>Inga deltagare är registrerade för mötet.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Frånvarande</translation>
        </message>
        <message>
            <source>{group} (not in the total)</source>
            <translation>{group} (ingår inte i totalen)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>No attendance has been ticked off yet.</source>
            <translation>Ingen närvaro är avprickad ännu.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Action {number} in full:</source>
            <translation>Åtgärd {number} i sin helhet:</translation>
        </message>
        <message>
            <source>(untitled item)</source>
            <translation>(punkt utan rubrik)</translation>
        </message>
        <message>
            <source>Nothing noted.</source>
            <translation>Inget antecknat.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Iakttagelser</translation>
        </message>
        <message>
            <source>General notes</source>
            <translation>Allmänna anteckningar</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Dagordningens punkter</translation>
        </message>
        <message>
            <source>The meeting has no agenda.</source>
            <translation>Mötet har ingen dagordning.</translation>
        </message>
        <message>
            <source>Other findings at the meeting</source>
            <translation>Övriga iakttagelser vid mötet</translation>
        </message>
        <message>
            <source>Minutes – {municipality}, {day}</source>
            <translation>Minnesanteckningar – {municipality}, {day}</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Utskriven {date}</translation>
        </message>
    </context>
</TS>
