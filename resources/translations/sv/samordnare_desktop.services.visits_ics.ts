<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>visits_ics</name>
        <message>
            <source>The first visit</source>
            <translation>Första besöket</translation>
        </message>
        <message>
            <source>The follow-up visit</source>
            <translation>Uppföljningsbesöket</translation>
        </message>
        <message>
            <source>Press meeting</source>
            <translation>Pressträff</translation>
        </message>
        <message>
            <source>Press contact: {contact}</source>
            <translation>Presskontakt: {contact}</translation>
        </message>
        <message>
            <source>Questions:</source>
            <translation>Frågor:</translation>
        </message>
        <message>
            <source>Question {number}: {text}</source>
            <translation>Fråga {number}: {text}</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
    </context>
</TS>
