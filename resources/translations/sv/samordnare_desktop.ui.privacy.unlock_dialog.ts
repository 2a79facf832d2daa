<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock the database</source>
            <translation>Lås upp databasen</translation>
        </message>
        <message>
            <source>The database is encrypted. Enter your passphrase to open it.
{path}</source>
            <translation>Databasen är krypterad. Ange din lösenfras för att öppna den.
{path}</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>Use recovery key</source>
            <translation>Använd återställningsnyckel</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Återställningsnyckel</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
    </context>
</TS>
