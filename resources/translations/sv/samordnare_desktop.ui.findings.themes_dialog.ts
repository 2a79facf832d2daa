<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ThemesDialog</name>
        <message>
            <source>Themes</source>
            <translation>Teman</translation>
        </message>
        <message>
            <source>Your own themes</source>
            <translation>Dina egna teman</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Byt namn…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Ta bort…</translation>
        </message>
        <message>
            <source>Your own themes, beside the programme's visit questions. A deleted theme is taken off the findings that carry it; Ctrl+Z brings it back.</source>
            <translation>Dina egna teman, vid sidan av programmets frågeställningar. Ett borttaget tema tas bort från de iakttagelser som har det; Ctrl+Z tar tillbaka det.</translation>
        </message>
        <message>
            <source>Rename theme</source>
            <translation>Byt namn på tema</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Delete the theme “{name}”?</source>
            <translation>Ta bort temat ”{name}”?</translation>
        </message>
        <message>
            <source>Findings that carry it: {count} (they lose the tag).</source>
            <translation>Iakttagelser med temat: {count} (de förlorar taggen).</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Du kan ångra detta med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete theme</source>
            <translation>Ta bort tema</translation>
        </message>
    </context>
</TS>
