<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>care_places</name>
        <message>
            <source>New {new}, replaced {updated}, unchanged {unchanged}, skipped {skipped}.</source>
            <translation>Nya {new}, ersatta {updated}, oförändrade {unchanged}, hoppade över {skipped}.</translation>
        </message>
        <message>
            <source>Columns not read: {columns}.</source>
            <translation>Kolumner som inte lästes: {columns}.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Name it with --sheet NAME, e.g. --sheet “{sheet}”.</source>
            <translation>Ange det med --sheet NAMN, t.ex. --sheet ”{sheet}”.</translation>
        </message>
        <message>
            <source>row {line}: {action}: {name} {period} {detail}</source>
            <translation>rad {line}: {action}: {name} {period} {detail}</translation>
        </message>
        <message>
            <source>Dry run: nothing was saved.</source>
            <translation>Provkörning: Inget sparades.</translation>
        </message>
        <message>
            <source>{n} rows written: {path}</source>
            <translation>{n} rader skrivna: {path}</translation>
        </message>
    </context>
</TS>
