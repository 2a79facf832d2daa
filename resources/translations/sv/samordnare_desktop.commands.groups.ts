<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>{option}: not a date: {text} (expected e.g. 2026-03-04).</source>
            <translation>{option}: inte ett datum: {text} (till exempel 2026-03-04).</translation>
        </message>
        <message>
            <source>Give either --id or --kommun and --date, not both.</source>
            <translation>Ange antingen --id eller --kommun och --date, inte båda.</translation>
        </message>
        <message>
            <source>Name the meeting with --id ID, or with --kommun CODE and --date DATE.</source>
            <translation>Ange mötet med --id ID, eller med --kommun KOD och --date DATUM.</translation>
        </message>
    </context>
</TS>
