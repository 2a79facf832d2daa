<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MinutesFindings</name>
        <message>
            <source>Findings under this item</source>
            <translation>Iakttagelser under punkten</translation>
        </message>
        <message>
            <source>New finding under this item</source>
            <translation>Ny iakttagelse under punkten</translation>
        </message>
        <message>
            <source>Write a finding and press Enter…</source>
            <translation>Skriv en iakttagelse och tryck Enter…</translation>
        </message>
        <message>
            <source>Findings of the meeting under no item</source>
            <translation>Mötets iakttagelser som inte hör till någon punkt</translation>
        </message>
        <message>
            <source>Put under this item</source>
            <translation>Lägg under punkten</translation>
        </message>
        <message>
            <source>Remove from item</source>
            <translation>Ta bort från punkten</translation>
        </message>
        <message>
            <source>Move finding</source>
            <translation>Flytta iakttagelse</translation>
        </message>
    </context>
</TS>
