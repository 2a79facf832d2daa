<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>Redigera kontaktperson</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Ny kontaktperson</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>För- och efternamn</translation>
        </message>
        <message>
            <source>e.g. Socialförvaltningen</source>
            <translation>t.ex. Socialförvaltningen</translation>
        </message>
        <message>
            <source>name@kommun.se</source>
            <translation>namn@kommun.se</translation>
        </message>
    </context>
</TS>
