<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>Someone else changed this since you opened it. Your edit was not saved; reload to see the current version.</source>
            <translation>Någon annan har ändrat detta sedan du öppnade det. Din ändring sparades inte; läs in på nytt för att se den aktuella versionen.</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>The finding no longer exists.</source>
            <translation>Iakttagelsen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>minutes</name>
        <message>
            <source>The agenda item no longer exists.</source>
            <translation>Dagordningspunkten finns inte längre.</translation>
        </message>
        <message>
            <source>The finding was made at another meeting than this agenda's.</source>
            <translation>Iakttagelsen gjordes vid ett annat möte än den här dagordningens.</translation>
        </message>
        <message>
            <source>The meeting no longer exists.</source>
            <translation>Mötet finns inte längre.</translation>
        </message>
    </context>
</TS>
