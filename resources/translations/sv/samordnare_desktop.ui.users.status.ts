<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>UserStatus</name>
        <message>
            <source>User: {name}</source>
            <translation>Användare: {name}</translation>
        </message>
        <message>
            <source>{name} ({role}) is working. Click to switch user.</source>
            <translation>{name} ({role}) arbetar. Klicka för att byta användare.</translation>
        </message>
        <message>
            <source>User: {name} (login)</source>
            <translation>Användare: {name} (inloggning)</translation>
        </message>
        <message>
            <source>No named user is chosen: the history records the computer's login. Click to choose or add one.</source>
            <translation>Ingen namngiven användare är vald: historiken anger datorns inloggning. Klicka för att välja eller lägga till en.</translation>
        </message>
        <message>
            <source>{name} is working now.</source>
            <translation>Nu arbetar {name}.</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWorkingDialog</name>
        <message>
            <source>Who is working?</source>
            <translation>Vem arbetar?</translation>
        </message>
        <message>
            <source>Choose who you are. The action plans' history, saved versions and follow-ups record your name. This computer remembers the choice.</source>
            <translation>Välj vem du är. Handlingsplanernas historik, sparade versioner och uppföljningar antecknar ditt namn. Datorn kommer ihåg valet.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>&amp;Manage users…</source>
            <translation>&amp;Hantera användare…</translation>
        </message>
    </context>
</TS>
