<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>drafts</name>
        <message>
            <source>Unsaved text</source>
            <translation>Osparad text</translation>
        </message>
        <message>
            <source>Restore unsaved text from {time}?</source>
            <translation>Återställa osparad text från {time}?</translation>
        </message>
    </context>
</TS>
