<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitFocusGroups</name>
        <message>
            <source>Focus groups the meeting concerns</source>
            <translation>Fokusgrupper som mötet gäller</translation>
        </message>
    </context>
</TS>
