<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>press</name>
        <message>
            <source>{day}, at {hours}</source>
            <translation>{day} klockan {hours}</translation>
        </message>
        <message>
            <source>Press invitation</source>
            <translation>Pressinbjudan</translation>
        </message>
        <message>
            <source>The national coordinator visits {municipality}</source>
            <translation>Den nationella samordnaren besöker {municipality}</translation>
        </message>
        <message>
            <source>On {day} the national coordinator for social child and youth care visits {municipality} ({visit}). A press meeting is held in connection with the visit.</source>
            <translation>Den nationella samordnaren för den sociala barn- och ungdomsvården besöker {municipality} ({visit}) {day}. I samband med besöket hålls en pressträff.</translation>
        </message>
        <message>
            <source>Time and place of the press meeting</source>
            <translation>Tid och plats för pressträff</translation>
        </message>
        <message>
            <source>Time: {when}</source>
            <translation>Tid: {when}</translation>
        </message>
        <message>
            <source>Place: {place}</source>
            <translation>Plats: {place}</translation>
        </message>
        <message>
            <source>To register for the press meeting, contact {contact}.</source>
            <translation>För anmälan till pressträffen, kontakta {contact}.</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Utskriven {date}</translation>
        </message>
    </context>
</TS>
