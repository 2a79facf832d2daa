<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>sync</name>
        <message>
            <source>Your login on the team server may only read, so the changes made on this computer cannot be sent. They are kept here.</source>
            <translation>Din inloggning på teamservern får bara läsa, så ändringarna på den här datorn kan inte skickas. De finns kvar här.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
</TS>
