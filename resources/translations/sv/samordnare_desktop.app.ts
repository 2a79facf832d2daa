<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Run 'python main.py restore --latest-good' to restore the newest backup that passes an integrity check.</source>
            <translation>Kör 'python main.py restore --latest-good' för att återställa den senaste säkerhetskopian som klarar en integritetskontroll.</translation>
        </message>
        <message>
            <source>--size {size}: expected width x height in pixels, e.g. 1400x900.</source>
            <translation>--size {size}: ange bredd x höjd i bildpunkter, t.ex. 1400x900.</translation>
        </message>
        <message>
            <source>No tab named {name}. Tabs: {names}.</source>
            <translation>Det finns ingen flik som heter {name}. Flikar: {names}.</translation>
        </message>
        <message>
            <source>Cannot select municipality {code} in tab {name}.</source>
            <translation>Kan inte välja kommun {code} i fliken {name}.</translation>
        </message>
        <message>
            <source>Screenshot written: {path}</source>
            <translation>Skärmbild sparad: {path}</translation>
        </message>
        <message>
            <source>--user was given an empty name: give a user's name.</source>
            <translation>--user fick ett tomt namn: ange en användares namn.</translation>
        </message>
        <message>
            <source>--server needs a command, e.g. 'list visits': the window is not opened on it.</source>
            <translation>--server behöver ett kommando, t.ex. 'list visits': fönstret öppnas inte mot servern.</translation>
        </message>
        <message>
            <source>Unexpected error; details are in the log file.</source>
            <translation>Ett oväntat fel inträffade; detaljer finns i loggfilen.</translation>
        </message>
    </context>
    <context>
        <name>users</name>
        <message>
            <source>No user named {name}. Nothing was changed. Add one with 'users add', or see 'users list'.</source>
            <translation>Det finns ingen användare som heter {name}. Inget ändrades. Lägg till en med 'users add', eller se 'users list'.</translation>
        </message>
    </context>
</TS>
