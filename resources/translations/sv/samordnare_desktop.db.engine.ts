<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>The change could not be saved: the disk is full or cannot be written. Nothing was changed; free some space and try again.</source>
            <translation>Ändringen kunde inte sparas: disken är full eller går inte att skriva till. Ingenting ändrades; frigör utrymme och försök igen.</translation>
        </message>
    </context>
</TS>
