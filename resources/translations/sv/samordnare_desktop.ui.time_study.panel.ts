<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>TimeStudyPanel</name>
        <message>
            <source>Time study</source>
            <translation>Tidsmätning</translation>
        </message>
        <message>
            <source>The measurement that Edit and Delete act on</source>
            <translation>Mätningen som Redigera och Ta bort gäller</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Läs in…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Kategorier…</translation>
        </message>
        <message>
            <source>Measurement {n}</source>
            <translation>Mätning {n}</translation>
        </message>
        <message>
            <source>Time study saved.</source>
            <translation>Tidsmätningen sparad.</translation>
        </message>
        <message>
            <source>Time study imported.</source>
            <translation>Tidsmätningen inläst.</translation>
        </message>
        <message>
            <source>Delete time study</source>
            <translation>Ta bort tidsmätning</translation>
        </message>
        <message>
            <source>Delete the time study {label}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort tidsmätningen {label}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete time study {label}</source>
            <translation>Ta bort tidsmätningen {label}</translation>
        </message>
        <message>
            <source>Time study deleted. Ctrl+Z undoes.</source>
            <translation>Tidsmätningen borttagen. Ctrl+Z ångrar.</translation>
        </message>
    </context>
</TS>
