<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaPdf</name>
        <message>
            <source>Press meeting</source>
            <translation>Pressträff</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Press contact</source>
            <translation>Presskontakt</translation>
        </message>
        <message>
            <source>Questions for the day</source>
            <translation>Frågor för dagen</translation>
        </message>
        <message>
            <source>Question {n}</source>
            <translation>Fråga {n}</translation>
        </message>
        <message>
            <source>{title} – {municipality}</source>
            <translation>{title} – {municipality}</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <source>The agenda has no items yet.</source>
            <translation>Dagordningen har inga punkter än.</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Utskriven {date}</translation>
        </message>
        <message>
            <source>Agenda: {title}, {date}</source>
            <translation>Dagordning: {title}, {date}</translation>
        </message>
        <message>
            <source>The agenda did not fit on one page in readable type and took {pages} pages.</source>
            <translation>Dagordningen fick inte plats på en sida med läsbar textstorlek och tog {pages} sidor.</translation>
        </message>
    </context>
</TS>
