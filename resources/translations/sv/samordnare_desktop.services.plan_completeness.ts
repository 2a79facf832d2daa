<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>plan_completeness</name>
        <message>
            <source>The plan has no received date.</source>
            <translation>Planen saknar datum då den kom in.</translation>
        </message>
        <message>
            <source>Area {n} “{name}” has no actions.</source>
            <translation>Område {n} ”{name}” har inga åtgärder.</translation>
        </message>
        <message>
            <source>an owner</source>
            <translation>ansvarig</translation>
        </message>
        <message>
            <source>a due date</source>
            <translation>klart senast-datum</translation>
        </message>
        <message>
            <source>a measure of progress (measurable goal / indicator)</source>
            <translation>mått på framsteg (mätbart mål / indikator)</translation>
        </message>
        <message>
            <source>Action {label} “{what}” lacks {missing}.</source>
            <translation>Åtgärd {label} ”{what}” saknar {missing}.</translation>
        </message>
        <message>
            <source>The plan is complete.</source>
            <translation>Planen är komplett.</translation>
        </message>
        <message>
            <source>{count} things missing (saving is never blocked).</source>
            <translation>{count} saker saknas (det går alltid att spara).</translation>
        </message>
        <message>
            <source>No action was due by {day} (their due dates are later).</source>
            <translation>Ingen åtgärd skulle vara klar senast {day} (deras datum är senare).</translation>
        </message>
        <message>
            <source>No action has a due date.</source>
            <translation>Ingen åtgärd har ett klart senast-datum.</translation>
        </message>
        <message>
            <source>{done} of {total} actions due by {day} were done by their due date ({percent} %).</source>
            <translation>{done} av {total} åtgärder som skulle vara klara senast {day} var klara i tid ({percent} %).</translation>
        </message>
        <message>
            <source>{count} not yet due are not counted.</source>
            <translation>{count} som ännu inte ska vara klara räknas inte.</translation>
        </message>
    </context>
</TS>
