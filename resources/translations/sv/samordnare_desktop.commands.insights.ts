<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Write the quarter as 2026Q1.</source>
            <translation>Skriv kvartalet som 2026Q1.</translation>
        </message>
        <message>
            <source>Give --from and --to, or --quarter.</source>
            <translation>Ange --from och --to, eller --quarter.</translation>
        </message>
        <message>
            <source>Report written: {path}</source>
            <translation>Rapporten sparad: {path}</translation>
        </message>
        <message>
            <source>Final report written: {path}</source>
            <translation>Slutrapporten sparad: {path}</translation>
        </message>
        <message>
            <source>Programme data written: {path}</source>
            <translation>Programdata sparad: {path}</translation>
        </message>
        <message>
            <source>one row per respondent</source>
            <translation>en rad per svarande</translation>
        </message>
        <message>
            <source>one row per respondent and category</source>
            <translation>en rad per svarande och kategori</translation>
        </message>
        <message>
            <source>{n} respondents read ({layout}).</source>
            <translation>{n} svarande inlästa ({layout}).</translation>
        </message>
        <message>
            <source>Dry run: nothing saved.</source>
            <translation>Provkörning: inget sparades.</translation>
        </message>
        <message>
            <source>Measurement {n}</source>
            <translation>Mätning {n}</translation>
        </message>
        <message>
            <source>Time study saved: {municipality}, {label}.</source>
            <translation>Tidsmätningen sparad: {municipality}, {label}.</translation>
        </message>
    </context>
</TS>
