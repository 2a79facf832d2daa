<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>No database at {path}.</source>
            <translation>Det finns ingen databas i {path}.</translation>
        </message>
    </context>
    <context>
        <name>encryption</name>
        <message>
            <source>The database is already encrypted.</source>
            <translation>Databasen är redan krypterad.</translation>
        </message>
    </context>
</TS>
