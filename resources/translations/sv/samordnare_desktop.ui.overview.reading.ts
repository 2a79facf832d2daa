<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PartsRead</name>
        <message>
            <source>{title} – reading…</source>
            <translation>{title} – läser in…</translation>
        </message>
    </context>
</TS>
