<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Give either --id or --kommun and --date, not both.</source>
            <translation>Ange antingen --id eller --kommun och --date, inte båda.</translation>
        </message>
        <message>
            <source>--id: not a visit id: {text}</source>
            <translation>--id: inget besöks-id: {text}</translation>
        </message>
        <message>
            <source>Name the visit with --kommun and --date, or with --id.</source>
            <translation>Ange besöket med --kommun och --date, eller med --id.</translation>
        </message>
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
            <source>Written: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
    </context>
</TS>
