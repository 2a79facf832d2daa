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
</TS>
