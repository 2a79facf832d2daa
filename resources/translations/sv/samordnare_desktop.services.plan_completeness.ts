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
            <source>No action has a due date.</source>
            <translation>Ingen åtgärd har ett klart senast-datum.</translation>
        </message>
        <message>
            <source>{done} of {total} actions with a due date were done by it ({percent} %).</source>
            <translation>{done} av {total} åtgärder med klart senast-datum var klara i tid ({percent} %).</translation>
        </message>
    </context>
</TS>
