<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>The output file must end in {suffixes}.</source>
            <translation>Utfilen måste sluta på {suffixes}.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message>
            <source>No database at {path}.</source>
            <translation>Det finns ingen databas i {path}.</translation>
        </message>
        <message>
            <source>Visit pack written: {path}</source>
            <translation>Besökspaket sparat: {path}</translation>
        </message>
        <message>
            <source>Press invitation written: {path}</source>
            <translation>Pressinbjudan sparad: {path}</translation>
        </message>
        <message>
            <source>Minutes written: {path}</source>
            <translation>Minnesanteckningar sparade: {path}</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
    </context>
</TS>
