<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>files</name>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>Kunde inte skriva {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (a folder or a device), so it was not overwritten. Choose a file name.</source>
            <translation>{path} är ingen vanlig fil (en mapp eller en enhet), så den skrevs inte över. Välj ett filnamn.</translation>
        </message>
        <message>
            <source>The PDF was not saved. {problem}</source>
            <translation>PDF-filen sparades inte. {problem}</translation>
        </message>
        <message>
            <source>The Word document was not saved. {problem}</source>
            <translation>Worddokumentet sparades inte. {problem}</translation>
        </message>
    </context>
</TS>
