<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>minutes</name>
        <message>
            <source>Write what is to be done (or clear the row).</source>
            <translation>Skriv vad som ska göras (eller töm raden).</translation>
        </message>
        <message>
            <source>At most {n} actions per agenda item.</source>
            <translation>Högst {n} åtgärder per punkt på dagordningen.</translation>
        </message>
    </context>
</TS>
