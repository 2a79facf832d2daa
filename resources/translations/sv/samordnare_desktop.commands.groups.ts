<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>{option}: not a date: {text} (expected e.g. 2026-03-04).</source>
            <translation>{option}: inte ett datum: {text} (till exempel 2026-03-04).</translation>
        </message>
    </context>
</TS>
