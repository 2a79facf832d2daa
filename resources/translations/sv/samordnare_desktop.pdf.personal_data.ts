<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>privacy</name>
        <message>
            <source>Personal data stored in Samordnare Desktop</source>
            <translation>Personuppgifter lagrade i Samordnare Desktop</translation>
        </message>
        <message>
            <source>Person: {person}</source>
            <translation>Person: {person}</translation>
        </message>
        <message>
            <source>Produced: {when}</source>
            <translation>Framtaget: {when}</translation>
        </message>
        <message>
            <source>Records found: {count}</source>
            <translation>Antal poster: {count}</translation>
        </message>
    </context>
</TS>
