<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>The database is already in use by another Samordnare Desktop program. Wait for it to finish or close it; this start was stopped and nothing was changed.</source>
            <translation>Databasen används redan av ett annat Samordnare Desktop-program. Vänta tills det är klart eller stäng det; den här starten avbröts och ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database is already open in another Samordnare Desktop window (process {pid}). Close it first; this start was stopped and nothing was changed.</source>
            <translation>Databasen är redan öppen i ett annat Samordnare Desktop-fönster (process {pid}). Stäng det först; den här starten avbröts och ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database is already in use by another Samordnare Desktop program (process {pid}). Wait for it to finish or close it; this start was stopped and nothing was changed.</source>
            <translation>Databasen används redan av ett annat Samordnare Desktop-program (process {pid}). Vänta tills det är klart eller stäng det; den här starten avbröts och ingenting ändrades.</translation>
        </message>
        <message>
            <source>Could not create the lock file beside the database.</source>
            <translation>Kunde inte skapa låsfilen bredvid databasen.</translation>
        </message>
    </context>
</TS>
